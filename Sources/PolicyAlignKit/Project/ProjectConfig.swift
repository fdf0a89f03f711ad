import Foundation
import Yams

/// A project's settings, from `.policyalign.yml` in the working folder or `--config FILE`:
///
///     reference: en                 # the version the others are compared with
///     languages:                    # file-name globs and the language they hold, first match wins
///       "*-bm.md": ms
///     keep: [Acme Cloud, SuperApp]  # names translations keep verbatim
///     ignore:                       # findings not to report; every field given must match
///       - kind: untranslated        # a kind or a list of kinds
///         file: "legal/*.th.md"
///         value: "Acme Cloud"
///         fingerprint: 0123456789abcdef
///         reason: brand tagline kept in English
///     baseline: .policyalign-baseline.json
///     fail-on: [missing-section, fact-mismatch]
///
/// Errors name the file and line. Paths inside are relative to the file's folder.
public struct ProjectConfig: Sendable {
    public static let fileNames = [".policyalign.yml", ".policyalign.yaml"]

    public var path: String?
    public var reference: String?
    public var fileLanguages: [(glob: String, language: String)] = []
    public var keep: [String] = []
    public var ignore: [IgnoreRule] = []
    public var baseline: String?
    public var failOn: [String] = []

    public init() {}

    /// The project file named, else the one in the working folder, else no settings.
    public static func find(explicit: String?, lexicons: LexiconSet) throws(PolicyError) -> ProjectConfig {
        if let explicit { return try load(path: explicit, lexicons: lexicons, namedByUser: true) }
        for name in fileNames where FileManager.default.fileExists(atPath: name) {
            return try load(path: name, lexicons: lexicons)
        }
        return ProjectConfig()
    }

    public static func load(path: String, lexicons: LexiconSet, namedByUser: Bool = false) throws(PolicyError) -> ProjectConfig {
        let data = try FileBytes.read(path, limit: 1 << 20, what: "project file", namedByUser: namedByUser)
        guard let text = String(validating: data, as: UTF8.self) else {
            throw PolicyError(.config, "\(path): not UTF-8 text")
        }
        return try parse(text, path: path, lexicons: lexicons)
    }

    public static func parse(_ text: String, path: String, lexicons: LexiconSet) throws(PolicyError) -> ProjectConfig {
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch let error as YamlError {
            throw PolicyError(.config, "\(path):\(Self.line(of: error)): \(Self.problem(of: error))")
        } catch {
            throw PolicyError(.config, "\(path): \(error)")
        }
        var config = ProjectConfig()
        config.path = path
        guard let root else { return config }  // an empty file: no settings
        let reader = Reader(path: path, lexicons: lexicons)
        guard case .mapping(let mapping) = root else { throw reader.error(root, "expected keys such as reference, keep, ignore") }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw reader.error(keyNode, "a key must be text") }
            switch key {
            case "reference": config.reference = try reader.language(value)
            case "languages":
                guard case .mapping(let rules) = value else { throw reader.error(value, "languages maps file-name globs to language codes") }
                for (glob, language) in rules {
                    guard let pattern = glob.string, !pattern.isEmpty else { throw reader.error(glob, "a glob must be text") }
                    config.fileLanguages.append((pattern, try reader.language(language)))
                }
            case "keep": config.keep = try reader.strings(value)
            case "ignore":
                guard case .sequence(let rules) = value else { throw reader.error(value, "ignore is a list of rules (kind, file, value, fingerprint, reason)") }
                config.ignore = try rules.map { rule throws(PolicyError) in try reader.ignoreRule(rule) }
            case "baseline": config.baseline = reader.resolve(try reader.string(value))
            case "fail-on":
                config.failOn = try reader.strings(value)
                for kind in config.failOn where !Finding.Kind.gateNames.contains(kind) {
                    throw reader.error(value, "fail-on takes \(Finding.Kind.gateNames.joined(separator: ", ")), not `\(kind)`")
                }
            default:
                throw reader.error(keyNode, "unknown key `\(key)` (known: reference, languages, keep, ignore, baseline, fail-on)")
            }
        }
        return config
    }

    /// The language the project's rules give a file, when one matches.
    public func language(ofFile path: String) -> String? {
        fileLanguages.first { ProjectPath.matches(glob: $0.glob, path: path) }?.language
    }

    /// Ignore rules and the baseline (`--baseline` wins over the file's), read once.
    public func filter(baseline explicitBaseline: String?) throws(PolicyError) -> FindingsFilter {
        // A baseline named in the project file but not yet written is an empty one.
        guard let path = explicitBaseline ?? baseline, explicitBaseline != nil || FileManager.default.fileExists(atPath: path) else {
            return FindingsFilter(rules: ignore)
        }
        return FindingsFilter(rules: ignore, baseline: try Baseline.read(path: path))
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 1
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return "not valid YAML: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, _): return "key given twice: \(duplicates.joined(separator: ", "))"
        default: return "not valid YAML"
        }
    }

    /// Reads typed values out of nodes, with errors that name the file and the node's line.
    private struct Reader {
        let path: String
        let lexicons: LexiconSet

        func error(_ node: Node, _ message: String) -> PolicyError {
            PolicyError(.config, "\(path):\(node.mark?.line ?? 1): \(message)")
        }

        func string(_ node: Node) throws(PolicyError) -> String {
            guard case .scalar(let scalar) = node, !scalar.string.isEmpty else { throw error(node, "expected a text value") }
            return scalar.string
        }

        func strings(_ node: Node) throws(PolicyError) -> [String] {
            if case .scalar = node { return [try string(node)] }
            guard case .sequence(let items) = node else { throw error(node, "expected a list") }
            return try items.map { item throws(PolicyError) in try string(item) }
        }

        func language(_ node: Node) throws(PolicyError) -> String {
            let code = try string(node)
            guard let tag = lexicons.resolve(code) else {
                throw error(node, "no lexicon for language `\(code)` (known: \(lexicons.tags.joined(separator: ", ")))")
            }
            return tag
        }

        /// Paths in the file are relative to its folder.
        func resolve(_ relative: String) -> String {
            if relative.hasPrefix("/") { return relative }
            let folder = (path as NSString).deletingLastPathComponent
            return folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)
        }

        func ignoreRule(_ node: Node) throws(PolicyError) -> IgnoreRule {
            guard case .mapping(let fields) = node else { throw error(node, "an ignore rule has kind, file, value, fingerprint or reason") }
            var rule = IgnoreRule()
            for (keyNode, value) in fields {
                switch keyNode.string ?? "" {
                case "kind", "kinds":
                    for name in try strings(value) {
                        guard let kinds = Finding.Kind.named(name) else {
                            throw error(value, "no finding kind `\(name)` (kinds: \(Finding.Kind.gateNames.joined(separator: ", ")))")
                        }
                        rule.kinds.formUnion(kinds)
                    }
                case "file": rule.file = try string(value)
                case "value": rule.value = try string(value)
                case "fingerprint":
                    let fingerprint = try string(value).lowercased()
                    guard fingerprint.count == 16, fingerprint.allSatisfy(\.isHexDigit) else {
                        throw error(value, "a fingerprint is 16 hex digits, as reports print it")
                    }
                    rule.fingerprint = fingerprint
                case "reason": _ = try string(value)
                default:
                    throw error(keyNode, "unknown field `\(keyNode.string ?? "")` of an ignore rule (known: kind, file, value, fingerprint, reason)")
                }
            }
            guard !rule.kinds.isEmpty || rule.file != nil || rule.value != nil || rule.fingerprint != nil else {
                throw error(node, "an ignore rule needs at least one of kind, file, value or fingerprint")
            }
            return rule
        }
    }
}

extension Finding.Kind {
    /// Names a gate or an ignore rule takes: every kind, `any`, and the groups
    /// `missing` (missing-section), `facts` (fact-*) and `untranslated` (both untranslated kinds).
    public static var gateNames: [String] { ["any"] + allCases.map(\.rawValue) + ["missing", "facts"] }

    public static func named(_ name: String) -> Set<Finding.Kind>? {
        switch name {
        case "any": return Set(allCases)
        case "missing": return [.missingSection]
        case "facts": return [.factMismatch, .factMissing, .factExtra]
        case "untranslated": return [.untranslated, .untranslatedDocument]
        default: return Finding.Kind(rawValue: name).map { [$0] }
        }
    }
}
