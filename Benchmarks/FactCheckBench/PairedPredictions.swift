/// Two `verify --predictions` files of the same run shape, joined line by line with SciFact's gold
/// label: the input of ``PredictionComparison``.
///
/// A line is keyed by (claim, cited document, round); a run without `--cross-fit` writes no round
/// and counts as round 0. The two files must hold exactly the same keys, each once: a comparison of
/// two runs over different claims, or with a different number of rounds, would count the missing
/// lines as neither right nor wrong and report a difference that is only the files' shape. Every
/// key must also be a (claim, cited document) pair of the claims file, so the gold is known.
struct PairedPredictions {
    /// The fields of a predictions line this comparison reads; the rest of the line is ignored.
    struct Line: Decodable {
        let claim_id: Int
        let doc_id: Int
        let label: String
        let round: Int?
    }

    struct Key: Hashable, Comparable {
        let round: Int
        let claimID: Int
        let docID: Int

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.round, lhs.claimID, lhs.docID) < (rhs.round, rhs.claimID, rhs.docID)
        }
    }

    /// One pair of one round: its gold label and the two runs' labels.
    struct Item: Equatable {
        let round: Int
        let gold: String
        let before: String
        let after: String
    }

    /// In (round, claim, document) order.
    let items: [Item]
    /// The rounds present, ascending.
    var rounds: [Int] { Array(Set(items.map(\.round))).sorted() }

    /// `gold`: (claim, document) → SUPPORT / CONTRADICT / NEI (``goldLabels(_:)``). The names are
    /// the files' paths, used in the errors so the message says which file is off.
    init(gold: [PairID: String], before: [Line], beforeName: String, after: [Line], afterName: String) throws {
        let beforeByKey = try Self.index(before, name: beforeName, gold: gold)
        let afterByKey = try Self.index(after, name: afterName, gold: gold)
        for (key, _) in beforeByKey where afterByKey[key] == nil {
            throw BenchError("\(afterName) has no line for claim \(key.claimID), doc \(key.docID), round \(key.round), which \(beforeName) has (\(afterByKey.count) lines against \(beforeByKey.count)): compare runs of the same claims, split and --cross-fit-rounds")
        }
        for (key, _) in afterByKey where beforeByKey[key] == nil {
            throw BenchError("\(beforeName) has no line for claim \(key.claimID), doc \(key.docID), round \(key.round), which \(afterName) has (\(beforeByKey.count) lines against \(afterByKey.count)): compare runs of the same claims, split and --cross-fit-rounds")
        }
        items = beforeByKey.keys.sorted().map { key in
            Item(round: key.round, gold: gold[PairID(claimID: key.claimID, docID: key.docID)]!,
                 before: beforeByKey[key]!, after: afterByKey[key]!)
        }
    }

    /// A (claim, cited document) pair, the key of the gold labels.
    struct PairID: Hashable {
        let claimID: Int
        let docID: Int
    }

    /// SciFact's gold label of every (claim, cited document) pair, as `verify` reads it
    /// (``Scifact/pairs(claimsPath:corpusPath:split:)``): the first rationale's label, and a cited
    /// document with no evidence entry is NEI.
    static func goldLabels(_ claims: [Scifact.ClaimRecord]) -> [PairID: String] {
        var gold: [PairID: String] = [:]
        for claim in claims {
            for docID in claim.cited_doc_ids {
                gold[PairID(claimID: claim.id, docID: docID)] = claim.evidence?[String(docID)]?.first?.label ?? "NEI"
            }
        }
        return gold
    }

    private static func index(_ lines: [Line], name: String, gold: [PairID: String]) throws -> [Key: String] {
        guard !lines.isEmpty else { throw BenchError("\(name) holds no predictions") }
        var byKey: [Key: String] = [:]
        for line in lines {
            let key = Key(round: line.round ?? 0, claimID: line.claim_id, docID: line.doc_id)
            guard byKey[key] == nil else {
                throw BenchError("\(name) has two lines for claim \(key.claimID), doc \(key.docID), round \(key.round)")
            }
            guard gold[PairID(claimID: line.claim_id, docID: line.doc_id)] != nil else {
                throw BenchError("\(name): claim \(line.claim_id) with doc \(line.doc_id) is not a cited pair of the claims file")
            }
            guard VerifyMetrics.labels.contains(line.label) else {
                throw BenchError("\(name): claim \(line.claim_id), doc \(line.doc_id) has label \(line.label), not one of \(VerifyMetrics.labels.joined(separator: ", "))")
            }
            byKey[key] = line.label
        }
        return byKey
    }
}
