import ArgumentParser
import Extractor
import FactCheckModel
import Foundation
import TextAnalysis

/// `factcheck-bench claims HTML_DIR [--labels LABELS.jsonl] [--split tuning|heldout|all] [--batch N]`
///
/// Reads every labelled page of the folder as an HTML article, exactly as `factcheck` does
/// (`HTMLArticleReader` through `WebExtraction`, then `ClaimExtractor`), matches the tool's
/// sentences to the labels by ``ClaimLabel/key(of:)``, and prints claim precision and recall, cued
/// claims found, attribution accuracy and quantity accuracy per split (``ClaimsScore`` says how
/// each is counted). The split is by page: ``PageLoader/isHeldOut(_:)`` of the page id. `--batch N`
/// keeps only the labels of one labelling batch (``ClaimLabel/batchNumber``), so pages labelled
/// after rules were tuned can be scored apart from those the rules were chosen on.
///
/// `--candidates OUT.jsonl` is for labelling: it writes, for the labelled pages and those named by
/// `--page`, every sentence the tool reports, every body sentence with a cue (a digit, "according
/// to", a reporting verb, a study) and every one scored within 0.12 below the model's threshold (a
/// change to the extractor can lift it), with its key and what the tool read, text included. Write it
/// outside the repository: the text is the page's.
struct ClaimsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Claims on real pages: precision, recall, attributions and quantities against hand labels.",
        discussion: "Data: ../shared/data/extraction/trafilatura_eval/html (third-party pages, never copied); labels: Benchmarks/ClaimLabels/labels.jsonl (see its README). Tune on --split tuning; report held-out once.")

    @Argument(help: "Folder of the pages (.html.gz or .html), e.g. ../shared/data/extraction/trafilatura_eval/html.")
    var htmlDirectory: String

    @Option(help: "The label file.")
    var labels = "Benchmarks/ClaimLabels/labels.jsonl"

    @Option(help: "Pages to score: tuning, heldout, or all (all prints every split).")
    var split = "tuning"

    @Option(help: "Labels of this batch only (1: the first 45 pages; 2: 20 pages of wider kinds; 3: 13 news pages labelled blind in session 9; 4: 3 pages labelled blind in session 10; 5: 9 pages of explainers, essays and blog posts labelled blind in session 11; 6: 10 pages of news and essays with no English <html lang>, labelled blind in session 12; 7: 9 pages of any article kind labelled blind in session 14; 8: 13 pages of any article kind labelled blind in session 15; 9: the first 90 candidates of 4 long pages (two journal pages, an essay, a how-to) labelled blind in session 16; 10: 3 short news pages (a university release, a product-launch blog post, a broadcast weather report) labelled blind in session 19; Benchmarks/ClaimLabels/README.md). Default: every batch.")
    var batch: Int?

    @Option(help: "Write candidate sentences for labelling (text included: keep it outside the repository).")
    var candidates: String?

    @Option(name: .customLong("page"), help: "With --candidates: another page id to list (repeatable).")
    var extraPages: [String] = []

    @Option(help: "Write the labelled sentences the tool got wrong, with their text, here (outside the repository).")
    var errors: String?

    @Option(help: "A claim gate weights file to score with instead of the compiled-in one (a retrained gate, measured without a rebuild; train-claim-gate --output writes one).")
    var gate: String?

    func run() throws {
        guard ["tuning", "heldout", "all"].contains(split) else { throw BenchError("--split must be tuning, heldout or all") }
        let readLabels = FileManager.default.fileExists(atPath: labels) ? try JSONLines.read(ClaimLabel.self, from: labels) : []
        let allLabels = readLabels.filter { batch == nil || $0.batchNumber == batch }
        let byPage = Dictionary(grouping: allLabels, by: \.page)
        var wanted = Set(byPage.keys)
        if candidates != nil { wanted.formUnion(extraPages) }
        let pages = try wanted.sorted().map { try Self.loadPage(id: $0, in: htmlDirectory) }

        var extractor = ClaimExtractor()
        if let gate {
            let table = try CheckworthinessWeightsFile.table(Array(try Data(contentsOf: URL(fileURLWithPath: gate))), file: gate)
            extractor.gate = ArticleClaimGate(weights: table.weights, threshold: table.threshold)
        }
        var scores: [String: ClaimsScore] = [:]
        var missing: [String: Int] = [:]
        var candidateLines: [CandidateLine] = []
        var errorLines: [ErrorLine] = []
        for page in pages {
            let extracted = try extractor.extract(bytes: page.bytes, path: page.id + ".html", format: .html)
            let splitName = PageLoader.isHeldOut(page.id) ? "heldout" : "tuning"
            let pageLabels = Dictionary((byPage[page.id] ?? []).map { ($0.sentence, $0) }, uniquingKeysWith: { first, _ in first })
            var seen: Set<String> = []
            for sentence in extracted.article.sentences {
                let key = ClaimLabel.key(of: sentence.text)
                guard seen.insert(key).inserted else { continue }
                let claims = extracted.claims.filter { $0.sentence == sentence.text }
                let reading = SentenceReading(
                    reported: !claims.isEmpty, source: claims.first?.attribution?.source,
                    // The figures the claims carry, as the parser read them (and as checking compares them).
                    quantities: claims.isEmpty ? QuantityParser.quantities(in: sentence.text) : claims.flatMap(\.quantities))
                let nearThreshold = extracted.skipped.contains { $0.text == sentence.text && $0.checkworthiness >= extractor.model.threshold - 0.12 }
                if candidates != nil, reading.reported || (sentence.role != .heading && (nearThreshold || Self.isCued(sentence.text))) {
                    candidateLines.append(CandidateLine(
                        page: page.id, split: splitName, sentence: key, labelled: pageLabels[key] != nil, text: sentence.text,
                        reported: reading.reported, source: reading.source, claims: claims.map(\.text),
                        quantities: reading.quantities.map { ClaimLabel.Figure(value: $0.value, unit: $0.unit, bound: $0.bound, upper: $0.upperValue) }))
                }
                guard let label = pageLabels[key] else {
                    if reading.reported { scores[splitName, default: ClaimsScore()].unlabelledReported += 1 }
                    continue
                }
                let verdict = scores[splitName, default: ClaimsScore()].add(label: label, sentence: sentence.text, reading: reading)
                if verdict.claimWrong || verdict.attributionWrong || verdict.quantitiesWrong {
                    errorLines.append(ErrorLine(
                        page: page.id, split: splitName, sentence: key, text: sentence.text, labelClaim: label.claim,
                        reported: reading.reported, labelSource: label.sourceText(in: sentence.text), source: reading.source,
                        labelQuantities: label.quantities ?? [],
                        quantities: reading.quantities.filter { $0.unit != "calendar-year" }.map {
                            ClaimLabel.Figure(value: $0.value, unit: $0.unit, bound: $0.bound, upper: $0.upperValue)
                        },
                        skipped: reading.reported ? nil : extracted.skipped.reasons(within: sentence.text)))
                }
            }
            let found = Set(extracted.article.sentences.map { ClaimLabel.key(of: $0.text) })
            let lost = (byPage[page.id] ?? []).filter { !found.contains($0.sentence) }.count
            if lost > 0 { missing[splitName, default: 0] += lost }
        }

        var table = ResultTable(
            "split", "pages", "labelled", "not found", "claims", "reported", "unlabelled", "precision", "recall",
            "cued found", "attributions", "quantities")
        let splits = split == "all" ? ["tuning", "heldout", "all"] : [split]
        for name in splits {
            let score = name == "all" ? Self.sum(scores.values) : scores[name] ?? ClaimsScore()
            let pageCount = pages.filter { name == "all" || (PageLoader.isHeldOut($0.id) ? "heldout" : "tuning") == name }.count
            let lost = name == "all" ? missing.values.reduce(0, +) : missing[name] ?? 0
            table.add(
                name, String(pageCount), String(score.sentences), String(lost),
                String(score.claims.truePositives + score.claims.falseNegatives),
                String(score.claims.truePositives + score.claims.falsePositives), String(score.unlabelledReported),
                Self.ratio(score.claims.truePositives, score.claims.truePositives + score.claims.falsePositives),
                Self.ratio(score.claims.truePositives, score.claims.truePositives + score.claims.falseNegatives),
                Self.ratio(score.cuedFound, score.cuedClaims),
                Self.ratio(score.attributionsRight, score.attributionsJudged),
                Self.ratio(score.quantitiesRight, score.quantitiesJudged))
        }
        print(table.rendered, terminator: "")

        if let candidates { try JSONLines.write(candidateLines, to: candidates) }
        if let errors {
            try JSONLines.write(errorLines.filter { split == "all" || $0.split == split }, to: errors)
        }
    }

    /// "0.912 (52/57)": the ratio with its counts, so a reader sees how much each figure rests on.
    static func ratio(_ numerator: Int, _ denominator: Int) -> String {
        denominator == 0 ? "n/a" : "\(decimal(Double(numerator) / Double(denominator))) (\(numerator)/\(denominator))"
    }

    static func sum(_ scores: Dictionary<String, ClaimsScore>.Values) -> ClaimsScore {
        scores.reduce(into: ClaimsScore()) { total, score in
            total.sentences += score.sentences
            total.claims = total.claims + score.claims
            total.cuedClaims += score.cuedClaims
            total.cuedFound += score.cuedFound
            total.unlabelledReported += score.unlabelledReported
            total.attributionsRight += score.attributionsRight
            total.attributionsJudged += score.attributionsJudged
            total.quantitiesRight += score.quantitiesRight
            total.quantitiesJudged += score.quantitiesJudged
        }
    }

    /// A sentence an editor would look at for a claim whatever the model says: a figure, "according
    /// to", a reporting verb, a study or survey.
    static func isCued(_ text: String) -> Bool {
        if text.contains(where: \.isNumber) { return true }
        let words = Set(Tokenizer.words(in: text.lowercased()))
        return words.contains("according") || !words.isDisjoint(with: cueWords)
    }

    static let cueWords: Set<String> = Set(Lexicon.reportingVerbs.flatMap(\.all)).union(["study", "survey", "research", "report"])

    static func loadPage(id: String, in directory: String) throws -> PageLoader.Page {
        for suffix in [".html.gz", ".html"] {
            let path = (directory as NSString).appendingPathComponent(id + suffix)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            return try PageLoader.loadOne(path: path, id: id)
        }
        throw BenchError("\(directory): no page \(id).html.gz or \(id).html")
    }

    struct CandidateLine: Encodable {
        var page: String
        var split: String
        var sentence: String
        var labelled: Bool
        var text: String
        var reported: Bool
        var source: String?
        var claims: [String]
        var quantities: [ClaimLabel.Figure]
    }

    struct ErrorLine: Encodable {
        var page: String
        var split: String
        var sentence: String
        var text: String
        var labelClaim: Bool
        var reported: Bool
        var labelSource: String?
        var source: String?
        var labelQuantities: [ClaimLabel.Figure]
        var quantities: [ClaimLabel.Figure]
        /// Why the tool left a sentence out (``SkippedSentence/why`` and its first-stage score, of
        /// each part it skipped): which stage dropped a missed claim, read without `--verbose` page by page.
        var skipped: [String]?
    }
}
