extension Lexicon {
    /// Labels a page sets before its media and their credits: "Video: …", "Photo: …", "Credit: …",
    /// "Watch: …". General English web furniture: what follows the label describes or credits a
    /// picture, a clip or a recording set in the page, not a statement of the body. Read by the
    /// claim detector's page-furniture rule (`Extractor/ClaimNoise.isPageFurniture`) and by the
    /// transcript reader, to which such a label is no speaker (`Extractor/TranscriptSpeakers`).
    public static let mediaLabels: Set<String> = [
        "video", "videos", "photo", "photos", "image", "images", "picture", "pictures", "graphic", "illustration",
        "gallery", "slideshow", "audio", "podcast", "watch", "listen", "caption", "credit", "credits",
    ]
}
