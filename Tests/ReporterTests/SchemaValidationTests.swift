import FactCheckModel
import Foundation
import TestSupport
import Testing
@testable import Reporter

/// SARIF output against the OASIS SARIF 2.1.0 JSON schema, and JUnit XML against ``JUnitSchema``.
///
/// The SARIF schema is not copied into this repository: the copy the team has carries no licence
/// notice of its own, and OASIS's terms ask for their notice on copies. The test reads it from
/// `FACTCHECK_SARIF_SCHEMA`, or from the team's `../shared/data/` beside the checkout (where CI has
/// it), and validates with Python's `jsonschema` (draft-07, the schema's own dialect).
@Suite struct SchemaValidationTests {
    static let sarifSchema: String? = {
        if let explicit = ProcessInfo.processInfo.environment["FACTCHECK_SARIF_SCHEMA"] { return explicit }
        let shared = PackageRoot.url.deletingLastPathComponent().appendingPathComponent("shared/data/sarif-schema-2.1.0.json").path
        return FileManager.default.fileExists(atPath: shared) ? shared : nil
    }()

    static let python: String? = JSONSchemaValidator.python

    static let hasJSONSchema = JSONSchemaValidator.isInstalled()

    static let xmllint: String? = ExternalTool.find("xmllint")

    static let validator = JSONSchemaValidator(draft: "Draft7Validator", preparingSchema: """
    # The team's copy keeps the top-level schema under definitions/Root with nothing at the top,
    # which would accept any document: validate against Root itself.
    if not any(key in schema for key in ("$ref", "properties", "required", "type")):
        if "Root" not in schema.get("definitions", {}):
            sys.exit("the schema constrains nothing at its top level")
        schema = dict(schema, **{"$ref": "#/definitions/Root"})
    """)

    /// Validates `sarif` and returns the validator's verdict and messages.
    static func validateSARIF(_ sarif: String) throws -> ExternalTool.Result {
        let python = try #require(Self.python, "python3 is not installed")
        let schema = try #require(Self.sarifSchema, "no SARIF schema: set FACTCHECK_SARIF_SCHEMA or provide ../shared/data/sarif-schema-2.1.0.json")
        return try ExternalTool.withTemporaryFile(named: "report.sarif", contents: sarif) { path in
            try validator.validate(schema: schema, document: path, python: python)
        }
    }

    // The schema is third-party and not in the repository, so a clone without it skips (even in
    // CI); with the schema present, CI must also have the validator, or the test fails.
    @Test(.enabled(if: sarifSchema != nil && (hasJSONSchema || ExternalTool.isCI),
                   "needs the SARIF 2.1.0 schema (FACTCHECK_SARIF_SCHEMA or ../shared/data/) and python3 with jsonschema (pip install jsonschema)"))
    func sarifOutputIsValidSARIF210() throws {
        try #require(Self.hasJSONSchema, "python3 with jsonschema is required in CI: pip install jsonschema")
        for report in [ReporterTests.report, HostileFixtures.report, Report(tool: .init(name: "factcheck", version: "0.1.0"), articles: [])] {
            let result = try Self.validateSARIF(try SARIFReportRenderer().render(report))
            #expect(result.status == 0, "SARIF schema violations:\n\(result.output)")
        }
        // The validator really checks: a level SARIF does not have is refused.
        let broken = try SARIFReportRenderer().render(ReporterTests.report).replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"fatal\"")
        let refused = try Self.validateSARIF(broken)
        #expect(refused.status == 1 && refused.output.contains("fatal"), "\(refused.output)")
    }

    static func validateJUnit(_ xml: String) throws -> ExternalTool.Result {
        let xmllint = try #require(Self.xmllint, "xmllint is required in CI: apt-get install libxml2-utils")
        return try ExternalTool.withTemporaryFile(named: "junit.xsd", contents: JUnitSchema.xsd) { schema in
            try ExternalTool.withTemporaryFile(named: "report.xml", contents: xml) { path in
                try ExternalTool.run(xmllint, ["--noout", "--nonet", "--schema", schema, path])
            }
        }
    }

    @Test(.enabled(if: xmllint != nil || ExternalTool.isCI, "needs libxml2's xmllint (apt-get install libxml2-utils)"))
    func junitOutputIsValidAgainstTheJUnitSchema() throws {
        let cases: [(Report, Set<Verdict>)] = [
            (ReporterTests.report, [.overstated]), (HostileFixtures.report, [.contradicted]),
            (Report(tool: .init(name: "factcheck", version: "0.1.0"), articles: []), []),
        ]
        for (report, failOn) in cases {
            let xml = try JUnitReportRenderer(failOn: failOn).render(report)
            let result = try Self.validateJUnit(xml)
            #expect(result.status == 0, "JUnit schema violations:\n\(result.output)")
        }
        // The schema really checks: a test case without a name is refused.
        let broken = try JUnitReportRenderer(failOn: []).render(ReporterTests.report).replacingOccurrences(of: "<testcase name=", with: "<testcase title=")
        #expect(try Self.validateJUnit(broken).status != 0)
    }
}
