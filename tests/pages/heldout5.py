#!/usr/bin/env python3
"""The fifth held-out set (tests/pages/heldout5/{en,vi,zh}): new articles (articles5.py) in new
templates, written blind: without looking at the extractor's code or running it, and not yet
scored. Nothing was tuned on it. Self-contained: it imports nothing of the other generators
(its chrome is its own), only articles5.py.

    python3 tests/pages/heldout5.py

writes the 12 pages and their golds, then checks them (every gold line is in its page's
visible text, with script, style, <select>, hidden and display:none elements left out; the
tags balance; legacy-encoded pages decode strictly in the charset they declare and are not
valid UTF-8). Deterministic: the same bytes every run.

Templates, each imitating the markup habits of a kind of site not used by the other sets (the
sites are fictitious, example.* addresses):

  splitbody  a metered newspaper (NYT/Atlantic-like): emotion-hashed css-* classes, the body a
             <section name="articleBody"> of several sibling StoryBodyCompanionColumn divs,
             broken by "Advertisement / SKIP ADVERTISEMENT" slots, photo viewers, an inline
             table embed, a "Related Content" box of cards with summaries, a newsletter module
             with a form and a pull quote; kicker, credit-only lead photo, "Reporting from ..."
             line, "Share full article", a hidden paywall gateway notice, author bio and
             print-edition line after the body, reader comments in full sentences, Editors'
             Picks with summaries, trending, a site index; JSON-LD with paywall markup.
  cnnzone    a cable news site in an older zone layout (CNN-like): h1.pg-headline, the first
             paragraph p.zn-body__paragraph in a sourced-paragraph div with a "(NWN)" cite
             before its text, the rest in div.zn-body__read-all as div.zn-body__paragraph,
             h3 subheadings, el__embedded images with a credit div, an embedded video of
             another story (title, summary, duration, "Video Ad Feedback"), a "Related
             article" card with a summary, a bold "Sign up for ... newsletter" line among the
             paragraphs, "Ad Feedback", a "... contributed to this report" last paragraph, a
             lead video, paid partner content, "More from NWN" cards with summaries.
  wireasia   an East Asian news agency (Yonhap/Kyodo-like), in English and Chinese: a photo
             gallery of the story's photos over the text (slides with counters, thumbnails,
             prev/next), each caption ending with the agency's credit and a "not for sale" tag
             in the same <p>; "(LEAD)" before the English headline; the dateline leading the
             first paragraph ("SEOUL, May 8 (Hanul) -- ", "韩星社济州5月20日电 "); the
             reporter's e-mail and "(END)" / （完） and 【版权归…】 closing the body; keywords,
             related articles with times, top news with summaries, most viewed (with the
             story's own headline), photo captions of other stories in the sidebar.
  vcbox      a Vietnamese paper on a box-based CMS (Kenh14/Soha/Tuổi Trẻ-like): the sapo with
             an "MTO - " prefix, links under the sapo, every embed a
             div.VCSortableInPreviewMode[type=...]: Photo (caption repeated in alt and title, a
             bare "Ảnh: ..." line under it), SimpleQuote, Table, a RelatedOneNews card with a
             summary sentence, a wrapnote fact box; a "Theo ... / Link bài gốc / Lấy link"
             source box at the end of the body, keywords, reactions, comments in full
             sentences, "Tin cùng chuyên mục" with summaries, a "Xem theo ngày" date picker,
             most read, footer with licence and editor lines.
  emagazine  a Vietnamese long-form "E-Magazine" interview: headline over a full-bleed cover
             with a label and a scroll hint, a reading-progress bar, sections opened by
             numbered chapter headings ("01"), questions in bold italics, wide photos with
             lazy data-src, a big pull quote repeating an answer's sentence with the speaker's
             name, the credits block (Nội dung / Ảnh / Thiết kế) and date at the end, other
             E-Magazine cards with summaries, comments.
  aspnet     a Vietnamese provincial portal on ASP.NET WebForms, in windows-1258 (http-equiv):
             the whole page one <form id="aspnetForm"> with __VIEWSTATE/__EVENTVALIDATION and
             __doPostBack, no <h1>: title, date and sapo in <span id="ctl00_..._lbl...">, the
             body a div of justified <p>, photos in one-column tables with an <em> caption
             cell, the fact box a shaded table, the author bold on the right, "Lượt xem" and
             In bài / Gửi email / Về đầu trang, "Các tin khác" with dates, readers' opinions
             and the opinion form, a link dropdown, a gold-price table, a visitor counter.
  trscms     a Chinese economic paper's site on a TRS-style CMS, in GB18030 (http-equiv; one
             name in the text, 周㛃, is outside GBK): no JSON-LD or og:, meta
             publishdate/contentid, div.TRS_Editor opening with its own <style> block, a
             Custom_UnionStyle wrapper, full-width indented paragraphs, bold subheadings,
             centred images with the caption and "记者 … 摄" in one centred paragraph, quotes
             in 楷体, ◆ bullet paragraphs for the list, a 摘要： box, 【字号 大 中 小】, an
             enpproperty comment, 【责任编辑：…】, (来源：…－…), 【我要纠错】【打印本页】
             【关闭窗口】, 分享到, a QR line, a 相关新闻 table with dates, rankings, picture
             news, specials.
  paper      a Chinese business-news site with a paywall (Caixin/The Paper-like): the page
             carries only the summary and the first part of the body, then the paywall box
             (剩余70%内容, plans and prices, a pitch and a help line in full sentences);
             【财闻网】（记者 …）before the first paragraph, a 点击进入专题 link, 责任编辑 |
             版面编辑, the 本文为…原创 copyright notice and a 报料 line, keywords, related
             articles, recommended cards with summaries, comments, a magazine-cover card.
  wechat     an official-account article (WeChat-like): div#js_content.rich_media_content of
             <section>s and <p><span style=...>, data-src images with a grey caption paragraph
             and a "图 / 受访者提供" line, <p><br></p> spacers, numbered marks over the
             subheadings, the standfirst in a boxed 导读 section, a js_blockquote_wrap quote;
             点击蓝字 关注我们 at the top, - END -, the 采访/编辑/审核 lines, the 原创 notice,
             往期推荐, 长按二维码关注 and 在看 appeals inside js_content; then reward, tags,
             阅读原文 / 阅读 / 赞 / 在看, selected comments with the author's replies,
             "喜欢此内容的人还喜欢".

What is gold follows tests/pages/README.md and the judgements of heldout3 and heldout4:
headline, standfirst, paragraphs, subheadings, list items, block quotes, figure captions,
table cells, editor's notes. Judgements this set makes on chrome of new shapes:
  - An interviewer's questions ARE gold (articles5.py kind "q"); so is the interview's "This
    interview has been edited for length and clarity." (an editor's note, as in heldout3).
  - A fact box inside the body IS gold, heading and lines (kind "box"): written for the
    story, like a table; its "- " and ◆ bullets are punctuation.
  - A paywalled page's gold is what the page carries: headline, summary and the body before
    the paywall; the paywall box is not gold.
  - NOT gold: datelines and source tags leading the first paragraph in its own <p>
    ("SEOUL, May 8 (Hanul) -- ", "(NWN)", "韩星社济州5月20日电 ", "【财闻网】（记者 …）")
    and the sapo's "MTO - " prefix (the rest of the paragraph is gold); the "(LEAD)" version
    tag of a wire headline; "(END)", （完）, - END -, reporters' e-mail addresses; credits
    after a caption in the caption's own element ("(PHOTO NOT FOR SALE) (Hanul)",
    "韩星社/…供图（图片严禁转载复制）", "记者 … 摄", "图：视觉中国") and bare credit lines;
    gallery counters; chapter and section numbers ("01"); the e-magazine credits block; pull
    quotes and their attribution; labels (导读, 摘要：); embedded videos of other stories
    (title, summary, duration, "Video Ad Feedback"); "Related article" / "Related Content" /
    RelatedOneNews / "Đọc thêm" cards with their summaries; links under the sapo; newsletter
    lines and modules; "Advertisement", "SKIP ADVERTISEMENT", "Ad Feedback"; "... contributed
    to this report"; "Reporting from ..."; author bios, print-edition lines; "Theo ... / Link
    bài gốc / Lấy link"; 点击进入专题; 责任编辑, 版面编辑, (来源：…), 【字号】 and the
    print/close tools; the 原创/copyright notices, 报料 lines; WeChat's 点击蓝字 关注我们,
    staff lines, 往期推荐, QR, 在看 and reward appeals, 阅读原文 and counts; view counts,
    opinion forms, comments and authors' replies; teaser cards with summaries.
"""

import datetime
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles5  # noqa: E402
import pagekit  # noqa: E402
from pagekit import (E, A, EN_MONTHS, VI_DAYS, blocks, when, ld, gold_lines, build_pages,  # noqa: E402,F401
                     add, paras, first_para, token, table_rows)

OUT = os.path.join(HERE, "heldout5")

# ---------------------------------------------------------------- gold and shared pieces


def gold5(a):
    """The article's text, one block a line, in page order (a paywalled page's body is cut
    before it gets here: what the page does not carry is not its gold)."""
    return gold_lines(a, text=("p", "h2", "quote", "fig", "note", "q"), more=("box",))


def after_para(items, start):
    """The first answer or plain paragraph at or after item `start` that does not lead into a
    list or table and is not followed by a figure: where a site puts a box between paragraphs."""
    for n in range(max(0, start), len(items) - 1):
        if items[n][0] == "p" and items[n + 1][0] in ("p", "h2", "quote", "q") and not items[n][1].endswith(("：", ":")):
            return n
    return len(items) - 2


def news_ld(a, lang, **extra):
    """pagekit.news_ld, its description the first paragraph's start where there is no standfirst."""
    return pagekit.news_ld(a, lang, **{"description": a.get("standfirst", "") or a["body"][first_para(a)][1][:150], **extra})


def og(a, locale, site=None):
    """The og: meta lines with og:image beside the article's address and the twitter:card line."""
    return pagekit.og(a, locale, site, image=a["url"].rsplit("/", 1)[0], twitter=True)


# ---------------------------------------------------------------- splitbody: a metered newspaper


SB = dict(
    skip=["Skip to content", "Skip to site index"],
    top=["Subscribe for $1/week", "Log in", "Today's Paper"],
    nav=["World", "U.S.", "Politics", "New York", "Business", "Opinion", "Science", "Health", "Sports",
         "Arts", "Books", "Style", "Food", "Travel", "Magazine", "Real Estate"],
    share="Share full article", save="Save", credit="Credit...",
    ad="Advertisement", skip_ad="SKIP ADVERTISEMENT",
    rel_head="Related Content",
    nl_head="The Weekly Almanac",
    nl_text="A guided tour of the week's most surprising science, history and culture stories, with one long read we think you will love. Sign up to get it every Sunday.",
    nl_label="Email Address", nl_btn="Sign Up",
    nl_legal="You will receive occasional updates and offers from The Harbinger. You may opt out at any time.",
    gateway="You have a preview view of this article while we are checking your access. When we have confirmed access, the full article content will load.",
    cmt_btn="See All Comments", picks="Reader Picks", all_cmts="All", recommend="Recommend", reply="Reply", share_c="Share", flag="Flag",
    picks_head="Editors' Picks",
    trend_head="Trending in The Harbinger",
    trend=["Inside the Last Video Rental Store in the County", "A Bakery Closes After 98 Years, and a Town Mourns",
           "How Much Sleep Do Teenagers Really Need?", "The Quiet Return of the Neighborhood Pharmacy",
           "Opinion: Our Libraries Are Doing Too Much With Too Little"],
    index_head="Site Index",
    index=[("News", ["Home Page", "World", "U.S.", "Politics", "Business", "Tech", "Science", "Climate", "Health", "Obituaries"]),
           ("Arts", ["Today's Arts", "Art & Design", "Books", "Dance", "Movies", "Music", "Television", "Theater"]),
           ("Lifestyle", ["Food", "Travel", "Style", "Love", "Real Estate", "Well"]),
           ("Account", ["Subscribe", "Manage My Account", "Home Delivery", "Gift Subscriptions", "Newsletters"])],
    legal="© 2024 The Harbinger Company",
    legal_links=["Contact Us", "Accessibility", "Work with us", "Advertise", "Your Ad Choices", "Privacy Policy",
                 "Terms of Service", "Terms of Sale", "Site Map", "Help", "Subscriptions"],
)

SB_ART = {
    "clock-keeper": dict(
        section="Culture", kicker="The Working Life", dateline="Reporting from Harwich Bay",
        lead_credit="Jonas Pike for The Harbinger", updated="Updated 11:40 a.m. ET", comments=214,
        related=[("The Last Lamplighter of Oldgate Lane",
                  "Every evening for 22 years, Walter Greaves lit the gas lamps on one street by hand. Then the council switched them to LEDs."),
                 ("Why Church Bells Are Falling Silent Across the Region",
                  "Bell ringers are getting older and fewer, and some parishes now ring only at Christmas and Easter.")],
        bio="Nadia Forde is a features writer for The Harbinger, based in Harwich Bay. She writes about craftspeople, forgotten trades and the people who keep cities working.",
        print_line="A version of this article appears in print on April 22, 2024, Section C, Page 1 of the New England edition with the headline: The Keeper of the Clocks.",
        print_links=["Order Reprints", "Today's Paper", "Subscribe"],
        cmts=[("Margaret L.", "Harwich Bay", "April 21", "I walk past the corn exchange clock every morning on my way to the bus, and I never once thought about who winds it. Thank you, Mr. Lindqvist, and good luck to Ruth.", 412),
              ("Daniel O.", "Portland, Maine", "April 21", "Our town replaced its tower clock movement with an electric one in 2009. It keeps perfect time and nobody looks at it anymore. I wish we had kept the old one.", 187),
              ("Priya S.", "Leeds", "April 22", "The detail about the bell shaking the room after 31 years is lovely. More interviews like this, please.", 95)],
        picks=[("The Town That Voted to Keep Its Phone Box", "Residents raised the money to turn it into the smallest library in the county, and it now lends 300 books a month."),
               ("What It Takes to Restore a 200-Year-Old Organ", "Two craftsmen spent four years taking apart and rebuilding every pipe of a church instrument by hand."),
               ("The Apprentices Learning Trades That Almost Disappeared", "From thatching to stonemasonry, a new generation is signing up for skills once written off as obsolete.")],
    ),
    "lost-lakes": dict(
        section="Climate", kicker="Climate Forward", dateline="Reporting from the Sorrel Valley",
        lead_credit="Westmere University", updated="Updated 6:05 p.m. ET", comments=98,
        related=[("The Rivers That Were Buried Under Our Cities",
                  "Hundreds of streams were piped underground a century ago. Some towns are now digging them up again."),
                 ("What Happens When a Wetland Comes Back",
                  "Five years after a farm was allowed to flood, birds, frogs and dragonflies have returned in numbers nobody expected.")],
        bio="Elena Marsh covers climate and the environment for The Harbinger. She has reported on droughts, floods and water policy on four continents.",
        print_line="A version of this article appears in print on March 6, 2024, Section D, Page 3 of the New England edition with the headline: Spy Photos Reveal Lakes That Vanished.",
        print_links=["Order Reprints", "Today's Paper", "Subscribe"],
        cmts=[("Tom R.", "Sacramento", "March 5", "My father farmed land that had been a marsh before he was born. He always said the water remembers where it used to be, and every wet spring proved him right.", 256),
              ("Alicia M.", "Valencia", "March 5", "Fascinating use of old data. I hope the catalogue is made public so that local historians can add what they know about each lake.", 143)],
        picks=[("Meet the People Counting Every Pond in the Country", "Volunteers with boots and clipboards are building the first full survey of small ponds in decades."),
               ("A Drought Exposed a Village That Had Been Under a Reservoir for 60 Years", "Former residents came back to walk streets they had not seen since they were children.")],
    ),
}


def t_splitbody(a, lang, k):
    """Metered newspaper: the article body a <section> of several sibling companion-column divs,
    with ads, figures, an inline table embed, a related-content box and a newsletter module
    between them; hashed css-* class names."""
    S, X = SB, SB_ART[a["name"]]
    who = a["author"]
    d = when(a)
    P = "css-at9mc1 evys1bk0"
    nfig = iter(range(100))

    def col(inner, i, after_ad):
        aid = f' id="after-story-ad-{after_ad}"' if after_ad else ""
        return (f'<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-{i}"{aid}>'
                f'<div class="css-53u6y8">{inner}</div></div>')

    def ad(i):
        return (f'<div class="css-1l2ckbu" id="story-ad-{i}-wrapper"><div class="css-1g7m0tk" id="story-ad-{i}-slug">'
                f'<p class="css-1ctobem">{E(S["ad"])}</p></div><div id="story-ad-{i}" class="ad story-ad-{i}-wrapper" data-testid="StandardAd"></div>'
                f'<div class="css-1lphyqj"><a href="#after-story-ad-{i}" class="css-1a6i0f5">{E(S["skip_ad"])}</a></div></div>')

    def figure(cap):
        i = next(nfig)
        return (f'<div class="css-79elbk" data-testid="photoviewer-wrapper"><figure class="img-sz-large css-1e6pcm8 e1g7ppur0" aria-label="media" role="group">'
                f'<div data-testid="photoviewer-children" class="css-1a48zt4 ehw59r15"><picture><img alt="" class="css-rq4mmj" '
                f'src="https://static01.harbinger.example.com/images/2024/{k}{i}/merlin_{token(a["name"], i, n=10)}.jpg?quality=75&amp;auto=webp" '
                f'width="600" height="400" decoding="async" loading="lazy"></picture></div>'
                f'<figcaption class="css-jevhma ewdxa0s0"><span class="css-ww8nkq e13ogyst0" aria-hidden="false">{E(cap)}</span>'
                f'<span class="css-cnj6d5 e1z0qqy90"><span class="css-1ly73wi e1tej78p0">{E(S["credit"])}</span><span>{E(X["lead_credit"])}</span></span></figcaption></figure></div>')

    def inline(item):
        kind = item[0]
        if kind == "p":
            return f'<p class="{P}">{E(item[1])}</p>'
        if kind == "q":
            return f'<p class="{P}"><strong>{E(item[1])}</strong></p>'
        if kind == "note":
            return f'<p class="{P}"><em>{E(item[1])}</em></p>'
        if kind == "h2":
            return f'<h2 id="link-{token(item[1], n=6)}" class="css-1c2ssgs eoo0vm40">{E(item[1])}</h2>'
        if kind == "quote":
            return f'<blockquote class="css-1u6c2de e1s7u5k0"><p class="{P}">{E(item[1])}</p></blockquote>'
        if kind in ("ul", "ol"):
            return (f'<{kind} class="css-1j8lm88 e1h9rw200">' + "".join(f'<li class="css-a8ng5f">{E(x)}</li>' for x in item[1])
                    + f"</{kind}>")
        raise ValueError(kind)

    related = (f'<div class="css-1h0fg1y" data-testid="related-links"><div class="css-1lz0u8w"><h2 class="css-r1b7fo">{E(S["rel_head"])}</h2>'
               '<ul class="css-1vs6ya4">' + "".join(
                   f'<li class="css-ye6x8s"><a class="css-1hcjeiq" href="/2024/0{k + 1}/1{i}/culture/{token(t, n=6)}.html">'
                   f'<div class="css-1ukx7ua"><img src="/images/thumb/{token(t, n=6)}.jpg" alt="" width="75" height="75"></div>'
                   f'<div class="css-1q5ec3n"><p class="css-8e4gt7 e1ktgy3w0">{E(t)}</p><p class="css-1aopbss e1ktgy3w1">{E(s)}</p></div></a></li>'
                   for i, (t, s) in enumerate(X["related"])) + "</ul></div></div>")
    newsletter = (f'<div class="css-1ovr4bq" data-testid="newsletter-module"><div class="css-19wpwvs"><p class="css-1mhwyd9">{E(S["nl_head"])}</p>'
                  f'<p class="css-1kkbvw5">{E(S["nl_text"])}</p>'
                  f'<form class="css-1vna3ls" action="/newsletters/subscribe" method="post"><label for="nl-email-{k}" class="css-1bq6w5u">{E(S["nl_label"])}</label>'
                  f'<input id="nl-email-{k}" type="email" name="email" class="css-1b7ko3v"> <button type="submit" class="css-1ao2ztn">{E(S["nl_btn"])}</button></form>'
                  f'<p class="css-1t2k0qx">{E(S["nl_legal"])}</p></div></div>')
    pull = ""
    if a.get("pull"):
        pull = (f'<div class="css-1uq5tnp" data-testid="pullquote"><blockquote class="css-1y5lfe4 e1yk9l1e0"><p class="css-5o07wd">'
                f'{E(a["pull"][0])}</p></blockquote></div>')

    # The body: runs of text blocks in companion columns, broken by figures, the table
    # embed, ads (about every fourth paragraph), the related box and the newsletter module.
    items = a["body"]
    ps = paras(a)
    ad_after = {after_para(items, ps[m]) for m in (3, 8, 14) if m < len(ps)}
    rel_after = after_para(items, ps[min(5, len(ps) - 1)])
    nl_after = after_para(items, ps[min(11, len(ps) - 1)])
    pull_after = after_para(items, ps[min(9, len(ps) - 1)]) if pull else -1
    out, run, ncol, nad, pending = [], [], 0, 0, 0

    def close():
        nonlocal run, ncol, pending
        if run:
            out.append(col("".join(run), ncol, pending))
            ncol += 1
            run, pending = [], 0

    for n, item in enumerate(items):
        if item[0] == "fig":
            close()
            out.append(figure(item[1]))
        elif item[0] == "table":
            close()
            out.append(f'<div class="css-1rv3ht4" data-testid="inline-interactive"><div class="g-graphic"><table class="g-table">{table_rows(item[1])}</table></div></div>')
        else:
            run.append(inline(item))
        if n in ad_after:
            close()
            nad += 1
            out.append(ad(nad))
            pending = nad
        if n == rel_after:
            close()
            out.append(related)
        if n == nl_after:
            close()
            out.append(newsletter)
        if n == pull_after:
            close()
            out.append(pull)
    close()
    body = "\n".join(out)

    cmts = "".join(
        f'<div class="css-16qbvth" data-testid="comment-container"><div class="css-1d2kx9s"><span class="css-1a1sf1q">{E(nm)}</span> '
        f'<span class="css-1n4wo6e">{E(loc)}</span> <span class="css-19o4c5x">{E(dt)}</span></div><p class="css-1o5tn6e">{E(txt)}</p>'
        f'<div class="css-w2su8r"><button class="css-9g3ho8">{E(S["recommend"])} <span>{rec}</span></button> <button class="css-9g3ho8">{E(S["reply"])}</button> '
        f'<button class="css-9g3ho8">{E(S["share_c"])}</button> <button class="css-9g3ho8">{E(S["flag"])}</button></div></div>'
        for nm, loc, dt, txt, rec in X["cmts"])
    picks = "".join(
        f'<li class="css-1iski2w"><a href="/2024/picks/{token(t, n=6)}.html" class="css-1u3p7j1"><div class="css-1l4spti"><h3 class="css-1j9dxys e1hr934v0">{E(t)}</h3>'
        f'<p class="css-1echdzn e1hr934v1">{E(s)}</p></div><div class="css-79elbk"><img src="/images/picks/{token(t, n=6)}.jpg" alt="" width="150" height="100"></div></a></li>'
        for t, s in X["picks"])
    trend = "".join(f'<li class="css-14pen6x"><span class="css-1dv1kvn">{i + 1}</span><a href="/trending/{i}.html">{E(t)}</a></li>'
                    for i, t in enumerate(S["trend"]))
    index = "".join(f'<section class="css-1b5m1i"><h3 class="css-1vwrtjb">{E(h)}</h3><ul>' + "".join(f'<li><a href="/section/{token(x, n=5)}">{E(x)}</a></li>' for x in xs)
                    + "</ul></section>" for h, xs in S["index"])
    date_s = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    ldj = news_ld(a, "en-US", isAccessibleForFree=False, articleSection=X["section"],
                  hasPart={"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".meteredContent"})
    return f"""<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])} - The Harbinger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta data-rh="true" name="description" content="{A(a["standfirst"])}">
<meta data-rh="true" name="byl" content="By {A(who)}">
{og(a, "en_US")}
<link rel="canonical" href="{A(a["url"])}">
<style data-emotion="css 1wr3we4 ahe4g0 s99gbd 53u6y8 at9mc1">.css-s99gbd{{max-width:600px;margin:0 auto}}.css-at9mc1{{font-family:harbinger-serif,georgia,serif;font-size:1.25rem;line-height:1.75rem;margin-bottom:.9375rem}}.css-1l2ckbu{{background:#f7f7f7;margin:2rem 0;text-align:center}}</style>
{ldj}
<script>window.__preloadedData = {ld({"initialState": {"article": {"id": token(a["url"], n=12), "section": X["section"], "headline": a["headline"], "wordCount": 1200}}, "config": {"gqlUrl": "https://samizdat-graphql.harbinger.example.com/graphql/v2"}})};</script>
</head>
<body>
<div id="app"><div class="css-1wr3we4">
<div class="css-10698na e1ljimmp0"><a class="css-1dv1kvn" href="#site-content">{E(S["skip"][0])}</a><a class="css-1dv1kvn" href="#site-index">{E(S["skip"][1])}</a></div>
<header class="css-ahe4g0 e1m0pzr40" id="masthead"><div class="css-1v2kt4o"><button class="css-fzvsed" aria-label="Sections Navigation">&#9776;</button>
<a class="css-nhjhh0" href="/section/{X["section"].lower()}">{E(X["section"])}</a></div>
<div class="css-1baulvz"><a href="/" aria-label="The Harbinger"><svg viewBox="0 0 184 25" height="25"></svg></a></div>
<div class="css-10488qs">{"".join(f'<a class="css-1kj7lfb" href="/{token(x, n=4)}">{E(x)}</a>' for x in S["top"])}</div></header>
<nav class="css-1qkmj0w" aria-label="Main"><ul class="css-1vxc2sl">{"".join(f'<li class="css-1xzwu6x"><a href="/section/{token(x, n=5)}">{E(x)}</a></li>' for x in S["nav"])}</ul></nav>
<main id="site-content" class="css-1mzp3a2">
<div id="gateway-content" hidden>{E(S["gateway"])}</div>
<div class="css-1vxca1d"><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-1e0a5pa e1h9rw200">
<div class="css-k3n6di"><p class="css-1b7cwa1 e1wiw3jv0"><span><a href="/column/{token(X["kicker"], n=5)}">{E(X["kicker"])}</a></span></p></div>
<h1 id="link-{token(a["url"], n=6)}" class="css-1vkm6nb e1h9rw200" data-testid="headline">{E(a["headline"])}</h1>
<p id="article-summary" class="css-1n0orw4 e1wiw3jv0">{E(a["standfirst"])}</p>
<div class="css-dbttqz"><figure class="sizeLarge layoutHorizontal css-1ebwmgd"><div class="css-79elbk"><picture><img alt="" src="https://static01.harbinger.example.com/images/2024/{k}/lead_{token(a["name"], n=10)}.jpg" width="1050" height="700"></picture></div>
<figcaption class="css-1l44abu e1vzhv6o0"><span class="css-cnj6d5 e1z0qqy90"><span class="css-1ly73wi e1tej78p0">{E(S["credit"])}</span><span>{E(X["lead_credit"])}</span></span></figcaption></figure></div>
<div class="css-1rt8ys0 e1j3jvdr0"><div class="css-1xegnkm"><p class="css-aknsld e1jsehar1" data-testid="byline"><span class="css-1baulvz">By <a href="/by/{token(who, n=6)}" class="css-n8ff4n e1jsehar0">{E(who)}</a></span></p>
<div class="css-1d4r7zc"><span class="css-1lv71yp">{E(X["dateline"])}</span></div></div>
<time class="css-1sbuyqj" datetime="{a["date"]}"><span class="css-1lrb1i4">{E(date_s)}</span> <span class="css-1rdgnyj">{E(X["updated"])}</span></time></div>
<div class="css-1n8tz2n" data-testid="share-tools"><button class="css-1dtsvfy" type="button">{E(S["share"])}</button> <button class="css-1dtsvfy" type="button">{E(S["save"])}</button>
<a class="css-1p9pvcx" href="#commentsContainer"><span class="css-1dv1kvn">{X["comments"]}</span></a></div>
</header>
<section name="articleBody" class="meteredContent css-1r7ky0e">
{body}
</section>
<div class="bottom-of-article"><div class="css-1ubp8k9"><p class="css-1d8a290 eqveam63"><span class="css-yyxv5d">{E(X["bio"])}</span></p></div>
<div class="css-1bd8bfl"><p>{E(X["print_line"])} {" | ".join(f'<a href="/{token(x, n=4)}">{E(x)}</a>' for x in X["print_links"])}</p></div>
<div class="css-1n8tz2n"><button class="css-1dtsvfy" type="button">{E(S["share"])}</button></div></div>
</article></div>
<div id="commentsContainer" class="css-1q2zzxw"><div class="css-9fz5hw"><h2 class="css-1l4d2fq">{X["comments"]} Comments</h2>
<div class="css-1aaqvca" role="tablist"><button role="tab" class="css-1r7hmz6" aria-selected="true">{E(S["picks"])}</button> <button role="tab" class="css-1r7hmz6">{E(S["all_cmts"])}</button></div>
{cmts}
<button class="css-1anq0il" type="button">{E(S["cmt_btn"])}</button></div></div>
<div class="css-1jw7ghh"><section class="css-1cmu9py" aria-label="Editors' Picks"><h2 class="css-13tcuz3">{E(S["picks_head"])}</h2><ul class="css-1gh36ut">{picks}</ul></section>
<section class="css-vbc2zz" aria-label="Trending"><h2 class="css-13tcuz3">{E(S["trend_head"])}</h2><ol class="css-1cm5mqy">{trend}</ol></section></div>
</main>
<nav id="site-index" class="css-1p5l7iw" aria-labelledby="site-index-label"><h2 id="site-index-label" class="css-1dv1kvn">{E(S["index_head"])}</h2><div class="css-1b5m1i">{index}</div></nav>
<footer class="css-1r2r97k"><div class="css-1inm8v1"><span>{E(S["legal"])}</span> <ul class="css-1c3jr7e">{"".join(f'<li><a href="/{token(x, n=4)}">{E(x)}</a></li>' for x in S["legal_links"])}</ul></div></footer>
</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------- cnnzone: a cable news site


CN = dict(
    brand="NWN",
    nav=["US", "World", "Politics", "Business", "Health", "Entertainment", "Style", "Travel", "Sports",
         "Science", "Climate", "Weather", "Ukraine-Russia War", "Israel-Hamas War", "Features"],
    edition=["Edition", "US", "International"], watch="Watch", listen="Listen", live="Live TV", signin="Sign in",
    cite=" (NWN)",
    share=["Facebook", "Tweet", "Email", "Link"], copied="Link Copied!",
    lead_video=("See the hidden lakes revealed in declassified spy satellite images", "02:41"),
    video_label="Video Ad Feedback",
    nl_line=("Sign up for NWN's Wonder Planet science newsletter.",
             "Explore the universe with news on fascinating discoveries, scientific advancements and more."),
    ad_fb="Ad Feedback",
    video=("How scientists use satellites to watch the world's water disappear", "03:12", "A new generation of satellites can measure the height of rivers and lakes from space to within a few centimeters."),
    rel_head="Related article",
    rel=("Archaeologists used the same spy photos to find hundreds of lost Roman forts",
         "A study of declassified images from the 1960s revealed outlines of forts and roads that have since been ploughed away."),
    contrib="NWN's Tomás Ruiz contributed to this report.",
    credit_sep=" ",
    paid_head="Paid Partner Content",
    paid=[("The One Garden Tool Every Homeowner Wishes They Had Bought Sooner", "GardenPro Weekly"),
          ("Retirees Are Moving to This Coastal Town for Its Low Cost of Living", "Silver Living Guide"),
          ("Doctors Say This Simple Morning Habit Can Boost Your Energy", "WellNow")],
    more_head="More from NWN",
    more=[("Glaciers in the Alps lost 10% of their volume in two years, scientists say",
           "The losses in 2022 and 2023 were the largest since records began more than a century ago."),
          ("The world's largest wetland is burning faster than ever",
           "Fires in the Pantanal have destroyed an area bigger than some countries this year, researchers warn."),
          ("A forgotten map helped a town find the river it lost",
           "Engineers used a survey drawn in 1881 to rediscover a stream that had been buried under a car park.")],
    search="Search NWN...", footer_links=["Terms of Use", "Privacy Policy", "Cookie Settings", "Ad Choices", "Accessibility & CC",
                                         "About", "Newsletters", "Transcripts"],
    legal="© 2024 NWN. A Northwind Media Company. All Rights Reserved.",
    legal2="NWN Sans ™ & © 2016 Northwind Broadcasting.",
    credit="Westmere University/NWN",
)


def t_cnnzone(a, lang, k):
    """Cable news page in an older zone layout: the first paragraph in a sourced-paragraph
    div with a (NWN) cite, the rest in zn-body__read-all as div.zn-body__paragraph; embedded
    video (with "Video Ad Feedback") and a "Related article" element inside the body; a
    newsletter line in bold among the paragraphs; a contributor line as the last paragraph."""
    C = CN
    who = a["author"]
    d = when(a)
    items = a["body"]
    first = first_para(a)

    def para(text, n):
        if n == first:
            return (f'<p class="zn-body__paragraph speakable"><cite class="el-editorial-source">{E(C["cite"])}</cite>{E(text)}</p>')
        return f'<div class="zn-body__paragraph{" speakable" if n < first + 3 else ""}">{E(text)}</div>'

    def fig(item, n):
        return (f'<div class="el__embedded el__embedded--fullwidth"><div class="el__image--fullwidth js__image--expandable">'
                f'<div class="media"><img class="media__image media__image--responsive" alt="" '
                f'src="https://media.nwn.example.com/api/v1/images/stellar/prod/{token(a["name"], n, n=12)}.jpg?q=w_1160,c_fill/f_webp" '
                f'data-src-large="https://media.nwn.example.com/images/{token(a["name"], n, n=12)}-large.jpg"></div>'
                f'<div class="media__caption el__storyelement__title"><div class="element-raw" data-editable="metaCaption">{E(item[1])}</div>'
                f'<div class="el__storyelement__gray" data-editable="credit">{E(C["credit"])}</div></div></div></div>')

    R = {
        "p": lambda it, n: para(it[1], n),
        "h2": lambda it, n: f'<h3 class="zn-body__paragraph zn-body__subheading">{E(it[1])}</h3>',
        "quote": lambda it, n: f'<div class="zn-body__paragraph"><blockquote class="el__quote">{E(it[1])}</blockquote></div>',
        "fig": fig,
        "table": lambda it, n: (f'<div class="el__embedded el__embedded--standard"><div class="el__table"><table class="el__table--data">'
                                f'{table_rows(it[1])}</table></div></div>'),
        "ul": lambda it, n: '<ul class="cnn_rich_text">' + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "ol": lambda it, n: '<ol class="cnn_rich_text">' + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ol>",
        "q": lambda it, n: f'<div class="zn-body__paragraph"><strong>{E(it[1])}</strong></div>',
        "note": lambda it, n: f'<div class="zn-body__paragraph"><em>{E(it[1])}</em></div>',
    }
    ps = paras(a)
    inserts = {}
    add(inserts, ps[1], (f'<div class="zn-body__paragraph"><strong><a href="https://www.nwn.example.com/newsletters/wonder-planet">{E(C["nl_line"][0])}</a> '
                         f'{E(C["nl_line"][1])}</strong></div>'))
    vt, dur, vs = C["video"]
    add(inserts, after_para(items, ps[5]), (
        f'<div class="el__embedded el__embedded--standard"><div class="el__video--standard"><div class="media__video--thumbnail-wrapper">'
        f'<div class="media__video--thumbnail"><img class="media__image" alt="" src="https://media.nwn.example.com/images/video-{k}.jpg">'
        f'<span class="media__video-duration">{dur}</span><span class="media__over-text">Video</span></div></div>'
        f'<div class="media__video-description media__video-description--inline"><div class="media__video-headline"><a href="/videos/world/2024/03/04/satellites-water.nwn">{E(vt)}</a></div>'
        f'<div class="media__video-summary">{E(vs)}</div></div>'
        f'<div class="ad-feedback__moat"><div class="ad-feedback__text">{E(C["video_label"])}</div></div></div></div>'))
    rt, rs = C["rel"]
    add(inserts, after_para(items, ps[9]), (
        f'<div class="el__embedded el__embedded--standard"><div class="el__storyelement el__storyelement--standard">'
        f'<div class="el__storyelement__header">{E(C["rel_head"])}</div><a href="/2023/11/20/world/roman-forts-spy-satellites-scn/index.html">'
        f'<div class="el__storyelement__img"><img src="https://media.nwn.example.com/images/forts-{k}.jpg" alt=""></div>'
        f'<div class="el__storyelement__title">{E(rt)}</div></a><div class="el__storyelement__gray">{E(rs)}</div></div></div>'))
    add(inserts, after_para(items, ps[12]), (
        f'<div class="ad-slot-dynamic ad-slot-rail" data-ad-slot="ad_inline_{k}"><div class="ad-slot__ad-wrapper"></div>'
        f'<div class="ad-feedback-link-container"><div class="ad-feedback-link"><span class="ad-feedback-link__label">{E(C["ad_fb"])}</span></div></div></div>'))
    lead = blocks(dict(a, body=items[:first + 1]), R)
    rest_items = dict(a, body=items[first + 1:])
    shifted = {n - first - 1: v for n, v in inserts.items() if n > first}
    R2 = dict(R, p=lambda it, n: para(it[1], n + first + 1))
    rest = blocks(rest_items, R2, shifted)
    lv, ld_ = C["lead_video"]
    share = "".join(f'<li class="share-bar__item"><a href="#" class="share-bar__link share-bar__link--{i}">{E(s)}</a></li>' for i, s in enumerate(C["share"]))
    paid = "".join(f'<li class="ob-dynamic-rec-container"><a class="ob-dynamic-rec-link" href="https://paid.example.net/{token(t, n=6)}"><img src="/ob/{token(t, n=6)}.jpg" alt="">'
                   f'<span class="ob-rec-text">{E(t)}</span><span class="ob-rec-source">{E(src)}</span></a></li>' for t, src in C["paid"])
    more = "".join(f'<article class="cd cd--card cd--article cd--idx-{i}"><div class="cd__wrapper"><div class="media"><a href="/2024/more/{token(t, n=6)}"><img src="/m/{i}.jpg" alt=""></a></div>'
                   f'<div class="cd__content"><h3 class="cd__headline"><a href="/2024/more/{token(t, n=6)}"><span class="cd__headline-text">{E(t)}</span></a></h3>'
                   f'<div class="cd__description">{E(s)}</div></div></div></article>' for i, (t, s) in enumerate(C["more"]))
    upd = d.strftime("%H%M GMT") + f" ({(d.hour + 8) % 24:02d}{d.minute:02d} HKT) {EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"""<!DOCTYPE html>
<html class="no-js" lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<title>{E(a["headline"])} | NWN</title>
<meta name="description" content="{A(a["standfirst"])}">
<meta name="author" content="{A(who)}, NWN">
{og(a, "en_US")}
{news_ld(a, "en", articleSection="world")}
<script>window.NWN = window.NWN || {{}}; NWN.contentModel = {{"analytics":{{"branding_content_page":"default","pageTop":"world"}},"pageType":"article","sectionName":"world","layout":"no-rail"}};</script>
</head>
<body class="pg pg-hidden pg-article pg-section-world pg-vertical--world t-light">
<div class="pg-no-rail pg-wrapper">
<div class="nav" id="nav" data-analytics-header="main-menu_"><div class="nav-menu"><a class="nav-menu-logo" href="/" title="NWN">{E(C["brand"])}</a>
<div class="nav-menu-links">{"".join(f'<a class="nav-menu-links__link" href="/{token(x, n=4)}">{E(x)}</a>' for x in C["nav"])}</div>
<div class="nav-section__edition"><span>{E(C["edition"][0])}</span> <a href="/us">{E(C["edition"][1])}</a> <a href="/intl">{E(C["edition"][2])}</a></div>
<a class="nav-section__watch" href="/live-tv">{E(C["live"])}</a> <a href="/audio">{E(C["listen"])}</a> <a href="/watch">{E(C["watch"])}</a> <a class="nav-user" href="/account">{E(C["signin"])}</a></div></div>
<article class="pg-rail-tall pg-rail--align-right" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="dateCreated" content="{a["date"]}"><meta itemprop="url" content="{A(a["url"])}">
<div class="l-container">
<h1 class="pg-headline">{E(a["headline"])}</h1>
<p class="pg-headline__dek">{E(a["standfirst"])}</p>
<div class="metadata"><div class="metadata__info js-byline-images"><p class="metadata__byline"><span class="metadata__byline__author">By <a href="/profiles/{token(who, n=6)}">{E(who)}</a>, NWN</span></p>
<p class="update-time">Updated {E(upd)}</p></div>
<div class="share-bar share-bar--header"><ul class="share-bar__list">{share}</ul><span class="share-bar__copied" aria-live="polite">{E(C["copied"])}</span></div></div>
</div>
<div class="l-container"><div class="el__leafmedia el__leafmedia--video-leaf"><div class="media__video--thumbnail"><img class="media__image" alt="" src="https://media.nwn.example.com/images/lead-video-{k}.jpg">
<span class="media__video-duration">{ld_}</span></div><div class="media__video-headline"><span class="media__video-headline-text">{E(lv)}</span></div>
<div class="ad-feedback__moat"><div class="ad-feedback__text">{E(C["video_label"])}</div></div></div></div>
<section id="body-text" class="zn zn-body-text zn-body zn--idx-0 zn--ordinary zn-has-multiple-containers zn-has-r-containers" data-vr-zone="body-text" data-zone-label="bodyText">
<div class="l-container">
<div class="el__leafmedia el__leafmedia--sourced-paragraph">
{lead}
</div>
<div class="zn-body__read-all">
{rest}
<div class="zn-body__paragraph zn-body__footer"><em>{E(C["contrib"])}</em></div>
</div>
</div>
</section>
<div class="l-container"><div class="share-bar share-bar--footer"><ul class="share-bar__list">{share}</ul></div></div>
<section class="zn zn-outbrain" id="outbrain"><h2 class="zn-header__text">{E(C["paid_head"])}</h2><ul class="ob-widget-items-container">{paid}</ul></section>
<section class="zn zn-more-from" id="more-from"><h2 class="zn-header__text">{E(C["more_head"])}</h2><div class="zn__containers">{more}</div></section>
</article>
<footer class="l-footer" id="footer"><div class="l-footer__content"><a class="logo" href="/">{E(C["brand"])}</a>
<form class="search__form" action="/search" method="get"><input class="search__input-field" type="text" name="q" placeholder="{A(C["search"])}"><button type="submit" class="search__submit-button">Search</button></form>
<ul class="m-legal__links">{"".join(f'<li><a class="m-legal__link" href="/{token(x, n=4)}">{E(x)}</a></li>' for x in C["footer_links"])}</ul>
<p class="m-legal__copyright">{E(C["legal"])}</p><p class="m-legal__copyright">{E(C["legal2"])}</p></div></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------- wireasia: an East Asian news agency


WA = {
    "en": dict(
        html_lang="en", locale="en_US", brand="Hanul News Agency", skip="Skip to content", home="https://en.hanulnews.example.co.kr",
        langs=["한국어", "English", "中文", "日本語", "Français", "Español", "العربية"],
        nav=["NATIONAL", "N. KOREA", "ECONOMY", "MARKET", "SCI/TECH", "CULTURE", "SPORTS", "PHOTOS", "VIDEOS", "FEATURES", "OPINION"],
        search="Search", latest="Latest", crumbs=["National", "Society"],
        lead="(LEAD) ",
        posted="Posted : ", updated="Updated : ", font="Font size", zoom=["A+", "A-"], print_="Print",
        share=["Facebook", "X", "KakaoTalk", "Copy URL"],
        dateline="SEOUL, May 8 (Hanul) -- ",
        credits=[" (PHOTO NOT FOR SALE) (Hanul)", " (Hanul)", " (PHOTO NOT FOR SALE) (Hanul)"],
        prev="Previous", next="Next", counter="{i}/{n}",
        email="jwkim@hanulnews.example.co.kr", end="(END)",
        kw_head="Keywords", kw=["#Gageo Island", "#lighthouse", "#seabirds", "#oceans ministry"],
        rel_head="Related Articles",
        rel=[("S. Korea designates 3 more islands as marine protected areas", "2024-03-21 10:02"),
             ("Migratory bird numbers on western islands fall for 3rd straight year: report", "2023-11-14 16:45"),
             ("Lighthouse museum in Pohang draws record visitors", "2023-08-02 09:30")],
        top_head="Top News",
        top=[("Finance minister says economy to grow 2.6 pct this year on chip exports",
              "The government raised its growth outlook for the year, citing a faster-than-expected rebound in semiconductor shipments."),
             ("Heavy rain advisory issued for southern regions as monsoon arrives early",
              "Up to 150 millimeters of rain is forecast for parts of South Gyeongsang Province through Thursday.")],
        most_head="Most Viewed",
        most=["BTS member to begin military service next month", "Seoul apartment prices rise for 10th week",
              "Korean Air to add flights to Central Asia", "Gov't to expand free bus rides for seniors",
              "Old lighthouse on remote Gageo Island to become seabird research station"],
        photo_head="PHOTOS",
        photos=["Tourists walk along a path lined with azaleas on Mount Hwangmae in Sancheong, South Gyeongsang Province, on May 7, 2024. (Hanul)",
                "Farmers plant rice seedlings in a paddy field in Icheon, Gyeonggi Province, on May 8, 2024. (Hanul)"],
        footer_links=["About Us", "Contact Us", "Terms of Service", "Privacy Policy", "Subscription", "Advertising", "Sitemap"],
        legal="Copyright Hanul News Agency. All rights reserved. Prohibited from use or distribution without permission.",
        address="Hanul News Agency, 25 Hanul-ro, Jongno-gu, Seoul, Republic of Korea",
        stamp=lambda d: d.strftime("%Y-%m-%d %H:%M"),
    ),
    "zh": dict(
        html_lang="zh-CN", locale="zh_CN", brand="韩星通讯社", skip="跳到正文", home="https://cn.hanulnews.example.co.kr",
        langs=["한국어", "English", "中文", "日本語"],
        nav=["首页", "政治", "朝鲜", "经济", "社会", "文化", "体育", "国际", "韩中交流", "图片", "视频"],
        search="搜索", latest="最新", crumbs=["首页", "社会"],
        lead="",
        posted="", updated="更新：", font="字号", zoom=["大", "小"], print_="打印",
        share=["微信", "微博", "复制链接"],
        dateline="韩星社济州5月20日电 ",
        credits=[" 韩星社/济州特别自治道供图（图片严禁转载复制）", " 韩星社/济州特别自治道供图（图片严禁转载复制）", " 韩星社"],
        prev="上一张", next="下一张", counter="{i}/{n}",
        email="", end="（完）",
        copyright="【版权归韩星社所有，未经授权严禁转载复制】",
        kw_head="关键词", kw=["#济州", "#海女", "#非物质文化遗产", "#旅游"],
        rel_head="相关新闻",
        rel=[("济州海女捕捞作业人数连续五年减少", "2024-02-13 11:20"),
             ("韩国多地推出渔村体验游 吸引外国游客", "2023-10-08 09:15"),
             ("济州至上海航线恢复运营 每周往返14班", "2023-09-26 16:40")],
        top_head="要闻",
        top=[("韩国4月出口同比增长13.8% 连续7个月正增长",
              "受半导体出口大幅回升带动，韩国4月出口额达到562亿美元，创同期历史新高。"),
             ("首尔市将在汉江沿岸新建5座水上公园",
              "首尔市计划到2026年在汉江沿岸建设集休闲、游泳和观景于一体的水上公园。")],
        most_head="热门新闻",
        most=["韩国央行维持基准利率不变", "首尔地铁将于下月上调票价", "韩国生育率跌至0.72创新低", "韩中两国将恢复青少年交流项目", "济州海女文化体验馆开馆"],
        photo_head="图片新闻",
        photos=["5月19日，在首尔汉江公园，市民们在草坪上野餐，享受初夏时光。韩星社", "5月18日，游客在庆尚北道庆州市的佛国寺参观。韩星社"],
        footer_links=["关于我们", "联系我们", "使用条款", "隐私政策", "网站地图"],
        legal="韩星通讯社版权所有 未经授权严禁转载复制",
        address="韩国首尔特别市钟路区韩星路25号",
        stamp=lambda d: d.strftime("%Y-%m-%d %H:%M"),
    ),
}


def t_wireasia(a, lang, k):
    """East Asian news agency: a photo gallery of the story's photos over the text, each
    caption ending with the agency's credit (and a "not for sale" tag); the dateline leads the
    first paragraph; the reporter's address and (END) / （完） close the body; a version tag
    "(LEAD)" before the English headline."""
    W = WA[lang]
    d = when(a)
    figs = [it for it in a["body"] if it[0] == "fig"]
    rest = dict(a, body=[it for it in a["body"] if it[0] != "fig"])
    first = first_para(rest)
    slides = "".join(
        f'<li class="slide{" on" if i == 0 else ""}"><figure class="img-con"><span class="img"><img src="https://img.hanulnews.example.co.kr/photo/hnn/2024/{d.month:02d}/{d.day:02d}/PHN2024{token(a["name"], i, n=10)}_P4.jpg" alt="{A(f[1])}"></span>'
        f'<figcaption class="desc-con"><p class="txt">{E(f[1])}{E(W["credits"][i % len(W["credits"])])}</p></figcaption></figure>'
        f'<span class="count">{W["counter"].format(i=i + 1, n=len(figs))}</span></li>'
        for i, f in enumerate(figs))
    thumbs = "".join(f'<li><button type="button" class="thumb"><img src="https://img.hanulnews.example.co.kr/photo/hnn/2024/{token(a["name"], i, n=10)}_T2.jpg" alt=""></button></li>'
                     for i in range(len(figs)))
    gallery = (f'<div class="comp-box photo-group" data-slide-count="{len(figs)}"><ul class="slides">{slides}</ul>'
               f'<button type="button" class="btn-prev"><span class="blind">{E(W["prev"])}</span></button>'
               f'<button type="button" class="btn-next"><span class="blind">{E(W["next"])}</span></button>'
               f'<ul class="thumb-list">{thumbs}</ul></div>')
    R = {
        "p": lambda it, n: f"<p>{E(W['dateline']) if n == first else ''}{E(it[1])}</p>",
        "h2": lambda it, n: f'<h3 class="sub-tit">{E(it[1])}</h3>',
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "ul": lambda it, n: "<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "table": lambda it, n: f'<table class="tbl">{table_rows(it[1])}</table>',
    }
    body = blocks(rest, R)
    sign = (f'<p class="txt-copyright adrs">{E(W["email"])}<br>{E(W["end"])}</p>' if W["email"] else f'<p>{E(W["end"])}</p>')
    if W.get("copyright"):
        sign += f'\n<p class="txt-copyright">{E(W["copyright"])}</p>'
    rel = "".join(f'<li><a href="/news/{token(t, n=10)}"><strong class="tit">{E(t)}</strong></a> <span class="txt-time">{E(tm)}</span></li>'
                  for t, tm in W["rel"])
    top = "".join(f'<li class="item-box01"><a href="/news/{token(t, n=10)}"><div class="img-con"><img src="/img/top/{i}.jpg" alt=""></div>'
                  f'<div class="news-con"><strong class="tit-news">{E(t)}</strong><p class="lead">{E(s)}</p></div></a></li>'
                  for i, (t, s) in enumerate(W["top"]))
    most = "".join(f'<li><span class="num">{i + 1}</span><a href="/news/{token(t, n=10)}" class="tit">{E(t)}</a></li>' for i, t in enumerate(W["most"]))
    photos = "".join(f'<li><a href="/photos/{token(t, n=10)}"><img src="/img/ph/{i}.jpg" alt=""><span class="tit">{E(t)}</span></a></li>'
                     for i, t in enumerate(W["photos"]))
    stamp = W["stamp"](d)
    return f"""<!DOCTYPE html>
<html lang="{W["html_lang"]}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{E(W["lead"])}{E(a["headline"])} | {E(W["brand"])}</title>
<meta name="description" content="{A(a["body"][len(figs) + first][1][:120])}">
{og(a, W["locale"], site=W["brand"])}
{news_ld(a, W["html_lang"], articleSection=W["crumbs"][-1])}
<link rel="stylesheet" href="{W["home"]}/resource/css/common.css">
</head>
<body class="article">
<div id="skipNav"><a href="#container">{E(W["skip"])}</a></div>
<header id="header" class="header"><div class="header-top"><ul class="lang-list">{"".join(f'<li><a href="#" lang="x">{E(x)}</a></li>' for x in W["langs"])}</ul></div>
<div class="header-main"><h1 class="logo"><a href="{W["home"]}">{E(W["brand"])}</a></h1>
<nav class="gnb"><ul>{"".join(f'<li><a href="/{token(x, n=4)}">{E(x)}</a></li>' for x in W["nav"])}</ul></nav>
<div class="util"><a href="/search" class="btn-search">{E(W["search"])}</a> <a href="/latest" class="btn-latest">{E(W["latest"])}</a></div></div></header>
<div id="container" class="container">
<div class="content03">
<div class="location">{" &gt; ".join(f'<a href="/{token(x, n=4)}">{E(x)}</a>' for x in W["crumbs"])}</div>
<div class="title-article01"><h1 class="tit">{E(W["lead"])}{E(a["headline"])}</h1>
<p class="txt-time01"><span>{E(W["posted"])}{stamp}</span> <span class="upd">{E(W["updated"])}{(d + datetime.timedelta(minutes=41)).strftime("%Y-%m-%d %H:%M")}</span></p>
<div class="share-box"><span class="font-size"><span class="blind">{E(W["font"])}</span><button type="button">{E(W["zoom"][0])}</button><button type="button">{E(W["zoom"][1])}</button></span>
<button type="button" class="btn-print">{E(W["print_"])}</button> {"".join(f'<a href="#" class="sns sns-{i}">{E(s)}</a>' for i, s in enumerate(W["share"]))}</div></div>
<div class="story-news article">
{gallery}
{body}
{sign}
</div>
<div class="keyword-zone"><strong class="tit">{E(W["kw_head"])}</strong><ul>{"".join(f'<li><a href="/search?query={A(x[1:])}">{E(x)}</a></li>' for x in W["kw"])}</ul></div>
<div class="rel-article"><h2 class="tit-sub">{E(W["rel_head"])}</h2><ul class="list">{rel}</ul></div>
</div>
<aside class="aside">
<section class="aside-box01"><h2 class="tit-sub">{E(W["top_head"])}</h2><ul>{top}</ul></section>
<section class="aside-box02"><h2 class="tit-sub">{E(W["most_head"])}</h2><ol>{most}</ol></section>
<section class="aside-box03"><h2 class="tit-sub">{E(W["photo_head"])}</h2><ul>{photos}</ul></section>
</aside>
</div>
<footer id="footer"><ul class="footer-menu">{"".join(f'<li><a href="/{token(x, n=4)}">{E(x)}</a></li>' for x in W["footer_links"])}</ul>
<address>{E(W["address"])}</address><p class="copyright">{E(W["legal"])}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- vcbox: a Vietnamese paper on a box-based CMS


VC = dict(
    days=VI_DAYS, login="Đăng nhập", subscribe="Đặt báo", adv_contact="Liên hệ quảng cáo", hotline="Đường dây nóng: 0905 123 456",
    nav=["Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa", "Giải trí", "Thể thao", "Giáo dục",
         "Sức khỏe", "Du lịch", "Xe", "Công nghệ", "Video", "Podcast"],
    share="Chia sẻ", like="Thích", save="Lưu bài",
    rel_one="Đọc thêm",
    src_theo="Theo ", src_link="Link bài gốc", src_copy="Lấy link",
    kw_head="Từ khóa:",
    react_head="Bạn cảm thấy thế nào về bài viết này?", reacts=["Thích", "Yêu", "Haha", "Wow", "Buồn", "Giận"],
    cmt_head="Bình luận", cmt_ph="Viết bình luận của bạn...", cmt_btn="Gửi bình luận",
    cmt_note="Bình luận của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu.",
    cmt_ops=["Thích", "Trả lời"],
    same_head="Tin cùng chuyên mục", byday="Xem theo ngày", byday_btn="Xem",
    most_head="Đọc nhiều", hot_head="Tin nổi bật", adv="Quảng cáo", top="Lên đầu trang",
)

VC_SITE = {
    "vooc-cha-va": dict(
        brand="Báo Miền Trung", abbr="MTO", domain="mientrung.example.vn", city="Đà Nẵng 31°C",
        crumbs=["Xã hội", "Môi trường"],
        under_sapo=["Quảng Nam lập khu bảo tồn loài và sinh cảnh voọc chà vá chân xám", "Thả 12 cá thể động vật hoang dã về rừng Bà Nà"],
        rel=("Camera bẫy ảnh ghi nhận nhiều loài thú quý hiếm ở rừng Kon Plông",
             "Sau sáu tháng đặt 40 camera bẫy ảnh, các nhà khoa học đã ghi lại hình ảnh của 23 loài thú, trong đó có gấu ngựa và sói đỏ."),
        credit="Ảnh: Trung tâm Bảo tồn đa dạng sinh học Nam Trung Bộ",
        source="Tạp chí Rừng & Môi trường", source_url="https://rungmoitruong.example.vn/phat-hien-dan-vooc-o-ba-to-3051.html",
        kw=["voọc chà vá chân xám", "Quảng Ngãi", "động vật hoang dã", "bảo tồn"],
        cmts=[("Lê Hoàng Nam", "Mừng quá, mong chính quyền địa phương bảo vệ khu rừng này thật nghiêm, đừng để lâm tặc vào phá.", "1 giờ trước", 24),
              ("Phạm Thị Thu", "Quê tôi ở Ba Tơ, hồi nhỏ cũng hay nghe người lớn kể về voọc nhưng chưa bao giờ được thấy tận mắt.", "3 giờ trước", 11)],
        same=[("Rùa biển về đẻ trứng ở bãi biển Sơn Trà sau nhiều năm vắng bóng",
               "Lực lượng cứu hộ đã khoanh vùng bảo vệ tổ trứng và bố trí người trực đêm để tránh du khách làm ảnh hưởng."),
              ("Hơn 200 tình nguyện viên nhặt rác trên sông Hàn",
               "Chỉ trong một buổi sáng, các tình nguyện viên đã thu gom gần 3 tấn rác thải, phần lớn là túi nhựa và chai lọ.")],
        most=["Giá xăng dầu hôm nay tiếp tục giảm", "Đà Nẵng khai trương tuyến xe buýt điện đầu tiên", "Mưa lớn gây sạt lở trên đèo Hải Vân",
              "Học sinh lớp 12 bước vào đợt ôn thi cuối cùng", "Quảng Ngãi: phát hiện đàn voọc quý hiếm"],
        hot=[("Cảng Liên Chiểu đón chuyến tàu đầu tiên", "Con tàu trọng tải 50.000 tấn cập cảng sáng nay, mở đầu giai đoạn khai thác thử nghiệm.")],
        org="Cơ quan chủ quản: Hội Nhà báo miền Trung", license="Giấy phép hoạt động báo điện tử số 45/GP-BTTTT ngày 12/02/2021",
        editor="Tổng biên tập: Trần Văn Phong", address="Địa chỉ: 12 Lê Duẩn, quận Hải Châu, TP Đà Nẵng. Điện thoại: 0236 3812 345",
        legal="© Bản quyền thuộc về Báo Miền Trung. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.",
    ),
    "cho-noi": dict(
        brand="Báo Miền Tây Ngày Nay", abbr="MTNN", domain="mientayngaynay.example.vn", city="Cần Thơ 33°C",
        crumbs=["Kinh tế", "Thị trường"],
        under_sapo=["Cần Thơ đầu tư 120 tỷ đồng xây bến neo đậu cho ghe thương hồ", "Chợ nổi Ngã Bảy: từ chợ sầm uất đến vài chục ghe"],
        rel=("Hủ tiếu ghe: món ăn sáng chỉ có trên sông",
             "Những chiếc xuồng nhỏ bán hủ tiếu len lỏi giữa chợ nổi từ tờ mờ sáng, phục vụ cả thương hồ lẫn du khách."),
        credit="Ảnh: Minh Khoa",
        source="Báo Cần Thơ Ngày Mới", source_url="https://canthongaymoi.example.vn/cho-noi-cai-rang-thua-ghe-a184512.html",
        kw=["chợ nổi Cái Răng", "Cần Thơ", "du lịch miền Tây", "thương hồ"],
        cmts=[("Nguyễn Thanh Tâm", "Năm ngoái tôi đưa gia đình đi chợ nổi, thấy tàu du lịch nhiều hơn ghe bán hàng. Mong thành phố có cách giữ chân người buôn bán thật.", "2 giờ trước", 37),
              ("Trần Quốc Bảo", "Ông bà tôi cũng từng làm thương hồ. Nghề này cực lắm, bây giờ con cháu lên bờ hết cũng là điều dễ hiểu.", "5 giờ trước", 19),
              ("Lý Mỹ Hạnh", "Đề án hỗ trợ vay vốn là cần thiết nhưng phải làm nhanh, chứ chờ vài năm nữa thì chắc chợ chỉ còn vài chục ghe.", "6 giờ trước", 8)],
        same=[("Giá sầu riêng giảm mạnh, nhà vườn lo lắng",
               "Sau thời gian tăng nóng, giá sầu riêng Ri6 tại vườn đã giảm còn khoảng 60.000 đồng/kg, thấp nhất trong hai năm."),
              ("Xuất khẩu gạo 5 tháng đạt gần 4 triệu tấn",
               "Giá gạo xuất khẩu bình quân tăng hơn 20% so với cùng kỳ, mang lại lợi nhuận tốt cho doanh nghiệp và nông dân.")],
        most=["Giá vàng hôm nay tăng trở lại", "Cần Thơ khởi công cầu Trần Hoàng Na", "Miền Tây bước vào mùa nước nổi sớm",
              "Chợ nổi Cái Răng thưa ghe", "Lịch cúp điện Cần Thơ tuần này"],
        hot=[("Cao tốc Cần Thơ - Cà Mau thông xe một chiều", "Tuyến cao tốc dài 110 km dự kiến giúp rút ngắn thời gian đi lại giữa hai địa phương còn khoảng hai giờ.")],
        org="Cơ quan chủ quản: Hội Kinh tế miền Tây", license="Giấy phép hoạt động báo điện tử số 118/GP-BTTTT ngày 03/06/2022",
        editor="Tổng biên tập: Nguyễn Hữu Lộc", address="Địa chỉ: 45 Hòa Bình, quận Ninh Kiều, TP Cần Thơ. Điện thoại: 0292 3765 432",
        legal="© Bản quyền thuộc về Báo Miền Tây Ngày Nay. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
    ),
}


def t_vcbox(a, lang, k):
    """Vietnamese paper on a box-based CMS: every embedded thing a
    div.VCSortableInPreviewMode[type=...] (Photo with the caption repeated in alt/title and a
    bare credit line, SimpleQuote, RelatedOneNews card with a summary sentence, wrapnote fact
    box), the sapo's "ABBR -" prefix, links under the sapo, a "Theo ... / Link bài gốc / Lấy
    link" source box at the end of the body."""
    V, S = VC, VC_SITE[a["name"]]
    who = a["author"]
    d = when(a)
    items = a["body"]

    def fig(item, n):
        cap = item[1]
        pid = token(a["name"], n, n=12)
        src = f"https://cdn.{S['domain']}/thumb_w/1000/2024/{d.month}/{d.day}/{pid}.jpg"
        return (f'<div class="VCSortableInPreviewMode" type="Photo" style=""><div><a href="{src}" data-fancybox-group="img" class="detail-img-lightbox" title="{A(cap)}">'
                f'<img src="{src}" id="img_{pid}" w="1200" h="800" alt="{A(cap)}" title="{A(cap)}" rel="lightbox" photoid="{pid}" type="photo" '
                f'data-original="{src}" width="" height="" class="lightbox-content"></a></div>'
                f'<div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="">{E(cap)}</p><p class="NLPlaceholderShow" style="text-align:right"><i>{E(S["credit"])}</i></p></div></div>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
        "quote": lambda it, n: (f'<div class="VCSortableInPreviewMode alignCenter" type="SimpleQuote"><div class="quote-content">'
                                f'<p>{E(it[1])}</p></div></div>'),
        "fig": fig,
        "table": lambda it, n: (f'<div class="VCSortableInPreviewMode" type="Table"><table class="table-content" border="1" cellpadding="6" '
                                f'cellspacing="0" style="width:100%">{table_rows(it[1])}</table></div>'),
        "ul": lambda it, n: "<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "ol": lambda it, n: "<ol>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ol>",
        "box": lambda it, n: (f'<div class="VCSortableInPreviewMode" type="wrapnote" style="background:#f1f6f9;padding:16px;">'
                              f'<div class="wrapnote"><p><b>{E(it[1])}</b></p>' + "".join(f"<p>{E(x)}</p>" for x in it[2]) + "</div></div>"),
    }
    ps = paras(a)
    inserts = {}
    rt, rs = S["rel"]
    add(inserts, after_para(items, ps[len(ps) // 2]), (
        f'<div class="VCSortableInPreviewMode alignJustify" type="RelatedOneNews"><div class="kbwscwl-relatedbox type-1">'
        f'<a class="kbwscwlrl-thumb" href="/{token(rt, n=10)}.htm"><img src="https://cdn.{S["domain"]}/thumb_w/300/{token(rt, n=10)}.jpg" alt="{A(rt)}"></a>'
        f'<div class="kbwscwlrl-info"><span class="kbwscwlrl-label">{E(V["rel_one"])}</span><a class="kbwscwlrl-title" href="/{token(rt, n=10)}.htm">{E(rt)}</a>'
        f'<p class="kbwscwlrl-sapo">{E(rs)}</p></div></div></div>'))
    body = blocks(a, R, inserts)
    day = f"{V['days'][d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year}"
    under = "".join(f'<li><a href="/{token(t, n=10)}.htm" title="{A(t)}">{E(t)}</a></li>' for t in S["under_sapo"])
    cmts = "".join(f'<li class="item-comment"><div class="avatar"><img src="/images/avatar-default.png" alt=""></div><div class="cmt-info"><span class="name">{E(nm)}</span>'
                   f'<p class="content">{E(txt)}</p><div class="cmt-ops"><a href="#">{E(V["cmt_ops"][0])} ({lk})</a> · <a href="#">{E(V["cmt_ops"][1])}</a> · <span class="time">{E(tm)}</span></div></div></li>'
                   for nm, txt, tm, lk in S["cmts"])
    same = "".join(f'<li class="knswli"><a class="knswli-thumb" href="/{token(t, n=10)}.htm"><img src="/s/{i}.jpg" alt=""></a><div class="knswli-right">'
                   f'<h3 class="knswli-title"><a href="/{token(t, n=10)}.htm">{E(t)}</a></h3><span class="knswli-sapo">{E(s)}</span></div></li>'
                   for i, (t, s) in enumerate(S["same"]))
    most = "".join(f'<li><span class="num">{i + 1}</span><a href="/{token(t, n=10)}.htm">{E(t)}</a></li>' for i, t in enumerate(S["most"]))
    hot = "".join(f'<div class="hot-item"><a href="/{token(t, n=10)}.htm"><img src="/h/0.jpg" alt=""></a><h4><a href="/{token(t, n=10)}.htm">{E(t)}</a></h4><p>{E(s)}</p></div>'
                  for t, s in S["hot"])
    sel = lambda name, vals, cur: (f'<select name="{name}">' + "".join(f'<option value="{v}"{" selected" if v == cur else ""}>{v}</option>' for v in vals) + "</select>")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])}</title>
<meta name="description" content="{A(a["standfirst"])}">
<meta name="keywords" content="{A(", ".join(S["kw"]))}">
<meta name="news_keywords" content="{A(", ".join(S["kw"]))}">
{og(a, "vi_VN", site=S["brand"])}
<meta property="article:section" content="{A(S["crumbs"][0])}">
{news_ld(a, "vi", articleSection=S["crumbs"][0], publisher={"@type": "Organization", "name": S["brand"]})}
<script type="text/javascript">var pageSettings = {{ DomainAPI: "https://comment.{S["domain"]}", Domain: "https://{S["domain"]}", allow_comment: true, newsid: "{token(a["url"], n=10)}", zoneId: "{token(S["crumbs"][0], n=5)}" }};</script>
</head>
<body class="detail-page">
<div class="kbw-header"><div class="kbwh-top"><span class="kbwh-date">{E(day)}</span> <span class="kbwh-weather">{E(S["city"])}</span>
<a href="/dang-nhap.htm">{E(V["login"])}</a> <a href="/dat-bao.htm">{E(V["subscribe"])}</a> <a href="/lien-he-quang-cao.htm">{E(V["adv_contact"])}</a> <span class="hotline">{E(V["hotline"])}</span></div>
<div class="kbwh-logo"><a href="/" title="{A(S["brand"])}"><img src="/web_images/logo.png" alt="{A(S["brand"])}"></a></div>
<ul class="kbwh-menu">{"".join(f'<li><a href="/{token(x, n=5)}.htm">{E(x)}</a></li>' for x in V["nav"])}</ul></div>
<div class="kbw-content"><div class="kbwc-body">
<ul class="kbwc-breadcrumb">{"".join(f'<li><a href="/{token(x, n=5)}.htm">{E(x)}</a></li>' for x in S["crumbs"])}</ul>
<h1 class="kbwc-title">{E(a["headline"])}</h1>
<div class="kbwc-meta"><span class="kbwcm-author">{E(who)}</span>, <span class="kbwcm-time" title="{a["date"]}">{d.strftime("%d/%m/%Y %H:%M")} GMT+7</span>
<div class="kbwcm-social"><a class="fb-like" href="#">{E(V["like"])} 12</a> <a class="fb-share" href="#">{E(V["share"])}</a> <a class="save" href="#">{E(V["save"])}</a></div></div>
<div class="klw-new-content">
<h2 class="knc-sapo">{E(S["abbr"])} - {E(a["standfirst"])}</h2>
<ul class="knc-relate-wrapper">{under}</ul>
<div class="knc-content" data-role="content">
{body}
<div class="link-source-wrapper is-web clearfix"><div class="link-source-name"><span class="text-source">{E(V["src_theo"])}</span><span class="link-source-text-name">{E(S["source"])}</span></div>
<div class="link-source-full"><span class="btn-link-source">{E(V["src_link"])}</span> <span class="btn-copy-link-source">{E(V["src_copy"])}</span></div>
<div class="link-source-detail" style="display:none"><a href="{A(S["source_url"])}" rel="nofollow">{E(S["source_url"])}</a></div></div>
</div>
</div>
<div class="knt"><span class="knt-title">{E(V["kw_head"])}</span> {" ".join(f'<a class="knt-item" href="/tag/{token(x, n=6)}.htm">{E(x)}</a>' for x in S["kw"])}</div>
<div class="kbwc-react"><p>{E(V["react_head"])}</p>{"".join(f'<button type="button" class="react-{i}">{E(r)}</button>' for i, r in enumerate(V["reacts"]))}</div>
<div class="kbwc-comment" id="comment"><div class="cmt-head"><span>{E(V["cmt_head"])} ({len(S["cmts"])})</span></div>
<div class="cmt-form"><textarea placeholder="{A(V["cmt_ph"])}"></textarea><p class="cmt-note">{E(V["cmt_note"])}</p><button type="button">{E(V["cmt_btn"])}</button></div>
<ul class="cmt-list">{cmts}</ul></div>
<div class="kbwc-same"><h3 class="kbwc-same-title">{E(V["same_head"])}</h3><ul class="knsw-list">{same}</ul>
<div class="byday"><span>{E(V["byday"])}</span> {sel("day", [f"{x:02d}" for x in range(1, 32)], f"{d.day:02d}")} {sel("month", [f"{x:02d}" for x in range(1, 13)], f"{d.month:02d}")} {sel("year", ["2022", "2023", "2024"], str(d.year))} <button type="button">{E(V["byday_btn"])}</button></div></div>
</div>
<div class="kbwc-aside"><div class="aside-box"><h3>{E(V["most_head"])}</h3><ol>{most}</ol></div>
<div class="aside-box"><h3>{E(V["hot_head"])}</h3>{hot}</div>
<div class="aside-adv" id="admzone480456"><span>{E(V["adv"])}</span></div></div>
</div>
<a href="#" class="back-to-top">{E(V["top"])}</a>
<div class="kbw-footer"><p>{E(S["org"])}</p><p>{E(S["license"])}</p><p>{E(S["editor"])}</p><p>{E(S["address"])}</p><p>{E(S["legal"])}</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- emagazine: a long-form interview page


EM = dict(
    brand="Báo Sông Hồng", domain="songhong.example.vn", label="E-MAGAZINE", scroll="Cuộn xuống để đọc",
    menu="Chuyên mục", read_pct="Đã đọc", share=["Facebook", "Zalo", "Sao chép liên kết"],
    credit=[("Nội dung", "Minh Anh"), ("Ảnh", "Quang Vinh"), ("Thiết kế", "Hải Yến")],
    more_head="E-Magazine khác", more_all="Xem tất cả bài E-Magazine",
    more=[("Người giữ lửa cho nghề đúc đồng Ngũ Xã",
           "Ở tuổi 70, nghệ nhân Nguyễn Văn Ty vẫn ngày ngày đứng bên lò đúc, truyền nghề cho lớp thợ trẻ chưa đến 30 tuổi."),
          ("Những lớp học xóa mù chữ trên bản cao",
           "Mỗi tối, sau giờ lên nương, hàng chục phụ nữ Mông lại cắp sách đến lớp học chữ dưới ánh điện năng lượng mặt trời."),
          ("Hành trình đưa ca trù về với làng Lỗ Khê",
           "Từ một làng gần như không còn ai hát, Lỗ Khê nay có câu lạc bộ ca trù với ba thế hệ cùng sinh hoạt.")],
    cmt_head="Bình luận", cmt_ph="Chia sẻ ý kiến của bạn", cmt_btn="Gửi",
    cmts=[("Đỗ Văn Khải", "Bài viết rất xúc động. Tôi ở Nam Định, không biết chùa nào có bộ ván khắc bài thuốc nam, mong được đến xem.", "14 giờ trước"),
          ("Hoàng Thị Lan", "Cảm ơn TS Thu Hà và nhóm nghiên cứu. Những người làm công việc thầm lặng như thế này cần được hỗ trợ nhiều hơn.", "1 ngày trước")],
    footer="© Báo Sông Hồng. Giấy phép số 212/GP-BTTTT. Tổng biên tập: Lê Quang Dũng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
)


def t_emagazine(a, lang, k):
    """Long-form "E-Magazine" page: headline over a full-bleed cover with a scroll hint, a
    reading-progress bar, numbered chapter headings ("01"), questions in bold italics, wide
    photos, a big pull quote repeating an answer's sentence, and the credits block (Nội dung,
    Ảnh, Thiết kế) at the end."""
    M = EM
    d = when(a)
    items = a["body"]
    chapter = iter(range(1, 100))
    figs = iter(range(100))

    def h2(item, n):
        c = next(chapter)
        return (f'</div></section>\n<section class="e-section e-section--{c}"><div class="e-heading"><span class="e-heading__num">{c:02d}</span>'
                f'<h2 class="e-heading__title">{E(item[1])}</h2></div><div class="e-section__body">')

    def fig(item, n):
        i = next(figs)
        wide = "full" if i % 2 == 0 else "wide"
        return (f'<figure class="e-photo e-photo--{wide}"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
                f'data-src="https://cdn.{M["domain"]}/emagazine/2024/06/{token(a["name"], n, n=10)}.jpg" alt="">'
                f'<figcaption class="e-photo__caption">{E(item[1])}</figcaption></figure>')

    R = {
        "p": lambda it, n: f'<p class="e-text">{E(it[1])}</p>',
        "q": lambda it, n: f'<p class="e-text e-question"><strong><em>{E(it[1])}</em></strong></p>',
        "h2": h2,
        "fig": fig,
        "quote": lambda it, n: f'<blockquote class="e-blockquote"><p>{E(it[1])}</p></blockquote>',
        "ol": lambda it, n: '<ol class="e-steps">' + "".join(f'<li><p class="e-text">{E(x)}</p></li>' for x in it[1]) + "</ol>",
        "ul": lambda it, n: '<ul class="e-list">' + "".join(f'<li><p class="e-text">{E(x)}</p></li>' for x in it[1]) + "</ul>",
    }
    inserts = {}
    if a.get("pull"):
        pull = a["pull"][0]
        where = next(n for n, it in enumerate(items) if it[0] == "p" and pull in it[1])
        add(inserts, where, (f'<div class="e-quote-big"><span class="e-quote-big__mark">“</span><p>{E(pull)}</p>'
                             f'<span class="e-quote-big__who">TS Nguyễn Thị Thu Hà</span></div>'))
    body = blocks(a, R, inserts)
    more = "".join(f'<div class="e-more__item"><a href="/emagazine/{token(t, n=8)}.html"><div class="e-more__cover" style="background-image:url(/em/{i}.jpg)">'
                   f'<span class="e-label">{E(M["label"])}</span></div><h3>{E(t)}</h3><p>{E(s)}</p></a></div>' for i, (t, s) in enumerate(M["more"]))
    cmts = "".join(f'<div class="cmt"><b>{E(nm)}</b> <span class="cmt-time">{E(tm)}</span><p>{E(txt)}</p></div>' for nm, txt, tm in M["cmts"])
    credit = "".join(f'<p><strong>{E(r)}:</strong> {E(nm)}</p>' for r, nm in M["credit"])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["headline"])} | {E(M["brand"])}</title>
<meta name="description" content="{A(a["standfirst"])}">
{og(a, "vi_VN", site=M["brand"])}
{news_ld(a, "vi", genre="Emagazine", articleSection="E-Magazine")}
<style>.e-cover{{height:100vh;background-size:cover;color:#fff}}.e-progress{{position:fixed;top:0;height:3px;background:#c00}}</style>
</head>
<body class="emagazine-page">
<div class="e-progress" id="readProgress" style="width:0"><span class="e-progress__label">{E(M["read_pct"])} <b>0%</b></span></div>
<div class="emag-topbar"><a class="emag-logo" href="/" title="{A(M["brand"])}"><img src="/images/logo-white.png" alt="{A(M["brand"])}"></a>
<span class="emag-badge">{E(M["label"])}</span> <button type="button" class="emag-menu">{E(M["menu"])}</button>
<div class="emag-share">{"".join(f'<a href="#" class="emag-share__{i}">{E(s)}</a>' for i, s in enumerate(M["share"]))}</div></div>
<article class="emagazine" id="emag-{token(a["url"], n=6)}">
<div class="e-cover" style="background-image:url(https://cdn.{M["domain"]}/emagazine/2024/06/cover-{token(a["name"], n=8)}.jpg)">
<div class="e-cover__inner"><span class="e-label">{E(M["label"])}</span><h1 class="e-title">{E(a["headline"])}</h1>
<div class="e-scroll"><span>{E(M["scroll"])}</span><i class="icon-arrow-down"></i></div></div></div>
<div class="e-body">
<div class="e-block e-block--sapo"><p>{E(a["standfirst"])}</p></div>
<section class="e-section e-section--0"><div class="e-section__body">
{body}
</div></section>
<div class="e-credit">{credit}<p class="e-credit__date">{d.day}/{d.month}/{d.year}</p></div>
</div>
</article>
<div class="e-more"><h2 class="e-more__title">{E(M["more_head"])}</h2>{more}<a class="e-more__all" href="/emagazine">{E(M["more_all"])}</a></div>
<div class="e-comments"><h3>{E(M["cmt_head"])} ({len(M["cmts"])})</h3><textarea placeholder="{A(M["cmt_ph"])}"></textarea><button type="button">{E(M["cmt_btn"])}</button>{cmts}</div>
<footer class="emag-footer"><p>{E(M["footer"])}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- aspnet: a provincial portal on ASP.NET WebForms


AS = dict(
    brand="BÁO ĐIỆN TỬ MIỀN TÂY NGÀY NAY", domain="mientayngaynay.example.vn",
    nav=["Trang chủ", "Thời sự", "Kinh tế", "Nông nghiệp", "Văn hóa", "Xã hội", "Du lịch", "Thể thao", "Bạn đọc", "Ảnh", "Video"],
    home="Trang chủ", cat="Kinh tế", updated="Cập nhật: ",
    views="Lượt xem: ", tools=["In bài", "Gửi email", "Về đầu trang"],
    other_head="Các tin khác",
    other=[("Cần Thơ đầu tư 120 tỷ đồng xây bến neo đậu cho ghe thương hồ", "01/06/2024"),
           ("Giá lúa tăng nhẹ, nông dân phấn khởi vào vụ hè thu", "31/05/2024"),
           ("Hội chợ trái cây Nam Bộ thu hút hơn 200 gian hàng", "30/05/2024"),
           ("Khánh thành cầu nông thôn thứ 50 tại huyện Phong Điền", "28/05/2024")],
    cmt_head="Ý kiến bạn đọc",
    cmts=[("Trương Văn Lực (Cái Răng)", "Nhà tôi ở gần chợ nổi, sáng nào cũng thấy tàu du lịch chạy nhanh làm sóng đánh vào ghe. Đề nghị có quy định tốc độ càng sớm càng tốt."),
          ("Ngô Thị Kim Ngân (TP Hồ Chí Minh)", "Tôi từng đưa bạn bè nước ngoài đi chợ nổi, họ rất thích. Hy vọng chợ vẫn giữ được nét buôn bán thật chứ không chỉ để chụp ảnh.")],
    form_head="Gửi ý kiến của bạn", form=["Họ và tên:", "Email:", "Nội dung:"], form_btn="Gửi ý kiến", form_note="Ý kiến của bạn sẽ được biên tập trước khi đăng.",
    new_head="Tin mới",
    new=["Khởi công dự án nạo vét luồng sông Hậu", "Hơn 3.000 thí sinh Cần Thơ đăng ký thi đánh giá năng lực", "Tuần lễ văn hóa Khmer Nam Bộ khai mạc",
         "Cảnh báo triều cường cuối tháng 6"],
    links_head="Liên kết website", links=["-- Chọn website --", "Cổng thông tin điện tử TP Cần Thơ", "Báo Nhân Dân", "Thông tấn xã Việt Nam"],
    gold_head="Giá vàng", gold=[["Loại", "Mua", "Bán"], ["SJC", "76.500", "78.500"], ["Nhẫn 9999", "74.100", "75.600"]],
    stats_head="Thống kê truy cập", stats=["Đang truy cập: 128", "Hôm nay: 4.512", "Tổng lượt truy cập: 12.345.678"],
    footer=["Cơ quan chủ quản: Hội Kinh tế miền Tây", "Giấy phép số 118/GP-BTTTT ngày 03/06/2022 của Bộ Thông tin và Truyền thông",
            "Chịu trách nhiệm chính: Tổng biên tập Nguyễn Hữu Lộc", "Địa chỉ: 45 Hòa Bình, quận Ninh Kiều, TP Cần Thơ - Điện thoại: 0292 3765 432",
            "Ghi rõ nguồn \"Báo điện tử Miền Tây Ngày Nay\" khi phát hành lại thông tin từ website này."],
)


def t_aspnet(a, lang, k):
    """A provincial portal on ASP.NET WebForms: the whole page one <form id="aspnetForm"> with
    __VIEWSTATE, title, date and sapo in <span id="ctl00_ContentPlaceHolder1_lbl...">, the
    body in a div of justified paragraphs, photos in one-column tables with an <em> caption
    cell, the fact box a shaded table, author bold on the right, view count and tools
    postbacks, other news with dates, readers' opinions and the opinion form, visitor counter."""
    S = AS
    who = a["author"]
    d = when(a)
    cp = "ctl00_ContentPlaceHolder1_"
    J = ' style="text-align: justify;"'

    def fig(item, n):
        return (f'<table class="image" align="center" border="0" cellpadding="3" cellspacing="0" width="500"><tbody>'
                f'<tr><td><img src="/Uploads/Images/2024/6/3/{token(a["name"], n, n=8)}.jpg" width="500" alt="" /></td></tr>'
                f'<tr><td class="image_desc" style="text-align: center;"><em>{E(item[1])}</em></td></tr></tbody></table>')

    R = {
        "p": lambda it, n: f"<p{J}>{E(it[1])}</p>",
        "h2": lambda it, n: f"<p{J}><strong>{E(it[1])}</strong></p>",
        "quote": lambda it, n: f"<blockquote><p{J}><em>{E(it[1])}</em></p></blockquote>",
        "fig": fig,
        "table": lambda it, n: (f'<table border="1" cellpadding="5" cellspacing="0" style="width: 100%; border-collapse: collapse;"><tbody>'
                                + "".join("<tr>" + "".join(f"<td>{'<strong>' + E(x) + '</strong>' if r == 0 else E(x)}</td>" for x in row) + "</tr>"
                                          for r, row in enumerate(it[1])) + "</tbody></table>"),
        "ul": lambda it, n: "<ul>" + "".join(f"<li{J}>{E(x)}</li>" for x in it[1]) + "</ul>",
        "box": lambda it, n: (f'<table width="100%" border="0" cellpadding="8" cellspacing="0" bgcolor="#eef4fa"><tbody><tr><td>'
                              f'<p><strong>{E(it[1])}</strong></p>' + "".join(f"<p>- {E(x)}</p>" for x in it[2]) + "</td></tr></tbody></table>"),
    }
    body = blocks(a, R)
    vs = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPFgIeBFRleHQF" + "".join(token(a["url"], i, n=40) for i in range(12)) + "ZGQ="
    ev = "/wEWBwK" + "".join(token(a["name"], i, n=40) for i in range(3))
    lbtn = lambda name, text: (f'<a id="{cp}{name}" href="javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1${name}&#39;,&#39;&#39;)">{E(text)}</a>')
    other = "".join(f'<li><a href="ChiTietTin.aspx?ID={1830 - i}&amp;CatID=12">{E(t)}</a> <span class="date">({dt})</span></li>'
                    for i, (t, dt) in enumerate(S["other"]))
    cmts = "".join(f'<div class="cmt_item"><b>{E(nm)}</b>: {E(txt)}</div>' for nm, txt in S["cmts"])
    fields = [("txtName", "text"), ("txtEmail", "text")]
    form = ("".join(f'<tr><td class="label">{E(S["form"][i])}</td><td><input name="ctl00$ContentPlaceHolder1${f}" type="{t}" id="{cp}{f}" style="width:300px;" /></td></tr>'
                    for i, (f, t) in enumerate(fields))
            + f'<tr><td class="label">{E(S["form"][2])}</td><td><textarea name="ctl00$ContentPlaceHolder1$txtContent" rows="5" cols="50" id="{cp}txtContent"></textarea></td></tr>'
            + f'<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnSend" value="{A(S["form_btn"])}" id="{cp}btnSend" /> <span class="note">{E(S["form_note"])}</span></td></tr>')
    menu = "".join(f'<td class="menu_item"><a id="ctl00_ucMenu_rptMenu_ctl{i:02d}_hlMenu" href="/DanhMuc.aspx?CatID={i}">{E(x)}</a></td>' for i, x in enumerate(S["nav"]))
    links = "".join(f'<option value="{i}">{E(x)}</option>' for i, x in enumerate(S["links"]))
    gold_t = "".join("<tr>" + "".join(f"<td>{E(x)}</td>" for x in row) + "</tr>" for row in S["gold"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>
	{E(a["headline"])}
</title>
<link href="/App_Themes/Default/StyleSheet.css" type="text/css" rel="stylesheet" />
<meta name="description" content="{A(a["standfirst"])}" />
<meta name="keywords" content="chợ nổi, Cái Răng, thương hồ, Cần Thơ" />
</head>
<body>
<form name="aspnetForm" method="post" action="./ChiTietTin.aspx?ID=1842&amp;CatID=12" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="wrapper">
<div id="ctl00_header" class="header"><img src="/Images/banner.jpg" alt="{A(S["brand"])}" width="1000" height="120" />
<span id="ctl00_lblToday" class="today">{E(VI_DAYS[d.weekday()])}, {d.strftime("%d/%m/%Y")}</span></div>
<div id="ctl00_menu" class="menu"><table cellpadding="0" cellspacing="0" border="0"><tr>{menu}</tr></table></div>
<div id="ctl00_content" class="content">
<table width="1000" cellpadding="0" cellspacing="0" border="0"><tr>
<td valign="top" width="700" class="left">
<div class="path"><a href="/">{E(S["home"])}</a> &raquo; <a href="/DanhMuc.aspx?CatID=12">{E(S["cat"])}</a></div>
<div class="detail">
<span id="{cp}lblTitle" class="title">{E(a["headline"])}</span><br />
<span id="{cp}lblDate" class="date">{E(S["updated"])}{d.strftime("%d/%m/%Y %H:%M")}</span>
<div class="summary"><span id="{cp}lblSummary"><b>{E(a["standfirst"])}</b></span></div>
<div id="{cp}divContent" class="content_detail">
{body}
</div>
<p style="text-align: right;"><strong><span id="{cp}lblAuthor">{E(who)}</span></strong></p>
<div class="tool"><span id="{cp}lblView">{E(S["views"])}2.316</span> | <a href="javascript:window.print()">{E(S["tools"][0])}</a> | {lbtn("lbtSendMail", S["tools"][1])} | <a href="#top">{E(S["tools"][2])}</a></div>
</div>
<div class="othernews"><div class="othernews_title">{E(S["other_head"])}</div><ul>{other}</ul></div>
<div class="comment"><div class="comment_title">{E(S["cmt_head"])}</div>{cmts}
<div class="comment_form_title">{E(S["form_head"])}</div><table class="comment_form" cellpadding="3" cellspacing="0" border="0">{form}</table></div>
</td>
<td valign="top" width="300" class="right">
<div class="box"><div class="box_title">{E(S["new_head"])}</div><ul>{"".join(f'<li><a href="ChiTietTin.aspx?ID={1850 + i}">{E(t)}</a></li>' for i, t in enumerate(S["new"]))}</ul></div>
<div class="box"><div class="box_title">{E(S["links_head"])}</div><select name="ctl00$ucRight$ddlLinks" id="ctl00_ucRight_ddlLinks" onchange="window.open(this.value)">{links}</select></div>
<div class="box"><div class="box_title">{E(S["gold_head"])}</div><table class="gold" cellpadding="2" cellspacing="0" border="1">{gold_t}</table></div>
<div class="box"><div class="box_title">{E(S["stats_head"])}</div>{"".join(f'<span id="ctl00_ucRight_lblStat{i}">{E(x)}</span><br />' for i, x in enumerate(S["stats"]))}</div>
</td></tr></table>
</div>
<div id="footer" class="footer"><b>{E(S["brand"])}</b><br />{"<br />".join(E(x) for x in S["footer"])}</div>
</div>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
</form>
</body>
</html>
"""


# ---------------------------------------------------------------- trscms: a Chinese economic paper's site on a TRS-style CMS


TR = dict(
    brand="东海经济网", paper="东海经济日报", domain="www.donghaijingji.example.cn",
    top=["东海经济网首页", "新闻", "财经", "产业", "地方", "专题", "视频", "数据", "理论", "手机版"],
    login=["登录", "注册"],
    nav=["要闻", "宏观", "金融", "证券", "产业", "新能源", "汽车", "科技", "消费", "房产", "地方", "国际"],
    pos="您现在的位置：", crumbs=["首页", "产业", "新能源"],
    source="来源：", author="作者：", zoom="【字号", zooms=["大", "中", "小"], zoom_end="】",
    summary="摘要：",
    photog="记者 方晓 摄",
    editor="【责任编辑：周静怡】",
    from_line="(来源：东海经济网－东海经济日报)",
    tools=["【我要纠错】", "【打印本页】", "【关闭窗口】"],
    share_head="分享到：", shares=["微信", "新浪微博", "QQ空间", "人人网"],
    qr="扫一扫，关注东海经济网微信公众号",
    rel_head="相关新闻",
    rel=[("多地出台新能源汽车以旧换新补贴政策", "2024-05-12"),
         ("动力电池回收利用“白名单”企业增至156家", "2024-04-28"),
         ("锂价持续回落 电池材料企业加快布局回收业务", "2024-04-09"),
         ("储能产业迎来发展窗口期", "2024-03-30")],
    hot_head="热点排行",
    hot=["一季度全省规上工业增加值同比增长6.8%", "港口集装箱吞吐量创同期新高", "多地发布促消费“组合拳”", "首批动力电池迎来“退役潮”",
         "新能源汽车下乡活动启动", "跨境电商综试区扩容"],
    pic_head="图片新闻",
    pics=["5月15日，工人在某海上风电项目现场进行风机吊装作业。", "游客在夜市选购特色小吃，城市夜间消费持续升温。"],
    special_head="专题",
    specials=["2024年全国两会", "高质量发展调研行", "新能源汽车产业观察"],
    footer_links=["关于我们", "联系我们", "广告服务", "版权声明", "网站地图", "招聘信息"],
    footer=["东海经济网版权所有，未经书面授权禁止使用", "Copyright &copy; 2001-2024 by www.donghaijingji.example.cn. all rights reserved",
            "浙ICP备12345678号　互联网新闻信息服务许可证：33120170012", "违法和不良信息举报电话：0571-12345678"],
)


def t_trscms(a, lang, k):
    """Chinese economic paper's site on a TRS-style CMS, in GB18030: no JSON-LD or og:, meta
    publishdate/contentid, the body div.TRS_Editor with its own <style> block first, a
    Custom_UnionStyle wrapper, full-width indented paragraphs, bold subheadings, centred
    images with the caption and the photographer in one centred paragraph, quotes in 楷体,
    bullet paragraphs (◆) for the list, a 摘要： box, 【字号 大 中 小】, 【责任编辑：…】,
    (来源：…－…), 【我要纠错】【打印本页】【关闭窗口】, an enpproperty comment, 分享到, QR,
    a 相关新闻 table with dates."""
    T = TR
    d = when(a)
    IND = "\u3000\u3000"
    nimg = iter(range(100))

    def fig(item, n):
        w = f"W{d.strftime('%Y%m%d')}{token(a['name'], n, n=12)}"
        next(nimg)
        return (f'<p align="center"><img src="./{w}.jpg" oldsrc="{w}.jpg" style="border-width:0px;" alt="" /></p>'
                f'<p align="center" style="text-indent:0;">{E(item[1])}\u3000{E(T["photog"])}</p>')

    R = {
        "p": lambda it, n: f'<p align="justify">{IND}{E(it[1])}</p>',
        "h2": lambda it, n: f'<p align="justify"><strong>{IND}{E(it[1])}</strong></p>',
        "quote": lambda it, n: f'<p align="justify">{IND}<font face="楷体_GB2312">{E(it[1])}</font></p>',
        "fig": fig,
        "table": lambda it, n: ('<table border="1" cellspacing="0" cellpadding="0" align="center" width="90%"><tbody>'
                                + "".join("<tr>" + "".join(f'<td><p align="center">{E(x)}</p></td>' for x in row) + "</tr>" for row in it[1])
                                + "</tbody></table>"),
        "ul": lambda it, n: "".join(f'<p align="justify">{IND}◆{E(x)}</p>' for x in it[1]),
        "ol": lambda it, n: "".join(f'<p align="justify">{IND}{i + 1}.{E(x)}</p>' for i, x in enumerate(it[1])),
    }
    body = blocks(a, R)
    cid = f"t{d.strftime('%Y%m%d')}_38912345"
    rel = "".join(f'<tr><td class="xgxw_td">·<a href="../{dt[5:7]}/{dt[8:]}/t{dt.replace("-", "")}_{token(t, n=8)}.shtml" target="_blank">{E(t)}</a></td><td class="xgxw_date">{dt}</td></tr>'
                  for t, dt in T["rel"])
    hot = "".join(f'<li><span class="num{i + 1}">{i + 1}</span><a href="/hot/{token(t, n=8)}.shtml">{E(t)}</a></li>' for i, t in enumerate(T["hot"]))
    pics = "".join(f'<li><a href="/pic/{i}.shtml"><img src="/pic/{i}.jpg" alt="" /></a><p>{E(t)}</p></li>' for i, t in enumerate(T["pics"]))
    specials = "".join(f'<li><a href="/zt/{token(t, n=6)}/"><img src="/zt/{i}.jpg" alt="{A(t)}" /><span>{E(t)}</span></a></li>' for i, t in enumerate(T["specials"]))
    enp = (f'<!--enpproperty <articleid>38912345</articleid><date>{d.strftime("%Y-%m-%d %H:%M:%S")}.0</date><author>{E(a["author"])}</author>'
           f'<title>{E(a["headline"])}</title><keyword>动力电池,回收,梯次利用</keyword><subtitle></subtitle><introtitle></introtitle>'
           '<siteid>2</siteid><nodeid>1002</nodeid><nodename>新能源</nodename><nodesearchname></nodesearchname>/enpproperty-->')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
<title>{E(a["headline"])}_{E(T["brand"])}</title>
<meta name="keywords" content="动力电池,回收,梯次利用,新能源汽车" />
<meta name="description" content="{A(a["standfirst"])}" />
<meta name="publishdate" content="{d.strftime("%Y-%m-%d")}" />
<meta name="contentid" content="{cid}" />
<meta name="author" content="{A(a["author"])}" />
<meta name="source" content="{A(T["paper"])}" />
<link href="/css/2019/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript">function doZoom(size){{document.getElementById('articleText').style.fontSize=size+'px';}}</script>
</head>
<body>
<div class="top_bar"><div class="top_bar_in">{"　|　".join(f'<a href="/{token(x, n=4)}/">{E(x)}</a>' for x in T["top"])}<span class="login">{" ".join(f'<a href="/{token(x, n=4)}">{E(x)}</a>' for x in T["login"])}</span></div></div>
<div class="logo_nav"><div class="logo"><a href="http://{T["domain"]}/"><img src="/images/logo.gif" alt="{A(T["brand"])}" /></a></div>
<div class="nav">{"".join(f'<a href="/{token(x, n=4)}/">{E(x)}</a>' for x in T["nav"])}</div></div>
<div class="wrap">
<div class="left_con">
<div class="position">{E(T["pos"])}{"&gt;".join(f'<a href="{"../" * (2 - i) or "./"}">{E(x)}</a>' for i, x in enumerate(T["crumbs"]))}</div>
<h1 class="titleh1" id="articleTitle">{E(a["headline"])}</h1>
<div class="laiyuan"><span id="articleTime">{d.strftime("%Y年%m月%d日 %H:%M")}</span>　<span id="articleSource">{E(T["source"])}{E(T["paper"])}</span>　<span id="articleAuthor">{E(T["author"])}记者 {E(a["author"])}</span>　<span class="font_size">{E(T["zoom"])} {" ".join(f'<a href="javascript:doZoom({18 - 2 * i})">{E(z)}</a>' for i, z in enumerate(T["zooms"]))}{E(T["zoom_end"])}</span></div>
<div class="zy"><span class="zy_tit">{E(T["summary"])}</span>{E(a["standfirst"])}</div>
<div class="TRS_Editor" id="articleText"><style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TEXTAREA,.TRS_Editor INPUT,.TRS_Editor SPAN{{line-height:1.8;font-family:宋体;font-size:12pt;}}
</style>
<div class="Custom_UnionStyle">
{body}
</div></div>
{enp}
<div class="editor">{E(T["editor"])}</div>
<div class="laiyuan2">{E(T["from_line"])}</div>
<div class="tools">{"".join(f'<a href="javascript:void(0)">{E(t)}</a>' for t in T["tools"])}</div>
<div class="share"><span>{E(T["share_head"])}</span>{"".join(f'<a class="bds_{i}" href="javascript:void(0)">{E(s)}</a>' for i, s in enumerate(T["shares"]))}</div>
<div class="dy_qr"><img src="/images/qr_weixin.jpg" width="90" height="90" alt="" /><p>{E(T["qr"])}</p></div>
<div class="xgxw"><div class="xgxw_tit">{E(T["rel_head"])}</div><table width="100%" border="0" cellspacing="0" cellpadding="0">{rel}</table></div>
</div>
<div class="right_con">
<div class="r_box"><div class="r_tit">{E(T["hot_head"])}</div><ul class="hot_list">{hot}</ul></div>
<div class="r_box"><div class="r_tit">{E(T["pic_head"])}</div><ul class="pic_list">{pics}</ul></div>
<div class="r_box"><div class="r_tit">{E(T["special_head"])}</div><ul class="zt_list">{specials}</ul></div>
</div>
</div>
<div class="footer"><p>{"　|　".join(f'<a href="/{token(x, n=4)}/">{E(x)}</a>' for x in T["footer_links"])}</p>{"".join(f"<p>{x}</p>" for x in T["footer"])}</div>
</body>
</html>
"""


# ---------------------------------------------------------------- paper: a Chinese business-news site with a paywall


PA = dict(
    brand="财闻网", weekly="《财闻周刊》", domain="www.caiwen.example.cn",
    top=["财闻网首页", "经济", "金融", "公司", "政经", "世界", "观点", "数据", "视听", "财闻周刊"],
    login="登录", reg="注册", vip="订阅财闻通",
    crumbs=["财闻网", "公司", "新能源"],
    src="来源于 ", print_="打印", share="分享", fav="收藏", font="A+",
    prefix="【财闻网】（记者 方晓）",
    credit="图：视觉中国",
    special="点击进入专题：新能源汽车产业观察",
    pay_title="您正在阅读的是财闻通会员专享内容",
    pay_left="剩余70%内容，订阅财闻通即可阅读全文",
    pay_plans=[("月卡", "¥38"), ("季卡", "¥98"), ("年卡", "¥398")],
    pay_btn="立即订阅", pay_login="已是会员？", pay_login_a="立即登录",
    pay_pitch="财闻通会员可以畅读财闻网所有付费内容，每天为您精选深度报道和独家分析，并享有财闻周刊数字版和财闻数据库的阅读权限。",
    pay_faq="如有疑问，请致电客服热线 400-123-4567（工作日9:00-18:00）。",
    editor="责任编辑：王琪 | 版面编辑：李蔚",
    notice="本文为财闻网原创报道，版权归财闻传媒所有。未经书面授权，任何单位及个人不得转载、摘编或以其他方式使用。",
    tips="新闻线索报料：tips@caiwen.example.cn",
    tags_head="关键词：", tags=["动力电池", "电池回收", "梯次利用", "新能源汽车"],
    rel_head="相关文章",
    rel=[("宁德时代：回收业务收入同比增长逾四成", "2024-04-22"), ("碳酸锂价格一年跌去八成 回收企业利润承压", "2024-03-15"),
         ("专题｜新能源汽车下半场", "2024-01-08")],
    rec_head="推荐阅读",
    rec=[("锂电池出口遭遇碳足迹门槛", "欧盟电池法规要求进口电池申报碳足迹，国内电池企业正加紧建立从矿山到电芯的排放核算体系。", "2小时前"),
         ("储能电站为何频频“晒太阳”", "多地新建的储能电站利用率不足两成，业内人士认为，症结在于电价机制尚未理顺。", "5小时前"),
         ("车企价格战进入第二年 谁在亏钱", "多家车企一季度财报显示，价格战已从整车传导到供应链，电池和零部件企业利润普遍下滑。", "昨天")],
    cmt_head="评论", cmt_login="登录后参与评论", cmt_count="共12条评论",
    cmts=[("财闻网友2024", "回收价格战的根源在于小作坊不承担环保成本，监管不到位的话，正规企业永远竞争不过。", "5月17日 21:03", 45),
          ("绿能观察员", "押金制度在铅酸电池上已经有经验，动力电池完全可以借鉴，关键是谁来收、谁来管。", "5月17日 22:18", 23)],
    side_data="财闻数据", side_data_t="碳酸锂现货价：9.8万元/吨　较上周 -1.2%",
    side_rank_head="排行榜", side_rank=["央行：保持流动性合理充裕", "地方债发行提速 专项债重点投向新基建", "首批动力电池迎来“退役潮”", "港股科技股午后走强", "房企境外债重组进展"],
    side_mag_head="财闻周刊 本期封面", side_mag_t="电池回收的万亿赌局", side_mag_s="动力电池退役高峰将至，一场围绕锂、钴、镍的资源争夺战已经打响，谁能在这场竞赛中胜出？",
    app="下载财闻APP　随时随地阅读深度财经新闻",
    footer=["关于我们", "联系我们", "加入我们", "广告合作", "法律声明", "隐私政策", "意见反馈"],
    legal="财闻传媒有限公司版权所有　京ICP证123456号　京公网安备11010502000000号",
)


def t_paper(a, lang, k):
    """A Chinese business-news site with a paywall: the page carries the headline, the
    summary and the first part of the body only (a.body is cut before the template gets it),
    then the paywall box (remaining percentage, plans, pitch in full sentences); 【财闻网】
    （记者 …）before the first paragraph, dl.media_pic figures with the credit in the dd,
    a 点击进入专题 link, 责任编辑 | 版面编辑, the site's 原创/copyright notice, 报料 line,
    keywords, related and recommended cards, comments, a magazine-cover card."""
    P = PA
    d = when(a)
    first = first_para(a)

    def fig(item, n):
        return (f'<dl class="media_pic" style="width:560px;"><dt><img src="https://img.caiwen.example.cn/2024-05-17/{token(a["name"], n, n=12)}.jpg" alt="" /></dt>'
                f'<dd>{E(item[1])}　{E(P["credit"])}</dd></dl>')

    R = {
        "p": lambda it, n: f"<p>{E(P['prefix']) if n == first else ''}{E(it[1])}</p>",
        "h2": lambda it, n: f'<p class="subtitle"><strong>{E(it[1])}</strong></p>',
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "fig": fig,
        "table": lambda it, n: f'<table class="data-table" border="1" cellspacing="0" cellpadding="4">{table_rows(it[1])}</table>',
        "ul": lambda it, n: "<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "ol": lambda it, n: "<ol>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ol>",
    }
    inserts = {}
    add(inserts, after_para(a["body"], first + 1), f'<p class="special"><a href="https://topics.caiwen.example.cn/nev/" target="_blank">{E(P["special"])}</a></p>')
    body = blocks(a, R, inserts)
    paywall = ""
    if a.get("paywalled"):
        plans = "".join(f'<li class="plan plan-{i}"><span class="plan-name">{E(nm)}</span><span class="plan-price">{E(pr)}</span></li>' for i, (nm, pr) in enumerate(P["pay_plans"]))
        paywall = (f'<div class="cons-pay-tip" id="chargeWallContent"><div class="pay-mask"></div><div class="pay-title">{E(P["pay_title"])}</div>'
                   f'<p class="pay-left">{E(P["pay_left"])}</p><ul class="pay-list">{plans}</ul>'
                   f'<a class="pay-btn" href="https://buy.caiwen.example.cn/">{E(P["pay_btn"])}</a>'
                   f'<p class="pay-login">{E(P["pay_login"])}<a href="https://u.caiwen.example.cn/login">{E(P["pay_login_a"])}</a></p>'
                   f'<p class="pay-pitch">{E(P["pay_pitch"])}</p><p class="pay-faq">{E(P["pay_faq"])}</p></div>')
    rel = "".join(f'<li><a href="/2024/{token(t, n=8)}.html">{E(t)}</a><span class="date">{dt}</span></li>' for t, dt in P["rel"])
    rec = "".join(f'<div class="rec-item"><a class="rec-pic" href="/rec/{token(t, n=8)}.html"><img src="/rec/{i}.jpg" alt="" /></a><h4><a href="/rec/{token(t, n=8)}.html">{E(t)}</a></h4>'
                  f'<p class="rec-sum">{E(s)}</p><span class="rec-time">{E(tm)}</span></div>' for i, (t, s, tm) in enumerate(P["rec"]))
    cmts = "".join(f'<li class="cmt-item"><span class="cmt-user">{E(u)}</span><p class="cmt-text">{E(txt)}</p><span class="cmt-time">{E(tm)}</span> <a href="#" class="cmt-up">赞({up})</a> <a href="#">回复</a></li>'
                   for u, txt, tm, up in P["cmts"])
    rank = "".join(f'<li><em>{i + 1}</em><a href="/rank/{token(t, n=8)}.html">{E(t)}</a></li>' for i, t in enumerate(P["side_rank"]))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])}_公司_{E(P["brand"])}</title>
<meta name="keywords" content="{A(",".join(P["tags"]))}">
<meta name="description" content="{A(a["standfirst"])}">
<meta property="og:title" content="{A(a["headline"])}">
<meta property="og:image" content="https://img.caiwen.example.cn/2024-05-17/share.jpg">
<link rel="stylesheet" href="https://file.caiwen.example.cn/webchannel/all/css/article.css">
<script>var entity = {{ id: "102198765", channel: "127", type: "article", isPaid: {str(bool(a.get("paywalled"))).lower()}, releaseTime: "{d.strftime("%Y-%m-%d %H:%M")}" }};</script>
</head>
<body>
<div class="topNav"><div class="wrap"><ul class="navList">{"".join(f'<li><a href="/{token(x, n=4)}/">{E(x)}</a></li>' for x in P["top"])}</ul>
<div class="userBox"><a href="/login">{E(P["login"])}</a> | <a href="/reg">{E(P["reg"])}</a> <a class="vipBtn" href="https://buy.caiwen.example.cn/">{E(P["vip"])}</a></div></div></div>
<div class="comMain wrap">
<div class="conlf">
<div class="crumb">{" &gt; ".join(f'<a href="/{token(x, n=4)}/">{E(x)}</a>' for x in P["crumbs"])}</div>
<div id="conTit"><h1>{E(a["headline"])}</h1>
<div class="artInfo">{d.strftime("%Y年%m月%d日 %H:%M")}　<span class="source">{E(P["src"])}{E(P["weekly"])}</span>
<span class="tools"><a href="javascript:window.print()">{E(P["print_"])}</a> <a href="javascript:void(0)">{E(P["share"])}</a> <a href="javascript:void(0)">{E(P["fav"])}</a> <a href="javascript:void(0)" class="fontBig">{E(P["font"])}</a></span></div></div>
<div id="subhead" class="subhead">{E(a["standfirst"])}</div>
<div class="content"><div class="text" id="Main_Content_Val">
{body}
</div>
{paywall}
<div class="editor">{E(P["editor"])}</div>
<div class="copyright-notice"><p>{E(P["notice"])}</p><p>{E(P["tips"])}</p></div>
<div class="tags"><span>{E(P["tags_head"])}</span>{"".join(f'<a href="/tag/{token(x, n=6)}">{E(x)}</a>' for x in P["tags"])}</div>
</div>
<div class="relateNews"><h3>{E(P["rel_head"])}</h3><ul>{rel}</ul></div>
<div class="recommend"><h3>{E(P["rec_head"])}</h3>{rec}</div>
<div class="comment" id="comment"><div class="cmt-hd"><h3>{E(P["cmt_head"])}</h3><span>{E(P["cmt_count"])}</span></div>
<div class="cmt-form"><a href="/login">{E(P["cmt_login"])}</a></div><ul class="cmt-list">{cmts}</ul></div>
</div>
<div class="conri">
<div class="side-data"><h3>{E(P["side_data"])}</h3><p>{E(P["side_data_t"])}</p></div>
<div class="side-rank"><h3>{E(P["side_rank_head"])}</h3><ol>{rank}</ol></div>
<div class="side-mag"><h3>{E(P["side_mag_head"])}</h3><a href="/weekly/"><img src="/weekly/cover.jpg" alt="" /></a><h4>{E(P["side_mag_t"])}</h4><p>{E(P["side_mag_s"])}</p></div>
<div class="side-app"><img src="/images/app_qr.png" alt="" width="100" height="100" /><p>{E(P["app"])}</p></div>
</div>
</div>
<div class="footer"><p>{" | ".join(f'<a href="/{token(x, n=4)}/">{E(x)}</a>' for x in P["footer"])}</p><p>{E(P["legal"])}</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- wechat: an official-account article


WX = dict(
    account="城市自然笔记", origin="原创", writer="文字：",
    ip="发表于", ip_loc="上海",
    follow="点击蓝字 关注我们",
    lead_label="导读",
    credit="图 / 受访者提供",
    end="- END -",
    staff=["采访 / 撰文：林小满", "编辑：阿树", "审核：周周"],
    notice="本文为城市自然笔记原创，转载请在后台留言获取授权。部分图片来源于网络，如有侵权请联系删除。",
    past_head="往期推荐",
    past=["夏天去哪儿看萤火虫？这份城市观萤地图请收好", "蝉鸣声里的秘密：为什么它们总在夏天出现", "在阳台上种一片“蝴蝶花园”需要几步"],
    qr="长按二维码关注我们", qr2="每周带你认识身边的一种小生命",
    zaikan="点个“在看”，让更多人看到城市里的小生命",
    like_author="喜欢作者", reward="赞赏", reward_n="23人喜欢",
    tags=[("#自然教育", "12个"), ("#昆虫", "8个"), ("#亲子活动", "5个")],
    read_src="阅读原文", read="阅读 1.2万", likes="赞 326", looking="在看 58", share="分享", write="写留言",
    cmt_head="留言", cmt_sel="精选留言",
    cmts=[("小树妈妈", "浙江", "带孩子参加过两次陈老师的夜观，孩子现在每天晚上都要拿手电筒去小区找虫子，感谢！", 86, "谢谢支持，下次活动见！"),
          ("阿泽", "北京", "灯光那一段说得太对了，我家附近的公园晚上亮得像白天，夏天几乎看不到飞蛾了。", 41, ""),
          ("晴天", "广东", "请问活动在哪里报名？孩子七岁可以参加吗？", 12, "关注公众号后在菜单栏“活动报名”里可以看到，6岁以上就可以参加哦。")],
    author_reply="作者",
    also_head="喜欢此内容的人还喜欢",
    also=[("一个人在城市里观鸟十年，我记录下了这些变化", "自然观察笔记", "阅读 5.3万"),
          ("孩子怕虫子怎么办？试试这三个小游戏", "亲子自然课", "阅读 2.1万")],
    qr_pc="微信扫一扫\n关注该公众号",
)


def t_wechat(a, lang, k):
    """An official-account article: the body div#js_content.rich_media_content of <section>s
    and <p><span style=...>, data-src images with a grey caption paragraph and a credit line,
    blank <p><br></p> spacers, numbered section marks over the subheadings, the standfirst in
    a boxed 导读 section; 点击蓝字 关注我们 at the top, - END -, staff lines, the 原创 notice,
    往期推荐, 长按二维码关注 and 在看 appeals at the bottom of the body, then reward, tags,
    阅读原文 / 阅读 / 赞 / 在看, selected comments with author replies, recommendations."""
    W = WX
    d = when(a)
    sec = iter(range(1, 100))
    SP = 'style="font-size: 15px; color: rgb(62, 62, 62); letter-spacing: 1px;"'
    PS = 'style="margin-bottom: 16px; line-height: 1.75em; text-align: justify;"'

    def h2(item, n):
        c = next(sec)
        return (f'<section style="text-align: center; margin: 32px 0px 16px;"><p style="text-align: center;"><span style="font-size: 22px; color: rgb(0, 122, 170); font-family: Georgia;"><strong>{c:02d}</strong></span></p>'
                f'<p style="text-align: center;"><span style="font-size: 17px; color: rgb(0, 122, 170);"><strong>{E(item[1])}</strong></span></p></section>')

    def fig(item, n):
        return (f'<p style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.6667" data-s="300,640" data-type="jpeg" data-w="1080" '
                f'data-src="https://mmbiz.qpic.example.com/mmbiz_jpg/{token(a["name"], n, n=24)}/640?wx_fmt=jpeg" style="width: 100%;" alt="图片"></p>'
                f'<p style="text-align: center;"><span style="font-size: 12px; color: rgb(136, 136, 136);">{E(item[1])}</span></p>'
                f'<p style="text-align: center;"><span style="font-size: 12px; color: rgb(178, 178, 178);">{E(W["credit"])}</span></p>')

    R = {
        "p": lambda it, n: f'<p {PS}><span {SP}>{E(it[1])}</span></p>',
        "q": lambda it, n: f'<p {PS}><span style="font-size: 15px; color: rgb(0, 122, 170);"><strong>{E(it[1])}</strong></span></p>',
        "h2": h2,
        "fig": fig,
        "quote": lambda it, n: (f'<blockquote class="js_blockquote_wrap" data-type="2" data-url="" data-author-name="" data-content-utf8-length="{len(it[1].encode())}" data-source-title="">'
                                f'<section class="js_blockquote_digest"><section><p><span style="font-size: 15px; color: rgb(0, 122, 170);">{E(it[1])}</span></p></section></section></blockquote>'),
        "ol": lambda it, n: ('<ol class="list-paddingleft-1">' + "".join(f'<li><p {PS}><span {SP}>{E(x)}</span></p></li>' for x in it[1]) + "</ol>"),
        "ul": lambda it, n: ('<ul class="list-paddingleft-1">' + "".join(f'<li><p {PS}><span {SP}>{E(x)}</span></p></li>' for x in it[1]) + "</ul>"),
    }
    spacer = "<p><br></p>"
    inserts = {n: spacer for n, it in enumerate(a["body"]) if it[0] == "p" and n % 3 == 2}
    body = blocks(a, R, inserts)
    past = "".join(f'<p style="text-align: left;"><a href="https://mp.weixin.example.com/s/{token(t, n=22)}" target="_blank" data-linktype="2">'
                   f'<span style="font-size: 14px; color: rgb(0, 122, 170);">▶ {E(t)}</span></a></p>' for t in W["past"])
    cmts = "".join(
        f'<li class="js_comment_item discuss_item"><div class="discuss_item_hd"><span class="nickname">{E(nm)}</span> <span class="discuss_ip">{E(loc)}</span></div>'
        f'<div class="discuss_message"><span class="discuss_message_content">{E(txt)}</span></div><div class="discuss_opr"><span class="praise_num">{up}</span></div>'
        + (f'<div class="reply_result"><div class="nickname">{E(W["author_reply"])}</div><div class="discuss_message">{E(rep)}</div></div>' if rep else "")
        + "</li>" for nm, loc, txt, up, rep in W["cmts"])
    also = "".join(f'<li class="rec_item"><a href="https://mp.weixin.example.com/s/{token(t, n=22)}"><div class="rec_title">{E(t)}</div>'
                   f'<div class="rec_meta"><span>{E(src)}</span> <span>{E(rd)}</span></div></a></li>' for t, src, rd in W["also"])
    js_str = lambda s: s.replace("\\", "\\\\").replace("'", "\\'")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{A(a["headline"])}">
<meta property="og:url" content="{A(a["url"])}">
<meta property="og:image" content="https://mmbiz.qpic.example.com/mmbiz_jpg/{token(a["name"], n=24)}/0?wx_fmt=jpeg">
<meta property="og:description" content="{A(a["standfirst"][:54])}">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="twitter:card" content="summary">
<title>{E(a["headline"])}</title>
<script type="text/javascript">
var nickname = htmlDecode("{W["account"]}");
var msg_title = '{js_str(a["headline"])}'.html(false);
var msg_desc = htmlDecode("{js_str(a["standfirst"][:54])}");
var ct = "{int(d.timestamp())}";
var msg_link = "{a["url"]}";
var user_name = "gh_{token(W["account"], n=12)}";
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg appmsg_skin_default appmsg_style_default not_in_mm">
<div id="js_article" class="rich_media">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">{E(a["headline"])}</h1>
<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta icon_appmsg_tag appmsg_origin_tag">{E(W["origin"])}</span>
<span class="rich_media_meta rich_media_meta_text">{E(W["writer"])}{E(a["author"])}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{E(W["account"])}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{d.strftime("%Y-%m-%d %H:%M")}</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">{E(W["ip"])}<span id="js_ip_wording">{E(W["ip_loc"])}</span></em></div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content">
<section style="margin: 0px 8px;"><p style="text-align: center;"><span style="color: rgb(0, 122, 170); font-size: 14px;"><strong>{E(W["follow"])}</strong></span></p></section>
<section style="text-align: center;"><img class="rich_pages wxw-img __bg_gif" data-type="gif" data-src="https://mmbiz.qpic.example.com/mmbiz_gif/{token(W["account"], n=24)}/640?wx_fmt=gif" alt="图片"></section>
<p><br></p>
<section style="border-left: 3px solid rgb(0, 122, 170); padding: 10px 12px; background-color: rgb(243, 248, 248); margin: 0px 8px 24px;">
<p><span style="font-size: 14px; color: rgb(136, 136, 136);"><strong>{E(W["lead_label"])}</strong></span></p>
<p style="line-height: 1.75em;"><span style="font-size: 15px; color: rgb(89, 89, 89);">{E(a["standfirst"])}</span></p></section>
<section style="margin: 0px 8px;">
{body}
</section>
<p><br></p>
<p style="text-align: center;"><span style="font-size: 14px; color: rgb(178, 178, 178);">{E(W["end"])}</span></p>
<p><br></p>
<section style="font-size: 13px; color: rgb(136, 136, 136); margin: 0px 8px;">{"".join(f"<p>{E(x)}</p>" for x in W["staff"])}<p>{E(W["notice"])}</p></section>
<p><br></p>
<section style="margin: 0px 8px;"><p style="text-align: center;"><span style="font-size: 16px; color: rgb(0, 122, 170);"><strong>{E(W["past_head"])}</strong></span></p>{past}</section>
<p><br></p>
<section style="text-align: center;"><img class="rich_pages wxw-img" data-type="png" data-src="https://mmbiz.qpic.example.com/mmbiz_png/{token(W["account"], 2, n=24)}/640?wx_fmt=png" alt="图片" style="width: 40%;">
<p style="text-align: center;"><span style="font-size: 13px; color: rgb(136, 136, 136);">{E(W["qr"])}</span></p>
<p style="text-align: center;"><span style="font-size: 13px; color: rgb(136, 136, 136);">{E(W["qr2"])}</span></p></section>
<p style="text-align: right;"><span style="font-size: 13px; color: rgb(0, 122, 170);">{E(W["zaikan"])}</span></p>
</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div class="reward_area" id="js_reward_area"><p class="reward_tips">{E(W["like_author"])}</p><a class="reward_button" href="javascript:;">{E(W["reward"])}</a><p class="reward_user_tips">{E(W["reward_n"])}</p></div>
<div id="js_tags" class="article-tag_list">{"".join(f'<span class="article-tag__item"><span class="article-tag__item-name">{E(t)}</span><span class="article-tag__item-num">{E(c)}</span></span>' for t, c in W["tags"])}</div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="https://citynature.example.cn/events/2024">{E(W["read_src"])}</a>
<span class="media_tool_meta">{E(W["read"])}</span> <span class="media_tool_meta like_btn">{E(W["likes"])}</span> <span class="media_tool_meta looking_btn">{E(W["looking"])}</span> <span class="media_tool_meta share_btn">{E(W["share"])}</span></div>
</div>
</div></div>
<div class="rich_media_area_extra"><div class="rich_media_area_extra_inner">
<div id="js_cmt_area" class="discuss_container"><div class="discuss_container_hd"><span class="discuss_title">{E(W["cmt_head"])}</span> <a href="javascript:;" class="discuss_write">{E(W["write"])}</a></div>
<div class="discuss_sub_title">{E(W["cmt_sel"])}</div><ul class="discuss_list" id="js_cmt_list">{cmts}</ul></div>
<div class="rec_list_area"><div class="rec_list_title">{E(W["also_head"])}</div><ul class="rec_list">{also}</ul></div>
</div></div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:none;"><div class="qr_code_pc_inner"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004" alt=""><p>{E(W["qr_pc"])}</p></div></div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------- the pages


TEMPLATES = {"splitbody": t_splitbody, "cnnzone": t_cnnzone, "wireasia": t_wireasia, "vcbox": t_vcbox,
             "emagazine": t_emagazine, "aspnet": t_aspnet, "trscms": t_trscms, "paper": t_paper, "wechat": t_wechat}

# (language, article of articles5.py, template, page name, extra fields). "cut": the page
# carries only the first N body items (a paywall); "encoding": the page's declared charset.
PAGES = [
    ("en", "gageo-lighthouse", "wireasia", "wireasia-gageo-lighthouse", {}),
    ("en", "lost-lakes", "cnnzone", "cnnzone-lost-lakes", {}),
    ("en", "lost-lakes", "splitbody", "splitbody-lost-lakes",
     {"site": "The Harbinger", "author": "Elena Marsh",
      "url": "https://www.harbinger.example.com/2024/03/05/climate/spy-satellite-images-lost-lakes.html"}),
    ("en", "clock-keeper", "splitbody", "splitbody-clock-keeper", {}),
    ("vi", "vooc-cha-va", "vcbox", "vcbox-vooc-cha-va", {}),
    ("vi", "cho-noi", "vcbox", "vcbox-cho-noi", {}),
    ("vi", "cho-noi", "aspnet", "aspnet-cho-noi-cp1258",
     {"encoding": "windows-1258", "url": "https://mientayngaynay.example.vn/ChiTietTin.aspx?ID=1842&CatID=12"}),
    ("vi", "moc-ban", "emagazine", "emagazine-moc-ban", {}),
    ("zh", "haenyeo", "wireasia", "wireasia-haenyeo", {}),
    ("zh", "dianchi", "trscms", "trscms-dianchi-gb18030", {"encoding": "gb18030"}),
    ("zh", "dianchi", "paper", "paper-dianchi-paywall",
     {"site": "财闻网", "cut": 6, "url": "https://companies.caiwen.example.cn/2024-05-17/102198765.html"}),
    ("zh", "yeguan", "wechat", "wechat-yeguan", {}),
]


# ---------------------------------------------------------------- writing and checking


def cut(template, a):
    """A paywalled page's article: its body cut where the page stops."""
    return dict(a, body=a["body"][:a["cut"]], paywalled=True) if a.get("cut") else a


def main():
    render = lambda template, a, lang, k: TEMPLATES[template](a, lang, k)  # noqa: E731
    for lang, name, _, a, n in build_pages(OUT, articles5.ARTICLES, PAGES, render, gold5, prepare=cut):
        print(f"{lang}/{name}: {n} gold lines")


if __name__ == "__main__":
    main()
