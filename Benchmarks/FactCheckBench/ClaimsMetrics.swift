import FactCheckModel

/// What the tool said about one sentence of a page: whether any claim came from it, the source of
/// its first claim, and the quantities its claims carry (the parser's, on the whole sentence, when
/// it is no claim).
struct SentenceReading {
    var reported: Bool
    var source: String?
    var quantities: [Quantity]
}

/// The claims benchmark's counts, summed over sentences; each figure is one ratio of them.
///
/// - precision: of the labelled sentences the tool reports, those labelled claims (a sentence the
///   tool reports that has no label is counted apart, as `unlabelled`, and in no ratio);
/// - recall: of the sentences labelled claims, those the tool reports; `cued recall` the same over
///   the claims with a cue an editor sees at once (a labelled source or figure);
/// - attribution accuracy: over labelled claims the tool reports, where the label or the tool
///   names a source, the ones where both name the same words (a leading "the", case, white space
///   and closing punctuation aside);
/// - quantity accuracy: over the same claims, labelled figures the claims carry with the same
///   value, unit, bound (and upper end), out of the labelled figures plus the parser's figures
///   that match none. Calendar years (unit `calendar-year`) are dates, not figures: neither
///   labelled nor counted.
struct ClaimsScore {
    var sentences = 0
    var claims = PrecisionRecall()
    var cuedClaims = 0
    var cuedFound = 0
    var unlabelledReported = 0
    var attributionsRight = 0
    var attributionsJudged = 0
    var quantitiesRight = 0
    var quantitiesJudged = 0

    var cuedRecall: Double { cuedClaims == 0 ? 0 : Double(cuedFound) / Double(cuedClaims) }
    var attributionAccuracy: Double { attributionsJudged == 0 ? 0 : Double(attributionsRight) / Double(attributionsJudged) }
    var quantityAccuracy: Double { quantitiesJudged == 0 ? 0 : Double(quantitiesRight) / Double(quantitiesJudged) }

    /// What went wrong with one sentence, for `--errors`; empty when nothing did.
    struct Verdict {
        var claimWrong = false
        var attributionWrong = false
        var quantitiesWrong = false
    }

    @discardableResult
    mutating func add(label: ClaimLabel, sentence: String, reading: SentenceReading) -> Verdict {
        var verdict = Verdict()
        sentences += 1
        switch (reading.reported, label.claim) {
        case (true, true): claims.truePositives += 1
        case (true, false): claims.falsePositives += 1; verdict.claimWrong = true
        case (false, true): claims.falseNegatives += 1; verdict.claimWrong = true
        case (false, false): break
        }
        let labelledSource = label.sourceText(in: sentence)
        let figures = label.quantities ?? []
        if label.claim, labelledSource != nil || !figures.isEmpty {
            cuedClaims += 1
            if reading.reported { cuedFound += 1 }
        }
        guard label.claim, reading.reported else { return verdict }
        if labelledSource != nil || reading.source != nil {
            attributionsJudged += 1
            if let labelledSource, let found = reading.source, Self.sameSource(labelledSource, found) {
                attributionsRight += 1
            } else {
                verdict.attributionWrong = true
            }
        }
        var unmatched = reading.quantities.filter { $0.unit != "calendar-year" }
        for figure in figures {
            quantitiesJudged += 1
            if let index = unmatched.firstIndex(where: { Self.matches($0, figure) }) {
                quantitiesRight += 1
                unmatched.remove(at: index)
            } else {
                verdict.quantitiesWrong = true
            }
        }
        quantitiesJudged += unmatched.count
        if !unmatched.isEmpty { verdict.quantitiesWrong = true }
        return verdict
    }

    static func sameSource(_ a: String, _ b: String) -> Bool { normalised(a) == normalised(b) }

    static func normalised(_ source: String) -> String {
        var words = source.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if words.first == "the" { words.removeFirst() }
        var text = words.joined(separator: " ")
        while let last = text.unicodeScalars.last, ".,;:\"'’”".unicodeScalars.contains(last) { text.unicodeScalars.removeLast() }
        return text
    }

    static func matches(_ quantity: Quantity, _ figure: ClaimLabel.Figure) -> Bool {
        // Within 0.1 %: "two-thirds" is 66.67 or 66.666…, the same figure however it is rounded.
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-3 * max(abs(a), abs(b)) }
        guard close(quantity.value, figure.value), quantity.unit == figure.unit, quantity.bound == figure.bound else { return false }
        switch (quantity.upperValue, figure.upper) {
        case (nil, nil): return true
        case let (found?, labelled?): return close(found, labelled)
        default: return false
        }
    }
}
