import Foundation

/// Output formats a command may offer.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, json, html, tmx, xliff, csv, sarif, jsonl
}

/// Renders one kind of result in one format. Each command has a reporter per format it
/// offers; the command picks one by `format` and never formats output itself.
public protocol Reporter {
    associatedtype Subject
    var format: OutputFormat { get }
    func render(_ subject: Subject) throws -> String
}

/// JSON with sorted keys and stable number formatting, so output diffs cleanly.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One line of JSON (for JSON Lines output).
    static func line<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Rounds scores for output: two decimals are all the precision they have.
func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

/// An optional JSON field written as `null` when empty rather than left out: the
/// contract's consumers look for the key (`"heading": null`, `"target": null`).
@propertyWrapper
struct Nullable<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value = wrappedValue { try container.encode(value) } else { try container.encodeNil() }
    }
}
