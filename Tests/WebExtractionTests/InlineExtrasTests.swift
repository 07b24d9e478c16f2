import Testing
@testable import WebExtraction

/// What sits between an article's paragraphs: kept when it is the article's (a short sentence
/// pointing at its source, an embedded post, a `<br>` list), dropped when it is the site's (a
/// promo line, `<noscript>` fallbacks). Pages written for these tests.
@Suite struct InlineExtrasTests {
    static func between(_ html: String) throws -> WebPage {
        let prose = BoilerplateRuleTests.prose
        return try BoilerplateRuleTests.page(body: "<article>" + BoilerplateRuleTests.paragraphs(Array(prose[0...1]))
            + html + BoilerplateRuleTests.paragraphs(Array(prose[2...3])) + "</article>")
    }

    @Test func aShortLinkedSentenceBetweenParagraphsStays() throws {
        let page = try Self.between("<p>The full timetable is <a href=\"/timetable.pdf\">available online</a>.</p>")
        #expect(page.text.contains("The full timetable is available online."))
    }

    @Test func aPromoLineBetweenParagraphsGoes() throws {
        let page = try Self.between("<p><strong>READ MORE:</strong> <a href=\"/news/1\">How the next town fixed its bus shelters</a></p>")
        #expect(!page.text.contains("bus shelters"))
        let labelled = try Self.between("<p><strong>DON'T MISS</strong> <a href=\"/news/2\">Drivers win their pay case.</a></p>")
        #expect(!labelled.text.contains("pay case"))
    }

    @Test func aShortLinkedLineAfterTheArticleStillGoes() throws {
        let page = try BoilerplateRuleTests.article(endingWith: "<p>More stories are <a href=\"/news\">on our news page</a>.</p>")
        #expect(!page.text.contains("news page"))
    }

    @Test func anEmbeddedPostKeepsItsAuthorAndDate() throws {
        let tweet = "<blockquote class=\"twitter-tweet\"><p lang=\"en\">At last a bus home after the late shift. Thank you to all who signed!</p>"
            + "— Night Workers (@nightworkers) <a href=\"https://social.example/status/1\">March 3, 2024</a></blockquote>"
        let page = try Self.between(tweet)
        #expect(page.text.contains("At last a bus home after the late shift."))
        #expect(page.text.contains("(@nightworkers) March 3, 2024"))
    }

    @Test func noscriptFallbacksAreNeverText() throws {
        let page = try Self.between("<noscript><img src=\"/map.png\" alt=\"Map of the routes\"></noscript>"
            + "<noscript><p>Please enable JavaScript to see the interactive route map.</p></noscript>")
        #expect(!page.text.contains("JavaScript"))
        #expect(!page.text.contains("<img"))
        #expect(page.text.contains(BoilerplateRuleTests.prose[2]))
    }

    @Test func aPostDrawnByAScriptIsReadFromItsNoscript() throws {
        // A blog whose post a script draws from a template; its text is in <noscript> for readers
        // without scripts, and nowhere else on the page as text.
        let prose = BoilerplateRuleTests.prose
        let page = try BoilerplateRuleTests.page(body: "<div class=\"post\"><h3>Night buses for the outer districts</h3>"
            + "<script type=\"text/template\"><p>template copy</p></script>"
            + "<noscript>" + BoilerplateRuleTests.paragraphs(prose) + "</noscript></div>"
            + "<noscript><p>Please enable JavaScript to see the comments.</p></noscript>")
        for sentence in prose { #expect(page.text.contains(sentence), "\(sentence)") }
        #expect(!page.text.contains("JavaScript"))
        #expect(!page.text.contains("template copy"))
    }

    @Test func aNoticeInsideANoscriptPostStaysOut() throws {
        // Each <noscript> is judged by what it holds: the short one inside the post is a notice.
        let prose = BoilerplateRuleTests.prose
        let page = try BoilerplateRuleTests.page(body: "<div class=\"post\"><noscript>" + BoilerplateRuleTests.paragraphs(prose)
            + "<noscript><p>Scripts are off, so the vote counter cannot load.</p></noscript></noscript></div>")
        for sentence in prose { #expect(page.text.contains(sentence), "\(sentence)") }
        #expect(!page.text.contains("vote counter"))
    }

    /// How often `sentence` occurs in `text`.
    static func occurrences(of sentence: String, in text: String) -> Int {
        text.components(separatedBy: sentence).count - 1
    }

    @Test func aNoscriptCopyOfTheArticleIsReadOnce() throws {
        // The article as text, and again in <noscript> (whole, in part, or parted differently):
        // the copy adds nothing a reader without scripts lacks, so it is not read a second time.
        let prose = BoilerplateRuleTests.prose
        let shapes = [
            "<div class=\"post\">" + BoilerplateRuleTests.paragraphs(prose) + "</div><noscript>" + BoilerplateRuleTests.paragraphs(prose) + "</noscript>",
            "<div class=\"post\">" + BoilerplateRuleTests.paragraphs(prose) + "</div><noscript>" + BoilerplateRuleTests.paragraphs(Array(prose[1...3])) + "</noscript>",
            "<div class=\"post\">" + prose.joined(separator: "<br><br>") + "</div><noscript>" + BoilerplateRuleTests.paragraphs(prose) + "</noscript>",
        ]
        for shape in shapes {
            let page = try BoilerplateRuleTests.page(body: shape)
            for sentence in prose { #expect(Self.occurrences(of: sentence, in: page.text) == 1, "\(sentence)") }
        }
    }

    @Test func aLongScriptNoticeBesideTheArticleStaysOut() throws {
        // A notice of three sentences (over 200 characters) asking for scripts, in a bare <div>
        // before the article: shorter than the article, so a fallback, not the page's text.
        let notice = "Your browser has scripts switched off, and this site uses them to show the bus times, the "
            + "live maps of every route and the service alerts for all twelve districts. Most readers leave them "
            + "on. Switch them on and reload the page, or use the plain timetable pages instead."
        let page = try BoilerplateRuleTests.page(body: "<noscript><div>" + notice + "</div></noscript><main><article>"
            + BoilerplateRuleTests.paragraphs(BoilerplateRuleTests.prose) + "</article></main>")
        #expect(!page.text.contains("scripts switched off"))
        #expect(page.text.contains(BoilerplateRuleTests.prose[3]))
    }

    @Test func noBreakSpacesDoNotLengthenANotice() throws {
        // Padding of no-break spaces is nothing a reader sees: the notice is still short, and
        // hidden, even on a page with hardly any other text (where a long one would be read).
        let padding = String(repeating: "&nbsp;", count: 250)
        let page = try BoilerplateRuleTests.page(body: "<h1>Night buses</h1><noscript><p>" + padding
            + "Scripts are needed to show the map of the new night bus routes.</p></noscript>")
        #expect(!page.text.contains("Scripts are needed"))
    }

    @Test func aBreakSeparatedListInOneParagraphStays() throws {
        let page = try Self.between("<p>The three new routes are:<br>- the N4 to the hospital<br>- the N7 to the airport<br>- the N9 along the river</p>")
        for route in ["the N4 to the hospital", "the N7 to the airport", "the N9 along the river"] { #expect(page.text.contains(route)) }
    }

    @Test func aDigestKeepsEverySection() throws {
        var body = "<article>"
        let prose = BoilerplateRuleTests.prose
        for (index, title) in ["Buses", "Trains", "Ferries"].enumerated() {
            // A section of three paragraphs: more than a widget's box, which is a few lines.
            body += "<section><h2>\(title)</h2>" + BoilerplateRuleTests.paragraphs([prose[index], prose[index + 1], prose[(index + 2) % 4]])
            body += "<div class=\"promo-signup\"><p>Get this digest every morning.</p><form><input type=\"email\"></form></div></section>"
        }
        let page = try BoilerplateRuleTests.page(body: body + "</article>")
        for title in ["Buses", "Trains", "Ferries"] { #expect(page.blocks.contains { $0.kind == .heading && $0.text == title }) }
        #expect(page.text.contains(BoilerplateRuleTests.prose[3]))
        #expect(!page.text.contains("digest every morning"))
    }

    @Test func closingLinesEndTheArticle() throws {
        let page = try BoilerplateRuleTests.article(endingWith: "<p><em>Additional reporting by Ana Ruiz; editing by Tom Hale</em></p>"
            + "<p><em>This story was published from a wire agency feed without changes to the text.</em></p>")
        #expect(page.text.contains("Additional reporting by Ana Ruiz; editing by Tom Hale"))
        #expect(page.text.contains("wire agency feed"))
    }
}

/// A digest section ends with a pointer to the full story, below a `<br>` list and above the
/// next section's heading; a pointer above a dropped list of links is that list's. Pages written
/// for these tests.
@Suite struct SectionPointerTests {
    static func digest(_ html: String) throws -> WebPage {
        let prose = BoilerplateRuleTests.prose
        return try BoilerplateRuleTests.page(body: "<article><h2>Buses</h2>" + BoilerplateRuleTests.paragraphs(Array(prose[0...1]))
            + "<p>Routes affected:</p><p>Northgate<br>Old Quay<br>Fernhill</p>" + html
            + "<h2>Trains</h2>" + BoilerplateRuleTests.paragraphs(Array(prose[2...3])) + "</article>")
    }

    @Test func aPointerToTheFullStoryEndsItsSection() throws {
        let page = try Self.digest("<p>Objections can be sent to the council until May. <a href=\"/full\">Read our full story on the routes</a>.</p>")
        #expect(page.text.contains("Objections can be sent to the council until May."))
    }

    @Test func aPointerAboveALinkListGoesWithIt() throws {
        let prose = BoilerplateRuleTests.prose
        let page = try BoilerplateRuleTests.page(body: "<article>" + BoilerplateRuleTests.paragraphs(prose)
            + "<p>There is more on this. <a href=\"/more\">See all our bus stories</a>.</p>"
            + "<ul><li><a href=\"/a\">Night buses for the outer districts</a></li><li><a href=\"/b\">Fares to rise in spring</a></li>"
            + "<li><a href=\"/c\">Drivers ask for more staff</a></li></ul></article>")
        #expect(page.text.contains(prose[3]))
        #expect(!page.text.contains("See all our bus stories"))
    }
}

/// An embedded post in a wrapper named after its network (a word that also names share bars)
/// is the article's; a share bar with that word is not. Pages written for these tests.
@Suite struct EmbeddedPostTests {
    @Test func aPostInATwitterNamedWrapperStays() throws {
        let page = try InlineExtrasTests.between("<div class=\"twitter-embed\"><blockquote class=\"x-post\"><p>The night buses start on Monday, and the first week is free for everyone.</p>"
            + "&mdash; Town Transport (@towntransport) <a href=\"https://social.example/1\">May 2, 2026</a></blockquote></div>")
        #expect(page.text.contains("the first week is free for everyone"))
    }

    @Test func aShareBarNamedAfterTheNetworkStillGoes() throws {
        let page = try InlineExtrasTests.between("<div class=\"twitter-share\"><a href=\"#\">Share this story on X with your followers</a> <span>Tweet this article to your friends now</span></div>")
        #expect(!page.text.contains("Tweet this article"))
    }
}

/// A line that is wholly a link and ends a sentence, between paragraphs, points at the article's
/// material ("See the full list of extra bus services."); a linked headline there is a promo.
/// Pages written for these tests.
@Suite struct WhollyLinkedLineTests {
    @Test func aWhollyLinkedSentenceBetweenParagraphsStays() throws {
        let page = try InlineExtrasTests.between("<p><a href=\"/buses\">See the full list of extra bus services.</a></p>")
        #expect(page.text.contains("See the full list of extra bus services."))
    }

    @Test func aWhollyLinkedHeadlineBetweenParagraphsGoes() throws {
        let page = try InlineExtrasTests.between("<p><a href=\"/news/1\">How the next town fixed its bus shelters</a></p>")
        #expect(!page.text.contains("bus shelters"))
        #expect(page.text.contains(BoilerplateRuleTests.prose[2]))
    }
}
