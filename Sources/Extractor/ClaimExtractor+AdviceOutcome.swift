import TextAnalysis

/// Where the claim decision meets ``ImperativeClause``'s outcome: the clause told after advice
/// ("give them a good watering and they'll come back in 3 to 4 weeks") is claimed alone when the
/// stages (or the imperative) turned its sentence down, as a health statement is
/// (``healthStatement(in:attribution:cuttingOnlyChat:)``).
extension ClaimExtractor {
    /// The outcome clause of `text`'s claim proper (after its attribution, before a trailing
    /// source), as scalar offsets in `text`; nil when there is none, or when, read on its own, it
    /// is noise (``ClaimNoise``) or no accountable claim (``isAccountableClaim(_:)``).
    static func adviceOutcome(in text: String, attribution: AttributionParser.Result?) -> Range<Int>? {
        let scalars = Array(text.unicodeScalars)
        let start = min(attribution?.claimStart ?? 0, scalars.count)
        let bounds = start..<max(start, min(attribution?.claimEnd ?? scalars.count, scalars.count))
        guard let found = ImperativeClause.outcome(in: text, within: bounds) else { return nil }
        let outcome = String(String.UnicodeScalarView(scalars[found]))
        let quantities = QuantityParser.quantities(in: outcome, keepingRecounts: true)
        guard ClaimNoise.reason(outcome, quantities: quantities, attributed: attribution != nil) == nil,
              isAccountableClaim(CheckworthinessFeatures(sentence: outcome, quantities: quantities, attribution: nil, hedges: []))
        else { return nil }
        return found
    }
}
