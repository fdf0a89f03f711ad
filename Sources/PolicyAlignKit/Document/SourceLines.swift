/// Splits text into lines the way editors count them: LF, CRLF, CR, NEL, U+2028 and
/// U+2029 each end a line.
enum SourceLines {
    static func split(_ text: String) -> [Substring] {
        // Bytes, not scalars: LF and CR are found with memchr-like scans; NEL (C2 85) and
        // U+2028/U+2029 (E2 80 A8/A9) are checked only at their lead bytes.
        var lines: [Substring] = []
        let utf8 = text.utf8
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            let count = bytes.count
            func cut(_ end: Int, next: Int) {
                lines.append(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]))
                start = next
            }
            while index < count {
                let byte = bytes[index]
                // Most bytes end no line: one test for them.
                if byte > 0x0D && byte != 0xC2 && byte != 0xE2 {
                    index += 1
                    continue
                }
                switch byte {
                case 0x0A:
                    cut(index, next: index + 1)
                    index += 1
                case 0x0D:
                    let next = index + 1 < count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                    cut(index, next: next)
                    index = next
                case 0xC2 where index + 1 < count && bytes[index + 1] == 0x85:
                    cut(index, next: index + 2)
                    index += 2
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    cut(index, next: index + 3)
                    index += 3
                default:
                    index += 1
                }
            }
            if start < count { cut(count, next: count) }
        }
        return lines
    }

    /// Trims white space, including no-break and zero-width spaces, at both ends.
    static func trim(_ line: Substring) -> Substring {
        // Bytes while the ends are ASCII, as on most lines (and a line already trimmed is
        // returned whole after two byte tests); scalars past them, never Characters:
        // trimming runs on every line of every file and lexicon.
        let utf8 = line.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        while start < end, isBlank(utf8[start]) { start = utf8.index(after: start) }
        while start < end, isBlank(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        if start == end { return "" }
        if utf8[start] < 0x80 && utf8[utf8.index(before: end)] < 0x80 { return line[start..<end] }
        return trimScalars(line[start..<end])
    }

    private static func trimScalars(_ line: Substring) -> Substring {
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
