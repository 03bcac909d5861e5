"""The shipped encoder and its unit embeddings: the right model, and a practice lead's edit needs no retraining."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from bot.core import PracticeGuide
from knowledge.embeddings import EmbeddingCache, model_fingerprint, unit_key
from knowledge.encoder import MODEL_DIR, MODEL_FILE, REFERENCES_FILE, SentenceEncoder
from knowledge.loader import PACK_DIR, load_pack
from knowledge.search import StandardsIndex

INT8_AGREEMENT = 0.94  # cosine between the int8 and the float model; int8 measured 0.956..0.978


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder()


def test_the_model_file_is_the_one_recorded() -> None:
    digest = hashlib.sha256((MODEL_DIR / MODEL_FILE).read_bytes()).hexdigest()
    assert digest == model_fingerprint()


def test_the_model_reproduces_the_recorded_reference_embeddings(encoder: SentenceEncoder) -> None:
    references = json.loads((MODEL_DIR / REFERENCES_FILE).read_text(encoding="utf-8"))
    got = encoder.encode(references["sentences"])
    expected = np.array(references["vectors"], dtype=np.float32)
    agreement = (got * expected).sum(axis=1)
    assert got.shape == expected.shape
    assert (agreement >= INT8_AGREEMENT).all(), agreement
    # and each sentence is nearest its own reference
    assert ((got @ expected.T).argmax(axis=1) == np.arange(len(got))).all()


def test_embeddings_are_unit_length_and_tell_topics_apart(encoder: SentenceEncoder) -> None:
    visit, visits, wifi = encoder.encode(
        ["how often do I visit a child on a CP plan", "CP visits how frequent", "wifi password for guests"]
    )
    assert np.allclose([np.linalg.norm(v) for v in (visit, visits, wifi)], 1.0, atol=1e-3)
    assert visit @ visits > visit @ wifi + 0.2


def test_the_shipped_cache_covers_every_unit_of_the_shipped_pack(guide: PracticeGuide) -> None:
    assert guide.index.embedded_at_load == 0


def test_an_added_alternate_question_is_embedded_at_load_and_found(tmp_path: Path) -> None:
    pack_dir = tmp_path / "pack"
    shutil.copytree(PACK_DIR, pack_dir)
    section = pack_dir / "sections" / "03-traffords-obsessions.yaml"
    invented = "which three fixations does the borough keep returning to"
    text = section.read_text(encoding="utf-8")
    section.write_text(text.replace("  questions:\n", f"  questions:\n  - {invented}\n", 1), encoding="utf-8")
    index = StandardsIndex(load_pack(pack_dir))
    assert index.embedded_at_load == 1
    assert index.search(invented)[0].entry.id == "obsessions-01"


def test_a_cache_made_by_another_model_is_not_used(tmp_path: Path, encoder: SentenceEncoder) -> None:
    texts = ["first unit", "second unit"]
    made = EmbeddingCache(tmp_path / "cache.npz", fingerprint="model-a")
    made.embed(texts, encoder)
    made.save(texts)
    assert EmbeddingCache(tmp_path / "cache.npz", fingerprint="model-a").embed(texts, None).shape == (2, 384)
    other = EmbeddingCache(tmp_path / "cache.npz", fingerprint="model-b")
    with pytest.raises(LookupError, match="2 units are not in the embedding cache"):
        other.embed(texts, None)


def test_units_are_keyed_by_their_text() -> None:
    assert unit_key("strat within 24 hours") == unit_key("strat within 24 hours")
    assert unit_key("strat within 24 hours") != unit_key("strat within 24 hours.")
