import FactCheckModel
import Testing
@testable import Scorer

/// Claim strength in verdicts: an association told as a cause is overstated, a cause told as an
/// association is supported with a note, and words that only look like cues change nothing.
@Suite struct StrengthVerdictTests {
    let scorer = ClaimScorer()

    func check(_ claim: String, _ source: String) -> ClaimCheck {
        scorer.check(Fixtures.claim(claim, kind: .causal), sources: [Fixtures.source("https://example.org/cohort", [source])])
    }

    @Test func associationToldAsACauseIsOverstated() {
        let result = check(
            "Eating walnuts cuts the risk of heart attacks",
            "Eating walnuts was associated with a lower risk of heart attacks in a cohort of 12,000 nurses.")
        #expect(result.verdict == .overstated, "\(result.reason)")
        #expect(result.reason.hasPrefix("the study found an association ('associated with'); the article states a cause"))
        #expect(result.claim.strength == .directCausal)
        #expect(result.evidence.first?.strength == .correlational)
        #expect(result.evidence.first?.stance == .qualifies)
    }

    /// Faithful retellings from session 12's review, which that session's first branch called
    /// `overstated` (a size after "by" read as a cause's agent, "responsible for" in a relative clause
    /// read as a cause): they tell the association the source found.
    @Test(arguments: [
        ("Among unmarried men, mortality was increased by 15 percent.",
         "Being unmarried was associated with 15 percent higher mortality among 20,000 men."),
        ("Nurses responsible for night shifts reported poorer sleep.",
         "Night-shift work was associated with poorer sleep quality in 2,400 nurses."),
        ("The odds of asthma were increased by 30 percent in homes with gas stoves.",
         "Gas stoves were associated with 30 percent higher odds of asthma in 5,000 homes."),
    ])
    func faithfulRetellingsAreNotOverstated(claim: String, source: String) {
        let result = check(claim, source)
        #expect(result.verdict != .overstated, "\(result.reason)")
    }

    @Test func possibleAssociationToldAsAPossibleCauseIsOverstated() {
        let result = check(
            "Eating walnuts may lower the risk of heart attacks",
            "Eating walnuts may be associated with a lower risk of heart attacks in older nurses.")
        #expect(result.verdict == .overstated, "\(result.reason)")
        #expect(result.reason.contains("the study found an association"))
        #expect(result.reason.contains("a possible cause ('may lower')"))
    }

    @Test func aCauseToldAsAnAssociationIsSupportedWithANote() {
        let result = check(
            "Eating walnuts is linked to fewer heart attacks",
            "Eating walnuts reduces the number of heart attacks in older nurses.")
        #expect(result.verdict == .supported, "\(result.reason)")
        #expect(result.reason.contains("the article downplays it: the source states a cause ('reduces')"))
    }

    @Test func theSameStrengthIsPlainlySupported() {
        let result = check(
            "Eating walnuts was associated with fewer heart attacks in nurses",
            "Eating walnuts was associated with fewer heart attacks in older nurses.")
        #expect(result.verdict == .supported, "\(result.reason)")
        #expect(!result.reason.contains("downplays") && !result.reason.contains("association;"))
    }

    @Test func attributionIsNoHedge() {
        for source in [
            "Regular stretching prevents running injuries, concludes a study of 300 amateur runners.",
            "The authors conclude that regular stretching prevents running injuries in amateur runners.",
        ] {
            let result = check("Regular stretching prevents running injuries in amateur runners", source)
            #expect(result.verdict == .supported, "\(source): \(result.reason)")
        }
    }

    @Test func raisesConcernsIsNoCause() {
        #expect(RelationCues.causal(in: ["the", "report", "raises", "concerns", "about", "sweeteners"]).isEmpty)
        // The claim reports worry, not a cause: the strength comparison has no cause to quote.
        let result = check(
            "A new report raises concerns about sweeteners and gut bacteria",
            "Sweeteners were associated with changes in gut bacteria, the report says, which raises concerns.")
        #expect(!result.reason.contains("the article states a cause ('raises')"), "\(result.reason)")
    }
}
