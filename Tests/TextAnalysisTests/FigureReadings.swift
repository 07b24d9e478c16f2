import FactCheckModel
@testable import TextAnalysis

/// The two readings of a sentence's figures that the figure-grammar suites compare: what a claim
/// reports, and what the scorer reads (the reported figures leave out age groups, ranked shares and
/// numbered references; the scorer keeps them, since a source may name another group). Calendar
/// years are left out of both: they date events, they are not figures to check.
protocol FigureReadings {}

extension FigureReadings {
    /// The figures a claim reports (``QuantityParser/quantities(in:keepingRecounts:asReported:)``).
    func figures(_ text: String) -> [Quantity] {
        QuantityParser.quantities(in: text, asReported: true).filter { $0.unit != "calendar-year" }
    }

    /// The figures the scorer reads, on a claim and on a source sentence alike.
    func scored(_ text: String) -> [Quantity] {
        QuantityParser.quantities(in: text).filter { $0.unit != "calendar-year" }
    }
}
