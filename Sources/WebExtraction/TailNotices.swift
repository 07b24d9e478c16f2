/// Drops the notices templates append to an article's text inside its own container, where no
/// class name tells them apart: calls to subscribe, follow, donate or download the app, copyright
/// and licence lines, disclaimers, contact blocks with an e-mail address, the author's bio
/// (``AuthorBios``). Only at the very end of the kept text, and only short blocks
/// that carry such wording: the same words earlier on are the article's subject, and a long last
/// paragraph is the article's own.
enum TailNotices {
    /// Longer blocks are the article's own paragraphs, whatever their words.
    static let maximumCharacters = 300

    /// Unkeeps the run of notices that ends the kept blocks.
    static func cut(_ candidates: [BlockContext.Candidate], kept: inout [Bool]) {
        for index in candidates.indices.reversed() {
            guard kept[index], let block = candidates[index].block else { continue }
            guard block.text.utf8.count <= maximumCharacters, isNotice(block.text) else { return }
            kept[index] = false
        }
    }

    static func isNotice(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return cues.contains { lowered.contains($0) } || AuthorBios.isBio(text)
            || (hasEmailAddress(text) && isContactLine(lowered))
    }

    /// A contact line gives the address under a label ("Tips: …", "Newsroom: …") or opens a
    /// sentence with the call ("Contact us at …", "Email the author …", "Got a tip?"); a body
    /// sentence that mentions an address ("The fake invoices came from billing@… and asked
    /// customers to phone …") does neither, and an address in an instruction ("send your report
    /// privately to security@…") is the text's.
    static func isContactLine(_ lowered: String) -> Bool {
        guard lowered.utf8.count <= maximumContactCharacters else { return false }
        if contactLabels.contains(where: { lowered.contains($0) }) { return true }
        // The opening of each sentence (or of each part of a line split by "|" or "·").
        var starts = [lowered[...]]
        var rest = lowered[...]
        while let cut = rest.firstIndex(where: { ".?!|·•".contains($0) }) {
            rest = rest[rest.index(after: cut)...].drop { $0 == " " || ".?!|·•".contains($0) }
            if rest.first.map({ !$0.isNumber && $0 != "@" }) ?? false { starts.append(rest) }
        }
        return starts.contains { start in contactOpeners.contains { start.hasPrefix($0) } }
    }

    static let maximumContactCharacters = 200

    /// Labels of a contact block, with their colon.
    static let contactLabels = [
        "contact:", "contacts:", "newsroom:", "newsdesk:", "news desk:", "tips:", "tip:", "email:", "e-mail:", "mail:",
        "tel.", "tel:", "telephone:", "phone:", "press office:", "media contact", "press contact", "media enquiries",
        "press enquiries", "kontakt:", "presse:", "presse-kontakt", "pressekontakt",
    ]
    /// Calls that open a contact sentence.
    static let contactOpeners = [
        "contact ", "email ", "e-mail ", "write to ", "send your story ideas", "send us ", "send story ideas",
        "got a tip", "have a tip", "have a story", "got a story", "tips ", "reach ", "you can reach", "follow ",
        "to reach ", "to contact ", "newsroom", "newsdesk", "kontakt", "presse",
    ]

    /// A contact block (a newsroom's address, an author's "send her your story ideas at …") gives
    /// an e-mail address: a word, "@", a word with a dot; with one of ``contactWords``.
    static func hasEmailAddress(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] == UInt8(ascii: "@") && index > 0 {
            guard isAddressByte(bytes[index - 1]) else { continue }
            let domain = bytes[(index + 1)...].prefix(while: isAddressByte)
            if let dot = domain.firstIndex(of: UInt8(ascii: ".")), dot > index + 1, dot < domain.endIndex - 1 { return true }
        }
        return false
    }

    private static func isAddressByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2E || byte == 0x2D || byte == 0x5F
    }

    /// Wording of notices, in the languages of the pages the rule was tuned on (English, German,
    /// Spanish, French, Polish).
    static let cues: [String] = [
        // Calls to subscribe, follow, download, donate.
        "subscribe", "newsletter", "sign up", "signing up", "follow us", "follow the", "download the", "our app",
        "abonnieren", "abonniere", "abonnement", "folgen sie", "folge uns", "unterstütze", "unterstützen sie",
        "spende", "suscríbete", "suscribete", "únete", "canal de youtube", "canal de telegram", "síguenos",
        "abonnez", "subskrypcj", "zapraszamy",
        // Rights and licences.
        "©", "copyright", "all rights reserved", "written permission", "alle rechte vorbehalten",
        "lizenz cc", "creative commons", "cc-by", "tous droits réservés", "derechos reservados",
        "prawa zastrzeżone", "chroniony prawem",
        // Disclaimers, comment policies and empty comment sections.
        "is not responsible for", "does not offer medical advice", "keine kommentare", "comments are moderated",
        "community guidelines", "comment policy", "commenting policy",
    ]
}
