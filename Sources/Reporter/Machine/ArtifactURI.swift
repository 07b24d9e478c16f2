/// An article path as a URI reference, for SARIF's `artifactLocation.uri`.
///
/// A relative path stays relative (code scanning resolves it against the checkout) with each
/// segment percent-encoded; an absolute path becomes a `file://` URI. `:` is encoded too, so a first
/// segment like `c:notes.md` can never read as a scheme.
enum ArtifactURI {
    static func make(path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        let absolute = trimmed.hasPrefix("/")
        let segments = trimmed.split(separator: "/", omittingEmptySubsequences: false).map { encode(String($0)) }
        let joined = segments.joined(separator: "/")
        return absolute ? "file://" + joined : joined
    }

    /// RFC 3986 `pchar` without `:`: unreserved and sub-delimiters and `@` pass, the rest is
    /// percent-encoded UTF-8.
    static func encode(_ segment: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@".utf8)
        var out = ""
        for byte in segment.utf8 {
            if allowed.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
