import FactCheckModel
import Testing
@testable import TextAnalysis

/// Prime marks as feet and inches, only when the sentence says it is a length (session 19, issue
/// 18): never arc minutes, match minutes or a strand's end.
@Suite struct PrimeMarkLengthTests: FigureReadings {
    /// "12′ to 30′ feet", "6′": the prime is feet, the double prime inches.
    @Test func primeMarksAreFeetAndInches() {
        let range = figures("The hedge can reach 12′ to 30′ feet in a warm garden.")
        #expect(range.count == 1)
        #expect(range.first?.unit == "feet")
        #expect(range.first?.value == 12)
        #expect(range.first?.upperValue == 30)
        #expect(figures("The beam is 14′ long.").map(\.unit) == ["feet"])
        #expect(figures("The shelf is 9″ deep.").map(\.unit) == ["inches"])
        #expect(figures("The keeper stands 6′ 4″ and weighs 90 kg.").map(\.unit) == ["feet", "inches", "kg"])
        #expect(figures("The planks were 3′ to 7′ wide.").first?.upperValue == 7)
    }

    /// Fix round: primes that say no length — arc minutes after degrees, a match's minute, the ends
    /// of a strand, a prime before a glued hyphen, "N′ to N′" with no length said, bare minutes.
    @Test func primeMarksThatAreNoLength() {
        let units = { (sentence: String) in figures(sentence).compactMap(\.unit).filter { $0 == "feet" || $0 == "inches" } }
        #expect(units("The cape lies at 42°17′ S, near 9 islands.").isEmpty)
        #expect(units("The bearing read 30° 45′ 10″ on the old map.").isEmpty)
        #expect(units("She equalised in the 77′ minute of the final.").isEmpty)
        #expect(units("The variant sits in the 5′ UTR in 30% of carriers.").isEmpty)
        #expect(units("The tag binds the 3′ end of 40 strands.").isEmpty)
        #expect(units("A 2′-O-methyl group was added in 6 samples.").isEmpty)
        #expect(units("The polymerase has 5′ to 3′ activity in 70% of strains.").isEmpty)
        #expect(units("Levels were read at 3′ and 8′ after the dose in 20 rats.").isEmpty)
        #expect(units("The runner finished in 2′ 30″ on the track.").isEmpty)
    }

    /// Straight quotation marks, a prime not glued to a number, a quoted number word: no feet.
    @Test func quotationMarksAreNoLengths() {
        #expect(figures("He said 'ten' twice, then left with 4 friends.").allSatisfy { $0.unit != "feet" })
        #expect(figures("She wrote \"12\" on the board.").allSatisfy { $0.unit != "inches" })
        #expect(figures("The mark ′ stands apart from the 12 rows.").map(\.unit) == [nil])
    }
}
