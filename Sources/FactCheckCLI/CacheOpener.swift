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
    /// folder, a file from a newer factcheck) costs speed, never the run.
    static func open(explicit: String?, settings: CacheSettings) -> SourceCache? {
        let settings = Self.settings(explicit: explicit, settings: settings)
        do {
            return try SourceCache.open(settings: settings) { Terminal.error("warning: \($0)") }
        } catch let error as SourceCacheLockedError {
            Terminal.error("warning: \(error); fetching without it")
            return nil
        } catch {
            Terminal.error("warning: cache \(settings.path) cannot be used (\(error)); fetching without it")
            return nil
        }
    }
}
