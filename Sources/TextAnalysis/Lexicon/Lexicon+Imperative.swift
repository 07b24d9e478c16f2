extension Lexicon {
    /// Words that open an instruction or an appeal to the reader as the sentence's first word
    /// ("Consider …", "Don't …", "Let's …", "Click …"): the listed imperatives, read by the
    /// check-worthiness model's `advice` feature, the exclamation rule and the health statement's
    /// chat. The grammar of the imperative (a base-form verb before its object: "Coat the ends",
    /// "Shake them off") is `ImperativeClause` in the Extractor, which reads this list too.
    public static let imperativeOpeners: Set<String> = [
        "consider", "try", "make", "take", "remember", "ask", "check", "talk", "keep", "avoid", "don't", "do",
        "see", "read", "click", "learn", "stop", "start", "use", "put", "call", "visit", "contact", "book",
        "schedule", "subscribe", "share", "join", "follow", "get", "find", "let's", "imagine", "think",
    ]

    /// Words that open the object of a verb, and no noun phrase a noun before them could head: a
    /// determiner ("the", "these", "every"), a person's possessive ("your", "their") or a pronoun
    /// in the object case ("them", "it"). After a word that may be a base-form verb or a noun
    /// ("Coat the ends", "Water your plants") they make it the verb: a noun is not followed by
    /// "the". Not "that" (which opens a clause: "Note that the methods return nil" states one)
    /// nor "you" ("Thank you").
    public static let objectOpeners: Set<String> = [
        "the", "a", "an", "this", "these", "those", "some", "any", "each", "every", "all", "both", "another",
        "my", "your", "his", "her", "our", "their", "its", "them", "it", "him", "me", "us",
    ]

    /// Verbs that report advice when an "-ing" form or "that you" follows them ("Bladow suggests
    /// soaking the hydrangea", "he recommends placing them", "advises that you wait"): what the
    /// speaker tells the reader to do, not what is so. The present only: "they suggested moving
    /// to Canada" reports a proposal made once, an event that can be checked.
    public static let adviceReportingVerbs: Set<String> = ["suggest", "suggests", "recommend", "recommends", "advise", "advises"]

    /// Subjects of a clause that states what follows an instruction ("… and they'll bloom again in
    /// three weeks", "… so it lasts up to two weeks"): a pronoun for what was acted on, or the
    /// reader told what they will get ("you'll have a new plant within 3 to 6 months").
    public static let outcomeSubjects: Set<String> = [
        "they", "they'll", "it", "it'll", "they're", "you'll", "these", "those", "this", "he", "she", "we'll",
    ]
}

extension Lexicon {
    /// Prepositions of place and direction that an instruction puts things with ("Pour into",
    /// "Spread across"), beside the attribution parser's general list (`SourcePhrase.prepositions`
    /// in the Extractor), which leaves them out. Read by `ImperativeClause` for a word only a verb
    /// followed by a preposition ("Add into …") and as words that never open a command.
    public static let directionPrepositions: Set<String> = [
        "into", "onto", "around", "across", "along", "toward", "towards", "over", "between", "behind",
    ]
}

extension Lexicon {
    /// Quantifiers that may float after the noun they count ("Staff *each* received a bonus",
    /// "people *all* said"): after a word that could be a command's verb ("Water all the beds"),
    /// a verb in the past makes that word the subject.
    public static let floatingQuantifiers: Set<String> = ["all", "each", "both"]
}
