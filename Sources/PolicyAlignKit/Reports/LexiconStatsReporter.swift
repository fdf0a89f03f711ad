/// `policyalign lexicon stats`: per language, heading cues/body terms per section.
public struct LexiconStatsReporter {
    public init() {}

    public func render(_ set: LexiconSet) -> String {
        let ids = set.taxonomy.ids
        var out = "heading cues/body terms per section; profile words; units\n"
        let idWidth = max(20, ids.map(\.count).max() ?? 0)
        var header = "section".padding(idWidth)
        for tag in set.tags { header += " " + tag.padding(7) }
        out += header + "\n"
        for id in ids {
            var row = id.padding(idWidth)
            for tag in set.tags {
                let terms = set.lexicon(tag)?.sections[id] ?? []
                let headings = terms.filter { $0.kind == .heading }.count
                row += " " + "\(headings)/\(terms.count - headings)".padding(7)
            }
            out += row + "\n"
        }
        var profile = "profile".padding(idWidth), units = "units".padding(idWidth)
        for tag in set.tags {
            profile += " " + String(set.lexicon(tag)?.profile.count ?? 0).padding(7)
            units += " " + String(set.lexicon(tag)?.units.count ?? 0).padding(7)
        }
        out += profile + "\n" + units + "\n"
        guard !set.concepts.concepts.isEmpty else { return out }
        // Concept coverage: forms given of the inventory's heading and other concepts.
        let headingConcepts = set.concepts.concepts.filter { $0.entryKind == .heading }.count
        let otherConcepts = set.concepts.concepts.count - headingConcepts
        var coverage = "concepts".padding(idWidth)
        for tag in set.tags {
            guard let lexicon = set.lexicon(tag) else { coverage += " " + "-".padding(7); continue }
            let missing = set.concepts.missingConcepts(in: lexicon)
            let missingHeadings = missing.filter { $0.entryKind == .heading }.count
            coverage += " " + "\(headingConcepts - missingHeadings)/\(otherConcepts - (missing.count - missingHeadings))".padding(7)
        }
        out += coverage + "  (heading/other concepts with forms, of \(headingConcepts)/\(otherConcepts))\n"
        return out
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
