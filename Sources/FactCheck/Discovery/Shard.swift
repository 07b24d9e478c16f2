import FactCheckModel
import Foundation

/// `--shard K/N`: which part of a batch this machine checks, for a CI matrix of N jobs.
///
/// An article belongs to shard `hash(key) % N + 1`, where `key` is its path relative to the folder
/// given on the command line (a file given by name is its own key, as typed) and `hash` is 64-bit
/// FNV-1a over the UTF-8 bytes. Why a hash of the relative path rather than round-robin over the
/// sorted list:
///
/// - it is the same on every runner, whatever the checkout folder, the file system's order, the
///   number of cores or `--jobs` (none of them enters the key);
/// - adding or removing one article moves no other article to another shard, so per-shard CI
///   caches stay warm and a shard's report is comparable from one run to the next (round-robin
///   would shift every article after the insertion point).
///
/// The price is balance: shards differ by about the square root of their size (with 1,000 articles
/// and 4 shards, 250 ± 15 or so), which is negligible next to the spread of article lengths.
/// Problems with the paths themselves (no such file) are reported by shard 1 only, so a merge
/// holds each once.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based: `--shard 1/4` … `--shard 4/4`.
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1, index >= 1, index <= count else { throw ShardError(text: "\(index)/\(count)") }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0].trimmingCharacters(in: .whitespaces)),
              let count = Int(parts[1].trimmingCharacters(in: .whitespaces))
        else { throw ShardError(text: text) }
        try self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the article with this key (its path relative to the folder given) is in this shard.
    public func contains(key: String) -> Bool {
        Int(FNV1a.hash(key) % UInt64(count)) + 1 == index
    }

}

/// A `--shard` value that is not `K/N` with 1 ≤ K ≤ N.
public struct ShardError: Error, CustomStringConvertible {
    public var text: String
    public var description: String { "--shard \(text): expected K/N with 1 ≤ K ≤ N, e.g. 2/4" }
}
