"""Checks questions.jsonl: parses, phrases verbatim and >= 6 words, due recomputed by oracle,
date mentioned in q matches the spec start, kind/voice tallies."""
import json, re, collections, datetime as dt
import oracle, rows

src = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
out = [json.loads(l) for l in open('questions.jsonl', encoding='utf-8')]
assert len(out) == len(rows.ROWS)
MON = {m: i + 1 for i, m in enumerate(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'])}
bad = 0
for o, r in zip(out, rows.ROWS):
    assert set(o) >= {"q", "today", "due", "expect_any", "count", "voice", "kind"}
    assert o["voice"] in {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
    assert o["kind"] in {"date", "visits", "age", "choice", "none"}
    dt.date.fromisoformat(o["today"])
    assert o["expect_any"], o
    for p in o["expect_any"]:
        if p not in src:
            print("PHRASE NOT FOUND:", p); bad += 1
        if len(p.split()) < 6:
            print("PHRASE TOO SHORT:", p); bad += 1
    if o["kind"] == "none":
        assert o["due"] is None
        continue
    due, _ = oracle.compute(r["rule"], dt.date.fromisoformat(r["today"]))
    assert due.isoformat() == o["due"]
    if o["kind"] == "choice":
        assert len(o["expect_any"]) >= 2
    # date-in-text check for ISO starts
    rule = r["rule"][1] if o["kind"] != "choice" else r["rule"][1][1]
    if oracle._iso(rule):
        d = dt.date.fromisoformat(rule)
        q = o["q"].lower()
        pairs = {(int(a), int(b)) for a, b in re.findall(r'\b(\d{1,2})[/.](\d{1,2})\b', q)}
        for a, m in re.findall(r'\b(\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)', q):
            pairs.add((int(a), MON[m]))
        for m, a in re.findall(r'\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (\d{1,2})\b', q):
            pairs.add((int(a), MON[m]))
        mentions_today = any(w in q for w in ['today', 'this morning', 'this am', 'this afternoon', 'tonight', 'yesterday', 'christmas', 'easter'])
        if (d.day, d.month) not in pairs and not mentions_today:
            print("DATE NOT IN TEXT:", rule, "|", o["q"]); bad += 1
        if 'today' in q and (d.day, d.month) not in pairs and d.isoformat() != o["today"] and 'yesterday' not in q:
            print("TODAY MISMATCH:", rule, o["today"], "|", o["q"]); bad += 1
print("kinds", collections.Counter(o["kind"] for o in out))
print("voices", collections.Counter(o["voice"] for o in out))
print("rows", len(out), "problems", bad)
years = collections.Counter(o["today"][:4] for o in out); print("today years", years)
