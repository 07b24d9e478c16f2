/// An embedded post (from X, Twitter, Mastodon) comes wrapped in an element named after its
/// network ("twitter-embed", "embed-x", "is-provider-twitter"), words that also name share bars.
/// A share bar is buttons and links; an embed is a quotation of the post's words, and those words
/// are the article's (the statement it reports). So a wrapper whose text is mostly quoted words
/// outside links is not dropped for its name.
enum EmbeddedPosts {
    /// Visible characters of quoted text outside links: a sentence of a post, more than a
    /// share bar's "Tweet" or "Share on X".
    static let minimumQuotedCharacters: Int32 = 40

    /// Per element, the visible characters of its subtree's text that sit in a quotation and
    /// outside links.
    static func quotedCharacters(_ nodes: [PageNode]) -> [Int32] {
        var quoted = Array(repeating: Int32(0), count: nodes.count)
        for index in stride(from: nodes.count - 1, through: 0, by: -1) {
            let node = nodes[index]
            if node.tag == .text, node.context.contains(.quote), !node.context.contains(.link) { quoted[index] = node.characters }
            if node.parent >= 0 { quoted[Int(node.parent)] += quoted[index] }
        }
        return quoted
    }

    /// Whether the element holds a post: enough quoted words, at least half of its text.
    static func holdsPost(_ index: Int, quoted: [Int32], characters: [Int32]) -> Bool {
        quoted[index] >= minimumQuotedCharacters && 2 * quoted[index] >= characters[index]
    }
}
