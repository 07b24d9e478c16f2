@testable import FactCheck
import Foundation
import Testing

/// `.factcheckignore` in gitignore syntax: the parser, the matcher, and the walk that applies them.
@Suite struct IgnorePatternTests {
    func matches(_ line: String, _ path: String, directory: Bool = false) -> Bool {
        guard let pattern = IgnorePattern(line: line) else { return false }
        return pattern.matches(path.split(separator: "/").map(String.init), isDirectory: directory)
    }

    @Test func blankLinesAndCommentsAreNoPatterns() {
        #expect(IgnorePattern(line: "") == nil)
        #expect(IgnorePattern(line: "   ") == nil)
        #expect(IgnorePattern(line: "# drafts") == nil)
        #expect(IgnorePattern(line: "/") == nil)
        #expect(IgnorePattern(line: "!") == nil)
    }

    @Test func escapedHashAndBangAreLiteral() {
        #expect(matches("\\#notes.md", "#notes.md"))
        #expect(matches("\\!important.md", "!important.md"))
        #expect(IgnorePattern(line: "\\!important.md")?.negated == false)
    }

    @Test func trailingSpacesAreDroppedUnlessEscaped() {
        #expect(matches("draft.md   ", "draft.md"))
        #expect(matches("draft\\ ", "draft "))
        #expect(!matches("draft\\ ", "draft"))
    }

    @Test func windowsLineEndingIsIgnored() {
        #expect(matches("draft.md\r", "draft.md"))
    }

    @Test func unanchoredNameMatchesAtAnyDepth() {
        #expect(matches("draft.md", "draft.md"))
        #expect(matches("draft.md", "a/b/draft.md"))
        #expect(!matches("draft.md", "a/draft.md.bak"))
    }

    @Test func starAndQuestionMarkStayWithinAName() {
        #expect(matches("*.txt", "notes.txt"))
        #expect(matches("*.txt", "deep/in/notes.txt"))
        #expect(!matches("*.txt", "notes.md"))
        #expect(matches("draft-?.md", "draft-1.md"))
        #expect(!matches("draft-?.md", "draft-10.md"))
        #expect(!matches("a/*.md", "a/b/c.md"))
        #expect(matches("a/*.md", "a/c.md"))
        // gitignore's `*` matches a leading dot.
        #expect(matches("*.md", ".x.md"))
    }

    @Test func characterClasses() {
        #expect(matches("draft-[0-9].md", "draft-7.md"))
        #expect(!matches("draft-[0-9].md", "draft-x.md"))
        #expect(matches("draft-[!0-9].md", "draft-x.md"))
    }

    @Test func leadingSlashAnchorsToTheIgnoreFilesFolder() {
        #expect(matches("/draft.md", "draft.md"))
        #expect(!matches("/draft.md", "sub/draft.md"))
        #expect(IgnorePattern(line: "/draft.md")?.anchored == true)
    }

    @Test func middleSlashAnchors() {
        #expect(matches("docs/old", "docs/old", directory: true))
        #expect(!matches("docs/old", "x/docs/old", directory: true))
        #expect(IgnorePattern(line: "docs/old")?.anchored == true)
    }

    @Test func trailingSlashMatchesFoldersOnly() {
        #expect(matches("drafts/", "drafts", directory: true))
        #expect(matches("drafts/", "a/drafts", directory: true))
        #expect(!matches("drafts/", "drafts", directory: false))
        // A trailing slash alone does not anchor.
        #expect(IgnorePattern(line: "drafts/")?.anchored == false)
    }

    @Test func leadingDoubleStarMatchesAnyDepth() {
        #expect(matches("**/tmp", "tmp", directory: true))
        #expect(matches("**/tmp", "a/b/tmp", directory: true))
        #expect(matches("**/tmp/x.md", "tmp/x.md"))
        #expect(matches("**/tmp/x.md", "a/b/tmp/x.md"))
        #expect(!matches("**/tmp/x.md", "a/b/tmp/y.md"))
    }

    @Test func trailingDoubleStarMatchesEverythingInside() {
        #expect(matches("drafts/**", "drafts/a.md"))
        #expect(matches("drafts/**", "drafts/x/y/a.md"))
        #expect(!matches("drafts/**", "drafts", directory: true))
        #expect(!matches("drafts/**", "other/drafts/a.md"))
    }

    @Test func middleDoubleStarMatchesZeroOrMoreFolders() {
        #expect(matches("a/**/b.md", "a/b.md"))
        #expect(matches("a/**/b.md", "a/x/b.md"))
        #expect(matches("a/**/b.md", "a/x/y/z/b.md"))
        #expect(!matches("a/**/b.md", "x/a/b.md"))
    }

    @Test func negationIsRecorded() {
        let pattern = IgnorePattern(line: "!keep.md")
        #expect(pattern?.negated == true)
        #expect(pattern?.segments == ["keep.md"])
    }
}

@Suite struct IgnoreRulesTests {
    @Test func lastMatchingPatternWins() {
        var rules = IgnoreRules()
        rules.add("*.md\n!keep.md\n", folder: "/news")
        #expect(rules.isIgnored("/news/a.md", isDirectory: false))
        #expect(!rules.isIgnored("/news/keep.md", isDirectory: false))
        #expect(!rules.isIgnored("/news/a.txt", isDirectory: false))
        rules.add("keep.md\n", folder: "/news/sub")
        #expect(rules.isIgnored("/news/sub/keep.md", isDirectory: false))
        #expect(!rules.isIgnored("/news/keep.md", isDirectory: false))
    }

    @Test func patternsApplyOnlyBelowTheirFolder() {
        var rules = IgnoreRules()
        rules.add("/draft.md", folder: "/news/sub")
        #expect(rules.isIgnored("/news/sub/draft.md", isDirectory: false))
        #expect(!rules.isIgnored("/news/draft.md", isDirectory: false))
        #expect(!rules.isIgnored("/news/subway/draft.md", isDirectory: false))
    }
}

/// The walk: what `factcheck check FOLDER` finds once ignore files are in place.
@Suite struct IgnoreDiscoveryTests {
    func relativeArticles(_ workspace: TestWorkspace, _ folder: String = "news") -> [String] {
        let root = workspace.path(folder)
        return ArticleDiscovery.articles(in: [root]).articles.map { String($0.dropFirst(root.count + 1)) }
    }

    @Test func ignoreFileExcludesFilesAndFolders() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".git/HEAD", "ref: main\n")
        try workspace.write("news/.factcheckignore", """
            # drafts are not published
            drafts/
            *.txt
            !keep.txt
            /archive/2019
            """)
        for name in ["a.md", "keep.txt", "notes.txt", "drafts/x.md", "sub/drafts/y.md", "archive/2019/old.md", "archive/2020/new.md", "sub/b.html"] {
            try workspace.write("news/" + name, "Text.")
        }
        #expect(relativeArticles(workspace) == ["a.md", "archive/2020/new.md", "keep.txt", "sub/b.html"])
    }

    @Test func negationCannotReachIntoAnExcludedFolder() throws {
        let workspace = try TestWorkspace()
        try workspace.write("news/.factcheckignore", "drafts/\n!drafts/keep.md\n")
        try workspace.write("news/drafts/keep.md", "Text.")
        try workspace.write("news/a.md", "Text.")
        #expect(relativeArticles(workspace) == ["a.md"])
    }

    @Test func excludingContentsThenNegatingReincludes() throws {
        let workspace = try TestWorkspace()
        try workspace.write("news/.factcheckignore", "drafts/*\n!drafts/keep.md\n")
        try workspace.write("news/drafts/keep.md", "Text.")
        try workspace.write("news/drafts/other.md", "Text.")
        #expect(relativeArticles(workspace) == ["drafts/keep.md"])
    }

    @Test func nestedIgnoreFileAppliesToItsSubtreeOnly() throws {
        let workspace = try TestWorkspace()
        try workspace.write("news/sub/.factcheckignore", "*.md\n")
        try workspace.write("news/sub/a.md", "Text.")
        try workspace.write("news/sub/a.txt", "Text.")
        try workspace.write("news/b.md", "Text.")
        try workspace.write("news/zz/c.md", "Text.")
        #expect(relativeArticles(workspace) == ["b.md", "sub/a.txt", "zz/c.md"])
    }

    @Test func parentIgnoreFilesCountUpToTheProjectRoot() throws {
        let workspace = try TestWorkspace()
        try workspace.write("project/.factcheck.toml", "")
        try workspace.write("project/.factcheckignore", "drafts/\n")
        try workspace.write("project/news/drafts/x.md", "Text.")
        try workspace.write("project/news/a.md", "Text.")
        #expect(relativeArticles(workspace, "project/news") == ["a.md"])
    }

    @Test func parentIgnoreFilesDoNotCountWithoutAProjectRoot() throws {
        let workspace = try TestWorkspace()
        // No .git or .factcheck.toml anywhere up to /tmp: only the folder's own file counts.
        try workspace.write("outer/.factcheckignore", "*.md\n")
        try workspace.write("outer/news/a.md", "Text.")
        #expect(relativeArticles(workspace, "outer/news") == ["a.md"])
    }

    @Test func hiddenNamesStaySkipped() throws {
        let workspace = try TestWorkspace()
        try workspace.write("news/.hidden/a.md", "Text.")
        try workspace.write("news/.b.md", "Text.")
        try workspace.write("news/c.md", "Text.")
        #expect(relativeArticles(workspace) == ["c.md"])
    }

    @Test func linksToFilesOutsideTheFolderAreNotReadButNamed() throws {
        let workspace = try TestWorkspace()
        let secret = try workspace.write("private/id_rsa.md", "-----BEGIN KEY-----")
        try workspace.write("news/inside/real.md", "Text.")
        try workspace.write("news/a.md", "Text.")
        let fileManager = FileManager.default
        try fileManager.createSymbolicLink(atPath: workspace.path("news/leak.md"), withDestinationPath: secret)
        try fileManager.createSymbolicLink(atPath: workspace.path("news/relative-leak.md"), withDestinationPath: "../private/id_rsa.md")
        try fileManager.createSymbolicLink(atPath: workspace.path("news/alias.md"), withDestinationPath: "inside/real.md")
        // A link to a file inside is that file, checked once under its own name.
        #expect(relativeArticles(workspace) == ["a.md", "inside/real.md"])
        let problems = ArticleDiscovery.articles(in: [workspace.path("news")]).problems
        #expect(problems.map(\.path) == [workspace.path("news/leak.md"), workspace.path("news/relative-leak.md")])
        #expect(problems.allSatisfy { $0.message.contains("a symbolic link to a file outside") && !$0.message.contains("private") })
        // Named on the command line, the user asked for it: read.
        #expect(ArticleDiscovery.articles(in: [workspace.path("news/leak.md")]).articles == [workspace.path("news/leak.md")])
    }

    @Test func fileNamedOnTheCommandLineIsCheckedEvenIfIgnored() throws {
        let workspace = try TestWorkspace()
        try workspace.write("news/.factcheckignore", "*.md\n")
        let path = try workspace.write("news/a.md", "Text.")
        #expect(ArticleDiscovery.articles(in: [path]).articles == [path])
    }

    @Test func everythingIgnoredIsReportedAsAnEmptyFolder() throws {
        let workspace = try TestWorkspace()
        try workspace.write("news/.factcheckignore", "*\n")
        try workspace.write("news/a.md", "Text.")
        let (articles, problems) = ArticleDiscovery.articles(in: [workspace.path("news")])
        #expect(articles.isEmpty)
        #expect(problems.count == 1)
    }
}
