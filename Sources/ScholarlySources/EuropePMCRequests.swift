/// Request URLs for the Europe PMC REST API: search (with abstracts) and open-access full text.
public struct EuropePMCRequests: Sendable, Hashable {
    /// `https://www.ebi.ac.uk/europepmc/webservices/rest/` in production.
    public var baseURL: String
    /// Europe PMC asks heavy users for a contact address; sent only when configured.
    public var email: String?

    public static let defaultBaseURL = "https://www.ebi.ac.uk/europepmc/webservices/rest/"

    public init(baseURL: String = Self.defaultBaseURL, email: String? = nil) {
        self.baseURL = baseURL
        self.email = email
    }

    /// `search?query=…&format=json&resultType=core`: `core` is the result type that carries
    /// `abstractText`, `pmcid` and `isOpenAccess`, which the resolver needs.
    public func search(query: String, maxResults: Int) -> String {
        URLQuery.url(base: baseURL, path: "search", parameters: [
            ("query", query), ("format", "json"), ("resultType", "core"), ("pageSize", String(max(1, maxResults))),
            ("email", email),
        ])
    }

    /// A search for one DOI (`DOI:"10.1000/x"`), the way to reach PubMed ids and abstracts from a DOI.
    public func search(doi: String) -> String {
        search(query: "DOI:\"\(doi)\"", maxResults: 1)
    }

    /// `{PMCID}/fullTextXML`: JATS full text of an open-access article.
    public func fullText(pmcid: String) -> String {
        let id = pmcid.uppercased().hasPrefix("PMC") ? pmcid.uppercased() : "PMC" + pmcid
        return URLQuery.url(base: baseURL, path: URLQuery.encode(id) + "/fullTextXML", parameters: [])
    }
}
