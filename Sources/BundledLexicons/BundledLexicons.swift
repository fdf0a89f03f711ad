/// The files of `Lexicons/` as they were when the binary was built (taxonomy, keep list and
/// every language), so that a copied binary needs no lexicon folder.
public enum BundledLexicons {
    /// File name and text, sorted by name.
    public static var files: [(name: String, text: String)] { bundledLexiconFiles }
}
