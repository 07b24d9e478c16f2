extension Lexicon {
    /// Pieces of a `<pre>` element's class or attribute names that say it holds program text
    /// ("language-python", "highlight", "sourceCode", "brush: bash", "prettyprint", "lang-sh"):
    /// the markers of the common syntax highlighters and of Markdown converters. A `<pre>` without
    /// one is read by its lines (`CodeLikeText` in the Extractor).
    /// Names of programming languages that no other sense shares when written with their capitals:
    /// a number right after one is a release ("Python 3", "Perl 5.8"; `NonFigure.languageRelease`).
    /// Not "Java" (an island), "Ruby" or "Julia" (people), "Rust", "Go", "Swift", "Scala", "C" or
    /// "R" (words, places or letters): after those a number may count or measure something.
    public static let programmingLanguages: Set<String> = [
        "Python", "Perl", "PHP", "JavaScript", "TypeScript", "Kotlin", "Haskell", "Fortran", "FORTRAN", "COBOL", "Lua",
        "Erlang", "Clojure", "OCaml",
    ]

    public static let codeBlockClassMarkers: [String] = ["code", "lang", "highlight", "brush", "prettyprint", "syntax", "hljs", "console", "shell"]

    /// Openings of a line that make it a command or a comment in program text: a shell prompt
    /// ("$ ", "% ", "# "), an interpreter's prompt (">>> "), a comment ("//", "/*", "#!").
    public static let codeLinePrompts: [String] = ["$ ", "% ", "# ", ">>> ", "//", "/*", "#!"]

    /// Character sequences that prose does not use and program text does: braces, assignment and
    /// comparison, arrows, scope, logic, markup closers.
    public static let codeSymbols: [String] = ["{", "}", "=", "->", "::", "&&", "||", "</", "/>", "();"]
}
