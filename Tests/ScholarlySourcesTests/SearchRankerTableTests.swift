import Testing
@testable import ScholarlySources

/// The ranker's weights file is read strictly: one trained on other features (another version, a
/// feature missing or unknown) is refused instead of read wrongly.
struct SearchRankerTableTests {
    static func table(version: Int = SearchRankingFeatures.version, names: [String] = SearchRankingFeatures.names) -> String {
        (["# a comment", "features\t\(version)"] + names.map { "\($0)\t0.5" }).joined(separator: "\n")
    }

    @Test func theShippedWeightsMatchTheCode() throws {
        #expect(SearchRanker.shared.weights.count == SearchRankingFeatures.names.count)
        let text = String(decoding: PackageResources.search_ranker_weights_tsv, as: UTF8.self)
        #expect(text.contains("features\t\(SearchRankingFeatures.version)\n"))
    }

    @Test func aTableOfAnotherVersionOrOtherFeaturesIsRefused() throws {
        #expect(try SearchRanker(table: Self.table()).weights == SearchRankingFeatures.names.map { _ in 0.5 })
        #expect(throws: SearchRanker.TableError.self) { try SearchRanker(table: Self.table(version: SearchRankingFeatures.version + 1)) }
        #expect(throws: SearchRanker.TableError.self) { try SearchRanker(table: Self.table(names: Array(SearchRankingFeatures.names.dropLast()))) }
        #expect(throws: SearchRanker.TableError.self) { try SearchRanker(table: Self.table(names: SearchRankingFeatures.names + ["novelty"])) }
    }

    @Test func aWrittenTableReadsBack() throws {
        let ranker = SearchRanker(weights: SearchRankingFeatures.names.indices.map { Double($0) / 8 - 1 })
        #expect(try SearchRanker(table: ranker.table(comments: ["test"])) == ranker)
    }
}
