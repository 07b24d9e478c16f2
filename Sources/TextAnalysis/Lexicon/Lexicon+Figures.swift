extension Lexicon {
    /// Words that name a program's release before its number: "version 2.4", "v 1.10". Not the
    /// verb "releases" ("The plant releases 1.5 billion tonnes"); "release" only as a noun the
    /// quantity parser tells by what follows (`NonFigure.version`).
    public static let versionWords: [String] = ["version", "versions", "release", "v", "ver"]

    /// Words of technical prose that say a program's release is meant, when they stand right next
    /// to the name and its number: "dropped *support* for Python 2.6", "*running* Python 3.7",
    /// "Mercurial 5.2 was *released*" (`NonFigure.programRelease`). Anywhere else in the sentence
    /// they say nothing: "support in the poll stood at Harris 47.1" is a poll's figures.
    public static let releaseContextWords: Set<String> = [
        "release", "released", "releases", "version", "versions", "support", "supported", "supports", "supporting",
        "upgrade", "upgraded", "upgrading", "install", "installed", "installing", "running", "deprecated",
        "compatible", "compatibility", "ported", "porting", "syntax",
    ]

    /// Prepositions that may stand between a release word and the program's name: "support *for*
    /// Python 2.6", "upgrade *to* Python 3.7", "compatible *with* Java 1.8".
    public static let releaseLinkPrepositions: Set<String> = ["for", "to", "from", "with", "on", "of"]

    /// Adverbs that may stand between an auxiliary and a release word ("was *first* released",
    /// "was *originally* released"): a program's debut, never a figure of its own. Not the adverbs
    /// of a later step or of manner ("later", "eventually", "officially"): figures and indices are
    /// "later released" and "officially released" as often ("the index for a country 3.2 was later
    /// released").
    public static let releaseTimingAdverbs: Set<String> = ["first", "initially", "originally"]

    /// Nouns after which a decimal is a release ("the 1.8 *release*", "the 2.0 *version*").
    public static let releaseNouns: Set<String> = ["release", "version"]

    /// Words after which a number of years is someone's age: "at *age* 65 years", "*aged* 55 to 75
    /// years"; "ages" only after "at", "between" or "of" (``agesOpeners``): "the wine *ages* 8 years"
    /// is a verb. Ages are bare counts in the figures a claim reports (the labels' rule).
    public static let ageWords: Set<String> = ["age", "aged", "ages"]

    /// Words before the plural "ages" that make it a noun of ages: "*at* ages 18 years or older",
    /// "*between* ages 40 and 74 years".
    public static let agesOpeners: Set<String> = ["at", "between", "of"]

    /// Words after "N years" that make the years a stretch of time, not an age: "the average age 10
    /// years *ago*", "the retirement age 20 years *from* now" (``elapsedTimeMarkers`` and these).
    public static let yearsElapsedFollowers: Set<String> = elapsedTimeMarkers.union(["from", "before", "after"])

    /// Nouns of networking after which a whole number names an endpoint, no amount: "*port* 873",
    /// "*ports* 80 and 443" (`NonFigure.networkPort`).
    public static let portNouns: Set<String> = ["port", "ports"]

    /// HTTP reason phrases as a status line writes them, after a code of three digits: "200 OK",
    /// "404 Not Found", "500 Internal Server Error" (`NonFigure.statusCode`). Matched with their
    /// capitals, word by word, so "300 No Votes" or "150 No Deal" are no status lines. Left out:
    /// one-word phrases a title-case headline writes as ordinary words ("Created", "Accepted",
    /// "Gone", "Conflict": "300 Accepted Into College").
    public static let httpReasonPhrases: [[String]] = [
        ["OK"], ["No", "Content"], ["Partial", "Content"], ["Moved", "Permanently"],
        ["See", "Other"], ["Not", "Modified"], ["Temporary", "Redirect"], ["Permanent", "Redirect"], ["Bad", "Request"],
        ["Unauthorized"], ["Forbidden"], ["Not", "Found"], ["Method", "Not", "Allowed"], ["Not", "Acceptable"],
        ["Request", "Timeout"], ["Conflict"], ["Gone"], ["Too", "Many", "Requests"], ["Unprocessable", "Entity"],
        ["Internal", "Server", "Error"], ["Not", "Implemented"], ["Bad", "Gateway"], ["Service", "Unavailable"],
        ["Gateway", "Timeout"],
    ]

    /// Compass points as addresses abbreviate them ("E.", "NW"); written out ("200 North Koreans")
    /// they are as often a people.
    public static let compassPoints: [String] = ["n", "s", "e", "w", "ne", "nw", "se", "sw"]

    /// Words of time before a year: "in 1868", "since about 1900", "from circa 1850".
    public static let yearPrepositions: [String] = ["in", "since", "until", "from", "before", "after"]

    /// Words that tie a date to the word before them, the event it dates: "opened *in* 1932",
    /// "born *on* 3 May 1975", "closed *during* 1975", "open *until* 1990". The scorer reads which
    /// event a year dates (`DatedEvent`): a year of another event says nothing about the claim's.
    public static let datingPrepositions = Set(yearPrepositions).union(eventPrepositions).union(["by"])

    /// The dating prepositions that put an event at its date ("closed *in* 1975"), not a state
    /// lasting to or from it ("stayed closed *until* 1935", "open *since* 1950"): only after these
    /// does an opposite word date another event than the claim's (`DatedEvent`).
    public static let eventPrepositions: Set<String> = ["in", "on", "during"]

    /// The endings of an ordinal written in figures ("3rd", "21st", "4 th").
    public static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Words that may stand between a dating preposition and its year: "in *early* 1932", "in *about*
    /// 1900", "on *the* 3rd of May 1975" (with a month's name and a day's number).
    public static let dateFillers: Set<String> = ["the", "of", "early", "late", "mid", "about", "around", "circa", "c", "ca"]

    /// Units of time as a rate writes them after a slash ("2 GB/s", "5 km/hr") or as notes
    /// abbreviate them with a plural "s" ("3 yrs ago", "2 hrs", "6 wks", "5 mins": read by
    /// `NonFigure.placeCountedBack`): the parser's name for each. Written out ("/day", "/year") they
    /// are the parser's units already.
    public static let timeSymbols: [String: String] = [
        "s": "seconds", "sec": "seconds", "min": "minutes", "h": "hours", "hr": "hours", "d": "days", "wk": "weeks",
        "yr": "years",
    ]

    /// Plural nouns of people that end in no "s": what a number before them counts ("in 1500
    /// people"), so it is no year.
    public static let irregularPeopleNouns: [String] = ["people", "men", "women", "children", "staff"]

    /// Comparatives that bound the figure before them after "or": "50% or more" is at least 50%,
    /// "two hours or less" at most two. Written after the number, they bound it as "more than" /
    /// "up to" written before it do.
    public static let orMoreWords: [String] = ["more", "higher", "above", "greater", "over", "longer", "older", "later"]
    public static let orLessWords: [String] = ["less", "fewer", "lower", "below", "under", "shorter", "younger", "earlier"]

    /// Words after "and" that bound the figure before them from below, inclusively, as "or older"
    /// does: "adults aged 65 and older", "children 5 and over", "scores of 80 and above".
    public static let andMoreWords: [String] = ["older", "over", "above"]

    /// Bound phrases before a figure that include the figure itself ("at least 45%" is met by 45%;
    /// "more than 45%" is not). Every "or more" / "and older" after a figure is inclusive too.
    /// "as low as 2 percent" names a low point that was reached, so a source's exact 2 percent meets it.
    public static let inclusiveFloorPhrases: [String] = [
        "at least", "no fewer than", "no less than", "a minimum of", "as low as", "≥",
        // "starting at $499" and "as little as $2,499" name the lowest price offered, which is met.
        "starting at", "as little as",
    ]

    /// Bound phrases whose ceiling includes its figure: "within 36 hours" is met by a job done in
    /// 36 hours, where "up to 80 percent" stays a hedge an exact 80 percent overstates.
    public static let inclusiveCeilingPhrases: [String] = ["within"]

    /// Codes of currencies and countries (ISO 4217 and 3166 letters, the commonly written ones),
    /// lowercased: before a number they name the money or the place of an amount ("USD 500 is the
    /// minimum", "US 300 soldiers"), never a model as "RTX 3080" does.
    public static let currencyAndCountryCodes: Set<String> = [
        // currencies, and the crypto-currencies written the same way
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "aud", "cad", "chf", "nzd", "inr", "hkd", "sgd", "sek", "nok",
        "dkk", "zar", "brl", "mxn", "rub", "krw", "try", "pln", "czk", "huf", "ils", "aed", "sar", "thb", "idr",
        "php", "myr", "ngn", "kes", "egp", "pkr", "btc", "eth",
        // countries and unions
        "us", "usa", "uk", "gb", "eu", "uae", "prc", "ussr", "drc", "roc", "au", "ca", "cn", "de", "fr", "it",
        "es", "jp", "in", "ru", "br", "mx", "nz", "ie", "nl", "se", "no", "za", "kr",
    ]

    /// Words that open a noun phrase after "over"/"above": "2% and over the next decade" is a time
    /// span, not "2% and over"; such an "and over" bounds nothing.
    public static let nounPhraseOpeners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "next", "past", "last", "time",
    ]

    /// Adverbs that insist on a lone "one" as a figure ("only one city", "just one of 12 children");
    /// without them "one" is an expression ("one of the biggest").
    public static let insistingAdverbs: Set<String> = ["only", "just", "exactly"]

    /// Bounds that, glued to an age in the plural, name a group of people: "over 65s", "the under-18s".
    public static let ageBounds: Set<String> = ["over", "under"]

    /// What joins the two ages of an age group: "15-24-year-olds", "20- to 29-year-olds".
    public static let ageSpanJoiners: Set<String> = ["-", "–", "to"]

    /// The words of a percentage a share is written with: "40% of the 300 staff", "40 per cent of …".
    public static let percentWords: Set<String> = ["%", "percent", "cent"]

    /// Words that count one of a unit before "and a half": "a year and a half", "one hour and a half".
    public static let singleUnitWords: Set<String> = ["a", "an", "one"]

    /// Words said before a number to put it below zero: "minus 6 degrees", "negative three-point-two
    /// degrees Celsius" (`QuantityParser.isBelowZero` reads them before degrees only).
    public static let signWords: Set<String> = ["minus", "negative"]

    /// The past forms of a verb of change that are not written with "-ed" ("the average rose to
    /// 40", "the rate fell by half"); "cut" and "lost" are left out, since they are also nouns and
    /// adjectives after a number ("the 7-day cut in services"). Their one home:
    /// `QuantityParser.changeWords` is built on this set, and `NonFigure.isElidedMeasureChanging`
    /// takes a verb from it or a change word in "-ed".
    public static let irregularPastChangeVerbs: Set<String> = ["rose", "fell", "grew", "slid", "shrank", "shrunk", "sank"]

    /// Words after a verb of change that lead to the amount changed: "rose *to* 40", "fell *from* 12",
    /// "increased *by* a third".
    public static let changeAmountPrepositions: Set<String> = ["from", "to", "by"]
}

extension Lexicon {
    /// Nouns of a statistic measured over a window of time: "the 14-day incidence rate", "a five
    /// day average", "12-day and 26-day moving averages". The period before them names the
    /// measure (the labels' "named measure"); it is no duration an editor checks.
    public static let measureWindowNouns: Set<String> = [
        "average", "averages", "mean", "means", "median", "medians", "incidence", "prevalence", "rate", "rates",
        "moving", "rolling",
    ]

    /// The parts a technical type is counted in, written after the number of a hyphenated
    /// compound ("32-bit", "a 12-word phrase", "the two-party system", "3-compartment models", "a
    /// two-tier system", "the 7-site measurement", "a two-stage model"): with a noun of
    /// ``technicalTypeNouns`` after, the compound names a kind. Other parts count ("a 48-team
    /// format", "a 1,000-node system"), and "million" or "billion" is never a part.
    public static let technicalTypeParts: Set<String> = [
        "bit", "word", "party", "compartment", "digit", "tier", "site", "point", "pool", "stage",
    ]

    /// Nouns that name a kind of method, format or design: after a number hyphenated to one of
    /// ``technicalTypeParts`` ("a 3-site measurement", "4-compartment models", "32-bit signed
    /// integers", "a 12-word recovery phrase", "the two-party system") the compound names the type,
    /// as "type 2" does; nothing is counted (the labels' technical types). A thing done or built
    /// is no type: "a 3-site trial", "a six-member board", "a 20,000-man army" count.
    public static let technicalTypeNouns: Set<String> = [
        "measurement", "measurements", "model", "models", "method", "methods", "system", "systems",
        "integer", "integers", "phrase", "phrases", "architecture", "architectures", "format", "formats",
        "encryption", "protocol", "protocols",
    ]

    /// The forms of "go". Before a figure they say where an amount went ("the odds went one in
    /// four to one in two": a change, not a range; ``QuantityParser``'s range of chances); with "on
    /// to" they carry a reporting verb on from an earlier statement ("the lawsuit *went on to* claim
    /// that …", whose subject is the verb's: the attribution parser's continuations).
    public static let formsOfGo: Set<String> = ["go", "goes", "went", "gone", "going"]

    /// The forms of "return": "returned to triple digits" names the level a figure came back to.
    public static let formsOfReturn: Set<String> = ["return", "returns", "returned", "returning"]

    /// The nouns a multiplier adjective makes a level of, not a multiple: "rose to double *digits*",
    /// "climbed to triple *figures*". Any other noun after "rose to double" is a multiple of it
    /// ("returned to double doses", "rose to double levels seen in 2015").
    public static let multiplierLevelNouns: Set<String> = ["digits", "figures"]

    /// Adjectives of size that make a number glued to a prime mark a length: "8′ *high*", "a 12′
    /// *long* boat". A prime alone is also arc minutes ("51°30′"), a match minute and the 3′ and 5′
    /// ends of a strand, so the length has to be said.
    public static let sizeAdjectives: Set<String> = ["tall", "high", "long", "wide", "deep", "thick"]

    /// Words after a prime mark that say it is no length: the 3′ and 5′ ends and untranslated
    /// regions of a strand ("the 3′ UTR", "the 5′ end"), and a match's minute ("the 89′ minute").
    public static let primeNonLengthFollowers: Set<String> = ["utr", "utrs", "end", "ends", "minute", "minutes"]

    /// Nouns that a rating is given in: "5 out of 5 *stars*", "10 out of 10 *points*" are a score
    /// on a scale, a share of its top, never a tally of stars counted.
    public static let ratingNouns: Set<String> = ["star", "stars", "point", "points", "mark", "marks"]

    /// Words that read a figure as close to it and short of it, as a verb of approach: "is *nearing*
    /// 10 percent", "now *approaching* 1,000". Only after a form of "be" or an adverb: after a noun
    /// or "the" they are motion ("a storm approaching 3 islands", "the approaching 2 weeks").
    public static let approachBounds: Set<String> = ["approaching", "nearing"]

    /// Nouns of rule or ownership that take "over" for what they govern: "tenure *rights* over 25
    /// percent of the land", "*jurisdiction* over 40 islands". After one "over" is that
    /// preposition, no floor on the figure (`QuantityParser.boundPhrase`). Only nouns English does
    /// not use as verbs: "rebels *control* over 40 percent" and "*claims* over 300 lives" read
    /// "over" as "more than", so "control", "power", "claim" and "influence" are not here.
    public static let governingNouns: Set<String> = [
        "rights", "authority", "jurisdiction", "sovereignty", "dominion", "ownership", "stewardship", "tenure",
        "hegemony", "supremacy", "custody", "oversight",
    ]

    /// What an editor writes in square brackets that is never the rest of a word cut short: "[sic]",
    /// "[note]" ("milion[sic]", "percent[note]").
    public static let editorialBracketWords: Set<String> = ["sic", "note", "notes"]

    /// The adverbs that make "from" the start of a change ("up from 4,900", "down from 9,100"), as
    /// a verb of change does ("fell from"): the amount after it is the same measure as the one
    /// before (``QuantityParser``'s elided unit).
    public static let changeFromAdverbs: Set<String> = ["up", "down"]

    /// Words that set a second figure against the first, besides the markers of comparison
    /// (``comparisonMarkers``: "than", "versus", "compared with"): "peaked at 41,800 megawatts,
    /// against 39,500 a day before" (``QuantityParser``'s elided unit; "from" and "with" link only
    /// in set phrases, which the parser checks).
    public static let comparisonLinks: Set<String> = ["against"]

    /// What may follow a number word that stands alone for things named before it, with no noun
    /// of its own: "the two were together", "the most notorious of the three is …", "the three
    /// above". A verb of being or having (``pluralSubjectAuxiliaries``, and the parser's forms of
    /// "be") or punctuation (``clauseClosers``) follows too.
    public static let countPronounFollowers: Set<String> = ["above", "below"]

    /// Punctuation that closes a clause or a phrase after a word: a number word before one has no
    /// noun of its own ("the two."), and a release number before one ends its name ("GCC 8.3.").
    public static let clauseClosers: Set<String> = [".", ",", ";", ":", "—", "–", ")", "?", "!"]

    /// "and", "or" and a comma join items of one list: "the 12-day and 26-day averages".
    public static let listJoiners: Set<String> = ["and", "or", ","]

    /// Words that add to a count before a number word: "an additional two were injured", "an
    /// extra four", "a record nine", "a further two": the number counts people or things the
    /// context names; it is a figure, not one thing called by a number ("a three").
    public static let addedCountWords: Set<String> = ["additional", "extra", "further", "record"]

    /// What may follow a number word that still counts: a range or a share ("a two to three
    /// percent rise", "a two-thirds", "one in three", "two of the ...", "two out of five").
    public static let numberContinuations: Set<String> = ["to", "or", "and", "in", "out", "of", "-", "–", "%"]

    /// The indefinite articles: a number word right after one names one thing ("hit a three").
    public static let indefiniteArticles: Set<String> = ["a", "an"]

    /// Multiplier words that are also adjectives before a noun: "double standards", "triple
    /// digits", "double platinum" name a kind; "double the amount" multiplies.
    public static let multiplierAdjectives: Set<String> = ["double", "triple", "quadruple"]

    /// Words after which a multiplier is a verb, not an adjective (with the modals): "to double",
    /// "more than double", "councils that double", "they triple", "did double".
    public static let verbOpeners: Set<String> = [
        "to", "than", "who", "which", "that", "they", "we", "you", "i", "did", "does", "do",
    ]

    /// "every", "each" before an interval: "roughly every 3.4 months" bounds the interval.
    public static let distributiveDeterminers: Set<String> = ["every", "each"]

    /// Fractions written as one character after a whole number: "18½ minutes", "2¼ miles".
    public static let vulgarFractions: [String: Double] = [
        "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3.0, "⅔": 2.0 / 3.0, "⅛": 0.125,
    ]

    /// Prepositions that open a stretch of time before a count and a noun of time: "written
    /// *over* 50 years", "filed *for* 3 months". After a verb that needs an object they tell the
    /// object is missing (the attribution parser's relative clause test), unlike "over 50 letters".
    public static let timeSpanPrepositions: Set<String> = ["over", "for"]

    /// Nouns that number the things they name: a number right after one is a label, no amount
    /// ("Week 5", "Table 2", "round two", "stage 3", "gate 12"; `NonFigure.label`). "type" is not
    /// here: "type 2" stays a number the scorer reads (`NonFigure.kindByNumber` drops it from the
    /// figures a claim reports only).
    public static let labelNouns: Set<String> = [
        "week", "weeks", "day", "days", "month", "round", "game", "games", "stage", "chapter", "section", "page",
        "pages", "episode", "season", "act", "level", "grade", "room", "gate", "route", "highway", "interstate",
        "flight", "number", "article", "amendment", "figure", "fig", "table", "model", "version", "channel",
        "platform", "terminal", "exit", "district", "ward", "floor", "question", "proposition", "prop", "item",
        "appendix", "paragraph", "title", "class", "category", "division", "phase", "group", "groups", "arm",
        "cohort", "experiment", "wave", "part", "step", "lane", "row", "seat", "tier", "hole", "lap", "gen",
    ]

    /// The periods among ``labelNouns``: a number after one names a day or week only as schedules
    /// write it, capitalised ("in Week 5"); in small letters "on day 180" of a study is a time,
    /// unless two numbers after a plural name a run of them (`NonFigure.pluralPeriodLabels`).
    public static let timeLabelNouns: Set<String> = ["week", "weeks", "day", "days", "month"]
}
