import FactCheckModel
import Testing
@testable import Scorer

/// Which event a year dates (``DatedEvent``, issue #17, "Different subjects"): a year a sentence
/// ties to the opposite event of the claim's thing ("closed for repairs in 1975" against "opened in
/// 1932") is no contradiction; the same event in another year, named in other words or tied to no
/// word at all, still is. Sentences written for these tests.
@Suite struct DatedEventTests {
    let scorer = ClaimScorer()

    func check(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        scorer.check(Fixtures.claim(claimText), sources: [Fixtures.source("https://example.org/page", passages)])
    }

    // MARK: The words a year dates

    @Test func theDatedWordsComeBeforeTheirPreposition() {
        let analyzer = TextAnalyzer()
        for (text, year, dated) in [
            ("The old bridge was closed for repairs in 1975.", "1975", ["repairs", "closed"]),
            ("The old bridge opened on 3 May 1932.", "1932", ["opened", "bridge", "old"]),
            ("The ferry was suspended in early 1984.", "1984", ["suspended", "ferry"]),
            ("Harbour Lights is a 2012 drama film.", "2012", []),
            ("In 1932, the bridge opened.", "1932", []),
        ] {
            let analysis = analyzer.analyze(text)
            let at = analysis.words.firstIndex(of: year)!
            #expect(DatedEvent.datedWords(ofYearAt: at, in: analysis).map { analysis.words[$0] } == dated, "\(text)")
        }
    }

    // MARK: The opposite event dated: no contradiction

    @Test func aYearOfTheOppositeEventIsNoContradiction() {
        for (claim, passage) in [
            ("The museum on the hill opened in 1921.", "The museum on the hill closed in 1990."),
            ("The ferry service between the islands began in 1958.", "The ferry service between the islands ended in 1984."),
        ] {
            let result = check(claim, [passage])
            #expect(result.verdict == .unverified, "\(claim): \(result.verdict): \(result.reason)")
        }
    }

    // MARK: The same event: still a contradiction

    /// The same event in another year, the event's word elsewhere in the sentence ("opened to
    /// traffic in"), a WordNet synonym of it ("established" for "founded"), a form of it ("the
    /// opening"), or a year tied to no word ("a 2012 film").
    @Test func theSameEventInAnotherYearContradicts() {
        for (claim, passage) in [
            ("The old bridge over the river opened in 1932.", "The old bridge over the river opened in 1951."),
            ("The old bridge over the river opened in 1932.", "The old bridge over the river opened to traffic in 1951."),
            ("The village library was founded in 1890.", "The village library was established in 1902."),
            ("The old bridge over the river opened in 1932.", "The opening of the old bridge over the river was in 1951."),
            ("Harbour Lights was released in 2010.", "Harbour Lights is a 2012 drama film."),
        ] {
            let result = check(claim, [passage])
            #expect(result.verdict == .contradicted, "\(claim) / \(passage): \(result.verdict): \(result.reason)")
        }
    }

    /// Both events in one phrase ("opened and closed in 1935") date the claim's too; a state that
    /// lasts until or since a year ("stayed closed until 1935") is no event at it, and the year
    /// still counts against the claim's (session 13's review).
    @Test func bothEventsOrAStateUntilAYearContradict() {
        for (claim, passage) in [
            ("The corner bakery opened in 1931.", "The corner bakery opened and closed in 1936."),
            ("The corner bakery opened in 1931.", "The corner bakery, once closed, opened in 1936."),
            ("The night market began in 1979.", "The night market began and ended in 1983."),
            ("The coach was hired in 2003.", "The coach was hired and fired in 2007."),
            ("The corner bakery closed in 1987.", "The corner bakery remained open until 1992."),
            ("The corner bakery closed in 1987.", "The owners kept the corner bakery open until 2011."),
            ("The corner bakery opened in 1931.", "The corner bakery stayed closed until 1936."),
        ] {
            let result = check(claim, [passage])
            #expect(result.verdict == .contradicted, "\(claim) / \(passage): \(result.verdict): \(result.reason)")
        }
    }
}

