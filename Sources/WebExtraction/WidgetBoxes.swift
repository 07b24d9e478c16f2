/// Finds the small boxes built around a form: a newsletter sign-up ("Get the morning briefing",
/// a line of pitch, an e-mail field), a search box, a login, a poll with a vote button. They sit
/// inside or right under the article, often with generated class names that say nothing, and
/// their pitch reads like a sentence of the article.
///
/// From each `<form>`, the box is its largest ancestor (or itself) with at most
/// `maximumCharacters` visible characters: the heading and pitch around the field, but never a
/// page that wraps everything in one form.
enum FormWidgets {
    static let maximumCharacters: Int32 = 300

    /// Per node: whether it is such a box.
    static func widgets(_ nodes: [PageNode], characters: [Int32]) -> [Bool] {
        var widgets = Array(repeating: false, count: nodes.count)
        for index in nodes.indices where nodes[index].tag == .form && characters[index] <= maximumCharacters {
            var box = index
            while nodes[box].parent >= 0, characters[Int(nodes[box].parent)] <= maximumCharacters,
                  nodes[Int(nodes[box].parent)].tag != .body
            {
                box = Int(nodes[box].parent)
            }
            widgets[box] = true
        }
        return widgets
    }
}
