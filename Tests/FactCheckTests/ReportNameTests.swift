@testable import FactCheck
import Foundation
import Testing

/// Report file names come from article paths, which anyone can choose: none may leave `--output`.
@Suite struct ReportNameTests {
    @Test func hostilePathsGiveNamesThatStayInTheOutputFolder() {
        let paths = [
            "../../etc/passwd.md", "/abs/..md", "a/.hidden.md", "b/...md", "c/x\ny.md", "d/back.md", "e/back.md",
            "f/back-2.md", "g/index.html", "h/na\u{0}me.txt", "i/über café.md", "j/a\\b.md", "k/%2e%2e%2fescape.md",
        ]
        let names = ReportWriter.fileNames(for: paths, reserving: [ReportWriter.indexName])
        #expect(names.count == paths.count)
        #expect(Set(names).count == names.count, "names must not collide: \(names)")
        for name in names {
            #expect(!name.isEmpty)
            #expect(!name.hasPrefix("."), "\(name)")
            #expect(!name.contains("/") && !name.contains("\\") && !name.contains("\n") && !name.contains("\u{0}"), "\(name)")
            let resolved = URL(fileURLWithPath: "/out").appendingPathComponent(name + ".json").standardizedFileURL.path
            #expect(resolved.hasPrefix("/out/"), "\(name) resolves to \(resolved)")
        }
        #expect(names[0] == "passwd")
        #expect(names[5] == "back" && names[6] == "back-2" && names[7] == "back-2-2")
        #expect(names[8] == "index-2", "the index page keeps its name")
    }
}
