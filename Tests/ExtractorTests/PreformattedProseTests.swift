import FactCheckModel
import Testing
@testable import Extractor

/// A `<pre>` is code only when it looks like code (``CodeLikeText``): a plain-text press release
/// or a poem set in `<pre>` keeps its claims; shell lines and config without a `<code>` element
/// stay code. Our own pages.
@Suite struct PreformattedProseTests {
    static let release = """
    <!DOCTYPE html>
    <html lang="en"><head><title>Harbour authority annual figures</title></head>
    <body>
    <h1>Harbour authority annual figures</h1>
    <pre>
    FOR IMMEDIATE RELEASE

    The harbour authority said on Monday that cargo volumes rose 11 percent in 2024.
    Dredging of 4 kilometres of channel will cost $60 million over three years, the authority said.
    The port handled 2,300 ship calls last year, the most since 2008.
    </pre>
    </body></html>
    """

    static let mixed = """
    <!DOCTYPE html>
    <html lang="en"><head><title>Field notes</title></head>
    <body><article>
    <h1>Field notes from the delta</h1>
    <p>Growers in the delta planted rice late this season after the floods receded.</p>
    <pre>The dykes held long, the fields lay wet,
    and 30 of the 50 pumps had failed by May.</pre>
    <p>Seed prices rose 14 percent over the same months, the growers' union said.</p>
    <pre>$ make install --prefix /opt/field
    fieldtool --season 2024 --plots 50</pre>
    <pre class="language-text">The mill ran 24 hours a day and shipped 3,000 crates in June.</pre>
    </article></body></html>
    """

    @Test func aPressReleaseInPreKeepsItsClaims() throws {
        let result = try ClaimExtractor().extract(bytes: Array(Self.release.utf8), path: "release.html", format: .html)
        #expect(result.claims.contains { $0.text.contains("cargo volumes rose 11 percent") })
        #expect(result.claims.contains { $0.text.contains("2,300 ship calls") })
        #expect(!result.skipped.contains { $0.why == "code" })
    }

    @Test func aPoemIsProseAndShellLinesAreCode() throws {
        let result = try ClaimExtractor().extract(bytes: Array(Self.mixed.utf8), path: "notes.html", format: .html)
        #expect(result.claims.contains { $0.sentence.contains("30 of the 50 pumps") })
        #expect(result.skipped.contains { $0.text.contains("make install") && $0.why == "code" })
        // A code class makes a `<pre>` code whatever its lines.
        #expect(result.skipped.contains { $0.text.contains("3,000 crates") && $0.why == "code" })
    }

    @Test func linesAreReadAsCodeOrProse() {
        #expect(CodeLikeText.looksLikeCode(["pip install fieldtool"]))
        #expect(CodeLikeText.looksLikeCode(["image: runtime:3.11", "workers: 8", "Name of the service"]))
        #expect(CodeLikeText.looksLikeCode(["if (count > 3) {", "  total += count;", "}"]))
        #expect(!CodeLikeText.looksLikeCode(["The dykes held long, the fields lay wet,", "and 30 of the 50 pumps had failed by May."]))
        // A wrapped paragraph: its lowercase continuation lines are no commands.
        #expect(!CodeLikeText.looksLikeCode([
            "The board said on Tuesday that repairs to the eastern mains would",
            "take until June",
            "Costs rose 8 percent, the board said.",
        ]))
    }

    @Test func anIndentedMarkdownQuotationIsProse() throws {
        let text = """
        # Storm report

        The wind reached 140 kilometres an hour on Saturday, the highest since 2002.

            "We lost 30 percent of the orchard in one night," said a grower near the coast.

            pip install stormtools==2.0
        """
        let result = try ClaimExtractor().extract(bytes: Array(text.utf8), path: "storm.md", format: .markdown)
        #expect(result.claims.contains { $0.sentence.contains("30 percent of the orchard") })
        #expect(result.skipped.contains { $0.text.contains("stormtools") && $0.why == "code" })
    }
}
