import FactCheck
import Foundation
import Testing

/// Measures ledger matching on pairs written for it: rewordings an editor would call the same claim
/// (must match) and different claims that share most of their words (must not). The table printed
/// by `thresholdTable` is how the thresholds in ``ClaimLedgerIndex`` were chosen.
@Suite struct LedgerMatchingTests {
    struct Pair {
        var reviewed: String
        var later: String
        var same: Bool
    }

    static let pairs: [Pair] = [
        // The same claim, reworded.
        Pair(reviewed: "More than 80 percent of people will have back pain at some point in their lives.",
             later: "More than 80 percent of people will experience back pain at some point in their lives.", same: true),
        Pair(reviewed: "More than 80 percent of people will have back pain at some point in their lives.",
             later: "Over 80% of people will have back pain at some point in life.", same: true),
        Pair(reviewed: "Massage increases blood flow to the muscles of the lower back.",
             later: "Massage increases the blood flow to lower back muscles.", same: true),
        Pair(reviewed: "Massage can reduce cortisol in the bloodstream.",
             later: "Massage can reduce the level of cortisol in the bloodstream.", same: true),
        Pair(reviewed: "Regular exercise lowers the risk of heart disease by 30 percent.",
             later: "Regular exercise reduces heart disease risk by 30 percent.", same: true),
        Pair(reviewed: "Coffee drinkers live longer than people who do not drink coffee.",
             later: "People who drink coffee live longer than those who don't drink coffee.", same: true),
        Pair(reviewed: "The vaccine was 95 percent effective in preventing severe illness.",
             later: "The vaccine proved 95 percent effective at preventing severe illness.", same: true),
        Pair(reviewed: "Children who sleep less than eight hours are more likely to be obese.",
             later: "Kids sleeping less than eight hours are more likely to be obese.", same: true),
        Pair(reviewed: "Most adults do not get enough vitamin D.",
             later: "Most adults don't get enough vitamin D.", same: true),
        Pair(reviewed: "Drinking green tea may lower blood pressure.",
             later: "Green tea may help lower blood pressure.", same: true),
        Pair(reviewed: "Smoking causes about 480,000 deaths in the United States every year.",
             later: "About 480,000 deaths in the United States every year are caused by smoking.", same: true),
        Pair(reviewed: "Air pollution kills seven million people worldwide each year.",
             later: "Each year, air pollution kills 7 million people around the world.", same: true),
        Pair(reviewed: "Half of all antibiotic prescriptions are unnecessary.",
             later: "Half of all antibiotic prescriptions are not necessary.", same: true),
        Pair(reviewed: "Sugary drinks raise the risk of type 2 diabetes.",
             later: "The risk of type 2 diabetes is raised by sugary drinks.", same: true),
        Pair(reviewed: "Massage increases blood flow.",
             later: "A massage increases blood flow to the muscles.", same: true),
        Pair(reviewed: "Exercise improves mood in people with depression.",
             later: "Regular exercise improves mood in people with depression.", same: true),
        // Different claims that look alike.
        Pair(reviewed: "Massage reduces cortisol.",
             later: "Massage reduces cortisol and anxiety in cancer patients.", same: false),
        Pair(reviewed: "Exercise improves mood.",
             later: "Exercise improves mood in older adults with depression.", same: false),
        Pair(reviewed: "More than 80 percent of people will have back pain at some point in their lives.",
             later: "More than 60 percent of people will have back pain at some point in their lives.", same: false),
        Pair(reviewed: "More than 80 percent of people will have back pain at some point in their lives.",
             later: "Less than 80 percent of people will have back pain at some point in their lives.", same: false),
        Pair(reviewed: "Massage can reduce cortisol in the bloodstream.",
             later: "Massage reduces cortisol in the bloodstream.", same: false),
        Pair(reviewed: "Coffee increases the risk of heart disease.",
             later: "Coffee decreases the risk of heart disease.", same: false),
        Pair(reviewed: "Massage increases blood flow to the muscles of the lower back.",
             later: "Massage releases dopamine, serotonin and oxytocin in the brain.", same: false),
        Pair(reviewed: "Regular exercise lowers the risk of heart disease by 30 percent.",
             later: "Regular exercise lowers the risk of stroke by 30 percent.", same: false),
        Pair(reviewed: "All patients recovered within a week.",
             later: "Some patients recovered within a week.", same: false),
        Pair(reviewed: "The vaccine was 95 percent effective in preventing severe illness.",
             later: "The vaccine was 95 percent effective in preventing infection.", same: false),
        Pair(reviewed: "Coffee drinkers live longer than people who do not drink coffee.",
             later: "Tea drinkers live longer than people who do not drink tea.", same: false),
        Pair(reviewed: "Massage can reduce cortisol in the bloodstream.",
             later: "Massage can reduce anxiety in cancer patients.", same: false),
        Pair(reviewed: "Most adults do not get enough vitamin D.",
             later: "Most adults get enough vitamin D.", same: false),
        Pair(reviewed: "Children who sleep less than eight hours are more likely to be obese.",
             later: "Children who sleep less than eight hours are more likely to be anxious.", same: false),
        Pair(reviewed: "Smoking causes about 480,000 deaths in the United States every year.",
             later: "Smoking causes about 480,000 deaths in the United Kingdom every year.", same: false),
        Pair(reviewed: "Sugary drinks raise the risk of type 2 diabetes.",
             later: "Sugary drinks raise the risk of type 1 diabetes.", same: false),
    ]

    struct Score {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    }

    static func score(threshold: Double, substitution: Double) -> Score {
        let index = ClaimLedgerIndex(ClaimLedger(folder: "Claims"), threshold: threshold, substitutionThreshold: substitution)
        var score = Score()
        for pair in pairs {
            let a = ClaimSignature(text: pair.reviewed)
            let b = ClaimSignature(text: pair.later)
            let matched = index.accepts(b.similarity(to: a), substitution: b.isSubstitution(of: a))
            switch (matched, pair.same) {
            case (true, true): score.truePositives += 1
            case (true, false): score.falsePositives += 1
            case (false, true): score.falseNegatives += 1
            case (false, false): break
            }
        }
        return score
    }

    /// Prints each pair's similarity and the precision/recall grid; run with `--filter thresholdTable`.
    @Test func thresholdTable() {
        for pair in Self.pairs {
            let a = ClaimSignature(text: pair.reviewed)
            let b = ClaimSignature(text: pair.later)
            print(String(format: "%@ dice %.3f %@  %@", pair.same ? "SAME" : "DIFF", b.similarity(to: a), b.isSubstitution(of: a) ? "subst" : "add  ", pair.later))
        }
        for substitution in [0.6, 0.7, 0.8, 0.85, 0.9, 1.01] {
            for threshold in [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9] {
                let s = Self.score(threshold: threshold, substitution: substitution)
                print(String(format: "threshold %.2f substitution %.2f: precision %.2f recall %.2f (tp %d fp %d fn %d)",
                             threshold, substitution, s.precision, s.recall, s.truePositives, s.falsePositives, s.falseNegatives))
            }
        }
    }

    /// The chosen thresholds: no different claim matches, and most rewordings do.
    @Test func theDefaultThresholdsNeverMatchADifferentClaim() {
        let score = Self.score(threshold: ClaimLedgerIndex.defaultThreshold, substitution: ClaimLedgerIndex.defaultSubstitutionThreshold)
        #expect(score.falsePositives == 0)
        #expect(score.recall >= 0.75)
    }

    @Test func differentNumbersNeverMatch() {
        let sixty = ClaimSignature(text: "60 percent of people will have back pain")
        let eighty = ClaimSignature(text: "80 percent of people will have back pain")
        #expect(sixty.similarity(to: eighty) == 0)
    }
}
