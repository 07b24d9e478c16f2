import FactCheckModel

/// `Reports/index.html` for a batch: every article with its counts per verdict, linked to its own
/// report.
public struct HTMLIndexRenderer: ReportRenderer {
    /// The report file of each article, in the report's order, relative to the index (the writer's
    /// safe base names: letters, digits, `-`, `_`, `.`, so never a scheme or a path).
    public var reportFiles: [String]
    /// When the check ran, as shown ("2026-12-06 10:30 UTC"); the renderer never reads the clock.
    public var checkedAt: String?

    public init(reportFiles: [String], checkedAt: String? = nil) {
        self.reportFiles = reportFiles
        self.checkedAt = checkedAt
    }

    public var fileExtension: String { "html" }

    public func render(_ report: Report) throws -> String {
        render(report.articles.map(ArticleTally.init), tool: report.tool)
    }

    /// The index from each article's counts alone, in the report's order: what a batch that wrote
    /// each article's files as it finished still has at the end.
    public func render(_ articles: [ArticleTally], tool: Report.Tool) -> String {
        let summary = Summary(tallies: articles)
        let verdicts = Verdict.bySeverity
        var rows = HTML.empty
        for (index, article) in articles.enumerated() {
            let cells = HTML.concatenating(verdicts.map { verdict in
                let count = article.count(of: verdict)
                return HTMLTemplates.indexCell.render(["verdict": HTML(text: verdict.rawValue), "zero": count == 0 ? HTMLTemplates.zeroClass : .empty, "count": HTML(text: "\(count)")])
            })
            rows += HTMLTemplates.indexRow.render([
                "href": HTML(text: index < reportFiles.count ? reportFiles[index] : ""),
                "title": HTML(text: article.title ?? article.path), "path": HTML(text: article.path),
                "claims": HTML(text: "\(article.claims)"), "cells": cells, "errors": HTML(text: "\(article.errors.count)"),
            ])
        }
        var chips = HTML.empty
        for verdict in verdicts where summary.count(of: verdict) > 0 {
            chips += HTMLTemplates.indexSummaryChip.render(["verdict": HTML(text: verdict.rawValue), "symbol": HTML(text: verdict.symbol), "label": HTML(text: verdict.label), "count": HTML(text: "\(summary.count(of: verdict))")])
        }
        let heading = "\(summary.articles) article\(summary.articles == 1 ? "" : "s"), \(summary.claims) claim\(summary.claims == 1 ? "" : "s")"
            + (summary.errors > 0 ? ", \(summary.errors) error\(summary.errors == 1 ? "" : "s")" : "")
        let generator = HTML(text: "\(tool.name) \(tool.version)")
        return HTMLTemplates.indexPage.render([
            "head": HTMLTemplates.head(title: "factcheck reports", generator: generator), "generator": generator,
            "checked": HTMLReportRenderer.checked(checkedAt, generator: generator),
            "heading": HTML(text: heading), "summary": chips,
            "verdictHeads": HTML.concatenating(verdicts.map { HTMLTemplates.indexVerdictHead.render(["verdict": HTML(text: $0.rawValue), "symbol": HTML(text: $0.symbol), "label": HTML(text: $0.label)]) }),
            "rows": rows,
        ]).markup
    }
}
