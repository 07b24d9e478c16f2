/// Finds bare http(s) URLs in running text.
enum URLScanner {
    /// Each URL and the scalar index in `scalars` where it starts. Trailing sentence punctuation and
    /// unbalanced closing brackets are not part of a URL ("see https://x.org/a)." ends at "a").
    static func urls(in scalars: [Unicode.Scalar]) -> [(url: String, start: Int, end: Int)] {
        var found: [(String, Int, Int)] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "h", startsWithScheme(scalars, at: index) else {
                index += 1
                continue
            }
            // Not in the middle of a word ("xhttp://").
            if index > 0, scalars[index - 1].properties.isAlphabetic {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isURLScalar(scalars[end]) { end += 1 }
            var trimmed = end
            while trimmed > index, ".,;:!?'\"’”".unicodeScalars.contains(scalars[trimmed - 1]) { trimmed -= 1 }
            var url = String(String.UnicodeScalarView(scalars[index..<trimmed]))
            // Drop a closing bracket that has no opening one inside the URL.
            while let last = url.last, last == ")" || last == "]",
                  url.filter({ $0 == (last == ")" ? "(" : "[") }).count < url.filter({ $0 == last }).count
            {
                url.removeLast()
                trimmed -= 1
            }
            if url.count > "https://".count { found.append((url, index, trimmed)) }
            index = max(end, index + 1)
        }
        return found
    }

    static func startsWithScheme(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        for scheme in ["https://", "http://"] {
            let schemeScalars = Array(scheme.unicodeScalars)
            if index + schemeScalars.count <= scalars.count,
               zip(scalars[index..<(index + schemeScalars.count)], schemeScalars).allSatisfy({
                   $0.properties.lowercaseMapping == String($1)
               })
            {
                return true
            }
        }
        return false
    }

    static func isURLScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return false }
        if "<>\"{}|\\^`".unicodeScalars.contains(scalar) { return false }
        return scalar.value > 0x20
    }

    /// True for absolute http and https URLs: the only links factcheck fetches.
    static func isFetchable(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && lower.count > 8
    }
}
