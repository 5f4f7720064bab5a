"""What the generators of the test pages share: a page in its declared charset, and the
helpers of the held-out sets (heldout4.py, heldout5.py; heldout3.py takes `encode`): the
body through a renderer, a date, JSON for a script, text normalised for the checks, and the
check of a written page against its gold.
"""

import datetime
import json
import os
import re
import unicodedata


def encode(text, encoding):
    """The page in its declared charset, strictly (no character may be lost)."""
    if encoding == "windows-1258":
        # windows-1258 writes Vietnamese tones as combining marks after a base letter that
        # carries only its vowel mark (ê, ơ, ă ...), as the Windows code page does.
        tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
        out, base, marks = [], "", []

        def flush():
            if base:
                keep = "".join(m for m in marks if m not in tones)
                out.append(unicodedata.normalize("NFC", base + keep) + "".join(m for m in marks if m in tones))

        for ch in unicodedata.normalize("NFD", text):
            if unicodedata.combining(ch):
                marks.append(ch)
            else:
                flush()
                base, marks = ch, []
        flush()
        return "".join(out).encode("cp1258")
    return text.encode(encoding)


def blocks(a, R, inserts=None):
    """The body, each item through R[kind](item, n), with chrome after the given item numbers."""
    out = []
    for n, item in enumerate(a["body"]):
        out.append(R[item[0]](item, n))
        if inserts and n in inserts:
            out.append(inserts[n])
    return "\n".join(out)


def when(a):
    return datetime.datetime.fromisoformat(a["date"].replace("Z", "+00:00"))


def ld(obj):
    """JSON for a <script>: no '</' inside, as sites write it."""
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def check_page(out, lang, name, encoding, parser):
    """Checks a written page: its declared charset is the one used and decodes strictly, a legacy
    page is not also UTF-8, its tags nest and close (`parser`, the set's own), and every gold
    line is in its visible text; returns the number of gold lines."""
    raw = open(os.path.join(out, lang, name + ".html"), "rb").read()
    m = re.search(rb'charset="?([\w-]+)', raw[:800])
    declared = m.group(1).decode()
    assert declared.lower() == encoding.lower(), (name, declared, encoding)
    if encoding.lower() != "utf-8":
        try:
            raw.decode("utf-8")
            raise AssertionError((name, "a legacy page that is also valid UTF-8"))
        except UnicodeDecodeError:
            pass
    text = unicodedata.normalize("NFC", raw.decode(declared, errors="strict"))
    assert text.lstrip().startswith("<!DOCTYPE"), name
    p = parser()
    p.feed(text)
    p.close()
    assert not p.errors and not p.stack, (name, p.errors[:3], p.stack)
    page_text = norm("".join(p.parts))
    gold = open(os.path.join(out, lang, name + ".gold.txt"), encoding="utf-8").read().split("\n")[:-1]
    long = [g for g in gold if len(g) > 20]
    assert len(long) == len(set(long)), (name, "a gold line twice")
    missing = [g for g in gold if not g.strip() or norm(g) not in page_text]
    assert not missing, (name, missing[:3])
    return len(gold)
