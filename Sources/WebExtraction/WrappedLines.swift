/// Paragraphs whose lines are wrapped by hand: a `<br>` at the end of every line of a sentence
/// (text exported from an editor, a mail archive, an org-mode post: "modify the behaviour of
/// existing<br>functions without changing …"). Each line made a block of its own, so no
/// sentence survived whole, and short lines ("Programming in Java.") went as noise.
///
/// Told apart by the lines themselves, not a name: in a hard-wrapped block at least half of the
/// line breaks fall inside a sentence (the line before is a wrapped line's length and ends
/// without a sentence's punctuation, the line after opens with a lower-case word), and there are
/// two or more. A list of short lines ("4 minutes<br>5 minutes"), an address, a code listing or
/// a glossary's lettered senses ("b) …<br>c) …") fails that. In such a block a single `<br>`
/// that does not follow a sentence's end is a space; after one, or two in a row, the lines part.
enum WrappedLines {
    /// Line breaks a block needs before its lines count as wrapped.
    static let minimumBreaks = 2
    /// Visible characters of a line that a wrap ends: an editor wraps at 60–80 columns; a code
    /// listing's or a glossary's short lines ("filename=$1", "for line in …") are not wrapped.
    static let minimumWrappedLine: Int32 = 30

    /// The line breaks under `root` that join their lines: single `<br>`s in hard-wrapped blocks.
    static func joiningBreaks(_ tree: PageTree, root: Int) -> Set<Int32> {
        let nodes = tree.nodes
        var breaks: [Int32: [Int32]] = [:]  // owner → its line breaks, in order
        var inSentence: [Int32: Int] = [:]  // owner → breaks inside a sentence
        var lastByte: [Int32: UInt8] = [:]  // owner → last visible byte of its text so far
        var openBreak: [Int32: Int32] = [:]  // owner → a break not yet followed by visible text
        var lineLength: [Int32: Int32] = [:]  // owner → visible characters since its last break
        var lineBefore: [Int32: Int32] = [:]  // owner → length of the line its open break ended
        var endsSentence: Set<Int32> = []  // breaks after a sentence's end
        var doubled: Set<Int32> = []
        for index in root..<Int(nodes[root].end) {
            let node = nodes[index]
            if node.tag == .br {
                let owner = Self.owner(of: index, in: nodes)
                if let open = openBreak[owner] {
                    doubled.insert(open)
                    doubled.insert(Int32(index))
                }
                breaks[owner, default: []].append(Int32(index))
                openBreak[owner] = Int32(index)
                lineBefore[owner] = lineLength[owner] ?? 0
                lineLength[owner] = 0
                if let before = lastByte[owner], Self.endsSentence(before) { endsSentence.insert(Int32(index)) }
                continue
            }
            guard node.tag == .text, node.characters > 0 else { continue }
            let owner = node.owner
            let bytes = tree.bytes(of: node)
            guard let last = bytes.last(where: { $0 > 0x20 }) else { continue }
            if let open = openBreak[owner] {
                openBreak[owner] = nil
                let opensWord = bytes.drop(while: { $0 <= 0x20 }).prefix(2).allSatisfy(Self.isLowercase)
                if !doubled.contains(open), !endsSentence.contains(open), (lineBefore[owner] ?? 0) >= minimumWrappedLine, opensWord {
                    inSentence[owner, default: 0] += 1
                }
            }
            lineLength[owner, default: 0] += node.characters
            lastByte[owner] = last
        }
        var joining: Set<Int32> = []
        for (owner, list) in breaks where list.count >= minimumBreaks && 2 * (inSentence[owner] ?? 0) >= list.count {
            for index in list where !doubled.contains(index) && !endsSentence.contains(index) { joining.insert(index) }
        }
        return joining
    }

    /// The block a `<br>` breaks: its nearest block ancestor.
    private static func owner(of index: Int, in nodes: [PageNode]) -> Int32 {
        var ancestor = nodes[index].parent
        while ancestor >= 0, !nodes[Int(ancestor)].tag.isBlock { ancestor = nodes[Int(ancestor)].parent }
        return ancestor
    }

    private static func endsSentence(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":")
    }

    private static func isLowercase(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }
}
