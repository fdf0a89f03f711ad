import Foundation
import ArgumentParser
import PolicyAlignKit

/// Options every command that reads policies shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Lexicon directory (default: $POLICYALIGN_LEXICONS, or Lexicons/ beside the tool or in the working directory).")
    var lexicons: String?

    @Option(name: .long, help: "Read input files in this charset instead of detecting it (e.g. windows-1252, TIS-620).")
    var encoding: String?

    @Option(name: .customLong("max-size"), help: "Largest input file accepted, in MB.")
    var maxSize: Int = DocumentReader.defaultMaximumBytes >> 20

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size must be a positive number of MB") }
    }

    func loadLexicons() throws -> LexiconSet {
        try LexiconSet.load(directory: try LexiconLocator.locate(explicit: lexicons))
    }

    func makeAnalyzer() throws -> PolicyAnalyzer {
        let reader = DocumentReader(maximumBytes: maxSize << 20, declaredEncoding: encoding)
        return try PolicyAnalyzer(lexicons: try loadLexicons(), reader: reader)
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// `--format` and `--output`, shared by the commands that write reports.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text (default), json; findings as sarif, jsonl or csv (align, untranslated); align also html or tmx; parity also html, csv (its section matrix), sarif or jsonl.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Write to this file instead of standard output (parity --dir: to this folder).")
    var output: String?

    /// A usage error (exit 64) when the command does not write the chosen format.
    func require(_ formats: [OutputFormat], command: String) throws {
        guard formats.contains(format) else {
            let names = formats.map(\.rawValue)
            throw ValidationError("\(command) writes \(names.dropLast().joined(separator: ", ")) or \(names.last!), not \(format.rawValue)")
        }
    }

    /// Colours for a terminal on stdout; none in files.
    var style: TerminalStyle { output == nil ? .forStandardOutput() : .plain }

    func write(_ text: String, inputs: [String]) throws {
        try OutputWriter(path: output, inputs: inputs).write(text)
    }
}

/// `--fail-on KINDS`: exit 1 when a finding of these kinds is reported. Takes the findings
/// model's kinds, `any`, and the older group names (missing, facts).
struct FailOnOptions: ParsableArguments {
    @Option(name: .customLong("fail-on"), parsing: .singleValue,
            help: ArgumentHelp("Exit 1 when a finding of these kinds is reported (comma-separated): any, "
                + Finding.Kind.allCases.map(\.rawValue).joined(separator: ", ") + "; also missing (= missing-section) and facts (= fact-*).",
                valueName: "kinds"),
            transform: FailOnOptions.parse)
    var failOn: [Set<Finding.Kind>] = []

    var kinds: Set<Finding.Kind> { failOn.reduce(into: Set<Finding.Kind>()) { $0.formUnion($1) } }

    static func parse(_ value: String) throws -> Set<Finding.Kind> {
        var kinds = Set<Finding.Kind>()
        for item in value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            switch item {
            case "any": kinds.formUnion(Finding.Kind.allCases)
            case "missing": kinds.insert(.missingSection)
            case "facts": kinds.formUnion([.factMismatch, .factMissing, .factExtra])
            case "untranslated": kinds.formUnion([.untranslated, .untranslatedDocument])
            default:
                guard let kind = Finding.Kind(rawValue: item) else {
                    throw ValidationError("--fail-on takes any, " + Finding.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                                          + ", missing or facts, not `\(item)`")
                }
                kinds.insert(kind)
            }
        }
        return kinds
    }

    /// Throws exit code 1 when `findings` hold a kind to fail on.
    func check(_ findings: [Finding]) throws {
        let kinds = self.kinds
        if !kinds.isEmpty, findings.contains(where: { kinds.contains($0.kind) }) { throw ExitCode(1) }
    }
}
