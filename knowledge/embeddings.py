"""Unit embeddings cached by the hash of each unit's text, so only new or edited units are embedded.

The cache ships for the shipped pack (knowledge/model/unit-embeddings.npz). When a practice lead edits
an entry or adds an alternate question, the loader embeds just those units (a few ms each) and the bot
works at once; `python -m knowledge.embeddings` writes them into the cache so later starts are quick.
Vectors are stored as float16: half the size, and cosine scores move by less than 0.001.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from knowledge.encoder import MODEL_DIR, MODEL_FILE, SentenceEncoder

CACHE_FILE = MODEL_DIR / "unit-embeddings.npz"
FINGERPRINT_FILE = MODEL_DIR / "encoder.sha256"


def unit_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def model_fingerprint(model_dir: Path = MODEL_DIR) -> str:
    """The model's sha256 as recorded beside it (tests check the record against the file)."""
    recorded = model_dir / FINGERPRINT_FILE.name
    if recorded.exists():
        return recorded.read_text(encoding="utf-8").split()[0]
    return hashlib.sha256((model_dir / MODEL_FILE).read_bytes()).hexdigest()


class EmbeddingCache:
    """Vectors by unit key, valid for one encoder (its fingerprint is stored with them)."""

    def __init__(self, path: Path = CACHE_FILE, *, fingerprint: str | None = None) -> None:
        self.path = path
        self.fingerprint = fingerprint or model_fingerprint(path.parent)
        self._vectors: dict[str, np.ndarray] = {}
        self.missing = 0  # units embedded at load because the cache did not have them
        if path.exists():
            with np.load(path) as stored:
                if str(stored["fingerprint"]) == self.fingerprint:
                    self._vectors = dict(zip(map(str, stored["keys"]), stored["vectors"], strict=True))

    def embed(self, texts: Sequence[str], encoder: SentenceEncoder | None) -> np.ndarray:
        """One unit-length row per text: from the cache where it has the text, else from the encoder."""
        keys = [unit_key(t) for t in texts]
        todo = [i for i, k in enumerate(keys) if k not in self._vectors]
        self.missing = len(todo)
        if todo:
            if encoder is None:
                raise LookupError(
                    f"{len(todo)} units are not in the embedding cache and no encoder was given"
                )
            fresh = encoder.encode([texts[i] for i in todo])
            for i, vector in zip(todo, fresh, strict=True):
                self._vectors[keys[i]] = vector.astype(np.float16)
        return np.vstack([self._vectors[k] for k in keys]).astype(np.float32)

    def save(self, keep: Sequence[str]) -> None:
        """Write the vectors of these texts (the pack's units) and drop the rest."""
        keys = list(dict.fromkeys(unit_key(t) for t in keep))
        np.savez_compressed(
            self.path,
            fingerprint=np.array(self.fingerprint),
            keys=np.array(keys),
            vectors=np.vstack([self._vectors[k] for k in keys]).astype(np.float16),
        )


class GroupedUnits:
    """Unit vectors grouped by their owner (an entry, a step), units of one owner side by side: each owner
    scores its best unit against a question, a max over one slice."""

    def __init__(self, vectors: np.ndarray, owners: Sequence[int]) -> None:
        owner = np.asarray(owners)
        self.vectors = vectors
        self.starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
        self.owners = owner[self.starts]  # the owner of each group, in order

    def best(self, query: np.ndarray) -> np.ndarray:
        """Each owner's best cosine with `query`. einsum, not `@`: a matrix-vector product through
        multithreaded BLAS costs 10x more on a busy machine, and one thread per answer is the budget."""
        return np.maximum.reduceat(np.einsum("ij,j->i", self.vectors, query), self.starts)


def refresh(pack_dir: Path | None = None) -> str:
    """Embed the pack's new or edited units and rewrite the cache; returns what was done."""
    from knowledge.loader import PACK_DIR, load_pack
    from knowledge.units import step_units, units

    pack = load_pack(pack_dir or PACK_DIR)
    texts = [u.text for u in units(pack.entries)] + [text for _, text in step_units(pack.steps)]
    cache = EmbeddingCache()
    cache.embed(texts, SentenceEncoder())
    cache.save(texts)
    return f"{len(texts)} units, {cache.missing} newly embedded; wrote {cache.path}"


if __name__ == "__main__":
    print(refresh(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
