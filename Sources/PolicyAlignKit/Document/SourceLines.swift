/// Splits text into lines the way editors count them: LF, CRLF, CR, NEL, U+2028 and
/// U+2029 each end a line.
enum SourceLines {
    static func split(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        let scalars = text.unicodeScalars
        while index < text.endIndex {
            let scalar = scalars[index]
            switch scalar.value {
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029:
                lines.append(text[start..<index])
                var next = scalars.index(after: index)
                if scalar.value == 0x0D, next < text.endIndex, scalars[next].value == 0x0A {
                    next = scalars.index(after: next)
                }
                index = next
                start = next
            default:
                index = scalars.index(after: index)
            }
        }
        if start < text.endIndex { lines.append(text[start..<text.endIndex]) }
        return lines
    }

    /// Trims white space, including no-break and zero-width spaces, at both ends.
    static func trim(_ line: Substring) -> Substring {
        // Scalars, not Characters: trimming runs on every line of every file and lexicon.
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.value < 0x80 { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
            return scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
        }
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return Substring(scalars[first...last])
    }
}
