/// The rules of one robots.txt that apply to factcheck (RFC 9309).
///
/// Groups start with one or more `User-agent:` lines. The group(s) naming our product token
/// (`factcheck`, case-insensitive) apply; failing that the `*` group(s); failing that, nothing is
/// disallowed. Within the chosen rules the longest matching pattern wins, and `Allow` wins a tie.
/// Patterns may use `*` (any run of characters) and a final `$` (end of the path). Unknown lines
/// (`Crawl-delay`, `Sitemap`, typos) are ignored, as the RFC asks.
struct RobotsRules: Sendable, Equatable {
    struct Rule: Sendable, Equatable {
        var allow: Bool
        var pattern: String
    }

    var rules: [Rule]
    /// True when robots.txt could not be read because the server failed (5xx): RFC 9309 §2.3.1.4 says
    /// to assume complete disallow, and we do so for the rest of the run.
    var disallowAll = false

    static let allowAll = RobotsRules(rules: [])
    static let productToken = "factcheck"

    init(rules: [Rule], disallowAll: Bool = false) {
        self.rules = rules
        self.disallowAll = disallowAll
    }

    /// Parses a robots.txt body. Never fails: a line it does not understand is skipped.
    init(parsing text: String, productToken: String = RobotsRules.productToken) {
        var ours: [Rule] = []
        var everyone: [Rule] = []
        var namedUs = false
        var agents: [String] = []
        var inRules = false  // a rule line ends the run of user-agent lines that opened the group

        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingHTTPWhitespace().lowercased()
            let value = line[line.index(after: colon)...].trimmingHTTPWhitespace()
            switch key {
            case "user-agent":
                if inRules { agents = []; inRules = false }
                agents.append(value.lowercased())
            case "allow", "disallow":
                inRules = true
                // An empty Disallow allows everything: it adds no rule.
                guard !value.isEmpty else { continue }
                let rule = Rule(allow: key == "allow", pattern: value)
                if agents.contains(where: { $0 == productToken.lowercased() }) {
                    ours.append(rule)
                } else if agents.contains("*") {
                    everyone.append(rule)
                }
            default:
                continue
            }
            if agents.contains(productToken.lowercased()) { namedUs = true }
        }
        rules = namedUs ? ours : everyone
    }

    /// Whether `path` (path and query, as sent: "/a/b?x=1") may be fetched.
    func allows(_ path: String) -> Bool {
        if disallowAll { return false }
        // /robots.txt itself is always allowed (RFC 9309 §2.2.2).
        if path == "/robots.txt" { return true }
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern, path) {
            guard let current = best else { best = rule; continue }
            if rule.pattern.count > current.pattern.count || (rule.pattern.count == current.pattern.count && rule.allow) {
                best = rule
            }
        }
        return best?.allow ?? true
    }

    /// Matches a robots pattern against a path from its start; `*` is any run, a final `$` anchors the end.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = Array(pattern.utf8)
        var anchored = false
        if pattern.last == UInt8(ascii: "$") {
            anchored = true
            pattern.removeLast()
        }
        let text = Array(path.utf8)
        // Iterative wildcard matching with one back-track point, the classic linear-space approach.
        var p = 0, t = 0
        var star = -1, starText = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                star = p
                starText = t
                p += 1
            } else if p < pattern.count, pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p == pattern.count, !anchored {
                return true  // a prefix match is enough without `$`
            } else if star >= 0 {
                p = star + 1
                starText += 1
                t = starText
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }
}
