import CWordNet
import Foundation

/// Princeton WordNet 3.0 (Debian's `wordnet-base`), read through its C library with on-disk lookups:
/// opening it costs a few file opens, and each word is looked up once per process (answers are
/// remembered). It answers what hand lists cannot cover for tens of thousands of words: synonyms,
/// antonyms, derivationally related forms ("reduction" ↔ "reduce") and hypernyms ("is a kind of").
///
/// The C library keeps global state (open files, static result buffers), so every call into it
/// holds one process-wide lock; answers are plain Swift values, safe to share.
public final class WordNet: @unchecked Sendable {
    public enum PartOfSpeech: CaseIterable, Sendable {
        case noun, verb, adjective, adverb

        var code: Int32 {
            switch self {
            case .noun: cwn_noun()
            case .verb: cwn_verb()
            case .adjective: cwn_adjective()
            case .adverb: cwn_adverb()
            }
        }
    }

    /// The database directory the library reads: `WNSEARCHDIR` if set and not empty, else Debian's.
    public static var databaseDirectory: String {
        guard let set = ProcessInfo.processInfo.environment["WNSEARCHDIR"], !set.isEmpty else { return "/usr/share/wordnet" }
        return set
    }

    /// The process's one WordNet, opened on first use; an error if the database cannot be read.
    public static func shared() throws(WordNetError) -> WordNet {
        try opened.get()
    }

    private static let opened: Result<WordNet, WordNetError> = {
        lock.lock()
        defer { lock.unlock() }
        // An empty WNSEARCHDIR (`WNSEARCHDIR= factcheck …`, a blank CI variable) means "not set",
        // as for most variables; the C library would read it as the current folder's nothing.
        if ProcessInfo.processInfo.environment["WNSEARCHDIR"]?.isEmpty == true { unsetenv("WNSEARCHDIR") }
        guard wninit() == 0 else { return .failure(.databaseMissing(directory: databaseDirectory)) }
        if let missing = missingCounts(in: databaseDirectory) { return .failure(missing) }
        return .success(WordNet())
    }()

    /// The sense-tagged counts (``taggedCount(of:)``) come from `cntlist.rev`, a file the C library
    /// opens quietly and does without: a dict folder that lacks it still opens, and every word would
    /// count 0, so every word would seem rare to ``WordRarity`` and the search would keep "need" and
    /// "show" as topic words, with nothing said. Missing, it is an error naming the file, as a
    /// missing database is (the run stops before any work; see `LanguageData`).
    static func missingCounts(in directory: String) -> WordNetError? {
        let file = (directory as NSString).appendingPathComponent("cntlist.rev")
        return FileManager.default.isReadableFile(atPath: file) ? nil : .countsMissing(file: file)
    }

    /// Serialises every call into the C library (see the type's comment).
    private static let lock = NSLock()
    private var memo: [String: [String]] = [:]
    private var tagCounts: [String: Int] = [:]
    /// ``partsOfSpeech(of:)`` by lowercased word: the list-item rule asks it of every word of a
    /// long table, and the same words recur row after row.
    private var partsMemo: [String: Set<PartOfSpeech>] = [:]
    /// ``isBodyTerm(_:senses:)`` by senses and lowercased word: a page's words recur.
    private var bodyMemo: [String: Bool] = [:]
    private static let memoCapacity = 200_000

    private init() {}

    /// Other words for `word` in the same senses, in WordNet's order of sense frequency, at most the
    /// first `senses` senses. Phrases are written with spaces ("cut down"); `word` is left out.
    public func synonyms(of word: String, as pos: PartOfSpeech, senses: Int = .max) -> [String] {
        remembered("syn", word, pos, senses) { synsets in
            synsets.prefix(senses).flatMap(\.words)
        }
    }

    /// Words opposite to `word`: its direct antonyms ("increase" → "decrease") and, for an adjective
    /// that is only similar to a head adjective ("rapid" ~ "fast"), the head's antonyms ("slow").
    public func antonyms(of word: String, as pos: PartOfSpeech) -> [String] {
        remembered("ant", word, pos, .max) { synsets in
            var found: [String] = []
            for synset in synsets {
                found += synset.lexicalTargets(of: cwn_antonym_pointer())
                for head in synset.semanticTargets(of: cwn_similar_pointer()) where pos == .adjective {
                    found += head.allLexicalTargets(of: cwn_antonym_pointer())
                }
            }
            return found
        }
    }

    /// Words of other parts of speech made from the same root: "reduction" → "reduce", "reduce" →
    /// "reduction", "reducer".
    public func derivationallyRelated(to word: String, as pos: PartOfSpeech) -> [String] {
        remembered("der", word, pos, .max) { synsets in
            synsets.flatMap { $0.lexicalTargets(of: cwn_derivation_pointer()) }
        }
    }

    /// Words of other parts of speech made from any word of `word`'s senses, not only from `word`:
    /// "life" → "live", through "living", which shares two of its senses ("life, living"), where
    /// ``derivationallyRelated(to:as:)`` gives only "lifer". Broader, so read only where a claim's
    /// outcome is looked for in a source's words (the scorer's `UnsplitOutcome`).
    public func derivationallyRelatedThroughSenses(to word: String, as pos: PartOfSpeech) -> [String] {
        remembered("sder", word, pos, .max) { synsets in
            synsets.flatMap { $0.allLexicalTargets(of: cwn_derivation_pointer()) }
        }
    }

    /// The nouns one step more general than `word`'s first `senses` senses ("aspirin" →
    /// "salicylate", "analgesic").
    public func hypernyms(of word: String, senses: Int = .max) -> [String] {
        remembered("hyp", word, .noun, senses) { synsets in
            synsets.prefix(senses).flatMap { $0.semanticTargets(of: cwn_hypernym_pointer()).flatMap(\.words) }
        }
    }

    /// Every noun more general than `word`'s first `senses` senses, however many steps up (its
    /// hypernyms, theirs, …, and for a named one what it is an instance of): "cellphone" →
    /// "telephone", "phone", …; "vendor" → "seller", …, "person". Nearest first, at most `levels`
    /// steps up (WordNet's noun hierarchy is about twenty levels deep at most).
    public func ancestors(of word: String, senses: Int, levels: Int) -> [String] {
        remembered("anc\(levels)", word, .noun, senses) { synsets in
            var frontier = Array(synsets.prefix(senses))
            var seen = Set(frontier.map(\.offset))
            var found: [String] = []
            for _ in 0..<levels where !frontier.isEmpty {
                frontier = frontier.flatMap {
                    $0.semanticTargets(of: cwn_hypernym_pointer()) + $0.semanticTargets(of: cwn_instance_pointer())
                }.filter { seen.insert($0.offset).inserted }
                found += frontier.flatMap(\.words)
            }
            return found
        }
    }

    /// Whether WordNet files the name `name` as a place that holds others (``Lexicon/regionKinds``:
    /// "England", "Texas", "Yorkshire"; not "Leeds", a city), its class or the one above.
    public func namesRegion(_ name: String) -> Bool {
        !Lexicon.regionKinds.isDisjoint(with: ancestors(of: name, senses: .max, levels: 2).map { $0.lowercased() })
    }

    /// The words of `word`'s first sense as a verb and of the verbs more general than it, nearest
    /// first, at most `levels` steps up: "documented" → "document", "record", "enter", "save", …;
    /// "listed" → "list", "name", "enumerate", …. What a verb is first of all a kind of ("document"
    /// is a way of recording, "list" one of naming) tells verbs of one lexicographer file apart.
    public func verbLineage(of word: String, levels: Int) -> [String] {
        remembered("vlin\(levels)", word, .verb, 1) { synsets in
            var frontier = Array(synsets.prefix(1))
            var seen = Set(frontier.map(\.offset))
            var found = frontier.flatMap(\.words)
            for _ in 0..<levels where !frontier.isEmpty {
                frontier = frontier.flatMap { $0.semanticTargets(of: cwn_hypernym_pointer()) }.filter { seen.insert($0.offset).inserted }
                found += frontier.flatMap(\.words)
            }
            return found
        }
    }

    /// Every noun a sense of `word` is part of, however many steps out, nearest first: "Leeds" →
    /// "West Yorkshire", "England", "United Kingdom", …; "Houston" → "Texas", "United States", ….
    /// WordNet's part-of (holonym) links, not its kinds: a place inside another is no rival of it.
    public func wholes(of word: String, levels: Int) -> [String] {
        remembered("whole\(levels)", word, .noun, .max) { synsets in
            var frontier = synsets
            var seen = Set(frontier.map(\.offset))
            var found: [String] = []
            for _ in 0..<levels where !frontier.isEmpty {
                frontier = frontier.flatMap { $0.semanticTargets(of: cwn_part_holonym_pointer()) }
                    .filter { seen.insert($0.offset).inserted }
                found += frontier.flatMap(\.words)
            }
            return found
        }
    }

    /// `word` (lower case) and the noun base forms WordNet's morphology gives ("mice" → "mouse").
    public func nounBaseForms(of word: String) -> [String] {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        return Self.baseForms(of: word.lowercased(), .noun)
    }

    /// Whether some sense of the noun `word` is a kind of some sense of `kind`, however many steps up:
    /// "aspirin" is a kind of "drug". Climbs synsets, not words, so a general word's other senses
    /// do not lead the search astray.
    public func isKind(_ word: String, of kind: String) -> Bool {
        let target = kind.lowercased()
        Self.lock.lock()
        defer { Self.lock.unlock() }
        var frontier = Self.baseForms(of: word.lowercased(), .noun).flatMap { Self.synsets(of: $0, .noun) }
        var seen = Set(frontier.map(\.offset))
        // WordNet's noun hierarchy is about twenty levels deep at most.
        for _ in 0..<32 where !frontier.isEmpty {
            frontier = frontier.flatMap { $0.semanticTargets(of: cwn_hypernym_pointer()) }
                .filter { seen.insert($0.offset).inserted }
            if frontier.contains(where: { $0.words.contains(target) }) { return true }
        }
        return false
    }

    /// The parts of speech WordNet knows `word` as, in any inflected form ("estimates" is a noun
    /// and a verb, "published" a verb and an adjective, "invariably" an adverb). Empty for a word
    /// it lacks (most names).
    public func partsOfSpeech(of word: String) -> Set<PartOfSpeech> {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let lowered = word.lowercased()
        if let known = partsMemo[lowered] { return known }
        let parts = Set(PartOfSpeech.allCases.filter { pos in Self.baseForms(of: lowered, pos).contains { !Self.synsets(of: $0, pos).isEmpty } })
        if partsMemo.count < Self.memoCapacity { partsMemo[lowered] = parts }
        return parts
    }

    /// Whether `word`, read as a verb, is first of all a verb of saying: the most frequent sense of
    /// one of its base forms is filed in WordNet's `verb.communication` lexicographer file
    /// ("declared", "denies", "countered", "touts"). "found" (find: possession), "believes"
    /// (cognition) and "fears" (emotion) are not. The attribution parser reads such a verb as a
    /// lead-in only where grammar says a statement follows ("countered that …").
    public func isCommunicationVerb(_ word: String) -> Bool {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        return Self.baseForms(of: word.lowercased(), .verb).contains { Self.synsets(of: $0, .verb).first?.file == Self.communicationFile }
    }

    /// Whether `word` as written is a verb's base form WordNet lists ("resign", "stay"; not
    /// "sank", "rose", which it knows only as forms of "sink", "rise").
    public func isVerbLemma(_ word: String) -> Bool {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        return !Self.synsets(of: word.lowercased(), .verb).isEmpty
    }

    /// Whether `word` as written is an inflection of another verb WordNet lists: "found" (of
    /// "find"), "cuts" (of "cut"), "left" (of "leave"); not "shake" or "cut", which are base forms
    /// only. A word that is both ("found" is also a verb of its own) counts as an inflection: as
    /// the first word of a sentence it is more likely a participle than a command.
    public func isInflectedVerbForm(_ word: String) -> Bool {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let lowered = word.lowercased()
        return Self.baseForms(of: lowered, .verb).contains { $0 != lowered && !Self.synsets(of: $0, .verb).isEmpty }
    }

    /// The number of WordNet's `verb.communication` lexicographer file (`lexnames`).
    static let communicationFile: Int32 = 32

    /// Whether the verb `word`, in its most frequent sense, takes an object and cannot stand
    /// without one: WordNet's sentence frames for that sense include "Somebody/Something ----s
    /// something/somebody" and none of the frames with no object ("Something ----s", "Somebody
    /// ----s", "Somebody ----s PP"). "wrote" (write), "filed", "released" do; "sank", "died",
    /// "rose", "stopped" (come to a halt) do not. English leaves such a verb without its object
    /// only where the object stands elsewhere: in a passive, or before the clause as the noun a
    /// relative clause describes ("the report that auditors *wrote* in 2020").
    public func takesObjectOnly(_ word: String) -> Bool {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let lowered = word.lowercased()
        guard let sense = Self.baseForms(of: lowered, .verb).lazy.compactMap({ Self.synsets(of: $0, .verb).first }).first
        else { return false }
        return !sense.frames.isDisjoint(with: Self.objectFrames) && sense.frames.isDisjoint(with: Self.objectlessFrames)
    }

    /// WordNet's verb frames with an object: 8 "Somebody ----s something", 9 "Somebody ----s
    /// somebody", 10 "Something ----s somebody", 11 "Something ----s something".
    static let objectFrames: Set<Int32> = [8, 9, 10, 11]

    /// WordNet's verb frames with no object: 1 "Something ----s", 2 "Somebody ----s", 3 "It is
    /// ----ing", 4 "Something is ----ing PP", 6 "Something ----s Adjective/Noun", 7 "Somebody
    /// ----s Adjective", 12 "Something ----s to somebody", 13 "Somebody ----s on something", 22
    /// "Somebody ----s PP", 23 "Somebody's (body part) ----s", 27 "Somebody ----s to somebody".
    static let objectlessFrames: Set<Int32> = [1, 2, 3, 4, 6, 7, 12, 13, 22, 23, 27]

    /// Whether the noun `word` is first of all something that says: the most frequent sense of
    /// one of its base forms is filed in WordNet's `noun.communication` file ("letter", "memo",
    /// "report", "website", "sign", "documentary"). "decision" (an act), "door" (an artifact)
    /// and "team" (a group) are not.
    public func isCommunicationNoun(_ word: String) -> Bool {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        return Self.baseForms(of: word.lowercased(), .noun).contains { Self.synsets(of: $0, .noun).first?.file == Self.nounCommunicationFile }
    }

    /// The number of WordNet's `noun.communication` lexicographer file (`lexnames`).
    static let nounCommunicationFile: Int32 = 10

    /// Whether WordNet knows `word` as a noun only in common senses: none of them a person (a
    /// role: "interviewer", "host") or a named one (an instance: "Mark" the saint, "Hope" the
    /// comedian). "evidence", "risks", "dosage" are; a word WordNet lacks ("Ines") is not.
    public func isCommonNounOnly(_ word: String) -> Bool {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let senses = Self.baseForms(of: word.lowercased(), .noun).flatMap { Self.synsets(of: $0, .noun) }
        guard !senses.isEmpty else { return false }
        if senses.contains(where: { !$0.semanticTargets(of: cwn_instance_pointer()).isEmpty }) { return false }
        var frontier = senses
        var seen = Set(frontier.map(\.offset))
        for _ in 0..<32 where !frontier.isEmpty {
            if frontier.contains(where: { $0.words.contains("person") }) { return false }
            frontier = frontier.flatMap { $0.semanticTargets(of: cwn_hypernym_pointer()) }
                .filter { seen.insert($0.offset).inserted }
        }
        return true
    }

    /// How many times WordNet's sense-tagged corpus (SemCor's general English: fiction, news,
    /// science) uses `word`, in any sense and part of speech, summed over its base forms ("cells" →
    /// "cell"): `cntlist.rev`'s counts, read through the library. A word every text uses ("need",
    /// "show") counts hundreds; a technical term ("homocysteine") or one WordNet lacks, 0.
    public func taggedCount(of word: String) -> Int {
        let lowered = word.lowercased()
        Self.lock.lock()
        defer { Self.lock.unlock() }
        if let known = tagCounts[lowered] { return known }
        var total = 0
        for pos in PartOfSpeech.allCases {
            var lemmas: Set<String> = []
            for lemma in Self.baseForms(of: lowered, pos) where lemmas.insert(lemma).inserted {
                var buffer = Array(lemma.utf8CString)
                guard let index = buffer.withUnsafeMutableBufferPointer({ index_lookup($0.baseAddress, pos.code) }) else { continue }
                defer { free_index(index) }
                for sense in 0..<Int(index.pointee.off_cnt) { total += Int(max(0, GetTagcnt(index, Int32(sense + 1)))) }
            }
        }
        if tagCounts.count < Self.memoCapacity { tagCounts[lowered] = total }
        return total
    }

    /// Whether the noun `word` (or a compound: "immune system") names part of a body, or what a
    /// body does, suffers or makes, in one of its first `senses` senses: a sense filed in WordNet's
    /// `noun.body` lexicographer file ("muscles", "hormone", "bloodstream"), or a sense filed as a
    /// state, process, phenomenon, substance or attribute that is a kind of one of
    /// ``Lexicon/bodyConcepts`` ("healing", "pain", "cortisol", and "circulation" in its second
    /// sense, the first being a newspaper's). Not "poverty" (a financial condition), "inflation"
    /// (an economic process), "balm" (an ointment), nor "confidence" or "concern", which WordNet
    /// files under cognition. The first senses only, and a later one only when WordNet's
    /// sense-tagged corpus uses it: a word's rarer senses ("area" and "side" as parts of a body,
    /// in their third; "poll", the top of the head, in its untagged second) do not make it a body's.
    public func isBodyTerm(_ word: String, senses: Int = 2) -> Bool {
        let lowered = word.lowercased()
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let key = "\(senses) \(lowered)"
        if let known = bodyMemo[key] { return known }
        // A later sense counts only when the tagged corpus uses it: WordNet orders untagged senses
        // arbitrarily ("poll" is the top of the head in its second).
        let first = Self.baseForms(of: lowered, .noun).flatMap { lemma in
            Self.synsets(of: lemma, .noun).prefix(senses).enumerated()
                .filter { $0.offset == 0 || Self.taggedCount(of: lemma, .noun, sense: $0.offset + 1) > 0 }.map(\.element)
        }
        var found = first.contains { $0.file == Self.bodyFile }
        var frontier = first.filter { Self.bodyConceptFiles.contains($0.file) }
        var seen = Set(frontier.map(\.offset))
        // WordNet's noun hierarchy is about twenty levels deep at most.
        for _ in 0..<32 where !found && !frontier.isEmpty {
            found = frontier.contains { $0.words.contains(where: Self.bodyConcepts.contains) }
            frontier = frontier.flatMap { $0.semanticTargets(of: cwn_hypernym_pointer()) }
                .filter { seen.insert($0.offset).inserted }
        }
        if bodyMemo.count < Self.memoCapacity { bodyMemo[key] = found }
        return found
    }

    /// Whether the noun `word` names a living being or a part of one, in its first sense or a
    /// tagged second: filed in `noun.person` ("patients", "senator"), `noun.animal` ("dog") or
    /// `noun.body` ("body" in "your body's healing"). What a body term belongs to must be one for
    /// the term to be a body's: "the heart of democracy", "the muscle of the company", "the blood
    /// pressure of the room" name no body (a state, a group, an artifact).
    public func isLivingBeing(_ word: String) -> Bool {
        let lowered = word.lowercased()
        Self.lock.lock()
        defer { Self.lock.unlock() }
        return Self.baseForms(of: lowered, .noun).contains { lemma in
            Self.synsets(of: lemma, .noun).prefix(2).enumerated().contains {
                ($0.offset == 0 || Self.taggedCount(of: lemma, .noun, sense: $0.offset + 1) > 0)
                    && Self.livingFiles.contains($0.element.file)
            }
        }
    }

    /// `noun.animal` (5), `noun.body` (8), `noun.person` (18).
    static let livingFiles: Set<Int32> = [5, 8, 18]

    /// How often the tagged corpus uses sense `sense` (1-based, in frequency order) of `lemma`.
    /// Caller holds the lock.
    private static func taggedCount(of lemma: String, _ pos: PartOfSpeech, sense: Int) -> Int {
        var buffer = Array(lemma.utf8CString)
        guard let index = buffer.withUnsafeMutableBufferPointer({ index_lookup($0.baseAddress, pos.code) }) else { return 0 }
        defer { free_index(index) }
        guard sense <= Int(index.pointee.off_cnt) else { return 0 }
        return Int(max(0, GetTagcnt(index, Int32(sense))))
    }

    /// The number of WordNet's `noun.body` lexicographer file (`lexnames`).
    static let bodyFile: Int32 = 8
    /// The lexicographer files a body's functions and conditions are filed in: `noun.attribute`
    /// (7), `noun.phenomenon` (19), `noun.process` (22), `noun.state` (26), `noun.substance` (27).
    static let bodyConceptFiles: Set<Int32> = [7, 19, 22, 26, 27]
    static let bodyConcepts = Set(Lexicon.bodyConcepts)

    // MARK: Reading the C library

    /// Looks `word` up (as each of its base forms), answers with `read` under the lock, and remembers
    /// the answer (without `word` itself, without repeats, in order).
    private func remembered(
        _ kind: String, _ word: String, _ pos: PartOfSpeech, _ senses: Int, read: ([Sense]) -> [String]
    ) -> [String] {
        let lowered = word.lowercased()
        let key = "\(kind) \(pos) \(senses) \(lowered)"
        Self.lock.lock()
        defer { Self.lock.unlock() }
        if let known = memo[key] { return known }
        var answer: [String] = []
        var seen: Set<String> = [lowered]
        for lemma in Self.baseForms(of: lowered, pos) {
            for found in read(Self.synsets(of: lemma, pos)) where seen.insert(found).inserted {
                answer.append(found)
            }
        }
        if memo.count < Self.memoCapacity { memo[key] = answer }
        return answer
    }

    /// `word` itself and the base forms WordNet's morphology gives ("reduces" → "reduce", "mice" →
    /// "mouse"). Caller holds the lock.
    private static func baseForms(of word: String, _ pos: PartOfSpeech) -> [String] {
        let written = word.replacingOccurrences(of: " ", with: "_")
        // The library's buffers hold 256 bytes; no real word comes near.
        guard !written.isEmpty, written.utf8.count < 128 else { return [] }
        var forms = [written]
        var buffer = Array(written.utf8CString)
        var next = buffer.withUnsafeMutableBufferPointer { morphstr($0.baseAddress, pos.code) }
        while let base = next {
            let form = String(cString: base)
            if !forms.contains(form) { forms.append(form) }
            next = morphstr(nil, pos.code)
        }
        return forms
    }

    /// Every sense of `lemma` as `pos`, most frequent first. Caller holds the lock.
    private static func synsets(of lemma: String, _ pos: PartOfSpeech) -> [Sense] {
        var buffer = Array(lemma.utf8CString)
        guard let list = buffer.withUnsafeMutableBufferPointer({
            findtheinfo_ds($0.baseAddress, pos.code, cwn_synonyms_search(), cwn_all_senses())
        }) else { return [] }
        defer { free_syns(list) }
        var result: [Sense] = []
        var node: SynsetPtr? = list
        while let current = node {
            result.append(Sense(current.pointee))
            node = current.pointee.nextss
        }
        return result
    }

    /// A synset copied out of the C structure, with its pointers, so nothing C-owned outlives the call.
    fileprivate struct Sense {
        struct Pointer {
            let type: Int32
            let offset: Int
            let pos: Int32
            /// 1-based word numbers; 0 for a pointer between whole synsets.
            let from: Int32
            let to: Int32
        }

        let words: [String]
        /// Where the synset starts in its data file: its identity within a part of speech.
        let offset: Int
        /// Which of ``words`` (1-based) the lookup was for; 0 when read by offset.
        let lookedUp: Int32
        let pointers: [Pointer]
        /// The lexicographer file the synset comes from (`verb.communication` is 32).
        let file: Int32
        /// A verb synset's sentence frames (`frames` numbers: 1 "Something ----s", 8 "Somebody
        /// ----s something") that hold for the looked-up word; empty for other parts of speech.
        let frames: Set<Int32>

        init(_ raw: CWordNet.Synset) {
            file = raw.fnum
            let lookedUpWord = raw.whichword
            frames = Set((0..<Int(raw.fcount)).compactMap { index in
                raw.frmto[index] == 0 || raw.frmto[index] == lookedUpWord ? raw.frmid[index] : nil
            })
            words = (0..<Int(raw.wcount)).compactMap { index in
                raw.words[index].map { WordNet.normalised(String(cString: $0)) }
            }
            offset = raw.hereiam
            lookedUp = raw.whichword
            pointers = (0..<Int(raw.ptrcount)).map { index in
                Pointer(
                    type: raw.ptrtyp[index], offset: raw.ptroff[index], pos: raw.ppos[index],
                    from: raw.pfrm[index], to: raw.pto[index])
            }
        }

        /// The words a lexical pointer of `type` leads to from the looked-up word.
        func lexicalTargets(of type: Int32) -> [String] {
            targets(of: pointers.filter { $0.type == type && $0.from == lookedUp && $0.to > 0 })
        }

        /// The words a lexical pointer of `type` leads to from any word of this synset.
        func allLexicalTargets(of type: Int32) -> [String] {
            targets(of: pointers.filter { $0.type == type && $0.to > 0 })
        }

        private func targets(of lexical: [Pointer]) -> [String] {
            lexical.compactMap { pointer in
                guard let target = Sense.read(pointer), Int(pointer.to) <= target.words.count else { return nil }
                return target.words[Int(pointer.to) - 1]
            }
        }

        /// The synsets a semantic pointer (whole synset to whole synset) of `type` leads to.
        func semanticTargets(of type: Int32) -> [Sense] {
            pointers.filter { $0.type == type && $0.to == 0 }.compactMap(Sense.read)
        }

        /// Reads the synset a pointer leads to. Caller holds the lock.
        static func read(_ pointer: Pointer) -> Sense? {
            var empty: [CChar] = [0]
            guard let raw = empty.withUnsafeMutableBufferPointer({ read_synset(pointer.pos, pointer.offset, $0.baseAddress) })
            else { return nil }
            defer { free_synset(raw) }
            return Sense(raw.pointee)
        }
    }

    /// A database word as text: lowercased, underscores as spaces, an adjective marker ("fast(a)") cut.
    fileprivate static func normalised(_ word: String) -> String {
        var text = word.lowercased().replacingOccurrences(of: "_", with: " ")
        if let marker = text.firstIndex(of: "("), text.hasSuffix(")") { text = String(text[..<marker]) }
        return text
    }
}

/// Why WordNet could not be used.
public enum WordNetError: Error, CustomStringConvertible, Sendable {
    case databaseMissing(directory: String)
    /// The database opened but its sense-tagged counts (`cntlist.rev`) cannot be read.
    case countsMissing(file: String)

    public var description: String {
        switch self {
        case .databaseMissing(let directory):
            "the WordNet database could not be read from \(directory): install the Debian package wordnet-base "
                + "(and wordnet-dev to build), or set WNSEARCHDIR to a WordNet 3.0 dict folder"
        case .countsMissing(let file):
            "WordNet's sense-tagged counts could not be read from \(file) (every word would seem rare): install "
                + "the Debian package wordnet-base, or set WNSEARCHDIR to a complete WordNet 3.0 dict folder"
        }
    }
}
