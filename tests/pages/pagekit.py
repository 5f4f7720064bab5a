"""What the generators of the test pages share (generate.py, heldout3.py to heldout7.py): HTML
escaping, the gold of an article, writing a page in its declared charset with its gold, the
body through a renderer, boxes between paragraphs, table rows, JSON-LD and og: meta, stable
tokens, dates, and the check of a written page against its gold with a strict HTML parser.
"""

import datetime
import hashlib
import html
import html.parser
import json
import os
import re
import unicodedata

E = lambda s: html.escape(s, quote=False)  # noqa: E731  (text: & < > escaped)
A = lambda s: html.escape(s, quote=True)  # noqa: E731  (attribute values: quotes escaped too)

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VI_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def gold_lines(a, text=("p", "h2", "quote", "fig"), lists=("ul", "ol"), more=(), strict=True):
    """The article's text, one block a line, in page order: headline, standfirst, then each
    body item of a kind in `text` (its text), `lists` (its items) or "table" (its cells); the
    kinds in `more` are "update" (a live-blog update: its heading, if any, and paragraphs) and
    "box" (a box: its heading and lines). Any other kind raises ValueError when `strict`, is
    left out otherwise."""
    lines = [a["headline"]]
    if a.get("standfirst"):
        lines.append(a["standfirst"])
    for item in a["body"]:
        kind = item[0]
        if kind in text:
            lines.append(item[1])
        elif kind in lists:
            lines.extend(item[1])
        elif kind == "table":
            lines.extend(cell for row in item[1] for cell in row)
        elif kind == "update" and kind in more:
            _, _time, heading, paras = item
            if heading:
                lines.append(heading)
            lines.extend(paras)
        elif kind == "box" and kind in more:
            lines.append(item[1])
            lines.extend(item[2])
        elif strict:
            raise ValueError(kind)
    return lines


def write_page(out, lang, name, page, encoding, gold):
    """Writes out/lang/name.html (blank lines dropped, in `encoding`) and name.gold.txt (the
    lines of `gold`, UTF-8)."""
    os.makedirs(os.path.join(out, lang), exist_ok=True)
    page = "\n".join(line for line in page.split("\n") if line.strip()) + "\n"
    with open(os.path.join(out, lang, name + ".html"), "wb") as f:
        f.write(encode(page, encoding))
    with open(os.path.join(out, lang, name + ".gold.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(gold) + "\n")


def build_pages(out, articles, pages, render, gold, parser=None, prepare=None):
    """Writes and checks the pages of a held-out set, one after the other: for each of `pages`
    ((lang, article name, template, page name, extra fields)) the article of `articles` with
    the extra fields (then through `prepare(template, a)` if given), rendered by
    `render(template, a, lang, k)` (k: a variant number from the article's index and the
    page's name), written with `gold(a)` by write_page and checked by check_page with `parser`
    (PageText if not given). Yields (lang, page name, template, article, gold lines) a page."""
    by_name = articles_by_name(articles)
    for lang, article, template, name, extra in pages:
        k, a = by_name[(lang, article)]
        a = dict(a, **extra)
        if prepare:
            a = prepare(template, a)
        page = render(template, a, lang, (k + len(name)) % 4)
        encoding = a.get("encoding", "utf-8")
        write_page(out, lang, name, page, encoding, gold(a))
        yield lang, name, template, a, check_page(out, lang, name, encoding, parser or PageText)


def articles_by_name(articles):
    """{(lang, article name): (its index in its language's list, article)} of ARTICLES
    ({lang: [article]})."""
    return {(lang, a["name"]): (k, a) for lang, arts in articles.items() for k, a in enumerate(arts)}


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


def add(inserts, n, chunk):
    """Adds a chunk of chrome to go after body item n (after what is there already)."""
    inserts[n] = (inserts[n] + "\n" + chunk) if n in inserts else chunk


def paras(a):
    """The numbers of the body items that are plain paragraphs."""
    return [n for n, x in enumerate(a["body"]) if x[0] == "p"]


def first_para(a):
    """The number of the body's first plain paragraph."""
    return paras(a)[0]


def table_rows(rows, th=True, td=""):
    """A table's rows: the first in <th> cells when `th`, the others in <td{td}> cells."""
    out = []
    for r, row in enumerate(rows):
        cell = "th" if (r == 0 and th) else "td"
        attr = td if cell == "td" else ""
        out.append("<tr>" + "".join(f"<{cell}{attr}>{E(x)}</{cell}>" for x in row) + "</tr>")
    return "".join(out)


def token(*parts, n=8):
    """A stable hash-looking string (ids, class hashes, view state), the same every run."""
    return hashlib.sha1("/".join(str(p) for p in parts).encode()).hexdigest()[:n]


def when(a):
    """The article's date as a datetime."""
    return datetime.datetime.fromisoformat(a["date"].replace("Z", "+00:00"))


def ld(obj):
    """JSON for a <script>: no '</' inside, as sites write it."""
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")


def news_ld(a, lang, **extra):
    """A NewsArticle JSON-LD script for the article; `extra` adds or replaces fields (a
    replaced field keeps its place)."""
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["headline"],
           "description": a.get("standfirst", ""), "datePublished": a["date"], "dateModified": a["date"],
           "inLanguage": lang, "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]},
           "image": [a["url"].rsplit("/", 1)[0] + "/lead.jpg"],
           "author": [{"@type": "Person", "name": a.get("author", "")}],
           "publisher": {"@type": "Organization", "name": a["site"],
                         "logo": {"@type": "ImageObject", "url": "https://static.example.com/logo.png"}}}
    obj.update(extra)
    return '<script type="application/ld+json">' + ld(obj) + "</script>"


def og(a, locale, site=None, site_name=True, image=None, twitter=False):
    """The og: (and article:) meta lines: og:site_name (`site` or the article's) when
    `site_name`, og:image at `image` + "/og.jpg" when given, the twitter:card line when
    `twitter`."""
    lines = [f'<meta property="og:site_name" content="{A(site or a["site"])}">'] if site_name else []
    lines += [
        f'<meta property="og:title" content="{A(a["headline"])}">',
        f'<meta property="og:description" content="{A(a.get("standfirst", ""))}">',
        f'<meta property="og:url" content="{A(a["url"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:locale" content="{locale}">']
    if image is not None:
        lines.append(f'<meta property="og:image" content="{A(image)}/og.jpg">')
    if twitter:
        lines.append('<meta name="twitter:card" content="summary_large_image">')
    lines.append(f'<meta property="article:published_time" content="{a["date"]}">')
    return "\n".join(lines)


def norm(s):
    """Text as the checks compare it: NFC, white space folded to one space, trimmed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Elements a <p> may not contain: the HTML parser would close the paragraph before them.
NOT_IN_P = {"address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure", "figcaption", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section",
            "table", "ul"}


class PageText(html.parser.HTMLParser):
    """The parser of check_page: collects the text a reader sees in `parts` and records in
    `errors` (and an unclosed `stack`) what breaks a strict check that tags nest and close.
    Script, style and title are always left out; with `hidden`, also <select>, <textarea> and
    elements with the hidden attribute or display:none. With `block_in_p`, a block element
    inside a <p> is an error; with `self_closed`, a self-closed non-void tag (<div/>) is."""

    def __init__(self, hidden=True, block_in_p=True, self_closed=False):
        super().__init__(convert_charrefs=True)
        self.hidden, self.block_in_p, self.self_closed = hidden, block_in_p, self_closed
        self.parts, self.stack, self.skip, self.errors = [], [], 0, []

    def handle_starttag(self, tag, attrs):
        if self.block_in_p and tag in NOT_IN_P and any(t == "p" for t, _ in self.stack):
            self.errors.append(f"<{tag}> inside <p>")
        if tag in VOID:
            return
        hide = tag in ("script", "style", "title")
        if self.hidden:
            at = dict(attrs)
            style = (at.get("style") or "").replace(" ", "").lower()
            hide = hide or tag in ("select", "textarea") or "hidden" in at or "display:none" in style
        self.stack.append((tag, hide))
        self.skip += hide

    def handle_startendtag(self, tag, attrs):
        if self.self_closed and tag not in VOID:
            self.errors.append(f"<{tag}/> self-closed")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1][0] if self.stack else None}>")
            return
        _, hide = self.stack.pop()
        self.skip -= hide

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def check_page(out, lang, name, encoding, parser=PageText):
    """Checks a written page: its declared charset is the one used and decodes strictly, a legacy
    page is not also UTF-8, its tags nest and close (`parser()`, a PageText or one made with
    the set's options), no long gold line is there twice, and every gold line is in its
    visible text; returns the number of gold lines."""
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
