/// A unit of a document's text as its reader found it: a line of plain text, a paragraph,
/// a list item or table cell, or an explicit heading (Markdown, HTML).
public struct Block: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case line
        case listItem
        case cell
        /// A heading the format marks explicitly, with its markup level (1 for h1 or #).
        case heading(level: Int)
    }

    public var kind: Kind
    /// Text with markup and list markers removed.
    public var text: String
    /// 1-based line in the input file where the block starts.
    public var line: Int
    /// 1-based line where it ends.
    public var endLine: Int
    /// Targets of the links in the block (Markdown links, `<a href>`): placeables that
    /// the fact checks compare, never part of `text`.
    public var links: [Link]
    /// An id the format gives a heading (`{#cookies}`, `<h2 id="cookies">`, an anchor right
    /// before it): versions that share it share the section.
    public var anchor: String?
    /// UTF-8 offsets in `text` where each further line of the file begins, for a paragraph
    /// wrapped over several lines (read as one, so that its sentences are whole): each
    /// sentence then still names its own lines.
    public var lineStarts: [Int] = []
    /// A heading made of a paragraph's bold lead-in (`**Data controller:** Acme`): marked as
    /// a heading, yet a way of writing a paragraph that another version may write without one.
    public var isLeadIn = false

    /// The line of the input file that holds the UTF-8 offset `offset` of `text`.
    public func line(atOffset offset: Int) -> Int {
        guard !lineStarts.isEmpty else { return line }
        // Line starts rise: the ones at or before the offset are a prefix, found by halving
        // (a paragraph wrapped over thousands of lines has as many sentences).
        var low = 0, high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return min(line + low, endLine)
    }

    public var isHeading: Bool { if case .heading = kind { return true } else { return false } }

    public init(kind: Kind, text: String, line: Int, endLine: Int? = nil, links: [Link] = [], anchor: String? = nil) {
        self.kind = kind
        self.text = text
        self.line = line
        self.endLine = endLine ?? line
        self.links = links
        self.anchor = anchor
    }
}

/// A link target inside a block, with the UTF-8 offset in the block's text where the
/// link's text starts (so the link goes to the sentence it sits in).
public struct Link: Sendable, Equatable {
    public var target: String
    public var offset: Int
    /// UTF-8 length of the link's text (0 when unknown).
    public var length: Int

    public init(target: String, offset: Int, length: Int = 0) {
        self.target = target
        self.offset = offset
        self.length = length
    }

    /// The link's text inside its block's text.
    public func text(in blockText: String) -> String? {
        let utf8 = blockText.utf8
        guard length > 0, offset >= 0, offset + length <= utf8.count else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return String(blockText[start..<utf8.index(start, offsetBy: length)])
    }
}
