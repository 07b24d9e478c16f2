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
        ]
        for (british, american) in pairs {
            #expect(SpellingVariants.american(british) == american, "\(british)")
            #expect(SpellingVariants.british(american) == british, "\(american)")
        }
        #expect(SpellingVariants.variants(of: "haemolytic anaemia") == ["hemolytic anemia"])
    }

    /// Words spelt alike whose ending or beginning only looks like a variant's.
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

    /// SemCor tags the American spelling only; the British one counts as it does.
    @Test func aBritishSpellingIsAsCommonAsItsAmericanOne() throws {
        _ = try WordNet.shared()
        #expect(WordRarity.commonness(of: "behavior") > 0)
        #expect(WordRarity.commonness(of: "behaviour") == WordRarity.commonness(of: "behavior"))
    }
}
