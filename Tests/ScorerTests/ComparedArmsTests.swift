import FactCheckModel
import Testing
@testable import Scorer

/// Issue #17, session 17: a negation inside a phrase that names a study's compared arms ("a reading
/// club or no club", "who did or did not", "with or without", "versus no", "compared with no",
/// "users and non-users") denies nothing, so it is no "the source says the opposite". The same
/// words outside such a phrase still deny. Sentences written for these tests. Main reads most arm
/// phrases as the source's denial; session 17's fix (round 2: `Lexicon.armJoiners`) read them all
/// right but failed the keep rule and was not kept (Scorer README, "Session 17 (round 2)"), so they
/// are carried pair by pair as known issues.
@Suite struct ComparedArmsTests: ClaimTableChecks {
    let scorer = ClaimScorer()

    /// Arm phrases main reads right: "with or without" (a rule of its own) and "non-users" (no cue).
    static let arms: [ClaimAndPage] = [
        ("Vitamin D supplements improve bone density in older women.",
         ["Bone density was measured in older women with or without vitamin D supplements."]),
        ("Cannabis use increases anxiety in teenagers.",
         ["Anxiety was compared between teenage cannabis users and non-users."]),
    ]

    /// Arm phrases main reads as "the source says the opposite".
    static let misreadArms: [ClaimAndPage] = [
        ("Reading clubs improve vocabulary in children.",
         ["Children assigned to a reading club or no club had their vocabulary tested each term."]),
        ("Reading clubs improve vocabulary in children.",
         ["We tested the vocabulary of children assigned to a reading club or no club.", "Vocabulary rose more in the reading club."]),
        ("Statins reduce dementia in older adults.",
         ["Dementia was recorded in older adults who did or did not take statins."]),
        ("Statins reduce dementia in older adults.",
         ["We compared dementia in older adults given statins versus no statins."]),
        ("Peer tutoring improves reading in primary pupils.",
         ["Reading in primary pupils was measured with peer tutoring compared with no tutoring."]),
        ("Night shifts raise blood pressure in nurses.",
         ["Blood pressure was taken in nurses whether or not they worked night shifts."]),
    ]

    /// Denials that share the arms' words: a negation that opens the subject ("no club members"),
    /// and one that negates the verb beside an arm phrase.
    static let denials: [ClaimAndPage] = [
        ("Reading clubs improve vocabulary in children.",
         ["No club members improved their vocabulary."]),
        ("Reading clubs improve vocabulary in children.",
         ["Vocabulary did not improve in children assigned to a reading club or a chess club."]),
        ("Statins reduce dementia in older adults.",
         ["Statins did not reduce dementia in older adults who did or did not smoke."]),
        ("Vitamin D supplements improve bone density in older women.",
         ["Vitamin D supplements did not improve bone density in older women with or without arthritis."]),
    ]

    @Test func aNegationNamingAnArmIsNoDenial() {
        for (claim, passages) in Self.arms {
            let result = check(claim, passages)
            #expect(result.verdict != .contradicted, "\(claim): \(result.reason)")
            #expect(!result.reason.contains("says the opposite"), "\(claim): \(result.reason)")
        }
    }

    @Test func aNegationNamingAnArmIsAKnownMisreading() {
        expectKnownMisreadings(Self.misreadArms) { $0.verdict != .contradicted }
    }

    @Test func aDenialBesideAnArmPhraseStaysContradicted() {
        for (claim, passages) in Self.denials {
            let result = check(claim, passages)
            #expect(result.verdict == .contradicted, "\(claim): \(result.verdict) (\(result.reason))")
        }
    }
}
