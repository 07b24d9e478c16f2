/// Feature: does the sentence name what the claim says changes (its outcome side), not only what
/// acts? Issue #17, kind 4: "topic overlap is not support".
///
/// "Sugar taxes reduced purchases of sweetened drinks" is about the exposure of "sugar taxes reduce
/// obesity" and states a reduction, yet of another outcome; "carbon taxes raised government
/// revenue" moves no emissions. A finding about another outcome of the same exposure neither
/// states, refutes nor qualifies the claim: it touches on the subject. The check is deliberately
/// looser than ``SubjectMatch`` on the exposure: one word of the outcome, as coverage credits it
/// (itself, a synonym, a derivation, a narrower word), other than a generic research noun
/// (``CueLexicon/genericResearchNounStems``: "risk", "levels") is enough, because sources name
/// outcomes in their own words and with fewer of them ("fewer cardiovascular events" for "the risk
/// of heart disease"); asking for the outcome side's IDF-weighted share cost 0.007 tuning macro-F1
/// (session 8). A claim the rules cannot split has no outcome here and keeps its path.
enum OutcomeNamed {
    static func named(_ query: ClaimQuery, present: StemSet, broader: Set<String>, coverage: TermCoverage) -> Bool {
        let outcome = query.terms.filter {
            $0.side == .outcome && !$0.isRelationWord && !$0.isNumber && !CueLexicon.genericResearchNounStems.contains($0.stem)
        }
        guard !outcome.isEmpty else { return true }
        return outcome.contains { coverage.names($0, present: present, broader: broader) }
    }
}
