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

    /// The claim's first scope word ranked "many" or wider, if any.
    static func claimWord(in text: AnalyzedText) -> Word? {
        first(in: text).flatMap { $0.rank >= 3 ? $0 : nil }
    }

    /// The sentence's first scope word, if any.
    static func sentenceWord(in text: AnalyzedText) -> Word? {
        first(in: text)
    }

    static func first(in text: AnalyzedText) -> Word? {
        let words = text.words
        for index in 0..<text.count {
            guard let rank = CueLexicon.scopeRanks[words[index]] else { continue }
            let word = words[index]
            let previous = index > 0 ? words[index - 1] : nil
            let next = index + 1 < text.count ? words[index + 1] : nil
            // "all kinds of chemicals" is not a claim about everyone.
            if word == "all", let next, ["kinds", "sorts", "types", "day", "over"].contains(next) { continue }
            // "some 80 percent" is an approximation; "at some point" is time.
            if word == "some", next.map({ $0.first?.isNumber == true }) == true || previous == "at" { continue }
            // "the most common", "at most", "most effective": a superlative or a bound. "Most" speaks
            // of a group before "of" or a plural ("most of the patients", "most teenagers").
            if word == "most" {
                if previous == "the" || previous == "at" { continue }
                guard let next, next == "of" || next.hasSuffix("s") || Self.pluralNouns.contains(next) else { continue }
            }
            // "how many" asks.
            if word == "many", previous == "how" { continue }
            return Word(word: word, rank: rank)
        }
        return nil
    }

    /// Plurals without an "s" that "most" or "many" may quantify.
    static let pluralNouns: Set<String> = ["people", "adults", "children", "women", "men", "patients", "mice", "cells"]

    /// An overstatement when the claim's scope word ranks above the source's.
    static func signal(claim: ClaimQuery, sentence: AnalyzedText) -> Signal? {
        guard let claimed = claim.scopeWord, let source = sentenceWord(in: sentence), source.rank < claimed.rank else { return nil }
        return Signal(kind: .scopeWidened, reason: "source speaks of '\(source.word)'; the article says '\(claimed.word)'")
    }
}
