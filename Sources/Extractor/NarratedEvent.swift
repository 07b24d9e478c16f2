import Foundation
import TextAnalysis

/// A report of something that happened: a statement in the third person and the past tense that
/// names someone or something ("The county closed its two libraries on Monday", "Reyes was taken
/// to Lakeside Hospital", "The board has approved the new route").
///
/// Why: the check-worthiness model learned from debate transcripts, where a checkable line argues
/// with a figure or a comparison; a news report's plain account of an event has neither, and the
/// model scores it low. In English a past tense told of a named third party, with no "I", "we" or
/// "you", no modal and no quotation, is the shape of a reported event, which an editor checks.
/// This is a cue for the first stage only: the claim gate (``ArticleClaimFeatures``, `a:narrated`)
/// still weighs the sentence against the article, since a review's or an essay's narration has the
/// same shape.
enum NarratedEvent {
    /// Whether `text` (the claim proper: after its attribution, before a trailing source) tells an
    /// event in the past tense: no quotation mark (speech is judged as speech), not a question, no
    /// first or second person, no modal or future, a capitalised word past the first (a name), and a
    /// verb in the past tense that is not a participle after a present "is" or "are".
    static func reports(_ text: String) -> Bool {
        guard !text.unicodeScalars.contains(where: WordCursor.quoteMarks.contains),
              !text.trimmingWhitespace.hasSuffix("?"),
              ArticleClaimFeatures.capitalisedShare(text, words: 2) > 0,
              let wordNet = try? WordNet.shared()
        else { return false }
        let words = Tokenizer.words(in: text)
        guard !words.contains(where: excluded.contains) else { return false }
        for (index, word) in words.enumerated() where isPast(word, wordNet: wordNet) {
            if index > 0, nonPastBe.contains(words[index - 1]) { continue }
            return true
        }
        return false
    }

    /// "was", "were", or a past form WordNet knows ("closed", "fell", "had"), not "are" or "am".
    static func isPast(_ word: String, wordNet: WordNet) -> Bool {
        if pastBe.contains(word) { return true }
        return !nonPastBe.contains(word) && ImperativeClause.isPastTense(word, wordNet: wordNet)
    }

    /// Words that make a sentence an account from inside, advice, a plan or a conjecture.
    static let excluded: Set<String> = ClaimLexicon.firstPersonSingular.union(ClaimLexicon.firstPersonPlural)
        .union(ClaimLexicon.secondPerson).union(ClaimLexicon.modals).union(ClaimLexicon.futureAndObligation)

    static let nonPastBe = Set(Lexicon.nonPastFormsOfBe)
    static let pastBe = Set(Lexicon.pastFormsOfBe)
}
