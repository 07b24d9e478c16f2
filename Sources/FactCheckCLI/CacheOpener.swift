import ArgumentParser
import FactCheck
import Fetcher

/// Opens the source cache for a command: `--cache PATH` over `[cache] path` over the default.
enum CacheOpener {
    /// The settings with `--cache` applied.
    static func settings(explicit: String?, settings: CacheSettings) -> CacheSettings {
        var settings = settings
        if let explicit { settings.path = explicit }
        return settings
    }

    /// The open cache, or nil with a warning on stderr: a cache that cannot be opened (a read-only
    /// folder, a file from a newer factcheck) costs speed, never the run. A path that holds some
    /// other file is a usage error (exit 2): it is most likely a typo, and the file is left alone.
    static func open(explicit: String?, settings: CacheSettings) throws -> SourceCache? {
        let settings = Self.settings(explicit: explicit, settings: settings)
        do {
            return try SourceCache.open(settings: settings) { Terminal.error("warning: \($0)") }
        } catch let error as SourceCacheNotADatabaseError {
            throw refusal(error)
        } catch let error as SourceCacheLockedError {
            Terminal.error("warning: \(error); fetching without it")
            return nil
        } catch {
            Terminal.error("warning: cache \(settings.path) cannot be used (\(error)); fetching without it")
            return nil
        }
    }

    /// Says why a path that is not a cache was refused, and gives the exit status for it.
    static func refusal(_ error: SourceCacheNotADatabaseError) -> ExitCode {
        Terminal.error(error.description)
        return ExitCode(ExitStatus.usage.rawValue)
    }
}
