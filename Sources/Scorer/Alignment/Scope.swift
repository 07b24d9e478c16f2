/// Feature: did the article widen "some" into "most", or "most" into "all"?
///
/// A source that found an effect in some patients, or in most, does not back a claim about more of
/// them. Scope words are ranked (``CueLexicon/scopeRanks``: few < some < many < most < all); a claim
/// whose word ranks above the source sentence's is overstated. Most claims name no scope, and then
/// there is nothing to widen; a claim's "some" or "few" is never widened (it claims little).
enum Scope {
    /// A scope word and its rank.
    struct Word: Hashable {
        let word: String
        let rank: Int
    }

    /// The narrowest scope a claim can widen: "some" or "few" claim little.
    static let widenableRank = 3  // "many"

    /// The claim's first scope word ranked "many" or wider, if any.
    static func claimWord(in text: AnalyzedText) -> Word? {
        words(in: text).first.flatMap { $0.rank >= widenableRank ? $0 : nil }
    }

    /// The sentence's widest scope word, if any: "Few trials were blinded, but most patients
    /// improved" speaks of most patients.
    static func sentenceWord(in text: AnalyzedText) -> Word? {
        words(in: text).max { $0.rank < $1.rank }
    }

    static func words(in text: AnalyzedText) -> [Word] {
        let words = text.words
        var found: [Word] = []
        for index in 0..<text.count {
            guard let rank = CueLexicon.scopeRanks[words[index]] else { continue }
            let word = words[index]
            let previous = index > 0 ? words[index - 1] : nil
            let next = index + 1 < text.count ? words[index + 1] : nil
            // "all kinds of chemicals" is not a claim about everyone.
            if word == "all", let next, ["kinds", "sorts", "types", "day", "over"].contains(next) { continue }
            // "some 80 percent" is an approximation; "at some point" is time.
            if word == "some", next.map({ $0.first?.isNumber == true }) == true || previous == "at" { continue }
            // "the most common", "at most", "most dangerous": a superlative or a bound. "Most" speaks
            // of a group before "of" or a plural ("most of the patients", "most teenagers").
            if word == "most" {
                if previous == "the" || previous == "at" { continue }
                guard let next, next == "of" || Self.isPlural(next) else { continue }
            }
            // "how many" asks; "as many as 60%" is a bound on a figure, not a scope.
            if word == "many", previous == "how" || previous == "as" { continue }
            found.append(Word(word: word, rank: rank))
        }
        return found
    }

    /// A plural noun, roughly: an irregular plural ``CountedNoun`` knows ("people", "mice"), or "-s"
    /// but not "-ous", "-ss", "-is", "-us".
    static func isPlural(_ word: String) -> Bool {
        if CountedNoun.irregularPlurals[word] != nil { return true }
        return word.hasSuffix("s") && !["ous", "ss", "is", "us"].contains { word.hasSuffix($0) }
    }

    /// An overstatement when the claim's scope word ranks above the source's.
    static func signal(claim: ClaimQuery, sentence: AnalyzedText) -> Signal? {
        guard let claimed = claim.scopeWord, let source = sentenceWord(in: sentence), source.rank < claimed.rank else { return nil }
        return Signal(kind: .scopeWidened, reason: "source speaks of '\(source.word)'; the article says '\(claimed.word)'")
    }
}
