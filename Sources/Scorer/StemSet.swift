/// A small set of ``StemID``s (a sentence's content stems, a claim's): sorted and distinct, so a
/// membership test is a binary search over a few dozen integers, with no hashing.
struct StemSet: Equatable {
    /// Ascending, no repeats.
    private(set) var sorted: [StemID]

    init() { sorted = [] }

    init<S: Sequence>(_ ids: S) where S.Element == StemID {
        var all = Array(ids)
        all.sort()
        var unique: [StemID] = []
        unique.reserveCapacity(all.count)
        for id in all where unique.last != id { unique.append(id) }
        sorted = unique
    }

    var isEmpty: Bool { sorted.isEmpty }
    var count: Int { sorted.count }

    func contains(_ id: StemID) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            let value = sorted[middle]
            if value == id { return true }
            if value < id { low = middle + 1 } else { high = middle }
        }
        return false
    }

    func isSuperset<S: Sequence>(of other: S) -> Bool where S.Element == StemID { other.allSatisfy(contains) }

    func union<S: Sequence>(_ other: S) -> StemSet where S.Element == StemID { StemSet(sorted + Array(other)) }

    func subtracting(_ other: StemSet) -> StemSet {
        var result = StemSet()
        result.sorted = sorted.filter { !other.contains($0) }
        return result
    }
}
