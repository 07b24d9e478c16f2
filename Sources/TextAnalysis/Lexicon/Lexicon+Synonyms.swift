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
}
