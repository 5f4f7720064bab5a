#!/usr/bin/env python3
"""The ninth held-out set (tests/pages/heldout9/{en,vi,zh}): new articles (articles9.py) in new
templates, written blind: without looking at the extractor's code, its tests or its output, and
without running it. Not yet scored; nothing was tuned on it. It imports only articles9.py and the
shared helpers of pagekit.py (its chrome is its own).

    python3 tests/pages/heldout9.py

writes the 12 pages and their golds, then checks them with pagekit.check_page (every gold line
is in its page's visible text, with script, style, title, <select>, <textarea>, hidden and
display:none elements left out; the tags balance and no block sits in a <p>; the legacy pages
decode strictly in the charset they declare and are not valid UTF-8). Deterministic: the same
bytes every run.

Templates, each imitating the markup habits of a kind of site no other set uses (the sites are
fictitious, example.* addresses):

  tabloid     a UK tabloid (Daily Mail-like), English: a consent wall, "Latest Headlines"
              ticker, the headline over a bullet-point summary in ul.mol-bullets-with-font
              (gold: the tabloid's standfirst) and no other standfirst, "By NAME FOR THE ..."
              and "Published: ... | Updated: ..." lines, share icons with a share count and
              "View comments", p.mol-para-with-font paragraphs with a "Scroll down for video"
              paragraph in the same class, subheadings as bold spans in that class, long
              p.imageCaption captions under images with the agency credit in a span over the
              picture, a "RELATED ARTICLES" carousel (Previous 1 Next, "Share this article")
              and "Advertisement" slots in the middle of the body, a video player with the
              title of a clip, "Share or comment on this article:" after the body, comments
              ("The comments below have not been moderated", names with towns, rating
              counts), "MORE TOP STORIES" puffs with summaries, "DON'T MISS", a publisher
              footer; a display:none sticky video.
  aggregator  a news aggregator's reader view (Google-News-like), English: search bar, topic
              tabs, a "Health" topic header with Follow, the publisher's source chip (logo,
              name, "5 hours ago"), the story with its dateline in the first paragraph, an
              "Advertisement" slot, a related video card, "More like this / Fewer stories like
              this" tools, then a "Full coverage" block: "Top coverage" headlines each with a
              source chip and time, "Perspectives" with opinion snippets in full sentences,
              "Frequently asked questions" whose answers are sentences from other sources,
              a timeline, "Fact check", "See full coverage"; "Picks for you" cards and a
              hidden sign-in prompt.
  asiadaily   an Asian English daily (Straits Times/Times of India-like): "Download app" banner,
              breadcrumbs, byline with role, "Updated" line, figcaptions with "PHOTO: NAME"
              credits in the same text node as the caption, a "READ MORE HERE" box and an
              "Also Read" card in the body, a "Download the Courier app" promo box between
              paragraphs, a pull quote repeating a body sentence, a "Join ... WhatsApp
              channel" line as the body's last paragraph, topics, "Start a Conversation"
              comments, "More in Education" with summaries, trending topics, footer with a
              company registration number.
  vtcnews     a Vietnamese broadcaster's news site (VTC News/Lao Động-like): date and weather
              in the header, breadcrumbs, "Nghe đọc bài" and font-size tools, the sapo in an
              h2 with the "(VTN) - " prefix, related links under the sapo, a video player of
              another clip (Phát / Tắt tiếng, duration, "Video: ..." title) at the head of the
              body, captions with "(Ảnh: ...)" inside the caption's p, bold-paragraph
              subheadings, ">> Xem thêm:" link lines and a "Xem thêm" list box in the body, the
              author bold and right-aligned, a "Theo dòng sự kiện" timeline box (before or
              after the body), a "Bạn đang đọc bài viết ... tại chuyên mục ..." line, keywords,
              comments, "Tin nổi bật" with summaries, the licence footer; a display:none login
              popup.
  vncontent   an old Vietnamese trade paper (one page windows-1258 in http-equiv, one UTF-8):
              table-free but everything in one div.content split by <br><br>: the update line
              and view count, the headline in <b><font>, the sapo in <b>, subheadings in <b>,
              images centred with an <i> caption and "(Ảnh: ...)" after it, list items as
              "- " lines, a quote as an italic line, a bordered table, a "Bài liên quan:" link
              line and the bold right-aligned author inside the same div, "(Theo ...)" line,
              [In bài] [Gửi cho bạn bè] tools, "Các tin khác" with dates, an opinion form, a
              visitor counter; no JSON-LD or og:.
  xhfinance   a Chinese financial wire/daily (Xinhua Finance / 21st Century Business Herald-like;
              one page UTF-8, one GBK in http-equiv): 当前位置 breadcrumb, 来源/作者 line with
              字号, a 【导读】 box holding the standfirst, the body opening with a dateline
              ("新华财讯北京8月23日电（记者…）") or a staff line ("新华财讯记者 … 北京报道"),
              bold-paragraph subheadings, captions and "… 摄" in one centred p, a chart caption
              with a separate 数据来源 line, an app-download line mid-body, 记者/编辑/校对 and
              （原标题：…） lines and a 声明 disclaimer at the end, 点赞, 相关新闻 with dates,
              热点推荐 with summaries, 24小时热榜, QR box, ICP footer; a hidden login modal.
  zhihu       a Chinese Q&A site's column (Zhihu-like): AppHeader with search and 登录/注册, the
              column's title image, author card (badge text, 关注), "N 人赞同了该文章", the
              RichText body with the standfirst as its first paragraph, figures with
              data-caption and <noscript> images, a LinkCard to another post, the author's own
              "点个赞" appeal and "本文首发于公众号…" notice as the body's last paragraphs,
              编辑于 … · IP 属地, topics, the action bar with zero-width spaces (赞同 / 评论 /
              分享 / 喜欢 / 收藏 / 申请转载), comments with IP 属地 and replies, 推荐阅读 cards
              with excerpts, 文章被以下专栏收录, the article again in js-initialData JSON, a
              hidden login modal and an "打开App" banner.
  zhportal    a Chinese city news portal in GB18030 (http-equiv, XHTML 1.0): 设为首页 / 加入收藏,
              当前位置 with ">>", 发布时间/来源/作者/点击数 (written by a script)/【字体：大 中
              小】 line, a 内容摘要 box, full-width-indented paragraphs, bold subheadings, the
              caption and "… 摄" in one centred p, 【责任编辑：…】, 【打印】【关闭】【收藏】,
              上一篇 / 下一篇 with full-sentence headlines, 相关文章, 网友评论 with a disclaimer,
              a comment form, 热点排行, ICP footer.

What is gold follows tests/pages/README.md and the judgements of heldout3-7: headline,
standfirst, paragraphs, subheadings, list items, block quotes, figure captions (without their
credits), table cells. Judgements this set makes on chrome of new shapes:
  - Gold: the tabloid's bullet-point summary at the top (it is the tabloid's standfirst; the
    tabloid page prints no other standfirst, so the standfirst is not in its gold); the
    standfirst inside the 【导读】 box and the 内容摘要 box (not the labels); the Zhihu post's
    first paragraph (the standfirst); a chart caption of two words ("蛋价走势"); the short
    lines of the articles ("Who decides?", "Water breaks.", "Red alerts are rare.", "The next
    update is due on Monday.", "Người mua hàng không bị phạt.", "截止日期为6月30日。"); the
    sentence that attributes a block quote.
  - NOT gold: "Scroll down for video"; "By NAME FOR THE DAILY COURIER"; share counts; the
    "RELATED ARTICLES" carousel; the video clip's title; "Share or comment on this article:";
    the aggregator's source chips, topic header, "Full coverage" block (its FAQ answers too,
    though they read like the explainer's); the dateline before the first paragraph
    ("PORT ALDER —", "新华财讯北京8月23日电（记者周雨桐）") and the staff line; "PHOTO: ..."
    credits even in the caption's own text node, "(Ảnh: ...)", "… 摄", 数据来源 lines;
    "READ MORE HERE", "Also Read", app promos, "Join ... channel"; the pull quote; the "(VTN) - "
    sapo prefix; related links under the sapo; "Xem thêm" lines and boxes; the
    "Theo dòng sự kiện" box; "Bạn đang đọc bài viết ..."; the author's name; "(Theo ...)";
    "Bài liên quan:"; 【导读】 and 内容摘要 labels; the app-download line; 记者/编辑/校对,
    （原标题：…）, 声明, 【责任编辑：…】; the LinkCard; the author's appeal and 首发 notice in
    the body's own paragraphs; 编辑于 / IP 属地; the action bar; 上一篇 / 下一篇.
"""

import functools
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles9  # noqa: E402
import pagekit  # noqa: E402
from pagekit import E, A, EN_MONTHS, VI_DAYS, blocks, when, ld, gold_lines, build_pages, add, paras  # noqa: E402

OUT = os.path.join(HERE, "heldout9")

token = functools.partial(pagekit.token, n=6)


# ---------------------------------------------------------------- gold and shared pieces


def gold9(a):
    """The article's text, one block a line: pagekit.gold_lines, without the standfirst where
    the page does not print it, with the bullet-point summary after the headline where it
    does."""
    b = dict(a)
    if not a.get("print_standfirst", True):
        b["standfirst"] = ""
    lines = gold_lines(b)
    if a.get("show_bullets"):
        lines[1:1] = a["bullets"]
    return lines


def spot(a, m):
    """The item after which a box goes: the m-th paragraph (or later) that is followed by a
    paragraph or subheading and does not lead into a list or table."""
    items = a["body"]
    for n in paras(a)[min(m, len(paras(a)) - 1):]:
        if n + 1 < len(items) and items[n + 1][0] in ("p", "h2") and not items[n][1].endswith((":", "：")):
            return n
    return paras(a)[-2]


def lists(kind, items, cls="", li=""):
    return f"<{kind}{cls}>" + "".join(f"<li{li}>{E(x)}</li>" for x in items) + f"</{kind}>"


def table_html(rows, cls="", th=True):
    out = []
    for r, row in enumerate(rows):
        c = "th" if (r == 0 and th) else "td"
        out.append("<tr>" + "".join(f"<{c}>{E(x)}</{c}>" for x in row) + "</tr>")
    return f"<table{cls}>" + "".join(out) + "</table>"


def news_ld(a, lang, desc=None):
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["headline"],
           "description": desc if desc is not None else a.get("standfirst", ""),
           "datePublished": a["date"], "dateModified": a["date"], "inLanguage": lang,
           "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]},
           "author": [{"@type": "Person", "name": a["author"]}],
           "publisher": {"@type": "Organization", "name": a["site"]}}
    return '<script type="application/ld+json">' + ld(obj) + "</script>"


def og(a, locale, desc=None):
    lines = [f'<meta property="og:site_name" content="{A(a["site"])}">',
             f'<meta property="og:title" content="{A(a["headline"])}">',
             f'<meta property="og:description" content="{A(desc if desc is not None else a.get("standfirst", ""))}">',
             f'<meta property="og:url" content="{A(a["url"])}">', '<meta property="og:type" content="article">',
             f'<meta property="og:locale" content="{locale}">',
             f'<meta property="article:published_time" content="{a["date"]}">']
    return "\n".join(lines)


LOCALE = {"en": "en_GB", "vi": "vi_VN", "zh": "zh_CN"}


def head(a, lang, charset="utf-8", decl="meta", meta_ld=True, extra="", title=None, desc=None,
         doctype="<!DOCTYPE html>", html_attr=None):
    cs = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if decl == "http-equiv"
          else f'<meta charset="{charset}">')
    t = title if title is not None else f'{a["headline"]} | {a["site"]}'
    ha = html_attr or f'lang="{lang}"'
    return (f'{doctype}\n<html {ha}>\n<head>\n{cs}\n<title>{E(t)}</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            + (og(a, LOCALE[lang], desc) + "\n" + news_ld(a, lang, desc) + "\n" if meta_ld else "") + extra + "</head>\n")


def d_en(a):
    d = when(a)
    off = int(d.utcoffset().total_seconds() // 3600)
    tz = {0: "GMT", 1: "BST"}.get(off, f"GMT+{off}")
    return f"{d.hour:02d}:{d.minute:02d} {tz}, {d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def d_vi(a):
    d = when(a)
    return f"{VI_DAYS[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d} (GMT+07:00)"


def d_zh(a):
    d = when(a)
    return f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}"


def img(a, n, base="https://i.example.com/img"):
    return f'<img src="{base}/{token(a["name"], n, n=10)}.jpg" alt="" width="636" height="423">'


# ---------------------------------------------------------------- tabloid


TB = dict(
    consent=("We value your privacy",
             "We, Courier Media Ltd, and our 214 partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers and browsing data, for personalised advertising and content, advertising and content measurement, audience research and services development. You can change your choices at any time by clicking Privacy Settings at the bottom of every page.",
             ["AGREE", "MORE OPTIONS"]),
    nav=["Home", "News", "Royals", "U.S.", "Sport", "TV", "Showbiz", "Femail", "Health", "Science", "Money", "Travel", "Podcasts", "Shopping"],
    sub=["Health Home", "Diets", "Fitness", "Mental health", "Cancer", "Heart", "Parenting", "Ask the doctor"],
    latest=["Pensioner, 84, becomes the oldest woman to swim the harbour as crowds cheer her home",
            "Supermarket recalls popular sandwich range over fears of hidden peanut traces",
            "Furious commuters stranded for three hours after signal failure on coast line",
            "TV presenter reveals she secretly married her childhood sweetheart in a tiny chapel"],
    credit="COURIER MEDIA",
    scroll="Scroll down for video",
    shares=("412", "shares"), comments="27 View comments",
    rel_head="RELATED ARTICLES", rel_nav=["Previous", "1", "Next"],
    share_this=["Share this article", "Share"],
    ad="Advertisement",
    video=("Moment council workers spray drains as the city battles its worst outbreak in years", "01:12", ["Play", "Mute", "Current Time 0:00", "Fullscreen"]),
    share_bottom="Share or comment on this article:",
    cmt=("Comments 27", "Share what you think", "The comments below have not been moderated.",
         ["Newest", "Oldest", "Best rated", "Worst rated"], "View all",
         "The views expressed in the contents above are those of our users and do not necessarily reflect the views of the Daily Courier.",
         "By posting your comment you agree to our house rules."),
    more_head="MORE TOP STORIES",
    dont_head="DON'T MISS",
    dont=["Reality star shows off her newly renovated kitchen after a year of building work",
          "The £12 garden chair shoppers say is better than one ten times the price",
          "Former footballer opens up about the injury that ended his career at 27"],
    foot=["Home", "News", "U.S.", "Sport", "TV", "Showbiz", "Femail", "Health", "Science", "Money", "Privacy Policy", "Terms", "Advertise with us", "Contact us"],
    copy="Published by Courier Media Ltd. Part of the Courier Media Group. © Courier Media Ltd",
    sticky="Watch: the latest news videos from the Daily Courier",
)

TB_A = {
    "dengue": dict(
        section="Health",
        rel=["Mosquito-borne virus spreads to three new countries as scientists warn warmer summers are to blame",
             "Doctors warn of rise in tropical infections among holidaymakers returning from Asia",
             "The simple household habits that stop mosquitoes breeding in your garden, according to experts"],
        cmts=[("Marjorie", "Kent, United Kingdom", "2 hours ago", "My sister lives out there and says the drains on her street have not been cleared since March. Spraying twice a week is all very well but somebody needs to empty the water first.", "48", "3"),
              ("DaveInTheDocks", "Port Alder", "1 hour ago", "Six people dead and they are only now asking us to tip out our plant pots. This should have started in April when the rain stopped.", "31", "7")],
        more=[("Hay fever sufferers warned of 'pollen bomb' this weekend as grass counts soar", "Forecasters say levels will be very high across the south from Saturday, and doctors advise keeping windows shut in the evening."),
              ("Hospital waiting lists fall for the first time in two years", "Figures show 40,000 fewer patients waiting for routine operations than in January, though the target for cancer referrals was missed again.")],
    ),
    "heat-schools": dict(
        section="News",
        rel=["Parents fume as primary school sends pupils home early on the hottest day of the year",
             "Britain braces for 38C scorcher as forecasters issue amber heat alert for next week",
             "Teachers say classrooms hit 31C by lunchtime and call for air conditioning in every school"],
        cmts=[("MumOfThree", "Leeds, United Kingdom", "3 hours ago", "We managed perfectly well in the seventies with no air conditioning and nobody closed anything. Give them a bottle of water and let them get on with it.", "112", "40"),
              ("J. Okafor", "Bristol", "2 hours ago", "My son's classroom is a portakabin with a flat roof and windows that do not open. It is not about being soft, it is genuinely unsafe on days like these.", "86", "9")],
        more=[("Holiday chaos warning as airport baggage handlers vote to strike in August", "Union leaders say the walkout could affect more than 1,000 flights over the bank holiday weekend unless a pay deal is reached."),
              ("Ice cream sales double in a week as shoppers stock up for the heatwave", "One supermarket chain says it sold a record number of lollies on Tuesday, and fans and paddling pools are also flying off the shelves.")],
    ),
}


def t_tabloid(a, lang):
    C, X = TB, TB_A[a["name"]]
    P = "mol-para-with-font"

    def fig(it, n):
        return (f'<div class="artSplitter mol-img-group"><div class="mol-img"><div class="image-wrap">{img(a, n)}'
                f'<span class="image-credit">{E(C["credit"])}</span></div></div>'
                f'<p class="imageCaption mol-ss">{E(it[1])}</p></div>')

    R = {"p": lambda it, n: f'<p class="{P}">{E(it[1])}</p>',
         "h2": lambda it, n: f'<p class="{P}"><span class="mol-style-bold">{E(it[1])}</span></p>',
         "quote": lambda it, n: f'<blockquote class="mol-style-blockquote"><p class="{P}">{E(it[1])}</p></blockquote>',
         "fig": fig,
         "ul": lambda it, n: lists("ul", it[1], ' class="mol-bullets"', f' class="{P}"'),
         "ol": lambda it, n: lists("ol", it[1], ' class="mol-list"', f' class="{P}"'),
         "table": lambda it, n: '<div class="mol-table-wrapper">' + table_html(it[1], ' class="mol-table"') + "</div>"}
    ins = {}
    rel = (f'<div class="related-carousel" data-track-module="am-related_carousel"><h3 class="related-carousel-heading">{E(C["rel_head"])}</h3>'
           '<div class="rotator-pages">' + " ".join(f"<span>{E(x)}</span>" for x in C["rel_nav"]) + '</div><ul class="linkro-darkred">'
           + "".join(f'<li><a href="/{X["section"].lower()}/article-{token(t, n=8)}/{token(t)}.html"><img src="/i/{token(t)}.jpg" alt=""><span class="pufftext">{E(t)}</span></a></li>' for t in X["rel"])
           + '</ul></div>\n<div class="article-icon-links-container"><span class="share-label">' + E(C["share_this"][0])
           + f'</span> <a class="share-link" href="#">{E(C["share_this"][1])}</a></div>')
    add(ins, spot(a, 1), rel)
    ad = lambda k: f'<div class="adHolder mpu_puff_wrapper" id="ad-{k}"><div class="advert-label">{E(C["ad"])}</div><div class="dfp-slot" style="min-height:250px"></div></div>'  # noqa: E731
    add(ins, spot(a, 2), ad(1))
    v = C["video"]
    add(ins, spot(a, 4), (f'<div class="vjs-video-container" data-opts="autoplay"><div class="vjs-poster">{img(a, 99)}</div>'
                          '<div class="vjs-control-bar">' + " ".join(f'<button class="vjs-control">{E(x)}</button>' for x in v[2])
                          + f' <span class="vjs-duration">{E(v[1])}</span></div><p class="mol-video-title">{E(v[0])}</p></div>'))
    add(ins, spot(a, 6), ad(2))
    body = f'<p class="{P}"><span class="mol-style-bold">{E(C["scroll"])}</span></p>\n' + blocks(a, R, ins)
    d = d_en(a)
    bullets = "".join(f'<li class="mol-bullet"><font style="font-size:1.2em;"><strong>{E(b)}</strong></font></li>' for b in a["bullets"])
    cm = C["cmt"]
    cmts = "".join(f'<div class="comment"><div class="comment-header"><a class="user" href="/registration/{token(u)}">{E(u)}</a>, <span class="user-location">{E(loc)}</span>, <span class="comment-time">{E(t)}</span></div>'
                   f'<p class="comment-body">{E(x)}</p><div class="rating"><span>Click to rate</span> <span class="up">{up}</span> <span class="down">{dn}</span></div></div>'
                   for u, loc, t, x, up, dn in X["cmts"])
    more = "".join(f'<div class="puff"><a href="/news/article-{token(t, n=8)}.html"><h2 class="linkro-darkred">{E(t)}</h2></a><p class="puff-summary">{E(s)}</p></div>' for t, s in X["more"])
    share = '<ul class="social-share">' + "".join(f'<li class="share-{x.lower()}"><a href="#">{x}</a></li>' for x in ["Facebook", "Twitter", "Pinterest", "WhatsApp", "Email"]) + "</ul>"
    desc = " ".join(a["bullets"])
    return (head(a, lang, title=f'{a["headline"]} | Daily Courier Online', desc=desc)
            + '<body class="article-page mol-desktop">\n'
            + f'<div id="cmp-app" class="cmp-overlay" role="dialog"><h2>{E(C["consent"][0])}</h2><p>{E(C["consent"][1])}</p>'
            + "".join(f"<button>{x}</button>" for x in C["consent"][2]) + "</div>\n"
            + f'<div class="page-header"><a class="masthead" href="/">{E(a["site"])}</a><ul class="nav-primary">'
            + "".join(f'<li><a href="/{x.lower().replace(".", "")}">{E(x)}</a></li>' for x in C["nav"]) + '</ul><ul class="nav-secondary">'
            + "".join(f'<li><a href="/health/{token(x)}">{E(x)}</a></li>' for x in C["sub"]) + "</ul></div>\n"
            + '<div class="latest-headlines"><h3>Latest Headlines</h3><ul>' + "".join(f'<li><a href="/news/{token(t)}">{E(t)}</a></li>' for t in C["latest"]) + "</ul></div>\n"
            + '<div class="page-content"><div class="alpha column-content">\n<div id="js-article-text" class="article-text wide heading-tag-switch">\n'
            + f'<h1>{E(a["headline"])}</h1>\n<ul class="mol-bullets-with-font">{bullets}</ul>\n'
            + f'<p class="author-section byline-plain">By <a class="author" href="/home/search.html?s=&amp;authornamef={A(a["author"])}" rel="nofollow">{E(a["author"].upper())} FOR THE DAILY COURIER</a></p>\n'
            + f'<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">Published:</span> <time datetime="{a["date"]}">{d}</time></span>'
            + f' | <span class="article-timestamp article-timestamp-updated"><span class="article-timestamp-label">Updated:</span> <time datetime="{a["date"]}">{d}</time></span></p>\n'
            + f'<div class="article-icon-links-container">{share}<div class="share-count"><span class="count-number">{C["shares"][0]}</span> <span class="count-text">{C["shares"][1]}</span></div>'
            + f'<a href="#comments" class="comments-count">{E(C["comments"])}</a></div>\n'
            + f'<div itemprop="articleBody">\n{body}\n</div>\n'
            + f'<div class="article-icon-links-container bottom"><h3 class="social-heading">{E(C["share_bottom"])}</h3>{share}'
            + f'<div class="share-count"><span class="count-number">{C["shares"][0]}</span> <span class="count-text">{C["shares"][1]}</span></div></div>\n'
            + f'<div id="comments" class="reader-comments"><h3>{E(cm[0])}</h3><p class="share-what">{E(cm[1])}</p><p class="moderation">{E(cm[2])}</p>'
            + '<div class="sort">' + " ".join(f'<a href="#">{x}</a>' for x in cm[3]) + f'</div>{cmts}<a class="view-all" href="#">{E(cm[4])}</a>'
            + f'<p class="disclaimer">{E(cm[5])}</p><form class="comment-form"><textarea name="c"></textarea><p><small>{E(cm[6])}</small></p><button>Submit comment</button></form></div>\n'
            + "</div>\n"
            + f'<div class="more-top-stories"><h3>{E(C["more_head"])}</h3>{more}</div>\n</div>\n'
            + f'<div class="beta column-content"><div class="puff dont-miss"><h3>{E(C["dont_head"])}</h3><ul>'
            + "".join(f'<li><a href="/tvshowbiz/{token(t)}">{E(t)}</a></li>' for t in C["dont"]) + "</ul></div></div>\n</div>\n"
            + f'<div class="sticky-video" style="display:none"><p>{E(C["sticky"])}</p></div>\n'
            + '<div class="footer"><ul>' + "".join(f'<li><a href="/{token(x)}">{E(x)}</a></li>' for x in C["foot"]) + f'</ul><p>{E(C["copy"])}</p></div>\n'
            + '<script src="https://scripts.example.com/mol-fe/static/mol-fe-sync-bundle.js"></script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- aggregator


AG = dict(
    app="NewsFlow", search="Search for topics, locations & sources", signin="Sign in",
    tabs=["Home", "For you", "Following", "Showcase"],
    sections=["U.S.", "World", "Local", "Business", "Technology", "Entertainment", "Sports", "Science", "Health"],
    topic="Health", follow="Follow", ago="5 hours ago", by="By",
    open="Open on portalderherald.example.com",
    tools=["Share", "Save", "More like this", "Fewer stories like this"],
    ad="Advertisement",
    video=("Related video", "Hospitals add beds as dengue cases climb", "Channel 9 Port Alder", "2:14"),
    fc_head="Full coverage", fc_title="Dengue outbreak in Port Alder",
    top_head="Top coverage",
    top=[("Alder Daily", "2 hours ago", "Dengue deaths rise to six as hospital postpones surgery"),
         ("Channel 9 Port Alder", "3 hours ago", "'The next four weeks matter most': health chief urges clean-up"),
         ("World Health Reporter", "6 hours ago", "Dengue surges across the region after a record wet April"),
         ("The Eastgate Gazette", "1 day ago", "Eastgate school finds mosquito larvae in broken fountain")],
    persp_head="Perspectives",
    persp=[("Alder Daily", "Opinion", "We were warned about the drains, and we did nothing", "The council's own inspection report from February listed 140 blocked storm drains in the districts now worst hit. None of them had been cleared when the rain stopped."),
           ("The Harbour Review", "Analysis", "Why dengue is spreading to neighbourhoods that never had it", "Construction sites left open through the wet season gave mosquitoes new places to breed, and the new estates on the east side are full of them.")],
    faq_head="Frequently asked questions",
    faq=[("What are the symptoms of dengue?", "Dengue usually begins with a sudden high fever, a severe headache, pain behind the eyes and aching muscles and joints. Most people recover within a week.", "World Health Reporter"),
         ("Can you catch dengue from another person?", "No. The virus is passed on by the bite of an infected Aedes mosquito, not directly from one person to another.", "Channel 9 Port Alder")],
    tl_head="Timeline",
    tl=[("May 9", "Health department reports 4,318 cases since March"), ("May 2", "Port Alder General opens second dengue ward"),
        ("April 24", "First dengue death of the season confirmed")],
    fact="Fact check", fact_line="Claim that garlic prevents dengue is false, doctors say",
    see="See full coverage",
    more_src="More from Port Alder Herald",
    more=["Port Alder council approves new bus lanes on the coast road", "Ferry fares to rise by 6% from July, operator says"],
    picks_head="Picks for you",
    picks=[("The Harbour Review", "4 hours ago", "New cancer centre to open in the north of the city next spring", "The £90 million building will bring radiotherapy, chemotherapy and outpatient clinics under one roof for the first time."),
           ("Alder Daily", "7 hours ago", "Port Alder's oldest cinema saved by a crowdfunding campaign", "More than 3,000 people gave money to keep the 1930s picture house open after its owners announced it would close.")],
    prompt="Sign in to personalise your news and see stories from the sources you follow.",
    foot=["About NewsFlow", "Privacy", "Terms", "Help", "Send feedback"],
)


def t_aggregator(a, lang):
    C = AG
    chip = lambda src, t: (f'<div class="source-chip"><img class="src-logo" src="/logos/{token(src)}.png" alt="" width="16" height="16">'  # noqa: E731
                           f'<a class="src-name" href="/publications/{token(src)}">{E(src)}</a><span class="dot">·</span><time class="rel-time">{E(t)}</time></div>')
    first = paras(a)[0]

    def para(it, n):
        if n == first and a.get("dateline"):
            return f'<p><span class="dateline">{E(a["dateline"])}</span> {E(it[1])}</p>'
        return f"<p>{E(it[1])}</p>"

    R = {"p": para,
         "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
         "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
         "fig": lambda it, n: f'<figure class="story-img">{img(a, n)}<figcaption>{E(it[1])} <span class="credit">{E(a["credit"])}</span></figcaption></figure>',
         "ul": lambda it, n: lists("ul", it[1]), "ol": lambda it, n: lists("ol", it[1]),
         "table": lambda it, n: table_html(it[1])}
    ins = {}
    add(ins, spot(a, 2), f'<div class="ad-unit" data-slot="reader-mid"><span class="ad-label">{E(C["ad"])}</span><div class="ad-frame"></div></div>')
    v = C["video"]
    add(ins, spot(a, 5), (f'<div class="related-video"><span class="rv-label">{E(v[0])}</span><a href="/watch/{token(v[1])}"><img src="/v/{token(v[1])}.jpg" alt="">'
                          f'<span class="rv-title">{E(v[1])}</span></a><span class="rv-src">{E(v[2])}</span> <span class="rv-dur">{E(v[3])}</span></div>'))
    body = blocks(a, R, ins)
    top = "".join(f'<article class="fc-item">{chip(s, t)}<h4><a href="/read/{token(h)}">{E(h)}</a></h4></article>' for s, t, h in C["top"])
    persp = "".join(f'<article class="fc-persp">{chip(s, k)}<h4><a href="/read/{token(h)}">{E(h)}</a></h4><p class="snippet">{E(x)}</p></article>' for s, k, h, x in C["persp"])
    faq = "".join(f'<div class="faq-item"><button class="faq-q" aria-expanded="true">{E(q)}</button><div class="faq-a"><p>{E(x)}</p>{chip(s, "")}</div></div>' for q, x, s in C["faq"])
    tl = "".join(f'<li><span class="tl-date">{E(d)}</span> <a href="/read/{token(h)}">{E(h)}</a></li>' for d, h in C["tl"])
    picks = "".join(f'<article class="card">{chip(s, t)}<h4><a href="/read/{token(h)}">{E(h)}</a></h4><p>{E(x)}</p></article>' for s, t, h, x in C["picks"])
    return (head(a, lang)
            + '<body>\n<c-wiz jsrenderer="Yb7Rr" class="zQTmif SSPGKf" data-p="%.@.]">\n'
            + f'<header class="gb_top"><a class="brand" href="/">{E(C["app"])}</a><form class="search" role="search"><input type="text" aria-label="{A(C["search"])}" placeholder="{A(C["search"])}"></form>'
            + f'<a class="signin" href="/signin">{E(C["signin"])}</a></header>\n'
            + '<nav class="tabs"><ul>' + "".join(f'<li><a href="/{token(x)}">{E(x)}</a></li>' for x in C["tabs"]) + '</ul><ul class="sections">'
            + "".join(f'<li><a href="/topics/{token(x)}">{E(x)}</a></li>' for x in C["sections"]) + "</ul></nav>\n"
            + f'<div class="topic-header"><h2 class="topic-name">{E(C["topic"])}</h2><button class="follow">{E(C["follow"])}</button></div>\n'
            + '<main class="reader"><div class="reader-col">\n<article class="reader-story" lang="en">\n'
            + chip(a["site"], C["ago"]) + "\n"
            + f'<h1 class="story-title">{E(a["headline"])}</h1>\n<p class="story-subtitle">{E(a["standfirst"])}</p>\n'
            + f'<div class="story-meta"><span class="byline">{E(C["by"])} {E(a["author"])}</span> <a class="open-src" href="{A(a["url"])}">{E(C["open"])}</a></div>\n'
            + f'<div class="story-body">\n{body}\n</div>\n'
            + '<div class="story-tools">' + " ".join(f"<button>{E(x)}</button>" for x in C["tools"]) + "</div>\n</article>\n"
            + f'<section class="full-coverage" aria-label="{A(C["fc_head"])}"><h2 class="fc-head">{E(C["fc_head"])}</h2><h3 class="fc-title">{E(C["fc_title"])}</h3>\n'
            + f'<div class="fc-section"><h3>{E(C["top_head"])}</h3>{top}</div>\n'
            + f'<div class="fc-section"><h3>{E(C["persp_head"])}</h3>{persp}</div>\n'
            + f'<div class="fc-section"><h3>{E(C["faq_head"])}</h3>{faq}</div>\n'
            + f'<div class="fc-section"><h3>{E(C["tl_head"])}</h3><ol class="timeline">{tl}</ol></div>\n'
            + f'<div class="fc-section"><h3>{E(C["fact"])}</h3><p><a href="/read/{token(C["fact_line"])}">{E(C["fact_line"])}</a></p></div>\n'
            + f'<a class="fc-see" href="/stories/{token(C["fc_title"])}">{E(C["see"])}</a></section>\n'
            + f'<section class="more-src"><h3>{E(C["more_src"])}</h3><ul>' + "".join(f'<li><a href="/read/{token(t)}">{E(t)}</a></li>' for t in C["more"]) + "</ul></section>\n"
            + f'</div>\n<aside class="picks"><h2>{E(C["picks_head"])}</h2>{picks}</aside>\n</main>\n'
            + f'<div class="signin-prompt" hidden><p>{E(C["prompt"])}</p><button>{E(C["signin"])}</button></div>\n'
            + '<footer><ul>' + "".join(f'<li><a href="/{token(x)}">{E(x)}</a></li>' for x in C["foot"]) + "</ul></footer>\n"
            + '</c-wiz>\n<script nonce="x1">AF_initDataCallback({key: \'ds:0\', hash: \'1\', data:[]});</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- asiadaily


AD = dict(
    app_banner=("Get the Straits Courier app for breaking news alerts", "Download app"),
    nav=["Singapore", "Asia", "World", "Opinion", "Life", "Business", "Tech", "Sport", "Videos", "Podcasts", "Multimedia"],
    top=["E-paper", "Subscribe", "Log in"],
    crumbs=["Home", "News", "Education"],
    role="Education Correspondent", updated="Updated",
    listen="Listen to this article", mins="4 min",
    readmore=("READ MORE HERE", ["Heat stroke cases rise as temperatures stay above 35C for fifth day",
                                 "Schools allowed to relax uniform rules during hot spell, says ministry"]),
    also=("Also Read", "Teachers' union calls for classroom temperature limit after pupils faint during assembly"),
    promo=("Get the latest updates on the go. Download the Straits Courier app for iOS and Android.", ["App Store", "Google Play"]),
    join="Join the Straits Courier's WhatsApp channel and get the latest news and must-reads.",
    topics=("Topics:", ["Education", "Heatwave", "Weather", "Schools"]),
    conv=("Start a Conversation", "Post comment", "Sort by: Newest"),
    cmts=[("Rachel Ng", "12 Jul 2024", "Our school already moved PE to the morning last week, and the children come home much less exhausted. More schools should do that before anyone talks about closing."),
          ("Farid Hassan", "12 Jul 2024", "It would help if the alert levels were sent to parents directly. Most of us only find out about an amber alert from the news in the evening.")],
    more_head="More in Education",
    more=[("Universities to offer more evening classes for working adults from next year", "Twelve institutions will add part-time degrees in engineering, nursing and data science, with fees subsidised for those over 40."),
          ("Primary school enrolment falls for third year as birth rate drops", "Some schools in older estates will merge from 2026, though parents have been told class sizes will not rise.")],
    trend_head="Trending Topics", trend=["Heatwave", "General election", "Housing grants", "Dengue", "Transport fares"],
    foot=["About us", "Advertise", "Contact", "Privacy statement", "Terms and conditions", "Sitemap"],
    copy="Copyright 2024 Straits Courier Holdings Ltd. Co. Regn. No. 198402868E. All rights reserved.",
    modal="You have reached your limit of free articles. Subscribe to continue reading.",
)


def t_asiadaily(a, lang):
    C = AD
    figs = [n for n, x in enumerate(a["body"]) if x[0] == "fig"]

    def fig(it, n):
        if n == figs[0]:
            cap = f'{E(it[1])} {E(a["credit"])}'
        else:
            cap = f'<span class="caption-text">{E(it[1])}</span> <span class="caption-credit">{E(a["credit"])}</span>'
        return f'<figure class="image-embed">{img(a, n)}<figcaption class="caption">{cap}</figcaption></figure>'

    R = {"p": lambda it, n: f"<p>{E(it[1])}</p>",
         "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
         "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
         "fig": fig,
         "ul": lambda it, n: lists("ul", it[1]), "ol": lambda it, n: lists("ol", it[1]),
         "table": lambda it, n: '<div class="table-wrapper">' + table_html(it[1], ' class="ST-table"') + "</div>"}
    ins = {}
    rm = C["readmore"]
    add(ins, spot(a, 1), (f'<div class="related-story-inline"><h4>{E(rm[0])}</h4><ul>'
                          + "".join(f'<li><a href="/singapore/{token(t)}">{E(t)}</a></li>' for t in rm[1]) + "</ul></div>"))
    add(ins, spot(a, 3), (f'<div class="promo-app"><p>{E(C["promo"][0])}</p><p>' + " ".join(f'<a href="/app/{token(x)}">{E(x)}</a>' for x in C["promo"][1]) + "</p></div>"))
    if a.get("pull"):
        add(ins, spot(a, 4), f'<div class="pull-quote"><p>{E(a["pull"][0])}</p></div>')
    al = C["also"]
    add(ins, spot(a, 5), (f'<div class="read-also"><span class="ra-label">{E(al[0])}</span><a href="/news/{token(al[1])}"><img src="/t/{token(al[1])}.jpg" alt="">'
                          f'<span class="ra-title">{E(al[1])}</span></a></div>'))
    body = blocks(a, R, ins) + f'\n<p><em>{E(C["join"])}</em></p>'
    d = when(a)
    dd = f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}, {d.hour:02d}:{d.minute:02d} AM"
    cmts = "".join(f'<li class="comment"><div class="c-head"><b>{E(u)}</b> <span>{E(t)}</span></div><p>{E(x)}</p><div class="c-act"><a href="#">Reply</a> <a href="#">Like</a></div></li>' for u, t, x in C["cmts"])
    more = "".join(f'<div class="card"><h3><a href="/singapore/{token(t)}">{E(t)}</a></h3><p class="card-summary">{E(s)}</p></div>' for t, s in C["more"])
    return (head(a, lang)
            + '<body class="path-node page-node-type-article">\n'
            + f'<div class="app-banner"><span>{E(C["app_banner"][0])}</span> <a href="/app">{E(C["app_banner"][1])}</a></div>\n'
            + f'<header id="navbar"><a class="navbar-brand" href="/">{E(a["site"])}</a><ul class="menu">'
            + "".join(f'<li><a href="/{token(x)}">{E(x)}</a></li>' for x in C["nav"]) + '</ul><ul class="menu-top">'
            + "".join(f'<li><a href="/{token(x)}">{E(x)}</a></li>' for x in C["top"]) + "</ul></header>\n"
            + '<main role="main" class="main-container"><div class="row"><section class="col-sm-8">\n'
            + '<ol class="breadcrumb">' + "".join(f'<li><a href="/{token(c)}">{E(c)}</a></li>' for c in C["crumbs"]) + "</ol>\n"
            + '<article class="node node--type-article">\n'
            + f'<h1 class="headline node-title">{E(a["headline"])}</h1>\n'
            + f'<div class="field field--name-field-standfirst"><p>{E(a["standfirst"])}</p></div>\n'
            + f'<div class="group-byline"><div class="author-field"><a href="/authors/{token(a["author"])}">{E(a["author"])}</a></div><div class="author-designation">{E(C["role"])}</div>'
            + f'<div class="story-postdate">{E(dd)}</div><div class="story-changeddate">{E(C["updated"])} {E(dd)}</div></div>\n'
            + f'<div class="listen-bar"><button>{E(C["listen"])}</button> <span>{E(C["mins"])}</span></div>\n'
            + f'<div class="clearfix text-formatted field field--name-field-paragraph-text">\n{body}\n</div>\n'
            + f'<div class="story-topics"><span>{E(C["topics"][0])}</span> ' + " ".join(f'<a href="/topic/{token(t)}">{E(t)}</a>' for t in C["topics"][1]) + "</div>\n"
            + f'<div class="comments-section"><h3>{E(C["conv"][0])}</h3><div class="c-sort">{E(C["conv"][2])}</div><ul>{cmts}</ul>'
            + f'<form><textarea name="comment"></textarea><button>{E(C["conv"][1])}</button></form></div>\n'
            + "</article>\n"
            + f'<div class="more-in"><h2>{E(C["more_head"])}</h2>{more}</div>\n'
            + f'</section>\n<aside class="col-sm-4"><div class="trending"><h3>{E(C["trend_head"])}</h3><ul>'
            + "".join(f'<li><a href="/topic/{token(t)}">{E(t)}</a></li>' for t in C["trend"]) + '</ul></div><div class="ad-rail"><span>ADVERTISEMENT</span></div></aside>\n</div></main>\n'
            + f'<div class="paywall-modal" style="display: none;"><p>{E(C["modal"])}</p></div>\n'
            + '<footer class="footer"><ul>' + "".join(f'<li><a href="/{token(x)}">{E(x)}</a></li>' for x in C["foot"]) + f'</ul><p>{E(C["copy"])}</p></footer>\n'
            + "</body>\n</html>\n")


# ---------------------------------------------------------------- vtcnews


VT = dict(
    weather="Hà Nội 27°C",
    nav=["Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Pháp luật", "Sức khỏe", "Giáo dục", "Thể thao", "Giải trí", "Video", "Podcast"],
    tools=["Nghe đọc bài", "A-", "A+", "Lưu bài"],
    gnews="Theo dõi VTN News trên Google News",
    prefix="(VTN) - ",
    play=["Phát", "Tắt tiếng", "Toàn màn hình"],
    tl_head="Theo dòng sự kiện", more="Xem thêm",
    reading="Bạn đang đọc bài viết “{h}” tại chuyên mục {s}. Mọi thông tin góp ý và chia sẻ, xin vui lòng liên hệ SĐT: 0987 654 321 hoặc gửi về hòm thư: toasoan@vtn.example.vn",
    kw="Từ khóa:",
    cmt=("Bình luận", "Viết bình luận của bạn...", "Gửi bình luận", "Xem thêm bình luận"),
    hot_head="Tin nổi bật",
    foot=["Cơ quan chủ quản: Đài Truyền hình Kỹ thuật số VTN", "Giấy phép số 1234/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 01/06/2022",
          "Tổng biên tập: Nguyễn Văn An", "Địa chỉ: Số 65 Lạc Trung, Hai Bà Trưng, Hà Nội", "© Bản quyền thuộc về VTN News. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."],
    login="Đăng nhập để bình luận và lưu bài viết yêu thích của bạn.",
)

VT_A = {
    "gia-dien": dict(
        crumbs=["Kinh tế", "Tài chính - Đầu tư"], section="Kinh tế",
        under=["Giá điện tăng thêm 3% từ ngày 4/5, mỗi hộ trả thêm bao nhiêu tiền?",
               "Đề xuất bỏ biểu giá điện bậc thang, áp dụng một giá cho hộ gia đình"],
        video="Video: Người dân TP.HCM tìm cách tiết kiệm điện trong những ngày nắng nóng", dur="02:35",
        xem1="Hóa đơn tiền điện tháng 7 tăng vọt, người dân cần làm gì để kiểm tra?",
        xembox=["Ngành điện lỗ hơn 6.800 tỷ đồng trong 8 tháng đầu năm",
                "Cách tính tiền điện theo biểu giá mới từ ngày 11/10"],
        tl=[("Đề xuất điều chỉnh giá điện 3 tháng một lần", "12/03/2024"), ("Giá điện tăng 3% từ ngày 4/5", "04/05/2024"),
            ("Hóa đơn tiền điện tháng 6 tăng mạnh do nắng nóng", "05/07/2024")],
        kws=["giá điện", "hóa đơn tiền điện", "tăng giá điện", "CPI"],
        cmts=[("Hoàng Long", "2 giờ trước", "Nhà tôi bốn người mà tháng nào cũng hơn một triệu tiền điện rồi, giờ tăng nữa thì chắc phải hạn chế bật điều hòa ban ngày."),
              ("Thu Trang", "1 giờ trước", "Tăng giá thì cũng được, nhưng mong ngành điện công khai chi phí rõ ràng và giảm tình trạng cắt điện vào mùa hè.")],
        hot=[("Giá vàng hôm nay tiếp tục lập đỉnh, vượt mốc 86 triệu đồng/lượng", "Giá vàng nhẫn và vàng miếng đồng loạt tăng mạnh trong phiên sáng nay theo đà tăng của giá vàng thế giới."),
             ("Xăng dầu đồng loạt giảm giá từ 15h chiều nay", "Mỗi lít xăng RON 95 giảm gần 500 đồng, đây là lần giảm thứ ba liên tiếp kể từ đầu tháng 9.")],
    ),
    "tui-ni-long": dict(
        crumbs=["Xã hội", "Môi trường"], section="Xã hội",
        under=["TP.HCM đặt mục tiêu giảm 50% túi ni lông khó phân hủy trong siêu thị",
               "Nhiều chợ truyền thống thí điểm dùng lá chuối thay túi ni lông"],
        video="Video: Người dân đi chợ với giỏ tre, túi vải hưởng ứng chống rác thải nhựa", dur="03:10",
        xem1="Rác thải nhựa ở TP.HCM: mỗi ngày hơn 1.800 tấn, chỉ một phần nhỏ được tái chế",
        xembox=["Siêu thị đầu tiên thu phí túi ni lông: khách hàng nói gì?",
                "Túi phân hủy sinh học có thực sự thân thiện với môi trường?"],
        tl=[("TP.HCM lấy ý kiến về việc hạn chế túi ni lông trong siêu thị", "15/08/2024"), ("Các chuỗi bán lẻ cam kết ngừng phát túi ni lông miễn phí", "28/10/2024"),
            ("Quy định mới về túi ni lông sẽ áp dụng từ ngày 1/1/2025", "05/12/2024")],
        kws=["túi ni lông", "rác thải nhựa", "siêu thị", "bảo vệ môi trường"],
        cmts=[("Minh Khôi", "3 giờ trước", "Nhà tôi đã dùng túi vải được hai năm nay, lúc đầu hay quên nhưng để sẵn trong cốp xe là quen ngay."),
              ("Ngọc Hân", "2 giờ trước", "Nên áp dụng cả ở chợ truyền thống nữa, vì lượng túi ni lông ở chợ còn nhiều hơn siêu thị rất nhiều.")],
        hot=[("TP.HCM sẽ có thêm 12 trạm quan trắc không khí tự động trong năm tới", "Các trạm mới được đặt tại những khu vực đông dân cư và gần khu công nghiệp để cảnh báo sớm ô nhiễm."),
             ("Người dân phản ánh mùi hôi từ bãi rác Đa Phước kéo dài nhiều ngày", "Cơ quan chức năng cho biết đã yêu cầu đơn vị vận hành tăng cường phun chế phẩm khử mùi vào ban đêm.")],
    ),
}


def t_vtcnews(a, lang, k=0):
    C, X = VT, VT_A[a["name"]]

    def fig(it, n):
        return (f'<figure class="expNoEdit">{img(a, n, "https://cdn.vtn.example.vn/images")}'
                f'<figcaption><p>{E(it[1])} ({E(a["credit"])})</p></figcaption></figure>')

    R = {"p": lambda it, n: f"<p>{E(it[1])}</p>",
         "h2": lambda it, n: f"<p><strong>{E(it[1])}</strong></p>",
         "quote": lambda it, n: f'<blockquote class="quote"><p>{E(it[1])}</p></blockquote>',
         "fig": fig,
         "ul": lambda it, n: lists("ul", it[1]), "ol": lambda it, n: lists("ol", it[1]),
         "table": lambda it, n: table_html(it[1], ' class="table-content" border="1"')}
    ins = {}
    add(ins, spot(a, 1), f'<p><strong>&gt;&gt; Xem thêm:</strong> <a href="/{token(X["xem1"])}.html">{E(X["xem1"])}</a></p>')
    add(ins, spot(a, 4), (f'<div class="box-xemthem"><p><strong>{E(C["more"])}</strong></p><ul>'
                          + "".join(f'<li><a href="/{token(t)}.html">{E(t)}</a></li>' for t in X["xembox"]) + "</ul></div>"))
    video = (f'<div class="video-player" data-vid="{token(X["video"], n=12)}"><div class="vjs-poster">{img(a, 77)}</div><div class="vjs-control-bar">'
             + " ".join(f'<button class="vjs-btn">{E(x)}</button>' for x in C["play"])
             + f' <span class="vjs-time">00:00 / {X["dur"]}</span></div><p class="video-title">{E(X["video"])}</p></div>')
    body = video + "\n" + blocks(a, R, ins) + f'\n<p style="text-align:right"><strong>{E(a["author"].upper())}</strong></p>'
    tl = (f'<div class="box-timeline"><h3 class="title-timeline">{E(C["tl_head"])}</h3><ul>'
          + "".join(f'<li><a href="/{token(t)}.html">{E(t)}</a> <span class="time">{E(d)}</span></li>' for t, d in X["tl"])
          + f'</ul><a class="view-more" href="/su-kien/{token(a["name"])}.html">{E(C["more"])}</a></div>')
    cm = C["cmt"]
    cmts = "".join(f'<li class="cmt-item"><div><b>{E(u)}</b> <span>{E(t)}</span></div><p>{E(x)}</p><div><a href="#">Trả lời</a> <a href="#">Thích</a></div></li>' for u, t, x in X["cmts"])
    hot = "".join(f'<div class="hot-item"><h3><a href="/{token(t)}.html">{E(t)}</a></h3><p>{E(s)}</p></div>' for t, s in X["hot"])
    d = when(a)
    return (head(a, lang)
            + '<body>\n'
            + f'<div class="header-top"><span class="date-now">{VI_DAYS[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year}</span> <span class="weather">{E(C["weather"])}</span></div>\n'
            + f'<header class="header"><a class="logo" href="/">{E(a["site"])}</a><ul class="menu">'
            + "".join(f'<li><a href="/{token(x)}.html">{E(x)}</a></li>' for x in C["nav"]) + "</ul></header>\n"
            + '<div class="container"><div class="content-wrapper"><div class="main-col">\n'
            + '<ul class="breadcrumb">' + "".join(f'<li><a href="/{token(c)}.html">{E(c)}</a></li>' for c in X["crumbs"]) + "</ul>\n"
            + f'<h1 class="font28 bold">{E(a["headline"])}</h1>\n'
            + f'<div class="detail-meta"><span class="time-update">{E(d_vi(a))}</span> <span class="tools">'
            + " ".join(f'<a href="javascript:;">{E(x)}</a>' for x in C["tools"]) + f'</span> <a class="gnews" href="https://news.example.com/publications/vtn">{E(C["gnews"])}</a></div>\n'
            + f'<h2 class="font18 bold inline-nb">{E(C["prefix"])}{E(a["standfirst"])}</h2>\n'
            + '<ul class="related-under-sapo">' + "".join(f'<li><a href="/{token(t)}.html">{E(t)}</a></li>' for t in X["under"]) + "</ul>\n"
            + (tl + "\n" if not a.get("tl_after") else "")
            + f'<div class="edittor-content box-cont clearfix" itemprop="articleBody">\n{body}\n</div>\n'
            + (tl + "\n" if a.get("tl_after") else "")
            + f'<p class="reading-note"><em>{E(C["reading"].format(h=a["headline"], s=X["section"]))}</em></p>\n'
            + f'<div class="keywords"><span>{E(C["kw"])}</span> ' + " ".join(f'<a href="/tag/{token(t)}.html">{E(t)}</a>' for t in X["kws"]) + "</div>\n"
            + f'<div class="comment-box"><h3>{E(cm[0])}</h3><form><textarea placeholder="{A(cm[1])}"></textarea><button>{E(cm[2])}</button></form><ul>{cmts}</ul><a href="#">{E(cm[3])}</a></div>\n'
            + f'</div>\n<aside class="side-col"><div class="hot-news"><h2>{E(C["hot_head"])}</h2>{hot}</div></aside>\n</div></div>\n'
            + f'<div class="popup-login" style="display:none"><p>{E(C["login"])}</p></div>\n'
            + '<footer class="footer">' + "".join(f"<p>{E(x)}</p>" for x in C["foot"]) + "</footer>\n</body>\n</html>\n")


# ---------------------------------------------------------------- vncontent


VC = dict(
    menu=["Trang chủ", "Thời sự", "Thị trường", "Doanh nghiệp", "Năng lượng", "Môi trường", "Tiêu dùng", "Bạn đọc"],
    updated="Cập nhật lúc", views="Lượt xem:",
    related="Bài liên quan:",
    tools=["In bài", "Gửi cho bạn bè", "Về đầu trang"],
    other="Các tin khác:",
    opinion=("Ý kiến của bạn", "Họ và tên:", "Email:", "Gửi ý kiến"),
    counter=("Số lượt truy cập:", "4.512.889", "Đang trực tuyến:", "312"),
    foot=["Bản quyền thuộc về Báo Công Thương Phương Nam", "Giấy phép số 246/GP-BTTTT", "Địa chỉ: 12 Nguyễn Huệ, Quận 1, TP.HCM - ĐT: (028) 3822 1234",
          "Ghi rõ nguồn khi phát hành lại thông tin từ website này."],
)

VC_A = {
    "gia-dien": dict(views="2.318", rel="Giá điện tăng 3% từ ngày 4/5: Hộ dùng 200 kWh trả thêm bao nhiêu?", src="(Theo Bộ Công Thương)",
                     other=[("Giá xăng giảm lần thứ ba liên tiếp", "10/10/2024"), ("Doanh nghiệp sản xuất lo chi phí điện tăng cao", "09/10/2024"),
                            ("Sản lượng điện tiêu thụ 9 tháng tăng hơn 11%", "07/10/2024")]),
    "tui-ni-long": dict(views="1.904", rel="TP.HCM: Mỗi ngày thải ra hơn 1.800 tấn rác thải nhựa", src="(Theo Sở Tài nguyên và Môi trường TP.HCM)",
                        other=[("Siêu thị giảm giá túi vải dịp cuối năm", "26/12/2024"), ("Chợ Bến Thành thí điểm phân loại rác tại nguồn", "24/12/2024"),
                               ("Hơn 200 cửa hàng tiện lợi cam kết giảm rác thải nhựa", "20/12/2024")]),
}


def t_vncontent(a, lang, k=0):
    C, X = VC, VC_A[a["name"]]
    enc = a.get("encoding", "utf-8")

    def fig(it, n):
        return f'<center>{img(a, n, "/Uploads/Images")}<br><i>{E(it[1])}</i> <i>({E(a["credit"])})</i></center><br>'

    R = {"p": lambda it, n: f"{E(it[1])}<br><br>",
         "h2": lambda it, n: f"<b>{E(it[1])}</b><br><br>",
         "quote": lambda it, n: f"<i>“{E(it[1])}”</i><br><br>",
         "fig": fig,
         "ul": lambda it, n: "".join(f"- {E(x)}<br>" for x in it[1]) + "<br>",
         "ol": lambda it, n: "".join(f"- {E(x)}<br>" for x in it[1]) + "<br>",
         "table": lambda it, n: table_html(it[1], ' border="1" cellpadding="4" cellspacing="0" width="90%" align="center"', th=False) + "<br>"}
    ins = {}
    add(ins, spot(a, 3), f'<b>{E(C["related"])}</b> <a href="/tin-tuc/{token(X["rel"])}.html">{E(X["rel"])}</a><br><br>')
    d = when(a)
    body = blocks(a, R, ins)
    dt = f"{d.hour:02d}:{d.minute:02d} {d.day:02d}/{d.month:02d}/{d.year}"
    content = (f'<span class="date">{E(C["updated"])} {dt}</span> - <span class="view">{E(C["views"])} {X["views"]}</span><br><br>\n'
               f'<b class="title"><font size="4" color="#003399">{E(a["headline"])}</font></b><br><br>\n'
               f'<b>{E(a["standfirst"])}</b><br><br>\n{body}\n'
               f'<div align="right"><b>{E(a["author"])}</b></div>\n<i>{E(X["src"])}</i><br><br>\n'
               + " ".join(f'[<a href="javascript:;">{E(x)}</a>]' for x in C["tools"]))
    cs = f'<meta http-equiv="Content-Type" content="text/html; charset={enc}">'
    oth = "".join(f'- <a href="/tin-tuc/{token(t)}.html">{E(t)}</a> <i>({E(dd)})</i><br>' for t, dd in X["other"])
    op = C["opinion"]
    ct = C["counter"]
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n' + cs + "\n"
            + f'<title>{E(a["headline"])}</title>\n<meta name="description" content="{A(a["standfirst"])}">\n'
            + '<link rel="stylesheet" type="text/css" href="/css/style.css">\n</head>\n'
            + '<body topmargin="0" leftmargin="0">\n<div class="wrap">\n'
            + f'<div class="banner"><img src="/images/banner.jpg" alt="{A(a["site"])}" width="980" height="120"></div>\n'
            + '<div class="menu">' + " | ".join(f'<a href="/{token(x)}.html">{E(x)}</a>' for x in C["menu"]) + "</div>\n"
            + f'<div class="content">\n{content}\n</div>\n'
            + f'<div class="othernews"><b>{E(C["other"])}</b><br>\n{oth}</div>\n'
            + f'<div class="comment"><b>{E(op[0])}</b><form action="/gui-y-kien.asp" method="post">{E(op[1])} <input type="text" name="hoten"><br>'
            + f'{E(op[2])} <input type="text" name="email"><br><textarea name="noidung" rows="5" cols="60"></textarea><br><input type="submit" value="{A(op[3])}"></form></div>\n'
            + f'<div class="counter">{E(ct[0])} {ct[1]} | {E(ct[2])} {ct[3]}</div>\n'
            + '<div class="footer">' + "<br>".join(E(x) for x in C["foot"]) + "</div>\n</div>\n</body>\n</html>\n")


# ---------------------------------------------------------------- xhfinance


XF = dict(
    nav=["首页", "宏观", "金融", "证券", "产经", "地方", "国际", "数据", "专题"],
    top=["下载客户端", "登录", "注册"],
    pos="当前位置：", src="来源：", author="作者：", size=("字号：", ["大", "中", "小"]), share=("分享到：", ["微信", "微博", "QQ空间"]),
    daodu="【导读】",
    app="更多精彩内容，请下载新华财讯客户端，或关注新华财讯微信公众号。",
    staff=("记者：", "编辑：", "校对："),
    disclaimer="声明：新华财讯所载文章、数据仅供参考，不构成投资建议，使用前请核实，风险自担。",
    like=("点赞", "128"),
    rel_head="相关新闻", hot_head="热点推荐", rank_head="24小时热榜",
    qr="扫码下载新华财讯客户端",
    login="登录后即可收藏文章、参与评论，并获取个性化推荐。",
    foot=["关于我们", "联系我们", "广告服务", "版权声明", "网站地图"],
    copy="新华财讯网 版权所有 未经许可不得转载 京ICP备12345678号 京公网安备11010502000001号",
)

XF_A = {
    "jidan": dict(
        crumbs=["首页", "产经", "正文"], src="新华财讯", editor="孙蕾", proof="马骁", mode="dateline",
        dl="新华财讯北京8月23日电（记者周雨桐）", chart_src="数据来源：农业农村部",
        rel=[("猪肉价格连续三周回升 专家：下半年供应总体充足", "2024-08-20"), ("农业农村部：秋粮生产形势总体向好", "2024-08-18"),
             ("8月CPI数据即将公布 食品价格或成主要推手", "2024-08-16")],
        hot=[("多地出台措施稳定“菜篮子”价格", "多个城市启动蔬菜平价直销点，部分品种价格较市场均价低15%以上，并延长营业时间方便市民采购。"),
             ("饲料企业二季度盈利改善 行业集中度进一步提升", "受原料价格回落影响，多家上市饲料企业二季度毛利率环比提升，头部企业市场份额继续扩大。")],
        rank=["央行开展5000亿元MLF操作", "前7月全国一般公共预算收入公布", "8月LPR报价出炉", "国内成品油价迎来年内第十次调整"],
    ),
    "tuishui": dict(
        crumbs=["首页", "金融", "正文"], src="新华财讯", editor="刘畅", proof="吴桐", mode="staff",
        dl="新华财讯记者 陈思远 北京报道", chart_src="",
        rel=[("国家税务总局发布年度汇算操作指引", "2025-02-26"), ("去年个税汇算退税超千亿元", "2025-02-20"),
             ("专项附加扣除信息如何确认？一图读懂", "2025-02-15")],
        hot=[("个人养老金账户开户数持续增长", "截至去年底，个人养老金开户人数超过7000万，缴存金额稳步提高，年轻人参与比例明显上升。"),
             ("多家银行下调存款利率", "多家股份制银行宣布下调定期存款挂牌利率，三年期产品降幅最大，部分银行已低于2%。")],
        rank=["两会前瞻：今年财政政策怎么发力", "2月制造业PMI重回扩张区间", "退税到账要多久？官方回应", "多地发放消费券提振消费"],
    ),
}


def t_xhfinance(a, lang, k=0):
    C, X = XF, XF_A[a["name"]]
    figs = [n for n, x in enumerate(a["body"]) if x[0] == "fig"]
    first = paras(a)[0]

    def para(it, n):
        if n == first and X["mode"] == "dateline":
            return f"<p>{E(X['dl'])}{E(it[1])}</p>"
        return f"<p>{E(it[1])}</p>"

    def fig(it, n):
        pic = f'<p style="text-align: center;">{img(a, n, "https://img.xinhuacaixun.example.cn/pic")}</p>'
        if X["chart_src"] and n == figs[-1] and len(figs) > 1:
            return pic + f'<p style="text-align: center;">{E(it[1])}</p><p style="text-align: center;"><span style="font-size:12px;color:#999">{E(X["chart_src"])}</span></p>'
        return pic + f'<p style="text-align: center;">{E(it[1])}　{E(a["credit"])}</p>'

    R = {"p": para,
         "h2": lambda it, n: f"<p><strong>{E(it[1])}</strong></p>",
         "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
         "fig": fig,
         "ul": lambda it, n: lists("ul", it[1]), "ol": lambda it, n: lists("ol", it[1]),
         "table": lambda it, n: table_html(it[1], ' border="1" cellspacing="0" cellpadding="6" align="center"')}
    ins = {}
    add(ins, spot(a, 3), f'<p style="color:#c00">{E(C["app"])}</p>')
    body = (f"<p>{E(X['dl'])}</p>\n" if X["mode"] == "staff" else "") + blocks(a, R, ins)
    st = C["staff"]
    body += (f'\n<p class="editor">{st[0]}{E(a["author"])}　{st[1]}{E(X["editor"])}　{st[2]}{E(X["proof"])}</p>'
             f'\n<p>（原标题：{E(a["orig"])}）</p>\n<p class="disclaimer">{E(C["disclaimer"])}</p>')
    charset = a.get("encoding", "utf-8")
    decl = "http-equiv" if charset != "utf-8" else "meta"
    rel = "".join(f'<li><a href="/{token(t, n=10)}/c.html">{E(t)}</a><span class="date">{E(d)}</span></li>' for t, d in X["rel"])
    hot = "".join(f'<div class="hot-item"><h4><a href="/{token(t, n=10)}/c.html">{E(t)}</a></h4><p>{E(s)}</p></div>' for t, s in X["hot"])
    rank = "".join(f'<li><em>{i + 1}</em><a href="/{token(t, n=10)}/c.html">{E(t)}</a></li>' for i, t in enumerate(X["rank"]))
    return (head(a, lang, charset=charset, decl=decl, html_attr='lang="zh-CN"')
            + '<body>\n<div class="header"><div class="wrap">'
            + f'<a class="logo" href="/"><img src="/static/img/logo.png" alt="{A(a["site"])}"></a><ul class="nav">'
            + "".join(f'<li><a href="/{token(x)}/">{E(x)}</a></li>' for x in C["nav"]) + '</ul><div class="top-links">'
            + " | ".join(f'<a href="/{token(x)}">{E(x)}</a>' for x in C["top"]) + "</div></div></div>\n"
            + f'<div class="wrap main"><div class="left">\n<div class="location">{E(C["pos"])}' + " &gt; ".join(f'<a href="/{token(c)}/">{E(c)}</a>' for c in X["crumbs"][:-1])
            + f' &gt; <span>{E(X["crumbs"][-1])}</span></div>\n'
            + f'<div class="article-head"><h1>{E(a["headline"])}</h1>\n'
            + f'<div class="info"><span class="time">{d_zh(a)}</span> <span class="source">{E(C["src"])}{E(X["src"])}</span> <span class="author">{E(C["author"])}{E(a["author"])}</span> '
            + f'<span class="fontsize">{E(C["size"][0])}' + " ".join(f'<a href="javascript:;">{E(x)}</a>' for x in C["size"][1]) + "</span> "
            + f'<span class="share">{E(C["share"][0])}' + " ".join(f'<a href="javascript:;">{E(x)}</a>' for x in C["share"][1]) + "</span></div></div>\n"
            + f'<div class="daodu"><span class="label">{E(C["daodu"])}</span>{E(a["standfirst"])}</div>\n'
            + f'<div id="detailContent" class="main-content">\n{body}\n</div>\n'
            + f'<div class="like-bar"><a href="javascript:;" class="like">{E(C["like"][0])}</a> <span class="num">{C["like"][1]}</span></div>\n'
            + f'<div class="related"><h3>{E(C["rel_head"])}</h3><ul>{rel}</ul></div>\n'
            + f'<div class="hot"><h3>{E(C["hot_head"])}</h3>{hot}</div>\n</div>\n'
            + f'<div class="right"><div class="rank"><h3>{E(C["rank_head"])}</h3><ol>{rank}</ol></div>'
            + f'<div class="qr"><img src="/static/img/qr.png" alt=""><p>{E(C["qr"])}</p></div></div>\n</div>\n'
            + f'<div id="loginModal" class="modal" style="display: none;"><p>{E(C["login"])}</p></div>\n'
            + '<div class="footer"><p>' + " | ".join(f'<a href="/{token(x)}">{E(x)}</a>' for x in C["foot"]) + f'</p><p>{E(C["copy"])}</p></div>\n'
            + "</body>\n</html>\n")


# ---------------------------------------------------------------- zhihu


ZU = dict(
    nav=["首页", "会员", "发现", "等你来答"], search="个税汇算退税", ask="提问", login="登录/注册",
    column="小陈说税", author="税务笔记小陈", badge="注册税务师，财税领域优秀答主", follow="关注",
    votes="1,286 人赞同了该文章",
    card=("2023年度个税汇算：这5个常见错误千万别犯", "zhuanlan.zhiyan.example.com"),
    appeal="觉得有用的话，点个赞再走吧～有问题可以在评论区留言，我看到都会回复。",
    first="（本文首发于公众号“小陈说税”，转载请联系作者授权。）",
    time="编辑于 2025-03-01 09:00・IP 属地北京",
    topics=["个人所得税", "退税", "个税汇算", "税务"],
    actions=["\u200b赞同 1286", "\u200b反对", "\u200b136 条评论", "\u200b分享", "\u200b喜欢", "\u200b收藏", "\u200b申请转载"],
    cmt_head="136 条评论", sort=["默认", "最新"],
    cmts=[("打工人小王", "IP 属地广东", "去年按这个流程退了1200多块，三天就到账了。今年第一天就去申请，结果要预约，只能等到3月15号。", "回复", "喜欢 86"),
          ("北漂十年", "IP 属地北京", "提醒一下大家，住房租金和住房贷款利息只能选一个，去年我两个都填了，后来被税务局提醒更正。", "回复", "喜欢 52")],
    reply=("税务笔记小陈", "作者", "对，这两项不能同时享受，感谢补充！"),
    all_cmts="查看全部 136 条评论",
    rec_head="推荐阅读",
    rec=[("年终奖单独计税还是合并计税？算一笔账就知道", "很多人拿到年终奖后不知道怎么选，其实只要把两种方式的税额各算一遍，差别一目了然。…阅读全文"),
         ("个人养老金到底值不值得开？", "每年最多可以抵扣12000元，但资金要等到退休才能取出来，适不适合你要看这三点。…阅读全文")],
    incl="文章被以下专栏收录", incl_desc="用大白话讲清楚每一笔税",
    appbar=("打开知言App", "在App内查看更多精彩内容"),
    modal="登录知言，发现更大的世界",
)


def t_zhihu(a, lang, k=0):
    C = ZU
    RT = "RichText ztext Post-RichText css-1g0fqss"

    def fig(it, n):
        u = f'https://pic1.zhiyanimg.example.com/v2-{token(a["name"], n, n=32)}_720w.jpg'
        return (f'<figure data-size="normal"><noscript><img src="{u}" data-caption="{A(it[1])}" data-size="normal" data-rawwidth="1080" data-rawheight="720" class="origin_image zh-lightbox-thumb" width="1080"></noscript>'
                f'<img src="data:image/svg+xml;utf8,&lt;svg xmlns=\'http://www.w3.org/2000/svg\' width=\'1080\' height=\'720\'&gt;&lt;/svg&gt;" data-caption="{A(it[1])}" class="origin_image zh-lightbox-thumb lazy" width="1080" data-actualsrc="{u}">'
                f"<figcaption>{E(it[1])}</figcaption></figure>")

    R = {"p": lambda it, n: f'<p data-pid="{token(it[1], n=8)}">{E(it[1])}</p>',
         "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
         "quote": lambda it, n: f'<blockquote data-pid="{token(it[1], n=8)}">{E(it[1])}</blockquote>',
         "fig": fig,
         "ul": lambda it, n: lists("ul", it[1]), "ol": lambda it, n: lists("ol", it[1]),
         "table": lambda it, n: '<table data-draft-node="block" data-draft-type="table" data-size="normal" data-row-style="normal"><tbody>'
                                + table_html(it[1])[7:-8] + "</tbody></table>"}
    ins = {}
    cd = C["card"]
    add(ins, spot(a, 2), (f'<a href="https://zhuanlan.zhiyan.example.com/p/{token(cd[0], n=9)}" data-draft-node="block" data-draft-type="link-card" class="LinkCard new css-biylet" target="_blank">'
                          f'<span class="LinkCard-contents"><span class="LinkCard-title two-line">{E(cd[0])}</span><span class="LinkCard-desc"><span class="LinkCard-tag">文章</span>{E(cd[1])}</span></span></a>'))
    body = (f'<p data-pid="{token(a["standfirst"], n=8)}">{E(a["standfirst"])}</p>\n' + blocks(a, R, ins)
            + f'\n<p data-pid="{token("appeal", n=8)}">{E(C["appeal"])}</p>\n<p data-pid="{token("first", n=8)}">{E(C["first"])}</p>')
    init = {"initialState": {"entities": {"articles": {token(a["url"], n=9): {"title": a["headline"], "excerpt": a["standfirst"],
                                                                               "content": "".join(f"<p>{E(it[1])}</p>" for it in a["body"] if it[0] == "p"),
                                                                               "voteupCount": 1286, "commentCount": 136}}}}}
    cmts = ""
    for i, (u, ip, x, r, lk) in enumerate(C["cmts"]):
        cmts += (f'<div class="CommentItem"><div class="CommentItem-meta"><a class="UserLink-link" href="/people/{token(u)}">{E(u)}</a> <span class="CommentItem-ip">{E(ip)}</span></div>'
                 f'<div class="CommentContent">{E(x)}</div><div class="CommentItem-footer"><button>{E(r)}</button> <button>{E(lk)}</button></div>')
        if i == 1:
            rp = C["reply"]
            cmts += (f'<div class="CommentItem CommentItem--child"><div class="CommentItem-meta"><a class="UserLink-link" href="/people/{token(rp[0])}">{E(rp[0])}</a> '
                     f'<span class="AuthorTag">{E(rp[1])}</span></div><div class="CommentContent">{E(rp[2])}</div></div>')
        cmts += "</div>"
    rec = "".join(f'<div class="PostItem"><h2 class="PostItem-title"><a href="/p/{token(t, n=9)}">{E(t)}</a></h2><div class="RichContent-inner"><span class="RichText">{E(s)}</span></div></div>' for t, s in C["rec"])
    return (head(a, lang, html_attr='lang="zh" data-hairline="true" class="itcauecng" data-theme="light"', title=f'{a["headline"]} - 知言',
                 extra='<meta name="description" content="' + A(a["standfirst"]) + '">\n')
            + '<body>\n<div id="root"><div class="App">\n'
            + f'<header class="AppHeader"><a class="AppHeader-logo" href="/">知言</a><nav class="AppHeader-nav">'
            + "".join(f'<a class="AppHeader-navItem" href="/{token(x)}">{E(x)}</a>' for x in C["nav"])
            + f'</nav><form class="SearchBar"><input type="text" placeholder="{A(C["search"])}" class="Input"></form><button class="SearchBar-askButton">{E(C["ask"])}</button>'
            + f'<button class="AppHeader-login">{E(C["login"])}</button></header>\n'
            + '<main role="main" class="App-main"><div class="Post-content">\n'
            + f'<div class="css-78p1r9"><img class="TitleImage" src="https://pic1.zhiyanimg.example.com/v2-{token(a["name"], "title", n=32)}_1440w.jpg" alt="{A(a["headline"])}"></div>\n'
            + '<article class="Post-Main Post-NormalMain" tabindex="-1">\n'
            + f'<header class="Post-Header"><h1 class="Post-Title">{E(a["headline"])}</h1>\n'
            + f'<div class="Post-Author"><div class="AuthorInfo"><img class="Avatar" src="/avatar/{token(C["author"])}.jpg" alt="{A(C["author"])}"><div class="AuthorInfo-content">'
            + f'<div class="AuthorInfo-head"><a class="UserLink-link" href="/people/{token(C["author"])}">{E(C["author"])}</a></div><div class="AuthorInfo-badgeText">{E(C["badge"])}</div></div>'
            + f'<button class="FollowButton Button--primary">{E(C["follow"])}</button></div></div>\n'
            + f'<div class="LabelContainer-wrapper"></div><div class="css-1n4z8a1">{E(C["votes"])}</div></header>\n'
            + f'<div class="Post-RichTextContainer"><div class="css-376mun"><div class="{RT}" options="[object Object]">\n{body}\n</div></div></div>\n'
            + f'<div class="ContentItem-time">{E(C["time"])}</div>\n'
            + '<div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics">' + "".join(f'<a class="TopicLink" href="/topic/{token(t)}"><div class="Tag">{E(t)}</div></a>' for t in C["topics"]) + "</div></div>\n"
            + '<div class="ContentItem-actions">' + "".join(f'<button type="button" class="Button">{E(x)}</button>' for x in C["actions"]) + "</div>\n</article>\n"
            + f'<div class="Post-Sub Post-NormalSub"><div class="Comments-container"><div class="CommentListV2-header"><span>{E(C["cmt_head"])}</span> '
            + " ".join(f'<button>{E(x)}</button>' for x in C["sort"]) + f'</div>{cmts}<button class="Comments-more">{E(C["all_cmts"])}</button></div>\n'
            + f'<div class="Recommendations-Main"><h3>{E(C["rec_head"])}</h3>{rec}</div>\n'
            + f'<div class="PostIndex-Contributions"><h3>{E(C["incl"])}</h3><div class="ContributionCard"><a href="/column/{token(C["column"])}">{E(C["column"])}</a><p>{E(C["incl_desc"])}</p></div></div></div>\n'
            + "</div></main>\n"
            + f'<div class="OpenInAppButton"><span>{E(C["appbar"][1])}</span> <button>{E(C["appbar"][0])}</button></div>\n'
            + f'<div class="Modal-wrapper" hidden><div class="Modal"><p>{E(C["modal"])}</p><button>{E(C["login"])}</button></div></div>\n'
            + "</div></div>\n"
            + f'<script id="js-initialData" type="text/json">{ld(init)}</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- zhportal


ZP = dict(
    top=["设为首页", "加入收藏", "手机版", "数字报", "无障碍"],
    nav=["首页", "本地新闻", "国内国际", "民生", "财经", "教育", "健康", "文旅", "视频", "专题"],
    pos="当前位置：",
    info=("发布时间：", "来源：", "江北日报", "作者：", "点击数：", "次"), font=("【字体：", ["大", "中", "小"], "】"),
    summary="内容摘要：",
    editor="【责任编辑：孙蕾】",
    tools=["打印", "关闭", "收藏", "推荐给朋友"],
    prev=("上一篇：", "我市今年首批保障性租赁住房开始配租，1200套房源面向新市民和青年人"),
    next=("下一篇：", "江北区新增5个社区食堂，老年人就餐可享每餐3元补贴"),
    rel_head="相关文章",
    rel=["我市启动“菜篮子”平价商店扩容工程", "猪肉价格回升 市场供应总体稳定", "秋季蔬菜种植面积同比增长8%"],
    cmt_head="网友评论",
    cmt_note="（网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述）",
    cmts=[("江北网友", "2024-08-23 11:20", "前两天在菜市场买了一板鸡蛋，三十个要二十多块，确实比上个月贵了不少。"),
          ("老张", "2024-08-23 12:05", "希望相关部门多开几个平价点，老年人每天都要吃鸡蛋，涨价对我们影响最大。")],
    form=("发表评论", "用户名：", "匿名发表", "提交"),
    rank_head="热点排行",
    rank=["江北大桥夜间施工通知", "8月24日起部分公交线路临时调整", "市中心医院新门诊楼投入使用", "2024年秋季学期中小学开学时间公布", "本周末有雷阵雨 注意防范"],
    foot=["关于我们", "广告服务", "联系方式", "网站声明"],
    copy=["江北新闻网版权所有 未经书面授权禁止转载", "互联网新闻信息服务许可证编号：44120180012", "粤ICP备05012345号　技术支持：江北网络科技有限公司"],
)


def t_zhportal(a, lang, k=0):
    C = ZP
    IND = "\u3000\u3000"

    def fig(it, n):
        return (f'<p align="center">{img(a, n, "/uploadfile/2024/0823")}</p>\n'
                f'<p align="center"><font color="#666666">{E(it[1])}</font>{IND}{E(a["credit"].replace("新华财讯 记者 ", ""))}</p>')

    R = {"p": lambda it, n: f"<p>{IND}{E(it[1])}</p>",
         "h2": lambda it, n: f"<p>{IND}<strong>{E(it[1])}</strong></p>",
         "quote": lambda it, n: f"<blockquote><p>{IND}{E(it[1])}</p></blockquote>",
         "fig": fig,
         "ul": lambda it, n: lists("ul", it[1]), "ol": lambda it, n: lists("ol", it[1]),
         "table": lambda it, n: table_html(it[1], ' border="1" align="center"')}
    body = blocks(a, R) + f'\n<p align="right">{E(C["editor"])}</p>'
    i = C["info"]
    f = C["font"]
    d = when(a)
    dt = f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}:00"
    charset = a.get("encoding", "utf-8")
    cmts = "".join(f'<div class="cmt"><p class="cmt-head"><span class="name">{E(u)}</span>　<span class="time">{E(t)}</span></p><p class="cmt-body">{E(x)}</p></div>' for u, t, x in C["cmts"])
    fm = C["form"]
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            + '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            + f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n<title>{E(a["headline"])}_{E(a["site"])}</title>\n'
            + '<meta name="keywords" content="鸡蛋,价格,民生" />\n<meta name="description" content="' + A(a["standfirst"]) + '" />\n'
            + '<link href="/templets/default/style/article.css" rel="stylesheet" type="text/css" />\n</head>\n'
            + '<body>\n<div class="topbar"><div class="w980">' + " | ".join(f'<a href="javascript:;">{E(x)}</a>' for x in C["top"]) + "</div></div>\n"
            + f'<div class="header w980"><a href="/"><img src="/templets/default/images/logo.gif" alt="{A(a["site"])}" /></a></div>\n'
            + '<div class="nav w980"><ul>' + "".join(f'<li><a href="/{token(x)}/">{E(x)}</a></li>' for x in C["nav"]) + "</ul></div>\n"
            + f'<div class="w980 place">{E(C["pos"])}<a href="/">首页</a> &gt;&gt; <a href="/bendi/">本地新闻</a> &gt;&gt; 民生</div>\n'
            + '<div class="w980 clearfix"><div class="main-left">\n<div class="viewbox">\n'
            + f'<div class="title"><h2>{E(a["headline"])}</h2></div>\n'
            + f'<div class="info">{E(i[0])}{dt}　{E(i[1])}{E(i[2])}　{E(i[3])}{E(a["author"])}　{E(i[4])}<script src="/plus/count.php?view=yes&amp;aid=58213&amp;mid=1" type="text/javascript"></script>{E(i[5])}　'
            + f'{E(f[0])}' + " ".join(f'<a href="javascript:doZoom({s});">{E(x)}</a>' for s, x in zip((18, 16, 14), f[1])) + f'{E(f[2])}</div>\n'
            + f'<div class="intro"><strong>{E(C["summary"])}</strong>{E(a["standfirst"])}</div>\n'
            + f'<div class="content" id="zoom">\n{body}\n</div>\n'
            + '<div class="tools">' + "".join(f'【<a href="javascript:;">{E(x)}</a>】' for x in C["tools"]) + "</div>\n"
            + f'<div class="context"><ul><li>{E(C["prev"][0])}<a href="/bendi/{token(C["prev"][1])}.html">{E(C["prev"][1])}</a></li>'
            + f'<li>{E(C["next"][0])}<a href="/bendi/{token(C["next"][1])}.html">{E(C["next"][1])}</a></li></ul></div>\n'
            + "</div>\n"
            + f'<div class="xgwz"><h3>{E(C["rel_head"])}</h3><ul>' + "".join(f'<li><a href="/bendi/{token(t)}.html">{E(t)}</a></li>' for t in C["rel"]) + "</ul></div>\n"
            + f'<div class="feedback"><h3>{E(C["cmt_head"])}</h3><p class="note">{E(C["cmt_note"])}</p>{cmts}</div>\n'
            + f'<div class="postbox"><h3>{E(fm[0])}</h3><form action="/plus/feedback.php" method="post"><p>{E(fm[1])}<input type="text" name="username" /> '
            + f'<input type="checkbox" name="notuser" value="1" />{E(fm[2])}</p><textarea name="msg" rows="6" cols="60"></textarea><p><input type="submit" value="{A(fm[3])}" /></p></form></div>\n'
            + f'</div>\n<div class="main-right"><div class="rank"><h3>{E(C["rank_head"])}</h3><ol>'
            + "".join(f'<li><a href="/bendi/{token(t)}.html">{E(t)}</a></li>' for t in C["rank"]) + "</ol></div></div>\n</div>\n"
            + '<div class="footer w980"><p>' + " | ".join(f'<a href="/{token(x)}">{E(x)}</a>' for x in C["foot"]) + "</p>"
            + "".join(f"<p>{E(x)}</p>" for x in C["copy"]) + "</div>\n"
            + '<div style="display:none"><script type="text/javascript" src="/stat.js"></script>站长统计</div>\n'
            + "</body>\n</html>\n")


# ---------------------------------------------------------------- the pages


TEMPLATES = {"tabloid": t_tabloid, "aggregator": t_aggregator, "asiadaily": t_asiadaily, "vtcnews": t_vtcnews,
             "vncontent": t_vncontent, "xhfinance": t_xhfinance, "zhihu": t_zhihu, "zhportal": t_zhportal}
TAKES_K = {"vtcnews", "vncontent", "xhfinance", "zhihu", "zhportal"}

# (language, article of articles9.py, template, page name, extra fields)
PAGES = [
    ("en", "dengue", "tabloid", "tabloid-dengue", {"site": "Daily Courier", "credit": "COURIER MEDIA",
                                                   "url": "https://www.dailycourier.example.co.uk/health/article-13398215/Dengue-cases-triple-Port-Alder.html"}),
    ("en", "heat-schools", "tabloid", "tabloid-heat-schools", {"site": "Daily Courier",
                                                               "url": "https://www.dailycourier.example.co.uk/news/article-13611042/Heatwave-schools-close-decides.html"}),
    ("en", "dengue", "aggregator", "aggregator-dengue", {}),
    ("en", "heat-schools", "asiadaily", "asiadaily-heat-schools", {}),
    ("vi", "gia-dien", "vtcnews", "vtcnews-gia-dien", {"site": "VTN News", "url": "https://vtn.example.vn/gia-dien-tang-3-5-tu-hom-nay-ho-dung-nhieu-dien-chiu-muc-tang-cao-nhat-ar902114.html"}),
    ("vi", "tui-ni-long", "vtcnews", "vtcnews-tui-ni-long", {"site": "VTN News", "tl_after": True, "url": "https://vtn.example.vn/hoi-dap-sieu-thi-ngung-phat-tui-ni-long-mien-phi-tu-1-1-ar905731.html"}),
    ("vi", "gia-dien", "vncontent", "vncontent-gia-dien-cp1258", {"site": "Báo Công Thương Phương Nam", "encoding": "windows-1258",
                                                                  "url": "http://congthuongphuongnam.example.vn/tin-tuc/gia-dien-tang-3-5-tu-hom-nay-12841.html"}),
    ("vi", "tui-ni-long", "vncontent", "vncontent-tui-ni-long", {"site": "Báo Công Thương Phương Nam",
                                                                 "url": "http://congthuongphuongnam.example.vn/tin-tuc/sieu-thi-ngung-phat-tui-ni-long-13077.html"}),
    ("zh", "jidan", "xhfinance", "xhfinance-jidan", {}),
    ("zh", "tuishui", "xhfinance", "xhfinance-tuishui-gbk", {"encoding": "gbk"}),
    ("zh", "tuishui", "zhihu", "zhihu-tuishui", {"site": "知言", "url": "https://zhuanlan.zhiyan.example.com/p/681203547"}),
    ("zh", "jidan", "zhportal", "zhportal-jidan-gb18030", {"site": "江北新闻网", "encoding": "gb18030",
                                                           "url": "http://www.jiangbei.example.cn/bendi/2024/0823/58213.html"}),
]


def prepare(template, a):
    if template == "tabloid":
        return dict(a, show_bullets=True, print_standfirst=False)
    return a


# ---------------------------------------------------------------- writing and checking


def main():
    total = 0

    def render(template, a, lang, k):
        if template in TAKES_K:
            return TEMPLATES[template](a, lang, k)
        return TEMPLATES[template](a, lang)

    for lang, name, template, a, n in build_pages(OUT, articles9.ARTICLES, PAGES, render, gold9, prepare=prepare):
        total += n
        print(f"{lang}/{name}: {template}, {a.get('encoding', 'utf-8')}, {n} gold lines")
    print(f"{len(PAGES)} pages, {total} gold lines: all checks passed")


if __name__ == "__main__":
    main()
