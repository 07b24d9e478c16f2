import FactCheckModel
import Foundation

/// What the cache remembers about one URL: the answer (a readable document or a failure with its
/// reason), and what is needed to ask the server cheaply whether it changed.
struct CacheEntry: Sendable {
    /// The URL as cited (the key): a later run finds the entry by what the article says.
    var url: String
    var finalURL: String?
    var status: SourceStatus
    var reason: String?
    /// The HTTP status of the final response, when there was one.
    var httpStatus: Int?
    var contentType: String?
    /// Validators for conditional re-fetch (`If-None-Match`, `If-Modified-Since`).
    var etag: String?
    var lastModified: String?
    /// Seconds since 1970 of the last time the server was asked (a 304 counts).
    var fetchedAt: Double
    /// SHA-256 of the decoded body, hex; a 200 with the same bytes reuses the passages.
    var bodyHash: String?
    var title: String?
    var passages: [Passage]
    /// Some connection went to a non-public address: replayed only when the policy allows that.
    var reachedNonPublicAddress: Bool
    /// The whole document as JSON without its passages, so fields the model gains later (a
    /// retraction notice, say) survive a round trip through the cache; the columns above win.
    var documentJSON: String?

    init(document: SourceDocument, url: String, httpStatus: Int?, etag: String?, lastModified: String?,
         fetchedAt: Double, bodyHash: String?, reachedNonPublicAddress: Bool) {
        self.url = url
        finalURL = document.finalURL
        status = document.status
        reason = document.reason
        self.httpStatus = httpStatus
        contentType = document.contentType
        self.etag = etag
        self.lastModified = lastModified
        self.fetchedAt = fetchedAt
        self.bodyHash = bodyHash
        title = document.title
        passages = document.passages
        self.reachedNonPublicAddress = reachedNonPublicAddress
        var bare = document
        bare.passages = []
        documentJSON = (try? JSONEncoder().encode(bare)).map { String(decoding: $0, as: UTF8.self) }
    }

    init(url: String, finalURL: String?, status: SourceStatus, reason: String?, httpStatus: Int?, contentType: String?,
         etag: String?, lastModified: String?, fetchedAt: Double, bodyHash: String?, title: String?,
         passages: [Passage], reachedNonPublicAddress: Bool, documentJSON: String?) {
        self.url = url
        self.finalURL = finalURL
        self.status = status
        self.reason = reason
        self.httpStatus = httpStatus
        self.contentType = contentType
        self.etag = etag
        self.lastModified = lastModified
        self.fetchedAt = fetchedAt
        self.bodyHash = bodyHash
        self.title = title
        self.passages = passages
        self.reachedNonPublicAddress = reachedNonPublicAddress
        self.documentJSON = documentJSON
    }

    /// The stored answer, as the document a fetch of `ref` would return.
    func document(for ref: SourceRef) -> SourceDocument {
        var document = documentJSON.flatMap { try? JSONDecoder().decode(SourceDocument.self, from: Data($0.utf8)) }
            ?? SourceDocument(ref: ref, status: status)
        document.ref = ref
        document.status = status
        document.reason = reason
        document.finalURL = finalURL
        document.title = title
        document.contentType = contentType
        document.passages = passages
        return document
    }

    func isFresh(now: Double, settings: CacheSettings) -> Bool {
        now - fetchedAt < settings.timeToLive(okay: status == .ok)
    }

    /// Header lines that ask the server to answer 304 if the document has not changed. Only for a
    /// readable document: revalidating a failure would save nothing.
    var conditionalHeaders: [String] {
        guard status == .ok else { return [] }
        var lines: [String] = []
        if let etag { lines.append("If-None-Match: \(etag)") }
        if let lastModified { lines.append("If-Modified-Since: \(lastModified)") }
        return lines
    }
}
