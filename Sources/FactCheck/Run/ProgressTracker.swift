import Foundation

/// The state of a run's progress display and its text, kept apart from the terminal so that it
/// can be tested without one: articles done out of total, distinct sources read, elapsed time and
/// an estimate of the time left.
///
/// Not thread-safe on its own; the CLI's display wraps it in a lock, since events arrive from the
/// tasks that check articles.
public struct ProgressTracker: Sendable {
    public private(set) var total = 0
    public private(set) var done = 0
    /// The hashes of the sources' URLs, not the URLs: a long batch reads thousands, and a count
    /// needs only to tell them apart (two URLs sharing a 64-bit hash is vanishingly unlikely).
    private var sources: Set<Int> = []

    public init() {}

    public var sourcesRead: Int { sources.count }

    /// Folds one pipeline event in; returns true when an article finished (a moment to redraw).
    @discardableResult
    public mutating func record(_ event: ProgressEvent) -> Bool {
        switch event {
        case .discovered(let articles): total = articles
        case .sourcesRead(let urls): sources.formUnion(urls.lazy.map(\.hashValue))
        case .articleFinished:
            done += 1
            return true
        case .articleStarted: break
        @unknown default: break
        }
        return false
    }

    /// Seconds left if the remaining articles go at the pace so far; nil before the first one.
    public func secondsLeft(elapsed: Double) -> Double? {
        guard done > 0, total >= done else { return nil }
        return elapsed / Double(done) * Double(total - done)
    }

    /// The terminal's line: `[#####-----] 120/1000 articles  310 sources  0:42 elapsed  ~5:06 left`.
    public func barLine(elapsed: Double, width: Int = 20) -> String {
        let fraction = total > 0 ? Double(done) / Double(total) : 0
        let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        return "[\(bar)] " + summary(elapsed: elapsed)
    }

    /// A CI log line: `120/1000 articles  310 sources  0:42 elapsed  ~5:06 left`.
    public func summary(elapsed: Double) -> String {
        var line = "\(done)/\(total) articles  \(sourcesRead) source\(sourcesRead == 1 ? "" : "s")  \(Self.clock(elapsed)) elapsed"
        if done < total, let left = secondsLeft(elapsed: elapsed) { line += "  ~\(Self.clock(left)) left" }
        return line
    }

    /// Whether a plain-log run should print after this article: every article for small runs, about
    /// fifty lines for large ones, and always the last, so CI logs show pace without flooding.
    public var isLogMoment: Bool {
        done == total || done % max(1, total / 50) == 0
    }

    /// `m:ss`, or `h:mm:ss` past an hour.
    static func clock(_ seconds: Double) -> String {
        let whole = max(0, Int(seconds.rounded()))
        let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }
}
