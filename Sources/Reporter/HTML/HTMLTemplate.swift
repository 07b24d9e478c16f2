/// A page fragment with named slots: `{{name}}` marks where a value goes.
///
/// The template is a literal (`StaticString`) and values are ``HTML`` (already escaped), so filling
/// one can never turn outside text into markup. Slots are found once, when the template is made,
/// and filled in a single pass: a value that itself contains `{{body}}` (an article may) is never
/// read as a slot.
struct HTMLTemplate: Sendable {
    enum Piece: Sendable, Equatable {
        case markup(String)
        case slot(String)
    }

    let pieces: [Piece]

    init(_ source: StaticString) {
        var pieces: [Piece] = []
        var rest = Substring(source.description)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            if open.lowerBound > rest.startIndex { pieces.append(.markup(String(rest[..<open.lowerBound]))) }
            pieces.append(.slot(String(rest[open.upperBound..<close.lowerBound])))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { pieces.append(.markup(String(rest))) }
        self.pieces = pieces
    }

    /// The slot names, in order (tests check every template is filled completely).
    var slots: [String] {
        pieces.compactMap { if case .slot(let name) = $0 { name } else { nil } }
    }

    /// The template with every slot replaced. A slot without a value is a programming error: it
    /// stops debug builds and renders empty in release builds.
    func render(_ values: [String: HTML]) -> HTML {
        var out = ""
        for piece in pieces {
            switch piece {
            case .markup(let markup): out += markup
            case .slot(let name):
                guard let value = values[name] else {
                    assertionFailure("template slot '\(name)' has no value")
                    continue
                }
                out += value.markup
            }
        }
        return HTML.fromTemplate(out)
    }
}
