import TextAnalysis

/// A clause's first finite verb, its tense and the words before it (the subject), read from the
/// words alone: no parser, WordNet for verb forms.
///
/// Why: the claim gate's largest groups of false claims are an essay's or a comment piece's
/// argument and general statements, which are told in the present ("The city is a place
/// where …"), while a report of an event is told in the past ("The council voted on Monday …");
/// and whether the subject is what the article is about (``ArticleTopic``) needs the subject,
/// which is what stands before the verb.
struct MainVerb {
    enum Tense { case past, present }

    /// The verb's word index in the cursor.
    var index: Int
    /// Nil for a modal ("will", "could"), whose clause the gate reads by other features.
    var tense: Tense?

    /// Modals end the search: the verb after one carries no tense of its own.
    static let modals = Set(Lexicon.modalVerbs + Lexicon.futureAndObligationModals + ["cannot", "can't", "couldn't", "wouldn't", "shouldn't", "mustn't"])
    static let present = Set(Lexicon.presentAuxiliaries)
    static let past = Set(Lexicon.pastAuxiliaries)

    /// The first word that stands as a finite verb, or nil. An auxiliary of "be", "have" or "do"
    /// counts anywhere; an inflected lexical verb ("voted", "said", "rises") only where the word
    /// before it can end a subject (``AttributionParser/standsAsFiniteVerb(_:_:wordNet:base:)``:
    /// not "the proposed law", "its rising costs"); a base form ("officials deny") only after a
    /// plural subject, as that test reads it.
    static func find(in words: WordCursor) -> MainVerb? {
        let wordNet = try? WordNet.shared()
        for index in 0..<words.count {
            let word = words.lower(index)
            if modals.contains(word) { return MainVerb(index: index, tense: nil) }
            if past.contains(word) { return MainVerb(index: index, tense: .past) }
            if present.contains(word) { return MainVerb(index: index, tense: .present) }
            guard index > 0, let wordNet, word.count > 2, !word.hasSuffix("ing"), word.allSatisfy(\.isLetter) else { continue }
            let bases = wordNet.verbBaseForms(of: word)
            guard !bases.isEmpty else { continue }
            let inflected = bases.contains { $0 != word }
            let thirdPerson = word.hasSuffix("s") && !word.hasSuffix("ss")
            guard AttributionParser.standsAsFiniteVerb(words, index, wordNet: wordNet, base: !inflected) else { continue }
            if !inflected { return MainVerb(index: index, tense: .present) }
            return MainVerb(index: index, tense: thirdPerson ? .present : .past)
        }
        return nil
    }

    /// Up to four words before the verb, after the last comma before it ("In 2019, the port
    /// authority said": "the port authority").
    func subject(in words: WordCursor) -> [String] {
        var start = max(0, index - 4)
        for candidate in start..<index where words.hasCommaAfter(candidate) { start = candidate + 1 }
        return (start..<index).map(words.lower)
    }
}
