import FactCheckModel
import Foundation

/// SciFact's files as the benchmark and the trainer read them, and the one rule that splits the
/// training claims into a tuning part and a held-out part.
enum Scifact {
    struct ClaimRecord: Decodable {
        struct Rationale: Decodable {
            let sentences: [Int]
            let label: String
        }

        let id: Int
        let claim: String
        /// Doc id (as a string key) → rationales. A cited doc without an entry is NEI for this claim.
        let evidence: [String: [Rationale]]?
        let cited_doc_ids: [Int]
    }

    struct DocumentRecord: Decodable {
        let doc_id: Int
        let title: String
        /// The abstract, already split into sentences: evidence indexes count in this list.
        let abstract: [String]
    }

    /// One (claim, cited abstract) pair with its gold answer.
    struct Pair {
        let claimID: Int
        let claim: String
        let document: DocumentRecord
        /// SUPPORT, CONTRADICT or NEI.
        let label: String
        /// Gold rationale sentences (all rationales of the doc merged), empty for NEI.
        let rationale: Set<Int>
        /// The gold rationales one by one (SciFact's sentence-level metric credits a sentence only
        /// when its whole rationale was predicted).
        let rationaleSets: [Set<Int>]
        let part: Part
        /// Where the pair comes from: "scifact", or a pair file's name (``VerificationPairs``).
        var dataset = "scifact"
    }

    // MARK: The split

    /// Which side of the split a claim is on.
    enum Part: String, CaseIterable {
        case tune, heldout
    }

    /// The split rule, the only one: a claim goes to `heldout` when the FNV-1a 64-bit hash of the
    /// decimal id of its *smallest cited document* is divisible by 4 (about a quarter), else `tune`.
    ///
    /// Why by document and not by claim id: SciFact writes several claims from one citation (a claim
    /// and its negation, "X raises Y" / "X lowers Y", about the same abstract). Splitting by claim
    /// would put one in tuning and its mirror image in the held-out part, and the held-out figures
    /// would measure memory of that abstract. Grouping by cited document keeps them together.
    static func part(citedDocIDs: [Int]) -> Part {
        guard let first = citedDocIDs.min() else { return .tune }
        return fnv1a64(String(first)) % 4 == 0 ? .heldout : .tune
    }

    static func fnv1a64(_ text: String) -> UInt64 { FNV1a.hash(text) }

    /// `--split`: which claims a run uses.
    enum SplitChoice: String, CaseIterable {
        case tune, heldout, all

        func includes(_ part: Part) -> Bool {
            switch self {
            case .all: true
            case .tune: part == .tune
            case .heldout: part == .heldout
            }
        }
    }

    // MARK: Loading

    /// Every (claim, cited doc) pair of `claimsPath` whose claim is in `split`, in file order, with
    /// the abstract from `corpusPath`. A cited doc missing from the corpus is an error: it would
    /// silently shrink the benchmark.
    static func pairs(claimsPath: String, corpusPath: String, split: SplitChoice) throws -> [Pair] {
        let claims = try JSONLines.read(ClaimRecord.self, from: claimsPath)
        let documents = try JSONLines.read(DocumentRecord.self, from: corpusPath)
        var byID: [Int: DocumentRecord] = [:]
        for document in documents { byID[document.doc_id] = document }
        var pairs: [Pair] = []
        for claim in claims {
            let part = part(citedDocIDs: claim.cited_doc_ids)
            guard split.includes(part) else { continue }
            for docID in claim.cited_doc_ids {
                guard let document = byID[docID] else {
                    throw BenchError("\(claimsPath): claim \(claim.id) cites doc \(docID), which \(corpusPath) does not hold")
                }
                let rationales = claim.evidence?[String(docID)] ?? []
                let label = rationales.first?.label ?? "NEI"
                pairs.append(Pair(
                    claimID: claim.id, claim: claim.claim, document: document, label: label,
                    rationale: Set(rationales.flatMap(\.sentences)), rationaleSets: rationales.map { Set($0.sentences) },
                    part: part))
            }
        }
        return pairs
    }
}
