import FactCheckModel
import Testing
@testable import FactCheckBench

/// The claims benchmark names a sentence by a hash the page's spacing and capitals do not change,
/// and counts each figure as `ClaimsScore` documents. Sentences written for this test.
@Suite struct ClaimsScoreTests {
    @Test func theKeyIgnoresSpacingAndCase() {
        let key = ClaimLabel.key(of: "The ferry left port twenty minutes late.")
        #expect(key == ClaimLabel.key(of: "the ferry  left\nport twenty minutes LATE."))
        #expect(key != ClaimLabel.key(of: "The ferry left port thirty minutes late."))
        #expect(key.count == 16)
    }

    @Test func eachRatioCountsWhatItSays() {
        let sentence = "Fares rose by 10 percent, the council said."
        let councilStart = sentence.unicodeScalars.count - "the council said.".unicodeScalars.count
        var label = ClaimLabel(
            page: "p", sentence: ClaimLabel.key(of: sentence), claim: true, source: [councilStart, councilStart + 11],
            quantities: [.init(value: 10, unit: "percent", bound: .exact)])
        #expect(label.sourceText(in: sentence) == "the council")
        var score = ClaimsScore()
        let right = Quantity(text: "10 percent", value: 10, unit: "percent", bound: .exact)
        let year = Quantity(text: "2019", value: 2019, unit: "calendar-year", bound: .exact)
        score.add(label: label, sentence: sentence, reading: SentenceReading(reported: true, source: "council", quantities: [right, year]))
        #expect(score.claims.truePositives == 1)
        #expect(score.attributionsRight == 1 && score.attributionsJudged == 1)
        // The calendar year is a date: neither labelled nor counted.
        #expect(score.quantitiesRight == 1 && score.quantitiesJudged == 1)
        #expect(score.cuedFound == 1 && score.cuedClaims == 1)
        // A wrong source, an extra figure and a missed claim each count against their ratio.
        let extra = Quantity(text: "2", value: 2, unit: nil, bound: .exact)
        score.add(label: label, sentence: sentence, reading: SentenceReading(reported: true, source: "Fares", quantities: [right, extra]))
        #expect(score.attributionsRight == 1 && score.attributionsJudged == 2)
        #expect(score.quantitiesRight == 2 && score.quantitiesJudged == 3)
        score.add(label: label, sentence: sentence, reading: SentenceReading(reported: false, source: nil, quantities: []))
        #expect(score.claims.falseNegatives == 1 && score.cuedClaims == 3 && score.cuedFound == 2)
        label.claim = false
        score.add(label: label, sentence: sentence, reading: SentenceReading(reported: true, source: nil, quantities: []))
        #expect(score.claims.falsePositives == 1)
        // Two-thirds, however rounded, is one figure.
        #expect(ClaimsScore.matches(Quantity(text: "two-thirds", value: 66.67, unit: "percent", bound: .exact),
                                    .init(value: 200.0 / 3, unit: "percent", bound: .exact)))
    }
}
