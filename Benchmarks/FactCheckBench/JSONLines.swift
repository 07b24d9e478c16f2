import Foundation

/// Reads a JSON Lines file (one JSON object per line) into decoded records, naming the file and
/// line of any record that does not decode.
enum JSONLines {
    static func read<Record: Decodable>(_ type: Record.Type, from path: String) throws -> [Record] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchError("\(path): cannot be read")
        }
        let decoder = JSONDecoder()
        var records: [Record] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            do {
                records.append(try decoder.decode(Record.self, from: Data(line)))
            } catch {
                throw BenchError("\(path):\(lineNumber): \(error)")
            }
        }
        return records
    }

    /// Writes records as JSON Lines with sorted keys, so two runs diff cleanly.
    static func write<Record: Encodable>(_ records: [Record], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = Data()
        for record in records {
            output.append(try encoder.encode(record))
            output.append(UInt8(ascii: "\n"))
        }
        try output.write(to: URL(fileURLWithPath: path))
    }
}

/// A benchmark that cannot run, with a message that says why.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
