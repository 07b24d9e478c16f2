/// Request URLs for the NCBI E-utilities (esearch, efetch, elink).
///
/// NCBI asks every client to say who it is (`tool`, `email`) and allows 10 requests a second with
/// an `api_key` instead of 3; all three are optional and sent only when configured.
public struct EutilsRequests: Sendable, Hashable {
    /// Where the utilities live; `https://eutils.ncbi.nlm.nih.gov/entrez/eutils/` in production.
    public var baseURL: String
    public var apiKey: String?
    public var tool: String?
    public var email: String?

    public static let defaultBaseURL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"

    public init(baseURL: String = Self.defaultBaseURL, apiKey: String? = nil, tool: String? = "factcheck", email: String? = nil) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.tool = tool
        self.email = email
    }

    /// `esearch.fcgi?db=pubmed&term=…&retmax=N`: the ids of the best matches, in PubMed's relevance order.
    public func search(term: String, maxResults: Int, database: String = "pubmed") -> String {
        url("esearch.fcgi", [
            ("db", database), ("term", term), ("retmax", String(max(1, maxResults))), ("sort", "relevance"),
        ])
    }

    /// `efetch.fcgi?db=pubmed&id=…&retmode=xml`: PubMed XML (title, abstract, ids, publication types).
    public func fetchPubMed(pmids: [String]) -> String {
        url("efetch.fcgi", [("db", "pubmed"), ("id", pmids.joined(separator: ",")), ("retmode", "xml")])
    }

    /// `efetch.fcgi?db=pmc&id=…`: PMC JATS XML; the full text for open-access articles, the front
    /// matter otherwise. The `PMC` prefix is dropped, the form every version of the API accepts.
    public func fetchPMC(pmcids: [String]) -> String {
        let ids = pmcids.map { $0.uppercased().hasPrefix("PMC") ? String($0.dropFirst(3)) : $0 }
        return url("efetch.fcgi", [("db", "pmc"), ("id", ids.joined(separator: ",")), ("retmode", "xml")])
    }

    /// `elink.fcgi?dbfrom=pubmed&db=pmc&id=…`: the PMC article of a PubMed record, when efetch did
    /// not list one.
    public func linkPubMedToPMC(pmid: String) -> String {
        url("elink.fcgi", [("dbfrom", "pubmed"), ("db", "pmc"), ("id", pmid), ("linkname", "pubmed_pmc")])
    }

    private func url(_ utility: String, _ parameters: [(String, String?)]) -> String {
        URLQuery.url(base: baseURL, path: utility, parameters: parameters + [("tool", tool), ("email", email), ("api_key", apiKey)])
    }
}
