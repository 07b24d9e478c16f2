import Testing
@testable import Extractor

/// The claim detector's causal prefixes are cut from the lexicon's verbs; these are the inflections
/// they must and must not match.
@Suite struct ClaimLexiconTests {
    @Test func causalPrefixesMatchEveryInflection() {
        for word in ["reduces", "reduced", "reducing", "cured", "eased", "led", "leads", "halved", "soothing"] {
            #expect(ClaimLexicon.containsCausalVerb([word]), "\(word)")
        }
    }

    @Test func causalPrefixesSkipLookalikes() {
        for word in ["current", "curve", "easily", "leader", "results", "slowly", "reductionism"] {
            #expect(!ClaimLexicon.containsCausalVerb([word]), "\(word)")
        }
    }

    @Test func trailingVerbsTakeEveryFormOfTheCoreReportingVerbs() {
        for word in ["report", "reports", "reported", "shown", "find", "found", "estimate"] {
            #expect(AttributionParser.trailingVerbs.contains(word), "\(word)")
        }
        #expect(!AttributionParser.trailingVerbs.contains("published"))
        #expect(AttributionParser.reportingVerbs.contains("found"))
        #expect(!AttributionParser.reportingVerbs.contains("report"))
    }
}
