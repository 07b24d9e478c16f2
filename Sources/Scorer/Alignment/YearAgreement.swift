import FactCheckModel
import TextAnalysis

/// Feature: does the source date the claim's event to another year?
///
/// Years are not figures to compare with the claim's numbers (an abstract's "in 2019" is usually
/// when a study ran), so ``QuantityAgreement`` leaves them out. But a sentence that covers the claim
/// and dates it otherwise ("The programme began in 2021" against "began in 2019") contradicts it.
/// Only when both name years and none of the claim's falls within the sentence's.
enum YearAgreement {
    static func years(in quantities: [Quantity]) -> [Quantity] {
        quantities.filter { $0.unit == "calendar-year" }
    }

    static func signal(claimYears: [Quantity], sentence: String) -> Signal? {
        guard !claimYears.isEmpty else { return nil }
        let sentenceYears = years(in: QuantityParser.quantities(in: sentence))
        guard !sentenceYears.isEmpty else { return nil }
        let overlaps = claimYears.contains { claimed in
            let claimedSpan = QuantityAgreement.interval(claimed)
            return sentenceYears.contains { QuantityAgreement.interval($0).overlaps(claimedSpan) }
        }
        guard !overlaps, let source = sentenceYears.first, let claimed = claimYears.first else { return nil }
        return Signal(kind: .numberConflict, reason: "source dates it to \(source.text); the article says \(claimed.text)")
    }
}
