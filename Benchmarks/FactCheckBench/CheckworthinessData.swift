/// A CheckThat! check-worthiness record: `{sentence_id, text, label}` with label `Yes` or `No`.
struct CheckworthinessRecord: Codable {
    var sentenceID: Int
    var text: String
    var label: String

    var isCheckworthy: Bool { label == "Yes" }

    enum CodingKeys: String, CodingKey {
        case sentenceID = "sentence_id"
        case text, label
    }
}

extension CheckworthinessRecord {
    /// Reads a record with its text as its writer meant it: the published training split has
    /// sentences garbled by a wrong decoding upstream (``Mojibake``), and the model should learn from
    /// "don’t", as it will meet it in articles, not from "donÃ¢â‚¬â„¢t".
    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sentenceID = try container.decode(Int.self, forKey: .sentenceID)
        text = Mojibake.repaired(try container.decode(String.self, forKey: .text))
        label = try container.decode(String.self, forKey: .label)
    }
}
