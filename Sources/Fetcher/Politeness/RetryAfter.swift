import Foundation

/// Reads a `Retry-After` header: a number of seconds ("120") or an HTTP date
/// ("Wed, 21 Oct 2015 07:28:00 GMT"), RFC 9110 §10.2.3.
enum RetryAfter {
    /// Seconds to wait from `now`; nil when the value is neither form. A date in the past is 0.
    static func seconds(_ value: String, now: Date = Date()) -> Double? {
        let trimmed = value.trimmingHTTPWhitespace()
        if let seconds = Int(trimmed) { return seconds >= 0 ? Double(seconds) : nil }
        for format in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return max(0, date.timeIntervalSince(now)) }
        }
        return nil
    }

    /// IMF-fixdate first (the one servers must send), then the two obsolete forms receivers must accept.
    private static let formats = ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"]
}
