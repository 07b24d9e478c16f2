/// A word of running text, with where it starts.
public struct Token: Sendable, Hashable {
    /// Lowercased.
    public var text: String
    /// Offset of the first character, in `Character`s from the start of the tokenised string.
    public var offset: Int
    public var isNumber: Bool

    public init(text: String, offset: Int, isNumber: Bool) {
        self.text = text
        self.offset = offset
        self.isNumber = isNumber
    }
}

/// Splits text into lowercased words and numbers.
///
/// Numbers keep their decimal point and thousands separators are dropped ("1,200.5" → "1200.5"), so
/// "80%" yields "80" and the claim's number meets the source's. Apostrophes inside words stay
/// ("don't"); hyphens split ("non-localized" → "non", "localized") so each half can match.
public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var currentStart = 0
        var isNumber = false
        let characters = Array(text)
        func flush() {
            if !current.isEmpty {
                tokens.append(Token(text: current, offset: currentStart, isNumber: isNumber))
                current = ""
            }
        }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isNumber, character.isASCII {
                if current.isEmpty {
                    currentStart = index
                    isNumber = true
                }
                current.append(character)
            } else if character.isLetter || character.isNumber {
                if current.isEmpty {
                    currentStart = index
                    isNumber = false
                } else if isNumber {
                    flush()
                    currentStart = index
                    isNumber = false
                }
                current.append(contentsOf: character.lowercased())
            } else if !current.isEmpty, index + 1 < characters.count, characters[index + 1].isLetter || characters[index + 1].isNumber {
                // Inside a word or number: "don't", "3.5", "1,200".
                if isNumber, character == "." || character == ",", characters[index + 1].isNumber {
                    if character == "." { current.append(".") }
                } else if !isNumber, character == "'" || character == "’" {
                    current.append("'")
                } else {
                    flush()
                }
            } else {
                flush()
            }
            index += 1
        }
        flush()
        return tokens
    }

    /// Just the words, lowercased.
    public static func words(in text: String) -> [String] {
        tokens(in: text).map(\.text)
    }
}
