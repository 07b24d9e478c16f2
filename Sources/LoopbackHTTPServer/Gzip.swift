/// Just enough of a gzip encoder to serve `Content-Encoding: gzip` from the test server without a
/// zlib binding: stored (uncompressed) deflate blocks for ordinary bodies, and a fixed-Huffman
/// encoding of one repeated byte for a compact "gzip bomb", whole or streamed.
public enum Gzip {
    /// `data` in stored deflate blocks: valid gzip, no smaller than the input.
    public static func stored(_ data: [UInt8]) -> [UInt8] {
        var deflate: [UInt8] = []
        var offset = 0
        repeat {
            let count = min(65_535, data.count - offset)
            let final: UInt8 = offset + count == data.count ? 1 : 0
            deflate.append(final)  // BFINAL, BTYPE 00, padded to the byte
            deflate += [UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            deflate += data[offset..<(offset + count)]
            offset += count
        } while offset < data.count
        return wrap(deflate, crc: crc32(data), size: data.count)
    }

    /// `count` copies of `byte` (count ≥ 1), as one literal and then back-references of length 258 at
    /// distance 1: about 13 bits per 258 bytes.
    public static func repeated(_ byte: UInt8, count: Int) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(1, count: 2)  // BTYPE 01: fixed Huffman codes
        bits.literal(Int(byte))
        var remaining = count - 1
        while remaining >= 258 {
            bits.literal(285)  // length 258, no extra bits
            bits.writeCode(0, length: 5)  // distance code 0: distance 1
            remaining -= 258
        }
        for _ in 0..<remaining { bits.literal(Int(byte)) }
        bits.literal(256)  // end of block
        var crc: UInt32 = 0xFFFF_FFFF
        for _ in 0..<count { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return wrap(bits.finish(), crc: ~crc, size: count)
    }

    /// A gzip stream that decodes to `count` zero bytes, written piece by piece so a bomb of
    /// gigabytes costs the server no memory: about 63 MB on the wire per 10 GB decoded (fixed-Huffman
    /// back-references of 258 bytes, 13 bits each; deflate cannot squeeze one layer much further).
    /// Stops early when `write` returns false (the client left). The stream is cut off after `count`
    /// bytes' worth, with no end of block or trailer: no client under test should read that far.
    public static func streamZeros(count: Int, write: ([UInt8]) -> Bool) {
        // 8 back-references are 104 bits, 13 whole bytes: after a short head the bit stream repeats
        // every 13 bytes, so one period is computed and sent again and again.
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(1, count: 2)  // BTYPE 01: fixed Huffman codes
        bits.literal(0)
        let headMatches = 8 * 4
        for _ in 0..<headMatches {
            bits.literal(285)
            bits.writeCode(0, length: 5)
        }
        let head = bits.bytes  // complete bytes only; the partial byte continues the period
        let period = Array(head[(head.count - 13)...])
        var sentMatches = headMatches
        guard write([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF] + head) else { return }
        let chunk = Array((0..<2_048).flatMap { _ in period })  // ~26 KB, 16,384 matches
        while sentMatches * 258 < count {
            guard write(chunk) else { return }
            sentMatches += 16_384
        }
    }

    private static func wrap(_ deflate: [UInt8], crc: UInt32, size: Int) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        out += deflate
        out += littleEndian(crc)
        out += littleEndian(UInt32(truncatingIfNeeded: size))
        return out
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
    }

    static let crcTable: [UInt32] = (0..<256).map { index in
        var c = UInt32(index)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return ~crc
    }

    /// Packs deflate's bit stream: values least-significant bit first, Huffman codes most-significant first.
    private struct BitWriter {
        var bytes: [UInt8] = []
        var buffer: UInt32 = 0
        var used = 0

        mutating func write(_ value: Int, count: Int) {
            for bit in 0..<count {
                buffer |= UInt32((value >> bit) & 1) << used
                used += 1
                if used == 8 {
                    bytes.append(UInt8(buffer))
                    buffer = 0
                    used = 0
                }
            }
        }

        mutating func writeCode(_ code: Int, length: Int) {
            var reversed = 0
            for bit in 0..<length { reversed |= ((code >> bit) & 1) << (length - 1 - bit) }
            write(reversed, count: length)
        }

        /// A literal/length symbol in the fixed code of RFC 1951 §3.2.6.
        mutating func literal(_ symbol: Int) {
            switch symbol {
            case 0...143: writeCode(0x30 + symbol, length: 8)
            case 144...255: writeCode(0x190 + symbol - 144, length: 9)
            case 256...279: writeCode(symbol - 256, length: 7)
            default: writeCode(0xC0 + symbol - 280, length: 8)
            }
        }

        mutating func finish() -> [UInt8] {
            if used > 0 { bytes.append(UInt8(buffer)) }
            return bytes
        }
    }
}
