extension Lexicon {
    /// How much of a group a word speaks of, smallest to largest: a claim may not speak of more
    /// than its source ("most" from "some", "all" from "most"). The two groups below, together.
    public static let scopeRanks: [String: Int] = scopeCueRanks.merging(scopeContentRanks) { first, _ in first }

    /// Scope words that say how much and nothing about what: the scorer reads them as cues, never
    /// content ("all", "some", "many", "most" are stop words too). The ledger matcher reads the
    /// determiners among them and "few" (``scopeDeterminers``).
    public static let scopeCueRanks: [String: Int] = [
        "some": 2, "several": 2, "sometimes": 2,
        "many": 3, "often": 3,
        "most": 4,
        "all": 5, "every": 5, "everyone": 5, "everybody": 5, "always": 5,
    ]

    /// Scope words the scorer also counts as content: nouns of a part ("a subset", "the
    /// majority"), and "few", "rarely", "frequently", "usually", "mostly", with which the trained
    /// weights were fitted as content (reading them as cues is a change to measure, not a fold).
    public static let scopeContentRanks: [String: Int] = [
        "few": 1, "rarely": 1, "minority": 1,
        "subset": 2, "subgroup": 2,
        "frequently": 3,
        "majority": 4, "usually": 4, "mostly": 4,
    ]

    /// The scope words that stand before a noun and name a share of it ("most adults", "every
    /// patient"): the ledger matcher reads a change of one as another claim, and reads each as the
    /// first of these with its rank ("every" is "all"). "several" is not among them, as the ledger
    /// never read it; adding it would change which reviewed verdicts are shown.
    public static let scopeDeterminers: [String] = ["few", "some", "many", "most", "all", "every"]

    /// Prepositions that start the population a claim speaks of after its outcome ("reduces hip
    /// fractures *in* older women", "a rise in asthma *among* teenagers"): who, not what changes.
    /// The scorer's subject match (`ClaimQuery.sides`) ends the claim's outcome there.
    public static let populationPrepositions: [String] = ["in", "among", "amongst", "for", "during", "across", "within", "at"]

    /// Prepositions that set a clause under a condition of population or use ("effective *in* adults
    /// but ineffective *in* children", "*for* insomnia"): the scorer's clause choice reads them. A
    /// time or a dose ("*during* five years", "*at* 12 months") is no such condition.
    public static let conditionPrepositions: [String] = ["in", "among", "amongst", "for"]

    /// Words that make a phrase after a condition preposition a time, dose or measure, not a
    /// population ("for the first *year*", "in the first *weeks*", "in 40 *mg* doses").
    public static let nonPopulationWords: [String] = [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "decade", "decades", "follow", "followup", "period", "periods", "dose", "doses", "dosage", "dosages", "mg",
        "kg", "ml", "mmhg", "first", "second", "session", "sessions", "baseline", "time", "total", "term",
    ]
}
