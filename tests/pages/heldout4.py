#!/usr/bin/env python3
"""The fourth held-out set (tests/pages/heldout4/{en,vi,zh}): new articles (articles4.py) in new
templates, written blind: without looking at the extractor's code or running it, and not yet
scored. Nothing was tuned on it. Self-contained: it imports nothing of the other generators
(its chrome is its own), only articles4.py.

    python3 tests/pages/heldout4.py

writes the 12 pages and their golds, then checks them (every gold line is in its page's text,
the tags balance, legacy-encoded pages decode strictly in the charset they declare).
Deterministic: the same bytes every run.

Templates, each imitating the markup habits of a kind of site not used by the other sets (the
sites are fictitious, example.* addresses):

  datacomp    a public broadcaster and its language services (BBC-like): every block a div
              with data-component (text-block, subheadline-block, image-block, video-block,
              unordered-list-block, links-block, ad-slot, tags), hashed styled-components
              classes (sc-1a2b3c4d-0 xYzAb), the standfirst as a bold first text block, an
              "Image source, Getty Images" copyright span inside each figure and a
              visually-hidden "Image caption, " prefix in each figcaption, a video block with
              "This video can not be played" and a "Media caption, " prefix, a "You may also
              be interested in:" list of links in the body, a "Follow ... on Facebook" line
              (and, in Vietnamese, "produced with the support of" line; in Chinese, a series
              line) as the body's last text blocks, "Related Topics", "More on this story"
              teaser cards with summaries, "Related internet links" with the external-sites
              notice, a "Why you can trust ..." box, top stories, features with summaries,
              most read, a cookie banner, window.__INITIAL_DATA__ and JSON-LD.
  syndicated  an aggregator showing another publisher's story. English (Yahoo-like): atomic
              utility classes (D(f) Fz(12px)) and caas-* names, the original publisher's logo
              line over the headline, "3 min read", "Advertisement" slots with "Story
              continues below" between paragraphs, a "Story continues" expand button in the
              middle of the body, the publisher's own lines inside the body ("Related: ...",
              "This article was produced with support from ...", a donation appeal, "Read the
              original article on ..."), an author bio, a "Why you can trust ..." box, comments
              in full sentences, trending, a market and a weather widget, a recommended stream
              of teaser cards with summaries. Vietnamese (Báo Mới-like): BEM names, source logo
              and time, "Quảng cáo" with "Bài viết tiếp tục bên dưới", bold right-aligned
              author and a "Theo ..." line at the body's end, "Xem bài gốc", keywords, related
              cards with summaries, reactions.
  newsletter  a Substack-like post: post-title, subtitle, post-ufi like/comment/restack counts,
              subscription widgets with a "Thanks for reading ...!" sentence between
              paragraphs, "Share" and "Leave a comment" buttons in the body, a paid-subscription
              appeal written as the author's own paragraph, footnote anchors after paragraphs
              and the footnotes themselves at the end (gold), an about-the-author bio, "Ready
              for more?", "Discussion about this post" with comments in full sentences,
              window._preloads with the post HTML.
  printview   a print-friendly page: no menus, a print/close toolbar, "Published on ..."
              line, byline and "Last updated" lines, link markers [1] after paragraphs and a
              "Links" list of the URLs at the end, "Source URL:", tags, copyright; the
              Vietnamese one an old table layout in windows-1258 (http-equiv) with
              "[In bài] [Đóng cửa sổ]", a credit row under each photo, the author bold and
              right-aligned, "Địa chỉ bài viết:"; the Chinese one GB2312 (<meta charset>) with
              【打印本页】【关闭窗口】, full-width indents, 【内容提要】, captions with the
              photographer after a <br>, 责任编辑 and 本文网址 lines.
  singular    a Vietnamese portal in the style of Dân trí / VietnamNet: article.singular-
              container, h2.singular-sapo with the "(Site) -" prefix as plain text,
              div.singular-content, figure.image with the credit inside the caption's <p>
              ("... (Ảnh: Hoàng Lâm)"), a "Tin liên quan" box and a related-story card with a
              summary sentence, both tables in the body, a charity-fund donation appeal box, the author bold in a
              right-aligned <p>, hashtag keywords, reactions, "Bình luận" with comments in full
              sentences, "Tin nổi bật" cards with summaries.
  netease     a Chinese portal in the style of 163: GBK declared in http-equiv, post_main,
              post_info with 来源/举报/跟贴, （原标题：...）, a 核心提示 box, p.f_center
              images, an in-body ad, a 点击进入专题 link, a 相关阅读 list inside post_body,
              本文来源 and 责任编辑 with an ID (张伟_NN6180), 【纠错】, share bar, 扫码 QR,
              热门跟贴 in full sentences, 为您推荐 cards with summaries.
  sohu        a Chinese self-media platform in the style of Sohu: article#mp-editor, a hidden
              原标题 paragraph, centred image and grey caption paragraphs, a 图片来源 line,
              UEditor list markup (ul.list-paddingleft-2 > li > p), the account's copyright
              line and — END — in the body, 返回搜闻，查看更多, 责任编辑, 平台声明, 阅读 count,
              the account's card with its bio in the sidebar, QR, 推荐阅读 cards, comments.

What is gold follows tests/pages/README.md: headline, standfirst, paragraphs, subheadings,
list items, block quotes, figure captions, table cells. Judgements this set makes on chrome of
new shapes:
  - Footnotes of a newsletter post ARE gold (the author's text, part of the article); their
    numbers and the anchors after paragraphs are not.
  - A video's caption IS gold (a figure caption); "Media caption, " and the player's
    "This video can not be played ..." are not.
  - NOT gold: "Image source, ..." copyright spans and "Image caption, " prefixes; credits,
    also when they sit in the caption's own <p> after the caption; the "(Site) -" sapo prefix,
    "核心提示：" and "【内容提要】" labels; （原标题：...）; "You may also be interested in:"
    link lists and 相关阅读 lists inside the body; "Follow ... on Facebook" lines; "This
    article was produced with support from ..." lines; series lines; donation and
    paid-subscription appeals (the newsletter's is written in the author's voice and still an
    appeal, not article text); "Thanks for reading ...! Subscribe ..." widgets; "Share" and
    "Leave a comment" buttons; "Read the original article on ...", "Theo ...", "Xem bài gốc",
    publisher logo lines; "Story continues below", "Advertisement"; author bios and account
    cards; "Why you can trust ..." boxes; comments; teaser cards with summaries; print
    toolbars, link markers and link lists, "Source URL:", "Địa chỉ bài viết:", 本文网址;
    the self-media account's copyright line and — END —; 返回搜闻，查看更多; 平台声明.
"""

import datetime
import functools
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles4  # noqa: E402
import pagekit  # noqa: E402
from pagekit import (E, A, EN_MONTHS, EN_DAYS, VI_DAYS, blocks, when, ld, gold_lines, build_pages,  # noqa: E402,F401
                     PageText, add, paras, table_rows)

OUT = os.path.join(HERE, "heldout4")

# ---------------------------------------------------------------- gold and shared pieces


def gold4(a):
    """The article's text, one block a line, in page order."""
    return gold_lines(a, text=("p", "h2", "quote", "fig", "video", "footnote"))


def after_para(items, start):
    """The first paragraph at or after item `start` that does not lead into a list or table
    and is not followed by a figure: where a site puts a box between paragraphs."""
    for n in range(max(0, start), len(items) - 1):
        if items[n][0] == "p" and items[n + 1][0] in ("p", "h2", "quote"):
            return n
    return len(items) - 2


def news_ld(a, lang, **extra):
    """pagekit.news_ld, its image below the article's address."""
    return pagekit.news_ld(a, lang, **{"image": [a["url"].rstrip("/") + "/lead.jpg"], **extra})


def og(a, locale):
    """The og: meta lines without og:site_name, with og:image and the twitter:card line."""
    return pagekit.og(a, locale, site_name=False, image=a["url"].rstrip("/"), twitter=True)


# ---------------------------------------------------------------- datacomp: public broadcaster


DC = {
    "en": dict(
        html_lang="en-GB", locale="en_GB", brand="NFB", home="NFB Home",
        skip="Skip to content", signin="Sign in", register="Register", menu="Menu", search="Search NFB",
        nav=["Home", "News", "Sport", "Business", "Innovation", "Culture", "Travel", "Earth", "Audio", "Video", "Live"],
        subnav=["UK", "World", "Politics", "Business", "Health", "Education", "Science", "Technology", "Local news"],
        ago="3 hours ago", role="Environment correspondent, NFB Northfield", share="Share", save="Save",
        img_src="Image source, ", img_cap="Image caption, ", media_cap="Media caption, ",
        credits=["Getty Images", "Ashdale Rivers Trust", "NFB"],
        novideo=["This video can not be played", "To play this video you need to enable JavaScript in your browser."],
        play="Play video, \"{cap}\", duration 1,42",
        adv="Advertisement",
        more_label="You may also be interested in:",
        more_links=["Beaver dams cut flood peaks, five-year study finds",
                    "Why are some farmers worried about beavers?",
                    "The rivers where wild beavers are already back"],
        tail=["Follow NFB Northfield on Facebook, X and Instagram. Send your story ideas to northfield.news@nfb.example.com."],
        topics_head="Related Topics", topics=["Beavers", "Flooding", "Farming", "Wildlife", "Kelby"],
        more_head="More on this story",
        more_cards=[("Beaver dams cut flood peaks, five-year study finds",
                     "Researchers measured the river above and below a chain of dams on a Devon stream through five winters.", "14 March 2022"),
                    ("Farmers call for clear rules before wild beaver releases",
                     "The union says landowners need to know who will pay for damage to drainage ditches and crops.", "2 February 2023"),
                    ("Town that flooded three times in five years gets new defences",
                     "Kelby's £12m flood wall was finished last autumn, but residents say they still fear every heavy storm.", "9 October 2023")],
        links_head="Related internet links", links=[("Ashdale Rivers Trust", "https://ashdalerivers.example.org/")],
        ext_note="The NFB is not responsible for the content of external sites.",
        trust_head="Why you can trust NFB News",
        trust="NFB News is independent and impartial. Our journalists follow strict editorial guidelines, check their facts with more than one source and correct their mistakes openly.",
        trust_link="Find out more about our editorial values",
        top_head="Top stories",
        top=["Energy bills to fall by £120 a year from July, regulator says",
             "Teachers vote to accept pay offer after months of talks",
             "Storm warning issued for coasts as winds of 80mph forecast"],
        feat_head="Features",
        feat=[("The village that built its own flood defences", "When the council said no, residents raised the money themselves. Five years on, the water has stayed out."),
              ("Can wetlands save our rivers?", "Scientists say restoring marshes could clean up water faster and more cheaply than new treatment plants."),
              ("Meet the volunteers counting every otter in the county", "Armed with cameras and notebooks, a team of 60 people is building the first full survey in decades.")],
        most_head="Most read",
        most=["Council approves plan for 2,000 homes on former airfield", "Man rescued after three hours clinging to a cliff",
              "Rail line to close for nine days over Easter for repairs", "School bans mobile phones for all pupils",
              "Ashdale beavers: what happens next"],
        cookie_head="Let us know you agree to cookies",
        cookie="We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.",
        cookie_btns=["Yes, I agree", "No, take me to settings"],
        footer_links=["Terms of Use", "About the NFB", "Privacy Policy", "Cookies", "Accessibility Help",
                      "Contact the NFB", "Get Personalised Newsletters", "Advertise with us"],
        footer="Copyright 2024 NFB. All rights reserved. The NFB is not responsible for the content of external sites. Read about our approach to external linking.",
        stamp=lambda d: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
    ),
    "vi": dict(
        html_lang="vi", locale="vi_VN", brand="NFB Tiếng Việt", home="Trang chủ NFB Tiếng Việt",
        skip="Bỏ qua để đến nội dung", signin="Đăng nhập", register="Đăng ký", menu="Danh mục", search="Tìm kiếm",
        nav=["Trang chủ", "Việt Nam", "Thế giới", "Kinh doanh", "Khoa học", "Sức khỏe", "Diễn đàn", "Video", "Chuyên đề"],
        subnav=[],
        ago="5 giờ trước", role="NFB News Tiếng Việt, Hội An", share="Chia sẻ", save="Lưu",
        img_src="Nguồn hình ảnh, ", img_cap="Chụp lại hình ảnh, ", media_cap="Chụp lại video, ",
        credits=["Getty Images", "NFB", "Phạm Ngọc Ánh/NFB"],
        novideo=["Không thể phát video này", "Để phát video này, bạn cần bật JavaScript trong trình duyệt."],
        play="Phát video, \"{cap}\", thời lượng 2,05",
        adv="Quảng cáo",
        more_label="Có thể bạn quan tâm:",
        more_links=["Nước biển dâng: Đồng bằng sông Cửu Long có thể mất bao nhiêu đất?",
                    "Khai thác cát trái phép: vì sao khó ngăn chặn?",
                    "Hội An tìm cách sống chung với lũ"],
        tail=["Bài viết này được thực hiện với sự hỗ trợ của Quỹ Báo chí Môi trường Đông Nam Á. Quỹ không can thiệp vào nội dung bài viết.",
              "Mời quý vị theo dõi NFB Tiếng Việt trên Facebook, YouTube và TikTok."],
        topics_head="Chủ đề liên quan", topics=["Biến đổi khí hậu", "Môi trường", "Việt Nam", "Du lịch"],
        more_head="Tin liên quan",
        more_cards=[("Cồn cát ven biển miền Trung đang biến mất", "Nhiều cồn cát tự nhiên đã bị san lấp để xây khu nghỉ dưỡng, khiến bờ biển dễ bị sóng bão tấn công hơn.", "12 tháng 3 năm 2023"),
                    ("Thủy điện và câu chuyện phù sa của sông Thu Bồn", "Các nhà khoa học cho rằng lượng phù sa về hạ du đã giảm mạnh kể từ khi hàng loạt hồ chứa được xây dựng.", "4 tháng 9 năm 2022")],
        links_head="", links=[], ext_note="NFB không chịu trách nhiệm về nội dung của các trang web bên ngoài.",
        trust_head="Vì sao bạn có thể tin NFB Tiếng Việt",
        trust="NFB Tiếng Việt độc lập và không thiên vị. Các nhà báo của chúng tôi tuân thủ những chuẩn mực biên tập nghiêm ngặt, kiểm chứng thông tin từ nhiều nguồn và công khai đính chính khi có sai sót.",
        trust_link="Tìm hiểu thêm về các giá trị biên tập của chúng tôi",
        top_head="Tin chính",
        top=["Giá vàng trong nước lập đỉnh mới, chênh lệch với thế giới vẫn cao",
             "Người Việt ở nước ngoài gửi kiều hối về nước tăng mạnh",
             "Bão số 6 suy yếu khi vào đất liền miền Trung"],
        feat_head="Bài đặc biệt",
        feat=[("Những người giữ rừng ngập mặn cuối cùng ở Cần Giờ", "Họ đã dành cả cuộc đời để trồng và bảo vệ những cánh rừng đước, giờ đang đối mặt với áp lực đô thị hóa."),
              ("Vì sao giới trẻ Việt Nam ngày càng ngại kết hôn?", "Chi phí nhà ở, áp lực công việc và thay đổi quan niệm khiến nhiều người trẻ trì hoãn chuyện lập gia đình.")],
        most_head="Đọc nhiều nhất",
        most=["Nước biển dâng: những thành phố nào có nguy cơ ngập?", "Giá nhà ở Hà Nội tăng nhanh hơn thu nhập",
              "Việt Nam xuất khẩu sầu riêng sang thêm ba thị trường", "Học sinh mất ngủ vì áp lực thi cử",
              "Du lịch Hội An sau mùa lũ"],
        cookie_head="Chúng tôi sử dụng cookie",
        cookie="Chúng tôi dùng cookie để mang lại trải nghiệm tốt nhất cho bạn trên mạng. Vui lòng cho chúng tôi biết bạn có đồng ý với tất cả các cookie này không.",
        cookie_btns=["Đồng ý", "Không, đưa tôi đến phần cài đặt"],
        footer_links=["Điều khoản sử dụng", "Giới thiệu về NFB", "Chính sách quyền riêng tư", "Cookie", "Hỗ trợ tiếp cận", "Liên hệ NFB"],
        footer="© 2024 NFB. NFB không chịu trách nhiệm về nội dung của các trang web bên ngoài. Tìm hiểu về cách chúng tôi đặt đường dẫn tới các trang web bên ngoài.",
        stamp=lambda d: f"{d.day} tháng {d.month} {d.year}",
    ),
    "zh": dict(
        html_lang="zh-Hans", locale="zh_CN", brand="NFB中文", home="NFB中文主页",
        skip="跳过并继续阅读", signin="登录", register="注册", menu="菜单", search="搜索",
        nav=["主页", "国际", "两岸", "英国", "评论", "科技", "财经", "视频", "图辑"],
        subnav=[],
        ago="2小时前", role="NFB中文记者", share="分享", save="收藏",
        img_src="图像来源，", img_cap="图像加注文字，", media_cap="媒体加注文字，",
        credits=["Getty Images", "NFB", "视觉中国"],
        novideo=["无法播放此视频", "要播放此视频，您需要启用浏览器中的JavaScript。"],
        play="播放视频，“{cap}”，时长1,30",
        adv="广告",
        more_label="更多相关报道：",
        more_links=["中国人口老龄化加速：谁来照顾独居老人", "城市更新：老街区改造中的去与留", "住房公积金新政：哪些人可以受益"],
        tail=["本文是NFB中文“城市与生活”系列报道之一。", "欢迎关注NFB中文的微信公众号、微博和Telegram频道。"],
        topics_head="相关话题", topics=["中国", "城市更新", "老龄化", "中国社会"],
        more_head="相关报道",
        more_cards=[("社区食堂走红：老人吃饭难有了新解法", "在一些城市，社区食堂每天为上千名老人提供平价午餐，运营成本却成为新的难题。", "2024年3月12日"),
                    ("独居老人的“一键呼叫”：智慧养老能走多远", "各地推广的智能手环和呼叫设备，让子女更放心，但不少老人仍然不会用、不愿用。", "2023年11月5日")],
        links_head="", links=[], ext_note="NFB对外部网站内容不负责任。",
        trust_head="为什么你可以信任NFB中文",
        trust="NFB中文坚持独立、公正的报道原则。我们的记者遵守严格的编辑准则，核实多方信息来源，出现错误时公开更正。",
        trust_link="了解更多关于我们编辑准则的信息",
        top_head="头条新闻",
        top=["全球股市震荡：投资者担忧经济放缓", "台风逼近华南沿海 多地停课停工", "英国大选：各党公布竞选纲领"],
        feat_head="特写与分析",
        feat=[("年轻人为何涌向“县城”：一场静悄悄的迁徙", "房价、生活成本和工作节奏，让越来越多的年轻人重新考虑在哪里生活。"),
              ("中国的“银发经济”：一门正在变大的生意", "从老年旅游到适老化改造，面向老年人的消费市场正在迅速扩张。")],
        most_head="热门内容",
        most=["老旧小区加装电梯：一楼住户的难题", "中国年轻人的“断亲”现象", "高温下的外卖骑手", "人工智能会取代哪些工作", "留学生回国就业新趋势"],
        cookie_head="我们使用Cookie",
        cookie="我们使用Cookie为您提供最佳的网上体验。请告诉我们您是否同意使用所有这些Cookie。",
        cookie_btns=["同意", "不，带我去设置"],
        footer_links=["使用条款", "关于NFB", "隐私政策", "Cookies", "辅助功能帮助", "联系NFB"],
        footer="© 2024 NFB。NFB对外部网站内容不负责任。阅读我们对外部链接的做法。",
        stamp=lambda d: f"{d.year}年{d.month}月{d.day}日",
    ),
}


def t_datacomp(a, lang, k):
    """Public broadcaster: data-component blocks, hashed classes, copyright spans in figures."""
    D = DC[lang]
    who = a.get("author", "")
    d = when(a)
    figs = iter(range(100))

    def text_block(inner):
        return f'<div data-component="text-block" class="sc-18fde0d6-0 dlWCEZ">{inner}</div>'

    def p(item, n):
        return text_block(f'<p class="sc-eb7bd5f6-0 fYAfXe">{E(item[1])}</p>')

    def fig(item, n):
        i = next(figs)
        src = D["credits"][i % len(D["credits"])]
        return (f'<div data-component="image-block" class="sc-18fde0d6-0 dlWCEZ"><figure class="sc-a34861b-0 efFcac">'
                f'<div class="sc-a34861b-1 jxzoZC"><span class="sc-a34861b-2 bikfrt"><img sizes="(min-width: 1280px) 50vw, 100vw" '
                f'src="https://ichef.example.com/news/480/cpsprodpb/{k}{n}a1/live/{n}.jpg.webp" loading="lazy" alt="" class="sc-a34861b-0 efFcac" width="976" height="549">'
                f'</span><span class="sc-a34861b-3 ecMSdp" role="text"><span class="visually-hidden">{E(D["img_src"])}</span>{E(src)}</span></div>'
                f'<figcaption class="sc-8a068d35-3 kMcASD"><span class="visually-hidden">{E(D["img_cap"])}</span>{E(item[1])}</figcaption>'
                "</figure></div>")

    def video(item, n):
        return (f'<div data-component="video-block" class="sc-18fde0d6-0 dlWCEZ"><figure class="sc-8a068d35-0 gaWTHT">'
                f'<div data-testid="media-player" class="sc-2a7c8a7d-0 bUsbOA"><button class="sc-2a7c8a7d-1 dSpLIR" aria-label="{A(D["play"].format(cap=item[1]))}">'
                f'<svg aria-hidden="true" focusable="false" viewBox="0 0 32 32"></svg></button>'
                f'<div class="sc-2a7c8a7d-2 jRkQwv"><p class="sc-2a7c8a7d-3 kpTtQK">{E(D["novideo"][0])}</p><p class="sc-2a7c8a7d-4 hDcAhM">{E(D["novideo"][1])}</p></div></div>'
                f'<figcaption class="sc-8a068d35-3 kMcASD"><span class="visually-hidden">{E(D["media_cap"])}</span>{E(item[1])}</figcaption>'
                "</figure></div>")

    R = {
        "p": p,
        "h2": lambda it, n: (f'<div data-component="subheadline-block" class="sc-18fde0d6-0 dlWCEZ">'
                             f'<h2 id="{A(re.sub(r"[^a-z]+", "-", it[1].lower()).strip("-") or f"h{n}")}" class="sc-518485e5-0 bWszMR">{E(it[1])}</h2></div>'),
        "quote": lambda it, n: text_block(f'<blockquote class="sc-22cd43f9-0 hNsyXh"><p class="sc-eb7bd5f6-0 fYAfXe">{E(it[1])}</p></blockquote>'),
        "fig": fig,
        "video": video,
        "ul": lambda it, n: ('<div data-component="unordered-list-block" class="sc-18fde0d6-0 dlWCEZ"><ul class="sc-2b5e3b35-0 kGyLOJ">'
                             + "".join(f'<li class="sc-2b5e3b35-1 cRSLbz">{E(x)}</li>' for x in it[1]) + "</ul></div>"),
        "ol": lambda it, n: ('<div data-component="ordered-list-block" class="sc-18fde0d6-0 dlWCEZ"><ol class="sc-2b5e3b35-0 kGyLOJ">'
                             + "".join(f'<li class="sc-2b5e3b35-1 cRSLbz">{E(x)}</li>' for x in it[1]) + "</ol></div>"),
        "table": lambda it, n: ('<div data-component="table-block" class="sc-18fde0d6-0 dlWCEZ"><table class="sc-7f3a1e2b-0 fJkLmN">'
                                + table_rows(it[1]) + "</table></div>"),
    }
    ps = paras(a)
    inserts = {}
    links = (text_block(f'<p class="sc-eb7bd5f6-0 fYAfXe"><b class="sc-7dcfb11b-0 fOyxtL">{E(D["more_label"])}</b></p>')
             + '<div data-component="unordered-list-block" class="sc-18fde0d6-0 dlWCEZ"><ul class="sc-2b5e3b35-0 kGyLOJ">'
             + "".join(f'<li class="sc-2b5e3b35-1 cRSLbz"><a href="/articles/c{k}{i}rel" class="sc-f9178328-0 bGFWdi">{E(t)}</a></li>'
                       for i, t in enumerate(D["more_links"])) + "</ul></div>")
    add(inserts, after_para(a["body"], ps[len(ps) // 3]), links)
    ad = (f'<div data-component="ad-slot" class="sc-18fde0d6-0 dlWCEZ"><div class="dotcom-ad-wrapper" aria-hidden="true">'
          f'<div class="dotcom-ad-text">{E(D["adv"])}</div><div id="dotcom-mpu" class="dotcom-ad" style="min-height:250px"></div></div></div>')
    add(inserts, after_para(a["body"], ps[(2 * len(ps)) // 3]), ad)
    tail = "\n".join(text_block(f'<p class="sc-eb7bd5f6-0 fYAfXe"><i class="sc-5e7a6b2c-0 dQwSfg">{E(t)}</i></p>') for t in D["tail"])
    body = blocks(a, R, inserts)
    initial = {"article": {"headline": a["headline"], "language": lang, "blocks": [
        {"type": x[0], "text": x[1] if isinstance(x[1], str) else " ".join(c if isinstance(c, str) else " ".join(c) for c in x[1])}
        for x in a["body"]]}, "page": {"id": f"c{k}{a['name']}", "section": "news"}}
    nav = "".join(f'<li class="sc-c64a3c4e-3 cKFCSw"><a href="/{i}" class="sc-c64a3c4e-4 eBsgFa" data-testid="mainNavigationLink">{E(x)}</a></li>'
                  for i, x in enumerate(D["nav"]))
    subnav = ("<nav aria-label=\"Secondary\" class=\"sc-e1a87ea7-0 hZkqXy\"><ul>" + "".join(
        f'<li><a href="/news/{i}">{E(x)}</a></li>' for i, x in enumerate(D["subnav"])) + "</ul></nav>") if D["subnav"] else ""
    topics = "".join(f'<li class="sc-3e1b7d0a-1 eXaWnZ"><a href="/topics/c{i}{k}" class="sc-3e1b7d0a-2 fJjWmW">{E(t)}</a></li>'
                     for i, t in enumerate(D["topics"]))
    cards = "".join(f'<li class="sc-93223220-0 bEfCpl"><div data-testid="card" class="sc-b8778340-1 dPwZFj"><a href="/articles/c{i}{k}more" data-testid="internal-link">'
                    f'<div class="sc-b8778340-2 jGgGkG"><img src="https://ichef.example.com/ace/standard/240/m{i}.jpg" alt="" width="240" height="135"></div>'
                    f'<h3 data-testid="card-headline" class="sc-4fedabc7-3 dsoipF">{E(t)}</h3></a>'
                    f'<p data-testid="card-description" class="sc-b8778340-4 kYtujW">{E(s)}</p>'
                    f'<div class="sc-6fba5bd4-0 efYorw"><span data-testid="card-metadata-lastupdated" class="sc-6fba5bd4-1 efYorw">{E(dt)}</span></div></div></li>'
                    for i, (t, s, dt) in enumerate(D["more_cards"]))
    ext = ""
    if D["links"]:
        ext = (f'<section data-component="links-block" class="sc-2fa39fe3-0 iYQhfN"><h2 class="sc-9e6b7b97-0 fZkNtK">{E(D["links_head"])}</h2><ul>'
               + "".join(f'<li><a href="{A(u)}" rel="external">{E(t)}</a></li>' for t, u in D["links"])
               + f'</ul><p class="sc-2fa39fe3-1 kGrKcz">{E(D["ext_note"])}</p></section>')
    top = "".join(f'<li><a href="/articles/t{i}{k}" class="sc-4fedabc7-3 dsoipF">{E(t)}</a></li>' for i, t in enumerate(D["top"]))
    feat = "".join(f'<div data-testid="card" class="sc-b8778340-1 dPwZFj"><a href="/articles/f{i}{k}"><h3 data-testid="card-headline" class="sc-4fedabc7-3 dsoipF">{E(t)}</h3></a>'
                   f'<p data-testid="card-description" class="sc-b8778340-4 kYtujW">{E(s)}</p></div>' for i, (t, s) in enumerate(D["feat"]))
    most = "".join(f'<li class="sc-75597f4c-0 gcLnRi"><span class="sc-75597f4c-1 dQfGhw" aria-hidden="true">{i + 1}</span><a href="/articles/m{i}{k}">{E(t)}</a></li>'
                   for i, t in enumerate(D["most"]))
    flinks = "".join(f'<li><a href="/f/{i}">{E(t)}</a></li>' for i, t in enumerate(D["footer_links"]))
    return f"""<!DOCTYPE html>
<html lang="{D["html_lang"]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["headline"])} - {E(D["brand"])}</title>
<link rel="canonical" href="{A(a["url"])}">
<meta name="description" content="{A(a["standfirst"])}">
{og(a, D["locale"])}
<style>.visually-hidden{{clip-path:inset(100%);clip:rect(1px,1px,1px,1px);height:1px;overflow:hidden;position:absolute;white-space:nowrap;width:1px}}.sc-18fde0d6-0{{margin:0 0 1rem}}.dotcom-ad-text{{font-size:.75rem;text-transform:uppercase}}</style>
{news_ld(a, lang, isAccessibleForFree=True, articleSection="News")}
<script>window.__INITIAL_DATA__={json.dumps(ld(initial), ensure_ascii=False)};</script>
<script async src="https://static.example.com/orbit/orb.js"></script>
</head>
<body>
<div id="__next">
<div id="cookie-banner" class="sc-6f3c6e5e-0 gbsQxS" role="region" aria-label="{A(D["cookie_head"])}"><h2 class="sc-6f3c6e5e-1 hUzJAe">{E(D["cookie_head"])}</h2>
<p class="sc-6f3c6e5e-2 eZkWjv">{E(D["cookie"])}</p><div>{"".join(f'<button class="sc-6f3c6e5e-3 bnvBqP" type="button">{E(b)}</button>' for b in D["cookie_btns"])}</div></div>
<a href="#main-content" class="sc-d3a1e7cf-0 hNjZTd">{E(D["skip"])}</a>
<header data-testid="header" class="sc-c64a3c4e-0 kCNDcV"><div class="sc-c64a3c4e-1 hZHWgd"><button class="sc-c64a3c4e-5 fYyMUK" aria-label="{A(D["menu"])}"></button>
<a href="/" class="sc-c64a3c4e-2 bgjQJq" aria-label="{A(D["home"])}"><svg aria-hidden="true" viewBox="0 0 83 24"></svg></a>
<a href="/signin" class="sc-c64a3c4e-6 jHeVuC">{E(D["signin"])}</a> <a href="/register" class="sc-c64a3c4e-7 gxpKTn">{E(D["register"])}</a>
<form role="search" action="/search"><input type="search" aria-label="{A(D["search"])}" placeholder="{A(D["search"])}"></form></div>
<nav aria-label="{A(D["brand"])}" class="sc-c64a3c4e-8 eCjGLf"><ul class="sc-c64a3c4e-9 hAXVZr">{nav}</ul></nav>
{subnav}
</header>
<div id="main-wrapper" class="sc-e1853509-0 hKAoGQ">
<main id="main-content" data-testid="main-content" class="sc-e1853509-1 fHVGNH">
<article class="sc-74a3a1d4-0 bpNKsV">
<div data-component="headline-block" class="sc-18fde0d6-0 dlWCEZ"><h1 id="main-heading" type="headline" tabindex="-1" class="sc-518485e5-0 bWszMR">{E(a["headline"])}</h1></div>
<div data-component="byline-block" class="sc-18fde0d6-0 dlWCEZ"><div data-testid="byline-new" class="sc-b42e7a8f-0 eUjymQ">
<div class="sc-b42e7a8f-1 bBpHjR"><time datetime="{a["date"]}" class="sc-6fba5bd4-1 efYorw">{E(D["ago"])}</time></div>
<div class="sc-b42e7a8f-3 dxSuqU"><button class="sc-5c6b6b6d-0 iYjsQg" type="button">{E(D["share"])}</button><button class="sc-5c6b6b6d-0 iYjsQg" type="button">{E(D["save"])}</button></div>
<div data-testid="byline-new-contributors" class="sc-b42e7a8f-5 kwEnpw"><div class="sc-b42e7a8f-6 jtPrjQ"><span class="sc-b42e7a8f-7 kItaYD">{E(who)}</span>
<div class="sc-b42e7a8f-8 bGfDxg"><span>{E(D["role"])}</span></div></div></div></div></div>
{text_block(f'<p class="sc-eb7bd5f6-0 fYAfXe"><b class="sc-7dcfb11b-0 fOyxtL">{E(a["standfirst"])}</b></p>')}
{body}
{tail}
<div data-component="tags" class="sc-18fde0d6-0 dlWCEZ"><div class="sc-3e1b7d0a-0 bqGfzD"><h2 class="sc-9e6b7b97-0 fZkNtK">{E(D["topics_head"])}</h2><ul class="sc-3e1b7d0a-3 kGjVxQ">{topics}</ul></div></div>
</article>
<section data-analytics_group_name="more on this story" class="sc-2fa39fe3-0 iYQhfN"><h2 class="sc-9e6b7b97-0 fZkNtK">{E(D["more_head"])}</h2><ul class="sc-93223220-1 bJtMwQ">{cards}</ul></section>
{ext}
<aside class="sc-3f6d6b7e-0 hVmNkZ"><h2 class="sc-9e6b7b97-0 fZkNtK">{E(D["trust_head"])}</h2><p class="sc-3f6d6b7e-1 bYcVdF">{E(D["trust"])}</p><a href="/editorial-values">{E(D["trust_link"])}</a></aside>
</main>
<div class="sc-e1853509-2 gCjdZd">
<section class="sc-2fa39fe3-0 iYQhfN"><h2 class="sc-9e6b7b97-0 fZkNtK">{E(D["top_head"])}</h2><ul>{top}</ul></section>
<section class="sc-2fa39fe3-0 iYQhfN"><h2 class="sc-9e6b7b97-0 fZkNtK">{E(D["feat_head"])}</h2>{feat}</section>
<section data-component="mostRead" class="sc-2fa39fe3-0 iYQhfN"><h2 class="sc-9e6b7b97-0 fZkNtK">{E(D["most_head"])}</h2><ol class="sc-75597f4c-2 ebqGkX">{most}</ol></section>
</div>
</div>
<footer data-testid="footer" class="sc-e5b5ba1f-0 gJVbHu"><ul class="sc-e5b5ba1f-1 bAlJwf">{flinks}</ul><p class="sc-e5b5ba1f-2 dZfJqg">{E(D["footer"])}</p></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------- syndicated: aggregator


SY = {
    "en": dict(
        portal="Daybreak", portal_url="https://www.daybreak.example.com",
        nav=["Mail", "News", "Finance", "Sport", "Entertainment", "Life", "Weather", "Shopping", "More"],
        search="Search the web", signin="Sign in", mail="Mail",
        read="3 min read", share=["Facebook", "X", "Email", "Copy link"],
        adv="Advertisement", continues="Story continues below", expand="Story continues",
        photo="Photo: {who}/Westbridge Business Journal",
        related="Related:", related_t="Dealers offer free home chargers as unsold used electric cars pile up",
        support="This article was produced with support from the Clean Transport Reporting Fund, which has no editorial control over our journalism.",
        donate="Westbridge Business Journal is an independent, reader-funded newsroom. If you found this story useful, please consider supporting our work with a donation of any size.",
        donate_link="Donate today.",
        original="Read the original article on", 
        bio="{who} is a business reporter at Westbridge Business Journal, covering cars, energy and consumer finance. She joined the paper in 2019 after six years at a national news agency.",
        trust_head="Why you can trust Daybreak",
        trust="Daybreak shows stories from more than 200 news organisations exactly as their editors published them. We never pay for coverage, and every partner follows its own published editorial standards.",
        trust_link="Learn more about our news partners",
        comments_btn="View comments (214)", comments_head="Comments",
        comments=[("Graham T", "2h", "I bought a three-year-old electric hatchback in January and I have not regretted it once. Charging at home overnight costs me less than a tenner a week.", 48, 6),
                  ("Sue from Harrow", "3h", "The article does not mention how hard it is to find a working public charger outside the big towns. That is what stops me buying one.", 31, 4),
                  ("M. Okafor", "5h", "Battery health certificates should be compulsory for every used electric car sold by a dealer. Buyers deserve to know what they are getting.", 22, 1)],
        reply="Reply", trending_head="Trending now",
        trending=["Bank of England holds interest rates", "Train strike dates announced", "Premier League title race",
                  "Heatwave warning for weekend", "Royal Mail price rise", "Eurovision final line-up", "House prices latest", "Lottery results"],
        markets=[("FTSE 100", "7,911.16", "+0.06%"), ("FTSE 250", "19,587.61", "-0.41%"), ("GBP/USD", "1.2653", "+0.12%")],
        weather=("Westbridge", "14°C", "Cloudy", "H: 16° L: 8°"),
        upnext="Up next", videos=[("1:52", "How to check the battery on a used electric car"), ("0:58", "The cheapest electric cars to run in 2024")],
        stream_head="Recommended stories",
        stream=[("The Independent Motorist", "Petrol prices rise for third month in a row",
                 "Drivers are paying an average of 148p a litre for unleaded, the highest level since October, according to motoring groups."),
                ("Money Matters Weekly", "How to cut the cost of insuring an electric car",
                 "Premiums for electric models are still higher than for petrol cars, but shopping around and adding a named driver can help."),
                ("Westbridge Business Journal", "Car dealer group plans 300 new jobs as used sales boom",
                 "The company says it will open four new sites across the region by the end of next year.")],
        footer="Terms and Privacy Policy · Privacy dashboard · About our ads · Sitemap · © 2024 Daybreak. All rights reserved.",
        stamp=lambda d: f"{EN_DAYS[d.weekday()][:3]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} at {d.strftime('%I:%M %p').lstrip('0').lower()}",
    ),
    "vi": dict(
        portal="Tin Mới 24h", portal_url="https://tinmoi24h.example.vn",
        nav=["Nóng", "Mới", "Video", "Chủ đề", "Thế giới", "Xã hội", "Kinh tế", "Văn hóa", "Giải trí", "Thể thao", "Pháp luật", "Công nghệ"],
        search="Tìm kiếm", signin="Đăng nhập",
        ago="2 giờ", adv="Quảng cáo", continues="Bài viết tiếp tục bên dưới",
        origin="Theo", view_orig="Xem bài gốc", copy="Sao chép link",
        keywords="Từ khóa:", tags=["giá phòng trọ", "công nhân", "khu công nghiệp", "nhà ở xã hội", "Bình Dương"],
        react_head="Bạn thấy bài viết này thế nào?", reacts=[("Hữu ích", 128), ("Thích", 86), ("Buồn", 41), ("Phẫn nộ", 9)],
        same_head="Tin cùng chủ đề",
        same=[("Báo Lao Động Mới", "1 giờ", "Đồng Nai khởi công dự án nhà ở xã hội 2.000 căn cho công nhân",
               "Dự án dự kiến hoàn thành vào cuối năm 2026, giá thuê mỗi căn hộ khoảng 1,5 triệu đồng mỗi tháng."),
              ("Thời Báo Kinh Tế Phương Nam", "3 giờ", "Nhiều doanh nghiệp tăng phụ cấp nhà ở để giữ chân người lao động",
               "Một số công ty điện tử, may mặc đã nâng khoản hỗ trợ tiền nhà lên 500.000 đồng mỗi tháng từ quý II."),
              ("Báo Công Nhân Ngày Nay", "5 giờ", "Công nhân thuê trọ được hỗ trợ tiền điện trong mùa nắng nóng",
               "Công đoàn khu công nghiệp phối hợp với ngành điện kiểm tra giá điện tại hơn 300 khu nhà trọ.")],
        other_head="Tin khác",
        other=["Lương tối thiểu vùng tăng 6% từ tháng 7", "Bình Dương cần thêm hàng chục nghìn lao động cuối năm",
               "Thị trường bất động sản phía Nam có dấu hiệu phục hồi", "Người lao động mất việc được hỗ trợ học nghề miễn phí"],
        most_head="Đọc nhiều",
        most=["Giá xăng dầu hôm nay giảm nhẹ", "Thời tiết TP HCM có mưa dông chiều tối", "Lịch nghỉ lễ Quốc khánh năm nay",
              "Giá vàng biến động mạnh", "Tuyển sinh lớp 10: công bố điểm chuẩn"],
        video_head="Video nổi bật", videos=["Khám phá khu trọ 'siêu nhỏ' giữa lòng thành phố", "Một ngày của nữ công nhân may"],
        footer=("Tin Mới 24h - Tổng hợp tin tức từ các báo điện tử. Giấy phép thiết lập trang thông tin điện tử tổng hợp số 123/GP-TTĐT. "
                "Tin Mới 24h không chịu trách nhiệm về nội dung của các nguồn tin. © 2024 Tin Mới 24h."),
    ),
}


def t_syndicated(a, lang, k):
    """Aggregator page with another publisher's article inside its wrapper."""
    S = SY[lang]
    who = a.get("author", "")
    d = when(a)
    items = a["body"]
    ps = paras(a)
    if lang == "vi":
        return syndicated_vi(a, S, who, d, items, ps, k)

    def fig(item, n):
        return (f'<figure class="caas-figure"><div class="caas-figure-with-pb" style="max-height:467px"><div class="caas-img-container" style="padding-bottom:66.7%">'
                f'<img class="caas-img has-preview" alt="" src="https://s.daybreak.example.com/ny/api/res/1.2/{n}{k}/YXBwaWQ9aGlnaGxhbmRlcjt3PTk2MA--/{n}.jpg" width="960" height="640"></div></div>'
                f'<figcaption class="caption-collapse">{E(item[1])} <span class="caas-attr-credit Fz(12px) C(#828c93)">{E(S["photo"].format(who=who))}</span></figcaption></figure>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "fig": fig,
        "ul": lambda it, n: "<ul>" + "".join(f"<li><p>{E(x)}</p></li>" for x in it[1]) + "</ul>",
        "ol": lambda it, n: "<ol>" + "".join(f"<li><p>{E(x)}</p></li>" for x in it[1]) + "</ol>",
        "table": lambda it, n: '<div class="caas-table-wrapper Ov(a)"><table>' + table_rows(it[1]) + "</table></div>",
    }
    inserts = {}

    def ad(i):
        return (f'<div class="caas-da caas-da-inbody D(f) Fxd(c) Ai(c) My(20px)" data-ad-loc="INARTICLE-{i}">'
                f'<div class="Fz(11px) C(#828c93) Tt(u) Lts(1px)">{E(S["adv"])}</div>'
                f'<div id="sda-INARTICLE-{i}" class="Mih(250px) W(100%)"></div>'
                f'<div class="Fz(12px) C(#5b636a) Mt(6px)">{E(S["continues"])}</div></div>')

    add(inserts, after_para(items, ps[1]), ad(1))
    expand_at = after_para(items, ps[4])
    add(inserts, expand_at, f'<div class="caas-readmore caas-readmore-collapse"><button class="link rapid-noclick-resp caas-button collapse-button" '
                            f'title="{A(S["expand"])}" aria-label="{A(S["expand"])}">{E(S["expand"])}</button></div>')
    add(inserts, after_para(items, ps[len(ps) // 2]), f'<p><strong>{E(S["related"])} </strong><a href="https://westbridgebusiness.example.com/news/dealers-free-home-chargers">{E(S["related_t"])}</a></p>')
    add(inserts, after_para(items, ps[-3]), ad(2))
    origin = a["url"]
    body = blocks(a, R, inserts)
    share = "".join(f'<li class="D(ib) Mend(8px)"><button class="caas-share-button" aria-label="{A(s)}">{E(s)}</button></li>' for s in S["share"])
    comments = "".join(f'<li class="comments-item Py(12px) Bdb(1px)"><div class="D(f) Ai(c)"><span class="Fw(b) Fz(14px)">{E(nm)}</span>'
                       f'<span class="Fz(12px) C(#828c93) Mstart(8px)">{E(t)}</span></div><p class="Fz(15px) Lh(1.5)">{E(txt)}</p>'
                       f'<div class="D(f) Fz(12px)"><button>{E(S["reply"])}</button><span class="Mstart(10px)">▲ {up}</span><span class="Mstart(10px)">▼ {down}</span></div></li>'
                       for nm, t, txt, up, down in S["comments"])
    trending = "".join(f'<li class="Py(6px)"><span class="Fw(b) Mend(6px)">{i + 1}</span><a href="/search?p={i}">{E(t)}</a></li>' for i, t in enumerate(S["trending"]))
    markets = "".join(f'<tr><td>{E(n)}</td><td>{E(v)}</td><td class="C($c-fuji-green)">{E(c)}</td></tr>' for n, v, c in S["markets"])
    videos = "".join(f'<li class="D(f) Mb(10px)"><span class="Fz(11px) Bgc(#000) C(#fff) Px(4px)">{E(dur)}</span><a href="/video/{i}" class="Mstart(8px)">{E(t)}</a></li>'
                     for i, (dur, t) in enumerate(S["videos"]))
    stream = "".join(f'<li class="stream-item js-stream-content Pos(r)"><div class="D(f)"><div class="Fxs(0) W(180px)"><img src="/s/{i}.jpg" alt="" width="180" height="120"></div>'
                     f'<div class="Mstart(16px)"><div class="Fz(12px) C(#828c93) Tt(u) Fw(b)">{E(src)}</div><h3 class="Fz(18px) Fw(b) Lh(1.3)"><a href="/news/s{i}{k}">{E(t)}</a></h3>'
                     f'<p class="Fz(14px) Lh(1.5) C(#464e56)">{E(s)}</p></div></div></li>' for i, (src, t, s) in enumerate(S["stream"]))
    nav = "".join(f'<li class="D(ib) Mx(12px)"><a href="/{i}" class="C(#232a31) Fw(b) Fz(15px)">{E(x)}</a></li>' for i, x in enumerate(S["nav"]))
    w = S["weather"]
    jsonld = news_ld(a, lang, isBasedOn=origin, provider={"@type": "Organization", "name": a["site"]},
                     publisher={"@type": "Organization", "name": S["portal"]})
    return f"""<!DOCTYPE html>
<html id="atomic" lang="en-GB" class="atomic ltr desktop Desktop bkt201">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["headline"])}</title>
<link rel="canonical" href="{A(origin)}">
<meta name="description" content="{A(a["standfirst"])}">
{og(a, "en_GB")}
<meta name="oath:guce:consent-host" content="guce.daybreak.example.com">
{jsonld}
<style>.caas-readmore-collapse~*{{}}.D\\(f\\){{display:flex}}.Fz\\(12px\\){{font-size:12px}}.caas-body p{{margin:0 0 1em}}</style>
<script>window.YAHOO=window.YAHOO||{{}};YAHOO.context={{"site":"news","region":"GB","lang":"en-GB","device":"desktop","rid":"7kq2v1hj3b"}};</script>
<script async src="https://s.daybreak.example.com/aaq/benji/benji-2.1.0.js"></script>
</head>
<body class="my3columns Bgc(#fff)">
<div id="app">
<header id="ybar" class="Pos(r) Z(10) Bgc(#fff) H(84px) Bdb(1px)"><div class="D(f) Ai(c) Jc(sb) Px(20px)">
<a href="/" class="D(ib) Fz(28px) Fw(900) C(#6001d2)">{E(S["portal"])}</a>
<form class="D(f) W(50%)" action="/search" role="search"><input type="text" class="W(100%)" placeholder="{A(S["search"])}" aria-label="{A(S["search"])}"><button type="submit" aria-label="{A(S["search"])}"></button></form>
<div class="D(f)"><a href="/login" class="Bgc(#6001d2) C(#fff) Px(16px) Py(8px) Bdrs(20px)">{E(S["signin"])}</a> <a href="/mail" class="Mstart(12px)">{E(S["mail"])}</a></div></div>
<nav class="Bgc(#f5f8fa)" aria-label="Primary"><ul class="D(f) M(0) P(0)">{nav}</ul></nav>
</header>
<div id="Main" class="D(f) Jc(c) Mt(24px)">
<div id="module-article" class="caas-container Maw(650px) Mend(40px)" data-uuid="{k}a7e1c2d0-ev-prices">
<div class="caas-content-wrapper">
<header class="caas-header">
<div class="caas-logo D(f) Ai(c) Mb(12px)"><a href="{A(origin)}" class="D(ib)" rel="nofollow noopener" target="_blank"><img class="caas-img H(24px)" src="https://s.daybreak.example.com/os/creatr-uploaded-images/westbridge-logo.png" alt="{A(a["site"])}"></a>
<span class="caas-attr-provider Fz(13px) C(#5b636a) Mstart(8px)">{E(a["site"])}</span></div>
<div class="caas-title-wrapper"><h1 id="caas-title" data-test-locator="headline" class="Fz(32px) Fw(800) Lh(1.2)">{E(a["headline"])}</h1></div>
<div class="caas-subheadline"><h2 class="Fz(18px) Fw(400) C(#464e56) Lh(1.4)">{E(a["standfirst"])}</h2></div>
<div class="caas-attr D(f) Ai(c) Mt(16px)"><div class="caas-attr-item-author"><span class="caas-author-byline-collapse Fw(b)">{E(who)}</span></div>
<div class="caas-attr-time-style Mstart(12px) Fz(13px) C(#5b636a)"><time datetime="{a["date"]}">{E(S["stamp"](d))}</time><span class="caas-attr-mins-read"> · {E(S["read"])}</span></div></div>
<div class="caas-share-buttons"><ul class="D(f) M(0) P(0)">{share}</ul></div>
</header>
<div class="caas-body-wrapper"><div class="caas-body">
{body}
<p><em>{E(S["support"])}</em></p>
<p>{E(S["donate"])} <a href="https://westbridgebusiness.example.com/support">{E(S["donate_link"])}</a></p>
<p>{E(S["original"])} <a href="{A(origin)}" rel="nofollow noopener" target="_blank">{E(a["site"])}</a></p>
</div></div>
<div class="caas-author-bio D(f) Mt(24px) P(16px) Bgc(#f5f8fa)"><img src="/authors/pm.jpg" alt="" width="48" height="48" class="Bdrs(50%)"><p class="Mstart(12px) Fz(14px)">{E(S["bio"].format(who=who))}</p></div>
<div class="caas-trust Mt(24px) Bdt(1px) Pt(16px)"><h3 class="Fz(16px) Fw(b)">{E(S["trust_head"])}</h3><p class="Fz(14px) C(#464e56)">{E(S["trust"])}</p><a href="/partners" class="Fz(14px)">{E(S["trust_link"])}</a></div>
<div class="caas-body-footer Mt(20px)"><button class="comments-toggle Bgc(#0f69ff) C(#fff) Px(20px) Py(10px) Bdrs(20px)">{E(S["comments_btn"])}</button></div>
<section id="comments" class="caas-comments Mt(16px)"><h3 class="Fz(18px) Fw(b)">{E(S["comments_head"])}</h3><ul class="M(0) P(0)">{comments}</ul></section>
</div>
</div>
<aside id="sidebar" class="W(300px)">
<div class="trending-list Mb(24px)"><h3 class="Fz(14px) Fw(b) Tt(u)">{E(S["trending_head"])}</h3><ol class="M(0) P(0)">{trending}</ol></div>
<div class="market-summary Mb(24px)"><table class="W(100%) Fz(13px)">{markets}</table></div>
<div class="weather-widget Mb(24px)"><span class="Fw(b)">{E(w[0])}</span> <span class="Fz(28px)">{E(w[1])}</span> <span>{E(w[2])}</span> <span class="Fz(12px)">{E(w[3])}</span></div>
<div class="video-upnext"><h3 class="Fz(14px) Fw(b)">{E(S["upnext"])}</h3><ul class="M(0) P(0)">{videos}</ul></div>
<div id="sda-LREC" class="Mih(250px)" aria-hidden="true"></div>
</aside>
</div>
<section id="stream" class="Maw(990px) Mx(a) Mt(40px)"><h2 class="Fz(20px) Fw(b)">{E(S["stream_head"])}</h2><ul class="M(0) P(0)">{stream}</ul></section>
<div class="caas-lightbox D(n)" hidden><button aria-label="Close">×</button><div class="caas-lightbox-caption"></div></div>
<footer class="Bdt(1px) Mt(40px) Py(20px) Fz(12px) C(#828c93) Ta(c)"><p>{E(S["footer"])}</p></footer>
</div>
</body>
</html>
"""


def syndicated_vi(a, S, who, d, items, ps, k):
    """Báo Mới-like aggregator: BEM names, source line, ads with a 'continues' line, Theo line."""

    def fig(item, n):
        return (f'<figure class="bm-body__image"><img class="bm-body__img lazy" data-src="https://photo.tinmoi24h.example.vn/w700/2024/06/20/{n}{k}.jpg" '
                f'src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{A(item[1])}" width="700" height="467">'
                f'<figcaption class="bm-body__caption">{E(item[1])}</figcaption></figure>')

    R = {
        "p": lambda it, n: f'<p class="bm-body__text">{E(it[1])}</p>',
        "h2": lambda it, n: f'<h2 class="bm-body__heading">{E(it[1])}</h2>',
        "quote": lambda it, n: f'<blockquote class="bm-body__quote"><p class="bm-body__text"><em>{E(it[1])}</em></p></blockquote>',
        "fig": fig,
        "ul": lambda it, n: '<ul class="bm-body__list">' + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "ol": lambda it, n: '<ol class="bm-body__list">' + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ol>",
        "table": lambda it, n: '<div class="bm-body__table"><table border="1" cellpadding="6" cellspacing="0">' + table_rows(it[1]) + "</table></div>",
    }
    inserts = {}

    def ad(i):
        return (f'<div class="bm-ads bm-ads--inline" id="ads-inline-{i}"><div class="bm-ads__label">{E(S["adv"])}</div>'
                f'<div class="bm-ads__slot" style="min-height:250px"></div><div class="bm-ads__note">{E(S["continues"])}</div></div>')

    add(inserts, after_para(items, ps[1]), ad(1))
    add(inserts, after_para(items, ps[(2 * len(ps)) // 3]), ad(2))
    body = blocks(a, R, inserts)
    nav = "".join(f'<li class="bm-nav__item"><a class="bm-nav__link" href="/{i}.epi">{E(x)}</a></li>' for i, x in enumerate(S["nav"]))
    tags = " ".join(f'<a class="bm-keyword" href="/tag/{i}.epi">{E(t)}</a>' for i, t in enumerate(S["tags"]))
    reacts = "".join(f'<button class="bm-react__btn" type="button">{E(t)} <span class="bm-react__count">{c}</span></button>' for t, c in S["reacts"])
    same = "".join(f'<div class="bm-card"><a class="bm-card__thumb" href="/c/{i}{k}.epi"><img src="/t/{i}.jpg" alt=""></a><div class="bm-card__content">'
                   f'<h3 class="bm-card__title"><a href="/c/{i}{k}.epi">{E(t)}</a></h3><p class="bm-card__sapo">{E(s)}</p>'
                   f'<div class="bm-card__meta"><span class="bm-card__source">{E(src)}</span> <span class="bm-card__time">{E(ago)}</span></div></div></div>'
                   for i, (src, ago, t, s) in enumerate(S["same"]))
    other = "".join(f'<li><a href="/o/{i}{k}.epi">{E(t)}</a></li>' for i, t in enumerate(S["other"]))
    most = "".join(f'<li class="bm-rank__item"><span class="bm-rank__num">{i + 1}</span><a href="/m/{i}.epi">{E(t)}</a></li>' for i, t in enumerate(S["most"]))
    videos = "".join(f'<li><a href="/v/{i}.epi"><img src="/v/{i}.jpg" alt=""><span>{E(t)}</span></a></li>' for i, t in enumerate(S["videos"]))
    stamp = d.strftime("%H:%M %d/%m/%Y")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["headline"])} | {E(S["portal"])}</title>
<link rel="canonical" href="{S["portal_url"]}/{A(a["name"])}/c/4891{k}2031.epi">
<meta name="description" content="{A(a["standfirst"])}">
{og(a, "vi_VN")}
{news_ld(a, "vi", isBasedOn=a["url"], publisher={"@type": "Organization", "name": S["portal"]})}
<script>window.__BM_CONFIG__={{"zone":"xa-hoi","contentId":4891{k}2031,"source":"{A(a["site"])}","ads":true}};</script>
</head>
<body class="bm-page bm-page--article">
<header class="bm-header"><div class="bm-header__top"><a class="bm-logo" href="/">{E(S["portal"])}</a>
<form class="bm-search" action="/tim-kiem"><input class="bm-search__input" type="search" placeholder="{A(S["search"])}"><button class="bm-search__btn" type="submit">{E(S["search"])}</button></form>
<a class="bm-login" href="/dang-nhap">{E(S["signin"])}</a></div>
<nav class="bm-nav"><ul class="bm-nav__list">{nav}</ul></nav></header>
<main class="bm-main"><div class="bm-layout">
<div class="bm-layout__content">
<article class="bm-article">
<div class="bm-article__source"><a class="bm-source" href="{A(a["url"])}" rel="nofollow" target="_blank"><img class="bm-source__logo" src="https://photo.tinmoi24h.example.vn/logo/cnnn.png" alt="{A(a["site"])}"></a>
<span class="bm-source__name">{E(a["site"])}</span> <time class="bm-article__time" datetime="{a["date"]}">{E(S["ago"])}</time></div>
<h1 class="bm-article__title">{E(a["headline"])}</h1>
<div class="bm-article__body" id="bm-body">
<p class="bm-body__sapo"><strong>{E(a["standfirst"])}</strong></p>
{body}
<p class="bm-body__text bm-body__author" style="text-align:right"><strong>{E(who)}</strong></p>
<p class="bm-body__text bm-body__origin"><em>{E(S["origin"])} {E(a["site"])}</em></p>
</div>
<div class="bm-article__footer"><a class="bm-origin-link" href="{A(a["url"])}" rel="nofollow" target="_blank">{E(S["view_orig"])}</a> <button class="bm-copy" type="button">{E(S["copy"])}</button></div>
<div class="bm-keywords"><span class="bm-keywords__label">{E(S["keywords"])}</span> {tags}</div>
<div class="bm-react"><p class="bm-react__title">{E(S["react_head"])}</p>{reacts}</div>
</article>
<section class="bm-section"><h2 class="bm-section__title">{E(S["same_head"])}</h2>{same}</section>
<section class="bm-section"><h2 class="bm-section__title">{E(S["other_head"])}</h2><ul class="bm-list">{other}</ul></section>
</div>
<aside class="bm-layout__sidebar">
<div class="bm-rank"><h3 class="bm-rank__title">{E(S["most_head"])}</h3><ol class="bm-rank__list">{most}</ol></div>
<div class="bm-video"><h3 class="bm-video__title">{E(S["video_head"])}</h3><ul>{videos}</ul></div>
<div class="bm-ads bm-ads--sidebar" aria-hidden="true"><div class="bm-ads__label">{E(S["adv"])}</div></div>
</aside>
</div></main>
<footer class="bm-footer"><p>{E(S["footer"])}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- newsletter: Substack-like post


NL = dict(
    platform="Letterbox", nav=["Home", "Notes", "Archive", "About"],
    subscribe="Subscribe", signin="Sign in", email_ph="Type your email...",
    thanks="Thanks for reading The Kerbside! Subscribe for free to receive new posts and support my work.",
    supported="The Kerbside is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.",
    share="Share", comment="Leave a comment", share_pub="Share The Kerbside",
    appeal="A quick note before the footnotes: if you find these explainers useful, the best way to support them is to become a paid subscriber. It costs less than a bus fare a week, and it keeps every issue free for everyone.",
    upgrade="Upgrade to paid",
    likes=184, comments=37, restacks=12, restack="Restack", discussion="Discussion about this post",
    tabs=["Comments", "Restacks"], write="Write a comment...",
    thread=[("Margaret Ellis", "Apr 18", "This explains so much about the number 9 in my town. The timetable at the stop says every ten minutes, but in practice it is every half hour, with three buses at once.", 41),
            ("Dev Raman", "Apr 18", "I drove buses for eleven years and the holding point idea is right. The problem is that drivers get blamed for running late, so nobody wants to sit at a stop with the doors open.", 67),
            ("Ines Calder", "Apr 19", "Thank you, Dev. That is exactly the contract problem I mention in the third footnote, and it is good to hear it from someone who has been in the cab.", 23),
            ("Tomasz W.", "Apr 20", "Would love a follow-up on trams. Do they bunch in the same way, or does the fixed track change things?", 9)],
    like="Like", reply="Reply", share_c="Share",
    bio_head="About the author",
    bio="Ines Calder writes about buses, trains and the streets in between. She worked as a transport planner for twelve years before starting The Kerbside in 2021.",
    more="Ready for more?",
    footer="© 2024 Ines Calder · Privacy ∙ Terms ∙ Collection notice",
    footer2="Start writing · Get the app · Letterbox is the home for independent writing",
    app="Read in the app",
)


def t_newsletter(a, lang, k):
    """Substack-like newsletter post: subscribe widgets and buttons in the body, footnotes."""
    N = NL
    who = a.get("author", "")
    d = when(a)
    items = a["body"]
    base = a["url"]

    def anchor(num):
        return (f'<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-{num}" '
                f'href="#footnote-{num}" target="_self">{num}</a>')

    def p(item, n):
        fn = anchor(item[2]) if len(item) > 2 else ""
        return f"<p>{E(item[1])}{fn}</p>"

    fn_no = iter(range(1, 100))

    def footnote(item, n):
        num = next(fn_no)
        return (f'<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-{num}" href="#footnote-anchor-{num}" '
                f'class="footnote-number" contenteditable="false" target="_self">{num}</a><div class="footnote-content"><p>{E(item[1])}</p></div></div>')

    def fig(item, n):
        return (f'<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://letterbox-cdn.example.com/image/fetch/f_auto/{k}{n}.jpeg" '
                f'data-component-name="Image2ToDOM"><div class="image2-inset"><picture><source type="image/webp" srcset="https://letterbox-cdn.example.com/image/fetch/w_424/{k}{n}.webp 424w">'
                f'<img src="https://letterbox-cdn.example.com/image/fetch/w_1456/{k}{n}.jpeg" width="1456" height="971" alt="" loading="lazy" class="sizing-normal"></picture>'
                f'<div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset"><button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container restack-image">'
                f'<svg role="img" width="20" height="20" viewBox="0 0 20 20"></svg></button><button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container view-image">'
                f'<svg role="img" width="20" height="20" viewBox="0 0 24 24"></svg></button></div></div></div></a>'
                f'<figcaption class="image-caption">{E(item[1])}</figcaption></figure></div>')

    def subscribe_widget():
        return (f'<div class="subscription-widget-wrap-editor" data-attrs="{A(json.dumps({"url": base.split("/p/")[0] + "/subscribe?", "text": "Subscribe", "language": "en"}))}" '
                f'data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">{E(N["thanks"])}</p></div>'
                f'<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="{A(N["email_ph"])}" tabindex="-1">'
                f'<input type="submit" class="button primary" value="{A(N["subscribe"])}"><div class="fake-input-wrapper"><div class="fake-input"></div>'
                f'<div class="fake-button"></div></div></form></div></div>')

    def button(label, href, cls="primary"):
        return (f'<p class="button-wrapper" data-attrs="{A(json.dumps({"url": href, "text": label, "action": None, "class": None}))}" '
                f'data-component-name="ButtonCreateButton"><a class="button {cls}" href="{A(href)}"><span>{E(label)}</span></a></p>')

    R = {
        "p": p,
        "h2": lambda it, n: f'<h2 class="header-anchor-post">{E(it[1])}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§{n}" class="pencraft pc-reset header-anchor offset-top"></div><button tabindex="0" type="button" aria-label="Link" class="pencraft pc-reset pencraft header-anchor-button"></button></div></div></h2>',
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "fig": fig,
        "ul": lambda it, n: "<ul>" + "".join(f"<li><p>{E(x)}</p></li>" for x in it[1]) + "</ul>",
        "ol": lambda it, n: "<ol>" + "".join(f"<li><p>{E(x)}</p></li>" for x in it[1]) + "</ol>",
        "footnote": footnote,
    }
    ps = paras(a)
    inserts = {}
    add(inserts, ps[1], subscribe_widget())
    add(inserts, after_para(items, ps[len(ps) // 2]), button(N["share"], base + "?utm_source=letterbox&utm_medium=email&utm_content=share&action=share"))
    last_p = ps[-1]
    add(inserts, last_p, "\n".join([
        f'<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">{E(N["supported"])}</p></div>'
        f'<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="{A(N["email_ph"])}"><input type="submit" class="button primary" value="{A(N["subscribe"])}"></form></div></div>',
        button(N["comment"], base + "/comments"),
        f"<p>{E(N['appeal'])}</p>",
        button(N["upgrade"], base.split("/p/")[0] + "/subscribe?coupon=none"),
    ]))
    body = blocks(a, R, inserts)
    preload = {"post": {"id": 143200000 + k, "title": a["headline"], "subtitle": a["standfirst"], "slug": base.rsplit("/", 1)[-1],
                        "post_date": a["date"], "audience": "everyone", "body_html": body,
                        "publishedBylines": [{"name": who, "handle": "inescalder"}], "reactions": {"❤": N["likes"]},
                        "comment_count": N["comments"]}, "pub": {"name": a["site"], "subdomain": "kerbside"}}
    thread = "".join(f'<div class="comment" data-depth="{1 if nm == who else 0}"><div class="comment-content"><div class="comment-meta">'
                     f'<a class="commentor-name" href="/profile/{i}">{E(nm)}</a><span class="comment-date">{E(dt)}</span></div>'
                     f'<div class="comment-body"><p>{E(txt)}</p></div><div class="comment-actions"><button class="like-button">{E(N["like"])} ({likes})</button>'
                     f'<button>{E(N["reply"])}</button><button>{E(N["share_c"])}</button></div></div></div>'
                     for i, (nm, dt, txt, likes) in enumerate(N["thread"]))
    stamp = f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    ufi = (f'<div class="post-ufi"><button class="like-button-container post-ufi-button"><span class="label">{N["likes"]}</span></button>'
           f'<a class="post-ufi-button post-ufi-comment-button" href="{A(base)}/comments"><span class="label">{N["comments"]}</span></a>'
           f'<button class="post-ufi-button restack-button"><span class="label">{N["restacks"]}</span></button>'
           f'<button class="post-ufi-button share-button"><span class="label">{E(N["share"])}</span></button></div>')
    nav = " ".join(f'<a class="navbar-button" href="/{x.lower()}">{E(x)}</a>' for x in N["nav"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<title>{E(a["headline"])} - by {E(who)}</title>
<meta name="description" content="{A(a["standfirst"])}">
<link rel="canonical" href="{A(base)}">
<meta name="author" content="{A(who)}">
{og(a, "en_GB")}
<link rel="alternate" type="application/rss+xml" href="https://kerbside.example.com/feed" title="{A(a["site"])}">
{news_ld(a, "en", isAccessibleForFree=True, publisher={"@type": "Organization", "name": a["site"], "url": "https://kerbside.example.com"})}
<style>.footnote{{font-size:.9em}}.subscription-widget{{border:1px solid #ddd;padding:1em}}.fake-input-wrapper{{display:none}}</style>
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu" role="navigation"><div class="topbar-content"><a class="navbar-title-link" href="/">{E(a["site"])}</a>
<div class="navbar-buttons">{nav}</div><a class="button primary subscribe-btn" href="/subscribe">{E(N["subscribe"])}</a> <a class="button sign-in-link" href="/sign-in">{E(N["signin"])}</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">
<article class="typography newsletter-post post">
<div class="post-header" role="region" aria-label="Post header">
<h1 dir="auto" class="post-title published title-X77sOw">{E(a["headline"])}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">{E(a["standfirst"])}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingBottom-20 pc-reset"><div class="post-meta-item"><a href="/profile/inescalder"><img class="profile-img" src="https://letterbox-cdn.example.com/avatar/ic.png" alt="" width="36" height="36"></a></div>
<div class="post-meta-item"><div class="profile-hover-card-target"><a href="/profile/inescalder" class="pencraft pc-reset decoration-hover-underline-ClDVps">{E(who)}</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq">{E(stamp)}</div></div></div>
{ufi}
<a class="button read-in-app" href="https://open.letterbox.example.com/pub/kerbside">{E(N["app"])}</a>
</div>
<div class="available-content"><div dir="auto" class="body markup">
{body}
</div></div>
<div class="post-footer"><div class="post-footer-ufi">{ufi}</div>
<div class="post-author-bio"><h4>{E(N["bio_head"])}</h4><img src="https://letterbox-cdn.example.com/avatar/ic.png" alt="" width="56" height="56"><p>{E(N["bio"])}</p></div>
</div>
</article>
<div class="visibility-check"></div>
<div class="subscribe-footer"><h3>{E(N["more"])}</h3><form class="subscribe-form" action="/api/v1/free" method="post"><input type="email" name="email" placeholder="{A(N["email_ph"])}"><button type="submit">{E(N["subscribe"])}</button></form></div>
<div id="discussion" class="comments-section"><h4 class="comments-heading">{E(N["discussion"])}</h4>
<div class="comments-tabs">{"".join(f'<button role="tab">{E(t)}</button>' for t in N["tabs"])}</div>
<form class="comment-input"><textarea placeholder="{A(N["write"])}"></textarea></form>
<div class="comment-list">{thread}</div></div>
</div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><p>{E(N["footer"])}</p><p>{E(N["footer2"])}</p></div></div>
</div></div>
<script>window._preloads = JSON.parse({json.dumps(ld(preload), ensure_ascii=False)})</script>
<script src="https://letterbox-cdn.example.com/static/js/main.js" charset="utf-8" async></script>
</body>
</html>
"""


# ---------------------------------------------------------------- printview: print-friendly page


def link_tail(text, href):
    """The paragraph with its last three words as a link, the print module's marker after it."""
    m = re.match(r"^(.*\s)(\S+\s\S+\s\S+?)([.!?\"”]*)$", text, re.S)
    if not m:
        return E(text)
    pre, linked, punct = m.groups()
    return f'{E(pre)}<a href="{A(href)}">{E(linked)}</a>{E(punct)}'


PV_EN = dict(
    print_="Print this page", close="Close window", back="Back to the article", images="Show images",
    published="Published on", role="Environment Reporter", updated="Last updated:",
    credits=["Picture: Getty Images", "Picture: Ashdale Rivers Trust"],
    video_note="[Video: this content cannot be shown in print. Watch it at ashdalegazette.example.co.uk/video]",
    tags="Tags:", tag_list=["Wildlife", "Flooding", "Farming", "Kelby"],
    source="Source URL:", links="Links",
    links_for=[("licence for the project", "https://www.gov.example.co.uk/licences/wild-release/ashdale-2024"),
               ("five-year study", "https://ashdalerivers.example.org/research/devon-beaver-flows.pdf"),
               ("conservation agency", "https://www.gov.example.co.uk/conservation/beaver-strategy")],
    reprint="To buy a reprint of this article or licence it for use elsewhere, contact syndication@ashdalegazette.example.co.uk.",
    copyright="© 2024 The Ashdale Gazette. All rights reserved. This article is for personal use only and may not be reproduced without permission.",
)

PV_VI = dict(
    title_prefix="In bài: ", print_="[In bài]", close="[Đóng cửa sổ]", section="Giáo dục",
    credit="Ảnh: {who}", url_label="Địa chỉ bài viết:",
    copyright="&copy; Báo Đời Sống Mới. Ghi rõ nguồn \"Báo Đời Sống Mới\" khi phát hành lại thông tin từ website này.",
)

PV_ZH = dict(
    portal="田野网", domain="www.tianye.example.cn", print_="【打印本页】", close="【关闭窗口】",
    summary="【内容提要】", source="来源：", author="作者：", time="发布时间：",
    credit="（田野日报记者 {who} 摄）", editor="（责任编辑：赵敏）", url_label="本文网址：",
    copyright="Copyright &copy; 2024 田野网 版权所有　未经书面授权禁止转载、摘编或建立镜像",
)


def t_printview(a, lang, k):
    """Print-friendly page: no menus, a print toolbar, the URLs of links listed at the end."""
    who = a.get("author", "")
    d = when(a)
    if lang == "vi":
        return printview_vi(a, who, d, k)
    if lang == "zh":
        return printview_zh(a, who, d, k)
    P = PV_EN
    links = []
    credits = iter(P["credits"] * 4)

    def p(item, n):
        for phrase, href in P["links_for"]:
            if phrase in item[1]:
                links.append(href)
                return f'<p>{link_tail(item[1], href)}<span class="print-footnote">[{len(links)}]</span></p>'
        return f"<p>{E(item[1])}</p>"

    R = {
        "p": p,
        "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "fig": lambda it, n: (f'<div class="print-image"><img src="https://ashdalegazette.example.co.uk/sites/default/files/styles/print/public/2024-03/beaver-{n}.jpg" alt="" width="600">'
                              f'<div class="print-caption">{E(it[1])}</div><div class="print-credit">{E(next(credits))}</div></div>'),
        "video": lambda it, n: (f'<div class="print-video"><p class="print-video__notice">{E(P["video_note"])}</p>'
                                f'<div class="print-caption">{E(it[1])}</div></div>'),
        "ul": lambda it, n: "<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "ol": lambda it, n: "<ol>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ol>",
        "table": lambda it, n: '<table class="print-table">' + table_rows(it[1]) + "</table>",
    }
    body = blocks(a, R)
    link_list = "".join(f'<p>[{i + 1}] {E(u)}</p>' for i, u in enumerate(links))
    stamp = f"{EN_DAYS[d.weekday()]} {d.day} {EN_MONTHS[d.month - 1]} {d.year}, {d.strftime('%I:%M%p').lstrip('0').lower()}"
    later = d + datetime.timedelta(hours=10, minutes=35)
    stamp2 = f"{EN_DAYS[later.weekday()]} {later.day} {EN_MONTHS[later.month - 1]} {later.year}, {later.strftime('%I:%M%p').lstrip('0').lower()}"
    home = "/".join(a["url"].split("/")[:3])
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])} | {E(a["site"])}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="canonical" href="{A(a["url"])}">
<link type="text/css" rel="stylesheet" href="/sites/all/modules/print/css/print.css" media="all">
<style>body{{font-family:Georgia,serif;max-width:680px;margin:0 auto}}.print-caption{{font-style:italic;font-size:.9em}}.print-credit{{font-size:.75em;color:#666}}@media print{{.print-noprint{{display:none}}}}</style>
<script>window.onload=function(){{if(location.search.indexOf("noprint")<0){{window.print();}}}};</script>
</head>
<body class="print-page">
<div class="print-noprint print-toolbar"><a href="javascript:window.print()" class="print-page-link">{E(P["print_"])}</a> | <a href="javascript:window.close()">{E(P["close"])}</a> | <a href="{A(a["url"])}">{E(P["back"])}</a>
<label><input type="checkbox" checked onclick="document.body.classList.toggle('print-noimages')"> {E(P["images"])}</label></div>
<div class="print-logo"><img class="print-logo" src="/sites/all/themes/gazette/logo-print.png" alt="{A(a["site"])}" id="logo"></div>
<div class="print-site_name">{E(P["published"])} <em>{E(a["site"])}</em> ({E(home)})</div>
<p class="print-breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/news/environment">Environment</a></p>
<hr class="print-hr">
<h1 class="print-title">{E(a["headline"])}</h1>
<div class="print-submitted">By {E(who)}, {E(P["role"])} | {E(stamp)}</div>
<div class="print-created">{E(P["updated"])} {E(stamp2)}</div>
<div class="print-content"><div class="node node-article">
<div class="field field-name-field-standfirst"><p><strong>{E(a["standfirst"])}</strong></p></div>
<div class="field field-name-body">
{body}
</div>
<div class="field field-name-field-tags print-taxonomy"><span class="field-label">{E(P["tags"])}</span> {", ".join(E(t) for t in P["tag_list"])}</div>
</div></div>
<div class="print-footer"><p><em>{E(P["reprint"])}</em></p></div>
<hr class="print-hr">
<div class="print-source_url"><strong>{E(P["source"])}</strong> {E(a["url"])}</div>
<div class="print-links"><p><strong>{E(P["links"])}</strong></p>{link_list}</div>
<div class="print-copyright">{E(P["copyright"])}</div>
</body>
</html>
"""


def printview_vi(a, who, d, k):
    """Old Vietnamese print page: a table, no classes on most cells, windows-1258."""
    P = PV_VI

    def fig(item, n):
        return (f'<table align="center" width="90%" border="0" cellpadding="3" cellspacing="0"><tr><td align="center">'
                f'<img src="/Uploaded/2024/09/16/anh{n}.jpg" width="500" border="0" alt=""></td></tr>'
                f'<tr><td align="center"><i>{E(item[1])}</i></td></tr>'
                f'<tr><td align="right"><font size="1">{E(P["credit"].format(who=who))}</font></td></tr></table>')

    R = {
        "p": lambda it, n: f'<p align="justify">{E(it[1])}</p>',
        "h2": lambda it, n: f"<p><b>{E(it[1])}</b></p>",
        "quote": lambda it, n: f"<blockquote><i>{E(it[1])}</i></blockquote>",
        "fig": fig,
        "ul": lambda it, n: "".join(f"<p>- {E(x)}</p>" for x in it[1]),
        "ol": lambda it, n: "".join(f"<p>{i + 1}. {E(x)}</p>" for i, x in enumerate(it[1])),
        "table": lambda it, n: ('<table border="1" cellpadding="4" cellspacing="0" align="center" width="80%">'
                                + "".join("<tr>" + "".join((f"<td><b>{E(c)}</b></td>" if r == 0 else f"<td>{E(c)}</td>") for c in row) + "</tr>"
                                          for r, row in enumerate(it[1])) + "</table>"),
    }
    date = f'{VI_DAYS[d.weekday()]}, {d.strftime("%d/%m/%Y - %H:%M")}'
    charset = a.get("encoding", "utf-8")
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{E(P["title_prefix"])}{E(a["headline"])}</title>
<style type="text/css">body{{font-family:Arial;font-size:13px}} .noprint{{}} @media print{{.noprint{{display:none}}}}</style>
<script language="javascript">function doPrint(){{window.print();}}</script>
</head>
<body onload="doPrint()" bgcolor="#ffffff">
<table width="650" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td><img src="/Images/logo_print.gif" alt="{A(a["site"])}" border="0"></td>
<td align="right" class="noprint"><a href="javascript:window.print()">{E(P["print_"])}</a> <a href="javascript:window.close()">{E(P["close"])}</a></td></tr>
<tr><td colspan="2"><hr size="1" noshade></td></tr>
<tr><td colspan="2"><font color="#888888">{E(date)} | {E(P["section"])}</font></td></tr>
<tr><td colspan="2"><br><font size="4"><b>{E(a["headline"])}</b></font><br><br></td></tr>
<tr><td colspan="2"><b>{E(a["standfirst"])}</b></td></tr>
<tr><td colspan="2">
{blocks(a, R)}
<p align="right"><b>{E(who)}</b></p>
</td></tr>
<tr><td colspan="2"><hr size="1" noshade></td></tr>
<tr><td colspan="2">{E(P["url_label"])} <a href="{A(a["url"])}">{E(a["url"])}</a></td></tr>
<tr><td colspan="2"><font size="1">{P["copyright"]}</font></td></tr>
</table>
</body>
</html>
"""


def printview_zh(a, who, d, k):
    """Chinese print page: GB2312, full-width indents, caption and photographer split by <br>."""
    P = PV_ZH
    ind = "　　"

    def fig(item, n):
        return (f'<p align="center"><img src="/uploadfile/2024/1011/2024101109{n:02d}.jpg" border="0" width="550" alt=""></p>'
                f'<p align="center"><font color="#333333">{E(item[1])}</font><br><font color="#666666">{E(P["credit"].format(who=who))}</font></p>')

    R = {
        "p": lambda it, n: f"<p>{ind}{E(it[1])}</p>",
        "h2": lambda it, n: f"<p>{ind}<b>{E(it[1])}</b></p>",
        "quote": lambda it, n: f'<p>{ind}<font face="楷体_GB2312">{E(it[1])}</font></p>',
        "fig": fig,
        "ul": lambda it, n: "".join(f"<p>{ind}{E(x)}</p>" for x in it[1]),
        "ol": lambda it, n: "".join(f"<p>{ind}{E(x)}</p>" for x in it[1]),
        "table": lambda it, n: '<table border="1" cellpadding="3" cellspacing="0" align="center" width="85%">' + table_rows(it[1], th=False) + "</table>",
    }
    charset = a.get("encoding", "utf-8")
    url = f"http://{P['domain']}/news/2024-10/11/content_{k}30981.htm"
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta charset="{charset}">
<title>{E(a["headline"])}--{E(P["portal"])}</title>
<style type="text/css">body{{font-size:14px;line-height:180%}} #printContent p{{margin:8px 0}} @media print{{#printTop{{display:none}}}}</style>
</head>
<body>
<div id="printTop" align="right"><a href="javascript:window.print();">{E(P["print_"])}</a>　<a href="javascript:window.close();">{E(P["close"])}</a></div>
<div id="printLogo"><img src="/images/print_logo.gif" alt="{A(P["portal"])}" border="0"> {E(P["portal"])} {E(P["domain"])}</div>
<hr size="1" color="#006600">
<div id="printTitle" align="center"><h1><font size="5">{E(a["headline"])}</font></h1></div>
<div id="printInfo" align="center"><font color="#666666">{E(P["source"])}{E(a["site"])}　{E(P["author"])}{E(who)}　{E(P["time"])}{d.strftime("%Y-%m-%d %H:%M")}</font></div>
<div id="printContent">
<p><b>{E(P["summary"])}</b>{E(a["standfirst"])}</p>
{blocks(a, R)}
</div>
<div id="printEditor" align="right">{E(P["editor"])}</div>
<hr size="1" color="#006600">
<div id="printUrl">{E(P["url_label"])}{E(url)}</div>
<div id="printCopy" align="center"><font size="2">{P["copyright"]}</font></div>
</body>
</html>
"""


# ---------------------------------------------------------------- singular: Dân trí / VietnamNet-like


SG = dict(
    prefix="(Đời Sống Mới) - ",
    nav=["Thời sự", "Thế giới", "Kinh doanh", "Bất động sản", "Giáo dục", "Sức khỏe", "Xã hội", "Pháp luật", "Thể thao", "Giải trí", "Du lịch", "Tấm lòng nhân ái"],
    crumbs=["Giáo dục", "Khuyến học"], search="Tìm kiếm", login="Đăng nhập", hotline="Đường dây nóng: 0900 123 456",
    tools=["Chia sẻ", "Lưu bài", "Cỡ chữ"], credit="(Ảnh: {who})",
    rel_head="Tin liên quan",
    rel=["Học sinh vùng cao Kỳ Sơn đu dây qua suối đến trường", "Trường bán trú giữa đại ngàn: nơi thầy cô làm cha mẹ"],
    rel2=("Nghệ An: Khởi công xây dựng 12 cây cầu dân sinh ở các huyện miền núi",
          "Các cây cầu dự kiến hoàn thành trước mùa mưa năm sau, giúp hàng nghìn người dân và học sinh đi lại an toàn."),
    donate=("Bạn đọc có thể chung tay xây cầu cho học sinh vùng cao qua Quỹ Nhân ái Đời Sống Mới. "
            "Số tài khoản: 0011 0022 3344, tại Ngân hàng Thương mại cổ phần Ngoại thương, chi nhánh Thành Công, Hà Nội. "
            "Nội dung chuyển khoản: \"Xây cầu Mường Lống\". Mọi đóng góp của bạn đọc sẽ được chuyển đến đúng địa chỉ và công khai trên báo."),
    tags=["#cầu treo", "#học sinh vùng cao", "#Kỳ Sơn", "#Nghệ An", "#khuyến học"],
    react_head="Bạn cảm thấy thế nào về bài viết?", reacts=["Thích", "Yêu thích", "Cảm động", "Buồn", "Phẫn nộ"],
    cmt_head="Bình luận (12)", cmt_ph="Chia sẻ ý kiến của bạn", cmt_btn="Gửi bình luận",
    comments=[("Nguyễn Văn Hải", "2 giờ trước", "Nhìn các cháu được đi qua cầu mà không phải lội suối, tôi thấy thật xúc động. Cảm ơn các nhà hảo tâm và bà con đã góp công sức.", 56),
              ("Trần Thị Mai", "3 giờ trước", "Mong các địa phương khác cũng sớm xây cầu cho học sinh. Ở quê tôi bây giờ vẫn còn nhiều nơi các em phải đi đò qua sông.", 31),
              ("Lê Quang Vinh", "5 giờ trước", "Cầu xây xong rồi thì việc bảo dưỡng cũng rất quan trọng. Đề nghị xã có kế hoạch kiểm tra định kỳ, đừng để xuống cấp sau vài mùa lũ.", 18)],
    like="Thích", reply="Trả lời",
    hot_head="Tin nổi bật",
    hot=[("Hơn 1.000 suất học bổng đến với học sinh nghèo vượt khó", "Các suất học bổng trị giá từ 2 đến 5 triệu đồng được trao cho học sinh có hoàn cảnh khó khăn ở 15 tỉnh, thành."),
         ("Thầy giáo 20 năm cắm bản dạy chữ cho trẻ em người Mông", "Từ ngày còn là chàng trai trẻ mới ra trường, thầy đã gắn bó với điểm trường không điện, không sóng điện thoại."),
         ("Bữa trưa có thịt đầu tiên của học trò điểm trường Nậm Cắn", "Nhờ sự hỗ trợ của các nhà hảo tâm, học sinh bán trú đã có bữa ăn đủ chất hơn trong năm học mới.")],
    most_head="Xem nhiều",
    most=["Lịch nghỉ Tết Nguyên đán của học sinh cả nước", "Điểm chuẩn đại học năm nay tăng mạnh ở nhóm ngành sư phạm",
          "Bộ Giáo dục công bố dự thảo quy chế thi tốt nghiệp", "Học sinh Hà Nội đi học trở lại sau đợt nghỉ bão", "Giáo viên được tăng lương từ tháng 7"],
    same_head="Tin cùng chuyên mục",
    same=[("Trường học mới cho học sinh vùng lũ Quế Phong", "Ngôi trường được xây kiên cố trên nền đất cao, có nhà nội trú cho 150 học sinh ở xa."),
          ("Thư viện xanh đầu tiên ở một điểm trường vùng cao", "Hơn 3.000 cuốn sách được quyên góp để học sinh có chỗ đọc sách sau giờ học.")],
    ad="Quảng cáo",
    footer=("Cơ quan chủ quản: Hội Bảo trợ Đời sống Việt Nam. Tổng Biên tập: Nguyễn Minh Châu. Giấy phép hoạt động báo điện tử số 298/GP-BTTTT. "
            "Địa chỉ tòa soạn: số 48 Láng Hạ, Đống Đa, Hà Nội. Hotline: 0900 123 456. © Bản quyền thuộc về Báo Đời Sống Mới. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."),
)


def t_singular(a, lang, k):
    """Vietnamese portal: singular-content, figure.image with the credit in the caption's p,
    'Tin liên quan' tables in the body, a donation box, bold right-aligned author."""
    S = SG
    who = a.get("author", "")
    d = when(a)
    items = a["body"]

    def fig(item, n):
        return (f'<figure class="image align-center" contenteditable="false"><img title="{A(item[1])}" '
                f'src="https://cdn.doisongmoi.example.vn/zoom/1032_580/2024/09/16/cau-treo-{n}-1726449{n}.jpg" alt="{A(item[1])}" width="1032" height="580" data-width="1032" data-height="580">'
                f'<figcaption><p>{E(item[1])} {E(S["credit"].format(who=who))}</p></figcaption></figure>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
        "quote": lambda it, n: f'<div class="e-magazine__quote"><blockquote><p><em>{E(it[1])}</em></p></blockquote></div>',
        "fig": fig,
        "ul": lambda it, n: "<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "ol": lambda it, n: "<ol>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ol>",
        "table": lambda it, n: ('<table class="table-data" border="1" cellpadding="5" cellspacing="0" style="width:100%"><tbody>'
                                + table_rows(it[1], th=False) + "</tbody></table>"),
    }
    ps = paras(a)
    rel = ('<table class="news-relate" align="right" border="0" cellpadding="4" cellspacing="0" style="width:45%"><tbody>'
           f'<tr><td class="news-relate__title"><b>{E(S["rel_head"])}</b></td></tr>'
           + "".join(f'<tr><td><a href="/giao-duc/tin-{k}{i}.htm"><img src="/thumb/r{i}.jpg" alt="" width="80"></a> <a href="/giao-duc/tin-{k}{i}.htm">{E(t)}</a></td></tr>'
                     for i, t in enumerate(S["rel"])) + "</tbody></table>")
    rt, rs = S["rel2"]
    rel2 = ('<table class="VCSortableInPreviewMode link-content-footer" border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody>'
            f'<tr><td><a href="/xa-hoi/cau-dan-sinh-{k}.htm"><img src="/thumb/rel2.jpg" alt="" width="140"></a></td>'
            f'<td><a class="link-content-footer__title" href="/xa-hoi/cau-dan-sinh-{k}.htm">{E(rt)}</a>'
            f'<p class="link-content-footer__sapo">{E(rs)}</p></td></tr></tbody></table>')
    inserts = {}
    add(inserts, after_para(items, ps[2]), rel)
    add(inserts, after_para(items, ps[-4]), rel2)
    body = blocks(a, R, inserts)
    nav = "".join(f'<li class="dt-menu__item"><a class="dt-menu__link" href="/{i}.htm">{E(x)}</a></li>' for i, x in enumerate(S["nav"]))
    crumbs = "".join(f'<li class="dt-breadcrumb__item"><a href="/{i}.htm">{E(x)}</a></li>' for i, x in enumerate(S["crumbs"]))
    tags = "".join(f'<li class="dt-tags__item"><a href="/tag/{i}.htm">{E(t)}</a></li>' for i, t in enumerate(S["tags"]))
    reacts = "".join(f'<button class="dt-react__btn" type="button" data-type="{i}">{E(t)}</button>' for i, t in enumerate(S["reacts"]))
    comments = "".join(f'<li class="comment-item"><div class="comment-item__avatar"><img src="/avatar/{i}.png" alt=""></div><div class="comment-item__body">'
                       f'<div class="comment-item__name">{E(nm)}</div><div class="comment-item__text">{E(txt)}</div>'
                       f'<div class="comment-item__meta"><span>{E(t)}</span> <a href="#">{E(S["like"])}</a> <a href="#">{E(S["reply"])}</a> <span class="comment-item__likes">{likes}</span></div></div></li>'
                       for i, (nm, t, txt, likes) in enumerate(S["comments"]))
    hot = "".join(f'<article class="article-item"><div class="article-thumb"><a href="/h/{i}.htm"><img src="/h/{i}.jpg" alt=""></a></div>'
                  f'<h3 class="article-title"><a href="/h/{i}.htm">{E(t)}</a></h3><div class="article-excerpt">{E(s)}</div></article>'
                  for i, (t, s) in enumerate(S["hot"]))
    most = "".join(f'<li><a href="/m/{i}.htm">{E(t)}</a></li>' for i, t in enumerate(S["most"]))
    same = "".join(f'<article class="article-item"><h3 class="article-title"><a href="/s/{i}.htm">{E(t)}</a></h3><div class="article-excerpt">{E(s)}</div></article>'
                   for i, (t, s) in enumerate(S["same"]))
    date = f'{VI_DAYS[d.weekday()]}, {d.strftime("%d/%m/%Y - %H:%M")}'
    crumbs_ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": x, "item": f"https://doisongmoi.example.vn/{i}.htm"} for i, x in enumerate(S["crumbs"])]}
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["headline"])} | Báo Đời Sống Mới</title>
<link rel="canonical" href="{A(a["url"])}">
<meta name="description" content="{A(a["standfirst"])}">
<meta name="keywords" content="{A(", ".join(t.lstrip("#") for t in S["tags"]))}">
{og(a, "vi_VN")}
{news_ld(a, "vi")}
<script type="application/ld+json">{ld(crumbs_ld)}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"articleId":"20240916073012345","category":"giao-duc","author":"{A(who)}"}});</script>
</head>
<body class="dt-body">
<header class="dt-header"><div class="dt-header__top dt-container"><div class="dt-header__date">{E(VI_DAYS[d.weekday()])}, {d.strftime("%d/%m/%Y")}</div>
<a class="dt-header__logo" href="/"><img src="/images/logo.svg" alt="Báo Đời Sống Mới"></a>
<div class="dt-header__hotline">{E(S["hotline"])}</div>
<form class="dt-header__search" action="/tim-kiem"><input type="text" placeholder="{A(S["search"])}"><button type="submit">{E(S["search"])}</button></form>
<a class="dt-header__login" href="/dang-nhap">{E(S["login"])}</a></div>
<nav class="dt-menu"><ul class="dt-menu__list dt-container">{nav}</ul></nav></header>
<main class="dt-main"><div class="dt-container grid-container">
<div class="grid-main">
<article class="singular-container">
<ul class="dt-breadcrumb">{crumbs}</ul>
<h1 class="title-page detail">{E(a["headline"])}</h1>
<div class="author-wrap"><div class="author-avatar"><img src="/avatar/author.png" alt=""></div><div class="author-meta">
<div class="author-name"><a href="/tac-gia/hoang-lam.htm"><b>{E(who)}</b></a></div><time class="author-time" datetime="{a["date"]}">{E(date)}</time></div></div>
<div class="singular-toolbar">{"".join(f'<button class="singular-toolbar__btn" type="button">{E(t)}</button>' for t in S["tools"])}</div>
<h2 class="singular-sapo">{E(S["prefix"])}{E(a["standfirst"])}</h2>
<div class="singular-content">
{body}
<div class="box-donate"><p>{E(S["donate"])}</p></div>
<p style="text-align: right;"><strong>{E(who)}</strong></p>
</div>
<div class="dt-tags"><ul class="dt-tags__list">{tags}</ul></div>
<div class="dt-react"><p class="dt-react__title">{E(S["react_head"])}</p>{reacts}</div>
<div class="comment-wrap" id="comment"><div class="comment-title">{E(S["cmt_head"])}</div>
<form class="comment-form"><textarea placeholder="{A(S["cmt_ph"])}"></textarea><button type="button">{E(S["cmt_btn"])}</button></form>
<ul class="comment-list">{comments}</ul></div>
</article>
<section class="dt-section"><h3 class="dt-section__title">{E(S["same_head"])}</h3>{same}</section>
</div>
<aside class="grid-sidebar">
<div class="sidebar-box"><h3 class="sidebar-box__title">{E(S["hot_head"])}</h3>{hot}</div>
<div class="sidebar-box"><h3 class="sidebar-box__title">{E(S["most_head"])}</h3><ol>{most}</ol></div>
<div class="ads-box" id="ads-sidebar"><span class="ads-box__label">{E(S["ad"])}</span></div>
</aside>
</div></main>
<footer class="dt-footer"><div class="dt-container"><p>{E(S["footer"])}</p></div></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- netease: 163-like portal


NE = dict(
    portal="易闻新闻", home="易闻首页",
    topnav=["易闻首页", "新闻", "体育", "娱乐", "财经", "汽车", "科技", "手机", "女人", "旅游", "房产", "教育", "读书", "游戏", "视频"],
    login="登录", reg="注册免费邮箱", app="易闻新闻客户端",
    channels=["国内", "国际", "评论", "独家", "军事", "航空", "政务", "公益", "数读", "图片"],
    crumbs=["易闻首页", "新闻中心", "国内新闻"], body="正文",
    source="来源: ", report="举报", tie="跟贴",
    otitle="（原标题：秋粮收获过半 各地机收效率提升明显）",
    summary="核心提示：",
    adv="广告", special="点击进入专题：", special_t="2024秋收秋种进行时",
    read_head="相关阅读：",
    read=["农业农村部部署秋冬种工作 确保明年夏粮丰收", "全国农机跨区作业服务启动 百万台农机投入秋收",
          "多地粮食烘干能力提升 农户晾晒难有了新解法"],
    src_label="本文来源：", editor="责任编辑：张伟_NN6180",
    tools=["【纠错】", "【打印】", "【关闭】"],
    share_head="分享到：", shares=["微信", "微博", "QQ空间", "易信"],
    qr=["扫码下载易闻新闻客户端", "扫一扫，用手机看新闻"],
    tie_head="热门跟贴", tie_count="已有1024条跟贴，参与人数3.2万",
    ties=[("易闻河南省郑州市网友", "2024-10-11 10:12:33", "我们村今年也是全部机收，一天就收完了，比以前省事太多了。希望烘干中心也能多建一些，晴天少的时候真着急。", 236),
          ("易闻黑龙江省绥化市网友", "2024-10-11 10:40:08", "东北这边玉米还在地里，今年雨水偏多，收获机下不了地，盼着这几天天气好起来。", 121),
          ("易闻湖北省荆州市网友", "2024-10-11 11:05:51", "烘干一吨稻谷要多少钱？文章里没说清楚，小农户能不能用得起是关键。", 87)],
    ding="顶", cai="踩", huifu="回复", tie_ph="文明上网，登录发贴", tie_btn="马上发贴",
    rec_head="为您推荐",
    rec=[("今年新粮收购价格公布 多地稻谷收购价稳中有升", "多个主产区的收购企业已经开秤，中晚稻收购价格与去年同期基本持平，部分优质品种略有上涨。", "田野日报", "2小时前", 56),
         ("农机手的秋天：跨越三个省份的收割之旅", "每年九月，他都会开着收割机从南往北一路作业，一个秋天要走上千公里。", "易闻新闻", "5小时前", 132)],
    hot_head="热点新闻",
    hot=["多地发布秋季森林防火通告", "国庆假期国内出游人数创新高", "新一轮冷空气将影响北方地区", "高校食堂“一元菜”走红网络", "多地推进老旧小区改造"],
    pics_head="热门图集", pics=["金秋时节 稻田如画", "航拍：秋收时节的东北平原", "丰收节里的乡村集市"],
    side_app="下载易闻新闻客户端，随时随地看新闻",
    footer="关于易闻 - About Yiwen - 广告服务 - 联系方式 - 招聘信息 - 客户服务 - 隐私政策 - 不良信息举报",
    footer2="易闻公司版权所有 &copy;1997-2024",
)


def t_netease(a, lang, k):
    """163-like portal article page, in GBK."""
    N = NE
    d = when(a)
    items = a["body"]

    def fig(item, n):
        return (f'<p class="f_center"><img src="https://nimg.yiwen.example.com/2024/1011/{k}{n}b2c3d4e5.jpeg" alt="" style="max-width:100%"><br>{E(item[1])}</p>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<p><b>{E(it[1])}</b></p>",
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "fig": fig,
        "ul": lambda it, n: "<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>",
        "ol": lambda it, n: "<ol>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ol>",
        "table": lambda it, n: '<table class="data_table" border="1" cellpadding="4" cellspacing="0" width="100%">' + table_rows(it[1]) + "</table>",
    }
    ps = paras(a)
    inserts = {}
    add(inserts, after_para(items, ps[len(ps) // 2]),
        f'<div class="post_adv" id="post_ad_mid"><a href="https://g.yiwen.example.com/a?{k}" target="_blank"><img src="/ad/mid.jpg" alt="" width="640" height="90"></a><span class="adv_tag">{E(N["adv"])}</span></div>')
    body = blocks(a, R, inserts)
    charset = a.get("encoding", "utf-8")
    topnav = "".join(f'<li><a href="/{i}/">{E(x)}</a></li>' for i, x in enumerate(N["topnav"]))
    channels = " ".join(f'<a href="/c/{i}/">{E(x)}</a>' for i, x in enumerate(N["channels"]))
    crumbs = " &gt; ".join(f'<a href="/">{E(x)}</a>' for x in N["crumbs"]) + f" &gt; {E(N['body'])}"
    read = "".join(f'<li><a href="/24/1010/{i}/K{k}{i}.html">{E(t)}</a></li>' for i, t in enumerate(N["read"]))
    ties = "".join(f'<div class="tie-item"><div class="tie-user"><span class="tie-from">{E(u)}</span> <span class="tie-time">{E(t)}</span></div>'
                   f'<div class="tie-content">{E(txt)}</div><div class="tie-ops"><a href="#">{E(N["ding"])}[{up}]</a> <a href="#">{E(N["cai"])}</a> <a href="#">{E(N["huifu"])}</a></div></div>'
                   for u, t, txt, up in N["ties"])
    rec = "".join(f'<div class="news_item"><a class="na_pic" href="/r/{i}.html"><img src="/r/{i}.jpg" alt=""></a><div class="news_title"><h3><a href="/r/{i}.html">{E(t)}</a></h3></div>'
                  f'<p class="news_digest">{E(s)}</p><div class="news_tag"><span>{E(src)}</span> <span>{E(ago)}</span> <a href="/r/{i}.html#tie">{n}{E(N["tie"])}</a></div></div>'
                  for i, (t, s, src, ago, n) in enumerate(N["rec"]))
    hot = "".join(f'<li><em>{i + 1}</em><a href="/h/{i}.html">{E(t)}</a></li>' for i, t in enumerate(N["hot"]))
    pics = "".join(f'<li><a href="/photo/{i}.html"><img src="/photo/{i}.jpg" alt=""><span>{E(t)}</span></a></li>' for i, t in enumerate(N["pics"]))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{E(a["headline"])}_{E(N["portal"])}</title>
<meta name="keywords" content="秋粮,机收,烘干,秋冬种">
<meta name="description" content="{A(a["standfirst"])}">
<link rel="stylesheet" href="https://static.yiwen.example.com/f2e/news/post_css/post.css">
<script>var _ntes_nacc="news";var _ntes_docid="JDQ8K2A300019B3E";var _ntes_channel="domestic";</script>
<script src="https://static.yiwen.example.com/f2e/libs/jquery.js"></script>
</head>
<body>
<div class="ntes-nav"><div class="ntes-nav-main"><ul class="ntes-nav-list">{topnav}</ul>
<div class="ntes-nav-login"><a href="/login">{E(N["login"])}</a> <a href="/reg">{E(N["reg"])}</a> <a href="/app">{E(N["app"])}</a></div></div></div>
<div class="N-nav-channel">{channels}</div>
<div class="post_wrap">
<div class="post_main">
<div class="post_crumb">{crumbs}</div>
<h1 class="post_title">{E(a["headline"])}</h1>
<div class="post_info">{d.strftime("%Y-%m-%d %H:%M:%S")}　{E(N["source"])}<a href="#">{E(a["site"])}</a> <a class="post_jubao" href="/jubao">{E(N["report"])}</a>　<a class="post_top_tie_count" href="#tie">1024</a>{E(N["tie"])}</div>
<div class="post_body">
<p class="otitle">{E(N["otitle"])}</p>
<div class="post_summary"><span class="post_summary_label">{E(N["summary"])}</span>{E(a["standfirst"])}</div>
{body}
<p class="f_center"><a href="/special/qiushou2024/">{E(N["special"])}{E(N["special_t"])}</a></p>
<p><b>{E(N["read_head"])}</b></p>
<ul class="related_read">{read}</ul>
<div class="ep-source cDGray"><span class="left"><a href="/"><img src="/img/logo_16.png" alt="{A(N["portal"])}" width="16" height="16"></a> {E(N["src_label"])}{E(a["site"])}</span>
<span class="ep-editor">{E(N["editor"])}</span></div>
</div>
<div class="post_tools">{"".join(f'<a href="javascript:void(0)">{E(t)}</a>' for t in N["tools"])}</div>
<div class="post_share"><span>{E(N["share_head"])}</span>{" ".join(f'<a class="share_{i}" href="javascript:void(0)">{E(s)}</a>' for i, s in enumerate(N["shares"]))}</div>
<div class="post_qrcode"><img src="/img/qrcode.png" alt="" width="100" height="100"><p>{E(N["qr"][0])}</p><p>{E(N["qr"][1])}</p></div>
<div class="tie-area" id="tie"><div class="tie-titlebar"><span class="tie-title">{E(N["tie_head"])}</span> <a href="#">{E(N["tie_count"])}</a></div>
<div class="tie-list">{ties}</div>
<div class="tie-input"><textarea placeholder="{A(N["tie_ph"])}"></textarea><button type="button">{E(N["tie_btn"])}</button></div></div>
<div class="post_recommends"><h3 class="post_recommends_title">{E(N["rec_head"])}</h3>{rec}</div>
</div>
<div class="post_side">
<div class="side_box"><h3>{E(N["hot_head"])}</h3><ul class="side_hot">{hot}</ul></div>
<div class="side_box"><h3>{E(N["pics_head"])}</h3><ul class="side_pics">{pics}</ul></div>
<div class="side_app">{E(N["side_app"])}</div>
<div class="side_adv" id="side_adv_1"><span class="adv_tag">{E(N["adv"])}</span></div>
</div>
</div>
<div class="N-footer"><p>{E(N["footer"])}</p><p>{N["footer2"]}</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- sohu: self-media platform


SH = dict(
    portal="搜闻", portal_full="搜闻网",
    nav=["新闻", "体育", "汽车", "房产", "旅游", "教育", "时尚", "科技", "财经", "娱乐", "母婴", "健康", "历史", "美食", "文化"],
    login="登录", search="搜索",
    ip="发布于：浙江省",
    img_src="图片来源：受访者供图",
    copyright="本文为“县城观察”原创，未经授权禁止转载。部分图片来源于网络，如有侵权请联系删除。",
    end="— END —",
    back="返回搜闻，查看更多", back_title="点击进入搜闻首页",
    editor="责任编辑：",
    statement="平台声明：该文观点仅代表作者本人，搜闻号系信息发布平台，搜闻仅提供信息存储空间服务。",
    read="阅读 (", read_n="3.2万", like="点赞", complain="投诉", share="分享到：", shares=["微信", "微博", "QQ空间"],
    qr="扫码关注“县城观察”，看更多县城新变化",
    rec_head="推荐阅读",
    rec=[("县城里的“新农人”：90后返乡种草莓，年收入超百万", "从互联网公司辞职后，他带着技术回到家乡，把一片荒地变成了网红采摘园。", "乡村振兴观察", 48),
         ("小城夜经济：县城的烟火气从夜市开始", "傍晚六点，老城区的夜市开始热闹起来，摊主们大多是附近的年轻人。", "城事记", 27),
         ("为什么越来越多的年轻人选择回老家工作？", "房价、通勤和生活节奏，让“回县城”成为一些年轻人认真考虑的选项。", "青年说", 103)],
    cmt_head="我来说两句", cmt_count="86人参与，23条评论", cmt_login="搜闻账号登录后发表评论", cmt_btn="发表",
    comments=[("网友3f2a1c", "浙江", "05-18 12:03", "我们县城去年也开了好几家咖啡馆，周末去坐一坐感觉很不错，希望能一直开下去。", 45),
              ("小城故事多", "江西", "05-18 13:27", "说实话，县城里二十多块一杯的咖啡还是偏贵，能不能多出一些十块钱左右的选择？", 31),
              ("阿木木", "四川", "05-18 15:40", "文章说得很实在，开店前一定要算清楚房租和人工，不能只看网上有多火。", 19)],
    author_intro="关注县域经济与返乡青年，记录县城里的新变化。",
    author_stats=["文章 1,024", "总阅读 860万"], follow="关注", author_more="查看TA的文章 >",
    author_latest="作者最新文章",
    latest=["县城书店还能活多久？", "返乡青年的第一份工作", "小县城里的大学生创业园"],
    hot_head="24小时热文",
    hot=["多地出台购房新政", "高考倒计时：考生家长必看的十条提醒", "今年端午假期出行预测出炉", "年轻人为什么爱上了逛公园", "这些地方入选全国文明城市"],
    adv="广告",
    footer="Copyright &copy; 2024 Souwen.com Inc. All Rights Reserved. 搜闻公司 版权所有　搜闻不良信息举报邮箱：jubao@souwen.example.com",
)


def t_sohu(a, lang, k):
    """Sohu-like self-media article: article#mp-editor, hidden original title, UEditor markup."""
    S = SH
    who = a.get("author", "")
    d = when(a)
    figs = iter(range(100))

    def fig(item, n):
        i = next(figs)
        credit = f'<p style="text-align: center;"><span style="color: #999999; font-size: 12px;">{E(S["img_src"])}</span></p>' if i == 0 else ""
        return (f'<p style="text-align: center;"><img src="//p{i + 3}.souwenimg.example.com/q_70/images/01/2024/05/18/{k}{n}a9f.jpeg" max-width="600"></p>'
                f'<p style="text-align: center;"><span style="color: #888888; font-size: 14px;">{E(item[1])}</span></p>{credit}')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f'<p><span style="font-size: 18px;"><strong>{E(it[1])}</strong></span></p>',
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "fig": fig,
        "ul": lambda it, n: '<ul class="list-paddingleft-2">' + "".join(f"<li><p>{E(x)}</p></li>" for x in it[1]) + "</ul>",
        "ol": lambda it, n: '<ol class="list-paddingleft-2">' + "".join(f"<li><p>{E(x)}</p></li>" for x in it[1]) + "</ol>",
        "table": lambda it, n: "<table>" + table_rows(it[1]) + "</table>",
    }
    body = blocks(a, R)
    nav = "".join(f'<li><a href="//www.souwen.example.com/c/{i}">{E(x)}</a></li>' for i, x in enumerate(S["nav"]))
    rec = "".join(f'<div data-role="news-item" class="news-wrapper"><div class="pic img-do left"><a href="/a/{i}{k}"><img src="/r/{i}.jpg" alt=""></a></div>'
                  f'<h4><a href="/a/{i}{k}">{E(t)}</a></h4><p class="abstract">{E(s)}</p>'
                  f'<div class="other"><span class="name">{E(src)}</span> <span class="com">评论 {n}</span></div></div>'
                  for i, (t, s, src, n) in enumerate(S["rec"]))
    comments = "".join(f'<div class="c-comment-item"><div class="c-user"><span class="c-name">{E(nm)}</span> <span class="c-loc">{E(loc)}</span> <span class="c-time">{E(t)}</span></div>'
                       f'<div class="c-content">{E(txt)}</div><div class="c-ops"><span class="c-like">{likes}</span> <a href="#">回复</a></div></div>'
                       for nm, loc, t, txt, likes in S["comments"])
    latest = "".join(f'<li><a href="/a/l{i}{k}">{E(t)}</a></li>' for i, t in enumerate(S["latest"]))
    hot = "".join(f'<li><span class="num">{i + 1}</span><a href="/a/h{i}">{E(t)}</a></li>' for i, t in enumerate(S["hot"]))
    conf = {"title": a["headline"], "mediaId": 121098765, "authorName": who, "newsId": 786512345, "channelId": 15, "tags": ["县城", "咖啡", "返乡创业"]}
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge,chrome=1">
<title>{E(a["headline"])}_{E(S["portal"])}</title>
<meta name="keywords" content="县城,咖啡馆,返乡青年">
<meta name="description" content="{A(a["standfirst"])}">
<meta property="og:type" content="news">
<meta property="og:title" content="{A(a["headline"])}">
<meta property="og:release_date" content="{d.strftime("%Y-%m-%d %H:%M")}">
<meta name="mediaid" content="{A(who)}">
<link rel="stylesheet" href="//statics.souwen.example.com/article/css/main.css">
<script>var article_config={ld(conf)};</script>
</head>
<body>
<div class="head-container"><div class="head-nav" data-role="head-nav"><a class="logo" href="//www.souwen.example.com/" title="{A(S["portal_full"])}">{E(S["portal_full"])}</a>
<ul class="nav-list">{nav}</ul>
<div class="user-box"><a href="/login" class="login-sohu">{E(S["login"])}</a></div>
<form class="search" action="/search"><input type="text" placeholder="{A(S["search"])}"><button type="submit">{E(S["search"])}</button></form></div></div>
<div class="area clearfix" id="article-container">
<div class="left main">
<div class="text">
<div class="text-title"><h1>{E(a["headline"])}<span class="article-tag"></span></h1>
<div class="article-info"><span class="time" id="news-time" data-val="{int(d.timestamp()) * 1000}">{d.strftime("%Y-%m-%d %H:%M")}</span>
<span class="ip-info">{E(S["ip"])}</span> <span data-role="original-link"><a href="/media/121098765">{E(who)}</a></span></div></div>
<article class="article" id="mp-editor">
<p data-role="original-title" style="display:none">原标题：{E(a["headline"])}</p>
<p><strong>{E(a["standfirst"])}</strong></p>
{body}
<p>{E(S["copyright"])}</p>
<p style="text-align: center;">{E(S["end"])}</p>
<a href="//www.souwen.example.com/?strategyid=00001" target="_blank" title="{A(S["back_title"])}" id="backsouwencom" style="white-space: nowrap;"><span class="backword"><i class="backsouwen"></i>{E(S["back"])}</span></a>
<p data-role="editor-name">{E(S["editor"])}<span></span></p>
</article>
<div data-role="statement" class="statement">{E(S["statement"])}</div>
<div class="article-oper"><span class="read-num">{E(S["read"])}<em>{E(S["read_n"])}</em>)</span> <span class="like" data-role="like">{E(S["like"])}</span>
<span class="share-box">{E(S["share"])}{" ".join(f'<a href="javascript:void(0)">{E(s)}</a>' for s in S["shares"])}</span> <a class="complain" href="/complain">{E(S["complain"])}</a></div>
<div class="statement-qr"><img src="/qr/121098765.png" alt="" width="90" height="90"><p>{E(S["qr"])}</p></div>
</div>
<div class="god-article-bottom"><div class="title"><h3>{E(S["rec_head"])}</h3></div>{rec}</div>
<div id="comment_area"><div class="c-header"><span class="c-title">{E(S["cmt_head"])}</span> <span class="c-num">{E(S["cmt_count"])}</span></div>
<div class="c-form"><textarea placeholder="{A(S["cmt_login"])}"></textarea><button type="button">{E(S["cmt_btn"])}</button></div>
<div class="c-list">{comments}</div></div>
</div>
<div class="sidebar right">
<div class="user-info" data-role="user-info"><div class="user-pic"><img src="/avatar/121098765.jpg" alt=""></div><h4><a href="/media/121098765">{E(who)}</a></h4>
<p class="user-intro">{E(S["author_intro"])}</p><ul class="user-stats">{"".join(f"<li>{E(x)}</li>" for x in S["author_stats"])}</ul>
<button class="follow-btn" type="button">{E(S["follow"])}</button> <a class="more-article" href="/media/121098765">{E(S["author_more"])}</a></div>
<div class="article-list"><h3>{E(S["author_latest"])}</h3><ul>{latest}</ul></div>
<div class="hot-article"><h3>{E(S["hot_head"])}</h3><ul>{hot}</ul></div>
<div class="godR" id="godR"><span class="ad-tag">{E(S["adv"])}</span></div>
</div>
</div>
<div class="footer"><p>{S["footer"]}</p></div>
</body>
</html>
"""


# ---------------------------------------------------------------- the pages


TEMPLATES = {"datacomp": t_datacomp, "syndicated": t_syndicated, "newsletter": t_newsletter,
             "printview": t_printview, "singular": t_singular, "netease": t_netease, "sohu": t_sohu}

# (language, article of articles4.py, template, page name, extra fields)
PAGES = [
    ("en", "beavers", "datacomp", "datacomp-beavers", {}),
    ("en", "beavers", "printview", "printview-beavers",
     {"site": "The Ashdale Gazette", "author": "Sam Whitcombe",
      "url": "https://ashdalegazette.example.co.uk/news/environment/beavers-return-ashdale-valley-400-years"}),
    ("en", "bus-bunching", "newsletter", "newsletter-bus-bunching", {}),
    ("en", "used-ev-prices", "syndicated", "syndicated-used-ev", {}),
    ("vi", "cau-treo", "singular", "singular-cau-treo", {}),
    ("vi", "cau-treo", "printview", "printview-cau-treo-cp1258", {"encoding": "windows-1258"}),
    ("vi", "cua-dai", "datacomp", "datacomp-cua-dai", {}),
    ("vi", "phong-tro", "syndicated", "syndicated-phong-tro", {}),
    ("zh", "qiuliang", "netease", "netease-qiuliang-gbk", {"encoding": "gbk"}),
    ("zh", "qiuliang", "printview", "printview-qiuliang-gb2312", {"encoding": "gb2312"}),
    ("zh", "xiancheng-kafei", "sohu", "sohu-xiancheng-kafei", {}),
    ("zh", "jiazhuang-dianti", "datacomp", "datacomp-jiazhuang-dianti", {}),
]


# ---------------------------------------------------------------- writing and checking


# The parser of the page check: hidden elements are not left out of the visible text.
Text = functools.partial(PageText, hidden=False)


def main():
    render = lambda template, a, lang, k: TEMPLATES[template](a, lang, k)  # noqa: E731
    for lang, name, _, a, n in build_pages(OUT, articles4.ARTICLES, PAGES, render, gold4, Text):
        print(f"{lang}/{name}: {n} gold lines")


if __name__ == "__main__":
    main()
