import FactCheckModel

/// A sentence as the claim-strength model reads it: sparse named features, each worth 1.
///
/// Words and word pairs carry the wording ("associated with", "was higher"), and a few cue
/// features say what a bag of words cannot: which relation comes first, whether a modal sits right
/// before the causal verb ("may reduce" against "reduces ... may"), whether the relation is negated.
/// The trainer and the classifier call this same code, so training and use cannot drift.
package enum StrengthFeatures {
    /// Bump when the features change: the weights file names the version it was trained on.
    package static let version = 3

    /// Sentences of our own that reach every cue family: causal verbs and phrases, an idiom, the
    /// association words, modals before each, finding credits, changes, figures and denials.
    static let probes: [String] = [
        "Coffee reduces the risk of diabetes.",
        "Smoking causes lung cancer and leads to heart disease.",
        "The drug doubles survival and cuts relapses by 20 percent.",
        "Night-shift work worsens sleep and slows recovery.",
        "Exercise prevents falls and protects against fractures.",
        "The new rule raises concerns among doctors.",
        "Higher screen time was associated with shorter sleep.",
        "Obesity is linked to knee pain and correlated with diabetes.",
        "Walking may lower blood pressure in older women.",
        "Tea could be associated with a lower risk of stroke.",
        "The study concludes that massage improves mood.",
        "Results suggest that vitamin D is related to depression.",
        "Fish oil did not reduce heart attacks.",
        "Coffee was not significantly associated with cancer.",
        "There was no association between red meat and colon cancer.",
        "Mortality decreased and quality of life improved after the programme.",
        "Patients in the trial were aged 40 to 65 years.",
    ]

    /// What the features make of ``probes``, hashed: the trainer writes it into the table, and a
    /// test holds the committed table to the code's. The Lexicon's lists and the readers the cues
    /// call (`Direction`, `Polarity`, the analyzer) can change the features without changing their
    /// names, which ``version`` cannot see: session 13 found the table stale that way, 6,190 of its
    /// 6,219 lines unlike what the trainer wrote. A change the probes do not reach still goes unseen.
    package static var fingerprint: String {
        let analyzer = TextAnalyzer()
        let read = probes.map { names(of: analyzer.analyze($0)).joined(separator: " ") }.joined(separator: "\n")
        return String(FNV1a.hash(read), radix: 16)
    }

    /// Feature names: `w:` words, `b:` word pairs, `f:` cues (and `f:bias`, always present).
    package static func names(of text: String, wordPairs: Bool = true, cues: Bool = true) -> [String] {
        let analyzer = TextAnalyzer()
        return names(of: analyzer.analyze(text), wordPairs: wordPairs, cues: cues)
    }

    static func names(of text: AnalyzedText, wordPairs: Bool = true, cues: Bool = true) -> [String] {
        let words = text.isNumber.indices.map { text.isNumber[$0] ? "<num>" : text.words[$0] }
        var names: [String] = ["f:bias"]
        names.reserveCapacity(words.count * 2 + 12)
        for word in words { names.append("w:" + word) }
        if wordPairs {
            var previous = "<s>"
            for word in words + ["</s>"] {
                names.append("b:" + previous + "_" + word)
                previous = word
            }
        }
        if cues { names += cueNames(of: text) }
        return names
    }

    /// The cue features of one sentence.
    static func cueNames(of text: AnalyzedText) -> [String] {
        let words = text.words
        let causal = RelationCues.causal(in: words)
        let association = RelationCues.association(in: text)
        var cues: [String] = []
        if !causal.isEmpty { cues.append("f:causal") }
        if !association.isEmpty { cues.append("f:association") }
        if causal.isEmpty, association.isEmpty { cues.append("f:no-relation-word") }
        if !causal.isEmpty, !association.isEmpty { cues.append("f:causal-and-association") }
        if let first = (causal + association).min(by: { $0.position < $1.position }) {
            cues.append(causal.contains(first) ? "f:first-causal" : "f:first-association")
        }
        if causal.contains(where: { RelationCues.modal(in: words, before: $0.position) != nil }) { cues.append("f:modal-causal") }
        if association.contains(where: { RelationCues.modal(in: words, before: $0.position) != nil }) {
            cues.append("f:modal-association")
        }
        if words.contains(where: RelationCues.modalWords.contains) { cues.append("f:modal") }
        // Change words ("lower", "improved") are causal verbs or outcomes: "may lower" is a hedged cause.
        let changes = (0..<text.count).filter { Direction.classify(text, at: $0) != nil }
        if !changes.isEmpty { cues.append("f:change") }
        if changes.contains(where: { RelationCues.modal(in: words, before: $0) != nil }) { cues.append("f:modal-change") }
        if words.contains(where: RelationCues.attributionVerbs.contains) { cues.append("f:attribution") }
        let negations = (0..<words.count).compactMap { index in Polarity.cue(in: words, at: index).map { (index, $0.0) } }
        if !negations.isEmpty { cues.append("f:negation") }
        // "no association", "did not reduce", "was not significantly associated": the relation is denied.
        let relations = causal.map(\.position) + association.map(\.position)
        if negations.contains(where: { start, length in
            relations.contains { $0 >= start && $0 - (start + length) < 3 }
        }) || negations.contains(where: { start, length in
            CueLexicon.negations.contains { !$0.extends && CueLexicon.matches($0.words, in: words, at: start) && $0.words.count == length }
        }) {
            cues.append("f:negated-relation")
        }
        return cues
    }
}
