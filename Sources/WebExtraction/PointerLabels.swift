/// Labels that point away from the article: "Read more", "Related", "Lesen Sie auch", "Über den
/// Autor". A short block that is such a label titles a teaser, a link list or a bio, not the
/// article's text, wherever it stands.
enum PointerLabels {
    /// A label is a few words; a longer block that starts the same way is a sentence of the article.
    static let maximumCharacters = 60

    static func drop(_ candidates: [BlockContext.Candidate], kept: inout [Bool]) {
        for index in candidates.indices where kept[index] {
            guard let block = candidates[index].block, block.text.utf8.count <= maximumCharacters else { continue }
            let lowered = block.text.lowercased()
            if labels.contains(where: { startsWithWords(lowered, $0) }) { kept[index] = false }
        }
    }

    /// The label as whole words: "Related:" is a label, "Relatedness of the strains" a heading of
    /// the article.
    static func startsWithWords(_ text: String, _ label: String) -> Bool {
        guard text.hasPrefix(label) else { return false }
        guard let next = text.dropFirst(label.count).first else { return true }
        return !(next.isLetter || next.isNumber)
    }

    /// Beginnings of such labels, lowercase, in English and German (most of the tuning pages).
    static let labels: [String] = [
        "read more", "read also", "related", "more from", "about the author", "you may also like", "you might also like",
        "share this", "watch:", "listen:", "don't miss", "don’t miss", "more on this story", "also read", "see also", "schon gelesen", "zum weiterlesen", "weiterlesen", "mehr zum thema", "lesen sie auch",
        "lesen sie mehr", "weitere artikel", "über den autor", "über die autorin", "meist gesucht",
        "das könnte sie auch interessieren", "auch interessant", "möchten sie den artikel teilen", "artikel teilen",
    ]
}
