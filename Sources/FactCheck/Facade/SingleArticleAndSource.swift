import Extractor
import Fetcher

/// One stage at a time, for the commands that look at one piece rather than run a check:
/// `factcheck claims` and `review --article` (the claims of one article) and `factcheck fetch`
/// (what factcheck reads from one source).
extension FactChecker {
    /// The claims of the article at `path`, as a check with this configuration finds them (its
    /// `[[source]]` names make attributed sentences claims). Throws when the file cannot be read.
    public func extractClaims(path: String) throws -> ExtractedArticle {
        try extractor.extract(path: path)
    }

    /// One web source fetched and read under this configuration's fetch policy and the options'
    /// cache, without scholarly resolution: the page itself, as a check would read a link.
    public func fetchSource(url: String) async -> SourceDocument {
        await SourceFetcher(policy: configuration.fetch, cache: options.cache?.store).fetch(SourceRef(url: url, origin: .link))
    }
}
