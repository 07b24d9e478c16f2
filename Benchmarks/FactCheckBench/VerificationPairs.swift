import Foundation
import TextAnalysis

/// The team's claim–evidence pair files (`../shared/data/verification/`: FEVER, FEVER-Symmetric,
/// SNLI), one jsonl form for all: `id`, `claim`, `evidence` (a list of strings), `label` (SUPPORT,
/// CONTRADICT or NEI). Plain or gzip'd (`.gz`).
///
/// A pair is judged as SciFact's pairs are, by turning it into a ``Scifact/Pair`` whose "abstract"
/// is the evidence, split into sentences: every evidence sentence is rationale when the label is
/// SUPPORT or CONTRADICT (the sets name the evidence, not which of its sentences decides), none when
/// it is NEI. So the benchmark, the verifier's training and its cross-fitting need no second path.
///
/// Which file is tuning data and which is held out is the file's name: `*_dev*` files are tuning
/// data, `*_test*` files held out (FEVER's dev pairs have no test file; they are tuning data only).
enum VerificationPairs {
    struct Record: Decodable {
        let id: String
        let claim: String
        let evidence: [String]
        let label: String
    }

    /// Every pair of `path`, in file order, as a ``Scifact/Pair``.
    ///
    /// The pair's document id is a hash of its evidence, so pairs that share their evidence (SNLI
    /// writes three hypotheses for each premise; FEVER several claims for one passage) share a
    /// document and fall in the same cross-fitting fold, as SciFact's claims about one abstract do.
    static func pairs(path: String) throws -> [Scifact.Pair] {
        let records = try JSONLines.read(Record.self, from: path)
        return try records.enumerated().map { index, record in
            guard ["SUPPORT", "CONTRADICT", "NEI"].contains(record.label) else {
                throw BenchError("\(path): record \(record.id) has label \(record.label), not SUPPORT, CONTRADICT or NEI")
            }
            let passages = record.evidence.map(detokenised)
            let sentences = passages.flatMap { SentenceSplitter.sentences(in: $0) }
            let documentID = Int(Scifact.fnv1a64(passages.joined(separator: "\n")) >> 2)
            let rationale = record.label == "NEI" ? Set<Int>() : Set(sentences.indices)
            return Scifact.Pair(
                claimID: index, claim: detokenised(record.claim),
                document: Scifact.DocumentRecord(doc_id: documentID, title: "", abstract: sentences),
                label: record.label, rationale: rationale, rationaleSets: rationale.isEmpty ? [] : [rationale],
                part: path.contains("_test") ? .heldout : .tune, dataset: name(of: path))
        }
    }

    /// A short name for a file in a table: its name without folders and `.jsonl(.gz)`.
    static func name(of path: String) -> String {
        var name = (path as NSString).lastPathComponent
        for suffix in [".gz", ".jsonl"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        return name
    }

    // MARK: Text as written

    /// FEVER and SNLI keep their tokeniser's spelling (`-LRB-`, `` `` ``, a space before every point
    /// and comma). The product reads text as people write it, so the benchmark gives it that:
    /// brackets and quotes back, no space before closing punctuation or a clitic.
    static func detokenised(_ text: String) -> String {
        var words: [Substring] = []
        for token in text.split(separator: " ", omittingEmptySubsequences: true) {
            switch token {
            case "-LRB-", "-LSB-", "-LCB-": words.append(Substring(bracketOpen[token]!))
            case "-RRB-", "-RSB-", "-RCB-": words.append(Substring(bracketClose[token]!))
            case "``", "''": words.append("\"")
            default: words.append(token)
            }
        }
        var output = ""
        var glueNext = false
        var quoteOpen = false
        for word in words {
            var glue = glueNext
            glueNext = false
            if word == "\"" {
                // Quotes alternate: an opening one sticks to the next word, a closing one to the last.
                if quoteOpen { glue = true } else { glueNext = true }
                quoteOpen.toggle()
            } else if [".", ",", ";", ":", "!", "?", ")", "]", "}", "%"].contains(word)
                || word.hasPrefix("'") || word == "n't"
            {
                glue = true
            }
            if !output.isEmpty, !glue { output += " " }
            output += word
            // An opening bracket sticks to the next word.
            if ["(", "[", "{"].contains(word) { glueNext = true }
        }
        return output
    }

    private static let bracketOpen: [Substring: String] = ["-LRB-": "(", "-LSB-": "[", "-LCB-": "{"]
    private static let bracketClose: [Substring: String] = ["-RRB-": ")", "-RSB-": "]", "-RCB-": "}"]

    // MARK: Training data beside SciFact

    /// Pairs of `paths` for training, each file cut to its first `limit` pairs in a fixed hashed
    /// order (the files are sorted by source, and a prefix would be one corner of them), without
    /// any pair that shares a claim or an evidence sentence with a file in `excluding`.
    ///
    /// Why the exclusion: FEVER-Symmetric is built from FEVER's dev claims and their evidence, so a
    /// model trained on FEVER dev would have seen the Symmetric sets' claims. Text is compared as
    /// its letters and digits only, lowercased, so tokenisation does not hide a match.
    static func trainingPairs(paths: [String], limit: Int?, excluding: [String]) throws -> [Scifact.Pair] {
        var excludedText = Set<String>()
        for path in excluding {
            for pair in try pairs(path: path) {
                excludedText.insert(comparable(pair.claim))
                for sentence in pair.document.abstract { excludedText.insert(comparable(sentence)) }
            }
        }
        var all: [Scifact.Pair] = []
        for path in paths {
            var kept = try pairs(path: path).filter { pair in
                !excludedText.contains(comparable(pair.claim))
                    && !pair.document.abstract.contains { excludedText.contains(comparable($0)) }
            }
            if let limit, kept.count > limit {
                kept = kept.enumerated()
                    .sorted { Scifact.fnv1a64("order \($0.offset)") < Scifact.fnv1a64("order \($1.offset)") }
                    .prefix(limit).map(\.element)
            }
            all += kept
        }
        return all
    }

    static func comparable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }))
    }
}
