/// The formats documents are read from.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text, markdown, html
    /// A Word document (WordprocessingML): its blocks' lines are paragraph numbers.
    case docx
    /// One side of a bilingual XLIFF file (see `BilingualDocument`): a block is a unit, its
    /// line the line of the unit's `<source>` or `<target>`.
    case xliff
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

    public init(file: String, format: DocumentFormat, encoding: String, lineCount: Int, blocks: [Block], warnings: [String] = []) {
        self.file = file
        self.format = format
        self.encoding = encoding
        self.lineCount = lineCount
        self.blocks = blocks
        self.warnings = warnings
    }

}
