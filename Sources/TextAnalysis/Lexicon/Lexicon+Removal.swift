extension Lexicon {
    /// Words that take a thing away when they stand right before its name: "*loss of* the enzyme",
    /// "*lacking* the receptor", "*knockdown of* the gene", "*without* the drug". A finding said of the
    /// thing taken away is the thing's own effect turned round: "loss of the enzyme raised the sugar
    /// level" says the enzyme lowers it. General English of experiments and of deprivation; the
    /// scorer reads them in ``RemovedExposure`` (Scorer).
    public static let removalWordsBefore: [String] = [
        "loss", "lack", "lacking", "lacked", "lacks", "absence", "absent", "without", "deficiency", "deficient",
        "depletion", "deletion", "knockout", "knockdown", "ablation", "silencing", "removal", "withdrawal",
        "deprivation", "disruption",
    ]

    /// The same, standing right after the thing's name: "the enzyme's *deficiency*", "gene
    /// *knockout* mice", "receptor-*deficient* cells", "the drug's *withdrawal*".
    public static let removalWordsAfter: [String] = [
        "loss", "deficiency", "deficient", "depletion", "deletion", "knockout", "knockdown", "ablation",
        "silencing", "removal", "withdrawal", "deprivation", "null",
    ]
}
