import Foundation
import PolicyText
import BundledLexicons

/// The taxonomy and every language's lexicon; each language is compiled into lookup
/// structures once, on first use.
///
/// A lexicon folder (`--lexicons`) is parsed and validated whole when it is read, so that a
/// linguist's mistake is reported at once with its file and line. The built-in lexicons,
/// validated by the tests and by `lexicon check`, are parsed one language at a time when a
/// run first needs it: a run reads two or three languages of thirty, and language
/// identification reads only each file's `[profile]` block.
public final class LexiconSet: @unchecked Sendable {
    /// The folder the lexicons were read from, or "the built-in lexicons".
    public let origin: String
    public let taxonomy: Taxonomy
    /// The concepts every language expresses (`concepts.txt`; empty when there is none).
    public let concepts: ConceptInventory
    /// Concept weights learned from labelled policies (`learned.txt`; none when absent).
    public let learned: LearnedWeights
    /// Every language tag, sorted.
    public let tags: [String]
    private let storage: Storage

    /// Problems found while loading; `load` throws when there is any.
    public let diagnostics: [LexiconDiagnostic]
    /// Names translations keep as they are (`keep.txt`): never untranslated clauses.
    public let keptNames: [String]

    /// Texts not parsed yet and what was made of them, shared by the sets `keeping` makes.
    final class Storage: @unchecked Sendable {
        let texts: [String: (path: String, text: String)]
        var parsed: [String: LanguageLexicon]
        var compiled: [String: CompiledLexicon] = [:]
        var profiles: LanguageProfiles?
        /// Profiles read when the binary was built (built-in lexicons only).
        let bundledProfiles: [String: LanguageProfiles.Source]
        let lock = NSLock()

        init(texts: [String: (path: String, text: String)], parsed: [String: LanguageLexicon],
             bundledProfiles: [String: LanguageProfiles.Source] = [:]) {
            self.texts = texts
            self.parsed = parsed
            self.bundledProfiles = bundledProfiles
        }
    }

    init(origin: String, taxonomy: Taxonomy, concepts: ConceptInventory, learned: LearnedWeights = .none, tags: [String],
         storage: Storage, diagnostics: [LexiconDiagnostic], keptNames: [String] = []) {
        self.origin = origin
        self.taxonomy = taxonomy
        self.concepts = concepts
        self.learned = learned
        self.tags = tags
        self.storage = storage
        self.diagnostics = diagnostics
        self.keptNames = keptNames
    }

    /// Every language's lexicon (parsing those not parsed yet).
    public var languages: [String: LanguageLexicon] {
        Dictionary(uniqueKeysWithValues: tags.compactMap { tag in lexicon(tag).map { (tag, $0) } })
    }

    /// The lexicon of an exact tag (see `resolve` for regional tags), parsed on first use.
    public func lexicon(_ tag: String) -> LanguageLexicon? {
        storage.lock.lock()
        defer { storage.lock.unlock() }
        if let done = storage.parsed[tag] { return done }
        guard let source = storage.texts[tag] else { return nil }
        // Parsed here only for the built-in lexicons (a folder is parsed whole when read),
        // which have no duplicates: the check and its folding are skipped.
        let lexicon = LexiconParser.parse(source.text, tag: tag, file: source.path, taxonomy: taxonomy, concepts: concepts,
                                          findingDuplicates: false).0
        storage.parsed[tag] = lexicon
        return lexicon
    }

    /// The same lexicons with other learned concept weights (compiled afresh).
    public func learning(_ weights: LearnedWeights) -> LexiconSet {
        storage.lock.lock()
        let fresh = Storage(texts: storage.texts, parsed: storage.parsed, bundledProfiles: storage.bundledProfiles)
        storage.lock.unlock()
        return LexiconSet(origin: origin, taxonomy: taxonomy, concepts: concepts, learned: weights, tags: tags, storage: fresh,
                          diagnostics: diagnostics, keptNames: keptNames)
    }

    /// The same lexicons with a project's own names kept verbatim as well.
    public func keeping(_ names: [String]) -> LexiconSet {
        guard !names.isEmpty else { return self }
        return LexiconSet(origin: origin, taxonomy: taxonomy, concepts: concepts, learned: learned, tags: tags, storage: storage,
                          diagnostics: diagnostics, keptNames: keptNames + names)
    }

    /// Reads `taxonomy.txt`, `keep.txt` and every `*.lex` in a directory, collecting all problems.
    public static func read(directory: String) throws(PolicyError) -> LexiconSet {
        let manager = FileManager.default
        let taxonomyPath = (directory as NSString).appendingPathComponent("taxonomy.txt")
        guard manager.fileExists(atPath: taxonomyPath) else {
            throw PolicyError(.noInput, "\(directory): no taxonomy.txt, not a lexicon directory")
        }
        var diagnostics: [LexiconDiagnostic] = []
        var files: [LexiconFile] = []
        let languageFiles = ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".lex") }.sorted()
        for name in ["taxonomy.txt", "concepts.txt", "learned.txt", "keep.txt"] + languageFiles {
            let path = (directory as NSString).appendingPathComponent(name)
            if name != "taxonomy.txt", !name.hasSuffix(".lex"), !manager.fileExists(atPath: path) { continue }
            files.append(LexiconFile(name: name, path: path, text: try readText(path, diagnostics: &diagnostics)))
        }
        return parse(files, origin: directory, diagnostics: diagnostics)
    }

    /// The lexicons compiled into the binary from `Lexicons/` when it was built, parsed one
    /// language at a time on first use (see the type's comment).
    public static func readBuiltIn(parsingAll: Bool = false) -> LexiconSet {
        let files = BundledLexicons.files.map { LexiconFile(name: $0.name, path: "Lexicons/\($0.name)", text: $0.text) }
        let profiles = Dictionary(uniqueKeysWithValues: BundledLexicons.profiles.map {
            ($0.tag, LanguageProfiles.Source(folded: $0.entries, script: $0.script, foldAccents: $0.foldAccents))
        })
        return parse(files, origin: "the built-in lexicons", diagnostics: [], lazily: !parsingAll, bundledProfiles: profiles)
    }

    /// One file of a lexicon set; `text` is nil when it could not be decoded.
    struct LexiconFile {
        let name: String
        let path: String
        let text: String?
    }

    private static func parse(_ files: [LexiconFile], origin: String, diagnostics: [LexiconDiagnostic], lazily: Bool = false,
                              bundledProfiles: [String: LanguageProfiles.Source] = [:]) -> LexiconSet {
        var diagnostics = diagnostics
        let taxonomyFile = files.first { $0.name == "taxonomy.txt" }
        let (taxonomy, taxonomyProblems) = Taxonomy.parse(taxonomyFile?.text ?? "", file: taxonomyFile?.path ?? "taxonomy.txt")
        diagnostics += taxonomyProblems
        var concepts = ConceptInventory.empty
        if let conceptFile = files.first(where: { $0.name == "concepts.txt" }), let text = conceptFile.text {
            let (inventory, problems) = ConceptInventory.parse(text, file: conceptFile.path, taxonomy: taxonomy)
            concepts = inventory
            diagnostics += problems
        }
        var learned = LearnedWeights.none
        if let learnedFile = files.first(where: { $0.name == "learned.txt" }), let text = learnedFile.text {
            let (weights, problems) = LearnedWeights.parse(text, file: learnedFile.path, concepts: concepts, taxonomy: taxonomy)
            learned = weights
            diagnostics += problems
        }
        var texts: [String: (path: String, text: String)] = [:]
        var parsed: [String: LanguageLexicon] = [:]
        for file in files where file.name.hasSuffix(".lex") {
            guard let text = file.text else { continue }
            let tag = String(file.name.dropLast(4))
            texts[tag] = (file.path, text)
            if lazily { continue }
            let (lexicon, problems) = LexiconParser.parse(text, tag: tag, file: file.path, taxonomy: taxonomy, concepts: concepts)
            diagnostics += problems
            parsed[tag] = lexicon
        }
        if texts.isEmpty {
            diagnostics.append(LexiconDiagnostic(file: origin, line: 1, message: "no .lex files"))
        }
        let keptNames = files.first { $0.name == "keep.txt" }?.text.map { text in
            SourceLines.split(text).map { String(LexiconParser.stripComment($0)) }.filter { !$0.isEmpty }
        } ?? []
        return LexiconSet(origin: origin, taxonomy: taxonomy, concepts: concepts, learned: learned, tags: texts.keys.sorted(),
                          storage: Storage(texts: texts, parsed: parsed, bundledProfiles: bundledProfiles), diagnostics: diagnostics,
                          keptNames: keptNames)
    }

    /// Like `read`, but a lexicon with any problem is an error (exit 65) naming the first.
    public static func load(directory: String) throws(PolicyError) -> LexiconSet {
        try read(directory: directory).requiringNoProblems()
    }

    /// The lexicons of `--lexicons DIR` or `$POLICYALIGN_LEXICONS` when given, else the built-in ones.
    public static func load(explicit: String?) throws(PolicyError) -> LexiconSet {
        if let directory = try LexiconLocator.locate(explicit: explicit) { return try load(directory: directory) }
        return try builtIn.requiringNoProblems()
    }

    /// Parsed once per process: every command and test shares it.
    public static let builtIn = readBuiltIn()

    private func requiringNoProblems() throws(PolicyError) -> LexiconSet {
        if let first = diagnostics.first {
            let more = diagnostics.count > 1 ? " (and \(diagnostics.count - 1) more; run `policyalign lexicon check`)" : ""
            throw PolicyError(.badData, "malformed lexicon: \(first)\(more)")
        }
        return self
    }

    /// Largest lexicon file read: the biggest shipped one is under 100 KB.
    static let fileLimit = 8 << 20

    private static func readText(_ path: String, diagnostics: inout [LexiconDiagnostic]) throws(PolicyError) -> String? {
        let bytes = try FileBytes.read(path, limit: fileLimit, what: "lexicon file")
        guard let line = TextDecoder.lineOfFirstInvalidUTF8(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        diagnostics.append(LexiconDiagnostic(file: path, line: line, message: "not valid UTF-8"))
        return nil
    }

    /// The lexicon for a tag, falling back `pt-BR` -> `pt`, `zh-CN` -> `zh-Hans`,
    /// `zh-TW` -> `zh-Hant`; never across languages.
    /// The language a file's name declares: `NAME.LANG.ext` or `LANG.ext` with a tag that
    /// has a lexicon (`privacy.de.md`, `pt-BR.html`), else nil.
    public func declaredLanguage(ofFile path: String) -> String? {
        declaredTag(ofFile: path).flatMap(resolve)
    }

    /// The tag a file's name declares as written there (`privacy.pt-BR.md` -> `pt-BR`),
    /// when it names a language with a lexicon.
    public func declaredTag(ofFile path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var parts = name.split(separator: ".")
        guard parts.count >= 2 else { return nil }
        parts.removeLast()
        guard let candidate = parts.last, candidate.count <= 10, resolve(String(candidate)) != nil else { return nil }
        return Self.normalizedTag(String(candidate))
    }

    public func resolve(_ tag: String) -> String? {
        for candidate in Self.fallbacks(of: tag) where storage.texts[candidate] != nil { return candidate }
        return nil
    }

    /// A language tag written as BCP 47 writes it: `pt_br` -> `pt-BR`, `zh-hant-tw` -> `zh-Hant-TW`.
    public static func normalizedTag(_ tag: String) -> String { fallbacks(of: tag).first ?? tag }

    static func fallbacks(of tag: String) -> [String] {
        let parts = tag.replacingOccurrences(of: "_", with: "-").split(separator: "-").map(String.init)
        guard let language = parts.first?.lowercased() else { return [] }
        var result: [String] = []
        let normalized = ([language] + parts.dropFirst().map { part in
            part.count == 4 ? part.prefix(1).uppercased() + part.dropFirst().lowercased()
                : part.count == 2 ? part.uppercased() : part
        }).joined(separator: "-")
        result.append(normalized)
        if language == "zh" {
            let traditional = parts.contains { ["Hant", "TW", "HK", "MO"].contains($0.count == 4 ? $0.prefix(1).uppercased() + $0.dropFirst().lowercased() : $0.uppercased()) }
            result.append(traditional ? "zh-Hant" : "zh-Hans")
        }
        if language == "in" { result.append("id") }  // the old ISO code for Indonesian
        if language == "iw" { result.append("he") }
        if language == "no" { result.append("nb") }  // Norwegian, written as Bokmål by most policies
        if language == "tl" { result.append("fil") }  // Tagalog: Filipino is its standard form
        if parts.count > 1 { result.append(language) }
        return result
    }

    /// Profile words of every language, for language identification, made once: from the
    /// parsed lexicon where there is one (a folder is parsed whole when read), else as
    /// read and folded when the binary was built (the built-in lexicons).
    public var languageProfiles: LanguageProfiles {
        storage.lock.lock()
        defer { storage.lock.unlock() }
        if let profiles = storage.profiles { return profiles }
        var sources: [String: LanguageProfiles.Source] = [:]
        for tag in tags {
            if let lexicon = storage.parsed[tag] {
                sources[tag] = LanguageProfiles.Source(lexicon)
            } else if let profile = storage.bundledProfiles[tag] {
                sources[tag] = profile
            }
        }
        let built = LanguageProfiles(sources)
        storage.profiles = built
        return built
    }

    /// The compiled lookups of a language (by resolved tag), built once.
    public func compiled(_ tag: String) -> CompiledLexicon? {
        guard let resolved = resolve(tag), let lexicon = lexicon(resolved) else { return nil }
        storage.lock.lock()
        defer { storage.lock.unlock() }
        if let done = storage.compiled[resolved] { return done }
        let built = CompiledLexicon(lexicon, taxonomy: taxonomy, multipliers: learned.multipliers,
                                    calibration: learned.calibration.map(ConfidenceCalibration.init(points:)))
        storage.compiled[resolved] = built
        return built
    }
}
