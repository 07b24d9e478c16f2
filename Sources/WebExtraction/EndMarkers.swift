/// Press releases and wire copy mark where the story ends: a line that says only "ENDS", "-ends-",
/// "###" or "-30-". What follows is for editors, not readers: notes to editors, media contacts,
/// boilerplate about the issuer. The marker, below the first paragraph of prose, ends the text;
/// above it, a marker-shaped line is something else.
enum EndMarkers {
    /// Cuts the marker and everything after it, when what follows is a release's notes (a
    /// heading or an opening such as "Notes to editors", "Media contact", "About …") or a short
    /// remainder. A "###" between sections of an article, with several paragraphs of the story
    /// after it, is a section break: only the marker goes.
    static func cut(_ candidates: [BlockContext.Candidate], afterProseAt firstGood: Int, kept: inout [Bool]) {
        for index in candidates.indices where index > firstGood && kept[index] {
            guard let block = candidates[index].block, block.kind == .paragraph, isMarker(block.text) else { continue }
            let following = candidates.indices.filter { $0 > index && kept[$0] }.compactMap { candidates[$0].block }
            let notes = following.first.map { isNotesOpening($0.text) } ?? true
            let proseCharacters = following.filter { $0.kind == .paragraph }.reduce(0) { $0 + $1.text.count }
            if notes || following.count < minimumBodyBlocks || proseCharacters < minimumBodyCharacters {
                for later in index..<candidates.count { kept[later] = false }
                return
            }
            kept[index] = false
        }
    }

    /// What follows a section break: several blocks and a few paragraphs' text.
    static let minimumBodyBlocks = 3
    static let minimumBodyCharacters = 200

    /// Whether a block opens a release's notes for editors.
    static func isNotesOpening(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return notesOpenings.contains { lowered.hasPrefix($0) }
    }

    static let notesOpenings = [
        "notes to editor", "note to editor", "notes for editor", "note for editor", "editor's note", "editors' note",
        "editors note", "media contact", "press contact", "media enquiries", "press enquiries", "media inquiries",
        "press inquiries", "for more information", "for further information", "contact:", "contacts:", "about ",
        "source:", "background", "hinweis für redaktion", "pressekontakt", "über ",
    ]

    /// The line, spaces aside ("- ENDS -", "# # #"), is one of the markers: a paragraph of its own,
    /// not a table's cell "30".
    static func isMarker(_ text: String) -> Bool {
        guard text.count <= 12 else { return false }
        return markers.contains(text.lowercased().filter { !$0.isWhitespace })
    }

    static let markers: Set<String> = ["ends", "-ends-", "–ends–", "—ends—", "*ends*", "-end-", "###", "-30-"]
}
