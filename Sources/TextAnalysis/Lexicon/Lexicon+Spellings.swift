extension Lexicon {
    /// Word beginnings that British and American English spell differently, the rest of the word
    /// spelt alike: mostly the Greek and Latin "ae" and "oe" of medicine, which American English
    /// writes "e" ("haemorrhagic" / "hemorrhagic", "oesophageal" / "esophageal"). A literature
    /// search that types one spelling misses every paper indexed under the other. Each beginning
    /// is long enough that the American one starts no other word ("hemo", not "hem": "hemisphere";
    /// "faecal", not "faec": "fecundity"). (British, American).
    public static let spellingBeginnings: [(british: String, american: String)] = [
        ("haemo", "hemo"), ("haema", "hema"), ("anaesth", "anesth"), ("aetiol", "etiol"),
        ("paediatr", "pediatr"), ("orthopaed", "orthoped"), ("gynaec", "gynec"), ("caesarea", "cesarea"),
        ("faecal", "fecal"), ("faeces", "feces"), ("oesophag", "esophag"), ("oestr", "estr"), ("oedem", "edem"),
        ("foetus", "fetus"), ("foetal", "fetal"), ("coeliac", "celiac"), ("diarrhoe", "diarrhe"),
        ("amenorrhoe", "amenorrhe"), ("dyspnoe", "dyspne"), ("apnoe", "apne"), ("homoeopath", "homeopath"),
        ("sulph", "sulf"), ("tumour", "tumor"), ("behaviour", "behavior"), ("sceptic", "skeptic"),
    ]

    /// Word endings British and American English spell differently, systematically: "-ise" /
    /// "-ize" and "-isation" / "-ization" ("randomised", "hospitalization"), "-yse" / "-yze"
    /// ("analysed"), and the blood's "-aemia" / "-emia" ("ischaemia", "leukaemic", "hypoglycaemia").
    /// Each as the part spelt differently (British, American), the inflections written after it,
    /// and the shortest root before it ("an-aemia"; "ra-ise" is no "-ise" word). A word whose ending
    /// belongs to its root is left alone (``spellingEndingExceptions``).
    public static let spellingEndings: [(british: String, american: String, inflections: [String], shortestRoot: Int)] = [
        ("is", "iz", ["e", "ed", "es", "ing", "er", "ers", "ation", "ations"], 3),
        ("ys", "yz", ["e", "ed", "ing"], 3),
        ("aem", "em", ["ia", "ias", "ic"], 2),
    ]

    /// Words that end in one of ``spellingEndings`` in both Englishes, the ending part of the root
    /// ("exercise", "advise", "surprise"; "size", "seize", "prize": "prise" is another word;
    /// "academia", "systemic", "epidemic": no blood). A word is left alone when one of its forms with
    /// the ending ("exercised": "exercise") ends with one of these ("otherwise", "downsized"), so
    /// none may end a word the rule should respell ("arise" would end "summarise"). Roots shorter
    /// than three letters before "-ise" are left alone without a list ("raise", "noise", "crises").
    public static let spellingEndingExceptions: [String] = [
        "advise", "devise", "revise", "supervise", "televise", "improvise", "wise", "sunrise", "uprise", "raise",
        "comprise", "surprise", "enterprise", "premise", "demise", "compromise", "surmise", "chemise", "exercise",
        "excise", "incise", "circumcise", "concise", "precise", "expertise", "franchise", "merchandise", "guise",
        "despise", "chastise", "advertise", "bruise", "cruise", "oise", "paradise", "treatise", "valise",
        "reprise", "apprise", "practise", "promise",
        "size", "seize", "prize", "maize", "baize",
        "academia", "academic", "epidemic", "endemic", "pandemic", "systemic", "polemic", "totemic",
    ]

    /// Whole words British and American English spell differently, with the ordinary endings of
    /// ``spellingWordEndings`` ("fibres" / "fibers", "favourable" / "favorable"): "-our" / "-or",
    /// "-re" / "-er" and a few more. Listed whole because the American spelling also begins other
    /// words that are spelt alike ("laboratory", "colorectal", "parameter", "vigorous").
    /// (British, American).
    public static let spellingWords: [(british: String, american: String)] = [
        ("colour", "color"), ("labour", "labor"), ("humour", "humor"), ("odour", "odor"), ("vapour", "vapor"),
        ("flavour", "flavor"), ("favour", "favor"), ("neighbour", "neighbor"), ("vigour", "vigor"), ("rigour", "rigor"),
        ("rumour", "rumor"), ("honour", "honor"),
        ("fibre", "fiber"), ("centre", "center"), ("litre", "liter"), ("millilitre", "milliliter"), ("metre", "meter"),
        ("kilometre", "kilometer"), ("centimetre", "centimeter"), ("millimetre", "millimeter"), ("theatre", "theater"),
        ("calibre", "caliber"), ("manoeuvre", "maneuver"),
        ("haem", "heme"), ("ageing", "aging"), ("aluminium", "aluminum"), ("grey", "gray"), ("programme", "program"),
        ("analogue", "analog"), ("catalogue", "catalog"), ("mould", "mold"), ("licence", "license"),
        ("defence", "defense"), ("offence", "offense"),
    ]

    /// The endings a word of ``spellingWords`` keeps in either spelling. Not "-al": "humoral" is
    /// spelt so in both. A "-re" word takes only those that begin with a consonant ("centres"), because
    /// British English drops its "e" before a vowel ("centred", "centring").
    public static let spellingWordEndings: [String] = [
        "", "s", "ed", "ing", "able", "ably", "ite", "ites", "hood", "hoods", "less", "ful",
    ]
}
