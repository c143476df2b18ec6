#!/usr/bin/env python3
"""Validate triage-bank-2.jsonl: JSON, ids, kinds/categories, langs, lengths, duplicates; print counts."""
import json, re, sys, collections
import os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'triage-bank-2.jsonl')
OLD = os.path.join(HERE, 'triage-train.jsonl')
ALLOWED = {
 'crisis': {'method-research','trapped','hopelessness','burden','goodbye-preparatory','plan-timing','means-stockpiling',
            'overdose-poisoning','self-harm','indirect-ideation','passive-wish','direct-ideation','someone-else-at-risk',
            'crisis-in-question','spanish'},
 'emergency': {'chest-pain','breathing','seizure','unresponsive','blue-lips','severe-confusion','allergic-reaction',
               'high-blood-pressure','fainted-head-injury','other','emergency-spanish'},
 'noncrisis': {'past-history','informational','idiom','grief'},
 'advice': {'child','side-effect-personal','stop-change','dose','medications','condition','eligibility','pregnancy'},
 'question': {'logistics','how-it-works','cost-insurance','short','rambling'},
}
MIN = {('crisis','method-research'):70,('crisis','trapped'):35,('crisis','hopelessness'):35,('crisis','burden'):25,
 ('crisis','goodbye-preparatory'):35,('crisis','plan-timing'):35,('crisis','means-stockpiling'):35,
 ('crisis','overdose-poisoning'):35,('crisis','self-harm'):30,('crisis','indirect-ideation'):30,('crisis','passive-wish'):25,
 ('crisis','direct-ideation'):20,('crisis','someone-else-at-risk'):40,('crisis','crisis-in-question'):40,('crisis','spanish'):50,
 ('noncrisis','past-history'):50,('noncrisis','informational'):45,('noncrisis','idiom'):40,('noncrisis','grief'):25,
 ('advice','child'):25,('advice','side-effect-personal'):30,('advice','stop-change'):25,('advice','dose'):20,
 ('advice','medications'):20,('advice','condition'):20,('advice','eligibility'):20,('advice','pregnancy'):10}
KIND_MIN = {'emergency':90,'noncrisis':160,'advice':170,'question':80}
norm = lambda s: re.sub(r'[^\w ]', '', s.lower()).strip()
errs, rows = [], []
for n, line in enumerate(open(PATH, encoding='utf-8'), 1):
    try: d = json.loads(line)
    except Exception as e: errs.append(f'line {n}: bad json {e}'); continue
    if list(d) != ['id','kind','category','lang','q']: errs.append(f'line {n}: keys {list(d)}')
    if d.get('id') != f'tr-{3000+n}': errs.append(f'line {n}: id {d.get("id")} expected tr-{3000+n}')
    if d.get('category') not in ALLOWED.get(d.get('kind'), ()): errs.append(f'line {n}: kind/category {d.get("kind")}/{d.get("category")}')
    if d.get('lang') not in ('en','es'): errs.append(f'line {n}: lang {d.get("lang")}')
    w = len(str(d.get('q','')).split())
    if not 1 <= w <= 120: errs.append(f'line {n}: {w} words')
    rows.append(d)
ids = [r['id'] for r in rows]
if len(set(ids)) != len(ids): errs.append('duplicate ids')
old = {norm(json.loads(l)['q']) for l in open(OLD, encoding='utf-8')}
seen = {}
for r in rows:
    k = norm(r['q'])
    if k in old: errs.append(f'{r["id"]}: copy of an existing training line')
    if k in seen: errs.append(f'{r["id"]}: duplicate of {seen[k]}')
    seen.setdefault(k, r['id'])
for r in rows:
    if r['category'] in ('spanish','emergency-spanish') and r['lang'] != 'es': errs.append(f'{r["id"]}: spanish category not lang es')
cat = collections.Counter((r['kind'], r['category']) for r in rows)
kind = collections.Counter(r['kind'] for r in rows)
for key, m in MIN.items():
    if cat[key] < m: errs.append(f'{key}: {cat[key]} < {m}')
for k, m in KIND_MIN.items():
    if kind[k] < m: errs.append(f'{k}: {kind[k]} < {m}')
for c in ALLOWED['emergency']:
    if cat[('emergency', c)] < 8: errs.append(f'emergency/{c}: {cat[("emergency", c)]} < 8')
print(f'{len(rows)} lines, ids {ids[0]}..{ids[-1]}')
for k in ALLOWED:
    print(f'{k}: {kind[k]}')
    for c in sorted(ALLOWED[k]): print(f'  {c}: {cat[(k, c)]}')
lang = collections.Counter((r['kind'], r['lang']) for r in rows)
print('lang:', dict(sorted(lang.items())))
long_ = sum(1 for r in rows if 60 <= len(r['q'].split()) <= 120)
print(f'long (60-120 words): {long_} ({100*long_/len(rows):.1f}%)')
print('ERRORS:' if errs else 'OK: no errors', *errs, sep='\n')
sys.exit(1 if errs else 0)
