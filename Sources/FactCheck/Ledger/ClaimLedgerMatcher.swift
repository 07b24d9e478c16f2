import FactCheckModel
import Foundation
import TextAnalysis

/// What a claim's wording reduces to for matching against the ledger: its stemmed content words,
/// and the few words and numbers whose change makes it a different claim.
///
/// Matching is deliberately conservative: an editor's verdict shown on the wrong claim is worse
/// than a reviewed claim checked again. So a similarity score is only computed when the claims
/// agree *exactly* on their numbers ("60 percent" is never "80 percent"), negation, bound and
/// scope words ("more than" is not "less than", "all" is not "some") and whether they are hedged
/// ("may reduce" is a weaker claim than "reduces", which an editor may well have judged overstated).
/// Word order, inflection, function words, a few synonyms and added or dropped content words are
/// tolerated: that is what "the same claim, reworded slightly" means. A *substituted* content word
/// (each side has a word the other lacks) is held to a much higher bar, because that is also how a
/// different claim looks: "coffee drinkers live longer" and "tea drinkers live longer" differ by one
/// word. `LedgerMatchingTests` measures both sides on a table of pairs.
public struct ClaimSignature: Sendable, Hashable {
    /// Stems of the words that are not function words, numbers or guard words.
    public var content: Set<String>
    /// Numbers as the tokenizer reads them ("80%" → "80", "1,200" → "1200").
    public var numbers: Set<String>
    /// Negation, bound and scope words, canonicalised ("over" → "more", "fewer" → "less").
    public var guards: Set<String>
    public var hedged: Bool

    /// Words that turn a claim into another claim, and the canonical form of each.
    /// The lexicon gives the comparatives (``Lexicon/moreComparatives``, ``Lexicon/lessComparatives``),
    /// the scope determiners (``Lexicon/scopeDeterminers``, each read as the first of its rank) and
    /// the negations; the bound words of a figure ("over", "below") and "each" are the ledger's own.
    static let guardWords: [String: String] = {
        var words: [String: String] = [
            "over": "more", "above": "more", "exceed": "more", "exceeds": "more", "least": "least",
            "under": "less", "below": "less", "each": "all",
        ]
        for word in Lexicon.moreComparatives { words[word] = "more" }
        for word in Lexicon.lessComparatives { words[word] = "less" }
        for word in Lexicon.scopeDeterminers {
            words[word] = Lexicon.scopeDeterminers.first { Lexicon.scopeRanks[$0] == Lexicon.scopeRanks[word] }
        }
        return words.merging(Lexicon.negationWords.map { ($0, "not") }, uniquingKeysWith: { first, _ in first })
    }()

    /// Direction verbs, by stem (so every inflection counts): "raises" and "is raised" agree, and
    /// "increases" is never "decreases". Only the plainest verbs (``Lexicon/coreIncreaseVerbs``).
    static let directionStems: [String: String] = {
        let stemmer = Stemmer()
        return Dictionary(uniqueKeysWithValues: Lexicon.coreIncreaseVerbs.map { (stemmer.stem($0), "increase") }
            + Lexicon.coreDecreaseVerbs.map { (stemmer.stem($0), "decrease") })
    }()

    /// Number words up to twelve read as the numbers they are: "seven million" is "7 million".
    static let numberWords: [String: String] = Lexicon.numberWords.filter { $0.value <= 12 }.mapValues(String.init)

    /// Synonyms folded to one stem, so a common rewording is not a substitution: every word of a
    /// ``Lexicon/synonymGroups`` group becomes its first member's stem, a phrase word by word
    /// ("cardiovascular disease" → "heart disease"), a single word standing for a phrase as the
    /// phrase's last word ("circulation" → "flow"). The groups are small on purpose: every entry
    /// is also a way for two different claims to look alike.
    static let synonymStems: [String: String] = {
        let stemmer = Stemmer()
        var folded: [String: String] = [:]
        for group in Lexicon.synonymGroups {
            let head = Lexicon.words(of: group[0]).map(stemmer.stem)
            for member in group.dropFirst() {
                let words = Lexicon.words(of: member).map(stemmer.stem)
                if words.count == head.count {
                    for (word, canonical) in zip(words, head) where word != canonical { folded[word] = canonical }
                } else if words.count == 1 {
                    folded[words[0]] = head.last
                }
            }
        }
        return folded
    }()

    /// Builds a stemmer for one signature; a batch reuses one through ``init(text:stemmer:)``.
    public init(text: String) {
        self.init(text: text, stemmer: Stemmer())
    }

    public init(text: String, stemmer: Stemmer) {
        var content: Set<String> = []
        var numbers: Set<String> = []
        var guards: Set<String> = []
        for token in Tokenizer.tokens(in: text) {
            if token.isNumber {
                numbers.insert(token.text)
            } else if let number = Self.numberWords[token.text] {
                numbers.insert(number)
            } else if let canonical = Self.guardWords[token.text] {
                guards.insert(canonical)
            } else if token.text.hasSuffix("n't") {
                guards.insert("not")
            } else {
                guard !StopWords.contains(token.text) else { continue }
                let plain = stemmer.stem(token.text)
                let stem = Self.synonymStems[plain] ?? plain
                if let direction = Self.directionStems[stem] { guards.insert(direction) } else { content.insert(stem) }
            }
        }
        self.content = content
        self.numbers = numbers
        self.guards = guards
        hedged = !HedgeLexicon.hedges(in: text).isEmpty
    }

    /// True when each side has a content word the other lacks (as opposed to words only added or
    /// dropped on one side).
    public func isSubstitution(of other: ClaimSignature) -> Bool {
        !content.isSubset(of: other.content) && !other.content.isSubset(of: content)
    }

    /// Dice coefficient of the content stems, or 0 when a number, guard word or hedge differs.
    public func similarity(to other: ClaimSignature) -> Double {
        guard numbers == other.numbers, guards == other.guards, hedged == other.hedged else { return 0 }
        let total = content.count + other.content.count
        guard total > 0 else { return 0 }
        return 2 * Double(content.intersection(other.content).count) / Double(total)
    }
}

/// The ledger prepared for matching: each entry's signature computed once per run.
public struct ClaimLedgerIndex: Sendable {
    /// The Dice similarity a claim needs when its content words only add to or drop from the
    /// reviewed claim's (or the reverse). On the table in `LedgerMatchingTests` such rewordings score
    /// 0.86 or more and narrower claims ("exercise improves mood" → "… in older adults with
    /// depression") 0.67 or less; 0.75 sits in the gap.
    public static let defaultThreshold = 0.75
    /// The Dice similarity a claim needs when a content word was *replaced*: above the 0.83 that one
    /// word swapped in a claim of five or six scores ("coffee" → "tea", "States" → "Kingdom"). Such
    /// rewordings ("drinking green tea" → "green tea may help") are missed: the price of never
    /// showing an editor's verdict on a different claim.
    public static let defaultSubstitutionThreshold = 0.85

    public let ledger: ClaimLedger
    public let threshold: Double
    public let substitutionThreshold: Double
    let signatures: [ClaimSignature]
    let byID: [String: Int]

    public init(
        _ ledger: ClaimLedger, threshold: Double = ClaimLedgerIndex.defaultThreshold,
        substitutionThreshold: Double = ClaimLedgerIndex.defaultSubstitutionThreshold
    ) {
        self.ledger = ledger
        self.threshold = threshold
        self.substitutionThreshold = substitutionThreshold
        let stemmer = Stemmer()
        signatures = ledger.entries.map { ClaimSignature(text: $0.text, stemmer: stemmer) }
        var byID: [String: Int] = [:]
        for (index, entry) in ledger.entries.enumerated() { byID[entry.id] = index }
        self.byID = byID
    }

    /// The entry a claim matches: its own id first, else the most similar entry at or above the
    /// threshold (ties go to the smaller id, entries being sorted, so runs agree).
    public func match(_ claim: Claim, stemmer: Stemmer) -> (entry: ClaimLedgerEntry, matched: EditorReview.Match, similarity: Double)? {
        if let index = byID[claim.id] { return (ledger.entries[index], .id, 1) }
        guard !signatures.isEmpty else { return nil }
        let signature = ClaimSignature(text: claim.text, stemmer: stemmer)
        var best: (index: Int, score: Double)?
        for (index, candidate) in signatures.enumerated() {
            let score = signature.similarity(to: candidate)
            guard accepts(score, substitution: signature.isSubstitution(of: candidate)) else { continue }
            if score > (best?.score ?? -1) { best = (index, score) }
        }
        return best.map { (ledger.entries[$0.index], .similar, $0.score) }
    }

    /// Whether a similarity is a match under this index's thresholds.
    public func accepts(_ score: Double, substitution: Bool) -> Bool {
        score > 0 && score >= (substitution ? substitutionThreshold : threshold)
    }

    /// The checks with every matched claim carrying the editor's verdict, marked as such.
    public func apply(to checks: [ClaimCheck]) -> [ClaimCheck] {
        guard !ledger.entries.isEmpty else { return checks }
        let stemmer = Stemmer()
        return checks.map { check in
            guard let found = match(check.claim, stemmer: stemmer) else { return check }
            return Self.reviewed(check, by: found.entry, matched: found.matched, similarity: found.similarity, folder: ledger.folder)
        }
    }

    /// `check` with the editor's verdict in place of the tool's; the tool's verdict and reason are
    /// kept in ``EditorReview``, and the tool's evidence stays (it is still what the sources say).
    static func reviewed(_ check: ClaimCheck, by entry: ClaimLedgerEntry, matched: EditorReview.Match, similarity: Double, folder: String) -> ClaimCheck {
        var check = check
        let date = String(entry.reviewedAt.prefix(10))
        var reason = "editor's verdict (reviewed by \(entry.reviewer) on \(date))"
        if !entry.note.isEmpty { reason += ": \(entry.note)" }
        check.review = EditorReview(
            reviewer: entry.reviewer, reviewedAt: entry.reviewedAt, note: entry.note,
            ledgerFile: (folder as NSString).appendingPathComponent("\(entry.id).json"), matched: matched,
            similarity: (similarity * 1000).rounded() / 1000, toolVerdict: check.verdict, toolReason: check.reason,
            evidence: entry.evidence.map { EditorReview.Source(url: $0.url, quote: $0.quote) })
        check.verdict = entry.verdict
        // The editor decided; confidence in the verdict itself is full. How sure the *match* is
        // lives in `review.similarity`.
        check.confidence = 1
        check.reason = reason
        return check
    }
}
