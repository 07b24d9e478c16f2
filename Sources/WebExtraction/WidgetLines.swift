import TextAnalysis

/// The words that give a widget away when its class names do not: the notice a media player shows
/// where it cannot play ("Media playback is unsupported on your device"), the labels of a
/// fact-check site's claim box ("Claim:", "Our verdict:", "Rating:"), a poll's or a rating
/// widget's prompt ("Was this article helpful?"), a paywall's prompt between the free and the
/// locked paragraphs ("Subscribe to keep reading"), a cookie banner's consent notice ("We use
/// cookies to …"). The article's own sentences may discuss claims and verdicts, but they do not
/// open with the label and a colon, and they are longer than a line.
///
/// Used by ``WidgetBoxes``: a short block that opens with such a line anchors a widget box.
enum WidgetLines {
    /// What a widget's line is: a label opens a claim box's line, but an ordinary paragraph of a
    /// fact-check may open the same way ("Our verdict: the figure is correct."); a notice is
    /// never the article's.
    /// A consent notice is a sentence or two of legal wording; like a label, it anchors a box
    /// only when it has one of its own (an article about cookies may say "sites use cookies").
    enum Kind {
        case label, notice, consent

        /// A widget's line is a line; a longer block is the article's, whatever its words. A
        /// consent notice runs to two sentences, shorter than ``TailNotices``'s longest notice.
        var maximumCharacters: Int32 { self == .consent ? WidgetLines.maximumConsentCharacters : WidgetLines.maximumCharacters }

        /// Whether the line alone, without a box around it, is no widget.
        var needsOwnBox: Bool { self != .notice }
    }

    static let maximumCharacters: Int32 = 120
    static let maximumConsentCharacters: Int32 = 300

    /// Whether the text (a block's first run, as the page has it) opens a widget, and how.
    static func kind(of bytes: ArraySlice<UInt8>) -> Kind? {
        // Lowercase ASCII with runs of white space as one space, trimmed; only the start matters.
        var folded: [UInt8] = []
        folded.reserveCapacity(min(bytes.count, 64))
        for byte in bytes {
            if byte <= 0x20 {
                if let last = folded.last, last != 0x20 { folded.append(0x20) }
            } else {
                folded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            if folded.count >= 64 { break }
        }
        for label in labelBytes where folded.starts(with: label) { return .label }
        for notice in noticeBytes where contains(folded, notice) { return .notice }
        for notice in consentBytes where contains(folded, notice) { return isConsentShaped(bytes) ? .consent : nil }
        return nil
    }

    /// A consent banner asks the reader to choose: it has a banner's words (accept, settings,
    /// choices, privacy policy …) and no reported speech ("the regulator admits: its audit found
    /// 3 trackers"), which makes it an article's sentence about cookies. A figure alone does not:
    /// a banner may count its visits.
    static func isConsentShaped(_ bytes: ArraySlice<UInt8>) -> Bool {
        let lowered = String(decoding: bytes, as: UTF8.self).lowercased()
        let words = Set(lowered.split { !$0.isLetter && $0 != "'" }.map(String.init))
        if !words.isDisjoint(with: Lexicon.reportedSpeechWords) { return false }
        if lowered.hasPrefix("cookie settings") || lowered.hasPrefix("cookie preferences") { return true }
        return consentChoices.contains { lowered.contains($0) }
    }

    /// A banner's words: what it asks the reader to do, what it points to.
    static let consentChoices: [String] = [
        "accept", "agree", "consent", "settings", "preferences", "choices", "manage", "opt out", "opt-out",
        "reject", "decline", "allow", "by continuing", "continue to use", "continuing to browse",
        "privacy policy", "cookie policy", "privacy notice", "learn more", "find out more", "more information",
        "experience", "personalis", "personaliz", "adverts", "advertising", "ads ", "analytics",
    ]

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// Labels, with their colon, that open the lines of a claim-and-verdict box.
    static let labels: [String] = [
        "claim:", "the claim:", "verdict:", "our verdict:", "rating:", "our rating:", "the ruling:", "our ruling:",
    ]

    /// Notices and prompts, found anywhere in the first words of a short line.
    static let notices: [String] = [
        "media playback is unsupported", "playback is not supported", "your browser does not support",
        "this video is unavailable", "was this article helpful", "how useful was this article",
        "rate this article", "cast your vote",
        // Paywall prompts between the free paragraphs and the rest.
        "subscribe to keep reading", "subscribe to continue reading", "subscribe to read more", "to continue reading, please",
        "this article is for subscribers", "already a subscriber", "read all your free articles", "unlock this article",
    ]

    /// Cookie banners' openings, found in the first words of a block of a sentence or two.
    static let consentNotices: [String] = [
        "we use cookies", "site uses cookies", "website uses cookies", "partners use cookies", "use of cookies",
        "cookie settings", "cookie preferences",
    ]

    private static let labelBytes = labels.map { Array($0.utf8) }
    private static let noticeBytes = notices.map { Array($0.utf8) }
    private static let consentBytes = consentNotices.map { Array($0.utf8) }
}
