/// A subject that holds a command-line option names a part of a program, not a source: "the
/// -nodes parameter specifies that the key is not encrypted", "the --force flag says the file is
/// replaced". Technical writing spells such an option as a word opening with one or two hyphens
/// and a letter; no name of a person, an organisation or a publication is written that way
/// ("Jean-Luc", "X-ray", "co-chair" carry their hyphen inside the word, a list item's "- " stands
/// apart from it). A general rule of written English, read on the words before a verb of saying.
extension AttributionParser {
    /// Whether a word of `range` is written as a command-line option: "-nodes", "--force".
    static func holdsProgramOption(_ words: WordCursor, _ range: Range<Int>) -> Bool {
        range.contains { index in
            let word = words.lower(index).drop(while: { $0 == "-" })
            let hyphens = words.lower(index).count - word.count
            return (1...2).contains(hyphens) && word.first?.isLetter == true
        }
    }
}
