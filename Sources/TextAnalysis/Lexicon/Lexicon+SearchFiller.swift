extension Lexicon {
    /// Words an article uses to sell or pad a claim ("one of the biggest advantages", "all kinds of",
    /// "thankfully") that no abstract repeats: a literature search that ANDs them finds nothing.
    /// The query builder (`ScholarlySources/SearchQuery`) drops them with the search noise.
    public static let searchFillerWords: [String] = [
        "thankfully", "fortunately", "unfortunately", "luckily", "surprisingly", "interestingly", "actually",
        "really", "simply", "certainly", "definitely", "truly", "literally", "downright", "even", "still",
        "biggest", "greatest", "nicest", "best", "worst", "perk", "perks", "great", "good", "bad", "little", "big", "huge", "legitimate",
        "advantage", "advantages", "benefit", "benefits", "kind", "kinds", "sort", "sorts", "thing", "things",
        "stuff", "lot", "lots", "amount", "amounts", "number", "fact", "known", "little-known", "way", "ways",
        "able", "help", "helps", "helping", "enjoy", "feel", "feeling", "get", "getting", "make", "makes",
        "reason", "reasons", "area", "part", "point", "whole", "general", "specific", "various", "certain",
        "including", "called", "seen", "shown", "show", "shows", "found", "find", "finds", "say", "says",
    ]

    /// Nouns nearly every biomedical abstract uses ("patients", "cells", "levels", "risk"): a query
    /// keeps them, but relaxes them first, because they narrow a search least.
    public static let genericResearchNouns: [String] = [
        "patient", "patients", "cell", "cells", "level", "levels", "risk", "risks", "treatment", "treatments",
        "therapy", "disease", "diseases", "effect", "effects", "human", "humans", "mice", "mouse", "protein",
        "proteins", "gene", "genes", "expression", "function", "activity", "response", "rate", "rates",
        "factor", "factors", "role", "type", "types", "group", "groups", "outcome", "outcomes", "body",
        "health", "use", "children", "adults", "women", "men", "individuals", "population", "process",
        "system", "model", "models", "associated", "increase", "decrease", "change", "changes",
    ]
}
