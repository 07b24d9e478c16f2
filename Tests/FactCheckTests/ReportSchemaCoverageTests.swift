import FactCheckModel
import Foundation
import Reporter
import Testing

/// The schema against every key the encoders can write, not only those the bundled example
/// produces: a report built in process with every optional field filled (a review, a retraction of
/// each kind, errors with a URL, a range's upper value, skipped retracted papers, a search problem,
/// a failed query's null hits) and every enum value used (every verdict, stance, strength, kind,
/// bound, origin, status, role, study type, match), encoded by the real JSON renderer. A key added
/// to an encoder and not to the schema fails here. Our own made-up text.
extension ReportSchemaTests {
    static let statuses: [SourceStatus] = [.ok, .notFound, .blocked, .refused, .timeout, .tooLarge, .unreadable, .httpError, .networkError, .notFetched]
    static let origins: [SourceRef.Origin] = [.link, .option, .registry, .search, .reference]
    static let stances: [Stance] = [.supports, .qualifies, .contradicts, .mentions]
    static let strengths: [ClaimStrength?] = [.noRelationship, .correlational, .conditionalCausal, .directCausal, nil]
    static let bounds: [Quantity.Bound] = [.exact, .lower, .upper, .approximate, .range]
    static let roles: [SuggestedCitation.Role] = [.evidence, .alternative, .replacement]
    static let studyTypes: [String?] = ["systematic review", "meta-analysis", "randomized controlled trial", "clinical trial", "review", nil]

    static func fullReport() -> Report {
        let checks = Verdict.allCases.enumerated().map { index, verdict in
            let claim = Claim(
                id: "c-0000000\(index)", text: "Evening walks halve insomnia in \(index) towns", sentence: "Evening walks halve insomnia.",
                span: TextSpan(start: index, end: index + 10, line: index + 1, column: 1), kind: Claim.Kind.allCases[index % Claim.Kind.allCases.count],
                checkworthiness: 0.9, attribution: index == 0 ? nil : Attribution(source: "Quist Institute", vague: index % 2 == 0),
                hedges: ["may"], quantities: bounds.map { Quantity(text: "10 to 20 percent", value: 10, upperValue: $0 == .range ? 20 : nil, unit: $0 == .exact ? nil : "percent", bound: $0) },
                citations: ["https://example.org/walks"], strength: strengths[index % strengths.count])
            let sources = zip(statuses, origins + origins).map { status, origin in
                SourceSummary(url: "https://example.org/\(status.rawValue)", origin: origin, status: status, title: status == .ok ? "Walks" : nil,
                              reason: status == .ok ? nil : "could not read it",
                              retraction: status == .ok ? Retraction(kind: .retracted, notice: "https://doi.org/10.5555/n", retracts: nil)
                                  : status == .notFound ? Retraction(kind: .notice, notice: nil, retracts: "https://doi.org/10.5555/r") : nil)
            }
            let evidence = stances.enumerated().map { at, stance in
                Evidence(url: "https://example.org/ok", title: at == 0 ? nil : "Walks", quote: "Walks halved insomnia.", stance: stance, score: 0.5,
                         fragmentURL: at == 0 ? nil : "https://example.org/ok#:~:text=Walks", strength: strengths[at])
            }
            let review = EditorReview(
                reviewer: "A. Quist", reviewedAt: "2026-01-02", note: "Checked by phone.", ledgerFile: ".factcheck-ledger.jsonl",
                matched: index % 2 == 0 ? .id : .similar, similarity: 0.93, toolVerdict: verdict, toolReason: "the source agrees",
                evidence: [.init(url: "https://example.org/ok", quote: "Walks halved insomnia."), .init(url: "https://example.org/b", quote: nil)])
            let suggestions = roles.flatMap { role in
                studyTypes.map { type in
                    SuggestedCitation(
                        authors: ["Quist A", "Marrow B"], year: type == nil ? nil : 2021, title: "Walks and sleep", journal: type == nil ? nil : "Sleep Letters",
                        doi: type == nil ? nil : "10.5555/ws", pmid: type == nil ? nil : "91000001", url: "https://doi.org/10.5555/ws", studyType: type,
                        foundBy: "Europe PMC: (walks OR sleep)", role: role, quote: type == nil ? nil : "Walks halved insomnia.",
                        stance: type == nil ? nil : stances[index % stances.count], score: type == nil ? nil : 0.7)
                }
            }
            let search = LiteratureSearchSummary(
                queries: [.init(backend: "pubmed", query: "(walk*[tiab])", hits: 3), .init(backend: "europepmc", query: "(walks)", hits: nil)],
                skippedRetracted: ["Marrow B. Walks cure all. Sleep Letters. 2019."], problem: "Europe PMC: answered HTTP 503")
            return ClaimCheck(
                claim: claim, sources: sources, verdict: verdict, confidence: 0.8, reason: "the source agrees", evidence: evidence,
                review: review, suggestions: suggestions, search: search)
        }
        let articles = [
            ArticleReport(path: "walks.md", title: "Walks", claims: checks, errors: [ReportError(message: "could not read a link", url: "https://example.org/x"), ReportError(message: "bad markup")]),
            ArticleReport(path: "empty.md", title: nil, claims: [], errors: []),
        ]
        return Report(tool: .init(name: "factcheck", version: "0.1.0"), articles: articles)
    }

    @Test(.enabled(if: enabled, "needs python3 with jsonschema for JSON Schema draft 2020-12 (pip install jsonschema)")) func everyFieldAndValueTheEncodersWriteIsInTheSchema() throws {
        let json = try JSONReportRenderer().render(Self.fullReport())
        // The report really holds what it is meant to cover.
        for needle in ["\"upper_value\" : 20", "\"retraction-notice\"", "\"role\" : \"replacement\"", "\"role\" : \"alternative\"",
                       "\"matched\" : \"similar\"", "\"hits\" : null", "\"skipped_retracted\" : [\n", "\"problem\" : \"Europe PMC", "\"url\" : \"https://example.org/x\""] {
            #expect(json.contains(needle), "\(needle) not in the report")
        }
        let result = try Self.validate(json)
        #expect(result.status == 0, "JSON report schema violations:\n\(result.output)")
        // A wrong key nested inside search.queries[] is refused, and so is one inside a review's evidence.
        let nested = try Self.validate(json.replacingOccurrences(of: "\"hits\" : 3,", with: "\"hits\" : 3, \"rank\" : 1,"))
        // (search is "null or a summary", so the validator names the claim's search holding the bad query.)
        #expect(nested.status == 1 && nested.output.contains("/search: ") && nested.output.contains("'rank': 1"), "\(nested.output)")
        let inReview = try Self.validate(json.replacingOccurrences(of: "\"ledger_file\" :", with: "\"ledger\" : 1, \"ledger_file\" :"))
        #expect(inReview.status == 1 && inReview.output.contains("ledger"), "\(inReview.output)")
    }

    /// The README's JSON example is a valid report too (its arrays shortened, no elided keys).
    @Test(.enabled(if: enabled, "needs python3 with jsonschema for JSON Schema draft 2020-12 (pip install jsonschema)")) func theReadmeJSONExampleIsValid() throws {
        let example = try ReadmeExampleTests.block("example-json")
        let result = try Self.validate(example)
        #expect(result.status == 0, "README's JSON example violates the schema:\n\(result.output)")
    }
}
