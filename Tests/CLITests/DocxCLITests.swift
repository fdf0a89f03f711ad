import Foundation
import XCTest

/// Word documents through the binary: one line on stderr and exit 65 for archives that are
/// no readable Word document, and `parity --dir` pairing a .docx with a Markdown version.
final class DocxCLITests: XCTestCase {
    private static let fixtures = CLITests.root.appendingPathComponent("Tests/Fixtures/docx")

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policyalign-docx-cli-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    private func assertOneLineError(_ path: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let run = try CLITests.run(["sections", path])
        XCTAssertEqual(run.status, 65, run.stderr, file: file, line: line)
        XCTAssertEqual(run.stdout, "", file: file, line: line)
        let lines = run.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, run.stderr, file: file, line: line)
        XCTAssertTrue(run.stderr.contains("\(path): \(expected)"), run.stderr, file: file, line: line)
    }

    func testWordDocumentIsRead() throws {
        let run = try CLITests.run(["sections", Self.fixtures.appendingPathComponent("dynatron.docx").path, "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("\"format\" : \"docx\""), run.stdout)
        XCTAssertTrue(run.stdout.contains("\"heading\" : \"16. Contact Us\""), run.stdout)
    }

    func testZipWithoutWordDocument() throws {
        try assertOneLineError(Self.fixtures.appendingPathComponent("no-document.zip").path, "binary data, not a text document")
    }

    func testTruncatedDocx() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("tracked.docx"))
        let path = try temporaryFolder().appendingPathComponent("cut.docx").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: data.prefix(data.count / 2)))
        try assertOneLineError(path, "damaged zip archive (")
    }

    func testDamagedXML() throws {
        try assertOneLineError(Self.fixtures.appendingPathComponent("broken-xml.docx").path,
                               "damaged Word document: word/document.xml is not well-formed XML (line 1: ")
    }

    func testEmptyDocx() throws {
        let path = try temporaryFolder().appendingPathComponent("empty.docx").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
        try assertOneLineError(path, "empty file")
    }

    func testParityDirPairsDocxAndMarkdown() throws {
        let folder = try temporaryFolder()
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
