/// Python's `jsonschema` run on a schema file and a document file, as the report-schema and SARIF
/// tests use it: one script, so every schema test prints its violations the same way (one a line,
/// `/path/to/key: message`) and exits 1 on any. The drafts differ (the JSON report is draft
/// 2020-12, SARIF draft-07), and so does what a schema needs before use: both are arguments.
public struct JSONSchemaValidator: Sendable {
    /// The `jsonschema` class: `Draft202012Validator`, `Draft7Validator`.
    public var draft: String
    /// Python lines run on `schema` after it is read and before the document is validated (a
    /// meta-schema check, a fix-up of the schema's top level); none by default.
    public var preparingSchema: String

    public init(draft: String, preparingSchema: String = "") {
        self.draft = draft
        self.preparingSchema = preparingSchema
    }

    public static let python: String? = ExternalTool.find("python3")

    /// Whether python3 imports `jsonschema` and then runs `probe` (a draft this module must have).
    public static func isInstalled(probe: String = "") -> Bool {
        guard let python else { return false }
        let code = probe.isEmpty ? "import jsonschema" : "import jsonschema; \(probe)"
        return (try? ExternalTool.run(python, ["-c", code]).status) == 0
    }

    public var script: String {
        """
        import json, sys
        import jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        \(preparingSchema)
        document = json.load(open(sys.argv[2], encoding="utf-8"))
        validator = jsonschema.\(draft)(schema, format_checker=jsonschema.FormatChecker())
        errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
        for error in errors:
            print("/" + "/".join(map(str, error.absolute_path)) + ": " + error.message)
        sys.exit(1 if errors else 0)
        """
    }

    /// The validator's exit status (0: valid) and its messages, with `python`.
    public func validate(schema: String, document: String, python: String) throws -> ExternalTool.Result {
        try ExternalTool.run(python, ["-c", script, schema, document])
    }
}
