/// Renders Markdown inline syntax to the text a reader sees, keeping each scalar's file offset.
///
/// Emphasis markers, code ticks, images, HTML tags and footnote markers disappear; link labels stay
/// and their targets are recorded as links. White space is folded.
struct MarkdownInlineRenderer {
    typealias Input = ArraySlice<(Unicode.Scalar, Int)>

    let definitions: MarkdownDefinitions
    var links: [FoundLink] = []

    init(definitions: MarkdownDefinitions) {
        self.definitions = definitions
    }

    mutating func render(_ input: Input, into block: inout TextBlock) {
        var index = input.startIndex
        while index < input.endIndex {
            let (scalar, offset) = input[index]
            switch scalar {
            case "\\":
                if index + 1 < input.endIndex, input[index + 1].0.properties.isASCIIHexDigit == false,
                   input[index + 1].0.isASCII, !input[index + 1].0.properties.isAlphabetic
                {
                    block.append(input[index + 1].0, from: input[index + 1].1)
                    index += 2
                } else {
                    block.append(scalar, from: offset)
                    index += 1
                }
            case "`":
                index = renderCodeSpan(input, at: index, into: &block)
            case "!" where index + 1 < input.endIndex && input[index + 1].0 == "[":
                // An image: its alt text is not article prose.
                if let end = skipLink(input, labelOpen: index + 1) { index = end } else {
                    block.append(scalar, from: offset)
                    index += 1
                }
            case "[":
                index = renderBracket(input, at: index, into: &block)
            case "<":
                index = renderAngle(input, at: index, into: &block)
            case "*":
                index += 1
            case "_":
                // Only at a word's edge: snake_case_words keep their underscores.
                let before = index > input.startIndex ? input[index - 1].0 : " "
                let after = index + 1 < input.endIndex ? input[index + 1].0 : " "
                if before.properties.isAlphabetic || before.properties.numericType != nil,
                   after.properties.isAlphabetic || after.properties.numericType != nil
                {
                    block.append(scalar, from: offset)
                }
                index += 1
            case "&":
                index = renderEntity(input, at: index, into: &block)
            default:
                if scalar.properties.isWhitespace {
                    block.appendSpace(from: offset)
                } else {
                    block.append(scalar, from: offset)
                }
                index += 1
            }
        }
    }

    private func renderCodeSpan(_ input: Input, at start: Int, into block: inout TextBlock) -> Int {
        var ticks = start
        while ticks < input.endIndex, input[ticks].0 == "`" { ticks += 1 }
        let run = ticks - start
        var search = ticks
        while search < input.endIndex {
            if input[search].0 == "`" {
                var end = search
                while end < input.endIndex, input[end].0 == "`" { end += 1 }
                if end - search == run {
                    for index in ticks..<search {
                        let (scalar, offset) = input[index]
                        if scalar.properties.isWhitespace { block.appendSpace(from: offset) } else { block.append(scalar, from: offset) }
                    }
                    return end
                }
                search = end
            } else {
                search += 1
            }
        }
        // No closing run: the ticks are literal.
        for index in start..<ticks { block.append(input[index].0, from: input[index].1) }
        return ticks
    }

    /// `[label](url)`, `[label][ref]`, `[label]` with a definition, or `[^note]`.
    private mutating func renderBracket(_ input: Input, at start: Int, into block: inout TextBlock) -> Int {
        guard let close = matchingBracket(input, open: start) else {
            block.append("[", from: input[start].1)
            return start + 1
        }
        let label = input[(start + 1)..<close]
        let labelText = String(String.UnicodeScalarView(label.map(\.0)))
        if labelText.hasPrefix("^") {
            // A footnote marker cites every URL in its definition.
            for url in definitions.footnoteURLs[String(labelText.dropFirst()).lowercased()] ?? [] {
                links.append(FoundLink(url: url, text: labelText, offset: input[start].1))
            }
            return close + 1
        }
        var target: String?
        var end = close + 1
        if end < input.endIndex, input[end].0 == "(", let (url, afterParen) = inlineTarget(input, open: end) {
            target = url
            end = afterParen
        } else if end < input.endIndex, input[end].0 == "[", let refClose = matchingBracket(input, open: end) {
            var reference = String(String.UnicodeScalarView(input[(end + 1)..<refClose].map(\.0))).lowercased()
            if reference.isEmpty { reference = labelText.lowercased() }
            target = definitions.links[reference]
            end = refClose + 1
        } else {
            target = definitions.links[labelText.lowercased()]
        }
        guard let target else {
            // Not a link: keep the brackets as text ("[sic]", "[1]").
            block.append("[", from: input[start].1)
            render(label, into: &block)
            block.append("]", from: input[close].1)
            return close + 1
        }
        let labelStart = label.first?.1 ?? input[start].1
        links.append(FoundLink(url: target, text: labelText, offset: labelStart))
        render(label, into: &block)
        return end
    }

    /// The URL inside `(url "title")` and the index after the `)`.
    private func inlineTarget(_ input: Input, open: Int) -> (String, Int)? {
        var depth = 0
        var index = open
        while index < input.endIndex {
            let scalar = input[index].0
            if scalar == "(" { depth += 1 }
            if scalar == ")" {
                depth -= 1
                if depth == 0 {
                    var inside = String(String.UnicodeScalarView(input[(open + 1)..<index].map(\.0))).trimmingWhitespace
                    if inside.hasPrefix("<"), let close = inside.firstIndex(of: ">") {
                        inside = String(inside[inside.index(after: inside.startIndex)..<close])
                    } else if let space = inside.firstIndex(of: " ") {
                        inside = String(inside[..<space])
                    }
                    return (inside, index + 1)
                }
            }
            if scalar == "\n" { return nil }
            index += 1
        }
        return nil
    }

    private func skipLink(_ input: Input, labelOpen: Int) -> Int? {
        guard let close = matchingBracket(input, open: labelOpen) else { return nil }
        let next = close + 1
        if next < input.endIndex, input[next].0 == "(", let (_, end) = inlineTarget(input, open: next) { return end }
        if next < input.endIndex, input[next].0 == "[", let refClose = matchingBracket(input, open: next) { return refClose + 1 }
        return next
    }

    private func matchingBracket(_ input: Input, open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < input.endIndex {
            switch input[index].0 {
            case "\\": index += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// `<https://…>` autolinks keep their text; other tags (`<sup>`, `<br/>`) vanish.
    private mutating func renderAngle(_ input: Input, at start: Int, into block: inout TextBlock) -> Int {
        var close = start + 1
        while close < input.endIndex, input[close].0 != ">", input[close].0 != "<" { close += 1 }
        guard close < input.endIndex, input[close].0 == ">" else {
            block.append("<", from: input[start].1)
            return start + 1
        }
        let inside = String(String.UnicodeScalarView(input[(start + 1)..<close].map(\.0)))
        if URLScanner.isFetchable(inside) {
            links.append(FoundLink(url: inside, text: inside, offset: input[start + 1].1))
            for index in (start + 1)..<close { block.append(input[index].0, from: input[index].1) }
            return close + 1
        }
        let looksLikeTag = inside.first.map { $0.isLetter || $0 == "/" || $0 == "!" } ?? false
        if looksLikeTag {
            if inside.lowercased().hasPrefix("br") { block.appendSpace(from: input[start].1) }
            return close + 1
        }
        block.append("<", from: input[start].1)
        return start + 1
    }

    private func renderEntity(_ input: Input, at start: Int, into block: inout TextBlock) -> Int {
        var end = start + 1
        while end < input.endIndex, end - start <= 8, input[end].0 != ";",
              input[end].0.properties.isAlphabetic || input[end].0 == "#" || input[end].0.properties.numericType != nil
        {
            end += 1
        }
        if end < input.endIndex, input[end].0 == ";" {
            let name = String(String.UnicodeScalarView(input[(start + 1)..<end].map(\.0)))
            if let decoded = HTMLEntities.decode(name) {
                block.append(decoded, from: input[start].1)
                return end + 1
            }
        }
        block.append("&", from: input[start].1)
        return start + 1
    }
}

/// The handful of character references Markdown authors type by hand.
enum HTMLEntities {
    static func decode(_ name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
        return named[name]
    }

    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "copy": "©", "deg": "°",
    ]
}
