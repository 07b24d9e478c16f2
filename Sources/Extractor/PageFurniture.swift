import FactCheckModel
import Foundation
import TextAnalysis

/// Lines of the page rather than of the article's account of the world, which survived extraction
/// into a sentence: a bare web address (an embedded post's link: "https://example.org/posts/123"),
/// a copyright line ("© 2019 Example Media. All rights reserved."), a line that a media label opens
/// ("Video: …", "Instructional video: …", "Credit: A. Ruiz (CC BY 2.0)"), and the page speaking of
/// itself: "This post is divided into two parts", "In this edition of our newsletter, news on: …",
/// "Here are the steps:". None of them tells the reader anything that happened or holds; general
/// English shapes, not any page's wording.
///
/// What stays, by rule: a label followed by a statement ("Credit: lending fell 3%"); a pointer
/// with a verb after it or a statement after its colon; the page speaking of itself in a past
/// tense ("This article was removed …") or with a figure, a date or an effect ("This guide explains
/// why smoking raises the risk of stroke"). Research nouns ("This study found …") are no page text
/// (``Lexicon/ownTextNouns``).
enum PageFurniture {
    /// The reason `--verbose` lists, or nil. `words` are the sentence's lowercase words
    /// (``ClaimNoise/lowercaseWords(_:)``); `hasFigure` whether it holds a figure other than a
    /// year, `dated` whether it holds a year. The address, the copyright, the label and the
    /// "Here is" rules are session 16's after its review (commit f8e9834, reverted with its branch
    /// for falling short of that round's bar); the page speaking of itself is new in session 20.
    static func reason(_ text: String, words: [String], hasFigure: Bool, dated: Bool) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if isWebAddress(trimmed) { return "a web address" }
        if isCopyrightLine(trimmed, words: words) { return "a copyright line" }
        if isMediaLabelsLine(trimmed) { return "a media label's line" }
        if announcesWhatFollows(trimmed, words: words) { return "the page speaking of itself" }
        if !hasFigure, !dated, speaksOfItself(trimmed, words: words) { return "the page speaking of itself" }
        return nil
    }

    /// "https://example.org/posts/123": one address opening the line and nothing after it but
    /// punctuation (``URLScanner``). An address inside a sentence that states something stays.
    static func isWebAddress(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let url = URLScanner.urls(in: scalars).first, url.start == 0 else { return false }
        return scalars[url.end...].allSatisfy { $0.properties.isWhitespace || ".,;:!?".unicodeScalars.contains($0) }
    }

    /// "© 2019 Example Media", "Copyright 2019 Coast Weekly, all rights reserved.": the sign
    /// opening the line (inside a sentence it is a symbol talked about), or "all rights reserved"
    /// in a line of at most twelve words.
    static func isCopyrightLine(_ text: String, words: [String]) -> Bool {
        if text.hasPrefix("©") { return true }
        guard words.count <= 12 else { return false }
        return zip(words, zip(words.dropFirst(), words.dropFirst(2))).contains { all, pair in
            all == "all" && pair.0 == "rights" && pair.1 == "reserved"
        }
    }

    /// "Video: A nurse at the scanner", "Instructional video: …", "Credit: Ana Ruiz/Harbour Trust
    /// (CC BY 2.0)": a media label (``Lexicon/mediaLabels``) closed by a colon, first or after one
    /// modifier, and after it a caption or a name: it opens with a capital and holds no finite
    /// verb (``ClaimNoise/isFiniteVerb(_:)``), or is itself a pointer (``announcesWhatFollows(_:words:)``).
    /// "Credit: lending fell 3%" and "Listen: the audience fell by a third" are statements.
    static func isMediaLabelsLine(_ text: String) -> Bool {
        let tokens = text.split(whereSeparator: { $0.isWhitespace }).prefix(2)
        guard let label = tokens.firstIndex(where: { $0.hasSuffix(":") }),
              Lexicon.mediaLabels.contains(tokens[label].dropLast().lowercased()),
              let colon = text.firstIndex(of: ":")
        else { return false }
        let shown = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard shown.first?.isLowercase != true else { return false }
        let shownWords = ClaimNoise.lowercaseWords(shown)
        // "Instructional video: Here is a clip of the scanner at work": a pointer under its label.
        if announcesWhatFollows(shown, words: shownWords) { return true }
        return !shownWords.contains(where: ClaimNoise.isFiniteVerb)
    }

    /// "Here are the steps for repotting a fern.", "Here is the code that sends the request:":
    /// "here" and a present copula open a pointer to what the page shows next. Narration ("Here
    /// was a firm that had lost …") takes a past copula; a verb or a relative pronoun after the
    /// copula ("Here are three reasons prices fell 5%", "…, which cost …") states something; after
    /// a colon, a statement ("Here is the result: sales rose 40 percent") is the sentence's; so is a
    /// figure past the pointer's own count (session 20's review of its tests).
    static func announcesWhatFollows(_ text: String, words: [String]) -> Bool {
        guard words.count > 2, words[0] == "here", words[1] == "s" || presentCopulas.contains(words[1]) else { return false }
        guard let colon = text.firstIndex(of: ":") else {
            // A count right after the copula counts what is shown ("Here are the 10 best ways …");
            // a figure later is the sentence's own ("Here is the moment the dam burst, killing 12
            // people"), which a verb the word test misses ("burst") may state.
            // A token counts when it is a number or a number word, with its signs ("12", "$2",
            // "40%"); a name with a digit in it ("3-D", "MP3") counts nothing.
            let tokens = text.split(whereSeparator: \.isWhitespace).dropFirst(4)
            let counted = tokens.contains { token in
                let bare = token.trimmingCharacters(in: .punctuationCharacters.union(.symbols)).lowercased()
                return Lexicon.numberWords[bare] != nil
                    || (!bare.isEmpty && bare.allSatisfy { $0.isNumber || $0 == "," || $0 == "." } && bare.contains(where: \.isNumber))
            }
            return !counted && !words.dropFirst(2).contains(where: { ClaimNoise.isFiniteVerb($0) || SourcePhrase.relativePronouns.contains($0) })
        }
        return !text[text.index(after: colon)...].contains(where: { $0.isLetter || $0.isNumber })
    }

    /// "is", "are" and their contractions: the copulas of ``ClaimLexicon/copulas`` in the present.
    static let presentCopulas: Set<String> = ClaimLexicon.copulas.subtracting(["was", "were"])

    /// "This post covers …", "This document will not cover …", "With that in mind, this article
    /// presents …", "This Harbour Weekly video explores …", "In this edition of our roundup, …":
    /// "this" or "our" and a noun for the text (``Lexicon/ownTextNouns``; up to two capitalised
    /// words between them, the publication's name) as the subject of a verb of presenting
    /// (``Lexicon/presentingVerbForms``, within three words: "is logically divided", "will not
    /// cover"), or "in this …" opening the sentence. A subject within the first eight words, so an
    /// opening phrase may stand before it. An effect stated anywhere keeps the sentence.
    static func speaksOfItself(_ text: String, words: [String]) -> Bool {
        guard !ClaimLexicon.statesAnEffect(words) else { return false }
        if words.count > 3, words[0] == "in", ["this", "our"].contains(words[1]), Lexicon.ownTextNouns.contains(words[2]) { return true }
        let tokens = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "’" || $0 == "'") }).map(String.init)
        let lower = tokens.map { $0.lowercased() }
        for index in lower.prefix(8).indices where ["this", "our"].contains(lower[index]) {
            // The noun, right after or after a name of one or two capitalised words.
            var noun = index + 1
            while noun < tokens.count, noun - index <= 2, tokens[noun].first?.isUppercase == true, !Lexicon.ownTextNouns.contains(lower[noun]) {
                noun += 1
            }
            guard noun < lower.count, Lexicon.ownTextNouns.contains(lower[noun]) else { continue }
            for word in lower[(noun + 1)...].prefix(4) {
                if Lexicon.presentingVerbForms.contains(word) { return true }
                guard ["is", "are", "will", "not", "also", "logically", "briefly", "then", "first"].contains(word) else { break }
            }
        }
        return false
    }
}
