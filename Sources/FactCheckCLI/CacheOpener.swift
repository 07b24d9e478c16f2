import ArgumentParser
import FactCheck

/// Opens the source cache for a command: `--cache PATH` over `[cache] path` over the default.
enum CacheOpener {
    /// The open cache, or nil with a warning on stderr: a cache that cannot be opened (a read-only
    /// folder, a file from a newer factcheck) costs speed, never the run. A path that holds some
    /// other file is a usage error (exit 2): it is most likely a typo, and the file is left alone.
    static func open(explicit: String?, configuration: Configuration) throws -> CacheFile? {
        do throws(CacheFileError) {
            return try CacheFile.open(path: explicit, configuration: configuration) { Terminal.error("warning: \($0)") }
        } catch where error.isNotACache {
            throw refusal(error)
        } catch where error.isLocked {
            Terminal.error("warning: \(error); fetching without it")
            return nil
        } catch {
            Terminal.error("warning: cache \(error.path) cannot be used (\(error)); fetching without it")
            return nil
        }
    }

    /// Says why a path that is not a cache was refused, and gives the exit status for it.
    static func refusal(_ error: CacheFileError) -> ExitCode {
        Terminal.error(error.description)
        return ExitCode(ExitStatus.usage.rawValue)
    }
}
