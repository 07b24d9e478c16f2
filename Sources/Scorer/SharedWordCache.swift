import Foundation

/// What a word analyses to (its stem, and whether it is a stop or cue word), remembered across
/// checks and threads.
///
/// Each check has its own analyzer, and most words of a check are new to that check, so each check
/// used to stem its words afresh: libstemmer was a tenth of a check's instructions. Abstracts share
/// most of their words, so the process keeps the answers. A stem is a pure function of the word,
/// so the cache changes no output, whichever thread filled it first. Bounded: past `capacity`
/// words it stops learning and the caller stems as before.
final class SharedWordCache: @unchecked Sendable {
    struct Entry {
        let stem: String
        let isCueOrStop: Bool
    }

    static let shared = SharedWordCache(capacity: 200_000)

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The entry for `word`, computed by `make` (outside the lock) if it is not known yet.
    func entry(for word: String, make: () -> Entry) -> Entry {
        lock.lock()
        let known = entries[word]
        lock.unlock()
        if let known { return known }
        let made = make()
        lock.lock()
        if entries.count < capacity { entries[word] = made }
        lock.unlock()
        return made
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }
}
