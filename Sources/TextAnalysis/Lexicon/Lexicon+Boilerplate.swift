extension Lexicon {
    /// Words an abstract's boilerplate writes and no topic does: publishers and copyright lines,
    /// trial registries, units, HTML entities left by a double encoding ("&amp;nbsp;"). WordNet does
    /// not know most of them, so a rarity score ranks them first; the literature search's feedback
    /// words (`ScholarlySources/SearchFeedback`) never take them.
    public static let abstractBoilerplateWords: [String] = [
        // Publishers, licences, copyright.
        "elsevier", "springer", "wiley", "blackwell", "karger", "thieme", "lippincott", "wolters", "kluwer",
        "taylor", "francis", "sage", "oxford", "cambridge", "press", "publisher", "publishers", "published",
        "publishing", "copyright", "rights", "reserved", "licence", "license", "licensee", "licensed", "creative",
        "commons", "ltd", "inc", "gmbh", "bmj", "plos", "biomed", "frontiers", "mdpi", "hindawi", "society", "association",
        "american", "british", "european", "international", "journal", "journals", "editors", "author", "authors",
        // Trial and review registries.
        "clinicaltrials", "clinicaltrial", "gov", "registration", "registered", "registry", "register", "identifier",
        "isrctn", "actrn", "anzctr", "chictr", "drks", "umin", "prospero", "eudract", "ctri", "irct", "nct",
        // Units.
        "mmhg", "mmol", "umol", "µmol", "nmol", "pmol", "mg", "mcg", "µg", "ng", "pg", "kg", "ml", "dl", "mmol/l",
        "kcal", "kj", "bpm", "iu", "ui", "cm", "mm", "µm", "nm", "hz", "khz", "mhz", "kda", "wk", "wks", "hrs", "min", "mins",
        // HTML entities and markup.
        "nbsp", "amp", "quot", "apos", "ndash", "mdash", "hellip", "lsquo", "rsquo", "ldquo", "rdquo", "thinsp",
        "plusmn", "times", "middot", "deg", "micro", "sup", "sub", "italic", "bold",
    ]
}
