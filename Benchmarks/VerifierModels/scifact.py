"""SciFact's gold labels, `verify --predictions` files, and the macro-F1 the verify benchmark
reports, for the exploration scripts beside this file (bootstrap.py, combine.py).

One home so that the scripts judge runs by the same gold and the same figure: a change to how the
claims file or a predictions file is read is made once, not once a script.
"""
import json

LABELS = ["SUPPORT", "CONTRADICT", "NEI"]

def read_jsonl(path):
    """Every record of a JSON Lines file (a predictions file), in file order."""
    with open(path) as lines:
        return [json.loads(line) for line in lines]

def gold_pairs(path):
    """(claim id, document id) -> (label, evidence sentence indexes) for every cited document of
    a SciFact claims file: NEI with no sentences where the claim has no evidence in it, otherwise
    SUPPORT or CONTRADICT as its first evidence set says."""
    gold = {}
    for claim in read_jsonl(path):
        for doc in claim.get("cited_doc_ids", []):
            evidence = claim.get("evidence", {}).get(str(doc), [])
            if evidence:
                label = "SUPPORT" if evidence[0]["label"] == "SUPPORT" else "CONTRADICT"
                sentences = set(s for e in evidence for s in e["sentences"])
            else:
                label, sentences = "NEI", set()
            gold[(claim["id"], doc)] = (label, sentences)
    return gold

def f1s(pairs):
    """Macro-F1 over the three labels and each label's F1, of (gold, predicted) pairs."""
    out = []
    for label in LABELS:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        out.append(0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(out) / len(LABELS), out
