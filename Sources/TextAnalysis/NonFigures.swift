import FactCheckModel

/// Numbers in a sentence that are not figures to check: the day of a date, a clock time, an
/// ordinal ("the 5th time"), a label ("week 5", "Table 2", "S&P 500"), a sports score or win–loss
/// record ("won 3-1", "a 10-6 record"), a calibre (".22", "12-gauge"), a number to call ("dial
/// 911"), the count in an anonymous source ("two people familiar with the matter") and a numbered
/// reference ("… for 50 years (1).").
///
/// Read as figures they would be compared with a source's figures and reported as an article's
/// statistics: a report that "5" disagrees with "7" because a match was played on March 5 and a
/// study ran for 7 weeks helps nobody. ``QuantityParser`` asks here before reading a number, and
/// skips the words returned. A calendar year is left to the parser, which marks it
/// `calendar-year`: the scorer dates events with it ("in January 2006", "by 2009").
public enum NonFigure {
    /// If the number at `index` is not a figure, the index after the words that make it so.
    /// With `asReported` also a group named by its ages or rank and the whole of a share, which only
    /// the figures a claim reports leave out (the scorer compares wholes: "of the 900" is not "of
    /// the 1,200").
    static func end(of tokens: [QuantityToken], at index: Int, in text: String, droppingRecounts: Bool = true, asReported: Bool = false) -> Int? {
        let reader = TokenReader(tokens: tokens, text: text)
        let token = tokens[index]
        if token.isDigits {
            let rules: [(TokenReader, Int) -> Int?] = [
                clockTime, clockRange, slashDate, isoDate, dayOfMonth, ordinal, score, calibre, numberToCall, phoneNumber, gluedName,
                timeMark, footnote, address, decade, nameBefore, resolution, rateDenominator, nameGiven, version, greekLocant,
            ]
            for rule in rules {
                if let end = rule(reader, index) { return end }
            }
            if let end = numberedReference(reader, at: index) { return end }
            if asReported, let end = ageGroup(reader, at: index) ?? shareGroup(reader, at: index) { return end }
        }
        guard token.isDigits || QuantityParser.numberWords[token.text] != nil else { return nil }
        if asReported, let end = notReported(reader, at: index) { return end }
        return label(reader, at: index) ?? anonymousSource(reader, at: index) ?? capitalisedNumberWord(reader, at: index)
            ?? partiesNamed(reader, at: index) ?? (asReported && wholeOfShare(reader, at: index) ? index + 1 : nil)
            ?? denominatorOfCount(reader, at: index)
            ?? (droppingRecounts ? recountOfList(reader, at: index) : nil)
    }

    /// "21 of 131 countries", "three of nine judges": the number after "of" that a count is taken
    /// out of is the whole, not a figure of its own (the count before it is the figure).
    /// Only when the count itself stays a figure: "one of 12 children" (a lone "one" is no figure
    /// unless "only"/"just"/"exactly" insists on it) keeps the 12, so the sentence keeps a figure.
    static func denominatorOfCount(_ r: TokenReader, at index: Int) -> Int? {
        guard r.text(index - 1) == "of", r.isDigits(index - 2) || r.isNumberWord(index - 2) else { return nil }
        if !r.isDigits(index - 2), (QuantityParser.numberWords[r.text(index - 2)] ?? 0) < 2,
           !Lexicon.insistingAdverbs.contains(r.text(index - 3))
        {
            return nil
        }
        return index + 1
    }

    /// "half of the 30 hospitals", "a third of the 12 seats", "40% of the 300 staff": the whole a
    /// share is taken out of, as in "21 of 131" (the share is the figure). Only a bare count: a
    /// measure or a sum ("40% of the 2,300 mg limit", "half of the 6 million euros") is a figure
    /// of its own, and a year there dates a thing ("a quarter of the 2020 budget").
    static func wholeOfShare(_ r: TokenReader, at index: Int) -> Bool {
        isBareWholeAfterOfThe(r, at: index)
            && (QuantityParser.fractionWords[r.text(index - 3)] != nil || Lexicon.percentWords.contains(r.text(index - 3)))
    }

    /// "of the 30 hospitals": a bare count after "of the", the whole that a share or a count is
    /// taken out of (``wholeOfShare(_:at:)``, ``wholeOpeningClause(_:at:)``). A measure or a sum
    /// ("of the 2,300 mg limit", "of the 6 million euros", "of the 40 percent who voted") is a
    /// figure of its own, and a year there dates a thing ("of the 2020 budget").
    static func isBareWholeAfterOfThe(_ r: TokenReader, at index: Int) -> Bool {
        r.isDigits(index) && r.text(index - 1) == "the" && r.text(index - 2) == "of"
            && QuantityParser.scales[r.text(index + 1)] == nil
            && QuantityParser.unitPhrase(r.tokens, at: index + 1, in: r.source) == nil
            && !QuantityParser.isCalendarYear(r.text(index))
    }

    // MARK: - Rates, names and parties

    /// "deaths per 100,000 fell": a round number after "per" that no rate stands before is what a
    /// rate is counted out of, not a figure of its own. After a rate the parser keeps it in the
    /// rate's unit ("12 per 100,000" is unit `per 100000`: ``QuantityParser/rateBase(_:at:in:)``).
    static func rateDenominator(_ r: TokenReader, at index: Int) -> Int? {
        guard r.text(index - 1) == "per", isRoundBase(r.text(index)) else { return nil }
        return index + 1
    }

    /// "Next.js 9.1", "Node.js 18", "version 2.4", "release 1.10": a release of a program names it;
    /// it is no amount. After a name written with a point inside ("Next.js", "ASP.NET"), or a
    /// decimal after a word for a release (whole numbers after "version" are labels already).
    static func version(_ r: TokenReader, at index: Int) -> Int? {
        let isWord = { (position: Int) in r.token(position)?.text.first?.isLetter == true }
        let dotted = r.text(index - 2) == "." && r.glued(index - 3, index - 2) && r.glued(index - 2, index - 1)
            && isWord(index - 1) && isWord(index - 3) && !r.glued(index - 1, index)
        let named = versionWords.contains(r.text(index - 1)) && r.text(index).contains(".")
        // "release 1.5 billion tonnes": a scale or a unit after the number measures something.
        guard dotted || named, QuantityParser.unitPhrase(r.tokens, at: index + 1, in: r.source) == nil,
              QuantityParser.scales[r.text(index + 1)] == nil
        else { return nil }
        return index + 1
    }

    /// ``Lexicon/versionWords``: not the verb "releases" ("The factory releases 3.5 million litres").
    static let versionWords = Set(Lexicon.versionWords)

    /// 10, 100, 1,000, 100,000: the round numbers a rate is counted out of. "$5 per 2 rides" is a
    /// price and a count, not a rate per 2.
    static func isRoundBase(_ written: String) -> Bool {
        let digits = written.filter { $0 != "," }
        return digits.count >= 2 && digits.first == "1" && digits.dropFirst().allSatisfy { $0 == "0" }
    }

    /// "a source known as 121102", "a storm dubbed 7 hit the coast", "a team named 1-9": the number
    /// is the name given. After a naming verb (not after "as") a plural noun within the next three
    /// lowercase words makes it a count of what was named: "the ministry designated 14 new marine
    /// reserves", "the board named 10 new directors". (A verb in "-s" right after a name, "dubbed 7
    /// hits", would be read as a count.)
    static func nameGiven(_ r: TokenReader, at index: Int) -> Int? {
        let afterVerb = Lexicon.namingVerbs.contains(r.text(index - 1))
        let afterAs = r.text(index - 1) == "as" && Lexicon.namingBeforeAs.contains(r.text(index - 2))
        guard afterVerb || afterAs, QuantityParser.unitPhrase(r.tokens, at: index + 1, in: r.source) == nil else { return nil }
        if afterVerb, countsNamedThings(r, after: index) { return nil }
        return index + 1
    }

    /// Whether a plural noun ("reserves", "directors", "people") stands among the lowercase words
    /// right after the number at `index`, before any other token.
    static func countsNamedThings(_ r: TokenReader, after index: Int) -> Bool {
        var position = index + 1
        while position <= index + 3, let token = r.token(position), r.source[token.range].allSatisfy({ $0.isLetter && $0.isLowercase }) {
            let word = token.text
            if word == "people" || (word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")) { return true }
            position += 1
        }
        return false
    }

    /// "Region Two", "the Big Ten", "the Five-hundred-meter Aperture Telescope": a number word
    /// written with a capital inside a sentence is part of a name (with the words hyphens glue to
    /// it). At the start of a sentence or clause the capital says nothing ("Two people died").
    static func capitalisedNumberWord(_ r: TokenReader, at index: Int) -> Int? {
        guard !r.isDigits(index), r.isCapitalised(index), !r.startsClause(index) else { return nil }
        // A title in capitals ("TWO KILLED") is no name.
        guard let token = r.token(index), !r.source[token.range].dropFirst().contains(where: \.isUppercase) else { return nil }
        var end = index + 1
        while r.text(end) == "-", r.glued(end - 1, end), r.glued(end, end + 1), r.token(end + 1)?.text.first?.isLetter == true {
            end += 2
        }
        return end
    }

    /// "the two sides", "the two countries": the parties a story is about, named by how many they
    /// are; the count is no figure to check.
    static func partiesNamed(_ r: TokenReader, at index: Int) -> Int? {
        guard r.text(index) == "two" else { return nil }
        // "the two parties", "America's two parties"
        let possessive = r.text(index - 1) == "s" && ["'", "’"].contains(r.text(index - 2))
        // "the two major parties": one word that ranks them between
        let ranked = Lexicon.partyRankWords.contains(r.text(index + 1))
        let noun = r.text(ranked ? index + 2 : index + 1)
        guard r.text(index - 1) == "the" || possessive, Lexicon.partyNouns.contains(noun) else { return nil }
        // A possessive or a rank word names only political parties (the labelled kind): "the
        // club's two teams", "the region's two main countries" count them.
        if possessive || ranked, noun != "parties" { return nil }
        return index + 1
    }

    // MARK: - Counts of a list

    /// "three streets — Elm Row, Oak Lane and Ash Way —", "its two leaders, Ana Ruiz and Bo Lee",
    /// "Ruiz and Lee, the two founders": a count of things the sentence names one by one, in an
    /// apposition right after its noun or in the list right before "the N", only re-counts that
    /// list. The list is what an editor checks; the count is no figure of its own.
    static func recountOfList(_ r: TokenReader, at index: Int) -> Int? {
        let count = r.isDigits(index) ? Int(r.text(index)) : QuantityParser.numberWords[r.text(index)].map { Int($0) }
        guard let count, (2...9).contains(count) else { return nil }
        // The counted noun: lowercase words, hyphens and apostrophes ("investor-owned power
        // providers"), and a place after a preposition ("three lanes in Old Town").
        var position = index + 1
        while position <= index + 8, let token = r.token(position) {
            let word = token.text.first?.isLetter == true
            let lowercase = word && !r.isCapitalised(position)
            let glue = ["-", "'", "’"].contains(token.text) && r.glued(position - 1, position)
            let place = word && position > index + 1 && (Lexicon.placePrepositions.contains(r.text(position - 1)) || r.isCapitalised(position - 1))
            guard lowercase || glue || place else { break }
            position += 1
        }
        if position > index + 1, [",", "—", "–", ":"].contains(r.text(position)), namedItems(r, from: position + 1) == count {
            return index + 1
        }
        if r.text(index - 1) == "the", r.text(index - 2) == ",", itemsBefore(r, comma: index - 2) == count { return index + 1 }
        return nil
    }

    /// Tokens that end a list: the sentence's end, a dash that closes an apposition, a colon.
    static let listEnds: Set<String> = [".", "!", "?", "—", "–", ":"]

    /// How many items the list from `start` names one by one, each opening with a capitalised word
    /// (after "and" or an article): "A, B and C" and "A, B, and C" are 3, items parted by
    /// semicolons when there are any ("the X, with 95 members; the Y; and the Z"). Nil when no
    /// "and" closes the list or an item is no name.
    static func namedItems(_ r: TokenReader, from start: Int) -> Int? {
        var end = start
        var depth = 0
        while let token = r.token(end), depth > 0 || !listEnds.contains(token.text), end - start < 80 {
            if token.text == "(" { depth += 1 } else if token.text == ")" { depth = max(0, depth - 1) }
            end += 1
        }
        let separator = (start..<end).contains { r.text($0) == ";" } ? ";" : ","
        var items: [Range<Int>] = []
        var itemStart = start
        for position in start..<end where r.text(position) == separator {
            items.append(itemStart..<position)
            itemStart = position + 1
        }
        items.append(itemStart..<end)
        var total = 0
        for item in items {
            let starts: [Int]
            if let and = item.first(where: { r.text($0) == "and" }), and == item.lowerBound {
                starts = [and + 1]
            } else if let and = item.first(where: { r.text($0) == "and" }) {
                starts = [item.lowerBound, and + 1]
            } else {
                starts = [item.lowerBound]
            }
            guard starts.allSatisfy({ opensName(r, $0) }) else { return nil }
            total += starts.count
            guard starts.count == 2 || r.text(starts[0] - 1) == "and" else { continue }
            // Parted by commas, the last item is a name to its end: "…, Ruiz and Lee said" is a
            // source after a clause, not a list.
            let last = starts[starts.count - 1]..<item.upperBound
            let isName = separator == ";" || last.allSatisfy { position in
                r.token(position)?.text.first?.isLetter != true || r.isCapitalised(position) || Lexicon.nameJoiners.contains(r.text(position))
            }
            return isName ? total : nil
        }
        return nil
    }

    /// Whether a capitalised word stands among the first four tokens from `start` ("the
    /// center-left New Coalition", "Ana Ruiz").
    static func opensName(_ r: TokenReader, _ start: Int) -> Bool {
        var words = 0
        var position = start
        while words < 4, let token = r.token(position) {
            if token.text.first?.isLetter == true || token.isDigits {
                if r.isCapitalised(position) { return true }
                words += 1
            }
            position += 1
        }
        return false
    }

    /// How many items the list ending at the comma at `comma` has ("A and B", "A, B and C"): the
    /// piece before the comma that holds "and" counts two (one when it opens with "and"), and each
    /// short piece before it one more. Nil when no "and" closes the list.
    static func itemsBefore(_ r: TokenReader, comma: Int) -> Int? {
        var start = comma
        while start > 0, !listEnds.contains(r.text(start - 1)), r.text(start - 1) != ";", r.text(start - 1) != "(" { start -= 1 }
        var pieces: [Range<Int>] = []
        var pieceEnd = comma
        for position in stride(from: comma - 1, through: start, by: -1) where r.text(position) == "," {
            pieces.append((position + 1)..<pieceEnd)
            pieceEnd = position
        }
        pieces.append(start..<pieceEnd)
        guard let last = pieces.first, let and = last.first(where: { r.text($0) == "and" }) else { return nil }
        var total = and == last.lowerBound ? 1 : 2
        for piece in pieces.dropFirst() {
            guard piece.count <= 4, opensName(r, piece.lowerBound) else { break }
            total += 1
        }
        return total
    }

    // MARK: - Times and dates

    /// "10:30", "7 p.m.", "9am" ("six o'clock" is left alone: a number word with no unit is no
    /// figure). "174:4324" (a journal's volume and pages) is no time.
    static func clockTime(_ r: TokenReader, at index: Int) -> Int? {
        if r.text(index + 1) == ":", r.glued(index, index + 1), r.glued(index + 1, index + 2), r.isDigits(index + 2),
           r.text(index).count <= 2, r.text(index + 2).count == 2
        {
            return meridiem(r, at: index + 3) ?? index + 3
        }
        // "1.p.m.", a stray point before the meridiem.
        if r.text(index + 1) == ".", r.glued(index, index + 1), r.glued(index + 1, index + 2), let end = meridiem(r, at: index + 2) {
            return end
        }
        return meridiem(r, at: index + 1)
    }

    /// "5-8pm", "9–11 a.m.": a span of the clock, its meridiem written once at its end, is a time
    /// of day, not a range of figures.
    static func clockRange(_ r: TokenReader, at index: Int) -> Int? {
        guard ["-", "–", "—"].contains(r.text(index + 1)), r.isDigits(index + 2), r.text(index).count <= 2, r.text(index + 2).count <= 2
        else { return nil }
        return meridiem(r, at: index + 3)
    }

    /// "am", "pm", "a.m.", "p.m.", "o'clock": the index after it, if one starts at `index`.
    static func meridiem(_ r: TokenReader, at index: Int) -> Int? {
        // "PM2.5" (fine particles) is no time of day: a number written onto it.
        if ["am", "pm"].contains(r.text(index)) { return r.isDigits(index + 1) && r.glued(index, index + 1) ? nil : index + 1 }
        if ["a", "p"].contains(r.text(index)), r.text(index + 1) == ".", r.text(index + 2) == "m" {
            return r.text(index + 3) == "." && r.glued(index + 2, index + 3) ? index + 4 : index + 3
        }
        if r.text(index) == "o", ["'", "’"].contains(r.text(index + 1)), r.text(index + 2) == "clock" { return index + 3 }
        return nil
    }

    /// "12/05/2024", "9/11", "24/7": whole numbers up to 31 joined by slashes (a year may end
    /// them) are dates or names, not figures. "24/122 patients" and "4.8/100" are figures.
    static func slashDate(_ r: TokenReader, at index: Int) -> Int? {
        func isDayOrMonth(_ position: Int) -> Bool {
            r.text(position).count <= 2 && (Int(r.text(position)).map { (0...31).contains($0) } ?? false)
        }
        guard isDayOrMonth(index) else { return nil }
        var end = index + 1
        while r.text(end) == "/", r.glued(end - 1, end), r.glued(end, end + 1), r.isDigits(end + 1) {
            guard isDayOrMonth(end + 1) || (end > index + 1 && [2, 4].contains(r.text(end + 1).count)) else { return nil }
            end += 2
        }
        return end > index + 1 ? end : nil
    }

    /// "2024-05-12".
    static func isoDate(_ r: TokenReader, at index: Int) -> Int? {
        guard r.text(index).count == 4, r.text(index + 1) == "-", r.isDigits(index + 2), r.text(index + 3) == "-",
              r.isDigits(index + 4), (index..<(index + 4)).allSatisfy({ r.glued($0, $0 + 1) })
        else { return nil }
        return index + 5
    }

    /// The day of "March 5", "Jan. 12", "5 March", "the 5th of March"; the year after it stays a year.
    static func dayOfMonth(_ r: TokenReader, at index: Int) -> Int? {
        guard r.text(index).count <= 2, let day = Int(r.text(index)), (1...31).contains(day) else { return nil }
        let previous = r.text(index - 1) == "." ? index - 2 : index - 1
        var end = index + 1
        if ordinalSuffixes.contains(r.text(end)), r.glued(index, end) { end += 1 }
        if r.isMonth(previous) {
            // "June 13 to 17", "March 3-5": the last day of a span of dates is a day too.
            if QuantityParser.rangeJoiners.contains(r.text(end)), r.isDigits(end + 1), r.text(end + 1).count <= 2,
               let last = Int(r.text(end + 1)), last > day, last <= 31,
               QuantityParser.unitPhrase(r.tokens, at: end + 2, in: r.source) == nil
            {
                return end + 2
            }
            return end
        }
        let month = r.text(end) == "of" ? end + 1 : end
        return r.isMonth(month) ? end : nil
    }

    /// "21st", "5th", "2nd": an ordinal counts a place, not an amount ("the 95th percentile" is a
    /// figure). Except where it tallies: "this is the 16th case", "it was the 7th treasure" state
    /// how many there have been, which an editor checks (not "the 20th century", a period).
    static func ordinal(_ r: TokenReader, at index: Int) -> Int? {
        guard ordinalSuffixes.contains(r.text(index + 1)), r.glued(index, index + 1), r.text(index + 2) != "percentile"
        else { return nil }
        let tallies = r.text(index - 1) == "the" && tallyVerbs.contains(r.text(index - 2))
            && r.token(index + 2)?.text.first?.isLetter == true && !r.isCapitalised(index + 2)
            && !QuantityParser.sequenceWords.contains(r.text(index + 2)) && !periodNouns.contains(r.text(index + 2))
        return tallies ? nil : index + 2
    }

    static let tallyVerbs: Set<String> = ["is", "was", "s", "marks", "marked", "becomes", "became", "be", "been"]
    static let periodNouns: Set<String> = ["century", "centuries", "anniversary", "birthday", "edition", "annual", "minute", "overall"]

    static let ordinalSuffixes = Lexicon.ordinalSuffixes

    // MARK: - Scores, calibres, numbers to call

    /// "won 3-1", "a 24-17 victory", "a 10-6 record", "the court ruled 6-3": two numbers joined by a
    /// dash with no unit are a score when the second is not larger (a range runs upward) or when
    /// the words around say so. "3-7 hours" stays a range.
    static func score(_ r: TokenReader, at index: Int) -> Int? {
        guard ["-", "–", "—"].contains(r.text(index + 1)), r.glued(index, index + 1), r.glued(index + 1, index + 2),
              r.isDigits(index + 2), let first = Int(r.text(index)), let second = Int(r.text(index + 2)),
              r.text(index).count <= 3, r.text(index + 2).count <= 3,
              QuantityParser.unitPhrase(r.tokens, at: index + 3, in: r.source) == nil
        else { return nil }
        if second <= first || scoreWordsBefore.contains(r.text(index - 1)) || scoreWordsAfter.contains(r.text(index + 3)) {
            return index + 3
        }
        return nil
    }

    static let scoreWordsBefore: Set<String> = [
        "won", "win", "wins", "beat", "beats", "lost", "lose", "loses", "defeated", "drew", "tied", "trail", "trails",
        "trailed", "led", "leads", "edged", "routed", "record",
    ]
    static let scoreWordsAfter: Set<String> = [
        "win", "wins", "victory", "loss", "losses", "defeat", "record", "lead", "score", "scoreline", "draw", "tie",
        "triumph", "rout", "margin", "aggregate", "series", "start", "finish", "run",
    ]

    /// ".22", "a 12-gauge shotgun", ".45-caliber", "a 9mm pistol".
    static func calibre(_ r: TokenReader, at index: Int) -> Int? {
        if r.text(index - 1) == ".", r.glued(index - 1, index), !r.glued(index - 2, index - 1) {
            var end = index + 1
            if r.text(end) == "-", calibreWords.contains(r.text(end + 1)) { end += 2 }
            return QuantityParser.unitPhrase(r.tokens, at: index + 1, in: r.source) == nil ? end : nil
        }
        let word = r.text(index + 1) == "-" ? index + 2 : index + 1
        if calibreWords.contains(r.text(word)) { return word + 1 }
        if r.text(index + 1) == "mm", weaponWords.contains(r.text(index + 2)) { return index + 2 }
        return nil
    }

    static let calibreWords: Set<String> = ["caliber", "calibre", "cal", "gauge", "bore"]
    static let weaponWords: Set<String> = [
        "handgun", "handguns", "pistol", "pistols", "gun", "guns", "rifle", "rifles", "round", "rounds", "bullet",
        "bullets", "ammunition", "ammo", "cartridge", "cartridges", "shell", "shells", "revolver", "cannon", "howitzer",
    ]

    /// "call 911", "dialled 999", "a 911 dispatcher": a number to call.
    static func numberToCall(_ r: TokenReader, at index: Int) -> Int? {
        if callVerbs.contains(r.text(index - 1)) { return index + 1 }
        if ["911", "999", "112", "000"].contains(r.text(index)), emergencyNouns.contains(r.text(index + 1)) { return index + 1 }
        return nil
    }

    static let callVerbs: Set<String> = [
        "call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing", "dialling", "text",
        "texted", "phoned", "hotline",
    ]
    static let emergencyNouns: Set<String> = [
        "call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators", "center", "centre",
        "centers", "centres", "line", "lines", "system", "service", "services", "emergency", "emergencies",
    ]

    // MARK: - Names and labels

    /// "5G", "3D", "4K", "7News": digits with a capital letter glued after them name a thing —
    /// one capital alone, or a capitalised word. Glued small letters are mostly units, known or
    /// not ("5km", "1000IU", "10mmol"), and so are known units in capitals ("10MW").
    /// (Letters glued before, "COVID-19", are ``QuantityParser/isPartOfName(_:at:in:)``.)
    /// "the first mention of NAME 3 I found in the release notes": the pronoun "I" after a name's
    /// number opens a clause, so it is no title word that would keep the number a figure. Only in
    /// technical prose, a sentence with a release word in it (``Lexicon/releaseContextWords``):
    /// elsewhere a count after a place or a person's name comes before "I" as often ("in Leeds 40
    /// I spoke to were out of work", "Smith 24 I think").
    static func isNameBeforePronounI(_ r: TokenReader, at index: Int) -> Bool {
        r.isPronounI(index + 1) && r.tokens.contains { Lexicon.releaseContextWords.contains($0.text) }
    }

    static func gluedName(_ r: TokenReader, at index: Int) -> Int? {
        guard r.glued(index, index + 1), let letters = r.token(index + 1), letters.text.first?.isLetter == true,
              r.isCapitalised(index + 1), QuantityParser.unitPhrase(r.tokens, at: index + 1, in: r.source) == nil
        else { return nil }
        // "$5.5B", "€470M": after a currency sign a capital glued to the amount is its scale.
        if QuantityParser.currencySymbols[r.text(index - 1)] != nil, QuantityParser.moneyScales[letters.text] != nil { return nil }
        let written = r.source[letters.range]
        let isWord = letters.text.count > 1 && written.dropFirst().allSatisfy(\.isLowercase)
        // One capital, then a space or punctuation ("onto 2000N."), not more letters or digits.
        let alone = !r.glued(index + 1, index + 2) || r.token(index + 2).map { !$0.isDigits && $0.text.first?.isLetter != true } ?? true
        guard isWord || (letters.text.count == 1 && alone) else { return nil }
        return index + 2
    }

    /// "5-alpha reductase", "11-beta-hydroxysteroid", "17-alpha compounds": a whole number hyphenated
    /// to a Greek letter's name (``Lexicon/greekLetterNames``), all glued, is a position in a
    /// molecule (a locant) in the chemical's name; nothing is counted. Not with a space ("17 beta
    /// blockers" counts blockers), not a decimal or a grouped number, and only with the letter's
    /// name in small letters, as a chemical name writes it ("3-Alpha units" names a product).
    static func greekLocant(_ r: TokenReader, at index: Int) -> Int? {
        guard !r.text(index).contains("."), !r.text(index).contains(","), r.text(index + 1) == "-",
              r.glued(index, index + 1), r.glued(index + 1, index + 2),
              Lexicon.greekLetterNames.contains(r.text(index + 2)), let letter = r.token(index + 2),
              r.source[letter.range].allSatisfy(\.isLowercase)
        else { return nil }
        return index + 3
    }

    /// "1080p", "720p/1080p", "4320p": a video resolution names a format. Only the standard line
    /// counts: "180p" is a price in pence.
    static func resolution(_ r: TokenReader, at index: Int) -> Int? {
        guard videoLines.contains(r.text(index)), r.text(index + 1) == "p", r.glued(index, index + 1) else { return nil }
        return index + 2
    }

    static let videoLines: Set<String> = ["144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"]

    /// "at the 50-second mark": a point in time, not a duration.
    static func timeMark(_ r: TokenReader, at index: Int) -> Int? {
        guard r.text(index + 1) == "-", let (unit, after) = QuantityParser.unitPhrase(r.tokens, at: index + 2, in: r.source),
              QuantityParser.timeUnits.contains(unit), r.text(after) == "mark" else { return nil }
        return after + 1
    }

    /// "Week 5", "Table 2", "round two", "No. 1", "#1", "Days 3 to 7": a number after a noun that
    /// numbers things names one of them. "type 2" stays a number: the scorer reads it as a count
    /// that never contradicts. A period of time names a label only capitalised, as schedules
    /// write it ("in Week 5"): "on day 180" of a study is a time, as before.
    static func label(_ r: TokenReader, at index: Int) -> Int? {
        let before = r.text(index - 1)
        if Lexicon.timeLabelNouns.contains(before), !r.isCapitalised(index - 1) { return pluralPeriodLabels(r, at: index) }
        // "number 315.83" is a value, not a label.
        if r.text(index).contains(".") { return nil }
        let labelled = Lexicon.labelNouns.contains(before) || before == "#"
            || (before == "." && r.text(index - 2) == "no" && r.glued(index - 2, index - 1))
        guard labelled, QuantityParser.unitPhrase(r.tokens, at: index + 1, in: r.source) == nil else { return nil }
        if QuantityParser.rangeJoiners.contains(r.text(index + 1)), r.isDigits(index + 2) || r.isNumberWord(index + 2) {
            return index + 3
        }
        return index + 1
    }

    /// "on days two and three of the festival", "in weeks 3 to 6": in small letters, a plural
    /// period before two numbers joined by "and" or a range names those days or weeks; a count
    /// comes before its noun, so nothing is counted. One number alone stays a time ("on day 180",
    /// "for days 4 people waited"), and so do two before a noun they count ("for weeks 2 to 3
    /// officers waited") or "or" ("for days two or three …" is loose writing of a count).
    static func pluralPeriodLabels(_ r: TokenReader, at index: Int) -> Int? {
        guard r.text(index - 1).hasSuffix("s"), r.isDigits(index) || r.isNumberWord(index),
              QuantityParser.rangeJoiners.contains(r.text(index + 1)) || r.text(index + 1) == "and",
              r.isDigits(index + 2) || r.isNumberWord(index + 2),
              !QuantityParser.countedNounFollows(r.tokens, at: index + 3, in: r.source)
        else { return nil }
        return index + 3
    }

    /// "the S&P 500", "FTSE 100", "Boeing 737s", "Windows 11", "RTX 3080": a whole number right after a
    /// capitalised word inside a sentence names something. Not a decimal or a year-like number
    /// ("RR 0.41", "the Health 2000 cohort"), not after a statistic's abbreviation ("CI 95", "HR
    /// 2": the scorer reads those), a month (a date), a weekday or a capitalised function word
    /// ("Over 500" in a title), not before a unit or scale, and not before another capitalised
    /// word (a title in title case: "Trial Finds 300 Adults Improved").
    static func nameBefore(_ r: TokenReader, at index: Int) -> Int? {
        let previous = index - 1
        // "Spain has 157,000 cases and Italy 143,600": a number with its thousands grouped by a
        // comma is an amount, the verb left out after a name; names with digits are not written so.
        guard !r.text(index).contains("."), !r.text(index).contains(","), !QuantityParser.isCalendarYear(r.text(index)),
              !statisticNames.contains(r.text(previous)) || r.text(previous - 1) == "&",
              previous >= 0, let word = r.token(previous), word.text.first?.isLetter == true,
              // "RMB 500", "CNY 3,000": a currency code before an amount names its currency, not a thing.
              QuantityParser.currencySymbols[word.text] == nil,
              QuantityParser.unitPhrase(r.tokens, at: index + 1, in: r.source) == nil,
              QuantityParser.scales[r.text(index + 1)] == nil
        else { return nil }
        // "iPhone 15", "eBay 2": a small letter, then a capital, is a brand wherever it stands.
        if r.isCamelCase(previous) { return index + 1 }
        // "RTX 3080 cards sold out", "the RTX 3060 Ti": a whole number after an abbreviation of two
        // to four capitals names a model, even opening the sentence or before a capitalised word
        // ("Ti"). A section heading in capitals is a longer word ("RESULTS 300 adults").
        // ("ALL 300 SEATS", a headline in capitals, is no model: its function words are not names.)
        // A model number has three digits or more ("RTX 3080", "NHS 111"): a shorter number there
        // is a score or a count ("USA 2 Mexico 1", "SNP 48, Labour 37"). A currency or country code
        // before a number names what is counted or paid, no model ("US 300 soldiers", "EUR 40 buys",
        // ``Lexicon/currencyAndCountryCodes``).
        if r.isShortAbbreviation(previous), !capitalisedNonNames.contains(word.text), r.text(index).count >= 3,
           !Lexicon.currencyAndCountryCodes.contains(word.text)
        {
            return index + 1
        }
        guard previous > 0, r.isCapitalised(previous), !r.startsClause(previous), !r.isMonth(previous),
              !capitalisedNonNames.contains(word.text), !r.isCapitalised(index + 1) || isNameBeforePronounI(r, at: index)
        else { return nil }
        return index + 1
    }

    /// "[1]", "[12]": a footnote marker.
    static func footnote(_ r: TokenReader, at index: Int) -> Int? {
        guard r.text(index - 1) == "[", r.text(index + 1) == "]", r.glued(index - 1, index), r.glued(index, index + 1)
        else { return nil }
        return index + 2
    }

    /// "(3)", "(3, 10)" closing a sentence or clause: a numbered reference, as health and science
    /// sites cite their sources ("… for over 50 years (1)."). Only bare numbers of up to three
    /// digits, glued to their brackets, not after a capitalised word ("Biden (11), Sanders (1)"
    /// count endorsements), with nothing after but the end or a stop, comma, semicolon or colon:
    /// "(5%)", "(n = 12)", "(12 patients)" and an enumerator before its item ("(1) the dose") stay.
    /// No figure anywhere, the claim decision's and the scorer's included: closing a sentence it is
    /// a citation, a claim cue of its own (``closesWithNumberedReference(_:)``, read by the
    /// Extractor's `BracketCitation.citesByNumber`). Before that cue (session 12) it was left out of
    /// the reported figures only, because taking it from the decision lost six labelled claims of
    /// batch 6 that were reported only through the number.
    static func numberedReference(_ r: TokenReader, at index: Int) -> Int? {
        func isReferenceNumber(_ position: Int) -> Bool {
            let written = r.text(position)
            return r.isDigits(position) && (1...3).contains(written.count) && written.allSatisfy(\.isNumber)
        }
        // After a capitalised word a count may close a name ("Sanders (1)", "Spain and Italy (14,
        // 12)"); after an abbreviation in capitals, numbers running upward ("than BIA (14, 15)")
        // are references.
        guard isReferenceNumber(index), r.text(index - 1) == "(", r.glued(index - 1, index),
              !r.isCapitalised(index - 2) || referencesAfterAbbreviation(r, at: index)
        else { return nil }
        var last = index
        while r.text(last + 1) == ",", isReferenceNumber(last + 2) { last += 2 }
        guard r.text(last + 1) == ")", r.glued(last, last + 1), [nil, ".", ",", ";", ":"].contains(r.token(last + 2)?.text)
        else { return nil }
        return last + 2
    }

    /// "than BIA (14, 15)": two numbers or more, each larger than the one before, in a bracket after
    /// an abbreviation written in capitals, cite references; counts after a name ("Italy (14, 12)",
    /// "Ruiz (11)") run in any order and follow a word of small letters.
    static func referencesAfterAbbreviation(_ r: TokenReader, at index: Int) -> Bool {
        guard let name = r.token(index - 2), name.text.count >= 2,
              r.source[name.range].allSatisfy({ $0.isLetter && $0.isUppercase }),
              r.text(index + 1) == ",", r.isDigits(index + 2), let first = Int(r.text(index)), let second = Int(r.text(index + 2))
        else { return false }
        return second > first
    }

    /// Whether a numbered reference (``numberedReference(_:at:)``: "(1)", "(3, 10)") closes `text`,
    /// with only a final stop, "!" or ";" after it: "… for over 50 years (1)." The Extractor reads it
    /// as a citation (`BracketCitation.citesByNumber`); this is where its grammar lives.
    public static func closesWithNumberedReference(_ text: String) -> Bool {
        let tokens = QuantityToken.scan(text)
        guard let open = tokens.lastIndex(where: { $0.text == "(" }),
              let end = numberedReference(TokenReader(tokens: tokens, text: text), at: open + 1)
        else { return false }
        return tokens[end...].allSatisfy { [".", "!", ";"].contains($0.text) }
    }

    /// "10 Downing Street", "221 Baker St", "1600 Pennsylvania Avenue", "the 300 block of": a
    /// street address names a place.
    static func address(_ r: TokenReader, at index: Int) -> Int? {
        guard !r.text(index).contains("."), r.text(index).count <= 5 else { return nil }
        if r.text(index + 1) == "block", r.text(index + 2) == "of" { return index + 1 }
        // "About 300 Wall Street firms", "In 2020 Supreme Court filings": an address is never
        // approximate, and a number after "in", "since" or "by" is a year or a count.
        if notAddressBefore.contains(r.text(index - 1)) || QuantityParser.boundEnds(r.tokens, before: index) { return nil }
        var word = index + 1
        // "201 E. Nine Mile", "40 NW Harbor Road": a compass point, then the street's name in
        // capitals, ended by a street noun or the end of the clause ("412 W. Seven Mile, Livonia").
        // "300 SE Asian nurses" runs on into small words: a count of people from a region.
        if compassPoints.contains(r.text(word)), r.isCapitalised(word) {
            var name = r.text(word + 1) == "." && r.glued(word, word + 1) ? word + 2 : word + 1
            guard r.isCapitalised(name), r.token(name)?.text.first?.isLetter == true else { return nil }
            while r.isCapitalised(name), r.token(name)?.text.first?.isLetter == true {
                if streetNouns.contains(r.text(name)) { return name + 1 }
                name += 1
            }
            guard r.token(name)?.text.first?.isLetter != true else { return nil }
            return name
        }
        while word <= index + 3, r.isCapitalised(word), r.token(word)?.text.first?.isLetter == true {
            if word > index + 1, streetNouns.contains(r.text(word)) { return word + 1 }
            word += 1
        }
        return nil
    }

    static let notAddressBefore: Set<String> = [
        "in", "since", "by", "until", "during", "before", "after", "than", "the",
    ]

    /// ``Lexicon/compassPoints``.
    static let compassPoints = Set(Lexicon.compassPoints)

    static let streetNouns: Set<String> = [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way",
        "place", "pl", "court", "ct", "parkway", "pkwy", "terrace", "circle", "trail", "square", "crescent", "close",
    ]

    /// "555-0134", "1-800-555-0199", "(212) 555-0134", "020 7946 0958", "+44 20 7946 0958": a
    /// number to call. Digit groups joined by dashes end in four digits after three; two groups are a
    /// phone number only when a zero leads one of them or a bracket or a word of calling comes
    /// first ("100-1000 people" is a range).
    static func phoneNumber(_ r: TokenReader, at index: Int) -> Int? {
        // Groups of digits that a leading zero or a plus sign marks as a number to dial, space-separated.
        if (r.text(index).hasPrefix("0") && r.text(index).count >= 3 && !r.text(index).contains("."))
            || (r.text(index - 1) == "+" && r.glued(index - 1, index))
        {
            var end = index + 1
            while r.isDigits(end), !r.text(end).contains("."), (2...4).contains(r.text(end).count) { end += 1 }
            // "+5%" and a lone "0800" are no numbers to dial: at least two groups.
            if end > index + 1, QuantityParser.unitPhrase(r.tokens, at: end, in: r.source) == nil { return end }
        }
        var groups = [index]
        while ["-", "."].contains(r.text(groups.last! + 1)), r.glued(groups.last!, groups.last! + 1),
              r.glued(groups.last! + 1, groups.last! + 2), r.isDigits(groups.last! + 2)
        {
            groups.append(groups.last! + 2)
        }
        let lengths = groups.map { r.text($0).count }
        guard groups.count >= 2, lengths.last == 4, lengths[lengths.count - 2] == 3, lengths.reduce(0, +) >= 7,
              !groups.contains(where: { r.text($0).contains(".") })
        else {
            // "(212)" before a number to call.
            if r.text(index - 1) == "(", r.text(index + 1) == ")", r.text(index).count == 3, let end = phoneNumber(r, at: index + 2) {
                return end
            }
            return nil
        }
        let end = groups.last! + 1
        // "250-1000 mg" is a range of doses.
        guard QuantityParser.unitPhrase(r.tokens, at: end, in: r.source) == nil else { return nil }
        if groups.count >= 3 || groups.contains(where: { r.text($0).hasPrefix("0") }) || r.text(index - 1) == ")"
            || phoneWords.contains(r.text(index - 1))
        {
            return end
        }
        // "on 555-0172", but "traded at 980-1020 points": after a mere "at" or "on", two groups
        // that run upward before a counted noun are a range.
        if ["at", "on"].contains(r.text(index - 1)) {
            let upward = (Int(r.text(index)) ?? 0) < (Int(r.text(groups.last!)) ?? 0)
            let noun = r.text(end)
            let counted = r.source[r.token(end)?.range ?? r.source.endIndex..<r.source.endIndex].first?.isLowercase == true
                && noun.count > 3 && noun.hasSuffix("s") && !noun.hasSuffix("ss")
            return upward && counted ? nil : end
        }
        return nil
    }

    static let phoneWords: Set<String> = ["call", "phone", "tel", "telephone", "dial", "hotline", "text", "number", "fax", "line"]

    /// "the '90s", "in their 40s": a decade of the century or of a life, not a count. (Four-digit
    /// decades, "the 1990s", stay years: the scorer dates events with them.)
    static func decade(_ r: TokenReader, at index: Int) -> Int? {
        guard r.text(index).count == 2, r.text(index).hasSuffix("0"), r.text(index + 1) == "s", r.glued(index, index + 1)
        else { return nil }
        return index + 2
    }

    /// "over 65s", "the under-18s", "among 15-24-year-olds", "20- to 29-year-olds", "5-11 year
    /// olds": a plural noun made of a bound or a rising span of ages (one or two digits) names a
    /// group of people, as "teenagers" does; it is no figure. One person's age stays a bare count
    /// ("a 65-year-old"), and so does a single age in the plural ("classes for 4-year-olds") and a
    /// count of such people ("two 15-year-olds").
    static func ageGroup(_ r: TokenReader, at index: Int) -> Int? {
        // An age has one or two digits: "over 1990s levels" is a decade.
        guard isAge(r, index) else { return nil }
        // "over 65s", "over-65s", "under 18s"
        if r.text(index + 1) == "s", r.glued(index, index + 1) {
            let before = r.text(index - 1) == "-" && r.glued(index - 1, index) ? index - 2 : index - 1
            return Lexicon.ageBounds.contains(r.text(before)) ? index + 2 : nil
        }
        // A span of ages, not after a count of them: "15-24-", "20- to 29-", "5-11 "
        guard !r.isDigits(index - 1), !r.isNumberWord(index - 1), !(r.text(index - 1) == "-" && r.glued(index - 1, index)) else { return nil }
        var upper = index + 1
        if r.text(upper) == "-", r.glued(index, upper) { upper += 1 }
        if Lexicon.ageSpanJoiners.contains(r.text(upper)) { upper += 1 }
        // The span runs upwards: "extended from 16 to 12-year-olds" is two figures, no group.
        guard upper > index + 1, isAge(r, upper), let low = Int(r.text(index)), let high = Int(r.text(upper)), low < high else { return nil }
        var cursor = upper + 1
        if r.text(cursor) == "-" { cursor += 1 }
        guard r.text(cursor) == "year" else { return nil }
        cursor += 1
        if r.text(cursor) == "-" { cursor += 1 }
        guard r.text(cursor) == "olds" else { return nil }
        return cursor + 1
    }

    /// "the richest 10%", "the bottom 90 percent", "the world's top 1%": a share after a word that
    /// ranks people, with a determiner or a possessive before it, names a group of people, as an age
    /// group does; it is no figure. The share a group holds stays one ("own 50% of the wealth"), and
    /// so does a rank word before a measure ("the top 10% rate" is read as before: a noun follows
    /// that the group cannot be).
    static func shareGroup(_ r: TokenReader, at index: Int) -> Int? {
        guard Lexicon.groupRankWords.contains(r.text(index - 1)) else { return nil }
        let before = r.text(index - 2)
        guard Lexicon.nounPhraseOpeners.contains(before) || before == "whose" || before == "s" && ["'", "’"].contains(r.text(index - 3))
        else { return nil }
        var end = index + 1
        if r.text(end) == "per", r.text(end + 1) == "cent" { end += 1 }
        guard Lexicon.percentWords.contains(r.text(end)) else { return nil }
        return Lexicon.shareGroupFollowers.contains(r.text(end + 1)) ? nil : end + 1
    }

    /// Whether token `index` can be a person's age: one or two digits.
    static func isAge(_ r: TokenReader, _ index: Int) -> Bool {
        r.isDigits(index) && (1...2).contains(r.text(index).count)
    }

    /// Abbreviations of statistics and measured scores: a number after them is their value ("HR
    /// 0.82", "CI 95", "BMI 31", "IQ 130"), never a model's number.
    static let statisticNames: Set<String> = [
        "ci", "or", "hr", "rr", "aor", "ahr", "irr", "sd", "se", "sem", "iqr", "n", "p", "df", "bmi", "r", "t", "f", "z",
        "iq",
    ]

    /// Capitalised words that are not names: function words of a title in title case, weekdays
    /// ("on Monday 300 people"), bound words the parser reads itself, and the interjection "OK"
    /// ("said OK 200 times", "OK 200 people signed": no maker of a model).
    static let capitalisedNonNames: Set<String> = [
        "i", "the", "a", "an", "in", "on", "at", "by", "for", "of", "to", "and", "or", "but", "from", "with",
        "since", "until", "over", "under", "about", "around", "nearly", "almost", "some", "only", "just", "all",
        "than", "after", "before", "between", "into", "per", "top", "among", "amongst", "during", "within", "across",
        "including", "overall", "approximately", "roughly", "least", "most", "each", "every", "total", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "more", "less", "fewer", "up", "as", "are", "is", "was", "were", "ok", "okay",
    ]

    /// "two people familiar with the matter", "three officials who spoke on condition of
    /// anonymity": the count belongs to the attribution; there is nothing to check in it.
    static func anonymousSource(_ r: TokenReader, at index: Int) -> Int? {
        for noun in (index + 1)...(index + 3) where sourceNouns.contains(r.text(noun)) {
            let next = r.text(noun + 1)
            let cued = sourceCues.contains(next)
                || (next == "with" && ["knowledge", "direct"].contains(r.text(noun + 2)))
                || (next == "who" && sourceCueVerbs.contains(r.text(noun + 2)))
            return cued ? index + 1 : nil
        }
        return nil
    }

    static let sourceNouns: Set<String> = [
        "people", "persons", "sources", "officials", "individuals", "executives", "diplomats", "insiders", "aides",
        "staffers", "employees", "lawmakers", "officers", "investigators",
    ]
    static let sourceCues: Set<String> = ["familiar", "close", "briefed", "knowledgeable", "speaking", "involved", "aware"]
    static let sourceCueVerbs: Set<String> = ["spoke", "asked", "requested", "declined", "were", "was", "insisted", "did"]
}

/// Reading tokens around a position without bounds checks at every call: out-of-range positions
/// read as the empty word, which matches nothing.
struct TokenReader {
    var tokens: [QuantityToken]
    var source: String

    init(tokens: [QuantityToken], text: String) {
        self.tokens = tokens
        self.source = text
    }

    func token(_ index: Int) -> QuantityToken? { tokens.indices.contains(index) ? tokens[index] : nil }
    func text(_ index: Int) -> String { token(index)?.text ?? "" }
    func isDigits(_ index: Int) -> Bool { token(index)?.isDigits ?? false }
    func isNumberWord(_ index: Int) -> Bool { QuantityParser.numberWords[text(index)] != nil }

    /// Whether token `first` ends where token `second` begins (no space between them): the
    /// parser's ``QuantityParser/glued(_:_:_:)``, read through this reader.
    func glued(_ first: Int, _ second: Int) -> Bool { QuantityParser.glued(tokens, first, second) }

    /// "iPhone", "eBay": a small first letter and a capital after it.
    func isCamelCase(_ index: Int) -> Bool {
        guard let token = token(index) else { return false }
        let written = source[token.range]
        // "pH 7" is a measure, not a brand; so are "eGFR 45" and "hCG 5": one small letter before
        // an abbreviation in capitals (Apple's "iOS" excepted) names a measure.
        let rest = written.dropFirst()
        if written.first != "i", rest.count >= 2, rest.allSatisfy(\.isUppercase) { return false }
        return written.first?.isLowercase == true && rest.contains(where: \.isUppercase) && written != "pH"
    }

    /// An acronym (``Swift/StringProtocol/isWrittenAsAcronym``) of at most four letters and nothing
    /// else: "RTX", "NHS" (not "RESULTS", a heading, nor "U.S.").
    func isShortAbbreviation(_ index: Int) -> Bool {
        guard let token = token(index) else { return false }
        let written = source[token.range]
        return written.count <= 4 && written.allSatisfy(\.isLetter) && written.isWrittenAsAcronym
    }

    /// Whether the word is the pronoun "I", the one word English always writes with a capital: after
    /// a number it opens a clause ("the first mention of Python 3 I found"), never a title word.
    func isPronounI(_ index: Int) -> Bool {
        guard let token = token(index) else { return false }
        return source[token.range] == "I"
    }

    /// Whether the word is written with a capital first letter.
    func isCapitalised(_ index: Int) -> Bool {
        guard let token = token(index), let first = source[token.range].first else { return false }
        return first.isUppercase
    }

    /// A month's name as written in a date: capitalised ("May", not the verb "may"), whole or cut
    /// ("Jan", "Sept").
    func isMonth(_ index: Int) -> Bool {
        isCapitalised(index) && Lexicon.monthNames.contains(text(index))
    }

    /// Whether the word begins a sentence or clause: the first token, or after end punctuation,
    /// a colon or an opening quote or bracket.
    func startsClause(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        // A heading in capitals before it ("RESULTS Among 1526 patients") ends where the sentence starts.
        if let heading = token(index - 1), heading.text.count >= 3, heading.text.first?.isLetter == true,
           source[heading.range].allSatisfy(\.isUppercase)
        {
            return true
        }
        return [".", "!", "?", ":", ";", "\"", "“", "”", "(", "[", "'", "‘", "—", "–"].contains(text(index - 1))
    }
}
