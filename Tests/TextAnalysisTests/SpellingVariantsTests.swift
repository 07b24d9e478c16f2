import Testing
@testable import TextAnalysis

/// British and American spellings of one word (`Lexicon+Spellings.swift`), both ways, and the
/// words that only look like a variant.
@Suite struct SpellingVariantsTests {
    @Test func medicalAeAndOeAreWrittenEInAmericanEnglish() {
        let pairs = [
            ("ischaemia", "ischemia"), ("ischaemic", "ischemic"), ("haemorrhage", "hemorrhage"), ("paediatric", "pediatric"),
            ("oesophageal", "esophageal"), ("oestrogen", "estrogen"), ("anaemia", "anemia"), ("foetal", "fetal"),
            ("hypoglycaemia", "hypoglycemia"), ("leukaemic", "leukemic"), ("anaesthetised", "anesthetized"),
        ]
        for (british, american) in pairs {
            #expect(SpellingVariants.variants(of: british) == [american], "\(british)")
            #expect(SpellingVariants.variants(of: american) == [british], "\(american)")
        }
    }

    @Test func ourReAndIseEndingsBothWays() {
        let pairs = [
            ("tumour", "tumor"), ("tumours", "tumors"), ("behaviour", "behavior"), ("behavioural", "behavioral"),
            ("fibre", "fiber"), ("fibres", "fibers"), ("favourable", "favorable"), ("randomised", "randomized"),
            ("hospitalisation", "hospitalization"), ("organise", "organize"), ("analysed", "analyzed"),
            // Roots that end in "s" before "-ise" (review, 1).
            ("emphasised", "emphasized"), ("hypothesised", "hypothesized"), ("metastasised", "metastasized"),
            ("synthesised", "synthesized"),
        ]
        for (british, american) in pairs {
            #expect(SpellingVariants.american(british) == american, "\(british)")
            #expect(SpellingVariants.british(american) == british, "\(american)")
        }
        #expect(SpellingVariants.variants(of: "haemolytic anaemia") == ["hemolytic anemia"])
    }

    /// Words spelt alike whose ending or beginning only looks like a variant's.
    /// A beginning after a prefix medicine writes closed is respelt both ways ("antioestrogen",
    /// "transoesophageal"); a prefix before anything else changes nothing.
    @Test func closedCompoundsBothWays() {
        for (british, american) in [
            ("antioestrogen", "antiestrogen"), ("antioestrogens", "antiestrogens"), ("gastrooesophageal", "gastroesophageal"),
            ("transoesophageal", "transesophageal"), ("nonhaemolytic", "nonhemolytic"), ("posthaemorrhagic", "posthemorrhagic"),
        ] {
            #expect(SpellingVariants.variants(of: british) == [american], "\(british)")
            #expect(SpellingVariants.variants(of: american) == [british], "\(american)")
        }
        for word in ["antibody", "preterm", "hypertension", "antiseptic", "nonetheless", "transfer", "pretest"] {
            #expect(SpellingVariants.variants(of: word).isEmpty, "\(word)")
        }
    }

    @Test func wordsSpeltAlikeHaveNoVariant() {
        for word in [
            "exercise", "exercised", "advise", "otherwise", "surprising", "promise", "raised", "noise", "crises", "summary",
            "size", "downsized", "seized", "prize", "academia", "academic", "systemic", "pandemic", "epidemic",
            "chemotherapy", "hemisphere", "laboratory", "colorectal", "humoral", "vigorous", "parameter", "diameter",
            "restrict", "fecundity", "fetch", "pedestrian", "lysed", "centred", "cells", "stroke", "walking",
        ] {
            #expect(SpellingVariants.variants(of: word).isEmpty, "\(word): \(SpellingVariants.variants(of: word))")
        }
        // The "-ise" rule still reads words whose root ends like an exception's.
        #expect(SpellingVariants.american("summarised") == "summarized")
        #expect(SpellingVariants.american("characterised") == "characterized")
        #expect(SpellingVariants.british("hyperlipidemia") == "hyperlipidaemia")
    }

    /// The Greek "oe" and "ae" after a root, where no beginning finds them (review, 4).
    @Test func oeAndAeAfterARootBothWays() {
        let pairs = [
            ("gonorrhoea", "gonorrhea"), ("dysmenorrhoea", "dysmenorrhea"), ("steatorrhoea", "steatorrhea"),
            ("rhinorrhoea", "rhinorrhea"), ("seborrhoeic", "seborrheic"), ("diarrhoea", "diarrhea"), ("diarrhoeal", "diarrheal"),
            ("amenorrhoea", "amenorrhea"), ("dyspnoea", "dyspnea"), ("tachypnoea", "tachypnea"), ("hypopnoea", "hypopnea"),
            ("orthopnoea", "orthopnea"), ("apnoea", "apnea"), ("lymphoedema", "lymphedema"), ("papilloedema", "papilledema"),
            ("myxoedema", "myxedema"), ("oedema", "edema"), ("homoeostasis", "homeostasis"), ("homoeostatic", "homeostatic"),
            ("oxyhaemoglobin", "oxyhemoglobin"), ("haemoglobin", "hemoglobin"), ("paraesthesia", "paresthesia"),
            ("kinaesthetic", "kinesthetic"), ("anaesthesia", "anesthesia"),
        ]
        for (british, american) in pairs {
            #expect(SpellingVariants.variants(of: british) == [american], "\(british): \(SpellingVariants.variants(of: british))")
            #expect(SpellingVariants.variants(of: american) == [british], "\(american): \(SpellingVariants.variants(of: american))")
        }
    }

    /// Words that only look like a variant, found by the review (3): "estrange" is no "oestr-"
    /// word, "epistemic" no blood word, "Louise" a name.
    @Test func wordsTheReviewFoundHaveNoVariant() {
        for word in [
            "estrange", "estranged", "estrangement", "epistemic", "phonemic", "graphemic", "morphemic", "bohemia",
            "alchemic", "belize", "louise", "denise", "cerise", "marquise", "tortoise", "turquoise", "resized",
        ] {
            #expect(SpellingVariants.variants(of: word).isEmpty, "\(word): \(SpellingVariants.variants(of: word))")
        }
        #expect(SpellingVariants.variants(of: "oestradiol") == ["estradiol"])
        #expect(SpellingVariants.variants(of: "estrus") == ["oestrus"])
    }

    /// An American word with a meaning of its own is not read as British; the British word still
    /// is American (review, 3).
    @Test func americanWordsWithAnotherMeaningAreReadOneWay() {
        for (british, american) in [("rigours", "rigors"), ("metres", "meters"), ("grey", "gray"), ("licence", "license"), ("programme", "program")] {
            #expect(SpellingVariants.variants(of: british) == [american], "\(british)")
            #expect(SpellingVariants.variants(of: american).isEmpty, "\(american): \(SpellingVariants.variants(of: american))")
        }
    }

    /// A public caller's capitals are read as the word (review, 6).
    @Test func capitalsAreReadAsTheWord() {
        #expect(SpellingVariants.variants(of: "Tumour") == ["tumor"])
        #expect(SpellingVariants.american("Randomised") == "randomized")
        #expect(SpellingVariants.american("mTOR") == "mTOR")
    }

    /// SemCor tags the American spelling only; the British one counts as it does.
    @Test func aBritishSpellingIsAsCommonAsItsAmericanOne() throws {
        _ = try WordNet.shared()
        #expect(WordRarity.commonness(of: "behavior") > 0)
        #expect(WordRarity.commonness(of: "behaviour") == WordRarity.commonness(of: "behavior"))
    }
}
