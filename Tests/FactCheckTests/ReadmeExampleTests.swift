import Foundation
import TestSupport
import Testing

/// The README's example output is what the README's command prints today: the text report exactly,
/// and the JSON example wherever it does not elide a value with "…". Run from the package root, as
/// a newcomer runs it after cloning.
@Suite(.serialized) struct ReadmeExampleTests {
    static let packageRoot = PackageRoot.url
    static let command = ["--config", "Examples/walking-and-sleep/.factcheck.toml", "Examples/walking-and-sleep/article.md"]

    /// The fenced block between `<!-- name -->` and `<!-- /name -->`, without its fence lines.
    static func block(_ name: String) throws -> String {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- \(name) -->\n"), "README has no \(name) marker")
        let end = try #require(readme.range(of: "<!-- /\(name) -->", range: start.upperBound..<readme.endIndex))
        var lines = readme[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("```") == true && lines.dropLast().last == "```", "a fenced block between the \(name) markers")
        lines = Array(lines.dropFirst().dropLast(2))
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func theReadmeCommandIsTheTestedOneAndWorksAsRootOrUser() throws {
        let readme = try String(contentsOf: Self.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("swift run factcheck " + Self.command.joined(separator: " ")))
        #expect(readme.contains("$(command -v sudo) apt-get update && $(command -v sudo) apt-get install -y"), "works as root and as a user")
        let ci = try String(contentsOf: Self.packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(readme.contains("```sh\nswift test --disable-xctest\n```") && ci.contains("\nswift test --disable-xctest\n"), "CI runs the README's test command")
    }

    @Test func theTextExampleIsTodaysOutput() throws {
        let run = try FactcheckProcess.run(Self.command + ["--cache", FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString).sqlite").path], in: Self.packageRoot.path)
        #expect(run.status == 1, "the example has findings: \(run.stderr)")
        let shown = try Self.block("example-output")
        #expect(run.stdout == shown, "README's example output is stale; today's:\n\(run.stdout)")
    }

    @Test func theJSONExampleAgreesWithTodaysReportWhereverItShowsAValue() throws {
        let run = try FactcheckProcess.run(Self.command + ["--format", "json"], in: Self.packageRoot.path)
        let actual = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        let example = try JSONSerialization.jsonObject(with: Data(try Self.block("example-json").utf8))
        let differences = Self.differences(example, actual, at: "")
        #expect(differences.isEmpty, "README's JSON example is stale: \(differences.joined(separator: "; "))")
    }

    /// Where `example` says something other than `actual`: a string with "…" (and a key with it)
    /// stands for anything; an array of claims is matched by id, other arrays by position.
    static func differences(_ example: Any, _ actual: Any, at path: String) -> [String] {
        switch example {
        case let text as String where text.contains("…"):
            return []
        case let object as [String: Any]:
            guard let other = actual as? [String: Any] else { return ["\(path) is not an object"] }
            return object.keys.sorted().filter { !$0.contains("…") }.flatMap { key -> [String] in
                guard let value = other[key] else { return ["\(path).\(key) is missing"] }
                return differences(object[key]!, value, at: "\(path).\(key)")
            }
        case let array as [Any]:
            guard let other = actual as? [Any] else { return ["\(path) is not an array"] }
            return array.enumerated().flatMap { index, element -> [String] in
                if let id = (element as? [String: Any])?["id"] as? String {
                    guard let match = other.first(where: { ($0 as? [String: Any])?["id"] as? String == id }) else { return ["\(path): no \(id)"] }
                    return differences(element, match, at: "\(path)[\(id)]")
                }
                guard index < other.count else { return ["\(path)[\(index)] is missing"] }
                return differences(element, other[index], at: "\(path)[\(index)]")
            }
        default:
            let same = (example as? NSObject)?.isEqual(actual) ?? false
            return same ? [] : ["\(path) is \(actual), README says \(example)"]
        }
    }
}
