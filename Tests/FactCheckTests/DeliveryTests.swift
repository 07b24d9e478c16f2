import FactCheck
import FactCheckModel
import Testing

/// A run that hands each article's report over as it finishes gives the same reports, in the same
/// positions, as the one report of a whole run, without holding them.
@Suite struct DeliveryTests {
    @Test func eachArticleIsDeliveredOnceAtItsPositionInTheReport() async throws {
        let workspace = try TestWorkspace()
        try workspace.write("batch/a.txt", Fixtures.backPainArticle)
        try workspace.write("batch/b.md", "# Sleep\n\nWalking lowers blood sugar by 22 percent in adults.\n")
        try workspace.write("batch/c.md", "\n\n")
        let paths = [workspace.path("batch"), workspace.path("missing.txt")]
        var options = CheckOptions()
        options.fetchSources = false
        options.jobs = 2
        let checker = FactChecker(configuration: .withoutSearch, options: options)

        let whole = await checker.check(paths: paths)
        var delivered: [Int: ArticleReport] = [:]
        var texts: [Int: ArticleText] = [:]
        var deliveries = 0
        await checker.check(paths: paths) { position, report, text in
            deliveries += 1
            delivered[position] = report
            texts[position] = text
        }
        #expect(deliveries == 4)
        #expect(delivered.keys.sorted() == [0, 1, 2, 3])
        let inOrder = delivered.keys.sorted().compactMap { delivered[$0] }
        #expect(inOrder.map(\.path) == whole.articles.map(\.path))
        #expect(inOrder.map { $0.claims.map(\.claim.id) } == whole.articles.map { $0.claims.map(\.claim.id) })
        // The missing file comes last, as an error; texts only for articles with claims.
        #expect(inOrder[3].errors.first?.message.contains("no such file") == true)
        #expect(texts[0]?.text.contains("American Chiropractic Association") == true)
        #expect(texts[2] == nil && texts[3] == nil)
    }
}
