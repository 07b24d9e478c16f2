import FactCheckModel
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
        FNV1a.hash(id) & 1 == 1
    }
}
