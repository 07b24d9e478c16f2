import FactCheckModel
import Testing
@testable import Extractor

/// Sentences that open like a command but state something (the session-15 review's shapes, in
/// our own sentences): a noun or a name before a phrase of time or a floating quantifier and a
/// finite verb, a frame of speech, a statement clause beside the command, a third person's
/// recommendation, a command reported as an event. Each group has commands of the same opening
/// that stay advice, so a rule that gives up on the imperative fails as the old one does.
@Suite struct ImperativeSubjectTests {
    @Test(arguments: [
        "Police this month detained 9 people after the match.",
        "Profit this half slipped 6 percent to $3 billion.",
        "Staff each got a $300 voucher after the audit.",
        "Sleep each week rose by 25 minutes among the pupils observed.",
        "Hail the width of coins dented 120 roofs in the suburb.",
        "Gas this spring will cost firms 12 percent more.",
        "Ford this month sold 40,000 vans in Europe.",
        "Police each winter record about 900 break-ins in the district.",
        "In the poll, workers all said they earned 3 percent less than before.",
        "Rain all month swamped 5 farms in the lowlands.",
    ])
    func aNounBeforeATimePhraseAndAVerbIsASubject(_ sentence: String) {
        #expect(!ImperativeClause.isAdvice(sentence), "\(sentence)")
    }

    @Test(arguments: [
        "Water each morning for 2 weeks.",
        "Water all the beds for 10 minutes.",
        "Keep the leaves trimmed to 5 centimetres.",
        "Brush the horses twice a week in winter.",
        "Cut each stem at a 30 degree angle.",
        "Add a second shelf to the cupboard.",
    ])
    func commandsWithTheSameOpeningStayAdvice(_ sentence: String) {
        #expect(ImperativeClause.isAdvice(sentence), "\(sentence)")
    }

    @Test(arguments: [
        "Let me be frank, exports fell 9 percent under this government.",
        "Let us remind voters that the debt doubled to $2 trillion.",
        "Let's be candid: the scheme cost $12 billion.",
        "Let me just say, the senator voted for 40 tax rises.",
    ])
    func aFrameOfSpeechIsNoAdvice(_ sentence: String) {
        #expect(!ImperativeClause.isAdvice(sentence), "\(sentence)")
    }

    @Test func aTitleInTheImperativeBeforeAnAppositionIsASubject() {
        #expect(!ImperativeClause.isAdvice("Save the Rivers, a campaign group, raised $3 million last year."))
        #expect(ImperativeClause.isAdvice("Add the onions, chopped into cubes, and fry them for 5 minutes."))
    }

    @Test func letWithAThingIsStillACommand() {
        #expect(ImperativeClause.isAdvice("Let the dough rest for 20 minutes."))
    }

    @Test(arguments: [
        "Turn the clock back 20 years and oil supplied 60 percent of the power.",
        "Recall the 2011 flood, when 4,000 homes flooded in the city.",
        "Meet the 31-year-old who swam 50 kilometres in a day.",
        "Note the 25 percent drop in arrests since 2020.",
        "Stir the batter well, and the cake should rise by 2 centimetres.",
    ])
    func aStatementBesideTheCommandIsNoAdvice(_ sentence: String) {
        #expect(!ImperativeClause.isAdvice(sentence), "\(sentence)")
    }

    @Test(arguments: [
        "Add the stock and stir for 3 minutes.",
        "Call the neighbour who lives nearest within 2 hours.",
        "Cover the pot and leave it for 10 minutes.",
    ])
    func aSecondCommandOrAPresentClauseStaysAdvice(_ sentence: String) {
        #expect(ImperativeClause.isAdvice(sentence), "\(sentence)")
    }

    @Test func aThirdPersonsRecommendationIsChecked() {
        #expect(!ImperativeClause.isAdvice("The council recommends limiting showers to 4 minutes a day."))
        #expect(!ImperativeClause.isAdvice("Okoro recommends taking 500 milligrams of iron a day."))
        #expect(!ImperativeClause.isAdvice("They suggest drinking coffee lowers the risk of gout by 15 percent."))
        #expect(ImperativeClause.isAdvice("We recommend soaking the seeds for 12 hours."))
        #expect(ImperativeClause.isAdvice("He advises that you wait 3 weeks before feeding."))
    }

    @Test func aCommandToldInThePastIsAReport() {
        #expect(ImperativeClause.reportsCommand("“Leave the building,” shouted 200 marshals at the stadium on Sunday."))
        #expect(ImperativeClause.reportsCommand("The council told 2,000 tenants: “Close your windows.”"))
        #expect(!ImperativeClause.reportsCommand("“Get a job,” a stranger wrote on his page in May 2020."))
        #expect(!ImperativeClause.reportsCommand("“Fill the tray with 3 centimetres of sand,” the grower says."))
        #expect(!ImperativeClause.reportsCommand("Fill the tray with 3 centimetres of sand."))
    }
}
