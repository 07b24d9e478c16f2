/// Parts a walked block that is a run of extracted blocks back into those blocks: the walk read
/// each `<br>` as a space, the extraction parted its lines there, and a list of lines joined into
/// one block became one "sentence" ("250 g flour 3 eggs 4 sour apples …"). The cuts are found by
/// the selection key's length (letters and digits, lower-cased, in UTF-8 bytes): each scalar's
/// share of the key is counted, and a piece ends at the scalar that completes its block's key.
enum RunPieces {
    /// The pieces with the scalar offset each starts at in `block.text`; the whole block when
    /// the key lengths do not fall on scalar boundaries (a lower-casing that changes length).
    static func split(_ block: TextBlock, keyLengths: [Int]) -> [(TextBlock, Int)] {
        let scalars = Array(block.text.unicodeScalars)
        var pieces: [(TextBlock, Int)] = []
        var keyBytes = 0
        var pieceStart = 0
        var target = 0
        var lengths = keyLengths[...]
        for (position, scalar) in scalars.enumerated() {
            if keyBytes == target, let next = lengths.first {
                // The previous piece is complete: this piece starts at its first key scalar.
                if keyShare(scalar) > 0 {
                    if target > 0 {
                        // Cut at the white space before the line's first word, so its opening
                        // mark ("– 3 eggs", "“Yes") stays with it.
                        var cut = position
                        while cut > pieceStart, keyShare(scalars[cut - 1]) == 0, !scalars[cut - 1].properties.isWhitespace { cut -= 1 }
                        if cut == pieceStart || !scalars[cut - 1].properties.isWhitespace { cut = position }
                        pieces.append((piece(block, scalars, from: pieceStart, to: cut), pieceStart))
                        pieceStart = cut
                    }
                    target += next
                    lengths = lengths.dropFirst()
                }
            }
            keyBytes += keyShare(scalar)
            if keyBytes > target { return [(block, 0)] }
        }
        guard lengths.isEmpty, keyBytes == target else { return [(block, 0)] }
        pieces.append((piece(block, scalars, from: pieceStart, to: scalars.count), pieceStart))
        return pieces.filter { !$0.0.text.isEmpty }
    }

    /// UTF-8 bytes the scalar adds to ``MainTextSelection/key(_:)``.
    private static func keyShare(_ scalar: Unicode.Scalar) -> Int {
        guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return 0 }
        return String(scalar).lowercased().unicodeScalars
            .filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .reduce(0) { $0 + String($1).utf8.count }
    }

    /// Scalars `start..<end` of the block without trailing white space, with their offsets.
    private static func piece(_ block: TextBlock, _ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> TextBlock {
        var result = TextBlock(role: block.role, level: block.level)
        var last = end
        while last > start, scalars[last - 1].properties.isWhitespace { last -= 1 }
        for index in start..<last { result.append(scalars[index], from: block.offsets[index]) }
        return result
    }
}
