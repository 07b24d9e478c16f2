import Testing
@testable import WebExtraction

/// Pages written for these tests, one rule each: an article of plain paragraphs with one thing
/// around or inside it.
@Suite struct BoilerplateRuleTests {
    static let prose = [
        "The council voted on Tuesday to extend the night bus network to the three outer districts by spring.",
        "Residents had asked for the change for years, saying the last buses left the centre far too early.",
        "The extension will cost about two million a year, paid from the transport budget and a small fare rise.",
        "Drivers' representatives welcomed the plan but asked for more staff before the new routes open.",
    ]

    static func paragraphs(_ texts: [String]) -> String { texts.map { "<p>\($0)</p>" }.joined() }

    static func page(body: String) throws -> WebPage {
        let html = "<html><head><title>Night buses</title></head><body>"
            + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>"
            + body + "<footer><p>Copyright Example Town Gazette, all rights reserved, imprint.</p></footer></body></html>"
        return try WebPageExtractor.extract(bytes: Array(html.utf8))
    }

    /// The four paragraphs in an `<article>`, then `html` inside it.
    static func article(endingWith html: String) throws -> WebPage {
        try page(body: "<article>" + paragraphs(prose) + html + "</article>")
    }

    /// The first two paragraphs, `html`, then the last two, in an `<article>`: a part in the middle
    /// of the story, to be judged by what it is and not by where it stands.
    static func article(splitBy html: String) throws -> WebPage {
        try page(body: "<article>" + paragraphs(Array(prose[0...1])) + html + paragraphs(Array(prose[2...3])) + "</article>")
    }

    @Test func theRestOfTheArticleBehindAPaywallNameIsKept() throws {
        let page = try Self.page(body: "<article><div class=\"article-body\">" + Self.paragraphs(Array(Self.prose[0...1]))
            + "</div><div class=\"premium-paywall\">" + Self.paragraphs(Array(Self.prose[2...3])) + "</div></article>")
        #expect(page.text.contains(Self.prose[3]))
    }

    @Test func embeddedTweetsAreQuotesNotShareButtons() throws {
        let page = try Self.article(splitBy: "<blockquote class=\"twitter-tweet\"><p>Finally the night bus comes to our district, thank you to everyone who signed!</p></blockquote>")
        #expect(page.text.contains("Finally the night bus comes"))
    }

    @Test func aHeadingsAnchorIsNotItsRole() throws {
        let page = try Self.article(splitBy: "<h2 id=\"nav_what_it_costs\">What it costs</h2>")
        #expect(page.blocks.contains { $0.kind == .heading && $0.text == "What it costs" })
    }

    @Test func articleTaggedWithBoilerplateWordsIsKept() throws {
        let page = try Self.page(body: "<article class=\"post tag-social-media category-comments\">" + Self.paragraphs(Self.prose)
            + "</article><div class=\"sidebar\"><p>" + String(repeating: "Another story from the archive of the gazette. ", count: 3) + "</p></div>")
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("archive of the gazette"))
    }

    @Test func imageCaptionsAreDropped() throws {
        let page = try Self.article(splitBy: "<figure><img src=\"bus.jpg\"><figcaption>A night bus at the central station. Photo: Town Archive</figcaption></figure>"
            + "<div class=\"wp-caption\"><img src=\"b.jpg\"><p class=\"wp-caption-text\">The depot in the east. Photo: J. Smith</p></div>")
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("Photo: Town Archive"))
        #expect(!page.text.contains("Photo: J. Smith"))
    }

    @Test func anInlineCaptionBetweenParagraphsIsDropped() throws {
        // The caption's <span> sits in the article's own element, which owns its text.
        let page = try Self.article(splitBy: "<span class=\"story-image\"><img src=\"d.jpg\"><span class=\"caption\"><span class=\"credit\">Photo: Town Archive</span>"
            + " The new depot seen from the east gate on Monday, where the night buses will be parked from spring.</span></span>")
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("east gate"))
    }

    @Test func aSlideshowKeepsItsCaptions() throws {
        let slides = Self.prose.map { "<figure><img src=\"s.jpg\"><figcaption>\($0)</figcaption></figure>" }.joined()
        let page = try Self.page(body: "<article><h1>Night buses in pictures</h1>" + slides + "</article>")
        #expect(page.text.contains(Self.prose[0]))
        #expect(page.text.contains(Self.prose[3]))
    }

    @Test func aHeadingOverADroppedLinkListGoesWithIt() throws {
        let links = (1...4).map { "<li><a href=\"/s\($0)\">A related story about buses and trams number \($0)</a></li>" }.joined()
        let page = try Self.page(body: "<article>" + Self.paragraphs(Array(Self.prose[0...2]))
            + "<h3>Read more</h3><ul>" + links + "</ul>" + Self.paragraphs([Self.prose[3]]) + "</article>")
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("Read more"))
    }

    @Test func aTeaserWithoutLinksIsTheLead() throws {
        let page = try Self.page(body: "<article><div class=\"teaser-text\"><p>The night bus network grows: three districts join in spring.</p></div>"
            + Self.paragraphs(Self.prose) + "</article>")
        #expect(page.text.contains("The night bus network grows"))
    }

    @Test func teasersOfOtherArticlesAreDropped() throws {
        let teasers = (1...3).map {
            "<div class=\"teaser\"><h3><a href=\"/t\($0)\">Tram line \($0) reopens after works</a></h3><p>The line was closed for repairs for most of the summer months.</p></div>"
        }.joined()
        let page = try Self.page(body: "<article>" + Self.paragraphs(Self.prose) + teasers + "</article>")
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("closed for repairs"))
    }

    @Test func aBoilerplateBoxIsNotRescuedWhenTheArticleHoldsMore() throws {
        // On a short page the author box holds a large share of the prose, but less than the article.
        let page = try Self.page(body: "<article>" + Self.paragraphs(Array(Self.prose[0...2]))
            + "<div class=\"author-bio\"><p>Jane Doe writes about transport and city planning for the gazette since 2015.</p></div></article>")
        #expect(page.text.contains(Self.prose[2]))
        #expect(!page.text.contains("Jane Doe"))
    }

    @Test func namesThatWouldWipeOutThePageAreNotTrusted() throws {
        // Every section of this review is marked as an ad slot.
        let sections = (Self.prose + Self.prose + Self.prose).map { "<section class=\"review__section review__section--ads\"><p>\($0)</p></section>" }.joined()
        let page = try Self.page(body: "<article>" + sections + "</article>")
        #expect(page.text.contains(Self.prose[0]))
        #expect(page.text.contains(Self.prose[3]))
    }

    @Test func responsiveHiddenTextIsShown() throws {
        let page = try Self.page(body: "<article>" + Self.paragraphs(Array(Self.prose[0...2]))
            + "<div class=\"hidden-xs\"><p>\(Self.prose[3])</p></div>"
            + "<div class=\"hidden\"><p>This paragraph is hidden from every reader by its class name.</p></div></article>")
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("hidden from every reader"))
    }

    @Test func aShortTailBelowADroppedPartIsCut() throws {
        let article = Self.paragraphs(Array(repeating: Self.prose, count: 5).flatMap { $0 })
        let shareBar = "<ul><li><a href=\"/s1\">Share on the first network</a></li><li><a href=\"/s2\">Share on the second network</a></li></ul>"
        let page = try Self.page(body: "<article>" + article + shareBar
            + "<p>Jane Doe has written about city transport for the gazette since 2015.</p></article>")
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("Jane Doe"))
    }

    @Test func aLongPartBelowADroppedPartStays() throws {
        let links = "<ul><li><a href=\"/a\">See the map of the new routes</a></li><li><a href=\"/b\">See the timetable of the routes</a></li></ul>"
        let page = try Self.article(splitBy: links)
        #expect(page.text.contains(Self.prose[3]))
    }

    @Test func aSidebarBesideAShortPostIsNotRescued() throws {
        // The sidebar holds more prose than the post, but not half of the page's.
        let sidebar = "<aside class=\"sidebar\"><p>Our magazine has covered astronomy for amateurs for many years, in print and online.</p>"
            + "<p>Find any deep-sky object with our printed atlas for observers, now in its third edition.</p>"
            + "<p>Subscribers receive every new issue at home, and can read the archive of past issues.</p></aside>"
        let footer = "<div class=\"footer-about\"><p>The gazette is published by the Example Town Publishing Company since 1901.</p>"
            + "<p>All pictures and texts are protected by copyright; please ask before you reuse them.</p></div>"
        let page = try Self.page(body: "<div class=\"main\"><article>" + Self.paragraphs(Array(Self.prose[0...1])) + "</article>" + sidebar + "</div>" + footer)
        #expect(page.text.contains(Self.prose[1]))
        #expect(!page.text.contains("third edition"))
    }

    /// Slides of a picture gallery on another subject than the street it sits in.
    static let slides = [
        ("Trams on the old bridge", "The first electric trams crossed the old bridge in 1902, pulled by cars the town had bought second hand."),
        ("The depot fire", "A fire destroyed half of the tram depot in 1931, and the council replaced the lost cars with motor buses."),
        ("The last tram", "The last tram ran in 1958; crowds lined the high street, and the driver kept the bell as a souvenir."),
    ]

    static func gallery(_ slides: [(String, String)]) -> String {
        "<div class=\"gallery\"><div class=\"slideshow\"><ul class=\"slides\">"
            + slides.map { "<li><div class=\"slide-picture\"><img src=\"t.jpg\"></div><div class=\"slide-text\"><h2>\($0.0)</h2><p>\($0.1)</p></div></li>" }.joined()
            + "</ul></div></div>"
    }

    @Test func anEmbeddedGallerysSlidesAreDropped() throws {
        let page = try Self.article(splitBy: Self.gallery(Self.slides))
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("tram depot"))
        #expect(!page.text.contains("The last tram"))
    }

    @Test func anArticleUnderAGalleryScriptsNameIsNotASlideshow() throws {
        // A script's hook names the article; the picture's caption above it is still a caption.
        let page = try Self.page(body: "<div class=\"main\"><div class=\"wp-caption\"><img src=\"b.jpg\"><p class=\"wp-caption-text\">"
            + "Night buses waiting at the central station before the first run of the evening. Photo: J. Smith</p></div>"
            + "<article class=\"post js-post-gallery\">" + Self.paragraphs(Self.prose) + "</article></div>")
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("Photo: J. Smith"))
    }

    @Test func aSlideshowPageKeepsItsSlides() throws {
        let page = try Self.page(body: "<article><h1>The town's trams in pictures</h1><p>Seventy years of trams, from the archive of the gazette.</p>"
            + Self.gallery(Self.slides) + "</article>")
        #expect(page.text.contains("tram depot"))
        #expect(page.text.contains("The last tram"))
    }

    /// A pop-up on another subject, hidden until a button opens it, after the page's text.
    static let dialog = "<div class=\"popup-overlay\" role=\"dialog\" aria-hidden=\"true\"><div class=\"popup-content\">"
        + paragraphs([
            "The officer training course runs for forty-four weeks at the hill station and takes thirty cadets a year.",
            "Cadets study tactics, law and leadership, and spend the final month of the course on a field exercise.",
            "The hill station was built in the last century to move soldiers away from the fevers of the coastal plain.",
            "Applications for next year's course open in March and close at the end of April, after the medical checks.",
            "Graduates are commissioned as second lieutenants and join their units in the autumn after the parade.",
        ]) + "</div></div>"

    @Test func aHiddenDialogBesideTheArticleIsDropped() throws {
        // The dialog holds more prose than the article: a misleading name would be rescued.
        let page = try Self.page(body: "<article>" + Self.paragraphs(Self.prose) + "</article>" + Self.dialog)
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("officer training"))
    }

    @Test func anArticleHiddenAtLoadIsStillThePage() throws {
        // Nothing else on the page is prose: a script shows the article.
        let page = try Self.page(body: "<article style=\"display: none\">" + Self.paragraphs(Self.prose) + "</article>")
        #expect(page.text.contains(Self.prose[0]))
        #expect(page.text.contains(Self.prose[3]))
    }

    /// Other stories' summaries beside the article, more than 300 characters of prose under no
    /// boilerplate name: what makes a rescued element count as "beside a kept article".
    static let otherStories = "<div class=\"cards\">" + paragraphs([
        "A new bakery opened on the market square, selling bread made from grain grown on nearby farms.",
        "The swimming pool will close for repairs in August and reopen before the school year begins again.",
        "The library's summer reading club signed up more children this year than in any year before it.",
        "Volunteers planted two hundred trees along the river path on Saturday, helped by the local scouts.",
    ]) + "</div>"

    @Test func aBodyUnderAVisiblePopUpNameAndABreakpointClassIsKept() throws {
        // A pop-up's name ("modal") on the page's text, shown on the page ("hidden-xs" hides it on
        // phones only): not hidden at load and no dialog, so it is rescued as the page's text.
        let page = try Self.page(body: "<div class=\"modal-content hidden-xs\">" + Self.paragraphs(Self.prose + Self.remainder)
            + "</div>" + Self.otherStories)
        #expect(page.text.contains(Self.prose[0]))
        #expect(page.text.contains(Self.remainder[4]))
    }

    @Test func aVisibleDialogUnderABoilerplateNameIsAPopUp() throws {
        // A cookie banner with a dialog role, holding more prose than the short report beside it:
        // the role confirms the name, which the rescue would overrule.
        let banner = Self.dialog.replacingOccurrences(of: "popup-overlay\" role=\"dialog\" aria-hidden=\"true\"",
                                                      with: "cookie-banner\" role=\"dialog\" aria-modal=\"true\"")
        #expect(banner != Self.dialog)
        let page = try Self.page(body: "<article>" + Self.paragraphs(Self.prose) + "</article>" + banner)
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("officer training"))
    }

    @Test func anArticleInAVisibleDialogIsKept() throws {
        // A reader view or lightbox showing the article over a list of cards.
        for dialog in ["role=\"dialog\" aria-modal=\"true\"", "aria-modal=\"true\"", "role=\"alertdialog\""] {
            let page = try Self.page(body: Self.otherStories + "<div class=\"article-viewer\" \(dialog)><article>"
                + Self.paragraphs(Self.prose + Self.remainder) + "</article></div>")
            #expect(page.text.contains(Self.prose[0]), "\(dialog)")
            #expect(page.text.contains(Self.remainder[4]), "\(dialog)")
        }
    }

    /// The rest of the article, behind a "read more" button.
    static let remainder = [
        "The first new routes will run from the station to the hospital and the university every half hour.",
        "Later routes will reach the industrial estate, where many of the early shifts begin before dawn.",
        "The council will publish the timetables in February and ask riders to comment on them for a month.",
        "Fares will stay the same as on day buses, and season tickets will be valid at night without a surcharge.",
        "The scheme will be reviewed after its first year, when the council counts how many riders it has won.",
    ]

    @Test func aRemainderHiddenAtLoadIsStillTheArticle() throws {
        // More than half the prose, hidden until a button shows it, after more than 300 characters
        // of visible article: no pop-up, so it is rescued with the rest of the text.
        for hiding in ["class=\"expander\" hidden", "class=\"accordion-panel\" aria-hidden=\"true\"", "class=\"more\" style=\"display:none\""] {
            let page = try Self.page(body: "<article><div class=\"article-body\">" + Self.paragraphs(Self.prose)
                + "<div \(hiding)>" + Self.paragraphs(Self.remainder) + "</div></div></article>")
            #expect(page.text.contains(Self.prose[3]), "\(hiding)")
            #expect(page.text.contains(Self.remainder[4]), "\(hiding)")
        }
    }

    @Test func aHiddenPopUpNamedSoBesideTheArticleIsDropped() throws {
        // No dialog role: the name says it is a pop-up.
        let popup = Self.dialog.replacingOccurrences(of: " role=\"dialog\" aria-hidden=\"true\"", with: " hidden")
        #expect(popup != Self.dialog)
        let page = try Self.page(body: "<article>" + Self.paragraphs(Self.prose) + "</article>" + popup)
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("officer training"))
    }

    @Test func aBodyPartUnderAScriptHookOrAGalleryWordNameIsNotAGallery() throws {
        for name in ["class=\"article-section js-lightgallery\"", "id=\"gallery-story\"", "class=\"carousel-article\""] {
            let page = try Self.page(body: "<article><section>" + Self.paragraphs(Array(Self.prose[0...1])) + "</section>"
                + "<section \(name)><img src=\"a.jpg\"><p>\(Self.prose[2])</p></section><section><p>\(Self.prose[3])</p>"
                + Self.paragraphs(Self.remainder) + "</section></article>")
            #expect(page.text.contains(Self.prose[2]), "\(name)")
            #expect(page.text.contains(Self.remainder[4]), "\(name)")
        }
    }

    @Test func aParagraphWhoseSpanIsNamedCaptionIsAParagraph() throws {
        // A typography class on the paragraph's own span: how it is set, not what it is.
        let page = try Self.page(body: "<article>" + Self.paragraphs(Array(Self.prose[0...1]))
            + "<p><span class=\"mdc-typography--caption\">\(Self.prose[2])</span></p><p>\(Self.prose[3])</p></article>")
        #expect(page.text.contains(Self.prose[2]))
        #expect(page.text.contains(Self.prose[3]))
    }
}
