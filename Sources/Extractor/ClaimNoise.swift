import FactCheckModel
import TextAnalysis

/// Sentence shapes that carry no checkable claim whatever the model scores them: a dateline
/// ("Posted: Thursday, April 21, 2022"), a speaker's feelings ("He has me thinking now", "she was
/// appalled", "It's tragic"), a view, a figure of praise ("Circulation is also a great balm for sore
/// muscles"), an open question, a request, a headline, a speaker's account of themselves, a photo
/// caption, a question quoted at the end, a byline, a tutorial's own example, an exclamation, a
/// merit the writer ranks. Each answers with the reason `--verbose` lists; nil when the sentence
/// may be a claim.
enum ClaimNoise {
    static func reason(_ text: String, quantities: [Quantity], attributed: Bool) -> String? {
        let words = lowercaseWords(text)
        if isDateline(words) { return "a dateline" }
        // A figure makes it checkable: "we felt the 20 percent cut".
        let hasFigure = quantities.contains { $0.unit != "calendar-year" }
        // Figures or not: they are the example's values ("the first three bytes"), unless the
        // example shows a finding ("we see that smokers had a 20% higher risk").
        if describesOwnExample(words), !reportsAFinding(words, hasFigure: hasFigure) { return "the article's own example" }
        // A question quoted at the end, unless a figure stands before it ("Some 62% said no when
        // asked, “Would you …?”" reports a survey; "asked “Why has it taken four months?”" asks).
        if let lead = quotedQuestionLead(text), !QuantityParser.quantities(in: lead).contains(where: { $0.unit != "calendar-year" }) {
            return "a question"
        }
        // A figure inside "whether …" stays open: "It remains unclear whether the 15-year-old was driving."
        if isOpenQuestion(words, hasFigure: hasFigure) { return "an open question" }
        if isBylineOrSignature(text) { return "a byline" }
        // A headline's figure is checkable ("Vaccine Is 94 Percent Effective"); its capitals hide
        // number words from the parser, which reads them as names.
        if isTitleCase(text), !hasFigure, !QuantityParser.quantities(in: text.lowercased()).contains(where: { $0.unit != "calendar-year" }) {
            return "a headline"
        }
        guard !hasFigure else {
            // Unless the speaker only hopes, wishes or believes it: "he hopes that inflation will fall
            // to 2%" says what he wants, not what is so. ("They feared a 20% cut" may report a fact.)
            return expressesView(words, verbs: hopeVerbs) ? "a view" : nil
        }
        // Below, only without a figure: "Ruiz waves on March 3 with 4,000 new cases a day" is no caption.
        if isPhotoCaption(text) { return "a caption" }
        let isSpeech = attributed || text.unicodeScalars.contains { WordCursor.quoteMarks.contains($0) }
        if isSpeech, expressesFeeling(words) { return "a feeling" }
        if expressesView(words) { return "a view" }
        if isFigureOfPraise(words) { return "a figure of speech" }
        if isRequest(words) { return "a request" }
        // A dated account can be checked: "My sales fell in the first quarter of 2020."
        let dated = quantities.contains { $0.unit == "calendar-year" }
        if !dated, isPersonalAccount(words) { return "a personal account" }
        if isExclamation(text) { return "an exclamation" }
        if ranksAMerit(words) { return "an evaluation" }
        return nil
    }

    /// "The two founders could not resist the idea!", "Wow, what a day!": a sentence that ends
    /// with an exclamation mark (not one closing a quotation: "“Eureka!”") and cries out rather
    /// than states. Health and popular pages end checkable statements with one too ("Measles
    /// vaccination prevents encephalitis in children!"), so an exclamation is noise only when it
    /// states no effect or change (a causal or change verb), or when, stating one, it is short (five
    /// words or fewer: a cheer), speaks to the reader ("you", "your") or opens with an imperative
    /// ("Stop smoking to prevent cancer!"): advice, not a report. With a figure (checked by the
    /// caller) it always stays: "Sales doubled in a year!".
    static func isExclamation(_ text: String) -> Bool {
        guard text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) == "!" else { return false }
        let words = lowercaseWords(text)
        guard ClaimLexicon.statesAnEffect(words) else { return true }
        return words.count <= 5 || words.contains(where: ClaimLexicon.secondPerson.contains)
            || words.first.map(Lexicon.imperativeOpeners.contains) == true
    }

    /// "One of the biggest benefits of the language is …", "So the main challenge was …": the
    /// writer ranks a merit or a difficulty, a judgement. Only as the sentence's subject (within
    /// its first six words) and without a figure (checked by the caller): "the biggest employer in
    /// the state" ranks something countable, and is no merit noun. Not when the merit is a clause
    /// stating an effect: "The main benefit of statins is that they prevent heart attacks" claims
    /// that they do.
    static func ranksAMerit(_ words: [String]) -> Bool {
        let opening = Array(words.prefix(7))
        let ranks = zip(opening, opening.dropFirst()).contains { rank, noun in
            ClaimLexicon.rankingAdjectives.contains(rank) && ClaimLexicon.meritNouns.contains(noun)
        }
        guard ranks else { return false }
        let pairs = zip(words, words.dropFirst())
        guard let that = pairs.enumerated().first(where: { ["is", "are", "was", "were"].contains($0.element.0) && $0.element.1 == "that" })?.offset
        else { return true }
        return !ClaimLexicon.statesAnEffect(words[(that + 2)...])
    }

    /// "In this example, we create a list of ten names": a tutorial walking through its own
    /// example says what the writer does with it, nothing about the world. ("In this example, the
    /// compiler infers the type" states how the tool behaves, and stays.)
    static func describesOwnExample(_ words: [String]) -> Bool {
        guard let example = words.prefix(5).firstIndex(of: "example"), example >= 1,
              ["this", "the", "our", "that", "following", "next"].contains(words[example - 1])
        else { return false }
        var next = example + 1
        if next < words.count, ["above", "below", "here"].contains(words[next]) { next += 1 }
        guard next < words.count else { return false }
        return ["we", "i", "let", "you"].contains(words[next])
    }

    /// "In this example, we see that smokers had a 20% higher risk of stroke": "that" within three
    /// words of the subject opens what the example shows, a finding when it holds a figure or
    /// states an effect ("we see that the drug lowers blood pressure"); a tutorial's "we build a
    /// list that holds ten names" holds neither.
    static func reportsAFinding(_ words: [String], hasFigure: Bool) -> Bool {
        guard let subject = words.prefix(8).firstIndex(where: { ["we", "i", "you"].contains($0) }),
              let that = words[(subject + 1)...].prefix(3).firstIndex(of: "that")
        else { return false }
        return hasFigure || ClaimLexicon.statesAnEffect(words[(that + 1)...])
    }

    /// "A reporter asked her, “What changed?”": a question quoted at the end is what was asked, not
    /// a statement (a question mark before closing quotation marks). Answers the text before the
    /// quotation, where a figure makes the sentence a report ("58% said yes when asked, “…?”");
    /// nil when the sentence ends otherwise.
    static func quotedQuestionLead(_ text: String) -> String? {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last.properties.isWhitespace || last == "." { scalars.removeLast() }
        var closed = false
        while let last = scalars.last, WordCursor.quoteMarks.contains(last) || last == "’" || last == "'" {
            scalars.removeLast()
            closed = true
        }
        guard closed, scalars.last == "?" else { return nil }
        let opening = scalars.lastIndex { WordCursor.quoteMarks.contains($0) } ?? 0
        return String(String.UnicodeScalarView(scalars[..<opening]))
    }

    /// "By Ana Ruiz: …" opening a sentence, or an embedded post's signature ("— Ana Ruiz (@aruiz)
    /// May 3, 2021"): who wrote it, no claim. A signature opens with a dash, holds a social-media
    /// handle and ends with its date; at most twelve words, as a name (up to four words), a handle
    /// and a date (up to four) take eleven with the dash: a longer line says more than who wrote
    /// it. A handle alone is no signature: "@WHO said 3 million doses had arrived" is a claim.
    static func isBylineOrSignature(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        if words.first == "By", let colon = words.prefix(5).firstIndex(where: { $0.hasSuffix(":") }), colon >= 1,
           words[1...colon].allSatisfy({ $0.first?.isUppercase == true })
        {
            return true
        }
        guard words.count <= 12, let first = words.first, ["—", "–", "-", "--"].contains(first),
              words.contains(where: { $0.hasPrefix("@") || $0.hasPrefix("(@") })
        else { return false }
        // Dated at the end: a year, or a month with its day ("March 4, 2021", "Mar 4").
        let tail = words.suffix(3).map { String($0.lowercased().filter(\.isLetter)) }
        let year = words.last.map { $0.filter(\.isNumber).count == 4 } ?? false
        return year || tail.contains(where: ClaimLexicon.calendarWords.contains)
    }

    /// "Harbour Workers Win Longer Breaks, According To Union Chief": every word longer than three
    /// letters capitalised, five of them at least, is a headline or a teaser set in the body. Five:
    /// a name with its title has up to four long capitalised words ("Port Authority Director
    /// Ruiz"), and a sentence that opens with one has a lowercase verb. Capitals throughout are no
    /// title case: a line set in capitals may be any sentence ("THE FDA APPROVED …"). Only without
    /// a figure (checked by the caller): a headline with one can be checked.
    static func isTitleCase(_ text: String) -> Bool {
        let long = text.split(whereSeparator: { !$0.isLetter }).filter { $0.count > 3 }
        return long.count >= 5 && long.allSatisfy { $0.first?.isUppercase == true }
            && long.contains { $0.dropFirst().contains(where: \.isLowercase) }
    }

    /// "Harbour Master Ana Ruiz speaks during a hearing in Lagos on March 3.": a named person (two
    /// to six capitalised words, not opening with "The": "The WHO" is an organisation, which
    /// reports), a verb of action in the present tense and where they were, dated: a photo
    /// caption's shape (news tells a dated event in the past tense). A verb of reporting ("The
    /// CDC estimates in a report …"), a function word ("has", "was") or a verb of state
    /// ("remains in the purple tier") makes a statement. Only without a figure (checked by the
    /// caller).
    static func isPhotoCaption(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard words.first != "The" else { return false }
        var index = 0
        while index < words.count, words[index].first?.isUppercase == true { index += 1 }
        guard index >= 2, index <= 6, index + 1 < words.count else { return false }
        let verb = words[index].lowercased()
        guard verb.count > 3, verb.hasSuffix("s"), !verb.hasSuffix("ss"), !StopWords.contains(verb),
              !ClaimLexicon.reportingVerbForms.contains(verb), !ClaimLexicon.stateVerbs.contains(verb),
              ClaimLexicon.captionPlaces.contains(words[index + 1].lowercased())
        else { return false }
        // Dated: "on March 3", "on Dec. 29".
        let lower = words.map { String($0.lowercased().filter { $0.isLetter || $0.isNumber }) }
        return zip(lower, zip(lower.dropFirst(), lower.dropFirst(2))).contains { on, pair in
            on == "on" && ClaimLexicon.calendarWords.contains(pair.0) && pair.1.first?.isNumber == true
        }
    }

    /// "I have received many letters …", "My first thought was …", "“I've been painting …,” she
    /// said": a speaker's account of themselves, opening with "I" or "my" (after a leading
    /// conjunction: "But I …"), without a figure or a date (checked by the caller). An
    /// organisation speaks as "we" and stays. So does a finding told in the first person ("I found
    /// that the protein binds …", "My colleagues and I showed …"): a researcher's result, which the
    /// paper can confirm.
    static func isPersonalAccount(_ words: [String]) -> Bool {
        let first = words.first { !SourcePhrase.leadingConjunctions.contains($0) }
        guard first == "i" || first == "my" else { return false }
        return !words.contains(where: ClaimLexicon.findingVerbForms.contains)
    }

    /// "It remains unclear whether …", "It was not immediately clear if …": the sentence says what
    /// is not known. "It" (or "that") opens it; only linking words stand before the word of
    /// knowing, and a question word follows it. What it asks about a fact keeps the fact: a second
    /// clause that states one ("…, which killed 12 people", "…, but police said 3 were hurt"), or
    /// a figure after a wh-word ("why the disease kills 10% of children" says it does; "whether
    /// the 17-year-old held a licence" leaves the figure open).
    static func isOpenQuestion(_ words: [String], hasFigure: Bool) -> Bool {
        guard ["it", "that"].contains(words.first ?? "") else { return false }
        var index = 1
        while index < words.count, index <= 5, ClaimLexicon.openQuestionLinks.contains(words[index]) { index += 1 }
        guard index > 1, index + 1 < words.count, ClaimLexicon.openQuestionWords.contains(words[index]) else { return false }
        // "clear" and "known" say it only when negated: "it is clear that …" is a statement.
        if ClaimLexicon.knownWords.contains(words[index]), !words[1..<index].contains("not"), !words[1..<index].contains("t") {
            return false
        }
        let opener = words[index + 1]
        guard ClaimLexicon.questionWords.contains(opener) else { return false }
        if hasFigure, !ClaimLexicon.openingWithoutFact.contains(opener) { return false }
        return !statesSecondClause(words, from: index + 2)
    }

    /// Whether a clause that states something opens at or after `start`: an opener of
    /// ``ClaimLexicon/statementClauseOpeners`` with a finite verb within the five words after it
    /// ("which killed", "although it cut", "after the virus was found"). Without one the opener
    /// heads a phrase ("after the flood"), which states nothing of its own.
    static func statesSecondClause(_ words: [String], from start: Int) -> Bool {
        guard start < words.count else { return false }
        for index in start..<words.count where ClaimLexicon.statementClauseOpeners.contains(words[index]) {
            let clause = words[(index + 1)..<min(words.count, index + 6)]
            if clause.contains(where: isFiniteVerb) { return true }
        }
        return false
    }

    /// A word that is a verb of a clause: a form of "be" or "have", a past form in "-ed", a
    /// reporting verb ("said") or a word of change ("cut", "rose").
    ///
    /// Why a third test beside ``AttributionParser/standsAsFiniteVerb(_:_:wordNet:base:)`` (is the
    /// word before a verb's place a subject's end?) and ``AttributionParser/isFiniteVerb(_:at:)``
    /// (does a subject's predicate open here, and no reduced relative, "drivers affected by"?):
    /// this one reads a word alone, with no neighbours and no WordNet, because its callers hold
    /// words without their places: the gate's `a:finiteVerb` reads the sentence's words as a set,
    /// and ``statesSecondClause(_:from:)`` a window after a clause opener. The two others judge a
    /// word at a place in a ``WordCursor`` and ask WordNet. Merged into one, the gate's feature
    /// would read another thing than the committed weights were trained on.
    static func isFiniteVerb(_ word: String) -> Bool {
        ClaimLexicon.beForms.contains(word) || ["has", "have", "had"].contains(word) || (word.count > 4 && word.hasSuffix("ed"))
            || ClaimLexicon.reportingVerbForms.contains(word) || ClaimLexicon.changeWords.contains(word)
    }

    /// "He also urged calm", "It calls on the regulator to require …", "Researchers urged users to
    /// update": a request as the sentence's main verb, after a subject of at most three words ("the
    /// health ministry": a determiner, a modifier and a noun; a longer run before the verb is
    /// mostly a clause of its own, "…, and urged the state to act", whose request leaves the
    /// statement before it). Only without a figure (checked by the caller): "urged 300 families to
    /// leave" reports how many. A passive ("The ruling was appealed …") reports what was done, and
    /// a clause that states a reason or an event ("urged caution after the virus was found in
    /// mosquitoes") carries a fact.
    static func isRequest(_ words: [String]) -> Bool {
        guard words.count > 2 else { return false }
        for index in 1..<min(words.count, 5) {
            guard let after = ClaimLexicon.appealVerbs[words[index]] else { continue }
            if let after, words.count <= index + 1 || words[index + 1] != after { return false }
            let subject = words[0..<index].filter { $0 != "also" }
            guard !subject.contains(where: ClaimLexicon.beForms.contains), !statesSecondClause(words, from: index + 1) else { return false }
            return !subject.isEmpty && subject.count <= 3
        }
        return false
    }

    /// Words in lowercase, split at anything but letters and digits ("it's" → "it", "s"), except a
    /// hyphen that joins a letter to digits: "I-95" is a road, never the word "I".
    static func lowercaseWords(_ text: String) -> [String] {
        let characters = Array(text.lowercased())
        var words: [String] = []
        var word = ""
        for (index, character) in characters.enumerated() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "-", !word.isEmpty, word.last?.isLetter == true,
                      index + 1 < characters.count, characters[index + 1].isNumber {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// At most twelve words, all of them dates, times, numbers or "posted"/"updated", one a month
    /// or a weekday.
    static func isDateline(_ words: [String]) -> Bool {
        guard !words.isEmpty, words.count <= 12 else { return false }
        let datedOnce = words.contains { ClaimLexicon.calendarWords.contains($0) }
        return datedOnce && words.allSatisfy { word in
            ClaimLexicon.calendarWords.contains(word) || ClaimLexicon.datelineWords.contains(word) || isClockOrNumber(word)
        }
    }

    /// "2022", "21", "55pm".
    private static func isClockOrNumber(_ word: String) -> Bool {
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty else { return false }
        let rest = String(word.dropFirst(digits.count))
        return ["", "am", "pm"].contains(rest) || Lexicon.ordinalSuffixes.contains(rest)
    }

    /// A pronoun and, within three words of linking verbs and intensifiers, a word of feeling:
    /// "she was ‘appalled’", "they felt unable", "he has me thinking", "it's tragic".
    static func expressesFeeling(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where ClaimLexicon.feelingSubjects.contains(word) {
            var next = index + 1
            while next < words.count, next - index <= 3 {
                if ClaimLexicon.feelingWords.contains(words[next]) { return true }
                guard ClaimLexicon.feelingLinks.contains(words[next]) else { break }
                next += 1
            }
        }
        return false
    }

    /// A speaker's belief, hope or wish as what the sentence says: "She hopes that …", "Ana Ruiz
    /// said she believes …", "told the BBC she and her neighbours worried that …". The holder is a
    /// pronoun opening the sentence or the clause of its first verb of speech; a view reported
    /// later ("…, but members said they wanted a copy") leaves the claim before it.
    static func expressesView(_ words: [String], verbs: Set<String> = ClaimLexicon.viewVerbs) -> Bool {
        var holders: [Int] = [0]
        if let speech = words.firstIndex(where: { AttributionParser.speechVerbForms.contains($0) }) {
            // Right after the verb, after "that" or a day, or after whom it was told ("told Coast FM she …").
            let told = ["tell", "tells", "told"].contains(words[speech])
            for holder in (speech + 1)...(speech + 3) where holder < words.count {
                let between = words[(speech + 1)..<holder]
                if told || between.allSatisfy({ $0 == "that" || SourcePhrase.timeWords.contains($0) }) { holders.append(holder) }
            }
        }
        for holder in holders where holder + 1 < words.count && ClaimLexicon.viewHolders.contains(words[holder]) {
            if words[holder + 1] == "and" {
                // "she and some neighbours worried": the pair's verb within four words.
                if words[(holder + 2)..<min(words.count, holder + 6)].contains(where: verbs.contains) { return true }
                continue
            }
            // The verb within three words, only adverbs and auxiliaries before it ("still", "does not").
            for word in words[(holder + 1)..<min(words.count, holder + 4)] {
                if verbs.contains(word) { return true }
                guard ClaimLexicon.viewAdverbs.contains(word) else { break }
            }
        }
        return false
    }

    /// Views that stay views whatever figure they hold.
    static let hopeVerbs: Set<String> = Lexicon.beliefVerbForms.union(["hope", "hopes", "hoped", "wish", "wishes", "wished"])

    /// "is also a great balm", "are a wonderful gift": a linking verb, then "a"/"an" and an
    /// effusive adjective, praise in the shape of a noun.
    static func isFigureOfPraise(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where ["is", "are", "was", "were"].contains(word) {
            var next = index + 1
            while next < words.count, ["also", "truly", "really", "simply", "such"].contains(words[next]) { next += 1 }
            guard next + 1 < words.count, Lexicon.indefiniteArticles.contains(words[next]) else { continue }
            if ClaimLexicon.effusiveAdjectives.contains(words[next + 1]) { return true }
        }
        return false
    }
}
