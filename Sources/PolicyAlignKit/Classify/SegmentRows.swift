import Foundation

/// Ids may be strings or numbers; they are echoed as given, numbers as their JSON text
/// (a Double would round 12345678901234567890 and rewrite -0.5e3).
enum SegmentID: Equatable {
    case string(String)
    case number(String)
}

/// One output row, written by hand so that an id's number text passes through untouched.
/// Keys are sorted and strings escaped as JSONEncoder does for the other commands.
struct RowWriter {
    var bytes: [UInt8] = []

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func labelled(_ id: SegmentID?, language: String, _ result: Classification) {
        raw("{\"confidence\":")
        number(result.confidence)
        raw(",\"id\":")
        self.id(id)
        raw(",\"label\":")
        string(result.label)
        raw(",\"labels\":[")
        for (index, label) in result.labels.enumerated() {
            if index > 0 { raw(",") }
            string(label)
        }
        raw("],\"language\":")
        string(language)
        raw("}\n")
    }

    /// Writes an error row; returns true, for the tally.
    mutating func failure(_ id: SegmentID?, _ line: Int, _ message: String) -> Bool {
        raw("{\"error\":")
        string(message)
        raw(",\"id\":")
        self.id(id)
        raw(",\"line\":")
        raw(String(line))
        raw("}\n")
        return true
    }

    mutating func id(_ id: SegmentID?) {
        switch id {
        case .none: raw("null")
        case .string(let text): string(text)
        case .number(let text): raw(text)
        }
    }

    mutating func number(_ value: Double) {
        var text = value.isFinite ? value.description : "0"
        if text.hasSuffix(".0") { text.removeLast(2) }
        raw(text)
    }

    mutating func string(_ text: String) {
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
