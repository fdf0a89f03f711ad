import Foundation

/// ANSI styling for terminal output: on only when stdout is a terminal and NO_COLOR is unset.
public struct TerminalStyle: Sendable {
    public let colors: Bool

    public static let plain = TerminalStyle(colors: false)

    public init(colors: Bool) { self.colors = colors }

    /// Colours for standard output as the environment allows (https://no-color.org).
    public static func forStandardOutput() -> TerminalStyle {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(colors: !noColor && isatty(STDOUT_FILENO) == 1)
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func accent(_ text: String) -> String { wrap(text, "36") }
    public func warning(_ text: String) -> String { wrap(text, "33") }
    public func error(_ text: String) -> String { wrap(text, "31") }
    public func good(_ text: String) -> String { wrap(text, "32") }

    private func wrap(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
