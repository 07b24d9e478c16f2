import Testing
@testable import WebExtraction

@Suite struct MarkupSkimmerTests {
    func skim(_ html: String) -> String { String(decoding: MarkupSkimmer.skim(Array(html.utf8)), as: UTF8.self) }

    @Test func dropsScriptAndStyleBodiesAndComments() {
        #expect(skim("<p>a</p><SCRIPT type=\"x\">if (a < b) { '</p>' }</Script><style>p{}</style><!-- c --><p>b</p>")
            == "<p>a</p><SCRIPT type=\"x\"></Script><style></style><p>b</p>")
    }

    @Test func keepsJSONLD() {
        let html = "<script type=\"application/ld+json\">{\"headline\": \"h\"}</script>"
        #expect(skim(html) == html)
    }

    @Test func dropsNestedSVG() {
        #expect(skim("<p>x</p><svg viewBox=\"0 0 1 1\"><svg><title>icon</title></svg><path/></svg><p>y</p>") == "<p>x</p><p>y</p>")
    }

    @Test func leavesLookalikesAlone() {
        let html = "<p>scripts and <strong>styles</strong></p><section>s</section>"
        #expect(skim(html) == html)
    }
}
