import FactCheckModel
import Foundation
@testable import Reporter
import Testing

/// A run may replace a file only when it is a factcheck report of the same format: each format
/// recognises its own output, empty or full, and nothing a user would keep at that path.
@Suite struct ReportRecognitionTests {
    static let empty = Report(tool: .init(name: "factcheck", version: "0.1.0"), articles: [])

    @Test(arguments: ReportFormat.allCases)
    func eachFormatRecognisesWhatItWrites(_ format: ReportFormat) throws {
        for report in [ReporterTests.report, Self.empty] {
            let rendered = try format.renderer(RenderContext()).render(report)
            #expect(format.recognizes(Data(rendered.utf8)), "\(format) does not recognise its own output")
        }
        let index = HTMLIndexRenderer(reportFiles: ["a.html"], checkedAt: nil).render([], tool: Self.empty.tool)
        #expect(ReportFormat.html.recognizes(Data(index.utf8)))
    }

    /// What users keep where a report could land: the article itself, their own pages and data.
    static let theirs = [
        "Massage lowers cortisol, a 2019 study found.\n\nMost people will have back pain.\n",
        "<!DOCTYPE html>\n<html><head><meta name=\"generator\" content=\"Hugo 0.120\"><title>About</title></head><body><p>Us.</p></body></html>\n",
        "{\"name\": \"my-site\", \"version\": \"1.0.0\", \"tool\": {\"name\": \"webpack\"}}\n",
        "# Notes\n\n## factcheck ideas\n\nTry it on the blog.\n",
        "## factcheck: what our newsroom learned\n\nIt found 3 claims in 1 article.\n",
        "<?xml version=\"1.0\"?>\n<testsuites name=\"unit\"><testsuite name=\"x\"/></testsuites>\n",
        "{\"@context\": \"https://schema.org\", \"@type\": \"Article\", \"headline\": \"Back pain\"}\n",
        "Summary of the week\n3 articles, 12 claims were drafted by the desk, then cut\n",
    ]

    @Test(arguments: ReportFormat.allCases)
    func noFormatTakesAUsersFileForItsOwn(_ format: ReportFormat) {
        for text in Self.theirs {
            #expect(!format.recognizes(Data(text.utf8)), "\(format) would replace: \(text.prefix(40))")
        }
    }

    @Test func anEmptyFileLosesNothing() {
        for format in ReportFormat.allCases { #expect(format.recognizes(Data())) }
    }
}
