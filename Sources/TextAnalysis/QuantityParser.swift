import FactCheckModel

/// Finds the numbers in a sentence, with their units and how they are bounded.
///
/// "more than 80 percent", "as much as 80%", "eight in ten", "a third", "3 to 7 hours",
/// "one-to-seven days", "four times more likely", "doubles", "$2.5 million", "$40-50 billion" (both
/// ends in billions), "$0.12 per kWh" (unit `usd per kwh`), "a 16-inch screen", "more than two
/// decades", "in 2017" (unit `calendar-year`). The bound is kept as data because it carries the
/// meaning: "more than 80" and "as much as 80" share a number and disagree.
/// Numbers that are not figures (dates, clock times, labels, scores, calibres, numbers to call,
/// the count of an anonymous source) are skipped: ``NonFigure``. So are ordinals that look like
/// fractions: "the third quarter" is no 33 percent, "the first half" no 50.
/// Used on claims (extractor) and on source sentences (scorer), so both read numbers the same way.
public enum QuantityParser {
    /// The figures of `text`. A count that re-counts a list the sentence names ("three streets —
    /// Elm Row, …") is no figure (``NonFigure``); with `keepingRecounts` it is read, so that
    /// whether a sentence is a claim is decided as before that rule, and only the figures reported
    /// drop it. With `asReported` (the figures a claim reports, and only those) a group named by
    /// its ages ("over 65s") and the whole a share is counted out of ("half of the 30 hospitals")
    /// are left out too; the scorer reads them, since a source's whole can disagree with a claim's.
    public static func quantities(in text: String, keepingRecounts: Bool = false, asReported: Bool = false) -> [Quantity] {
        let tokens = QuantityToken.scan(text)
        var results: [Quantity] = []
        // Where the last figure read ended, for an equivalent written right after it.
        var lastEnd: Int?
        // Where the last figure that is no year ended: the ten words of an elided unit count from it.
        var measuredEnd: Int?
        let writesTonnes = text.lowercased().contains("tonne")
        // "rose from 6 per 100,000 in August to 67.3 in October": the rate a change starts from
        // gives its unit to the figure it changes to, written once.
        var changedFromRate: String?
        var index = 0
        while index < tokens.count {
            if isPartOfName(tokens, at: index, in: text) {
                index += 1
            } else if let (votes, next) = votes(tokens, at: index, in: text) {
                results += votes
                index = next
            } else if let next = NonFigure.end(of: tokens, at: index, in: text, droppingRecounts: !keepingRecounts, asReported: asReported) {
                index = next
            } else if let (parsed, next) = parse(tokens, at: index, in: text, asReported: asReported) {
                var quantity = parsed
                if writesTonnes, isWrittenInTons(quantity) { quantity.unit = "short-tons" }
                if let previous = results.last, let previousEnd = lastEnd, isEquivalent(tokens, previousEnd: previousEnd, start: index),
                   quantity.bound == .exact, let first = previous.unit, let second = quantity.unit, isConversion(first, second),
                   [.lower, .upper, .approximate].contains(previous.bound)
                {
                    quantity.bound = previous.bound
                }
                if let rate = changedFromRate, quantity.unit == nil, quantity.upperValue == nil,
                   tokens[safe: index - 1]?.text == "to"
                {
                    quantity.unit = rate
                }
                if asReported, let measured = results.last(where: { $0.unit != "calendar-year" }), let unit = measured.unit,
                   quantity.unit == nil, let previousEnd = measuredEnd,
                   carriesElidedUnit(tokens, at: index, end: next, previousEnd: previousEnd, previous: measured, value: quantity.value, in: text)
                {
                    quantity.unit = unit
                }
                if isBelowZero(tokens, start: index, quantity, in: text) { quantity.value = -quantity.value }
                changedFromRate = index >= 2 && tokens[index - 1].text == "from" && changeWords.contains(tokens[index - 2].text)
                    && quantity.unit?.hasPrefix("per ") == true ? quantity.unit : nil
                results.append(quantity)
                lastEnd = next
                if quantity.unit != "calendar-year" { measuredEnd = next }
                index = next
            } else {
                index += 1
            }
        }
        return results
    }

    /// "reached 44,900 megawatts, much lower than the 46,700 seen on Friday", "50,200 megawatts,
    /// followed by 2017 with 50,100": a unit written once for two amounts of one measure set
    /// against each other is the unit of both (the labels' rule). Only when the second amount has
    /// none of its own, stands right after a word setting it against the first
    /// (``isComparisonLink(_:at:)``, "the" between allowed) within ten words of the figure with the
    /// unit, is written in the same shape (grouped thousands both, or neither, with as many digits)
    /// and is within a factor of two of it, and neither "of", a capitalised word nor a content word
    /// in small letters follows it ("more than the 4,200 homes it powers" counts homes; "with 4,100
    /// of them exported" counts part of a whole; "than 300 Dutch farms" counts farms; a participle
    /// after it, "the 46,000 recorded", is left alone too, the price of not telling it from a noun).
    /// Not after a multiple: "3 times, against 2" stays.
    static func carriesElidedUnit(_ tokens: [QuantityToken], at index: Int, end: Int, previousEnd: Int, previous: Quantity, value: Double, in text: String) -> Bool {
        guard previous.unit != "times", previous.upperValue == nil, index - previousEnd <= 10, end == index + 1, tokens[index].isDigits,
              let previousNumber = previous.text.split(separator: " ").first(where: { $0.first?.isNumber == true })
        else { return false }
        let link = tokens[index - 1].text == "the" ? index - 2 : index - 1
        guard link >= previousEnd, isComparisonLink(tokens, at: link) else { return false }
        let written = tokens[index].text
        func shape(_ number: Substring) -> (Bool, Int) { (number.contains(","), number.filter(\.isNumber).count) }
        guard shape(Substring(written)) == shape(previousNumber), previous.value > 0,
              (0.5...2).contains(value / previous.value)
        else { return false }
        if let after = tokens[safe: end] {
            if after.text == "of" || text[after.range].first?.isUppercase == true
                || (isLowercaseWord(tokens, at: end, in: text) && !StopWords.contains(after.text))
            {
                return false
            }
        }
        return true
    }

    /// Whether the word at `link` sets the amount after it against an amount before: a marker of
    /// comparison ending there (``Lexicon/comparisonMarkers``: "than", "versus", "compared with"),
    /// "against" (``Lexicon/comparisonLinks``), "from" after a word of change ("down from",
    /// "fell from"), or "with" closing "followed by YEAR with". A bare "with" or "from" mostly
    /// joins a count of other things ("with 300 on board", "from 50 farms") and is no link.
    static func isComparisonLink(_ tokens: [QuantityToken], at link: Int) -> Bool {
        let word = tokens[link].text
        if Lexicon.comparisonLinks.contains(word) { return true }
        for marker in Lexicon.comparisonMarkers {
            let words = marker.split(separator: " ").map(String.init)
            let first = link - words.count + 1
            if first >= 0, words.indices.allSatisfy({ tokens[first + $0].text == words[$0] }) { return true }
        }
        if word == "from", link >= 1 {
            let before = tokens[link - 1].text
            return Lexicon.changeFromAdverbs.contains(before) || changeWords.contains(before)
        }
        if word == "with", link >= 3 {
            return tokens[link - 1].isDigits && tokens[link - 1].text.count == 4 && tokens[link - 2].text == "by"
                && tokens[link - 3].text == "followed"
        }
        return false
    }

    /// "minus 6 degrees", "negative three-point-two degrees Celsius": a sign word
    /// (``Lexicon/signWords``) right before a number in degrees puts it below zero, as a
    /// temperature or an angle is read aloud. Only degrees: elsewhere "negative" is mostly an
    /// adjective or a test result before a count ("tested negative 3 times", "negative 5-star
    /// reviews"), and a change says its direction with its verb, not a sign. A range keeps its
    /// ends as written (one sign word cannot say which end it belongs to). Two shapes of English
    /// use "minus" with no sign: a tolerance either way ("plus or minus 0.5 degrees",
    /// "plus-or-minus 2", "plus/minus 3": "plus" among the few words before it), and a subtraction
    /// right after another figure ("30 degrees minus 5 degrees", "1,500 minus 300": a number, "°"
    /// or a unit just before the sign word). After a comma the sign stands again ("10 degrees,
    /// minus 4 degrees with wind chill").
    static func isBelowZero(_ tokens: [QuantityToken], start: Int, _ quantity: Quantity, in text: String) -> Bool {
        guard quantity.unit == "degrees", quantity.upperValue == nil, quantity.value > 0, start > 0,
              Lexicon.signWords.contains(tokens[start - 1].text)
        else { return false }
        if tokens[max(0, start - 5)..<(start - 1)].contains(where: { $0.text == "plus" }) { return false }
        guard start >= 2 else { return true }
        return !isFigureEnd(tokens, at: start - 2, in: text)
    }

    /// Whether the token at `index` closes a figure: a number, "°", or a unit of one or two words
    /// right after one ("30 degrees", "1,500 degrees Celsius"), so that a word after it continues
    /// arithmetic on that figure ("… minus 5 degrees").
    static func isFigureEnd(_ tokens: [QuantityToken], at index: Int, in text: String) -> Bool {
        func isFigure(_ token: QuantityToken) -> Bool { token.isDigits || numberWords[token.text] != nil || token.text == "°" }
        if isFigure(tokens[index]) { return true }
        return [index, index - 1].contains { unitStart in
            guard unitStart >= 1, let (_, end) = unitPhrase(tokens, at: unitStart, in: text) else { return false }
            return end == index + 1 && isFigure(tokens[unitStart - 1])
        }
    }

    /// "more than 40 tonnes (44 tons)": a text that writes both "tonnes" and "tons" tells them
    /// apart, so its "tons" are short (US) tons, not a second figure in tonnes. Alone, "tons" stays
    /// tonnes: news uses it loosely for the metric ton.
    static func isWrittenInTons(_ quantity: Quantity) -> Bool {
        let text = quantity.text.lowercased()
        return quantity.unit == "tonnes" && (text.hasSuffix(" tons") || text.hasSuffix(" ton")) && !text.contains("metric")
    }

    /// Whether a figure in `second` after one in `first` can be the same amount converted: a
    /// different unit of the same dimension ("40 tonnes (44 short tons)", "51,200 KB/50 MB"). The
    /// same unit again is another figure ("below 2% (1.8%)", "at least 5 mg (10 mg for
    /// children)"), which the first one's bound does not cover.
    static func isConversion(_ first: String, _ second: String) -> Bool {
        guard first != second else { return false }
        func dimension(_ unit: String) -> String? {
            // "usd per kwh": the dimension of its head, over the same denominator.
            let words = unit.split(separator: " ", maxSplits: 1).map(String.init)
            guard let head = unitDimensions[words[0]] else { return nil }
            return words.count > 1 ? "\(head) \(words[1])" : head
        }
        guard let one = dimension(first), let other = dimension(second) else { return false }
        return one == other
    }

    /// Units grouped by what they measure, for ``isConversion(_:_:)``.
    static let unitDimensions: [String: String] = {
        let groups: [(String, [String])] = [
            ("mass", ["mg", "g", "kg", "lb", "tonnes", "short-tons", "mt", "gt"]),
            ("length", ["mm", "cm", "m", "km", "miles", "feet", "inches", "yards", "nm"]),
            ("volume", ["ml", "l", "gallons", "barrels"]),
            ("money", ["usd", "eur", "gbp", "cny", "jpy", "cents", "pence"]),
            ("data", ["kb", "mb", "gb", "tb"]),
            ("speed", ["mph", "kph"]),
            ("area", ["acres", "hectares", "km2", "m2", "mi2", "ft2"]),
            ("energy", ["kwh", "mwh", "gwh", "twh", "kcal"]),
            ("power", ["kw", "mw", "gw", "hp", "ps"]),
            ("time", ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"]),
        ]
        return Dictionary(groups.flatMap { group in group.1.map { ($0, group.0) } }, uniquingKeysWith: { first, _ in first })
    }()

    /// "over 51,200 KB/50 MB", "more than 40 tonnes (44 tons)": the same figure in another unit,
    /// after a slash or in brackets right after the first, is bounded as the first is.
    static func isEquivalent(_ tokens: [QuantityToken], previousEnd: Int, start: Int) -> Bool {
        start == previousEnd + 1 && ["/", "("].contains(tokens[safe: previousEnd]?.text ?? "")
    }

    /// Digits glued to a word are part of a name, not a number: "omega-3", "IL-6", "COVID-19", "CD4",
    /// "H2O". ("type 2", with a space, stays a number; so does the 7 of "3-7 hours".)
    static func isPartOfName(_ tokens: [QuantityToken], at index: Int, in text: String) -> Bool {
        guard tokens[index].isDigits, index > 0 else { return false }
        let previous = tokens[index - 1]
        guard glued(tokens, index - 1, index) else { return false }
        if !previous.isDigits, previous.text.first?.isLetter == true { return true }
        // "@1377 Apartments", "@user2020": a handle or a name written with an at sign.
        if previous.text == "@" { return true }
        // "BA.2", "v.4": a point between letters and digits, all glued, is a version or a variant
        // ("ca.30", "approx.30" abbreviate a bound: ``boundPhrases``).
        guard previous.text == "-" || previous.text == ".", index > 1 else { return false }
        let word = tokens[index - 2]
        if previous.text == ".", ["ca", "approx"].contains(word.text) { return false }
        // "sub-3-minute tracks": the prefix bounds the number (``boundPhrases``), no name.
        if previous.text == "-", word.text == "sub", subPrefixBounds(tokens, numberAt: index, in: text) { return false }
        return glued(tokens, index - 2, index - 1) && !word.isDigits && word.text.first?.isLetter == true
    }

    /// "a majority verdict of 10-2", "the council voted 7-2", "a 5-4 decision": a vote's two
    /// counts, each a figure an editor checks (a sports score is no figure: ``NonFigure``).
    static func votes(_ tokens: [QuantityToken], at index: Int, in text: String) -> ([Quantity], Int)? {
        guard tokens[index].isDigits, let dash = tokens[safe: index + 1], ["-", "–", "—"].contains(dash.text),
              let second = tokens[safe: index + 2], second.isDigits,
              glued(tokens, index, index + 1), glued(tokens, index + 1, index + 2),
              tokens[index].text.count <= 3, second.text.count <= 3,
              let yes = Double(tokens[index].text), let no = Double(second.text), yes >= no
        else { return nil }
        let before = tokens[safe: index - 1]?.text == "of" || tokens[safe: index - 1]?.text == "by" ? index - 2 : index - 1
        guard voteWordsBefore.contains(tokens[safe: before]?.text ?? "") || voteWordsAfter.contains(tokens[safe: index + 3]?.text ?? "")
        else { return nil }
        return ([
            Quantity(text: slice(text, tokens, index, index), value: yes, unit: nil, bound: .exact),
            Quantity(text: slice(text, tokens, index + 2, index + 2), value: no, unit: nil, bound: .exact),
        ], index + 3)
    }

    static let voteWordsBefore: Set<String> = ["verdict", "vote", "voted", "votes", "ruled", "split", "majority"]
    static let voteWordsAfter: Set<String> = ["vote", "votes", "verdict", "decision", "ruling", "majority"]

    // MARK: - Grammar

    /// Whether a bound of ages follows at `index`: "or older", "or younger", "and over" ("aged 18
    /// years *or older*").
    static func isAgeBoundAfter(_ tokens: [QuantityToken], at index: Int) -> Bool {
        guard let joiner = tokens[safe: index]?.text, let word = tokens[safe: index + 1]?.text else { return false }
        if joiner == "or" { return Lexicon.orMoreWords.contains(word) || Lexicon.orLessWords.contains(word) }
        return joiner == "and" && Lexicon.andMoreWords.contains(word)
    }

    /// Tries to read one quantity starting at `start`; returns it and the index after it
    /// (`asReported` as in ``quantities(in:keepingRecounts:asReported:)``).
    static func parse(_ tokens: [QuantityToken], at start: Int, in text: String, asReported: Bool = false) -> (Quantity, Int)? {
        var index = start
        var bound = Quantity.Bound.exact
        var inclusive = false
        var isRangeBetween = false
        if let (phraseBound, next) = boundPhrase(tokens, at: index) {
            let phrase = tokens[index..<next].map(\.text).joined(separator: " ")
            guard boundHolds(phrase, tokens, numberAt: next, in: text) else { return nil }
            bound = phraseBound
            inclusive = inclusiveBounds.contains(phrase)
            index = next
            // "up to a 90 percent tax break": the article belongs to the noun after the figure.
            if Lexicon.indefiniteArticles.contains(tokens[safe: index]?.text ?? ""), tokens[safe: index + 1]?.isDigits == true { index += 1 }
            // "within just 48 hours", "up to only 5 seats": an insisting adverb between the bound and
            // its number stresses the number; the bound still holds it.
            if Lexicon.insistingAdverbs.contains(tokens[safe: index]?.text ?? ""), let next = tokens[safe: index + 1],
               next.isDigits || numberWords[next.text] != nil
            {
                index += 1
            }
            // "roughly every 3.4 months", "about every 10 days": the bound is on the interval.
            if bound == .approximate, Lexicon.distributiveDeterminers.contains(tokens[safe: index]?.text ?? ""),
               tokens[safe: index + 1]?.isDigits == true
            {
                index += 1
            }
        } else if tokens[index].text == "between" {
            isRangeBetween = true
            index += 1
        } else if let looser = boundBefore(tokens, at: index) {
            bound = looser
        }
        var unit: String?
        if index < tokens.count, let currency = currencySymbol(tokens[index].text, in: text) {
            unit = currency
            index += 1
        }
        // Whole-word multipliers: "twice", "doubles", "tripled", "tenfold".
        // "double-digit growth", "double-down on", "a double-decker": a compound, no multiplier.
        // A fold word stays one before its hyphen: "a threefold-higher risk", "a tenfold-increased dose".
        let compound = tokens[safe: index + 1]?.text == "-" && index + 1 < tokens.count
            && glued(tokens, index, index + 1)
            && foldWord(tokens[index].text) == nil
        // "double standards", "triple digits", "two triples": an adjective before a noun, or a noun
        // counted, names a kind; no multiplier a claim reports (the decision still reads it).
        if asReported, unit == nil, index < tokens.count, isMultiplierNamingAKind(tokens, at: index, in: text) { return nil }
        if unit == nil, index < tokens.count, !compound, let factor = multiplierWords[tokens[index].text] ?? foldWord(tokens[index].text) {
            let quantity = Quantity(
                text: slice(text, tokens, start, index), value: factor, unit: "times", bound: bound)
            return (quantity, index + 1)
        }
        // A date, a label, a score … after a bound word or a currency sign is still none.
        if index < tokens.count, index > start, NonFigure.end(of: tokens, at: index, in: text, asReported: asReported) != nil { return nil }
        // "a half century", "half a century", "a quarter century": a period, not a share.
        if unit == nil, let (amount, periodUnit, next) = fractionOfPeriod(tokens, at: index) {
            return (Quantity(text: slice(text, tokens, start, next - 1), value: amount, unit: periodUnit, bound: bound), next)
        }
        // "a year and a half", "an hour and a half": one unit and half of another.
        if unit == nil, let (amount, named, next) = unitAndAHalf(tokens, at: index, in: text) {
            return (Quantity(text: slice(text, tokens, start, next - 1), value: amount, unit: named, bound: bound), next)
        }
        // "half a million", "a quarter of a billion": a share of a scale is a count.
        if let (amount, afterScale) = fractionOfScale(tokens, at: index) {
            let (named, next) = unit == nil ? unitPhrase(tokens, at: afterScale, in: text) ?? (nil, afterScale) : (unit, afterScale)
            return (Quantity(text: slice(text, tokens, start, next - 1), value: amount, unit: named, bound: bound), next)
        }
        guard index < tokens.count, let (firstValue, next, isFraction) = number(tokens, at: index) else { return nil }
        var value = firstValue
        let numberStart = index
        index = next
        // "2.5 million"; after a currency, the newsroom's "$5m", "£2bn", "$40k".
        var firstScaled = false
        if index < tokens.count, let scale = scales[tokens[index].text] ?? (unit != nil ? moneyScale(tokens, at: index) : countScale(tokens, at: index)) {
            value *= scale
            index += 1
            firstScaled = true
        } else if let scale = hyphenScale(tokens, at: index) {
            // "$1.2-billion", "a 2.5-million budget": the scale joined by a hyphen.
            value *= scale
            index += 2
            firstScaled = true
        }
        if isFraction {
            return (Quantity(text: slice(text, tokens, start, index - 1), value: value, unit: "percent", bound: bound), index)
        }
        // "the 1,000-plus-page memoir", "a 20-plus year career": at least the figure.
        if bound == .exact, tokens[safe: index]?.text == "-", tokens[safe: index + 1]?.text == "plus",
           glued(tokens, index - 1, index), glued(tokens, index, index + 1)
        {
            bound = .lower
            index += 2
        }
        // "eight in ten", "1 out of 5"
        if let (denominator, afterRatio) = ratioDenominator(tokens, at: index), denominator > 0 {
            // "in forty-two out of forty-two cases", "12 of 12 tests": every one of them is a tally,
            // and the figure a claim reports is the count (the labels' "X out of Y counts X"), not
            // "100 percent", which the sentence never states. A share below the whole ("two out of
            // three voters") stays a share, and so does a rating ("5 out of 5 stars",
            // ``Lexicon/ratingNouns``) or a tally beside another ratio read as a share ("from 7 out
            // of 10 to 10 out of 10"): the two are the same measure.
            if asReported, denominator == value, bound == .exact,
               tokens[safe: afterRatio].map({ Lexicon.ratingNouns.contains($0.text) }) != true,
               !hasShareRatio(tokens, besides: numberStart)
            {
                return (Quantity(text: slice(text, tokens, start, afterRatio - 1), value: value, unit: nil, bound: bound), afterRatio)
            }
            let percent = ratioPercent(value, denominator)
            if asReported, let (upper, afterUpper) = upperRatio(tokens, at: afterRatio, start: start), upper > percent {
                var range = Quantity(text: slice(text, tokens, start, afterUpper - 1), value: percent, unit: "percent", bound: .range)
                range.upperValue = upper
                return (range, afterUpper)
            }
            return (Quantity(text: slice(text, tokens, start, afterRatio - 1), value: percent, unit: "percent", bound: bound), afterRatio)
        }
        var upperValue: Double?
        // "between 5% and 10%", "5%-10%": the unit written on both ends of a range.
        if unit == nil, let (bothEnds, afterUnit) = unitPhrase(tokens, at: index, in: text),
           let join = tokens[safe: afterUnit]?.text,
           isRangeBetween ? join == "and" : ["-", "–"].contains(join) || (join == "to" && primeUnits[tokens[afterUnit - 1].text] != nil),
           afterUnit + 1 < tokens.count, let (_, afterUpper, _) = number(tokens, at: afterUnit + 1),
           unitPhrase(tokens, at: afterUpper, in: text)?.0 == bothEnds
        {
            unit = bothEnds
            index = afterUnit
        }
        // "3 to 7", "3-7", "one-to-seven", "between 3 and 7", "two or three years"
        var joiner = isRangeBetween
            ? (tokens[safe: index]?.text == "and" ? 1 : 0) : rangeJoinerLength(tokens, at: index, in: text)
        if joiner == 0, !isRangeBetween, unit == nil, alternativeUpper(tokens, at: index, after: value, in: text) { joiner = 1 }
        // "$350 to $600": the currency may be written again on the upper end.
        let upperStart = index + joiner + (unit != nil && currencySymbol(tokens[safe: index + joiner]?.text ?? "", in: text) == unit ? 1 : 0)
        if joiner > 0, upperStart < tokens.count,
           let (upper, afterUpper, _) = number(tokens, at: upperStart)
        {
            upperValue = upper
            index = afterUpper
            if index < tokens.count, let scale = scales[tokens[index].text] ?? (unit != nil ? moneyScale(tokens, at: index) : countScale(tokens, at: index)) {
                upperValue! *= scale
                index += 1
                // "$40-50 billion", "between 2 and 3 million": the scale written once covers both
                // ends, unless the first end is already larger ("500 to 1 million").
                if !firstScaled, value <= upper { value *= scale }
            }
            // "a 2-to-1 ratio", "a 3-to-2 margin": a ratio, not a range (a range runs upward).
            if value > upper, ratioNouns.contains(tokens[safe: index]?.text ?? "") {
                let ratio = (value / upper * 100).rounded() / 100
                return (Quantity(text: slice(text, tokens, start, index - 1), value: ratio, unit: "times", bound: bound), index)
            }
            bound = .range
            // "increased from 84 to 108 per 100,000": a change between two rates, each a figure the
            // claim reports (the rate's base written once covers both), not a range of one. Only
            // for the reported figures: the scorer checks the change as one range, since a source
            // that gives the end point ("reached 108 per 100,000, up from 84") never states the
            // starting figure in the same shape, and a lone 84 would contradict it.
            if asReported, numberStart >= 2, tokens[numberStart - 1].text == "from",
               changeWords.contains(tokens[numberStart - 2].text),
               let (base, _) = rateBase(tokens, at: index, in: text)
            {
                let rate = unit.map { "\($0) \(base)" } ?? base
                return (Quantity(text: slice(text, tokens, start, numberStart), value: value, unit: rate, bound: .exact), upperStart)
            }
            // "between 2014 and 2021", "2011-12": a span of years dates something; it is no range figure.
            if unit == nil, let years = yearSpan(tokens, first: numberStart, upper: upperStart),
               !measuredAfterRange(tokens, at: index, rangeStart: numberStart, in: text)
            {
                var span = Quantity(text: slice(text, tokens, start, index - 1), value: years.0, unit: "calendar-year", bound: .range)
                span.upperValue = years.1
                return (span, index)
            }
        } else if isRangeBetween {
            return nil
        }
        // "16-inch", "a 300-yard drive", "a 7-fold rise", "a 14-day quarantine": a unit joined by a hyphen.
        var hyphenUnit = tokens[safe: index]?.text == "-" ? unitPhrase(tokens, at: index + 1, in: text) : nil
        // "a 24-pc tool set": "pc" joined by a hyphen before a noun counts pieces ("4pc" is percent).
        if let (_, afterUnit) = hyphenUnit, tokens[index + 1].text == "pc", let noun = tokens[safe: afterUnit],
           text[noun.range].first?.isLowercase == true
        {
            hyphenUnit = ("pieces", afterUnit)
        }
        // "a 65-year-old" is an age, a bare count (as "aged 65"); "a 60-minute ride", "a 14-day
        // quarantine" and "a six-month contract" last that long.
        if let (unitName, afterUnit) = hyphenUnit, timeUnits.contains(unitName),
           tokens[safe: afterUnit]?.text == "-", ["old", "olds"].contains(tokens[safe: afterUnit + 1]?.text ?? "")
        {
            return (Quantity(text: slice(text, tokens, start, index - 1), value: value, unit: nil, bound: bound), afterUnit + 2)
        }
        let hyphenated = hyphenUnit != nil
        // "zero-hours contracts", "zero-emission buses": a kind of thing, nothing counted.
        if hyphenated, tokens[numberStart].text == "zero" { return nil }
        // "20 more years", "three straight seasons": a word between the number and its unit.
        let unitStart = hyphenated ? index + 1
            : (unitGapWords.contains(tokens[safe: index]?.text ?? "") && unitPhrase(tokens, at: index + 1, in: text) != nil ? index + 1 : index)
        if let (unitName, afterUnit) = hyphenUnit ?? unitPhrase(tokens, at: unitStart, in: text) {
            if unit == nil { unit = unitName }
            index = afterUnit
        } else if unit == nil, upperValue == nil, bound == .exact || isDatedApproximately(tokens, start: start, bound: bound, number: numberStart, in: text),
                  isYear(tokens, at: numberStart, in: text)
        {
            unit = "calendar-year"
        }
        // "at age 65 years", "aged 55 to 75 years", "at ages 18 years or older": in the figures a
        // claim reports, the years after a word naming an age are that age, a bare count as in
        // "aged 65" (the labels' rule: ages carry no unit). Only there: the scorer compares "aged
        // 40 years" with "aged 50 years" as years, and a bare count would meet its looser
        // tolerance. "The wine ages 8 years" (a verb: "ages" only after "at", "between", "of") and
        // "the average age 10 years ago" (a stretch of time) keep their years. "Aged" is also what
        // a cask does to whisky ("aged 12 years in oak"), so after it only a group's span or bound
        // of ages is one ("aged 40 to 49 years", "aged 18 years or older"), which a cask never has.
        if asReported, unit == "years", let ageWord = tokens[safe: start - 1]?.text, Lexicon.ageWords.contains(ageWord),
           ageWord != "ages" || Lexicon.agesOpeners.contains(tokens[safe: start - 2]?.text ?? ""),
           ageWord != "aged" || upperValue != nil || isAgeBoundAfter(tokens, at: index),
           !Lexicon.yearsElapsedFollowers.contains(tokens[safe: index]?.text ?? "")
        {
            unit = nil
        }
        // "2 GB/s", "300 MB/s": a unit of data over a unit of time is a transfer rate, "gb per
        // seconds". Only data: read for every unit, abstracts' "10 mg/d" stopped matching claims'
        // "10 mg a day" (SciFact tune fell; `Sources/TextAnalysis/README.md`, "Session 12").
        if let measure = unit, unitDimensions[measure] == "data", let (time, after) = slashTime(tokens, at: index, in: text) {
            unit = "\(measure) per \(time)"
            index = after
        }
        // "1.1 Tb per square inch", "200 terawatt hours of power per year": a measure per unit of time
        // or area is a rate or a density, and keeps what it is per (session 18).
        if asReported, let measure = unit, upperValue == nil, let (rate, after) = measurePer(tokens, at: index, measure: measure, in: text) {
            unit = rate
            index = after
        }
        // "12 per 100,000 people", "one death per 10 patients", "5 litres per 100 km": a rate keeps
        // what it is counted out of in its unit, so "per 100,000" and "per 1,000" stay apart.
        let countedNoun = unit == nil && upperValue == nil && isLowercaseWord(tokens, at: index, in: text)
            && tokens[safe: index + 1]?.text == "per" ? 1 : 0
        if let (base, after) = rateBase(tokens, at: index + countedNoun, in: text) {
            unit = unit.map { "\($0) \(base)" } ?? base
            index = after
        }
        // "One of the biggest advantages", "two of them": a number word with nothing to measure is
        // an expression, not a quantity. Digits always count ("1,200 participants").
        // Part of a counted whole is a figure ("four of the five participants"), and so is a
        // lone one an adverb insists on ("only one city").
        // "Nine of 10 dentists", "two of three adults": a count out of a whole written as a number
        // is a figure too, as "9 of 10" is (``NonFigures/denominatorOfCount(_:at:)`` drops the 10).
        let isNumber = { (token: QuantityToken?) in token.map { $0.isDigits || numberWords[$0.text] != nil } ?? false }
        // "three of which were …", "four of those boards": of a set the text named before, a count
        // of two or more is a figure too (a lone "one of which" stays none: the check below).
        let ofNamedSet = countOfNamedSet(tokens, numberStart: numberStart, ofAt: index)
        let partOfCount = tokens[safe: index]?.text == "of"
            && (tokens[safe: index + 1]?.text == "the" && isNumber(tokens[safe: index + 2]) || isNumber(tokens[safe: index + 1])
                || ofNamedSet)
        let insisted = numberStart > 0 && Lexicon.insistingAdverbs.contains(tokens[numberStart - 1].text)
        if !tokens[numberStart].isDigits, unit == nil, upperValue == nil, bound == .exact,
           (value < 2 && !insisted) || (tokens[safe: index]?.text == "of" && !partOfCount)
        {
            return nil
        }
        // "6ft 2in", "5 feet 10 inches": one height, in feet.
        if unit == "feet", upperValue == nil, let inches = tokens[safe: index], inches.isDigits, let extra = Double(inches.text),
           extra < 12, ["in", "ins", "inches", "inch"].contains(tokens[safe: index + 1]?.text ?? "")
        {
            value += extra / 12
            index += 2
        } else if unit == "feet", hyphenated, upperValue == nil, tokens[safe: index]?.text == "-",
                  let inches = tokens[safe: index + 1],
                  inches.isDigits, let extra = Double(inches.text), extra < 12, !inches.text.contains("."),
                  glued(tokens, index - 1, index), glued(tokens, index, index + 1)
        {
            // "the 7-foot-3 centre": a height in feet and inches, all joined by hyphens.
            value += extra / 12
            index += 2
        }
        // "$0.12 per kWh", "$80 a barrel", "$15 an hour": money is priced per something.
        if let currency = unit, moneyUnits.contains(currency), let (denominator, after) = perDenominator(tokens, at: index, in: text) {
            unit = "\(currency) per \(denominator)"
            index = after
        }
        // "50% or more", "two hours or less": a comparative after "or" bounds the figure before it.
        if bound == .exact, upperValue == nil, tokens[safe: index]?.text == "or", let word = tokens[safe: index + 1]?.text {
            if Lexicon.orMoreWords.contains(word) {
                bound = .lower
                inclusive = true
                index += 2
            } else if Lexicon.orLessWords.contains(word) {
                bound = .upper
                inclusive = true
                index += 2
            }
        }
        // "170 coins and counting": still rising past the figure, so at least it; only where the
        // clause ends after "counting" (not "and counting votes").
        let counting = tokens[safe: index]?.text == "and" ? index : (isLowercaseWord(tokens, at: index, in: text) ? index + 1 : nil)
        if bound == .exact, upperValue == nil, let and = counting, tokens[safe: and]?.text == "and", tokens[safe: and + 1]?.text == "counting",
           !isLowercaseWord(tokens, at: and + 2, in: text)
        {
            bound = .lower
            inclusive = true
        }
        // "exceeded 3 times" counts occasions; the verb bounds no figure of times.
        if unit == "times", exceedVerbs.contains(tokens[start].text) {
            bound = .exact
            inclusive = false
        }
        // "topped 12 national charts": a count of things beaten, no floor (``measureExceedVerbs``).
        if measureExceedVerbs.contains(tokens[start].text), unit == nil || unit == "calendar-year", countsThings(tokens, at: index, in: text) {
            bound = .exact
            inclusive = false
        }
        // "aged 65 and older", "children 5 and over": a floor that includes its figure, as "or older"
        // is. Not "2% and over the next decade": "over" must not open a noun phrase.
        if bound == .exact, upperValue == nil, tokens[safe: index]?.text == "and", let word = tokens[safe: index + 1]?.text,
           Lexicon.andMoreWords.contains(word), !Lexicon.nounPhraseOpeners.contains(tokens[safe: index + 2]?.text ?? "")
        {
            bound = .lower
            inclusive = true
            index += 2
        }
        var quantity = Quantity(text: slice(text, tokens, start, index - 1), value: value, unit: unit, bound: bound, inclusive: inclusive)
        quantity.upperValue = upperValue
        return (quantity, index)
    }

    /// "two or three years", "5 or 6 days", "1 or 2 tablets": a number, "or" and a larger number of
    /// the same kind (digits or words), then a unit or a counted noun, name a range, as "two to
    /// three years" does. "type 1 or 2 diabetes" (a label, nothing counted: the noun after is
    /// singular) and "3 or more" are left alone: the second must be larger, a number, and count.
    static func alternativeUpper(_ tokens: [QuantityToken], at index: Int, after value: Double, in text: String) -> Bool {
        guard tokens[safe: index]?.text == "or", let first = tokens[safe: index - 1], let second = tokens[safe: index + 1],
              first.isDigits == second.isDigits, let (upper, afterUpper, isFraction) = number(tokens, at: index + 1), !isFraction,
              upper > value,
              // "type 1 or 2 diabetes", "stage 2 or 3 tumours": labels of a kind, whatever follows.
              !Lexicon.labelNouns.union(["type", "types"]).contains(tokens[safe: index - 2]?.text ?? "")
        else { return false }
        return unitPhrase(tokens, at: afterUpper, in: text) != nil || countedNounFollows(tokens, at: afterUpper, in: text)
    }

    /// "in about 1868", "since around 1900", "from circa 1850": a year written with a word of
    /// approximation is still a date after a word of time, but not before what it counts: "in
    /// about 2000 patients", "in about 1900 cases".
    static func isDatedApproximately(_ tokens: [QuantityToken], start: Int, bound: Quantity.Bound, number: Int, in text: String) -> Bool {
        guard bound == .approximate, !countedNounFollows(tokens, at: number + 1, in: text) else { return false }
        if tokens[start].text == "circa" { return true }
        return start > 0 && yearPrepositions.contains(tokens[start - 1].text)
    }

    static let yearPrepositions = Set(Lexicon.yearPrepositions)
    static let irregularPeopleNouns = Set(Lexicon.irregularPeopleNouns)

    /// A noun a number counts at `index`: a plural ("patients", "cases", "people"), a scale or a
    /// unit. A singular noun ("1761 work", "type 2 diabetes") is no count.
    static func countedNounFollows(_ tokens: [QuantityToken], at index: Int, in text: String) -> Bool {
        guard let next = tokens[safe: index], next.text.first?.isLetter == true else { return false }
        return (next.text.hasSuffix("s") && !next.text.hasSuffix("ss") && next.text.count > 2) || scales[next.text] != nil
            || unitPhrase(tokens, at: index, in: text) != nil || irregularPeopleNouns.contains(next.text)
    }

    /// The years a four-digit number is read as whatever surrounds it: 1800 to 2100.
    static let calendarYears: ClosedRange<Double> = 1800...2100

    /// Whether `written` is four digits within ``calendarYears`` ("the 2020 budget", "Health 2000").
    static func isCalendarYear(_ written: String) -> Bool {
        written.count == 4 && written.allSatisfy({ $0.isASCII && $0.isNumber }) && Double(written).map(calendarYears.contains) == true
    }

    /// A calendar year: four digits from 1800 to 2100, or an older one (from 1000) that is dated
    /// ("in 1761", "a 1761 work") rather than counting something ("in 1500 patients").
    static func isYear(_ tokens: [QuantityToken], at index: Int, in text: String) -> Bool {
        let token = tokens[index]
        guard token.isDigits, token.text.count == 4, let value = Double(token.text) else { return false }
        if calendarYears.contains(value) { return true }
        // Not after "of" or "by": "a total of 1500", "fell by 1200" count.
        guard value >= 1000, index > 0, ["in", "since", "until", "from", "circa", "a", "the"].contains(tokens[index - 1].text)
        else { return false }
        guard let next = tokens[safe: index + 1], next.text.first?.isLetter == true else { return true }
        return !next.text.hasSuffix("s") && !countedNounFollows(tokens, at: index + 1, in: text)
    }

    /// "two and a half", "3 and a half": the half after a whole number.
    static func andAHalf(_ tokens: [QuantityToken], at index: Int) -> Double {
        guard tokens[safe: index]?.text == "and", Lexicon.indefiniteArticles.contains(tokens[safe: index + 1]?.text ?? ""),
              tokens[safe: index + 2]?.text == "half" else { return 0 }
        return 0.5
    }

    /// "one-and-a-half", "a two-and-a-half-year sentence": the half joined to a number word by
    /// hyphens, every piece glued, as a compound before a noun is written. Returns the index
    /// after "half"; nil for a spaced "and a half" (``andAHalf(_:at:)`` reads that) and for any
    /// other word after the article ("two-and-a-bit", "one-and-all").
    static func hyphenatedAndAHalf(_ tokens: [QuantityToken], at index: Int) -> Int? {
        let pieces: [Set<String>] = [["-"], ["and"], ["-"], Lexicon.indefiniteArticles, ["-"], ["half"]]
        for (offset, piece) in pieces.enumerated() {
            guard let token = tokens[safe: index + offset], piece.contains(token.text), glued(tokens, index + offset - 1, index + offset)
            else { return nil }
        }
        return index + pieces.count
    }

    /// A bound written a few words before the number: "an estimated net worth of $186 billion",
    /// and speech's "it's like 60%".
    static func boundBefore(_ tokens: [QuantityToken], at index: Int) -> Quantity.Bound? {
        if index >= 2, tokens[index - 1].text == "like", beForms.contains(tokens[index - 2].text) { return .approximate }
        guard index >= 3, tokens[index - 1].text == "of" else { return nil }
        var cursor = index - 2
        while cursor >= max(0, index - 5), tokens[cursor].text.first?.isLetter == true {
            if tokens[cursor].text == "estimated" { return .approximate }
            cursor -= 1
        }
        return nil
    }

    /// Words that count by the dozen, hundred, thousand …; plural, they stand for a count alone
    /// ("*millions* believe …"), which the attribution parser reads as no source.
    public static let countingWords: Set<String> = ["dozen", "hundred", "thousand", "million", "billion", "trillion"]

    static let beForms: Set<String> = ["s", "is", "was", "are", "were", "be", "been"]

    /// The finite forms of "exceed", a floor before a figure ("exceeds 2 metres") unless passive
    /// or counting times, and of the verbs that exceed a measured amount only (``measureExceedVerbs``).
    static let exceedVerbs: Set<String> = Set(["exceeds", "exceeded", "exceed"]).union(measureExceedVerbs)

    /// Whether the words at `index`, right after a figure with no unit, are the things it counts:
    /// a plural noun, after at most one adjective ("12 national charts", "3 former champions").
    /// "6 million for a second week" and "6 million last year" count nothing named.
    static func countsThings(_ tokens: [QuantityToken], at index: Int, in text: String) -> Bool {
        guard let wordNet = try? WordNet.shared() else { return false }
        for offset in 0..<2 {
            guard isLowercaseWord(tokens, at: index + offset, in: text) else { return false }
            let word = tokens[index + offset].text
            if word.hasSuffix("s"), !word.hasSuffix("ss"), wordNet.partsOfSpeech(of: word).contains(.noun) { return true }
            guard offset == 0, wordNet.partsOfSpeech(of: word).contains(.adjective), !Lexicon.timeDeterminers.contains(word) else { return false }
        }
        return false
    }

    /// "topped 20 percent", "surpassed 2 metres", "topped $6 million": a floor when the figure is
    /// a measured amount (a unit, a percentage, money). Before a count of things ("topped 12
    /// national charts", "surpassed 3 former champions") they rank or beat, and the figure is exact.
    static let measureExceedVerbs: Set<String> = ["topped", "tops", "surpassed", "surpasses"]

    /// Words that may stand between a number and its unit: "20 more years", "two straight days".
    static let unitGapWords: Set<String> = ["more", "additional", "extra", "further", "straight", "consecutive", "full"]

    /// "a half century", "half a century", "a quarter century", "half a decade", "half an hour":
    /// a share of a period is a period (in years, or minutes for an hour); "half a percent" and
    /// "half a percentage point" are 0.5 of their unit.
    static func fractionOfPeriod(_ tokens: [QuantityToken], at index: Int) -> (Double, String, Int)? {
        var cursor = index
        if ["a", "an", "one"].contains(tokens[safe: cursor]?.text ?? "") { cursor += 1 }
        guard let word = tokens[safe: cursor]?.text, ["half", "quarter"].contains(word) else { return nil }
        cursor += 1
        if word == "half", Lexicon.indefiniteArticles.contains(tokens[safe: cursor]?.text ?? "") { cursor += 1 }
        let share = word == "half" ? 0.5 : 0.25
        // "half a percentage point", "half a percent": a share of one point is a figure in points,
        // 0.5, not half of a whole (50 percent).
        if tokens[safe: cursor]?.text == "percentage", ["point", "points"].contains(tokens[safe: cursor + 1]?.text ?? "") {
            return (share, "percentage-points", cursor + 2)
        }
        if tokens[safe: cursor]?.text == "percent" { return (share, "percent", cursor + 1) }
        guard let period = tokens[safe: cursor]?.text, let (length, unit) = periodLengths[period] else { return nil }
        return (share * length, unit, cursor + 1)
    }

    /// "a year and a half", "one hour and a half": "a", "an" or "one", a unit in the singular, then
    /// "and a half" is one and a half of that unit. Read word by word it was "a half", 50 percent.
    static func unitAndAHalf(_ tokens: [QuantityToken], at index: Int, in text: String) -> (Double, String, Int)? {
        guard Lexicon.singleUnitWords.contains(tokens[safe: index]?.text ?? ""),
              let (unit, afterUnit) = unitPhrase(tokens, at: index + 1, in: text), afterUnit == index + 2,
              andAHalf(tokens, at: afterUnit) > 0 else { return nil }
        return (1.5, unit, afterUnit + 3)
    }

    /// "half a million", "a quarter million", "a quarter of a billion", "half a billion dollars".
    static func fractionOfScale(_ tokens: [QuantityToken], at index: Int) -> (Double, Int)? {
        var cursor = index
        if ["a", "an", "one"].contains(tokens[safe: cursor]?.text ?? "") { cursor += 1 }
        guard let word = tokens[safe: cursor]?.text, let denominator = ["half": 2.0, "quarter": 4.0][word] else { return nil }
        cursor += 1
        if tokens[safe: cursor]?.text == "of" { cursor += 1 }
        if Lexicon.indefiniteArticles.contains(tokens[safe: cursor]?.text ?? "") { cursor += 1 }
        guard let scale = tokens[safe: cursor].flatMap({ scales[$0.text] }), scale >= 1_000_000 else { return nil }
        return (scale / denominator, cursor + 1)
    }

    /// A period's length in the unit its share is counted in: "half a century" is 50 years, "half
    /// an hour" 30 minutes, "half a year" 0.5 years (not 50 percent), "a quarter year" 0.25 years.
    static let periodLengths: [String: (Double, String)] = [
        "century": (100, "years"), "decade": (10, "years"), "hour": (60, "minutes"),
        "year": (1, "years"), "month": (1, "months"), "week": (1, "weeks"), "day": (1, "days"),
    ]

    /// Both ends of a range as years, when they are a span of years: "2014 to 2021" (four digits
    /// each, in order) or "2011-12" (a season or fiscal year, the second written short).
    static func yearSpan(_ tokens: [QuantityToken], first: Int, upper: Int) -> (Double, Double)? {
        func year(_ index: Int) -> Double? {
            guard let token = tokens[safe: index], token.isDigits, token.text.count == 4, let value = Double(token.text),
                  calendarYears.contains(value) else { return nil }
            return value
        }
        guard let start = year(first), let end = tokens[safe: upper], end.isDigits, tokens[safe: upper + 1].map({ !$0.isDigits }) ?? true else { return nil }
        if let full = year(upper), full > start { return (start, full) }
        if end.text.count == 2, let short = Double(end.text), tokens[first + 1].text == "-",
           short == (start + 1).truncatingRemainder(dividingBy: 100)
        {
            return (start, start + 1)
        }
        return nil
    }

    /// "between 1800 and 2000 mg", "1800-2000 calories", "grew from 1850 to 2040 pupils": a unit or
    /// a counted noun (a plural) after a range of year-sized numbers makes it a figure. A span of
    /// years that opens the sentence may still be followed by its subject ("From 2015 to 2020
    /// sales rose"), so there only a unit decides.
    static func measuredAfterRange(_ tokens: [QuantityToken], at index: Int, rangeStart: Int, in text: String) -> Bool {
        if unitPhrase(tokens, at: index, in: text) != nil { return true }
        guard let noun = tokens[safe: index], !noun.isDigits, text[noun.range].first?.isLowercase == true else { return false }
        let plural = (noun.text.hasSuffix("s") && !noun.text.hasSuffix("ss") && noun.text.count > 3)
            || ["people", "men", "women", "children", "staff"].contains(noun.text)
        guard plural else { return false }
        let opener = ["from", "between"].contains(tokens[safe: rangeStart - 1]?.text ?? "") ? rangeStart - 1 : rangeStart
        return !TokenReader(tokens: tokens, text: text).startsClause(opener)
    }

    /// Whether a bound phrase ("about", "more than", "up to") ends just before `index`.
    static func boundEnds(_ tokens: [QuantityToken], before index: Int) -> Bool {
        for start in max(0, index - 4)..<index {
            if let (_, end) = boundPhrase(tokens, at: start), end == index { return true }
        }
        return false
    }

    /// Whether a bound phrase that bounds only some figures bounds the one at `numberAt` (after an
    /// article or an insisting adverb). "starting at" bounds a price ("starting at $499"), not a
    /// count or a measure where a start is meant ("starting at 3 strokes behind"). "within" bounds a
    /// span ("within 48 hours"), not a year ("within 2021 alone"), a name ("within 10 Downing
    /// Street") or a part of a whole ("within 3 of the 5 regions"). "sub-" bounds a price or a
    /// measure ("sub-$500", "sub-3-minute"), not a bare number ("sub-6", a band's name).
    static func boundHolds(_ phrase: String, _ tokens: [QuantityToken], numberAt start: Int, in text: String) -> Bool {
        var index = start
        if Lexicon.indefiniteArticles.contains(tokens[safe: index]?.text ?? "") || Lexicon.insistingAdverbs.contains(tokens[safe: index]?.text ?? "") {
            index += 1
        }
        switch phrase {
        case "starting at":
            if tokens[safe: index].map({ currencySymbol($0.text, in: text) != nil }) == true { return true }
            return unitPhrase(tokens, at: index + 1, in: text).map { moneyUnits.contains($0.0) } ?? false
        case "within":
            guard let number = tokens[safe: index] else { return false }
            if number.isDigits, isCalendarYear(number.text) { return false }
            if tokens[safe: index + 1]?.text == "of" { return false }
            if let next = tokens[safe: index + 1], text[next.range].first?.isUppercase == true { return false }
            return true
        case "sub -":
            return tokens[safe: index].map { currencySymbol($0.text, in: text) != nil } == true
                || subPrefixBounds(tokens, numberAt: index, in: text)
        case "over":
            return !governedAfterOver(tokens, numberAt: index, in: text)
        case "more like":
            return !resemblanceAfterMoreLike(tokens, numberAt: index)
        default:
            return true
        }
    }

    /// Whether the number word at `numberStart`, with "of" at `ofAt`, counts part of a set the text
    /// named before: "of" and a relative or referring pronoun ("four of which were based abroad",
    /// "three of those boards"). Not before a superlative ("two of its biggest advantages" ranks,
    /// as "two of the biggest" does), and not a relative pronoun that opens its sentence ("- two of
    /// which were financial" in a list, "Only one of which"): with nothing before it in the
    /// sentence, the set it counts is not in the sentence either.
    static func countOfNamedSet(_ tokens: [QuantityToken], numberStart: Int, ofAt index: Int) -> Bool {
        guard tokens[safe: index]?.text == "of", let pronoun = tokens[safe: index + 1]?.text else { return false }
        if let next = tokens[safe: index + 2]?.text, Lexicon.looksSuperlative(next) { return false }
        // "that" is both: "two of that kind" refers back wherever it stands.
        if Lexicon.referringPronouns.contains(pronoun) { return true }
        if Lexicon.relativePronouns.contains(pronoun) {
            let wordsBefore = tokens[..<numberStart].filter {
                $0.text.first?.isLetter == true || $0.isDigits
            }.filter { !Lexicon.insistingAdverbs.contains($0.text) }
            return !wordsBefore.isEmpty
        }
        return false
    }

    /// Whether "over" before the number at `index` names what a noun of rule governs ("rights over
    /// 25 percent of the land", "jurisdiction over 12 islands", "ownership over 4,000 acres"), no
    /// floor. A span of time is never what is governed ("tenure over 10 years", "custody over 48
    /// hours": "over" is "more than"), nor a share with no whole after it ("ownership over 49
    /// percent is banned" is a threshold); a share governs only as a share "of" something.
    static func governedAfterOver(_ tokens: [QuantityToken], numberAt index: Int, in text: String) -> Bool {
        guard index >= 2, tokens[index - 1].text == "over", Lexicon.governingNouns.contains(tokens[index - 2].text)
        else { return false }
        var afterShare = index + 1
        if tokens[safe: afterShare]?.text == "per", tokens[safe: afterShare + 1]?.text == "cent" {
            afterShare += 2
        } else if Lexicon.percentWords.contains(tokens[safe: afterShare]?.text ?? "") {
            afterShare += 1
        }
        if afterShare > index + 1 { return tokens[safe: afterShare]?.text == "of" }
        guard let (unit, _) = unitPhrase(tokens, at: index + 1, in: text) else { return true }
        return !timeUnits.contains(unit)
    }

    /// Whether "more like" before the number at `index` sets one thing beside another it resembles
    /// rather than an estimate beside another: a year or a decade ("looks more like 1929 than
    /// 2008", "more like 1970s rock") or a group named by its age ("more like 40-year-olds") is
    /// what something resembles, so the figure keeps its own reading. An amount stays approximate
    /// ("the toll looks more like 9,000").
    static func resemblanceAfterMoreLike(_ tokens: [QuantityToken], numberAt index: Int) -> Bool {
        guard let number = tokens[safe: index], number.isDigits else { return false }
        if isCalendarYear(number.text) { return true }
        let words = (1...4).map { tokens[safe: index + $0]?.text ?? "" }.filter { $0 != "-" }
        return words.first == "year" && words.dropFirst().first == "olds"
    }

    /// Whether "sub-" glued before the number at `index` bounds it: a unit follows the number, itself
    /// or after a hyphen ("sub-3-minute", "sub-10 seconds"); "sub-6" alone names a band.
    static func subPrefixBounds(_ tokens: [QuantityToken], numberAt index: Int, in text: String) -> Bool {
        if unitPhrase(tokens, at: index + 1, in: text) != nil { return true }
        return tokens[safe: index + 1]?.text == "-" && unitPhrase(tokens, at: index + 2, in: text) != nil
    }

    /// Whether "approaching" or "nearing" at `index` bounds the figure after it: after a form of "be"
    /// ("is nearing 10 percent", "was approaching 8%") or an adverb ("now approaching 1,000", "fast
    /// nearing 500"), where the figure is the level a measure comes close to. After a noun or "the"
    /// the word is motion or an adjective and the figure counts what is approached: "a storm
    /// approaching 3 islands", "troops nearing 4 villages", "the approaching 2 weeks".
    static func approachIsBound(_ tokens: [QuantityToken], at index: Int) -> Bool {
        guard index > 0 else { return false }
        let before = tokens[index - 1].text
        if beForms.contains(before) { return true }
        guard !tokens[index - 1].isDigits, before != "the", before.allSatisfy(\.isLetter), let wordNet = try? WordNet.shared()
        else { return false }
        return wordNet.partsOfSpeech(of: before).contains(.adverb)
    }

    static func boundPhrase(_ tokens: [QuantityToken], at index: Int) -> (Quantity.Bound, Int)? {
        // "was exceeded 3 times": after a form of "be" the verb is passive and the figure counts
        // the times, no floor.
        if exceedVerbs.contains(tokens[index].text), index > 0, beForms.contains(tokens[index - 1].text) { return nil }
        if Lexicon.approachBounds.contains(tokens[index].text), !approachIsBound(tokens, at: index) { return nil }
        for (phrase, bound) in boundPhrasesByFirstWord[tokens[index].text] ?? [] {
            guard index + phrase.count <= tokens.count else { continue }
            var matches = true
            for (offset, word) in phrase.enumerated() where tokens[index + offset].text != word {
                matches = false
                break
            }
            if matches { return (bound, index + phrase.count) }
        }
        return nil
    }

    /// A number in digits or words, or a fraction word ("a third", "half", "two-thirds").
    /// Returns the value, the index after it, and whether it was a fraction of a whole.
    static func number(_ tokens: [QuantityToken], at index: Int) -> (Double, Int, Bool)? {
        let token = tokens[index]
        if token.isDigits, let value = Double(String(token.text.filter { $0 != "," })) {
            // "18½", "2¼": a fraction glued to the whole number.
            if let glyph = tokens[safe: index + 1], let fraction = Lexicon.vulgarFractions[glyph.text],
               glued(tokens, index, index + 1)
            {
                return (value + fraction, index + 2, false)
            }
            let half = andAHalf(tokens, at: index + 1)
            return (value + half, index + 1 + (half > 0 ? 3 : 0), false)
        }
        // "half", "a half", "a third", "one quarter", "two-thirds"
        var cursor = index
        var numerator = 1.0
        if token.text == "a" || token.text == "an" {
            cursor += 1
        } else if let small = numberWords[token.text], small < 20 {
            numerator = small
            cursor += 1
            if cursor < tokens.count, tokens[cursor].text == "-" { cursor += 1 }
        }
        if cursor < tokens.count, let denominator = fractionWords[tokens[cursor].text], !isOrdinal(tokens, fraction: cursor, bare: cursor == index) {
            // "one third" and "two thirds" but not "one second" in its time sense: fractionWords has no "second".
            if cursor == index || tokens[cursor].text != "half" || numerator == 1 {
                let percent = ratioPercent(numerator, denominator)
                return (percent, cursor + 1, true)
            }
        }
        if token.text == "a" || token.text == "an" {
            // "a dozen", "a hundred", "a million": one of a counting word.
            guard let word = tokens[safe: cursor]?.text, countingWords.contains(word),
                  let one = numberWords[word] ?? scales[word] else { return nil }
            return (one, cursor + 1, false)
        }
        guard var value = numberWords[token.text] else { return nil }
        var next = index + 1
        // "twenty five", "twenty-five"
        if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0 {
            var look = next
            if look < tokens.count, tokens[look].text == "-" { look += 1 }
            if look < tokens.count, let units = numberWords[tokens[look].text], units < 10 {
                value += units
                next = look + 1
            }
        }
        if let (decimal, after) = spokenDecimal(tokens, whole: value, at: next) { return (decimal, after, false) }
        if andAHalf(tokens, at: next) > 0 { return (value + 0.5, next + 3, false) }
        if let afterHalf = hyphenatedAndAHalf(tokens, at: next) { return (value + 0.5, afterHalf, false) }
        return (value, next, false)
    }

    /// "three-point-two", "two-point-five million", "one-point-zero-five": a decimal said in words,
    /// the whole, "point" and each digit after it joined by hyphens with no space, as transcripts
    /// and broadcast copy spell a spoken figure. Every digit after "point" must be a number word
    /// below ten: "a three-point range" and "a six-point plan" name a kind (nothing after "point"),
    /// and a spaced "at one point two officers left" is no decimal (no hyphens), so both stay as
    /// they were. Nor when the last digit is glued by a hyphen to a word other than a scale ("a
    /// ten-point-two-year plan": see the body). Returns the value and the index after the last digit.
    static func spokenDecimal(_ tokens: [QuantityToken], whole: Double, at index: Int) -> (Double, Int)? {
        guard tokens[safe: index]?.text == "-", tokens[safe: index + 1]?.text == "point",
              glued(tokens, index - 1, index), glued(tokens, index, index + 1)
        else { return nil }
        var digits = ""
        var cursor = index + 2
        while tokens[safe: cursor]?.text == "-", glued(tokens, cursor - 1, cursor), glued(tokens, cursor, cursor + 1),
              let digit = numberWords[tokens[cursor + 1].text], digit < 10, !tokens[cursor + 1].isDigits
        {
            digits += String(Int(digit))
            cursor += 2
        }
        guard !digits.isEmpty, let fraction = Double("0." + digits) else { return nil }
        // "a ten-point-two-year plan", "a five-point-two-page statement": a digit glued by a hyphen
        // to the word after it may as well open a compound of its own ("two-year") as close the
        // decimal, so such a run is left as it was read before; a scale word ("one-point-two-trillion")
        // continues the figure.
        if tokens[safe: cursor]?.text == "-", glued(tokens, cursor - 1, cursor),
           let after = tokens[safe: cursor + 1], glued(tokens, cursor, cursor + 1), scales[after.text] == nil
        {
            return nil
        }
        return (whole + fraction, cursor)
    }

    /// Whether the fraction word at `fraction` counts a place, not a share: "the third quarter",
    /// "the first half", "a fifth straight year". Alone (`bare`, with no "a" or number before it),
    /// only "half" is a share ("half of adults"): "third" and "quarter" alone are ordinals or
    /// periods. A fraction word before a period or a streak word is a place in a sequence.
    static func isOrdinal(_ tokens: [QuantityToken], fraction: Int, bare: Bool) -> Bool {
        let word = tokens[fraction].text
        if bare, word != "half" && word != "halves" { return true }
        if bare, fraction > 0, ordinalWords.contains(tokens[fraction - 1].text) { return true }
        // "half-time", "a half-hour": a compound, not a share of anything.
        if fraction + 1 < tokens.count, tokens[fraction + 1].text == "-",
           glued(tokens, fraction, fraction + 1) { return true }
        guard fraction + 1 < tokens.count else { return false }
        let next = tokens[fraction + 1]
        if sequenceWords.contains(next.text) { return true }
        // "a fourth repeat", "a third offence": a single third, fourth or fifth before a noun
        // counts a place; a share is followed by "of", a comparative or the rest of the clause
        // ("a third of", "a fifth more", "by a quarter last year").
        let single = !["half", "halves"].contains(word) && !word.hasSuffix("s")
        // "fell by a quarter nationwide", "rose a third overnight": a change by a share is a share,
        // whatever word follows it ("by" needs the change earlier in the sentence: "judged by a
        // third court" counts a place).
        if fraction >= 2, ["a", "an", "one"].contains(tokens[fraction - 1].text) {
            let before = tokens[fraction - 2].text
            if changeWords.contains(before) { return false }
            if before == "by", tokens[..<(fraction - 2)].contains(where: { changeWords.contains($0.text) }) { return false }
        }
        return single && !next.isDigits && next.text.first?.isLetter == true && !StopWords.contains(next.text)
            && !shareFollowers.contains(next.text)
    }

    /// Words before "a third", "a quarter" that make it the size of a change. The past forms not
    /// written in "-ed" ("rose", "fell", "sank") have their home in
    /// ``Lexicon/irregularPastChangeVerbs``, which `NonFigure.isElidedMeasureChanging` also reads.
    static let changeWords: Set<String> = Lexicon.irregularPastChangeVerbs.union([
        "rise", "rises", "risen", "fall", "falls", "fallen", "grow", "grows", "grown",
        "dropped", "drop", "drops", "climbed", "jumped", "plunged", "soared", "surged",
        "gained", "lost", "cut", "cuts", "increased", "decreased", "declined", "slumped", "tumbled", "reduced",
        "raised", "lowered", "shrink", "shrinks", "increase", "increases", "decrease", "decreases", "reduce", "reduces",
    ])

    /// Words after "a third", "a fifth" that leave it a share.
    static let shareFollowers: Set<String> = [
        "less", "fewer", "lower", "higher", "smaller", "larger", "bigger", "cheaper", "last", "next", "percent",
        "since", "compared", "overall", "annually", "respectively",
    ]

    /// Words that make "half" a period: "the first half", "the back half of the season".
    static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "last", "final", "latter", "former", "back", "front", "opening", "next",
        "previous", "same",
    ]

    /// Words after a fraction word that make it an ordinal: "a fifth straight year", "a third
    /// term", "a quarter century" (a period, not 25 percent).
    static let sequenceWords: Set<String> = [
        "quarter", "quarters", "half", "straight", "consecutive", "successive", "time", "term", "round", "place",
        "year", "season", "day", "week", "month", "century", "generation", "attempt", "game", "match", "race",
        "wave", "dose", "shot", "grade", "floor", "party", "person", "largest", "biggest", "highest", "lowest",
        "most", "hour", "inning", "period", "set",
    ]

    static let ratioNouns: Set<String> = ["ratio", "margin", "odds", "majority"]

    /// "-billion" after a number, all glued: "$1.2-billion", "€3.5-billion".
    static func hyphenScale(_ tokens: [QuantityToken], at index: Int) -> Double? {
        // "five-hundred" too: after a number word even "hundred" is a scale, not a range's end.
        guard index > 0, tokens[safe: index]?.text == "-", let word = tokens[safe: index + 1], let scale = scales[word.text],
              scale >= 1_000 || (scale == 100 && !tokens[index - 1].isDigits),
              glued(tokens, index - 1, index), glued(tokens, index, index + 1)
        else { return nil }
        return scale
    }

    /// Whether a ratio below the whole ("7 out of 10", "eight in ten") stands in the sentence at a
    /// number other than the one at `numberStart`. The last word of a hyphenated number ("two" in
    /// "forty-two") is part of the number before it, not a number of its own: read alone, "forty-two
    /// out of forty-two" held the share "two out of forty-two".
    static func hasShareRatio(_ tokens: [QuantityToken], besides numberStart: Int) -> Bool {
        tokens.indices.contains { position in
            guard position != numberStart, !endsHyphenatedNumber(tokens, at: position),
                  tokens[position].isDigits || numberWords[tokens[position].text] != nil,
                  let (value, next, isFraction) = number(tokens, at: position), !isFraction,
                  let (denominator, _) = ratioDenominator(tokens, at: next)
            else { return false }
            return denominator > 0 && denominator != value
        }
    }

    /// Whether the number word at `index` closes a number written with a hyphen ("twenty-five",
    /// "forty-two"): a number word of the tens, a hyphen and this word, all glued.
    static func endsHyphenatedNumber(_ tokens: [QuantityToken], at index: Int) -> Bool {
        guard index >= 2, numberWords[tokens[index].text] != nil, tokens[index - 1].text == "-",
              glued(tokens, index - 2, index - 1), glued(tokens, index - 1, index),
              let tens = numberWords[tokens[index - 2].text]
        else { return false }
        return tens >= 20 && tens < 100 && tens.truncatingRemainder(dividingBy: 10) == 0
    }

    static func ratioDenominator(_ tokens: [QuantityToken], at index: Int) -> (Double, Int)? {
        var cursor = index
        if tokens[safe: cursor]?.text == "-", tokens[safe: cursor + 1]?.text == "in", tokens[safe: cursor + 2]?.text == "-" {
            // "1-in-5 adults", written with hyphens.
            cursor += 3
        } else if cursor < tokens.count, tokens[cursor].text == "in" {
            cursor += 1
        } else if cursor + 1 < tokens.count, tokens[cursor].text == "out", tokens[cursor + 1].text == "of" {
            cursor += 2
        } else {
            return nil
        }
        guard cursor < tokens.count, let (denominator, next, isFraction) = number(tokens, at: cursor), !isFraction else {
            return nil
        }
        // "1 in 2017" is a year, not a ratio.
        if tokens[cursor].isDigits, denominator >= 1800, tokens[cursor].text.count == 4 { return nil }
        return (denominator, next)
    }

    static func unitPhrase(_ tokens: [QuantityToken], at index: Int, in text: String) -> (String, Int)? {
        guard index < tokens.count else { return nil }
        // Where case tells two units apart: "Nm" (torque) and "nm" (length), "PS" (metric
        // horsepower) and "ps".
        let written = String(text[tokens[index].range])
        if let unit = caseSensitiveUnits[written] { return (unit, index + 1) }
        // "15′ feet", "6′ 2″", "8′ high": the prime marks glued to a number are feet and inches when
        // the sentence says it is a length (``primeIsLength``); a unit word after them says it again.
        // The plain apostrophe and quotation mark are left: they open and close quotations as often.
        if let unit = primeUnits[written], primeIsLength(tokens, at: index, in: text) {
            if let (again, afterAgain) = unitPhrase(tokens, at: index + 1, in: text), again == unit { return (unit, afterAgain) }
            return (unit, index + 1)
        }
        // "5G", "3D", "4K", "2 PCs": capital letters that name a thing, where the small letters are a unit.
        if ["G", "D", "K", "PC"].contains(written) { return nil }
        // "250p": pence only written onto the number ("p" alone is also a statistic).
        // "1080p", "720p" are video resolutions (``NonFigure/resolution(_:at:)``), not pence.
        if written == "p", index > 0, tokens[index - 1].isDigits, glued(tokens, index - 1, index),
           !(tokens[safe: index + 1]?.text == "." && tokens[safe: index + 2]?.text == "m"),
           !NonFigure.videoLines.contains(tokens[index - 1].text)
        {
            return ("pence", index + 1)
        }
        for (phrase, unit) in unitPhrases {
            guard index + phrase.count <= tokens.count else { continue }
            var matches = true
            for (offset, word) in phrase.enumerated() where tokens[index + offset].text != word {
                matches = false
                break
            }
            if matches {
                if cryptoTickers.contains(unit), nounFollows(tokens, at: index + phrase.count, in: text) { return nil }
                return (unit, index + phrase.count)
            }
        }
        return nil
    }

    /// Whether the prime (′) or double prime (″) at `index`, glued to the number before it, is a
    /// length. English typesets more than feet and inches with them: arc minutes and seconds after
    /// degrees ("51°30′", "45° 12′ 30″"), a match's minute ("the 89′ minute"), the 3′ and 5′ ends
    /// of a strand ("the 3′ UTR", "3′ to 5′ activity", "2′-O-methyl"). So the length must be said:
    /// a unit word after it ("15′ feet"), inches under twelve after the feet ("6′ 10″") or feet
    /// before the inches, a size adjective within two words ("8′ high", ``Lexicon/sizeAdjectives``),
    /// or the other end of "N′ to N′" said to be a length ("2′ to 6′ long"). Never after a degree
    /// sign, before a glued hyphen or before ``Lexicon/primeNonLengthFollowers``.
    static func primeIsLength(_ tokens: [QuantityToken], at index: Int, in text: String) -> Bool {
        guard let unit = primeUnits[tokens[index].text], index > 0, tokens[index - 1].isDigits,
              glued(tokens, index - 1, index), !isAfterDegree(tokens, numberAt: index - 1)
        else { return false }
        if let next = tokens[safe: index + 1] {
            if next.text == "-", glued(tokens, index, index + 1) { return false }
            if Lexicon.primeNonLengthFollowers.contains(next.text) { return false }
        }
        if unitPhrase(tokens, at: index + 1, in: text)?.0 == unit { return true }
        if (1...2).contains(where: { tokens[safe: index + $0].map { Lexicon.sizeAdjectives.contains($0.text) } == true }) {
            return true
        }
        if unit == "feet" {
            // "6′ 10″": inches under twelve follow the feet.
            if let inches = tokens[safe: index + 1], inches.isDigits, tokens[safe: index + 2]?.text == "\u{2033}",
               glued(tokens, index + 1, index + 2), let value = Double(inches.text), value < 12
            {
                return true
            }
            // "2′ to 6′ long": the range's other end is said to be a length.
            if tokens[safe: index + 1]?.text == "to", tokens[safe: index + 2]?.isDigits == true,
               tokens[safe: index + 3]?.text == "\u{2032}", primeIsLength(tokens, at: index + 3, in: text)
            {
                return true
            }
            return false
        }
        // "6′ 10″": the inches after feet, under twelve.
        guard index >= 3, tokens[index - 2].text == "\u{2032}", tokens[index - 3].isDigits, glued(tokens, index - 3, index - 2),
              !isAfterDegree(tokens, numberAt: index - 3), let value = Double(tokens[index - 1].text), value < 12
        else { return false }
        return true
    }

    /// Whether the number at `index` follows a degree sign ("51°30′", "45° 12′"): arc minutes.
    static func isAfterDegree(_ tokens: [QuantityToken], numberAt index: Int) -> Bool {
        index > 0 && tokens[index - 1].text == "°"
    }

    /// Whether two tokens touch, with no space between them (false when either is out of range);
    /// ``TokenReader/glued(_:_:)`` reads this one.
    static func glued(_ tokens: [QuantityToken], _ first: Int, _ second: Int) -> Bool {
        guard let a = tokens[safe: first], let b = tokens[safe: second] else { return false }
        return a.range.upperBound == b.range.lowerBound
    }

    /// How many tokens join two ends of a range at `index`: "to", "-", "–", or "-to-" ("one-to-seven").
    static func rangeJoinerLength(_ tokens: [QuantityToken], at index: Int, in text: String) -> Int {
        guard let first = tokens[safe: index]?.text else { return 0 }
        if first == "-", tokens[safe: index + 1]?.text == "to", tokens[safe: index + 2]?.text == "-" { return 3 }
        // "two elections in 2019 — one of which …": an em dash with a space by it sets off a
        // phrase, unless digits stand on both sides with a unit after ("rose 10 — 20 percent"),
        // which is a range written with spaces; one glued to both numbers ("10—20") joins one.
        if first == "—", index > 0, let next = tokens[safe: index + 1],
           !glued(tokens, index - 1, index) || !glued(tokens, index, index + 1),
           !(tokens[index - 1].isDigits && next.isDigits && unitPhrase(tokens, at: index + 2, in: text) != nil)
        {
            return 0
        }
        return rangeJoiners.contains(first) ? 1 : 0
    }

    /// "m", "bn", "k" after a currency amount: "$5m" is five million dollars (without a currency,
    /// "5m" is five metres).
    static func moneyScale(_ tokens: [QuantityToken], at index: Int) -> Double? {
        guard glued(tokens, index - 1, index) else { return nil }
        return moneyScales[tokens[index].text]
    }

    /// "m", "k", "bn" written onto a number before a plural noun: "5.2m people", "1.5k jobs", "3bn
    /// users" count people, jobs and users, not metres ("a 100m sprint", "5m tall" stay lengths).
    static func countScale(_ tokens: [QuantityToken], at index: Int) -> Double? {
        guard let scale = moneyScale(tokens, at: index), let noun = tokens[safe: index + 1]?.text,
              noun.count > 2, noun.allSatisfy({ $0.isLetter && $0.isLowercase }),
              noun == "people" || (noun.hasSuffix("s") && !noun.hasSuffix("ss"))
        else { return nil }
        return scale
    }

    /// What a price is per: "per kWh", "/kWh", "a barrel", "an hour". After "a"/"an" only
    /// units of time and common priced things, so "$5 a day" is a rate but "$5 a lot" is not.
    static func perDenominator(_ tokens: [QuantityToken], at index: Int, in text: String) -> (String, Int)? {
        guard let word = tokens[safe: index]?.text, let next = tokens[safe: index + 1] else { return nil }
        let explicit = word == "per" || word == "/"
        guard explicit || word == "a" || word == "an" else { return nil }
        if let (unit, after) = unitPhrase(tokens, at: index + 1, in: text), unit != "percent", unit != "times" {
            return (unit, after)
        }
        if priceDenominators.contains(next.text), next.text.first?.isLetter == true {
            return (next.text, index + 2)
        }
        return nil
    }

    /// Cryptocurrency tickers as units ("0.01 ETH"): the same letters also name things ("200 LTC
    /// facilities", "1,000 bitcoin ATMs"), so a ticker is a unit only when no noun follows it.
    static let cryptoTickers: Set<String> = ["btc", "eth", "bch", "ltc"]

    /// Whether token `index` is a content word WordNet knows as a noun and as neither a verb nor an
    /// adjective ("facilities", "ATMs"; not "is", "worth", nor a function word: "or").
    static func nounFollows(_ tokens: [QuantityToken], at index: Int, in text: String) -> Bool {
        guard let token = tokens[safe: index], token.text.first?.isLetter == true, !StopWords.contains(token.text),
              let wordNet = try? WordNet.shared()
        else { return false }
        let parts = wordNet.partsOfSpeech(of: String(text[token.range]))
        return parts.contains(.noun) && !parts.contains(.verb) && !parts.contains(.adjective)
    }

    /// "a one-in-four to one-in-three chance", "1 in 5 to 1 in 3": a second ratio after "to" is the
    /// upper end of a range of chances in `percent` (the labels' "one-in-two to two-in-three"),
    /// returned as that percent and the index after it. Only when it is larger and the first is
    /// not where a change starts ("fell from one in four to one in five", "rose from roughly 1 in
    /// 10 to 1 in 6", "went one in four to one in two" give two figures, as a change between rates
    /// does: the word before the figure and its bound word is neither "from", a word of change nor
    /// a form of "go"), and only a ratio right after "to" ("one in four adults to …" has a noun
    /// between and stays two readings).
    static func upperRatio(_ tokens: [QuantityToken], at index: Int, start: Int) -> (Double, Int)? {
        let before = tokens[safe: start - 1]?.text ?? ""
        guard tokens[safe: index]?.text == "to", before != "from", !changeWords.contains(before),
              !Lexicon.formsOfGo.contains(before),
              let (upper, afterUpper, isFraction) = number(tokens, at: index + 1), !isFraction,
              let (denominator, afterRatio) = ratioDenominator(tokens, at: afterUpper), denominator > 0
        else { return nil }
        return (ratioPercent(upper, denominator), afterRatio)
    }

    /// "one in four" as a percent, to two decimals (25, 33.33): one rounding for a ratio and for
    /// the upper end of a range of ratios, so the two ends compare alike.
    static func ratioPercent(_ value: Double, _ denominator: Double) -> Double {
        (value / denominator * 100 * 100).rounded() / 100
    }

    /// "per year", "per square inch" after a measure ("200 TWh per year", "1.1 Tb per square inch";
    /// "terawatt hours of power per year", one noun of what is measured between): the measure's
    /// unit joined to what it is per (`twh per years`, `tb per square inch`), as the labels keep a
    /// yearly amount of energy and a density. Only a unit of measure before it: a price has its own
    /// (``perDenominator(_:at:in:)``), a duration per day drops its day ("5 hours per day" is 5
    /// `hours`), and a share or a multiple is per nothing; only a unit of time or an area written
    /// after "square" after it ("per 100,000" is a rate's base: ``rateBase(_:at:in:)``; "per
    /// person" counts out of people, no unit).
    static func measurePer(_ tokens: [QuantityToken], at index: Int, measure: String, in text: String) -> (String, Int)? {
        guard let dimension = unitDimensions[measure], !["time", "money"].contains(dimension) else { return nil }
        // "of power per year": the noun of what is measured.
        let per = tokens[safe: index]?.text == "of" && isLowercaseWord(tokens, at: index + 1, in: text)
            && !StopWords.contains(tokens[index + 1].text) ? index + 2 : index
        guard tokens[safe: per]?.text == "per" else { return nil }
        if let (time, after) = unitPhrase(tokens, at: per + 1, in: text), timeUnits.contains(time) {
            // "120 miles per hour" is the speed "120 mph" writes: one name for one unit.
            if time == "hours", let speed = ["miles": "mph", "km": "kph"][measure], per == index { return (speed, after) }
            return ("\(measure) per \(time)", after)
        }
        if tokens[safe: per + 1]?.text == "square", isLowercaseWord(tokens, at: per + 2, in: text),
           let (area, _) = unitPhrase(tokens, at: per + 2, in: text), unitDimensions[area] == "length"
        {
            return ("\(measure) per square \(tokens[per + 2].text)", per + 3)
        }
        return nil
    }

    /// "/s", "/day", "/hr" right after a unit: the unit of time a rate is counted per ("2 GB/s" is
    /// `gb per seconds`). Money has its own ("$5/hour": ``perDenominator(_:at:in:)``).
    static func slashTime(_ tokens: [QuantityToken], at index: Int, in text: String) -> (String, Int)? {
        guard tokens[safe: index]?.text == "/", let written = tokens[safe: index - 1], !written.isDigits,
              glued(tokens, index - 1, index), let time = tokens[safe: index + 1]
        else { return nil }
        if let named = Lexicon.timeSymbols[time.text] { return (named, index + 2) }
        guard let (named, after) = unitPhrase(tokens, at: index + 1, in: text), timeUnits.contains(named) else { return nil }
        return (named, after)
    }

    /// "per 100,000 people", "per 10 patients", "per 100 km": what a rate is counted out of (a round
    /// number: ``NonFigure/isRoundBase(_:)``), as a unit ("per 100000", "per 100 km"). A unit of measure stays in it; the people or things
    /// counted do not ("per 100,000" and "per 100,000 people" are one rate, written twice in one
    /// sentence: "fell to 12 per 100,000 people from 20 per 100,000").
    static func rateBase(_ tokens: [QuantityToken], at index: Int, in text: String) -> (String, Int)? {
        guard tokens[safe: index]?.text == "per", let written = tokens[safe: index + 1], written.isDigits,
              NonFigure.isRoundBase(written.text),
              let (value, after, isFraction) = number(tokens, at: index + 1), !isFraction, value >= 1, value < 1e15
        else { return nil }
        var amount = value
        var end = after
        if let scale = scales[tokens[safe: end]?.text ?? ""] {
            amount *= scale
            end += 1
        }
        var base = "per \(amount == amount.rounded() ? String(Int(amount)) : String(amount))"
        if let (measure, afterUnit) = unitPhrase(tokens, at: end, in: text), measure != "percent", measure != "times" {
            base += " \(measure)"
            end = afterUnit
        } else if isLowercaseWord(tokens, at: end, in: text), !StopWords.contains(tokens[end].text) {
            end += 1
        }
        return (base, end)
    }

    /// A word of lowercase letters: "people", "death".
    static func isLowercaseWord(_ tokens: [QuantityToken], at index: Int, in text: String) -> Bool {
        guard let token = tokens[safe: index] else { return false }
        return !token.isDigits && text[token.range].allSatisfy { $0.isLetter && $0.isLowercase }
    }

    /// The original text from token `first` through token `last`.
    static func slice(_ text: String, _ tokens: [QuantityToken], _ first: Int, _ last: Int) -> String {
        let last = max(first, min(last, tokens.count - 1))
        return String(text[tokens[first].range.lowerBound..<tokens[last].range.upperBound])
    }

    // MARK: - Lexicon

    /// Longest phrases first, so "no more than" wins over "more than".
    static let boundPhrases: [([String], Quantity.Bound)] = {
        // The floors that include their figure ("at least", "starting at $499") have their one home
        // in ``Lexicon/inclusiveFloorPhrases``; the ceilings that do in ``Lexicon/inclusiveCeilingPhrases``.
        let lower = ["more than", "over", "above", "greater than", "in excess of", "upwards of",
                     "exceeding", "as few as", "higher than"] + Lexicon.inclusiveFloorPhrases
        let upper = ["as much as", "as many as", "up to", "less than", "fewer than", "under", "below", "at most",
                     "no more than", "a maximum of", "as high as", "lower than", "not more than",
                     // "sub-3-minute tracks", "a sub-$500 phone": below the number.
                     "sub -"] + Lexicon.inclusiveCeilingPhrases
        let approximate = ["about", "around", "approximately", "roughly", "nearly", "almost", "close to", "some",
                           "an estimated", "estimated", "circa", "~", "just over", "just under", "slightly over", "slightly under", "an average of",
                           "on average", "ca .", "approx .", "approx",
                           // "the toll looks more like 9,000", "more like 5 percent than 10": an
                           // estimate set against another, close to the figure. "more than" is a floor.
                           "more like"]
            // "is approaching 40", "now nearing 500": close to the figure and short of it (only as a
            // bound after "be" or an adverb: ``approachIsBound``).
            + Lexicon.approachBounds.sorted()
        var phrases: [([String], Quantity.Bound)] = []
        for phrase in lower + exceedVerbs.sorted() { phrases.append((phrase.split(separator: " ").map(String.init), .lower)) }
        for phrase in upper { phrases.append((phrase.split(separator: " ").map(String.init), .upper)) }
        for phrase in approximate { phrases.append((phrase.split(separator: " ").map(String.init), .approximate)) }
        // "as few as" reads as a floor on a surprising smallness; "just over"/"just under" are near the number.
        return phrases.sorted { $0.0.count > $1.0.count }
    }()

    /// ``Lexicon/inclusiveFloorPhrases`` and ``Lexicon/inclusiveCeilingPhrases``, for a look-up by
    /// the words a bound phrase matched.
    static let inclusiveBounds = Set(Lexicon.inclusiveFloorPhrases + Lexicon.inclusiveCeilingPhrases)

    /// ``boundPhrases`` grouped by first word, longest first, so a token is only compared with the
    /// phrases it could start.
    static let boundPhrasesByFirstWord: [String: [([String], Quantity.Bound)]] =
        Dictionary(grouping: boundPhrases, by: { $0.0[0] })

    static let unitPhrases: [([String], String)] = {
        let table: [(String, String)] = [
            ("%", "percent"), ("percent", "percent"), ("per cent", "percent"), ("pct", "percent"), ("pc", "percent"),
            ("percentage points", "percentage-points"), ("percentage point", "percentage-points"),
            ("times", "times"), ("fold", "times"), ("x", "times"),
            ("years", "years"), ("year", "years"), ("months", "months"), ("month", "months"),
            ("weeks", "weeks"), ("week", "weeks"), ("days", "days"), ("day", "days"), ("hours", "hours"),
            ("hour", "hours"), ("minutes", "minutes"), ("minute", "minutes"), ("seconds", "seconds"), ("second", "seconds"),
            ("mg", "mg"), ("milligrams", "mg"), ("g", "g"), ("grams", "g"), ("kg", "kg"), ("kilograms", "kg"),
            ("pounds", "lb"), ("lbs", "lb"), ("ml", "ml"), ("l", "l"), ("liters", "l"), ("litres", "l"),
            ("calories", "kcal"), ("kcal", "kcal"), ("km", "km"), ("kilometers", "km"), ("miles", "miles"), ("mile", "miles"),
            ("m", "m"), ("meters", "m"), ("metres", "m"), ("meter", "m"), ("metre", "m"), ("cm", "cm"), ("mm", "mm"),
            ("kilometres", "km"), ("kilometre", "km"), ("kilometer", "km"), ("centimetres", "cm"), ("centimeters", "cm"),
            ("centimetre", "cm"), ("centimeter", "cm"), ("millimetres", "mm"), ("millimeters", "mm"),
            ("millimetre", "mm"), ("millimeter", "mm"), ("kilos", "kg"), ("kilo", "kg"), ("kilogram", "kg"),
            ("dollars", "usd"), ("usd", "usd"), ("euros", "eur"), ("eur", "eur"), ("pounds sterling", "gbp"),
            ("yuan", "cny"), ("renminbi", "cny"), ("rmb", "cny"), ("cny", "cny"), ("yen", "jpy"),
            ("mmhg", "mmhg"), ("bpm", "bpm"), ("degrees", "degrees"),
            ("decades", "decades"), ("decade", "decades"), ("centuries", "centuries"), ("century", "centuries"),
            ("yards", "yards"), ("yard", "yards"), ("yd", "yards"), ("feet", "feet"), ("foot", "feet"), ("ft", "feet"),
            ("inches", "inches"), ("inch", "inches"), ("acres", "acres"), ("acre", "acres"), ("hectares", "hectares"),
            // An area is its own unit: "13 million square kilometres" is 13 million km2, not 13 million km.
            ("square kilometres", "km2"), ("square kilometers", "km2"), ("square kilometre", "km2"), ("square kilometer", "km2"),
            ("sq km", "km2"), ("square metres", "m2"), ("square meters", "m2"), ("square metre", "m2"), ("square meter", "m2"),
            ("sq m", "m2"), ("square miles", "mi2"), ("square mile", "mi2"), ("sq mi", "mi2"), ("square feet", "ft2"),
            ("square foot", "ft2"), ("sq ft", "ft2"),
            // Written as symbols: "13 km2", "80 m²", "13 sq. km", "13 square km" (the tokens split
            // "km2" into "km" "2" and "sq." into "sq" ".").
            ("km 2", "km2"), ("km ²", "km2"), ("sq . km", "km2"), ("square km", "km2"), ("m 2", "m2"), ("m ²", "m2"),
            ("sq . m", "m2"), ("square m", "m2"), ("mi 2", "mi2"), ("mi ²", "mi2"), ("sq . mi", "mi2"), ("ft 2", "ft2"),
            ("ft ²", "ft2"), ("sq . ft", "ft2"),
            ("tonnes", "tonnes"), ("tonne", "tonnes"), ("tons", "tonnes"), ("ton", "tonnes"), ("metric tons", "tonnes"),
            ("metric ton", "tonnes"), ("metric tonnes", "tonnes"), ("short tons", "short-tons"), ("short ton", "short-tons"),
            ("us tons", "short-tons"), ("barrels", "barrels"),
            ("gallons", "gallons"), ("gallon", "gallons"), ("mph", "mph"), ("kph", "kph"), ("km / h", "kph"),
            ("gw", "gw"), ("gigawatts", "gw"), ("gigawatt", "gw"), ("mw", "mw"), ("megawatts", "mw"), ("megawatt", "mw"),
            ("kw", "kw"), ("kilowatts", "kw"), ("kilowatt", "kw"), ("kwh", "kwh"), ("mwh", "mwh"), ("gwh", "gwh"),
            ("twh", "twh"),
            // Written out: "2.8 gigawatt-hours", "200 terawatt hours" are energy, not power.
            ("kilowatt hours", "kwh"), ("kilowatt hour", "kwh"), ("kilowatt - hours", "kwh"), ("kilowatt - hour", "kwh"),
            ("megawatt hours", "mwh"), ("megawatt hour", "mwh"), ("megawatt - hours", "mwh"), ("megawatt - hour", "mwh"),
            ("gigawatt hours", "gwh"), ("gigawatt hour", "gwh"), ("gigawatt - hours", "gwh"), ("gigawatt - hour", "gwh"),
            ("terawatt hours", "twh"), ("terawatt hour", "twh"), ("terawatt - hours", "twh"), ("terawatt - hour", "twh"),
            ("hp", "hp"), ("bhp", "hp"), ("horsepower", "hp"), ("db", "db"), ("dba", "dba"),
            ("decibels", "db"), ("cents", "cents"), ("pence", "pence"), ("gb", "gb"), ("tb", "tb"), ("mb", "mb"), ("kb", "kb"),
            ("kilobytes", "kb"), ("megabytes", "mb"), ("gigabytes", "gb"), ("terabytes", "tb"), ("ghz", "ghz"),
            ("kib", "kib"), ("mib", "mib"), ("gib", "gib"), ("tib", "tib"), ("kibibytes", "kib"), ("mebibytes", "mib"),
            ("gibibytes", "gib"), ("tebibytes", "tib"),
            ("ounces", "oz"), ("ounce", "oz"), ("oz", "oz"), ("fluid ounces", "fl-oz"), ("fl oz", "fl-oz"),
            ("mbps", "mbps"), ("gbps", "gbps"), ("newton metres", "nm-torque"), ("newton meters", "nm-torque"),
            // Cryptocurrencies by their ticker codes, as exchanges write an amount ("0.01 ETH").
            ("btc", "btc"), ("bitcoin", "btc"), ("bitcoins", "btc"), ("eth", "eth"), ("bch", "bch"), ("ltc", "ltc"),
            ("°", "degrees"),
        ]
        return table.map { ($0.0.split(separator: " ").map(String.init), $0.1) }.sorted { $0.0.count > $1.0.count }
    }()

    public static let timeUnits: Set<String> = ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries"]

    /// The units ``unitPhrases`` names in one word ("tonnes", "percent", "m").
    static let oneWordUnits: Set<String> = Set(unitPhrases.filter { $0.0.count == 1 }.map { $0.0[0] })

    /// The prime and double prime, typeset after a number for feet and inches.
    static let primeUnits: [String: String] = ["\u{2032}": "feet", "\u{2033}": "inches"]

    /// Units written with a capital by their symbol ("60Gy", "50Hz", "400Mt"): read as written, so
    /// a capitalised word glued to a number is still a name ("7News").
    static let caseSensitiveUnits: [String: String] = [
        "Nm": "nm-torque", "PS": "ps", "nm": "nm", "Gy": "gy", "cGy": "cgy", "mGy": "mgy", "Hz": "hz", "kHz": "khz",
        "MHz": "mhz", "Mt": "mt", "Gt": "gt", "mSv": "msv", "Sv": "sv", "kPa": "kpa", "MPa": "mpa",
        "Bq": "bq", "kDa": "kda",
    ]

    /// Signs and codes written before an amount. "¥" is both the yen's and the yuan's sign:
    /// ``currencySymbol(_:in:)`` reads it as the yuan in a sentence that speaks of China.
    static let currencySymbols: [String: String] = [
        "$": "usd", "€": "eur", "£": "gbp", "us$": "usd", "¥": "jpy", "rmb": "cny", "cny": "cny",
    ]

    /// The currency of a sign or code before an amount: "¥5" is yuan in "A cup of rice in Shanghai
    /// costs ¥5" and in "5,000 yuan, or about ¥5,000", yen otherwise. Only the sentence is read
    /// (the parser sees no neighbours): a Chinese price whose sentence names nothing Chinese stays yen.
    static func currencySymbol(_ token: String, in text: String) -> String? {
        guard let currency = currencySymbols[token] else { return nil }
        guard token == "¥" else { return currency }
        let speaksOfChina = text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { yuanContextWords.contains(String($0)) }
        return speaksOfChina ? "cny" : currency
    }

    /// Words that make "¥" the yuan: its names and China's (its largest cities included, where a
    /// price is most often quoted without naming the country).
    static let yuanContextWords: Set<String> = [
        "yuan", "rmb", "renminbi", "cny", "china", "chinese", "beijing", "shanghai", "shenzhen", "guangzhou",
    ]

    /// The units a price is in, which ``perDenominator(_:at:in:)`` may extend ("usd per kwh").
    static let moneyUnits: Set<String> = ["usd", "eur", "gbp", "cents", "pence", "cny", "jpy"]

    static let moneyScales: [String: Double] = [
        "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000, "tn": 1_000_000_000_000,
        "trn": 1_000_000_000_000, "t": 1_000_000_000_000,
    ]

    /// Priced things that are not units of measure: "$2.53 a share", "$80 a barrel", "$150 a night".
    public static let priceDenominators: Set<String> = [
        "share", "barrel", "night", "person", "head", "capita", "unit", "dose", "pill", "ticket", "seat", "household",
        "student", "patient", "passenger", "vehicle", "car", "home", "kwh", "mwh", "ounce", "bushel", "pound", "kilo",
    ]

    /// "double standards", "the triple digits": a multiplier adjective before a plural noun
    /// (WordNet's) names a kind; "two triples" counts things called triples. Before a singular
    /// noun it stays a figure ("a triple dose", "double capacity"), and so does a verb: after a
    /// plural subject, a relative pronoun, a modal, "to" or a bound ("Night ferries triple fuel
    /// costs", "councils that double fares", "plans to double fees", "more than double visits").
    /// Two places settle that it is an adjective (session 19): right after a form of "go", which
    /// takes no object ("the album went double platinum", "going triple platinum"; any noun after
    /// it), and after "to" that ends a verb of change or of return, where "to" is a preposition of
    /// the level reached ("returned to triple digits", "rose to double digits"; a plural noun after
    /// it, as above) when that noun names a level ("digits", "figures": ``Lexicon/multiplierLevelNouns``).
    /// "plans to double fees", "went to double the dose", "rose to double its size", "returned to
    /// double doses" and "rose to double levels seen in 2015" stay figures.
    static func isMultiplierNamingAKind(_ tokens: [QuantityToken], at index: Int, in text: String) -> Bool {
        let word = tokens[index].text
        let before = index > 0 ? tokens[index - 1].text : ""
        if Lexicon.multiplierAdjectives.contains(word), Lexicon.formsOfGo.contains(before),
           let next = tokens[safe: index + 1], isLowercaseWord(tokens, at: index + 1, in: text), !StopWords.contains(next.text),
           let wordNet = try? WordNet.shared()
        {
            return wordNet.partsOfSpeech(of: next.text).contains(.noun)
        }
        let levelReached = before == "to" && index > 1
            && (changeWords.contains(tokens[index - 2].text) || Lexicon.formsOfReturn.contains(tokens[index - 2].text))
            && tokens[safe: index + 1].map { Lexicon.multiplierLevelNouns.contains($0.text) } == true
        if word.hasSuffix("s"), Lexicon.multiplierAdjectives.contains(String(word.dropLast())), index > 0,
           tokens[index - 1].isDigits || numberWords[tokens[index - 1].text] != nil
        {
            return true
        }
        guard Lexicon.multiplierAdjectives.contains(word), let next = tokens[safe: index + 1],
              isLowercaseWord(tokens, at: index + 1, in: text), next.text.count > 3, next.text.hasSuffix("s"),
              !next.text.hasSuffix("ss"),
              !StopWords.contains(next.text), !glued(tokens, index, index + 1)
        else { return false }
        if index > 0, !levelReached {
            if Lexicon.verbOpeners.contains(before) || Lexicon.modalWords.contains(before)
                || Lexicon.futureAndObligationModals.contains(before)
            {
                return false
            }
            // A plural subject before it: "Night ferries triple fuel costs", and opening the
            // sentence in capitals, "Airlines triple fees" (not a possessive's "s").
            let subject = isLowercaseWord(tokens, at: index - 1, in: text)
                || (index == 1 && text[tokens[0].range].dropFirst().allSatisfy { $0.isLetter && $0.isLowercase })
            if before.count > 3, before.hasSuffix("s"), !before.hasSuffix("ss"), subject { return false }
        }
        guard let wordNet = try? WordNet.shared() else { return false }
        return wordNet.partsOfSpeech(of: next.text).contains(.noun)
    }

    /// "tenfold", "threefold", "hundredfold": a number word with "fold" written onto it.
    static func foldWord(_ word: String) -> Double? {
        guard word.hasSuffix("fold"), word.count > 4 else { return nil }
        return numberWords[String(word.dropLast(4))]
    }

    static let multiplierWords: [String: Double] = [
        "twice": 2, "double": 2, "doubles": 2, "doubled": 2, "doubling": 2, "triple": 3, "triples": 3,
        "tripled": 3, "tripling": 3, "quadruple": 4, "quadrupled": 4, "quadruples": 4, "halved": 0.5, "halves": 0.5,
    ]

    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "bn": 1_000_000_000,
    ]

    /// ``Lexicon/numberWords``, and two more words that count: "hundred" alone and "dozen".
    static let numberWords: [String: Double] = Lexicon.numberWords.mapValues(Double.init)
        .merging(["hundred": 100, "dozen": 12], uniquingKeysWith: { first, _ in first })

    static let fractionWords: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
    ]

    static let rangeJoiners: Set<String> = ["to", "-", "–", "—"]
}

extension Array {
    /// The element at `index`, or nil past either end.
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// A token for quantity parsing: a run of digits (with `.` and `,` inside), a run of letters, or
/// one symbol. Unlike ``Tokenizer`` it keeps symbols (`%`, `$`, `-`) and the exact source range.
struct QuantityToken {
    var text: String
    var range: Range<String.Index>
    var isDigits: Bool

    static func scan(_ text: String) -> [QuantityToken] {
        var tokens: [QuantityToken] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
            } else if character.isASCII, character.isNumber {
                var end = text.index(after: index)
                while end < text.endIndex {
                    let current = text[end]
                    if current.isASCII, current.isNumber {
                        end = text.index(after: end)
                    } else if current == "." || current == ",", text.index(after: end) < text.endIndex,
                              text[text.index(after: end)].isASCII, text[text.index(after: end)].isNumber
                    {
                        end = text.index(after: end)
                    } else {
                        break
                    }
                }
                tokens.append(QuantityToken(text: String(text[index..<end]), range: index..<end, isDigits: true))
                index = end
            } else if character.isLetter {
                var end = text.index(after: index)
                while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
                var word = String(text[index..<end]).lowercased()
                if let (completion, after) = bracketedCompletion(text, at: end, cutShort: word) {
                    word += completion
                    end = after
                }
                tokens.append(QuantityToken(text: word, range: index..<end, isDigits: false))
                index = end
            } else {
                let end = text.index(after: index)
                tokens.append(QuantityToken(text: String(character), range: index..<end, isDigits: false))
                index = end
            }
        }
        return tokens
    }

    /// "bill[ion]", "gov[ernmen]t": an editor's square brackets glued to a word's letters complete
    /// the word the writer cut short, a convention of quoting in any English text; the word is read
    /// whole. Only letters inside and a bracket glued on both sides: "[1]" and "word[12]" are
    /// reference markers, "billion [sic]" and "[sic]" stand apart. A letter footnote glued to a whole
    /// word is a marker too ("3 billion[a] dollars", "30 per cent[c]", "8 tonnes[d]"): the word
    /// before the bracket must not already be a scale or a unit, the bracket must hold more than one
    /// letter and no editor's word ("[sic]", "[note]"), and the word it makes must be a real word
    /// (a scale, a unit or a WordNet lemma: "billion", "government"; not "billiona").
    static func bracketedCompletion(_ text: String, at position: String.Index, cutShort: String) -> (String, String.Index)? {
        guard position < text.endIndex, text[position] == "[" else { return nil }
        var end = text.index(after: position)
        while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
        guard end > text.index(after: position), end < text.endIndex, text[end] == "]" else { return nil }
        let inside = String(text[text.index(after: position)..<end]).lowercased()
        guard inside.count > 1, !Lexicon.editorialBracketWords.contains(inside), !isScaleOrUnit(cutShort) else { return nil }
        var after = text.index(after: end)
        var completion = inside
        // "gov[ernmen]t": the word may go on after the bracket.
        let rest = after
        while after < text.endIndex, text[after].isLetter { after = text.index(after: after) }
        completion += text[rest..<after].lowercased()
        let whole = cutShort + completion
        guard isScaleOrUnit(whole) || (try? WordNet.shared())?.partsOfSpeech(of: whole).isEmpty == false else { return nil }
        return (completion, after)
    }

    /// Whether a word alone is a scale ("billion") or a one-word unit ("tonnes", "percent", "metre").
    static func isScaleOrUnit(_ word: String) -> Bool {
        QuantityParser.scales[word] != nil || QuantityParser.oneWordUnits.contains(word)
    }
}
