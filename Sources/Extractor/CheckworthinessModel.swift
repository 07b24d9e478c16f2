import FactCheckModel
import Foundation
import TextAnalysis

/// How worth checking a sentence is: a logistic score over explainable features.
///
/// The weights here are set by hand from the kinds of sentence an editor checks (numbers, causes,
/// named and vague sources, physiology and medicine) and the kinds they never do (advice, questions,
/// opinions, author bios). They are a first, honest detector; the claim-extraction issue replaces
/// them with weights trained on CheckThat! data by a script in the repository.
public struct CheckworthinessModel: Sendable {
    /// Sentences scoring at or above this are claims.
    public var threshold: Double = 0.5

    public init() {}

    /// The features of a sentence, each a number; named so a report or a test can say why.
    public struct Features: Sendable, Equatable {
        public var quantities = 0.0
        public var years = 0.0
        public var causal = 0.0
        public var namedSource = 0.0
        public var vagueSource = 0.0
        public var comparative = 0.0
        public var domainTerms = 0.0
        public var hedged = 0.0
        public var conditionalYou = 0.0
        public var advice = 0.0
        public var question = 0.0
        public var firstPersonOpinion = 0.0
        public var authorBio = 0.0
        public var rhetoric = 0.0
        public var evaluative = 0.0
        public var secondPerson = 0.0
        public var short = 0.0
    }

    static let weights: [(KeyPath<Features, Double> & Sendable, Double)] = [
        (\.quantities, 2.2), (\.years, 0.4), (\.causal, 1.6), (\.namedSource, 1.8), (\.vagueSource, 1.6),
        (\.comparative, 0.8), (\.domainTerms, 0.8), (\.hedged, 0.2), (\.conditionalYou, -1.8), (\.advice, -2.0),
        (\.question, -2.5), (\.firstPersonOpinion, -2.0), (\.authorBio, -3.5), (\.rhetoric, -1.2),
        (\.evaluative, -0.6), (\.secondPerson, -0.3), (\.short, -1.5),
    ]
    static let bias = -1.5

    public func score(_ features: Features) -> Double {
        var z = Self.bias
        for (feature, weight) in Self.weights { z += features[keyPath: feature] * weight }
        return 1 / (1 + exp(-z))
    }

    public func features(of sentence: String, quantities: [Quantity], attribution: Attribution?, hedges: [String]) -> Features {
        let words = Tokenizer.words(in: sentence)
        let lower = " " + words.joined(separator: " ") + " "
        var features = Features()
        features.quantities = quantities.contains { $0.unit != "calendar-year" } ? 1 : 0
        features.years = quantities.contains { $0.unit == "calendar-year" } ? 1 : 0
        features.causal = ClaimLexicon.containsCausalVerb(words) ? 1 : 0
        if let attribution {
            if attribution.vague { features.vagueSource = 1 } else { features.namedSource = 1 }
        }
        features.comparative = ClaimLexicon.comparatives.contains { lower.contains(" \($0) ") } ? 1 : 0
        features.domainTerms = Double(min(4, words.filter { ClaimLexicon.domainTerms.contains($0) }.count))
        features.hedged = hedges.isEmpty ? 0 : 1
        features.conditionalYou = lower.contains(" if you ") ? 1 : 0
        features.advice = ClaimLexicon.advice.contains { lower.contains(" \($0) ") }
            || ClaimLexicon.imperativeStarts.contains(words.first ?? "") ? 1 : 0
        features.question = sentence.trimmingWhitespace.hasSuffix("?") ? 1 : 0
        features.firstPersonOpinion = ClaimLexicon.opinion.contains { lower.contains(" \($0) ") } ? 1 : 0
        features.authorBio = ClaimLexicon.isAuthorBio(lower) ? 1 : 0
        features.rhetoric = ClaimLexicon.rhetoric.contains { lower.hasPrefix(" \($0) ") } ? 1 : 0
        features.evaluative = words.contains { ClaimLexicon.evaluative.contains($0) } ? 1 : 0
        features.secondPerson = Double(min(3, words.filter { ["you", "your", "you'll", "you're", "yourself", "you've"].contains($0) }.count))
        features.short = words.count < 5 ? 1 : 0
        return features
    }
}
