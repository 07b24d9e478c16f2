import FactCheckModel
import Foundation

/// The machine-readable report: DESIGN.md's JSON contract, pretty-printed with sorted keys so two
/// runs on the same input produce identical files (diffable in CI, cacheable).
public struct JSONReportRenderer: ReportRenderer {
    public init() {}

    public var fileExtension: String { "json" }

    public func render(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let data = try encoder.encode(report)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
