import FactCheckModel

/// Turns a report into the bytes of one output format.
///
/// Renderers are pure: everything they need arrives in the report or in the renderer's own stored
/// properties (the `--fail-on` set, the article texts), never from files, the clock or the
/// environment, so the same inputs always render to the same bytes.
public protocol ReportRenderer: Sendable {
    /// The file extension for this format when reports are written per article (`json`, `txt`).
    var fileExtension: String { get }
    func render(_ report: Report) throws -> String
}

/// The output formats, by the names `--format` takes.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case json
    case html
    case markdown
    case sarif
    case junit
    case github
    case claimreview

    /// Whether the format is only ever written to files (one page per article plus an index):
    /// a web page on stdout helps nobody.
    public var writesFilesOnly: Bool { self == .html }

    /// The renderer for this format. `color` applies to terminal text only.
    public func renderer(color: Bool = false, verbose: Bool = false) -> any ReportRenderer {
        renderer(RenderContext(color: color, verbose: verbose))
    }

    /// The renderer for this format, given what the run knows beyond the report itself.
    public func renderer(_ context: RenderContext) -> any ReportRenderer {
        switch self {
        case .text: TextReportRenderer(color: context.color, verbose: context.verbose, localPaths: context.localPaths)
        case .json: JSONReportRenderer()
        case .html:
            {
                var renderer = HTMLReportRenderer(articleTexts: context.articleTexts)
                renderer.localPaths = context.localPaths
                renderer.checkedAt = context.checkedAt
                return renderer
            }()
        case .markdown: MarkdownReportRenderer(localPaths: context.localPaths)
        case .sarif: SARIFReportRenderer()
        case .junit: JUnitReportRenderer(failOn: context.failOn)
        case .github: GitHubAnnotationRenderer()
        case .claimreview: ClaimReviewRenderer()
        }
    }
}

/// What a run knows beyond the report that some renderers need.
public struct RenderContext: Sendable {
    /// ANSI colour in terminal text.
    public var color: Bool
    /// All evidence for supported claims in terminal text.
    public var verbose: Bool
    /// The `--fail-on` verdicts: JUnit reports them as failures.
    public var failOn: Set<Verdict>
    /// Article path → the article text that claim spans count into (``FactCheckModel/Article/text``),
    /// with the article's headings. HTML shows the article with its claims highlighted when its text
    /// is here, and only the claims when it is not. Kept out of the JSON contract on purpose: it
    /// would copy every article into every JSON report.
    public var articleTexts: [String: ArticleText]
    /// How local source files are named in text, Markdown and HTML (``LocalSourcePath``).
    public var localPaths = LocalSourcePath(folder: nil)
    /// When the check ran, as HTML pages show it ("2026-12-06 10:30 UTC"); renderers never read the
    /// clock, so the same context renders the same bytes.
    public var checkedAt: String?

    public init(color: Bool = false, verbose: Bool = false, failOn: Set<Verdict> = [], articleTexts: [String: ArticleText] = [:]) {
        self.color = color
        self.verbose = verbose
        self.failOn = failOn
        self.articleTexts = articleTexts
    }
}
