import ArgumentParser
import Foundation
import PolicyAlignKit

@main
struct PolicyAlign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policyalign",
        abstract: "Align, check and compare translations of a privacy policy.",
        version: "0.1.0",
        subcommands: [
            SectionsCommand.self, AlignCommand.self, UntranslatedCommand.self, ParityCommand.self, ClassifyCommand.self, LexiconCommand.self,
        ]
    )

    static func main() {
        StandardStreams.reserveClosed()
        main(nil)
    }
}

/// Runs a command body, turning a PolicyError into one line on stderr and its exit code.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as PolicyError {
        // File names and text in the message are shown with their control characters escaped.
        FileHandle.standardError.write(Data("policyalign: \(TerminalStyle.plain.finish(error.message))\n".utf8))
        throw ExitCode(error.exitCode)
    }
}

/// Removes temporary output files when the run is interrupted.
func installInterruptHandlers() {
    TemporaryFiles.shared.removeOnSignals()
}
