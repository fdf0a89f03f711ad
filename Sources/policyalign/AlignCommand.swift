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

    @Argument(help: "Its translation.")
    var translation: String

    @Option(name: .customLong("source-lang"), help: "Language of the original (default: detected).")
    var sourceLanguage: String = "auto"

    @Option(name: .long, help: "Language of the translation (default: detected).")
    var lang: String = "auto"

    @Option(name: .long, help: "Output format: text, json, html or tmx.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard format != .csv else { throw ValidationError("align writes text, json, html or tmx, not csv") }
    }

    func run() throws {
        try reportingErrors {
            installInterruptHandlers()
            let analyzer = try common.makeAnalyzer()
            let original = try analyzer.analyze(path: source, language: sourceLanguage)
            let translated = try analyzer.asTranslation(try analyzer.analyze(path: translation, language: lang), of: original.language)
            let alignment = try PolicyAligner(lexicons: analyzer.lexicons).align(source: original, target: translated)
            let rendered: String
            switch format {
            case .json: rendered = try AlignmentJSONReporter().render(alignment)
            case .html: rendered = AlignmentHTMLReporter().render(alignment)
            case .tmx: rendered = TMXReporter().render(alignment)
            default:
                rendered = AlignmentTextReporter(style: output == nil ? .forStandardOutput() : .plain, width: terminalWidth()).render(alignment)
            }
            try OutputWriter(path: output, inputs: [source, translation]).write(rendered)
        }
    }
}

struct UntranslatedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untranslated",
        abstract: "Flag clauses of a translation still written in the source language."
    )

    @Argument(help: "The translated policy.")
    var translation: String

    @Option(name: .long, help: "The original, to also catch clauses copied from it verbatim.")
    var source: String?

    @Option(name: .customLong("source-lang"), help: "Language the translation was made from.")
    var sourceLanguage: String = "en"

    @Option(name: .long, help: "Language of the translation (default: detected).")
    var lang: String = "auto"

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard format == .text || format == .json else {
            throw ValidationError("untranslated writes text or json, not \(format.rawValue)")
        }
    }

    func run() throws {
        try reportingErrors {
            installInterruptHandlers()
            let analyzer = try common.makeAnalyzer()
            guard let sourceTag = try analyzer.resolveLanguage(sourceLanguage) else {
                throw PolicyError(.usage, "--source-lang needs a language code, not auto")
            }
            let policy = try analyzer.asTranslation(try analyzer.analyze(path: translation, language: lang), of: sourceTag)
            var originalSentences: [Sentence] = []
            if let source {
                let original = try analyzer.analyze(path: source, language: sourceTag)
                let splitter = try SentenceSplitter(locale: sourceTag)
                originalSentences = original.sections.flatMap { splitter.sentences(of: $0) }
            }
            let detector = try UntranslatedDetector(lexicons: analyzer.lexicons, target: policy.language, source: sourceTag)
            let report = UntranslatedReport(policy: policy, sourceLanguage: sourceTag,
                                            clauses: detector.clauses(in: policy.sections, original: originalSentences))
            let rendered = format == .json ? try UntranslatedJSONReporter().render(report) : UntranslatedTextReporter().render(report)
            try OutputWriter(path: output, inputs: [translation] + (source.map { [$0] } ?? [])).write(rendered)
        }
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
