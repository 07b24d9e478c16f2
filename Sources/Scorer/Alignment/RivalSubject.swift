/// Feature: does the sentence name another kind of the claim's exposure in its place?
///
/// "Green tea lowers blood pressure" against "black tea did not lower blood pressure": the sentence
/// has the exposure's head ("tea") with another word before it ("black") where the claim has its
/// own ("green"), absent here. That is a finding about a rival subject, the shape issue #17 names
/// ("the DASH diet" against "the Western diet"), and it is more telling than a low
/// ``SubjectMatch`` alone: on SciFact an exposure the rules miss is far more often paraphrased
/// ("CDCA" for "chenodeoxycholic acid") than another one, so only this shape bounds the trained
/// verifier (``VerdictPolicy/LearnedBound``). The rules read it too: a sentence that names a rival
/// kind does not match the claim's subject (``Alignment/subjectsMatch``), so it decides nothing.
enum RivalSubject {
    static func named(claim: ClaimQuery, sentence: AnalyzedText) -> Bool {
        // Only an exposure written as one short phrase, its modifiers just before its head: "green
        // tea", "vegetarian diet", and with a number or a hyphenated modifier "type 2 diabetes",
        // "low-dose aspirin". In "a deficiency of folate" or "participants who quit smoking" the
        // word before the head in a source is as often the same subject said otherwise.
        let exposure = claim.terms.filter { $0.side == .exposure }
        guard (2...3).contains(exposure.count) else { return false }
        let written = claim.analysis
        let length = exposure.count
        guard (length - 1..<max(written.count, length - 1)).contains(where: { end in
            (0..<length).allSatisfy { written.stemIDs[end - length + 1 + $0] == exposure[$0].id }
        }) else { return false }
        let head = exposure[length - 1]
        let modifiers = Array(exposure.dropLast())
        let present = sentence.contentSet
        func absent(_ term: ClaimQuery.Term) -> Bool {
            !present.contains(term.id) && !term.alternatives.contains(where: { $0.allSatisfy(present.contains) })
                && !term.paraphrases.contains(where: { $0.allSatisfy(present.contains) })
        }
        // The head as written, its modifiers before it as in the claim but for one word of its own
        // in one modifier's place, that modifier absent from the sentence.
        for position in modifiers.count..<max(sentence.count, modifiers.count) where sentence.stemIDs[position] == head.id {
            let start = position - modifiers.count
            let differing = modifiers.indices.filter { sentence.stemIDs[start + $0] != modifiers[$0].id }
            guard differing.count == 1, let slot = differing.first else { continue }
            let modifier = modifiers[slot]
            let at = start + slot
            let word = sentence.words[at]
            // "H. pylori" for "Helicobacter pylori": an initial or a clipped form is the modifier itself.
            // A number stands against a number only ("type 1" for "type 2").
            if absent(modifier), sentence.isContent[at], sentence.isNumber[at] == modifier.isNumber,
               !claim.stemSet.contains(sentence.stemIDs[at]), !claim.alternativeStems.contains(sentence.stemIDs[at]),
               !modifier.stem.hasPrefix(word), !namesAKind(word, of: modifiers, head, claim: written)
            {
                return true
            }
        }
        return false
    }

    /// Whether the sentence's word in the modifier's place names a kind of the claim's exposure
    /// after all: "hyson tea" (or "hyson") is a green tea in WordNet, so it is the claim's subject
    /// narrowed, not a rival. (A word WordNet lacks, "matcha", stays a rival.)
    static func namesAKind(_ word: String, of modifiers: [ClaimQuery.Term], _ head: ClaimQuery.Term, claim: AnalyzedText) -> Bool {
        guard !modifiers.contains(where: \.isNumber) else { return false }
        // The exposure as the claim writes it, its words' own forms ("green tea").
        let length = modifiers.count + 1
        guard let end = (length - 1..<max(claim.count, length - 1)).first(where: { end in
            claim.stemIDs[end] == head.id
                && (0..<modifiers.count).allSatisfy { claim.stemIDs[end - modifiers.count + $0] == modifiers[$0].id }
        }) else { return false }
        let phrase = claim.words[(end - length + 1)...end].joined(separator: " ")
        let relations = WordNetRelations.shared
        return relations.isKind(word, of: phrase) || relations.isKind("\(word) \(claim.words[end])", of: phrase)
    }
}
