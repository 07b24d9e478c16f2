/// Why an article could not be read. Every case names the file and what is wrong with it, so a
/// batch can report it as an error entry and go on.
public enum ExtractionError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case invalidUTF8(path: String, byteOffset: Int)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case unsupportedType(path: String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file"
        case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
        case .empty(let path): "\(path): the file is empty"
        case .binary(let path): "\(path): looks like a binary file (it contains NUL bytes), not an article"
        case .invalidUTF8(let path, let offset): "\(path): not valid UTF-8 (first bad byte at offset \(offset))"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): \(bytes) bytes is over the \(limit)-byte limit for one article"
        case .unsupportedType(let path):
            "\(path): not an article type factcheck reads (.txt, .md, .markdown, .html, .htm)"
        }
    }
}
