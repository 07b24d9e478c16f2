import FactCheckModel
import TextAnalysis

/// A citation in brackets at a sentence's end credits the sentence: "… by 0.1°C (Harbour
/// Climate Service, 2023)." or "… (Okafor, Hill University)." Blogs and reports cite their
/// sources this way instead of with a reporting verb; read as prose, the sentence credited nobody.
///
/// The brackets close the sentence (only its final punctuation may follow) and hold a name (one or
/// more capitalised words, "of"/"and"/"for"/"the"/"&" between them), then after a comma a year
/// ("2023", "2019a"), "et al." with a year, or a second name of two capitalised words or more (an
/// affiliation). A bracket that spells out an acronym ("(HAMR)"), translates ("(“Our Money”)"),
/// converts a figure ("(44 tons)") or names a place ("(Paris, France)": one word after the comma)
/// is no citation.
enum BracketCitation {
    /// The cited name and where the claim ends (the space before the opening bracket).
    static func parse(_ sentence: String) -> (source: String, claimEnd: Int)? {
        let scalars = Array(sentence.unicodeScalars)
        var close = scalars.count - 1
        while close >= 0, scalars[close].properties.isWhitespace || ".!;".unicodeScalars.contains(scalars[close]) { close -= 1 }
        guard close > 0, scalars[close] == ")", let open = scalars[..<close].lastIndex(of: "(") else { return nil }
        let inside = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
        let segments = inside.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard segments.count >= 2, let name = segments.first, isName(name, allowingEtAl: true) else { return nil }
        let rest = segments.dropFirst()
        guard rest.allSatisfy({ isYear($0) || isName($0, allowingEtAl: false) && $0.split(separator: " ").count >= 2 }) else { return nil }
        var end = open
        while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
        // Words must come before the citation: a bracket alone is no sentence with a claim.
        guard end > 0 else { return nil }
        let source = name.hasSuffix(" et al.") ? String(name.dropLast(" et al.".count)) : name
        return (source, end)
    }

    /// "2023", "2019a", "n.d.": the year of a citation.
    static func isYear(_ text: String) -> Bool {
        if text == "n.d." { return true }
        let digits = text.prefix(while: \.isNumber)
        return digits.count == 4 && text.count <= 5 && text.dropFirst(4).allSatisfy(\.isLetter)
    }

    /// Capitalised words, with the small words a name holds between them ("Bank of England").
    static func isName(_ text: String, allowingEtAl: Bool) -> Bool {
        var words = text.split(separator: " ").map(String.init)
        if allowingEtAl, words.suffix(2) == ["et", "al."] { words.removeLast(2) }
        guard let first = words.first, let last = words.last, first.first?.isUppercase == true, last.first?.isUppercase == true,
              words.count <= 8
        else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || "-.'’&".contains($0) }
                || Lexicon.nameJoiners.contains(word)
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
