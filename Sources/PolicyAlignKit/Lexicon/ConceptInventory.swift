import PolicyText

/// The concepts every language's lexicon expresses (`concepts.txt`): one inventory, so that
/// a cue one language has is looked for in all of them. Each language file gives a
/// concept's surface forms with `concept=ID` on its entries.
public struct ConceptInventory: Sendable {
    public struct Concept: Sendable, Equatable {
        public enum Kind: String, Sendable, CaseIterable {
            /// How headings name the section ("Information we collect").
            case heading
            /// A heading naming the document itself or a summary of it ("Privacy policy",
            /// "Summary"): a section headed by nothing else introduces the policy.
            case title
            /// A term of the section's text ("IP address").
            case body
            /// A purpose phrase opening a use clause or subsection ("to provide").
            case purpose
            /// A generic word ("browser", "account"): weak evidence, no extra weight in headings.
            case generic
        }

        public let id: String
        /// Taxonomy id of the section the concept is evidence for.
        public let section: String
        public let kind: Kind
        /// Weight of the concept's entries that give none of their own.
        public let weight: Double
        public let gloss: String
        public let line: Int

        /// The entry kind (`heading:` or `body:`) a form of the concept is written with.
        public var entryKind: LanguageLexicon.Term.Kind { kind == .heading || kind == .title ? .heading : .body }
    }

    public let concepts: [Concept]
    private let positions: [String: Int]

    public init(concepts: [Concept]) {
        self.concepts = concepts
        positions = Dictionary(concepts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public static let empty = ConceptInventory(concepts: [])

    public subscript(id: String) -> Concept? { positions[id].map { concepts[$0] } }

    /// Parses `id | section | kind | weight | gloss` lines, `#` comments.
    static func parse(_ text: String, file: String, taxonomy: Taxonomy) -> (ConceptInventory, [LexiconDiagnostic]) {
        var concepts: [Concept] = []
        var seen: [String: Int] = [:]
        var diagnostics: [LexiconDiagnostic] = []
        for (offset, raw) in SourceLines.split(text).enumerated() {
            let number = offset + 1
            let line = LexiconParser.stripComment(raw)
            guard !line.isEmpty else { continue }
            func problem(_ message: String) { diagnostics.append(LexiconDiagnostic(file: file, line: number, message: message)) }
            // By bytes: "|" is ASCII, and this runs on every concept at each start.
            let fields = LexiconParser.fields(of: line, separatedBy: UInt8(ascii: "|"))
            guard fields.count == 5 else { problem("expected `id | section | kind | weight | gloss`"); continue }
            let id = fields[0]
            guard !id.isEmpty, id.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D })
                    || id.unicodeScalars.allSatisfy({ ($0.properties.isAlphabetic && $0.properties.isLowercase) || $0.properties.numericType != nil || $0 == "-" }) else {
                problem("concept id `\(id)` must be lowercase kebab-case"); continue
            }
            if let first = seen[id] { problem("concept `\(id)` is listed twice (first at line \(first))"); continue }
            guard taxonomy.position(of: fields[1]) != nil else { problem("unknown section id `\(fields[1])` (not in taxonomy.txt)"); continue }
            guard let kind = Concept.Kind(rawValue: fields[2]) else {
                problem("unknown concept kind `\(fields[2])` (expected \(Concept.Kind.allCases.map(\.rawValue).joined(separator: ", ")))"); continue
            }
            guard let weight = Double(fields[3]), (0.1...5).contains(weight) else { problem("weight `\(fields[3])` is not a number from 0.1 to 5"); continue }
            guard !fields[4].isEmpty else { problem("concept `\(id)` has no gloss"); continue }
            seen[id] = number
            concepts.append(Concept(id: id, section: fields[1], kind: kind, weight: weight, gloss: fields[4], line: number))
        }
        return (ConceptInventory(concepts: concepts), diagnostics)
    }

    /// Heading concepts a language gives no form of: each is a problem at the language
    /// file's block for the section (a gap found in one language is closed in all).
    func missingHeadingConcepts(in lexicon: LanguageLexicon) -> [Concept] {
        missingConcepts(in: lexicon).filter { $0.entryKind == .heading }
    }

    /// The lexicon check's coverage rule: each heading concept the language lacks is a
    /// problem at the block of its section. Reading a lexicon does not fail on it (the
    /// lexicon works, with a gap); `lexicon check` does.
    public func coverageProblems(in lexicon: LanguageLexicon) -> [LexiconDiagnostic] {
        missingHeadingConcepts(in: lexicon).map { concept in
            LexiconDiagnostic(file: lexicon.file, line: lexicon.blockLines[concept.section] ?? 1,
                              message: "[\(concept.section)] has no heading: entry for concept `\(concept.id)` (\(concept.gloss))")
        }
    }

    /// Concepts of any kind a language gives no form of.
    func missingConcepts(in lexicon: LanguageLexicon) -> [Concept] {
        let present = Set(lexicon.sections.values.joined().compactMap(\.concept))
        return concepts.filter { !present.contains($0.id) }
    }
}
