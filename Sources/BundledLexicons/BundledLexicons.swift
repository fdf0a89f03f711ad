/// The files of `Lexicons/` as they were when the binary was built (taxonomy, keep list and
/// every language), so that a copied binary needs no lexicon folder.
public enum BundledLexicons {
    /// File name and text, sorted by name.
    public static var files: [(name: String, text: String)] { bundledLexiconFiles }

    /// Each language's `[profile]` entries as "folded word<TAB>weight" lines (the words
    /// folded as texts are), with its script group and `@fold-accents`, read at build time:
    /// language identification needs them at each start.
    public static var profiles: [(tag: String, script: String, foldAccents: Bool, entries: String)] { bundledProfiles }
}
