import Testing
@testable import Scorer

/// The process-wide memo of what words analyse to.
@Suite struct SharedWordCacheTests {
    @Test func aWordIsWorkedOutOnceAndRemembered() {
        let cache = SharedWordCache(capacity: 10)
        var made = 0
        func entry(_ word: String) -> SharedWordCache.Entry {
            cache.entry(for: word) {
                made += 1
                return .init(stem: String(word.prefix(4)), isCueOrStop: false)
            }
        }
        #expect(entry("reduces").stem == "redu")
        #expect(entry("reduces").stem == "redu")
        #expect(made == 1)
        #expect(cache.count == 1)
    }

    @Test func pastItsCapacityItAnswersWithoutLearning() {
        let cache = SharedWordCache(capacity: 2)
        for word in ["a", "b", "c", "d"] { _ = cache.entry(for: word) { .init(stem: word + word, isCueOrStop: true) } }
        #expect(cache.count == 2)
        var made = 0
        let late = cache.entry(for: "d") {
            made += 1
            return .init(stem: "dd", isCueOrStop: true)
        }
        #expect(late.stem == "dd" && made == 1, "an unlearned word is still answered, by its maker")
    }

    @Test func analyzersOnManyThreadsAgree() async {
        let text = "Chenodeoxycholic acid increased brown adipose tissue activity in healthy women; it did not in men."
        let expected = TextAnalyzer().analyze(text).stems
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { TextAnalyzer().analyze(text).stems } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}
