import FactCheckModel

/// Decides which sources a claim is checked against, in this order: the links the article puts on
/// the claim, the `--source` URLs, and the registry entries its attribution names (or, when it
/// credits nobody by name, those the claim itself names: "The Coastal Health Trust trial enrolled
/// 3,000 adults"). Duplicates are
/// dropped (first origin wins), so a URL cited in the text and listed in the registry is read once
/// and reported as the article's own citation.
struct SourcePlanner: Sendable {
    var registry: SourceRegistry
    /// `--source` values: URLs, or paths of local files (trusted: the user typed them).
    var extraSources: [String]

    func sources(for claim: Claim) -> [SourceRef] {
        var refs: [SourceRef] = claim.citations.map { SourceRef(url: $0, origin: .link) }
        refs += extraSources.map { SourceRef(url: $0, origin: .option) }
        // Crediting someone else ("According to a Cochrane review, the Harbour trial found …") makes
        // their publication the source, not that of the organisation mentioned.
        let named: [SourceRegistry.Entry]
        if let attribution = claim.attribution, !attribution.vague {
            named = registry.entries(matching: attribution)
        } else {
            named = registry.entries(namedIn: claim.text)
        }
        for entry in named { refs += entry.sourceRefs }
        var seen: Set<String> = []
        return refs.filter { seen.insert($0.url).inserted }
    }
}
