/// Which URLs a report may turn into links.
///
/// Only http and https: an article or a source may carry `javascript:`, `data:` or `file:` URLs,
/// and a report that linked them would run code or open local files in an editor's browser. The
/// check is on the exact string, with no white space or control characters anywhere, because
/// browsers strip leading white space and ignore tabs inside a scheme (`" java\tscript:"`).
public enum SafeLink {
    /// `url` when it is an absolute http(s) URL with a host and nothing a browser would rewrite;
    /// otherwise nil (the report then shows the URL as text).
    public static func href(_ url: String) -> String? {
        let lower = url.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = lower.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = lower.dropFirst(7)
        } else {
            return nil
        }
        guard let first = rest.first, first != "/", first != "\\" else { return nil }
        for scalar in url.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F || scalar == "\\" || scalar == "\"" || scalar == "<" || scalar == ">" {
                return nil
            }
            if (0x80...0x9F).contains(scalar.value) || scalar.properties.isWhitespace { return nil }
        }
        return url
    }
}
