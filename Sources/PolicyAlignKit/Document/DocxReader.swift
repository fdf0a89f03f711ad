import CHTML
import CZip
import Foundation

/// Word documents (.docx, WordprocessingML): a zip archive holding `word/document.xml`,
/// read with libzip and libxml2. A DOCX has no lines: a block's `line` is the number of its
/// paragraph (1-based, every body paragraph counted, empty ones and table paragraphs too);
/// footnotes and endnotes come last, numbered on from the body.
///
/// Headings come from paragraph styles (`Heading1`...`Heading9`, `Title`, or an outline
/// level, through `basedOn` chains), never from localized display names; list paragraphs
/// carry their visible number (decimal, letters, roman) computed from numbering.xml; table
/// rows are one `.cell` block each, cells joined by " | ". Tracked deletions, field codes,
/// hidden text and fallback copies of drawings are not text.
enum DocxReader {
    static let documentPart = "word/document.xml"

    /// The zip signature a .docx starts with.
    static func isZip(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    /// Whether the bytes are a readable zip archive holding a Word document.
    static func isDocx(_ bytes: [UInt8]) -> Bool {
        guard isZip(bytes) else { return false }
        return bytes.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress, let zip = pa_zip_open(base, Int64(buffer.count), nil, 0) else { return false }
            defer { pa_zip_close(zip) }
            return pa_zip_has(zip, documentPart) == 1
        }
    }

    /// The document, or nil when the zip holds no `word/document.xml` (not a Word document).
    /// Each part may be at most `limit` bytes uncompressed.
    static func document(_ bytes: [UInt8], file: String, limit: Int) throws(PolicyError) -> PolicyDocument? {
        let parts = try readParts(bytes, file: file, limit: limit)
        guard parts[documentPart] != nil else { return nil }
        func parse(_ name: String) throws(PolicyError) -> XMLTree? {
            guard let data = parts[name] else { return nil }
            do { return try XMLTree.parse(data) } catch {
                throw PolicyError(.badData, "\(file): damaged Word document: \(name) is not well-formed XML (\(error.reason))")
            }
        }
        guard let body = try parse(documentPart) else {
            throw PolicyError(.badData, "\(file): damaged Word document: \(documentPart) has no root element")
        }
        var reader = Reader(styles: Styles(try parse("word/styles.xml")), numbering: Numbering(try parse("word/numbering.xml")))
        reader.relationships = relationships(try parse("word/_rels/document.xml.rels"))
        reader.readBody(body)
        for notes in ["footnotes", "endnotes"] {
            guard let root = try parse("word/\(notes).xml") else { continue }
            reader.relationships = relationships(try parse("word/_rels/\(notes).xml.rels"))
            reader.readNotes(root)
        }
        if reader.blocks.isEmpty { throw PolicyError(.badData, "\(file): no text in the document") }
        return PolicyDocument(file: file, format: .docx, encoding: "UTF-8", lineCount: max(1, reader.paragraphs),
                              blocks: reader.blocks)
    }

    static let partNames = [
        documentPart, "word/styles.xml", "word/numbering.xml", "word/footnotes.xml", "word/endnotes.xml",
        "word/_rels/document.xml.rels", "word/_rels/footnotes.xml.rels", "word/_rels/endnotes.xml.rels",
    ]

    /// The parts this reader uses that the archive holds; none when it has no document part.
    private static func readParts(_ bytes: [UInt8], file: String, limit: Int) throws(PolicyError) -> [String: [UInt8]] {
        let result = bytes.withUnsafeBytes { buffer -> Result<[String: [UInt8]], PolicyError> in
            var error = [CChar](repeating: 0, count: 256)
            guard let base = buffer.baseAddress, let zip = pa_zip_open(base, Int64(buffer.count), &error, Int32(error.count)) else {
                // libzip finds no central directory at the end: the file was most likely cut short.
                let reason = Self.reason(error)
                let why = reason == "not a zip archive" ? "no central directory at its end: truncated?" : reason
                return .failure(PolicyError(.badData, "\(file): damaged zip archive (\(why))"))
            }
            defer { pa_zip_close(zip) }
            guard pa_zip_has(zip, documentPart) == 1 else { return .success([:]) }
            var parts: [String: [UInt8]] = [:]
            for name in partNames {
                var data: UnsafeMutablePointer<UInt8>?
                var length: Int64 = 0
                let status = pa_zip_read(zip, name, Int64(limit), &data, &length, &error, Int32(error.count))
                switch status {
                case 0:
                    parts[name] = data.map { [UInt8](UnsafeBufferPointer(start: $0, count: Int(length))) } ?? []
                    pa_zip_free(data)
                case 1: continue
                case -2:
                    return .failure(PolicyError(.badData, "\(file): \(name) is larger than the \(limit >> 20) MB limit (raise it with --max-size)"))
                default:
                    return .failure(PolicyError(.badData, "\(file): damaged Word document: \(name) cannot be read (\(Self.reason(error)))"))
                }
            }
            return .success(parts)
        }
        return try result.get()
    }

    /// A C library's message as part of one line: white space collapsed, and a capital
    /// lowered unless an acronym starts it ("Premature end" -> "premature end", "CRC error").
    static func reason(_ error: [CChar]) -> String {
        let raw = String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let first = text.first else { return "unknown error" }
        let second = text.dropFirst().first
        return second?.isUppercase == true ? text : first.lowercased() + text.dropFirst()
    }

    /// Relationship ids to their targets (word/_rels/document.xml.rels).
    private static func relationships(_ root: XMLTree?) -> [String: String] {
        var targets: [String: String] = [:]
        for relationship in root?.children(named: "Relationship") ?? [] {
            if let id = relationship.attribute("Id"), let target = relationship.attribute("Target") { targets[id] = target }
        }
        return targets
    }
}

// MARK: - Styles and numbering

extension DocxReader {
    /// Paragraph properties that styles pass on: outline level and list numbering.
    struct ParagraphStyle {
        var id: String
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var numbering: (numId: Int?, level: Int?)?
    }

    struct Styles {
        var styles: [String: ParagraphStyle] = [:]
        var defaultStyle: String?

        init(_ root: XMLTree?) {
            for style in root?.children(named: "style") ?? [] where (style.attribute("type") ?? "paragraph") == "paragraph" {
                guard let id = style.attribute("styleId") else { continue }
                let properties = style.child("pPr")
                styles[id] = ParagraphStyle(id: id, name: style.child("name")?.attribute("val"),
                                            basedOn: style.child("basedOn")?.attribute("val"),
                                            outlineLevel: properties?.child("outlineLvl")?.attribute("val").flatMap { Int($0) },
                                            numbering: properties?.child("numPr").map(DocxReader.numberingReference))
                if let isDefault = style.attribute("default"), isDefault == "1" || isDefault == "true" || isDefault == "on" {
                    defaultStyle = id
                }
            }
        }

        /// The heading level a style gives (1-9), through its `basedOn` chain. An outline
        /// level of 9 is body text.
        func headingLevel(_ id: String) -> Int? {
            var current: String? = id
            var seen = Set<String>()
            while let id = current, seen.insert(id).inserted {
                let style = styles[id]
                if let outline = style?.outlineLevel { return (0...8).contains(outline) ? outline + 1 : nil }
                if let level = Self.builtInLevel(id) ?? style?.name.flatMap(Self.builtInLevel) { return level }
                current = style?.basedOn
            }
            return nil
        }

        /// "Heading1"/"heading 1" -> 1, "Title" -> 1: the ids and internal names of Word's
        /// built-in styles, which stay English whatever the display language.
        static func builtInLevel(_ name: String) -> Int? {
            let key = name.lowercased().replacingOccurrences(of: " ", with: "")
            if key == "title" { return 1 }
            guard key.hasPrefix("heading"), let level = Int(key.dropFirst("heading".count)), (1...9).contains(level) else { return nil }
            return level
        }

        /// The list a style puts its paragraphs in, through its `basedOn` chain.
        func numbering(_ id: String) -> (numId: Int?, level: Int?)? {
            var current: String? = id
            var seen = Set<String>()
            while let id = current, seen.insert(id).inserted {
                if let numbering = styles[id]?.numbering { return numbering }
                current = styles[id]?.basedOn
            }
            return nil
        }
    }

    static func numberingReference(_ numPr: XMLTree) -> (numId: Int?, level: Int?) {
        (numPr.child("numId")?.attribute("val").flatMap { Int($0) }, numPr.child("ilvl")?.attribute("val").flatMap { Int($0) })
    }

    /// One level of a list: its first number, format and text (`%1.`).
    struct ListLevel {
        var start = 1
        var format = "decimal"
        var text: String?

        init(_ element: XMLTree?, base: ListLevel? = nil) {
            if let base { self = base }
            guard let element else { return }
            if let start = element.child("start")?.attribute("val").flatMap({ Int($0) }) { self.start = start }
            if let format = element.child("numFmt")?.attribute("val") { self.format = format }
            if let text = element.child("lvlText")?.attribute("val") { self.text = text }
        }
    }

    /// numbering.xml: lists (`w:num`) over abstract definitions (`w:abstractNum`), and the
    /// counters as the document is read.
    struct Numbering {
        var abstracts: [Int: [Int: ListLevel]] = [:]
        var lists: [Int: (abstract: Int, levels: [Int: ListLevel], starts: [Int: Int])] = [:]
        private var counters: [Int: [Int: Int]] = [:]
        private var started = Set<Int>()

        init(_ root: XMLTree?) {
            for abstract in root?.children(named: "abstractNum") ?? [] {
                guard let id = abstract.attribute("abstractNumId").flatMap({ Int($0) }) else { continue }
                var levels: [Int: ListLevel] = [:]
                for level in abstract.children(named: "lvl") {
                    if let index = level.attribute("ilvl").flatMap({ Int($0) }) { levels[index] = ListLevel(level) }
                }
                abstracts[id] = levels
            }
            for list in root?.children(named: "num") ?? [] {
                guard let id = list.attribute("numId").flatMap({ Int($0) }),
                      let abstract = list.child("abstractNumId")?.attribute("val").flatMap({ Int($0) }) else { continue }
                var levels: [Int: ListLevel] = [:], starts: [Int: Int] = [:]
                for override in list.children(named: "lvlOverride") {
                    guard let index = override.attribute("ilvl").flatMap({ Int($0) }) else { continue }
                    if let start = override.child("startOverride")?.attribute("val").flatMap({ Int($0) }) { starts[index] = start }
                    if let level = override.child("lvl") {
                        levels[index] = ListLevel(level, base: abstracts[abstract]?[index])
                        starts[index] = starts[index] ?? levels[index]?.start
                    }
                }
                lists[id] = (abstract, levels, starts)
            }
        }

        private func level(_ list: (abstract: Int, levels: [Int: ListLevel], starts: [Int: Int]), _ index: Int) -> ListLevel {
            list.levels[index] ?? abstracts[list.abstract]?[index] ?? ListLevel(nil)
        }

        /// Counts a paragraph of list `numId` at `levelIndex` and gives its visible number
        /// ("1.", "b)", "iv."), or nil for bullets and formats not rendered here. Lists over
        /// one abstract definition continue one another unless a list restarts a level.
        mutating func next(numId: Int, levelIndex: Int) -> String? {
            guard let list = lists[numId] else { return nil }
            let index = min(max(levelIndex, 0), 8)
            var counts = counters[list.abstract] ?? [:]
            if started.insert(numId).inserted {
                for (overridden, start) in list.starts { counts[overridden] = start - 1 }
            }
            counts[index] = (counts[index] ?? level(list, index).start - 1) + 1
            for deeper in (index + 1)...9 { counts[deeper] = nil }
            counters[list.abstract] = counts
            let current = level(list, index)
            guard Self.format(1, current.format) != nil else { return nil }
            let pattern = current.text ?? "%\(index + 1)."
            var result = ""
            var characters = pattern.makeIterator()
            while let character = characters.next() {
                guard character == "%" else { result.append(character); continue }
                guard let digit = characters.next(), let number = digit.wholeNumberValue, (1...9).contains(number) else { continue }
                let referenced = level(list, number - 1)
                let value = counts[number - 1] ?? referenced.start
                guard let formatted = Self.format(value, number - 1 == index ? current.format : referenced.format) else { return nil }
                result += formatted
            }
            let trimmed = result.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }

        /// A counter in a list format: decimal, letters (a..z, aa..zz as Word counts) and
        /// roman numerals; nil for bullets and every other format.
        static func format(_ value: Int, _ format: String) -> String? {
            switch format {
            case "decimal": return String(value)
            case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
            case "lowerLetter", "upperLetter":
                guard value > 0 else { return String(value) }
                let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8((value - 1) % 26)))
                let text = String(repeating: letter, count: (value - 1) / 26 + 1)
                return format == "upperLetter" ? text.uppercased() : text
            case "lowerRoman", "upperRoman":
                guard value > 0, value < 4000 else { return String(value) }
                let text = roman(value)
                return format == "upperRoman" ? text.uppercased() : text
            default: return nil
            }
        }

        static func roman(_ value: Int) -> String {
            let numerals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
                            (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
            var rest = value, text = ""
            for (amount, numeral) in numerals { while rest >= amount { text += numeral; rest -= amount } }
            return text
        }
    }
}

// MARK: - Reading the body

extension DocxReader {
    /// Text of a paragraph (or a table row) as it is gathered: raw, with links at UTF-8 offsets.
    struct Inline {
        var text = ""
        var links: [(target: String, start: Int, end: Int)] = []
        /// Complex fields (`w:fldChar`) open around the current run: their instruction, and
        /// the link a HYPERLINK field started.
        var fields: [(instruction: String, separated: Bool, link: Int?)] = []

        mutating func append(_ other: Inline, separator: String) {
            let trimmed = other.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return }
            if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { text += separator }
            let shift = text.utf8.count
            text += other.text
            links += other.links.map { ($0.target, $0.start + shift, $0.end + shift) }
        }
    }

    struct Reader {
        let styles: Styles
        var numbering: Numbering
        var relationships: [String: String] = [:]
        var blocks: [Block] = []
        /// Paragraphs met so far: the "line" of the next block.
        var paragraphs = 0

        init(styles: Styles, numbering: Numbering) {
            self.styles = styles
            self.numbering = numbering
        }

        mutating func readBody(_ document: XMLTree) {
            guard let body = document.child("body") else { return }
            readBlocks(body)
        }

        /// Footnotes or endnotes, each paragraph a `.line`; separators are no notes.
        mutating func readNotes(_ root: XMLTree) {
            for note in root.elements where note.isWord && (note.name == "footnote" || note.name == "endnote") {
                if let type = note.attribute("type"), type != "normal" { continue }
                readBlocks(note, notes: true)
            }
        }

        /// Block-level content: paragraphs, tables, and the containers around them.
        mutating func readBlocks(_ container: XMLTree, notes: Bool = false) {
            for element in container.elements {
                guard element.isWord else { continue }
                switch element.name {
                case "p":
                    paragraphs += 1
                    let line = paragraphs
                    guard let paragraph = read(paragraph: element) else { continue }
                    let kind: Block.Kind = notes ? .line : paragraph.kind
                    if let block = DocxReader.block(kind, paragraph.inline, line: line, endLine: line) { blocks.append(block) }
                case "tbl":
                    readTable(element)
                case "sdt": if let content = element.child("sdtContent") { readBlocks(content, notes: notes) }
                case "customXml", "ins", "moveTo", "smartTag": readBlocks(element, notes: notes)
                default: continue
                }
            }
        }

        /// One `.cell` block per row, its cells' text joined by " | " (empty cells left out).
        mutating func readTable(_ table: XMLTree) {
            for row in table.descendants(named: "tr", through: ["sdt", "sdtContent", "customXml", "ins", "moveTo"]) {
                let first = paragraphs + 1
                var text = Inline()
                for cell in row.descendants(named: "tc", through: ["sdt", "sdtContent", "customXml", "ins", "moveTo"]) {
                    text.append(cellText(cell), separator: " | ")
                }
                if let block = DocxReader.block(.cell, text, line: min(first, max(paragraphs, 1)), endLine: max(paragraphs, 1)) {
                    blocks.append(block)
                }
            }
        }

        /// A cell's paragraphs and nested tables as one text.
        mutating func cellText(_ container: XMLTree) -> Inline {
            var text = Inline()
            for element in container.elements where element.isWord {
                switch element.name {
                case "p":
                    paragraphs += 1
                    if let paragraph = read(paragraph: element) { text.append(paragraph.inline, separator: " ") }
                case "tbl":
                    for row in element.descendants(named: "tr", through: ["sdt", "sdtContent", "customXml"]) {
                        var rowText = Inline()
                        for cell in row.descendants(named: "tc", through: ["sdt", "sdtContent", "customXml"]) {
                            rowText.append(cellText(cell), separator: " | ")
                        }
                        text.append(rowText, separator: " ")
                    }
                case "sdt": if let content = element.child("sdtContent") { text.append(cellText(content), separator: " ") }
                case "customXml", "ins", "moveTo": text.append(cellText(element), separator: " ")
                default: continue
                }
            }
            return text
        }

        /// A paragraph's kind and text, its list number in front; nil when it has no text.
        mutating func read(paragraph: XMLTree) -> (kind: Block.Kind, inline: Inline)? {
            let properties = paragraph.child("pPr")
            let style = properties?.child("pStyle")?.attribute("val") ?? styles.defaultStyle
            var level: Int?
            if let outline = properties?.child("outlineLvl")?.attribute("val").flatMap({ Int($0) }) {
                level = (0...8).contains(outline) ? outline + 1 : nil
            } else if let style {
                level = styles.headingLevel(style)
            }
            // Direct numbering, its list id perhaps from the style; numId 0 removes numbering.
            let styleNumbering = style.flatMap { styles.numbering($0) }
            var list: (numId: Int?, level: Int?)? = styleNumbering
            if let direct = properties?.child("numPr").map(DocxReader.numberingReference) {
                list = (direct.numId ?? styleNumbering?.numId, direct.level ?? styleNumbering?.level)
            }
            var number: String?
            var isListItem = false
            if let list, let numId = list.numId, numId != 0 {
                isListItem = true
                number = numbering.next(numId: numId, levelIndex: list.level ?? 0)
            }
            var inline = Inline()
            readInline(paragraph, into: &inline)
            guard !inline.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            if let number {
                var numbered = Inline(text: number + " ")
                numbered.append(inline, separator: "")
                inline = numbered
            }
            let kind: Block.Kind = level.map { .heading(level: $0) } ?? (isListItem ? .listItem : .line)
            return (kind, inline)
        }

        /// Runs and what holds them: text, tabs, breaks, links; deletions, field codes,
        /// hidden runs and drawings' fallback copies skipped.
        func readInline(_ element: XMLTree, into inline: inout Inline) {
            for node in element.nodes {
                guard case .element(let child) = node else { continue }
                guard child.isWord else {
                    // mc:Fallback repeats mc:Choice for older readers.
                    if child.name != "Fallback" { readInline(child, into: &inline) }
                    continue
                }
                switch child.name {
                case "t":
                    if inline.fields.last.map({ !$0.separated }) ?? false { continue }
                    inline.text += child.text
                case "tab", "ptab": inline.text += " "
                case "br", "cr": inline.text += "\n"
                case "noBreakHyphen": inline.text += "-"
                case "instrText":
                    if let last = inline.fields.indices.last, !inline.fields[last].separated { inline.fields[last].instruction += child.text }
                case "fldChar":
                    switch child.attribute("fldCharType") {
                    case "begin": inline.fields.append(("", false, nil))
                    case "separate":
                        guard let last = inline.fields.indices.last else { continue }
                        inline.fields[last].separated = true
                        if let target = DocxReader.hyperlinkField(inline.fields[last].instruction) {
                            inline.links.append((target, inline.text.utf8.count, inline.text.utf8.count))
                            inline.fields[last].link = inline.links.count - 1
                        }
                    case "end":
                        guard let field = inline.fields.popLast() else { continue }
                        if let link = field.link { inline.links[link].end = inline.text.utf8.count }
                    default: continue
                    }
                case "fldSimple":
                    let start = inline.text.utf8.count
                    readInline(child, into: &inline)
                    if let target = child.attribute("instr").flatMap(DocxReader.hyperlinkField) {
                        inline.links.append((target, start, inline.text.utf8.count))
                    }
                case "hyperlink":
                    let start = inline.text.utf8.count
                    readInline(child, into: &inline)
                    // Links to bookmarks inside the document (w:anchor, a table of contents) are no placeables.
                    if let id = child.attribute("id"), let target = relationships[id] {
                        inline.links.append((target, start, inline.text.utf8.count))
                    }
                case "r":
                    if let properties = child.child("rPr"), let vanish = properties.child("vanish"),
                       !["0", "false", "off"].contains(vanish.attribute("val") ?? "1") { continue }
                    readInline(child, into: &inline)
                case "p":
                    // A text box's paragraphs, inside a run of this one.
                    inline.text += " "
                    readInline(child, into: &inline)
                    inline.text += " "
                case "tc": inline.text += " "; readInline(child, into: &inline)
                case "del", "moveFrom", "delText", "delInstrText", "rPr", "pPr", "sdtPr", "sdtEndPr", "tcPr", "trPr", "tblPr",
                     "tblGrid", "footnoteReference", "endnoteReference", "commentReference", "annotationRef", "footnoteRef",
                     "endnoteRef", "separator", "continuationSeparator", "fldData", "sym", "softHyphen", "lastRenderedPageBreak":
                    continue
                default:
                    readInline(child, into: &inline)
                }
            }
        }
    }

    /// The target of a `HYPERLINK "url"` field instruction (a `\l` bookmark alone is none).
    static func hyperlinkField(_ instruction: String) -> String? {
        let trimmed = instruction.trimmingCharacters(in: .whitespaces)
        guard trimmed.uppercased().hasPrefix("HYPERLINK") else { return nil }
        var rest = Substring(trimmed.dropFirst("HYPERLINK".count))
        while let first = rest.first(where: { !$0.isWhitespace }) {
            rest = rest.drop { $0.isWhitespace }
            if first == "\\" {
                // A switch; \l, \o, \t, \m take an argument, which is no target.
                let name = rest.dropFirst().prefix(1)
                rest = rest.dropFirst(2).drop { $0.isWhitespace }
                if ["l", "o", "t"].contains(name) { _ = skipArgument(&rest) }
                continue
            }
            return skipArgument(&rest).flatMap { $0.isEmpty ? nil : $0 }
        }
        return nil
    }

    private static func skipArgument(_ rest: inout Substring) -> String? {
        if rest.first == "\"" {
            let value = rest.dropFirst().prefix { $0 != "\"" }
            rest = rest.dropFirst(value.count + 2)
            return String(value)
        }
        let value = rest.prefix { !$0.isWhitespace }
        rest = rest.dropFirst(value.count)
        return value.isEmpty ? nil : String(value)
    }

    /// A block from gathered text: spaces and tabs collapsed, line breaks kept, links moved
    /// along; nil when there is no text.
    static func block(_ kind: Block.Kind, _ inline: Inline, line: Int, endLine: Int) -> Block? {
        var text = ""
        // Raw UTF-8 offset -> offset in the collapsed text.
        var map = [Int](repeating: 0, count: inline.text.utf8.count + 1)
        var offset = 0
        var pendingSpace = false, pendingBreak = false
        for character in inline.text {
            let size = character.utf8.count
            let isBreak = character == "\n" || character == "\r\n" || character == "\r"
            let isSpace = character == " " || character == "\t" || character == "\u{0B}" || character == "\u{0C}"
            if isBreak {
                if !text.isEmpty { pendingBreak = true }
                pendingSpace = false
            } else if isSpace {
                if !text.isEmpty && !pendingBreak { pendingSpace = true }
            } else {
                if pendingBreak { text += "\n" } else if pendingSpace { text += " " }
                pendingBreak = false
                pendingSpace = false
            }
            let here = text.utf8.count
            for index in offset..<(offset + size) { map[index] = here }
            if !isSpace && !isBreak { text.append(character) }
            offset += size
        }
        map[offset] = text.utf8.count
        guard !text.isEmpty else { return nil }
        let length = text.utf8.count
        let links = inline.links.compactMap { link -> Link? in
            guard !link.target.isEmpty else { return nil }
            let start = min(map[min(link.start, offset)], length)
            let end = min(max(map[min(link.end, offset)], start), length)
            return Link(target: link.target, offset: start, length: end - start)
        }
        return Block(kind: kind, text: text, line: line, endLine: endLine, links: links)
    }
}

extension XMLTree {
    /// In the WordprocessingML namespace (transitional or strict).
    var isWord: Bool {
        namespace.map { $0.hasSuffix("/wordprocessingml/2006/main") || $0.hasSuffix("/wordprocessingml/main") } ?? false
    }
}
