#!/usr/bin/env python3
"""The thirteenth held-out set (tests/pages/heldout13/{en,vi,zh}): new articles (articles13.py)
in twelve new templates, one page each, written blind: without looking at the extractor's
code, its tests or its output, and without running it. Not yet scored; nothing was tuned on it.
It imports only articles13.py and pagekit.py (its chrome is its own).

    python3 tests/pages/heldout13.py

writes the 12 pages and their golds, then checks each with pagekit.check_page (every gold line
is in its page's visible text, with script, style, title, <select>, <textarea>, hidden and
display:none elements left out; the tags balance and no block sits in a <p>; the legacy pages
decode strictly in the charset they declare and are not valid UTF-8). Deterministic.

Templates (the sites are fictitious, example.* addresses; heldout13/README.md says more):

  calitimes   a California metro daily on its own Brightspot-era stack (LA Times-like):
              ps-* custom elements, TrustArc consent, section label, byline with title,
              "Share via" tool list, figure-caption / figure-credit divs, "Advertisement"
              slots, an Essential-California-like newsletter module and an in-body promo card
              with a summary, a "For the record:" correction, "Times staff writer ...
              contributed" line, author bio, "More to Read", "Subscribers are reading".
  ideasmag    a magazine's ideas section (The Atlantic-like): CSS-module classes, a rubric,
              lead art with a credit-only caption, AI-narration audio line, drop cap, "Read:"
              link paragraphs in the body's paragraph class, a pull quote, an inline newsletter,
              a commission disclosure, "About the Author", print-edition line, hidden gate.
  nbn         a US network's news site (NBC News-like): article-hero, dek, share list,
              caption with the credit in a nested caption__source span, "Recommended" and
              video embeds in the body, "ADVERTISEMENT" slots, a table, "... contributed."
              line, expanded-byline bio, OneTrust banner, sponsored feed.
  blogger     a teacher's Blogspot post (Simple theme): the blog name is the h1, the post
              title an h3.post-title, the body one div of text split by <br /> with
              tr-caption-container tables, bold-span subheadings and a <ul>; date header,
              "Posted by ... at ...", share buttons, Labels, comments in a dl, pager,
              About Me, Popular Posts with snippets, Blog Archive.
  cand        a Vietnamese police daily (Công an Nhân dân-like): edition links, box-title-detail,
              box-des-detail sapo, font tools, figure captions, an in-body "Bài liên quan"
              box, bold right-aligned author, tags, same-section list with summaries.
  bgt         a Vietnamese transport daily (Báo Giao thông-like): hotline, sapo as a bold
              paragraph, captions with "(Ảnh: ...)" in an <em> in the caption's <p>, a data
              table, an in-body video of another story and a related box, Zalo follow line.
  nld         a Vietnamese city daily (Người Lao Động-like): "(NLĐO) - " sapo prefix in
              h2.detail-sapo, VCSortableInPreviewMode photo boxes with "Ảnh: ..." in the
              caption text, h3 subheadings, a RelatedOneNews box, comments, app banner.
  joomla      a district portal on Joomla 3 in windows-1258 (http-equiv): the headline an
              h2[itemprop=headline] under an h1 site banner, dl.article-info (Viết bởi,
              Chuyên mục, Ngày đăng, Lượt xem), articleBody of one <p> split by <br />, quotes
              in <em>, the sapo in <strong>, author and unit lines at the end, pagenav,
              latest-news module, a links <select>, visitor counter; no JSON-LD or og:.
  xjkb        a Beijing daily (新京报-like): bodyTitle / contentStr, 新京快报讯（记者 …） leading
              the first paragraph, the caption and 记者 … 摄 in one centred <p>, 编辑 / 校对 line,
              举报, app appeal with QR, 相关推荐 with summaries, 热榜.
  meijing     a financial daily (每日经济新闻-like) in GB18030 (<meta charset>): 每经记者 / 每经编辑
              line as the body's first <p>, 摘要 label, a table, bold-<p> subheading, 封面图片来源
              line, 特别提醒 and 转载 notices, 读者热线, index widget, 每经24小时 flash list.
  paimob      a Shanghai news app's mobile page (澎湃 mobile-like): app banner, news_about
              reporter and 来源 lines, the body one div.news_txt split by <br>, <strong>
              subheadings, list items as <br> lines, 责任编辑 / 图片编辑 / 校对, 报料 line, 未经授权
              line, 关键词, 相关推荐 cards with comment counts, hidden app modal.
  jiexian     a business news site's new layout (界面-like): article-header with tag and
              info, summary paragraph, 界线新闻记者 | … staff line, Q&A with bold 界线新闻： /
              吴国栋： labels, a bare 图片来源 paragraph under the figure, a block quote,
              版权声明 line, hashtags, author card, 相关文章 with summaries, comments.
"""

import functools
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles13  # noqa: E402
import pagekit  # noqa: E402
from pagekit import E, A, EN_MONTHS, VI_DAYS, blocks, when, ld, gold_lines, build_pages, add, paras, table_rows  # noqa: E402

OUT = os.path.join(HERE, "heldout13")
token = functools.partial(pagekit.token, n=8)


def gold13(a):
    return gold_lines(a, text=("p", "h2", "quote", "fig", "note"))


def spot(a, m):
    """The m-th paragraph (or a later one) followed by a paragraph or subheading and not leading
    into a list or table: where a box may go."""
    items, ps = a["body"], paras(a)
    for n in ps[min(m, len(ps) - 1):]:
        if n + 1 < len(items) and items[n + 1][0] in ("p", "h2") and not items[n][1].endswith((":", "：")):
            return n
    return ps[-2]


def lis(items, cls=""):
    return "".join(f"<li{cls}>{E(x)}</li>" for x in items)


def links(items, pre="/", cls=""):
    return "".join(f'<li{cls}><a href="{pre}{token(x)}">{E(x)}</a></li>' for x in items)


def en_short(a):
    d = when(a)
    mon = EN_MONTHS[d.month - 1]
    mon = mon if len(mon) <= 5 else mon[:3] + "."
    h = d.hour % 12 or 12
    return f"{mon} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def en_long(a):
    d = when(a)
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def vi_date(a):
    d = when(a)
    return f"{VI_DAYS[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}"


def zh_date(a, sep="-"):
    d = when(a)
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d} {d.hour:02d}:{d.minute:02d}"


LOCALE = {"en": "en_US", "vi": "vi_VN", "zh": "zh_CN"}


def head(a, lang, charset="utf-8", http_equiv=False, og=True, jsonld=True, title=None, extra=""):
    if http_equiv:
        cs = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    else:
        cs = f'<meta charset="{charset}">'
    t = title or f'{a["headline"]} - {a["site"]}'
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{cs}\n<title>{E(t)}</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="description" content="{A(a.get("standfirst") or a["body"][0][1])}">\n'
            + (pagekit.og(a, LOCALE[lang], image=a["url"].rsplit("/", 1)[0], twitter=True) + "\n" if og else "")
            + (pagekit.news_ld(a, lang) + "\n" if jsonld else "")
            + f'<link rel="canonical" href="{A(a["url"])}">\n' + extra + "</head>\n")


def img(a, n, ext="jpg"):
    return f"https://media.example.com/{token(a['name'], n, n=12)}.{ext}"


# ---------------------------------------------------------------- calitimes (LA Times-like)


def t_calitimes(a, lang):
    site = a["site"]

    def fig(it, n):
        return (f'<figure class="figure"><ps-figure><div class="figure-media"><img class="image" src="{img(a, n)}" alt="" width="1200" height="800" loading="lazy"></div>'
                f'<figcaption><div class="figure-caption"><p>{E(it[1])}</p></div><div class="figure-credit">{E(a["credit"])}</div></figcaption></ps-figure></figure>')

    def note(it, n):
        return (f'<div class="correction-module"><p><strong class="correction-label">For the record:</strong> '
                f'<span class="correction-date">10:12 a.m. Feb. 9, 2025</span> {E(it[1])}</p></div>')

    R = {"p": lambda it, n: f"<p>{E(it[1])}</p>", "h2": lambda it, n: f'<h3 class="subhead">{E(it[1])}</h3>',
         "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>", "fig": fig, "note": note}
    ins = {}
    ad = lambda k: (f'<div class="google-dfp" data-slot="inline-{k}"><ps-ad class="ad"><div class="ad-label">Advertisement</div>'  # noqa: E731
                    f'<div id="div-gpt-ad-{token("ad", k)}" style="min-height:250px"></div></ps-ad></div>')
    add(ins, 0, ad(1))
    add(ins, spot(a, 2), (
        '<div class="enhancement"><ps-newsletter-module class="newsletter-module" data-newsletter="essential-california">'
        '<div class="newsletter-module-title">Get Essential Coast</div>'
        '<p class="newsletter-module-description">News and stories from up and down the coast, delivered to your inbox seven days a week.</p>'
        '<form class="newsletter-form" action="/newsletters/signup" method="post"><input type="email" name="email" placeholder="Enter email address">'
        '<button type="submit">Sign Me Up</button></form>'
        f'<p class="newsletter-module-legal">You may occasionally receive promotional content from the {E(site)}.</p></ps-newsletter-module></div>'))
    add(ins, spot(a, 4), ad(2))
    add(ins, spot(a, 5), (
        '<div class="enhancement"><ps-promo class="promo promo-in-body" data-content-type="article"><div class="promo-wrapper">'
        '<div class="promo-category"><a href="/california">California</a></div>'
        '<p class="promo-title"><a href="/california/story/2025-01-30/caltrans-wrong-way-detection-pilot">Caltrans tests wrong-way warning lights at 20 freeway ramps</a></p>'
        '<p class="promo-description">The pilot program uses sensors and flashing signs to alert drivers who enter an off-ramp in the wrong direction. Officials say early results are encouraging.</p>'
        '<div class="promo-timestamp">Jan. 30, 2025</div></div></ps-promo></div>'))
    body = blocks(a, R, ins)
    body += '\n<p><i>Times staff writer Alejandro Ruiz contributed to this report.</i></p>'
    share = "".join(f'<li><a class="social-bar-link" data-social-service="{x.lower()}" href="#">{x}</a></li>'
                    for x in ["Email", "Facebook", "X", "LinkedIn", "Threads", "Reddit", "WhatsApp", "Copy Link", "Print"])
    more = [("California", "Two hikers rescued after spending night stranded on Sespe Creek trail", "Feb. 7, 2025"),
            ("California", "Caltrans to close Harbor Boulevard on-ramp for six weekends of repairs", "Feb. 6, 2025"),
            ("Politics", "County supervisors approve $41 million for new sheriff's substation", "Feb. 5, 2025")]
    more_html = "".join(f'<li class="list-item"><ps-promo class="promo"><div class="promo-category">{E(c)}</div><p class="promo-title"><a href="/{token(t)}">{E(t)}</a></p>'
                        f'<div class="promo-timestamp">{E(d)}</div></ps-promo></li>' for c, t, d in more)
    reading = [("Oxnard strawberry growers brace for a second year of low prices", "Cheap imports and a wet winter have left many small farms deciding whether to plant at all."),
               ("The dog that rode the Pacific Surfliner for a decade", "Conductors knew him by name. When he died last month, riders held a memorial on the platform.")]
    reading_html = "".join(f'<li><ps-promo class="promo"><p class="promo-title"><a href="/{token(t)}">{E(t)}</a></p><p class="promo-description">{E(s)}</p></ps-promo></li>' for t, s in reading)
    nav = ["California", "Climate", "Entertainment & Arts", "Food", "Housing & Homelessness", "Politics", "Sports", "World & Nation", "Opinion"]
    return (head(a, lang, title=f'{a["headline"]} - {site}')
            + '<body class="page-article" data-content-type="article">\n'
            + '<div id="truste-consent-track" class="truste-banner" role="region" aria-label="Cookie banner"><div class="truste-messageColumn">'
            + 'We use cookies and similar technologies to personalize content, tailor ads and measure traffic. California residents can opt out of the sale or sharing of personal information. '
            + '<a href="/privacy">Privacy Policy</a></div><button id="truste-consent-button">Accept Cookies</button> <button id="truste-show-consent">Do Not Sell or Share My Personal Information</button></div>\n'
            + f'<ps-header class="header"><div class="header-bar"><button class="navigation-menu-button">Show Search</button><a class="header-logo" href="/">{E(site)}</a>'
            + '<div class="header-actions"><a class="button-subscribe" href="/subscribe">Subscribe</a> <a href="/login">Log In</a></div></div>'
            + f'<nav class="navigation"><ul class="navigation-items">{links(nav)}</ul></nav></ps-header>\n'
            + '<main class="page-main"><article class="page-article-main">\n'
            + '<div class="page-article-header"><div class="breadcrumb"><a class="link" href="/california">California</a></div>\n'
            + f'<h1 class="headline">{E(a["headline"])}</h1>\n'
            + f'<p class="subheadline">{E(a["standfirst"])}</p>\n'
            + f'<div class="byline"><div class="author-name"><a class="link" href="/people/{token(a["author"])}">By {E(a["author"])}</a></div><div class="author-title">Staff Writer</div>'
            + f'<div class="author-follow"><button>Follow</button></div></div>\n'
            + f'<div class="published-date"><time datetime="{a["date"]}">{E(en_short(a))} PT</time></div>\n'
            + f'<ps-social-share class="social-share"><button class="social-bar-toggle">Share via</button><ul class="social-bar-menu">{share}</ul>'
            + '<button class="social-bar-close">Close extra sharing options</button></ps-social-share></div>\n'
            + f'<div class="page-article-body"><div class="rich-text-article-body"><div class="rich-text-article-body-content rich-text-body">\n{body}\n</div></div></div>\n'
            + f'<div class="author-bio"><div class="author-bio-name"><a href="/people/{token(a["author"])}">{E(a["author"])}</a></div>'
            + f'<div class="author-bio-text"><p>{E(a["author"])} is a metro reporter for the {E(site)} covering public safety in Marisol and Ventura counties. She joined the paper in 2019 after six years at the Santa Ynez Record.</p></div></div>\n'
            + f'<div class="page-article-tags"><ul><li><a href="/topic/california">California</a></li><li><a href="/topic/traffic">Traffic Safety</a></li></ul></div>\n'
            + '<div class="page-article-copyright">Copyright © 2025, ' + E(site) + ' | <a href="/reprints">For reprint rights, click here.</a></div>\n'
            + '</article>\n'
            + f'<aside class="list-more"><h2 class="list-title">More to Read</h2><ul>{more_html}</ul></aside>\n'
            + f'<section class="subscribers-reading"><h2>Subscribers are reading</h2><ul>{reading_html}</ul></section>\n</main>\n'
            + '<footer class="footer"><div class="footer-subscribe">Subscribe for unlimited access</div><ul>'
            + links(["About/Contact", "For the Record", "Archives", "Terms of Service", "Privacy Policy", "CA Notice of Collection"])
            + f'</ul><p>Copyright © 2025, {E(site)}</p></footer>\n</body>\n</html>\n')


# ---------------------------------------------------------------- ideasmag (The Atlantic-like)


def t_ideasmag(a, lang):
    site = a["site"]
    m = lambda c: f"{c}_root__{token('mod', c, n=5)}"  # noqa: E731
    P = m("ArticleParagraph")

    def para(it, n):
        cls = P + (" ArticleParagraph_dropcap__x9Zq1" if n == 0 else "")
        return f'<p class="{cls}">{E(it[1])}</p>'

    R = {"p": para, "h2": lambda it, n: f'<h2 class="{m("ArticleHeading")}">{E(it[1])}</h2>',
         "quote": lambda it, n: f'<blockquote class="{m("ArticleBlockquote")}"><p class="{P}">{E(it[1])}</p></blockquote>'}
    ins = {}
    add(ins, 1, f'<p class="{P} {m("ArticleRelatedContentLink")}"><em>Read: <a href="/ideas/archive/2023/09/local-news-deserts/675112/">The last reporter in the county</a></em></p>')
    q = [n for n, x in enumerate(a["body"]) if x[0] == "quote"][0]
    add(ins, q, f'<aside class="{m("ArticlePullquote")}" aria-hidden="false"><p>{E(a["pull"])}</p></aside>')
    add(ins, spot(a, 5), (f'<div class="{m("ArticleInlineNewsletter")}"><div class="{m("NewsletterTitle")}">Sign up for The Meridian Daily</div>'
                          f'<p>Our guide to the day\'s biggest news and ideas, delivered to your inbox every weekday morning.</p>'
                          '<form><label for="nl-email">Email</label><input id="nl-email" type="email"><button type="submit">Sign Up</button></form>'
                          '<p hidden>Thanks for signing up!</p></div>'))
    add(ins, spot(a, 7), f'<p class="{P} {m("ArticleRelatedContentLink")}"><em>Read: <a href="/ideas/archive/2024/02/nonprofit-news/677401/">Can nonprofits save local news?</a></em></p>')
    body = blocks(a, R, ins)
    body += f'\n<p class="{P}"><small><em>When you buy a book using a link on this page, we receive a commission. Thank you for supporting {E(site)}.</em></small></p>'
    sec = f'<section class="{m("ArticleBody")}" data-event-module="article body">\n{body}\n</section>'
    popular = ["The Strange Afterlife of the Mall", "America's Quietest Epidemic", "Why Everyone Is Suddenly Talking About Zoning",
               "The Parents Who Gave Up on Screens", "What the Census Can't See"]
    rec = [("Ideas", "The Newspaper That Refused to Die", "A family-owned weekly in Vermont has survived on subscriptions alone. Its publisher thinks others can too."),
           ("Politics", "The Hollowing Out of Local Government", "When nobody is watching city hall, the people who run it change their habits.")]
    return (head(a, lang, extra='<script type="application/ld+json">' + ld({"@context": "https://schema.org", "@type": "WebPage", "isAccessibleForFree": False,
                                                                                "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".ArticleBody"}}) + "</script>\n",
                 title=f'{a["headline"]} - {site}')
            + '<body>\n<div id="__next">\n'
            + f'<header class="{m("Header")}"><a class="{m("Logo")}" href="/">{E(site)}</a><nav class="{m("HeaderNav")}"><ul>'
            + links(["Popular", "Latest", "Newsletters", "Sections", "The Magazine"]) + f'</ul></nav><div><a href="/subscribe">Subscribe</a> <a href="/accounts/login">Sign In</a></div></header>\n'
            + f'<main id="main-content"><article class="{m("ArticleLayout")}">\n'
            + f'<header class="{m("ArticleHero")}"><div class="{m("ArticleRubric")}"><a href="/ideas/">Ideas</a></div>'
            + f'<h1 class="{m("ArticleTitle")}">{E(a["headline"])}</h1>\n<p class="{m("ArticleDek")}">{E(a["standfirst"])}</p>\n'
            + f'<figure class="{m("ArticleLeadArt")}"><img src="{img(a, 0)}" alt="A shuttered newspaper office" width="1440" height="810"><figcaption class="{m("ArticleLeadFigcaption")}">{E(a["credit"])}</figcaption></figure>\n'
            + f'<div class="{m("ArticleBylines")}"><address>By <a href="/author/{token(a["author"])}/">{E(a["author"])}</a></address></div>'
            + f'<time class="{m("ArticleTimestamp")}" datetime="{a["date"]}">{E(en_long(a))}</time>\n'
            + f'<div class="{m("ArticleAudio")}"><button>Listen to this article</button><span>00:00</span> <span>14:22</span>'
            + '<p>Produced by ElevenLabs and News Over Audio (NOA) using AI narration. Listen to more stories on the Noa app.</p></div>\n'
            + f'<div class="{m("ArticleShare")}"><button>Share</button> <button>Save</button> <button>Gift</button></div></header>\n'
            + sec + "\n"
            + f'<div class="{m("ArticleAuthorBio")}"><h2>About the Author</h2><p><a href="/author/{token(a["author"])}/">{E(a["author"])}</a> is a staff writer at {E(site)}, where she covers rural America and the press.</p>'
            + '<button>Follow</button></div>\n'
            + f'<p class="{m("ArticlePrintEdition")}">This article appears in the May 2025 print edition with the headline “The Back Row.”</p>\n'
            + f'<div class="{m("ArticleTopics")}"><h2>Explore More Topics</h2><ul>{links(["Journalism", "Rural America", "Local Government"])}</ul></div>\n'
            + '</article>\n'
            + f'<aside class="{m("MostPopular")}"><h2>Most Popular</h2><ol>{links(popular)}</ol></aside>\n'
            + f'<section class="{m("Recirc")}"><h2>Recommended Reading</h2>'
            + "".join(f'<div class="{m("RecircCard")}"><span>{E(c)}</span><h3><a href="/{token(t)}">{E(t)}</a></h3><p>{E(s)}</p></div>' for c, t, s in rec)
            + '</section>\n</main>\n'
            + f'<div class="{m("GateModal")}" hidden><h2>You\'ve reached your limit of free articles.</h2><p>Subscribe for unlimited access to {E(site)}.</p></div>\n'
            + f'<footer class="{m("Footer")}"><ul>' + links(["About", "Contact", "Careers", "Privacy Policy", "Your Privacy Choices", "Terms and Conditions"])
            + f'</ul><p>© 2025 {E(site)} Monthly Group. All Rights Reserved.</p></footer>\n</div>\n</body>\n</html>\n')


# ---------------------------------------------------------------- nbn (NBC News-like)


def t_nbn(a, lang):
    site = a["site"]

    def fig(it, n):
        return (f'<figure class="article-inline-figure"><picture><img src="{img(a, n)}" alt=""></picture><figcaption class="caption">'
                f'<span class="caption__container">{E(it[1])}<span class="caption__source">{E(a["credit"])}</span></span></figcaption></figure>')

    R = {"p": lambda it, n: f"<p>{E(it[1])}</p>", "h2": lambda it, n: f'<h2 class="body-heading">{E(it[1])}</h2>',
         "fig": fig, "table": lambda it, n: f'<div class="embed-widget table-embed"><table class="data-table">{table_rows(it[1])}</table></div>'}
    ins = {}
    add(ins, 1, ('<div class="ad-container"><span class="ad-label">ADVERTISEMENT</span><div class="ad" id="boxinline-1"></div></div>'))
    add(ins, spot(a, 2), ('<div class="recommended-intersection-ref"><section class="recommended-intersection"><h2 class="recommended-intersection__title">Recommended</h2>'
                          '<a href="/business/economy/fed-holds-rates-steady-rcna188101"><span class="eyebrow">ECONOMY</span><h3>Fed holds rates steady, signals patience on cuts</h3></a></section></div>'))
    add(ins, spot(a, 6), ('<div class="embed-widget video-embed"><div class="video-player"><button>Play</button><span class="video-duration">02:31</span></div>'
                          '<p class="video-title">Why grocery prices are still so high</p><p class="video-meta">NBN News NOW</p></div>'))
    add(ins, spot(a, 8), ('<div class="ad-container"><span class="ad-label">ADVERTISEMENT</span><div class="ad" id="boxinline-2"></div></div>'))
    body = blocks(a, R, ins)
    body += '\n<p><i>Bloomline contributed.</i></p>'
    cons = ('<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><div id="onetrust-policy">'
            '<p id="onetrust-policy-text">By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts.</p></div>'
            '<button id="onetrust-accept-btn-handler">Accept All Cookies</button> <button id="onetrust-pc-btn-handler">Cookies Settings</button></div>')
    share = "".join(f'<li><button aria-label="{x}">{x}</button></li>' for x in ["Facebook", "X", "Email", "Print", "Flipboard", "Save"])
    more = [("Fed officials split over how soon to cut again, minutes show", "Some policymakers worried that tariffs could push inflation back up, while others pointed to a softening job market."),
            ("Mortgage rates fall to lowest level since October", "The average 30-year fixed rate dropped to 6.63%, giving would-be buyers a little relief ahead of the spring season."),
            ("Why so many job seekers say the market feels frozen", "Quits and hires are both near decade lows, leaving workers stuck where they are.")]
    spons = [("Sponsored", "Homeowners in these states are getting a surprise rebate. Check if you qualify.", "SmartSaver Daily"),
             ("Sponsored", "The retirement mistake most people make in their 60s", "Halcyon Advisors")]
    return (head(a, lang)
            + '<body>\n' + cons + '\n'
            + f'<header class="navbar"><a class="navbar__logo" href="/">{E(site)}</a><ul class="navbar__menu">'
            + links(["Politics", "U.S. News", "World", "Business", "Health", "Tech & Media", "Sports", "Video"])
            + '</ul><a class="navbar__live" href="/now">Live TV</a> <button>Sign In</button></header>\n'
            + '<div class="layout-container article-layout"><article class="article">\n'
            + '<section class="article-hero"><div class="article-hero__eyebrow"><a href="/business/economy">ECONOMY</a></div>'
            + f'<h1 class="article-hero-headline__htag">{E(a["headline"])}</h1>'
            + f'<div class="article-dek"><h2>{E(a["standfirst"])}</h2></div>'
            + f'<div class="share-list"><span>Share &amp; Save —</span><ul>{share}</ul></div></section>\n'
            + '<div class="article-body"><div class="article-inline-byline"><span class="byline-name"><a href="/author/marcus-bell">By ' + E(a["author"]) + '</a></span></div>'
            + f'<div class="article-body__date-source"><time datetime="{a["date"]}">{E(en_long(a))}, 9:05 AM EST</time> / Updated {E(en_long(a))}, 11:40 AM EST</div>\n'
            + f'<div class="article-body__content">\n{body}\n</div>\n'
            + f'<div class="expanded-byline-contributors"><div class="byline-thumbnail"></div><p><a href="/author/marcus-bell">{E(a["author"])}</a> is a business reporter for {E(site)}, covering the labor market and consumer finance.</p></div>\n'
            + '<div class="article-body__section-title">Newsletter</div><div class="newsletter-signup-inline"><h3>Sign up for The Nightly</h3><p>Get the day\'s top stories and analysis delivered every evening.</p>'
            + '<form><input type="email" placeholder="Enter your email"><button>Sign Up</button></form><p class="legal">This site is protected by reCAPTCHA.</p></div>\n'
            + '</div></article>\n'
            + '<aside class="more-from"><h2>More from NBN News</h2>'
            + "".join(f'<div class="tease-card"><h3><a href="/{token(t)}">{E(t)}</a></h3><p class="tease-card__dek">{E(s)}</p></div>' for t, s in more) + '</aside>\n'
            + '<aside class="sponsored-feed"><h2>Sponsored Stories</h2>'
            + "".join(f'<div class="taboola-item"><span class="label">{E(l)}</span><a href="https://ads.example.com/{token(t)}">{E(t)}</a><span class="branding">{E(b)}</span></div>' for l, t, b in spons)
            + '</aside>\n</div>\n'
            + '<footer class="footer"><ul>' + links(["About", "Contact", "Help", "Careers", "Ad Choices", "Privacy Policy", "Do Not Sell My Personal Information", "CA Notice", "Terms of Service"])
            + f'</ul><p>© 2025 {E(site)} Universal</p></footer>\n</body>\n</html>\n')


# ---------------------------------------------------------------- blogger (Blogspot Simple theme)


def t_blogger(a, lang):
    blog = a["site"]

    def fig(it, n):
        return ('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
                f'<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.example.com/img/b/{token(a["name"], n, n=20)}/s1600/sound-cards.jpg" style="margin-left: auto; margin-right: auto;">'
                f'<img border="0" data-original-height="1200" data-original-width="1600" height="300" src="https://blogger.googleusercontent.example.com/img/b/{token(a["name"], n, n=20)}/s400/sound-cards.jpg" width="400" /></a></td></tr>'
                f'<tr><td class="tr-caption" style="text-align: center;">{E(it[1])}</td></tr></tbody></table>')

    R = {"p": lambda it, n: E(it[1]) + "<br />\n<br />",
         "h2": lambda it, n: f'<span style="font-size: large;"><b>{E(it[1])}</b></span><br />\n<br />',
         "fig": fig,
         "ul": lambda it, n: "<ul>" + lis(it[1]) + "</ul>",
         "note": lambda it, n: f'<i>{E(it[1])}</i><br />'}
    body = blocks(a, R)
    cmts = [("Anonymous", "January 20, 2025 at 7:12 AM", "Thank you for explaining this. The letter from the district was full of words I had never heard, and this made much more sense."),
            ("Jen R.", "January 20, 2025 at 6:48 PM", "My son is in second grade and already reads chapter books. Will he be stuck with the easy books all year? I will come by on Tuesday."),
            ("Ms. Hollis", "January 20, 2025 at 8:03 PM", "Jen, no, he will not. Come by and we can look at where he is together.")]
    cm = "".join(f'<dt class="comment-author" id="c{token(u, t, n=10)}"><a name="c{token(u, t, n=10)}"></a>{E(u)} said...</dt>'
                 f'<dd class="comment-body" id="Blog1_cmt-{token(u, n=10)}"><p>{E(x)}</p></dd>'
                 f'<dd class="comment-footer"><span class="comment-timestamp"><a href="#c{token(u, t, n=10)}" title="comment permalink">{E(t)}</a></span></dd>' for u, t, x in cmts)
    popular = [("Ten picture books my first graders ask for again and again", "Every year I keep a tally of the books that come back from the class library with the most dog-eared pages. Here is this year's list, with a few surprises."),
               ("Why I stopped giving homework in first grade", "Three years ago I dropped nightly worksheets and asked families to read together instead. Here is what happened to our reading scores.")]
    pop = "".join(f'<li><div class="item-content"><div class="item-title"><a href="/{token(t)}.html">{E(t)}</a></div><div class="item-snippet">{E(s)}</div></div></li>' for t, s in popular)
    d = when(a)
    day = f'{pagekit.EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year}'
    h = d.hour % 12 or 12
    posted = f'{h}:{d.minute:02d} {"AM" if d.hour < 12 else "PM"}'
    share = "".join(f'<a class="goog-inline-block share-button sb-{x.split()[-1].lower()}" href="#" title="{x}"><span class="share-button-link-text">{x}</span></a>'
                    for x in ["Email This", "BlogThis!", "Share to X", "Share to Facebook", "Share to Pinterest"])
    return ('<!DOCTYPE html>\n<html class="v2" dir="ltr" lang="en" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">\n'
            '<head>\n<meta content="width=1100" name="viewport">\n<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">\n'
            '<meta content="blogger" name="generator">\n'
            f'<title>{E(blog)}: {E(a["headline"])}</title>\n'
            f'<link href="{A(a["url"])}" rel="canonical">\n'
            f'<meta content="{A(a["headline"])}" property="og:title">\n<meta content="{A(a["url"])}" property="og:url">\n'
            f'<meta content="{A(a["body"][0][1][:150])}" property="og:description">\n'
            '<style id="page-skin-1" type="text/css">body{font:normal normal 15px Arial, Tahoma, Helvetica, FreeSans, sans-serif;}</style>\n</head>\n'
            '<body class="loading variant-simplysimple">\n'
            '<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><iframe src="https://www.blogger.example.com/navbar.g?targetBlogID=4412" height="30" title="Blogger Navigation and Search"></iframe></div></div>\n'
            '<div class="body-fauxcolumns"></div>\n<div class="content"><div class="content-outer"><div class="content-inner">\n'
            f'<header><div class="header-outer"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">{E(blog)}</a></h1></div>'
            '<div class="descriptionwrapper"><p class="description"><span>A first-grade teacher on reading, writing and recess</span></p></div></div></div></div></div></header>\n'
            '<div class="tabs-outer"><div class="tabs section" id="crosscol"><div class="widget PageList" id="PageList1"><ul><li class="selected"><a href="/">Home</a></li><li><a href="/p/about.html">About</a></li><li><a href="/p/book-lists.html">Book Lists</a></li></ul></div></div></div>\n'
            '<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner"><div class="main section" id="main">\n'
            '<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">\n'
            f'<div class="date-outer"><h2 class="date-header"><span>{E(day)}</span></h2><div class="date-posts"><div class="post-outer">\n'
            f'<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting"><a name="{token(a["url"], n=19)}"></a>\n'
            f'<h3 class="post-title entry-title" itemprop="name">{E(a["headline"])}</h3>\n<div class="post-header"><div class="post-header-line-1"></div></div>\n'
            f'<div class="post-body entry-content" id="post-body-{token(a["url"], n=19)}" itemprop="description articleBody">\n{body}\n<div style="clear: both;"></div></div>\n'
            '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author"><a class="g-profile" href="/profile/4412" rel="author" title="author profile"><span itemprop="name">'
            + E(a["author"]) + f'</span></a></span></span> <span class="post-timestamp">at <a class="timestamp-link" href="{A(a["url"])}" rel="bookmark" title="permanent link"><abbr class="published" title="{a["date"]}">{posted}</abbr></a></span> '
            f'<span class="post-comment-link"><a class="comment-link" href="#comments">3 comments:</a></span></div>\n'
            f'<div class="post-share-buttons goog-inline-block">{share}</div>\n'
            '<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/parents" rel="tag">parents</a>, <a href="/search/label/phonics" rel="tag">phonics</a>, <a href="/search/label/reading" rel="tag">reading</a></span></div></div>\n'
            '</div>\n'
            f'<div class="comments" id="comments"><a name="comments"></a><h4>3 comments:</h4><div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block">{cm}</dl></div>'
            '<p class="comment-footer"><a href="https://www.blogger.example.com/comment/fullpage/post/4412">Post a Comment</a></p></div>\n'
            '</div></div></div>\n</div>\n'
            '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2025/01/newer.html" title="Newer Post">Newer Post</a></span> '
            '<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2025/01/older.html" title="Older Post">Older Post</a></span> <a class="home-link" href="/">Home</a></div>\n'
            '<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/4412/comments/default" type="application/atom+xml">Post Comments (Atom)</a></div></div>\n'
            '</div></div></div></div>\n'
            '<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">\n'
            '<div class="widget BlogSearch" id="BlogSearch1"><h2 class="title">Search This Blog</h2><form action="/search"><input type="text" name="q"> <input type="submit" value="Search"></form></div>\n'
            f'<div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="/profile/4412"><img alt="My photo" height="80" src="https://blogger.example.com/avatar.jpg" width="80"></a>'
            f'<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="/profile/4412">{E(a["author"])}</a></dt>'
            '<dd class="profile-textblock">First-grade teacher at a public elementary school in central Texas. Opinions here are my own, not my district\'s.</dd></dl>'
            '<a class="profile-link" href="/profile/4412">View my complete profile</a></div></div>\n'
            f'<div class="widget PopularPosts" id="PopularPosts1"><h2>Popular Posts</h2><div class="widget-content popular-posts"><ul>{pop}</ul></div></div>\n'
            '<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div id="ArchiveList"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a>'
            '<a class="post-count-link" href="/2025/">2025</a> <span class="post-count" dir="ltr">(3)</span><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2025/01/">January</a> <span class="post-count" dir="ltr">(3)</span>'
            f'<ul class="posts"><li><a href="{A(a["url"])}">{E(a["headline"])}</a></li><li><a href="/2025/01/snow-day-reading.html">Snow day reading menu</a></li></ul></li></ul></li>'
            '<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)"><span class="zippy">►&nbsp;</span></a><a class="post-count-link" href="/2024/">2024</a> <span class="post-count" dir="ltr">(21)</span></li></ul></div></div>\n'
            '<div class="widget Followers" id="Followers1"><h2 class="title">Followers</h2><div class="widget-content"><div id="Followers1-wrapper"></div></div></div>\n'
            '</div></aside></div></div>\n</div></div></div>\n'
            '<footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by <a href="https://www.blogger.example.com" target="_blank">Blogger</a>.</div></div></div></footer>\n'
            '</div></div></div>\n<script type="text/javascript" src="https://www.blogger.example.com/static/v1/widgets/2975350028-widgets.js"></script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- cand (Công an Nhân dân-like)


def t_cand(a, lang):
    site = a["site"]
    J = 'style="text-align: justify;"'

    def fig(it, n):
        return (f'<figure class="image align-center"><img src="{img(a, n)}" alt="{A(it[1])}" width="800">'
                f'<figcaption>{E(it[1])}</figcaption></figure>')

    R = {"p": lambda it, n: f"<p {J}>{E(it[1])}</p>", "fig": fig}
    ins = {}
    add(ins, spot(a, 2), ('<div class="box-relate-inline"><div class="title-relate">Bài liên quan</div><ul>'
                          '<li><a href="/phap-luat/canh-bao-thu-doan-gia-danh-chuyen-gia-chung-khoan-i760112/">Cảnh báo thủ đoạn giả danh chuyên gia chứng khoán lừa đảo qua mạng</a></li>'
                          '<li><a href="/phap-luat/bat-nhom-doi-tuong-mua-ban-tai-khoan-ngan-hang-i759804/">Bắt nhóm đối tượng mua bán hàng nghìn tài khoản ngân hàng</a></li></ul></div>'))
    body = blocks(a, R, ins) + f'\n<p style="text-align: right;"><strong>{E(a["author"])}</strong></p>'
    nav = ["Tin tức - Sự kiện", "Pháp luật", "Bạn đọc", "Kinh tế", "Thế giới", "Văn hóa", "Thể thao", "Sức khỏe", "Chuyển động 24h", "Multimedia"]
    eds = ["CAND", "ANTG", "ANTĐ", "CSTC", "ANTG Cuối tháng", "Truyền hình CAND", "English", "中文"]
    same = [("Khởi tố nhóm đối tượng lừa đảo bán vé máy bay giá rẻ qua mạng", "Các đối tượng lập trang web giả mạo đại lý bán vé, chiếm đoạt hơn 3 tỷ đồng của gần 500 người mua vé dịp Tết."),
            ("Bắt giữ đối tượng giả danh cán bộ thuế gọi điện yêu cầu chuyển tiền", "Đối tượng gọi điện cho các hộ kinh doanh, thông báo nợ thuế và yêu cầu cài ứng dụng giả mạo để cập nhật thông tin."),
            ("Triệt xóa ổ nhóm cho vay nặng lãi với lãi suất 730%/năm", "Cơ quan điều tra thu giữ nhiều sổ sách ghi chép, điện thoại và hơn 1 tỷ đồng tiền mặt.")]
    return (head(a, lang)
            + '<body>\n<div class="header-top"><div class="container"><span class="date-now">' + E(vi_date(a).split(" - ")[0]) + '</span><ul class="list-editions">'
            + "".join(f'<li><a href="/{token(x)}">{E(x)}</a></li>' for x in eds) + '</ul></div></div>\n'
            + f'<header class="header"><div class="container"><a class="logo" href="/"><img src="/images/logo-cand.png" alt="{A(site)}"></a>'
            + '<form class="search-box"><input type="text" placeholder="Tìm kiếm"></form></div>'
            + f'<nav class="main-menu"><ul>{links(nav)}</ul></nav></header>\n'
            + '<div class="container"><div class="row"><div class="col-main">\n'
            + '<ul class="box-breadcrumb"><li><a href="/phap-luat/">Pháp luật</a></li><li><a href="/phap-luat/ho-so-vu-an/">Hồ sơ vụ án</a></li></ul>\n'
            + '<div class="box-widget-detail">\n'
            + f'<h1 class="box-title-detail entry-title">{E(a["headline"])}</h1>\n'
            + f'<div class="box-date-tool"><span class="box-date">{E(vi_date(a))}</span>'
            + '<div class="tool-font"><a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a></div>'
            + '<div class="box-share"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a> <a href="#">Copy link</a> <a href="#">In bài</a></div></div>\n'
            + f'<div class="box-des-detail this-one"><p>{E(a["standfirst"])}</p></div>\n'
            + f'<div class="detail-content-body">\n{body}\n</div>\n'
            + '<div class="box-tag"><span>Từ khóa:</span> <a href="/tag/lua-dao">lừa đảo</a> <a href="/tag/dau-tu">đầu tư</a> <a href="/tag/tien-ao">tiền ảo</a></div>\n'
            + '<div class="box-share bottom"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a></div>\n'
            + '</div>\n'
            + '<div class="box-same-category"><h2 class="title-box">Tin cùng chuyên mục</h2>'
            + "".join(f'<article class="item"><h3><a href="/{token(t)}">{E(t)}</a></h3><p class="sapo">{E(s)}</p></article>' for t, s in same) + '</div>\n'
            + '</div><div class="col-right"><div class="box-latest"><h2 class="title-box">Tin mới nhất</h2><ul>'
            + links(["Xử lý nghiêm các trường hợp vi phạm nồng độ cồn dịp cuối tuần", "Phát hiện kho hàng lậu hơn 20 tấn tại khu công nghiệp", "Cảnh sát giao thông hỗ trợ người dân trên cao tốc"])
            + '</ul></div><div class="box-ads"><span>Quảng cáo</span><div id="banner-right-1"></div></div></div></div></div>\n'
            + f'<footer class="footer"><div class="container"><p>{E(site)} - Cơ quan của Bộ Công an</p><p>Tổng Biên tập: Thiếu tướng Nguyễn Văn Minh</p>'
            + '<p>Giấy phép số 185/GP-BTTTT. Địa chỉ: 15 Trần Bình Trọng, Hoàn Kiếm, Hà Nội.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></footer>\n'
            + '</body>\n</html>\n')


# ---------------------------------------------------------------- bgt (Báo Giao thông-like)


CENTER = ' style="text-align:center"'


def t_bgt(a, lang):
    site = a["site"]

    def fig(it, n):
        return (f'<div class="detail-img"><img src="{img(a, n)}" alt="">'
                f'<p class="caption">{E(it[1])} <em>({E(a["credit"])})</em></p></div>')

    R = {"p": lambda it, n: f"<p>{E(it[1])}</p>", "fig": fig,
         "table": lambda it, n: f'<table class="tbl-data" border="1" cellpadding="4" width="100%"><tbody>{table_rows(it[1], th=False, td=CENTER)}</tbody></table>'}
    ins = {}
    add(ins, 1, ('<div class="box-related-inline"><p class="box-related-title">Bài liên quan</p><ul>'
                 '<li><a href="/cang-lach-huyen-don-tau-container-lon-nhat-192250301.htm"><img src="/thumb/1.jpg" alt="">Cảng Lạch Huyện đón tàu container lớn nhất từ trước đến nay</a></li>'
                 '<li><a href="/gia-cuoc-van-tai-bien-tang-192250218.htm"><img src="/thumb/2.jpg" alt="">Giá cước vận tải biển tăng, doanh nghiệp xuất khẩu gặp khó</a></li></ul></div>'))
    add(ins, spot(a, 4), ('<div class="video-inline"><div class="video-player" data-duration="02:15"></div>'
                          '<p class="video-title">Video: Toàn cảnh cảng nước sâu Cái Mép - Thị Vải nhìn từ trên cao</p></div>'))
    body = blocks(a, R, ins)
    nav = ["Thời sự", "Giao thông", "Kinh tế", "Đô thị", "Xã hội", "Pháp luật", "Ô tô - Xe máy", "Du lịch", "Video"]
    same = [("Đường sắt vận chuyển hàng hóa tăng mạnh nhờ tuyến liên vận quốc tế", "Trong quý I, khối lượng hàng hóa vận chuyển bằng đường sắt tăng gần 20%, chủ yếu là hàng container đi Trung Quốc và châu Âu."),
            ("Sản lượng hàng không quý I vượt mốc 20 triệu khách", "Các hãng hàng không trong nước tăng tần suất khai thác trên các đường bay quốc tế, trong khi thị trường nội địa tăng chậm.")]
    return (head(a, lang)
            + '<body>\n<div class="top-header"><div class="wrap"><span class="hotline">Đường dây nóng: 0904 555 188</span> <a href="/rss">RSS</a> <a href="/dat-bao">Đặt báo</a></div></div>\n'
            + f'<header class="header"><div class="wrap"><a class="logo" href="/">{E(site)}</a></div><nav class="nav"><ul>{links(nav)}</ul></nav></header>\n'
            + '<div class="wrap main"><div class="col-left">\n'
            + '<div class="breadcrumb"><a href="/kinh-te.htm">Kinh tế</a> <span>›</span> <a href="/van-tai.htm">Vận tải</a></div>\n'
            + '<div class="detail-content">\n'
            + f'<h1 class="detail-title">{E(a["headline"])}</h1>\n'
            + f'<div class="detail-author-bar"><span class="detail-author">{E(a["author"])}</span> <span class="detail-time">{when(a).strftime("%d/%m/%Y %H:%M")}</span>'
            + ' <a class="follow-gg" href="#">Theo dõi Báo Giao thông trên Google News</a></div>\n'
            + f'<div class="detail-sapo"><p><strong>{E(a["standfirst"])}</strong></p></div>\n'
            + f'<div class="detail-cmain">\n{body}\n</div>\n'
            + '<div class="detail-zalo"><p>Nhận tin nổi bật mỗi ngày qua Zalo: quét mã QR hoặc bấm Quan tâm.</p></div>\n'
            + '<div class="detail-tags"><span>Tags:</span> <a href="/tag/cang-bien">cảng biển</a> <a href="/tag/container">container</a> <a href="/tag/hang-hai">hàng hải</a></div>\n'
            + '<div class="comment-box"><h3>Bình luận</h3><form><textarea placeholder="Ý kiến của bạn"></textarea><input type="text" placeholder="Họ tên"> <button type="button">Gửi bình luận</button></form></div>\n'
            + '</div>\n<div class="box-same"><h2>Tin cùng chuyên mục</h2>'
            + "".join(f'<div class="story"><h3><a href="/{token(t)}.htm">{E(t)}</a></h3><p>{E(s)}</p></div>' for t, s in same) + '</div>\n'
            + '</div><div class="col-right"><div class="box-mostread"><h2>Đọc nhiều</h2><ol>'
            + links(["Từ 1/7, xe không niên hạn sử dụng bị cấm lưu hành", "Cao tốc Bắc - Nam đoạn qua miền Trung thông xe thêm 3 dự án", "Giá xăng dầu hôm nay giảm nhẹ"])
            + '</ol></div><div class="qc"><div class="qc-label">Quảng cáo</div><div id="adsright"></div></div></div></div>\n'
            + f'<footer class="footer"><div class="wrap"><p>Cơ quan chủ quản: Bộ Xây dựng</p><p>© {E(site)}. Tổng biên tập: Nguyễn Thành Lợi.</p>'
            + '<p>Giấy phép số 156/GP-BTTTT. Tòa soạn: 126 Nguyễn Đình Chiểu, Hà Nội.</p></div></footer>\n</body>\n</html>\n')


# ---------------------------------------------------------------- nld (Người Lao Động-like)


def t_nld(a, lang):
    site = a["site"]

    def fig(it, n):
        return (f'<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="{img(a, n)}" alt="{A(it[1])}" class="lightbox-content" width="660"></div>'
                f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh">{E(it[1])} Ảnh: {E(a["author"].upper())}</p></figcaption></figure>')

    R = {"p": lambda it, n: f"<p>{E(it[1])}</p>", "h2": lambda it, n: f"<h3>{E(it[1])}</h3>", "fig": fig,
         "ul": lambda it, n: f"<ul>{lis(it[1])}</ul>"}
    ins = {}
    add(ins, spot(a, 3), ('<div class="VCSortableInPreviewMode link-content-footer" type="RelatedOneNews"><a class="link-callout" href="/suc-khoe/benh-tay-chan-mieng-tang-196250510.htm">'
                          '<img src="/thumb/tcm.jpg" alt=""><span class="title">Bệnh tay chân miệng tăng nhanh, nhiều trẻ nhập viện trong tình trạng nặng</span></a></div>'))
    body = blocks(a, R, ins)
    nav = ["Thời sự", "Quốc tế", "Lao động", "Bạn đọc", "Net zero", "Kinh tế", "Sức khỏe", "Giáo dục", "Pháp luật", "Văn hóa - Văn nghệ", "Thể thao", "Phụ nữ"]
    cmts = [("Minh Tuấn", "2 giờ trước", "Con tôi năm ngoái cũng bị sốt xuất huyết, đến ngày thứ tư hết sốt tưởng khỏi rồi, may mà bác sĩ dặn theo dõi kỹ nên đưa đi viện kịp."),
            ("Ngọc Lan", "1 giờ trước", "Khu tôi ở nhiều nhà nuôi cây thủy sinh và để lu nước ngoài sân. Mong phường tổ chức phun thuốc và kiểm tra thường xuyên hơn.")]
    same = [("TP HCM triển khai tiêm vắc xin sốt xuất huyết cho trẻ từ 4 tuổi", "Vắc xin được tiêm tại các cơ sở tiêm chủng dịch vụ, mỗi người cần hai mũi cách nhau ba tháng."),
            ("Nắng nóng kéo dài, nhiều người nhập viện vì say nắng", "Bác sĩ khuyến cáo người lao động ngoài trời uống đủ nước và nghỉ ngơi ở nơi thoáng mát.")]
    return (head(a, lang)
            + '<body>\n<div class="header"><div class="header__top"><a class="logo" href="/">' + E(site) + '</a>'
            + '<div class="header__right"><a href="/e-paper">Báo in</a> <a href="/login">Đăng nhập</a></div></div>'
            + f'<nav class="menu-nav"><ul>{links(nav)}</ul></nav></div>\n'
            + '<div class="container"><div class="detail-top"><div class="detail-cate"><a href="/suc-khoe.htm">Sức khỏe</a></div>'
            + f'<div class="detail-time"><div data-role="publishdate">{when(a).strftime("%d-%m-%Y - %H:%M")}</div></div></div>\n'
            + '<div class="detail-main"><div class="detail-cmain">\n'
            + f'<h1 class="detail-title" data-role="title">{E(a["headline"])}</h1>\n'
            + f'<div class="detail-info"><div class="detail-author"><a href="/tac-gia/thu-hang.htm">{E(a["author"])}</a></div>'
            + '<div class="detail-tool"><a href="#">Chia sẻ</a> <a href="#">Zalo</a> <a href="#">Lưu</a> <a href="#">Gửi email</a> <a href="#">In</a></div>'
            + '<div class="audio-reader"><button>Nghe đọc bài</button><span>00:00</span></div></div>\n'
            + f'<h2 class="detail-sapo" data-role="sapo">{E(a["dateline"] + a["standfirst"])}</h2>\n'
            + f'<div class="detail-content afcbc-body" data-role="content">\n{body}\n</div>\n'
            + '<div class="detail-tag"><span>Từ khóa:</span> <a href="/sot-xuat-huyet.html">sốt xuất huyết</a> <a href="/tre-em.html">trẻ em</a> <a href="/benh-vien-nhi-dong-2.html">Bệnh viện Nhi Đồng 2</a></div>\n'
            + '<div class="detail-comment"><h3 class="title-comment">Bình luận (5)</h3><form><textarea placeholder="Viết bình luận..."></textarea><button type="button">Gửi</button></form><ul>'
            + "".join(f'<li class="item-comment"><span class="name">{E(u)}</span> <span class="time">{E(t)}</span><p class="content">{E(x)}</p><a href="#">Trả lời</a> <a href="#">Thích</a></li>' for u, t, x in cmts)
            + '</ul><a class="view-more-comment" href="#">Xem thêm bình luận</a></div>\n'
            + '</div>\n<div class="detail-sidebar"><div class="box-read-most"><h3>Đọc nhiều</h3><ol>'
            + links(["Giá vàng hôm nay tăng mạnh trở lại", "TP HCM điều chỉnh giờ học một số trường", "Cao điểm mưa lớn, người dân cần chủ động phòng tránh"])
            + '</ol></div></div></div>\n'
            + '<div class="box-same-zone"><h2>Tin cùng chuyên mục</h2>'
            + "".join(f'<div class="box-category-item"><h3><a href="/{token(t)}.htm">{E(t)}</a></h3><p class="sapo">{E(s)}</p></div>' for t, s in same)
            + '<a class="load-more" href="#">Xem thêm</a></div>\n</div>\n'
            + '<div class="app-banner"><p>Tải ứng dụng Báo Người Lao Động để đọc tin nhanh hơn</p><a href="#">App Store</a> <a href="#">Google Play</a></div>\n'
            + '<div class="popup-login" style="display: none;"><p>Đăng nhập để bình luận và lưu bài viết</p></div>\n'
            + f'<footer class="footer"><p>Cơ quan chủ quản: Thành ủy TP Hồ Chí Minh. {E(site)}.</p><p>Tổng Biên tập: Tô Đình Tuân. Giấy phép số 115/GP-BTTTT.</p>'
            + '<p>Địa chỉ: 127 Võ Văn Tần, Phường Võ Thị Sáu, Quận 3, TP HCM.</p></footer>\n</body>\n</html>\n')


# ---------------------------------------------------------------- joomla (district portal, windows-1258)


def t_joomla(a, lang):
    site = a["site"]
    parts = []
    for it in a["body"]:
        if it[0] == "p":
            parts.append(E(it[1]))
        elif it[0] == "quote":
            parts.append(f"<em>“{E(it[1])}”</em>")
        else:
            raise ValueError(it[0])
    body = (f'<p style="text-align: justify;"><strong>{E(a["standfirst"])}</strong></p>\n'
            f'<p style="text-align: center;"><img src="/images/tin-tuc/2025/11/{token(a["name"], n=10)}.jpg" alt="co giao Xuan" width="600" /></p>\n'
            '<p style="text-align: justify;">' + "<br />\n<br />\n".join(parts) + "</p>\n"
            f'<p style="text-align: right;"><strong>{E(a["author"])}</strong><br />(Trung tâm Văn hóa - Thông tin và Thể thao huyện)</p>')
    d = when(a)
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]
    latest = ["Huyện Sơn Lâm tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025", "Ra quân chăm sóc, bảo vệ rừng mùa khô", "Hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội",
              "Trao nhà Đại đoàn kết cho hộ nghèo xã Nậm Khiêng"]
    return ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">\n<head>\n'
            '<meta http-equiv="content-type" content="text/html; charset=windows-1258" />\n'
            '<meta name="keywords" content="Sơn Lâm, cổng thông tin, gương điển hình" />\n'
            '<meta name="author" content="' + A(a["author"]) + '" />\n'
            '<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
            f'<title>{E(a["headline"])} - {E(site)}</title>\n'
            '<link href="/templates/protostar/css/template.css" rel="stylesheet" type="text/css" />\n'
            '<script src="/media/jui/js/jquery.min.js" type="text/javascript"></script>\n</head>\n'
            '<body class="site com_content view-article no-layout no-task itemid-142">\n<div class="body"><div class="container">\n'
            f'<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><h1 class="site-title">{E(site.upper())}</h1></a>'
            '<div class="header-search pull-right"><form action="/index.php" method="post"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." /></form></div></div></header>\n'
            f'<nav class="navigation" role="navigation"><ul class="nav menu nav-pills">{links(menu, "/index.php/")}</ul></nav>\n'
            '<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li>'
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span></li>'
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc" class="pathway"><span itemprop="name">Tin tức</span></a><span class="divider"> / </span></li>'
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">Gương điển hình</span></li></ul></div>\n'
            '<div class="row-fluid"><div id="sidebar" class="span3"><div class="sidebar-nav">\n'
            f'<div class="moduletable"><h3>Tin mới</h3><ul class="latestnews">{links(latest, "/index.php/tin-tuc/")}</ul></div>\n'
            '<div class="moduletable"><h3>Liên kết website</h3><select name="lienket" onchange="window.open(this.value)"><option value="">-- Chọn website --</option><option value="http://tinh.example.gov.vn">Cổng TTĐT tỉnh</option><option value="http://chinhphu.example.vn">Cổng TTĐT Chính phủ</option></select></div>\n'
            '<div class="moduletable"><h3>Thống kê truy cập</h3><p>Đang online: 23</p><p>Hôm nay: 1.204</p><p>Tổng lượt truy cập: 2.384.551</p></div>\n'
            '</div></div>\n<main id="content" role="main" class="span9">\n<div id="system-message-container"></div>\n'
            '<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />\n'
            f'<div class="page-header"><h2 itemprop="headline">{E(a["headline"])}</h2></div>\n'
            '<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span></a>'
            '<ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow">In</a></li><li class="email-icon"><a href="#">Email</a></li></ul></div></div>\n'
            '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
            f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{E(a["author"])}</span></dd>'
            '<dd class="category-name">Chuyên mục: <a href="/index.php/tin-tuc/guong-dien-hinh" itemprop="genre">Gương điển hình</a></dd>'
            f'<dd class="published"><span class="icon-calendar"></span><time datetime="{a["date"]}" itemprop="datePublished">Ngày đăng: {d.day} Tháng {d.month} {d.year}</time></dd>'
            '<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:1387" />Lượt xem: 1387</dd></dl>\n'
            f'<div itemprop="articleBody">\n{body}\n</div>\n'
            '<ul class="pager pagenav"><li class="previous"><a href="/index.php/tin-tuc/guong-dien-hinh/1841" rel="prev">&lt; Trước</a></li><li class="next"><a href="/index.php/tin-tuc/guong-dien-hinh/1843" rel="next">Tiếp &gt;</a></li></ul>\n'
            '</div>\n</main>\n</div>\n</div></div>\n'
            f'<footer class="footer" role="contentinfo"><div class="container"><hr /><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Sơn Lâm</p><p>Địa chỉ: Tổ dân phố 3, thị trấn Sơn Lâm. Điện thoại: 0214.3876.123</p>'
            '<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p><p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p></div></footer>\n</body>\n</html>\n')


# ---------------------------------------------------------------- xjkb (新京报-like)


def t_xjkb(a, lang):
    site = a["site"]

    def fig(it, n):
        return (f'<p style="text-align: center;"><img src="{img(a, n)}" alt=""></p>'
                f'<p style="text-align: center;" class="img-desc">{E(it[1])}{E(a["credit"])}</p>')

    first = True

    def para(it, n):
        nonlocal first
        pre = a["dateline"] if first else ""
        first = False
        return f"<p>{E(pre + it[1])}</p>"

    R = {"p": para, "fig": fig}
    body = blocks(a, R)
    nav = ["首页", "时事", "北京", "财经", "评论", "文化", "娱乐", "体育", "科技", "教育", "健康", "视频"]
    rec = [("北京今冬首场降雪将至，交管部门提示提前规划出行", "受冷空气影响，北京19日夜间至20日将迎来小雪天气，部分山区路段可能出现积雪结冰。"),
           ("春运过半，京港澳高速北京段日均车流量超12万辆", "交管部门在重点收费站增派警力，引导车辆有序通行，减少拥堵。"),
           ("北京开展货车超限超载专项治理，已查处违法车辆3000余辆", "治理行动将持续至年底，重点查处夜间违法上路和非法改装等行为。")]
    hot = ["北京地铁多条线路延长运营时间", "京津冀将新增三条城际铁路", "北京中小学寒假安排公布", "多部门提醒：春节返程注意防范疲劳驾驶"]
    return (head(a, lang, jsonld=False, title=f'{a["headline"]} | {site}')
            + '<body>\n<div class="header"><div class="w1200"><a class="logo" href="/">' + E(site) + '</a><ul class="nav">'
            + links(nav) + '</ul><div class="user"><a href="/login">登录</a> <a href="/app">客户端</a></div></div></div>\n'
            + '<div class="w1200 main"><div class="fl left">\n'
            + '<div class="crumbs"><a href="/">首页</a> &gt; <a href="/beijing/">北京</a> &gt; <span>正文</span></div>\n'
            + '<div class="bodyTitle"><div class="title">'
            + f'<h1>{E(a["headline"])}</h1>'
            + f'<div class="span"><span class="author">记者 {E(a["author"])}</span><span class="date">{zh_date(a)}</span><span class="source">来源：{E(site)}</span></div>'
            + '<div class="share"><span>分享到：</span><a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div></div></div>\n'
            + f'<div class="content"><div id="contentStr">\n{body}\n</div>\n'
            + '<p class="editor">编辑 杨娟娟 校对 李铭</p>\n'
            + '<div class="report"><a href="/jubao">举报/反馈</a></div></div>\n'
            + f'<div class="app-appeal"><img src="/images/qr.png" alt=""><p>下载{E(site)}APP 看更多精彩内容</p></div>\n'
            + '<div class="recommend"><h3>相关推荐</h3><ul>'
            + "".join(f'<li><a href="/detail/{token(t, n=15)}.html"><h4>{E(t)}</h4></a><p>{E(s)}</p></li>' for t, s in rec) + '</ul></div>\n'
            + '</div><div class="fr right"><div class="hotlist"><h3>24小时热榜</h3><ol>' + links(hot, "/detail/") + '</ol></div>'
            + '<div class="ad"><span>广告</span></div></div></div>\n'
            + f'<div class="footer"><p>{E(site)}版权所有 京ICP备12345678号-1 京公网安备11010502012345号</p><p>违法和不良信息举报电话：010-6555 0000 举报邮箱：jubao@example.cn</p></div>\n'
            + '</body>\n</html>\n')


# ---------------------------------------------------------------- meijing (每日经济新闻-like, GB18030)


def t_meijing(a, lang):
    site = a["site"]
    R = {"p": lambda it, n: f"<p>{E(it[1])}</p>", "h2": lambda it, n: f"<p><strong>{E(it[1])}</strong></p>",
         "table": lambda it, n: f'<table border="1" cellspacing="0" cellpadding="4" align="center">{table_rows(it[1])}</table>'}
    body = (f'<p>每经记者：{E(a["author"])}　　　　每经编辑：何小桃</p>\n' + blocks(a, R)
            + f'\n<p>{E(a["credit"])}</p>')
    nav = ["首页", "宏观", "金融", "公司", "证券", "汽车", "科技", "城市", "房产", "视频", "专题"]
    flash = [("17:58", "国家统计局：一季度国内生产总值同比增长5.4%"), ("17:41", "央行：3月末广义货币余额同比增长7.0%"), ("17:20", "A股三大指数收涨，消费电子板块领涨")]
    rel = ["3月份规模以上工业增加值同比增长7.7%", "商务部：以旧换新补贴资金第二批已下达", "一季度全国居民人均可支配收入同比名义增长5.5%"]
    hot = [("家电以旧换新带动销售回暖，龙头企业一季度业绩预增", "多家家电上市公司发布业绩预告，净利润增幅普遍在两成以上，空调、冰箱等品类销量增长明显。"),
           ("服务消费成新增长点，多地出台文旅消费券", "各地围绕文旅、体育、餐饮等领域推出消费券和优惠活动，带动假日消费明显升温。")]
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="gb18030">\n'
            f'<title>{E(a["headline"])}|{E(site)}</title>\n'
            f'<meta name="keywords" content="社会消费品零售总额,以旧换新,消费">\n<meta name="description" content="{A(a["standfirst"])}">\n'
            + pagekit.og(a, "zh_CN") + '\n</head>\n'
            + '<body>\n<div class="g-top"><div class="g-wrap"><a class="logo" href="/">' + E(site) + '</a><ul class="m-nav">' + links(nav)
            + '</ul><div class="u-login"><a href="/login">登录</a> <a href="/reg">注册</a></div></div></div>\n'
            + '<div class="g-wrap"><div class="m-crumb"><a href="/">首页</a> &gt; <a href="/columns/macro/">宏观</a> &gt; 正文</div>\n'
            + '<div class="g-main"><div class="g-article">\n<div class="g-article-top">'
            + f'<h1>{E(a["headline"])}</h1>'
            + f'<p class="source"><span>{E(site)}</span> <span class="time">{zh_date(a)}:16</span></p>'
            + '<div class="m-share"><span>分享至：</span><a href="#">微信</a> <a href="#">微博</a></div></div>\n'
            + f'<div class="g-article-abstract"><span class="u-label">摘要</span><p>{E(a["standfirst"])}</p></div>\n'
            + f'<div class="g-articl-text">\n{body}\n</div>\n'
            + '<div class="g-article-notice"><p>特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。如您不希望作品出现在本站，可联系我们要求撤下您的作品。</p>'
            + f'<p>如需转载请与《{E(site)}》报社联系。未经《{E(site)}》报社授权，严禁转载或镜像，违者必究。</p><p>读者热线：4008890008</p></div>\n'
            + f'<div class="m-app"><img src="/images/app-qr.png" alt=""><p>欢迎关注{E(site)}APP</p></div>\n'
            + '<div class="m-related"><h3>相关阅读</h3><ul>' + links(rel, "/2025/04/") + '</ul></div>\n'
            + '<div class="m-hot"><h3>热门推荐</h3>' + "".join(f'<div class="item"><h4><a href="/{token(t)}.html">{E(t)}</a></h4><p>{E(s)}</p></div>' for t, s in hot) + '</div>\n'
            + '</div>\n<div class="g-side"><div class="m-index"><h3>行情</h3><ul><li>上证指数 3276.73 +0.26%</li><li>深证成指 9785.12 -0.41%</li><li>创业板指 1918.35 -0.68%</li></ul></div>'
            + '<div class="m-flash"><h3>每经24小时</h3><ul>' + "".join(f'<li><span class="t">{t}</span><a href="/{token(x)}.html">{E(x)}</a></li>' for t, x in flash) + '</ul></div></div></div></div>\n'
            + f'<div class="g-footer"><p>{E(site)}报社版权所有 蜀ICP备12345678号</p><p>互联网新闻信息服务许可证：51120180001</p></div>\n</body>\n</html>\n')


# ---------------------------------------------------------------- paimob (澎湃 mobile-like, <br> body)


def t_paimob(a, lang):
    site = a["site"]
    parts = []
    for it in a["body"]:
        if it[0] == "p":
            parts.append(E(it[1]) + "<br><br>")
        elif it[0] == "h2":
            parts.append(f"<strong>{E(it[1])}</strong><br><br>")
        elif it[0] == "ul":
            parts.append("<br>".join(E(x) for x in it[1]) + "<br><br>")
        else:
            raise ValueError(it[0])
    body = "\n".join(parts)
    rec = [("暑期将至，儿童眼科门诊迎来就诊高峰", "上海新闻", "1小时前", "评论 34"),
           ("教育部：中小学每天保障学生校园体育活动2小时", "教育家", "3小时前", "评论 218"),
           ("角膜塑形镜价格下降，专家提醒验配须到正规医疗机构", "健康", "5小时前", "评论 57")]
    return (head(a, lang, jsonld=False, title=f'{a["headline"]}_{site}')
            + '<body>\n<div class="app-top-banner"><img src="/img/logo-app.png" alt=""><span>打开湃闻APP，阅读体验更佳</span><a class="btn-open" href="#">打开</a></div>\n'
            + f'<div class="header-m"><a class="logo" href="/">{E(site)}</a><a class="search" href="/search">搜索</a></div>\n'
            + '<div class="news_part_father"><div class="news_part">\n'
            + f'<div class="news_title"><h1>{E(a["headline"])}</h1></div>\n'
            + f'<div class="news_about"><p>湃闻记者 {E(a["author"])}</p><p><span>{zh_date(a)}</span> <span>来源：{E(site)}</span></p></div>\n'
            + f'<div class="news_txt" data-size="standard">\n{body}\n</div>\n'
            + '<div class="news_editor"><p>责任编辑：黄霁洁　图片编辑：蒋立冬</p><p>校对：施鋆</p></div>\n'
            + f'<div class="news_baoliao">{E(site)}报料：021-962866</div>\n<div class="news_copyright">{E(site)}，未经授权不得转载</div>\n'
            + '<div class="news_like"><span class="zan">+1</span><span class="num">128</span> <span>收藏</span> <span>分享</span></div>\n'
            + '<div class="news_keyword">关键词 &gt;&gt; <a href="/search?k=近视">近视</a> <a href="/search?k=爱眼日">爱眼日</a> <a href="/search?k=户外活动">户外活动</a></div>\n'
            + '</div></div>\n<div class="news_recommend"><h2>相关推荐</h2>'
            + "".join(f'<div class="card"><a href="/newsDetail_forward_{token(t, n=8)}"><h3>{E(t)}</h3></a><p class="card_info"><span>{E(s)}</span> <span>{E(tm)}</span> <span>{E(c)}</span></p></div>' for t, s, tm, c in rec)
            + '<a class="more_btn" href="#">打开APP，查看更多精彩内容</a></div>\n'
            + '<div class="app-modal" style="display:none"><p>下载湃闻APP，参与讨论</p><a href="#">立即下载</a></div>\n'
            + f'<div class="footer-m"><p>沪ICP备12345678号</p><p>© 2014-2025 {E(site)}</p></div>\n</body>\n</html>\n')


# ---------------------------------------------------------------- jiexian (界面 new layout)


def t_jiexian(a, lang):
    site = a["site"]

    def para(it, n):
        t = it[1]
        for lab in ("界线新闻：", "吴国栋："):
            if t.startswith(lab):
                return f"<p><strong>{E(lab)}</strong>{E(t[len(lab):])}</p>"
        return f"<p>{E(t)}</p>"

    def fig(it, n):
        return (f'<figure class="image"><img src="{img(a, n)}" alt=""><figcaption>{E(it[1])}</figcaption></figure>'
                f'<p class="pic-source">{E(a["credit"])}</p>')

    R = {"p": para, "fig": fig, "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>"}
    body = (f'<p>{E(site)}记者 | {E(a["author"])}</p>\n' + blocks(a, R)
            + f'\n<p>{E(site)}编辑 | 翟瑞民</p>')
    nav = ["首页", "快报", "商业", "财经", "文化", "生活", "国际", "评论", "视频", "界线号"]
    rel = [("景德镇“陶溪川”的年轻人：在老厂房里做陶瓷生意", "每到周末，陶溪川的创意市集上都有上千个摊位。摊主大多是外地来的年轻人，他们在这里租工作室、开网店。"),
           ("非遗传承人平均年龄超过60岁，手艺如何找到接班人", "多地尝试通过职业院校定向培养、设立传承补贴等方式吸引年轻人入行，但效果仍有待观察。")]
    cmts = [("陶土爱好者", "去过一次景德镇，在小作坊里看师傅画坯，真的是一笔一笔慢慢来，很感动。"),
            ("江西老表", "青花咖啡杯这个想法很好，传统手艺就是要和现在的生活结合起来。")]
    return (head(a, lang, title=f'{a["headline"]}|{site}')
            + f'<body>\n<div class="header"><div class="header-container"><a class="logo" href="/">{E(site)}</a><ul class="nav">{links(nav)}</ul>'
            + '<div class="header-right"><a href="/search">搜索</a> <a href="/login">登录</a> <a href="/app">下载APP</a></div></div></div>\n'
            + '<div class="container"><div class="article-view"><div class="article-header">\n'
            + '<div class="article-header-tag"><a href="/lists/130.html">人物</a></div>\n'
            + f'<h1>{E(a["headline"])}</h1>\n'
            + f'<div class="article-info"><span class="author"><a href="/user/{token(a["author"])}.html">{E(a["author"])}</a></span> <span class="date">{zh_date(a, "/")}</span> <span class="source">来源：{E(site)}</span></div>\n'
            + f'<p class="article-summary">{E(a["standfirst"])}</p></div>\n'
            + f'<div class="article-main"><div class="article-content">\n{body}\n</div>\n'
            + '<div class="article-copyright"><p>版权声明：未经正式授权严禁转载本文，侵权必究。</p></div>\n'
            + '<div class="article-tags"><a href="/tags/jingdezhen.html">#景德镇</a> <a href="/tags/feiyi.html">#非遗</a> <a href="/tags/jiangren.html">#匠人</a></div>\n'
            + '<div class="article-actions"><span class="like">赞 86</span> <span>收藏</span> <span>分享</span></div>\n'
            + f'<div class="article-app"><a href="/app">打开{E(site)}APP，查看原文</a></div>\n'
            + f'<div class="author-card"><img src="/avatar/{token(a["author"])}.jpg" alt=""><div><p class="name">{E(a["author"])}</p><p class="desc">{E(site)}文化记者，关注手工艺、非遗与城市文化。</p></div><button>关注</button></div>\n'
            + '<div class="comment"><h3>评论</h3><form><textarea placeholder="说说你的看法"></textarea><button type="button">发表</button></form><ul>'
            + "".join(f'<li><span class="user">{E(u)}</span><p>{E(x)}</p><span>回复</span> <span>赞</span></li>' for u, x in cmts) + '</ul></div>\n'
            + '<div class="related-article"><h3>相关文章</h3>'
            + "".join(f'<div class="news-view"><h4><a href="/article/{token(t, n=8)}.html">{E(t)}</a></h4><p class="summary">{E(s)}</p></div>' for t, s in rel)
            + '</div>\n</div></div>\n<div class="side"><div class="hot-list"><h3>24小时热文</h3><ol>'
            + links(["年轻人为什么开始逛县城", "一家老字号的第四次转型", "城市更新中的老街区保护"], "/article/")
            + '</ol></div></div></div>\n'
            + f'<div class="footer"><p>© 2025 {E(site)} 沪ICP备12345678号</p></div>\n</body>\n</html>\n')


# ---------------------------------------------------------------- the pages


TEMPLATES = {"calitimes": t_calitimes, "ideasmag": t_ideasmag, "nbn": t_nbn, "blogger": t_blogger,
             "cand": t_cand, "bgt": t_bgt, "nld": t_nld, "joomla": t_joomla,
             "xjkb": t_xjkb, "meijing": t_meijing, "paimob": t_paimob, "jiexian": t_jiexian}

PAGES = [
    ("en", "freeway-crash", "calitimes", "calitimes-freeway-crash", {}),
    ("en", "small-towns", "ideasmag", "ideasmag-small-towns", {}),
    ("en", "jobs-report", "nbn", "nbn-jobs-report", {}),
    ("en", "reading-recovery", "blogger", "blogger-reading-br", {}),
    ("vi", "lua-dao-dau-tu", "cand", "cand-lua-dao", {}),
    ("vi", "cang-bien", "bgt", "bgt-cang-bien", {}),
    ("vi", "sot-xuat-huyet", "nld", "nld-sot-xuat-huyet", {}),
    ("vi", "co-giao-vung-cao", "joomla", "joomla-co-giao-br-cp1258", {"encoding": "windows-1258"}),
    ("zh", "huoche-zhuangche", "xjkb", "xjkb-huoche", {}),
    ("zh", "xiaofei-shuju", "meijing", "meijing-xiaofei-gb18030", {}),
    ("zh", "jinshi-fangkong", "paimob", "paimob-jinshi-br", {}),
    ("zh", "jiangren-fangtan", "jiexian", "jiexian-jiangren", {}),
]


def main():
    total = 0
    render = lambda template, a, lang, k: TEMPLATES[template](a, lang)  # noqa: E731
    for lang, name, template, a, n in build_pages(OUT, articles13.ARTICLES, PAGES, render, gold13):
        total += n
        print(f"{lang}/{name}: {template}, {a.get('encoding', 'utf-8')}, {n} gold lines")
    print(f"{len(PAGES)} pages, {total} gold lines: all checks passed")


if __name__ == "__main__":
    main()
