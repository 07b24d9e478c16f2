@testable import FactCheck
import FactCheckModel
import Testing

/// Which uncited claims go to PubMed and Europe PMC: what the biomedical literature can answer,
/// never a council budget (a loosely matching paper would give it a verdict and fail the run).
@Suite struct LiteratureScopeTests {
    func claim(_ text: String, source: String? = nil, vague: Bool = true) -> Claim {
        Claim(
            id: ClaimID.make(for: text), text: text, sentence: text, span: TextSpan(start: 0, end: text.count, line: 1, column: 1),
            kind: .causal, checkworthiness: 0.9, attribution: source.map { Attribution(source: $0, vague: vague) }, hedges: [],
            quantities: [], citations: [])
    }

    @Test func healthAndResearchClaimsAreSearchedNewsIsNot() {
        #expect(SourcePlan.isForTheLiterature(claim("massage lowers cortisol in the bloodstream")))
        #expect(SourcePlan.isForTheLiterature(claim("walking after dinner improves sleep")))
        #expect(SourcePlan.isForTheLiterature(claim("green tea slows hair loss", source: "Studies have shown")))
        #expect(SourcePlan.isForTheLiterature(claim("green tea slows hair loss", source: "a 2019 trial", vague: false)))
        #expect(!SourcePlan.isForTheLiterature(claim("the new bins will lift the recycling rate to more than half")))
        #expect(!SourcePlan.isForTheLiterature(claim("freight rates doubled in a year", source: "analysts at Harbour Bank", vague: false)))
        #expect(!SourcePlan.isForTheLiterature(claim("rents rose 9 percent in the spring", source: "officials")))
    }
}
