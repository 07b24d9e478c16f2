import FactCheckModel
import Testing
@testable import FactCheck
@testable import Fetcher

/// What a claim whose cited source could not be read is offered in its place: only papers that
/// bear on it, never the dead link's own work again, and a reason that promises papers only when
/// there are some.
@Suite struct ReplacementSuggestionTests {
    static let deadDOI = "10.5555/Massage.Cortisol.2020"

    static func unreadCheck() -> ClaimCheck {
        let text = "Massage therapy reduces cortisol levels"
        let claim = Claim(
            id: "c-00000001", text: text, sentence: text + ".", span: TextSpan(start: 0, end: text.count, line: 1, column: 1),
            kind: .general, checkworthiness: 1, attribution: nil, hedges: [], quantities: [], citations: [])
        let dead = SourceSummary(
            url: "https://doi.org/" + deadDOI, origin: .link, status: .notFound, title: nil, reason: "HTTP 404")
        return ClaimCheck(
            claim: claim, sources: [dead], verdict: .sourceUnavailable, confidence: 0.5,
            reason: "the cited source could not be read", evidence: [])
    }

    static func paper(pmid: String, doi: String?, title: String, _ sentence: String) -> LiteratureSearchResult.Paper {
        let url = doi.map { "https://doi.org/" + $0 } ?? "https://pubmed.ncbi.nlm.nih.gov/\(pmid)/"
        let document = SourceDocument(
            ref: SourceRef(url: url, origin: .search), status: .ok, finalURL: nil, title: title, contentType: "text/plain",
            passages: [Passage(index: 0, text: title + "."), Passage(index: 1, text: sentence)])
        let citation = SuggestedCitation(
            authors: ["Okafor N"], year: 2020, title: title, journal: "Journal of Touch Research", doi: doi, pmid: pmid,
            url: url, studyType: nil, foundBy: "PubMed: test")
        return LiteratureSearchResult.Paper(document: document, citation: citation)
    }

    static let samePaper = paper(
        pmid: "90000001", doi: deadDOI.lowercased(), title: "Massage therapy and cortisol: a meta-analysis",
        "Massage therapy reduced cortisol levels compared with rest.")
    static let otherPaper = paper(
        pmid: "90000005", doi: "10.5555/other.trial", title: "Massage and stress hormones in adults",
        "Massage therapy reduced cortisol levels in the bloodstream compared with rest.")
    static let unrelatedPaper = paper(
        pmid: "90000004", doi: nil, title: "Shift work and sleep in nurses", "Night-shift nurses slept less than day-shift nurses.")

    let scorer = FactChecker(configuration: Configuration(), options: CheckOptions()).scorer

    @Test func onlyPapersThatBearOnTheClaimAndAreNotTheDeadCitationAreOffered() {
        let result = LiteratureSearchResult(papers: [Self.samePaper, Self.otherPaper, Self.unrelatedPaper])
        let check = LiteratureSuggestions.apply(result, to: Self.unreadCheck(), role: .replacement, scorer: scorer)
        #expect(check.suggestions.map(\.pmid) == ["90000005"], "\(check.suggestions.map { ($0.pmid, $0.stance) })")
        #expect(check.suggestions.allSatisfy { $0.role == .replacement && $0.stance == .supports })
        #expect(check.verdict == .sourceUnavailable)
        #expect(check.reason == "the cited source could not be read; papers in its place are suggested (found by search, not cited by the author)")
    }

    @Test func theDeadCitationIsRecognisedByItsPMIDToo() {
        var dead = Self.unreadCheck()
        dead.sources = [SourceSummary(url: "https://pubmed.ncbi.nlm.nih.gov/90000005/", origin: .link, status: .networkError, title: nil, reason: nil)]
        let check = LiteratureSuggestions.apply(LiteratureSearchResult(papers: [Self.otherPaper]), to: dead, role: .replacement, scorer: scorer)
        #expect(check.suggestions.isEmpty)
    }

    @Test func noPaperOnPointMeansNoPromiseInTheReason() {
        let result = LiteratureSearchResult(papers: [Self.unrelatedPaper, Self.samePaper])
        let check = LiteratureSuggestions.apply(result, to: Self.unreadCheck(), role: .replacement, scorer: scorer)
        #expect(check.suggestions.isEmpty)
        #expect(check.reason == "the cited source could not be read")
        // It was searched all the same: the report says what was asked.
        #expect(check.search != nil)
    }
}
