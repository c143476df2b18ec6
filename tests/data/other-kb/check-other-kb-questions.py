#!/usr/bin/env python3
"""Check a question bank written for an "other knowledge base" (a folder of .md / .html / .txt documents).

Usage:
    python3 tests/data/other-kb/check-other-kb-questions.py tests/data/other-kb/lakeside tests/data/other-kb/lakeside-questions.jsonl

Standard library only. Checks:
  - every line is one JSON object; ids are unique, of the form <prefix>-NNN and numbered 001, 002, ... in file order;
  - kind is "answer" (fields id, kind, doc, q, evidence) or "abstain" (fields id, kind, topic, q, evidence), exactly;
  - q (and topic) are non-empty strings;
  - answer: doc is a file in the folder; evidence is 1 to 3 strings of 5 to 20 words (a word has a letter or digit),
    each found in ONE body line of doc once whitespace runs are collapsed (.html: tags stripped and entities unescaped,
    <title> and <h1>..<h6> are headings; .md: leading '#' marks a heading, leading '-' bullets and '**' are stripped),
    never in a heading, and inside one sentence (no sentence end followed by a capital inside the substring);
  - abstain: evidence is empty;
  - no question shares a run of 5 consecutive words (lower case, punctuation stripped) with any document;
  - every document has at least MIN_ANSWERS_PER_DOC answer questions.
Prints counts per kind and per doc, the tune/test split per kind (SHA-256 of the id's UTF-8 bytes, first byte < 128:
tune, else test) and the abstain topics. Exits 1 on any problem.
"""

import hashlib
import html
import json
import os
import re
import sys
from collections import Counter, OrderedDict
from html.parser import HTMLParser

MIN_WORDS, MAX_WORDS = 5, 20
MAX_EVIDENCE = 3
NGRAM = 5
MIN_ANSWERS_PER_DOC = 10
DOC_EXTS = (".md", ".html", ".htm", ".txt")
ANSWER_FIELDS = {"id", "kind", "doc", "q", "evidence"}
ABSTAIN_FIELDS = {"id", "kind", "topic", "q", "evidence"}
ABBREVIATIONS = ("U.S.", "e.g.", "i.e.", "Dr.", "St.", "a.m.", "p.m.")


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


def count_words(text):
    return sum(1 for w in text.split() if re.search(r"[A-Za-z0-9]", w))


def tokens(text):
    """Lower case, apostrophes dropped, every other non-alphanumeric character a separator."""
    text = text.lower().replace("'", "").replace("\u2019", "")
    return re.findall(r"[a-z0-9]+", text)


def strip_md_line(line):
    s = line.strip()
    s = re.sub(r"^(?:[-*+]\s+)+", "", s)
    s = s.replace("**", "")
    return collapse(s)


class BlockParser(HTMLParser):
    """Collects the text of block elements; headings (title, h1-h6) are kept apart."""

    HEADINGS = {"title", "h1", "h2", "h3", "h4", "h5", "h6"}
    BLOCKS = HEADINGS | {"p", "li", "td", "th", "dt", "dd", "blockquote", "figcaption", "address"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.blocks = []  # (is_heading, text)

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.stack.append([tag, []])

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            while self.stack:
                t, parts = self.stack.pop()
                text = collapse("".join(parts))
                if text:
                    self.blocks.append((t in self.HEADINGS, text))
                if t == tag:
                    break

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][1].append(data)


def load_doc(path):
    """Returns (body_lines, heading_lines, full_text) for a document."""
    raw = open(path, encoding="utf-8").read()
    body, headings = [], []
    if path.lower().endswith((".html", ".htm")):
        parser = BlockParser()
        parser.feed(raw)
        parser.close()
        blocks = parser.blocks
        # An evidence string must also lie inside one line of the file: keep each block's text per source line.
        line_texts = [collapse(html.unescape(re.sub(r"<[^>]+>", " ", ln))) for ln in raw.splitlines()]
        for is_heading, text in blocks:
            (headings if is_heading else body).append(text)
        body = [b for b in body]
        full = collapse(html.unescape(re.sub(r"<[^>]+>", " ", raw)))
        return body, headings, full, line_texts
    for line in raw.splitlines():
        if not line.strip():
            continue
        if line.lstrip().startswith("#"):
            headings.append(collapse(line.lstrip().lstrip("#")))
        else:
            body.append(strip_md_line(line))
    full = collapse(" ".join(body + headings))
    return body, headings, full, None


def split_half(qid):
    return "tune" if hashlib.sha256(qid.encode("utf-8")).digest()[0] < 128 else "test"


def crosses_sentence(ev):
    s = ev
    for abbr in ABBREVIATIONS:
        s = s.replace(abbr, abbr.replace(".", ""))
    return re.search(r"[.!?][\"')\u201d]?\s+[\"(\u201c]?[A-Z]", s) is not None


def main(argv):
    if len(argv) != 3:
        print("\n".join(__doc__.strip().splitlines()[2:4]))
        return 2
    folder, bank = argv[1], argv[2]
    problems = []

    def problem(msg):
        problems.append(msg)

    docs = OrderedDict()
    for name in sorted(os.listdir(folder)):
        p = os.path.join(folder, name)
        if os.path.isfile(p) and name.lower().endswith(DOC_EXTS):
            docs[name] = load_doc(p)
    if not docs:
        problem(f"no documents in {folder}")

    doc_ngrams = {}
    for name, (_, _, full, _) in docs.items():
        toks = tokens(full)
        doc_ngrams[name] = {tuple(toks[i:i + NGRAM]) for i in range(len(toks) - NGRAM + 1)}

    rows = []
    with open(bank, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                problem(f"line {n}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                problem(f"line {n}: invalid JSON ({e})")
                continue
            if not isinstance(obj, dict):
                problem(f"line {n}: not a JSON object")
                continue
            rows.append((n, obj))

    seen = set()
    prefix = None
    for idx, (n, obj) in enumerate(rows, 1):
        qid = obj.get("id")
        where = f"line {n} ({qid})"
        if not isinstance(qid, str):
            problem(f"line {n}: id missing or not a string")
            continue
        m = re.fullmatch(r"([a-z0-9]+)-(\d{3})", qid)
        if not m:
            problem(f"{where}: id must look like xx-NNN")
        else:
            prefix = prefix or m.group(1)
            if m.group(1) != prefix:
                problem(f"{where}: id prefix differs from {prefix!r}")
            if int(m.group(2)) != idx:
                problem(f"{where}: expected id number {idx:03d} (ids are numbered in file order)")
        if qid in seen:
            problem(f"{where}: duplicate id")
        seen.add(qid)

        kind = obj.get("kind")
        if kind == "answer":
            expected = ANSWER_FIELDS
        elif kind == "abstain":
            expected = ABSTAIN_FIELDS
        else:
            problem(f"{where}: kind must be answer or abstain, got {kind!r}")
            continue
        if set(obj) != expected:
            problem(f"{where}: fields {sorted(obj)} != {sorted(expected)}")

        q = obj.get("q")
        if not isinstance(q, str) or not q.strip():
            problem(f"{where}: q missing or empty")
            q = ""
        ev = obj.get("evidence")
        if not isinstance(ev, list) or not all(isinstance(e, str) for e in ev):
            problem(f"{where}: evidence must be a list of strings")
            ev = []

        qt = tokens(q)
        qgrams = {tuple(qt[i:i + NGRAM]) for i in range(len(qt) - NGRAM + 1)}
        for name, grams in doc_ngrams.items():
            shared = qgrams & grams
            if shared:
                runs = "; ".join(" ".join(g) for g in sorted(shared))
                problem(f"{where}: question shares {NGRAM} words with {name}: {runs}")

        if kind == "abstain":
            topic = obj.get("topic")
            if not isinstance(topic, str) or not topic.strip():
                problem(f"{where}: abstain needs a non-empty topic")
            if ev:
                problem(f"{where}: abstain evidence must be empty")
            continue

        doc = obj.get("doc")
        if doc not in docs:
            problem(f"{where}: doc {doc!r} is not a document in {folder}")
            continue
        if not 1 <= len(ev) <= MAX_EVIDENCE:
            problem(f"{where}: needs 1 to {MAX_EVIDENCE} evidence strings, has {len(ev)}")
        body, headings, _, line_texts = docs[doc]
        for e in ev:
            ce = collapse(e)
            wc = count_words(ce)
            if not MIN_WORDS <= wc <= MAX_WORDS:
                problem(f"{where}: evidence has {wc} words (need {MIN_WORDS}-{MAX_WORDS}): {e!r}")
            if ce != e:
                problem(f"{where}: evidence has extra whitespace: {e!r}")
            in_body = any(ce in b for b in body)
            if not in_body:
                if any(ce in h for h in headings):
                    problem(f"{where}: evidence is in a heading: {e!r}")
                else:
                    problem(f"{where}: evidence not found in one body line of {doc}: {e!r}")
            elif line_texts is not None and not any(ce in lt for lt in line_texts):
                problem(f"{where}: evidence crosses a line break in {doc}: {e!r}")
            if crosses_sentence(ce):
                problem(f"{where}: evidence spans more than one sentence: {e!r}")

    # Summary.
    objs = [o for _, o in rows if isinstance(o.get("id"), str)]
    kinds = Counter(o.get("kind") for o in objs)
    per_doc = Counter(o.get("doc") for o in objs if o.get("kind") == "answer")
    for name in docs:
        if per_doc[name] < MIN_ANSWERS_PER_DOC:
            problem(f"{name}: only {per_doc[name]} answer questions (need {MIN_ANSWERS_PER_DOC})")

    print(f"{bank}: {len(objs)} questions against {len(docs)} documents in {folder}")
    for k in ("answer", "abstain"):
        print(f"  {k}: {kinds[k]}")
    print("answer questions per doc:")
    for name in docs:
        print(f"  {name}: {per_doc[name]}")
    split = Counter((o.get("kind"), split_half(o["id"])) for o in objs)
    tune = split[("answer", "tune")] + split[("abstain", "tune")]
    test = split[("answer", "test")] + split[("abstain", "test")]
    print("tune/test split (SHA-256 of the UTF-8 id, first byte < 128: tune):")
    print(f"  tune {tune} ({split[('answer', 'tune')]} answer, {split[('abstain', 'tune')]} abstain)")
    print(f"  test {test} ({split[('answer', 'test')]} answer, {split[('abstain', 'test')]} abstain)")
    topics = [o.get("topic") for o in objs if o.get("kind") == "abstain"]
    print(f"abstain topics ({len(topics)}): " + ", ".join(str(t) for t in topics))

    for p in problems:
        print("PROBLEM: " + p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
