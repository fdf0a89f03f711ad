import Foundation
import XCTest

/// The HTML reports lead with the findings: structure of `align --format html` and
/// `parity --format html`, and an Arabic report rendered by headless Chromium, checked by DOM.
final class HTMLReportTests: XCTestCase {
    /// Every kind a finding can be, as the legend must explain them.
    static let kinds = ["missing-section", "extra-section", "omitted", "untranslated", "untranslated-document",
                        "fact-mismatch", "fact-missing", "fact-extra", "truncated", "language-mismatch"]

    static func html(_ arguments: [String]) throws -> String {
        let run = try CLITests.run(arguments + ["--format", "html"])
        XCTAssertTrue(run.status == 0 || run.status == 1, "exit \(run.status): \(run.stderr)")
        XCTAssertTrue(run.stdout.hasSuffix("</html>\n"), "a whole page")
        return run.stdout
    }

    static func findingCount(_ arguments: [String]) throws -> Int {
        let run = try CLITests.run(arguments + ["--format", "json"])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return (json["findings"] as? [Any])?.count ?? -1
    }

    /// Values of an attribute across the page.
    static func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    static func position(_ needle: String, in html: String, file: StaticString = #filePath, line: UInt = #line) throws -> String.Index {
        try XCTUnwrap(html.range(of: needle), "\(needle) is in the page", file: file, line: line).lowerBound
    }

    /// Every `href="#x"` has an element `id="x"`, ids are unique, and nothing is loaded from elsewhere.
    static func assertSelfContained(_ html: String, file: StaticString = #filePath, line: UInt = #line) {
        let ids = values(of: "id", in: html)
        XCTAssertEqual(ids.count, Set(ids).count, "ids are unique", file: file, line: line)
        let links = values(of: "href", in: html)
        XCTAssertFalse(links.isEmpty, file: file, line: line)
        for link in links {
            XCTAssertTrue(link.hasPrefix("#"), "only links inside the page: \(link)", file: file, line: line)
            XCTAssertTrue(ids.contains(String(link.dropFirst())), "\(link) has a target", file: file, line: line)
        }
        let lowered = html.lowercased()
        for external in ["<script", "<link ", "<img", "@import", " src=", "url("] {
            XCTAssertFalse(lowered.contains(external), "no \(external)", file: file, line: line)
        }
    }

    func testAlignmentReportLeadsWithVerdictFindingsLegendAndContents() throws {
        let arguments = ["align", "Corpus/dynatron/en.txt", "Tests/Fixtures/perturbed/ar/changed.txt"]
        let html = try Self.html(arguments)
        Self.assertSelfContained(html)

        // Verdict, findings, legend, contents, then the side by side.
        let verdict = try Self.position("<h2 id=\"verdict\">", in: html)
        let findings = try Self.position("<h2 id=\"findings\">", in: html)
        let legend = try Self.position("<dl class=\"kinds\">", in: html)
        let contents = try Self.position("<nav class=\"toc\">", in: html)
        let side = try Self.position("<h2 id=\"side\">", in: html)
        let table = try Self.position("<table>\n<thead>", in: html)
        XCTAssertEqual([verdict, findings, legend, contents, side, table], [verdict, findings, legend, contents, side, table].sorted())

        // The verdict counts the findings by severity and kind, and gives the untranslated share.
        let verdictRow = try XCTUnwrap(html.components(separatedBy: "<table class=\"verdict\">").dropFirst().first?.components(separatedBy: "</table>").first)
        XCTAssertTrue(verdictRow.contains("<bdi>Tests/Fixtures/perturbed/ar/changed.txt</bdi>"), verdictRow)
        XCTAssertTrue(verdictRow.contains("needs fixing"), verdictRow)
        XCTAssertTrue(verdictRow.contains("<td class=\"num\">4</td><td class=\"num\">0</td><td class=\"num\">0</td>"), verdictRow)
        XCTAssertTrue(verdictRow.contains("4 <span class=\"kind\">fact-mismatch</span>"), verdictRow)
        XCTAssertTrue(verdictRow.contains("<td class=\"num\">0%</td>"), verdictRow)

        // Every finding listed, each with severity, kind, message, both sides and a link to its row.
        let list = String(html[findings..<legend])
        let items = list.components(separatedBy: "<li class=\"finding ").dropFirst()
        XCTAssertEqual(items.count, try Self.findingCount(arguments))
        for item in items {
            XCTAssertTrue(item.contains("<span class=\"sev "), item)
            XCTAssertTrue(item.contains("<span class=\"kind\">"), item)
            let row = try XCTUnwrap(Self.values(of: "href", in: item).first, item)
            XCTAssertTrue(row.hasPrefix("#r"), "linked to a row of the side by side: \(row)")
            XCTAssertTrue(html.contains("<tr id=\"\(row.dropFirst())\""), "\(row) is a row")
            XCTAssertTrue(item.contains("<dt>translation</dt><dd lang=\"ar\" dir=\"rtl\">"), item)
            XCTAssertTrue(item.contains("<dt>original</dt><dd lang=\"en\" dir=\"ltr\">"), item)
        }
        // The changed address: the message quotes both, isolated; both sides' sentences are shown.
        let address = try XCTUnwrap(items.first { $0.contains("privacy@dynatronsoftware.com") })
        XCTAssertTrue(address.contains("The translation gives “<bdi>privacy@dynatronsoftware.com</bdi>” where the original gives “<bdi>support@dynatronsoftware.com</bdi>”"), address)
        XCTAssertTrue(address.contains("فيرجى التواصل معنا عبر البريد الإلكتروني"), "the translation's sentence")
        XCTAssertTrue(address.contains("please contact us at"), "the original's sentence")

        // The legend explains every severity and kind as text.
        let legendText = String(html[legend..<contents])
        for severity in ["error", "warning", "note"] { XCTAssertTrue(legendText.contains("<span class=\"sev \(severity)\">\(severity)</span></dt><dd>"), severity) }
        for kind in Self.kinds { XCTAssertTrue(legendText.contains("<dt><span class=\"kind\">\(kind)</span></dt><dd>"), kind) }
        XCTAssertTrue(legendText.contains("a number, date, address, link or reference differs"))

        // Contents: one entry a section pair, each linked to the section's first row.
        let toc = String(html[contents..<side])
        let tocLinks = Self.values(of: "href", in: toc)
        XCTAssertEqual(tocLinks.count, html.components(separatedBy: "class=\"section-head").count - 1)
        for link in tocLinks { XCTAssertTrue(html.contains("<tr id=\"\(link.dropFirst())\" class=\"section-head"), link) }

        // File names isolated; the Arabic column right to left; sticky headers and print styles.
        XCTAssertTrue(html.contains("<th lang=\"en\" dir=\"ltr\"><bdi>Corpus/dynatron/en.txt</bdi></th>"))
        XCTAssertTrue(html.contains("<th lang=\"ar\" dir=\"rtl\"><bdi>Tests/Fixtures/perturbed/ar/changed.txt</bdi></th>"))
        XCTAssertTrue(html.contains("<h1><bdi>Corpus/dynatron/en.txt</bdi> → <bdi>Tests/Fixtures/perturbed/ar/changed.txt</bdi></h1>"))
        XCTAssertTrue(html.contains("<td lang=\"ar\" dir=\"rtl\">"))
        XCTAssertTrue(html.contains("thead th{position:sticky;top:0"))
        let print = try XCTUnwrap(html.components(separatedBy: "@media print{").dropFirst().first?.components(separatedBy: "\n}").first)
        XCTAssertTrue(print.contains("position:static"), print)
        XCTAssertTrue(print.contains("break-inside:avoid"), print)
    }

    /// Placeables and spans in the other direction are isolated inside policy text.
    func testBidiIsolationInsideRightToLeftText() throws {
        let html = try Self.html(["align", "Corpus/dynatron/en.txt", "Corpus/dynatron/ar.txt"])
        Self.assertSelfContained(html)
        XCTAssertTrue(html.contains("<h2 id=\"findings\">Findings</h2>\n<p class=\"meta\">No findings.</p>"))
        XCTAssertTrue(html.contains("no findings"), "the verdict says so")
        for span in ["<bdi>support@dynatronsoftware.com</bdi>", "<bdi>https://globalprivacycontrol.org/</bdi>",
                     "<bdi>Global Privacy Control</bdi>", "<bdi>Google Analytics</bdi>",
                     "<bdi>http://www.allaboutcookies.org/manage-cookies/index.html</bdi>"] {
            XCTAssertTrue(html.contains(span), span)
        }
        // A link's closing punctuation stays outside it; Arabic text is not wrapped in its own column.
        XCTAssertFalse(html.contains("https://globalprivacycontrol.org/.</bdi>"))
        XCTAssertFalse(html.contains("<bdi>كما نعالج"))
    }

    func testParityReportLeadsWithFindingsAndCountsInTheGrid() throws {
        // Malay without its children's section (folder name with an ampersand), and Arabic.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-parity-\(getpid())/a&b")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let malay = try String(contentsOf: CLITests.root.appendingPathComponent("Corpus/dynatron/ms.txt"), encoding: .utf8)
        var lines = malay.components(separatedBy: "\n")
        let heading = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("14. ") })
        lines.removeSubrange(heading...(heading + 1))
        let shortened = folder.appendingPathComponent("ms.txt")
        try lines.joined(separator: "\n").write(to: shortened, atomically: true, encoding: .utf8)

        let arguments = ["parity", "Corpus/dynatron/en.txt", shortened.path, "Tests/Fixtures/perturbed/ar/changed.txt"]
        let html = try Self.html(arguments)
        Self.assertSelfContained(html)
        let escapedPath = shortened.path.replacingOccurrences(of: "&", with: "&amp;")
        XCTAssertTrue(html.contains("<bdi>\(escapedPath)</bdi>"), "the file name escaped and isolated")
        XCTAssertFalse(html.contains("a&b"), "escaped everywhere")

        let verdict = try Self.position("<h2 id=\"verdict\">", in: html)
        let findings = try Self.position("<h2 id=\"findings\">", in: html)
        let legend = try Self.position("<dl class=\"kinds\">", in: html)
        let contents = try Self.position("<nav class=\"toc\">", in: html)
        let grid = try Self.position("<h2 id=\"grid\">", in: html)
        let first = try Self.position("<h2 id=\"doc-1\">", in: html)
        XCTAssertEqual([verdict, findings, legend, contents, grid, first], [verdict, findings, legend, contents, grid, first].sorted())

        // One verdict row a translation, linked to its report.
        let verdictTable = String(html[verdict..<findings])
        XCTAssertEqual(verdictTable.components(separatedBy: "<tr><td><a href=\"#doc-").count - 1, 2)

        // Each finding links into its translation's table (or to its report) and shows both sides.
        let items = String(html[findings..<legend]).components(separatedBy: "<li class=\"finding ").dropFirst()
        XCTAssertEqual(items.count, try Self.findingCount(arguments))
        for item in items {
            let link = try XCTUnwrap(Self.values(of: "href", in: item).first, item)
            XCTAssertTrue(link.hasPrefix("#doc-"), link)
            XCTAssertTrue(item.contains("<dl class=\"sides\">"), item)
        }
        let missing = try XCTUnwrap(items.first { $0.contains("missing-section") })
        XCTAssertTrue(missing.contains("Use of Services by Minors"), missing)
        XCTAssertTrue(missing.contains("<dt>translation</dt><dd lang=\"ms\" dir=\"ltr\"><i>(nothing)</i>"), missing)

        // The grid counts the reference's sections with each label that have a counterpart,
        // and says "missing" in words.
        let gridTable = try XCTUnwrap(html[grid...].components(separatedBy: "</table>").first)
        let children = try XCTUnwrap(gridTable.components(separatedBy: "\n").first { $0.hasPrefix("<tr><th>children</th>") })
        XCTAssertTrue(children.contains("<td class=\"missing\"><a href=\"#doc-1-r"), children)
        XCTAssertTrue(children.contains(">missing 0/1</a></td>"), children)
        XCTAssertTrue(children.contains(">✓ 1/1</a></td>"), children)
        let retention = try XCTUnwrap(gridTable.components(separatedBy: "\n").first { $0.hasPrefix("<tr><th>retention</th>") })
        XCTAssertTrue(retention.contains("<td class=\"present\">1 section</td>"), retention)
        XCTAssertTrue(retention.contains(">✓ 1/1</a></td>"), retention)
        XCTAssertTrue(gridTable.contains("<table class=\"heat\"><thead>"))
        XCTAssertTrue(html.contains(".heat td.missing{"), "missing cells stand out")
    }

    /// The report of an Arabic translation as Chromium builds it: the Arabic column is right
    /// to left, and the file name, an address and an English span inside the Arabic text are
    /// isolated in `<bdi>` elements of the DOM.
    func testChromiumKeepsTheArabicColumnRightToLeftWithIsolatedSpans() throws {
        guard let browser = ReportToolTests.tool(["chromium", "chromium-browser", "google-chrome"]) else {
            throw XCTSkip("no chromium binary found (apt-get install chromium): the HTML report was not rendered")
        }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("arabic-\(getpid()).html")
        defer { try? FileManager.default.removeItem(at: report) }
        let result = try CLITests.run(["align", "Corpus/dynatron/en.txt", "Corpus/dynatron/ar.txt", "--format", "html", "--output", report.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        var arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--virtual-time-budget=2000", "--dump-dom", report.absoluteString]
        var executable = browser
        if let timeout = ReportToolTests.tool(["timeout"]) {
            arguments.insert(contentsOf: ["60", browser], at: 0)
            executable = timeout
        }
        let run = try CLITests.execute(URL(fileURLWithPath: executable), arguments)
        XCTAssertEqual(run.status, 0, run.stderr)
        let dom = try XCTUnwrap(DOM.parse(run.stdout), "the DOM was dumped")

        let rightToLeft = dom.all { $0.tag == "td" && $0["dir"] == "rtl" && $0["lang"] == "ar" }
        XCTAssertGreaterThan(rightToLeft.count, 50, "the Arabic column's cells are right to left")
        XCTAssertGreaterThan(dom.all { $0.tag == "td" && $0["dir"] == "ltr" && $0["lang"] == "en" }.count, 50, "the English column's are left to right")
        let header = try XCTUnwrap(dom.all { $0.tag == "th" && $0["dir"] == "rtl" }.first, "the Arabic column's header")
        XCTAssertEqual(header.children.first { $0.tag == "bdi" }?.text, "Corpus/dynatron/ar.txt", "the file name is isolated")

        let isolated = dom.all { $0.tag == "bdi" }
        func insideArabicCell(_ text: String) -> Bool {
            isolated.contains { $0.text == text && $0.ancestor { $0.tag == "td" }.map { $0["dir"] == "rtl" } == true }
        }
        XCTAssertTrue(insideArabicCell("support@dynatronsoftware.com"), "the e-mail address in the Arabic text is isolated")
        XCTAssertTrue(insideArabicCell("https://globalprivacycontrol.org/"), "the link in the Arabic text is isolated")
        XCTAssertTrue(insideArabicCell("Global Privacy Control"), "the English name in the Arabic text is isolated")
        XCTAssertTrue(isolated.contains { $0.text == "Corpus/dynatron/ar.txt" && $0.ancestor { $0.tag == "h1" } != nil }, "the title's file name is isolated")
        // The findings list comes before the side by side in the rendered page too.
        let headings = dom.all { $0.tag == "h2" }.compactMap { $0["id"] }
        XCTAssertEqual(headings, ["verdict", "findings", "contents", "side"])
    }
}

/// Just enough of an HTML tree to check a browser's serialised DOM: elements with their
/// attributes, children and text; void elements and raw-text elements as browsers write them.
final class DOM {
    let tag: String
    var attributes: [String: String] = [:]
    var children: [DOM] = []
    weak var parent: DOM?
    private var ownText = ""

    init(tag: String) { self.tag = tag }

    subscript(_ name: String) -> String? { attributes[name] }

    /// The text content, as `textContent`.
    var text: String { tag == "#text" ? ownText : children.map(\.text).joined() }

    func all(_ predicate: (DOM) -> Bool) -> [DOM] {
        (predicate(self) ? [self] : []) + children.flatMap { $0.all(predicate) }
    }

    func ancestor(_ predicate: (DOM) -> Bool) -> DOM? {
        var node = parent
        while let current = node, !predicate(current) { node = current.parent }
        return node
    }

    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    static func parse(_ html: String) -> DOM? {
        let root = DOM(tag: "#document")
        var current = root
        let scalars = Array(html.unicodeScalars)
        var index = 0
        func string(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        func find(_ needle: String, from start: Int) -> Int? {
            let pattern = Array(needle.unicodeScalars)
            var i = start
            while i + pattern.count <= scalars.count {
                if Array(scalars[i..<(i + pattern.count)]) == pattern { return i }
                i += 1
            }
            return nil
        }
        func appendText(_ text: String) {
            guard !text.isEmpty else { return }
            let node = DOM(tag: "#text")
            node.ownText = decode(text)
            node.parent = current
            current.children.append(node)
        }
        while index < scalars.count {
            guard scalars[index] == "<" else {
                let end = find("<", from: index) ?? scalars.count
                appendText(string(index..<end))
                index = end
                continue
            }
            guard let close = find(">", from: index) else { return nil }
            let inner = string((index + 1)..<close)
            index = close + 1
            if inner.hasPrefix("!") || inner.hasPrefix("?") { continue }
            if inner.hasPrefix("/") {
                let name = inner.dropFirst().trimmingCharacters(in: .whitespaces).lowercased()
                var node: DOM? = current
                while let open = node, open.tag != name { node = open.parent }
                if let open = node, let parent = open.parent { current = parent }
                continue
            }
            let name = String(inner.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
            let element = DOM(tag: name)
            var rest = Substring(inner.dropFirst(name.count))
            while let equals = rest.firstIndex(of: "=") {
                let key = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
                rest = rest[rest.index(after: equals)...]
                guard rest.first == "\"", let end = rest.dropFirst().firstIndex(of: "\"") else { break }
                element.attributes[String(key.split(separator: " ").last ?? "")] = decode(String(rest[rest.index(after: rest.startIndex)..<end]))
                rest = rest[rest.index(after: end)...]
            }
            element.parent = current
            current.children.append(element)
            if name == "style" || name == "script" || name == "textarea" || name == "title" {
                let end = find("</\(name)", from: index) ?? scalars.count
                let text = DOM(tag: "#text")
                text.ownText = string(index..<end)
                element.children.append(text)
                index = end
                continue
            }
            if !void.contains(name) && !inner.hasSuffix("/") { current = element }
        }
        return root
    }

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = "", rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) < 12 else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = String(rest[rest.index(after: amp)..<semi])
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            case "nbsp": out += "\u{A0}"
            default:
                let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { out.unicodeScalars.append(scalar) } else { out += "&\(entity);" }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}
