import Foundation

/// A section of a gold file: where a reader finds it and the labels a reader accepts.
///
/// Gold files (`<lang>.gold.tsv` beside `<lang>.<ext>`) hold one section a line:
/// `startLine<TAB>level<TAB>kind<TAB>labels<TAB>heading`, `#` comments, labels joined by `|`
/// (best first). `kind` is `heading`, `run-in`, or `none` for text before the first heading.
public struct GoldSection: Sendable, Equatable {
    public let startLine: Int
    public let level: Int
    public let kind: String
    public let labels: [String]
    public let heading: String

    /// Parses a gold file; a malformed line is an error naming file and line.
    public static func read(_ path: String, taxonomy: Taxonomy) throws(PolicyError) -> [GoldSection] {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw PolicyError(.noInput, "\(path): cannot read gold file")
        }
        var sections: [GoldSection] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, let start = Int(fields[0]), let level = Int(fields[1]) else {
                throw PolicyError(.badData, "\(path):\(offset + 1): expected startLine, level, kind, labels and heading separated by tabs")
            }
            let labels = fields[3].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            for label in labels where label != Taxonomy.other && taxonomy.position(of: label) == nil {
                throw PolicyError(.badData, "\(path):\(offset + 1): unknown label `\(label)`")
            }
            sections.append(GoldSection(startLine: start, level: level, kind: fields[2], labels: labels,
                                        heading: fields.count > 4 ? fields[4].trimmingCharacters(in: .whitespaces) : ""))
        }
        return sections
    }
}

/// How the labels of detected sections compare with gold files, by language: the measure
/// behind every change to the lexicons or the classifier.
public struct LabelEvaluation: Sendable {
    public struct Tally: Sendable {
        public var sections = 0, found = 0, correct = 0
        public var accuracy: Double { sections == 0 ? 0 : Double(correct) / Double(sections) }
    }

    /// One gold section the tool got wrong (or did not find).
    public struct Miss: Sendable {
        public let file: String
        public let line: Int
        public let expected: [String]
        /// nil when no detected section starts there.
        public let got: String?
        public let heading: String
    }

    /// One gold section beside what the tool made of it: a line of `lexicon evaluate
    /// --records`, for error analysis and for learning from labelled policies.
    public struct Record: Encodable, Sendable {
        public let file: String
        public let language: String
        public let line: Int
        public let gold: [String]
        public let goldHeading: String
        /// Whether a detected section starts at the gold line; the rest is empty when not.
        public let found: Bool
        public let heading: String?
        public let text: String
        public let level: Int
        public let isOpening: Bool
        public let parentLabel: String?
        /// The label shown (through the label layer, when there is one).
        public let label: String
        /// The lexicons' own label, before the label layer: what rules and the layer read.
        public let lexiconLabel: String?
        public let confidence: Double
        public let positional: Bool
        /// Score of each taxonomy id that scored.
        public let scores: [String: Double]
    }

    public var byLanguage: [String: Tally] = [:]
    public var misses: [Miss] = []
    /// Filled only when `keepsRecords` is set (section texts are large).
    public var keepsRecords = false
    /// Taxonomy ids in score order, for the records.
    public var sectionIDs: [String] = []
    public private(set) var records: [Record] = []
    /// Each found section's claimed confidence and whether its label was right (sections
    /// labelled `other` claim nothing and are left out).
    public var claims: [(confidence: Double, strength: Double, right: Bool)] = []

    public var total: Tally {
        byLanguage.values.reduce(into: Tally()) { sum, tally in
            sum.sections += tally.sections; sum.found += tally.found; sum.correct += tally.correct
        }
    }

    public init() {}

    /// Every gold file under the paths (files or folders, searched recursively), paired with
    /// the policy file of the same name: `es.gold.tsv` -> `es.md` (or .html, .txt).
    public static func goldFiles(under paths: [String]) throws(PolicyError) -> [(policy: String, gold: String, language: String)] {
        var result: [(String, String, String)] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw PolicyError(.noInput, "\(path): no such file or folder")
            }
            var golds: [String] = []
            if isDirectory.boolValue {
                golds = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                    .filter { $0.hasSuffix(".gold.tsv") }.map { path + "/" + $0 }
            } else {
                golds = [path]
            }
            for gold in golds.sorted() {
                let stem = String(gold.dropLast(".gold.tsv".count))
                let language = String(stem.split(separator: "/").last ?? "")
                guard let policy = ["txt", "md", "html", "htm"].map({ stem + "." + $0 }).first(where: manager.fileExists(atPath:)) else {
                    throw PolicyError(.noInput, "\(gold): no policy file \(language).txt, .md or .html beside it")
                }
                result.append((policy, gold, language))
            }
        }
        return result
    }

    /// Each gold file under the paths with its policy analysed in the language its name
    /// gives (detected when no lexicon has that language).
    public static func forEachPolicy(under paths: [String], analyzer: PolicyAnalyzer,
                                     _ body: (_ policy: String, _ language: String, _ analyzed: AnalyzedPolicy, _ gold: [GoldSection]) throws -> Void) throws {
        for (policy, gold, language) in try goldFiles(under: paths) {
            let sections = try GoldSection.read(gold, taxonomy: analyzer.lexicons.taxonomy)
            let analyzed = try analyzer.analyze(path: policy, language: analyzer.lexicons.resolve(language) == nil ? nil : language)
            try body(policy, language, analyzed, sections)
        }
    }

    /// The labels of every gold file under the paths, measured.
    public static func measure(_ paths: [String], analyzer: PolicyAnalyzer, keepingRecords: Bool = false) throws -> LabelEvaluation {
        var evaluation = LabelEvaluation()
        evaluation.keepsRecords = keepingRecords
        evaluation.sectionIDs = analyzer.lexicons.taxonomy.entries.map(\.id)
        try forEachPolicy(under: paths, analyzer: analyzer) { policy, language, analyzed, gold in
            evaluation.add(file: policy, language: language, detected: analyzed.sections, gold: gold)
        }
        return evaluation
    }

    /// Adds one policy's sections against its gold file.
    public mutating func add(file: String, language: String, detected: [Section], gold: [GoldSection]) {
        for (goldSection, match) in Self.matched(gold, detected: detected) {
            byLanguage[language, default: Tally()].sections += 1
            if keepsRecords { records.append(record(file: file, language: language, gold: goldSection, section: match, in: detected)) }
            guard let section = match else {
                misses.append(Miss(file: file, line: goldSection.startLine, expected: goldSection.labels, got: nil, heading: goldSection.heading))
                continue
            }
            byLanguage[language, default: Tally()].found += 1
            if section.label != Taxonomy.other {
                claims.append((section.confidence, section.strength, goldSection.labels.contains(section.label)))
            }
            if goldSection.labels.contains(section.label) {
                byLanguage[language, default: Tally()].correct += 1
            } else {
                misses.append(Miss(file: file, line: goldSection.startLine, expected: goldSection.labels, got: section.label,
                                   heading: section.heading ?? goldSection.heading))
            }
        }
    }

    /// Each gold section with the detected section that stands for it, if any: the one
    /// starting at its line, or for text before the first heading the opening however the
    /// tool cut it, or for an HTML heading one starting a line or two after its element.
    public static func matched(_ gold: [GoldSection], detected: [Section]) -> [(gold: GoldSection, section: Section?)] {
        let byLine = Dictionary(detected.map { ($0.startLine, $0) }, uniquingKeysWith: { first, _ in first })
        return gold.map { goldSection in
            var match = byLine[goldSection.startLine]
            // Text before the first heading is the opening, however the tool cut it (a front
            // matter title may head it).
            if goldSection.kind == "none", match == nil,
               let covering = detected.last(where: { $0.startLine <= goldSection.startLine }) ?? detected.first,
               covering.index == 0 || covering.isOpening {
                match = covering
            }
            // An HTML heading whose element opens a line or two before its text.
            if match == nil, goldSection.kind != "none" {
                match = (1...2).lazy.compactMap { byLine[goldSection.startLine + $0] }.first { $0.heading != nil }
            }
            return (goldSection, match)
        }
    }

    private func record(file: String, language: String, gold: GoldSection, section: Section?, in detected: [Section]) -> Record {
        var scores: [String: Double] = [:]
        for (position, score) in (section?.classification?.scores ?? []).enumerated() where score > 0 && position < sectionIDs.count {
            scores[sectionIDs[position]] = (score * 1000).rounded() / 1000
        }
        let parent = section?.parent.flatMap { index in detected.first { $0.index == index } }
        return Record(file: file, language: language, line: gold.startLine, gold: gold.labels, goldHeading: gold.heading,
                      found: section != nil, heading: section?.heading, text: section?.bodyText ?? "",
                      level: section?.level ?? 0, isOpening: section?.isOpening ?? false, parentLabel: parent?.classification?.label ?? parent?.label,
                      label: section?.label ?? Taxonomy.other, lexiconLabel: section?.classification?.label,
                      confidence: section?.confidence ?? 0,
                      positional: section?.classification?.isPositional ?? false, scores: scores)
    }

    /// A table per language, then the total.
    public func table() -> String {
        var text = "language  sections  found  correct  accuracy\n"
        func row(_ name: String, _ tally: Tally) -> String {
            name.padding(toLength: 8, withPad: " ", startingAt: 0)
                + String(format: "%10d %6d %8d %9.2f\n", tally.sections, tally.found, tally.correct, tally.accuracy)
        }
        for language in byLanguage.keys.sorted() { text += row(language, byLanguage[language]!) }
        text += row("all", total)
        return text
    }

    /// Confidence bands a reader acts on, and the share of labels right in each.
    static let confidenceBands: [ClosedRange<Double>] = [0...0.5, 0.5...0.7, 0.7...0.8, 0.8...0.9, 0.9...1]

    /// One band of confidence: how many labels fell in it, the mean confidence they claimed
    /// and the share of them that were right.
    public struct Band: Sendable {
        public let range: ClosedRange<Double>
        public let count: Int
        public let claimed: Double
        public let right: Double
    }

    /// The bands that hold labels (the last band includes its upper end).
    public func bands() -> [Band] {
        Self.confidenceBands.enumerated().compactMap { index, range in
            let isLast = index == Self.confidenceBands.count - 1
            let inBand = claims.filter { range.contains($0.confidence) && (isLast || $0.confidence < range.upperBound) }
            guard !inBand.isEmpty else { return nil }
            return Band(range: range, count: inBand.count,
                        claimed: inBand.reduce(0) { $0 + $1.confidence } / Double(inBand.count),
                        right: Double(inBand.filter(\.right).count) / Double(inBand.count))
        }
    }

    /// Whether confidence means what it says on these policies: per band, the mean confidence
    /// claimed beside the share of labels that were right, then the calibration error.
    public func calibrationTable() -> String {
        guard !claims.isEmpty else { return "" }
        var text = "confidence  sections  claimed  right\n"
        for band in bands() {
            text += String(format: "%.1f-%.1f %11d %8.2f %6.2f\n", band.range.lowerBound, band.range.upperBound, band.count, band.claimed, band.right)
        }
        text += String(format: "calibration error %.3f over %d labelled sections\n", calibrationError, claims.count)
        // What a reviewer can leave unchecked: the labels claimed at or above a confidence,
        // their share of all sections, and how many of them were right.
        for threshold in Self.trustThresholds {
            let trusted = claims.filter { $0.confidence >= threshold }
            guard !trusted.isEmpty else { continue }
            text += String(format: "confidence >= %.1f: %d sections (%.2f of them), right %.2f\n", threshold, trusted.count,
                           Double(trusted.count) / Double(claims.count),
                           Double(trusted.filter(\.right).count) / Double(trusted.count))
        }
        return text
    }

    static let trustThresholds = [0.8, 0.9]

    /// The same labels with each confidence given anew from its strength: what a run with
    /// that calibration would claim, when every label's confidence comes from its strength
    /// (as the label layer's do), without analysing the policies again.
    public func recalibrated(by calibration: ConfidenceCalibration) -> LabelEvaluation {
        var result = self
        result.claims = claims.map { (calibration.confidence($0.strength), $0.strength, $0.right) }
        return result
    }

    /// The gap between confidence claimed and share right, per band, averaged over sections.
    public var calibrationError: Double {
        guard !claims.isEmpty else { return 0 }
        return bands().reduce(0) { $0 + abs($1.claimed - $1.right) * Double($1.count) } / Double(claims.count)
    }
}

/// Paragraph classification against hand labels (`{"text", "heading", "labels"}` JSON lines):
/// macro-F1 over the labels the gold uses, primary labels only.
public struct ParagraphEvaluation: Sendable {
    public struct Record: Decodable, Sendable {
        public let id: String?
        public let heading: String?
        public let text: String
        public let labels: [String]
    }

    public private(set) var count = 0
    public private(set) var correct = 0
    /// Label -> (true positives, false positives, false negatives).
    public private(set) var counts: [String: (tp: Int, fp: Int, fn: Int)] = [:]

    public init() {}

    public static func read(_ path: String) throws(PolicyError) -> [Record] {
        guard let data = FileManager.default.contents(atPath: path) else { throw PolicyError(.noInput, "\(path): cannot read") }
        var records: [Record] = []
        for (offset, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            do { records.append(try JSONDecoder().decode(Record.self, from: Data(line))) } catch {
                throw PolicyError(.badData, "\(path):\(offset + 1): not a paragraph record ({\"text\", \"labels\"})")
            }
        }
        return records
    }

    public mutating func add(expected: [String], got: String) {
        guard let primary = expected.first else { return }
        count += 1
        if primary == got {
            correct += 1
            counts[primary, default: (0, 0, 0)].tp += 1
        } else {
            counts[primary, default: (0, 0, 0)].fn += 1
            counts[got, default: (0, 0, 0)].fp += 1
        }
    }

    /// F1 averaged over the labels the gold uses (a label only predicted counts in no average).
    public var macroF1: Double {
        let scored = counts.values.filter { $0.tp + $0.fn > 0 }
        guard !scored.isEmpty else { return 0 }
        return scored.reduce(0.0) { $0 + Self.f1($1) } / Double(scored.count)
    }

    private static func f1(_ c: (tp: Int, fp: Int, fn: Int)) -> Double {
        let precision = c.tp + c.fp == 0 ? 0 : Double(c.tp) / Double(c.tp + c.fp)
        let recall = c.tp + c.fn == 0 ? 0 : Double(c.tp) / Double(c.tp + c.fn)
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    public func table() -> String {
        var text = "label               gold  tp  fp  fn    F1\n"
        for (label, c) in counts.sorted(by: { $0.key < $1.key }) where c.tp + c.fn > 0 {
            let f1 = Self.f1(c)
            text += label.padding(toLength: 18, withPad: " ", startingAt: 0)
                + String(format: "%5d %3d %3d %3d  %4.2f\n", c.tp + c.fn, c.tp, c.fp, c.fn, f1)
        }
        text += String(format: "paragraphs %d, accuracy %.2f, macro-F1 %.2f\n", count,
                       count == 0 ? 0 : Double(correct) / Double(count), macroF1)
        return text
    }
}
