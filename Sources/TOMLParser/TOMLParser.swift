/// Parses TOML text into a ``TOMLTable``.
public struct TOMLParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var root = TOMLTable()
    /// The path of the table that `key = value` lines currently go into.
    private var currentPath: [String] = []
    /// Tables defined by a `[header]`, and tables created by dotted keys or inline: neither may be
    /// opened again by a header.
    private var definedTables: Set<[String]> = []
    private var sealedTables: Set<[String]> = []
    /// The line each key and table header was first written on, by dotted path. Inside an array of
    /// tables each element's keys are also recorded by position, `source[2].name`, since the plain
    /// path names only the first element's line.
    private var keyLines: [String: Int] = [:]
    /// How many elements each array of tables has had so far, by dotted path.
    private var arrayTableCounts: [String: Int] = [:]
    /// `source[2]` while `key = value` lines go into the second `[[source]]`; nil elsewhere.
    private var currentElement: String?

    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        try parseDocument(text).table
    }

    /// The table, and where each key is, so a reader that rejects a value can name its line.
    public static func parseDocument(_ text: String) throws(TOMLError) -> TOMLDocument {
        var parser = TOMLParser(text)
        try parser.parseDocument()
        return TOMLDocument(table: parser.root, keyLines: parser.keyLines)
    }

    private init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    // MARK: - Document structure

    private mutating func parseDocument() throws(TOMLError) {
        while true {
            skipWhitespaceAndComments(newlines: true)
            guard let scalar = peek() else { return }
            if scalar == "[" {
                try parseHeader()
            } else {
                try parseKeyValue(into: currentPath)
            }
            try endOfLine()
        }
    }

    private mutating func parseHeader() throws(TOMLError) {
        advance()
        let isArray = peek() == "["
        if isArray { advance() }
        skipSpaces()
        let path = try parseKey()
        skipSpaces()
        try expect("]")
        if isArray { try expect("]") }
        record(path)
        currentElement = nil
        if isArray {
            try appendArrayTable(at: path)
            let key = path.joined(separator: ".")
            arrayTableCounts[key, default: 0] += 1
            let element = "\(key)[\(arrayTableCounts[key]!)]"
            keyLines[element] = line
            currentElement = element
        } else {
            if definedTables.contains(path) || sealedTables.contains(path) {
                throw error("table [\(path.joined(separator: "."))] is defined twice")
            }
            try modifyTable(at: path) { _ throws(TOMLError) in }
            definedTables.insert(path)
        }
        currentPath = path
    }

    private mutating func parseKeyValue(into tablePath: [String]) throws(TOMLError) {
        let key = try parseKey()
        skipSpaces()
        try expect("=")
        skipSpaces()
        let value = try parseValue()
        let fullPath = tablePath + key
        // Dotted keys create tables that a later header may not reopen.
        for end in (tablePath.count + 1)..<fullPath.count { sealedTables.insert(Array(fullPath[..<end])) }
        let line = self.line
        record(fullPath)
        recordInline(value, under: fullPath)
        if let currentElement, tablePath == currentPath {
            keyLines[([currentElement] + key).joined(separator: ".")] = line
            recordInline(value, under: [currentElement] + key)
        }
        try modifyTable(at: Array(fullPath.dropLast())) { (table) throws(TOMLError) in
            guard table[fullPath.last!] == nil else {
                throw TOMLError(line: line, message: "key \"\(fullPath.joined(separator: "."))\" is defined twice")
            }
            table[fullPath.last!] = value
        }
        if case .table = value { sealedTables.insert(fullPath) }
    }

    /// An inline table stands on one line (TOML allows no newline inside it), so each key in it,
    /// at any depth, was written on the current line: `fetch = { timeot = 3 }` names line 1 for
    /// `fetch.timeot` as a `[fetch]` section would.
    private mutating func recordInline(_ value: TOMLValue, under path: [String]) {
        guard case .table(let table) = value else { return }
        for key in table.keys {
            let nested = path + [key]
            record(nested)
            recordInline(table[key]!, under: nested)
        }
    }

    private mutating func record(_ path: [String]) {
        let key = path.joined(separator: ".")
        if keyLines[key] == nil { keyLines[key] = line }
    }

    // MARK: - Tables

    /// Runs `body` on the table at `path`, creating missing tables on the way; through an array of
    /// tables, a path means its last element.
    private mutating func modifyTable(at path: [String], _ body: (inout TOMLTable) throws(TOMLError) -> Void) throws(TOMLError) {
        try Self.modify(&root, path: path[...], line: line, body)
    }

    private static func modify(
        _ table: inout TOMLTable, path: ArraySlice<String>, line: Int, _ body: (inout TOMLTable) throws(TOMLError) -> Void
    ) throws(TOMLError) {
        guard let first = path.first else {
            try body(&table)
            return
        }
        switch table[first] {
        case nil:
            var child = TOMLTable()
            try modify(&child, path: path.dropFirst(), line: line, body)
            table[first] = .table(child)
        case .table(var child):
            try modify(&child, path: path.dropFirst(), line: line, body)
            table[first] = .table(child)
        case .array(var elements):
            guard case .table(var last) = elements.last else {
                throw TOMLError(line: line, message: "\"\(first)\" is an array of values, not of tables")
            }
            try modify(&last, path: path.dropFirst(), line: line, body)
            elements[elements.count - 1] = .table(last)
            table[first] = .array(elements)
        case let other?:
            throw TOMLError(line: line, message: "\"\(first)\" is \(other.kindWithArticle), not a table")
        }
    }

    private mutating func appendArrayTable(at path: [String]) throws(TOMLError) {
        let parent = Array(path.dropLast())
        let name = path.last!
        let line = self.line
        try modifyTable(at: parent) { (table) throws(TOMLError) in
            switch table[name] {
            case nil:
                table[name] = .array([.table(TOMLTable())])
            case .array(var elements) where elements.allSatisfy({ $0.table != nil }) && !elements.isEmpty:
                elements.append(.table(TOMLTable()))
                table[name] = .array(elements)
            default:
                throw TOMLError(line: line, message: "[[\(path.joined(separator: "."))]] redefines a value that is not an array of tables")
            }
        }
        // Tables inside a new array element may be defined afresh.
        definedTables = definedTables.filter { !$0.starts(with: path) || $0 == path }
        sealedTables = sealedTables.filter { !$0.starts(with: path) }
    }

    // MARK: - Keys

    private mutating func parseKey() throws(TOMLError) -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let scalar = peek() else { throw error("expected a key") }
            if scalar == "\"" {
                parts.append(try parseBasicString())
            } else if scalar == "'" {
                parts.append(try parseLiteralString())
            } else {
                var key = String.UnicodeScalarView()
                while let current = peek(), Self.isBareKeyScalar(current) {
                    key.append(current)
                    advance()
                }
                guard !key.isEmpty else { throw error("expected a key, found \(describe(scalar))") }
                parts.append(String(key))
            }
            skipSpaces()
            guard peek() == "." else { return parts }
            advance()
        }
    }

    private static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "_" || scalar == "-"
    }

    // MARK: - Values

    private mutating func parseValue() throws(TOMLError) -> TOMLValue {
        guard let scalar = peek() else { throw error("expected a value") }
        switch scalar {
        case "\"":
            return .string(startsWith("\"\"\"") ? try parseMultilineBasicString() : try parseBasicString())
        case "'":
            return .string(startsWith("'''") ? try parseMultilineLiteralString() : try parseLiteralString())
        case "[":
            return try parseArray()
        case "{":
            return try parseInlineTable()
        case "t":
            if startsWith("true") { index += 4; return .boolean(true) }
        case "f":
            if startsWith("false") { index += 5; return .boolean(false) }
        default:
            break
        }
        return try parseNumberOrDate()
    }

    private mutating func parseArray() throws(TOMLError) -> TOMLValue {
        advance()
        var elements: [TOMLValue] = []
        while true {
            skipWhitespaceAndComments(newlines: true)
            if peek() == "]" {
                advance()
                return .array(elements)
            }
            elements.append(try parseValue())
            skipWhitespaceAndComments(newlines: true)
            if peek() == "," {
                advance()
            } else if peek() == "]" {
                advance()
                return .array(elements)
            } else {
                throw error("expected \",\" or \"]\" in an array")
            }
        }
    }

    private mutating func parseInlineTable() throws(TOMLError) -> TOMLValue {
        advance()
        var nested = TOMLParser("")
        skipSpaces()
        if peek() == "}" {
            advance()
            return .table(TOMLTable())
        }
        while true {
            skipSpaces()
            let key = try parseKey()
            skipSpaces()
            try expect("=")
            skipSpaces()
            let value = try parseValue()
            nested.line = line
            do {
                try nested.modifyTable(at: Array(key.dropLast())) { (table) throws(TOMLError) in
                    guard table[key.last!] == nil else {
                        throw TOMLError(line: 0, message: "key \"\(key.joined(separator: "."))\" is defined twice in an inline table")
                    }
                    table[key.last!] = value
                }
            } catch {
                throw TOMLError(line: line, message: error.message)
            }
            skipSpaces()
            if peek() == "," {
                advance()
            } else if peek() == "}" {
                advance()
                return .table(nested.root)
            } else {
                throw error("expected \",\" or \"}\" in an inline table")
            }
        }
    }

    private mutating func parseNumberOrDate() throws(TOMLError) -> TOMLValue {
        var text = String.UnicodeScalarView()
        while let scalar = peek(), !" \t\r\n,]}#".unicodeScalars.contains(scalar) || (scalar == " " && looksLikeDateTimeSpace(text)) {
            text.append(scalar)
            advance()
        }
        let raw = String(text)
        guard !raw.isEmpty else { throw error("expected a value, found \(peek().map(describe) ?? "the end of the file")") }
        if let value = Self.integer(raw) { return .integer(value) }
        if let value = Self.float(raw) { return .float(value) }
        if Self.isDateTime(raw) { return .dateTime(raw) }
        throw error("\"\(raw)\" is not a valid value (strings need quotes)")
    }

    /// "1979-05-27 07:32:00": TOML allows a space between date and time.
    private func looksLikeDateTimeSpace(_ text: String.UnicodeScalarView) -> Bool {
        let soFar = String(text)
        guard soFar.count == 10, Self.isDateTime(soFar), index + 1 < scalars.count else { return false }
        return ("0"..."9").contains(scalars[index + 1])
    }

    static func integer(_ raw: String) -> Int64? {
        var body = Substring(raw)
        var sign: Int64 = 1
        if body.first == "+" || body.first == "-" {
            if body.first == "-" { sign = -1 }
            body = body.dropFirst()
        }
        var radix = 10
        for (prefix, base) in [("0x", 16), ("0o", 8), ("0b", 2)] where body.hasPrefix(prefix) {
            guard sign == 1, raw.first != "+" else { return nil }
            radix = base
            body = body.dropFirst(2)
        }
        guard isValidUnderscores(body), !body.isEmpty else { return nil }
        let digits = body.filter { $0 != "_" }
        if radix == 10, digits.count > 1, digits.first == "0" { return nil }
        guard let magnitude = Int64(digits, radix: radix) else { return nil }
        return sign * magnitude
    }

    static func float(_ raw: String) -> Double? {
        switch raw {
        case "inf", "+inf": return .infinity
        case "-inf": return -.infinity
        case "nan", "+nan", "-nan": return .nan
        default: break
        }
        guard raw.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), isValidUnderscores(Substring(raw)) else { return nil }
        let digits = raw.filter { $0 != "_" }
        // "1." and ".5" are not TOML.
        if let dot = digits.firstIndex(of: ".") {
            let before = digits[..<dot]
            let after = digits[digits.index(after: dot)...]
            guard before.last?.isNumber == true, after.first?.isNumber == true else { return nil }
        }
        return Double(digits)
    }

    static func isValidUnderscores(_ body: Substring) -> Bool {
        guard body.first != "_", body.last != "_" else { return false }
        return !body.contains("__")
    }

    static func isDateTime(_ raw: String) -> Bool {
        let allowed = "0123456789-:.TtZz+ "
        guard raw.allSatisfy({ allowed.contains($0) }), raw.count >= 8 else { return false }
        let dateShape = raw.count >= 10 && raw.prefix(10).enumerated().allSatisfy { offset, character in
            offset == 4 || offset == 7 ? character == "-" : character.isNumber
        }
        let timeShape = raw.count >= 8 && raw.prefix(8).enumerated().allSatisfy { offset, character in
            offset == 2 || offset == 5 ? character == ":" : character.isNumber
        }
        return dateShape || timeShape
    }

    // MARK: - Strings

    private mutating func parseBasicString() throws(TOMLError) -> String {
        advance()
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else { throw error("unterminated string") }
            advance()
            switch scalar {
            case "\"": return String(result)
            case "\n": throw error("newline in a single-line string (use \"\"\" for multi-line strings)")
            case "\\": result.append(try parseEscape())
            default:
                if Self.isForbiddenControl(scalar) { throw error("control character \(describe(scalar)) in a string") }
                result.append(scalar)
            }
        }
    }

    private mutating func parseMultilineBasicString() throws(TOMLError) -> String {
        index += 3
        if peek() == "\n" { advanceLine() } else if peek() == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1; advanceLine() }
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else { throw error("unterminated multi-line string") }
            if startsWith("\"\"\"") {
                index += 3
                // Up to two more quotes belong to the string: """"a""""" ends with two quotes.
                var extra = 0
                while peek() == "\"", extra < 2 { result.append("\""); advance(); extra += 1 }
                return String(result)
            }
            if scalar == "\\" {
                advance()
                // A backslash at the end of a line trims the newline and leading white space.
                var probe = index
                while probe < scalars.count, scalars[probe] == " " || scalars[probe] == "\t" { probe += 1 }
                if probe < scalars.count, scalars[probe] == "\n" || scalars[probe] == "\r" {
                    index = probe
                    while let next = peek(), next == " " || next == "\t" || next == "\n" || next == "\r" {
                        if next == "\n" { advanceLine() } else { advance() }
                    }
                    continue
                }
                result.append(try parseEscape())
                continue
            }
            if scalar == "\n" { advanceLine() } else { advance() }
            if Self.isForbiddenControl(scalar), scalar != "\n", scalar != "\r" { throw error("control character \(describe(scalar)) in a string") }
            result.append(scalar)
        }
    }

    private mutating func parseLiteralString() throws(TOMLError) -> String {
        advance()
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else { throw error("unterminated literal string") }
            advance()
            if scalar == "'" { return String(result) }
            if scalar == "\n" { throw error("newline in a single-line literal string") }
            if Self.isForbiddenControl(scalar) { throw error("control character \(describe(scalar)) in a string") }
            result.append(scalar)
        }
    }

    private mutating func parseMultilineLiteralString() throws(TOMLError) -> String {
        index += 3
        if peek() == "\n" { advanceLine() }
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else { throw error("unterminated multi-line literal string") }
            if startsWith("'''") {
                index += 3
                var extra = 0
                while peek() == "'", extra < 2 { result.append("'"); advance(); extra += 1 }
                return String(result)
            }
            if scalar == "\n" { advanceLine() } else { advance() }
            result.append(scalar)
        }
    }

    private mutating func parseEscape() throws(TOMLError) -> Unicode.Scalar {
        guard let scalar = peek() else { throw error("unterminated escape") }
        advance()
        switch scalar {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "e": return "\u{1B}"
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let length = scalar == "u" ? 4 : 8
            guard index + length <= scalars.count else { throw error("short unicode escape") }
            let hex = String(String.UnicodeScalarView(scalars[index..<(index + length)]))
            index += length
            guard let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) else {
                throw error("\\\(scalar)\(hex) is not a Unicode scalar value")
            }
            return decoded
        default:
            throw error("unknown escape \\\(scalar)")
        }
    }

    private static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    // MARK: - Characters

    private func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func advance() { index += 1 }

    private mutating func advanceLine() {
        index += 1
        line += 1
    }

    private func startsWith(_ text: String) -> Bool {
        var probe = index
        for scalar in text.unicodeScalars {
            guard probe < scalars.count, scalars[probe] == scalar else { return false }
            probe += 1
        }
        return true
    }

    private mutating func expect(_ scalar: Unicode.Scalar) throws(TOMLError) {
        guard peek() == scalar else {
            throw error("expected \"\(scalar)\", found \(peek().map(describe) ?? "the end of the file")")
        }
        advance()
    }

    private mutating func skipSpaces() {
        while let scalar = peek(), scalar == " " || scalar == "\t" { advance() }
    }

    private mutating func skipWhitespaceAndComments(newlines: Bool) {
        while let scalar = peek() {
            if scalar == " " || scalar == "\t" || scalar == "\r" {
                advance()
            } else if scalar == "\n", newlines {
                advanceLine()
            } else if scalar == "#" {
                while let current = peek(), current != "\n" { advance() }
            } else {
                return
            }
        }
    }

    private mutating func endOfLine() throws(TOMLError) {
        skipSpaces()
        if peek() == "#" { while let current = peek(), current != "\n" { advance() } }
        if peek() == "\r" { advance() }
        guard let scalar = peek() else { return }
        guard scalar == "\n" else { throw error("expected the end of the line, found \(describe(scalar))") }
        advanceLine()
    }

    /// A character as a person reading the message would name it: the invisible ones in words.
    private func describe(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n", "\r": "the end of the line"
        case "\t": "a tab"
        case " ": "a space"
        default:
            scalar.properties.isWhitespace || scalar.value < 0x20 ? "U+\(String(scalar.value, radix: 16, uppercase: true))" : "\"\(scalar)\""
        }
    }

    private func error(_ message: String) -> TOMLError { TOMLError(line: line, message: message) }
}
