import ArgumentParser
import Foundation
import PolicyAlignKit

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a translation with its original, section by section and sentence by sentence."
    )

    @Argument(help: "The original policy.")
    var source: String

    @Argument(help: "Its translation, or - for standard input.")
    var translation: String

    @Option(name: .customLong("source-lang"), help: "Language of the original (default: detected).")
    var sourceLanguage: String = "auto"

    @Option(name: .long, help: "Language of the translation (default: detected).")
    var lang: String = "auto"

    @OptionGroup var out: OutputOptions
    @OptionGroup var gate: FailOnOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        try out.require([.text, .json, .html, .tmx, .sarif, .jsonl, .csv], command: "align")
    }

    func run() throws {
        var findings: [Finding] = []
        try reportingErrors {
            installInterruptHandlers()
            let analyzer = try common.makeAnalyzer()
            // A language the file name declares (privacy.ms.md) counts as given.
            let original = try analyzer.analyze(path: source, language: declared(sourceLanguage, source, analyzer))
            let translated = try analyzer.asTranslation(
                try analyzer.analyze(path: translation, language: declared(lang, translation, analyzer)), of: original.language)
            let alignment = try PolicyAligner(lexicons: analyzer.lexicons).align(source: original, target: translated)
            findings = alignment.findings
            let rendered: String
            switch out.format {
            case .json: rendered = try AlignmentJSONReporter().render(alignment)
            case .html: rendered = AlignmentHTMLReporter().render(alignment)
            case .tmx: rendered = TMXReporter().render(alignment)
            case .sarif, .jsonl, .csv: rendered = try renderFindings(alignment.findings, out.format)
            default:
                rendered = AlignmentTextReporter(style: out.style, width: terminalWidth()).render(alignment)
            }
            try out.write(rendered, inputs: [source, translation])
        }
        try gate.check(findings)
    }
}

/// Findings as data: SARIF, JSON Lines or CSV.
func renderFindings(_ findings: [Finding], _ format: OutputFormat) throws -> String {
    let report = FindingsReport(findings: findings)
    switch format {
    case .sarif: return try SARIFReporter(toolVersion: PolicyAlign.configuration.version).render(report)
    case .jsonl: return try FindingsJSONLReporter().render(report)
    default: return FindingsCSVReporter().render(report)
    }
}

/// The language option as given, or, when it is auto, the one the file name declares.
func declared(_ option: String, _ path: String, _ analyzer: PolicyAnalyzer) -> String {
    option == "auto" ? analyzer.declaredLanguage(ofFile: path) ?? "auto" : option
}

struct UntranslatedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untranslated",
        abstract: "Flag clauses of a translation still written in the source language."
    )

    @Argument(help: "The translated policy, or - for standard input.")
    var translation: String

    @Option(name: .long, help: "The original, to also catch clauses copied from it verbatim.")
    var source: String?

    @Option(name: .customLong("source-lang"), help: "Language the translation was made from.")
    var sourceLanguage: String = "en"

    @Option(name: .long, help: "Language of the translation (default: detected).")
    var lang: String = "auto"

    @OptionGroup var out: OutputOptions
    @OptionGroup var gate: FailOnOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        try out.require([.text, .json, .sarif, .jsonl, .csv], command: "untranslated")
    }

    func run() throws {
        var findings: [Finding] = []
        try reportingErrors {
            installInterruptHandlers()
            let analyzer = try common.makeAnalyzer()
            guard let sourceTag = try analyzer.resolveLanguage(sourceLanguage) else {
                throw PolicyError(.usage, "--source-lang needs a language code, not auto")
            }
            let policy = try analyzer.asTranslation(
                try analyzer.analyze(path: translation, language: declared(lang, translation, analyzer)), of: sourceTag)
            var originalSentences: [Sentence] = []
            var originalTitles: [String] = []
            if let source {
                let original = try analyzer.analyze(path: source, language: sourceTag)
                let splitter = try SentenceSplitter(locale: sourceTag)
                originalSentences = original.sections.flatMap { splitter.sentences(of: $0) }
                originalTitles = PolicyAligner.linkTexts(original)
            }
            let detector = try UntranslatedDetector(lexicons: analyzer.lexicons, target: policy.language, source: sourceTag)
            let report = UntranslatedReport(policy: policy, sourceLanguage: sourceTag,
                                            clauses: detector.clauses(in: policy.sections, original: originalSentences,
                                                                      originalTitles: originalTitles),
                                            sourceFile: source)
            findings = report.findings
            let rendered: String
            switch out.format {
            case .json: rendered = try UntranslatedJSONReporter().render(report)
            case .sarif, .jsonl, .csv: rendered = try renderFindings(report.findings, out.format)
            default: rendered = UntranslatedTextReporter(style: out.style).render(report)
            }
            try out.write(rendered, inputs: [translation] + (source.map { [$0] } ?? []))
        }
        try gate.check(findings)
    }
}

/// Columns of the terminal on stdout, or 100 when it is no terminal.
func terminalWidth() -> Int {
    var size = winsize()
    if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
        return Int(size.ws_col)
    }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) { return columns }
    return 100
}
