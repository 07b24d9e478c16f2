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

extension Lexicon {
    /// Reporting verbs that take a bare clause, with no "that": "the minister said the plan will
    /// fail". After the others a bare noun phrase is their object ("the firm reported a loss", "the
    /// team found a fossil"), and the claim is the whole sentence, subject and figure included.
    public static let clauseTakingReportingVerbs: Set<String> = ["say", "claim", "state", "warn", "note", "conclude", "suggest"]

    /// Reporting verbs that also mean taking a rank or a prize as one's own: "claims the highest
    /// score", "claimed the coldest night of the year". Before "the" and a superlative in "-est"
    /// or after "most"/"least" (``looksSuperlative(_:)``; "top" is not read) with no verb of its
    /// own after them, the object is what was won, no statement ("claimed the best results came
    /// from rest" is a bare clause and a statement).
    public static let rankTakingVerbs: Set<String> = ["claim"]

    /// Words that show a source speaking inside a sentence ("…, the regulator admits", "and says
    /// dust levels doubled"): such a line is the article's, not a site's cookie notice or the
    /// paper's note on its writer. Forms as written, for a whole-word test.
    public static let reportedSpeechWords: Set<String> = [
        "admits", "admitted", "said", "says", "told", "according", "found", "finds", "claims", "claimed", "reported",
        "reports", "conceded", "concedes", "insists", "insisted", "argues", "argued", "warns", "warned",
    ]

    /// Verbs that credit quoted or reported speech to a speaker beside it: "“…,” said Ana Ruiz",
    /// "…, the mayor told reporters". The reporting verbs that name a finding ("found", "showed")
    /// do not introduce speech.
    public static let speechVerbs: [VerbForms] = [
        ("say", "says", "said", "said"), ("add", "adds", "added", "added"), ("tell", "tells", "told", "told"),
        ("write", "writes", "wrote", "written"), ("explain", "explains", "explained", "explained"),
        ("argue", "argues", "argued", "argued"), ("note", "notes", "noted", "noted"), ("warn", "warns", "warned", "warned"),
        ("claim", "claims", "claimed", "claimed"), ("state", "states", "stated", "stated"),
        ("insist", "insists", "insisted", "insisted"), ("announce", "announces", "announced", "announced"),
    ].map { VerbForms(base: $0.0, thirdPerson: $0.1, past: $0.2, participle: $0.3) }

    /// Verbs that report speech as often as they tell a deed ("Cueto responded that …" against
    /// "firefighters responded to a blaze", "she complained of pain", "he acknowledged the crowd"):
    /// they credit a statement only before "that" or a colon, or after the claim ("…, Cueto
    /// responded.").
    public static let speechVerbsBeforeThat: [VerbForms] = [
        ("acknowledge", "acknowledges", "acknowledged", "acknowledged"), ("respond", "responds", "responded", "responded"),
        ("reply", "replies", "replied", "replied"), ("complain", "complains", "complained", "complained"),
        ("concede", "concedes", "conceded", "conceded"), ("stress", "stresses", "stressed", "stressed"),
        ("emphasize", "emphasizes", "emphasized", "emphasized"), ("emphasise", "emphasises", "emphasised", "emphasised"),
        ("testify", "testifies", "testified", "testified"), ("allege", "alleges", "alleged", "alleged"),
        ("assert", "asserts", "asserted", "asserted"), ("admit", "admits", "admitted", "admitted"),
        // "pointed out that" (the particle is read as part of the phrase before "that").
        ("point", "points", "pointed", "pointed"),
    ].map { VerbForms(base: $0.0, thirdPerson: $0.1, past: $0.2, participle: $0.3) }

    /// Nouns that name a speaker by role or body, so that a lowercase subject is still a source a
    /// reader could ask: "prosecutors said", "police reported", "the ministry estimates".
    public static let sourceRoleNouns: Set<String> = [
        "police", "prosecutors", "prosecutor", "officials", "official", "authorities", "investigators", "analysts",
        "analyst", "economists", "economist", "spokesperson", "spokesman", "spokeswoman", "lawyers", "lawyer",
        "attorneys", "attorney", "regulators", "lawmakers", "senator", "senators", "minister", "ministry",
        "government", "court", "judge", "department", "agency", "commission", "company", "firm", "council",
        "mayor", "governor", "president", "chairman", "chief", "director", "executive", "executives", "statement",
        "officers", "officer", "sheriff", "witnesses", "organisers", "organizers", "campaigners", "union",
        "board", "bank", "university", "institute", "office", "service", "spokesmen", "paper", "newspaper",
        "feds", "authority", "detectives", "troopers", "deputies", "prosecution", "defence", "defense", "coroner", "ministers",
        "academic", "academics", "scholar", "scholars", "professor", "chancellor", "chancellors", "vice-chancellor",
        "vice-chancellors", "group", "groups",
    ]

    /// The "-ing" forms of the speech verbs, which hang a second statement on a speaker: "…, Ana
    /// Ruiz said, adding that fares rose", "…, noting that …". "telling" is left out: its object
    /// is the hearer ("telling reporters that").
    public static let speechParticiples: Set<String> = Set((speechVerbs + speechVerbsBeforeThat).map(\.base).filter { $0 != "tell" }.map { base in
        if base.hasSuffix("ie") { return String(base.dropLast(2)) + "ying" }
        if base.hasSuffix("e"), !base.hasSuffix("ee") { return String(base.dropLast()) + "ing" }
        // "admit" → "admitting": a short vowel before a final t doubles it.
        if base.hasSuffix("mit") { return base + "ting" }
        return base + "ing"
    })

    /// The conjunctions that join a second clause to a sentence's main one: "The council closed 12
    /// depots *and* the union called a strike, saying …" may credit either subject with the saying.
    public static let clauseJoiners: Set<String> = ["and", "but"]

    /// The words that draw a consequence in a clause of its own: "…, *so* get moving", "…, *then*
    /// it heals". A short clause opening with one is no item of a list before it.
    public static let consequenceJoiners: Set<String> = ["so", "then", "thus", "hence"]

    /// The conjunctions of a clause that gives a statement's circumstance or cause: "*when*
    /// they're scrubbed, …, the skin suffers" (the statement after it is claimed with it).
    public static let circumstanceWords: Set<String> = ["when", "whenever", "because", "once"]

    /// The conjunctions of a condition: a statement after one states nothing ("*If* the reforms
    /// pass, it will …", "*unless* …").
    public static let conditionWords: Set<String> = ["if", "unless"]

    /// Words by which an article points at its own parts: "as shown in the chart below", "as the
    /// table above shows" credit no source a reader could ask.
    public static let selfReferenceWords: Set<String> = [
        "chart", "charts", "figure", "figures", "fig", "table", "tables", "graph", "graphs", "graphic", "map", "below", "above",
        "infographic", "diagram",
    ]

    /// What joins a reporting verb's participle to its agent in a passive report: "as reported
    /// *by* the Gazette", "as revealed *in* a set of minutes".
    public static let passiveAgentPrepositions: Set<String> = ["in", "by"]
}

extension Lexicon {
    /// Verbs that deny the clause after them, every form: "officials deny that 40 people died",
    /// "the firm disputes that …", "she is refuting that …". The clause is what someone says is
    /// false, so a claim read from it keeps the verb: the statement to check is "Officials deny
    /// that 40 people died", never "40 people died".
    public static let denialVerbForms: Set<String> = [
        "deny", "denies", "denied", "denying", "dispute", "disputes", "disputed", "disputing",
        "reject", "rejects", "rejected", "rejecting", "retract", "retracts", "retracted", "retracting",
        "refute", "refutes", "refuted", "refuting", "contest", "contests", "contested", "contesting",
        "disavow", "disavows", "disavowed", "disavowing", "rebut", "rebuts", "rebutted", "rebutting",
    ]

    /// Verbs of saying whose clause is no statement of fact, every form: directives, requests and
    /// proposals ("the judge ordered that the files be released", "residents petitioned that the
    /// schools stay open", "the minister proposed that taxes rise"), prayers and jokes ("the pastor
    /// prayed that …", "the coach joked that …"). WordNet files them as verbs of communication; the
    /// attribution parser does not read them as lead-ins through WordNet. "recommend" and "insist"
    /// stay lead-ins where the lexicon lists them (``reportingVerbs``, ``speechVerbs``).
    public static let directiveVerbForms: Set<String> = [
        "order", "orders", "ordered", "ordering", "request", "requests", "requested", "requesting",
        "ask", "asks", "asked", "asking", "demand", "demands", "demanded", "demanding",
        "urge", "urges", "urged", "urging", "propose", "proposes", "proposed", "proposing",
        "petition", "petitions", "petitioned", "petitioning", "pray", "prays", "prayed", "praying",
        "require", "requires", "required", "requiring", "stipulate", "stipulates", "stipulated", "stipulating",
        "recommend", "recommends", "recommended", "recommending", "advise", "advises", "advised", "advising",
        "command", "commands", "commanded", "commanding", "instruct", "instructs", "instructed", "instructing",
        "direct", "directs", "directed", "directing", "decree", "decrees", "decreed", "decreeing",
        "plead", "pleads", "pleaded", "pleading", "beg", "begs", "begged", "begging",
        "move", "moves", "moved", "moving", "vote", "votes", "voted", "voting",
        "wish", "wishes", "wished", "wishing", "joke", "jokes", "joked", "joking", "jest", "jests", "jested",
        // "Growing calls that …", "the mayor signed that bill": a call is a demand, a signature a deed.
        "call", "calls", "called", "calling", "sign", "signs", "signed", "signing",
    ]

    /// Verbs WordNet files under communication that tell what a thing implies, not what a speaker
    /// says: "the telescope's size means that it can detect …" credits no source.
    public static let implicationVerbForms: Set<String> = ["mean", "means", "meant", "signify", "signifies", "signified"]
}

extension Lexicon {
    /// Auxiliaries that take a plural subject: a reporting verb's "-s" form right before one is a
    /// plural noun, that auxiliary's subject ("unemployment claims had topped", "the reports were").
    /// Not modals or "do", which follow any subject ("The mayor says do not expect …"), nor the
    /// singular "has"/"is"/"was".
    public static let pluralSubjectAuxiliaries: Set<String> = ["had", "have", "were", "are", "haven't", "hadn't", "weren't", "aren't"]

    /// The verbs (WordNet synset words) a verb of tallying is first of all a kind of
    /// (``WordNet/verbLineage(of:levels:)``): "counted", "documented", "logged", "estimated".
    /// Only such a verb reports a figure as its object ("the team documented 400 falsehoods");
    /// "approved 40 homes", "cited 3 studies", "listed 12 products" are deeds with a number.
    public static let tallyVerbAnchors: Set<String> = ["count", "record", "calculate"]

    /// The verbs (WordNet synset words) a verb of judging is first of all a kind of: "described
    /// the rules as deficient", "criticized the royals for failing", "blamed the airline for
    /// causing", "labelled it as unsafe", "hailed the plan as bold". "listed the flat as available"
    /// and "advertised it as bright" (kinds of naming and announcing) judge nothing.
    public static let judgingVerbAnchors: Set<String> = ["describe", "criticize", "accuse", "judge", "label"]

    /// The auxiliary of the perfect ("has shown", "had written").
    public static let perfectAuxiliaries: Set<String> = ["has", "have", "had"]

    /// The infinitives whose object a finding verb raises ("showed it to be", "found the water to
    /// have").
    public static let raisedInfinitives: Set<String> = ["be", "have"]

    /// Focusing adverbs that may open a source's words, lowercase, without being part of its name
    /// ("even the ministry said"). Capitalised, "Even" may be a name.
    public static let focusingAdverbs: Set<String> = ["even"]
}

extension Lexicon {
    /// Nouns that name a statement, so that a clause opened by "that" after one says what was
    /// stated: "a claim that …", "estimates that …", "a warning that …". General English; only
    /// read after a verb of ``statementOfferingVerbForms``.
    public static let statementNouns: Set<String> = [
        "claim", "claims", "estimate", "estimates", "warning", "warnings", "assertion", "assertions",
        "prediction", "predictions", "allegation", "allegations", "projection", "projections",
    ]

    /// Nouns of a statement passed on, which take their content in "that" as a claim does
    /// ("received reports that the road had reopened", "hit back at stories that …"), read only
    /// after a verb that puts forward, receives or rebuts a statement (the attribution parser's
    /// statement-noun rule). Kept apart from ``statementNouns`` because they name no speaker as a
    /// sentence's subject: "the story continued, “…”" credits no story. A report and a story are
    /// also documents, the object of a relative clause ("the report that auditors wrote"), which
    /// the rule tells apart by its verb.
    public static let passedOnStatementNouns: Set<String> = [
        "report", "reports", "story", "stories", "rumour", "rumours", "rumor", "rumors",
    ]

    /// Verbs of boasting, finite forms: "the ministry *boasted* about getting 40 trucks through".
    /// Before "about" or "of" and a gerund the subject claims a deed of its own, which the sentence
    /// passes on as the subject's claim ("…, and" nothing more: the claim keeps the verb, since a
    /// boast is weaker than a statement). Alone ("boasted about his car") or after a thing that
    /// has a feature ("the hotel boasts of having 300 rooms") they credit no one.
    public static let boastVerbForms: Set<String> = boastVerbBaseForms.union(["boasts", "boasted", "brags", "bragged"])

    /// The base forms of ``boastVerbForms``, which may be an infinitive or an imperative rather
    /// than a finite verb ("plans to boast about …").
    public static let boastVerbBaseForms: Set<String> = ["boast", "brag"]

    /// The prepositions a verb of boasting takes its deed after: "boasted *about* getting …",
    /// "bragged *of* owning …".
    public static let boastPrepositions: Set<String> = ["about", "of"]

    /// Gerunds that after a verb of boasting tell a feature the subject has or is ("boasts of
    /// *having* 300 rooms", "boasts of *being* home to 40 museums"), a deed only before a
    /// participle ("boasted of having won", "boasted about being re-elected").
    public static let featureGerunds: Set<String> = ["having", "being"]

    /// Verbs of receiving a statement, finite forms: "the agency *received* reports that the
    /// road had reopened". The receiver passes on what the noun's "that" clause says, and is the
    /// source an article names for it. Alone ("received a grant", "received reports of delays")
    /// they tell a deed and credit no one.
    public static let statementReceivingVerbForms: Set<String> = ["receive", "receives", "received"]

    /// Verbs that put a statement forward by its noun, finite forms: "the agency *made* a claim
    /// that …", "the ministry *touted* estimates that …", "the regulator *issued* a warning that
    /// …". Their subject is who states what the clause after the noun's "that" says. Alone
    /// ("made a cake", "issued a permit") they tell a deed and credit no one.
    public static let statementOfferingVerbForms: Set<String> = [
        "make", "makes", "made", "tout", "touts", "touted", "issue", "issues", "issued", "repeat", "repeats", "repeated",
        "cite", "cites", "cited", "voice", "voices", "voiced", "offer", "offers", "offered",
    ]
}

extension Lexicon {
    /// Verbs that take a statement as their object, finite forms: one "residents *ignored*",
    /// "the court *rejected*", "nobody *believed*". After "a claim that …" with no object of their
    /// own they show the clause is about the claim (a relative clause), not what it says.
    public static let statementTakingVerbForms: Set<String> = Set([
        "accept", "accepts", "accepted", "check", "checks", "checked",
        "confirm", "confirms", "confirmed", "deny", "denies", "denied", "dismiss", "dismisses", "dismissed",
        "dispute", "disputes", "disputed", "doubt", "doubts", "doubted", "find", "finds", "found",
        "heed", "heeds", "heeded", "ignore", "ignores", "ignored", "pay", "pays", "paid",
        "publish", "publishes", "published", "question", "questions", "questioned", "reject", "rejects", "rejected",
        "verify", "verifies", "verified", "challenge", "challenges", "challenged", "withdraw", "withdraws", "withdrew",
        "retract", "retracts", "retracted", "revise", "revises", "revised", "support", "supports", "supported",
        "trust", "trusts", "trusted", "consider", "considers", "considered", "make", "makes", "made",
        "issue", "issues", "issued", "cite", "cites", "cited", "repeat", "repeats", "repeated",
    ]).union(beliefVerbForms)
}

extension Lexicon {
    /// Verbs of sequence in the third person, whose subject comes before or after an event:
    /// "the ban *comes* after officials said …", "the vote *followed* before …". After a comma
    /// with "after" or "before" (``sequenceConjunctions``) they are a predicate, not a name.
    public static let sequenceVerbForms: Set<String> = ["comes", "came", "follows", "followed", "arrives", "arrived"]
}

extension Lexicon {
    /// Verbs that credit an effect to a cause, every form but the "-ing": "researchers *attribute*
    /// the rise to El Niño", "the firm *ascribed* the loss to weak demand". Their subject judges
    /// the cause, so it is the source of the sentence; in the passive ("the quote was attributed
    /// to Lincoln", "a saying attributed to Lincoln") the subject is what is credited, no source.
    public static let causeCreditingVerbForms: Set<String> = [
        "attribute", "attributes", "attributed", "ascribe", "ascribes", "ascribed",
    ]
}

extension Lexicon {
    /// Verbs of criticising, condemning or welcoming, finite forms, each with the particle a
    /// phrasal one needs: "unions *slammed* the plan saying …", "the firm *hit out* at the ruling
    /// claiming …", "growers *welcomed* the deal saying …". Their object is what is judged, and a
    /// participle of saying after it, with or without a comma, tells what the subject said about it.
    /// Alone ("he slammed the door", "the team hit back in the second half") they credit no one.
    public static let criticismVerbPhrases: [[String]] = [
        ["slammed"], ["slams"], ["criticised"], ["criticized"], ["criticises"], ["criticizes"], ["blasted"], ["blasts"],
        ["condemned"], ["condemns"], ["welcomed"], ["welcomes"], ["hit", "out"], ["hits", "out"], ["hit", "back"],
        ["hits", "back"], ["lashed", "out"], ["lashes", "out"],
    ]

    /// Verbs of saying whose object may be told to do something, every finite form (taken from
    /// ``speechVerbs``): "police *warned* drivers to avoid the bridge", "the mayor *told*
    /// residents to leave". An object and an infinitive after one is a directive, no statement
    /// ("police warned drivers the bridge was shut" still reports one).
    public static let objectDirectiveSpeechVerbForms: Set<String> = Set(speechVerbs.filter { ["warn", "tell"].contains($0.base) }
        .flatMap { [$0.base, $0.thirdPerson, $0.past] })

    /// Verbs of looking ahead, base forms: after "warned/told … to" they pass on a forecast, no
    /// directive ("the bank warned savers to *expect* rates to stay at 5%", "told residents to
    /// *brace* for 50 cm of snow"): the speaker still says what will come.
    public static let anticipationVerbs: Set<String> = ["expect", "brace", "prepare", "anticipate"]

    /// Nouns of written or shown messages that WordNet files first as something else ("tweet": a
    /// sound, "graffiti": an artifact). A participle of saying right after one of these, or after
    /// a noun WordNet files first as communication ("the memo saying …"), tells what the message
    /// says, not what the subject of the sentence said about it.
    public static let messageNouns: Set<String> = ["tweet", "tweets", "graffiti", "post", "posts", "leaflet", "leaflets"]

    /// The forms of "be" that are no finite verb: after an infinitive ("to move or risk *being*
    /// fined", "to *be* safe") they open no clause of their own.
    public static let nonFiniteBeForms: Set<String> = ["be", "been", "being"]

    /// Verbs of belief, finite forms: "researchers *believe* that the test is accurate", "the firm
    /// *believes* its drives will hold 6 TB". Before "that" or a clause with a subject of its own
    /// they credit the subject with the clause; before an object or "in" ("she believes in
    /// ghosts", "nobody believed the story") they credit no one. The one home of these forms: the
    /// statement-taking verbs and the claim gate's verbs of hope are built on it.
    public static let beliefVerbForms: Set<String> = ["believe", "believes", "believed"]

    /// Words that make a subject deny what it holds, or hold it for few: "*hardly* anyone
    /// believed that …", "*few* people believed that …", with ``negationWords`` ("*no* one",
    /// "*not* all"). Such believers say the clause is doubted; they are no source of it.
    public static let fewOrNoneWords: Set<String> = Set(negationWords).union(["few", "hardly", "scarcely", "barely", "nobody", "nothing"])
}

extension Lexicon {
    /// Verbs that carry a speaker's words on, finite forms, read only before a quotation opened
    /// after a comma or a colon: "the company's statement *continued*, “…”". Elsewhere they say
    /// nothing of speech ("sales continued to rise", "the rain continued, heavy and cold").
    public static let quotedContinuationVerbForms: Set<String> = ["continued", "continues"]

}
