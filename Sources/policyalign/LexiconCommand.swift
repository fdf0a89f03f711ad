import ArgumentParser
import Foundation
import PolicyAlignKit

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check and describe the lexicons.",
        // Each names itself: a name made from the type's name costs runtime type lookups
        // at every start, whatever the command.
        subcommands: [Check.self, Stats.self, Evaluate.self, Learn.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate every lexicon file; print each problem as FILE:LINE: message.")

        @Option(name: .long, help: "Lexicon directory (default: $POLICYALIGN_LEXICONS, else the built-in lexicons).")
        var lexicons: String?

        func run() throws {
            try reportingErrors {
                let set = try readLexicons(explicit: lexicons)
                // Malformed entries, then heading concepts a language gives no form of.
                let problems = set.diagnostics + set.tags.flatMap { tag in
                    set.lexicon(tag).map(set.concepts.coverageProblems) ?? []
                }
                for diagnostic in problems {
                    FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
                }
                if !problems.isEmpty {
                    throw PolicyError(.badData, "\(problems.count) problem(s) in \(set.origin)")
                }
                let terms = set.languages.values.reduce(0) { $0 + $1.sections.values.reduce(0) { $0 + $1.count } }
                try StandardOutput.write("\(set.languages.count) languages, \(set.taxonomy.entries.count) sections, \(terms) terms: no problems\n")
            }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: "Coverage per language and section: heading cues/body terms.")

        @Option(name: .long, help: "Lexicon directory (default: $POLICYALIGN_LEXICONS, else the built-in lexicons).")
        var lexicons: String?

        func run() throws {
            try reportingErrors {
                let set = try readLexicons(explicit: lexicons)
                try StandardOutput.write(LexiconStatsReporter().render(set))
            }
        }
    }

    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "Measure section labels against gold files, and paragraph labels against hand labels.",
            discussion: """
            Each `<lang>.gold.tsv` found under the paths is compared with the sections of the \
            policy beside it (`<lang>.md`, `.html` or `.txt`), read in the language its name \
            gives. Each `.jsonl` file holds labelled paragraphs ({"text", "heading", "labels"}), \
            classified in English unless --lang says otherwise; the report gives macro-F1.

            Example: policyalign lexicon evaluate Tests/Fixtures/labels/dev --misses
            """)

        @Argument(help: "Gold files, folders holding them, or paragraph .jsonl files.")
        var paths: [String]

        @Flag(name: .long, help: "List every section labelled wrong or not found.")
        var misses = false

        @Option(name: .long, help: "Language of paragraph files.")
        var lang: String = "en"

        @Option(name: .long, help: ArgumentHelp("Write each gold section beside the tool's reading of it (text, label, scores) to this JSON Lines file.", valueName: "file"))
        var records: String?

        @Option(name: .long, help: "Lexicon directory (default: $POLICYALIGN_LEXICONS, else the built-in lexicons).")
        var lexicons: String?

        func run() throws {
            try reportingErrors {
                // A lexicon being written still measures: its problems are counted, not fatal.
                let set = try readLexicons(explicit: lexicons)
                if !set.diagnostics.isEmpty {
                    FileHandle.standardError.write(Data("policyalign: \(set.diagnostics.count) lexicon problem(s) in \(set.origin); measuring anyway (see `policyalign lexicon check`)\n".utf8))
                }
                let analyzer = try PolicyAnalyzer(lexicons: set)
                // The records give each section's scores, which only a recording classifier keeps.
                analyzer.recordsContributions = records != nil
                let paragraphFiles = paths.filter { $0.hasSuffix(".jsonl") }
                let goldPaths = paths.filter { !$0.hasSuffix(".jsonl") }
                var report = ""
                if !goldPaths.isEmpty {
                    let evaluation = try LabelEvaluation.measure(goldPaths, analyzer: analyzer, keepingRecords: records != nil)
                    if let records {
                        let encoder = JSONEncoder()
                        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                        var lines = ""
                        for record in evaluation.records {
                            lines += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
                        }
                        try OutputWriter(path: records, inputs: goldPaths).write(lines)
                    }
                    if misses {
                        for miss in evaluation.misses {
                            report += "\(miss.file):\(miss.line): \(miss.expected.joined(separator: "|")) -> \(miss.got ?? "(no section)")  \(miss.heading)\n"
                        }
                    }
                    report += evaluation.table() + evaluation.calibrationTable()
                }
                for file in paragraphFiles {
                    guard let tag = analyzer.lexicons.resolve(lang), let classifier = analyzer.classifier(for: tag) else {
                        throw PolicyError(.usage, "unknown language code `\(lang)`")
                    }
                    var evaluation = ParagraphEvaluation()
                    for record in try ParagraphEvaluation.read(file) {
                        let result = classifier.classify(paragraph: record.text, under: record.heading)
                        evaluation.add(expected: record.labels, got: result.label)
                        if misses, result.label != record.labels.first {
                            report += "\(record.id ?? "?"): \(record.labels.joined(separator: "|")) -> \(result.label)  \(record.text.prefix(80))\n"
                        }
                    }
                    report += file + "\n" + evaluation.table()
                }
                try StandardOutput.write(report)
            }
        }
    }
}

struct Learn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Learn concept weights from labelled policies and write them to learned.txt.",
        discussion: """
        Reads every `<lang>.gold.tsv` under the training paths (see `lexicon evaluate`), \
        fits one multiplier a concept on all languages at once, and prints the accuracy \
        before and after on the training sections and on --dev. With --write FILE the \
        multipliers are written there (the lexicon folder's learned.txt, read at run time). \
        The fit is deterministic: the same data and lexicons give the same file.

        Example: policyalign lexicon learn Tests/Fixtures/labels/train Corpus \
        --dev Tests/Fixtures/labels/dev --write Lexicons/learned.txt
        """)

    @Argument(help: "Gold files or folders holding them (training data).")
    var paths: [String]

    @Option(name: .long, parsing: .upToNextOption, help: "Gold files or folders to measure on, not learned from.")
    var dev: [String] = []

    @Option(name: .long, help: "Pull of each multiplier towards 1, in examples' worth.")
    var l2: Double = 5

    @Flag(name: .long, help: "Keep the hand-set concept weights and fit only the confidence calibration (on --dev).")
    var calibrationOnly = false

    @Flag(name: .long, help: "Also learn the label layer (how the lexicons' scores become a section's label) on the training data, calibrated on --dev.")
    var layer = false

    @Option(name: .long, help: "Write the learned multipliers to this file.")
    var write: String?

    @Option(name: .long, help: "Write terms to review (per language and section, not in the lexicon yet) to this file.")
    var proposals: String?

    @Option(name: .long, help: "Lexicon directory (default: $POLICYALIGN_LEXICONS, else the built-in lexicons).")
    var lexicons: String?

    func run() throws {
        try reportingErrors {
            // Learning starts from the hand-set weights, never from an earlier fit.
            let set = try LexiconSet.load(explicit: lexicons).learning(.none)
            guard !set.concepts.concepts.isEmpty else { throw PolicyError(.usage, "\(set.origin) has no concepts.txt: nothing to learn") }
            let analyzer = try PolicyAnalyzer(lexicons: set)
            analyzer.recordsContributions = true
            var learner = WeightLearner(taxonomy: set.taxonomy, concepts: set.concepts)
            var proposer = TermProposer(taxonomy: set.taxonomy)
            var layerExamples: [LabelLayer.Example] = []
            try LabelEvaluation.forEachPolicy(under: paths, analyzer: analyzer) { policy, language, analyzed, gold in
                learner.add(detected: analyzed.sections, gold: gold)
                if layer { layerExamples += LabelLayer.examples(detected: analyzed.sections, gold: gold, taxonomy: set.taxonomy) }
                if proposals != nil {
                    proposer.add(document: (policy as NSString).deletingLastPathComponent, language: language, lexicons: set,
                                 detected: analyzed.sections, gold: gold)
                }
            }
            let multipliers = learner.fit(l2: l2)
            let support = learner.support()
            var learned: [String: Double] = [:]
            for (index, id) in learner.concepts.enumerated() where !calibrationOnly && support[index] > 0 && abs(multipliers[index] - 1) >= 0.005 {
                learned[id] = (multipliers[index] * 100).rounded() / 100
            }
            var report = String(format: "%d training sections, %d concepts seen, %d reweighted; fit accuracy %.3f -> %.3f\n",
                                learner.examples.count, support.filter { $0 > 0 }.count, learned.count,
                                learner.accuracy([Double](repeating: 1, count: learner.concepts.count)), learner.accuracy(multipliers))
            var learnedLayer: LabelLayer?
            if layer {
                let fitted = LabelLayer.fit(layerExamples, taxonomy: set.taxonomy)
                let plain = layerExamples.filter { example in example.inputs.contains { $0.name == "label=" + example.label } }.count
                report += String(format: "label layer: %d training sections, first gold label %.3f -> %.3f\n", layerExamples.count,
                                 Double(plain) / Double(max(1, layerExamples.count)), fitted.accuracy(layerExamples))
                learnedLayer = fitted
            }
            var calibration: ConfidenceCalibration?
            if !dev.isEmpty {
                let before = try LabelEvaluation.measure(dev, analyzer: PolicyAnalyzer(lexicons: set))
                // Nothing reweighted (--calibration-only): the same reading, not measured twice.
                let after = learned.isEmpty ? before
                    : try LabelEvaluation.measure(dev, analyzer: PolicyAnalyzer(lexicons: set.learning(LearnedWeights(multipliers: learned))))
                report += String(format: "dev: %d sections, accuracy %.3f -> %.3f\n", before.total.sections, before.total.accuracy, after.total.accuracy)
                // Confidence is calibrated on the dev policies, which the weights were not
                // learned from: the share of labels right at each strength of evidence.
                calibration = ConfidenceCalibration.fit(after.claims.map { ($0.strength, $0.right) })
                if let calibration {
                    let calibrated = try LabelEvaluation.measure(dev, analyzer: PolicyAnalyzer(lexicons: set.learning(
                        LearnedWeights(multipliers: learned, calibration: calibration.points))))
                    report += String(format: "dev calibration error %.3f -> %.3f (%d points)\n", after.calibrationError,
                                     calibrated.calibrationError, calibration.points.count)
                }
                // The layer's probabilities are calibrated on the dev policies too: it learned
                // from the training ones.
                if let fitted = learnedLayer {
                    let weights = LearnedWeights(multipliers: learned, calibration: calibration?.points, layer: fitted)
                    let layered = try LabelEvaluation.measure(dev, analyzer: PolicyAnalyzer(lexicons: set.learning(weights)))
                    let layerCalibration = ConfidenceCalibration.fit(layered.claims.map { ($0.strength, $0.right) })
                    learnedLayer = fitted.calibrated(layerCalibration)
                    // Every layered confidence comes from the layer's probability: the labels
                    // stay, only what they claim changes.
                    let calibrated = layerCalibration.map(layered.recalibrated(by:)) ?? layered
                    report += String(format: "dev with the label layer: accuracy %.3f -> %.3f, calibration error %.3f\n",
                                     after.total.accuracy, calibrated.total.accuracy, calibrated.calibrationError)
                }
            }
            let moved = learned.sorted { abs($0.value - 1) > abs($1.value - 1) }.prefix(15)
            report += "largest changes: " + moved.map { "\($0.key) \(String(format: "%.2f", $0.value))" }.joined(separator: ", ") + "\n"
            if let write {
                var header = calibrationOnly
                    ? ["Learned by `policyalign lexicon learn --calibration-only` (do not edit by hand: rerun it).",
                       "Concept weights: none learned; the hand-set weights of the .lex files stay."]
                    : ["Concept weights learned by `policyalign lexicon learn` (do not edit by hand: rerun it).",
                       "Training data: " + paths.joined(separator: ", ") + "; \(learner.examples.count) sections; l2 \(l2).",
                       "concept-id multiplier: applied to every entry of the concept, in every language."]
                if calibration != nil {
                    header.append("@calibration strength accuracy: the share of labels right at each strength of evidence on "
                                  + dev.joined(separator: ", ") + ", which the weights were not learned from.")
                }
                if let learnedLayer {
                    header += ["@layer label input weight: the label layer, learned on " + paths.joined(separator: ", ")
                               + " (\(layerExamples.count) sections): a section's label is the one whose weights, times what the",
                               "lexicons read (bias 1, opening, positional, label=ID 1, score=ID relative to the best score, parent=ID 1, heading=ID 1 for each topic the heading names), sum highest.",
                               learnedLayer.calibration == nil ? "" : "@layer-calibration probability accuracy: the layer's probability against the share right on "
                                   + dev.joined(separator: ", ") + "."].filter { !$0.isEmpty }
                }
                let text = LearnedWeights.render(learned, calibration: calibration?.points, layer: learnedLayer, concepts: set.concepts,
                                                 header: header)
                try OutputWriter.atomicWrite(Data(text.utf8), to: URL(fileURLWithPath: write))
            }
            if let proposals {
                let found = proposer.proposals()
                try OutputWriter.atomicWrite(Data(TermProposer.render(found).utf8), to: URL(fileURLWithPath: proposals))
                report += "\(found.count) terms to review written to \(proposals)\n"
            }
            try StandardOutput.write(report)
        }
    }
}

/// Every problem of the named lexicon folder, or of the built-in lexicons, without failing on them.
private func readLexicons(explicit: String?) throws(PolicyError) -> LexiconSet {
    if let directory = try LexiconLocator.locate(explicit: explicit) { return try LexiconSet.read(directory: directory) }
    return LexiconSet.readBuiltIn(parsingAll: true)
}
