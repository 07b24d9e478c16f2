import FactCheckModel
import Testing
@testable import Extractor

/// Health-effect statements in chatty sentences (issue 18): an intervention acting on a body, a
/// treatment said to work, a body's product defined, found clause by clause and reported as
/// claims even where a concession, the reader addressed or advice around them turned the
/// sentence down; and the shapes that stay out (a figure of speech, a feeling, advice, an account
/// in the first person). Our own sentences, of the seed article's shapes.
@Suite struct HealthStatementTests: ExtractorProbing {
    /// The statement `HealthStatement` finds in `sentence`, as text.
    func statement(_ sentence: String) -> String? {
        HealthStatement.find(in: sentence).map { String(String.UnicodeScalarView(Array(sentence.unicodeScalars)[$0.range])) }
    }

    @Test func anEffectOnTheBodyIsAStatementWholeOrByItsClauses() {
        let whole = "A lesser-known benefit of saunas is that they can stimulate your body's repair response."
        #expect(statement(whole) == whole)
        // The concession before it is no part of the claim; the effect after "so" is.
        #expect(
            statement("While saunas won’t work any miracles, they can help to promote circulation and tissue repair, so you'll heal sooner with these small lifts to your immune system.")
                == "they can help to promote circulation and tissue repair, so you'll heal sooner with these small lifts to your immune system.")
        #expect(statement("Regular walks lower blood pressure in older adults.") != nil)
        // A list the statement opens runs on with it; the clause after the list does not.
        #expect(
            statement("Damp air causes stiffness in the joints that can throb, ache, swell and lock, and it can be hard to walk when you wake.")
                == "Damp air causes stiffness in the joints that can throb, ache, swell and lock")
    }

    @Test func aTreatmentThatWorksAndABodysProductDefinedAreStatements() {
        #expect(statement("It's one of the reasons that heat therapy for neck pain is so effective.") != nil)
        // Advice drawn from the definition is cut off.
        #expect(statement("Adrenaline is the \"fight or flight\" hormone, so it's good to keep it low.") == "Adrenaline is the \"fight or flight\" hormone")
    }

    /// Figures of speech with a body word: a body term whose owner is a thing (a sauce, a
    /// company, a budget, a room, a war), a causal word used as a noun, a body term "defined" by
    /// another thing's. Each with a literal twin of the same shape, so the test fails when the
    /// WordNet database is missing (no statement at all) as when the figure is read as a claim.
    @Test(arguments: [
        ("The interest cut was a real jolt to the heart for savers.", "The tax cut lowered the heart rate of nervous patients."),
        ("Whisking in the butter thickens the gravy and strengthens its body.", "Whisking in the ginger thickens the tea and soothes his stomach."),
        ("Analysts said the takeover cut the muscle out of the firm.", "Analysts said the injury cut the muscle out of the athlete's thigh."),
        ("The treaty will strengthen the heart of the republic.", "The drug will strengthen the heart of older dogs."),
        ("The mayor's remarks raised the blood pressure of the hall.", "The mayor's diet raised the blood pressure of his aides."),
        ("The new plan cuts the fat from the payroll.", "The new diet cuts the fat from your liver."),
        ("The accord heals the wounds of the long strike.", "The ointment heals the wounds of burned patients."),
        ("The merger strengthens the group's spine in Europe.", "The exercise strengthens the patient's spine in weeks."),
    ])
    func aBodyWordOfAThingIsAFigureNoStatement(figure: String, literal: String) {
        #expect(statement(figure) == nil, "\(figure)")
        #expect(statement(literal) == literal, "\(literal)")
    }

    @Test func aBodyTermDefinedByAThingsPartIsNoDefinition() {
        // A positive control first: without WordNet it fails too.
        #expect(statement("The pancreas is the gland of insulin.") == "The pancreas is the gland of insulin.")
        #expect(statement("The kidney is the heart of the operation.") == nil)
        #expect(statement("Frankly, the liver is the heart of the company, so believe me.") == nil)
    }

    @Test func aCausalWordHeadingANounPhraseIsNoVerb() {
        // "links" after an article and an adjective is the subject's noun; "pill" is the noun below.
        #expect(statement("The malicious links purport to connect back to a dating game.") == nil)
        #expect(statement("The new pill reduces neck pain.") == "The new pill reduces neck pain.")
    }

    @Test func aShortClauseOfItsOwnIsNoListItem() {
        // Instructions, consequences and evaluations after a statement are cut off.
        #expect(statement("The jab in her arm caused no swelling, so book yours.") == "The jab in her arm caused no swelling")
        #expect(statement("A brisk swim lowers blood pressure in older adults, so get swimming.") == "A brisk swim lowers blood pressure in older adults")
        #expect(statement("The new tablet lowers blood sugar, so patients win.") == "The new tablet lowers blood sugar")
        #expect(statement("The pill relieves neck pain, so trust me.") == "The pill relieves neck pain")
        // An item of the list the statement opens still runs on with it.
        #expect(statement("Cold weather causes stiffness in the knees that can ache, swell and lock.") == "Cold weather causes stiffness in the knees that can ache, swell and lock.")
    }

    /// The statement the extractor reports for a sentence both stages turned down, as text.
    func declinedStatement(_ sentence: String) -> String? {
        ClaimExtractor.healthStatement(in: sentence, attribution: nil)
            .map { String(String.UnicodeScalarView(Array(sentence.unicodeScalars)[$0])) }
    }

    @Test func aDeclinedSentenceKeepsItsDateAndLosesItsConditionOrLeadIn() {
        // A positive control: the statement alone is one.
        #expect(declinedStatement("Honestly, garlic will strengthen your immune system.") == "garlic will strengthen your immune system.")
        // A condition before it leaves the effect open.
        #expect(declinedStatement("If the plan is approved, garlic will strengthen your immune system.") == nil)
        #expect(declinedStatement("Unless it rains, honestly, garlic will strengthen your immune system.") == nil)
        // A pronoun after "and" points back to a lead-in that is chat.
        #expect(declinedStatement("Honestly, this tea is amazing, and it calms your stomach.") == nil)
        // Its circumstance or cause stays with it, without the joining word.
        #expect(declinedStatement("Honestly, the oils guard it, and when they are stripped, scraped, or bleached, the overall health of the gut suffers.")
            == "when they are stripped, scraped, or bleached, the overall health of the gut suffers.")
        // A date before it is part of the claim.
        #expect(declinedStatement("Back in the 1700s, surgeons believed that leeches cured gout.")
            == "Back in the 1700s, surgeons believed that leeches cured gout.")
    }

    @Test(arguments: [
        // A figure of speech: no effect verb, and the predicate's noun ("tonic") is no body term.
        "Warm air is also a wonderful tonic for stiff, tired joints.",
        // A feeling, and an account of one's own body.
        "She has me wondering about my sore knees now.",
        "The treatment relieved my back pain within a week.",
        // An instruction, even one that names an effect.
        "Stretch every morning to ease back pain.",
        // Not a body's: a state of mind WordNet files under cognition, a phrasal verb's particle.
        "The rate cut boosted investor confidence.",
        "The clinic cut back its opening hours.",
        // A condition leaves the effect open; an object that is no body's comes first.
        "So if you swallow fish oil daily to protect your heart, you may be wasting money.",
        "The blades were probably used for cutting reeds or scraping goat skins.",
    ])
    func otherShapesAreNoStatements(sentence: String) {
        #expect(statement(sentence) == nil, "\(sentence)")
    }

    /// A page of the seed's kind: chat around the statements, and a metaphor, a feeling and an
    /// evaluation that must stay out.
    static let page = """
        Why Saunas Feel So Good

        Saunas have been part of Finnish life for centuries. If you spend long days at a desk, you might want to book a regular session. Here are a few of the perks you'll notice when you settle onto the wooden bench.

        Heat and Healing

        A lesser-known benefit of saunas is that they can stimulate your body's repair response. While saunas won’t work any miracles, they can help to promote circulation and tissue repair, so you'll heal sooner with these small lifts to your immune system. Warm air is also a wonderful tonic for stiff, tired joints. It's one of the reasons that heat therapy for neck pain is so effective.

        Body Chemistry

        Adrenaline is the "fight or flight" hormone, so it's good to keep it low. My neighbour swears by it. "She has me wondering now," he said. They're a perfect way to end a week.

        """

    @Test func aViewIsNoClaimWhateverItsClausesSay() throws {
        // The whole sentence is a view ("She wanted …"); its last clause alone would name an effect.
        let page = "Title\n\nShe wanted patients to sleep, rest, or heal with ease at the cancer ward.\n"
        #expect(try claims(page).isEmpty)
    }

    @Test func aChattyHealthPageListsItsStatementsAndNoFigureOrFeeling() throws {
        let texts = try claims(Self.page).map(\.text)
        // Turned down before by the first stage (a score of 0.06) and by the gate (0.05).
        #expect(texts.contains("A lesser-known benefit of saunas is that they can stimulate your body's repair response"))
        #expect(texts.contains("they can help to promote circulation and tissue repair, so you'll heal sooner with these small lifts to your immune system"))
        #expect(texts.contains("It's one of the reasons that heat therapy for neck pain is so effective"))
        // Accepted whole before; now without the advice drawn from it.
        #expect(texts.contains("Adrenaline is the \"fight or flight\" hormone"))
        for noise in ["tonic", "swears", "wondering", "perfect way"] {
            #expect(!texts.contains { $0.contains(noise) }, "\(noise)")
        }
    }
}
