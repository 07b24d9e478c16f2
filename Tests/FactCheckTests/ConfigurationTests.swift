import FactCheck
import FactCheckModel
import Fetcher
import Foundation
import Testing

@Suite struct ConfigurationTests {
    @Test func readsEverySectionAndResolvesFilesAgainstTheConfigFolder() throws {
        let workspace = try TestWorkspace()
        try workspace.write("project/sources/aca.html", "<p>as much as 80 percent</p>")
        let path = try workspace.write("project/.factcheck.toml", """
        [fetch]
        user_agent = "factcheck-test/1"
        timeout_seconds = 5
        max_bytes = 2_000_000
        allow_private_network = true
        per_host_interval_ms = 500
        allow_networks = ["10.20.0.0/16", "192.168.1.5"]

        [cache]
        lock_timeout_seconds = 2.5

        [[source]]
        name = "American Chiropractic Association"
        aliases = ["ACA"]
        urls = ["https://www.example.org/back-pain"]
        files = ["sources/aca.html"]

        [report]
        fail_on = ["contradicted", "overstated"]

        [mystery]
        x = 1
        """)
        let configuration = try Configuration.load(from: path)
        #expect(configuration.fetch.userAgent == "factcheck-test/1")
        #expect(configuration.fetch.timeoutSeconds == 5)
        #expect(configuration.fetch.maxBytes == 2_000_000)
        #expect(configuration.fetch.allowPrivateNetwork)
        #expect(configuration.fetch.allowedNetworks.map(\.description) == ["10.20.0.0/16", "192.168.1.5/32"])
        #expect(configuration.cache.lockTimeoutSeconds == 2.5)
        #expect(configuration.failOn == [.contradicted, .overstated])
        #expect(configuration.unknownKeys == ["mystery"])
        let entry = try #require(configuration.registry.entries.first)
        #expect(entry.files == [workspace.path("project/sources/aca.html")])
        #expect(configuration.registry.entries(matching: Attribution(source: "the ACA's 2020 report", vague: false)).count == 1)
        #expect(configuration.registry.entries(matching: Attribution(source: "American Chiropractic Association", vague: false)).count == 1)
        #expect(configuration.registry.entries(matching: Attribution(source: "a chiropractor", vague: false)).isEmpty)
    }

    @Test func discoveryWalksUpFromTheWorkingFolder() throws {
        let workspace = try TestWorkspace()
        let config = try workspace.write("a/.factcheck.toml", "")
        try FileManager.default.createDirectory(atPath: workspace.path("a/b/c"), withIntermediateDirectories: true)
        #expect(Configuration.discover(from: workspace.path("a/b/c")) == config)
    }

    @Test(arguments: [
        ("[fetch]\ntimeout_seconds = \"soon\"", "line 2: fetch.timeout_seconds must be a number"),
        ("# settings\n\n[fetch]\nmax_bytes = 1", "line 4: fetch.max_bytes = 1 is outside 1024…2000000000"),
        ("[fetch]\ntimeout_seconds = 0.05", "line 2: fetch.timeout_seconds = 0.05 is outside 0.1…3600"),
        ("[report]\nfail_on = 3", "line 2: report.fail_on must be an array of strings, not an integer"),
        ("fetch = 3", "line 1: [fetch] must be a table"),
        ("[search]\nmax_results = \"many\"", "line 2: search.max_results must be a number"),
        ("[cache]\nttl_hours = true\n", "line 2: cache.ttl_hours must be a number"),
        ("[fetch]\ntimeout_seconds =\n", "line 2: expected a value, found the end of the line"),
        ("[[source]]\naliases = [\"X\"]\nurls = [\"https://x.org\"]", "line 1: source #1 needs a name"),
        ("[[source]]\nname = \"X\"\nurls = [\"file:///etc/passwd\"]", "line 3: source \"X\": \"file:///etc/passwd\" is not an http(s) URL"),
        ("[[source]]\nname = \"X\"\nfiles = [\"missing.html\"]", "line 3: source \"X\": file"),
        // A misspelt key is named in the error that stops the run, since its warning never prints.
        ("[[source]]\nname = \"X\"\nurl = [\"https://x.org\"]", "line 1: source \"X\" has neither urls nor files (unknown key here: url)"),
        ("[[source]]\nnmae = \"X\"\nfile = [\"a.html\"]\nurls = [\"https://x.org\"]", "line 1: source #1 needs a name (unknown keys here: file, nmae)"),
        // The second element's own line, not the first's.
        ("[[source]]\nname = \"A\"\nurls = [\"https://a.org\"]\n\n[[source]]\nname = 7", "line 6: source #2: name must be a string, not an integer"),
        ("[[source]]\nname = \"A\"\nurls = [\"https://a.org\"]\n[[source]]\nname = \"B\"\naliases = \"b\"", "line 6: source \"B\".aliases must be an array of strings, not a string"),
        ("[report]\nfail_on = [\"wrong\"]", "unknown verdict \"wrong\""),
        ("[fetch\n", "line 1"),
        ("[fetch]\nallow_networks = [\"10.0.0.0/40\"]", "fetch.allow_networks: \"10.0.0.0/40\" is not an address or CIDR block"),
    ])
    func errorsNameTheFileAndTheProblem(text: String, fragment: String) throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write(".factcheck.toml", text)
        do {
            _ = try Configuration.load(from: path)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.description.hasPrefix(path), "\(error)")
            #expect(error.description.contains(fragment), "\(error)")
        }
    }

    /// An unknown key is a warning that names its line; inside `[[source]]`, by the element's position.
    @Test func unknownKeysKnowTheirLines() throws {
        let text = "[fetch]\ntimeout = 3\n\n[[source]]\nname = \"A\"\nurls = [\"https://a.org\"]\n\n[[source]]\nname = \"B\"\nurl = \"https://b.org\"\nurls = [\"https://b.org\"]\n"
        let configuration = try Configuration.parse(text, path: "/tmp/.factcheck.toml")
        #expect(configuration.unknownKeys == ["fetch.timeout", "source[2].url"])
        #expect(configuration.line(of: "fetch.timeout") == 2)
        #expect(configuration.line(of: "source[2].url") == 10)
    }

    /// Keys inside an inline table have their line too (it stands on one line).
    @Test func unknownKeysInAnInlineTableKnowTheirLines() throws {
        let text = "# settings\nfetch = { timeot = 3, user_agent = \"t/1\" }\nsearch = { backends = [\"pubmed\"], limits = { per_claim = 2 } }\n"
        let configuration = try Configuration.parse(text, path: "/tmp/.factcheck.toml")
        #expect(configuration.unknownKeys.contains("fetch.timeot"))
        #expect(configuration.line(of: "fetch.timeot") == 2)
        #expect(configuration.unknownKeys.contains("search.limits"))
        #expect(configuration.line(of: "search.limits") == 3)
    }
}
