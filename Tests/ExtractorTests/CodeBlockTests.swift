import FactCheckModel
import Testing
@testable import Extractor

/// A how-to page's code blocks (a Dockerfile, a pinned requirements list, a config file, a shell
/// command) stay in the article's text but are never claims: their version numbers read as
/// figures, yet they say nothing about the world. Code inside a sentence of prose is prose.
@Suite struct CodeBlockTests {
    /// A tutorial page written for this test: prose with figures around code blocks that hold
    /// version numbers and counts.
    static let page = """
    <!DOCTYPE html>
    <html lang="en"><head><title>Packaging a web service in a container</title></head>
    <body><main><article>
    <h1>Packaging a web service in a container</h1>
    <p>The official base images were downloaded more than 40 million times in 2023, according to the registry's yearly report.</p>
    <p>A small service needs only a few lines of configuration, and the build took 95 seconds on our test machine last week.</p>
    <pre><code>FROM runtime:3.11-slim
    WORKDIR /srv/app
    COPY deps.txt /srv/app/deps.txt
    RUN installer --pin 2.4.1 --workers 8</code></pre>
    <p>The pinned list below fixes every library at the version that passed the 1,200 tests of the suite in March.</p>
    <pre>webkit==4.2.0 # via server
    parser==1.18.3
    timeout: 30 retries: 5</pre>
    <p><code>$ builder export --format list -o deps.txt --threads 4</code></p>
    <p>The <code>--threads 4</code> switch halved the export time on a machine with 8 cores, the maintainers reported in 2022.</p>
    </article></main></body></html>
    """

    func extracted() throws -> ExtractedArticle {
        try ClaimExtractor().extract(bytes: Array(Self.page.utf8), path: "howto.html", format: .html)
    }

    @Test func codeBlocksAreReadButNeverClaimed() throws {
        let result = try extracted()
        // The extraction keeps the code text: a reader of the article sees it.
        #expect(result.article.text.contains("FROM runtime:3.11-slim"))
        #expect(result.article.text.contains("parser==1.18.3"))
        for code in ["FROM runtime", "WORKDIR", "webkit==4.2.0", "parser==1.18.3", "retries: 5", "builder export"] {
            #expect(!result.claims.contains { $0.sentence.contains(code) }, "\(code) is code, no claim")
            #expect(result.skipped.contains { $0.text.contains(code) && $0.why == "code" }, "\(code) is skipped as code")
        }
        let codeSentences = result.article.sentences.filter { $0.role == .code }
        #expect(codeSentences.contains { $0.text.contains("runtime:3.11-slim") })
        #expect(codeSentences.contains { $0.text.contains("builder export") })
    }

    @Test func proseAroundAndAroundInlineCodeIsStillClaimed() throws {
        let result = try extracted()
        #expect(result.claims.contains { $0.text.contains("40 million times") })
        #expect(result.claims.contains { $0.text.contains("1,200 tests") })
        // Inline code inside a sentence is part of the prose.
        let inline = result.article.sentences.first { $0.text.contains("halved the export time") }
        #expect(inline?.role == .paragraph)
        #expect(result.claims.contains { $0.text.contains("halved the export time") })
    }

    @Test func markdownIndentedCodeIsCodeButAListItemsParagraphIsNot() throws {
        let text = """
        # Pinning versions

        The registry served 40 million downloads of the base image in 2023, its yearly report said.

            runtime==3.11.4
            workers: 8 retries: 5

        - Pin the runtime at one version.

            The pinned version passed all 1,200 tests of the suite in March, the maintainers said.
        """
        let result = try ClaimExtractor().extract(bytes: Array(text.utf8), path: "howto.md", format: .markdown)
        let code = result.article.sentences.filter { $0.role == .code }
        #expect(code.contains { $0.text.contains("runtime==3.11.4") })
        #expect(!result.claims.contains { $0.sentence.contains("runtime==3.11.4") || $0.sentence.contains("retries") })
        #expect(result.claims.contains { $0.text.contains("40 million downloads") })
        // Indented inside a list, a paragraph continues the item: prose, and a claim.
        #expect(!code.contains { $0.text.contains("1,200 tests") })
        #expect(result.claims.contains { $0.text.contains("1,200 tests") })
    }
}
