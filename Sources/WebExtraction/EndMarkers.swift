/// Press releases and wire copy mark where the story ends: a line that says only "ENDS", "-ends-",
/// "###" or "-30-". What follows is for editors, not readers: notes to editors, media contacts,
/// boilerplate about the issuer. The marker, below the first paragraph of prose, ends the text;
/// above it, a marker-shaped line is something else.
enum EndMarkers {
    /// Cuts the marker and everything after it.
    static func cut(_ candidates: [BlockContext.Candidate], afterProseAt firstGood: Int, kept: inout [Bool]) {
        for index in candidates.indices where index > firstGood && kept[index] {
            guard let block = candidates[index].block, block.kind == .paragraph, isMarker(block.text) else { continue }
            for later in index..<candidates.count { kept[later] = false }
            return
        }
    }

    /// The line, spaces aside ("- ENDS -", "# # #"), is one of the markers: a paragraph of its own,
    /// not a table's cell "30".
    static func isMarker(_ text: String) -> Bool {
        guard text.count <= 12 else { return false }
        return markers.contains(text.lowercased().filter { !$0.isWhitespace })
    }

    static let markers: Set<String> = ["ends", "-ends-", "–ends–", "—ends—", "*ends*", "-end-", "###", "-30-"]
}
