extension Lexicon {
    /// Connectives of two to four words that open a sentence before its source ("For example,
    /// according to the survey, …", "On the other hand, according to …"): they link the sentence to
    /// the one before and leave the source phrase a lead-in, as one-word conjunctions ("Also") do.
    public static let sentenceConnectives: Set<String> = [
        "for example", "for instance", "in fact", "in addition", "in contrast", "by contrast", "in particular",
        "as a result", "of course", "in turn", "in short", "on the other hand", "at the same time", "in other words",
    ]
}
