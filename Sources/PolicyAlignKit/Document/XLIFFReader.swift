import Foundation
import PolicyText

/// A bilingual file from a CAT tool (OmegaT, memoQ, Trados, Okapi, Weblate): its units'
/// sources are the original, their targets the translation, so one file is checked on its
/// own. Both sides are documents whose blocks are units, at the lines of their `<source>`
/// and `<target>` elements.
public struct BilingualDocument: Sendable {
    public struct Unit: Sendable, Equatable {
        /// The unit's id as the file gives it (`<trans-unit id>`, `<unit id>`).
        public let id: String
        public let source: String
        /// Nil when the unit has no target or an empty one.
        public let target: String?
        public let sourceLine: Int
        public let targetLine: Int?
        /// False for `translate="no"`: the text is meant to stay as it is.
        public let translatable: Bool
        /// The target's state as written (`translated`, `needs-translation`, `final`...).
        public let state: String?
        /// A heading level the file's markup gives (`restype="x-h2"`), if any.
        public let headingLevel: Int?
        public let sourceLinks: [Link]
        public let targetLinks: [Link]
    }

    public let file: String
    /// "1.2", "2.1": the version the root element's namespace names.
    public let version: String
    public let sourceLanguage: String?
    public let targetLanguage: String?
    public let units: [Unit]

    /// The original: every unit's source.
    public var original: PolicyDocument { document(targets: false) }
    /// The translation: every unit's target, or its source where it has none (as CAT tools
    /// export an unfinished file), so both sides keep one structure; `review` turns such
    /// units into one finding each.
    public var translation: PolicyDocument { document(targets: true) }

    /// Units that start a section, by index, with the level: set once the original's
    /// sections are known (see `PolicyAnalyzer.analyze(_:)`), so both sides share them.
    var sectionStarts: [Int: Int] = [:]

    init(file: String, version: String, sourceLanguage: String?, targetLanguage: String?, units: [Unit]) {
        self.file = file
        self.version = version
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.units = units
    }

    private func document(targets: Bool) -> PolicyDocument {
        var blocks: [Block] = []
        for (index, unit) in units.enumerated() {
            let translated = targets ? unit.target : nil
            let text = translated ?? unit.source
            let line = targets ? unit.targetLine ?? unit.sourceLine : unit.sourceLine
            let level = sectionStarts[index] ?? unit.headingLevel
            // A shared anchor (the unit id) pairs the two sides' sections.
            blocks.append(Block(kind: level.map { .heading(level: $0) } ?? .line, text: text, line: line,
                                endLine: line + Self.lineBreaks(in: text),
                                links: translated != nil ? unit.targetLinks : unit.sourceLinks,
                                anchor: level != nil ? unit.id : nil))
        }
        let lastLine = units.map { max($0.sourceLine, $0.targetLine ?? 0) }.max() ?? 1
        return PolicyDocument(file: file, format: .xliff, encoding: "UTF-8", lineCount: lastLine, blocks: blocks)
    }

    /// Line breaks in a unit's text: the lines its element runs over past its first.
    static func lineBreaks(in text: String) -> Int { text.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }

    /// Finds the unit a line falls in, on the translation's side or the original's; `text`
    /// tells units on one line apart (a file written on one line). Built once per review.
    struct UnitIndex {
        private var unitsAtLine: [Int: [Int]] = [:]
        private let units: [Unit]
        private let translation: Bool

        init(_ document: BilingualDocument, translation: Bool) {
            units = document.units
            self.translation = translation
            for (index, unit) in units.enumerated() {
                let start = translation ? unit.targetLine ?? unit.sourceLine : unit.sourceLine
                let newlines = BilingualDocument.lineBreaks(in: text(of: unit))
                for line in start...(start + newlines) { unitsAtLine[line, default: []].append(index) }
            }
        }

        private func text(of unit: Unit) -> String { translation ? unit.target ?? unit.source : unit.source }

        func unit(atLine line: Int, containing text: String?) -> Int? {
            guard let candidates = unitsAtLine[line] else { return nil }
            guard candidates.count > 1, let text, !text.isEmpty else { return candidates.first }
            return candidates.first { self.text(of: units[$0]).contains(text) } ?? candidates.first
        }
    }
}

/// Reads XLIFF 1.x (`<trans-unit>`) and 2.x (`<unit>` of `<segment>`s), the version told
/// from the root element's namespace, never from the file name. Inline codes (`<ph>`,
/// `<x/>`, `<bpt>`, `<sc/>`...) are placeables, not text; `<g>`, `<pc>` and `<mrk>` keep
/// their text; a link target in a code's native data (`<a href=...>`) is kept as a link.
enum XLIFFReader {
    static let namespacePrefix = "urn:oasis:names:tc:xliff:document:"

    /// Whether the bytes are XML whose root element is `xliff` (UTF-8, or UTF-16 with a BOM).
    static func isXLIFF(_ bytes: [UInt8]) -> Bool {
        var head = bytes.prefix(4096)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            // UTF-16: the ASCII of the markup is every other byte.
            let bigEndian = head.first == 0xFE
            head = ArraySlice(head.dropFirst(2).enumerated().filter { ($0.offset % 2 == 0) != bigEndian }.map(\.element))
        }
        // Most documents hold no markup at all: no "<" byte, no Character "<".
        guard head.contains(0x3C) else { return false }
        var text = String(decoding: head, as: UTF8.self)
        // Past the declaration, comments and processing instructions, the root's start tag.
        while let open = text.firstIndex(of: "<") {
            let rest = text[open...]
            if rest.hasPrefix("<?") || rest.hasPrefix("<!") {
                guard let close = rest.firstIndex(of: ">") else { return false }
                text = String(rest[rest.index(after: close)...])
                continue
            }
            let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            return name == "xliff" || name.hasSuffix(":xliff")
        }
        return false
    }

    static func read(_ bytes: [UInt8], file: String) throws(PolicyError) -> BilingualDocument {
        let root: XMLTree?
        do { root = try XMLTree.parse(bytes) } catch {
            throw PolicyError(.badData, "\(file): not well-formed XML (\(error.reason))")
        }
        guard let root, root.name == "xliff" else { throw PolicyError(.badData, "\(file): not an XLIFF file (no <xliff> root element)") }
        // The namespace names the major version (2.1 and 2.2 keep 2.0's); the attribute the rest.
        let namespaceVersion = root.namespace.flatMap { $0.hasPrefix(namespacePrefix) ? String($0.dropFirst(namespacePrefix.count)) : nil }
        guard let version = root.attribute("version") ?? namespaceVersion else {
            throw PolicyError(.badData, "\(file): an <xliff> root with neither the XLIFF namespace nor a version")
        }
        let major = (namespaceVersion ?? version).prefix { $0 != "." }
        let document: BilingualDocument
        switch major {
        case "1": document = readVersion1(root, file: file, version: version)
        case "2": document = readVersion2(root, file: file, version: version)
        default: throw PolicyError(.badData, "\(file): XLIFF version \(version) is not read (1.x and 2.x are)")
        }
        if document.units.isEmpty { throw PolicyError(.badData, "\(file): no translation units in the XLIFF file") }
        return document
    }

    // MARK: - XLIFF 1.x

    private static func readVersion1(_ root: XMLTree, file: String, version: String) -> BilingualDocument {
        var units: [BilingualDocument.Unit] = []
        var sourceLanguage: String?, targetLanguage: String?
        for fileElement in root.children(named: "file") {
            sourceLanguage = sourceLanguage ?? nonEmpty(fileElement.attribute("source-language"))
            targetLanguage = targetLanguage ?? nonEmpty(fileElement.attribute("target-language"))
            let markup = extractedFromMarkup(original: fileElement.attribute("original"), contexts: contextFiles(of: fileElement))
            guard let body = fileElement.child("body") else { continue }
            collectVersion1(body, translatable: true, fromMarkup: markup, into: &units)
        }
        return BilingualDocument(file: file, version: version, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                 units: units)
    }

    private static func collectVersion1(_ container: XMLTree, translatable: Bool, fromMarkup: Bool,
                                        into units: inout [BilingualDocument.Unit]) {
        for element in container.elements {
            let translate = translatable && element.attribute("translate") != "no"
            switch element.name {
            case "group": collectVersion1(element, translatable: translate, fromMarkup: fromMarkup, into: &units)
            case "trans-unit":
                // A PO file's header (translate-toolkit's po2xliff) is metadata, not text.
                guard element.attribute("restype") != "x-gettext-domain-header", let sourceElement = element.child("source")
                else { continue }
                let source = inlineText(sourceElement, fromMarkup: fromMarkup, data: [:])
                guard !source.text.isEmpty else { continue }
                let targetElement = element.child("target")
                let target = targetElement.map { inlineText($0, fromMarkup: fromMarkup, data: [:]) }
                units.append(BilingualDocument.Unit(
                    id: element.attribute("id") ?? String(units.count + 1), source: source.text,
                    target: target.flatMap { $0.text.isEmpty ? nil : $0.text }, sourceLine: sourceElement.line,
                    targetLine: targetElement?.line, translatable: translate, state: targetElement?.attribute("state"),
                    headingLevel: headingLevel(element.attribute("restype")), sourceLinks: source.links,
                    targetLinks: target?.links ?? []))
            default: continue
            }
        }
    }

    // MARK: - XLIFF 2.x

    private static func readVersion2(_ root: XMLTree, file: String, version: String) -> BilingualDocument {
        var units: [BilingualDocument.Unit] = []
        for fileElement in root.children(named: "file") {
            let markup = extractedFromMarkup(original: fileElement.attribute("original"), contexts: [])
            collectVersion2(fileElement, translatable: root.attribute("translate") != "no", fromMarkup: markup, into: &units)
        }
        return BilingualDocument(file: file, version: version, sourceLanguage: nonEmpty(root.attribute("srcLang")),
                                 targetLanguage: nonEmpty(root.attribute("trgLang")), units: units)
    }

    private static func collectVersion2(_ container: XMLTree, translatable: Bool, fromMarkup: Bool,
                                        into units: inout [BilingualDocument.Unit]) {
        for element in container.elements {
            let translate = element.attribute("translate").map { $0 != "no" } ?? translatable
            switch element.name {
            case "group", "file": collectVersion2(element, translatable: translate, fromMarkup: fromMarkup, into: &units)
            case "unit":
                // The native codes the inline elements stand for, by id.
                var data: [String: String] = [:]
                for item in element.child("originalData")?.children(named: "data") ?? [] {
                    if let id = item.attribute("id") { data[id] = item.text }
                }
                var source = Inline(), target = Inline()
                var sourceLine: Int?, targetLine: Int?, state: String?
                var anyTarget = false
                // Segments and the ignorable text between them, as written, then read as one text.
                for part in element.elements where part.name == "segment" || part.name == "ignorable" {
                    if let sourceElement = part.child("source") {
                        sourceLine = sourceLine ?? sourceElement.line
                        appendInline(sourceElement, data: data, into: &source)
                    }
                    if let targetElement = part.child("target") {
                        targetLine = targetLine ?? targetElement.line
                        let before = target.text.utf8.count
                        appendInline(targetElement, data: data, into: &target)
                        if part.name == "segment" && target.text.utf8.count > before { anyTarget = true }
                    } else if part.name == "ignorable", let sourceElement = part.child("source") {
                        // Ignorable whitespace between segments belongs to both sides.
                        appendInline(sourceElement, data: data, into: &target)
                    }
                    if part.name == "segment" { state = state ?? part.attribute("state") }
                }
                source = finish(source, fromMarkup: fromMarkup)
                target = finish(target, fromMarkup: fromMarkup)
                guard !source.text.isEmpty, let sourceLine else { continue }
                units.append(BilingualDocument.Unit(
                    id: element.attribute("id") ?? String(units.count + 1), source: source.text,
                    target: anyTarget && !target.text.isEmpty ? target.text : nil, sourceLine: sourceLine,
                    targetLine: anyTarget ? targetLine : nil, translatable: translate, state: state,
                    headingLevel: headingLevel(element.attribute("type")), sourceLinks: source.links, targetLinks: target.links))
            default: continue
            }
        }
    }

    // MARK: - Inline content

    /// Whether the units were extracted from Markdown or HTML (the file's `original`, or the
    /// source files its contexts name): extractors such as translate-toolkit's md2po and
    /// html2po leave inline markup in the text.
    static func extractedFromMarkup(original: String?, contexts: [String]) -> Bool {
        let names = ([original].compactMap { $0 } + contexts).map { ($0 as NSString).pathExtension.lowercased() }
        return names.contains { ["md", "markdown", "html", "htm", "xhtml"].contains($0) }
    }

    struct Inline {
        var text = ""
        var links: [Link] = []

        mutating func append(_ other: Inline) {
            let offset = text.utf8.count
            text += other.text
            links += other.links.map { Link(target: $0.target, offset: $0.offset + offset, length: $0.length) }
        }

        /// Whitespace runs as one space, none at the ends (XLIFF's default xml:space), the
        /// links moved along.
        mutating func trim() {
            let ends = links.flatMap { [$0.offset, $0.offset + $0.length] }
            let collapsed = HTMLBlocks.collapseWhitespace(text, mapping: ends)
            links = links.indices.map { index in
                let start = collapsed.offsets[2 * index], end = collapsed.offsets[2 * index + 1]
                return Link(target: links[index].target, offset: start, length: max(0, end - start))
            }
            text = collapsed.text
        }
    }

    /// The text of a `<source>` or `<target>`, inline codes left out, whitespace collapsed.
    static func inlineText(_ element: XMLTree, fromMarkup: Bool, data: [String: String]) -> Inline {
        var inline = Inline()
        appendInline(element, data: data, into: &inline)
        return finish(inline, fromMarkup: fromMarkup)
    }

    /// Text as written in the file made readable: whitespace collapsed, and the markup an
    /// extractor left in (Markdown, inline HTML) read.
    static func finish(_ raw: Inline, fromMarkup: Bool) -> Inline {
        var inline = raw
        inline.trim()
        guard fromMarkup else { return inline }
        // Markdown emphasis, inline HTML and links left in by the extractor.
        let read = MarkdownReader.inlineText(Substring(inline.text))
        var result = Inline(text: read.text, links: read.links)
        if result.links.isEmpty { result.links = inline.links.filter { $0.offset + $0.length <= read.text.utf8.count } }
        result.trim()
        return result
    }

    private static func appendInline(_ element: XMLTree, data: [String: String], into inline: inout Inline) {
        for node in element.nodes {
            switch node {
            case .text(let text): inline.text += text
            case .element(let child):
                switch child.name {
                // Text-bearing inline elements: paired codes and annotations.
                case "g", "mrk", "pc":
                    let start = inline.text.utf8.count
                    appendInline(child, data: data, into: &inline)
                    let native = child.attribute("dataRefStart").flatMap { data[$0] } ?? ""
                    if let target = href(in: native) {
                        inline.links.append(Link(target: target, offset: start, length: inline.text.utf8.count - start))
                    }
                // A character XML cannot hold, by its code point.
                case "cp":
                    if let hex = child.attribute("hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        inline.text.unicodeScalars.append(scalar)
                    }
                // Native codes (1.x: their content; 2.x: the data they point to): placeables.
                case "ph", "bpt", "it", "sc", "x", "bx":
                    let native = child.text + (child.attribute("dataRef").flatMap { data[$0] } ?? "")
                        + (child.attribute("dataRefStart").flatMap { data[$0] } ?? "")
                    if let target = href(in: native) {
                        inline.links.append(Link(target: target, offset: inline.text.utf8.count, length: 0))
                    }
                default: continue  // ept, ec, ex, em, sm, sub: no text of this flow
                }
            }
        }
    }

    /// The `href` of an `<a>` tag in native code.
    static func href(in native: String) -> String? {
        guard native.contains("href") else { return nil }
        return MarkdownReader.attribute("href", in: Substring(native)).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A heading level a unit's type names: Okapi's `x-h2`, `heading`, `title`.
    static func headingLevel(_ type: String?) -> Int? {
        guard let type = type?.lowercased() else { return nil }
        let name = type.split(separator: ":").last.map(String.init) ?? type
        if name == "title" || name == "x-title" || name == "heading" { return 1 }
        for prefix in ["x-h", "h"] where name.hasPrefix(prefix) {
            if let level = Int(name.dropFirst(prefix.count)), (1...6).contains(level) { return level }
        }
        return nil
    }

    /// Source files a 1.x file's units name in their context groups (po2xliff keeps the
    /// PO's `#:` references there).
    private static func contextFiles(of file: XMLTree) -> [String] {
        var names: [String] = []
        func visit(_ element: XMLTree) {
            for child in element.elements {
                if child.name == "context", child.attribute("context-type") == "sourcefile" { names.append(child.text) }
                if names.count < 3 { visit(child) }
            }
        }
        visit(file)
        return names
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }
}
