import ArgumentParser
import FactCheckModel
import Fetcher
import Foundation
import LoopbackHTTPServer

/// `factcheck-bench retrieve`: the literature search measured end to end. SciFact's claims are
/// searched for, through the real query builder, the real fetcher and HTTP on 127.0.0.1, in its
/// corpus of abstracts served by an emulation of PubMed (every term must match, AND/OR, `[tiab]`,
/// truncation) and of Europe PMC (ranked): recall@1 and recall@3 of an abstract the claim cites,
/// and the queries each claim cost.
struct RetrieveBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retrieve",
        abstract: "Literature search: recall@1/@3 of a cited SciFact abstract, queries per claim.",
        discussion: """
            The query rules were chosen on --split tune; report --split heldout once, at the end. \
            Split: the SciFact rule in ScifactData.swift (by the claim's smallest cited document).
            """)

    @Argument(help: "SciFact claims (claims_train.jsonl).") var claims: String
    @Argument(help: "SciFact corpus (corpus.jsonl): the abstracts the emulated databases hold.") var corpus: String
    @Option(help: "Which claims: tune, heldout or all.") var split = "tune"
    @Option(help: "Papers asked of each backend per query.") var candidates = 5
    @Option(name: .customLong("pubmed-steps"), help: "PubMed queries per claim beside Europe PMC: the strict one and its relaxations (alone: 3).") var pubMedSteps = 1
    @Option(name: .customLong("pubmed-concepts"), help: "Concepts in PubMed's strict query.") var pubMedConcepts = 4
    @Option(help: "Backends, comma-separated: pubmed, europepmc.") var backends = "pubmed,europepmc"
    @Option(name: .customLong("max-concepts"), help: "Concepts taken from a claim at most.") var maxConcepts = 12
    @Flag(name: .customLong("epmc-truncate"), help: "Europe PMC's ranked query truncated at stems, as PubMed's.") var europePMCTruncate = false
    @Option(name: .customLong("ranked-candidates"), help: "Papers asked of Europe PMC's ranked search (one page).") var rankedCandidates = 10
    @Option(name: .customLong("relevance-weight"), help: "Weight of the local re-ranking by each paper's own text (0: off).") var relevanceWeight = 1.0
    @Option(help: "Skip this many of the split's claims first (with --limit: halves of tune).") var skip = 0
    @Flag(name: .customLong("epmc-both"), inversion: .prefixedNo, help: "Europe PMC asked twice: exact words and truncated.") var europePMCBoth = true
    @Option(help: "At most this many claims (0: all), for a quick look.") var limit = 0
    @Option(help: "Write one line per claim (query, found, cited) to this file.") var misses: String?
    @Option(help: "Papers kept per claim (recall counts the first 3; more shows in --misses where a missed paper ranked).") var keep = 3

    func run() throws {
        guard let choice = Scifact.SplitChoice(rawValue: split) else { throw ValidationError("--split must be tune, heldout or all") }
        let claimRecords = try JSONLines.read(Scifact.ClaimRecord.self, from: claims)
        let documents = try JSONLines.read(Scifact.DocumentRecord.self, from: corpus)
        let papers = documents.map { LiteraturePaper(pmid: String($0.doc_id), title: $0.title, abstract: $0.abstract) }
        let emulation = LiteratureAPIEmulation(index: LiteratureIndex(papers: papers))
        let server = try LoopbackHTTPServer { emulation.respond(to: $0) }
        defer { server.stop() }

        var settings = ScholarlySettings.allAt(server.url("/"))
        settings.backends = backends.split(separator: ",").compactMap { ScholarlySettings.Backend(rawValue: String($0)) }
        settings.candidatesPerBackend = candidates
        settings.pubMedSteps = pubMedSteps
        settings.pubMedStepsBesideEuropePMC = pubMedSteps
        settings.pubMedConcepts = pubMedConcepts
        settings.maxConcepts = maxConcepts
        settings.europePMCTruncates = europePMCTruncate
        settings.rankedCandidates = rankedCandidates
        settings.europePMCBothForms = europePMCBoth
        settings.relevanceWeight = relevanceWeight
        settings.maxSearchResults = max(3, keep)
        // An API key lifts NCBI's pace from 3 to 10 requests a second (the emulation takes any key):
        // the benchmark measures retrieval, not waiting. Speeds below are at 10 a second.
        settings.eutils.apiKey = "factcheck-bench"
        var policy = FetchPolicy()
        policy.allowPrivateNetwork = true
        policy.perHostIntervalMilliseconds = 0
        policy.respectRobots = false
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-bench-retrieve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = try SourceCache.open(settings: CacheSettings(path: folder.appendingPathComponent("cache.sqlite").path))
        let fetcher = SourceFetcher(policy: policy, cache: cache, scholarly: settings)

        var selected = claimRecords.filter { choice.includes(Scifact.part(citedDocIDs: $0.cited_doc_ids)) }
        selected = Array(selected.dropFirst(skip))
        if limit > 0 { selected = Array(selected.prefix(limit)) }
        var table = ResultTable("split", "claims", "recall@1", "recall@3", "queries/claim", "requests/claim", "cold s/claim", "warm s/claim")
        var lines: [String] = []
        for part in Scifact.Part.allCases where choice.includes(part) {
            let claimsOfPart = selected.filter { Scifact.part(citedDocIDs: $0.cited_doc_ids) == part }
            guard !claimsOfPart.isEmpty else { continue }
            emulation.resetLog()
            var hits1 = 0, hits3 = 0
            let start = ContinuousClock.now
            for record in claimsOfPart {
                let result = FetchBenchmark.blocking { await fetcher.search(for: Self.claim(record.claim)) }
                let found = result.papers.compactMap { $0.citation.pmid.flatMap(Int.init) }
                let cited = Set(record.cited_doc_ids)
                if let first = found.first, cited.contains(first) { hits1 += 1 }
                if found.prefix(3).contains(where: cited.contains) { hits3 += 1 }
                if misses != nil {
                    let queries = result.summary.queries.map { "\($0.backend): \($0.query) → \($0.hits.map(String.init) ?? "failed")" }
                    lines.append("\(record.id)\t\(found.prefix(3).contains(where: cited.contains) ? "hit" : "miss")\t\(record.claim)\t\(queries.joined(separator: " | "))\tfound \(found)\tcited \(record.cited_doc_ids)")
                }
            }
            let cold = Self.seconds(ContinuousClock.now - start)
            let log = emulation.requestLog
            let queries = log.filter { $0.path.contains("esearch.fcgi") || $0.path.contains("/europepmc/search") }.count
            // The same claims again: every request answered from the cache.
            let warmStart = ContinuousClock.now
            for record in claimsOfPart { _ = FetchBenchmark.blocking { await fetcher.search(for: Self.claim(record.claim)) } }
            let warm = Self.seconds(ContinuousClock.now - warmStart)
            let count = Double(claimsOfPart.count)
            table.add(
                part.rawValue, "\(claimsOfPart.count)", decimal(Double(hits1) / count), decimal(Double(hits3) / count),
                decimal(Double(queries) / count, places: 2), decimal(Double(log.count) / count, places: 2),
                decimal(cold / count, places: 4), decimal(warm / count, places: 4))
        }
        print("retrieve: SciFact claims against \(documents.count) abstracts (emulated PubMed + Europe PMC on 127.0.0.1), backends \(backends), \(candidates) candidates per backend, at most \(maxConcepts) concepts\(europePMCTruncate ? ", Europe PMC truncated first" : ", Europe PMC exact words first"), PubMed \(pubMedConcepts) concepts and \(pubMedSteps) step(s), Europe PMC \(europePMCBoth ? "exact and truncated" : "once"), page \(rankedCandidates), re-ranking weight \(relevanceWeight); E-utilities at 10 requests/s")
        print(table.rendered, terminator: "")
        if let misses { try lines.joined(separator: "\n").write(toFile: misses, atomically: true, encoding: .utf8) }
    }

    static func claim(_ text: String) -> Claim {
        Claim(
            id: "c-bench", text: text, sentence: text, span: TextSpan(start: 0, end: text.unicodeScalars.count, line: 1, column: 1),
            kind: .general, checkworthiness: 1, attribution: nil, hedges: [], quantities: [], citations: [])
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
