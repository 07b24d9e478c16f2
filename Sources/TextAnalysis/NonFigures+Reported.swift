/// Numbers a claim does not report, read only for the reported figures (`asReported`), like an
/// age group or a ranked share: the claim decision and the scorer still see them, because the
/// claim gate was trained on those readings and a source may name the same thing (session 15,
/// issue 18: the labels' own kinds of non-figures on batches 1–7).
extension NonFigure {
    /// The first of the session-15 rules that takes the number at `index`, or nil.
    static func notReported(_ r: TokenReader, at index: Int) -> Int? {
        dimensionName(r, at: index) ?? measureWindow(r, at: index) ?? someDay(r, at: index) ?? countReferringBack(r, at: index)
            ?? numberWordAsNoun(r, at: index) ?? releaseAfterName(r, at: index) ?? wholeOpeningClause(r, at: index)
    }

    /// "3-D printers", "a 2-D map": a digit joined by a hyphen to a "D" names a count of dimensions,
    /// as "3D" (``gluedName(_:at:)``) does; nothing is counted. Other capitals after a hyphen are
    /// units ("a 5-K race") and stay figures.
    static func dimensionName(_ r: TokenReader, at index: Int) -> Int? {
        guard r.isDigits(index), r.text(index).count == 1, r.text(index + 1) == "-", r.glued(index, index + 1),
              r.glued(index + 1, index + 2), let letter = r.token(index + 2), letter.text.count == 1,
              r.source[letter.range] == "D"
        else { return nil }
        // "3-D2" or "3-Dx" are codes of another shape.
        if r.glued(index + 2, index + 3), let after = r.token(index + 3), after.isDigits || after.text.first?.isLetter == true {
            return nil
        }
        return index + 3
    }

    /// "the 14-day incidence rate", "the five day average", "the 12-day and 26-day moving averages":
    /// after "the", a period that names the window of a statistic (``Lexicon/measureWindowNouns``)
    /// names the measure; it is no duration. Only adjectives may stand between ("the 20-day simple
    /// moving average"): a noun or a verb there makes the period an event's ("the two-week strike
    /// cut average output", "the 10-day trip raised rates of infection"), and a change noun keeps
    /// its period ("the 12-month rise in prices"). With "a" the window is part of the figure ("a
    /// seven-day rate of 20 cases", labelled 7 days), and "a 14-day quarantine" is how long it lasted.
    static func measureWindow(_ r: TokenReader, at index: Int) -> Int? {
        guard r.isDigits(index) || r.isNumberWord(index) else { return nil }
        let hyphenated = r.text(index + 1) == "-"
        let unitAt = hyphenated ? index + 2 : index + 1
        guard let (unit, afterUnit) = QuantityParser.unitPhrase(r.tokens, at: unitAt, in: r.source),
              QuantityParser.timeUnits.contains(unit), !r.text(unitAt).hasSuffix("s")
        else { return nil }
        // "the 12-day and 26-day …": the second window shares the first one's "the".
        let coordinated = Lexicon.listJoiners.contains(r.text(index - 1)) && r.text(index - 3) == "-"
            && (r.isDigits(index - 4) || r.isNumberWord(index - 4)) && r.text(index - 5) == "the"
        guard r.text(index - 1) == "the" || coordinated else { return nil }
        var position = afterUnit
        var modifiers = 0
        while let token = r.token(position), position < afterUnit + 10 {
            let word = token.text
            if Lexicon.measureWindowNouns.contains(word) { return afterUnit }
            if Lexicon.listJoiners.contains(word), r.isDigits(position + 1) || r.isNumberWord(position + 1) {
                position += 1
            } else if token.isDigits || r.isNumberWord(position) || word == "-" || isTimeUnit(r, at: position) {
                position += 1
            } else if modifiers < 2, isPlainAdjective(r, at: position) {
                modifiers += 1
                position += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// A time unit at `position` ("the 12-day and 26-day …": the second window's unit).
    private static func isTimeUnit(_ r: TokenReader, at position: Int) -> Bool {
        QuantityParser.unitPhrase(r.tokens, at: position, in: r.source).map { QuantityParser.timeUnits.contains($0.0) } ?? false
    }

    /// A word in small letters that WordNet knows as an adjective and never as a verb: "simple",
    /// "exponential" may modify a measure's noun; "cut", "strike" or "raised" may not.
    private static func isPlainAdjective(_ r: TokenReader, at position: Int) -> Bool {
        guard let token = r.token(position), r.source[token.range].allSatisfy({ $0.isLetter && $0.isLowercase }),
              !StopWords.contains(token.text), let wordNet = try? WordNet.shared()
        else { return false }
        let parts = wordNet.partsOfSpeech(of: token.text)
        return parts.contains(.adjective) && !parts.contains(.verb)
    }

    /// "Apple would one day do this", "the port may one day reopen": after a modal, "one day" is
    /// some time to come, no period of a day.
    static func someDay(_ r: TokenReader, at index: Int) -> Int? {
        let before = r.text(index - 1)
        guard r.text(index) == "one", r.text(index + 1) == "day",
              Lexicon.modalWords.contains(before) || Lexicon.futureAndObligationModals.contains(before)
        else { return nil }
        return index + 2
    }

    /// "the two were together", "the most notorious of the three is …", "the three above": a number
    /// word after "the" with no noun of its own stands for things the text named before; the count
    /// was given (or the things listed) there.
    static func countReferringBack(_ r: TokenReader, at index: Int) -> Int? {
        guard !r.isDigits(index), let value = QuantityParser.numberWords[r.text(index)], (2...10).contains(value),
              r.text(index - 1) == "the"
        else { return nil }
        let next = r.text(index + 1)
        guard Lexicon.countPronounFollowers.contains(next) || Lexicon.clauseClosers.contains(next)
                || QuantityParser.beForms.contains(next)
                || Lexicon.pluralSubjectAuxiliaries.contains(next)
        else { return nil }
        return index + 1
    }

    /// "hit a three", "an early three", "a big three that sparked the run": after "a" a number word
    /// (with at most one word between) is one thing named by a number (a shot, a card, a size), no
    /// count of three. Not before a range, a unit or a noun ("a two to three percent rise", "a huge
    /// four bedroom house"), and not after a word that adds to a count ("an additional two were
    /// injured", "a record nine are in contention": ``Lexicon/addedCountWords``), where the number
    /// counts people or things named by the context.
    static func numberWordAsNoun(_ r: TokenReader, at index: Int) -> Int? {
        guard !r.isDigits(index), let value = QuantityParser.numberWords[r.text(index)], (2...10).contains(value)
        else { return nil }
        let previous = r.text(index - 1)
        let between = r.token(index - 1).map { r.source[$0.range].allSatisfy { $0.isLetter && $0.isLowercase } } ?? false
            && !StopWords.contains(previous) && !r.isNumberWord(index - 1) && !Lexicon.addedCountWords.contains(previous)
        guard Lexicon.indefiniteArticles.contains(previous) || (between && Lexicon.indefiniteArticles.contains(r.text(index - 2)))
        else { return nil }
        guard QuantityParser.unitPhrase(r.tokens, at: index + 1, in: r.source) == nil else { return nil }
        guard let next = r.token(index + 1) else { return index + 1 }
        if Lexicon.numberContinuations.contains(next.text) { return nil }
        let closes = next.text.first?.isLetter != true && !next.isDigits
        return closes || StopWords.contains(next.text) ? index + 1 : nil
    }

    /// "Python 3.3+", "built with GNU GCC 8.3.": a release of a program after its name, a plus
    /// glued after it (this release and later), or a name written in capitals after another
    /// capitalised word (a
    /// product's two-word name: "GNU GCC"), with the clause ending after the number. A code in
    /// capitals after a small word or a bracket is a currency or a statistic ("rose to HKD 12.5",
    /// "trades at USD 12.5,", "(ERA 2.63)", "his PSA 6.5,"), and statistics' abbreviations ("HR
    /// 0.82") and a number with a unit after it ("HDL 1.2 mmol") stay figures.
    static func releaseAfterName(_ r: TokenReader, at index: Int) -> Int? {
        guard r.isDigits(index), r.text(index).contains("."), !r.text(index).contains(","), index > 0,
              QuantityParser.unitPhrase(r.tokens, at: index + 1, in: r.source) == nil,
              QuantityParser.scales[r.text(index + 1)] == nil
        else { return nil }
        if r.text(index + 1) == "+", r.glued(index, index + 1), r.isCapitalised(index - 1), !r.startsClause(index - 1) {
            return index + 2
        }
        guard let name = r.token(index - 1), (2...6).contains(name.text.count),
              r.source[name.range].allSatisfy({ $0.isLetter && $0.isUppercase }), !statisticNames.contains(name.text),
              QuantityParser.currencySymbols[name.text] == nil, index >= 2,
              let maker = r.token(index - 2), maker.text.first?.isLetter == true, r.isCapitalised(index - 2),
              !StopWords.contains(maker.text)
        else { return nil }
        guard r.token(index + 1).map({ Lexicon.clauseClosers.contains($0.text) }) ?? true else { return nil }
        return index + 1
    }

    /// "Of the 281 beds, 243 are taken": the whole a count is taken out of, when the clause opens
    /// with it and the count follows (the labels count only 243), as "21 of 131 countries" drops 131.
    /// A bare count only, as for a share's whole (``isBareWholeAfterOfThe(_:at:)``): "Of the 40
    /// percent who voted, 12 percent …" keeps the turnout.
    static func wholeOpeningClause(_ r: TokenReader, at index: Int) -> Int? {
        guard isBareWholeAfterOfThe(r, at: index), r.startsClause(index - 2) else { return nil }
        var position = index + 1
        while let token = r.token(position), position < index + 8, ![".", ";", "!", "?"].contains(token.text) {
            if token.isDigits, !QuantityParser.isCalendarYear(token.text) { return index + 1 }
            position += 1
        }
        return nil
    }
}
