extension Lexicon {
    /// Connectives of two to four words that open a sentence before its source ("For example,
    /// according to the survey, …", "On the other hand, according to …"): they link the sentence to
    /// the one before and leave the source phrase a lead-in, as one-word conjunctions ("Also") do.
    public static let sentenceConnectives: Set<String> = [
        "for example", "for instance", "in fact", "in addition", "in contrast", "by contrast", "in particular",
        "as a result", "of course", "in turn", "in short", "on the other hand", "at the same time", "in other words",
    ]

    /// Words that open a subordinate clause and are no preposition of their own: a subject after
    /// one is that clause's ("While Government say", "If officials said"), unless a comma closes
    /// the clause first ("If so, experts say").
    public static let subordinators: Set<String> = ["while", "whilst", "although", "though", "if", "unless", "because", "whereas", "whether"]

    /// Words that open a subordinate clause but are also a preposition, a comparison or a time
    /// word ("*as* the CDC said", "more *than* …", "*when* …"): where a verb's object ends (with
    /// `subordinators`), but no sign that the subject after them is a subordinate clause's.
    public static let ambiguousSubordinators: Set<String> = ["when", "as", "than"]
}

extension Lexicon {
    /// Conjunctions of time that open a clause after a verb of sequence: "the ban comes *after*
    /// officials said …", "the vote follows *before* …". The clause's subject is its own.
    public static let sequenceConjunctions: Set<String> = ["after", "before"]
}

extension Lexicon {
    /// Conjunctions that open a clause of time ("*before* the mayor announced", "*until* officials
    /// said so", "*once* the board agreed"). A verb of saying in such a clause with nothing said
    /// after it tells when something else happened: it reports nothing. Not "as": "as Okafor
    /// said," is a comment on the main clause and credits it.
    public static let timeClauseConjunctions: Set<String> = sequenceConjunctions.union(["until", "till", "once", "since", "when", "whenever"])
}
