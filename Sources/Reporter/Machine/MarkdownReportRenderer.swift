import FactCheckModel

/// A pull-request comment: a summary table of verdicts, then the findings per article, most
/// serious first, each with its place, the reason and the quoted evidence linked to the passage.
/// Supported claims are folded into a `<details>` block. All text from articles and sources is
/// escaped (``MarkdownText``) and only http(s) URLs are linked.
public struct MarkdownReportRenderer: ReportRenderer {
    /// How local source files are named: a comment is public, an absolute path is not for it.
    public var localPaths: LocalSourcePath

    public init(localPaths: LocalSourcePath = LocalSourcePath(folder: nil)) {
        self.localPaths = localPaths
    }

    public var fileExtension: String { "md" }

    public func render(_ report: Report) throws -> String {
        let summary = report.summary
        var out = "## factcheck: \(summary.claims) claim\(summary.claims == 1 ? "" : "s") in \(summary.articles) article\(summary.articles == 1 ? "" : "s")"
        if summary.errors > 0 { out += ", \(summary.errors) error\(summary.errors == 1 ? "" : "s")" }
        out += "\n\n| verdict | claims |\n|---|---:|\n"
        for verdict in Verdict.bySeverity where summary.count(of: verdict) > 0 {
            out += "| \(verdict.symbol) \(verdict.label) | \(summary.count(of: verdict)) |\n"
        }
        if summary.claims == 0 { out += "| no checkable claims | 0 |\n" }
        for article in report.articles {
            out += "\n### \(MarkdownText.escape(article.title ?? article.path))\n\n"
            if article.title != nil { out += "\(MarkdownText.escape(article.path))\n\n" }
            for error in article.errors { out += "- **Could not check:** \(MarkdownText.escape(error.message))\n" }
            let ordered = article.claimsBySeverity
            let findings = ordered.filter(\.verdict.isFinding)
            let supported = ordered.filter { !$0.verdict.isFinding }
            for check in findings { out += item(check) }
            if findings.isEmpty, article.errors.isEmpty { out += "No findings.\n" }
            if !supported.isEmpty {
                out += "\n<details><summary>\(Verdict.supported.symbol) Supported claims (\(supported.count))</summary>\n\n"
                for check in supported { out += item(check) }
                out += "\n</details>\n"
            }
        }
        return out
    }

    /// One claim as a list item with indented continuation lines.
    func item(_ check: ClaimCheck) -> String {
        let claim = check.claim
        var out = "- \(check.verdict.symbol) **\(check.verdict.label)** · line \(claim.span.line):\(claim.span.column)"
        out += " · priority \(TextReportRenderer.format(check.priority)) · confidence \(formatConfidence(check.confidence)) · \(MarkdownText.escape(claim.id))  \n"
        out += "  “\(MarkdownText.escape(claim.text))”  \n"
        out += "  Why: \(MarkdownText.escape(check.reason))\n"
        let searched = Set(check.sources.filter { $0.origin == .search }.map(\.url))
        for evidence in check.evidence {
            let label = searched.contains(evidence.url) ? "Found by search, \(evidence.stance.rawValue)" : "Source \(evidence.stance.rawValue)"
            out += "  > \(label): “\(MarkdownText.escape(evidence.quote))” — \(link(evidence.title, evidence.fragmentURL ?? evidence.url, shown: evidence.url))\n"
        }
        for source in check.sources {
            guard let retraction = source.retraction else { continue }
            let what = retraction.kind == .retracted ? "Retracted source" : "Source is a retraction notice"
            let notice = retraction.notice.map { " (\(link("the retraction notice", $0, shown: $0)))" } ?? ""
            out += "  - ⚠️ **\(what)**: \(link(source.title, source.url, shown: source.url))\(notice)\n"
        }
        for source in check.sources where source.status != .ok {
            out += "  - Unavailable (\(source.status.rawValue)): \(link(source.title, source.url, shown: source.url)) — \(MarkdownText.escape(source.reason ?? source.status.rawValue))\n"
        }
        out += suggestions(check)
        return out
    }

    /// Suggested citations, ready to paste, marked as found by search and not cited by the author.
    func suggestions(_ check: ClaimCheck) -> String {
        guard let first = check.suggestions.first else { return "" }
        let because = first.role.because.map { "; " + $0 } ?? ""
        var out = first.role == .alternative
            ? "  - 🔎 **Papers that speak to it** (found by search, not cited by the author\(because)):\n"
            : "  - 🔎 **Suggested citations** (found by search, not cited by the author\(because)):\n"
        for suggestion in check.suggestions {
            let url = SafeLink.href(suggestion.url).map(MarkdownText.destination) ?? MarkdownText.escape(suggestion.url)
            let reference = suggestion.reference.hasSuffix(suggestion.url)
                ? String(suggestion.reference.dropLast(suggestion.url.count)) : suggestion.reference + " "
            out += "    - \(MarkdownText.escape(reference))\(url)"
            if let quote = suggestion.quote {
                out += "  \n      \(suggestion.stance?.rawValue ?? "mentions"): “\(MarkdownText.escape(quote))”"
            }
            out += "  \n      found by \(MarkdownText.escape(suggestion.foundBy))\n"
        }
        return out
    }

    func link(_ title: String?, _ url: String, shown: String) -> String {
        let shown = localPaths.shown(shown)
        let label = MarkdownText.escape(title ?? shown)
        guard let href = SafeLink.href(url) else {
            return title == nil ? label : "\(label) (\(MarkdownText.escape(shown)))"
        }
        return "[\(label)](\(MarkdownText.destination(href)))"
    }
}
