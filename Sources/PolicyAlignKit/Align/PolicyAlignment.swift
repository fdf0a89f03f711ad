/// An original and its translation aligned: section pairs, sentence pairs, untranslated
/// clauses and differing facts.
public struct PolicyAlignment: Sendable {
    public struct SectionPair: Sendable, Equatable {
        public let source: Int?
        public let target: Int?
        /// The canonical label of the pair: the original's (the richest lexicon is the
        /// source's), else the translation's own.
        public let label: String
        public let sourceLabel: String?
        public let targetLabel: String?
        public let score: Double
    }

    public struct SentencePair: Sendable, Equatable {
        public let source: [Sentence]
        public let target: [Sentence]
        public let score: Double
    }

    public let source: AnalyzedPolicy
    public var target: AnalyzedPolicy
    public let sectionPairs: [SectionPair]
    public let sentencePairs: [SentencePair]
    public let untranslated: [UntranslatedClause]
    public let facts: [FactFinding]
    /// Sentences of the original with no counterpart inside aligned sections.
    public let omissions: [Omission]
    /// Share of the translation's letters still in the source language, 0...1.
    public let untranslatedShare: Double
    /// The language the translation was made from.
    public let sourceLanguage: String
    /// Every finding of the alignment (see `FindingsBuilder`), made once by the aligner.
    public internal(set) var findings: [Finding] = []
    /// Findings a project's ignore rules or baseline set aside.
    public internal(set) var setAside = 0

    /// Drops the findings `filter` sets aside.
    public mutating func setAside(by filter: FindingsFilter) { setAside += filter.setAside(from: &findings) }

    /// Source sections with no counterpart in the translation.
    public var missingSections: [Int] { sectionPairs.filter { $0.target == nil }.compactMap(\.source) }
    /// Translation sections with no counterpart in the original.
    public var extraSections: [Int] { sectionPairs.filter { $0.source == nil }.compactMap(\.target) }
    /// Pairs whose two labels disagree (the translation's lexicon read the section otherwise).
    public var labelDisagreements: [SectionPair] {
        sectionPairs.filter { $0.source != nil && $0.target != nil && $0.sourceLabel != $0.targetLabel }
    }
}
