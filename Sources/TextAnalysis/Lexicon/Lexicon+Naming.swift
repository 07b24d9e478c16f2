extension Lexicon {
    /// Verbs that give a name: after them a bare number is the name given ("a storm dubbed 7", "a
    /// team named 1-9"), unless a lowercase word follows it and makes it a count of what was named
    /// ("the board named 10 new directors"). Read by the quantity parser (`NonFigure.nameGiven`).
    public static let namingVerbs: Set<String> = ["dubbed", "named", "nicknamed", "codenamed", "designated"]

    /// Participles that give a name with "as": "a source known as 121102", "a file listed as 7".
    /// The "as" makes the number a name whatever follows it.
    public static let namingBeforeAs: Set<String> = ["known", "identified", "listed"]

    /// Nouns for the parties a story is about, counted by how many they are: "the two sides",
    /// "the two countries". The count names the parties; it is no figure a source could state
    /// differently (`NonFigure.partiesNamed`). Only plural nouns of sides: "the two ships" or
    /// "the two deaths" count what can be checked.
    public static let partyNouns: Set<String> = [
        "sides", "parties", "camps", "teams", "countries", "nations", "governments", "leaders", "clubs", "neighbours",
        "neighbors", "rivals",
    ]

    /// Words that rank the parties of "the two major parties", "the two main camps": the phrase
    /// still names the parties by how many they are.
    public static let partyRankWords: Set<String> = ["major", "main", "big", "leading", "rival", "warring", "opposing"]

    /// Words that rank people by wealth or place: before a share ("the richest 10%", "the bottom 90
    /// percent") they name a group, not a figure (`NonFigure.shareGroup`).
    public static let groupRankWords: Set<String> = [
        "top", "bottom", "richest", "poorest", "wealthiest", "highest", "lowest", "best", "worst",
    ]

    /// Nouns after "top 10%" that make it a measure, not a group: "the top 10% rate", "the top
    /// 5% bracket", "a top 10% finish".
    public static let shareGroupFollowers: Set<String> = [
        "rate", "rates", "bracket", "brackets", "band", "bands", "tax", "finish", "place",
    ]

    /// Small words between the capitalised words of a name: "Bank of England", "Centre for
    /// Ageing", "Fish and Game", "Procter & Gamble".
    public static let nameJoiners: Set<String> = ["of", "and", "for", "the", "&", "on", "de"]

    /// Prepositions that put a place after a counted noun ("three lanes in Old Town", "two pilots
    /// of Harbourline"): the place is part of the noun phrase a list may then name one by one
    /// (`NonFigure.recountOfList`).
    public static let placePrepositions: Set<String> = ["in", "of", "at", "from"]

    /// The articles: a capitalised word after one is a title or a heading ("the Evidence section"),
    /// not a person.
    public static let articles: Set<String> = ["the", "a", "an"]

    /// The articles and the quantifying determiners that open a noun phrase ("*several* officials",
    /// "*each* report"): a word among them starts a phrase, so it is neither a verb nor part of a
    /// name. Moved from the attribution parser's `SourcePhrase`, which the imperative rules and the
    /// participle rule also read (session 16).
    public static let determiners: Set<String> = ["a", "an", "the", "some", "many", "most", "all", "each", "every", "several"]

    /// Prepositions that take a noun phrase and never open a verb: a word after one is read as a
    /// noun where it could be either ("patients *with* type 2 diabetes", not "users type 3 words";
    /// `NonFigure.kindByNumber`). "to" is left out: "had to type 4 forms" opens a verb.
    public static let nounPrepositions: Set<String> = [
        "of", "with", "without", "for", "in", "from", "by", "against", "on", "at", "among", "between", "about", "into",
        "like", "via", "per",
    ]

    /// Words naming a part of a page or a document: a capitalised word before one is its heading
    /// ("the Risks section", "the Dosing tab"), not a person.
    public static let pagePartNouns: Set<String> = [
        "section", "sections", "tab", "tabs", "page", "pages", "heading", "headings", "column", "columns", "chapter", "chapters",
        "box", "panel", "menu", "link", "button",
    ]

    /// Month names and their short forms, lowercase: a capitalised one before a day or a year
    /// dates something ("March 2024", "Sept 12").
    public static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Words that make a capitalised phrase an institution ("Hill University", "Acme Corp"): an
    /// affiliation in a bracket citation ("(Okafor, Hill University)") must hold one, or "(New
    /// York, Los Angeles)" would cite New York.
    public static let institutionNouns: Set<String> = [
        "university", "institute", "college", "school", "hospital", "clinic", "centre", "center", "laboratory", "lab",
        "labs", "agency", "ministry", "department", "council", "bank", "fund", "foundation", "trust", "society",
        "association", "academy", "office", "service", "survey", "commission", "board", "bureau", "authority",
        "organisation", "organization", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "group", "company",
        "network", "observatory", "museum", "library", "unit", "team", "consortium", "partnership", "programme", "program",
    ]

    /// Words that make a time word a phrase of when: "this week", "last month", "next year".
    public static let timeDeterminers: Set<String> = ["this", "last", "next"]

    /// The words after a span of time that count it from another moment: "two days *later*",
    /// "weeks *ago*" (a phrase of when before a source's name, `SourcePhrase`).
    public static let elapsedTimeMarkers: Set<String> = ["later", "earlier", "ago"]

    /// Words of amount before a span's unit, beside determiners and numbers: "*half* a year",
    /// "a *few* days", "*about* two weeks".
    public static let elapsedAmountWords: Set<String> = ["half", "few", "about", "nearly", "just", "only"]

    /// Nouns of time that need a determiner to say when: "this week", not "week".
    public static let timeNouns: Set<String> = ["week", "month", "year", "morning", "afternoon", "evening", "night"]

    /// WordNet's classes, one or two steps above a named place, of a place that holds others:
    /// "England" ("European country", "country"), "Texas" ("American state", "state"), "Kent"
    /// ("county", "region"), "Yorkshire" ("geographical area", "region"), "Europe" ("continent").
    /// A city is none of them that near ("city", "municipality"; "administrative district" is a
    /// step further, above both). Read where WordNet has no part-of link for the other place
    /// (`SubstitutedWord.placesNested`).
    public static let regionKinds: Set<String> = ["region", "country", "state", "province", "continent"]
}

extension Lexicon {
    /// The names of the Greek letters a chemical or biological name puts after a numbered position
    /// (a locant): "5-alpha reductase", "11-beta-hydroxysteroid", "omega-3" (the number after the
    /// letter is a name already, `QuantityParser.isPartOfName`). A number hyphenated to one of them
    /// names a position in a molecule, nothing counted (`NonFigure.greekLocant`). Not "sigma" and
    /// "pi": a number hyphenated to them is a measure ("a 5-sigma signal", "a 4-pi solid angle").
    public static let greekLetterNames: Set<String> = [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
        "xi", "omicron", "rho", "tau", "upsilon", "phi", "chi", "psi", "omega",
    ]
}
