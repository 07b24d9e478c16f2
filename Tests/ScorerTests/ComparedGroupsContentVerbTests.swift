import FactCheckModel
import Testing
@testable import Scorer

/// Issue #17: a comparison of two groups whose verb carries content ("pine trees *produce* less
/// resin than oak trees"). The verb is no part of the compared group, so the groups swapped around
/// it say the opposite. Sentences written for these tests.
@Suite struct ComparedGroupsContentVerbTests {
    let scorer = ClaimScorer()

    func verdict(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        Fixtures.check(claimText, kind: .comparison, against: passages, by: scorer)
    }

    @Test(arguments: [
        ("Pine trees produce less resin than oak trees",
         "Oak trees produced less resin than pine trees in the forest survey."),
        ("Night nurses consume more coffee than day nurses",
         "Day nurses consumed more coffee than night nurses during the study."),
        ("Urban families purchase fewer vegetables than rural families",
         "Rural families purchased fewer vegetables than urban families in the market survey."),
    ])
    func theGroupsSwappedAroundTheVerbContradict(claim: String, source: String) {
        let check = verdict(claim, [source])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    /// Must not contradict: the same order, the groups and the direction both swapped, or a
    /// comparison with a group the claim does not name (one of the claim's groups only).
    @Test(arguments: [
        ("Pine trees produce less resin than oak trees",
         "Pine trees produced less resin than oak trees in the forest survey."),
        ("Pine trees produce less resin than oak trees",
         "Oak trees produced more resin than pine trees in the forest survey."),
        ("Night nurses consume more coffee than day nurses",
         "Night nurses consumed more coffee than hospital porters during the study."),
    ])
    func theSameFindingOrOneGroupDoesNotContradict(claim: String, source: String) {
        let check = verdict(claim, [source])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    @Test func theVerbIsNoPartOfTheGroup() throws {
        let analyzer = TextAnalyzer()
        let text = analyzer.analyze("Pine trees produce less resin than oak trees")
        let found = try #require(ComparedGroups.comparison(in: text, clauses: nil))
        #expect(found.before == [text.stemIDs[0], text.stemIDs[1]])
        // A change verb before the comparative is the direction, never the group: "lowered" stays out.
        let sized = analyzer.analyze("Pine bark lowered the pest count less than oak bark")
        let verbFound = try #require(ComparedGroups.comparison(in: sized, clauses: nil))
        #expect(verbFound.before == [sized.stemIDs[0], sized.stemIDs[1]])
        #expect(verbFound.role == .verbAndComparative)
    }

    /// A head noun both groups share stays in the group even when WordNet also lists it as a verb
    /// ("group", "arm", "supplies", "iron"): the swapped groups still contradict.
    @Test(arguments: [
        ("The morning group more often reported dizziness than the evening group",
         "The evening group more often reported dizziness than the morning group."),
        ("The waitlist arm less often skipped sessions than the coached arm",
         "The coached arm less often skipped sessions than the waitlist arm."),
        ("Coastal power supplies more often fail than inland power supplies",
         "Inland power supplies more often fail than coastal power supplies."),
        ("Short course arms more tolerable than long course arms",
         "Long course arms more tolerable than short course arms in the trial."),
    ])
    func aSharedHeadNounStaysInTheGroup(claim: String, source: String) {
        let check = verdict(claim, [source])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func aSharedHeadNounIsKeptWhenItIsAlsoAVerb() throws {
        let analyzer = TextAnalyzer()
        let text = analyzer.analyze("The morning group more often reported dizziness than the evening group")
        let found = try #require(ComparedGroups.comparison(in: text, clauses: nil))
        #expect(found.before.contains(text.stemIDs[2]))
        #expect(found.before.contains(text.stemIDs[1]))
    }
}

