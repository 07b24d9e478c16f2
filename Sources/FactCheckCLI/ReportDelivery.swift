import ArgumentParser
import FactCheck
import FactCheckModel
import Reporter

/// Where a finished report goes, the same for `check` and `merge`: every format to files with
/// `--output`; without it, html to files (a page is no use on stdout) and the one other format to
/// stdout, in colour when it is text on a terminal.
enum ReportDelivery {
    /// With `quiet`, the paths written are not listed (`-q` means nothing but errors on stderr).
    static func deliver(_ report: Report, formats: [ReportFormat], output: String?, context: RenderContext, quiet: Bool = false) throws {
        var context = context
        let fileFormats = output == nil ? formats.filter(\.writesFilesOnly) : formats
        let folder = output ?? CheckCommand.defaultHTMLFolder
        if !fileFormats.isEmpty {
            do {
                for path in try ReportWriter(directory: folder).write(report, formats: fileFormats, context: context) where !quiet { Terminal.log("wrote \(path)") }
            } catch {
                Terminal.error("\(FileWriteError(error, path: folder)); no reports written there")
                throw ExitCode(ExitStatus.fault.rawValue)
            }
        }
        if output == nil, let format = formats.first(where: { !$0.writesFilesOnly }) {
            context.color = format == .text && Terminal.wantsColor
            Terminal.output(try format.renderer(context).render(report))
        }
    }
}
