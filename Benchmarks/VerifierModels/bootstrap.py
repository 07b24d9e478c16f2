"""Paired bootstrap of two `verify` runs on the same SciFact pairs: is B's macro-F1 above A's by
more than the luck of which pairs were drawn?

Exploration only (no effect on the weights). Inputs, from the package root with a release build
($B = .build-rel/release/factcheck-bench, $D = SciFact's folder, never copied into the repository):

    $B verify $D/claims_train.jsonl $D/corpus.jsonl --split tune --cross-fit --cross-fit-rounds 3 \\
        --mode product --label-stumps 0 --predictions A.jsonl
    $B verify ... the same ... --label-stumps 50 --predictions B.jsonl
    python3 bootstrap.py A.jsonl B.jsonl $D/claims_train.jsonl

(--mode learned for the verifier alone.) Every round of a cross-fitted run is in the file with its
`round`; ROUNDS=0,1,2 picks some. Resamples pairs (and, as checks, claims and documents) with
replacement, pooling the chosen rounds for each draw, and prints the mean difference, the 95%
interval and how often B was not above A. Deterministic (seed 1).

Usage: python3 bootstrap.py A.jsonl B.jsonl CLAIMS.jsonl [RESAMPLES, default 2000]
"""
import os, random, sys
from collections import defaultdict

from scifact import f1s, gold_pairs, read_jsonl

def predictions(path):
    """(claim id, document id, round) -> label: a run without rounds is round 0."""
    return {(r["claim_id"], r["doc_id"], r.get("round", 0)): r["label"] for r in read_jsonl(path)}

def main():
    a, b = predictions(sys.argv[1]), predictions(sys.argv[2])
    gold = {pair: label for pair, (label, _) in gold_pairs(sys.argv[3]).items()}
    resamples = int(sys.argv[4]) if len(sys.argv) > 4 else 2000
    assert set(a) == set(b), "the two runs must judge the same pairs and rounds"
    pairs = sorted({k[:2] for k in a})
    rounds = sorted({k[2] for k in a})
    if os.environ.get("ROUNDS"):
        rounds = [int(r) for r in os.environ["ROUNDS"].split(",")]
    def figure(run, keys):
        return f1s([(gold[k], run[k + (r,)]) for k in keys for r in rounds])[0]
    print("rounds %s: A %.4f  B %.4f  B-A %+.4f" % (rounds, figure(a, pairs), figure(b, pairs), figure(b, pairs) - figure(a, pairs)))
    for name, cluster in [("pair", lambda k: k), ("claim", lambda k: k[0]), ("document", lambda k: k[1])]:
        groups = defaultdict(list)
        for k in pairs:
            groups[cluster(k)].append(k)
        groups = list(groups.values())
        random.seed(1)
        deltas = []
        for _ in range(resamples):
            keys = [k for g in random.choices(groups, k=len(groups)) for k in g]
            deltas.append(figure(b, keys) - figure(a, keys))
        deltas.sort()
        n = len(deltas)
        print("  by %-8s mean %+.4f  95%% [%+.4f, %+.4f]  P(B-A <= 0) %.3f" % (
            name, sum(deltas) / n, deltas[int(0.025 * n)], deltas[int(0.975 * n) - 1], sum(d <= 0 for d in deltas) / n))

if __name__ == "__main__":
    main()
