import FactCheckModel
import Foundation
import TextAnalysis

/// A list item or a table cell that states nothing on its own: a fee, a price band, a feature
/// ("Less than $10,000 a month", "$9.99 per month", "Biometric access and cold storage"). What it
/// is a fee or a feature of is in the table's header or the list's lead-in, which the claim does
/// not carry. The label rule is "no subject", so an item is dropped only when it has no word that
/// may be a finite verb AND it either opens with its figure (a figure, a bound on one or a
/// currency sign: nothing before the figure names what it counts) or holds no figure at all.
/// "Price: $4.99, up from $3.50", "Median rent up 14% in two years" and "Record 1.2 million
/// visitors in 2023" name their subject before the figure and stay candidates; so does any item
/// written as a sentence (a capital, five or more words, a full stop: "The storm hit 12 towns in
/// two days."), whatever its verb, and any sentence of a paragraph, a quotation or a heading.
/// Plain-text and Markdown `- ` lines are list items; HTML `<dd>` is read as a paragraph.
enum VerblessItem {
    /// As below, reading the figures of `text` itself (the extractor has them already).
    static func statesNothing(_ text: String, role: BlockRole) -> Bool {
        statesNothing(text, role: role, quantities: QuantityParser.quantities(in: text, keepingRecounts: true))
    }

    /// Whether `text`, a sentence of a block with `role` whose figures are `quantities`, states
    /// nothing on its own. The cheap tests of shape and figures come first; WordNet is read only
    /// for the items they leave. Without WordNet nothing is judged verbless.
    static func statesNothing(_ text: String, role: BlockRole, quantities: [Quantity]) -> Bool {
        guard role == .listItem || role == .tableCell else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let words = WordCursor(trimmed)
        if isWrittenAsSentence(trimmed, wordCount: words.count) { return false }
        guard quantities.isEmpty || opensWithFigure(trimmed, quantities: quantities) else { return false }
        guard let wordNet = try? WordNet.shared() else { return false }
        return !(0..<words.count).contains { mayBeFiniteVerb(words, at: $0, wordNet: wordNet) }
    }

    /// "The new bridge cost $40 million.": a capital, five or more words and a full stop make a
    /// sentence, which a verb the tests below miss ("cost", "hit", "shut" are past and base alike)
    /// must not cost its claim.
    static func isWrittenAsSentence(_ text: String, wordCount: Int) -> Bool {
        text.first?.isUppercase == true && text.hasSuffix(".") && wordCount >= 5
    }

    /// Whether the item opens with its first figure: a number, a currency sign or a bound ("Less
    /// than $10,000", "Up to 2 TB", "Over $500 million"). An approximation ("Nearly one in five
    /// children …") counts its subject and is kept.
    static func opensWithFigure(_ text: String, quantities: [Quantity]) -> Bool {
        if let first = text.unicodeScalars.first, first.properties.numericType != nil || first.properties.generalCategory == .currencySymbol {
            return true
        }
        return quantities.contains { $0.bound != .approximate && text.lowercased().hasPrefix($0.text.lowercased()) }
    }

    /// Whether word `index` may be a finite verb: an auxiliary, a modal or a form of "be"; a verb
    /// form WordNet knows that is inflected ("charges", "took"); or any word WordNet knows as a
    /// verb after a noun phrase ("The storm hit", "Median rent up"), as the attribution parser
    /// judges it. A participle in "-ing" makes no clause alone. Generous on purpose: only an item
    /// with no word a clause could turn on is dropped.
    static func mayBeFiniteVerb(_ words: WordCursor, at index: Int, wordNet: WordNet) -> Bool {
        let word = words.lower(index)
        if ClaimLexicon.beForms.contains(word) || Lexicon.auxiliaryVerbs.contains(word) || Lexicon.modalVerbs.contains(word) {
            return true
        }
        guard word.count > 1, !word.hasSuffix("ing"), wordNet.partsOfSpeech(of: word).contains(.verb) else { return false }
        if !wordNet.isVerbLemma(word) { return true }
        return index > 0 && !words.hasCommaAfter(index - 1) && AttributionParser.standsAsFiniteVerb(words, index, wordNet: wordNet, base: false)
    }
}
