#!/usr/bin/env python3
"""Check a question bank for the 40-page patient handbook (handbook-questions-2.jsonl).

Checks: every line is valid JSON; ids are non-empty strings and unique; kind is answer or abstain with exactly
the expected fields (answer: id, kind, q, page, evidence; abstain: id, kind, topic, q, evidence); q and topic are
non-empty strings; page is an integer from 1 to 40; an answer question has 1 to 3 evidence substrings and an
abstain question none; every evidence substring is 5 to 20 words and, after collapsing whitespace, lies inside
ONE text unit of that page of patient-handbook.txt. Text units follow the layout language (README.md): each `- `
bullet, each table row (the `| ` cells trimmed and joined with " | ", as they read) and each paragraph line is
one unit; `# ` headings and the `|||` column separator of `=== page columns` pages are not text. A word is a
whitespace-separated token with at least one letter or digit, so a lone "|" between table cells is not a word.

Prints the counts per kind, the pages that no answer question cites, and the tune/test split of
tests/data/README.md (SHA-256 of the UTF-8 id; first byte < 128: tune, else test) per kind.
Exits 1 on any problem.

Usage: python3 tests/data/handbook/check-handbook-questions.py tests/data/handbook/handbook-questions-2.jsonl
"""
import hashlib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
HANDBOOK = os.path.join(HERE, "patient-handbook.txt")
PAGE_COUNT = 40
FIELDS = {"answer": ["id", "kind", "q", "page", "evidence"], "abstain": ["id", "kind", "topic", "q", "evidence"]}
MIN_WORDS, MAX_WORDS, MAX_EVIDENCE = 5, 20, 3


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


def word_count(text):
    return sum(1 for token in text.split() if re.search(r"\w", token))


def text_unit(line, columns):
    """The text of one layout line, or None for headings, blank lines and the column separator."""
    stripped = line.strip()
    if not stripped or stripped.startswith("# ") or (columns and stripped == "|||"):
        return None
    if stripped.startswith("- "):
        return collapse(stripped[2:])
    if stripped.startswith("|"):
        # A table row reads as its cells, trimmed, in order: "Lamotrigine | Skip the morning dose | ..."
        return " | ".join(collapse(cell) for cell in stripped[1:].split("|"))
    return collapse(stripped)


def load_pages(path):
    """Page number (1-based) -> list of text units, from the layout language."""
    pages, columns = {}, False
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("=== page"):
                columns = line.strip() == "=== page columns"
                pages[len(pages) + 1] = []
            elif pages:
                unit = text_unit(line, columns)
                if unit is not None:
                    pages[len(pages)].append(unit)
    return pages


def is_text(value):
    return isinstance(value, str) and value.strip() != ""


def check_evidence(entry, pages, problems):
    where = entry["id"]
    evidence, page = entry["evidence"], entry.get("page")
    if entry["kind"] == "abstain":
        if evidence != []:
            problems.append(f"{where}: an abstain question must have empty evidence")
        return
    if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= PAGE_COUNT:
        problems.append(f"{where}: page must be an integer from 1 to {PAGE_COUNT}, got {page!r}")
        return
    if not isinstance(evidence, list) or not 1 <= len(evidence) <= MAX_EVIDENCE:
        problems.append(f"{where}: an answer question needs 1 to {MAX_EVIDENCE} evidence substrings")
        return
    for item in evidence:
        if not is_text(item):
            problems.append(f"{where}: evidence items must be non-empty strings")
            continue
        words = word_count(item)
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"{where}: evidence has {words} words (allowed {MIN_WORDS}-{MAX_WORDS}): {item!r}")
        if not any(collapse(item) in unit for unit in pages.get(page, [])):
            problems.append(f"{where}: evidence not inside one paragraph/bullet/table row of page {page}: {item!r}")


def check_entry(entry, pages, seen_ids, problems):
    if not isinstance(entry, dict):
        problems.append(f"not a JSON object: {entry!r}")
        return None
    if not is_text(entry.get("id")):
        problems.append(f"missing or empty id: {entry!r}")
        return None
    where = entry["id"]
    if where in seen_ids:
        problems.append(f"{where}: duplicate id")
    seen_ids.add(where)
    kind = entry.get("kind")
    if kind not in FIELDS:
        problems.append(f"{where}: kind must be answer or abstain, got {kind!r}")
        return None
    if sorted(entry) != sorted(FIELDS[kind]):
        problems.append(f"{where}: fields must be {FIELDS[kind]}, got {list(entry)}")
        return None
    if not is_text(entry["q"]) or (kind == "abstain" and not is_text(entry["topic"])):
        problems.append(f"{where}: q (and topic for abstain) must be non-empty strings")
    check_evidence(entry, pages, problems)
    return entry


def read_entries(path, pages, problems):
    entries, seen_ids = [], set()
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                problems.append(f"line {number}: blank line")
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(f"line {number}: invalid JSON ({error})")
                continue
            checked = check_entry(entry, pages, seen_ids, problems)
            if checked is not None:
                entries.append(checked)
    return entries


def half(question_id):
    return "tune" if hashlib.sha256(question_id.encode("utf-8")).digest()[0] < 128 else "test"


def report(entries):
    kinds = Counter(entry["kind"] for entry in entries)
    print(f"questions: {len(entries)} (answer {kinds['answer']}, abstain {kinds['abstain']})")
    cited = {entry["page"] for entry in entries if entry["kind"] == "answer"}
    uncited = [page for page in range(1, PAGE_COUNT + 1) if page not in cited]
    print("pages with no answer question: " + (", ".join(map(str, uncited)) or "none"))
    split = Counter((half(entry["id"]), entry["kind"]) for entry in entries)
    for name in ("tune", "test"):
        total = split[(name, "answer")] + split[(name, "abstain")]
        print(f"{name}: {total} (answer {split[(name, 'answer')]}, abstain {split[(name, 'abstain')]})")
    print("abstain topics: " + "; ".join(entry["topic"] for entry in entries if entry["kind"] == "abstain"))


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    pages = load_pages(HANDBOOK)
    problems = [] if len(pages) == PAGE_COUNT else [f"handbook has {len(pages)} pages, expected {PAGE_COUNT}"]
    entries = read_entries(argv[1], pages, problems)
    report(entries)
    for problem in problems:
        print("ERROR: " + problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
