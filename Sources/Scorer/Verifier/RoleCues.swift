import TextAnalysis

/// What part of an abstract a sentence plays: background and aims, methods, results, conclusions.
///
/// An abstract's first sentences usually restate the question ("whether X affects Y remains
/// unknown"), so they share most words with a claim about X and Y and decide nothing; the finding is
/// in the results and conclusions. Word overlap alone picks the question, so these cues let the
/// sentence model prefer the answer. Structured abstracts label their sections ("RESULTS", "CONCLUSION");
/// an upper-case label at the start of a sentence is the strongest cue there is.
enum RoleCues {
    enum Role: Int, CaseIterable {
        case background, methods, results, conclusion
    }

    /// Section labels of structured abstracts, lowercased.
    static let sectionLabels: [String: Role] = [
        "background": .background, "introduction": .background, "context": .background, "objective": .background,
        "objectives": .background, "aim": .background, "aims": .background, "purpose": .background,
        "rationale": .background, "importance": .background,
        "methods": .methods, "method": .methods, "design": .methods, "setting": .methods, "participants": .methods,
        "patients": .methods, "interventions": .methods, "measurements": .methods, "materials": .methods,
        "results": .results, "findings": .results, "result": .results, "outcomes": .results,
        "conclusion": .conclusion, "conclusions": .conclusion, "interpretation": .conclusion,
        "significance": .conclusion, "relevance": .conclusion, "discussion": .conclusion,
    ]

    /// Words that mark a sentence's role in running prose, lowercased as written.
    static let words: [Role: Set<String>] = [
        .background: [
            "aim", "aimed", "aims", "objective", "purpose", "goal", "hypothesis", "hypothesized", "hypothesised",
            "unknown", "unclear", "investigate", "investigated", "investigating", "examine", "examined",
            "explore", "explored", "whether", "remains", "remain", "poorly", "understood", "sought", "evaluate",
            "determine", "address", "question", "controversial", "debated", "little", "known", "important",
            "role", "because",
        ],
        .methods: [
            "randomized", "randomised", "randomly", "enrolled", "recruited", "cohort", "measured", "using",
            "analyzed", "analysed", "performed", "conducted", "participants", "assigned", "included", "design",
            "retrospective", "prospective", "questionnaire", "collected", "followed", "data",
        ],
        .results: [
            "found", "find", "showed", "show", "shows", "shown", "demonstrate", "demonstrated", "demonstrates",
            "revealed", "reveal", "observed", "significantly", "significant", "compared", "ci", "p", "odds",
            "hazard", "ratio", "identified", "resulted", "detected", "exhibited", "displayed",
        ],
        .conclusion: [
            "conclusion", "conclude", "concluded", "suggest", "suggests", "indicate", "indicates", "together",
            "thus", "therefore", "overall", "collectively", "summary", "implicate", "implicates", "support",
            "supports", "establish", "establishes", "reveals", "provide", "provides", "evidence", "findings",
            "data", "results", "may", "might", "could", "potential", "potentially",
        ],
    ]

    /// The same lists inverted (word → roles), so a sentence costs one lookup per word.
    static let rolesByWord: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for role in Role.allCases {
            for word in words[role]!.sorted() { index[word, default: []].append(role.rawValue) }
        }
        return index
    }()

    /// How strongly `text` reads as each role, in [0, 1], in ``Role`` order. A section label at the
    /// start decides alone; otherwise each cue word adds a half, capped at 1.
    static func scores(_ text: AnalyzedText, raw: String) -> [Double] {
        var result = Array(repeating: 0.0, count: Role.allCases.count)
        if let first = text.words.first, let role = sectionLabels[first], startsUppercase(raw) {
            result[role.rawValue] = 1
            return result
        }
        for word in text.words {
            guard let roles = rolesByWord[word] else { continue }
            for role in roles { result[role] = min(1, result[role] + 0.5) }
        }
        return result
    }

    /// Whether `text` states what the study set out to ask and reports nothing yet. General English
    /// for a question posed, not answered: such a sentence names the claim's words, so word overlap
    /// ranks it high while it decides nothing. Read as clauses over the lists above (the background
    /// ``words`` and the background ``sectionLabels``: one home for the aim words):
    /// - an indirect question, "whether" (``Lexicon/questionOpeners``), but not a concession
    ///   ("regardless of whether", "whether or not", "whether adjusted or not") nor a finding's
    ///   subject ("suggest that whether …");
    /// - "we" and a background word ("we sought", "we investigated");
    /// - "to" and a background word where "to" opens the sentence or follows a background word
    ///   ("To determine …", "we sought to determine"), not a purpose clause inside a finding ("used
    ///   the score to determine treatment");
    /// - an aim noun naming the aim: a background word or section noun before "was to" ("the goal
    ///   was to"), a background section noun before "of this", "of the" ("the objective of this
    ///   study"); not "the primary goal was achieved", "goals of care" or "its purpose is unknown".
    /// Known to miss: "this study investigates", "here we report", "was designed to assess" (verbs
    /// outside the background words); known to fire on "they aimed to remain …" (an aim, but not
    /// the study's).
    /// None of it counts when a number or a results word follows the cue in the sentence: "we
    /// examined 900 patients and mortality fell" reports a finding.
    static func statesAim(_ text: AnalyzedText) -> Bool {
        guard let cue = aimCue(text.words) else { return false }
        let results = words[.results]!
        for index in cue..<text.count where text.isNumber[index] || results.contains(text.words[index]) { return false }
        return true
    }

    /// Where the first aim cue of ``statesAim(_:)`` starts, if there is one.
    private static func aimCue(_ words: [String]) -> Int? {
        let background = Self.words[.background]!
        for (index, word) in words.enumerated() {
            let previous = index > 0 ? words[index - 1] : ""
            let following = words[(index + 1)...].prefix(4)
            if word == "whether", Lexicon.questionOpeners.contains(word), previous != "of", previous != "that",
                !(following.contains("or") && following.contains("not"))
            {
                return index
            }
            if background.contains(word), sectionLabels[word] == nil {
                if previous == "we" { return index }
                if previous == "to", index == 1 || (index >= 2 && background.contains(words[index - 2])) { return index }
            }
            if sectionLabels[word] == .background || background.contains(word), index + 2 < words.count {
                let (next, after) = (words[index + 1], words[index + 2])
                if ["was", "is", "were", "are"].contains(next), after == "to" { return index }
                if sectionLabels[word] == .background, next == "of", ["this", "our", "the", "present", "current"].contains(after) {
                    return index
                }
            }
        }
        return nil
    }

    /// "RESULTS:" or "CONCLUSIONS" in capitals: a section label, not the word in a sentence.
    static func startsUppercase(_ raw: String) -> Bool {
        var letters = 0
        for character in raw {
            if character.isLetter {
                guard character.isUppercase else { return false }
                letters += 1
                if letters >= 4 { return true }
            } else {
                return letters >= 3
            }
        }
        return letters >= 3
    }
}
