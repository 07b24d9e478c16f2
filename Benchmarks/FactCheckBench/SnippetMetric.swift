import Foundation

/// trafilatura's evaluation of extracted texts against `evaldata.json` snippets (see
/// `tests/eval_common.py` upstream: `norm` and `count_item`).
enum SnippetMetric {
    struct Score {
        var pages = 0
        var with = 0
        var without = 0
        var counts = PrecisionRecall()
        /// Per page id: `with` snippets not found, `without` snippets found.
        var misses: [String: PageMisses] = [:]
    }

    struct PageMisses: Encodable {
        var missed: [String] = []
        var falsePositives: [String] = []
    }

    private struct Item: Decodable {
        var file: String
        var with: [String]
        var without: [String]
    }

    /// Scores the pages present in `texts` (keyed by file name without `.html`); pages in the
    /// evaluation data but absent from `texts` are skipped (another split), failed pages count as
    /// empty text.
    static func score(texts: [String: String], evaldata: String) throws -> Score {
        guard let data = FileManager.default.contents(atPath: evaldata) else { throw BenchError("\(evaldata): cannot be read") }
        let items = try JSONDecoder().decode([String: Item].self, from: data)
        var score = Score()
        for item in items.values {
            let id = item.file.hasSuffix(".html") ? String(item.file.dropLast(5)) : item.file
            guard let text = texts[id] else { continue }
            score.pages += 1
            let normalized = Array(normalize(text).utf8)
            var misses = PageMisses()
            for snippet in item.with {
                score.with += 1
                if contains(normalized, Array(normalize(snippet).utf8)) {
                    score.counts.truePositives += 1
                } else {
                    score.counts.falseNegatives += 1
                    misses.missed.append(snippet)
                }
            }
            for snippet in item.without {
                score.without += 1
                if contains(normalized, Array(normalize(snippet).utf8)) {
                    score.counts.falsePositives += 1
                    misses.falsePositives.append(snippet)
                }
            }
            if !misses.missed.isEmpty || !misses.falsePositives.isEmpty { score.misses[id] = misses }
        }
        return score
    }

    /// Python's `re.sub(r"\s+", " ", text).strip()`: `\s` on str is Unicode white space as
    /// `str.isspace()` defines it, which adds the four C0 separators 0x1C–0x1F to Unicode's list.
    static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value) {
                pendingSpace = true
            } else {
                if pendingSpace, !scalars.isEmpty { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Substring test on UTF-8 bytes, which equals Python's code-point `in` (no canonical equivalence).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        return haystack.firstRange(of: needle) != nil
    }
}
