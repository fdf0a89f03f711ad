/// A problem in a lexicon file, located by file and line.
public struct LexiconDiagnostic: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public var description: String { "\(file):\(line): \(message)" }
}
