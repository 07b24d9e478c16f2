/// Image captions and credits ("Striking staff outside the library. Photograph: A. Person",
/// "Foto: dpa") describe pictures the extracted text does not carry, and read as stray lines
/// without them; trafilatura's evaluation counts them as boilerplate. They are dropped, except on
/// pages whose text is mostly captions: a slideshow or a gallery, where the captions are the
/// article.
enum ImageCaptions {
    static func withoutCaptions(_ candidates: [BlockContext.Candidate]) -> [BlockContext.Candidate] {
        var captionCharacters = 0
        var otherCharacters = 0
        for candidate in candidates {
            guard let block = candidate.block else { continue }
            if candidate.isImageCaption {
                captionCharacters += block.text.utf8.count
            } else if block.kind != .heading {
                otherCharacters += block.text.utf8.count
            }
        }
        guard captionCharacters < otherCharacters || captionCharacters == 0 else { return candidates }
        // With the captions go the marks of what was dropped inside figures (credits), which
        // would otherwise separate the paragraphs around the picture.
        return candidates.filter { !$0.isImageCaption }
    }
}
