/// Escaping for XML 1.0 text and double-quoted attribute values.
enum XMLText {
    /// `text` safe inside an element or a double-quoted attribute. Characters XML 1.0 cannot hold at
    /// all, even as references (most C0 controls, U+FFFE, U+FFFF, lone surrogates cannot occur in a
    /// Swift string), become U+FFFD; tab, newline and carriage return in attributes become
    /// references so parsers keep them.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += attribute ? "&#9;" : "\t"
            case "\n": out += attribute ? "&#10;" : "\n"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
