import FactCheck
import Foundation

/// A temporary folder for one test, removed when the value is released.
final class TestWorkspace {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("factcheck-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes `text` to `name` (folders created as needed) and returns the absolute path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }
}

/// Article and source texts written for these tests.
enum Fixtures {
    /// An article shaped like the ones editors send: an attributed statistic with no link, a causal
    /// claim, a vague attribution, advice and a bio.
    static let backPainArticle = """
    Can a Massage Fix Your Back?

    The American Chiropractic Association says more than 80 percent of people will have back pain at some point in their lives. If that is you, you may want to book a massage.

    Massage increases blood flow to the muscles of the lower back. Studies have shown that massage can reduce cortisol in the bloodstream. It also releases dopamine, serotonin and oxytocin in the brain.

    Next time your back aches, consider booking a session with a masseuse.

    Sam Reed is a freelance writer living in Portland.
    """

    /// What the association's page says: a ceiling, not a floor.
    static let associationPage = """
    <!doctype html><html><head><title>Back pain facts and statistics</title></head>
    <body><nav><a href="/">Home</a> | <a href="/find">Find a doctor of chiropractic</a></nav>
    <main><h1>Back pain facts and statistics</h1>
    <p>Back pain is one of the most common reasons people miss work.</p>
    <p>Experts estimate that as much as 80 percent of the population will experience a back problem at some time in their lives.</p>
    <p>Most cases of back pain are mechanical and not caused by serious conditions.</p>
    </main><footer>Copyright notice</footer></body></html>
    """

    static let quotedSentence = "Experts estimate that as much as 80 percent of the population will experience a back problem at some time in their lives."
}

extension Configuration {
    /// The defaults without literature search, which is on by default and would otherwise send the
    /// tests' uncited claims to the real PubMed: tests never leave the machine.
    static var withoutSearch: Configuration {
        var configuration = Configuration()
        configuration.searchEnabled = false
        return configuration
    }
}
