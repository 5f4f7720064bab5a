#!/usr/bin/env python3
"""The third held-out set (tests/pages/heldout3/{en,vi,zh}): new articles (articles3.py) in new
templates, written blind: without looking at the extractor's code or running it, and not yet
scored. Nothing was tuned on it.

    python3 tests/pages/heldout3.py

writes the 12 pages and their golds, then checks them (every gold line is in its page's text,
the tags balance, legacy-encoded pages decode). Deterministic: the same bytes every run.

Templates, each imitating a kind of site (the sites are fictitious, example.* addresses):

  tablebr   an old Chinese/Vietnamese portal: table layout with no class or id attributes at
            all, <font>, a marquee, the body one run of text split by <br><br> with full-width
            (or &nbsp;) indents, bold subheadings in the run, centred captions with a separate
            credit line, 来源/点击数 and 责任编辑 lines, print/close tools, prev/next links,
            a comment form, a visitor counter.
  divpara   a Vietnamese paper: every paragraph a <div>, no <p> in the body but the
            <p class="Image"> captions in table.tplCaption, a "(Site) -" prefix span inside the
            sapo, a related list under the sapo and a "Tin liên quan" box inside the body, a
            poll, topic chips, a "was this useful" row, a sidebar of "Tin liên quan" with
            summaries.
  agency    a wire agency: Reuters-like hashed utility class names and data-testid, a market
            ticker, a live blog (time, relative time, Pinned/Breaking badges, per-post author,
            share/copy-link buttons, "Key updates" list, "Show more posts") or a long Q&A, a
            "Sign up here." paragraph, "Advertisement · Scroll to continue", reporting/editing
            line, standards line, licensing link, suggested topics, read-next and sponsored
            lists; the Chinese one with 【编辑】, 报告错误, 分享到 and the agency's terms line.
  magazine  a long-read magazine: BEM and CSS-module class names, a metered-paywall banner,
            rubric and reading time, credit-only lead figcaption, a drop cap (first letter in a
            span), pull quotes that repeat body sentences (in aside and in
            figure.wp-block-pullquote > blockquote), an embedded tweet the story quotes, a
            related teaser aside and a "Read:" link paragraph, <noscript> fallbacks, a sticky
            video player, a newsletter form, a print-edition line, an author bio, topic chips,
            an infinite-scroll next-story teaser, JSON-LD with articleBody and paywall markup.
  utility   a Tailwind/Next.js newsroom: utility classes and hashed module names, "6 min read",
            "Gift this article", an audio player ("Listen to this article", 5 min, 0:00 / 5:12,
            1x), the photos gathered in a gallery with counters (1/5) and credit-only slides,
            "Most popular" inside the article column, a poll, a related-video carousel with
            durations, a sponsored-content widget, topic chips, an author card.

What is gold follows tests/pages/README.md: headline, standfirst, paragraphs, subheadings,
list items, block quotes, figure captions, table cells, live-blog update headings and text.
Judgements this set makes on chrome of new shapes:
  - Editor's notes and corrections ("LTS: ...", "编者按：...", "Correction: An earlier
    version ...") ARE gold: the site prints them as part of the story and they are written
    text about its content, not who/when metadata (articles3.py kind "note").
  - An embedded tweet the story quotes IS gold (its text); the "— name (@handle) date"
    attribution is not (a byline and a date).
  - Pull quotes are NOT gold: they repeat a sentence the gold already has once (like the
    key-events list of a live blog, or an alt text that repeats a caption).
  - The live blog's "What we know so far" summary is written article text: gold. Its "Key
    updates" list (links repeating the update headings) is not.
  - Reading time, listen/audio labels, "Gift this article", gallery counters, credits (their
    own element, always), the sapo's "(Site) -" prefix, polls, topic chips, video titles and
    durations, sponsored widgets, "Most popular", the next-story teaser, print-edition lines,
    <noscript> contents and hidden elements are NOT gold.
"""

import datetime
import functools
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from generate import E, A, head, html_open, nav, most_read, comments  # noqa: E402
from pagekit import EN_MONTHS, blocks, when, gold_lines, build_pages, PageText  # noqa: E402
from chrome import CHROME  # noqa: E402
import articles3  # noqa: E402

OUT = os.path.join(HERE, "heldout3")


# ---------------------------------------------------------------- gold and body rendering


def gold3(a):
    """The article's text, one block a line: generate.gold_lines plus the kinds "note" and
    "tweet" (gold), in page order."""
    return gold_lines(a, text=("p", "h2", "quote", "fig", "note", "tweet"), lists=("ul",), more=("update",))


def sentences(text, lang):
    if lang == "zh":
        return re.findall(r"[^。！？]+[。！？]", text)
    return re.findall(r"\S.*?[.!?](?=\s|$)", text)


def after_para(items, start):
    """The first paragraph at or after item `start` whose next item is not a list or table it
    leads into: where a site puts a box between paragraphs."""
    for n in range(max(0, start), len(items) - 1):
        if items[n][0] == "p" and items[n + 1][0] not in ("ul", "table"):
            return n
    return len(items) - 2


VI_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def tweet_html(item, lang):
    _, text, who, date = item
    handle = re.search(r"@(\w+)", who).group(1)
    return (f'<blockquote class="twitter-tweet" data-dnt="true"><p lang="{lang}" dir="ltr">{E(text)}</p>'
            f'&mdash; {E(who)} <a href="https://twitter.com/{handle}/status/1764102938475610112">{E(date)}</a></blockquote>'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')


def table_rows(rows, th=True, td_attr=""):
    out = []
    for r, row in enumerate(rows):
        if r == 0 and th:
            out.append("<tr>" + "".join(f"<th>{E(x)}</th>" for x in row) + "</tr>")
        elif r == 0:
            out.append("<tr>" + "".join(f'<td{td_attr} align="center"><b>{E(x)}</b></td>' for x in row) + "</tr>")
        else:
            out.append("<tr>" + "".join(f"<td{td_attr}>{E(x)}</td>" for x in row) + "</tr>")
    return "".join(out)


# ---------------------------------------------------------------- tablebr: old portal, no classes


TB = {
    "zh": dict(
        welcome="欢迎访问{site}！本站新闻二十四小时滚动更新，欢迎广大读者提供新闻线索。",
        here="您现在的位置：", crumbs=["首页", "新闻中心", "本地要闻"],
        meta="发布时间：{dt}　来源：江城日报　作者：记者 {who}　点击数：3861",
        size='【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】',
        credit="（记者 {who} 摄）", sig=["（责任编辑：李明）"],
        tools=["【打印本页】", "【关闭窗口】", "【收藏本页】", "【推荐给朋友】"],
        prev="上一篇：", next="下一篇：", prev_t="市区新增三条公交线路 方便市民出行", next_t="我市第十届全民读书节开幕",
        related="相关新闻", pics="图片新闻", hot="热点排行",
        pic_titles=["江城夜景：灯光秀点亮滨江两岸", "秋收时节稻田金黄", "市民在公园参加健步走活动"],
        rel_titles=["我市召开防汛工作专题会议 部署近期防汛重点工作", "气象部门发布暴雨蓝色预警 提醒市民减少外出",
                    "汛期出行安全提示：遇积水路段请绕行", "市区部分路段积水情况通报",
                    "长江航道部分水域实施临时交通管制"],
        cmt_head="网友评论（已有0条评论）", cmt_name="用户名：", cmt_anon="匿名发表", cmt_btn="发表评论",
        cmt_note="注：网友评论只代表网友个人观点，不代表本站观点。请遵守互联网相关法律法规，文明上网。",
        visits="您是本站第 1234567 位访问者",
        footer="主办：江城日报社　承办：江城新闻网　地址：江城市解放大道100号　联系电话：027-88881234",
        footer2="Copyright &copy; 2004-2024 江城新闻网 All Rights Reserved　鄂ICP备05001234号",
        bullet="●", indent="　　", sep="　", anon_type="checkbox", note_open='<font face="楷体_GB2312" color="#993300">', note_close="</font>",
        short_date="%m-%d",
    ),
    "vi": dict(
        welcome="Chào mừng quý vị đến với {site}! Thông tin được cập nhật hằng ngày.",
        here="Bạn đang ở:", crumbs=["Trang chủ", "Kinh tế", "Nông nghiệp - Thủy sản"],
        meta="Cập nhật: {dt} | Tác giả: {who} | Lượt xem: 2.157",
        size='Cỡ chữ: <a href="#">A+</a> <a href="#">A-</a>',
        credit="(Ảnh: {who})", sig=["<b>{who}</b>", "Nguồn: Báo Nông thôn Mới"],
        tools=["[In bài]", "[Gửi cho bạn bè]", "[Lên đầu trang]"],
        prev="Bài trước:", next="Bài tiếp:", prev_t="Ngư dân Tuy Phong ra khơi đầu năm, trúng đậm cá cơm",
        next_t="Hội thảo phát triển nghề trồng rong biển bền vững",
        related="Các tin khác", pics="Tin ảnh", hot="Đọc nhiều",
        pic_titles=["Mùa cá cơm ở Phan Rí Cửa", "Chợ cá sáng sớm ở Đông Hải", "Đồng muối Cà Ná vào vụ"],
        rel_titles=["Ninh Thuận phát triển vùng nuôi tôm công nghệ cao", "Ngư dân bám biển trong vụ cá nam",
                    "Xuất khẩu thủy sản sáu tháng đầu năm tăng 8%", "Hỗ trợ ngư dân chuyển đổi nghề khai thác ven bờ",
                    "Khánh thành cảng cá mới ở huyện Ninh Hải"],
        cmt_head="Ý kiến bạn đọc", cmt_name="Họ và tên:", cmt_anon="Email:", cmt_btn="Gửi ý kiến",
        cmt_note="Lưu ý: Ý kiến của bạn đọc sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu.",
        visits="Số lượt truy cập: 1.234.567",
        footer="Cơ quan chủ quản: Hội Nghề cá tỉnh. Giấy phép số 12/GP-TTĐT. Địa chỉ: 25 Trần Phú, thành phố Phan Rang - Tháp Chàm.",
        footer2="&copy; Bản quyền thuộc {site}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
        bullet="-", indent="&nbsp;&nbsp;&nbsp;&nbsp;", sep=" | ", anon_type="text", note_open="<i><b>", note_close="</b></i>",
        short_date="%d/%m",
    ),
}


def legacy_head(a):
    charset = a.get("encoding", "utf-8")
    if a.get("charset_decl") == "http-equiv":
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    else:
        meta = f'<meta charset="{charset}">'
    return (f"<head>\n{meta}\n<title>{E(a['headline'])}-{E(a['site'])}</title>\n"
            f'<meta name="keywords" content="{A(a["site"])}">\n'
            f'<meta name="description" content="{A(a.get("standfirst") or a["headline"])}">\n'
            '<link href="/css/style.css" rel="stylesheet" type="text/css">\n'
            '<script language="javascript" src="/js/common.js"></script>\n'
            "<script>var _hmt=_hmt||[];(function(){var hm=document.createElement('script');"
            "hm.src='https://stat.example.cn/hm.js?1a2b3c';document.head.appendChild(hm);})();</script>\n</head>")


def t_tablebr(a, c, lang, k):
    """Old portal, table layout, no class or id anywhere; the body a <br> run in one cell."""
    T = TB[lang]
    who = a.get("author", "")
    d = when(a)
    dt = d.strftime("%Y-%m-%d %H:%M") if lang == "zh" else d.strftime("%H:%M %d/%m/%Y")
    ind = T["indent"]

    def fig(item, n):
        return (f'<center><img src="/uploadfile/2024/0{n}12{n}.jpg" width="500" border="0" alt=""><br>'
                f'<font color="#000080">{E(item[1])}</font></center>'
                f'<center><font size="2" color="#666666">{E(T["credit"].format(who=who))}</font></center><br>')

    R = {
        "p": lambda it, n: f"{ind}{E(it[1])}<br><br>",
        "h2": lambda it, n: f"{ind}<b>{E(it[1])}</b><br><br>",
        "quote": lambda it, n: f"<blockquote>{E(it[1])}</blockquote>",
        "fig": fig,
        "ul": lambda it, n: "".join(f"{ind}{T['bullet']} {E(x)}<br>" for x in it[1]) + "<br>",
        "table": lambda it, n: ('<table border="1" cellspacing="0" cellpadding="4" align="center" width="90%">'
                                + table_rows(it[1], th=False) + "</table><br>"),
        "note": lambda it, n: f"{ind}{T['note_open']}{E(it[1])}{T['note_close']}<br><br>",
    }
    navlinks = " | ".join(f'<a href="/{i}/">{E(x)}</a>' for i, x in enumerate(c["nav"][:12]))
    pics = "".join(f'<tr><td align="center"><a href="/pic/{i}.htm"><img src="/pic/s{i}.jpg" width="200" height="140" border="0"></a>'
                   f'<br><a href="/pic/{i}.htm">{E(t)}</a></td></tr>' for i, t in enumerate(T["pic_titles"]))
    hot = "".join(f'<tr><td>{i + 1}. <a href="/hot/{i}.htm">{E(t)}</a></td></tr>'
                  for i, t in enumerate(c["most_read"][k:] + c["most_read"][:k]))
    crumbs = " &gt; ".join(f'<a href="/">{E(x)}</a>' for x in T["crumbs"])
    sf = (f'<tr><td><table width="100%" border="0" cellpadding="6" bgcolor="#f3f3f3"><tr><td>'
          f'<font color="#333333"><b>{E(a["standfirst"])}</b></font></td></tr></table></td></tr>') if a.get("standfirst") else ""
    sig = "".join(f'<tr><td align="right">{s.format(who=E(who))}</td></tr>' for s in T["sig"])
    rel_date = (d - datetime.timedelta(days=1)).strftime(T["short_date"])
    rel = "<br>".join(f'· <a href="/news/{k}{i}.htm">{E(t)}</a> <font color="#999999">({rel_date})</font>'
                      for i, t in enumerate(T["rel_titles"]))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
{legacy_head(a)}
<body topmargin="0" leftmargin="0" bgcolor="#ffffff">
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td height="90" bgcolor="#b40000"><a href="/"><img src="/images/logo.gif" width="300" height="80" border="0" alt="{A(a["site"])}"></a></td>
<td bgcolor="#b40000" align="right"><font color="#ffffff">{E(T["visits"])}</font></td></tr>
</table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#dddddd">
<tr><td height="28" align="center">{navlinks}</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#ff0000">{E(T["welcome"].format(site=a["site"]))}</font></marquee></td></tr></table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="230" valign="top" bgcolor="#f7f7f7">
<table width="100%" border="0" cellpadding="4">
<tr><td bgcolor="#b40000"><font color="#ffffff"><b>{E(T["pics"])}</b></font></td></tr>
{pics}
<tr><td bgcolor="#b40000"><font color="#ffffff"><b>{E(T["hot"])}</b></font></td></tr>
{hot}
</table>
</td>
<td width="10">&nbsp;</td>
<td width="720" valign="top">
<table width="100%" border="0" cellpadding="4"><tr><td>{E(T["here"])} {crumbs}</td></tr></table>
<table width="100%" border="0" cellpadding="8">
<tr><td align="center"><font size="5" color="#000000"><b>{E(a["headline"])}</b></font></td></tr>
<tr><td align="center"><font size="2" color="#666666">{E(T["meta"].format(dt=dt, who=who))}{T["sep"]}{T["size"]}</font></td></tr>
<tr><td><hr size="1" color="#cccccc" noshade></td></tr>
{sf}
<tr><td style="font-size:14px;line-height:180%">
{blocks(a, R)}
</td></tr>
{sig}
<tr><td align="center">{" ".join(f'<a href="javascript:void(0)">{E(x)}</a>' for x in T["tools"])}</td></tr>
<tr><td>{E(T["prev"])}<a href="/news/p.htm">{E(T["prev_t"])}</a><br>{E(T["next"])}<a href="/news/n.htm">{E(T["next_t"])}</a></td></tr>
</table>
<table width="100%" border="0" cellpadding="4">
<tr><td bgcolor="#eeeeee"><b>{E(T["related"])}</b></td></tr>
<tr><td>{rel}</td></tr>
</table>
<form action="/comment/post.asp" method="post">
<table width="100%" border="0" cellpadding="4">
<tr><td bgcolor="#eeeeee"><b>{E(T["cmt_head"])}</b></td></tr>
<tr><td>{E(T["cmt_name"])}<input type="text" name="user" size="20"> {E(T["cmt_anon"])}<input type="{T["anon_type"]}" name="anon"></td></tr>
<tr><td><textarea name="content" rows="5" cols="70"></textarea></td></tr>
<tr><td><input type="submit" value="{A(T["cmt_btn"])}"></td></tr>
<tr><td><font size="2" color="#999999">{E(T["cmt_note"])}</font></td></tr>
</table>
</form>
</td>
</tr>
</table>
<table width="960" border="0" align="center"><tr><td align="center"><hr size="1" color="#b40000">
<font size="2">{E(T["footer"])}<br>{T["footer2"].format(site=E(a["site"]))}</font></td></tr></table>
</body>
</html>
"""


# ---------------------------------------------------------------- divpara: Vietnamese paper


DP = {
    "vi": dict(
        prefix="(Ngày Nay) -", views="{n} lượt xem", ticker="Tin nóng", search="Tìm kiếm",
        login="Đăng nhập", box_rel="Tin liên quan", credit="Ảnh: {who}",
        vote="Bình chọn", results="Xem kết quả", votes="{n} lượt bình chọn",
        topic="Chủ đề:", useful="Bài viết có hữu ích với bạn không?", yes="Có", no="Không",
        cmt_form="Gửi bình luận", cmt_ph="Chia sẻ ý kiến của bạn", cmt_btn="Gửi",
        footer=("© Bản quyền thuộc Báo Mới Ngày Nay. Giấy phép số 215/GP-BTTTT. Tổng biên tập: Trần Quốc Minh. "
                "Tòa soạn: 68 Nguyễn Du, Hà Nội. Liên hệ quảng cáo. Điều khoản sử dụng. Chính sách bảo mật."),
        app="Tải ứng dụng Báo Mới Ngày Nay trên App Store và Google Play để đọc tin nhanh hơn",
        ticker_items=["Giá vàng hôm nay tiếp tục tăng mạnh", "Thời tiết Hà Nội chuyển lạnh từ cuối tuần"],
        pool=[
            ("Bến Tre cấp nước sinh hoạt miễn phí cho hơn 5.000 hộ dân vùng hạn mặn",
             "Các xe bồn chở nước ngọt được điều đến những ấp ven biển, mỗi hộ được nhận từ 200 đến 500 lít nước mỗi tuần."),
            ("Giá sầu riêng giảm mạnh đầu vụ, nhà vườn lo lắng",
             "Thương lái thu mua sầu riêng loại một với giá thấp hơn cùng kỳ năm ngoái khoảng 20.000 đồng mỗi kg."),
            ("Hà Nội: số ca mắc sốt xuất huyết tăng gấp đôi so với cùng kỳ",
             "Sở Y tế đề nghị các quận, huyện đẩy mạnh chiến dịch diệt lăng quăng, bọ gậy tại khu dân cư."),
            ("Cao tốc Cần Thơ – Cà Mau thông xe kỹ thuật đoạn đầu tiên",
             "Đoạn dài 30 km giúp rút ngắn thời gian di chuyển giữa hai địa phương thêm gần một giờ."),
            ("Giống lúa chịu mặn mới cho năng suất cao ở vùng ven biển",
             "Giống lúa do các nhà khoa học phát triển có thể chịu được độ mặn đến 4 g/l trong giai đoạn đẻ nhánh."),
            ("Bệnh viện nhi quá tải vì trẻ mắc bệnh hô hấp khi trời trở lạnh",
             "Nhiều phụ huynh phải chờ hàng giờ để được khám, bệnh viện tăng cường thêm bàn khám vào buổi tối."),
            ("Người dân miền Tây chuyển sang trồng dừa sáp để thích ứng hạn mặn",
             "Dừa sáp cho giá bán cao gấp nhiều lần dừa thường, trong khi chịu mặn tốt hơn nhiều loại cây ăn trái."),
            ("Những lưu ý khi cho trẻ uống thuốc hạ sốt tại nhà",
             "Bác sĩ khuyến cáo phụ huynh dùng thuốc đúng liều theo cân nặng và không tự ý phối hợp nhiều loại thuốc."),
        ],
        polls={
            "xam-nhap-man": ("Theo bạn, giải pháp nào hiệu quả nhất để ứng phó với hạn mặn?",
                             ["Xây thêm hồ chứa nước ngọt", "Chuyển đổi cây trồng, vật nuôi", "Đầu tư thêm cống ngăn mặn"]),
            "vac-xin-cum": ("Con bạn đã được tiêm vắc xin cúm năm nay chưa?",
                            ["Đã tiêm", "Chưa tiêm, sẽ tiêm trong tháng này", "Không có ý định tiêm"]),
        },
        topics={"xam-nhap-man": ["Hạn mặn", "Đồng bằng sông Cửu Long"], "vac-xin-cum": ["Vắc xin", "Sức khỏe trẻ em"]},
        sections={"xam-nhap-man": ["Xã hội", "Môi trường"], "vac-xin-cum": ["Sức khỏe", "Tư vấn"]},
    ),
}


def t_divpara(a, c, lang, k):
    """Vietnamese paper: paragraphs as <div>s, p.Image captions in table.tplCaption, a sapo
    with a site prefix span, related lists above and inside the body, a poll, topic chips."""
    D = DP[lang]
    who = a.get("author", "")
    photographer = who.split(" - ")[-1]
    d = when(a)
    pool = D["pool"][k:] + D["pool"][:k]

    def fig(item, n):
        return (f'<table class="tplCaption" align="center" border="0" cellpadding="3" cellspacing="0" width="100%"><tbody>'
                f'<tr><td><img src="https://img.example.vn/2024/{n}/anh-{n}.jpg" alt="{A(item[1])}" width="680"></td></tr>'
                f'<tr><td><p class="Image">{E(item[1])}</p><div style="text-align:right"><em>{E(D["credit"].format(who=photographer))}</em></div></td></tr>'
                "</tbody></table>")

    R = {
        "p": lambda it, n: f'<div style="text-align: justify;">{E(it[1])}</div>' if n % 2 else f"<div>{E(it[1])}</div>",
        "h2": lambda it, n: f"<div><b>{E(it[1])}</b></div>",
        "quote": lambda it, n: f'<div class="box-quote"><div><i>{E(it[1])}</i></div></div>',
        "fig": fig,
        "ul": lambda it, n: "".join(f"<div>- {E(x)}</div>" for x in it[1]),
        "table": lambda it, n: ('<table class="tbl-data" border="1" cellpadding="5" cellspacing="0" width="100%"><tbody>'
                                + table_rows(it[1], th=False) + "</tbody></table>"),
        "note": lambda it, n: f"<div><i><b>{E(it[1])}</b></i></div>",
        "tweet": lambda it, n: tweet_html(it, lang),
    }
    q, opts = D["polls"][a["name"]]
    poll = (f'<div class="box-poll"><div class="poll-question">{E(q)}</div><form>'
            + "".join(f'<div><label><input type="radio" name="poll" value="{i}"> {E(o)}</label></div>' for i, o in enumerate(opts))
            + f'<div><button type="button">{E(D["vote"])}</button> <a href="#">{E(D["results"])}</a></div></form>'
            f'<div class="poll-count">{E(D["votes"].format(n="2.341"))}</div></div>')
    mid = (f'<div class="box-tinlienquan"><div class="title-box">{E(D["box_rel"])}</div><ul>'
           + "".join(f'<li><a href="/tin/{k}{i}.htm">{E(t)}</a></li>' for i, (t, _) in enumerate(pool[3:5])) + "</ul></div>")
    n_items = len(a["body"])
    inserts = {after_para(a["body"], 3): mid, after_para(a["body"], n_items - 6): poll}
    top_rel = "".join(f'<li><a href="/tin/t{i}.htm">{E(t)}</a></li>' for i, (t, _) in enumerate(pool[:3]))
    side = "".join(f'<div class="news-item"><a href="/tin/s{i}.htm"><img src="/thumb/s{i}.jpg" alt=""></a>'
                   f'<div class="news-item__title"><a href="/tin/s{i}.htm">{E(t)}</a></div><div class="news-item__sapo">{E(s)}</div></div>'
                   for i, (t, s) in enumerate(pool[5:8]))
    sec = D["sections"][a["name"]]
    chips = " ".join(f'<a class="tag-item" href="/chu-de/{i}.htm">{E(t)}</a>' for i, t in enumerate(D["topics"][a["name"]]))
    date = f'{VI_DAYS[d.weekday()]}, {d.strftime("%d/%m/%Y - %H:%M")}'
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div class="site-header"><div class="header-top"><a class="logo" href="/"><img src="/logo.svg" alt="{A(a["site"])}"></a>
<div class="header-date">{E(VI_DAYS[d.weekday()])}, {d.strftime("%d/%m/%Y")}</div>
<form class="header-search" action="/tim-kiem"><input type="text" placeholder="{A(D["search"])}"><button>{E(D["search"])}</button></form>
<a class="header-login" href="/dang-nhap">{E(D["login"])}</a></div>
{nav(c)}</div>
<div class="breaking-ticker"><span class="breaking-ticker__label">{E(D["ticker"])}</span>{"".join(f'<a href="/n/{i}">{E(t)}</a>' for i, t in enumerate(D["ticker_items"]))}</div>
<div class="container detail-page">
<div class="col-left">
<div class="breadcrumb">{"".join(f'<a href="/">{E(x)}</a>' for x in sec)}</div>
<h1 class="title-detail">{E(a["headline"])}</h1>
<div class="info-detail"><span class="time">{E(date)}</span> <span class="view">{E(D["views"].format(n="1.204"))}</span></div>
<div class="sapo"><span class="sapo-prefix">{E(D["prefix"])}</span> {E(a["standfirst"])}</div>
<div class="box-relate-top"><ul>{top_rel}</ul></div>
<div id="content-detail" class="content-detail singular-content">
{blocks(a, R, inserts)}
</div>
<div class="author-bottom" style="text-align:right"><strong>{E(who)}</strong></div>
<div class="box-topic"><span>{E(D["topic"])}</span> {chips}</div>
<div class="box-useful"><span>{E(D["useful"])}</span> <button>{E(D["yes"])}</button> <button>{E(D["no"])}</button></div>
<div class="box-app">{E(D["app"])}</div>
<div class="box-comment"><div class="box-comment__title">{E(D["cmt_form"])}</div><textarea placeholder="{A(D["cmt_ph"])}"></textarea><button>{E(D["cmt_btn"])}</button>
{comments(c, wrap="div")}</div>
</div>
<div class="col-right sidebar">
<div class="box-tinlienquan box-tinlienquan--side"><h3 class="title-box">{E(D["box_rel"])}</h3>{side}</div>
{most_read(c, k % 3, tag="div")}
<div class="banner-right" id="adsRight"><span>{E(c["ad"])}</span></div>
</div>
</div>
<div class="site-footer">{E(D["footer"])}</div>
</body>
</html>
"""


# ---------------------------------------------------------------- agency: wire site, live blog or Q&A


AG = {
    "en": dict(
        ticker=["S&P 500 5,667.56 +0.64%", "Nasdaq 17,997.35 +0.72%", "Brent 79.42 -1.10%", "Gold 2,478.10 +0.31%"],
        signin="Sign In", register="Register",
        kickers={"heatwave-live": ["World", "United States"], "packaging-qa": ["Business", "Retail & Consumer", "Explainer"]},
        live="LIVE", updated="Updated {n} min ago", by="By {who}",
        tools=["Share", "Save"], rights="Purchase Licensing Rights, opens new tab",
        ago="{n} min ago", pinned="Pinned", breaking="Breaking", share="Share", copy="Copy link",
        post_by="From {who}", posters=["Anna Reyes in Marlow Springs", "Marcus Webb in Denver"],
        more="Show more posts", keys="Key updates",
        adv="Advertisement · Scroll to continue",
        signup="The Daily Briefing newsletter brings you the top stories and analysis every weekday morning.",
        signup_link="Sign up here.",
        reporting="Reporting by {who}; Additional reporting by Li Wen; Editing by Claire Dunn",
        standards="Our Standards: The Meridian Trust Principles.",
        topics_head="Suggested Topics:", topics=["Climate", "Energy", "Consumer Goods", "Environment"],
        bio="{who} covers energy, climate and consumer affairs from the agency's Denver bureau, and has reported from four continents since joining in 2016.",
        read_next="Read Next",
        read_next_items=[("Energy", "Utilities brace for record summer demand as new gas plants lag behind schedule", "3 hours ago"),
                         ("Markets", "Power futures jump as forecasters extend heat warning into next week", "5 hours ago"),
                         ("Retail", "Grocers push back on timeline for refill stations in large stores", "yesterday"),
                         ("Climate", "Extreme heat days have doubled since the 1980s, federal report finds", "2 days ago")],
        sponsored_head="Sponsored Content",
        sponsored=[("Homeowners are replacing their old air conditioners with this quiet alternative", "CoolHome Direct"),
                   ("The 12 most comfortable walking shoes for long summer days", "StrideFit"),
                   ("Retirees in these five states are saving thousands on energy bills", "EnergySmart Advisors")],
        footer="All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays. © 2024 Meridian Wire. All rights reserved.",
    ),
    "zh": dict(
        ticker=["上证指数 2717.12 -0.31%", "深证成指 8106.55 -0.52%", "恒生指数 17240.39 +0.77%"],
        signin="登录", register="注册",
        crumbs=["中新快讯网首页", "财经", "正文"], source="来源：中新快讯网", participate="参与互动",
        size='字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>',
        editor="【编辑：刘欣然】", report="报告错误", share_head="分享到：",
        related_head="相关新闻",
        related=["上半年我国汽车产销量双双突破千万辆", "多家车企加快布局海外充电网络",
                 "动力电池出口持续增长 行业竞争进一步加剧", "港口汽车滚装码头吞吐量创新高"],
        recommend="精彩推荐",
        recommend_items=[("秋季车市迎来“金九银十” 多地推出购车补贴", "多地近期发放汽车消费券，部分车型最高可享受一万元补贴。"),
                         ("新能源重卡加速进入港口物流", "多个港口的集装箱运输开始使用换电重卡，单车每年可节省燃料费用十余万元。")],
        weixin="扫描二维码关注中新快讯网官方微信，获取更多财经资讯",
        adv="广告",
        terms="本网站所刊载信息，不代表中新快讯网观点。刊用本网站稿件，务经书面授权。",
        footer="关于我们 | 联系我们 | 广告服务 | 供稿服务 | 法律声明 | 网站地图　© 2024 中新快讯网 版权所有",
        credit="中新快讯网记者 {who} 摄",
    ),
}

# Reuters-like generated class names on every paragraph.
P_CLS = ("text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large-body__FV3Xd "
         "body__full_width__ekUdw article-body__element__2p5pI")


def t_agency(a, c, lang, k):
    """Wire agency: a live blog of timed posts with furniture, or a long Q&A, in hashed classes."""
    G = AG[lang]
    who = a.get("author", "")
    d = when(a)
    live = any(x[0] == "update" for x in a["body"])
    updates = [x for x in a["body"] if x[0] == "update"]
    n_up = iter(range(len(updates)))

    def update(item, n):
        i = next(n_up)
        _, time, heading, paras = item
        badges = ""
        if i == 0:
            badges += f'<span class="live-post__badge live-post__badge--pinned">{E(G["pinned"])}</span>'
        if i == 2:
            badges += f'<span class="live-post__badge live-post__badge--breaking">{E(G["breaking"])}</span>'
        h = f'<h2 class="live-post__title__3kQz1" data-testid="LiveHeading">{E(heading)}</h2>' if heading else ""
        ps = "".join(f'<p class="{P_CLS}" data-testid="paragraph-{n}-{j}">{E(p)}</p>' for j, p in enumerate(paras))
        poster = G["posters"][i % 2]
        return (f'<div class="live-post__container__Wb9x0" id="post-{i}" data-testid="LivePost">'
                f'<div class="live-post__meta__2QpLm"><time datetime="{d.date()}T{time}:00">{time} ET</time> '
                f'<span class="live-post__ago">{E(G["ago"].format(n=(i + 1) * 12))}</span>{badges}</div>'
                f'{h}<div class="live-post__body__5mTre">{ps}</div>'
                f'<div class="live-post__author">{E(G["post_by"].format(who=poster))}</div>'
                f'<div class="live-post__share"><button>{E(G["share"])}</button><button>{E(G["copy"])}</button></div></div>')

    if lang == "zh":
        def fig(item, n):
            return (f'<div class="left_ph"><img src="/2024/09-12/U{n}P4T8D1028.jpg" alt=""></div>'
                    f'<p class="left_pt">{E(item[1])}</p><p class="left_pz">{E(G["credit"].format(who=who))}</p>')
        R = {
            "p": lambda it, n: f"<p>{E(it[1])}</p>",
            "h2": lambda it, n: f"<p><strong>{E(it[1])}</strong></p>",
            "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
            "fig": fig,
            "ul": lambda it, n: "<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
            "table": lambda it, n: '<table border="1" cellpadding="4" width="100%">' + table_rows(it[1]) + "</table>",
            "note": lambda it, n: f"<p><strong>{E(it[1])}</strong></p>",
            "tweet": lambda it, n: tweet_html(it, lang),
            "update": update,
        }
        adv = f'<div class="adInContent" id="adInContent"><span class="ad-label">{E(G["adv"])}</span></div>'
        inserts = {4: adv}
        share = " ".join(f'<a href="#" title="{A(s)}">{E(s)}</a>' for s in c["share"][:4])
        rel = "".join(f'<li><a href="/cj/2024/09-1{i}/{i}.shtml">{E(t)}</a> <span>{d.strftime("%m-%d")}</span></li>'
                      for i, t in enumerate(G["related"]))
        rec = "".join(f'<div class="rec-item"><a href="/r/{i}"><img src="/r{i}.jpg" alt=""></a><div class="rec-title"><a href="/r/{i}">{E(t)}</a></div>'
                      f'<div class="rec-desc">{E(s)}</div></div>' for i, (t, s) in enumerate(G["recommend_items"]))
        return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div class="topbar"><div class="ticker">{" ".join(f"<span>{E(t)}</span>" for t in G["ticker"])}</div>
<div class="login"><a href="/login">{E(G["signin"])}</a> | <a href="/reg">{E(G["register"])}</a></div></div>
<div class="nav_nav">{nav(c, semantic=False)}</div>
<div class="content_maincontent_more">
<div class="crumbs">{" &gt; ".join(f'<a href="/">{E(x)}</a>' for x in G["crumbs"])}</div>
<div class="content_left_title"><h1>{E(a["headline"])}</h1></div>
<div class="content_left_time">{d.strftime("%Y年%m月%d日 %H:%M")}　{E(G["source"])}　<a href="#comment">{E(G["participate"])}</a>　<span class="fontsize">{G["size"]}</span></div>
<div class="left_zw" style="position:relative">
<p><strong>{E(a["standfirst"])}</strong></p>
{blocks(a, R, inserts)}
<div class="adEditor"><div class="left_name"><div class="left_name">{E(G["editor"])}</div></div></div>
</div>
<div class="content_tools"><a href="/jiucuo">{E(G["report"])}</a>　<span>{E(G["share_head"])}{share}</span></div>
<div class="content_terms">{E(G["terms"])}</div>
<div class="content_related"><div class="related_head">{E(G["related_head"])}</div><ul>{rel}</ul></div>
<div class="content_recommend"><div class="recommend_head">{E(G["recommend"])}</div>{rec}</div>
<div class="content_qr"><img src="/qr.png" alt=""><p>{E(G["weixin"])}</p></div>
<div id="comment">{comments(c, wrap="div")}</div>
</div>
<div class="content_right">{most_read(c, 1, tag="div")}</div>
<div class="bottom_footer">{E(G["footer"])}</div>
</body>
</html>
"""

    def fig(item, n):
        return (f'<figure class="primary-image__figure__Sp9tV"><div class="image__container__2mQrS"><img src="/resizer/{n}.jpg" alt="" width="1200" height="800"></div>'
                f'<figcaption class="primary-image__caption__2r5Xg"><span data-testid="Body" class="text__text__1FZLe">{E(item[1])}</span></figcaption>'
                f'<div class="primary-image__credit" data-testid="Credit">REUTERS/Meridian Staff</div></figure>')

    R = {
        "p": lambda it, n: f'<p class="{P_CLS}" data-testid="paragraph-{n}">{E(it[1])}</p>',
        "h2": lambda it, n: f'<h2 class="heading__base__2T28j heading__heading_6__RtD9P" data-testid="Heading">{E(it[1])}</h2>',
        "quote": lambda it, n: f'<blockquote class="blockquote__container__1z3Xk"><p class="{P_CLS}">{E(it[1])}</p></blockquote>',
        "fig": fig,
        "ul": lambda it, n: ('<ul class="list__list__3Jl0p" data-testid="List">'
                             + "".join(f'<li class="list__item__2mdBw"><span class="text__text__1FZLe">{E(x)}</span></li>' for x in it[1]) + "</ul>"),
        "table": lambda it, n: ('<div class="table__container__H0kX7"><table class="table__table__2uXb8" data-testid="Table">'
                                + table_rows(it[1]) + "</table></div>"),
        "note": lambda it, n: f'<p class="{P_CLS}" data-testid="Correction"><em>{E(it[1])}</em></p>',
        "tweet": lambda it, n: tweet_html(it, lang),
        "update": update,
    }
    adv = (f'<div class="article-body__ad__1r2Yk" data-testid="ResponsiveAdSlot"><span class="ad-slot__label__2kQ1w">{E(G["adv"])}</span>'
           '<div id="ad-mid-1" style="min-height:250px"></div></div>')
    signup = (f'<p class="{P_CLS} sign-up__text__3Hk0s" data-testid="promo-box"><em>{E(G["signup"])} '
              f'<a href="https://meridianwire.example.com/newsletters/daily-briefing/">{E(G["signup_link"])}</a></em></p>')
    if live:
        first_update = next(n for n, x in enumerate(a["body"]) if x[0] == "update")
        inserts = {first_update + 2: adv}
    else:
        inserts = {after_para(a["body"], 3): signup, after_para(a["body"], len(a["body"]) // 2): adv}
    kick = " ".join(f'<a class="text__text__1FZLe" href="/k/{i}">{E(x)}</a>' for i, x in enumerate(G["kickers"][a["name"]]))
    badge = (f'<div class="live-badge__root__9Qk2c"><span class="live-badge__dot"></span><span>{E(G["live"])}</span> '
             f'<span class="live-badge__updated">{E(G["updated"].format(n=4))}</span></div>') if live else ""
    stamp = f'{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d.strftime("%I:%M %p").lstrip("0")} UTC'
    keys = ""
    if live:
        keys = ('<aside class="live-key-updates__root__x8Rt1"><h3>' + E(G["keys"]) + "</h3><ul>"
                + "".join(f'<li><a href="#post-{i}"><time>{u[1]}</time> {E(u[2])}</a></li>' for i, u in enumerate(updates) if u[2])
                + "</ul></aside>")
    more = f'<div class="live-feed__more"><button data-testid="LoadMore">{E(G["more"])}</button></div>' if live else ""
    authors = [x.strip() for x in who.replace(" and ", ",").split(",") if x.strip()]
    bios = "".join(f'<div class="author-bio__author-card__1o3h8"><img src="/authors/{i}.jpg" alt=""><a href="/authors/{i}" class="author-bio__name">{E(x)}</a>'
                   f'<p class="text__text__1FZLe author-bio__description">{E(G["bio"].format(who=x))}</p></div>' for i, x in enumerate(authors))
    chips = "".join(f'<a class="tag-chip__chip__1q2Wm" href="/topics/{i}">{E(t)}</a>' for i, t in enumerate(G["topics"]))
    read_next = "".join(f'<li class="media-story-card__root"><span class="media-story-card__kicker">{E(kk)}</span>'
                        f'<a href="/rn/{i}" data-testid="Heading">{E(t)}</a><time>{E(ago)}</time></li>'
                        for i, (kk, t, ago) in enumerate(G["read_next_items"]))
    spons = "".join(f'<li><a href="https://sponsor.example.net/{i}"><img src="/sp{i}.jpg" alt=""><span class="sp-title">{E(t)}</span>'
                    f'<span class="sp-brand">{E(b)}</span></a></li>' for i, (t, b) in enumerate(G["sponsored"]))
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body>
<div id="fusion-app">
<div class="site-header__wrap__2kQ9x"><div class="site-header__logo"><a href="/">{E(a["site"])}</a></div>
{nav(c, semantic=False)}
<div class="site-header__account"><a href="/signin">{E(G["signin"])}</a> <a class="button__primary" href="/register">{E(G["register"])}</a></div></div>
<div class="market-ticker__root__1sT2a" aria-label="Market data">{"".join(f'<span class="market-ticker__item">{E(t)}</span>' for t in G["ticker"])}</div>
<main id="main-content" class="regular-article-layout__main__1tplD">
<div class="article__container__2kG1r">
<header class="article-header__header__1Tdno">
<div class="article-header__kicker">{kick}</div>
{badge}
<h1 class="text__text__1FZLe text__heading_2__1K_hh heading__base__2T28j" data-testid="Heading">{E(a["headline"])}</h1>
<p class="article-header__summary__3Fz1q" data-testid="Summary">{E(a["standfirst"])}</p>
<div class="article-header__meta-container__2_jQ8"><div class="info-content__author-date__1Epi_">
<address class="author-name__author__1QaEL">{E(G["by"].format(who=who))}</address>
<time class="date-line__date__23Ge-" datetime="{a["date"]}">{E(stamp)}</time></div>
<div class="article-header__tools"><button>{E(G["tools"][0])}</button><button>{E(G["tools"][1])}</button>
<a class="article-header__rights" href="/licensing">{E(G["rights"])}</a></div></div>
</header>
<div class="article-body__content__17Yit" data-testid="ArticleBody">
{blocks(a, R, inserts)}
{more}
<p class="{P_CLS} signoff" data-testid="Body">{E(G["reporting"].format(who=who))}</p>
</div>
<div class="article-body__trust"><a href="/trust">{E(G["standards"])}</a></div>
<div class="article-body__rights"><a href="/licensing">{E(G["rights"])}</a></div>
<div class="tags__wrapper__3Jm1d"><span>{E(G["topics_head"])}</span>{chips}</div>
{bios}
</div>
<div class="article__sidebar__2hPnL">{keys}
<div class="read-next__root__2wL3F"><h3>{E(G["read_next"])}</h3><ul>{read_next}</ul></div></div>
</main>
<div class="sponsored-content__root__Zc1m9"><h3>{E(G["sponsored_head"])}</h3><ul>{spons}</ul></div>
<div class="site-footer__root__3jpMx"><p>{E(G["footer"])}</p></div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------- magazine: long read


MG = {
    "en": dict(
        meter="You have 2 free articles left this month.", subscribe="Subscribe", signin="Sign in", gift_sub="Give a gift",
        rubric="Features", by="By {who}", read="12 min read", lead_credit="Illustration by Sam Okafor",
        fig_credit="Photograph by Dana Li for The Longview",
        read_label="Read:", read_links=["The quiet work of the people who keep our records",
                                        "What a town loses when its local newspaper closes"],
        related_label="Related",
        related=("When the river came for the library",
                 "In 1993, a flood destroyed half of a town's books. Its librarians have been rebuilding ever since."),
        nl_title="Sign up for The Longview Weekly", nl_text="Our editors' picks of the week's best writing, delivered every Sunday.",
        nl_email="Your email address", nl_btn="Sign up",
        nl_legal="By signing up, you agree to our Privacy Policy and Terms of Service.",
        video_label="Watch", video_title="Inside the seed vault built to survive the end of the world",
        up_next="Up next: The last lighthouse keepers of the North Sea", close="Close",
        print_line="This article appears in the December 2024 print edition with the headline “Water Damage.”",
        bio="{who} is a staff writer at The Longview, where she covers cities and the people who keep them running.",
        chips=["Cities", "History", "Climate"],
        next_label="Next story", next_title="The last ferryman of the Wadden Sea",
        next_dek="For forty years Jan Post has carried islanders across the tidal flats. Now the crossing he built his life around is about to close.",
        next_first="On a grey morning in late October, Jan Post checks the tide tables for the third time before he unties the boat. At this time of year, he says, the sea can change its mind in minutes.",
        loading="Loading…", noscript="Please enable JavaScript to view the interactive map of the flooded streets.",
        footer="© 2024 The Longview. All rights reserved. Privacy Policy · Terms of Service · Accessibility · Careers",
        modal="Before you go: get our best long reads in your inbox every Sunday.",
    ),
    "vi": dict(
        meter="Bạn còn 2 bài viết miễn phí trong tháng này.", subscribe="Đăng ký gói đọc", signin="Đăng nhập", gift_sub="Tặng gói đọc",
        rubric="Phóng sự", by="Bài và ảnh: {who}", read="Đọc 8 phút", lead_credit="Ảnh bìa: {who}",
        fig_credit="Ảnh: {who}",
        read_label="Đọc thêm:", read_links=["Ngư dân Phú Yên thu tiền tỷ từ nghề nuôi tôm hùm lồng",
                                            "Giữ rừng ngập mặn để giữ làng chài"],
        related_label="Cùng chủ đề",
        related=("Người giữ rạn san hô ở Hòn Mun",
                 "Hơn mười năm qua, anh Tư cùng các thợ lặn tình nguyện dọn rác và trồng lại san hô dưới đáy biển Nha Trang."),
        nl_title="Đăng ký nhận bản tin Biển Xanh Cuối tuần",
        nl_text="Những bài phóng sự hay nhất trong tuần, gửi đến hộp thư của bạn mỗi sáng Chủ nhật.",
        nl_email="Địa chỉ email của bạn", nl_btn="Đăng ký",
        nl_legal="Khi đăng ký, bạn đồng ý với Chính sách bảo mật của chúng tôi.",
        video_label="Video", video_title="Mùa thu hoạch muối trên cánh đồng muối Hòn Khói",
        up_next="Xem tiếp: Một ngày làm ngư dân trên đảo Bé", close="Đóng",
        print_line="Bài viết đăng trên ấn phẩm Biển Xanh Cuối tuần số 25, phát hành ngày 22/6/2024.",
        bio="{who} là phóng viên mảng phóng sự của Biển Xanh Online, theo dõi các vấn đề biển đảo và sinh kế ven biển.",
        chips=["Ninh Thuận", "Kinh tế biển", "Sinh kế"],
        next_label="Bài tiếp theo", next_title="Những người thợ đóng ghe bầu cuối cùng ở Quảng Ngãi",
        next_dek="Nghề đóng ghe bầu từng nuôi sống cả làng, nay chỉ còn vài người thợ già giữ lửa bên những chiếc ghe gỗ dở dang.",
        next_first="Xưởng ghe của ông Bảy nằm sát mép nước, mái tôn đã hoen gỉ sau nhiều mùa bão. Mỗi sáng, ông vẫn dậy từ năm giờ để kiểm tra những tấm ván phơi dưới nắng.",
        loading="Đang tải...", noscript="Vui lòng bật JavaScript để xem bản đồ tương tác.",
        footer="© 2024 Biển Xanh Online. Giấy phép số 88/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
        modal="Trước khi rời đi: nhận những bài phóng sự hay nhất mỗi sáng Chủ nhật.",
    ),
    "zh": dict(
        meter="登录后可免费阅读本刊全部文章", subscribe="订阅", signin="登录", gift_sub="赠阅",
        rubric="深度", by="文｜{who}", read="阅读约8分钟", lead_credit="题图：{who} 摄",
        fig_credit="摄影：{who}",
        read_label="延伸阅读：", read_links=["城市漫步火了之后，年轻人开始重新认识自己的城市", "社区食堂里的烟火气"],
        related_label="相关文章",
        related=("在老年大学，七十岁学钢琴不算晚",
                 "一所老年大学的钢琴班里，平均年龄六十八岁的学员们正在准备他们的第一场汇报演出。"),
        nl_title="订阅《城市周刊》周末精选", nl_text="每周日早上，把本周最值得读的文章送到你的邮箱。",
        nl_email="请输入邮箱地址", nl_btn="订阅", nl_legal="订阅即表示你同意我们的隐私政策和用户协议。",
        video_label="视频", video_title="探访城市里的“深夜食堂”", up_next="下一条：年轻人为什么爱上了逛菜市场", close="关闭",
        print_line="本文原载于《城市周刊》2024年第40期",
        bio="{who}，《城市周刊》记者，关注城市生活与青年文化。",
        chips=["夜校", "青年", "城市生活"],
        next_label="下一篇", next_title="当“搭子”成为一种新的社交方式",
        next_dek="饭搭子、旅游搭子、健身搭子……越来越多的年轻人通过互联网寻找兴趣相投的临时伙伴。",
        next_first="周五晚上八点，25岁的李然准时出现在公司楼下的羽毛球馆。和她一起打球的三个人，都是她在社交平台上认识的“球搭子”。",
        loading="加载中…", noscript="请启用JavaScript以查看互动图表。",
        footer="© 2024 城市周刊 版权所有 未经授权不得转载　关于我们 · 联系我们 · 隐私政策",
        modal="离开之前：订阅周末精选，每周收到最值得读的文章。",
    ),
}


def t_magazine(a, c, lang, k):
    """Long-read magazine: drop cap, pull quotes repeating body sentences, an embedded tweet,
    a related aside, noscript fallbacks, sticky video, infinite-scroll next story, JSON-LD."""
    M = MG[lang]
    who = a.get("author", "")
    d = when(a)
    items = a["body"]
    paras = [n for n, x in enumerate(items) if x[0] == "p"]
    first_p = paras[0]
    # Pull quotes: the sentences the article names in "pull" (an editor's choice, as on real
    # magazines), else one of quotable length from about a third and two thirds of the way in;
    # each shown two items below its paragraph.
    lo, hi = (14, 45) if lang == "zh" else (60, 170)
    chosen = list(a.get("pull", []))
    if not chosen:
        for frac in (0.35, 0.7):
            for n in paras[int(len(paras) * frac):]:
                cands = [x for x in sentences(items[n][1], lang) if lo <= len(x) <= hi and x[0] not in "\"“"]
                if cands:
                    chosen.append(cands[-1])
                    break
    pulls = {}
    for text, style in zip(chosen, ("aside", "figure")):
        src = next(n for n, x in enumerate(items) if x[0] in ("p", "quote") and text in x[1])
        pulls[after_para(items, src + 2)] = (text, style)

    def pull(text, style):
        if style == "aside":
            return f'<aside class="c-pullquote c-pullquote--right"><p class="c-pullquote__text">{E(text)}</p></aside>'
        return f'<figure class="wp-block-pullquote PullQuote_root__Hq7s1"><blockquote><p>{E(text)}</p></blockquote></figure>'

    def p(item, n):
        t = item[1]
        if n == first_p:
            return (f'<p class="ArticleParagraph_root__4mszW ArticleParagraph_dropcap__1bX0s">'
                    f'<span class="c-dropcap">{E(t[0])}</span>{E(t[1:])}</p>')
        return f'<p class="ArticleParagraph_root__4mszW">{E(t)}</p>'

    def fig(item, n):
        return (f'<figure class="c-figure c-figure--inline"><picture><source srcset="/img/{n}.webp" type="image/webp">'
                f'<img class="c-figure__img lazyload" data-src="/img/{n}.jpg" alt="" width="1200" height="800"></picture>'
                f'<noscript><img src="/img/{n}.jpg" alt="" width="1200" height="800"></noscript>'
                f'<figcaption class="c-figure__caption"><p class="c-figure__text">{E(item[1])}</p>'
                f'<p class="c-figure__credit">{E(M["fig_credit"].format(who=who))}</p></figcaption></figure>')

    def tweet(item, n):
        rt, rs = M["related"]
        return (f'<figure class="c-embed c-embed--social">{tweet_html(item, lang)}</figure>'
                f'<aside class="c-related"><p class="c-related__label">{E(M["related_label"])}</p>'
                f'<a class="c-related__link" href="/related/{k}"><h3 class="c-related__title">{E(rt)}</h3>'
                f'<p class="c-related__dek">{E(rs)}</p></a></aside>')

    R = {
        "p": p,
        "h2": lambda it, n: f'<h2 class="ArticleHeading_h2__x91Lp c-article__subhead">{E(it[1])}</h2>',
        "quote": lambda it, n: f'<blockquote class="ArticleBlockquote_root__Bq0aS"><p>{E(it[1])}</p></blockquote>',
        "fig": fig,
        "ul": lambda it, n: '<ul class="ArticleList_root__Lp2sX">' + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "table": lambda it, n: '<table class="ArticleTable_root__Tt7dQ">' + table_rows(it[1]) + "</table>",
        "note": lambda it, n: (f'<p class="c-article__editors-note"><em>{E(it[1])}</em></p>' if n == 0
                               else f'<p class="c-article__correction"><em>{E(it[1])}</em></p>'),
        "tweet": tweet,
    }
    read_link = (f'<p class="ArticleRelatedContentLink_root__VYc9V"><em>{E(M["read_label"])} </em>'
                 f'<a href="/read/{k}">{E(M["read_links"][0])}</a></p>')
    read_link2 = (f'<p class="ArticleRelatedContentLink_root__VYc9V"><em>{E(M["read_label"])} </em>'
                  f'<a href="/read/{k}b">{E(M["read_links"][1])}</a></p>')
    newsletter = (f'<div class="NewsletterPromo_root__9dQ1z"><p class="NewsletterPromo_title__r4Q2x">{E(M["nl_title"])}</p>'
                  f'<p class="NewsletterPromo_text__8mW1v">{E(M["nl_text"])}</p><form action="/newsletters/weekly" method="post">'
                  f'<input type="email" placeholder="{A(M["nl_email"])}"><button type="submit">{E(M["nl_btn"])}</button></form>'
                  f'<p class="NewsletterPromo_legal__0zYx1">{E(M["nl_legal"])}</p></div>')
    interactive = (f'<div class="c-interactive" data-embed="/interactive/map-{k}.html"><noscript><p>{E(M["noscript"])}</p></noscript></div>')
    video = (f'<div class="StickyVideo_container__7Tt2e" data-sticky="true"><div class="StickyVideo_label__Lm3Pq">{E(M["video_label"])}</div>'
             f'<p class="StickyVideo_title__Zx81c">{E(M["video_title"])}</p><video preload="none" poster="/video/poster.jpg"></video>'
             f'<button class="StickyVideo_close__2wEr4" aria-label="{A(M["close"])}">×</button>'
             f'<span class="StickyVideo_next__q0Pd2">{E(M["up_next"])}</span></div>')
    inserts = {}

    def add(n, html_):
        inserts[n] = (inserts[n] + "\n" + html_) if n in inserts else html_

    figs = [n for n, x in enumerate(items) if x[0] == "fig"]
    add(figs[0], interactive)
    for n, (text, style) in pulls.items():
        add(n, pull(text, style))
    if not any(x[0] == "tweet" for x in items):
        rt, rs = M["related"]
        add(paras[2], f'<aside class="c-related"><p class="c-related__label">{E(M["related_label"])}</p>'
                      f'<a class="c-related__link" href="/related/{k}"><h3 class="c-related__title">{E(rt)}</h3>'
                      f'<p class="c-related__dek">{E(rs)}</p></a></aside>')
    add(paras[1], read_link)
    add(paras[len(paras) // 2], newsletter)
    add(paras[-3], read_link2)
    add(paras[-2], video)
    body_text = " ".join(gold3(a)[1:])
    ld = [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["headline"],
           "description": a["standfirst"], "articleBody": body_text, "datePublished": a["date"],
           "dateModified": a["date"], "inLanguage": lang, "mainEntityOfPage": a["url"],
           "image": [f"{a['url']}lead.jpg"], "author": [{"@type": "Person", "name": who}],
           "publisher": {"@type": "Organization", "name": a["site"]},
           "isAccessibleForFree": False,
           "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".c-article__body"}},
          {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
              {"@type": "ListItem", "position": 1, "name": a["site"], "item": a["url"].split("/")[0] + "//" + a["url"].split("/")[2]},
              {"@type": "ListItem", "position": 2, "name": M["rubric"]}]}]
    extra = ('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>\n"
             "<noscript><style>.lazyload{display:none}</style></noscript>")
    stamp = {"en": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}", "vi": d.strftime("%d/%m/%Y"),
             "zh": d.strftime("%Y年%m月%d日")}[lang]
    chips = "".join(f'<li><a class="c-topic-chip" href="/topic/{i}">{E(t)}</a></li>' for i, t in enumerate(M["chips"]))
    return f"""{html_open(a, lang)}
{head(a, lang, jsonld=False, extra=extra)}
<body class="article-page template-longform">
<noscript><iframe src="https://www.googletagmanager.example.com/ns.html?id=GTM-X1Y2Z3" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<noscript><img height="1" width="1" style="display:none" src="https://pixel.example.net/tr?id=1234&amp;ev=PageView" alt=""></noscript>
<div class="Paywall_banner__2kLm9" role="region"><p>{E(M["meter"])}</p><a class="Paywall_cta__u3Wq1" href="/subscribe">{E(M["subscribe"])}</a></div>
<header class="SiteHeader_root__a81Zq"><a class="SiteHeader_logo__Qx0ZP" href="/">{E(a["site"])}</a>
{nav(c)}
<div class="SiteHeader_actions__3kR8d"><a href="/subscribe">{E(M["subscribe"])}</a> <a href="/gift">{E(M["gift_sub"])}</a> <a href="/login">{E(M["signin"])}</a></div></header>
<main id="main-content">
<article class="c-article c-article--longform">
<header class="c-article__header">
<p class="c-article__rubric"><a href="/rubric">{E(M["rubric"])}</a></p>
<h1 class="c-article__title">{E(a["headline"])}</h1>
<p class="c-article__dek">{E(a["standfirst"])}</p>
<div class="c-article__byline">{E(M["by"].format(who=who))}</div>
<div class="c-article__meta"><time datetime="{a["date"]}">{E(stamp)}</time> <span class="c-article__reading-time">{E(M["read"])}</span></div>
<figure class="c-lead-art"><img src="/img/lead.jpg" alt="" width="2000" height="1200"><noscript><img src="/img/lead.jpg" alt=""></noscript>
<figcaption class="c-lead-art__credit">{E(M["lead_credit"].format(who=who))}</figcaption></figure>
</header>
<div class="ArticleBody_root__3xK9q c-article__body">
{blocks(a, R, inserts)}
</div>
<footer class="c-article__footer">
<p class="c-article__print-edition"><em>{E(M["print_line"])}</em></p>
<div class="c-author-bio"><img src="/authors/1.jpg" alt=""><p>{E(M["bio"].format(who=who))}</p></div>
<ul class="c-topic-chips">{chips}</ul>
</footer>
</article>
<section class="InfiniteScroll_next__p0Q2x" data-next-url="/next/{k}">
<div class="InfiniteScroll_label__E8vYt">{E(M["next_label"])}</div>
<h2 class="InfiniteScroll_title__0aS7m"><a href="/next/{k}">{E(M["next_title"])}</a></h2>
<p class="InfiniteScroll_dek__mP3xQ">{E(M["next_dek"])}</p>
<p class="InfiniteScroll_preview__Rr2bN">{E(M["next_first"])}</p>
<div class="InfiniteScroll_spinner__1zFkA" aria-busy="true">{E(M["loading"])}</div>
</section>
</main>
<div class="Modal_overlay__Xy12a" hidden><p>{E(M["modal"])}</p><button>{E(M["nl_btn"])}</button></div>
<footer class="SiteFooter_root__kT6wQ"><p>{E(M["footer"])}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- utility: Tailwind newsroom


UT = {
    "en": dict(
        kicker="Cities", by="By {who}", read="6 min read", gift="Gift this article", save="Save", share="Share",
        subscribe="Subscribe", listen="Listen to this article", listen_len="5 min", play="Play", t0="0:00", t1="5:12",
        speed="1x", ai="Audio generated by AI. Learn more",
        counter="{i}/{n}", view_all="View all {n} photos", photo_credit="Photo: {who}", prev="Previous", next="Next",
        popular="Most popular",
        poll_q="Should cities pay to protect their historic records from floods?",
        poll_opts=["Yes, it is worth the cost", "Only the most valuable records", "No, digitise them instead"],
        poll_votes="4,218 votes · Poll closes in 2 days", vote="Vote",
        videos="Related videos",
        video_items=[("2:14", "Watch: floodwater pours into a city centre car park"),
                     ("3:05", "How restorers clean mud from 200-year-old maps"),
                     ("1:48", "Drone footage shows the river at its highest point in a century"),
                     ("4:30", "Meet the volunteers who answered the archive's call")],
        sponsored="Sponsored content", sponsored_by="Recommended by",
        sponsored_items=[("Homeowners in flood zones are switching to this little-known insurance", "SafeHome Quotes"),
                         ("The smart water sensor that pays for itself in one winter", "DryTech"),
                         ("Five towns where house prices are still below 1990s levels", "PropertyPulse")],
        topics=["Floods", "Archives", "Local government"],
        bio="{who} writes about cities, infrastructure and the people who keep them running.", follow="Follow",
        footer="© 2024 The Longview Media Group. Terms · Privacy · Cookie settings · Accessibility · Contact",
    ),
    "zh": dict(
        kicker="城事", by="文／{who}", read="阅读时长约6分钟", gift="送给好友免费读", save="收藏", share="分享",
        subscribe="订阅", listen="听全文", listen_len="约5分钟", play="播放", t0="00:00", t1="05:12",
        speed="倍速 1.0x", ai="本音频由AI合成",
        counter="{i}/{n}", view_all="查看全部{n}张图片", photo_credit="摄影：{who}", prev="上一张", next="下一张",
        popular="24小时热榜",
        poll_q="你上过夜校吗？", poll_opts=["上过，还想再报", "没上过，想去试试", "不感兴趣"],
        poll_votes="已有4218人参与投票", vote="投票",
        videos="相关视频",
        video_items=[("02:14", "夜校陶艺课：零基础也能做出一只杯子"), ("03:05", "外卖小哥的声乐梦"),
                     ("01:48", "三分钟看懂夜校报名攻略"), ("04:30", "一堂古筝课的九十分钟")],
        sponsored="推广", sponsored_by="广告",
        sponsored_items=[("零基础学摄影，三十天拍出大片", "某某教育"), ("职场人必备的办公技巧，限时免费领取", "学习平台"),
                         ("周末去哪儿？城郊露营地推荐", "旅行网")],
        topics=["夜校", "青年", "终身学习"],
        bio="{who}，《城市周刊》记者，关注城市生活与青年文化。", follow="关注",
        footer="© 2024 城市周刊 版权所有　用户协议 · 隐私政策 · 联系我们",
    ),
}


def gather_figs(a):
    """The utility template shows all the photos in one gallery where the first one was."""
    figs = [x for x in a["body"] if x[0] == "fig"]
    out, done = [], False
    for x in a["body"]:
        if x[0] == "fig":
            if not done:
                out.extend(figs)
                done = True
        else:
            out.append(x)
    return dict(a, body=out)


def t_utility(a, c, lang, k):
    """Tailwind/Next.js newsroom: audio player, gift button, gallery with counters, most
    popular, a poll, a video carousel and a sponsored widget inside the article column."""
    U = UT[lang]
    who = a.get("author", "")
    d = when(a)
    items = a["body"]
    figs = [n for n, x in enumerate(items) if x[0] == "fig"]
    n_slides = len(figs) + 3

    def fig(item, n):
        i = figs.index(n)
        slide = (f'<div class="Gallery_slide__Wq2Rt relative" data-index="{i}"><img class="aspect-[3/2] w-full object-cover" src="/_next/image?url=%2Fg%2F{n}.jpg&amp;w=1200" alt="">'
                 f'<div class="Gallery_counter__Hn4Lp absolute right-2 top-2 rounded bg-black/60 px-2 text-xs text-white">{E(U["counter"].format(i=i + 1, n=n_slides))}</div>'
                 f'<p class="Gallery_caption__3sKd0 mt-2 text-sm text-neutral-700">{E(item[1])}</p>'
                 f'<div class="Gallery_credit__pL0aE text-xs text-neutral-500">{E(U["photo_credit"].format(who=who))}</div></div>')
        if i == 0:
            slide = '<div class="Gallery_root__Zq1x0 my-8" role="region">' + slide
        if i == len(figs) - 1:
            extra = "".join(f'<div class="Gallery_slide__Wq2Rt relative hidden" data-index="{j}"><img src="/g/x{j}.jpg" alt="">'
                            f'<div class="Gallery_counter__Hn4Lp text-xs">{E(U["counter"].format(i=j + 1, n=n_slides))}</div>'
                            f'<div class="Gallery_credit__pL0aE text-xs text-neutral-500">{E(U["photo_credit"].format(who=who))}</div></div>'
                            for j in range(len(figs), n_slides))
            slide += (extra + f'<div class="flex justify-between"><button aria-label="{A(U["prev"])}">‹</button>'
                      f'<button class="text-sm underline">{E(U["view_all"].format(n=n_slides))}</button>'
                      f'<button aria-label="{A(U["next"])}">›</button></div></div>')
        return slide

    R = {
        "p": lambda it, n: (f'<p class="mb-5 text-[17px] leading-7 text-neutral-900">{E(it[1])}</p>' if n % 3
                            else f"<p>{E(it[1])}</p>"),
        "h2": lambda it, n: f'<h2 class="mb-3 mt-10 font-serif text-2xl font-bold tracking-tight">{E(it[1])}</h2>',
        "quote": lambda it, n: (f'<blockquote class="my-8 border-l-4 border-red-600 pl-5 font-serif text-xl italic">'
                                f'<p>{E(it[1])}</p></blockquote>'),
        "fig": fig,
        "ul": lambda it, n: '<ul class="mb-6 list-disc space-y-2 pl-6">' + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "table": lambda it, n: ('<div class="overflow-x-auto"><table class="w-full text-left text-sm">'
                                + table_rows(it[1]) + "</table></div>"),
        "note": lambda it, n: (f'<div class="mb-6 rounded bg-amber-50 p-4 text-sm leading-6 text-neutral-800">{E(it[1])}</div>' if n == 0
                               else f'<p class="mt-8 border-t border-neutral-200 pt-4 text-sm italic text-neutral-600">{E(it[1])}</p>'),
        "tweet": lambda it, n: f'<div class="Embed_root__Kx8Q2 my-8 flex justify-center">{tweet_html(it, lang)}</div>',
    }
    popular = ('<div class="my-10 rounded-lg bg-neutral-50 p-5 lg:hidden"><h3 class="mb-3 text-xs font-bold uppercase tracking-widest">'
               + E(U["popular"]) + '</h3><ol class="space-y-3">'
               + "".join(f'<li class="flex gap-3"><span class="font-serif text-2xl text-red-600">{i + 1}</span><a class="font-semibold hover:underline" href="/p/{i}">{E(t)}</a></li>'
                         for i, t in enumerate(c["most_read"][:4])) + "</ol></div>")
    poll = ('<div class="Poll_root__m2Vx8 my-10 rounded-lg border p-5"><p class="mb-3 font-bold">' + E(U["poll_q"]) + "</p>"
            + "".join(f'<button class="mb-2 block w-full rounded border px-4 py-2 text-left">{E(o)}</button>' for o in U["poll_opts"])
            + f'<p class="mt-2 text-xs text-neutral-500">{E(U["poll_votes"])}</p></div>')
    videos = ('<section class="VideoRail_root__8dFg2 my-10"><h3 class="mb-3 text-lg font-bold">' + E(U["videos"]) + '</h3><ul class="flex gap-4 overflow-x-auto">'
              + "".join(f'<li class="w-56 shrink-0"><a href="/video/{i}"><div class="relative"><img src="/v/{i}.jpg" alt="">'
                        f'<span class="absolute bottom-1 right-1 rounded bg-black px-1 text-xs text-white">{E(dur)}</span></div>'
                        f'<span class="mt-1 block text-sm font-semibold">{E(t)}</span></a></li>' for i, (dur, t) in enumerate(U["video_items"]))
              + f'</ul><button aria-label="{A(U["next"])}">›</button></section>')
    spons = ('<div class="OUTBRAIN my-10" data-widget-id="AR_1"><div class="ob-widget-header">' + E(U["sponsored"]) + '</div><div class="grid grid-cols-3 gap-4">'
             + "".join(f'<a class="ob-dynamic-rec-link" href="https://paid.example.net/{i}"><img src="/ob/{i}.jpg" alt="">'
                       f'<span class="ob-rec-text">{E(t)}</span><span class="ob-rec-source">{E(b)}</span></a>' for i, (t, b) in enumerate(U["sponsored_items"]))
             + f'</div><span class="ob-widget-footer">{E(U["sponsored_by"])} Outbrain</span></div>')
    paras = [n for n, x in enumerate(items) if x[0] == "p"]
    inserts = {}
    for n, box in ((after_para(items, paras[2]), popular), (after_para(items, paras[len(paras) // 2]), poll),
                   (after_para(items, paras[-3]), videos)):
        inserts[n] = (inserts[n] + "\n" + box) if n in inserts else box
    audio = (f'<div class="AudioPlayer_wrapper__kP3sd my-6 flex items-center gap-3 rounded-full bg-neutral-100 px-4 py-2">'
             f'<button class="AudioPlayer_play__1mQ0x" aria-label="{A(U["play"])}">▶</button>'
             f'<span class="text-sm font-semibold">{E(U["listen"])}</span><span class="text-sm text-neutral-500">{E(U["listen_len"])}</span>'
             f'<span class="ml-auto font-mono text-xs">{E(U["t0"])} / {E(U["t1"])}</span><button class="text-xs">{E(U["speed"])}</button></div>'
             f'<p class="-mt-4 mb-6 text-xs text-neutral-400">{E(U["ai"])}</p>')
    stamp = {"en": f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}", "zh": d.strftime("%Y-%m-%d %H:%M")}[lang]
    chips = "".join(f'<a class="rounded-full border border-neutral-300 px-3 py-1 text-sm hover:bg-neutral-100" href="/topics/{i}">{E(t)}</a>'
                    for i, t in enumerate(U["topics"]))
    navlinks = "".join(f'<a class="px-2 py-1 text-sm hover:underline" href="/{i}">{E(x)}</a>' for i, x in enumerate(c["nav"][:9]))
    return f"""{html_open(a, lang)}
{head(a, lang)}
<body class="bg-white antialiased">
<div id="__next"><div class="flex min-h-screen flex-col">
<header class="sticky top-0 z-50 border-b border-neutral-200 bg-white/95 backdrop-blur"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a class="font-serif text-2xl font-black" href="/">{E(a["site"])}</a><div class="hidden gap-1 md:flex">{navlinks}</div>
<a class="rounded bg-red-600 px-3 py-1.5 text-sm font-bold text-white" href="/subscribe">{E(U["subscribe"])}</a></div></header>
<main class="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
<div class="mb-2 text-xs font-semibold uppercase tracking-wide text-red-600"><a href="/section">{E(U["kicker"])}</a></div>
<h1 class="font-serif text-4xl font-bold leading-tight md:text-5xl">{E(a["headline"])}</h1>
<p class="mt-4 text-lg leading-7 text-neutral-600">{E(a["standfirst"])}</p>
<div class="mt-5 flex flex-wrap items-center gap-2 text-sm text-neutral-600"><img class="h-8 w-8 rounded-full" src="/a/1.jpg" alt="">
<span class="font-semibold text-neutral-900">{E(U["by"].format(who=who))}</span><span>·</span><time datetime="{a["date"]}">{E(stamp)}</time><span>·</span><span>{E(U["read"])}</span></div>
<div class="mt-4 flex gap-3 border-y border-neutral-200 py-2"><button class="flex items-center gap-1 text-sm"><svg class="h-4 w-4" aria-hidden="true"></svg>{E(U["gift"])}</button>
<button class="text-sm">{E(U["save"])}</button><button class="text-sm">{E(U["share"])}</button></div>
{audio}
<div class="prose prose-lg styles_body__3fQ2x max-w-none">
{blocks(a, R, inserts)}
{spons}
</div>
<div class="mt-8 flex flex-wrap gap-2">{chips}</div>
<div class="mt-10 flex items-start gap-4 rounded-lg border p-5"><img class="h-14 w-14 rounded-full" src="/a/1.jpg" alt="">
<div><p class="font-bold">{E(who)}</p><p class="text-sm text-neutral-600">{E(U["bio"].format(who=who))}</p>
<button class="mt-2 rounded-full border px-3 py-1 text-xs">{E(U["follow"])}</button></div></div>
</main>
<footer class="border-t border-neutral-200 bg-neutral-50 py-8 text-center text-xs text-neutral-500"><p>{E(U["footer"])}</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"slug":"{A(a["name"])}"}}}},"page":"/[section]/[slug]","buildId":"k3Jd9xQ"}}</script>
</body>
</html>
"""


HELDOUT3_TEMPLATES = {"tablebr": t_tablebr, "divpara": t_divpara, "agency": t_agency,
                      "magazine": t_magazine, "utility": t_utility}

# What a template does to the article before both page and gold are written from it.
PREP = {"utility": gather_figs}

# (language, article of articles3.py, template, page name, extra fields)
HELDOUT3_PAGES = [
    ("en", "archive-rescue", "magazine", "magazine-archive", {}),
    ("en", "archive-rescue", "utility", "utility-archive", {}),
    ("en", "heatwave-live", "agency", "agency-live-heatwave", {}),
    ("en", "packaging-qa", "agency", "agency-qa-packaging", {}),
    ("vi", "xam-nhap-man", "divpara", "divpara-xam-nhap-man", {}),
    ("vi", "vac-xin-cum", "divpara", "divpara-vac-xin-cum", {}),
    ("vi", "rong-sun", "tablebr", "tablebr-rong-sun-cp1258", {"encoding": "windows-1258", "charset_decl": "http-equiv"}),
    ("vi", "rong-sun", "magazine", "magazine-rong-sun", {}),
    ("zh", "qiuxun", "tablebr", "tablebr-qiuxun-gbk", {"encoding": "gbk", "charset_decl": "meta"}),
    ("zh", "xinnengyuan-chukou", "agency", "agency-xinnengyuan", {}),
    ("zh", "yexiao", "utility", "utility-yexiao", {}),
    ("zh", "yexiao", "magazine", "magazine-yexiao", {}),
]


# ---------------------------------------------------------------- writing and checking


# The parser of the page check: hidden elements are not left out, a block in a <p> is let be.
Text = functools.partial(PageText, hidden=False, block_in_p=False)


def main():
    prepare = lambda template, a: PREP.get(template, lambda x: x)(a)  # noqa: E731
    render = lambda template, a, lang, k: HELDOUT3_TEMPLATES[template](a, CHROME[lang], lang, k)  # noqa: E731
    for _ in build_pages(OUT, articles3.ARTICLES, HELDOUT3_PAGES, render, gold3, Text, prepare):
        pass


if __name__ == "__main__":
    main()
