#!/usr/bin/env python3
"""Validate tests/data/triage-bank-3.jsonl, -4, -5, -6, -7 or -8 (stdlib only): one checker, settings per bank.

Checks: valid JSON; exactly the keys id, kind, category, lang, q in that order; ids tN-0001, tN-0002, ...
consecutive (ascending for bank 8, whose near-copies of earlier files were deleted after it was written); allowed kinds and categories; lang en|es (Spanish categories must be es); 1-120 words;
minimum counts (the ones each bank was written to); no duplicate q after normalising; no near-copy (equal after
normalising, or difflib ratio >= 0.9) of a message in the other triage files. For those it reports only this bank's
id and the other file's name, never the other file's text. Prints counts per kind and category; exits 1 on any
problem.

Usage: python3 tests/data/check-triage-banks.py 3|4|5|6|7|8
"""
import difflib
from bisect import bisect_left
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "kind", "category", "lang", "q"]
NEAR = 0.9

CATEGORIES = {
    "crisis": ["direct-ideation", "indirect-ideation", "passive-wish", "hopelessness", "burden", "trapped",
               "method-research", "means-stockpiling", "plan-timing", "goodbye-preparatory", "self-harm",
               "overdose-poisoning", "someone-else-at-risk", "crisis-in-question", "spanish"],
    "emergency": ["chest-pain", "breathing", "seizure", "unresponsive", "blue-lips", "severe-confusion",
                  "allergic-reaction", "fainted-head-injury", "high-blood-pressure", "other",
                  "emergency-spanish", "heavy-bleeding", "stroke-signs"],
    "noncrisis": ["past-history", "informational", "idiom", "grief", "noncrisis-spanish"],
    "advice": ["child", "side-effect-personal", "stop-change", "dose", "medications", "condition",
               "eligibility", "pregnancy", "advice-spanish"],
    "question": ["logistics", "how-it-works", "cost-insurance", "short", "rambling", "question-spanish"],
}
SPANISH_ONLY = {"spanish", "emergency-spanish", "noncrisis-spanish", "advice-spanish", "question-spanish"}

# Per bank: the files it must not copy and the minimums it was written to (bank 4's are about 85 % of bank 3's, so
# its writer was not forced to pad a category). "crisis" is the general crisis category minimum; "method",
# "wide" (someone else, crisis in a question, Spanish) and "acts" (plan, means, goodbye, self-harm, overdose) override it.
SETTINGS = {
    "3": {"others": ["triage-bank.jsonl", "triage-bank-2.jsonl", "triage-train.jsonl",
                     "triage-cases.jsonl", "dev-questions.jsonl"],
          "kinds": {"crisis": 420, "emergency": 70, "noncrisis": 170, "advice": 130, "question": 70},
          "crisis": 22, "method": 45, "wide": 35, "acts": 28, "emergency": 5, "emergency-spanish": 8,
          "noncrisis": {"past-history": 45, "informational": 40, "idiom": 45, "grief": 25}, "advice": 10,
          "long": 90},
    "4": {"others": ["triage-bank.jsonl", "triage-bank-2.jsonl", "triage-bank-3.jsonl", "triage-train.jsonl",
                     "triage-train-2.jsonl", "triage-cases.jsonl", "dev-questions.jsonl"],
          "kinds": {"crisis": 357, "emergency": 60, "noncrisis": 145, "advice": 110, "question": 60},
          "crisis": 19, "method": 38, "wide": 30, "acts": 24, "emergency": 4, "emergency-spanish": 7,
          "noncrisis": {"past-history": 38, "informational": 34, "idiom": 38, "grief": 21}, "advice": 9,
          "long": 77},
    "5": {"others": ["triage-bank.jsonl", "triage-bank-2.jsonl", "triage-bank-3.jsonl", "triage-bank-4.jsonl",
                     "triage-train.jsonl", "triage-train-2.jsonl", "triage-cases.jsonl", "dev-questions.jsonl"],
          "kinds": {"crisis": 357, "emergency": 60, "noncrisis": 145, "advice": 110, "question": 60},
          "crisis": 19, "method": 38, "wide": 30, "acts": 24, "emergency": 4, "emergency-spanish": 7,
          "noncrisis": {"past-history": 38, "informational": 34, "idiom": 38, "grief": 21}, "advice": 9,
          "long": 77},
    "6": {"others": ["triage-bank.jsonl", "triage-bank-2.jsonl", "triage-bank-3.jsonl", "triage-bank-4.jsonl",
                     "triage-bank-5.jsonl", "triage-train.jsonl", "triage-train-2.jsonl", "triage-cases.jsonl",
                     "dev-questions.jsonl"],
          "kinds": {"crisis": 250, "emergency": 42, "noncrisis": 100, "advice": 77, "question": 42},
          "crisis": 13, "method": 26, "wide": 21, "acts": 17, "emergency": 3, "emergency-spanish": 5,
          "noncrisis": {"past-history": 26, "informational": 24, "idiom": 26, "grief": 15}, "advice": 6,
          "long": 54},
    "7": {"others": ["triage-bank.jsonl", "triage-bank-2.jsonl", "triage-bank-3.jsonl", "triage-bank-4.jsonl",
                     "triage-bank-5.jsonl", "triage-bank-6.jsonl", "triage-train.jsonl", "triage-train-2.jsonl",
                     "triage-cases.jsonl", "dev-questions.jsonl"],
          "kinds": {"crisis": 280, "emergency": 45, "noncrisis": 110, "advice": 85, "question": 45},
          "crisis": 14, "method": 28, "wide": 20, "acts": 17, "emergency": 3, "emergency-spanish": 5,
          "noncrisis": {"past-history": 30, "informational": 26, "idiom": 30, "grief": 18}, "advice": 8,
          "long": 55},
    # Written to 330 / 50 / 160 / 100 / 60; these are what was left after its 54 near-copies of earlier files were
    # deleted mechanically (README.md). Short questions ("price?") were most often near-copies.
    "8": {"others": ["triage-bank.jsonl", "triage-bank-2.jsonl", "triage-bank-3.jsonl", "triage-bank-4.jsonl",
                     "triage-bank-5.jsonl", "triage-bank-6.jsonl", "triage-bank-7.jsonl", "triage-train.jsonl",
                     "triage-train-2.jsonl", "triage-train-es.jsonl", "triage-ordinary.jsonl",
                     "triage-ordinary-2.jsonl", "triage-ordinary-3.jsonl", "triage-ordinary-4.jsonl",
                     "triage-ordinary-5.jsonl", "triage-ordinary-6.jsonl", "triage-ordinary-7.jsonl",
                     "triage-smalltalk-crisis.jsonl", "triage-cases.jsonl", "dev-questions.jsonl", "questions.jsonl"],
          "kinds": {"crisis": 319, "emergency": 50, "noncrisis": 152, "advice": 93, "question": 32},
          "crisis": 19, "method": 21, "wide": 21, "acts": 19, "emergency": 4, "emergency-spanish": 6,
          "noncrisis": {"past-history": 36, "informational": 30, "idiom": 38, "grief": 40, "noncrisis-spanish": 8},
          "advice": 10, "long": 3, "gaps": True,
          "minimums": {("emergency", "other"): 0, ("advice", "advice-spanish"): 3, ("question", "question-spanish"): 1}},
}

if len(sys.argv) != 2 or sys.argv[1] not in SETTINGS:
    sys.exit("usage: python3 tests/data/check-triage-banks.py 3|4|5|6|7|8")
NUMBER = sys.argv[1]
S = SETTINGS[NUMBER]
BANK = os.path.join(HERE, f"triage-bank-{NUMBER}.jsonl")
PREFIX = f"t{NUMBER}"
OTHERS = S["others"]
KIND_MIN = S["kinds"]
CAT_MIN = {("crisis", c): S["crisis"] for c in CATEGORIES["crisis"]}
CAT_MIN[("crisis", "method-research")] = S["method"]
for c in ("someone-else-at-risk", "crisis-in-question", "spanish"):
    CAT_MIN[("crisis", c)] = S["wide"]
for c in ("plan-timing", "means-stockpiling", "goodbye-preparatory", "self-harm", "overdose-poisoning"):
    CAT_MIN[("crisis", c)] = S["acts"]
for c in CATEGORIES["emergency"]:
    CAT_MIN[("emergency", c)] = S["emergency"]
CAT_MIN[("emergency", "emergency-spanish")] = S["emergency-spanish"]
CAT_MIN.update({("noncrisis", c): m for c, m in S["noncrisis"].items()})
for c in CATEGORIES["advice"]:
    CAT_MIN[("advice", c)] = S["advice"]
# Categories first written for bank 8 need no messages in the earlier banks.
for k, c in [("emergency", "heavy-bleeding"), ("emergency", "stroke-signs"), ("noncrisis", "noncrisis-spanish"),
             ("advice", "advice-spanish"), ("question", "question-spanish")]:
    CAT_MIN[(k, c)] = 0
CAT_MIN.update(S.get("minimums", {}))
LONG_MIN = S["long"]  # messages of 60-120 words


def normalise(text):
    """Lower case, letters/digits/spaces only, single spaces."""
    text = re.sub(r"[^\w\s]|_", " ", text.lower())
    return " ".join(text.split())


def load_bank(problems):
    rows = []
    with open(BANK, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"line {lineno}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"line {lineno}: invalid JSON ({e.msg})")
                continue
            if not isinstance(obj, dict) or list(obj.keys()) != KEYS:
                problems.append(f"line {lineno}: keys must be exactly {KEYS} in order")
                continue
            rows.append((lineno, obj))
    return rows


def check_rows(rows, problems):
    previous = 0
    for expected, (lineno, o) in enumerate(rows, 1):
        rid = o["id"]
        number = int(rid[len(PREFIX) + 1:]) if re.fullmatch(rf"{PREFIX}-\d{{4}}", rid) else -1
        if S.get("gaps") and number > previous:
            previous = number
        elif rid != f"{PREFIX}-{expected:04d}":
            problems.append(f"line {lineno}: id {rid!r}, expected {PREFIX}-{expected:04d}")
        if o["kind"] not in CATEGORIES:
            problems.append(f"{rid}: unknown kind {o['kind']!r}")
        elif o["category"] not in CATEGORIES[o["kind"]]:
            problems.append(f"{rid}: category {o['category']!r} not allowed for {o['kind']}")
        if o["lang"] not in ("en", "es"):
            problems.append(f"{rid}: lang must be en or es")
        if o["category"] in SPANISH_ONLY and o["lang"] != "es":
            problems.append(f"{rid}: category {o['category']} needs lang es")
        if not isinstance(o["q"], str):
            problems.append(f"{rid}: q must be a string")
            continue
        words = len(o["q"].split())
        if not 1 <= words <= 120:
            problems.append(f"{rid}: {words} words (must be 1-120)")


def check_counts(rows, problems):
    kinds = Counter(o["kind"] for _, o in rows)
    cats = Counter((o["kind"], o["category"]) for _, o in rows)
    for k, m in KIND_MIN.items():
        if kinds[k] < m:
            problems.append(f"kind {k}: {kinds[k]} < {m}")
    for (k, c), m in CAT_MIN.items():
        if cats[(k, c)] < m:
            problems.append(f"{k}/{c}: {cats[(k, c)]} < {m}")
    long_count = sum(1 for _, o in rows if 60 <= len(o["q"].split()) <= 120)
    if long_count < LONG_MIN:
        problems.append(f"only {long_count} messages of 60-120 words (< {LONG_MIN})")
    return kinds, cats, long_count


def similar(a, b):
    """True when two normalised texts are equal or difflib ratio >= NEAR (with cheap pre-filters)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if 2.0 * min(la, lb) / (la + lb) < NEAR:
        return False
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sm.real_quick_ratio() >= NEAR and sm.quick_ratio() >= NEAR and sm.ratio() >= NEAR


def load_other_qs(name):
    """Only the message field (q, or text) of another file, normalised; its texts are never printed."""
    path = os.path.join(HERE, name)
    qs = []
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not isinstance(obj, dict):
                continue
            text = obj.get("q", obj.get("text"))  # triage-cases.jsonl names its message field "text"
            if isinstance(text, str):
                qs.append(normalise(text))
    return qs


def check_copies(rows, problems):
    mine = [(o["id"], normalise(o["q"])) for _, o in rows if isinstance(o["q"], str)]
    seen = {}
    for rid, n in mine:
        if n in seen:
            problems.append(f"{rid}: duplicate of {seen[n]} (after normalising)")
        else:
            seen[n] = rid
    for i, (rid, n) in enumerate(mine):
        for rid2, n2 in mine[:i]:
            if n != n2 and similar(n, n2):
                problems.append(f"{rid}: near-copy of {rid2} in this file")
    for name in OTHERS:
        qs = load_other_qs(name)
        if qs is None:
            print(f"note: {name} not found, not compared")
            continue
        print(f"compared with {name}: {len(qs)} messages")
        by_len = sorted(set(qs), key=len)
        lengths = [len(q) for q in by_len]
        for rid, n in mine:
            lo = len(n) * NEAR / (2 - NEAR)   # lengths outside [lo, hi] cannot reach the ratio
            hi = len(n) * (2 - NEAR) / NEAR
            start = bisect_left(lengths, lo)
            for q in by_len[start:]:
                if len(q) > hi:
                    break
                if similar(n, q):
                    problems.append(f"{rid}: near-copy of a message in {name}")
                    break


def main():
    problems = []
    rows = load_bank(problems)
    check_rows(rows, problems)
    kinds, cats, long_count = check_counts(rows, problems)
    check_copies(rows, problems)
    langs = Counter(o["lang"] for _, o in rows)
    print(f"{len(rows)} messages; lang " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"60-120 words: {long_count}")
    for k in CATEGORIES:
        print(f"{k} {kinds[k]}: " + ", ".join(f"{c} {cats[(k, c)]}" for c in CATEGORIES[k]))
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
