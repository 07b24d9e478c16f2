import TextAnalysis
/// Splits a sentence that credits two sources with two claims: "The Harbour Clinic found that green
/// tea helps people lose weight, and the Eastgate Institute says it lowers body weight." Read whole,
/// the second claim would be credited to the first source and checked against the wrong publication.
///
/// A later part starts after "; " or after ", and" / ", but" / ", while" / ", whereas", and only when
/// it opens with an attribution of its own that names someone (a reporting verb after a short,
/// capitalised subject with no comma, or "according to X,") or is a vague lead-in ("experts say"),
/// followed by a claim of at least three
/// words. Anything else stays one part: "A, and B" with no new source is one claim, as before, and so
/// is "…, and participants reported that B" (the same study's account, not a second source).
enum AttributedParts {
    struct Part {
        /// Scalar offsets of the part in the sentence (without the joining comma and conjunction).
        var range: Range<Int>
        /// The part's attribution, its `claimStart` relative to the part's start.
        var attribution: AttributionParser.Result?
    }

    static let conjunctions: Set<String> = ["and", "but", "while", "whereas"]

    /// What may stand before a later part's source and still leave it the part's lead-in:
    /// "according to", an article, and where and when it spoke ("and in a statement on Monday the
    /// Port Authority said …", "and on Tuesday the health ministry said …").
    static let wordsBeforeSource: Set<String> = AttributionParser.circumstanceWords.union(SourcePhrase.timeWords).union(["according"])
    static func parts(of sentence: String) -> [Part] {
        let scalars = Array(sentence.unicodeScalars)
        var parts: [Part] = []
        var partStart = 0
        // A later part's attribution is the lead-in found when it was split off: a lead-in ends
        // before the claim, so cutting the part's end later does not change it.
        var partAttribution: AttributionParser.Result?
        // The first part's attribution when an added statement was split off it: read with the
        // added clause still after it, so that the claim ends at the source's comma ("Sales rose
        // 8%, Ana Ruiz said, adding that …" claims "Sales rose 8%", not "…, Ana Ruiz said").
        var firstAttribution: AttributionParser.Result?
        var index = 0
        while index < scalars.count {
            // "…, Ana Ruiz said, adding that fares rose 5%.": a second statement hung on the same
            // speaker is a claim of its own, with the source of the clause before it. One that
            // opens with a pronoun ("adding that it was safe") refers back and stays attached.
            if let (breakEnd, nextStart) = addedStatement(at: index, in: scalars), breakEnd > partStart,
               !opensWithReferringPronoun(scalars, at: nextStart),
               let before = AttributionParser.parse(String(String.UnicodeScalarView(scalars[partStart..<breakEnd]))),
               !before.attribution.vague
            {
                if parts.isEmpty {
                    let whole = AttributionParser.parse(String(String.UnicodeScalarView(scalars[partStart...])))
                    let sameSource = whole?.attribution.source == before.attribution.source
                    firstAttribution = sameSource && (whole?.claimEnd ?? Int.max) <= breakEnd - partStart ? whole : before
                }
                parts.append(Part(range: partStart..<breakEnd, attribution: partAttribution))
                partStart = nextStart
                partAttribution = AttributionParser.Result(attribution: before.attribution, claimStart: 0)
                index = nextStart
                continue
            }
            if let (breakEnd, nextStart) = joint(at: index, in: scalars), breakEnd > partStart {
                let rest = String(String.UnicodeScalarView(scalars[nextStart...]))
                if let attribution = AttributionParser.parse(rest), isLeadIn(attribution, of: rest) {
                    parts.append(Part(range: partStart..<breakEnd, attribution: partAttribution))
                    partStart = nextStart
                    partAttribution = attribution
                    index = nextStart
                    continue
                }
            }
            index += 1
        }
        parts.append(Part(range: partStart..<scalars.count, attribution: partAttribution))
        // The first part (the whole sentence when nothing was split) is read on its own.
        let firstText = String(String.UnicodeScalarView(scalars[parts[0].range]))
        parts[0].attribution = firstAttribution ?? AttributionParser.parse(firstText)
        return parts
    }

    /// Whether the statement at `index` opens with a pronoun pointing back (``Lexicon/referringPronouns``).
    private static func opensWithReferringPronoun(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var end = index
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        return Lexicon.referringPronouns.contains(String(String.UnicodeScalarView(scalars[index..<end])).lowercased())
    }

    /// At `index`, a comma that opens a speech participle and its "that" (", adding that", ",
    /// pointing out that"): where the first clause ends and where the added statement starts.
    private static func addedStatement(at index: Int, in scalars: [Unicode.Scalar]) -> (Int, Int)? {
        guard scalars[index] == "," else { return nil }
        var cursor = index + 1
        func nextWord() -> String? {
            while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
            let start = cursor
            while cursor < scalars.count, scalars[cursor].properties.isAlphabetic { cursor += 1 }
            guard cursor > start, cursor < scalars.count, scalars[cursor].properties.isWhitespace else { return nil }
            return String(String.UnicodeScalarView(scalars[start..<cursor]))
        }
        guard let participle = nextWord(), Lexicon.speechParticiples.contains(participle) else { return nil }
        var word = nextWord()
        if word == "out" { word = nextWord() }
        guard word == "that" else { return nil }
        while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
        // At least three words of statement follow.
        let rest = String(String.UnicodeScalarView(scalars[cursor...]))
        guard rest.split(whereSeparator: { $0.isWhitespace }).count >= 3 else { return nil }
        return (index, cursor)
    }

    /// At `index`, a joint between two clauses: where the first ends and where the second starts.
    private static func joint(at index: Int, in scalars: [Unicode.Scalar]) -> (Int, Int)? {
        let mark = scalars[index]
        guard mark == ";" || mark == "," else { return nil }
        var next = index + 1
        guard next < scalars.count, scalars[next].properties.isWhitespace else { return nil }
        while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
        if mark == ";" { return (index, next) }
        var wordEnd = next
        while wordEnd < scalars.count, scalars[wordEnd].properties.isAlphabetic { wordEnd += 1 }
        let word = String(String.UnicodeScalarView(scalars[next..<wordEnd])).lowercased()
        guard conjunctions.contains(word), wordEnd < scalars.count, scalars[wordEnd].properties.isWhitespace else { return nil }
        var start = wordEnd
        while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
        return (index, start)
    }

    /// Whether the attribution found in `part` is its lead-in: it starts the part, names its source
    /// (a capitalised name: "participants in the trial reported that …" continues the first
    /// source's account) in a few words without a comma, and leaves a claim of three words or more.
    private static func isLeadIn(_ result: AttributionParser.Result, of part: String) -> Bool {
        guard result.claimStart > 0 else { return false }
        let source = result.attribution.source
        let isVaguePhrase = AttributionParser.vaguePhrases.contains(source.lowercased().split(separator: " ").map(String.init))
        // "the health ministry said": a role noun names a source as a capital does.
        let sourceWords = source.split(separator: " ")
        guard isVaguePhrase || sourceWords.contains(where: { $0.first?.isUppercase == true })
            || sourceWords.contains(where: { Lexicon.sourceRoleNouns.contains($0.lowercased()) })
        else { return false }
        // "the Eastgate Institute" is a source; a long run of words before "said" is a clause.
        guard AttributionParser.isShortSource(source) else { return false }
        // The source opens the part ("the Eastgate Institute says …", "according to X, …"): a
        // source after a clause of the part ("300 vessels operate there, AMO says it …") credits
        // the whole sentence, which stays one part.
        guard let found = part.range(of: source) else { return false }
        let before = part[..<found.lowerBound].lowercased().split(whereSeparator: { !$0.isLetter })
        guard before.allSatisfy({ wordsBeforeSource.contains(String($0)) }) else { return false }
        // "Ana Ruiz, a pilot, and the union's delegate, explained that …": a comma between the
        // source and its verb ends an apposition; the subject began before the joint, and the
        // sentence is one claim. ("according to X, …" is followed by its comma.)
        if !before.contains("according"), part[found.upperBound...].first(where: { !$0.isWhitespace }) == "," { return false }
        let claim = String(String.UnicodeScalarView(Array(part.unicodeScalars)[result.claimStart...]))
        return claim.split(whereSeparator: { $0.isWhitespace }).count >= 3
    }
}
