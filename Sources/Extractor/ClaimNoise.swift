import FactCheckModel

/// Sentence shapes that carry no checkable claim whatever the model scores them: a dateline
/// ("Posted: Thursday, April 21, 2022"), a speaker's feelings ("He has me thinking now", "she was
/// appalled", "It's tragic"), and a figure of praise ("Circulation is also a great balm for sore
/// muscles"). Each answers with the reason `--verbose` lists; nil when the sentence may be a claim.
enum ClaimNoise {
    static func reason(_ text: String, quantities: [Quantity], attributed: Bool) -> String? {
        let words = lowercaseWords(text)
        if isDateline(words) { return "a dateline" }
        // A figure makes it checkable: "we felt the 20 percent cut".
        let hasFigure = quantities.contains { $0.unit != "calendar-year" }
        guard !hasFigure else { return nil }
        let isSpeech = attributed || text.unicodeScalars.contains { WordCursor.quoteMarks.contains($0) }
        if isSpeech, expressesFeeling(words) { return "a feeling" }
        if isFigureOfPraise(words) { return "a figure of speech" }
        return nil
    }

    /// Words in lowercase, split at anything but letters and digits ("it's" → "it", "s").
    static func lowercaseWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// At most twelve words, all of them dates, times, numbers or "posted"/"updated", one a month
    /// or a weekday.
    static func isDateline(_ words: [String]) -> Bool {
        guard !words.isEmpty, words.count <= 12 else { return false }
        let datedOnce = words.contains { ClaimLexicon.calendarWords.contains($0) }
        return datedOnce && words.allSatisfy { word in
            ClaimLexicon.calendarWords.contains(word) || ClaimLexicon.datelineWords.contains(word) || isClockOrNumber(word)
        }
    }

    /// "2022", "21", "55pm".
    private static func isClockOrNumber(_ word: String) -> Bool {
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty else { return false }
        return ["", "am", "pm", "st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count)))
    }

    /// A pronoun and, within three words of linking verbs and intensifiers, a word of feeling:
    /// "she was ‘appalled’", "they felt unable", "he has me thinking", "it's tragic".
    static func expressesFeeling(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where ClaimLexicon.feelingSubjects.contains(word) {
            var next = index + 1
            while next < words.count, next - index <= 3 {
                if ClaimLexicon.feelingWords.contains(words[next]) { return true }
                guard ClaimLexicon.feelingLinks.contains(words[next]) else { break }
                next += 1
            }
        }
        return false
    }

    /// "is also a great balm", "are a wonderful gift": a linking verb, then "a"/"an" and an
    /// effusive adjective, praise in the shape of a noun.
    static func isFigureOfPraise(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where ["is", "are", "was", "were"].contains(word) {
            var next = index + 1
            while next < words.count, ["also", "truly", "really", "simply", "such"].contains(words[next]) { next += 1 }
            guard next + 1 < words.count, ["a", "an"].contains(words[next]) else { continue }
            if ClaimLexicon.effusiveAdjectives.contains(words[next + 1]) { return true }
        }
        return false
    }
}
