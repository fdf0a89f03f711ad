import Foundation

/// The policies of a folder for `parity --dir`: each subfolder is one policy in several
/// languages (`dynatron/en.txt`, `dynatron/ms.txt`), and files named `NAME.LANG.ext` in the
/// folder itself group by NAME.
public struct PolicyGroup: Sendable, Equatable {
    public let name: String
    public let files: [String]
    /// Each file's language from its name, nil when the name says none.
    public let languages: [String?]
    /// Position of the reference: the English version if there is one, else the first.
    public let referenceIndex: Int
}

/// A file of the folder that the layout cannot place, and why.
public struct IgnoredFile: Sendable, Equatable {
    public let path: String
    public let reason: String
}

public enum PolicyGroups {
    static let documentExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "docx", "pdf", "xlf", "xliff"]

    /// The groups, and the files that could not be placed in one. A folder with no policy
    /// at all is a usage error: a CI job must not pass because it looked in the wrong place.
    /// `fileLanguage` gives a project's own file-name rules, tried before the file name's
    /// language code; each policy's reference is its version in `referenceLanguage`.
    /// Folders in `excluding` (the run's output folder) are left out of the walk; so is
    /// anything that is not a regular file or folder (a FIFO would hang the run, a device
    /// never ends), as `grep -r` does.
    public static func discover(directory: String, lexicons: LexiconSet, referenceLanguage: String = "en",
                                fileLanguage: (String) -> String? = { _ in nil }, excluding: [String] = []) throws(PolicyError)
        -> (groups: [PolicyGroup], ignored: [IgnoredFile]) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw PolicyError(.noInput, "\(directory): no such folder")
        }
        guard isDirectory.boolValue else { throw PolicyError(.usage, "\(directory): --dir takes a folder") }
        guard let entries = try? manager.contentsOfDirectory(atPath: directory) else {
            throw PolicyError(.noInput, "\(directory): cannot be read")
        }
        var groups: [PolicyGroup] = []
        var ignored: [IgnoredFile] = []
        var byName: [String: [(String, String?)]] = [:]
        func notRead(_ path: String) -> IgnoredFile {
            IgnoredFile(path: path, reason: "not a format policyalign reads (\(documentExtensions.sorted().joined(separator: ", ")))")
        }
        let excluded = Set(excluding.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(entry)
            let kind = EntryKind(path)
            if kind == .folder && excluded.contains(URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path) { continue }
            if case .other(let reason) = kind {
                if isDocument(entry) || looksLikeAPolicy(entry) { ignored.append(IgnoredFile(path: path, reason: reason)) }
                continue
            }
            if kind == .folder {
                var all: [String] = []
                for name in ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted() where !name.hasPrefix(".") {
                    let member = (path as NSString).appendingPathComponent(name)
                    switch EntryKind(member) {
                    case .file: all.append(name)
                    case .folder: continue
                    case .other(let reason): if isDocument(name) { ignored.append(IgnoredFile(path: member, reason: reason)) }
                    }
                }
                let files = all.filter { isDocument($0) }
                ignored += all.filter { !isDocument($0) && looksLikeAPolicy($0) }.map { notRead((path as NSString).appendingPathComponent($0)) }
                let members = files.map { file -> (String, String?) in
                    let member = (path as NSString).appendingPathComponent(file)
                    return (member, fileLanguage(member) ?? language(of: file, lexicons: lexicons, named: true))
                }
                if !members.isEmpty { groups.append(group(entry, members, referenceLanguage)) }
            } else if isDocument(entry) {
                if let tag = fileLanguage(path) {
                    byName[nameWithoutLastToken(entry), default: []].append((path, tag))
                } else if let (name, tag) = nameAndLanguage(entry, lexicons: lexicons) {
                    byName[name, default: []].append((path, tag))
                } else if !isProjectFile(entry) {
                    ignored.append(IgnoredFile(path: path, reason: "no language in its name (NAME.LANG.ext, NAME-LANG.ext or NAME_LANG.ext)"))
                }
            } else if looksLikeAPolicy(entry) {
                ignored.append(notRead(path))
            }
        }
        for (name, members) in byName.sorted(by: { $0.key < $1.key }) { groups.append(group(name, members, referenceLanguage)) }
        if groups.isEmpty {
            throw PolicyError(.usage, "\(directory): no policies found (subfolders of LANG.ext files, or files named NAME.LANG.ext)")
        }
        return (groups, ignored)
    }

    /// "privacy.de.md", "privacy-de.md", "privacy_pt-BR.md" -> (privacy, tag).
    static func nameAndLanguage(_ file: String, lexicons: LexiconSet) -> (String, String)? {
        let stem = (file as NSString).deletingPathExtension
        let dot = stem.split(separator: ".")
        if dot.count >= 2, let tag = lexicons.resolve(String(dot.last!)) { return (dot.dropLast().joined(separator: "."), tag) }
        // NAME-LANG or NAME_LANG, the language perhaps with a region ("privacy-pt-BR").
        let pieces = stem.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        for count in [2, 1] where pieces.count > count {
            let candidate = pieces.suffix(count).joined(separator: "-")
            let code = pieces.suffix(count).first ?? ""
            guard (2...3).contains(code.count), code.allSatisfy(\.isLetter), let tag = lexicons.resolve(candidate) else { continue }
            let name = String(stem.dropLast(candidate.count + 1))
            if !name.isEmpty { return (name, tag) }
        }
        return nil
    }

    /// Formats a policy arrives in that are not read (yet): worth a word when skipped.
    /// Sidecar data (gold files, JSON, CSV) is passed over in silence.
    static let otherDocumentExtensions: Set<String> = ["doc", "odt", "rtf", "tmx", "epub", "pages", "xml"]

    private static func looksLikeAPolicy(_ file: String) -> Bool {
        otherDocumentExtensions.contains((file as NSString).pathExtension.lowercased())
    }

    /// What a folder entry is, following symbolic links.
    enum EntryKind: Equatable {
        case file, folder
        case other(String)

        init(_ path: String) {
            switch FileStatus(path) {
            case .regular: self = .file
            case .folder: self = .folder
            case .special: self = .other("not a regular file (a FIFO, device or socket)")
            case .unavailable(let code):
                self = .other(code == ELOOP ? FileStatus.reason(code) : "cannot be read (\(FileStatus.reason(code)))")
            }
        }
    }

    /// README, LICENSE and the like beside the policies.
    private static func isProjectFile(_ file: String) -> Bool {
        let stem = (file as NSString).deletingPathExtension.uppercased()
        return ["README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "CONTRIBUTING", "INDEX"].contains(stem)
    }

    private static func isDocument(_ file: String) -> Bool {
        documentExtensions.contains((file as NSString).pathExtension.lowercased()) && !file.hasPrefix(".")
    }

    /// "ms.txt" -> "ms", "policy.zh-TW.html" -> "zh-Hant"; nil when no part is a known tag.
    static func language(of file: String, lexicons: LexiconSet, named: Bool) -> String? {
        let parts = file.split(separator: ".").dropLast()
        for part in parts.reversed() { if let tag = lexicons.resolve(String(part)) { return tag } }
        return nil
    }

    /// A project rule placed the file: its policy is the name before the last `.`, `-` or
    /// `_` ("privacy-bm.md" -> privacy), where the language token sits by convention.
    static func nameWithoutLastToken(_ file: String) -> String {
        let stem = (file as NSString).deletingPathExtension
        guard let cut = stem.lastIndex(where: { $0 == "." || $0 == "-" || $0 == "_" }), cut > stem.startIndex else { return stem }
        return String(stem[..<cut])
    }

    private static func group(_ name: String, _ members: [(String, String?)], _ referenceLanguage: String) -> PolicyGroup {
        let reference = members.firstIndex { $0.1 == referenceLanguage } ?? members.firstIndex { $0.1 == "en" } ?? 0
        return PolicyGroup(name: name, files: members.map(\.0), languages: members.map(\.1), referenceIndex: reference)
    }
}
