import TextAnalysis

/// Feature: does the sentence report what happens when the claim's *exposure* is taken away?
///
/// "The enzyme lowers blood sugar" and "loss of the enzyme raised blood sugar" say the same thing:
/// an outcome that rises when a thing is removed is one the thing holds down. Read as written, the
/// second has the opposite change word on the outcome, and the same with "knockdown of", "lacking",
/// "without", "-deficient" (``Lexicon/removalWordsBefore``, ``Lexicon/removalWordsAfter``). A
/// sentence names the exposure taken away when a word of the claim's exposure (or its one-word
/// synonym) has a removal word right before it (up to two function words between: "loss of the
/// enzyme") or right after it, in the clause of a word naming the claim's outcome. General English
/// of experiments and deprivation, no field's words.
///
/// Read as a signal of its own by the verifier's label model (``PairFeatures``: the likeliest such
/// sentence, alone and with the direction it reads), which weighs it against the reversal and
/// same-direction features left as written; turning the direction inside ``OutcomeDirection`` was
/// tried and not kept (Scorer README, Session 21).
///
/// Not read: a claim that itself speaks of a removal ("loss of the enzyme raises blood sugar"; both
/// texts then say it the same way round), a claim with no exposure side, and a removal of another
/// thing ("loss of appetite").
enum RemovedExposure {
    static let before: Set<String> = Set(Lexicon.removalWordsBefore)
    static let after: Set<String> = Set(Lexicon.removalWordsAfter)

    /// Whether `sentence` names the claim's exposure taken away in the clause of a word naming the
    /// claim's outcome (``removals(of:in:anchors:clauses:)``); false when the claim itself speaks
    /// of a removal. `clauses`: the sentence's clause numbers, empty to read it as one clause.
    static func takesAway(_ query: ClaimQuery, in sentence: AnalyzedText, clauses: [Int]) -> Bool {
        guard !claimSpeaksOfRemoval(query) else { return false }
        let anchors = OutcomeDirection.anchors(of: query, in: sentence)
        guard !anchors.isEmpty else { return false }
        return !removals(of: query, in: sentence, anchors: anchors, clauses: clauses).isEmpty
    }

    /// Whether the claim's own words speak of a removal anywhere.
    static func claimSpeaksOfRemoval(_ query: ClaimQuery) -> Bool {
        query.analysis.words.contains { before.contains($0) || after.contains($0) }
    }

    /// Positions of the removal words that take a word of the claim's exposure away, in the clause
    /// of one of `anchors` (the sentence's words naming the claim's outcome); empty when none does.
    static func removals(of query: ClaimQuery, in sentence: AnalyzedText, anchors: [Int], clauses: [Int]) -> [Int] {
        let exposure = Set(query.terms.filter { $0.side == .exposure && !$0.isRelationWord && !$0.isNumber }.flatMap {
            [$0.id] + $0.alternatives.filter { $0.count == 1 }.map { $0[0] }
        })
        guard !exposure.isEmpty else { return [] }
        let sameClause = { (a: Int, b: Int) in clauses.isEmpty || clauses[a] == clauses[b] }
        var found: [Int] = []
        for position in 0..<sentence.count where sentence.isContent[position] && exposure.contains(sentence.stemIDs[position]) {
            guard anchors.contains(where: { sameClause($0, position) }) else { continue }
            // Right before, with at most two function words between ("loss of the enzyme"), no punctuation.
            var candidate = position - 1
            while candidate >= 0, position - candidate <= 3, joined(sentence, candidate, candidate + 1) {
                if before.contains(sentence.words[candidate]) { found.append(candidate); break }
                if sentence.isContent[candidate] || sentence.isNumber[candidate] { break }
                candidate -= 1
            }
            // Right after, joined by a space or a hyphen ("receptor-deficient"), not by a comma.
            if position + 1 < sentence.count, after.contains(sentence.words[position + 1]), joined(sentence, position, position + 1) {
                found.append(position + 1)
            }
        }
        return found
    }

    /// Whether tokens `first` and `second` are written next to each other, one space or hyphen
    /// apart: "the enzyme, loss of appetite" puts a comma between "enzyme" and "loss".
    static func joined(_ text: AnalyzedText, _ first: Int, _ second: Int) -> Bool {
        text.offsets[second] - (text.offsets[first] + text.words[first].count) <= 1
    }
}
