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
}
