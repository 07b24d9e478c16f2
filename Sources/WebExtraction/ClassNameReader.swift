/// Reads one class name ("post-comments", "hidden-xs", "tag-sylvester") token by token and judges
/// it as a whole, for ``BoilerplateNames``: what a token means depends on the tokens beside it.
///
/// - A taxonomy label names the element's subject, not its role: blog engines put "tag-social" or
///   "category-news-comments" on the article itself.
/// - "has-ads", "with-sidebar", "no-comments" describe what an element contains or lacks: the
///   tokens after "has", "with", "no" and "without" say nothing about the element.
/// - "hidden" hides the element only as the whole name ("hidden", "is-hidden"); in "hidden-xs",
///   "lg:hidden", "field-label-hidden" or "overflow-hidden" it hides on some screens, hides a
///   part, or clips.
/// - A name that shows the element at some screen size ("md:block", "d-lg-flex") undoes a bare
///   "hidden" beside it.
struct ClassNameReader {
    /// The current name's lowercase alphanumeric tokens, back to back; `ends` marks where each ends.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var tokenStart = 0
    /// A token longer than this is a hash or a slug and is not matched.
    static let maximumToken = 40

    /// Adds one byte of the name; anything not a letter or digit separates tokens.
    mutating func add(_ byte: UInt8) {
        switch byte {
        case 0x30...0x39, 0x61...0x7A: bytes.append(byte)
        case 0x41...0x5A: bytes.append(byte | 0x20)
        default: endToken()
        }
    }

    private mutating func endToken() {
        if bytes.count > tokenStart { ends.append(bytes.count) }
        tokenStart = bytes.count
    }

    /// Judges the name read so far and starts the next one.
    mutating func endName(into verdict: inout BoilerplateNames.Verdict, hidden: inout Bool, showsAtSomeSize: inout Bool) {
        endToken()
        defer {
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            tokenStart = 0
        }
        guard !ends.isEmpty else { return }
        bytes.withUnsafeBufferPointer { buffer in
            func token(_ index: Int) -> UnsafeBufferPointer<UInt8> {
                let start = index == 0 ? 0 : ends[index - 1]
                return UnsafeBufferPointer(rebasing: buffer[start..<ends[index]])
            }
            let count = ends.count
            let first = token(0)
            if count > 1, Self.isAny(first, of: Self.taxonomy) { return }
            // Up to a word that says what it holds ("text-with-gallery" is text).
            let named = (0..<count).map(token).prefix { !Self.isAny($0, of: Self.contents) }
            if BoilerplateNames.namesGallery(Array(named)) { verdict.insert(.gallery) }
            var sized = false
            for index in 0..<count {
                let current = token(index)
                if Self.isAny(current, of: Self.contents) { break }
                if Self.isAny(current, of: Self.sizes) { sized = true }
                if Self.isAny(current, of: Self.hiding) {
                    if count == 1 || (count == 2 && index == 1 && Self.isAny(first, of: Self.statePrefixes)) { hidden = true }
                    continue
                }
                if sized, index == count - 1, Self.isAny(current, of: Self.displays) { showsAtSomeSize = true }
                guard current.count <= Self.maximumToken else { continue }
                verdict.formUnion(BoilerplateNames.classifyToken(current))
            }
        }
    }

    private static func isAny(_ token: UnsafeBufferPointer<UInt8>, of words: [[UInt8]]) -> Bool {
        words.contains { $0.count == token.count && $0.elementsEqual(token) }
    }

    private static let taxonomy = words("tag", "category")
    private static let contents = words("has", "with", "no", "without")
    private static let hiding = words("hidden", "hide")
    private static let statePrefixes = words("is", "u", "js", "visually")
    private static let sizes = words("xs", "sm", "md", "lg", "xl", "xxl", "2xl", "mobile", "tablet", "desktop")
    private static let displays = words("block", "flex", "grid", "inline", "table", "visible", "show")

    private static func words(_ list: String...) -> [[UInt8]] { list.map { Array($0.utf8) } }
}
