import FactCheckModel
import Testing
import TextAnalysis
@testable import Scorer

/// Changes written as a multiplier ("halved", "doubles") and as a percentage ("rose by 7%") meet as
/// factors, so the article's "halved" is not left unverified beside a source's "rose by 7%".
@Suite struct ChangeFactorTests {
    let scorer = ClaimScorer()

    func factors(_ text: String) -> [String] {
        FigureText.comparable(QuantityParser.quantities(in: text), in: text).filter { $0.unit == "times" }.map {
            "\($0.text)=\(($0.value * 1000).rounded() / 1000) \($0.bound.rawValue)"
        }
    }

    @Test func percentagesTiedToAChangeWordBecomeFactors() {
        #expect(factors("Caffeine intake rose by 7% in the tea group.") == ["rose by 7%=1.07 exact"])
        #expect(factors("Falls dropped 12 percent after the programme.") == ["dropped 12 percent=0.88 exact"])
        #expect(factors("It brought a 30% reduction in admissions.") == ["30% reduction=0.7 exact"])
        #expect(factors("Readmissions were about 20 percent lower.") == ["about 20 percent lower=0.8 approximate"])
        // "up to 30% lower" bounds the fall from above, so the factor from below.
        #expect(factors("Pain scores were up to 30% lower.") == ["up to 30% lower=0.7 lower"])
    }

    /// A participle used as an adjective after the percentage is a change as its noun is (session 16).
    @Test func aPercentageBeforeAParticipleIsAChange() {
        #expect(factors("Smokers had a 35% increased risk of gum disease.") == ["35% increased=1.35 exact"])
        #expect(factors("The group showed a 20 percent reduced rate of falls.") == ["20 percent reduced=0.8 exact"])
        // The same participle after "of" is no change: the percentage is a share of something.
        #expect(factors("About 40 percent of reduced-fare riders were students.").isEmpty)
        // Without "a"/"an", a percentage before a participle is mostly a share of people or a
        // level; before "their", "to", "by" the participle is a verb.
        #expect(factors("In the clinic, 30% reduced their insulin dose.").isEmpty)
        #expect(factors("Readings of 4% increased to 9% over the year.").isEmpty)
        #expect(factors("The control arm had 12% elevated readings.").isEmpty)
    }

    /// "Triples" (×3) against "a 45% increased risk" (×1.45): the article's figure is far bigger.
    @Test func aMultiplierAgainstAParticiplePercentageIsOverstated() {
        let check = Fixtures.check(
            "A night flight triples the risk of jet lag", kind: .causal,
            against: ["A night flight brought a 45% increased risk of jet lag in the trial."], by: scorer)
        #expect(check.verdict == .overstated, "\(check.reason)")
        #expect(check.reason.contains("source reports a smaller change (45% increased, ×1.45)"), "\(check.reason)")
    }

    @Test func sharesAndLevelsAreNotChanges() {
        #expect(factors("About 40 percent of adults walk daily.").isEmpty)
        #expect(factors("Adherence was 85% at twelve weeks.").isEmpty)
        #expect(factors("Prevalence ranged from 3 to 7 percent.").isEmpty)
    }

    @Test func halvedAgainstARiseContradicts() {
        let claim = Fixtures.claim("Caffeine intake roughly halved in the tea group", kind: .statistic)
        let source = Fixtures.source("https://example.org/trial", ["Caffeine intake rose by 7% in the tea group."])
        let check = scorer.check(claim, sources: [source])
        #expect(check.verdict == .contradicted, "\(check.reason)")
        #expect(check.reason == "source reports rose by 7%; the article says roughly halved")
    }

    @Test func doublingMeetsANinetyFivePercentRise() {
        let claim = Fixtures.claim("Smoking doubles the risk of stroke", kind: .causal)
        let source = Fixtures.source("https://example.org/cohort", ["Smoking increased the risk of stroke by 95% in the cohort."])
        let check = scorer.check(claim, sources: [source])
        #expect(check.verdict == .supported, "\(check.reason)")
        // A rise of 30% is the same direction, smaller: the doubling overstates it (``ChangeSize``).
        let weaker = Fixtures.source("https://example.org/cohort", ["Smoking increased the risk of stroke by 30% in the cohort."])
        #expect(scorer.check(claim, sources: [weaker]).verdict == .overstated)
    }
}

/// Two counts of the same people or events can disagree; a count of something else, or of nothing
/// named, stays as bare counts always were: it may agree, never contradict.
@Suite struct CountedNounTests {
    let scorer = ClaimScorer()

    @Test func aCountOfTheSameThingContradicts() {
        let claim = Fixtures.claim("The trial enrolled 3,000 adults aged 50 to 70", kind: .statistic)
        let source = Fixtures.source("https://example.org/trial", ["The trial enrolled 2,400 adults aged 50 to 70 years."])
        let check = scorer.check(claim, sources: [source])
        #expect(check.verdict == .contradicted, "\(check.reason)")
        #expect(check.reason == "source reports 2,400 adults; the article says 3,000 adults")
        let same = Fixtures.source("https://example.org/trial", ["The trial enrolled 3,000 adults aged 50 to 70 years."])
        #expect(scorer.check(claim, sources: [same]).verdict == .supported)
    }

    @Test func countsOfOtherThingsNeverContradict() {
        let claim = Fixtures.claim("The trial enrolled 3,000 adults", kind: .statistic)
        // A different noun, and a count with none: no contradiction from the numbers.
        for sentence in ["The trial enrolled 2,400 households.", "The trial enrolled 2,400 in its first year."] {
            let check = scorer.check(claim, sources: [Fixtures.source("https://example.org/trial", [sentence])])
            #expect(check.verdict != .contradicted, "\(sentence): \(check.reason)")
        }
    }

    @Test func nounsAreNamedInTheSingular() {
        let named = FigureText.comparable(QuantityParser.quantities(in: "12 deaths and 3 studies in 40 mice"), in: "12 deaths and 3 studies in 40 mice")
        #expect(named.map(\.unit) == ["count of death", "count of study", "count of mouse"])
        #expect(CountedNoun.singular("people") == "person" && CountedNoun.singular("families") == "family")
        #expect(FigureText.comparable(QuantityParser.quantities(in: "type 2 diabetes"), in: "type 2 diabetes").map(\.unit) == [nil])
    }
}

/// A sentence that covers the claim but dates it to another year contradicts it.
@Suite struct YearAgreementTests {
    let scorer = ClaimScorer()

    @Test func anotherYearContradicts() {
        let claim = Fixtures.claim("The screening programme began in 2019", kind: .statistic)
        let other = Fixtures.source("https://example.org/report", ["The screening programme began in 2021."])
        let check = scorer.check(claim, sources: [other])
        #expect(check.verdict == .contradicted, "\(check.reason)")
        #expect(check.reason == "source dates it to 2021; the article says 2019")
        let same = Fixtures.source("https://example.org/report", ["The screening programme began in 2019 in four regions."])
        #expect(scorer.check(claim, sources: [same]).verdict == .supported)
        // A sentence with no year says nothing about the date.
        let undated = Fixtures.source("https://example.org/report", ["The screening programme began in four regions."])
        #expect(scorer.check(claim, sources: [undated]).verdict != .contradicted)
    }
}

/// Sentences where reading figures and scope words out of context gave a wrong verdict.
@Suite struct FigureContextTests {
    let scorer = ClaimScorer()

    func verdict(_ claim: String, _ sentence: String, kind: Claim.Kind = .statistic) -> (Verdict, String) {
        let check = scorer.check(Fixtures.claim(claim, kind: kind), sources: [Fixtures.source("https://example.org/s", [sentence])])
        return (check.verdict, check.reason)
    }

    @Test func aCountAgreesWithTheSameNumberEvenIfAnotherCountNamesTheNoun() {
        let (result, reason) = verdict(
            "The Harbour Clinic trial found that only 3 patients had side effects",
            "Of 40 patients in the Harbour Clinic trial, 3 had side effects.")
        #expect(result != .contradicted, "\(reason)")
    }

    @Test func aFrequencyIsNotARatio() {
        let (result, reason) = verdict(
            "Patients who exercised cut their fatigue by 40%", "Patients who exercised three times a week reported less fatigue.")
        #expect(result != .contradicted, "\(reason)")
    }

    @Test func aShareOrAnotherClausesPercentageIsNotAChange() {
        let share = verdict("Incomes of the lower 40% of households doubled", "Incomes of the poorest 40% of households doubled.")
        #expect(share.0 != .contradicted, "\(share.1)")
        let aside = verdict("Asthma attacks halved after the ban", "Asthma attacks fell after the ban, as predicted by 70% of doctors.")
        #expect(aside.0 != .contradicted, "\(aside.1)")
    }

    @Test func scopeIsReadWhereTheSentenceSpeaksOfTheGroup() {
        let wider = verdict("Most patients improved after eight weeks", "Few trials were blinded, but most patients improved after eight weeks.")
        #expect(wider.0 != .overstated, "\(wider.1)")
        let bound = verdict("Most adults walk daily", "As many as 60% of adults walk daily.")
        #expect(!bound.1.contains("many"), "\(bound.1)")
        let adjective = verdict("A fall is most dangerous for older adults", "A fall is dangerous for some older adults.")
        #expect(!adjective.1.contains("'some'"), "\(adjective.1)")
    }

    @Test func aFigureIsFoundAsAWholeNumber() {
        // "20" must not be found inside "2020", losing its noun.
        let (result, reason) = verdict("In 2020, 20 patients died of the infection", "In 2020, 35 patients died of the infection.")
        #expect(result == .contradicted, "\(reason)")
        #expect(reason == "source reports 35 patients; the article says 20 patients")
    }
}

/// An odds, hazard or risk ratio is the "N times as likely" it stands for.
@Suite struct RatioFigureTests {
    let scorer = ClaimScorer()

    @Test func aNamedRatioMeetsTimesAsLikely() {
        let claim = Fixtures.claim("Smokers were twice as likely to have lung disease", kind: .comparison)
        let close = Fixtures.source("https://example.org/s", ["Smokers had an odds ratio of 2.1 for lung disease compared with non-smokers."])
        let check = scorer.check(claim, sources: [close])
        #expect(check.verdict == .supported, "\(check.reason)")
        #expect(check.reason.contains("same figure (twice)"))
        let far = Fixtures.source("https://example.org/s", ["Smokers had an adjusted HR of 1.2 for lung disease compared with non-smokers."])
        let against = scorer.check(claim, sources: [far])
        // Both above ×1, the article's larger: an overstatement of the ratio (``ChangeSize``).
        #expect(against.verdict == .overstated, "\(against.reason)")
        #expect(against.reason == "source reports a smaller change (HR 1.2, ×1.2); the article says twice (×2)")
        let below = Fixtures.source("https://example.org/s", ["Smokers had an adjusted HR of 0.6 for lung disease compared with non-smokers."])
        #expect(scorer.check(claim, sources: [below]).verdict == .contradicted)
    }

    @Test func onlyANumberRightAfterTheRatiosNameIsTheRatio() {
        let text = "The odds ratio was 2.1 among 340 smokers."
        let figures = FigureText.comparable(QuantityParser.quantities(in: text), in: text)
        #expect(figures.map(\.unit) == ["times", nil])
    }
}
