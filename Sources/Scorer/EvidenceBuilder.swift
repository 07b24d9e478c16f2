import FactCheckModel

/// Turns the aligned sentences a decision rests on into quotes an editor can follow.
enum EvidenceBuilder {
    /// The deciding quotes first, then the trained verifier's evidence sentences from the deciding
    /// source (`learned`, best first, quoted with the deciding stance) or, when it has none and the
    /// decision allows, the other sentences worth quoting, best first; one quote per distinct
    /// sentence text, at most ``ScoringThresholds/maximumQuotes``.
    static func evidence(
        for decision: VerdictPolicy.Decision, alignments: [Alignment], sources: [SourceDocument],
        thresholds: ScoringThresholds, learned: [SourceSentence] = []
    ) -> [Evidence] {
        var chosen: [Alignment] = decision.quotes
        if !learned.isEmpty, let deciding = decision.quotes.first {
            var evidence = build(chosen, sources: sources, thresholds: thresholds)
            var seen = Set(evidence.map(\.quote))
            let stance = deciding.stance(thresholds)
            for sentence in learned where evidence.count < thresholds.maximumQuotes && seen.insert(sentence.text).inserted {
                let source = sources[sentence.sourceIndex]
                let url = url(of: source)
                let alignment = alignments.first { $0.sentence.ordinal == sentence.ordinal }
                evidence.append(Evidence(
                    url: url, title: source.title, quote: sentence.text, stance: stance,
                    score: ((alignment?.coverage ?? 0) * 1000).rounded() / 1000,
                    fragmentURL: TextFragment.url(url, quoting: sentence.text, thresholds: thresholds),
                    strength: ClaimStrengthClassifier.shared.strength(of: sentence.analysis)))
            }
            return evidence
        }
        if decision.quoteOthers {
            chosen += alignments.filter { $0.coverage >= thresholds.minimumQuote }
        }
        return build(chosen, sources: sources, thresholds: thresholds)
    }

    /// One quote per distinct sentence text, in the order given, at most ``ScoringThresholds/maximumQuotes``.
    static func build(_ chosen: [Alignment], sources: [SourceDocument], thresholds: ScoringThresholds) -> [Evidence] {
        var seen: Set<String> = []
        var evidence: [Evidence] = []
        for alignment in chosen where evidence.count < thresholds.maximumQuotes {
            guard seen.insert(alignment.sentence.text).inserted else { continue }
            let source = sources[alignment.sourceIndex]
            let url = url(of: source)
            evidence.append(Evidence(
                url: url, title: source.title, quote: alignment.sentence.text, stance: alignment.stance(thresholds),
                score: (alignment.coverage * 1000).rounded() / 1000,
                fragmentURL: TextFragment.url(url, quoting: alignment.sentence.text, thresholds: thresholds),
                strength: ClaimStrengthClassifier.shared.strength(of: alignment.sentence.analysis)))
        }
        return evidence
    }

    /// Where the quote can be read: after redirects if we know, else as cited.
    static func url(of source: SourceDocument) -> String { source.finalURL ?? source.ref.url }
}
