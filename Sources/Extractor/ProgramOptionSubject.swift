/// A subject that holds a command-line option names a part of a program, not a source: "the
/// -nodes parameter specifies that the key is not encrypted", "the --force flag says the file is
/// replaced". Technical writing spells such an option as a word opening with one or two hyphens
/// and a lowercase letter. Names carry their hyphen inside the word ("Jean-Luc", "X-ray",
/// "co-chair"), and a list item's "- " stands apart from it; but hyphens typed for a dash ("Dr Lee
/// -the lead author- said", "the minister --who resigned-- said") and a list marker glued to a
/// capital ("-Officials said") look alike, so a subject with a word ending in a hyphen, or an
/// option-like word before a capital, is no option. A general rule of written English, read on the
/// words before a verb of saying.
extension AttributionParser {
    /// Whether a word of `range` is written as a command-line option: "-nodes", "--force".
    static func holdsProgramOption(_ words: WordCursor, _ range: Range<Int>) -> Bool {
        // "Dr Lee -the lead author- said", "the minister --who resigned-- said": a dash typed as
        // hyphens closes on a word ending in one; an aside, no option.
        guard !range.contains(where: { words.lower($0).hasSuffix("-") }) else { return false }
        return range.contains { index in
            let written = words.text(from: index, to: index + 1)
            let word = written.drop(while: { $0 == "-" })
            let hyphens = written.count - word.count
            // "-Officials said": a list marker before a capital; an option is written in lowercase.
            return (1...2).contains(hyphens) && word.first?.isLowercase == true
        }
    }
}
