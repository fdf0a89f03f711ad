import Foundation
import XCTest

/// Word documents through the binary: one line on stderr and exit 65 for archives that are
/// no readable Word document, and `parity --dir` pairing a .docx with a Markdown version.
final class DocxCLITests: XCTestCase {
    private static let fixtures = CLITests.root.appendingPathComponent("Tests/Fixtures/docx")

    func testWordDocumentIsRead() throws {
        let run = try CLITests.run(["sections", Self.fixtures.appendingPathComponent("dynatron.docx").path, "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("\"format\" : \"docx\""), run.stdout)
        XCTAssertTrue(run.stdout.contains("\"heading\" : \"16. Contact Us\""), run.stdout)
    }

    func testZipWithoutWordDocument() throws {
        try CLITests.assertUnreadable(Self.fixtures.appendingPathComponent("no-document.zip").path, "binary data, not a text document")
    }

    func testTruncatedDocx() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("tracked.docx"))
        let path = try CLITests.temporaryFolder("docx-cli", for: self).appendingPathComponent("cut.docx").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: data.prefix(data.count / 2)))
        try CLITests.assertUnreadable(path, "damaged zip archive (")
    }

    func testDamagedXML() throws {
        try CLITests.assertUnreadable(Self.fixtures.appendingPathComponent("broken-xml.docx").path,
                               "damaged Word document: word/document.xml is not well-formed XML (line 1: ")
    }

    func testEmptyDocx() throws {
        let path = try CLITests.temporaryFolder("docx-cli", for: self).appendingPathComponent("empty.docx").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
        try CLITests.assertUnreadable(path, "empty file")
    }

    func testParityDirPairsDocxAndMarkdown() throws {
        let folder = try CLITests.temporaryFolder("docx-cli", for: self)
        let policy = folder.appendingPathComponent("dynatron")
        try FileManager.default.createDirectory(at: policy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("dynatron.docx"), to: policy.appendingPathComponent("en.docx"))
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("Corpus/dynatron/ms.txt"), to: policy.appendingPathComponent("ms.md"))
        let run = try CLITests.run(["parity", "--dir", folder.path, "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        // One policy of two versions, the Word document its reference.
        XCTAssertTrue(run.stdout.contains("\"reference\" : \"\(policy.appendingPathComponent("en.docx").path)\""), run.stdout)
        XCTAssertTrue(run.stdout.contains("\"versions\" : 2"), run.stdout)
        XCTAssertTrue(run.stdout.contains("\"documents\" : 2"), run.stdout)
        XCTAssertFalse(run.stderr.contains("ignored"), run.stderr)
    }
}
