#!/usr/bin/env python3
"""Checks questions.jsonl: parses, phrases verbatim in source (>=6 words), due matches oracle, tallies."""
import json, os, collections, importlib.util, datetime as dt
here = os.path.dirname(os.path.abspath(__file__))
src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
spec = importlib.util.spec_from_file_location("oracle", os.path.join(here, "oracle.py"))
oracle = importlib.util.module_from_spec(spec); spec.loader.exec_module(oracle)
spec = importlib.util.spec_from_file_location("rows", os.path.join(here, "rows.py"))
rows = importlib.util.module_from_spec(spec); spec.loader.exec_module(rows)
lines = open(os.path.join(here, "questions.jsonl"), encoding="utf-8").read().splitlines()
assert len(lines) == len(rows.ROWS), (len(lines), len(rows.ROWS))
errs = 0
kinds, voices = collections.Counter(), collections.Counter()
VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
KINDS = {"date", "visits", "age", "choice", "none"}
qs = set()
for i, (line, r) in enumerate(zip(lines, rows.ROWS), 1):
    o = json.loads(line)
    for f in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
        if f not in o: print(i, "missing", f); errs += 1
    dt.date.fromisoformat(o["today"])
    if o["voice"] not in VOICES or o["kind"] not in KINDS: print(i, "bad voice/kind"); errs += 1
    if o["q"] in qs: print(i, "duplicate q"); errs += 1
    qs.add(o["q"])
    if not o["expect_any"]: print(i, "no phrases"); errs += 1
    for p in o["expect_any"]:
        if p not in src: print(i, "PHRASE NOT IN SOURCE:", p); errs += 1
        if len(p.split()) < 6: print(i, "phrase < 6 words:", p); errs += 1
    due, count = oracle.compute(r["rule"])
    exp = due.isoformat() if due else None
    if o["due"] != exp or o["count"] != count: print(i, "due/count mismatch"); errs += 1
    if (o["kind"] == "none") != (o["due"] is None): print(i, "none/null mismatch"); errs += 1
    if o["kind"] == "choice":
        if r["rule"][0] != "choice" or len(o["expect_any"]) < 2: print(i, "choice needs 2 standards"); errs += 1
    kinds[o["kind"]] += 1; voices[o["voice"]] += 1
# bank-holiday sanity: every typed BH is a weekday; cross-check against rule-based computation
def easter(y):
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
    return dt.date(y,mo,da)
def rule_bh(y):
    out=set(); D=dt.date; td=dt.timedelta
    nyd=D(y,1,1); out.add(nyd if nyd.weekday()<5 else nyd+td(days=7-nyd.weekday()))
    e=easter(y); out |= {e-td(days=2), e+td(days=1)}
    m=D(y,5,1); out.add(m+td(days=(7-m.weekday())%7))
    m=D(y,5,31); out.add(m-td(days=m.weekday()))
    m=D(y,8,31); out.add(m-td(days=m.weekday()))
    c=D(y,12,25); b=D(y,12,26)
    if c.weekday()<5 and b.weekday()<5: out|={c,b}
    elif c.weekday()==4: out|={c,D(y,12,28)}
    elif c.weekday()==5: out|={D(y,12,27),D(y,12,28)}
    elif c.weekday()==6: out|={D(y,12,26),D(y,12,27)}
    return out
calc=set()
for y in range(2024,2029): calc|=rule_bh(y)
if calc != oracle.BH: print("BANK HOLIDAY MISMATCH", sorted(calc ^ oracle.BH)); errs += 1
n = len(lines)
print("rows", n); print("kinds", dict(kinds)); print("voices", dict(voices))
print("indirect share %.2f" % (voices["indirect"] / n))
print("ambiguous", sum(1 for l in lines if "ambiguous" in json.loads(l)))
print("ERRORS", errs)

# relative-date sanity: 'today'/'yesterday'/'tomorrow'/'last <weekday>' must match a rule date
def rule_dates(rule):
    if rule[0] == "choice":
        return [d for _, sub in rule[1] for d in rule_dates(sub)]
    return [dt.date.fromisoformat(x) for x in rule[1:] if isinstance(x, str) and len(x) == 10 and x[4] == "-"]
rel_err = 0
# rows where 'today' is a deliberate distractor (a second strat / a delivery date), not the start event
DISTRACTOR_TODAY = ("Child is 4 (DOB 11/05/2023)", "Legal Gateway agreed PLO on 10/08/2027")
WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
for i, r in enumerate(rows.ROWS, 1):
    q = r["q"].lower(); t = dt.date.fromisoformat(r["today"]); ds = rule_dates(r["rule"])
    if r["rule"][0] == "none":
        continue
    want = []
    if "yesterday" in q: want.append(t - dt.timedelta(days=1))
    if "tomorrow" in q: want.append(t + dt.timedelta(days=1))
    if "today" in q and "yesterday" not in q and "tomorrow" not in q: want.append(t)
    for k, w in enumerate(WD):
        if "last " + w in q:
            d = t - dt.timedelta(days=1)
            while d.weekday() != k: d -= dt.timedelta(days=1)
            want.append(d)
    for w in want:
        if w not in ds and not r["q"].startswith(DISTRACTOR_TODAY):
            print(i, "relative date mismatch", w, ds, r["q"][:70]); rel_err += 1
    if any(d > t for d in ds):
        print("   note: row", i, "counts from/before a future date:", r["q"][:60])
print("relative-date errors", rel_err)
