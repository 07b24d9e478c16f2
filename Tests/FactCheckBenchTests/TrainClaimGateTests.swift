import Testing
@testable import FactCheckBench

/// The claim gate's trainer reads the batches it is told to and scores each batch left out after
/// training on the others only. Page names are made up.
@Suite struct TrainClaimGateTests {
    func example(_ page: String, batch: Int) -> TrainClaimGate.Example {
        TrainClaimGate.Example(page: page, batch: batch, claim: true, parts: [["a:bias": 1]])
    }

    @Test func maxBatchKeepsBatchesOneToN() {
        let labels = [1, 2, 3, 4, nil].map { ClaimLabel(page: "p\($0 ?? 0)", sentence: "k", claim: true, batch: $0) }
        #expect(TrainClaimGate.labels(labels, maxBatch: nil).count == 5)
        // A label without a batch is batch 1.
        #expect(TrainClaimGate.labels(labels, maxBatch: 2).map(\.batchNumber).sorted() == [1, 1, 2])
        #expect(TrainClaimGate.labels(labels, maxBatch: 3).allSatisfy { $0.batchNumber <= 3 })
    }

    @Test func eachBatchIsScoredByAModelThatNeverSawIt() {
        let examples = [example("a", batch: 1), example("b", batch: 1), example("c", batch: 2), example("d", batch: 3), example("e", batch: 4)]
        let splits = TrainClaimGate.leaveOneBatchOut(examples)
        #expect(splits.map(\.left) == [1, 2, 3, 4])
        for split in splits {
            #expect(split.scored.allSatisfy { $0.batch == split.left })
            #expect(split.train.allSatisfy { $0.batch != split.left })
            #expect(split.train.count + split.scored.count == examples.count)
            #expect(Set(split.train.map(\.page)).isDisjoint(with: split.scored.map(\.page)))
        }
        #expect(TrainClaimGate.leaveOneBatchOut([example("a", batch: 1)]).isEmpty, "one batch: nothing to leave out")
    }
}
