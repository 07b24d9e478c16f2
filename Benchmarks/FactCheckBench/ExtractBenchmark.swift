import ArgumentParser
import Foundation
import WebExtraction

/// `factcheck-bench extract HTML_DIR [--evaldata EVALDATA.json] [--output OUT.json]`
///
/// Extracts the main text of every `*.html` and `*.html.gz` page in a folder and prints pages per
/// second: parse, extract and passages, timed in one single-threaded loop over pages already in
/// memory (reading and decompressing happen before the clock starts). With `--evaldata` it scores
/// the texts with trafilatura's snippet metric, matching as trafilatura's `eval_common.py` does:
/// both texts white-space-normalised (`re.sub(r"\s+", " ", t).strip()`), then a case-sensitive
/// substring test on code points. Each `with` snippet found is a true positive, each missing one a
/// false negative, each `without` snippet found a false positive. A page the extractor rejects counts
/// as a full miss. The snippet metric reads the page's lead (standfirst) and body: trafilatura's
/// annotators count the standfirst as main text.
///
/// With `--gold GOLD.json` (`{id: gold body text}`) it scores the texts with the article-extraction
/// benchmark's 4-word-shingle metric (``ShingleMetric``); `--compare OTHER.json` (`{id: text}`, another
/// tool's output on the same pages, e.g. from `Benchmarks/ExtractComparison/run_trafilatura.py`) is
/// scored beside it, with the pages where one beats the other by more than 0.02 F1 counted.
///
/// CPU time this process has used, in nanoseconds (`CLOCK_PROCESS_CPUTIME_ID`).
private func processCPUNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

struct ExtractBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Main-text extraction: pages/s, and trafilatura's snippet precision, recall and F1.",
        discussion: "Data: ../shared/data/extraction/trafilatura_eval/ (html/ and evaldata.json). --split tuning|heldout scores the deterministic halves (FNV-1a of the file name).")

    @Argument(help: "Folder of .html / .html.gz pages.")
    var htmlDirectory: String

    @Option(help: "trafilatura's evaldata.json: {url: {file, with: [...], without: [...]}}.")
    var evaldata: String?

    @Option(help: "Write {id: text} JSON here.")
    var output: String?

    @Option(help: "With --evaldata: write {id: {missed, falsePositives}} JSON here, the snippets each page got wrong.")
    var misses: String?

    @Option(help: "Gold body texts, {id: text}: score with the 4-word-shingle metric of the article-extraction benchmark.")
    var gold: String?

    @Option(help: "Another tool's {id: text} on the same pages, scored beside ours (second row) with --gold and --evaldata.")
    var compare: String?

    @Option(help: "With --gold: write {id: {precision, recall, f1}} JSON of our pages here.")
    var perPage: String?

    @Option(help: "Timed repetitions over all pages; the fastest is reported.")
    var repeats = 1

    @Option(help: "Only pages of one half: tuning, heldout, or all.")
    var split = "all"

    func run() throws {
        var pages = try PageLoader.load(directory: htmlDirectory)
        switch split {
        case "all": break
        case "tuning": pages = pages.filter { !PageLoader.isHeldOut($0.id) }
        case "heldout": pages = pages.filter { PageLoader.isHeldOut($0.id) }
        default: throw BenchError("--split must be tuning, heldout or all")
        }
        guard !pages.isEmpty else { throw BenchError("\(htmlDirectory): no .html or .html.gz pages") }

        var texts: [String: String] = [:]
        var leads: [String: String] = [:]
        var failures = 0
        var passageCount = 0
        var best = Double.infinity
        var bestCPU = Double.infinity
        for repetition in 0..<max(1, repeats) {
            let clock = ContinuousClock()
            let start = clock.now
            let cpuStart = processCPUNanoseconds()
            for page in pages {
                do {
                    let extracted = try WebPageExtractor.extract(bytes: page.bytes, charset: nil, url: nil)
                    let passages = WebPageExtractor.passages(of: extracted)
                    if repetition == 0 {
                        texts[page.id] = extracted.text
                        if let lead = extracted.lead { leads[page.id] = lead }
                        passageCount += passages.count
                    }
                } catch {
                    if repetition == 0 { failures += 1 }
                }
            }
            let elapsed = clock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            bestCPU = min(bestCPU, Double(processCPUNanoseconds() - cpuStart) * 1e-9)
        }

        // Wall-clock time suffers when other processes share the cores; the process's CPU time is
        // what one core spent on the loop, and is printed beside it.
        var table = ResultTable("pages", "MB", "failed", "passages", "wall s", "pages/s", "MB/s", "CPU s", "pages/CPU-s")
        let megabytes = Double(pages.reduce(0) { $0 + $1.bytes.count }) / 1_000_000
        table.add(String(pages.count), decimal(megabytes, places: 1), String(failures), String(passageCount),
                  decimal(best), decimal(Double(pages.count) / best, places: 1), decimal(megabytes / best, places: 1),
                  decimal(bestCPU), decimal(Double(pages.count) / bestCPU, places: 1))
        print(table.rendered)

        if let evaldata {
            // trafilatura's annotators count the standfirst as main text, the shingle benchmark's gold
            // does not: each metric reads the fields its gold covers.
            var leadAndBody = texts
            for (id, lead) in leads { leadAndBody[id] = lead + "\n\n" + (texts[id] ?? "") }
            let score = try SnippetMetric.score(texts: leadAndBody, evaldata: evaldata)
            var quality = ResultTable("pages", "with", "without", "TP", "FP", "FN", "precision", "recall", "F1")
            quality.add(String(score.pages), String(score.with), String(score.without), String(score.counts.truePositives),
                        String(score.counts.falsePositives), String(score.counts.falseNegatives),
                        decimal(score.counts.precision), decimal(score.counts.recall), decimal(score.counts.f1))
            if let compare {
                let other = try SnippetMetric.score(texts: try Self.readTexts(compare), evaldata: evaldata)
                quality.add(String(other.pages), String(other.with), String(other.without), String(other.counts.truePositives),
                            String(other.counts.falsePositives), String(other.counts.falseNegatives),
                            decimal(other.counts.precision), decimal(other.counts.recall), decimal(other.counts.f1))
            }
            print(quality.rendered)
            if let misses {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
                try encoder.encode(score.misses).write(to: URL(fileURLWithPath: misses))
            }
        }
        if let gold { try scoreShingles(texts: texts, ids: pages.map(\.id), goldPath: gold) }
        if let output {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            try encoder.encode(texts).write(to: URL(fileURLWithPath: output))
        }
    }

    private func scoreShingles(texts: [String: String], ids: [String], goldPath: String) throws {
        let goldTexts = try Self.readTexts(goldPath)
        let ours = ShingleMetric.score(texts: texts, gold: goldTexts, ids: ids)
        guard ours.pages > 0 else { throw BenchError("\(goldPath): no gold text for these pages") }
        var table = ResultTable("extractor", "pages", "precision", "recall", "F1", "pages won by > 0.02", "pages lost by > 0.02")
        if let compare {
            let other = ShingleMetric.score(texts: try Self.readTexts(compare), gold: goldTexts, ids: ids)
            var won = 0, lost = 0
            for (id, counts) in ours.perPage {
                let difference = counts.f1 - (other.perPage[id]?.f1 ?? 0)
                if difference > 0.02 { won += 1 }
                if difference < -0.02 { lost += 1 }
            }
            table.add("factcheck", String(ours.pages), decimal(ours.precision), decimal(ours.recall), decimal(ours.f1), String(won), String(lost))
            table.add((compare as NSString).lastPathComponent, String(other.pages), decimal(other.precision), decimal(other.recall),
                      decimal(other.f1), String(lost), String(won))
        } else {
            table.add("factcheck", String(ours.pages), decimal(ours.precision), decimal(ours.recall), decimal(ours.f1), "", "")
        }
        print(table.rendered)
        if let perPage {
            let rows = ours.perPage.mapValues { ["precision": $0.precision, "recall": $0.recall, "f1": $0.f1] }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            try encoder.encode(rows).write(to: URL(fileURLWithPath: perPage))
        }
    }

    private static func readTexts(_ path: String) throws -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("\(path): cannot be read") }
        return try JSONDecoder().decode([String: String].self, from: data)
    }
}
