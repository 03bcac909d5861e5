"""Fit when to answer: a logistic model over the search signals, and its two cut-offs.

Run: .venv/bin/python -m bench.calibrate          (prints the trade-off; --write saves confidence.json)

Calibrated only on the own tune split, the outside development set (when ../shared is present), the
round-2 independent set (tuned on for out-of-scope questions since the third session) and the near-miss
out-of-scope questions (bench/eval/near-miss-oos*.yaml); never on the own held-out split or the round-3
independent set. A question is a
positive when the top entry is right; out-of-scope questions are negatives. The answer cut-off is, among
those refusing at most 5% of answerable questions, the one that maximises right answers minus twice
the wrong ones (a wrong quote costs more than an "I don't know"), in-scope and out-of-scope as groups.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import yaml

from bench.evalsets import DEVELOPMENT_FILE, INDEPENDENT_FILE, Case, jsonl_cases, own_cases
from bot.core import PracticeGuide
from calculators.chatdates import find_dates
from knowledge.confidence import CONFIDENCE_FILE, FEATURES, ConfidenceModel, features

NEAR_MISS_FILES = sorted((Path(__file__).parent / "eval").glob("near-miss-oos*.yaml"))
WRONG_COST = 2.0
MAX_WRONGLY_ABSTAINED = 0.05  # the target: at most 1 in 20 answerable questions refused
DID_YOU_MEAN_SHARE = 0.5  # "did you mean" from this share of the answer cut-off's probability


def calibration_cases(guide: PracticeGuide) -> list[Case]:
    """The calibration questions; `split` names their source, so each source can be held to the target."""
    cases = [replace(c, split="own") for c in own_cases("tune") if c.kind in ("standard", "oos")]
    if DEVELOPMENT_FILE.exists():
        cases += [
            replace(c, split="development")
            for c in jsonl_cases(DEVELOPMENT_FILE, guide.pack)
            if c.kind in ("standard", "oos")
        ]
    cases += [
        replace(c, split="independent")
        for c in jsonl_cases(INDEPENDENT_FILE, guide.pack)
        if c.kind in ("standard", "oos")
    ]
    near = [
        q for path in NEAR_MISS_FILES for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    ]
    return cases + [Case(q=str(q), kind="oos", voice="near-miss", split="near-miss") for q in near]


def signals(guide: PracticeGuide, cases: list[Case]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    rows, right, in_scope, source = [], [], [], []
    for case in cases:
        if guide.definitions.define(case.q) is not None or guide.not_covered.find(case.q) is not None:
            continue  # the glossary or a topic outside the standards answers it before any search
        finding = find_dates(case.q, case.today or date.today())
        words = case.q
        for found in finding.dates:
            words = words.replace(found.text, " ")
        scores = guide.index.scores(words)
        found_features = features(scores)
        rows.append([found_features[name] for name in FEATURES])
        best = guide.pack.entries[int(scores.fused.argmax())].id
        right.append(case.in_scope and best in case.expect)
        in_scope.append(case.in_scope)
        source.append(case.split)
    return np.array(rows), np.array(right, dtype=float), np.array(in_scope), np.array(source)


def fit(x: np.ndarray, y: np.ndarray, *, l2: float = 0.01, steps: int = 4000) -> tuple[np.ndarray, float]:
    """Logistic regression by gradient descent on standardised features; weights for raw features."""
    mean, std = x.mean(0), x.std(0) + 1e-9
    z = (x - mean) / std
    # In-scope and out-of-scope weigh the same, however many of each there are.
    weight = np.where(y > 0, 0.5 / max(1, y.sum()), 0.5 / max(1, (1 - y).sum())) * len(y)
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        g = (p - y) * weight
        w -= 0.5 * (z.T @ g / len(y) + l2 * w)
        b -= 0.5 * g.mean()
    return w / std, float(b - (w * mean / std).sum())


def trade_off(p: np.ndarray, right: np.ndarray, in_scope: np.ndarray, cut: float) -> dict[str, float]:
    answered = p >= cut
    scope = in_scope.astype(bool)
    return {
        "right answered": float((answered & (right > 0))[scope].mean()),
        "wrong answered": float((answered & (right == 0))[scope].mean()),
        "wrongly abstained": float((~answered)[scope].mean()),
        "oos abstained": float((~answered)[~scope].mean()),
    }


def utility(row: dict[str, float]) -> float:
    return (
        row["right answered"] - WRONG_COST * row["wrong answered"] - WRONG_COST * (1 - row["oos abstained"])
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {CONFIDENCE_FILE}")
    args = parser.parse_args()
    guide = PracticeGuide.load()
    x, right, in_scope, source = signals(guide, calibration_cases(guide))
    weights, bias = fit(x, right)
    p = 1 / (1 + np.exp(-(x @ weights + bias)))
    cuts = np.round(np.arange(0.05, 0.96, 0.05), 2)
    rows = {float(c): trade_off(p, right, in_scope, c) for c in cuts}
    for cut, row in rows.items():
        print(
            f"cut {cut:.2f}: "
            + ", ".join(f"{k} {v:.3f}" for k, v in row.items())
            + f"; utility {utility(row):.3f}"
        )
    # Each source of answerable questions is held to the target on its own: the pooled rate would let
    # the easy own split hide refusals on the outside author's questions.
    sources = sorted(set(source[in_scope.astype(bool)]))
    allowed = [
        c
        for c in rows
        if all(
            trade_off(p[source == s], right[source == s], in_scope[source == s], c)["wrongly abstained"]
            <= MAX_WRONGLY_ABSTAINED
            for s in sources
        )
    ] or list(rows)
    best = max(allowed, key=lambda c: utility(rows[c]))
    print(f"{len(right)} questions ({int(in_scope.sum())} in scope); answer from p >= {best:.2f}")
    model = {
        "weights": dict(zip(FEATURES, map(float, weights), strict=True)),
        "bias": bias,
        "answer_at": best,
        "did_you_mean_at": round(best * DID_YOU_MEAN_SHARE, 3),
        "calibrated_on": (
            "own tune split, outside development set, round-2 independent set, bench/eval/near-miss-oos*.yaml"
        ),
        "measured": {"at answer cut-off": rows[best]},
    }
    if args.write:
        CONFIDENCE_FILE.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
        ConfidenceModel.load()  # fails loudly if what was written cannot be read back
        print(f"wrote {CONFIDENCE_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
