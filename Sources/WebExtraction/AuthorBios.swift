import TextAnalysis

/// The author's bio templates put under an article, inside its container and without a name
/// that says so: "Pia Lindgren has reported on island politics since 2018." It opens with a
/// person's name and what the person does for the paper. ``TailNotices`` drops it where notices
/// go, in the short blocks that end the text; there a last paragraph of the story that opens with
/// a name says what that person did in the story ("Mr Finch was fined"), not their career.
enum AuthorBios {
    /// Whether the text opens with a name of two or three capitalised words and a career's verb,
    /// or is a sentence about a journalist ("… is a senior reporter …").
    static func isBio(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
        guard words.count >= 4 else { return false }
        // A bio is a line or two; a source's words in it ("… and says dust levels doubled") make
        // it the story's paragraph about that person.
        let lowered = text.lowercased()
        let allWords = Set(lowered.split { !$0.isLetter }.map(String.init))
        guard text.count <= maximumCharacters, allWords.isDisjoint(with: reportedSpeech) else { return false }
        for nameLength in 2...3 where words.count > nameLength + 1 {
            let name = words.prefix(nameLength)
            guard name.allSatisfy(isNamePart), !notNames.contains(String(name[0])) else { return false }
            let rest = words.dropFirst(nameLength).prefix(3).joined(separator: " ").lowercased() + " "
            if careerVerbs.contains(where: { rest.hasPrefix($0) }) { return true }
            // "has worked", "is a", "joined": a bio's only when it names the trade (whole words:
            // "creditors" is no editor).
            if roleVerbs.contains(where: { rest.hasPrefix($0) }) {
                return professions.contains { allWords.contains($0) || allWords.contains($0 + "s") }
            }
        }
        return false
    }

    /// Longer than a bio's two sentences: the story's paragraph.
    static let maximumCharacters = 240
    /// Words of reported speech: the story quoting the person, not the paper presenting its writer.
    /// "has reported", "reports on" are a writer's career here (``careerVerbs``), not speech.
    static let reportedSpeech = Lexicon.reportedSpeechWords.subtracting(["reported", "reports"])

    private static func isNamePart(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
        return word.dropFirst().allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } && word.dropFirst().contains { $0.isLowercase }
    }

    /// Capitalised words that open a story's sentence, not a name.
    static let notNames: Set<String> = ["The", "This", "That", "These", "Those", "It", "Its", "Our", "Their", "His", "Her", "A", "An", "In", "On", "At", "For", "But", "And", "Mr", "Mrs", "Ms", "Dr"]
    /// What a bio says its subject does for the paper.
    static let careerVerbs = ["has reported", "has covered", "has written", "covers ", "writes about", "writes for", "reports on"]
    /// "is a …", said of a journalist (a profession's word in the block).
    /// "joined the …" too: a bio says "joined the Post", a story "joined the march".
    /// "has worked" too: at the paper, or at the mine.
    static let roleVerbs = ["is a ", "is an ", "is the ", "is our ", "joined ", "has worked "]
    static let professions = ["reporter", "correspondent", "editor", "journalist", "columnist", "writer", "critic", "producer", "presenter", "photographer", "newsroom"]
}
