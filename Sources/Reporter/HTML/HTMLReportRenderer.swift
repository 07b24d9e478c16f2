import FactCheckModel
import Foundation

/// The report an editor opens in a browser: the article itself with every claim highlighted in its
/// verdict's colour and label, and beside each claim the verdict, the reason, the confidence, the
/// quoted evidence with a link that scrolls to the passage, and the sources that failed, with why.
///
/// One self-contained page per article (the writer passes single-article reports; a report with
/// several articles renders them one after another). Everything from an article or a source is
/// escaped (``HTML``), and only http(s) URLs become links (``SafeLink``).
public struct HTMLReportRenderer: ReportRenderer {
    /// Article path → the text claim spans count into, with the article's headings. An article
    /// missing here is shown as its list of claims only.
    public var articleTexts: [String: ArticleText]
    /// How local source files are named (relative to the configuration's folder).
    public var localPaths = LocalSourcePath(folder: nil)
    /// When the check ran, as shown ("2026-12-06 10:30 UTC"); the renderer never reads the clock.
    public var checkedAt: String?

    public init(articleTexts: [String: ArticleText] = [:]) {
        self.articleTexts = articleTexts
    }

    public var fileExtension: String { "html" }

    public func render(_ report: Report) throws -> String {
        let articles = report.articles
        let claims = articles.flatMap(\.claims)
        let heading: String
        let path: String
        if articles.count == 1 {
            heading = articles[0].title ?? articles[0].path
            path = articles[0].path
        } else {
            heading = "\(articles.count) articles"
            path = articles.map(\.path).joined(separator: ", ")
        }
        var body = HTML.empty
        var number = 0
        for article in articles { body += renderBody(of: article, numberingFrom: &number) }
        let generator = HTML(text: "\(report.tool.name) \(report.tool.version)")
        return HTMLTemplates.articlePage.render([
            "head": HTMLTemplates.head(title: "factcheck: " + heading, generator: generator),
            "generator": generator, "checked": Self.checked(checkedAt, generator: generator),
            "sources": sourceList(claims),
            "filters": filters(),
            "heading": HTML(text: heading),
            "path": HTML(text: path),
            "summary": summaryBar(claims), "findings": findingList(articles),
            "errors": HTML.concatenating(articles.flatMap(\.errors).map { HTMLTemplates.error.render(["message": HTML(text: $0.message)]) }),
            "body": body,
            "legend": HTML.concatenating(Verdict.bySeverity.map {
                HTMLTemplates.legendEntry.render(["verdict": HTML(text: $0.rawValue), "symbol": HTML(text: $0.symbol), "label": HTML(text: $0.label), "meaning": HTML(text: $0.meaning)])
            }),
        ]).markup
    }

    /// The "checked at … by …" note, or nothing when the time is not known.
    static func checked(_ time: String?, generator: HTML) -> HTML {
        time.map { HTMLTemplates.checkedAt.render(["time": HTML(text: $0), "generator": generator]) } ?? .empty
    }

    /// Every source read for these claims, once each, in the order first cited, with its status.
    func sourceList(_ claims: [ClaimCheck]) -> HTML {
        var seen: Set<String> = []
        let sources = claims.flatMap(\.sources).filter { seen.insert($0.url).inserted }
        guard !sources.isEmpty else { return .empty }
        return HTMLTemplates.sourceList.render([
            "count": HTML(text: "\(sources.count)"),
            "items": HTML.concatenating(sources.map { item in
                HTMLTemplates.sourceItem.render([
                    "status": HTML(text: item.status.rawValue), "source": source(title: item.title, url: item.url, shownURL: item.url),
                    "reason": item.status == .ok ? .empty : HTMLTemplates.sourceReason.render(["reason": HTML(text: item.reason ?? item.status.rawValue)]),
                ])
            }),
        ])
    }

    /// The findings in the order to work through them (verdict, then priority), each linked to its
    /// card: the article runs in its own order, so this is where an editor sees what comes first.
    func findingList(_ articles: [ArticleReport]) -> HTML {
        var numbered: [(check: ClaimCheck, number: Int)] = []
        for article in articles {
            let first = numbered.count + 1
            for (index, check) in article.claims.enumerated() { numbered.append((check, first + index)) }
        }
        let checks = numbered.map(\.check)
        let order = ClaimCheck.leadingWithWhatMatters(Array(checks.indices), in: checks).filter { checks[$0].verdict.isFinding }
        guard !order.isEmpty else { return .empty }
        return HTMLTemplates.findingList.render(["items": HTML.concatenating(order.map { index in
            let (check, number) = numbered[index]
            return HTMLTemplates.findingItem.render([
                "verdict": HTML(text: check.verdict.rawValue), "number": HTML(text: "\(number)"), "symbol": HTML(text: check.verdict.symbol),
                "label": HTML(text: check.verdict.label), "priority": HTML(text: formatConfidence(check.priority)), "claim": HTML(text: check.claim.text),
            ])
        })])
    }

    /// "All" and one radio button per verdict, ahead of the content so CSS can filter with
    /// `:checked ~ main`.
    func filters() -> HTML {
        var inputs = HTMLTemplates.filterInput.render(["verdict": HTML(text: "all"), "label": HTML(text: "Show all claims"), "checked": HTMLTemplates.checkedAttribute])
        for verdict in Verdict.bySeverity {
            inputs += HTMLTemplates.filterInput.render(["verdict": HTML(text: verdict.rawValue), "label": HTML(text: "Show only \(verdict.label.lowercased()) claims"), "checked": .empty])
        }
        return inputs
    }

    /// Counts per verdict that occurs, most serious first, after "All".
    func summaryBar(_ claims: [ClaimCheck]) -> HTML {
        var chips = HTMLTemplates.summaryChip.render(["verdict": HTML(text: "all"), "symbol": HTML(text: "☰"), "label": HTML(text: "All claims"), "count": HTML(text: "\(claims.count)")])
        for verdict in Verdict.bySeverity {
            let count = claims.filter { $0.verdict == verdict }.count
            guard count > 0 else { continue }
            chips += HTMLTemplates.summaryChip.render(["verdict": HTML(text: verdict.rawValue), "symbol": HTML(text: verdict.symbol), "label": HTML(text: verdict.label), "count": HTML(text: "\(count)")])
        }
        return chips
    }

    /// The article's blocks with their claims' cards beside them; or, without the article text, the
    /// cards alone. `number` numbers claims across the page (ids for the links between a highlight
    /// and its card; claim ids may repeat when an article says the same thing twice).
    func renderBody(of article: ArticleReport, numberingFrom number: inout Int) -> HTML {
        let first = number + 1
        number += article.claims.count
        func numberOf(_ index: Int) -> Int { first + index }
        func cards(_ indexes: [Int]) -> HTML {
            HTML.concatenating(ClaimCheck.leadingWithWhatMatters(indexes, in: article.claims).map { card(article.claims[$0], number: numberOf($0)) })
        }
        let layout = articleTexts[article.path].flatMap { read in
            ArticleLayout(text: read.text, claims: article.claims.map { ($0.claim.span, $0.claim.text) }, headings: read.headings)
        }
        guard let layout else {
            guard !article.claims.isEmpty else { return .empty }
            let message = articleTexts[article.path] == nil
                ? "The article text is not part of this report; its claims are listed in reading order."
                : "The article has changed since it was checked, so its claims are listed without it."
            return HTMLTemplates.claimsOnly.render(["message": HTML(text: message), "cards": cards(Array(article.claims.indices))])
        }
        var out = HTML.empty
        let isMarkdown = ["md", "markdown"].contains(article.path.split(separator: ".").last.map { $0.lowercased() } ?? "")
        // Markdown marks show as they read (emphasis, code, links); other text as written.
        let inline: (String) -> HTML = { isMarkdown ? MarkdownInlineHTML.render($0) : HTML(text: $0) }
        var titleShown = article.title == nil
        for block in layout.blocks {
            // The article's own title is the page's heading already: shown once, not twice.
            if !titleShown, block.claims.isEmpty, block.runs.count == 1, case .text(let text) = block.runs[0],
               let title = article.title, Self.sameWords(text, title) {
                titleShown = true
                continue
            }
            titleShown = true
            let runs = runs(block, article: article, inline: inline, numberOf: numberOf)
            // A heading as the extractor read it: levels 1 and 2 under the page's h1, deeper ones below.
            let template = switch block.headingLevel {
            case nil: HTMLTemplates.block
            case let level? where level <= 2: HTMLTemplates.sectionHeading
            case _?: HTMLTemplates.subsectionHeading
            }
            out += template.render(["runs": runs, "cards": cards(block.claims)])
        }
        if !layout.unplaced.isEmpty {
            out += HTMLTemplates.claimsOnly.render(["message": HTML(text: "Claims that could not be marked in the text:"), "cards": cards(layout.unplaced)])
        }
        return out
    }

    /// One block's text with its claims highlighted.
    func runs(_ block: ArticleLayout.Block, article: ArticleReport, inline: (String) -> HTML, numberOf: (Int) -> Int) -> HTML {
        HTML.concatenating(block.runs.map { run -> HTML in
            switch run {
            case .text(let text): return inline(text)
            case .claim(let index, let text):
                let verdict = article.claims[index].verdict
                return HTMLTemplates.highlightedClaim.render([
                    "verdict": HTML(text: verdict.rawValue), "number": HTML(text: "\(numberOf(index))"),
                    "symbol": HTML(text: verdict.symbol), "label": HTML(text: verdict.label), "text": inline(text),
                ])
            }
        })
    }

    func card(_ check: ClaimCheck, number: Int) -> HTML {
        let claim = check.claim
        let attribution = claim.attribution.map {
            HTMLTemplates.attribution.render(["source": HTML(text: $0.source), "vague": $0.vague ? HTMLTemplates.vagueNote : .empty])
        } ?? .empty
        let evidence = check.evidence.isEmpty ? HTML.empty : HTMLTemplates.evidenceList.render(["items": HTML.concatenating(check.evidence.map { item in
            HTMLTemplates.evidenceItem.render([
                "stance": HTML(text: item.stance.rawValue), "quote": HTML(text: item.quote),
                "source": source(title: item.title, url: item.fragmentURL ?? item.url, shownURL: item.url),
            ])
        })])
        let failedSources = check.sources.filter { $0.status != .ok }
        let failed = failedSources.isEmpty ? HTML.empty : HTMLTemplates.failedList.render(["items": HTML.concatenating(failedSources.map { item in
            HTMLTemplates.failedItem.render([
                "status": HTML(text: item.status.rawValue), "source": source(title: item.title, url: item.url, shownURL: item.url),
                "reason": HTML(text: item.reason ?? item.status.rawValue),
            ])
        })])
        let retractions = HTML.concatenating(check.sources.compactMap { item -> HTML? in
            guard let retraction = item.retraction else { return nil }
            let notice = retraction.notice.map {
                HTMLTemplates.retractionNotice.render(["notice": source(title: nil, url: $0, shownURL: $0)])
            } ?? .empty
            return HTMLTemplates.retraction.render([
                "what": HTML(text: retraction.kind == .retracted ? "Retracted source" : "Source is a retraction notice"),
                "source": source(title: item.title, url: item.url, shownURL: item.url), "notice": notice,
            ])
        })
        return HTMLTemplates.card.render([
            "verdict": HTML(text: check.verdict.rawValue), "number": HTML(text: "\(number)"),
            "symbol": HTML(text: check.verdict.symbol), "label": HTML(text: check.verdict.label),
            "confidence": HTML(text: formatConfidence(check.confidence)), "priority": HTML(text: formatConfidence(check.priority)),
            "claim": HTML(text: claim.text),
            "line": HTML(text: "\(claim.span.line)"), "column": HTML(text: "\(claim.span.column)"),
            "kind": HTML(text: claim.kind.rawValue), "id": HTML(text: claim.id),
            "attribution": attribution, "reason": HTML(text: check.reason), "evidence": evidence, "failed": failed,
            "retractions": retractions, "suggestions": suggestions(check),
        ])
    }

    /// The suggested citations, marked as found by search and not cited by the author, each with
    /// its reference (linked), the sentence that bears on the claim and the query that found it.
    func suggestions(_ check: ClaimCheck) -> HTML {
        guard let first = check.suggestions.first else { return .empty }
        let items = HTML.concatenating(check.suggestions.map { item in
            HTMLTemplates.suggestionItem.render([
                "stance": HTML(text: item.stance?.rawValue ?? "mentions"),
                "quote": item.quote.map { HTMLTemplates.suggestionQuote.render(["quote": HTML(text: $0)]) } ?? .empty,
                "reference": HTML(text: item.reference), "source": source(title: item.title, url: item.url, shownURL: item.url),
                "foundBy": HTML(text: item.foundBy),
            ])
        })
        let because = first.role.because.map { " (\($0))" } ?? ""
        let heading = first.role == .alternative
            ? "Papers that speak to it — found by search, not cited by the author\(because)"
            : "Suggested citations — found by search, not cited by the author\(because)"
        return HTMLTemplates.suggestionList.render(["heading": HTML(text: heading), "items": items])
    }

    /// Whether two texts read the same, whatever their marks ("Sleep, *really*" and "Sleep, really").
    static func sameWords(_ lhs: String, _ rhs: String) -> Bool {
        func words(_ text: String) -> [String] {
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        }
        return words(lhs) == words(rhs)
    }

    /// A source's title, linked to `url` when that is http(s); otherwise title and URL as text.
    func source(title: String?, url: String, shownURL: String) -> HTML {
        if let href = SafeLink.href(url) {
            return HTMLTemplates.linkedSource.render([
                "href": HTML(text: href), "title": HTML(text: title ?? shownURL), "host": HTML(text: Self.host(of: shownURL).map { "(\($0))" } ?? ""),
            ])
        }
        let shown = localPaths.shown(shownURL)
        let isLocal = shownURL.hasPrefix("/")
        let note = isLocal ? (title == nil ? "local file" : "local file " + shown) : (title == nil ? "not a web link" : shown)
        return HTMLTemplates.unlinkedSource.render(["title": HTML(text: title ?? shown), "url": HTML(text: note)])
    }

    /// The host of an http(s) URL, shown next to a link so a reader sees where it goes.
    static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: "@").last.map(String.init) ?? String(authority)
        return host.isEmpty ? nil : host
    }
}
