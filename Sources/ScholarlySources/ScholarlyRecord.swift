import FactCheckModel

/// What one scholarly API said about one work, whichever API it was: the common currency of the
/// parsers, merged by the resolver and turned into a `SourceDocument` in the end.
public struct ScholarlyRecord: Sendable, Hashable {
    public var title: String?
    /// "Surname Initials", in the order printed (PubMed `AuthorList`, Europe PMC `authorString`);
    /// what a suggested citation's reference starts with.
    public var authors: [String] = []
    /// The readable text in reading order: abstract sections (headed by their labels), then body
    /// paragraphs and figure and table captions (headed by their section titles).
    public var passages: [Passage]
    public var doi: String?
    /// Digits only.
    public var pmid: String?
    /// `PMC` + digits.
    public var pmcid: String?
    public var journal: String?
    public var year: Int?
    /// PubMed publication types, Europe PMC `pubType`s, or the Crossref `type`, as given.
    public var publicationTypes: [String]
    /// True when the work was retracted.
    public var retracted: Bool
    /// Where the retraction notice is, as a URL (`https://doi.org/…`, a PubMed URL), when known.
    public var retractionNotice: String?
    /// True when this record is itself a retraction notice.
    public var isRetractionNotice: Bool
    /// For a notice: the work it retracts, as a URL, when known.
    public var retracts: String?
    /// True when ``passages`` hold a body (JATS full text), not just an abstract.
    public var hasFullText: Bool
    /// Europe PMC's `isOpenAccess`: whether a full text may be fetched.
    public var isOpenAccess: Bool
    /// The reference list (JATS), in order.
    public var references: [CitedReference]

    public init(
        title: String? = nil, passages: [Passage] = [], doi: String? = nil, pmid: String? = nil, pmcid: String? = nil,
        journal: String? = nil, year: Int? = nil, publicationTypes: [String] = [], retracted: Bool = false,
        retractionNotice: String? = nil, isRetractionNotice: Bool = false, retracts: String? = nil,
        hasFullText: Bool = false, isOpenAccess: Bool = false, references: [CitedReference] = []
    ) {
        self.title = title
        self.passages = passages
        self.doi = doi
        self.pmid = pmid
        self.pmcid = pmcid
        self.journal = journal
        self.year = year
        self.publicationTypes = publicationTypes
        self.retracted = retracted
        self.retractionNotice = retractionNotice
        self.isRetractionNotice = isRetractionNotice
        self.retracts = retracts
        self.hasFullText = hasFullText
        self.isOpenAccess = isOpenAccess
        self.references = references
    }

    /// The report's view of the retraction state; nil when neither retracted nor a notice.
    public var retraction: Retraction? {
        if retracted { return Retraction(kind: .retracted, notice: retractionNotice) }
        if isRetractionNotice { return Retraction(kind: .notice, retracts: retracts) }
        return nil
    }

    /// The best URL to cite the work by: DOI, then PubMed, then PMC.
    public var canonicalURL: String? {
        if let doi { return ScholarlyIdentifier.doi(doi).canonicalURL }
        if let pmid { return ScholarlyIdentifier.pmid(pmid).canonicalURL }
        if let pmcid { return ScholarlyIdentifier.pmcid(pmcid).canonicalURL }
        return nil
    }
}

/// One entry of a reference list: its text as printed and the identifiers it gives.
public struct CitedReference: Sendable, Hashable {
    /// The label as printed ("1", "Smith 2020"), if any.
    public var label: String?
    public var text: String
    public var doi: String?
    public var pmid: String?

    public init(label: String? = nil, text: String, doi: String? = nil, pmid: String? = nil) {
        self.label = label
        self.text = text
        self.doi = doi
        self.pmid = pmid
    }
}
