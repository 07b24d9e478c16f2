import FactCheckModel
import TextAnalysis

/// Where a parsed figure's words stand in the text it came from, and what they are about: the
/// context rules (``ChangeFactor``, ``CountedNoun``, frequencies) read the words around a figure.
enum FigureText {
    /// The ranges of `quantities`' words in `lower` (the text, lowercased), in order and at word
    /// boundaries, so the "20" of "20 patients" is not found inside "2020"; nil where not found.
    static func ranges(of quantities: [Quantity], in lower: String) -> [Range<String.Index>?] {
        var from = lower.startIndex
        return quantities.map { quantity in
            let needle = quantity.text.lowercased()
            var start = from
            while start < lower.endIndex, let found = lower.range(of: needle, range: start..<lower.endIndex) {
                let before = found.lowerBound > lower.startIndex ? lower[lower.index(before: found.lowerBound)] : nil
                let after = found.upperBound < lower.endIndex ? lower[found.upperBound] : nil
                if !isWordCharacter(before), !isWordCharacter(after) {
                    from = found.upperBound
                    return found
                }
                start = lower.index(after: found.lowerBound)
            }
            return nil
        }
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }

    /// "three times a week", "twice daily": how often, not how much more. Such a `times` figure is
    /// not a ratio or a change and is not compared.
    static func isFrequency(_ quantity: Quantity, followedBy after: [String]) -> Bool {
        guard quantity.unit == "times", let first = after.first else { return false }
        if ["daily", "weekly", "monthly", "yearly", "annually", "nightly", "hourly"].contains(first) { return true }
        guard ["a", "an", "per", "each", "every"].contains(first), after.count > 1 else { return false }
        return ["day", "week", "month", "year", "night", "hour", "minute", "session", "visit"].contains(after[1])
    }

    /// Names of ratios that say "N times as likely": an odds, hazard or risk ratio.
    static let ratioNames: [[String]] = [
        ["odds", "ratio"], ["hazard", "ratio"], ["risk", "ratio"], ["rate", "ratio"], ["relative", "risk"], ["or"], ["hr"],
        ["rr"], ["aor"], ["ahr"], ["irr"],
    ]

    /// A bare number named by a ratio just before it ("an odds ratio of 2.1", "HR 1.5", "relative
    /// risk was 0.7") as the `times` figure it is, so "twice as likely" meets it.
    static func asRatio(_ quantity: Quantity, precededBy before: [String]) -> Quantity? {
        guard quantity.unit == nil, quantity.bound != .range else { return nil }
        var words = before
        while let last = words.last, ["of", "was", "were", "is", "adjusted"].contains(last) { words.removeLast() }
        guard let name = ratioNames.first(where: { words.suffix($0.count).elementsEqual($0) }) else { return nil }
        var ratio = quantity
        ratio.unit = "times"
        // Abbreviations as they are written in papers: "HR 1.2", not "hr 1.2".
        ratio.text = "\(name.count == 1 ? name[0].uppercased() : name.joined(separator: " ")) \(quantity.text)"
        return ratio
    }

    /// `quantities` as the comparison rules need them: frequencies dropped, ratios read as `times`,
    /// counts of people or events named (``CountedNoun``), and the factors of percentage changes added
    /// (``ChangeFactor``).
    static func comparable(_ quantities: [Quantity], in text: String) -> [Quantity] {
        guard !quantities.isEmpty else { return [] }
        let lower = text.lowercased()
        let ranges = ranges(of: quantities, in: lower)
        var kept: [Quantity] = []
        var keptRanges: [Range<String.Index>?] = []
        for (quantity, range) in zip(quantities, ranges) {
            let after = range.map { Array(Tokenizer.words(in: String(lower[$0.upperBound...].prefix(40))).prefix(2)) } ?? []
            if isFrequency(quantity, followedBy: after) { continue }
            let before = range.map { Array(Tokenizer.words(in: String(lower[..<$0.lowerBound].suffix(40))).suffix(3)) } ?? []
            if let ratio = asRatio(quantity, precededBy: before) {
                kept.append(ratio)
                keptRanges.append(range)
                continue
            }
            kept.append(CountedNoun.named(quantity, followedBy: after.first))
            keptRanges.append(range)
        }
        return kept + ChangeFactor.factors(of: kept, at: keptRanges, in: lower)
    }
}
