import FactCheckModel
import Testing
@testable import Extractor

/// A sentence that credits two sources with two claims becomes two claims, each with its own source,
/// so neither is checked against the other's publication.
@Suite struct AttributedPartsTests {
    func extract(_ text: String) throws -> [Claim] {
        try ClaimExtractor().extract(bytes: Array(text.utf8), path: "tea.md", format: .markdown).claims
    }

    @Test func twoSourcesJoinedByAndBecomeTwoClaims() throws {
        let sentence = "The Harbour Clinical Unit found that green tea cuts blood pressure by 4 mmHg, and the Eastgate Institute says green tea lowers body weight by 2 kg."
        let claims = try extract(sentence)
        try #require(claims.count == 2)
        #expect(claims[0].text == "green tea cuts blood pressure by 4 mmHg")
        #expect(claims[0].attribution == Attribution(source: "Harbour Clinical Unit", vague: false))
        #expect(claims[0].quantities.map(\.value) == [4])
        #expect(claims[1].text == "green tea lowers body weight by 2 kg")
        #expect(claims[1].attribution == Attribution(source: "Eastgate Institute", vague: false))
        #expect(claims[1].quantities.map(\.value) == [2])
        // Both keep the whole sentence for context; each span covers its own claim in the file.
        #expect(claims.allSatisfy { $0.sentence == sentence })
        let scalars = Array(sentence.unicodeScalars)
        for claim in claims {
            #expect(String(String.UnicodeScalarView(scalars[claim.span.start..<claim.span.end])) == claim.text)
        }
        #expect(claims[1].span.column == 1 + sentence.unicodeScalars.count - "green tea lowers body weight by 2 kg.".unicodeScalars.count)
    }

    @Test func aSemicolonOrButOrWhileJoinsToo() throws {
        let semicolon = try extract("The CDC reports that 40 percent of adults are obese; the WHO estimates that 13 percent of adults worldwide are obese.")
        #expect(semicolon.map(\.attribution?.source) == ["CDC", "WHO"])
        let but = try extract("Green tea raises metabolism by 4 percent, but experts say green tea reduces body weight by only 1 kg.")
        try #require(but.count == 2)
        #expect(but[0].attribution == nil)
        #expect(but[1].attribution == Attribution(source: "experts say", vague: true))
        #expect(but[1].text == "green tea reduces body weight by only 1 kg")
        let whileParts = AttributedParts.parts(of: "Tea is popular in Japan, while the Eastgate Institute reports that coffee is more popular in Finland.")
        #expect(whileParts.map(\.attribution?.attribution.source) == [nil, "Eastgate Institute"])
    }

    @Test func oneSourceWithTwoFindingsStaysOneClaim() throws {
        let claims = try extract("The Harbour Clinical Unit found that green tea cuts blood pressure by 4 mmHg, and that it lowers body weight by 2 kg.")
        #expect(claims.count == 1)
        #expect(claims.first?.text == "green tea cuts blood pressure by 4 mmHg, and that it lowers body weight by 2 kg")
    }

    @Test func aClauseBeforeAReportingVerbIsNotASource() {
        // "the rate fell in Texas, officials" is not a source: it has a comma, and is a clause.
        let parts = AttributedParts.parts(of: "Obesity rose by 4 percent in 2020, and the rate fell in Texas, officials said in May.")
        #expect(parts.count == 1)
        // Nor is a subject followed by a reporting verb with no claim after it.
        #expect(AttributedParts.parts(of: "Obesity rose by 4 percent in 2020, and the CDC said so.").count == 1)
    }

    @Test func aLinkGoesToThePartItIsIn() throws {
        let text = "The [Harbour Clinical Unit](https://harbour.example/trial) found that green tea cuts blood pressure by 4 mmHg, and the [Eastgate Institute](https://eastgate.example/review) says green tea lowers body weight by 2 kg."
        let claims = try extract(text)
        try #require(claims.count == 2)
        #expect(claims[0].citations == ["https://harbour.example/trial"])
        #expect(claims[1].citations == ["https://eastgate.example/review"])
    }
}

/// Joints that do not start a second source's claim.
@Suite struct AttributedPartsLimitsTests {
    @Test func theSameStudysParticipantsAreNotASecondSource() {
        let sentence = "The Harbour Clinic found that green tea reduced body weight by 2 kg, and participants in the trial reported that they slept better after six weeks."
        #expect(AttributedParts.parts(of: sentence).count == 1)
        let survey = "The Harbour Clinic found that green tea reduced body weight by 2 kg, and a follow-up survey of the same patients showed that most kept the weight off."
        #expect(AttributedParts.parts(of: survey).count == 1)
    }

    @Test func aJointAtTheStartMakesNoEmptyPart() {
        let parts = AttributedParts.parts(of: "; the Harbour Clinic reports that back pain fell by 30 percent after massage.")
        #expect(parts.allSatisfy { !$0.range.isEmpty })
        #expect(parts.count == 1)
    }
}
