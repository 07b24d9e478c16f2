import Foundation

/// The article-extraction benchmark's metric (Zyte/Scrapinghub, `evaluate.py`): a page's extracted
/// text against its gold body text, as multisets of 4-word shingles.
///
/// Defined here as that benchmark defines it, so figures compare with its published ones:
/// - words are maximal runs of Unicode letters, digits, marks and `_` (Python's `\w+`), case kept;
/// - shingles are the runs of 4 consecutive words; a text of 1 to 3 words is one shingle of all of
///   them, a text without words has none;
/// - per page, each shingle counts `min(gold, extracted)` true positives, the excess extracted
///   false positives, the excess gold false negatives; the three are then divided by their sum, so
///   a long page weighs no more than a short one;
/// - precision is the mean over pages with any true or false positive (a page with no error at all
///   scores 1), recall the mean over pages with any true positive or false negative; F1 is the
///   harmonic mean of those two means, not a mean of per-page F1s.
enum ShingleMetric {
    struct PageCounts {
        var truePositives = 0.0
        var falsePositives = 0.0
        var falseNegatives = 0.0

        var precision: Double {
            if falsePositives == 0, falseNegatives == 0 { return 1 }
            if truePositives == 0, falsePositives == 0 { return 0 }
            return truePositives / (truePositives + falsePositives)
        }

        var recall: Double {
            if falsePositives == 0, falseNegatives == 0 { return 1 }
            if truePositives == 0, falseNegatives == 0 { return 0 }
            return truePositives / (truePositives + falseNegatives)
        }

        var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    struct Score {
        var pages = 0
        var precision = 0.0
        var recall = 0.0
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        /// Per page id, its normalised counts.
        var perPage: [String: PageCounts] = [:]
    }

    /// Scores every page of `gold` whose id is in `ids`; a page without extracted text scores as empty.
    static func score(texts: [String: String], gold: [String: String], ids: [String]) -> Score {
        var score = Score()
        var precisions: [Double] = []
        var recalls: [Double] = []
        for id in ids {
            guard let goldText = gold[id] else { continue }
            let counts = compare(gold: goldText, extracted: texts[id] ?? "")
            score.perPage[id] = counts
            score.pages += 1
            if counts.truePositives + counts.falsePositives > 0 { precisions.append(counts.precision) }
            if counts.truePositives + counts.falseNegatives > 0 { recalls.append(counts.recall) }
        }
        score.precision = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        score.recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        return score
    }

    static func compare(gold: String, extracted: String) -> PageCounts {
        let goldShingles = shingles(gold)
        let extractedShingles = shingles(extracted)
        var counts = PageCounts()
        for (shingle, goldCount) in goldShingles {
            let found = extractedShingles[shingle] ?? 0
            counts.truePositives += Double(min(goldCount, found))
            counts.falseNegatives += Double(max(0, goldCount - found))
        }
        for (shingle, found) in extractedShingles {
            counts.falsePositives += Double(max(0, found - (goldShingles[shingle] ?? 0)))
        }
        let sum = counts.truePositives + counts.falsePositives + counts.falseNegatives
        if sum > 0 {
            counts.truePositives /= sum
            counts.falsePositives /= sum
            counts.falseNegatives /= sum
        }
        return counts
    }

    /// The text's 4-word shingles with their counts (words joined by a space, which no word holds).
    static func shingles(_ text: String) -> [String: Int] {
        let words = self.words(text)
        var result: [String: Int] = [:]
        guard !words.isEmpty else { return result }
        if words.count < 4 {
            result[words.joined(separator: " "), default: 0] += 1
            return result
        }
        for start in 0...(words.count - 4) {
            result[words[start..<(start + 4)].joined(separator: " "), default: 0] += 1
        }
        return result
    }

    /// Maximal runs of word characters, as Python's `\w` sees them.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark,
             .connectorPunctuation:
            return true
        default:
            return false
        }
    }
}
