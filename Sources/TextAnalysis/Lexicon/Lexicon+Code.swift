extension Lexicon {
    /// Pieces of a `<pre>` element's class or attribute names that say it holds program text
    /// ("language-python", "highlight", "sourceCode", "brush: bash", "prettyprint", "lang-sh"):
    /// the markers of the common syntax highlighters and of Markdown converters. A `<pre>` without
    /// one is read by its lines (`CodeLikeText` in the Extractor).
    public static let codeBlockClassMarkers: [String] = ["code", "lang", "highlight", "brush", "prettyprint", "syntax", "hljs", "console", "shell"]

    /// Openings of a line that make it a command or a comment in program text: a shell prompt
    /// ("$ ", "% ", "# "), an interpreter's prompt (">>> "), a comment ("//", "/*", "#!").
    public static let codeLinePrompts: [String] = ["$ ", "% ", "# ", ">>> ", "//", "/*", "#!"]

    /// Character sequences that prose does not use and program text does: braces, assignment and
    /// comparison, arrows, scope, logic, markup closers.
    public static let codeSymbols: [String] = ["{", "}", "=", "->", "::", "&&", "||", "</", "/>", "();"]
}
