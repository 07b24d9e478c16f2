import Foundation
import TestSupport

/// The synthetic newsroom archive of `factcheck-bench batch`: articles of about 800 words with 5 to
/// 10 check-worthy claims (numbers, causes) and 3 to 5 links into a pool of source pages, and those
/// pages, each stating one "fact" and sometimes a caveat.
///
/// Everything is a pure function of the indexes (a SplitMix64 stream seeded by the index), so the
/// same arguments always give byte-identical files and pages, and a page can be served from its
/// number alone without keeping 2,000 pages in memory.
struct BatchCorpus: Sendable {
    var articleCount: Int
    var pageCount: Int

    static let subjects = [
        "adults who walked thirty minutes a day", "children who slept nine hours", "patients given the new inhaler",
        "workers with flexible hours", "students who read daily", "older adults who took vitamin D",
        "smokers who used nicotine patches", "commuters who cycled to work", "households with air filters",
        "teenagers who limited screen time", "nurses on shorter shifts", "farmers using drip irrigation",
    ]
    static let outcomes = [
        "risk of heart disease", "rate of hospital admissions", "level of reported anxiety",
        "number of sick days", "chance of a second stroke", "rate of asthma attacks",
        "incidence of type 2 diabetes", "level of blood pressure", "rate of falls",
    ]
    /// Sentences the claim extractor does not flag (checked with `factcheck claims`): opinion,
    /// questions, invitations, so that each article has only its 5 to 10 planted claims.
    static let fillers = [
        "I think this is a lovely place to spend a quiet afternoon.",
        "What should we make of all this, and where do we go from here?",
        "Perhaps the best answer is to wait and see.",
        "We will keep listening to readers and to the people who live here.",
        "Let us know what you think by writing to the letters page.",
        "It is easy to forget how much a small park can matter to a street.",
        "Many of us would like to believe that things will get better soon.",
        "You can read more about the neighbourhood in our weekend edition.",
        "Maybe the answer lies somewhere in between.",
        "Ask anyone at the bus stop and you will hear a different story.",
        "Nobody quite knows what the next chapter will look like.",
        "This story is part of our series on everyday health.",
        "Please share your own experience with us.",
        "The mood in the room felt hopeful, if a little tired.",
        "It is worth asking what a good week looks like for a family like theirs.",
        "Our reporters will return to the question in the coming months.",
    ]

    /// What page `index` states: who, what, and by how many percent.
    func fact(page index: Int) -> (subject: String, outcome: String, percent: Int) {
        var random = SplitMix64(seed: UInt64(index) &* 0x9E37_79B9 &+ 17)
        let subject = Self.subjects[random.next(below: Self.subjects.count)]
        let outcome = Self.outcomes[random.next(below: Self.outcomes.count)]
        return (subject, outcome, 5 + random.next(below: 60))
    }

    /// The HTML of source page `index`: a title, the fact restated, a few neutral sentences, and for
    /// some pages a caveat (qualifying) sentence.
    func page(_ index: Int) -> String {
        let fact = fact(page: index)
        var random = SplitMix64(seed: UInt64(index) &+ 0xABCD)
        var paragraphs = [
            "In a study of 4,\(100 + index % 900) participants, \(fact.subject) had a \(fact.percent)% lower \(fact.outcome) than a matched comparison group.",
            "The researchers followed the participants for \(2 + index % 8) years and adjusted for age, income and smoking.",
        ]
        if random.next(below: 3) == 0 {
            paragraphs.append("However, the authors caution that the effect was smaller in people over seventy and may not generalise.")
        }
        paragraphs.append(Self.fillers[random.next(below: Self.fillers.count)])
        paragraphs.append("The study was funded by a public research council and published in a peer-reviewed journal.")
        let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
        return """
            <!doctype html><html><head><title>Study \(index): \(fact.outcome)</title></head>
            <body><nav><a href="/">Home</a></nav><main><article><h1>Study \(index): \(fact.outcome)</h1>
            \(body)
            </article></main><footer>Copyright the publisher</footer></body></html>
            """
    }

    /// Article `index` as Markdown, its links pointing at `pageURL(n)`. Linked claims restate their
    /// page's fact, with the same number (supported) or another one (contradicted); unlinked claims
    /// have nothing to be checked against.
    func article(_ index: Int, pageURL: (Int) -> String) -> String {
        var random = SplitMix64(seed: UInt64(index) &* 0x2545_F491 &+ 3)
        let claimCount = 5 + random.next(below: 6)
        let linkCount = 3 + random.next(below: 3)
        var claims: [String] = []
        for number in 0..<claimCount {
            if number < linkCount {
                let page = random.next(below: pageCount)
                let fact = fact(page: page)
                let percent = random.next(below: 4) == 0 ? fact.percent + 20 : fact.percent
                claims.append("According to a new study, \(fact.subject) had a \(percent)% lower \(fact.outcome) ([study](\(pageURL(page)))).")
            } else {
                let subject = Self.subjects[random.next(below: Self.subjects.count)]
                let outcome = Self.outcomes[random.next(below: Self.outcomes.count)]
                claims.append("Figures from the health department show that \(subject) had a \(10 + random.next(below: 50))% higher \(outcome) in \(2000 + random.next(below: 24)).")
            }
        }
        // About 800 words: claims spread among filler paragraphs of three sentences.
        var lines = ["# Report \(index): what the numbers say", ""]
        var words = 6
        var claimIterator = claims.makeIterator()
        var pending = claimIterator.next()
        while words < 800 || pending != nil {
            var paragraph = (0..<3).map { _ in Self.fillers[random.next(below: Self.fillers.count)] }
            if let claim = pending, random.next(below: 2) == 0 || words > 700 {
                paragraph.insert(claim, at: 1)
                pending = claimIterator.next()
            }
            let text = paragraph.joined(separator: " ")
            words += text.split(separator: " ").count
            lines += [text, ""]
        }
        return lines.joined(separator: "\n")
    }

    /// Writes every article into `folder` (`article-0001.md` …), replacing what was there.
    func writeArticles(into folder: String, pageURL: (Int) -> String) throws {
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let width = String(articleCount).count
        for index in 0..<articleCount {
            let number = String(index)
            let name = "article-" + String(repeating: "0", count: max(0, width - number.count)) + number + ".md"
            try Data(article(index, pageURL: pageURL).utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
    }
}
