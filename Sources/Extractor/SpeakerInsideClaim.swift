import FactCheckModel
import TextAnalysis

/// A speaker named inside the claim, after its first words: "Currently, said Dr. Omar Haddad, the
/// director of the clinic, there are 70 children in its care." A speech verb right after a short
/// opening phrase and its comma, then the speaker closed by a comma, names who says the claim
/// around them; an apposition after the name (no clause: "the director of the clinic,")
/// describes the speaker, and the claim resumes after it.
extension AttributionParser {
    static func speakerInsideClaim(_ words: WordCursor) -> Result? {
        guard words.count >= 8 else { return nil }
        for verb in 1...min(4, words.count - 4) where words.hasCommaAfter(verb - 1) {
            // "Currently, said to be the largest …": a raising passive names no speaker.
            guard !words.isCapitalized(verb), speechVerbForms.contains(words.lower(verb)), !raisingPassive(words, verb),
                  // The opening words are a phrase, no clause of their own ("He added, said …").
                  !(0..<verb).contains(where: { SourcePhrase.clauseWords.contains(words.lower($0)) }),
                  let name = speaker(in: words, from: verb), name.upperBound < words.count - 2, words.hasCommaAfter(name.upperBound - 1)
            else { continue }
            var resume = name.upperBound
            if !clauseFollows(words, from: resume) {
                guard let comma = (resume..<min(words.count - 2, resume + 10)).first(where: { words.hasCommaAfter($0) }) else { continue }
                resume = comma + 1
            }
            guard resume < words.count - 1 else { continue }
            let source = words.text(from: name.lowerBound, to: name.upperBound)
            return Result(attribution: Attribution(source: source, vague: isVagueName(source)), claimStart: words.offsetOf(resume))
        }
        return nil
    }
}
