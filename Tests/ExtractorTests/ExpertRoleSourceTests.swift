import FactCheckModel
import Testing
@testable import Extractor

/// One expert is a role that speaks, as an analyst or a scholar is (``Lexicon/sourceRoleNouns``):
/// "our expert in river ecology says" names the one the article introduced.
@Suite struct ExpertRoleSourceTests: ExtractorProbing {
    @Test func anExpertIsASource() {
        #expect(source("Just as our expert in river ecology says, the weir will need repairs by spring.") == "our expert in river ecology")
        #expect(source("The expert said that the weir would need repairs by spring.") == "expert")
    }

    /// "expert" as an adjective, a question, a headline and the plural crowd credit no one new.
    @Test func expertInOtherUsesCreditsNoOne() {
        #expect(source("The expert advice was ignored and the weir failed in May.") == nil)
        #expect(source("Did the expert say the weir would fail?") == nil)
        #expect(source("Expert Advice Ignored As Weir Fails") == nil)
        #expect(source("Ask an expert in river ecology before you build a weir.") == nil)
    }
}
