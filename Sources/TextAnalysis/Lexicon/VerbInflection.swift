extension Lexicon {
    /// The form a regular verb takes after "he", "she" or "it": "worsen" → "worsens", "relieve" →
    /// "relieves", "slash" → "slashes", "carry" → "carries".
    ///
    /// The lists keep their verbs once, in the base form; a reader that needs what a singular subject
    /// takes ("night-shift work *worsens* sleep") derives it here instead of writing a second list
    /// that would drift from the first. Regular verbs only ("be", "have" are not in any such list).
    public static func thirdPersonSingular(of verb: String) -> String {
        if ["s", "x", "z", "ch", "sh", "o"].contains(where: verb.hasSuffix) { return verb + "es" }
        if verb.hasSuffix("y"), verb.count > 1, !"aeiou".contains(verb.dropLast().last!) {
            return String(verb.dropLast()) + "ies"
        }
        return verb + "s"
    }
}
