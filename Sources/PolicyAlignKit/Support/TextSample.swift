import PolicyText

/// The first bytes of a run of texts, one a line, cut on a scalar boundary: a language guess
/// or a word count reads a sample, never a whole huge block.
enum TextSample {
    static func prefix(of texts: [String], bytes budget: Int) -> String {
        var sample = ""
        for text in texts where !text.isEmpty {
            let room = budget - sample.utf8.count
            if room <= 0 { break }
            if text.utf8.count <= room {
                sample += text
            } else {
                let utf8 = text.utf8
                var end = utf8.index(utf8.startIndex, offsetBy: room)
                while end > utf8.startIndex, end.samePosition(in: text.unicodeScalars) == nil {
                    end = utf8.index(before: end)
                }
                sample += String(text.unicodeScalars[..<end])
            }
            sample += "\n"
        }
        return sample
    }

    /// The first `count` Characters of a text, as `String(text.prefix(count))` gives them,
    /// without grapheme breaking when the text is short or its start is plain ASCII (no
    /// CR, which joins the LF after it; the next byte ASCII too, so no mark extends the last).
    static func characters(_ text: String, _ count: Int) -> String {
        let utf8 = text.utf8
        if utf8.count <= count { return text }
        let plain = utf8.prefix(count + 1).allSatisfy { $0 < 0x80 && $0 != 0x0D }
        if plain { return String(Substring(utf8.prefix(count))) }
        // The scripts whose Characters can be told from their scalars (CharacterScan).
        var seen = 0
        var end = 0
        if CharacterScan.forEach(in: Substring(text), { character in
            seen += 1
            end = character.end
            return seen < count
        }) != nil {
            return seen < count ? text : String(Substring(utf8.prefix(end)))
        }
        return String(text.prefix(count))
    }
}
