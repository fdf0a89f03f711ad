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

    public init(kind: Kind, text: String, line: Int, endLine: Int? = nil) {
        self.kind = kind
        self.text = text
        self.line = line
        self.endLine = endLine ?? line
    }
}
