import FactCheckModel
import TextAnalysis

/// A percentage change read as the factor it multiplies by, so that changes written in different
/// ways meet: an article's "halved" (×0.5) and a source's "rose by 7%" (×1.07) are both
/// `times`, and conflict; "cut by half" and "fell by 48%" agree.
///
/// Only a percentage tied to a change word counts: "rose by 7%", "fell 12 percent", "a 30% reduction",
/// "7% higher". A percentage of people ("40 percent of adults") is a share, not a change.
enum ChangeFactor {
    /// Words before a percentage ("rose by 7%", "cut 10 percent") that make it a change, and its sign.
    static let verbsBefore: [String: Double] = [
        "increase": 1, "increased": 1, "increases": 1, "rose": 1, "rise": 1, "rises": 1, "risen": 1, "grew": 1,
        "grown": 1, "grows": 1, "raised": 1, "raises": 1, "boosted": 1, "boosts": 1, "climbed": 1, "jumped": 1,
        "gained": 1, "improved": 1, "improves": 1, "up": 1,
        "decrease": -1, "decreased": -1, "decreases": -1, "fell": -1, "fall": -1, "falls": -1, "fallen": -1,
        "dropped": -1, "drops": -1, "declined": -1, "declines": -1, "reduced": -1, "reduces": -1, "reduce": -1,
        "lowered": -1, "lowers": -1, "lower": -1, "cut": -1, "cuts": -1, "shrank": -1, "down": -1, "slashed": -1,
    ]
    /// How many words may stand between a change verb and its "by" ("increased the risk of stroke by").
    static let byReach = 6

    /// Words right after a percentage ("a 30% reduction", "7% higher") that make it a change.
    static let wordsAfter: [String: Double] = [
        "increase": 1, "rise": 1, "gain": 1, "higher": 1, "more": 1, "greater": 1, "improvement": 1,
        "decrease": -1, "reduction": -1, "decline": -1, "drop": -1, "fall": -1, "lower": -1, "fewer": -1,
        "less": -1, "smaller": -1,
    ]

    /// The factors the text's percentage changes stand for, as `times` quantities with the
    /// percentage's own words and bound.
    static func factors(in text: String, quantities: [Quantity]) -> [Quantity] {
        let percents = quantities.filter { $0.unit == "percent" && $0.bound != .range && $0.value < 1_000 }
        guard !percents.isEmpty else { return [] }
        let lower = text.lowercased()
        var factors: [Quantity] = []
        var searchFrom = lower.startIndex
        for quantity in percents {
            guard let found = lower.range(of: quantity.text.lowercased(), range: searchFrom..<lower.endIndex) else { continue }
            searchFrom = found.upperBound
            let before = Tokenizer.words(in: String(lower[..<found.lowerBound])).suffix(Self.byReach + 1)
            let after = Tokenizer.words(in: String(lower[found.upperBound...])).first
            var sign: Double?
            var words = quantity.text
            if let last = before.last {
                // "increased the risk of stroke by 95%": the verb may stand a few words before "by".
                if last == "by", let verb = before.dropLast().reversed().first(where: { verbsBefore[$0] != nil }) {
                    sign = verbsBefore[verb]
                    words = "\(verb) … by \(quantity.text)"
                    if before.dropLast().last == verb { words = "\(verb) by \(quantity.text)" }
                } else if let verb = verbsBefore[last] {
                    sign = verb
                    words = "\(last) \(quantity.text)"
                }
            }
            if sign == nil, let after, let word = wordsAfter[after] {
                sign = word
                words = "\(quantity.text) \(after)"
            }
            guard let sign else { continue }
            let factor = 1 + sign * quantity.value / 100
            guard factor > 0 else { continue }
            // "up to 30% lower" bounds the fall from above, so the factor (0.7) from below.
            var bound = quantity.bound
            if sign < 0, bound == .lower { bound = .upper } else if sign < 0, bound == .upper { bound = .lower }
            factors.append(Quantity(text: words, value: factor, unit: "times", bound: bound))
        }
        return factors
    }
}
