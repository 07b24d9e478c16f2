import FactCheckModel

/// What the check-worthiness features make of a few sentences of our own, hashed: the trainer
/// writes it into the weights file (its `fingerprint` line) and a test holds the committed file to
/// the code's, as ``StrengthFeatures``' fingerprint does for claim strength.
///
/// The feature names stay the same when the Lexicon, the attribution parser or the quantity
/// parser change what they make of a sentence, so a weights file can go stale without anything
/// failing: session 13 found this table no longer what its trainer writes. The hash covers every
/// probe's features under ``CheckworthinessFeatures/Options/chosen`` (names and values), the
/// option set's name, and ``CheckworthinessModel/articlePriors`` (the trainer adds them to the
/// cross-validated scores, so they move the threshold). A change the probes do not reach still
/// goes unseen.
extension CheckworthinessFeatures {
    /// Sentences written for this purpose that reach every structural feature: figures and years,
    /// causal and reporting verbs, named and vague sources, comparisons, hedges, advice, questions,
    /// opinion, an author's bio, rhetoric, evaluation, the second person, a short fragment, a cued
    /// finding, a dated change, an evaluative predicate and a research claim; and shapes where the
    /// attribution parser's reading of a source is easily changed (it feeds `namedSource`,
    /// `vagueSource` and `cuedClaim`).
    public static let fingerprintProbes: [String] = [
        "Unemployment fell to 4.1 percent in March, according to the Labor Department.",
        "In 2019 the city council voted to close two of its five libraries.",
        "Regular stretching reduces stiffness and leads to fewer injuries in older runners.",
        "Studies have shown that people who sleep less are more likely to gain weight than others.",
        "The new rail line may cut commuting times by a third, the ministry said on Tuesday.",
        "If you feel dizzy after a run, you might want to drink more water.",
        "Make sure your helmet fits before every ride.",
        "Why would anyone pay twice for the same ticket?",
        "I think the mayor's plan is a terrible idea.",
        "Jane Doe is a freelance writer living in Leeds.",
        "As you can see, the numbers speak for themselves.",
        "It was an amazing night for the whole team.",
        "Thank you all.",
        "According to a paper published on Monday, the team discovered that the enzyme blocks the virus.",
        "The programme halved waiting times in the clinic by 2012.",
        "Warm baths are a great balm for sore muscles.",
        "Cortisol is the hormone that raises blood pressure during stress.",
        // Sources the attribution parser credits or not (session 15: session 14's parser changes
        // took the named source from 15 CT24 training sentences of these shapes, and moved the
        // trainer's grid, while the probes above hashed the same): "let's say" names nobody, a
        // subordinate clause's subject is no source, nor is a report in a relative clause, and
        // "'s" before a present-tense verb is no possessive.
        "Let's say the council spends the money on roads instead.",
        "If Mayor Okafor alleges that the depot was sold cheaply, she is wrong.",
        "The audit office put out a report that said the bridge is safe but not yet finished.",
        "The mayor's says she has a three-point plan for the depot.",
    ]

    /// Structural features no probe has: a change to them would go unseen by the fingerprint (the
    /// trainer prints them; a test wants none).
    public static var unreachedByProbes: [StructuralFeature] {
        var reached = Set<StructuralFeature>()
        for probe in fingerprintProbes { reached.formUnion(CheckworthinessFeatures(sentence: probe, options: .chosen).structural.keys) }
        return StructuralFeature.allCases.filter { !reached.contains($0) }
    }

    /// The hash of what the features make of ``fingerprintProbes``, with the chosen option set's
    /// name and the article priors, in hexadecimal.
    public static var fingerprint: String {
        var read = "options: \(Options.chosen)\n"
        read += "priors: " + CheckworthinessModel.articlePriors.map { "\($0.key.rawValue)=\($0.value)" }.sorted().joined(separator: " ") + "\n"
        for probe in fingerprintProbes {
            let features = CheckworthinessFeatures(sentence: probe, options: .chosen)
            read += features.values.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")
            read += " | " + features.structural.map { "\($0.key.rawValue)=\($0.value)" }.sorted().joined(separator: " ") + "\n"
        }
        return String(FNV1a.hash(read), radix: 16)
    }
}
