import FactCheckModel

/// The exit codes of DESIGN.md, in one place.
public enum ExitStatus: Int32, Sendable {
    /// No finding at or above `--fail-on`.
    case clean = 0
    /// Findings (a `--fail-on` verdict, or an article that could not be read).
    case findings = 1
    /// The command line or the configuration is wrong.
    case usage = 2
    /// A fault stopped the run (an output that cannot be written).
    case fault = 3

    /// The status a finished report earns. An article that could not be read counts as a finding:
    /// CI must never pass over a file it did not check.
    public static func of(_ report: Report, failOn: Set<Verdict>) -> ExitStatus {
        of(report, failOn: failOn, baseline: nil)
    }

    /// As ``of(_:failOn:)``, except that claim findings already in `baseline` do not count (an
    /// unreadable article still does: a baseline records claims, not files that were skipped).
    public static func of(_ report: Report, failOn: Set<Verdict>, baseline: Baseline?) -> ExitStatus {
        report.articles.contains { hasFindings($0, failOn: failOn, baseline: baseline) } ? .findings : .clean
    }

    /// Whether one article earns ``findings``: asked of each article as it finishes when a batch
    /// keeps no report (``StreamingReportWriter``), and of every article of a whole report.
    public static func hasFindings(_ article: ArticleReport, failOn: Set<Verdict>, baseline: Baseline?) -> Bool {
        !article.errors.isEmpty || article.claims.contains { check in
            failOn.contains(check.verdict) && baseline?.contains(check, in: article.path) != true
        }
    }
}
