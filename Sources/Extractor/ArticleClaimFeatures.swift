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
        /// The whole sentence does not end as a statement does (``endsAsStatement(_:)``): read from
        /// the sentence as written, not from the claim proper, which stops before a trailing source
        /// at a comma.
        public var unfinished: Bool

        public init(
            score: Double, threshold: Double, structural: [StructuralFeature: Double], figures: [Quantity],
            attribution: Attribution?, spoken: Bool, quotesSpeech: Bool, unfinished: Bool = false
        ) {
            self.score = score
            self.threshold = threshold
            self.structural = structural
            self.figures = figures
            self.attribution = attribution
            self.spoken = spoken
            self.quotesSpeech = quotesSpeech
            self.unfinished = unfinished
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
        // A line of running text with no full stop and no figure is a heading, a teaser, a caption
        // or a lead-in cut before a list ("There are three ways to do it:"), more often than a
        // statement. A figure makes the line checkable whatever ends it: a page drops a full stop
        // ("Revenue rose 11% to £310 million"), ends a clause with ";" or "…" or a web address,
        // and the figure is still there to check. List items, table cells and block quotes (a pull
        // quote) go without one by custom (`listItem`, `tableCell`, `quote` weigh them).
        flag("unfinished", reading.unfinished && reading.figures.isEmpty && ![.listItem, .tableCell, .quote].contains(place.role))
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

    /// Whether `sentence` ends as a statement in prose does: with a full stop, a question or an
    /// exclamation mark, closing quotation marks or brackets after one aside ("… he said.”",
    /// "(…).") — not with a colon or a semicolon (a lead-in to what follows), an ellipsis (a cut
    /// quotation, "and…", "…"), or nothing (a heading, a teaser, "Video: … (Wales Online)").
    /// What a page hangs after the full stop is read past first (``trailingMarks(_:)``): a note's
    /// number ("….[3]", "….¹"), a note's sign ("….*", "….†") and a symbol; an emoji ends it.
    /// ``CodeLikeText/endsSentence(_:)`` is another question: whether a line of a `<pre>` block
    /// ends as prose or verse, where a comma or a colon also ends a line.
    static func endsAsStatement(_ sentence: String) -> Bool {
        var scalars = Array(sentence.unicodeScalars)
        let trailing = trailingMarks(scalars)
        // An emoji shown as a picture closes a line as a full stop does on social and chat pages
        // ("Prices rose 5% in May 📈"); a text symbol ("▶", "©") does not.
        if scalars.suffix(trailing).contains(where: { $0.properties.isEmojiPresentation }) { return true }
        scalars.removeLast(trailing)
        // The quotation marks of ``WordCursor/quoteMarks`` (the home the attribution parser and
        // `quotesSpeech` read), and the single ones it leaves out
        // as apostrophes and the closing brackets, which close an aside after its full stop.
        let kept = scalars.reversed().drop(while: { WordCursor.quoteMarks.contains($0) || "’')]".unicodeScalars.contains($0) })
        guard let last = kept.first, ".?!".unicodeScalars.contains(last) else { return false }
        return !kept.starts(with: "...".unicodeScalars)
    }

    /// How many scalars at the end of `scalars` a page sets after a sentence rather than in it:
    /// white space and invisible format marks, a note's number in brackets ("[3]", "[12]") or in
    /// superscript digits, a note's sign ("*", "†", "‡"), and symbols and emoji with their
    /// variation selectors and joiners (Unicode's "other symbol" and "format" categories).
    static func trailingMarks(_ scalars: [Unicode.Scalar]) -> Int {
        var end = scalars.count
        while end > 0 {
            let scalar = scalars[end - 1]
            let category = scalar.properties.generalCategory
            if scalar.properties.isWhitespace || category == .format || category == .otherSymbol
                || category == .nonspacingMark && scalar.properties.isVariationSelector
                || "*†‡⁰¹²³⁴⁵⁶⁷⁸⁹".unicodeScalars.contains(scalar)
            {
                end -= 1
            } else if scalar == "]", let open = scalars[..<(end - 1)].lastIndex(of: "["), open < end - 2,
                      scalars[(open + 1)..<(end - 1)].allSatisfy({ $0.properties.numericType != nil || ",-–".unicodeScalars.contains($0) })
            {
                end = open
            } else {
                break
            }
        }
        return scalars.count - end
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
