import FactCheckModel

/// What the claim gate was trained on top of, hashed: the trainer writes it into the gate's weights
/// file (its `fingerprint` line) and a test holds the committed file to the code's.
///
/// The gate learns from the sentences the first stage accepts and from what
/// ``ArticleClaimFeatures`` make of them, so it goes stale when either changes under the same
/// feature names: a retrained check-worthiness table (new scores, another threshold) or a change
/// to the gate's own features (a Lexicon list, ``ClaimNoise/isFiniteVerb(_:)``). The hash covers
/// the check-worthiness table's data lines (threshold, fingerprint and weights; not its `#` lines,
/// whose date changes on every run) and the gate features of probe sentences of our own at fixed
/// places. A change to the rest of the claim decision (which parts the first stage passes on)
/// still goes unseen: retrain the gate after any change to the claim rules (Extractor README).
extension ArticleClaimGate {
    /// Sentences written for this purpose, with a place each: narration in "we", a verdict in "I",
    /// advice to "you", a plan in "will", a quotation, a question, an exclamation, a name-heavy
    /// report, a short list item, a table cell, a pull quote and a long causal claim.
    public static let fingerprintProbes: [(text: String, role: BlockRole, position: Double)] = [
        ("We moved the office to Porto in 2018 and hired 30 people there.", .paragraph, 0),
        ("I think the second season was far better than the first.", .paragraph, 0.2),
        ("You should drink water before a long ride.", .listItem, 0.3),
        ("The council will build two new bridges over the river next year.", .paragraph, 0.4),
        ("“The trains ran late every day in May,” said Lena Ortiz of the Rail Users Group.", .quote, 0.5),
        ("Did the new law cut rents at all?", .paragraph, 0.6),
        ("It was an amazing night for the whole team!", .paragraph, 0.7),
        ("Maria Lopez of the Northern Water Board said the reservoir held 40 percent less water.", .paragraph, 0.8),
        ("Free parking", .listItem, 0.9),
        ("12 hours", .tableCell, 0.95),
        ("Regular stretching may reduce stiffness in older runners, according to a study that followed 2,000 people for ten years in three countries and compared them with others who did not stretch at all during the whole of those ten years.", .paragraph, 1),
    ]

    /// The hash of the first stage's table `firstStage` (a check-worthiness weights file's bytes)
    /// and of ``probeFeatures``, in hexadecimal.
    public static func fingerprint(firstStage: [UInt8]) -> String {
        let table = String(decoding: firstStage, as: UTF8.self)
        var read = "first stage:\n"
        for line in table.split(separator: "\n") where !line.hasPrefix("#") { read += line + "\n" }
        read += "gate features:\n"
        for features in probeFeatures {
            read += features.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ") + "\n"
        }
        return String(FNV1a.hash(read), radix: 16)
    }

    /// What ``ArticleClaimFeatures`` make of each of ``fingerprintProbes``. Readings vary with the
    /// probe, so the features read from the first stage are reached too: a score below the
    /// threshold, a figure and a year, a named and a vague source, a speaker, speech.
    static var probeFeatures: [[String: Double]] {
        let figures = [
            Quantity(text: "40 percent", value: 40, unit: "percent", bound: .exact),
            Quantity(text: "2018", value: 2018, unit: "calendar-year", bound: .exact),
        ]
        let attributions = [nil, Attribution(source: "Maria Lopez", vague: false), Attribution(source: "a study", vague: true)]
        return fingerprintProbes.enumerated().map { index, probe in
            let reading = ArticleClaimFeatures.Reading(
                score: [0.6, 0.2, 0.9][index % 3], threshold: 0.35,
                structural: CheckworthinessFeatures(sentence: probe.text, options: .chosen).structural,
                figures: index % 2 == 0 ? [figures[index / 2 % 2]] : [], attribution: attributions[index % 3],
                spoken: index % 5 == 4, quotesSpeech: probe.role == .quote)
            let place = ArticleClaimFeatures.Place(
                position: probe.position, index: index, role: probe.role, blockSentences: 1 + index % 3, linked: index % 4 == 0)
            return ArticleClaimFeatures(text: probe.text, place: place, reading: reading).values
        }
    }

    /// The fingerprint for the check-worthiness table compiled into this build: what a gate trained
    /// now is trained on top of.
    public static var fingerprint: String { fingerprint(firstStage: PackageResources.checkworthiness_weights_tsv) }
}
