import FactCheckModel

/// Turns what a transfer produced into a ``SourceDocument``, with a reason an editor can act on.
enum HTTPOutcomeInterpreter {
    static func document(for ref: SourceRef, outcome: HTTPTransferOutcome) -> SourceDocument {
        switch outcome {
        case .failure(let failure, let finalURL):
            let (status, reason) = describe(failure)
            return SourceDocument(ref: ref, status: status, reason: reason, finalURL: finalURL)
        case .response(let response):
            let mediaType = response.header("Content-Type").flatMap(MediaType.init(headerValue:))
            if let (status, reason) = describe(statusCode: response.statusCode) {
                return SourceDocument(
                    ref: ref, status: status, reason: reason, finalURL: response.finalURL,
                    contentType: response.header("Content-Type"))
            }
            return SourceContentReader.document(
                for: ref, finalURL: response.finalURL, mediaType: mediaType, body: response.body)
        }
    }

    /// Nil for a status whose body is the document (2xx other than 206); otherwise the failure.
    static func describe(statusCode code: Int) -> (SourceStatus, String)? {
        switch code {
        case 200...299 where code != 206:
            return nil
        case 206:
            // We never ask for a range, so a partial body is not the document.
            return (.httpError, "only part of the document was sent (HTTP 206)")
        case 404, 410:
            return (.notFound, "not found (HTTP \(code))")
        case 401, 403, 429:
            return (.blocked, "blocked by the server (HTTP \(code))")
        case 500...599:
            return (.httpError, "server error (HTTP \(code))")
        case 400...499:
            return (.httpError, "request rejected by the server (HTTP \(code))")
        case 300...399:
            return (.httpError, "redirect without a usable destination (HTTP \(code))")
        default:
            return (.httpError, "unexpected answer (HTTP \(code))")
        }
    }

    static func describe(_ failure: HTTPTransferFailure) -> (SourceStatus, String) {
        switch failure {
        case .refusedAddress(let address, let restriction):
            return (.refused, NetworkAddressPolicy.refusalReason(address: address, restriction: restriction))
        case .refusedScheme(let scheme):
            return (.refused, "refused: redirected to a \(scheme): URL; only http and https are fetched")
        case .tooLarge(let limit):
            return (.tooLarge, "too large: more than \(formatBytes(limit)), the limit")
        case .tooManyRedirects(let limit):
            return (.tooLarge, "too many redirects (more than \(limit))")
        case .timedOut(let seconds, let connected):
            return connected
                ? (.timeout, "timed out: no complete answer within \(formatSeconds(seconds))")
                : (.timeout, "timed out: could not connect within \(formatSeconds(seconds))")
        case .cancelled:
            return (.networkError, "cancelled before the source was fetched")
        case .network(let message):
            return (.networkError, "network error: \(message)")
        }
    }

    /// "10,000,000 bytes"
    static func formatBytes(_ count: Int) -> String {
        let digits = String(count)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return "\(grouped) bytes"
    }

    /// "20 s", "1.5 s"
    static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e15 ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}
