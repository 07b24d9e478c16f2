import FactCheckModel
import Reporter

/// An article and a source written to break out of a report: script tags, `javascript:` and
/// `data:` links, attribute breakers, a `</style>`, entities, Markdown and workflow-command
/// syntax, control characters. Written for these tests.
enum HostileFixtures {
    static let claimText = "<script>alert(1)</script> cuts \" onmouseover=\"alert(2)\" risk by 50 percent </style><b>"

    static let articleText = """
    <h1 onclick="alert(0)">Title</h1></style><script>alert('x')</script>

    The "institute" says \(claimText) and [more](javascript:alert(3)) ' onfocus='alert(4) {{body}} @octocat #1 ::error::x %0A

    <img src=x onerror=alert(5)> <a href="data:text/html,<script>alert(6)</script>">link</a>\u{0}\u{7}
    """

    static var claimSpan: TextSpan {
        let scalars = Array(articleText.unicodeScalars)
        let needle = Array(claimText.unicodeScalars)
        var start = 0
        while !scalars[start..<(start + needle.count)].elementsEqual(needle) { start += 1 }
        return TextSpan(start: start, end: start + needle.count, line: 3, column: 21)
    }

    static let claim = Claim(
        id: "c-\"><script>", text: claimText, sentence: "The \"institute\" says \(claimText).", span: claimSpan,
        kind: .statistic, checkworthiness: 0.9, attribution: Attribution(source: "<i>\"institute\"</i> onload=alert(7)", vague: false),
        hedges: [], quantities: [], citations: ["javascript:alert(8)"])

    static let check = ClaimCheck(
        claim: claim,
        sources: [
            SourceSummary(url: "javascript:alert(9)//", origin: .link, status: .refused, title: "</title><script>alert(10)</script>", reason: "refused: \" onmouseover=\"alert(11)"),
            SourceSummary(url: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxMik8L3NjcmlwdD4=", origin: .link, status: .unreadable, title: nil, reason: "<style>body{display:none}</style>"),
            SourceSummary(url: " JaVaScRiPt:alert(13)", origin: .link, status: .notFound, title: nil, reason: nil),
        ],
        verdict: .contradicted, confidence: 0.7, reason: "source says <em>no</em> \" onmouseover=\"alert(14) </style>",
        evidence: [
            Evidence(url: "https://example.org/a?x=1&y=\"2\"", title: "\"><svg onload=alert(15)>", quote: "</blockquote><script>alert(16)</script>",
                     stance: .contradicts, score: 0.9, fragmentURL: "https://example.org/a#:~:text=%3Cscript%3E\" onmouseover=\"alert(17)"),
            Evidence(url: "javascript:alert(18)", title: "js", quote: "' onfocus='alert(19)", stance: .mentions, score: 0.5, fragmentURL: "javascript:alert(20)"),
            Evidence(url: "https://example.org/ok", title: "Fine source", quote: "A fine quote.", stance: .supports, score: 0.4,
                     fragmentURL: "https://example.org/ok#:~:text=A%20fine%20quote."),
        ])

    static let report = Report(tool: .init(name: "factcheck", version: "0.1.0"), articles: [
        ArticleReport(path: "hostile/<script>.md", title: "</title><script>alert(21)</script>", claims: [check],
                      errors: [ReportError(message: "<script>alert(22)</script>")]),
    ])

    static let context = RenderContext(failOn: [.contradicted], articleTexts: ["hostile/<script>.md": ArticleText(text: articleText)])
}
