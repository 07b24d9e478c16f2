import FactCheckModel
import Testing
import TextAnalysis
@testable import Scorer

/// Issue #17's judgement shapes, each in sentences written for this test: a null finding refutes
/// an effect, a finding about another subject neither refutes nor backs the claim, shared topic
/// words are no support, and a source that says the same finding in other words is judged.
@Suite struct JudgementTests {
    let scorer = ClaimScorer()

    func verdict(_ claimText: String, _ passages: [String], kind: Claim.Kind = .causal) -> ClaimCheck {
        Fixtures.check(claimText, kind: kind, against: passages, by: scorer)
    }

    /// The rules' verdict alone, before the trained verifier may read an `unverified` claim: what
    /// ``SubjectMatch`` and ``RelationStated`` decide. (The verifier, trained on SciFact, may still
    /// read these sources its own way; bounding it by these rules cost 0.05–0.1 tuning macro-F1.)
    func rulesVerdict(_ claimText: String, _ passages: [String]) -> VerdictPolicy.Decision {
        let claim = Fixtures.claim(claimText, kind: .causal)
        let sources = [Fixtures.source("https://example.org/study", passages)]
        let analyzer = TextAnalyzer()
        let query = ClaimQuery(claim, analyzer: analyzer)
        let index = SentenceIndex(sources: sources, analyzer: analyzer)
        let alignments = scorer.align(query, index: index)
        return VerdictPolicy(thresholds: scorer.thresholds).decide(claim: claim, alignments: alignments, sources: sources)
    }

    // MARK: 1. Null findings are refutations

    @Test func noDifferenceBetweenUsersAndOthersContradictsAHarm() {
        let check = verdict(
            "Taking melatonin worsens memory in older adults",
            ["There was no difference in memory scores between older adults taking melatonin and those who were not."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func didNotReduceContradictsAReduction() {
        let check = verdict(
            "Zinc lozenges shorten the common cold",
            ["In this trial, zinc lozenges did not shorten the duration of the common cold."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func failedToContradictsAnImprovement() {
        let check = verdict(
            "Yoga improves balance in stroke survivors",
            ["Twelve weeks of yoga failed to improve balance in stroke survivors."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func notAssociatedContradictsALink() {
        let check = verdict(
            "Night shift work raises the risk of breast cancer",
            ["Night shift work was not associated with the risk of breast cancer among the nurses we followed."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func noSignificantDifferencesContradictASignificantRise() {
        let check = verdict(
            "Vaping led to a significant rise in asthma attacks among teenagers",
            ["We found no significant differences in asthma attacks among teenagers who vaped and those who did not."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    // MARK: 2. Subjects must match before a contradiction

    /// A cohort abstract in which "diet" is everywhere: IDF weighs the exposure's distinctive word
    /// ("vegetarian", absent) above the common one, as in any real abstract.
    static let dietCohort = [
        "We recorded the diet of 20,000 adults for ten years.",
        "Diet was assessed with a food questionnaire every two years.",
        "A high-protein diet is associated with a higher risk of kidney stones.",
    ]

    @Test func oppositeDirectionAboutAnotherExposureIsNoContradiction() {
        let decision = rulesVerdict("A vegetarian diet may lower the risk of kidney stones", Self.dietCohort)
        #expect(decision.verdict == .unverified, "\(decision.reason)")
    }

    @Test func nullFindingAboutAnotherExposureIsNoContradiction() {
        let decision = rulesVerdict(
            "Green tea lowers blood pressure",
            [
                "Tea is the most widely drunk beverage after water.",
                "Participants drank three cups of tea a day for eight weeks.",
                "Black tea did not lower blood pressure in the crossover trial.",
            ])
        #expect(decision.verdict == .unverified, "\(decision.reason)")
    }

    @Test func oppositeDirectionAboutTheSameExposureStillContradicts() {
        let check = verdict(
            "A vegetarian diet may lower the risk of kidney stones",
            ["A vegetarian diet is associated with a higher risk of kidney stones."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func aClaimSplitsIntoExposureRelationOutcomeAndPopulation() {
        let analyzer = TextAnalyzer()
        func sides(_ text: String) -> [String: ClaimQuery.Side] {
            let query = ClaimQuery(Fixtures.claim(text, kind: .causal), analyzer: analyzer)
            return Dictionary(uniqueKeysWithValues: query.terms.map { ($0.stem, $0.side) })
        }
        let trial = sides("Vitamin K supplements reduce hip fractures in older women")
        #expect(trial["supplement"] == .exposure)
        #expect(trial["reduc"] == .relation)
        #expect(trial["fractur"] == .outcome)
        // A population after the outcome is neither side: a trial in other women still speaks to it.
        #expect(trial["women"] == .whole)
        // "led to" splits a claim as a relation word does; "in" before the outcome's first word does not end it.
        let phrase = sides("Vaping led to a rise in asthma attacks among teenagers")
        #expect(phrase["vape"] == .exposure)
        #expect(phrase["asthma"] == .outcome)
        #expect(phrase["teenag"] == .whole)
        // No relation word between two subjects: no sides.
        #expect(sides("Most adults sleep seven hours").values.allSatisfy { $0 == .whole })
    }

    /// End to end, through the trained verifier too: once the rules step aside (unverified), the
    /// verifier reads the same sources, and its features now carry the rules' subject and relation
    /// checks, so a finding about another exposure is not read as a contradiction.
    @Test func anotherExposuresFindingIsNoContradictionEndToEnd() {
        let cohort = verdict("A vegetarian diet may lower the risk of kidney stones", Self.dietCohort)
        #expect(cohort.verdict != .contradicted, "\(cohort.reason)")
        #expect(cohort.verdict != .supported, "\(cohort.reason)")
        let gout = verdict(
            "A Mediterranean diet may lower the risk of gout",
            [
                "We followed the eating habits of 44,000 men for twenty years.",
                "Diet quality was scored from food questionnaires.",
                "A Western diet was associated with a higher risk of gout.",
            ])
        #expect(gout.verdict != .contradicted, "\(gout.reason)")
        #expect(gout.verdict != .supported, "\(gout.reason)")
    }

    @Test func anotherExposuresNullFindingIsNoContradictionEndToEnd() {
        let check = verdict(
            "Green tea lowers blood pressure",
            [
                "Tea is the most widely drunk beverage after water.",
                "Participants drank three cups of tea a day for eight weeks.",
                "Black tea did not lower blood pressure in the crossover trial.",
            ])
        #expect(check.verdict != .contradicted, "\(check.reason)")
        #expect(check.verdict != .supported, "\(check.reason)")
    }

    @Test func aRivalKindOfTheExposureIsNamedButAnInitialIsNot() {
        let analyzer = TextAnalyzer()
        func query(_ text: String) -> ClaimQuery { ClaimQuery(Fixtures.claim(text, kind: .causal), analyzer: analyzer) }
        let tea = query("Green tea lowers blood pressure")
        #expect(RivalSubject.named(claim: tea, sentence: analyzer.analyze("Black tea did not lower blood pressure.")))
        #expect(!RivalSubject.named(claim: tea, sentence: analyzer.analyze("Green tea did not lower blood pressure.")))
        // "H." is the modifier's initial, not another bacterium.
        let bacterium = query("Helicobacter pylori causes stomach ulcers")
        #expect(!RivalSubject.named(claim: bacterium, sentence: analyzer.analyze("H. pylori was found in most patients with ulcers.")))
        // "A deficiency of folate" has no modifier written before its head: nothing to swap.
        let deficiency = query("A deficiency of folate raises homocysteine levels")
        #expect(!RivalSubject.named(claim: deficiency, sentence: analyzer.analyze("Plasma folate was inversely related to homocysteine levels.")))
    }

    @Test func theVerifiersBoundNamesItsReason() {
        #expect(!VerdictPolicy.LearnedBound.anotherSubject.allows(.support))
        #expect(!VerdictPolicy.LearnedBound.anotherSubject.allows(.contradict))
        #expect(!VerdictPolicy.LearnedBound.relationNotStated.allows(.support))
        #expect(VerdictPolicy.LearnedBound.relationNotStated.allows(.contradict))
        #expect(VerdictPolicy.LearnedBound.free.allows(.support))
        let check = verdict("Wind turbines caused the drought", ["Wind turbines are being used to help relieve the drought."])
        #expect(check.reason == VerdictPolicy.LearnedBound.relationNotStated.reason, "\(check.reason)")
    }

    // MARK: 3. Topic overlap is not support

    @Test func aCureIsNotACause() {
        let decision = rulesVerdict("Wind turbines caused the drought", ["Wind turbines are being used to help relieve the drought."])
        #expect(decision.verdict != .supported, "\(decision.reason)")
        #expect(decision.verdict == .unverified, "\(decision.reason)")
    }

    /// End to end: the verifier, reading "relation stated" among its features, does not call a
    /// remedy a cause either.
    @Test func aCureIsNotACauseEndToEnd() {
        let turbines = verdict("Wind turbines caused the drought", ["Wind turbines are being used to help relieve the drought."])
        #expect(turbines.verdict != .supported, "\(turbines.reason)")
        let towers = verdict(
            "Cell towers caused the flu outbreak",
            ["Cell towers are being used to send text alerts that help contain the flu outbreak."])
        #expect(towers.verdict != .supported, "\(towers.reason)")
    }

    @Test func aComparisonIsNotBackedByTheGeneralEffect() {
        let check = verdict(
            "Electric toothbrushes beat manual toothbrushes",
            ["Toothbrushes modestly reduce gum disease."])
        #expect(check.verdict != .supported, "\(check.reason)")
    }

    // MARK: 4. Relevance that survives paraphrase

    @Test func aParaphrasedAssociationIsJudgedNotSkipped() {
        let check = verdict(
            "Eating nuts cuts the risk of heart disease",
            ["Nut consumption appears associated with a marked reduction in the risk of cardiovascular disorders."])
        #expect(check.verdict == .overstated, "\(check.reason)")
    }

    @Test func aSourceAboutSomethingElseStaysUnverified() {
        let check = verdict(
            "Eating nuts cuts the risk of heart disease",
            ["The museum reopened its west wing after a two-year renovation."])
        #expect(check.verdict == .unverified, "\(check.reason)")
    }

    // MARK: 5. The quote is the sentence that decides

    @Test func theDecidingFindingIsQuotedFirst() {
        let finding = "Nut consumption was associated with a lower risk of heart disease."
        let check = verdict(
            "Eating nuts cuts the risk of heart disease",
            [
                "Whether eating nuts cuts the risk of heart disease in people who already have it remains uncertain.",
                finding,
            ])
        #expect(check.verdict == .overstated, "\(check.reason)")
        #expect(check.evidence.first?.quote == finding)
    }

    // MARK: Idioms of worry state no relation (session 16)

    @Test func aConcernRaisedIsNotAFinding() {
        for source in [
            "Night-time phone use raises concerns about insomnia in teenagers.",
            "Energy drinks raise serious questions about heart rhythm problems, the panel said.",
        ] {
            let claim = source.hasPrefix("Night") ? "Night-time phone use causes insomnia" : "Energy drinks cause heart rhythm problems"
            let check = verdict(claim, [source])
            #expect(check.verdict != .supported, "\(source): \(check.reason)")
        }
    }

    @Test func aConcernBesideAFindingDoesNotHideIt() {
        let check = verdict(
            "Night-time phone use causes insomnia",
            ["Night-time phone use causes insomnia and raises concerns about school results."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    /// A past-tense finding beside a trailing worry stays a finding: only the idiom's verb and its
    /// topic are set aside, and "raised", "increased", "lowered" stand before them. Judged as a
    /// claim of no stated kind, as `verify-pairs` and the review read them (as `.causal`, "increased"
    /// is no causal verb form and `StrengthComparison` reads the source as an association).
    @Test func aPastTenseFindingBesideAWorryStaysSupported() {
        for (claim, source) in [
            ("Late dinners raise blood sugar", "Late dinners raised blood sugar in the volunteers, raising concerns about shift workers."),
            ("Homework clubs increase reading scores", "Homework clubs increased reading scores in the trial, which raises questions about funding."),
            ("Cycling to work lowers the risk of obesity", "Cycling to work lowered the risk of obesity, raising fears that car commuters miss out."),
        ] {
            let check = verdict(claim, [source], kind: .general)
            #expect(check.verdict == .supported, "\(source): \(check.reason)")
        }
    }

    /// Objects that can carry a finding are no worry: "raised interest rates", "reduced the
    /// possibility of", "increased interest in", "raised hopes" (the narrow `Lexicon.worryObjects`).
    @Test func onlyAWorryObjectMakesTheIdiom() {
        let analyzer = TextAnalyzer()
        for sentence in [
            "The bank raised interest rates twice last year.",
            "Screens reduced the possibility of spread in the clinic.",
            "New parks increased interest in walking.",
        ] {
            #expect(!RelationStated.voicesConcern(analyzer.analyze(sentence)), "\(sentence)")
        }
        #expect(RelationStated.voicesConcern(analyzer.analyze("The leak raised fears of contamination.")))
        let check = verdict("The bank raised interest rates", ["The bank raised interest rates twice last year."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    /// A claim that itself voices the worry is stated by a source that voices it too.
    @Test func aClaimThatIsTheIdiomIsStatedByIt() {
        let check = verdict("The flood raised alarm among farmers", ["The flood raised alarm among farmers in the valley."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    /// A worry's topic ends where a coordinated clause begins: "and … it caused Y" states a finding.
    @Test func aFindingAfterAWorryInTheSameSentenceIsStated() {
        let check = verdict(
            "Solvent fumes cause headaches",
            ["Solvent fumes raise concerns about headaches, and in our survey they caused headaches in painters."],
            kind: .general)
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    @Test func voicingAConcernIsReadFromTheIdiom() {
        let analyzer = TextAnalyzer()
        #expect(RelationStated.voicesConcern(analyzer.analyze("The trend raises concerns about sleep.")))
        #expect(RelationStated.voicesConcern(analyzer.analyze("Such findings raise the question of dose.")))
        #expect(!RelationStated.voicesConcern(analyzer.analyze("Salt raises blood pressure.")))
        #expect(!VerdictPolicy.LearnedBound.concernVoiced.allows(.support))
        #expect(VerdictPolicy.LearnedBound.concernVoiced.allows(.contradict))
    }

    // MARK: 6 and 7. Numbers

    @Test func aClaimedPercentageRiseIsReadAsAFactor() {
        let claim = "Heavy drinking raises the risk of liver cancer by 20 percent"
        // ×1.2 against ×1.2: the same figure, written two ways, so only the association told as a
        // cause is left to find (read as a percentage, the figure would be missing: `unverified`).
        let same = verdict(claim, ["Heavy drinkers had a 1.2 times higher risk of liver cancer than light drinkers."])
        #expect(same.verdict == .overstated, "\(same.reason)")
        #expect(same.reason.contains("association"), "\(same.reason)")
        // ×1.2 against ×0.5: opposite changes.
        let opposite = verdict(claim, ["Heavy drinking halved the risk of liver cancer."])
        #expect(opposite.verdict == .contradicted, "\(opposite.reason)")
        // ×1.2 against ×3: the same way, far smaller: neither backed nor refuted.
        let smaller = rulesVerdict(claim, ["Heavy drinking tripled the risk of liver cancer."])
        #expect(smaller.verdict == .unverified, "\(smaller.reason)")
    }

    @Test func aPointOutsideTheSourcesRangeContradicts() {
        let check = verdict(
            "A hot bath takes about 50 minutes to lower core temperature",
            ["A hot bath lowers core temperature within 15 to 30 minutes."], kind: .statistic)
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }
}
