import ArgumentParser
import Foundation
import PolicyAlignKit

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check and describe the lexicons.",
        subcommands: [Check.self, Stats.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate every lexicon file; print each problem as FILE:LINE: message.")

        @Option(name: .long, help: "Lexicon directory (default: $POLICYALIGN_LEXICONS, else the built-in lexicons).")
        var lexicons: String?

        func run() throws {
            try reportingErrors {
                let set = try readLexicons(explicit: lexicons)
                for diagnostic in set.diagnostics {
                    FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
                }
                if !set.diagnostics.isEmpty {
                    throw PolicyError(.badData, "\(set.diagnostics.count) problem(s) in \(set.origin)")
                }
                let terms = set.languages.values.reduce(0) { $0 + $1.sections.values.reduce(0) { $0 + $1.count } }
                try StandardOutput.write("\(set.languages.count) languages, \(set.taxonomy.entries.count) sections, \(terms) terms: no problems\n")
            }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Coverage per language and section: heading cues/body terms.")

        @Option(name: .long, help: "Lexicon directory (default: $POLICYALIGN_LEXICONS, else the built-in lexicons).")
        var lexicons: String?

        func run() throws {
            try reportingErrors {
                let set = try readLexicons(explicit: lexicons)
                try StandardOutput.write(LexiconStatsReporter().render(set))
            }
        }
    }
}

/// Every problem of the named lexicon folder, or of the built-in lexicons, without failing on them.
private func readLexicons(explicit: String?) throws(PolicyError) -> LexiconSet {
    if let directory = try LexiconLocator.locate(explicit: explicit) { return try LexiconSet.read(directory: directory) }
    return LexiconSet.readBuiltIn(parsingAll: true)
}
