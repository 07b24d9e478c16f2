import TextAnalysis

extension SubstitutedWord {
    /// Whether a swap found on a sentence whose year or figure contradicts the claim takes that
    /// contradiction away: "opened in 1951 in York" dates another bridge than "… in 1932 in
    /// Leeds". Only for two names, neither place inside the other, and not one person's first name
    /// written two ways. Two common nouns meeting within ``rivalLevels`` are rivals enough to take
    /// support away, but too often the same thing in everyday words ("trial" for "study",
    /// "participants" for "patients", "city" for "town") to take a contradiction away: session 13's
    /// review lost 21 of 89 right contradictions that way.
    static func takesAFigureAway(_ finding: Finding) -> Bool {
        finding.betweenNames && !finding.beforeOneSurname && !placesNested(finding.claimWord, finding.sourceWord)
    }

    /// Whether one named place is inside the other ("Leeds" in "England", "Houston" in "Texas"):
    /// the source's year or figure may then be the claim's, said of the wider place. WordNet's
    /// part-of links decide; where one name has none ("Bradford", filed only as a printer),
    /// a region or country on the other side ("Yorkshire") counts as holding it.
    static func placesNested(_ one: String, _ other: String) -> Bool {
        let relations = WordNetRelations.shared
        let oneWholes = relations.wholes(of: one), otherWholes = relations.wholes(of: other)
        if oneWholes.contains(other.lowercased()) || otherWholes.contains(one.lowercased()) { return true }
        if oneWholes.isEmpty, relations.namesARegion(other) { return true }
        if otherWholes.isEmpty, relations.namesARegion(one) { return true }
        return false
    }
}
