"""Where the product's rules and the trained verifier disagree on SciFact, and who is right.

Reads `factcheck-bench verify ... --split tune --cross-fit --cross-fit-rounds 3 --mode product
--predictions OUT.jsonl` (every round, with the same fold's verifier reading beside each verdict)
and the gold labels from claims_train.jsonl; prints, per deciding reason, how often the rules and
the verifier are right, and what simple hand-overs would score (pooled macro-F1, evidence F1 ours).

Usage: python3 combine.py PREDICTIONS.jsonl CLAIMS.jsonl
"""
import sys, re
from collections import defaultdict, Counter

from scifact import f1s, gold_pairs, read_jsonl

def evidence_f1(items):
    tp = fp = fn = 0
    for gold_sents, pred in items:
        if not gold_sents: continue
        p = set(pred)
        tp += len(p & gold_sents); fp += len(p - gold_sents); fn += len(gold_sents - p)
    return 0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)

def kind(reason):
    if reason is None: return "?"
    r = re.sub(r"\(.*?\)|'.*?'", "", reason)
    return r[:70]

def main():
    preds = read_jsonl(sys.argv[1])
    gold = gold_pairs(sys.argv[2])
    by = defaultdict(lambda: Counter())
    for p in preds:
        g = gold[(p["claim_id"], p["doc_id"])][0]
        k = (p["verdict"], kind(p["reason"]))
        c = by[k]
        c["n"] += 1
        c["product right"] += p["label"] == g
        c["verifier right"] += p["verifier_label"] == g
        c["gold " + g] += 1
    print(f"{'verdict / reason':95s} {'n':>4s} {'rules':>6s} {'verif.':>6s}  gold S/C/N")
    for k, c in sorted(by.items(), key=lambda kv: -kv[1]["n"]):
        print(f"{(k[0] + ': ' + k[1]):95s} {c['n']:4d} {c['product right']:6d} {c['verifier right']:6d}  "
              f"{c['gold SUPPORT']}/{c['gold CONTRADICT']}/{c['gold NEI']}")
    def score(choose, name):
        pairs, ev = [], []
        for p in preds:
            g, gs = gold[(p["claim_id"], p["doc_id"])]
            label, sents = choose(p)
            pairs.append((g, label)); ev.append((gs, sents if label != "NEI" else []))
        m, f = f1s(pairs)
        print(f"{name:60s} macro {m:.3f}  S {f[0]:.3f} C {f[1]:.3f} N {f[2]:.3f}  evidence {evidence_f1(ev):.3f}")
    score(lambda p: (p["label"], p["sentences"]), "product as is")
    score(lambda p: (p["verifier_label"], p["verifier_sentences"]), "verifier alone (NEI: no evidence)")
    score(lambda p: (p["label"], p["verifier_sentences"] if p["label"] != "NEI" else []), "product labels, verifier's evidence")
    return preds, gold

if __name__ == "__main__":
    main()
