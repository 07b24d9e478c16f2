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
