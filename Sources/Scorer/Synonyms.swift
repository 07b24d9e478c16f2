import TextAnalysis

/// The synonym groups of ``Lexicon/synonymGroups``, as stems: an article says "people", the study
/// says "population"; "blood flow" in the article is "circulation" in the source. A match through a
/// synonym earns less coverage than the word itself (``ScoringThresholds/synonymCredit``).
enum Synonyms {
    /// Groups of interchangeable words or phrases, written as plain text; stemmed once on first use.
    static let groups: [[String]] = Lexicon.synonymGroups

    /// A group member as stems: one stem for a word, several for a phrase.
    typealias Phrase = [String]

    /// The table as stems, with an index from each member's first stem to the groups it starts.
    struct Table: Sendable {
        let groups: [[Phrase]]
        /// First stem of a member → (group, member) pairs, in table order.
        let byFirstStem: [String: [(group: Int, member: Int)]]
    }

    static let table: Table = table(of: groups)

    /// ``Lexicon/paraphraseGroups`` as stems: looser pairs the rules accept as the same subject
    /// ("eating" ~ "consumption"), which the verifier's features do not read.
    static let paraphraseTable: Table = table(of: Lexicon.paraphraseGroups)

    static func table(of groups: [[String]]) -> Table {
        let stemmer = Stemmer()
        let stemmedGroups: [[Phrase]] = groups.map { group in
            group.map { member in
                CueLexicon.split(member).map { CueLexicon.isCueOrStop($0) ? $0 : stemmer.stem($0) }
            }
        }
        var index: [String: [(group: Int, member: Int)]] = [:]
        for (groupIndex, group) in stemmedGroups.enumerated() {
            for (memberIndex, member) in group.enumerated() {
                index[member[0], default: []].append((groupIndex, memberIndex))
            }
        }
        return Table(groups: stemmedGroups, byFirstStem: index)
    }

    /// For each position of `stems` (a claim's content stems, in order), the alternatives a source may
    /// use instead: the other members of every group whose member phrase covers that position.
    ///
    /// "blood flow" in the claim gives both "blood" and "flow" the alternative ["circul"]; a source
    /// that says "circulation" then covers both words, at synonym credit.
    static func alternatives(for stems: [String], in table: Table = table) -> [[Phrase]] {
        var result = Array(repeating: [Phrase](), count: stems.count)
        for start in 0..<stems.count {
            guard let entries = table.byFirstStem[stems[start]] else { continue }
            for entry in entries {
                let member = table.groups[entry.group][entry.member]
                guard start + member.count <= stems.count,
                      Array(stems[start..<(start + member.count)]) == member
                else { continue }
                let others = table.groups[entry.group].enumerated()
                    .filter { $0.offset != entry.member }.map(\.element)
                for position in start..<(start + member.count) {
                    for other in others where !result[position].contains(other) {
                        result[position].append(other)
                    }
                }
            }
        }
        return result
    }
}
