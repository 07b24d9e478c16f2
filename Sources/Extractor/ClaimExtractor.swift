import FactCheckModel
import TextAnalysis

/// An article and the claims found in it.
public struct ExtractedArticle: Sendable {
    public var article: Article
    public var claims: [Claim]
    /// Sentences that were looked at and judged not to be claims, with why (for `--verbose`).
    public var skipped: [SkippedSentence]
    /// Every part the first stage accepted, with what the second stage (``ArticleClaimGate``) read:
    /// the gate's trainer learns from these (`factcheck-bench train-claim-gate`).
    public var gateInputs: [GatedPart] = []
}

/// A part of a sentence the first stage (the check-worthiness model, its cues and ``ClaimNoise``)
/// accepted, and its ``ArticleClaimFeatures``; or, for the gate's trainer only, one it turned down
/// for its score alone (``ClaimExtractor/listingFloor``).
public struct GatedPart: Sendable {
    /// Index into ``Article/sentences``.
    public var sentence: Int
    public var features: ArticleClaimFeatures
    /// The check-worthiness score of a part the first stage turned down for its score alone; nil
    /// for a part it accepted.
    public var rejectedScore: Double? = nil
}

/// A sentence that is not a claim, and the reason.
public struct SkippedSentence: Codable, Sendable, Hashable {
    public var text: String
    public var span: TextSpan
    public var checkworthiness: Double
    public var why: String
}

/// Reads an article and finds its claims: the extractor stage's entry point.
public struct ClaimExtractor: Sendable {
    public var reader: ArticleReader
    public var model: CheckworthinessModel
    /// Organisations the user listed as sources (the configuration's `[[source]]` names and
    /// aliases). A sentence attributed to one of them is a claim even below the model's threshold,
    /// unless its shape says it is none (see ``isAccountableClaim(_:)``).
    public var registeredSources: [String]
    /// The claim decision's second stage, over what the article says of a sentence the first stage
    /// accepted; nil decides by the first stage alone (the gate's trainer reads it so).
    public var gate: ArticleClaimGate?
    /// With the gate off (nil): the lowest score at which a part turned down for its score alone (no
    /// rule against it) is still listed in ``ExtractedArticle/gateInputs``, reported nowhere, so the
    /// gate's trainer can measure a gate that also reads such parts (session 19's candidate B,
    /// `train-claim-gate --candidates widened`; not kept: the shipped gate reads only what the first
    /// stage accepted). Ignored with a gate.
    public var listingFloor: Double?

    public init(
        reader: ArticleReader = ArticleReader(), model: CheckworthinessModel = .trained, registeredSources: [String] = [],
        gate: ArticleClaimGate? = .trained, listingFloor: Double? = nil
    ) {
        self.reader = reader
        self.model = model
        self.registeredSources = registeredSources
        self.gate = gate
        self.listingFloor = listingFloor
    }

    public func extract(path: String) throws -> ExtractedArticle {
        detect(in: try reader.assemble(path: path))
    }

    public func extract(bytes: [UInt8], path: String, format: Article.Format) throws -> ExtractedArticle {
        detect(in: try reader.assemble(bytes: bytes, path: path, format: format))
    }

    func detect(in assembled: AssembledArticle) -> ExtractedArticle {
        let article = assembled.article
        var citations: [Int: [String]] = [:]
        for link in article.links {
            guard let index = link.sentenceIndex, !(citations[index]?.contains(link.url) ?? false) else { continue }
            citations[index, default: []].append(link.url)
        }
        // Numbered markers ("[3]") cite reference-list entries; identifiers in the sentence cite too.
        let references = ReferenceList(article: article)
        for (index, sentence) in article.sentences.enumerated() where sentence.role != .reference {
            for url in references.urls(citedIn: sentence.text) + IdentifierScanner.urls(in: sentence.text)
            where !(citations[index]?.contains(url) ?? false) {
                citations[index, default: []].append(url)
            }
        }
        var claims: [Claim] = []
        var skipped: [SkippedSentence] = []
        var gateInputs: [GatedPart] = []
        let places = ArticlePlaces(article: article, citations: citations)
        let speakers = TranscriptSpeakers(sentences: article.sentences.filter { Self.neverClaimed[$0.role] == nil }.map(\.text))
        for (index, sentence) in article.sentences.enumerated() {
            // A code block's lines are no prose: a version pin ("pytz==2019.1", "python:3.7") reads
            // as a figure, yet nothing there is said of the world.
            if let why = Self.neverClaimed[sentence.role] {
                skipped.append(SkippedSentence(text: sentence.text, span: sentence.span, checkworthiness: 0, why: why))
                continue
            }
            var parts = AttributedParts.parts(of: sentence.text)
            // "Ana: The app launched in 2017.": a transcript's speaker says the whole line (a source
            // named inside it is hers to cite, not the line's).
            let speaker = speakers.speaker(of: sentence.text)
            if let speaker {
                parts[0].attribution = AttributionParser.Result(
                    attribution: Attribution(source: speaker.name, vague: false), claimStart: speaker.claimStart)
            }
            let scalars = Array(sentence.text.unicodeScalars)
            for part in parts {
                // A sentence of one part is read whole, exactly as written.
                let whole = parts.count == 1
                let text = whole ? sentence.text : String(String.UnicodeScalarView(scalars[part.range]))
                let attribution = part.attribution
                // Whether the sentence is a claim is decided on every count in it; the figures
                // reported leave out a count that re-counts a named list ("three streets — Elm Row, …"),
                // a group named by its ages ("over 65s") and the whole of a share ("half of the 30 hospitals").
                let quantities = QuantityParser.quantities(in: text, keepingRecounts: true)
                let reportedFigures = QuantityParser.quantities(in: text, asReported: true)
                let comparedFigures = QuantityParser.quantities(in: text)
                // Hedges of the claim proper: "Research suggests" is the attribution, reported as such.
                let hedges = HedgeLexicon.hedges(in: String(text.unicodeScalars.dropFirst(attribution?.claimStart ?? 0)))
                let features = CheckworthinessFeatures(sentence: text, quantities: quantities, attribution: attribution?.attribution, hedges: hedges)
                let score = (model.score(features) * 1000).rounded() / 1000
                let accountable = attribution.map { found in
                    !found.attribution.vague && registeredSources.contains(where: found.attribution.names)
                } ?? false
                // The noise rules read up to a trailing source: the clause it hangs on after itself
                // ("…,” Hasib said, adding that he was scared") is no part of the claim.
                var noiseText = attribution?.claimEnd.map { String(String.UnicodeScalarView(text.unicodeScalars.prefix($0))) } ?? text
                // A transcript's line is read without its speaker's label: "Ana: I joined in 2019" opens with "I".
                let spoken = part.range.lowerBound == 0 && speaker != nil
                if spoken, let speaker { noiseText = String(String.UnicodeScalarView(noiseText.unicodeScalars.dropFirst(speaker.claimStart))) }
                let noise = ClaimNoise.reason(noiseText, quantities: quantities, attributed: attribution != nil)
                    ?? (VerblessItem.statesNothing(text, role: sentence.role, quantities: quantities) ? "a list item or table cell with no verb" : nil)
                // A figure outside the claim proper (the speaker's age in "said Lopiano, 52", the
                // size of a survey in its name) is who said it, no figure the claim states.
                let claimFigures = attribution.map { Self.figures(in: text, from: $0.claimStart, to: $0.claimEnd) } ?? quantities
                // A transcript's speaker is speech, as a quotation's is: no cue (the model judges the line).
                let cued = score >= Self.cuedThreshold
                    && Self.isCued(text, attribution: spoken ? nil : attribution?.attribution, quantities: claimFigures)
                // Advice in the imperative ("Coat the ends with rooting hormone", "“Fill the pot …,” she
                // says", "Bladow suggests soaking them for 45 minutes") is no claim, whatever its
                // score or figure (``ImperativeClause``); an outcome told after it may be.
                let claimProper = spoken ? noiseText : String(String.UnicodeScalarView(noiseText.unicodeScalars.dropFirst(attribution?.claimStart ?? 0)))
                // A command someone gave, told in the past ("“Stop the war,” chanted 50,000 protesters"), is a report.
                let advice = noise == nil && ImperativeClause.isAdvice(claimProper) && !ImperativeClause.reportsCommand(noiseText)
                let firstStage = noise == nil && !advice && (score >= model.threshold || (accountable || cued) && Self.isAccountableClaim(features))
                // A health-effect statement turned down by either stage is still a claim, its clauses
                // alone (``HealthStatement``): the stages weigh the chat around it against it.
                var statement: Range<Int>? = nil
                // What the gate reads of this part (read only for parts it may decide: a page's other
                // sentences cost no extra reading).
                let gateFeatures = { (rejected: Bool) in
                    ArticleClaimFeatures(
                        text: noiseText, place: places.place(of: index),
                        reading: ArticleClaimFeatures.Reading(
                            score: score, threshold: model.threshold, structural: features.structural, figures: claimFigures,
                            attribution: attribution?.attribution, spoken: spoken, quotesSpeech: Self.quotesSpeech(text), rejected: rejected))
                }
                // Turned down for its score alone (no rule against it) yet at or above the listing
                // floor: listed for the trainer, which measures a gate that could add it.
                if !firstStage, gate == nil, noise == nil, !advice, let listingFloor, score >= listingFloor, Self.shapeAgainst(features) == nil {
                    gateInputs.append(GatedPart(sentence: index, features: gateFeatures(true), rejectedScore: score))
                }
                if !firstStage {
                    // Not past a noise shape of the whole sentence ("She wanted … at cancer hospitals": a view).
                    statement = noise == nil ? Self.healthStatement(in: text, attribution: attribution) ?? Self.adviceOutcome(in: text, attribution: attribution) : nil
                    guard statement != nil else {
                        let span = whole ? sentence.span : partSpan(part.range, offsets: assembled.sentenceOffsets[index], locator: assembled.locator)
                        skipped.append(SkippedSentence(
                            text: text, span: span, checkworthiness: score, why: noise ?? (advice ? "advice" : Self.whyNot(features, score: score))))
                        continue
                    }
                } else {
                    // The second stage: does the article make this an article's checkable sentence?
                    let read = gateFeatures(false)
                    gateInputs.append(GatedPart(sentence: index, features: read))
                    // A sentence credited to a registered source is the user's to check: the gate,
                    // which reads the article, does not overrule the registry.
                    if !accountable, let gate, case let probability = gate.probability(read), probability < gate.threshold {
                        statement = Self.healthStatement(in: text, attribution: attribution) ?? Self.adviceOutcome(in: text, attribution: attribution)
                        guard statement != nil else {
                            let span = whole ? sentence.span : partSpan(part.range, offsets: assembled.sentenceOffsets[index], locator: assembled.locator)
                            skipped.append(SkippedSentence(
                                text: text, span: span, checkworthiness: score, why: "not an article's claim (gate \((probability * 1000).rounded() / 1000))"))
                            continue
                        }
                    }
                }
                // Accepted whole, a sentence whose health statement comes with chat of its own (advice
                // drawn from it, a concession, an evaluation) is claimed for the statement alone.
                if statement == nil { statement = Self.healthStatement(in: text, attribution: attribution, cuttingOnlyChat: true) }
                let proper = statement.map { (part.range.lowerBound + $0.lowerBound)..<(part.range.lowerBound + $0.upperBound) }
                let (claimText, span) = claimText(
                    of: sentence, offsets: assembled.sentenceOffsets[index],
                    in: proper ?? part.range.lowerBound..<(attribution?.claimEnd.map { part.range.lowerBound + $0 } ?? part.range.upperBound),
                    from: proper?.lowerBound ?? part.range.lowerBound + (attribution?.claimStart ?? 0), locator: assembled.locator)
                // A figure inside the source's name ("two people familiar with the matter") counts
                // who said it: it is no figure of the claim, and checking must not compare it with
                // a source's figures. (The score above still reads the whole part.)
                // The scorer compares every figure of the claim (`comparedFigures`, read as it always
                // was); only the report leaves out the ages and the whole of a share.
                let inSource = QuantityParser.quantities(in: attribution?.attribution.source ?? "")
                let ofClaim = { (figures: [Quantity]) -> [Quantity] in
                    var kept = attribution.map { Self.figures(of: figures, in: text, within: claimText, source: $0.attribution.source) }
                        ?? (statement == nil ? figures : Self.figures(of: figures, in: text, within: claimText, source: ""))
                    for figure in inSource {
                        if let match = kept.firstIndex(where: { $0.text == figure.text && $0.value == figure.value }) { kept.remove(at: match) }
                    }
                    return kept
                }
                let cited = whole ? citations[index] ?? [] : partCitations(text, sentence: index, of: article, references: references, all: citations[index] ?? [])
                claims.append(Claim(
                    id: ClaimID.make(for: claimText), text: claimText, sentence: sentence.text, span: span,
                    kind: Self.kind(features: features, attribution: attribution?.attribution),
                    checkworthiness: score, attribution: attribution?.attribution, hedges: hedges,
                    quantities: ofClaim(reportedFigures), citations: cited, comparedQuantities: ofClaim(comparedFigures)))
            }
        }
        return ExtractedArticle(article: article, claims: claims, skipped: skipped, gateInputs: gateInputs)
    }

    /// Blocks whose sentences are never claims, with the reason `--verbose` gives.
    static let neverClaimed: [BlockRole: String] = [.heading: "heading", .reference: "reference entry", .code: "code"]

    /// The citations of one part of a sentence that holds two attributed claims: a link goes to the
    /// part its text is in (to every part when its text is in none, as for a bare link after the
    /// sentence); a reference marker or identifier to the part it is written in.
    func partCitations(_ text: String, sentence index: Int, of article: Article, references: ReferenceList, all: [String]) -> [String] {
        var urls: [String] = []
        for link in article.links where link.sentenceIndex == index {
            let anchored = !link.text.isEmpty && article.sentences[index].text.contains(link.text)
            if (!anchored || text.contains(link.text)), !urls.contains(link.url) { urls.append(link.url) }
        }
        for url in references.urls(citedIn: text) + IdentifierScanner.urls(in: text) where !urls.contains(url) {
            urls.append(url)
        }
        // Keep the sentence's order.
        return all.filter(urls.contains)
    }

    /// Where a part of a sentence is in the file.
    func partSpan(_ range: Range<Int>, offsets: ArraySlice<Int>, locator: LineLocator) -> TextSpan {
        let base = offsets.startIndex
        let start = offsets[base + range.lowerBound]
        let end = offsets[base + max(range.lowerBound, range.upperBound - 1)] + 1
        let position = locator.position(of: start)
        return TextSpan(start: start, end: end, line: position.line, column: position.column)
    }

    /// The claim proper: the sentence's `part` from `start`, without closing punctuation, and its span.
    func claimText(
        of sentence: Sentence, offsets: ArraySlice<Int>, in part: Range<Int>? = nil, from start: Int, locator: LineLocator
    ) -> (String, TextSpan) {
        let scalars = Array(sentence.text.unicodeScalars)
        let part = part ?? 0..<scalars.count
        var lower = min(start, part.upperBound)
        var upper = part.upperBound
        // Closing punctuation and citation markers ("… lives.[3]", "… adults [1, 2].") are not
        // part of what is claimed, and must not change the claim's id.
        while true {
            let before = upper
            while upper > lower, ".!?;:…\"'”’ ".unicodeScalars.contains(scalars[upper - 1]) { upper -= 1 }
            if upper > lower, scalars[upper - 1] == "]", let open = scalars[lower..<upper].lastIndex(of: "["),
               !ReferenceList.markerNumbers(in: String(String.UnicodeScalarView(scalars[open..<upper]))).isEmpty
            {
                upper = open
            }
            if upper == before { break }
        }
        // A claim that is all attribution ("Experts say so.") stands as the whole part, up to a
        // trailing attribution's comma.
        if Tokenizer.words(in: String(String.UnicodeScalarView(scalars[lower..<upper]))).count < 3 { lower = part.lowerBound }
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        // "“It works,” said Dr. Lee": a quotation cut at its closing mark loses its opening one too.
        if lower < upper, WordCursor.quoteMarks.contains(scalars[lower]),
           !scalars[(lower + 1)..<upper].contains(where: WordCursor.quoteMarks.contains)
        {
            lower += 1
        }
        let text = String(String.UnicodeScalarView(scalars[lower..<upper]))
        guard lower < upper else { return (sentence.text, sentence.span) }
        let base = offsets.startIndex
        let spanStart = offsets[base + lower]
        let spanEnd = offsets[base + upper - 1] + 1
        let position = locator.position(of: spanStart)
        return (text, TextSpan(start: spanStart, end: spanEnd, line: position.line, column: position.column))
    }

    static func kind(features: CheckworthinessFeatures, attribution: Attribution?) -> Claim.Kind {
        let has = { (feature: StructuralFeature) in (features.structural[feature] ?? 0) > 0 }
        if has(.quantity) { return .statistic }
        if has(.causal) { return .causal }
        if has(.comparative) { return .comparison }
        if attribution != nil { return .attribution }
        return .general
    }

    /// Below the model's threshold and at or above this score, a sentence with a cue an editor
    /// looks for first is a claim (``isCued(_:attribution:quantities:)``). Chosen on the tuning
    /// pages of `factcheck-bench claims` (Benchmarks/ClaimLabels) as the best claim F1 of 1 (no
    /// rule), 0.2, 0.15, 0.1, 0.05 and 0: from no rule to 0, precision 0.810 → 0.783, recall
    /// 0.774 → 0.898, cued claims found 0.783 → 0.958 (see Sources/Extractor/README.md). At 0 the
    /// cue alone decides, within the shapes ``isAccountableClaim(_:)`` and ``ClaimNoise`` allow.
    static let cuedThreshold = 0.0

    /// A source, named or vague ("Levy said", "according to city data", "officials said": the vague
    /// one is a claim that needs a citation) or a figure that is not a calendar year: what an editor
    /// checks first. The model, trained on debate transcripts, weighs neither
    /// much; news sentences that carry them are reports of fact far more often than debate lines.
    /// A named speaker of a direct quotation is no cue: quotations are as often feelings and
    /// opinions ("“It wasn’t that she supported it,” Delgado said"), and the model judges them.
    /// Words in quotation marks inside a sentence ("advertised “nude models”, the affidavit
    /// stated") are the source's words, not a speaker's quotation: only a quotation that opens the
    /// sentence or a clause (after a comma or a colon) or closes one (`,”`) is speech.
    /// A numbered reference closing the sentence ("… for 50 years (1).") cites as a bracket
    /// citation does, with no name to credit (``BracketCitation/citesByNumber(_:)``).
    static func isCued(_ text: String, attribution: Attribution?, quantities: [Quantity]) -> Bool {
        if attribution != nil || BracketCitation.citesByNumber(text), !quotesSpeech(text) { return true }
        return quantities.contains { $0.unit != "calendar-year" }
    }

    /// The figures of `quantities` (read in `text`, in order) that belong to `claim`, a piece of
    /// `text`: none after it ("according to the maker, which sold 2 billion doses"; "said Dr. Lee,
    /// who led the trial of 400 patients") and none from the source's first word to the claim's
    /// start (the age in "Ms. Park, 45, said …"): they describe who said it, and must not reach the
    /// scorer. A phrase before the source ("Calling the return two months ago a test, the ministry
    /// said …") sets the claim's scene and keeps its figures; so does a figure not found as written.
    static func figures(of quantities: [Quantity], in text: String, within claim: String, source: String) -> [Quantity] {
        guard let claimRange = text.range(of: claim) else { return quantities }
        let sourceStart = source.isEmpty ? nil : text.range(of: source, range: text.startIndex..<claimRange.lowerBound)?.lowerBound
        var cursor = text.startIndex
        return quantities.filter { quantity in
            guard let found = text.range(of: quantity.text, range: cursor..<text.endIndex) else { return true }
            cursor = found.upperBound
            if found.lowerBound >= claimRange.lowerBound { return found.upperBound <= claimRange.upperBound }
            return sourceStart.map { found.upperBound <= $0 } ?? true
        }
    }

    /// The figures of `text` between two scalar offsets (to its end when `end` is nil).
    static func figures(in text: String, from start: Int, to end: Int?) -> [Quantity] {
        let scalars = Array(text.unicodeScalars)
        let upper = min(end ?? scalars.count, scalars.count)
        guard start < upper else { return [] }
        return QuantityParser.quantities(in: String(String.UnicodeScalarView(scalars[start..<upper])), keepingRecounts: true)
    }

    /// Whether `text` quotes speech: a quotation that opens at its start or after a comma, colon or
    /// closing punctuation (white space aside). A quotation opened after a word is the source's
    /// words quoted inside a report ("highlighting that data “is our eyes and ears.”"), even when it
    /// closes after punctuation. With no opening mark at all (the sentence splitter left it in the
    /// sentence before), a closing mark after punctuation (`…,” Walter said`, `…,'" Hasib said`) is speech.
    static func quotesSpeech(_ text: String) -> Bool {
        var previous: Unicode.Scalar? = nil
        var opened = false
        var closedSpeech = false
        for scalar in text.unicodeScalars {
            if WordCursor.quoteMarks.contains(scalar) {
                let afterPunctuation = previous.map { ",:.?!'‘’".unicodeScalars.contains($0) } ?? true
                if closingQuoteMarks.contains(scalar) {
                    if afterPunctuation { closedSpeech = true }
                } else if scalar == "\"", afterPunctuation, previous != nil, !opened {
                    // A straight mark after punctuation, with none open: it closes a quotation.
                    closedSpeech = true
                } else if !opened || scalar != "\"" {
                    if afterPunctuation { return true }
                    opened = true
                } else {
                    opened = false
                }
            }
            if !scalar.properties.isWhitespace { previous = scalar }
        }
        return closedSpeech && !opened && !text.unicodeScalars.contains(where: openingQuoteMarks.contains)
    }

    static let closingQuoteMarks: Set<Unicode.Scalar> = ["”", "»"]
    static let openingQuoteMarks: Set<Unicode.Scalar> = ["“", "„", "«"]

    /// Below the model's threshold, a sentence attributed to a registered source ("According to the
    /// Harbour Clinic, all participants improved") is still a claim unless its shape says it is none:
    /// the article made that organisation answer for it, and the user listed the organisation so that
    /// such sentences are checked against what it published. The model cannot know this: in the
    /// debate transcripts it learned from, naming a source says nothing (its weight is about zero).
    static func isAccountableClaim(_ features: CheckworthinessFeatures) -> Bool {
        let notClaims: [StructuralFeature] = [.question, .advice, .firstPersonOpinion, .authorBio, .rhetoric, .short, .evaluativePredicate]
        return !notClaims.contains { (features.structural[$0] ?? 0) > 0 }
    }

    static func whyNot(_ features: CheckworthinessFeatures, score: Double) -> String {
        shapeAgainst(features) ?? "low check-worthiness (\(score))"
    }

    /// The shape that makes a sentence no claim whatever its score (a question, an author bio,
    /// advice, an opinion, rhetoric, an evaluation), as `--verbose` names it; nil when only its score
    /// speaks against it.
    static func shapeAgainst(_ features: CheckworthinessFeatures) -> String? {
        let has = { (feature: StructuralFeature) in (features.structural[feature] ?? 0) > 0 }
        if has(.question) { return "a question" }
        if has(.authorBio) { return "an author bio" }
        if has(.advice) { return "advice" }
        if has(.firstPersonOpinion) { return "an opinion" }
        if has(.rhetoric) { return "rhetoric" }
        if has(.evaluativePredicate) { return "an evaluation" }
        return nil
    }
}
