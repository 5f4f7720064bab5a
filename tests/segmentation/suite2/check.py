#!/usr/bin/env python3
"""Validate the suite2 JSON-lines files.

Checks, per line: valid JSON object with the shared format's keys; lang matching the
file; id unique across all files; expected a non-empty list of non-empty strings;
and the concatenation of the expected segments equals the text once all white
space is removed from both. Exit status 1 if any case fails.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"id", "lang", "text", "expected", "source", "suite"}
WS = re.compile(r"\s+")


def main():
    seen = {}
    bad = 0
    counts = {}
    for lang in ("en", "vi", "zh"):
        path = os.path.join(HERE, lang + ".jsonl")
        n = 0
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                where = "%s.jsonl:%d" % (lang, lineno)
                if not line.strip():
                    print(where, "empty line"); bad += 1; continue
                try:
                    case = json.loads(line)
                except json.JSONDecodeError as e:
                    print(where, "invalid JSON:", e); bad += 1; continue
                if not isinstance(case, dict) or not KEYS <= set(case):
                    print(where, "missing keys:", KEYS - set(case or {})); bad += 1; continue
                n += 1
                cid = case["id"]
                if cid in seen:
                    print(where, "duplicate id", cid, "(first at %s)" % seen[cid]); bad += 1
                seen[cid] = where
                if case["lang"] != lang:
                    print(where, cid, "lang is", case["lang"]); bad += 1
                if case["source"] != "bitext-own" or case["suite"] != "own-suite-2":
                    print(where, cid, "unexpected source/suite"); bad += 1
                exp = case["expected"]
                if (not isinstance(exp, list) or not exp
                        or not all(isinstance(s, str) and s.strip() for s in exp)):
                    print(where, cid, "expected must be a non-empty list of non-empty strings"); bad += 1
                    continue
                if not isinstance(case["text"], str) or not case["text"].strip():
                    print(where, cid, "empty text"); bad += 1; continue
                a = WS.sub("", case["text"])
                b = WS.sub("", "".join(exp))
                if a != b:
                    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
                    print(where, cid, "text and expected differ at", i, repr(a[i-10:i+20]), "vs", repr(b[i-10:i+20])); bad += 1
        counts[lang] = n
    print("cases:", ", ".join("%s %d" % kv for kv in counts.items()), "| total", sum(counts.values()))
    print("OK" if not bad else "%d problem(s)" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
