import FactCheckModel

/// GitHub Actions annotations: one workflow command per finding, which the runner shows on the
/// claim's line in the pull request's diff and in the run summary.
///
/// Contradicted claims are `::error`, overstated, disputed and unavailable sources `::warning`,
/// the rest `::notice` (the levels of ``FindingLevel``). Supported claims are not annotated.
/// Articles that could not be read are `::error` on the file.
public struct GitHubAnnotationRenderer: ReportRenderer {
    public init() {}

    public var fileExtension: String { "github.txt" }

    public func render(_ report: Report) throws -> String {
        var out = ""
        for article in report.articles {
            for error in article.errors {
                out += WorkflowCommand.line("error", properties: [("file", article.path), ("title", "factcheck: article not checked")], message: error.message)
            }
            for check in article.claimsBySeverity {
                guard let level = check.verdict.findingLevel else { continue }
                let claim = check.claim
                out += WorkflowCommand.line(
                    Self.command(level),
                    properties: [
                        ("file", article.path), ("line", "\(max(1, claim.span.line))"), ("col", "\(max(1, claim.span.column))"),
                        ("title", "factcheck: \(check.verdict.label.lowercased()) claim (\(claim.id))"),
                    ],
                    message: SARIFReportRenderer.message(for: check))
            }
        }
        return out
    }

    static func command(_ level: FindingLevel) -> String {
        switch level {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }
}
