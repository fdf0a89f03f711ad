import Foundation

/// Finds the lexicon directory: `--lexicons`, then `POLICYALIGN_LEXICONS`, then a
/// `Lexicons` folder beside the executable or above it (a build tree), then in the working
/// directory. Says where it looked when none is found.
public enum LexiconLocator {
    public static let environmentVariable = "POLICYALIGN_LEXICONS"

    public static func locate(explicit: String?) throws(PolicyError) -> String {
        if let explicit {
            guard isLexiconDirectory(explicit) else {
                throw PolicyError(.noInput, "\(explicit): not a lexicon directory (no taxonomy.txt)")
            }
            return explicit
        }
        var tried: [String] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment[environmentVariable], !fromEnvironment.isEmpty {
            if isLexiconDirectory(fromEnvironment) { return fromEnvironment }
            tried.append("$\(environmentVariable)=\(fromEnvironment)")
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [directory.appendingPathComponent("Lexicons"),
                              directory.appendingPathComponent("share/policyalign/Lexicons")] {
                if isLexiconDirectory(candidate.path) { return candidate.path }
            }
            tried.append(directory.appendingPathComponent("Lexicons").path)
            directory.deleteLastPathComponent()
        }
        let local = FileManager.default.currentDirectoryPath + "/Lexicons"
        if isLexiconDirectory(local) { return local }
        tried.append(local)
        throw PolicyError(.noInput, "no lexicons found (use --lexicons DIR or $\(environmentVariable); looked in \(tried.joined(separator: ", ")))")
    }

    static func isLexiconDirectory(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("taxonomy.txt"))
    }
}
