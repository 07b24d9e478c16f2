extension Lexicon {
    /// The writer or a speaker as "I": a sentence told from inside ("I visited the plant in May")
    /// is an account, seldom a claim an editor checks, though it may hold one.
    public static let firstPersonSingular: [String] = ["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"]

    /// The writer's team or a speaker's group as "we": a blog's narration ("we started a review")
    /// as often as a company's report ("we cut emissions by 10%").
    public static let firstPersonPlural: [String] = ["we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"]

    /// Pronouns that point back to something named before them: an added statement opening with
    /// one ("…, adding that it was safe in children") says nothing checkable on its own, so it
    /// stays with the claim it refers to.
    public static let referringPronouns: Set<String> = ["it", "its", "this", "that", "they", "these", "those", "he", "she"]

    /// The possessive determiners of a person ("your body", "his arm", "their joints"): a body
    /// term after one is a living body's; after "its" it may be a sauce's or a company's.
    public static let personPossessives: Set<String> = ["my", "your", "his", "her", "our", "their"]

    /// The reader addressed as "you": advice and how-to ("you can cut your bill"), seldom a claim.
    public static let secondPerson: [String] = ["you", "your", "you'll", "you're", "yourself", "you've", "yours", "you'd"]
}

extension Lexicon {
    /// Plurals WordNet files as nouns of their own, apart from the singular they are the plural of:
    /// "people" is not under "person" there, so "girls" would read as another thing than "people".
    public static let pluralsFiledApart: [String: String] = ["people": "person"]
}
