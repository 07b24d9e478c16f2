import Foundation
import Testing
@testable import FactCheckBench

/// The claim–evidence pair files (FEVER, SNLI form) read as the benchmark and the trainer need them:
/// gzip'd or not, tokeniser spelling undone, evidence split into sentences, pairs that share their
/// evidence in one fold. The records are written for this test.
@Suite struct VerificationPairsTests {
    /// Three records in the team's jsonl form, in the sets' tokenised spelling (no final newline).
    static let text = #"""
{"id": "t-1", "claim": "The lighthouse was painted red in 1950 .", "evidence": ["The old lighthouse got its red coat of paint in 1950 . It still stands on the cliff ."], "label": "SUPPORT"}
{"id": "t-2", "claim": "The lighthouse was never painted .", "evidence": ["The old lighthouse got its red coat of paint in 1950 . It still stands on the cliff ."], "label": "CONTRADICT"}
{"id": "t-3", "claim": "A cat sleeps on the mat .", "evidence": ["A dog runs -LRB- fast -RRB- across the `` big '' park ."], "label": "NEI"}
"""#

    /// `text` gzip'd as two members (the first two lines, then the third), as Python's
    /// `gzip.compress(..., mtime=0)` writes them: a reader that stops after one member loses a line.
    static let gzipped: [UInt8] = [
        0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xc5, 0x8f, 0xb1, 0x0e, 0x82, 0x30, 0x10,
        0x86, 0x77, 0x9f, 0xe2, 0xd2, 0x59, 0x8d, 0x98, 0x38, 0xe8, 0x66, 0x70, 0x61, 0x11, 0x82, 0x38, 0x19,
        0x87, 0x4a, 0x0f, 0xb8, 0xa4, 0xb6, 0x86, 0x9e, 0x38, 0x10, 0xdf, 0xdd, 0x16, 0x13, 0x74, 0x73, 0x74,
        0xb8, 0x4b, 0x6e, 0xf8, 0xfe, 0xff, 0xbb, 0x5e, 0x90, 0x12, 0x1b, 0x10, 0x3c, 0x8b, 0xc4, 0x14, 0x44,
        0xa9, 0x25, 0x5d, 0xc3, 0x5d, 0x34, 0x08, 0x9a, 0xea, 0x86, 0x1b, 0x7b, 0x77, 0x08, 0x0f, 0xe9, 0xe0,
        0x26, 0xc9, 0x30, 0x2a, 0x68, 0xfd, 0x90, 0x81, 0x68, 0xbd, 0x5a, 0xc0, 0x3c, 0x40, 0xd8, 0x91, 0x42,
        0x53, 0xa2, 0xe7, 0x4e, 0x03, 0x68, 0xb5, 0xfa, 0x86, 0x6b, 0xcb, 0x40, 0xec, 0x06, 0xb0, 0xb4, 0x92,
        0xc1, 0x56, 0xef, 0xb0, 0x4f, 0x0c, 0x24, 0x0c, 0x8e, 0x49, 0x6b, 0xbf, 0xa5, 0x51, 0x0e, 0xac, 0x01,
        0xf6, 0x49, 0xa5, 0xa6, 0xaa, 0xf2, 0x2d, 0x67, 0x5f, 0xa3, 0xe5, 0x05, 0x75, 0x70, 0x3b, 0x1c, 0xb3,
        0x2c, 0xcd, 0x0b, 0xf1, 0x9c, 0xf4, 0xa3, 0xfd, 0xf2, 0x97, 0xbd, 0xc1, 0x0e, 0xdb, 0xf1, 0x87, 0xbf,
        0x78, 0xc7, 0xe9, 0xbe, 0xc8, 0xb7, 0xbb, 0x24, 0x0e, 0xea, 0x2f, 0x0b, 0x3b, 0xb8, 0xb5, 0x79, 0x01,
        0x00, 0x00, 0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x1d, 0x8d, 0xb1, 0x0e, 0xc2,
        0x30, 0x10, 0x43, 0x77, 0xbe, 0xc2, 0xba, 0xa5, 0x0b, 0x61, 0x61, 0x63, 0x03, 0x89, 0x01, 0x09, 0x31,
        0x74, 0x45, 0x48, 0xbd, 0x26, 0x47, 0x89, 0x48, 0x93, 0x2a, 0x17, 0x58, 0x10, 0xff, 0x4e, 0xc2, 0x66,
        0x5b, 0xcf, 0xf6, 0x87, 0xbc, 0xa3, 0x1d, 0xa8, 0x98, 0x2d, 0xad, 0x41, 0x36, 0xb0, 0x9f, 0x9b, 0xdf,
        0xc3, 0x72, 0x81, 0x06, 0x91, 0x45, 0x91, 0x22, 0xca, 0x43, 0x30, 0xd7, 0x64, 0xd3, 0x28, 0x79, 0x7b,
        0x27, 0xd1, 0x4a, 0x05, 0xaf, 0x95, 0x74, 0x69, 0x42, 0x7e, 0x45, 0x85, 0x39, 0xf7, 0x07, 0x83, 0x3b,
        0x6b, 0x81, 0xe9, 0x9b, 0x64, 0x9b, 0x93, 0xea, 0xbf, 0x3c, 0x0c, 0x18, 0xfd, 0x84, 0xae, 0xc3, 0xc2,
        0xf9, 0x59, 0x77, 0x6e, 0x75, 0x28, 0xf0, 0x28, 0xa1, 0xdd, 0x5d, 0x8e, 0x27, 0xfa, 0xae, 0x7e, 0x98,
        0x1c, 0x68, 0xe6, 0x8d, 0x00, 0x00, 0x00
    ]

    @Test func gzipWithTwoMembersInflatesWhole() throws {
        #expect(try DataFile.gunzip(Self.gzipped) == Array((Self.text + "\n").utf8))
    }

    @Test func damagedGzipIsAnErrorNotAShortFile() {
        #expect(throws: BenchError.self) { try DataFile.gunzip(Array(Self.gzipped.prefix(60))) }
        #expect(throws: BenchError.self) { try DataFile.gunzip(Array("not gzip at all".utf8)) }
    }

    @Test func pairsReadFromAGzipFile() throws {
        let path = try Self.write(Data(Self.gzipped), name: "pairs_dev.jsonl.gz")
        let pairs = try VerificationPairs.pairs(path: path)
        #expect(pairs.map(\.label) == ["SUPPORT", "CONTRADICT", "NEI"])
        #expect(pairs[0].document.abstract == ["The old lighthouse got its red coat of paint in 1950.", "It still stands on the cliff."])
        #expect(pairs[1].claim == "The lighthouse was never painted.")
        // Decided pairs name all their evidence as rationale; an NEI pair none.
        #expect(pairs[0].rationale == [0, 1])
        #expect(pairs[2].rationale.isEmpty)
        // One evidence text, one document: the two claims about it share a fold.
        #expect(pairs[0].document.doc_id == pairs[1].document.doc_id)
        #expect(pairs[0].document.doc_id != pairs[2].document.doc_id)
        let allTuning = pairs.allSatisfy { $0.part == .tune && $0.dataset == "pairs_dev" }
        #expect(allTuning)
    }

    @Test func tokeniserSpellingIsUndone() {
        #expect(VerificationPairs.detokenised("A dog runs -LRB- fast -RRB- across the `` big '' park .")
            == "A dog runs (fast) across the \"big\" park.")
        #expect(VerificationPairs.detokenised("It is n't the band 's first album , they said ; 20 % more -LSB- sic -RSB- .")
            == "It isn't the band's first album, they said; 20% more [sic].")
    }

    @Test func trainingPairsLeaveOutWhatAnotherFileShares() throws {
        let training = try Self.write(Data(Self.text.utf8), name: "train_dev.jsonl")
        // Shares the lighthouse evidence (spelled otherwise) with the first two records.
        let other = #"{"id": "o-1", "claim": "Something else entirely .", "evidence": ["The old lighthouse got its red coat of paint in 1950."], "label": "SUPPORT"}"#
        let excluded = try Self.write(Data((other + "\n").utf8), name: "other_test.jsonl")
        let kept = try VerificationPairs.trainingPairs(paths: [training], limit: nil, excluding: [excluded])
        #expect(kept.map(\.label) == ["NEI"])
        #expect(try VerificationPairs.pairs(path: excluded).first?.part == .heldout)
        #expect(try VerificationPairs.trainingPairs(paths: [training], limit: 2, excluding: []).count == 2)
    }

    @Test func macroF1CountsOnlyTheLabelsTheGoldHas() {
        var metrics = PairLabelMetrics()
        for (gold, predicted) in [("SUPPORT", "SUPPORT"), ("SUPPORT", "NEI"), ("CONTRADICT", "CONTRADICT"), ("CONTRADICT", "SUPPORT")] {
            metrics.add(gold: gold, predicted: predicted)
        }
        #expect(metrics.goldLabels == ["SUPPORT", "CONTRADICT"])
        // SUPPORT: P 1/2, R 1/2; CONTRADICT: P 1, R 1/2.
        #expect(abs(metrics.macroF1 - (0.5 + 2.0 / 3.0) / 2) < 1e-12)
        #expect(metrics.accuracy == 0.5)
        #expect(metrics.decidedAnsweredNEI == 0.25)
    }

    static func write(_ data: Data, name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verification-pairs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }
}
