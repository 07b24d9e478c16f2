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

    /// One page, decompressed when its name ends in `.gz`.
    static func loadOne(path: String, id: String) throws -> Page {
        if path.hasSuffix(".gz") { return Page(id: id, bytes: try gunzip(path)) }
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("\(path): cannot be read") }
        return Page(id: id, bytes: [UInt8](data))
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

    /// Decompresses with the system's gzip, once, before timing. (The toolchain's Foundation has
    /// no gzip API; a `CZlib` system-library target would make this in-process.)
    private static func gunzip(_ path: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", "--", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("\(path): gzip failed") }
        return [UInt8](data)
    }
}
