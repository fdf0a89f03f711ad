import ArgumentParser
import PolicyAlignKit

struct SectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sections",
        abstract: "Split a policy into sections and label each with a canonical taxonomy id."
    )

    @Argument(help: "Policy file (.txt, .md, .html; any encoding).")
    var file: String

    @Option(name: .long, help: "Language code (BCP 47, e.g. ms, zh-Hans, pt-BR) or auto.")
    var lang: String = "auto"

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Show the lexicon hits that decided each label.")
    var explain = false

    @Option(name: .long, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard format == .text || format == .json else {
            throw ValidationError("sections writes text or json, not \(format.rawValue)")
        }
    }

    func run() throws {
        try reportingErrors {
            installInterruptHandlers()
            let analyzer = try common.makeAnalyzer()
            let policy = try analyzer.analyze(path: file, language: lang)
            let rendered = format == .json
                ? try SectionsJSONReporter().render(policy)
                : SectionsTextReporter(explain: explain, style: output == nil ? .forStandardOutput() : .plain).render(policy)
            try OutputWriter(path: output, inputs: [file]).write(rendered)
        }
    }
}
