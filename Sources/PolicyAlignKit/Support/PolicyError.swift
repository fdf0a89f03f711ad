/// An error a user can act on: one line naming the file and the problem, and the exit code
/// of the command-line contract (sysexits).
public struct PolicyError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Int32, Sendable {
        /// Bad flag or argument, unknown language code.
        case usage = 64
        /// Undecodable, binary or empty input; malformed lexicon.
        case badData = 65
        /// Input missing or unreadable.
        case noInput = 66
        /// Output cannot be written.
        case cannotCreate = 73
        /// Malformed project file (`.policyalign.yml`) or baseline.
        case config = 78
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var exitCode: Int32 { kind.rawValue }
    public var description: String { message }
}
