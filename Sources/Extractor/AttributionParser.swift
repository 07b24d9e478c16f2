import FactCheckModel
import TextAnalysis

/// Finds who a sentence says its claim comes from, and strips that lead-in from the claim text.
///
/// Named: "According to the American Chiropractic Association, …", "The CDC reports that …",
/// "A 2017 study in the Journal of Pain found that …". Vague: "Studies have shown that …",
/// "Experts say …", "Research suggests …" — nobody a reader could check, which is itself a finding.
enum AttributionParser {
    struct Result {
        var attribution: Attribution
        /// Scalar offset in the sentence where the claim proper starts (after "that" or the comma).
        var claimStart: Int
        /// Scalar offset where it ends, when the attribution trails it ("…, according to X."); nil
        /// when the claim runs to the end of the sentence.
        var claimEnd: Int? = nil
        /// Word index where a source before its verb starts, when it stands after the claim: the
        /// comma that ends the claim comes before it ("…, a spokesman, who asked not to be named, said").
        var sourceWord: Int? = nil
    }

    static func parse(_ sentence: String) -> Result? {
        let words = WordCursor(sentence)
        // "“Several studies have found …,” reported Healthline.": a sentence that opens with a
        // quotation and names its speaker after it credits that speaker, whatever the quoted words
        // say inside (a vague lead-in or an "according to" in the quotation is the speaker's own).
        if words.startsWithQuote, let result = speakerAfterClaim(words) { return result }
        if let result = accordingTo(words) { return result }
        if let result = perSource(words) { return result }
        if let result = vague(words) { return result }
        // A short subject before a reporting verb ("The Harbour Clinic found that …") is the source,
        // whatever trails the claim ("…, as earlier studies had shown"). A long one ("Pain fell by 40
        // percent as the North Lab reports") is a clause: a trailing source is read first.
        let lead = reportingVerb(words)
        if let lead, isShortSource(lead.attribution.source) { return claimBeforeSource(words, lead) ?? lead }
        return bracketCitation(sentence) ?? trailingAs(words) ?? speakerAfterClaim(words) ?? speakerInsideClaim(words) ?? trailingSource(words) ?? lead
            ?? asReportedBy(words) ?? participleSpeaker(words)
    }

    /// "The scheme, as revealed in a series of court rulings monitored by X, worked like this",
    /// "as reported by the Harbour Gazette": a passive report's agent is the source. The noun
    /// phrase after "as", a reporting verb's participle and "in"/"by" runs to the next comma and
    /// stops before a postmodifier's participle ("monitored", "published") or a relative pronoun.
    private static func asReportedBy(_ words: WordCursor) -> Result? {
        guard words.count > 4 else { return nil }
        for index in 0..<(words.count - 3) where words.lower(index) == "as" {
            guard reportingParticiples.contains(words.lower(index + 1)), Lexicon.passiveAgentPrepositions.contains(words.lower(index + 2)) else { continue }
            let start = index + 3
            var end = start
            while end < words.count {
                let word = words.lower(end)
                if end > start, !words.isCapitalized(end), word.hasSuffix("ed") || SourcePhrase.relativePronouns.contains(word) { break }
                end += 1
                if words.hasCommaAfter(end - 1) { break }
            }
            guard end > start, end - start <= 14, let phrase = SourcePhrase.trimmed(words, from: start, to: end), phrase.lowerBound == start
                    || phrase.lowerBound == words.skipArticles(from: start),
                  SourcePhrase.namesSomeone(words, phrase),
                  // "as shown in the chart below": the article pointing at itself credits no one.
                  !(start..<end).contains(where: { Lexicon.selfReferenceWords.contains(words.lower($0)) })
            else { continue }
            let source = words.text(from: start, to: phrase.upperBound)
            // "…, as reported in The Guardian.": closing the sentence, the report is no part of the claim.
            let claimEnd = end >= words.count ? words.commaBefore(index) : nil
            return Result(attribution: Attribution(source: source, vague: isVagueName(source)), claimStart: 0, claimEnd: claimEnd)
        }
        return nil
    }

    /// The participles of the reporting verbs: "as reported by", "as revealed in".
    static let reportingParticiples: Set<String> = Set(Lexicon.reportingVerbs.map(\.participle))

    /// "… by 0.1°C (Harbour Climate Service, 2023).": a citation in brackets that ends the sentence.
    private static func bracketCitation(_ sentence: String) -> Result? {
        guard let (source, end) = BracketCitation.parse(sentence) else { return nil }
        return Result(attribution: Attribution(source: source, vague: false), claimStart: 0, claimEnd: end)
    }

    /// "Oil jumped 5% on Monday, analysts at Goldman Sachs wrote in a note.": a source after a comma
    /// whose verb is followed only by where and when it was said credits the clause before the
    /// comma; read as a lead-in, the claim was "in a note".
    ///
    /// A verb that ends the sentence (", officials said.", ", the WHO said on Tuesday.") leaves no
    /// word after the claim's start: the claim is still the clause before the comma, not the whole
    /// sentence with its attribution.
    private static func claimBeforeSource(_ words: WordCursor, _ lead: Result) -> Result? {
        guard lead.claimEnd == nil else { return nil }
        let first = (0..<words.count).first(where: { words.offsetOf($0) >= lead.claimStart }) ?? words.count
        let rest = (first..<words.count).map { words.lower($0) }
        // "in their conclusion", "to the council on Monday": a phrase that opens with a preposition
        // is where or when, whatever its noun.
        let circumstance = rest.first.map(circumstancePrepositions.contains) ?? false
            || rest.allSatisfy({ circumstanceWords.contains($0) || SourcePhrase.timeWords.contains($0) || $0.allSatisfy(\.isNumber) })
        guard first > 3, rest.count <= 7, circumstance else { return nil }
        // The comma that opens the source: the last one before the claim "began", after a clause.
        guard let comma = (3..<max(3, min(first, lead.sourceWord ?? first))).last(where: { words.hasCommaAfter($0) }),
              let end = words.commaBefore(comma + 1)
        else { return nil }
        return Result(attribution: lead.attribution, claimStart: 0, claimEnd: end)
    }

    /// "The plant, workers say, releases …": a short noun phrase and its verb set off by commas on
    /// both sides is a source, whoever it names.
    static func isParenthetical(_ words: WordCursor, _ subject: Range<Int>, verb: Int) -> Bool {
        guard subject.count <= 4, subject.upperBound == verb, words.hasCommaAfter(verb), verb + 1 < words.count,
              let comma = (0..<subject.lowerBound).last(where: { words.hasCommaAfter($0) }), comma >= 1
        else { return false }
        return (comma + 1..<subject.lowerBound).allSatisfy { SourcePhrase.leadingConjunctions.contains(words.lower($0)) }
    }

    /// Whether, after the verb at `verb` and at most a short phrase of where and when ("in an
    /// interview on Tuesday"), a comma opens a participle's clause ("adding that …", "citing strong
    /// demand"). (After ", and" the next clause is a claim too: cut there, its figures were lost.)
    static func opensClauseAfter(_ words: WordCursor, verb: Int) -> Bool {
        var comma = verb
        while !words.hasCommaAfter(comma) {
            comma += 1
            guard comma < words.count, comma - verb <= 7 else { return false }
            let word = words.lower(comma)
            guard circumstanceWords.contains(word) || SourcePhrase.timeWords.contains(word) || word.allSatisfy(\.isNumber) else {
                return false
            }
        }
        guard comma + 1 < words.count else { return false }
        let next = words.lower(comma + 1)
        return next.count > 4 && next.hasSuffix("ing") && !words.isCapitalized(comma + 1)
    }

    /// Words that open a clause of its own after a source's comma.
    static let clauseOpeners: Set<String> = [
        "but", "and", "or", "so", "yet", "while", "though", "although", "because", "as", "which", "who", "when", "after", "before",
    ]

    static let circumstancePrepositions: Set<String> = ["in", "on", "at", "to", "during", "via", "after", "before"]

    /// Where and when a statement was made: "in a note", "in a statement on November 18".
    static let circumstanceWords: Set<String> = [
        "in", "on", "at", "to", "a", "an", "the", "its", "their", "his", "her", "late", "early", "last", "this",
        "statement", "note", "notes", "interview", "email", "emailed", "report", "release", "memo", "letter",
        "filing", "briefing", "post", "posts", "thread", "blog", "press", "conference", "call", "client",
        "clients", "research", "tweet", "video", "podcast", "speech", "testimony", "court", "reporters",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "week", "month", "year", "morning", "afternoon", "evening", "night",
    ]

    /// A source of at most eight words and no comma.
    static func isShortSource(_ name: String) -> Bool {
        !name.contains(",") && name.split(separator: " ").count <= 8
    }

    /// Words between a trailing source and its verb: "as X and Y have both reported".
    static func stripAuxiliaries(_ words: WordCursor, from start: Int, to end: Int) -> Int {
        var end = end
        if end - 1 > start, ["have", "has", "had"].contains(words.lower(end - 1)) { end -= 1 }
        if end - 1 > start, ["both", "also", "all"].contains(words.lower(end - 1)) { end -= 1 }
        if end - 1 > start, ["have", "has", "had"].contains(words.lower(end - 1)) { end -= 1 }
        return end
    }

    /// Verbs that close a trailing attribution, in any form: "…, as the North Lab reports."
    static let trailingVerbs: Set<String> = Set(Lexicon.trailingReportingVerbs.flatMap(\.all))

    /// "claim, as the North Lab and the South Institute both report." (the comma is optional). The
    /// claim ends where the attribution starts.
    private static func trailingAs(_ words: WordCursor) -> Result? {
        guard words.count >= 5, trailingVerbs.contains(words.lower(words.count - 1)), !words.isCapitalized(words.count - 1) else { return nil }
        // The last "as" within the last few words.
        guard let asIndex = (max(1, words.count - 10)..<(words.count - 1)).last(where: { words.lower($0) == "as" }) else {
            return nil
        }
        // "twice as fast as the Ministry had estimated" compares; "just as Dr Lee predicted" likens.
        if asIndex >= 2, words.lower(asIndex - 2) == "as" { return nil }
        if ["just", "much", "so"].contains(words.lower(asIndex - 1)) { return nil }
        let nameStart = words.skipArticles(from: asIndex + 1)
        let end = stripAuxiliaries(words, from: nameStart, to: words.count - 1)
        guard end > nameStart else { return nil }
        let name = words.text(from: nameStart, to: end)
        guard words.hasCapitalizedWord(in: nameStart..<end) || isVagueName(name) else { return nil }
        return Result(
            attribution: Attribution(source: name, vague: isVagueName(name)), claimStart: 0,
            claimEnd: words.commaBefore(asIndex) ?? words.offsetOf(asIndex))
    }

    /// "According to X, claim" or "claim, according to X."
    private static func accordingTo(_ words: WordCursor) -> Result? {
        guard let start = words.find(["according", "to"]) else { return nil }
        let nameStart = words.skipArticles(from: start + 2)
        // The source name runs to the next comma, or the end of the sentence when it comes last.
        var end = nameStart
        while end < words.count {
            end += 1
            // "according to our forecasts — ahead of Buttigieg": a dash closes the noun phrase as a comma does.
            // "according to the Harbour Gazette.[4] Rents rose …": a stop before a footnote marker
            // ends the sentence the splitter left joined to the next.
            // "according to the board [4].": a spaced footnote marker is no part of the name either.
            if words.hasCommaAfter(end - 1) || words.hasDashAfter(end - 1) || words.hasStopBeforeMarker(after: end - 1)
                || words.isFootnoteMarker(end)
            {
                break
            }
        }
        guard end > nameStart, start > 0 || end < words.count else { return nil }
        // "…, though a rider can queue 3 days according to the port office.": a subordinator
        // (``Lexicon/subordinators``) opening the clause the phrase stands in, with no comma
        // between them, makes it that clause's source only; the sentence's claim has none.
        if inSubordinateClause(words, start, phraseEnd: end) { return nil }
        let name = words.text(from: nameStart, to: end)
        // "Also, according to our analysis, the data …": a sentence adverb before the phrase
        // leaves it a lead-in; the claim is what follows the source's comma.
        // So does a connective of two to four words: "For example, according to a study, …", "On
        // the other hand, according to …".
        let connective = (2...4).contains(start)
            && Lexicon.sentenceConnectives.contains((0..<start).map(words.lower).joined(separator: " "))
        let afterAdverbs = start <= 2 && (0..<start).allSatisfy { SourcePhrase.leadingConjunctions.contains(words.lower($0)) } || connective
        if start == 0 || (afterAdverbs && end < words.count && words.hasCommaAfter(end - 1)) {
            return Result(attribution: Attribution(source: name, vague: isVagueName(name)), claimStart: words.offsetAfter(end - 1, skippingComma: true))
        }
        // "Peak demand, according to the operator, reached 44,100 megawatts": set off by commas
        // between a subject and its verb, the phrase leaves the claim running through the rest of
        // the sentence; cut at the first comma, the claim kept no verb and lost every figure after
        // the source. A relative clause after the source ("…, according to its maker, which sold
        // 2 billion doses") describes the source and stays out.
        // Only where a verb follows: a participle's clause ("…, according to Reuters, citing two
        // people") or a second source ending the sentence ("…, according to the firm, the regulator
        // said") shows the clause before the phrase was already whole, and keeps the old cut; so
        // does a number after the name, an age in apposition ("according to Ana Ruiz, 45, a
        // trader,"), which would leak into the claim's figures.
        let opensParticiple = end < words.count && words.lower(end).count > 4 && words.lower(end).hasSuffix("ing")
        let endsWithSource = trailingVerbs.contains(words.lower(words.count - 1))
        if start >= 1, words.hasCommaAfter(start - 1), end < words.count, words.hasCommaAfter(end - 1),
           !SourcePhrase.relativePronouns.contains(words.lower(end)), !clauseOpeners.contains(words.lower(end)),
           !words.hasStopBeforeMarker(after: end - 1), !opensParticiple, !endsWithSource,
           !words.lower(end).contains(where: \.isNumber)
        {
            return Result(attribution: Attribution(source: name, vague: isVagueName(name)), claimStart: 0)
        }
        return Result(
            attribution: Attribution(source: name, vague: isVagueName(name)), claimStart: 0, claimEnd: words.commaBefore(start))
    }

    /// Whether the word at `index` stands in a subordinate clause that is still open: a
    /// subordinator (``Lexicon/subordinators``: "though", "although", "if", "because", …) after
    /// the last comma, dash or colon before it (or from the sentence's start). "Although prices
    /// rose, according to the bank, …" closes the clause with a comma first and stays sourced.
    /// From the sentence's start the clause must still run past the phrase that ends at
    /// `phraseEnd` to a comma ("Although the ferry was late according to the office, the line
    /// …"): with no comma, the subordinate clause may have closed unmarked before it.
    ///
    /// Two words of the list open no clause that closes before the main verb, so they are not
    /// read: "whether" opens a clause that is often the subject ("whether it floods depends on the
    /// rain according to the agency": the phrase is the main clause's), and "because of" is a
    /// preposition ("Because of the storm 40 homes were lost according to the council").
    static func inSubordinateClause(_ words: WordCursor, _ index: Int, phraseEnd: Int) -> Bool {
        let clauseStart = (0..<index).last(where: { words.hasCommaAfter($0) || words.hasDashAfter($0) || words.hasColonAfter($0) }).map { $0 + 1 } ?? 0
        if clauseStart == 0, phraseEnd >= words.count || !words.hasCommaAfter(phraseEnd - 1) { return false }
        return (clauseStart..<index).contains { position in
            let word = words.lower(position)
            guard Lexicon.subordinators.contains(word), word != "whether" else { return false }
            return !(word == "because" && position + 1 < words.count && words.lower(position + 1) == "of")
        }
    }

    /// "Biden leads on endorsements, per the FiveThirtyEight tracker, but …": "per" after a comma
    /// and before a noun phrase that names someone (an article or a capitalised word opens it)
    /// credits it, as "according to" does; the claim is the clause before the comma. "per day",
    /// "per 100,000" and "per cent" open no such phrase and stay rates, as does a capitalised
    /// thing priced per (``QuantityParser/priceDenominators``: "$40, per Person, and …", "per
    /// Capita figures"; not "per Home Office figures"). A lowercase phrase ("per court records") is not read. A speaker named
    /// in the clause before ("…, said Dr. Ana Ruiz, per a hospital statement") is the source:
    /// ``speakerAfterClaim(_:)`` reads it.
    private static func perSource(_ words: WordCursor) -> Result? {
        guard words.count > 4 else { return nil }
        for index in 2..<(words.count - 1) where words.lower(index) == "per" && words.hasCommaAfter(index - 1) {
            let first = index + 1
            guard words.isCapitalized(first) || Lexicon.articles.contains(words.lower(first)),
                  // "per Home Office figures" names the Home Office: only a denominator alone is a rate.
                  !(QuantityParser.priceDenominators.contains(words.lower(first)) && !(first + 1 < words.count && words.isCapitalized(first + 1)))
            else { continue }
            if let clause = stride(from: index - 1, through: 1, by: -1).first(where: { words.endsClause(before: $0) }),
               speaker(in: words, from: clause) != nil
            {
                return nil
            }
            var end = first
            while end < words.count {
                end += 1
                if words.hasCommaAfter(end - 1) || words.hasDashAfter(end - 1) { break }
            }
            let nameStart = words.skipArticles(from: first)
            // A name, a role or a record ("per the FiveThirtyEight tracker", "per court records"):
            // "per the usual" names nobody, though "the" opens it.
            let named = words.hasCapitalizedWord(in: nameStart..<end) || (nameStart..<end).contains {
                $0 < words.count && (Lexicon.sourceRoleNouns.contains(words.lower($0)) || SourcePhrase.studyNouns.contains(words.lower($0)))
            }
            guard end > nameStart, end - nameStart <= 12, named,
                  !(nameStart..<end).contains(where: { $0 < words.count && words.lower($0).allSatisfy(\.isNumber) })
            else { continue }
            let name = words.text(from: nameStart, to: end)
            return Result(attribution: Attribution(source: name, vague: isVagueName(name)), claimStart: 0, claimEnd: words.commaBefore(index))
        }
        return nil
    }

    /// "claim, Hill College found." and "claim, say the West Bureau and Hill College.": a source of
    /// at most eight words between the sentence's last comma and its end, before or after the verb
    /// (after ", says" up to fourteen: the source may be described at length).
    private static func trailingSource(_ words: WordCursor) -> Result? {
        let last = words.count - 1
        guard words.count >= 5 else { return nil }
        let commas = (max(0, last - 16)..<last).filter { words.hasCommaAfter($0) }
        guard let comma = commas.last else { return nil }
        var nameStart: Int
        var nameEnd: Int
        if trailingVerbs.contains(words.lower(comma + 1)), !words.isCapitalized(comma + 1) {
            // ", says the CDC."
            // "…, suggests that the pier served far more ships than the records show.": "that" opening a
            // clause with a verb of its own is what the verb says, no speaker after it.
            if thatOpensClause(words, at: comma + 2) { return nil }
            nameStart = words.skipArticles(from: comma + 2)
            nameEnd = words.count
        } else if trailingVerbs.contains(words.lower(last)), !words.isCapitalized(last) {
            // ", the CDC reports." / ", both agencies have found."
            nameStart = words.skipArticles(from: comma + 1)
            nameEnd = stripAuxiliaries(words, from: nameStart, to: last)
        } else {
            return nil
        }
        guard nameEnd > nameStart else { return nil }
        let name = words.text(from: nameStart, to: nameEnd)
        // After ", says" the source runs to the end and may be described at length ("…, says a
        // report highlighting the rise of short contracts in higher education."): it cannot be a clause.
        let verbFirst = nameEnd == words.count
        guard isShortSource(name) || verbFirst && !name.contains(",") && nameEnd - nameStart <= 14 else { return nil }
        guard words.hasCapitalizedWord(in: nameStart..<nameEnd) || isVagueName(name) || vagueTrailingNames.contains(name.lowercased())
        else { return nil }
        let vague = isVagueName(name) || vagueTrailingNames.contains(name.lowercased())
        return Result(attribution: Attribution(source: name, vague: vague), claimStart: 0, claimEnd: words.commaBefore(comma + 1))
    }

    /// Whether the "that" at `index` opens a clause: a word of ``SourcePhrase/clauseWords`` after it
    /// (an auxiliary, a copula, a subject pronoun, or a word that opens or links a clause, such as
    /// "when", "if", "than") before any relative pronoun
    /// (``Lexicon/relativePronouns``) or comma. "…, says that harbour's senior pilot." (a
    /// demonstrative before a noun) names a speaker, and so does "…, says that historian at the
    /// university who has studied it": the verb after "who" is the relative clause's, which
    /// describes the speaker, so the scan stops at the relative pronoun.
    static func thatOpensClause(_ words: WordCursor, at index: Int) -> Bool {
        guard index < words.count, words.lower(index) == "that" else { return false }
        for position in (index + 1)..<words.count {
            let word = words.lower(position)
            if Lexicon.relativePronouns.contains(word) { return false }
            if SourcePhrase.clauseWords.contains(word) { return true }
            if words.hasCommaAfter(position) { return false }
        }
        return false
    }

    /// Sources after a claim that name nobody: "…, experts say."
    static let vagueTrailingNames: Set<String> = [
        "experts", "scientists", "doctors", "researchers", "studies", "officials", "sources", "analysts", "critics",
        "authorities", "insiders", "observers",
    ]

    static let vaguePhrases: [[String]] = [
        "studies have shown", "studies show", "studies have found", "studies suggest", "studies found",
        "research shows", "research has shown", "research suggests", "research has found", "research indicates",
        "experts say", "experts agree", "experts believe", "scientists say", "scientists believe",
        "scientists have found", "doctors say", "doctors agree", "it has been shown", "it is known",
        "it is well known", "it's well known", "many believe", "some say", "evidence shows", "evidence suggests",
        "science says", "science shows", "a study found", "a study showed", "one study found",
        "a recent study found", "recent studies show", "recent research shows", "some studies show",
        "some studies suggest", "many studies show", "numerous studies show", "research proves",
        "studies prove", "it is believed", "surveys show", "data show", "data shows",
    ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    private static func vague(_ words: WordCursor) -> Result? {
        // Only a lead-in counts ("Studies have shown that …"), so only the first four words can start one.
        for start in 0..<min(4, words.count) {
            // "While one study found that …, that doesn't address …": a lead-in inside a subordinate
            // clause credits the subordinate clause only, which is no claim of the sentence.
            // "If so, experts say …": a subordinate clause closed by a comma before the lead-in leaves it the main clause's.
            if (0..<start).contains(where: { opener in
                Lexicon.subordinators.contains(words.lower(opener)) && !(opener..<start).contains(where: { words.hasCommaAfter($0) })
            }) { continue }
            for phrase in vaguePhrases where phrase[0] == words.lower(start) && words.matches(phrase, at: start) {
                var claimWord = start + phrase.count
                if claimWord < words.count, words.lower(claimWord) == "that" { claimWord += 1 }
                return Result(
                    attribution: Attribution(source: words.text(from: start, to: start + phrase.count), vague: true),
                    claimStart: keepsItsVerb(phrase) ? 0 : words.offsetOf(claimWord))
            }
        }
        return nil
    }

    /// Whether a lead-in's claim keeps the lead-in's verb, the sentence whole: a verb of belief
    /// (``Lexicon/beliefVerbForms``: "Engineers believe that the hull is safe", and the vague
    /// "Experts believe that …" alike) tells that what follows is held, which is weaker than a
    /// statement, as a denial's verb tells that it is denied. The one rule for both lead-ins.
    static func keepsItsVerb(_ phrase: [String]) -> Bool {
        phrase.contains { Lexicon.beliefVerbForms.contains($0) }
    }

    /// Finite forms of ``Lexicon/reportingVerbs`` open an attribution: "The study found …".
    static let reportingVerbs: Set<String> = Set(Lexicon.reportingVerbs.flatMap(\.finite))

    /// Each finite form's base ("found" → "find").
    static let reportingVerbBases: [String: String] = Dictionary(
        Lexicon.reportingVerbs.flatMap { verb in verb.finite.map { ($0, verb.base) } }, uniquingKeysWith: { first, _ in first })

    /// "The American Heart Association reports that …", "A 2017 study in JAMA found …",
    /// "Prosecutors said on Friday that …", "Home Depot reported $2.53 in per-share earnings".
    ///
    /// The verb is written in lowercase ("the United States does not" has no verb "states"), and
    /// is the sentence's main verb: "A paper published in Nature found that" reads "found", since
    /// "published" is followed by another reporting verb before any "that". The words before it
    /// must be a noun phrase that names someone (``SourcePhrase``). The claim starts after "that"
    /// (past a short "on Friday" or "in a statement" before it); after a verb that takes a bare
    /// clause ("said the plan will fail") it starts after the verb (and a day: "said Tuesday");
    /// after the others ("reported $2.53 in earnings", "found a link") it is the whole sentence:
    /// what follows the verb is its object, no statement of its own, and the subject is part of it.
    private static func reportingVerb(_ words: WordCursor) -> Result? {
        // A sentence of punctuation alone has no words; the range below would then be empty-reversed.
        guard words.count > 1 else { return nil }
        for index in 1..<words.count where !words.isCapitalized(index) {
            // "experts are warning that …": a verb of saying in the progressive; the subject ends at its auxiliary.
            let auxiliary = progressiveLead(words, index)
            // "the lawsuit went on to claim that …": the subject ends at "went", as at a progressive's auxiliary.
            let continuation = continuationLead(words, index)
            let communication = auxiliary != nil || !leadVerbs.contains(words.lower(index))
                && (communicationLead(words, index) || beliefLead(words, index) || quotedContinuation(words, index) || boastLead(words, index))
            // "political scientists have shown that …": a participle unlike the past ("shown",
            // "written") is finite with its perfect's auxiliary.
            let perfect = isPerfectParticiple(words, index)
            // "The agency made a claim that …": a statement put forward by its noun (``statementNounThat``).
            let nounThat = !communication && !perfect && !leadVerbs.contains(words.lower(index)) ? statementNounThat(words, verb: index) : nil
            // "A study from 2012 counted 17 kinds", "Harry criticized the royals for failing to …":
            // a verb of saying whose object is a figure or a judgement reports it, subject and all.
            let objectReport = !communication && !perfect && nounThat == nil && !leadVerbs.contains(words.lower(index))
                ? reportsObject(words, index) : nil
            guard leadVerbs.contains(words.lower(index)) || communication || perfect || objectReport != nil || nounThat != nil else { continue }
            // "to say", "would say": no subject says it here.
            if ["to", "not"].contains(words.lower(index - 1)), continuation == nil { continue }
            // "several surveys to get estimates of the tide": the object of an infinitive, no verb.
            if isObjectOfInfinitive(words, index) { continue }
            // "The painting, said to be worth $3 million, …", "is said to cost": a passive that
            // raises its subject into an infinitive names no one who says it.
            if raisingPassive(words, index) { continue }
            // "The state's confirmed caseload", "the reported figures": after a possessive or a
            // determiner the verb form is an adjective before its noun, no finite verb.
            // "The CDC's said that …", "Smith's said repeatedly that …": "'s" before a reporting
            // verb's participle that is followed by its clause is "has", no possessive.
            if isPossessive(words, index - 1) && !hasContracted(words, verb: index) || isDeterminer(words, index - 1) {
                continue
            }
            // "unemployment claims had topped", "the reports were": a form in -s before an
            // auxiliary that takes a plural subject is a plural noun, the subject of that auxiliary.
            // Modals and "do" take any subject and "May" may be a month ("says May was the
            // wettest"), so only ``Lexicon/pluralSubjectAuxiliaries`` count, in lowercase.
            // ("The answer, the founder suggests, is …": a comma after the verb sets the source off instead.)
            if words.lower(index).hasSuffix("s"), index + 1 < words.count, !words.hasCommaAfter(index), !words.isCapitalized(index + 1),
               Lexicon.pluralSubjectAuxiliaries.contains(words.lower(index + 1))
            {
                continue
            }
            let that = nounThat ?? thatAfter(words, index)
            if pluralReportingVerbs.contains(words.lower(index)), words.lower(index) != "say", that != index + 1 { continue }
            // A participle before the main verb: "a study published in Nature found that …".
            // The later verb may stand after a long postmodifier ("a paper published in the Journal
            // of Harbour Ecology and Coastal Studies suggests that"): it is looked for up to the
            // clause's next comma, not within a fixed number of words.
            let clauseEnd = ((index + 1)..<words.count).first { words.hasCommaAfter($0) }.map { $0 + 1 } ?? words.count
            let laterVerb = ((index + 1)..<min(words.count, that ?? clauseEnd, clauseEnd)).first {
                reportingVerbs.contains(words.lower($0)) && !words.isCapitalized($0)
            }
            if that == nil, laterVerb != nil, index + 1 < words.count, SourcePhrase.prepositions.contains(words.lower(index + 1)) {
                continue
            }
            // The subject is what follows the last comma before the verb, of at most 13 words: "In
            // a report on Tuesday, Goldman analysts said" is read, a long clause is not. A name
            // described at length between commas before "that" is read up to 20 words: "Ana Ruiz,
            // one of the port's senior pilots and the union's delegate, explained that …".
            // "…, based on earlier studies, which showed that …": "which" after a comma credits the
            // noun phrase before the comma.
            let antecedent = that != nil && words.lower(index - 1) == "which" ? relativeAntecedent(words, which: index - 1) : nil
            // "The council voted on Monday and said …": the second half of a coordinated
            // predicate is said by the first clause's subject (``coordinatedSpeaker``).
            let verb = words.lower(index)
            let base = reportingVerbBases[verb] ?? speechVerbBases[verb] ?? beforeThatVerbBases[verb] ?? perfectParticipleBases[verb] ?? verb
            let coordinated = antecedent == nil && auxiliary == nil && continuation == nil
                ? coordinatedSpeaker(words, verb: index, base: base, that: that)
                : nil
            guard let subjectRange = antecedent ?? coordinated ?? SourcePhrase.trimmed(words, from: 0, to: auxiliary ?? continuation ?? index),
                  coordinated != nil || index - subjectRange.lowerBound <= subjectLimit(words, subjectRange, verb: index, that: that),
                  that != nil || SourcePhrase.namesSomeone(words, subjectRange) || isParenthetical(words, subjectRange, verb: index),
                  // "the -nodes parameter specifies that …": a program's option says nothing.
                  !holdsProgramOption(words, subjectRange),
                  // "“Prices rose,” Ana said": a quotation before the verb is the claim, not its source.
                  !quotationBeforeVerb(words, subjectRange, verb: index),
                  // "about two hours before the mayor announced — the crews left": said in a clause of time, nothing said.
                  !speaksInTimeClauseWithNothingSaid(words, subjectRange, verb: index)
            else { continue }
            // "Spain has recorded 157,000 cases": a place records what happened in it; only someone
            // who can report (``canReport(_:_:names:)``) reports a figure or a judgement as its object.
            if let objectReport,
               !canReport(words, subjectRange, names: objectReport == .judgement, studiesOnly: objectReport == .studyFigure)
            {
                continue
            }
            // "…, which, critics say, does not include …": a source set off inside a relative
            // clause that holds no figure credits a judgement of that clause only, no claim of the
            // sentence; "The dam, which, engineers say, holds 30 billion cubic metres, …" credits
            // the engineers with the figure, as "which, according to the engineers," does.
            if let comma = (0..<subjectRange.lowerBound).last(where: { words.hasCommaAfter($0) }),
               SourcePhrase.relativePronouns.contains(words.lower(comma)), !words.isCapitalized(comma),
               (comma + 1..<subjectRange.lowerBound).allSatisfy({ SourcePhrase.leadingConjunctions.contains(words.lower($0)) }),
               !relativeClauseHoldsFigure(words, after: index)
            {
                continue
            }
            // "Cases rose 20% in Europe last week, said the WHO.": a speech verb right after the
            // claim's comma, with a speaker after it, is inverted; the words before the comma are
            // the claim, however capitalised ("Europe", "March"). ``speakerAfterClaim(_:)`` reads it.
            if antecedent == nil, words.endsClause(before: index), speaker(in: words, from: index) != nil { continue }
            var claimStart: Int
            if objectReport != nil {
                // What was counted or judged is the verb's object: the claim is the whole sentence.
                claimStart = 0
            } else if let that {
                claimStart = words.offsetOf(that + 1)
            } else if Lexicon.objectDirectiveSpeechVerbForms.contains(verb), directiveFollows(words, verb: index) {
                // "Police warned drivers to avoid the bridge": a directive to the object, no statement.
                continue
            } else if let colon = (index..<min(words.count - 1, index + 5)).first(where: { words.hasColonAfter($0) }) {
                // "Ana Ruiz told the council: “…”"
                claimStart = words.offsetOf(colon + 1)
            } else if base == "tell" {
                // "told reporters the plan…", "told the BBC the plan…": past whom it was told.
                var claimWord = index + 1
                if claimWord < words.count, ["the", "a"].contains(words.lower(claimWord)) { claimWord += 1 }
                claimStart = words.offsetOf(claimWord + 1)
            } else if proposalVerbs.contains(base),
                      index + 1 < words.count, Lexicon.indefiniteArticles.contains(words.lower(index + 1)),
                      !subjectRange.contains(where: { SourcePhrase.studyNouns.contains(words.lower($0)) }),
                      !opensClause(words, from: index + 1)
            {
                // "Dr Ruiz suggested a new levy": a proposal, not a report ("the survey suggested a link" stays).
                continue
            } else if takesARank(words, subject: subjectRange, verb: index, base: base) {
                // "The town claimed the coldest night of the winter": a rank taken, no statement.
                continue
            } else if beforeThatVerbBases.values.contains(base) {
                continue
            } else if communication {
                // "Bloomberg denies he ever said it": the clause after the verb is what was said.
                claimStart = words.offsetOf(index + 1)
            } else if Lexicon.clauseTakingReportingVerbs.contains(base) || speechVerbBases.values.contains(base) {
                var claimWord = index + 1
                if claimWord < words.count, SourcePhrase.timeWords.contains(words.lower(claimWord)), words.isCapitalized(claimWord) {
                    claimWord += 1
                }
                claimStart = words.offsetOf(claimWord)
            } else if findingVerbs.contains(base), index + 1 < words.count, clauseSubjects.contains(words.lower(index + 1)) {
                // "found they could cut …", "showed she was right": a clause with a subject of its
                // own after the verb is what was found, as after "found that".
                claimStart = words.offsetOf(index + 1)
            } else if findingVerbs.contains(base), raisesObject(words, verb: index) {
                // "carbon dating showed it to be 50,000 years old", "tests found the water to have …":
                // an object with "to be"/"to have" after it is what was found, by whoever can
                // report it ("the thermometer showed the water to be 40 degrees" credits no one).
                guard canReport(words, subjectRange, names: true) else { continue }
                claimStart = 0
            } else if findingVerbs.contains(base), !subjectRange.contains(where: { SourcePhrase.studyNouns.contains(words.lower($0)) }) {
                // "Police found a body", "the band published an album": a deed, not a finding.
                continue
            } else {
                claimStart = 0
            }
            // "Officials deny that 40 people died": the denied clause is no claim of its own; the
            // claim keeps the verb that denies it (the source is still who denies).
            if Lexicon.denialVerbForms.contains(verb) { claimStart = 0 }
            // "The ministry boasted about getting …": a boast keeps its verb, being weaker than a
            // statement; "bragged that …" is a statement and gives its clause as main does.
            if keepsItsVerb([verb]) || boastLead(words, index) { claimStart = 0 }
            // "The minister hit back at reports that …": a statement rebutted, like one denied, keeps the verb.
            if nounThat != nil, rebuttalObjectStart(words, verb: index) != nil { claimStart = 0 }
            // Past the plain limit, the source is the noun before its participle ("A study
            // published in … by a team of …" credits "A study"; ``subjectLimit``).
            var sourceEnd = subjectRange.upperBound
            if index - subjectRange.lowerBound > 13,
               let participle = (subjectRange.lowerBound + 1..<min(subjectRange.lowerBound + 4, index)).first(where: {
                   SourcePhrase.opensParticiple(words, at: $0)
               })
            {
                sourceEnd = participle
            }
            var source = stripLeadingArticle(words.text(from: subjectRange.lowerBound, to: sourceEnd))
            // "The CDC's said that …": the "'s" that is "has" is no part of the name.
            if sourceEnd == index, hasContracted(words, verb: index) { source.removeLast(2) }
            let attribution = Attribution(source: source, vague: isVagueName(source))
            // A source set off by a comma before it ("…, Okafor said", "…, the company said"; the
            // article or conjunction trimmed off the name still stands after the comma).
            let openingComma = (0..<subjectRange.lowerBound).last(where: { words.hasCommaAfter($0) })
            let setOff = openingComma.map { comma in
                (comma + 1..<subjectRange.lowerBound).allSatisfy { SourcePhrase.leadingConjunctions.contains(words.lower($0)) }
            } ?? false
            // "Sales rose 5%, the company said, citing strong demand.", "…, Okafor said in an
            // interview, adding that …": a new clause after the verb (past where and when it was
            // said) hangs on the source; the claim is the clause before the source's comma.
            if setOff, let comma = openingComma, comma >= 2, opensClauseAfter(words, verb: index), let end = words.commaBefore(comma + 1) {
                return Result(attribution: attribution, claimStart: 0, claimEnd: end)
            }
            // "The issue, Lee notes, matters to retirees", "The drug, the FDA said, cuts deaths": a
            // source set between commas inside the claim leaves no claim after it ("matters to
            // retirees" has no subject); the claim is the whole sentence.
            if setOff, words.hasCommaAfter(index), index + 1 < words.count, claimStart > 0,
               claimBeforeSource(words, Result(attribution: attribution, claimStart: claimStart)) == nil
            {
                claimStart = 0
            }
            return Result(attribution: attribution, claimStart: claimStart, sourceWord: subjectRange.lowerBound)
        }
        return nil
    }

    /// Whether the verb at `index` is a passive that raises its subject into an infinitive ("is
    /// said to be", ", said to cost"): "to" and a verb's base form after it, and a form of "be" or
    /// a comma before it. "said to reporters" (no verb after "to") stays a verb of saying.
    static func raisingPassive(_ words: WordCursor, _ index: Int) -> Bool {
        guard index + 2 < words.count, words.lower(index + 1) == "to", !words.isCapitalized(index + 2),
              index == 0 || ClaimLexicon.beForms.contains(words.lower(index - 1)) || words.hasCommaAfter(index - 1),
              let wordNet = try? WordNet.shared()
        else { return false }
        return wordNet.isVerbLemma(words.lower(index + 2)) && !Lexicon.articles.contains(words.lower(index + 2))
    }

    /// Whether the relative clause whose source stands before the verb at `verb` ("which, engineers
    /// say, holds 30 billion cubic metres,") holds a figure before its closing comma or the end.
    static func relativeClauseHoldsFigure(_ words: WordCursor, after verb: Int) -> Bool {
        let end = ((verb + 1)..<words.count).first(where: { words.hasCommaAfter($0) }).map { $0 + 1 } ?? words.count
        guard verb + 1 < end else { return false }
        return !QuantityParser.quantities(in: words.text(from: verb + 1, to: end)).filter { $0.unit != "calendar-year" }.isEmpty
    }

    /// Whether a quotation stands between the subject's start and its verb, so the quoted words
    /// are the claim and no source ("“Prices rose,” Ana said"). A title quoted whole inside the
    /// apposition after the name is no quotation of speech ("Gilley, author of the 2017 article
    /// “The Case for Tolls,” argued that …"): the marks between the name and the verb pair up and
    /// none stands in the name.
    static func quotationBeforeVerb(_ words: WordCursor, _ subject: Range<Int>, verb: Int) -> Bool {
        guard words.hasQuoteMark(before: verb, from: subject.lowerBound) else { return false }
        guard subject.upperBound < verb, !words.hasQuoteMark(before: subject.upperBound, from: subject.lowerBound) else { return true }
        return !words.quoteMarkCount(from: subject.upperBound, before: verb).isMultiple(of: 2)
    }

    /// How many words may stand from a subject's start to its verb: 13; 20 when a described name
    /// is closed by a comma before "that" ("Ana Ruiz, one of the port's senior pilots …, explained
    /// that") or before a speech verb without it ("The … Operator, the nonprofit entity that runs
    /// …, said it acted"); 40 when that description is a participle's phrase ("The research, supported by
    /// the Harbour Trust and … as part of …, reveals that"), which is a reduced relative clause
    /// and no claim of its own, however long.
    static func subjectLimit(_ words: WordCursor, _ subject: Range<Int>, verb: Int, that: Int?) -> Int {
        // "The Harbour Grid Operator, the nonprofit entity that runs the grid for 80 percent of the
        // county, said it acted …": a name and its description closed by a comma before a speech
        // verb is read up to 20 words, with "that" or without (the name is the first segment).
        guard that != nil else {
            let speech = speechVerbBases[words.lower(verb)] != nil
            return speech && words.hasCommaAfter(verb - 1) && subject.upperBound < verb ? 20 : 13
        }
        // "A study published in the Lancet in 2021 by a team of doctors from three hospitals found
        // that …": a noun and a participle postmodifier, without commas, run as long as one between them.
        let head = subject.lowerBound..<min(subject.lowerBound + 4, verb)
        if head.dropFirst().contains(where: { SourcePhrase.opensParticiple(words, at: $0) }) { return 40 }
        guard words.hasCommaAfter(verb - 1), subject.upperBound < verb else { return 13 }
        return SourcePhrase.opensParticiple(words, at: subject.upperBound) ? 40 : 20
    }

    /// Whether the lowercase word at `index`, not in the lexicon's lists, is a finite verb of saying
    /// (``WordNet/isCommunicationVerb(_:)``: "countered", "denies", "declares") that grammar shows
    /// opening a statement: "that", a colon or a subject pronoun right after it ("countered that
    /// he …", "denies he ever said …"). A base form counts only before "that" ("officials deny
    /// that …"): elsewhere it is an infinitive or a command. Verbs of saying followed by a noun
    /// phrase ("announced a resignation", "called the meeting") tell a deed and are not read.
    ///
    /// A participle in "-ing" is no finite verb ("…, noting that", "indicating that": a clause
    /// hanging on another); a quotation mark after the verb opens a title ("a group called ‘We
    /// …’"); "that" is a complementiser only when a clause follows it ("listed that stage in its
    /// report" points at a stage).
    static func communicationLead(_ words: WordCursor, _ index: Int) -> Bool {
        guard index + 1 < words.count, words.lower(index).count > 3, !words.lower(index).hasSuffix("ing"),
              !words.endsClause(before: index + 1) || words.hasColonAfter(index),
              !words.opensQuotation(at: index + 1) || words.hasColonAfter(index)
        else { return false }
        let word = words.lower(index)
        let next = words.lower(index + 1)
        let inflected = word.hasSuffix("ed") || word.hasSuffix("s") && !word.hasSuffix("ss")
        // "The judge ordered that the files be released": a directive, no statement.
        guard !Lexicon.directiveVerbForms.contains(word), !Lexicon.implicationVerbForms.contains(word), let wordNet = try? WordNet.shared(),
              standsAsFiniteVerb(words, index, wordNet: wordNet, base: !inflected)
        else { return false }
        guard next == "that" && clauseFollows(words, from: index + 2) && statementFollows(words, that: index + 1, wordNet: wordNet)
                || inflected && (clauseSubjects.contains(next) || words.hasColonAfter(index))
        else { return false }
        return wordNet.isCommunicationVerb(word)
    }

    /// Whether the word at `index` can be the finite verb of the clause it stands in, judged by the
    /// word before it: not a noun's determiner, possessive, number or adjective ("an order that",
    /// "the union's demands that", "Tenants' requests that", "Early signs that", "Growing calls
    /// that"), and a base form only after a plural subject ("officials deny that"; "Mayor signs
    /// order that" reads "order" as a noun).
    static func standsAsFiniteVerb(_ words: WordCursor, _ index: Int, wordNet: WordNet, base: Bool) -> Bool {
        guard index > 0 else { return false }
        let before = words.lower(index - 1)
        // "A study from 2012 counted …": a number that ends a phrase after its preposition is the
        // preposition's object, no modifier of the word after it.
        let objectOfPreposition = index >= 2 && before.allSatisfy(\.isNumber) && SourcePhrase.prepositions.contains(words.lower(index - 2))
        if nounModifiers.contains(before) || isPossessive(words, index - 1)
            || before.hasSuffix("ing") || before.allSatisfy(\.isNumber) && !objectOfPreposition || Lexicon.numberWords[before] != nil
        {
            return false
        }
        let parts = wordNet.partsOfSpeech(of: before)
        if parts.contains(.adjective), !parts.contains(.noun) { return false }
        if base {
            // "Officials deny", "they deny"; not "signs order", "the public deny".
            let plural = ["they", "we", "i", "you"].contains(before) || before.hasSuffix("s") && !before.hasSuffix("ss")
            if !plural || parts.contains(.verb) && !parts.contains(.noun) { return false }
        }
        return true
    }

    /// Whether the clause after "that" at `that` is a statement: it has a subject of its own
    /// ("that bans protests", "that reached the town" are relative clauses whose verb comes
    /// first) and no subjunctive ("that the files be released", "that the mayor resign": a
    /// wish or a demand, not a fact).
    static func statementFollows(_ words: WordCursor, that: Int, wordNet: WordNet) -> Bool {
        let first = that + 1
        guard first < words.count else { return false }
        let word = words.lower(first)
        if !words.isCapitalized(first), !clauseSubjects.contains(word), !nounModifiers.contains(word) {
            let parts = wordNet.partsOfSpeech(of: word)
            // "that reached the town": a verb in the past straight after "that".
            if word.hasSuffix("ed"), parts.contains(.verb) { return false }
            // "that bans protests", "that exceeds the limit": a verb straight after "that" before its object.
            if word.hasSuffix("s"), !word.hasSuffix("ss"), parts.contains(.verb), first + 1 < words.count,
               nounModifiers.contains(words.lower(first + 1)) || wordNet.partsOfSpeech(of: words.lower(first + 1)).contains(.noun)
                && !wordNet.partsOfSpeech(of: words.lower(first + 1)).contains(.verb) || words.lower(first + 1).hasSuffix("s")
            {
                return false
            }
        }
        return !subjunctiveFollows(words, from: first, wordNet: wordNet)
    }

    /// Whether a subjunctive stands in the clause from `start`, before its next comma: "be" with
    /// no modal or "to" before it ("the files be released"), or a bare verb WordNet knows only as
    /// a verb right after a singular noun ("the mayor resign").
    static func subjunctiveFollows(_ words: WordCursor, from start: Int, wordNet: WordNet) -> Bool {
        var index = start
        while index < min(words.count, start + 10) {
            let word = words.lower(index)
            if word == "be" {
                let before = (max(start, index - 2)..<index).map { words.lower($0) }
                return !before.contains { Self.modals.contains($0) }
            }
            if index > start, !words.isCapitalized(index), !word.hasSuffix("s"), !word.hasSuffix("ed"), !word.hasSuffix("ing") {
                let parts = wordNet.partsOfSpeech(of: word)
                let subject = words.lower(index - 1)
                if parts == [.verb], wordNet.isVerbLemma(word), !subject.hasSuffix("s"), wordNet.partsOfSpeech(of: subject).contains(.noun),
                   !clauseSubjects.contains(subject), !Self.modals.contains(subject)
                {
                    return true
                }
            }
            if words.hasCommaAfter(index) { return false }
            index += 1
        }
        return false
    }

    /// What makes "be" or a bare verb no subjunctive: a modal (the lexicon's), "to", or a negation
    /// before it ("will be", "to be", "cannot be").
    static let modals: Set<String> = Set(Lexicon.modalVerbs + Lexicon.futureAndObligationModals + ["to", "not", "cannot", "never", "also"])

    /// The ``nounModifiers`` that never stand alone as a subject: a verb form right after one
    /// modifies the noun that follows ("the reported figures", "its stated aim"). Not "some" or
    /// "these", which also stand alone as subjects ("Some say …", "These show that …").
    static let adjectiveDeterminers: Set<String> = nounModifiers.subtracting(["this", "these", "those", "some", "any", "each", "another", "such"])

    /// Whether word `index` is a determiner of the noun after it (``adjectiveDeterminers``).
    /// "her" after a preposition is its object ("close to her said", "co-written by her found"),
    /// no determiner.
    static func isDeterminer(_ words: WordCursor, _ index: Int) -> Bool {
        guard index >= 0, adjectiveDeterminers.contains(words.lower(index)) else { return false }
        if words.lower(index) == "her", index > 0, SourcePhrase.prepositions.contains(words.lower(index - 1)) { return false }
        return true
    }

    /// Whether word `index` ends in a possessive "'s" or apostrophe ("the state's", "Tenants'").
    static func isPossessive(_ words: WordCursor, _ index: Int) -> Bool {
        guard index >= 0 else { return false }
        let word = words.lower(index)
        return word.hasSuffix("'s") || word.hasSuffix("’s") || words.hasApostropheAfter(index)
    }

    /// Whether the "'s" before the verb at `verb` is "has": the verb is a reporting or speech
    /// verb's participle and its clause follows ("The CDC's said that", "Smith's said repeatedly
    /// that"), or it is "said", which is no adjective. "The state's confirmed caseload" stays a
    /// possessive.
    static func hasContracted(_ words: WordCursor, verb: Int) -> Bool {
        let word = words.lower(verb)
        guard verb > 0, words.lower(verb - 1).hasSuffix("'s") || words.lower(verb - 1).hasSuffix("’s"),
              reportingParticiples.contains(word) || speechPastParticiples.contains(word) else { return false }
        if word == "said" { return true }
        return (verb + 1..<min(words.count, verb + 3)).contains { words.lower($0) == "that" }
    }

    /// The past participles of the speech verbs ("told", "insisted"), beside ``reportingParticiples``.
    static let speechPastParticiples: Set<String> = Set((Lexicon.speechVerbs + Lexicon.speechVerbsBeforeThat).map(\.participle))

    /// Words that open a noun phrase: a word after one is a noun or its modifier, no finite verb.
    static let nounModifiers: Set<String> = [
        "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "every", "each",
        "some", "any", "no", "another", "such", "whose",
    ]

    /// Whether a clause starts at `start`: before the next comma, within twelve words, a subject
    /// pronoun opens it, or an auxiliary or a lowercase verb form in "-ed"/"-s" stands in it ("he
    /// fought …", "the platform focuses on …"). "that stage in its assessment" has none.
    static func clauseFollows(_ words: WordCursor, from start: Int) -> Bool {
        guard start < words.count else { return false }
        if clauseSubjects.contains(words.lower(start)) { return true }
        let wordNet = try? WordNet.shared()
        var index = start
        while index < min(words.count, start + 12) {
            let word = words.lower(index)
            if !words.isCapitalized(index) {
                if Lexicon.auxiliaryVerbs.contains(word) { return true }
                let verbForm = word.count > 3 && (word.hasSuffix("ed") || word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("'s") && !word.hasSuffix("’s"))
                if verbForm, wordNet?.partsOfSpeech(of: word).contains(.verb) ?? true { return true }
            }
            if words.hasCommaAfter(index) { return false }
            index += 1
        }
        return false
    }

    /// The index of the "is"/"are"/"was"/"were" before the present participle of a verb of saying
    /// at `index` ("experts are warning that", "an expert is now warning that"), with at most two
    /// adverbs between, when a statement follows it as ``communicationLead(_:_:)`` requires.
    static func progressiveLead(_ words: WordCursor, _ index: Int) -> Int? {
        let word = words.lower(index)
        guard word.hasSuffix("ing"), word.count > 5, index + 1 < words.count else { return nil }
        let next = words.lower(index + 1)
        guard next == "that" || clauseSubjects.contains(next) || words.hasColonAfter(index) else { return nil }
        var auxiliary = index - 1
        // "is not warning": denied, nothing is credited.
        while auxiliary > 0, index - auxiliary <= 2, !["not", "never"].contains(words.lower(auxiliary)),
              SourcePhrase.isOnlyAdverb(words, auxiliary) || ["now", "also", "still", "again"].contains(words.lower(auxiliary)) {
            auxiliary -= 1
        }
        guard auxiliary > 0, ["is", "are", "was", "were"].contains(words.lower(auxiliary)), let wordNet = try? WordNet.shared(),
              // "Doctors are asking that patients get vaccinated": a request, no statement.
              !Lexicon.directiveVerbForms.contains(word),
              next != "that" || statementFollows(words, that: index + 1, wordNet: wordNet),
              wordNet.isCommunicationVerb(word)
        else { return nil }
        return auxiliary
    }

    /// Verbs that put forward something new when a noun phrase with "a"/"an" follows them. Not
    /// "recommend": what an organisation recommends is advice it published, which can be checked
    /// against it ("The clinic recommends a cup before bed", `RegisteredSourceTests`).
    static let proposalVerbs: Set<String> = ["suggest"]

    /// Whether the verb at `verb` (``Lexicon/objectDirectiveSpeechVerbForms``) tells its object
    /// to do something: one to six words (the object) with no finite verb, comma, quotation mark
    /// or "that", then "to" and a verb's base form ("warned people in the north to move"), and no
    /// auxiliary after it before the clause ends ("told reporters plans to widen the pier had
    /// stalled" reports a clause whose subject holds an infinitive). Still a report: a verb of
    /// looking ahead as the infinitive (``Lexicon/anticipationVerbs``: "warned savers to expect
    /// rates to stay at 5%"), a participle of saying after the clause's comma ("…, saying …"), and
    /// a figure anywhere after the verb ("warned the government to act or face 2 degrees of
    /// warming": the directive passes on the speaker's figure).
    static func directiveFollows(_ words: WordCursor, verb: Int) -> Bool {
        guard verb + 2 < words.count - 1, let wordNet = try? WordNet.shared() else { return false }
        for to in (verb + 2)..<min(words.count - 1, verb + 8) {
            let object = (verb + 1)..<to
            if object.contains(where: { words.hasCommaAfter($0) || Lexicon.auxiliaryVerbs.contains(words.lower($0)) || words.lower($0) == "that" })
                || words.hasQuoteMark(before: to, from: verb + 1)
            {
                return false
            }
            guard words.lower(to) == "to", !words.isCapitalized(to + 1), !Lexicon.articles.contains(words.lower(to + 1)),
                  wordNet.isVerbLemma(words.lower(to + 1))
            else { continue }
            // "told reporters to expect a 5% rise": what the hearers are to expect is the speaker's forecast.
            if Lexicon.anticipationVerbs.contains(words.lower(to + 1)) { return false }
            // "warned the government to act now or face 2 degrees of warming", "to avoid the drug,
            // which raised the risk by 30%": a figure after the verb is the speaker's to vouch for.
            if !QuantityParser.quantities(in: words.text(from: verb + 1, to: words.count)).isEmpty { return false }
            let clauseEnd = ((to + 1)..<words.count).first(where: { words.hasCommaAfter($0) || words.hasDashAfter($0) }).map { $0 + 1 } ?? words.count
            // "warned people over 65 to get a booster, saying the risk doubles …": the participle
            // after the comma hangs the speaker's statement on the directive.
            if clauseEnd < words.count, Lexicon.speechParticiples.contains(words.lower(clauseEnd)) { return false }
            // A finite auxiliary only: "to move or risk being fined" holds a participle, no clause.
            return !((to + 2)..<max(to + 2, clauseEnd)).contains {
                Lexicon.auxiliaryVerbs.contains(words.lower($0)) && !Lexicon.nonFiniteBeForms.contains(words.lower($0)) && !words.isCapitalized($0)
            }
        }
        return false
    }

    /// The index where the subject of a reporting verb at `index` carried on by "went on to" ends
    /// (``Lexicon/formsOfGo``): "the lawsuit went on to claim that …" → "went"; "she
    /// has gone on to say that …" → "has". Only before "that" right after the verb and a clause
    /// after it ("went on to say nothing", "went on to win the cup" credit no one, and neither does
    /// "that" as a determiner: "the price went on to claim that level again").
    static func continuationLead(_ words: WordCursor, _ index: Int) -> Int? {
        guard index >= 4, index + 1 < words.count, words.lower(index + 1) == "that", clauseFollows(words, from: index + 2),
              words.lower(index - 1) == "to",
              words.lower(index - 2) == "on", Lexicon.formsOfGo.contains(words.lower(index - 3)), !words.isCapitalized(index - 3)
        else { return nil }
        let go = index - 3
        return Lexicon.auxiliaryVerbs.contains(words.lower(go - 1)) ? go - 1 : go
    }

    /// Whether the word at `index` carries a speaker's words on into a quotation
    /// (``Lexicon/quotedContinuationVerbForms``): a comma or a colon right after it and a quotation
    /// mark opening the next word ("The firm's statement continued, “…”").
    static func quotedContinuation(_ words: WordCursor, _ index: Int) -> Bool {
        guard Lexicon.quotedContinuationVerbForms.contains(words.lower(index)), index + 1 < words.count,
              words.hasCommaAfter(index) || words.hasColonAfter(index), words.opensQuotation(at: index + 1)
        else { return false }
        return subjectCanSpeak(words, head: index - 1)
    }

    /// Whether the word at `head`, the last of a subject, names one who speaks or a statement: a
    /// subject pronoun, a name, a role or statement noun ("the company's *statement* continued"), a
    /// document that is read as a source (``SourcePhrase/studyNouns``: "the firm's *release*
    /// continued"), or a noun of people. "The storm continued, “relentless” …", "the list continued: “eggs, …”"
    /// hold a quotation that is nobody's words.
    static func subjectCanSpeak(_ words: WordCursor, head: Int) -> Bool {
        guard head >= 0, !words.hasCommaAfter(head) else { return false }
        let word = words.lower(head)
        if clauseSubjects.contains(word) && word != "there" || words.isCapitalized(head) && head > 0 { return true }
        if Lexicon.sourceRoleNouns.contains(word) || Lexicon.statementNouns.contains(word) || SourcePhrase.studyNouns.contains(word) { return true }
        guard let wordNet = try? WordNet.shared() else { return false }
        return isNounOfPeople(word, wordNet: wordNet)
    }

    /// Whether the lowercase word at `index` is a finite verb of boasting (``Lexicon/boastVerbForms``)
    /// before "about" or "of" and a gerund, with a subject that can speak (``subjectCanSpeak``, or
    /// a noun WordNet files as people, an organisation or a social group in any sense: "the
    /// administration"):
    /// "The ministry has boasted about getting 40 trucks through the port" credits the ministry,
    /// the claim keeping the verb (``keepsItsVerb``). Not read: "boasted about his new car" (no
    /// gerund: a thing, no deed), "the hotel boasts of having 300 rooms" and "the club boasts of
    /// having 40,000 members" (a feature: "having" is read only before a participle, "having
    /// won"), "never boasted about winning" (denied).
    static func boastLead(_ words: WordCursor, _ index: Int) -> Bool {
        guard Lexicon.boastVerbForms.contains(words.lower(index)), index + 2 < words.count,
              Lexicon.boastPrepositions.contains(words.lower(index + 1)), !words.hasCommaAfter(index),
              let wordNet = try? WordNet.shared(),
              standsAsFiniteVerb(words, index, wordNet: wordNet, base: Lexicon.boastVerbBaseForms.contains(words.lower(index)))
        else { return false }
        let gerund = words.lower(index + 2)
        guard gerund.hasSuffix("ing"), wordNet.partsOfSpeech(of: gerund).contains(.verb) else { return false }
        // "The club boasts of having 40,000 members", "the city boasts of being home to 40
        // museums": "having" or "being" and a noun phrase is a feature the subject has or is; only
        // a participle ("boasted of having won …", "about being re-elected") tells a deed.
        if Lexicon.featureGerunds.contains(gerund) {
            guard index + 3 < words.count else { return false }
            let participle = words.lower(index + 3)
            guard !participle.hasSuffix("s"), wordNet.isInflectedVerbForm(participle) || participle.hasSuffix("ed") else { return false }
        }
        var head = index - 1
        while head > 0, SourcePhrase.trailingAdverbs.contains(words.lower(head)) || Lexicon.negationWords.contains(words.lower(head)) {
            if Lexicon.negationWords.contains(words.lower(head)) { return false }
            head -= 1
        }
        if subjectCanSpeak(words, head: head) { return true }
        // "the administration has boasted …": WordNet files a body of people as a social group,
        // not a person or an organisation.
        guard head >= 0, !words.hasCommaAfter(head) else { return false }
        let noun = words.lower(head)
        return isNounOfPeople(noun, wordNet: wordNet, anySense: true) || wordNet.isKind(noun, of: "social group")
    }

    /// Whether the lowercase word at `index` is a finite verb of belief (``Lexicon/beliefVerbForms``)
    /// that opens a statement: "that" with a clause after it, or a subject pronoun, a determiner
    /// or a possessive whose next three words reach an auxiliary ("the firm believes its drives
    /// will …"). "She believes in ghosts", "nobody believed the story" hold no clause. A base form
    /// counts only after a plural subject ("researchers believe that"), as for other lead-ins.
    static func beliefLead(_ words: WordCursor, _ index: Int) -> Bool {
        let word = words.lower(index)
        guard Lexicon.beliefVerbForms.contains(word), index + 2 < words.count, let wordNet = try? WordNet.shared(),
              standsAsFiniteVerb(words, index, wordNet: wordNet, base: word == "believe")
        else { return false }
        // "One-third of voters believe that …": believers counted by a figure are a poll's
        // finding, the claim itself, and no source of it.
        let subjectStart = (0..<index).last(where: { words.hasCommaAfter($0) }).map { $0 + 1 } ?? 0
        guard QuantityParser.quantities(in: words.text(from: subjectStart, to: index)).isEmpty else { return false }
        // "Millions believe that …" (a number word, or its plural, is a count too); "hardly anyone
        // believed that …", "few people believed that …" (``Lexicon/fewOrNoneWords``): the clause is
        // doubted or held by a crowd, and the subject is no source of it.
        guard !(subjectStart..<index).contains(where: { position in
            let word = words.lower(position)
            let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
            return Lexicon.fewOrNoneWords.contains(word) || Lexicon.numberWords[word] != nil
                || QuantityParser.countingWords.contains(singular)
        }) else { return false }
        let next = words.lower(index + 1)
        if next == "that" { return clauseFollows(words, from: index + 2) && statementFollows(words, that: index + 1, wordNet: wordNet) }
        guard clauseSubjects.contains(next) || Lexicon.nounPhraseOpeners.contains(next) || Lexicon.determiners.contains(next)
        else { return false }
        // "believed the victim to be 40": "be" after "to" is no finite verb, and the object no clause.
        return ((index + 2)..<min(words.count, index + 5)).contains {
            Lexicon.auxiliaryVerbs.contains(words.lower($0)) && !Lexicon.nonFiniteBeForms.contains(words.lower($0))
                && words.lower($0 - 1) != "to" && !words.hasCommaAfter($0 - 1)
        }
    }

    /// Whether the words from `start` to the next comma hold a finite verb of their own (an
    /// auxiliary or modal in lowercase): "suggested a 30% cut would prevent 8,000 strokes" reports
    /// a clause; "suggested a new levy on sugar" proposes a thing.
    static func opensClause(_ words: WordCursor, from start: Int) -> Bool {
        var index = start
        while index < words.count {
            if Lexicon.auxiliaryVerbs.contains(words.lower(index)), !words.isCapitalized(index) { return true }
            if words.hasCommaAfter(index) { return false }
            index += 1
        }
        return false
    }

    /// The noun phrase before the comma that opens ", which": at most four words after the last
    /// preposition or comma ("based on earlier studies, which" → "earlier studies"), when it names
    /// someone or a study.
    static func relativeAntecedent(_ words: WordCursor, which: Int) -> Range<Int>? {
        let end = which
        guard end >= 1, words.hasCommaAfter(end - 1) else { return nil }
        var start = end - 1
        while start > 0, end - start < 4, !words.hasCommaAfter(start - 1), !SourcePhrase.prepositions.contains(words.lower(start - 1)),
              !SourcePhrase.clauseWords.contains(words.lower(start - 1))
        {
            start -= 1
        }
        if SourcePhrase.leadingConjunctions.contains(words.lower(start)) { start += 1 }
        guard start < end, SourcePhrase.namesSomeone(words, start..<end) else { return nil }
        // "…in Kenya, which showed that …": a lone capitalised word may be a place or a month. A
        // study or a role ("earlier studies", "the ministry") shows findings, and so does an
        // organisation or person named in two or more capitalised words or an acronym.
        let range = start..<end
        let studyOrRole = range.contains {
            SourcePhrase.studyNouns.contains(words.lower($0)) || Lexicon.sourceRoleNouns.contains(words.lower($0))
        }
        let fullName = range.filter { words.isCapitalized($0) }.count >= 2 || range.contains { words.isAcronym($0) }
        guard studyOrRole || fullName else { return nil }
        return range
    }

    /// Verbs that open an attribution after its source: the finite reporting verbs, "say" after
    /// a plural ("police say"), and the finite speech verbs ("told", "added", "wrote").
    static let leadVerbs: Set<String> = reportingVerbs.union(["say"]).union(speechVerbBases.keys).union(pluralReportingVerbs)
        .union(beforeThatVerbBases.keys)

    /// The finite forms of ``Lexicon/speechVerbsBeforeThat`` and their bases: a lead-in only before
    /// "that" or a colon ("Cueto responded that …"; "firefighters responded to a blaze" is a deed).
    static let beforeThatVerbBases: [String: String] = Dictionary(
        Lexicon.speechVerbsBeforeThat.flatMap { verb in verb.finite.map { ($0, verb.base) } }, uniquingKeysWith: { first, _ in first })

    /// Base forms after a plural subject, read only before "that": "the new rules state that …",
    /// "the data show that …" ("say" is read without it: "police say …").
    static let pluralReportingVerbs: Set<String> = Set(Lexicon.reportingVerbs.map(\.base))

    /// The finite forms of ``Lexicon/speechVerbs`` and their bases ("told" → "tell").
    static let speechVerbBases: [String: String] = Dictionary(
        Lexicon.speechVerbs.flatMap { verb in verb.finite.map { ($0, verb.base) } }, uniquingKeysWith: { first, _ in first })

    /// Subject pronouns, which open a clause wherever they stand ("it" and "you" are also objects:
    /// "found it hard", "showed you the way").
    static let clauseSubjects: Set<String> = ["i", "we", "he", "she", "they", "there"]

    /// Verbs that credit a finding only when a study-like subject did the finding or a "that"
    /// follows: otherwise "found", "published", "discovered" tell a deed.
    static let findingVerbs: Set<String> = ["find", "show", "publish", "discover", "reveal", "determine", "observe", "demonstrate"]

    /// The "that" opening the verb's clause: right after it, or after a short phrase of time or
    /// manner with no comma or quote ("said on Friday that", "said in a statement that").
    private static func thatAfter(_ words: WordCursor, _ verb: Int) -> Int? {
        for index in (verb + 1)..<min(words.count, verb + 7) {
            if words.lower(index) == "that" { return index }
            if words.hasCommaAfter(index) || reportingVerbs.contains(words.lower(index)) { return nil }
            // "complained in May that": the month is no auxiliary.
            if index > verb + 1, SourcePhrase.clauseWords.contains(words.lower(index)), !words.isCapitalized(index) { return nil }
        }
        return nil
    }

    static func stripLeadingArticle(_ subject: String) -> String {
        for article in ["The ", "the "] where subject.hasPrefix(article) { return String(subject.dropFirst(article.count)) }
        return subject
    }

    /// "some experts", "a study", "researchers": named in form, nobody in substance.
    static func isVagueName(_ name: String) -> Bool {
        let lower = name.lowercased()
        let hasProperNoun = name.split(separator: " ").dropFirst().contains { $0.first?.isUppercase == true }
            || (name.first?.isUppercase == true && !["A ", "An ", "Some ", "Many ", "Several ", "Recent "].contains { name.hasPrefix($0) })
        let vagueHeads = [
            "studies", "study", "research", "experts", "scientists", "doctors", "researchers", "surveys", "data", "evidence",
            "officials", "sources", "analysts", "critics", "authorities", "insiders", "observers", "report",
        ]
        return !hasProperNoun && vagueHeads.contains { lower.contains($0) }
    }
}

/// Words of a sentence with their scalar offsets, for phrase matching that can point back into it.
struct WordCursor {
    private let words: [(text: String, lower: String, start: Int, end: Int)]
    private let scalars: [Unicode.Scalar]

    init(_ sentence: String) {
        scalars = Array(sentence.unicodeScalars)
        var found: [(String, String, Int, Int)] = []
        var index = 0
        while index < scalars.count {
            if Self.isWordScalar(scalars[index]) {
                let start = index
                while index < scalars.count, Self.isWordScalar(scalars[index])
                    || (scalars[index] == "'" || scalars[index] == "’") && index + 1 < scalars.count
                    && Self.isWordScalar(scalars[index + 1])
                {
                    index += 1
                }
                let text = String(String.UnicodeScalarView(scalars[start..<index]))
                found.append((text, text.lowercased(), start, index))
            } else {
                index += 1
            }
        }
        words = found
    }

    var count: Int { words.count }
    func lower(_ index: Int) -> String { words[index].lower }
    func isCapitalized(_ index: Int) -> Bool { words[index].text.first?.isUppercase == true }

    /// Two or more letters, all capitals: "WHO", "CDC".
    func isAcronym(_ index: Int) -> Bool { words[index].text.isWrittenAsAcronym }

    func hasCapitalizedWord(in range: Range<Int>) -> Bool {
        range.contains { $0 < words.count && isCapitalized($0) }
    }

    /// Index of the first word of the first occurrence of `phrase` (lowercase words).
    func find(_ phrase: [String]) -> Int? {
        guard phrase.count <= words.count else { return nil }
        return (0...(words.count - phrase.count)).first { matches(phrase, at: $0) }
    }

    /// Whether `phrase` (lowercase words) occurs at word `start`.
    func matches(_ phrase: [String], at start: Int) -> Bool {
        start + phrase.count <= words.count && phrase.indices.allSatisfy { words[start + $0].lower == phrase[$0] }
    }

    func skipArticles(from index: Int) -> Int {
        index < words.count && words[index].lower == "the" ? index + 1 : index
    }

    /// The original text from word `start` up to (not including) word `end`.
    func text(from start: Int, to end: Int) -> String {
        guard start < end, start < words.count else { return "" }
        var upper = words[min(end, words.count) - 1].end
        let slice = scalars[words[start].start..<upper]
        // "the Employers’ Association (UCEA)": a bracket opened inside the words closes with them.
        if upper < scalars.count, scalars[upper] == ")", slice.filter({ $0 == "(" }).count > slice.filter({ $0 == ")" }).count {
            upper += 1
        }
        return String(String.UnicodeScalarView(scalars[words[start].start..<upper]))
    }

    /// Scalar offset of the comma right after word `index - 1`, the one that opens a trailing
    /// attribution starting at word `index`; nil when there is none.
    func commaBefore(_ index: Int) -> Int? {
        guard index > 0, hasCommaAfter(index - 1) else { return nil }
        var comma = words[index - 1].end
        while scalars[comma] != "," { comma += 1 }
        return comma
    }

    /// Whether a comma follows word `index`, right after it or after a closing bracket or a
    /// percent sign ("the Teachers Association (TRTA), and …", "by 30%, according to …").
    func hasCommaAfter(_ index: Int) -> Bool {
        guard index >= 0, index < words.count else { return false }
        var after = words[index].end
        // "by 30%, according to …": a percent sign closes its number as a bracket does.
        while after < scalars.count, scalars[after] == ")" || scalars[after] == "]" || scalars[after] == "%" { after += 1 }
        // "2,000": a comma between digits groups a number's thousands.
        if after + 1 < scalars.count, scalars[after + 1].properties.numericType != nil,
           words[index].text.last?.isNumber == true
        {
            return false
        }
        return after < scalars.count && scalars[after] == ","
    }

    /// Whether a quotation mark stands anywhere from word `start` up to word `end`.
    func hasQuoteMark(before end: Int, from start: Int) -> Bool {
        guard start < words.count else { return false }
        // From the first word on: a sentence that opens with a quotation mark ("“Our analysis
        // shows …") still has its subject.
        let lower = words[start].start
        let upper = end < words.count ? words[end].start : scalars.count
        return lower < upper && scalars[lower..<upper].contains { Self.quoteMarks.contains($0) }
    }

    /// How many quotation marks stand from word `start` up to word `end`.
    func quoteMarkCount(from start: Int, before end: Int) -> Int {
        guard start < words.count else { return 0 }
        let upper = end < words.count ? words[end].start : scalars.count
        let lower = words[start].start
        return lower < upper ? scalars[lower..<upper].filter { Self.quoteMarks.contains($0) }.count : 0
    }

    /// Whether a dash of punctuation stands between word `index` and the next: an em dash, or an
    /// en dash with a space by it ("our forecasts — ahead of …", "our forecasts – ahead of …").
    /// An unspaced en dash joins its words ("a 2019–2020 survey", "the Dunning–Kruger study").
    func hasDashAfter(_ index: Int) -> Bool {
        guard index >= 0, index + 1 < words.count else { return false }
        let gap = scalars[words[index].end..<words[index + 1].start]
        return gap.contains("—") || gap.contains("–") && gap.contains { $0.properties.isWhitespace }
    }

    /// Whether a full stop and a footnote marker's bracket follow word `index` ("… Gazette.[4]"): a
    /// sentence ends there, though the splitter, seeing no space, left it joined to the next.
    func hasStopBeforeMarker(after index: Int) -> Bool {
        guard index >= 0, index + 1 < words.count else { return false }
        let gap = scalars[words[index].end..<words[index + 1].start]
        return gap.first == "." && gap.dropFirst().first == "["
    }

    /// Whether the acronym at `index` is made of the initials of the words in `range`: its letters
    /// are, in order, first letters of those words (small words may be skipped: "OECD" for the
    /// "Organisation for Economic Co-operation and Development"), its last the last word's. "WHO"
    /// after "the World Health Organization"; not "BBC" after "Jane Ruiz".
    func isAcronym(_ index: Int, of range: Range<Int>) -> Bool {
        let initials = range.filter { $0 < words.count }.compactMap { words[$0].text.first?.uppercased().first }
        let letters = Array(words[index].text.filter(\.isLetter))
        guard let lastLetter = letters.last, initials.last == lastLetter else { return false }
        var next = 0
        for initial in initials where next < letters.count && initial == letters[next] { next += 1 }
        return next == letters.count
    }

    /// Whether word `index` is a footnote marker's number in square brackets: "[4]".
    func isFootnoteMarker(_ index: Int) -> Bool {
        guard index > 0, index < words.count, words[index].text.allSatisfy(\.isNumber) else { return false }
        let after = words[index].end
        return scalars[words[index].start - 1] == "[" && after < scalars.count && scalars[after] == "]"
    }

    /// Whether word `index` stands alone in brackets: "(NOAA)".
    func isBracketed(_ index: Int) -> Bool {
        guard index > 0, index < words.count else { return false }
        let before = scalars[words[index - 1].end..<words[index].start]
        let after = words[index].end
        return before.last == "(" && after < scalars.count && scalars[after] == ")"
    }

    /// Whether a colon follows word `index`.
    func hasColonAfter(_ index: Int) -> Bool {
        guard index >= 0, index < words.count else { return false }
        let after = words[index].end
        return after < scalars.count && scalars[after] == ":"
    }

    /// Whether a colon after word `index` closes a clause or a heading ("costly but slow: a growing
    /// body of research shows", "Video: Dr Ana Ruiz says"): a space follows it and no number stands
    /// before it. A clock time ("By 10:30 the police said") and a numbered heading ("Update 2:
    /// Police said") keep their colon inside the phrase. (A title with a colon, "The makers of
    /// Halo: Reach said", is still cut: a capital after a colon opens a sentence far more often.)
    func hasClauseColonAfter(_ index: Int) -> Bool {
        guard hasColonAfter(index), index + 1 < words.count, !words[index].text.contains(where: \.isNumber) else { return false }
        let after = words[index].end + 1
        return after < scalars.count && scalars[after].properties.isWhitespace
    }

    /// Whether the sentence opens with a quotation mark.
    var startsWithQuote: Bool {
        guard let first = words.first else { return false }
        return scalars[0..<first.start].contains { Self.quoteMarks.contains($0) }
    }

    /// Whether a comma or a closing quote stands between word `index - 1` and word `index`.
    func endsClause(before index: Int) -> Bool {
        guard index > 0, index < words.count else { return false }
        return scalars[words[index - 1].end..<words[index].start].contains { $0 == "," || Self.quoteMarks.contains($0) }
    }

    /// Whether a quotation mark, single quotes too ("called 'We …'", "called ‘We …’"), opens
    /// right before word `index`.
    func opensQuotation(at index: Int) -> Bool {
        guard index > 0, index < words.count else { return false }
        return scalars[words[index - 1].end..<words[index].start].contains { Self.quoteMarks.contains($0) || $0 == "'" || $0 == "‘" }
    }

    /// Whether an apostrophe closes word `index` ("Tenants' requests"): a plural possessive.
    func hasApostropheAfter(_ index: Int) -> Bool {
        guard index >= 0, index < words.count, words[index].end < scalars.count else { return false }
        return scalars[words[index].end] == "'" || scalars[words[index].end] == "’"
    }

    /// Scalar offset right after word `index`.
    func endOfWord(_ index: Int) -> Int { words[index].end }

    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "“", "”", "„", "«", "»"]

    /// Scalar offset where word `index` starts (the sentence's end if past the last word).
    func offsetOf(_ index: Int) -> Int { index < words.count ? words[index].start : scalars.count }

    func offsetAfter(_ index: Int, skippingComma: Bool) -> Int {
        var offset = words[index].end
        if skippingComma, offset < scalars.count, scalars[offset] == "," { offset += 1 }
        while offset < scalars.count, scalars[offset].properties.isWhitespace { offset += 1 }
        return offset
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-"
    }
}
