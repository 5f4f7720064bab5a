#!/usr/bin/env python3
"""The seventh held-out set (tests/pages/heldout7/{en,vi,zh}): new articles (articles7.py) in
eight new templates, written blind: without looking at the extractor's code, its tests or
its output, and without running it. Not yet scored; nothing was tuned on it.

    python3 tests/pages/heldout7.py

writes the 12 pages and their golds, then checks each with pagekit.check_page (every gold
line is in its page's visible text, with script, style, title, <select>, <textarea>, hidden
and display:none elements left out; the tags balance; legacy-encoded pages decode strictly in
the charset they declare and are not valid UTF-8). Deterministic: the same bytes every run.
It imports only articles7.py and pagekit.py.

Templates, each imitating the markup habits of a kind of site not used by the other sets (the
sites are fictitious, example.* addresses):

  chaincms    a local US daily on a newspaper chain's CMS (Gannett-like): gnt_* classes,
              p.gnt_ar_b_p paragraphs, h2.gnt_ar_b_h2, figures with the caption and the credit
              in sibling spans of one figcaption (credit in data-c-credit too), the dateline
              "HARLOW POINT —" leading the first paragraph, "Story continues below" before an
              embedded video of another story, an in-body newsletter promo, "More:" link
              paragraphs in the same p class as the body, a subscriber-only overlay, "Contributing:"
              and a reach-the-reporter bio as the last p.gnt_ar_b_p, "More Stories" teasers with
              summaries, "Around the network" cards, cookie banner, footer.
  contributor a business magazine's contributor page (Forbes-like): contributor byline with
              "Follow", bio line and "Contributor" label over the headline, an "Editors' Pick"
              badge, a dek, fbs-accordion captions with a <small> credit, a pull quote that
              repeats a body sentence, a "Capital Daily" newsletter sign-up and a "MORE FROM
              CAPITAL" vestpocket in the middle of the body, "ADVERTISEMENT" divs, the
              "Follow me on ..." line and the contributor disclaimer at the end of the body,
              author bio box, Editorial Standards / Reprints & Permissions, trending with
              summaries.
  drupal      a Drupal 9/10 site (a university news office in English, a provincial culture
              portal in Vietnamese): block-page-title-block h1 in a field--name-title span,
              node__meta "Submitted by ... on ...", node__content with field--name-field-summary
              (the standfirst), field--name-field-image, field--name-body of CKEditor output
              (figure.caption-img, blockquote, table), plain-<p> "Related:" and credit lines
              inside the body field, field--label-above Tags and Media contact fields, a comment
              section with an "Add new comment" form, views-element-container blocks (related
              news with summaries and dates, a pager "Load more", events), visually-hidden
              headings, messages fallback div, breadcrumb.
  cmsbody     a Vietnamese national paper (Tiền Phong/Người Lao Động-like): article__header,
              the sapo in div.article__sapo.cms-desc, article__body.cms-body of <p>, figures
              whose <figcaption> <p> ends with "Ảnh: ...", inline "Đọc thêm" boxes with a
              linked title and a summary, a bold right-aligned author paragraph, a "Theo ..."
              line, tags, reactions ("Bạn cảm thấy thế nào về bài viết này?" with counts),
              comments in full sentences, "Tin cùng chuyên mục" with summaries, most read.
  fontportal  an old Vietnamese provincial portal on a Mambo/Joomla 1.0-style PHP CMS, in
              windows-1258 (http-equiv): table layout, td.contentheading title with PDF / In /
              E-mail buttons, td.small author and td.createdate date rows, every paragraph a
              <p><font face=... size=...>, subheadings as <font><b>, captions in an image table
              in <font size="1"><i>, a bare "Ảnh: ..." line, the dateline "ĐẮK LẮK -" leading
              the first paragraph, a bold author and "(Nguồn: ...)" line in the body cell,
              td.modifydate "Cập nhật ( ... )", pagenav "< Trước  Tiếp >", "Các tin mới hơn:"
              and "Các tin cũ hơn:" lists, left modules (main menu, poll, who's online,
              visitor counter), a marquee of headlines.
  sinam       a Chinese portal's mobile page (Sina-like m.): sticky "打开APP" banners, the
              body p.art_p in a section whose second half sits in an art_fold div with a fixed
              height and overflow hidden under a "展开全文" button (the folded text is the
              page's, and gold), figure captions in h2.art_img_tit, a "摘要" label over the
              standfirst, the 责任编辑 line and the 新浪声明-style disclaimer as the body's last
              paragraphs, "打开APP，查看更多评论", 热门推荐 feed with summaries, hot comments.
  jiemian     a Chinese business/news site (Jiemian/36Kr-like), one page in GBK (meta charset):
              "界面新闻记者 | ..." and "界面新闻编辑 | ..." lines as the first paragraphs of the
              body, the summary in div.article-summary, captions in p.img-desc under the image,
              the 本文系…原创 notice, 打赏 box, 收藏 / 点赞 / 分享 tools, a 作者 card (name,
              bio, article count, 关注), tags with #, "相关文章" with summaries, comments,
              右栏 "24小时热文".
  xinhuam     a Chinese agency's mobile site (Xinhua-net m.-like): div.mheader with "打开客户端",
              a swipe channel bar, h1.title, a source/time line, the dateline "新城网…电（记者
              …）" leading the first paragraph, captions as a centred <p> under the image,
              【责任编辑：…】, "点击查看更多" related list, 下载客户端 band, a bottom tab bar.

What is gold follows tests/pages/README.md and the judgements of heldout3-5: headline,
standfirst, paragraphs, subheadings, list items, block quotes, figure captions (without their
credits), table cells, editor's notes. Judgements of this set on chrome of new shapes:
  - The article's own short lines are gold even where they look like chrome: a two-word
    subheading ("What's next", "三局比分"), captions of one or two words ("Liftoff.",
    "Bìa sách.", "颁奖仪式。"), a one-line paragraph ("PERCH-1 did.", "目前，该案尚在上诉期内。").
  - A standfirst under a label (sinam "摘要") is gold without the label; a folded second half
    behind "展开全文" is gold (the page carries it, visible once unfolded).
  - NOT gold: datelines leading the first paragraph ("HARLOW POINT —", "ĐẮK LẮK -",
    "新城网…电（记者 …）"); credits after a caption in its own element ("Ảnh: ...") or in a
    sibling span; "Story continues below" and the embedded video of another story; "More:",
    "Related:", "Đọc thêm" link lines and boxes with their summaries; "Contributing: ..."; the
    reporter's reach/bio paragraph; contributor byline, "Follow", "Editors' Pick", the pull
    quote, the newsletter sign-ups and their legal lines, "Follow me on ...", the contributor
    disclaimer; "Submitted by ..."; Tags / Media contact fields; bold author and "(Nguồn: ...)"
    / "Theo ..." lines; "Cập nhật ( ... )"; 界面新闻记者 / 编辑 lines, 本文系…原创, 打赏;
    责任编辑 and the portal's disclaimer; reactions, comments, teaser cards with summaries.
"""

import datetime
import functools
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles7  # noqa: E402
import pagekit  # noqa: E402
from pagekit import (E, A, blocks, when, ld, gold_lines, build_pages, PageText,  # noqa: E402,F401
                     token, add, first_para, table_rows, news_ld)

OUT = os.path.join(HERE, "heldout7")


def gold7(a):
    """The article's text, one block a line (pagekit.gold_lines with the kind "note")."""
    return gold_lines(a, text=("p", "h2", "quote", "fig", "note"))


def slot(a, frac, avoid=()):
    """A plain paragraph near `frac` of the body after which a site may put a box: not one that
    leads into a list or table (ends with a colon), not followed by a figure, not the last."""
    items = a["body"]
    start = int(len(items) * frac)
    order = list(range(start, len(items) - 1)) + list(range(start - 1, 0, -1))
    for n in order:
        if n in avoid:
            continue
        if items[n][0] == "p" and items[n + 1][0] in ("p", "h2", "quote") and not items[n][1].endswith((":", "：")):
            return n
    raise ValueError(a["name"])


def og(a, locale, site=None):
    """The og: meta lines with og:image beside the article's address."""
    return pagekit.og(a, locale, site, image=a["url"].rsplit("/", 1)[0])


def img(a, n, w=960, h=540, attrs=""):
    return f'<img src="https://cdn.example.com/{token(a["url"], n)}/{w}x{h}.jpg" width="{w}" height="{h}" alt=""{attrs}>'


GNT_IMG = ' class="gnt_em_img_i" loading="lazy"'
FBS_IMG = ' data-height="540" data-width="960"'
DR_IMG = ' data-entity-type="file" loading="lazy"'
CB_TD = ' style="vertical-align:top"'


def first_text(a, n, item, dateline_html):
    """The first paragraph's text with the page's dateline before it (not gold)."""
    if n == first_para(a) and dateline_html:
        return dateline_html + E(item[1])
    return E(item[1])


# ---------------------------------------------------------------- chaincms: a chain's local daily

CC_ART = {
    "shipyard": dict(
        section="Business", credit="Kim Tran/The Carrick Ledger", lead_cap="The dry dock at the Harlow Point shipyard, idle since 2020.",
        more=[("Harlow Point schools budget gap grows to $6 million as enrollment climbs", "/story/news/education/2024/06/04/harlow-point-schools-budget-gap/74002211007/"),
              ("Bramwell Marine buys former ferry yard out of bankruptcy (2019)", "/story/money/2019/11/20/bramwell-marine-buys-harlow-point-yard/4251880002/")],
        video=("Watch: Workers react to the Navy contract at Harlow Point", "Welders and pipefitters describe what the new order means for the waterfront after years of layoffs.", "1:48"),
        contributing="Contributing: Luis Ferreira, The Carrick Ledger",
        bio="Dana Whitcomb covers business and the waterfront for The Carrick Ledger. Reach her at dwhitcomb@carrickledger.example.com or follow her on X @danawhitcomb.",
    ),
    "satellite": dict(
        section="Tech", credit="Provided by Northgate State University", lead_cap="PERCH-1 in a clean room at Northgate State University before it was shipped for launch.",
        more=[("Northgate State opens $40 million engineering building on North Campus", "/story/news/education/2024/01/18/northgate-state-engineering-building-opens/72265840007/"),
              ("Carrick County weather station network to add six rural sites", "/story/weather/2024/05/09/carrick-county-weather-stations-rural/73610332007/")],
        video=("Watch: How a rocket carries small satellites to orbit", "A short explainer on rideshare launches, which carry dozens of small satellites at once.", "2:31"),
        contributing="Contributing: Associated Wire Services",
        bio="Marcus Oyelaran covers science, health and higher education for The Carrick Ledger. Email him at moyelaran@carrickledger.example.com.",
    ),
}

CC = dict(
    site="The Carrick Ledger",
    nav=["News", "Sports", "Business", "Opinion", "Things to Do", "Obituaries", "eNewspaper", "Legals", "USA TODAY"],
    top=["Subscribe", "Sign In"],
    cookie="We use cookies and similar technologies to personalize content, measure ads and provide social media features. By clicking \u201cAccept\u201d you agree to our use of these technologies. You can change your choices at any time in Privacy Settings.",
    cookie_btn=["Accept", "Privacy Settings"],
    share=["Facebook", "X", "Email", "Comments"],
    continues="Story continues below video",
    nl_head="Get the Morning Briefing",
    nl_text="Start your day with the headlines from Carrick County, delivered to your inbox every weekday at 6 a.m.",
    nl_btn="Sign up",
    sub_head="This story is for subscribers",
    sub_text="We offer subscribers exclusive access to our best journalism. Thank you for your support.",
    sub_btn="Subscribe for $1",
    more_head="More Stories",
    stories=[("Carrick County fair returns with a rodeo and a new food hall", "Organizers expect 120,000 visitors over ten days, the most since 2019, and have added a second parking shuttle."),
             ("Route 9 bridge work will close two lanes through October", "Drivers heading to the waterfront should expect delays of up to 20 minutes at peak hours, state officials said."),
             ("Harlow Point High graduate named a national merit scholar", "Aisha Bello, who plans to study marine biology, is one of 12 finalists from the state this year.")],
    network_head="Around the network",
    network=[("Why shipbuilders are struggling to find welders", "Yards from Maine to Mississippi are raising wages and opening their own schools to fill thousands of open jobs."),
             ("The best summer festivals within a two-hour drive", "From blueberry fairs to jazz on the harbor, here is where to go this season.")],
    footer=["About Us", "Newsroom Staff", "Contact Us", "Subscription Terms", "Manage Account", "Reprints & Permissions", "Privacy Policy", "Terms of Service", "Your Privacy Choices"],
    copy="\u00a9 2024 www.carrickledger.example.com. All rights reserved.",
)


def t_chaincms(a, lang, k):
    S, X = CC, CC_ART[a["name"]]
    d = when(a)
    hour = d.strftime("%I:%M").lstrip("0")
    ampm = "a.m." if d.hour < 12 else "p.m."
    stamp = f"{hour} {ampm} ET {d.strftime('%B')} {d.day}, {d.year}"
    u = d + datetime.timedelta(hours=2, minutes=17)
    ustamp = f"{u.strftime('%I:%M').lstrip('0')} {'a.m.' if u.hour < 12 else 'p.m.'} ET {u.strftime('%B')} {u.day}, {u.year}"
    P = "gnt_ar_b_p"

    def fig(item, n):
        return (f'<figure class="gnt_em gnt_em_img" aria-label="{A(item[1])}"><div class="gnt_em_img_w">{img(a, n, attrs=GNT_IMG)}</div>'
                f'<figcaption class="gnt_em_cp" data-c-caption="{A(item[1])}" data-c-credit="{A(X["credit"])}">'
                f'<span class="gnt_em_cp_w">{E(item[1])}</span> <span class="gnt_em_cp_ccr">{E(X["credit"])}</span></figcaption></figure>')

    dl = (E(a["dateline"]) + " ") if a.get("dateline") else ""
    R = {
        "p": lambda it, n: f'<p class="{P}">{first_text(a, n, it, dl)}</p>',
        "h2": lambda it, n: f'<h2 class="gnt_ar_b_h2">{E(it[1])}</h2>',
        "quote": lambda it, n: f'<blockquote class="gnt_ar_b_bq"><p class="{P}">{E(it[1])}</p></blockquote>',
        "fig": fig,
        "ul": lambda it, n: '<ul class="gnt_ar_b_ul">' + "".join(f'<li class="gnt_ar_b_li">{E(x)}</li>' for x in it[1]) + "</ul>",
        "table": lambda it, n: f'<div class="gnt_em gnt_em_tbl"><table class="gnt_ar_b_tb">{table_rows(it[1])}</table></div>',
    }
    inserts = {}
    s1 = slot(a, 0.2)
    add(inserts, s1, f'<p class="{P}"><strong>More:</strong> <a href="{X["more"][0][1]}" class="gnt_ar_b_a">{E(X["more"][0][0])}</a></p>')
    s2 = slot(a, 0.4, avoid={s1})
    vt, vs, vd = X["video"]
    add(inserts, s2, f'<aside class="gnt_em gnt_em_vp" aria-label="video"><div class="gnt_em_vp_lbl">{E(S["continues"])}</div>'
        f'<div class="gnt_em_vp_w"><button class="gnt_em_vp_pb" aria-label="Play">{img(a, 90, 640, 360)}</button>'
        f'<div class="gnt_em_vp_tt">{E(vt)}</div><div class="gnt_em_vp_ds">{E(vs)}</div><div class="gnt_em_vp_du">{vd}</div></div></aside>')
    s3 = slot(a, 0.6, avoid={s1, s2})
    add(inserts, s3, f'<div class="gnt_em gnt_em_nl"><div class="gnt_em_nl_hd">{E(S["nl_head"])}</div><p class="gnt_em_nl_tx">{E(S["nl_text"])}</p>'
        f'<form class="gnt_em_nl_f" action="/newsletters/"><input type="email" name="email" placeholder="Email address"> <button class="gnt_em_nl_b">{E(S["nl_btn"])}</button></form></div>')
    s4 = slot(a, 0.75, avoid={s1, s2, s3})
    add(inserts, s4, f'<p class="{P}"><strong>More:</strong> <a href="{X["more"][1][1]}" class="gnt_ar_b_a">{E(X["more"][1][0])}</a></p>'
        '<aside class="gnt_x gnt_xmst" aria-label="advertisement"><div class="gnt_x_lbl">Advertisement</div><div id="gnt_ad_slot_2" class="gnt_x_f"></div></aside>')
    body = blocks(a, R, inserts)
    stories = "".join(f'<a class="gnt_m_flm_a" href="/story/news/local/2024/0{k + 5}/1{i}/{token(t, n=6)}/"><img class="gnt_m_flm_i" src="https://cdn.example.com/{token(t)}.jpg" alt="">'
                      f'<div class="gnt_m_flm_hl">{E(t)}</div><div class="gnt_m_flm_sb">{E(s)}</div></a>' for i, (t, s) in enumerate(S["stories"]))
    network = "".join(f'<a class="gnt_m_th_a" href="https://www.network.example.com/story/{token(t, n=6)}/"><div class="gnt_m_th_hl">{E(t)}</div><div class="gnt_m_th_sb">{E(s)}</div></a>' for t, s in S["network"])
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{A(a["standfirst"])}">
<link rel="canonical" href="{A(a["url"])}">
{og(a, "en_US")}
<meta name="gnt:section" content="{X["section"].lower()}">
{news_ld(a, "en-US", isAccessibleForFree=False, hasPart={"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".gnt_ar_b"})}
<style>.gnt_sb_ov{{position:fixed;bottom:0}}.gnt_n_mn a{{margin:0 8px}}</style>
</head>
<body class="gnt_pb gnt_pb__ar">
<div class="gnt_cc" id="gnt_cc" role="dialog" aria-label="Cookie consent"><p class="gnt_cc_t">{E(S["cookie"])}</p><button class="gnt_cc_b">{E(S["cookie_btn"][0])}</button> <button class="gnt_cc_b gnt_cc_b__s">{E(S["cookie_btn"][1])}</button></div>
<header class="gnt_n" aria-label="Site header"><a class="gnt_n_logo" href="/">{E(S["site"])}</a>
<nav class="gnt_n_mn" aria-label="Main">{"".join(f'<a class="gnt_n_mn_ce" href="/{token(x, n=4)}/">{E(x)}</a>' for x in S["nav"])}</nav>
<div class="gnt_n_us">{"".join(f'<a class="gnt_n_us_a" href="/account/">{E(x)}</a>' for x in S["top"])}</div></header>
<main class="gnt_cw" id="main">
<article class="gnt_pr" data-ss-t="article">
<div class="gnt_ar_lbl"><a href="/{X["section"].lower()}/">{E(X["section"])}</a></div>
<h1 class="gnt_ar_hl" elementtiming="ar-headline">{E(a["headline"])}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/{token(a["author"], n=5)}/{a["author"].lower().replace(" ", "-")}/">{E(a["author"])}</a><div class="gnt_ar_by_j">{E(S["site"])}</div></div>
<div class="gnt_ar_dt" aria-label="Published {stamp}">Published {stamp} <span class="gnt_ar_dt_u">| Updated {ustamp}</span></div>
<div class="gnt_ss" aria-label="Share">{"".join(f'<button class="gnt_ss_b" aria-label="{x}">{E(x)}</button>' for x in S["share"])}</div>
<div class="gnt_ar_sf" data-c-dek="1"><p class="gnt_ar_sf_p">{E(a["standfirst"])}</p></div>
<figure class="gnt_em gnt_em_img gnt_em__lead"><div class="gnt_em_img_w">{img(a, 99)}</div><figcaption class="gnt_em_cp" data-c-credit="{A(X["credit"])}"><span class="gnt_em_cp_ccr">{E(X["credit"])}</span></figcaption></figure>
<div class="gnt_ar_b" aria-label="Article body">
{body}
<p class="{P}">{E(X["contributing"])}</p>
<p class="{P}"><em>{E(X["bio"])}</em></p>
</div>
<div class="gnt_sb gnt_sb_ov" aria-label="Subscriber only"><div class="gnt_sb_hd">{E(S["sub_head"])}</div><p class="gnt_sb_t">{E(S["sub_text"])}</p><a class="gnt_sb_b" href="/subscribe/">{E(S["sub_btn"])}</a> <a class="gnt_sb_l" href="/login/">Already a subscriber? Sign in</a></div>
<div class="gnt_ar_cm"><button class="gnt_ar_cm_b">Comments</button></div>
</article>
<section class="gnt_m gnt_m_flm" aria-label="More Stories"><h2 class="gnt_m_flm_h">{E(S["more_head"])}</h2>{stories}</section>
<section class="gnt_m gnt_m_th" aria-label="{A(S["network_head"])}"><h2 class="gnt_m_th_h">{E(S["network_head"])}</h2>{network}</section>
</main>
<footer class="gnt_f"><nav class="gnt_f_n">{"".join(f'<a href="/{token(x, n=4)}/">{E(x)}</a> ' for x in S["footer"])}</nav><p class="gnt_f_c">{E(S["copy"])}</p></footer>
<div id="gnt_modal_login" hidden><p>Sign in to keep reading. You have reached your limit of free articles this month.</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- contributor: a magazine's contributor page

CT = dict(
    site="Capital", author="Paul Renner",
    author_bio="I write about defense contracting, shipbuilding and the industrial towns that depend on them.",
    nav=["Billionaires", "Innovation", "Leadership", "Money", "Business", "Small Business", "Lifestyle", "Lists", "Advisor"],
    subscribe="Subscribe: Less Than $1.50/Wk",
    badge="Editors' Pick",
    follow="Follow",
    label="Contributor",
    section="Manufacturing",
    ad="ADVERTISEMENT",
    nl_title="Capital Daily: Join over 1 million readers",
    nl_text="Get our best stories, exclusive reporting and essential analysis of the day's news in your inbox every weekday.",
    nl_btn="Sign Up",
    nl_legal="By signing up, you agree to receive this newsletter, other updates about Capital and its affiliates' offerings, our Terms of Service and Privacy Statement.",
    more_head="MORE FROM CAPITAL",
    more=["Navy Shipbuilding Backlog Hits Record As Yards Struggle To Hire",
          "The Small Towns Betting Their Future On Defense Work",
          "Why Tax Breaks For Factories Rarely Pay For Themselves"],
    follow_line="Follow me on LinkedIn. Check out my website.",
    disclaimer="Opinions expressed by Capital contributors are their own.",
    bio_long="Paul Renner has covered the defense industry for 15 years, first as a reporter in Norfolk and later as an analyst for a shipbuilding consultancy. He writes about procurement, the maritime workforce and regional economies.",
    bio_links=["Editorial Standards", "Reprints & Permissions"],
    trending_head="Trending Now",
    trending=[("The 25 Best Places To Retire In 2024", "Low taxes, good hospitals and short airport drives put these small cities at the top of our list."),
              ("Inside The Race To Build Cheaper Batteries For Ships", "Start-ups say electric tugboats and ferries could be common within a decade, if costs keep falling."),
              ("How One Welding School Tripled Its Enrollment", "A community college in Ohio redesigned its course around the jobs local employers actually need.")],
    footer="\u00a9 2024 Capital Media LLC. All Rights Reserved.",
    footer_links=["AdChoices", "Privacy Statement", "Your Privacy Choices", "Cookie Preferences", "Digital Terms of Sale", "Terms of Service", "Contact Us", "Send Us Feedback", "Report a Security Issue", "Jobs At Capital", "Reprints & Permissions"],
)


def t_contributor(a, lang, k):
    S = CT
    d = when(a)
    stamp = f"{d.strftime('%b')} {d.day}, {d.year}, {d.strftime('%I:%M').lstrip('0')}{'am' if d.hour < 12 else 'pm'} EDT"

    def fig(item, n):
        return (f'<figure class="embed-base image-embed embed-{n}" role="presentation"><div style="padding-top:56.25%;position:relative">{img(a, n, attrs=FBS_IMG)}</div>'
                f'<figcaption><fbs-accordion class="expanded"><p class="color-body light-text">{E(item[1])}</p></fbs-accordion>'
                f'<small>Kim Tran for Capital</small></figcaption></figure>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f'<h2 class="subhead-embed color-accent bg-base font-accent font-size text-align">{E(it[1])}</h2>',
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "fig": fig,
        "ul": lambda it, n: "<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "table": lambda it, n: f'<div class="table-embed"><table>{table_rows(it[1])}</table></div>',
    }
    inserts = {}
    s1 = slot(a, 0.15)
    add(inserts, s1, f'<div class="article-sponsor"><div class="ad-unit"><div class="ad-label">{E(S["ad"])}</div><div id="article-0-ad-1" class="fbs-ad--ntv-contentd-wrapper"></div></div></div>')
    s2 = slot(a, 0.3, avoid={s1})
    add(inserts, s2, f'<div class="newsletter-signup inline-nl"><div class="nl-title">{E(S["nl_title"])}</div><p class="nl-desc">{E(S["nl_text"])}</p>'
        f'<form class="nl-form" action="/newsletters/daily/"><input type="email" name="email" placeholder="Email address"> <button type="submit">{E(S["nl_btn"])}</button></form>'
        f'<p class="nl-legal">{E(S["nl_legal"])}</p></div>')
    s3 = slot(a, 0.5, avoid={s1, s2})
    pull = a.get("pull", [])
    if pull:
        add(inserts, s3, f'<div class="pull-quote-embed"><blockquote class="pull-quote"><p>\u201c{E(pull[0].rstrip(","))}\u201d</p></blockquote></div>')
    s4 = slot(a, 0.7, avoid={s1, s2, s3})
    add(inserts, s4, f'<div class="vestpocket" vest-pocket=""><div class="vp-label">{E(S["more_head"])}</div><div class="vp-items">'
        + "".join(f'<div class="vp-item"><a href="/sites/{token(t, n=6)}/2024/0{i + 3}/">{E(t)}</a></div>' for i, t in enumerate(S["more"])) + "</div></div>"
        f'<div class="article-sponsor"><div class="ad-unit"><div class="ad-label">{E(S["ad"])}</div><div id="article-0-ad-2"></div></div></div>')
    body = blocks(a, R, inserts)
    trending = "".join(f'<li class="trending-item"><a href="/sites/{token(t, n=6)}/"><h3>{E(t)}</h3></a><p>{E(s)}</p></li>' for t, s in S["trending"])
    slug = S["author"].lower().replace(" ", "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="{A(S["author"])}">
<link rel="canonical" href="https://www.capital.example.com/sites/{slug}/2024/06/12/{token(a["url"], n=10)}/">
{og(dict(a, url=f"https://www.capital.example.com/sites/{slug}/2024/06/12/"), "en_US", site=S["site"])}
{news_ld(dict(a, site=S["site"], author=S["author"]), "en")}
</head>
<body class="article-page">
<header class="header-bar"><a class="header-logo" href="/" aria-label="{S["site"]}">{S["site"]}</a>
<nav class="header-nav"><ul>{"".join(f'<li><a href="/{x.lower().replace(" ", "-")}/">{E(x)}</a></li>' for x in S["nav"])}</ul></nav>
<a class="header-subscribe" href="/subscribe/">{E(S["subscribe"])}</a> <button class="header-signin">Sign In</button></header>
<div class="top-ad-container"><div class="ad-label">{E(S["ad"])}</div><div id="top-ad"></div></div>
<main class="main-content main-content--universal-header">
<article class="article-body-container">
<div class="article-header">
<div class="top-label"><a href="/{S["section"].lower()}/">{E(S["section"])}</a></div>
<div class="editors-pick-badge"><span>{E(S["badge"])}</span></div>
<h1 class="fs-headline speakable-headline font-base font-size">{E(a["headline"])}</h1>
<h2 class="article-dek">{E(a["standfirst"])}</h2>
<div class="top-contrib-block"><div class="contrib-byline"><img class="contrib-avatar" src="https://cdn.example.com/avatars/{slug}.jpg" alt="{A(S["author"])}">
<div class="contrib-byline-author"><a class="contrib-link--name" href="/sites/{slug}/">{E(S["author"])}</a>, <span class="contrib-label">{E(S["label"])}</span> <button class="follow-button" aria-label="Follow {A(S["author"])}">{E(S["follow"])}</button>
<div class="contrib-bio">{E(S["author_bio"])}</div></div></div>
<div class="content-data metrics-text"><time>{stamp}</time></div></div>
<div class="article-toolbar"><button>Share to Facebook</button> <button>Share to Twitter</button> <button>Share to Linkedin</button> <button class="save-btn">Save Article</button></div>
</div>
<div class="article-body fs-article fs-responsive-text current-article">
<figure class="embed-base image-embed embed-lead"><div>{img(a, 99)}</div><figcaption><small>Getty Images</small></figcaption></figure>
{body}
<div class="article-footer-follow"><p>{E(S["follow_line"])}</p></div>
<div class="article-disclaimer"><p>{E(S["disclaimer"])}</p></div>
</div>
<div class="fs-author-group-wrapper"><div class="fs-author-avatar"><img src="https://cdn.example.com/avatars/{slug}.jpg" alt=""></div>
<div class="fs-author-info"><a class="fs-author-name" href="/sites/{slug}/">{E(S["author"])}</a> <button class="follow-button">{E(S["follow"])}</button>
<p class="fs-author-bio">{E(S["bio_long"])}</p><a class="fs-author-more" href="/sites/{slug}/">Read More</a></div></div>
<div class="article-footer-links">{" ".join(f'<a href="/{token(x, n=4)}/">{E(x)}</a>' for x in S["bio_links"])}</div>
</article>
<aside class="trending-rail"><h2>{E(S["trending_head"])}</h2><ol>{trending}</ol></aside>
</main>
<footer class="footer"><div class="footer-links">{" ".join(f'<a href="/{token(x, n=4)}/">{E(x)}</a>' for x in S["footer_links"])}</div><p class="footer-copyright">{E(S["footer"])}</p></footer>
<div class="paywall-modal" style="display:none"><p>You have read your last free article this month. Subscribe to keep reading.</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- drupal: a Drupal 9/10 site

DR = {
    "en": dict(
        lang="en", locale="en_US", site="Northgate State Today", slogan="News from Northgate State University",
        nav=["News", "Research", "Campus Life", "Arts & Culture", "Athletics", "For the Media", "Events"],
        util=["Apply", "Give", "Directory", "MyNorthgate"],
        crumbs=["Home", "News", "Science & Technology"],
        vh_main="Main navigation", vh_crumb="Breadcrumb", skip="Skip to main content",
        submitted="Submitted by {u} on {d}", user="mwright",
        related_lbl="Related:", related=("Northgate State students win national rocketry prize for the second year", "/news/2023/05/rocketry-prize"),
        credit_lbl="Photo: University Communications",
        tags_lbl="Tags", tags=["Engineering", "Space", "Student Research", "Weather"],
        contact_lbl="Media contact", contact="Jamie Ortega, University Communications, 555-0142, jortega@northgate.example.edu",
        cmt_head="Comments", cmt_add="Add new comment", cmt_labels=["Your name", "Comment", "Save", "Preview"],
        cmts=[("Alum '98", "Congratulations to the whole team. When I was in the engineering program we could only dream of building something that would actually go to space."),
              ("R. Patel", "Is there a way for the public to follow the satellite? My kids would love to see when it passes over our town.")],
        permalink="Permalink", reply="Reply",
        rel_head="Related news", more_btn="Load more",
        rel=[("Engineering students test a satellite in the university's new vacuum chamber", "The chamber, installed in March, can simulate the cold and airlessness of low Earth orbit for up to two weeks.", "03/21/2024"),
             ("Atmospheric scientists join national network for weather balloon data", "Northgate State will launch two balloons a day from its field station during the spring storm season.", "02/07/2024")],
        events_head="Upcoming events",
        events=[("PERCH-1 public talk: how we built a satellite", "Sept. 19, 2024, 7 p.m., Hale Hall 101"),
                ("Open house at the ground station", "Oct. 5, 2024, 10 a.m.\u20132 p.m., Hale Hall roof")],
        nl_head="Subscribe to Northgate State Today", nl_text="A weekly email with the university's top stories, research news and events.", nl_btn="Subscribe",
        footer=["Northgate State University", "400 College Avenue, Carrick, NE 68001", "Accessibility", "Privacy", "Non-discrimination", "Emergency information"],
        copy="\u00a9 2024 Northgate State University",
    ),
    "vi": dict(
        lang="vi", locale="vi_VN", site="Cổng thông tin Văn hóa Nghệ An", slogan="Sở Văn hóa và Thể thao tỉnh Nghệ An",
        nav=["Trang chủ", "Tin tức", "Di sản", "Văn học - Nghệ thuật", "Thư viện", "Thể thao", "Văn bản", "Liên hệ"],
        util=["Sơ đồ cổng", "Hỏi đáp", "English"],
        crumbs=["Trang chủ", "Tin tức", "Văn hóa"],
        vh_main="Điều hướng chính", vh_crumb="Đường dẫn", skip="Chuyển đến nội dung chính",
        submitted="Đăng bởi {u} vào {d}", user="bientap01",
        related_lbl="Tin liên quan:", related=("Hội thảo khoa học về bảo tồn phương ngữ Nghệ Tĩnh tại Vinh", "/tin-tuc/hoi-thao-phuong-ngu-nghe-tinh"),
        credit_lbl="Ảnh: Hải Đăng",
        tags_lbl="Từ khóa", tags=["tiếng Nghệ", "phương ngữ", "từ điển", "Nam Đàn"],
        contact_lbl="Nguồn tin", contact="Phòng Quản lý văn hóa, Sở Văn hóa và Thể thao Nghệ An",
        cmt_head="Ý kiến bạn đọc", cmt_add="Gửi ý kiến", cmt_labels=["Họ tên", "Nội dung", "Gửi", "Xem trước"],
        cmts=[("Trần Văn Hùng", "Đọc bài mà nhớ bà nội tôi quá. Hồi nhỏ bà hay nói \u201cchộ\u201d mà tôi cứ tưởng là nói nhầm. Mong sách sớm có ở thư viện huyện."),
              ("Nguyễn Thị Mai", "Xin hỏi sách bán ở đâu và giá bao nhiêu ạ? Tôi muốn mua tặng các cháu đang sống ở Sài Gòn.")],
        permalink="Liên kết", reply="Trả lời",
        rel_head="Tin cùng chuyên mục", more_btn="Xem thêm",
        rel=[("Sưu tầm gần 200 bài ví, giặm ở các làng ven sông Lam", "Nhóm nghệ nhân đã ghi âm lại những làn điệu chỉ còn vài người lớn tuổi thuộc lời, để đưa vào các lớp dạy hát cho học sinh.", "25/04/2024"),
             ("Thư viện tỉnh mở không gian đọc sách về văn hóa xứ Nghệ", "Không gian mới có hơn 3.000 đầu sách, trong đó nhiều cuốn được các nhà nghiên cứu địa phương tặng lại.", "12/04/2024")],
        events_head="Sự kiện sắp diễn ra",
        events=[("Giao lưu ra mắt sách \u201cTừ điển phương ngữ Nghệ Tĩnh\u201d", "8 giờ, 15/5/2024, Thư viện tỉnh Nghệ An"),
                ("Liên hoan dân ca ví, giặm toàn tỉnh", "Ngày 1-2/6/2024, Quảng trường Hồ Chí Minh, TP Vinh")],
        nl_head="Nhận bản tin", nl_text="Đăng ký để nhận tin văn hóa, thể thao Nghệ An qua thư điện tử mỗi tuần.", nl_btn="Đăng ký",
        footer=["Cơ quan chủ quản: Sở Văn hóa và Thể thao tỉnh Nghệ An", "Địa chỉ: Số 1 đường Trường Thi, TP Vinh", "Điện thoại: 0238 3840 000", "Chịu trách nhiệm chính: Giám đốc Sở"],
        copy="\u00a9 Bản quyền thuộc Sở Văn hóa và Thể thao tỉnh Nghệ An. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.",
    ),
}


def t_drupal(a, lang, k):
    S = DR[lang]
    d = when(a)
    dstr = d.strftime("%a, %m/%d/%Y - %H:%M") if lang == "en" else d.strftime("%d/%m/%Y - %H:%M")
    nid = int(token(a["url"], n=4), 16)

    def fig(item, n):
        return (f'<figure role="group" class="caption caption-img align-center">{img(a, n, attrs=DR_IMG)}'
                f'<figcaption>{E(item[1])}</figcaption></figure>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "fig": fig,
        "ul": lambda it, n: "<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "table": lambda it, n: f'<table class="table">{table_rows(it[1])}</table>',
    }
    inserts = {}
    figs = [n for n, x in enumerate(a["body"]) if x[0] == "fig"]
    # a bare credit line after the first figure, as editors type it into the body
    add(inserts, figs[0], f"<p><em>{E(S['credit_lbl'])}</em></p>")
    s1 = slot(a, 0.35, avoid=set(figs))
    add(inserts, s1, f'<p><strong>{E(S["related_lbl"])}</strong> <a href="{S["related"][1]}">{E(S["related"][0])}</a></p>')
    body = blocks(a, R, inserts)
    tags = "".join(f'<div class="field__item"><a href="/taxonomy/term/{int(token(t, n=3), 16)}" hreflang="{lang}">{E(t)}</a></div>' for t in S["tags"])
    cmts = "".join(
        f'<article data-comment-user-id="0" id="comment-{nid + i}" class="comment js-comment by-anonymous"><mark class="hidden" data-comment-timestamp="{1725350000 + i * 3600}"></mark>'
        f'<footer class="comment__meta"><p class="comment__author"><span>{E(nm)}</span></p><p class="comment__time">{d.strftime("%d/%m/%Y")}</p>'
        f'<p class="comment__permalink"><a href="/comment/{nid + i}#comment-{nid + i}" hreflang="{lang}">{E(S["permalink"])}</a></p></footer>'
        f'<div class="content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{E(t)}</p></div>'
        f'<ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/{nid}/comment/{nid + i}">{E(S["reply"])}</a></li></ul></div></article>'
        for i, (nm, t) in enumerate(S["cmts"]))
    rel = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/node/{nid - 40 - i}" hreflang="{lang}">{E(t)}</a></span></div>'
                  f'<div class="views-field views-field-body"><div class="field-content">{E(s)}</div></div>'
                  f'<div class="views-field views-field-created"><span class="field-content"><time datetime="2024">{E(dt)}</time></span></div></div>' for i, (t, s, dt) in enumerate(S["rel"]))
    events = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/events/{token(t, n=6)}">{E(t)}</a></span></div>'
                     f'<div class="views-field views-field-field-event-date"><div class="field-content">{E(w)}</div></div></div>' for t, w in S["events"])
    L = lambda x: f'<li class="menu-item"><a href="/{token(x, n=5)}" data-drupal-link-system-path="node/{int(token(x, n=3), 16)}">{E(x)}</a></li>'  # noqa: E731
    return f"""<!DOCTYPE html>
<html lang="{S["lang"]}" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(a["headline"])} | {E(S["site"])}</title>
<link rel="canonical" href="{A(a["url"])}">
<link rel="shortlink" href="/node/{nid}">
<meta name="description" content="{A(a["standfirst"])}">
{og(dict(a, site=S["site"]), S["locale"])}
{news_ld(dict(a, site=S["site"]), S["lang"])}
<script type="application/json" data-drupal-selector="drupal-settings-json">{ld({"path": {"baseUrl": "/", "currentPath": f"node/{nid}", "currentLanguage": lang}, "user": {"uid": 0}})}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">{E(S["skip"])}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner">
<div class="region region-secondary-menu"><nav role="navigation" id="block-utility" class="block block-menu navigation menu--utility"><ul class="menu">{"".join(L(x) for x in S["util"])}</ul></nav></div>
<div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/site/logo.svg" alt="Home"></a>
<div class="site-name"><a href="/" rel="home">{E(S["site"])}</a></div><div class="site-slogan">{E(S["slogan"])}</div></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">{E(S["vh_main"])}</h2><ul class="menu">{"".join(L(x) for x in S["nav"])}</ul></nav></div>
</header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">{E(S["vh_crumb"])}</h2><ol>{"".join(f'<li><a href="/{token(x, n=4)}">{E(x)}</a></li>' for x in S["crumbs"])}</ol></nav></div></div>
<div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
<div id="block-pagetitle" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{E(a["headline"])}</span></h1></div>
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article data-history-node-id="{nid}" role="article" about="/node/{nid}" class="node node--type-article node--promoted node--view-mode-full">
<footer class="node__meta"><article class="profile"><div class="field field--name-user-picture field--type-image field--label-hidden field__item"><img src="/sites/default/files/pictures/{S["user"]}.jpg" alt="Profile picture for user {S["user"]}" width="40" height="40"></div></article>
<div class="node__submitted">{S["submitted"].format(u=f'<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{S["user"]}</span></span>', d=f'<span class="field field--name-created field--type-created field--label-hidden">{dstr}</span>')}</div></footer>
<div class="node__content">
<div class="clearfix text-formatted field field--name-field-summary field--type-text-long field--label-hidden field__item"><p>{E(a["standfirst"])}</p></div>
<div class="field field--name-field-image field--type-image field--label-hidden field__item">{img(a, 99)}</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">{E(S["tags_lbl"])}</h3><div class="field__items">{tags}</div></div>
<div class="field field--name-field-media-contact field--type-string field--label-above"><div class="field__label">{E(S["contact_lbl"])}</div><div class="field__item">{E(S["contact"])}</div></div>
<ul class="links inline"><li class="statistics-counter">{900 + k * 37} views</li></ul>
</div>
<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">
<h2 class="title">{E(S["cmt_head"])}</h2>
{cmts}
<h2 class="title comment-form__title">{E(S["cmt_add"])}</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-name">{E(S["cmt_labels"][0])}</label> <input type="text" id="edit-name" name="name" class="form-text"></div>
<div class="js-form-item form-item"><label for="edit-comment-body">{E(S["cmt_labels"][1])}</label><textarea id="edit-comment-body" name="comment_body[0][value]" rows="5"></textarea></div>
<input type="hidden" name="form_build_id" value="form-{token(a["url"], "form", n=24)}">
<div class="form-actions"><input type="submit" value="{A(S["cmt_labels"][2])}" class="button button--primary"> <input type="submit" value="{A(S["cmt_labels"][3])}" class="button"></div>
</form>
</section>
</article>
</div>
<div class="views-element-container block block-views block-views-blockrelated-news-block-1" id="block-views-block-related-news-block-1">
<h2>{E(S["rel_head"])}</h2><div><div class="view view-related-news view-id-related_news view-display-id-block_1 js-view-dom-id-{token(a["url"], "v", n=32)}"><div class="view-content">{rel}</div>
<nav class="pager" role="navigation"><ul class="js-pager__items pager"><li class="pager__item"><a class="button" href="?page=1" rel="next">{E(S["more_btn"])}</a></li></ul></nav></div></div></div>
</div>
</div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first">
<div class="views-element-container block block-views block-views-blockevents-block-2" id="block-views-block-events"><h2>{E(S["events_head"])}</h2><div><div class="view view-events"><div class="view-content">{events}</div></div></div></div>
<div id="block-newsletter" class="block block-simplenews block-simplenews-subscription-block"><h2>{E(S["nl_head"])}</h2><form class="simplenews-subscriber-form" action="/newsletter/subscribe" method="post"><p>{E(S["nl_text"])}</p>
<input type="email" name="mail[0][value]" class="form-email"> <input type="submit" value="{A(S["nl_btn"])}" class="button"></form></div>
</div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer"><div id="block-footer" class="block block-block-content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{"".join(f"<p>{E(x)}</p>" for x in S["footer"])}<p>{E(S["copy"])}</p></div></div></div></footer>
</div>
</div>
<script src="/core/misc/drupal.js?v=10.2.4"></script>
</body>
</html>
"""


# ---------------------------------------------------------------- cmsbody: a Vietnamese national paper

CB = dict(
    site="Tin Nhanh Kinh Tế",
    nav=["Thời sự", "Kinh tế", "Thế giới", "Pháp luật", "Giáo dục", "Sức khỏe", "Văn hóa", "Giải trí", "Thể thao", "Xe", "Bạn đọc"],
    top=["Đăng nhập", "Báo in", "Video", "Podcast"],
    hotline="Đường dây nóng: 0901 000 111",
    zalo="Theo dõi trên Zalo", copylink="Sao chép liên kết",
    read_more="Đọc thêm",
    tags_lbl="Từ khóa:",
    react_head="Bạn cảm thấy thế nào về bài viết này?",
    reacts=[("Thích", 126), ("Hay", 48), ("Bất ngờ", 11), ("Buồn", 7), ("Phẫn nộ", 2)],
    cmt_head="Bình luận", cmt_ph="Viết bình luận của bạn...", cmt_btn="Gửi bình luận",
    cmt_rule="Bình luận của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu.",
    like="Thích", reply="Trả lời",
    same_head="Tin cùng chuyên mục",
    most_head="Đọc nhiều",
    footer=["Cơ quan chủ quản: Hội Doanh nghiệp Trẻ Việt Nam", "Giấy phép hoạt động báo điện tử số 120/GP-BTTTT", "Tổng biên tập: Nguyễn Văn Phúc", "Tòa soạn: 15 Nguyễn Du, Hai Bà Trưng, Hà Nội", "Email: toasoan@tinnhanhkinhte.example.vn"],
    copy="© Bản quyền thuộc về Tin Nhanh Kinh Tế. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.",
)

CB_ART = {
    "ca-phe": dict(
        cat=["Kinh tế", "Thị trường"], credit="Ảnh: Quang Hiếu",
        source_html='<p><em>Theo số liệu của Trung tâm Thông tin Công nghiệp và Thương mại (Bộ Công Thương)</em></p>',
        reads=[("Giá hồ tiêu tăng mạnh, nhiều nông dân bắt đầu trồng lại", "Sau nhiều năm giá thấp, hồ tiêu đang có giá trên 90.000 đồng/kg, khiến không ít hộ ở Đắk Nông và Gia Lai tính chuyện trồng lại những vườn đã bỏ."),
                ("Tây Nguyên thiếu nước tưới nghiêm trọng, nhiều hồ chứa cạn đáy", "Hàng chục hồ thủy lợi đã xuống dưới mực nước chết, các địa phương phải ưu tiên nước sinh hoạt cho người dân.")],
        tags=["giá cà phê", "hạn hán", "Tây Nguyên", "xuất khẩu cà phê"],
        cmts=[("Nguyễn Văn Tâm", "Buôn Ma Thuột", "Nhà tôi cũng vậy, bán hết từ tháng Chạp vì cần tiền trả nợ phân bón. Giá cao thì chỉ thương lái và doanh nghiệp có hàng mới được lợi.", 34),
              ("Hà Phương", "Hà Nội", "Một ly cà phê sáng ở quán gần nhà đã tăng từ 25.000 lên 30.000 đồng. Không biết người trồng có được hưởng phần nào không.", 12)],
        same=[("Giá vàng trong nước biến động mạnh trước kỳ nghỉ lễ", "Giá vàng miếng có lúc chênh với thế giới hơn 15 triệu đồng mỗi lượng, người mua được khuyến cáo thận trọng."),
              ("Xuất khẩu rau quả quý I đạt gần 1,6 tỷ USD", "Sầu riêng tiếp tục là mặt hàng chủ lực, chiếm hơn một nửa kim ngạch xuất khẩu của cả ngành.")],
        most=["Cao tốc Bắc - Nam đoạn qua Nghệ An thông xe sớm hai tháng", "Ngân hàng đồng loạt giảm lãi suất cho vay mua nhà", "Thời tiết nắng nóng gay gắt kéo dài đến cuối tháng 4", "Hàng nghìn lao động trở lại nhà máy sau kỳ nghỉ"],
    ),
    "tu-dien": dict(
        cat=["Văn hóa", "Đời sống văn hóa"], credit="Ảnh: Hải Đăng",
        source_html="",
        reads=[("Người giữ lời ru ví, giặm bên dòng sông Lam", "Bà Nguyễn Thị Liên, 84 tuổi, vẫn dạy hát ví cho trẻ con trong xóm mỗi tối thứ Bảy, không lấy tiền."),
               ("Giọng nói vùng miền trên sóng truyền hình: nên hay không?", "Nhiều khán giả cho rằng giọng địa phương giúp bản tin gần gũi hơn, nhưng cũng có ý kiến lo ngại khó nghe.")],
        tags=["tiếng Nghệ", "từ điển", "phương ngữ", "Nghệ An"],
        cmts=[("Lê Thị Hồng", "TP Vinh", "Cảm ơn thầy Lộc. Tôi xa quê hơn 30 năm, đọc mấy chữ \u201cmô, tê, răng, rứa\u201d mà rưng rưng.", 51),
              ("Đặng Minh", "Đà Nẵng", "Nên có thêm bản ghi âm cách đọc từng từ thì sẽ rất quý, vì chữ viết không thể hiện hết được giọng.", 19)],
        same=[("Triển lãm ảnh \u201cXứ Nghệ xưa\u201d mở cửa miễn phí đến cuối tháng 5", "Hơn 150 bức ảnh tư liệu về làng quê, chợ búa và nghề thủ công xứ Nghệ đầu thế kỷ 20 lần đầu được giới thiệu."),
              ("Dịch giả trẻ đưa truyện dân gian Việt Nam sang tiếng Tây Ban Nha", "Cuốn sách gồm 40 truyện cổ tích, được minh họa bởi các họa sĩ Việt Nam và Mexico.")],
        most=["Lễ hội Làng Sen năm nay có gì mới?", "Phim Việt thắng lớn tại liên hoan phim châu Á", "Ca sĩ trẻ đưa dân ca ví, giặm vào nhạc điện tử", "Bảo tàng mở cửa xuyên đêm dịp lễ"],
    ),
}


def t_cmsbody(a, lang, k):
    S, X = CB, CB_ART[a["name"]]
    d = when(a)
    days = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
    stamp = f"{days[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year} {d.strftime('%H:%M')} (GMT+7)"
    pid = int(token(a["url"], n=5), 16)

    def fig(item, n):
        return (f'<figure class="picture">{img(a, n, 700, 467)}<figcaption class="caption"><p>{E(item[1])} {E(X["credit"])}</p></figcaption></figure>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
        "quote": lambda it, n: f'<blockquote class="quote"><p>{E(it[1])}</p></blockquote>',
        "fig": fig,
        "ul": lambda it, n: "<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "table": lambda it, n: f'<table class="table-content" border="1" cellpadding="5">{table_rows(it[1], th=False, td=CB_TD)}</table>',
    }
    inserts = {}
    s1 = slot(a, 0.3)
    s2 = slot(a, 0.65, avoid={s1, s1 + 1})
    for s, (t, summ) in zip((s1, s2), X["reads"]):
        add(inserts, s, f'<div class="article__related inline"><p class="related-label">{E(S["read_more"])}</p><div class="story">'
            f'<a class="story__thumb" href="/{token(t, n=7)}-post{pid - 300 - s}.html">{img(a, 80 + s, 160, 100)}</a>'
            f'<h3 class="story__heading"><a href="/{token(t, n=7)}-post{pid - 300 - s}.html">{E(t)}</a></h3><p class="story__summary">{E(summ)}</p></div></div>')
    body = blocks(a, R, inserts)
    tags = "".join(f'<a class="tag" href="/tu-khoa/{token(t, n=6)}.html">{E(t)}</a>' for t in X["tags"])
    reacts = "".join(f'<button class="reaction" data-type="{i}"><span class="reaction__name">{E(nm)}</span> <span class="reaction__count">{c}</span></button>' for i, (nm, c) in enumerate(S["reacts"]))
    cmts = "".join(f'<li class="comment__item"><div class="comment__head"><span class="comment__name">{E(nm)}</span> <span class="comment__loc">{E(loc)}</span></div>'
                   f'<p class="comment__text">{E(t)}</p><div class="comment__tools"><a href="#" class="comment__like">{E(S["like"])} {c}</a> <a href="#" class="comment__reply">{E(S["reply"])}</a></div></li>'
                   for nm, loc, t, c in X["cmts"])
    same = "".join(f'<article class="story story--horizontal"><a class="story__thumb" href="/{token(t, n=7)}.html">{img(a, 60 + i, 240, 160)}</a>'
                   f'<h3 class="story__heading"><a href="/{token(t, n=7)}.html">{E(t)}</a></h3><p class="story__summary">{E(s)}</p></article>' for i, (t, s) in enumerate(X["same"]))
    most = "".join(f'<li class="rank__item"><span class="rank__no">{i + 1}</span><a href="/{token(t, n=7)}.html">{E(t)}</a></li>' for i, t in enumerate(X["most"]))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])} | {E(S["site"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{A(a["standfirst"])}">
<meta name="keywords" content="{A(", ".join(X["tags"]))}">
<link rel="canonical" href="{A(a["url"])}">
{og(a, "vi_VN")}
{news_ld(a, "vi")}
</head>
<body class="page-article">
<header class="site-header"><div class="header__top"><div class="container">{" ".join(f'<a href="/{token(x, n=4)}">{E(x)}</a>' for x in S["top"])} <span class="hotline">{E(S["hotline"])}</span></div></div>
<div class="header__main"><div class="container"><a class="logo" href="/">{E(S["site"])}</a>
<nav class="main-nav"><ul class="menu">{"".join(f'<li class="menu__item"><a href="/{token(x, n=4)}.html">{E(x)}</a></li>' for x in S["nav"])}</ul></nav></div></div></header>
<div class="ads ads--top"><div id="adm_zone_top" class="ads__zone"></div></div>
<main class="site-main"><div class="container"><div class="main-column">
<article class="article" data-id="{pid}">
<header class="article__header">
<div class="article__breadcrumb">{" ".join(f'<a href="/{token(x, n=4)}.html">{E(x)}</a>' for x in X["cat"])}</div>
<h1 class="article__title cms-title">{E(a["headline"])}</h1>
<div class="article__meta"><span class="time">{stamp}</span> <span class="article__social"><a class="zalo" href="#">{E(S["zalo"])}</a> <a class="copy-link" href="#">{E(S["copylink"])}</a></span></div>
</header>
<div class="article__sapo cms-desc"><p>{E(a["standfirst"])}</p></div>
<div class="article__body cms-body" data-role="content">
{body}
<p style="text-align:right"><strong>{E(a["author"])}</strong></p>
{X["source_html"]}
</div>
<div class="article__tag"><span class="article__tag-label">{E(S["tags_lbl"])}</span> {tags}</div>
<div class="article__reaction"><p class="reaction__title">{E(S["react_head"])}</p>{reacts}</div>
<section class="comment" id="comment"><h2 class="comment__title">{E(S["cmt_head"])} <span>({len(X["cmts"])})</span></h2>
<form class="comment__form" action="/binh-luan" method="post"><textarea name="content" placeholder="{A(S["cmt_ph"])}"></textarea><p class="comment__rule">{E(S["cmt_rule"])}</p><button type="submit">{E(S["cmt_btn"])}</button></form>
<ul class="comment__list">{cmts}</ul></section>
</article>
<section class="box-same"><h2 class="box__title">{E(S["same_head"])}</h2>{same}</section>
</div>
<aside class="sidebar"><div class="ads ads--right"><div id="adm_zone_right"></div></div><section class="rank"><h2 class="box__title">{E(S["most_head"])}</h2><ol class="rank__list">{most}</ol></section></aside>
</div></main>
<footer class="site-footer"><div class="container">{"".join(f"<p>{E(x)}</p>" for x in S["footer"])}<p class="copyright">{E(S["copy"])}</p></div></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- fontportal: an old PHP portal in windows-1258

FP = dict(
    site="Cổng thông tin điện tử huyện Cư M'gar",
    banner="ỦY BAN NHÂN DÂN HUYỆN CƯ M'GAR - TỈNH ĐẮK LẮK",
    marquee=["Hội nghị tổng kết công tác phòng chống hạn năm 2023", "Lịch tiếp công dân tháng 4/2024", "Thông báo tuyển dụng viên chức ngành giáo dục", "Kế hoạch tổ chức Lễ hội cà phê lần thứ 9"],
    menu_head="Menu chính",
    menu=["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Kinh tế", "Văn hóa - Xã hội", "Văn bản pháp quy", "Thủ tục hành chính", "Liên hệ"],
    poll_head="Thăm dò ý kiến", poll_q="Bạn đánh giá thế nào về giao diện mới của cổng thông tin?",
    poll_opts=["Rất đẹp, dễ dùng", "Bình thường", "Khó tìm thông tin"], poll_btn=["Bình chọn", "Kết quả"],
    online_head="Đang truy cập", online="Hiện có 14 khách trực tuyến",
    counter_head="Thống kê truy cập", counter=["Hôm nay: 312", "Hôm qua: 458", "Tổng số: 1.204.377"],
    pdf="PDF", print_="In", email="E-mail",
    written="Viết bởi {u}",
    updated="Cập nhật ( {d} )",
    prev="< Trước", next_="Tiếp >",
    newer="Các tin mới hơn:", older="Các tin cũ hơn:",
    newer_items=["Huyện triển khai phương án cấp nước sinh hoạt cho các xã vùng hạn", "Hỗ trợ giống cây trồng cho hộ nghèo bị thiệt hại do khô hạn"],
    older_items=["Hội nghị giao ban nông nghiệp quý I năm 2024", "Tập huấn kỹ thuật tưới nhỏ giọt cho nông dân xã Ea Tul", "Kiểm tra công tác phòng cháy rừng mùa khô"],
    source="(Nguồn: Báo Đắk Lắk điện tử)",
    credit="Ảnh: Minh Thuận",
    footer=["Cơ quan chủ quản: Ủy ban nhân dân huyện Cư M'gar", "Địa chỉ: 45 Hùng Vương, thị trấn Quảng Phú, huyện Cư M'gar, tỉnh Đắk Lắk", "Điện thoại: 0262 3834 000 - Fax: 0262 3834 001"],
    copy="Bản quyền © 2007 - 2024. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
)


def t_fontportal(a, lang, k):
    S = FP
    d = when(a)
    days = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
    stamp = f"{days[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year} {d.strftime('%H:%M')}"
    upd = f"{days[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year} {d.hour + 2:02d}:{d.minute:02d}"
    F = '<font face="Times New Roman" size="3">'
    dl = (f"<b>{E(a['dateline'])}</b> ") if a.get("dateline") else ""

    def fig(item, n):
        return (f'<table border="0" cellpadding="2" cellspacing="0" align="center" width="450"><tr><td>{img(a, n, 450, 300)}</td></tr>'
                f'<tr><td align="center"><font face="Arial" size="1" color="#333333"><i>{E(item[1])}</i></font></td></tr></table>'
                f'<p align="right"><font face="Arial" size="1">{E(S["credit"])}</font></p>')

    R = {
        "p": lambda it, n: f'<p align="justify">{F}{first_text(a, n, it, dl)}</font></p>',
        "h2": lambda it, n: f'<p align="justify">{F}<b>{E(it[1])}</b></font></p>',
        "quote": lambda it, n: f'<p align="justify" style="margin-left:30px">{F}<i>{E(it[1])}</i></font></p>',
        "fig": fig,
        "ul": lambda it, n: "<ul>" + "".join(f"<li>{F}{E(x)}</font></li>" for x in it[1]) + "</ul>",
        "table": lambda it, n: f'<table border="1" cellpadding="3" cellspacing="0" align="center">{table_rows(it[1])}</table>',
    }
    body = blocks(a, R)
    lst = lambda xs: "<ul>" + "".join(f'<li><a href="index.php?option=com_content&amp;task=view&amp;id={1800 + i}&amp;Itemid=42" class="blogsection">{E(x)}</a></li>' for i, x in enumerate(xs)) + "</ul>"  # noqa: E731
    menu = "".join(f'<tr align="left"><td><a href="index.php?option=com_content&amp;task=blogcategory&amp;id={i + 1}" class="mainlevel">{E(x)}</a></td></tr>' for i, x in enumerate(S["menu"]))
    poll = "".join(f'<tr><td valign="top"><input type="radio" name="voteid" value="{i + 1}" id="voteid{i + 1}"></td><td class="poll"><label for="voteid{i + 1}">{E(x)}</label></td></tr>' for i, x in enumerate(S["poll_opts"]))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>{E(S["site"])} - {E(a["headline"])}</title>
<meta name="description" content="{A(a["standfirst"])}">
<meta name="Generator" content="Joomla! - Copyright (C) 2005 - 2007 Open Source Matters. All rights reserved.">
<meta name="robots" content="index, follow">
<link rel="stylesheet" href="templates/cumgar/css/template_css.css" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" height="120" background="templates/cumgar/images/banner.jpg"><font face="Arial" size="4" color="#FFFF00"><b>{E(S["banner"])}</b></font></td></tr>
<tr><td colspan="3" bgcolor="#003399"><marquee scrollamount="3"><font face="Arial" size="2" color="#FFFFFF">{" &nbsp;&nbsp;*&nbsp;&nbsp; ".join(E(x) for x in S["marquee"])}</font></marquee></td></tr>
<tr>
<td width="190" valign="top" bgcolor="#EEF3FA">
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">{E(S["menu_head"])}</th></tr><tr><td><table width="100%" border="0" cellpadding="0" cellspacing="0">{menu}</table></td></tr></table>
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">{E(S["poll_head"])}</th></tr><tr><td><form name="form2" method="post" action="index.php?option=com_poll"><table width="95%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll">
<tr><td colspan="2" class="poll"><b>{E(S["poll_q"])}</b></td></tr>{poll}
<tr><td colspan="2" align="center"><input type="submit" name="task_button" class="button" value="{A(S["poll_btn"][0])}"> <input type="button" name="option" class="button" value="{A(S["poll_btn"][1])}"></td></tr></table></form></td></tr></table>
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">{E(S["online_head"])}</th></tr><tr><td>{E(S["online"])}</td></tr></table>
</td>
<td width="600" valign="top">
<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{E(a["headline"])}</td>
<td align="right" width="100%" class="buttonheading"><a href="index2.php?option=com_content&amp;do_pdf=1&amp;id=1842" title="{S["pdf"]}"><img src="images/M_images/pdf_button.png" alt="{S["pdf"]}" border="0"></a></td>
<td align="right" width="100%" class="buttonheading"><a href="#" title="{A(S["print_"])}"><img src="images/M_images/printButton.png" alt="{A(S["print_"])}" border="0"></a></td>
<td align="right" width="100%" class="buttonheading"><a href="#" title="{A(S["email"])}"><img src="images/M_images/emailButton.png" alt="{A(S["email"])}" border="0"></a></td></tr></table>
<table class="contentpaneopen">
<tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">{E(S["written"].format(u=a["author"]))}</span></td></tr>
<tr><td valign="top" colspan="2" class="createdate">{E(stamp)}</td></tr>
<tr><td valign="top" colspan="2">
<p align="justify"><font face="Times New Roman" size="3"><b>{E(a["standfirst"])}</b></font></p>
{body}
<p align="right"><font face="Times New Roman" size="3"><b>{E(a["author"])}</b></font></p>
<p align="left"><font face="Arial" size="2"><i>{E(S["source"])}</i></font></p>
</td></tr>
<tr><td colspan="2" align="left" class="modifydate">{E(S["updated"].format(d=upd))}</td></tr>
</table>
<table align="center" style="margin-top: 25px;"><tr><th class="pagenav_prev"><a href="index.php?option=com_content&amp;task=view&amp;id=1841">{E(S["prev"])}</a></th><td width="50">&nbsp;</td><th class="pagenav_next"><a href="index.php?option=com_content&amp;task=view&amp;id=1843">{E(S["next_"])}</a></th></tr></table>
<div class="blog_more"><b>{E(S["newer"])}</b>{lst(S["newer_items"])}<b>{E(S["older"])}</b>{lst(S["older_items"])}</div>
</td>
<td width="190" valign="top" bgcolor="#EEF3FA">
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">{E(S["counter_head"])}</th></tr><tr><td>{"<br>".join(E(x) for x in S["counter"])}</td></tr></table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#003399" align="center"><font face="Arial" size="2" color="#FFFFFF">{"<br>".join(E(x) for x in S["footer"])}<br>{E(S["copy"])}</font></td></tr>
</table>
</body>
</html>
"""


# ---------------------------------------------------------------- sinam: a Chinese portal's mobile page

SM = dict(
    site="新浪网", app="打开新浪新闻APP", app2="打开APP，阅读体验更佳", app3="打开APP，查看更多评论",
    nav=["首页", "新闻", "财经", "体育", "娱乐", "科技", "汽车", "房产"],
    summary="摘要", unfold="展开全文", editor="责任编辑：孙佳琪 SN228",
    notice="新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。",
    cmt_head="热门评论", cmts=[("滨江市网友", "我也在那家店办过卡，还剩二十多次没用。看到判决总算松了一口气，希望能尽快执行到位。", 236),
                           ("一颗青柠", "预付卡的问题早就该管管了，很多店就是收一波钱就跑。建议办卡的时候一定保留好合同。", 118),
                           ("老张说法", "一人公司股东举证财产独立是关键，这个案子的判决思路很清楚。", 57)],
    like="赞", reply="回复",
    feed_head="热门推荐",
    feed=[("多地出台新规：预付卡单张限额五千元", "新规要求经营者将部分预收款存入专用账户，超过限额的预付卡一律不得发售。"),
          ("暑期游泳培训火热，家长如何挑选靠谱机构", "专家提醒，家长应查看机构的经营许可和教练资质，尽量按课时付费。"),
          ("城市地铁五号线二期全线贯通，年底前开通试运营", "二期工程全长18公里，设站12座，将把城东新区与老城区直接连起来。")],
    more="点击加载更多",
    footer=["新浪简介", "客户服务", "联系我们", "广告服务", "违法和不良信息举报"],
    copy="Copyright © 1996-2024 SINA Corporation",
)


def t_sinam(a, lang, k):
    S = SM
    d = when(a)
    stamp = d.strftime("%Y-%m-%d %H:%M")
    items = a["body"]
    fold_at = len(items) // 2

    def fig(item, n):
        return (f'<div class="art_pic_card art_content"><figure class="art_img_mini j_p_gallery" data-type="img">'
                f'<img class="art_img_mini_img j_fullppt_cover" src="//n.sinaimg.example.cn/news/{token(a["url"], n)}.jpg" data-src="//n.sinaimg.example.cn/news/{token(a["url"], n)}.jpg" alt="">'
                f'<h2 class="art_img_tit">{E(item[1])}</h2></figure></div>')

    R = {
        "p": lambda it, n: f'<p class="art_p">{E(it[1])}</p>',
        "h2": lambda it, n: f'<p class="art_p"><strong>{E(it[1])}</strong></p>',
        "quote": lambda it, n: f'<blockquote class="art_quote"><p class="art_p">{E(it[1])}</p></blockquote>',
        "fig": fig,
        "ul": lambda it, n: '<ul class="art_ul">' + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "table": lambda it, n: f'<div class="art_table"><table>{table_rows(it[1])}</table></div>',
    }
    first = blocks(dict(a, body=items[:fold_at]), R)
    rest = blocks(dict(a, body=items[fold_at:]), {kind: (lambda f: (lambda it, n: f(it, n + fold_at)))(f) for kind, f in R.items()})
    cmts = "".join(f'<div class="hot_comment_item"><div class="hc_name">{E(nm)}</div><p class="hc_txt">{E(t)}</p>'
                   f'<div class="hc_tools"><span class="hc_like">{E(S["like"])} {c}</span> <span class="hc_reply">{E(S["reply"])}</span></div></div>' for nm, t, c in S["cmts"])
    feed = "".join(f'<a class="m_video_feed_item" href="https://k.sina.example.cn/article_{token(t, n=10)}.html"><div class="m_f_title"><h2>{E(t)}</h2></div>'
                   f'<p class="m_f_summary">{E(s)}</p><div class="m_f_info"><span>新浪新闻</span> <span>{80 + i * 23}评</span></div></a>' for i, (t, s) in enumerate(S["feed"]))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])}|健身房|预付卡_新浪新闻</title>
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="keywords" content="健身房,预付卡,退费,法院">
<meta name="description" content="{A(a["standfirst"])}">
<meta name="sudameta" content="allCIDs:51923,57919;dataid:mfxcwzip">
<link rel="canonical" href="https://news.sina.example.cn/s/2024-06-11/doc-inaz{token(a["url"], n=10)}.shtml">
{og(a, "zh_CN", site=S["site"])}
<style>.art_fold{{height:520px;overflow:hidden;position:relative}}.callApp_fl_btn{{position:fixed;bottom:60px}}</style>
</head>
<body class="p_article">
<header class="sinaHead" id="sinaHead"><a class="hd_logo" href="//sina.example.cn">新浪新闻</a><a class="hd_callapp callApp" href="sinanews://">{E(S["app"])}</a></header>
<nav class="hd_nav_w"><div class="hd_nav">{"".join(f'<a href="//sina.example.cn/{token(x, n=4)}">{E(x)}</a>' for x in S["nav"])}</div></nav>
<main class="s_card z_c1"><section class="art_main_card j_article_main" data-sudaclick="articlemain">
<article class="art_box">
<h1 class="art_tit_h1">{E(a["headline"])}</h1>
<section class="art_mate_card"><div class="m_f_a_r"><span class="weibo_info"><cite class="art_cite">{E(a["site"])}</cite> <time class="art_time">{stamp}</time></span></div><a class="art_follow callApp" href="#">关注</a></section>
<section class="art_summary"><span class="summary_tit">{E(S["summary"])}</span><p class="art_p">{E(a["standfirst"])}</p></section>
<section class="art_pic_card art_content">
{first}
<div class="art_fold" id="artFold">
{rest}
<p class="art_p">{E(S["editor"])}</p>
</div>
</section>
<section class="look_more" id="artFoldBox"><a class="look_more_a" href="javascript:;"><span class="look_more_tit">{E(S["unfold"])}</span><i class="look_more_icon"></i></a></section>
<section class="art_notice"><p>{E(S["notice"])}</p></section>
</article>
<a class="callApp_fl_btn callApp" href="sinanews://">{E(S["app2"])}</a>
</section>
<section class="hot_comment" id="j_comment"><h2 class="hot_comment_tit">{E(S["cmt_head"])}</h2>{cmts}<a class="hc_more callApp" href="sinanews://">{E(S["app3"])}</a></section>
<section class="m_video_feed" id="j_feed"><h2 class="feed_tit">{E(S["feed_head"])}</h2>{feed}<a class="feed_more" href="javascript:;">{E(S["more"])}</a></section>
</main>
<footer class="ft_foot"><div class="ft_links">{" | ".join(f'<a href="//sina.example.cn/{token(x, n=4)}">{E(x)}</a>' for x in S["footer"])}</div><p class="ft_copy">{E(S["copy"])}</p></footer>
<div class="m_mask_app" style="display:none"><p>当前网络不佳，请打开新浪新闻APP阅读</p></div>
<script>window.__sinaArticleConfig = {{fold: true, docid: "{token(a["url"], n=10)}"}};</script>
</body>
</html>
"""


# ---------------------------------------------------------------- jiemian: a Chinese business/news site

JM = dict(
    site="界面新闻",
    nav=["首页", "快讯", "商业", "财经", "科技", "体育", "文化", "地方", "视频", "界面号"],
    top=["登录", "注册", "下载APP"],
    reporter="界面新闻记者 | {r}", editor="界面新闻编辑 | {e}",
    notice="本文系界面新闻原创，未经授权，任何媒体及个人不得转载、摘编或以其他方式使用。",
    tip_head="写得好，打赏一下", tip_btn="打赏", tip_n="已有{n}人打赏",
    tools=["收藏", "点赞", "分享"],
    tag_lbl="标签：",
    card_follow="关注", card_count="文章数",
    rel_head="相关文章",
    cmt_head="评论", cmt_ph="写下你的评论...", cmt_btn="发表评论", cmt_more="查看更多评论",
    hot_head="24小时热文",
    footer=["关于界面", "加入我们", "广告合作", "联系我们", "隐私政策", "用户协议", "违法和不良信息举报电话：021-00000000"],
    copy="Copyright 2024 界面新闻 版权所有 沪ICP备00000000号",
)

JM_ART = {
    "yumaoqiu": dict(
        section="体育", editor="王舒婷",
        card_bio="界面新闻体育记者，关注羽毛球、乒乓球和青少年体育。",
        card_n=312,
        tags=["#羽毛球", "#公开赛", "#林若溪"],
        tip_n=37,
        rel=[("国羽男双时隔两年再夺巡回赛冠军", "两名小将在决赛中以2比0击败卫冕冠军，这是组合今年的第二个冠军。"),
             ("青少年羽毛球人口五年增长一倍，场馆一位难求", "多个城市的羽毛球馆周末预订率超过九成，部分场馆开始实行限时预约。")],
        cmts=[("球迷小北", "现场看的，决胜局追分的时候整个馆都在喊她的名字，太燃了！"),
              ("羽毛球老李", "最关键的是落后时敢于放慢节奏，这个心态比技术更难得。希望她保持健康，别急着加赛。")],
        hot=["暑期档电影票房突破百亿", "多家车企宣布下调部分车型售价", "今年第7号台风生成，预计周末登陆", "A股三大指数集体收涨"],
    ),
    "yufuka": dict(
        section="商业", editor="何雨",
        card_bio="界面新闻法治记者，关注消费维权与公司治理。",
        card_n=486,
        tags=["#预付卡", "#健身房", "#消费维权"],
        tip_n=12,
        rel=[("连锁早教机构闭店，家长组团维权", "多地家长反映课程费用无法退还，当地市场监管部门已介入调查。"),
             ("预付式消费立法提速，专家建议设立资金存管制度", "专家认为，对预收款实行第三方存管，是防止“卷款跑路”最有效的办法。")],
        cmts=[("法律人阿哲", "这个判决很有代表性，一人公司股东的连带责任以前很多人不知道。"),
              ("健身爱好者", "我现在只办按次付费的卡，宁可贵一点也不想再被坑了。")],
        hot=["多地公积金贷款利率下调", "暑期机票价格同比下降一成", "新能源车下乡活动启动", "上半年快递业务量同比增长两成"],
    ),
}


def t_jiemian(a, lang, k):
    S, X = JM, JM_ART[a["name"]]
    d = when(a)
    stamp = d.strftime("%Y/%m/%d %H:%M")
    aid = int(token(a["url"], n=6), 16) % 10000000

    def fig(item, n):
        return f'<p class="img-wrap" style="text-align:center">{img(a, n, 800, 533)}</p><p class="img-desc" style="text-align:center">{E(item[1])}</p>'

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<h3>{E(it[1])}</h3>",
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "fig": fig,
        "ul": lambda it, n: "<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "table": lambda it, n: f'<table class="article-table" border="1">{table_rows(it[1])}</table>',
    }
    body = blocks(a, R)
    rel = "".join(f'<div class="news-view"><div class="news-img"><a href="https://www.jiemian.example.com/article/{aid - 900 - i}.html">{img(a, 70 + i, 300, 200)}</a></div>'
                  f'<div class="news-right"><h3><a href="https://www.jiemian.example.com/article/{aid - 900 - i}.html">{E(t)}</a></h3><p class="news-summary">{E(s)}</p></div></div>' for i, (t, s) in enumerate(X["rel"]))
    cmts = "".join(f'<div class="comment-post"><div class="comment-user">{E(nm)}</div><p class="comment-main">{E(t)}</p><div class="comment-tools"><span>{E(S["reply"] if "reply" in S else "回复")}</span> <span>赞 {7 + i * 5}</span></div></div>' for i, (nm, t) in enumerate(X["cmts"]))
    hot = "".join(f'<li><span class="rank">{i + 1}</span><a href="https://www.jiemian.example.com/article/{aid - 50 - i}.html">{E(t)}</a></li>' for i, t in enumerate(X["hot"]))
    enc = a.get("encoding", "utf-8")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{enc}">
<title>{E(a["headline"])}|界面新闻 · {X["section"]}</title>
<meta name="keywords" content="{A(",".join(t.lstrip("#") for t in X["tags"]))}">
<meta name="description" content="{A(a["standfirst"])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.jiemian.example.com/article/{aid}.html">
{og(dict(a, url=f"https://www.jiemian.example.com/article/{aid}.html"), "zh_CN", site=S["site"])}
{news_ld(dict(a, site=S["site"], url=f"https://www.jiemian.example.com/article/{aid}.html"), "zh-CN")}
</head>
<body>
<div class="header"><div class="header-container"><a class="logo" href="https://www.jiemian.example.com/">{E(S["site"])}</a>
<ul class="nav">{"".join(f'<li><a href="https://www.jiemian.example.com/lists/{i + 1}.html">{E(x)}</a></li>' for i, x in enumerate(S["nav"]))}</ul>
<div class="header-user">{" ".join(f'<a href="javascript:;">{E(x)}</a>' for x in S["top"])}</div></div></div>
<div class="content"><div class="main-container">
<div class="article-view">
<div class="article-header">
<div class="article-channel"><a href="https://www.jiemian.example.com/lists/{k + 2}.html">{E(X["section"])}</a></div>
<h1>{E(a["headline"])}</h1>
<div class="article-info"><p><span class="author"><a href="https://www.jiemian.example.com/user/{aid % 9973}.html">{E(a["author"])}</a></span> <span class="date">{stamp}</span> <span>来源：{E(S["site"])}</span></p></div>
</div>
<div class="article-summary"><p>{E(a["standfirst"])}</p></div>
<div class="article-img">{img(a, 99, 800, 450)}<p class="img-credit">图片来源：视觉中国</p></div>
<div class="article-content">
<p>{E(S["reporter"].format(r=a["author"]))}</p>
<p>{E(S["editor"].format(e=X["editor"]))}</p>
{body}
<p class="article-notice">{E(S["notice"])}</p>
</div>
<div class="article-tags"><span>{E(S["tag_lbl"])}</span>{"".join(f'<a class="tag" href="https://www.jiemian.example.com/tags/{token(t, n=5)}.html">{E(t)}</a>' for t in X["tags"])}</div>
<div class="article-reward"><p class="reward-title">{E(S["tip_head"])}</p><a class="reward-btn" href="javascript:;">{E(S["tip_btn"])}</a><p class="reward-count">{E(S["tip_n"].format(n=X["tip_n"]))}</p></div>
<div class="article-tools">{" ".join(f'<a class="tool-btn" href="javascript:;">{E(x)}</a>' for x in S["tools"])}</div>
<div class="related-news"><h2 class="title">{E(S["rel_head"])}</h2>{rel}</div>
<div class="comment-box" id="comment"><h2 class="title">{E(S["cmt_head"])}</h2><form class="comment-form"><textarea placeholder="{A(S["cmt_ph"])}"></textarea><button type="button">{E(S["cmt_btn"])}</button></form>{cmts}<a class="comment-more" href="javascript:;">{E(S["cmt_more"])}</a></div>
</div>
<div class="side-container">
<div class="author-card"><img class="author-avatar" src="https://img.jiemian.example.com/avatar/{aid % 9973}.jpg" alt=""><div class="author-name">{E(a["author"])}</div><p class="author-bio">{E(X["card_bio"])}</p>
<div class="author-count">{E(S["card_count"])} <span>{X["card_n"]}</span></div><a class="author-follow" href="javascript:;">{E(S["card_follow"])}</a></div>
<div class="hot-news"><h2 class="title">{E(S["hot_head"])}</h2><ol>{hot}</ol></div>
<div class="ad-box"><span class="ad-tag">广告</span><div id="ad_side_1"></div></div>
</div>
</div></div>
<div class="footer"><div class="footer-links">{" ".join(f'<a href="javascript:;">{E(x)}</a>' for x in S["footer"])}</div><p>{E(S["copy"])}</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- xinhuam: an agency's mobile site

XM = dict(
    site="新城网", app="打开客户端", app_band="下载新城网客户端，看更多精彩内容",
    channels=["推荐", "时政", "国际", "财经", "体育", "文化", "科技", "健康", "视频", "图片"],
    source="来源：新城网", editor="【责任编辑：刘子涵】",
    rel_head="相关新闻", more="点击查看更多",
    rel=[("全国羽毛球锦标赛下月开赛 多名国手报名参赛", "2024-07-28"),
         ("城市体育中心完成改造 可容纳观众六千人", "2024-07-15"),
         ("青少年羽毛球训练营开营 三百名学员报名", "2024-07-02")],
    tabs=["首页", "视频", "直播", "我的"],
    top="返回顶部",
    copy="新城网版权所有 未经协议授权 禁止下载使用",
)


def t_xinhuam(a, lang, k):
    S = XM
    d = when(a)
    stamp = d.strftime("%Y-%m-%d %H:%M:%S")
    dl = f"新城网{d.month}月{d.day - 1}日电（记者 {E(a['author'])}）"

    def fig(item, n):
        return (f'<p style="text-align:center"><img id="{token(a["url"], n, n=12)}" src="https://www.xinchengnet.example.cn/titlepic/{token(a["url"], n)}.jpg" alt="" style="width:100%"></p>'
                f'<p style="text-align:center"><span style="color:#333;font-family:楷体">{E(item[1])}</span></p>')

    R = {
        "p": lambda it, n: f"<p>　　{first_text(a, n, it, dl)}</p>",
        "h2": lambda it, n: f"<p>　　<strong>{E(it[1])}</strong></p>",
        "quote": lambda it, n: f'<blockquote><p>　　{E(it[1])}</p></blockquote>',
        "fig": fig,
        "ul": lambda it, n: "<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "table": lambda it, n: f'<table border="1" cellspacing="0" cellpadding="4" align="center" style="width:96%">{table_rows(it[1])}</table>',
    }
    body = blocks(a, R)
    rel = "".join(f'<li><a href="https://m.xinchengnet.example.cn/sports/{dt.replace("-", "")}/{token(t, n=16)}/c.html"><span class="txt">{E(t)}</span><span class="time">{dt}</span></a></li>' for t, dt in S["rel"])
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<title>{E(a["headline"])}-新城网</title>
<meta name="keywords" content="羽毛球,公开赛,女单">
<meta name="description" content="{A(a["headline"])}---{A(a["standfirst"])}">
<meta name="source" content="新城网">
<meta name="publishdate" content="{d.strftime("%Y-%m-%d")}">
{og(a, "zh_CN", site=S["site"])}
</head>
<body>
<div class="mheader" id="mheader"><a class="logo" href="https://m.xinchengnet.example.cn/">{E(S["site"])}</a><a class="openApp" href="xinchengnet://open">{E(S["app"])}</a><a class="search" href="https://so.xinchengnet.example.cn/">搜索</a></div>
<div class="swiper-nav"><ul class="nav-list">{"".join(f'<li><a href="https://m.xinchengnet.example.cn/{token(x, n=4)}/">{E(x)}</a></li>' for x in S["channels"])}</ul></div>
<div class="main"><div class="mainCon">
<h1 class="title" id="title">{E(a["headline"])}</h1>
<div class="info"><span class="source">{E(S["source"])}</span> <span class="time">{stamp}</span></div>
<div class="summary"><p>{E(a["standfirst"])}</p></div>
<div id="detailContent" class="detailContent">
{body}
<p style="text-align:right">{E(S["editor"])}</p>
</div>
<div class="shareBox"><span>分享到：</span><a class="wx" href="javascript:;">微信</a> <a class="pyq" href="javascript:;">朋友圈</a> <a class="wb" href="javascript:;">微博</a></div>
<div class="appBand"><a href="xinchengnet://open">{E(S["app_band"])}</a></div>
<div class="relNews"><h2 class="tit">{E(S["rel_head"])}</h2><ul>{rel}</ul><a class="moreBtn" href="https://m.xinchengnet.example.cn/sports/">{E(S["more"])}</a></div>
</div></div>
<div class="foot"><p>{E(S["copy"])}</p><a class="goTop" href="#mheader">{E(S["top"])}</a></div>
<div class="tabBar">{"".join(f'<a class="tab" href="https://m.xinchengnet.example.cn/{token(x, n=4)}/">{E(x)}</a>' for x in S["tabs"])}</div>
<div class="share-mask" style="display:none"><p>点击右上角，分享给朋友</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- the pages

TEMPLATES = {"chaincms": t_chaincms, "contributor": t_contributor, "drupal": t_drupal, "cmsbody": t_cmsbody,
             "fontportal": t_fontportal, "sinam": t_sinam, "jiemian": t_jiemian, "xinhuam": t_xinhuam}

# (language, article of articles7.py, template, page name, extra fields)
PAGES = [
    ("en", "shipyard", "chaincms", "chaincms-shipyard", {}),
    ("en", "satellite", "chaincms", "chaincms-satellite", {}),
    ("en", "shipyard", "contributor", "contributor-shipyard", {}),
    ("en", "satellite", "drupal", "drupal-satellite",
     {"site": "Northgate State Today", "url": "https://today.northgate.example.edu/news/2024/09/student-built-satellite-perch-1-reaches-orbit"}),
    ("vi", "ca-phe", "cmsbody", "cmsbody-ca-phe", {}),
    ("vi", "tu-dien", "cmsbody", "cmsbody-tu-dien", {}),
    ("vi", "ca-phe", "fontportal", "fontportal-ca-phe-cp1258",
     {"encoding": "windows-1258", "site": "Cổng thông tin điện tử huyện Cư M'gar",
      "url": "http://cumgar.example.gov.vn/index.php?option=com_content&task=view&id=1842&Itemid=42"}),
    ("vi", "tu-dien", "drupal", "drupal-tu-dien",
     {"site": "Cổng thông tin Văn hóa Nghệ An", "url": "https://vanhoa.nghean.example.gov.vn/tin-tuc/muoi-lam-nam-lam-tu-dien-tieng-nghe"}),
    ("zh", "yufuka", "sinam", "sinam-yufuka", {}),
    ("zh", "yufuka", "jiemian", "jiemian-yufuka", {"site": "界面新闻"}),
    ("zh", "yumaoqiu", "jiemian", "jiemian-yumaoqiu-gbk", {"site": "界面新闻", "encoding": "gbk"}),
    ("zh", "yumaoqiu", "xinhuam", "xinhuam-yumaoqiu", {"site": "新城网", "url": "https://m.xinchengnet.example.cn/sports/20240804/c.html"}),
]


# The parser of the page check: besides the defaults, a self-closed non-void tag is an error.
Visible = functools.partial(PageText, self_closed=True)


def main():
    render = lambda template, a, lang, k: TEMPLATES[template](a, lang, k)  # noqa: E731
    for lang, name, _, a, n in build_pages(OUT, articles7.ARTICLES, PAGES, render, gold7, Visible):
        print(f"{lang}/{name}: {n} gold lines ({a.get('encoding', 'utf-8')})")


if __name__ == "__main__":
    main()
