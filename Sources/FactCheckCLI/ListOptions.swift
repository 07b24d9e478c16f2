import ArgumentParser
import FactCheck

/// The comma-separated lists several commands take (`--format`, `--fail-on`), parsed one way so
/// every command accepts and rejects the same spellings with the same message.
enum ListOptions {
    /// `--format text,json`: known names, each once, in the order given. Without `--output`, only
    /// one format may print to stdout (html always goes to files).
    static func formats(_ list: String, output: String?) throws -> [ReportFormat] {
        var formats: [ReportFormat] = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            guard let format = ReportFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)' (known: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        if formats.isEmpty { throw ValidationError("--format needs at least one format") }
        if output == nil, formats.filter({ !$0.writesFilesOnly }).count > 1 {
            throw ValidationError("several formats need --output DIR (stdout takes one format at a time)")
        }
        return formats
    }

    /// `--fail-on contradicted,overstated` (or `none`).
    static func verdicts(_ list: String) throws -> Set<Verdict> {
        do {
            return try Verdict.parseList(list.split(separator: ",").map(String.init), context: "--fail-on")
        } catch {
            throw ValidationError(error.message)
        }
    }
}
