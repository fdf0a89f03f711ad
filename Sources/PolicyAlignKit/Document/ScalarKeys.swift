import PolicyText

/// Heading keys (`SectionDetector.headingKey`) made scalar by scalar, without ICU, for
/// text whose scalars each fold alone.
///
/// Folding (NFKC case folding, accents stripped) reaches across scalars only through
/// canonical ordering and composition: a combining mark, a Hangul jamo or the second half
/// of a composition (Indic vowel signs) takes part in its neighbours'. The scalars here
/// are none of these (bases and controls of `CharacterScan`, which fold to bases and
/// controls), so a text of them folds to the concatenation of what each folds to, and its
/// letters and numbers are those of each piece in turn. The pieces come from `TextFolding`
/// itself, a block of scalars at a time when a text first needs one; CJK ideographs,
/// kana and Hangul syllables fold to themselves (checked for each in the tests).
enum ScalarKeys {
    /// The key of `text`, or nil when one of its scalars may fold with its neighbours.
    static func key(_ text: Substring) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                // ASCII folds to lower case; its letters and numbers are a-z and 0-9.
                if (0x41...0x5A).contains(value) {
                    key.append(UInt8(value) + 0x20)
                } else if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    key.append(UInt8(value))
                }
            } else if foldsToItself(value) {
                key.append(contentsOf: UTF8.encode(scalar)!)
            } else if let table = table(for: value), let piece = table.piece(value) {
                key.append(contentsOf: piece)
            } else {
                return nil
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Letters that fold to themselves: kana, CJK ideographs, Hangul syllables.
    static func foldsToItself(_ value: UInt32) -> Bool {
        switch value {
        case 0x3041...0x3096, 0x309D...0x309E, 0x30A1...0x30FA, 0x30FC...0x30FE, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return true
        default: return false
        }
    }

    private static func table(for value: UInt32) -> PieceTable? {
        switch value {
        case 0x0080...0x02FF: return latin
        case 0x0370...0x04FF: return greekAndCyrillic
        case 0x0600...0x06FF: return arabic
        case 0x1E00...0x1FFF: return latinAndGreekExtended
        case 0x2000...0x206F: return punctuation
        case 0x3000...0x30FF: return cjkSymbolsAndKana
        case 0xFF00...0xFFEF: return fullWidth
        default: return nil
        }
    }

    private static let latin = PieceTable(0x0080...0x02FF)
    private static let greekAndCyrillic = PieceTable(0x0370...0x04FF)
    private static let arabic = PieceTable(0x0600...0x06FF)
    private static let latinAndGreekExtended = PieceTable(0x1E00...0x1FFF)
    private static let punctuation = PieceTable(0x2000...0x206F)
    private static let cjkSymbolsAndKana = PieceTable(0x3000...0x30FF)
    private static let fullWidth = PieceTable(0xFF00...0xFFEF)

    /// The letters and numbers each scalar of a range folds to, as UTF-8.
    struct PieceTable {
        private let first: UInt32
        private let bytes: [UInt8]
        /// Where each scalar's piece starts in `bytes` and ends (the next start); -1 for a
        /// scalar left to the whole-text fold.
        private let starts: [Int32]
        private let ends: [Int32]

        init(_ range: ClosedRange<UInt32>) {
            first = range.lowerBound
            var bytes: [UInt8] = []
            var starts: [Int32] = [], ends: [Int32] = []
            for value in range {
                guard let scalar = Unicode.Scalar(value), Self.foldsAlone(scalar) else {
                    starts.append(-1)
                    ends.append(-1)
                    continue
                }
                let folded = TextFolding.fold(String(scalar), stripAccents: true)
                guard folded.unicodeScalars.allSatisfy(Self.foldsAlone) else {
                    starts.append(-1)
                    ends.append(-1)
                    continue
                }
                starts.append(Int32(bytes.count))
                bytes += SectionDetector.lettersAndNumbers(folded).utf8
                ends.append(Int32(bytes.count))
            }
            self.bytes = bytes
            self.starts = starts
            self.ends = ends
        }

        /// Bases and controls: no mark, jamo, joiner or Prepend (`CharacterScan.Kind`).
        private static func foldsAlone(_ scalar: Unicode.Scalar) -> Bool {
            let kind = CharacterScan.kind(of: scalar)
            return kind == .base || kind == .control
        }

        func piece(_ value: UInt32) -> ArraySlice<UInt8>? {
            let index = Int(value - first)
            guard starts[index] >= 0 else { return nil }
            return bytes[Int(starts[index])..<Int(ends[index])]
        }
    }
}
