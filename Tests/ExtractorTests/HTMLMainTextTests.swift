import FactCheckModel
import Testing
@testable import Extractor

/// An HTML article is read through the same main-text extraction source pages get: the page's
/// furniture (menus, teasers, captions, banners, footers) never becomes a claim, while the body's
/// links, headings and source lines survive the selection.
@Suite struct HTMLMainTextTests {
    /// A news page written for this test: everything but the headline, the standfirst and the body
    /// is furniture that states numbers and would read as claims on its own.
    static let page = """
    <!DOCTYPE html>
    <html lang="en"><head><title>Coffee and the heart | The Daily Example</title></head>
    <body>
    <div class="cookie-banner">We use 12 cookies to improve your experience and share data with 340 partners. Accept all?</div>
    <div class="site-menu"><ul>
    <li><a href="https://news.example/world">World</a></li><li><a href="https://news.example/health">Health</a></li>
    <li><a href="https://news.example/money">Money</a></li><li><a href="https://news.example/sport">Sport</a></li>
    </ul></div>
    <main>
    <article>
    <h1>Coffee drinkers live longer, study finds</h1>
    <p class="standfirst">A cohort of 400,000 adults followed for 13 years found that coffee drinkers died less often than others.</p>
    <p class="byline">By A. Writer (12 March 2024)</p>
    <figure><img src="cup.jpg" alt=""><figcaption>A cup of coffee costs 3 dollars on average in 2024, photographers reported.</figcaption></figure>
    <p>Researchers at the national institute reported that men who drank three cups a day had a 10 percent lower risk of death,
    according to <a href="https://journal.example/coffee-cohort">the cohort study</a> published in the journal.</p>
    <h2>What the trial measured</h2>
    <p>The study followed participants from 1995 to 2008 and counted 52,000 deaths over that period, most of them from heart disease,
    while adjusting for smoking, alcohol and body weight in every one of its models.</p>
    <p>Women who drank coffee had a 15 percent lower risk of death than women who drank none, the authors wrote in their conclusion.</p>
    </article>
    <section class="related-stories"><h3>Related stories</h3><ul>
    <li><a href="https://news.example/a">Tea prices rose 40 percent this year</a> Now costs 9 dollars a box.</li>
    <li><a href="https://news.example/b">Cocoa futures fell 25 percent in March</a> Traders lost 2 billion dollars.</li>
    <li><a href="https://news.example/c">Milk sales doubled in 2023 across Europe</a> Farmers earned 5 percent more.</li>
    </ul></section>
    </main>
    <div class="site-footer">© 2024 The Daily Example. Originally published by Example Wire on 3 March 2024. All 250 journalists reserved.</div>
    </body></html>
    """

    func extracted() throws -> ExtractedArticle {
        try ClaimExtractor().extract(bytes: Array(Self.page.utf8), path: "news.html", format: .html)
    }

    @Test func claimsComeOnlyFromTheHeadlineStandfirstAndBody() throws {
        let result = try extracted()
        let text = result.article.text
        for furniture in ["cookies", "World", "Money", "photographers", "Tea prices", "Cocoa", "Milk sales", "Related stories",
                          "Originally published", "12 March 2024", "journalists"] {
            #expect(!text.contains(furniture), "\(furniture) is not the article")
        }
        for claim in result.claims {
            #expect(!["cookies", "cup of coffee costs", "prices", "futures", "Milk", "published by"].contains { claim.text.contains($0) },
                    "\(claim.text)")
        }
        #expect(text.hasPrefix("Coffee drinkers live longer, study finds\n\nA cohort of 400,000 adults"))
        #expect(text.contains("52,000 deaths"))
        #expect(result.article.title == "Coffee drinkers live longer, study finds")
        #expect(result.claims.contains { $0.text.contains("10 percent lower risk") })
    }

    @Test func bodyLinksStillCiteTheirClaimAndLinesPointIntoTheFile() throws {
        let result = try extracted()
        let claim = try #require(result.claims.first { $0.text.contains("10 percent lower risk") })
        #expect(claim.citations == ["https://journal.example/coffee-cohort"])
        let lines = Self.page.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLine = try #require(lines.firstIndex { $0.contains("Researchers at the national institute") }) + 1
        #expect(claim.span.line == expectedLine)
        let later = try #require(result.claims.first { $0.text.contains("15 percent lower risk") })
        let laterLine = try #require(lines.firstIndex { $0.contains("Women who drank coffee") }) + 1
        #expect(later.span.line == laterLine)
    }

    @Test func headingsKeepTheirLevelsInTheSelectedText() throws {
        let article = try extracted().article
        let scalars = Array(article.text.unicodeScalars)
        let headings = article.headings.map { "\($0.level) " + String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(headings == ["1 Coffee drinkers live longer, study finds", "2 What the trial measured"])
    }

    /// Issue #20's header and ending shapes reach the claim extractor the same way: a page written
    /// for this test with generated class names, a cookie notice, a byline of spans with a date, a
    /// paywall prompt, and a release's "ENDS" with its notes to editors.
    @Test func theArticleReaderDropsThisRoundsShapesAndKeepsTheHeadline() throws {
        let page = """
        <html><head><title>Bridge tolls | The Example Post</title></head><body>
        <div class="q1"><div><p>We use cookies to run this site and to measure 3 million visits a month. You can change your choices at any time.</p>
        <button>Accept</button></div></div>
        <div class="q2"><div class="q3"><h1>Bridge tolls to rise by 8 percent in April</h1>
        <div class="q4"><span>Ada Quill</span><span>Transport reporter</span><span>Tuesday 4 March 2025 8:10 am</span></div></div>
        <div class="q5"><p>The bridge authority said on Monday that tolls for cars would rise by 8 percent from April, the first rise since 2019.</p>
        <p>Lorries will pay 12 percent more, and the discount for residents will stay at 50 percent, the authority said in its statement.</p>
        <div class="q6"><h3>Subscribe to keep reading</h3><p>Join 40,000 readers from 2 pounds a month.</p><a href="/join">Offers</a></div>
        <div class="q5"><p>Drivers' groups said the rise was twice the rate of inflation and asked the authority to publish its accounts.</p>
        <p>ENDS</p><h3>Notes to editors</h3><p>The bridge authority was founded in 1961 and employs 230 people across its two sites.</p></div></div></div>
        </body></html>
        """
        let result = try ClaimExtractor().extract(bytes: Array(page.utf8), path: "tolls.html", format: .html)
        let text = result.article.text
        #expect(text.hasPrefix("Bridge tolls to rise by 8 percent in April\n\nThe bridge authority said on Monday"))
        #expect(result.article.title == "Bridge tolls to rise by 8 percent in April")
        #expect(result.article.headings.first?.level == 1)
        for furniture in ["cookies", "Ada Quill", "8:10", "keep reading", "40,000 readers", "ENDS", "Notes to editors", "founded in 1961"] {
            #expect(!text.contains(furniture), "\(furniture) is not the article")
        }
        #expect(text.contains("twice the rate of inflation"))
    }
}
