import ArgumentParser
import Foundation
import PolicyAlignKit

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check and describe the lexicons.",
        subcommands: [Check.self, Stats.self, Evaluate.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate every lexicon file; print each problem as FILE:LINE: message.")

        @Option(name: .long, help: "Lexicon directory (default: $POLICYALIGN_LEXICONS, else the built-in lexicons).")
        var lexicons: String?

        func run() throws {
            try reportingErrors {
                let set = try readLexicons(explicit: lexicons)
                for diagnostic in set.diagnostics {
                    FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
                }
                if !set.diagnostics.isEmpty {
                    throw PolicyError(.badData, "\(set.diagnostics.count) problem(s) in \(set.origin)")
                }
                let terms = set.languages.values.reduce(0) { $0 + $1.sections.values.reduce(0) { $0 + $1.count } }
                try StandardOutput.write("\(set.languages.count) languages, \(set.taxonomy.entries.count) sections, \(terms) terms: no problems\n")
            }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
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

        @Option(name: .long, help: "Lexicon directory (default: $POLICYALIGN_LEXICONS, else the built-in lexicons).")
        var lexicons: String?

        func run() throws {
            try reportingErrors {
                let set = try LexiconSet.load(explicit: lexicons)
                let analyzer = try PolicyAnalyzer(lexicons: set)
                let paragraphFiles = paths.filter { $0.hasSuffix(".jsonl") }
                let goldPaths = paths.filter { !$0.hasSuffix(".jsonl") }
                var report = ""
                if !goldPaths.isEmpty {
                    var evaluation = LabelEvaluation()
                    for (policy, gold, language) in try LabelEvaluation.goldFiles(under: goldPaths) {
                        let sections = try GoldSection.read(gold, taxonomy: set.taxonomy)
                        let analyzed = try analyzer.analyze(path: policy, language: set.resolve(language) == nil ? nil : language)
                        evaluation.add(file: policy, language: language, detected: analyzed.sections, gold: sections)
                    }
                    if misses {
                        for miss in evaluation.misses {
                            report += "\(miss.file):\(miss.line): \(miss.expected.joined(separator: "|")) -> \(miss.got ?? "(no section)")  \(miss.heading)\n"
                        }
                    }
                    report += evaluation.table()
                }
                for file in paragraphFiles {
                    guard let tag = analyzer.lexicons.resolve(lang), let classifier = analyzer.classifier(for: tag) else {
                        throw PolicyError(.usage, "unknown language code `\(lang)`")
                    }
                    var evaluation = ParagraphEvaluation()
                    for record in try ParagraphEvaluation.read(file) {
                        let result = classifier.classify(heading: record.heading, body: record.text)
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

/// Every problem of the named lexicon folder, or of the built-in lexicons, without failing on them.
private func readLexicons(explicit: String?) throws(PolicyError) -> LexiconSet {
    if let directory = try LexiconLocator.locate(explicit: explicit) { return try LexiconSet.read(directory: directory) }
    return LexiconSet.readBuiltIn(parsingAll: true)
}
