@testable import FactCheck
import FactCheckModel
import Foundation
import Testing

/// `--shard K/N`: a deterministic, machine-independent split of the article list.
@Suite struct ShardTests {
    @Test func parsesKOverN() throws {
        let shard = try Shard(parsing: "2/4")
        #expect(shard.index == 2)
        #expect(shard.count == 4)
        #expect(shard.description == "2/4")
        #expect(try Shard(parsing: "1/1").contains(key: "anything.md"))
    }

    @Test(arguments: ["0/4", "5/4", "1/0", "-1/2", "2", "a/b", "1/2/3", "", "/"])
    func rejectsBadValues(_ text: String) {
        #expect(throws: ShardError.self) { try Shard(parsing: text) }
    }

    /// FNV-1a is fixed by its definition; pinning two values catches an accidental change of hash,
    /// which would silently move articles between CI jobs.
    @Test func hashIsTheStandardFNV1a() {
        #expect(FNV1a.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a.hash("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test func everyKeyIsInExactlyOneShard() throws {
        let shards = try (1...4).map { try Shard(index: $0, count: 4) }
        let keys = (0..<400).map { "news/2024/article-\($0).md" }
        var sizes = [0, 0, 0, 0]
        for key in keys {
            let owners = shards.filter { $0.contains(key: key) }
            #expect(owners.count == 1)
            if let owner = owners.first { sizes[owner.index - 1] += 1 }
        }
        // Balanced enough to be worth a matrix (expected 100 each).
        #expect(sizes.allSatisfy { $0 > 60 })
    }

    @Test func discoveryKeysOnThePathRelativeToTheFolderGiven() throws {
        let one = try TestWorkspace()
        let two = try TestWorkspace()
        let names = (0..<30).map { "sub\($0 % 3)/a\($0).md" }
        for name in names {
            try one.write("news/" + name, "Text.")
            try two.write("elsewhere/deeper/" + name, "Text.")
        }
        for index in 1...3 {
            let shard = try Shard(index: index, count: 3)
            let first = ArticleDiscovery.articles(in: [one.path("news")], shard: shard).articles.map { String($0.dropFirst(one.path("news").count + 1)) }
            // A trailing slash and another checkout folder change nothing.
            let second = ArticleDiscovery.articles(in: [two.path("elsewhere/deeper") + "/"], shard: shard).articles
                .map { String($0.dropFirst(two.path("elsewhere/deeper").count + 1)) }
            #expect(first == second)
            #expect(first == names.sorted().filter { shard.contains(key: $0) })
        }
    }

    @Test func shardsPartitionTheUnshardedList() throws {
        let workspace = try TestWorkspace()
        for index in 0..<25 { try workspace.write("news/\(index).md", "Text.") }
        let all = ArticleDiscovery.articles(in: [workspace.path("news")]).articles
        var union: [String] = []
        for index in 1...4 {
            union += ArticleDiscovery.articles(in: [workspace.path("news")], shard: try Shard(index: index, count: 4)).articles
        }
        #expect(union.sorted() == all)
    }

    @Test func pathProblemsAreReportedByShardOneOnly() throws {
        let missing = "/no/such/folder-\(UUID().uuidString)"
        #expect(ArticleDiscovery.articles(in: [missing], shard: try Shard(index: 1, count: 2)).problems.count == 1)
        #expect(ArticleDiscovery.articles(in: [missing], shard: try Shard(index: 2, count: 2)).problems.isEmpty)
    }
}
