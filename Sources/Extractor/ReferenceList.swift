import FactCheckModel

/// An article's reference list (or footnotes section), and the numbered markers that point into it.
///
/// Entries are the blocks under a "References" (or "Sources", "Notes", "Bibliography" …) heading,
/// or inside an HTML footnotes container. An entry's number is the one it is written with
/// ("[3] Smith…", "3. Smith…") or else its position in the list. Its URLs are its links plus any
/// DOI, PMID or PMCID in its text. A sentence that carries "[3]", "[2, 3]" or "[2–4]" cites those
/// entries' URLs.
struct ReferenceList {
    private(set) var urlsByNumber: [Int: [String]] = [:]

    init(article: Article) {
        var linksBySentence: [Int: [String]] = [:]
        for link in article.links {
            if let index = link.sentenceIndex { linksBySentence[index, default: []].append(link.url) }
        }
        // Group the reference sentences by block: one block is one entry.
        var entries: [(block: Int, text: String, urls: [String])] = []
        for (index, sentence) in article.sentences.enumerated() where sentence.role == .reference {
            let urls = (linksBySentence[index] ?? []) + IdentifierScanner.urls(in: sentence.text)
            if let last = entries.last, last.block == sentence.block {
                entries[entries.count - 1].text += " " + sentence.text
                entries[entries.count - 1].urls += urls
            } else {
                entries.append((sentence.block, sentence.text, urls))
            }
        }
        for (position, entry) in entries.enumerated() {
            let number = Self.leadingNumber(entry.text) ?? position + 1
            var seen: Set<String> = []
            let urls = entry.urls.filter { seen.insert($0).inserted }
            if !urls.isEmpty, urlsByNumber[number] == nil { urlsByNumber[number] = urls }
        }
    }

    var isEmpty: Bool { urlsByNumber.isEmpty }

    /// The URLs cited by the numbered markers in `sentence`, in marker order.
    func urls(citedIn sentence: String) -> [String] {
        guard !urlsByNumber.isEmpty else { return [] }
        var urls: [String] = []
        for number in Self.markerNumbers(in: sentence) {
            for url in urlsByNumber[number] ?? [] where !urls.contains(url) { urls.append(url) }
        }
        return urls
    }

    /// "[3] Smith", "3. Smith", "3) Smith".
    static func leadingNumber(_ text: String) -> Int? {
        var body = Substring(text.trimmingWhitespace)
        if body.hasPrefix("[") { body = body.dropFirst() }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4 else { return nil }
        let after = body.dropFirst(digits.count).first
        guard after == "]" || after == "." || after == ")" else { return nil }
        return Int(digits)
    }

    /// Numbers in bracketed citation markers: "[1]", "[1, 2]", "[1–3]", "[1,3-5]".
    static func markerNumbers(in sentence: String) -> [Int] {
        var numbers: [Int] = []
        var rest = Substring(sentence)
        while let open = rest.firstIndex(of: "[") {
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: "]") else { break }
            let inside = rest[..<close]
            rest = rest[rest.index(after: close)...]
            guard !inside.isEmpty, inside.allSatisfy({ $0.isNumber || ",–- ".contains($0) }) else { continue }
            for part in inside.split(separator: ",") {
                let bounds = part.split(whereSeparator: { $0 == "-" || $0 == "–" }).compactMap { Int(String($0.filter { $0 != " " })) }
                if bounds.count == 2, bounds[0] <= bounds[1], bounds[1] - bounds[0] < 50 {
                    numbers += Array(bounds[0]...bounds[1])
                } else if bounds.count == 1 {
                    numbers.append(bounds[0])
                }
            }
        }
        return numbers
    }
}
