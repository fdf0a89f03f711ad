import Foundation
import XCTest

/// The binary as a user installs it: copied alone onto PATH, with no lexicon folder anywhere.
final class InstallTests: XCTestCase {
    func testCopiedBinaryOnPathNeedsNoLexiconFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policyalign-install-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        let bin = folder.appendingPathComponent("bin"), work = folder.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CLITests.binary, to: bin.appendingPathComponent("policyalign"))
        let english = "# Privacy Policy\n\n## Information we collect\n\nWe collect your e-mail address when you sign up.\n\n"
            + "## How long we keep it\n\nWe keep your data for 7 years.\n"
        let malay = "# Dasar Privasi\n\n## Maklumat yang kami kumpul\n\nKami mengumpul alamat e-mel anda apabila anda mendaftar.\n\n"
            + "## Berapa lama kami menyimpannya\n\nKami menyimpan data anda selama 5 tahun.\n"
        try Data(english.utf8).write(to: work.appendingPathComponent("privacy.en.md"))
        try Data(malay.utf8).write(to: work.appendingPathComponent("privacy.ms.md"))

        func run(_ command: String) throws -> CLITests.Run {
            try CLITests.shell(command, in: work, environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        }

        let sections = try run("policyalign sections privacy.ms.md")
        XCTAssertEqual(sections.status, 0, sections.stderr)
        XCTAssertTrue(sections.stdout.contains("collection"), sections.stdout)
        XCTAssertTrue(sections.stdout.contains("retention"), sections.stdout)

        let parity = try run("policyalign parity privacy.en.md privacy.ms.md --format json")
        XCTAssertEqual(parity.status, 0, parity.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(parity.stdout.utf8)) as? [String: Any])
        let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
        XCTAssertTrue(findings.contains { $0["kind"] as? String == "fact-mismatch" }, parity.stdout)

        let check = try run("policyalign lexicon check")
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.hasSuffix("no problems\n") && (Int(check.stdout.prefix { $0.isNumber }) ?? 0) >= 30, check.stdout)

        // A lexicon folder named in the environment but missing is an error, not a fall-back.
        let missing = try run("POLICYALIGN_LEXICONS=/nonexistent policyalign sections privacy.ms.md")
        XCTAssertEqual(missing.status, 66)
        XCTAssertTrue(missing.stderr.contains("POLICYALIGN_LEXICONS"), missing.stderr)
    }
}
