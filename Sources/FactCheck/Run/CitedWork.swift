/// Work that articles in flight share, keyed by what they cite (a URL, a claim id): started once
/// however many of them ask, and kept only while one of them still cites it.
///
/// An article cites its keys when its plan is made and releases them when it finishes, so a key is
/// counted once per article in flight. Forgetting is what keeps a batch's memory flat: a run of
/// 3,000 articles holds the work of the articles in flight, not of every article so far.
struct CitedWork<Value: Sendable> {
    private var citations: [String: Int] = [:]
    private var tasks: [String: Task<Value, Never>] = [:]

    /// Nothing cited, nothing kept.
    var isEmpty: Bool { citations.isEmpty && tasks.isEmpty }

    mutating func cite(_ keys: some Sequence<String>) {
        for key in keys { citations[key, default: 0] += 1 }
    }

    /// The last release of a key drops its work; an article still waiting for it keeps its own
    /// handle on the task, so forgetting never cancels anything.
    mutating func release(_ keys: some Sequence<String>) {
        for key in keys {
            guard let count = citations[key] else { continue }
            if count > 1 {
                citations[key] = count - 1
            } else {
                citations[key] = nil
                tasks[key] = nil
            }
        }
    }

    /// The work for `key`, started by `start` unless it already is. Work for a key nobody cites is
    /// done but not kept.
    mutating func task(for key: String, start: @escaping @Sendable () async -> Value) -> Task<Value, Never> {
        if let task = tasks[key] { return task }
        let task = Task { await start() }
        if citations[key] != nil { tasks[key] = task }
        return task
    }
}
