extension Lexicon {
    /// The WordNet concepts under which a body's functions and conditions are filed, beside the
    /// parts WordNet files in its `noun.body` lexicographer file ("muscle", "hormone",
    /// "bloodstream", "immune system"): what a body does ("healing", a bodily process;
    /// "circulation", an organic phenomenon), suffers or is ("pain", a symptom; "diabetes", a
    /// physical condition; "anxiety", a psychological state; "obesity", a bodily property; "blood
    /// pressure", a vital sign) and makes ("cortisol", a body substance; "dopamine", a
    /// neurotransmitter). Read by ``WordNet/isBodyTerm(_:senses:)``: a health-effect statement acts
    /// on one of them (`Extractor/HealthStatement`). Not "organic process": economic "growth" is one.
    public static let bodyConcepts: [String] = [
        "bodily process", "organic phenomenon", "physical condition", "symptom", "psychological state",
        "bodily property", "vital sign", "body substance", "neurotransmitter",
    ]
}
