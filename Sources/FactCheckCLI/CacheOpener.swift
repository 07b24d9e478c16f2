import FactCheck

/// Opens the source cache for a command: `--cache PATH` over `[cache] path` over the default.
enum CacheOpener {
    /// The open cache, or nil with a warning on stderr: a cache that cannot be opened (a read-only
    /// folder, a file from a newer factcheck) costs speed, never the run.
    static func open(explicit: String?, configuration: Configuration) -> CacheFile? {
        do throws(CacheFileError) {
            return try CacheFile.open(path: explicit, configuration: configuration) { Terminal.error("warning: \($0)") }
        } catch where error.isLocked {
            Terminal.error("warning: \(error); fetching without it")
            return nil
        } catch {
            Terminal.error("warning: cache \(error.path) cannot be used (\(error)); fetching without it")
            return nil
        }
    }
}
