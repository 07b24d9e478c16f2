import Foundation

/// A plain-text table for benchmark results: a header row, aligned columns, nothing else.
struct ResultTable {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: String...) {
        self.header = header
    }

    mutating func add(_ cells: String...) { rows.append(cells) }

    var rendered: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

/// Formats a ratio with three decimals ("0.812").
func decimal(_ value: Double, places: Int = 3) -> String {
    guard value.isFinite else { return "n/a" }
    var text = String(Int((value * pow10(places)).rounded()))
    let negative = text.hasPrefix("-")
    if negative { text.removeFirst() }
    while text.count <= places { text = "0" + text }
    let split = text.index(text.endIndex, offsetBy: -places)
    return (negative ? "-" : "") + text[..<split] + (places > 0 ? "." + text[split...] : "")
}

private func pow10(_ places: Int) -> Double {
    (0..<places).reduce(1.0) { value, _ in value * 10 }
}

/// Today's date (UTC, `2026-12-06`), for the training date a weights file records.
func todayUTC() -> String {
    ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
}
