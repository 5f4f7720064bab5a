#!/usr/bin/env python3
"""Check the own held-out segmentation suite: python3 check.py [files...]

For every line: valid JSON with exactly the shared keys, a unique id, the file's
language, a non-empty `expected` list of non-empty, stripped strings, and the
concatenation of `expected` equal to `text` once all white space is removed."""
import json, re, sys, pathlib

KEYS = {"id", "lang", "text", "expected", "source", "suite"}
WS = re.compile(r"\s+")

def check(path):
    errors, ids, n = [], set(), 0
    lang = path.stem
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{no}"
        if not line.strip():
            errors.append(f"{where}: empty line"); continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON: {e}"); continue
        n += 1
        if set(d) != KEYS:
            errors.append(f"{where}: keys {sorted(d)}")
        cid = d.get("id")
        if cid in ids:
            errors.append(f"{where}: duplicate id {cid}")
        ids.add(cid)
        if d.get("lang") != lang:
            errors.append(f"{where}: lang {d.get('lang')!r} in {path.name}")
        exp, text = d.get("expected"), d.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text"); continue
        if not isinstance(exp, list) or not exp:
            errors.append(f"{where}: expected empty"); continue
        for s in exp:
            if not isinstance(s, str) or not s.strip():
                errors.append(f"{where}: empty segment")
            elif s != s.strip() or WS.sub(" ", s) != s:
                errors.append(f"{where}: segment not stripped/collapsed: {s!r}")
        if WS.sub("", "".join(exp)) != WS.sub("", text):
            errors.append(f"{where}: segments do not rebuild the text ({cid})")
    return n, errors

def main(argv):
    here = pathlib.Path(__file__).resolve().parent
    files = [pathlib.Path(a) for a in argv] or sorted(here.glob("*.jsonl"))
    bad = 0
    for p in files:
        n, errs = check(p)
        print(f"{p.name}: {n} cases, {len(errs)} errors")
        for e in errs:
            print("  " + e)
        bad += len(errs)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
