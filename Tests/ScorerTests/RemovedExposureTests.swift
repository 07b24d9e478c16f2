import FactCheckModel
import Testing
import TextAnalysis
@testable import Scorer

/// Issue #17, session 21: a source that reports the outcome with the claim's exposure taken away
/// ("loss of the enzyme raised blood sugar") states the exposure's effect turned round, so its
/// change word should be read the other way before it meets the claim's. A rule for it
/// (`RemovedExposure`, read in `OutcomeDirection`) was built and measured and not kept (Scorer
/// README, Session 21): main's wrong readings are known issues here (each fails loudly once
/// fixed), and the cases where such a rule must not fire (the removal of another thing, a claim
/// that itself speaks of a removal, a hedge, a number, a negation of something else) are plain
/// tests any later attempt must keep. Sentences written for these tests.
@Suite struct RemovedExposureTests {
    let scorer = ClaimScorer()

    func verdict(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        Fixtures.check(claimText, kind: .causal, against: passages, by: scorer)
    }

    /// The rule's own reading: whether the sentence moves the claim's outcome the opposite way.
    func opposite(_ claimText: String, _ sentence: String) -> Bool? {
        let analyzer = TextAnalyzer()
        let query = ClaimQuery(Fixtures.claim(claimText, kind: .causal), analyzer: analyzer)
        let analysis = analyzer.analyze(sentence)
        return OutcomeDirection.compare(
            claim: query, sentence: analysis, clauses: analysis.clauses(of: sentence), window: ScoringThresholds.product.cueWindow
        )?.opposite
    }

    // MARK: where it must fire (main reads these as written: known issues)

    /// Taken away, the enzyme's outcome rose: the enzyme raises it no more than it lowers it.
    @Test func sameWayWithoutTheExposureIsContradicted() {
        let claim = "The enzyme raises blood sugar in mice"
        let source = "In mice, loss of the enzyme raised blood sugar within a week."
        let check = verdict(claim, [source])
        withKnownIssue("a finding said of the exposure taken away is read as written (issue #17, Scorer README, Session 21)") {
            #expect(opposite(claim, source) == true)
            #expect(check.verdict == .contradicted, "\(check.reason)")
            #expect(check.reason.contains("loss"), "\(check.reason)")
        }
    }

    /// "-deficient" after the exposure's name; the outcome moves the claim's way.
    @Test func deficientAfterTheNameTurnsTheDirection() {
        let claim = "Iron lowers the bleeding time of older dogs"
        let source = "Iron deficient older dogs had a lower bleeding time than the other dogs in the kennel."
        let check = verdict(claim, [source])
        withKnownIssue("a finding said of the exposure taken away is read as written (issue #17, Scorer README, Session 21)") {
            #expect(opposite(claim, source) == true)
            #expect(check.verdict == .contradicted, "\(check.reason)")
        }
    }

    /// "lacking" before the exposure, on the better/worse axis.
    @Test func lackingTheExposureOnTheQualityAxis() {
        let reading = opposite(
            "The protein worsens wound healing in rats",
            "Rats lacking the protein showed worsened wound healing after surgery.")
        withKnownIssue("a finding said of the exposure taken away is read as written (issue #17, Scorer README, Session 21)") {
            #expect(reading == true)
        }
    }

    /// The opposite change word without the exposure is the claim's own finding: no reversal.
    @Test func oppositeWayWithoutTheExposureIsNoContradiction() {
        let claim = "The enzyme lowers blood sugar in mice"
        let source = "In mice, loss of the enzyme raised blood sugar within a week."
        let check = verdict(claim, [source])
        withKnownIssue("a finding said of the exposure taken away is read as written (issue #17, Scorer README, Session 21)") {
            #expect(opposite(claim, source) == false)
            #expect(check.verdict != .contradicted, "\(check.reason)")
        }
    }

    // MARK: where it must not fire

    /// Another thing is taken away ("loss of appetite", after a comma): the change is read as
    /// written, so the sugar that rose still goes against the claim.
    @Test func removalOfAnotherThingIsReadAsWritten() {
        #expect(opposite(
            "The enzyme lowers blood sugar in mice",
            "In mice given the enzyme, loss of appetite came first and blood sugar rose within a week.") == true)
    }

    /// The claim itself speaks of the removal: both texts say it the same way round.
    @Test func claimSpeakingOfRemovalIsReadAsWritten() {
        let claim = "Loss of the enzyme raises blood sugar in mice"
        let source = "In mice, loss of the enzyme raised blood sugar within a week."
        #expect(opposite(claim, source) == false)
        let check = verdict(claim, [source])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// A hedged source with the exposure present: nothing is taken away, nothing turned.
    @Test func hedgedSourceWithTheExposureIsReadAsWritten() {
        let check = verdict(
            "The enzyme lowers blood sugar in mice",
            ["In mice, the enzyme may have lowered blood sugar within a week."])
        #expect(!check.reason.contains("…"), "\(check.reason)")
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// A number of another kind between the removal word and the exposure is not a removal of it:
    /// "withdrawal of 30 patients" takes patients away, not the drug.
    @Test func removalOfPatientsIsNoRemovalOfTheDrug() {
        #expect(opposite(
            "The drug lowers blood pressure in adults",
            "After the withdrawal of 30 patients, the drug lowered blood pressure in the adults who stayed.") == false)
    }

    /// A negation of something else ("not the diet") leaves the exposure in place: the change word
    /// is read as written, and the opposite change contradicts.
    @Test func negationOfSomethingElseIsNoRemoval() {
        let claim = "The enzyme lowers blood sugar in mice"
        let source = "In mice fed the enzyme but not the diet, blood sugar rose within a week."
        #expect(opposite(claim, source) == true)
    }
}
