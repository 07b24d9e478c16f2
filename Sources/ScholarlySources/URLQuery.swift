/// Builds `base + path + ?query` strings by hand, with strict percent-encoding.
///
/// Foundation's `URLQueryItem` leaves `+`, `&`-adjacent and `/` characters alone in ways servers read
/// differently (`+` becomes a space on many); an E-utilities term like `"sleep"[tiab] AND walking`
/// must arrive exactly as meant, so everything but RFC 3986 unreserved characters is encoded.
enum URLQuery {
    /// `base` with exactly one `/` before `path`, then the encoded parameters in the given order
    /// (deterministic URLs keep request logs and caches stable). Nil values are left out.
    static func url(base: String, path: String, parameters: [(String, String?)]) -> String {
        var url = base.hasSuffix("/") ? String(base.dropLast()) : base
        url += "/" + path
        let pairs = parameters.compactMap { name, value in value.map { encode(name) + "=" + encode($0) } }
        if !pairs.isEmpty { url += "?" + pairs.joined(separator: "&") }
        return url
    }

    /// Percent-encodes every byte outside `A–Z a–z 0–9 - . _ ~`.
    static func encode(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }

    /// Like ``encode(_:)`` but keeps `/`, for a DOI placed in a path (`/works/10.1000/x`): Crossref
    /// accepts both, and the readable form is what its documentation shows.
    static func encodePathKeepingSlashes(_ text: String) -> String {
        text.split(separator: "/", omittingEmptySubsequences: false).map { encode(String($0)) }.joined(separator: "/")
    }
}

/// Request URLs as they may be shown or remembered.
public enum ScholarlyRequestURL {
    /// The parameters that identify the user to an API (NCBI's `api_key`, `tool`, `email`,
    /// Crossref's `mailto`).
    static let credentialParameters: Set<String> = ["api_key", "tool", "email", "mailto"]

    /// `url` without ``credentialParameters``: what a report may link and a cache may key on. A
    /// key in a report is a leaked credential, and in a cache key it splits the cache between runs
    /// with and without the key.
    public static func withoutCredentials(_ url: String) -> String {
        guard let question = url.firstIndex(of: "?") else { return url }
        var query = url[url.index(after: question)...]
        var fragment = ""
        if let hash = query.firstIndex(of: "#") {
            fragment = String(query[hash...])
            query = query[..<hash]
        }
        let kept = query.split(separator: "&").filter { pair in
            let name = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return !credentialParameters.contains(name)
        }
        return String(url[..<question]) + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&")) + fragment
    }
}
