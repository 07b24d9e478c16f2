import FactCheckModel

/// JUnit XML, the test-report format CI servers read (Jenkins, GitLab, Buildkite, Azure, GitHub
/// test-report actions).
///
/// Articles are test suites and claims are test cases; a claim fails when its verdict is in
/// `--fail-on`, so the CI test view agrees with the exit status. An article that could not be read is
/// one test case with an `<error>`. Other verdicts pass, with the verdict in `<system-out>`. Times
/// are 0 and there is no timestamp, so the same report always gives the same bytes. The shape is
/// the one Jenkins and Maven Surefire consume (root `<testsuites>`); `file` and `line` on a test
/// case are what GitLab and pytest add, and others ignore.
public struct JUnitReportRenderer: ReportRenderer {
    /// The verdicts that fail a claim's test case.
    public var failOn: Set<Verdict>

    public init(failOn: Set<Verdict>) {
        self.failOn = failOn
    }

    public var fileExtension: String { "junit.xml" }

    public func render(_ report: Report) throws -> String {
        var suites = ""
        var totals = (tests: 0, failures: 0, errors: 0)
        for article in report.articles {
            var cases = ""
            var failures = 0
            for check in article.claims {
                let claim = check.claim
                let failing = failOn.contains(check.verdict)
                if failing { failures += 1 }
                cases += "    <testcase name=\"\(attr(Self.caseName(check)))\" classname=\"\(attr(article.path))\" file=\"\(attr(article.path))\" line=\"\(max(1, claim.span.line))\" time=\"0\">\n"
                if failing {
                    cases += "      <failure message=\"\(attr("\(check.verdict.rawValue): \(check.reason)"))\" type=\"\(attr(check.verdict.rawValue))\">\(text(Self.details(check, path: article.path)))</failure>\n"
                } else {
                    cases += "      <system-out>\(text(Self.details(check, path: article.path)))</system-out>\n"
                }
                cases += "    </testcase>\n"
            }
            for error in article.errors {
                cases += "    <testcase name=\"read article\" classname=\"\(attr(article.path))\" file=\"\(attr(article.path))\" time=\"0\">\n"
                cases += "      <error message=\"\(attr(error.message))\" type=\"unreadable-article\">\(text(error.message))</error>\n"
                cases += "    </testcase>\n"
            }
            let tests = article.claims.count + article.errors.count
            suites += "  <testsuite name=\"\(attr(article.path))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(article.errors.count)\" skipped=\"0\" time=\"0\">\n"
            suites += cases
            suites += "  </testsuite>\n"
            totals.tests += tests
            totals.failures += failures
            totals.errors += article.errors.count
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="\(attr(report.tool.name))" tests="\(totals.tests)" failures="\(totals.failures)" errors="\(totals.errors)" skipped="0" time="0">
        \(suites)</testsuites>

        """
    }

    /// Stable across runs (the claim id is a hash of its text), readable in a CI test list.
    static func caseName(_ check: ClaimCheck) -> String {
        "\(check.claim.id) line \(check.claim.span.line):\(check.claim.span.column): \(check.claim.text)"
    }

    /// The text of a failure or of the output: what an editor needs to act on the claim.
    static func details(_ check: ClaimCheck, path: String) -> String {
        let claim = check.claim
        var lines = [
            "\(path):\(claim.span.line):\(claim.span.column): \(check.verdict.rawValue) (confidence \(formatConfidence(check.confidence)))",
            "claim: \(claim.text)",
            "why: \(check.reason)",
        ]
        for evidence in check.evidence {
            lines.append("source \(evidence.stance.rawValue): \"\(evidence.quote)\" \(evidence.fragmentURL ?? evidence.url)")
        }
        for source in check.sources where source.status != .ok {
            lines.append("unavailable: \(source.url) — \(source.reason ?? source.status.rawValue)")
        }
        // As in SARIF: a reason that says papers are suggested is followed by them.
        for suggestion in check.suggestions {
            lines.append("suggested (found by search): \(suggestion.reference)")
        }
        return lines.joined(separator: "\n")
    }

    private func attr(_ value: String) -> String { XMLText.escape(value, attribute: true) }
    private func text(_ value: String) -> String { XMLText.escape(value) }
}
