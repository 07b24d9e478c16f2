import Testing
@testable import TOMLParser

@Suite struct TOMLParserTests {
    @Test func readsAFactcheckConfiguration() throws {
        let table = try TOMLParser.parse("""
        # factcheck settings
        [fetch]
        user_agent = "factcheck/0.1 (+https://example.org/factcheck)"   # honest
        timeout_seconds = 20
        max_bytes = 10_000_000
        respect_robots = true
        ratio = 0.5

        [search]
        backends = ["pubmed", "europepmc",
                    "crossref",]   # trailing comma

        [[source]]
        name = "American Chiropractic Association"
        aliases = ["ACA"]
        files = ['sources\\aca.html']

        [[source]]
        name = "Second"
        point = { x = 1, y = -2 }
        """)
        let fetch = try #require(table["fetch"]?.table)
        #expect(fetch["user_agent"]?.string == "factcheck/0.1 (+https://example.org/factcheck)")
        #expect(fetch["timeout_seconds"]?.integer == 20)
        #expect(fetch["max_bytes"]?.integer == 10_000_000)
        #expect(fetch["respect_robots"]?.boolean == true)
        #expect(fetch["ratio"]?.number == 0.5)
        #expect(table["search"]?.table?["backends"]?.array?.compactMap(\.string) == ["pubmed", "europepmc", "crossref"])
        let sources = try #require(table["source"]?.array)
        #expect(sources.count == 2)
        #expect(sources[0].table?["name"]?.string == "American Chiropractic Association")
        #expect(sources[0].table?["files"]?.array?.first?.string == "sources\\aca.html")
        #expect(sources[1].table?["point"]?.table?["y"]?.integer == -2)
        #expect(table.keys == ["fetch", "search", "source"])
    }

    @Test func stringsNumbersAndDates() throws {
        let table = try TOMLParser.parse(#"""
        a = "tab\tquote\" \u00e9 \U0001F600"
        b = """
        first
        second \
           joined"""
        c = '''raw \n'''
        hex = 0xFF
        oct = 0o17
        bin = 0b101
        exp = 6.02e23
        neg = -inf
        date = 1979-05-27T07:32:00Z
        spaced = 1979-05-27 07:32:00
        dotted.key = "yes"
        "quoted key" = 1
        """#)
        #expect(table["a"]?.string == "tab\tquote\" é 😀")
        #expect(table["b"]?.string == "first\nsecond joined")
        #expect(table["c"]?.string == "raw \\n")
        #expect(table["hex"]?.integer == 255 && table["oct"]?.integer == 15 && table["bin"]?.integer == 5)
        #expect(table["exp"]?.number == 6.02e23)
        #expect(table["neg"]?.number == -.infinity)
        #expect(table["date"] == .dateTime("1979-05-27T07:32:00Z"))
        #expect(table["spaced"] == .dateTime("1979-05-27 07:32:00"))
        #expect(table["dotted"]?.table?["key"]?.string == "yes")
        #expect(table["quoted key"]?.integer == 1)
    }

    @Test(arguments: [
        ("a = 1\na = 2", 2, "defined twice"),
        ("[t]\nx = 1\n[t]", 3, "defined twice"),
        ("a = \"unterminated", 1, "unterminated"),
        ("a = bareword", 1, "not a valid value"),
        ("\n\nkey value", 3, "expected \"=\""),
        ("a = [1, 2", 1, "expected"),
        ("a = 1 b = 2", 1, "end of the line"),
        ("a = 01", 1, "not a valid value"),
        ("a = 1.", 1, "not a valid value"),
        ("a = \"\\q\"", 1, "unknown escape"),
        ("x = 1\n[x]", 2, "not a table"),
        ("[fetch]\ntimeout_seconds =\n", 2, "expected a value, found the end of the line"),
    ])
    func errorsNameTheLine(text: String, line: Int, fragment: String) {
        do {
            _ = try TOMLParser.parse(text)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(fragment), "\(error)")
        }
    }

    @Test func emptyAndCommentOnlyDocumentsAreEmptyTables() throws {
        #expect(try TOMLParser.parse("").keys.isEmpty)
        #expect(try TOMLParser.parse("# only a comment\n\n").keys.isEmpty)
    }
}
