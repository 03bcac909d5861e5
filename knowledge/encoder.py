"""Sentence embeddings from the shipped ONNX encoder: onnxruntime and tokenizers only, never torch.

The graph (made by bench/train.py) already mean-pools and L2-normalises, so a dot product of two
embeddings is their cosine similarity. One thread: the bot answers one question at a time per worker,
and the machine's cores are shared.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

MODEL_DIR = Path(__file__).parent / "model"
MODEL_FILE = "encoder.onnx"
TOKENIZER_FILE = "tokenizer.json"
MAX_TOKENS = 128  # the base model was trained on at most 128 word pieces
BATCH = 32
REFERENCES_FILE = "reference-embeddings.json"
# Embedded by the float model when it is shipped; tests check the shipped model still gives these.
REFERENCE_SENTENCES = [
    "how often do I visit a child on a CP plan?",
    "strat was yesterday, when is the ICPC due",
    "what does SHOPBA stand for",
    "the wifi password for visitors",
]


class SentenceEncoder:
    """Text in, unit-length float32 vectors out."""

    def __init__(self, model_dir: Path = MODEL_DIR, *, threads: int = 1) -> None:
        self.model_path = model_dir / MODEL_FILE
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # Basic graph optimisation: measured faster to load and to run than "all" for this int8 graph.
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        self._session = ort.InferenceSession(
            str(self.model_path), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(model_dir / TOKENIZER_FILE))
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

    @cached_property
    def fingerprint(self) -> str:
        """sha256 of the model file: cached unit embeddings are only valid for the model that made them."""
        return hashlib.sha256(self.model_path.read_bytes()).hexdigest()

    def whole_words(self) -> frozenset[str]:
        """Words the tokenizer knows whole: about 20,000 correctly spelt lower-case English words."""
        return frozenset(w for w in self._tokenizer.get_vocab() if w.isalpha() and w.isascii())

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, in order; shape (len(texts), dimensions)."""
        rows = [self._encode_batch(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)]
        return np.vstack(rows) if rows else np.zeros((0, 0), dtype=np.float32)

    def _encode_batch(self, texts: Sequence[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(list(texts))
        feed = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        (embeddings,) = self._session.run(["embedding"], feed)
        return np.asarray(embeddings, dtype=np.float32)
