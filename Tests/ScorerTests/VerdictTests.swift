import FactCheckModel
import Testing
@testable import Scorer

@Suite struct VerdictTests {
    let scorer = ClaimScorer()

    // MARK: The back-pain statistic: bounds carry the meaning

    @Test func upperBoundRaisedToALowerBoundIsOverstated() throws {
        let check = scorer.check(Fixtures.backPainClaim, sources: [Fixtures.acaPage])
        #expect(check.verdict == .overstated, "\(check.reason)")
        let first = try #require(check.evidence.first)
        #expect(first.quote == Fixtures.acaSentence)
        #expect(first.stance == .qualifies)
        #expect(check.reason.contains("upper bound (as much as 80 percent)"))
        #expect(check.reason.contains("lower bound (more than 80 percent)"))
        #expect(check.confidence > 0.5 && check.confidence <= 1)
        #expect(check.sources == [SourceSummary(Fixtures.acaPage)])
    }

    @Test func approximateFigureRaisedToALowerBoundIsOverstated() {
        let source = Fixtures.source(
            "https://example.org/spine", ["About 80 percent of adults experience low back pain at some point in their lifetimes."])
        let check = scorer.check(Fixtures.backPainClaim, sources: [source])
        #expect(check.verdict == .overstated, "\(check.reason)")
        #expect(check.reason.contains("approximate"))
    }

    @Test func sameLowerBoundIsSupported() throws {
        let sentence = "More than 80 percent of people will experience back pain at some point in their lives."
        let source = Fixtures.source("https://example.org/facts", ["Our clinic is open on weekdays.", sentence])
        let check = scorer.check(Fixtures.backPainClaim, sources: [source])
        #expect(check.verdict == .supported, "\(check.reason)")
        #expect(check.evidence.first?.quote == sentence)
        #expect(check.evidence.first?.stance == .supports)
    }

    @Test func higherFigureClearsTheArticlesFloor() {
        let source = Fixtures.source(
            "https://example.org/facts", ["About 90 percent of people will experience back pain at some point in their lives."])
        let check = scorer.check(Fixtures.backPainClaim, sources: [source])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    @Test func inclusiveFloorsAgainstTheSourcesExactFigureAreSupported() {
        let cases: [(claim: String, source: String)] = [
            ("A survey found that 35% or more of cyclists aged 50 and older wore helmets on rural roads.",
             "In the survey, 35% of cyclists aged 50 and older wore helmets on rural roads."),
            ("A survey found that 35% of cyclists aged 50 or older wore helmets on rural roads.",
             "In the survey, 35% of cyclists aged 50 and over wore helmets on rural roads."),
            ("Workers who drank 4 or more coffees a day slept an hour less on weeknights.",
             "Workers who drank 4 coffees a day slept an hour less on weeknights."),
        ]
        for (claimText, sourceText) in cases {
            let claim = Fixtures.claim(claimText, kind: .statistic, citations: ["https://example.org/survey"])
            let check = scorer.check(claim, sources: [Fixtures.source("https://example.org/survey", [sourceText])])
            #expect(check.verdict == .supported, "\(claimText): \(check.reason)")
        }
    }

    // MARK: Polarity, hedges, causation

    @Test func noSignificantEffectContradicts() {
        let claim = Fixtures.claim("Massage reduces cortisol", kind: .causal)
        let source = Fixtures.source(
            "https://example.org/trial", ["Massage therapy had no significant effect on cortisol levels."])
        let check = scorer.check(claim, sources: [source])
        #expect(check.verdict == .contradicted, "\(check.reason)")
        #expect(check.reason.contains("no significant effect"))
        #expect(check.evidence.first?.stance == .contradicts)
    }

    @Test func oppositeDirectionContradicts() {
        let claim = Fixtures.claim("Massage reduces cortisol levels", kind: .causal)
        let source = Fixtures.source("https://example.org/trial", ["Massage increased cortisol levels in the treatment group."])
        let check = scorer.check(claim, sources: [source])
        #expect(check.verdict == .contradicted, "\(check.reason)")
        #expect(check.reason.contains("opposite direction"))
    }

    @Test func droppedHedgeIsOverstated() {
        let claim = Fixtures.claim("Massage reduces cortisol levels", kind: .causal)
        let source = Fixtures.source("https://example.org/review", ["Massage may reduce cortisol levels."])
        let check = scorer.check(claim, sources: [source])
        #expect(check.verdict == .overstated, "\(check.reason)")
        #expect(check.reason == "source hedges ('may'); the article states it as fact")
    }

    @Test func hedgedClaimMatchingAHedgedSourceIsSupported() {
        let claim = Fixtures.claim("Massage may reduce cortisol levels", kind: .causal)
        let source = Fixtures.source("https://example.org/review", ["Massage may reduce cortisol levels."])
        #expect(scorer.check(claim, sources: [source]).verdict == .supported)
    }

    @Test func associationStatedAsCauseIsOverstated() {
        let claim = Fixtures.claim("Coffee causes heart disease", kind: .causal)
        let source = Fixtures.source(
            "https://example.org/cohort", ["Coffee consumption was associated with heart disease in a cohort of 40,000 adults."])
        let check = scorer.check(claim, sources: [source])
        #expect(check.verdict == .overstated, "\(check.reason)")
        #expect(check.reason.contains("association ('associated with')"))
        #expect(check.reason.contains("'causes'"))
    }

    @Test func universalClaimFromAPartialFindingIsOverstated() {
        let claim = Fixtures.claim("Massage always relieves chronic back pain")
        let source = Fixtures.source("https://example.org/trial", ["Massage relieves chronic back pain in many patients."])
        let check = scorer.check(claim, sources: [source])
        #expect(check.verdict == .overstated, "\(check.reason)")
        #expect(check.reason.contains("'many'") && check.reason.contains("'always'"))
    }

    // MARK: Numbers

    @Test func differentFigureContradicts() {
        let claim = Fixtures.claim("50 percent of adults with back pain use massage therapy", kind: .statistic)
        let source = Fixtures.source(
            "https://example.org/survey", [
                "The survey was conducted by telephone.",
                "In the survey, 31 percent of adults with back pain reported using massage therapy.",
            ])
        let check = scorer.check(claim, sources: [source])
        #expect(check.verdict == .contradicted, "\(check.reason)")
        #expect(check.reason == "source reports 31 percent; the article says 50 percent")
    }

    @Test func sameFigureIsSupported() {
        let claim = Fixtures.claim("31 percent of adults with back pain use massage therapy", kind: .statistic)
        let source = Fixtures.source(
            "https://example.org/survey", ["In the survey, 31% of adults with back pain reported using massage therapy."])
        let check = scorer.check(claim, sources: [source])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    @Test func relevantSentenceWithoutTheFigureIsUnverified() {
        let claim = Fixtures.claim("31 percent of adults with back pain use massage therapy", kind: .statistic)
        let source = Fixtures.source(
            "https://example.org/survey", ["Many adults with back pain use massage therapy alongside other treatments."])
        let check = scorer.check(claim, sources: [source])
        #expect(check.verdict == .unverified, "\(check.reason)")
        #expect(check.reason.contains("31 percent"))
    }

    // MARK: Several sources

    @Test func sourcesThatDisagreeMakeADispute() {
        let claim = Fixtures.claim("Massage reduces cortisol levels", kind: .causal)
        let supporting = Fixtures.source(
            "https://example.org/first-trial", ["In our trial, massage reduced cortisol levels by 31 percent."],
            title: "First trial")
        let contradicting = Fixtures.source(
            "https://example.org/meta-analysis", ["Massage did not reduce cortisol levels in a meta-analysis of nine trials."],
            title: "Meta-analysis")
        let check = scorer.check(claim, sources: [supporting, contradicting])
        #expect(check.verdict == .disputed, "\(check.reason)")
        let stances = check.evidence.map(\.stance)
        #expect(stances.contains(.supports) && stances.contains(.contradicts))
        #expect(check.reason.contains("'First trial'") && check.reason.contains("'Meta-analysis'"))
        #expect(check.sources.map(\.url) == ["https://example.org/first-trial", "https://example.org/meta-analysis"])
    }

    @Test func unreadableSourceDoesNotHideAReadableOne() {
        let claim = Fixtures.claim("Massage reduces cortisol levels", kind: .causal)
        let dead = Fixtures.unavailable("https://example.org/gone", status: .notFound, reason: "not found (HTTP 404)")
        let good = Fixtures.source("https://example.org/trial", ["Massage reduced cortisol levels by 31 percent."])
        let check = scorer.check(claim, sources: [dead, good])
        #expect(check.verdict == .supported, "\(check.reason)")
        #expect(check.sources.map(\.status) == [.notFound, .ok])
    }

    // MARK: Nothing to go on

    @Test func noSourcesNeedsACitation() {
        let claim = Fixtures.claim("Massage reduces cortisol levels")
        let check = scorer.check(claim, sources: [])
        #expect(check.verdict == .needsCitation)
        #expect(check.reason == "no source cited or found for this claim")
        #expect(check.evidence.isEmpty && check.sources.isEmpty)
    }

    @Test func aNamedButUnlinkedSourceSaysWhatWouldLetUsCheck() {
        var claim = Fixtures.claim("more than 80 percent of people will have back pain")
        claim.attribution = Attribution(source: "American Chiropractic Association", vague: false)
        let check = scorer.check(claim, sources: [])
        #expect(check.verdict == .needsCitation)
        #expect(check.reason.hasPrefix("attributed to American Chiropractic Association, but no link"))
    }

    @Test func vagueAttributionIsNamedInTheReason() {
        let claim = Fixtures.claim(
            "massages can even reduce the amount of cortisol in your bloodstream",
            attribution: Attribution(source: "studies have shown", vague: true))
        let check = scorer.check(claim, sources: [])
        #expect(check.verdict == .needsCitation)
        #expect(check.reason == "vague attribution ('studies have shown') and no source cited")
    }

    @Test func allSourcesUnavailable() {
        let dead = Fixtures.unavailable("https://example.org/gone", status: .notFound, reason: "not found (HTTP 404)")
        let check = scorer.check(Fixtures.backPainClaim, sources: [dead])
        #expect(check.verdict == .sourceUnavailable)
        #expect(check.reason == "the cited source could not be read: not found (HTTP 404)")
        #expect(check.sources.first?.status == .notFound)
    }

    @Test func severalUnavailableSourcesListTheirReasons() {
        let sources = [
            Fixtures.unavailable("https://example.org/a", status: .blocked, reason: "blocked (HTTP 403)"),
            Fixtures.unavailable("https://example.org/b", status: .timeout, reason: nil, origin: .search),
        ]
        let check = scorer.check(Fixtures.backPainClaim, sources: sources)
        #expect(check.verdict == .sourceUnavailable)
        #expect(check.reason == "none of the 2 sources could be read: blocked (HTTP 403); timed out")
    }

    @Test func unrelatedPageIsUnverified() {
        let page = Fixtures.source(
            "https://example.org/recipes", [
                "Preheat the oven to 200 degrees. Mix the flour with the butter until crumbly.",
                "Bake for twenty minutes, then let the bread cool before slicing.",
            ])
        let check = scorer.check(Fixtures.backPainClaim, sources: [page])
        #expect(check.verdict == .unverified, "\(check.reason)")
        #expect(check.reason == "the sources read do not address this claim")
    }

    @Test func unrelatedOptionSourceAndNoCitationNeedsACitation() {
        let claim = Fixtures.claim("Massage reduces cortisol levels")
        let page = Fixtures.source(
            "https://example.org/recipes", ["Preheat the oven to 200 degrees and bake the bread."], origin: .option)
        let check = scorer.check(claim, sources: [page])
        #expect(check.verdict == .needsCitation, "\(check.reason)")
        #expect(check.evidence.isEmpty)
    }

    @Test func unrelatedOwnSourceThatCannotBeReadIsReported() {
        let claim = Fixtures.claim("Massage reduces cortisol levels")
        let dead = Fixtures.unavailable("https://example.org/gone", status: .notFound, reason: "not found (HTTP 404)")
        let found = Fixtures.source("https://example.org/recipes", ["Bake the bread for twenty minutes."], origin: .search)
        let check = scorer.check(claim, sources: [dead, found])
        #expect(check.verdict == .sourceUnavailable, "\(check.reason)")
        #expect(check.reason.hasPrefix("the cited source could not be read: not found (HTTP 404)"))
    }
}
