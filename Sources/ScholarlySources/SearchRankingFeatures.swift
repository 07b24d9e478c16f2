import Foundation

/// What the learned ranker (``SearchRanker``) knows of one paper a literature search returned:
/// where each backend ranked it, the reciprocal-rank fusion of those ranks, how its own title and
/// abstract match the claim (``SearchRelevance/Match``), its length and study type. Only what
/// exists at run time, from the claim and the papers returned: nothing learned elsewhere.
///
/// The names are the weights file's rows; change them or what they mean and ``version`` goes up,
/// so that a weights file trained on the old ones is refused instead of read wrongly.
public struct SearchRankingFeatures: Sendable, Equatable {
    public static let version = 1

    /// The lists a search fuses.
    public enum Source: Sendable, Hashable, CaseIterable {
        case pubMed
        case europePMCExact
        case europePMCTruncated
    }

    public static let names = [
        "pubmed", "pubmedRank", "exact", "exactRank", "truncated", "truncatedRank", "fusion",
        "whole", "best", "title", "wholeCount", "bestCount", "rarest", "abbreviation", "length", "studyType",
    ]

    /// In the order of ``names``.
    public var values: [Double]

    /// - Parameters:
    ///   - ranks: each list's rank of the paper, from 0 (absent: the list did not return it).
    ///   - fusion: its reciprocal-rank fusion score over the lists.
    ///   - studyTypeLift: the lift the search gives reviews and trials, as a fraction of a first rank.
    public init(ranks: [Source: Int], fusion: Double, match: SearchRelevance.Match, studyTypeLift: Double) {
        func found(_ source: Source) -> Double { ranks[source] == nil ? 0 : 1 }
        func rank(_ source: Source) -> Double { ranks[source].map { 1 / Double($0 + 1) } ?? 0 }
        values = [
            found(.pubMed), rank(.pubMed), found(.europePMCExact), rank(.europePMCExact),
            found(.europePMCTruncated), rank(.europePMCTruncated), fusion,
            match.whole, match.best, match.title, match.wholeCount, match.bestCount,
            match.rarest ? 1 : 0, match.abbreviation ? 1 : 0, log(1 + Double(match.sentences)), studyTypeLift,
        ]
    }

    public init(values: [Double]) {
        self.values = values
    }
}
