import Foundation
import PolicyText

/// Words and word pairs that labelled policies use for one section far more than for the
/// others, in one language, and that its lexicon does not match yet: proposals for a
/// person to review before they become entries (they are never applied as they are).
public struct TermProposer {
    struct Counts {
        /// Sections holding the term, by gold label.
        var bySection: [Int: Int] = [:]
        var documents: Set<String> = []
        var total = 0
    }

    public struct Proposal: Sendable {
        public let language: String
        public let section: String
        public let term: String
        /// Share of the sections holding the term that have this label.
        public let precision: Double
        public let support: Int
        public let documents: Int
    }

    private let taxonomy: Taxonomy
    private var counts: [String: [String: Counts]] = [:]
    private var known: [String: (String, Int) -> Bool] = [:]
    /// Words of the text read per section: enough to see its vocabulary, bounded for huge ones.
    static let wordsPerSection = 400

    public init(taxonomy: Taxonomy) { self.taxonomy = taxonomy }

    private var readers: [String: (tokenizer: Tokenizer, profile: Set<String>)] = [:]

    /// Adds one policy's gold sections (heading words and the first words of the body), read
    /// with the lexicon of `language`; a language without one is skipped.
    public mutating func add(document: String, language: String, lexicons: LexiconSet, detected: [Section], gold: [GoldSection]) {
        guard let tag = lexicons.resolve(language), let source = lexicons.lexicon(tag), let lexicon = lexicons.compiled(tag),
              let reader = readers[tag] ?? (try? Tokenizer(locale: tag)).map({
                  ($0, Set(source.profile.map { TextFolding.fold($0.word, stripAccents: source.foldAccents) }))
              }) else { return }
        readers[tag] = reader
        let (tokenizer, profile) = reader
        let language = tag
        let byLine = Dictionary(detected.map { ($0.startLine, $0) }, uniquingKeysWith: { first, _ in first })
        known[language] = { term, section in
            let words = term.split(separator: " ").map(String.init)
            return lexicon.hits(in: words).contains { lexicon.entries[$0.entry].section == section }
        }
        for goldSection in gold {
            guard let section = byLine[goldSection.startLine], let label = goldSection.labels.first,
                  let position = taxonomy.position(of: label) else { continue }
            let words = tokenizer.words(section.heading ?? "", foldAccents: lexicon.foldAccents)
                + tokenizer.words(String(section.bodyText.prefix(Self.wordsPerSection * 8)), foldAccents: lexicon.foldAccents)
                    .prefix(Self.wordsPerSection)
            let content = words.filter { word in
                word.count >= 2 && !word.allSatisfy(\.isNumber)
            }
            var terms = Set(content.filter { !profile.contains($0) })
            for (first, second) in zip(content, content.dropFirst()) where !(profile.contains(first) && profile.contains(second)) {
                terms.insert(first + " " + second)
            }
            for term in terms {
                counts[language, default: [:]][term, default: Counts()].bySection[position, default: 0] += 1
                counts[language, default: [:]][term, default: Counts()].total += 1
                counts[language, default: [:]][term, default: Counts()].documents.insert(document)
            }
        }
    }

    /// Terms found in at least `support` sections of at least two documents, at least
    /// `precision` of them with one label, not matched by the lexicon for that label.
    public func proposals(support: Int = 3, precision: Double = 0.6, perSection: Int = 12) -> [Proposal] {
        var result: [Proposal] = []
        for (language, terms) in counts.sorted(by: { $0.key < $1.key }) {
            var byLabel: [Int: [Proposal]] = [:]
            for (term, count) in terms where count.documents.count >= 2 {
                guard let (section, hits) = count.bySection.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
                      hits >= support else { continue }
                let share = Double(hits) / Double(count.total)
                guard share >= precision, !(known[language]?(term, section) ?? false) else { continue }
                byLabel[section, default: []].append(Proposal(language: language, section: taxonomy.entries[section].id, term: term,
                                                              precision: share, support: hits, documents: count.documents.count))
            }
            for section in byLabel.keys.sorted() {
                let ranked = byLabel[section]!.sorted { ($0.support, $0.precision, $1.term) > ($1.support, $1.precision, $0.term) }
                result += ranked.prefix(perSection)
            }
        }
        return result
    }

    /// Tab-separated, with a header line: language, section, term, precision, support, documents.
    public static func render(_ proposals: [Proposal]) -> String {
        var text = "# Terms to review: found in labelled training sections of one label, not in the lexicon for it.\n"
        text += "language\tsection\tterm\tprecision\tsupport\tdocuments\n"
        for proposal in proposals {
            text += [proposal.language, proposal.section, proposal.term, String(format: "%.2f", proposal.precision),
                     String(proposal.support), String(proposal.documents)].joined(separator: "\t") + "\n"
        }
        return text
    }
}
