/// The formats documents are read from.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text, markdown, html
    /// A Word document (WordprocessingML): its blocks' lines are paragraph numbers.
    case docx
    /// One side of a bilingual XLIFF file (see `BilingualDocument`): a block is a unit, its
    /// line the line of the unit's `<source>` or `<target>`.
    case xliff
    /// A PDF with a text layer: its blocks' lines are a running number over the document's
    /// text lines, top to bottom and page after page, running headers and footers not
    /// counted; `PolicyDocument.pageStarts` gives each line's page.
    case pdf
}

/// A policy as read from a file: its blocks with their source lines.
public struct PolicyDocument: Sendable {
    /// The path as the user gave it.
    public let file: String
    public let format: DocumentFormat
    /// Encoding the bytes were decoded from.
    public let encoding: String
    /// Number of lines in the input file.
    public let lineCount: Int
    public let blocks: [Block]
    /// What was read but not faithfully, one line each as `FILE:LINE: message` (for example
    /// `policy.txt:12: 3 bytes that are not UTF-8 were replaced`), for standard error. The
    /// document is still read; warnings do not change the exit code.
    public let warnings: [String]
    /// For a document in pages (a PDF): the line number each page starts with, page 1
    /// first. A page without text starts where the next one does. Empty for other formats.
    public let pageStarts: [Int]

    public init(file: String, format: DocumentFormat, encoding: String, lineCount: Int, blocks: [Block], warnings: [String] = [],
                pageStarts: [Int] = []) {
        self.file = file
        self.format = format
        self.encoding = encoding
        self.lineCount = lineCount
        self.blocks = blocks
        self.warnings = warnings
        self.pageStarts = pageStarts
    }

    /// The 1-based page a line is on, for a document in pages; nil otherwise.
    public func page(ofLine line: Int) -> Int? {
        guard !pageStarts.isEmpty else { return nil }
        // The last page starting at or before the line (a page without text starts where the next one does).
        return (pageStarts.lastIndex { $0 <= line } ?? 0) + 1
    }

}
