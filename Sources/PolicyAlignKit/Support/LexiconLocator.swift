import Foundation

/// Which lexicon folder overrides the built-in lexicons: `--lexicons DIR`, then
/// `$POLICYALIGN_LEXICONS`; nil when neither is given. A folder that is named but holds no
/// lexicons is an error, never a silent fall-back.
public enum LexiconLocator {
    public static let environmentVariable = "POLICYALIGN_LEXICONS"

    public static func locate(explicit: String?) throws(PolicyError) -> String? {
        if let explicit {
            guard isLexiconDirectory(explicit) else {
                throw PolicyError(.noInput, "\(explicit): not a lexicon directory (no taxonomy.txt)")
            }
            return explicit
        }
        // One variable read, not the whole environment made into a dictionary.
        if let fromEnvironment = getenv(environmentVariable).map({ String(cString: $0) }), !fromEnvironment.isEmpty {
            guard isLexiconDirectory(fromEnvironment) else {
                throw PolicyError(.noInput, "$\(environmentVariable)=\(fromEnvironment): not a lexicon directory (no taxonomy.txt)")
            }
            return fromEnvironment
        }
        return nil
    }

    static func isLexiconDirectory(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("taxonomy.txt"))
    }
}
