import FactCheckModel

/// The terminal summary an editor reads: findings first (most serious at the top), each with the
/// claim, where it is, why, and what the source actually says.
public struct TextReportRenderer: ReportRenderer {
    /// ANSI colours for verdict labels; off when writing to a file, a pipe, or with `NO_COLOR`.
    public var color: Bool
    /// Also list supported claims' evidence in full (otherwise one line each).
    public var verbose: Bool
    /// How local source files are named (relative to the configuration's folder).
    public var localPaths: LocalSourcePath

    public init(color: Bool = false, verbose: Bool = false, localPaths: LocalSourcePath = LocalSourcePath(folder: nil)) {
        self.color = color
        self.verbose = verbose
        self.localPaths = localPaths
    }

    public var fileExtension: String { "txt" }

    public func render(_ report: Report) throws -> String {
        var out = ""
        for article in report.articles {
            out += renderArticle(article)
            out += "\n"
        }
        out += summaryLine(report.summary)
        return out
    }

    func renderArticle(_ article: ArticleReport) -> String {
        var out = bold(article.path)
        if let title = article.title { out += " — \(title)" }
        out += "\n"
        for error in article.errors {
            out += "  " + paint("error", code: "31") + ": \(error.message)\n"
        }
        if article.claims.isEmpty, article.errors.isEmpty { out += "  no checkable claims found\n" }
        for check in article.claimsBySeverity { out += renderCheck(check) }
        return out
    }

    func renderCheck(_ check: ClaimCheck) -> String {
        let claim = check.claim
        var out = "\n  \(label(check.verdict))  line \(claim.span.line):\(claim.span.column)"
        out += "  priority \(Self.format(check.priority))  confidence \(Self.format(check.confidence))  \(claim.id)"
        // An editor's decision must never pass for the tool's: say whose verdict it is.
        if let review = check.review {
            out += "  (editor's verdict, reviewed by \(review.reviewer) on \(review.reviewedAt.prefix(10)); tool said \(review.toolVerdict.rawValue))"
        }
        out += "\n"
        out += "    \"\(claim.text)\"\n"
        if let attribution = claim.attribution {
            out += "    attributed to: \(attribution.source)\(attribution.vague ? " (vague)" : "")\n"
        }
        out += "    why: \(check.reason)\n"
        let quotes = check.verdict == .supported && !verbose ? Array(check.evidence.prefix(1)) : check.evidence
        let searched = Set(check.sources.filter { $0.origin == .search }.map(\.url))
        for evidence in quotes {
            // A paper the search found is never passed off as the author's source.
            let label = searched.contains(evidence.url) ? "found by search, \(evidence.stance.rawValue)" : "source \(evidence.stance.rawValue)"
            out += "    \(label): \"\(evidence.quote)\"\n"
            out += "      \(evidence.title.map { "\($0) — " } ?? "")\(localPaths.shown(evidence.fragmentURL ?? evidence.url))\n"
        }
        for source in check.sources {
            guard let retraction = source.retraction else { continue }
            let what = retraction.kind == .retracted ? "RETRACTED source" : "source is a retraction notice"
            out += "    " + paint(what, code: "1;31") + ": \(source.url)\(retraction.notice.map { " (notice: \($0))" } ?? "")\n"
        }
        for source in check.sources where source.status != .ok {
            out += "    unavailable: \(localPaths.shown(source.url)) — \(source.reason ?? source.status.rawValue)\n"
        }
        out += suggestionLines(check)
        return out
    }

    /// The suggested citations, marked as found by search, each with its reference, what it says
    /// and the query that found it; then what the search left out or could not do.
    func suggestionLines(_ check: ClaimCheck) -> String {
        var out = ""
        if !check.suggestions.isEmpty {
            let role = check.suggestions[0].role
            let because = role.because.map { "; " + $0 } ?? ""
            let heading = role == .alternative
                ? "papers that speak to it (found by search, not cited by the author\(because))"
                : "suggested citations (found by search, not cited by the author\(because))"
            out += "    \(heading):\n"
            for (number, suggestion) in check.suggestions.enumerated() {
                out += "      \(number + 1). \(suggestion.reference)\n"
                if let quote = suggestion.quote {
                    out += "         \(suggestion.stance?.rawValue ?? "mentions"): \"\(quote)\"\n"
                }
                out += "         found by \(suggestion.foundBy)\(suggestion.studyType.map { "; \($0)" } ?? "")\n"
            }
        }
        if let search = check.search {
            for reference in search.skippedRetracted { out += "    retracted, not suggested: \(reference)\n" }
            if check.suggestions.isEmpty {
                let queries = search.queries.map { "\($0.query) (\($0.hits.map(String.init) ?? "failed"))" }
                if !queries.isEmpty { out += "    searched: \(queries.joined(separator: "; "))\n" }
                if let problem = search.problem { out += "    search problem: \(problem)\n" }
            }
        }
        return out
    }

    func summaryLine(_ summary: Summary) -> String {
        let counts = Verdict.allCases.sorted().compactMap { verdict -> String? in
            let count = summary.count(of: verdict)
            return count > 0 ? "\(count) \(verdict.rawValue)" : nil
        }
        var line = "\(summary.articles) article\(summary.articles == 1 ? "" : "s"), \(summary.claims) claim\(summary.claims == 1 ? "" : "s")"
        if !counts.isEmpty { line += ": " + counts.joined(separator: ", ") }
        if summary.errors > 0 { line += "; \(summary.errors) error\(summary.errors == 1 ? "" : "s")" }
        return line + "\n"
    }

    func label(_ verdict: Verdict) -> String {
        let text = verdict.rawValue.uppercased()
        switch verdict {
        case .contradicted: return paint(text, code: "1;31")
        case .overstated, .disputed: return paint(text, code: "1;33")
        case .sourceUnavailable, .needsCitation: return paint(text, code: "35")
        case .unverified: return paint(text, code: "2")
        case .supported: return paint(text, code: "32")
        }
    }

    func paint(_ text: String, code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { paint(text, code: "1") }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
