import FactCheckModel

/// The claim-strength sentences (Yu, Li & Wang 2019: PubMed conclusion sentences labelled by the
/// strength of the relation they state) as the trainer and the benchmark read them, and the one
/// rule that splits them into a tuning part and a held-out part.
enum ClaimStrengthData {
    struct Record: Decodable {
        let id: String
        let text: String
        let label: String
    }

    struct Example {
        let id: String
        let text: String
        let strength: ClaimStrength
    }

    /// The data set's labels on our scale.
    static let strengths: [String: ClaimStrength] = [
        "no_relationship": .noRelationship, "correlational": .correlational,
        "conditional_causal": .conditionalCausal, "direct_causal": .directCausal,
    ]

    /// The split rule, the only one: a sentence is held out when the FNV-1a 64-bit hash of its `id`
    /// is divisible by 5 (about a fifth), else it is for tuning. The sentences are independent
    /// conclusion sentences, one per abstract, so the id is the unit.
    static func part(id: String) -> Scifact.Part {
        Scifact.fnv1a64(id) % 5 == 0 ? .heldout : .tune
    }

    /// The examples of `path` in `split`, in file order. Held-out sentences are dropped as they are
    /// read: the trainer asks for `tune` and never holds one.
    static func load(_ path: String, split: Scifact.SplitChoice) throws -> [Example] {
        try JSONLines.read(Record.self, from: path).compactMap { record in
            guard split.includes(part(id: record.id)) else { return nil }
            guard let strength = strengths[record.label] else {
                throw BenchError("\(path): \(record.id) has label '\(record.label)', not one of \(strengths.keys.sorted())")
            }
            return Example(id: record.id, text: record.text, strength: strength)
        }
    }
}
