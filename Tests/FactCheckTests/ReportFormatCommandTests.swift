import Foundation
import MarkupParsing
import Testing

/// `--format` and `--output` for every format, run through the real executable.
@Suite(.serialized) struct ReportFormatCommandTests {
    @Test func htmlGoesToReportsWithAnIndexAndAnotherFormatToStdout() throws {
        let workspace = try TestWorkspace()
        try workspace.write("back.txt", Fixtures.backPainArticle)
        let result = try FactcheckProcess.run(["--no-fetch", "--format", "html,sarif", "back.txt"], in: workspace.root.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wrote Reports/back.html"))
        #expect(result.stderr.contains("wrote Reports/index.html"))
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.path("Reports")).sorted()
        #expect(files == ["back.html", "index.html"])
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let page = try String(contentsOfFile: workspace.path("Reports/back.html"), encoding: .utf8)
        #expect(page.contains("<mark class=\"claim v-needs-citation\""))
        #expect(page.contains("The American Chiropractic Association says"), "the article itself is shown")
        let index = try String(contentsOfFile: workspace.path("Reports/index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"back.html\">"))
        // html alone prints nothing on stdout.
        let alone = try FactcheckProcess.run(["--no-fetch", "--format", "html", "back.txt"], in: workspace.root.path)
        #expect(alone.status == 0)
        #expect(alone.stdout.isEmpty)
        // Two stdout formats still need --output.
        let two = try FactcheckProcess.run(["--no-fetch", "--format", "sarif,junit", "back.txt"], in: workspace.root.path)
        #expect(two.status == 2)
        #expect(two.stderr.contains("several formats need --output"))
    }

    @Test func outputWritesEveryFormatPerArticle() throws {
        let workspace = try TestWorkspace()
        try workspace.write("in/back.txt", Fixtures.backPainArticle)
        try workspace.write("in/index.md", "# Index\n\nMassage increases blood flow to the back muscles.\n")
        let formats = "text,json,html,markdown,sarif,junit,github,claimreview"
        let result = try FactcheckProcess.run(["--no-fetch", "--format", formats, "--output", "out", "in"], in: workspace.root.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: workspace.path("out")))
        for name in ["back", "index-2"] {
            for suffix in ["txt", "json", "html", "md", "sarif", "junit.xml", "github.txt", "claimreview.json"] {
                #expect(files.contains("\(name).\(suffix)"), "\(name).\(suffix) in \(files.sorted())")
            }
        }
        #expect(files.contains("index.html"), "the batch index keeps its name; the article called index moves aside")
        let index = try String(contentsOfFile: workspace.path("out/index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"back.html\">") && index.contains("<a href=\"index-2.html\">"))
    }

    @Test func junitFailsTheFailOnVerdictsAndGithubAnnotatesLines() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("back.txt", Fixtures.backPainArticle)
        let junit = try FactcheckProcess.run(["--no-fetch", "--format", "junit", "--fail-on", "needs-citation", article], in: workspace.root.path)
        #expect(junit.status == 1)
        #expect(junit.stdout.hasPrefix("<?xml"))
        #expect(junit.stdout.contains("<failure message=\"needs-citation: "))
        let passing = try FactcheckProcess.run(["--no-fetch", "--format", "junit", "--fail-on", "none", article], in: workspace.root.path)
        #expect(passing.status == 0)
        #expect(!passing.stdout.contains("<failure"))
        let github = try FactcheckProcess.run(["--no-fetch", "--format", "github", "back.txt"], in: workspace.root.path)
        #expect(github.stdout.contains("::notice file=back.txt,line=5,"), "\(github.stdout)")
    }

    /// A hostile article and a hostile source, through the whole pipeline, parsed back with
    /// libxml2's HTML parser: no script, no event handler, no `javascript:`/`data:` link, and the
    /// style element is the report's own.
    @Test func aHostileArticleAndSourceCannotInjectMarkupIntoTheHTMLReport() throws {
        let workspace = try TestWorkspace()
        try workspace.write("hostile.md", """
        # Breaking </title><script>alert(1)</script>

        The Evil Institute says that <script>alert(2)</script> massage cuts " onmouseover="alert(3)" back pain by 80 percent </style><b>bold</b>. See [this](javascript:alert(4)) and <a href="data:text/html,x" onclick="alert(5)">that</a>.

        """)
        let source = try workspace.write("source.html", """
        <html><head><title>"><img src=x onerror=alert(6)></title></head><body><main>
        <p>The Evil Institute found that massage cuts back pain by 80 percent &lt;/style&gt;&lt;script&gt;alert(7)&lt;/script&gt; " onmouseover="alert(8).</p>
        </main></body></html>
        """)
        let run = try FactcheckProcess.run(["--format", "html", "--source", source, "hostile.md"], in: workspace.root.path)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let page = try [UInt8](Data(contentsOf: URL(fileURLWithPath: workspace.path("Reports/hostile.html"))))
        let tree = try MarkupTree(parsing: page, as: .html)
        var inventory = MarkupInventory()
        tree.walk(&inventory)
        #expect(inventory.elements.contains("mark"), "the claim is highlighted")
        #expect(!inventory.elements.contains("script") && !inventory.elements.contains("img"), "\(inventory.elements)")
        #expect(inventory.attributes.allSatisfy { !$0.hasPrefix("on") && $0 != "src" && $0 != "style" }, "\(inventory.attributes)")
        #expect(inventory.hrefs.allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("http://") || $0.hasPrefix("https://") || $0 == "index.html" }, "\(inventory.hrefs)")
        #expect(inventory.styles.count == 1)
        #expect(inventory.styles.allSatisfy { !$0.contains("alert") && !$0.contains("script") })
        // The hostile words are on the page as text, for the editor to read.
        #expect(inventory.text.contains("Breaking </title><script>alert(1)</script>"))
        #expect(String(decoding: page, as: UTF8.self).contains(#"<h2 class="article-heading">Breaking &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h2>"#),
                "the Markdown heading is shown as a heading, escaped")
        #expect(inventory.text.contains("\" onmouseover=\"alert(3)\""))
        #expect(inventory.text.contains("<a href=\"data:text/html,x\" onclick=\"alert(5)\">"))
    }
}

/// Everything a parsed page holds that could carry code.
struct MarkupInventory: MarkupVisitor {
    var elements: Set<String> = []
    var attributes: Set<String> = []
    var hrefs: [String] = []
    var styles: [String] = []
    var text = ""
    private var inStyle = false

    mutating func enter(_ element: MarkupElement) -> Bool {
        elements.insert(element.name)
        for attribute in element.attributes {
            attributes.insert(attribute.name)
            if attribute.name == "href" { hrefs.append(attribute.value) }
        }
        if element.name == "style" {
            inStyle = true
            styles.append("")
        }
        return true
    }

    mutating func leave(_ element: MarkupElement) {
        if element.name == "style" { inStyle = false }
    }

    mutating func text(_ text: String, line: Int) {
        if inStyle { styles[styles.count - 1] += text } else { self.text += text }
    }
}
