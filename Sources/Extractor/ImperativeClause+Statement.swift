import TextAnalysis

/// Sentences that open in the imperative but state something the stages should judge: a frame of
/// speech ("Let me be clear, unemployment fell …"), a statement clause beside the command ("Wind
/// the clock back 10 years and coal supplied 40 percent …", "Remember the 2008 crash, when 8.7
/// million jobs vanished", "Note the 40 percent rise in admissions"), and a command someone gave,
/// reported as an event ("“Stop the war,” chanted 50,000 protesters").
extension ImperativeClause {
    /// Whether `words`, a first clause, is the speaker's frame for what follows: "let me" or "let
    /// us" (or "let's"), adverbs aside, and "be" ("Let me be clear", "Let's be honest") or a verb
    /// of saying ("Let me remind you that …", "Let me just mention, …"). Such a frame is no advice
    /// to the reader; the clause after it is the sentence's.
    static func opensSpeechFrame(_ words: [String], wordNet: WordNet) -> Bool {
        guard let first = words.first else { return false }
        var index: Int
        if first == "let", words.count > 1, (Lexicon.firstPersonSingular + Lexicon.firstPersonPlural).contains(words[1]) {
            index = 2
        } else if first.hasPrefix("let'") {
            index = 1
        } else {
            return false
        }
        while index < words.count, isAdverbOnly(words[index], wordNet: wordNet) { index += 1 }
        guard index < words.count else { return false }
        let verb = words[index]
        let speech = (Lexicon.speechVerbs + Lexicon.speechVerbsBeforeThat).contains { $0.base == verb }
        return Lexicon.copulas.contains(verb) || speech || wordNet.isCommunicationVerb(verb)
    }

    /// Whether a sentence that opens with a command (`words`, the whole sentence) states something
    /// beside it: a clause joined by "and", "but" or "so" with a subject and a finite verb of its
    /// own ("… and coal supplied 40 percent", "…, and the dough should double"; not an outcome's
    /// pronoun, which ``outcome(in:within:)`` reads, nor a second command: "and stir"); a clause
    /// opened by a relative or question word in the past tense ("…, when 8.7 million jobs
    /// vanished", "… who ran 100 marathons": an event; "Call the neighbour who lives next door"
    /// stays advice); or a figure of share or money that the command's definite object takes as
    /// known ("Note the 40 percent rise in admissions").
    static func statesBesideCommand(_ words: [String], text: String, wordNet: WordNet) -> Bool {
        for index in words.indices.dropFirst() {
            let word = words[index]
            if outcomeJoiners.contains(word), joinsStatement(Array(words[(index + 1)...]), wordNet: wordNet) { return true }
            if Lexicon.relativePronouns.contains(word) || Lexicon.whWords.contains(word) {
                for later in words[(index + 1)...] {
                    if isPastTense(later, wordNet: wordNet) { return true }
                    if later != words[index + 1], opensOtherClause(later) { break }
                }
            }
        }
        return takesFigureAsKnown(text)
    }

    /// The most words a subject may have before its verb in a joined clause ("and the 18- to
    /// 24-year-old graduates were …" is long; "and coal supplied" short). A round bound set by
    /// hand, not fitted: longer, the verb found is more likely another clause's.
    static let maximumJoinedSubject = 6

    /// Whether `words` (after "and", "but", "so") open a clause with a subject of its own and a
    /// finite verb: a past tense ("infections fell") or an auxiliary or modal ("the dough should
    /// double"). Not the reader or an outcome's pronoun ("and they'll root", "and you will see"),
    /// which the outcome rule reads, nor a second command ("and stir", "and leave it").
    static func joinsStatement(_ words: [String], wordNet: WordNet) -> Bool {
        guard let subject = words.first, !Lexicon.outcomeSubjects.contains(subject), !Lexicon.secondPerson.contains(subject),
              !Lexicon.subjectPronouns.contains(subject), !opensWithImperative(words, wordNet: wordNet),
              !(wordNet.isVerbLemma(subject) && !wordNet.partsOfSpeech(of: subject).contains(.noun))
        else { return false }
        for position in words.indices.dropFirst().prefix(maximumJoinedSubject) {
            let word = words[position]
            if isPastTense(word, wordNet: wordNet) || Lexicon.auxiliaryVerbs.contains(word) || Lexicon.modalVerbs.contains(word) { return true }
            if opensOtherClause(word) { return false }
        }
        return false
    }

    /// Whether `text` holds "the" before a figure of share or money ("Note the 40 percent rise",
    /// "Imagine the $3 billion cost"): a definite object that takes the figure as known states it.
    static func takesFigureAsKnown(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 4 < scalars.count {
            defer { index += 1 }
            guard index == 0 || !scalars[index - 1].properties.isAlphabetic,
                  String(String.UnicodeScalarView(scalars[index..<(index + 4)])).lowercased() == "the " else { continue }
            let next = scalars[index + 4]
            let money = next.properties.generalCategory == .currencySymbol
            guard money || next.properties.numericType != nil else { continue }
            let rest = String(String.UnicodeScalarView(scalars[(index + 4)...].prefix(40)))
            if money || QuantityParser.quantities(in: rest).first?.unit == "percent" { return true }
        }
        return false
    }

    /// Whether `text` reports a command given by someone as an event: a quotation, and outside it
    /// a verb in the past tense and a figure that is no year ("“Stop the war,” chanted 50,000
    /// protesters", "“Get out now,” police told 3,000 residents"): the report states something
    /// checkable. Advice told to the reader is told in the present ("“Fill the pot …,” she
    /// says"), as ``Lexicon/adviceReportingVerbs`` are; a quoted command with nothing counted
    /// around it ("“Get a job,” a stranger wrote on his page in May 2020") stays a command.
    static func reportsCommand(_ text: String) -> Bool {
        guard let wordNet = try? WordNet.shared() else { return false }
        var outside = ""
        var quoted = false
        var sawQuote = false
        for scalar in text.unicodeScalars {
            if quotationMarks.contains(scalar) {
                // A straight quote opens and closes by turns; a curly one says which it is.
                quoted = scalar == "\u{201C}" ? true : scalar == "\u{201D}" ? false : !quoted
                sawQuote = true
                outside.unicodeScalars.append(" ")
                continue
            }
            if !quoted { outside.unicodeScalars.append(scalar) }
        }
        guard sawQuote, QuantityParser.quantities(in: outside).contains(where: { $0.unit != "calendar-year" }) else { return false }
        return Tokenizer.words(in: outside).contains { isPastTense($0, wordNet: wordNet) }
    }

    /// The double quotation marks that open and close quoted speech: straight and curly.
    static let quotationMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}"]
}
