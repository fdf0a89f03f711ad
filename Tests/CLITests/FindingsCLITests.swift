import Foundation
import XCTest

/// The findings model end to end: every JSON output validates against the repository's
/// schema, findings drive `--fail-on`, and a translation left in English is reported so.
final class FindingsCLITests: XCTestCase {
    private func json(_ arguments: [String], status: Int32? = nil) throws -> (path: String, object: [String: Any]) {
        let result = try CLITests.run(arguments + ["--format", "json"])
        if let status { XCTAssertEqual(result.status, status, result.stderr) }
        let path = CLITests.temporaryFile("out-\(UUID().uuidString).json", Array(result.stdout.utf8))
        return (path, try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]))
    }

    /// python3 with its arguments: exit status and standard output.
    private func python(_ arguments: [String]) throws -> (Int32, String) {
        try ReportToolTests.runTool("/usr/bin/env", ["python3"] + arguments)
    }

    private var validatorAvailable: Bool { (try? python(["-c", "import jsonschema"]))?.0 == 0 }

    private func validate(_ definition: String, _ paths: [String]) throws {
        let (status, report) = try python([CLITests.root.appendingPathComponent("Schemas/validate.py").path, definition] + paths)
        XCTAssertEqual(status, 0, report)
    }

    func testEveryJSONOutputValidatesAgainstTheSchema() throws {
        try XCTSkipUnless(validatorAvailable, "python3 with jsonschema is needed (pip install jsonschema)")
        var align: [String] = [], untranslated: [String] = [], parity: [String] = []
        for variant in ["clean", "injected", "removed", "changed", "merged", "renumbered"] {
            for language in ["ms", "th", "ar"] {
                let file = "Tests/Fixtures/perturbed/\(language)/\(variant).txt"
                align.append(try json(["align", "Corpus/dynatron/en.txt", file]).path)
                untranslated.append(try json(["untranslated", file]).path)
            }
        }
        parity.append(try json(["parity", "Corpus/dynatron/en.txt", "Tests/Fixtures/perturbed/ms/removed.txt",
                                "Tests/Fixtures/perturbed/id/removed.txt", "Tests/Fixtures/perturbed/th/changed.txt"]).path)
        untranslated.append(try json(["untranslated", "Corpus/dynatron/en.txt"]).path)
        try validate("alignOutput", align)
        try validate("untranslatedOutput", untranslated)
        try validate("parityOutput", parity)
        try validate("sectionsOutput", [try json(["sections", "Corpus/aclaro/ms.txt"]).path])
        try validate("batchOutput", [try json(["parity", "--dir", "Corpus"]).path])
    }

    func testAnEnglishFileDeclaredAsMalayIsReportedSo() throws {
        let english = try String(contentsOfFile: CLITests.root.appendingPathComponent("Corpus/dynatron/en.txt").path, encoding: .utf8)
        let declared = CLITests.temporaryFile("policy.ms.txt", Array(english.utf8))
        let report = try json(["untranslated", declared, "--fail-on", "untranslated-document"], status: 1).object
        XCTAssertGreaterThan(try XCTUnwrap(report["untranslatedShare"] as? Double), 0.8)
        let kinds = Set((report["findings"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String })
        XCTAssertTrue(kinds.isSuperset(of: ["language-mismatch", "untranslated-document"]), "\(kinds)")

        // Without a declared language, the file is still not a translation.
        let plain = try json(["untranslated", "Corpus/dynatron/en.txt"]).object
        XCTAssertEqual(plain["untranslatedShare"] as? Double, 1)
        let text = try CLITests.run(["untranslated", "Corpus/dynatron/en.txt"])
        XCTAssertTrue(text.stdout.contains("100% of the text is still in English"), text.stdout)
        XCTAssertFalse(text.stdout.contains("0 clauses"), text.stdout)
    }

    func testFailOnTakesFindingKindsAndAny() throws {
        let removed = ["align", "Corpus/dynatron/en.txt", "Tests/Fixtures/perturbed/ms/removed.txt"]
        XCTAssertEqual(try CLITests.run(removed + ["--fail-on", "missing-section"]).status, 1)
        XCTAssertEqual(try CLITests.run(removed + ["--fail-on", "fact-mismatch,untranslated"]).status, 0)
        let clean = ["align", "Corpus/dynatron/en.txt", "Tests/Fixtures/perturbed/ms/clean.txt"]
        XCTAssertEqual(try CLITests.run(clean + ["--fail-on", "any"]).status, 0)
        let bad = try CLITests.run(clean + ["--fail-on", "nonsense"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("omitted"), bad.stderr)
    }

    func testTextOutputListsFindingsBySeverityWithTheirSentence() throws {
        let result = try CLITests.run(["align", "Corpus/dynatron/en.txt", "Tests/Fixtures/perturbed/ms/changed.txt"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("errors\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("fact-mismatch  The translation gives “privacy@dynatronsoftware.com” where the original gives “support@dynatronsoftware.com”"),
                      result.stdout)
        XCTAssertTrue(result.stdout.contains("“Jika anda mempunyai"), "the sentence concerned is shown")
    }

    func testFindingsAsSARIFJSONLinesAndCSV() throws {
        try XCTSkipUnless(validatorAvailable, "python3 with jsonschema is needed (pip install jsonschema)")
        let runs: [[String]] = [
            ["align", "Corpus/dynatron/en.txt", "Tests/Fixtures/perturbed/ms/removed.txt"],
            ["align", "Corpus/dynatron/en.txt", "Tests/Fixtures/perturbed/th/changed.txt"],
            ["untranslated", "Tests/Fixtures/perturbed/ar/injected.txt"],
            ["parity", "Corpus/dynatron/en.txt", "Tests/Fixtures/perturbed/ms/removed.txt", "Tests/Fixtures/perturbed/id/removed.txt"],
        ]
        var sarifFiles: [String] = []
        for arguments in runs {
            let sarif = try CLITests.run(arguments + ["--format", "sarif"])
            XCTAssertEqual(sarif.status, 0, sarif.stderr)
            let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
            let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
            let results = try XCTUnwrap(run["results"] as? [[String: Any]])
            XCTAssertFalse(results.isEmpty, "\(arguments)")
            for result in results {
                let uri = (((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
                XCTAssertEqual(uri.map { $0.hasPrefix("Tests/Fixtures/perturbed/") }, true, "relative path of the translation")
                XCTAssertNotNil((result["partialFingerprints"] as? [String: String])?["policyalign/v1"])
            }
            sarifFiles.append(CLITests.temporaryFile("out-\(UUID().uuidString).sarif", Array(sarif.stdout.utf8)))

            let lines = try CLITests.run(arguments + ["--format", "jsonl"]).stdout.split(separator: "\n")
            XCTAssertEqual(lines.count, results.count)
            for line in lines {
                let finding = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                XCTAssertNotNil(finding["fingerprint"] as? String)
            }
            if arguments[0] != "parity" {
                let csv = try CLITests.run(arguments + ["--format", "csv"]).stdout
                XCTAssertTrue(csv.hasPrefix("file,line,kind,severity,sourceFile,sourceLine,label,message,source,target,languages,fingerprint\r\n"))
                XCTAssertEqual(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, results.count + 1)
            }
        }
        // Valid against the OASIS schema.
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        validator = jsonschema.validators.validator_for(schema)(schema)
        bad = [f"{path}: {error.message}" for path in sys.argv[2:] for error in validator.iter_errors(json.load(open(path)))]
        print("\\n".join(bad)); sys.exit(1 if bad else 0)
        """
        let (status, report) = try python(["-c", script, CLITests.root.appendingPathComponent("Tests/Fixtures/sarif/sarif-schema-2.1.0.json").path] + sarifFiles)
        XCTAssertEqual(status, 0, report)
    }

    /// sarif-tools (PyPI), as a code-scanning pipeline would use it, reads every result
    /// with its rule, severity, file and line.
    func testSARIFIsReadBySarifTools() throws {
        try XCTSkipUnless(try python(["-m", "sarif", "--version"]).0 == 0, "sarif-tools is needed (pip install sarif-tools)")
        let run = try CLITests.run(["align", "Corpus/dynatron/en.txt", "Tests/Fixtures/perturbed/th/changed.txt", "--format", "sarif"])
        let log = CLITests.temporaryFile("tools-\(UUID().uuidString).sarif", Array(run.stdout.utf8))
        let csv = log + ".csv"
        XCTAssertEqual(try python(["-m", "sarif", "csv", log, "--output", csv]).0, 0)
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(rows.first?.trimmingCharacters(in: .whitespacesAndNewlines), "Tool,Severity,Code,Description,Location,Line")
        let jsonl = try CLITests.run(["align", "Corpus/dynatron/en.txt", "Tests/Fixtures/perturbed/th/changed.txt", "--format", "jsonl"])
        let findings = jsonl.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        XCTAssertEqual(rows.count - 1, findings.count)
        for finding in findings {
            let kind = finding["kind"] as! String, line = finding["line"] as? Int
            let expected = "policyalign,\(finding["severity"] as! String),\(kind),"
            XCTAssertTrue(rows.contains { $0.hasPrefix(expected) && $0.contains("Tests/Fixtures/perturbed/th/changed.txt") && (line == nil || $0.hasSuffix(",\(line!)")) },
                          "\(kind) at \(line ?? 0) not in \(rows)")
        }
    }

    /// A gate that cannot pass by accident: unreadable inputs fail the run, an empty folder
    /// is a usage error, files the layout cannot place are listed, NAME-LANG names group.
    func testParityDirGateHasNoHoles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gate-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let empty = try CLITests.run(["parity", "--dir", folder, "--fail-on", "any"])
        XCTAssertEqual(empty.status, 64, empty.stderr)
        XCTAssertTrue(empty.stderr.contains("no policies found"), empty.stderr)

        let english = try Data(contentsOf: CLITests.root.appendingPathComponent("Corpus/dynatron/en.txt"))
        let malay = try Data(contentsOf: CLITests.root.appendingPathComponent("Corpus/dynatron/ms.txt"))
        FileManager.default.createFile(atPath: folder + "/policy-en.txt", contents: english)
        FileManager.default.createFile(atPath: folder + "/policy_ms.txt", contents: malay)
        FileManager.default.createFile(atPath: folder + "/policy-pt-BR.txt", contents: Data())   // empty: unreadable
        FileManager.default.createFile(atPath: folder + "/policy.odt", contents: Data("PK".utf8))
        let failing = try CLITests.run(["parity", "--dir", folder])
        XCTAssertEqual(failing.status, 65, failing.stderr)
        XCTAssertTrue(failing.stderr.contains("policy-pt-BR.txt"), failing.stderr)
        XCTAssertTrue(failing.stderr.contains("ignored \(folder)/policy.odt: not a format"), failing.stderr)
        XCTAssertTrue(failing.stdout.contains("policy "), "the summary is still written: \(failing.stdout)")

        let skipping = try CLITests.run(["parity", "--dir", folder, "--skip-unreadable", "--format", "json"])
        XCTAssertEqual(skipping.status, 0, skipping.stderr)
        let batch = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(skipping.stdout.utf8)) as? [String: Any])
        let policies = try XCTUnwrap(batch["policies"] as? [[String: Any]])
        XCTAssertEqual(policies.map { $0["name"] as? String }, ["policy"])
        XCTAssertEqual(policies.first?["versions"] as? Int, 2, "en and ms grouped from policy-en and policy_ms")
    }

    func testStandardInputIsAFile() throws {
        let malay = try Data(contentsOf: CLITests.root.appendingPathComponent("Tests/Fixtures/perturbed/ms/changed.txt"))
        let sections = try CLITests.run(["sections", "-", "--format", "json"], stdin: malay)
        XCTAssertEqual(sections.status, 0, sections.stderr)
        XCTAssertTrue(sections.stdout.contains("\"language\" : \"ms\""), sections.stdout)
        let aligned = try CLITests.run(["align", "Corpus/dynatron/en.txt", "-", "--fail-on", "fact-mismatch"], stdin: malay)
        XCTAssertEqual(aligned.status, 1, aligned.stderr)
        XCTAssertTrue(aligned.stdout.contains("fact-mismatch"), aligned.stdout)
        XCTAssertEqual(try CLITests.run(["sections", "-"], stdin: Data()).status, 65, "empty standard input is bad data")
    }
}
