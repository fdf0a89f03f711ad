import Foundation
import XCTest

/// Faults around the readers: where outputs go, standard output failing, signals, folders
/// holding special files, hostile names. Each row checks the exit code and the files left.
final class FaultTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("policyalign-faults-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func fileType(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }

    /// Runs a shell command line with the built binary as $PA, in the temporary folder.
    private func shell(_ command: String) throws -> CLITests.Run { try CLITests.shell(command, in: folder) }

    private let policy = CLITests.root.appendingPathComponent("Corpus/dynatron/en.txt").path

    func testOutputIsOnlyEverARegularFile() throws {
        // A device node needs root in a machine that allows mknod; the FIFO row runs anywhere.
        let madeDevice = mknod(path("device"), S_IFCHR | 0o644, dev_t((1 << 8) | 3)) == 0
        XCTAssertEqual(mkfifo(path("fifo"), 0o644), 0)
        for name in (madeDevice ? ["device", "fifo"] : ["fifo"]) {
            let run = try CLITests.run(["sections", policy, "-o", path(name)])
            XCTAssertEqual(run.status, 73, name)
            XCTAssertEqual(run.stderr, "policyalign: \(path(name)): not a regular file (a device, FIFO or socket); refusing to replace it\n")
            XCTAssertEqual(fileType(path(name)), name == "device" ? S_IFCHR : S_IFIFO, "\(name) is left as it was")
        }
        try FileManager.default.createDirectory(atPath: path("folder"), withIntermediateDirectories: true)
        XCTAssertEqual(try CLITests.run(["sections", policy, "-o", path("folder")]).status, 73)

        // /dev/stdout and /dev/null are written in place.
        let stdout = try CLITests.run(["sections", policy, "-o", "/dev/stdout"])
        XCTAssertEqual(stdout.status, 0, stdout.stderr)
        XCTAssertTrue(stdout.stdout.hasPrefix(policy), stdout.stdout)
        XCTAssertEqual(try CLITests.run(["sections", policy, "-o", "/dev/null"]).status, 0)
        XCTAssertEqual(fileType("/dev/null"), S_IFCHR)

        // A replaced file keeps its mode; no temporary file is left beside it.
        FileManager.default.createFile(atPath: path("report.txt"), contents: Data("old".utf8))
        chmod(path("report.txt"), 0o640)
        XCTAssertEqual(try CLITests.run(["sections", policy, "-o", path("report.txt")]).status, 0)
        var status = stat()
        stat(path("report.txt"), &status)
        XCTAssertEqual(status.st_mode & 0o7777, 0o640)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(),
                       (madeDevice ? ["device"] : []) + ["fifo", "folder", "report.txt"])
    }

    func testStandardOutputFailuresEndTheRunCleanly() throws {
        for (redirect, message) in [("> /dev/full", "No space left on device"), (">&-", "Bad file descriptor")] {
            let run = try shell("\"$PA\" sections \"\(policy)\" \(redirect)")
            XCTAssertEqual(run.status, 73, redirect)
            XCTAssertEqual(run.stderr, "policyalign: standard output: \(message)\n", redirect)
        }
        // A reader that stops early ends the run by SIGPIPE, as `yes | head` does: no message.
        let lines = (0..<200_000).map { "{\"id\": \($0), \"text\": \"We keep your data for seven years after you close the account.\"}" }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("big.jsonl"))
        let early = try shell("\"$PA\" classify --jsonl --lang en big.jsonl 2>err | head -c 10 >/dev/null; cat err")
        XCTAssertEqual(early.stdout, "", "nothing on stderr when the reader goes away")
        XCTAssertFalse(early.stdout.contains("Fatal error"))
    }

    /// A disk that fills up during the write: one line, exit 73, the old file untouched and
    /// no temporary file left (a 64 KB tmpfs; skipped where mounting is not allowed).
    func testFullDiskLeavesTheOldOutput() throws {
        let disk = path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let mounted = try shell("mount -t tmpfs -o size=64k tmpfs disk 2>/dev/null")
        try XCTSkipUnless(mounted.status == 0, "mounting a tmpfs needs root in a machine that allows it")
        defer { _ = try? shell("umount disk") }
        FileManager.default.createFile(atPath: disk + "/report.html", contents: Data("previous".utf8))
        let text = try String(contentsOfFile: CLITests.root.appendingPathComponent("Corpus/mastodon/en.html").path, encoding: .utf8)
        try Data(String(repeating: text, count: 4).utf8).write(to: folder.appendingPathComponent("big.en.html"))
        let run = try shell("\"$PA\" align big.en.html big.en.html --format html -o disk/report.html")
        XCTAssertEqual(run.status, 73, run.stderr)
        XCTAssertEqual(run.stderr, "policyalign: \(disk)/report.html: cannot write (No space left on device)\n")
        XCTAssertEqual(try String(contentsOfFile: disk + "/report.html", encoding: .utf8), "previous")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: disk), ["report.html"])
    }

    /// A run stopped by a signal at any moment leaves the old output or the new one, whole,
    /// and no temporary file.
    func testSignalsDuringWritesLeaveNoTemporaryFile() throws {
        // A large report: the mastodon policy 20 times over, aligned with itself as HTML.
        let text = try String(contentsOfFile: CLITests.root.appendingPathComponent("Corpus/mastodon/en.html").path, encoding: .utf8)
        try Data(String(repeating: text, count: 20).utf8).write(to: folder.appendingPathComponent("big.en.html"))
        FileManager.default.createFile(atPath: path("out.html"), contents: Data("previous".utf8))
        for (signal, delay) in [("TERM", "0.4"), ("INT", "0.8"), ("HUP", "1.2"), ("QUIT", "1.6")] {
            _ = try shell("\"$PA\" align big.en.html big.en.html --format html -o out.html & pid=$!; sleep \(delay); kill -\(signal) $pid; wait $pid")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            XCTAssertEqual(names.filter { $0.hasSuffix(".tmp") }, [], "\(signal) after \(delay) s")
            let output = try String(contentsOfFile: path("out.html"), encoding: .utf8)
            XCTAssertTrue(output == "previous" || output.hasSuffix("</html>\n"), "\(signal) after \(delay) s: a partial file")
        }
    }

    func testParityFolderWithSpecialFilesAndHostileNames() throws {
        let input = folder.appendingPathComponent("in")
        let english = CLITests.root.appendingPathComponent("Corpus/mastodon/en.html").path
        let georgian = CLITests.root.appendingPathComponent("Corpus/mastodon/ka.html").path
        for name in ["javascript:alert(1)", "index", "a#b?c", "=cmd|calc"] {
            let policy = input.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: policy, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: english, toPath: policy.appendingPathComponent("en.html").path)
            try FileManager.default.copyItem(atPath: georgian, toPath: policy.appendingPathComponent("ka.html").path)
        }
        XCTAssertEqual(mkfifo(input.appendingPathComponent("index/de.html").path, 0o644), 0)
        XCTAssertEqual(mkfifo(input.appendingPathComponent("notes.fr.md").path, 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("loop.es.md").path, withDestinationPath: "loop.es.md")

        // The output folder inside the input folder: written, never read back as a policy.
        for _ in 0..<2 {
            let run = try shell("timeout 120 \"$PA\" parity --dir in --format html -o in/reports")
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stderr.contains("ignored in/index/de.html: not a regular file (a FIFO, device or socket)"), run.stderr)
            XCTAssertTrue(run.stderr.contains("ignored in/notes.fr.md: not a regular file"), run.stderr)
            XCTAssertTrue(run.stderr.contains("ignored in/loop.es.md: a loop of symbolic links"), run.stderr)
            XCTAssertFalse(run.stderr.contains("reports"), run.stderr)
        }
        let index = try String(contentsOfFile: path("in/reports/index.html"), encoding: .utf8)
        let links = index.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }.map(String.init)
        XCTAssertEqual(links.sorted(), ["policies/%3Dcmd%7Ccalc.html", "policies/a%23b%3Fc.html", "policies/index.html",
                                        "policies/javascript%3Aalert%281%29.html"])
        XCTAssertFalse(index.contains("href=\"javascript:"), "a name is never a link's scheme")
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("in/reports/policies/index.html")))

        // CSV cells a spreadsheet would run are neutralised.
        let csv = try shell("\"$PA\" parity --dir in --format csv -q -o csv-out && cat csv-out/index.csv")
        XCTAssertEqual(csv.status, 0, csv.stderr)
        XCTAssertTrue(csv.stdout.contains("\n'=cmd|calc,"), csv.stdout)

        // A report that cannot be written fails the run, and the index does not link to it.
        try FileManager.default.createDirectory(atPath: path("blocked/policies/index.json"), withIntermediateDirectories: true)
        let blocked = try shell("\"$PA\" parity --dir in --format json -o blocked")
        XCTAssertEqual(blocked.status, 73, blocked.stderr)
        XCTAssertTrue(blocked.stderr.hasSuffix("policyalign: 1 report(s) could not be written, first: \(path("blocked/policies/index.json")): is a folder\n")
                      || blocked.stderr.contains("1 report(s) could not be written"), blocked.stderr)
        let batch = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path("blocked/index.json")))) as? [String: Any])
        let policies = try XCTUnwrap(batch["policies"] as? [[String: Any]])
        XCTAssertTrue(policies.first { $0["name"] as? String == "index" }?["report"] is NSNull)
        XCTAssertEqual(policies.first { $0["name"] as? String == "a#b?c" }?["report"] as? String, "policies/a#b?c.json")
    }

    /// libxml2 set up by two threads at once could deadlock: every fresh process that parses
    /// HTML on several workers at its start must finish.
    func testParallelHTMLParsingAtStartNeverHangs() throws {
        for language in ["en", "es", "ko", "ka", "de", "ja"] {
            try FileManager.default.copyItem(atPath: CLITests.root.appendingPathComponent("Corpus/mastodon/\(language).html").path,
                                             toPath: path("policy.\(language).html"))
        }
        let run = try shell("""
            for i in $(seq 1 15); do
              timeout 30 "$PA" parity policy.en.html policy.es.html policy.ko.html policy.ka.html policy.de.html policy.ja.html --jobs 6 -q
              status=$?; [ $status -eq 124 ] && { echo "run $i hung"; exit 1; }
            done; exit 0
            """)
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
    }

    /// Control and escape sequences in policy text or file names never reach the terminal.
    func testTerminalEscapesAreShownNotRun() throws {
        let hostile = "# Privacy \u{1B}]0;owned\u{07} policy\n\n## Data we collect \u{1B}[2J\u{9B}31m\n\nWe collect your e-mail address.\n"
        let file = path("esc\u{1B}[31m.en.md")
        try Data(hostile.utf8).write(to: URL(fileURLWithPath: file))
        let run = try CLITests.run(["sections", file])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertFalse(run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B }, run.stdout)
        XCTAssertTrue(run.stdout.contains("Privacy \\x1B]0;owned\\x07 policy"), run.stdout)
        XCTAssertTrue(run.stdout.contains("esc\\x1B[31m.en.md"), run.stdout)
        let missing = try CLITests.run(["sections", path("gone\u{1B}[2J.md")])
        XCTAssertEqual(missing.status, 66)
        XCTAssertFalse(missing.stderr.unicodeScalars.contains { $0.value == 0x1B }, missing.stderr)
    }

    /// What the readers notice is said on stderr, with file and line; the run goes on.
    func testReaderWarningsAndUnreadableInputs() throws {
        try Data("Politique de confidentialité\nNous collectons vos données ".utf8 + [0xFF] + " ici.\nNous les conservons 7 ans.\n".utf8)
            .write(to: folder.appendingPathComponent("stray.fr.txt"))
        let stray = try CLITests.run(["sections", path("stray.fr.txt")])
        XCTAssertEqual(stray.status, 0, stray.stderr)
        XCTAssertEqual(stray.stderr, "policyalign: \(path("stray.fr.txt")):2: 1 byte that is not UTF-8 was replaced\n")
        XCTAssertTrue(stray.stdout.contains("UTF-8"), stray.stdout)
        XCTAssertEqual(try CLITests.run(["sections", path("stray.fr.txt"), "-q"]).stderr, "")

        let deep = "<html><body>" + String(repeating: "<div>", count: 600) + "<h2>Cookies</h2><p>We use cookies.</p>"
            + String(repeating: "</div>", count: 600) + "<p>We keep data for seven years after the deep part.</p></body></html>"
        try Data(deep.utf8).write(to: folder.appendingPathComponent("deep.html"))
        let nested = try CLITests.run(["sections", path("deep.html"), "--format", "json"])
        XCTAssertEqual(nested.status, 0, nested.stderr)
        XCTAssertTrue(nested.stderr.contains("deep.html:1: HTML elements nested"), nested.stderr)

        try FileManager.default.createSymbolicLink(atPath: path("loop.md"), withDestinationPath: "loop.md")
        let loop = try CLITests.run(["sections", path("loop.md")])
        XCTAssertEqual(loop.status, 66)
        XCTAssertEqual(loop.stderr, "policyalign: \(path("loop.md")): a loop of symbolic links\n")
    }

    /// Files the tool opens for itself are checked for type and size first.
    func testLexiconProjectAndBaselineFilesAreCheckedBeforeReading() throws {
        let lexicons = folder.appendingPathComponent("lexicons")
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("Lexicons"), to: lexicons)
        try FileManager.default.removeItem(at: lexicons.appendingPathComponent("ms.lex"))
        try FileManager.default.createSymbolicLink(atPath: lexicons.appendingPathComponent("ms.lex").path, withDestinationPath: "/dev/zero")
        let zero = try shell("timeout 20 \"$PA\" sections \"\(policy)\" --lexicons lexicons")
        XCTAssertEqual(zero.status, 66, zero.stderr)
        XCTAssertTrue(zero.stderr.contains("ms.lex: lexicon file is not a regular file"), zero.stderr)

        try FileManager.default.removeItem(at: lexicons.appendingPathComponent("ms.lex"))
        XCTAssertEqual(mkfifo(lexicons.appendingPathComponent("ms.lex").path, 0o644), 0)
        let fifo = try shell("timeout 20 \"$PA\" lexicon check --lexicons lexicons")
        XCTAssertEqual(fifo.status, 66, fifo.stderr)

        XCTAssertEqual(mkfifo(path(".policyalign.yml"), 0o644), 0)
        let config = try shell("timeout 20 \"$PA\" sections \"\(policy)\"")
        XCTAssertEqual(config.status, 66, config.stderr)
        XCTAssertTrue(config.stderr.contains(".policyalign.yml: project file is not a regular file"), config.stderr)
        // Named on the command line, a FIFO is read, as grep reads one.
        XCTAssertEqual(mkfifo(path("named.yml"), 0o644), 0)
        let named = try shell("printf 'keep: [Acme]\\n' > named.yml & timeout 20 \"$PA\" sections \"\(policy)\" --config named.yml")
        XCTAssertEqual(named.status, 0, named.stderr)

        let big = try shell("head -c 3000000 /dev/zero | tr '\\0' 'a' > big.yml; \"$PA\" sections \"\(policy)\" --config big.yml")
        XCTAssertEqual(big.status, 65, big.stderr)
        XCTAssertTrue(big.stderr.contains("over the 1024 KB limit"), big.stderr)

        let huge = try CLITests.run(["sections", policy, "--max-size", "9999999999"])
        XCTAssertEqual(huge.status, 64)
    }
}
