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
        let failing = report.articles.contains { article in
            !article.errors.isEmpty || article.claims.contains { failOn.contains($0.verdict) }
        }
        return failing ? .findings : .clean
    }
}
