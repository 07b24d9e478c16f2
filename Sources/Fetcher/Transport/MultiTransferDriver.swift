import CCurl

/// The loop thread's side of ``CurlMultiLoop``: owns the `CURLM` and the running transfers, and is
/// used only on that thread (not `Sendable`). Frees the multi handle when ``run()`` ends.
final class MultiTransferDriver {
    private struct Running {
        let transfer: CurlEasyTransfer
        let request: TransferRequest
    }

    private let mailbox: TransferMailbox
    private let maxInFlight: Int
    private let multi: UnsafeMutableRawPointer?
    /// Keyed by easy-handle address: `CURLMsg` names the handle, and this finds its owner.
    private var running: [UnsafeMutableRawPointer: Running] = [:]

    init(mailbox: TransferMailbox, maxInFlight: Int) {
        self.mailbox = mailbox
        self.maxInFlight = maxInFlight
        multi = CurlRuntime.ensureInitialised() == nil ? curl_multi_init() : nil
    }

    deinit {
        if let multi { curl_multi_cleanup(multi) }
    }

    /// Admits, drives and completes transfers until the mailbox closes.
    func run() {
        guard let multi else {
            let why = CurlRuntime.ensureInitialised() ?? "could not create a multi handle"
            failEverything(.network("libcurl: \(why)"))
            return
        }
        var wait = curl_waitfd(fd: mailbox.wakeRead, events: factcheck_curl_wait_pollin, revents: 0)
        while !mailbox.isClosed {
            admit(into: multi)
            abortCancelled(in: multi)
            var stillRunning: Int32 = 0
            _ = curl_multi_perform(multi, &stillRunning)
            collectFinished(from: multi)
            // A slot freed and someone is waiting: admit at once rather than sleep first.
            if running.count < maxInFlight, mailbox.hasPending { continue }
            var ready: Int32 = 0
            // Sleeps until a socket is ready, libcurl's next timer, a wake-up byte, or one second.
            _ = curl_multi_poll(multi, &wait, 1, 1000, &ready)
            mailbox.drainWakeups()
        }
        for (handle, entry) in running {
            curl_multi_remove_handle(multi, handle)
            entry.request.completion(.failure(.cancelled, finalURL: nil))
        }
        running.removeAll()
        for request in mailbox.close() { request.completion(.failure(.cancelled, finalURL: nil)) }
    }

    private func admit(into multi: UnsafeMutableRawPointer) {
        while running.count < maxInFlight {
            let batch = mailbox.take(upTo: maxInFlight - running.count)
            if batch.isEmpty { return }
            for request in batch { start(request, in: multi) }
        }
    }

    private func start(_ request: TransferRequest, in multi: UnsafeMutableRawPointer) {
        if request.cancellation.isCancelled {
            request.completion(.failure(.cancelled, finalURL: nil))
            return
        }
        guard let transfer = CurlEasyTransfer(
            url: request.url, policy: request.policy, cancellation: request.cancellation,
            extraHeaders: request.extraHeaders)
        else {
            let why = CurlRuntime.ensureInitialised() ?? "could not create a transfer"
            request.completion(.failure(.network("libcurl: \(why)"), finalURL: nil))
            return
        }
        if let failure = transfer.configurationFailure {
            request.completion(.failure(.network(failure), finalURL: nil))
            return
        }
        let code = curl_multi_add_handle(multi, transfer.handle)
        guard code == CURLM_OK else {
            let text = String(cString: curl_multi_strerror(code))
            request.completion(.failure(.network("libcurl: \(text)"), finalURL: nil))
            return
        }
        running[transfer.handle] = Running(transfer: transfer, request: request)
    }

    /// Answers cancelled tasks: queued ones at once, running ones by removing their handles. (The
    /// progress callback would abort a running one too, but only when libcurl next calls it.)
    private func abortCancelled(in multi: UnsafeMutableRawPointer) {
        for request in mailbox.takeCancelled() { request.completion(.failure(.cancelled, finalURL: nil)) }
        for (handle, entry) in running where entry.request.cancellation.isCancelled {
            curl_multi_remove_handle(multi, handle)
            running[handle] = nil
            entry.request.completion(.failure(.cancelled, finalURL: nil))
        }
    }

    private func collectFinished(from multi: UnsafeMutableRawPointer) {
        var left: Int32 = 0
        while let message = curl_multi_info_read(multi, &left) {
            guard factcheck_curl_msg_is_done(message) != 0, let handle = message.pointee.easy_handle,
                  let entry = running.removeValue(forKey: handle)
            else { continue }
            let code = factcheck_curl_msg_result(message)
            // Remove before reading the outcome: the message is invalid after removal, so `code` is
            // copied first, and the handle's info stays readable until cleanup.
            curl_multi_remove_handle(multi, handle)
            entry.request.completion(entry.transfer.outcome(after: code))
        }
    }

    private func failEverything(_ failure: HTTPTransferFailure) {
        while !mailbox.isClosed {
            for request in mailbox.take(upTo: Int.max) { request.completion(.failure(failure, finalURL: nil)) }
            // Nothing can run; answer requests as they come until the loop is dropped.
            mailbox.waitForWakeup()
        }
        for request in mailbox.close() { request.completion(.failure(failure, finalURL: nil)) }
    }
}
