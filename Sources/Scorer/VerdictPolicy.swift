import FactCheckModel

/// How one verdict is reached from the aligned sentences. Read top to bottom: the first rule that
/// applies decides. Every rule names its reason; nothing here is learned.
struct VerdictPolicy {
    let thresholds: ScoringThresholds

    /// A verdict with the sentences to quote for it, best first.
    struct Decision {
        let verdict: Verdict
        let confidence: Double
        let reason: String
        /// The deciding sentence(s) first; the evidence builder fills up with others.
        let quotes: [Alignment]
        /// Whether other relevant sentences may be quoted after `quotes`.
        let quoteOthers: Bool
        /// Whether the trained verifier may decide an `unverified` claim instead. Not when the rules
        /// know why it is unverified: a source on the subject that lacks the claim's figure.
        var learnedMayDecide = true
        /// Which labels the trained verifier may give an `unverified` claim (``LearnedBound``).
        var learnedBound = LearnedBound.free

        /// The same decision for another reason (``ClaimScorer`` names a swap the rules do not read).
        func with(reason: String) -> Decision {
            Decision(
                verdict: verdict, confidence: confidence, reason: reason, quotes: quotes, quoteOthers: quoteOthers,
                learnedMayDecide: learnedMayDecide, learnedBound: learnedBound)
        }
    }

    /// How far the rules let the trained verifier go when they step aside, and why (issue #17).
    /// The verifier's features carry the rules' subject and relation checks, but trained on SciFact
    /// it still reads a finding about another kind of the exposure, or a source that presents the
    /// subject as a remedy, as support or contradiction. Bounding it wherever the relevant sentences
    /// were off-subject or relation-less cost 0.04–0.1 tuning macro-F1 (on SciFact the verifier is
    /// right there more often than not: the exposure is paraphrased), so only these narrower shapes
    /// bound it (README, "Judgement").
    enum LearnedBound: Equatable {
        case free
        /// Every relevant sentence is about another exposure (``SubjectMatch``) and one names a
        /// rival kind of it in its place ("black tea" for "green tea": ``RivalSubject``).
        case anotherSubject
        /// Some relevant sentence names the claim's exposure; none of those states its relation
        /// (``RelationStated``), and one presents it as a means ("used to help relieve").
        case relationNotStated
        /// Some relevant sentence names the claim's exposure; none of those states its relation,
        /// and one voices a worry about it with a causal verb's idiom ("raises concerns about
        /// psychosis": ``RelationStated/voicesConcern(_:)``): a fear is no finding.
        case concernVoiced
        /// No candidate sentence names any word of the claim's exposure, itself or as coverage
        /// credits it, and a relevant one denies or reverses the claim's outcome for what it does
        /// name ("evidence was lacking for memory loss in people with epilepsy" for "migraine is
        /// linked to memory loss"): a finding against the outcome about another subject is no
        /// support. Without the denial the bound cost right supports on the pair sets, whose
        /// evidence names its subject by a pronoun ("It is associated with ...") and on which
        /// the verifier's contradictions from such sentences were right (Scorer README, "Session 13").
        case subjectUnnamed

        /// Whether the verifier may call the claim supported.
        var maySupport: Bool { self == .free }
        /// Whether the verifier may call the claim contradicted.
        var mayContradict: Bool { self != .anotherSubject }

        func allows(_ label: AbstractLabel) -> Bool {
            switch label {
            case .support: maySupport
            case .contradict: mayContradict
            case .notEnoughInfo: true
            }
        }

        /// The rules' reason when they keep the claim `unverified` against the verifier.
        var reason: String {
            switch self {
            case .free: "the sources touch on the subject but do not state this claim"
            case .anotherSubject: "the sources' findings are about another kind of the claim's subject"
            case .relationNotStated: "the sources name the subject as a means, but do not state this relation"
            case .concernVoiced: "the sources raise a concern about the subject, but do not state this relation"
            case .subjectUnnamed: "the sources do not name the claim's subject"
            }
        }

        /// ``subjectUnnamed``'s reason with the subject's words as the claim writes them ("the
        /// sources do not name the claim's subject ('migraine')"): only the words, for a source may
        /// name the subject by a synonym coverage does not credit, so "about another subject"
        /// could be false. The alignments the bound is read from do not carry the claim.
        static func subjectUnnamedReason(_ query: ClaimQuery) -> String {
            let written = query.analysis
            let exposure = Set(query.terms.filter { $0.side == .exposure }.map(\.id))
            let words = (0..<written.count).filter { written.isContent[$0] && exposure.contains(written.stemIDs[$0]) }
            let reason = Self.subjectUnnamed.reason
            return words.isEmpty ? reason : "\(reason) ('\(words.map { written.words[$0] }.joined(separator: " "))')"
        }

        /// `candidates`: every aligned sentence, relevant or not.
        init(relevant: [Alignment], candidates: [Alignment]) {
            if relevant.isEmpty {
                self = .free
            } else if !relevant.contains(where: \.subjectsMatch) {
                if relevant.contains(where: \.namesRivalSubject) {
                    self = .anotherSubject
                } else if !candidates.contains(where: \.namesExposure), relevant.contains(where: { $0.contradiction != nil }) {
                    self = .subjectUnnamed
                } else {
                    self = .free
                }
            } else if !relevant.contains(where: { $0.subjectsMatch && $0.relationStated }) {
                self = relevant.contains(where: { $0.subjectsMatch && $0.presentsAsMeans }) ? .relationNotStated
                    : relevant.contains(where: { $0.subjectsMatch && $0.voicesConcern }) ? .concernVoiced : .free
            } else {
                self = .free
            }
        }
    }

    // MARK: Before reading anything

    /// No source at all: nothing the article cites, nothing found.
    static func noSources(for claim: Claim) -> Decision {
        let reason: String
        if let attribution = claim.attribution, attribution.vague {
            reason = "vague attribution ('\(attribution.source)') and no source cited"
        } else if let attribution = claim.attribution {
            // Naming an organisation is not citing it: say what would let us check.
            reason = "attributed to \(attribution.source), but no link to what they published (cite it, or add them to the [[source]] registry)"
        } else {
            reason = "no source cited or found for this claim"
        }
        return Decision(verdict: .needsCitation, confidence: 0.9, reason: reason, quotes: [], quoteOthers: false)
    }

    /// Sources were given and none could be read.
    static func allUnavailable(_ sources: [SourceDocument]) -> Decision {
        Decision(
            verdict: .sourceUnavailable, confidence: 0.95, reason: unavailableReason(sources),
            quotes: [], quoteOthers: false)
    }

    /// "the cited source could not be read: not found (HTTP 404)"; for several, the first two reasons.
    static func unavailableReason(_ failed: [SourceDocument]) -> String {
        var reasons: [String] = []
        for source in failed where !source.isAvailable {
            let reason = source.reason ?? describe(source.status)
            if !reasons.contains(reason) { reasons.append(reason) }
        }
        let listed = reasons.prefix(2).joined(separator: "; ")
        if failed.count == 1 {
            let cited = isArticlesOwn(failed[0].ref.origin) ? "cited " : ""
            return "the \(cited)source could not be read: \(listed)"
        }
        return "none of the \(failed.count) sources could be read: \(listed)"
    }

    /// Words for a failure when the fetcher gave no reason.
    static func describe(_ status: SourceStatus) -> String {
        switch status {
        case .ok: "no readable text"
        case .notFound: "not found"
        case .blocked: "the server refused access"
        case .refused: "not an address factcheck may read"
        case .timeout: "timed out"
        case .tooLarge: "too large"
        case .unreadable: "not readable text"
        case .httpError: "the server returned an error"
        case .networkError: "the server could not be reached"
        case .notFetched: "not fetched in this run"
        }
    }

    /// Sources the article itself points to (as opposed to ones we added or searched for).
    static func isArticlesOwn(_ origin: SourceRef.Origin) -> Bool {
        switch origin {
        case .link, .reference, .registry: true
        case .option, .search: false
        }
    }

    // MARK: After alignment

    /// `alignments` best first (``Alignment/isBetter(_:than:)``); `sources` as given to the scorer.
    func decide(claim: Claim, alignments: [Alignment], sources: [SourceDocument]) -> Decision {
        guard let best = alignments.first, best.coverage >= thresholds.relevance else {
            return nothingRelevant(claim: claim, best: alignments.first, sources: sources)
        }
        let relevant = alignments.filter { $0.coverage >= thresholds.relevance }

        // 1. Strongly relevant sentences from different sources take opposite sides: disputed.
        let strong = relevant.filter { $0.coverage >= thresholds.support }
        if let supporter = strong.first(where: { $0.stance(thresholds) == .supports }),
           let opponent = strong.first(where: { $0.stance(thresholds) == .contradicts && $0.sourceIndex != supporter.sourceIndex })
        {
            let confidence = 0.4 + 0.4 * min(supporter.coverage, opponent.coverage)
            let reason = "sources disagree: \(name(of: supporter, in: sources)) states it; "
                + "\(name(of: opponent, in: sources)) contradicts it (\(opponent.contradiction!.reason))"
            return Decision(
                verdict: .disputed, confidence: rounded(confidence), reason: reason,
                quotes: [supporter, opponent], quoteOthers: true)
        }

        // 2. Among the sentences about as relevant as the best, the most telling stance decides:
        //    a contradiction (a finding against the claim outweighs a restatement of the hypothesis),
        //    then support (a plain statement outweighs a hedged one elsewhere), then a qualification.
        // A sentence that asks the question ("whether X cuts Y remains unclear") restates the
        // claim's words without finding anything: when the source also has findings, they compete
        // among themselves, near the best finding; the question decides only when nothing else does.
        let findings = relevant.filter { !Self.asksTheQuestion($0) }
        let leader = findings.first ?? best
        let contenders = (findings.isEmpty ? relevant : findings).filter { $0.coverage >= leader.coverage - thresholds.nearBest }
        for stance in [Stance.contradicts, .supports, .qualifies] {
            guard let deciding = contenders.first(where: { $0.stance(thresholds) == stance }) else { continue }
            return decision(stance, deciding)
        }

        // 3. Relevant, but not enough to say it states the claim.
        if case .missing(let quantity) = best.quantities {
            return Decision(
                verdict: .unverified, confidence: 0.5,
                reason: "the source addresses the subject but does not give the figure (\(quantity.text))",
                quotes: [best], quoteOthers: true, learnedMayDecide: false)
        }
        let bound = LearnedBound(relevant: relevant, candidates: alignments)
        return Decision(
            verdict: .unverified, confidence: 0.5, reason: bound.reason, quotes: [best], quoteOthers: true,
            learnedBound: bound)
    }

    /// Whether a sentence reads as the question a study asks, not its finding: background cues
    /// ("whether", "remains", "unclear") and no result or conclusion cue (``RoleCues``).
    static func asksTheQuestion(_ alignment: Alignment) -> Bool {
        let scores = RoleCues.scores(alignment.sentence.analysis, raw: alignment.sentence.text)
        return scores[RoleCues.Role.background.rawValue] >= 1
            && scores[RoleCues.Role.results.rawValue] == 0 && scores[RoleCues.Role.conclusion.rawValue] == 0
    }

    /// The verdict one deciding sentence gives.
    private func decision(_ stance: Stance, _ deciding: Alignment) -> Decision {
        let relevance = 0.5 + 0.5 * deciding.coverage
        switch stance {
        case .contradicts:
            let signal = deciding.contradiction!
            return Decision(
                verdict: .contradicted, confidence: rounded(signal.kind.strength * relevance), reason: signal.reason,
                quotes: [deciding], quoteOthers: true)
        case .qualifies:
            let signal = deciding.overstatement!
            return Decision(
                verdict: .overstated, confidence: rounded(signal.kind.strength * relevance), reason: signal.reason,
                quotes: [deciding], quoteOthers: true)
        case .supports, .mentions:
            var reason = "the source states this"
            var confidence = relevance
            switch deciding.quantities {
            case .agree(let quantity) where quantity.unit != nil: reason += ", with the same figure (\(quantity.text))"
            case .close:
                reason += ", with a nearby figure"
                confidence *= 0.9
            case .agree, .notApplicable, .missing, .overstated, .conflict: break
            }
            // Claiming less than the source is no error, but the editor should know.
            if let note = deciding.downplayed { reason += "; " + note }
            return Decision(
                verdict: .supported, confidence: rounded(confidence), reason: reason, quotes: [deciding], quoteOthers: true)
        }
    }

    /// No sentence addresses the claim. Whose fault that is decides the verdict.
    private func nothingRelevant(claim: Claim, best: Alignment?, sources: [SourceDocument]) -> Decision {
        // Sure in proportion to how far the best sentence falls short.
        let shortfall = 1 - min(1, (best?.coverage ?? 0) / thresholds.relevance)
        let confidence = rounded(0.6 + 0.3 * shortfall)
        // The article's own source could not be read, and what we could read says nothing: the
        // missing source is the editor's problem to fix.
        let unavailableOwn = sources.filter { !$0.isAvailable && Self.isArticlesOwn($0.ref.origin) }
        if !unavailableOwn.isEmpty {
            return Decision(
                verdict: .sourceUnavailable, confidence: 0.7,
                reason: Self.unavailableReason(unavailableOwn) + "; the other sources do not address this claim",
                quotes: [], quoteOthers: false)
        }
        // Only sources we added or searched for, none on topic, and the article cites nothing.
        let articleHasSource = sources.contains { $0.isAvailable && Self.isArticlesOwn($0.ref.origin) }
        if !articleHasSource, claim.citations.isEmpty {
            var reason = "no source cited, and the sources found do not address this claim"
            if let attribution = claim.attribution, attribution.vague {
                reason = "vague attribution ('\(attribution.source)'), no source cited, and the sources found do not address this claim"
            }
            return Decision(verdict: .needsCitation, confidence: confidence, reason: reason, quotes: [], quoteOthers: false)
        }
        return Decision(
            verdict: .unverified, confidence: confidence, reason: "the sources read do not address this claim",
            quotes: [], quoteOthers: true)
    }

    /// How a reason names a source: its title, else its host.
    private func name(of alignment: Alignment, in sources: [SourceDocument]) -> String {
        let source = sources[alignment.sourceIndex]
        if let title = source.title, !title.isEmpty { return "'\(title)'" }
        return EvidenceBuilder.url(of: source)
    }

    /// Confidence to two decimals: stable in reports, and no false precision.
    private func rounded(_ value: Double) -> Double { (min(1, max(0, value)) * 100).rounded() / 100 }
}
