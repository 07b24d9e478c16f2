import FactCheckModel
import TextAnalysis

/// The speakers of an interview set as a transcript: "Ana: We launched the app in 2017." The
/// name before the colon is who says the line, and so the source of that sentence; read as prose,
/// "Ana: Lee's team wrote the code" credited "Ana: Lee's team", and "Ana: The app launched in
/// 2017" credited nobody.
///
/// A label is one to three capitalised words (not in capitals throughout: "KEY FACTS:" heads a
/// box) and a colon that open a sentence, and it counts only when it opens two sentences or more
/// of the article: an interview gives each speaker several turns, while a lone "Update:" or
/// "Watch:" is a heading's word. Words that label a kind of text rather than a person ("Note",
/// "Update", "Q", …) and a byline's "By" never count.
struct TranscriptSpeakers: Sendable {
    /// The labels that open two sentences or more.
    let names: Set<String>

    init(sentences: [String]) {
        var counts: [String: Int] = [:]
        for sentence in sentences {
            if let (name, _) = Self.label(in: sentence, readingCommonNouns: true) { counts[name, default: 0] += 1 }
        }
        let repeated = counts.filter { $0.value >= 2 }.keys
        // A one-word label that WordNet knows as a common noun ("Grace", "Will", "Rose") is still a
        // speaker when the article writes it with a capital inside a sentence ("we met Grace at
        // the pier"): there it is a name. "Evidence:" heading a list is never written so.
        let writtenAsNames = Self.capitalisedInside(sentences, words: Set(repeated.filter { !$0.contains(" ") }))
        names = Set(repeated.filter { !Self.isCommonNounLabel([Substring($0)]) || writtenAsNames.contains($0) || $0.contains(" ") })
    }

    /// Which of `words` some sentence writes capitalised after its first word and not right after
    /// a colon or a quotation mark (where any word takes a capital), used as a person is: not
    /// after an article ("the Evidence section"), not beside another capitalised word (a title:
    /// "Evidence and Risks" reads as "Read the Evidence Summary"), not before a word naming a part
    /// of the page ("Risks sections", "the Dosing tab").
    static func capitalisedInside(_ sentences: [String], words: Set<String>) -> Set<String> {
        guard !words.isEmpty else { return [] }
        var found: Set<String> = []
        for sentence in sentences {
            let tokens = sentence.split(separator: " ")
            func capitalised(_ index: Int) -> Bool { tokens.indices.contains(index) && tokens[index].first?.isUppercase == true }
            for index in tokens.indices.dropFirst() {
                let word = String(tokens[index].prefix(while: { $0.isLetter }))
                guard words.contains(word), let before = tokens[index - 1].last,
                      before.isLetter || before.isNumber || before == ","
                else { continue }
                let previous = tokens[index - 1].lowercased()
                let next = index + 1 < tokens.count ? tokens[index + 1].lowercased().filter(\.isLetter) : ""
                if Lexicon.articles.contains(previous) || Lexicon.pagePartNouns.contains(next) { continue }
                if capitalised(index - 1) && index - 1 > 0 || tokens[index].last?.isLetter == true && capitalised(index + 1) { continue }
                found.insert(word)
            }
        }
        return found
    }

    /// The speaker of `sentence`, and the scalar offset where what they say starts (after the colon
    /// and its space); nil when the sentence opens with no speaker of this transcript.
    func speaker(of sentence: String) -> (name: String, claimStart: Int)? {
        guard !names.isEmpty, let (name, start) = Self.label(in: sentence, readingCommonNouns: true), names.contains(name) else {
            return nil
        }
        return (name, start)
    }

    /// "Ana Ruiz: …": the label opening `sentence`, whatever the article, and where the line starts.
    static func label(in sentence: String, readingCommonNouns: Bool = false) -> (String, Int)? {
        let scalars = Array(sentence.unicodeScalars)
        var start = 0
        while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
        // The colon within the first few words, before any other punctuation but a name's own.
        guard let colon = scalars[start...].prefix(40).firstIndex(of: ":") else { return nil }
        let label = String(String.UnicodeScalarView(scalars[start..<colon]))
        let words = label.split(separator: " ", omittingEmptySubsequences: false)
        guard (1...3).contains(words.count), words.allSatisfy(isNameWord),
              !nonSpeakers.contains(label.lowercased()), !nonSpeakers.contains(String(words[0]).lowercased()),
              readingCommonNouns || !isCommonNounLabel(words)
        else { return nil }
        // A line follows: "Ana:" alone, or "Time: 10:30", is no turn of speech.
        var lineStart = colon + 1
        guard lineStart < scalars.count, scalars[lineStart].properties.isWhitespace else { return nil }
        while lineStart < scalars.count, scalars[lineStart].properties.isWhitespace { lineStart += 1 }
        guard lineStart < scalars.count, scalars[lineStart].properties.isAlphabetic || WordCursor.quoteMarks.contains(scalars[lineStart])
        else { return nil }
        return (label, lineStart)
    }

    /// "Ana", "O'Neill", "J.", "Smith-Jones": a capital, then small letters (or a name's apostrophe,
    /// hyphen or point). A word in capitals throughout ("KEY") is a box's heading.
    static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase, first.isLetter else { return false }
        let rest = word.dropFirst()
        guard rest.allSatisfy({ $0.isLetter || "'’.-".contains($0) }) else { return false }
        let letters = rest.filter(\.isLetter)
        return letters.isEmpty ? word.count <= 2 : letters.contains(where: \.isLowercase)
    }

    /// "Evidence:", "Risks:", "Dosage:" repeated under each drug of a comparison: a one-word label
    /// that WordNet knows only as a common noun, none of its senses a person (a role: "Interviewer",
    /// "Host") or a named one ("Mark", "Hope"), heads a definition list; a name WordNet lacks
    /// ("Ines") or a title ("Dr Okafor", two words) stays a speaker. Without the database, every
    /// label may be one.
    static func isCommonNounLabel(_ words: [Substring]) -> Bool {
        guard words.count == 1, let wordNet = try? WordNet.shared() else { return false }
        // A word general English never uses as a noun in WordNet's tagged corpus ("rick", a stack
        // of hay) is a name first: "Rick:" opened the turns of a batch-2 interview.
        return wordNet.isCommonNounOnly(String(words[0])) && wordNet.taggedCount(of: String(words[0])) > 0
    }

    /// Labels of a kind of text, not of a speaker, that WordNet does not tell from a name:
    /// function words, letters, and nouns with a person's sense ("source", "credit"). The
    /// wh-words come from ``Lexicon/whWords``.
    static let nonSpeakers: Set<String> = Set([
        "by", "note", "notes", "editor's note", "editor’s note", "update", "updated", "correction", "clarification",
        "source", "sources", "photo", "photos", "image", "video", "watch", "listen", "read", "related", "see",
        "warning", "disclaimer", "disclosure", "summary", "background", "context", "tags", "share", "q", "a",
        "question", "answer", "tip", "pros", "cons", "verdict", "price", "rating", "address", "hours", "phone",
        "website", "step", "example", "breaking", "exclusive",
        "analysis", "opinion", "comment", "caption", "credit", "credits", "the", "in", "on", "at", "for",
    ]).union(Lexicon.whWords)
}
