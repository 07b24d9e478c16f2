/// Why a page gave no result at all. A page that parses but holds no main text is not an error: it
/// gives a ``WebPage`` with no blocks.
public enum ExtractionError: Error, Equatable, CustomStringConvertible {
    /// Zero bytes.
    case empty
    /// The bytes are not text (control characters or NUL bytes where markup should be).
    case notText
    /// Larger than the extractor accepts (libxml2 counts lengths in 32 bits).
    case tooLarge(bytes: Int)
    /// libxml2 produced no document.
    case unparsable

    public var description: String {
        switch self {
        case .empty: "the page is empty"
        case .notText: "the page is binary data, not HTML text"
        case .tooLarge(let bytes): "the page is too large to extract (\(bytes) bytes)"
        case .unparsable: "the page could not be parsed as HTML"
        }
    }
}
