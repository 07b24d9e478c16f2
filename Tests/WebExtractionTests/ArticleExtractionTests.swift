import Testing
@testable import WebExtraction

/// A news-style page written for these tests: every kind of boilerplate around an article with
/// every kind of block.
let newsPage = """
    <!doctype html><html lang="en-GB"><head><meta charset="utf-8">
    <title>Walking after dinner lowers blood sugar | The Daily Example</title>
    <link rel="canonical" href="https://news.example.org/health/walking-after-dinner">
    <meta property="og:title" content="Walking after dinner lowers blood sugar">
    <script>window.tracker = "tracking code that is not text";</script>
    <style>.share { display: flex }</style>
    </head><body>
    <div id="cookie-banner"><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p></div>
    <header class="site-header"><a href="/">The Daily Example</a>
      <nav><ul><li><a href="/news">News</a></li><li><a href="/health">Health</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    </header>
    <div class="layout">
      <main>
        <article>
          <h1>Walking after dinner lowers blood sugar</h1>
          <div class="byline">By Jane Doe, 3 March 2024</div>
          <div class="share-bar"><a href="https://facebook.example/share">Share on Facebook</a> <a href="#">Tweet this</a></div>
          <p>A ten-minute walk after the evening meal lowered blood sugar in adults with type 2 diabetes by
             <strong>22 percent</strong>, according to a trial published this week.</p>
          <p>The researchers followed 120 volunteers for twelve weeks and measured glucose every hour with a sensor.</p>
          <h2>How the trial worked</h2>
          <p>Volunteers were split into two groups of sixty, and only one group walked after dinner each evening.</p>
          <ul><li>Walk for ten minutes</li><li>Start within half an hour of eating</li><li>Keep a moderate pace</li></ul>
          <figure><img src="walk.jpg" alt=""><figcaption>Volunteers walked at their own pace along a marked route.</figcaption></figure>
          <table><caption>Glucose after dinner</caption>
            <tr><th>Group</th><th>Mean glucose</th></tr><tr><td>Walkers</td><td>7.1 mmol/l</td></tr><tr><td>Sitters</td><td>9.1 mmol/l</td></tr>
          </table>
          <blockquote><p>Even a short walk makes a measurable difference to how the body handles a meal.</p></blockquote>
          <pre>glucose = baseline * 0.78</pre>
          <p>The authors caution that the trial was small and that longer studies are needed before changing any advice.</p>
          <div class="related-posts"><h3>Related stories</h3><p><a href="/a">Ten habits for better sleep that doctors recommend to everyone</a></p>
            <p>A second teaser with a long description that looks like prose but sits in a related block.</p></div>
        </article>
        <section id="comments"><h3>3 comments</h3><p>Great article, I walk every day after dinner and feel much better for it, thanks.</p></section>
      </main>
      <aside class="sidebar"><h3>Most read</h3><p>An unrelated story that many readers clicked on this morning, with a long description.</p></aside>
    </div>
    <div class="newsletter-signup"><p>Sign up for our newsletter and get the best health stories in your inbox every week.</p></div>
    <footer><p>Copyright 2024 The Daily Example. All rights reserved. Imprint and privacy policy.</p></footer>
    </body></html>
    """

@Suite struct ArticleExtractionTests {
    let page: WebPage

    init() throws {
        page = try WebPageExtractor.extract(bytes: Array(newsPage.utf8), charset: "utf-8", url: "https://news.example.org/x")
    }

    @Test func keepsEveryBlockOfTheArticleInOrder() {
        let texts = page.blocks.map(\.text)
        // The headline and byline are the header's (``ArticleHeader``): title and metadata, not text.
        let expected = [
            "A ten-minute walk after the evening meal lowered blood sugar in adults with type 2 diabetes by 22 percent, according to a trial published this week.",
            "The researchers followed 120 volunteers for twelve weeks and measured glucose every hour with a sensor.",
            "How the trial worked",
            "Volunteers were split into two groups of sixty, and only one group walked after dinner each evening.",
            "Walk for ten minutes", "Start within half an hour of eating", "Keep a moderate pace",
            "Glucose after dinner", "Group", "Mean glucose", "Walkers", "7.1 mmol/l", "Sitters", "9.1 mmol/l",
            "Even a short walk makes a measurable difference to how the body handles a meal.",
            "glucose = baseline * 0.78",
            "The authors caution that the trial was small and that longer studies are needed before changing any advice.",
        ]
        #expect(texts == expected)
    }

    @Test func labelsBlocksByKind() {
        let kinds = Dictionary(page.blocks.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Walking after dinner lowers blood sugar"] == nil)
        #expect(kinds["How the trial worked"]?.kind == .heading)
        #expect(kinds["How the trial worked"]?.headingLevel == 2)
        #expect(kinds["Walk for ten minutes"]?.kind == .listItem)
        #expect(kinds["Walkers"]?.kind == .tableCell)
        #expect(kinds["Glucose after dinner"]?.kind == .caption)
        // An image's caption describes a picture the text does not carry (BoilerplateRuleTests).
        #expect(kinds["Volunteers walked at their own pace along a marked route."] == nil)
        #expect(kinds["Even a short walk makes a measurable difference to how the body handles a meal."]?.kind == .quote)
        #expect(kinds["glucose = baseline * 0.78"]?.kind == .preformatted)
    }

    @Test func dropsBoilerplate() {
        let text = page.text
        for boilerplate in ["cookies", "News", "Share on Facebook", "Related stories", "teaser", "Great article",
                            "Most read", "newsletter", "Copyright", "tracking code", "display: flex", "By Jane Doe"] {
            #expect(!text.contains(boilerplate), "\(boilerplate)")
        }
    }

    @Test func readsMetadata() {
        #expect(page.title == "Walking after dinner lowers blood sugar")
        #expect(page.canonicalURL == "https://news.example.org/health/walking-after-dinner")
        #expect(page.language == "en-gb")
    }

    @Test func textJoinsBlocksWithBlankLines() {
        #expect(page.text.hasPrefix("A ten-minute walk"))
        #expect(page.text.contains("22 percent, according to a trial published this week.\n\nThe researchers followed"))
    }
}
