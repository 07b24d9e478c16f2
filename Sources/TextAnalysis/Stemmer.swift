import CStemmer

/// The Snowball English (Porter2) stemmer from libstemmer: "reduces", "reduced" and "reducing" all
/// become "reduc", so a claim and a source that inflect a word differently still meet.
///
/// A libstemmer handle is not thread-safe, so a `Stemmer` is a non-`Sendable` class: make one per
/// task. It remembers the stems it has computed, since running text repeats its words.
public final class Stemmer {
    private let handle: OpaquePointer
    private var memo: [String: String] = [:]
    private let memoising: Bool

    /// `memoising: false` for a caller that keeps its own cache of words (a second memo would only
    /// cost an insertion per new word).
    public init(memoising: Bool = true) {
        self.memoising = memoising
        guard let handle = sb_stemmer_new("english", "UTF_8") else {
            // libstemmer returns nil only for an unknown language or out of memory; English is built in.
            fatalError("libstemmer has no English stemmer")
        }
        self.handle = handle
    }

    deinit {
        sb_stemmer_delete(handle)
    }

    /// The stem of a lowercased word. Numbers and one- or two-letter words are returned unchanged.
    public func stem(_ word: String) -> String {
        if word.utf8.count < 3 || word.first?.isNumber == true { return word }
        if memoising, let known = memo[word] { return known }
        let bytes = Array(word.utf8)
        let stemmed: String = bytes.withUnsafeBufferPointer { buffer in
            guard let result = sb_stemmer_stem(handle, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
        if memoising, memo.count < 100_000 { memo[word] = stemmed }
        return stemmed
    }
}
