import FactCheckModel
import Testing
@testable import TextAnalysis

/// Figures an adversarial review found misread, each with the reading that must stay.
@Suite struct ReviewedFigureTests {
    func read(_ text: String) -> [Quantity] { QuantityParser.quantities(in: text) }

    @Test func aCountAfterANamingVerbIsAFigure() {
        #expect(read("The ministry designated 14 new marine reserves last year.").map(\.value) == [14])
        #expect(read("The board named 10 new directors in June.").map(\.value).first == 10)
        // The number given as a name stays no figure.
        #expect(read("A storm dubbed 7 hit the coast.").isEmpty)
        #expect(read("The pulsar, known as 121102 by astronomers, flared.").isEmpty)
    }

    @Test func aRateKeepsItsDenominator() {
        let fell = read("Deaths fell to 12 per 100,000 people last year from 20 per 100,000 in 2015.")
        #expect(fell.filter { $0.unit == "per 100000" }.map(\.value) == [12, 20])
        let thousand = read("Deaths fell to 12 per 1,000.")
        #expect(thousand.map(\.unit) == ["per 1000"])
        #expect(read("The drug prevented one death per 10 patients.").map(\.unit) == ["per 10"])
        #expect(read("The car uses 5 litres per 100 km.").map(\.unit) == ["l per 100 km"])
        // Prices are still per their priced thing; "per" before no number leaves the figure alone.
        #expect(read("Power costs $0.12 per kWh.").map(\.unit) == ["usd per kwh"])
        #expect(read("Staff worked 3 days per week.").map(\.unit) == ["days"])
    }

    @Test func theYuanSignAndCodes() {
        #expect(read("A cup of rice in Shanghai costs ¥5.").map(\.unit) == ["cny"])
        #expect(read("The fine was 5,000 yuan, or about ¥5,000.").map(\.unit) == ["cny", "cny"])
        #expect(read("A bowl of ramen in Osaka costs ¥900.").map(\.unit) == ["jpy"])
        #expect(read("Tickets cost 500 RMB each.").map(\.unit) == ["cny"])
        #expect(read("Tickets cost RMB 500 each.").map(\.unit) == ["cny"])
        #expect(read("The grant is CNY 3,000 a month.").first?.value == 3_000)
        #expect(read("The grant is CNY 3,000 a month.").first?.unit?.hasPrefix("cny") == true)
    }

    @Test func shortTonsAreTheirOwnUnit() {
        let both = read("The whale weighed more than 40 tonnes (44 tons).")
        #expect(both.map(\.unit) == ["tonnes", "short-tons"])
        #expect(both.map(\.bound) == [.lower, .lower])
        #expect(read("The plant burns 2 million short tons of coal.").map(\.unit) == ["short-tons"])
        // Alone, "tons" stays the metric ton.
        #expect(read("The port handled 40 tons of grain.").map(\.unit) == ["tonnes"])
    }

    @Test func aBracketedFigureInTheSameUnitKeepsItsOwnBound() {
        let inflation = read("Inflation fell below 2% (1.8%) in May.")
        #expect(inflation.map(\.bound) == [.upper, .exact])
        let dose = read("Take at least 5 mg (10 mg for children).")
        #expect(dose.map(\.bound) == [.lower, .exact])
        // A conversion is still bounded as the first figure.
        #expect(read("The file was over 51,200 KB/50 MB.").map(\.bound) == [.lower, .lower])
    }
}
