#!/usr/bin/env python3
"""Check tests/data/questions-train.jsonl, questions-train-2.jsonl, questions-train-3.jsonl, questions-train-4.jsonl or
questions-train-5.jsonl (training questions for retrieval; never scored).

Checks: every line is valid JSON with exactly the expected fields, ids are tr-q-NNNN and unique,
kind is answer/abstain, answer questions name a known section and carry 1-3 evidence substrings
(6-20 words each, found in one line of body text of a document after collapsing whitespace, one
sentence, at most one per document, one of them inside the named section), abstain questions have
a topic and no evidence, no two questions are exact or near duplicates, no question copies a long
run of words from the documents, and every section has at least 3 answer questions (4 for the third, fourth and
fifth files).
For questions-train-2.jsonl, questions-train-3.jsonl, questions-train-4.jsonl and questions-train-5.jsonl also
(SETTINGS below): ids run on without gaps in file order (from tr-q-2001, resp. tr-q-3001, tr-q-4001, tr-q-5001);
minimum counts (260 answer, 220 abstain, 120 topics, resp. 300, 200, 150 for the third, fourth and fifth files); and
a blind overlap check against the other question files (questions.jsonl, dev-questions.jsonl, questions-train.jsonl,
for the third file also questions-train-2.jsonl, for the fourth also questions-train-2.jsonl and
questions-train-3.jsonl, for the fifth also questions-train-2.jsonl, -3 and -4): their questions
are loaded and compared mechanically, never printed, and only OUR id is reported when our normalised
question equals one of theirs or is a near duplicate (difflib ratio >= 0.9), so the author can rewrite it
without reading them. Prints the counts and exits 1 on any problem.

Usage: python3 tests/data/check-questions-train.py [path/to/questions-train.jsonl | path/to/questions-train-2.jsonl
       | path/to/questions-train-3.jsonl | path/to/questions-train-4.jsonl | path/to/questions-train-5.jsonl]
"""
import difflib
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "..", "..", "knowledge-base")
DEFAULT = os.path.join(HERE, "questions-train.jsonl")
# Per file, by its name. The authors of questions-train-2.jsonl, -3, -4 and -5 never read OTHER_FILES: the script compares
# against them blind and reports only ids from the checked file. The first file has gaps in its ids (overlap
# removal, tests/data/README.md) and no minimum counts.
SETTINGS = {
    "questions-train.jsonl": dict(FIRST_ID=None, MIN_ANSWER=0, MIN_ABSTAIN=0, MIN_TOPICS=0, OTHER_FILES=[]),
    "questions-train-2.jsonl": dict(FIRST_ID=2001, MIN_ANSWER=260, MIN_ABSTAIN=220, MIN_TOPICS=120,
                                    OTHER_FILES=["questions.jsonl", "dev-questions.jsonl", "questions-train.jsonl"]),
    "questions-train-3.jsonl": dict(FIRST_ID=3001, MIN_ANSWER=300, MIN_ABSTAIN=200, MIN_TOPICS=150, MIN_PER_SECTION=4,
                                    OTHER_FILES=["questions.jsonl", "dev-questions.jsonl", "questions-train.jsonl",
                                                 "questions-train-2.jsonl"]),
    "questions-train-4.jsonl": dict(FIRST_ID=4001, MIN_ANSWER=300, MIN_ABSTAIN=200, MIN_TOPICS=150, MIN_PER_SECTION=4,
                                    OTHER_FILES=["questions.jsonl", "dev-questions.jsonl", "questions-train.jsonl",
                                                 "questions-train-2.jsonl", "questions-train-3.jsonl"]),
    "questions-train-5.jsonl": dict(FIRST_ID=5001, MIN_ANSWER=300, MIN_ABSTAIN=200, MIN_TOPICS=150, MIN_PER_SECTION=4,
                                    OTHER_FILES=["questions.jsonl", "dev-questions.jsonl", "questions-train.jsonl",
                                                 "questions-train-2.jsonl", "questions-train-3.jsonl",
                                                 "questions-train-4.jsonl"]),
}
_PATH = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
_SETTINGS = SETTINGS.get(os.path.basename(_PATH), SETTINGS["questions-train-2.jsonl"])
FIRST_ID, MIN_ANSWER, MIN_ABSTAIN, MIN_TOPICS, OTHER_FILES = (
    _SETTINGS[k] for k in ("FIRST_ID", "MIN_ANSWER", "MIN_ABSTAIN", "MIN_TOPICS", "OTHER_FILES"))
# Optional per file: the third, fourth and fifth files ask for at least 4 answer questions per section.
MIN_PER_SECTION = _SETTINGS.get("MIN_PER_SECTION", 3)
NEAR = 0.9

# Body lines (1-based line numbers in the document file) of every section. Headings, bylines,
# "Also Read", "Recent Posts", references, calls to action and the disclaimer are not listed,
# so evidence cannot come from them.
SECTIONS = {
    "how-ketamine-therapy-works-in-the-brain.txt": {
        "intro": [4, 5],
        "the-neuroscience-of-ketamine": [7, 8],
        "resetting-the-brains-neural-connections": [10, 11, 12, 13],
        "the-result-rapid-symptom-relief": [15],
        "conditions-that-may-benefit-from-ketamine-therapy": [17, 18, 19, 20, 21],
        "safety-and-side-effects": [23],
        "conclusion": [24, 25, 26],
    },
    "how-ketamine-works-on-your-brain.txt": {
        "intro": [4, 5],
        "what-is-brain-derived-neurotrophic-factor-bdnf": [7],
        "what-is-synaptic-plasticity": [10],
        "the-role-of-the-prefrontal-cortex": [13],
        "when-you-do-ketamine-therapy-how-does-it-help": [16, 17, 18],
        "conclusion": [19],
    },
    # No headings: each paragraph is labelled by its subject.
    "how-medical-ketamine-helps-mental-health.txt": {
        "intro": [5],
        "nmda-antagonist": [7],
        "glutamate-and-default-mode-network": [9],
        "lateral-habenula": [11],
        "ketagenesis": [13],
        "lasting-effects": [15],
        "pain-and-inflammation": [17],
        "conclusion": [19],
    },
    "ketamine-boosts-neuroplasticity.txt": {
        "intro": [1],
        "what-is-neuroplasticity": [3],
        "how-does-ketamine-boost-neuroplasticity": [5, 6, 7, 8],
        "why-is-this-so-great": [10, 11, 12],
        "how-does-this-help-therapy": [14, 15, 16],
        "in-a-nutshell": [18],
    },
    "what-does-ketamine-do-to-your-brain.txt": {
        "overview": [5],
        "how-does-ketamine-affect-the-brain": [9],
        "the-mechanism-of-action": [13],
        "key-brain-regions-impacted-by-ketamine": [17],
        "the-prefrontal-cortex": [21],
        "the-amygdala": [25],
        "the-hippocampus": [29],
        "what-the-science-says-about-ketamine-and-neuroplasticity": [33],
        "the-role-of-brain-derived-neurotrophic-factor-bdnf": [37],
        "why-ketamines-brain-effects-matter-for-mental-health": [41],
        "a-new-hope-for-treatment-resistant-conditions": [45],
        "what-to-expect-when-starting-ketamine-therapy": [49],
        "initial-consultation": [53],
        "treatment-sessions": [57],
        "follow-up-care": [61],
        "recap": [67],
    },
}

MAX_COPIED_RUN = 6  # a question may not share a run of this many words with a document
ID_RE = re.compile(r"^tr-q-\d{4}$")
SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+[A-Z“\"]")


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def norm_q(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return collapse(s)


def words(s):
    return re.findall(r"[a-z0-9]+", s.lower().replace("’", "'").replace("'", ""))


def near(a, b):
    """True when two normalised questions are equal or difflib-similar (ratio >= NEAR)."""
    if a == b:
        return True
    # ratio <= 2*min/(len a + len b), so lengths more than 20 % apart cannot reach 0.9
    if abs(len(a) - len(b)) > 0.2 * max(len(a), len(b)):
        return False
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sm.real_quick_ratio() >= NEAR and sm.quick_ratio() >= NEAR and sm.ratio() >= NEAR


def blind_overlap(ours):
    """Compare our questions with the other files' without revealing theirs: report our id only."""
    theirs = set()
    for name in OTHER_FILES:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            print(f"  note: {name} not found, not compared")
            continue
        with open(path, encoding="utf-8") as f:
            for raw in f:
                try:
                    q = json.loads(raw).get("q")
                except (json.JSONDecodeError, AttributeError):
                    continue
                if isinstance(q, str) and q.strip():
                    theirs.add(norm_q(q))
    problems = []
    for rid, n in ours:
        if any(near(n, t) for t in theirs):
            problems.append(f"{rid}: equal or near duplicate of a question in another question file")
    print(f"  compared blind with {len(theirs)} questions of {', '.join(OTHER_FILES)}")
    return problems


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    problems = []

    docs, body = {}, {}
    for name, secs in SECTIONS.items():
        with open(os.path.join(KB, name), encoding="utf-8") as f:
            text = f.read()
        lines = text.split("\n")
        docs[name] = collapse(text)
        body[name] = {}
        for label, nums in secs.items():
            for n in nums:
                if n > len(lines) or not lines[n - 1].strip():
                    problems.append(f"section map: {name} line {n} ({label}) is missing or empty")
                else:
                    body[name][n] = (label, collapse(lines[n - 1]))

    # n-grams of the documents, to catch questions that copy the documents' wording
    doc_grams = set()
    for text in docs.values():
        w = words(text)
        for i in range(len(w) - MAX_COPIED_RUN + 1):
            doc_grams.add(tuple(w[i:i + MAX_COPIED_RUN]))

    rows, ids = [], set()
    with open(path, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            if not raw.strip():
                problems.append(f"line {ln}: empty line")
                continue
            try:
                o = json.loads(raw)
            except json.JSONDecodeError as e:
                problems.append(f"line {ln}: invalid JSON ({e})")
                continue
            rid = o.get("id", f"<line {ln}>")
            where = f"line {ln} {rid}"
            if not isinstance(o.get("id"), str) or not ID_RE.match(o["id"]):
                problems.append(f"{where}: bad id")
            elif o["id"] in ids:
                problems.append(f"{where}: duplicate id")
            elif FIRST_ID is not None and o["id"] != f"tr-q-{FIRST_ID + len(ids):04d}":
                problems.append(f"{where}: expected id tr-q-{FIRST_ID + len(ids):04d} (ids run on without gaps)")
            ids.add(o.get("id"))
            kind = o.get("kind")
            q = o.get("q")
            if not isinstance(q, str) or not q.strip():
                problems.append(f"{where}: empty q")
                continue
            if kind == "answer":
                expected = {"id", "kind", "section", "q", "evidence"}
            elif kind == "abstain":
                expected = {"id", "kind", "topic", "q", "evidence"}
            else:
                problems.append(f"{where}: bad kind {kind!r}")
                continue
            if set(o) != expected:
                problems.append(f"{where}: fields {sorted(o)} != {sorted(expected)}")
            ev = o.get("evidence")
            if not isinstance(ev, list):
                problems.append(f"{where}: evidence is not a list")
                continue
            if kind == "abstain":
                if ev:
                    problems.append(f"{where}: abstain with evidence")
                if not isinstance(o.get("topic"), str) or not o["topic"].strip():
                    problems.append(f"{where}: abstain without topic")
            else:
                sec = o.get("section", "")
                doc, _, label = sec.partition("#")
                if doc not in SECTIONS or label not in SECTIONS[doc]:
                    problems.append(f"{where}: unknown section {sec!r}")
                    continue
                if not 1 <= len(ev) <= 3:
                    problems.append(f"{where}: {len(ev)} evidence strings (need 1-3)")
                seen_docs, in_section = [], False
                for e in ev:
                    c = collapse(e) if isinstance(e, str) else ""
                    n = len(c.split())
                    if not 6 <= n <= 20:
                        problems.append(f"{where}: evidence has {n} words: {e!r}")
                    if SENTENCE_BREAK.search(c):
                        problems.append(f"{where}: evidence crosses a sentence: {e!r}")
                    hits = [(d, num, lab) for d in SECTIONS for num, (lab, line) in body[d].items()
                            if c and c in line]
                    if not hits:
                        found = [d for d in docs if c and c in docs[d]]
                        why = "only outside body lines" if found else "not found"
                        problems.append(f"{where}: evidence {why}: {e!r}")
                        continue
                    hit_docs = sorted({h[0] for h in hits})
                    if len(hit_docs) > 1:
                        problems.append(f"{where}: evidence found in several documents: {e!r}")
                    seen_docs.append(hit_docs[0])
                    if any(d == doc and lab == label for d, _, lab in hits):
                        in_section = True
                dup = [d for d, k in Counter(seen_docs).items() if k > 1]
                if dup:
                    problems.append(f"{where}: more than one evidence from {dup}")
                if ev and not in_section:
                    problems.append(f"{where}: no evidence inside section {sec}")
            w = words(q)
            for i in range(len(w) - MAX_COPIED_RUN + 1):
                if tuple(w[i:i + MAX_COPIED_RUN]) in doc_grams:
                    problems.append(f"{where}: question copies the documents: "
                                    f"{' '.join(w[i:i + MAX_COPIED_RUN])!r}")
                    break
            rows.append(o)

    # duplicates and near duplicates
    normed = [(r["id"], norm_q(r["q"])) for r in rows]
    seen = {}
    for rid, n in normed:
        if n in seen:
            problems.append(f"{rid}: duplicate of {seen[n]}")
        seen.setdefault(n, rid)
    for i in range(len(normed)):
        a = normed[i][1]
        sm = difflib.SequenceMatcher(None, a, autojunk=False)
        for j in range(i + 1, len(normed)):
            b = normed[j][1]
            if a == b or abs(len(a) - len(b)) > 0.2 * max(len(a), len(b)):
                continue
            sm.set_seq2(b)
            if sm.real_quick_ratio() >= 0.9 and sm.quick_ratio() >= 0.9 and sm.ratio() >= 0.9:
                problems.append(f"{normed[i][0]} and {normed[j][0]}: near duplicates")

    if OTHER_FILES:
        problems.extend(blind_overlap(normed))

    # coverage and counts
    per_sec = Counter(r["section"] for r in rows if r.get("kind") == "answer")
    for doc, secs in SECTIONS.items():
        for label in secs:
            k = per_sec.get(f"{doc}#{label}", 0)
            if k < MIN_PER_SECTION:
                problems.append(f"section {doc}#{label}: {k} answer questions (need {MIN_PER_SECTION})")

    kinds = Counter(r.get("kind") for r in rows)
    print(f"{len(rows)} questions: {kinds['answer']} answer, {kinds['abstain']} abstain "
          f"({100.0 * kinds['abstain'] / max(1, len(rows)):.1f} % abstain)")
    for doc, secs in SECTIONS.items():
        total = sum(per_sec.get(f"{doc}#{l}", 0) for l in secs)
        print(f"  {doc}: {total} answer questions over {len(secs)} sections "
              f"(min {min(per_sec.get(f'{doc}#{l}', 0) for l in secs)} per section)")
    multi = sum(1 for r in rows if r.get("kind") == "answer" and len(r["evidence"]) > 1)
    print(f"  answer questions with evidence from more than one document: {multi}")
    topics = Counter(r.get("topic") for r in rows if r.get("kind") == "abstain")
    print(f"  abstain topics: {len(topics)}")
    if kinds["answer"] < MIN_ANSWER:
        problems.append(f"{kinds['answer']} answer questions (need {MIN_ANSWER})")
    if kinds["abstain"] < MIN_ABSTAIN:
        problems.append(f"{kinds['abstain']} abstain questions (need {MIN_ABSTAIN})")
    if len(topics) < MIN_TOPICS:
        problems.append(f"{len(topics)} abstain topics (need {MIN_TOPICS})")

    for p in problems:
        print("PROBLEM:", p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
