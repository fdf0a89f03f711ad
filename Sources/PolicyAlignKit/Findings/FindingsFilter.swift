import Foundation

/// What a project chose not to be told again: ignore rules from its project file and a
/// baseline of accepted findings. Applied once, before any reporter or gate sees findings.
public struct FindingsFilter: Sendable {
    public var rules: [IgnoreRule]
    public var baseline: Baseline?

    public init(rules: [IgnoreRule] = [], baseline: Baseline? = nil) {
        self.rules = rules
        self.baseline = baseline
    }

    public var isEmpty: Bool { rules.isEmpty && (baseline?.entries.isEmpty ?? true) }

    /// Removes from `findings` what the rules and the baseline set aside; returns how many.
    public func setAside(from findings: inout [Finding]) -> Int {
        let (kept, count) = apply(findings)
        findings = kept
        return count
    }

    /// The findings still to report, and how many were set aside.
    public func apply(_ findings: [Finding]) -> (kept: [Finding], suppressed: Int) {
        guard !isEmpty else { return (findings, 0) }
        // Each baseline entry accepts one finding: a second, new occurrence is still reported.
        var accepted: [String: Int] = [:]
        for entry in baseline?.entries ?? [] { accepted[entry.key, default: 0] += 1 }
        var kept: [Finding] = []
        for finding in findings {
            if rules.contains(where: { $0.matches(finding) }) { continue }
            let key = Baseline.Entry.key(file: finding.file, fingerprint: finding.fingerprint)
            if let left = accepted[key], left > 0 {
                accepted[key] = left - 1
                continue
            }
            kept.append(finding)
        }
        return (kept, findings.count - kept.count)
    }
}

/// One ignore rule of a project file: every condition it gives must hold.
public struct IgnoreRule: Sendable, Equatable {
    public var kinds: Set<Finding.Kind> = []
    /// A glob over the translation's path, relative to the working folder (`*` crosses `/`).
    public var file: String?
    /// A fact value, link or name the finding is about (compared without case).
    public var value: String?
    public var fingerprint: String?

    public init(kinds: Set<Finding.Kind> = [], file: String? = nil, value: String? = nil, fingerprint: String? = nil) {
        self.kinds = kinds
        self.file = file
        self.value = value
        self.fingerprint = fingerprint
    }

    public func matches(_ finding: Finding) -> Bool {
        if !kinds.isEmpty && !kinds.contains(finding.kind) { return false }
        if let fingerprint, fingerprint.lowercased() != finding.fingerprint { return false }
        if let file, !ProjectPath.matches(glob: file, path: finding.file) { return false }
        if let value {
            let wanted = value.lowercased()
            let values = finding.values.values.map { $0.lowercased() } + [finding.evidence?.lowercased() ?? ""]
            if !values.contains(where: { $0 == wanted || $0.contains(wanted) && wanted.count >= 3 }) { return false }
        }
        return true
    }
}

/// Findings a project has accepted (`--write-baseline`), so that a gate fails only on new ones.
/// Keyed by the translation's path and the finding's fingerprint, never by line numbers.
public struct Baseline: Sendable, Codable, Equatable {
    public static let currentVersion = 1

    public struct Entry: Sendable, Codable, Equatable {
        public var file: String
        public var fingerprint: String
        public var kind: String
        public var message: String

        var key: String { Self.key(file: file, fingerprint: fingerprint) }
        static func key(file: String, fingerprint: String) -> String { ProjectPath.relative(file) + "\t" + fingerprint }
    }

    public var version: Int
    public var entries: [Entry]

    enum CodingKeys: String, CodingKey { case version, entries = "findings" }

    public init(findings: [Finding]) {
        version = Self.currentVersion
        entries = findings.sortedForReport().map {
            Entry(file: ProjectPath.relative($0.file), fingerprint: $0.fingerprint, kind: $0.kind.rawValue, message: $0.message)
        }
    }

    public static func read(path: String) throws(PolicyError) -> Baseline {
        let bytes = try FileBytes.read(path, limit: 256 << 20, what: "baseline", namedByUser: true)
        do {
            let baseline = try JSONDecoder().decode(Baseline.self, from: Data(bytes))
            guard baseline.version == currentVersion else {
                throw PolicyError(.config, "\(path): baseline version \(baseline.version), this tool reads \(currentVersion)")
            }
            return baseline
        } catch let error as PolicyError {
            throw error
        } catch {
            throw PolicyError(.config, "\(path): not a policyalign baseline (\(Self.describe(error)))")
        }
    }

    public func encoded() throws -> String { try JSONOutput.encode(self) }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "no `\(key.stringValue)`"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "invalid JSON"
        }
    }
}

/// Paths as a project names them: relative to the working folder, matched by globs.
public enum ProjectPath {
    /// `path` relative to `base` (default: the working folder) when inside it, without `./`.
    public static func relative(_ path: String, to base: String = FileManager.default.currentDirectoryPath) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        let folder = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }

    /// fnmatch(3) against the relative path, or against the file name for a glob without `/`.
    public static func matches(glob: String, path: String) -> Bool {
        let relative = relative(path)
        if fnmatch(glob, relative, 0) == 0 { return true }
        return !glob.contains("/") && fnmatch(glob, (relative as NSString).lastPathComponent, 0) == 0
    }
}
