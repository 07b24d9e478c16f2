import FactCheckModel
import Testing
@testable import Extractor

/// An article written for these tests with the shapes editors meet: a headline question, an
/// attributed statistic, a causal claim, a vague attribution, advice and an author bio.
let walkingArticle = """
Does Walking After Dinner Really Help You Sleep?

According to the National Sleep Foundation, more than 60 percent of adults report trouble sleeping at least once a week. If you are one of them, you might want to rethink your evenings.

Why Walking Works

A short walk after dinner increases blood flow to the muscles and lowers blood sugar. Research suggests that evening walks may improve sleep quality in older adults. You will feel calmer when your body has moved.

As you can see, walking is more than a pastime. Next time you feel restless, consider a slow lap around the block.

Jordan Ames is a freelance writer living in Leeds.
"""

@Suite struct ClaimExtractorTests {
    func extract(_ text: String, format: Article.Format = .text) throws -> ExtractedArticle {
        try ClaimExtractor().extract(bytes: Array(text.utf8), path: "walking.\(format.rawValue)", format: format)
    }

    func find(_ words: String, in result: ExtractedArticle) -> Claim? {
        result.claims.first { $0.sentence.contains(words) }
    }

    @Test func attributedStatisticKeepsItsBoundAndSource() throws {
        let result = try extract(walkingArticle)
        let claim = try #require(find("60 percent", in: result))
        #expect(claim.text == "more than 60 percent of adults report trouble sleeping at least once a week")
        #expect(claim.kind == .statistic)
        #expect(claim.attribution == Attribution(source: "National Sleep Foundation", vague: false))
        let quantity = try #require(claim.quantities.first)
        #expect(quantity.value == 60 && quantity.unit == "percent" && quantity.bound == .lower)
        // The span covers exactly the claim text in the file.
        let scalars = Array(walkingArticle.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[claim.span.start..<claim.span.end])) == claim.text)
        #expect(claim.span.line == 3)
        #expect(claim.span.column == 45)
    }

    @Test func causalAndVaguelyAttributedClaimsAreFound() throws {
        let result = try extract(walkingArticle)
        let blood = try #require(find("blood flow", in: result))
        #expect(blood.kind == .causal)
        let vague = try #require(find("Research suggests", in: result))
        #expect(vague.attribution?.vague == true)
        #expect(vague.text == "evening walks may improve sleep quality in older adults")
        #expect(vague.hedges == ["may"])
    }

    @Test func headlinesAdviceRhetoricAndBiosAreNotClaims() throws {
        let result = try extract(walkingArticle)
        for words in ["Does Walking", "consider a slow lap", "Jordan Ames", "As you can see", "you might want to"] {
            #expect(find(words, in: result) == nil, "\(words) should not be a claim")
            #expect(result.skipped.contains { $0.text.contains(words) }, "\(words) should be listed as skipped")
        }
        #expect(result.article.title == "Does Walking After Dinner Really Help You Sleep?")
    }

    @Test func claimIDsAreStableAcrossRunsAndFormatting() throws {
        let first = try extract(walkingArticle).claims.map(\.id)
        let second = try extract(walkingArticle.replacingOccurrences(of: "\n", with: "\r\n")).claims.map(\.id)
        #expect(first == second)
        #expect(first.allSatisfy { $0.hasPrefix("c-") && $0.count == 10 })
    }

    @Test func markdownLinksAndFootnotesBecomeCitationsWithFileSpans() throws {
        let markdown = """
        # Walking and sleep

        According to [a 2019 survey](https://example.org/survey), **more than 60 percent** of adults sleep badly.
        Evening walks lower blood sugar.[^1] See also <https://example.org/autolink>.

        - Walking increases blood flow to the legs, as [the clinic][clinic] explains.

        [clinic]: https://example.org/clinic
        [^1]: Smith J. Walking after meals. https://example.org/study
        """
        let result = try extract(markdown, format: .markdown)
        let survey = try #require(find("60 percent", in: result))
        #expect(survey.sentence == "According to a 2019 survey, more than 60 percent of adults sleep badly.")
        #expect(survey.citations == ["https://example.org/survey"])
        #expect(survey.span.line == 3)
        let sugar = try #require(find("blood sugar", in: result))
        #expect(sugar.citations == ["https://example.org/study"])
        let list = try #require(find("legs", in: result))
        #expect(list.citations == ["https://example.org/clinic"])
        #expect(result.article.title == "Walking and sleep")
        #expect(!result.claims.contains { $0.sentence.contains("Smith J.") }, "footnote definitions are references, not claims")
    }

    @Test func htmlArticlesSkipNavigationAndKeepLinks() throws {
        let html = """
        <!doctype html><html><head><title>Walking &amp; sleep</title><script>var x = "increases blood flow";</script></head>
        <body><nav><a href="https://example.org/home">Home</a> More than 90 percent of our menu items are links.</nav>
        <article><h1>Walking and sleep</h1>
        <p>According to the <a href="https://example.org/nsf">National Sleep Foundation</a>, more than 60 percent
        of adults report trouble sleeping.</p>
        <ul><li>A walk after dinner lowers blood sugar.</li></ul>
        </article><footer>Copyright 2024. Over 100 percent satisfaction.</footer></body></html>
        """
        let result = try extract(html, format: .html)
        #expect(result.article.title == "Walking and sleep", "the article's headline, not the site's <title>")
        let statistic = try #require(find("60 percent", in: result))
        #expect(statistic.citations == ["https://example.org/nsf"])
        #expect(statistic.span.line == 4)
        #expect(find("blood sugar", in: result) != nil)
        #expect(!result.article.text.contains("menu items"))
        #expect(!result.article.text.contains("satisfaction"))
        #expect(!result.article.text.contains("var x"))
    }

    /// An attribution after the claim is the claim's source, not part of what it claims: the claim
    /// text (and so its id and what is compared with the source) stops at the comma.
    @Test func aTrailingAttributionIsCutFromTheClaim() throws {
        let according = try extract("Massage lowers cortisol by 31 percent, according to a trial at the Harbour Clinic.")
        let first = try #require(according.claims.first)
        #expect(first.text == "Massage lowers cortisol by 31 percent")
        #expect(first.attribution == Attribution(source: "a trial at the Harbour Clinic", vague: false))
        let sentence = "Evening screen use worsens sleep quality in 40 percent of teenagers, as the North Lab and the South Institute both report."
        let both = try #require(try extract(sentence).claims.first)
        #expect(both.text == "Evening screen use worsens sleep quality in 40 percent of teenagers")
        #expect(both.attribution == Attribution(source: "North Lab and the South Institute", vague: false))
        #expect(both.span.end - both.span.start == both.text.unicodeScalars.count)
        let noComma = try #require(AttributionParser.parse("Sleep quality fell by 40 percent as the North Lab reports."))
        #expect(noComma.attribution.source == "North Lab")
        #expect(noComma.claimEnd == "Sleep quality fell by 40 percent ".unicodeScalars.count)
        // The source between the last comma and the end, before or after its verb.
        let found = try #require(AttributionParser.parse("Omega-3 supplements cut heart attacks by 28 percent, Hill College found."))
        #expect(found.attribution == Attribution(source: "Hill College", vague: false))
        #expect(found.claimEnd == "Omega-3 supplements cut heart attacks by 28 percent".unicodeScalars.count)
        let say = try #require(AttributionParser.parse("Omega-3 supplements cut heart attacks, say the West Bureau and Hill College."))
        #expect(say.attribution.source == "West Bureau and Hill College")
        #expect(AttributionParser.parse("Omega-3 supplements cut heart attacks, experts say.")?.attribution == Attribution(source: "experts", vague: true))
        // A long clause before the verb is not a source.
        #expect(AttributionParser.parse("Heart attacks fell, and the number of adults taking supplements in the United States also rose, officials said.")?.attribution.source != "and the number of adults taking supplements in the United States also rose")
        // A short lead-in source wins over a trailing clause; comparisons and likenings are no sources.
        #expect(AttributionParser.parse("The Harbour Clinic found that back pain fell by 30 percent after massage, as earlier studies had shown.")?.attribution.source == "Harbour Clinic")
        #expect(AttributionParser.parse("Infections spread twice as fast as the Health Ministry had estimated.")?.attribution.source != "Health Ministry")
        #expect(AttributionParser.parse("Pain eased within weeks, just as Dr Lee had predicted and the trial confirmed.")?.claimEnd == nil)
        #expect(AttributionParser.parse("Pain fell by 30 percent, as the Harbour Clinic and the CDC have both reported.")?.attribution.source == "Harbour Clinic and the CDC")
        // "as" with no source before a reporting verb attributes nothing.
        #expect(AttributionParser.parse("Sleep quality fell by 40 percent, as expected from earlier work.") == nil)
    }
}
