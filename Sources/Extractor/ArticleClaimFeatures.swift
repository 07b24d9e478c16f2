import Foundation
import FactCheckModel
import TextAnalysis

/// What the article says about one sentence the check-worthiness model accepted, as named values
/// for the second-stage ``ArticleClaimGate``: where the sentence stands in the article, what kind of
/// block holds it, and the shape of the sentence itself (who speaks in it, in which person and
/// mood, whether it states a figure or names someone).
///
/// Why: the first stage learned from debate transcripts, where every line is speech of one kind.
/// On article pages the false claims are of kinds a transcript never shows — a blog's narration
/// in "we", a reviewer's verdict in "I", a promotion's "will", a lone caption line, a quotation of
/// a view — and what tells them from checkable sentences is general structure, not one sentence
/// shape at a time. Every feature is computed from the article as read, for any page; the weights
/// are learned from our labelled article sentences (`factcheck-bench train-claim-gate`).
public struct ArticleClaimFeatures: Sendable {
    /// `a:`-prefixed names (so a weights file reads as an explanation) and their values.
    public private(set) var values: [String: Double] = [:]

    /// Where a sentence stands in its article.
    public struct Place: Sendable {
        /// Position among the article's body sentences (headings and references left out), 0 for
        /// the first and 1 for the last.
        public var position: Double
        /// How many body sentences come before it.
        public var index: Int
        public var role: BlockRole
        /// How many sentences its block holds (a one-sentence block is a caption, a teaser, a
        /// pull quote or a short paragraph).
        public var blockSentences: Int
        /// Whether a link sits in the sentence.
        public var linked: Bool

        public init(position: Double, index: Int, role: BlockRole, blockSentences: Int, linked: Bool) {
            self.position = position
            self.index = index
            self.role = role
            self.blockSentences = blockSentences
            self.linked = linked
        }
    }

    /// What the first stage read in the sentence.
    public struct Reading: Sendable {
        /// The check-worthiness model's score.
        public var score: Double
        /// The model's threshold (a sentence below it was accepted by a cue alone).
        public var threshold: Double
        /// The first stage's structural features.
        public var structural: [StructuralFeature: Double]
        /// The figures of the claim proper.
        public var figures: [Quantity]
        public var attribution: Attribution?
        /// A transcript's speaker says the line.
        public var spoken: Bool
        /// The sentence quotes speech (``ClaimExtractor/quotesSpeech(_:)``).
        public var quotesSpeech: Bool
        /// The first stage turned the part down for its score alone (below the model's threshold, no
        /// rule against it): only the trainer reads such parts (``ClaimExtractor/listingFloor``).
        public var rejected: Bool

        public init(
            score: Double, threshold: Double, structural: [StructuralFeature: Double], figures: [Quantity],
            attribution: Attribution?, spoken: Bool, quotesSpeech: Bool, rejected: Bool = false
        ) {
            self.score = score
            self.threshold = threshold
            self.structural = structural
            self.figures = figures
            self.attribution = attribution
            self.spoken = spoken
            self.quotesSpeech = quotesSpeech
            self.rejected = rejected
        }
    }

    public init(text: String, place: Place, reading: Reading) {
        let words = Tokenizer.words(in: text)
        let has = { (feature: StructuralFeature) in (reading.structural[feature] ?? 0) > 0 }
        func set(_ name: String, _ value: Double) { if value != 0 { values["a:" + name] = value } }
        func flag(_ name: String, _ on: Bool) { set(name, on ? 1 : 0) }

        set("bias", 1)
        // The first stage's judgement, as a logit scaled to [-1, 1].
        let score = min(max(reading.score, 0.0001), 0.9999)
        set("logit", min(4, max(-4, log(score / (1 - score)))) / 4)
        flag("belowModel", reading.score < reading.threshold)
        // Below the threshold with no cue to accept it: a gate that read such parts would weigh them
        // apart from the cued ones (`belowModel` alone), which the first stage took.
        flag("firstStageRejected", reading.rejected)
        // Cues an editor checks first.
        flag("figure", reading.figures.contains { $0.unit != "calendar-year" })
        flag("year", reading.figures.contains { $0.unit == "calendar-year" })
        let named = reading.attribution.map { !$0.vague } ?? false
        flag("namedSource", named && !reading.spoken)
        flag("vagueSource", reading.attribution?.vague ?? false)
        flag("speaker", reading.spoken)
        // Speech and its share of the sentence.
        flag("quotesSpeech", reading.quotesSpeech)
        set("quotedShare", Self.quotedShare(text))
        // Person and mood.
        flag("firstSingular", words.contains(where: ClaimLexicon.firstPersonSingular.contains))
        flag("firstPlural", words.contains(where: ClaimLexicon.firstPersonPlural.contains))
        flag("secondPerson", words.contains(where: ClaimLexicon.secondPerson.contains))
        flag("modal", words.contains(where: ClaimLexicon.modals.contains))
        flag("futureOrObligation", words.contains(where: ClaimLexicon.futureAndObligation.contains))
        flag("finiteVerb", words.contains(where: ClaimNoise.isFiniteVerb))
        flag("question", has(.question))
        flag("exclamation", text.trimmingWhitespace.hasSuffix("!"))
        flag("evaluative", has(.evaluative))
        flag("advice", has(.advice) || has(.conditionalYou))
        flag("opinion", has(.firstPersonOpinion))
        flag("causal", has(.causal))
        // Names: capitalised words after the first, as a share of the words (a named entity).
        set("capitalised", Self.capitalisedShare(text, words: words.count))
        // Length.
        flag("short", words.count < 10)
        flag("long", words.count > 35)
        // Place in the article.
        set("position", place.position)
        flag("lead", place.index < 2)
        flag("tail", place.position > 0.9)
        flag("listItem", place.role == .listItem)
        flag("quoteBlock", place.role == .quote)
        flag("tableCell", place.role == .tableCell)
        flag("loneSentence", place.blockSentences == 1)
        flag("linked", place.linked)
    }

    /// The share of letters inside quotation marks (curly or straight, paired in order).
    static func quotedShare(_ text: String) -> Double {
        var inside = false
        var quoted = 0
        var letters = 0
        for scalar in text.unicodeScalars {
            if WordCursor.quoteMarks.contains(scalar) {
                inside.toggle()
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if inside { quoted += 1 }
            }
        }
        return letters == 0 ? 0 : Double(quoted) / Double(letters)
    }

    /// Capitalised words other than the first, over all words: names of people, places and
    /// organisations, which a checkable sentence usually has and narration often lacks.
    static func capitalisedShare(_ text: String, words: Int) -> Double {
        guard words > 1 else { return 0 }
        let capitalised = text.split(whereSeparator: { $0 == " " }).dropFirst().filter { $0.first?.isUppercase == true }.count
        return min(1, Double(capitalised) / Double(words))
    }
}
