import ArgumentParser
import Foundation
import PolicyAlignKit

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a translation with its original, section by section and sentence by sentence.",
        discussion: """
        Formats: text (default), json, html (side by side), tmx (translation memory), xliff \
        (XLIFF 2.1 for review in a CAT tool, findings marked as ITS quality issues), and the \
        findings alone as sarif, jsonl or csv.

        Example: policyalign align privacy.en.md privacy.ms.md --fail-on missing-section,fact-mismatch
        """
    )

    @Argument(help: "The original policy.")
    var source: String

    @Argument(help: "Its translation, or - for standard input.")
    var translation: String

    @Option(name: .customLong("source-lang"), help: "Language of the original: a code, or auto to detect it.")
    var sourceLanguage: String = "auto"

    @Option(name: .long, help: "Language of the translation: a code, or auto to detect it (a file name such as privacy.ms.md counts as given).")
    var lang: String = "auto"

    @Flag(name: .customLong("tmx-include-flagged"), help: "TMX: keep pairs whose translation has a finding (untranslated, a fact that differs), each with a note.")
    var tmxIncludeFlagged = false

    @Option(name: .customLong("min-score"), help: ArgumentHelp("TMX: leave out pairs scored below this (0 to 1).", valueName: "score"))
    var minScore: Double = 0

    @OptionGroup var out: OutputOptions<AlignFormats>
    @OptionGroup var gate: GateOptions
    @OptionGroup var common: CommonOptions


    func validate() throws {
        guard (0...1).contains(minScore) else { throw ValidationError("--min-score takes a number from 0 to 1") }
    }

    func run() throws {
        var findings: [Finding] = []
        var project = ProjectConfig()
        try reportingErrors {
            installInterruptHandlers()
            let setup = try common.setUp()
            project = setup.project
            let analyzer = setup.analyzer
            let filter = try gate.filter(project)
            // A language the file name declares (privacy.ms.md) counts as given.
            let original = try analyzer.analyze(path: source, language: setup.declared(sourceLanguage, source))
            let translated = try analyzer.asTranslation(
                try analyzer.analyze(path: translation, language: setup.declared(lang, translation)), of: original.language)
            out.noteWarnings([original, translated])
            var alignment = try PolicyAligner(lexicons: analyzer.lexicons).align(source: original, target: translated)
            alignment.setAside(by: filter)
            out.noteSetAside(alignment.setAside)
            findings = alignment.findings
            let rendered: String
            switch out.format {
            case .json: rendered = try AlignmentJSONReporter().render(alignment)
            case .html: rendered = AlignmentHTMLReporter().render(alignment)
            case .tmx:
                // Tags as given keep their region (pt-BR); detected ones are the lexicon's.
                rendered = TMXReporter(toolVersion: PolicyAlign.configuration.version,
                                       sourceTag: setup.tagAsWritten(sourceLanguage, source),
                                       targetTag: setup.tagAsWritten(lang, translation),
                                       includeFlagged: tmxIncludeFlagged, minimumScore: minScore).render(alignment)
            case .xliff:
                rendered = XLIFFReporter(sourceTag: setup.tagAsWritten(sourceLanguage, source),
                                         targetTag: setup.tagAsWritten(lang, translation)).render(alignment)
            case .sarif, .jsonl, .csv: rendered = try renderFindings(alignment.findings, out.format)
            default:
                rendered = AlignmentTextReporter(style: out.style, width: terminalWidth()).render(alignment)
            }
            try out.write(rendered, inputs: [source, translation])
        }
        try gate.finish(findings, project: project, quiet: out.quiet)
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

struct UntranslatedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untranslated",
        abstract: "Flag clauses of a translation still written in the source language.",
        discussion: """
        Formats: text (default), json, and the findings alone as sarif, jsonl or csv.

        Example: policyalign untranslated privacy.th.md --source privacy.en.md --fail-on untranslated
        """
    )

    @Argument(help: "The translated policy, or - for standard input.")
    var translation: String

    @Option(name: .long, help: "The original, to also catch clauses copied from it verbatim.")
    var source: String?

    @Option(name: .customLong("source-lang"), help: "Language the translation was made from.")
    var sourceLanguage: String = "en"

    @Option(name: .long, help: "Language of the translation: a code, or auto to detect it (a file name such as privacy.ms.md counts as given).")
    var lang: String = "auto"

    @OptionGroup var out: OutputOptions<UntranslatedFormats>
    @OptionGroup var gate: GateOptions
    @OptionGroup var common: CommonOptions


    func run() throws {
        var findings: [Finding] = []
        var project = ProjectConfig()
        try reportingErrors {
            installInterruptHandlers()
            let setup = try common.setUp()
            project = setup.project
            let analyzer = setup.analyzer
            let filter = try gate.filter(project)
            guard let sourceTag = try analyzer.resolveLanguage(sourceLanguage) else {
                throw PolicyError(.usage, "--source-lang needs a language code, not auto")
            }
            let policy = try analyzer.asTranslation(
                try analyzer.analyze(path: translation, language: setup.declared(lang, translation)), of: sourceTag)
            var originalSentences: [Sentence] = []
            var originalTitles: [String] = []
            if let source {
                let original = try analyzer.analyze(path: source, language: sourceTag)
                out.noteWarnings([original])
                let splitter = try SentenceSplitter(locale: sourceTag)
                originalSentences = original.sections.flatMap { splitter.sentences(of: $0) }
                originalTitles = PolicyAligner.linkTexts(original)
            }
            out.noteWarnings([policy])
            let detector = try UntranslatedDetector(lexicons: analyzer.lexicons, target: policy.language, source: sourceTag)
            var report = UntranslatedReport(policy: policy, sourceLanguage: sourceTag,
                                            clauses: detector.clauses(in: policy.sections, original: originalSentences,
                                                                      originalTitles: originalTitles),
                                            sourceFile: source)
            report.setAside(by: filter)
            out.noteSetAside(report.setAside)
            findings = report.findings
            let rendered: String
            switch out.format {
            case .json: rendered = try UntranslatedJSONReporter().render(report)
            case .sarif, .jsonl, .csv: rendered = try renderFindings(report.findings, out.format)
            default: rendered = UntranslatedTextReporter(style: out.style).render(report)
            }
            try out.write(rendered, inputs: [translation] + (source.map { [$0] } ?? []))
        }
        try gate.finish(findings, project: project, quiet: out.quiet)
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
