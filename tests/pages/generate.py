#!/usr/bin/env python3
"""Writes the test pages of tests/pages/{en,vi,zh}/: NAME.html and its gold NAME.gold.txt.

    python3 tests/pages/generate.py

Each article (articles_*.py) is wrapped in the template of the kind of site it imitates, with
that site's chrome (chrome.py) around it. The gold is the article's own text, one block per
line, written from the same data, so page and gold cannot disagree. Pages that declare a legacy
encoding are written in it (GBK, GB2312, windows-1258); the gold is always UTF-8. The output is
deterministic: running it twice gives the same bytes.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chrome import CHROME  # noqa: E402
import pagekit  # noqa: E402
from pagekit import E, A, write_page  # noqa: E402
import articles_en, articles_vi, articles_zh  # noqa: E402


def gold_lines(a):
    """The article's text, one block a line (live-blog updates too; an unknown kind is left out)."""
    return pagekit.gold_lines(a, lists=("ul",), more=("update",), strict=False)


# ---------------------------------------------------------------- shared pieces of chrome


def head(a, lang, jsonld=True, og=True, extra=""):
    charset = a.get("encoding", "utf-8")
    if a.get("charset_decl") == "http-equiv":
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    else:
        meta = f'<meta charset="{charset}">'
    parts = [meta, '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{E(a['headline'])} | {E(a['site'])}</title>",
             f'<link rel="canonical" href="{A(a["url"])}">',
             f'<meta name="description" content="{A(a.get("standfirst") or a["headline"])}">']
    if og:
        locale = a.get("og_locale", {"en": "en_GB", "vi": "vi_VN", "zh": "zh_CN"}[lang])
        parts += [f'<meta property="og:title" content="{A(a["headline"])}">',
                  f'<meta property="og:site_name" content="{A(a["site"])}">',
                  f'<meta property="og:url" content="{A(a["url"])}">',
                  f'<meta property="og:locale" content="{locale}">',
                  '<meta property="og:type" content="article">',
                  f'<meta property="article:published_time" content="{a["date"]}">']
        if a.get("author"):
            parts.append(f'<meta name="author" content="{A(a["author"])}">')
    if jsonld:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["headline"],
              "datePublished": a["date"], "inLanguage": lang, "mainEntityOfPage": a["url"],
              "publisher": {"@type": "Organization", "name": a["site"]}}
        if a.get("author"):
            ld["author"] = [{"@type": "Person", "name": a["author"]}]
        if a.get("ld_body"):
            ld["articleBody"] = " ".join(gold_lines(a)[1:])
        parts.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    parts += ['<link rel="stylesheet" href="/static/css/main.css">',
              "<style>.hidden{display:none}.ad-slot{min-height:250px}</style>",
              '<script async src="https://ads.example.net/tag.js"></script>',
              "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:'pageview',"
              "section:'news'});</script>", extra]
    return "<head>\n" + "\n".join(p for p in parts if p) + "\n</head>"


def html_open(a, lang):
    return f'<!DOCTYPE html>\n<html lang="{a.get("lang_attr", lang)}">'


def nav(c, semantic=True):
    items = "".join(f'<li><a href="/{i}">{E(x)}</a></li>' for i, x in enumerate(c["nav"]))
    if semantic:
        return f'<nav class="main-nav" aria-label="Main"><ul>{items}</ul></nav>'
    links = "".join(f'<div class="menu-item"><a href="/{i}">{E(x)}</a></div>' for i, x in enumerate(c["nav"]))
    return f'<div class="menu">{links}</div>'


def cookie(c, variant=0):
    buttons = "".join(f"<button>{E(b)}</button>" for b in c["cookie_buttons"])
    if variant == 0:
        return f'<div id="cookie-banner" class="cookie-consent" role="dialog"><p>{E(c["cookie"])}</p>{buttons}</div>'
    # A consent manager that writes plain divs, with links instead of buttons.
    links = "".join(f'<a href="#" class="cc-btn">{E(b)}</a>' for b in c["cookie_buttons"])
    return f'<div class="cc-window cc-banner"><div class="cc-message">{E(c["cookie"])}</div><div class="cc-compliance">{links}</div></div>'


def share(c, variant=0):
    if variant == 0:
        items = "".join(f'<li><a href="#" class="share-{i}">{E(s)}</a></li>' for i, s in enumerate(c["share"]))
        return f'<div class="share-bar social"><ul>{items}</ul></div>'
    items = "".join(f'<a class="btn-share" href="#" title="{A(s)}"><span>{E(s)}</span></a>' for s in c["share"])
    return f'<div class="social-share">{items}</div>'


def related(c, k=0, n=5, with_summary=False, tag="aside", cls="related"):
    titles = [c["related"][(k + i) % len(c["related"])] for i in range(n)]
    lis = []
    for i, t in enumerate(titles):
        summary = f"<p>{E(c['most_read'][(k + i) % len(c['most_read'])])}.</p>" if with_summary else ""
        lis.append(f'<li class="item"><a href="/news/{k}{i}.html"><h3>{E(t)}</h3></a>{summary}</li>')
    return f'<{tag} class="{cls}"><h2>{E(c["related_head"])}</h2><ul>{"".join(lis)}</ul></{tag}>'


def most_read(c, k=0, tag="section"):
    lis = "".join(f'<li><span class="rank">{i + 1}</span><a href="/mr/{i}">{E(t)}</a></li>'
                  for i, t in enumerate(c["most_read"][k:] + c["most_read"][:k]))
    return f'<{tag} class="most-read"><h2>{E(c["most_read_head"])}</h2><ol>{lis}</ol></{tag}>'


def comments(c, wrap="section", per_comment="div"):
    items = []
    for i, (who, text) in enumerate(c["comments"]):
        items.append(f'<{per_comment} class="comment" id="c{i}"><div class="comment-author"><b>{E(who)}</b> '
                     f'<span class="time">{E(c["ago"])}</span></div><div class="comment-text"><p>{E(text)}</p></div>'
                     f'<div class="comment-actions"><a href="#">{E(c["like"])}</a> <a href="#">{E(c["reply"])}</a></div></{per_comment}>')
    return f'<{wrap} id="comments" class="comments"><h3>{E(c["comments_head"])}</h3>{"".join(items)}</{wrap}>'


def newsletter(c):
    return (f'<div class="newsletter-signup"><p>{E(c["newsletter"])}</p><form action="/subscribe" method="post">'
            f'<input type="email" placeholder="{A(c["email_placeholder"])}"><button type="submit">'
            f'{E(c["newsletter_button"])}</button></form></div>')


def ad(c, n=0):
    return f'<div class="ad-slot ad-{n}" id="div-gpt-ad-{n}"><span class="ad-label">{E(c["ad"])}</span></div>'


def sponsored(c):
    lis = "".join(f'<li><a href="https://promo.example.net/{i}">{E(t)}</a></li>' for i, t in enumerate(c["sponsored"]))
    return f'<div class="sponsored-box"><h4>{E(c["sponsored_head"])}</h4><ul>{lis}</ul></div>'


def hidden(c):
    return (f'<div hidden class="modal"><p>{E(c["breaking"])}</p></div>'
            f'<div style="display:none" class="paywall-msg"><p>{E(c["newsletter"])}</p></div>'
            f'<span aria-hidden="true" class="icon-label">{E(c["follow"])}</span>')


def footer(c, semantic=True):
    tag = "footer" if semantic else "div"
    return f'<{tag} class="site-footer" id="footer"><p>{E(c["follow"])}</p><p>{E(c["footer"])}</p></{tag}>'


def teasers(c, k=0, n=2):
    cards = "".join(f'<div class="card teaser"><a href="/t/{k}{i}"><h2 class="card-title">{E(t)}</h2></a><p class="card-summary">{E(s)}</p></div>'
                    for i, (t, s) in enumerate(c["teasers"][k:k + n]))
    return f'<div class="teaser-row">{cards}</div>'


def byline(a, cls="byline"):
    who = f'<span class="author">{E(a["author"])}</span> ' if a.get("author") else ""
    return f'<div class="{cls}">{who}<time datetime="{a["date"]}">{a["date"][:10]}</time></div>'


# ---------------------------------------------------------------- the body, in several dialects


def body(a, p="<p>", p_close="</p>", fig="figcaption", table_cls="data", list_tag="ul"):
    out = []
    for n, item in enumerate(a["body"]):
        kind = item[0]
        if kind == "p":
            out.append(f"{p}{E(item[1])}{p_close}")
        elif kind == "h2":
            out.append(f"<h2>{E(item[1])}</h2>")
        elif kind == "quote":
            out.append(f"<blockquote><p>{E(item[1])}</p></blockquote>")
        elif kind == "ul":
            out.append(f"<{list_tag}>" + "".join(f"<li>{E(x)}</li>" for x in item[1]) + f"</{list_tag}>")
        elif kind == "table":
            rows = []
            for r, row in enumerate(item[1]):
                cell = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{cell}>{E(x)}</{cell}>" for x in row) + "</tr>")
            out.append(f'<table class="{table_cls}">' + "".join(rows) + "</table>")
        elif kind == "fig":
            out.append(figure(item[1], n, fig))
    return "\n".join(out)


def figure(cap, n, style):
    img = f'<img src="/img/{n}.jpg" width="680" height="450" loading="lazy"'
    if style == "figcaption":
        return f'<figure class="image">{img} alt=""><figcaption>{E(cap)}</figcaption></figure>'
    if style == "vnexpress":
        return (f'<figure class="tplCaption"><div class="fig-picture">{img} alt="{A(cap)}"></div>'
                f'<figcaption><p class="Image">{E(cap)}</p></figcaption></figure>')
    if style == "tuoitre":
        return (f'<figure class="VCSortableInPreviewMode" type="Photo"><div>{img} alt="{A(cap)}"></div>'
                f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh">{E(cap)}</p></figcaption></figure>')
    if style == "p-caption":
        return f'<div class="pic">{img} alt=""></div><p class="pic-caption">{E(cap)}</p>'
    if style == "centered":
        # The caption is only a centred paragraph: no class, no figure.
        return f'<p style="text-align: center;">{img} alt=""></p><p style="text-align: center;"><font color="navy">{E(cap)}</font></p>'
    if style == "sina":
        return f'<div class="img_wrapper">{img} alt="{A(cap)}"><span class="img_descr">{E(cap)}</span></div>'
    if style == "qq":
        return f'<p class="one-p"><img class="content-picture" src="/img/{n}.jpg"></p><p class="one-p image_desc">{E(cap)}</p>'
    if style == "table":
        return (f'<table class="image" align="center" width="500"><tr><td>{img} alt=""></td></tr>'
                f'<tr><td class="caption">{E(cap)}</td></tr></table>')
    raise ValueError(style)


# ---------------------------------------------------------------- templates, one per kind of site


def t_semantic(a, c, lang, k):
    """Broadcaster / newspaper with semantic HTML5: article, header, figure, aside, footer."""
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<a class="skip-link" href="#main">{E(c["skip"])}</a>
{cookie(c)}
<header class="site-header"><div class="logo"><a href="/">{E(a["site"])}</a></div>
{nav(c)}</header>
<main id="main">
<article class="story">
<header class="story-header"><h1>{E(a["headline"])}</h1>
{f'<p class="standfirst">{E(a["standfirst"])}</p>' if a.get("standfirst") else ""}
{byline(a)}</header>
{share(c)}
<div class="story-body">
{body(a)}
</div>
<div class="tags"><h3>{E(c["tags_head"])}</h3><ul><li><a href="/t/1">{E(c["nav"][2])}</a></li><li><a href="/t/2">{E(c["nav"][4])}</a></li></ul></div>
</article>
{related(c, k)}
</main>
{most_read(c, k % 3)}
{footer(c)}
</body>
</html>
"""


def t_wire(a, c, lang, k):
    """Wire agency: div-based, no article element, paragraphs with data attributes."""
    paras = "\n".join(f'<p data-testid="paragraph-{i}" class="text__text">{E(t)}</p>'
                      for i, (_, t) in enumerate(x for x in a["body"] if x[0] == "p"))
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div id="root"><div class="site-header"><div class="logo">{E(a["site"])}</div>{nav(c, semantic=False)}</div>
{cookie(c, 1)}
<div class="article-layout">
<div class="article-header"><span class="section-label"><a href="/markets">{E(c["nav"][3])}</a></span>
<h1 data-testid="Heading">{E(a["headline"])}</h1>
{byline(a, "article-byline")}
{share(c, 1)}</div>
<div class="article-body__content">
{paras}
</div>
<div class="trust-badge"><p>Our Standards: The Trust Principles.</p></div>
{newsletter(c)}
{related(c, k, n=6, tag="div", cls="related-coverage")}
</div>
{most_read(c, k % 3, tag="div")}
{footer(c, semantic=False)}
</div>
</body>
</html>
"""


def t_ads(a, c, lang, k):
    """Agency page with an advert between paragraphs and a 'read more' box inside the body."""
    out = []
    for i, item in enumerate(a["body"]):
        out.append(f"<p>{E(item[1])}</p>")
        if i in (1, 4):
            out.append(ad(c, i))
        if i == 3:
            t, s = c["teasers"][k % 3]
            out.append(f'<div class="PageListEnhancementGeneric"><h2 class="PageList-header">{E(c["read_more"])}</h2>'
                       f'<div class="PagePromo"><a href="/x"><span class="PagePromoContentIcons-text">{E(t)}</span></a><p>{E(s)}</p></div></div>')
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<header class="Page-header">{nav(c)}</header>
<div class="Page-content">
<div class="Page-headline"><h1 class="Page-headline">{E(a["headline"])}</h1></div>
{byline(a, "Page-byline")}
{share(c)}
<div class="RichTextStoryBody RichTextBody">
{"".join(out)}
</div>
{sponsored(c)}
{related(c, k, n=4, tag="div", cls="Page-below")}
</div>
{hidden(c)}
{footer(c)}
</body>
</html>
"""


def t_live(a, c, lang, k):
    """Live blog: key events summary (links to the updates), then each update as an article."""
    keys = "".join(f'<li><a href="#b{i}">{u[1]} {E(u[2])}</a></li>' for i, u in enumerate(a["body"]) if u[2])
    blocks = []
    for i, (_, time, heading, paras) in enumerate(a["body"]):
        h = f"<h2>{E(heading)}</h2>" if heading else ""
        ps = "".join(f"<p>{E(p)}</p>" for p in paras)
        blocks.append(f'<article class="block" id="b{i}"><header class="block-time"><time>{time}</time></header>'
                      f'{h}<div class="block-elements">{ps}</div><footer class="block-share">{share(c, 1)}</footer></article>')
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
{cookie(c, 0)}
<header>{nav(c)}</header>
<main>
<div class="live-header"><span class="badge">LIVE</span><h1>{E(a["headline"])}</h1>
<div class="standfirst"><p>{E(a["standfirst"])}</p></div>{byline(a)}</div>
<div class="key-events"><h3>Key events</h3><ul>{keys}</ul></div>
<div class="live-blog">
{"".join(blocks)}
</div>
{comments(c)}
</main>
{most_read(c, k % 3, tag="aside")}
{footer(c)}
</body>
</html>
"""


def t_vnexpress(a, c, lang, k):
    """VnExpress-like: title-detail, description, fck_detail with p.Normal, p.Image captions."""
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<header class="header"><div class="logo"><a href="/">{E(a["site"])}</a></div>{nav(c)}</header>
<section class="section page-detail top-detail">
<div class="container">
<div class="sidebar-1">
<div class="header-content"><ul class="breadcrumb"><li><a href="/">{E(c["nav"][1])}</a></li><li><a href="/">{E(c["nav"][2])}</a></li></ul>
<span class="date">{a["date"][:10]}</span></div>
<h1 class="title-detail">{E(a["headline"])}</h1>
<p class="description">{E(a["standfirst"])}</p>
<article class="fck_detail">
{body(a, p='<p class="Normal">', fig="vnexpress")}
<p class="Normal" style="text-align:right;"><strong>{E(a["author"])}</strong></p>
</article>
<div class="footer-content">{share(c, 1)}</div>
<div class="box-tinlienquanv2">{related(c, k, n=3, with_summary=True, tag="div", cls="list-news")}</div>
{comments(c, wrap="div")}
</div>
<div class="sidebar-2">{most_read(c, k % 3, tag="div")}{ad(c, 1)}</div>
</div>
</section>
{footer(c)}
</body>
</html>
"""


def t_divsoup(a, c, lang, k):
    """Div soup: no p, no h1, no semantic tags; the cookie notice and hidden boxes are divs too."""
    parts = []
    for item in a["body"]:
        parts.append(f'<div class="text">{E(item[1])}</div>')
    sf = f'<div class="summary"><b>{E(a["standfirst"])}</b></div>' if a.get("standfirst") else ""
    return f"""{html_open(a, lang)}
{head(a, lang, jsonld=False)}
<body>
<div id="wrapper">
{cookie(c, 1)}
<div class="top">{nav(c, semantic=False)}</div>
<div class="main">
<div class="left">
<div class="article-title">{E(a["headline"])}</div>
<div class="info"><span class="source">{E(a["site"])}</span> <span class="time">{a["date"][:16].replace("T", " ")}</span></div>
{sf}
<div class="content">
{"".join(parts)}
</div>
<div class="share">{share(c, 1)}</div>
<div class="related-news"><div class="title-box">{E(c["related_head"])}</div>{"".join(f'<div class="rel-item"><a href="/r/{i}">{E(t)}</a></div>' for i, t in enumerate(c["related"][k:k + 5]))}</div>
</div>
<div class="right">{"".join(f'<div class="hot-item"><a href="/h/{i}">{E(t)}</a></div>' for i, t in enumerate(c["most_read"]))}{ad(c, 2)}</div>
</div>
{hidden(c)}
<div class="bottom">{E(c["footer"])}</div>
</div>
</body>
</html>
"""


def t_short(a, c, lang, k):
    """A three-paragraph story beside a sidebar with more text than the story itself."""
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<header>{nav(c)}</header>
<div class="page">
<div class="content-col">
<article>
<h1>{E(a["headline"])}</h1>
{byline(a)}
<figure class="lead-image"><img src="/img/lead.jpg" alt=""></figure>
{body(a)}
</article>
</div>
<div class="sidebar">
{related(c, k, n=8, with_summary=True, tag="div", cls="sidebar-related")}
{most_read(c, 0, tag="div")}
{sponsored(c)}
{newsletter(c)}
</div>
</div>
{footer(c)}
</body>
</html>
"""


def t_wordpress(a, c, lang, k):
    """WordPress blog: entry-content, sharedaddy, related posts, comments as articles, widgets."""
    comment_items = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{E(w)}</b> '
        f'<span class="says">says:</span></footer><div class="comment-content"><p>{E(t)}</p></div>'
        f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>'
        for w, t in c["comments"])
    return f"""{html_open(a, lang)}
{head(a, lang, jsonld=False)}
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">{E(a["site"])}</a></p>
<p class="site-description">Notes on food, streets and people in southern Vietnam</p>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/food">Food</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-812" class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{E(a["headline"])}</h1>
<div class="entry-meta">Posted on <time>{a["date"][:10]}</time> by {E(a["author"])}</div></header>
<div class="entry-content">
{body(a)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>{share(c)}</div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
{"".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/p/{i}">{E(t)}</a></h4></div>' for i, t in enumerate(c["related"][k:k + 3]))}</div>
</div>
<footer class="entry-footer">Posted in <a href="/food">Food</a>, <a href="/travel">Travel</a></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">5 thoughts on “{E(a["headline"])}”</h2>
<ol class="comment-list">{comment_items}</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3>
<form class="comment-form"><p class="comment-notes">Your email address will not be published.</p><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{"".join(f"<li><a href='/r/{i}'>{E(t)}</a></li>" for i, t in enumerate(c["most_read"]))}</ul></section>
<section class="widget">{newsletter(c)}</section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


def t_gallery(a, c, lang, k):
    """Photo gallery: the captions are the story; counters, thumbnails and teasers are not."""
    n = len(a["body"])
    slides = "".join(f'<div class="slide"><img src="/g/{i}.jpg" alt=""><p class="caption">{E(x[1])}</p>'
                     f'<span class="counter">{i + 1} / {n}</span></div>' for i, x in enumerate(a["body"]))
    thumbs = "".join(f'<li><img src="/g/t{i}.jpg" alt="{i + 1}"></li>' for i in range(n))
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
{cookie(c)}
<header>{nav(c)}</header>
<main>
<div class="gallery-header"><h1>{E(a["headline"])}</h1><p class="intro">{E(a["standfirst"])}</p>{byline(a)}</div>
<div class="gallery">{slides}</div>
<ul class="thumbnails">{thumbs}</ul>
{share(c)}
<div class="more-galleries">{teasers(c, 0, 3)}</div>
</main>
{footer(c)}
</body>
</html>
"""


def t_teasers(a, c, lang, k):
    """A main article between teaser cards of two other articles; hidden modals; a consent overlay."""
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div id="onetrust-consent-sdk">{cookie(c, 0)}</div>
<header>{nav(c)}<div class="breaking" aria-hidden="true">{E(c["breaking"])}</div></header>
{teasers(c, 0, 2)}
<main>
<article>
<h1>{E(a["headline"])}</h1>
<p class="article-standfirst">{E(a["standfirst"])}</p>
{byline(a)}
<figure class="lead"><img src="/img/lead.jpg" alt="Coral reef"><figcaption><span class="credit">Photograph: Reef Survey Team</span></figcaption></figure>
<div class="article-body">
{body(a)}
</div>
</article>
<section class="read-next"><h2>{E(c["read_more"])}</h2>{teasers(c, 2, 1)}</section>
</main>
{hidden(c)}
{newsletter(c)}
{footer(c)}
</body>
</html>
"""


def t_tuoitre(a, c, lang, k):
    """Tuoi Tre-like: sapo in an h2, figures with PhotoCMS_Caption, a related box inside the body."""
    items = a["body"]
    rel = ('<div class="VCSortableInPreviewMode" type="RelatedNewsBox"><div class="kbwscwl-relatedbox">'
           f'<strong>{E(c["related_head"].upper())}</strong><ul>'
           + "".join(f'<li><a href="/r/{i}">{E(t)}</a></li>' for i, t in enumerate(c["related"][k:k + 3]))
           + "</ul></div></div>")
    first = dict(a, body=items[:3])
    rest = dict(a, body=items[3:])
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div class="header">{nav(c, semantic=False)}</div>
<div class="detail-container">
<div class="detail-top"><div class="detail-cate"><a href="/giao-duc.htm">{E(c["nav"][10])}</a></div><div class="detail-time">{a["date"][:10]}</div></div>
<h1 class="detail-title article-title">{E(a["headline"])}</h1>
<div class="detail-cmain">
<h2 class="detail-sapo">{E(a["standfirst"])}</h2>
<div class="detail-content afcbc-body">
{body(first, fig="tuoitre")}
{rel}
{body(rest, fig="tuoitre")}
</div>
<div class="author-info"><div class="author">{E(a["author"])}</div></div>
<div class="detail-tab"><span>{E(c["tags_head"])}:</span> <a href="/t/1">tuyển sinh lớp 10</a> <a href="/t/2">Hà Nội</a></div>
{share(c, 1)}
<div class="lst-comment">{comments(c, wrap="div", per_comment="li")}</div>
</div>
<div class="aside-right">{most_read(c, 1, tag="div")}{ad(c, 3)}</div>
</div>
{footer(c, semantic=False)}
</body>
</html>
"""


def t_br(a, c, lang, k):
    """Older portal: the body is one run of text with br line breaks, no p elements at all."""
    text = "<br><br>\n".join(E(x[1]) for x in a["body"])
    others = "".join(f'<li><a href="/o/{i}">{E(t)}</a> <span class="date">({a["date"][:10]})</span></li>'
                     for i, t in enumerate(c["related"][k:k + 6]))
    return f"""{html_open(a, lang)}
{head(a, lang, jsonld=False, og=False)}
<body>
<div class="top-bar">{nav(c, semantic=False)}</div>
<div class="main-content">
<div class="article-title"><b>{E(a["headline"])}</b></div>
<div class="article-date">{a["date"][:10]} {E(a.get("author", ""))}</div>
<div class="article-content">
{text}
</div>
<div class="print-tools"><a href="javascript:print()">In bài</a> | <a href="#">Gửi bài</a> | <a href="#top">Về đầu trang</a></div>
<div class="othernews"><div class="head">{E(c["related_head"])}</div><ul>{others}</ul></div>
</div>
<div class="footer">{E(c["footer"])}</div>
</body>
</html>
"""


def t_table(a, c, lang, k):
    """Table layout: nav, left column, content and right column are table cells; captions in cells."""
    left = "<br>".join(f'<a href="/l/{i}">{E(t)}</a>' for i, t in enumerate(c["most_read"]))
    table_body = body(a, fig="table", table_cls='data" border="1')
    right = "".join(f'<tr><td class="hot"><a href="/h/{i}">{E(t)}</a></td></tr>' for i, t in enumerate(c["related"][k:k + 5]))
    return f"""{html_open(a, lang)}
{head(a, lang, jsonld=False, og=False)}
<body bgcolor="#ffffff">
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="3" class="menu">{" | ".join(f'<a href="/{i}">{E(x)}</a>' for i, x in enumerate(c["nav"]))}</td></tr>
<tr>
<td width="200" valign="top" class="left"><b>{E(c["most_read_head"])}</b><br>{left}</td>
<td width="580" valign="top" class="center">
<font class="title" size="5"><b>{E(a["headline"])}</b></font><br>
<span class="date">{a["date"][:16].replace("T", " ")}</span><br>
{f'<p class="sapo"><b>{E(a["standfirst"])}</b></p>' if a.get("standfirst") else ""}
{table_body}
<p align="right"><b>{E(a["author"])}</b></p>
</td>
<td width="200" valign="top" class="right"><table width="100%">
<tr><td class="adv">{E(c["ad"])}</td></tr>
<tr><td><b>{E(c["related_head"])}</b></td></tr>
{right}
</table></td>
</tr>
<tr><td colspan="3" class="footer" align="center">{E(c["footer"])}</td></tr>
</table>
</body>
</html>
"""


def t_xinhua(a, c, lang, k):
    """Xinhua-like: div header, #detail body, centred captions, the corrections/editor line."""
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div class="header"><div class="nav">{nav(c, semantic=False)}</div></div>
<div class="main clearfix">
<div class="head-line clearfix"><h1><span class="title">{E(a["headline"])}</span></h1>
<div class="header-cont"><div class="info"><span class="year">{a["date"][:4]}</span> <span class="day">{a["date"][5:10]}</span> <span class="source">来源：新华网</span></div></div></div>
<div id="detail">
{body(a, fig="centered")}
</div>
<div id="articleEdit"><span class="tiyi1"><a href="#">【纠错】</a></span> <span class="editor">【责任编辑：王小明】</span></div>
<div class="share">{share(c, 1)}</div>
<div class="columBox">{related(c, k, n=5, tag="div", cls="col-cont")}</div>
</div>
{footer(c, semantic=False)}
</body>
</html>
"""


def t_people(a, c, lang, k):
    """People's Daily-like: rm_txt_con with indented paragraphs, print edition line, editors."""
    return f"""{html_open(a, lang)}
{head(a, lang, jsonld=False)}
<body>
<div class="rm_topbar">{nav(c, semantic=False)}</div>
<div class="main">
<div class="col col-1 fl">
<div class="channel cf"><a href="/">{E(c["nav"][1])}</a> &gt;&gt; <a href="/">{E(c["nav"][9])}</a></div>
<h1>{E(a["headline"])}</h1>
<div class="col-1-1 fl">{a["date"][:10]} 来源：<a href="/">人民网</a></div>
<div class="rm_txt_con cf">
{body(a, p='<p style="text-indent: 2em;">', fig="p-caption")}
</div>
<div class="paper_num">《人民日报》（{a["date"][:4]}年04月15日 第07版）</div>
<div class="edit cf">(责任编辑：{E(a["author"])}、王刚)</div>
{share(c, 1)}
{comments(c, wrap="div")}
</div>
<div class="col col-2 fr">{most_read(c, 2, tag="div")}{related(c, k, n=6, tag="div", cls="rm_relevant")}</div>
</div>
{footer(c, semantic=False)}
</body>
</html>
"""


def t_sina(a, c, lang, k):
    """Sina-like: paragraphs indented with ideographic spaces, img_descr captions, app promotion."""
    sina_body = body(a, p="<p>\u3000\u3000", fig="sina")
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div class="top-nav">{nav(c, semantic=False)}</div>
<div class="main-content w1240">
<h1 class="main-title">{E(a["headline"])}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">{a["date"][:4]}年03月08日 12:05</span> <a class="source" href="/">新华社</a></div></div>
<div class="article-content clearfix">
<div class="article" id="artibody">
{sina_body}
<p class="article-editor">责任编辑：张三</p>
</div>
<div class="app-kaihu-qr"><p>海量资讯、精准解读，尽在新浪财经APP</p></div>
</div>
{hidden(c)}
<div id="sina-comment">{comments(c, wrap="div")}</div>
<div class="feed-card"><h3>热门推荐</h3>{"".join(f'<div class="feed-card-item"><h2><a href="/f/{i}">{E(t)}</a></h2></div>' for i, t in enumerate(c["related"]))}</div>
</div>
{footer(c, semantic=False)}
</body>
</html>
"""


def t_qq(a, c, lang, k):
    """Tencent-like: JSON-LD carrying the whole article body, one-p paragraphs, image_desc."""
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div class="qq-top">{nav(c, semantic=False)}</div>
<div class="qq-main">
<div class="LEFT">
<h1>{E(a["headline"])}</h1>
<div class="media-info"><span class="author">{E(a["author"])}</span> <span class="time">{a["date"][:16].replace("T", " ")}</span></div>
<div class="content-article">
<p class="one-p"><strong>{E(a["standfirst"])}</strong></p>
{body(a, p='<p class="one-p">', fig="qq")}
</div>
<div class="qq-bottom-ad">{ad(c, 4)}</div>
{related(c, k, n=6, tag="div", cls="rel-news")}
</div>
<div class="RIGHT">{most_read(c, 1, tag="div")}</div>
</div>
{footer(c, semantic=False)}
</body>
</html>
"""


TEMPLATES = {name[2:]: f for name, f in globals().items() if name.startswith("t_")}


def write(root, lang, name, page, a):
    write_page(root, lang, name, page, a.get("encoding", "utf-8"), gold_lines(a))


def main():
    # Imported here: they import this module's helpers.
    import hard
    import heldout
    import heldout2

    root = os.path.dirname(os.path.abspath(__file__))
    modules = {"en": articles_en, "vi": articles_vi, "zh": articles_zh}
    by_name = {}
    for lang, module in modules.items():
        for k, a in enumerate(module.ARTICLES):
            by_name[(lang, a["name"])] = (k, a)
            page = TEMPLATES[a["template"]](a, CHROME[lang], lang, k % 4)
            write(root, lang, a["name"], page, a)
    # The same articles in other templates: the dev pages with chrome inside the article
    # container, and the held-out pages in templates nothing was tuned on.
    for out, templates, pages in ((root, hard.DEV_TEMPLATES, hard.DEV_PAGES),
                                  (os.path.join(root, "heldout"), heldout.HELDOUT_TEMPLATES, heldout.HELDOUT_PAGES),
                                  (os.path.join(root, "heldout2"), heldout2.HELDOUT2_TEMPLATES, heldout2.HELDOUT2_PAGES)):
        for lang, article, template, name, extra in pages:
            k, a = by_name[(lang, article)]
            a = dict(a, name=name, **extra)
            page = templates[template](a, CHROME[lang], lang, (k + 1) % 4)
            write(out, lang, name, page, a)


if __name__ == "__main__":
    main()
