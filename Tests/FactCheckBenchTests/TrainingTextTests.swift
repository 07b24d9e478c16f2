import Extractor
import Foundation
import Testing
@testable import FactCheckBench

/// The check-worthiness training text is read as its writer meant it. The published CheckThat!
/// training split has sentences that were UTF-8, read as Windows-1252 and saved again, twice over;
/// trained on as they were, they taught the model `w:â` and `w:ã`.
@Suite struct TrainingTextTests {
    /// A record spelled as the training file spells its garbled ones (JSON escapes of the wrong
    /// characters), written for this test: "It’s a naïve plan, say the café’s owners."
    static let garbledRecord = #"""
        {"sentence_id": 7, "text": "It\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s a na\u00c3\u0192\u00c2\u00afve plan, say the caf\u00c3\u0192\u00c2\u00a9\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s owners.", "label": "No"}
        """#

    @Test func aGarbledTrainingSentenceReachesTheModelAsWritten() throws {
        let record = try JSONDecoder().decode(CheckworthinessRecord.self, from: Data(Self.garbledRecord.utf8))
        #expect(record.text == "It’s a naïve plan, say the café’s owners.")
        let names = Set(CheckworthinessFeatures(sentence: record.text).values.keys)
        for word in ["w:it's", "w:naïve", "w:café's", "w:owners"] {
            #expect(names.contains(word), "\(word) among \(names.sorted())")
        }
        let debris = names.filter { name in name.hasPrefix("w:") && name.unicodeScalars.contains { "âãƒ€".unicodeScalars.contains($0) } }
        #expect(debris.isEmpty, "pieces of garbled characters became words: \(debris.sorted())")
    }

    @Test func correctTextIsLeftAsItIs() {
        for text in ["It’s a naïve plan.", "café", "“Yes,” she said — 80% of them.", "€5, π ≈ 3.14", "Łódź 日本語", "plain ASCII", ""] {
            #expect(Mojibake.repaired(text) == text)
        }
    }

    @Test func onceAndTwiceGarbledTextIsRepaired() {
        #expect(Mojibake.repaired("donâ€™t") == "don’t")
        #expect(Mojibake.repaired("cafÃ©") == "café")
        #expect(Mojibake.repaired("ItÃ¢â‚¬â„¢s") == "It’s")
        // A byte Windows-1252 leaves undefined (0x9D, the last byte of "”") reads as a C1 control.
        #expect(Mojibake.repaired("â€œYesâ€\u{9D}") == "“Yes”")
        // A garbled no-break space whose second byte later became a plain space.
        #expect(Mojibake.repaired("in Ã‚ 30 years") == "in  30 years")
        // Mixed: the correct word stays, the garbled one next to it is repaired.
        #expect(Mojibake.repaired("naïve cafÃ©") == "naïve café")
    }
}
