/// A fact that differs between an original and its translation.
public struct FactFinding: Sendable, Equatable {
    public enum Status: String, Sendable, Codable { case mismatch, missing, extra }

    public let kind: Fact.Kind
    /// The original's fact; nil when the translation added one.
    public let source: Fact?
    /// The translation's fact; nil when the translation lost one.
    public let target: Fact?
    public let status: Status
    /// Section indexes the facts were compared in.
    public let sourceSection: Int?
    public let targetSection: Int?
    /// The sentences the facts stand in; for a missing fact, `targetSentence` is the
    /// translation's sentence aligned with the original's, where the fact should be.
    public var sourceSentence: Sentence? = nil
    public var targetSentence: Sentence? = nil
}

/// Compares the facts of aligned sections as multisets of normalized values, sentence pair
/// by sentence pair first: what is left on both sides after matching equal values is a
/// mismatch when the kinds pair up ("7 year" against "5 year"), else missing or extra.
public enum FactComparison {
    /// The facts of one sentence pair (or of a sentence with no counterpart), with the
    /// sentences they stand in.
    public struct Group {
        public var source: [(Fact, Sentence)]
        public var target: [(Fact, Sentence)]
        /// The translation's sentence of the pair, where a missing fact should be.
        public var targetSentence: Sentence?
    }

    /// Compares inside each sentence pair first and only then across the section, so that
    /// a changed value is paired with its own counterpart, not with the next one of its kind.
    public static func compare(_ groups: [Group], sourceSection: Int?, targetSection: Int?) -> [FactFinding] {
        var groups = groups
        let allSource = groups.flatMap { $0.source.map(\.0) }, allTarget = groups.flatMap { $0.target.map(\.0) }
        func matches(_ a: Fact, _ b: Fact) -> Bool { (a.kind == b.kind && a.value == b.value) || equivalent(a, b) }
        // 1. Equal values inside a pair; 2. equal values anywhere in the section (a fact
        // that moved to another sentence). Stated facts first, then latent ones (a number
        // word), so that "mười ba (16)" does not let the word hide the changed digits.
        for latentAllowed in [false, true] {
            func eligible(_ a: Fact, _ b: Fact) -> Bool { (latentAllowed || (!a.isLatent && !b.isLatent)) && matches(a, b) }
            /// Removes the first target fact among `candidates` that `fact` matches; true if one did.
            func matchAway(_ fact: Fact, among candidates: [Int]) -> Bool {
                for other in candidates {
                    if let match = groups[other].target.firstIndex(where: { eligible(fact, $0.0) }) {
                        groups[other].target.remove(at: match)
                        return true
                    }
                }
                return false
            }
            for index in groups.indices {
                groups[index].source = groups[index].source.filter { !matchAway($0.0, among: [index]) }
            }
            for index in groups.indices {
                groups[index].source = groups[index].source.filter { !matchAway($0.0, among: Array(groups.indices)) }
            }
        }
        // What is left of latent facts matched nothing and says nothing. A value the other
        // side does give elsewhere is a repetition ("16 years old. If you are under 16"
        // where the translation says "under this age"), not a lost fact.
        let sourceNumbers = Set(allSource.filter { !$0.isLatent }.compactMap(numericPart))
        let targetNumbers = Set(allTarget.filter { !$0.isLatent }.compactMap(numericPart))
        for index in groups.indices {
            groups[index].source.removeAll { $0.0.isLatent || (numericPart($0.0).map(targetNumbers.contains) ?? false) }
            groups[index].target.removeAll { $0.0.isLatent || (numericPart($0.0).map(sourceNumbers.contains) ?? false) }
        }
        var findings: [FactFinding] = []
        func finding(_ source: (Fact, Sentence)?, _ target: (Fact, Sentence)?, _ status: FactFinding.Status, at group: Group) -> FactFinding {
            var made = FactFinding(kind: (source ?? target)!.0.kind, source: source?.0, target: target?.0, status: status,
                                   sourceSection: sourceSection, targetSection: targetSection)
            made.sourceSentence = source?.1
            made.targetSentence = target?.1 ?? group.targetSentence
            return made
        }
        // 3. What is left pairs up as a mismatch inside its pair, 4. then across the section.
        for index in groups.indices {
            var remaining: [(Fact, Sentence)] = []
            for item in groups[index].source {
                if let match = groups[index].target.firstIndex(where: { comparableKind(item.0.kind, $0.0.kind) }) {
                    findings.append(finding(item, groups[index].target.remove(at: match), .mismatch, at: groups[index]))
                } else {
                    remaining.append(item)
                }
            }
            groups[index].source = remaining
        }
        for index in groups.indices {
            for item in groups[index].source {
                if let other = groups.indices.first(where: { groups[$0].target.contains { comparableKind(item.0.kind, $0.0.kind) } }),
                   let match = groups[other].target.firstIndex(where: { comparableKind(item.0.kind, $0.0.kind) }) {
                    findings.append(finding(item, groups[other].target.remove(at: match), .mismatch, at: groups[index]))
                } else {
                    findings.append(finding(item, nil, .missing, at: groups[index]))
                }
            }
        }
        for group in groups {
            for item in group.target { findings.append(finding(nil, item, .extra, at: group)) }
        }
        return findings.sorted { ($0.target?.line ?? $0.targetSentence?.line ?? 0) < ($1.target?.line ?? $1.targetSentence?.line ?? 0) }
    }

    /// The same fact written two ways: a duration and its bare number ("12 months" where
    /// the translation's unit word is unknown), a percent and its number.
    static func equivalent(_ a: Fact, _ b: Fact) -> Bool {
        // A link to the translation's own language version of a page ("de.wikipedia.org/wiki/
        // Datenschutz-Grundverordnung" for "en.wikipedia.org/wiki/General_Data_Protection_
        // Regulation") is the same link, localised on purpose.
        if a.kind == .url && b.kind == .url { return LinkTargets.localizedCounterparts(a.text, b.text) }
        if a.kind == .phone && b.kind == .phone { return samePhone(a.value, b.value) }
        // Dates agree when they agree on every part both give ("2023" and "2023-01-15",
        // "05/06/2024" read either way).
        if a.kind == .date && b.kind == .date { return DateValue.compatible(a.value, b.value) }
        func number(_ fact: Fact) -> String? {
            switch fact.kind {
            case .number, .percent, .date: return fact.value
            case .duration: return fact.value.split(separator: " ").first.map(String.init)
            default: return nil
            }
        }
        guard a.kind != b.kind, [a.kind, b.kind].contains(.duration) || [a.kind, b.kind].contains(.percent),
              let x = number(a), let y = number(b) else { return false }
        return x == y
    }

    /// One phone number written nationally and internationally: "050-1721-3991" and
    /// "+81-50-1721-3991" (the country code replaces the trunk 0), or "+81-0120-700-779".
    static func samePhone(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        let national = short.hasPrefix("0") ? String(short.dropFirst()) : short
        guard national.count >= 6, long.hasSuffix(national) else { return false }
        var prefix = long.dropLast(national.count)
        if prefix.hasSuffix("0") { prefix = prefix.dropLast() }
        return (1...3).contains(prefix.count)
    }

    /// The number a numeric fact states ("16" of "16 year"), nil for addresses and dates.
    static func numericPart(_ fact: Fact) -> String? {
        switch fact.kind {
        case .number, .percent: return fact.value.split(separator: " ").first.map(String.init)
        case .duration: return fact.value.split(separator: " ").first.map(String.init)
        default: return nil
        }
    }

    /// Facts of one kind pair up as a mismatch, and a number with a duration ("13" where a
    /// translation writes "16 years" of age); a number against an e-mail is two findings.
    static func comparableKind(_ a: Fact.Kind, _ b: Fact.Kind) -> Bool {
        a == b || (Set([a, b]) == [.number, .duration])
    }
}
