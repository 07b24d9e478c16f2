/// Numbers a claim does not report, read only for the reported figures (`asReported`), like an
/// age group or a ranked share: the claim decision and the scorer still see them, because the
/// claim gate was trained on those readings and a source may name the same thing (session 15,
/// issue 18: the labels' own kinds of non-figures on batches 1–7).
extension NonFigure {
    /// The first of the session-15 rules that takes the number at `index`, or nil.
    static func notReported(_ r: TokenReader, at index: Int) -> Int? {
        if let end = technicalType(r, at: index) { return end }
        let rules: [(TokenReader, Int) -> Int?] = [
            dimensionName, measureWindow, someDay, countReferringBack, numberWordAsNoun, releaseAfterName, wholeOpeningClause,
            programRelease, networkPort, statusCode, placeCountedBack, kindByNumber,
        ]
        for rule in rules {
            if let end = rule(r, index) { return end }
        }
        return nil
    }

    /// "type 1 diabetes", "a type 2 error", "Type 3 collagen": a one-digit number after the noun
    /// "type" names a kind, nothing counted (the decisions' "names with digits"). The scorer
    /// still reads it (``NonFigure/label(_:at:)``: a count that never contradicts). "type" is the
    /// noun only where a noun phrase may open: at the sentence's start, or after a determiner
    /// ("a", "no", "their"), a preposition ("with", "of"), "and"/"or", or a word in "-ing" ("by
    /// catching type 1 diabetes"); anywhere else it may be the verb ("users type 3 words", "nurses
    /// only type 2 notes", "can't type 2 words"). Not a number of two digits or more or with a
    /// point, and not before a unit ("type 2 minutes").
    static func kindByNumber(_ r: TokenReader, at index: Int) -> Int? {
        guard r.text(index - 1) == "type", r.isDigits(index), r.text(index).count == 1, r.text(index) != "0",
              QuantityParser.unitPhrase(r.tokens, at: index + 1, in: r.source) == nil,
              QuantityParser.scales[r.text(index + 1)] == nil
        else { return nil }
        guard index >= 2 else { return index + 1 }
        let before = r.text(index - 2)
        let opensNounPhrase = Lexicon.determiners.contains(before) || Lexicon.nounPhraseOpeners.contains(before)
            || before == "no" || Lexicon.nounPrepositions.contains(before)
            || Lexicon.listJoiners.contains(before) || (before.hasSuffix("ing") && before.count > 4)
        return opensNounPhrase ? index + 1 : nil
    }

    /// "five albums ago", "three elections ago", "two coaches ago": "ago" after a count of things
    /// that are no unit of time counts back along a sequence; it places a moment ("the average
    /// five albums ago" is the album then), nothing measured (the decisions' "N albums ago").
    /// A unit of time stays a figure ("five years ago", "three decades ago": the parser's units),
    /// as does a count with other words before "ago" ("sold five albums long ago", where "ago"
    /// dates the selling). Only one plural noun in small letters stands between, and not a unit of
    /// time abbreviated with a plural "s" ("3 yrs ago", "2 hrs ago", "6 wks ago": a span of time,
    /// ``Lexicon/timeSymbols``).
    static func placeCountedBack(_ r: TokenReader, at index: Int) -> Int? {
        guard r.isDigits(index) || r.isNumberWord(index),
              QuantityParser.unitPhrase(r.tokens, at: index + 1, in: r.source) == nil,
              QuantityParser.scales[r.text(index + 1)] == nil,
              r.text(index + 2) == "ago", let noun = r.token(index + 1),
              r.source[noun.range].allSatisfy({ $0.isLetter && $0.isLowercase }), noun.text.hasSuffix("s"),
              !StopWords.contains(noun.text), Lexicon.timeSymbols[String(noun.text.dropLast())] == nil
        else { return nil }
        return index + 3
    }

    /// "replied 200 OK", "a 304 Not Modified", "500 Internal Server Error": an HTTP status code
    /// before its reason phrase (``Lexicon/httpReasonPhrases``, matched with its capitals). Only a
    /// code of three digits from 100 to 599, and no content word may follow the phrase: "200 OK
    /// companies" counts companies, and "200 ok" in small letters is no status line. "OK" before a
    /// comma or "and" is an inspector's grade in a tally ("graded 350 OK and 40 poor"), not a
    /// status line. ("HTTP 404" is a name after capitals already, ``nameBefore(_:at:)``.)
    static func statusCode(_ r: TokenReader, at index: Int) -> Int? {
        guard r.text(index).count == 3, let code = Int(r.text(index)), (100...599).contains(code) else { return nil }
        // A content word in small letters after the phrase is the noun it qualifies ("200 OK
        // companies"); a function word ("replied 200 OK to every probe") is not.
        let closes = { (position: Int) in
            !QuantityParser.isLowercaseWord(r.tokens, at: position, in: r.source) || StopWords.contains(r.text(position))
        }
        let written = { (position: Int) in r.token(position).map { String(r.source[$0.range]) } }
        for phrase in Lexicon.httpReasonPhrases {
            let end = index + 1 + phrase.count
            guard phrase.indices.allSatisfy({ written(index + 1 + $0) == phrase[$0] }), closes(end) else { continue }
            if phrase == ["OK"], [",", "and"].contains(r.text(end)) { return nil }
            return end
        }
        return nil
    }

    // MARK: - Technical prose (session 17)

    /// A program's release, written as technical prose writes one; it names a thing, nothing is
    /// counted or measured:
    /// - a release wildcard glued on ("Stunnel 4.x": every 4 release);
    /// - a decimal right after a name with a capital ("Mercurial 5.2", "Python 3.7") in a sentence
    ///   with a release word right next to the two (``releaseWordBeside(_:at:)``: "support for
    ///   Python 2.6", "running Python 3.7", "Mercurial 5.2 was released"), or in a sentence that
    ///   quotes code (``quotesCode(_:)``). A release word elsewhere in the sentence says nothing
    ///   ("Support in the poll stood at Harris 47.1"), and a sentence listing other capitalised
    ///   names each with a decimal is a table of values ("Germany 2.9, France 2.4"), never releases;
    /// - a decimal before the noun "release" or "version" (``Lexicon/releaseNouns``: "the 1.8 release");
    /// - a decimal after a copula in the shape "version of WORD is N" ("the latest version of
    ///   stunnel is 4.05"); "the new version of the index is 2.7" (two words between) stays;
    /// - a number listed after a release ("Python 2.4 and 2.5", "3.5, 3.6, and 3.7", "Python 2 and
    ///   3"), written in the same way (a decimal after a decimal) and closing its phrase.
    /// Never a number with a unit or a scale after it ("released 2.5 million tonnes", "version 2 is
    /// 3.5 times faster").
    static func programRelease(_ r: TokenReader, at index: Int) -> Int? {
        guard r.isDigits(index), !r.text(index).contains(","),
              QuantityParser.unitPhrase(r.tokens, at: index + 1, in: r.source) == nil,
              QuantityParser.scales[r.text(index + 1)] == nil
        else { return nil }
        let decimal = r.text(index).contains(".")
        // "4.x": the wildcard of a release line.
        if r.text(index + 1) == ".", r.text(index + 2) == "x", r.glued(index, index + 1), r.glued(index + 1, index + 2) {
            return index + 3
        }
        guard decimal else { return listedRelease(r, at: index) }
        if isProgramName(r, at: index - 1), !isTableOfValues(r, at: index), releaseWordBeside(r, at: index) || quotesCode(r) {
            return index + 1
        }
        if Lexicon.releaseNouns.contains(r.text(index + 1)) { return index + 1 }
        // "the latest version of stunnel is 4.05": "version of WORD" is the copula's whole subject.
        if Lexicon.auxiliaryVerbs.contains(r.text(index - 1)), r.text(index - 3) == "of", r.text(index - 4) == "version" {
            return index + 1
        }
        return listedRelease(r, at: index)
    }

    /// "Python 2.4 and 2.5", "3.5, 3.6, and 3.7 were", "Python 2 and 3": a number after a list's
    /// joiners whose first number is a release (``programRelease(_:at:)``, or a whole number after
    /// a name, ``nameBefore(_:at:)``), written the same way, with nothing after it but a closer, a
    /// joiner, a glued "+" or a verb ("Python 2.7 and 300 scripts" keeps its 300).
    static func listedRelease(_ r: TokenReader, at index: Int) -> Int? {
        var previous = index - 1
        while previous >= index - 2, Lexicon.listJoiners.contains(r.text(previous)) { previous -= 1 }
        guard previous < index - 1, r.isDigits(previous), r.text(previous).contains(".") == r.text(index).contains(".")
        else { return nil }
        let after = r.text(index + 1)
        let closes = r.token(index + 1) == nil || Lexicon.clauseClosers.contains(after) || Lexicon.listJoiners.contains(after)
            || Lexicon.auxiliaryVerbs.contains(after) || (after == "+" && r.glued(index, index + 1))
        guard closes else { return nil }
        let earlier = programRelease(r, at: previous) ?? releaseAfterName(r, at: previous)
            ?? (r.text(previous).contains(".") ? nil : nameBefore(r, at: previous))
        return earlier == nil ? nil : index + 1
    }

    /// Whether a release word (``Lexicon/releaseContextWords``) stands right next to the name before
    /// `index` and its number: just before the name ("running Python 3.7"), before it with one
    /// preposition between ("support for Python 2.6", ``Lexicon/releaseLinkPrepositions``), right
    /// after the number ("Python 3.7 released") or after it with an auxiliary between ("Mercurial
    /// 5.2 was released"). After the number, a list of more decimals may come first ("Heron 2.5,
    /// 2.6, and 2.7 were released"): the release word then follows the list's last one.
    static func releaseWordBeside(_ r: TokenReader, at index: Int) -> Bool {
        let isReleaseWord = { (position: Int) in Lexicon.releaseContextWords.contains(r.text(position)) }
        if isReleaseWord(index - 2) || (Lexicon.releaseLinkPrepositions.contains(r.text(index - 2)) && isReleaseWord(index - 3)) {
            return true
        }
        var last = index
        while true {
            var next = last + 1
            while next <= last + 2, Lexicon.listJoiners.contains(r.text(next)) { next += 1 }
            guard next > last + 1, r.isDigits(next), r.text(next).contains(".") else { break }
            last = next
        }
        if isReleaseWord(last + 1) { return true }
        // "Mercurial 5.2 was released", "NAME 3.0 was first released": an auxiliary, and at most one
        // adverb of time or manner before the participle (``Lexicon/releaseTimingAdverbs``).
        if Lexicon.auxiliaryVerbs.contains(r.text(last + 1)) {
            return isReleaseWord(last + 2) || (Lexicon.releaseTimingAdverbs.contains(r.text(last + 2)) && isReleaseWord(last + 3))
        }
        // "NAME 3.5 (to be released in the autumn)": an aside glued on after the number that opens
        // with the release, with "to be" or an auxiliary before it.
        if r.text(last + 1) == "(" {
            var word = last + 2
            if r.text(word) == "to", r.text(word + 1) == "be" { word += 2 }
            else if Lexicon.auxiliaryVerbs.contains(r.text(word)) { word += 1 }
            return word > last + 2 && isReleaseWord(word)
        }
        // "support between NAME 2.7 and 3.5+": a glued "+" on the list's last decimal is "that release
        // or a later one", in technical prose: a release word stands somewhere in the sentence.
        // Elsewhere it is "that figure or more" ("quakes of magnitude 4.5 and 6.0+ were recorded").
        return last > index && r.text(last + 1) == "+" && r.glued(last, last + 1)
            && r.tokens.contains { Lexicon.releaseContextWords.contains($0.text) }
    }

    /// Whether the sentence pairs another capitalised name, not the one before `index`, with a
    /// decimal too: "Germany 2.9, France 2.4", "Brent 82.4 and Dubai 80.9" is a table of values.
    /// The same name twice ("from Python 2.7 to Python 3.6") is still one program's releases.
    static func isTableOfValues(_ r: TokenReader, at index: Int) -> Bool {
        let name = r.text(index - 1)
        return r.tokens.indices.contains { position in
            position != index && r.isDigits(position) && r.text(position).contains(".")
                && isProgramName(r, at: position - 1) && r.text(position - 1) != name
        }
    }

    /// A program's name before its release: a word with a capital first letter and small letters
    /// after it ("Python", "Mercurial"; "macOS"), not a month, a weekday or a function word of a
    /// title, and not a code in capitals ("HKD 12.5", "ERA 2.63": ``releaseAfterName(_:at:)``
    /// reads those).
    static func isProgramName(_ r: TokenReader, at position: Int) -> Bool {
        guard let word = r.token(position), word.text.first?.isLetter == true else { return false }
        let written = r.source[word.range]
        guard written.contains(where: \.isLowercase), r.isCapitalised(position) || r.isCamelCase(position) else { return false }
        return !r.isMonth(position) && !capitalisedNonNames.contains(word.text) && !statisticNames.contains(word.text)
            && QuantityParser.currencySymbols[word.text] == nil
    }

    /// Whether the sentence quotes code inline: a call written with its empty brackets glued to a
    /// name ("to get print() from the future module"), which only technical prose writes.
    static func quotesCode(_ r: TokenReader) -> Bool {
        r.tokens.indices.contains { position in
            r.text(position) == "(" && r.text(position + 1) == ")" && r.glued(position, position + 1)
                && r.glued(position - 1, position) && r.token(position - 1)?.text.first?.isLetter == true
        }
    }

    /// "port 873", "the local port 873", "ports 80 and 443": a network port is an endpoint's name.
    /// A whole number right after "port" that closes its phrase: the sentence ends, punctuation
    /// or a function word follows ("port 873.", "ports 80 and 443"). Any other word after it is
    /// what the number counts: "at the port 300 staff", "the port 40 ships visit", "to port 20
    /// legacy applications". A second port after a joiner is one too. A single digit is a numbered
    /// berth or dock, not an endpoint quoted in prose ("the ports 2 and 3 of the harbour").
    static func networkPort(_ r: TokenReader, at index: Int) -> Int? {
        guard r.isDigits(index), r.text(index).count >= 2, !r.text(index).contains("."), !r.text(index).contains(","),
              QuantityParser.unitPhrase(r.tokens, at: index + 1, in: r.source) == nil,
              QuantityParser.scales[r.text(index + 1)] == nil
        else { return nil }
        let after = r.text(index + 1)
        guard r.token(index + 1) == nil || Lexicon.clauseClosers.contains(after) || StopWords.contains(after) else { return nil }
        if Lexicon.portNouns.contains(r.text(index - 1)) { return index + 1 }
        if Lexicon.listJoiners.contains(r.text(index - 1)), r.isDigits(index - 2), Lexicon.portNouns.contains(r.text(index - 3)) {
            return index + 1
        }
        return nil
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
        if isElidedMeasureChanging(r, at: afterUnit, window: unit) { return afterUnit }
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

    /// "the 10-day rose to 21", "the 14-day increased from 9": the window's noun left out, as
    /// dashboards and reports name a rolling measure by its window alone; what rises or falls
    /// from, to or by an amount right after "the N-day" is that measure, so the period names it.
    /// The verb is a past form of change: one of ``Lexicon/irregularPastChangeVerbs`` ("rose",
    /// "sank") or a word of `QuantityParser.changeWords` in "-ed" ("increased"). After it come
    /// one of ``Lexicon/changeAmountPrepositions`` and an amount in digits or number words: "the
    /// 10-year rose to prominence" and "the 5-day grew from a 2-day workshop" say no amount, so
    /// "the 10-year" is something named, not a measure. A rolling measure is a level, a rate or a
    /// share, so an amount that counts things ("grew to 400 attendees", not "40 cases per 100,000")
    /// or is a length in the window's own unit ("the 5-day dropped to 3 days") is an event's size
    /// or length, and the period stays. "The 7-day increase in cases" (a noun), "the 10-day
    /// increased dose" (an adjective before a noun) and "the 5-day trip increased costs" (the
    /// trip's length) keep their period too.
    static func isElidedMeasureChanging(_ r: TokenReader, at position: Int, window: String) -> Bool {
        let verb = r.text(position)
        let pastChange = Lexicon.irregularPastChangeVerbs.contains(verb)
            || (verb.hasSuffix("ed") && QuantityParser.changeWords.contains(verb))
        let amountAt = position + 2
        guard pastChange, Lexicon.changeAmountPrepositions.contains(r.text(position + 1)),
              r.isDigits(amountAt) || r.isNumberWord(amountAt),
              let (_, afterAmount, _) = QuantityParser.number(r.tokens, at: amountAt)
        else { return false }
        if let (unit, _) = QuantityParser.unitPhrase(r.tokens, at: afterAmount, in: r.source) { return unit != window }
        let countsThings = QuantityParser.countedNounFollows(r.tokens, at: afterAmount, in: r.source)
        return !countsThings || r.text(afterAmount + 1) == "per"
    }

    /// "a 3-site measurement", "4-compartment models", "32-bit signed integers", "a 12-word recovery
    /// phrase", "the two-party system": a number hyphenated to a part that makes up a design
    /// (``Lexicon/technicalTypeParts``: bit, word, party, compartment, …) before a noun of a kind
    /// of method, format or design (``Lexicon/technicalTypeNouns``; one word may stand between)
    /// names the type, as "type 2" does; nothing is counted (session 18, issue 18: the labels'
    /// technical types). Both must hold, since each noun also follows real counts: "a 48-team
    /// format", "a 600-seat system", "an 8-session protocol", "a 70-billion parameter model" count
    /// teams, seats, sessions and parameters; "a 3-site trial", "a 10-party coalition" count sites
    /// and parties. Never when a noun follows the head ("3-bit model weights": the compound's
    /// head is "weights").
    static func technicalType(_ r: TokenReader, at index: Int) -> Int? {
        let compound = index + 2
        guard r.text(index + 1) == "-", r.glued(index, index + 1), r.glued(index + 1, compound),
              QuantityParser.isLowercaseWord(r.tokens, at: compound, in: r.source), Lexicon.technicalTypeParts.contains(r.text(compound))
        else { return nil }
        for head in (compound + 1)...(compound + 2) {
            if Lexicon.technicalTypeNouns.contains(r.text(head)) {
                let continues = QuantityParser.isLowercaseWord(r.tokens, at: head + 1, in: r.source) && !StopWords.contains(r.text(head + 1))
                return continues ? nil : compound + 1
            }
            guard QuantityParser.isLowercaseWord(r.tokens, at: head, in: r.source), !StopWords.contains(r.text(head)) else { return nil }
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
