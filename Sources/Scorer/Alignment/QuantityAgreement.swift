import FactCheckModel
import TextAnalysis

/// Feature: do the claim's numbers say what the source's numbers say?
///
/// Numbers are compared only within one unit (a bare number is a count), and the *bound* matters as
/// much as the value: "more than 80 percent" and "as much as 80 percent" share a number and disagree.
/// An article that turns the source's ceiling into a floor has overstated it; a number far from the
/// source's is a contradiction.
enum QuantityAgreement {
    /// How one claim number fares against one source number.
    enum Judgement: Equatable {
        case agree
        /// Near but not equal (between the two tolerances), or compatible without one implying the
        /// other: neither support nor contradiction.
        case close
        case overstated(reason: String)
        case conflict(reason: String)

        /// Among several source numbers, the most favourable reading wins: a sentence that reports the
        /// claim's figure next to other figures still reports it.
        var rank: Int {
            switch self {
            case .agree: 0
            case .overstated: 1
            case .close: 2
            case .conflict: 3
            }
        }
    }

    /// The verdict of all the claim's numbers against one sentence.
    enum Outcome: Equatable {
        /// The claim has no numbers: nothing to compare.
        case notApplicable
        /// The claim has numbers; the sentence has none in the same unit. It cannot state the claim.
        case missing(claim: Quantity)
        case agree(claim: Quantity)
        case close
        case overstated(reason: String)
        case conflict(reason: String)
    }

    /// The numbers of a source sentence worth comparing with a claim's. Left out: calendar years (when
    /// a study ran is not its finding) and the confidence level of an interval ("95% CI"), which is
    /// a convention, not a result.
    /// Whether `text` contains the ASCII `needle` (letters compared case-blind if asked): a byte
    /// scan, far cheaper than Foundation's search on every candidate sentence.
    static func containsASCII(_ text: String, _ needle: String, ignoringCase: Bool) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        func fold(_ byte: UInt8) -> UInt8 {
            ignoringCase && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
        }
        let folded = pattern.map(fold)
        var matched = 0
        var start = 0
        let bytes = Array(text.utf8)
        while start + folded.count <= bytes.count {
            matched = 0
            while matched < folded.count, fold(bytes[start + matched]) == folded[matched] { matched += 1 }
            if matched == folded.count { return true }
            start += 1
        }
        return false
    }

    /// The sentence's figures worth comparing with a claim's, read in context (``FigureText``), from
    /// `quantities`, everything the parser reads in it.
    static func comparableQuantities(_ quantities: [Quantity], in sentence: String) -> [Quantity] {
        FigureText.comparable(comparableFigures(quantities, in: sentence), in: sentence)
    }

    static func comparableFigures(_ quantities: [Quantity], in sentence: String) -> [Quantity] {
        let hasInterval = containsASCII(sentence, "CI", ignoringCase: false)
            || containsASCII(sentence, "confidence interval", ignoringCase: true)
        return quantities.filter { quantity in
            if quantity.unit == "calendar-year" { return false }
            if hasInterval, quantity.unit == "percent", [90, 95, 99].contains(quantity.value), quantity.bound == .exact {
                return false
            }
            return true
        }
    }

    /// The unit numbers are matched by; a bare number is a count.
    static func unit(of quantity: Quantity) -> String { quantity.unit ?? "count" }

    /// Compares every claim quantity with the sentence's quantities of the same unit. A conflict on any
    /// number outweighs agreement on another; then an overstatement; a sentence with none of the
    /// claim's units is `missing`.
    static func compare(claim: [Quantity], sentence: [Quantity], thresholds: ScoringThresholds) -> Outcome {
        guard !claim.isEmpty else { return .notApplicable }
        var conflict: String?
        var overstated: String?
        var agreed: Quantity?
        var close = false
        for claimQuantity in claim {
            // A count meets every count in the sentence, named or bare ("3 patients" against "Of 40
            // patients, 3 had…" agrees with the 3). It may contradict only when the sentence counts
            // the same thing ("3,000 adults" against "2,400 adults") and no count there agrees.
            let isCount = CountedNoun.isCount(claimQuantity)
            let sameUnit = isCount
                ? sentence.filter(CountedNoun.isCount) : sentence.filter { unit(of: $0) == unit(of: claimQuantity) }
            let mayConflict = isCount
                ? claimQuantity.unit != nil && sentence.contains { $0.unit == claimQuantity.unit } : true
            guard !sameUnit.isEmpty else { continue }
            var best: Judgement?
            for sourceQuantity in sameUnit {
                let judgement = judge(claim: claimQuantity, source: sourceQuantity, thresholds: thresholds)
                if best == nil || judgement.rank < best!.rank { best = judgement }
            }
            switch best! {
            // A figure with a unit names the agreement better than a bare count ("28 percent", not "3").
            case .agree: if agreed == nil || agreed?.unit == nil && claimQuantity.unit != nil { agreed = claimQuantity }
            case .close: close = true
            case .overstated(let reason):
                // As for conflicts: a bare count (an age, a sample size) may be about something else.
                if !mayConflict {
                    close = true
                } else if overstated == nil {
                    overstated = reason
                }
            case .conflict(let reason):
                // Bare counts (sample sizes, ages, "type 2") are too often about different things to
                // contradict: a count that differs is only "not the same number".
                if mayConflict {
                    if conflict == nil { conflict = reason }
                } else {
                    close = true
                }
            }
        }
        if let conflict { return .conflict(reason: conflict) }
        if let overstated { return .overstated(reason: overstated) }
        if let agreed { return .agree(claim: agreed) }
        if close { return .close }
        return .missing(claim: claim[0])
    }

    /// Relative difference of two values, in [0, 1] for values of one sign.
    static func relativeDifference(_ a: Double, _ b: Double) -> Double {
        let scale = max(abs(a), abs(b))
        return scale == 0 ? 0 : abs(a - b) / scale
    }

    /// One claim number against one source number of the same unit.
    static func judge(claim: Quantity, source: Quantity, thresholds: ScoringThresholds) -> Judgement {
        if claim.bound == .range || source.bound == .range {
            return judgeRanges(claim: claim, source: source, thresholds: thresholds)
        }
        let difference = relativeDifference(claim.value, source.value)
        let sameValue = difference <= thresholds.sameValueTolerance
        let farApart = difference > thresholds.conflictTolerance
        let conflict = Judgement.conflict(reason: "source reports \(source.text); the article says \(claim.text)")

        switch claim.bound {
        case .lower:
            // The article sets a floor ("more than 80 percent").
            if source.value > claim.value, !sameValue || source.bound == .lower || source.bound == .exact {
                if source.bound == .upper {
                    return .overstated(reason: boundReason(claim: claim, source: source))
                }
                return .agree  // the source's figure clears the floor
            }
            if sameValue {
                if source.bound == .lower { return .agree }
                // "45% or more", "aged 65 and older": a floor that includes its figure is met by it.
                if claim.inclusive, source.bound == .exact {
                    return .agree
                }
                return .overstated(reason: boundReason(claim: claim, source: source))
            }
            // The source's figure is below the article's floor.
            if source.bound == .lower {
                return .overstated(reason: "source says \(source.text); the article says \(claim.text)")
            }
            return farApart ? conflict : .close

        case .upper:
            // The article sets a ceiling ("as much as 80 percent"): a weaker claim, met by anything below it.
            if source.value <= claim.value || sameValue {
                return source.bound == .lower && sameValue ? .close : .agree
            }
            if source.bound == .upper { return .close }
            return farApart ? conflict : .close

        case .exact, .approximate:
            if sameValue {
                // "in 36 hours" against a source's "within 36 hours": a ceiling that includes its
                // figure (``Quantity/inclusive``) is met by it; "up to 80 percent" is a hedge.
                if claim.bound == .exact, source.bound == .upper, !source.inclusive {
                    return .overstated(reason: boundReason(claim: claim, source: source))
                }
                return .agree
            }
            // An approximate figure on either side is met by a nearby one.
            if !farApart, claim.bound == .approximate || source.bound == .approximate { return .agree }
            // A one-sided source compatible with the article's figure neither confirms nor refutes it.
            if source.bound == .lower, source.value < claim.value { return .close }
            if source.bound == .upper, source.value > claim.value { return .close }
            // Two changes the same way, of different sizes: bigger is an overstatement (``ChangeSize``).
            if farApart, let size = ChangeSize.judge(claim: claim, source: source) { return size }
            return farApart ? conflict : .close

        case .range:
            return .close  // handled above
        }
    }

    /// Ranges ("3 to 7 hours") agree with anything inside them; far outside is a conflict.
    static func judgeRanges(claim: Quantity, source: Quantity, thresholds: ScoringThresholds) -> Judgement {
        let claimInterval = interval(claim)
        let sourceInterval = interval(source)
        if claimInterval.lowerBound <= sourceInterval.upperBound && sourceInterval.lowerBound <= claimInterval.upperBound {
            return .agree
        }
        let gap = claimInterval.upperBound < sourceInterval.lowerBound
            ? relativeDifference(claimInterval.upperBound, sourceInterval.lowerBound)
            : relativeDifference(claimInterval.lowerBound, sourceInterval.upperBound)
        return gap > thresholds.conflictTolerance
            ? .conflict(reason: "source reports \(source.text); the article says \(claim.text)") : .close
    }

    static func interval(_ quantity: Quantity) -> ClosedRange<Double> {
        switch quantity.bound {
        case .range:
            let upper = quantity.upperValue ?? quantity.value
            return min(quantity.value, upper)...max(quantity.value, upper)
        case .lower: return quantity.value...Double.greatestFiniteMagnitude
        case .upper: return min(0, quantity.value)...quantity.value
        case .exact, .approximate: return quantity.value...quantity.value
        }
    }

    /// "source gives an upper bound (as much as 80 percent); the article states a lower bound (more than 80 percent)".
    static func boundReason(claim: Quantity, source: Quantity) -> String {
        "source \(describe(source.bound, source: true)) (\(source.text)); the article \(describe(claim.bound, source: false)) (\(claim.text))"
    }

    static func describe(_ bound: Quantity.Bound, source: Bool) -> String {
        let verb = source ? "gives" : "states"
        switch bound {
        case .lower: return "\(verb) a lower bound"
        case .upper: return "\(verb) an upper bound"
        case .approximate: return "\(verb) an approximate figure"
        case .range: return "\(verb) a range"
        case .exact: return source ? "reports a figure" : "states an exact figure"
        }
    }
}
