#ifndef FACTCHECK_CCURL_SHIM_H
#define FACTCHECK_CCURL_SHIM_H

#include <curl/curl.h>

// Swift cannot call C variadic functions, and `curl_easy_setopt` / `curl_easy_getinfo` are variadic:
// one typed wrapper per argument kind. The option's type must match what libcurl documents for it
// (long, curl_off_t, char *, void *, struct curl_slist *, function pointer); passing the wrong kind is
// undefined behaviour in C too, so the Swift side names the wrapper that matches each option.

// MARK: Constants Swift cannot import (or imports with the wrong type)

/// `CURL_GLOBAL_ALL` is a macro of OR-ed macros; Swift imports it as Int32, `curl_global_init` wants long.
static const long factcheck_curl_global_all = CURL_GLOBAL_ALL;
/// `CURL_SOCKET_BAD` is a macro: the value an open-socket callback returns to refuse a connection.
static const curl_socket_t factcheck_curl_socket_bad = CURL_SOCKET_BAD;
/// `CURL_ERROR_SIZE`: the size `CURLOPT_ERRORBUFFER` must have.
static const int factcheck_curl_error_size = CURL_ERROR_SIZE;
/// `CURLVERSION_NOW` is a macro naming an enum constant: pass this to `curl_version_info`.
static const CURLversion factcheck_curl_version_now = CURLVERSION_NOW;

// MARK: curl_easy_setopt

static inline CURLcode factcheck_curl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode factcheck_curl_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

/// libcurl copies strings it is given (since 7.17), so the Swift string may go away after the call.
static inline CURLcode factcheck_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

/// For data pointers that libcurl keeps and hands back (WRITEDATA, HEADERDATA, OPENSOCKETDATA,
/// XFERINFODATA, PRIVATE, ERRORBUFFER): the caller keeps them alive for the handle's lifetime.
static inline CURLcode factcheck_curl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

/// libcurl does NOT copy lists: the caller frees the list only after the handle is cleaned up.
static inline CURLcode factcheck_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

/// CURLOPT_WRITEFUNCTION and CURLOPT_HEADERFUNCTION share this signature.
static inline CURLcode factcheck_curl_easy_setopt_write_callback(CURL *handle, CURLoption option,
                                                                 curl_write_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

/// CURLOPT_OPENSOCKETFUNCTION.
static inline CURLcode factcheck_curl_easy_setopt_opensocket_callback(CURL *handle,
                                                                      curl_opensocket_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_OPENSOCKETFUNCTION, callback);
}

/// CURLOPT_XFERINFOFUNCTION (progress; returning non-zero aborts the transfer).
static inline CURLcode factcheck_curl_easy_setopt_xferinfo_callback(CURL *handle,
                                                                    curl_xferinfo_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
}

// MARK: curl_easy_getinfo

static inline CURLcode factcheck_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode factcheck_curl_easy_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode factcheck_curl_easy_getinfo_double(CURL *handle, CURLINFO info, double *value) {
    return curl_easy_getinfo(handle, info, value);
}

/// The string belongs to the handle: copy it before the next transfer or cleanup.
static inline CURLcode factcheck_curl_easy_getinfo_string(CURL *handle, CURLINFO info, const char **value) {
    return curl_easy_getinfo(handle, info, value);
}

// MARK: curl_multi

/// `CURL_WAIT_POLLIN` is a macro: the event a `curl_waitfd` asks `curl_multi_poll` to wait for.
static const short factcheck_curl_wait_pollin = CURL_WAIT_POLLIN;

/// `CURLMsg.data` is an anonymous union; reading `result` through C keeps Swift out of its layout.
static inline CURLcode factcheck_curl_msg_result(const CURLMsg *message) {
    return message->data.result;
}

/// True for the only message kind libcurl defines, "this transfer is done".
static inline int factcheck_curl_msg_is_done(const CURLMsg *message) {
    return message->msg == CURLMSG_DONE;
}

// MARK: curl_global_init

static inline CURLcode factcheck_curl_global_init_all(void) {
    return curl_global_init(CURL_GLOBAL_ALL);
}

#endif
