import XCTest
@testable import PolicyAlignKit

final class ProjectConfigTests: XCTestCase {
    func testEveryKeyIsRead() throws {
        let text = """
        # settings of the project
        reference: en-GB
        languages:
          "*-bm.md": ms
          "legal/tw/*": zh-TW
        keep: [Acme Cloud, SuperApp]
        ignore:
          - kind: [untranslated, facts]
            file: "docs/*.th.md"
          - value: support@acme.example
          - fingerprint: 0123456789ABCDEF
            reason: accepted by legal
        baseline: accepted.json
        fail-on: missing-section
        """
        let config = try ProjectConfig.parse(text, path: "project/.policyalign.yml", lexicons: Fixtures.lexicons)
        XCTAssertEqual(config.reference, "en")
        XCTAssertEqual(config.fileLanguages.map(\.glob), ["*-bm.md", "legal/tw/*"])
        XCTAssertEqual(config.fileLanguages.map(\.language), ["ms", "zh-Hant"])
        XCTAssertEqual(config.keep, ["Acme Cloud", "SuperApp"])
        XCTAssertEqual(config.ignore.count, 3)
        XCTAssertEqual(config.ignore[0].kinds, [.untranslated, .untranslatedDocument, .factMismatch, .factMissing, .factExtra])
        XCTAssertEqual(config.ignore[0].file, "docs/*.th.md")
        XCTAssertEqual(config.ignore[1].value, "support@acme.example")
        XCTAssertEqual(config.ignore[2].fingerprint, "0123456789abcdef")
        XCTAssertEqual(config.baseline, "project/accepted.json")
        XCTAssertEqual(config.failOn, ["missing-section"])
        XCTAssertEqual(config.language(ofFile: "site/privacy-bm.md"), "ms")
        XCTAssertEqual(config.language(ofFile: "legal/tw/privacy.html"), "zh-Hant")
        XCTAssertNil(config.language(ofFile: "privacy.md"))
    }

    func testEmptyFileHasNoSettings() throws {
        let config = try ProjectConfig.parse("# nothing yet\n", path: ".policyalign.yml", lexicons: Fixtures.lexicons)
        XCTAssertNil(config.reference)
        XCTAssertTrue(config.ignore.isEmpty)
    }

    /// Every mistake is a config error (78) naming the file and the line it is on.
    func testErrorsNameFileAndLine() {
        let cases: [(String, String)] = [
            ("reference: en\nrefrence: de\n", ".policyalign.yml:2: unknown key `refrence`"),
            ("keep:\n  - Acme\nreference: xx\n", ".policyalign.yml:3: no lexicon for language `xx`"),
            ("ignore:\n  - kind: omited\n", ".policyalign.yml:2: no finding kind `omited`"),
            ("ignore:\n  - kind: omitted\n  - reason: nothing else\n", ".policyalign.yml:3: an ignore rule needs at least one"),
            ("ignore:\n  - fingerprint: 12ab\n", ".policyalign.yml:2: a fingerprint is 16 hex digits"),
            ("fail-on: [everything]\n", ".policyalign.yml:1: fail-on takes"),
            ("ignore: [\n", ".policyalign.yml:2: not valid YAML"),
            ("- just\n- a list\n", ".policyalign.yml:1: expected keys"),
            ("languages:\n  \"*.md\": [ms]\n", ".policyalign.yml:2: expected a text value"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try ProjectConfig.parse(text, path: ".policyalign.yml", lexicons: Fixtures.lexicons), text) { error in
                let error = error as! PolicyError
                XCTAssertEqual(error.kind, .config, text)
                XCTAssertTrue(error.message.hasPrefix(expected), "\(error.message) does not start with \(expected)")
            }
        }
    }

    private func finding(_ kind: Finding.Kind, file: String, value: String) -> Finding {
        Finding(kind: kind, severity: .error, file: file, line: 3, sourceFile: "privacy.en.md", sourceLine: 3, label: "retention",
                message: "differs", values: ["translation": value], fingerprintParts: [value])
    }

    func testIgnoreRulesNeedEveryConditionTheyGive() {
        let thai = finding(.factMismatch, file: "docs/privacy.th.md", value: "5 ปี")
        let malay = finding(.factMismatch, file: "docs/privacy.ms.md", value: "support@acme.example")
        let omitted = finding(.omitted, file: "docs/privacy.th.md", value: "x")
        let filter = FindingsFilter(rules: [
            IgnoreRule(kinds: [.factMismatch], file: "*.th.md"),
            IgnoreRule(value: "SUPPORT@acme.example"),
        ])
        let (kept, setAside) = filter.apply([thai, malay, omitted])
        XCTAssertEqual(kept, [omitted])
        XCTAssertEqual(setAside, 2)
        XCTAssertTrue(IgnoreRule(fingerprint: thai.fingerprint).matches(thai))
        XCTAssertFalse(IgnoreRule(fingerprint: thai.fingerprint).matches(malay))
        XCTAssertFalse(IgnoreRule(file: "other/*.th.md").matches(thai))
    }

    /// A baseline accepts each finding once, in its file: a second occurrence, or the same
    /// finding in another translation, is new.
    func testBaselineRoundTripsAndAcceptsEachFindingOnce() throws {
        let accepted = finding(.factMismatch, file: "privacy.ms.md", value: "5 tahun")
        let baseline = Baseline(findings: [accepted])
        let path = Fixtures.temporaryFile("baseline.json", Array(try baseline.encoded().utf8))
        let read = try Baseline.read(path: path)
        XCTAssertEqual(read, baseline)
        var moved = accepted
        moved.line = 40
        let elsewhere = finding(.factMismatch, file: "privacy.id.md", value: "5 tahun")
        let (kept, setAside) = FindingsFilter(baseline: read).apply([moved, moved, elsewhere])
        XCTAssertEqual(setAside, 1)
        XCTAssertEqual(kept.map(\.file), ["privacy.ms.md", "privacy.id.md"])
    }

    func testMalformedBaselineIsAConfigError() {
        for text in ["{", "{\"version\": 1}", "{\"version\": 9, \"findings\": []}", "[]"] {
            let path = Fixtures.temporaryFile("bad-baseline.json", Array(text.utf8))
            XCTAssertThrowsError(try Baseline.read(path: path), text) { error in
                XCTAssertEqual((error as! PolicyError).kind, .config, text)
            }
        }
    }
}
