import TextAnalysis

/// Feature: does the sentence state the claim's relation, or only share its topic?
///
/// "Wind turbines caused the drought" and "wind turbines are used to help relieve the drought" name
/// the same two things; only the first says one caused the other. A sentence can back a claim that
/// states a relation (a causal or change word) only if it states one too: the claim's own relation
/// word (or a form of it), a change word the same way on the same axis near the claim's subject
/// ("cuts" and "a reduction"), or, for a claim that names a cause without a direction, any causal
/// or association word (how strong a relation it states is ``StrengthComparison``'s question). A
/// sentence that states none can still contradict or qualify the claim; it just cannot support it.
/// A causal verb that voices a worry ("raises concerns about Y", ``worryTopic(in:clauses:)``) is not
/// read as the relation, nor is a change word after it in its clause: they name the topic of a fear.
/// Only those are set aside; any other relation word in the sentence ("raised blood pressure,
/// raising concerns") still states the relation.
enum RelationStated {
    static func stated(
        claim: ClaimQuery, sentence: AnalyzedText, subjectAnchors: [Int], clauses: [Int], thresholds: ScoringThresholds
    ) -> Bool {
        let relations = claim.terms.filter(\.isRelationWord)
        guard !relations.isEmpty else { return true }
        // "X raises concerns about Y": the idiom's verb and what follows it in its clause are the
        // worry and its topic, so they are left out of the search ("raise questions about weight
        // gain" states no gain); unless the claim itself voices the worry ("the drought raised alarm").
        let worryTopic = worryVerbPositions(in: claim.analysis).isEmpty ? worryTopic(in: sentence, clauses: clauses) : []
        let present = worryTopic.isEmpty ? sentence.contentSet
            : StemSet((0..<sentence.count).filter { sentence.isContent[$0] && !worryTopic.contains($0) }.map { sentence.stemIDs[$0] })
        if relations.contains(where: { term in
            present.contains(term.id) || term.alternatives.contains { $0.allSatisfy(present.contains) }
        }) {
            return true
        }
        if claim.directions.isEmpty {
            return RelationCues.causal(in: sentence.words).contains { !worryTopic.contains($0.position) }
                || !RelationCues.association(in: sentence).isEmpty
        }
        let found = Direction.findings(in: sentence, near: subjectAnchors, window: thresholds.cueWindow, clauses: clauses)
            .filter { !worryTopic.contains($0.position) }
        return claim.directions.contains { wanted in found.contains { $0.axis == wanted.axis && $0.sign == wanted.sign } }
    }

    /// Whether the sentence uses a causal verb as an idiom of worry or doubt ("raises concerns",
    /// "raise questions about", "raised fears of": ``worryVerbPositions(in:)``). In any English text
    /// such a phrase reports that something is feared or asked, not found: with no relation stated,
    /// the trained verifier may not read it as support either
    /// (``VerdictPolicy/LearnedBound/concernVoiced``).
    static func voicesConcern(_ sentence: AnalyzedText) -> Bool {
        !worryVerbPositions(in: sentence).isEmpty
    }

    /// Where a causal verb stands whose object is a worry (``Lexicon/worryObjects``, past the
    /// modifiers of ``Lexicon/causalIdiomModifiers``: "raises serious doubts").
    static func worryVerbPositions(in sentence: AnalyzedText) -> Set<Int> {
        let words = sentence.words
        return Set((0..<sentence.count).filter { index in
            guard CueLexicon.causalStems.contains(sentence.stems[index]) else { return false }
            var next = index + 1
            while next < words.count, idiomModifiers.contains(words[next]) { next += 1 }
            return next < words.count && worryObjects.contains(words[next])
        })
    }

    /// The positions of each worry's verb and the rest of its clause up to "and", "but", "which", …
    /// (`clauses`: a clause number per token; without them, the verb alone): "raised blood pressure, raising concerns about X" keeps
    /// "raised", and "raises doubts, though it raises Y" keeps the second clause.
    static func worryTopic(in sentence: AnalyzedText, clauses: [Int]) -> Set<Int> {
        var topic: Set<Int> = []
        for verb in worryVerbPositions(in: sentence) {
            topic.insert(verb)
            guard clauses.count == sentence.count else { continue }
            var next = verb + 1
            while next < sentence.count, clauses[next] == clauses[verb], !topicEnds.contains(sentence.words[next]) {
                topic.insert(next)
                next += 1
            }
        }
        return topic
    }

    /// Words that end a worry's topic inside its clause: a coordinated or relative clause after it
    /// ("raises concerns about X, and in our cohort it caused Y") states its own finding.
    private static let topicEnds: Set<String> = ["and", "but", "yet", "which", "where", "whereas", "while"]

    private static let worryObjects: Set<String> = Set(Lexicon.worryObjects)
    private static let idiomModifiers: Set<String> = Set(Lexicon.causalIdiomModifiers)

    /// Whether the sentence presents something as a means to an end ("used to", "helps",
    /// ``CueLexicon/purposeFrames``): with no relation stated, such a sentence makes the claim's
    /// subject a remedy or a tool, and the trained verifier may not read it as support
    /// (``VerdictPolicy/LearnedBound``).
    static func presentsAsMeans(_ sentence: AnalyzedText) -> Bool {
        let words = sentence.words
        return words.indices.contains { index in CueLexicon.purposeFrames.contains { CueLexicon.matches($0, in: words, at: index) } }
    }
}
