import FactCheckModel
import TextAnalysis

/// A list item or a table cell with no verb: a fee, a price band, a feature, a pros-and-cons line
/// ("Under $5,000 a month", "Biometric access and cold storage", "0.5% per crossing"). It
/// states nothing on its own, whatever figure it holds: what it is a fee or a feature of is in the
/// table's header or the list's lead-in, which the claim does not carry. An item written as a
/// sentence ("Deposits are insured up to $100,000", "The exchange charges 1.5%") has a verb and
/// stays a candidate, as a paragraph does; so does any sentence of a paragraph, a quotation or a
/// heading, which this rule never reads.
enum VerblessItem {
    /// Whether `text`, a sentence of a block with `role`, is a list item or a table cell in which
    /// no word can be a finite verb. Without WordNet nothing is judged verbless.
    static func statesNothing(_ text: String, role: BlockRole) -> Bool {
        guard role == .listItem || role == .tableCell, let wordNet = try? WordNet.shared() else { return false }
        let words = ClaimNoise.lowercaseWords(text)
        return !words.indices.contains { canBeFiniteVerb(words, at: $0, wordNet: wordNet) }
    }

    /// A form of "be", "have" or "do", a modal, or a verb form WordNet knows that is inflected for
    /// tense or person ("charges", "took", "insured"; not a participle in "-ing", which makes no
    /// clause alone), or a verb's base form after a plural subject or a pronoun ("users pay", "we
    /// charge"). Generous on purpose: "fees" (a form of the verb "fee") keeps "Lower fees than most
    /// banks", so only an item with no word a clause could turn on is dropped.
    static func canBeFiniteVerb(_ words: [String], at index: Int, wordNet: WordNet) -> Bool {
        let word = words[index]
        if ClaimLexicon.beForms.contains(word) || Lexicon.auxiliaries.contains(word) || Self.doForms.contains(word)
            || Lexicon.modalVerbs.contains(word) { return true }
        guard word.count > 1, !word.hasSuffix("ing"), wordNet.partsOfSpeech(of: word).contains(.verb) else { return false }
        if !wordNet.isVerbLemma(word) { return true }
        guard index > 0 else { return false }
        let before = words[index - 1]
        return Lexicon.subjectPronouns.contains(before) || before.count > 3 && before.hasSuffix("s") && !before.hasSuffix("ss")
    }

    /// "do" as an auxiliary ("Fees do not apply"), which ``Lexicon/auxiliaries`` leaves out.
    static let doForms: Set<String> = ["do", "does", "did"]
}
