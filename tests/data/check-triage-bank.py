#!/usr/bin/env python3
"""Validates tests/data/triage-bank.jsonl (see tests/data/README.md, section triage-bank.jsonl).

Checks: one JSON object per line with exactly the fields id/kind/category/lang/q; ids t-0001, t-0002, ...
in order; allowed kinds, categories (each category belongs to one kind) and languages; Spanish-only
categories are lang "es"; minimum counts per kind and per category; no exact or near-exact duplicates
(normalised text identical, or difflib ratio >= 0.9). Prints the counts and the tune/test split
(SHA-256 of the UTF-8 id, first byte < 128 -> tune, else test). Exit status 1 on any problem.

Usage: python3 tests/data/check-triage-bank.py [path]
"""
import collections, difflib, hashlib, json, re, sys, unicodedata

CATEGORIES = {
    'crisis': ['direct-ideation', 'indirect-ideation', 'hopelessness', 'burden', 'trapped', 'method-research',
               'means-stockpiling', 'plan-timing', 'goodbye-preparatory', 'self-harm', 'overdose-poisoning',
               'third-party', 'spanish', 'crisis-in-question'],
    'emergency': ['medical-emergency', 'emergency-spanish'],
    'noncrisis': ['idiom', 'informational', 'grief', 'past-history', 'pain-relief', 'other'],
    'advice': ['dose', 'medications', 'condition', 'pregnancy', 'child', 'stop-change', 'eligibility',
               'side-effect-personal'],
    'question': ['general'],
}
KIND_MIN = {'crisis': 320, 'emergency': 40, 'noncrisis': 160, 'advice': 110, 'question': 60}
CATEGORY_MIN = {c: 14 for k in ('crisis', 'emergency') for c in CATEGORIES[k]}
CATEGORY_MIN['spanish'] = 20
CATEGORY_MIN['emergency-spanish'] = 6
SPANISH_ONLY = {'spanish', 'emergency-spanish'}
TOTAL_MIN = 600
NEAR_RATIO = 0.9


def normalise(text):
    text = unicodedata.normalize('NFKD', text.lower())
    text = ''.join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9ñ ]+", ' ', text)
    return ' '.join(text.split())


def split_of(id_):
    return 'tune' if hashlib.sha256(id_.encode('utf-8')).digest()[0] < 128 else 'test'


def main(path):
    problems = []
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f'line {n}: empty line')
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f'line {n}: invalid JSON ({e})')
                continue
            if not isinstance(row, dict) or set(row) != {'id', 'kind', 'category', 'lang', 'q'}:
                problems.append(f'line {n}: expected exactly the fields id, kind, category, lang, q')
                continue
            if not all(isinstance(v, str) for v in row.values()) or not row['q'].strip():
                problems.append(f'line {n}: every field must be a non-empty string')
                continue
            expected_id = f't-{len(rows) + 1:04d}'
            if row['id'] != expected_id:
                problems.append(f'line {n}: id {row["id"]!r}, expected {expected_id!r}')
            if row['kind'] not in CATEGORIES:
                problems.append(f'line {n}: unknown kind {row["kind"]!r}')
            elif row['category'] not in CATEGORIES[row['kind']]:
                problems.append(f'line {n}: category {row["category"]!r} is not a {row["kind"]} category')
            if row['lang'] not in ('en', 'es'):
                problems.append(f'line {n}: lang must be en or es')
            if row['category'] in SPANISH_ONLY and row['lang'] != 'es':
                problems.append(f'line {n}: category {row["category"]} must be lang es')
            rows.append(row)

    ids = collections.Counter(r['id'] for r in rows)
    problems += [f'duplicate id {i}' for i, c in ids.items() if c > 1]

    by_kind = collections.Counter(r['kind'] for r in rows)
    by_cat = collections.Counter((r['kind'], r['category']) for r in rows)
    by_lang = collections.Counter((r['kind'], r['lang']) for r in rows)
    if len(rows) < TOTAL_MIN:
        problems.append(f'{len(rows)} messages, need at least {TOTAL_MIN}')
    for kind, minimum in KIND_MIN.items():
        if by_kind[kind] < minimum:
            problems.append(f'kind {kind}: {by_kind[kind]}, need at least {minimum}')
    for kind, cats in CATEGORIES.items():
        for cat in cats:
            if by_cat[(kind, cat)] < CATEGORY_MIN.get(cat, 1):
                problems.append(f'category {cat}: {by_cat[(kind, cat)]}, need at least {CATEGORY_MIN.get(cat, 1)}')
    if by_lang[('noncrisis', 'es')] == 0:
        problems.append('no Spanish noncrisis messages')

    seen = {}
    for r in rows:
        key = normalise(r['q'])
        if key in seen:
            problems.append(f'{r["id"]} duplicates {seen[key]} after normalisation: {r["q"]!r}')
        else:
            seen[key] = r['id']
    keys = list(seen.items())
    for i, (a, ida) in enumerate(keys):
        matcher = difflib.SequenceMatcher(None, a, autojunk=False)
        for b, idb in keys[i + 1:]:
            matcher.set_seq2(b)
            if matcher.real_quick_ratio() >= NEAR_RATIO and matcher.quick_ratio() >= NEAR_RATIO \
                    and matcher.ratio() >= NEAR_RATIO:
                problems.append(f'{ida} and {idb} are near-duplicates ({matcher.ratio():.2f}): {a!r} / {b!r}')

    print(f'{len(rows)} messages')
    for kind, cats in CATEGORIES.items():
        langs = ', '.join(f'{lang} {by_lang[(kind, lang)]}' for lang in ('en', 'es') if by_lang[(kind, lang)])
        print(f'  {kind}: {by_kind[kind]} ({langs})')
        for cat in cats:
            print(f'    {cat}: {by_cat[(kind, cat)]}')
    split = collections.Counter((split_of(r['id']), r['kind']) for r in rows)
    for half in ('tune', 'test'):
        print(f'  {half}: ' + ', '.join(f'{k} {split[(half, k)]}' for k in CATEGORIES))

    for p in problems:
        print('PROBLEM:', p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'tests/data/triage-bank.jsonl'))
