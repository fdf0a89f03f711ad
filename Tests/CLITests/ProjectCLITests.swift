import Foundation
import XCTest

/// The project file, the baseline and the conventions of every command, as a CI job uses them.
final class ProjectCLITests: XCTestCase {
    static let mastodon = CLITests.root.appendingPathComponent("Corpus/mastodon").path

    /// A fresh working folder holding copies of the given Mastodon translations.
    private func workingFolder(_ languages: [String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policyalign-project-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for language in languages {
            try FileManager.default.copyItem(atPath: "\(Self.mastodon)/\(language).html", toPath: folder.appendingPathComponent("privacy.\(language).html").path)
        }
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    private func kinds(_ jsonl: String) -> [String] {
        jsonl.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["kind"] as? String
        }
    }

    /// Accept today's findings once; the gate then fails only on a new one.
    func testBaselineRoundTrip() throws {
        let folder = try workingFolder(["en", "es", "ko", "ka"])
        let accepted = try CLITests.run(["parity", "privacy.en.html", "privacy.es.html", "privacy.ko.html", "--write-baseline", "accepted.json",
                                         "--fail-on", "any"], directory: folder)
        XCTAssertEqual(accepted.status, 0, accepted.stderr)
        XCTAssertTrue(accepted.stderr.contains("wrote 2 accepted finding(s) to accepted.json"), accepted.stderr)
        let baseline = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("accepted.json"))) as? [String: Any])
        XCTAssertEqual((baseline["findings"] as? [[String: Any]])?.compactMap { $0["file"] as? String }, ["privacy.es.html", "privacy.ko.html"])

        let same = try CLITests.run(["parity", "privacy.en.html", "privacy.es.html", "privacy.ko.html", "--baseline", "accepted.json",
                                     "--fail-on", "any", "--format", "jsonl"], directory: folder)
        XCTAssertEqual(same.status, 0, same.stderr)
        XCTAssertEqual(same.stdout, "")
        XCTAssertTrue(same.stderr.contains("2 finding(s) set aside"), same.stderr)

        // The Georgian version dates the policy otherwise: a new finding fails the gate.
        let grown = try CLITests.run(["parity", "privacy.en.html", "privacy.es.html", "privacy.ko.html", "privacy.ka.html",
                                      "--baseline", "accepted.json", "--fail-on", "any", "--format", "jsonl"], directory: folder)
        XCTAssertEqual(grown.status, 1, grown.stderr)
        XCTAssertEqual(kinds(grown.stdout), ["fact-mismatch"])
        XCTAssertTrue(grown.stdout.contains("privacy.ka.html"), grown.stdout)

        // The same through align, and a baseline named in the project file.
        try Data("baseline: accepted.json\nfail-on: [any]\n".utf8).write(to: folder.appendingPathComponent(".policyalign.yml"))
        let aligned = try CLITests.run(["align", "privacy.en.html", "privacy.es.html", "-q"], directory: folder)
        XCTAssertEqual(aligned.status, 0, aligned.stderr)
        XCTAssertEqual(aligned.stdout + aligned.stderr, "")
        let noConfig = try CLITests.run(["align", "privacy.en.html", "privacy.es.html", "-q", "--no-config", "--fail-on", "facts"], directory: folder)
        XCTAssertEqual(noConfig.status, 1, noConfig.stderr)

        let broken = try CLITests.run(["parity", "privacy.en.html", "privacy.es.html", "--baseline", "privacy.en.html"], directory: folder)
        XCTAssertEqual(broken.status, 78)
        XCTAssertEqual(broken.stdout, "")
        XCTAssertEqual(broken.stderr.split(separator: "\n").count, 1, broken.stderr)
    }

    func testProjectFileRulesReachEveryCommand() throws {
        let folder = try workingFolder(["en", "es", "ko"])
        try FileManager.default.moveItem(at: folder.appendingPathComponent("privacy.ko.html"), to: folder.appendingPathComponent("privacy-korea.html"))
        try Data("""
        # The Korean file's name carries no language code.
        reference: en
        languages:
          "*-korea.html": ko
        ignore:
          - kind: fact-mismatch
            file: "*.es.html"
        fail-on: [any]

        """.utf8).write(to: folder.appendingPathComponent(".policyalign.yml"))
        // The reference is the English file wherever it is listed; the Spanish link is ignored.
        let parity = try CLITests.run(["parity", "privacy-korea.html", "privacy.es.html", "privacy.en.html", "--format", "json"], directory: folder)
        XCTAssertEqual(parity.status, 1, parity.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(parity.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["reference"] as? String, "privacy.en.html")
        let documents = try XCTUnwrap(json["documents"] as? [[String: Any]])
        XCTAssertEqual(documents.compactMap { $0["language"] as? String }, ["en", "ko", "es"])
        XCTAssertEqual((json["findings"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }, ["untranslated"])
        XCTAssertTrue(parity.stderr.contains("1 finding(s) set aside"), parity.stderr)

        // parity --dir places the file by the same rule.
        let batch = try CLITests.run(["parity", "--dir", ".", "--format", "json", "-q"], directory: folder)
        XCTAssertEqual(batch.status, 1, batch.stderr)
        XCTAssertEqual(batch.stdout, "")
        let listed = try CLITests.run(["parity", "--dir", ".", "--format", "json"], directory: folder)
        let policies = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])?["policies"] as? [[String: Any]])
        XCTAssertEqual(policies.count, 1, listed.stdout)
        XCTAssertFalse(listed.stderr.contains("ignored"), listed.stderr)

        // A broken project file stops every command with one line naming file and line.
        try Data("reference: en\nignore:\n  - knd: omitted\n".utf8).write(to: folder.appendingPathComponent(".policyalign.yml"))
        for arguments in [["align", "privacy.en.html", "privacy.es.html"], ["untranslated", "privacy.es.html"], ["sections", "privacy.en.html"]] {
            let run = try CLITests.run(arguments, directory: folder)
            XCTAssertEqual(run.status, 78, arguments.joined(separator: " "))
            XCTAssertEqual(run.stderr, "policyalign: .policyalign.yml:3: unknown field `knd` of an ignore rule (known: kind, file, value, fingerprint, reason)\n")
        }
        let missing = try CLITests.run(["sections", "privacy.en.html", "--config", "nowhere.yml"], directory: folder)
        XCTAssertEqual(missing.status, 66)
    }

    /// Two versions in one language: the matrix keeps its shape, keyed by document id.
    func testMatrixIsKeyedByDocumentId() throws {
        let folder = try workingFolder(["en", "es"])
        try FileManager.default.copyItem(at: folder.appendingPathComponent("privacy.es.html"), to: folder.appendingPathComponent("copy.es.html"))
        for files in [["privacy.en.html", "privacy.es.html"], ["privacy.en.html", "privacy.es.html", "copy.es.html"]] {
            let run = try CLITests.run(["parity"] + files + ["--format", "json"], directory: folder)
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stderr)
            let ids = try XCTUnwrap(json["documents"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            XCTAssertEqual(ids, files)
            let matrix = try XCTUnwrap(json["matrix"] as? [String: [String: String]])
            XCTAssertEqual(Set(try XCTUnwrap(matrix["collection"]).keys), Set(files))
        }
    }

    func testOutputAndQuiet() throws {
        let folder = try workingFolder(["en", "ko"])
        let run = try CLITests.run(["untranslated", "privacy.ko.html", "--source", "privacy.en.html", "-o", "report.csv", "--format", "csv", "-q"], directory: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "")
        let csv = try String(contentsOf: folder.appendingPathComponent("report.csv"), encoding: .utf8)
        XCTAssertTrue(csv.contains("privacy.ko.html,80,untranslated"), csv)
    }

    /// Each command's help names only the formats it writes, and gives an example.
    func testHelpListsOnlySupportedFormats() throws {
        let expectations: [(String, [String], [String])] = [
            ("align", ["tmx", "html", "sarif", "Example: policyalign align"], []),
            ("untranslated", ["values: text, json, sarif, jsonl,", "Example: policyalign untranslated"], ["tmx", "values: text, json, html"]),
            ("parity", ["csv (the section matrix)", "html", "Example: policyalign parity"], ["tmx"]),
            ("sections", ["values: text, json;", "Example: policyalign sections"], ["tmx", "sarif", "csv"]),
        ]
        for (command, present, absent) in expectations {
            let help = try CLITests.run([command, "--help"]).stdout
            for word in present { XCTAssertTrue(help.contains(word), "\(command) --help lacks \(word)") }
            for word in absent { XCTAssertFalse(help.contains(word), "\(command) --help mentions \(word)") }
        }
    }
}
