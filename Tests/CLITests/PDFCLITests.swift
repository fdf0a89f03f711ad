import Foundation
import XCTest

/// PDFs through the binary: one line on stderr and exit 65 for a PDF that cannot be read
/// (cut short, locked with a password, without a text layer), and `parity --dir` pairing a
/// .pdf with a Markdown version.
final class PDFCLITests: XCTestCase {
    private static let fixtures = CLITests.root.appendingPathComponent("Tests/Fixtures/pdf")

    func testPDFIsRead() throws {
        let run = try CLITests.run(["sections", Self.fixtures.appendingPathComponent("dynatron.pdf").path, "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stderr, "")
        XCTAssertTrue(run.stdout.contains("\"format\" : \"pdf\""), run.stdout)
        XCTAssertTrue(run.stdout.contains("\"heading\" : \"16. Contact Us\""), run.stdout)
    }

    func testTruncatedPDF() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("dynatron.pdf"))
        let path = try CLITests.temporaryFolder("pdf-cli", for: self).appendingPathComponent("cut.pdf").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: data.prefix(data.count * 2 / 3)))
        try CLITests.assertUnreadable(path, "damaged PDF (no end-of-file marker: truncated?)")
    }

    func testDamagedPDF() throws {
        // A header and an end marker with nothing readable between them, named as text.
        let path = try CLITests.temporaryFolder("pdf-cli", for: self).appendingPathComponent("policy.txt").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("%PDF-1.7\n1 0 obj\n<< /Type /Catalog\n%%EOF\n".utf8)))
        try CLITests.assertUnreadable(path, "damaged PDF (")
    }

    func testEncryptedPDF() throws {
        try CLITests.assertUnreadable(Self.fixtures.appendingPathComponent("encrypted.pdf").path, "encrypted PDF: it opens only with a password")
    }

    func testPDFWithoutText() throws {
        try CLITests.assertUnreadable(Self.fixtures.appendingPathComponent("scanned.pdf").path, "no text layer (a scanned PDF?)")
    }

    func testParityDirPairsPDFAndMarkdown() throws {
        let folder = try CLITests.temporaryFolder("pdf-cli", for: self)
        let policy = folder.appendingPathComponent("dynatron")
        try FileManager.default.createDirectory(at: policy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("dynatron.pdf"), to: policy.appendingPathComponent("en.pdf"))
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("Corpus/dynatron/ms.txt"), to: policy.appendingPathComponent("ms.md"))
        let run = try CLITests.run(["parity", "--dir", folder.path, "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        // One policy of two versions, the PDF its reference.
        XCTAssertTrue(run.stdout.contains("\"reference\" : \"\(policy.appendingPathComponent("en.pdf").path)\""), run.stdout)
        XCTAssertTrue(run.stdout.contains("\"versions\" : 2"), run.stdout)
        XCTAssertTrue(run.stdout.contains("\"documents\" : 2"), run.stdout)
        XCTAssertFalse(run.stderr.contains("ignored"), run.stderr)
    }
}
