import Foundation
import PolicyText

/// Reads a policy file of any supported format and encoding into blocks.
public struct DocumentReader: Sendable {
    /// Files larger than this are refused with a clear message (raise with `--max-size`).
    public var maximumBytes: Int
    /// Charset to read the bytes as instead of detecting it.
    public var declaredEncoding: String?

    public static let defaultMaximumBytes = 256 << 20

    public init(maximumBytes: Int = DocumentReader.defaultMaximumBytes, declaredEncoding: String? = nil) {
        self.maximumBytes = maximumBytes
        self.declaredEncoding = declaredEncoding
    }

    public func read(path: String) throws(PolicyError) -> PolicyDocument {
        let bytes = try Self.readBytes(path: path, limit: maximumBytes)
        return try read(bytes: bytes, file: path)
    }

    /// "no such file", or what else stat(2) says (a loop of symbolic links, a denied folder).
    static func whyMissing(_ path: String) -> String {
        guard case .unavailable(let code) = FileStatus(path) else { return "cannot be read" }
        return code == ENOENT ? "no such file" : FileStatus.reason(code)
    }

    /// Fails as `readBytes` would when a path is missing, a directory or unreadable.
    public static func checkReadable(path: String) throws(PolicyError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PolicyError(.noInput, "\(path): \(Self.whyMissing(path))")
        }
        if isDirectory.boolValue { throw PolicyError(.noInput, "\(path): is a directory, not a file") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw PolicyError(.noInput, "\(path): cannot be opened for reading")
        }
    }

    /// Reads a whole file; the errors are the contract's: missing/unreadable is 66.
    public static func readBytes(path: String, limit: Int) throws(PolicyError) -> [UInt8] {
        // "-" is standard input, read to its end (or the size limit).
        if path == "-" {
            let data: Data
            do { data = try FileHandle.standardInput.read(upToCount: limit + 1) ?? Data() } catch {
                throw PolicyError(.noInput, "standard input cannot be read (\(error.localizedDescription))")
            }
            if data.count > limit {
                throw PolicyError(.badData, "standard input: larger than the \(limit >> 20) MB limit (raise it with --max-size)")
            }
            return [UInt8](data)
        }
        try checkReadable(path: path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PolicyError(.noInput, "\(path): cannot be opened for reading")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw PolicyError(.noInput, "\(path): cannot be read (\(error.localizedDescription))")
        }
        if data.count > limit {
            throw PolicyError(.badData, "\(path): larger than the \(limit >> 20) MB limit (raise it with --max-size)")
        }
        return [UInt8](data)
    }

    /// Whether the file at `path` is an XLIFF file, from its first bytes (false for standard
    /// input and for what cannot be read: reading it then says why).
    public static func isXLIFF(path: String) -> Bool {
        guard path != "-", let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 4096) else { return false }
        return XLIFFReader.isXLIFF([UInt8](head))
    }

    /// The bilingual file at `path`, or nil when it is no XLIFF file.
    public func readBilingual(path: String) throws(PolicyError) -> BilingualDocument? {
        let bytes = try Self.readBytes(path: path, limit: maximumBytes)
        guard XLIFFReader.isXLIFF(bytes) else { return nil }
        return try XLIFFReader.read(bytes, file: path)
    }

    public func read(bytes: [UInt8], file: String) throws(PolicyError) -> PolicyDocument {
        // A bilingual XLIFF file, read as a policy, is its translation.
        if XLIFFReader.isXLIFF(bytes) { return try XLIFFReader.read(bytes, file: file).translation }
        // A Word document is known by its content (a zip holding word/document.xml), whatever
        // its name; any other zip is binary data.
        if DocxReader.isZip(bytes) {
            if let document = try DocxReader.document(bytes, file: file, limit: maximumBytes) { return document }
            throw PolicyError(.badData, "\(file): binary data, not a text document")
        }
        // So is a PDF (its header, maybe after a few bytes of junk).
        if PDFReader.isPDF(bytes) { return try PDFReader.document(bytes, file: file) }
        let format = Self.format(of: file, bytes: bytes)
        // A page's meta charset is trusted only when its bytes are not UTF-8 already (a few
        // stray bytes aside): pages saved as UTF-8 often keep a stale declaration.
        let declared = declaredEncoding
            ?? (format == .html && !TextDecoder.readsAsUTF8(bytes) ? HTMLReader.declaredCharset(in: bytes) : nil)
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(bytes, declared: declared)
        } catch {
            switch error {
            case .empty: throw PolicyError(.badData, "\(file): empty file")
            case .binary: throw PolicyError(.badData, "\(file): binary data, not a text document")
            case .undecodable(let why): throw PolicyError(.badData, "\(file): cannot decode text (\(why))")
            case .unknownEncoding(let name): throw PolicyError(.usage, "\(file): unknown encoding \(name)")
            case .unsupportedEncoding(let name, let declared):
                throw PolicyError(.badData, "\(file): \(declared ? "declared" : "detected") charset \(name) is not supported")
            }
        }
        let text = decoded.text
        let lines = SourceLines.split(text)
        let lineCount = max(1, lines.count)
        let blocks: [Block]
        var warnings = decoded.warnings.map { "\(file):\($0.line): \($0.message)" }
        switch format {
        case .text: blocks = PlainTextReader.blocks(ofLines: lines)
        case .markdown: blocks = MarkdownReader.blocks(of: text)
        case .docx: throw PolicyError(.badData, "\(file): damaged Word document")
        case .xliff: throw PolicyError(.badData, "\(file): damaged XLIFF file")
        case .pdf: throw PolicyError(.badData, "\(file): damaged PDF")
        case .html:
            let page: (blocks: [Block], deepNesting: HTMLBlocks.DeepNesting?)
            do { page = try HTMLReader.page(of: text) } catch { throw PolicyError(.badData, "\(file): \(error)") }
            blocks = page.blocks
            if let deep = page.deepNesting { warnings.append("\(file):\(deep.line): \(deep.message)") }
        }
        if blocks.isEmpty { throw PolicyError(.badData, "\(file): no text in the document") }
        return PolicyDocument(file: file, format: format, encoding: decoded.encoding, lineCount: lineCount,
                              blocks: LanguageSwitcher.removing(from: blocks),
                              warnings: warnings)
    }

    /// An HTML fragment (a CMS export, a translation file's value) opens with a block element.
    private static func startsWithBlockTag(_ head: String) -> Bool {
        let text = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard text.first == "<" else { return false }
        let name = text.dropFirst().prefix { $0.isLetter || $0.isNumber }
        let blockElements: Set<Substring> = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "section", "article", "main",
                                              "header", "ul", "ol", "dl", "table", "nav", "head", "meta", "title", "style"]
        guard blockElements.contains(name) else { return false }
        // The element closes somewhere in the head: markup, not a line that merely starts with "<".
        return head.contains("</\(name)>") || name == "meta"
    }

    /// The format from the content for a Word document or a PDF, else from the file
    /// extension, else sniffed from the first bytes.
    public static func format(of file: String, bytes: [UInt8]) -> DocumentFormat {
        if DocxReader.isDocx(bytes) { return .docx }
        if PDFReader.isPDF(bytes) { return .pdf }
        let ext = (file as NSString).pathExtension.lowercased()
        switch ext {
        case "html", "htm", "xhtml": return .html
        case "md", "markdown", "mdown": return .markdown
        case "txt", "text": return .text
        default: break
        }
        let head = String(decoding: bytes.prefix(4096).filter { $0 != 0 }, as: UTF8.self).lowercased()
        if head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")
            || (head.contains("<p>") && head.contains("</p>")) || startsWithBlockTag(head) {
            return .html
        }
        if head.split(separator: "\n").contains(where: { $0.hasPrefix("# ") || $0.hasPrefix("## ") }) {
            return .markdown
        }
        return .text
    }
}
