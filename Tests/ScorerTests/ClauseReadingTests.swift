import FactCheckModel
import Testing
@testable import Scorer

/// Issue #17, session 9: a cue belongs to its clause. A hedge or a denial in a clause about
/// something else does not qualify the claim, "could not" denies an ability rather than hedging,
/// and when the clauses differ by their condition ("in adults" / "in children") the clause under
/// the claim's condition decides. Sentences written for these tests.
@Suite struct ClauseReadingTests {
    let scorer = ClaimScorer()

    func verdict(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        Fixtures.check(claimText, kind: .causal, against: passages, by: scorer)
    }

    // MARK: Hedges in their own clause

    @Test func couldNotInAnotherClauseIsNoHedge() {
        let check = verdict(
            "Home visits reduced hospital readmissions in heart failure patients",
            ["Nurses could not attend every visit, but the home visits reduced hospital readmissions in heart failure patients."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    @Test func aHedgeInAnotherClauseIsNoHedgeOfTheFinding() {
        let check = verdict(
            "Evening walks lowered blood sugar in older adults",
            ["Some participants may have skipped sessions; evening walks lowered blood sugar in older adults."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    /// Must not change: a hedge in the clause that carries the claim still qualifies it.
    @Test func aHedgeInTheClaimsClauseStillQualifies() {
        let check = verdict(
            "Evening walks lower blood sugar in older adults",
            ["Adherence was high, but evening walks might lower blood sugar in older adults only slightly."])
        #expect(check.verdict == .overstated, "\(check.reason)")
        #expect(check.reason.contains("might"), "\(check.reason)")
    }

    /// Must not change: a one-clause hedged source.
    @Test func aHedgedOneClauseSourceStillQualifies() {
        let check = verdict(
            "Evening walks lower blood sugar in older adults",
            ["Evening walks could lower blood sugar in older adults."])
        #expect(check.verdict == .overstated, "\(check.reason)")
    }

    // MARK: The clause under the claim's condition decides

    @Test func ineffectiveUnderTheClaimsConditionContradicts() {
        let check = verdict(
            "The nasal spray is effective in children with hay fever",
            ["The nasal spray was effective in adults but ineffective in children with hay fever."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func notUnderTheClaimsConditionContradicts() {
        let check = verdict(
            "Talking therapy reduced anxiety in teenagers",
            ["Talking therapy reduced anxiety in pensioners but not in teenagers."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    /// Must not change: the claim is about the group the effect was found in.
    @Test func theConditionWithTheEffectSupports() {
        let check = verdict(
            "The nasal spray is effective in adults with hay fever",
            ["The nasal spray was effective in adults but ineffective in children with hay fever."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    @Test func theConditionWithTheEffectSupportsAfterNot() {
        let check = verdict(
            "Talking therapy reduced anxiety in pensioners",
            ["Talking therapy reduced anxiety in pensioners but not in teenagers."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    /// Must not change: a claim naming no condition is read by the clause with most of its words.
    @Test func aClaimWithoutAConditionIsReadByItsWords() {
        let check = verdict(
            "Talking therapy reduced anxiety",
            ["Talking therapy reduced anxiety in pensioners, but waiting lists did not shrink."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    // MARK: Where a denied predicate is a predicate

    @Test func auxiliariesBeforeTheCopulaKeepARelativeClause() {
        func isPredicate(_ text: String, _ word: String) -> Bool {
            let words = text.split(separator: " ").map(String.init)
            return Polarity.isPredicate(words, at: words.firstIndex(of: word)!)
        }
        #expect(!isPredicate("patients who had probably been unable to walk", "unable"))
        #expect(!isPredicate("a dose that should be ineffective in mice", "ineffective"))
        #expect(isPredicate("the dose was ineffective in mice", "ineffective"))
        // The copula of the clause before is understood after "but".
        #expect(isPredicate("the dose was effective in rats but ineffective in mice", "ineffective"))
        #expect(!isPredicate("rats given an ineffective dose", "ineffective"))
    }
}
