/// A failure inside the ICU or libxml2 layer.
public struct TextError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
