/// Feature: did the article widen "some" into "all"?
///
/// A source that found an effect in some patients, or in most, does not back a claim about everyone.
/// Only a universal word in the claim ("all", "every", "always") against a partial word in the source
/// counts: most claims name no scope, and then there is nothing to widen.
enum Scope {
    /// The claim's first universal word, if any.
    static func universalWord(in text: AnalyzedText) -> String? {
        for index in 0..<text.count where CueLexicon.universalWords.contains(text.words[index]) {
            let next = index + 1 < text.count ? text.words[index + 1] : nil
            // "all kinds of chemicals" is not a claim about everyone.
            if text.words[index] == "all", let next, ["kinds", "sorts", "types", "day", "over"].contains(next) { continue }
            return text.words[index]
        }
        return nil
    }

    /// The sentence's first partial-scope word, if any.
    static func partialWord(in text: AnalyzedText) -> String? {
        for index in 0..<text.count where CueLexicon.partialWords.contains(text.words[index]) {
            let word = text.words[index]
            let previous = index > 0 ? text.words[index - 1] : nil
            let next = index + 1 < text.count ? text.words[index + 1] : nil
            // "some 80 percent" is an approximation; "at some point" is time; "the most common" a superlative.
            if word == "some", next.map({ $0.first?.isNumber == true }) == true || previous == "at" { continue }
            if word == "most", previous == "the" || previous == "at" { continue }
            return word
        }
        return nil
    }

    /// An overstatement when the claim is universal and the source speaks of part.
    static func signal(claim: ClaimQuery, sentence: AnalyzedText) -> Signal? {
        guard let universal = claim.universalWord, let partial = partialWord(in: sentence) else { return nil }
        return Signal(kind: .scopeWidened, reason: "source speaks of '\(partial)'; the article says '\(universal)'")
    }
}
