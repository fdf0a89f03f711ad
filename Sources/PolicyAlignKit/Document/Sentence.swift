/// A sentence of a section (or its heading), with its lines in the input file.
public struct Sentence: Sendable, Equatable {
    public var text: String
    public var line: Int
    public var endLine: Int
    /// Index of its section in the document.
    public var section: Int
    /// True for a section's heading, kept as a segment of its own.
    public var isHeading: Bool
    /// Link targets inside the sentence (see `Block.links`).
    public var links: [String] = []
    /// The first sentence of its paragraph, list item or cell (headings are).
    public var startsBlock = true
}
