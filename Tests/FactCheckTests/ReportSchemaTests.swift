import Foundation
import LoopbackHTTPServer
import TestSupport
import Testing

/// The JSON report against its schema (`Schemas/report.schema.json`, JSON Schema draft 2020-12),
/// on real output of the `factcheck` executable: the bundled example as the README runs it, and the
/// same example with literature search on against an emulated PubMed and Europe PMC on 127.0.0.1
/// holding papers written for this test, so that suggested citations, their roles and the search
/// summary are in the document validated. Validated with Python's `jsonschema`, as the SARIF test
/// does (`ReporterTests/SchemaValidationTests`): skipped with a message on a machine without it,
/// failed in CI (`CI` set), which must never pass without having validated anything.
@Suite(.serialized) struct ReportSchemaTests {
    static let packageRoot = PackageRoot.url
    static let schema = packageRoot.appendingPathComponent("Schemas/report.schema.json").path

    static let hasJSONSchema = JSONSchemaValidator.isInstalled(probe: "jsonschema.Draft202012Validator")

    static let validator = JSONSchemaValidator(draft: "Draft202012Validator", preparingSchema: "jsonschema.Draft202012Validator.check_schema(schema)")

    /// The validator's exit status (0: valid) and its messages, one violation a line.
    static func validate(_ json: String) throws -> ExternalTool.Result {
        try #require(hasJSONSchema, "python3 with jsonschema (draft 2020-12) is required in CI: pip install jsonschema")
        let workspace = try TestWorkspace()
        let path = try workspace.write("report.json", json)
        return try validator.validate(schema: schema, document: path, python: try #require(JSONSchemaValidator.python))
    }

    static let enabled = hasJSONSchema || ExternalTool.isCI

    @Test(.enabled(if: enabled, "needs python3 with jsonschema for JSON Schema draft 2020-12 (pip install jsonschema)")) func theExampleReportIsValid() throws {
        let run = try FactcheckProcess.run(
            ["--config", "Examples/walking-and-sleep/.factcheck.toml", "Examples/walking-and-sleep/article.md", "--format", "json",
             "--cache", FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString).sqlite").path],
            in: Self.packageRoot.path)
        #expect(run.status == 1, "the example has findings: \(run.stderr)")
        let result = try Self.validate(run.stdout)
        #expect(result.status == 0, "JSON report schema violations:\n\(result.output)")

        // The validator really checks: a verdict the contract does not have, and a key it does not list, are refused.
        let badVerdict = try Self.validate(run.stdout.replacingOccurrences(of: "\"verdict\" : \"overstated\"", with: "\"verdict\" : \"wrong\""))
        #expect(badVerdict.status == 1 && badVerdict.output.contains("'wrong'"), "\(badVerdict.output)")
        let unknownKey = try Self.validate(run.stdout.replacingOccurrences(of: "\"schema_version\" : 1,", with: "\"schema_version\" : 1, \"extra\" : 0,"))
        #expect(unknownKey.status == 1 && unknownKey.output.contains("extra"), "\(unknownKey.output)")
    }

    /// Papers for the example's uncited claim ("Research suggests that walking improves sleep quality
    /// in older adults"), written for this test.
    static let papers = [
        LiteraturePaper(
            pmid: "91000001", title: "Walking programmes and sleep quality in older adults: a systematic review",
            abstract: ["We reviewed nine trials of walking programmes in adults over sixty.",
                       "Walking improved sleep quality in older adults compared with usual activity."],
            doi: "10.5555/walking.sleep.2021", authors: ["Halloran B", "Mbeki T"], journal: "Journal of Ageing and Movement",
            year: 2021, publicationTypes: ["Journal Article", "Systematic Review"]),
        LiteraturePaper(
            pmid: "91000002", title: "Evening walks and sleep onset in retirees",
            abstract: ["Forty retirees walked for thirty minutes each evening for eight weeks.",
                       "Sleep quality did not change in older adults who walked."],
            authors: ["Quist A"], journal: "Sleep and Habit", year: 2019),
    ]

    @Test(.enabled(if: enabled, "needs python3 with jsonschema for JSON Schema draft 2020-12 (pip install jsonschema)")) func theExampleReportWithSuggestedCitationsIsValid() throws {
        let emulation = LiteratureAPIEmulation(index: LiteratureIndex(papers: Self.papers))
        let server = try LoopbackHTTPServer { emulation.respond(to: $0) }
        defer { server.stop() }
        let workspace = try TestWorkspace()
        let example = Self.packageRoot.appendingPathComponent("Examples/walking-and-sleep")
        for name in ["article.md", "sources/northfield-sleep-facts.html", "sources/lakeside-walking-review.html", "sources/walking-council-brief.html"] {
            try workspace.write(name, bytes: Array(try Data(contentsOf: example.appendingPathComponent(name))))
        }
        // The example's configuration with search on, at the emulation.
        let exampleConfiguration = try String(contentsOf: example.appendingPathComponent(".factcheck.toml"), encoding: .utf8)
        let sources = try #require(exampleConfiguration.components(separatedBy: "[search]").first)
        try workspace.write(".factcheck.toml", sources + """
            [search]
            backends = ["pubmed", "europepmc"]
            [search.pubmed]
            base_url = "\(server.url("/eutils/"))"
            [search.europepmc]
            base_url = "\(server.url("/europepmc/"))"

            [fetch]
            allow_private_network = true
            per_host_interval_ms = 0
            """)
        let run = try FactcheckProcess.run(
            ["--config", ".factcheck.toml", "article.md", "--format", "json", "--cache", workspace.path("cache.sqlite")],
            in: workspace.root.path, search: true)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
        let claims = try #require((report["articles"] as? [[String: Any]])?.first?["claims"] as? [[String: Any]])
        let suggestions = claims.flatMap { $0["suggestions"] as? [[String: Any]] ?? [] }
        #expect(suggestions.contains { $0["pmid"] as? String == "91000001" && $0["role"] as? String == "evidence" }, "\(run.stdout)")
        #expect(claims.contains { $0["search"] is [String: Any] })

        let result = try Self.validate(run.stdout)
        #expect(result.status == 0, "JSON report schema violations:\n\(result.output)")
        // A role the contract does not have is refused.
        let badRole = try Self.validate(run.stdout.replacingOccurrences(of: "\"role\" : \"evidence\"", with: "\"role\" : \"citation\""))
        #expect(badRole.status == 1 && badRole.output.contains("'citation'"), "\(badRole.output)")
    }
}
