#!/usr/bin/env python3
"""Oracle for the deadline question set. Standard library only (datetime).
Run: python3 oracle.py  -> writes questions.jsonl next to this file and checks it."""
import datetime as dt, json, os, re, sys
D = dt.date
WD = ['Mon','Tue','Wed','Thu','Fri','Sat','Sun']
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = '/work/shared/source/practice-standards.txt'

# England and Wales bank holidays 2024-2028, typed by hand
BH = {D(*x) for x in [
 (2024,1,1),(2024,3,29),(2024,4,1),(2024,5,6),(2024,5,27),(2024,8,26),(2024,12,25),(2024,12,26),
 (2025,1,1),(2025,4,18),(2025,4,21),(2025,5,5),(2025,5,26),(2025,8,25),(2025,12,25),(2025,12,26),
 (2026,1,1),(2026,4,3),(2026,4,6),(2026,5,4),(2026,5,25),(2026,8,31),(2026,12,25),(2026,12,28),
 (2027,1,1),(2027,3,26),(2027,3,29),(2027,5,3),(2027,5,31),(2027,8,30),(2027,12,27),(2027,12,28),
 (2028,1,3),(2028,4,14),(2028,4,17),(2028,5,1),(2028,5,29),(2028,8,28),(2028,12,25),(2028,12,26)]}

def _selfcheck_bh():
    # independent rule-based cross-check of the typed list
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
        return D(y,mo,da)
    s=set()
    for y in range(2024,2029):
        nyd=D(y,1,1)
        while nyd.weekday()>4: nyd+=dt.timedelta(1)
        s.add(nyd); e=easter(y); s|={e-dt.timedelta(2),e+dt.timedelta(1)}
        m=D(y,5,1)
        while m.weekday(): m+=dt.timedelta(1)
        s.add(m)
        m=D(y,5,31)
        while m.weekday(): m-=dt.timedelta(1)
        s.add(m)
        m=D(y,8,31)
        while m.weekday(): m-=dt.timedelta(1)
        s.add(m)
        c=D(y,12,25); b=D(y,12,26)
        if c.weekday()==5: c,b=D(y,12,27),D(y,12,28)      # Sat/Sun -> Mon/Tue
        elif c.weekday()==6: c=D(y,12,27)                  # Sun: Boxing Mon 26, Xmas sub Tue 27
        elif c.weekday()==4: b=D(y,12,28)                  # Fri: Boxing Sat -> Mon 28
        s|={c,b}
    assert s==BH, sorted(s^BH)
_selfcheck_bh()

def iso(x): return D.fromisoformat(x) if isinstance(x,str) else x
def f(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def isw(d): return d.weekday()<5 and d not in BH

def resolve(start, today):
    t=iso(today)
    if start=='today': return t
    if start=='yesterday': return t-dt.timedelta(1)
    if start=='tomorrow': return t+dt.timedelta(1)
    m=re.match(r'(last|next):(\w\w\w)$',start)
    if m:
        w=WD.index(m.group(2)); d=t
        step=-1 if m.group(1)=='last' else 1
        while True:
            d+=dt.timedelta(step)
            if d.weekday()==w: return d
    return iso(start)

def addm(d,n):
    y=d.year+(d.month-1+n)//12; mo=(d.month-1+n)%12+1
    last=[31,29 if (y%4==0 and (y%100 or y%400==0)) else 28,31,30,31,30,31,31,30,31,30,31][mo-1]
    return D(y,mo,min(d.day,last)), d.day>last

def compute(spec, today):
    k=spec[0]
    if k=='none': return None,'the standards set no timescale for this'
    if k=='choice':
        a,ca=compute(spec[1],today); b,cb=compute(spec[2],today)
        return min(a,b), f"option A: {ca} | option B: {cb}; due = earlier"
    s=resolve(spec[1],today)
    rel='' if spec[1][:1].isdigit() else f"'{spec[1]}' from today {f(iso(today))} = {s.isoformat()}; "
    if k=='same': return s, rel+f"same day as {f(s)}"
    if k in('wd','wdb'):
        n=spec[2]; d=s; c=0; skipped=[]; step=1 if k=='wd' else -1
        while c<n:
            d+=dt.timedelta(step)
            if isw(d): c+=1
            elif d in BH: skipped.append(d.isoformat())
        sk=f"; skips bank holidays {', '.join(skipped)}" if skipped else "; no bank holidays in range"
        note='' if isw(s) else f"; start day is not a working day, counted from it"
        return d, rel+f"{n} working days {'after' if k=='wd' else 'before'} {f(s)} -> {f(d)}{sk}{note}"
    if k=='d':
        d=s+dt.timedelta(spec[2]); return d, rel+f"{spec[2]} calendar days after {f(s)} -> {f(d)}"
    if k=='db':
        d=s-dt.timedelta(spec[2]); return d, rel+f"{spec[2]} calendar days before {f(s)} -> {f(d)}"
    if k=='w':
        d=s+dt.timedelta(7*spec[2]); return d, rel+f"{spec[2]} weeks ({7*spec[2]} days) after {f(s)} -> {f(d)}"
    if k=='m':
        d,cl=addm(s,spec[2]); return d, rel+f"{spec[2]} months after {f(s)} -> {f(d)}"+("; clamped to month end" if cl else "")
    if k=='age':
        y,mo=spec[2],spec[3]
        if s.month==2 and s.day==29 and mo==0:
            t=D(s.year+y,2,28)
            leap=(t.year%4==0 and (t.year%100 or t.year%400==0))
            d=D(t.year,2,29) if leap else D(t.year,3,1)
            return d, f"born {f(s)}; {y}th birthday {'29 Feb (leap year)' if leap else 'falls on 1 March in a non-leap year (29 Feb birthday)'} -> {f(d)}"
        d,cl=addm(s,12*y+mo)
        return d, f"born {f(s)}; age {y}y{mo}m reached on {f(d)}"+("; no such day that month, clamped to month end" if cl else "")
    raise ValueError(spec)

from rows import ROWS, P

def main():
    src=open(SRC,encoding='utf-8').read()
    out=[]; bad=[]
    for r in ROWS:
        voice,kind,today,q,spec,keys=r[:6]; amb=r[6] if len(r)>6 else None
        due,count=compute(spec,today)
        phrases=[P[k] for k in keys]
        for p in phrases:
            if p not in src: bad.append(('phrase',p))
            if len(p.split())<6: bad.append(('short',p))
        if kind=='none': assert spec[0]=='none'
        if kind=='choice': assert spec[0]=='choice' and len(phrases)>=2
        row={'q':q,'today':today,'due':due.isoformat() if due else None,'expect_any':phrases,
             'count':count,'voice':voice,'kind':kind}
        if amb: row['ambiguous']=amb
        out.append(row)
    with open(os.path.join(HERE,'questions.jsonl'),'w',encoding='utf-8') as fh:
        for row in out: fh.write(json.dumps(row,ensure_ascii=False)+'\n')
    if bad: print('BAD',bad); sys.exit(1)
    from collections import Counter
    print(len(out), Counter(r['kind'] for r in out), Counter(r['voice'] for r in out))

if __name__=='__main__': main()
