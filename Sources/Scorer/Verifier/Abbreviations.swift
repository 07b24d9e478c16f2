/// Abbreviations an abstract defines, "chenodeoxycholic acid (CDCA)", so that a later sentence
/// saying "CDCA increased BAT activity" is seen to be about the claim's "chenodeoxycholic acid".
///
/// Abstracts define a term once and then use only its short form, while claims are usually
/// written out in full (or the other way round); without this the finding sentences share few
/// words with the claim and lose to the background sentence that spelt the terms out. The matching
/// is Schwartz and Hearst's (2003): the short form's characters, read from the right, must occur in
/// order in the words before the parenthesis, its first character at the start of a word.
enum Abbreviations {
    /// A short form and its long form, both as content stems (ids of the check's vocabulary).
    struct Definition: Hashable {
        let short: [StemID]
        let long: [StemID]
    }

    /// Every definition made in `texts` (the claim and the abstract's sentences), in order of appearance.
    static func definitions(in texts: [String], analyzer: TextAnalyzer) -> [Definition] {
        var found: [Definition] = []
        // A byte test: `String.contains` with a string argument goes through Foundation's
        // locale-aware search, which cost 3 % of a product check on its own.
        for text in texts where text.utf8.contains(UInt8(ascii: "(")) {
            for (short, long) in candidates(in: text) {
                let shortStems = analyzer.analyze(short).contentStemIDs
                let longStems = analyzer.analyze(long).contentStemIDs
                guard !shortStems.isEmpty, longStems.count >= 2, !shortStems.allSatisfy(longStems.contains) else { continue }
                let definition = Definition(short: shortStems, long: longStems)
                if !found.contains(definition) { found.append(definition) }
            }
        }
        return found
    }

    /// (short form, long form) pairs written as "long form (SF)". Works on Unicode scalars: it runs
    /// on every sentence with a parenthesis, and `Character` arithmetic is far slower.
    static func candidates(in text: String) -> [(String, String)] {
        let characters = Array(text.unicodeScalars)
        var result: [(String, String)] = []
        var index = 0
        while index < characters.count {
            defer { index += 1 }
            guard characters[index] == "(" else { continue }
            var close = index + 1
            while close < characters.count, close - index <= 12, characters[close] != ")", characters[close] != "(" { close += 1 }
            guard close < characters.count, characters[close] == ")" else { continue }
            let short = Array(characters[(index + 1)..<close])
            guard (2...10).contains(short.count), let first = short.first, isAlphanumeric(first),
                  short.contains(where: isLetter), !short.contains(" "), !short.contains(","), !short.contains(";")
            else { continue }
            // At most min(|SF| + 5, 2·|SF|) words before the parenthesis.
            let limit = min(short.count + 5, short.count * 2)
            var start = index
            var words = 0
            while start > 0 {
                if isSpace(characters[start - 1]), start < index, !isSpace(characters[start]) {
                    words += 1
                    if words == limit { break }
                }
                start -= 1
            }
            var window: [Unicode.Scalar] = []
            for scalar in characters[start..<index] {
                if isSpace(scalar) {
                    if let last = window.last, last != " " { window.append(" ") }
                } else {
                    window.append(scalar)
                }
            }
            while window.last == " " { window.removeLast() }
            if let long = longForm(short: short, candidate: window) {
                var shortText = ""
                shortText.unicodeScalars.append(contentsOf: short)
                result.append((shortText, long))
            }
        }
        return result
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") : scalar.properties.isAlphabetic
    }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || (scalar >= "0" && scalar <= "9")
    }

    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar >= "A" && scalar <= "Z" { return Unicode.Scalar(scalar.value + 32)! }
        if scalar.isASCII { return scalar }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    /// Schwartz–Hearst: the shortest end of `candidate` that holds the short form's characters in order.
    static func longForm(short: [Unicode.Scalar], candidate: [Unicode.Scalar]) -> String? {
        var s = short.count - 1
        var l = candidate.count - 1
        while s >= 0 {
            let c = lower(short[s])
            guard isAlphanumeric(c) else {
                s -= 1
                continue
            }
            while l >= 0, lower(candidate[l]) != c || (s == 0 && l > 0 && isAlphanumeric(candidate[l - 1])) {
                l -= 1
            }
            guard l >= 0 else { return nil }
            l -= 1
            s -= 1
        }
        var start = l + 1
        while start > 0, candidate[start - 1] != " " { start -= 1 }
        guard candidate.count - start > short.count else { return nil }
        var long = ""
        long.unicodeScalars.append(contentsOf: candidate[start...])
        return long
    }

    /// The stems that stand for the claim's words in this abstract: the short forms of long forms the
    /// claim uses, and the long forms of short forms it uses.
    static func claimAliases(_ definitions: [Definition], claimStems: StemSet) -> [Definition] {
        definitions.filter { definition in
            definition.long.allSatisfy(claimStems.contains) || definition.short.allSatisfy(claimStems.contains)
        }
    }

    /// `present` (a sentence's content stems) with each defined term's other form added where the
    /// sentence uses one form.
    static func expand(_ present: StemSet, with definitions: [Definition]) -> StemSet {
        guard !definitions.isEmpty else { return present }
        var added: [StemID] = []
        for definition in definitions {
            if definition.short.allSatisfy(present.contains) { added += definition.long }
            if definition.long.allSatisfy(present.contains) { added += definition.short }
        }
        return added.isEmpty ? present : present.union(added)
    }
}
