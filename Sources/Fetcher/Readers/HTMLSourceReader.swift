import FactCheckModel
import WebExtraction

/// Turns an HTML page into its title and readable passages, through ``WebPageExtractor``: the main
/// text only (navigation, banners, share bars, teasers and comments dropped), in paragraph-sized
/// passages that know their heading.
public enum HTMLSourceReader {
    /// Reads `bytes` as HTML.
    ///
    /// - Parameter charset: from the HTTP `Content-Type`; nil lets the extractor find it from a BOM or
    ///   `<meta charset>`. Bytes that are valid UTF-8 are read as UTF-8 whatever the label says, and a
    ///   charset nobody knows is ignored rather than failing the page.
    /// - Returns: no passages for a page that is empty, binary, or holds no text.
    public static func read(_ bytes: [UInt8], charset: String?) -> ReadableText {
        guard let page = try? WebPageExtractor.extract(bytes: bytes, charset: charset) else {
            return ReadableText(title: nil, passages: [])
        }
        return ReadableText(title: page.title, passages: WebPageExtractor.passages(of: page))
    }
}
