/// 64-bit FNV-1a: a hash fixed by its definition, unlike Swift's per-process seeded `Hasher`, so
/// what it decides (a claim's id, a CI shard, a benchmark's held-out split, a token's set
/// membership) is the same on every run and machine. The one copy every module calls.
public enum FNV1a {
    @inlinable
    public static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    @inlinable
    public static func hash(_ text: String) -> UInt64 { hash(text.utf8) }
}
