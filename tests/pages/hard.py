"""Chrome that sits INSIDE the article container on real news sites, and the templates that use it.

The first templates (generate.py) put most chrome beside the article. Real sites also put it
in the same container as the paragraphs: a byline and "Updated" line above the first paragraph,
a bare photo credit under an image, a "Read more:" line with a link between paragraphs, a
newsletter box and a teaser in the middle of the body, the reporter, editor and source lines,
tags, an author box, a comment count and a copyright line after the last paragraph. Many of
these carry no telling class: they are plain `p` or `div` elements. None of this text is gold.

DEV_TEMPLATES are tuned against (tests/pages/{en,vi,zh}); heldout.py has other templates whose
pages are scored only at the end.
"""

from generate import E, head, html_open, nav, most_read, footer, body  # noqa: E402

# The in-article chrome of each language. {who} is the article's author, {site} its site.
INLINE = {
    "en": dict(
        by="By {who}",
        updated="Updated {time} GMT, {day}",
        published="Published {day}",
        read_more="Read more:",
        credit="Image source, Getty Images",
        credit2="Photograph: {who}/Agence",
        reporting="Reporting by {who}; Editing by Mark Potter",
        bio="{who} is a senior correspondent covering the region. She joined the paper in 2015 after ten years at a regional broadcaster.",
        tags="Topics",
        comments_n="142 comments",
        copyright="© 2024 {site}. All rights reserved.",
        more_on="More on this story",
        box="Get our daily newsletter with the top stories of the day",
        breadcrumb=["Home", "News", "Asia"],
        listen="Listen to this article, 4 min",
    ),
    "vi": dict(
        by="Theo {who}",
        updated="Cập nhật lúc {time}, {day}",
        published="Thứ hai, {day}, {time} (GMT+7)",
        read_more="Xem thêm:",
        credit="Ảnh: TTXVN",
        credit2="Ảnh: {who}",
        reporting="{who} (thực hiện)",
        bio="Phóng viên {who} phụ trách mảng đời sống xã hội, gia nhập tòa soạn từ năm 2015 sau mười năm làm việc tại một đài truyền hình địa phương.",
        tags="Từ khóa",
        comments_n="142 bình luận",
        copyright="© {site}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
        more_on="Tin cùng chuyên mục",
        box="Đăng ký nhận bản tin mỗi sáng để không bỏ lỡ tin tức quan trọng",
        breadcrumb=["Trang chủ", "Thời sự", "Giao thông"],
        listen="Nghe bài viết, 4 phút",
    ),
    "zh": dict(
        by="（记者 {who}）",
        updated="更新时间：{day} {time}",
        published="{day} {time} 来源：{site}",
        read_more="相关阅读：",
        credit="图片来源：视觉中国",
        credit2="{who} 摄",
        reporting="责任编辑：{who}",
        bio="{who}，本网资深记者，长期关注民生与社会新闻，曾获多项新闻奖项。",
        tags="标签",
        comments_n="评论(142)",
        copyright="【版权声明】本文为{site}原创，未经授权不得转载。",
        more_on="更多精彩内容",
        box="扫码关注官方微信，每天推送最新资讯",
        breadcrumb=["首页", "新闻", "社会"],
        listen="听新闻，4分钟",
    ),
}


# Who signs an article that names no author.
STAFF = {"en": "Staff reporter", "vi": "Lê Minh", "zh": "王明"}


def day(a, lang):
    y, m, d = a["date"][:4], a["date"][5:7], a["date"][8:10]
    if lang == "en":
        months = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
        return f"{int(d)} {months[int(m) - 1]} {y}"
    if lang == "vi":
        return f"{int(d)}/{int(m)}/{y}"
    return f"{y}年{m}月{d}日"


def time_of(a):
    return a["date"][11:16]


def line(kind, a, lang):
    s = INLINE[lang][kind]
    return s.format(who=a.get("author") or STAFF[lang], site=a["site"], day=day(a, lang), time=time_of(a))


def paras_with_inserts(a, inserts, p="<p>", p_close="</p>", fig="figcaption", after_fig=""):
    """The body with chrome put in after the given item numbers; after_fig follows each figure."""
    out = []
    for n, item in enumerate(a["body"]):
        out.append(body(dict(a, body=[item]), p=p, p_close=p_close, fig=fig))
        if item[0] == "fig" and after_fig:
            out.append(after_fig)
        if n in inserts:
            out.append(inserts[n])
    return "\n".join(out)


def teaser_link(c, k, lang):
    t = c["related"][k % len(c["related"])]
    return f'<p><strong>{E(INLINE[lang]["read_more"])}</strong> <a href="/news/{k}.html">{E(t)}</a></p>'


def tag_links(c, lang, cls=None):
    attr = f' class="{cls}"' if cls else ""
    links = " ".join(f'<a href="/tag/{i}">{E(c["nav"][i])}</a>' for i in (2, 5, 7))
    return f"<div{attr}>{E(INLINE[lang]['tags'])}: {links}</div>"


# ---------------------------------------------------------------- dev templates


def t_arc(a, c, lang, k):
    """Arc-like: byline and timestamp divs inside the body column, inline "Read more" links, a
    newsletter box with no telling class, a bare credit under each image, tags and an author box."""
    inserts = {
        1: teaser_link(c, k, lang),
        3: f'<div class="box-inline"><h3>{E(INLINE[lang]["box"])}</h3><a class="btn" href="/nl">{E(c["newsletter_button"])}</a></div>',
    }
    credit = f'<div class="photo-credit">{E(line("credit2", a, lang))}</div>'
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<header class="site-header">{nav(c)}</header>
<main>
<div class="article-column">
<ol class="crumbs">{"".join(f'<li><a href="/">{E(x)}</a></li>' for x in INLINE[lang]["breadcrumb"])}</ol>
<h1 class="headline">{E(a["headline"])}</h1>
{f'<h2 class="sub-headline">{E(a["standfirst"])}</h2>' if a.get("standfirst") else ""}
<div class="byline"><span>{E(line("by", a, lang))}</span></div>
<div class="timestamp">{E(line("updated", a, lang))}</div>
<div class="listen"><button>{E(line("listen", a, lang))}</button></div>
{paras_with_inserts(a, inserts, p='<p class="article-body__paragraph">', after_fig=credit)}
<p class="reporting">{E(line("reporting", a, lang))}</p>
{tag_links(c, lang)}
<div class="author-card"><img src="/a.jpg" alt=""><p>{E(line("bio", a, lang))}</p></div>
</div>
<div class="right-rail">{most_read(c, k % 3, tag="div")}</div>
</main>
{footer(c)}
</body>
</html>
"""


def t_amp(a, c, lang, k):
    """AMP-ish: amp-img, amp-ad inside the body, a breadcrumb list in the article, a comment
    count link and a copyright line as the container's last paragraphs."""
    ad = '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/x"></amp-ad>'
    inserts = {2: ad}
    out = paras_with_inserts(a, inserts).replace("<img ", "<amp-img ")
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<amp-sidebar id="sidebar" layout="nodisplay">{nav(c)}</amp-sidebar>
<div class="amp-wp-article">
<ul class="amp-crumbs">{"".join(f'<li><a href="/">{E(x)}</a></li>' for x in INLINE[lang]["breadcrumb"])}</ul>
<h1 class="amp-wp-title">{E(a["headline"])}</h1>
{f'<p class="amp-wp-excerpt">{E(a["standfirst"])}</p>' if a.get("standfirst") else ""}
<div class="amp-wp-meta"><span class="amp-wp-byline">{E(a.get("author", ""))}</span> <time>{E(day(a, lang))}</time></div>
<div class="amp-wp-article-content">
{out}
<p><a href="#comments">{E(INLINE[lang]["comments_n"])}</a></p>
<p>{E(line("copyright", a, lang))}</p>
</div>
</div>
{footer(c)}
</body>
</html>
"""


def t_vnhard(a, c, lang, k):
    """VnExpress/VietnamPlus-like with the chrome inside fck_detail: a dateline span, a bare
    "Ảnh:" credit as its own em paragraph under each image, a "Xem thêm" line, the author as a
    bold right-aligned paragraph, a source line, tags and a comment count."""
    inserts = {2: teaser_link(c, k, lang)}
    credit = f'<p><em>{E(line("credit", a, lang))}</em></p>'
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<header class="header">{nav(c)}</header>
<section class="page-detail">
<div class="container">
<div class="col-main">
<span class="date">{E(line("published", a, lang))}</span>
<h1 class="title-detail">{E(a["headline"])}</h1>
{f'<p class="description">{E(a["standfirst"])}</p>' if a.get("standfirst") else ""}
<article class="fck_detail">
{paras_with_inserts(a, inserts, p='<p class="Normal">', fig="figcaption", after_fig=credit)}
<p class="Normal" style="text-align:right;"><strong>{E(a.get("author", ""))}</strong></p>
<p class="Normal"><em>{E(line("by", a, lang))}</em></p>
</article>
{tag_links(c, lang, "article__tag")}
<div class="box-cmt"><a href="#box_comment">{E(INLINE[lang]["comments_n"])}</a></div>
</div>
<div class="col-right">{most_read(c, k % 3, tag="div")}</div>
</div>
</section>
{footer(c)}
</body>
</html>
"""


def t_divbr(a, c, lang, k):
    """A div body without p: paragraphs are divs or br-separated runs, the dateline an inline
    span at the top of the same div, the source in italics at the end, an "other news" list."""
    items = a["body"]
    half = max(1, len(items) // 2)
    def piece(n, x):
        if x[0] == "fig":
            return f'<div align="center"><img src="/i/{n}.jpg"><br><i>{E(x[1])}</i></div>'
        return E(x[1])
    first = "<br><br>\n".join(piece(n, x) for n, x in enumerate(items[:half]))
    rest = "".join(f"<div>{piece(n + half, x)}</div>" for n, x in enumerate(items[half:]))
    return f"""{html_open(a, lang)}
{head(a, lang, jsonld=False)}
<body>
<div class="menu-top">{nav(c, semantic=False)}</div>
<div class="box-content">
<div class="title"><b>{E(a["headline"])}</b></div>
<div class="noidung">
<span class="ngay">{E(line("updated", a, lang))}</span><br>
{f'<b>{E(a["standfirst"])}</b><br><br>' if a.get("standfirst") else ""}
{first}
{rest}
<div style="text-align:right"><i>{E(line("by", a, lang))}</i></div>
</div>
<div class="tinkhac"><b>{E(INLINE[lang]["more_on"])}</b>{"".join(f'<div><a href="/o/{i}">{E(t)}</a></div>' for i, t in enumerate(c["related"][k:k + 5]))}</div>
</div>
<div class="bottom">{E(c["footer"])}</div>
</body>
</html>
"""


def t_zhplain(a, c, lang, k):
    """Chinese portal with plain p elements for everything: a source/date line, the original
    headline, a bare picture credit, a related-reading line, the reporter, editor and copyright
    lines, a tag line, all inside the one content div."""
    credit = f'<p style="text-align:center">{E(line("credit", a, lang))}</p>'
    inserts = {1: teaser_link(c, k, lang)}
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div class="topnav">{nav(c, semantic=False)}</div>
<div class="wrap">
<div class="l">
<div class="crumb">{" &gt; ".join(f'<a href="/">{E(x)}</a>' for x in INLINE[lang]["breadcrumb"])}</div>
<div class="con">
<h1>{E(a["headline"])}</h1>
<p>{E(line("published", a, lang))}</p>
{f'<p><strong>{E(a["standfirst"])}</strong></p>' if a.get("standfirst") else ""}
{paras_with_inserts(a, inserts, p='<p style="text-indent:2em">', fig="p-caption", after_fig=credit)}
<p>{E(line("by", a, lang))}</p>
<p>{E(line("reporting", a, lang))}</p>
<p>{E(line("copyright", a, lang))}</p>
{tag_links(c, lang)}
</div>
</div>
<div class="r">{most_read(c, 1, tag="div")}</div>
</div>
{footer(c, semantic=False)}
</body>
</html>
"""


def t_richlink(a, c, lang, k):
    """Chrome of the first held-out set's leaks, in other markup: a lone teaser card (a linked
    title over an unlinked summary, no twin beside it) between paragraphs, the date line with
    font-size and print controls, the reporter line in a classed div of loose text, and an
    author bio as the body's last paragraph, with no telling class."""
    t, s = c["teasers"][(k + 2) % len(c["teasers"])]
    card = (f'<div class="k-wrap"><div class="k-t"><a href="/k/{k}"><strong>{E(t)}</strong></a></div>'
            f'<p class="k-s">{E(s)}</p></div>')
    tools = {"en": "Font", "vi": "Cỡ chữ", "zh": "字号"}[lang]
    printing = {"en": "Print", "vi": "In", "zh": "打印"}[lang]
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div class="k-top">{nav(c, semantic=False)}</div>
<div class="k-page"><div class="k-main">
<h1 class="k-title">{E(a["headline"])}</h1>
<div class="k-meta">{E(line("published", a, lang))} <span class="k-tools">{tools}: <a href="#">A+</a> <a href="#">A-</a> <a href="javascript:print()">{printing}</a></span></div>
{f'<p class="k-lead"><b>{E(a["standfirst"])}</b></p>' if a.get("standfirst") else ""}
<div class="k-body">
{paras_with_inserts(a, {2: card})}
<p>{E(line("bio", a, lang))}</p>
</div>
<div class="k-author">{E(line("reporting", a, lang))} {E(line("by", a, lang))}</div>
</div>
<div class="k-side">{most_read(c, k % 3, tag="div")}</div></div>
{footer(c, semantic=False)}
</body>
</html>
"""


# The furniture of real article pages that the other templates do not have: labels and
# counters that repeat, a "read also" label over a link line, a newsletter box with a form, a
# teaser card with a kicker, a gallery counter under each photo, an author box with its
# follow button; and the live blog's own: relative times, badges, share and load buttons.
FURNITURE = {
    "en": dict(
        read_also="READ ALSO", ad="Advertisement", counter="{i} / {n}",
        box_head="The Morning Briefing",
        box_text="Sign up to get the day's top stories in your inbox every weekday morning.",
        box_button="Sign up", box_email="Email address", tags="More on these topics",
        follow="Follow", kicker="Climate",
        bio="{who} is the paper's environment reporter, based in Hanoi since 2019.",
        key="Key event", pinned="Pinned post", share="Share", ago="{n} min ago",
        more="Load more updates", only="Show key events only",
        listen="Listen to this article", minutes="4 min read", cont="Story continues below advertisement",
    ),
    "vi": dict(
        read_also="ĐỌC THÊM", ad="Quảng cáo", counter="Ảnh {i}/{n}",
        box_head="Bản tin sáng",
        box_text="Đăng ký để nhận những tin tức nổi bật nhất trong ngày qua email mỗi sáng.",
        box_button="Đăng ký", box_email="Địa chỉ email", tags="Chủ đề",
        follow="Theo dõi", kicker="Xã hội",
        bio="Phóng viên {who} theo dõi mảng môi trường, làm việc tại Hà Nội từ năm 2019.",
        key="Diễn biến chính", pinned="Ghim", share="Chia sẻ", ago="{n} phút trước",
        more="Xem thêm cập nhật", only="Chỉ xem diễn biến chính",
        listen="Nghe bài viết", minutes="Đọc 5 phút", cont="Cuộn xuống để đọc tiếp",
    ),
    "zh": dict(
        read_also="延伸阅读", ad="广告", counter="第{i}张/共{n}张",
        box_head="早安简报",
        box_text="订阅后，我们每天早上把当日要闻发送到您的邮箱。",
        box_button="订阅", box_email="电子邮箱", tags="相关话题",
        follow="关注", kicker="社会",
        bio="{who}，本网环境新闻记者，2019年起常驻河内。",
        key="重要", pinned="置顶", share="分享", ago="{n}分钟前",
        more="加载更多", only="只看重要事件",
        listen="听新闻", minutes="阅读时长约3分钟", cont="扫一扫，分享到朋友圈",
    ),
}


def furn(kind, a, lang, **kw):
    return FURNITURE[lang][kind].format(who=a.get("author") or STAFF[lang], **kw)


def t_furniture(a, c, lang, k):
    """A newspaper body full of furniture in classes that say nothing: reading time and a
    listen link over the body, advertisement labels and a "continues below" line between
    paragraphs, a "read also" label over a link line, a newsletter box with a form, a kicker
    teaser card, gallery counters under the photos, an author box and tag list."""
    F = lambda kind, **kw: E(furn(kind, a, lang, **kw))  # noqa: E731
    t, s = c["teasers"][(k + 1) % len(c["teasers"])]
    read_also = (f'<p class="x-ra"><strong>{F("read_also")}</strong></p>'
                 f'<p class="x-ra"><a href="/ra/{k}">{E(c["related"][(k + 3) % len(c["related"])])}</a></p>')
    card = (f'<div class="x-c"><a href="/c/{k}"><img src="/c.jpg" alt=""></a><span class="x-k">{F("kicker")}</span>'
            f'<h3 class="x-h"><a href="/c/{k}">{E(t)}</a></h3><p>{E(s)}</p></div>')
    box = (f'<div class="x-n"><h3>{F("box_head")}</h3><p>{F("box_text")}</p>'
           f'<form action="/nl"><input type="email" placeholder="{F("box_email")}"><button>{F("box_button")}</button></form></div>')
    slot = f'<div class="x-s"><span>{F("ad")}</span><div class="x-s-in"></div></div>'
    n_figs = sum(1 for x in a["body"] if x[0] == "fig")
    count = iter(range(1, n_figs + 1))
    out = []
    for n, item in enumerate(a["body"]):
        out.append(body(dict(a, body=[item])))
        if item[0] == "fig":
            out.append(f'<div class="x-g">{F("counter", i=next(count), n=n_figs)}</div>')
        elif n % 3 == 1:
            out.append(slot)
        if n == 0:
            out.append(read_also)
        if n == 1:
            out.append(f'<div class="x-u">{F("cont")}</div>')
        if n == 2:
            out.append(card)
        if n == 4:
            out.append(box)
    tags = "".join(f'<li><a href="/t/{i}">{E(c["nav"][i])}</a></li>' for i in (3, 6, 8))
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div class="x-top">{nav(c, semantic=False)}</div>
<div class="x-page"><div class="x-main">
<h1 class="x-title">{E(a["headline"])}</h1>
<div class="x-u"><span>{F("minutes")}</span></div><div class="x-u"><a href="#audio">{F("listen")}</a></div>
{f'<p class="x-lead">{E(a["standfirst"])}</p>' if a.get("standfirst") else ""}
<div class="x-body">
{chr(10).join(out)}
{slot}
<div class="x-a"><img src="/a.jpg" alt=""><p><strong>{E(a.get("author") or STAFF[lang])}</strong></p>
<p>{F("bio")}</p><a class="x-f" href="/f">{F("follow")}</a></div>
<div class="x-t"><span>{F("tags")}</span><ul>{tags}</ul></div>
</div>
</div>
<div class="x-side">{most_read(c, k % 3, tag="div")}</div></div>
{footer(c, semantic=False)}
</body>
</html>
"""


def t_livehard(a, c, lang, k):
    """A live blog whose updates carry furniture in classes that say nothing: a relative time,
    a key-event badge on some, a share button each; a pinned first update, a toggle and a
    load-more button."""
    F = lambda kind, **kw: E(furn(kind, a, lang, **kw))  # noqa: E731
    posts = []
    for i, (_, time, heading, paras) in enumerate(a["body"]):
        badge = f' <span class="y-b">{F("key")}</span>' if heading and i % 2 == 0 else ""
        pin = f'<div class="y-p">{F("pinned")}</div>' if i == 0 else ""
        h = f"<h3>{E(heading)}</h3>" if heading else ""
        ps = "".join(f"<p>{E(p)}</p>" for p in paras)
        posts.append(f'<div class="y-u">{pin}<div class="y-m"><span>{F("ago", n=(i + 1) * 7)}</span>{badge}</div>'
                     f'{h}{ps}<div class="y-x"><button>{F("share")}</button></div></div>')
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div class="y-top">{nav(c, semantic=False)}</div>
<div class="y-page">
<h1>{E(a["headline"])}</h1>
<p class="y-lead">{E(a["standfirst"])}</p>
<div class="y-o"><label><input type="checkbox"> {F("only")}</label></div>
<div class="y-feed">
{"".join(posts)}
<div class="y-l"><button>{F("more")}</button></div>
</div>
</div>
{footer(c, semantic=False)}
</body>
</html>
"""


def t_shortlines(a, c, lang, k):
    """The article's own short lines where chrome sits: subheadings as bold paragraphs (or a
    classed div) between a bare photo credit and a "Read more" link line, captions of a few
    words in centred paragraphs under their image, the last one after the story's last
    sentence, a list of short items. All of these are gold; the credit and link lines are not."""
    out = []
    for n, item in enumerate(a["body"]):
        kind = item[0]
        if kind == "h2":
            sub = {"en": f"<p><strong>{E(item[1])}</strong></p>", "vi": f"<p><b>{E(item[1])}</b></p>",
                   "zh": f'<div class="s-sub">{E(item[1])}</div>'}[lang]
            out.append(sub + teaser_link(c, k + n, lang))
        elif kind == "fig":
            out.append(f'<p style="text-align:center"><img src="/s/{n}.jpg" alt=""></p>'
                       f'<p style="text-align:center">{E(item[1])}</p>'
                       f'<p style="text-align:center"><em>{E(line("credit", a, lang))}</em></p>')
        else:
            out.append(body(dict(a, body=[item])))
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div class="s-top">{nav(c, semantic=False)}</div>
<div class="s-page"><div class="s-main">
<div class="s-title"><h1>{E(a["headline"])}</h1></div>
{f'<p class="s-lead">{E(a["standfirst"])}</p>' if a.get("standfirst") else ""}
<div class="s-body">
{chr(10).join(out)}
</div>
{tag_links(c, lang)}
</div>
<div class="s-side">{most_read(c, k % 3, tag="div")}</div></div>
{footer(c, semantic=False)}
</body>
</html>
"""


DEV_TEMPLATES = {"arc": t_arc, "amp": t_amp, "vnhard": t_vnhard, "divbr": t_divbr, "zhplain": t_zhplain,
                 "richlink": t_richlink, "furniture": t_furniture, "livehard": t_livehard,
                 "shortlines": t_shortlines}

# New dev pages: (language, article of articles_*.py, template, page name, extra fields).
DEV_PAGES = [
    ("en", "wire-rates", "arc", "arc-rates-inline-chrome", {}),
    ("en", "wordpress-blog", "amp", "amp-blog", {}),
    ("en", "broadcaster-floods", "arc", "arc-floods-credits", {}),
    ("vi", "vnexpress-cau-vuot", "vnhard", "vnexpress-inline-chrome", {}),
    ("vi", "nhandan-br", "divbr", "divbr-le-hoi", {}),
    ("vi", "vietnamplus-xuat-khau", "amp", "amp-xuat-khau", {}),
    ("zh", "xinhua-detail", "zhplain", "portal-plain-p", {}),
    ("zh", "sina-finance", "zhplain", "portal-plain-gbk", {"encoding": "gbk", "charset_decl": "http-equiv"}),
    ("zh", "people-gbk", "divbr", "divbr-library", {}),
    ("en", "agency-wildfire", "richlink", "richlink-wildfire", {}),
    ("en", "hongkong-short", "richlink", "richlink-short", {}),
    ("vi", "wrong-lang-du-lich", "richlink", "richlink-du-lich", {"lang_attr": "vi", "og_locale": "vi_VN"}),
    ("vi", "short-sidebar-thoi-tiet", "richlink", "richlink-thoi-tiet", {}),
    ("zh", "xinhua-detail", "richlink", "richlink-xinhua", {}),
    ("zh", "divsoup-tech", "richlink", "richlink-tech", {}),
    ("en", "broadcaster-floods", "furniture", "furniture-floods", {}),
    ("en", "broadcaster-gallery", "furniture", "furniture-gallery", {}),
    ("vi", "vnexpress-cau-vuot", "furniture", "furniture-cau-vuot", {}),
    ("vi", "baochinhphu-table-cp1258", "furniture", "furniture-chinh-phu", {}),
    ("zh", "gallery-teasers", "furniture", "furniture-gallery", {}),
    ("zh", "chinadaily-cn", "furniture", "furniture-chinadaily", {}),
    ("en", "newspaper-liveblog", "livehard", "livehard-blog", {}),
    ("vi", "live-bong-da", "livehard", "livehard-bong-da", {}),
    ("zh", "live-launch", "livehard", "livehard-launch", {}),
    ("en", "explainer-ferry", "shortlines", "shortlines-ferry", {}),
    ("vi", "hoi-dap-bao-hiem", "shortlines", "shortlines-bao-hiem", {}),
    ("zh", "guide-metro", "shortlines", "shortlines-metro", {}),
]
