import FactCheckModel

/// Turns the aligned sentences a decision rests on into quotes an editor can follow.
enum EvidenceBuilder {
    /// The deciding quotes first, then (if allowed) the other sentences worth quoting, best first;
    /// one quote per distinct sentence text, at most ``ScoringThresholds/maximumQuotes``.
    static func evidence(
        for decision: VerdictPolicy.Decision, alignments: [Alignment], sources: [SourceDocument],
        thresholds: ScoringThresholds
    ) -> [Evidence] {
        var chosen: [Alignment] = decision.quotes
        if decision.quoteOthers {
            chosen += alignments.filter { $0.coverage >= thresholds.minimumQuote }
        }
        var seen: Set<String> = []
        var evidence: [Evidence] = []
        for alignment in chosen where evidence.count < thresholds.maximumQuotes {
            guard seen.insert(alignment.sentence.text).inserted else { continue }
            let source = sources[alignment.sourceIndex]
            let url = url(of: source)
            evidence.append(Evidence(
                url: url, title: source.title, quote: alignment.sentence.text, stance: alignment.stance(thresholds),
                score: (alignment.coverage * 1000).rounded() / 1000,
                fragmentURL: TextFragment.url(url, quoting: alignment.sentence.text, thresholds: thresholds)))
        }
        return evidence
    }

    /// Where the quote can be read: after redirects if we know, else as cited.
    static func url(of source: SourceDocument) -> String { source.finalURL ?? source.ref.url }
}
