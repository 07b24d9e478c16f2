import FactCheckModel

/// What a reader makes of a document: its title and its text in reading order, as passages.
public struct ReadableText: Sendable, Hashable {
    public var title: String?
    public var passages: [Passage]

    public init(title: String?, passages: [Passage]) {
        self.title = title
        self.passages = passages
    }
}

/// Accumulates paragraphs into numbered passages, each tagged with the heading last seen.
struct PassageBuilder {
    private(set) var passages: [Passage] = []
    var heading: String?

    /// Adds `text` with its white space folded; empty text adds nothing.
    mutating func add(_ text: String) {
        let folded = WhiteSpace.fold(text)
        guard !folded.isEmpty else { return }
        passages.append(Passage(index: passages.count, text: folded, heading: heading))
    }
}

enum WhiteSpace {
    /// Runs of white space (spaces, tabs, line breaks, no-break spaces) become one space; ends trimmed.
    static func fold(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace {
                    result.unicodeScalars.append(" ")
                    pendingSpace = false
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
