import FactCheckModel
import Testing
@testable import Scorer

/// Issue #17, kind 1 (session 17): a source that states the claim's finding in other words must be
/// judged, and one on the claim's topic but not its finding must not. 40 claim–source pairs written
/// for this session, none from a data set or page and none in the wording of
/// ``FailureKindAuditTests``: 24 paraphrases of the finding (synonyms, a broader or narrower word,
/// derivations, multi-word terms, British spellings; one- and two-sentence sources and three- to
/// four-sentence abstracts; health, environment, economics, education, technology), each with the
/// verdict an editor expects at the source's strength (an association under a causal claim is
/// `overstated`), and 16 controls whose source is on the topic but not the finding (another outcome,
/// another subject, a mechanism, a method, "X is used to treat Y"), which must stay `unverified`.
/// Half C (the 1st, 3rd, … of each group) is the session's tuning half; half D was judged once, at the
/// end. Pairs the product gets wrong are known issues, so the suite shows what is left (Scorer
/// README, "Session 17").
@Suite struct ParaphrasedFindingTests {
    /// One pair on relevance (the editor-pair shape the Scorer suites share).
    typealias RelevancePair = EditorPair

    let scorer = ClaimScorer()

    @Test(arguments: Self.halfC) func halfCDevelopedOn(_ pair: RelevancePair) {
        pair.judge(by: scorer, writtenUpIn: "Scorer README, Session 17")
    }

    @Test(arguments: Self.halfD) func halfDJudgedOnce(_ pair: RelevancePair) {
        pair.judge(by: scorer, writtenUpIn: "Scorer README, Session 17")
    }

    /// The table is what the README says: 24 paraphrases and 16 controls, split evenly.
    @Test func theHalvesHoldTheirPairs() {
        for half in [Self.halfC, Self.halfD] {
            #expect(half.filter { $0.id.hasPrefix("p") }.count == 12)
            #expect(half.filter { $0.id.hasPrefix("x") }.count == 8)
        }
        // A control is on the topic but not the finding: only `unverified` is right.
        #expect((Self.halfC + Self.halfD).filter { $0.id.hasPrefix("x") }.allSatisfy { $0.oneOf == [.unverified] })
    }
}

extension ParaphrasedFindingTests {
    static let halfC: [RelevancePair] = [
        // paraphrases of the finding
        RelevancePair(
            "p01", "Drinking coffee lowers the risk of type 2 diabetes",
            ["Habitual consumption of coffee was associated with a reduced incidence of type 2 diabetes mellitus."],
            oneOf: [.overstated]),
        RelevancePair(
            "p03", "Deforestation increases soil erosion",
            ["Clearing of forests accelerated the loss of topsoil across the watershed."],
            oneOf: [.supported], knownIssue: true),
        RelevancePair(
            "p05", "Smaller classes improve pupils' test scores",
            ["Reducing class size raised the examination results of students in the trial schools."],
            oneOf: [.supported], knownIssue: true),
        RelevancePair(
            "p07", "Aspirin prevents heart attacks",
            [
                "Cardiovascular disease remains the leading cause of death in rich countries.",
                "We randomised 8,000 adults to low-dose acetylsalicylic acid or placebo.",
                "Acetylsalicylic acid reduced the incidence of myocardial infarction by 20 percent.",
                "Bleeding was more common in the treated group.",
            ],
            oneOf: [.supported], knownIssue: true),
        RelevancePair(
            "p09", "Eating seafood reduces the risk of dementia",
            ["Older adults who ate fish every week had a lower incidence of Alzheimer's disease."],
            oneOf: [.overstated], knownIssue: true),
        RelevancePair(
            "p11", "Inflation erodes household savings",
            ["Rising prices reduced the real value of the savings held by families."],
            oneOf: [.supported], knownIssue: true),
        RelevancePair(
            "p13", "Reading to toddlers improves their vocabulary",
            ["Toddlers whose parents read aloud to them daily knew more words two years later."],
            oneOf: [.overstated], knownIssue: true),
        RelevancePair(
            "p15", "Lack of sleep impairs memory",
            ["Sleep deprivation reduced recall in the memory tests."],
            oneOf: [.supported]),
        RelevancePair(
            "p17", "Higher interest rates slow house price growth",
            ["Increases in borrowing costs slowed the rise of home prices."],
            oneOf: [.supported], knownIssue: true),
        RelevancePair(
            "p19", "Video calls reduce loneliness in older adults",
            ["Videoconferencing with relatives lowered feelings of isolation among elderly participants."],
            oneOf: [.supported], knownIssue: true),
        RelevancePair(
            "p21", "Global warming shrinks glaciers",
            ["Higher air temperatures caused the glaciers to lose much of their ice."],
            oneOf: [.supported], knownIssue: true),
        RelevancePair(
            "p23", "Statins reduce the risk of stroke",
            [
                "Stroke is a common cause of disability.",
                "We analysed 14 trials of cholesterol-lowering drugs.",
                "Statin therapy decreased cerebrovascular events by a fifth.",
                "Muscle pain was the most common side effect.",
            ],
            oneOf: [.supported], knownIssue: true),
        // controls: the topic, not the finding
        RelevancePair(
            "x01", "Coffee lowers the risk of type 2 diabetes",
            ["Coffee consumption was associated with a lower risk of liver cirrhosis."],
            oneOf: [.unverified], knownIssue: true),
        RelevancePair(
            "x03", "Exercise reduces depression",
            ["Exercise raises levels of endorphins and of a growth factor in the brain."],
            oneOf: [.unverified]),
        RelevancePair(
            "x05", "Ketamine causes depression",
            ["Ketamine is used to treat depression that has not responded to other drugs."],
            oneOf: [.unverified], knownIssue: true),
        RelevancePair(
            "x07", "Online tutoring improves maths scores",
            ["Summer schools improved mathematics scores among low-income pupils."],
            oneOf: [.unverified]),
        RelevancePair(
            "x09", "Mobile phones cause brain cancer",
            ["Mobile phones are used by most adults to look up health information."],
            oneOf: [.unverified]),
        RelevancePair(
            "x11", "Antibiotics cure sore throats",
            ["Antibiotics kill bacteria by disrupting their cell walls."],
            oneOf: [.unverified]),
        RelevancePair(
            "x13", "Minimum wage increases reduce employment",
            ["We measured employment in 300 restaurants before and after the minimum wage increase."],
            oneOf: [.unverified], knownIssue: true),
        RelevancePair(
            "x15", "Sugar taxes reduce obesity",
            ["Sugar taxes reduced purchases of sweetened drinks by 10 percent."],
            oneOf: [.unverified], knownIssue: true),
    ]

    static let halfD: [RelevancePair] = [
        // paraphrases of the finding
        RelevancePair(
            "p02", "Smoking damages the lungs",
            ["Tobacco use caused measurable harm to pulmonary tissue in the exposed group."],
            oneOf: [.supported], knownIssue: true),
        RelevancePair(
            "p04", "Raising the minimum wage reduces employment among teenagers",
            ["An increase in the statutory wage floor cut the number of jobs held by adolescent workers."],
            oneOf: [.supported], knownIssue: true),
        RelevancePair(
            "p06", "Social media use worsens anxiety in teenagers",
            ["Heavy use of social networking sites was linked to more anxious symptoms among adolescents."],
            oneOf: [.overstated], knownIssue: true),
        RelevancePair(
            "p08", "Fiber intake lowers cholesterol",
            ["Dietary fibre reduced serum cholesterol levels in the trial."],
            oneOf: [.supported], knownIssue: true),
        RelevancePair(
            "p10", "Air pollution increases asthma attacks in children",
            ["On days with high concentrations of airborne particulates, emergency visits for asthma exacerbations among children rose."],
            oneOf: [.supported, .overstated], knownIssue: true),
        RelevancePair(
            "p12", "Automation reduces manufacturing jobs",
            ["The adoption of industrial robots led to a decline in factory employment."],
            oneOf: [.supported], knownIssue: true),
        RelevancePair(
            "p14", "Obesity raises the risk of kidney disease",
            ["Obese adults were more likely to develop chronic renal disease."],
            oneOf: [.overstated], knownIssue: true),
        RelevancePair(
            "p16", "Fertilizer runoff causes algal blooms",
            ["Nutrient run-off from fertilisers triggered blooms of algae in the lake."],
            oneOf: [.supported], knownIssue: true),
        RelevancePair(
            "p18", "Homework improves academic achievement",
            ["Time spent on assignments at home was positively associated with school performance."],
            oneOf: [.overstated], knownIssue: true),
        RelevancePair(
            "p20", "Breastfeeding protects infants against ear infections",
            [
                "We followed 2,000 mothers and their babies for a year.",
                "Breast-fed babies had fewer episodes of otitis media in their first year.",
            ],
            oneOf: [.overstated], knownIssue: true),
        RelevancePair(
            "p22", "Unemployment increases crime",
            ["Joblessness was associated with higher rates of offending in the regions studied."],
            oneOf: [.overstated], knownIssue: true),
        RelevancePair(
            "p24", "Smartphone use before bed worsens sleep quality",
            ["Using mobile phones at bedtime was linked to poorer sleep."],
            oneOf: [.overstated], knownIssue: true),
        // controls: the topic, not the finding
        RelevancePair(
            "x02", "Green spaces reduce stress in city residents",
            ["Noise from traffic increased stress among city residents."],
            oneOf: [.unverified], knownIssue: true),
        RelevancePair(
            "x04", "Aspirin prevents heart attacks",
            ["Participants were randomly assigned to aspirin or placebo and followed for five years for heart attacks."],
            oneOf: [.unverified], knownIssue: true),
        RelevancePair(
            "x06", "Carbon taxes reduce emissions",
            ["Carbon taxes raised government revenue by 2 percent of output."],
            oneOf: [.unverified], knownIssue: true),
        RelevancePair(
            "x08", "Wildfires worsen air quality",
            ["Wildfires have become more frequent in the western United States."],
            oneOf: [.unverified]),
        RelevancePair(
            "x10", "Vitamin C prevents colds",
            [
                "Colds are the most common infection in students.",
                "We gave 1,000 students vitamin C or placebo for a term.",
                "Vitamin C did not change the number of days missed from class.",
            ],
            oneOf: [.unverified], knownIssue: true),
        RelevancePair(
            "x12", "Remote work raises productivity",
            ["Flexible hours raised productivity in the call centre."],
            oneOf: [.unverified]),
        RelevancePair(
            "x14", "Lithium causes kidney damage",
            ["Lithium is used to stabilise mood in bipolar disorder."],
            oneOf: [.unverified]),
        RelevancePair(
            "x16", "Nuclear power lowers carbon emissions",
            ["Nuclear power plants need large amounts of cooling water."],
            oneOf: [.unverified]),
    ]
}
