import ArgumentParser
import Extractor
import Foundation

/// `factcheck-bench checkworthiness DATA.jsonl`: scores every sentence alone with the committed
/// model, exactly as the extractor does, and prints precision, recall and F1 of the `Yes` class.
struct CheckworthinessBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkworthiness",
        abstract: "Measure claim detection on CheckThat!-format data (report on a split the model was not trained on).")

    @Argument(help: "JSON Lines with sentence_id, text, label (Yes/No), e.g. ct24_en_dev.jsonl.")
    var data: String

    @Option(help: "Write {sentence_id, score, label} lines here.")
    var predictions: String?

    @Option(help: "Score threshold (default: the model's own).")
    var threshold: Double?

    @Option(help: "A weights file to score with instead of the compiled-in one (a candidate table, without a rebuild).")
    var weights: String?

    func run() throws {
        let records = try JSONLines.read(CheckworthinessRecord.self, from: data)
        let model = try weights.map { try CheckworthinessWeightsFile.parse(Array(try Data(contentsOf: URL(fileURLWithPath: $0))), file: $0) }
            ?? CheckworthinessModel.trained
        let cutoff = threshold ?? model.threshold
        _ = model.score(sentence: "Warm-up: the model's weights are parsed once, outside the timing.")

        var scores: [Double] = []
        scores.reserveCapacity(records.count)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for record in records { scores.append(model.score(sentence: record.text)) }
        }
        var counts = PrecisionRecall()
        for (record, score) in zip(records, scores) {
            let predicted = score >= cutoff
            switch (predicted, record.isCheckworthy) {
            case (true, true): counts.truePositives += 1
            case (true, false): counts.falsePositives += 1
            case (false, true): counts.falseNegatives += 1
            case (false, false): break
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var table = ResultTable("data", "sentences", "yes", "threshold", "precision", "recall", "F1", "sentences/s")
        table.add(
            (data as NSString).lastPathComponent, String(records.count), String(records.filter(\.isCheckworthy).count),
            decimal(cutoff), decimal(counts.precision), decimal(counts.recall), decimal(counts.f1),
            String(Int((Double(records.count) / max(seconds, 1e-9)).rounded())))
        print(table.rendered, terminator: "")

        if let predictions {
            struct Prediction: Encodable {
                var sentence_id: Int
                var score: Double
                var label: String
            }
            try JSONLines.write(zip(records, scores).map { record, score in
                Prediction(sentence_id: record.sentenceID, score: (score * 10000).rounded() / 10000, label: score >= cutoff ? "Yes" : "No")
            }, to: predictions)
        }
    }
}
