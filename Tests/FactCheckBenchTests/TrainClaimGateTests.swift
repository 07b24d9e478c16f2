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

    /// Pages whose non-claims share a word ("gush", in made-up features): the word candidate
    /// weighs it only when it occurs in at least its min count of parts, the structure candidate
    /// never, and a stronger word L2 holds its weight nearer zero.
    @Test func wordsGetWeightsOnlyInTheWordCandidateAndAtTheirMinCount() throws {
        var examples: [TrainClaimGate.Example] = []
        for index in 0..<20 {
            let claim = index % 2 == 0
            var part: [String: Double] = ["a:bias": 1, "a:figure": claim ? 1 : 0]
            if !claim { part["a:w:gush"] = 1 }
            if index == 1 { part["a:w:rare"] = 1 }
            examples.append(TrainClaimGate.Example(page: "p\(index)", batch: 1, claim: claim, parts: [part]))
        }
        let trainer = try TrainClaimGate.parse(["pages"])
        let structure = trainer.fit(examples, setting: .init(lambda: 1e-3, words: nil))
        #expect(!structure.weights.keys.contains { $0.hasPrefix("a:w:") })
        let words = trainer.fit(examples, setting: .init(lambda: 1e-3, words: (1e-3, 3)))
        #expect((words.weights["a:w:gush"] ?? 0) < 0, "a word of non-claims weighs against")
        #expect(words.weights["a:w:rare"] == nil, "one part is below the min count")
        let held = trainer.fit(examples, setting: .init(lambda: 1e-3, words: (1.0, 3)))
        #expect(abs(held.weights["a:w:gush"] ?? 0) < abs(words.weights["a:w:gush"] ?? 0), "the word L2 is the words' own")
        #expect(TrainClaimGate.Setting.grid(.structure).count == TrainClaimGate.lambdas.count)
        #expect(TrainClaimGate.Setting.grid(.words).allSatisfy { $0.words != nil })
    }

    /// The word candidate reads each distinct word stemmed and every number as one token.
    @Test func theWordCandidateReadsStemmedWordsOnceEach() {
        let words = TrainClaimGate.wordFeatures("We tested 40 kettles and the kettle we tested last boiled fastest.")
        #expect(words["a:w:test"] == 1, "tested, twice, is one stem")
        #expect(words["a:w:kettl"] == 1, "kettles and kettle share a stem")
        #expect(words["a:w:we"] == 1 && words["a:w:<num>"] == 1)
        #expect(words["a:w:40"] == nil, "a number is <num>, whatever its value")
        #expect(words.keys.allSatisfy { $0.hasPrefix(TrainClaimGate.wordPrefix) } && words.values.allSatisfy { $0 == 1 })
    }
    /// The widened candidate (B): a rejected part is read from the floor up, the first stage's own
    /// figures count only accepted parts whatever the floor, and a gate fitted with a floor reports
    /// a sentence from its rejected part alone. Features are made up.
    @Test func theWidenedCandidateReadsRejectedPartsFromItsFloorUp() {
        let rejected = TrainClaimGate.Example(
            page: "p", batch: 1, claim: true, parts: [], rejected: [(0.18, ["a:bias": 1, "a:firstStageRejected": 1]), (0.3, ["a:bias": 1])])
        #expect(!rejected.accepted)
        #expect(rejected.seen(floor: nil).isEmpty, "no floor: as the shipped gate")
        #expect(rejected.seen(floor: 0.15).count == 2)
        #expect(rejected.seen(floor: 0.2).count == 1)
        #expect(TrainClaimGate.counts([(rejected, true)]).base.truePositives == 0, "the first stage rejected it")
        #expect(TrainClaimGate.counts([(rejected, true)]).gated.truePositives == 1)
        let keen = TrainClaimGate.Fitted(weights: ["a:bias": 3], floor: 0.2)
        #expect(keen.reports(rejected, threshold: 0.5))
        #expect(!TrainClaimGate.Fitted(weights: ["a:bias": 3], floor: nil).reports(rejected, threshold: 0.5))
        #expect(TrainClaimGate.Setting.grid(.widened).count == TrainClaimGate.floors.count * TrainClaimGate.lambdas.count)
        #expect(TrainClaimGate.Setting.grid(.widened).contains { $0.floor == nil }, "the inner CV may choose no widening")
    }

    /// A made-up inner-CV point: `claims` of `reported` right, of `claims + missed` claims.
    func point(floor: Double?, threshold: Double, reported: Int, claims: Int, missed: Int) -> TrainClaimGate.InnerPoint {
        TrainClaimGate.InnerPoint(
            setting: .init(lambda: 1e-3, words: nil, floor: floor), threshold: threshold,
            counts: PrecisionRecall(truePositives: claims, falsePositives: reported - claims, falseNegatives: missed))
    }

    /// The widened-precise rule takes more recall only while precision holds at the structure
    /// gate's: a widened point with more recall but less precision loses to a narrower one, and
    /// when no widened point holds the precision, the structure point itself is chosen.
    @Test func theWidenedPreciseRuleBuysRecallOnlyWhilePrecisionHolds() throws {
        let structure = point(floor: nil, threshold: 0.4, reported: 100, claims: 80, missed: 40) // P 0.80, R 0.667
        let keen = point(floor: 0.05, threshold: 0.3, reported: 140, claims: 110, missed: 10)    // P 0.786, R 0.917
        let held = point(floor: 0.1, threshold: 0.5, reported: 110, claims: 88, missed: 32)      // P 0.80, R 0.733
        let sharper = point(floor: 0.1, threshold: 0.6, reported: 105, claims: 88, missed: 32)   // P 0.838, R 0.733
        let chosen = try #require(TrainClaimGate.highestRecall([structure, keen, held], holding: structure.counts.precision))
        #expect(chosen.setting.floor == 0.1 && chosen.threshold == 0.5, "more recall at the same precision")
        let tie = try #require(TrainClaimGate.highestRecall([structure, held, sharper], holding: structure.counts.precision))
        #expect(tie.threshold == 0.6, "the same recall: the higher precision")
        let fallback = try #require(TrainClaimGate.highestRecall([structure, keen], holding: structure.counts.precision))
        #expect(fallback.setting.floor == nil && fallback.threshold == 0.4, "nothing wider holds the precision")
        #expect(TrainClaimGate.highestRecall([keen], holding: structure.counts.precision) == nil)
        #expect(TrainClaimGate.Setting.grid(.widenedPrecise).count == TrainClaimGate.preciseFloors.count * TrainClaimGate.lambdas.count)
        #expect(TrainClaimGate.preciseFloors.contains(0.05) && TrainClaimGate.preciseFloors.contains(0.1))
        #expect(TrainClaimGate.listingFloor <= TrainClaimGate.preciseFloors.compactMap { $0 }.min()!, "every floor's parts are listed")
    }

    /// With a margin, a wider setting must beat the structure gate's inner precision by at least
    /// the margin: one within the margin is not chosen (the structure point is, as the fallback),
    /// one beyond it is, and a margin of 0 is the rule without one.
    @Test func thePrecisionMarginRefusesWideningWithinItAndTakesItBeyond() throws {
        let structure = point(floor: nil, threshold: 0.4, reported: 100, claims: 80, missed: 40) // P 0.80, R 0.667
        let close = point(floor: 0.1, threshold: 0.45, reported: 110, claims: 89, missed: 31)    // P 0.809, R 0.742
        let clear = point(floor: 0.15, threshold: 0.5, reported: 100, claims: 83, missed: 37)    // P 0.83, R 0.692
        let withinMargin = try #require(TrainClaimGate.precisionFirst([structure, close], structure: structure, margin: 0.02))
        #expect(withinMargin.setting.floor == nil && withinMargin.threshold == 0.4, "0.009 above structure is within a 0.02 margin")
        let beyond = try #require(TrainClaimGate.precisionFirst([structure, close, clear], structure: structure, margin: 0.02))
        #expect(beyond.setting.floor == 0.15 && beyond.threshold == 0.5, "0.03 above structure clears a 0.02 margin")
        let noMargin = try #require(TrainClaimGate.precisionFirst([structure, close, clear], structure: structure, margin: 0))
        #expect(noMargin.setting.floor == 0.1, "without a margin the most recall that holds precision")
        #expect(TrainClaimGate.precisionFirst([close], structure: nil, margin: 0.02) == nil)
        #expect(try TrainClaimGate.parse(["pages"]).precisionMargin == 0, "the default keeps session 19's rule")
    }

    /// Through the whole inner CV on made-up pages: claims the first stage scored low (0.08) but
    /// marked by a feature the gate learns are taken by widened-precise from a floor that reaches
    /// them; when the low-scored parts look the same whether claims or not, taking them would
    /// cost precision, so it reads none of them.
    @Test func widenedPreciseWidensOnlyWhenTheAddedPartsAreClaims() throws {
        func pages(rejectedTellable: Bool) -> [TrainClaimGate.Example] {
            (0..<40).map { index in
                let claim = index % 2 == 0
                let page = "p\(index)"
                if index % 4 < 2 {
                    // Accepted parts: the figure tells claims from the rest.
                    return TrainClaimGate.Example(page: page, batch: 1, claim: claim, parts: [["a:bias": 1, "a:figure": claim ? 1 : 0]])
                }
                let figure: Double = rejectedTellable ? (claim ? 1 : 0) : 1
                return TrainClaimGate.Example(
                    page: page, batch: 1, claim: claim, parts: [],
                    rejected: [(0.08, ["a:bias": 1, "a:figure": figure, "a:firstStageRejected": 1])])
            }
        }
        let trainer = try TrainClaimGate.parse(["pages"])
        let (widened, _) = trainer.select(pages(rejectedTellable: true), candidate: .widenedPrecise)
        #expect(widened.floor.map { $0 <= 0.08 } == true, "the low-scored claims are reached")
        let (narrow, _) = trainer.select(pages(rejectedTellable: false), candidate: .widenedPrecise)
        #expect(narrow.floor.map { $0 > 0.08 } ?? true, "no low-scored part is read")
    }
}
