/// An acronym as written: two or more letters, every one a capital ("WHO", "CDC", "U.S.", "RTX").
/// Case is what tells it from a word ("WHO" from "who"), so it is read from the text as written.
/// The one home of the test: the attribution parser (a source named by its acronym), the figure
/// reader (a model's maker before its number) and organisation matching all ask it here.
extension StringProtocol {
    public var isWrittenAsAcronym: Bool {
        let letters = filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }
}
