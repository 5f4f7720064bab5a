#!/usr/bin/env python3
"""The eleventh held-out set (tests/pages/heldout11/{en,vi,zh}): new articles (articles11.py),
each in a template of its own (12 templates, 12 site styles no other set uses), written blind:
without looking at the extractor's code, its tests or its output, and without running it. Not
yet scored; nothing was tuned on it.

    python3 tests/pages/heldout11.py

writes the 12 pages and their golds, then checks each with pagekit.check_page (every gold
line is in its page's visible text, with script, style, title, <select>, <textarea>, hidden
and display:none elements left out; the tags balance, no non-void tag is self-closed; the
legacy-encoded pages (windows-1258, GBK) decode strictly in the charset they declare and are
not valid UTF-8). Deterministic: the same bytes every run. It imports only articles11.py and
pagekit.py. The sites are fictitious (example.* addresses); the templates imitate the markup
habits of the site styles named (see heldout11/README.md):

  wpds        Washington Post-like (Arc XP with "wpds-c-*" design-system classes, data-qa
              attributes): gift/share/comment/save row, "Listen" audio, "Advertisement" and
              "Story continues below advertisement" slots, interstitial "Read more" link
              paragraphs, a credit in parentheses inside the figcaption, a correction box,
              an author bio paragraph, a paywall prompt, JSON-LD with isAccessibleForFree.
  abcau       ABC News (Australia)-like (CSS-module classes): "Posted … , updated …", a
              video player for the photo with "Duration:" and a caption, a "Related Story:"
              card in the body, "Related topics", "Top Stories", Acknowledgement of Country.
  indy        The Independent-like: standfirst h2, "(Getty Images)" span in figcaptions, an
              inline newsletter sign-up with privacy fine print, a "Read more" list in the
              body, the donation appeal box, "Join our commenting forum", "More about" tags.
  toibr       Times of India-like: the body a div of text split by <br><br> with an
              embedded table, "Advertisement" slots, "Also Read" in the body, "end of
              article", "Visual Stories", "Trending", "Start a Conversation"; og but no JSON-LD.
  danviet     Dân Việt-like: sapo div, "Tin liên quan" list between paragraphs, captions with
              a separate credit span, a quotation over three paragraphs, a bold right-aligned
              author, "Theo dõi … trên Google News", video box of other stories, comments.
  soha        Soha-like: h2.sapo, a match score widget and a league table widget (not
              gold), figcaptions, "Theo …" source line, a "Bài viết có hữu ích" feedback box.
  qdnd        Báo Quân đội nhân dân-like, windows-1258: table-cell captions, bold-paragraph
              subheadings, an embedded video of another story, the author's rank and unit as
              the last paragraph, "In bài", the paper's masthead lines in the footer.
  tbtc        Thời báo Tài chính-like: "TBTCO - " sapo prefix, a body of <div>s with no <p>,
              a data table, a "Tin liên quan" box, "Đọc báo in" promo, "Chủ đề" tags.
  people24    人民网 2024-like, GBK: rm_txt layout, 来源 line, text-indent <p>s, centred
              caption <p> with the credit in a span, the quotation over three paragraphs,
              (责编：…), 分享让更多人看到, 相关新闻; no printed standfirst.
  huanqiu     环球网-like: "【环球网健康综合报道】" leading the first paragraph, pic-con images
              and pic-txt captions, a 免责声明 line, 责编, 点赞/分享, 24小时排行, 热门推荐 feed.
  cctvbr      央视网-like video page: player with 倍速/全屏 controls, the body a <br>-split div
              with "央视网消息：" before the first paragraph, 编辑/责任编辑 line, 央视频 promo,
              版权声明; no JSON-LD or og:, no standfirst.
  jingji21    21世纪经济报道-like: "21世纪经济报道记者 … 北京报道" line, 摘要 box (gold without
              its label), a table, 声明/风险提示, "关注21财经APP" promo, related with summaries.

What is gold follows tests/pages/README.md and the judgements of heldout3-9: headline,
standfirst (as printed), paragraphs, subheadings, list items, block quotes, figure and video
captions (without credits), table cells, editor's notes and corrections (without their label).
"""

import functools
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles11  # noqa: E402
import pagekit  # noqa: E402
from pagekit import (E, A, blocks, add, when, gold_lines, build_pages, PageText,  # noqa: E402
                     token, table_rows, news_ld, first_para)

OUT = os.path.join(HERE, "heldout11")


def gold11(a):
    """The article's text, one block a line (pagekit.gold_lines with the kind "note")."""
    return gold_lines(a, text=("p", "h2", "quote", "fig", "note"))


def spots(a, fracs):
    """Plain paragraphs near each fraction of the body after which a site may put chrome: not
    one that leads into a list or table (ends with a colon) or into more of a quotation
    (opens a quote it does not close), followed by a p, h2 or figure, not the first
    paragraph; distinct, one per fraction."""
    items, out = a["body"], []

    def open_quote(s):
        return s.count('"') % 2 == 1 or s.count("“") > s.count("”")

    ok = [n for n in range(1, len(items) - 1)
          if items[n][0] == "p" and items[n + 1][0] in ("p", "h2", "fig") and n != first_para(a)
          and not items[n][1].endswith((":", "：")) and not open_quote(items[n][1])]
    for f in fracs:
        target = int(len(items) * f)
        free = [n for n in ok if n not in out]
        out.append(min(free, key=lambda n: (abs(n - target), n)))
    return out


def og(a, locale, site=None):
    return pagekit.og(a, locale, site, image=a["url"].rsplit("/", 1)[0], twitter=True)


def img(a, n, w=1200, h=800, attrs="", host="media.example.org"):
    return f'<img src="https://{host}/{token(a["url"], n)}/{w}x{h}.jpg" width="{w}" height="{h}" alt=""{attrs}>'


def lis(items, fmt="<li>{}</li>"):
    return "".join(fmt.format(E(x)) for x in items)


def links(items, base, fmt='<li><a href="{h}">{t}</a></li>'):
    return "".join(fmt.format(h=A(base + token(x, n=6)), t=E(x)) for x in items)


def teasers(items, base, fmt):
    """Teaser cards: fmt with h (link), t (title), s (summary), i (image number)."""
    return "".join(fmt.format(h=A(base + token(t, n=7)), t=E(t), s=E(s), i=i) for i, (t, s) in enumerate(items))


# ---------------------------------------------------------------- wpds: Washington Post-like (Arc, wpds)

def t_wpds(a, lang, k):
    base = "https://www.capitalledger.example.com/"
    d = when(a)
    c = lambda *p: "wpds-c-" + token(a["name"], *p, n=6)  # noqa: E731

    def fig(it, n):
        return (f'<figure class="{c("fig")}" data-qa="inline-image"><div class="{c("figimg")}">{img(a, n, attrs=" loading=lazy")}</div>'
                f'<figcaption class="{c("cap")}" data-qa="caption"><span>{E(it[1])}</span> <span class="{c("credit")}">({E(a["credit"])} for The Capital Ledger)</span></figcaption></figure>')

    def note(it, n):
        return (f'<div class="{c("corr")}" data-qa="correction"><h3 class="{c("corrh")}">Correction</h3>'
                f'<p class="{c("corrp")}">{E(it[1])}</p></div>')

    P = lambda t: f'<p data-el="text" dir="null" class="{c("p")} font-copy" data-apitype="text" data-qa="article-body">{t}</p>'  # noqa: E731
    R = {
        "p": lambda it, n: P(E(it[1])),
        "h2": lambda it, n: f'<h3 class="{c("h3")} font--subhead" data-qa="subhead">{E(it[1])}</h3>',
        "quote": lambda it, n: f'<blockquote class="{c("bq")}"><p class="{c("bqp")}">{E(it[1])}</p></blockquote>',
        "fig": fig, "note": note,
    }
    s1, s2, s3 = spots(a, (0.25, 0.5, 0.75))
    ad = (f'<div class="{c("ad")}" data-qa="article-body-ad"><div class="{c("adl")}">Advertisement</div>'
          f'<div id="slug_inline_{{}}" class="ad-slot" style="min-height:280px"></div>'
          f'<div class="{c("adc")}">Story continues below advertisement</div></div>')
    ins = {}
    add(ins, s1, ad.format(1))
    add(ins, s2, P(f'<b>Read more:</b> <a data-qa="interstitial-link" href="{base}education/2024/09/02/{token("rm1", n=6)}/">Virginia\'s governor ordered schools to go phone-free. Here\'s what teachers say has changed.</a>'))
    add(ins, s3, ad.format(2))
    add(ins, s3, P(f'<a data-qa="interstitial-link" href="{base}technology/2024/10/11/{token("rm2", n=6)}/"><b>The fight over kids and screens is moving from the kitchen table to the courtroom</b></a>'))
    body = blocks(a, R, ins)
    mostread = ["A Metro line will close for 6 weeks next summer. Here's how to get around.",
                "Maryland's new school boundaries, mapped",
                "Opinion: I'm a teacher. The phone pouches work.",
                "The deer are winning. Suburbs try something new.",
                "Fairfax County to build three new elementary schools"]
    ld = news_ld(a, "en", isAccessibleForFree=False,
                 hasPart={"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article-body"},
                 articleSection=a["section"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a["headline"])} - The Capital Ledger</title>
<meta name="description" content="{A(a["standfirst"])}">
<link rel="canonical" href="{A(a["url"])}">
{og(a, "en_US")}
{ld}
<style>.{c("p")}{{font-size:1.125rem}}.hide-for-print{{}}</style>
<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="capitalledger";Fusion.contentId="{token(a["url"], n=26).upper()}";</script>
</head>
<body>
<a class="{c("skip")}" href="#main-content">Skip to main content</a>
<div id="consent-root"><div class="{c("cons")}" role="region" aria-label="Privacy"><p>We use cookies and data to deliver and maintain our services, measure audience engagement and show you personalized ads. By clicking "Accept all" you agree to this use.</p><button type="button">Accept all</button> <button type="button">Manage preferences</button></div></div>
<header class="{c("hdr")}" data-qa="site-header">
<nav aria-label="Sections"><button type="button" aria-label="Sections menu">Sections</button>
<ul class="{c("nav")}">{links(["Politics", "Opinions", "Style", "Investigations", "Climate", "Well+Being", "Business", "Tech", "World", "D.C., Md. & Va.", "Sports"], base)}</ul></nav>
<a href="{base}" class="{c("logo")}" aria-label="The Capital Ledger homepage"><svg width="200" height="30"><title>The Capital Ledger</title></svg></a>
<div class="{c("tag")}">Light Shines in Dark Places</div>
<div class="{c("acct")}"><a href="{base}subscribe/">Subscribe</a> <a href="{base}signin/">Sign in</a></div>
</header>
<main id="main-content">
<article class="{c("art")}">
<div class="{c("kick")}" data-qa="headline-kicker"><a href="{base}education/">{E(a["section"])}</a></div>
<h1 data-qa="headline" class="{c("h1")}"><span data-qa="headline-text">{E(a["headline"])}</span></h1>
<h2 data-qa="subheadline" class="{c("dek")}">{E(a["standfirst"])}</h2>
<div class="{c("share")}" data-qa="sharebar"><button type="button" data-qa="gift-share">Gift Article</button><button type="button" data-qa="share-button">Share</button><button type="button" data-qa="comments-btn">Comment <span>1,204</span></button><button type="button" data-qa="save-btn">Save</button></div>
<figure class="{c("lead")}">{img(a, 0, 1484, 989)}<figcaption class="{c("cap")}"><span class="{c("credit")}">({E(a["credit"])} for The Capital Ledger)</span></figcaption></figure>
<div class="{c("byl")}" data-qa="attribution"><span>By </span><a data-qa="author-name" rel="author" href="{base}people/{token(a["author"], n=8)}/">{E(a["author"])}</a></div>
<div class="{c("date")}" data-qa="timestamp"><span>{d.strftime("%B")} {d.day}, {d.year} at {d.hour % 12 or 12}:{d.minute:02d} p.m. EST</span></div>
<div class="{c("audio")}" data-qa="audio-player"><button type="button">Listen</button><span>6 min</span></div>
<div class="article-body {c("body")}" data-qa="article-body-wrapper">
{body}
</div>
<div class="{c("bio")}" data-qa="author-bio"><p><a href="{base}people/{token(a["author"], n=8)}/">{E(a["author"])}</a> covers K-12 education in Virginia for the Ledger's local desk. She previously reported on schools in Richmond and Norfolk.</p><a href="https://social.example.com/mokonjo">Follow</a></div>
<div class="{c("topics")}" data-qa="topics"><span>More on this topic</span>{"".join(f'<a href="{base}topics/{token(t, n=6)}/">{E(t)}</a>' for t in a["tags"])}</div>
<div class="{c("cmt")}" id="comments" data-qa="comments"><h2>Comments</h2><p>Share your thoughts on this story with other readers.</p><button type="button">Join the conversation</button></div>
</article>
<aside class="{c("rail")}" data-qa="most-read"><h2>Most Read Local</h2><ol>{links(mostread, base + "local/2024/")}</ol></aside>
</main>
<div class="{c("pw")}" data-qa="paywall" role="complementary"><h2>You've read your last free article this month</h2><p>Subscribe for unlimited access to The Capital Ledger. Get one year for $40.</p><a href="{base}subscribe/">Subscribe now</a> <a href="{base}signin/">Already a subscriber? Sign in</a></div>
<footer class="{c("ftr")}"><ul>{links(["About the Ledger", "Contact the Newsroom", "Careers", "Terms of Use", "Privacy Policy", "Cookie Settings"], base + "about/")}</ul><p>&copy; 1996-2024 The Capital Ledger</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- abcau: ABC News (Australia)-like

def t_abcau(a, lang, k):
    base = "https://www.broadcast.example.net.au/"
    d = when(a)
    m = lambda comp, *p: f"{comp}_{token(a['name'], comp, *p, n=5)}"  # noqa: E731
    posted = f"Sat {d.day} Aug {d.year} at {d.hour % 12}:{d.minute:02d}pm"

    def fig(it, n):
        # the story's photo shown as the match video, with its own caption
        return (f'<figure class="{m("Figure_root")}"><div class="{m("VideoPlayer_root")}" data-uri="coremedia://video/{token(n, n=8)}">'
                f'<div class="{m("VideoPlayer_poster")}">{img(a, n, 940, 529)}</div>'
                f'<button type="button" class="{m("VideoPlayer_play")}" aria-label="Play video">Watch</button>'
                f'<span class="{m("VideoPlayer_duration")}">Duration: 1 minute 32 seconds</span><span class="{m("VideoPlayer_time")}">1m 32s</span></div>'
                f'<figcaption class="{m("Caption_root")}"><span class="{m("Caption_text")}">{E(it[1])}</span> <span class="{m("Caption_attribution")}">({E(a["credit"])})</span></figcaption></figure>')

    P = lambda t: f'<p class="{m("paragraph")} {m("Typography_base")}">{t}</p>'  # noqa: E731
    R = {"p": lambda it, n: P(E(it[1])), "fig": fig,
         "h2": lambda it, n: f'<h2 class="{m("Heading")}">{E(it[1])}</h2>',
         "quote": lambda it, n: f'<blockquote class="{m("Blockquote")}"><p>{E(it[1])}</p></blockquote>'}
    s1, s2 = spots(a, (0.35, 0.7))
    ins = {}
    add(ins, s1, (f'<aside class="{m("RelatedCard_root")}" aria-labelledby="rel1"><span class="{m("RelatedCard_label")}">Related Story:</span>'
                  f'<a id="rel1" href="{base}news/2024-08-10/{token("rc", n=9)}">Harriers stun minor premiers to book grand final place</a></aside>'))
    add(ins, s2, f'<div class="{m("Ad_root")}"><span class="{m("Ad_label")}">Advertisement</span></div>')
    body = blocks(a, R, ins)
    related = [("Mahlangu's journey from backyard hoop to national star", "She was cut from two state squads as a teenager. Now she is the league's most accurate shooter."),
               ("Netball's new broadcast deal doubles players' minimum wage", "The five-year agreement is the biggest in the sport's domestic history, and players say it changes what is possible.")]
    top = ["Live: Heavy rain forecast for south-east Queensland as flood warnings issued",
           "Interest rates on hold again as Reserve Bank warns inflation still 'too high'",
           "The town that lost its only doctor, and the plan to get one back",
           "Police search for man after wallet stolen from hospital ward"]
    return f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])} - National Broadcaster News</title>
<meta name="description" content="{A(a["standfirst"])}">
{og(a, "en_AU")}
{news_ld(a, "en-AU")}
<link rel="preload" as="font" href="/fonts/abcsans.woff2" crossorigin>
</head>
<body>
<div id="__next">
<a class="{m("SkipLinks")}" href="#content">Skip to main content</a>
<a class="{m("SkipLinks")}" href="#nav">Skip to navigation</a>
<header class="{m("Masthead_root")}"><a href="{base}news" class="{m("Masthead_logo")}">National Broadcaster News homepage</a>
<nav id="nav" class="{m("Nav_root")}"><ul>{links(["Just In", "Australia", "World", "Business", "Sport", "Science", "Health", "Arts", "Analysis", "Fact Check", "Local"], base + "news/")}</ul>
<button type="button">Search</button><a href="{base}account">Log in</a></nav></header>
<main id="content" class="{m("Layout_main")}">
<div class="{m("Crumbs")}"><a href="{base}news">News</a><span>/</span><a href="{base}sport">Sport</a></div>
<article class="{m("Article_root")}">
<header class="{m("ArticleHeader")}">
<div class="{m("Kicker")}">Netball</div>
<h1 class="{m("Headline_root")}">{E(a["headline"])}</h1>
<div class="{m("Byline_root")}"><a href="{base}news/{token(a["author"], n=6)}">{E(a["author"])}</a><span class="{m("Byline_org")}">National Broadcaster Sport</span></div>
<div class="{m("Timestamp_root")}"><span>Posted </span><time datetime="{a["date"]}">{posted}</time><span>, updated </span><time datetime="{a["date"]}">Sun 18 Aug 2024 at 8:03am</time></div>
<div class="{m("Share_root")}"><button type="button">Share article</button></div>
<div class="{m("Listen")}"><button type="button">Listen to this article</button><span>3m</span></div>
</header>
<div class="{m("ArticleRender_body")}" data-key="article-body">
<p class="{m("Lede")}"><strong>{E(a["standfirst"])}</strong></p>
{body}
<div class="{m("Posted_again")}"><span>Posted </span><time>{posted}</time>, updated </div>
<div class="{m("ShareBottom")}"><button type="button">Share</button></div>
</div>
<section class="{m("RelatedStories")}"><h2>Related stories</h2>{teasers(related, base + "news/2024-08/", '<article><a href="{h}"><h3>{t}</h3></a><p>{s}</p></article>')}</section>
<section class="{m("RelatedTopics")}"><h2>Related topics</h2><ul>{links(a["tags"], base + "news/topic/")}</ul></section>
</article>
<aside class="{m("TopStories")}"><h2>Top Stories</h2><ol>{links(top, base + "news/2024-08-17/")}</ol></aside>
</main>
<footer class="{m("Footer")}"><p>The National Broadcaster acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.</p>
<ul>{links(["About us", "Editorial policies", "Corrections", "Accessibility", "Help", "Contact us", "Privacy collection statement"], base + "about/")}</ul>
<p>This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"id":"{token(a["url"], n=9)}","section":"sport"}}}}}}</script>
</body>
</html>
"""


# ---------------------------------------------------------------- indy: The Independent-like

def t_indy(a, lang, k):
    base = "https://www.standardbearer.example.co.uk/"
    d = when(a)

    def fig(it, n):
        return (f'<figure class="sc-{token(n, "f", n=6)}"><div class="image-wrap">{img(a, n, 736, 491)}</div>'
                f'<figcaption><span class="caption">{E(it[1])}</span> <span class="credit">({E(a["credit"])})</span></figcaption></figure>')

    R = {"p": lambda it, n: f"<p>{E(it[1])}</p>", "fig": fig,
         "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
         "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
         "ul": lambda it, n: f"<ul>{lis(it[1])}</ul>"}
    s1, s2, s3 = spots(a, (0.2, 0.45, 0.7))
    ins = {}
    add(ins, s1, ('<div class="inline-newsletter" data-newsletter="health"><div class="nl-head">Get our free Well Enough email</div>'
                  '<p>Sign up for our free Health and Wellbeing email for weekly advice on living well.</p>'
                  '<form action="/newsletters" method="post"><input type="email" placeholder="Enter your email address"><button type="submit">SIGN UP</button></form>'
                  '<p class="fine">I would like to be emailed about offers, events and updates from The Standard-Bearer. Read our privacy notice</p></div>'))
    add(ins, s2, ('<div class="read-more"><span>Read more</span><ul>'
                  + links(["Is it ever OK to let teenagers have a lie-in on school days?",
                           "The surprising link between screen time and sleep in young children",
                           "Why you wake up at 3am, according to experts"], base + "life-style/health-and-families/") + "</ul></div>"))
    add(ins, s3, ('<div class="donation-appeal" id="inline-donation"><h3>Support free-thinking journalism</h3>'
                  '<p>Our mission is to deliver unbiased, fact-based reporting that holds power to account and exposes the truth.</p>'
                  '<p>Whether $5 or $50, every contribution counts. Support us to deliver journalism without an agenda.</p>'
                  f'<a class="donate-btn" href="{base}donate">Support now</a></div>'))
    body = blocks(a, R, ins)
    popular = ["Man who won lottery twice reveals the 'system' he used", "Heatwave warning issued for parts of England",
               "The one exercise physios say everyone over 40 should do", "Full list of train strikes this month"]
    sponsored = ["The best UK hotels for a last-minute autumn escape", "Why thousands are switching to this savings account"]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{E(a["headline"])} | The Standard-Bearer</title>
<meta name="description" content="{A(a["standfirst"])}">
{og(a, "en_GB")}
{news_ld(a, "en-GB", isAccessibleForFree=True)}
<script>window.JSGlobals={{"article":{{"id":"{token(a["url"], n=8)}","premium":false,"section":"health"}}}};</script>
</head>
<body class="article-page">
<div id="cmp-container" class="cmp"><div class="message"><h2>We value your privacy</h2><p>We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content, ad and content measurement, audience insights and product development.</p><button type="button">AGREE</button><button type="button">MORE OPTIONS</button></div></div>
<header id="header"><a href="{base}" class="logo">The Standard-Bearer</a>
<nav><ul>{links(["News", "Sport", "Voices", "Culture", "Lifestyle", "Travel", "Premium", "Bulletin", "Climate"], base)}</ul></nav>
<a class="subscribe" href="{base}subscribe">Subscribe</a><a href="{base}login">Log in</a></header>
<nav class="breadcrumbs"><ul>{links(["News", "Health"], base)}</ul></nav>
<main id="main-content">
<article>
<header class="article-header">
<h1 id="articleHeader">{E(a["headline"])}</h1>
<h2 class="standfirst">{E(a["standfirst"])}</h2>
<div class="author-info"><a href="{base}author/{token(a["author"], n=6)}">{E(a["author"])}</a><span class="role">Health Correspondent</span>
<time datetime="{a["date"]}">{d.strftime("%A")} {d.day:02d} {d.strftime("%B")} {d.year} 06:00 BST</time></div>
<div class="comments-count"><a href="#comments">12 comments</a></div>
<div class="share"><button type="button">Share</button><button type="button">Bookmark</button></div>
</header>
<figure class="lead"><div class="image-wrap">{img(a, 0, 736, 491)}</div><figcaption><span class="credit">(Getty/iStock)</span></figcaption></figure>
<div class="video-top"><span class="label">Related video:</span> <span>Why do we dream? Scientists explain</span><button type="button">Play</button></div>
<div id="main" class="article-body">
{body}
</div>
<div class="more-about"><span>More about</span>{"".join(f'<a href="{base}topic/{token(t, n=6)}">{E(t)}</a>' for t in a["tags"])}</div>
<div class="comments" id="comments"><h3>Join our commenting forum</h3><p>Join thought-provoking conversations, follow other readers and see their replies</p><button type="button">View comments</button></div>
</article>
<aside class="sidebar"><section><h3>Most popular</h3><ol>{links(popular, base + "news/")}</ol></section>
<section class="sponsored"><h3>Sponsored Features</h3><ul>{links(sponsored, base + "extras/")}</ul></section></aside>
</main>
<footer><p>The Standard-Bearer is part of a fictitious media group.</p><ul>{links(["Contact us", "Jobs", "Code of conduct and complaints", "Cookie policy", "Privacy notice"], base + "service/")}</ul></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- toibr: Times of India-like (<br> body)

def t_toibr(a, lang, k):
    base = "https://www.heraldtimes.example.in/"
    d = when(a)
    out = []
    for n, it in enumerate(a["body"]):
        if it[0] == "p":
            out.append(E(it[1]) + "<br><br>")
        elif it[0] == "table":
            out.append(f'<div class="tableContainer"><table class="_1xkIo">{table_rows(it[1])}</table></div><br>')
        if n == 2:
            out.append('<div class="_3TvuD"><div class="adLabel">Advertisement</div><div id="div-gpt-ad-mid" class="ad1"></div></div>')
        if n == 4:
            out.append(f'<div class="_2kSzm"><span class="_3yd0j">Also Read</span><a href="{base}business/india-business/{token("ar", n=7)}.cms">Car sales hit record 4 lakh units in festive month</a></div>')
        if n == 8:
            out.append('<div class="_3TvuD"><div class="adLabel">Advertisement</div><div id="div-gpt-ad-mid2" class="ad1"></div></div>')
    body = "\n".join(out)
    visual = ["10 most fuel-efficient bikes in India", "Best scooters under Rs 1 lakh", "7 tips to get the best festive car deal"]
    trending = ["Gold rate today", "Sensex today", "Petrol price today", "Income tax calculator", "PPF calculator"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])} - National Herald Times</title>
<meta name="description" content="{A(a["standfirst"])}">
<meta name="keywords" content="{A(",".join(a["tags"]))}">
{og(a, "en_IN")}
</head>
<body>
<div id="app">
<div class="_2PDrT"><a href="{base}" class="logo">NHT</a>
<nav class="_3OuV1"><ul>{links(["Home", "City", "India", "World", "Business", "Tech", "Cricket", "Sports", "Entertainment", "Web Stories", "NHT+"], base)}</ul></nav>
<div class="_1k6Ag"><a href="{base}epaper">E-Paper</a><a href="{base}login">Sign In</a></div></div>
<div class="_3cbPe"><a href="{base}">News</a> / <a href="{base}business">Business News</a> / <a href="{base}business/india-business">India Business News</a> / <span>{E(a["headline"])}</span></div>
<div class="_1uDmE">
<div class="_2NFXP">
<h1 class="HNMDR"><span>{E(a["headline"])}</span></h1>
<div class="xf8Pm byline"><span>NHT Business Desk</span> / <span>{E(a["author"])}</span> / <span>Updated: Nov {d.day}, {d.year}, {d.hour}:{d.minute:02d} IST</span></div>
<div class="_3Bmj9"><span>Follow us</span><span>Share</span><button type="button">AA</button><span>+Text Size</span></div>
<div class="_2G9Jb">{img(a, 0, 1070, 580)}<div class="_3bSPo">Representative image</div></div>
<div class="_1_Akb clearfix"><div class="synopsis"><h2 class="_3tlwb">{E(a["standfirst"])}</h2></div></div>
<div class="_s30J clearfix">{body}</div>
<div class="_1pWxv">end of article</div>
<div class="rmn">Read More News on <a href="{base}topic/two-wheeler">two-wheeler sales</a> <a href="{base}topic/auto">auto industry</a></div>
<div class="downloadApp">Download The National Herald Times App Now and get Latest Business News</div>
</div>
<div class="_3dcH8"><h3>Visual Stories</h3><ul>{links(visual, base + "web-stories/")}</ul>
<h3>Trending</h3><ul>{links(trending, base + "business/")}</ul></div>
</div>
<div class="comments"><h3>Top Comments</h3><p>Start a Conversation</p><button type="button">Post comment</button></div>
<footer class="_3Rz2f"><p>Copyright 2024 Bennett-like Media Ltd. All rights reserved. For reprint rights: Times Syndication-like Service</p></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------- danviet: Dân Việt-like

def t_danviet(a, lang, k):
    base = "https://nongthonviet.example.vn/"
    d = when(a)

    def fig(it, n):
        return (f'<figure class="dt-image"><img src="https://img.nongthonviet.example.vn/2024/11/12/{token(a["url"], n)}.jpg" alt="{A(it[1])}" width="800" height="533">'
                f'<figcaption class="dt-caption"><p>{E(it[1])}</p><span class="dt-credit">Ảnh: {E(a["credit"])}</span></figcaption></figure>')

    R = {"p": lambda it, n: f"<p>{E(it[1])}</p>", "fig": fig,
         "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
         "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>"}
    s1, s2 = spots(a, (0.3, 0.75))
    ins = {}
    add(ins, s1, ('<div class="dt-related-inline"><div class="dt-related-inline__title">Tin liên quan</div><ul>'
                  + links(["Khởi tố giám đốc công ty bán đất nền dự án \"ma\" chiếm đoạt hơn 200 tỷ đồng",
                           "Hàng trăm khách hàng mua đất nền Phú Hưng Riverside mòn mỏi chờ sổ đỏ",
                           "Cảnh báo chiêu \"hợp đồng đặt cọc\" khi mua đất nền ven đô"], base + "phap-luat/") + "</ul></div>"))
    add(ins, s2, ('<div class="dt-video-box"><div class="dt-video-box__title">Video đang HOT</div>'
                  '<div class="dt-video-box__player"><button type="button">Phát</button><span>Cận cảnh khu đất nông nghiệp bị rao bán thành "khu dân cư" ở Long An</span></div></div>'))
    body = blocks(a, R, ins)
    cungmuc = [("Bắt tạm giam nhóm đối tượng cho vay nặng lãi qua ứng dụng", "Nhóm này cho vay với lãi suất lên tới 1.000%/năm, đe dọa người vay bằng cách gọi điện cho người thân."),
               ("Tuyên án tử hình kẻ vận chuyển 20 bánh heroin qua biên giới", "Bị cáo khai nhận được thuê vận chuyển ma túy với giá 50 triệu đồng mỗi chuyến.")]
    docnhieu = ["Giá lúa hôm nay tăng mạnh ở miền Tây", "Nông dân trúng đậm vụ sầu riêng nghịch mùa", "Thời tiết 13/11: Miền Bắc đón không khí lạnh", "Lương hưu tăng từ tháng 7 năm sau"]
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])} | Báo Nông Thôn Việt</title>
<meta name="description" content="{A(a["standfirst"])}">
{og(a, "vi_VN")}
{news_ld(a, "vi")}
</head>
<body>
<div class="dt-topbar"><span>{pagekit.VI_DAYS[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year}</span> <a href="{base}dang-nhap">Đăng nhập</a></div>
<header class="dt-header"><a href="{base}" class="dt-logo">Nông Thôn Việt</a>
<nav class="dt-menu"><ul>{links(["Thời sự", "Nhà nông", "Kinh tế", "Pháp luật", "Xã hội", "Thế giới", "Sức khỏe", "Thể thao", "Video", "Emagazine"], base)}</ul></nav></header>
<div class="dt-container">
<div class="dt-main">
<div class="dt-breadcrumb"><a href="{base}">Trang chủ</a> <span>›</span> <a href="{base}phap-luat">Pháp luật</a> <span>›</span> <a href="{base}phap-luat/phap-dinh">Pháp đình</a></div>
<article class="dt-news">
<h1 class="dt-news__title">{E(a["headline"])}</h1>
<div class="dt-news__meta"><span class="dt-news__author">{E(a["author"])}</span> <span class="dt-news__time">{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d} GMT+7</span>
<div class="dt-share"><a href="#">Facebook</a><a href="#">Zalo</a><a href="#">Copy link</a></div></div>
<div class="dt-news__sapo">{E(a["standfirst"])}</div>
<div class="dt-news__body">
{body}
<p style="text-align:right"><strong>{E(a["author"])}</strong></p>
</div>
<div class="dt-gnews"><a href="https://news.example.com/publications/nongthonviet">Theo dõi Báo Nông Thôn Việt trên Google News</a></div>
<div class="dt-tags"><span>Từ khóa:</span>{"".join(f'<a href="{base}tag/{token(t, n=6)}">{E(t)}</a>' for t in a["tags"])}</div>
</article>
<section class="dt-comment"><h3>Bình luận</h3><form><textarea placeholder="Mời bạn để lại bình luận..."></textarea><button type="submit">Gửi bình luận</button></form>
<div class="dt-comment__item"><b>Trần Văn Nam</b><p>Mong cơ quan chức năng sớm thu hồi tiền cho người dân, nhiều gia đình vay nợ để mua đất.</p><span>2 giờ trước</span> <a href="#">Trả lời</a> <a href="#">Thích</a></div></section>
<section class="dt-cungmuc"><h3>Cùng chuyên mục</h3>{teasers(cungmuc, base + "phap-luat/", '<div class="dt-item"><a href="{h}"><h4>{t}</h4></a><p>{s}</p></div>')}</section>
</div>
<aside class="dt-sidebar"><h3>Đọc nhiều</h3><ol>{links(docnhieu, base)}</ol><div class="dt-ads"><span>Quảng cáo</span></div></aside>
</div>
<footer class="dt-footer"><p>Cơ quan chủ quản: Hội Nông dân Việt Nam (giả định)</p><p>Giấy phép hoạt động báo điện tử số 000/GP-BTTTT</p><p>Ghi rõ nguồn "Báo Nông Thôn Việt" khi phát hành lại thông tin từ website này.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- soha: Soha-like

def t_soha(a, lang, k):
    base = "https://thethao.sohanews.example.vn/"
    d = when(a)

    def fig(it, n):
        return (f'<div class="layout-photo" type="Photo"><div><a href="#" class="detail-img-lightbox"><img src="https://sohanews.example.vn/2024/10/20/{token(a["url"], n)}.jpg" alt="{A(it[1])}" width="660" height="440"></a></div>'
                f'<div class="figcaption"><p>{E(it[1])} (Ảnh: {E(a["credit"])})</p></div></div>')

    R = {"p": lambda it, n: f"<p>{E(it[1])}</p>", "fig": fig,
         "h2": lambda it, n: f"<h3>{E(it[1])}</h3>",
         "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>"}
    s1, = spots(a, (0.5,))
    ins = {}
    add(ins, s1, ('<div class="match-widget" data-match="vl2425-r5-slna-tha"><div class="mw-head">V.League 2024/25 · Vòng 5 · Kết thúc</div>'
                  '<div class="mw-score"><span class="home">Sông Lam Nghệ An</span> <b>3 - 2</b> <span class="away">Đông Á Thanh Hóa</span></div>'
                  "<ul class=\"mw-goals\"><li>Quang Hưng 53'</li><li>Đình Bắc 71'</li><li>Văn Lương 90+3'</li><li>Văn Khải 12'</li><li>Đức Toàn 29'</li></ul>"
                  '<a href="#">Xem diễn biến trận đấu</a></div>'))
    body = blocks(a, R, ins)
    bxh = [["#", "Đội", "Trận", "Điểm"], ["1", "Đông Á Thanh Hóa", "5", "11"], ["2", "Nam Định", "5", "10"], ["3", "Hà Nội", "5", "9"], ["6", "Sông Lam Nghệ An", "5", "8"]]
    cungmuc = [("Thầy Park tiết lộ học trò cũ có thể trở lại tuyển Việt Nam", "Cựu HLV trưởng đội tuyển cho rằng cánh cửa vẫn rộng mở với những cầu thủ giữ được phong độ."),
               ("Lịch thi đấu vòng 6 V.League: Tâm điểm trên sân Hàng Đẫy", "Vòng đấu tới diễn ra từ 25 đến 27/10 với trận cầu đáng chú ý giữa hai đội bóng thủ đô.")]
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])}</title>
<meta name="description" content="{A(a["standfirst"])}">
<meta name="keywords" content="{A(",".join(a["tags"]))}">
{og(a, "vi_VN")}
{news_ld(a, "vi")}
</head>
<body>
<div class="header"><div class="header-top"><a href="https://sohanews.example.vn/" class="logo">Soha</a><span class="hotline">Hotline: 0000 000 000</span></div>
<ul class="menu">{links(["Thời sự", "Kinh doanh", "Quân sự", "Thế giới", "Thể thao", "Giải trí", "Đời sống", "Công nghệ", "Video"], "https://sohanews.example.vn/")}</ul>
<ul class="submenu">{links(["Bóng đá Việt Nam", "Bóng đá quốc tế", "Tennis", "Võ thuật", "Các môn khác"], base)}</ul></div>
<div class="container">
<div class="detail-main">
<div class="detail-top"><a class="category-name" href="{base}bong-da-viet-nam.htm">{E(a["section"])}</a><span class="detail-time" data-role="publishdate">{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}</span></div>
<h1 class="news-title" data-role="title">{E(a["headline"])}</h1>
<div class="detail-share"><a href="#">Chia sẻ</a> <a href="#">Zalo</a> <a href="#">Lưu</a></div>
<h2 class="sapo" data-role="sapo">{E(a["standfirst"])}</h2>
<div class="detail-content afcbc-body" data-role="content">
{body}
</div>
<p class="author" data-role="author" style="text-align:right">{E(a["author"])}</p>
<p class="source">Theo Thể thao &amp; Văn hóa</p>
<div class="feedback-box"><p>Bài viết có hữu ích với bạn không?</p><button type="button">Có</button><button type="button">Không</button></div>
<div class="tags-box"><span>Tags:</span>{"".join(f'<a href="{base}tag/{token(t, n=6)}.htm">{E(t)}</a>' for t in a["tags"])}</div>
<div class="bxh-widget"><h3>Bảng xếp hạng V.League</h3><table>{table_rows(bxh)}</table><a href="#">Xem đầy đủ</a></div>
<div class="comment-box"><h3>Bình luận (12)</h3><button type="button">Viết bình luận</button></div>
<div class="cungmuc"><h3>Tin cùng chuyên mục</h3>{teasers(cungmuc, base, '<div class="box-item"><a href="{h}.htm"><h4>{t}</h4></a><p class="sapo-item">{s}</p></div>')}
<div class="xemtheongay">Xem theo ngày <select><option>Ngày</option></select> <button type="button">Xem</button></div></div>
</div>
<div class="sidebar"><div class="ads"><span>Quảng cáo</span></div><h3>Đọc nhiều</h3><ol>{links(["Chuyển nhượng: Ngôi sao Hà Nội FC sang Nhật Bản thử việc", "Tuyển Việt Nam chốt danh sách dự AFF Cup", "Kết quả bóng đá hôm nay"], base)}</ol></div>
</div>
<footer><p>Soha giả định - Cơ quan chủ quản: Công ty cổ phần (giả định)</p><p>Chịu trách nhiệm nội dung: (giả định)</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- qdnd: Báo Quân đội nhân dân-like, windows-1258

def t_qdnd(a, lang, k):
    base = "https://www.quandoi.example.vn/"
    d = when(a)

    def fig(it, n):
        return (f'<table class="image center" align="center"><tbody><tr><td><img src="https://file.quandoi.example.vn/images/2024/6/{token(a["url"], n)}.jpg" width="700" alt=""></td></tr>'
                f'<tr><td class="image_desc"><em>{E(it[1])} Ảnh: {E(a["credit"])}</em></td></tr></tbody></table>')

    R = {"p": lambda it, n: f'<p style="text-align:justify">{E(it[1])}</p>', "fig": fig,
         "h2": lambda it, n: f'<p style="text-align:justify"><strong>{E(it[1])}</strong></p>',
         "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
         "ul": lambda it, n: f"<ul>{lis(it[1])}</ul>"}
    s1, = spots(a, (0.6,))
    ins = {}
    add(ins, s1, ('<div class="video-embed"><div class="video-player"><button type="button">Phát video</button></div>'
                  '<p class="video-title">Video: Chiến sĩ mới Sư đoàn 312 luyện tập bắn súng tiểu liên AK</p></div>'))
    body = blocks(a, R, ins)
    lienquan = ["Bảo đảm an toàn tuyệt đối trong huấn luyện chiến sĩ mới năm 2024",
                "Quân y Sư đoàn 395 chủ động phòng bệnh mùa nắng nóng",
                "Những lưu ý khi bổ sung nước và điện giải cho người lao động ngoài trời"]
    moinhat = ["Tổng kết diễn tập khu vực phòng thủ tỉnh", "Khai mạc Hội thao quốc phòng các trường đại học", "Đoàn công tác thăm bộ đội nơi biên giới"]
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="windows-1258">
<title>{E(a["headline"])} - Báo Quân đội Online</title>
<meta name="description" content="{A(a["standfirst"])}">
{og(a, "vi_VN")}
</head>
<body>
<div class="top-header"><span class="today">{pagekit.VI_DAYS[d.weekday()]}, ngày {d.day:02d}/{d.month:02d}/{d.year}</span>
<div class="lang"><a href="{base}">Tiếng Việt</a> | <a href="https://en.quandoi.example.vn/">English</a> | <a href="https://fr.quandoi.example.vn/">Français</a></div></div>
<div class="header"><a href="{base}" class="logo"><img src="{base}images/logo.png" alt="Báo Quân đội Online"></a>
<div class="slogan">Cơ quan của Quân ủy Trung ương và Bộ Quốc phòng, tiếng nói của lực lượng vũ trang (giả định)</div></div>
<div class="menu"><ul>{links(["Thời sự", "Quốc phòng - An ninh", "Kinh tế", "Xã hội", "Văn hóa", "Sức khỏe", "Pháp luật", "Thể thao", "Quốc tế", "Bạn đọc", "Multimedia"], base)}</ul></div>
<div class="main-content">
<div class="col-left">
<div class="breadcrumb"><a href="{base}">Trang chủ</a> / <a href="{base}suc-khoe">Sức khỏe</a> / <a href="{base}suc-khoe/y-hoc-quan-su">Y học quân sự</a></div>
<div class="post-detail">
<h1 class="post-title">{E(a["headline"])}</h1>
<div class="post-meta"><span class="post-date">{pagekit.VI_DAYS[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}</span>
<span class="tools"><a href="#">In bài</a> | <a href="#">Gửi email</a> | <a href="#">A-</a> <a href="#">A+</a></span></div>
<div class="post-summary"><strong>{E(a["standfirst"])}</strong></div>
<div class="post-content" itemprop="articleBody">
{body}
<p style="text-align:right"><strong>{E(a["author"]).upper()}</strong><br>(Bệnh viện Quân y 103)</p>
</div>
<div class="post-share"><span>Chia sẻ:</span><a href="#">Facebook</a><a href="#">Zalo</a><a href="#">Twitter</a></div>
<div class="post-tags"><span>Từ khóa:</span>{"".join(f'<a href="{base}tags/{token(t, n=6)}">{E(t)}</a>' for t in a["tags"])}</div>
<div class="related"><h3>Tin bài liên quan</h3><ul>{links(lienquan, base + "suc-khoe/")}</ul></div>
<div class="comment"><h3>Ý kiến bạn đọc</h3><form><input type="text" placeholder="Họ tên"><input type="text" placeholder="Email"><textarea></textarea><button type="submit">Gửi ý kiến</button></form>
<p class="note">Bạn đọc gửi ý kiến xin ghi rõ họ tên, địa chỉ. Ý kiến sẽ được biên tập trước khi đăng.</p></div>
</div>
</div>
<div class="col-right"><h3>Tin mới nhất</h3><ul>{links(moinhat, base)}</ul><h3>Xem nhiều</h3><ul>{links(["Lịch nghỉ Tết Dương lịch 2025", "Tăng lương cơ sở từ 1/7"], base)}</ul></div>
</div>
<div class="footer"><p>Tổng Biên tập: (giả định). Phó Tổng Biên tập: (giả định)</p><p>Giấy phép số 000/GP-BTTTT (giả định). Tòa soạn: Số 0 Lý Nam Đế, Hà Nội</p><p>Ghi rõ nguồn "Báo Quân đội Online" khi phát hành lại thông tin từ website này.</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- tbtc: Thời báo Tài chính-like (div-only body)

def t_tbtc(a, lang, k):
    base = "https://thoibaotaichinh.example.vn/"
    d = when(a)

    def fig(it, n):
        return (f'<div class="article__image"><img src="https://image.thoibaotaichinh.example.vn/w800/{token(a["url"], n)}.jpg" alt="">'
                f'<div class="article__caption">{E(it[1])}</div><div class="article__credit">Ảnh: {E(a["credit"])}</div></div>')

    R = {"p": lambda it, n: f'<div class="article__para">{E(it[1])}</div>', "fig": fig,
         "h2": lambda it, n: f'<div class="article__para"><b>{E(it[1])}</b></div>',
         "quote": lambda it, n: f'<div class="article__quote">{E(it[1])}</div>',
         "table": lambda it, n: f'<div class="article__table"><table border="1" cellpadding="5">{table_rows(it[1])}</table><div class="article__table-src">Nguồn: Tổng cục Hải quan</div></div>'}
    s1, = spots(a, (0.3,))
    ins = {}
    add(ins, s1, ('<div class="box-related"><div class="box-related__head">Tin liên quan</div>'
                  + links(["Giá cà phê hôm nay: Robusta lập đỉnh mới", "Doanh nghiệp cà phê lo thiếu vốn mua hàng cuối năm"], base + "thi-truong/", '<div class="box-related__item"><a href="{h}">{t}</a></div>')
                  + "</div>"))
    body = blocks(a, R, ins)
    samecat = [("Xuất khẩu gạo vượt 5,3 tỷ USD", "Giá gạo xuất khẩu bình quân tăng 12%, đưa kim ngạch cả năm lên mức cao nhất trong lịch sử."),
               ("Rau quả tiếp tục tăng trưởng hai con số", "Sầu riêng đóng góp gần một nửa kim ngạch xuất khẩu rau quả 11 tháng.")]
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])}</title>
<meta name="description" content="{A(a["standfirst"])}">
{og(a, "vi_VN")}
{news_ld(a, "vi")}
</head>
<body>
<div class="topbar"><span>{pagekit.VI_DAYS[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year}</span><a href="{base}bao-in">Đọc báo in</a><a href="{base}rss">RSS</a></div>
<header class="header"><a href="{base}" class="header__logo">Thời báo Tài chính Việt</a>
<nav class="header__nav"><ul>{links(["Tài chính", "Thuế - Hải quan", "Chứng khoán", "Ngân hàng", "Kinh tế", "Thị trường", "Doanh nghiệp", "Bất động sản", "Tiêu dùng"], base)}</ul></nav></header>
<div class="wrapper">
<div class="content">
<div class="breadcrumb"><a href="{base}thi-truong">Thị trường</a> <a href="{base}thi-truong/hang-hoa">Hàng hóa</a></div>
<div class="article">
<h1 class="article__title">{E(a["headline"])}</h1>
<div class="article__meta"><span class="article__author">{E(a["author"])}</span> <span class="article__date">{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}</span>
<span class="article__tools"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In</a></span></div>
<div class="article__sapo"><b>TBTCO - </b>{E(a["standfirst"])}</div>
<div class="article__body">
{body}
</div>
<div class="article__author-bottom" style="text-align:right"><b>{E(a["author"])}</b></div>
<div class="article__tags"><span>Chủ đề:</span>{"".join(f'<a href="{base}chu-de/{token(t, n=6)}">{E(t)}</a>' for t in a["tags"])}</div>
<div class="epaper-promo"><div class="epaper-promo__title">Đọc báo in Thời báo Tài chính Việt</div><div class="epaper-promo__text">Số mới nhất phát hành thứ Hai, thứ Tư, thứ Sáu hằng tuần. Đặt mua ngay để nhận ưu đãi.</div></div>
</div>
<div class="samecat"><div class="samecat__head">Tin cùng chuyên mục</div>{teasers(samecat, base + "thi-truong/", '<div class="samecat__item"><a href="{h}">{t}</a><div class="samecat__sapo">{s}</div></div>')}</div>
</div>
<div class="sidebar"><div class="ads-label">Quảng cáo</div><div class="mostread"><div class="mostread__head">Đọc nhiều</div>{links(["Lãi suất ngân hàng hôm nay", "Giá vàng tăng phiên thứ ba liên tiếp", "Chính sách thuế mới có hiệu lực từ 2025"], base, '<div><a href="{h}">{t}</a></div>')}</div></div>
</div>
<footer class="footer"><div>Cơ quan chủ quản: Bộ Tài chính (giả định)</div><div>Tổng Biên tập: (giả định)</div><div>Copyright Thời báo Tài chính Việt. Ghi rõ nguồn khi phát hành lại thông tin.</div></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- people24: 人民网 2024-like, GBK

def t_people24(a, lang, k):
    base = "http://society.people.example.com.cn/"
    d = when(a)

    def fig(it, n):
        return (f'<p style="text-align: center;"><img src="/NMediaFile/2024/0926/MAIN{token(a["url"], n, n=12)}.jpg" width="600" alt=""></p>'
                f'<p class="pic_txt" style="text-align: center;">{E(it[1])}<span class="pic_credit">人民网记者 {E(a["credit"])}摄</span></p>')

    R = {"p": lambda it, n: f'<p style="text-indent: 2em;">{E(it[1])}</p>', "fig": fig,
         "h2": lambda it, n: f'<p style="text-indent: 2em;"><strong>{E(it[1])}</strong></p>',
         "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>"}
    s1, = spots(a, (0.3,))
    ins = {}
    add(ins, s1, f'<p style="text-indent: 2em;"><a href="{base}GB/8221/{token("zt", n=6)}/index.html"><strong>点击进入专题：新就业形态劳动者权益保障</strong></a></p>')
    body = blocks(a, R, ins)
    rel = ["人社部：推动新就业形态劳动者职业伤害保障试点扩围", "多地法院发布涉外卖骑手劳动争议审判白皮书",
           "网约车司机、快递员等群体权益保障有了新进展", "平台用工不规范问题如何破解？专家这样说"]
    tui = ["全国秋粮收获进度过七成", "多地出台措施促进消费回暖", "国庆假期铁路预计发送旅客1.75亿人次"]
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=GBK">
<meta http-equiv="Content-Language" content="utf-8">
<title>{E(a["headline"])}--社会·法治--人民网</title>
<meta name="keywords" content="{A(",".join(a["tags"]))}">
<meta name="description" content="{A(a["standfirst"])}">
<meta name="publishdate" content="{d.strftime("%Y-%m-%d")}">
<meta name="source" content="来源：人民网－社会频道 原创稿">
<meta name="contentid" content="40328114">
<link href="/img/2020wbc/css/page.css" type="text/css" rel="stylesheet">
</head>
<body>
<div class="header"><div class="w1200"><a href="http://www.people.example.com.cn/" class="logo">人民网</a>
<div class="nav">{"|".join(f'<a href="http://{token(x, n=4)}.people.example.com.cn/">{E(x)}</a>' for x in ["时政", "国际", "财经", "社会", "法治", "科技", "教育", "文化", "体育", "健康", "视频", "图片"])}</div>
<div class="right"><a href="#">登录</a> <a href="#">人民网客户端</a></div></div></div>
<div class="route w1200"><a href="http://www.people.example.com.cn/">人民网</a>&gt;&gt;<a href="{base}">社会·法治</a></div>
<div class="rm_txt cf">
<div class="col col-1 fl">
<div class="rm_txt_top"><h1>{E(a["headline"])}</h1>
<p class="author">{E(a["author"])}</p>
<div class="channel cf"><div class="col-1-1 fl">{d.year}年{d.month:02d}月{d.day:02d}日{d.hour:02d}:{d.minute:02d} | 来源：<a href="http://www.people.example.com.cn/">人民网－社会频道</a></div>
<div class="col-1-2 fr"><a href="#">小字号</a></div></div></div>
<div class="rm_txt_con cf">
{body}
</div>
<div class="edit cf">(责编：王倩、刘天亮)</div>
<div class="share cf"><span>分享让更多人看到</span><a href="#" class="wx">微信</a><a href="#" class="wb">微博</a><a href="#" class="qq">QQ空间</a></div>
<div class="rm_relevant cf"><div class="title">相关新闻</div><ul>{links(rel, base + "n1/2024/0926/")}</ul></div>
<div class="rm_tui cf"><div class="title">推荐阅读</div><ul>{links(tui, "http://www.people.example.com.cn/n1/2024/0926/")}</ul></div>
<div class="rm_ranking"><div class="title">社会·法治 热门排行</div><ol>{links(["男子冒充“专家”诈骗老人被判刑", "高速公路服务区违规收费被查处", "小区电梯“带病运行”谁来管"], base)}</ol></div>
</div>
<div class="col col-2 fr"><div class="ewm"><img src="/img/2020wbc/imgs/ewm.png" alt=""><p>人民网二维码</p><p>手机看新闻</p></div></div>
</div>
<div class="footer w1200"><p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright 1997-2024 by www.people.example.com.cn. all rights reserved</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- huanqiu: 环球网-like

def t_huanqiu(a, lang, k):
    base = "https://health.huanqiu.example.com/"
    d = when(a)
    first = first_para(a)

    def p(it, n):
        pre = "【环球网健康综合报道】" if n == first else ""
        return f"<p>{pre}{E(it[1])}</p>"

    def fig(it, n):
        return (f'<p><i class="pic-con"><img src="https://rs.huanqiucdn.example.cn/dp/api/files/imageDir/{token(a["url"], n, n=32)}.jpg" alt=""></i></p>'
                f'<p class="pic-txt">{E(it[1])}（图源：{E(a["credit"])}）</p>')

    R = {"p": p, "fig": fig, "h2": lambda it, n: f"<h3>{E(it[1])}</h3>",
         "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
         "ul": lambda it, n: f"<ul>{lis(it[1])}</ul>"}
    s1, = spots(a, (0.5,))
    ins = {}
    add(ins, s1, '<adv-box class="ad-con" data-type="ad"><span>广告</span></adv-box>')
    body = blocks(a, R, ins)
    rank = ["研究称每天多走2000步可降低心血管病风险", "夏季吃冰西瓜要注意什么？医生提醒", "近视手术后还会再近视吗", "这些“养生误区”你中招了吗"]
    feed = [("夜里总醒是怎么回事？专家解读常见原因", "除了压力和作息不规律，一些慢性疾病也会导致夜间频繁醒来，长期失眠应及时就医。"),
            ("久坐一小时，需要站起来活动多久？", "研究人员建议，每坐30分钟起身活动3到5分钟，比一次长时间运动更能抵消久坐的危害。")]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>{E(a["headline"])}_健康频道_环球网</title>
<meta name="keywords" content="{A(",".join(a["tags"]))}">
<meta name="description" content="{A(a["standfirst"])}">
{og(a, "zh_CN")}
<script>var articleId = "{a["url"].rsplit("/", 1)[1]}";</script>
</head>
<body>
<div class="t-header"><div class="navTop"><a href="https://www.huanqiu.example.com/" class="logo">环球网</a>
<ul>{links(["国际", "军事", "台海", "评论", "财经", "科技", "汽车", "健康", "文化", "旅游", "视频"], "https://www.huanqiu.example.com/")}</ul>
<a href="#" class="app">客户端</a><a href="#" class="login">登录</a></div></div>
<div class="t-container">
<div class="nav-crumbs"><a href="https://www.huanqiu.example.com/">环球网</a> &gt; <a href="{base}">健康</a> &gt; <span>正文</span></div>
<div class="l-con clear">
<div class="t-container-title"><h3>{E(a["headline"])}</h3></div>
<div class="metadata-info"><p class="time">{d.strftime("%Y-%m-%d %H:%M")}</p><p class="source">来源：<span>环球网</span></p><p class="author">作者：{E(a["author"])}</p></div>
<div class="summary"><p>{E(a["standfirst"])}</p></div>
<div class="l-con-left">
<article><section data-type="rtext">
{body}
</section></article>
<div class="declare">免责声明：本文内容仅供健康科普参考，不构成医疗建议，如有不适请及时就医。</div>
<div class="editor">责编：刘丹</div>
<div class="actions"><span class="like">点赞 <em>126</em></span><span class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ</a></span></div>
<div class="feed-recom"><div class="tit">热门推荐</div>{teasers(feed, base + "article/", '<div class="item"><a href="{h}"><h4>{t}</h4></a><p>{s}</p></div>')}</div>
</div>
<div class="l-con-right"><div class="rank"><div class="tit">24小时排行</div><ol>{links(rank, base + "article/")}</ol></div>
<div class="app-down"><p>下载环球时报APP</p><p>扫码查看更多精彩内容</p></div></div>
</div>
</div>
<div class="t-footer"><p>环球网版权所有，未经授权不得转载（示例）</p><p>京ICP备00000000号</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- cctvbr: 央视网-like video page (<br> body)

def t_cctvbr(a, lang, k):
    base = "https://sports.cctv.example.com/"
    d = when(a)
    first = first_para(a)
    out = []
    for n, it in enumerate(a["body"]):
        if it[0] == "p":
            pre = "央视网消息：" if n == first else ""
            out.append(f"\u3000\u3000{pre}{E(it[1])}<br><br>")
        elif it[0] == "fig":
            out.append(f'<div class="img_box" style="text-align:center"><img src="https://p1.img.cctv.example.com/photoworkspace/contentimg/2024/11/03/{token(a["url"], n, n=24)}.jpg" alt=""></div>'
                       f'<div class="img_desc" style="text-align:center;font-family:楷体">{E(it[1])}</div><br>')
    body = "\n".join(out)
    hot = ["国乒男团逆转晋级决赛", "中超第29轮：申花客场取胜", "全国游泳冠军赛多项纪录被刷新", "女排联赛新赛季开战"]
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[视频]{E(a["headline"])}_体育频道_央视网(cctv.com)</title>
<meta name="keywords" content="{A(" ".join(a["tags"]))}">
<meta name="spm-id" content="C{token(a["url"], n=10)}">
<script>var guid = "{token(a["url"], "vid", n=32)}"; var commentTitle = "{A(a["headline"])}";</script>
</head>
<body>
<div class="header_nav"><div class="logo"><a href="https://www.cctv.example.com/">央视网</a></div>
<ul>{links(["首页", "新闻", "体育", "综艺", "熊猫", "直播", "片库", "央视频"], "https://www.cctv.example.com/")}</ul>
<div class="user"><a href="#">登录</a> <a href="#">注册</a></div></div>
<div class="column_wrapper">
<div class="crumbs"><a href="https://www.cctv.example.com/">首页</a> &gt; <a href="{base}">体育</a> &gt; <a href="{base}tianjing/">田径</a> &gt; 正文</div>
<div class="video_area">
<div class="video_box" id="myFlash"><div class="player_poster"></div><div class="player_ctrl"><button type="button">播放</button><span>00:00 / 01:48</span><button type="button">倍速</button><button type="button">清晰度</button><button type="button">全屏</button></div>
<div class="player_loading" style="display:none">正在加载…</div></div>
<div class="video_title"><h1>[视频]{E(a["headline"])}</h1></div>
<div class="video_info"><span class="laiyuan">来源：央视网</span> | <span class="time">{d.year}年{d.month:02d}月{d.day:02d}日 {d.hour:02d}:{d.minute:02d}</span>
<span class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">复制链接</a></span></div>
</div>
<div class="content_area" id="text_area">
<div class="video_brief"><span class="tit">视频简介</span></div>
<div class="text_box">
{body}
</div>
<div class="zebian"><p>编辑：{E(a["author"])}　责任编辑：刘亮</p></div>
</div>
<div class="cctvapp"><p>央视频APP：更多精彩赛事直播，扫码下载</p></div>
<div class="related"><div class="tit">热点推荐</div><ul>{links(hot, base + "2024/11/03/")}</ul></div>
<div class="comment"><div class="tit">网友评论</div><p>已有0人参与</p><p>登录后发表评论，文明上网理性发言</p><textarea></textarea><button type="button">发布</button></div>
</div>
<div class="footer"><p>版权声明：本网站所刊载信息均为示例，未经授权禁止转载、摘编、复制或建立镜像。</p><p>Copyright 1996-2024 CCTV.example All Rights Reserved</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- jingji21: 21世纪经济报道-like

def t_jingji21(a, lang, k):
    base = "https://www.21jingji.example.com/"
    d = when(a)
    R = {"p": lambda it, n: f"<p>{E(it[1])}</p>",
         "h2": lambda it, n: f"<p><strong>{E(it[1])}</strong></p>",
         "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
         "table": lambda it, n: f'<div class="table-wrap"><table>{table_rows(it[1])}</table><p class="table-src">数据来源：各公司公告　制表：{E(a["author"])}</p></div>'}
    s1, = spots(a, (0.25,))
    ins = {}
    add(ins, s1, f'<div class="news-card"><span class="label">相关阅读</span><a href="{base}article/20240926/{token("xg", n=12)}.html">8月车市：新能源车渗透率首超53%，价格战仍未停歇</a></div>')
    body = blocks(a, R, ins)
    rel = [("汽车以旧换新补贴申请破百万　二手车交易同步回暖", "多地商务部门表示，补贴资金发放进度加快，部分城市已开始第二批资金拨付。"),
           ("插混车型增速领跑　车企加码混动技术路线", "今年前三季度，插电混动车型销量同比增长超过80%，增速明显快于纯电车型。")]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])} - 21经济网</title>
<meta name="keywords" content="{A(",".join(a["tags"]))}">
<meta name="description" content="{A(a["standfirst"])}">
{og(a, "zh_CN")}
{news_ld(a, "zh-CN")}
</head>
<body>
<div class="topNav"><a href="{base}" class="logo">21经济网</a><ul>{links(["首页", "宏观", "金融", "证券", "公司", "汽车", "科技", "区域", "观点", "21数据"], base + "channel/")}</ul>
<a href="#" class="app">21财经APP</a><a href="#">登录</a></div>
<div class="main">
<div class="mainL">
<div class="position">当前位置：<a href="{base}">首页</a> &gt; <a href="{base}channel/auto/">汽车</a></div>
<div class="titlehead"><h1>{E(a["headline"])}</h1>
<div class="newsInfo"><span class="baodao">21世纪经济报道</span> <span class="author">{E(a["author"])}</span> <span class="time">{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}</span>
<span class="share">分享：<a href="#">微信</a><a href="#">微博</a></span></div></div>
<div class="newsLead"><span class="lead-label">摘要：</span>{E(a["standfirst"])}</div>
<div class="txtContent">
<p>21世纪经济报道记者 {E(a["author"])} 北京报道</p>
{body}
<p class="editor">（作者：{E(a["author"])}　编辑：张伟贤）</p>
</div>
<div class="statement">声明：本文仅代表作者观点，不构成投资建议，市场有风险，投资需谨慎。</div>
<div class="appPromo"><p>关注21财经APP，获取更多财经资讯与深度解读。</p><p>21世纪经济报道及其客户端所刊载内容的知识产权均属21世纪经济报道（示例）所有。</p></div>
<div class="tags">{"".join(f'<a href="{base}tag/{token(t, n=6)}">{E(t)}</a>' for t in a["tags"])}</div>
<div class="relatedNews"><h3>相关新闻</h3>{teasers(rel, base + "article/2024/", '<div class="item"><a href="{h}.html"><h4>{t}</h4></a><p>{s}</p></div>')}</div>
</div>
<div class="mainR"><div class="hotRank"><h3>热门排行</h3><ol>{links(["央行：保持流动性合理充裕", "A股三大指数集体收涨", "房地产“白名单”贷款超2万亿"], base + "article/")}</ol></div>
<div class="ad"><span>广告</span></div></div>
</div>
<div class="footer"><p>21世纪经济报道（示例）版权所有，未经书面授权，不得转载或镜像</p><p>粤ICP备00000000号</p></div>
</body>
</html>
"""


TEMPLATES = {"wpds": t_wpds, "abcau": t_abcau, "indy": t_indy, "toibr": t_toibr,
             "danviet": t_danviet, "soha": t_soha, "qdnd": t_qdnd, "tbtc": t_tbtc,
             "people24": t_people24, "huanqiu": t_huanqiu, "cctvbr": t_cctvbr, "jingji21": t_jingji21}

PAGES = [
    ("en", "phone-ban", "wpds", "wpds-phone-ban", {}),
    ("en", "netball-final", "abcau", "abcau-netball-final", {}),
    ("en", "teen-sleep", "indy", "indy-teen-sleep", {}),
    ("en", "two-wheelers", "toibr", "toibr-two-wheelers", {}),
    ("vi", "xu-an-dat-nen", "danviet", "danviet-xu-an-dat-nen", {}),
    ("vi", "vleague-derby", "soha", "soha-vleague-derby", {}),
    ("vi", "say-nang", "qdnd", "qdnd-say-nang-cp1258", {"encoding": "windows-1258"}),
    ("vi", "ca-phe-xuat-khau", "tbtc", "tbtc-ca-phe-divonly", {}),
    ("zh", "qishou-anli", "people24", "people24-qishou-gbk", {"encoding": "gbk"}),
    ("zh", "wushui-yanjiu", "huanqiu", "huanqiu-wushui", {}),
    ("zh", "malasong", "cctvbr", "cctvbr-malasong", {}),
    ("zh", "xinnengyuan-xiaoliang", "jingji21", "jingji21-xinnengyuan", {}),
]


def prepare(template, a):
    if template == "people24":
        # the page prints no standfirst: it is only in the meta description, so not in the gold
        return dict(a, standfirst="")
    return a


# The parser of the page check: besides the defaults, a self-closed non-void tag is an error.
Visible = functools.partial(PageText, self_closed=True)


def main():
    render = lambda template, a, lang, k: TEMPLATES[template](a, lang, k)  # noqa: E731
    for lang, name, _, a, n in build_pages(OUT, articles11.ARTICLES, PAGES, render, gold11, Visible, prepare):
        print(f"{lang}/{name}: {n} gold lines ({a.get('encoding', 'utf-8')})")


if __name__ == "__main__":
    main()
