/// A negation found in a text: where it starts and how to show it ("no significant effect").
struct NegationFinding: Hashable {
    let position: Int
    let phrase: String
}

/// Feature: does the source negate what the claim asserts (or the reverse)?
///
/// "Massage therapy had no significant effect on cortisol levels" shares nearly every word with
/// "massage reduces cortisol" and says the opposite. Word overlap cannot see that; a negation cue
/// near the claim's words can. Only cues within a few words of a claim word *in the same clause*
/// count, so "not" in an unrelated clause of a long sentence does not flip the finding.
enum Polarity {
    /// Negation cues in `text` within `window` words of any of `anchors` (and in the same clause,
    /// when `clauses` is given), in order.
    static func negations(in text: AnalyzedText, near anchors: [Int], window: Int, clauses: [Int]? = nil) -> [NegationFinding] {
        let words = text.words
        var found: [NegationFinding] = []
        var index = 0
        while index < words.count {
            guard let (length, extends) = cue(in: words, at: index) else {
                index += 1
                continue
            }
            let end = index + length
            // A claim word inside the cue ("no *association*") does not anchor it: the cue must sit
            // next to what the claim is about.
            let sameClause = { (anchor: Int) in
                (anchor < index || anchor >= end) && (clauses.map { $0[anchor] == $0[index] } ?? true)
            }
            let isNear: Bool
            if words[index] == "without" {
                // "without" scopes forward only: "patients with or without diabetes" is not about cortisol.
                isNear = anchors.contains { $0 > index && $0 - index <= window && sameClause($0) }
            } else {
                isNear = anchors.contains { ($0 >= end ? $0 - end < window : index - $0 <= window) && sameClause($0) }
            }
            if isNear {
                var shown = Array(words[index..<end])
                if extends, end < words.count, !text.isNumber[end] { shown.append(words[end]) }
                found.append(NegationFinding(position: index, phrase: shown.joined(separator: " ")))
            }
            index = end
        }
        return found
    }

    /// The negation cue starting at `index`, as (word count, whether the next word joins its display).
    static func cue(in words: [String], at index: Int) -> (Int, Bool)? {
        let word = words[index]
        // Most words start no cue: one set lookup instead of trying every phrase.
        guard CueLexicon.negationFirstWords.contains(word) || word.hasSuffix("n't") else { return nil }
        let next = index + 1 < words.count ? words[index + 1] : nil
        // "no more than 5%", "not only", "last but not least", "no. 3": bounds and idioms, not negations.
        if word == "no" || word == "not", let next, CueLexicon.negationExceptionsAfter.contains(next) { return nil }
        if word == "no", let next, next.first?.isNumber == true { return nil }
        if word == "without", index > 0, words[index - 1] == "or" { return nil }
        for cue in CueLexicon.negations where CueLexicon.matches(cue.words, in: words, at: index) {
            return (cue.words.count, cue.extends)
        }
        // Contractions: "didn't", "doesn't", "wasn't".
        if word.hasSuffix("n't") { return (1, true) }
        return nil
    }

    /// A contradiction when exactly one of claim and sentence is negated near the claim's words.
    ///
    /// The two cases are not equally telling. A source that negates ("no significant effect") speaks
    /// against the claim. A negated claim ("X has no effect on Y") is only contradicted by a source
    /// that plainly states the effect, so that case needs the sentence to cover the claim at the
    /// `support` level; a background sentence that merely lacks a "not" says nothing.
    static func signal(
        claim: ClaimQuery, sentence: AnalyzedText, anchors: [Int], clauses: [Int], coverage: Double,
        thresholds: ScoringThresholds
    ) -> Signal? {
        let sourceNegation = negations(in: sentence, near: anchors, window: thresholds.cueWindow, clauses: clauses).first
        switch (claim.negation, sourceNegation) {
        case (nil, let source?):
            return Signal(kind: .negation, reason: "source says the opposite ('\(source.phrase)')")
        case (let article?, nil) where coverage >= thresholds.support:
            return Signal(kind: .negation, reason: "the article denies it ('\(article.phrase)'); the source states it")
        default:
            return nil
        }
    }
}
