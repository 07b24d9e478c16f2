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
    }

    static func parse(_ sentence: String) -> Result? {
        let words = WordCursor(sentence)
        if let result = accordingTo(words) { return result }
        if let result = vague(words) { return result }
        // A short subject before a reporting verb ("The Harbour Clinic found that …") is the source,
        // whatever trails the claim ("…, as earlier studies had shown"). A long one ("Pain fell by 40
        // percent as the North Lab reports") is a clause: a trailing source is read first.
        let lead = reportingVerb(words)
        if let lead, isShortSource(lead.attribution.source) { return lead }
        return trailingAs(words) ?? trailingSource(words) ?? lead
    }

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
        guard words.count >= 5, trailingVerbs.contains(words.lower(words.count - 1)) else { return nil }
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
            if words.hasCommaAfter(end - 1) { break }
        }
        guard end > nameStart, start > 0 || end < words.count else { return nil }
        let name = words.text(from: nameStart, to: end)
        if start == 0 {
            return Result(attribution: Attribution(source: name, vague: isVagueName(name)), claimStart: words.offsetAfter(end - 1, skippingComma: true))
        }
        return Result(
            attribution: Attribution(source: name, vague: isVagueName(name)), claimStart: 0, claimEnd: words.commaBefore(start))
    }

    /// "claim, Hill College found." and "claim, say the West Bureau and Hill College.": a source of
    /// at most eight words between the sentence's last comma and its end, before or after the verb.
    private static func trailingSource(_ words: WordCursor) -> Result? {
        let last = words.count - 1
        guard words.count >= 5 else { return nil }
        let commas = (max(0, last - 10)..<last).filter { words.hasCommaAfter($0) }
        guard let comma = commas.last else { return nil }
        var nameStart: Int
        var nameEnd: Int
        if trailingVerbs.contains(words.lower(comma + 1)) {
            // ", says the CDC."
            nameStart = words.skipArticles(from: comma + 2)
            nameEnd = words.count
        } else if trailingVerbs.contains(words.lower(last)) {
            // ", the CDC reports." / ", both agencies have found."
            nameStart = words.skipArticles(from: comma + 1)
            nameEnd = stripAuxiliaries(words, from: nameStart, to: last)
        } else {
            return nil
        }
        guard nameEnd > nameStart else { return nil }
        let name = words.text(from: nameStart, to: nameEnd)
        guard isShortSource(name) else { return nil }
        guard words.hasCapitalizedWord(in: nameStart..<nameEnd) || isVagueName(name) || vagueTrailingNames.contains(name.lowercased())
        else { return nil }
        let vague = isVagueName(name) || vagueTrailingNames.contains(name.lowercased())
        return Result(attribution: Attribution(source: name, vague: vague), claimStart: 0, claimEnd: words.commaBefore(comma + 1))
    }

    /// Sources after a claim that name nobody: "…, experts say."
    static let vagueTrailingNames: Set<String> = ["experts", "scientists", "doctors", "researchers", "studies", "officials"]

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
            for phrase in vaguePhrases where phrase[0] == words.lower(start) && words.matches(phrase, at: start) {
                var claimWord = start + phrase.count
                if claimWord < words.count, words.lower(claimWord) == "that" { claimWord += 1 }
                return Result(
                    attribution: Attribution(source: words.text(from: start, to: start + phrase.count), vague: true),
                    claimStart: words.offsetOf(claimWord))
            }
        }
        return nil
    }

    /// Finite forms of ``Lexicon/reportingVerbs`` open an attribution: "The study found …".
    static let reportingVerbs: Set<String> = Set(Lexicon.reportingVerbs.flatMap(\.finite))

    /// "The American Heart Association reports that …", "A 2017 study in JAMA found …".
    private static func reportingVerb(_ words: WordCursor) -> Result? {
        // A sentence of punctuation alone has no words; the range below would then be empty-reversed.
        guard words.count > 1 else { return nil }
        for index in 1..<min(words.count, 14) where reportingVerbs.contains(words.lower(index)) {
            let subject = words.text(from: 0, to: index)
            let lowerSubject = subject.lowercased()
            let namesSomeone = words.hasCapitalizedWord(in: 1..<index) || words.isCapitalized(0) && index > 1
                || lowerSubject.contains("study") || lowerSubject.contains("survey") || lowerSubject.contains("report")
                || lowerSubject.contains("researchers") || lowerSubject.contains("review") || lowerSubject.contains("trial")
            guard namesSomeone, !["it", "this", "that", "he", "she", "they", "we", "i", "you"].contains(lowerSubject)
            else { continue }
            var claimWord = index + 1
            if claimWord < words.count, words.lower(claimWord) == "that" { claimWord += 1 }
            let source = stripLeadingArticle(subject)
            return Result(attribution: Attribution(source: source, vague: isVagueName(source)), claimStart: words.offsetOf(claimWord))
        }
        return nil
    }

    private static func stripLeadingArticle(_ subject: String) -> String {
        for article in ["The ", "the "] where subject.hasPrefix(article) { return String(subject.dropFirst(article.count)) }
        return subject
    }

    /// "some experts", "a study", "researchers": named in form, nobody in substance.
    static func isVagueName(_ name: String) -> Bool {
        let lower = name.lowercased()
        let hasProperNoun = name.split(separator: " ").dropFirst().contains { $0.first?.isUppercase == true }
            || (name.first?.isUppercase == true && !["A ", "An ", "Some ", "Many ", "Several ", "Recent "].contains { name.hasPrefix($0) })
        let vagueHeads = ["studies", "study", "research", "experts", "scientists", "doctors", "researchers", "surveys", "data", "evidence"]
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
        return String(String.UnicodeScalarView(scalars[words[start].start..<words[min(end, words.count) - 1].end]))
    }

    /// Scalar offset of the comma right after word `index - 1`, the one that opens a trailing
    /// attribution starting at word `index`; nil when there is none.
    func commaBefore(_ index: Int) -> Int? {
        guard index > 0, hasCommaAfter(index - 1) else { return nil }
        return words[index - 1].end
    }

    func hasCommaAfter(_ index: Int) -> Bool {
        guard index >= 0, index < words.count else { return false }
        let after = words[index].end
        return after < scalars.count && scalars[after] == ","
    }

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
