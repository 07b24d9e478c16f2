import TextAnalysis

/// Whether a sentence names a feeling or a wish: a word whose most frequent sense WordNet files as
/// a feeling (`noun.feeling`: "hope", "fear", "frustration") or an emotion verb (`verb.emotion`:
/// "love", "worry", "scare").
///
/// Why: a sentence whose only "fact" is what someone feels or hopes ("I just hope she is happy")
/// has nothing to check, however it is attributed; WordNet's classes cover the whole vocabulary of
/// feeling without a list chosen on our pages.
enum FeelingWords {
    static func names(_ words: [String]) -> Bool {
        guard let wordNet = try? WordNet.shared() else { return false }
        return words.contains { word in
            guard word.count > 2, !StopWords.contains(word), word.allSatisfy(\.isLetter) else { return false }
            return wordNet.mostFrequentFile(of: word, as: .noun) == .nounFeeling
                || wordNet.mostFrequentFile(of: word, as: .verb) == .verbEmotion
        }
    }
}
