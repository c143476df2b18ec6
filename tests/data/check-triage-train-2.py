#!/usr/bin/env python3
"""Checks tests/data/triage-train-2.jsonl (training data for the safety triage, never scored).

Checks: valid JSON, exact keys in order, consecutive tt2-NNNN ids, valid kinds and crisis
categories, lang en|es (spanish category => es), 1-120 words, minimum counts, no duplicate q
after normalising, and a blind near-copy check against the evaluation and other data files.
The other files' messages are loaded only to compare; they are never printed. Only this file's
ids are reported. Exit 0 when everything passes.
"""
import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "triage-train-2.jsonl")
MAIN_DATA = "/work/main/tests/data"
OTHERS = {  # file -> message field
    "triage-bank.jsonl": "q", "triage-bank-2.jsonl": "q", "triage-bank-3.jsonl": "q",
    "triage-train.jsonl": "q", "triage-cases.jsonl": "text", "dev-questions.jsonl": "q",
    "questions.jsonl": "q",
}
KEYS = ["id", "kind", "category", "lang", "q"]
KINDS = {"crisis", "emergency", "noncrisis", "advice", "question"}
CRISIS_CATS = {
    "direct-ideation", "indirect-ideation", "passive-wish", "hopelessness", "burden", "trapped",
    "method-research", "means-stockpiling", "plan-timing", "goodbye-preparatory", "self-harm",
    "overdose-poisoning", "someone-else-at-risk", "crisis-in-question", "spanish",
}
MIN_CAT = {  # (kind, category) -> minimum
    ("crisis", "crisis-in-question"): 90, ("crisis", "spanish"): 80,
    ("crisis", "method-research"): 60, ("crisis", "goodbye-preparatory"): 25,
    ("crisis", "plan-timing"): 25, ("crisis", "means-stockpiling"): 25, ("crisis", "self-harm"): 25,
    ("crisis", "overdose-poisoning"): 25, ("crisis", "someone-else-at-risk"): 25,
    ("noncrisis", "past-history"): 70, ("noncrisis", "informational"): 50,
    ("noncrisis", "idiom"): 40, ("noncrisis", "grief"): 40,
}
INDIRECT_GROUP = {"indirect-ideation", "passive-wish", "hopelessness", "trapped"}
MIN_INDIRECT = 60
MIN_KIND = {"crisis": 430, "noncrisis": 190, "advice": 140, "question": 90}
MIN_ES_ADVICE = 25
NEAR = 0.85


def norm(text):
    text = re.sub(r"[^\w\s]", " ", text.lower())
    text = text.replace("_", " ")
    return " ".join(text.split())


def load_others():
    msgs = []
    for name, field in OTHERS.items():
        path = os.path.join(MAIN_DATA, name)
        if not os.path.exists(path):
            print(f"note: {name} not found, skipped")
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    value = json.loads(line).get(field)
                except json.JSONDecodeError:
                    continue
                if isinstance(value, str) and value.strip():
                    msgs.append(norm(value))
    return msgs


def near_copies(rows, others):
    exact = set(others)
    by_len = collections.defaultdict(list)
    for o in others:
        by_len[len(o)].append(o)
    flagged = []
    for row in rows:
        mine = norm(row["q"])
        if mine in exact:
            flagged.append((row["id"], "equal"))
            continue
        n = len(mine)
        lo, hi = int(n * NEAR / (2 - NEAR)) - 1, int(n * (2 - NEAR) / NEAR) + 1
        hit = False
        for length in range(max(lo, 0), hi + 1):
            for o in by_len.get(length, ()):
                sm = difflib.SequenceMatcher(None, mine, o, autojunk=False)
                if sm.real_quick_ratio() >= NEAR and sm.quick_ratio() >= NEAR and sm.ratio() >= NEAR:
                    hit = True
                    break
            if hit:
                break
        if hit:
            flagged.append((row["id"], "near"))
    return flagged


def main():
    errors = []
    rows = []
    with open(TARGET, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {lineno}: empty line")
                continue
            try:
                obj = json.loads(line, object_pairs_hook=list)
            except json.JSONDecodeError as e:
                errors.append(f"line {lineno}: invalid JSON ({e})")
                continue
            keys = [k for k, _ in obj]
            if keys != KEYS:
                errors.append(f"line {lineno}: keys {keys} != {KEYS}")
                continue
            rows.append(dict(obj))
    seen_norm = {}
    for i, row in enumerate(rows, 1):
        rid = row["id"]
        if rid != f"tt2-{i:04d}":
            errors.append(f"{rid}: expected id tt2-{i:04d}")
        if row["kind"] not in KINDS:
            errors.append(f"{rid}: bad kind {row['kind']}")
        cat = row["category"]
        if not isinstance(cat, str) or not re.fullmatch(r"[a-z][a-z-]*", cat):
            errors.append(f"{rid}: bad category label")
        if row["kind"] == "crisis" and cat not in CRISIS_CATS:
            errors.append(f"{rid}: bad crisis category {cat}")
        if row["lang"] not in ("en", "es"):
            errors.append(f"{rid}: bad lang")
        if cat == "spanish" and row["lang"] != "es":
            errors.append(f"{rid}: spanish category must be lang es")
        q = row["q"]
        words = len(q.split()) if isinstance(q, str) else 0
        if not 1 <= words <= 120:
            errors.append(f"{rid}: {words} words (1-120 allowed)")
        key = norm(q) if isinstance(q, str) else ""
        if key in seen_norm:
            errors.append(f"{rid}: duplicate of {seen_norm[key]}")
        else:
            seen_norm[key] = rid

    kinds = collections.Counter(r["kind"] for r in rows)
    cats = collections.Counter((r["kind"], r["category"]) for r in rows)
    langs = collections.Counter(r["lang"] for r in rows)
    for (kind, cat), need in MIN_CAT.items():
        if cats[(kind, cat)] < need:
            errors.append(f"{kind}/{cat}: {cats[(kind, cat)]} < {need}")
    indirect = sum(cats[("crisis", c)] for c in INDIRECT_GROUP)
    if indirect < MIN_INDIRECT:
        errors.append(f"indirect+passive+hopelessness+trapped: {indirect} < {MIN_INDIRECT}")
    for kind, need in MIN_KIND.items():
        if kinds[kind] < need:
            errors.append(f"kind {kind}: {kinds[kind]} < {need}")
    es_advice = sum(1 for r in rows if r["kind"] == "advice" and r["lang"] == "es")
    if es_advice < MIN_ES_ADVICE:
        errors.append(f"spanish advice: {es_advice} < {MIN_ES_ADVICE}")

    flagged = near_copies(rows, load_others())
    for rid, how in flagged:
        errors.append(f"{rid}: near-copy of a message in another data file ({how})")

    print(f"{len(rows)} messages; lang: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    for kind in sorted(kinds):
        print(f"{kind}: {kinds[kind]}")
        for (k, cat), n in sorted(cats.items()):
            if k == kind:
                print(f"    {cat}: {n}")
    print(f"crisis indirect+passive+hopelessness+trapped: {indirect}; spanish advice: {es_advice}")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
