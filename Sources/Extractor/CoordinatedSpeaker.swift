import FactCheckModel
import TextAnalysis

/// The speaker of a verb of saying coordinated with the main clause's own verb: "Many councils are
/// relying on contractors and say residents are waiting weeks.", "The unions rejected the offer
/// and said 300 jobs would go." In English a second finite verb joined by "and" shares the first
/// one's subject, so the subject is who says it, as with a participle of saying hung on the
/// sentence (``participleSpeaker(_:)``, whose checks this reuses). Read only when no other rule
/// credits the sentence, and only in that shape: "and" right before a finite form of a verb that
/// reports a statement (the participle rule's verbs: "say", "argue", "warn" …), with no comma
/// before "and" (", and said" after a list or an aside is left to the other rules), a statement
/// after it ("that", a quotation, a clause), not an object ("and said nothing", "and noted the
/// rise"); a subject that can speak (a name, a role, people, an organisation), no pronoun; the
/// first verb active (a progressive's "are relying" is; "was sued … and says" is not read).
/// The claim is the whole sentence, as for the participle.
extension AttributionParser {
    static func coordinatedSpeaker(_ words: WordCursor) -> Result? {
        guard words.count >= 6,
              let said = (3..<words.count).first(where: { index in
                  words.lower(index - 1) == "and" && !words.isCapitalized(index) && coordinatedSpeechVerbForms.contains(words.lower(index))
                      && !words.hasCommaAfter(index - 2)
              }),
              !words.hasQuoteMark(before: said, from: 0),
              let verb = (1..<(said - 1)).first(where: { opensPredicate(words, at: $0) }),
              statementFollows(words, participle: said),
              !isPassive(words, from: verb, before: said - 1), !holdsSecondClause(words, from: verb, before: said - 1),
              !endsAtUnknownVerb(words, before: verb),
              let subject = SourcePhrase.trimmed(words, from: 0, to: verb),
              let head = headPhrase(words, subject), SourcePhrase.isNounPhrase(words, head),
              headSpeaks(words, head), !opensWithPronoun(words, head)
        else { return nil }
        let source = stripLeadingArticle(words.text(from: head.lowerBound, to: head.upperBound))
        guard !source.contains(where: \.isNumber) else { return nil }
        return Result(attribution: Attribution(source: source, vague: isVagueName(source)), claimStart: 0)
    }

    /// The finite forms of the verbs of saying whose participle ``participleSpeaker(_:)`` reads
    /// (``Lexicon/speechParticiples``: "say", "argue", "warn", "insist" …, not "tell", whose object
    /// is the hearer), which after "and" share the subject of the verb before.
    static let coordinatedSpeechVerbForms: Set<String> = Set(
        (Lexicon.speechVerbs + Lexicon.speechVerbsBeforeThat).filter { $0.base != "tell" }.flatMap { [$0.base, $0.thirdPerson, $0.past] })

    /// A form of "be" between the first verb and "and" that is no progressive's auxiliary ("was
    /// sued", "is a member"): its subject is acted upon or only is something, and says nothing.
    /// "are relying" (a form of "be" before an "-ing" word) is active.
    static func isPassive(_ words: WordCursor, from verb: Int, before end: Int) -> Bool {
        (verb..<max(verb + 1, end)).contains { index in
            guard Lexicon.copulas.contains(words.lower(index)) else { return false }
            let next = index + 1 < words.count ? words.lower(index + 1) : ""
            return !(next.count > 4 && next.hasSuffix("ing"))
        }
    }
}
