import FactCheckModel
import TextAnalysis

/// A percentage change read as the factor it multiplies by, so that changes written in different
/// ways meet: an article's "halved" (×0.5) and a source's "rose by 7%" (×1.07) are both
/// `times`, and conflict; "cut by half" and "fell by 48%" agree.
///
/// Only a percentage tied to a change word counts: "rose by 7%", "fell 12 percent", "a 30% reduction",
/// "7% higher", "a 25% increased risk" (a participle only after "a"/"an"). A percentage of people ("40 percent of adults") is a share, not a change.
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

    /// Participles used as adjectives after a percentage, and their sign: "a 25% increased risk",
    /// "a 40 percent reduced risk". Only after "a"/"an", and never before a word that makes the
    /// participle a verb ("40% reduced their dose", "5% increased to 10%"): without the article,
    /// the percentage before such a word is mostly a share of people or a level, not a change.
    static let participlesAfter: [String: Double] = [
        "increased": 1, "elevated": 1, "raised": 1, "decreased": -1, "reduced": -1, "lowered": -1,
    ]

    /// Words after the participle that make it a verb with an object or a target, not an adjective.
    static let verbObjectsAfterParticiple: Set<String> = ["their", "its", "his", "her", "to", "by", "the"]

    /// Whether `quantity` is a factor this type made from a percentage change ("reduced symptoms by
    /// 8 percent"), not a ratio or a multiplier word: its words keep the percentage's.
    static func isPercentageChange(_ quantity: Quantity) -> Bool {
        quantity.unit == "times" && (quantity.text.contains("%") || quantity.text.lowercased().contains("percent"))
    }

    /// The factors the percentage changes among `quantities` stand for, as `times` quantities with
    /// the change's own words and the percentage's bound. `ranges`: where each quantity's words are
    /// in `lower` (``FigureText/ranges(of:in:)``).
    static func factors(of quantities: [Quantity], at ranges: [Range<String.Index>?], in lower: String) -> [Quantity] {
        var factors: [Quantity] = []
        for (quantity, found) in zip(quantities, ranges) {
            guard quantity.unit == "percent", quantity.bound != .range, quantity.value < 1_000, let found else { continue }
            // Only the percentage's own clause: "…fell after the ban, as predicted by 70% of doctors"
            // is not a fall of 70%.
            let clauseStart = lower[..<found.lowerBound].lastIndex(where: { ",;:".contains($0) }).map { lower.index(after: $0) }
                ?? lower.startIndex
            let before = Array(Tokenizer.words(in: String(lower[clauseStart..<found.lowerBound])).suffix(Self.byReach + 1))
            let following = Tokenizer.words(in: String(lower[found.upperBound...].prefix(40)))
            let after = following.first
            // "the lower 40% of households" is a share, whatever word stands before it.
            if after == "of" { continue }
            var sign: Double?
            var words = quantity.text
            if let last = before.last {
                // "increased the risk of stroke by 95%": the verb may stand a few words before "by",
                // but not across "as", "which", "that" (another clause's verb).
                let reach = before.dropLast().reversed().prefix { !["as", "which", "that", "who"].contains($0) }
                if last == "by", let verb = reach.first(where: { verbsBefore[$0] != nil }) {
                    sign = verbsBefore[verb]
                    words = before.dropLast().last == verb ? "\(verb) by \(quantity.text)" : "\(verb) … by \(quantity.text)"
                } else if let verb = verbsBefore[last] {
                    sign = verb
                    words = "\(last) \(quantity.text)"
                }
            }
            if sign == nil, let after, let word = wordsAfter[after] {
                sign = word
                words = "\(quantity.text) \(after)"
            }
            if sign == nil, let after, let word = participlesAfter[after], before.last.map(Lexicon.indefiniteArticles.contains) == true,
               following.dropFirst().first.map({ !verbObjectsAfterParticiple.contains($0) }) ?? true {
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
