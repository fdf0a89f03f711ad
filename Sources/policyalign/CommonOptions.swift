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
