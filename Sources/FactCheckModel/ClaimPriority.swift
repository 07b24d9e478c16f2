/// How urgently an editor should look at a claim, in [0, 1], from what the claim itself says: so
/// that among ten claims with the same verdict and confidence, "Studies have shown that massage
/// reduces cortisol" comes before "a massage is a great balm".
///
/// A sum of four parts, each a reason a wrong claim would do harm or be easy to catch:
/// - how check-worthy the sentence is (0.4 × ``Claim/checkworthiness``);
/// - how specific it is: a figure (0.2), else a named source a reader could ask (0.1);
/// - a vague attribution ("studies have shown", 0.2): it borrows authority nobody can check;
/// - a causal or health claim (0.2): what readers act on.
///
/// Pure and deterministic: derived from the claim's existing fields, never stored, so old reports
/// and new ones agree, and the JSON report shows it as `priority` (an added field).
public enum ClaimPriority {
    public static func of(_ claim: Claim) -> Double {
        var score = 0.4 * min(max(claim.checkworthiness, 0), 1)
        if !claim.quantities.isEmpty {
            score += 0.2
        } else if let attribution = claim.attribution, !attribution.vague {
            score += 0.1
        }
        if claim.attribution?.vague == true { score += 0.2 }
        if claim.kind == .causal || mentionsHealth(claim.text) { score += 0.2 }
        return (score * 100).rounded() / 100
    }

    /// Words that make a statement about the body or medicine: the claims a reader may act on.
    /// Matched as word starts ("cortisol", "diseases", "cardiovascular").
    ///
    /// They live here, not in the lexicon (`TextAnalysis/Lexicon`): a topic is none of its kinds
    /// (hedges, causal verbs, direction, reporting, numbers, scope, synonyms, antonyms), and the
    /// causal half of this part already comes from it, through ``Claim/kind``, which the claim
    /// detector sets from the lexicon's causal verbs. This module imports only Foundation and the
    /// reporter reads ``ClaimCheck/priority`` with nothing else in view, so a lexicon list here
    /// would mean carrying a health flag in ``Claim``, set upstream, for this one reader.
    static let healthWordStarts = [
        "health", "disease", "illness", "cancer", "tumo", "heart", "cardi", "blood", "pain", "sleep", "insomnia",
        "cortisol", "hormon", "symptom", "patient", "mortality", "death", "die", "diabet", "obes", "vaccin", "drug",
        "medic", "treatment", "therap", "depress", "anxi", "stress", "immun", "infect", "brain", "dementia",
        "pregnan", "injur", "fracture", "cholesterol", "weight", "muscle", "bone", "dopamine", "serotonin",
    ]

    /// Whether `text` has a word of ``healthWordStarts``; also what decides which claims the
    /// biomedical literature search takes (`SourcePlan`).
    public static func mentionsHealth(_ text: String) -> Bool {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { word in
            healthWordStarts.contains { word.hasPrefix($0) }
        }
    }
}
