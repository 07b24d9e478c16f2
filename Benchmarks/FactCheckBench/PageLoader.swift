import Foundation

/// Loads a folder of `.html` and `.html.gz` pages into memory before any timing starts.
enum PageLoader {
    struct Page {
        var id: String
        var bytes: [UInt8]
    }

    static func load(directory: String) throws -> [Page] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        var pages: [Page] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            if name.hasSuffix(".html.gz") {
                pages.append(try loadOne(path: path, id: String(name.dropLast(".html.gz".count))))
            } else if name.hasSuffix(".html") {
                pages.append(try loadOne(path: path, id: String(name.dropLast(".html".count))))
            }
        }
        return pages
    }

    /// One page, decompressed in process when its name ends in `.gz` (``DataFile``).
    static func loadOne(path: String, id: String) throws -> Page {
        Page(id: id, bytes: try DataFile.bytes(atPath: path))
    }

    /// The deterministic held-out half: FNV-1a of the page id, odd means held out.
    static func isHeldOut(_ id: String) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash & 1 == 1
    }
}
