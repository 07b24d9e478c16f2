import TextAnalysis

/// The list of sources an article ends with ("Sources:", then numbered links to the reports it
/// cites) has the shape of a "Most read" list: three or more items, each a link to a document's
/// title. Its title tells them apart: a numbered list right after a line that names it as the
/// article's sources or references is the article's, however many links it holds.
enum SourceLists {
    /// A title is a word or two.
    static let maximumTitleCharacters = 40

    /// Whether the element right before `list` (its previous sibling with text) is such a title.
    static func isTitledAsSources(_ tree: PageTree, _ list: Int) -> Bool {
        let nodes = tree.nodes
        let parent = Int(nodes[list].parent)
        guard parent >= 0 else { return false }
        var previous = -1
        var child = parent + 1
        while child < list {
            if nodes[child].characters > 0 || nodes[child].tag != .text { previous = child }
            child = max(child + 1, Int(nodes[child].end))
        }
        guard previous >= 0 else { return false }
        var title: [UInt8] = []
        for index in previous..<Int(nodes[previous].end) where nodes[index].tag == .text {
            title.append(contentsOf: tree.bytes(of: nodes[index]))
            if title.count > maximumTitleCharacters * 2 { return false }
        }
        var words = BlockRenderer.folded(title).lowercased()
        while let last = words.last, last == ":" || last == "." { words.removeLast() }
        return Lexicon.referenceSectionTitles.contains(words)
    }
}
