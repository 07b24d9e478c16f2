/// A parsed `Content-Type`: the bare type and its charset, if named.
struct MediaType: Sendable, Equatable {
    /// Lowercased `type/subtype`, parameters dropped: "text/html".
    var essence: String
    /// The `charset` parameter, lowercased and unquoted: "iso-8859-1".
    var charset: String?

    init(essence: String, charset: String? = nil) {
        self.essence = essence
        self.charset = charset
    }

    /// Parses a header value such as `text/html; charset="ISO-8859-1"`; nil when it names no type.
    init?(headerValue: String) {
        let parts = headerValue.split(separator: ";", omittingEmptySubsequences: false)
        guard let first = parts.first else { return nil }
        let essence = first.trimmingHTTPWhitespace().lowercased()
        guard essence.contains("/"), !essence.hasPrefix("/"), !essence.hasSuffix("/") else { return nil }
        self.essence = essence
        for parameter in parts.dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            let name = parameter[..<equals].trimmingHTTPWhitespace().lowercased()
            guard name == "charset" else { continue }
            var value = parameter[parameter.index(after: equals)...].trimmingHTTPWhitespace()
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            if !value.isEmpty { charset = value.lowercased() }
            break
        }
    }

    var isHTML: Bool { essence == "text/html" || essence == "application/xhtml+xml" }
    var isPlainText: Bool { essence == "text/plain" || essence == "text/markdown" }

    /// A guess from the first bytes, for responses that name no type: markup or text, else nil.
    static func sniff(_ bytes: [UInt8]) -> MediaType? {
        let head = bytes.prefix(1024)
        if head.contains(0) { return nil }  // text has no NUL bytes; PDFs and images do
        var start = head.startIndex
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < head.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) { start += 1 }
        let opening = String(decoding: head[start...].prefix(15), as: UTF8.self).lowercased()
        if opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html") || opening.hasPrefix("<head")
            || opening.hasPrefix("<body") || opening.hasPrefix("<p>") || opening.hasPrefix("<div")
        {
            return MediaType(essence: "text/html")
        }
        if opening.hasPrefix("%pdf") { return nil }
        return MediaType(essence: "text/plain")
    }
}
