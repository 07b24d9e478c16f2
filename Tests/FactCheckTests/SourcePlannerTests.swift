@testable import FactCheck
import FactCheckModel
import Testing

/// Which sources a claim is checked against: the article's links, `--source`, then the registry
/// entries its attribution names, else those the claim names itself.
@Suite struct SourcePlannerTests {
    let planner = SourcePlanner(
        registry: SourceRegistry(entries: [
            .init(name: "Coastal Health Trust", aliases: ["CHT"], urls: ["https://cht.example/trial"], files: []),
            .init(name: "Eastgate Institute", aliases: [], urls: ["https://eastgate.example/review"], files: []),
        ]),
        extraSources: ["https://extra.example/page"])

    func claim(_ text: String, attribution: Attribution? = nil, citations: [String] = []) -> Claim {
        Claim(
            id: ClaimID.make(for: text), text: text, sentence: text, span: TextSpan(start: 0, end: 1, line: 1, column: 1),
            kind: .statistic, checkworthiness: 0.9, attribution: attribution, hedges: [], quantities: [], citations: citations)
    }

    func urls(_ claim: Claim) -> [String] { planner.sources(for: claim).map(\.url) }

    @Test func linksThenOptionsThenTheAttributedOrganisation() {
        let attributed = claim(
            "vitamin D halves colds", attribution: Attribution(source: "the CHT", vague: false),
            citations: ["https://news.example/story", "https://cht.example/trial"])
        #expect(urls(attributed) == ["https://news.example/story", "https://cht.example/trial", "https://extra.example/page"])
        // The registry's copy of a cited URL is the article's citation, read once.
        #expect(planner.sources(for: attributed).first { $0.url == "https://cht.example/trial" }?.origin == .link)
    }

    @Test func anOrganisationTheClaimNamesIsCheckedWithoutAnAttribution() {
        let named = claim("The Coastal Health Trust trial enrolled 3,000 adults")
        #expect(urls(named) == ["https://extra.example/page", "https://cht.example/trial"])
        #expect(planner.sources(for: named).last?.origin == .registry)
        // Whole words only, and nobody named: nothing from the registry.
        #expect(urls(claim("A coastal health trustee enrolled 3,000 adults")) == ["https://extra.example/page"])
    }

    @Test func theAttributionDecidesWhenItNamesSomeone() {
        // Attributed to the Eastgate Institute, mentioning the CHT: Eastgate's publication is the source.
        let attributed = claim(
            "the Coastal Health Trust trial was too small", attribution: Attribution(source: "Eastgate Institute", vague: false))
        #expect(urls(attributed) == ["https://extra.example/page", "https://eastgate.example/review"])
        // Credited to someone not in the registry: not checked against the organisation it mentions.
        let cochrane = claim(
            "the Coastal Health Trust trial of 40 patients found no effect", attribution: Attribution(source: "a Cochrane review", vague: false))
        #expect(urls(cochrane) == ["https://extra.example/page"])
        // A vague attribution names no entry; the claim's own words still can.
        let vague = claim("the CHT trial enrolled 3,000 adults", attribution: Attribution(source: "studies show", vague: true))
        #expect(urls(vague) == ["https://extra.example/page", "https://cht.example/trial"])
    }

    @Test func anAcronymMatchesOnlyAsWritten() {
        let who = SourcePlanner(
            registry: SourceRegistry(entries: [.init(name: "World Health Organization", aliases: ["WHO"], urls: ["https://who.example/"], files: [])]),
            extraSources: [])
        #expect(who.sources(for: claim("Adults who walk 8,000 steps a day live longer")).isEmpty)
        #expect(who.sources(for: claim("The WHO says adults should walk 8,000 steps a day")).map(\.url) == ["https://who.example/"])
        #expect(who.sources(for: claim("The World Health Organization says adults should walk")).map(\.url) == ["https://who.example/"])
        #expect(who.registry.names == ["World Health Organization", "WHO"])
    }
}
