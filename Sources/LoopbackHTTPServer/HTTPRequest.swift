/// A request as the server received it.
public struct HTTPRequest: Sendable {
    public var method: String
    /// The request target as sent: "/page?x=1".
    public var path: String
    /// Header fields in the order received, names as sent.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, path: String, headers: [(name: String, value: String)], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, its name matched case-insensitively.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// Parses the head of a request (request line and header fields, without the blank line).
    static func parseHead(_ head: [UInt8]) -> HTTPRequest? {
        let text = String(decoding: head, as: UTF8.self)
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return nil }
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [(name: String, value: String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: " \t")
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
            headers.append((name, value))
        }
        return HTTPRequest(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        let trimmed = drop { set.contains($0) }
        var end = trimmed.endIndex
        while end > trimmed.startIndex, set.contains(trimmed[trimmed.index(before: end)]) {
            end = trimmed.index(before: end)
        }
        return String(trimmed[..<end])
    }
}
