/// How a report names a local source file (from `[[source]] files` or `--source`): by its path
/// relative to the folder the configuration lives in (or the one the run started in), never by the
/// absolute path the fetcher read. A report is published and shared: `/home/ann/…` or `/tmp/…` says
/// something about the machine and nothing to the reader, and changes from one checkout to the next.
/// Web sources (anything that is not an absolute path) are shown as they are.
public struct LocalSourcePath: Sendable, Equatable {
    /// The absolute folder paths are made relative to; nil leaves them as they are.
    public var folder: String?

    public init(folder: String?) {
        self.folder = folder
    }

    public func shown(_ url: String) -> String {
        guard url.hasPrefix("/"), let folder, folder.hasPrefix("/") else { return url }
        let target = url.split(separator: "/", omittingEmptySubsequences: true)
        let base = folder.split(separator: "/", omittingEmptySubsequences: true)
        var common = 0
        // Shared leading folders, never the file name itself.
        while common < base.count, common < target.count - 1, target[common] == base[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...].map(String.init)).joined(separator: "/")
    }
}
