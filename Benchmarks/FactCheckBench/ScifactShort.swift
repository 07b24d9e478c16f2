import Scorer

/// SciFact's pairs made short: each claim against a sentence or two of a cited abstract instead of
/// the whole abstract, the shape of a web claim checked against a quoted finding (issue #17's
/// unseen health-claims set), and the closest thing to it among the team's data.
///
/// - SUPPORT / CONTRADICT: the claim against its first gold rationale, in reading order (SciFact's
///   rationales are one sentence for 662 of 711, two or three for the rest).
/// - NEI: against the one or two sentences of the cited abstract that cover the claim's words best
///   (the verifier's own `coverage`, then BM25), so the NEI evidence is on the topic, as a
///   retrieved quote that does not settle the claim would be.
///
/// The pair keeps its abstract's document id: cross-fitting folds by it, so a short pair and the
/// whole-abstract pair it came from fall in the same fold, and no weights judge a pair whose
/// abstract they were trained on. Written to memory only, never to a file in the repository.
enum ScifactShort {
    static let dataset = "scifact_short"

    static func pairs(_ pairs: [Scifact.Pair]) -> [Scifact.Pair] {
        let verifier = AbstractVerifier()
        let coverage = AbstractVerifier.sentenceFeatureNames.firstIndex(of: "coverage")!
        let bm25 = AbstractVerifier.sentenceFeatureNames.firstIndex(of: "bm25/best")!
        return pairs.filter { $0.dataset == "scifact" }.map { pair in
            let chosen: [Int]
            if let first = pair.rationaleSets.first, pair.label != "NEI" {
                chosen = first.sorted()
            } else {
                let features = verifier.read(claim: pair.claim, sentences: pair.document.abstract).sentenceFeatures
                let ranked = features.indices.sorted {
                    (features[$0][coverage], features[$0][bm25], -$0) > (features[$1][coverage], features[$1][bm25], -$1)
                }
                // The best sentence always; the second when it shares any of the claim's words.
                chosen = ranked.prefix(2).enumerated().filter { $0.offset == 0 || features[$0.element][coverage] > 0 }
                    .map(\.element).sorted()
            }
            let sentences = chosen.map { pair.document.abstract[$0] }
            let rationale = pair.label == "NEI" ? Set<Int>() : Set(sentences.indices)
            return Scifact.Pair(
                claimID: pair.claimID, claim: pair.claim,
                document: Scifact.DocumentRecord(doc_id: pair.document.doc_id, title: pair.document.title, abstract: sentences),
                label: pair.label, rationale: rationale, rationaleSets: rationale.isEmpty ? [] : [rationale],
                part: pair.part, dataset: dataset)
        }
    }
}
