import Testing
@testable import Extractor

/// The check-worthiness weights are a data file compiled into the module: it must load, say where
/// it came from, read back what the trainer writes, and name the file and line when it is damaged.
@Suite struct CheckworthinessWeightsFileTests {
    @Test func theCompiledInFileLoadsWithItsProvenance() throws {
        let model = CheckworthinessModel.trained
        #expect(model.threshold > 0.05 && model.threshold < 0.95)
        #expect(model.weights["f:bias"] != nil)
        #expect(model.weights.keys.contains { $0.hasPrefix("w:") })
        let header = String(decoding: PackageResources.checkworthiness_weights_tsv.prefix(2_000), as: UTF8.self)
        for needed in ["factcheck-bench train-checkworthiness", "Data: ", "Trained: ", "cross-validated F1"] {
            #expect(header.contains(needed), "the file's # lines should record \(needed)")
        }
    }

    @Test func whatTheTrainerWritesReadsBack() throws {
        let weights: [(name: String, weight: Double)] = [("f:bias", -2.36), ("w:café", 0.25), ("w:odd\tname", 1), ("b:<num>_percent", -0.0125)]
        let text = CheckworthinessWeightsFile.text(weights: weights, threshold: 0.33, comments: ["made by a test"])
        #expect(text.hasPrefix("# made by a test\nthreshold\t0.330\n"))
        let model = try CheckworthinessWeightsFile.parse(Array(text.utf8), file: "test.tsv")
        #expect(model.threshold == 0.33)
        #expect(model.weights == ["f:bias": -2.36, "w:café": 0.25, "b:<num>_percent": -0.0125], "a name with a tab is left out")
    }

    /// The committed table was trained on what the code's features (under the chosen option set,
    /// with the article priors) make of the probe sentences: a Lexicon, parser or prior change that
    /// alters the features under the same names fails here, instead of leaving a table its trainer
    /// no longer writes (session 13 found one).
    @Test func theCommittedTableWasTrainedOnTheseFeatures() throws {
        let committed = try CheckworthinessWeightsFile.table(PackageResources.checkworthiness_weights_tsv, file: CheckworthinessWeightsFile.path)
        #expect(committed.fingerprint == CheckworthinessFeatures.fingerprint,
                "the features changed since the table was trained: retrain with factcheck-bench train-checkworthiness, then the claim gate on top (Sources/Extractor/README.md)")
        let header = String(decoding: PackageResources.checkworthiness_weights_tsv.prefix(3_000), as: UTF8.self)
        #expect(header.contains("Feature set: \(CheckworthinessFeatures.Options.chosen) "), "trained with another feature set than the code uses")
        #expect(header.contains("the highest recall, then precision, as the claim decision's first stage"), "the file should say how ties between settings were broken")
        #expect(header.contains("Command: factcheck-bench train-checkworthiness ct24_en_train.jsonl --pages HTML_DIR --max-batch 8 "), "the file should say how to write it again")
        #expect(header.contains("batches 1, 2, 3, 4, 5, 6, 7, 8 (tuning data)"), "batch 9 was session 16's unseen yardstick, scored once at its end: no table was chosen by it")
    }

    @Test func theFingerprintSeesAFeatureChange() {
        let chosen = CheckworthinessFeatures.fingerprint
        #expect(chosen == CheckworthinessFeatures.fingerprint, "the same code hashes alike")
        #expect(chosen.allSatisfy(\.isHexDigit) && !chosen.isEmpty)
        // The probes reach the options: with causal and reporting verbs as words, the probes'
        // features differ ("reduces", "discovered"), so a table trained so could not pass.
        let probe = "Regular stretching reduces stiffness and leads to fewer injuries in older runners."
        #expect(CheckworthinessFeatures.fingerprintProbes.contains(probe))
        let other = CheckworthinessFeatures(sentence: probe, options: .init(verbWords: true, cues: true)).values
        #expect(other != CheckworthinessFeatures(sentence: probe, options: .chosen).values)
        #expect(CheckworthinessFeatures.unreachedByProbes.isEmpty, "every structural feature should be reached by a probe")
    }

    /// Session 15 found the table's grid moved while the fingerprint stayed: session 14's
    /// attribution parser stopped crediting a named source in shapes none of the probes had (15
    /// CT24 training sentences lost `namedSource`, 8 of them `cuedClaim` too). Probes of those
    /// shapes now reach the parser, each read as the code reads it today, so a change to how it
    /// credits them moves the fingerprint; a probe of the same family that does name a source
    /// shows the parser is still there to see.
    @Test func theProbesReachTheAttributionParsersShapes() {
        let probes = CheckworthinessFeatures.fingerprintProbes
        for probe in [
            "Let's say the council spends the money on roads instead.",
            "If Mayor Okafor alleges that the depot was sold cheaply, she is wrong.",
            "The audit office put out a report that said the bridge is safe but not yet finished.",
            "The mayor's says she has a three-point plan for the depot.",
        ] {
            #expect(probes.contains(probe))
            let structural = CheckworthinessFeatures(sentence: probe, options: .chosen).structural
            #expect(structural[.namedSource] == nil && structural[.vagueSource] == nil, "no source in: \(probe)")
            #expect(structural[.cuedClaim] == nil, "no cued finding in: \(probe)")
        }
        let credited = CheckworthinessFeatures(sentence: "The new rail line may cut commuting times by a third, the ministry said on Tuesday.", options: .chosen)
        #expect(probes.contains("The new rail line may cut commuting times by a third, the ministry said on Tuesday."))
        #expect(credited.structural[.namedSource] == 1 || credited.structural[.vagueSource] == 1)
    }

    @Test func aFingerprintLineReadsBack() throws {
        let text = CheckworthinessWeightsFile.text(weights: [("f:bias", -1)], threshold: 0.4, fingerprint: "0a1b2c", comments: ["t"])
        #expect(text == "# t\nthreshold\t0.400\nfingerprint\t0a1b2c\nf:bias\t-1.0000\n")
        let table = try CheckworthinessWeightsFile.table(Array(text.utf8), file: "t.tsv")
        #expect(table.fingerprint == "0a1b2c")
        #expect(table.weights == ["f:bias": -1], "the fingerprint is no weight")
        let without = try CheckworthinessWeightsFile.table(Array("threshold\t0.4\nf:bias\t-1\n".utf8), file: "t.tsv")
        #expect(without.fingerprint == nil)
    }

    @Test func aDamagedFileNamesTheFileAndTheLine() {
        func problem(_ text: String) -> String {
            do {
                _ = try CheckworthinessWeightsFile.parse(Array(text.utf8), file: "weights.tsv")
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        let good = "# header\nthreshold\t0.33\nf:bias\t-1\n"
        #expect(problem(good) == "no error")
        #expect(problem(good + "w:the 0.5\n").hasPrefix("weights.tsv:4: expected `name<TAB>number`"))
        #expect(problem(good + "w:the\tlots\n").hasPrefix("weights.tsv:4:"))
        #expect(problem(good + "f:bias\t2\n").hasPrefix("weights.tsv:4: f:bias is given twice"))
        #expect(problem("f:bias\t-1\n").hasPrefix("weights.tsv: no `threshold` line"))
        #expect(problem("threshold\t0.33\n").contains("truncated"))
        #expect(problem("threshold\t3\nf:bias\t-1\n").contains("between 0 and 1"))
        #expect(problem("").hasPrefix("weights.tsv: no `threshold` line"))
        #expect(problem(good + "fingerprint\tnot hex\n").hasPrefix("weights.tsv:4: the fingerprint must be given once"))
        #expect(problem(good + "fingerprint\tab\nfingerprint\tcd\n").hasPrefix("weights.tsv:5: the fingerprint must be given once"))
        #expect(problem("threshold\t0.33\n").contains("factcheck-bench train-checkworthiness"), "the message says how to fix it")
        do {
            _ = try CheckworthinessWeightsFile.parse([0x74, 0xFF, 0x0A], file: "weights.tsv")
            Issue.record("bytes that are not UTF-8 were accepted")
        } catch {
            #expect("\(error)".hasPrefix("weights.tsv: not valid UTF-8"))
        }
    }
}
