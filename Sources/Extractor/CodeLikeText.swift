import TextAnalysis

/// Whether preformatted text (a `<pre>` without a code marker, an indented Markdown block) reads
/// as program text or as prose. A `<pre>` holds code on developer pages, but on mailing-list
/// archives, plain-text press releases and RFC-style pages it holds the article itself, and
/// poems are set in it for their line breaks: those keep their claims. Code shows in its lines:
/// symbols prose does not use (``Lexicon/codeSymbols``), prompts and comments
/// (``Lexicon/codeLinePrompts``), flags ("--year", "-it"), a name glued to a value by a colon
/// ("python:3.7", "TargetRubyVersion: 2.5" as a line of its own), a statement's ";" at the end,
/// or a short lowercase command that no sentence punctuation ends ("pip install requests").
enum CodeLikeText {
    /// Whether `lines` read as code: at least ``minimumCodeShare`` of the lines that hold text
    /// are code lines (``isCodeLine(_:previous:)``).
    static func looksLikeCode(_ lines: [String]) -> Bool {
        let kept = lines.map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
        guard !kept.isEmpty else { return false }
        var code = 0
        for (index, line) in kept.enumerated() where isCodeLine(line, previous: index > 0 ? kept[index - 1] : nil) { code += 1 }
        return Double(code) >= minimumCodeShare * Double(kept.count)
    }

    /// The share of code lines that makes a block code. A third, set by hand (not fitted): source
    /// files hold comments and blank-looking lines of plain words, a shell session its output, so
    /// not every line of code shows a symbol; prose and verse show almost none.
    static let minimumCodeShare = 1.0 / 3.0

    /// The most words a lowercase command line has ("pip install requests", "cd build"); longer,
    /// a lowercase line is more likely the wrapped continuation of a sentence. Set by hand.
    static let maximumCommandWords = 6

    /// Whether one line (trimmed) reads as program text. `previous` is the line before it, if
    /// any: a lowercase line after a long one that ends without sentence punctuation continues a
    /// wrapped sentence, no command.
    static func isCodeLine(_ line: String, previous: String?) -> Bool {
        if Lexicon.codeLinePrompts.contains(where: line.hasPrefix) { return true }
        if Lexicon.codeSymbols.contains(where: line.contains) { return true }
        if line.hasSuffix(";") { return true }
        let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        // A flag: "--year", "-it" (a hyphen glued to a word's start; "18- to 24-year-old" has none).
        if tokens.contains(where: { $0.count > 1 && $0.first == "-" && $0.dropFirst().drop(while: { $0 == "-" }).first?.isLetter == true }) { return true }
        // A name glued to a value: "python:3.7" (not a URL's "://", not a time "10:30").
        if tokens.contains(where: gluesValue) { return true }
        // "Key: value" as a line of its own: "TargetRubyVersion: 2.5".
        if tokens.count == 2, tokens[0].hasSuffix(":"), tokens[0].dropLast().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }) { return true }
        // A short lowercase command with no sentence punctuation, not a wrapped sentence's rest.
        if let first = line.first, first.isLowercase, tokens.count <= maximumCommandWords, !endsSentence(line),
           !(previous.map(isWrappedProse) ?? false) {
            return true
        }
        return false
    }

    /// Whether `token` glues a name to a value with a colon: a letter before it, no white space
    /// or slash after ("python:3.7", "image:latest"; not "https://", "10:30", "Note:").
    static func gluesValue(_ token: Substring) -> Bool {
        guard let colon = token.firstIndex(of: ":"), colon > token.startIndex else { return false }
        let before = token[token.index(before: colon)]
        let after = token.index(after: colon)
        guard after < token.endIndex else { return false }
        return before.isLetter && token[after] != "/" && !token[after].isWhitespace
    }

    /// Whether `line` ends as a sentence or a line of verse does: with a full stop, a question or
    /// exclamation mark, a comma or a colon, or a closing quote or bracket after one.
    static func endsSentence(_ line: String) -> Bool {
        let end = line.reversed().first { !"\"'”’)]".contains($0) }
        return end.map { ".?!,:".contains($0) } ?? false
    }

    /// Whether `line` is a sentence cut by the line's end: longer than a command, with no
    /// sentence punctuation at its end (the next line continues it, in lower case).
    static func isWrappedProse(_ line: String) -> Bool {
        line.split(separator: " ").count > maximumCommandWords && !endsSentence(line)
    }
}
