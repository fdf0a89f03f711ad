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

    /// Two URLs on one site that name different languages (in the host, the path or the
    /// query: `/en/` and `/fr/`, `emp03-eng.asp` and `emp03-fra.asp`), or the same URL with
    /// the translation's language added (`privacy` and `privacy-ko`): the translation links
    /// to its own language's version of the page.
    public static func localizedCounterparts(_ a: String, _ b: String) -> Bool {
        guard let x = comparable(a), let y = comparable(b) else { return false }
        let hostX = x.prefix { $0 != "/" && $0 != "?" }, hostY = y.prefix { $0 != "/" && $0 != "?" }
        // A site template's variable ("https://coronamelder.nl/{{ .Lang }}/faq") is filled in
        // when the page is built: any page of that site may be what it becomes.
        if isTemplate(a) || isTemplate(b) { return hostX == hostY }
        switch (localeMarker(a), localeMarker(b)) {
        case let (la?, lb?): return hostX == hostY && la.language != lb.language
        case let (la?, nil): return withoutMarker(x, la.token) == y
        case let (nil, lb?): return withoutMarker(y, lb.token) == x
        case (nil, nil): return false
        }
    }

    static func isTemplate(_ url: String) -> Bool {
        url.contains("{{") || url.contains("{%") || url.contains("${") || url.lowercased().contains("%7b%7b")
    }

    /// The language a URL names, and the token that names it with its place in the
    /// lower-cased URL: a host's first label (`fr.wikipedia.org`), a path segment (`/de/`,
    /// `/pt-br/`), the first or last word of one (`emp03-fra.asp`, `privacy-ko`,
    /// `privacy.zh-hans.md`), or a query parameter's value (`?lang=ja`).
    static func localeMarker(_ url: String) -> (language: String, token: String, range: Range<String.Index>, lowered: String)? {
        let lower = url.lowercased()
        func found(_ language: String, _ token: Substring) -> (String, String, Range<String.Index>, String) {
            (language, String(token), token.startIndex..<token.endIndex, lower)
        }
        var rest = Substring(lower)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            let labels = host.split(separator: ".")
            if labels.count >= 3, let language = language(of: labels[0]) { return found(language, labels[0]) }
            rest = rest.dropFirst(host.count)
        }
        if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        for segment in rest.split(separator: "/") {
            if let language = language(of: segment) { return found(language, segment) }
            var words = segment.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." })
            // A file's extension is no word of its name ("emp03-fra.asp").
            if words.count >= 2, fileExtensions.contains(String(words.last!)) { words.removeLast() }
            guard words.count >= 2 else { continue }
            // A code with its subtag ends a name as one token ("privacy.zh-hans").
            let tagged = segment[words[words.count - 2].startIndex..<words[words.count - 1].endIndex]
            for word in [words.first!, tagged, words.last!] {
                if let language = language(of: word) { return found(language, word) }
            }
        }
        for parameter in query.split(separator: "&") {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            if parts.count == 2, localeParameters.contains(String(parts[0])), let language = language(of: parts[1]) {
                return found(language, parts[1])
            }
        }
        return nil
    }

    /// A comparable URL without the word that names its language (and the hyphen joining it).
    static func withoutMarker(_ comparable: String, _ token: String) -> String {
        for joined in ["-" + token, "_" + token, "." + token, token + "-", token + "_", "/" + token] where comparable.contains(joined) {
            return comparable.replacingOccurrences(of: joined, with: "")
        }
        return comparable
    }

    /// The language a locale token names (`de`, `pt-br`, `fra`), as its two-letter code.
    static func language(of token: Substring) -> String? {
        if isLocale(token) { return String(token.lowercased().prefix { $0 != "-" && $0 != "_" }) }
        return threeLetterCodes[token.lowercased()]
    }

    static let fileExtensions: Set<String> = ["html", "htm", "asp", "aspx", "php", "jsp", "md", "pdf", "shtml", "xhtml"]

    /// ISO 639-2 codes that sites use in paths ("/eng/acts/", "emp03-fra.asp").
    static let threeLetterCodes: [String: String] = [
        "eng": "en", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de", "spa": "es", "ita": "it", "por": "pt", "rus": "ru",
        "jpn": "ja", "kor": "ko", "zho": "zh", "chi": "zh", "ara": "ar", "nld": "nl", "dut": "nl", "tur": "tr", "pol": "pl",
        "swe": "sv", "dan": "da", "fin": "fi", "nor": "no", "ces": "cs", "cze": "cs", "ell": "el", "gre": "el", "heb": "he",
        "hin": "hi", "ind": "id", "msa": "ms", "may": "ms", "tha": "th", "vie": "vi", "ukr": "uk", "ron": "ro", "rum": "ro",
        "hun": "hu",
    ]

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
