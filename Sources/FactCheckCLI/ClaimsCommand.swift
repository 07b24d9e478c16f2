import ArgumentParser
import FactCheck
import Foundation

/// `factcheck claims FILE`: the claims only.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the claims found in an article, one per line (or --format json)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "An article file.")
    var file: String

    @Option(help: "text or json.")
    var format: Format = .text

    @Flag(name: .shortAndLong, help: "Also list the sentences that are not claims, and why.")
    var verbose = false

    @Option(help: ArgumentHelp(
        "Configuration file (default: the nearest .factcheck.toml); its [[source]] names make attributed sentences claims, as in check.",
        valueName: "file"))
    var config: String?

    func validate() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("\(file) is a folder; claims takes one article file (check takes folders)")
        }
    }

    func run() throws {
        let checker = FactChecker(configuration: try ConfigurationLoader.load(explicit: config), options: CheckOptions())
        let extracted: ExtractedArticle
        do {
            extracted = try checker.extractClaims(path: file)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
        switch format {
        case .json:
            struct Output: Encodable {
                var path: String
                var claims: [Claim]
                var skipped: [SkippedSentence]?
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(Output(path: file, claims: extracted.claims, skipped: verbose ? extracted.skipped : nil))
            Terminal.output(String(decoding: data, as: UTF8.self) + "\n")
        case .text:
            var out = ""
            for claim in extracted.claims {
                let score = String(format: "%.2f", claim.checkworthiness)
                out += "\(claim.span.line):\(claim.span.column)\t\(score)\t\(claim.kind.rawValue)\t\(claim.text)\n"
            }
            if verbose {
                for sentence in extracted.skipped {
                    out += "\(sentence.span.line):\(sentence.span.column)\tskipped (\(sentence.why))\t\(sentence.text)\n"
                }
            }
            Terminal.output(out)
        }
    }
}
