import ArgumentParser
import Foundation
import PolicyAlignKit

struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Label text segments streamed as JSON Lines, in input order, on all cores."
    )

    @Argument(help: "JSON Lines file, or - for standard input.")
    var file: String = "-"

    @Flag(name: .long, help: "Read and write JSON Lines (the only mode).")
    var jsonl = false

    @Option(name: .long, help: "Language of segments without a `lang` field: a code, or auto.")
    var lang: String = "auto"

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Option(name: .customLong("max-line"), help: ArgumentHelp("Longest line read, in bytes: a longer one gives an error row and is skipped.", valueName: "bytes"))
    var maxLine: Int = SegmentStream.defaultMaxLineBytes

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard jsonl else { throw ValidationError("classify reads JSON Lines: pass --jsonl") }
        guard jobs ?? 1 > 0 else { throw ValidationError("--jobs must be at least 1") }
        guard maxLine > 0 else { throw ValidationError("--max-line must be at least 1") }
    }

    func run() throws {
        try reportingErrors {
            let lexicons = try common.loadLexicons()
            let defaultLanguage = try PolicyAnalyzer(lexicons: lexicons).resolveLanguage(lang)
            let input: FileHandle
            if file == "-" {
                input = .standardInput
            } else {
                try DocumentReader.checkReadable(path: file)
                guard let handle = FileHandle(forReadingAtPath: file) else {
                    throw PolicyError(.noInput, "\(file): cannot be opened for reading")
                }
                input = handle
            }
            let name = file == "-" ? "standard input" : file
            let stream = SegmentStream(lexicons: lexicons, defaultLanguage: defaultLanguage,
                                       workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount, maxLineBytes: maxLine)
            let tally = try stream.run(input: input, name: name) { (rows: UnsafeRawBufferPointer) throws(PolicyError) in
                try StandardOutput.write(rows)
            }
            // Rows are written either way; a run that labelled nothing must not pass a pipeline.
            if tally.lines > 0 && tally.failed == tally.lines {
                throw PolicyError(.badData, "every line of \(name) was malformed (\(tally.lines) \(tally.lines == 1 ? "line" : "lines"))")
            }
        }
    }
}
