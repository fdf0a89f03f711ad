import Foundation
import XCTest

/// Runs the built `policyalign` binary and checks stdout, stderr and exit codes.
final class CLITests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `policyalign` built beside this test executable, in whichever scratch folder it was built.
    static let binary: URL = {
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let beside = URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("policyalign")
            if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        }
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? root.appendingPathComponent(".build/debug")
        return products.appendingPathComponent("policyalign")
    }()

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The environment the tool runs in: no colours, and the built-in lexicons, as a user runs
    /// it, unless a test run names a folder.
    static func environment(_ overrides: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["POLICYALIGN_LEXICONS"] = environment["POLICYALIGN_TEST_LEXICONS"]
        for (key, value) in overrides { environment[key] = value }
        return environment
    }

    @discardableResult
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], directory: URL? = nil) throws -> Run {
        try execute(binary, arguments, stdin: stdin, environment: Self.environment(environment), directory: directory ?? root)
    }

    /// A shell command line in `directory`, with the built tool as `$PA` and the repository as
    /// `$ROOT`, and no lexicon folder named: the command line names what it needs.
    static func shell(_ command: String, in directory: URL, environment: [String: String] = [:]) throws -> Run {
        var shellEnvironment = Self.environment(["PA": binary.path, "ROOT": root.path].merging(environment) { _, given in given })
        shellEnvironment.removeValue(forKey: "POLICYALIGN_LEXICONS")
        return try execute(URL(fileURLWithPath: "/bin/sh"), ["-c", command], environment: shellEnvironment, directory: directory)
    }

    /// Runs a program to its end. Input is written and stderr read beside the stdout read, so
    /// that no pipe fills up while the other side waits (a program may write much before
    /// reading all its input).
    static func execute(_ executable: URL, _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil,
                        directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        Thread {
            if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
            try? input.fileHandleForWriting.close()
        }.start()
        let errors = Captured()
        let errorsRead = DispatchSemaphore(value: 0)
        Thread {
            errors.data = err.fileHandleForReading.readDataToEndOfFile()
            errorsRead.signal()
        }.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errorsRead.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errors.data, as: UTF8.self))
    }

    private final class Captured: @unchecked Sendable {
        var data = Data()
    }

    static func temporaryFile(_ name: String, _ bytes: [UInt8]) -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyalign-cli-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    /// A fresh folder removed when `test` ends.
    static func temporaryFolder(_ name: String, for test: XCTestCase) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policyalign-\(name)-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// `sections PATH` fails as bad data: one line on stderr saying `PATH: expected...`, nothing on stdout.
    static func assertUnreadable(_ path: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let run = try CLITests.run(["sections", path])
        XCTAssertEqual(run.status, 65, run.stderr, file: file, line: line)
        XCTAssertEqual(run.stdout, "", file: file, line: line)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr, file: file, line: line)
        XCTAssertTrue(run.stderr.contains("\(path): \(expected)"), run.stderr, file: file, line: line)
    }

    /// One line on stderr naming the file, nothing on stdout, the contract's exit code.
    private func assertFails(_ arguments: [String], status: Int32, mentioning: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try Self.run(arguments)
        XCTAssertEqual(result.status, status, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(mentioning), result.stderr, file: file, line: line)
    }

    func testSectionsJSONFollowsTheContract() throws {
        let result = try Self.run(["sections", "Corpus/aclaro/ms.txt", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["version"] as? Int, 3)
        XCTAssertEqual(json["language"] as? String, "ms")
        let sections = try XCTUnwrap(json["sections"] as? [[String: Any]])
        XCTAssertTrue(sections[0]["heading"] is NSNull)
        for key in ["index", "heading", "startLine", "endLine", "label", "labels", "confidence", "level", "runIn", "evidence"] {
            XCTAssertNotNil(sections[1][key], key)
        }
        XCTAssertEqual(sections.filter { ($0["level"] as? Int) == 1 && (($0["heading"] as? String)?.first?.isNumber ?? false) }.count, 12)
    }

    func testSectionsText() throws {
        let result = try Self.run(["sections", "Corpus/dynatron/en.txt", "--explain"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("3. Retention Period"))
        XCTAssertTrue(result.stdout.contains("evidence:"))
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set or stdout is no terminal")
    }

    func testBadInputGetsOneLineAndTheContractsExitCode() throws {
        try assertFails(["sections", "Corpus/nothing-here.txt"], status: 66, mentioning: "nothing-here.txt: no such file")
        try assertFails(["sections", "Corpus"], status: 66, mentioning: "is a directory")
        try assertFails(["sections", Self.temporaryFile("empty.txt", [])], status: 65, mentioning: "empty.txt: empty file")
        try assertFails(["sections", Self.temporaryFile("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3])], status: 65,
                        mentioning: "binary.txt: binary data")
        try assertFails(["sections", Self.temporaryFile("invalid.txt", [0x41, 0xC3, 0x28, 0xFF, 0xFE, 0x41, 0x80, 0x81])], status: 65,
                        mentioning: "invalid.txt: cannot decode")
        try assertFails(["sections", "Corpus/aclaro/ms.txt", "--lang", "xx"], status: 64, mentioning: "unknown language code `xx`")
        try assertFails(["sections", "Corpus/aclaro/ms.txt", "--lexicons", "/nonexistent"], status: 66, mentioning: "/nonexistent")
    }

    func testOutputNeverOverwritesAnInput() throws {
        let input = Self.temporaryFile("policy.txt", Array("Privacy Policy\nWe collect your name and e-mail address.\n".utf8))
        try assertFails(["sections", input, "--output", input], status: 73, mentioning: "refusing to overwrite")
        XCTAssertEqual(try String(contentsOfFile: input, encoding: .utf8), "Privacy Policy\nWe collect your name and e-mail address.\n")
        try assertFails(["sections", input, "--output", "/nonexistent-folder/out.json"], status: 73, mentioning: "does not exist")
    }

    func testClassifyStreamsInOrderAndReportsBadLines() throws {
        var input = ""
        for index in 0..<300 {
            input += index % 3 == 0
                ? "{\"id\": \"p\(index)\", \"text\": \"We keep your data for 7 years after your account is closed.\", \"lang\": \"en\"}\n"
                : "{\"id\": \"p\(index)\", \"text\": \"Hubungi kami di support@aclaro.io jika anda mempunyai soalan.\"}\n"
        }
        input += "this is not json\n{\"id\": 5}\n"
        let result = try Self.run(["classify", "--jsonl", "-"], stdin: Data(input.utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        XCTAssertEqual(lines.count, 302)
        XCTAssertEqual(lines.prefix(300).map { $0["id"] as? String }, (0..<300).map { "p\($0)" })
        XCTAssertEqual(lines[0]["label"] as? String, "retention")
        XCTAssertEqual(lines[1]["language"] as? String, "ms")
        XCTAssertEqual(lines[1]["label"] as? String, "contact")
        XCTAssertTrue(lines[300]["id"] is NSNull)
        XCTAssertEqual(lines[300]["line"] as? Int, 301)
        XCTAssertNotNil(lines[300]["error"])
        XCTAssertEqual(lines[301]["id"] as? Int, 5)
        XCTAssertNotNil(lines[301]["error"])
    }

    func testLexiconCheck() throws {
        let result = try Self.run(["lexicon", "check"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("no problems"))
        let stats = try Self.run(["lexicon", "stats"])
        XCTAssertEqual(stats.status, 0)
        XCTAssertTrue(stats.stdout.contains("retention"))
    }

    /// `lexicon evaluate` measures gold files and names a malformed one by file and line;
    /// `lexicon learn` writes weights the lexicon folder then reads, and terms to review.
    func testLexiconEvaluateAndLearn() throws {
        let evaluate = try Self.run(["lexicon", "evaluate", "Corpus/dynatron", "--misses"])
        XCTAssertEqual(evaluate.status, 0, evaluate.stderr)
        let total = try XCTUnwrap(evaluate.stdout.split(separator: "\n").last { $0.hasPrefix("all ") })
        let fields = total.split(separator: " ")
        XCTAssertEqual(fields.count, 5, String(total))
        XCTAssertGreaterThan(Int(fields[1]) ?? 0, 200)
        XCTAssertTrue(evaluate.stdout.contains("Corpus/dynatron/"), "misses name their file")

        // --records: one line per gold section, which agrees with the table's count of right labels.
        let recordsFile = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(getpid()).jsonl")
        defer { try? FileManager.default.removeItem(at: recordsFile) }
        let withRecords = try Self.run(["lexicon", "evaluate", "Corpus/dynatron", "--records", recordsFile.path])
        XCTAssertEqual(withRecords.status, 0, withRecords.stderr)
        let records = try String(contentsOf: recordsFile, encoding: .utf8).split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        XCTAssertEqual(records.count, Int(fields[1]))
        let right = records.filter { record in
            (record["found"] as? Bool) == true && ((record["gold"] as? [String]) ?? []).contains(record["label"] as? String ?? "")
        }
        XCTAssertEqual(right.count, Int(fields[3]))
        XCTAssertTrue(records.allSatisfy { $0["text"] is String && $0["scores"] is [String: Any] && $0["language"] is String })
        // A section labelled from its words has scores, its label's among them (structure
        // rules may pick a label other than the best-scored one).
        let scored = right.filter { ($0["label"] as? String) != "other" && ($0["positional"] as? Bool) == false }
        XCTAssertFalse(scored.isEmpty)
        for record in scored {
            let scores = try XCTUnwrap(record["scores"] as? [String: Double])
            XCTAssertNotNil(scores[record["label"] as? String ?? ""], "\(record["file"] ?? ""):\(record["line"] ?? "")")
        }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evaluate-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "We collect your name.\n".write(to: folder.appendingPathComponent("en.txt"), atomically: true, encoding: .utf8)
        try "# gold\n1\t1\tnone\tcolection\t\n".write(to: folder.appendingPathComponent("en.gold.tsv"), atomically: true, encoding: .utf8)
        let bad = try Self.run(["lexicon", "evaluate", folder.path])
        XCTAssertEqual(bad.status, 65)
        XCTAssertTrue(bad.stderr.contains("en.gold.tsv:2: unknown label `colection`"), bad.stderr)

        let lexicons = folder.appendingPathComponent("lexicons")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Lexicons"), to: lexicons)
        let learned = lexicons.appendingPathComponent("learned.txt").path
        let proposals = folder.appendingPathComponent("terms.tsv").path
        let learn = try Self.run(["lexicon", "learn", "Corpus/dynatron", "--dev", "Corpus/kasperek-optical", "--lexicons", lexicons.path,
                                  "--write", learned, "--proposals", proposals])
        XCTAssertEqual(learn.status, 0, learn.stderr)
        XCTAssertTrue(learn.stdout.contains("training sections") && learn.stdout.contains("dev:"), learn.stdout)
        XCTAssertTrue(try String(contentsOfFile: learned, encoding: .utf8).hasPrefix("# Concept weights learned"))
        XCTAssertTrue(try String(contentsOfFile: proposals, encoding: .utf8).contains("language\tsection\tterm"))
        let check = try Self.run(["lexicon", "check", "--lexicons", lexicons.path])
        XCTAssertEqual(check.status, 0, check.stderr)
    }

    func testUsageErrorsExit64() throws {
        XCTAssertEqual(try Self.run(["sections"]).status, 64)
        XCTAssertEqual(try Self.run(["sections", "Corpus/aclaro/ms.txt", "--format", "tmx"]).status, 64)
        XCTAssertEqual(try Self.run(["classify", "-"]).status, 64)
    }

    func testParityJSONAndFailOn() throws {
        let clean = try Self.run(["parity", "Corpus/dynatron/en.txt", "Corpus/dynatron/ms.txt", "--format", "json", "--fail-on", "missing,facts"])
        XCTAssertEqual(clean.status, 0, clean.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["version"] as? Int, 3)
        XCTAssertEqual(json["reference"] as? String, "Corpus/dynatron/en.txt")
        let matrix = try XCTUnwrap(json["matrix"] as? [String: [String: String]])
        XCTAssertEqual(matrix["retention"], ["Corpus/dynatron/en.txt": "present", "Corpus/dynatron/ms.txt": "present"])
        XCTAssertEqual((json["missing"] as? [Any])?.count, 0)

        let removed = try Self.run(["parity", "Corpus/dynatron/en.txt", "Tests/Fixtures/perturbed/ms/removed.txt",
                                    "--format", "json", "--fail-on", "missing"])
        XCTAssertEqual(removed.status, 1, "findings under --fail-on exit 1")
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(removed.stdout.utf8)) as? [String: Any])
        let missing = try XCTUnwrap(report["missing"] as? [[String: Any]])
        XCTAssertEqual(missing.map { $0["label"] as? String }, ["retention"])

        let changed = try Self.run(["parity", "Corpus/dynatron/en.txt", "Tests/Fixtures/perturbed/th/changed.txt", "--fail-on", "facts"])
        XCTAssertEqual(changed.status, 1)
        XCTAssertTrue(changed.stdout.contains("mismatch"), changed.stdout)
        XCTAssertEqual(try Self.run(["parity", "Corpus/dynatron/en.txt", "--fail-on", "nonsense"]).status, 64)
    }

    /// A section whose heading the translation words as another topic is listed in
    /// `labelDisagreements` (and counted in the text report), never as a finding.
    func testParityListsLabelDisagreements() throws {
        let original = "# Privacy Policy\n\n## Data retention\n\nWe keep your data for 7 years after you close your account, then we delete it.\n\n"
            + "## Contact us\n\nWrite to privacy@example.com with any question about this policy.\n"
        let translation = "# Política de privacidad\n\n## Sus derechos\n\nConservamos sus datos durante 7 años después de que cierre su cuenta y luego los eliminamos.\n\n"
            + "## Contacto\n\nEscriba a privacy@example.com con cualquier pregunta sobre esta política.\n"
        let en = Self.temporaryFile("policy.en.md", Array(original.utf8))
        let es = Self.temporaryFile("policy.es.md", Array(translation.utf8))
        let json = try Self.run(["parity", en, es, "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let disagreements = try XCTUnwrap(report["labelDisagreements"] as? [[String: Any]])
        XCTAssertEqual(disagreements.count, 1, json.stdout)
        XCTAssertEqual(disagreements.first?["label"] as? String, "rights")
        XCTAssertEqual(disagreements.first?["referenceLabel"] as? String, "retention")
        XCTAssertEqual(disagreements.first?["file"] as? String, es)
        XCTAssertFalse((report["findings"] as? [[String: Any]] ?? []).contains { $0["kind"] as? String == "missing-section" })
        let text = try Self.run(["parity", en, es])
        XCTAssertTrue(text.stdout.contains("1 section in 1 translation reads as another topic than the original's"), text.stdout)
    }

    /// A list numbered in the original and bulleted in the translation (or a Word list's
    /// visible numbers) is structure: its labels are no facts to compare.
    func testListNumbersAreNoFacts() throws {
        let original = "Privacy Policy\n\nYour rights\n\nYou have these rights:\n1. To know what we collect about you and why we keep it.\n"
            + "2. To correct the information we hold about you when it is wrong.\n3. To have your information deleted when we no longer need it.\n"
        let translation = "# Política de privacidad\n\n## Sus derechos\n\nUsted tiene estos derechos:\n\n- Saber qué recopilamos sobre usted y por qué lo conservamos.\n"
            + "- Corregir la información que tenemos sobre usted cuando es incorrecta.\n- Que se eliminen sus datos cuando ya no los necesitemos.\n"
        let en = Self.temporaryFile("rights.en.txt", Array(original.utf8))
        let es = Self.temporaryFile("rights.es.md", Array(translation.utf8))
        let result = try Self.run(["parity", en, es, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let kinds = (report["findings"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        XCTAssertFalse(kinds.contains { $0.hasPrefix("fact-") }, result.stdout)
    }

    func testParityCSVRoundTrips() throws {
        let result = try Self.run(["parity", "Corpus/dynatron/en.txt", "Corpus/dynatron/zh-Hans.txt", "Corpus/dynatron/ar.txt", "--format", "csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = CSVParser.parse(result.stdout)
        XCTAssertEqual(rows.first, ["section", "Corpus/dynatron/en.txt", "Corpus/dynatron/zh-Hans.txt", "Corpus/dynatron/ar.txt"])
        XCTAssertTrue(rows.dropFirst().allSatisfy { $0.count == 4 })
        XCTAssertTrue(rows.contains { $0.first == "retention" })
    }

    func testParityOverTheCorpusFolder() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("parity-dir-\(getpid())").path
        let result = try Self.run(["parity", "--dir", "Corpus", "--format", "json", "--output", output])
        XCTAssertEqual(result.status, 0, result.stderr)
        let index = try Data(contentsOf: URL(fileURLWithPath: output + "/index.json"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: index) as? [String: Any])
        let policies = try XCTUnwrap(json["policies"] as? [[String: Any]])
        XCTAssertEqual(policies.map { $0["name"] as? String }, ["aclaro", "dynacraft", "dynatron", "kasperek-optical", "marketplace", "mastodon"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/policies/dynatron.json"))
        XCTAssertEqual(policies.first { $0["name"] as? String == "dynatron" }?["report"] as? String, "policies/dynatron.json")
    }

    func testAlignAndUntranslated() throws {
        let align = try Self.run(["align", "Corpus/dynatron/en.txt", "Tests/Fixtures/perturbed/id/injected.txt", "--format", "json"])
        XCTAssertEqual(align.status, 0, align.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(align.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((json["sectionPairs"] as? [Any])?.count, 19)
        XCTAssertFalse((json["sentencePairs"] as? [Any] ?? []).isEmpty)
        XCTAssertEqual(Set((json["untranslated"] as? [[String: Any]] ?? []).compactMap { $0["startLine"] as? Int }), [33, 59, 84])

        let untranslated = try Self.run(["untranslated", "Tests/Fixtures/perturbed/zh-Hans/injected.txt", "--format", "json"])
        XCTAssertEqual(untranslated.status, 0, untranslated.stderr)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(untranslated.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["language"] as? String, "zh-Hans")
        XCTAssertEqual(report["sourceLanguage"] as? String, "en")
        XCTAssertEqual(Set((report["clauses"] as? [[String: Any]] ?? []).compactMap { $0["startLine"] as? Int }), [33, 59, 84])
    }
}

/// Reports checked with real tools: a browser renders the HTML, xmllint validates the TMX.
final class ReportToolTests: XCTestCase {
    static func tool(_ names: [String]) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            for name in names where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") { return "\(directory)/\(name)" }
        }
        return nil
    }

    static func runTool(_ path: String, _ arguments: [String]) throws -> (Int32, String) {
        let run = try CLITests.execute(URL(fileURLWithPath: path), arguments)
        return (run.status, run.stdout)
    }

    func testBrowserRendersTheReportWithPolicyTextAsText() throws {
        guard let browser = Self.tool(["chromium", "chromium-browser", "google-chrome"]) else {
            throw XCTSkip("no headless browser installed (apt-get install chromium): the HTML report was not rendered")
        }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(getpid()).html").path
        let result = try CLITests.run(["align", "Tests/Fixtures/hostile/en.txt", "Tests/Fixtures/hostile/ms.txt",
                                       "--format", "html", "--output", report])
        XCTAssertEqual(result.status, 0, result.stderr)
        let (status, dom) = try Self.runTool(browser, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + report])
        XCTAssertEqual(status, 0)
        XCTAssertTrue(dom.contains("<table>"), "the browser rendered the report")
        XCTAssertFalse(dom.contains("<img"), "policy text made no image element")
        XCTAssertFalse(dom.contains("<script"), "policy text made no script element")
        XCTAssertTrue(dom.contains("&lt;script&gt;alert(\"title\")&lt;/script&gt;"), "the script tag shows as text")
        XCTAssertTrue(dom.contains("<mark class=\"untranslated\""), "the untranslated sentence is highlighted")
        XCTAssertTrue(dom.contains("<mark class=\"fact\""), "the changed duration is highlighted")
    }

    func testTMXValidatesAgainstTheTMXStructure() throws {
        guard let xmllint = Self.tool(["xmllint"]) else {
            throw XCTSkip("xmllint not installed (apt-get install libxml2-utils): the TMX was not validated")
        }
        let tmx = FileManager.default.temporaryDirectory.appendingPathComponent("pair-\(getpid()).tmx").path
        let result = try CLITests.run(["align", "Corpus/dynatron/en.txt", "Corpus/dynatron/th.txt", "--format", "tmx", "--output", tmx])
        XCTAssertEqual(result.status, 0, result.stderr)
        let (status, _) = try Self.runTool(xmllint, ["--noout", "--dtdvalid", CLITests.root.appendingPathComponent("Tests/Fixtures/tmx/tmx14.dtd").path, tmx])
        XCTAssertEqual(status, 0, "xmllint rejected the TMX")
        let text = try String(contentsOfFile: tmx, encoding: .utf8)
        XCTAssertGreaterThan(text.components(separatedBy: "<tu ").count - 1, 50)

        // Safe to reuse: the region given in the file name is kept, no local path is written,
        // and the three clauses left in English stay out unless asked for, then with a note.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tmx-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let brazil = folder.appendingPathComponent("privacy.pt_br.txt").path
        try? FileManager.default.removeItem(atPath: brazil)
        try FileManager.default.copyItem(atPath: CLITests.root.appendingPathComponent("Tests/Fixtures/perturbed/pt/injected.txt").path, toPath: brazil)
        let safe = try CLITests.run(["align", "Corpus/dynatron/en.txt", brazil, "--format", "tmx"]).stdout
        let flagged = try CLITests.run(["align", "Corpus/dynatron/en.txt", brazil, "--format", "tmx", "--tmx-include-flagged"]).stdout
        XCTAssertTrue(safe.contains("<tuv xml:lang=\"pt-BR\">"), safe)
        XCTAssertTrue(safe.contains("<prop type=\"x-target-file\">privacy.pt_br.txt</prop>"))
        XCTAssertFalse(safe.contains(folder.path) || safe.contains("Corpus/"), "no local paths")
        XCTAssertFalse(safe.contains("x-flagged"))
        let units = { (tmx: String) in tmx.components(separatedBy: "<tu ").count - 1 }
        XCTAssertEqual(units(flagged) - units(safe), flagged.components(separatedBy: "<prop type=\"x-flagged\">untranslated</prop>").count - 1)
        XCTAssertGreaterThanOrEqual(units(flagged) - units(safe), 3)
        XCTAssertTrue(flagged.contains("<note>untranslated: Still in English:"), flagged)
        let strict = try CLITests.run(["align", "Corpus/dynatron/en.txt", brazil, "--format", "tmx", "--min-score", "0.9"]).stdout
        XCTAssertLessThan(units(strict), units(safe))
        XCTAssertEqual(try CLITests.run(["align", "Corpus/dynatron/en.txt", brazil, "--min-score", "2"]).status, 64)
        for output in [flagged, strict] {
            let path = folder.appendingPathComponent("check-\(UUID().uuidString).tmx").path
            try Data(output.utf8).write(to: URL(fileURLWithPath: path))
            XCTAssertEqual(try Self.runTool(xmllint, ["--noout", "--dtdvalid", CLITests.root.appendingPathComponent("Tests/Fixtures/tmx/tmx14.dtd").path, path]).0, 0)
        }
    }
}

/// A small RFC 4180 reader for checking CSV output.
enum CSVParser {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(character) }
            } else if character == "\"" { quoted = true }
            else if character == "," { row.append(field); field = "" }
            else if character == "\r\n" || character == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(character) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
