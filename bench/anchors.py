"""Rankers to compare the shipped index with, each over the same pack units.

Plain BM25 (folded words, stopwords dropped; no synonyms, typo correction or stemming) and the untuned
base encoder are the anchors; the shipped index's two halves show what each contributes.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from bot.core import PracticeGuide
from knowledge.embeddings import EmbeddingCache
from knowledge.encoder import MODEL_FILE, SentenceEncoder
from knowledge.lexical import BM25
from knowledge.search import StandardsIndex, _lexical_document
from knowledge.text import STOPWORDS, fold

BASE_MODEL_DIR = Path(__file__).parent / ".base-model"
LIMIT = 5


def _plain_terms(text: str) -> list[str]:
    return [w for w in fold(text).split() if w not in STOPWORDS]


def anchors(guide: PracticeGuide) -> dict[str, Callable[[str], list[str]]]:
    index = guide.index
    ids = [e.id for e in guide.pack.entries]
    plain = BM25([_plain_terms(_lexical_document(e)) for e in guide.pack.entries])

    def plain_bm25(question: str) -> list[str]:
        found = plain.scores(_plain_terms(question))
        return [ids[i] for i in sorted(found, key=lambda i: -found[i])[:LIMIT]]

    def half(pick: str, source: StandardsIndex) -> Callable[[str], list[str]]:
        def ranked(question: str) -> list[str]:
            scores = source.scores(question)
            return [h.entry.id for h in source.rank(getattr(scores, pick), LIMIT)]

        return ranked

    rankers: dict[str, Callable[[str], list[str]]] = {"anchor: plain BM25 over the pack's units": plain_bm25}
    if (BASE_MODEL_DIR / MODEL_FILE).exists():
        with tempfile.TemporaryDirectory() as scratch:
            base_encoder = SentenceEncoder(BASE_MODEL_DIR)
            base = StandardsIndex(
                guide.pack,
                pipeline=index.pipeline,
                encoder=base_encoder,
                cache=EmbeddingCache(Path(scratch) / "none.npz", fingerprint="base"),
            )
        rankers["anchor: untuned encoder"] = half("dense", base)
        rankers["untuned encoder fused with our BM25"] = half("fused", base)
    rankers["shipped: lexical only (our BM25)"] = half("lexical", index)
    rankers["shipped: encoder only"] = half("dense", index)
    rankers["shipped: fused"] = half("fused", index)
    return rankers
