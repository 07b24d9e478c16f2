import TextAnalysis

/// Where a sentence states a relation, and how: the causal verbs and association words of
/// ``CueLexicon`` found in running text, with the readings that look like a cue and are not.
///
/// One home for "is this word here a causal verb": the claim-strength features and the scorer's
/// reasons both read it, so "raises concerns" cannot be causal for one and not for the other.
enum RelationCues {
    /// One cue as found: where it starts, how many words it spans, and the words as written.
    struct Cue: Hashable {
        let position: Int
        let length: Int
        let phrase: String
    }

    // MARK: Word lists, as sets of the lexicon's words

    /// Modal words that make a stated cause conditional: "may reduce", "could lead to"
    /// (``Lexicon/modalWords``). "suggests" and "indicates" hedge the *finding*, not the relation,
    /// and are attribution verbs below.
    static let modalWords: Set<String> = Set(Lexicon.modalWords)

    /// Verbs that credit a finding to its authors rather than qualify it: "the study concludes
    /// that", "results suggest that" (``Lexicon/findingCreditForms``).
    static let attributionVerbs: Set<String> = Set(Lexicon.findingCreditForms)

    /// Objects after which a causal verb is an idiom, not a cause (``Lexicon/causalIdiomObjects``).
    static let idiomaticObjects: Set<String> = Set(Lexicon.causalIdiomObjects)

    /// Words skipped when looking for the object (``Lexicon/causalIdiomModifiers``).
    private static let objectModifiers: Set<String> = Set(Lexicon.causalIdiomModifiers)

    // MARK: Finding cues

    /// Every causal verb or phrase ("causes", "leads to"), in order; idioms left out.
    static func causal(in words: [String]) -> [Cue] {
        var found: [Cue] = []
        var index = 0
        while index < words.count {
            if let phrase = CueLexicon.causalPhrases.first(where: { CueLexicon.matches($0, in: words, at: index) }) {
                found.append(Cue(position: index, length: phrase.count, phrase: phrase.joined(separator: " ")))
                index += phrase.count
                continue
            }
            if CueLexicon.causalWords.contains(words[index]), !isIdiom(words, verbAt: index) {
                found.append(Cue(position: index, length: 1, phrase: words[index]))
            }
            index += 1
        }
        return found
    }

    /// "raises concerns", "raises the question": the verb's object makes it no cause ("raises the
    /// risk" stays causal).
    static func isIdiom(_ words: [String], verbAt index: Int) -> Bool {
        var next = index + 1
        while next < words.count, objectModifiers.contains(words[next]) { next += 1 }
        return next < words.count && idiomaticObjects.contains(words[next])
    }

    /// Every association cue ("associated with", "correlation between", "tied to"), in order; the
    /// word after an association word joins the phrase when it is "with", "to" or "between".
    static func association(in text: AnalyzedText) -> [Cue] {
        var found: [Cue] = []
        var index = 0
        while index < text.count {
            if let phrase = CueLexicon.associationPhrases.first(where: { CueLexicon.matches($0, in: text.words, at: index) }) {
                found.append(Cue(position: index, length: phrase.count, phrase: phrase.joined(separator: " ")))
                index += phrase.count
                continue
            }
            if text.isContent[index], CueLexicon.associationStems.contains(text.stems[index]) {
                let next = index + 1 < text.count ? text.words[index + 1] : nil
                if let next, ["with", "to", "between"].contains(next) {
                    found.append(Cue(position: index, length: 2, phrase: text.words[index] + " " + next))
                    index += 2
                    continue
                }
                found.append(Cue(position: index, length: 1, phrase: text.words[index]))
            }
            index += 1
        }
        return found
    }

    /// The last modal word within `window` words before `position`: "*may* significantly reduce".
    static func modal(in words: [String], before position: Int, window: Int = 3) -> Int? {
        let start = max(0, position - window)
        return words[start..<position].lastIndex { modalWords.contains($0) }
    }
}
