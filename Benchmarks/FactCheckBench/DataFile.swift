import CZlib
import Foundation

/// Reads a data file whole, decompressing it in process when its name ends in `.gz`: the team's
/// larger data sets are stored gzip'd, and the toolchain's Foundation has no gzip API on Linux.
///
/// zlib (`CZlib`) inflates with automatic header detection, so a gzip file, a zlib stream, and a
/// file of several gzip members one after another (what `cat a.gz b.gz` makes) all read.
enum DataFile {
    static func bytes(atPath path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchError("\(path): cannot be read")
        }
        let bytes = [UInt8](data)
        guard path.hasSuffix(".gz") else { return bytes }
        do {
            return try gunzip(bytes)
        } catch let error as BenchError {
            throw BenchError("\(path): \(error.description)")
        }
    }

    /// Inflates every gzip member of `compressed`, one after another.
    static func gunzip(_ compressed: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(compressed.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var consumed = 0
        try compressed.withUnsafeBufferPointer { input in
            while consumed < input.count {
                var stream = z_stream()
                guard czlib_inflate_init_gzip(&stream) == Z_OK else { throw BenchError("zlib could not start") }
                defer { inflateEnd(&stream) }
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + consumed)
                stream.avail_in = UInt32(input.count - consumed)
                var status = Z_OK
                while status != Z_STREAM_END {
                    status = chunk.withUnsafeMutableBufferPointer { buffer in
                        stream.next_out = buffer.baseAddress
                        stream.avail_out = UInt32(buffer.count)
                        return inflate(&stream, Z_NO_FLUSH)
                    }
                    guard status == Z_OK || status == Z_STREAM_END else {
                        throw BenchError("not valid gzip data (zlib status \(status))")
                    }
                    output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                    if status == Z_OK, stream.avail_in == 0, stream.avail_out != 0 {
                        throw BenchError("gzip data ends early")
                    }
                }
                consumed = input.count - Int(stream.avail_in)
                // Padding after the last member (some tools write zeros) is not another member.
                if input[consumed...].allSatisfy({ $0 == 0 }) { break }
            }
        }
        return output
    }
}
