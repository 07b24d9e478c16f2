import FactCheckModel
import Foundation
import TextAnalysis

/// A claim's key concepts, as an expert would type them into PubMed or Europe PMC.
///
/// A claim is written for readers ("One of the biggest advantages of a massage is that it increases
/// blood flow"); an abstract is not. So the query keeps only the concepts that name the
/// intervention or exposure, the outcome and the population ("massage", "blood flow"), and drops:
/// stopwords; hedges, negations, scope words, reporting and plain direction verbs (the scorer reads
/// those, a search engine only narrows on them); and the filler an article pads a claim with
/// (``Lexicon/searchFillerWords``: "thankfully", "biggest advantages", "all kinds of"). Numbers are
/// left out by default: "61 percent" is rarely written in an abstract the way an article writes it,
/// and a wrong number must still find the paper that contradicts it.
///
/// Each concept carries its other forms: the word's Snowball stem truncated (`massag*` finds
/// "massage", "massages", "massaged"), the lexicon's synonyms ("blood flow" OR "circulation") and
/// its other spelling where British and American English differ ("ischaem*" OR "ischem*",
/// ``SearchConcept/spelledForms``); a later word of the same stem ("activation" after "activated")
/// joins the concept as a form.
/// Each concept also has an importance (``SearchConcept/weight``): gene and drug names ("GATA3",
/// "4-PBA") and words WordNet does not know (technical terms) weigh most, the nouns every abstract
/// uses (``Lexicon/genericResearchNouns``: "patients", "levels") least. When a strict query finds
/// nothing, ``relaxed()`` drops the least important concept. PubMed's strict query takes the most
/// important concepts less the words general English uses everywhere (``WordRarity``: "related").
///
/// Names are written the way a database indexes them: "3T3" and "6MP" one word, "G-CSF" and
/// "B cells" phrases, "H. pylori" without its initial, "Alzheimer's" as "alzheimer".
public struct SearchQuery: Sendable, Hashable {
    public var concepts: [SearchConcept]

    public init(concepts: [SearchConcept]) {
        self.concepts = concepts
    }

    /// For tests and callers that have bare words: each word one concept of weight 1, as written.
    public init(terms: [String]) {
        concepts = terms.map { SearchConcept(forms: [$0], weight: 1) }
    }

    /// At most `maxTerms` concepts of `claim.text` (the claim without its attribution lead-in). When
    /// there are more, the most important are kept, still in the claim's order.
    public init(claim: Claim, maxTerms: Int = 6, includeQuantities: Bool = false) {
        self.init(text: claim.text, maxTerms: maxTerms, includeQuantities: includeQuantities)
    }

    public init(text: String, maxTerms: Int = 6, includeQuantities: Bool = false) {
        concepts = SearchConceptFinder.concepts(in: text, includeQuantities: includeQuantities)
        concepts = keeping(maxTerms).concepts
    }

    /// The `count` most important concepts, in the claim's order. Stable: equal weights keep the
    /// claim's order, so the same claim always gives the same query.
    public func keeping(_ count: Int) -> SearchQuery {
        guard concepts.count > count else { return self }
        let keep = Set(concepts.enumerated()
            .sorted { ($0.element.weight, -$0.offset) > ($1.element.weight, -$1.offset) }
            .prefix(count).map(\.offset))
        return SearchQuery(concepts: concepts.enumerated().filter { keep.contains($0.offset) }.map(\.element))
    }

    /// The `count` concepts for PubMed's strict query, where every concept must match: the most
    /// important, less a word general English uses everywhere (``WordRarity``: "related", "need",
    /// "general", "structure"), which ANDs a paper out without naming its topic. In the claim's order.
    public func keepingForStrictSearch(_ count: Int) -> SearchQuery {
        guard concepts.count > count else { return self }
        let keep = Set(concepts.enumerated()
            .map { ($0.offset, $0.element.weight - $0.element.commonness) }
            .sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }
            .prefix(count).map(\.0))
        return SearchQuery(concepts: concepts.enumerated().filter { keep.contains($0.offset) }.map(\.element))
    }

    /// Each concept as the claim wrote it, in the claim's order.
    public var terms: [String] { concepts.map(\.forms[0]) }

    public var isEmpty: Bool { concepts.isEmpty }

    /// The same query without its least important concept (the last of equal weights), or nil when
    /// one concept is left: a single word finds too much to be worth a request.
    public func relaxed() -> SearchQuery? {
        guard concepts.count > 1 else { return nil }
        let drop = concepts.indices.min { (concepts[$0].weight, -$0) < (concepts[$1].weight, -$1) }!
        var copy = self
        copy.concepts.remove(at: drop)
        return copy
    }

    /// The strict query, then each relaxation, at most `steps` queries in all.
    public func relaxationSteps(_ steps: Int) -> [SearchQuery] {
        var all: [SearchQuery] = []
        var next: SearchQuery? = self
        while let query = next, all.count < steps {
            all.append(query)
            next = query.relaxed()
        }
        return all
    }

    /// PubMed `term`: every concept must match, each in title or abstract (`[tiab]` keeps PubMed's
    /// automatic term mapping from widening a truncated word), its forms joined by OR:
    /// `(massag*[tiab]) AND ("blood flow"[tiab] OR circulation*[tiab])`.
    public var pubMedTerm: String {
        concepts.map { concept in
            "(" + concept.searchForms.map { $0 + "[tiab]" }.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    /// Europe PMC `query`: every form of every concept joined by OR, so that its relevance ranking
    /// (the default sort) puts the papers that match most concepts first; this is the search that
    /// still finds a paper when the claim paraphrases it and a strict AND finds nothing.
    public var europePMCQuery: String {
        "(" + concepts.flatMap(\.searchForms).joined(separator: " OR ") + ")"
    }

    /// The ranked query with every form as written, no truncation: a ranking engine weighs each
    /// word by its rarity, which a truncation (one constant-score term in Lucene) loses.
    public var europePMCExactQuery: String {
        "(" + concepts.flatMap { $0.spelledForms.map { $0.contains(" ") ? "\"\($0)\"" : $0 } }.joined(separator: " OR ") + ")"
    }

    /// The query as an editor reads it in a report: the concepts, with their other forms.
    public var description: String { concepts.map(\.forms[0]).joined(separator: " + ") }
}

/// One thing a claim is about: its forms (the claim's word or phrase first, then synonyms) and how
/// much it narrows a search.
public struct SearchConcept: Sendable, Hashable {
    public var forms: [String]
    /// Higher: more specific, relaxed later.
    public var weight: Double

    public init(forms: [String], weight: Double) {
        self.forms = forms
        self.weight = weight
    }

    /// How common in general English the concept's rarest written word is (``WordRarity``, 0–1):
    /// a phrase is as specific as its most specific word.
    public var commonness: Double {
        Tokenizer.tokens(in: forms[0]).map { WordRarity.commonness(of: $0.text) }.min() ?? 0
    }

    /// Each form followed by its other spelling where British and American English differ
    /// (``SpellingVariants``: "ischaemic", "ischemic"), as an expert searcher types both: a paper
    /// indexed under the other spelling is found, and the re-ranker reads it as the concept.
    public var spelledForms: [String] {
        var seen: Set<String> = []
        return forms.flatMap { [$0] + SpellingVariants.variants(of: $0) }.filter { seen.insert($0).inserted }
    }

    /// The forms as a search engine wants them: phrases quoted, single words truncated at their stem
    /// when the stem is at least four letters (PubMed's rule for truncation), else as written. A
    /// form's other spelling is truncated where the form is, so that it finds the same inflections
    /// ("randomis*" OR "randomiz*", not "random*"), and written out where the form is. A whole
    /// word's other spelling (``SpellingVariants/isWholeWordSpelling(_:)``) is written out with its
    /// plural, never truncated: "labor*" would find "laboratory", "color*" "colorectal"; so is the
    /// claim's own word of those lists when it is the American spelling ("labor", "labors",
    /// "labour", "labours"), whose truncation is as wide. A form that
    /// is another spelling of an earlier one ("randomized" after "randomised") adds nothing: its
    /// own stem would be the shared, wider one ("random*").
    public var searchForms: [String] {
        var seen: Set<String> = []
        return Self.distinctSpellings(forms).flatMap { form -> [String] in
            if form.contains(" ") { return ([form] + SpellingVariants.variants(of: form)).map { "\"\($0)\"" } }
            // The claim's own word spelt the American way, when it is a whole word of the lists, is
            // written out as its British spelling's other form is: "labor*" would find "laboratory".
            let variants = SpellingVariants.variants(of: form)
            if SpellingVariants.isWholeWordSpelling(form), !variants.isEmpty, SpellingVariants.american(form) == form.lowercased() {
                return ([form] + variants).flatMap(Self.writtenOut)
            }
            let stem = SearchConceptFinder.stem(form)
            guard stem.count >= 4, form.hasPrefix(stem) else { return [form] + SpellingVariants.variants(of: form) }
            let inflection = form.dropFirst(stem.count)
            // A spelling the truncation already finds ("polar*": "polarisation") is not repeated.
            return [stem + "*"] + SpellingVariants.variants(of: form).filter { !$0.hasPrefix(stem) }.flatMap { variant -> [String] in
                if SpellingVariants.isWholeWordSpelling(variant) { return Self.writtenOut(variant) }
                return [variant.hasSuffix(inflection) && variant.count - inflection.count >= 4
                    ? String(variant.dropLast(inflection.count)) + "*" : Self.truncated(variant)]
            }
        }.filter { seen.insert($0).inserted }
    }

    /// The forms without those that are another spelling of an earlier form.
    static func distinctSpellings(_ forms: [String]) -> [String] {
        var spelt: Set<String> = []
        return forms.filter { form in
            defer { spelt.formUnion([form.lowercased()] + SpellingVariants.variants(of: form)) }
            return !spelt.contains(form.lowercased())
        }
    }

    /// A whole word's other spelling as a search types it without truncation: a listed noun with
    /// its plural ("labor", "labors", as the claim's "labour*" finds "labours"), an inflected
    /// word as it is ("colored").
    static func writtenOut(_ word: String) -> [String] {
        let isNoun = Lexicon.spellingWords.contains { $0.british == word || $0.american == word } && !word.hasSuffix("ing")
        return isNoun ? [word, word + "s"] : [word]
    }

    /// A single word truncated by PubMed's rule, for another spelling whose inflection differs.
    static func truncated(_ word: String) -> String {
        let stem = SearchConceptFinder.stem(word)
        return stem.count >= 4 && word.hasPrefix(stem) ? stem + "*" : word
    }
}

/// Finds a text's concepts; the rules ``SearchQuery`` documents.
enum SearchConceptFinder {
    static func concepts(in text: String, includeQuantities: Bool) -> [SearchConcept] {
        // Tokens are lower-cased; the case a claim was written in tells a gene ("mTOR") or a kind
        // ("vitamin D") from a word. Token offsets count characters.
        let characters = Array(text)
        let tokens = namesJoined(Tokenizer.tokens(in: text), characters)
        func asWritten(_ token: Token) -> String {
            String(characters[token.offset..<min(characters.count, token.offset + token.text.count)])
        }
        // A possessive is the name ("Alzheimer's" is "alzheimer", as a database splits it); another
        // apostrophe is dropped.
        let lowered = tokens.map { token in
            let text = token.text.lowercased()
            return (text.hasSuffix("'s") ? String(text.dropLast(2)) : text).replacingOccurrences(of: "'", with: "")
        }
        var concepts: [SearchConcept] = []
        var seen: Set<String> = []
        var index = 0
        while index < tokens.count {
            // A two-word synonym phrase ("blood flow") is one concept with its synonyms.
            if index + 1 < tokens.count, let group = phraseGroups[lowered[index] + " " + lowered[index + 1]] {
                let phrase = lowered[index] + " " + lowered[index + 1]
                if seen.insert(phrase).inserted {
                    concepts.append(SearchConcept(forms: [phrase] + group.filter { $0 != phrase }, weight: 2.5))
                }
                index += 2
                continue
            }
            let token = tokens[index]
            let word = lowered[index]
            index += 1
            if token.isNumber {
                guard includeQuantities, seen.insert(word).inserted else { continue }
                concepts.append(SearchConcept(forms: [word], weight: 1))
                continue
            }
            let written = token.text.lowercased()
            let cased = asWritten(token)
            // A capital letter after a word names a kind of it ("vitamin D", "hepatitis B", "group A
            // streptococcus"): the pair is the concept, a phrase. Alone the letter was dropped as too
            // short, and "vitamin" matched every vitamin.
            if cased.count == 1, cased != "I", cased.first!.isUppercase, index >= 2, !isInitial(tokens[index - 1], characters),
               let last = concepts.indices.last, concepts[last].forms[0] == lowered[index - 2],
               !lowered[index - 2].contains(" ") {
                concepts[last] = SearchConcept(forms: [lowered[index - 2] + " " + word], weight: concepts[last].weight + 1)
                continue
            }
            // A capital letter that names a kind of the word after it ("B cells", "G-CSF", "E-cadherin")
            // is a phrase with it: alone "cells" matched every cell.
            if cased.count == 1, !StopWords.contains(word), cased.first!.isUppercase, !isInitial(token, characters), index < tokens.count,
               !tokens[index].isNumber, lowered[index].count >= 2, tokens[index].offset == token.offset + 2,
               [" ", "-"].contains(characters[token.offset + 1]) {
                let next = lowered[index]
                let phrase = word + " " + next
                index += 1
                if seen.insert(phrase).inserted {
                    concepts.append(SearchConcept(forms: [phrase], weight: weight(of: next, written: asWritten(tokens[index - 1])) + 1))
                }
                continue
            }
            guard word.count >= 3 || hasDigit(word), !StopWords.contains(written), !StopWords.contains(word), !noise.contains(word),
                  seen.insert(word).inserted else { continue }
            // A second word of the same stem ("activated" ... "activation") is another form of the
            // concept already found, not a second concept: PubMed would AND `activ*` with itself.
            // Spelt either way ("randomised" ... "randomization").
            if let same = concepts.firstIndex(where: {
                !$0.forms[0].contains(" ") && stem(SpellingVariants.american($0.forms[0])) == stem(SpellingVariants.american(word))
            }) {
                if !concepts[same].forms.contains(word) { concepts[same].forms.append(word) }
                continue
            }
            concepts.append(SearchConcept(forms: [word] + wordSynonyms(word), weight: weight(of: word, written: cased)))
        }
        return concepts
    }

    /// A number written against capitals is one name, as a database indexes it: "3T3" cells, "6MP",
    /// "5HT" (the tokenizer splits "3" from "t3" for the scorer's numbers). A unit ("100g", "24h")
    /// is written in lower case and stays a number.
    static func namesJoined(_ tokens: [Token], _ characters: [Character]) -> [Token] {
        var joined: [Token] = []
        for token in tokens {
            if let last = joined.last, last.isNumber, !token.isNumber, last.offset + last.text.count == token.offset,
               characters.indices.contains(token.offset), characters[token.offset].isUppercase {
                joined[joined.count - 1] = Token(text: last.text + token.text, offset: last.offset, isNumber: false)
            } else {
                joined.append(token)
            }
        }
        return joined
    }

    /// A capital with a full stop before a lower-case word is a genus's initial ("H. pylori", "E. coli"),
    /// not the letter of a kind ("vitamin D."): it is left out, and the species name is the concept.
    static func isInitial(_ token: Token, _ characters: [Character]) -> Bool {
        let end = token.offset + token.text.count
        guard end + 2 < characters.count, characters[end] == "." else { return false }
        return characters[end + 1] == " " && characters[end + 2].isLowercase
    }

    /// Importance: names of genes, drugs and molecules (digits, inner capitals: "GATA3", "4-PBA",
    /// "CD44v6") most; words WordNet does not know (technical terms: "cortisol" is known, "pleurotolysin"
    /// is not) next; generic research nouns least; longer words a little more than shorter ones.
    /// A word weighs as its American spelling does, so a claim's spelling does not change its query.
    static func weight(of word: String, written: String) -> Double {
        let word = SpellingVariants.american(word)
        var weight = 1.0 + Double(min(word.count, 12)) / 24
        if hasDigit(word) || written.dropFirst().contains(where: \.isUppercase) { weight += 2 }
        if genericNouns.contains(word) {
            weight -= 1
        } else if !knownToWordNet(word) {
            weight += 1
        }
        return weight
    }

    /// WordNet knows a word when it has a synset with other words, a derivation or a hypernym; a
    /// word it has nothing for is a technical term (without WordNet, every word counts as known).
    private static func knownToWordNet(_ word: String) -> Bool {
        guard let wordNet = try? WordNet.shared() else { return true }
        if !wordNet.hypernyms(of: word, senses: 1).isEmpty { return true }
        return WordNet.PartOfSpeech.allCases.contains {
            !wordNet.synonyms(of: word, as: $0, senses: 1).isEmpty || !wordNet.derivationallyRelated(to: word, as: $0).isEmpty
        }
    }

    private static func hasDigit(_ word: String) -> Bool { word.contains(where: \.isNumber) }

    /// The lexicon's one-word synonyms of `word` (the hand-made groups, not WordNet's: those
    /// widen a search into other senses).
    static func wordSynonyms(_ word: String) -> [String] {
        guard let group = wordGroups[word] else { return [] }
        return group.filter { $0 != word && !$0.contains(" ") }
    }

    static func stem(_ word: String) -> String {
        stemmer.withLock { $0.stem(word) }
    }

    private static let stemmer = LockedStemmer()

    /// Hedges, negations, scope words, comparatives, reporting verbs in every form, the plainest
    /// direction verbs and the article's filler (all from ``Lexicon``), and the modals, quantity
    /// words, inflections and vague nouns below: not stopwords for the scorer, but noise for a
    /// search engine.
    static let noise: Set<String> = Set(
        Lexicon.modalWords + Lexicon.negationWords + Lexicon.scopeRanks.keys + Lexicon.comparatives
            + Lexicon.reportingVerbs.flatMap(\.all) + Lexicon.coreIncreaseVerbs + Lexicon.coreDecreaseVerbs
            + Lexicon.searchFillerWords
    ).union([
        "should", "must", "will", "least", "much", "each",
        "percent", "per", "cent", "half", "third", "quarter", "twice", "times", "than", "nearly", "almost",
        "about", "around", "approximately", "roughly", "over", "under", "up", "according",
        "study", "studies", "research", "researchers", "scientists", "experts", "evidence", "data",
        "people", "person", "significantly", "significant", "associated", "linked", "link",
        "increases", "increased", "increasing", "reduces", "reduced", "reducing", "decreases", "decreased",
        "decreasing", "lowers", "lowered", "lowering", "cuts", "raises", "raised", "raising", "result", "results",
        "year", "years", "week", "weeks", "day", "days", "time", "really",
    ])

    private static let genericNouns = Set(Lexicon.genericResearchNouns)

    /// Synonym groups of the lexicon by each two-word member.
    private static let phraseGroups: [String: [String]] = {
        var groups: [String: [String]] = [:]
        for group in Lexicon.synonymGroups {
            for member in group where member.split(separator: " ").count == 2 { groups[member] = group }
        }
        return groups
    }()

    private static let wordGroups: [String: [String]] = {
        var groups: [String: [String]] = [:]
        for group in Lexicon.synonymGroups {
            for member in group where !member.contains(" ") { groups[member] = group }
        }
        return groups
    }()
}

/// The Snowball stemmer is a C object and not thread-safe; one behind a lock serves every query.
final class LockedStemmer: @unchecked Sendable {
    private let stemmer = Stemmer()
    private let lock = NSLock()

    func withLock<T>(_ body: (Stemmer) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(stemmer)
    }
}
