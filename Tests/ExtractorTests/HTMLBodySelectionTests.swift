import Testing
@testable import Extractor

/// Session 14 (issue #18): pages whose body the extraction found but the claim reader lost,
/// because its own walk of the page did not see the same blocks. Pages written for these tests.
@Suite struct HTMLBodySelectionTests {
    static let sentences = [
        "Heat the oven to 180 degrees and melt the butter in a 23 centimetre tin while it warms up.",
        "Sprinkle the brown sugar evenly over the butter and lay the pineapple slices on top of it.",
        "Bake for 45 minutes, or until a skewer pushed into the centre of the cake comes out clean.",
    ]

    @Test func aBodyInsideAPageWideFormIsRead() throws {
        // An ASP.NET page: one <form> around the whole page, the article inside it.
        let html = "<html><head><title>Upside-down cake</title></head><body><form method=\"post\" id=\"mainform\">"
            + "<div class=\"recipe\"><h1>Upside-down cake</h1>" + Self.sentences.map { "<p>\($0)</p>" }.joined()
            + "</div><input type=\"hidden\" name=\"state\" value=\"x\"><button>Save</button></form></body></html>"
        let read = try HTMLArticleReader.read(Array(html.utf8), path: "cake.html")
        for sentence in Self.sentences { #expect(read.text.contains(sentence)) }
        #expect(!read.text.contains("Save"))
    }

    @Test func aParagraphWithLineBreaksIsReadWhole() throws {
        // The extraction parts the paragraph at its <br>; the walk reads the break as a space.
        let html = "<html><head><title>Slides</title></head><body><article><h1>The new phone</h1>"
            + "<p>" + Self.sentences[0] + "</p><p>" + Self.sentences[1] + "<br><br><em>" + Self.sentences[2] + "</em></p>"
            + "<p>The council voted on Tuesday to extend the night bus network to the three outer districts by spring.</p>"
            + "</article></body></html>"
        let read = try HTMLArticleReader.read(Array(html.utf8), path: "slides.html")
        for sentence in Self.sentences { #expect(read.text.contains(sentence)) }
    }
}
