import FactCheckModel

/// Where a ``SourceRef`` points, decided before anything is opened: the web, a local file, or
/// nowhere we are willing to go.
enum SourceLocation: Equatable {
    case web(String)
    case localFile(String)
    case refused(String)

    init(_ ref: SourceRef) {
        let url = ref.url.trimmingHTTPWhitespace()
        if url.hasPrefix("/") {
            // A path is only trusted when the user wrote it into configuration or the command line; a
            // path from an article or a search result would let a stranger read the user's files.
            switch ref.origin {
            case .registry, .option:
                self = .localFile(url)
            case .link, .search, .reference:
                self = .refused("refused: a local file path is only read when it comes from the configuration or --source")
            }
            return
        }
        guard let scheme = Self.scheme(of: url) else {
            self = .refused("refused: not an http(s) URL")
            return
        }
        guard scheme == "http" || scheme == "https" else {
            self = .refused("refused: \(scheme): URLs are not fetched; only http and https")
            return
        }
        self = .web(url)
    }

    /// The lowercased scheme (RFC 3986: a letter, then letters, digits, "+", "-", "."), or nil.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return scheme.lowercased()
    }
}
