/// Request URLs for the Crossref REST API.
///
/// Crossref routes clients that name a `mailto` to its "polite" pool, which is faster and more
/// reliable; the address goes in the query when configured.
public struct CrossrefRequests: Sendable, Hashable {
    /// `https://api.crossref.org/` in production.
    public var baseURL: String
    public var email: String?

    public static let defaultBaseURL = "https://api.crossref.org/"

    public init(baseURL: String = Self.defaultBaseURL, email: String? = nil) {
        self.baseURL = baseURL
        self.email = email
    }

    /// `works/{doi}`: the metadata record, with `update-to` / `updated-by` retraction links.
    public func work(doi: String) -> String {
        URLQuery.url(base: baseURL, path: "works/" + URLQuery.encodePathKeepingSlashes(doi), parameters: [("mailto", email)])
    }
}
