import Foundation
import Testing
@testable import TextAnalysis

/// WordNet read through the system library (Debian's wordnet-base must be installed).
@Suite struct WordNetTests {
    let wordNet: WordNet

    init() throws {
        wordNet = try WordNet.shared()
    }

    @Test func synonymsOfReduceIncludeCut() {
        let synonyms = wordNet.synonyms(of: "reduce", as: .verb)
        #expect(synonyms.contains("cut"))
        #expect(synonyms.contains("cut down"))
        #expect(!synonyms.contains("reduce"))
        // Most frequent sense first: its first sense alone already has "cut".
        #expect(wordNet.synonyms(of: "reduce", as: .verb, senses: 1).contains("cut"))
        #expect(wordNet.synonyms(of: "lower", as: .verb).contains("bring down"))
    }

    @Test func inflectedWordsAreLookedUpByTheirBaseForm() {
        #expect(wordNet.synonyms(of: "reduces", as: .verb).contains("cut"))
        #expect(wordNet.derivationallyRelated(to: "reductions", as: .noun).contains("reduce"))
    }

    @Test func increaseAndDecreaseAreAntonymsBothWays() {
        #expect(wordNet.antonyms(of: "increase", as: .verb).contains("decrease"))
        #expect(wordNet.antonyms(of: "decrease", as: .verb).contains("increase"))
        #expect(wordNet.antonyms(of: "increases", as: .verb).contains("decrease"))
    }

    @Test func anAdjectiveSimilarToAHeadTakesTheHeadsAntonym() {
        // "rapid" has no antonym of its own; it is similar to "fast", whose antonym is "slow".
        #expect(wordNet.antonyms(of: "rapid", as: .adjective).contains("slow"))
        #expect(wordNet.antonyms(of: "effective", as: .adjective).contains("ineffective"))
    }

    @Test func derivationLinksReductionAndReduce() {
        #expect(wordNet.derivationallyRelated(to: "reduction", as: .noun).contains("reduce"))
        #expect(wordNet.derivationallyRelated(to: "reduce", as: .verb).contains("reduction"))
    }

    @Test func hypernymsSayWhatAWordIsAKindOf() {
        #expect(wordNet.hypernyms(of: "aspirin").contains("salicylate"))
        #expect(wordNet.isKind("aspirin", of: "drug"))
        #expect(wordNet.isKind("dog", of: "animal"))
        #expect(!wordNet.isKind("drug", of: "aspirin"))
    }

    /// The sense-tagged counts: a word of every text is common, a technical term is not, and an
    /// inflection counts as its base form.
    @Test func taggedCountsTellCommonWordsFromTechnicalTerms() {
        #expect(wordNet.taggedCount(of: "need") > 100)
        #expect(wordNet.taggedCount(of: "cells") == wordNet.taggedCount(of: "cell"))
        #expect(wordNet.taggedCount(of: "cell") > 0)
        #expect(wordNet.taggedCount(of: "urease") == 0)
        #expect(wordNet.taggedCount(of: "qzxv") == 0)
        #expect(WordRarity.commonness(of: "need") > 0.8)
        #expect(WordRarity.commonness(of: "need") > WordRarity.commonness(of: "massage"))
        // A 0 means "never tagged" only while the counts are read: a common word counts too (without
        // WordNet, or without its counts file, every word would be 0).
        #expect(WordRarity.commonness(of: "homocysteine") == 0 && WordRarity.commonness(of: "show") > 0)
    }

    /// A dict folder without `cntlist.rev` still opens in the C library; the counts file missing is
    /// an error naming it, not a silent 0 for every word.
    @Test func aMissingCountsFileIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wordnet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try #require(WordNet.missingCounts(in: folder.path))
        #expect(missing.description.contains(folder.appendingPathComponent("cntlist.rev").path))
        #expect(missing.description.contains("wordnet-base"))
        try Data("a%1:00:00:: 1 1\n".utf8).write(to: folder.appendingPathComponent("cntlist.rev"))
        #expect(WordNet.missingCounts(in: folder.path) == nil)
        #expect(WordNet.missingCounts(in: WordNet.databaseDirectory) == nil)
    }

    @Test func unknownWordsHaveNoAnswers() {
        #expect(wordNet.synonyms(of: "qzxv", as: .noun).isEmpty)
        #expect(wordNet.antonyms(of: "", as: .adjective).isEmpty)
        #expect(wordNet.synonyms(of: String(repeating: "a", count: 500), as: .noun).isEmpty)
    }

    @Test func aMissingDatabaseNamesThePackageToInstall() {
        let message = WordNetError.databaseMissing(directory: "/nowhere").description
        #expect(message.contains("wordnet-base"))
        #expect(message.contains("/nowhere"))
    }

    @Test func manyThreadsAtOnceGetTheSameAnswers() async {
        // The C library's state is global: concurrent lookups must be serialised, not interleaved.
        let wordNet = self.wordNet
        let words = ["slow", "weak", "early", "dependent", "stable", "common", "accurate", "sufficient"]
        await withTaskGroup(of: (String, [String]).self) { group in
            for word in words { group.addTask { (word, wordNet.antonyms(of: word, as: .adjective)) } }
            var answers: [String: [String]] = [:]
            for await (word, antonyms) in group { answers[word] = antonyms }
            #expect(answers["slow"]?.contains("fast") == true)
            #expect(answers["dependent"]?.contains("independent") == true)
            #expect(answers["common"]?.contains("uncommon") == true)
        }
    }

    @Test func bodyTermsAreABodysPartsFunctionsConditionsAndProducts() {
        // Filed in noun.body, or kinds of a bodily process, an organic phenomenon, a symptom, a
        // physical condition, a body substance …; compounds as one term.
        for word in ["muscles", "liver", "immune system", "healing", "circulation", "soreness", "asthma", "insulin", "adrenaline", "blood pressure"] {
            #expect(wordNet.isBodyTerm(word), "\(word)")
        }
        // A financial condition, an economic process, an ointment, a state of mind WordNet files
        // under cognition, and a body part only in a rare sense ("area", third).
        // "poll" is the top of the head only in an untagged second sense.
        for word in ["poverty", "inflation", "balm", "confidence", "concern", "area", "growth", "policy", "polls"] {
            #expect(!wordNet.isBodyTerm(word), "\(word)")
        }
    }
}
