import CHTML

/// A block of text found in an HTML page, with the line where it starts.
public struct HTMLBlock: Sendable, Equatable {
    public enum Kind: Int32, Sendable {
        case paragraph = 0, heading = 1, listItem = 2, cell = 3, title = 4
        /// A paragraph bold from end to end.
        case boldParagraph = 5
        /// A paragraph opening with bold text (`leadLength` bytes of `text`) and going on.
        case boldLead = 6
        /// A `boldLead` whose bold text a line break ends: a label on a line of its own.
        case boldLineLead = 7
    }
    public let kind: Kind
    /// 1 to 6 for headings, 0 otherwise.
    public let level: Int
    public let line: Int
    /// Text with runs of white space collapsed to one space.
    public let text: String
    /// Link targets with the UTF-8 offsets in `text` where each link's text starts and ends.
    public var links: [(offset: Int, end: Int, target: String)] = []
    /// A heading's id (its own, or an anchor inside or right before it).
    public var anchor: String?
    /// For a paragraph opening with bold text: the UTF-8 length of `text` up to its end.
    public var leadLength = 0

    public static func == (a: HTMLBlock, b: HTMLBlock) -> Bool {
        a.kind == b.kind && a.level == b.level && a.line == b.line && a.text == b.text && a.anchor == b.anchor
            && a.links.map(\.offset) == b.links.map(\.offset) && a.links.map(\.target) == b.links.map(\.target)
    }
}

/// Extracts text blocks from HTML with libxml2's recovering parser.
public enum HTMLBlocks {
    /// Elements nested deeper than this are read flat: their text is kept and block elements
    /// still start blocks, but links and anchors inside them are not reported.
    public static let depthLimit = Int(PA_HTML_DEPTH_LIMIT)

    /// A page's blocks, and whether part of it was nested too deep to keep its structure.
    public struct Page: Sendable {
        public var blocks: [HTMLBlock]
        public var deepNesting: DeepNesting?
    }

    /// Elements nested deeper than `depthLimit`, read flat from `line` on.
    public struct DeepNesting: Sendable, Equatable {
        /// Line of the first element read flat.
        public let line: Int
        /// Deepest element nesting in the page (the root element is 1).
        public let depth: Int

        public init(line: Int, depth: Int) {
            self.line = line
            self.depth = depth
        }

        public var message: String {
            "HTML elements nested \(depth) deep; below level \(HTMLBlocks.depthLimit) their text is read without its structure"
        }
    }

    public static func parse(_ html: String) throws -> [HTMLBlock] {
        try read(html).blocks
    }

    /// Parses a page, telling whether part of it was read flat. Throws when libxml2 stopped
    /// before the end of the page, rather than return part of it.
    public static func read(_ html: String) throws -> Page {
        let collector = HTMLBlockCollector()
        var report = pa_html_report()
        var html = html
        let status = html.withUTF8 { buffer -> Int32 in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                withExtendedLifetime(collector) {
                    pa_html_blocks(pointer, Int32(buffer.count), Unmanaged.passUnretained(collector).toOpaque(), {
                        context, kind, level, line, text, length, links, linkCount, anchor in
                        guard let context, let text else { return }
                        let collector = Unmanaged<HTMLBlockCollector>.fromOpaque(context).takeUnretainedValue()
                        let raw = UnsafeRawBufferPointer(start: text, count: Int(length))
                        var rawLinks: [(offset: Int, end: Int, target: String)] = []
                        if let links {
                            for index in 0..<Int(linkCount) where links[index].href != nil {
                                rawLinks.append((Int(links[index].offset), Int(links[index].end), String(cString: links[index].href)))
                            }
                        }
                        let blockKind = HTMLBlock.Kind(rawValue: kind) ?? .paragraph
                        let isLead = blockKind == .boldLead || blockKind == .boldLineLead
                        let leadEnd = isLead ? [min(Int(level), Int(length))] : []
                        let (collapsed, offsets) = HTMLBlocks.collapseWhitespace(String(decoding: raw, as: UTF8.self),
                                                                                 mapping: rawLinks.map(\.offset) + rawLinks.map(\.end) + leadEnd)
                        guard !collapsed.isEmpty else { return }
                        var block = HTMLBlock(kind: blockKind, level: isLead ? 0 : Int(level),
                                              line: max(1, Int(line)), text: collapsed)
                        if isLead { block.leadLength = offsets[2 * rawLinks.count] }
                        let count = rawLinks.count
                        block.links = rawLinks.indices.map { (offsets[$0], max(offsets[$0], offsets[$0 + count]), rawLinks[$0].target) }
                        block.anchor = anchor.map { String(cString: $0) }
                        collector.blocks.append(block)
                    }, &report)
                }
            }
        }
        if status == -2 {
            throw TextError("the HTML parser stopped at line \(report.stopped_line), before the end of the document")
        }
        if status != 0 { throw TextError("the HTML parser could not read the document") }
        let deepNesting = report.flattened_line > 0
            ? DeepNesting(line: Int(report.flattened_line), depth: Int(report.deepest)) : nil
        return Page(blocks: collector.blocks, deepNesting: deepNesting)
    }

    static func collapseWhitespace(_ text: String) -> String {
        collapseWhitespace(text, mapping: []).text
    }

    /// Collapses white space and maps UTF-8 offsets of the raw text (ascending) to the
    /// collapsed one.
    public static func collapseWhitespace(_ text: String, mapping offsets: [Int]) -> (text: String, offsets: [Int]) {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var mapped: [Int] = []
        var next = 0
        let sorted = offsets.sorted()
        var rawOffset = 0
        for character in text {
            while next < sorted.count, sorted[next] <= rawOffset {
                mapped.append(result.utf8.count + (pendingSpace ? 1 : 0))
                next += 1
            }
            rawOffset += character.utf8.count
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" "); pendingSpace = false }
                result.append(character)
            }
        }
        while next < sorted.count { mapped.append(result.utf8.count); next += 1 }
        // Back to the callers' order.
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result2 = [Int](repeating: 0, count: offsets.count)
        for (rank, index) in order.enumerated() { result2[index] = mapped[rank] }
        return (result, result2)
    }
}

private final class HTMLBlockCollector { var blocks: [HTMLBlock] = [] }
