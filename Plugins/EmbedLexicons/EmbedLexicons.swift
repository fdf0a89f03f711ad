import Foundation
import PackagePlugin

/// Compiles the files of `Lexicons/` into the target as string constants, so that the
/// built binary carries its default lexicons wherever it is copied.
@main
struct EmbedLexicons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lexicons = context.package.directoryURL.appendingPathComponent("Lexicons")
        let names = try FileManager.default.contentsOfDirectory(atPath: lexicons.path)
            .filter { $0.hasSuffix(".lex") || ["taxonomy.txt", "keep.txt", "concepts.txt", "learned.txt"].contains($0) }
            .sorted()
        let inputs = names.map { lexicons.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("BundledLexiconFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) lexicon files",
                executable: try context.tool(named: "LexiconEmbedder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
