import Foundation
import FactCheckModel

/// The claims benchmark's labels (`Benchmarks/ClaimLabels/labels.jsonl`): one JSON object a line,
/// one per sentence of a third-party page, holding only our judgement, never the page's words.
///
/// A sentence is named by its page (the file name without `.html.gz`) and ``ClaimLabel/key(of:)``,
/// a hash of its normalised text, so the label file can be published while the pages cannot. The
/// source is a scalar-offset range inside the sentence as the tool's sentence splitter gives it;
/// quantities are the figures an editor would check, with the parser's unit names.
struct ClaimLabel: Codable {
    /// A figure in the sentence: value, unit (nil for a bare count), bound, and a range's upper end.
    struct Figure: Codable, Equatable {
        var value: Double
        var unit: String?
        var bound: Quantity.Bound
        var upper: Double?
    }

    var page: String
    /// ``key(of:)`` of the sentence.
    var sentence: String
    /// A checkable factual claim, as a newspaper editor would judge it.
    var claim: Bool
    /// Who the sentence credits its claim to: `[start, end)` scalar offsets in the sentence, or nil.
    var source: [Int]?
    var quantities: [Figure]?
    /// Why a label is what it is, in our words, when it is not obvious (never the page's text).
    var note: String?
    /// The labelling batch: nil for the first (2026-12-06, 45 pages); 2 and later for the pages
    /// labelled blind as one session's unseen yardstick (`ClaimLabels/README.md` says which).
    /// `claims --batch N` scores one batch alone.
    var batch: Int?

    /// The batch a label belongs to, the first when the field is absent.
    var batchNumber: Int { batch ?? 1 }

    /// FNV-1a 64 of the sentence with white space folded and letters lowercased, as 16 hex digits:
    /// the same sentence gets the same key whatever line breaks or capitals the page put in it.
    static func key(of sentence: String) -> String {
        let folded = sentence.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let hex = String(FNV1a.hash(folded), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The source's words in `sentence`, or nil when there is none (or the range does not fit).
    func sourceText(in sentence: String) -> String? {
        guard let source, source.count == 2 else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        guard source[0] >= 0, source[0] < source[1], source[1] <= scalars.count else { return nil }
        return String(String.UnicodeScalarView(scalars[source[0]..<source[1]]))
    }
}
