import TextAnalysis

/// Whether the words before a reporting verb name a source: a noun phrase (a name, an
/// organisation, a role, a publication), not a clause or a pronoun. "Goldman analysts said" names
/// one; "the United States does not" (a capitalised name whose last word looks like a verb), "He
/// also said" (a pronoun) and "the rebound was stronger than economists had estimated" (a clause)
/// do not.
enum SourcePhrase {
    /// The source's words within `start..<end` of `words`: what follows the last comma ("In a
    /// research report early Tuesday, Goldman analysts said" → "Goldman analysts") or the name
    /// before an apposition ("Ana Ruiz, an editor at X, said" → "Ana Ruiz"), without a
    /// leading conjunction ("But police said") or article, and without trailing adverbs ("Smith also
    /// said"); nil when what is left is no noun phrase.
    static func trimmed(_ words: WordCursor, from start: Int, to end: Int) -> Range<Int>? {
        // "Ana Ruiz, an editor at X, has said", "…, the harbour master, has also described": an
        // auxiliary or an adverb after the apposition's comma belongs to the verb; the words are
        // closed by that comma.
        var end = end
        var verbGroup = end
        while verbGroup > start + 1, trailingAdverbs.contains(words.lower(verbGroup - 1)) { verbGroup -= 1 }
        if verbGroup < end, words.hasCommaAfter(verbGroup - 1) { end = verbGroup }
        // Comma-separated segments; the name is the last one, or, when a comma closes the words
        // ("Ana Ruiz, an editor at the Hill Institute, said"), the one before the apposition.
        var segments: [Range<Int>] = []
        var segmentStart = start
        // "humans—carbon dating showed", "— the Post's fact-check team documented": a dash of
        // punctuation ends what stands before it as a comma does, and so does a colon ("not only
        // costly but slow: a growing body of research shows") when it closes a clause
        // (``WordCursor/hasClauseColonAfter(_:)``: not "10:30", "Update 2:" or "Halo: Reach").
        for index in start..<end where words.hasCommaAfter(index) || words.hasDashAfter(index) || words.hasClauseColonAfter(index) {
            segments.append(segmentStart..<(index + 1))
            segmentStart = index + 1
        }
        if segmentStart < end { segments.append(segmentStart..<end) }
        guard let last = segments.last else { return nil }
        // Closed by a comma, the first segment that names someone is the name: "Ana Ruiz, an
        // editor at X, said"; "In 2019, Ana Ruiz, a scholar, said"; "Chi Onwurah, the MP for
        // Leeds, who backs the report, said".
        if segmentStart == end, segments.count >= 2 {
            let phrases = joiningRegions(words, segments.compactMap { trim(words, $0) }).filter { namesSomeone(words, $0) }
            // "The institute's CEO, Oren Etzioni, says", "Another, Pelco, announced": a role and a
            // name in apposition, in either order, credit the name.
            // A list in apposition ("The three firms, Apple, Google and Microsoft, said") or a
            // second role and name ("The firm's lawyer, Ana Ruiz, and its spokesman, Bo Lee,
            // said") names several: the role stands.
            let listed = segments.dropFirst().contains { segment in
                segment.contains { ["and", "or", "&"].contains(words.lower($0)) && !words.isCapitalized($0) }
            }
            if let first = phrases.first, !isPersonalName(words, first), !listed,
               phrases.dropFirst().filter({ isPersonalName(words, $0) }).count == 1,
               let name = phrases.dropFirst().first(where: { isPersonalName(words, $0) })
            {
                return name
            }
            return phrases.first
        }
        return trim(words, last)
    }

    /// The phrases with each region that continues the place before it joined to that place:
    /// "officials in Broward County, Florida, said" is one phrase, no role ("officials in Broward
    /// County") and a name ("Florida") in apposition. English writes a place and the region it lies
    /// in with a comma between ("a town in Kent, England"); read only when the region
    /// (``WordNet/namesRegion(_:)``, at most three capitalised words) stands right after a phrase
    /// whose head is someone who speaks (a role or study noun before "in": "officials in",
    /// "researchers in") and whose last words are capitalised after that "in". "In Paris, Macron
    /// said" (no head before "in"), "the mayor of Paris, Hidalgo, said" (no "in", no region) and
    /// "fans in Leeds, Ana Ruiz said" (no region) keep their name.
    static func joiningRegions(_ words: WordCursor, _ phrases: [Range<Int>]) -> [Range<Int>] {
        var joined: [Range<Int>] = []
        for phrase in phrases {
            if let previous = joined.last, continuesPlace(words, previous, with: phrase) {
                joined[joined.count - 1] = previous.lowerBound..<phrase.upperBound
            } else {
                joined.append(phrase)
            }
        }
        return joined
    }

    /// Whether `region` names the region the place closing `phrase` lies in (``joiningRegions(_:_:)``).
    static func continuesPlace(_ words: WordCursor, _ phrase: Range<Int>, with region: Range<Int>) -> Bool {
        guard region.lowerBound == phrase.upperBound, region.count <= 3, region.allSatisfy({ words.isCapitalized($0) }),
              let preposition = phrase.last(where: { !words.isCapitalized($0) }), words.lower(preposition) == "in",
              preposition + 1 < phrase.upperBound,
              (phrase.lowerBound..<preposition).contains(where: { index in
                  Lexicon.sourceRoleNouns.contains(words.lower(index)) || studyNouns.contains(words.lower(index))
              }),
              let wordNet = try? WordNet.shared()
        else { return false }
        return wordNet.namesRegion(region.map { words.lower($0) }.joined(separator: " "))
    }

    /// Whether the capitalised focusing adverb that opens `phrase` at the sentence's start ("Even
    /// George Eustice, the minister, has said", "Even centrist think tanks have argued") is the
    /// adverb, not a first name: a lowercase word follows it, or a name of two capitalised words
    /// or more closes the phrase after it. Before a single capitalised word ("Even Ulving said")
    /// it may be a first name with its surname, and stays. General English: a focusing adverb
    /// stands before a whole noun phrase, which a lone capitalised word seldom is after a first name.
    static func opensSentenceAsAdverb(_ words: WordCursor, _ phrase: Range<Int>) -> Bool {
        guard phrase.lowerBound == 0, phrase.count >= 2 else { return false }
        let rest = (phrase.lowerBound + 1)..<phrase.upperBound
        if !words.isCapitalized(rest.lowerBound) { return true }
        // "Even Stensrud Larsen said": the first name "Even" stands before a surname, seldom an
        // English word; a word WordNet knows after it ("Even George Eustice", "Even Mayor Lopes":
        // a given name or a title it lists) makes "Even" the adverb.
        guard rest.count >= 2, rest.allSatisfy({ words.isCapitalized($0) }), let wordNet = try? WordNet.shared() else { return false }
        return !wordNet.partsOfSpeech(of: words.lower(rest.lowerBound)).isEmpty
    }

    /// Whether the phrase is a name and nothing else: at most five words, all capitalised, none a
    /// role or a study ("Gary Scott", "Pelco"; not "Chief Executive Officer (Acting) of the Zone
    /// Authority", "The Survey"). A lone capitalised word opening the sentence that WordNet knows,
    /// but not as a noun, is a determiner or an adjective ("Another", "Several"), no name.
    static func isPersonalName(_ words: WordCursor, _ range: Range<Int>) -> Bool {
        guard range.count <= 5, range.allSatisfy({ words.isCapitalized($0) }),
              !range.contains(where: { Lexicon.sourceRoleNouns.contains(words.lower($0)) || studyNouns.contains(words.lower($0)) })
        else { return false }
        if range == 0..<1, let wordNet = try? WordNet.shared() {
            let parts = wordNet.partsOfSpeech(of: words.lower(0))
            return parts.isEmpty || parts.contains(.noun)
        }
        return true
    }

    /// A segment without a leading conjunction or article and without trailing adverbs; nil when
    /// what is left is no noun phrase.
    private static func trim(_ words: WordCursor, _ segment: Range<Int>) -> Range<Int>? {
        var lower = segment.lowerBound
        var upper = segment.upperBound
        // "Mr. Ruano last week said", "Smith also said": the words after the name are no part of it.
        while upper > lower + 1, trailingAdverbs.contains(words.lower(upper - 1)) || timeWords.contains(words.lower(upper - 1))
            || isOnlyAdverb(words, upper - 1)
        {
            // "New data on Thursday showed": a day after the name takes its preposition with it.
            if upper - 2 > lower, timeWords.contains(words.lower(upper - 1)),
               AttributionParser.circumstancePrepositions.contains(words.lower(upper - 2))
            {
                upper -= 1
            }
            // "health officials this week said": a noun of time takes its determiner with it
            // (``Lexicon/timeDeterminers``); "this" left behind would close the name.
            if upper - 2 > lower, timeNouns.contains(words.lower(upper - 1)), timeDeterminers.contains(words.lower(upper - 2)) {
                upper -= 1
            }
            upper -= 1
        }
        // "the Harbour Safety Board (HSB) said": a bracketed acronym after the name repeats it, an
        // apposition, no part of it.
        // Only when its letters are the initials of the words before it: "Jane Ruiz (BBC)" and "the
        // agency (NASA)" name a second party or the only name, and keep it.
        if upper - 1 > lower, words.isAcronym(upper - 1), words.isBracketed(upper - 1),
           words.isAcronym(upper - 1, of: lower..<(upper - 1))
        {
            upper -= 1
        }
        // "Ana Ruiz founded the paper and writes for it": a phrase closed by a conjunction is the
        // first half of a coordinated predicate (``Lexicon/clauseJoiners``), no noun phrase before
        // a verb of its own.
        if upper > lower, Lexicon.clauseJoiners.contains(words.lower(upper - 1)) { return nil }
        // "even the ministry said": a lowercase focusing adverb is no part of the name; a capital
        // "Even" may be one ("Even Ulving, a Norwegian runner, said").
        while lower < upper, leadingConjunctions.contains(words.lower(lower))
            || Lexicon.focusingAdverbs.contains(words.lower(lower)) && (!words.isCapitalized(lower) || opensSentenceAsAdverb(words, lower..<upper))
        {
            lower += 1
        }
        // "The ban, due to end in April, comes after health officials said": words after a comma
        // that open with a verb of sequence (``Lexicon/sequenceVerbForms``) and "after" or "before"
        // (``Lexicon/sequenceConjunctions``) are the predicate of the subject before the commas;
        // the reporting verb's subject is that of the clause the conjunction opens. Only those
        // verbs: a plural noun that WordNet also knows as a verb ("Meanwhile, reports after the
        // storm said", "talks after the summit") is the name.
        if lower > 0, lower + 2 < upper, words.hasCommaAfter(lower - 1) || words.hasDashAfter(lower - 1),
           !words.isCapitalized(lower), Lexicon.sequenceConjunctions.contains(words.lower(lower + 1)),
           Lexicon.sequenceVerbForms.contains(words.lower(lower))
        {
            lower += 2
        }
        // "While Government say …", "If the ministry said …": a subordinate clause's subject credits
        // that clause only, not the sentence's claim.
        // "If so, experts say …", "Although costs rose, officials said …": a subordinate clause
        // closed by a comma leaves the words after the comma the main clause's subject.
        if lower < upper, Lexicon.subordinators.contains(words.lower(lower)) {
            guard let comma = (lower..<(upper - 1)).last(where: { words.hasCommaAfter($0) }) else { return nil }
            lower = comma + 1
        }
        // "Half a year later the White House", "Two days earlier police": a span of time counted
        // back or forward is when, no part of the name.
        if let when = elapsedTimeEnd(words, lower..<upper) {
            lower = when
            while lower < upper, leadingConjunctions.contains(words.lower(lower)) { lower += 1 }
        }
        // "This week SDK announced", "Last month the agency said", "Yesterday police said": a
        // phrase of when before the name is no part of it.
        if let when = timePhraseEnd(words, lower..<upper) {
            lower = when
            while lower < upper, leadingConjunctions.contains(words.lower(lower)) { lower += 1 }
        }
        // "under questioning Josenrique Cueto", "In 2019 Ana Ruiz": a phrase of circumstance before
        // the name is no part of it, when the name (capitalised words, then at most role nouns:
        // "Goldman analysts") closes the words and no clause word comes before it. "After Ana left
        // the room police", "for which Lee" and "While the memo said that the Gold Standard" stay clauses.
        // The name is the run of capitalised words (and roles) that closes the words, past a date
        // inside the phrase ("In September 2019 Bill Maher") and past days and months at its head.
        // Only a date is skipped so: "as the Harbour Clinic and the CDC" is no phrase of
        // circumstance before "CDC".
        let nameWord = { (index: Int) in
            words.isCapitalized(index) || Lexicon.sourceRoleNouns.contains(words.lower(index)) || studyNouns.contains(words.lower(index))
        }
        let dateWord = { (index: Int) in
            words.lower(index).allSatisfy(\.isNumber) || Lexicon.monthNames.contains(words.lower(index)) || timeWords.contains(words.lower(index))
        }
        let firstWord = lower
        if lower < upper, prepositions.contains(words.lower(lower)),
           let firstCapital = ((lower + 1)..<upper).first(where: { words.isCapitalized($0) }),
           var name = (firstCapital..<upper).first(where: { start in
               words.isCapitalized(start) && (start..<upper).allSatisfy(nameWord) && (firstCapital..<start).allSatisfy(dateWord)
           }),
           !((lower + 1)..<name).contains(where: { clauseWords.contains(words.lower($0)) }),
           (name..<upper).allSatisfy({ words.isCapitalized($0) || Lexicon.sourceRoleNouns.contains(words.lower($0)) || studyNouns.contains(words.lower($0)) })
        {
            // "On Friday Ana Ruiz", "in June April Ryan": one day or month right after the
            // preposition is when; the capitalised run after it stays whole ("On Friday Tuesday
            // Morning Corp", "In 2019 May Department Stores": no preposition before "May").
            if name + 1 < upper, words.isCapitalized(name + 1), prepositions.contains(words.lower(name - 1)),
               timeWords.contains(words.lower(name)) || Lexicon.monthNames.contains(words.lower(name))
            {
                name += 1
            }
            lower = name
            // "as my colleague Ana Ruiz wrote", "by the port's pilot Bo Lee": a determiner and
            // nouns ending in a noun of people before the name are its premodifiers, no
            // circumstance ("after the verdict Ana Ruiz said" keeps "Ana Ruiz").
            if let kept = premodifierStart(words, preposition: firstWord, name: name) { lower = kept }
        }
        // "in a statement on Monday the Port Authority", "on Tuesday the health ministry": a phrase of
        // where and when before the name, closed by the name's article, is no part of it.
        if let article = circumstanceBefore(words, lower..<upper) { lower = article + 1 }
        guard lower < upper, isNounPhrase(words, lower..<upper) else { return nil }
        return lower..<upper
    }

    /// Where the premodifiers of the name at `name` start, when the words between the preposition
    /// at `preposition` and the name are a title: a determiner (an article or a person's
    /// possessive, ``Lexicon/personPossessives``: "my", "our"), at most one lowercase noun as a
    /// modifier, and one lowercase singular noun that is first of all a person
    /// (``AttributionParser/isNounOfPeople(_:wordNet:organisations:anySense:)`` without organisations):
    /// "as my colleague Ana Ruiz", "by the economist Bo Lee", "as the police chief Bo Lee". Any other
    /// words are the preposition's place or occasion and no part of the name ("In the town
    /// square Ana Ruiz said", "At the club Bo Lee said", "Among the strikers Ana Ruiz said"): nil.
    static func premodifierStart(_ words: WordCursor, preposition: Int, name: Int) -> Int? {
        let first = preposition + 1
        guard name - first == 2 || name - first == 3, ((first + 1)..<name).allSatisfy({ index in
                  let word = words.lower(index)
                  return !words.isCapitalized(index) && !prepositions.contains(word) && !clauseWords.contains(word) && !timeWords.contains(word)
                      && !word.contains(where: \.isNumber) && !Lexicon.monthNames.contains(word) && !Lexicon.articles.contains(word)
              }),
              !words.isCapitalized(first),
              Lexicon.personPossessives.contains(words.lower(first)) || Lexicon.articles.contains(words.lower(first)),
              let wordNet = try? WordNet.shared(),
              // A modifier before the role is a noun ("police chief"), no adjective of a group ("the other nurses").
              name - first == 2 || wordNet.partsOfSpeech(of: words.lower(first + 1)).contains(.noun)
                  && !wordNet.partsOfSpeech(of: words.lower(first + 1)).contains(.adjective)
        else { return nil }
        let noun = words.lower(name - 1)
        // A plural is a group the name stands among, no title ("among the strikers").
        guard !wordNet.nounBaseForms(of: noun).contains(where: { $0 != noun }), !prepositions.contains(noun), !clauseWords.contains(noun),
              AttributionParser.isNounOfPeople(noun, wordNet: wordNet, organisations: false)
        else { return nil }
        return first
    }

    /// Where a phrase of when that opens `range` ends, when a name follows it: "this week", "last
    /// month", "earlier this year", "yesterday", "on Tuesday" (a day alone is read by ``trim``'s
    /// preposition rule). Nil when `range` does not open with one or nothing is left after it.
    static func timePhraseEnd(_ words: WordCursor, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        if index < range.upperBound, words.lower(index) == "earlier" || words.lower(index) == "later",
           index + 1 < range.upperBound, timeDeterminers.contains(words.lower(index + 1))
        {
            index += 1
        }
        if index < range.upperBound, timeDeterminers.contains(words.lower(index)) { index += 1 }
        guard index < range.upperBound, timeWords.contains(words.lower(index)) else { return nil }
        // A noun of time needs its determiner ("this week"); a day or "yesterday" stands alone.
        guard index > range.lowerBound || !timeNouns.contains(words.lower(index)) && !timeDeterminers.contains(words.lower(index))
        else { return nil }
        // A lone day or "today" may open a name ("Sunday Times", "Friday Harbor officials", "Today
        // show host"): it is a phrase of when only before a lowercase word or an article ("Monday
        // police said", "Today the ministry said"). "Yesterday" names nothing.
        if index == range.lowerBound, words.lower(index) != "yesterday", index + 1 < range.upperBound,
           words.isCapitalized(index + 1), !Lexicon.articles.contains(words.lower(index + 1))
        {
            return nil
        }
        index += 1
        return index < range.upperBound ? index : nil
    }

    /// Where a span of time counted from another moment ends, when it opens `range` and a name
    /// follows: "half a year later", "two days earlier", "weeks ago". Nil otherwise.
    static func elapsedTimeEnd(_ words: WordCursor, _ range: Range<Int>) -> Int? {
        guard range.count >= 3, let marker = (range.lowerBound + 1..<min(range.upperBound - 1, range.lowerBound + 5)).first(where: {
            Lexicon.elapsedTimeMarkers.contains(words.lower($0))
        }) else { return nil }
        // The unit the span is counted in, singular or plural: QuantityParser's units of time.
        let noun = words.lower(marker - 1)
        let units = QuantityParser.timeUnits
        guard units.contains(noun) || units.contains(noun + "s") || noun.hasSuffix("y") && units.contains(String(noun.dropLast()) + "ies")
        else { return nil }
        let amount = (range.lowerBound..<(marker - 1)).allSatisfy { index in
            let word = words.lower(index)
            return Lexicon.determiners.contains(word) || Lexicon.elapsedAmountWords.contains(word) || Lexicon.numberWords[word] != nil || word.allSatisfy(\.isNumber)
        }
        return amount ? marker + 1 : nil
    }

    /// Words that make a time word a phrase of when (``Lexicon/timeDeterminers``).
    static let timeDeterminers: Set<String> = Lexicon.timeDeterminers

    /// Nouns of time that need a determiner to say when (``Lexicon/timeNouns``).
    static let timeNouns: Set<String> = Lexicon.timeNouns

    /// The index of the article that closes a phrase of where and when opening `range` ("on
    /// Tuesday the …", "in a statement on Monday the …"): a preposition, then only words of
    /// circumstance (``AttributionParser/circumstanceWords``, ``timeWords``), then "the" after a
    /// noun of them. Nil when the range does not open so.
    static func circumstanceBefore(_ words: WordCursor, _ range: Range<Int>) -> Int? {
        guard range.count >= 4, AttributionParser.circumstancePrepositions.contains(words.lower(range.lowerBound)) else { return nil }
        let articles = Lexicon.articles
        for index in (range.lowerBound + 1)..<(range.upperBound - 1) {
            let word = words.lower(index)
            let previous = words.lower(index - 1)
            if word == "the", !articles.contains(previous), !AttributionParser.circumstancePrepositions.contains(previous) {
                return index
            }
            guard AttributionParser.circumstanceWords.contains(word) || timeWords.contains(word) || word.allSatisfy(\.isNumber) else {
                return nil
            }
        }
        return nil
    }

    /// "the suppliers invariably said": a lowercase word WordNet knows only as an adverb follows
    /// the name, and is no part of it.
    static func isOnlyAdverb(_ words: WordCursor, _ index: Int) -> Bool {
        guard !words.isCapitalized(index), let wordNet = try? WordNet.shared() else { return false }
        return wordNet.partsOfSpeech(of: words.lower(index)) == [.adverb]
    }

    /// Whether the phrase's last word can head a noun phrase: a name (capitalised inside the
    /// sentence), a word WordNet lacks, or one it knows as a noun. "Published estimates put" read
    /// at "estimates" leaves "Published", which WordNet knows only as a verb and an adjective: no
    /// source. But an adjective after "the" names people ("The injured told police", "the wealthy
    /// said"), and at the sentence's start a capitalised word may be a name whatever WordNet says
    /// ("Strong said", "Vital said", "Affirm said"): there only a verb form in -ed/-ing is
    /// rejected, unless a speech verb follows it ("Allied said"). Without the WordNet database every
    /// word may head one.
    static func hasNounHead(_ words: WordCursor, _ range: Range<Int>) -> Bool {
        let head = range.upperBound - 1
        guard head == 0 || !words.isCapitalized(head), !words.isAcronym(head), let wordNet = try? WordNet.shared() else { return true }
        let word = words.lower(head)
        let parts = wordNet.partsOfSpeech(of: word)
        if parts.isEmpty || parts.contains(.noun) { return true }
        if head > range.lowerBound, words.lower(head - 1) == "the", parts.contains(.adjective) { return true }
        guard head == 0 else { return false }
        let verbForm = parts.contains(.verb) && (word.hasSuffix("ed") || word.hasSuffix("ing"))
        return !verbForm || range.upperBound < words.count && speechVerbForms.contains(words.lower(range.upperBound))
    }

    /// Every form of a speech verb ("said", "tells"): after one, a capitalised first word is a speaker.
    static let speechVerbForms: Set<String> = Set(Lexicon.speechVerbs.flatMap(\.all))

    /// Whether word `index` is a past participle opening a phrase ("supported by", "funded by"):
    /// lowercase, ending in "ed", a verb to WordNet, a preposition after it.
    static func opensParticiple(_ words: WordCursor, at index: Int) -> Bool {
        guard index + 1 < words.count, !words.isCapitalized(index), words.lower(index).hasSuffix("ed"),
              prepositions.contains(words.lower(index + 1)), let wordNet = try? WordNet.shared()
        else { return false }
        return wordNet.partsOfSpeech(of: words.lower(index)).contains(.verb)
    }

    /// No verb, auxiliary, negation, subordinating word or quote; not a pronoun; not a bare
    /// preposition phrase; a head that can be a noun.
    static func isNounPhrase(_ words: WordCursor, _ range: Range<Int>) -> Bool {
        guard hasNounHead(words, range) else { return false }
        let lowered = range.map(words.lower)
        // "the WHO estimates" names an organisation; "who estimates" does not.
        if lowered.count == 1, pronouns.contains(lowered[0]), !words.isAcronym(range.lowerBound) { return false }
        if prepositions.contains(lowered[0]) { return false }
        if range.contains(where: { clauseWords.contains(words.lower($0)) && !words.isAcronym($0) }) { return false }
        return !words.hasQuoteMark(before: range.upperBound, from: range.lowerBound)
    }

    /// Whether the phrase names someone a reader could ask: a capitalised word past the first (or a
    /// one-word name that is no pronoun), a role ("prosecutors", "the ministry"), or a study-like
    /// noun ("the survey", "researchers").
    static func namesSomeone(_ words: WordCursor, _ range: Range<Int>) -> Bool {
        if words.hasCapitalizedWord(in: (range.lowerBound + 1)..<range.upperBound) { return true }
        // "the WHO" is an organisation, "Who" a pronoun.
        if range.count == 1, words.isCapitalized(range.lowerBound),
           !pronouns.contains(words.lower(range.lowerBound)) || words.isAcronym(range.lowerBound),
           !Lexicon.determiners.contains(words.lower(range.lowerBound))
        {
            return true
        }
        // "the owner said", "the landlord told": a definite noun phrase of a word or two (its "the"
        // trimmed off before) is someone the article has introduced.
        if range.count <= 2, range.lowerBound > 0, words.lower(range.lowerBound - 1) == "the" { return true }
        return range.contains { index in
            let word = words.lower(index)
            return Lexicon.sourceRoleNouns.contains(word) || studyNouns.contains(word)
        }
    }

    /// Nouns for findings, records and those who make them: "the study found", "researchers
    /// report", "the affidavit said", "video from the shop shows", "tests found".
    static let studyNouns: Set<String> = [
        "study", "studies", "survey", "surveys", "report", "reports", "research", "researchers", "review",
        "trial", "trials", "analysis", "poll", "data", "scientists", "paper", "affidavit", "complaint", "release",
        "filing", "records", "documents", "figures", "video", "footage", "tests", "test", "indictment", "lawsuit",
        "ruling", "investigation", "investigations", "audit", "audits", "inquiry", "inquest", "census", "statistics",
    ]

    /// Days and times that can sit where a speaker's name would: "said Tuesday".
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "earlier", "later", "recently", "last", "week", "month", "year", "morning", "evening", "night",
    ]

    static let pronouns: Set<String> = [
        "it", "this", "that", "he", "she", "they", "we", "i", "you", "these", "those", "there", "here",
        "one", "others", "someone", "everyone", "nobody", "who", "what", "which",
    ]

    /// Conjunctions, sentence adverbs and the article that may open a source's words without
    /// being part of its name: "But police said", "Separately, the Red Cross said", "Separately the Red Cross said".
    static let leadingConjunctions: Set<String> = [
        "and", "but", "so", "yet", "still", "meanwhile", "however", "also", "now", "then", "the", "separately",
        "similarly", "likewise", "additionally", "moreover", "furthermore", "elsewhere",
    ]

    static let trailingAdverbs: Set<String> = [
        "also", "previously", "later", "earlier", "further", "then", "now", "recently", "again", "once",
        "have", "has", "had", "both", "all", "first", "initially", "separately", "similarly", "publicly",
    ]

    static let prepositions: Set<String> = [
        "in", "on", "at", "for", "with", "by", "from", "to", "of", "after", "before", "during", "since", "as", "if",
        "when", "while", "because", "although", "though", "unless", "until", "despite", "about", "than", "like",
        "under", "among", "amid", "within", "without", "through", "throughout",
    ]

    /// Relative pronouns: lowercase after a name they open a clause that describes it ("said Ana
    /// Ruiz, who runs the port"); capitalised, "WHO" is an organisation.
    static let relativePronouns: Set<String> = Set(Lexicon.relativePronouns.filter { $0 != "that" })

    /// Words that make the words before a verb a clause, not a name: auxiliaries, negations,
    /// subordinators, relative pronouns.
    static let clauseWords: Set<String> = Lexicon.auxiliaryVerbs.union(relativePronouns).union([
        "not", "no", "never", "that", "when", "where", "if", "because", "while", "although", "than", "it", "he",
        "she", "they", "we", "i", "you", "there", "what", "how", "why", "gets", "got", "became", "become",
        "says", "said", "say", "and/or",
    ])
}
