@_exported import FactCheckModel
import Extractor
import Reporter

// The façade's vocabulary. The model's value types (`Report`, `Claim`, `Verdict`, …) are what every
// answer of the façade is made of, so they come with `import FactCheck`: a client of the pipeline
// needs them and nothing below them. Re-exporting the model cannot leak a stage, since the model
// imports nothing of the project.
//
// The values below belong to a stage but are also the façade's inputs and answers: named here so a
// client of the façade does not import that stage. Only plain values are named; the machinery that
// makes them (renderers, the claim extractor, the fetcher and its cache) stays behind the façade.

/// The output formats by the names `--format` takes (Reporter's).
public typealias ReportFormat = Reporter.ReportFormat
/// What a run knows beyond its report that some formats need (Reporter's).
public typealias RenderContext = Reporter.RenderContext
/// How a report names local source files: relative to a folder, never by absolute path (Reporter's).
public typealias LocalSourcePath = Reporter.LocalSourcePath
/// An article's claims and the sentences that were not claims (Extractor's).
public typealias ExtractedArticle = Extractor.ExtractedArticle
/// A sentence the extractor did not take as a claim, and why (Extractor's).
public typealias SkippedSentence = Extractor.SkippedSentence

extension ReportFormat {
    /// The report in this format, as text: for stdout (files go through ``ReportWriter``).
    public func render(_ report: Report, context: RenderContext) throws -> String {
        try renderer(context).render(report)
    }
}
