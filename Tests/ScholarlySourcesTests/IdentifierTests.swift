import Testing
@testable import ScholarlySources

struct IdentifierTests {
    @Test(arguments: [
        ("10.1056/NEJMoa1715274", "10.1056/NEJMoa1715274"),
        ("https://doi.org/10.1056/NEJMoa1715274", "10.1056/NEJMoa1715274"),
        ("http://dx.doi.org/10.1016/0005-2795(76)90109-4", "10.1016/0005-2795(76)90109-4"),
        ("doi:10.1371/journal.pone.0046493", "10.1371/journal.pone.0046493"),
        ("DOI: 10.1371/journal.pone.0046493.", "10.1371/journal.pone.0046493"),
        ("https://doi.org/10.1002%2F%28SICI%291097-0258", "10.1002/(SICI)1097-0258"),
        ("doi.org/10.5555/abc", "10.5555/abc"),
        ("https://doi.org/10.1000.10/xyz", "10.1000.10/xyz"),
    ])
    func doi(_ input: String, _ expected: String) {
        #expect(ScholarlyIdentifier(parsing: input) == .doi(expected))
    }

    @Test(arguments: [
        ("https://pubmed.ncbi.nlm.nih.gov/29768149/", "29768149"),
        ("https://pubmed.ncbi.nlm.nih.gov/29768149", "29768149"),
        ("https://www.ncbi.nlm.nih.gov/pubmed/29768149", "29768149"),
        ("PMID: 29768149", "29768149"),
        ("pmid:9997", "9997"),
    ])
    func pmid(_ input: String, _ expected: String) {
        #expect(ScholarlyIdentifier(parsing: input) == .pmid(expected))
    }

    @Test(arguments: [
        ("PMC5442267", "PMC5442267"),
        ("pmc5442267", "PMC5442267"),
        ("PMCID: PMC5442267", "PMC5442267"),
        ("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5442267/", "PMC5442267"),
        ("https://pmc.ncbi.nlm.nih.gov/articles/PMC5442267/", "PMC5442267"),
        ("https://europepmc.org/article/PMC/PMC5442267", "PMC5442267"),
    ])
    func pmcid(_ input: String, _ expected: String) {
        #expect(ScholarlyIdentifier(parsing: input) == .pmcid(expected))
    }

    @Test(arguments: [
        "https://example.org/10.1000/x", "29768149", "https://pubmed.ncbi.nlm.nih.gov/?term=sleep",
        "10.12/too-short-registrant", "doi:10.1000/", "PMC", "PMCabc", "https://www.ncbi.nlm.nih.gov/gene/672",
        "/etc/passwd", "",
    ])
    func notAnIdentifier(_ input: String) {
        #expect(ScholarlyIdentifier(parsing: input) == nil)
    }

    /// The extractor writes these forms; each must come back to the identifier it came from.
    @Test func canonicalURLsRoundTrip() {
        for identifier: ScholarlyIdentifier in [.doi("10.5555/a(b)c"), .pmid("123"), .pmcid("PMC456")] {
            #expect(ScholarlyIdentifier(parsing: identifier.canonicalURL) == identifier)
        }
        #expect(ScholarlyIdentifier.pmid("123").canonicalURL == "https://pubmed.ncbi.nlm.nih.gov/123/")
        #expect(ScholarlyIdentifier.pmcid("PMC456").canonicalURL == "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC456/")
    }
}
