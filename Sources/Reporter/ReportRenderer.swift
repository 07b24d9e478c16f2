import FactCheckModel

/// Turns a report into the bytes of one output format.
public protocol ReportRenderer: Sendable {
    /// The file extension for this format when reports are written per article (`json`, `txt`).
    var fileExtension: String { get }
    func render(_ report: Report) throws -> String
}

/// The output formats, by the names `--format` takes.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case json

    /// The renderer for this format. `color` applies to terminal text only.
    public func renderer(color: Bool = false, verbose: Bool = false) -> any ReportRenderer {
        switch self {
        case .text: TextReportRenderer(color: color, verbose: verbose)
        case .json: JSONReportRenderer()
        }
    }
}
