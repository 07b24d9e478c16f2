import FactCheckModel
import TextAnalysis

extension WebPageExtractor {
    /// Paragraph-sized passages for the scorer, in reading order, each with the heading above it;
    /// the lead first; passages before the first heading are under the headline.
    ///
    /// Headings label passages and are not passages themselves. A long block is cut at sentence
    /// ends into pieces of about `targetLength` characters, so a quote can be found and linked;
    /// runs of short list items or table cells are joined, so a passage has enough words to rank.
    public static func passages(of page: WebPage, targetLength: Int = 800) -> [Passage] {
        var passages: [Passage] = []
        var heading: String?
        var run = ""
        func add(_ text: String) {
            guard !text.isEmpty else { return }
            passages.append(Passage(index: passages.count, text: text, heading: heading))
        }
        func endRun() {
            add(run)
            run = ""
        }
        // The headline and standfirst are not body text, but the headline labels what follows it,
        // and the standfirst is the article's own summary and states its claims: evidence for the
        // scorer.
        heading = page.headline
        if let lead = page.lead {
            for piece in pieces(of: lead, targetLength: targetLength) { add(piece) }
        }
        for block in page.blocks {
            switch block.kind {
            case .heading:
                endRun()
                heading = block.text
            case .listItem where block.text.count < 120, .tableCell where block.text.count < 120:
                if !run.isEmpty, run.count + block.text.count > targetLength / 2 { endRun() }
                run += run.isEmpty ? block.text : (block.kind == .tableCell ? " | " : "; ") + block.text
            default:
                endRun()
                for piece in pieces(of: block.text, targetLength: targetLength) { add(piece) }
            }
        }
        endRun()
        return passages
    }

    /// The block itself, or sentence-aligned pieces of it when it is much longer than the target.
    static func pieces(of text: String, targetLength: Int) -> [String] {
        guard text.count > targetLength * 3 / 2 else { return [text] }
        var pieces: [String] = []
        var current = ""
        for range in SentenceSplitter.sentenceRanges(in: text) {
            let sentence = text[range]
            if !current.isEmpty, current.count + sentence.count > targetLength {
                pieces.append(current)
                current = ""
            }
            current += current.isEmpty ? String(sentence) : " " + sentence
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
