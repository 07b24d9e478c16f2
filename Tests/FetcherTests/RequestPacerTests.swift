import Testing
@testable import Fetcher

/// NCBI's limit, where requests are sent: however many ask at once, the pacer lets at most
/// three through in any second (ten with an API key).
struct RequestPacerTests {
    @Test func atMostThreeRequestsInAnySecond() async {
        let pacer = RequestPacer()
        let times = await withTaskGroup(of: ContinuousClock.Instant.self) { group in
            for _ in 0..<7 {
                group.addTask {
                    await pacer.waitForSlot(requestsPerSecond: 3)
                }
            }
            return await group.reduce(into: []) { $0.append($1) }.sorted()
        }
        for index in times.indices.dropLast(3) {
            #expect(times[index + 3] - times[index] >= .seconds(1))
        }
    }

    @Test func tenWithAKey() async {
        let pacer = RequestPacer()
        let start = ContinuousClock.now
        for _ in 0..<11 { await pacer.waitForSlot(requestsPerSecond: 10) }
        #expect(ContinuousClock.now - start >= .seconds(1))
    }
}
