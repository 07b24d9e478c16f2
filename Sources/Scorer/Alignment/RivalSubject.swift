/// Feature: does the sentence name another kind of the claim's exposure in its place?
///
/// "Green tea lowers blood pressure" against "black tea did not lower blood pressure": the sentence
/// has the exposure's head ("tea") with another word before it ("black") where the claim has its
/// own ("green"), absent here. That is a finding about a rival subject, the shape issue #17 names
/// ("the DASH diet" against "the Western diet"), and it is more telling than a low
/// ``SubjectMatch`` alone: on SciFact an exposure the rules miss is far more often paraphrased
/// ("CDCA" for "chenodeoxycholic acid") than another one, so only this shape bounds the trained
/// verifier (``VerdictPolicy/LearnedBound``).
enum RivalSubject {
    static func named(claim: ClaimQuery, sentence: AnalyzedText) -> Bool {
        // Only an exposure of two words, a modifier written just before its head ("green tea",
        // "vegetarian diet"): in "a deficiency of folate" or "participants who quit smoking" the
        // word before the head in a source is as often the same subject said otherwise.
        let exposure = claim.terms.filter { $0.side == .exposure && !$0.isNumber }
        guard exposure.count == 2 else { return false }
        let (modifier, head) = (exposure[0], exposure[1])
        let written = claim.analysis
        guard (1..<max(written.count, 1)).contains(where: {
            written.stemIDs[$0] == head.id && written.stemIDs[$0 - 1] == modifier.id
        }) else { return false }
        let present = sentence.contentSet
        guard !present.contains(modifier.id), !modifier.alternatives.contains(where: { $0.allSatisfy(present.contains) }),
              !modifier.paraphrases.contains(where: { $0.allSatisfy(present.contains) })
        else { return false }
        // The head as written, with a word of its own just before it.
        for position in 1..<max(sentence.count, 1) where sentence.stemIDs[position] == head.id {
            let before = position - 1
            let word = sentence.words[before]
            // "H. pylori" for "Helicobacter pylori": an initial or a clipped form is the modifier itself.
            if sentence.isContent[before], !sentence.isNumber[before], !claim.stemSet.contains(sentence.stemIDs[before]),
               !claim.alternativeStems.contains(sentence.stemIDs[before]), !modifier.stem.hasPrefix(word)
            {
                return true
            }
        }
        return false
    }
}
