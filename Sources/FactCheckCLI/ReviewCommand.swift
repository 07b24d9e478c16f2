import ArgumentParser
import FactCheck
import Foundation

/// `factcheck review CLAIM_ID --verdict V --evidence URL [--note TEXT]`: records an editor's
/// decision in the `Claims/` ledger, one file per claim, which later runs report in place of the
/// tool's verdict.
///
/// The ledger stores the claim's *text* (later runs match rewordings against it), and an id alone
/// cannot be turned back into text. So the text comes from, in order: `--text`; the claims of
/// `--article FILE` (extracted again, as `factcheck claims FILE` lists them); or the claim's
/// existing ledger file (re-reviewing a decision). Whatever the source, the text must hash to
/// CLAIM_ID, so a file can never be filed under the wrong claim.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record an editor's verdict on a claim in the Claims/ ledger.",
        discussion: """
            CLAIM_ID is the id a report shows (c- and 8 hex digits). Give the claim's text with --text,
            or --article FILE to look the id up among that article's claims; re-reviewing a claim
            already in the ledger needs neither. The file Claims/CLAIM_ID.json is written atomically.
            """
    )

    @Argument(help: ArgumentHelp("The claim's id, as reports show it.", valueName: "claim-id"))
    var claimID: String

    @Option(help: ArgumentHelp("The editor's verdict: \(Verdict.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "verdict"))
    var verdict: String

    @Option(help: ArgumentHelp("A source the decision rests on (repeatable; at least one).", valueName: "url"))
    var evidence: [String] = []

    @Option(help: ArgumentHelp("Why: one line for the report.", valueName: "text"))
    var note: String = ""

    @Option(help: ArgumentHelp("Who decided (default: git config user.name, else $USER, else 'editor').", valueName: "name"))
    var reviewer: String?

    @Option(help: ArgumentHelp("The claim's text, exactly as the report shows it.", valueName: "text"))
    var text: String?

    @Option(help: ArgumentHelp("An article containing the claim: its text is found by id.", valueName: "file"))
    var article: String?

    @Option(help: ArgumentHelp("The ledger folder (default: Claims/ beside the configuration file, else in the current folder).", valueName: "dir"))
    var claims: String?

    @Option(help: ArgumentHelp("Configuration file (locates the default ledger folder).", valueName: "file"))
    var config: String?

    @Flag(name: .shortAndLong, help: "Nothing on stderr but errors (no \"wrote …\" line).")
    var quiet = false

    func validate() throws {
        if evidence.isEmpty { throw ValidationError("review needs at least one --evidence URL") }
        if text != nil, article != nil { throw ValidationError("give --text or --article, not both") }
        guard claimID.range(of: #"^c-[0-9a-f]{8}$"#, options: .regularExpression) != nil else {
            throw ValidationError("'\(claimID)' is not a claim id (c- and 8 hex digits, as reports show)")
        }
    }

    func run() throws {
        // One verdict, so `none` (which `--fail-on` takes) is not among the choices offered.
        guard let parsedVerdict = Verdict(rawValue: verdict.trimmingCharacters(in: .whitespaces).lowercased()) else {
            let known = Verdict.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--verdict: unknown verdict \"\(verdict)\" (known: \(known))")
        }
        let folder = try LedgerLoader.folder(claims: claims, config: config)
        let claimText = try resolveText(folder: folder)
        let entry = ClaimLedgerEntry(
            id: claimID, text: claimText, verdict: parsedVerdict, evidence: evidence.map { .init(url: $0) }, note: note,
            reviewer: reviewer ?? Self.defaultReviewer(), reviewedAt: ClaimLedgerEntry.timestamp())
        do {
            let path = try ClaimLedger.write(entry, to: folder)
            if !quiet { Terminal.log("wrote \(path)") }
        } catch {
            Terminal.error("\(FileWriteError(error, path: folder)) (the ledger entry)")
            throw ExitCode(ExitStatus.fault.rawValue)
        }
    }

    /// The claim's text, from `--text`, `--article` or the existing entry, checked against the id.
    func resolveText(folder: String) throws -> String {
        if let text {
            let id = ClaimID.make(for: text)
            guard id == claimID else {
                throw ValidationError("--text has claim id \(id), not \(claimID); copy the claim text exactly as the report shows it")
            }
            return text
        }
        if let article {
            // The same claims as `check` finds with this configuration (its [[source]] names count);
            // a broken configuration is reported as such, not as a problem of the article.
            let checker = FactChecker(configuration: try ConfigurationLoader.load(explicit: config), options: CheckOptions())
            let extracted: ExtractedArticle
            do {
                extracted = try checker.extractClaims(path: article)
            } catch {
                throw ValidationError("--article \(article): \(error)")
            }
            guard let claim = extracted.claims.first(where: { $0.id == claimID }) else {
                throw ValidationError("--article \(article): no claim \(claimID) (`factcheck claims \(article)` lists them)")
            }
            return claim.text
        }
        let existing = (folder as NSString).appendingPathComponent("\(claimID).json")
        if case .success(let entry) = ClaimLedger.readEntry(at: existing) { return entry.text }
        throw ValidationError("\(claimID) is not in the ledger yet: give its text with --text or its article with --article")
    }

    /// The name git commits under (the ledger lives in git), else the login name.
    static func defaultReviewer() -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "config", "user.name"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        if (try? process.run()) != nil {
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let name = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if process.terminationStatus == 0, !name.isEmpty { return name }
        }
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        return "editor"
    }
}
