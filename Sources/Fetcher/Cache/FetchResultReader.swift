import FactCheckModel
import Foundation

/// The last step of a web fetch, on a blocking thread: turns the transfer's outcome into a document
/// (reusing cached passages when the server says, or the bytes show, nothing changed) and records
/// the answer in the cache.
enum FetchResultReader {
    static func document(
        for ref: SourceRef, url: String, outcome: HTTPTransferOutcome, override: RetryPlan.SourceStatusReason?,
        cached: CacheEntry?, cache: SourceCache?
    ) -> SourceDocument {
        let now = Date().timeIntervalSince1970
        if case .failure(.cancelled, _) = outcome {
            // Says nothing about the source: never cached.
            return HTTPOutcomeInterpreter.document(for: ref, outcome: outcome)
        }
        if case .failure(let failure, _) = outcome, case .refusedAddress = failure {
            // Depends on --allow-private-network, not on the source: not cached either.
            return HTTPOutcomeInterpreter.document(for: ref, outcome: outcome)
        }
        guard case .response(let response) = outcome else {
            let document = HTTPOutcomeInterpreter.document(for: ref, outcome: outcome)
            cache?.store(CacheEntry(
                document: document, url: url, httpStatus: nil, etag: nil, lastModified: nil, fetchedAt: now,
                bodyHash: nil, reachedNonPublicAddress: false))
            return document
        }

        if let override {
            let document = SourceDocument(
                ref: ref, status: override.blocked ? .blocked : .httpError, reason: override.reason,
                finalURL: response.finalURL, contentType: response.header("Content-Type"))
            save(document, response: response, bodyHash: nil, now: now, cache: cache, url: url)
            return document
        }

        if response.statusCode == 304, var entry = cached, entry.status == .ok {
            // Not modified: the stored passages are the document. New validators replace old ones.
            entry.fetchedAt = now
            entry.etag = response.header("ETag") ?? entry.etag
            entry.lastModified = response.header("Last-Modified") ?? entry.lastModified
            cache?.store(entry)
            return entry.document(for: ref)
        }

        let isBody = HTTPOutcomeInterpreter.describe(statusCode: response.statusCode) == nil
        let bodyHash = isBody ? SHA256.hex(response.body) : nil
        var document: SourceDocument
        if let bodyHash, let cached, cached.status == .ok, cached.bodyHash == bodyHash {
            // Same bytes as last time: skip the parse.
            document = cached.document(for: ref)
            document.finalURL = response.finalURL
        } else {
            document = HTTPOutcomeInterpreter.document(for: ref, outcome: outcome)
        }
        save(document, response: response, bodyHash: bodyHash, now: now, cache: cache, url: url)
        return document
    }

    private static func save(
        _ document: SourceDocument, response: HTTPResponseData, bodyHash: String?, now: Double, cache: SourceCache?,
        url: String
    ) {
        guard let cache else { return }
        let readable = document.status == .ok
        cache.store(CacheEntry(
            document: document, url: url, httpStatus: response.statusCode,
            etag: readable ? response.header("ETag") : nil,
            lastModified: readable ? response.header("Last-Modified") : nil,
            fetchedAt: now, bodyHash: bodyHash, reachedNonPublicAddress: response.reachedNonPublicAddress))
    }
}
