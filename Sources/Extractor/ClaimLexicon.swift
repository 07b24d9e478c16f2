import TextAnalysis

/// Word lists the claim detector reads sentences with. Lowercase; phrases are matched on word
/// boundaries.
enum ClaimLexicon {
    /// Prefixes of ``Lexicon/causalVerbs`` that their inflections start with: a final "e" is dropped,
    /// so "reduc" matches "reduces", "reduced" and "reducing". "cure" keeps its "e": "cur" also
    /// starts "current" and "curve".
    static let causalStems: [String] = Lexicon.causalVerbs.map { verb in
        verb.hasSuffix("e") && verb != "cure" ? String(verb.dropLast()) : verb
    }

    static func containsCausalVerb(_ words: [String]) -> Bool {
        words.contains { word in
            guard !causalFalseFriends.contains(word) else { return false }
            // A stem matches a word that starts with it and is at most four letters longer.
            let count = word.count
            return causalStemLengths.contains { length in
                count >= length && count <= length + 4 && causalStemSet.contains(String(word.prefix(length)))
            }
        }
    }

    static let causalStemSet = Set(causalStems)
    static let causalStemLengths = Set(causalStems.map(\.count)).sorted()

    /// Words that share a causal stem but assert nothing ("ease" the noun is rare; "easy" is not).
    static let causalFalseFriends: Set<String> = [
        "easy", "easier", "easily", "east", "eastern", "leading", "leader", "leaders", "results",
        "treaty", "blocks", "cause", "speeds", "slowly", "linking",
    ]

    static let comparatives = PhraseSet([
        "more likely", "less likely", "more than", "less than", "higher than", "lower than", "compared with",
        "compared to", "than those", "than people", "times more", "times less", "twice as", "better than",
        "worse than", "greater risk", "higher risk", "lower risk", "most common", "leading cause",
    ])

    /// Medicine, physiology and research vocabulary: claims about bodies and studies are what
    /// factcheck's users check.
    static let domainTerms: Set<String> = [
        "blood", "circulation", "heart", "brain", "muscle", "muscles", "tendons", "ligaments", "joint", "joints",
        "bone", "bones", "immune", "inflammation", "hormone", "hormones", "cortisol", "dopamine", "serotonin",
        "oxytocin", "insulin", "cholesterol", "glucose", "sugar", "pressure", "cancer", "diabetes", "obesity", "disease",
        "diseases", "infection", "virus", "vaccine", "vaccines", "symptoms", "pain", "injury", "injuries",
        "depression", "anxiety", "stress", "sleep", "risk", "mortality", "death", "deaths", "patients",
        "population", "adults", "children", "study", "studies", "trial", "trials", "placebo", "dose", "doses",
        "bloodstream", "cells", "cell", "tissue", "metabolism", "calories", "protein", "vitamin", "vitamins",
        "dementia", "stroke", "arthritis", "flexibility", "soreness", "spasm", "spasms", "healing", "recovery",
        "chemicals", "neurotransmitters", "endorphins", "therapy", "treatment", "medication", "drug", "drugs",
        "emissions", "temperature", "climate", "unemployment", "inflation", "income", "crime", "percent",
    ]

    /// Words that say a treatment works or harms: a claim about efficacy with no causal verb.
    static let efficacyWords: Set<String> = Lexicon.efficacyWords

    /// "Cortisol is the stress hormone", "Inflammation is a response of…": a sentence that opens
    /// with a research term and says what it is.
    static func isHealthDefinition(_ words: [String]) -> Bool {
        guard words.count >= 4, domainTerms.contains(words[0]) else { return false }
        return ["is", "are"].contains(words[1])
    }

    /// Verbs whose words the check-worthiness model reads only through its structural features
    /// (``CheckworthinessFeatures/Options/verbWords``): causal verbs and reporting verbs.
    static func isVerbOfClaim(_ word: String) -> Bool {
        containsCausalVerb([word]) || reportingVerbForms.contains(word) || hedgeWordSet.contains(word)
    }

    static let hedgeWordSet = Set(Lexicon.hedgeWords)

    /// A copula, at most one adverb, an article, at most one word, then an evaluative word: "is
    /// also a great balm", "they're a legitimate way", "was a wonderful day". Superlatives are
    /// left out: "is the best treatment for" is a comparison that can be checked.
    static func isEvaluativePredicate(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where copulas.contains(word) {
            var cursor = index + 1
            if cursor < words.count, predicateAdverbs.contains(words[cursor]) { cursor += 1 }
            guard cursor < words.count, Lexicon.indefiniteArticles.contains(words[cursor]) else { continue }
            let candidates = words[(cursor + 1)..<min(words.count, cursor + 3)]
            if candidates.contains(where: { evaluative.contains($0) && !["best", "worst"].contains($0) }) { return true }
        }
        return false
    }

    static let copulas: Set<String> = ["is", "are", "was", "were", "it's", "they're", "that's", "he's", "she's"]
    static let predicateAdverbs: Set<String> = ["also", "just", "really", "truly", "such", "still", "simply", "quite", "indeed"]

    static let reportingVerbForms: Set<String> = Set(Lexicon.reportingVerbs.flatMap(\.all))

    /// The reporting verbs that credit something found: "found", "discovered", "showed", "estimated".
    static let findingVerbForms: Set<String> = Set(
        Lexicon.reportingVerbs
            .filter { ["find", "show", "discover", "reveal", "demonstrate", "estimate", "report", "confirm", "conclude", "observe"].contains($0.base) }
            .flatMap(\.all))

    static let accordingTo = PhraseSet(["according to"])

    /// Words of going up or down, from the lexicon, plus the forms a dated change takes in news
    /// ("rose", "fell", "grew", "halved").
    static let changeWords: Set<String> = Set(Lexicon.increaseWords + Lexicon.decreaseWords + [
        "grew", "grown", "rises", "risen", "falls", "fallen", "doubled", "tripled", "halved", "declined", "increased",
        "decreased", "reduced", "dropped", "climbed", "jumped", "soared", "plunged", "slumped",
    ])

    static let conditionalYou = PhraseSet(["if you"])

    static let advice = PhraseSet([
        "you might want to", "you may want to", "you should", "you need to", "you must", "make sure",
        "be sure to", "don't forget", "try to", "consider", "we recommend", "i recommend", "you can try", "why not",
        "give it a try",
    ])

    /// Advice that names no one: advice when it opens the sentence ("It's good to stretch first"),
    /// a conclusion after a statement ("Cortisol is the stress hormone, so it's good to get rid of
    /// it"), where the sentence is a claim with the advice drawn from it.
    static let impersonalAdvice = PhraseSet([
        "it's good to", "it is good to", "it's a good idea", "it is a good idea",
    ])


    static let opinion = PhraseSet([
        "i think", "i believe", "i feel", "in my opinion", "we think", "we believe", "i love", "i hate",
        "my favorite", "my favourite", "in my view", "personally",
    ])

    static let rhetoric = PhraseSet([
        "as you can see", "here are", "here is", "last but not least", "last but certainly not least",
        "in conclusion", "to sum up", "all in all", "the bottom line", "in short", "so what", "of course",
    ])

    static let evaluative: Set<String> = [
        "great", "legitimate", "amazing", "wonderful", "awesome", "best", "worst", "terrible", "fantastic",
        "incredible", "lovely", "beautiful", "indulgence", "unlucky", "lucky", "miracles",
    ]

    /// Words that rank (``ClaimNoise/ranksAMerit(_:)``): "the biggest benefit", "the main challenge".
    static let rankingAdjectives = Set(Lexicon.rankingAdjectives)
    static let meritNouns = Set(Lexicon.meritNouns)

    /// A statement of an effect or a change ("prevents encephalitis", "cut deaths"): what makes an
    /// exclamation or a ranked merit's "is that" clause checkable.
    static func statesAnEffect(_ words: some Collection<String>) -> Bool {
        containsCausalVerb(Array(words)) || words.contains(where: changeWords.contains)
    }

    /// Months and weekdays, full and short, for datelines (``ClaimNoise``).
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// The other words of a dateline: "Posted: Thursday, April 21, 2022 at 9:52 PM".
    static let datelineWords: Set<String> = [
        "posted", "published", "updated", "last", "modified", "on", "at", "am", "pm", "gmt", "utc", "est", "edt",
        "cst", "pst", "bst", "cet", "by",
    ]

    /// Who has feelings in a quote: "I", "we", "he", "she", "they", "it" (of a situation: "it's
    /// tragic"), and the objects "me" and "us" ("he has me thinking").
    static let feelingSubjects: Set<String> = ["i", "we", "he", "she", "they", "it", "me", "us", "that"]

    /// Words between a subject and its feeling: "was", "'m", "so", "really", "feel".
    static let feelingLinks: Set<String> = [
        "am", "is", "are", "was", "were", "m", "re", "s", "be", "been", "so", "very", "really", "just", "truly",
        "feel", "felt", "feels", "has", "have", "had", "would", "still", "also", "all", "fully", "quite", "too",
    ]

    /// Feelings and reactions, which a reader can share but not check.
    static let feelingWords: Set<String> = [
        "thinking", "excited", "exciting", "proud", "happy", "sad", "appalled", "shocked", "thrilled", "grateful",
        "honoured", "honored", "humbled", "delighted", "disappointed", "devastated", "heartbroken", "worried",
        "scared", "afraid", "hopeful", "love", "loved", "surprised", "mobilized", "mobilised", "tragic", "ironic",
        "heartbreaking", "thankful", "blessed", "feel", "feels", "felt", "overwhelmed", "upset", "angry", "frustrated", "relieved",
        "incensed", "nervous", "glad", "sorry",
    ]

    /// Verbs of belief, hope and wish: what follows them is the speaker's view ("she believes the
    /// stakes are higher", "he hopes that people will come"), no statement of fact.
    static let viewVerbs: Set<String> = Set([
        "hope", "hopes", "hoped", "think", "thinks", "thought", "fear", "fears",
        "feared", "worry", "worries", "worried", "want", "wants", "wanted", "wish", "wishes", "wished", "doubt",
        "doubts", "doubted",
    ]).union(Lexicon.beliefVerbForms)

    /// Who holds a view: the speaker, as a pronoun.
    static let viewHolders: Set<String> = ["i", "we", "he", "she", "they"]

    /// What may stand between a holder and the verb of a view: "she still hopes", "he does not think".
    static let viewAdverbs: Set<String> = ["also", "still", "really", "do", "does", "did", "not", "don", "t", "just", "truly", "always"]

    /// Verbs of appeal, and the word after them where one is needed: "urged residents to stay
    /// in", "asked that the county provide", "calls on the regulator to", "appealed for calm": a
    /// request, no statement. "Appealed" asks only with "for": "appealed to the Supreme Court" is a
    /// legal step, which a court's records confirm.
    static let appealVerbs: [String: String?] = [
        "urge": nil, "urges": nil, "urged": nil, "asked": "that", "asks": "that", "called": "on", "calls": "on",
        "appealed": "for", "appeals": "for", "implored": nil,
    ]

    /// Words that say something is not known, and (only negated) known: ``Lexicon/unknownWords``,
    /// ``Lexicon/knownWords``.
    static let openQuestionWords: Set<String> = Set(Lexicon.unknownWords + Lexicon.knownWords)
    static let knownWords: Set<String> = Set(Lexicon.knownWords)

    /// What may stand between "It" and the word of not knowing: a form of "be" or "remain", "not"
    /// (also cut from "isn't": "isn", "t") and the adverbs news sets there ("still", "yet",
    /// "immediately", "entirely"). Only these: a noun in between ("It is a question whether …")
    /// names something, and the sentence may say what it is.
    static let openQuestionLinks: Set<String> = [
        "is", "was", "remains", "remained", "s", "not", "still", "yet", "immediately", "entirely", "isn", "wasn", "t",
    ]

    /// What opens the question left open: ``Lexicon/questionOpeners`` ("whether", "if" and the
    /// wh-words). A sentence that says one is unanswered asks it.
    static let questionWords: Set<String> = Set(Lexicon.questionOpeners)

    /// Of the question openers, the two that leave what follows open ("whether the driver held a
    /// licence"); a wh-word takes it as given ("why the disease kills 10% of children" says it does).
    static let openingWithoutFact: Set<String> = ["whether", "if"]

    /// Words that open a second clause stating something of its own after a request or an open
    /// question: "…, which killed 12 people", "…, although it cut deaths by 30%", "…, but police
    /// said", "urged caution after the virus was found". Not "and"/"or" (they join the objects of
    /// one request: "urged calm and patience") nor "while"/"when"/"as"/"since" (they time the
    /// request, "urged patience while the inquiry runs", or give the speaker's own excuse: "urged
    /// calm, saying he could not comment since it was an active case").
    static let statementClauseOpeners: Set<String> = ["which", "although", "though", "but", "because", "after", "yet"]

    /// A form of "be": before a verb it makes a passive ("was appealed to the court"), which reports
    /// what was done, no request.
    static let beForms: Set<String> = copulas.union(["be", "been", "being"])

    /// Verbs of a state, not of a moment a photo catches: "Los Angeles County remains in the purple
    /// tier on Jan. 5" states a fact, "Ana Ruiz speaks during a hearing on March 3" captions a
    /// photo.
    static let stateVerbs: Set<String> = ["remains", "stays", "becomes", "seems", "appears", "continues"]

    /// Where someone is seen in a photo: ``Lexicon/scenePrepositions``.
    static let captionPlaces: Set<String> = Set(Lexicon.scenePrepositions)

    /// Praise that turns a noun into a figure of speech: "a great balm", "a wonderful gift".
    static let effusiveAdjectives: Set<String> = [
        "great", "wonderful", "amazing", "fantastic", "terrific", "perfect", "excellent", "marvellous",
        "marvelous", "magical",
    ]

    /// The first person, one and many (``Lexicon/firstPersonSingular``, ``Lexicon/firstPersonPlural``).
    static let firstPersonSingular = Set(Lexicon.firstPersonSingular)
    static let firstPersonPlural = Set(Lexicon.firstPersonPlural)
    /// Hedging modals and "would" (``Lexicon/modalWords``); modals of the future and of obligation.
    static let modals = Set(Lexicon.modalWords)
    static let futureAndObligation = Set(Lexicon.futureAndObligationModals)
    /// The reader addressed as "you" (``Lexicon/secondPerson``).
    static let secondPerson: Set<String> = Set(Lexicon.secondPerson)

    /// "Rachelle Wilber is a freelance writer living in San Diego."
    static func isAuthorBio(_ words: [String]) -> Bool {
        let framed = zip(words, words.dropFirst()).contains { $0 == "is" && ($1 == "a" || $1 == "an" || $1 == "the") }
        return framed && words.contains { authorRoles.contains($0) }
    }

    static let authorRoles: Set<String> = [
        "writer", "author", "journalist", "editor", "blogger", "reporter", "contributor", "columnist",
    ]
}

/// Phrases split into words once, grouped by first word, for matching against a sentence's words.
struct PhraseSet: Sendable {
    private let byFirstWord: [String: [[String]]]

    init(_ phrases: [String]) {
        byFirstWord = Dictionary(grouping: phrases.map { $0.split(separator: " ").map(String.init) }, by: { $0[0] })
    }

    /// Whether any phrase occurs in `words` as consecutive words.
    func containedIn(_ words: [String]) -> Bool {
        for start in words.indices {
            for phrase in byFirstWord[words[start]] ?? [] where start + phrase.count <= words.count {
                if phrase.indices.allSatisfy({ words[start + $0] == phrase[$0] }) { return true }
            }
        }
        return false
    }

    /// Whether `words` begins with any phrase.
    func starts(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        return (byFirstWord[first] ?? []).contains { $0.count <= words.count && Array(words.prefix($0.count)) == $0 }
    }
}
