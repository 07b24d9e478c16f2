import Testing
@testable import Scorer
@testable import TextAnalysis

/// The verifier's newer readings: abbreviations, ratios with intervals, the evidence cut, and the
/// sentence-splitting shortcut the product's index takes. Hand-written text only.
@Suite struct VerifierReadingTests {
    @Test func abbreviationsAreDefinedByTheirLongForm() {
        let pairs = Abbreviations.candidates(in: "We treated subjects with chenodeoxycholic acid (CDCA) for two days.")
        #expect(pairs.count == 1)
        #expect(pairs.first?.0 == "CDCA")
        #expect(pairs.first?.1 == "chenodeoxycholic acid")
        // A parenthesis that is not an abbreviation's definition.
        #expect(Abbreviations.candidates(in: "Weight fell (n = 12) in the group.").isEmpty)
        #expect(Abbreviations.candidates(in: "Blood pressure fell (P < 0.05).").isEmpty)
    }

    @Test func aShortFormStandsForTheClaimsWords() {
        let analyzer = TextAnalyzer()
        let claimStems = StemSet(analyzer.analyze("Brown adipose tissue activity rises with treatment.").contentStemIDs)
        let definitions = Abbreviations.definitions(
            in: ["Cold activates brown adipose tissue (BAT) in adults.", "Treatment increased BAT activity."], analyzer: analyzer)
        let aliases = Abbreviations.claimAliases(definitions, claimStems: claimStems)
        #expect(aliases.count == 1)
        let later = StemSet(analyzer.analyze("Treatment increased BAT activity.").contentStemIDs)
        let expanded = Abbreviations.expand(later, with: aliases)
        #expect(expanded.isSuperset(of: analyzer.analyze("brown adipose tissue").contentStemIDs))
    }

    @Test func theVerifierSeesThroughAbbreviations() {
        let abstract = [
            "Brown adipose tissue (BAT) burns energy, and whether bile acids act on it in humans is unknown.",
            "We gave chenodeoxycholic acid (CDCA) to 12 healthy women for two days.",
            "CDCA treatment increased BAT activity.",
        ]
        let reading = AbstractVerifier().read(claim: "Chenodeoxycholic acid increases brown adipose tissue activity.", sentences: abstract)
        let coverage = AbstractVerifier.sentenceFeatureNames.firstIndex(of: "coverage")!
        #expect(reading.sentenceFeatures[2][coverage] > 0.8, "the finding covers the claim once CDCA and BAT are read")
    }

    @Test func ratiosWithIntervalsHaveADirection() {
        let analyzer = TextAnalyzer()
        func finding(_ text: String) -> EffectSize.Finding? { EffectSize.finding(in: analyzer.analyze(text), raw: text) }
        #expect(finding("Exposed infants had a lower death rate (OR, 0.73 [95% CI, 0.54 to 0.98]).") == .lower)
        #expect(finding("The rate ratio was 0.83 (95% CI, 0.72-0.96).") == .lower)
        #expect(finding("Risk rose with use (HR 1.80, 95% CI 1.20 to 2.70).") == .higher)
        #expect(finding("Cancer mortality was similar (hazard ratio 1.10, 0.93 to 1.29).") == .null)
        // "or" as a word is not an odds ratio.
        #expect(finding("Patients with diabetes or 2 prior events were excluded.") == nil)
    }

    @Test func theLikeliestSentenceIsAlwaysEvidence() {
        var weights = VerifierWeights.trained
        weights.evidenceThreshold = 0.9
        weights.evidenceRelative = 0.5
        weights.maximumEvidence = 3
        let verifier = AbstractVerifier(weights: weights)
        #expect(verifier.evidence([0.1, 0.3, 0.2]) == [1, 2], "the likeliest, and one at half its probability")
        #expect(verifier.evidence([0.1, 0.8, 0.2, 0.95]) == [1, 3])
        #expect(verifier.evidence([]) == [])
    }

    /// The index's shortcut for passages that are one sentence must give what the splitter gives.
    @Test func sentenceShortcutMatchesTheSplitter() {
        let passages = [
            "One plain sentence without a stop", "A sentence with a decimal 0.05 inside and an end.",
            "  Padded sentence with trailing space.   \n", "Two sentences here. And another one.",
            "Mr. Smith went home. Then he slept.", "A line\nbreak and a paragraph\n\nbreak.",
            "Quoted end.\" Next one starts.", "Ends with a closer (see above).", "e.g. this one", "",
            "   ", "Results: P < 0.05 (95% CI, 0.5-0.9).", "Ellipsis… then more.", "Café au lait, naïve résumé.",
        ]
        for passage in passages {
            #expect(SentenceIndex.sentences(in: passage) == SentenceSplitter.sentences(in: passage), "\(passage)")
        }
    }
}

extension VerifierReadingTests {
    /// The fragment's word split must be the `Character` split it replaced.
    @Test func fragmentWordsMatchTheCharacterSplit() {
        for text in ["as much as 80 percent", "  lead\tand\ntrail  ", "", "naïve café résumé", "a\u{00A0}b c", "x\r\ny"] {
            #expect(TextFragment.words(of: text) == text.split(whereSeparator: \.isWhitespace).map(String.init), "\(text)")
        }
    }
}

extension VerifierReadingTests {
    /// The benchmark's account of a "not enough info" answer (session 14) names what the product's
    /// verifier read: a source's sentences that share a claim word, in reading order, not the one
    /// that shares none; and its three label probabilities.
    @Test func theDiagnosisNamesTheSentencesTheVerifierRead() {
        let passages = [
            "Whether daily walking lowers blood pressure in older adults is debated.",
            "The trial ran from March to October at three sites.",
            "In the walking group, blood pressure fell by 6 mmHg over a year.",
        ]
        let diagnosis = ClaimScorer().learnedDiagnosis(
            Fixtures.claim("Daily walking lowers blood pressure in older adults."),
            sources: [Fixtures.source("https://example.org/walking", passages)])
        #expect(diagnosis.sources.count == 1)
        #expect(diagnosis.sources.first?.read == [passages[0], passages[2]])
        #expect(diagnosis.sources.first?.probabilities.count == 3)
        #expect(abs((diagnosis.sources.first?.probabilities.reduce(0, +) ?? 0) - 1) < 1e-6)
        #expect(diagnosis.bestCoverage >= 0.45)
    }
}
