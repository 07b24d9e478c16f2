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

    /// What a sentence's other years say against the claim's.
    enum Finding {
        /// A year of the claim's event, or of no event named: the claim is dated otherwise.
        case conflict(Signal)
        /// Every other year dates the opposite event of the claim's thing ("closed for repairs in
        /// 1975" against "opened in 1932"): no contradiction, and no statement of the claim either.
        case anotherEvent
    }

    /// The finding, reading which event each year dates (``DatedEvent``): a year the sentence ties
    /// to an opposite of the claim's dated word is left out. The sentence's contradiction needs a
    /// year left.
    static func finding(claim: ClaimQuery, sentence: SourceSentence) -> Finding? {
        let years = sentence.years
        guard let found = signal(claimYears: claim.years, sentenceYears: years) else { return nil }
        guard let event = DatedEvent.event(of: claim) else { return .conflict(found) }
        let datingTheClaim = years.filter { !DatedEvent.datesTheOpposite($0, of: event, in: sentence.analysis) }
        return signal(claimYears: claim.years, sentenceYears: datingTheClaim).map(Finding.conflict) ?? .anotherEvent
    }

    /// The contradiction whatever the years date (the short-evidence gate's test that a sentence
    /// gives no other year at all): when both name years and none of the claim's falls within the
    /// sentence's.
    static func signal(claimYears: [Quantity], sentenceYears: [Quantity]) -> Signal? {
        guard !claimYears.isEmpty, !sentenceYears.isEmpty else { return nil }
        let overlaps = claimYears.contains { claimed in
            let claimedSpan = QuantityAgreement.interval(claimed)
            return sentenceYears.contains { QuantityAgreement.interval($0).overlaps(claimedSpan) }
        }
        guard !overlaps, let source = sentenceYears.first, let claimed = claimYears.first else { return nil }
        return Signal(kind: .numberConflict, reason: "source dates it to \(source.text); the article says \(claimed.text)")
    }
}
