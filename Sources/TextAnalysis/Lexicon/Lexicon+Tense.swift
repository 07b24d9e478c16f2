extension Lexicon {
    /// Forms of "be" that are not past: a participle after one is a present passive or an
    /// adjective ("is used", "are designed", "being built"), not a verb telling what happened; and
    /// "are" or "am" is no past itself, though WordNet reads it as an inflection of "be".
    public static let nonPastFormsOfBe: [String] = ["am", "is", "are", "be", "being"]

    /// The past of "be", which ends in "-s" ("was") or is read past an "-s" rule that keeps plural
    /// nouns out of the past tense ("stems", "beans").
    public static let pastFormsOfBe: [String] = ["was", "were"]
}
