"""Held-out pages (tests/pages/heldout/{en,vi,zh}): templates that extraction was NOT tuned on.

They are written to be scored only at the end of a change (`cargo run --release --example
eval_extraction -- tests/pages/heldout`), to say honestly how the extractor does on layouts it
has not seen. They reuse the articles of articles_*.py (extraction does not learn words; what is
new is the markup and the chrome) and the in-article chrome of hard.py, in other shapes:
obfuscated class names that say nothing, custom elements, bylines in `address`, meta lines in
tables, a GBK page, and the chrome in other places.
"""

from generate import E, head, html_open, nav, most_read, footer, body, comments, teasers  # noqa: E402
from hard import INLINE, line, paras_with_inserts, teaser_link, tag_links, day  # noqa: E402


def t_obfuscated(a, c, lang, k):
    """Guardian-like generated class names (no words), byline in address, the standfirst in a
    div, a teaser aside in the body, custom elements for share and a rich link."""
    rich = (f'<gu-island name="RichLink"><div class="dcr-1x2y3z"><a href="/r/{k}"><span>{E(c["teasers"][k % 3][0])}</span></a>'
            f'<div class="dcr-9q8w7e">{E(c["teasers"][k % 3][1])}</div></div></gu-island>')
    inserts = {2: rich}
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div class="dcr-a1b2c3">{nav(c)}</div>
<main class="dcr-m0m0m0">
<div class="dcr-h1h1h1"><h1>{E(a["headline"])}</h1></div>
{f'<div class="dcr-s7s7s7"><p>{E(a["standfirst"])}</p></div>' if a.get("standfirst") else ""}
<div class="dcr-meta"><address aria-label="Contributor info"><a rel="author" href="/p">{E(a.get("author", ""))}</a></address>
<div class="dcr-d4d4d4">{E(line("published", a, lang))}</div>
<gu-island name="ShareButton"><button>{E(c["share"][0])}</button></gu-island></div>
<div class="dcr-b0d7b0d7" data-gu-name="body">
{paras_with_inserts(a, inserts)}
</div>
<div class="dcr-z9z9z9"><p>{E(line("reporting", a, lang))}</p></div>
<div class="dcr-t5t5t5"><ul>{"".join(f'<li><a href="/t/{i}">{E(c["nav"][i])}</a></li>' for i in (3, 6, 8))}</ul></div>
</main>
<div class="dcr-onwards">{teasers(c, 1, 2)}</div>
{footer(c)}
</body>
</html>
"""


def t_wpclassic(a, c, lang, k):
    """An old WordPress theme: post-meta line and comment count above the entry, postmetadata
    and a related-posts list after it, sidebar widgets, comments."""
    return f"""{html_open(a, lang)}
{head(a, lang, jsonld=False)}
<body class="single">
<div id="wrap"><div id="head"><h2 class="blogname"><a href="/">{E(a["site"])}</a></h2>{nav(c, semantic=False)}</div>
<div id="contentwrap"><div id="leftcol">
<div class="post" id="post-77">
<h1 class="storytitle">{E(a["headline"])}</h1>
<div class="meta">{E(day(a, lang))} | {E(a.get("author", ""))} | <a href="#respond">{E(INLINE[lang]["comments_n"])}</a></div>
<div class="storycontent">
{f'<p><em>{E(a["standfirst"])}</em></p>' if a.get("standfirst") else ""}
{paras_with_inserts(a, {}, fig="figcaption")}
<p>{E(line("copyright", a, lang))}</p>
</div>
<div class="feedback">{tag_links(c, lang)}</div>
<h3>{E(INLINE[lang]["more_on"])}</h3>
<ul>{"".join(f'<li><a href="/p/{i}">{E(t)}</a></li>' for i, t in enumerate(c["related"][k:k + 4]))}</ul>
</div>
{comments(c, wrap="div")}
</div>
<div id="rightcol">{most_read(c, 2, tag="div")}</div></div>
{footer(c, semantic=False)}</div>
</body>
</html>
"""


def t_zingish(a, c, lang, k):
    """Zing/Thanh Nien-like: summary paragraph, meta as a list, pictures in table.picture with
    caption and a separate credit cell, an inline related box, author and source at the end."""
    cap_table = lambda cap, n: (  # noqa: E731
        f'<table class="picture"><tr><td class="pic"><img src="/i/{n}.jpg" alt=""></td></tr>'
        f'<tr><td class="pCaption caption">{E(cap)}</td></tr></table>')
    parts = []
    for n, item in enumerate(a["body"]):
        if item[0] == "fig":
            parts.append(cap_table(item[1], n))
        else:
            parts.append(body(dict(a, body=[item])))
        if n == 2:
            rel = "".join(f'<li><a href="/r/{i}">{E(t)}</a></li>' for i, t in enumerate(c["related"][k:k + 3]))
            parts.append(f'<div class="inner-article"><ul>{rel}</ul></div>')
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div id="site-header">{nav(c)}</div>
<div class="page-wrapper">
<article class="the-article">
<header class="the-article-header">
<p class="the-article-category"><a href="/">{E(c["nav"][3])}</a></p>
<h1 class="the-article-title">{E(a["headline"])}</h1>
<ul class="the-article-meta"><li class="the-article-author">{E(a.get("author", ""))}</li><li class="the-article-publish">{E(line("published", a, lang))}</li></ul>
</header>
{f'<p class="the-article-summary">{E(a["standfirst"])}</p>' if a.get("standfirst") else ""}
<div class="the-article-body">
{"".join(parts)}
<p class="the-article-credit"><strong>{E(a.get("author", ""))}</strong></p>
<p><em>{E(line("by", a, lang))}</em></p>
</div>
<p class="the-article-tags">{E(INLINE[lang]["tags"])}: {" ".join(f'<a href="/t/{i}">{E(c["nav"][i])}</a>' for i in (2, 4))}</p>
</article>
<div class="sidebar">{most_read(c, 0, tag="div")}</div>
</div>
{footer(c)}
</body>
</html>
"""


SIZE = {"zh": '【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】',
        "vi": 'Cỡ chữ: <a href="#">A+</a> <a href="#">A-</a>', "en": 'Text size: <a href="#">A+</a> <a href="#">A-</a>'}
TOOLS = {"zh": '<a href="javascript:print()">打印</a> <a href="javascript:close()">关闭</a>',
         "vi": '<a href="javascript:print()">In trang</a> <a href="javascript:close()">Đóng</a>',
         "en": '<a href="javascript:print()">Print</a> <a href="javascript:close()">Close</a>'}


def t_gov(a, c, lang, k):
    """Government/163-like portal: the meta line (date, source) and font-size tools above the
    body, images as centred paragraphs, editor and source in a div after, print/close links."""
    credit = f'<p class="f_center">{E(line("credit", a, lang))}</p>'
    return f"""{html_open(a, lang)}
{head(a, lang, jsonld=False, og=False)}
<body>
<div class="top_nav">{nav(c, semantic=False)}</div>
<div class="container">
<div class="post_main">
<h1 class="post_title">{E(a["headline"])}</h1>
<div class="post_info">{E(line("published", a, lang))} <span>{SIZE[lang]}</span></div>
<div class="post_body" id="content">
{f'<p><b>{E(a["standfirst"])}</b></p>' if a.get("standfirst") else ""}
{paras_with_inserts(a, {}, p='<p style="text-indent:2em">', fig="centered", after_fig=credit)}
</div>
<div class="post_author">{E(line("reporting", a, lang))} {E(line("by", a, lang))}</div>
<div class="post_tools">{TOOLS[lang]}</div>
{tag_links(c, lang, "post_tags")}
</div>
<div class="post_side">{most_read(c, 1, tag="div")}</div>
</div>
{footer(c, semantic=False)}
</body>
</html>
"""


HELDOUT_TEMPLATES = {"obfuscated": t_obfuscated, "wpclassic": t_wpclassic, "zingish": t_zingish, "gov": t_gov}

HELDOUT_PAGES = [
    ("en", "newspaper-teasers", "obfuscated", "obfuscated-reef", {}),
    ("en", "agency-wildfire", "obfuscated", "obfuscated-wildfire", {}),
    ("en", "hongkong-short", "wpclassic", "wpclassic-short", {}),
    ("en", "vnexpress-intl-metro", "zingish", "zingish-metro", {}),
    ("vi", "tuoitre-tuyen-sinh", "zingish", "zingish-tuyen-sinh", {}),
    ("vi", "wrong-lang-du-lich", "wpclassic", "wpclassic-du-lich", {}),
    ("vi", "vov-divsoup", "obfuscated", "obfuscated-vov", {}),
    ("vi", "baochinhphu-table-cp1258", "gov", "gov-chinh-phu", {}),
    ("zh", "chinadaily-cn", "gov", "gov-gbk-aircraft", {"encoding": "gbk", "charset_decl": "meta"}),
    ("zh", "qq-jsonld", "gov", "gov-qq", {}),
    ("zh", "globaltimes-br", "zingish", "zingish-global", {}),
    ("zh", "divsoup-tech", "obfuscated", "obfuscated-tech", {}),
]
