import CCurl

/// libcurl's process-wide setup, done once before the first handle exists.
///
/// `curl_global_init` is not thread-safe against concurrent first calls in old libcurls, and must run
/// before any `curl_easy_init`; a `static let` is initialised exactly once, atomically, on first use.
/// It is never torn down: `curl_global_cleanup` while another thread still has a handle is undefined.
enum CurlRuntime {
    /// The result of `curl_global_init`; nil when it succeeded.
    static let initFailure: String? = {
        let code = factcheck_curl_global_init_all()
        return code == CURLE_OK ? nil : String(cString: curl_easy_strerror(code))
    }()

    /// Call before creating a handle. Returns why libcurl is unusable, or nil.
    static func ensureInitialised() -> String? { initFailure }
}
