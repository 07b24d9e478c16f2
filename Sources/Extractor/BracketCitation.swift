import FactCheckModel
import TextAnalysis

/// A citation in brackets at a sentence's end credits the sentence: "… by 0.1°C (Harbour
/// Climate Service, 2023)." or "… (Okafor, Hill University)." Blogs and reports cite their
/// sources this way instead of with a reporting verb; read as prose, the sentence credited nobody.
///
/// The brackets close the sentence (only its final punctuation may follow) and hold a name (one or
/// more capitalised words, "of"/"and"/"for"/"the"/"&" between them), then a date ("2023",
/// "2019a", "n.d.", "March 2024"; "et al." may come before it), or after a comma an affiliation
/// with an institution noun ("Hill University"). Of several citations split by ";" the first
/// credits the sentence. A bracket that spells out an acronym ("(HAMR)"), translates ("(“Our Money”)"),
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
        // "(Smith et al., 2019; Jones et al., 2020)": several citations; the first credits the sentence.
        guard let first = inside.split(separator: ";").first, let name = citedName(first.trimmingSpaces) else { return nil }
        var end = open
        while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
        // Words must come before the citation: a bracket alone is no sentence with a claim.
        guard end > 0 else { return nil }
        let source = name.hasSuffix(" et al.") ? String(name.dropLast(" et al.".count)) : name
        return (source, end)
    }

    /// "… raised blood flow for an hour (4).", "… in older adults (3, 10).": a numbered reference
    /// closing the sentence cites an entry of the page's reference list, as health and science sites
    /// cite their sources (the grammar is ``NonFigure/closesWithNumberedReference(_:)``'s). It names
    /// no one, so it credits no source (the labels count no source there), but it is a citation as
    /// the bracket above is: the writer puts the sentence forward as a finding someone published,
    /// which is what an editor checks (``ClaimExtractor/isCued(_:attribution:quantities:)``).
    static func citesByNumber(_ sentence: String) -> Bool {
        NonFigure.closesWithNumberedReference(sentence)
    }

    /// The name one citation credits: "Smith 2019", "Harbour Climate Service, 2023", "Reuters,
    /// March 2024", "Okafor, Hill University". A citation ends with a date, or its second name is
    /// an institution (``Lexicon/institutionNouns``) and its first no job title ("(Chief
    /// Executive, Acme Corp)"); two places ("(New York, Los Angeles)") are neither.
    static func citedName(_ citation: String) -> String? {
        let segments = citation.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        if segments.count == 1 {
            // "Smith 2019": a name and a year without a comma.
            var words = citation.split(separator: " ").map(String.init)
            guard words.count >= 2, let year = words.popLast(), isYear(year) else { return nil }
            let name = words.joined(separator: " ")
            return isName(name, allowingEtAl: true) ? name : nil
        }
        guard let name = segments.first, isName(name, allowingEtAl: true), let last = segments.last else { return nil }
        if isDate(last) {
            return segments.dropFirst().dropLast().allSatisfy({ isName($0, allowingEtAl: false) }) ? name : nil
        }
        let rest = segments.dropFirst()
        guard rest.allSatisfy({ isName($0, allowingEtAl: false) && $0.split(separator: " ").count >= 2 }),
              rest.contains(where: { $0.split(separator: " ").contains { Lexicon.institutionNouns.contains($0.lowercased()) } }),
              !name.split(separator: " ").contains(where: { Lexicon.sourceRoleNouns.contains($0.lowercased()) })
        else { return nil }
        return name
    }

    /// "2023", "2019a", "n.d.", "March 2024": the date of a citation.
    static func isDate(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        if words.count == 2, Lexicon.monthNames.contains(words[0].lowercased().trimmingCharacters(in: ["."])) {
            return isYear(String(words[1]))
        }
        return isYear(text)
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
