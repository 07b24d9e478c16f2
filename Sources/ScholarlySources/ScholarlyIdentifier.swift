import Foundation

/// A scholarly identifier a citation can carry: a DOI, a PubMed id or a PubMed Central id.
///
/// Articles write them many ways (`doi:10.1000/x`, `https://dx.doi.org/10.1000%2Fx`, `PMID: 123`,
/// `https://pmc.ncbi.nlm.nih.gov/articles/PMC123/`); ``init(parsing:)`` accepts them all and keeps
/// one canonical value, so the same paper cited two ways is fetched once.
public enum ScholarlyIdentifier: Sendable, Hashable, CustomStringConvertible {
    /// `10.<registrant>/<suffix>`, percent-decoded, as written (DOIs compare case-insensitively:
    /// use ``normalizedDOI`` for that).
    case doi(String)
    /// Digits only.
    case pmid(String)
    /// `PMC` + digits.
    case pmcid(String)

    /// Recognises a DOI, PMID or PMCID in a URL or a short string; nil for anything else (a bare
    /// number is not taken for a PMID: too many things are numbers).
    public init?(parsing raw: String) {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count < 2_048 else { return nil }
        if let doi = Self.doi(in: text) {
            self = .doi(doi)
        } else if let pmcid = Self.pmcid(in: text) {
            self = .pmcid(pmcid)
        } else if let pmid = Self.pmid(in: text) {
            self = .pmid(pmid)
        } else {
            return nil
        }
    }

    /// The URL the extractor writes for this identifier, so identifiers and citations meet.
    public var canonicalURL: String {
        switch self {
        case .doi(let doi): "https://doi.org/" + doi
        case .pmid(let pmid): "https://pubmed.ncbi.nlm.nih.gov/\(pmid)/"
        case .pmcid(let pmcid): "https://www.ncbi.nlm.nih.gov/pmc/articles/\(pmcid)/"
        }
    }

    public var description: String {
        switch self {
        case .doi(let doi): "DOI \(doi)"
        case .pmid(let pmid): "PMID \(pmid)"
        case .pmcid(let pmcid): pmcid
        }
    }

    /// Lowercased, for comparing DOIs (the DOI system is case-insensitive).
    public static func normalizedDOI(_ doi: String) -> String { doi.lowercased() }

    // MARK: - Recognisers

    private static let doiHosts: Set<String> = ["doi.org", "dx.doi.org", "www.doi.org"]

    /// A DOI behind `doi:`, a doi.org URL (any scheme, or none), or bare.
    static func doi(in text: String) -> String? {
        var candidate = text
        let lower = candidate.lowercased()
        if lower.hasPrefix("doi:") {
            candidate = String(candidate.dropFirst(4)).trimmingCharacters(in: .whitespaces)
        } else if let components = URLComponents(string: lower.hasPrefix("http") ? candidate : "https://" + candidate),
                  let host = components.host?.lowercased(), doiHosts.contains(host) {
            // percentEncodedPath keeps `%2F` undecoded until we decode the whole DOI below.
            candidate = String(components.percentEncodedPath.drop { $0 == "/" })
        }
        candidate = candidate.removingPercentEncoding ?? candidate
        return validDOI(candidate)
    }

    /// `10.` + 4–9 digits (dotted sub-registrants allowed) + `/` + a non-empty suffix, with trailing
    /// sentence punctuation removed.
    static func validDOI(_ text: String) -> String? {
        guard text.hasPrefix("10."), let slash = text.firstIndex(of: "/") else { return nil }
        let registrant = text[text.index(text.startIndex, offsetBy: 3)..<slash]
        let parts = registrant.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = parts.first, (4...9).contains(first.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        var suffix = Substring(text[text.index(after: slash)...])
        while let last = suffix.last, ".,;:)]}'\"".contains(last) { suffix = suffix.dropLast() }
        guard !suffix.isEmpty, !suffix.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) else { return nil }
        return text[..<slash] + "/" + suffix
    }

    /// `PMC123`, `PMCID: PMC123`, or an NCBI / PMC / Europe PMC article URL.
    static func pmcid(in text: String) -> String? {
        var candidate = text
        if let components = URLComponents(string: text), let host = components.host?.lowercased() {
            let segments = components.path.split(separator: "/").map(String.init)
            let pmcHosts = ["www.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov", "pmc.ncbi.nlm.nih.gov", "europepmc.org", "www.europepmc.org"]
            guard pmcHosts.contains(host), let last = segments.last(where: { $0.uppercased().hasPrefix("PMC") && $0.count > 3 }) else {
                return nil
            }
            candidate = last
        } else if candidate.uppercased().hasPrefix("PMCID") {
            candidate = String(candidate.dropFirst(5)).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
        }
        let upper = candidate.uppercased()
        guard upper.hasPrefix("PMC") else { return nil }
        let digits = upper.dropFirst(3)
        guard (1...10).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return "PMC" + digits
    }

    /// `PMID: 123`, `pmid:123`, or a PubMed article URL (new and legacy forms).
    static func pmid(in text: String) -> String? {
        var candidate: Substring
        if let components = URLComponents(string: text), let host = components.host?.lowercased() {
            let segments = components.path.split(separator: "/")
            switch host {
            case "pubmed.ncbi.nlm.nih.gov":
                guard segments.count == 1 else { return nil }
                candidate = segments[0]
            case "www.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov":
                guard segments.count == 2, segments[0] == "pubmed" else { return nil }
                candidate = segments[1]
            default:
                return nil
            }
        } else if text.uppercased().hasPrefix("PMID") {
            candidate = text.dropFirst(4).drop { $0 == ":" || $0 == " " }
        } else {
            return nil
        }
        guard (1...10).contains(candidate.count), candidate.allSatisfy(\.isASCIIDigit) else { return nil }
        return String(candidate)
    }
}

extension Character {
    /// `0`–`9` only: `isNumber` would also take "½" and "٣".
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
