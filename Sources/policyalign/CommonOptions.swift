import Foundation
import ArgumentParser
import PolicyAlignKit

/// Options every command that reads policies shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Lexicon folder to use instead of the built-in lexicons (default: $POLICYALIGN_LEXICONS when set).", valueName: "dir"))
    var lexicons: String?

    @Option(name: .long, help: "Read input files in this charset instead of detecting it (e.g. windows-1252, TIS-620).")
    var encoding: String?

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Largest input file accepted, in MB.", valueName: "mb"))
    var maxSize: Int = DocumentReader.defaultMaximumBytes >> 20

    @Option(name: .long, help: ArgumentHelp("Project file (default: .policyalign.yml in the working folder, when there is one).", valueName: "file"))
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .policyalign.yml in the working folder.")
    var noConfig = false

    func validate() throws {
        guard maxSize > 0, maxSize <= 1 << 20 else { throw ValidationError("--max-size takes 1 to 1048576 MB") }
        if noConfig && config != nil { throw ValidationError("give --config or --no-config, not both") }
    }

    func loadLexicons() throws -> LexiconSet {
        try LexiconSet.load(explicit: lexicons)
    }

    var reader: DocumentReader { DocumentReader(maximumBytes: maxSize << 20, declaredEncoding: encoding) }

    /// Lexicons, the project's settings and an analyzer that uses both.
    func setUp() throws -> Setup {
        let base = try loadLexicons()
        let project = noConfig ? ProjectConfig() : try ProjectConfig.find(explicit: config, lexicons: base)
        let lexicons = base.keeping(project.keep)
        return Setup(lexicons: lexicons, project: project, analyzer: try PolicyAnalyzer(lexicons: lexicons, reader: reader))
    }

    func makeAnalyzer() throws -> PolicyAnalyzer { try setUp().analyzer }
}

/// What a command run works with: lexicons, project settings, an analyzer.
struct Setup {
    let lexicons: LexiconSet
    let project: ProjectConfig
    let analyzer: PolicyAnalyzer

    /// The language option as given, or, when it is auto, the one the project's rules or
    /// the file name declare (`privacy.ms.md`).
    func declared(_ option: String, _ path: String) -> String {
        guard option == "auto" else { return option }
        return project.language(ofFile: path) ?? lexicons.declaredLanguage(ofFile: path) ?? "auto"
    }

    /// The language tag as the user wrote it, region included (`pt-BR`), for outputs that
    /// keep it; nil when the language is to be detected.
    func tagAsWritten(_ option: String, _ path: String) -> String? {
        option != "auto" ? LexiconSet.normalizedTag(option) : project.language(ofFile: path) ?? lexicons.declaredTag(ofFile: path)
    }
}

/// The formats one command writes: its `--format` accepts and its help lists only these.
protocol FormatList {
    static var formats: [OutputFormat] { get }
}

enum SectionsFormats: FormatList { static let formats: [OutputFormat] = [.text, .json] }
enum AlignFormats: FormatList { static let formats: [OutputFormat] = [.text, .json, .html, .tmx, .xliff, .sarif, .jsonl, .csv] }
enum UntranslatedFormats: FormatList { static let formats: [OutputFormat] = [.text, .json, .sarif, .jsonl, .csv] }
enum ParityFormats: FormatList { static let formats: [OutputFormat] = [.text, .json, .csv, .html, .sarif, .jsonl] }

/// A `--format` value restricted to one command's list.
struct Format<List: FormatList>: ExpressibleByArgument {
    let value: OutputFormat

    init(_ value: OutputFormat) { self.value = value }

    init?(argument: String) {
        guard let format = OutputFormat(rawValue: argument.lowercased()), List.formats.contains(format) else { return nil }
        value = format
    }

    static var allValueStrings: [String] { List.formats.map(\.rawValue) }
    var defaultValueDescription: String { value.rawValue }
}

/// `--format`, `--output` and `--quiet`, for a command writing the formats of `List`.
struct OutputOptions<List: FormatList>: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp("Output format.", valueName: "format"))
    var formatOption: Format<List> = Format(.text)

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: [.customShort("q"), .long], help: "Print no report on standard output and no notes on standard error (the exit code tells); --output files are still written.")
    var quiet = false

    var format: OutputFormat { formatOption.value }

    /// Colours for a terminal on stdout; none in files.
    var style: TerminalStyle { output == nil ? .forStandardOutput() : .plain }

    func write(_ text: String, inputs: [String]) throws {
        if quiet && (output == nil || output == "-") { return }
        try OutputWriter(path: output, inputs: inputs).write(format == .text ? style.finish(text) : text)
    }

    /// A note on stderr, unless quiet.
    func note(_ message: String) { Notes.write(message, quiet: quiet) }

    /// What the readers noticed in these documents (bytes replaced, HTML read flat).
    func noteWarnings(_ policies: [AnalyzedPolicy]) {
        for policy in policies { for warning in policy.document.warnings { note(warning) } }
    }

    /// How many findings the baseline and ignore rules kept from the report, when any.
    func noteSetAside(_ count: Int) {
        if count > 0 { note("\(count) finding(s) set aside by the baseline or ignore rules") }
    }
}

enum Notes {
    static func write(_ message: String, quiet: Bool) {
        if !quiet { FileHandle.standardError.write(Data("policyalign: \(TerminalStyle.plain.finish(message))\n".utf8)) }
    }
}

/// The gate: `--fail-on KINDS` (exit 1 when a finding of these kinds is reported), and a
/// baseline of accepted findings so that a gate fails only on new ones.
struct GateOptions: ParsableArguments {
    @Option(name: .customLong("fail-on"), parsing: .singleValue,
            help: ArgumentHelp("Exit 1 when a finding of these kinds is reported (comma-separated): "
                + Finding.Kind.gateNames.joined(separator: ", ") + ". Default: the project file's fail-on.",
                valueName: "kinds"),
            transform: GateOptions.parse)
    var failOn: [Set<Finding.Kind>] = []

    @Option(name: .long, help: ArgumentHelp("Report only findings not accepted in this baseline (default: the project file's baseline).", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Accept every finding of this run: write them to this file, and pass the gate.", valueName: "file"))
    var writeBaseline: String?

    func validate() throws {
        if baseline != nil && writeBaseline != nil { throw ValidationError("give --baseline or --write-baseline, not both") }
    }

    @Sendable static func parse(_ value: String) throws -> Set<Finding.Kind> {
        var kinds = Set<Finding.Kind>()
        for item in value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            guard let named = Finding.Kind.named(item) else {
                throw ValidationError("--fail-on takes " + Finding.Kind.gateNames.joined(separator: ", ") + ", not `\(item)`")
            }
            kinds.formUnion(named)
        }
        return kinds
    }

    /// The project's ignore rules, and its baseline unless this run writes a new one.
    func filter(_ project: ProjectConfig) throws -> FindingsFilter {
        if writeBaseline != nil { return FindingsFilter(rules: project.ignore) }
        return try project.filter(baseline: baseline)
    }

    /// Writes the baseline when asked; else exit 1 when `findings` hold a kind to fail on
    /// (the command line's kinds, else the project file's).
    func finish(_ findings: [Finding], project: ProjectConfig, quiet: Bool) throws {
        if let writeBaseline {
            try reportingErrors {
                try OutputWriter(path: writeBaseline, inputs: []).write(try Baseline(findings: findings).encoded())
            }
            Notes.write("wrote \(findings.count) accepted finding(s) to \(writeBaseline)", quiet: quiet)
            return
        }
        var kinds = failOn.reduce(into: Set<Finding.Kind>()) { $0.formUnion($1) }
        if failOn.isEmpty { for name in project.failOn { kinds.formUnion(Finding.Kind.named(name) ?? []) } }
        if !kinds.isEmpty, findings.contains(where: { kinds.contains($0.kind) }) { throw ExitCode(1) }
    }
}
