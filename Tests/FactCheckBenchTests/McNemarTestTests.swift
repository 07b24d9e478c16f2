import Testing
@testable import FactCheckBench

/// The exact McNemar (sign-test) p-value on hand-made discordant counts. Every expected value was
/// worked by hand from p = min(1, 2·Σ_{i≤min(b,c)} C(n,i)/2ⁿ) where small, and checked against
/// `scipy.stats.binomtest(b, b + c, 0.5).pvalue` (scipy 1.17.1) for all of them.
@Suite struct McNemarTestTests {
    @Test func noDiscordantPairsIsNoEvidence() {
        #expect(McNemarTest(onlyFirst: 0, onlySecond: 0).pValue == 1)
        // One pair on one side: doubling 1/2 is 1, as it must be.
        #expect(McNemarTest(onlyFirst: 1, onlySecond: 0).pValue == 1)
        // An even split is the likeliest outcome of the coin: p is 1, not more.
        #expect(McNemarTest(onlyFirst: 10, onlySecond: 10).pValue == 1)
    }

    @Test func smallCountsMatchTheHandComputation() {
        // 2 · 1/32.
        #expect(abs(McNemarTest(onlyFirst: 5, onlySecond: 0).pValue - 0.0625) < 1e-12)
        // 2 · (1 + 10 + 45 + 120) / 1024.
        #expect(abs(McNemarTest(onlyFirst: 3, onlySecond: 7).pValue - 0.34375) < 1e-12)
        // 2 · 1/1024, and the test is symmetric in its two sides.
        #expect(abs(McNemarTest(onlyFirst: 0, onlySecond: 10).pValue - 0.001953125) < 1e-12)
        #expect(abs(McNemarTest(onlyFirst: 10, onlySecond: 0).pValue - 0.001953125) < 1e-12)
        // 2 · (1 + 12) / 4096.
        #expect(abs(McNemarTest(onlyFirst: 1, onlySecond: 11).pValue - 0.00634765625) < 1e-12)
    }

    @Test func largerCountsMatchScipy() {
        #expect(abs(McNemarTest(onlyFirst: 6, onlySecond: 14).pValue - 0.11531829833984375) < 1e-9)
        #expect(abs(McNemarTest(onlyFirst: 58, onlySecond: 62).pValue - 0.7843281773322766) < 1e-9)
        #expect(abs(McNemarTest(onlyFirst: 40, onlySecond: 77).pValue - 0.0007995844433963239) < 1e-9)
        #expect(abs(McNemarTest(onlyFirst: 100, onlySecond: 140).pValue - 0.01166409231767769) < 1e-9)
    }

    @Test func countsBeyondADoublesBinomialCoefficientStayFinite() {
        // C(2000, 1000) overflows a Double; the log-space sum must not. An even split is p = 1,
        // a 45 / 55 split of 2,000 is far from chance (scipy: 8.45708953550381e-06).
        #expect(McNemarTest(onlyFirst: 1000, onlySecond: 1000).pValue == 1)
        #expect(abs(McNemarTest(onlyFirst: 900, onlySecond: 1100).pValue - 8.45708953550381e-06) < 1e-10)
    }
}
