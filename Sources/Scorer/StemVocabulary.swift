/// A stem as a small integer. Only meaningful with the ``StemVocabulary`` that issued it, that is
/// within one check (one ``TextAnalyzer``).
struct StemID: Hashable, Comparable {
    let raw: Int32

    static func < (lhs: StemID, rhs: StemID) -> Bool { lhs.raw < rhs.raw }
}

/// Numbers every distinct stem one check meets, densely from 0, in order of first sight.
///
/// The index, coverage and the verifier's features ask "is this stem there?" thousands of times per
/// check; with `String` keys a sixth of the time went to hashing strings. Interning hashes each
/// distinct word once, and everything after compares integers or indexes arrays by id.
///
/// Per check, not global: no lock, ids stay small (arrays indexed by id stay short), and nothing is
/// kept between checks. Ids depend on reading order, so no output may depend on their values or
/// their order, only on their equality (a test pins this: the same check in another order of
/// interning gives the same result).
final class StemVocabulary {
    /// Room for the distinct words of a claim and one abstract (SciFact: 118 median, 199 at the
    /// 90th percentile) from the start: the dictionaries' repeated doubling was 2 % of a check.
    static let typicalCount = 256

    private var ids: [String: StemID] = Dictionary(minimumCapacity: typicalCount)
    private(set) var stems: [String] = []

    var count: Int { stems.count }

    /// The id of `stem`, issued now if the stem is new.
    func id(of stem: String) -> StemID {
        if let known = ids[stem] { return known }
        let id = StemID(raw: Int32(stems.count))
        ids[stem] = id
        stems.append(stem)
        return id
    }

    /// The id of `stem` if it was issued, without issuing one.
    func existingID(of stem: String) -> StemID? { ids[stem] }

    func stem(of id: StemID) -> String { stems[Int(id.raw)] }
}
