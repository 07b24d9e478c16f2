import FactCheckModel
import TextAnalysis

/// What an article is about, computed once per article: the content words (stemmed) of its
/// headline, and its topic, the headline's words with the body's most repeated ones.
///
/// Why: on real pages the sentences an editor checks report on the article's subject (a page
/// headed "Port traffic falls" states figures about the port), while an essay's asides, a
/// campaign's lines and promotion text talk about other things or about the reader. The gate
/// reads how much of the headline a sentence repeats and whether the sentence's subject is the
/// page's topic (``ArticleClaimFeatures/About``).
final class ArticleTopic {
    /// The headline's content stems (the article's title, else its first heading).
    let headline: Set<String>
    /// The headline's stems and the stems found in the most body sentences.
    let topic: Set<String>
    private let stemmer = Stemmer()

    /// How many of the body's most repeated content stems join the headline's in the topic.
    static let repeatedStems = 3

    init(article: Article) {
        let title = article.title ?? article.sentences.first { $0.role == .heading }?.text ?? ""
        let stemmer = self.stemmer
        func stems(_ text: String) -> Set<String> { Self.contentStems(text, stemmer: stemmer) }
        headline = stems(title)
        var sentencesWith: [String: Int] = [:]
        for sentence in article.sentences where sentence.role != .heading && sentence.role != .reference {
            for stem in stems(sentence.text) { sentencesWith[stem, default: 0] += 1 }
        }
        // Ties go to the alphabetically first stem, so a page's topic does not depend on hashing.
        let repeated = sentencesWith.filter { $0.value > 1 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        topic = headline.union(repeated.prefix(Self.repeatedStems).map(\.key))
    }

    /// The share of the headline's content stems that the sentence repeats (0 without a headline).
    func headlineShare(_ text: String) -> Double {
        guard !headline.isEmpty else { return 0 }
        return Double(Self.contentStems(text, stemmer: stemmer).intersection(headline).count) / Double(headline.count)
    }

    /// Whether one of the subject's words is a topic word.
    func isTopic(_ subject: [String]) -> Bool {
        subject.contains { !StopWords.contains($0) && topic.contains(stemmer.stem($0)) }
    }

    /// What the gate reads of a sentence against the page: its headline share, and its first
    /// finite verb's tense and subject.
    func about(_ text: String) -> ArticleClaimFeatures.About {
        let words = WordCursor(text)
        let verb = MainVerb.find(in: words)
        return ArticleClaimFeatures.About(
            headlineShare: headlineShare(text), subjectIsTopic: verb.map { isTopic($0.subject(in: words)) } ?? false,
            past: verb?.tense == .past, present: verb?.tense == .present, untensed: verb == nil)
    }

    /// Lowercased words that are neither stop words nor numbers, stemmed.
    static func contentStems(_ text: String, stemmer: Stemmer) -> Set<String> {
        Set(Tokenizer.words(in: text.lowercased()).filter { $0.count > 2 && !StopWords.contains($0) && $0.contains(where: \.isLetter) }.map(stemmer.stem))
    }
}
