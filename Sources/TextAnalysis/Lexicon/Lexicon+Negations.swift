extension Lexicon {
    /// Words that negate what follows them on their own. Phrases built on them ("did not", "no
    /// significant") belong to the scorer's negation cues.
    public static let negationWords: [String] = [
        "no", "not", "never", "neither", "nor", "without", "none", "cannot",
    ]

    /// Predicates that deny by their prefix: "CBT is *ineffective* for insomnia" says what "CBT is
    /// not effective" says, and a source that reports the effect refutes it (issue #17). Only words
    /// that are a finding whatever follows them: "independent" ("an independent predictor") and
    /// "immune" ("immune cells") are mostly not denials, so they are not here.
    public static let negatedPredicates: [String] = [
        "ineffective", "inaccurate", "incapable", "unable", "unrelated",
    ]

    /// A finding of no difference written in words, without a negation the scorer reads as one:
    /// "died *at the same rate*", "were *no more likely* to" ("no" before "more" is a bound, not a
    /// negation: ``negationExceptionsAfter``). A source that says so about a claim's own outcome goes
    /// against a claim of a change. The phrases built on a negation ("no difference", "no effect")
    /// are the scorer's negation cues (`CueLexicon.negations`), which its trained verifier reads.
    public static let nullFindingPhrases: [String] = [
        "the same rate", "the same rates", "similar rates", "no more likely", "no less likely", "equally likely",
        "did not differ", "do not differ", "does not differ", "no different", "not different",
    ]

    /// A finding of a small effect: "had *little effect* on fractures". It agrees with a claim that
    /// denies the effect, so a source that says it does not "state" what the claim denies; but a
    /// small effect is still an effect, so it is no refutation of a claim of one and is kept out of
    /// ``nullFindingPhrases`` and the negation cues. Whole phrases only: "little" alone is mostly size
    /// ("a little girl") or "little is known", neither a finding.
    public static let smallEffectPhrases: [String] = [
        "little effect", "little or no effect", "little benefit", "little or no benefit", "little impact",
        "little influence", "little change", "little difference", "negligible effect", "negligible effects",
        "minimal effect", "minimal effects",
    ]

    /// Forms of "be" and its kin that make the word after them the predicate: a denied predicate
    /// denies only there ("X *was* unable to walk"), not as a modifier ("patients who were unable to
    /// walk", "an ineffective placebo"); "evidence *was* lacking" is a finding, "vitamin D is lacking"
    /// is not a denial of anything.
    public static let copulas: [String] = [
        "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "proved", "proven",
    ]

    /// Auxiliaries that can stand before a copula without changing whose predicate follows: "that
    /// *had* been unable", "who *may* be unable" (the modal verbs come from ``modalVerbs``; the
    /// hedge adverbs, "possibly", "likely", are no auxiliaries).
    public static let auxiliaries: [String] = ["have", "has", "had", "been", "be", "will", "shall", "should", "must"]
        + modalVerbs

    /// Every auxiliary and modal verb, with the forms of "be", "do" and "have": one of them makes
    /// the word before it the end of a subject and the words after it a clause's verb group ("a
    /// 30% cut *would* prevent …", "Staff each *were* told …"). Wider than ``auxiliaries``, which
    /// holds only the words that may stand before a copula without changing whose predicate
    /// follows. Moved from the attribution parser's `SourcePhrase`, which the imperative and
    /// verbless-item rules also read (session 16).
    public static let auxiliaryVerbs: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could", "should", "shall",
        "may", "might", "must", "do", "does", "did", "has", "have", "had",
    ]

    /// Words after "no"/"not" that make a bound, a comparison or an idiom, not a negation: "no more
    /// than 5", "not only ... but also". A modal before "not only" keeps its hedge ("could not only
    /// lower ... but also").
    public static let negationExceptionsAfter: [String] = [
        "more", "less", "fewer", "greater", "higher", "lower", "only", "until", "later", "earlier", "just",
        "least",
    ]

    /// The clause openers after which a denied predicate takes the copula of the clause before ("was
    /// effective in adults *but* ineffective in children"). "while", "although" and the like open a
    /// clause of their own ("and, while unable to walk, they improved"), so they are not here.
    public static let sharedCopulaOpeners: [String] = ["but", "yet"]

    /// Pronouns that start a new subject: "yet unable to exercise at home, *they* improved" has its
    /// own subject and verb, so the denied predicate before it is not the first clause's.
    public static let subjectPronouns: [String] = ["they", "it", "he", "she", "we", "i"]

    /// Words that open a relative clause: a predicate after "who were" describes a group, not the subject.
    public static let relativePronouns: [String] = ["who", "which", "that", "whom", "whose"]

    /// What a study can lack and so deny a link: "evidence was lacking", "data are lacking" (but not
    /// "vitamin D is lacking in 40% of adults").
    public static let evidenceNouns: [String] = ["evidence", "data", "proof", "support"]

    /// Words under which a broader noun says more than a narrower one, not less: negation
    /// (``negationWords``), "all" (``scopeCueRanks`` at its top rank), "only" and "lack". "No dog
    /// was harmed" does not say that no animal was; "only women" is not "only adults". The scorer
    /// gives no credit for a claim word the source names a kind of when the claim or the sentence
    /// has one of them (issue #17).
    public static let generalisationBlockers: Set<String> = Set(negationWords)
        .union(scopeCueRanks.filter { $0.value == 5 }.keys)
        .union(["only", "solely", "exclusively", "lack", "lacks", "lacked", "lacking", "nobody", "nothing"])

    /// The top nodes of WordNet's noun hierarchy: nearly every noun is a kind of one of them, so a
    /// claim that names one is no narrower claim a source could state by naming a kind of it
    /// (issue #17: "entity", "object", "group", "whole", "unit", "abstraction").
    public static let hierarchyRoots: Set<String> = [
        "entity", "abstraction", "object", "whole", "unit", "group", "grouping", "thing", "matter",
        "cause", "attribute", "relation", "measure", "quantity", "amount", "act", "event", "state",
        "part", "portion", "content", "substance", "location", "artifact", "artefact",
    ]
}
