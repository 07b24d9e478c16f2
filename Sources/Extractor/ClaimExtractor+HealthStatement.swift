import TextAnalysis

/// Where the claim decision meets ``HealthStatement``: which clauses of a sentence the stages
/// turned down (or accepted with chat around them) are still claimed for their health effect.
extension ClaimExtractor {
    /// The clauses of `text`'s claim proper (after its attribution, before a trailing source) that
    /// state a health effect (``HealthStatement``), as scalar offsets in `text`: nil when there
    /// are none, or when, read on their own, they are noise (a feeling, a view: ``ClaimNoise``)
    /// or a question, advice, an opinion, rhetoric, an evaluation or a fragment
    /// (``isAccountableClaim(_:)``: "They're a legitimate way to combat back pain").
    /// With `cuttingOnlyChat` (for a sentence the stages accepted), only when what the statement
    /// leaves of the claim proper is chat (``HealthStatement/chats(_:)``) and holds no figure:
    /// "Insulin is the storage hormone, so it's good to keep it steady" is claimed as "Insulin is
    /// the storage hormone"; nil when the statement is the whole claim proper.
    static func healthStatement(in text: String, attribution: AttributionParser.Result?, cuttingOnlyChat: Bool = false) -> Range<Int>? {
        let scalars = Array(text.unicodeScalars)
        let start = min(attribution?.claimStart ?? 0, scalars.count)
        let bounds = start..<max(start, min(attribution?.claimEnd ?? scalars.count, scalars.count))
        guard var found = HealthStatement.find(in: text, within: bounds) else { return nil }
        let before = String(String.UnicodeScalarView(scalars[bounds.lowerBound..<found.range.lowerBound]))
        if !cuttingOnlyChat {
            // What the statement leaves before it, on the path where the sentence was turned
            // down: a condition anywhere there leaves the effect open ("If the reforms pass, it
            // will …"); a date or figure there is part of the claim ("Back in the 1800s, doctors
            // believed …"), kept from the clause that holds it.
            let beforeWords = Tokenizer.words(in: before)
            if beforeWords.contains(where: Lexicon.conditionWords.contains) { return nil }
            let clauses = HealthStatement.clauses(of: scalars, within: bounds.lowerBound..<found.range.lowerBound)
            if let dated = clauses.first(where: { !QuantityParser.quantities(in: String(String.UnicodeScalarView(scalars[$0]))).isEmpty }) {
                found.range = dated.lowerBound..<found.range.upperBound
            }
            // A clause of its circumstance or cause stays with it, from that word on ("and when
            // they're scrubbed, …, the skin suffers"): without it the effect has no cause.
            for clause in clauses where clause.lowerBound < found.range.lowerBound {
                let words = Tokenizer.words(in: String(String.UnicodeScalarView(scalars[clause])))
                guard let opener = words.drop(while: Lexicon.clauseJoiners.contains).first, Lexicon.circumstanceWords.contains(opener) else { continue }
                var start = clause.lowerBound
                if let first = words.first, Lexicon.clauseJoiners.contains(first) {
                    // Past the joining word and the space after it.
                    while start < clause.upperBound, !scalars[start].properties.isWhitespace { start += 1 }
                    while start < clause.upperBound, scalars[start].properties.isWhitespace { start += 1 }
                }
                found.range = start..<found.range.upperBound
                break
            }
            // "…, and it boosts your immune system": a pronoun after a joining word points back
            // to a lead-in the statement would lose; no claim on its own.
            let opening = Tokenizer.words(in: String(String.UnicodeScalarView(scalars[found.range]))).prefix(2)
            if opening.count == 2, Lexicon.clauseJoiners.contains(opening.first!), Lexicon.referringPronouns.contains(opening.last!) { return nil }
        }
        if cuttingOnlyChat {
            let left = [bounds.lowerBound..<found.range.lowerBound, found.range.upperBound..<bounds.upperBound]
                .map { String(String.UnicodeScalarView(scalars[$0])) }
                .filter { $0.unicodeScalars.contains(where: \.properties.isAlphabetic) }
            guard !left.isEmpty, left.allSatisfy({ HealthStatement.chats($0) && QuantityParser.quantities(in: $0).isEmpty }) else { return nil }
        }
        let statement = String(String.UnicodeScalarView(scalars[found.range]))
        let quantities = QuantityParser.quantities(in: statement, keepingRecounts: true)
        guard ClaimNoise.reason(statement, quantities: quantities, attributed: attribution != nil) == nil,
              isAccountableClaim(CheckworthinessFeatures(sentence: statement, quantities: quantities, attribution: nil, hedges: []))
        else { return nil }
        return found.range
    }
}
