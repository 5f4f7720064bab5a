#!/usr/bin/env python3
"""The sixth held-out set (tests/pages/heldout6/{en,vi,zh}): new articles (articles6.py) in new
templates, written blind: without looking at the extractor's code, its tests or its output,
and without running it. Not yet scored; nothing was tuned on it. It imports only articles6.py
and the shared helpers of pagekit.py (its chrome is its own).

    python3 tests/pages/heldout6.py

writes the 12 pages and their golds, then checks them with pagekit.check_page (every gold line
is in its page's visible text, with script, style, title, <select>, <textarea>, hidden and
display:none elements left out; the tags balance and no block sits in a <p>; the legacy pages
decode strictly in the charset they declare and are not valid UTF-8). Deterministic: the same
bytes every run.

Templates, each imitating the markup habits of a kind of site no other set uses (the sites are
fictitious, example.* addresses):

  nextjs     a Next.js/React newspaper with styled-components: every element in sc-xxxxxx-N
             classes that say nothing, a consent dialog, breadcrumbs in the article, "Listen to
             article · N min" / Share / Save tools, figures with the caption and the credit in
             two spans of one figcaption, a "Story continues below advertisement" slot, a
             "Read more:" link paragraph and a newsletter box (plain div, p, form) among the
             paragraphs, a pull quote repeating a body sentence, "Have a story? Email ..." and
             a topics line as the body's last blocks, an author card, most read, teaser cards
             with summaries, comments, and the whole article again in the
             <script id="__NEXT_DATA__"> JSON; a hidden paywall dialog.
  finterm    a finance paper (Bloomberg/FT-like), English and Chinese: a market-data strip of
             indices over the page, a terminal-style quote box (ticker, name, price, change)
             between paragraphs, "Gift this article" / "Listen" tools, a version line
             "(Updates with ...)" as the first body paragraph, "Read more:" and "Before it's
             here, it's on the Terminal" lines, "— With assistance from ..." and "To contact
             the reporter ..." lines at the end (the Chinese one: 相关股票 box, 责任编辑,
             版权声明 and 风险提示 lines), a "Most Read" rail, an "Up Next" video, footer.
  medium     a blogging platform (Medium-like): atomic class soup (pw-post-body-paragraph
             plus two-letter classes), "Member-only story", author row with Follow, "N min
             read", clap and response counts, figcaptions ending "Photo by ... on Unsplash",
             a table as an embed, a "Thanks for reading ... clap and follow" paragraph and an
             "Originally published at ..." paragraph in the body's own paragraph class; tags,
             "Written by" card with followers and bio, "More from", "Recommended from",
             responses in full sentences, a display:none paywall box.
  broadcaster an international broadcaster (Al Jazeera/DW-like), English and Vietnamese: an
             "Explainer" kicker, the standfirst in <em>, "Published On" dates, an audio player
             ("Listen to this article" with times and speed), a "Keep reading" list with an
             <h2> of its own inside the body, an "Explainer" teaser box (label, link, summary)
             and a newsletter sign-up among the paragraphs, captions ending in a bracketed
             credit, "Advertisement" slots, a "Source: ..." / "Biên tập: ..." end line,
             follow links, most popular, related teasers with video durations, footer.
  vn2024     a Vietnamese national paper in its 2024 layout (VietNamNet/Thanh Niên/Lao Động-
             like): detail__header / detail__sapo / detail__content, "Theo dõi trên Google
             News", a Chia sẻ bar (Facebook, Zalo, copy link), captions with an "Ảnh: ..." span
             in the caption's <p>, an inline "Tin liên quan" box (plain div, bold label, list),
             a "Xem thêm:" link line, a "Mời quý độc giả xem video" line, the author bold at
             the end, keywords, Bình luận with a form and comments in full sentences, "Xem
             thêm bình luận", "Tin cùng chuyên mục" with summaries, Đọc nhiều, footer licence.
  vnbiz      a Vietnamese business site (CafeF/VnEconomy-like) in windows-1258 (http-equiv): an
             index strip (VN-Index, HNX-Index, UPCoM), stock boxes (mã CK, name, price, change,
             volume) between paragraphs, "XEM THÊM" link lines, the author and a "Theo ..."
             source line under the bold author, "Link bài gốc / Copy link" tools, subheadings as
             bold paragraphs, captions in PhotoCMS_Caption, an "XEM THÊM" link box of two
             headlines in the body, a commodity price table in the sidebar, "Tin mới" / "Cùng chuyên mục" with summaries.
  feedzh     a Chinese feed platform (Toutiao/Baijiahao-like): data-testid attributes, the
             account's author card (粉丝, 优质财经领域创作者, 关注), the time with an IP location
             (·湖北), images with p.pgc-img-caption, a 关注我 appeal, a 声明 disclaimer, 举报
             and 创作声明 lines at the body's end, comments, a 相关推荐 infinite feed with
             summaries, 加载更多, an app banner.
  govzh      a Chinese government portal in GBK (http-equiv): 无障碍 / 长者模式 / 繁體 tools, a
             位置 breadcrumb, no JSON-LD or og: (meta ArticleTitle / PubDate / ContentSource),
             发布时间 / 来源 / 字号 / 浏览次数 line, div#zoom of text-indent paragraphs, centred
             image captions with a （记者 … 摄） line under each, 【打印本页】【关闭窗口】,
             扫一扫在手机打开当前页, 相关链接, the 主办 / 承办 / 网站标识码 / ICP footer.

What is gold follows tests/pages/README.md and the judgements of heldout3-5: headline,
standfirst, paragraphs, subheadings, list items, block quotes, figure captions (without their
credits), table cells. Judgements this set makes on chrome of new shapes:
  - NOT gold: the article serialized again in __NEXT_DATA__ (a script); the finance version
    line "(Updates with ...)" (a version tag, like "(LEAD)"); quote boxes with tickers and
    prices, market strips; "Before it's here ..."; "— With assistance from"; "To contact
    ..."; 风险提示 and 声明 disclaimers; "Thanks for reading ... follow me" and "Originally
    published at ..." even in the body's own paragraph class; "Photo by ... on Unsplash",
    "[Meridian World]", "Ảnh: ...", （记者 … 摄）; the "Keep reading" heading and its list; the
    "Explainer" kicker and teaser box; "Source: ..." and "Biên tập: ..." lines; the author's
    name bold at the end; "Theo ..." source lines; stock boxes; 关注我 appeals; 举报, 创作声明;
    IP locations; 字号 and print/close tools.
  - Gold: the standfirst even where a template prints it as a bold or styled first paragraph;
    the article's own short lines ("Spectators", "Lưu ý", "门票免费。", "The final round.",
    "Xếp hàng chờ tiêm."); a table rendered as an embed.
"""

import functools
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles6  # noqa: E402
import pagekit  # noqa: E402
from pagekit import (E, A, EN_MONTHS, VI_DAYS, blocks, when, ld, gold_lines, build_pages,  # noqa: E402,F401
                     add, paras, table_rows)

OUT = os.path.join(HERE, "heldout6")


# ---------------------------------------------------------------- gold and shared pieces


def gold6(a):
    """The article's text, one block a line (pagekit.gold_lines with the kind "note")."""
    return gold_lines(a, text=("p", "h2", "quote", "fig", "note"))


# Stable hash-looking strings, six characters unless told.
token = functools.partial(pagekit.token, n=6)


def sc(name, n=0):
    """A styled-components class pair: sc-<hash>-<n> and a generated one."""
    h = token("sc", name)
    g = "".join(chr(97 + int(c, 16) % 26) if i % 2 else chr(65 + int(c, 16) % 26) for i, c in enumerate(token("g", name)))
    return f"sc-{h}-{n} {g}"


def spot(a, m):
    """The item after which a box goes: the m-th paragraph (or later) that is followed by a
    paragraph or subheading and does not lead into a list or table."""
    items = a["body"]
    for n in paras(a)[min(m, len(paras(a)) - 1):]:
        if n + 1 < len(items) and items[n + 1][0] in ("p", "h2") and not items[n][1].endswith((":", "：")):
            return n
    return paras(a)[-2]


def table_html(rows, cls=""):
    return f'<table{cls}>' + table_rows(rows) + "</table>"


def lists(kind, items, cls=""):
    return f"<{kind}{cls}>" + "".join(f"<li>{E(x)}</li>" for x in items) + f"</{kind}>"


def news_ld(a, lang):
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["headline"],
           "description": a.get("standfirst", ""), "datePublished": a["date"], "dateModified": a["date"],
           "inLanguage": lang, "mainEntityOfPage": a["url"],
           "author": {"@type": "Person", "name": a["author"]},
           "publisher": {"@type": "Organization", "name": a["site"]}}
    return '<script type="application/ld+json">' + ld(obj) + "</script>"


def og(a, locale):
    """The og: meta lines, without og:image."""
    return pagekit.og(a, locale)


LOCALE = {"en": "en_GB", "vi": "vi_VN", "zh": "zh_CN"}


def en_date(a):
    d = when(a)
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def zh_date(a):
    d = when(a)
    return f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}"


def vi_date(a):
    d = when(a)
    return f"{VI_DAYS[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}"


def head(a, lang, charset="utf-8", meta_ld=True, extra=""):
    cs = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset != "utf-8"
          else '<meta charset="utf-8">')
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{cs}\n<title>{E(a["headline"])} | {E(a["site"])}</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            + (og(a, LOCALE[lang]) + "\n" + news_ld(a, lang) + "\n" if meta_ld else "") + extra + "</head>\n")


# ---------------------------------------------------------------- nextjs


NX = {
    "en": dict(
        nav=["News", "Politics", "Business", "Transport", "Environment", "Sport", "Culture", "Opinion"],
        sub="Subscribe", signin="Sign in",
        consent="We and our 142 partners use cookies and similar technologies to personalise content and adverts and to measure how our site is used. You can change your choices at any time by clicking Privacy settings at the bottom of the page.",
        accept="Accept all", manage="Manage preferences", crumbs=["News", "Transport"],
        by="By", updated="Updated", listen="Listen to article", mins="6 min", share="Share", save="Save",
        ad="Story continues below advertisement",
        readmore=("Read more:", "Rail fares to rise by 4.9% in March as operators blame energy costs"),
        nl=("The Morning Ledger", "Get the day's most important stories from across the north in your inbox every weekday at 7am.", "Email address", "Sign up",
            "By signing up you agree to our terms and privacy notice."),
        tip="Have a story? Email news@northernledger.example.com or message us on 0141 555 0190.",
        topics=("Topics:", ["Rail", "Infrastructure", "Kilbrannan", "Aldport"]),
        bio="Callum Reid is the Ledger's transport correspondent. He has covered railways, roads and ferries in the north since 2012.",
        follow="Follow",
        most_head="Most read",
        most=["Council tax to rise by 5% in Kilbrannan after budget vote", "Missing walker found safe after night on the hills",
              "Aldport bakery named best in the country for second year", "Schools told to prepare for heating oil shortage",
              "Ferry timetable cut again as vessel returns to dry dock"],
        more_head="More from Transport",
        more=[("Bus franchising plan wins backing from all six councils", "The change would let the region set fares and routes for the first time since the 1980s, but operators say it could cost more than expected."),
              ("Aldport station roof to be replaced after leaks", "Passengers have complained for years about buckets on the platforms during heavy rain. Work starts in June.")],
        cmt_head="Comments (37)",
        cmts=[("HillWalker88", "2 hours ago", "I have used the line over the hills for twenty years and it has been closed every January I can remember. If the tunnel actually opens in 2027 it will change a lot of people's lives."),
              ("Margaret T", "1 hour ago", "Half a billion pounds over budget and nobody is responsible. The audit office report should have been the end of somebody's career.")],
        reply=("Reply", "Like"),
        paywall="You've read all your free articles this month. Subscribe from £1 a week to keep reading.",
        foot=["About us", "Contact", "Advertise", "Privacy settings", "Terms and conditions", "Complaints"],
        copy="© 2024 The Northern Ledger Ltd. All rights reserved.",
    ),
    "zh": dict(
        nav=["首页", "本地", "国内", "国际", "财经", "文旅", "教育", "视频"],
        sub="订阅", signin="登录",
        consent="本网站使用Cookie来改善您的浏览体验并进行流量分析。继续浏览即表示您同意我们按照隐私政策使用Cookie。",
        accept="全部接受", manage="管理偏好", crumbs=["首页", "文旅"],
        by="记者", updated="更新于", listen="听新闻", mins="4分钟", share="分享", save="收藏",
        ad="广告",
        readmore=("延伸阅读：", "战国墓地出土青铜编钟完成修复，将在省博物馆首展"),
        nl=("江城早报", "每天早上七点，把本地最重要的新闻送到您的邮箱。", "电子邮箱", "订阅",
            "订阅即表示您同意本站的用户协议和隐私政策。"),
        tip="新闻线索请拨打报料热线：027-8555 0190，或发送邮件至 tips@jiangcheng.example.cn。",
        topics=("话题：", ["博物馆", "文旅", "国际博物馆日"]),
        bio="罗晓雯，江城新闻网文旅记者，长期关注博物馆、考古和城市文化遗产保护。",
        follow="关注",
        most_head="热读",
        most=["江城地铁12号线全线贯通，年底前开通运营", "今年首个高温预警发布，最高气温将达36℃", "多所高校公布暑期开放参观时间",
              "长江汛期将至，沿江码头开展安全检查", "端午小长假出行预测：自驾游占比超六成"],
        more_head="文旅推荐",
        more=[("老城区十条历史街巷完成微改造", "改造保留了原有的青石板路和老门牌，并在街口设置了二维码讲解牌，市民扫码即可了解街巷历史。"),
              ("暑期研学游升温，博物馆课程一位难求", "多家博物馆推出面向中小学生的暑期课程，部分热门课程开放报名几分钟即被抢空。")],
        cmt_head="评论（37）",
        cmts=[("江城老李", "2小时前", "老馆我小时候去过很多次，一直盼着重新开放。周五晚上也能去，对上班族来说太方便了。"),
              ("小鱼儿", "1小时前", "预约系统早上一开放就约满了，希望馆方能根据实际情况适当增加名额。")],
        reply=("回复", "点赞"),
        paywall="登录后可继续阅读全文并参与评论。",
        foot=["关于我们", "联系我们", "广告服务", "隐私政策", "用户协议", "违法和不良信息举报"],
        copy="© 2024 江城新闻网 版权所有 未经授权禁止转载",
    ),
}


def t_nextjs(a, lang):
    C = NX[lang]
    cr = a["credit"]
    P = sc("para")

    def fig(it, n):
        return (f'<figure class="{sc("fig")}"><div class="{sc("figwrap")}"><img alt="" src="https://images.example.com/_next/image?url=%2F{token(a["name"], n)}.jpg&amp;w=1200&amp;q=75" '
                f'width="1200" height="800" loading="lazy" decoding="async"></div><figcaption class="{sc("cap")}">'
                f'<span class="{sc("captext")}">{E(it[1])}</span> <span class="{sc("credit")}">{E(cr)}</span></figcaption></figure>')

    R = {"p": lambda it, n: f'<p class="{P}">{E(it[1])}</p>',
         "h2": lambda it, n: f'<h2 class="{sc("h2")}">{E(it[1])}</h2>',
         "quote": lambda it, n: f'<blockquote class="{sc("bq")}"><p class="{P}">{E(it[1])}</p></blockquote>',
         "fig": fig,
         "ul": lambda it, n: lists("ul", it[1], f' class="{sc("ul")}"'),
         "ol": lambda it, n: lists("ol", it[1], f' class="{sc("ol")}"'),
         "table": lambda it, n: f'<div class="{sc("tbl")}">' + table_html(it[1]) + "</div>"}
    ins = {}
    add(ins, spot(a, 1), f'<div class="{sc("adslot")}"><div>{E(C["ad"])}</div><div id="ad-mpu-1" style="min-height:250px"></div></div>')
    add(ins, spot(a, 3), f'<p class="{P}"><strong>{E(C["readmore"][0])}</strong> <a href="/news/{token("rm", lang)}">{E(C["readmore"][1])}</a></p>')
    if a.get("pull"):
        add(ins, spot(a, 5), f'<aside class="{sc("pull")}"><blockquote><p>{E(a["pull"])}</p></blockquote></aside>')
    nl = C["nl"]
    add(ins, spot(a, 6), (f'<div class="{sc("nlbox")}"><div><p><b>{E(nl[0])}</b></p><p>{E(nl[1])}</p>'
                          f'<form action="/api/newsletter" method="post"><label>{E(nl[2])} <input type="email" name="email"></label> <button type="submit">{E(nl[3])}</button></form>'
                          f'<p><small>{E(nl[4])}</small></p></div></div>'))
    body = blocks(a, R, ins)
    body += (f'\n<p class="{P}"><em>{E(C["tip"])}</em></p>\n<div class="{sc("topics")}"><span>{E(C["topics"][0])}</span> '
             + " ".join(f'<a href="/topics/{token(t)}">{E(t)}</a>' for t in C["topics"][1]) + "</div>")
    next_data = {"props": {"pageProps": {"article": {"id": token(a["url"], n=10), "headline": a["headline"], "standfirst": a["standfirst"],
                                                      "author": {"name": a["author"], "bio": C["bio"]}, "published": a["date"],
                                                      "body": [{"type": it[0], "content": it[1]} for it in a["body"]]},
                                          "mostRead": C["most"]}, "__N_SSP": True},
                 "page": "/[section]/[...slug]", "query": {"section": "news"}, "buildId": token("build", n=21), "isFallback": False}
    crumbs = "".join(f'<li class="{sc("crumb")}"><a href="/{token(c)}">{E(c)}</a></li>' for c in C["crumbs"])
    most = "".join(f'<li class="{sc("mostli")}"><a href="/news/{token(t)}"><span class="{sc("rank")}">{i + 1}</span><span>{E(t)}</span></a></li>'
                   for i, t in enumerate(C["most"]))
    more = "".join(f'<div class="{sc("card")}"><a href="/news/{token(t)}"><h3 class="{sc("cardh")}">{E(t)}</h3></a><p class="{sc("cardp")}">{E(s)}</p></div>'
                   for t, s in C["more"])
    cmts = "".join(f'<li class="{sc("cmt")}"><div><span>{E(u)}</span> <time>{E(t)}</time></div><p>{E(x)}</p><div><button>{E(C["reply"][0])}</button> <button>{E(C["reply"][1])}</button></div></li>'
                   for u, t, x in C["cmts"])
    by = f'{C["by"]} <a href="/profile/{token(a["author"])}">{E(a["author"])}</a>'
    return (head(a, lang, extra='<style data-styled="active" data-styled-version="5.3.11">.' + sc("para").split()[0] + '{font-size:1.125rem;line-height:1.6}</style>\n')
            + f'<body>\n<div id="__next"><div class="{sc("app")}">\n'
            + f'<div class="{sc("consent")}" role="dialog" aria-label="Cookie consent"><p>{E(C["consent"])}</p><button>{E(C["accept"])}</button> <button>{E(C["manage"])}</button></div>\n'
            + f'<header class="{sc("hdr")}"><a href="/" class="{sc("logo")}">{E(a["site"])}</a><nav class="{sc("nav")}"><ul>'
            + "".join(f'<li><a href="/{token(x)}">{E(x)}</a></li>' for x in C["nav"])
            + f'</ul></nav><div><a href="/subscribe">{E(C["sub"])}</a> <a href="/login">{E(C["signin"])}</a></div></header>\n'
            + f'<main class="{sc("main")}"><div class="{sc("grid")}">\n<article class="{sc("article")}" data-testid="article">\n'
            + f'<nav aria-label="Breadcrumb"><ol class="{sc("crumbs")}">{crumbs}</ol></nav>\n'
            + f'<h1 class="{sc("h1")}">{E(a["headline"])}</h1>\n<p class="{sc("dek")}">{E(a["standfirst"])}</p>\n'
            + f'<div class="{sc("meta")}"><div class="{sc("byline")}">{by}</div><time datetime="{a["date"]}">{zh_date(a) if lang == "zh" else en_date(a)}</time>'
            + f'<div class="{sc("upd")}">{E(C["updated"])} {zh_date(a) if lang == "zh" else en_date(a)}</div></div>\n'
            + f'<div class="{sc("tools")}"><button>{E(C["listen"])}</button><span> · {E(C["mins"])}</span> <button>{E(C["share"])}</button> <button>{E(C["save"])}</button></div>\n'
            + f'<div class="{sc("body")}" data-testid="article-body">\n{body}\n</div>\n'
            + f'<div class="{sc("authorcard")}"><img src="/authors/{token(a["author"])}.jpg" alt=""><div><p class="{sc("an")}"><a href="/profile/{token(a["author"])}">{E(a["author"])}</a></p>'
            + f'<p class="{sc("ab")}">{E(C["bio"])}</p><button>{E(C["follow"])}</button></div></div>\n</article>\n'
            + f'<aside class="{sc("rail")}"><h2 class="{sc("railh")}">{E(C["most_head"])}</h2><ol>{most}</ol></aside>\n</div>\n'
            + f'<section class="{sc("more")}"><h2 class="{sc("moreh")}">{E(C["more_head"])}</h2>{more}</section>\n'
            + f'<section class="{sc("cmts")}"><h2>{E(C["cmt_head"])}</h2><ul>{cmts}</ul></section>\n</main>\n'
            + f'<footer class="{sc("foot")}"><ul>' + "".join(f'<li><a href="/{token(x)}">{E(x)}</a></li>' for x in C["foot"])
            + f'</ul><p>{E(C["copy"])}</p></footer>\n'
            + f'<div hidden class="{sc("paywall")}"><p>{E(C["paywall"])}</p></div>\n</div></div>\n'
            + f'<script id="__NEXT_DATA__" type="application/json">{ld(next_data)}</script>\n'
            + '<script src="/_next/static/chunks/main-3f2a1b.js" defer></script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- finterm


FT = {
    "en": dict(
        strip=[("FTSE 100", "8,142.30", "+0.42%"), ("STOXX 600", "507.11", "-0.18%"), ("S&P 500 Futures", "5,081.25", "+0.11%"),
               ("GBP/USD", "1.2461", "-0.07%"), ("Brent Crude", "$90.14", "+0.65%"), ("UK 10Y", "4.21%", "+3bp")],
        nav=["Markets", "Economics", "Industries", "Technology", "Politics", "Wealth", "Pursuits", "Opinion"],
        sign=["Sign In", "Subscribe"], eyebrow="Infrastructure",
        by="By", tools=["Gift this article", "Listen (5 min)", "Share", "Save"],
        tip="Have a confidential tip for our reporters? Get in touch",
        upd="(Updates with audit office findings in ninth paragraph.)",
        quote=("HRW LN", "Harrow Civil Engineering PLC", "412.50 GBp", "+13.30", "+3.33%", "As of 04/16/2024 EDT"),
        readmore=("Read More:", "UK Rail Projects Face Cost Squeeze as Contractors Seek Bigger Margins"),
        terminal="Before it's here, it's on the Ledger Terminal. LEARN MORE",
        assist="— With assistance from Ewan Doyle",
        contact=["To contact the reporter on this story: Callum Reid in Kilbrannan at creid@ledgermarkets.example.com",
                 "To contact the editors responsible for this story: Anna Falk at afalk@ledgermarkets.example.com, Tom Hale"],
        most_head="Most Read",
        most=["Bond Traders Brace for a Summer Without Rate Cuts", "The Billionaire Behind Europe's Biggest Battery Bet",
              "Oil Climbs as Traders Weigh Supply Risks in the Gulf", "Why Britain's Housebuilders Are Suddenly Optimistic",
              "Airline Shares Slump After Profit Warning From Budget Carrier"],
        upnext=("Up Next", "Why Infrastructure Costs So Much More in Britain", "3:42"),
        foot=["Terms of Service", "Do Not Sell or Share My Personal Information", "Trademarks", "Privacy Policy", "Careers", "Made in NYC"],
        copy="©2024 Ledger Markets L.P. All Rights Reserved.",
    ),
    "zh": dict(
        strip=[("上证指数", "3,078.49", "+0.32%"), ("深证成指", "9,438.12", "-0.21%"), ("恒生指数", "18,403.04", "+0.56%"),
               ("美元/人民币", "7.2415", "+0.02%"), ("布伦特原油", "82.37", "-0.44%"), ("航空指数", "1,862.70", "+1.35%")],
        nav=["要闻", "宏观", "金融", "公司", "产业", "市场", "地方", "评论"],
        sign=["登录", "订阅"], eyebrow="交通运输",
        by="记者", tools=["赠送文章", "听全文（6分钟）", "分享", "收藏"],
        tip="如有新闻线索，欢迎联系本报记者。",
        upd="（更新：增加票价及签证信息。）",
        quote=("601111.SH", "中国国航", "7.12", "+0.13", "+1.86%", "截至 06-03 15:00"),
        readmore=("相关阅读：", "三大航前五月国际客运量恢复至疫情前八成"),
        terminal="打开楚天财经终端，获取实时行情与深度数据。",
        assist="（编辑：汪海洋）",
        contact=["版权声明：本文版权归楚天财经所有，未经书面许可，任何单位或个人不得转载、摘编或以其他方式使用。",
                 "风险提示：本文所涉个股仅作举例，不构成投资建议。市场有风险，投资需谨慎。"],
        most_head="最多阅读",
        most=["央行：继续实施稳健的货币政策", "多家航司宣布暑期加密国际航班", "新能源车企五月交付量出炉", "楼市新政落地满月，成交回暖几何", "光伏组件价格再创新低"],
        upnext=("接下来播放", "国际航线恢复进行时：谁在抢时刻？", "4:15"),
        foot=["关于我们", "服务条款", "隐私政策", "广告合作", "联系我们", "网站地图"],
        copy="©2024 楚天财经 版权所有",
    ),
}


def t_finterm(a, lang):
    C = FT[lang]
    cr = a["credit"]

    def fig(it, n):
        return (f'<figure class="ui-image"><div class="ui-image__wrap"><img src="https://assets.example.com/photo/{token(a["name"], n)}/1200x-1.webp" alt=""></div>'
                f'<figcaption class="ui-caption"><div class="caption">{E(it[1])}</div><div class="credit">{E(cr)}</div></figcaption></figure>')

    R = {"p": lambda it, n: f'<p>{E(it[1])}</p>',
         "h2": lambda it, n: f'<h2 class="section-header">{E(it[1])}</h2>',
         "quote": lambda it, n: f'<blockquote><p>{E(it[1])}</p></blockquote>',
         "fig": fig,
         "ul": lambda it, n: lists("ul", it[1]),
         "ol": lambda it, n: lists("ol", it[1]),
         "table": lambda it, n: '<div class="table-embed">' + table_html(it[1], ' class="data-table"') + "</div>"}
    q = C["quote"]
    ins = {}
    add(ins, spot(a, 1), (f'<div class="quote-box" data-ticker="{A(q[0])}"><div class="quote-box__row"><a href="/quote/{A(q[0])}" class="ticker">{E(q[0])}</a> '
                          f'<span class="name">{E(q[1])}</span></div><div class="quote-box__row"><span class="px">{E(q[2])}</span> '
                          f'<span class="chg up">{E(q[3])}</span> <span class="pct up">{E(q[4])}</span></div><div class="asof">{E(q[5])}</div></div>'))
    add(ins, spot(a, 3), f'<p><strong>{E(C["readmore"][0])}</strong> <a href="/news/articles/{token("rm", lang)}">{E(C["readmore"][1])}</a></p>')
    add(ins, spot(a, 6), f'<p class="terminal-cta"><a href="/professional/">{E(C["terminal"])}</a></p>')
    body = f'<p><em>{E(C["upd"])}</em></p>\n' + blocks(a, R, ins)
    body += f'\n<p><em>{E(C["assist"])}</em></p>\n' + "\n".join(f"<p><em>{E(x)}</em></p>" for x in C["contact"])
    strip = "".join(f'<li class="ticker-item"><span class="n">{E(n)}</span> <span class="v">{E(v)}</span> <span class="c {"up" if c.startswith("+") else "down"}">{E(c)}</span></li>'
                    for n, v, c in C["strip"])
    most = "".join(f'<li><a href="/news/{token(t)}"><span class="num">{i + 1}</span> {E(t)}</a></li>' for i, t in enumerate(C["most"]))
    d = zh_date(a) if lang == "zh" else en_date(a)
    return (head(a, lang)
            + '<body class="article-page">\n'
            + f'<div class="market-data-strip" role="marquee"><ul>{strip}</ul></div>\n'
            + f'<header class="nav-bar"><a class="logo" href="/">{E(a["site"])}</a><nav><ul>'
            + "".join(f'<li><a href="/{token(x)}">{E(x)}</a></li>' for x in C["nav"]) + "</ul></nav>"
            + f'<div class="auth"><a href="/signin">{E(C["sign"][0])}</a> <a class="btn" href="/subscriptions">{E(C["sign"][1])}</a></div></header>\n'
            + '<main class="layout"><div class="article-col">\n<article class="story">\n'
            + f'<div class="eyebrow"><a href="/{token(C["eyebrow"])}">{E(C["eyebrow"])}</a></div>\n'
            + f'<h1 class="headline">{E(a["headline"])}</h1>\n<div class="abstract"><p>{E(a["standfirst"])}</p></div>\n'
            + f'<div class="byline-wrap"><div class="byline">{E(C["by"])} <a href="/authors/{token(a["author"])}">{E(a["author"])}</a></div>'
            + f'<time datetime="{a["date"]}">{E(d)}</time></div>\n'
            + '<div class="story-tools">' + " ".join(f"<button>{E(x)}</button>" for x in C["tools"]) + "</div>\n"
            + f'<div class="body-content">\n{body}\n</div>\n'
            + f'<div class="tip-line"><a href="/tips">{E(C["tip"])}</a></div>\n</article>\n</div>\n'
            + f'<aside class="right-rail"><section class="most-read"><h3>{E(C["most_head"])}</h3><ol>{most}</ol></section>'
            + f'<section class="up-next"><h3>{E(C["upnext"][0])}</h3><div class="video-card"><a href="/news/videos/{token(lang)}"><span>{E(C["upnext"][1])}</span></a> <span class="dur">{E(C["upnext"][2])}</span></div></section>'
            + '<div class="ad-rail" data-ad-position="right1"></div></aside>\n</main>\n'
            + '<footer class="site-footer"><ul>' + "".join(f'<li><a href="/{token(x)}">{E(x)}</a></li>' for x in C["foot"])
            + f'</ul><p>{E(C["copy"])}</p></footer>\n</body>\n</html>\n')


# ---------------------------------------------------------------- medium


MD = dict(
    top=["Open in app", "Sign up", "Sign in", "Write"], pub="Board & Clock", member="Member-only story",
    read="7 min read", claps="1.2K", resp="18", listen="Listen", share="Share", follow="Follow",
    photo="Photo by Jonah Pell on Unsplash",
    thanks="Thanks for reading! If you enjoyed this piece, give it a clap and follow me for a new chess story every Monday.",
    orig="Originally published at https://boardandclock.example.com on September 2, 2024.",
    tags=["Chess", "Tournaments", "Board Games", "Sports", "Explainer"],
    written="Written by Priya Natarajan", followers="2.3K Followers · Writer for Board & Clock",
    bio="Chess coach, club player and writer. I write about the people, places and strange rules of the game.",
    more_head="More from Priya Natarajan and Board & Clock",
    more=[("The Endgame That Took 269 Moves", "A forgotten game from 1989 still holds the record for the longest decisive tournament game, and it was not even close."),
          ("What I Learned Coaching Chess in a Prison", "For two years I taught a weekly class to men who had never played. They taught me more than I taught them.")],
    rec_head="Recommended from Medium",
    rec=[("How to Stop Blundering in Your Games", "Three habits that took me from 1400 to 1800 in a year, without memorising a single opening."),
         ("The Psychology of Resigning", "Why strong players resign earlier than beginners, and what that tells us about losing well.")],
    resp_head="Responses (18)",
    resps=[("Daniel Okafor", "Sep 3, 2024", "I played the Challengers section in 2019 and lost every game except the last one. It was still the best week of my year, and I have been back every September since."),
           ("Helen Marsh", "Sep 4, 2024", "Lovely piece. The story about the postman and the lemonade is exactly what club chess is like at its best.")],
    paywall="Become a member to read this story, and all of Medium.",
    foot=["Help", "Status", "About", "Careers", "Press", "Blog", "Privacy", "Terms", "Text to speech", "Teams"],
)


def t_medium(a, lang):
    C = MD
    P = "pw-post-body-paragraph nm nn gt no b np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of og oh oi oj gm bj"

    def fig(it, n):
        return (f'<figure class="ok ol om on oo op oq or paragraph-image"><div role="button" tabindex="0" class="os ot fi ou bg ov"><picture>'
                f'<img alt="" class="bg lx ow c" width="700" height="467" loading="lazy" src="https://miro.example.com/v2/resize:fit:1400/1*{token(a["name"], n, n=22)}.jpeg"></picture></div>'
                f'<figcaption class="ox fe oy ok ol oz pa be b bf z dv" data-selectable-paragraph="">{E(it[1])} {E(C["photo"])}</figcaption></figure>')

    R = {"p": lambda it, n: f'<p id="{token(it[1], n=4)}" class="{P}" data-selectable-paragraph="">{E(it[1])}</p>',
         "h2": lambda it, n: f'<h2 id="{token(it[1], n=4)}" class="pb pc gt be pd pe pf pg ph pi pj pk pl pm pn po pp pq pr ps bj" data-selectable-paragraph="">{E(it[1])}</h2>',
         "quote": lambda it, n: f'<blockquote class="pt pu pv"><p class="{P}" data-selectable-paragraph="">{E(it[1])}</p></blockquote>',
         "fig": fig,
         "ul": lambda it, n: '<ul class="">' + "".join(f'<li class="{P} pw pz qa bj">{E(x)}</li>' for x in it[1]) + "</ul>",
         "ol": lambda it, n: '<ol class="">' + "".join(f'<li class="{P} qb pz qa bj">{E(x)}</li>' for x in it[1]) + "</ol>",
         "table": lambda it, n: '<figure class="ok ol om on oo op"><div class="qc qd l">' + table_html(it[1]) + "</div></figure>"}
    body = blocks(a, R)
    body += f'\n<p class="{P}" data-selectable-paragraph=""><strong class="nq gu">{E(C["thanks"])}</strong></p>'
    body += f'\n<p class="{P}" data-selectable-paragraph=""><em class="qe">{E(C["orig"])}</em></p>'
    cards = lambda lst: "".join(f'<div class="qf qg"><a href="/@p/{token(t)}"><h2 class="bf">{E(t)}</h2><div class="qh"><h3 class="bj">{E(s)}</h3></div></a></div>' for t, s in lst)  # noqa: E731
    resps = "".join(f'<div class="qi"><div class="qj"><a href="/@{token(u)}">{E(u)}</a> <span>{E(d)}</span></div><p class="qk">{E(x)}</p><div><button>Reply</button></div></div>' for u, d, x in C["resps"])
    return (head(a, lang)
            + '<body>\n<div id="root"><div class="a b c"><div class="d e f g h i">\n'
            + '<div class="ab ac ae"><a href="/" aria-label="Homepage" class="af">Medium</a><div class="ab ag">'
            + "".join(f'<a href="/{token(x)}" class="ah ai">{E(x)}</a>' for x in C["top"]) + "</div></div>\n"
            + '<div class="aj ak"><article><div class="l"><div class="l"><section><div><div class="fq fr fs ft fu"></div>'
            + '<div class="ab cb"><div class="ci bh gd ge gf gg">\n'
            + f'<div class="gh gi"><span class="be b bf z dv">{E(C["member"])}</span></div>\n'
            + f'<h1 id="{token(a["headline"], n=4)}" class="pw-post-title gu gv gw be gx gy gz ha hb hc hd he hf hg" data-testid="storyTitle">{E(a["headline"])}</h1>\n'
            + f'<h2 id="{token(a["standfirst"], n=4)}" class="pw-subtitle-paragraph hh gv gw be b hi hj hk hl hm hn" data-testid="storySubtitle">{E(a["standfirst"])}</h2>\n'
            + f'<div class="ho hp"><div class="ab"><a href="/@{token(a["author"])}" rel="noopener follow"><img alt="{A(a["author"])}" class="l fa bx hq hr cw" src="https://miro.example.com/1*{token(a["author"])}.jpeg" width="44" height="44"></a>'
            + f'<div class="ab q"><span class="be b bf z bj"><a href="/@{token(a["author"])}">{E(a["author"])}</a></span> <span>·</span> <button class="hs ht">{E(C["follow"])}</button></div>'
            + f'<div class="ab q"><span>Published in</span> <a href="/board-and-clock">{E(C["pub"])}</a> <span>·</span> <span data-testid="storyReadTime">{E(C["read"])}</span> <span>·</span> <span data-testid="storyPublishDate">{E(en_date(a))}</span></div></div></div>\n'
            + f'<div class="hu hv"><div class="ab"><button aria-label="clap" class="hw">{E(C["claps"])}</button> <button aria-label="responses" class="hx">{E(C["resp"])}</button></div>'
            + f'<div class="ab"><button class="hy">{E(C["listen"])}</button> <button class="hz">{E(C["share"])}</button></div></div>\n'
            + f'{body}\n</div></div></div></section></div></div></article></div>\n'
            + '<div class="ia ib"><ul class="ic">' + "".join(f'<li><a href="/tag/{token(t)}" class="id">{E(t)}</a></li>' for t in C["tags"]) + "</ul></div>\n"
            + f'<div class="ie"><button aria-label="clap">{E(C["claps"])}</button> <button aria-label="responses">{E(C["resp"])}</button></div>\n'
            + f'<div class="if ig"><h2 class="be">{E(C["written"])}</h2><p class="ih">{E(C["followers"])}</p><p class="ii">{E(C["bio"])}</p><button>{E(C["follow"])}</button></div>\n'
            + f'<div class="ij"><h2>{E(C["resp_head"])}</h2>{resps}</div>\n'
            + f'<div class="ik"><h2>{E(C["more_head"])}</h2>{cards(C["more"])}</div>\n'
            + f'<div class="il"><h2>{E(C["rec_head"])}</h2>{cards(C["rec"])}</div>\n'
            + f'<div class="im" style="display: none"><p>{E(C["paywall"])}</p></div>\n'
            + '<div class="in"><div class="ab">' + "".join(f'<a href="/{token(x)}">{E(x)}</a> ' for x in C["foot"]) + "</div></div>\n"
            + '</div></div></div>\n<script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"__typename":"Query"}}</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- broadcaster


BC = {
    "en": dict(
        nav=["News", "Middle East", "Africa", "Asia", "US & Canada", "Europe", "Sport", "Features", "Explained"],
        live="Live", watch="Watch", kicker="Explainer", by="By", pub="Published On",
        save="Save articles to read later and create your own reading list.",
        listen="Listen to this article", times=("0:00", "6:42"), speed="1x",
        keep="Keep reading",
        keeps=["Teenage grandmaster wins European title after final-round draw", "Chess federation to review rules on draw offers",
               "Photos: The village where everyone plays chess", "Why are fewer women playing top-level chess?"],
        ex=("Explainer", "What is a chess rating and how is it calculated?",
            "A player's rating rises when they beat stronger opponents and falls when they lose to weaker ones. We explain the maths."),
        nl=("Sign up for Meridian World", "Weekly Newsletter", "Get the week's top stories, explained, in your inbox every Friday.", "E-mail address", "Subscribe"),
        ad="Advertisement", src="Source: Meridian World", credit="[Meridian World]",
        follow=("Follow Meridian World:", ["Facebook", "X", "YouTube", "Instagram"]),
        pop_head="Most Popular",
        pop=["Heatwave grips southern Europe as temperatures pass 44C", "Talks resume over disputed border crossing",
             "The fishermen who became the island's lifeboat crew", "Explainer: Why are food prices still rising?"],
        rel_head="Related",
        rel=[("Video Duration 02 minutes 31 seconds", "Chess in the park: The street players of Lagos", "Every afternoon dozens of players gather under the same trees, betting small sums on quick games."),
             ("Video Duration 01 minutes 48 seconds", "Inside the world's largest chess set", "Pieces taller than a child are moved with ropes and pulleys in a town square in the Netherlands.")],
        foot=["About", "Contact us", "Cookie preferences", "Privacy policy", "Terms and conditions", "Accessibility"],
        copy="© 2024 Meridian World Media Network",
    ),
    "vi": dict(
        nav=["Việt Nam", "Thế giới", "Kinh tế", "Khoa học", "Sức khỏe", "Văn hóa", "Thể thao", "Video"],
        live="Trực tiếp", watch="Xem", kicker="Giải thích", by="Tác giả", pub="Ngày đăng",
        save="Lưu bài viết để đọc sau và tạo danh sách đọc của riêng bạn.",
        listen="Nghe bài này", times=("0:00", "5:18"), speed="1x",
        keep="Đọc thêm",
        keeps=["Hà Nội ghi nhận thêm ổ dịch sởi tại hai trường mầm non", "WHO cảnh báo sởi gia tăng tại châu Á sau đại dịch",
               "Vì sao nhiều phụ huynh chần chừ đưa con đi tiêm?", "Thiếu vắc xin tiêm chủng mở rộng: nguyên nhân và giải pháp"],
        ex=("Giải thích", "Miễn dịch cộng đồng là gì và cần bao nhiêu người tiêm?",
            "Khi đủ đông người trong cộng đồng có miễn dịch, virus khó lây lan. Với bệnh sởi, tỷ lệ này phải đạt khoảng 95%."),
        nl=("Đăng ký nhận bản tin", "Bản tin sáng", "Những tin tức quan trọng nhất trong ngày, gửi tới hộp thư của bạn lúc 6 giờ sáng.", "Địa chỉ email", "Đăng ký"),
        ad="Quảng cáo", src="Biên tập: Nguyễn Hoàng Anh", credit="[Lê Thu Hà/TNQT]",
        follow=("Theo dõi Tiếng Nói Quốc Tế:", ["Facebook", "YouTube", "Zalo", "TikTok"]),
        pop_head="Đọc nhiều nhất",
        pop=["Giá vàng trong nước lập đỉnh mới", "Bão số 3 gây mưa lớn ở các tỉnh phía Bắc",
             "Sinh viên Việt Nam giành huy chương vàng Olympic Vật lý", "Vì sao giá cà phê tăng mạnh?"],
        rel_head="Bài liên quan",
        rel=[("Thời lượng 03 phút 05 giây", "Một ngày ở trạm y tế vùng cao", "Nhân viên y tế phải vượt hơn 20 km đường núi để đưa vắc xin đến các bản xa."),
             ("Thời lượng 02 phút 12 giây", "Bác sĩ trả lời: Trẻ bị sốt sau tiêm có sao không?", "Các phản ứng thường gặp sau tiêm và khi nào cần đưa trẻ đến cơ sở y tế.")],
        foot=["Giới thiệu", "Liên hệ", "Cài đặt cookie", "Chính sách bảo mật", "Điều khoản sử dụng"],
        copy="© 2024 Tiếng Nói Quốc Tế",
    ),
}


def t_broadcaster(a, lang):
    C = BC[lang]

    def fig(it, n):
        return (f'<figure class="article-featured-image"><div class="responsive-image"><img loading="lazy" src="/wp-content/uploads/2024/09/{token(a["name"], n)}.jpg?resize=770%2C513" alt=""></div>'
                f'<figcaption class="caption">{E(it[1])} {E(C["credit"])}</figcaption></figure>')

    R = {"p": lambda it, n: f'<p>{E(it[1])}</p>',
         "h2": lambda it, n: f'<h2>{E(it[1])}</h2>',
         "quote": lambda it, n: f'<blockquote><p>{E(it[1])}</p></blockquote>',
         "fig": fig,
         "ul": lambda it, n: lists("ul", it[1]),
         "ol": lambda it, n: lists("ol", it[1]),
         "table": lambda it, n: '<figure class="wp-block-table">' + table_html(it[1]) + "</figure>"}
    ins = {}
    add(ins, spot(a, 0), (f'<div class="more-on"><h2 class="more-on__heading">{E(C["keep"])}</h2><ul class="more-on__list">'
                          + "".join(f'<li class="more-on__item"><a href="/news/2024/{token(t)}">{E(t)}</a></li>' for t in C["keeps"]) + "</ul></div>"))
    add(ins, spot(a, 2), f'<div class="container--ads"><span class="ads__label">{E(C["ad"])}</span><div id="dfp-ad-mid1"></div></div>')
    ex = C["ex"]
    add(ins, spot(a, 4), (f'<div class="article-card--explainer"><p><strong>{E(ex[0])}</strong></p><p><a href="/explained/{token(ex[1])}">{E(ex[1])}</a></p><p>{E(ex[2])}</p></div>'))
    nl = C["nl"]
    add(ins, spot(a, 6), (f'<div class="newsletter-inline"><div><p>{E(nl[0])}</p><p><b>{E(nl[1])}</b></p><p>{E(nl[2])}</p></div>'
                          f'<form><label>{E(nl[3])} <input type="email"></label> <button>{E(nl[4])}</button></form></div>'))
    body = blocks(a, R, ins) + f'\n<p><em>{E(C["src"])}</em></p>'
    d = when(a)
    dd = f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}" if lang == "en" else f"{d.day}/{d.month}/{d.year}"
    rel = "".join(f'<article class="gc gc--type-video"><div class="gc__image-wrap"><img src="/v/{token(t)}.jpg" alt=""><span class="screen-reader-text">{E(dur)}</span></div>'
                  f'<h3 class="gc__title"><a href="/video/{token(t)}">{E(t)}</a></h3><div class="gc__excerpt"><p>{E(s)}</p></div></article>' for dur, t, s in C["rel"])
    return (head(a, lang)
            + '<body class="single-post">\n<div class="site-wrapper">\n'
            + f'<header class="site-header"><a class="site-logo" href="/">{E(a["site"])}</a><nav class="site-header__navigation"><ul class="menu">'
            + "".join(f'<li class="menu__item"><a href="/{token(x)}">{E(x)}</a></li>' for x in C["nav"])
            + f'</ul></nav><div class="site-header__live"><a href="/live">{E(C["live"])}</a> <a href="/watch">{E(C["watch"])}</a></div></header>\n'
            + '<div class="container"><main id="main-content-area" class="article-main">\n'
            + f'<header class="article-header"><div class="article-kicker"><span class="kicker">{E(C["kicker"])}</span></div>\n'
            + f'<h1>{E(a["headline"])}</h1>\n<p class="article__subhead"><em>{E(a["standfirst"])}</em></p></header>\n'
            + f'<div class="article-info-block"><div class="article-author-name">{E(C["by"])} <a href="/author/{token(a["author"])}">{E(a["author"])}</a></div>'
            + f'<div class="article-dates"><span class="screen-reader-text">{E(C["pub"])} {dd}</span><span aria-hidden="true">{dd}</span></div>'
            + f'<div class="article-save"><button>{E(C["save"])}</button></div></div>\n'
            + f'<div class="article-audio-player"><button class="audio-player__toggle">{E(C["listen"])}</button><audio preload="none" src="/audio/{token(a["url"])}.mp3"></audio>'
            + f'<span class="audio-time">{C["times"][0]}</span><span>/</span><span class="audio-duration">{C["times"][1]}</span> <button class="audio-speed">{C["speed"]}</button></div>\n'
            + f'<div class="wysiwyg wysiwyg--all-content">\n{body}\n</div>\n'
            + f'<div class="article-follow"><span>{E(C["follow"][0])}</span> ' + " ".join(f'<a href="https://social.example.com/{token(x)}">{E(x)}</a>' for x in C["follow"][1]) + "</div>\n"
            + f'<section class="more-on-this"><h2>{E(C["rel_head"])}</h2>{rel}</section>\n</main>\n'
            + f'<aside class="sidebar"><h2>{E(C["pop_head"])}</h2><ol>' + "".join(f'<li><a href="/news/{token(t)}">{E(t)}</a></li>' for t in C["pop"]) + "</ol></aside>\n</div>\n"
            + '<footer class="site-footer"><ul>' + "".join(f'<li><a href="/{token(x)}">{E(x)}</a></li>' for x in C["foot"])
            + f'</ul><p class="copyright">{E(C["copy"])}</p></footer>\n</div>\n</body>\n</html>\n')


# ---------------------------------------------------------------- vn2024


VN = dict(
    menu=["Thời sự", "Kinh doanh", "Thế giới", "Giải trí", "Thể thao", "Giáo dục", "Sức khỏe", "Đời sống", "Pháp luật", "Công nghệ"],
    top=["Đăng nhập", "Đọc báo in", "Podcast"], gnews="Theo dõi trên Google News",
    share=["Chia sẻ", "Facebook", "Zalo", "Sao chép liên kết"],
    rel="Tin liên quan",
    see="Xem thêm:",
    video="Mời quý độc giả xem video được quan tâm trên kênh của báo:",
    kw="Từ khóa:",
    cmt_head="Bình luận (12)", cmt_ph="Viết bình luận của bạn...", send="Gửi bình luận",
    like="Thích", reply="Trả lời", more_cmt="Xem thêm bình luận",
    same="Tin cùng chuyên mục", most="Đọc nhiều",
    foot=["Cơ quan chủ quản: Công ty Truyền thông Đồng Bằng", "Giấy phép hoạt động báo điện tử số 123/GP-BTTTT cấp ngày 01/02/2023",
          "Tổng biên tập: Trần Quốc Việt", "Địa chỉ: 12 đường 30/4, phường Xuân Khánh, quận Ninh Kiều, TP Cần Thơ",
          "© Bản quyền thuộc về Báo Đồng Bằng Ngày Nay. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."],
)
VN_ART = {
    "lua": dict(
        crumbs=["Kinh doanh", "Thị trường"],
        rels=["Giá lúa gạo hôm nay 11/3: Lúa thơm tiếp tục tăng giá", "Xuất khẩu gạo 2 tháng đầu năm tăng gần 40%"],
        seelink="Đồng bằng sông Cửu Long thiếu lò sấy lúa giữa cao điểm thu hoạch",
        kws=["giá lúa", "An Giang", "lúa đông xuân", "thu hoạch lúa"],
        cmts=[("Ngọc Hân", "Năm nay giá lúa cao thiệt, nhà tôi ở Châu Phú cũng bán được giá. Mong nhà nước có chính sách để giá giữ ổn định lâu dài cho bà con.", "2 giờ trước"),
              ("Trung Nguyễn", "Lúa trúng mà thiếu máy sấy thì cũng khổ, phơi ngoài đường vừa nguy hiểm vừa dễ hư lúa. Địa phương nên đầu tư thêm lò sấy.", "1 giờ trước")],
        same=[("Giá cà phê hôm nay lập kỷ lục mới", "Giá cà phê nhân xô tại Tây Nguyên vượt 90.000 đồng/kg, cao nhất từ trước đến nay."),
              ("Sầu riêng vào mùa, thương lái đổ về miền Tây", "Nhiều vựa sầu riêng ở Tiền Giang hoạt động hết công suất để kịp đơn hàng xuất khẩu.")],
        most=["Giá vàng hôm nay tăng mạnh", "Cần Thơ khởi công cầu Trần Hoàng Na", "Xăng dầu đồng loạt giảm giá", "Hơn 1.000 học sinh được nhận học bổng"],
    ),
    "vac-xin": dict(
        crumbs=["Sức khỏe", "Y tế"],
        rels=["Ca mắc sởi tăng mạnh ở nhiều tỉnh phía Nam", "Bộ Y tế đề nghị các địa phương rà soát trẻ chưa tiêm chủng"],
        seelink="Dấu hiệu nhận biết bệnh sởi ở trẻ nhỏ và cách chăm sóc tại nhà",
        kws=["vắc xin sởi", "tiêm chủng", "bệnh sởi", "trẻ em"],
        cmts=[("Mẹ Bin", "Con tôi 4 tuổi, mới tiêm một mũi hồi nhỏ. Đọc bài mới biết cần tiêm thêm, cuối tuần này tôi sẽ đưa cháu ra trạm y tế phường.", "3 giờ trước"),
              ("Hoàng Lan", "Cảm ơn báo đã tổng hợp rõ ràng. Mong các điểm tiêm làm thêm vào cuối tuần để phụ huynh đi làm có thể đưa con đi.", "45 phút trước")],
        same=[("Nắng nóng kéo dài, nhiều trẻ nhập viện vì sốt xuất huyết", "Bệnh viện Nhi Đồng 1 tiếp nhận trung bình 30 ca sốt xuất huyết mỗi ngày trong tuần qua."),
              ("Những lưu ý khi cho trẻ đi học trở lại sau kỳ nghỉ", "Bác sĩ khuyên phụ huynh kiểm tra lịch tiêm chủng và giữ thói quen rửa tay cho trẻ.")],
        most=["Giá vàng hôm nay tăng mạnh", "Bão số 3 đổ bộ", "Học phí đại học năm 2024", "Lịch nghỉ lễ Quốc khánh 2/9"],
    ),
}


def t_vn2024(a, lang):
    C, X = VN, VN_ART[a["name"]]

    def fig(it, n):
        return (f'<figure class="image align-center"><img src="https://static.dongbangngaynay.example.vn/images/2024/{token(a["name"], n)}.jpg" alt="{A(it[1])}" loading="lazy">'
                f'<figcaption><p>{E(it[1])} <span class="author-img">{E(a["credit"])}</span></p></figcaption></figure>')

    R = {"p": lambda it, n: f'<p>{E(it[1])}</p>',
         "h2": lambda it, n: f'<h2>{E(it[1])}</h2>',
         "quote": lambda it, n: f'<blockquote class="quote"><p>{E(it[1])}</p></blockquote>',
         "fig": fig,
         "ul": lambda it, n: lists("ul", it[1]),
         "ol": lambda it, n: lists("ol", it[1]),
         "table": lambda it, n: '<table class="table-content" border="1" cellpadding="4">' + table_html(it[1])[7:-8] + "</table>"}
    ins = {}
    add(ins, spot(a, 1), (f'<div class="vnn-template-noneditable"><div><strong>{E(C["rel"])}</strong></div><ul>'
                          + "".join(f'<li><a href="/{token(t)}.html">{E(t)}</a></li>' for t in X["rels"]) + "</ul></div>"))
    add(ins, spot(a, 5), f'<p><strong>{E(C["see"])}</strong> <a href="/{token(X["seelink"])}.html">{E(X["seelink"])}</a></p>')
    body = blocks(a, R, ins)
    body += f'\n<p style="text-align: right;"><strong>{E(a["author"])}</strong></p>\n<p><em>{E(C["video"])}</em></p>\n<div class="video-embed"><iframe src="https://video.example.vn/embed/{token(a["url"])}" title="video"></iframe></div>'
    crumbs = "".join(f'<li><a href="/{token(c)}">{E(c)}</a></li>' for c in X["crumbs"])
    share = '<div class="detail__share">' + f'<span>{E(C["share"][0])}</span>' + "".join(f'<a href="#" class="share-{i}">{E(x)}</a>' for i, x in enumerate(C["share"][1:])) + "</div>"
    cmts = "".join(f'<li class="comment-item"><div class="comment-user"><b>{E(u)}</b></div><p class="comment-text">{E(x)}</p>'
                   f'<div class="comment-tools"><span>{E(t)}</span> <a href="#">{E(C["like"])}</a> <a href="#">{E(C["reply"])}</a></div></li>' for u, x, t in X["cmts"])
    same = "".join(f'<div class="horizontalPost"><h3 class="horizontalPost__main-title"><a href="/{token(t)}.html">{E(t)}</a></h3><div class="horizontalPost__main-desc"><p>{E(s)}</p></div></div>' for t, s in X["same"])
    return (head(a, lang)
            + '<body>\n<div class="mobile-menu" style="display:none"><ul>' + "".join(f"<li>{E(x)}</li>" for x in C["menu"]) + "</ul></div>\n"
            + f'<header class="header"><div class="header__top"><a class="header__logo" href="/">{E(a["site"])}</a><div class="header__top-right">'
            + "".join(f'<a href="/{token(x)}">{E(x)}</a> ' for x in C["top"]) + '</div></div><nav class="header__menu"><ul class="mainNav">'
            + "".join(f'<li class="mainNav__item"><a href="/{token(x)}">{E(x)}</a></li>' for x in C["menu"]) + "</ul></nav></header>\n"
            + '<main class="container"><div class="content-detail"><div class="content-detail__left">\n'
            + f'<ul class="bread-crumb-detail">{crumbs}</ul>\n'
            + f'<div class="detail__header"><h1 class="content-detail-title">{E(a["headline"])}</h1>'
            + f'<div class="detail__meta"><span class="bread-crumb-detail__time">{E(vi_date(a))} (GMT+7)</span> <a class="google-news" href="https://news.google.example.com/">{E(C["gnews"])}</a></div></div>\n'
            + f'{share}\n<h2 class="content-detail-sapo detail__sapo">{E(a["standfirst"])}</h2>\n'
            + f'<div class="maincontent main-content detail__content" id="maincontent">\n{body}\n</div>\n'
            + f'<div class="tag-detail"><span>{E(C["kw"])}</span> ' + " ".join(f'<a href="/tag/{token(t)}">{E(t)}</a>' for t in X["kws"]) + "</div>\n"
            + share + "\n"
            + f'<div class="comment-box" id="comment"><h3>{E(C["cmt_head"])}</h3><form><textarea placeholder="{A(C["cmt_ph"])}">{E(C["cmt_ph"])}</textarea>'
            + f'<button type="button">{E(C["send"])}</button></form><ul class="comment-list">{cmts}</ul><a class="comment-more" href="#">{E(C["more_cmt"])}</a></div>\n'
            + f'<div class="news-same"><h2 class="title-box">{E(C["same"])}</h2>{same}</div>\n</div>\n'
            + f'<aside class="content-detail__right"><div class="box-most"><h2>{E(C["most"])}</h2><ol>' + "".join(f'<li><a href="/{token(t)}.html">{E(t)}</a></li>' for t in X["most"]) + "</ol></div></aside>\n"
            + '</div></main>\n<footer class="footer">' + "".join(f"<p>{E(x)}</p>" for x in C["foot"]) + "</footer>\n</body>\n</html>\n")


# ---------------------------------------------------------------- vnbiz


VB = dict(
    idx=[("VN-Index", "1.263,78", "+5,12 (+0,41%)"), ("HNX-Index", "238,40", "-0,35 (-0,15%)"), ("UPCoM", "91,22", "+0,08 (+0,09%)"), ("VN30", "1.271,05", "+6,44 (+0,51%)")],
    menu=["Xã hội", "Chứng khoán", "Bất động sản", "Doanh nghiệp", "Ngân hàng", "Tài chính quốc tế", "Vĩ mô", "Kinh tế số", "Thị trường", "Sống"],
    crumbs=["Thị trường", "Nông sản"],
    stocks=[("LTG", "Tập đoàn Lộc Trời", "15,20", "+0,40 (+2,70%)", "1.245.300"), ("TAR", "Nông nghiệp Công nghệ cao Trung An", "9,80", "+0,20 (+2,08%)", "684.100")],
    vol="KL:", more="XEM THÊM",
    mores=["Giá gạo xuất khẩu của Việt Nam cao nhất thế giới", "Doanh nghiệp gạo báo lãi kỷ lục trong quý IV"],
    src="Theo Đồng Bằng Ngày Nay", copy="Copy link", link="Link bài gốc",
    new_head="Tin mới", same_head="Cùng chuyên mục",
    same=[("Giá heo hơi quay đầu giảm sau chuỗi ngày tăng", "Giá heo hơi tại nhiều tỉnh phía Nam giảm 1.000 - 2.000 đồng/kg do nguồn cung tăng trở lại."),
          ("Xuất khẩu rau quả quý I có thể đạt 1,5 tỷ USD", "Sầu riêng, thanh long và chuối tiếp tục là những mặt hàng đóng góp lớn nhất.")],
    news=["Ngân hàng Nhà nước hút ròng hơn 10.000 tỷ đồng", "Giá thép xây dựng giảm lần thứ ba", "Cổ phiếu ngân hàng dẫn dắt thị trường"],
    widget=("Giá nông sản hôm nay", [("Lúa IR 50404", "7.800 - 8.000"), ("Lúa OM 18", "8.400 - 8.700"), ("Gạo xuất khẩu 5% tấm", "648 USD/tấn")]),
    foot=["Tạp chí điện tử Kinh Tế Miền Tây", "Giấy phép số 45/GP-BTTTT do Bộ Thông tin và Truyền thông cấp", "Liên hệ quảng cáo: 0292 555 0188",
          "© Copyright 2024 Kinh Tế Miền Tây. Ghi rõ nguồn khi phát hành lại thông tin từ website này."],
)


def t_vnbiz(a, lang):
    C = VB

    def fig(it, n):
        return (f'<div class="VCSortableInPreviewMode" type="Photo"><div><img src="https://kinhtemientay.example.vn/{token(a["name"], n)}.jpg" alt="{A(it[1])}" width="640"></div>'
                f'<div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">{E(it[1])}</p></div></div>')

    R = {"p": lambda it, n: f'<p>{E(it[1])}</p>',
         "h2": lambda it, n: f'<p><strong>{E(it[1])}</strong></p>',
         "quote": lambda it, n: f'<blockquote><p>{E(it[1])}</p></blockquote>',
         "fig": fig,
         "ul": lambda it, n: lists("ul", it[1]),
         "ol": lambda it, n: lists("ol", it[1]),
         "table": lambda it, n: table_html(it[1])}

    def stock(s):
        return (f'<div class="stock-box"><a href="/du-lieu/{s[0].lower()}.chn" class="stock-code">{E(s[0])}</a> <span class="stock-name">{E(s[1])}</span> '
                f'<span class="stock-price">{E(s[2])}</span> <span class="stock-change up">{E(s[3])}</span> <span class="stock-vol">{E(C["vol"])} {E(s[4])}</span></div>')

    ins = {}
    add(ins, spot(a, 2), f'<div class="link-content-footer"><p><strong>{E(C["more"])}</strong></p>' + "".join(f'<p><a href="/{token(t)}.chn">{E(t)}</a></p>' for t in C["mores"]) + "</div>")
    add(ins, spot(a, 6), stock(C["stocks"][0]) + "\n" + stock(C["stocks"][1]))
    body = blocks(a, R, ins)
    idx = "".join(f'<li><span class="name">{E(n)}</span> <span class="val">{E(v)}</span> <span class="chg">{E(c)}</span></li>' for n, v, c in C["idx"])
    w = C["widget"]
    return (head(a, lang, charset="windows-1258")
            + '<body>\n<div class="top-stock"><ul>' + idx + "</ul></div>\n"
            + f'<div class="header"><a class="logo" href="/">Kinh Tế Miền Tây</a><ul class="menu">' + "".join(f'<li><a href="/{token(x)}.chn">{E(x)}</a></li>' for x in C["menu"]) + "</ul></div>\n"
            + '<div class="main"><div class="w640 fr">\n'
            + '<div class="breadcrumb">' + " / ".join(f'<a href="/{token(c)}.chn">{E(c)}</a>' for c in C["crumbs"]) + "</div>\n"
            + f'<h1 class="title" data-role="title">{E(a["headline"])}</h1>\n'
            + f'<p class="dateandcat"><span class="pdate" data-role="publishdate">{E(vi_date(a))}</span> | <span class="source">{E(a["site"])}</span></p>\n'
            + f'<h2 class="sapo" data-role="sapo">{E(a["standfirst"])}</h2>\n'
            + f'<div class="contentdetail"><span class="detail-content afcbc-body" data-role="content">\n{body}\n</span>\n'
            + f'<p class="author" style="text-align:right"><b>{E(a["author"])}</b></p>\n<p class="source-news">{E(C["src"])}</p>\n'
            + f'<div class="link-source"><span>{E(C["link"])}</span> <span class="copy">{E(C["copy"])}</span></div></div>\n'
            + f'<div class="tinmoi"><h3>{E(C["same_head"])}</h3>' + "".join(f'<div class="tlitem"><h3><a href="/{token(t)}.chn">{E(t)}</a></h3><p class="sapo">{E(s)}</p></div>' for t, s in C["same"]) + "</div>\n"
            + '</div>\n<div class="w300 fl">'
            + f'<div class="box-widget"><h3>{E(w[0])}</h3><table class="price">' + "".join(f"<tr><td>{E(x)}</td><td>{E(y)}</td></tr>" for x, y in w[1]) + "</table></div>"
            + f'<div class="box-new"><h3>{E(C["new_head"])}</h3><ul>' + "".join(f'<li><a href="/{token(t)}.chn">{E(t)}</a></li>' for t in C["news"]) + "</ul></div></div>\n</div>\n"
            + '<div class="footer">' + "".join(f"<p>{E(x)}</p>" for x in C["foot"]) + "</div>\n</body>\n</html>\n")


# ---------------------------------------------------------------- feedzh


FD = dict(
    top=["首页", "下载App", "登录", "发布"], follow="关注", fans="2.3万粉丝", badge="优质财经领域创作者",
    ip="·湖北", appeal="关注我，每天带你读懂财经新闻背后的账本。",
    decl="声明：本文内容仅供参考，不构成任何投资建议。文中部分数据来源于公开资料。",
    create="创作声明：内容取材网络", report="举报/反馈",
    cmt_head="评论 76", cmt_ph="写评论...", hot="热门评论",
    cmts=[("飞行爱好者老张", "终于不用再去上海转机了，我们公司在匈牙利有工厂，同事每个月都要来回跑，这条航线太实用了。", "5小时前·湖北", "赞 128"),
          ("一只小熊猫", "前两年亏损是常态这句话说得很实在，希望航空公司能坚持下来，不要飞半年就停了。", "3小时前·北京", "赞 56")],
    rec_head="相关推荐",
    rec=[("国际航班恢复提速，今夏中欧航线运力同比翻番", "多家航空公司宣布在暑运期间加密中欧航线，部分热门航线每周航班量已超过2019年同期。", "新华财经", "12评论", "4小时前"),
         ("中部机场“抢航线”：补贴之外还要拼什么", "业内人士认为，除了资金补贴，机场的中转能力、通关效率和地面交通同样决定了航线能否长期运营。", "民航观察", "38评论", "1天前"),
         ("签证便利化持续推进，出境游订单大幅增长", "在线旅游平台数据显示，今年端午假期出境游订单同比增长超过一倍，中东欧目的地热度上升明显。", "旅游圈", "7评论", "2天前")],
    loading="正在加载...", more="加载更多", app="打开App，看更多精彩内容",
    foot=["用户协议", "隐私政策", "侵权投诉", "京ICP备12345678号-1", "© 2024 今日资讯 example.cn"],
)


def t_feedzh(a, lang):
    C = FD

    def fig(it, n):
        return (f'<div class="pgc-img"><img src="https://p3-sign.example-img.cn/tos-cn-i-{token(a["name"], n, n=10)}~noop.image" image_type="1" mime_type="image/jpeg" alt="">'
                f'<p class="pgc-img-caption">{E(it[1])}</p></div>')

    R = {"p": lambda it, n: f'<p data-track="{n + 1}">{E(it[1])}</p>',
         "h2": lambda it, n: f'<h1 class="pgc-h-arrow-right" data-track="{n + 1}">{E(it[1])}</h1>',
         "quote": lambda it, n: f'<blockquote><p data-track="{n + 1}">{E(it[1])}</p></blockquote>',
         "fig": fig,
         "ul": lambda it, n: lists("ul", it[1]),
         "ol": lambda it, n: lists("ol", it[1]),
         "table": lambda it, n: '<div class="pgc-table">' + table_html(it[1]) + "</div>"}
    body = f'<p data-track="0"><strong>{E(a["standfirst"])}</strong></p>\n' + blocks(a, R)
    body += f'\n<p data-track="98">{E(C["appeal"])}</p>\n<p data-track="99">{E(C["decl"])}</p>'
    acct = (f'<div class="author-info" data-testid="author-card"><a href="/c/user/{token(a["site"], n=12)}"><img class="avatar" src="/avatar/{token(a["site"])}.jpg" alt=""></a>'
            f'<div><a class="user-name" href="/c/user/{token(a["site"], n=12)}">{E(a["site"])}</a><p class="user-auth">{E(C["badge"])}</p><p class="user-fans">{E(C["fans"])}</p></div>'
            f'<button class="follow-btn" data-testid="follow">{E(C["follow"])}</button></div>')
    cmts = "".join(f'<li class="comment-item" data-testid="comment"><div class="c-user">{E(u)}</div><p class="c-content">{E(x)}</p><div class="c-meta"><span>{E(t)}</span> <span>{E(z)}</span> <span>回复</span></div></li>'
                   for u, x, t, z in C["cmts"])
    rec = "".join(f'<div class="feed-card-article" data-testid="feed-card"><a class="title" href="/article/{token(t, n=19)}">{E(t)}</a><p class="feed-card-abstract">{E(s)}</p>'
                  f'<div class="feed-card-footer"><span>{E(src)}</span> <span>{E(c)}</span> <span>{E(tm)}</span></div></div>' for t, s, src, c, tm in C["rec"])
    return (head(a, lang)
            + '<body>\n<div id="root"><div class="toutiao-header" data-testid="header"><a class="logo" href="/">今日资讯</a><ul>'
            + "".join(f'<li><a href="/{token(x)}">{E(x)}</a></li>' for x in C["top"]) + "</ul></div>\n"
            + '<div class="main-content"><div class="left-sidebar">' + acct + "</div>\n"
            + '<div class="article-content" data-testid="article">\n'
            + f'<h1>{E(a["headline"])}</h1>\n'
            + f'<div class="article-meta" data-testid="meta"><span class="time">{E(zh_date(a))}</span><span class="ip">{E(C["ip"])}</span> <span class="name"><a href="/c/user/{token(a["site"], n=12)}">{E(a["site"])}</a></span></div>\n'
            + f'<article class="syl-article-base tt-article-content syl-page-article syl-device-pc" data-testid="article-body">\n{body}\n</article>\n'
            + f'<div class="article-footer"><p class="statement">{E(C["create"])}</p><a class="report" data-testid="report" href="#">{E(C["report"])}</a></div>\n'
            + f'<div class="detail-interaction"><span>赞 312</span> <span>收藏</span> <span>分享</span></div>\n'
            + f'<div class="comment-wrap" data-testid="comments"><h2>{E(C["cmt_head"])}</h2><form><textarea placeholder="{A(C["cmt_ph"])}"></textarea><button type="button">发布</button></form>'
            + f'<h3>{E(C["hot"])}</h3><ul>{cmts}</ul></div>\n'
            + f'<div class="related-feed" data-testid="related"><h2>{E(C["rec_head"])}</h2>{rec}<div class="loading">{E(C["loading"])}</div><button>{E(C["more"])}</button></div>\n'
            + f'</div></div>\n<div class="app-banner" data-testid="app-banner"><a href="/download">{E(C["app"])}</a></div>\n'
            + '<footer class="footer">' + " | ".join(f"<span>{E(x)}</span>" for x in C["foot"]) + "</footer>\n</div>\n"
            + f'<script>window._SSR_DATA = {ld({"articleInfo": {"title": a["headline"], "groupId": token(a["url"], n=19)}})}</script>\n</body>\n</html>\n')


# ---------------------------------------------------------------- govzh


GV = dict(
    tools=["无障碍", "长者模式", "繁體", "手机版", "English"], welcome="欢迎访问江城市人民政府门户网站", search="搜索",
    nav=["首页", "政务公开", "政务服务", "互动交流", "走进江城", "专题专栏"],
    pos="您当前的位置：", crumbs=["首页", "新闻中心", "部门动态"],
    info=("发布时间：", "来源：", "江城日报", "字号：", "[ 大 中 小 ]", "浏览次数：", "1523"),
    print=["【打印本页】", "【关闭窗口】"], qr="扫一扫在手机打开当前页",
    editor="（责任编辑：刘洁）",
    rel_head="相关链接", rels=["市文旅局发布2024年“5·18国际博物馆日”系列活动安排", "我市新增三家国家二级博物馆", "关于做好博物馆预约参观服务工作的通知"],
    foot=["主办：江城市人民政府办公厅", "承办：江城市大数据中心", "网站标识码：4201000012", "鄂ICP备12345678号", "鄂公网安备 42010202000123号",
          "政府网站找错", "网站地图", "联系我们"],
)


def t_govzh(a, lang):
    C = GV
    credit = "（" + a["credit"] + "）"

    def fig(it, n):
        return (f'<p style="text-align: center;"><img src="/uploadfiles/202405/{token(a["name"], n, n=12)}.jpg" border="0" alt=""></p>'
                f'<p style="text-align: center;">{E(it[1])}</p><p style="text-align: center;">{E(credit)}</p>')

    IND = 'style="text-indent: 2em; line-height: 2em;"'
    R = {"p": lambda it, n: f'<p {IND}>{E(it[1])}</p>',
         "h2": lambda it, n: f'<p {IND}><strong>{E(it[1])}</strong></p>',
         "quote": lambda it, n: f'<p {IND}><span style="font-family: 楷体;">{E(it[1])}</span></p>',
         "fig": fig,
         "ul": lambda it, n: "".join(f"<p {IND}>{E(x)}</p>" for x in it[1]),
         "ol": lambda it, n: "".join(f"<p {IND}>{E(x)}</p>" for x in it[1]),
         "table": lambda it, n: table_html(it[1], ' border="1" cellspacing="0" align="center"')}
    body = f'<p {IND}><span style="font-family: 楷体;">{E(a["standfirst"])}</span></p>\n' + blocks(a, R) + f'\n<p style="text-align: right;">{E(C["editor"])}</p>'
    i = C["info"]
    meta = (f'<meta name="SiteName" content="江城市人民政府门户网站">\n<meta name="ArticleTitle" content="{A(a["headline"])}">\n'
            f'<meta name="PubDate" content="{zh_date(a)}">\n<meta name="ContentSource" content="{i[2]}">\n<meta name="Keywords" content="博物馆,文旅">\n')
    return (head(a, lang, charset="gbk", meta_ld=False, extra=meta)
            + '<body>\n<div class="top-bar"><div class="w1200"><span class="welcome">' + E(C["welcome"]) + '</span><span class="tools">'
            + " | ".join(f'<a href="javascript:void(0)">{E(x)}</a>' for x in C["tools"]) + "</span></div></div>\n"
            + f'<div class="header"><div class="w1200"><img src="/images/logo.png" alt="江城市人民政府"><form class="search"><input type="text" name="q"> <button>{E(C["search"])}</button></form></div></div>\n'
            + '<div class="nav"><ul class="w1200">' + "".join(f'<li><a href="/{token(x)}/">{E(x)}</a></li>' for x in C["nav"]) + "</ul></div>\n"
            + f'<div class="w1200 location">{E(C["pos"])}' + " &gt; ".join(f'<a href="/{token(c)}/">{E(c)}</a>' for c in C["crumbs"]) + "</div>\n"
            + '<div class="w1200 article-box"><div class="article">\n'
            + f'<h1 class="title">{E(a["headline"])}</h1>\n'
            + f'<div class="info"><span>{E(i[0])}{zh_date(a)}</span> <span>{E(i[1])}{E(i[2])}</span> <span>{E(i[3])}<a href="#">{E(i[4])}</a></span> <span>{E(i[5])}<em id="hits">{i[6]}</em></span></div>\n'
            + f'<div id="zoom" class="article-content">\n{body}\n</div>\n'
            + '<div class="article-tools">' + " ".join(f'<a href="javascript:void(0)">{E(x)}</a>' for x in C["print"])
            + f'<div class="qrcode"><img src="/qrcode.png" alt=""><p>{E(C["qr"])}</p></div></div>\n'
            + f'<div class="related"><h3>{E(C["rel_head"])}</h3><ul>' + "".join(f'<li><a href="/{token(t)}.html">{E(t)}</a></li>' for t in C["rels"]) + "</ul></div>\n"
            + '</div></div>\n<div class="footer"><div class="w1200">' + "".join(f"<p>{E(x)}</p>" for x in C["foot"]) + "</div></div>\n</body>\n</html>\n")


# ---------------------------------------------------------------- the pages


TEMPLATES = {"nextjs": t_nextjs, "finterm": t_finterm, "medium": t_medium, "broadcaster": t_broadcaster,
             "vn2024": t_vn2024, "vnbiz": t_vnbiz, "feedzh": t_feedzh, "govzh": t_govzh}

# (language, article of articles6.py, template, page name, extra fields)
PAGES = [
    ("en", "tunnel", "nextjs", "nextjs-tunnel", {}),
    ("en", "tunnel", "finterm", "finterm-tunnel", {"site": "Ledger Markets", "credit": "Photographer: Isla Munro/Ledger"}),
    ("en", "chess", "medium", "medium-chess", {"site": "Board & Clock", "url": "https://boardandclock.example.com/how-the-saltmarsh-open-works-4f1c2a9e"}),
    ("en", "chess", "broadcaster", "broadcaster-chess", {}),
    ("vi", "lua", "vn2024", "vn2024-lua", {}),
    ("vi", "lua", "vnbiz", "vnbiz-lua-cp1258", {"site": "Kinh Tế Miền Tây", "encoding": "windows-1258",
                                                 "url": "https://kinhtemientay.example.vn/gia-lua-dong-xuan-an-giang-188240312074512.chn"}),
    ("vi", "vac-xin", "vn2024", "vn2024-vac-xin", {"site": "Báo Đồng Bằng Ngày Nay",
                                                  "url": "https://dongbangngaynay.example.vn/suc-khoe/nhung-dieu-can-biet-ve-chien-dich-tiem-vac-xin-soi-184240909.html"}),
    ("vi", "vac-xin", "broadcaster", "broadcaster-vac-xin", {}),
    ("zh", "bowuguan", "nextjs", "nextjs-bowuguan", {}),
    ("zh", "bowuguan", "govzh", "govzh-bowuguan-gbk", {"site": "江城市人民政府", "encoding": "gbk",
                                                        "url": "http://www.jiangcheng.example.gov.cn/xwzx/bmdt/202405/t20240518_2318842.shtml"}),
    ("zh", "hangxian", "feedzh", "feedzh-hangxian", {"url": "https://www.jinrizixun.example.cn/article/7375812093384393216/"}),
    ("zh", "hangxian", "finterm", "finterm-hangxian", {}),
]


# ---------------------------------------------------------------- writing and checking


def main():
    total = 0
    render = lambda template, a, lang, k: TEMPLATES[template](a, lang)  # noqa: E731
    for lang, name, template, a, n in build_pages(OUT, articles6.ARTICLES, PAGES, render, gold6):
        total += n
        print(f"{lang}/{name}: {template}, {a.get('encoding', 'utf-8')}, {n} gold lines")
    print(f"{len(PAGES)} pages, {total} gold lines: all checks passed")


if __name__ == "__main__":
    main()
