#!/usr/bin/env python3
"""The eighth held-out set (tests/pages/heldout8/{en,vi,zh}): new articles (articles8.py) in
seven new templates, written blind: without looking at the extractor's code, its tests or its
output, and without running it. Not yet scored; nothing was tuned on it.

    python3 tests/pages/heldout8.py

writes the 12 pages and their golds, then checks each with pagekit.check_page (every gold
line is in its page's visible text, with script, style, title, <select>, <textarea>, hidden
and display:none elements left out; the tags balance, no non-void tag is self-closed; the
legacy-encoded pages (windows-1258, GBK, GB2312) decode strictly in the charset they declare
and are not valid UTF-8). Deterministic: the same bytes every run. It imports only
articles8.py and pagekit.py.

Templates, each imitating the markup habits of a kind of site no other set uses (the sites
are fictitious, example.* addresses):

  pubradio    a public radio station's site (NPR-like): a live-stream bar and "Donate" in the
              header, slug over the h1, byline and dateblock, an audio module ("Listen · 4:12",
              "4-Minute Listen", Playlist, Download, Transcript) with the transcript in a hidden
              div, div#storytext of plain <p>, bucketwrap images with "hide caption" /
              "toggle caption" controls and a credit span, "Sponsor Message" asides between
              paragraphs, a plain "Read more:" link paragraph and an internallink bucket with a
              summary, "... contributed to this report." and "Copyright 2024 ..." as the last
              <p>s of storytext, a station disclosure ("Editor's note: ... is among ... financial
              supporters", gold) on one page and a dated correction box (gold) on the other,
              tags, newsletter and donation asides, "More Stories From ..." with summaries.
  wirephoto   a wire agency's photo-led site (AFP/EFE-like), in English and Chinese: a Didomi
              style consent popup, language switcher, a slideshow over the text holding every
              photo of the story, each caption ending with its credit inside the same <p>
              ("(Photo by Kim ROSS / AFP)", "（法新社）"), slide counters, Previous / Next /
              Full screen controls and thumbnails, the dateline leading the first paragraph
              ("Merrow, United States (AFP) - ", "法新社临川8日电 - "), h3 subheadings, an
              "Advertising" in-read slot and a "Read also" div with no class in the body, the
              desk's initials line ("ar/lf/dmr", "编译：…") and "© 2024 AFP" at its end, topics,
              "More on this topic" teasers with summaries, most read, newsletter.
  wpblocks    a WordPress news site built with Elementor (single-post template of elementor-*
              sections, columns and widgets: post-title, post-info list, post-excerpt as the
              standfirst, featured image, theme-post-content) whose content is Gutenberg blocks
              (wp-block-heading, wp-block-image with the credit in a span of the figcaption,
              wp-block-list, wp-block-quote with a <cite>, wp-block-table, wp-block-pullquote
              repeating a body sentence), an "Also read:" link paragraph, a "You might also
              like" wp-block-group with excerpts inside the content, a letters invitation
              paragraph, Jetpack sharing and likes; share-buttons, author-box, post-navigation,
              posts and post-comments widgets after it, sidebar widgets, Complianz cookie banner.
  sggp        a Vietnamese city daily (Sài Gòn Giải Phóng / Báo Tin Tức-like): date top bar,
              menu, breadcrumb, h1, meta with "Nghe bài viết" and A-/A+, the sapo in
              <h2 class="sapo"> behind a "SGMO – " prefix, plain-<p> body with bold-paragraph
              subheadings, captions ending with "Ảnh: NAME" in the figcaption, ">> " link lines
              in the body, a "Mời quý độc giả xem video:" line over a video of another story with
              its own caption, the author as a bold right-aligned "- NAME" line, "Từ khóa:",
              share, "Tin khác" with times, "Bạn đọc bình luận" comments and form, right column.
  liferay     a Vietnamese provincial party paper on a Liferay portal, in windows-1258
              (http-equiv): portlet-column / section.portlet / portlet-topper with the portlet
              title "Chi tiết tin" as the page's only h1, the headline an h3.news-title inside
              journal-content-article, the sapo a bold div, "Cập nhật:" date, centred image and
              italic caption paragraphs with a bare "Ảnh: T.T" paragraph, the author bold right,
              a "Lượt xem" div and a reader-mail line in plain divs at the end of the content,
              "In trang / Gửi email / Quay lại" tools, an asset-publisher "Tin cùng chuyên mục"
              portlet with dates, "Tin đọc nhiều", weather, a links <select>, visitor counter,
              the masthead slogan, AUI scripts.
  chinanews   a China News Service page (中新网-like; one page GBK): top channel nav, h1, the
              time and 来源 line with 参与互动, div.left_zw of full-width-indented <p>, the
              dateline "中新网南州11月8日电 (记者 …)" leading the first paragraph (the feature
              adds a "题：…" line repeating the headline and an "作者 …" line), p.pictext captions
              ending "中新社记者 … 摄", <strong> subheadings, list items as "——" paragraphs, an
              in-body 相关报道 link line, "(完)", the 【编辑:…】 div, 分享到, the 本网站所刊载信息
              and 未经书面授权 lines, 社会新闻精选 list, comments, right column 图片/排行.
  fontcenter  a county portal page in GB2312 (meta http-equiv) of <table>, <font> and
              <center>: nav row in <font color>, 当前位置 breadcrumb, red centred <font size=5>
              title, 作者/来源/发布时间/点击数 line, a shaded 内容提要 cell (the standfirst, gold
              without its label), the 编者按 in blue, paragraphs in a <font size=3> run, bold red
              <font> subheadings, <center> image captions with the credit in a separate <center>
              line, a <blockquote> in 楷体, a bordered table, 【责任编辑：…】, 【发表评论】【打印此文】
              【关闭窗口】 tools, 上一篇/下一篇, 相关文章, 网友评论 with a disclaimer, a <marquee>
              notice, left-column search / 最新公告 / 友情链接, keyword-stuffed display:none div.

What is gold follows tests/pages/README.md and the judgements of heldout3-7: headline,
standfirst, paragraphs, subheadings, list items, block quotes, figure captions (without their
credits), table cells, editor's notes and corrections. Judgements of this set:
  - The article's own short lines are gold where they look like chrome: subheadings "Works",
    "Ăn gì?", "三分钟"; captions "Rehearsing, 2015.", "Nhìn từ cầu treo.", "帐篷区。"; a
    one-line last paragraph ("The 1997 strike lasted 23 days.", "Rổ măng đã hết." ends one).
  - The wirephoto slideshow's captions are the story's photos: gold (without "(Photo by … /
    AFP)" / "（法新社）"), though the slideshow sits above the headline's text; the counters,
    controls and thumbnails are not.
  - The public-radio disclosure "Editor's note: ... is among ... financial supporters." and the
    dated correction are gold (an editor's note printed with the story); the correction's date
    line is not.
  - The chinanews pages print no standfirst (it is only in the meta description): their
    gold has none.
  - The standfirst is gold without its label or prefix ("SGMO – ", 内容提要：); the chinanews
    "题：" line (the headline again) and "作者" line are not, nor is the dateline before the
    first paragraph.
  - NOT gold: "Sponsor Message", "Read more:" / "Also read:" / ">> " / 相关报道 link lines and
    the internallink / "You might also like" / "Read also" boxes with their summaries; audio
    controls and the hidden transcript; "hide caption" / "toggle caption"; credits in a
    caption's element or a separate line; "... contributed to this report.", "Copyright 2024
    ...", desk initials and 编译 lines, "© 2024 AFP", (完), 【编辑:…】, 【责任编辑：…】; the block
    quote's <cite> attribution; the pull quote; the letters invitation; the video of another
    story and its caption; "- NAME" and bold author lines; "Lượt xem"; the reader-mail line;
    portlet titles; tags, share, likes, comments, teasers with summaries, widgets, footers.
"""

import functools
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles8  # noqa: E402
import pagekit  # noqa: E402
from pagekit import (E, A, blocks, add, when, gold_lines, build_pages, PageText,  # noqa: E402
                     token, table_rows, news_ld, first_para)

OUT = os.path.join(HERE, "heldout8")


def gold8(a):
    """The article's text, one block a line (pagekit.gold_lines with the kind "note")."""
    return gold_lines(a, text=("p", "h2", "quote", "fig", "note"))


def spots(a, fracs):
    """Plain paragraphs near each fraction of the body after which a site may put chrome: not
    one that leads into a list or table (ends with a colon), followed by a p, h2 or figure (not a quote it may lead into), not
    the first paragraph; distinct, one per fraction."""
    items, out = a["body"], []
    ok = [n for n in range(1, len(items) - 1)
          if items[n][0] == "p" and items[n + 1][0] in ("p", "h2", "fig") and n != first_para(a)
          and not items[n][1].endswith((":", "："))]
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


# ---------------------------------------------------------------- pubradio: a public radio station

PR = dict(
    site="Tidewater Public Radio",
    station="TPR 89.3 FM",
    skip="Skip to main content",
    consent="TPR's sites use cookies, similar tracking and storage technologies, and information about the device you use to access our sites to enhance your viewing, listening and user experience, personalize content, personalize messages from TPR's sponsors, provide social media features, and analyze TPR's traffic.",
    consent_btn=["YES, I AGREE", "Your Choices"],
    nav=["News", "Culture", "Music", "Podcasts & Shows", "Events", "Search"],
    live="Listen Live", now="Now playing: All Things Considered", donate="Donate", signin="Sign In", shop="TPR Shop",
    share=["Facebook", "Flipboard", "Email"],
    listen="Listen · {m}", minute="{n}-Minute Listen", audio_tools=["Playlist", "Download", "Embed"], transcript="Transcript",
    hide_cap="hide caption", toggle_cap="toggle caption",
    sponsor="Sponsor Message", sponsor_hidden="Become a TPR sponsor",
    newsletter_head="Morning Tide",
    newsletter_text="The day's top stories from around the bay, in your inbox every weekday morning.",
    newsletter_btn="Subscribe", newsletter_ph="Email address",
    newsletter_legal="See TPR's terms of use and privacy policy. TPR may share your name and email address with your local station.",
    donate_head="Support independent local news",
    donate_text="Public radio is funded by listeners like you. A gift of any size keeps stories like this free for everyone in the region.",
    donate_btn="Make a gift today",
    more_head="More Stories From TPR",
    popular_head="Popular on tidewaterpublic.org",
    popular=["Ferry fares to rise 8% on all routes from January",
             "A 90-year-old bakery closes, and the neighborhood lines up one last time",
             "County votes to keep the old library open on weekends",
             "How to see the meteor shower from the coast this week"],
    footer_cols=[("Read & Listen", ["Home", "News", "Culture", "Music", "Podcasts & Shows"]),
                 ("Connect", ["Newsletters", "Facebook", "Instagram", "Press", "Public Editor", "Corrections", "Contact & Help"]),
                 ("About TPR", ["Overview", "Diversity", "Ethics", "Finances", "Careers"]),
                 ("Get Involved", ["Support Public Radio", "Sponsor TPR", "Volunteer", "Events"])],
    legal=["Terms of Use", "Privacy", "Your Privacy Choices", "Text Only"],
    copy="© 2024 Tidewater Public Radio",
)

PR_ART = {
    "port-strike": dict(
        minutes="4:12", n=4, date="October 7, 2024", time="4:20 PM PT",
        readmore=("Read more:", "Robots are coming to the docks. Here's what happened at the ports that already have them"),
        bucket=("Economy", "Why a strike at one port can empty shelves hundreds of miles away",
                "Most of what the region buys arrives in containers through two terminals. When they stop, the effects show up within days."),
        contrib="TPR's Mateo Vance contributed to this report.",
        copyright="Copyright 2024 Tidewater Public Radio",
        transcript=["ANA RUIZ, BYLINE: At 6 a.m., the gates of Terminal 4 were shut and the cranes were still.",
                    "GLORIA ACHEBE: We did not want to be here."],
        more=[("Callan Valley apple harvest is the biggest in a decade. Getting it to market is the hard part", "October 4, 2024", "Growers expect a record crop, but cold storage is nearly full and shipping slots are scarce."),
              ("The port authority wants to borrow $600 million. Here's what it would build", "September 30, 2024", "The plan includes two new berths and a rail link, but critics question the traffic forecasts."),
              ("Longshore pensions, explained", "September 26, 2024", "How the fund works, who pays into it and why it has become the sticking point in this year's talks.")],
    ),
    "composer": dict(
        minutes="3:48", n=3, date="March 5, 2024", time="11:05 AM PT",
        readmore=("Read more:", "Listen to Marwood's \"Rain on Slate\" in our 2019 concert broadcast from the Bayfront Hall"),
        bucket=("Music", "The quiet revolution of English choral music, in five pieces",
                "From village churches to concert halls, a short guide to composers who wrote for amateur singers."),
        contrib="Additional reporting by TPR's classical music host, Ruth Okafor.",
        copyright="Copyright 2024 Tidewater Public Radio",
        transcript=["RUTH OKAFOR, HOST: Ilse Marwood once said music is mostly waiting.",
                    "ILSE MARWOOD: I sit by the window and wait."],
        correction_date="March 6, 2024",
        more=[("A violinist, a barn and 40 years of summer concerts", "March 1, 2024", "The Harwick Festival began with six musicians and a borrowed piano. This year it sold out in a day."),
              ("Why orchestras are commissioning more women composers, and what is still missing", "February 22, 2024", "New works by women made up a quarter of premieres last season, up from one in ten a decade ago."),
              ("Your weekend classical playlist: music for a rainy afternoon", "February 16, 2024", "Our hosts pick ten pieces for staying in, from Debussy to a new string quartet.")],
    ),
}


def t_pubradio(a, lang, k):
    S, X = PR, PR_ART[a["name"]]
    base = "https://www.tidewaterpublic.example.org/"
    figs = 0

    def fig(item, n):
        nonlocal figs
        figs += 1
        rid = token(a["url"], n, n=9)
        return (f'<div id="res{rid}" class="bucketwrap image {"large" if figs == 1 else "medium"}">'
                f'<div class="imagewrap has-source-dimensions" data-crop-type=""><picture>{img(a, n, attrs=" class=img loading=lazy")}</picture></div>'
                f'<div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>{E(item[1])}</p></div></div>'
                f'<b class="toggle-caption"><b class="hide-caption"><b>{S["hide_cap"]}</b></b><b class="toggle-caption"><b>{S["toggle_cap"]}</b></b></b>'
                f'<span class="credit" aria-label="Image credit">{E(a["credit"])}/TPR</span></div></div>')

    def note(item, n):
        if X.get("correction_date"):
            return (f'<div class="correction"><p class="correction__date"><strong>Correction</strong> {E(X["correction_date"])}</p>'
                    f'<p>{E(item[1])}</p></div>')
        return f'<p><em>{E(item[1])}</em></p>'

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f'<h3 class="edTag">{E(it[1])}</h3>' if a["name"] == "composer" else f"<p><strong>{E(it[1])}</strong></p>",
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "fig": fig,
        "ul": lambda it, n: f"<ul class=\"edTag\">{lis(it[1])}</ul>",
        "table": lambda it, n: f'<div class="bucketwrap table"><table class="edTag">{table_rows(it[1])}</table></div>',
        "note": note,
    }
    s1, s2, s3 = spots(a, (0.3, 0.55, 0.8))
    ins = {}
    sponsor = (f'<aside aria-label="advertisement" class="ad-wrap"><div class="ad-config" data-sponsor="true">'
               f'<h6 class="ad-label">{S["sponsor"]}</h6><div id="ad-{{}}" class="ad-slot"></div></div>'
               f'<div class="ad-fallback" style="display:none"><a href="{base}sponsor">{S["sponsor_hidden"]}</a></div></aside>')
    add(ins, s1, sponsor.format("storytext-1"))
    add(ins, s2, f'<p><strong>{E(X["readmore"][0])}</strong> <a href="{base}2024/{token(X["readmore"][1], n=6)}">{E(X["readmore"][1])}</a></p>')
    b = X["bucket"]
    add(ins, s3, (f'<aside id="res{token(b[1], n=9)}" class="bucketwrap internallink insettwocolumn inset2col">'
                  f'<div class="bucket img"><a href="{base}2024/{token(b[1], n=6)}">{img(a, 99, 400, 267)}</a>'
                  f'<div class="bucketblock"><h3 class="slug"><a href="{base}sections/{b[0].lower()}/">{E(b[0])}</a></h3>'
                  f'<p class="title"><a href="{base}2024/{token(b[1], n=6)}">{E(b[1])}</a></p><p class="teaser">{E(b[2])}</p></div></div></aside>'))
    add(ins, s3, sponsor.format("storytext-2"))
    body = blocks(a, R, ins)
    more = "".join(f'<article class="item has-image"><div class="item-image"><a href="{base}2024/{token(t, n=6)}">{img(a, 200 + i, 600, 400)}</a></div>'
                   f'<div class="item-info"><h2 class="title"><a href="{base}2024/{token(t, n=6)}">{E(t)}</a></h2>'
                   f'<p class="teaser"><a href="{base}2024/{token(t, n=6)}"><time>{E(d)}</time> &bull; {E(s)}</a></p></div></article>'
                   for i, (t, d, s) in enumerate(X["more"]))
    foot = "".join(f'<div class="footer-col"><h3>{E(h)}</h3><ul>{links(xs, base)}</ul></div>' for h, xs in S["footer_cols"])
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])} : Tidewater Public Radio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{A(a["standfirst"])}">
<link rel="canonical" href="{A(a["url"])}">
{og(a, "en_US")}
{news_ld(a, "en", author=[{"@type": "Person", "name": a["author"]}], articleSection=a["section"])}
<script>var TPR = TPR || {{}}; TPR.serverVars = {{"storyId": "{token(a["url"], n=10)}", "topics": {pagekit.ld(a["tags"])}, "station": "TPR"}};</script>
<style>.hide-caption{{display:inline}} .transcript-text{{max-height:0}}</style>
</head>
<body class="story tmplNewsStory id{token(a["url"], n=9)} sec{a["section"].lower()}">
<a class="skiplink" href="#mainContent">{S["skip"]}</a>
<div id="consent-banner" class="consent-banner" role="dialog" aria-label="Cookie consent"><p>{E(S["consent"])}</p><div class="consent-banner__buttons">{"".join(f'<button type="button">{E(x)}</button>' for x in S["consent_btn"])}</div></div>
<header id="globalheader" class="globalheader">
<div class="globalheader__top"><a class="logo" href="{base}"><img src="https://media.example.org/tpr-logo.svg" alt="Tidewater Public Radio logo"></a><span class="station-freq">{S["station"]}</span>
<div class="live-player"><button type="button" class="live-player__button">{S["live"]}</button> <span class="live-player__now">{S["now"]}</span></div>
<div class="header-cta"><a class="donate-button" href="{base}donate">{S["donate"]}</a> <a href="{base}account">{S["signin"]}</a> <a href="https://shop.tidewaterpublic.example.org/">{E(S["shop"])}</a></div></div>
<nav class="navigation" aria-label="main navigation"><ul>{links(S["nav"], base + "sections/")}</ul></nav>
</header>
<main id="mainContent">
<section id="main-section"><article class="story">
<div class="story-meta">
<div class="slug-wrap"><h3 class="slug"><a href="{base}sections/{a["section"].lower()}/">{E(a["section"])}</a></h3></div>
<div class="storytitle"><h1>{E(a["headline"])}</h1></div>
<div class="story-dek"><p>{E(a["standfirst"])}</p></div>
<div id="story-meta" class="story-meta__one has-byline">
<div class="byline-container--block"><div class="byline byline--block"><p class="byline__name byline__name--block"><a href="{base}people/{token(a["author"], n=8)}" rel="author">{E(a["author"])}</a></p></div></div>
<div class="dateblock"><time datetime="{a["date"]}"><span class="date">{X["date"]}</span><span class="time">{X["time"]}</span></time></div>
</div>
<div class="share-tools share-tools--primary"><ul>{"".join(f'<li class="share-tools__service"><button type="button">{E(x)}</button></li>' for x in S["share"])}</ul></div>
</div>
<div class="audio-module" data-audio-id="{token(a["url"], "audio", n=9)}">
<div class="audio-module-controls-wrap"><button type="button" class="audio-module-listen" aria-label="Listen"><b class="audio-module-listen-inner"><b class="audio-module-listen-text"><b class="audio-module-cta">{S["listen"].format(m=X["minutes"])}</b></b></b></button>
<span class="audio-module-duration">{S["minute"].format(n=X["n"])}</span>
<ul class="audio-module-tools">{"".join(f'<li><button type="button">{x}</button></li>' for x in S["audio_tools"])}<li class="audio-tool-transcript"><a href="{base}transcripts/{token(a["url"], n=9)}">{S["transcript"]}</a></li></ul></div>
<div class="transcript-text" hidden>{"".join(f"<p>{E(x)}</p>" for x in X["transcript"])}</div>
</div>
<div id="storytext" class="storytext storylocation linkLocation">
{body}
<p><em>{E(X["contrib"])}</em></p>
<p>{E(X["copyright"])}</p>
</div>
<div class="tags"><h3 class="tags__label">Tags</h3>{"".join(f'<a href="{base}tags/{token(t, n=6)}">{E(t)}</a>' for t in a["tags"])}</div>
<aside class="newsletter-acquisition-callout"><h3>{S["newsletter_head"]}</h3><p>{E(S["newsletter_text"])}</p>
<form class="newsletter-form" action="{base}newsletters/subscribe" method="post"><label for="nl-email">{S["newsletter_ph"]}</label><input id="nl-email" type="email" placeholder="{S["newsletter_ph"]}"><button type="submit">{S["newsletter_btn"]}</button></form>
<p class="newsletter-legal">{E(S["newsletter_legal"])}</p></aside>
<aside class="donate-module"><h3>{E(S["donate_head"])}</h3><p>{E(S["donate_text"])}</p><a class="donate-module__button" href="{base}donate">{E(S["donate_btn"])}</a></aside>
</article>
<section class="more-stories"><h2 class="more-stories__title">{S["more_head"]}</h2>{more}</section>
</section>
<aside id="main-sidebar"><div class="ad-wrap"><h6 class="ad-label">{S["sponsor"]}</h6><div class="ad-slot" id="ad-sidebar"></div></div>
<section class="popular"><h3>{E(S["popular_head"])}</h3><ol>{links(S["popular"], base + "2024/")}</ol></section></aside>
</main>
<footer id="globalfooter">{foot}<ul class="legal">{links(S["legal"], base + "about/")}</ul><p class="copyright">{E(S["copy"])}</p></footer>
<script>window.tprAnalytics && tprAnalytics.page("{token(a["url"], n=10)}");</script>
</body>
</html>
"""


# ---------------------------------------------------------------- wirephoto: a photo-led wire site

WP = {
    "en": dict(
        site="WorldWire", locale="en_US", home="https://www.worldwire.example.com/en/",
        langs=["Français", "English", "Español", "Deutsch", "Português", "العربية", "中文"],
        nav=["World", "Business", "Sport", "Science", "Culture", "Photos", "Videos"],
        login="Log in",
        consent_head="We value your privacy",
        consent="We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, and audience research.",
        consent_btn=["Agree and close", "Learn more", "Disagree and close"],
        crumbs=["Home", "World", "Americas"],
        published="Published on {d}", updated="Updated {d}",
        share=["Share", "Facebook", "X", "LinkedIn", "WhatsApp", "Copy link"],
        prev="Previous", next="Next", full="Full screen",
        credit="(Photo by {c} / AFP)", 
        dateline="Merrow, United States (AFP) - ",
        ad="Advertising",
        readalso="Read also",
        desk="ar/lf/dmr",
        copy_inline="© 2024 AFP",
        topics_head="Topics",
        more_head="More on this topic",
        nl_head="The essentials of the day, every morning",
        nl_text="Receive our newsletter with the day's main stories, selected by our editors.",
        nl_btn="Subscribe", nl_ph="Your email",
        most_head="Most read",
        footer=["About WorldWire", "Our services", "Contact", "Legal notice", "Privacy policy", "Cookie settings", "Careers"],
        copy="All rights reserved. Reproduction of any content on this site without prior written permission is prohibited.",
    ),
    "zh": dict(
        site="环球通讯", locale="zh_CN", home="https://www.worldwire.example.com/zh/",
        langs=["Français", "English", "Español", "Deutsch", "Português", "العربية", "中文"],
        nav=["国际", "中国", "财经", "体育", "科技", "文化", "图片", "视频"],
        login="登录",
        consent_head="我们重视您的隐私",
        consent="我们和我们的合作伙伴会在您的设备上存储和访问信息（例如Cookie），并处理个人数据，用于个性化广告和内容、广告和内容效果衡量以及受众研究。",
        consent_btn=["同意并关闭", "了解更多", "拒绝并关闭"],
        crumbs=["首页", "中国", "社会"],
        published="发布时间：{d}", updated="更新时间：{d}",
        share=["分享", "微博", "微信", "Facebook", "X", "复制链接"],
        prev="上一张", next="下一张", full="全屏",
        credit="（法新社）", 
        dateline="法新社临川8日电 - ",
        ad="广告",
        readalso="延伸阅读",
        desk="编译：林可　责编：陈一",
        copy_inline="© 2024 法新社",
        topics_head="话题",
        more_head="相关报道",
        nl_head="每天早上，一封信读懂世界",
        nl_text="订阅我们的电子报，每天早上收到编辑精选的要闻。",
        nl_btn="订阅", nl_ph="您的电子邮箱",
        most_head="最多阅读",
        footer=["关于我们", "我们的服务", "联系我们", "法律声明", "隐私政策", "Cookie设置", "招聘"],
        copy="版权所有。未经书面许可，不得转载本网站任何内容。",
    ),
}

WP_ART = {
    "port-strike": dict(
        extra_figs=["Container ships wait at anchor in the outer harbor of the Port of Merrow on October 7, 2024.",
                    "Idle stacking cranes at Terminal 2."],
        published="07/10/2024 - 16:20", updated="07/10/2024 - 18:05",
        byline="Ana RUIZ with Lena FORD in Callan",
        readalso=["US rail unions reach deal hours before strike deadline",
                  "Automation at ports: a decade of promises and disputes"],
        topics=["United States", "Labor", "Transport", "Strike", "Shipping"],
        more=[("Canadian port workers end eight-day walkout after government intervenes", "The deal, reached with the help of a federal mediator, raises wages by 19 percent over four years."),
              ("Shipping rates climb as carriers reroute vessels", "Freight prices between Asia and the US west coast rose for a third straight week, according to an industry index.")],
        most=["Five things to know about the US election polls", "Record heat in southern Europe as fires spread", "Football: late goal sends champions through", "Scientists find ancient forest under glacier"],
    ),
    "qiaoliang": dict(
        extra_figs=["11月8日，临川县青石河大桥原址，新桥正在施工。",
                    "临时钢便桥上的车辆。"],
        published="2024年11月8日 15:32", updated="2024年11月8日 17:10",
        byline="法新社记者 周立新",
        readalso=["中国加强在建桥梁安全检查", "基础设施老化：一座县城大桥的三十七年"],
        topics=["中国", "事故", "基础设施", "安全生产"],
        more=[("南方多省开展在建工程安全大检查", "多地要求对深基坑、高支模和拆除工程逐一排查，发现隐患立即停工整改。"),
              ("一座大桥倒下之后：临川县城的一百天", "事故发生后，当地居民每天绕行二十多公里，直到临时便桥通车才有所缓解。")],
        most=["亚洲股市周五普遍上涨", "欧洲多国遭遇强风暴雨", "世界杯预选赛：亚洲区第五轮赛果", "科学家在冰川下发现古老森林"],
    ),
}


def wp_prepare(a):
    """The wire page carries more photos of the story than the article names: all in the slideshow."""
    X = WP_ART[a["name"]]
    body = list(a["body"])
    figs = [x for x in body if x[0] == "fig"]
    rest = [x for x in body if x[0] != "fig"]
    return dict(a, body=figs + [("fig", c) for c in X["extra_figs"]] + rest)


def t_wirephoto(a, lang, k):
    S, X = WP[lang], WP_ART[a["name"]]
    base = S["home"]
    figs = [x for x in a["body"] if x[0] == "fig"]
    if lang == "en":
        first, last = a["credit"].split(" ", 1)
        credit = S["credit"].format(c=f"{first} {last.upper()}")
    else:
        credit = S["credit"]
    slides = "".join(f'<div class="slideshow__slide{" is-active" if i == 0 else ""}" data-index="{i}"><figure class="slideshow__figure">{img(a, 500 + i, 1600, 1067, attrs=" class=slideshow__img")}'
                     f'<figcaption class="slideshow__caption"><span class="slideshow__count">{i + 1}/{len(figs)}</span><p>{E(c[1])} {E(credit)}</p></figcaption></figure></div>'
                     for i, c in enumerate(figs))
    thumbs = "".join(f'<li><button type="button" class="thumb">{img(a, 500 + i, 160, 107)}</button></li>' for i in range(len(figs)))
    rest = dict(a, body=[x for x in a["body"] if x[0] != "fig"])
    fp = first_para(rest)
    R = {
        "p": lambda it, n: f'<p>{E(S["dateline"]) if n == fp else ""}{E(it[1])}</p>',
        "h2": lambda it, n: f"<h3>{E(it[1])}</h3>",
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "ul": lambda it, n: f"<ul>{lis(it[1])}</ul>",
        "ol": lambda it, n: f"<ol>{lis(it[1])}</ol>",
        "table": lambda it, n: f'<div class="table-responsive"><table>{table_rows(it[1])}</table></div>',
        "note": lambda it, n: f"<p><i>{E(it[1])}</i></p>",
    }
    s1, s2 = spots(rest, (0.35, 0.7))
    ins = {}
    add(ins, s1, f'<div class="ad-inread" data-ad="inread"><span class="ad-inread__label">{S["ad"]}</span><div id="inread-1"></div></div>')
    add(ins, s2, f'<div><span><b>{S["readalso"]}</b></span><ul>{links(X["readalso"], base + "news/")}</ul></div>')
    body = blocks(rest, R, ins)
    more = "".join(f'<article class="card card--horizontal"><a href="{base}news/{token(t, n=6)}">{img(a, 600 + i, 400, 267)}</a><div class="card__body">'
                   f'<h3 class="card__title"><a href="{base}news/{token(t, n=6)}">{E(t)}</a></h3><p class="card__summary">{E(s)}</p></div></article>'
                   for i, (t, s) in enumerate(X["more"]))
    return f"""<!DOCTYPE html>
<html lang="{"zh-Hans" if lang == "zh" else "en"}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(a["headline"])} | {E(S["site"])}</title>
<meta name="description" content="{A(a["standfirst"])}">
<link rel="canonical" href="{A(a["url"])}">
{og(a, S["locale"], site=S["site"])}
{news_ld(a, lang, author=[{"@type": "Person", "name": X["byline"]}], publisher={"@type": "Organization", "name": S["site"]})}
<script>window.didomiConfig = {{"app": {{"apiKey": "{token("didomi", n=16)}"}}}};</script>
</head>
<body class="path-node page-node-type-article lang-{lang}">
<div id="didomi-host"><div class="didomi-popup" role="dialog" aria-modal="true"><div class="didomi-popup-container"><h2 class="didomi-popup-title">{E(S["consent_head"])}</h2><p class="didomi-popup-text">{E(S["consent"])}</p>
<div class="didomi-buttons">{"".join(f'<button type="button" class="didomi-button">{E(x)}</button>' for x in S["consent_btn"])}</div></div></div></div>
<header class="site-header">
<div class="site-header__top"><ul class="lang-switcher">{"".join(f'<li><a href="https://www.worldwire.example.com/{token(x, n=2)}/" hreflang="x">{E(x)}</a></li>' for x in S["langs"])}</ul><a class="login" href="{base}user/login">{E(S["login"])}</a></div>
<div class="site-header__main"><a class="site-logo" href="{base}">{E(S["site"])}</a>
<nav class="main-menu"><ul>{links(S["nav"], base + "section/")}</ul></nav>
<form class="search" action="{base}search"><input type="search" name="q" aria-label="search"></form></div>
</header>
<main class="main-content" id="main-content">
<article class="article-full node node--type-article" data-history-node-id="{int(token(a["url"], n=6), 16)}">
<nav class="breadcrumb" aria-label="breadcrumb"><ol>{links(S["crumbs"], base + "section/")}</ol></nav>
<h1 class="article-full__title">{E(a["headline"])}</h1>
<div class="article-full__chapo"><p>{E(a["standfirst"])}</p></div>
<div class="article-full__info"><span class="article-full__author">{E(X["byline"])}</span> <time class="article-full__date" datetime="{a["date"]}">{E(S["published"].format(d=X["published"]))}</time> <span class="article-full__updated">{E(S["updated"].format(d=X["updated"]))}</span></div>
<div class="share-bar">{"".join(f'<button type="button" class="share-bar__btn">{E(x)}</button>' for x in S["share"])}</div>
<section class="slideshow" data-slides="{len(figs)}">
<div class="slideshow__track">{slides}</div>
<div class="slideshow__controls"><button type="button" class="slideshow__prev">{E(S["prev"])}</button> <button type="button" class="slideshow__next">{E(S["next"])}</button> <button type="button" class="slideshow__full">{E(S["full"])}</button></div>
<ul class="slideshow__thumbs">{thumbs}</ul>
</section>
<div class="article-full__text textinit" itemprop="articleBody">
{body}
<p>{E(S["desk"])}</p>
<div class="article-full__copyright">{E(S["copy_inline"])}</div>
</div>
<div class="article-full__topics"><span class="label">{E(S["topics_head"])}</span><ul>{links(X["topics"], base + "topic/")}</ul></div>
</article>
<section class="related-block"><h2 class="block-title">{E(S["more_head"])}</h2>{more}</section>
<section class="newsletter-block"><h2>{E(S["nl_head"])}</h2><p>{E(S["nl_text"])}</p><form action="{base}newsletter"><input type="email" placeholder="{A(S["nl_ph"])}"><button type="submit">{E(S["nl_btn"])}</button></form></section>
<aside class="most-read"><h2>{E(S["most_head"])}</h2><ol>{links(X["most"], base + "news/")}</ol></aside>
</main>
<footer class="site-footer"><ul>{links(S["footer"], base + "page/")}</ul><p>{E(S["copy"])}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- wpblocks: WordPress, Elementor + Gutenberg

WB = {
    "en": dict(
        site="The Dale Courier", home="https://dalecourier.example.co.uk/", locale="en_GB",
        nav=["Home", "News", "Arts", "Sport", "Farming", "Letters", "Jobs", "Advertise"],
        cookie="We use cookies to optimise our website and our service. Functional cookies are always on; others only with your consent.",
        cookie_btn=["Accept", "Deny", "View preferences"], cookie_head="Manage Cookie Consent",
        comments="No Comments", by="By",
        photo="(Photo courtesy of the {c})",
        alsoread="Also read:",
        alsoread_t="Lowick's church organ restored in time for the Easter carol",
        ymal="You might also like",
        ymal_posts=[("Kendal barn theatre marks 40 years with a season of new operas", "The company that premiered Ilse Marwood's 'The Ferryman' is commissioning three new works for its anniversary."),
                    ("Village choirs are disappearing. These singers want to bring them back", "A network of volunteers has restarted 18 choirs across the Dales since 2021.")],
        invite="Do you have a memory of Ilse Marwood or her music? Write to us at letters@dalecourier.example.co.uk.",
        share_this="Share this:", share_btns=["Facebook", "X", "WhatsApp", "Email", "Print"],
        like_this="Like this:", like_loading="Like Loading...",
        author_bio="Jonah Pell is the Courier's arts editor. He has covered music and theatre in the Dales for twenty years.",
        author_link="View all posts",
        prev="Previous Post", next="Next Post",
        prev_t="Farmers warn of hay shortage after the wettest winter on record",
        next_t="Lowick primary school celebrates its 150th birthday",
        posts_head="More from Arts",
        posts=[("Kendal Brass Band wins regional title for the third year running", "The band played a new arrangement of a piece by a local schoolteacher in the final round."),
               ("Photography exhibition captures a year on a hill farm", "More than 60 black-and-white images are on show at the Lowick library until May."),
               ("Ticket sales up at the Dales summer festival", "Organisers say the festival has sold more tickets in March than in the whole of last year.")],
        cmt_head="2 thoughts on “{h}”",
        cmts=[("Margaret Ellison", "March 5, 2024 at 2:14 pm", "I sang the Lowick Carol as a girl in 1968 and my granddaughter sang it last year. She came to hear it every single time. What a loss."),
              ("David Roe", "March 5, 2024 at 6:40 pm", "Rain on Slate got me through a very hard winter. Thank you for this lovely piece about her.")],
        reply="Reply", leave="Leave a Reply", cmt_note="Your email address will not be published. Required fields are marked *",
        cmt_btn="Post Comment",
        search="Search", trending_head="Trending now",
        trending=["Bypass plan back on the table after funding deal", "Town council approves new skate park", "Pub that served the same family for 200 years is up for sale"],
        nl_head="Get the Courier in your inbox", nl_text="A weekly round-up of news from the Dales, every Friday.", nl_btn="Sign up",
        ad="Advertisement",
        footer=["About us", "Contact", "Complaints", "Privacy Policy", "Cookie Policy"],
        copy="© 2024 The Dale Courier. Proudly powered by WordPress.",
    ),
    "vi": dict(
        site="Phố Núi Online", home="https://phonui.example.vn/", locale="vi_VN",
        nav=["Trang chủ", "Thời sự", "Đời sống", "Du lịch", "Ẩm thực", "Văn hóa", "Liên hệ"],
        cookie="Chúng tôi sử dụng cookie để tối ưu hóa trang web và dịch vụ. Cookie chức năng luôn bật; các loại khác chỉ khi bạn đồng ý.",
        cookie_btn=["Chấp nhận", "Từ chối", "Xem tùy chọn"], cookie_head="Quản lý sự đồng ý cookie",
        comments="2 bình luận", by="Bởi",
        photo="(Ảnh: {c})",
        alsoread="Xem thêm:",
        alsoread_t="Cầu treo Kon Klor được sơn mới, thắp đèn nghệ thuật về đêm",
        ymal="Có thể bạn quan tâm",
        ymal_posts=[("Phở khô Gia Lai: món ăn hai tô của phố núi", "Một tô bánh phở trộn, một tô nước dùng, và nhiều tranh cãi về cách ăn đúng."),
                    ("Những làng nghề dệt thổ cẩm quanh TP Kon Tum", "Nhiều phụ nữ Ba Na vẫn giữ khung dệt trong nhà và nhận dệt theo đơn đặt hàng của du khách.")],
        invite="Bạn có câu chuyện về chợ đêm muốn chia sẻ? Gửi cho chúng tôi qua email toasoan@phonui.example.vn.",
        share_this="Chia sẻ:", share_btns=["Facebook", "Zalo", "X", "Email", "In"],
        like_this="Thích điều này:", like_loading="Thích Đang tải...",
        author_bio="Hà Phương là phóng viên mảng đời sống, viết về ẩm thực và con người Tây Nguyên.",
        author_link="Xem tất cả bài viết",
        prev="Bài trước", next="Bài tiếp theo",
        prev_t="Mùa cà phê chín, nhiều nông hộ thuê người hái với giá cao",
        next_t="Lễ hội mừng lúa mới của người Xơ Đăng",
        posts_head="Cùng chuyên mục",
        posts=[("Ghé quán cà phê trong vườn ươm giữa lòng phố", "Chủ quán là một kỹ sư nông nghiệp, trồng hơn 300 loại cây trong khu vườn rộng 2.000 m²."),
               ("Bánh tráng nướng phố núi có gì khác?", "Lớp bánh mỏng, mỡ hành và chút muối ớt xanh làm nên món ăn vặt được học sinh yêu thích."),
               ("Đêm nhạc cồng chiêng bên nhà rông", "Mỗi tối thứ Bảy, các nghệ nhân làng Kon Klor biểu diễn miễn phí cho du khách.")],
        cmt_head="2 bình luận về “{h}”",
        cmts=[("Thu Hằng", "21/09/2024 lúc 20:45", "Mình ghé chợ tháng trước, cơm lam của bà Y Hlen ngon thật, ăn với muối é đúng vị. Mong chợ giữ được nét mộc mạc như vậy."),
              ("Trần Khoa", "22/09/2024 lúc 07:12", "Cuối tuần chợ đông quá, gửi xe hơi khó. Nếu mở rộng sang bờ bên kia thì nên tính thêm bãi xe.")],
        reply="Trả lời", leave="Để lại một bình luận", cmt_note="Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
        cmt_btn="Gửi bình luận",
        search="Tìm kiếm", trending_head="Đọc nhiều",
        trending=["Đường lên Măng Đen sạt lở sau mưa lớn", "Giá sầu riêng giảm mạnh đầu vụ", "Học sinh vùng cao nhận 2.000 chiếc áo ấm"],
        nl_head="Nhận bản tin Phố Núi", nl_text="Tin tức và câu chuyện đời sống Tây Nguyên mỗi sáng thứ Hai.", nl_btn="Đăng ký",
        ad="Quảng cáo",
        footer=["Giới thiệu", "Liên hệ", "Chính sách bảo mật", "Chính sách cookie"],
        copy="© 2024 Phố Núi Online. Vận hành bởi WordPress.",
    ),
}


def el(widget, inner, eid):
    """An Elementor widget."""
    return (f'<div class="elementor-element elementor-element-{eid} elementor-widget elementor-widget-{widget}" data-id="{eid}" data-element_type="widget" data-widget_type="{widget}.default">'
            f'<div class="elementor-widget-container">{inner}</div></div>')


def t_wpblocks(a, lang, k):
    S = WB[lang]
    base = S["home"]
    d = when(a)
    figs = [0]

    def fig(item, n):
        figs[0] += 1
        cred = f' <span class="credit">{E(S["photo"].format(c=a["credit"]))}</span>' if figs[0] == 1 else ""
        return (f'<figure class="wp-block-image size-large">{img(a, n, 1024, 683, attrs=f" class=wp-image-{3000 + n}", host="phonui.example.vn/wp-content/uploads/2024/09" if lang == "vi" else "dalecourier.example.co.uk/wp-content/uploads/2024/03")}'
                f'<figcaption class="wp-element-caption">{E(item[1])}{cred}</figcaption></figure>')

    def quote(item, n):
        cite = "Ilse Marwood, 2011" if lang == "en" else "Nguyễn Minh Quân"
        return f'<blockquote class="wp-block-quote"><p>{E(item[1])}</p><cite>{E(cite)}</cite></blockquote>'

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f'<h2 class="wp-block-heading">{E(it[1])}</h2>',
        "quote": quote,
        "fig": fig,
        "ul": lambda it, n: f'<ul class="wp-block-list">{lis(it[1])}</ul>',
        "table": lambda it, n: f'<figure class="wp-block-table"><table class="has-fixed-layout">{table_rows(it[1])}</table></figure>',
        "note": lambda it, n: f'<p class="has-background" style="background-color:#f3f0e8">{E(it[1])}</p>',
    }
    s1, s2, s3 = spots(a, (0.25, 0.5, 0.75))
    ins = {}
    add(ins, s1, f'<p><strong>{E(S["alsoread"])}</strong> <a href="{base}{token(S["alsoread_t"], n=6)}/">{E(S["alsoread_t"])}</a></p>')
    add(ins, s2, f'<figure class="wp-block-pullquote"><blockquote><p>{E(a["pull"][0])}</p></blockquote></figure>')
    ymal = "".join(f'<li><div class="wp-block-latest-posts__featured-image">{img(a, 700 + i, 300, 200)}</div><a class="wp-block-latest-posts__post-title" href="{base}{token(t, n=6)}/">{E(t)}</a>'
                   f'<div class="wp-block-latest-posts__post-excerpt">{E(s)}</div></li>' for i, (t, s) in enumerate(S["ymal_posts"]))
    add(ins, s3, f'<div class="wp-block-group is-layout-flow"><div class="wp-block-group__inner-container"><h3 class="wp-block-heading">{E(S["ymal"])}</h3><ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{ymal}</ul></div></div>')
    content = blocks(a, R, ins)
    share = "".join(f'<li class="share-{token(x, n=4)}"><a class="share-icon" href="#" rel="nofollow noopener noreferrer"><span>{E(x)}</span></a></li>' for x in S["share_btns"])
    info = (f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
            f'<li class="elementor-icon-list-item elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author"><span class="elementor-post-info__item-prefix">{S["by"]}</span> {E(a["author"])}</span></li>'
            f'<li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>{d.strftime("%d/%m/%Y") if lang == "vi" else d.strftime("%B %-d, %Y")}</time></span></li>'
            f'<li class="elementor-icon-list-item elementor-inline-item" itemprop="commentCount"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">{E(S["comments"])}</span></li></ul>')
    cmts = "".join(f'<li id="comment-{400 + i}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{E(nm)}</b></div>'
                   f'<div class="comment-metadata"><time>{E(dt)}</time></div></footer><div class="comment-content"><p>{E(t)}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">{E(S["reply"])}</a></div></article></li>'
                   for i, (nm, dt, t) in enumerate(S["cmts"]))
    posts = "".join(f'<article class="elementor-post elementor-grid-item post"><a class="elementor-post__thumbnail__link" href="{base}{token(t, n=6)}/"><div class="elementor-post__thumbnail">{img(a, 800 + i, 400, 267)}</div></a>'
                    f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{base}{token(t, n=6)}/">{E(t)}</a></h3><div class="elementor-post__excerpt"><p>{E(s)}</p></div>'
                    f'<a class="elementor-post__read-more" href="{base}{token(t, n=6)}/">{"Read More »" if lang == "en" else "Đọc tiếp »"}</a></div></article>'
                    for i, (t, s) in enumerate(S["posts"]))
    eid = lambda *p: token(a["url"], *p, n=7)  # noqa: E731
    return f"""<!DOCTYPE html>
<html lang="{"en-GB" if lang == "en" else "vi"}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["headline"])} &#8211; {E(S["site"])}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{A(a["url"])}">
{og(a, S["locale"], site=S["site"])}
<script type="application/ld+json" class="yoast-schema-graph">{pagekit.ld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": a["headline"], "datePublished": a["date"], "author": {"name": a["author"]}, "articleSection": [a["section"]], "inLanguage": lang}, {"@type": "WebPage", "@id": a["url"], "name": a["headline"]}]})}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="{base}wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<style id="wp-block-library-inline-css">.wp-block-pullquote{{border-top:4px solid}}</style>
</head>
<body class="post-template-default single single-post postid-{int(token(a["url"], n=4), 16)} single-format-standard elementor-default elementor-kit-7 elementor-page-{int(token(a["url"], n=3), 16)}">
<a class="skip-link screen-reader-text" href="#content">{"Skip to content" if lang == "en" else "Chuyển đến nội dung"}</a>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1" role="dialog" aria-live="polite"><div class="cmplz-header"><div class="cmplz-title">{E(S["cookie_head"])}</div></div>
<div class="cmplz-body"><div class="cmplz-message"><p>{E(S["cookie"])}</p></div></div><div class="cmplz-buttons">{"".join(f'<button class="cmplz-btn">{E(x)}</button>' for x in S["cookie_btn"])}</div></div></div>
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-section-boxed" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
{el("theme-site-logo", f'<a href="{base}"><img src="{base}wp-content/uploads/logo.png" alt="{A(S["site"])}"></a>', eid("logo"))}
{el("nav-menu", '<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1" class="elementor-nav-menu">' + links(S["nav"], base + "category/", '<li class="menu-item"><a href="{h}/" class="elementor-item">{t}</a></li>') + '</ul></nav>', eid("nav"))}
</div></div></div></section></div>
<div data-elementor-type="single-post" data-elementor-id="88" class="elementor elementor-88 elementor-location-single post-{int(token(a["url"], n=4), 16)} post type-post status-publish format-standard has-post-thumbnail hentry category-{a["section"].lower()}">
<section class="elementor-section elementor-top-section elementor-section-boxed" data-element_type="section"><div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-66 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
{el("breadcrumbs", f'<p id="breadcrumbs"><span><a href="{base}">{E(S["nav"][0])}</a> » <a href="{base}category/">{E(a["section"])}</a></span></p>', eid("crumbs"))}
{el("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{E(a["headline"])}</h1>', eid("title"))}
{el("post-info", info, eid("info"))}
{el("theme-post-excerpt", f'<p>{E(a["standfirst"])}</p>', eid("excerpt"))}
{el("theme-post-featured-image", f'<img src="{base}wp-content/uploads/featured-{token(a["url"], n=6)}.jpg" width="1200" height="675" alt="{A(a["headline"])}">', eid("featured"))}
{el("theme-post-content", f'''{content}
<p><em>{E(S["invite"])}</em></p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">{E(S["share_this"])}</h3><div class="sd-content"><ul>{share}</ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" data-name="like-post-frame"><h3 class="sd-title">{E(S["like_this"])}</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>{"Like" if lang == "en" else "Thích"}</span></span> <span class="loading">{E(S["like_loading"])}</span></div></div>''', eid("content"))}
{el("share-buttons", '<div class="elementor-grid">' + "".join(f'<div class="elementor-grid-item"><div class="elementor-share-btn" role="button"><span class="elementor-share-btn__title">{E(x)}</span></div></div>' for x in S["share_btns"][:3]) + '</div>', eid("share"))}
{el("author-box", f'<div class="elementor-author-box"><div class="elementor-author-box__avatar"><img src="{base}wp-content/uploads/avatar.jpg" alt="{A(a["author"])}"></div><div class="elementor-author-box__text"><div><h4 class="elementor-author-box__name">{E(a["author"])}</h4></div><div class="elementor-author-box__bio">{E(S["author_bio"])}</div><a class="elementor-author-box__button elementor-button" href="{base}author/">{E(S["author_link"])}</a></div></div>', eid("author"))}
{el("post-navigation", f'<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="{base}{token(S["prev_t"], n=6)}/" rel="prev"><span class="post-navigation__prev--label">{E(S["prev"])}</span><span class="post-navigation__prev--title">{E(S["prev_t"])}</span></a></div><div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="{base}{token(S["next_t"], n=6)}/" rel="next"><span class="post-navigation__next--label">{E(S["next"])}</span><span class="post-navigation__next--title">{E(S["next_t"])}</span></a></div></div>', eid("nav2"))}
{el("heading", f'<h2 class="elementor-heading-title elementor-size-default">{E(S["posts_head"])}</h2>', eid("posts-h"))}
{el("posts", f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">{posts}</div>', eid("posts"))}
{el("post-comments", f'<section id="comments" class="comments-area"><h2 class="comments-title">{E(S["cmt_head"].format(h=a["headline"]))}</h2><ol class="comment-list">{cmts}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{E(S["leave"])}</h3><form action="{base}wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">{E(S["cmt_note"])}</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{A(S["cmt_btn"])}"></p></form></div></section>', eid("comments"))}
</div></div>
<div class="elementor-column elementor-col-33 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
{el("search-form", f'<form class="elementor-search-form" role="search" action="{base}" method="get"><input placeholder="{A(S["search"])}" class="elementor-search-form__input" type="search" name="s"></form>', eid("search"))}
{el("heading", f'<h3 class="elementor-heading-title">{E(S["trending_head"])}</h3>', eid("trend-h"))}
{el("posts", "<ol>" + links(S["trending"], base) + "</ol>", eid("trend"))}
{el("html", f'<div class="ad-slot"><span class="ad-label">{E(S["ad"])}</span><div id="div-gpt-ad-side"></div></div>', eid("ad"))}
{el("form", f'<h3>{E(S["nl_head"])}</h3><p>{E(S["nl_text"])}</p><form class="elementor-form" method="post"><input type="email" name="form_fields[email]" placeholder="Email"><button type="submit" class="elementor-button"><span class="elementor-button-text">{E(S["nl_btn"])}</span></button></form>', eid("nl"))}
</div></div>
</div></section></div>
<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer"><section class="elementor-section elementor-top-section"><div class="elementor-container">
{el("nav-menu", "<ul>" + links(S["footer"], base + "page/") + "</ul>", eid("foot-nav"))}
{el("text-editor", f"<p>{E(S['copy'])}</p>", eid("copy"))}
</div></section></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {{"environmentMode":{{"edit":false}},"post":{{"id":{int(token(a["url"], n=4), 16)}}}}};</script>
</body>
</html>
"""


# ---------------------------------------------------------------- sggp: a Vietnamese city daily

SG = dict(
    site="Báo Sài Gòn Mới", home="https://www.saigonmoi.example.vn/", prefix="SGMO – ",
    top=["Đăng nhập", "English", "中文", "Báo in", "Tải ứng dụng"],
    nav=["Trang chủ", "Chính trị", "Thời sự", "Kinh tế", "Xã hội", "Văn hóa - Văn nghệ", "Thể thao", "Bạn đọc", "Video", "Podcast"],
    listen="Nghe bài viết", font=["A-", "A", "A+"],
    video_line="Mời quý độc giả xem video:",
    tags_lbl="Từ khóa:", share_lbl="Chia sẻ:", share=["Facebook", "Zalo", "Twitter", "Sao chép liên kết"],
    other_head="Tin khác",
    cmt_head="Bạn đọc bình luận ({n})",
    cmt_note="Bình luận của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.",
    cmt_btn="Gửi bình luận", like="Thích", reply="Trả lời",
    most_head="Đọc nhiều", focus_head="Tiêu điểm", ad="Quảng cáo",
    epaper="Báo in hôm nay", epaper_text="Đọc báo in Sài Gòn Mới số ra ngày hôm nay trên điện thoại và máy tính.",
    app="Tải ứng dụng Sài Gòn Mới để đọc tin nhanh hơn, nhận thông báo tin nóng và nghe podcast mỗi ngày.",
    footer_lines=["Cơ quan chủ quản: Thành ủy TP Hồ Chí Minh (giả định)", "Tổng Biên tập: Nguyễn Văn An",
                  "Giấy phép số 000/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
                  "Địa chỉ: 123 Đường Ví Dụ, Quận 1, TP Hồ Chí Minh. Điện thoại: (028) 0000 0000"],
    copy="© Bản quyền thuộc về Báo Sài Gòn Mới. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.",
)

SG_ART = {
    "gia-nuoc": dict(
        crumbs=["Kinh tế", "Giá cả - Thị trường"], author="THANH TRÚC", time="Thứ Tư, 12/6/2024 15:20",
        links=["Hà Nội: Giá nước sạch sinh hoạt có thể tăng từ năm sau",
               "Doanh nghiệp cấp nước kiến nghị điều chỉnh giá theo chi phí thực tế"],
        video=None,
        tags=["giá nước sạch", "Quảng Trị", "tăng giá", "cấp nước"],
        other=[("Giá xăng dầu đồng loạt giảm từ 15 giờ chiều nay", "12/06/2024 14:05"),
               ("TP Hồ Chí Minh: Thu phí vỉa hè tại 12 tuyến đường từ tháng 7", "12/06/2024 11:30"),
               ("Giá lúa gạo tại Đồng bằng sông Cửu Long tăng nhẹ", "12/06/2024 09:42"),
               ("Điện lực miền Trung khuyến cáo tiết kiệm điện trong đợt nắng nóng", "11/06/2024 17:20")],
        cmts=[("Trần Văn Lợi", "Tăng giá phải đi kèm với chất lượng. Nhà tôi ở Đông Hà, nước chiều nào cũng yếu, có hôm đục ngầu.", 14),
              ("Phạm Thu", "Cách tính theo bậc là hợp lý, nhà ít người dùng ít thì không bị ảnh hưởng nhiều.", 6),
              ("Lê Hải", "Nên công khai chi phí sản xuất và tỷ lệ thất thoát hằng năm để người dân giám sát.", 9)],
    ),
    "cho-dem": dict(
        crumbs=["Văn hóa - Văn nghệ", "Du lịch"], author="HÀ PHƯƠNG", time="Thứ Bảy, 21/9/2024 19:30",
        links=["Phố đi bộ ven sông Đăk Bla thu hút du khách dịp cuối tuần",
               "Kon Tum phát triển du lịch cộng đồng gắn với làng truyền thống"],
        video=("Chợ đêm Đà Lạt tấp nập du khách mùa cao điểm", "Video: Du khách dạo chợ đêm Đà Lạt dịp nghỉ lễ."),
        tags=["chợ đêm", "Kon Tum", "ẩm thực Tây Nguyên", "du lịch"],
        other=[("Lễ hội cồng chiêng Tây Nguyên sẽ diễn ra vào tháng 11", "21/09/2024 16:10"),
               ("Phố ẩm thực đêm ở Quy Nhơn kéo dài thêm 500 mét", "21/09/2024 10:25"),
               ("Du lịch Măng Đen hút khách nhờ khí hậu mát mẻ quanh năm", "20/09/2024 18:40"),
               ("Làng gốm Bàu Trúc đón hơn 50.000 lượt khách", "20/09/2024 08:15")],
        cmts=[("Ngọc Mai", "Đọc xong chỉ muốn bay lên Kon Tum ngay. Câu chuyện của bà Y Hlen rất cảm động.", 21),
              ("Quang Huy", "Mình là dân Kon Tum, chợ vui thật nhưng cuối tuần nên đi sớm kẻo hết chỗ gửi xe.", 8)],
    ),
}


def t_sggp(a, lang, k):
    S, X = SG, SG_ART[a["name"]]
    base = S["home"]

    def fig(item, n):
        return (f'<figure class="image align-center" contenteditable="false">{img(a, n, 960, 640, host="image.saigonmoi.example.vn")}'
                f'<figcaption>{E(item[1])} Ảnh: {E(X["author"])}</figcaption></figure>')

    R = {
        "p": lambda it, n: f'<p style="text-align: justify;">{E(it[1])}</p>',
        "h2": lambda it, n: f'<p style="text-align: justify;"><strong>{E(it[1])}</strong></p>',
        "quote": lambda it, n: f'<blockquote><p><em>{E(it[1])}</em></p></blockquote>',
        "fig": fig,
        "ul": lambda it, n: f"<ul>{lis(it[1])}</ul>",
        "table": lambda it, n: f'<table class="table" border="1" cellpadding="5" style="width:100%"><tbody>{table_rows(it[1], th=False)}</tbody></table>',
        "note": lambda it, n: f"<p><em>{E(it[1])}</em></p>",
    }
    s1, s2 = spots(a, (0.3, 0.65))
    ins = {}
    add(ins, s1, "".join(f'<p><strong>&gt;&gt; </strong><a href="{base}{token(t, n=6)}.html">{E(t)}</a></p>' for t in X["links"]))
    if X["video"]:
        v = X["video"]
        add(ins, s2, (f'<p><strong>{E(S["video_line"])}</strong></p>'
                      f'<div class="video-embed" data-video="{token(v[0], n=8)}"><video controls poster="https://video.saigonmoi.example.vn/{token(v[0], n=8)}.jpg" preload="none"></video>'
                      f'<p class="video-title"><a href="{base}video/{token(v[0], n=6)}.html">{E(v[0])}</a></p><p class="video-caption"><em>{E(v[1])}</em></p></div>'))
    else:
        add(ins, s2, f'<div class="ads-inline"><span>{E(S["ad"])}</span><div id="adsInline1"></div></div>')
    body = blocks(a, R, ins)
    cmts = "".join(f'<li class="comment-item"><div class="comment-author"><strong>{E(nm)}</strong></div><p class="comment-text">{E(t)}</p>'
                   f'<div class="comment-tools"><a href="#">{E(S["like"])} ({c})</a> <a href="#">{E(S["reply"])}</a></div></li>' for nm, t, c in X["cmts"])
    other = "".join(f'<li><a href="{base}{token(t, n=6)}.html">{E(t)}</a> <span class="time">({E(tm)})</span></li>' for t, tm in X["other"])
    d = when(a)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(a["headline"])} | Báo Sài Gòn Mới</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{A(a["standfirst"])}">
<meta name="keywords" content="{A(", ".join(X["tags"]))}">
{og(a, "vi_VN", site=S["site"])}
{news_ld(a, "vi", author=[{"@type": "Person", "name": X["author"]}])}
</head>
<body>
<header class="header">
<div class="topbar"><div class="container"><span class="topbar__date">{E(pagekit.VI_DAYS[d.weekday()])}, {d.day}/{d.month}/{d.year}</span><ul class="topbar__links">{links(S["top"], base)}</ul></div></div>
<div class="header__logo"><a href="{base}"><img src="{base}images/logo.png" alt="Báo Sài Gòn Mới"></a></div>
<nav class="menu"><ul class="menu__list">{links(S["nav"], base, '<li class="menu__item"><a href="{h}">{t}</a></li>')}</ul></nav>
</header>
<main class="main"><div class="container"><div class="row">
<div class="col-main">
<div class="breadcrumb">{" <span>/</span> ".join(f'<a href="{base}{token(c, n=6)}/">{E(c)}</a>' for c in X["crumbs"])}</div>
<article class="article" id="article-detail">
<h1 class="article__title cms-title">{E(a["headline"])}</h1>
<div class="article__meta"><span class="article__author">{E(X["author"])}</span> <time class="article__time">{E(X["time"])}</time>
<a class="article__listen" href="#audio">{E(S["listen"])}</a> <span class="article__font">{"".join(f'<a href="#" class="font-btn">{x}</a>' for x in S["font"])}</span></div>
<h2 class="sapo cms-desc">{E(S["prefix"])}{E(a["standfirst"])}</h2>
<div class="article__body cms-body" id="content">
{body}
<p style="text-align: right;"><strong>- {E(X["author"])}</strong></p>
</div>
<div class="article__tags"><span>{E(S["tags_lbl"])}</span> {" ".join(f'<a href="{base}tag/{token(t, n=6)}.html">{E(t)}</a>' for t in X["tags"])}</div>
<div class="article__share"><span>{E(S["share_lbl"])}</span> {" ".join(f'<a class="share-btn" href="#">{E(x)}</a>' for x in S["share"])}</div>
<section class="box-other"><h3 class="box-title">{E(S["other_head"])}</h3><ul>{other}</ul></section>
<section class="box-comment" id="comment"><h3 class="box-title">{E(S["cmt_head"].format(n=len(X["cmts"])))}</h3><ul class="comment-list">{cmts}</ul>
<form class="comment-form"><textarea name="content" placeholder="Nhập bình luận của bạn"></textarea><p class="comment-note">{E(S["cmt_note"])}</p><button type="submit">{E(S["cmt_btn"])}</button></form></section>
</article>
</div>
<aside class="col-right">
<div class="ads-right"><span>{E(S["ad"])}</span><div id="adsRight1"></div></div>
<section class="box-most"><h3 class="box-title">{E(S["most_head"])}</h3><ol>{links([t for t, _ in SG_ART["cho-dem" if a["name"] == "gia-nuoc" else "gia-nuoc"]["other"]], base)}</ol></section>
<section class="box-focus"><h3 class="box-title">{E(S["focus_head"])}</h3><ul>{links(["Kỳ họp thứ 7 Quốc hội khóa XV bế mạc", "Nắng nóng gay gắt kéo dài ở Nam Bộ"], base)}</ul></section>
<section class="box-epaper"><h3 class="box-title">{E(S["epaper"])}</h3><p>{E(S["epaper_text"])}</p></section>
<div class="box-app"><p>{E(S["app"])}</p></div>
</aside>
</div></div></main>
<footer class="footer"><div class="container">{"".join(f"<p>{E(x)}</p>" for x in S["footer_lines"])}<p class="copyright">{E(S["copy"])}</p></div></footer>
<div id="popup-notify" style="display:none"><p>Bạn có muốn nhận thông báo tin tức mới nhất từ Sài Gòn Mới?</p><button>Đồng ý</button><button>Để sau</button></div>
</body>
</html>
"""


# ---------------------------------------------------------------- liferay: a provincial party paper on Liferay

LR = dict(
    home="https://baoquangtri.example.vn/",
    slogan="CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG TRỊ - TIẾNG NÓI CỦA CHÍNH QUYỀN, NHÂN DÂN QUẢNG TRỊ",
    skip="Chuyển đến nội dung chính",
    nav=["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Văn hóa", "Xã hội", "Quốc phòng - An ninh", "Thể thao", "Bạn đọc", "Báo in", "Video"],
    portlet_title="Chi tiết tin",
    updated="Cập nhật:",
    views="Lượt xem: {n}",
    mail="Mọi ý kiến đóng góp về bài viết xin gửi về hộp thư: toasoan@baoquangtri.example.vn",
    tools=["In trang", "Gửi email", "Quay lại"],
    rating="Đánh giá bài viết:",
    same_head="Tin cùng chuyên mục",
    same=[("Quảng Trị: Thu ngân sách 5 tháng đạt 47% dự toán", "11/06/2024"),
          ("Khởi công dự án đường ven biển đoạn qua huyện Triệu Phong", "10/06/2024"),
          ("Giá hồ tiêu tăng mạnh, nông dân Cam Lộ phấn khởi", "08/06/2024"),
          ("Hội nghị xúc tiến đầu tư vào Khu kinh tế Đông Nam", "07/06/2024")],
    most_head="Tin đọc nhiều",
    most=["Nắng nóng gay gắt, nhiều nơi trên 39 độ C", "Công bố quyết định bổ nhiệm Phó Giám đốc Sở Y tế", "Thí sinh Quảng Trị sẵn sàng cho kỳ thi tốt nghiệp THPT"],
    weather_head="Thời tiết", weather="Đông Hà: 34°C, nắng nóng. Khe Sanh: 29°C, có mây.",
    links_head="Liên kết website", links_opts=["-- Chọn liên kết --", "Cổng TTĐT tỉnh Quảng Trị", "Báo Nhân Dân", "Thông tấn xã Việt Nam"],
    counter=["Đang truy cập: 218", "Tổng lượt truy cập: 12.345.678"],
    footer=["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Giấy phép số 00/GP-BTTTT ngày 01/01/2020 của Bộ Thông tin và Truyền thông",
            "Tổng Biên tập: Trần Văn Bình", "Địa chỉ: 01 Đường Ví Dụ, TP Đông Hà, tỉnh Quảng Trị",
            "Ghi rõ nguồn “Báo Quảng Trị điện tử” khi phát hành lại thông tin từ website này."],
)


def portlet(pid, title, inner, borderless=False):
    top = "" if borderless else (f'<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">{E(title)}</span></h2>'
                                 f'<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar"></menu></header>')
    return (f'<div class="portlet-boundary portlet-boundary_{pid.split("_INSTANCE")[0]}_ portlet-static portlet-static-end portlet-journal-content" id="p_p_id_{pid}_">'
            f'<span id="p_{pid}"></span><section class="portlet" id="portlet_{pid}">{top}<div class="portlet-content"><div class="portlet-content-container">'
            f'<div class="portlet-body">{inner}</div></div></div></section></div>')


def t_liferay(a, lang, k):
    S = LR
    base = S["home"]
    d = when(a)

    def fig(item, n):
        return (f'<p style="text-align: center;">{img(a, n, 800, 533, host="baoquangtri.example.vn/documents/20182/0")}</p>'
                f'<p style="text-align: center;"><em>{E(item[1])}</em></p><p style="text-align: center;"><em>Ảnh: {E(a["credit"])}</em></p>')

    R = {
        "p": lambda it, n: f'<p style="text-align: justify;">{E(it[1])}</p>',
        "h2": lambda it, n: f'<p style="text-align: justify;"><strong><em>{E(it[1])}</em></strong></p>',
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "fig": fig,
        "ul": lambda it, n: f"<ul>{lis(it[1])}</ul>",
        "table": lambda it, n: f'<table border="1" cellpadding="1" cellspacing="1" style="width:100%">{table_rows(it[1], th=False)}</table>',
        "note": lambda it, n: f"<p><em>{E(it[1])}</em></p>",
    }
    tools = "".join(f'<li><a href="#">{E(x)}</a></li>' for x in S["tools"])
    article = (f'<div class="journal-content-article" data-analytics-asset-id="{int(token(a["url"], n=6), 16)}" data-analytics-asset-title="{A(a["headline"])}" data-analytics-asset-type="web-content">'
               f'<div class="news-detail"><div class="news-date">{S["updated"]} {d.strftime("%d/%m/%Y %H:%M")}</div>'
               f'<h3 class="news-title">{E(a["headline"])}</h3>'
               f'<div class="news-summary"><strong>{E(a["standfirst"])}</strong></div>'
               f'<div class="news-content">{blocks(a, R)}'
               f'<p style="text-align: right;"><strong>{E(a["author"])}</strong></p>'
               f'<div>{S["views"].format(n="1.204")}</div><div><em>{E(S["mail"])}</em></div></div></div></div>'
               f'<div class="taglib-social-bookmarks"><ul class="lfr-tools">{tools}</ul></div>'
               f'<div class="taglib-ratings stars"><span class="rating-label">{E(S["rating"])}</span> <span class="rating-value">0 (0 phiếu)</span></div>')
    same = "".join(f'<li class="asset-abstract"><h3 class="asset-title"><a href="{base}web/guest/kinh-te/-/asset_publisher/{token(t, n=6)}">{E(t)}</a></h3><span class="metadata-entry metadata-publish-date">({dt})</span></li>'
                   for t, dt in S["same"])
    sel = '<select onchange="window.open(this.value)">' + "".join(f"<option>{E(x)}</option>" for x in S["links_opts"]) + "</select>"
    p1 = "56_INSTANCE_" + token(a["url"], "a", n=4).upper()
    p2 = "101_INSTANCE_" + token(a["url"], "b", n=4).upper()
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>{E(a["headline"])} - Báo Quảng Trị điện tử</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport">
<meta name="description" content="{A(a["standfirst"])}">
<link href="{base}html/themes/classic/images/favicon.ico" rel="Shortcut Icon">
<link class="lfr-css-file" href="{base}bqt-theme/css/main.css?browserId=other&amp;themeId=bqttheme_WAR_bqttheme&amp;languageId=vi_VN" rel="stylesheet" type="text/css">
<script type="text/javascript">var themeDisplay = {{getCompanyId: function() {{return "10154";}}, getLanguageId: function() {{return "vi_VN";}}, isSignedIn: function() {{return false;}}}};</script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">{E(S["skip"])}</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div id="heading"><h2 class="site-title"><a class="logo custom-logo" href="{base}" title="Báo Quảng Trị"><img alt="Báo Quảng Trị" height="90" src="{base}image/company_logo" width="700"></a></h2>
<p class="slogan">{E(S["slogan"])}</p><div class="date-now">{E(pagekit.VI_DAYS[d.weekday()])}, ngày {d.day:02d}/{d.month:02d}/{d.year}</div></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">{links(S["nav"], base + "web/guest/", '<li role="presentation"><a aria-labelledby="layout_1" href="{h}" role="menuitem"><span>{t}</span></a></li>')}</ul></nav>
</header>
<div id="content">
<div class="columns-2-70-30" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<h1 class="portlet-page-title">{E(S["portlet_title"])}</h1>
{portlet(p1, S["portlet_title"], article, borderless=True)}
{portlet(p2, S["same_head"], f'<div class="asset-publisher"><ul class="title-list">{same}</ul></div>')}
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{portlet("101_INSTANCE_MOST", S["most_head"], "<ol>" + links(S["most"], base + "web/guest/-/") + "</ol>")}
{portlet("weather_WAR_bqtportlet", S["weather_head"], f"<p>{E(S['weather'])}</p>")}
{portlet("linkweb_WAR_bqtportlet", S["links_head"], sel)}
{portlet("counter_WAR_bqtportlet", "Thống kê truy cập", "".join(f"<div>{E(x)}</div>" for x in S["counter"]))}
</div></div>
</div></div></div>
<footer id="footer" role="contentinfo">{"".join(f"<p>{E(x)}</p>" for x in S["footer"])}</footer>
</div>
<script type="text/javascript">AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{(function() {{Liferay.Util.addInputFocus();}})();}});</script>
</body>
</html>
"""


# ---------------------------------------------------------------- chinanews: China News Service

CN = dict(
    home="https://www.chinanews.example.cn/",
    top=["中新网首页", "新闻中心", "客户端", "中新视频", "网站地图"],
    nav=["时政", "国际", "社会", "财经", "大湾区", "华人", "文娱", "体育", "教育", "法治", "健康", "生活", "图片", "视频", "直播"],
    source="来源：中国新闻网",
    interact="参与互动",
    relate="相关报道：",
    end="(完)",
    editor="【编辑:{e}】",
    share="分享到：", share_btns=["微信", "微博", "QQ空间"],
    notice=["本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。",
            "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。"],
    select_head="社会新闻精选：",
    cmt_head="网友评论", cmt_login="请登录后发表评论", cmt_btn="发表评论",
    photo_head="图片", rank_head="新闻排行",
    footer=["关于我们", "About us", "联系我们", "广告服务", "供稿服务", "法律声明", "招聘信息", "网站地图"],
    footer_copy="【中新网版权所有，未经书面授权，不得转载、摘编、复制及建立镜像】（示例站点）",
    app="扫码下载中新网客户端，随时随地看新闻",
)

CN_ART = {
    "qiaoliang": dict(
        dateline="中新网南州11月8日电 (记者 周立新)", title_line=None, author_line=None, editor="李佳",
        time="2024年11月08日 15:32",
        relate="青石河大桥坍塌事故已造成4人死亡7人受伤",
        select=["多地开展危桥排查 消除安全隐患", "南州省出台建设工程安全生产十条措施", "一辆货车侧翻致高速拥堵 无人员伤亡", "秋冬季森林防火进入关键期"],
        cmts=[("南州网友", "四条人命，代价太大了。希望排查不要走过场。"),
              ("临川老乡", "临时便桥每天都很堵，盼着新桥早点通车。")],
        photos=["航拍秋日梯田", "候鸟飞抵湿地越冬", "古镇迎来赏银杏季"],
        rank=["全国多地迎来降温降雨", "今年首场寒潮将影响中东部", "多地发布冬季用电保障措施", "“双11”快递业务量创新高"],
    ),
    "yanlian": dict(
        dateline="中新网云岭5月10日电", title_line="题：{h}", author_line="作者 杨帆", editor="张霁",
        time="2024年05月10日 09:30",
        relate="我国防灾减灾日主题发布",
        select=["多地中小学开展防震疏散演练", "应急避难场所建设标准将修订", "山区乡镇应急广播实现全覆盖", "独居老人“一键呼救”设备开始发放"],
        cmts=[("云岭居民", "那天晚上我也下楼了，确实慢，楼道里全是杂物。"),
              ("应急志愿者", "不打招呼的演练才能发现真问题，支持多搞几次。")],
        photos=["高原油菜花盛开", "茶农抢收春茶", "古城夜景"],
        rank=["五一假期国内出游人次创新高", "多地出台购房新政", "今年高考报名人数公布", "全国大部地区气温回升"],
    ),
}


def t_chinanews(a, lang, k):
    S, X = CN, CN_ART[a["name"]]
    base = S["home"]
    fp = first_para(a)
    ind = "\u3000\u3000"

    def p(it, n):
        pre = ""
        if n == fp:
            pre = E(X["dateline"]) + " "
            if X["title_line"]:
                return (f'<p>{ind}{E(X["dateline"])}　{E(X["title_line"].format(h=a["headline"]))}</p>'
                        f'<p>{ind}{E(X["author_line"])}</p><p>{ind}{E(it[1])}</p>')
        return f"<p>{ind}{pre}{E(it[1])}</p>"

    def fig(it, n):
        return (f'<div style="text-align:center"><img src="//i2.chinanews.example.cn/simg/cmshd/2024/{token(a["url"], n)}.jpg" alt="" style="border:0;max-width:600px"></div>'
                f'<p class="pictext" align="center">{E(it[1])}　中新社记者 {E(a["credit"])} 摄</p>')

    R = {
        "p": p,
        "h2": lambda it, n: f"<p>{ind}<strong>{E(it[1])}</strong></p>",
        "quote": lambda it, n: f"<blockquote><p>{ind}{E(it[1])}</p></blockquote>",
        "fig": fig,
        "ul": lambda it, n: "".join(f"<p>{ind}——{E(x)}</p>" for x in it[1]),
        "ol": lambda it, n: "".join(f"<p>{ind}——{E(x)}</p>" for x in it[1]),
        "table": lambda it, n: f'<table border="1" cellspacing="0" cellpadding="4" align="center" style="border-collapse:collapse">{table_rows(it[1])}</table>',
        "note": lambda it, n: f'<p>{ind}<strong>{E(it[1][:4])}</strong>{E(it[1][4:])}</p>',
    }
    s1, = spots(a, (0.6,))
    ins = {}
    add(ins, s1, f'<p>{ind}{E(S["relate"])}<a href="{base}sh/2024/{token(X["relate"], n=6)}.shtml" target="_blank">{E(X["relate"])}</a></p>')
    body = blocks(a, R, ins)
    enc = a.get("encoding", "utf-8")
    cmts = "".join(f'<div class="pl_item"><span class="pl_name">{E(nm)}</span><p class="pl_txt">{E(t)}</p></div>' for nm, t in X["cmts"])
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={enc}">
<title>{E(a["headline"])}-中新网</title>
<meta name="keywords" content="{A(",".join(a["tags"]))}">
<meta name="description" content="{A(a["desc"])}">
<meta name="filetype" content="0"><meta name="publishedtype" content="1"><meta name="pagetype" content="1">
<meta name="catalogs" content="{a["section"]}">
<meta name="contentid" content="{int(token(a["url"], n=6), 16)}">
<meta name="publishdate" content="{a["date"][:10]}">
{og(dict(a, standfirst=a["desc"]), "zh_CN", site="中国新闻网")}
<link href="//www.chinanews.example.cn/2019/css/content.css" rel="stylesheet" type="text/css">
<script type="text/javascript">var _hmt = _hmt || []; var channel = "sh";</script>
</head>
<body>
<div class="topbar"><div class="w1200">{"".join(f'<a href="{base}{token(x, n=4)}/">{E(x)}</a>' for x in S["top"])}</div></div>
<div class="header"><div class="logo"><a href="{base}"><img src="//www.chinanews.example.cn/2019/images/logo.png" alt="中国新闻网"></a></div>
<div class="nav"><ul>{links(S["nav"], base, '<li><a href="{h}/">{t}</a></li>')}</ul></div></div>
<div class="w1200 con_main">
<div class="con_left">
<div class="content_maincontent_more">
<h1 class="content_left_title">{E(a["headline"])}</h1>
<div class="content_left_time">{X["time"]}　{S["source"]}　<a href="#pinglun" class="interact">{S["interact"]}</a></div>
<div class="content_maincontent_content">
<div class="left_zw" style="position:relative">
{body}
<p>{ind}{S["end"]}</p>
</div>
<div id="function_code_page"></div>
<div class="adEditor"><div class="left_name"><div class="left_name">{E(S["editor"].format(e=X["editor"]))}</div></div></div>
<div class="share"><span>{S["share"]}</span>{"".join(f'<a href="#" class="share_{token(x, n=3)}">{E(x)}</a>' for x in S["share_btns"])}</div>
<div class="statement">{"".join(f"<p>{E(x)}</p>" for x in S["notice"])}</div>
</div>
</div>
<div class="select_news"><div class="select_title">{E(S["select_head"])}</div><ul>{links(X["select"], base + "sh/2024/")}</ul></div>
<div class="pinglun" id="pinglun"><div class="pl_title">{E(S["cmt_head"])}</div>{cmts}<div class="pl_form"><textarea></textarea><p>{E(S["cmt_login"])}</p><button>{E(S["cmt_btn"])}</button></div></div>
</div>
<div class="con_right">
<div class="right_app"><p>{E(S["app"])}</p></div>
<div class="right_photo"><div class="rtitle">{E(S["photo_head"])}</div>{"".join(f'<div class="rphoto"><img src="//i2.chinanews.example.cn/{token(x, n=6)}.jpg" alt=""><p><a href="{base}tp/{token(x, n=6)}.shtml">{E(x)}</a></p></div>' for x in X["photos"])}</div>
<div class="right_rank"><div class="rtitle">{E(S["rank_head"])}</div><ol>{links(X["rank"], base + "gn/2024/")}</ol></div>
</div>
</div>
<div class="footer"><div class="footer_links">{" | ".join(f'<a href="{base}common/{token(x, n=4)}.shtml">{E(x)}</a>' for x in S["footer"])}</div><p>{E(S["footer_copy"])}</p></div>
<div style="display:none"><script>var contentid = "{int(token(a["url"], n=6), 16)}";</script>统计代码</div>
</body>
</html>
"""


# ---------------------------------------------------------------- fontcenter: a GB2312 county portal of <font> and <center>

FC = dict(
    home="http://www.yunling.example.gov.cn/",
    site="云岭县人民政府网",
    banner_alt="云岭县人民政府网",
    nav=["网站首页", "政务公开", "新闻中心", "县情概况", "招商引资", "办事指南", "应急管理", "互动交流"],
    marquee="热烈祝贺我县荣获省级文明县城称号！欢迎访问云岭县人民政府网！",
    crumbs=["首页", "新闻中心", "应急管理"],
    meta="作者：{a}　来源：云岭县融媒体中心　发布时间：{t}　点击数：{n}",
    summary_lbl="内容提要：",
    credit="（融媒体记者 {c} 摄）",
    editor="【责任编辑：赵一鸣】",
    tools=["【发表评论】", "【加入收藏】", "【告诉好友】", "【打印此文】", "【关闭窗口】"],
    prev="上一篇：我县召开安全生产工作会议",
    next="下一篇：县应急管理局开展防汛物资检查",
    rel_head="相关文章",
    rel=["我县举行防灾减灾宣传周启动仪式", "县教育局组织全县中小学开展防震疏散演练", "应急避难场所建设情况调研", "县消防救援大队走进社区开展消防培训"],
    cmt_head="网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）",
    cmts=[("匿名", "半夜演练确实有必要，平时白天演练大家都知道是演，不当回事。"),
          ("老城区居民", "建议把楼道杂物清理一下，我们单元到现在还堆着很多东西。")],
    cmt_form="用户名：　　　　　　　评分：",
    search_head="站内搜索", notice_head="最新公告",
    notices=["关于开展2024年防灾减灾宣传周活动的通知", "云岭县应急避难场所名录（更新）", "关于公开征求意见的公告"],
    friend_head="友情链接",
    friends=["中国政府网", "应急管理部", "省人民政府", "市人民政府"],
    footer=["主办：云岭县人民政府办公室　承办：云岭县融媒体中心",
            "地址：云岭县人民路1号　邮编：000000　电话：0000-0000000",
            "版权所有：云岭县人民政府　备案号：示ICP备00000000号",
            "建议使用1024×768分辨率、IE6.0以上版本浏览本站"],
    stuffing="云岭县 地震演练 应急演练 防灾减灾 避难场所 应急管理局 云岭新闻",
)


def t_fontcenter(a, lang, k):
    S = FC
    base = S["home"]
    d = when(a)
    ind = "\u3000\u3000"

    def fig(it, n):
        return (f'<center><img src="{base}UploadFiles/2024/5/{token(a["url"], n)}.jpg" border="0" width="500"><br>'
                f'<font size="2" color="#0000FF">{E(it[1])}</font></center>'
                f'<center><font size="2" color="#666666">{E(S["credit"].format(c="赵明"))}</font></center>')

    R = {
        "p": lambda it, n: f"<p>{ind}{E(it[1])}</p>",
        "h2": lambda it, n: f'<p>{ind}<font color="#990000"><b>{E(it[1])}</b></font></p>',
        "quote": lambda it, n: f'<blockquote><font face="楷体_GB2312">{E(it[1])}</font></blockquote>',
        "fig": fig,
        "ul": lambda it, n: f"<ul>{lis(it[1])}</ul>",
        "ol": lambda it, n: f"<ol>{lis(it[1])}</ol>",
        "table": lambda it, n: f'<table border="1" cellpadding="4" cellspacing="0" bordercolor="#999999" align="center" width="90%">{table_rows(it[1], th=False, td=" align=center")}</table>',
        "note": lambda it, n: f'<p>{ind}<font color="#0000FF"><b>{E(it[1][:4])}</b>{E(it[1][4:])}</font></p>',
    }
    body = blocks(a, R)
    cmts = "".join(f'<tr><td bgcolor="#F7F7F7"><font size="2" color="#336699">{E(nm)}</font></td></tr><tr><td><font size="2">{E(t)}</font></td></tr>' for nm, t in S["cmts"])
    stamp = f"{d.year}-{d.month}-{d.day} {d.hour}:{d.minute:02d}:12"
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{E(a["headline"])}--云岭县人民政府网</title>
<meta name="keywords" content="{A(",".join(a["tags"]))}">
<style type="text/css">body{{margin:0;font-size:12px}} td{{font-size:12px}} a{{color:#000;text-decoration:none}}</style>
<script language="javascript">function CloseWin(){{window.close();}}</script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#FFFFFF">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="{base}images/banner.jpg" width="980" height="120" alt="{S["banner_alt"]}"></td></tr>
<tr><td height="30" bgcolor="#1B5FA8" align="center">{" | ".join(f'<a href="{base}{token(x, n=4)}/"><font color="#FFFFFF">{E(x)}</font></a>' for x in S["nav"])}</td></tr>
<tr><td height="24" bgcolor="#EEF4FB"><marquee scrollamount="3"><font color="#CC0000">{E(S["marquee"])}</font></marquee></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top" bgcolor="#F5F8FC">
<table width="100%" border="0" cellpadding="4"><tr><td bgcolor="#1B5FA8"><font color="#FFFFFF"><b>{S["search_head"]}</b></font></td></tr>
<tr><td><form action="{base}search.asp" method="get"><input type="text" name="key" size="16"> <input type="submit" value="搜索"></form></td></tr>
<tr><td bgcolor="#1B5FA8"><font color="#FFFFFF"><b>{S["notice_head"]}</b></font></td></tr>
{"".join(f'<tr><td><a href="{base}gg/{token(x, n=4)}.html">{E(x)}</a></td></tr>' for x in S["notices"])}
<tr><td bgcolor="#1B5FA8"><font color="#FFFFFF"><b>{S["friend_head"]}</b></font></td></tr>
{"".join(f'<tr><td><a href="http://{token(x, n=5)}.example.gov.cn/">{E(x)}</a></td></tr>' for x in S["friends"])}
</table>
</td>
<td width="10"></td>
<td valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="28" class="lanmu">当前位置：{" &gt;&gt; ".join(f'<a href="{base}{token(c, n=4)}/">{E(c)}</a>' for c in S["crumbs"])} &gt;&gt; 正文</td></tr>
<tr><td height="50"><center><font size="5" color="#CC0000"><b>{E(a["headline"])}</b></font></center></td></tr>
<tr><td><center><font size="2" color="#666666">{E(S["meta"].format(a=a["author"], t=stamp, n=1826))}</font></center></td></tr>
<tr><td><hr size="1" color="#CCCCCC"></td></tr>
<tr><td bgcolor="#F5F5F5" style="padding:6px"><font size="2" color="#333333"><b>{S["summary_lbl"]}</b>{E(a["standfirst"])}</font></td></tr>
<tr><td style="padding:10px"><font size="3" style="line-height:180%">
{body}
</font>
<p align="right"><font size="2">{E(S["editor"])}</font></p>
</td></tr>
<tr><td align="right"><font size="2">{"".join(f'<a href="#">{E(x)}</a>' for x in S["tools"])}</font></td></tr>
<tr><td><font size="2">{E(S["prev"])}<br>{E(S["next"])}</font></td></tr>
<tr><td bgcolor="#EEF4FB"><font color="#1B5FA8"><b>{S["rel_head"]}</b></font></td></tr>
{"".join(f'<tr><td><font size="2">・<a href="{base}news/{token(x, n=5)}.html">{E(x)}</a></font></td></tr>' for x in S["rel"])}
<tr><td bgcolor="#EEF4FB"><font size="2">{E(S["cmt_head"])}</font></td></tr>
{cmts}
<tr><td><form action="{base}comment.asp" method="post"><font size="2">{E(S["cmt_form"])}</font><textarea name="content" rows="4" cols="60"></textarea><input type="submit" value="发表"></form></td></tr>
</table>
</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="4" cellspacing="0" bgcolor="#1B5FA8">
{"".join(f'<tr><td align="center"><font color="#FFFFFF">{E(x)}</font></td></tr>' for x in S["footer"])}
</table>
<div style="display:none">{E(S["stuffing"])}</div>
</body>
</html>
"""


TEMPLATES = {"pubradio": t_pubradio, "wirephoto": t_wirephoto, "wpblocks": t_wpblocks, "sggp": t_sggp,
             "liferay": t_liferay, "chinanews": t_chinanews, "fontcenter": t_fontcenter}

PAGES = [
    ("en", "port-strike", "pubradio", "pubradio-port-strike", {}),
    ("en", "composer", "pubradio", "pubradio-composer", {}),
    ("en", "port-strike", "wirephoto", "wirephoto-port-strike",
     {"site": "WorldWire", "url": "https://www.worldwire.example.com/en/news/dockworkers-port-merrow-walk-off-job-contract-talks-collapse-241007"}),
    ("en", "composer", "wpblocks", "wpblocks-composer",
     {"site": "The Dale Courier", "url": "https://dalecourier.example.co.uk/2024/03/05/ilse-marwood-composer-dies-at-88/"}),
    ("vi", "gia-nuoc", "sggp", "sggp-gia-nuoc",
     {"site": "Báo Sài Gòn Mới", "url": "https://www.saigonmoi.example.vn/quang-tri-dieu-chinh-gia-nuoc-sach-tu-ngay-1-7-post741203.html"}),
    ("vi", "cho-dem", "sggp", "sggp-cho-dem",
     {"site": "Báo Sài Gòn Mới", "url": "https://www.saigonmoi.example.vn/mot-dem-o-cho-dem-ben-song-dak-bla-post752118.html"}),
    ("vi", "gia-nuoc", "liferay", "liferay-gia-nuoc-cp1258", {"encoding": "windows-1258"}),
    ("vi", "cho-dem", "wpblocks", "wpblocks-cho-dem", {}),
    ("zh", "qiaoliang", "chinanews", "chinanews-qiaoliang-gbk", {"encoding": "gbk"}),
    ("zh", "yanlian", "chinanews", "chinanews-yanlian", {}),
    ("zh", "yanlian", "fontcenter", "fontcenter-yanlian-gb2312",
     {"encoding": "gb2312", "site": "云岭县人民政府网", "url": "http://www.yunling.example.gov.cn/news/yjgl/2024/0510/1532.html"}),
    ("zh", "qiaoliang", "wirephoto", "wirephoto-qiaoliang",
     {"site": "环球通讯", "url": "https://www.worldwire.example.com/zh/news/qingshihe-bridge-collapse-report-241108"}),
]

DISCLOSURE = {"port-strike": "Editor's note: The Merrow Port Authority is among Tidewater Public Radio's financial supporters."}


def prepare(template, a):
    if template == "wirephoto":
        return wp_prepare(a)
    if template == "chinanews":
        # the page prints no standfirst: it is only in the meta description, so not in the gold
        return dict(a, desc=a["standfirst"], standfirst="")
    if template == "pubradio" and a["name"] in DISCLOSURE:
        return dict(a, body=list(a["body"]) + [("note", DISCLOSURE[a["name"]])])
    return a


# The parser of the page check: besides the defaults, a self-closed non-void tag is an error.
Visible = functools.partial(PageText, self_closed=True)


def main():
    render = lambda template, a, lang, k: TEMPLATES[template](a, lang, k)  # noqa: E731
    for lang, name, _, a, n in build_pages(OUT, articles8.ARTICLES, PAGES, render, gold8, Visible, prepare):
        print(f"{lang}/{name}: {n} gold lines ({a.get('encoding', 'utf-8')})")


if __name__ == "__main__":
    main()
