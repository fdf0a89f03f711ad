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

public enum PolicyGroups {
    static let documentExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    public static func discover(directory: String, lexicons: LexiconSet) throws(PolicyError) -> [PolicyGroup] {
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
        var byName: [String: [(String, String?)]] = [:]
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(entry)
            var entryIsDirectory: ObjCBool = false
            manager.fileExists(atPath: path, isDirectory: &entryIsDirectory)
            if entryIsDirectory.boolValue {
                let files = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted().filter { isDocument($0) }
                let members = files.map { file -> (String, String?) in
                    ((path as NSString).appendingPathComponent(file), language(of: file, lexicons: lexicons, named: true))
                }
                if !members.isEmpty { groups.append(group(entry, members)) }
            } else if isDocument(entry) {
                let parts = entry.split(separator: ".")
                if parts.count >= 3, let tag = lexicons.resolve(String(parts[parts.count - 2])) {
                    byName[parts.dropLast(2).joined(separator: "."), default: []].append((path, tag))
                }
            }
        }
        for (name, members) in byName.sorted(by: { $0.key < $1.key }) { groups.append(group(name, members)) }
        return groups
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

    private static func group(_ name: String, _ members: [(String, String?)]) -> PolicyGroup {
        let reference = members.firstIndex { $0.1 == "en" } ?? 0
        return PolicyGroup(name: name, files: members.map(\.0), languages: members.map(\.1), referenceIndex: reference)
    }
}
