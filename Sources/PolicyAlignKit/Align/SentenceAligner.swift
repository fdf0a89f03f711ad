import Foundation
import PolicyText

/// A sentence as the sentence aligner sees it: its length and its placeables.
public struct AlignableSentence: Sendable {
    public var length: Int
    public var placeables: Set<String>
    /// Punctuation that translations keep (brackets, quotes, a colon, a question mark):
    /// weak evidence, weighed less than placeables.
    public var shape: Set<String>
    /// Taxonomy sections whose lexicon terms the sentence uses: what it talks about, in
    /// terms that compare across languages (each side read with its own lexicon).
    public var topics: Set<Int>
    /// Starts of the sentence's long Latin-script words ("activ", "servi"): cognates and
    /// loanwords that languages written in Latin letters share.
    public var cognates: Set<String>
    /// Opens a paragraph: translations keep paragraphs, so a pair should open one on both
    /// sides or on neither.
    public var startsBlock: Bool
    /// A section's heading: it pairs with a heading, never inside a run of sentences.
    public var isHeading: Bool

    public init(length: Int, placeables: Set<String>, shape: Set<String> = [], topics: Set<Int> = [], cognates: Set<String> = [],
                startsBlock: Bool = true, isHeading: Bool = false) {
        self.startsBlock = startsBlock
        self.isHeading = isHeading
        self.length = length
        self.placeables = placeables
        self.shape = shape
        self.topics = topics
        self.cognates = cognates
    }

    /// The first five letters of each word of six letters or more, folded, Latin script only.
    public static func cognates(of text: String) -> Set<String> {
        var result = Set<String>()
        for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 6 {
            guard let first = word.unicodeScalars.first, first.isASCII || Scripts.code(of: first) == "Latn" else { continue }
            result.insert(String(TextFolding.fold(String(word), stripAccents: true).prefix(5)))
        }
        return result
    }

    /// The punctuation marks of a sentence that survive translation, script-independent.
    public static func shape(of text: String) -> Set<String> {
        var result = Set<String>()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "(", "（", "[": result.insert("bracket")
            case "\"", "“", "”", "«", "»", "「", "」", "『", "』", "„", "‹", "›": result.insert("quote")
            case ":", "：": result.insert("colon")
            case "?", "？", "؟": result.insert("question")
            case ";", "；", "؛": result.insert("semicolon")
            default: break
            }
        }
        return result
    }
}

/// Gale-Church sentence alignment: the cost of a bead is how unlikely its length
/// difference is under a normal model of translation length, plus its prior, less a bonus
/// for shared placeables (numbers, e-mails, names: anchors that survive translation).
/// Pure, and banded around the diagonal so time grows with sentences times band width.
public struct SentenceAligner: Sendable {
    /// Gale and Church's priors for 1-1, 1-0/0-1, 2-1/1-2 and 2-2 beads.
    /// 3-1 and 1-3, rare between European languages, are common where one side has no
    /// sentence punctuation (Thai) or joins sentences freely.
    var priors: [(Int, Int, Double)] {
        [(1, 1, 0.89), (1, 0, omissionPrior), (0, 1, 0.0099), (2, 1, 0.089), (1, 2, 0.089), (2, 2, 0.011), (3, 1, 0.006), (1, 3, 0.006)]
    }
    /// How likely a sentence of the original is left out: Gale and Church's 0.0099, raised
    /// by the caller when the translated section is short enough to have lost a sentence.
    public var omissionPrior = 0.03
    /// Variance of the length difference per character (Gale and Church's 6.8).
    public var variance = 6.8
    public var anchorBonus = 2.5
    public var topicBonus = 0.8
    public var cognateBonus = 0.6
    public var paragraphPenalty = 1.5
    public var headingPenalty = 3.0

    public init() {}

    public func align(_ source: [AlignableSentence], _ target: [AlignableSentence], ratio: Double) -> [Bead] {
        let n = source.count, m = target.count
        if n == 0 || m == 0 {
            return (0..<n).map { Bead(source: [$0], target: [], score: 0) } + (0..<m).map { Bead(source: [], target: [$0], score: 0) }
        }
        let band = AlignmentBand.halfWidth(n, m, minimum: 8, share: 0.15, shareLimit: 50, drift: 4)
        // Only the band is stored: row i holds columns around i's diagonal point, and each
        // cell keeps its cost and the index of its bead's prior (one byte), so memory grows
        // with n x band, not n x m.
        var table = BandTable<(cost: Double, step: UInt8)>(rows: n, columns: m, band: band, outside: (.infinity, 0))
        table[0, 0] = (0, 0)
        let priors = self.priors
        var ids: [String: Int32] = [:]
        let sourceFeatures = InternedFeatures(source, ids: &ids), targetFeatures = InternedFeatures(target, ids: &ids)
        func beadCost(_ a: Range<Int>, _ b: Range<Int>, prior: Double) -> Double {
            self.beadCost(source[a], target[b], a.isEmpty ? nil : sourceFeatures.union(a), b.isEmpty ? nil : targetFeatures.union(b),
                          ratio: ratio, prior: prior)
        }
        for i in 0...n {
            let (low, high) = table.span(of: i)
            guard low <= high else { continue }
            for j in low...high {
                let here = table[i, j].cost
                guard here < .infinity else { continue }
                for (index, (di, dj, prior)) in priors.enumerated() {
                    let ni = i + di, nj = j + dj
                    guard ni <= n, nj <= m, table.contains(ni, nj) else { continue }
                    let value = here + beadCost(i..<ni, j..<nj, prior: prior)
                    if value < table[ni, nj].cost { table[ni, nj] = (value, UInt8(index)) }
                }
            }
        }
        var beads: [Bead] = []
        var i = n, j = m
        if table[n, m].cost == .infinity { return (0..<n).map { Bead(source: [$0], target: [], score: 0) } }
        while i > 0 || j > 0 {
            let (di, dj, _) = priors[Int(table[i, j].step)]
            // The score says how well the lengths fit and how many shared anchors there are,
            // minus a merge's share: shared anchors never make a merge a perfect pair.
            let bead = beadCost((i - di)..<i, (j - dj)..<j, prior: 1)
                + (di > 1 || dj > 1 ? 1.5 : 0)
            beads.append(Bead(source: Array((i - di)..<i), target: Array((j - dj)..<j), score: di > 0 && dj > 0 ? min(1, exp(-max(0, bead) / 4)) : 0))
            i -= di
            j -= dj
        }
        return beads.reversed()
    }

    private func beadCost(_ a: ArraySlice<AlignableSentence>, _ b: ArraySlice<AlignableSentence>,
                          _ fa: InternedFeatures.Sentence?, _ fb: InternedFeatures.Sentence?, ratio: Double, prior: Double) -> Double {
        let la = Double(a.reduce(0) { $0 + $1.length }), lb = Double(b.reduce(0) { $0 + $1.length })
        var cost = -log(prior)
        if let fa, let fb {
            let mean = (la + lb / ratio) / 2
            let delta = (lb - la * ratio) / (max(mean, 1) * variance * ratio).squareRoot()
            cost += -log(max(2 * (1 - normalCDF(abs(delta))), 1e-12))
            // Each feature set of the bead's sentences, once per side, compared by counts.
            let placeables = InternedFeatures.compare(fa.placeables, fb.placeables)
            cost -= anchorBonus * Double(placeables.shared)
            cost += 0.5 * Double(placeables.unshared)
            let shape = InternedFeatures.compare(fa.shape, fb.shape)
            cost -= 0.7 * Double(shape.shared)
            cost += 0.5 * Double(shape.unshared)
            let topics = InternedFeatures.compare(fa.topics, fb.topics)
            cost -= topicBonus * Double(topics.shared)
            cost += 0.25 * Double(topics.unshared)
            let ca = fa.cognates, cb = fb.cognates
            if !ca.isEmpty, !cb.isEmpty { cost -= cognateBonus * Double(min(4, InternedFeatures.compare(ca, cb).shared)) }
            if a.first!.startsBlock != b.first!.startsBlock { cost += paragraphPenalty }
            // Headings pair with headings: no heading, only headings, or a heading merged with
            // text must be the same on both sides.
            func headingKind(_ side: ArraySlice<AlignableSentence>) -> Int {
                var headings = 0
                for sentence in side where sentence.isHeading { headings += 1 }
                return headings == 0 ? 0 : headings == side.count ? 1 : 2
            }
            if headingKind(a) != headingKind(b) { cost += headingPenalty }
        } else {
            // A sentence left out: its length says how much was lost.
            cost += log(1 + (la + lb) / 50)
        }
        return cost
    }

    private func normalCDF(_ x: Double) -> Double { 0.5 * (1 + erf(x / 2.0.squareRoot())) }
}

/// Each sentence's feature sets as sorted ids, interned once per alignment: a bead's cost
/// then compares short integer arrays instead of building and hashing sets of strings.
struct InternedFeatures {
    enum Feature { case placeables, shape, topics, cognates }

    struct Sentence {
        var placeables: [Int32], shape: [Int32], topics: [Int32], cognates: [Int32]

        // A switch, not a key path: key-path projection cost more than the comparison itself
        // in the innermost loop of the alignment.
        subscript(feature: Feature) -> [Int32] {
            switch feature {
            case .placeables: placeables
            case .shape: shape
            case .topics: topics
            case .cognates: cognates
            }
        }
    }
    let sentences: [Sentence]

    init(_ sentences: [AlignableSentence], ids: inout [String: Int32]) {
        func intern(_ values: Set<String>) -> [Int32] {
            values.map { value in
                if let id = ids[value] { return id }
                let id = Int32(ids.count)
                ids[value] = id
                return id
            }.sorted()
        }
        let interned = sentences.map { sentence in
            Sentence(placeables: intern(sentence.placeables), shape: intern(sentence.shape),
                     topics: sentence.topics.map { Int32($0) }.sorted(), cognates: intern(sentence.cognates))
        }
        self.sentences = interned
        spans = (2...3).map { length in
            interned.indices.map { start in Self.merge(interned[start..<min(interned.count, start + length)]) }
        }
    }

    /// Each feature's union over the sentences of `range`: precomputed for the spans a
    /// bead covers (one to three sentences from each start), so the table's cells, which
    /// ask for the same spans again and again, allocate nothing.
    func union(_ range: Range<Int>) -> Sentence {
        let length = range.count
        if length == 1 { return sentences[range.lowerBound] }
        if length - 2 < spans.count { return spans[length - 2][range.lowerBound] }
        return Self.merge(sentences[range])
    }

    /// Unions over 2 and 3 sentences from each start (`spans[length - 2][start]`).
    private let spans: [[Sentence]]

    static func merge(_ run: ArraySlice<Sentence>) -> Sentence {
        func union(_ feature: Feature) -> [Int32] {
            var merged: [Int32] = []
            for sentence in run { merged += sentence[feature] }
            merged.sort()
            var unique: [Int32] = []
            unique.reserveCapacity(merged.count)
            for id in merged where unique.last != id { unique.append(id) }
            return unique
        }
        return Sentence(placeables: union(.placeables), shape: union(.shape), topics: union(.topics), cognates: union(.cognates))
    }

    /// How many ids two sorted sets share, and how many are in one only.
    static func compare(_ a: [Int32], _ b: [Int32]) -> (shared: Int, unshared: Int) {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return (shared, a.count + b.count - 2 * shared)
    }
}

/// The cells of an (n+1) x (m+1) dynamic-programming table that lie within `band` columns
/// of each row's diagonal point (i * m / n): memory grows with n x band, not n x m. Cells
/// outside read as `outside`, and writes to them are dropped (the search never expands
/// them, so no path goes through them).
struct BandTable<Cell> {
    let rows: Int, columns: Int, band: Int
    private let width: Int
    private let outside: Cell
    private var cells: [Cell]

    init(rows: Int, columns: Int, band: Int, outside: Cell) {
        self.rows = rows
        self.columns = columns
        self.band = band
        self.outside = outside
        width = 2 * band + 1
        cells = [Cell](repeating: outside, count: (rows + 1) * width)
    }

    private func center(of i: Int) -> Int { rows == 0 ? 0 : Int(Double(i) * Double(columns) / Double(rows)) }

    /// The first and last column stored for row `i`.
    func span(of i: Int) -> (low: Int, high: Int) {
        let center = center(of: i)
        return (max(0, center - band), min(columns, center + band))
    }

    func contains(_ i: Int, _ j: Int) -> Bool {
        let (low, high) = span(of: i)
        return j >= low && j <= high
    }

    private func offset(_ i: Int, _ j: Int) -> Int { i * width + j - center(of: i) + band }

    subscript(i: Int, j: Int) -> Cell {
        get { contains(i, j) ? cells[offset(i, j)] : outside }
        set { if contains(i, j) { cells[offset(i, j)] = newValue } }
    }
}

/// How far from the diagonal an alignment of `n` x `m` items looks.
enum AlignmentBand {
    /// Half-width: `minimum`, or a share of the longer side up to `shareLimit`, widened by
    /// the difference in count up to 60, and at least what the diagonal's slope needs for
    /// one row's columns to reach the next's. The diagonal already follows the ratio of the
    /// counts; the widening is room for a local run of merges or omissions, and its limit
    /// keeps time and memory linear when the counts differ a lot (Thai, without sentence
    /// marks, against English).
    static func halfWidth(_ n: Int, _ m: Int, minimum: Int, share: Double, shareLimit: Int, drift: Int) -> Int {
        let slope = (m + max(n, 1) - 1) / max(n, 1)
        return max(minimum, min(abs(n - m), 60) + drift, slope + drift, min(shareLimit, Int(Double(max(n, m)) * share)))
    }
}
