import ArgumentParser
import Extractor
import FactCheckModel
import Foundation
import TextAnalysis

/// `factcheck-bench train-claim-gate HTML_DIR [--labels FILE] [--output FILE]`: fits the claim
/// decision's second stage (``ArticleClaimGate``) on our labelled article sentences and writes its
/// weights file, which the next build compiles in.
///
/// Every labelled page is read as `factcheck` reads it, with the gate off; each sentence the first
/// stage accepts gives an example (its ``ArticleClaimFeatures``, its label). Logistic regression
/// with L2 (the check-worthiness trainer's AdaGrad, deterministic). Choosing honestly:
///
/// - folds are **pages** (sorted page ids, every fifth page a fold): a page's sentences are never
///   both trained on and scored, so the figures say what happens on a page nobody tuned on;
/// - the L2 strength and the threshold are chosen inside the training pages alone (an inner
///   page-grouped 5-fold CV: the highest precision whose recall is within `--recall-slack` of the
///   first stage's on those pages), so the outer figures include the choice itself (nested CV);
/// - the cross-batch check trains on every labelling batch but one and scores the one left out,
///   for each batch: the honest figure for a new kind of page (each batch brought pages of kinds
///   the earlier ones lacked).
///
/// Every batch is read (`--max-batch N` reads batches 1 to N only, e.g. to reproduce an earlier
/// round's figures); a round's unseen yardstick must be a batch the trainer does not read.
///
/// Candidates (`--candidates`, session 19): `structure`, the `a:` features alone (the shipped
/// gate), and `words`, the same with the sentence's stemmed words (`a:w:`, added by the trainer,
/// ``wordFeatures(_:stemmer:)``), whose own L2 and min count the inner CV chooses with the
/// structural L2 (``Setting/grid(_:)``), and `widened` (candidate B): parts the first stage
/// turned down for their score alone (no rule against them), at or above a floor the inner CV
/// chooses among ``floors``, reach the gate flagged `a:firstStageRejected`, so it can add claims;
/// its threshold is chosen by F1, since it decides both ways; `widened-precise` (session 19, a last
/// measurement) is the same widening with two lower floors (``preciseFloors``), chosen by
/// ``highestRecall(_:holding:)``: the most recall that keeps the structure gate's precision on the
/// same training pages (`--precision-margin δ`, session 20: at least that precision plus δ, tried
/// at 0.01–0.03 and not kept). A dry run with `--candidates
/// structure,words,widened` reports each (nested CV and leave-one-batch-out) and a side-by-side
/// table of the keep rule's figures (precision, recall and F1 per left-out batch); the figures and
/// the verdicts (neither kept) are in `Sources/Extractor/README.md`, "Session 19".
struct TrainClaimGate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-claim-gate",
        abstract: "Train the claim decision's second stage on labelled article sentences (page-grouped CV) and write its weights file.")

    @Argument(help: "Folder of the pages (.html.gz or .html), e.g. ../shared/data/extraction/trafilatura_eval/html.")
    var htmlDirectory: String

    @Option(help: "The label file.")
    var labels = "Benchmarks/ClaimLabels/labels.jsonl"

    @Option(help: "Where to write the weights file (run from the package root; rebuild to use it).")
    var output: String = ArticleClaimGate.path

    @Option(help: "How much recall (on the training pages) the threshold may give up against the first stage.")
    var recallSlack = 0.01

    @Option(help: "Training epochs.")
    var epochs = 30

    @Option(help: "Read batches 1 to N of the labels only (default: every batch).")
    var maxBatch: Int?

    @Option(help: "The gate's candidates, comma-separated (structure, words, widened, widened-precise): a dry run reports each and compares them; the weights file is written for structure alone (the shipped gate reads no words).")
    var candidates = "structure"

    @Option(help: "widened-precise: the inner-CV precision a widened setting must reach above the structure gate's on the same training pages (0: today's rule, precision held; session 20).")
    var precisionMargin = 0.0

    @Flag(help: "Print the figures only; write no weights file.")
    var dryRun = false

    @Option(help: "With --dry-run: a check-worthiness weights file to use as the first stage instead of the compiled-in one, to compare candidate tables without a rebuild.")
    var firstStage: String?

    @Option(help: "With --dry-run: the first stage's threshold instead of its table's.")
    var firstStageThreshold: Double?

    @Option(help: "With --dry-run: instead of the usual figures, choose the first stage's threshold among these (comma-separated) by the gate's nested CV F1, itself judged by page-grouped CV (FirstStageThresholdCV.swift).")
    var firstStageThresholds: String?

    @Option(help: "Write every labelled sentence with its text, label and every part's features here (outside the repository: the text is the page's), for feature study.")
    var dump: String?

    /// A labelled sentence: its page and batch, its label, and the gate features of each part the
    /// first stage accepted (none: the first stage rejected it).
    struct Example {
        var page: String
        var batch: Int
        var claim: Bool
        var parts: [[String: Double]]
        /// The parts the first stage turned down for their score alone, at or above
        /// ``listingFloor``, with their scores (the `widened` candidate's extra parts).
        var rejected: [(score: Double, values: [String: Double])] = []
        /// Whether the first stage accepted a part (``parts`` alone, whatever the floor).
        var accepted: Bool

        init(page: String, batch: Int, claim: Bool, parts: [[String: Double]], rejected: [(score: Double, values: [String: Double])] = []) {
            self.page = page
            self.batch = batch
            self.claim = claim
            self.parts = parts
            self.rejected = rejected
            self.accepted = !parts.isEmpty
        }

        /// The parts a gate with this floor reads: the accepted ones, and the rejected ones at or
        /// above the floor (none when it is nil, as the shipped gate before session 19).
        func seen(floor: Double?) -> [[String: Double]] {
            guard let floor else { return parts }
            return parts + rejected.filter { $0.score >= floor }.map(\.values)
        }
    }

    /// The `widened` candidate's floors, the inner CV's choice with the L2 and the threshold (nil:
    /// no part the first stage rejected reaches the gate).
    static let floors: [Double?] = [nil, 0.15, 0.2, 0.25, 0.3]
    /// The `widened-precise` candidate's floors: ``floors`` and two lower ones, as `widened`'s inner
    /// CV always chose its lowest (0.15), so that grid's edge bound.
    static let preciseFloors: [Double?] = [nil, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]
    /// The lowest floor: the trainer lists every rejected part from here on (each candidate reads
    /// from its own floor up, so a lower listing changes no other candidate's examples).
    static let listingFloor = 0.05

    static let lambdas = [1e-4, 1e-3, 1e-2, 3e-2]
    /// The word features' own L2 and the fewest training parts a word must occur in to get a
    /// weight: the inner CV chooses among these with the structural L2.
    static let wordLambdas = [1e-2, 3e-2, 1e-1]
    static let wordMinCounts = [3, 5, 10]

    /// What the gate is trained on: its structural features alone (the shipped gate), or with the
    /// sentence's stemmed words (``wordFeatures(_:stemmer:)``, tried in session 19, not kept).
    /// `widened` (session 19, candidate B): the structural features, and parts the first stage
    /// rejected for their score alone reach the gate from a floor the inner CV chooses, flagged
    /// `a:firstStageRejected`, so the gate can add claims; chosen by F1, since it decides both ways.
    /// `widened-precise`: the same widening from ``preciseFloors``, chosen by
    /// ``highestRecall(_:holding:)`` (precision first, as issue 18 asks).
    enum Candidate: String, CaseIterable {
        case structure, words, widened
        case widenedPrecise = "widened-precise"
    }

    /// One point of the inner CV's grid.
    struct Setting: CustomStringConvertible {
        var lambda: Double
        /// nil: no word features.
        var words: (lambda: Double, minCount: Int)?
        /// nil: the gate reads only what the first stage accepted.
        var floor: Double? = nil

        static func grid(_ candidate: Candidate) -> [Setting] {
            switch candidate {
            case .structure: return lambdas.map { Setting(lambda: $0, words: nil) }
            case .widened: return floors.flatMap { floor in lambdas.map { Setting(lambda: $0, words: nil, floor: floor) } }
            case .widenedPrecise: return preciseFloors.flatMap { floor in lambdas.map { Setting(lambda: $0, words: nil, floor: floor) } }
            case .words:
                return lambdas.flatMap { lambda in
                    wordLambdas.flatMap { wordLambda in wordMinCounts.map { Setting(lambda: lambda, words: (wordLambda, $0)) } }
                }
            }
        }

        var description: String {
            (words.map { "\(lambda),w\($0.lambda)x\($0.minCount)" } ?? "\(lambda)") + (floor.map { ",floor\($0)" } ?? "")
        }
    }

    func run() throws {
        let read = try JSONLines.read(ClaimLabel.self, from: labels)
        let usable = Self.labels(read, maxBatch: maxBatch)
        var firstStageModel = CheckworthinessModel.trained
        if firstStage != nil || firstStageThreshold != nil {
            // A gate must be trained on the first stage the build compiles in: another one is for figures only.
            guard dryRun else { throw BenchError("--first-stage and --first-stage-threshold need --dry-run") }
            if let firstStage { firstStageModel = try CheckworthinessWeightsFile.parse(Array(try Data(contentsOf: URL(fileURLWithPath: firstStage))), file: firstStage) }
            if let firstStageThreshold { firstStageModel.threshold = firstStageThreshold }
            print("first stage: \(firstStage ?? "the compiled-in table"), threshold \(decimal(firstStageModel.threshold))")
        }
        if let firstStageThresholds {
            guard dryRun else { throw BenchError("--first-stage-thresholds needs --dry-run") }
            let values = firstStageThresholds.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            try chooseFirstStageThreshold(usable, model: firstStageModel, among: values)
            return
        }
        var dumped: [DumpLine] = []
        let examples = try Self.examples(usable, directory: htmlDirectory, model: firstStageModel, dump: dump == nil ? nil : { dumped.append($0) })
        if let dump { try JSONLines.write(dumped, to: dump) }
        let pages = Set(examples.map(\.page)).count
        print("fingerprint: \(ArticleClaimGate.fingerprint) (the compiled-in check-worthiness table and the gate features of \(ArticleClaimGate.fingerprintProbes.count) probe sentences)")
        print("\(examples.count) labelled sentences of \(pages) pages, \(examples.filter(\.claim).count) claims; first stage accepts \(examples.filter { !$0.parts.isEmpty }.count)")

        let chosenCandidates = try parsedCandidates()
        // The shipped gate (ArticleClaimFeatures) reads no words: a table with word weights would be one it cannot reproduce.
        // Nor does it read parts the first stage rejected (widened, not kept).
        guard dryRun || chosenCandidates == [.structure] else { throw BenchError("the weights file is written for --candidates structure alone (see Sources/Extractor/README.md, Session 19)") }
        let batches = Set(examples.map(\.batch)).sorted()
        var reports: [(candidate: Candidate, pooled: [(Example, Bool)], leftOut: [Int: [(Example, Bool)]])] = []
        var final: (setting: Setting, threshold: Double, model: Fitted)?
        for candidate in chosenCandidates {
            print("candidate: \(candidate.rawValue)")
            var table = ResultTable("check", "sentences", "first stage P", "first stage R", "with gate P", "with gate R", "with gate F1", "L2 / threshold")
            // Leave-pages-out: nested page-grouped CV over every labelled page.
            let (pooled, chosen) = nestedCV(examples, candidate: candidate)
            add(&table, "page-grouped 5-fold CV, all pages", pooled, note: chosen.joined(separator: " "))
            for batch in batches where batches.count > 1 {
                add(&table, "  of which batch \(batch)", pooled.filter { $0.0.batch == batch }, note: "")
            }
            // Leave-one-batch-out: train on every other batch, score the one left out.
            var leftOut: [Int: [(Example, Bool)]] = [:]
            for split in Self.leaveOneBatchOut(examples) {
                let (setting, threshold) = select(split.train, candidate: candidate)
                let model = fit(split.train, setting: setting)
                let scored = split.scored.map { ($0, model.reports($0, threshold: threshold)) }
                leftOut[split.left] = scored
                let others = batches.filter { $0 != split.left }.map(String.init).joined(separator: ",")
                add(&table, "train batch\(batches.count > 2 ? "es" : "") \(others), score batch \(split.left)", scored, note: "\(setting)/\(decimal(threshold))")
            }
            let (setting, threshold) = select(examples, candidate: candidate)
            let model = fit(examples, setting: setting)
            add(&table, "in-sample, all pages (not a figure to trust)", examples.map { ($0, model.reports($0, threshold: threshold)) }, note: "\(setting)/\(decimal(threshold))")
            print(table.rendered, terminator: "")
            reports.append((candidate, pooled, leftOut))
            final = (setting, threshold, model)
        }
        if reports.count > 1 { print(Self.comparison(reports.map { ($0.candidate.rawValue, $0.pooled, $0.leftOut) }), terminator: "") }
        guard !dryRun, let final else { return }
        let (setting, threshold, model) = final
        let cv = Self.counts(reports[0].pooled)
        let lambda = setting.description

        let weights = model.weights.sorted { $0.key < $1.key }.map { (name: $0.key, weight: $0.value) }
        let text = CheckworthinessWeightsFile.text(
            weights: weights, threshold: threshold, fingerprint: ArticleClaimGate.fingerprint,
            comments: [
                "Claim gate: logistic-regression weights over ArticleClaimFeatures (Sources/Extractor), the claim decision's second stage.",
                "Written by: factcheck-bench train-claim-gate (Benchmarks/FactCheckBench/TrainClaimGate.swift); do not edit by hand.",
                "Command: factcheck-bench train-claim-gate HTML_DIR\(maxBatch.map { " --max-batch \($0)" } ?? "") --candidates \(candidates) --recall-slack \(recallSlack) --epochs \(epochs), on top of the compiled-in check-worthiness table; the fingerprint line is ArticleClaimGate.fingerprint (that table and the gate features of probe sentences).",
                "Data: Benchmarks/ClaimLabels/labels.jsonl batches \(batches.map(String.init).joined(separator: ", ")) (our labels of \(pages) third-party pages), \(examples.count) labelled sentences, the parts the first stage accepts as examples.",
                "Trained: \(todayUTC()). L2 \(lambda) (structure, then words' L2 x their min count), \(epochs) epochs of AdaGrad; L2, min count and threshold chosen by page-grouped 5-fold CV (highest precision with recall within \(recallSlack) of the first stage's).",
                "Nested page-grouped CV of this procedure: precision \(decimal(cv.gated.precision)), recall \(decimal(cv.gated.recall)) (first stage \(decimal(cv.base.precision)) / \(decimal(cv.base.recall))).",
            ])
        _ = try CheckworthinessWeightsFile.table(Array(text.utf8), file: output)
        try text.write(toFile: output, atomically: true, encoding: .utf8)
        print("chosen: L2 \(lambda), threshold \(decimal(threshold)); wrote \(weights.count) weights to \(output)")
    }

    /// The `--candidates` named, in order.
    func parsedCandidates() throws -> [Candidate] {
        let named = try candidates.split(separator: ",").map { name in
            guard let candidate = Candidate(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw BenchError("unknown candidate '\(name)' (\(Candidate.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return candidate
        }
        guard !named.isEmpty else { throw BenchError("--candidates names none") }
        return named
    }

    /// Nested page-grouped 5-fold CV of the whole procedure (L2 and threshold chosen on the
    /// training pages alone, by ``select(_:)``): each example with whether the gate trained
    /// without its page reports it, and each fold's choice.
    func nestedCV(_ examples: [Example], candidate: Candidate) -> (pooled: [(Example, Bool)], chosen: [String]) {
        let outer = folds(examples, count: 5)
        var pooled: [(Example, Bool)] = []
        var chosen: [String] = []
        for fold in 0..<5 {
            let train = examples.indices.filter { outer[$0] != fold }.map { examples[$0] }
            let test = examples.indices.filter { outer[$0] == fold }.map { examples[$0] }
            let (setting, threshold) = select(train, candidate: candidate)
            let model = fit(train, setting: setting)
            chosen.append("\(setting)/\(decimal(threshold))")
            for example in test { pooled.append((example, model.reports(example, threshold: threshold))) }
        }
        return (pooled, chosen)
    }

    /// The labels the trainer reads: batches 1 to `maxBatch`, every batch when it is nil.
    static func labels(_ all: [ClaimLabel], maxBatch: Int?) -> [ClaimLabel] {
        all.filter { maxBatch == nil || $0.batchNumber <= maxBatch! }
    }

    /// For each batch (when there are two or more), the examples of every other batch to train on
    /// and the left-out batch's to score, in batch order.
    static func leaveOneBatchOut(_ examples: [Example]) -> [(left: Int, train: [Example], scored: [Example])] {
        let batches = Set(examples.map(\.batch)).sorted()
        guard batches.count > 1 else { return [] }
        return batches.map { left in (left, examples.filter { $0.batch != left }, examples.filter { $0.batch == left }) }
    }

    /// A fitted gate: weights by feature name.
    struct Fitted {
        var weights: [String: Double]
        /// The floor it was trained with (``Setting/floor``): which parts it reads.
        var floor: Double? = nil

        /// Summed in the names' order, as the shipped gate sums (``WeightedSum``): a dictionary's
        /// order changes from run to run, and with it the sum's last bit, which could tip a score
        /// sitting on a threshold.
        func probability(_ part: [String: Double]) -> Double {
            1 / (1 + exp(-WeightedSum.of(part, weights: weights)))
        }

        /// The sentence's highest part probability (0 when it reads no part of it).
        func best(_ example: Example) -> Double { example.seen(floor: floor).map(probability).max() ?? 0 }

        func reports(_ example: Example, threshold: Double) -> Bool { !example.seen(floor: floor).isEmpty && best(example) >= threshold }
    }

    /// The gate fitted on `examples`' accepted parts: structural features always, words (with
    /// their own L2) when `setting` has them and they occur in at least its min count of parts.
    func fit(_ examples: [Example], setting: Setting) -> Fitted {
        let config = TrainingConfig(lambda: setting.lambda, minCount: 1, wordPairs: false, epochs: epochs)
        let prefix = Self.wordPrefix
        var samples = examples.flatMap { example in example.seen(floor: setting.floor).map { ($0, example.claim) } }
        var wordCounts: [String: Int] = [:]
        if setting.words != nil {
            for (part, _) in samples { for name in part.keys where name.hasPrefix(prefix) { wordCounts[name, default: 0] += 1 } }
        }
        let minCount = setting.words?.minCount ?? Int.max
        samples = samples.map { part, claim in (part.filter { !$0.key.hasPrefix(prefix) || wordCounts[$0.key, default: 0] >= minCount }, claim) }
        let vocabulary = Vocabulary(samples.map(\.0), config: config)
        let lambdas = vocabulary.names.map { $0.hasPrefix(prefix) ? setting.words?.lambda ?? setting.lambda : setting.lambda }
        let weights = LogisticRegression.train(
            samples.map { vocabulary.encode($0.0) }, labels: samples.map(\.1), features: vocabulary.names.count, config: config,
            lambdas: lambdas)
        return Fitted(weights: Dictionary(uniqueKeysWithValues: zip(vocabulary.names, weights)), floor: setting.floor)
    }

    /// One point of an inner CV: a setting, a threshold, and the out-of-fold counts of the gate
    /// so trained and so cut on the training pages.
    struct InnerPoint {
        var setting: Setting
        var threshold: Double
        var counts: PrecisionRecall
    }

    /// Every setting of `grid` scored by page-grouped 5-fold CV on `examples`, cut at each
    /// threshold 0.01 to 0.95: points in grid order, thresholds rising.
    func innerCV(_ examples: [Example], grid: [Setting]) -> [InnerPoint] {
        let assignment = folds(examples, count: 5)
        var points: [InnerPoint] = []
        for setting in grid {
            var scores = [Double](repeating: 0, count: examples.count)
            for fold in 0..<5 {
                let model = fit(examples.indices.filter { assignment[$0] != fold }.map { examples[$0] }, setting: setting)
                for index in examples.indices where assignment[index] == fold { scores[index] = model.best(examples[index]) }
            }
            for step in 1...95 {
                let threshold = Double(step) / 100
                // best() is 0 for a sentence with no part read, below every threshold tried.
                let counts = Self.counts(examples.indices.map { (examples[$0], scores[$0] >= threshold) }).gated
                points.append(InnerPoint(setting: setting, threshold: threshold, counts: counts))
            }
        }
        return points
    }

    /// The point with the highest `goal` among those whose recall is at least `minimumRecall`
    /// (a tie: the higher recall, then the earlier point); nil when none is.
    static func best(_ points: [InnerPoint], minimumRecall: Double, goal: (PrecisionRecall) -> Double) -> InnerPoint? {
        var best: (point: InnerPoint, goal: Double)?
        for point in points where point.counts.recall >= minimumRecall {
            let value = goal(point.counts)
            if best == nil || value > best!.goal + 1e-9 || (abs(value - best!.goal) <= 1e-9 && point.counts.recall > best!.point.counts.recall) {
                best = (point, value)
            }
        }
        return best?.point
    }

    /// The `widened-precise` rule: the highest inner-CV recall among the points whose inner-CV
    /// precision is at least `precision` (the structure gate's on the same pages); a tie goes to
    /// the higher precision, then the earlier point. nil when no point holds the precision. A gate
    /// that may add claims should add them only while the share of claims among what it reports
    /// does not fall: recall is what widening can buy, precision what it must not spend.
    static func highestRecall(_ points: [InnerPoint], holding precision: Double) -> InnerPoint? {
        var best: InnerPoint?
        for point in points where point.counts.precision >= precision - 1e-9 {
            guard let current = best else { best = point; continue }
            let (recall, held) = (point.counts.recall, current.counts.recall)
            if recall > held + 1e-9 || (abs(recall - held) <= 1e-9 && point.counts.precision > current.counts.precision + 1e-9) { best = point }
        }
        return best
    }

    /// The `widened-precise` choice with a margin: ``highestRecall(_:holding:)`` of the structure
    /// point's precision plus `margin`, the structure point itself when no point reaches that.
    /// Why a margin (session 20): the highest recall at the very edge of a precision bound is
    /// picked where the inner CV's precision happens to run high, so on unseen pages it falls back
    /// below the bound (selection optimism); asking the inner CV for `margin` more than the bound
    /// leaves room for that fall. With a margin above 0 the structure point cannot hold its own
    /// bound, so it is chosen only as the fallback.
    static func precisionFirst(_ points: [InnerPoint], structure: InnerPoint?, margin: Double) -> InnerPoint? {
        guard let structure else { return nil }
        return highestRecall(points, holding: structure.counts.precision + margin) ?? structure
    }

    /// The setting (L2s, min count, floor) and threshold chosen on `examples` alone by
    /// page-grouped 5-fold CV: the highest out-of-fold precision whose recall is within
    /// ``recallSlack`` of the first stage's (`widened`: the highest F1 so; `widened-precise`:
    /// ``highestRecall(_:holding:)`` of that structure choice's precision, the structure choice
    /// itself when nothing holds it; with `--precision-margin`, ``precisionFirst(_:structure:margin:)``).
    func select(_ examples: [Example], candidate: Candidate) -> (Setting, Double) {
        let baseRecall = Self.counts(examples.map { ($0, $0.accepted) }).base.recall
        let grid = Setting.grid(candidate)
        let points = innerCV(examples, grid: grid)
        let minimumRecall = baseRecall - recallSlack
        let chosen: InnerPoint?
        switch candidate {
        case .structure, .words: chosen = Self.best(points, minimumRecall: minimumRecall, goal: \.precision)
        // The widened gate decides both ways: F1, not precision alone, is what it may raise.
        case .widened: chosen = Self.best(points, minimumRecall: minimumRecall, goal: \.f1)
        case .widenedPrecise:
            // The floor-nil settings are the structure grid itself (the same fits), so its choice
            // and precision on these pages come from the same inner CV.
            let structure = Self.best(points.filter { $0.setting.floor == nil }, minimumRecall: minimumRecall, goal: \.precision)
            chosen = Self.precisionFirst(points, structure: structure, margin: precisionMargin)
        }
        return (chosen?.setting ?? grid[0], chosen?.threshold ?? 0.01)
    }

    /// The candidates side by side against the first (the keep rule's figures): nested-CV
    /// precision, recall and F1, and each left-out batch's precision, with how many batches each
    /// later candidate raises it on.
    static func comparison(_ reports: [(name: String, pooled: [(Example, Bool)], leftOut: [Int: [(Example, Bool)]])]) -> String {
        var table = ResultTable("check")
        table.header += reports.map(\.name)
        let pooled = reports.map { counts($0.pooled).gated }
        table.rows.append(["nested CV P / R / F1"] + pooled.map { "\(decimal($0.precision)) / \(decimal($0.recall)) / \(decimal($0.f1))" })
        let batches = Set(reports.flatMap(\.leftOut.keys)).sorted()
        var raised = [Int](repeating: 0, count: reports.count)
        var raisedF1 = [Int](repeating: 0, count: reports.count)
        for batch in batches {
            let figures = reports.map { counts($0.leftOut[batch] ?? []).gated }
            for index in reports.indices.dropFirst() {
                if figures[index].precision > figures[0].precision + 1e-9 { raised[index] += 1 }
                if figures[index].f1 > figures[0].f1 + 1e-9 { raisedF1[index] += 1 }
            }
            table.rows.append(["batch \(batch) left out, P / R / F1"] + figures.map { "\(decimal($0.precision)) / \(decimal($0.recall)) / \(decimal($0.f1))" })
        }
        table.rows.append(["left-out batches whose P rises"] + raised.enumerated().map { $0.offset == 0 ? "-" : "\($0.element) of \(batches.count)" })
        table.rows.append(["left-out batches whose F1 rises"] + raisedF1.enumerated().map { $0.offset == 0 ? "-" : "\($0.element) of \(batches.count)" })
        return table.rendered
    }

    /// Fold of each example: its page's place among the sorted page ids, modulo `count`.
    func folds(_ examples: [Example], count: Int) -> [Int] {
        let order = Dictionary(uniqueKeysWithValues: Set(examples.map(\.page)).sorted().enumerated().map { ($1, $0 % count) })
        return examples.map { order[$0.page]! }
    }

    /// Precision and recall of the first stage and of the gated decision over labelled sentences.
    static func counts(_ decided: [(Example, Bool)]) -> (base: PrecisionRecall, gated: PrecisionRecall) {
        var base = PrecisionRecall()
        var gated = PrecisionRecall()
        for (example, reported) in decided {
            switch (example.accepted, example.claim) {
            case (true, true): base.truePositives += 1
            case (true, false): base.falsePositives += 1
            case (false, true): base.falseNegatives += 1
            case (false, false): break
            }
            switch (reported, example.claim) {
            case (true, true): gated.truePositives += 1
            case (true, false): gated.falsePositives += 1
            case (false, true): gated.falseNegatives += 1
            case (false, false): break
            }
        }
        return (base, gated)
    }

    func add(_ table: inout ResultTable, _ name: String, _ decided: [(Example, Bool)], note: String) {
        let (base, gated) = Self.counts(decided)
        table.add(
            name, String(decided.count),
            "\(decimal(base.precision)) (\(base.truePositives)/\(base.truePositives + base.falsePositives))", decimal(base.recall),
            "\(decimal(gated.precision)) (\(gated.truePositives)/\(gated.truePositives + gated.falsePositives))", decimal(gated.recall),
            decimal(gated.f1), note)
    }

    /// A labelled sentence for feature study: text included, so written outside the repository.
    struct DumpLine: Encodable {
        var page: String
        var batch: Int
        var claim: Bool
        var text: String
        /// The features of each part the first stage accepted.
        var parts: [[String: Double]]
        /// Why the first stage (or a rule before it) left out each part it rejected, with its score
        /// (``SkippedSentence``): a missed claim's stage, and the non-claims that share its shape.
        var skipped: [String]
    }

    /// The prefix of the word candidate's features: `a:w:` and a stemmed word.
    static let wordPrefix = "a:w:"

    /// The word candidate's features of a sentence: each distinct word stemmed (a number is
    /// `<num>`), value 1. Why it was tried: the first stage's words were learned from debate
    /// transcripts, and on article pages the words that tell commentary from report are general
    /// English (pronouns, modals, reporting verbs, the vocabulary of narration and promotion) that
    /// only article labels can weigh. The trainer adds them to every part of the sentence; the
    /// shipped gate has none (Sources/Extractor/README.md, "Session 19").
    static func wordFeatures(_ text: String, stemmer: Stemmer = Stemmer()) -> [String: Double] {
        var values: [String: Double] = [:]
        for word in Tokenizer.words(in: text) { values[wordPrefix + (word.first?.isNumber == true ? "<num>" : stemmer.stem(word))] = 1 }
        return values
    }

    /// Reads every labelled page with the gate off and collects the labelled sentences; `model` is
    /// the first stage (the compiled-in one but for a dry run's candidate).
    static func examples(_ labels: [ClaimLabel], directory: String, model: CheckworthinessModel = .trained, dump: ((DumpLine) -> Void)? = nil) throws -> [Example] {
        let byPage = Dictionary(grouping: labels, by: \.page)
        let extractor = ClaimExtractor(model: model, gate: nil, listingFloor: listingFloor)
        var examples: [Example] = []
        let stemmer = Stemmer()
        for id in byPage.keys.sorted() {
            let page = try ClaimsBenchmark.loadPage(id: id, in: directory)
            let extracted = try extractor.extract(bytes: page.bytes, path: id + ".html", format: .html)
            var partsByKey: [String: [GatedPart]] = [:]
            var textByKey: [String: String] = [:]
            for sentence in extracted.article.sentences { textByKey[ClaimLabel.key(of: sentence.text)] = sentence.text }
            var rejectedByKey: [String: [GatedPart]] = [:]
            for input in extracted.gateInputs where input.rejectedScore != nil {
                rejectedByKey[ClaimLabel.key(of: extracted.article.sentences[input.sentence].text), default: []].append(input)
            }
            for input in extracted.gateInputs where input.rejectedScore == nil {
                partsByKey[ClaimLabel.key(of: extracted.article.sentences[input.sentence].text), default: []].append(input)
            }
            for label in byPage[id]! {
                guard let text = textByKey[label.sentence] else { continue }
                let parts = partsByKey[label.sentence] ?? []
                let words = wordFeatures(text, stemmer: stemmer)
                examples.append(Example(
                    page: id, batch: label.batchNumber, claim: label.claim, parts: parts.map { $0.features.values.merging(words) { $1 } },
                    rejected: (rejectedByKey[label.sentence] ?? []).map { ($0.rejectedScore!, $0.features.values.merging(words) { $1 }) }))
                dump?(DumpLine(
                    page: id, batch: label.batchNumber, claim: label.claim, text: text,
                    parts: parts.map(\.features.values),
                    skipped: extracted.skipped.reasons(within: text)))
            }
        }
        return examples
    }
}
