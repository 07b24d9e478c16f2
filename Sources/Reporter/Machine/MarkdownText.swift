/// Escaping for GitHub-flavoured Markdown, where article and source text must stay text.
enum MarkdownText {
    /// `text` on one line, inert: the characters that start Markdown or HTML syntax inline
    /// (emphasis, code, links, images, HTML tags and entities, table cells, strikethrough, math,
    /// headings) are backslash-escaped, as CommonMark allows for any ASCII punctuation; `@` and `#`
    /// get an invisible word joiner so an article cannot mention a GitHub user or link an issue from
    /// a pull request. Line breaks become spaces so a value never leaves its table cell or list item.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "$", "!":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "#", "@":
                out.unicodeScalars.append(scalar)
                out += "\u{2060}"
            case "\n", "\r", "\t":
                out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A link destination in angle brackets, for URLs ``SafeLink`` accepts: the characters that
    /// would end it are percent-encoded.
    static func destination(_ url: String) -> String {
        var out = "<"
        for scalar in url.unicodeScalars {
            switch scalar {
            case "<": out += "%3C"
            case ">": out += "%3E"
            case " ": out += "%20"
            case "\\": out += "%5C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }
}
