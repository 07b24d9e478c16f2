"""Explore label models for the SciFact verifier on features dumped by
`factcheck-bench train-scorer ... --dump-features FILE` (tuning part only).

Exploration only: this does NOT produce the shipped weights (`factcheck-bench train-scorer`
does, in Swift, with `VerifyBoostedStumps`), and its figures are not the deciding ones (those are
`verify --cross-fit`'s). Needs numpy and scikit-learn (not part of the build).

Variants, as Sources/Scorer/README.md (session 9) quotes them: logistic alone (0.616); boosted
trees alone, depth 1-3 (0.585-0.620); each boosted variant averaged with the logistic layer
(0.623-0.633; depth 1 x100 lr 0.1 is what was built, at 50 rounds; depth 2 was the 0.633). The
README's "logistic crosses of nine key features" (0.606-0.614) were a one-off not kept in this
script: which nine features was not recorded, so that line is not reproduced here.

Cross-fitted as `verify --cross-fit --cross-fit-rounds 3` folds: by cited document, FNV-1a 64
of salt + doc id, three partitions pooled. The pair features come from sentence probabilities that
are already cross-fitted (salt "fold "), so the figures are for comparing label models with each
other, not the deciding figure (which retrains the sentence model inside each fold too).

Usage: python3 explore.py FEATURES.jsonl
"""
import json, sys
import numpy as np

def fnv1a64(text):
    h = 0xcbf29ce484222325
    for b in text.encode():
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h

def fold(doc, salt):
    return (fnv1a64(salt + str(doc)) >> 8) % 3

LABELS = ["SUPPORT", "CONTRADICT", "NEI"]

def load(path):
    rows = [json.loads(l) for l in open(path)]
    X = np.array([r["pair"] for r in rows])
    y = np.array([LABELS.index(r["label"]) for r in rows])
    docs = [r["doc_id"] for r in rows]
    return rows, X, y, docs

def macro_f1(y, p):
    f = []
    for c in range(3):
        tp = np.sum((p == c) & (y == c)); fp = np.sum((p == c) & (y != c)); fn = np.sum((p != c) & (y == c))
        f.append(0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return np.mean(f), f

def best_bias(P, y):
    best = (-1, (0, 0, 0))
    for c in range(-10, 11):
        for n in range(-10, 11):
            b = np.array([0, c * 0.03, n * 0.03])
            m, _ = macro_f1(y, np.argmax(P + b, 1))
            if m > best[0] + 1e-12: best = (m, b)
    return best[1]

def crossfit(X, y, docs, fit_predict, rounds=3):
    """Pooled over rounds: per outer fold, fit on the other two (with inner folds choosing the
    offsets, as VerifierTraining does), predict the third."""
    ys, ps = [], []
    for r in range(rounds):
        salt = "fold " if r == 0 else f"fold {r} "
        f = np.array([fold(d, salt) for d in docs])
        pred = np.zeros(len(y), int)
        for k in range(3):
            tr, te = f != k, f == k
            # inner cross-fitted probabilities for the offsets
            inner = np.array([fold(d, "inner " + salt) for d, t in zip(docs, tr) if t])
            Xtr, ytr = X[tr], y[tr]
            Pin = np.zeros((len(ytr), 3))
            for j in range(3):
                Pin[inner == j] = fit_predict(Xtr[inner != j], ytr[inner != j], Xtr[inner == j])
            b = best_bias(Pin, ytr)
            pred[te] = np.argmax(fit_predict(Xtr, ytr, X[te]) + b, 1)
        ys.append(y); ps.append(pred)
    return macro_f1(np.concatenate(ys), np.concatenate(ps))

def class_weights(y):
    freq = np.bincount(y, minlength=3)
    return len(y) / (3 * np.maximum(freq, 1))

def logistic(l2=0.05):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler
    def fp(Xtr, ytr, Xte):
        s = StandardScaler().fit(Xtr)
        w = class_weights(ytr)[ytr]
        m = LogisticRegression(C=1 / (l2 * len(ytr)) * (len(ytr) / w.sum()) , max_iter=2000)
        m.fit(s.transform(Xtr), ytr, sample_weight=w)
        return m.predict_proba(s.transform(Xte))
    return fp

def boosted(depth=1, n=100, lr=0.1, leaf=10):
    from sklearn.ensemble import GradientBoostingClassifier
    def fp(Xtr, ytr, Xte):
        w = class_weights(ytr)[ytr]
        m = GradientBoostingClassifier(max_depth=depth, n_estimators=n, learning_rate=lr, min_samples_leaf=leaf, random_state=0, subsample=1.0)
        m.fit(Xtr, ytr, sample_weight=w)
        return m.predict_proba(Xte)
    return fp

def blend(a, b, t=0.5):
    def fp(Xtr, ytr, Xte):
        return t * a(Xtr, ytr, Xte) + (1 - t) * b(Xtr, ytr, Xte)
    return fp

if __name__ == "__main__":
    rows, X, y, docs = load(sys.argv[1])
    variants = {"logistic l2 0.05": logistic(0.05)}
    for d, n, lr in [(1, 100, 0.1), (1, 200, 0.05), (2, 100, 0.05), (2, 200, 0.05), (3, 100, 0.05)]:
        variants[f"boosted depth {d} x{n} lr {lr}"] = boosted(d, n, lr)
    for d, n, lr in [(1, 100, 0.1), (1, 200, 0.05), (2, 100, 0.05), (2, 200, 0.05), (3, 100, 0.05)]:
        variants[f"blend logistic + depth {d} x{n} lr {lr}"] = blend(logistic(0.05), boosted(d, n, lr))
    for name, fp in variants.items():
        m, f = crossfit(X, y, docs, fp)
        print(f"{name:40s} macro {m:.3f}  S {f[0]:.3f} C {f[1]:.3f} N {f[2]:.3f}", flush=True)
