/// Responses written for these tests in the real formats of each API (made-up works; no third-party
/// record is copied). Shapes follow the genuine samples: PubMed efetch XML, PMC JATS, E-utilities
/// esearch/elink, Crossref `/works/{doi}` JSON, Europe PMC `search?resultType=core` JSON.
enum Fixtures {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Two articles: a structured abstract with labels, and a retracted one with its notice.
    static let pubMedSet = """
    <?xml version="1.0" ?>
    <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
    <PubmedArticleSet>
    <PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">31000001</PMID>
      <Article PubModel="Print"><Journal><ISSN IssnType="Print">1234-5678</ISSN>
        <JournalIssue CitedMedium="Print"><Volume>12</Volume><PubDate><Year>2019</Year><Month>Jun</Month></PubDate></JournalIssue>
        <Title>Journal of Sleep Studies</Title><ISOAbbreviation>J Sleep Stud</ISOAbbreviation></Journal>
        <ArticleTitle>Evening walking and insomnia in older adults: a randomised trial.</ArticleTitle>
        <ELocationID EIdType="doi" ValidYN="Y">10.5555/JSS.2019.0001</ELocationID>
        <Abstract>
          <AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">Insomnia is common in adults over 60 and
            treatment with &#946;-blockers is <i>rarely</i> indicated.</AbstractText>
          <AbstractText Label="RESULTS" NlmCategory="RESULTS">Brisk evening walks had no significant effect on insomnia (P &lt; 0.2).</AbstractText>
        </Abstract>
        <PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType>
          <PublicationType UI="D016449">Randomized Controlled Trial</PublicationType></PublicationTypeList>
      </Article>
      <CommentsCorrectionsList><CommentsCorrections RefType="Cites"><RefSource>Sleep. 2001;1:1</RefSource><PMID Version="1">11111111</PMID></CommentsCorrections></CommentsCorrectionsList>
    </MedlineCitation>
    <PubmedData><ArticleIdList><ArticleId IdType="pubmed">31000001</ArticleId><ArticleId IdType="doi">10.5555/jss.2019.0001</ArticleId>
      <ArticleId IdType="pmc">PMC7000001</ArticleId></ArticleIdList>
      <ReferenceList><Reference><Citation>Other work.</Citation><ArticleIdList><ArticleId IdType="doi">10.9999/not-this-one</ArticleId><ArticleId IdType="pubmed">22222222</ArticleId></ArticleIdList></Reference></ReferenceList>
    </PubmedData></PubmedArticle>
    <PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">31000002</PMID>
      <Article PubModel="Print"><Journal><JournalIssue CitedMedium="Internet"><PubDate><MedlineDate>2018 Dec-2019 Jan</MedlineDate></PubDate></JournalIssue>
        <Title>Cardiology Letters</Title></Journal>
        <ArticleTitle>Coffee prevents heart disease.</ArticleTitle>
        <Abstract><AbstractText>Coffee drinkers had 50% fewer heart attacks.</AbstractText></Abstract>
        <PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType>
          <PublicationType UI="D016441">Retracted Publication</PublicationType></PublicationTypeList>
      </Article>
      <CommentsCorrectionsList><CommentsCorrections RefType="RetractionIn"><RefSource>Cardiol Lett. 2020;3:9</RefSource><PMID Version="1">32000009</PMID></CommentsCorrections></CommentsCorrectionsList>
    </MedlineCitation>
    <PubmedData><ArticleIdList><ArticleId IdType="pubmed">31000002</ArticleId></ArticleIdList></PubmedData></PubmedArticle>
    </PubmedArticleSet>
    """

    /// A retraction notice as PubMed lists it.
    static let pubMedNotice = """
    <?xml version="1.0" ?>
    <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">32000009</PMID>
      <Article><Journal><JournalIssue><PubDate><Year>2020</Year></PubDate></JournalIssue><Title>Cardiology Letters</Title></Journal>
        <ArticleTitle>Retraction notice to "Coffee prevents heart disease".</ArticleTitle>
        <PublicationTypeList><PublicationType UI="D016440">Retraction of Publication</PublicationType></PublicationTypeList>
      </Article>
      <CommentsCorrectionsList><CommentsCorrections RefType="RetractionOf"><RefSource>Cardiol Lett. 2019</RefSource><PMID Version="1">31000002</PMID></CommentsCorrections></CommentsCorrectionsList>
    </MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="pubmed">32000009</ArticleId></ArticleIdList></PubmedData></PubmedArticle></PubmedArticleSet>
    """

    /// An open-access article as PMC efetch wraps it.
    static let jatsArticleSet = """
    <?xml version="1.0" ?>
    <!DOCTYPE pmc-articleset PUBLIC "-//NLM//DTD ARTICLE SET 2.0//EN" "https://dtd.nlm.nih.gov/ncbi/pmc/articleset/nlm-articleset-2.0.dtd">
    <pmc-articleset><article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="research-article">
    <?properties open_access?>
    <front>
      <journal-meta><journal-id journal-id-type="nlm-ta">J Sleep Stud</journal-id>
        <journal-title-group><journal-title>Journal of Sleep Studies</journal-title></journal-title-group></journal-meta>
      <article-meta>
        <article-id pub-id-type="pmid">31000001</article-id>
        <article-id pub-id-type="pmc">7000001</article-id>
        <article-id pub-id-type="doi">10.5555/jss.2019.0001</article-id>
        <title-group><article-title>Evening walking and <italic>insomnia</italic> in older adults</article-title>
          <alt-title alt-title-type="running-head">Walking and insomnia</alt-title></title-group>
        <pub-date pub-type="epub"><day>3</day><month>6</month><year>2019</year></pub-date>
        <abstract><sec><title>Background</title><p>Insomnia affects one adult in three.</p></sec>
          <sec><title>Results</title><p>Walking had no significant effect.</p></sec></abstract>
        <abstract abstract-type="graphical"><p>A picture of a walker.</p></abstract>
      </article-meta>
    </front>
    <body>
      <p>Sleep matters to everyone.</p>
      <sec id="s1"><title>Introduction</title>
        <p>Evening walks are widely recommended <xref ref-type="bibr" rid="r1">[1]</xref>.</p>
        <sec id="s1a"><title>Prior work</title><p>Earlier trials were small.</p></sec>
        <p>We ran a larger trial.</p>
      </sec>
      <sec id="s2"><title>Results</title>
        <fig id="f1"><label>Figure 1</label><caption><title>Insomnia by group.</title><p>Bars show the proportion with insomnia.</p></caption>
          <graphic xlink:href="f1.jpg"/></fig>
        <table-wrap id="t1"><label>Table 1</label><caption><p>Baseline characteristics.</p></caption>
          <table><tr><td>secret cell text</td></tr></table></table-wrap>
        <p>The risk ratio was <inline-formula><mml:math><mml:mn>0.98</mml:mn></mml:math></inline-formula> overall.</p>
      </sec>
    </body>
    <back><ref-list><title>References</title>
      <ref id="r1"><label>1</label><mixed-citation publication-type="journal"><name><surname>Doe</surname><given-names>J</given-names></name> (<year>2010</year>) <article-title>Walking helps sleep</article-title>. <source>Sleep J</source> <volume>1</volume>: <fpage>1</fpage>. <pub-id pub-id-type="doi">10.5555/sleepj.2010.1</pub-id> <pub-id pub-id-type="pmid">20000001</pub-id></mixed-citation></ref>
      <ref id="r2"><label>2</label><element-citation publication-type="journal"><person-group><name><surname>Roe</surname><given-names>R</given-names></name></person-group><article-title>Another study</article-title><source>Rest</source><year>2011</year></element-citation></ref>
    </ref-list></back>
    </article></pmc-articleset>
    """

    /// A retracted article (PMC links it forward to its notice) and a notice, as bare `<article>`s.
    static let jatsRetracted = """
    <article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article"><front><article-meta>
      <article-id pub-id-type="pmc">PMC7000002</article-id>
      <title-group><article-title>Coffee prevents heart disease</article-title></title-group>
      <related-article related-article-type="retraction-forward" ext-link-type="doi" xlink:href="10.5555/cl.2020.9"/>
    </article-meta></front><body><p>Coffee drinkers had fewer heart attacks.</p></body></article>
    """

    static let jatsNotice = """
    <article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="retraction"><front><article-meta>
      <title-group><article-title>Retraction: Coffee prevents heart disease</article-title></title-group>
      <related-article related-article-type="retracted-article" ext-link-type="pubmed" xlink:href="31000002"/>
    </article-meta></front><body><p>This article has been retracted at the request of the authors.</p></body></article>
    """

    static let eSearch = """
    <?xml version="1.0" encoding="UTF-8" ?>
    <!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">
    <eSearchResult><Count>2543</Count><RetMax>3</RetMax><RetStart>0</RetStart><IdList>
    <Id>31000001</Id>
    <Id>31000003</Id>
    <Id>31000002</Id>
    </IdList><TranslationSet/><TranslationStack><TermSet><Term>walking[All Fields]</Term><Field>All Fields</Field><Count>99</Count><Explode>N</Explode></TermSet></TranslationStack><QueryTranslation>walking[All Fields]</QueryTranslation></eSearchResult>
    """

    static let eSearchEmpty = """
    <?xml version="1.0" encoding="UTF-8" ?>
    <eSearchResult><Count>0</Count><RetMax>0</RetMax><RetStart>0</RetStart><IdList/><TranslationSet/><QueryTranslation>(zzqx[All Fields])</QueryTranslation><ErrorList><PhraseNotFound>zzqx</PhraseNotFound></ErrorList></eSearchResult>
    """

    static let eLink = """
    <?xml version="1.0" encoding="UTF-8" ?>
    <eLinkResult><LinkSet><DbFrom>pubmed</DbFrom><IdList><Id>31000001</Id></IdList>
      <LinkSetDb><DbTo>pubmed</DbTo><LinkName>pubmed_pubmed</LinkName><Link><Id>5</Id></Link></LinkSetDb>
      <LinkSetDb><DbTo>pmc</DbTo><LinkName>pubmed_pmc</LinkName><Link><Id>7000001</Id></Link></LinkSetDb>
    </LinkSet></eLinkResult>
    """

    /// A retracted work: Crossref lists the notice under `updated-by`.
    static let crossrefRetracted = """
    {"status":"ok","message-type":"work","message-version":"1.0.0","message":{
      "publisher":"Example Press","DOI":"10.5555/cl.2019.7","type":"journal-article",
      "title":["Coffee <i>prevents</i> heart disease"],"container-title":["Cardiology Letters"],
      "issued":{"date-parts":[[2019,1]]},"created":{"date-parts":[[2018,12,2]]},
      "abstract":"<jats:title>Abstract</jats:title><jats:p>Coffee drinkers had 50% fewer heart attacks (P &lt; 0.05).</jats:p><jats:sec><jats:title>Conclusions</jats:title><jats:p>Drink coffee.</jats:p></jats:sec>",
      "updated-by":[{"updated":{"date-parts":[[2020,3,1]]},"DOI":"10.5555/cl.2020.9","type":"retraction","source":"publisher","label":"Retraction"}]
    }}
    """

    /// The notice itself: `update-to` points at the retracted work.
    static let crossrefNotice = """
    {"status":"ok","message-type":"work","message":{"DOI":"10.5555/cl.2020.9","type":"journal-article",
      "title":["Retraction notice"],"container-title":["Cardiology Letters"],"issued":{"date-parts":[[2020,3]]},
      "update-to":[{"updated":{"date-parts":[[2020,3,1]]},"DOI":"10.5555/cl.2019.7","type":"retraction","label":"Retraction"}]}}
    """

    /// Retracted in place: `update-to` names the work's own DOI.
    static let crossrefInPlace = """
    {"status":"ok","message":{"DOI":"10.5555/X.1","title":["A work"],"issued":{"date-parts":[[null]]},"published-online":{"date-parts":[[2017]]},
      "update-to":[{"DOI":"10.5555/x.1","type":"retraction"}]}}
    """

    static let crossrefPlain = """
    {"status":"ok","message":{"DOI":"10.5555/jss.2019.0001","type":"journal-article","title":["Evening walking and insomnia in older adults"],
      "container-title":["Journal of Sleep Studies"],"published-print":{"date-parts":[[2019,6,3]]},
      "relation":{"has-preprint":[{"id-type":"doi","id":"10.5555/pre.1","asserted-by":"object"}]}}}
    """

    static let europePMCSearch = """
    {"version":"6.9","hitCount":2,"nextCursorMark":"AoE=","request":{"queryString":"walking AND insomnia","resultType":"core","cursorMark":"*","pageSize":3,"sort":"","synonym":false},
     "resultList":{"result":[
      {"id":"31000001","source":"MED","pmid":"31000001","pmcid":"PMC7000001","doi":"10.5555/jss.2019.0001",
       "title":"Evening walking and insomnia in older adults.","authorString":"Doe J.",
       "journalInfo":{"yearOfPublication":2019,"journal":{"title":"Journal of Sleep Studies","isoabbreviation":"J Sleep Stud"}},
       "pubYear":"2019","abstractText":"<h4>Background</h4>Insomnia is common.<h4>Results</h4>H<sub>2</sub>O intake and walks had no significant effect.",
       "pubTypeList":{"pubType":["research-article","Journal Article"]},"isOpenAccess":"Y","inEPMC":"Y","inPMC":"Y"},
      {"id":"31000002","source":"MED","pmid":"31000002","title":"Coffee prevents heart disease.","pubYear":"2019",
       "abstractText":"Coffee drinkers had fewer heart attacks.","pubTypeList":{"pubType":["Journal Article","Retracted Publication"]},"isOpenAccess":"N"}
     ]}}
    """

    static let europePMCEmpty = """
    {"version":"6.9","hitCount":0,"request":{"queryString":"zzqx","resultType":"lite","cursorMark":"%2A","pageSize":25,"sort":"","synonym":false},"resultList":{"result":[]}}
    """

    /// Billion laughs: ten levels of tenfold entity expansion inside an otherwise valid response.
    static func billionLaughs(root: String, inner: String) -> String {
        var entities = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            entities += "<!ENTITY lol\(level) \"\(previous)\">\n"
        }
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE \(root) [\n\(entities)]>\n" + inner.replacingOccurrences(of: "PAYLOAD", with: "&lol9;")
    }

    /// XXE: an external entity naming a local file.
    static func externalEntity(root: String, inner: String) -> String {
        "<?xml version=\"1.0\"?>\n<!DOCTYPE \(root) [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
            + inner.replacingOccurrences(of: "PAYLOAD", with: "&xxe;")
    }
}
