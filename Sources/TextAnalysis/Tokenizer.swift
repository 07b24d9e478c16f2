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
        asciiTokens(in: text) ?? unicodeTokens(in: text)
    }

    /// The same rules as ``tokens(in:)``, on bytes, for plain-ASCII text (most sources): Unicode
    /// character properties are the tokenizer's main cost, and in ASCII a letter is `A`–`Z`/`a`–`z`
    /// and a number `0`–`9`. Returns nil when the text has a non-ASCII byte or a carriage return
    /// ("\r\n" is one `Character`, so byte offsets would no longer be character offsets); the
    /// general path then runs. `WordTests` pin the two paths to the same output.
    static func asciiTokens(in text: String) -> [Token]? {
        var copy = text
        return copy.withUTF8 { bytes -> [Token]? in
            for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
            func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
            var tokens: [Token] = []
            var current: [UInt8] = []
            var currentStart = 0
            var isNumber = false
            func flush() {
                if !current.isEmpty {
                    tokens.append(Token(text: String(decoding: current, as: UTF8.self), offset: currentStart, isNumber: isNumber))
                    current.removeAll(keepingCapacity: true)
                }
            }
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                if isDigit(byte) {
                    if current.isEmpty {
                        currentStart = index
                        isNumber = true
                    }
                    current.append(byte)
                } else if isLetter(byte) {
                    if current.isEmpty {
                        currentStart = index
                        isNumber = false
                    } else if isNumber {
                        flush()
                        currentStart = index
                        isNumber = false
                    }
                    current.append(byte | 0x20)
                } else if !current.isEmpty, index + 1 < count, isLetter(bytes[index + 1]) || isDigit(bytes[index + 1]) {
                    if isNumber, byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), isDigit(bytes[index + 1]) {
                        if byte == UInt8(ascii: ".") { current.append(byte) }
                    } else if !isNumber, byte == UInt8(ascii: "'") {
                        current.append(byte)
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
    }

    /// The general path, for any text: what ``tokens(in:)`` does when ``asciiTokens(in:)`` declines.
    static func unicodeTokens(in text: String) -> [Token] {
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
