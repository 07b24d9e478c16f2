import ArgumentParser
import FactCheck
import Foundation

/// Where a finished report goes, the same for `check` and `merge`: every format to files with
/// `--output`; without it, html to files (a page is no use on stdout) and the one other format to
/// stdout, in colour when it is text on a terminal.
enum ReportDelivery {
    /// With `quiet`, the paths written are not listed (`-q` means nothing but errors on stderr).
    static func deliver(_ report: Report, formats: [ReportFormat], output: String?, context: RenderContext, quiet: Bool = false) throws {
        var context = context
        if context.checkedAt == nil { context.checkedAt = Self.timestamp(Date()) }
        let fileFormats = output == nil ? formats.filter(\.writesFilesOnly) : formats
        let folder = output ?? CheckCommand.defaultHTMLFolder
        if !fileFormats.isEmpty {
            do {
                for path in try ReportWriter(directory: folder).write(report, formats: fileFormats, context: context) where !quiet { Terminal.log("wrote \(path)") }
            } catch let error as ReportWouldReplaceError {
                Terminal.error(error.description)
                throw ExitCode(ExitStatus.usage.rawValue)
            } catch {
                Terminal.error("\(FileWriteError(error, path: folder)); no reports written there")
                throw ExitCode(ExitStatus.fault.rawValue)
            }
        }
        if output == nil, let format = formats.first(where: { !$0.writesFilesOnly }) {
            context.color = format == .text && Terminal.wantsColor
            Terminal.output(try format.render(report, context: context))
        }
    }

    /// Refuses, before any article is read, a report folder that cannot be one: the path or the
    /// nearest part of it that exists is a file. Found after the run, it cost the whole check and
    /// ended as a fault (exit 3) rather than the usage error it is.
    static func checkFolder(_ folder: String, option: String) throws {
        try checkPlace(folder, option: option, isFolder: true)
    }

    /// The same for a file to be written (the baseline): the folders above it must not be files.
    static func checkFileFolder(_ file: String, option: String) throws {
        try checkPlace(file, option: option, isFolder: false)
    }

    private static func checkPlace(_ path: String, option: String, isFolder: Bool) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        var url = isFolder ? target : target.deletingLastPathComponent()
        while true {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    let what = url.path == target.path ? "is a file" : "is inside a file (\(url.lastPathComponent))"
                    throw ValidationError("\(option) \(path): \(what); give \(isFolder ? "a folder for the reports" : "a path in a folder")")
                }
                return
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return }
            url = parent
        }
    }

    /// "2026-12-06 10:30 UTC": when the pages say the check ran (UTC, so every reader agrees).
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }

    /// Local sources are named relative to the configuration's folder (where `files` are written
    /// relative to), else to the folder the command runs in.
    static func localPaths(configuration: String?) -> LocalSourcePath {
        let folder = configuration.map { URL(fileURLWithPath: $0).standardizedFileURL.deletingLastPathComponent().path }
        return LocalSourcePath(folder: folder ?? FileManager.default.currentDirectoryPath)
    }
}
