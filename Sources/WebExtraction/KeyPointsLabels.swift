/// The titles of a "key points" box above an article ("Highlights", "At a glance"): its items
/// summarise the article, often in a few words each ("Almost silent at night"), so they are
/// not told from an ingredient list by their length. Under such a title in the article's header,
/// a list leaves the body with the header (``ArticleHeader``).
enum KeyPointsLabels {
    /// Titles, lower-cased, without a closing colon.
    static let titles: Set<String> = [
        "highlights", "key points", "key facts", "key takeaways", "takeaways", "at a glance", "in brief", "in short",
        "what you need to know", "the essentials", "summary", "auf einen blick", "das wichtigste in kürze", "das wichtigste",
    ]

    /// Whether the block's whole text is such a title.
    static func isTitle(_ text: String) -> Bool {
        var lowered = Substring(text.lowercased())
        while let last = lowered.last, last == ":" || last == " " { lowered.removeLast() }
        return titles.contains(String(lowered))
    }
}
