import CPDF
import PolicyText

/// PDF documents, read through poppler (`Sources/CPDF`): its words with their boxes become
/// lines, paragraphs, headings and list items by their geometry. A PDF has no source lines:
/// a block's `line` is a running number over the document's text lines, top to bottom and
/// page after page, running headers and footers not counted; `PolicyDocument.pageStarts`
/// gives the page of any line.
///
/// - Lines: words whose vertical centres agree, in x order (right to left for a line mostly
///   in a right-to-left script, whose words poppler gives in visual order: they are put back
///   in reading order, Latin runs inside them left as they are).
/// - Paragraphs end at a vertical gap wider than the usual line spacing, a change of font
///   size, a change of indent, a list marker, or a line that stops short of the column's
///   edge by more than the next line's first word (which would have fitted there).
/// - Headings: paragraphs of at most three lines set clearly larger than the body's dominant
///   size, one level per size (largest first); or, at body size, a short paragraph set wholly
///   in bold, one level below the sized ones.
/// - Running headers and footers: lines among the first or last three of a page that repeat
///   at the same height on at least half the pages (two at least), digits set aside so that
///   "Page 3 of 9" matches "Page 4 of 9".
/// - Footnote marks (small raised digits) are dropped; words drawn rotated (margin notes,
///   watermarks) are not text.
/// - Limits: one column of text is assumed (words at the same height are one line, so two
///   columns interleave); a table row is one `.cell` block, cells joined by " | ", and a cell
///   that wraps onto a second line gives a second row.
enum PDFReader {
    /// Whether the bytes are a PDF: `%PDF-` within the first 1024 bytes (readers accept junk
    /// before the header, as the PDF specification's implementation notes allow).
    static func isPDF(_ bytes: [UInt8]) -> Bool {
        let signature: [UInt8] = Array("%PDF-".utf8)
        let head = bytes.prefix(1024)
        guard head.count >= signature.count else { return false }
        return (head.startIndex...(head.endIndex - signature.count)).contains { head[$0..<($0 + signature.count)].elementsEqual(signature) }
    }

    /// Whether `%%EOF` ends the file (within its last 1024 bytes, past which readers
    /// tolerate trailing junk). A file cut short lacks it: poppler would still rebuild what it
    /// can, and half a policy read as a whole one gives false "missing section" findings.
    static func hasEndMarker(_ bytes: [UInt8]) -> Bool {
        let marker: [UInt8] = Array("%%EOF".utf8)
        let tail = bytes.suffix(1024)
        guard tail.count >= marker.count else { return false }
        return (tail.startIndex...(tail.endIndex - marker.count)).contains { tail[$0..<($0 + marker.count)].elementsEqual(marker) }
    }

    static func document(_ bytes: [UInt8], file: String) throws(PolicyError) -> PolicyDocument {
        guard hasEndMarker(bytes) else {
            throw PolicyError(.badData, "\(file): damaged PDF (no end-of-file marker: truncated?)")
        }
        let extracted = try words(bytes, file: file)
        guard extracted.pages.contains(where: { !$0.words.isEmpty }) else {
            throw PolicyError(.badData, "\(file): no text layer (a scanned PDF?)")
        }
        let layout = PDFLayout(pages: extracted.pages)
        guard !layout.blocks.isEmpty else { throw PolicyError(.badData, "\(file): no text in the document") }
        var warnings: [String] = []
        if let complaint = extracted.complaint {
            warnings.append("\(file):1: damaged PDF, read as far as poppler could repair it (\(complaint))")
        }
        return PolicyDocument(file: file, format: .pdf, encoding: "UTF-8", lineCount: max(1, layout.lineCount),
                              blocks: layout.blocks, warnings: warnings, pageStarts: layout.pageStarts)
    }

    // MARK: Words from poppler

    struct Word {
        var scalars: [Unicode.Scalar]
        /// Left and right edges of each scalar.
        var edges: [(left: Double, right: Double)]
        var left, top, right, bottom: Double
        var size: Double
        var spaceAfter: Bool
        var isBold: Bool
        /// A soft hyphen ended it: a word broken at the line's end.
        var endsInSoftHyphen = false

        var centre: Double { (top + bottom) / 2 }
        var height: Double { bottom - top }
        var text: String { String(String.UnicodeScalarView(scalars)) }
    }

    struct Page {
        var width, height: Double
        var words: [Word]
    }

    private static func words(_ bytes: [UInt8], file: String) throws(PolicyError) -> (pages: [Page], complaint: String?) {
        let result = bytes.withUnsafeBytes { buffer -> Result<(pages: [Page], complaint: String?), PolicyError> in
            var error = [CChar](repeating: 0, count: 256)
            var text: UnsafeMutablePointer<pa_pdf_text>?
            let status = pa_pdf_read(buffer.baseAddress, Int64(buffer.count), &text, &error, Int32(error.count))
            guard status == Int32(PA_PDF_OK.rawValue), let text else {
                let reason = DocxReader.reason(error)
                switch status {
                case Int32(PA_PDF_LOCKED.rawValue):
                    return .failure(PolicyError(.badData, "\(file): encrypted PDF: it opens only with a password"))
                case Int32(PA_PDF_DAMAGED.rawValue): return .failure(PolicyError(.badData, "\(file): damaged PDF (\(reason))"))
                default: return .failure(PolicyError(.badData, "\(file): PDF cannot be read (\(reason))"))
                }
            }
            defer { pa_pdf_free(text) }
            let contents = text.pointee
            var pages: [Page] = []
            for pageIndex in 0..<Int(contents.page_count) {
                let page = contents.pages[pageIndex]
                var words: [Word] = []
                for wordIndex in Int(page.first_word)..<Int(page.first_word + page.word_count) {
                    let word = contents.words[wordIndex]
                    // Rotated words are margin notes, stamps and watermarks, not the policy's text.
                    guard word.rotation == 0 else { continue }
                    var scalars: [Unicode.Scalar] = []
                    var edges: [(left: Double, right: Double)] = []
                    for charIndex in Int(word.first_char)..<Int(word.first_char + word.char_count) {
                        guard let scalar = Unicode.Scalar(contents.chars[charIndex]) else { continue }
                        scalars.append(scalar)
                        edges.append((contents.char_left[charIndex], contents.char_right[charIndex]))
                    }
                    guard scalars.contains(where: { !$0.properties.isWhitespace }) else { continue }
                    words.append(Word(scalars: scalars, edges: edges, left: word.x_min, top: word.y_min, right: word.x_max,
                                      bottom: word.y_max, size: word.font_size, spaceAfter: word.has_space_after != 0,
                                      isBold: word.is_bold != 0))
                }
                pages.append(Page(width: page.width, height: page.height, words: words))
            }
            let complaint = contents.complaint_count > 0 ? String(cString: contents.first_complaint) : nil
            return .success((pages, complaint.map { DocxReader.reason(Array($0.utf8CString)) }))
        }
        return try result.get()
    }
}
