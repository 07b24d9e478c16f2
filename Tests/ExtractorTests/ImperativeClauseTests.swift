import FactCheckModel
import Testing
@testable import Extractor

/// Advice in the imperative, decided by grammar (``ImperativeClause``): a base-form verb before its
/// object, past an opening phrase, or a person who suggests or recommends doing something, is no
/// claim whatever its figure; the outcome told after advice is. Each advice sentence has a twin
/// of the same opening shape that states something (a noun before a preposition, a participle, a
/// clause after "note that", a finding suggested by research), so a rule that reads every first
/// verb as a command fails as a rule that reads none does. Our own sentences.
@Suite struct ImperativeClauseTests: ExtractorProbing {
    @Test(arguments: [
        "Coat the ends of each branch with wax and press them into damp sand.",
        "Shake them off and rinse the roots under a cold tap.",
        "Using a pair of clean scissors, trim the leaves at a 45-degree angle.",
        "In early spring, prune the stems back to 20 centimetres.",
        "Beware of leaving the jars in direct sun for more than 3 hours.",
        "Gently pour the broth into a wide pan.",
        "We suggest soaking the beans for 8 hours before cooking.",
        "She recommends that you place the pots where they get about 6 hours of sun.",
        "Don’t leave the jars in the sun for more than 2 hours.",
        "Add a 2-centimetre layer of compost to each pot before planting.",
    ])
    func commandsAreAdvice(_ sentence: String) {
        #expect(ImperativeClause.isAdvice(sentence), "\(sentence)")
    }

    @Test(arguments: [
        "Research on mice shows that the drug lowers blood sugar by 20 percent.",
        "Water in the tank is replaced every 3 days.",
        "Found in 1990, the company now employs 4,000 people.",
        "Like the previous model, the phone weighs 180 grams.",
        "Note that the older methods return nil when nothing changed.",
        "Read this fact: the district installed 9,000 cameras in 2019.",
        "Research suggests drinking tea lowers the risk of stroke by 10 percent.",
        "The pair said they suggested moving to Portugal in 2020.",
        "Dip the stem in alum, which is a salt sold in most grocery stores.",
        "Use of the drug rose 30 percent in 2021.",
    ])
    func statementsOfTheSameOpeningAreNotAdvice(_ sentence: String) {
        #expect(!ImperativeClause.isAdvice(sentence), "\(sentence)")
    }

    /// An instruction is no health statement, by its grammar as by the listed imperative words:
    /// the statement of the same effect, told of the treatment, is.
    @Test func anInstructionWithABodyTermIsNoHealthStatement() {
        #expect(HealthStatement.find(in: "Massage the oil into your knee joints to reduce inflammation.") == nil)
        #expect(HealthStatement.find(in: "The oil reduces inflammation in your knee joints.") != nil)
    }

    /// The figure of an instruction is how much to do, no claim; a paragraph of our own, read as
    /// an article, so the decision is tested where it is made.
    @Test func instructionsWithFiguresAreNotClaimedButTheirOutcomeIs() throws {
        let text = """
        Seedlings need care in their first month. Add a 2-centimetre layer of compost to each pot before planting. “Fill the tray with 3 centimetres of sand,” the grower says.

        Dry leaves are a sign of thirst. Give the seedlings a deep watering and they'll recover in about 2 to 3 weeks.

        Cut stems fade fast in warm rooms. If you store the bunch in a cool hall, it should keep for up to five days.
        """
        let found = try claims(text)
        #expect(!found.contains { $0.sentence.contains("2-centimetre layer") })
        #expect(!found.contains { $0.sentence.contains("Fill the tray") })
        let recovery = found.first { $0.sentence.contains("recover in about") }
        #expect(recovery?.text == "they'll recover in about 2 to 3 weeks")
        #expect(recovery?.quantities.isEmpty == false)
        // Put to the reader as a condition: the outcome is claimed (whole, when the stages accept
        // the sentence; its clause alone, when they turn the condition down).
        let keeping = found.first { $0.sentence.contains("should keep") }
        #expect(keeping?.text.hasSuffix("it should keep for up to five days") == true)
    }
}
