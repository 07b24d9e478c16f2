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
