import Foundation
import Testing
@testable import Scorer

/// The word associations the verifier reads: the generated table loads and says sensible things,
/// and the training steps (PPMI, eigenvectors, vectors) do what they claim on corpora small enough
/// to check by hand.
@Suite struct WordAssociationsTests {
    @Test func theCorpusTableLoads() throws {
        let table = WordAssociations.corpus
        #expect(table.count > 3000)
        #expect(table.dimensions > 0)
        // In SciFact's abstracts "mortality" and "death" report the same outcome; "bone" is another subject.
        let related = try #require(table.cosine("mortal", "death"))
        let unrelated = try #require(table.cosine("mortal", "bone"))
        #expect(related > 0.6)
        #expect(related > unrelated + 0.3)
        let spelling = try #require(table.cosine("tumor", "tumour"))
        let other = try #require(table.cosine("tumor", "insulin"))
        #expect(spelling > other + 0.3)
        #expect(table.cosine("mortal", "no-such-stem") == nil)
    }

    @Test func ppmiOfATinyCorpusByHand() {
        // Stems 0 and 1 together twice, 2 and 3 once; window 1, no smoothing: 6 counted pairs.
        let matrix = AssociationTraining.ppmi(sentences: [[0, 1], [0, 1], [2, 3]], size: 4, window: 1, smoothing: 1)
        #expect(matrix.rowStart == [0, 1, 2, 3, 4])
        #expect(matrix.columns == [1, 0, 3, 2])
        // PMI(0, 1) = log(2 · 6 / (2 · 2)) = log 3; PMI(2, 3) = log(1 · 6 / (1 · 1)) = log 6.
        #expect(abs(matrix.values[0] - log(3)) < 1e-12)
        #expect(abs(matrix.values[1] - log(3)) < 1e-12)
        #expect(abs(matrix.values[2] - log(6)) < 1e-12)
        // Words outside the vocabulary (-1) hold a place: 0 and 1 are then two apart, beyond window 1.
        let gapped = AssociationTraining.ppmi(sentences: [[0, -1, 1]], size: 2, window: 1, smoothing: 1)
        #expect(gapped.values.isEmpty)
    }

    @Test func jacobiFindsTheEigenvalues() {
        let (values, vectors) = AssociationTraining.jacobiEigen([2, 1, 1, 2], size: 2)
        #expect(abs(values.max()! - 3) < 1e-12)
        #expect(abs(values.min()! - 1) < 1e-12)
        // The eigenvector of 3 is (1, 1)/√2, up to sign.
        let top = values[0] > values[1] ? 0 : 1
        #expect(abs(abs(vectors[0 * 2 + top]) - 1 / 2.0.squareRoot()) < 1e-12)
        #expect(abs(abs(vectors[1 * 2 + top]) - 1 / 2.0.squareRoot()) < 1e-12)
    }

    /// Cats and dogs do the same things in these sentences, stocks and bonds others: words that
    /// share their neighbours end up close, though they never occur together.
    static let tinyCorpus = [
        ["Cats chase mice in the barn."], ["Dogs chase mice in the barn."],
        ["Cats eat fish at night."], ["Dogs eat fish at night."],
        ["Stocks fall sharply in markets."], ["Bonds fall sharply in markets."],
        ["Stocks rally in volatile markets."], ["Bonds rally in volatile markets."],
    ]

    @Test func wordsWithSharedNeighboursAreClose() throws {
        var options = AssociationTraining.Options()
        options.minimumDocuments = 1
        options.dimensions = 3
        options.iterations = 20
        let table = AssociationTraining.train(documents: Self.tinyCorpus, options: options)
        #expect(table.dimensions == 3)
        let pets = try #require(table.cosine("cat", "dog"))
        let apart = try #require(table.cosine("cat", "stock"))
        #expect(pets > 0.9)
        #expect(pets > apart + 0.5)
        #expect(table.nearest(to: "stock", count: 1).first?.stem == "bond")
    }

    @Test func trainingIsDeterministicAndTheEncodingRoundTrips() throws {
        var options = AssociationTraining.Options()
        options.minimumDocuments = 1
        options.dimensions = 3
        let first = AssociationTraining.train(documents: Self.tinyCorpus, options: options).encoded()
        let second = AssociationTraining.train(documents: Self.tinyCorpus, options: options).encoded()
        #expect(first == second)
        let decoded = try #require(WordAssociations(encoded: first))
        #expect(decoded.encoded() == first)
        #expect(WordAssociations(encoded: first.dropLast()) == nil)
    }
}
