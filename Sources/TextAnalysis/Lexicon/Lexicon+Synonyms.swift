extension Lexicon {
    /// Groups of words or phrases that mean (nearly) the same thing in the claims this tool sees:
    /// an article says "people", the study says "population".
    ///
    /// Kept deliberately modest: every group is a place where two texts can agree while sharing no
    /// word, and also a way for two unrelated texts to look alike.
    public static let synonymGroups: [[String]] = [
        ["people", "population", "persons", "adults", "individuals", "americans"],
        ["pain", "ache", "aches"],
        ["reduce", "lower", "decrease", "cut", "diminish"],
        ["increase", "raise", "boost", "elevate"],
        ["improve", "enhance"],
        ["blood flow", "circulation"],
        ["heart disease", "cardiovascular disease"],
        ["death", "mortality"],
        ["risk", "likelihood", "odds"],
        ["children", "kids"],
        ["doctor", "physician"],
        ["experience", "suffer", "develop"],
    ]

    /// Looser pairs that health news and the studies it reports use for one subject: the article
    /// says "eating" and "heart", the paper "consumption" and "cardiovascular". The scorer's rules
    /// accept them as the same subject at synonym credit; the trained verifier's features do not
    /// read them (its weights were learned without them).
    public static let paraphraseGroups: [[String]] = [
        ["eat", "eating", "consume", "consumption", "intake"],
        ["drink", "drinking", "consume", "consumption", "intake"],
        ["heart", "cardiovascular", "cardiac", "cardiometabolic", "coronary"],
        ["disease", "diseases", "disorder", "disorders", "illness"],
        ["risk", "incidence", "rates"],
    ]
}
