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

        An XLIFF 1.2 or 2.x file from a CAT tool is checked on its own: policyalign align \
        privacy.ms.xlf. Its findings name the unit (values.unit in json, jsonl, sarif); a unit \
        with no target is an untranslated finding, one marked translate="no" gives none.

        Example: policyalign align privacy.en.md privacy.ms.md --fail-on missing-section,fact-mismatch
        """
    )

    @Argument(help: "The original policy, or one bilingual XLIFF file (its sources are the original, its targets the translation).")
    var source: String

    @Argument(help: "Its translation (an XLIFF file gives its targets), or - for standard input.")
    var translation: String?

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
            // One bilingual file, or a translation that is one (its targets are read), or two documents.
            let bilingual = try DocumentReader.isXLIFF(path: translation ?? source)
                ? analyzer.reader.readBilingual(path: translation ?? source) : nil
            guard translation != nil || bilingual != nil else {
                throw PolicyError(.usage, "\(source): align needs the original and its translation, or one XLIFF file")
            }
            let translationFile = translation ?? source
            // A language the file name declares (privacy.ms.md) counts as given.
            let original: AnalyzedPolicy, translated: AnalyzedPolicy
            if let bilingual, translation == nil {
                (original, translated) = try analyzer.analyze(bilingual, sourceLanguage: given(sourceLanguage),
                                                              targetLanguage: given(setup.declared(lang, source)))
            } else if let bilingual {
                original = try analyzer.analyze(path: source, language: setup.declared(sourceLanguage, source))
                translated = try analyzer.analyze(bilingual, sourceLanguage: original.language,
                                                  targetLanguage: given(setup.declared(lang, translationFile))).translation
            } else {
                original = try analyzer.analyze(path: source, language: setup.declared(sourceLanguage, source))
                translated = try analyzer.asTranslation(
                    try analyzer.analyze(path: translationFile, language: setup.declared(lang, translationFile)), of: original.language)
            }
            out.noteWarnings([original, translated])
            var alignment = try PolicyAligner(lexicons: analyzer.lexicons).align(source: original, target: translated)
            if let bilingual { alignment.review(by: bilingual, ownOriginal: translation == nil) }
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
                                       sourceTag: sourceTag(setup, bilingual),
                                       targetTag: targetTag(setup, bilingual, translationFile),
                                       includeFlagged: tmxIncludeFlagged, minimumScore: minScore).render(alignment)
            case .xliff:
                rendered = XLIFFReporter(sourceTag: sourceTag(setup, bilingual),
                                         targetTag: targetTag(setup, bilingual, translationFile)).render(alignment)
            case .sarif, .jsonl, .csv: rendered = try renderFindings(alignment.findings, out.format)
            default:
                rendered = AlignmentTextReporter(style: out.style, width: terminalWidth()).render(alignment)
            }
            try out.write(rendered, inputs: [source] + (translation.map { [$0] } ?? []))
        }
        try gate.finish(findings, project: project, quiet: out.quiet)
    }

    private func given(_ option: String) -> String? { option == "auto" ? nil : option }

    /// Tags as given keep their region (pt-BR), then a bilingual file's own; detected ones are the lexicon's.
    /// A lone bilingual file's name (privacy.ms.xlf) names its translation's language, not its original's.
    private func sourceTag(_ setup: Setup, _ bilingual: BilingualDocument?) -> String? {
        if translation == nil, sourceLanguage == "auto" { return bilingual?.sourceLanguage.map(LexiconSet.normalizedTag) }
        return setup.tagAsWritten(sourceLanguage, source)
    }

    private func targetTag(_ setup: Setup, _ bilingual: BilingualDocument?, _ translationFile: String) -> String? {
        setup.tagAsWritten(lang, translationFile) ?? bilingual?.targetLanguage.map(LexiconSet.normalizedTag)
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

    @Option(name: .customLong("source-lang"), help: "Language the translation was made from (default: an XLIFF file's own, else en).")
    var sourceLanguage: String?

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
            // An XLIFF file is checked on its own: its sources are the original.
            let bilingual = DocumentReader.isXLIFF(path: translation) ? try analyzer.reader.readBilingual(path: translation) : nil
            let sourceCode = sourceLanguage ?? bilingual?.sourceLanguage.flatMap { analyzer.lexicons.resolve($0) } ?? "en"
            guard let sourceTag = try analyzer.resolveLanguage(sourceCode) else {
                throw PolicyError(.usage, "--source-lang needs a language code, not auto")
            }
            var originalSentences: [Sentence] = []
            var originalTitles: [String] = []
            let policy: AnalyzedPolicy
            if let bilingual, source == nil {
                let sides = try analyzer.analyze(bilingual, sourceLanguage: sourceTag,
                                                 targetLanguage: lang == "auto" ? nil : setup.declared(lang, translation))
                policy = sides.translation
                let splitter = try SentenceSplitter(locale: sourceTag)
                originalSentences = sides.original.sections.flatMap { splitter.sentences(of: $0) }
                originalTitles = PolicyAligner.linkTexts(sides.original)
            } else {
                policy = try analyzer.asTranslation(
                    try analyzer.analyze(path: translation, language: setup.declared(lang, translation)), of: sourceTag)
            }
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
            if let bilingual { report.review(by: bilingual, ownOriginal: source == nil) }
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
