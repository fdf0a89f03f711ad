import Foundation

/// What the section aligner knows of a section: no text, only features that compare
/// across languages.
public struct AlignableSection: Sendable {
    /// Canonical labels, primary first.
    public let labels: [String]
    /// Numbering as written ("1.2", "iv"), normalized to ASCII, or nil.
    public var numbering: String?
    /// Placeables: numbers, e-mails, URLs, acronyms and names, as normalized values.
    public var placeables: Set<String>
    /// Length in characters.
    public var length: Int
    /// Heading level.
    public var level: Int
    /// The heading's id in the markup; versions that share it share the section.
    public var anchor: String?

    /// A run-in heading ("For California Residents. We ..."): a paragraph that the other
    /// version may well write without a heading of its own.
    public var runIn: Bool
    /// The labels as a set, for the many comparisons of the aligner.
    public let labelSet: Set<String>

    public init(labels: [String], numbering: String?, placeables: Set<String>, length: Int, level: Int, runIn: Bool = false,
                anchor: String? = nil) {
        self.anchor = anchor
        self.labels = labels
        self.runIn = runIn
        labelSet = Set(labels)
        self.numbering = numbering
        self.placeables = placeables
        self.length = length
        self.level = level
    }
}

/// A step of an alignment: sections of the source and of the target that correspond
/// (1-1, 2-1, 1-2), or a section with no counterpart (1-0, 0-1).
public struct Bead: Sendable, Equatable {
    public let source: [Int]
    public let target: [Int]
    public let score: Double
}

/// Aligns two section sequences by dynamic programming over 1-1, 1-2, 2-1, 1-0 and 0-1
/// steps. Pure: features in, beads out.
public struct SectionAligner: Sendable {
    /// Below this similarity a pair costs more than leaving both sections unmatched.
    public var threshold = 0.35
    public var mergePenalty = 0.02

    public init() {}

    public func align(_ source: [AlignableSection], _ target: [AlignableSection]) -> [Bead] {
        let n = source.count, m = target.count
        let ratio = Self.lengthRatio(source, target)
        // table[i, j]: best total for the first i source and j target sections, and the
        // step that reached it. Banded around the diagonal: long documents cost sections
        // times band width, in time and in memory.
        let band = AlignmentBand.halfWidth(n, m, minimum: 12, share: 0.2, shareLimit: 60, drift: 6)
        var table = BandTable<(best: Double, di: UInt8, dj: UInt8, score: Double)>(rows: n, columns: m, band: band,
                                                                                   outside: (-.infinity, 0, 0, 0))
        table[0, 0] = (0, 0, 0, 0)
        for i in 0...n {
            let (low, high) = table.span(of: i)
            for j in low...high where table[i, j].best > -.infinity {
                let here = table[i, j].best
                func relax(_ di: Int, _ dj: Int, _ gain: Double, _ score: Double) {
                    let ni = i + di, nj = j + dj
                    guard ni <= n, nj <= m, table.contains(ni, nj), here + gain > table[ni, nj].best else { return }
                    table[ni, nj] = (here + gain, UInt8(di), UInt8(dj), score)
                }
                relax(1, 0, 0, 0)
                relax(0, 1, 0, 0)
                if i < n && j < m {
                    let score = similarity([source[i]], [target[j]], ratio: ratio, position: (Double(i) / Double(max(n, 1)), Double(j) / Double(max(m, 1))))
                    relax(1, 1, score - threshold, score)
                }
                if i + 1 < n && j < m {
                    let score = similarity([source[i], source[i + 1]], [target[j]], ratio: ratio, position: (Double(i) / Double(n), Double(j) / Double(m)))
                    relax(2, 1, score - threshold - mergeCost(source[i], source[i + 1]), score)
                }
                if i < n && j + 1 < m {
                    let score = similarity([source[i]], [target[j], target[j + 1]], ratio: ratio, position: (Double(i) / Double(n), Double(j) / Double(m)))
                    relax(1, 2, score - threshold - mergeCost(target[j], target[j + 1]), score)
                }
            }
        }
        var beads: [Bead] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let cell = table[i, j]
            let (di, dj, score) = (Int(cell.di), Int(cell.dj), cell.score)
            beads.append(Bead(source: Array((i - di)..<i), target: Array((j - dj)..<j), score: score))
            i -= di
            j -= dj
        }
        return Self.pairOrphans(Self.absorbRunIns(beads.reversed(), source, target), source, target, ratio: ratio, aligner: self)
    }

    /// One section left alone on each side between two pairs, with the same numbering or
    /// anchor, or the translated one emptied (its body lost): the same section, changed.
    /// Leaving both alone would report a missing section that is there.
    static func pairOrphans(_ beads: [Bead], _ source: [AlignableSection], _ target: [AlignableSection], ratio: Double,
                            aligner: SectionAligner) -> [Bead] {
        var result: [Bead] = []
        var index = 0
        while index < beads.count {
            let bead = beads[index]
            if index + 1 < beads.count {
                let next = beads[index + 1]
                let pair: (Int, Int)?
                if bead.target.isEmpty, bead.source.count == 1, next.source.isEmpty, next.target.count == 1 {
                    pair = (bead.source[0], next.target[0])
                } else if bead.source.isEmpty, bead.target.count == 1, next.target.isEmpty, next.source.count == 1 {
                    pair = (next.source[0], bead.target[0])
                } else {
                    pair = nil
                }
                let pairedBefore = result.last.map { !$0.source.isEmpty && !$0.target.isEmpty } ?? true
                let pairedAfter = index + 2 < beads.count ? !beads[index + 2].source.isEmpty && !beads[index + 2].target.isEmpty : true
                if let (s, t) = pair, pairedBefore, pairedAfter {
                    let a = source[s], b = target[t]
                    let sameNumber = a.numbering != nil && a.numbering == b.numbering
                    let sameAnchor = a.anchor != nil && a.anchor == b.anchor
                    let emptied = Double(b.length) < Double(a.length) * ratio * 0.3 && a.level == b.level
                    let bothOpen = s == 0 && t == 0
                    if sameNumber || sameAnchor || emptied || bothOpen {
                        let score = aligner.similarity([a], [b], ratio: ratio, position: (0, 0))
                        result.append(Bead(source: [s], target: [t], score: score))
                        index += 2
                        continue
                    }
                }
            }
            result.append(bead)
            index += 1
        }
        return result
    }

    /// A run-in section left without a counterpart joins the pair before it: the other
    /// version has the same paragraph inside that section, only without a heading (Chinese,
    /// Thai and Arabic rarely write run-in headings). A section with a heading of its own
    /// that has no counterpart stays missing.
    static func absorbRunIns(_ beads: [Bead], _ source: [AlignableSection], _ target: [AlignableSection]) -> [Bead] {
        var result: [Bead] = []
        for bead in beads {
            if let previous = result.last, !previous.source.isEmpty, !previous.target.isEmpty {
                let lonelySource = bead.target.isEmpty && bead.source.count == 1 && source[bead.source[0]].runIn
                let lonelyTarget = bead.source.isEmpty && bead.target.count == 1 && target[bead.target[0]].runIn
                if lonelySource || lonelyTarget {
                    result[result.count - 1] = Bead(source: previous.source + bead.source, target: previous.target + bead.target,
                                                    score: previous.score)
                    continue
                }
            }
            result.append(bead)
        }
        return result
    }

    /// A merge must explain why one version has a heading the other lacks: cheap for a
    /// short member or a run-in heading, dear for two full sections with headings of their own.
    func mergeCost(_ a: AlignableSection, _ b: AlignableSection) -> Double {
        let total = max(1, a.length + b.length)
        let share = Double(min(a.length, b.length)) / Double(total)
        let headed = !a.runIn && !b.runIn && a.level == b.level
        return mergePenalty + (headed ? 0.15 : 0.1) * share
    }

    /// Target length over source length for the whole documents: the usual expansion of
    /// the language pair and script (Chinese is shorter than English, German longer).
    static func lengthRatio(_ source: [AlignableSection], _ target: [AlignableSection]) -> Double {
        let s = source.reduce(0) { $0 + $1.length }, t = target.reduce(0) { $0 + $1.length }
        return s > 0 && t > 0 ? Double(t) / Double(s) : 1
    }

    /// 0...1: how likely the two groups of sections say the same.
    public func similarity(_ a: [AlignableSection], _ b: [AlignableSection], ratio: Double, position: (Double, Double)) -> Double {
        // A shared anchor id (`{#cookies}`) is the markup saying these are one section.
        let anchored = a.count == 1 && b.count == 1 && a[0].anchor != nil && a[0].anchor == b[0].anchor
        let base = contentSimilarity(a, b, ratio: ratio, position: position)
        return anchored ? min(1, base + 0.3) : base
    }

    func contentSimilarity(_ a: [AlignableSection], _ b: [AlignableSection], ratio: Double, position: (Double, Double)) -> Double {
        let label = labelAgreement(a, b)

        // Numbering agrees often but not always: a translation that dropped a section
        // renumbers the rest, so a different number is weak evidence against a pair.
        var numbering = 0.5
        if let x = a.first?.numbering, let y = b.first?.numbering { numbering = x == y ? 1 : 0.3 }
        else if (a.first?.numbering == nil) != (b.first?.numbering == nil) { numbering = 0.4 }

        let placeablesA = a.count == 1 ? a[0].placeables : a.reduce(into: Set<String>()) { $0.formUnion($1.placeables) }
        let placeablesB = b.count == 1 ? b[0].placeables : b.reduce(into: Set<String>()) { $0.formUnion($1.placeables) }
        let shared = placeablesA.count <= placeablesB.count
            ? placeablesA.reduce(0) { $0 + (placeablesB.contains($1) ? 1 : 0) }
            : placeablesB.reduce(0) { $0 + (placeablesA.contains($1) ? 1 : 0) }
        let unionCount = placeablesA.count + placeablesB.count - shared
        let placeables = unionCount == 0 ? 0.5 : Double(shared) / Double(unionCount)

        let lengthA = Double(a.reduce(0) { $0 + $1.length }) * ratio, lengthB = Double(b.reduce(0) { $0 + $1.length })
        let length = lengthA > 0 && lengthB > 0 ? exp(-abs(log(lengthB / lengthA)) * 1.5) : 0.2

        let place = max(0, 1 - abs(position.0 - position.1) * 3)
        let level = a.first?.level == b.first?.level ? 1.0 : 0.6
        return 0.30 * label + 0.14 * numbering + 0.16 * placeables + 0.22 * length + 0.12 * place + 0.06 * level
    }

    /// How far the labels say the same: for a group (a merge), every member must find its
    /// topic on the other side, or the merge is only half right.
    func labelAgreement(_ a: [AlignableSection], _ b: [AlignableSection]) -> Double {
        func score(_ members: [AlignableSection], against others: [AlignableSection]) -> Double {
            let primaries = Set(others.compactMap(\.labels.first))
            let all = others.count == 1 ? others[0].labelSet : Set(others.flatMap(\.labels))
            let values = members.map { member -> Double in
                guard let primary = member.labels.first else { return 0.3 }
                // An unlabelled section (`other`) neither agrees nor disagrees.
                if primary == Taxonomy.other || all == [Taxonomy.other] { return 0.5 }
                if primaries.contains(primary) { return 1 }
                if all.contains(primary) || !member.labelSet.isDisjoint(with: primaries) { return 0.6 }
                return member.labelSet.isDisjoint(with: all) ? 0 : 0.3
            }
            return values.reduce(0, +) / Double(max(values.count, 1))
        }
        return (score(a, against: b) + score(b, against: a)) / 2
    }
}
