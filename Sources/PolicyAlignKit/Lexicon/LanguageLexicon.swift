/// One language's data as written in its `.lex` file, before compilation.
public struct LanguageLexicon: Sendable {
    public struct Term: Sendable, Equatable {
        public enum Kind: String, Sendable { case heading, body }
        public let kind: Kind
        /// As written, `*` marks included.
        public let text: String
        public let weight: Double
        public let line: Int
        /// The concept of `concepts.txt` the term is a form of, when the file says.
        public var concept: String? = nil
        /// What kind of evidence it is: `heading` and `body` as written, or the concept's
        /// `purpose` or `generic`.
        public var role: ConceptInventory.Concept.Kind = .body
    }

    /// An affix to strip: `meng>k` strips "meng" and puts "k" in its place.
    public struct AffixRule: Sendable, Equatable {
        public let affix: String
        public let replacement: String
    }

    public let tag: String
    public var name: String = ""
    public let file: String
    public var foldAccents = true
    /// Where a heading puts its head ("How we share the information we collect": first;
    /// "収集した情報の共有": last), which decides between two topics a heading names.
    public var headingHeadLast = false
    /// Line of each block's header, for problems found after parsing.
    public var blockLines: [String: Int] = [:]
    public var prefixes: [AffixRule] = []
    public var suffixes: [String] = []
    /// Frequent words for language identification, with their weights.
    public var profile: [(word: String, weight: Double)] = []
    /// Canonical duration unit ("year") -> the language's words for it.
    public var units: [String: [String]] = [:]
    /// Words that carry a count and a unit at once (Arabic and Hebrew duals: سنتين, שנתיים),
    /// keyed "2 year".
    public var countedUnits: [String: [String]] = [:]
    /// Number value -> the language's words for it.
    public var numbers: [Int: [String]] = [:]
    /// Canonical legal reference id ("gdpr") -> the language's ways to write it.
    public var references: [String: [String]] = [:]
    /// Headings that name a legal formality, not a privacy topic ("Governing law",
    /// "Translations", "Severability"), written whole: a section headed by one is `other`.
    public var boilerplate: [String] = []
    /// Phrases that hold a cue but mean something else ("App Store", "check for updates",
    /// "Korea Internet & Security Agency"): where one occurs, no entry inside it counts.
    public var falseFriends: [String] = []
    /// Taxonomy id -> heading cues and body terms.
    public var sections: [String: [Term]] = [:]

    public init(tag: String, file: String) {
        self.tag = tag
        self.file = file
    }
}
