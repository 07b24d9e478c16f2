import TextAnalysis

/// The speaker of a verb of saying that is the second half of a coordinated predicate: "The port
/// authority will close the pier in May, and has said the repairs will cost 4 million euros",
/// "The council voted on Monday and said the levy would raise 3 million euros". English leaves
/// the second verb's subject out when it is the first clause's: the words before the sentence's
/// first finite verb. A general rule of English, read only in that shape:
///
/// - "and" (after a comma or not) stands right before the verb, or before "has"/"have"/"had" and
///   the verb;
/// - the verb says something: "that" follows, or it takes a bare clause (``Lexicon/clauseTakingReportingVerbs``:
///   "said", "claimed"; or "told") and one follows (``saysAClause(_:verb:base:)``); "founded the
///   Gazette and writes for its sports desk" says nothing ("write" takes no bare clause), nor do
///   "claimed 2 million euros in damages", "told him to train" or "has said nothing since";
/// - the verb is no bare form after a modal or "to" ("may cut rates and say that …": a
///   hypothetical, nothing said yet);
/// - the first clause's subject is a noun phrase that names someone who can report
///   (``SourcePhrase/namesSomeone``, ``canReport(_:_:names:studiesOnly:)``: "Rents rose and said" credits no one),
///   with no comma, dash or quotation mark in the words before its verb ("“Fares rose,” Ruiz said
///   and …" is a quotation; "After the vote, the council met and said …" is read by no one here);
/// - its verb is the first lowercase auxiliary or inflected WordNet verb form, not in "-ing"
///   ("Popular drinking hole The Idle Hour will be closing": "drinking" modifies the noun).
///
/// Not read: a raising passive ("was closed and said to be unsafe"), names joined by "and" ("Ana Ruiz and Bo Lee said" is a subject of its own), a new
/// subject after "and" ("Fares rose, and the board said"), a question ("Did the council vote and
/// say …": its first word is the verb).
extension AttributionParser {
    /// The first clause's subject for the verb at `verb` when that verb is the second half of a
    /// coordinated predicate, nil otherwise.
    static func coordinatedSpeaker(_ words: WordCursor, verb: Int, base: String, that: Int?) -> Range<Int>? {
        var conjunction = verb - 1
        if conjunction > 0, Lexicon.perfectAuxiliaries.contains(words.lower(conjunction)) { conjunction -= 1 }
        guard conjunction > 1, words.lower(conjunction) == "and",
              that != nil || Lexicon.clauseTakingReportingVerbs.contains(base) || base == "tell",
              that != nil || saysAClause(words, verb: verb, base: base),
              let wordNet = try? WordNet.shared()
        else { return nil }
        // "The bank may cut rates and say that …", "is expected to cut rates and say …": the
        // verb's bare form after a modal or "to" shares a hypothetical, nothing was said.
        if words.lower(verb) == base,
           (0..<conjunction).contains(where: { Lexicon.modalVerbs.contains(words.lower($0)) || words.lower($0) == "to" }) {
            return nil
        }
        // "was closed and said to be unsafe": a raising passive, nobody says it.
        if verb + 2 < words.count, words.lower(verb + 1) == "to", wordNet.isVerbLemma(words.lower(verb + 2)) { return nil }
        func verbLike(_ index: Int) -> Bool {
            let word = words.lower(index)
            guard !words.isCapitalized(index), !word.hasSuffix("ing") else { return false }
            return Lexicon.auxiliaryVerbs.contains(word) || wordNet.isInflectedVerbForm(word)
        }
        // "Rising tides flooded the pier": a form in "-s" before another verb form is a plural noun.
        guard let firstVerb = (1..<conjunction).first(where: { index in
            verbLike(index) && !(words.lower(index).hasSuffix("s") && !Lexicon.auxiliaryVerbs.contains(words.lower(index)) && verbLike(index + 1))
        }), firstVerb + 1 < conjunction else { return nil }
        let subject = 0..<firstVerb
        guard !(0..<firstVerb).contains(where: { words.hasCommaAfter($0) || words.hasDashAfter($0) }),
              !words.text(from: 0, to: firstVerb).unicodeScalars.contains(where: { WordCursor.quoteMarks.contains($0) }),
              !(0..<firstVerb).contains(where: { words.lower($0) == "and" || words.lower($0) == "or" }),
              let trimmed = SourcePhrase.trimmed(words, from: subject.lowerBound, to: subject.upperBound),
              trimmed.upperBound == firstVerb, SourcePhrase.namesSomeone(words, trimmed),
              // "Rents rose 12 percent and said …": only someone who can report speaks.
              canReport(words, trimmed, names: true)
        else { return nil }
        return trimmed
    }

    /// Whether the verb at `verb`, with no "that", is followed by a clause of its own: a lowercase
    /// auxiliary or modal before the next comma ("and said the levy *would* raise …"), read past
    /// the person told for "tell" ("and told reporters the cut *will* …"). "claimed responsibility
    /// for 3 attacks", "told him to train 3 hours a day" and "has said nothing since" say no clause.
    static func saysAClause(_ words: WordCursor, verb: Int, base: String) -> Bool {
        guard verb + 1 < words.count, words.lower(verb + 1) != "nothing" else { return false }
        var start = verb + 1
        if base == "tell" {
            if ["the", "a"].contains(words.lower(start)) { start += 1 }
            start += 1
        }
        return start < words.count && opensClause(words, from: start)
    }
}
