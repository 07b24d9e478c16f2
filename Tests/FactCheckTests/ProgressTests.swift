import FactCheck
import Foundation
import Testing

/// The progress display's state and text (the terminal side is exercised through the executable).
@Suite struct ProgressTrackerTests {
    @Test func countsArticlesAndDistinctSources() {
        var tracker = ProgressTracker()
        tracker.record(.discovered(articles: 4))
        let started = tracker.record(.articleStarted(path: "a.md"))
        #expect(!started)
        tracker.record(.sourcesRead(urls: ["http://x/1", "http://x/2"]))
        let finished = tracker.record(.articleFinished(path: "a.md", claims: 3, errors: 0))
        #expect(finished)
        tracker.record(.sourcesRead(urls: ["http://x/2", "http://x/3"]))
        tracker.record(.articleFinished(path: "b.md", claims: 1, errors: 0))
        #expect(tracker.done == 2)
        #expect(tracker.total == 4)
        #expect(tracker.sourcesRead == 3)
    }

    @Test func estimatesTimeLeftFromThePaceSoFar() {
        var tracker = ProgressTracker()
        tracker.record(.discovered(articles: 10))
        #expect(tracker.secondsLeft(elapsed: 5) == nil)
        for _ in 0..<4 { tracker.record(.articleFinished(path: "a.md", claims: 0, errors: 0)) }
        #expect(tracker.secondsLeft(elapsed: 8) == 12)
        #expect(tracker.summary(elapsed: 8) == "4/10 articles  0 sources  0:08 elapsed  ~0:12 left")
        #expect(tracker.barLine(elapsed: 8, width: 10) == "[####------] 4/10 articles  0 sources  0:08 elapsed  ~0:12 left")
    }

    @Test func finishedRunShowsNoEstimate() {
        var tracker = ProgressTracker()
        tracker.record(.discovered(articles: 1))
        tracker.record(.sourcesRead(urls: ["u"]))
        tracker.record(.articleFinished(path: "a.md", claims: 0, errors: 0))
        #expect(tracker.summary(elapsed: 3725) == "1/1 articles  1 source  1:02:05 elapsed")
    }

    @Test func logsAboutFiftyLinesForLargeRuns() {
        var tracker = ProgressTracker()
        tracker.record(.discovered(articles: 1000))
        var moments = 0
        for _ in 0..<1000 {
            tracker.record(.articleFinished(path: "a.md", claims: 0, errors: 0))
            if tracker.isLogMoment { moments += 1 }
        }
        #expect(moments == 50)
    }
}

/// Progress on the real executable: stderr only, plain lines without a terminal, none with --quiet.
@Suite(.serialized) struct ProgressCommandTests {
    @Test func progressGoesToStderrAndQuietSilencesIt() throws {
        let workspace = try TestWorkspace()
        for index in 0..<3 { try workspace.write("news/s\(index).txt", MergeCommandTests.article) }
        let run = try FactcheckProcess.run(["check", "--no-fetch", "--format", "json", "--fail-on", "none", workspace.path("news")], in: workspace.root.path)
        #expect(run.status == 0)
        #expect(run.stderr.contains("progress: 3/3 articles"))
        #expect(!run.stdout.contains("progress"))
        _ = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        let quiet = try FactcheckProcess.run(["check", "--quiet", "--no-fetch", "--format", "json", "--fail-on", "none", workspace.path("news")], in: workspace.root.path)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test func quietStillPrintsErrors() throws {
        let workspace = try TestWorkspace()
        try workspace.write("news/s.txt", MergeCommandTests.article)
        let run = try FactcheckProcess.run(["check", "--quiet", "--no-fetch", "--fail-on", "none", workspace.path("news"), workspace.path("missing")], in: workspace.root.path)
        #expect(run.stderr.contains("missing"))
        #expect(!run.stderr.contains("progress"))
    }
}
