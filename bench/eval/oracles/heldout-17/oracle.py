"""Oracle for the held-out deadline question set (standard library only).

Computes `due` and `count` for every row described in rows.py and writes questions.jsonl.
Conventions (from the brief):
  wd  N : Nth working day strictly after the event (event may be a weekend/bank holiday)
  wdb N : Nth working day strictly before the event
  cd  N : event + N calendar days ("within N days")
  cdb N : event - N calendar days ("at least N days prior")
  wk  N : event + 7N days
  mo  N : same day N months later, clamped to month end (31 Jan + 1 month = 28/29 Feb)
  age Y M : date of birth + Y years M months (29 Feb -> 1 Mar in non-leap years for whole-year ages)
  same  : the same day
"""
import datetime as dt
import json, os, sys

D = dt.date

# England and Wales bank holidays, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27), D(2024, 8, 26),
    D(2024, 12, 25), D(2024, 12, 26),
    # 2025
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26), D(2025, 8, 25),
    D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Boxing Day Sat -> substitute Mon 28 Dec)
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31),
    D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27 and Tue 28 Dec)
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31), D(2027, 8, 30),
    D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (New Year Sat -> substitute Mon 3 Jan)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29), D(2028, 8, 28),
    D(2028, 12, 25), D(2028, 12, 26),
}

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _selfcheck():
    for h in BANK_HOLIDAYS:
        assert h.weekday() < 5, h  # every (substitute) bank holiday is a weekday
    for y in range(2024, 2029):
        hs = sorted(h for h in BANK_HOLIDAYS if h.year == y)
        assert len(hs) == 8, (y, hs)
        # Good Friday / Easter Monday pair
        gf = [h for h in hs if h.weekday() == 4 and h.month in (3, 4)]
        assert len(gf) == 1 and gf[0] + dt.timedelta(days=3) in BANK_HOLIDAYS, y
        # early May = first Monday of May, spring = last Monday of May, summer = last Monday of Aug
        may = [h for h in hs if h.month == 5]
        assert may[0].day <= 7 and may[0].weekday() == 0 and may[1].day > 24 and may[1].weekday() == 0, y
        aug = [h for h in hs if h.month == 8]
        assert len(aug) == 1 and aug[0].day > 24 and aug[0].weekday() == 0, y


def iso(d):
    return d.isoformat()


def lab(d):
    return f"{iso(d)} ({DAYS[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def add_wd(d, n, step=1):
    skipped = []
    cur, k = d, 0
    while k < n:
        cur += dt.timedelta(days=step)
        if is_wd(cur):
            k += 1
        elif cur in BANK_HOLIDAYS:
            skipped.append(cur)
    return cur, sorted(skipped)


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][m - 1]
    return D(y, m, min(d.day, last)), d.day > last


def P(s):
    return dt.date.fromisoformat(s)


def compute(calc):
    """calc = (op, 'YYYY-MM-DD', n[, m]) -> (due date, count string)"""
    op, s = calc[0], P(calc[1])
    if op in ("wd", "wdb"):
        n = calc[2]
        due, sk = add_wd(s, n, 1 if op == "wd" else -1)
        txt = f"{n} working day{'s' if n != 1 else ''} {'after' if op == 'wd' else 'before'} {lab(s)} -> {lab(due)}"
        if sk:
            txt += "; skips bank holidays " + ", ".join(iso(x) for x in sk)
        if not is_wd(s):
            txt += f"; start day {iso(s)} is not a working day, counted from it"
        return due, txt
    if op == "cd":
        due = s + dt.timedelta(days=calc[2])
        return due, f"{calc[2]} calendar days after {lab(s)} -> {lab(due)}"
    if op == "cdb":
        due = s - dt.timedelta(days=calc[2])
        return due, f"{calc[2]} calendar days before {lab(s)} -> {lab(due)}"
    if op == "wk":
        due = s + dt.timedelta(days=7 * calc[2])
        return due, f"{calc[2]} weeks ({7 * calc[2]} days) after {lab(s)} -> {lab(due)}"
    if op == "mo":
        due, clamped = add_months(s, calc[2])
        txt = f"{calc[2]} months after {lab(s)} -> {lab(due)}"
        if clamped:
            txt += f" (day {s.day} does not exist in that month: last day of month used)"
        return due, txt
    if op == "age":
        y, m = calc[2], calc[3] if len(calc) > 3 else 0
        if m == 0 and s.month == 2 and s.day == 29:
            yy = s.year + y
            leap = yy % 4 == 0 and (yy % 100 != 0 or yy % 400 == 0)
            due = D(yy, 2, 29) if leap else D(yy, 3, 1)
            txt = f"age {y} birthday for DOB {lab(s)} -> {lab(due)}"
            if not leap:
                txt += f" (29 Feb birthday, {yy} not a leap year: 1 March used)"
            return due, txt
        due, clamped = add_months(s, 12 * y + m)
        txt = f"age {y} years {m} months for DOB {lab(s)} -> {lab(due)}"
        if clamped:
            txt += f" (day {s.day} does not exist in that month: last day of month used)"
        return due, txt
    if op == "same":
        return s, f"same day as {lab(s)}"
    raise ValueError(op)


def main():
    _selfcheck()
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    from rows import ROWS, PH
    out = []
    for r in ROWS:
        row = {"q": r["q"], "today": r["today"]}
        if r["kind"] == "none":
            row["due"] = None
            row["count"] = "no timescale in the standards: " + r["why"]
        elif r["kind"] == "choice":
            res = [(compute(c), name) for c, name in r["calc"]]
            res.sort(key=lambda x: x[0][0])
            row["due"] = iso(res[0][0][0])
            row["count"] = "; OR ".join(f"{name}: {t}" for (d, t), name in res) + f"; earlier = {row['due']}"
        else:
            due, txt = compute(r["calc"])
            row["due"] = iso(due)
            row["count"] = txt
        row["expect_any"] = [PH[k] for k in r["ph"]]
        row["voice"] = r["voice"]
        row["kind"] = r["kind"]
        if r.get("amb"):
            row["ambiguous"] = r["amb"]
        out.append(row)
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(out), "rows written")


if __name__ == "__main__":
    main()
