import Foundation
import XCTest

/// XLIFF files from a CAT tool checked on their own (`Tests/Fixtures/xliff/make.py`: a real
/// policy's Malay and Japanese translations, written by translate-toolkit as XLIFF 1.2 and
/// 2.0, with injected faults): each finding on its unit id and the file's line, and nothing
/// else reported.
final class XLIFFInputTests: XCTestCase {
    static let malay = "Tests/Fixtures/xliff/selection-command.ms.xlf"
    static let japanese = "Tests/Fixtures/xliff/selection-command.ja.xlf"

    /// (kind, unit, line) of every finding of a JSON or JSON Lines output.
    private func located(_ findings: [[String: Any]]) -> [String] {
        findings.map { finding in
            let unit = (finding["values"] as? [String: Any])?["unit"] as? String ?? "-"
            return "\(finding["kind"] as? String ?? "?") \(unit) \(finding["line"] as? Int ?? 0)"
        }.sorted()
    }

    private func findings(_ arguments: [String], status: Int32 = 0) throws -> [[String: Any]] {
        let result = try CLITests.run(arguments + ["--format", "json"])
        XCTAssertEqual(result.status, status, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try XCTUnwrap(object["findings"] as? [[String: Any]])
    }

    func testVersion12FileAlone() throws {
        // u7 has an empty target, u16 kept its English, u30's date was changed.
        XCTAssertEqual(located(try findings(["align", Self.malay])),
                       ["fact-mismatch u30 127", "untranslated u16 71", "untranslated u7 35"])
        XCTAssertEqual(located(try findings(["untranslated", Self.malay])), ["untranslated u16 71", "untranslated u7 35"])
        XCTAssertEqual(try CLITests.run(["align", Self.malay, "--fail-on", "fact-mismatch"]).status, 1)
    }

    func testVersion20FileAlone() throws {
        // u14 has no target, u22's two sentences kept their English, u30's date was changed;
        // u29 is translate="no" and equal to its source: no finding.
        XCTAssertEqual(located(try findings(["align", Self.japanese])),
                       ["fact-mismatch u30 153", "untranslated u14 73", "untranslated u22 113", "untranslated u22 113"])
        let text = try CLITests.run(["align", Self.japanese])
        XCTAssertTrue(text.stdout.contains("line 153 (unit u30)  fact-mismatch  The translation gives “2025/01/11” where the original gives “01/10/2025”"),
                      text.stdout)
        XCTAssertTrue(text.stdout.contains("Unit u14 has no translation"), text.stdout)
    }

    /// SARIF names the unit as a logical location, where a CAT tool looks segments up.
    func testSARIFNamesTheUnit() throws {
        let result = try CLITests.run(["align", Self.japanese, "--format", "sarif"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try XCTUnwrap(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let units = results.compactMap { result -> String? in
            let location = (result["locations"] as? [[String: Any]])?.first
            return ((location?["logicalLocations"] as? [[String: Any]])?.first?["name"]) as? String
        }
        XCTAssertEqual(units.sorted(), ["u14", "u22", "u22", "u30"])
    }

    /// The original as its own file (here the units' English as plain text, a paragraph
    /// each) and the XLIFF's targets as the translation: the same faults, on the same units.
    func testTranslationAgainstItsOriginalDocument() throws {
        let xml = try String(contentsOf: CLITests.root.appendingPathComponent(Self.malay), encoding: .utf8)
        let sources = xml.components(separatedBy: "<source>").dropFirst().map { $0.components(separatedBy: "</source>")[0] }
            .map { $0.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "&quot;", with: "\"") }
        XCTAssertEqual(sources.count, 30)
        let original = CLITests.temporaryFile("privacy.en.txt", Array(sources.joined(separator: "\n\n").utf8))
        let found = try findings(["align", original, Self.malay])
        XCTAssertEqual(located(found), ["fact-mismatch u30 127", "untranslated u16 71", "untranslated u7 35"])
        let empty = try XCTUnwrap(found.first { ($0["values"] as? [String: Any])?["unit"] as? String == "u7" })
        XCTAssertTrue(empty["sourceLine"] == nil || empty["sourceLine"] is NSNull, "the original's lines are another file's")
    }

    /// Two XLIFF files: the first's sources are the reference, each file's targets a version.
    func testParityOfTwoFiles() throws {
        let found = located(try findings(["parity", Self.malay, Self.japanese]))
        XCTAssertEqual(found, ["fact-mismatch u30 127", "fact-mismatch u30 153", "untranslated u14 73", "untranslated u16 71",
                               "untranslated u22 113", "untranslated u22 113", "untranslated u7 35"])
        let result = try CLITests.run(["parity", Self.malay, Self.japanese, "--format", "json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let languages = try XCTUnwrap(object["documents"] as? [[String: Any]]).compactMap { $0["language"] as? String }
        XCTAssertEqual(languages, ["en", "ms", "ja"])
    }

    /// A folder of XLIFF exports is one policy: the first file's sources are its reference.
    func testParityDirReadsXLIFFFiles() throws {
        let folder = try CLITests.temporaryFolder("xliff-dir", for: self)
        for file in [Self.malay, Self.japanese] {
            let name = (file as NSString).lastPathComponent.replacingOccurrences(of: "selection-command", with: "privacy")
            try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent(file), to: folder.appendingPathComponent(name))
        }
        let result = try CLITests.run(["parity", "--dir", folder.path, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stderr.contains("ignored"), result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let policies = try XCTUnwrap(object["policies"] as? [[String: Any]])
        XCTAssertEqual(policies.count, 1, result.stdout)
        // Its sources and both files' targets; the faults of both files.
        XCTAssertEqual(policies.first?["versions"] as? Int, 3, result.stdout)
        XCTAssertEqual(policies.first?["untranslated"] as? Int, 5, result.stdout)
        XCTAssertEqual(policies.first?["facts"] as? Int, 2, result.stdout)
    }

    /// `sections` reads an XLIFF file as its translation, whatever its extension.
    func testSectionsOfAnXLIFFFileAreItsTranslations() throws {
        let folder = try CLITests.temporaryFolder("xliff-in", for: self)
        let renamed = folder.appendingPathComponent("export.txt")
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent(Self.malay), to: renamed)
        let result = try CLITests.run(["sections", renamed.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("1. Maklumat yang Dikumpul  collection"), result.stdout)
        XCTAssertTrue(result.stdout.contains("  ms (confidence "), result.stdout)
    }

    func testDamagedFileIsOneLineAndExit65() throws {
        let bytes = try Data(contentsOf: CLITests.root.appendingPathComponent(Self.malay))
        let cut = CLITests.temporaryFile("cut.xlf", [UInt8](bytes.prefix(2_000)))
        for command in [["align", cut], ["untranslated", cut], ["sections", cut]] {
            let result = try CLITests.run(command)
            XCTAssertEqual(result.status, 65, "\(command): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
            XCTAssertTrue(result.stderr.hasPrefix("policyalign: \(cut): not well-formed XML (line "), result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
        // One file that is no XLIFF: align needs two.
        let alone = try CLITests.run(["align", "Corpus/dynatron/en.txt"])
        XCTAssertEqual(alone.status, 64, alone.stderr)
        XCTAssertTrue(alone.stderr.contains("align needs the original and its translation, or one XLIFF file"), alone.stderr)
    }
}
