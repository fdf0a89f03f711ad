import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `align --format xliff`: an XLIFF 2.1 document a CAT tool opens, valid against the OASIS
/// core schema (Tests/Fixtures/xliff/schema), with each finding an ITS quality issue on the
/// text concerned.
final class XLIFFTests: XCTestCase {
    static let schema = CLITests.root.appendingPathComponent("Tests/Fixtures/xliff/schema/xliff_core_2.0.xsd").path

    /// The Portuguese translation of Corpus/dynatron with the facts changed
    /// (Tests/Fixtures/perturbed/pt/changed.txt: 12 months made 24 on line 53), the list item
    /// of line 33 left in English, and the second sentence of line 84 left out.
    static func perturbed(in folder: URL) throws -> String {
        let english = try String(contentsOf: CLITests.root.appendingPathComponent("Corpus/dynatron/en.txt"), encoding: .utf8)
            .components(separatedBy: "\n")
        var lines = try String(contentsOf: CLITests.root.appendingPathComponent("Tests/Fixtures/perturbed/pt/changed.txt"),
                               encoding: .utf8).components(separatedBy: "\n")
        lines[32] = english[32]
        let dropped = try XCTUnwrap(lines[83].range(of: " A inclusão de um link"))
        lines[83] = String(lines[83][..<dropped.lowerBound])
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("privacy.pt.txt").path
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testAlignmentAsXLIFFWithQualityIssues() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xliff-\(getpid())")
        let translation = try Self.perturbed(in: folder)
        let result = try CLITests.run(["align", "Corpus/dynatron/en.txt", translation, "--lang", "pt-BR", "--format", "xliff"])
        XCTAssertEqual(result.status, 0, result.stderr)
        try validate(result.stdout)
        let document = try XLIFFDocument(result.stdout)

        XCTAssertEqual(document.root["xmlns"], "urn:oasis:names:tc:xliff:document:2.0")
        XCTAssertEqual(document.root["version"], "2.1")
        XCTAssertEqual(document.root["xmlns:its"], "http://www.w3.org/2005/11/its")
        XCTAssertEqual(document.root["its:version"], "2.0")
        XCTAssertEqual(document.root["srcLang"], "en")
        XCTAssertEqual(document.root["trgLang"], "pt-BR", "the region given is kept")

        // File names only, never a local path.
        XCTAssertEqual(document.files, ["en.txt"])
        XCTAssertFalse(document.files.contains { $0.contains("/") })
        XCTAssertFalse(result.stdout.contains(folder.path) || result.stdout.contains("Corpus/"), "no local paths")

        // One unit per sentence pair with text, in the order of the JSON's pairs.
        let json = try CLITests.run(["align", "Corpus/dynatron/en.txt", translation, "--lang", "pt-BR", "--format", "json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let pairs = try XCTUnwrap(object["sentencePairs"] as? [[String: Any]]).map { pair in
            ((pair["source"] as? [String: Any])?["text"] as? String ?? "", (pair["target"] as? [String: Any])?["text"] as? String ?? "")
        }.filter { !$0.0.isEmpty || !$0.1.isEmpty }
        XCTAssertEqual(document.units.count, pairs.count)
        XCTAssertEqual(document.units.map(\.id), (1...max(1, pairs.count)).map { "u\($0)" })
        XCTAssertEqual(document.units.map(\.source), pairs.map(\.0))
        XCTAssertEqual(document.units.map { $0.target ?? "" }, pairs.map(\.1))
        XCTAssertTrue(document.units.allSatisfy { $0.notes.first?.category == "policyalign-section" && !$0.notes[0].text.isEmpty })

        // The list item left in English: the whole target marked untranslated.
        let untranslated = try XCTUnwrap(document.units.first { $0.target?.hasPrefix("The length of time we have an ongoing") == true })
        let issue = try XCTUnwrap(untranslated.marks.first { $0.attributes["its:locQualityIssueType"] == "untranslated" }, "\(untranslated)")
        XCTAssertEqual(issue.attributes["type"], "its:generic")
        XCTAssertEqual(issue.attributes["its:locQualityIssueSeverity"], "90")
        XCTAssertTrue(issue.attributes["its:locQualityIssueComment"]?.hasPrefix("Still in English:") == true)
        XCTAssertEqual(untranslated.state, "translated")

        // The 12 months made 24: the span marked, as a mistranslation (see XLIFFReporter.issueType).
        let changed = try XCTUnwrap(document.units.first { $0.target?.contains("24 meses") == true })
        let fact = try XCTUnwrap(changed.marks.first { $0.attributes["its:locQualityIssueType"] == "mistranslation" }, "\(changed)")
        XCTAssertEqual(fact.text, "24 meses")
        XCTAssertEqual(fact.attributes["its:locQualityIssueSeverity"], "90")
        XCTAssertEqual(fact.attributes["its:locQualityIssueComment"], "The translation gives “24 meses” where the original gives “12 months”")
        // Mark ids are unique within their unit.
        for unit in document.units { XCTAssertEqual(Set(unit.marks.map(\.id)).count, unit.marks.count) }

        // The sentence left out: no target, state initial, the omission marked on the source.
        let omitted = try XCTUnwrap(document.units.first { $0.source.hasPrefix("The inclusion of a link on the Services") })
        XCTAssertNil(omitted.target)
        XCTAssertEqual(omitted.state, "initial")
        XCTAssertEqual(omitted.marks.first?.attributes["its:locQualityIssueType"], "omission", "\(omitted)")
        XCTAssertEqual(omitted.marks.first?.inTarget, false)
        XCTAssertEqual(document.units.filter { $0.target == nil }.count, pairs.filter { $0.1.isEmpty }.count)

        // Without tags given, the detected languages; with a region given for both, both kept.
        let detected = try XLIFFDocument(try CLITests.run(["align", "Corpus/dynatron/en.txt", translation, "--format", "xliff"]).stdout)
        XCTAssertEqual(detected.root["srcLang"], "en")
        XCTAssertEqual(detected.root["trgLang"], "pt")
        let regions = try CLITests.run(["align", "Corpus/dynatron/en.txt", translation, "--source-lang", "en-GB", "--lang", "pt-BR",
                                        "--format", "xliff"])
        XCTAssertEqual(regions.status, 0, regions.stderr)
        let tagged = try XLIFFDocument(regions.stdout)
        XCTAssertEqual(tagged.root["srcLang"], "en-GB")
        XCTAssertEqual(tagged.root["trgLang"], "pt-BR")
    }

    /// Policy text with markup, quotes and a control character XML 1.0 cannot carry.
    func testPolicyTextIsEscaped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xliff-hostile-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = try String(contentsOf: CLITests.root.appendingPathComponent("Tests/Fixtures/hostile/ms.txt"), encoding: .utf8)
        text = text.replacingOccurrences(of: "apabila anda membuat akaun.", with: "apabila anda membuat akaun \u{1}R&D \"x\" 'y'.")
        let translation = folder.appendingPathComponent("ms.txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: translation))
        let output = folder.appendingPathComponent("out.xlf").path
        let result = try CLITests.run(["align", "Tests/Fixtures/hostile/en.txt", translation, "--format", "xliff", "--output", output])
        XCTAssertEqual(result.status, 0, result.stderr)
        let xliff = try String(contentsOfFile: output, encoding: .utf8)
        try validate(xliff)
        let document = try XLIFFDocument(xliff)
        XCTAssertFalse(xliff.unicodeScalars.contains("\u{1}"), "no raw control character")
        XCTAssertTrue(xliff.contains("<cp hex=\"0001\"/>"), xliff)
        XCTAssertTrue(document.units.contains { $0.source == "Privacy Policy <script>alert(\"title\")</script>" }, "markup is text")
        XCTAssertTrue(document.units.contains { $0.target?.contains("<b onmouseover=alert(2)>tebal</b>") == true })
        XCTAssertTrue(document.units.contains { $0.target?.contains("R&D \"x\" 'y'") == true })
        // The English sentence left in, and the 5 years for 7, each marked in the same segment.
        let retention = try XCTUnwrap(document.units.first { $0.target?.contains("5 tahun") == true })
        XCTAssertEqual(Set(retention.marks.compactMap { $0.attributes["its:locQualityIssueType"] }), ["mistranslation", "untranslated"])
    }

    func testFormatIsListedForAlignOnly() throws {
        let help = try CLITests.run(["align", "--help"])
        XCTAssertTrue(help.stdout.contains("xliff"), help.stdout)
        XCTAssertEqual(try CLITests.run(["untranslated", "Corpus/dynatron/th.txt", "--format", "xliff"]).status, 64)
        XCTAssertEqual(try CLITests.run(["parity", "Corpus/dynatron/en.txt", "Corpus/dynatron/th.txt", "--format", "xliff"]).status, 64)
    }

    /// translate-toolkit (what Weblate and Pootle read XLIFF with) loads the output: its units,
    /// sources and targets are the ones written.
    func testTranslateToolkitLoadsTheOutput() throws {
        guard let python = ReportToolTests.tool(["python3"]),
              try CLITests.execute(URL(fileURLWithPath: python), ["-c", "import translate.storage.xliff2"]).status == 0 else {
            throw XCTSkip("translate-toolkit not installed (pip install translate-toolkit): the XLIFF was not loaded with it")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xliff-ttk-\(getpid())")
        let translation = try Self.perturbed(in: folder)
        let result = try CLITests.run(["align", "Corpus/dynatron/en.txt", translation, "--lang", "pt-BR", "--format", "xliff"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let written = try XLIFFDocument(result.stdout)
        let path = CLITests.temporaryFile("ttk-\(UUID().uuidString).xlf", Array(result.stdout.utf8))
        let script = """
            import json, sys
            from translate.storage import xliff2
            store = xliff2.Xliff2File.parsefile(sys.argv[1])
            print(json.dumps([[u.getid(), str(u.source), str(u.target or "")] for u in store.units]))
            """
        let run = try CLITests.execute(URL(fileURLWithPath: python), ["-c", script, path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let units = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String]])
        XCTAssertEqual(units.map { $0[0] }, written.units.map(\.id))
        XCTAssertEqual(units.map { $0[1] }, written.units.map(\.source))
        XCTAssertEqual(units.map { $0[2] }, written.units.map { $0.target ?? "" })
    }

    /// Validates against the OASIS XLIFF 2 core schema when xmllint is installed, failing with
    /// xmllint's message.
    private func validate(_ xliff: String) throws {
        guard let xmllint = ReportToolTests.tool(["xmllint"]) else {
            print("xmllint not installed (apt-get install libxml2-utils): the XLIFF was only parsed, not validated")
            return
        }
        let path = CLITests.temporaryFile("check-\(UUID().uuidString).xlf", Array(xliff.utf8))
        let run = try CLITests.execute(URL(fileURLWithPath: xmllint), ["--noout", "--nonet", "--schema", Self.schema, path])
        XCTAssertEqual(run.status, 0, "xmllint rejected the XLIFF: \(run.stderr)")
    }
}

/// What the tests read back from an XLIFF document, with Foundation's XML parser (which
/// fails on anything not well-formed).
struct XLIFFDocument {
    struct Note { var category: String?; var text: String }
    struct Mark { var id: String; var attributes: [String: String]; var text: String; var inTarget: Bool }
    struct Unit {
        var id: String
        var state: String?
        var notes: [Note] = []
        var source = ""
        var target: String?
        var marks: [Mark] = []
    }

    var root: [String: String] = [:]
    var files: [String] = []
    var units: [Unit] = []

    init(_ xliff: String) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(xliff.utf8))
        parser.delegate = reader
        guard parser.parse() else {
            throw NSError(domain: "XLIFFTests", code: 1, userInfo: [NSLocalizedDescriptionKey:
                "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)"])
        }
        root = reader.root
        files = reader.files
        units = reader.units
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var root: [String: String] = [:]
        var files: [String] = []
        var units: [Unit] = []
        var path: [String] = []
        var note: Note?
        var open: [Mark] = []   // marks being read, innermost last

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            path.append(name)
            switch name {
            case "xliff": root = attributes
            case "file": files.append(attributes["original"] ?? "")
            case "unit": units.append(Unit(id: attributes["id"] ?? ""))
            case "segment": units[units.count - 1].state = attributes["state"]
            case "note": note = Note(category: attributes["category"], text: "")
            case "target": units[units.count - 1].target = ""
            case "mrk": open.append(Mark(id: attributes["id"] ?? "", attributes: attributes, text: "", inTarget: path.contains("target")))
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            path.removeLast()
            if name == "note", let note {
                if path.last == "notes", path.dropLast().last == "unit" { units[units.count - 1].notes.append(note) }
                self.note = nil
            }
            if name == "mrk", let mark = open.popLast() { units[units.count - 1].marks.append(mark) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if note != nil { note?.text += string; return }
            for index in open.indices { open[index].text += string }
            if path.contains("target") { units[units.count - 1].target? += string } else if path.contains("source") { units[units.count - 1].source += string }
        }
    }
}
