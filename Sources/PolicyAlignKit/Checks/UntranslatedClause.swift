/// A clause of a translation still written in the source language.
public struct UntranslatedClause: Sendable, Equatable {
    public let startLine: Int
    public let endLine: Int
    /// The clause, or the untranslated span inside a translated sentence.
    public let text: String
    public let confidence: Double
    /// Why: "source-language words", or "matches the original" (with `--source`).
    public let reason: String
}
