import Foundation

extension ReportFormat {
    /// Whether `data`, the bytes of a file already where a report of this format is about to go,
    /// is a report factcheck wrote (so replacing it loses nothing) or something else (an article,
    /// a page of the user's site), which must never be replaced. An empty file counts as ours.
    ///
    /// Each test looks for what only this format's renderer writes: the HTML generator tag, the
    /// JSON report's `tool`, SARIF's driver, JUnit's suite name, the Markdown heading, the text
    /// summary line. A false "not ours" costs a refusal with a clear message; a false "ours" would
    /// cost a user's file, so the tests are specific rather than lenient.
    public func recognizes(_ data: Data) -> Bool {
        if data.isEmpty { return true }
        switch self {
        case .html:
            return Self.head(data).contains("<meta name=\"generator\" content=\"factcheck ")
        case .json:
            let tool = (Self.jsonObject(data)?["tool"] as? [String: Any])?["name"] as? String
            return tool == "factcheck"
        case .sarif:
            let runs = Self.jsonObject(data)?["runs"] as? [[String: Any]] ?? []
            return !runs.isEmpty && runs.allSatisfy { run in
                ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["name"] as? String == "factcheck"
            }
        case .claimreview:
            // JSON-LD with nothing but ClaimReview nodes (it names no tool when it holds none).
            guard let object = Self.jsonObject(data), Set(object.keys) == ["@context", "@graph"],
                  object["@context"] as? String == "https://schema.org",
                  let graph = object["@graph"] as? [[String: Any]]
            else { return false }
            return graph.allSatisfy { $0["@type"] as? String == "ClaimReview" }
        case .junit:
            return Self.head(data).contains("<testsuites name=\"factcheck\"")
        case .markdown:
            // MarkdownReportRenderer's first line: "## factcheck: 10 claims in 1 article, 1 error".
            let first = Self.lines(data).first ?? ""
            return first.range(of: #"^## factcheck: [0-9]+ claims? in [0-9]+ articles?(, [0-9]+ errors?)?$"#, options: .regularExpression) != nil
        case .github:
            // Workflow commands only, one a line.
            return Self.lines(data).allSatisfy { $0.hasPrefix("::") }
        case .text:
            guard let last = Self.lines(data).last else { return false }
            // TextReportRenderer's summaryLine: "1 article, 10 claims: 10 needs-citation; 1 error".
            return last.range(of: #"^[0-9]+ articles?, [0-9]+ claims?(: [0-9]+ [a-z-]+(, [0-9]+ [a-z-]+)*)?(; [0-9]+ errors?)?$"#, options: .regularExpression) != nil
        }
    }

    private static func head(_ data: Data) -> String {
        String(decoding: data.prefix(4096), as: UTF8.self)
    }

    private static func lines(_ data: Data) -> [Substring] {
        String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
    }

    private static func jsonObject(_ data: Data) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }
}
