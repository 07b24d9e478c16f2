import Extractor
import FactCheckModel

/// The article texts an HTML report shows, with their headings, read again from the articles'
/// files: for `factcheck merge`, whose reports come from other runs (`check` keeps the texts it
/// read instead).
///
/// Why here and not in the report: the JSON contract would otherwise carry every article's full
/// text, and renderers stay pure (a report and these texts in, a page out). Reading again uses the
/// same reader as the check, so spans count into the same text; if a file changed in between, the
/// HTML renderer notices that the spans no longer fit and lists the claims without the article.
public enum ArticleTextLoader {
    /// Article path → its ``FactCheckModel/ArticleText`` (the text and its headings, as `check`
    /// keeps them), for the articles that have claims and can still be read.
    public static func texts(for report: Report) -> [String: ArticleText] {
        let reader = ArticleReader()
        var texts: [String: ArticleText] = [:]
        for article in report.articles where !article.claims.isEmpty && texts[article.path] == nil {
            if let read = try? reader.read(path: article.path) { texts[article.path] = ArticleText(read) }
        }
        return texts
    }
}
