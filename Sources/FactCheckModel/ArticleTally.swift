/// What a batch keeps of an article once its report files are written: the counts `index.html` and
/// the summary show, and its errors. Its claims are not kept, so a run that writes each article as
/// it finishes holds a few numbers per article rather than every claim of the batch.
public struct ArticleTally: Sendable, Hashable {
    public var path: String
    public var title: String?
    public var claims: Int
    /// Only verdicts that occur.
    public var byVerdict: [Verdict: Int]
    public var errors: [ReportError]

    public init(_ article: ArticleReport) {
        path = article.path
        title = article.title
        claims = article.claims.count
        var counts: [Verdict: Int] = [:]
        for check in article.claims { counts[check.verdict, default: 0] += 1 }
        byVerdict = counts
        errors = article.errors
    }

    /// How many of the article's claims got `verdict`.
    public func count(of verdict: Verdict) -> Int { byVerdict[verdict] ?? 0 }
}
