import FactCheckModel
import Testing
import TextAnalysis
@testable import Extractor

/// Session 20 (issue 18): page furniture that survives extraction into a sentence is no claim: a
/// bare web address, a copyright line, a media label's line, the page speaking of itself and an
/// announcement of what the page shows next. Each rule has sentences it must catch and sentences of
/// the same surface shape that are claims, which it must leave. Every sentence is our own.
@Suite struct PageFurnitureTests {
    static func reason(_ text: String) -> String? {
        let quantities = QuantityParser.quantities(in: text)
        return PageFurniture.reason(
            text, words: ClaimNoise.lowercaseWords(text), hasFigure: quantities.contains { $0.unit != "calendar-year" },
            dated: quantities.contains { $0.unit == "calendar-year" })
    }

    @Test func aBareWebAddressIsFurniture() {
        #expect(Self.reason("https://www.example.org/harbourcafe/posts/2800731780195723") == "a web address")
        // An address without its scheme is not read as one (``URLScanner``): left to the stages.
        // Must not fire: an address inside a sentence that states something.
        for text in [
            "Registrations rose 40% after https://example.org opened in May.",
            "The ministry's site at www.example.gov lists 12 closed roads.",
            "Visitors to https://example.org fell by half in 2021.",
            "The address www.example.org was seized by police in March.",
            "https://example.org reported 300 outages on Monday.",
        ] {
            #expect(Self.reason(text) == nil, "\(text)")
        }
    }

    @Test func aCopyrightLineIsFurniture() {
        #expect(Self.reason("© 2019 Harbour Media Group. All rights reserved.") == "a copyright line")
        #expect(Self.reason("Copyright 2021 Coast Weekly, all rights reserved.") == "a copyright line")
        for text in [
            "The court ruled that the copyright on the song expired in 2019.",
            "The studio said it reserved all rights to the film after paying $2 million.",
            "Copyright claims against the platform rose 30% last year.",
            "The publisher, which says all rights reserved by its authors are respected, paid 4 million in royalties to writers across the country last year.",
            "Musicians lost the rights to 200 recordings when the label folded.",
        ] {
            #expect(Self.reason(text) == nil, "\(text)")
        }
    }

    @Test func aMediaLabelsLineIsFurniture() {
        #expect(Self.reason("Video: A nurse at the new scanner") == "a media label's line")
        #expect(Self.reason("Instructional video: A fitting session at the clinic") == "a media label's line")
        #expect(Self.reason("Credit: Ana Ruiz/Harbour Trust (CC BY-SA 2.0)") == "a media label's line")
        #expect(Self.reason("Photo: The old pier at dusk") == "a media label's line")
        #expect(Self.reason("Instructional video: Here is a clip of the scanner at work.") == "a media label's line")
        for text in [
            // A statement after the label: it reports.
            "Video: 40,000 people marched through the capital on Sunday",
            "Credit: lending to small firms fell 3% in the spring",
            "Photo: Floods closed 12 schools in the valley",
            // Speaker and statement labels are no media labels.
            "Background: Schools have bought 500 cameras since the shooting.",
            "Rick: The trial ran for two years before we shipped it.",
            "Update: The death toll has risen to 14, police said.",
            "The video: a report that the mayor later deleted, which showed the dam leaking.",
            // A label over a pointer that states something is left.
            "Video: Here are 3 towns that flooded in March",
            "Watch: Here is the moment the dam burst, killing 12 people",
        ] {
            #expect(Self.reason(text) == nil, "\(text)")
        }
    }

    @Test func thePageSpeakingOfItselfIsFurniture() {
        #expect(Self.reason("This post is logically divided into a history and a commentary.") == "the page speaking of itself")
        #expect(Self.reason("This document will not cover the details of the backup tool.") == "the page speaking of itself")
        #expect(Self.reason("With that in mind, this article presents a list of subtle mistakes.") == "the page speaking of itself")
        #expect(Self.reason("In this edition of our roundup, news on robots in surgery and robots in farming.") == "the page speaking of itself")
        #expect(Self.reason("This Harbour Weekly video explores the choices facing tenants before the vote.") == "the page speaking of itself")
        for text in [
            // A finding of research is no page text.
            "This study found that smokers had twice the risk of stroke.",
            // The page as the subject of an event, told in the past.
            "This article was removed by the platform after complaints from the ministry.",
            // An effect stated keeps it.
            "This guide explains why smoking raises the risk of stroke.",
            // A figure keeps it.
            "This video shows police arresting 12 protesters outside the parliament.",
            "In this edition, we report that rents rose 14% in the capital last year.",
            // A name before a noun that is no page text, or a past tense.
            "This Harbour Weekly study explores why tenants left, and found most could not pay.",
            "This Harbour Weekly video was viewed by officials before the vote.",
            "This Coast Guard report describes how the ferry sank.",
            // A caption that states a fact, without "this" or "our".
            "The video shows the mayor signing the order that closed the port.",
        ] {
            #expect(Self.reason(text) == nil, "\(text)")
        }
    }

    @Test func anAnnouncementOfWhatFollowsIsFurniture() {
        #expect(Self.reason("Here are the steps for repotting a fern.") == "the page speaking of itself")
        // A digit inside a name is no count: "3-D".
        #expect(Self.reason("Here is a clip showing how a 3-D printer lays down a layer.") == "the page speaking of itself")
        #expect(Self.reason("Here is the code that sends the request (line 84 in the demo file):") == "the page speaking of itself")
        #expect(Self.reason("Here’s what to do once the roots are 2 inches long:") == "the page speaking of itself")
        for text in [
            // A statement after the colon is the sentence's.
            "Here is the finding: the drug cut deaths among the elderly.",
            "Here are the numbers: 12 people died and 40 were hurt.",
            // A figure not announcing a list below is counted.
            "Here are 3 hospitals that closed their wards last winter.",
            // "Here" as a place, not an announcement.
            "Here in the valley, the river flooded 30 homes in March.",
            "Here the council spent $2 million on a new bridge.",
            // A figure past the pointer's count is the sentence's own.
            "Here is the moment the dam burst, killing 12 people.",
            "Here is the week the river rose, flooding twelve villages.",
            "Here is the road where the storm cut power to 40% of homes.",
        ] {
            #expect(Self.reason(text) == nil, "\(text)")
        }
    }
}
