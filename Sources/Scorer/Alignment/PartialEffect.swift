import FactCheckModel
import TextAnalysis

/// Feature: did the article turn an average change into an effect on everyone?
///
/// "The drug works for all patients" against "the drug reduced symptoms by 8 percent": the source
/// measured a change in a group's average, which says nothing of every member, and a small one. A
/// claim with a universal scope word ("all", "every", "always") over a sentence that reports a
/// percentage change (``ChangeFactor``) and no scope word as wide is overstated. A sentence that does
/// name a narrower scope ("most patients") is ``Scope``'s finding, so this runs after it.
enum PartialEffect {
    /// The rank of "all" in ``CueLexicon/scopeRanks``: only a universal is overstated by an average.
    static var universalRank: Int { CueLexicon.scopeRanks["all"] ?? 5 }

    static func signal(claim: ClaimQuery, sentence: SourceSentence) -> Signal? {
        guard let claimed = claim.scopeWord, claimed.rank >= universalRank else { return nil }
        if let widest = Scope.sentenceWord(in: sentence.analysis), widest.rank >= claimed.rank { return nil }
        guard let change = sentence.comparableQuantities.first(where: ChangeFactor.isPercentageChange) else { return nil }
        return Signal(
            kind: .scopeWidened,
            reason: "source reports an average change (\(change.text)), not an effect on everyone; the article says '\(claimed.word)'")
    }
}
