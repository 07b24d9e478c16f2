import FactCheckModel
import Foundation

/// SARIF 2.1.0, the format code-scanning tools read (GitHub code scanning shows each result on its
/// line in a pull request).
///
/// One run; one rule per verdict that is a finding (`factcheck/contradicted`, …), with its level;
/// one result per claim whose verdict is a finding, located at the claim's line and column
/// (columns in Unicode code points, declared by `columnKind`). Supported claims are not results.
/// Articles that could not be read are tool-execution notifications, and make the invocation
/// unsuccessful. Keys are sorted so the same report always gives the same bytes.
public struct SARIFReportRenderer: ReportRenderer {
    /// Where people learn about the tool and its rules (`tool.driver.informationUri`, rule `helpUri`).
    public static let informationURI = "https://example.org/factcheck"

    public init() {}

    public var fileExtension: String { "sarif" }

    /// The verdicts that have rules, in rule-index order (most serious first).
    static let ruleVerdicts = Verdict.bySeverity.filter(\.isFinding)

    public static func ruleID(_ verdict: Verdict) -> String { "factcheck/\(verdict.rawValue)" }

    public func render(_ report: Report) throws -> String {
        var results: [SARIF.Result] = []
        var notifications: [SARIF.Notification] = []
        for article in report.articles {
            let uri = ArtifactURI.make(path: article.path)
            for error in article.errors {
                notifications.append(SARIF.Notification(
                    level: "error", message: .init(text: error.message),
                    locations: [.init(physicalLocation: .init(artifactLocation: .init(uri: uri), region: nil))]))
            }
            for check in article.claims {
                guard let level = check.verdict.findingLevel, let ruleIndex = Self.ruleVerdicts.firstIndex(of: check.verdict) else { continue }
                let claim = check.claim
                results.append(SARIF.Result(
                    ruleId: Self.ruleID(check.verdict), ruleIndex: ruleIndex, level: level.rawValue,
                    message: .init(text: Self.message(for: check)),
                    locations: [.init(physicalLocation: .init(
                        artifactLocation: .init(uri: uri),
                        region: .init(startLine: max(1, claim.span.line), startColumn: max(1, claim.span.column), snippet: .init(text: claim.text))))],
                    partialFingerprints: ["factcheckClaimId/v1": claim.id],
                    properties: .init(
                        claimId: claim.id, verdict: check.verdict.rawValue, confidence: check.confidence,
                        evidence: check.evidence.map { .init(url: $0.fragmentURL ?? $0.url, quote: $0.quote, stance: $0.stance.rawValue) })))
            }
        }
        let log = SARIF.Log(runs: [SARIF.Run(
            tool: .init(driver: .init(
                name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version,
                informationUri: Self.informationURI, rules: Self.ruleVerdicts.map(Self.rule))),
            invocations: [.init(executionSuccessful: notifications.isEmpty, toolExecutionNotifications: notifications)],
            results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(log), as: UTF8.self) + "\n"
    }

    /// What the alert says: the verdict, the claim, why, the best quote and the suggested
    /// citations, so the line comment is useful without opening the report.
    static func message(for check: ClaimCheck) -> String {
        var text = "\(check.verdict.label): “\(check.claim.text)” — \(check.reason) (confidence \(formatConfidence(check.confidence)))"
        if let best = check.evidence.first {
            text += "\nSource \(best.stance.rawValue): “\(best.quote)” \(best.fragmentURL ?? best.url)"
        }
        for source in check.sources where source.status != .ok {
            text += "\nUnavailable: \(source.url) — \(source.reason ?? source.status.rawValue)"
        }
        // The reason of a searched claim says papers are suggested: the alert names them (a line
        // each, the reference only), so what it says is true without the full report.
        for suggestion in check.suggestions {
            text += "\nSuggested (found by search): \(suggestion.reference)"
        }
        return text
    }

    static func rule(_ verdict: Verdict) -> SARIF.Rule {
        let level = verdict.findingLevel ?? .note
        return SARIF.Rule(
            id: ruleID(verdict),
            name: verdict.label.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
            shortDescription: .init(text: "\(verdict.label) claim"),
            fullDescription: .init(text: verdict.meaning),
            help: .init(text: "\(verdict.meaning) Read the quoted evidence, then correct the claim, add or fix its source, or record an editor's verdict."),
            helpUri: informationURI + "#verdicts",
            defaultConfiguration: .init(level: level.rawValue),
            properties: .init(
                tags: ["fact-check", verdict.rawValue], precision: "medium",
                problemSeverity: level == .error ? "error" : level == .warning ? "warning" : "recommendation"))
    }
}
