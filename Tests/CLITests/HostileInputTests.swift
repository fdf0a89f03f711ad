import Foundation
import XCTest

/// Degenerate and hostile input, one row each: a result or one clear error with the
/// contract's exit code; never a crash, a hang, or a partial output file.
final class HostileInputTests: XCTestCase {
    enum Expect { case result, error(Int32), resultOrError(Int32) }

    struct Case {
        let name: String
        let fileName: String
        let bytes: [UInt8]
        let expect: Expect
        var check: ((String) -> Void)? = nil
    }

    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let cases: [Case] = [
        Case(name: "0 bytes", fileName: "empty.txt", bytes: [], expect: .error(65)),
        Case(name: "only whitespace", fileName: "blank.txt", bytes: utf8("  \n\t\n \u{00A0} \r\n"), expect: .error(65)),
        Case(name: "only a BOM", fileName: "bom.txt", bytes: [0xEF, 0xBB, 0xBF], expect: .error(65)),
        Case(name: "NUL bytes", fileName: "nul.txt", bytes: utf8("Privacy Policy") + [0, 0, 0] + utf8("We collect data."), expect: .error(65)),
        Case(name: "invalid UTF-8 in a valid file", fileName: "broken.txt",
             bytes: utf8("Privacy Policy\nWe collect your data.\n") + [0xC3, 0x28, 0xA0, 0xFF] + utf8("\n1. Contact\nEmail us.\n"),
             expect: .resultOrError(65)),
        Case(name: "UTF-16 without BOM", fileName: "utf16.txt",
             bytes: Array("Privacy Policy\n1. Data We Collect\nWe collect your name.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
             expect: .result, check: { json in XCTAssertTrue(json.contains("\"1. Data We Collect\"")) }),
        Case(name: "mixed line endings", fileName: "endings.txt",
             bytes: utf8("Privacy Policy\r\nWe collect data about you.\r1. Data Retention\nWe keep data for 7 years.\u{2028}2. Contact Us\r\nEmail us at a@b.io today.\n"),
             expect: .result, check: { json in
                 XCTAssertTrue(json.contains("\"startLine\" : 3"), json)
                 XCTAssertTrue(json.contains("\"startLine\" : 5"), json)
             }),
        Case(name: "a 1 MB line", fileName: "long-line.txt",
             bytes: utf8("Privacy Policy\n" + String(repeating: "We collect data about you. ", count: 40_000) + "\n"), expect: .result),
        Case(name: "1,000,000 lines of one character", fileName: "many-lines.txt",
             bytes: Array(repeating: utf8("a\n"), count: 1_000_000).flatMap { $0 }, expect: .result),
        Case(name: "10,000 headings with no body", fileName: "headings.txt",
             bytes: utf8((1...10_000).map { "\($0). Heading Number \($0)" }.joined(separator: "\n")), expect: .result),
        Case(name: "HTML nested 200 levels", fileName: "nested.html",
             bytes: utf8("<html><body>" + String(repeating: "<div>", count: 200) + "<h2>Cookies</h2><p>We use cookies.</p>" + String(repeating: "</div>", count: 200)),
             expect: .result, check: { json in XCTAssertTrue(json.contains("\"Cookies\"")) }),
        Case(name: "unclosed tags", fileName: "unclosed.html",
             bytes: utf8("<html><body><h1>Privacy<p>We collect data<h2>Cookies<p>We use cookies<li>one<li>two<table><td>cell"),
             expect: .result, check: { json in XCTAssertTrue(json.contains("\"Cookies\"")) }),
        Case(name: "HTML of one script", fileName: "script.html", bytes: utf8("<script>alert(1)</script>"), expect: .error(65)),
        // Markup that opens and never closes, over one long line: read in linear time.
        Case(name: "Markdown brackets and tags that never close", fileName: "unclosed.md",
             bytes: utf8("# Privacy\n\n" + String(repeating: "[", count: 100_000) + String(repeating: "<", count: 100_000)
                         + String(repeating: "[^", count: 50_000) + String(repeating: "{%", count: 50_000)
                         + String(repeating: "[a](", count: 50_000) + "\n"), expect: .result),
        Case(name: "right-to-left overrides and zero-width characters", fileName: "bidi.txt",
             bytes: utf8("Privacy\u{200B} Policy\nWe col\u{202E}lect da\u{200D}ta about\u{2066} you.\n1. Con\u{FEFF}tact\nEmail us.\n"), expect: .result),
        Case(name: "combining-mark storm", fileName: "storm.txt",
             bytes: utf8("Privacy Policy\nWe colle" + String(repeating: "\u{0301}", count: 20_000) + "ct data.\n"), expect: .result),
        Case(name: "every digit system", fileName: "digits.txt",
             bytes: utf8("Privacy Policy\nWe keep data for 7, ๗, ٧, ۷, ७, ৭, ７ years.\n1. Retention\nKept ๑๒ months.\n"), expect: .result),
    ]

    func testEveryCase() throws {
        for item in Self.cases {
            let path = CLITests.temporaryFile(item.fileName, item.bytes)
            let output = path + ".out.json"
            try? FileManager.default.removeItem(atPath: output)
            let started = Date()
            let result = try CLITests.run(["sections", path, "--format", "json", "--output", output])
            XCTAssertLessThan(Date().timeIntervalSince(started), 120, "\(item.name): took too long")
            XCTAssertEqual(result.stdout, "", item.name)
            switch item.expect {
            case .result:
                XCTAssertEqual(result.status, 0, "\(item.name): \(result.stderr)")
                let json = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
                XCTAssertNotNil(try? JSONSerialization.jsonObject(with: Data(json.utf8)), "\(item.name): output is JSON")
                item.check?(json)
            case .error(let code):
                XCTAssertEqual(result.status, code, "\(item.name): \(result.stderr)")
                XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "\(item.name): one line on stderr")
                XCTAssertTrue(result.stderr.contains(item.fileName), "\(item.name): the error names the file")
                XCTAssertFalse(FileManager.default.fileExists(atPath: output), "\(item.name): no output file on error")
            case .resultOrError(let code):
                XCTAssertTrue(result.status == 0 || result.status == code, "\(item.name): exit \(result.status)")
            }
        }
    }

    func testLexiconEdgeCases() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-lexicons-\(getpid())")
        func lexiconDirectory(_ name: String, _ bytes: [UInt8]) throws -> String {
            let directory = base.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: directory)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for name in ["taxonomy.txt", "concepts.txt"] {
                try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("Lexicons/" + name),
                                                 to: directory.appendingPathComponent(name))
            }
            try Data(bytes).write(to: directory.appendingPathComponent("en.lex"))
            return directory.path
        }
        let english = try String(contentsOf: CLITests.root.appendingPathComponent("Lexicons/en.lex"), encoding: .utf8)

        // A BOM, tabs and CRLF line ends are fine.
        let tidy = "\u{FEFF}" + english.replacingOccurrences(of: "heading: ", with: "heading:\t").replacingOccurrences(of: "\n", with: "\r\n")
        let ok = try CLITests.run(["lexicon", "check", "--lexicons", try lexiconDirectory("tidy", Self.utf8(tidy))])
        XCTAssertEqual(ok.status, 0, ok.stderr)

        for (name, text, message) in [
            ("duplicate", english + "\n[retention]\nheading: data retention\n", "appears twice"),
            ("unknown", english + "\n[retentoin]\nbody: keep\n", "unknown section id `retentoin`"),
        ] {
            let result = try CLITests.run(["lexicon", "check", "--lexicons", try lexiconDirectory(name, Self.utf8(text))])
            XCTAssertEqual(result.status, 65, name)
            XCTAssertTrue(result.stderr.contains("en.lex:"), "\(name): names the file and line: \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(name): \(result.stderr)")
        }
        let badByte = Self.utf8(english) + [0x0A, 0xFF, 0x0A]
        let result = try CLITests.run(["lexicon", "check", "--lexicons", try lexiconDirectory("bytes", badByte)])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("not valid UTF-8"), result.stderr)
        // Other commands refuse a malformed lexicon with one line.
        let sections = try CLITests.run(["sections", "Corpus/dynatron/en.txt", "--lexicons", try lexiconDirectory("unknown2", Self.utf8(english + "\n[bogus]\n"))])
        XCTAssertEqual(sections.status, 65)
        XCTAssertEqual(sections.stderr.split(separator: "\n").count, 1)
    }
}
