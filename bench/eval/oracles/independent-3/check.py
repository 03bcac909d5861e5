#!/usr/bin/env python3
"""Check questions.jsonl against the source document.

- every line parses as a JSON object with the fields its kind needs
- every `standard` phrase occurs verbatim (exact substring) in the source and has >= 6 words
- every `standard` section heading occurs in the source as a line, and each phrase occurs
  inside that section (between its heading and the next known heading)  [warning only]
- prints counts by kind, by voice, by kind x voice, and standard rows by section
"""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/source/practice-standards.txt"
QF = os.path.join(HERE, "questions.jsonl")
VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
KINDS = {"standard", "glossary", "oos"}

src = open(SRC, encoding="utf-8").read()
src_lines = [l.strip() for l in src.split("\n")]

errors, warnings = [], []
rows = []
with open(QF, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: does not parse: {e}")
            continue
        if not isinstance(r, dict):
            errors.append(f"line {n}: not an object")
            continue
        rows.append((n, r))

# section boundaries: position of each heading line in the source
headings = sorted({r["section"] for _, r in rows if r.get("kind") == "standard" and "section" in r})
starts = {}
for h in headings:
    idx = [i for i, l in enumerate(src_lines) if l == h]
    if not idx:
        errors.append(f"section heading not found as a line in source: {h!r}")
    else:
        starts[h] = sum(len(l) + 1 for l in src.split("\n")[: idx[0]])
order = sorted(starts.items(), key=lambda kv: kv[1])
span = {}
for i, (h, s) in enumerate(order):
    e = order[i + 1][1] if i + 1 < len(order) else len(src)
    span[h] = (s, e)

seen_q = Counter()
for n, r in rows:
    k = r.get("kind")
    if k not in KINDS:
        errors.append(f"line {n}: bad kind {k!r}")
        continue
    q = r.get("q")
    if not isinstance(q, str) or not q.strip():
        errors.append(f"line {n}: missing q")
    seen_q[q] += 1
    if r.get("voice") not in VOICES:
        errors.append(f"line {n}: bad voice {r.get('voice')!r}")
    allowed = {"standard": {"kind", "q", "expect_any", "section", "voice"},
               "glossary": {"kind", "q", "expect_any", "voice"},
               "oos": {"kind", "q", "voice"}}[k]
    if set(r) != allowed:
        errors.append(f"line {n}: fields {sorted(r)} != {sorted(allowed)}")
    if k in ("standard", "glossary"):
        ea = r.get("expect_any")
        if not isinstance(ea, list) or not ea or not all(isinstance(p, str) and p for p in ea):
            errors.append(f"line {n}: expect_any must be a non-empty list of strings")
            continue
    if k == "standard":
        for p in r["expect_any"]:
            if len(p.split()) < 6:
                errors.append(f"line {n}: phrase under 6 words: {p!r}")
            if p not in src:
                errors.append(f"line {n}: phrase not verbatim in source: {p!r}")
            elif r.get("section") in span:
                s, e = span[r["section"]]
                if p not in src[s:e]:
                    warnings.append(f"line {n}: phrase found in source but not inside section "
                                    f"{r['section']!r} (expected when a second, equally good statement sits in another section): {p!r}")
    if k == "glossary":
        for p in r["expect_any"]:
            if p != p.lower():
                errors.append(f"line {n}: glossary phrase not lower case: {p!r}")

for q, c in seen_q.items():
    if c > 1:
        errors.append(f"duplicate question: {q!r}")

kinds = Counter(r["kind"] for _, r in rows)
voices = Counter(r.get("voice") for _, r in rows)
kv = Counter((r["kind"], r.get("voice")) for _, r in rows)
secs = Counter(r["section"] for _, r in rows if r["kind"] == "standard")

print(f"rows: {len(rows)}")
print("by kind:", dict(kinds))
print("by voice (all):", dict(sorted(voices.items())))
for k in ("standard", "glossary", "oos"):
    print(f"  {k:9s}", {v: kv[(k, v)] for v in sorted(VOICES)})
print("standard rows by section (source order):")
for h, _ in order:
    s, e = span[h]
    print(f"  {secs[h]:3d}  ({e - s:5d} chars)  {h}")
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
