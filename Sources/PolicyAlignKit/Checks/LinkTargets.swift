import Foundation
/// Link targets and URLs as facts: normalised so that what translations change on purpose
/// (a locale in the path, host or query, tracking parameters, a fragment) compares equal,
/// and what they must not change (host, path, address) does not.
public enum LinkTargets {
    /// The fact a link target states, or nil for targets that state none (fragments,
    /// scripts, placeholders such as example.com).
    public static func fact(_ target: String, line: Int) -> Fact? {
        let trimmed = target.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("mailto:") {
            let address = lower.dropFirst(7).prefix { $0 != "?" }
            let decoded = String(address).removingPercentEncoding ?? String(address)
            guard decoded.contains("@"), !isPlaceholder(host: String(decoded.split(separator: "@").last ?? "")) else { return nil }
            return Fact(kind: .email, value: decoded, text: trimmed, line: line)
        }
        if lower.hasPrefix("tel:") {
            let digits = String(lower.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.map(Character.init))
            guard digits.count >= 5 else { return nil }
            return Fact(kind: .phone, value: digits, text: trimmed, line: line)
        }
        if lower.hasPrefix("#") || lower.hasPrefix("javascript:") || lower.hasPrefix("data:") || lower.isEmpty { return nil }
        guard let value = comparable(trimmed) else { return nil }
        return Fact(kind: .url, value: value, text: trimmed, line: line)
    }

    /// A URL (absolute, `www.`, bare domain or site-relative) in the form two versions of a
    /// policy should share; nil for documentation placeholders.
    public static func comparable(_ url: String) -> String? {
        var rest = Substring(url.trimmingCharacters(in: .whitespaces))
        if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        let lower = rest.lowercased()
        var host = ""
        var path: Substring
        if let scheme = lower.range(of: "://"), lower[..<scheme.lowerBound].allSatisfy({ $0.isLetter }) {
            let afterScheme = rest[rest.index(rest.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: scheme.upperBound))...]
            host = String(afterScheme.prefix { $0 != "/" }).lowercased()
            path = afterScheme.drop { $0 != "/" }
        } else if lower.hasPrefix("/") || lower.hasPrefix(".") {
            path = rest
        } else {
            host = String(rest.prefix { $0 != "/" }).lowercased()
            path = rest.drop { $0 != "/" }
        }
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        if let colon = host.firstIndex(of: ":") { host = String(host[..<colon]) }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var labels = host.split(separator: ".")
        if labels.count >= 3, isLocale(labels[0]) { labels.removeFirst() }
        host = labels.joined(separator: ".")
        if isPlaceholder(host: host) { return nil }

        var segments = path.split(separator: "/").filter { !isLocale($0) && $0.lowercased() != "intl" }
        if let last = segments.last, ["index.html", "index.htm", "index.php"].contains(last.lowercased()) { segments.removeLast() }
        var value = host + (segments.isEmpty ? "" : "/" + segments.joined(separator: "/"))
        let parameters = query.split(separator: "&").filter { parameter in
            let name = parameter.prefix { $0 != "=" }.lowercased()
            return !localeParameters.contains(name) && !name.hasPrefix("utm_")
        }.sorted()
        if !parameters.isEmpty { value += "?" + parameters.joined(separator: "&") }
        return value.isEmpty ? nil : value
    }

    /// Two URLs on one site that each name a different language (in the host, the path or
    /// the query): the translation links to its own language's version of the page.
    public static func localizedCounterparts(_ a: String, _ b: String) -> Bool {
        guard let x = comparable(a), let y = comparable(b) else { return false }
        let hostX = x.prefix { $0 != "/" && $0 != "?" }, hostY = y.prefix { $0 != "/" && $0 != "?" }
        guard hostX == hostY, let la = localeMarker(a), let lb = localeMarker(b) else { return false }
        return la != lb
    }

    /// The language a URL names in its host, path or query, if any.
    static func localeMarker(_ url: String) -> String? {
        let lower = url.lowercased()
        var rest = Substring(lower)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let parts = rest.split(whereSeparator: { "/?&=.#".contains($0) })
        for part in parts where isLocale(part) {
            return String(part.prefix { $0 != "-" && $0 != "_" })
        }
        return nil
    }

    /// Query parameters that name the page's language or track a campaign.
    static let localeParameters: Set<String> = ["hl", "lang", "language", "locale", "lng", "lc", "ln", "ui_locales", "setlang", "mkt", "gl"]

    /// Language tags as sites put them in paths and hosts (`/de/`, `/pt-br/`, `fr.`).
    static func isLocale(_ segment: Substring) -> Bool {
        let lower = segment.lowercased().replacingOccurrences(of: "_", with: "-")
        let parts = lower.split(separator: "-", maxSplits: 1)
        guard let language = parts.first, localeLanguages.contains(String(language)) else { return false }
        guard parts.count == 2 else { return true }
        let region = parts[1]
        return (2...4).contains(region.count) && region.allSatisfy { $0.isLetter || $0.isNumber }
    }

    static let localeLanguages: Set<String> = [
        "ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "et", "eu", "fa", "fi", "fil", "fr", "ga", "gl", "he", "hi",
        "hr", "hu", "hy", "id", "is", "it", "ja", "ka", "kk", "km", "ko", "lt", "lv", "mk", "ms", "nb", "nl", "nn", "no", "pl",
        "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "uz", "vi", "zh",
    ]

    /// Documentation domains (RFC 2606) stand for "some address": never a fact.
    static func isPlaceholder(host: String) -> Bool {
        let host = host.lowercased()
        for reserved in ["example.com", "example.org", "example.net", "example.edu"] where host == reserved || host.hasSuffix("." + reserved) {
            return true
        }
        return host == "localhost" || host.hasSuffix(".example") || host.hasSuffix(".invalid") || host.hasSuffix(".test")
    }
}
