import FactCheckModel
import Testing
@testable import Scorer

/// Issue #17, kind 4 (session 17, round 2): a sentence about the claim's exposure that moves
/// another outcome states nothing of the claim, whatever its relation word; one that names the
/// outcome in other words coverage credits (a synonym, a paraphrase, a derivation, an abbreviation
/// the source defines), or names the exposure by a pronoun, keeps its verdict. Pairs written for
/// this session, none from a data set or page. The product judges every "another outcome" pair
/// `supported` or `overstated`: an outcome check (one outcome word named) fixed them and kept the
/// near misses, but failed the session's keep rule on SciFact and the pair sets and was reverted
/// (Scorer README, "Session 17", round 2), so they are known issues, kept visible.
@Suite struct OutcomeNamedTests {
    typealias RelevancePair = EditorPair

    let scorer = ClaimScorer()

    @Test(arguments: Self.anotherOutcome) func anotherOutcomeTouchesOnTheSubject(_ pair: RelevancePair) {
        withKnownIssue("\(pair.id): the outcome side is not checked (Scorer README, Session 17, round 2)") {
            #expect(pair.check(by: scorer).verdict == .unverified, "\(pair.id)")
        }
    }

    @Test(arguments: Self.outcomeInOtherWords) func theOutcomeInOtherWordsKeepsItsVerdict(_ pair: RelevancePair) {
        pair.judge(by: scorer, writtenUpIn: "Scorer README, Session 17, round 2")
    }
}

extension OutcomeNamedTests {
    /// The claim's exposure, a relation word, and another outcome.
    static let anotherOutcome: [RelevancePair] = [
        RelevancePair(
            "o04", "Daylight saving time increases traffic accidents",
            ["Daylight saving time increased evening electricity use in households."], oneOf: [.unverified]),
        RelevancePair(
            "o05", "Bilingual education improves reading skills", ["Bilingual education improved attendance among immigrant children."],
            oneOf: [.unverified]),
        RelevancePair("o06", "Plastic bag bans reduce ocean litter", ["Plastic bag bans reduced sales of single-use bags by half."], oneOf: [.unverified]),
        RelevancePair("o08", "School uniforms reduce bullying", ["School uniforms reduced clothing costs for parents."], oneOf: [.unverified]),
        RelevancePair(
            "o09", "Wind farms harm birds", ["Wind farms harmed the view from nearby villages, residents said."], oneOf: [.unverified]),
        RelevancePair(
            "o10", "Four-day weeks raise productivity", ["Four-day weeks raised staff satisfaction in the pilot firms."], oneOf: [.unverified]),
    ]

    /// The outcome named, in the claim's words or in words the project credits.
    static let outcomeInOtherWords: [RelevancePair] = [
        // a pronoun for the exposure, the outcome in the claim's words
        RelevancePair(
            "n02", "Green tea lowers cholesterol", ["We gave 200 adults green tea for twelve weeks.", "It lowered cholesterol by 8 percent."],
            oneOf: [.supported]),
        RelevancePair(
            "n19", "Salt raises blood pressure", ["In the trial, it raised blood pressure in older adults.", "The salt was given as tablets."],
            oneOf: [.supported]),
        // synonyms and paraphrases coverage credits (``Lexicon/synonymGroups``, ``Lexicon/paraphraseGroups``)
        RelevancePair("n21", "Seat belts reduce deaths in car crashes", ["Seat belts reduced mortality in car crashes."], oneOf: [.supported]),
        RelevancePair("n22", "Stretching reduces pain", ["Stretching reduced aches among office workers."], oneOf: [.supported]),
        RelevancePair(
            "n23", "Olive oil lowers the risk of heart disease",
            ["Olive oil consumption was associated with fewer cardiovascular disorders."], oneOf: [.overstated]),
        // derivations ("alert" for "alertness", "fracture" for "fractures", "infected" for "infections")
        RelevancePair("n15", "Caffeine improves alertness", ["Caffeine made participants more alert in the morning tests."], oneOf: [.supported]),
        RelevancePair(
            "n20", "Vitamin D supplements reduce fractures", ["Vitamin D supplements reduced fracture rates in older women."],
            oneOf: [.supported]),
        RelevancePair(
            "n06", "Vaccination reduces infections", ["Vaccinated children were infected less often than unvaccinated children."],
            oneOf: [.supported, .overstated]),
        // an abbreviation the source defines, either way round (the verifier reads the short form
        // as the long one: ``Abbreviations``); "were more likely to develop" may read as either
        RelevancePair(
            "n25", "Smoking raises the risk of COPD",
            ["Smoking was associated with a higher risk of chronic obstructive pulmonary disease (COPD)."], oneOf: [.overstated]),
        RelevancePair(
            "n24", "Smoking raises the risk of chronic obstructive pulmonary disease",
            ["Chronic obstructive pulmonary disease (COPD) affects many older adults.", "Smokers were more likely to develop COPD."],
            oneOf: [.supported, .overstated]),
        // the outcome beside another figure, and a plural of the exposure
        RelevancePair("n04", "Sugar taxes reduce obesity", ["Sugar taxes reduced obesity among children by 3 percent."], oneOf: [.supported]),
        RelevancePair("n14", "Pesticides harm bees", ["Pesticide exposure harmed bee colonies in the field."], oneOf: [.supported]),
        RelevancePair("n08", "Noise exposure raises blood pressure", ["Exposure to noise raised the blood pressure of the workers."], oneOf: [.supported]),
    ]
}
