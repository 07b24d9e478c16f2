import Foundation

/// The unit of politeness: scheme, host and port of a URL ("https://www.example.org:443").
///
/// Politeness is owed to a server, and a server is what a scheme, host and port reach; robots.txt is
/// defined per that same origin (RFC 9309 §2.3). The host is lowercased and a default port made
/// explicit, so `HTTPS://Example.org/` and `https://example.org:443/x` share one queue and one robots.txt.
struct HostKey: Hashable, Sendable, CustomStringConvertible {
    let scheme: String
    let host: String
    let port: Int

    init?(url: String) {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return nil }
        self.scheme = scheme
        self.host = host.lowercased()
        port = components.port ?? (scheme == "https" ? 443 : 80)
    }

    var description: String { "\(scheme)://\(host):\(port)" }

    /// Where this origin's robots.txt lives.
    var robotsURL: String {
        let hostPart = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "\(scheme)://\(hostPart):\(port)/robots.txt"
    }
}

extension URLComponents {
    /// The path and query as robots.txt rules match them ("/a/b?x=1"); "/" for an empty path.
    static func robotsPath(of url: String) -> String {
        guard let components = URLComponents(string: url) else { return "/" }
        var path = components.percentEncodedPath
        if path.isEmpty { path = "/" }
        if let query = components.percentEncodedQuery { path += "?" + query }
        return path
    }
}
