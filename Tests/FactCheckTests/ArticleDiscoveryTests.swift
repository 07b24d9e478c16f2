@testable import FactCheck
import Foundation
import Testing

/// The command line's paths become each article once, however it is named.
@Suite struct ArticleDiscoveryTests {
    @Test func oneFileNamedTwoWaysIsOneArticle() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("news/a.md", "Text.")
        try workspace.write("news/b.md", "Text.")
        let dotted = workspace.path("news/../news/./a.md")
        let link = workspace.path("alias.md")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: article)

        let found = ArticleDiscovery.articles(in: [dotted, workspace.path("news"), link, article])

        #expect(found.problems.isEmpty)
        // The first name given that is not a link is kept; the folder adds only b.md.
        #expect(found.articles == [dotted, workspace.path("news/b.md")])
        #expect(ArticleDiscovery.articles(in: [link, article]).articles == [article])
    }

    @Test func twoFilesWithTheSameNameInDifferentFoldersAreBothChecked() throws {
        let workspace = try TestWorkspace()
        let one = try workspace.write("x/a.md", "Text.")
        let two = try workspace.write("y/a.md", "Text.")
        #expect(ArticleDiscovery.articles(in: [one, two]).articles == [one, two])
    }

    @Test func aHardLinkIsTheSameArticle() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("d/a.txt", "Text.")
        try FileManager.default.linkItem(atPath: article, toPath: workspace.path("d/hard.txt"))
        #expect(ArticleDiscovery.articles(in: [workspace.path("d")]).articles == [article])
    }

    /// Reports of an earlier run inside the folder (`Reports/`, `--output` beside the articles)
    /// are not read as articles; an article that merely mentions factcheck is.
    @Test func reportsOfAnEarlierRunAreNotArticles() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("site/a.md", "Massage lowers cortisol, a 2019 study found.\n")
        let mention = try workspace.write("site/notes.md", "## factcheck: what our newsroom learned\n\nIt helps.\n")
        let root = workspace.root.path
        for _ in 0..<2 {
            let run = try FactcheckProcess.run(["check", "-q", "--no-fetch", "--format", "html,markdown", "--output", "site/Reports", "site"], in: root)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let found = ArticleDiscovery.articles(in: [workspace.path("site")]).articles
        #expect(found == [article, mention])
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/Reports/a-2.html")))
    }
}
