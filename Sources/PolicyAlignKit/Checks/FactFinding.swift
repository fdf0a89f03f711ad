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
}

/// Compares the facts of aligned sections as multisets of normalized values: what is
/// left on both sides after matching equal values is a mismatch when the kinds pair up
/// ("7 year" against "5 year"), else missing or extra.
public enum FactComparison {
    public static func compare(_ source: [Fact], _ target: [Fact], sourceSection: Int?, targetSection: Int?) -> [FactFinding] {
        var unmatchedTarget = target
        var unmatchedSource: [Fact] = []
        for fact in source {
            if let index = unmatchedTarget.firstIndex(where: { $0.kind == fact.kind && $0.value == fact.value }) {
                unmatchedTarget.remove(at: index)
            } else if let index = unmatchedTarget.firstIndex(where: { equivalent(fact, $0) }) {
                unmatchedTarget.remove(at: index)
            } else {
                unmatchedSource.append(fact)
            }
        }
        var findings: [FactFinding] = []
        for fact in unmatchedSource {
            if let index = unmatchedTarget.firstIndex(where: { comparableKind(fact.kind, $0.kind) }) {
                findings.append(FactFinding(kind: fact.kind, source: fact, target: unmatchedTarget[index], status: .mismatch,
                                            sourceSection: sourceSection, targetSection: targetSection))
                unmatchedTarget.remove(at: index)
            } else {
                findings.append(FactFinding(kind: fact.kind, source: fact, target: nil, status: .missing,
                                            sourceSection: sourceSection, targetSection: targetSection))
            }
        }
        for fact in unmatchedTarget {
            findings.append(FactFinding(kind: fact.kind, source: nil, target: fact, status: .extra,
                                        sourceSection: sourceSection, targetSection: targetSection))
        }
        return findings
    }

    /// The same fact written two ways: a duration and its bare number ("12 months" where
    /// the translation's unit word is unknown), a percent and its number.
    static func equivalent(_ a: Fact, _ b: Fact) -> Bool {
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

    /// Facts of one kind pair up as a mismatch, and a number with a duration ("13" where a
    /// translation writes "16 years" of age); a number against an e-mail is two findings.
    static func comparableKind(_ a: Fact.Kind, _ b: Fact.Kind) -> Bool {
        a == b || (Set([a, b]) == [.number, .duration])
    }
}
