extension Lexicon {
    /// WordNet nouns whose kinds speak from training or office rather than for themselves: a
    /// "cardiologist" is a kind of "professional", a "researcher" of "scientist", a "mayor" of
    /// "official". Read through ``WordNet/isKind(_:of:)`` by the claim gate's speaker role
    /// (`Extractor/SpeakerRole`), so a source's title counts without a list of every title; the
    /// named role nouns of sources are ``sourceRoleNouns``.
    public static let expertiseKinds: [String] = ["professional", "expert", "scientist", "official"]

    /// Abbreviated titles of training that WordNet does not list ("Dr", "Prof"), read as the
    /// role nouns are: a doctor or professor speaks from their training.
    public static let expertTitles: Set<String> = ["dr", "prof"]
}
