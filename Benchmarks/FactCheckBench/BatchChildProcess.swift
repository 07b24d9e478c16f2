import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a command as a child process and reports what the kernel measured for it alone.
///
/// Peak memory must be the run's own, not the harness's (which holds the HTTP server) and not a
/// previous run's: `getrusage(RUSAGE_CHILDREN)` keeps the maximum over every child ever waited for,
/// so each child is waited for with `wait4`, whose `rusage` covers exactly that process.
enum BatchChildProcess {
    struct Outcome {
        var exitStatus: Int32
        /// `ru_maxrss`: the peak resident set, in bytes (Linux reports kilobytes).
        var peakBytes: Int
        /// Wall-clock seconds from spawn to exit (process start-up included).
        var seconds: Double
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Outcome {
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawn(&pid, executable, nil, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed: \(String(cString: strerror(errno)))") }
        }
        let elapsed = clock.now - start
        // WIFEXITED/WEXITSTATUS are macros Swift cannot import; decode the status word by hand.
        let exited = status & 0x7F == 0
        return Outcome(
            exitStatus: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
            peakBytes: usage.ru_maxrss * 1024,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// This executable's own path, so the harness can re-invoke itself for one measured run.
    static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
