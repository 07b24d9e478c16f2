import Testing
@testable import TextAnalysis

/// The tokenizer's general path (any text that is not plain ASCII): offsets count `Character`s, so a
/// quote from a source with "\r\n" line ends, combining accents or emoji still points at its word.
@Suite struct TokenizerPathTests {
    func pairs(_ text: String) -> [String] {
        Tokenizer.tokens(in: text).map { "\($0.text)@\($0.offset)\($0.isNumber ? "#" : "")" }
    }

    @Test func offsetsCountCharactersNotBytesOrScalars() {
        // "\r\n" is one Character, "e\u{301}" (e + combining acute) one, the flag one.
        #expect(pairs("café\r\nworkers 🇩🇪 Cafe\u{301} 12") == ["café@0", "workers@5", "cafe\u{301}@15", "12@20#"])
    }

    @Test func lettersAreLowercasedEvenWhenTheyChangeLength() {
        #expect(pairs("STRASSE Straße İL-6") == ["strasse@0", "straße@8", "i\u{307}l@15", "6@18#"])
    }

    @Test func numbersAreASCIIDigitsAndOtherNumeralsJoinWords() {
        // "²" is a number but not an ASCII digit: it joins the word before it, like a letter.
        #expect(pairs("x² 2² 3,5 1,200.5 ٣") == ["x²@0", "2@3#", "²@4", "35@6#", "1200.5@10#", "٣@18"])
    }

    @Test func apostrophesJoinWordsBothStraightAndCurly() {
        #expect(pairs("IL-6’s don't ’quoted’ café's") == ["il@0", "6@3#", "s@5", "don't@7", "quoted@14", "café's@22"])
    }
}
