/// Something an alignment feature found that speaks against the claim *as the article wrote it*.
///
/// Signals come in two strengths of disagreement: a contradiction (the source says the opposite or a
/// clearly different number) and an overstatement (the source backs only a weaker claim). Each
/// carries the one-line reason the editor reads, so the verdict never has to be re-explained later.
struct Signal: Hashable {
    enum Kind: Hashable {
        // Contradictions, strongest evidence first (the verdict policy reports the first one found).
        case numberConflict
        case negation
        case reversal
        // Overstatements.
        case boundChanged
        case association
        case hedgeDropped
        case scopeWidened

        var isContradiction: Bool {
            switch self {
            case .numberConflict, .negation, .reversal: true
            case .boundChanged, .association, .hedgeDropped, .scopeWidened: false
            }
        }

        /// How much a verdict built on this finding can be trusted, before relevance is taken into
        /// account. Numbers and bounds are read exactly; a hedge word can be about another clause.
        var strength: Double {
            switch self {
            case .numberConflict: 0.9
            case .boundChanged: 0.9
            case .negation: 0.8
            case .association: 0.75
            case .reversal: 0.7
            case .hedgeDropped: 0.65
            case .scopeWidened: 0.6
            }
        }
    }

    let kind: Kind
    /// One line an editor understands: what the source says against what the article says.
    let reason: String
}
