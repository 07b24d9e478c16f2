import Foundation
import FactCheckModel
import Testing
@testable import Scorer
import TextAnalysis

/// What a longer reading of a source must never do (issue #17, the review of session 15's trees
/// and whole-source reading): a finding of no difference stays a contradiction of a claim that states
/// a change whatever the source's length, and a sentence that shares no concept with the claim is
/// never quoted and never moves the verdict or the confidence. The shapes are the review's; the
/// sentences are ours, on several topics. Written before any figure (session 16); on session 15's
/// trees with the whole-source reading they failed where the review said, and today's scorer
/// passes them but for one known misreading it shares (``aNullFindingBetweenTheGroupsIsAKnownMisreading``).
@Suite struct VerifierSafetyTests {
    let scorer = ClaimScorer()

    /// A direct claim of a change, the study's finding of no difference in that outcome, and
    /// sentences of the kinds an abstract puts around a finding.
    struct Topic {
        var claim: String
        /// The finding, naming the exposure.
        var null: String
        /// The same finding as an abstract's results often put it, the exposure named only in
        /// the methods sentence ("between the groups"): the shape the trees read as support.
        var nullBetweenGroups: String
        var background: String
        var methods: String
        var limitation: String
    }

    static let topics: [Topic] = [
        Topic(
            claim: "Daily vitamin D tablets reduce hip fractures in older women.",
            null: "Hip fractures did not differ between women given vitamin D tablets and women given placebo tablets.",
            nullBetweenGroups: "The number of hip fractures did not differ between the two groups.",
            background: "Hip fractures are a common cause of lost independence in later life.",
            methods: "We gave 1,200 women over seventy a vitamin D tablet or a placebo tablet each day for three years.",
            limitation: "Adherence was measured by tablet counts, which may overstate it."),
        Topic(
            claim: "Drinking green tea lowers blood pressure in adults.",
            null: "Drinking green tea did not lower blood pressure in the adults we studied.",
            nullBetweenGroups: "Blood pressure readings did not differ between the groups at twelve weeks.",
            background: "High blood pressure is a leading risk for stroke.",
            methods: "Adults were assigned to three cups a day of green tea or hot water for twelve weeks.",
            limitation: "The study was too short to observe strokes."),
        Topic(
            claim: "Mindfulness training improves exam scores in university students.",
            null: "Exam scores did not differ between students given mindfulness training and students on the waiting list.",
            nullBetweenGroups: "Exam scores did not differ between the groups at the end of term.",
            background: "Exam stress is widespread among university students.",
            methods: "Students attended eight weekly sessions of mindfulness training or joined a waiting list.",
            limitation: "Students knew which group they were in."),
        Topic(
            claim: "Omega-3 supplements prevent heart attacks in people with diabetes.",
            null: "Heart attacks did not differ between people with diabetes taking omega-3 supplements and those taking olive oil capsules.",
            nullBetweenGroups: "Rates of heart attacks did not differ between the groups.",
            background: "People with diabetes have a raised rate of heart attacks.",
            methods: "Participants took one omega-3 capsule or one placebo capsule a day for seven years.",
            limitation: "Few participants were under forty."),
    ]

    /// Sentences about something else entirely: funding, registration, copyright, a measure no claim
    /// here names. Each is checked to share no claim concept before it is used.
    static let claimFree = [
        "Funding came from a grant by a national research council.",
        "The protocol was registered on a public registry before enrolment began.",
        "Copyright belongs to the authors; reuse is permitted with attribution.",
        "Sleep duration was logged each night with a wrist-worn monitor.",
        "The authors declare no competing interests.",
    ]

    /// The finding inside sources of 1, 2, 3, 5 and 8 sentences (background, methods, funding,
    /// limitation around it).
    static func sources(around topic: Topic, finding: String) -> [[String]] {
        [
            [finding],
            [topic.methods, finding],
            [topic.background, topic.methods, finding],
            [topic.background, topic.methods, finding, claimFree[0], topic.limitation],
            [topic.background, claimFree[1], topic.methods, claimFree[3], finding, topic.limitation, claimFree[0], claimFree[4]],
        ]
    }

    func expectContradicted(_ topic: Topic, _ passages: [String]) {
        let check = Fixtures.check(topic.claim, kind: .general, against: passages, by: scorer)
        #expect(check.verdict == .contradicted, "\(topic.claim) against \(passages): \(check.verdict) (\(check.reason))")
        #expect(!check.evidence.contains { $0.stance == .supports }, "\(passages.count) sentences: a null finding quoted as support")
    }

    /// A null finding that names the exposure is a contradiction at every length.
    @Test func aNullFindingStaysAContradictionWhateverTheSourcesLength() {
        for topic in Self.topics {
            for passages in Self.sources(around: topic, finding: topic.null) { expectContradicted(topic, passages) }
        }
    }

    /// The same finding "between the groups", the exposure named only in the methods sentence (from
    /// two sentences up). Today's verifier reads it as support at every length, the models before
    /// session 15's trees too; session 16's rule for it (a null finding decides before the models)
    /// cost SciFact 0.020 macro-F1 and was not kept (Scorer README, "Session 16"); session 17's,
    /// without the negation branch, passed this but decided 3 SciFact predictions, all wrong, and
    /// was not kept either ("Session 17"). When this passes, remove the known-issue wrapper.
    @Test func aNullFindingBetweenTheGroupsIsAKnownMisreading() {
        withKnownIssue("the verifier reads a null finding between the groups as support (issue #17)") {
            for topic in Self.topics {
                for passages in Self.sources(around: topic, finding: topic.nullBetweenGroups).dropFirst() {
                    expectContradicted(topic, passages)
                }
            }
        }
    }

    /// Every claim-free sentence shares no stem with the claims below and gets no coverage from
    /// any relation the scorer credits (synonyms, same-way words, paraphrases).
    @Test func theClaimFreeSentencesShareNoClaimConcept() {
        for claim in Self.cases.map(\.claim) + Self.learnedCases.map(\.claim) + Self.topics.map(\.claim) {
            let analyzer = TextAnalyzer()
            let query = ClaimQuery(Fixtures.claim(claim), analyzer: analyzer)
            let index = SentenceIndex(presplit: Self.claimFree, analyzer: analyzer)
            let coverage = TermCoverage(query: query, index: index, thresholds: .product)
            for sentence in index.sentences {
                #expect(!sentence.contentSet.sorted.contains(where: query.stemSet.contains), "\(claim) / \(sentence.text)")
                #expect(coverage.coverage(of: sentence.analysis) == 0, "\(claim) / \(sentence.text)")
            }
        }
    }

    /// Supported, contradicted and overstated cases (by the rules and by the trained verifier), each
    /// a source of one, three or four sentences.
    static let cases: [(claim: String, passages: [String], verdict: Verdict)] = [
        ("More than 80 percent of people will experience back pain at some point in their lives.",
         ["More than 80 percent of people will experience back pain at some point in their lives."], .supported),
        ("More than 80 percent of people will experience back pain at some point in their lives.",
         ["Our clinic treats spine problems.", "Experts estimate that as much as 80 percent of people will experience back pain at some point in their lives.",
          "Most cases ease within weeks."], .overstated),
        ("Coffee drinking increases the risk of insomnia in adults.",
         ["Insomnia affects many adults.", "We surveyed 3,000 adults about their habits.",
          "Coffee drinking did not increase the risk of insomnia in adults.", "Self-reports may be biased."], .contradicted),
        ("Regular walking lowers the risk of depression in older adults.",
         ["Depression is common in later life.", "We followed 2,400 older adults for six years.",
          "Regular walking lowered the risk of depression in older adults by a third.", "Walking was self-reported."], .supported),
    ]

    /// Findings in other words, which the rules leave to the trained verifier: supported by it,
    /// sources of three and four sentences.
    static let learnedCases: [(claim: String, passages: [String])] = [
        ("Afternoon naps improve memory in older adults.",
         ["Memory declines with age.", "Older adults were randomised to a daily afternoon nap or quiet rest.",
          "Those who napped recalled more words on delayed tests than those who rested.", "Effects faded after a month."]),
        ("Yoga reduces back pain in office workers.",
         ["Back pain is common among office workers.", "Office workers took weekly yoga classes or read a leaflet for twelve weeks.",
          "Those in the yoga classes reported less pain at twelve weeks than those given the leaflet."]),
    ]

    /// Appending claim-free sentences (one, two, five) changes neither the verdict nor the quotes,
    /// and never lowers the confidence. (The rules' confidence reads BM25 scores, whose word
    /// weights rise a little as a source grows; the trained verifier's may not move at all.)
    @Test func claimFreeSentencesChangeNothing() {
        for (claim, passages, verdict) in Self.cases {
            let before = Fixtures.check(claim, kind: .general, against: passages, by: scorer)
            #expect(before.verdict == verdict, "\(claim): \(before.verdict) (\(before.reason))")
            expectUnchanged(claim, passages, before)
        }
    }

    @Test func claimFreeSentencesChangeNothingTheVerifierDecided() {
        for (claim, passages) in Self.learnedCases {
            let before = Fixtures.check(claim, kind: .general, against: passages, by: scorer)
            #expect(before.verdict == .supported && before.reason.contains("trained verifier"), "\(claim): \(before.reason)")
            expectUnchanged(claim, passages, before, learned: true)
        }
    }

    /// Verdict and quotes unchanged, no claim-free sentence quoted; the verifier's confidence
    /// unchanged, the rules' not lowered.
    func expectUnchanged(_ claim: String, _ passages: [String], _ before: ClaimCheck, learned: Bool = false) {
        for extra in [1, 2, 5] {
            let after = Fixtures.check(claim, kind: .general, against: passages + Self.claimFree.prefix(extra), by: scorer)
            #expect(after.verdict == before.verdict, "\(claim) +\(extra): \(before.verdict) -> \(after.verdict) (\(after.reason))")
            #expect(after.evidence.map(\.quote) == before.evidence.map(\.quote), "\(claim) +\(extra): quotes changed")
            if learned {
                #expect(after.confidence == before.confidence, "\(claim) +\(extra): \(before.confidence) -> \(after.confidence)")
            } else {
                #expect(after.confidence >= before.confidence, "\(claim) +\(extra): \(before.confidence) -> \(after.confidence)")
            }
            for quote in after.evidence.map(\.quote) { #expect(!Self.claimFree.contains(quote), "quoted: \(quote)") }
        }
    }

    /// The null-finding topics too: claim-free sentences added to their three-sentence source.
    @Test func claimFreeSentencesChangeNothingAroundANullFinding() {
        for topic in Self.topics {
            let passages = [topic.background, topic.methods, topic.null]
            let before = Fixtures.check(topic.claim, kind: .general, against: passages, by: scorer)
            for extra in [1, 2, 5] {
                let after = Fixtures.check(topic.claim, kind: .general, against: passages + Self.claimFree.prefix(extra), by: scorer)
                #expect(after.verdict == before.verdict, "\(topic.claim) +\(extra): \(before.verdict) -> \(after.verdict)")
                #expect(after.evidence.map(\.quote) == before.evidence.map(\.quote), "\(topic.claim) +\(extra): quotes changed")
                #expect(after.confidence >= before.confidence, "\(topic.claim) +\(extra): \(before.confidence) -> \(after.confidence)")
            }
        }
    }

    // MARK: The weights file is exact

    /// The committed file, loaded and written again, is the same bytes: what the product loads is
    /// what `train-scorer` wrote, number for number.
    @Test func theCommittedWeightsRoundTripByteForByte() throws {
        struct Provenance: Decodable { var provenance: [String] }
        let bytes = PackageResources.verifier_weights_json
        let provenance = try JSONDecoder().decode(Provenance.self, from: Data(bytes)).provenance
        let weights = try VerifierWeightsFile.parse(bytes)
        let written = VerifierWeightsFile.text(weights, provenance: provenance)
        #expect(Array(written.utf8) == bytes, "the committed weights file is not what writing its own numbers gives")
    }

    /// Numbers with more digits than any fixed count (thirds, sums that are not what they look
    /// like, tiny and huge ones) come back bit for bit, so the probabilities the bench measured with
    /// the trained models in memory are the ones the loaded file gives.
    @Test func writtenNumbersComeBackBitForBit() throws {
        let awkward: [Double] = [1.0 / 3, 0.1 + 0.2, -2.0 / 7, 1e-9 / 3, 12345.678901234, 2.5e-17, -7.0 / 9, 0.7000000000000001]
        var weights = VerifierWeights.trained
        weights.evidenceThreshold = awkward[0]
        weights.evidenceRelative = awkward[1]
        weights.labelBias = Array(awkward.prefix(3))
        weights.sentence.rows[0][1] = awkward[3]
        weights.sentence.means[0] = awkward[4]
        weights.labelStumps = BoostedStumps(initial: [awkward[5], 0, awkward[6]], stumps: [
            .init(classIndex: 2, feature: 1, threshold: awkward[0], below: awkward[2], above: awkward[7]),
        ])
        let back = try VerifierWeightsFile.parse(Array(VerifierWeightsFile.text(weights, provenance: ["test"]).utf8))
        let same = back == weights
        #expect(same, "the weights read back differ from those written")
        let features = (0..<AbstractVerifier.sentenceFeatureNames.count).map { Double($0) / 3 }
        #expect(back.sentence.probability(features).bitPattern == weights.sentence.probability(features).bitPattern)
        let pair = (0..<AbstractVerifier.pairFeatureNames.count).map { Double($0) / 7 }
        #expect(back.labelProbabilities(pair).map(\.bitPattern) == weights.labelProbabilities(pair).map(\.bitPattern))
        let stump = try #require(back.labelStumps?.stumps.first)
        for value in [stump.threshold, stump.below, stump.above] {
            #expect(awkward.contains { $0.bitPattern == value.bitPattern }, "\(value)")
        }
    }
}
