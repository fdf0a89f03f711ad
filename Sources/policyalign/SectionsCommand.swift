import ArgumentParser
import PolicyAlignKit

struct SectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sections",
        abstract: "Split a policy into sections and label each with a canonical taxonomy id.",
        discussion: """
        Formats: text (default) or json.

        Example: policyalign sections privacy.ms.md --explain
        """
    )

    @Argument(help: "Policy file (.txt, .md, .html in any encoding, .docx or .pdf), or - for standard input.")
    var file: String

    @Option(name: .long, help: "Language code (BCP 47, e.g. ms, zh-Hans, pt-BR) or auto.")
    var lang: String = "auto"

    @Flag(name: .long, help: "Show the lexicon hits that decided each label.")
    var explain = false

    @OptionGroup var out: OutputOptions<SectionsFormats>
    @OptionGroup var common: CommonOptions


    func run() throws {
        try reportingErrors {
            installInterruptHandlers()
            let analyzer = try common.makeAnalyzer()
            let policy = try analyzer.analyze(path: file, language: lang)
            out.noteWarnings([policy])
            let rendered = out.format == .json
                ? try SectionsJSONReporter().render(policy)
                : SectionsTextReporter(explain: explain, style: out.style).render(policy)
            try out.write(rendered, inputs: [file])
        }
    }
}
