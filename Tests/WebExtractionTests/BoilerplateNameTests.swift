import Testing
@testable import WebExtraction

/// What class names say, read a whole class name at a time (``ClassNameReader``).
@Suite struct BoilerplateNameTests {
    func verdict(_ value: String) -> BoilerplateNames.Verdict {
        Array(value.utf8).withUnsafeBytes { BoilerplateNames.classify($0) }
    }

    @Test func boilerplateNames() {
        #expect(verdict("site-footer").contains(.boilerplate))
        #expect(verdict("mainNav").contains(.boilerplate))
        #expect(verdict("box ads").contains(.boilerplate))
        #expect(verdict("post-comments").contains(.comments))
        #expect(verdict("entry-content").isEmpty)
    }

    @Test func taxonomyLabelsNameTheSubjectNotTheElement() {
        #expect(verdict("post type-post tag-social-media tag-comments category-sidebar-news").isEmpty)
        #expect(verdict("tag").contains(.boilerplate))
    }

    @Test func namesOfWhatAnElementContainsSayNothingAboutIt() {
        #expect(verdict("o-section o-section--has-ads").isEmpty)
        #expect(verdict("layout with-sidebar no-comments").isEmpty)
        #expect(verdict("section--ads").contains(.boilerplate))
    }

    @Test func hiddenOnlyAsAWholeName() {
        #expect(verdict("hidden").contains(.hidden))
        #expect(verdict("box is-hidden").contains(.hidden))
        #expect(verdict("!hidden").contains(.hidden))
        for shown in ["hidden-xs hidden-sm", "l-hidden-s", "lg:hidden", "field field--label-hidden", "overflow-x-hidden", "hidden-print"] {
            #expect(!verdict(shown).contains(.hidden), "\(shown)")
        }
    }

    @Test func hiddenUndoneByAResponsiveDisplay() {
        #expect(!verdict("hidden md:block").contains(.hidden))
        #expect(!verdict("hidden lg:flex items-center").contains(.hidden))
        #expect(verdict("hidden items-center").contains(.hidden))
    }

    @Test func galleriesAndSlideshowsAreTheirOwnKind() {
        for name in ["gallery col3", "imgTeaserL slideshow noDim", "slides", "photo-gallery__item", "owl-carousel", "bildergalerie"] {
            #expect(verdict(name) == .gallery, "\(name)")
        }
        #expect(verdict("slideshow-nav").contains(.boilerplate))
        #expect(verdict("landslides-map").isEmpty)
    }

    @Test func aGalleryIsNamedByTheCompoundsLastWord() {
        for name in ["photo-gallery", "image-gallery", "gallery-slide", "gallery-item", "carousel-item", "wp-block-gallery",
                     "slideshow", "fotogalerie"] {
            #expect(verdict(name).contains(.gallery), "\(name)")
        }
        // What the element is comes last ("a gallery story" is a story); a script's hook or a
        // script's name says what a script does with it; "with" starts what it holds.
        for name in ["gallery-story", "carousel-article", "js-gallery", "article-section js-lightgallery",
                     "paragraph--type--text-with-gallery"] {
            #expect(!verdict(name).contains(.gallery), "\(name)")
        }
    }

    @Test func popUpNamesAreBoilerplateAndPopUps() {
        for name in ["modal", "popup-overlay", "newsletterPopup"] {
            #expect(verdict(name).contains([.boilerplate, .popup]), "\(name)")
        }
        #expect(!verdict("site-footer").contains(.popup))
    }

    @Test func captionsAndTeasersAreTheirOwnKinds() {
        #expect(verdict("wp-caption-text") == .caption)
        #expect(verdict("news-img-caption") == .caption)
        #expect(verdict("teaser-text") == .teaser)
        #expect(!verdict("teaser-text").contains(.boilerplate))
    }

    @Test func ratingsLicencesAndRecirculationBoxes() {
        for name in ["post-ratings", "field-name-field-license", "wp-block-recirculation-box"] {
            #expect(verdict(name).contains(.boilerplate), "\(name)")
        }
    }

    /// A paywall container holds the rest of the article, sent in the page; its prompt to
    /// subscribe is a notice (``TailNotices``), not a reason to drop the text around it.
    @Test func aPaywallNameSaysNothing() {
        #expect(verdict("piano-paywall").isEmpty)
        #expect(verdict("paywall-template").isEmpty)
    }
}
