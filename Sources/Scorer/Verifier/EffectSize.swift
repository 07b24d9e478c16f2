/// Ratios reported as findings: "OR, 0.73 [95% CI, 0.54 to 0.98]", "rate ratio 0.83 (95% CI,
/// 0.72-0.96)", "HR 1.10 (0.93 to 1.29)".
///
/// Much of the medical literature states its finding only as a ratio with an interval, with no
/// "reduced" or "increased" in the sentence. A ratio whose interval lies below 1 says the risk went
/// down; above 1, up; an interval that holds 1 says no difference was shown. Read against a claim
/// that says "increases the risk", that is a reversal, an agreement or a null finding.
enum EffectSize {
    enum Finding: Int {
        case lower = -1, null = 0, higher = 1
    }

    /// Lowercased words that name a ratio. "or" counts only where the text writes it "OR".
    static let cues: Set<String> = ["or", "hr", "rr", "aor", "ahr", "arr", "irr", "smr", "sir", "ratio", "ratios"]

    /// What the first ratio with an interval (or, failing one, with a point estimate) in `text` shows.
    static func finding(in text: AnalyzedText, raw: String) -> Finding? {
        var characters: [Character]?
        for index in 0..<text.count where cues.contains(text.words[index]) {
            if text.words[index] == "or" {
                if characters == nil { characters = Array(raw) }
                let offset = text.offsets[index]
                guard offset + 1 < characters!.count, characters![offset] == "O", characters![offset + 1] == "R" else { continue }
            }
            // The point estimate: the first plausible number in the next few words.
            var position = index + 1
            var point: Double?
            while position < min(text.count, index + 7) {
                if text.isNumber[position], let value = Double(text.words[position]), value < 50 {
                    point = value
                    break
                }
                position += 1
            }
            guard let point else { continue }
            // The interval: the next two numbers below 50 (skipping the "95" of "95% CI").
            var bounds: [Double] = []
            var next = position + 1
            while next < min(text.count, position + 10), bounds.count < 2 {
                if text.isNumber[next], let value = Double(text.words[next]), value < 50,
                   !(value == 95 || value == 99 || value == 90)
                {
                    bounds.append(value)
                }
                next += 1
            }
            if bounds.count == 2, bounds[0] <= point + 1e-9, point <= bounds[1] + 1e-9, bounds[0] < bounds[1] {
                if bounds[1] < 1 { return .lower }
                if bounds[0] > 1 { return .higher }
                return .null
            }
            if point < 0.9 { return .lower }
            if point > 1.1 { return .higher }
        }
        return nil
    }
}
