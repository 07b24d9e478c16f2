import FactCheckModel
import Testing
@testable import TextAnalysis

/// Session 17 (issue 18): figures in technical prose. Releases, ports, ages with their years and
/// codes before a number, each rule tested on sentences of our own, with at least three where it
/// must not fire.
@Suite struct TechnicalProseFigureTests: FigureReadings {
    /// A decimal after a program's name in a sentence about releases names the release.
    @Test func aReleaseAfterAProgramNameIsNoFigure() {
        #expect(figures("Gannet 4.2 was released in the spring of 2021.").isEmpty)
        #expect(figures("In 2019 the team dropped support for Gannet 1.9 and 2.0.").isEmpty)
        #expect(figures("Most of the lab was running Heron 3.1 at the time.").isEmpty)
        #expect(figures("Heron 2.5, 2.6, and 2.7 were released that year.").isEmpty)
        #expect(figures("You need Heron 2.6 to call fold() on a stream.").isEmpty)
    }

    /// Without a word of releases or code, or with a unit or a scale, the decimal is a figure.
    @Test func aDecimalAfterANameElsewhereStaysAFigure() throws {
        // A value with its verb left out.
        let growth = figures("Growth was Germany 2.1, France 1.8 and Spain 2.4 last year.")
        #expect(growth.map(\.value) == [2.1, 1.8, 2.4])
        // A release word with a unit after the number.
        let tonnes = try #require(figures("Ridgeway released 2.5 million tonnes of grain from storage.").first)
        #expect(tonnes.value == 2_500_000)
        // A percentage in a sentence about a release.
        let share = try #require(figures("The release was installed on 40% of the office's machines.").first)
        #expect(share.value == 40)
        #expect(share.unit == "percent")
        // "versions grew 40%".
        let versions = try #require(figures("Downloads of the new versions grew 40% in a month.").first)
        #expect(versions.unit == "percent")
    }

    /// A wildcard release, a decimal before "release", and a release after a copula.
    @Test func otherWaysOfWritingAReleaseAreNoFigures() {
        #expect(figures("Gannet 3.x has been stable for years.").isEmpty)
        #expect(figures("The fix shipped in the 2.4 release.").isEmpty)
        #expect(figures("At the time of writing, the newest version of the tool is 6.02.").isEmpty)
    }

    /// A figure after a copula or before "releases" with no release as its subject stays.
    @Test func copulasAndReleaseNounsElsewhereKeepFigures() throws {
        let rate = try #require(figures("The new version is 3.5 times faster than the old one.").first)
        #expect(rate.unit == "times")
        let score = try #require(figures("Her average score is 7.5 this season.").first)
        #expect(score.value == 7.5)
        let count = try #require(figures("The studio put out 12 releases in 2020.").first)
        #expect(count.value == 12)
    }

    /// A number listed after a release must be written the same way and close its phrase.
    @Test func aListAfterAReleaseTakesOnlyReleases() throws {
        let scripts = figures("After Gannet 2.7 was released, 300 scripts broke.")
        #expect(scripts.map(\.value) == [300])
        let users = figures("Support for Heron 2.6 and 40 plugins ended.")
        #expect(users.map(\.value) == [40])
    }

    /// A whole number after "port" names a network endpoint.
    @Test func aPortNumberIsNoFigure() {
        #expect(figures("The relay listens on port 8443 and forwards to the backup host.").isEmpty)
        #expect(figures("It forwards traffic from the local port 5432 to the server.").isEmpty)
        #expect(figures("Open ports 80 and 443 on the firewall.").isEmpty)
    }

    /// "port" as a harbour, a number before a plural noun, a unit or a scale keep their figures.
    @Test func portsOfShipsKeepTheirFigures() throws {
        let tonnes = try #require(figures("Port cities handled 3 million tonnes of cargo last year.").first)
        #expect(tonnes.value == 3_000_000)
        let ships = try #require(figures("The port handled 40 ships in a week.").first)
        #expect(ships.value == 40)
        let distance = try #require(figures("The nearest port 30 km away was closed.").first)
        #expect(distance.unit == "km")
        let visits = try #require(figures("At the port 12 ferries call each day.").first)
        #expect(visits.value == 12)
    }

    /// "at age 65 years", "aged 40 to 60 years": an age is a bare count, as "aged 65" is.
    @Test func yearsAfterAnAgeWordAreAnAge() throws {
        let age = try #require(figures("Benefits change at age 67 years for most workers.").first)
        #expect(age.value == 67)
        #expect(age.unit == nil)
        let range = try #require(figures("Volunteers aged 40 to 60 years took part.").first)
        #expect(range.bound == .range)
        #expect(range.unit == nil)
        #expect(range.upperValue == 60)
    }

    /// Years not after an age word stay a duration.
    @Test func yearsElsewhereStayADuration() throws {
        let period = try #require(figures("The cohort was followed for 12 years after the age of entry.").first)
        #expect(period.unit == "years")
        let spent = try #require(figures("She spent 30 years at the mill.").first)
        #expect(spent.unit == "years")
        let stage = try #require(figures("The age gap of 5 years did not matter.").first)
        #expect(stage.unit == "years")
    }

    /// "IQ 130" is a measured score and "OK 200" no model's number: both stay figures; a model
    /// after its maker's capitals is still a name.
    @Test func scoresAndInterjectionsBeforeNumbersAreNoModels() throws {
        let iq = try #require(figures("The test put her IQ 130 at the age of nine.").first)
        #expect(iq.value == 130)
        let ok = try #require(figures("Members voted OK 200 times over the year.").first)
        #expect(ok.value == 200)
        let people = try #require(figures("The board said OK 150 people could attend.").first)
        #expect(people.value == 150)
        #expect(figures("The RTX 3070 cards sold out.").isEmpty)
    }

    /// A status code before its reason phrase names a response.
    @Test func aStatusCodeIsNoFigure() {
        #expect(figures("The mirror replied 200 OK to every probe.").isEmpty)
        #expect(figures("Old links now return 404 Not Found.").isEmpty)
    }

    /// "OK" before a noun, in small letters, or after a count that is no code keeps the figure.
    @Test func countsBeforeOKStayFigures() throws {
        let firms = try #require(figures("Inspectors rated 200 OK companies and 12 poor ones.").first)
        #expect(firms.value == 200)
        let small = try #require(figures("She said 150 ok, then left.").first)
        #expect(small.value == 150)
        let large = try #require(figures("About 1200 OK votes were cast.").first)
        #expect(large.value == 1200)
        let notFound = try #require(figures("Some 300 Not Found pages were fixed.").first)
        #expect(notFound.value == 300)
    }

    /// Scores stay scores and votes stay counts (checked again, the task names them).
    @Test func scoresAndVotesReadAsBefore() {
        #expect(figures("The Hawks won 106-103 in overtime.").isEmpty)
        #expect(figures("The council approved the plan in a 3-2 vote.").map(\.value) == [3, 2])
        let range = figures("Cuttings take 3-5 years to mature.")
        #expect(range.first?.bound == .range)
    }
}
