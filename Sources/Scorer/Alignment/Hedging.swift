import TextAnalysis

/// Feature: did the article drop the source's caution?
///
/// Two ways a source speaks more carefully than the article that cites it:
/// - a hedge: the source says "may reduce", "suggests", "could"; the article states it as fact;
/// - association for causation: the source found that coffee was "associated with" heart disease;
///   the article says coffee "causes" it. Observational findings rarely support causal verbs.
/// Either is an overstatement, not a contradiction: the source points the same way, less strongly.
enum Hedging {
    /// Hedge phrases that report an association; they get the sharper association reason.
    static let associationHedges: Set<String> = [
        "associated with", "linked to", "linked with", "tied to", "correlated with", "correlates with", "related to",
    ]

    /// The claim's first causal verb as written ("causes", "leads to"), if any.
    static func causalVerb(in text: AnalyzedText) -> String? {
        for index in 0..<text.count {
            for phrase in CueLexicon.causalPhrases where CueLexicon.matches(phrase, in: text.words, at: index) {
                return phrase.joined(separator: " ")
            }
            if CueLexicon.causalWords.contains(text.words[index]) { return text.words[index] }
        }
        return nil
    }

    /// The sentence's first association cue as written ("associated with", "correlation between").
    static func associationCue(in text: AnalyzedText) -> String? {
        for index in 0..<text.count {
            for phrase in CueLexicon.associationPhrases where CueLexicon.matches(phrase, in: text.words, at: index) {
                return phrase.joined(separator: " ")
            }
            if text.isContent[index], CueLexicon.associationStems.contains(text.stems[index]) {
                let next = index + 1 < text.count ? text.words[index + 1] : nil
                if let next, ["with", "to", "between"].contains(next) { return text.words[index] + " " + next }
                return text.words[index]
            }
        }
        return nil
    }

    /// An overstatement when the source hedges or only associates and the claim does neither.
    static func signal(claim: ClaimQuery, sentence: SourceSentence) -> Signal? {
        guard claim.hedges.isEmpty else { return nil }
        if let verb = claim.causalVerb, let association = associationCue(in: sentence.analysis) {
            return Signal(
                kind: .association,
                reason: "source reports an association ('\(association)'); the article states a cause ('\(verb)')")
        }
        let hedges = HedgeLexicon.hedges(in: sentence.text).filter { !associationHedges.contains($0) }
        if let hedge = hedges.first {
            return Signal(kind: .hedgeDropped, reason: "source hedges ('\(hedge)'); the article states it as fact")
        }
        return nil
    }
}
