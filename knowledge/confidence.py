"""Whether to quote the best standard, ask "did you mean", or say "I don't know".

A wrong quote may shape what happens to a child, so the decision reads several signals, not one
score: the encoder's top cosine, how far the best entry is ahead of the second, how much of the
question the best entry covers word for word, how many of the question's words the pack never uses,
and whether the encoder and BM25 agree on the best entry. A logistic model turns them into a probability that the best entry is right; it and its two
cut-offs are data (knowledge/model/confidence.json, written by bench/calibrate.py on the tune split,
the outside development set and near-miss out-of-scope questions).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knowledge.search import Scores

CONFIDENCE_FILE = Path(__file__).parent / "model" / "confidence.json"
FEATURES = (
    "fused_top",
    "fused_margin",
    "dense_top",
    "dense_margin",
    "lexical_top",
    "unknown_share",
    "agree",
)


class Verdict(StrEnum):
    ANSWER = "answer"
    DID_YOU_MEAN = "did_you_mean"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Confidence:
    verdict: Verdict
    probability: float  # that the best entry is the right one


def features(scores: Scores) -> dict[str, float]:
    order = scores.fused.argsort()[::-1]
    best, second = int(order[0]), int(order[1])
    dense_sorted = sorted(scores.dense, reverse=True)
    return {
        "fused_top": float(scores.fused[best]),
        "fused_margin": float(scores.fused[best] - scores.fused[second]),
        "dense_top": float(scores.dense[best]),
        "dense_margin": float(dense_sorted[0] - dense_sorted[1]),
        "lexical_top": float(scores.lexical[best]),
        "unknown_share": scores.unknown_share,
        # Both scorers put the same entry first: they fail in different ways, so agreement is evidence.
        "agree": float(int(scores.dense.argmax()) == int(scores.lexical.argmax()) == best),
    }


@dataclass(frozen=True)
class ConfidenceModel:
    weights: dict[str, float]
    bias: float
    answer_at: float
    did_you_mean_at: float

    @classmethod
    def load(cls, path: Path = CONFIDENCE_FILE) -> ConfidenceModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            weights={name: float(data["weights"][name]) for name in FEATURES},
            bias=float(data["bias"]),
            answer_at=float(data["answer_at"]),
            did_you_mean_at=float(data["did_you_mean_at"]),
        )

    def probability(self, signals: dict[str, float]) -> float:
        z = self.bias + sum(self.weights[name] * signals[name] for name in FEATURES)
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def judge(self, scores: Scores) -> Confidence:
        p = self.probability(features(scores))
        if p >= self.answer_at:
            return Confidence(Verdict.ANSWER, p)
        return Confidence(Verdict.DID_YOU_MEAN if p >= self.did_you_mean_at else Verdict.UNKNOWN, p)
