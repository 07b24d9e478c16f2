import FactCheckModel
import Testing
@testable import ScholarlySources

struct SearchQueryTests {
    @Test func contentWordsOnly() {
        let query = SearchQuery(text: "Studies show that brisk evening walks may not cut the risk of insomnia by 50 percent")
        #expect(query.terms == ["brisk", "evening", "walks", "risk", "insomnia"])
        #expect(query.pubMedTerm == "brisk evening walks risk insomnia")
        #expect(query.europePMCQuery == "brisk AND evening AND walks AND risk AND insomnia")
    }

    @Test func quantitiesOnRequest() {
        let query = SearchQuery(text: "massage lowered cortisol by 31%", includeQuantities: true)
        #expect(query.terms == ["massage", "lowered", "cortisol", "31"])
    }

    @Test func longClaimsKeepTheMostSpecificWordsInOrder() {
        let query = SearchQuery(text: "Regular aerobic exercise improves memory consolidation among elderly adults living alone in rural communities", maxTerms: 4)
        #expect(query.terms == ["exercise", "improves", "consolidation", "communities"])
    }

    @Test func fromAClaimUsesTheClaimTextNotTheAttribution() {
        let claim = Claim(
            id: "c-1", text: "chiropractic care relieves back pain",
            sentence: "According to the American Chiropractic Association, chiropractic care relieves back pain.",
            span: TextSpan(start: 0, end: 10, line: 1, column: 1), kind: .causal, checkworthiness: 0.9,
            attribution: Attribution(source: "American Chiropractic Association", vague: false), hedges: [],
            quantities: [], citations: [])
        #expect(SearchQuery(claim: claim).terms == ["chiropractic", "care", "relieves", "back", "pain"])
        #expect(SearchQuery(text: "it may be so").isEmpty)
    }
}
