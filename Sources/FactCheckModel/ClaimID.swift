/// Stable claim identifiers.
///
/// An id must survive re-runs, machines and Swift versions (it names files in `Claims/`), so it is
/// a 64-bit FNV-1a hash of the normalised text, never Swift's per-process seeded `Hasher`.
public enum ClaimID {
    /// `c-` and 8 hex digits, from the claim text lowercased, with punctuation dropped and white
    /// space folded: "More than 80 %  of people" and "more than 80% of people." share an id.
    public static func make(for text: String) -> String {
        let hash = FNV1a.hash(normalise(text))
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let hex = String(folded, radix: 16)
        return "c-" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The text a claim id is computed from.
    public static func normalise(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }
}
