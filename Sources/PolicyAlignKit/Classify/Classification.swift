/// The canonical labels of a piece of text, with how sure the classifier is and why.
public struct Classification: Sendable, Equatable {
    /// Primary label: a taxonomy id, or `other`.
    public var label: String
    /// Primary first, then secondary labels that scored close to it.
    public var labels: [String]
    /// 0...1, from the strength of the evidence and the margin over the runner-up.
    public var confidence: Double
    /// The strength of evidence the confidence was calibrated from (see `ConfidenceCalibration`).
    public var strength: Double = 0
    /// Lexicon terms that decided the label, strongest first.
    public var evidence: [String]
    /// Score of each taxonomy section, in taxonomy order.
    public var scores: [Double]
    /// Given by the section's place (a title with no text is the opening), not by its words.
    public var isPositional = false
    /// Whether the heading itself named a topic (its subsections may then lean on it).
    public var headingNamesTopic = false
    /// Taxonomy positions the heading names, through its cues and terms (generic words aside).
    public var headingTopics: [Int] = []
    /// Headed by a legal formality ("Governing law", "Translations"): `other`, and so are
    /// its subsections that name no topic of their own ("French" under "Translations").
    public var isBoilerplate = false
    /// What each concept added to each section's score, when the classifier records it
    /// (for `lexicon learn`); empty otherwise.
    public var contributions: [Contribution] = []

    public struct Contribution: Sendable, Equatable {
        public let concept: String?
        public let section: Int
        public let value: Double
    }

    public static func other(sections: Int) -> Classification {
        Classification(label: Taxonomy.other, labels: [Taxonomy.other], confidence: 0, evidence: [],
                       scores: [Double](repeating: 0, count: sections))
    }
}
