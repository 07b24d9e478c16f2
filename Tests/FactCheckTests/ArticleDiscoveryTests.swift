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
}
