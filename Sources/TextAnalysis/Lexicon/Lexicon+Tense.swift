extension Lexicon {
    /// Forms of "be", "have" and "do" that put their clause in the present ("The plant is …", "it
    /// has grown", "that's"): an argument, a general statement or a state of things, which an
    /// editor reads differently from a report of what happened.
    public static let presentAuxiliaries: [String] = [
        "is", "are", "am", "has", "have", "does", "do", "isn't", "aren't", "hasn't", "haven't", "doesn't", "don't",
        "it's", "that's", "there's", "he's", "she's", "they're", "we're", "you're", "i'm", "what's",
    ]

    /// Forms of "be", "have" and "do" that put their clause in the past ("The plant was …", "it
    /// had grown"): a report of an event.
    public static let pastAuxiliaries: [String] = ["was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't"]
}
