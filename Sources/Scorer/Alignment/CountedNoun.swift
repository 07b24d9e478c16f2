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

    /// `quantity` with `next` (the word after it) as its unit, when it is a bare count of one of ``nouns``.
    static func named(_ quantity: Quantity, followedBy next: String?) -> Quantity {
        guard quantity.unit == nil, let next else { return quantity }
        let singular = singular(next)
        guard nouns.contains(singular) else { return quantity }
        var counted = quantity
        counted.unit = "count of \(singular)"
        counted.text = "\(quantity.text) \(next)"
        return counted
    }

    /// A bare count, or one ``named(_:followedBy:)`` named.
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
