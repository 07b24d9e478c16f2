import FactCheckModel
import Testing
import TextAnalysis
@testable import Extractor

/// Session 17 (issue 18): cued claims the tool skipped for a wrong reason, each spared by a rule of
/// English, tested on sentences of our own, with at least three where the rule must not fire.
@Suite struct SessionSeventeenCuedTests: ExtractorProbing {
    /// "The board did say that …": a stressing "do" before a reporting verb ends the subject, as a
    /// progressive's "is" does.
    @Test func aStressingDoBeforeAReportingVerbCreditsTheSubject() {
        #expect(source("The ferry board did say however that night crossings would resume in May.")?.contains("ferry board") == true)
        #expect(source("The harbour office does say that two berths are closed for repairs.")?.contains("harbour office") == true)
    }

    /// A denial, a "do" with no clause after its verb and a pronoun credit no one by this rule.
    @Test func aStressingDoWithoutAClauseOrWithADenialCreditsNoOne() {
        #expect(source("The ferry board did not say that night crossings would resume.") == nil)
        #expect(source("The pilots did say hello to the crew before the crossing.") == nil)
        #expect(source("I did say that the ferry was late again.") == nil)
    }

    /// "…, cautions Dr. Lee": a warning told after the claim credits its speaker.
    @Test func cautionsAfterTheClaimCreditsItsSpeaker() {
        #expect(source("Night ferries may run late in winter storms, cautions harbour pilot Ana Ruiz.")?.contains("Ana Ruiz") == true)
    }

    /// "caution" as a deed or a noun credits no one: a caution given to someone, a label's cautions.
    @Test func cautionAsADeedOrANounCreditsNoOne() {
        #expect(source("Police cautioned a driver for speeding on the quay last night.") == nil)
        #expect(source("The cautions on the ticket were printed in small type.") == nil)
        #expect(source("She cautioned the crew about the tide and left the bridge.") == nil)
    }

    /// Told what to expect, with a figure, the reader is given a forecast that can be checked.
    @Test(arguments: [
        "Expect a 3-week wait for a new ferry pass.",
        "When you plant an olive from seed, you should expect four to seven years before it fruits.",
        "You can expect two to three weeks before the seedlings break the soil.",
    ])
    func aForecastWithAFigureIsNoAdvice(_ sentence: String) {
        #expect(!ImperativeClause.isAdvice(sentence), "\(sentence)")
    }

    /// Without a figure, with the figure in a command, or with "expect" later in a command, it stays advice.
    @Test(arguments: [
        "Expect the unexpected on the night crossing.",
        "Water the seedlings 3 times a week in summer.",
        "Place the pots 2 feet apart and expect the first shoots soon.",
        "Soak the seeds for 24 hours before you plant them.",
    ])
    func commandsStayAdvice(_ sentence: String) {
        #expect(ImperativeClause.isAdvice(sentence), "\(sentence)")
    }

    /// A sentence that does not tell the reader what to expect is no forecast, figure or not.
    @Test func otherUsesOfExpectAreNoForecast() throws {
        let wordNet = try WordNet.shared()
        let cases = [
            "Analysts expect 3 new ferries by June.",
            "You might expect 3 blooms in the first year, but most plants give one.",
            "The menu lists the expected dish at $12.",
        ]
        for sentence in cases {
            let words = Tokenizer.words(in: sentence)
            #expect(!ImperativeClause.forecastsFigure(words, text: sentence, wordNet: wordNet), "\(sentence)")
        }
    }
}
