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
    /// when `clauses` is given), in order. With `clauses`, a sentence of several clauses ("Nurses
    /// were unable to attend every visit, but the home visits reduced readmissions") is judged by the
    /// clauses that carry the claim (``ClaimClauses``; `claim` gives its condition).
    static func negations(
        in text: AnalyzedText, near anchors: [Int], window: Int, clauses: [Int]? = nil, claim: ClaimQuery? = nil
    ) -> [NegationFinding] {
        let words = text.words
        let carrying = ClaimClauses(text: text, anchors: anchors, clauses: clauses, claim: claim)
        var found: [NegationFinding] = []
        var index = 0
        while index < words.count {
            guard let (length, extends) = cue(in: words, at: index) else {
                index += 1
                continue
            }
            let end = index + length
            if !carrying.carries(index) {
                index = end
                continue
            }
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
        // "evidence for X was lacking", "data are lacking": only what a study can lack denies a link
        // ("vitamin D is lacking in 40% of adults" does not).
        if CueLexicon.copulas.contains(word) {
            guard next == "lacking",
                  words[max(0, index - 8)..<index].contains(where: CueLexicon.evidenceNouns.contains) else { return nil }
            return (2, false)
        }
        // A denied predicate denies only as the predicate of its subject ("X was unable to walk"),
        // not as a modifier: "patients who were unable to walk", "an ineffective placebo".
        if CueLexicon.negatedPredicateWords.contains(word), !isPredicate(words, at: index) { return nil }
        for cue in CueLexicon.negations where CueLexicon.matches(cue.words, in: words, at: index) {
            return (cue.words.count, cue.extends)
        }
        // Contractions: "didn't", "doesn't", "wasn't".
        if word.hasSuffix("n't") { return (1, true) }
        return nil
    }

    /// Whether the word at `index` follows a copula (with at most one adverb between: "was largely
    /// ineffective") that does not open a relative clause ("patients who were unable"), or opens a
    /// clause after "but"/"yet" whose copula is understood from the clause before ("was effective
    /// ... but ineffective"): the nearest copula before the opener, itself no relative clause's,
    /// and only when no new subject follows in the clause ("yet unable to exercise, they improved").
    static func isPredicate(_ words: [String], at index: Int) -> Bool {
        var copula = index - 1
        if copula >= 0, words[copula].hasSuffix("ly") || words[copula] == "also" || words[copula] == "still" {
            copula -= 1
        }
        if copula >= 0, AnalyzedText.clauseOpeners.contains(words[copula]) {
            guard CueLexicon.sharedCopulaOpeners.contains(words[copula]),
                  let shared = words[..<copula].lastIndex(where: CueLexicon.copulas.contains)
            else { return false }
            let rest = words[(index + 1)...].prefix { !AnalyzedText.clauseOpeners.contains($0) }
            if rest.contains(where: CueLexicon.subjectPronouns.contains) { return false }
            return isSubjectsCopula(words, at: shared)
        }
        guard copula >= 0, CueLexicon.copulas.contains(words[copula]) else { return false }
        return isSubjectsCopula(words, at: copula)
    }

    /// Whether the copula at `copula` is its subject's, not a relative clause's ("who were").
    static func isSubjectsCopula(_ words: [String], at copula: Int) -> Bool {
        // "that had been unable", "who had probably been unable": the auxiliaries (and a hedge adverb
        // among them) before the copula do not change whose predicate it is.
        var before = copula - 1
        while before >= 0, CueLexicon.auxiliaries.contains(words[before]) || CueLexicon.hedgeAdverbs.contains(words[before]) {
            before -= 1
        }
        return before < 0 || !CueLexicon.relativePronouns.contains(words[before])
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
        let sourceNegation = negations(
            in: sentence, near: anchors, window: thresholds.cueWindow, clauses: clauses, claim: claim).first
        switch (claim.negation, sourceNegation) {
        case (nil, let source?):
            return Signal(kind: .negation, reason: "source says the opposite ('\(source.phrase)')")
        case (let article?, nil) where coverage >= thresholds.support
            && !statesSmallEffect(sentence, near: anchors, window: thresholds.cueWindow, clauses: clauses, claim: claim):
            return Signal(kind: .negation, reason: "the article denies it ('\(article.phrase)'); the source states it")
        default:
            return nil
        }
    }

    /// Whether the sentence finds only a small effect ("had *little effect* on fractures",
    /// ``Lexicon/smallEffectPhrases``) in a clause that carries the claim, near its words: it agrees
    /// with a claim that denies the effect, so it does not state what the claim denies.
    static func statesSmallEffect(
        _ sentence: AnalyzedText, near anchors: [Int], window: Int, clauses: [Int], claim: ClaimQuery
    ) -> Bool {
        let carrying = ClaimClauses(text: sentence, anchors: anchors, clauses: clauses, claim: claim)
        let words = sentence.words
        for index in 0..<words.count where carrying.carries(index) {
            guard let phrase = CueLexicon.smallEffects.first(where: { CueLexicon.matches($0, in: words, at: index) })
            else { continue }
            let end = index + phrase.count
            let isNear = anchors.contains { anchor in
                clauses[anchor] == clauses[index] && (anchor >= end ? anchor - end < window : index - anchor <= window)
            }
            if isNear { return true }
        }
        return false
    }
}
