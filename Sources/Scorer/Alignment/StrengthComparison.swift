import FactCheckModel

/// Feature: does the article state a stronger relation than its source, or a weaker one?
///
/// The classic science-news error (about a third of health press releases, Sumner et al. 2014):
/// the study found that coffee was "associated with" fewer strokes, the article says coffee "cuts"
/// them. Both sentences are read on the same four-level scale (``ClaimStrength``, by
/// ``ClaimStrengthClassifier``), so the rule does not hang on one word list: "was higher among",
/// "predicted" and "linked to" are all associations. An association told as a cause, hedged or not,
/// is an overstatement. The reverse, a cause told as an association, is a note: the article claims
/// less than the source, which is not an error.
enum StrengthComparison {
    enum Outcome: Equatable {
        case same
        /// The claim states more than the source: the reason for `overstated`.
        case overstated(Signal)
        /// The claim states less: a note for the reason of a supported claim.
        case downplayed(String)
    }

    static func compare(claim: ClaimStrength, claimText: AnalyzedText, source: ClaimStrength, sourceText: AnalyzedText) -> Outcome {
        if source == .correlational, claim >= .conditionalCausal {
            let claimSide = claim == .directCausal ? "a cause" : "a possible cause"
            return .overstated(Signal(
                kind: .association,
                reason: "the study found an association\(quoted(association(in: sourceText))); "
                    + "the article states \(claimSide)\(quoted(cause(in: claimText, conditional: claim == .conditionalCausal)))"))
        }
        if claim == .correlational, source >= .conditionalCausal {
            let sourceSide = source == .directCausal ? "a cause" : "a possible cause"
            return .downplayed(
                "the article downplays it: the source states \(sourceSide)\(quoted(cause(in: sourceText, conditional: source == .conditionalCausal))), "
                    + "the article an association\(quoted(association(in: claimText)))")
        }
        return .same
    }

    /// " ('associated with')", or nothing when no cue word says it (the model read it from the wording).
    private static func quoted(_ cue: String?) -> String { cue.map { " ('\($0)')" } ?? "" }

    private static func association(in text: AnalyzedText) -> String? { RelationCues.association(in: text).first?.phrase }

    /// The first causal verb, else change word ("cuts"), with the modal before it when the cause is
    /// conditional ("may lower").
    private static func cause(in text: AnalyzedText, conditional: Bool) -> String? {
        let verb = RelationCues.causal(in: text.words).first.map { (position: $0.position, end: $0.position + $0.length) }
            ?? (0..<text.count).first { Direction.classify(text, at: $0) != nil }.map { (position: $0, end: $0 + 1) }
        guard let verb else { return nil }
        let start = conditional ? RelationCues.modal(in: text.words, before: verb.position) ?? verb.position : verb.position
        return text.words[start..<verb.end].joined(separator: " ")
    }
}
