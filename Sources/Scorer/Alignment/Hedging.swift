import TextAnalysis

/// Feature: did the article drop the source's hedge?
///
/// The source says "may reduce", "appears to", "could"; the article states it as fact. An
/// overstatement, not a contradiction: the source points the same way, less firmly. (An association
/// told as a cause is the other way of dropping caution; ``StrengthComparison`` reads that from both
/// sentences' claim strength.)
enum Hedging {
    /// Hedge phrases that report an association (``Lexicon/associationHedges``):
    /// ``StrengthComparison`` judges those, not this rule.
    static let associationHedges: Set<String> = Set(Lexicon.associationHedges)

    /// Whether a hedge outside the clauses carrying the claim stays in its own clause. It does only
    /// when its clause has a subject and a verb of its own and is set off from the claim's clause by
    /// "but", "yet", "however" (``Lexicon/hedgeStoppingOpeners``) or a ";", not a ":" ("some may have skipped
    /// sessions; walks lowered blood sugar"). A hedge opening the sentence ("It is possible that",
    /// "Perhaps", "We speculate that") frames every clause, and a modal whose verb comes after an
    /// interrupting clause ("might, although the trial was small, lower blood sugar") hedges that verb.
    static func isCutOff(
        _ hedge: (phrase: String, position: Int), text: AnalyzedText, verbatim: String, clauses: [Int], carrying: ClaimClauses
    ) -> Bool {
        let words = text.words
        let position = hedge.position
        guard clauses.count == words.count, (0..<position).contains(where: { text.isContent[$0] }) else { return false }
        let after = position + Lexicon.words(of: hedge.phrase).count
        if after < words.count, AnalyzedText.clauseOpeners.contains(words[after]) { return false }
        let own = clauses[position]
        let ownStart = (0...position).first { clauses[$0] == own } ?? 0
        let hasSubject = (ownStart..<position).contains { text.isContent[$0] || CueLexicon.subjectPronouns.contains(words[$0]) }
        let hasVerb = (after..<words.count).contains { clauses[$0] == own && text.isContent[$0] }
        guard hasSubject, hasVerb else { return false }
        let characters = Array(verbatim)
        // A ";" before the word at `index` (a ":" introduces what the clause before frames).
        let semicolonBefore = { (index: Int) -> Bool in
            let start = min(text.offsets[index - 1] + words[index - 1].count, text.offsets[index])
            guard start >= 0, text.offsets[index] <= characters.count else { return false }
            return characters[start..<text.offsets[index]].contains(";")
        }
        let carried = Set((0..<words.count).filter(carrying.carries).map { clauses[$0] })
        guard !carried.isEmpty else { return false }
        // Cut off from every carrying clause by a stopping boundary between them.
        return carried.allSatisfy { other in
            let range = other < own ? (clauseStart(of: other, clauses) + 1)...ownStart : (ownStart + 1)...clauseStart(of: other, clauses)
            return range.contains { index in
                index > 0 && index < words.count && clauses[index] != clauses[index - 1]
                    && (semicolonBefore(index) || stoppingOpeners.contains(words[index]))
            }
        }
    }

    static func clauseStart(of clause: Int, _ clauses: [Int]) -> Int {
        clauses.firstIndex(of: clause) ?? 0
    }

    static let stoppingOpeners: Set<String> = Set(Lexicon.hedgeStoppingOpeners)

    /// An overstatement when the source hedges and the claim does not. An attribution verb
    /// ("results suggest that", "concludes a study") is no hedge on either side: it credits the
    /// finding to its authors without weakening it. A hedge softens its own clause only: in "nurses
    /// might miss visits, but home visits cut readmissions" the finding is stated plainly, so only
    /// hedges in the clauses that carry the claim count (``ClaimClauses``).
    static func signal(claim: ClaimQuery, sentence: SourceSentence, anchors: [Int], clauses: [Int]) -> Signal? {
        guard claim.hedges.allSatisfy(RelationCues.attributionVerbs.contains) else { return nil }
        let analysis = sentence.analysis
        let carrying = ClaimClauses(text: analysis, anchors: anchors, clauses: clauses, claim: claim)
        let hedges = HedgeLexicon.hedgePositions(in: analysis.words).filter {
            !associationHedges.contains($0.phrase) && !RelationCues.attributionVerbs.contains($0.phrase)
                && (carrying.carries($0.position)
                    || !isCutOff($0, text: analysis, verbatim: sentence.text, clauses: clauses, carrying: carrying))
        }
        guard let hedge = hedges.first?.phrase else { return nil }
        return Signal(kind: .hedgeDropped, reason: "source hedges ('\(hedge)'); the article states it as fact")
    }
}
