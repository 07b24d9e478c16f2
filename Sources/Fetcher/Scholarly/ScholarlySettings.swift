import ScholarlySources

/// Which scholarly APIs to use and where they are: the `[search]` section of `.factcheck.toml`.
///
/// Resolution of a cited DOI, PMID or PMCID always uses the APIs it needs (each at its configured
/// base URL); `backends` chooses which ones a claim *without* a usable source is searched in.
public struct ScholarlySettings: Sendable, Hashable {
    /// A literature search backend. Crossref is accepted in the list (it resolves DOIs and
    /// retractions) but has no abstracts worth searching, so it adds nothing to a search.
    public enum Backend: String, Sendable, Hashable, CaseIterable {
        case pubmed
        case europepmc
        case crossref
    }

    public var backends: [Backend]
    public var eutils: EutilsRequests
    public var europePMC: EuropePMCRequests
    public var crossref: CrossrefRequests
    /// How many search hits become sources for one claim.
    public var maxSearchResults: Int
    /// Papers asked of each backend per query: more than are kept, so that fusing the two lists
    /// and leaving out retracted papers still leaves ``maxSearchResults``.
    public var candidatesPerBackend = 5
    /// Papers asked of Europe PMC's ranked search: one page, more than are kept, because the
    /// papers it returns are re-ranked by their own text (``relevanceWeight``) at no extra query.
    public var rankedCandidates = 10
    /// How much a paper's match with the claim in its own title and abstract (`SearchRelevance`,
    /// 0–2) counts against its reciprocal-rank fusion score (at most about 0.67); 0 turns it off.
    public var relevanceWeight = 1.0
    /// PubMed queries per claim when PubMed is the only backend: the strict one and its relaxations.
    public var pubMedSteps = 3
    /// PubMed queries per claim beside Europe PMC's two: the strict one only. Europe PMC's ranked
    /// queries find what the relaxations found (on SciFact tune, one step instead of three lost
    /// nothing and saved 0.44 queries a claim): three queries a claim in all, inside the budget of four.
    public var pubMedStepsBesideEuropePMC = 1
    /// Concepts in PubMed's strict query: the most important ones. An abstract rarely holds all six
    /// of a long claim's words; Europe PMC's ranked query takes them all.
    public var pubMedConcepts = 4
    /// Concepts taken from a claim at most (Europe PMC's ranked query gets them all).
    public var maxConcepts = 12
    /// Whether Europe PMC's (first) ranked query truncates words at their stems, as PubMed's does.
    public var europePMCTruncates = false
    /// Whether Europe PMC is asked a second time with the other form (truncated after exact): the
    /// exact query ranks by the rarity of the claim's own words, the truncated one brings in the
    /// papers that write "reduction" where the claim says "reduces"; the re-ranking reads both.
    public var europePMCBothForms = true
    /// Search queries a claim at most (the budget), whatever the steps and forms above ask:
    /// the queries past it are not sent.
    public var maxQueries = 4
    /// NCBI's limit: 3 requests a second without an API key, 10 with one.
    public var eutilsRequestsPerSecond: Double { eutils.apiKey == nil ? 3 : 10 }

    public init(
        backends: [Backend] = [.pubmed, .europepmc, .crossref], eutils: EutilsRequests = EutilsRequests(),
        europePMC: EuropePMCRequests = EuropePMCRequests(), crossref: CrossrefRequests = CrossrefRequests(),
        maxSearchResults: Int = 3
    ) {
        self.backends = backends
        self.eutils = eutils
        self.europePMC = europePMC
        self.crossref = crossref
        self.maxSearchResults = maxSearchResults
    }

    /// Every API at `baseURL` + its usual path: one loopback server can stand in for all three.
    public static func allAt(_ baseURL: String) -> ScholarlySettings {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        return ScholarlySettings(
            eutils: EutilsRequests(baseURL: base + "eutils/"), europePMC: EuropePMCRequests(baseURL: base + "europepmc/"),
            crossref: CrossrefRequests(baseURL: base + "crossref/"))
    }
}
