import CCurl

/// One HTTP(S) GET over a libcurl easy handle, blocking, with every safety option set.
///
/// Owns the handle, the header list, the error buffer and the callback context, and frees them in
/// `deinit`: not `Sendable`, so it lives and dies on the thread that runs it. Only the
/// ``HTTPTransferOutcome`` it returns leaves that thread.
///
/// The options live here, in one place: ``CurlMultiLoop`` adds these configured handles to its
/// `CURLM`, and ``perform()`` remains for a single blocking transfer.
final class CurlEasyTransfer {
    /// The easy handle, for adding to and removing from a multi handle; owned by this object.
    let handle: UnsafeMutableRawPointer
    private let context: TransferContext
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var requestHeaders: UnsafeMutablePointer<curl_slist>?
    private let policy: FetchPolicy
    /// A problem met while configuring the handle; reported instead of performing.
    private var setupFailure: String?

    /// What we tell servers we can read. Anything is accepted (we decide after looking), but a server
    /// offering a choice should pick the text.
    static let acceptHeader = "Accept: text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"

    /// Nil when libcurl could not be initialised or gave no handle; the reason is in `initFailure`.
    /// `extraHeaders` are whole header lines ("If-None-Match: \"abc\""), sent with every request.
    init?(url: String, policy: FetchPolicy, cancellation: CancellationFlag, extraHeaders: [String] = []) {
        guard CurlRuntime.ensureInitialised() == nil, let handle = curl_easy_init() else { return nil }
        self.handle = handle
        self.policy = policy
        context = TransferContext(
            maxBytes: policy.maxBytes, addressPolicy: policy.addressPolicy, cancellation: cancellation)
        errorBuffer = .allocate(capacity: Int(factcheck_curl_error_size))
        errorBuffer.initialize(repeating: 0, count: Int(factcheck_curl_error_size))
        configure(url: url, extraHeaders: extraHeaders)
    }

    deinit {
        // The handle first: libcurl may still refer to the list and the buffer until cleanup.
        curl_easy_cleanup(handle)
        curl_slist_free_all(requestHeaders)
        errorBuffer.deallocate()
    }

    private func set(_ option: CURLoption, _ value: Int) {
        check(factcheck_curl_easy_setopt_long(handle, option, value), option)
    }

    private func set(_ option: CURLoption, _ value: String) {
        check(factcheck_curl_easy_setopt_string(handle, option, value), option)
    }

    private func check(_ code: CURLcode, _ option: CURLoption) {
        // A safety option libcurl does not take must stop the transfer, not be silently skipped.
        if code != CURLE_OK, setupFailure == nil {
            setupFailure = "libcurl rejected option \(option.rawValue): \(String(cString: curl_easy_strerror(code)))"
        }
    }

    /// A setup problem, if any: the handle must then not be performed or added to a multi handle.
    var configurationFailure: String? { setupFailure }

    private func configure(url: String, extraHeaders: [String]) {
        set(CURLOPT_URL, url)
        // Only ever http and https, for the first request and for every redirect: never file:, ftp:,
        // gopher:, dict: or the other schemes libcurl speaks.
        set(CURLOPT_PROTOCOLS_STR, "http,https")
        set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        set(CURLOPT_FOLLOWLOCATION, 1)
        set(CURLOPT_MAXREDIRS, policy.maxRedirects)
        // A proxy would resolve the host itself, out of reach of the address check below, so the
        // environment's http_proxy is ignored. (An explicit, trusted proxy setting can come later.)
        set(CURLOPT_PROXY, "")
        // Signals are process-wide; a threaded program must not let libcurl use SIGALRM for timeouts.
        set(CURLOPT_NOSIGNAL, 1)
        set(CURLOPT_TIMEOUT_MS, Self.milliseconds(policy.timeoutSeconds))
        set(CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(policy.connectTimeoutSeconds))
        check(factcheck_curl_easy_setopt_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(policy.maxBytes)),
              CURLOPT_MAXFILESIZE_LARGE)
        // "" offers every encoding this libcurl can decode (gzip, deflate, br, zstd) and decodes it;
        // the write callback then counts decoded bytes.
        set(CURLOPT_ACCEPT_ENCODING, "")
        set(CURLOPT_USERAGENT, policy.userAgent)
        requestHeaders = curl_slist_append(nil, Self.acceptHeader)
        for line in extraHeaders where !line.contains("\r") && !line.contains("\n") {
            // A header value from a cache row must not smuggle in a second header line.
            requestHeaders = curl_slist_append(requestHeaders, line)
        }
        check(factcheck_curl_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, requestHeaders), CURLOPT_HTTPHEADER)
        check(factcheck_curl_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer), CURLOPT_ERRORBUFFER)

        let opaque = context.opaque
        check(factcheck_curl_easy_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
            TransferContext.from(context)?.receiveBody(data, count: size * count) ?? 0
        }, CURLOPT_WRITEFUNCTION)
        check(factcheck_curl_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, opaque), CURLOPT_WRITEDATA)
        check(factcheck_curl_easy_setopt_write_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, context in
            TransferContext.from(context)?.receiveHeaderLine(data, count: size * count) ?? 0
        }, CURLOPT_HEADERFUNCTION)
        check(factcheck_curl_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, opaque), CURLOPT_HEADERDATA)
        // The address check: libcurl calls this for every connection it opens (each redirect hop,
        // each address it tries), with the address DNS produced, so rebinding tricks are caught too.
        check(factcheck_curl_easy_setopt_opensocket_callback(handle) { context, _, address in
            guard let context = TransferContext.from(context), let address else { return factcheck_curl_socket_bad }
            return context.openSocket(address)
        }, CURLOPT_OPENSOCKETFUNCTION)
        check(factcheck_curl_easy_setopt_pointer(handle, CURLOPT_OPENSOCKETDATA, opaque), CURLOPT_OPENSOCKETDATA)
        // The progress callback is how a cancelled task stops a blocked transfer.
        check(factcheck_curl_easy_setopt_xferinfo_callback(handle) { context, _, _, _, _ in
            TransferContext.from(context)?.progress() ?? 1
        }, CURLOPT_XFERINFOFUNCTION)
        check(factcheck_curl_easy_setopt_pointer(handle, CURLOPT_XFERINFODATA, opaque), CURLOPT_XFERINFODATA)
        set(CURLOPT_NOPROGRESS, 0)
    }

    static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite, seconds > 0 else { return 0 }  // 0: libcurl's "no limit"
        return Int(min(seconds * 1000, Double(Int32.max)).rounded(.up))
    }

    /// Runs the transfer to its end. Blocks the calling thread: never call it on Swift's cooperative pool.
    func perform() -> HTTPTransferOutcome {
        if let setupFailure { return .failure(.network(setupFailure), finalURL: nil) }
        return outcome(after: curl_easy_perform(handle))
    }

    /// Reads the result once libcurl has finished the transfer with `code`: from `curl_easy_perform`,
    /// or from a multi handle's `CURLMSG_DONE` message.
    func outcome(after code: CURLcode) -> HTTPTransferOutcome {
        let finalURL = stringInfo(CURLINFO_EFFECTIVE_URL)
        if code == CURLE_OK {
            return .response(
                HTTPResponseData(
                    statusCode: longInfo(CURLINFO_RESPONSE_CODE), finalURL: finalURL, headers: context.headers,
                    body: context.body, reachedNonPublicAddress: context.reachedNonPublicAddress))
        }
        return .failure(failure(for: code), finalURL: finalURL)
    }

    private func failure(for code: CURLcode) -> HTTPTransferFailure {
        // Our own callbacks' verdicts first: libcurl reports them only as generic errors.
        if let refusal = context.refusal { return .refusedAddress(refusal.address, refusal.restriction) }
        if context.exceededLimit { return .tooLarge(limit: policy.maxBytes) }
        switch code {
        case CURLE_FILESIZE_EXCEEDED:
            return .tooLarge(limit: policy.maxBytes)
        case CURLE_OPERATION_TIMEDOUT:
            // libcurl words a timeout by the stage it hit: "Resolving timed out", "Connection timed out",
            // or "Operation timed out" once connected. The connect time is the fallback if the text is gone.
            let text = String(cString: errorBuffer)
            let connected = text.isEmpty
                ? offTInfo(CURLINFO_CONNECT_TIME_T) > 0
                : !(text.hasPrefix("Resolving timed out") || text.hasPrefix("Connection timed out"))
            return .timedOut(
                seconds: connected ? policy.timeoutSeconds : min(policy.timeoutSeconds, policy.connectTimeoutSeconds),
                connected: connected)
        case CURLE_TOO_MANY_REDIRECTS:
            return .tooManyRedirects(limit: policy.maxRedirects)
        case CURLE_UNSUPPORTED_PROTOCOL:
            return .refusedScheme(redirectScheme() ?? "unknown")
        case CURLE_ABORTED_BY_CALLBACK where context.cancellation.isCancelled:
            return .cancelled
        default:
            return .network(errorText(code))
        }
    }

    /// The scheme of a redirect libcurl refused to follow, read from its Location header.
    private func redirectScheme() -> String? {
        let location = stringInfo(CURLINFO_REDIRECT_URL)
            ?? context.headers.first { $0.name.lowercased() == "location" }?.value
        guard let location, let colon = location.firstIndex(of: ":") else { return nil }
        return location[..<colon].lowercased()
    }

    private func errorText(_ code: CURLcode) -> String {
        let detail = String(cString: errorBuffer)
        return detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
    }

    private func longInfo(_ info: CURLINFO) -> Int {
        var value = 0
        return factcheck_curl_easy_getinfo_long(handle, info, &value) == CURLE_OK ? value : 0
    }

    private func offTInfo(_ info: CURLINFO) -> Int {
        var value: curl_off_t = 0
        return factcheck_curl_easy_getinfo_off_t(handle, info, &value) == CURLE_OK ? Int(value) : 0
    }

    private func stringInfo(_ info: CURLINFO) -> String? {
        var value: UnsafePointer<CChar>?
        guard factcheck_curl_easy_getinfo_string(handle, info, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }
}
