/// Why a response could not be read as the format it was asked for.
public enum ScholarlyParseError: Error, Equatable, CustomStringConvertible {
    /// Not well-formed XML, or refused by the parser's safety limits (entity expansion).
    case malformedXML(String)
    /// Not JSON, or JSON of another shape.
    case malformedJSON(String)

    public var description: String {
        switch self {
        case .malformedXML(let detail): "not readable XML: \(detail)"
        case .malformedJSON(let detail): "not readable JSON: \(detail)"
        }
    }
}
