import FactCheckModel
import Foundation
import TextAnalysis

/// A list item that continues its lead-in rather than stating something of its own: under
/// "Pros:", items such as "comes bundled with the editor", "officially supported by the
/// maintainers", "quickly set a default version per project". Their subject is the lead-in's
/// (the tool the list is about), which the claim does not carry, so alone they say nothing a
/// reader can check. The sign is general English typography: a sentence opens with a capital, and
/// an item that opens with a lowercase common word (a verb, an adverb, a participle) is the rest of
/// a sentence begun above it.
///
/// What stays: an item that opens with its own subject, a determiner, a pronoun or a number ("the
/// drug cut deaths by a fifth", "it runs on batteries"); a name set in lowercase or with inner
/// capitals ("eBay has cards from $1,599", "iOS 13 adds …"), which WordNet does not know as a
/// common word or which holds a capital; any item with a figure ("cuts load times by 40%"); and
/// any sentence of a paragraph, a quotation or a heading (only `.listItem` is read).
enum LeadInContinuation {
    /// Whether `text`, a sentence of a block with `role`, continues its list's lead-in.
    static func continuesLeadIn(_ text: String, role: BlockRole, hasFigure: Bool) -> Bool {
        guard role == .listItem, !hasFigure else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let firstToken = trimmed.split(whereSeparator: { $0.isWhitespace }).first,
              firstToken.first?.isLowercase == true, !firstToken.contains(where: \.isUppercase)
        else { return false }
        let word = String(firstToken.filter(\.isLetter))
        guard word.count > 1, word == firstToken.trimmingCharacters(in: .punctuationCharacters),
              !Lexicon.determiners.contains(word), !Lexicon.subjectPronouns.contains(word), !Lexicon.referringPronouns.contains(word),
              !Lexicon.personPossessives.contains(word), !Lexicon.secondPerson.contains(word),
              // An existential subject and a negated one: "there are two modes", "no setup is needed".
              !["there", "no"].contains(word)
        else { return false }
        guard let wordNet = try? WordNet.shared() else { return false }
        return !wordNet.partsOfSpeech(of: word).isEmpty
    }
}
