#!/usr/bin/env python3
"""Check tests/data/triage-train.jsonl (training data for the safety triage).

Checks: every line is a JSON object with exactly the fields id, kind, category, lang, q;
ids are unique and look like tr-NNNN; kind and category are from the allowed sets;
lang is en or es; q is non-empty; no two messages have the same q (exact, and again after
lower-casing and collapsing whitespace/punctuation). Prints counts per kind and category.
Exit status 1 if any check fails.

Usage: python3 tests/data/check-triage-train.py [path]
"""
import collections
import json
import re
import sys
from pathlib import Path

CATEGORIES = {
    "crisis": {
        "direct-ideation", "indirect-ideation", "hopelessness", "burden", "trapped",
        "method-research", "means-stockpiling", "plan-timing", "goodbye-preparatory",
        "self-harm", "overdose-poisoning", "someone-else-at-risk", "spanish", "passive-wish",
    },
    "emergency": None,   # free-form categories
    "noncrisis": None,
    "advice": None,
    "question": None,
}
MIN_PER_CRISIS_CATEGORY = 25
FIELDS = {"id", "kind", "category", "lang", "q"}


def norm(q: str) -> str:
    return re.sub(r"[\W_]+", " ", q.lower()).strip()


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("triage-train.jsonl")
    errors = []
    ids = set()
    seen_q = {}
    seen_norm = {}
    by_kind = collections.Counter()
    by_cat = collections.Counter()
    by_lang = collections.Counter()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {lineno}: empty line")
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {lineno}: invalid JSON ({e})")
                continue
            if not isinstance(o, dict) or set(o) != FIELDS:
                errors.append(f"line {lineno}: fields must be exactly {sorted(FIELDS)}")
                continue
            i, k, c, lang, q = o["id"], o["kind"], o["category"], o["lang"], o["q"]
            if not re.fullmatch(r"tr-\d{4}", str(i)):
                errors.append(f"line {lineno}: bad id {i!r}")
            if i in ids:
                errors.append(f"line {lineno}: duplicate id {i}")
            ids.add(i)
            if k not in CATEGORIES:
                errors.append(f"line {lineno}: bad kind {k!r}")
            elif CATEGORIES[k] is not None and c not in CATEGORIES[k]:
                errors.append(f"line {lineno}: bad category {c!r} for kind {k}")
            if not isinstance(c, str) or not re.fullmatch(r"[a-z0-9-]+", c):
                errors.append(f"line {lineno}: bad category {c!r}")
            if lang not in ("en", "es"):
                errors.append(f"line {lineno}: bad lang {lang!r}")
            if not isinstance(q, str) or not q.strip():
                errors.append(f"line {lineno}: empty q")
                continue
            nq = norm(q)
            if q in seen_q:
                errors.append(f"line {lineno}: duplicate q (same as line {seen_q[q]}): {q!r}")
            elif nq in seen_norm:
                errors.append(f"line {lineno}: same q as line {seen_norm[nq]} after normalising: {q!r}")
            seen_q.setdefault(q, lineno)
            seen_norm.setdefault(nq, lineno)
            by_kind[k] += 1
            by_cat[(k, c)] += 1
            by_lang[lang] += 1

    for c in sorted(CATEGORIES["crisis"]):
        if by_cat[("crisis", c)] < MIN_PER_CRISIS_CATEGORY:
            errors.append(f"crisis/{c}: {by_cat[('crisis', c)]} messages, want >= {MIN_PER_CRISIS_CATEGORY}")

    total = sum(by_kind.values())
    print(f"{path}: {total} messages ({by_lang['en']} en, {by_lang['es']} es)")
    for k in CATEGORIES:
        print(f"  {k:10} {by_kind[k]:4}")
        for (kk, c), n in sorted(by_cat.items()):
            if kk == k:
                print(f"      {c:24} {n:4}")
    if errors:
        print(f"{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
