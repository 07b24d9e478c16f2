/// Finds scholarly identifiers in text and turns them into resolvable URLs: DOIs
/// (`10.1000/xyz`, `doi:10.1000/xyz`), PubMed ids (`PMID: 12345678`) and PubMed Central ids
/// (`PMC1234567`). The fetcher resolves these through the scholarly APIs.
enum IdentifierScanner {
    static func urls(in text: String) -> [String] {
        var found: [String] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let (doi, end) = doi(in: scalars, at: index) {
                found.append("https://doi.org/" + doi)
                index = end
            } else if let (pmid, end) = pmid(in: scalars, at: index) {
                found.append("https://pubmed.ncbi.nlm.nih.gov/\(pmid)/")
                index = end
            } else if let (pmcid, end) = pmcid(in: scalars, at: index) {
                found.append("https://www.ncbi.nlm.nih.gov/pmc/articles/\(pmcid)/")
                index = end
            } else {
                index += 1
            }
        }
        var seen: Set<String> = []
        return found.filter { seen.insert($0).inserted }
    }

    /// `10.` + 4–9 digits + `/` + a suffix up to white space, without trailing punctuation. Not
    /// inside a URL (those are links already) or a longer number.
    static func doi(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        guard start + 8 < scalars.count, scalars[start] == "1", scalars[start + 1] == "0", scalars[start + 2] == "." else { return nil }
        if start > 0, scalars[start - 1].properties.numericType != nil || scalars[start - 1] == "/" || scalars[start - 1] == "." { return nil }
        var index = start + 3
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        guard (4...9).contains(index - start - 3), index < scalars.count, scalars[index] == "/" else { return nil }
        index += 1
        let suffixStart = index
        while index < scalars.count, !scalars[index].properties.isWhitespace, !"\"<>".unicodeScalars.contains(scalars[index]) { index += 1 }
        var end = index
        while end > suffixStart, ".,;:)]}'’”".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        guard end > suffixStart else { return nil }
        return (String(String.UnicodeScalarView(scalars[start..<end])), index)
    }

    /// "PMID: 12345678", "PMID 12345678", "PMID:12345678".
    static func pmid(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        let prefix = Array("PMID".unicodeScalars)
        guard start + prefix.count < scalars.count, Array(scalars[start..<(start + prefix.count)]) == prefix else { return nil }
        var index = start + prefix.count
        while index < scalars.count, scalars[index] == ":" || scalars[index] == " " { index += 1 }
        let digitsStart = index
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        guard (1...9).contains(index - digitsStart) else { return nil }
        return (String(String.UnicodeScalarView(scalars[digitsStart..<index])), index)
    }

    /// "PMC1234567" as a whole word.
    static func pmcid(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        guard start + 4 < scalars.count, scalars[start] == "P", scalars[start + 1] == "M", scalars[start + 2] == "C" else { return nil }
        if start > 0, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "/" { return nil }
        var index = start + 3
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        guard (4...9).contains(index - start - 3) else { return nil }
        if index < scalars.count, scalars[index].properties.isAlphabetic { return nil }
        return (String(String.UnicodeScalarView(scalars[start..<index])), index)
    }
}
