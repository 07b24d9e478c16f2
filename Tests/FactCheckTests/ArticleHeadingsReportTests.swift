import FactCheck
import FactCheckModel
import Testing

/// The headings the extractor reads reach the HTML report, from the check's own read and from the
/// re-read `merge` makes, and are shown as headings.
@Suite struct ArticleHeadingsReportTests {
    static let plainText = """
        Does Massage Help Back Pain?

        According to the American Chiropractic Association, more than 80 percent of people will experience back pain at some point in their lives.

        What the studies found

        A 2011 trial of 401 adults found that massage reduced back pain scores by 30 percent after ten weeks.

        """

    static let markdown = """
        # Does Massage Help Back Pain?

        According to the American Chiropractic Association, more than 80 percent of people will experience back pain at some point in their lives.

        ## What the *studies* found
        A 2011 trial of 401 adults found that massage reduced back pain scores by 30 percent after ten weeks.

        ### Range of motion ###

        Studies have shown that massage increases flexibility by 20 percent in older adults.

        """

    /// The check's report and kept texts, and the HTML page of each article, for files written to
    /// `workspace` (which must outlive the call when the files are read again).
    static func check(
        _ files: [String: String], in workspace: TestWorkspace
    ) async throws -> (report: Report, texts: [String: ArticleText], pages: [String: String]) {
        for (name, text) in files { try workspace.write(name, text) }
        var options = CheckOptions()
        options.fetchSources = false
        let (report, texts) = await FactChecker(configuration: .withoutSearch, options: options)
            .check(paths: files.keys.map { workspace.path($0) }, keepingTexts: true)
        return (report, texts, try pages(report, texts))
    }

    static func pages(_ report: Report, _ texts: [String: ArticleText]) throws -> [String: String] {
        var context = RenderContext()
        context.articleTexts = texts
        var pages: [String: String] = [:]
        for article in report.articles {
            let name = String(article.path.split(separator: "/").last ?? "")
            pages[name] = try ReportFormat.html.render(Report(tool: report.tool, articles: [article]), context: context)
        }
        return pages
    }

    static func main(_ page: String?) throws -> String {
        try #require(page?.components(separatedBy: "<main>").last)
    }

    @Test func aTextArticlesHeadingLineIsAHeadingOnThePage() async throws {
        let (report, texts, pages) = try await Self.check(["back-pain.txt": Self.plainText], in: TestWorkspace())
        #expect(report.articles.first?.claims.count ?? 0 >= 2, "the article's claims are marked around the heading")
        let main = try Self.main(pages["back-pain.txt"])
        #expect(main.contains(#"<h2 class="article-heading">What the studies found</h2>"#))
        #expect(!main.contains("<p>What the studies found"), "not a paragraph any more")
        #expect(!main.contains("Does Massage Help Back Pain?"), "the title is the page's heading, shown once")
        #expect(main.contains("<mark class=\"claim"))
        let headings = try #require(texts.values.first?.headings)
        #expect(headings.map(\.level) == [1, 2])
    }

    @Test func markdownHeadingsKeepTheirLevelsAndInlineMarks() async throws {
        let (_, _, pages) = try await Self.check(["back-pain.md": Self.markdown], in: TestWorkspace())
        let main = try Self.main(pages["back-pain.md"])
        #expect(main.contains(#"<h2 class="article-heading">What the <em>studies</em> found</h2>"#))
        #expect(main.contains(#"<h3 class="article-heading">Range of motion</h3>"#))
        #expect(!main.contains("##"), "the marks that make a line a heading are not shown")
        #expect(!main.contains("Does Massage Help Back Pain?"))
        #expect(main.contains("<mark class=\"claim"), "the paragraph right under a heading keeps its claim")
    }

    /// An HTML article read through the main-text extraction: its body headings are still headings
    /// on the page, and the site's related-stories heading is not there at all.
    @Test func anHTMLArticlesBodyHeadingsAreHeadingsOnThePage() async throws {
        let html = """
            <html><head><title>Back pain | Example News</title></head><body>
            <nav><ul><li><a href="https://news.example/a">Health</a></li><li><a href="https://news.example/b">Money</a></li></ul></nav>
            <article><h1>Does Massage Help Back Pain?</h1>
            <p>According to the American Chiropractic Association, more than 80 percent of people will experience back pain at some point in their lives.</p>
            <h2>What the studies found</h2>
            <p>A 2011 trial of 401 adults found that massage reduced back pain scores by 30 percent after ten weeks.</p>
            </article>
            <section class="related-stories"><h2>Related stories</h2><ul>
            <li><a href="https://news.example/c">Chairs cost 40 percent more this year</a></li>
            <li><a href="https://news.example/d">Desks sold out in 3 days</a></li>
            <li><a href="https://news.example/e">Standing mats fell 20 percent</a></li></ul></section>
            </body></html>
            """
        let (_, _, pages) = try await Self.check(["back-pain.html": html], in: TestWorkspace())
        let main = try Self.main(pages["back-pain.html"])
        #expect(main.contains(#"<h2 class="article-heading">What the studies found</h2>"#))
        #expect(!main.contains("Related stories"))
        #expect(main.contains("<mark class=\"claim"))
    }

    @Test func mergeReadsTheSameHeadingsAgainAndRendersTheSamePage() async throws {
        let workspace = try TestWorkspace()
        let (report, texts, pages) = try await Self.check(["back-pain.txt": Self.plainText, "back-pain.md": Self.markdown], in: workspace)
        let reread = ArticleTextLoader.texts(for: report)
        #expect(reread == texts && texts.count == 2)
        #expect(reread.values.allSatisfy { !$0.headings.isEmpty })
        #expect(try Self.pages(report, reread) == pages)
    }
}
