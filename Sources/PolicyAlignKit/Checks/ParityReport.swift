import Foundation

/// Two or more language versions of one policy compared with a reference: which canonical
/// sections each covers, what is missing or extra, untranslated clauses, differing facts,
/// and sections far shorter than the rest suggest (likely truncated).
public struct ParityReport: Sendable {
    public struct Missing: Sendable { public let file: String; public let label: String; public let referenceSection: Int }
    public struct Extra: Sendable { public let file: String; public let section: Int; public let label: String }
    public struct Clause: Sendable { public let file: String; public let clause: UntranslatedClause }
    public struct FactDifference: Sendable { public let file: String; public let finding: FactFinding }
    /// A section the translation reads, with its own lexicon, as another topic than the
    /// original's section it is aligned with: a heading translated loosely, a lexicon gap,
    /// or a section that says something else. Not a finding: a place to look.
    public struct Disagreement: Sendable {
        public let file: String
        public let section: Int
        public let referenceSection: Int
        public let label: String
        public let referenceLabel: String
    }
    public struct Truncated: Sendable {
        public let file: String
        public let section: Int
        public let referenceSection: Int
        /// This pair's length ratio over the document's usual one.
        public let relativeLength: Double
    }

    /// `partial`: some of the reference's sections with the label have a counterpart, some
    /// not; `extra`: only the translation has the label.
    public enum Presence: String, Sendable { case present, partial, missing, extra }

    public let reference: AnalyzedPolicy
    /// The other versions, each aligned with the reference.
    public let alignments: [PolicyAlignment]
    /// Canonical label -> column key (language, or file when two share one) -> presence.
    public let matrix: [(label: String, cells: [(column: String, presence: Presence)])]
    public let columns: [(key: String, file: String, language: String)]
    public let missing: [Missing]
    public let extra: [Extra]
    public let untranslated: [Clause]
    public let facts: [FactDifference]
    public let truncated: [Truncated]
    public let disagreements: [Disagreement]
    /// Every finding of every translation; one difference that several translations share
    /// is one finding listing their languages.
    public let findings: [Finding]
    /// Per translation file, the share of its text still in the source language.
    public let untranslatedShares: [(file: String, share: Double)]
    /// The reference, then every translation.
    public var documents: [AnalyzedPolicy] { [reference] + alignments.map(\.target) }
    /// Findings a project's ignore rules or baseline set aside, over every translation.
    public var setAside: Int { alignments.reduce(0) { $0 + $1.setAside } }

    public init(reference: AnalyzedPolicy, alignments: [PolicyAlignment], taxonomy: Taxonomy) {
        self.reference = reference
        self.alignments = alignments
        let documents = [reference] + alignments.map(\.target)
        var seen: [String: Int] = [:]
        for document in documents { seen[document.language, default: 0] += 1 }
        columns = documents.map { document in
            (seen[document.language]! > 1 ? document.document.file : document.language, document.document.file, document.language)
        }
        // A section is present in a translation when it is aligned there: the matrix and
        // the missing list say the same.
        var rows: [(String, [(String, Presence)])] = []
        let ids = taxonomy.ids.contains(Taxonomy.other) ? taxonomy.ids : taxonomy.ids + [Taxonomy.other]
        let referenceLabels = Set(reference.sections.map(\.label))
        for id in ids {
            let inReference = reference.sections.indices.filter { reference.sections[$0].label == id }
            var cells: [(String, Presence)] = [(columns[0].key, inReference.isEmpty ? .missing : .present)]
            var any = !inReference.isEmpty
            for (offset, alignment) in alignments.enumerated() {
                let key = columns[offset + 1].key
                if referenceLabels.contains(id) {
                    let missingHere = Set(alignment.missingSections)
                    let lost = inReference.filter { missingHere.contains($0) }.count
                    cells.append((key, lost == 0 ? .present : lost == inReference.count ? .missing : .partial))
                } else if alignment.extraSections.contains(where: { alignment.target.sections[$0].label == id }) {
                    cells.append((key, .extra))
                    any = true
                } else {
                    cells.append((key, .missing))
                }
            }
            if any { rows.append((id, cells)) }
        }
        matrix = rows

        var missing: [Missing] = [], extra: [Extra] = [], clauses: [Clause] = [], facts: [FactDifference] = []
        var truncated: [Truncated] = []
        var disagreements: [Disagreement] = []
        for alignment in alignments {
            let file = alignment.target.document.file
            for pair in alignment.sectionPairs {
                guard let source = pair.source, let target = pair.target, let own = pair.targetLabel,
                      let original = pair.sourceLabel, own != Taxonomy.other, original != Taxonomy.other,
                      !reference.sections[source].labels.contains(own), !reference.sections[source].isOpening else { continue }
                disagreements.append(Disagreement(file: file, section: target, referenceSection: source, label: own, referenceLabel: original))
            }
            for index in alignment.missingSections {
                missing.append(Missing(file: file, label: reference.sections[index].label, referenceSection: index))
            }
            for index in alignment.extraSections {
                extra.append(Extra(file: file, section: index, label: alignment.target.sections[index].label))
            }
            clauses += alignment.untranslated.map { Clause(file: file, clause: $0) }
            facts += alignment.facts.map { FactDifference(file: file, finding: $0) }
            truncated += Self.truncatedSections(alignment)
        }
        self.missing = missing
        self.extra = extra
        untranslated = clauses
        self.facts = facts
        self.truncated = truncated
        self.disagreements = disagreements
        findings = Self.aggregate(Self.withoutConventionalNames(alignments.map { ($0.target.language, $0.findings) }))
        untranslatedShares = alignments.map { ($0.target.document.file, $0.untranslatedShare) }
    }

    /// A short span that most translations keep as the original writes it ("Privacy
    /// Shield", "Do Not Track") is a name by convention, not a clause left untranslated.
    /// Long clauses kept everywhere stay findings: they are text the translations lack.
    static func withoutConventionalNames(_ perTranslation: [(language: String, findings: [Finding])]) -> [(language: String, findings: [Finding])] {
        guard perTranslation.count >= 3 else { return perTranslation }
        var keptBy: [String: Int] = [:]
        for (_, findings) in perTranslation {
            for fingerprint in Set(findings.filter { $0.kind == .untranslated }.map(\.fingerprint)) { keptBy[fingerprint, default: 0] += 1 }
        }
        let conventional = Set(keptBy.filter { Double($0.value) >= 2.0 / 3.0 * Double(perTranslation.count) }.keys)
        return perTranslation.map { language, findings in
            (language, findings.filter { finding in
                guard finding.kind == .untranslated, conventional.contains(finding.fingerprint) else { return true }
                return (finding.evidence ?? "").split(whereSeparator: { $0.isWhitespace }).count > 4
            })
        }
    }

    /// One finding per difference: the same fingerprint in several translations becomes one
    /// finding that lists their languages and is located in the first of them.
    static func aggregate(_ perTranslation: [(language: String, findings: [Finding])]) -> [Finding] {
        var order: [String] = []
        var groups: [String: [(String, Finding)]] = [:]
        for (language, findings) in perTranslation {
            for finding in findings {
                if groups[finding.fingerprint] == nil { order.append(finding.fingerprint) }
                groups[finding.fingerprint, default: []].append((language, finding))
            }
        }
        return order.map { fingerprint in
            let members = groups[fingerprint]!
            var first = members[0].1
            first.languages = members.map(\.0)
            if members.count > 1 {
                let files = Set(members.map(\.1.file)).count
                first.message = "\(files) translations: " + first.message
                first.values["files"] = members.map(\.1.file).joined(separator: "\n")
            }
            return first
        }
    }

    /// Aligned sections whose translation is under 40% of the length the document's median
    /// ratio predicts, for sections long enough for the ratio to mean something. Merged and
    /// split sections (2-1, 1-2) are measured together.
    static func truncatedSections(_ alignment: PolicyAlignment) -> [Truncated] {
        // Group the pairs into beads: pairs sharing a source or a target section.
        var groups: [(sources: Set<Int>, targets: Set<Int>)] = []
        for pair in alignment.sectionPairs {
            guard let s = pair.source, let t = pair.target else { continue }
            if let last = groups.indices.last, groups[last].sources.contains(s) || groups[last].targets.contains(t) {
                groups[last].sources.insert(s)
                groups[last].targets.insert(t)
            } else {
                groups.append(([s], [t]))
            }
        }
        let measured = groups.compactMap { group -> (Int, Int, Double)? in
            let sourceLength = group.sources.reduce(0) { $0 + alignment.source.sections[$1].text.count }
            let targetLength = group.targets.reduce(0) { $0 + alignment.target.sections[$1].text.count }
            guard sourceLength >= 150 else { return nil }
            return (group.sources.min()!, group.targets.min()!, Double(targetLength) / Double(sourceLength))
        }
        guard measured.count >= 3 else { return [] }
        let ratios = measured.map(\.2).sorted()
        let median = ratios[ratios.count / 2]
        return measured.filter { $0.2 < median * 0.4 }.map {
            Truncated(file: alignment.target.document.file, section: $0.1, referenceSection: $0.0,
                      relativeLength: (($0.2 / median) * 100).rounded() / 100)
        }
    }

}

/// Builds parity reports: analyses every version and aligns each with the reference, on
/// all cores (one analyzer and aligner per worker; lexicons are shared).
public struct ParityChecker {
    /// One version as read: a bilingual file also brings its original.
    struct Version {
        var policy: AnalyzedPolicy
        var original: AnalyzedPolicy? = nil
        var bilingual: BilingualDocument? = nil
    }

    public let lexicons: LexiconSet
    public var reader: DocumentReader
    public var workers: Int
    /// A project's ignore rules and baseline, applied to each translation's findings.
    public var filter = FindingsFilter()

    public init(lexicons: LexiconSet, reader: DocumentReader = DocumentReader(), workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.lexicons = lexicons
        self.reader = reader
        self.workers = max(1, workers)
    }

    /// Like `check`, but a file that cannot be read is left out (and returned) rather than
    /// ending the run: a batch over a folder goes on past one bad file.
    public func checkSkippingUnreadable(files: [String], referenceIndex: Int = 0, languages: [String?]? = nil)
        -> (report: ParityReport?, skipped: [PolicyError]) {
        var files = files, languages = languages, referenceIndex = referenceIndex
        var skipped: [PolicyError] = []
        while files.count >= 2 {
            do {
                return (try check(files: files, referenceIndex: referenceIndex, languages: languages), skipped)
            } catch {
                skipped.append(error)
                guard let bad = files.firstIndex(where: { error.message.hasPrefix($0 + ":") }) else { return (nil, skipped) }
                files.remove(at: bad)
                languages?.remove(at: bad)
                if bad == referenceIndex { referenceIndex = 0 } else if bad < referenceIndex { referenceIndex -= 1 }
            }
        }
        return (nil, skipped)
    }

    /// `files[referenceIndex]` is the reference; `languages` may name each file's language.
    public func check(files: [String], referenceIndex: Int = 0, languages: [String?]? = nil) throws(PolicyError) -> ParityReport {
        guard files.count >= 2 else { throw PolicyError(.usage, "parity needs at least two versions of a policy") }
        let lexicons = self.lexicons, reader = self.reader, filter = self.filter
        let concurrent = workers > 1
        // A bilingual (XLIFF) file is a translation, its targets; as the reference, it is
        // its sources, and its targets are one more version.
        let versions = try Self.map(files.count, concurrent: concurrent) { index throws(PolicyError) -> Version in
            do {
                let analyzer = try PolicyAnalyzer(lexicons: lexicons, reader: reader)
                if DocumentReader.isXLIFF(path: files[index]), let bilingual = try reader.readBilingual(path: files[index]) {
                    let sides = try analyzer.analyze(bilingual, targetLanguage: languages?[index])
                    return Version(policy: sides.translation, original: sides.original, bilingual: bilingual)
                }
                return Version(policy: try analyzer.analyze(path: files[index], language: languages?[index]))
            } catch let error as PolicyError {
                throw error
            } catch {
                throw PolicyError(.badData, "\(files[index]): \(error)")
            }
        }
        let referenceVersion = versions[referenceIndex]
        let reference = referenceVersion.original ?? referenceVersion.policy
        let others = versions.enumerated().filter { $0.offset != referenceIndex || $0.element.original != nil }.map(\.element)
        let aligned = try Self.map(others.count, concurrent: concurrent) { index throws(PolicyError) in
            let analyzer: PolicyAnalyzer
            do { analyzer = try PolicyAnalyzer(lexicons: lexicons, reader: reader) } catch {
                throw PolicyError(.badData, "cannot start the analyzer: \(error)")
            }
            let version = others[index]
            let target = try analyzer.asTranslation(version.policy, of: reference.language)
            var alignment = try PolicyAligner(lexicons: lexicons).align(source: reference, target: target)
            if let bilingual = version.bilingual {
                alignment.review(by: bilingual, ownOriginal: reference.document.file == bilingual.file)
            }
            alignment.setAside(by: filter)
            return alignment
        }
        return ParityReport(reference: reference, alignments: aligned, taxonomy: lexicons.taxonomy)
    }
}

extension ParityChecker {
    /// `body` for 0..<count, on all cores when `concurrent`; the first error in index
    /// order is thrown once all are done.
    static func map<T>(_ count: Int, concurrent: Bool, _ body: (Int) throws(PolicyError) -> T) throws(PolicyError) -> [T] {
        let results = UnsafeResults<Result<T, PolicyError>>(count: count)
        forEach(count, concurrent: concurrent) { index in
            do throws(PolicyError) { results[index] = .success(try body(index)) } catch { results[index] = .failure(error) }
        }
        var values: [T] = []
        for result in results.values {
            switch result! {
            case .success(let value): values.append(value)
            case .failure(let error): throw error
            }
        }
        return values
    }

    /// Every policy of a folder: policies run side by side on all workers, and a lone
    /// policy (or fewer policies than workers) gets the spare workers for its documents, so
    /// that many small policies and one big one alike keep every core busy. `progress` is
    /// called once a policy, from any thread.
    ///
    /// `handle` gets each policy's report as soon as it is made (to write it out), from the
    /// worker's thread, one call at a time; the batch keeps only its counts.
    public func checkAll(_ groups: [PolicyGroup], handle: @escaping @Sendable (PolicyGroup, ParityReport) throws -> Void = { _, _ in },
                         progress: @escaping @Sendable () -> Void = {}) -> BatchParity {
        let start = Date()
        var serial = self
        // Workers left over when there are fewer policies than workers analyse and align
        // each policy's documents side by side.
        serial.workers = max(1, workers / max(1, groups.count))
        let results = UnsafeResults<BatchParity.Entry>(count: groups.count)
        let handling = NSLock()
        // A lone policy runs on this thread: GCD runs a parallel loop nested in another one
        // on the enclosing worker only, which would leave the other cores idle.
        Self.forEach(groups.count, concurrent: workers > 1 && groups.count > 1) { index in
            let group = groups[index]
            let (report, skipped) = serial.checkSkippingUnreadable(files: group.files, referenceIndex: group.referenceIndex,
                                                                    languages: group.languages)
            var writeError: PolicyError?
            if let made = report {
                handling.lock()
                do { try handle(group, made) } catch let error as PolicyError { writeError = error } catch {
                    writeError = PolicyError(.cannotCreate, "\(group.name): \(error)")
                }
                handling.unlock()
            }
            results[index] = BatchParity.Entry(group: group, summary: report.map(BatchParity.Summary.init), skipped: skipped,
                                               writeError: writeError)
            progress()
        }
        return BatchParity(entries: results.values.compactMap { $0 }, seconds: Date().timeIntervalSince(start), workers: workers)
    }

    static func forEach(_ count: Int, concurrent: Bool, _ body: (Int) -> Void) {
        if concurrent { DispatchQueue.concurrentPerform(iterations: count, execute: body) }
        else { for index in 0..<count { body(index) } }
    }
}

/// Slots written by concurrent workers, each index by exactly one worker.
final class UnsafeResults<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()
    init(count: Int) { storage = [T?](repeating: nil, count: count) }
    subscript(index: Int) -> T? {
        get { lock.lock(); defer { lock.unlock() }; return storage[index] }
        set { lock.lock(); storage[index] = newValue; lock.unlock() }
    }
    var values: [T?] { lock.lock(); defer { lock.unlock() }; return storage }
}
