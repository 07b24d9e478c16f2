import FactCheckModel
import Testing
@testable import Extractor

/// Shapes of pages other than news (issue 18, batch 2): interviews set as transcripts, tutorials
/// that walk through their own examples, exclamations, a merit ranked by the writer, and
/// attributions whose speaker is described at length. Every sentence is our own.
@Suite struct TranscriptAndTutorialTests {
    func extract(_ text: String) throws -> ExtractedArticle {
        try ClaimExtractor().extract(bytes: Array(text.utf8), path: "interview.txt", format: .text)
    }

    static let interview = """
        Harbour app interview

        What did your first release look like?

        Ines: The ferry app launched in 2016 with timetables for 14 piers across the bay.

        Tomas: Ines’s team wrote the first 40,000 lines of the booking code before I joined.

        How did you test it?

        Tomas: The pilot ran for six weeks on two routes, according to the port’s records.

        Ines: Honestly, it was a wonderful time.
        """

    @Test func aTranscriptSpeakerIsTheSourceOfTheLine() throws {
        let claims = try extract(Self.interview).claims
        let launch = try #require(claims.first { $0.sentence.contains("launched in 2016") })
        #expect(launch.attribution?.source == "Ines")
        #expect(launch.text.hasPrefix("The ferry app launched"))
        let code = try #require(claims.first { $0.sentence.contains("40,000 lines") })
        #expect(code.attribution?.source == "Tomas")
        #expect(code.quantities.map(\.value) == [40_000])
    }

    @Test func aLabelOnceOnAPageIsNoSpeaker() {
        let speakers = TranscriptSpeakers(sentences: [
            "Update: The pier reopened on Monday.", "Ines: The pier reopened on Monday.", "The ferry runs hourly.",
        ])
        #expect(speakers.names.isEmpty)
        let twice = TranscriptSpeakers(sentences: ["Update: The pier reopened.", "Update: Ferries run again."])
        #expect(twice.names.isEmpty)
        #expect(TranscriptSpeakers.label(in: "KEY FACTS: The pier is 300 metres long.") == nil)
        #expect(TranscriptSpeakers.label(in: "By Ana Ruiz: the pier reopened.") == nil)
        #expect(TranscriptSpeakers.label(in: "Ana Ruiz: The pier reopened.")?.0 == "Ana Ruiz")
        #expect(TranscriptSpeakers.label(in: "Time: 10:30") == nil)
    }

    @Test func aTutorialsOwnExampleIsNoClaim() {
        #expect(ClaimNoise.reason("In this example, we build a list of the first ten prime numbers.", quantities: [], attributed: false) != nil)
        #expect(ClaimNoise.reason("In the example above, we take the first four bytes of the name.", quantities: [], attributed: false) != nil)
        // How the tool behaves is a claim, example or not.
        #expect(ClaimNoise.reason("In this example, the compiler infers the type of both values.", quantities: [], attributed: false) == nil)
    }

    @Test func anExclamationIsNoClaim() {
        #expect(ClaimNoise.reason("The two founders could not resist the idea!", quantities: [], attributed: false) == "an exclamation")
        #expect(ClaimNoise.reason("The crowd shouted “Encore!”", quantities: [], attributed: false) == nil)
    }

    @Test func aSpeakerDescribedAtLengthBeforeThat() {
        let sentence = "Ana Ruiz, one of the region’s most experienced pilots, and the Harbour Union’s delegate for the northern docks, explained that night crossings had become rarer."
        let parsed = AttributionParser.parse(sentence)
        #expect(parsed?.attribution.source == "Ana Ruiz")
        // The apposition's second half is no second source: the sentence stays one part.
        #expect(AttributedParts.parts(of: sentence).count == 1)
    }

    @Test func aClauseAfterFoundIsTheFinding() {
        let parsed = AttributionParser.parse("Harbourline, an early user of the booking system, found they could cut waiting times by half.")
        #expect(parsed?.attribution.source == "Harbourline")
        // A deed stays a deed.
        #expect(AttributionParser.parse("Divers found a bronze anchor off the northern coast.") == nil)
    }

    @Test func aFigureBeforeAQuotedQuestionIsStated() {
        let sentence = "The nearly 90% of riders who never took the ferry may ask, “Why bother?”"
        #expect(ClaimNoise.reason(sentence, quantities: ClaimExtractor.figures(in: sentence, from: 0, to: nil), attributed: false) == nil)
        #expect(ClaimNoise.reason("A rider asked the mayor, “Why did the ferry stop?”", quantities: [], attributed: false) == "a question")
    }

    @Test func rankingAMeritIsAnEvaluation() {
        #expect(ClaimNoise.reason("One of the biggest benefits of the new ferry is the quiet cabin.", quantities: [], attributed: false) == "an evaluation")
        #expect(ClaimNoise.reason("So the main challenge was fitting the timetable onto one screen.", quantities: [], attributed: false) == "an evaluation")
        // A rank of something countable is a claim.
        #expect(ClaimNoise.reason("The port is the biggest employer in the county.", quantities: [], attributed: false) == nil)
    }
}
