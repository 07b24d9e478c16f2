extension Lexicon {
    /// A verb's forms: base, third person singular, past, past participle.
    public struct VerbForms: Sendable {
        public let base: String
        public let thirdPerson: String
        public let past: String
        public let participle: String

        /// The forms a subject can take directly: "the study finds", "the study found".
        public var finite: [String] { [thirdPerson, past] }
        public var all: [String] { [base, thirdPerson, past, participle] }
    }

    /// Verbs that credit a statement to someone ("the study found", "as the Ministry reports").
    /// The first nine also close a trailing attribution ("…, as the North Lab reports").
    public static let reportingVerbs: [VerbForms] = [
        ("report", "reports", "reported", "reported"), ("find", "finds", "found", "found"),
        ("say", "says", "said", "said"), ("note", "notes", "noted", "noted"), ("show", "shows", "showed", "shown"),
        ("suggest", "suggests", "suggested", "suggested"), ("conclude", "concludes", "concluded", "concluded"),
        ("confirm", "confirms", "confirmed", "confirmed"), ("estimate", "estimates", "estimated", "estimated"),
        ("state", "states", "stated", "stated"), ("claim", "claims", "claimed", "claimed"),
        ("warn", "warns", "warned", "warned"), ("recommend", "recommends", "recommended", "recommended"),
        ("observe", "observes", "observed", "observed"), ("discover", "discovers", "discovered", "discovered"),
        ("reveal", "reveals", "revealed", "revealed"), ("demonstrate", "demonstrates", "demonstrated", "demonstrated"),
        ("determine", "determines", "determined", "determined"), ("publish", "publishes", "published", "published"),
    ].map { VerbForms(base: $0.0, thirdPerson: $0.1, past: $0.2, participle: $0.3) }

    /// The verbs that also close a trailing attribution: the first nine of ``reportingVerbs``.
    public static var trailingReportingVerbs: ArraySlice<VerbForms> { reportingVerbs.prefix(9) }

    /// Verbs that credit a finding to its authors rather than qualify it ("the study concludes
    /// that", "results suggest that", "a study found"), every form: the reporting verbs that name a
    /// finding, and "indicate" and "suggesting", which the attribution parser does not read (adding
    /// them to ``reportingVerbs`` would change whom claims are credited to). In conclusion sentences they come as often before a
    /// cause as before an association, so claim strength and the hedge rule read them as no hedge.
    public static let findingCreditForms: [String] = reportingVerbs
        .filter { ["report", "find", "show", "suggest", "conclude", "confirm", "reveal", "demonstrate"].contains($0.base) }
        .flatMap(\.all)
        + VerbForms(base: "indicate", thirdPerson: "indicates", past: "indicated", participle: "indicated").all
        + ["suggesting"]
}
