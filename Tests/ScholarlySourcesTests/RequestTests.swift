import Testing
@testable import ScholarlySources

struct RequestTests {
    let eutils = EutilsRequests(baseURL: "http://127.0.0.1:8080/eutils/", apiKey: nil, tool: "factcheck", email: nil)

    @Test func esearchEncodesTheTermStrictly() {
        let url = eutils.search(term: "\"sleep\"[tiab] AND walk+run", maxResults: 5)
        #expect(url == "http://127.0.0.1:8080/eutils/esearch.fcgi?db=pubmed&term=%22sleep%22%5Btiab%5D%20AND%20walk%2Brun&retmax=5&sort=relevance&tool=factcheck")
    }

    @Test func efetchPubMedAndPMC() {
        #expect(eutils.fetchPubMed(pmids: ["1", "22"]) == "http://127.0.0.1:8080/eutils/efetch.fcgi?db=pubmed&id=1%2C22&retmode=xml&tool=factcheck")
        #expect(eutils.fetchPMC(pmcids: ["PMC7000001"]) == "http://127.0.0.1:8080/eutils/efetch.fcgi?db=pmc&id=7000001&retmode=xml&tool=factcheck")
        #expect(eutils.linkPubMedToPMC(pmid: "9") == "http://127.0.0.1:8080/eutils/elink.fcgi?dbfrom=pubmed&db=pmc&id=9&linkname=pubmed_pmc&tool=factcheck")
    }

    @Test func credentialsAreSentOnlyWhenConfigured() {
        let keyed = EutilsRequests(baseURL: "https://e.example", apiKey: "k&1", tool: nil, email: "me@example.org")
        #expect(keyed.fetchPubMed(pmids: ["1"]) == "https://e.example/efetch.fcgi?db=pubmed&id=1&retmode=xml&email=me%40example.org&api_key=k%261")
    }

    @Test func europePMC() {
        let europe = EuropePMCRequests(baseURL: "http://127.0.0.1:9/rest")
        #expect(europe.search(query: "walking AND insomnia", maxResults: 3)
            == "http://127.0.0.1:9/rest/search?query=walking%20AND%20insomnia&format=json&resultType=core&pageSize=3")
        #expect(europe.search(doi: "10.5555/a") == "http://127.0.0.1:9/rest/search?query=DOI%3A%2210.5555%2Fa%22&format=json&resultType=core&pageSize=1")
        #expect(europe.fullText(pmcid: "7000001") == "http://127.0.0.1:9/rest/PMC7000001/fullTextXML")
    }

    @Test func crossrefKeepsTheDOIsSlashesAndEncodesTheRest() {
        let crossref = CrossrefRequests(baseURL: "https://api.crossref.org/", email: "me@example.org")
        #expect(crossref.work(doi: "10.1002/(SICI)1097-0258<1::AID>")
            == "https://api.crossref.org/works/10.1002/%28SICI%291097-0258%3C1%3A%3AAID%3E?mailto=me%40example.org")
    }

    @Test func credentialsAreLeftOutOfWhatIsShownOrKeyed() {
        let url = "https://eutils.example/efetch.fcgi?db=pubmed&id=1&tool=factcheck&email=me%40x.org&api_key=SECRET#:~:text=a"
        #expect(ScholarlyRequestURL.withoutCredentials(url) == "https://eutils.example/efetch.fcgi?db=pubmed&id=1#:~:text=a")
        #expect(ScholarlyRequestURL.withoutCredentials("https://api.example/works/10.1/x?mailto=me%40x.org") == "https://api.example/works/10.1/x")
        #expect(ScholarlyRequestURL.withoutCredentials("https://pubmed.example/31000001/") == "https://pubmed.example/31000001/")
    }
}
