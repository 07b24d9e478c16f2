import FactCheckModel
import Testing
@testable import Extractor

/// A sentence the article credits to an organisation the user registered as a source is checked
/// even when the check-worthiness model, trained on debates where naming a source says nothing,
/// scores it low.
@Suite struct RegisteredSourceTests {
    /// Scores about 0.09 with the committed model, below its threshold of 0.34. (A finding with a
    /// finding verb, "all participants reported mild headaches", is a claim on its own now.)
    let lowScoring = "According to the Harbour Clinical Unit, the tea room is busy on winter mornings."

    func claims(_ text: String, registered: [String]) throws -> [Claim] {
        try ClaimExtractor(registeredSources: registered)
            .extract(bytes: Array(text.utf8), path: "tea.txt", format: .text).claims
    }

    @Test func theSentenceIsBelowTheModelsThreshold() {
        let model = CheckworthinessModel.trained
        #expect(model.score(sentence: lowScoring) < model.threshold)
    }

    @Test func attributedToARegisteredSourceItIsAClaim() throws {
        let found = try claims(lowScoring, registered: ["Harbour Clinical Unit"])
        let claim = try #require(found.first)
        #expect(claim.text == "the tea room is busy on winter mornings")
        #expect(claim.attribution == Attribution(source: "Harbour Clinical Unit", vague: false))
        // An alias is a name too.
        #expect(try claims(lowScoring.replacingOccurrences(of: "the Harbour Clinical Unit", with: "HCU"), registered: ["HCU"]).count == 1)
    }

    /// The claim gate reads the article, not the registry: a sentence credited to a registered
    /// source is a claim whatever the gate says of it (README: "Registered sources").
    @Test func theGateDoesNotOverrideTheRegistry() throws {
        let article = """
        # Winter evenings at the harbour

        The harbour's tea room opens at dusk in December and serves soup until late.

        Locals bring their own mugs, and the owner keeps a shelf of them by the door.

        The Harbour Clinical Unit says chamomile is the best tea before bed.

        """
        let found = try claims(article, registered: ["Harbour Clinical Unit"])
        let claim = try #require(found.first { $0.sentence.contains("chamomile") })
        #expect(claim.attribution?.source == "Harbour Clinical Unit")
    }

    /// Since the cue rule (`ClaimExtractor.isCued`), a named source is a claim's cue whether or not
    /// it is registered; registration still lifts a quotation credited to it, which is no cue.
    @Test func aNamedSourceIsACueEvenUnregistered() throws {
        #expect(try claims(lowScoring, registered: []).count == 1)
        #expect(try claims(lowScoring, registered: ["Eastgate Institute"]).count == 1)
        // Whole words only: "Harbour Clinic" is not "Harbour Clinical Unit".
        #expect(!Attribution(source: "Harbour Clinical Unit", vague: false).names("Harbour Clinic"))
    }

    @Test func aRegisteredNameDoesNotMakeQuestionsOrOpinionsClaims() throws {
        let registered = ["Harbour Clinical Unit"]
        #expect(try claims("According to the Harbour Clinical Unit, should you drink tea?", registered: registered).isEmpty)
        #expect(try claims("I think the Harbour Clinical Unit said tea is nice.", registered: registered).isEmpty)
        // What the organisation recommends is checkable: it either published that advice or not.
        #expect(try claims("The Harbour Clinical Unit recommends a cup before bed.", registered: registered).count == 1)
    }

    @Test func namesMatchAsWholeWordsCaseInsensitively() {
        let attribution = Attribution(source: "a 2019 ACA report by the American Chiropractic Association", vague: false)
        #expect(attribution.names("ACA"))
        #expect(attribution.names("american chiropractic association"))
        #expect(!attribution.names("ACAP"))
        #expect(!attribution.names("Chiropractic Association of Canada"))
        #expect(!attribution.names(""))
    }
}
