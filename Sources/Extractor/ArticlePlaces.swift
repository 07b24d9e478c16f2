import FactCheckModel

/// Where each sentence stands in its article (``ArticleClaimFeatures/Place``), computed once per
/// article: its position among the body sentences, its block's role and size, and whether a link
/// sits in it. Headings and reference entries are no body sentences.
struct ArticlePlaces {
    private var places: [Int: ArticleClaimFeatures.Place] = [:]

    init(article: Article, citations: [Int: [String]]) {
        let body = article.sentences.indices.filter { article.sentences[$0].role != .heading && article.sentences[$0].role != .reference }
        var blockSizes: [Int: Int] = [:]
        for index in body { blockSizes[article.sentences[index].block, default: 0] += 1 }
        for (order, index) in body.enumerated() {
            let sentence = article.sentences[index]
            places[index] = ArticleClaimFeatures.Place(
                position: body.count > 1 ? Double(order) / Double(body.count - 1) : 0, index: order, role: sentence.role,
                blockSentences: blockSizes[sentence.block] ?? 1, linked: !(citations[index] ?? []).isEmpty)
        }
    }

    func place(of index: Int) -> ArticleClaimFeatures.Place {
        places[index] ?? ArticleClaimFeatures.Place(position: 0, index: 0, role: .paragraph, blockSentences: 1, linked: false)
    }
}
