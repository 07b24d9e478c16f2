extension Lexicon {
    /// Titles that open an article's reference list, lowercase and without their colon: a heading
    /// ("References", "Further reading", "Notes") or a label line ("Sources:") over the works an
    /// article cites. The usual English titles of a reference section, and German's "Quellen" and
    /// "Literatur", which web extraction read before the lists were joined (German pages end with
    /// them).
    ///
    /// The one home of a list written twice before session 19 (the extractor's reference headings
    /// and web extraction's source-list titles, with different members); both now read this union.
    /// Read by `Extractor/ArticleAssembler.markReferenceSections` (the blocks after such a heading
    /// hold citations, not claims) and `WebExtraction/SourceLists` (a numbered list of links right
    /// after such a title is the article's sources, no teaser list).
    public static let referenceSectionTitles: Set<String> = [
        "references", "reference", "reference list", "sources", "source", "our sources", "read the sources",
        "notes and sources", "bibliography", "works cited", "literature", "literature cited", "citations", "notes",
        "footnotes", "endnotes", "further reading", "quellen", "literatur",
    ]
}
