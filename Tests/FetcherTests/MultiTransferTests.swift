import FactCheckModel
@testable import Fetcher
import Foundation
import LoopbackHTTPServer
import Testing

/// The libcurl multi loop: many transfers on one thread, never more than the cap in flight.
@Suite struct MultiTransferTests {
    @Test func sixtyFourTransfersCompleteWithAtMostTheCapInFlight() async throws {
        let concurrency = Locked((now: 0, most: 0))
        let server = try LoopbackHTTPServer { request in
            concurrency.withValue { $0.now += 1; $0.most = max($0.most, $0.now) }
            Thread.sleep(forTimeInterval: 0.01)
            concurrency.withValue { $0.now -= 1 }
            return .html("<html><body><p>Page \(request.path) says walking helps sleep.</p></body></html>")
        }
        defer { server.stop() }
        let fetcher = SourceFetcher(policy: .loopback(maxInFlight: 4))
        let documents = await withTaskGroup(of: SourceDocument.self) { group in
            for index in 0..<64 {
                group.addTask { await fetcher.fetch(SourceRef(url: server.url("/page/\(index)"), origin: .link)) }
            }
            var all: [SourceDocument] = []
            for await document in group { all.append(document) }
            return all
        }
        let okCount = documents.filter { $0.status == .ok }.count
        #expect(okCount == 64)
        #expect(Set(server.requests.map(\.path)).count == 64)
        #expect(concurrency.current.most <= 4)
        #expect(concurrency.current.most >= 1)
    }

    @Test func aQueuedTransferCanBeCancelled() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/slow" ? HTTPResponse.html("<p>late</p>").delayed(by: 60) : .html("<p>fine</p>")
        }
        defer { server.stop() }
        // One slot, taken by the slow transfer: the second waits in the queue and is cancelled there.
        let fetcher = SourceFetcher(policy: .loopback(maxInFlight: 1))
        let slow = Task { await fetcher.fetch(SourceRef(url: server.url("/slow"), origin: .link)) }
        while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        let queued = Task { await fetcher.fetch(SourceRef(url: server.url("/queued"), origin: .link)) }
        queued.cancel()
        let document = await queued.value
        #expect(document.status == .networkError)
        #expect(document.reason?.contains("cancelled") == true)
        slow.cancel()
        #expect(await slow.value.reason?.contains("cancelled") == true)
        #expect(!server.requests.map(\.path).contains("/queued"))
    }
}

@Suite struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
