import FactCheck
import Foundation

/// Shows a run's progress on stderr, never stdout (a machine format may be there):
///
/// - at a terminal, one line redrawn in place (`\r`, erase to end of line), at most ten times a
///   second, cleared when the run ends;
/// - elsewhere (CI logs, a file), plain lines, about fifty per run (every article with `--verbose`);
/// - with `--quiet`, nothing (errors still print: they go through ``Terminal/error(_:)``).
final class ProgressDisplay: @unchecked Sendable {
    enum Mode { case bar, lines, off }

    private let mode: Mode
    private let verbose: Bool
    private let lock = NSLock()
    private var tracker = ProgressTracker()
    private let start = ContinuousClock.now
    private var lastDraw: ContinuousClock.Instant?
    private var drewBar = false

    init(mode: Mode, verbose: Bool) {
        self.mode = mode
        self.verbose = verbose
    }

    /// The mode for this process: a bar for a person at a terminal (not `TERM=dumb`), lines otherwise.
    static func mode(quiet: Bool) -> Mode {
        if quiet { return .off }
        let dumb = ProcessInfo.processInfo.environment["TERM"] == "dumb"
        return isatty(STDERR_FILENO) == 1 && !dumb ? .bar : .lines
    }

    /// What to give the run: nil when nothing is shown (`--quiet`), so that the run neither lists
    /// each article's sources for it nor is a set of every source kept.
    var listener: (@Sendable (ProgressEvent) -> Void)? {
        guard mode != .off else { return nil }
        return { @Sendable [self] event in handle(event) }
    }

    func handle(_ event: ProgressEvent) {
        lock.lock()
        defer { lock.unlock() }
        guard tracker.record(event) else { return }
        let elapsed = seconds(since: start)
        switch mode {
        case .off:
            break
        case .lines:
            if verbose, case .articleFinished(let path, let claims, let errors) = event {
                Terminal.log("[\(tracker.done)/\(tracker.total)] checked \(path): \(claims) claim\(claims == 1 ? "" : "s")\(errors > 0 ? ", \(errors) error(s)" : "")")
            } else if tracker.isLogMoment {
                Terminal.log("progress: " + tracker.summary(elapsed: elapsed))
            }
        case .bar:
            let now = ContinuousClock.now
            if let lastDraw, tracker.done < tracker.total, now - lastDraw < .milliseconds(100) { return }
            lastDraw = now
            drewBar = true
            FileHandle.standardError.write(Data(("\r" + tracker.barLine(elapsed: elapsed) + "\u{1B}[K").utf8))
        }
    }

    /// Ends the bar's line, so what follows (paths written, errors) starts on a fresh one.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drewBar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drewBar = false
    }

    private func seconds(since instant: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - instant
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
