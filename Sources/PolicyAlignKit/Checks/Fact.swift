/// A checkable fact of a policy: a number, duration, e-mail, URL... with the text it was
/// read from and a normalized value that compares across languages ("7 tahun" and
/// "7 years" are both `7 year`).
public struct Fact: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case number, duration, email, url, phone, percent, date, reference
        /// A documentation address (example.com): masked like an address, never compared.
        case placeholder
    }

    public let kind: Kind
    /// Language-independent value: "7 year", "support@aclaro.io", "gdpr", "12".
    public let value: String
    /// The text as written.
    public let text: String
    /// 1-based line in the input file.
    public let line: Int
    /// A fact too weak to report on its own (a number written as a word without a unit:
    /// "two-factor"): it may match a counterpart, but is never missing, extra or mismatched.
    public var isLatent = false

    /// "7 years (line 40)", for reports.
    public var located: String { "\(text) (line \(line))" }
}
