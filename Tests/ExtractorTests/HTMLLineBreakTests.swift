import Foundation
import Testing
@testable import Extractor

/// Session 18 (issue #18): `<br>` in the claim reader's walk. An empty line (`<br><br>`) is a
/// paragraph break, so a story parted that way is read; a single `<br>` is a line break, and lines
/// of a list, an interview, a song, an address or a code listing are never glued into one text.
/// Pages written for these tests.
@Suite struct HTMLLineBreakTests {
    static let story = [
        "The county council approved a new cycle lane along the river road on Tuesday evening.",
        "Work on the 4 kilometre lane is expected to start in March and to cost about 2 million euros.",
        "Officials said the lane would cut the number of cyclists riding on the busy main road by half.",
        "A survey last year found that 38 percent of residents would cycle to work if the route were safer.",
    ]

    static func read(_ body: String) throws -> ReadArticle {
        let html = "<html><head><title>Cycle lane</title></head><body><article><h1>Council approves cycle lane</h1>"
            + body + "</article></body></html>"
        return try HTMLArticleReader.read(Array(html.utf8), path: "page.html")
    }

    /// Whether some block holds the end of one line and the start of the next, joined.
    static func glued(_ read: ReadArticle, _ lines: [String]) -> Bool {
        zip(lines, lines.dropFirst()).contains { first, second in
            let joint = String(first.suffix(12)) + " " + String(second.prefix(12))
            return read.blocks.contains { $0.text.contains(joint) }
        }
    }

    @Test func aStoryPartedByEmptyLinesIsRead() throws {
        // One <div> of text, its paragraphs parted by <br /><br />, no <p>.
        let read = try Self.read("<div class=\"story\">" + Self.story.joined(separator: "<br /><br />\n") + "<br /><br /></div>")
        for sentence in Self.story {
            #expect(read.blocks.contains { $0.text == sentence }, "\(sentence)")
        }
    }

    @Test func emptyLinesWithWhiteSpaceBetweenTheBreaksPartAParagraph() throws {
        // Each break on its own source line, inside a <p>: still an empty line on screen.
        let read = try Self.read("<p>" + Self.story.joined(separator: "<br />\n<br />\n") + "</p>")
        for sentence in Self.story {
            #expect(read.blocks.contains { $0.text == sentence }, "\(sentence)")
        }
        #expect(!Self.glued(read, Self.story))
    }

    @Test func aSentenceBrokenByAnEmptyLineIsNoFragment() throws {
        // A writer's empty line inside a sentence: the lower-case rest is not a paragraph of its
        // own, so it is never read as a sentence by itself; the paragraphs around it still are.
        let read = try Self.read("<div class=\"story\">" + Self.story[0] + "<br><br>The lane will run from the old mill to the harbour"
            + "<br><br>and will be lit at night along its whole length.<br><br>" + Self.story[1] + "</div>")
        #expect(!read.blocks.contains { $0.text.hasPrefix("and will be lit") })
        #expect(read.blocks.contains { $0.text == Self.story[0] })
        #expect(read.blocks.contains { $0.text == Self.story[1] })
    }

    @Test func entriesAfterASourcesLabelLineAreReferences() throws {
        // A "Sources:" line, then the entries, all parted by empty lines: the entries are
        // citations (no claims), the story before them is prose.
        let entries = ["[1] Byrne, T. (2019). Cycling on rural roads. Transport Review 12: 40-58.",
                       "[2] County Council (2024). Road safety survey, 52 pages."]
        let read = try Self.read("<div class=\"story\">" + Self.story[3] + "<br><br>Sources:<br><br>"
            + entries.joined(separator: "<br><br>") + "</div>")
        var marked = read.blocks
        ArticleAssembler.markReferenceSections(&marked)
        let story = try #require(marked.first { $0.text == Self.story[3] })
        #expect(story.role == .paragraph)
        let blocks = marked.filter { $0.text.hasPrefix("[") }
        #expect(blocks.count == 2)
        for block in blocks { #expect(block.role == .reference, "\(block.text)") }
    }

    @Test func ingredientLinesStayLines() throws {
        let first = ["two cups of rolled oats, toasted lightly in a dry pan", "one cup of chopped walnuts or hazelnuts, as you like"]
        let second = ["half a cup of honey warmed until it runs freely", "a pinch of salt and a spoon of ground ginger to finish"]
        let read = try Self.read("<p>" + Self.story[0] + "</p><p>" + first.joined(separator: "<br>") + "<br><br>"
            + second.joined(separator: "<br>") + "</p><p>" + Self.story[1] + "</p>")
        #expect(!Self.glued(read, first + second))
        #expect(read.text.contains(Self.story[0]))
        #expect(read.text.contains(Self.story[1]))
    }

    @Test func anInterviewsLinesStayLines() throws {
        let lines = ["Reporter: When did the lane first come up at a council meeting?",
                     "Councillor: It was raised by residents at a meeting about three years ago.",
                     "Reporter: And why has it taken so long to approve the money for it?",
                     "Councillor: The river road belongs to the state, so we needed its consent first."]
        let read = try Self.read("<p>" + Self.story[0] + "</p><div>" + lines[0] + "<br>" + lines[1] + "<br><br>"
            + lines[2] + "<br>" + lines[3] + "</div>")
        #expect(!Self.glued(read, lines))
    }

    @Test func aSongsLinesStayLinesAcrossVerses() throws {
        let verse = ["down by the water where the willows lean low", "we walked every evening when the lamps were aglow",
                     "and the bells of the chapel rang over the town", "till the last boat was home and the sun had gone down"]
        let read = try Self.read("<p>" + Self.story[2] + "</p><p>" + verse[0] + "<br />" + verse[1] + "<br /><br />"
            + verse[2] + "<br />" + verse[3] + "<br /></p>")
        #expect(!Self.glued(read, verse))
        #expect(read.text.contains(Self.story[2]))
    }

    @Test func anAddressStaysLines() throws {
        let address = ["The Harbour Office of the County Council", "14 Quay Street, Second Floor",
                       "Westport, Mayo F28 XY12", "Open Monday to Friday from nine until five"]
        let read = try Self.read("<p>" + Self.story[3] + "</p><p>Write to us at:<br><br>" + address.joined(separator: "<br>")
            + "</p>")
        #expect(!Self.glued(read, address))
        #expect(read.text.contains(Self.story[3]))
    }

    @Test func aCodeListingsLinesStayLines() throws {
        let code = ["def lane_cost(length_km, rate):", "    total = length_km * rate", "    return round(total, 2)",
                    "print(lane_cost(4, 500000))"]
        let read = try Self.read("<p>" + Self.story[1] + "</p><div class=\"snippet\">" + code[0] + "<br>" + code[1] + "<br>"
            + code[2] + "<br><br>" + code[3] + "</div>")
        #expect(!Self.glued(read, code.map { $0.trimmingCharacters(in: .whitespaces) }))
        #expect(read.text.contains(Self.story[1]))
    }
}
