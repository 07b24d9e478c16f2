import FactCheckModel
import TextAnalysis

/// Names what a bare count counts when it is people or events ("3,000 adults", "12 deaths"), so two
/// counts of the same thing can disagree.
///
/// A bare number is otherwise never a contradiction (``QuantityAgreement``): it is too often a
/// sample size beside a finding, an age, or part of a name ("type 2"). "The trial enrolled 3,000
/// adults" against "The trial enrolled 2,400 adults" is different: the same noun follows both
/// numbers, so they count the same thing. The count's unit becomes `count of adult`, which compares
/// like any other unit.
enum CountedNoun {
    /// Nouns whose counts an article restates and gets wrong, singular.
    static let nouns: Set<String> = [
        "adult", "person", "participant", "patient", "child", "woman", "man", "subject", "volunteer", "student",
        "respondent", "resident", "death", "case", "infection", "birth", "admission", "hospitalization",
        "hospitalisation", "user", "household", "family", "worker", "employee", "mouse", "rat", "trial", "study",
    ]
    static let irregularPlurals: [String: String] = [
        "people": "person", "children": "child", "women": "woman", "men": "man", "mice": "mouse",
    ]

    /// `quantities` with each bare count followed by one of ``nouns`` given that noun as its unit.
    static func refine(_ quantities: [Quantity], in text: String) -> [Quantity] {
        guard quantities.contains(where: { $0.unit == nil }) else { return quantities }
        let lower = text.lowercased()
        var searchFrom = lower.startIndex
        return quantities.map { quantity in
            guard let found = lower.range(of: quantity.text.lowercased(), range: searchFrom..<lower.endIndex) else {
                return quantity
            }
            searchFrom = found.upperBound
            guard quantity.unit == nil, let next = Tokenizer.words(in: String(lower[found.upperBound...].prefix(40))).first
            else { return quantity }
            let singular = singular(next)
            guard nouns.contains(singular) else { return quantity }
            var counted = quantity
            counted.unit = "count of \(singular)"
            counted.text = "\(quantity.text) \(next)"
            return counted
        }
    }

    /// A bare count, or one ``refine(_:in:)`` named.
    static func isCount(_ quantity: Quantity) -> Bool {
        quantity.unit == nil || quantity.unit?.hasPrefix("count of ") == true
    }

    /// "adults" → "adult", "studies" → "study", "people" → "person".
    static func singular(_ word: String) -> String {
        if nouns.contains(word) { return word }
        if let irregular = irregularPlurals[word] { return irregular }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }
}
