import Foundation

/// ANSI styling for terminal output: on only when stdout is a terminal and NO_COLOR is unset.
public struct TerminalStyle: Sendable {
    public let colors: Bool

    public static let plain = TerminalStyle(colors: false)

    public init(colors: Bool) { self.colors = colors }

    /// Colours for standard output as the environment allows (https://no-color.org).
    public static func forStandardOutput() -> TerminalStyle {
        // One variable read, not the whole environment made into a dictionary.
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        return TerminalStyle(colors: !noColor && isatty(STDOUT_FILENO) == 1)
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func accent(_ text: String) -> String { wrap(text, "36") }
    public func warning(_ text: String) -> String { wrap(text, "33") }
    public func error(_ text: String) -> String { wrap(text, "31") }
    public func good(_ text: String) -> String { wrap(text, "32") }

    /// Styles are marked with two noncharacters (reserved by Unicode for internal use) and
    /// become escape sequences only in `finish`, after the text's own controls are escaped:
    /// policy text and file names can then never reach the terminal as commands.
    private func wrap(_ text: String, _ code: String) -> String {
        colors ? "\(Self.open)\(code)\(Self.close)\(text)\(Self.open)0\(Self.close)" : text
    }

    private static let open = Unicode.Scalar(UInt32(0xFDD0))!, close = Unicode.Scalar(UInt32(0xFDD1))!

    /// Text ready for a terminal or a text file: C0 and C1 controls other than tab and line
    /// feed shown as `\x1B`-style escapes, then the style marks turned into SGR sequences.
    public func finish(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var inMark = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case Self.open.value:
                inMark = true
                if colors { out.append(contentsOf: "\u{1B}[".unicodeScalars) }
            case Self.close.value where inMark:
                inMark = false
                if colors { out.append("m") }
            case 0x09, 0x0A:
                out.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F:
                out.append(contentsOf: String(format: "\\x%02X", scalar.value).unicodeScalars)
            default:
                // Inside a mark only its digits and separators count; anything else ends it.
                if inMark && !(scalar.properties.numericType != nil && scalar.isASCII || scalar == ";") {
                    inMark = false
                    if colors { out.append("m") }
                }
                if !inMark || colors { out.append(scalar) }
            }
        }
        return String(out)
    }
}
