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

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard jsonl else { throw ValidationError("classify reads JSON Lines: pass --jsonl") }
        guard jobs ?? 1 > 0 else { throw ValidationError("--jobs must be at least 1") }
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
            let classifier = SegmentStream(lexicons: lexicons, defaultLanguage: defaultLanguage, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            try classifier.run(input: input) { line in
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        }
    }
}
