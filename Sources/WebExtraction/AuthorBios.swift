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
        for nameLength in 2...3 where words.count > nameLength + 1 {
            let name = words.prefix(nameLength)
            guard name.allSatisfy(isNamePart), !notNames.contains(String(name[0])) else { return false }
            let rest = words.dropFirst(nameLength).prefix(3).joined(separator: " ").lowercased() + " "
            if careerVerbs.contains(where: { rest.hasPrefix($0) }) { return true }
            if roleVerbs.contains(where: { rest.hasPrefix($0) }) {
                let lowered = text.lowercased()
                return professions.contains { lowered.contains($0) }
            }
        }
        return false
    }

    private static func isNamePart(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
        return word.dropFirst().allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } && word.dropFirst().contains { $0.isLowercase }
    }

    /// Capitalised words that open a story's sentence, not a name.
    static let notNames: Set<String> = ["The", "This", "That", "These", "Those", "It", "Its", "Our", "Their", "His", "Her", "A", "An", "In", "On", "At", "For", "But", "And", "Mr", "Mrs", "Ms", "Dr"]
    /// What a bio says its subject does for the paper.
    static let careerVerbs = ["has reported", "has covered", "has written", "has worked", "covers ", "writes about", "writes for", "reports on"]
    /// "is a …", said of a journalist (a profession's word in the block).
    /// "joined the …" too: a bio says "joined the Post", a story "joined the march".
    static let roleVerbs = ["is a ", "is an ", "is the ", "is our ", "joined "]
    static let professions = ["reporter", "correspondent", "editor", "journalist", "columnist", "writer", "critic", "producer", "presenter"]
}
