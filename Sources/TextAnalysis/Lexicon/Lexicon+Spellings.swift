extension Lexicon {
    /// Word beginnings that British and American English spell differently, the rest of the word
    /// spelt alike: mostly the Greek and Latin "ae" and "oe" of medicine, which American English
    /// writes "e" ("haemorrhagic" / "hemorrhagic", "oesophageal" / "esophageal"). A literature
    /// search that types one spelling misses every paper indexed under the other. Each beginning
    /// is long enough that the American one starts no other word ("hemo", not "hem": "hemisphere";
    /// "faecal", not "faec": "fecundity"; "oestro", not "oestr": "estranged"). (British, American).
    public static let spellingBeginnings: [(british: String, american: String)] = [
        ("haemo", "hemo"), ("haema", "hema"), ("anaesth", "anesth"), ("aetiol", "etiol"),
        ("paediatr", "pediatr"), ("orthopaed", "orthoped"), ("gynaec", "gynec"), ("caesarea", "cesarea"),
        ("faecal", "fecal"), ("faeces", "feces"), ("oesophag", "esophag"), ("oestro", "estro"), ("oestradiol", "estradiol"), ("oestri", "estri"),
        ("oestrus", "estrus"), ("oedem", "edem"),
        ("foetus", "fetus"), ("foetal", "fetal"), ("coeliac", "celiac"), ("apnoe", "apne"),
        ("homoeopath", "homeopath"), ("homoeosta", "homeosta"),
        ("sulph", "sulf"), ("tumour", "tumor"), ("behaviour", "behavior"), ("sceptic", "skeptic"),
    ]

    /// Prefixes medicine writes closed before a word of ``spellingBeginnings`` ("antioestrogen",
    /// "gastrooesophageal", "perioesophageal", "nonhaemolytic"): the beginning is read after them.
    public static let spellingCompoundPrefixes: [String] = [
        "anti", "gastro", "peri", "post", "pre", "non", "intra", "extra", "hyper", "hypo", "neo", "pseudo", "trans",
    ]

    /// Word endings British and American English spell differently, systematically: "-ise" /
    /// "-ize" and "-isation" / "-ization" ("randomised", "hospitalization"), "-yse" / "-yze"
    /// ("analysed"), and the blood's "-aemia" / "-emia" ("ischaemia", "leukaemic", "hypoglycaemia");
    /// and the Greek "oe" and "ae" after a root, where no beginning can find them: "-rrhoea"
    /// ("diarrhoea", "gonorrhoea", "seborrhoeic"), "-pnoea" ("dyspnoea", "tachypnoea"), "-oedema"
    /// ("lymphoedema"), "-aesthesia" ("paraesthesia", "kinaesthetic"), "-haemoglobin" ("oxyhaemoglobin").
    /// Each as the part spelt differently (British, American), the inflections written after it,
    /// and the shortest root before it ("an-aemia"; "ra-ise" is no "-ise" word). A word whose ending
    /// belongs to its root is left alone (``spellingEndingExceptions``).
    public static let spellingEndings: [(british: String, american: String, inflections: [String], shortestRoot: Int)] = [
        ("is", "iz", ["e", "ed", "es", "ing", "er", "ers", "ation", "ations"], 3),
        ("ys", "yz", ["e", "ed", "ing"], 3),
        ("aem", "em", ["ia", "ias", "ic"], 2),
        ("rrhoe", "rrhe", ["a", "as", "al", "ic"], 2),
        ("pnoe", "pne", ["a", "as", "ic"], 1),
        ("oedem", "edem", ["a", "as", "ata", "atous"], 3),
        ("aesthe", "esthe", ["sia", "sias", "tic", "tics"], 3),
        ("haemoglobin", "hemoglobin", ["", "s"], 1),
    ]

    /// Words that end in one of ``spellingEndings`` in both Englishes, the ending part of the root
    /// ("exercise", "advise", "surprise"; "downsize", "seize", "prize": "prise" is another word;
    /// names, "Louise", "Belize"; "academia", "systemic", "epistemic": no blood). A word is left
    /// alone when one of its forms with the ending ("exercised": "exercise") ends with one of these
    /// ("otherwise", "downsized"), so none may end a word the rule should respell ("arise" would
    /// end "summarise"; "size" would end "hypothesize" and "metastasize", so the "-size" words are
    /// listed whole). Roots shorter than three letters before "-ise" are left alone without a list
    /// ("raise", "noise", "size", "crises").
    public static let spellingEndingExceptions: [String] = [
        "advise", "devise", "revise", "supervise", "televise", "improvise", "wise", "sunrise", "uprise", "raise",
        "comprise", "surprise", "enterprise", "premise", "demise", "compromise", "surmise", "chemise", "exercise",
        "excise", "incise", "circumcise", "concise", "precise", "expertise", "franchise", "merchandise", "guise",
        "despise", "chastise", "advertise", "bruise", "cruise", "paradise", "treatise", "valise",
        "reprise", "apprise", "practise", "promise", "tortoise", "porpoise", "turquoise", "poise",
        "capsize", "downsize", "oversize", "outsize", "undersize", "resize", "seize", "prize", "maize", "baize",
        "belize", "louise", "denise", "cerise", "marquise",
        "academia", "academic", "epidemic", "endemic", "pandemic", "systemic", "polemic", "totemic",
        "epistemic", "phonemic", "graphemic", "morphemic", "lexemic", "alchemic", "bohemia",
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

    /// American spellings of ``spellingWords`` that are also other words in American English
    /// ("rigors" are chills, "meters" measure, "gray" is a unit, "program" is software, "license"
    /// is the verb in both): read British → American only, so an American claim's word is not
    /// searched as a British word it may not mean.
    public static let spellingWordsReadOneWay: [String] = ["rigor", "meter", "gray", "license", "program"]

    /// The endings a word of ``spellingWords`` keeps in either spelling. Not "-al": "humoral" is
    /// spelt so in both. A "-re" word takes only those that begin with a consonant ("centres"), because
    /// British English drops its "e" before a vowel ("centred", "centring").
    public static let spellingWordEndings: [String] = [
        "", "s", "ed", "ing", "able", "ably", "ite", "ites", "hood", "hoods", "less", "ful",
    ]
}
