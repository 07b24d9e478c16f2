import FactCheckModel

/// Picks the reader for a body by its media type and builds the document from what it reads.
enum SourceContentReader {
    /// A finished document for a complete body: `.ok` with passages, or `.unreadable` saying why.
    static func document(
        for ref: SourceRef, finalURL: String?, mediaType declared: MediaType?, body: [UInt8]
    ) -> SourceDocument {
        let mediaType = declared ?? MediaType.sniff(body)
        let contentTypeLabel = declared.map(describe)
        func unreadable(_ reason: String) -> SourceDocument {
            SourceDocument(ref: ref, status: .unreadable, reason: reason, finalURL: finalURL,
                           contentType: contentTypeLabel)
        }
        guard let mediaType else { return unreadable("not readable: unknown content type") }
        let text: ReadableText
        if mediaType.isHTML {
            text = HTMLSourceReader.read(body, charset: mediaType.charset)
        } else if mediaType.isPlainText {
            text = PlainTextSourceReader.read(
                body, charset: mediaType.charset, markdown: mediaType.essence == "text/markdown")
        } else {
            return unreadable("not readable: \(mediaType.essence)")
        }
        guard !text.passages.isEmpty else { return unreadable("no readable text") }
        return SourceDocument(
            ref: ref, status: .ok, finalURL: finalURL, title: text.title,
            contentType: contentTypeLabel ?? describe(mediaType), passages: text.passages)
    }

    private static func describe(_ mediaType: MediaType) -> String {
        mediaType.charset.map { "\(mediaType.essence); charset=\($0)" } ?? mediaType.essence
    }
}
