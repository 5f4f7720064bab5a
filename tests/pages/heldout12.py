#!/usr/bin/env python3
"""The twelfth held-out set (tests/pages/heldout12/{en,vi,zh}): new articles (articles12.py) in
twelve new templates, one page each, written blind: without looking at the extractor's code,
its tests or its output, and without running it. Not yet scored; nothing was tuned on it.

    python3 tests/pages/heldout12.py

writes the 12 pages and their golds, then checks each with pagekit.check_page (every gold
line is in its page's visible text, with script, style, title, <select>, <textarea>, hidden
and display:none elements left out; the tags balance; legacy-encoded pages decode strictly in
the charset they declare and are not valid UTF-8). Deterministic: the same bytes every run.
It imports only articles12.py and pagekit.py. Templates and site styles: heldout12/README.md.
"""

import functools
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles12  # noqa: E402
import pagekit  # noqa: E402
from pagekit import (E, A, blocks, when, ld, build_pages, PageText,  # noqa: E402
                     token, add, table_rows, news_ld)

OUT = os.path.join(HERE, "heldout12")


def gold12(a):
    """The article's text, one block a line: headline, standfirst, then paragraphs, subheadings,
    quotes, captions, editor's notes, questions, list items, table cells and timeline entries
    (time and text joined by a space)."""
    lines = [a["headline"]]
    if a.get("standfirst"):
        lines.append(a["standfirst"])
    for item in a["body"]:
        kind = item[0]
        if kind in ("p", "h2", "quote", "fig", "note", "q"):
            lines.append(item[1])
        elif kind in ("ul", "ol"):
            lines.extend(item[1])
        elif kind == "table":
            lines.extend(c for row in item[1] for c in row)
        elif kind == "time":
            lines.extend(f"{t} {x}" for t, x in item[1])
        else:
            raise ValueError(kind)
    return lines


def slot(a, frac, avoid=()):
    """A plain paragraph near `frac` of the body after which a site may put a box: not one that
    leads into a list or table (ends with a colon), not followed by a figure, not the last."""
    items = a["body"]
    start = max(1, int(len(items) * frac))
    order = list(range(start, len(items) - 1)) + list(range(start - 1, 0, -1))
    for n in order:
        if n in avoid:
            continue
        if items[n][0] == "p" and items[n + 1][0] in ("p", "h2", "quote", "q") and not items[n][1].endswith((":", "：")):
            return n
    raise ValueError(a["name"])


def credit(a, n):
    """The credit printed with the figure that is body item n."""
    k = sum(1 for x in a["body"][:n] if x[0] == "fig")
    return a["credits"][min(k, len(a["credits"]) - 1)]


def img(a, n, w=960, h=540, attrs=""):
    return f'<img src="https://cdn.example.com/{token(a["url"], n)}/{w}x{h}.jpg" width="{w}" height="{h}" alt=""{attrs}>'


LEAD_IMG = ' class="lead-img"'
TC_IMG = ' sizes="(min-width: 1466px) 754px"'
BORDER0 = ' border="0"'


def lis(items, li=""):
    return "".join(f"<li{li}>{E(x)}</li>" for x in items)


def links(items, pre="/", cls=""):
    c = f' class="{cls}"' if cls else ""
    return "".join(f'<a{c} href="{pre}{token(x, n=6)}/">{E(x)}</a> ' for x in items)


# ================================================================ en/cbc: a public broadcaster's
# regional story page (CBC News-like)

def t_cbc(a, lang, k):
    d = when(a)
    stamp = f"{d.strftime('%b')} {d.day}, {d.year} {d.strftime('%I:%M').lstrip('0')} {'AM' if d.hour < 12 else 'PM'} AST"

    def fig(it, n):
        return (f'<figure class="imageMedia leadmedia-story full"><div class="placeholder">{img(a, n)}</div>'
                f'<figcaption class="imageCaption">{E(it[1])} <!-- -->({E(credit(a, n))})</figcaption></figure>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "fig": fig,
        "time": lambda it, n: "<ul>" + "".join(f"<li><strong>{E(t)}</strong> {E(x)}</li>" for t, x in it[1]) + "</ul>",
    }
    inserts = {}
    s1 = slot(a, 0.15)
    add(inserts, s1, '<div class="ad-risingstar-container"><div class="ad-label">Advertisement</div><div id="ad-bigbox-1" class="ad-bigbox"></div></div>')
    s2 = slot(a, 0.5, avoid={s1})
    add(inserts, s2, '<div class="embed-audio"><div class="audioHeading"><span class="audioLabel">Audio</span> <span class="audioShow">Information Morning - Kestrel Bay</span></div>'
        '<h3 class="audioTitle">Utility says some rural customers could wait until Sunday</h3>'
        '<p class="audioDescription">The director of operations for the provincial utility joined host Jonna Brewer to talk about the damage and the plan to restore power.</p>'
        '<div class="audioDuration">8:14</div><button class="playButton" aria-label="Play">Play</button></div>')
    s3 = slot(a, 0.75, avoid={s1, s2})
    add(inserts, s3, '<div class="similarStoryContainer"><div class="similarStory"><span class="relatedLabel">RELATED</span> '
        '<a href="/news/canada/new-brunswick/generator-safety-carbon-monoxide-1.7411820">What to know about using a generator safely during a power outage</a></div></div>')
    body = blocks(a, R, inserts)
    nav = ["News", "Sports", "Radio", "Music", "Listen Live", "TV", "Watch"]
    sub = ["Top Stories", "Local", "Climate", "World", "Canada", "Politics", "Indigenous", "Business", "Health", "Entertainment", "Science", "CBC News Investigates", "Go Public"]
    related = [("Freezing rain warning issued for much of eastern New Brunswick", "Jan 19"),
               ("Why ice storms are so hard on power lines, and what utilities are doing about it", "Jan 21"),
               ("Kestrel Bay council votes to buy backup generators for 3 community halls", "Nov 4, 2024")]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])} | Northshore News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{A(a["standfirst"])}">
{pagekit.og(a, "en_CA", site="Northshore News", image="https://i.northshore.example.ca/1.7412209", twitter=True)}
{news_ld(a, "en-CA", author=[{"@type": "Person", "name": a["author"]}], publisher={"@type": "Organization", "name": "Northshore News"})}
<link rel="preload" as="font" href="/fonts/sans.woff2" crossorigin>
</head>
<body>
<div id="app">
<div class="privacy-banner" role="region" aria-label="Privacy"><p>We and our partners use cookies and similar technologies to improve your experience, measure audiences and show you relevant content. By continuing to browse, you agree to our use of cookies.</p><a href="/privacy">Learn more</a> <button class="privacy-accept">Accept</button></div>
<a class="skipLink" href="#main">Skip to Main Content</a>
<header class="siteHeader"><a class="logo" href="/" aria-label="Northshore home">Northshore</a>
<nav class="primaryNav" aria-label="Main">{links(nav, cls="navLink")}</nav><div class="userMenu"><a href="/search">Search</a> <button class="signInLink">Sign In</button></div></header>
<nav class="subNav" aria-label="News sections"><span class="sectionTitle">News</span> {links(sub, "/news/", "subNavLink")}</nav>
<div class="storyWrapper">
<main id="main" class="main">
<div class="detailHeadlineWrapper">
<div class="storyCategory"><a href="/news/canada/new-brunswick">New Brunswick</a></div>
<h1 class="detailHeadline">{E(a["headline"])}</h1>
<h2 class="deck">{E(a["standfirst"])}</h2>
<div class="bylineDetails"><span class="authorText"><a class="bylineAuthorLink" href="/news/author/morgan-leblanc-1.4521">{E(a["author"])}</a> · Northshore News</span> · <time class="timeStamp" datetime="{a["date"]}">Posted: {stamp}</time> | <span class="lastUpdated">Last Updated: 3 hours ago</span></div>
<div class="sharebar"><span class="sharebarTitle">Social Sharing</span><ul class="sharebarList"><li><button>Facebook</button></li><li><button>X</button></li><li><button>Email</button></li><li><button>Reddit</button></li><li><button>LinkedIn</button></li></ul></div>
</div>
<div class="story" data-cy="storyWrapper">
{body}
<p><em>With files from Information Morning Kestrel Bay</em></p>
</div>
<div class="authorProfile"><h2 class="authorProfileHeading">ABOUT THE AUTHOR</h2><div class="authorName">{E(a["author"])}</div>
<p class="authorBio">Morgan Leblanc is a reporter with Northshore News based in Kestrel Bay. She covers northern and eastern New Brunswick and can be reached at morgan.leblanc@northshore.example.ca.</p></div>
<div class="storyFooter"><p class="standards"><a href="/news/about">Northshore's Journalistic Standards and Practices</a> | <a href="/news/about-news">About Northshore News</a></p>
<p class="corrections"><a href="/news/corrections">Corrections and clarifications</a> | <a href="/news/tips">Submit a news tip</a> | <a href="/news/report-error">Report error</a></p></div>
<div class="newsletterSignup"><h3>Add some “good” to your morning and evening.</h3><p>Our award-winning journalists bring you the news that matters from New Brunswick, every weekday.</p><form><input type="email" placeholder="Enter your email address"> <button>Subscribe</button></form><p class="nlLegal">By submitting your email, you agree to receive newsletters from Northshore. You may unsubscribe at any time.</p></div>
<div class="relatedStories"><h2>Related Stories</h2><ul>{"".join(f'<li><a href="/news/{token(t, n=7)}">{E(t)}</a> <span class="relatedDate">{dt}</span></li>' for t, dt in related)}</ul></div>
</main>
<aside class="rightRail"><div class="ad-label">Advertisement</div><div id="ad-rr"></div>
<div class="popular"><h2>Popular Now in News</h2><ol><li><a href="/p/1">Canada Post strike talks resume as holiday deadline nears</a></li><li><a href="/p/2">Moncton couple wins $5M in weekend lottery draw</a></li><li><a href="/p/3">Snowplow contract under review after Fredericton complaints</a></li></ol></div></aside>
</div>
<footer class="siteFooter"><div class="footerLinks">{links(["Audience Relations", "Contact Us", "Accessibility", "Jobs", "Terms of Use", "Privacy", "Ombudsman"], "/about/")}</div><p>Audience Relations, P.O. Box 500 Station A, Kestrel Bay, NB</p><p>©2025 Northshore Broadcasting</p></footer>
<div class="signInModal" hidden><p>Sign in to personalize your news and save stories to read later.</p></div>
</div>
</body>
</html>
"""


# ================================================================ en/hindu: an Indian national
# daily (The Hindu-like)

def t_hindu(a, lang, k):
    d = when(a)
    stamp = f"{d.strftime('%B')} {d.day}, {d.year} {d.strftime('%I:%M')} {'am' if d.hour < 12 else 'pm'} IST"

    def fig(it, n):
        return (f'<div class="picture"><figure>{img(a, n, attrs=LEAD_IMG)}'
                f'<figcaption><p class="caption">{E(it[1])}</p><p class="photo-credit">| Photo Credit: {E(credit(a, n))}</p></figcaption></figure></div>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<h3>{E(it[1])}</h3>",
        "quote": lambda it, n: f'<blockquote class="quote"><p>{E(it[1])}</p></blockquote>',
        "fig": fig,
    }
    inserts = {}
    s1 = slot(a, 0.2)
    add(inserts, s1, '<div class="ad-container"><span class="ad-text">ADVERTISEMENT</span><div id="div-gpt-ad-inline-1"></div></div>')
    s2 = slot(a, 0.45, avoid={s1})
    add(inserts, s2, '<div class="also-read"><div class="also-read-title">Also Read</div>'
        '<a href="/news/national/groundwater-levels-dip-in-nine-districts-survey/article68977120.ece"><img src="https://cdn.example.com/also/1.jpg" alt="">'
        '<span class="also-read-head">Groundwater levels dip in nine districts after weak northeast monsoon, survey finds</span></a></div>')
    s3 = slot(a, 0.7, avoid={s1, s2})
    add(inserts, s3, '<div class="ad-container"><span class="ad-text">ADVERTISEMENT</span><div id="div-gpt-ad-inline-2"></div></div>'
        '<p><b>Also read:</b> <a href="/news/national/tanker-water-prices-double/article69012255.ece">Tanker water prices double in peri-urban areas as borewells run dry</a></p>')
    body = blocks(a, R, inserts)
    nav = ["India", "World", "Movies", "Sport", "Data", "Health", "Opinion", "Science", "Business", "Premium", "e-Paper"]
    top = [("Centre notifies new rules for drone surveys of farmland", "The rules allow State governments to commission surveys without prior clearance for areas under 50 hectares."),
           ("Monsoon likely to be normal this year, says IMD", "The India Meteorological Department expects rainfall at 103% of the long-period average."),
           ("Cabinet clears funds for 2,000 check dams in drought-prone blocks", "The scheme will be implemented over three years with a total outlay of ₹1,450 crore.")]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{E(a["headline"])} - The Coastal Hindu</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{A(a["standfirst"])}">
<meta name="keywords" content="groundwater, borewell, Assembly, Bill">
{pagekit.og(a, "en_IN", site="The Coastal Hindu")}
{news_ld(a, "en", articleSection="National", keywords="groundwater, Assembly")}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"section":"national","premium":"no"}});</script>
</head>
<body class="article-page">
<div class="top-bar"><a href="/e-paper">e-Paper</a> <a href="/subscribe" class="subscribe-btn">Subscribe</a> <a href="/login" class="signin">Sign in</a> <span class="todays-paper">Today's Paper</span></div>
<header class="masthead"><a class="logo" href="/">The Coastal Hindu</a><nav class="main-nav">{links(nav, "/news/")}</nav></header>
<div class="trending-bar"><span class="trending-label">Trending</span> <a href="/t/1">Union Budget</a> <a href="/t/2">IPL 2025</a> <a href="/t/3">Monsoon</a></div>
<div class="container">
<div class="breadcrumb"><a href="/news/">News</a> / <a href="/news/national/">National</a></div>
<div class="article-section">
<div class="article" data-premium="false">
<h1 class="title">{E(a["headline"])}</h1>
<h2 class="sub-title">{E(a["standfirst"])}</h2>
<div class="author-name"><a href="/profile/author/s-meenakshi-1211/">{E(a["author"])}</a></div>
<div class="publish-time"><span>Published - {stamp}</span> - <span class="dateline">CHENNAI</span></div>
<div class="share-icons"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Copy link</a> <a href="#">Read later</a> <span class="comment-count">Comments</span></div>
<div class="articlebodycontent col-xl-9 col-lg-12 col-md-12 col-sm-12 col-12" id="schemaDiv">
{body}
<p class="publish-time-new">Published - {stamp}</p>
</div>
<div class="related-topics"><h3 class="title">Related Topics</h3><ul class="related-topics-list">{lis(["Chennai", "water", "legislature", "agriculture", "environmental issues"])}</ul></div>
<div class="comments-shares"><p class="comment-closed">COMMENTS</p><p>To read this article, and comment, please <a href="/login">sign in</a>. Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.</p></div>
<div class="app-promo"><p>Download The Coastal Hindu app for faster access to news, e-Paper and puzzles.</p><a href="#">Google Play</a> <a href="#">App Store</a></div>
</div>
<div class="right-rail"><div class="ad-container"><span class="ad-text">ADVERTISEMENT</span></div>
<div class="top-news"><h3 class="title">Top News Today</h3><ul>{"".join(f'<li><a href="/news/{token(t, n=8)}.ece"><h4>{E(t)}</h4></a><p class="sub-text">{E(s)}</p></li>' for t, s in top)}</ul></div></div>
</div>
</div>
<footer class="footer"><div class="footer-links">{links(["About Us", "Code of Editorial Values", "News Archive", "Sitemap", "Print Subscription", "Digital Subscription", "Rss Feeds", "Readers Editor", "Contact Us"], "/info/")}</div><p class="copyright">Copyright© 2025, The Coastal Hindu Publishing Pvt Ltd. or its affiliated companies. All rights reserved.</p></footer>
<div class="modal-signin" style="display:none"><p>You have reached your limit for free articles this month.</p></div>
</body>
</html>
"""


# ================================================================ en/conversation: an academic
# news site with author disclosures (The Conversation-like)

def t_conversation(a, lang, k):
    d = when(a)
    stamp = f"{d.strftime('%B')} {d.day}, {d.year} {d.strftime('%I.%M').lstrip('0')}{'am' if d.hour < 12 else 'pm'} BST"

    def fig(it, n):
        return (f'<figure class="align-center ">{img(a, n, 754, 503, TC_IMG)}'
                f'<figcaption><span class="caption">{E(it[1])}</span> <span class="attribution"><span class="source">{E(credit(a, n))}</span>, <a class="license" href="http://creativecommons.org/licenses/by-nd/4.0/">CC BY-ND</a></span></figcaption></figure>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
        "quote": lambda it, n: f"<blockquote><p>{E(it[1])}</p></blockquote>",
        "fig": fig,
        "ul": lambda it, n: f"<ul>{lis(it[1])}</ul>",
    }
    inserts = {}
    s1 = slot(a, 0.25)
    add(inserts, s1, '<p><em><strong>Read more: <a href="https://theconversation.example.com/satellites-can-now-spot-drought-from-space-but-not-on-small-farms-198442">Satellites can now spot drought from space – but not on small farms</a></strong></em></p>')
    s2 = slot(a, 0.6, avoid={s1})
    add(inserts, s2, '<div class="inline-promo newsletter-promo"><p class="promo-title">Get the news that’s free, independent and based on evidence.</p><a class="promo-button" href="/newsletter">Get newsletter</a></div>')
    body = blocks(a, R, inserts)
    nav = ["Arts + Culture", "Business + Economy", "Education", "Environment", "Health", "Politics + Society", "Science + Technology", "In French"]
    topics = ["Agriculture", "Drought", "Food security", "Sensors", "Smallholder farmers", "Climate adaptation"]
    also = ["Farmers know their soil better than any model. Here’s how to listen to them",
            "Why the next famine warning could come from a phone mast",
            "Mulch, terraces and trees: cheap ways to keep water in the ground"]
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{A(a["standfirst"])}">
{pagekit.og(a, "en_GB", site="The Conversation", image="https://images.theconversation.example.com/files/241873")}
{news_ld(a, "en-GB", author=[{"@type": "Person", "name": a["author"], "jobTitle": "Senior Lecturer in Agricultural Engineering"}], isAccessibleForFree=True)}
</head>
<body class="articles show">
<div class="cookie-notice" id="cookie-notice"><p>We use cookies to help us understand how readers use our site. You can <a href="/privacy_policy">read more about cookies</a> and change your settings at any time.</p><button>OK</button></div>
<header id="header" class="main-navigation"><div class="branding"><a class="logo" href="/">The Conversation</a><span class="tagline">Academic rigour, journalistic flair</span></div>
<div class="edition-picker">Edition: <a href="/uk">United Kingdom</a></div>
<nav class="sections">{links(nav, "/uk/", "section-link")}</nav>
<div class="account"><a class="donate" href="/donate">Donate</a> <a href="/newsletter">Get newsletter</a> <a href="/become-an-author">Become an author</a> <a href="/sign_up">Sign up as a reader</a> <a href="/sign_in">Sign in</a></div></header>
<main id="main" class="article">
<article role="article" itemscope itemtype="http://schema.org/Article">
<header class="content-header"><div class="content-topics"><a href="/uk/topics/agriculture-3126">Agriculture</a></div>
<h1 class="legacy entry-title instapaper_title" itemprop="name"><strong>{E(a["headline"])}</strong></h1>
<div class="timestamps"><time datetime="{a["date"]}">Published: {stamp}</time></div></header>
<div class="grid-ten large-grid-nine grid-last content-body content entry-content instapaper_body inline-promos" itemprop="articleBody">
<figure class="align-center">{img(a, 99, 754, 503)}<figcaption><span class="attribution"><span class="source">{E(a["credits"][0])}</span>, <a class="license" href="http://creativecommons.org/licenses/by-nd/4.0/">CC BY-ND</a></span></figcaption></figure>
<p><strong>{E(a["standfirst"])}</strong></p>
{body}
</div>
<aside class="content-sidebar">
<div class="content-authors-group"><h2>Author</h2><ol class="authors"><li class="author"><a class="author-name" href="/profiles/hannah-oduya-1298411"><strong>{E(a["author"])}</strong></a><p class="role">Senior Lecturer in Agricultural Engineering, University of Westmere</p></li></ol></div>
<div class="disclosure"><h2>Disclosure statement</h2><p>Hannah Oduya receives funding from the Global Water Fund and the UK Research and Innovation Council. She is an unpaid adviser to two farmers’ cooperatives in the study area.</p></div>
<div class="partners"><h2>Partners</h2><p>University of Westmere provides funding as a member of The Conversation UK.</p><a href="/partners">View all partners</a></div>
<div class="republish"><p>We believe in the free flow of information</p><p>Republish our articles for free, online or in print, under a Creative Commons licence.</p><button class="republish-button">Republish this article</button></div>
</aside>
<div class="topic-list-item"><h2 class="visually-hidden">Topics</h2><ul class="topic-list">{lis(topics, ' class="topic-list-item"')}</ul></div>
</article>
<div class="donate-box"><h3>Like this article? Support independent, evidence-based journalism.</h3><p>Every week our editors work with hundreds of researchers to explain the world. Your donation keeps it free to read and free to republish.</p><a href="/donate" class="donate-button">Donate now</a></div>
<div class="comments-prompt"><h2>Comments</h2><p>Sign in to comment. Comments are moderated by The Conversation and the article’s author.</p></div>
<section class="related-content"><h2>You might also like</h2><ul>{"".join(f'<li><a href="/{token(t, n=6)}"><h3>{E(t)}</h3></a></li>' for t in also)}</ul></section>
<aside class="sidebar-promos"><div class="events"><h2>Events</h2><p>Water futures: a public lecture — Westmere, 12 June</p></div><div class="write"><h2>Want to write?</h2><p>Write an article and join a growing community of more than 200,000 academics and researchers from 5,000 institutions.</p><a href="/become-an-author">Register now</a></div></aside>
</main>
<footer class="footer"><nav>{links(["Who we are", "Our charter", "Our team", "Partners and funders", "Resource for media", "Contact us"], "/uk/")}</nav><p>Copyright © 2010–2025, The Conversation Trust (UK) Limited</p></footer>
</body>
</html>
"""


# ================================================================ en/blox: a local newspaper on
# a TownNews BLOX-style CMS, body of <br>-separated text

def t_blox(a, lang, k):
    d = when(a)
    stamp = f"{d.strftime('%b')} {d.day}, {d.year}"
    figs = [n for n, x in enumerate(a["body"]) if x[0] == "fig"]
    lead = figs[0]

    def fig(it, n):
        if n == lead:
            return ""
        return (f'<div class="tncms-inline-asset tnt-inline-photo"><figure class="photo">{img(a, n, 800, 533)}'
                f'<figcaption class="caption"><div class="caption-container"><div class="caption-text"><p>{E(it[1])}</p></div>'
                f'<span class="tnt-byline">{E(credit(a, n))}</span> <a class="buy-now" href="/photos/buy/{token(a["url"], n, n=6)}">Buy Now</a></div></figcaption></figure></div>')

    R = {
        "p": lambda it, n: f"{E(it[1])}<br><br>",
        "h2": lambda it, n: f"<strong>{E(it[1])}</strong><br><br>",
        "fig": fig,
        "table": lambda it, n: f'<table class="table table-condensed">{table_rows(it[1])}</table>',
    }
    inserts = {}
    s1 = slot(a, 0.3)
    add(inserts, s1, '<div id="tncms-region-article_instory_top" class="tncms-region hidden-print"><div class="tnt-ads"><span class="tnt-ads-label">Advertisement</span><div id="tncms-ad-1"></div></div></div>')
    s2 = slot(a, 0.6, avoid={s1})
    add(inserts, s2, '<div class="tncms-inline-relcontent"><div class="panel"><span class="panel-title">Related to this story</span>'
        '<a href="/news/local/ridge-county-bridge-repairs-approved/article_1d9e.html">County approves $1.2 million for covered bridge repairs</a>'
        '<p class="tnt-summary">Commissioners voted 3-0 to fix the roof and floor of the Dorsey Mill bridge, which has been closed to trucks since March.</p></div></div>')
    body = blocks(a, R, inserts)
    lp = a["body"][lead][1]
    nav = ["News", "Sports", "Obituaries", "Opinion", "Lifestyles", "Business", "e-Edition", "Classifieds", "Jobs", "Contests"]
    popular = ["Millersport man charged after chase through two counties", "Ridge County fair board names new director",
               "Second Street closed for sewer work through June", "Ridgeview graduate earns full scholarship to state university"]
    comments_rules = ["Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
                      "Don't Threaten. Threats of harming another person will not be tolerated.",
                      "Be Truthful. Don't knowingly lie about anyone or anything.",
                      "Be Nice. No racism, sexism or any sort of -ism that is degrading to another person."]
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])} | Lifestyles | ridgecountyherald.example.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{A(a["standfirst"])}">
<meta name="author" content="{A(a["author"])}">
{pagekit.og(a, "en_US", site="Ridge County Herald")}
{news_ld(a, "en-US", isAccessibleForFree=False, hasPart={"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".subscriber-only"})}
<style>.hidden{{display:none}}.tnt-ads{{margin:20px 0}}</style>
</head>
<body class="tnt-section-lifestyles tnt-section-travel tnt-page-asset tnt-asset-article">
<div id="site-container">
<div id="site-top-nav-container" class="hidden-print"><div class="weather"><span class="tnt-weather-temp">72°</span> <span class="tnt-weather-cond">Partly Cloudy</span></div> <a href="/users/login/">Log In</a> <a href="/users/signup/">Subscribe</a> <a href="/eedition/">e-Edition</a></div>
<header id="site-header"><a class="site-logo" href="/">Ridge County Herald</a></header>
<nav id="main-navigation" class="navbar"><ul class="nav navbar-nav">{lis(nav)}</ul></nav>
<div id="breaking-news" class="alert alert-danger"><strong>Breaking News</strong> <a href="/news/local/route-9">Route 9 reopens after morning crash near Ridgeview</a></div>
<div id="main-page-container">
<div class="asset-breakcrumbs"><a href="/lifestyles/">Lifestyles</a> <a href="/lifestyles/travel/">Travel</a></div>
<article id="asset-content" class="asset story" itemscope itemtype="http://schema.org/NewsArticle">
<header class="asset-header">
<h1 class="headline"><span class="asset-headline tnt-headline" itemprop="headline">{E(a["headline"])}</span></h1>
<h2 class="subhead"><span class="tnt-subheadline">{E(a["standfirst"])}</span></h2>
<ul class="list-inline asset-author"><li><span class="tnt-byline">By {E(a["author"])}</span> <span class="tnt-user-title">Herald features editor</span></li></ul>
<ul class="list-inline asset-date"><li><time datetime="{a["date"]}">{stamp}</time></li></ul>
<div class="share-container"><ul class="list-inline">{lis(["Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save"])}</ul></div>
</header>
<div class="asset-photo photo-carousel"><figure class="photo">{img(a, lead)}<figcaption class="caption"><div class="caption-container"><div class="caption-text"><p>{E(lp)}</p></div><span class="tnt-byline">{E(credit(a, lead))}</span> <a class="buy-now" href="/photos/buy/lead">Buy Now</a></div></figcaption></figure></div>
<div class="asset-content subscriber-premium">
<div id="article-body" class="asset-body" itemprop="articleBody">
{body}
</div>
</div>
<div class="asset-tags"><span class="tags-label">Tags</span> <ul class="list-inline">{lis(["Covered Bridges", "Tourism", "Ridge County", "History", "Millersport"])}</ul></div>
<div class="tnt-author-card"><div class="tnt-author-name">{E(a["author"])}</div><div class="tnt-author-title">Features editor</div><a href="mailto:epruitt@ridgecountyherald.example.com">Author email</a> <a href="/users/profile/epruitt/">Follow Ellen Pruitt</a></div>
<div class="newsletter-signup"><h4>Get local news delivered to your inbox!</h4><p>Subscribe to our Daily Headlines newsletter.</p><form><input type="email" placeholder="Email"> <button>Sign up!</button></form></div>
<div id="comments" class="asset-comments"><h3>Comments</h3><div class="comment-rules"><h4>Welcome to the discussion.</h4><ul>{lis(comments_rules)}</ul></div><button class="load-comments">Load comments</button></div>
<div class="subscriber-only hidden"><p>Thank you for reading! Please log in, or sign up for a new account and purchase a subscription to continue reading.</p></div>
</article>
<aside id="sidebar"><div class="most-popular"><h3>Most Popular</h3><ol>{lis(popular)}</ol></div><div class="tnt-ads"><span class="tnt-ads-label">Advertisement</span></div></aside>
</div>
<footer id="site-footer"><p>Ridge County Herald, 210 Main St., Millersport</p><p>© Copyright 2025 Ridge County Herald. Powered by BLOX Content Management System.</p><a href="/site/terms.html">Terms of Use</a> <a href="/site/privacy.html">Privacy Policy</a></footer>
</div>
</body>
</html>
"""


# ================================================================ vi/vov: a national radio's news
# site, 2025 layout (VOV-like)

def t_vov(a, lang, k):
    d = when(a)
    stamp = f"{pagekit.VI_DAYS[d.weekday()]}, {d.strftime('%H:%M')}, {d.strftime('%d/%m/%Y')}"

    def fig(it, n):
        return (f'<figure class="image-center">{img(a, n)}'
                f'<figcaption>{E(it[1])} <em>(Ảnh: {E(credit(a, n))})</em></figcaption></figure>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
        "fig": fig,
        "time": lambda it, n: "".join(f"<p>- <strong>{E(t)}</strong> {E(x)}</p>" for t, x in it[1]),
    }
    inserts = {}
    s1 = slot(a, 0.35)
    add(inserts, s1, '<div class="related-news-inline"><div class="title">Tin liên quan</div><ul>'
        '<li><a href="/xa-hoi/mien-nui-phia-bac-canh-bao-lu-quet-post1188201.vov">Các tỉnh miền núi phía Bắc cảnh báo lũ quét, sạt lở đất</a></li>'
        '<li><a href="/xa-hoi/so-tan-hon-200-ho-dan-post1187950.vov">Sơ tán hơn 200 hộ dân khỏi vùng nguy cơ sạt lở</a></li></ul></div>')
    body = blocks(a, R, inserts)
    nav = ["Chính trị", "Đời sống", "Thế giới", "Kinh tế", "Xã hội", "Pháp luật", "Thể thao", "Văn hóa - Giải trí", "Sức khỏe", "Công nghệ", "Ô tô - Xe máy", "Du lịch", "Video", "Podcast"]
    channels = ["VOV1", "VOV2", "VOV3", "VOV Giao thông", "VOV5", "VOVTV"]
    ticker = ["Thủ tướng chỉ đạo khẩn trương khắc phục hậu quả mưa lũ", "Giá xăng dầu giảm nhẹ từ 15h chiều nay", "Đội tuyển Việt Nam tập trung chuẩn bị vòng loại"]
    same = [("Sạt lở đất vùi lấp nhà dân ở huyện vùng cao, một người bị thương", "Mưa lớn kéo dài khiến taluy dương đổ sập xuống hai ngôi nhà, lực lượng chức năng đã kịp thời đưa người bị thương đi cấp cứu."),
            ("Hàng nghìn học sinh vùng lũ chưa thể đến trường", "Nhiều điểm trường bị ngập, đường đến trường bị chia cắt, các địa phương đang khẩn trương dọn dẹp để đón học sinh trở lại."),
            ("Ngành điện huy động lực lượng khôi phục lưới điện sau mưa lũ", "Hơn 300 cán bộ, công nhân được điều động đến các huyện vùng cao để sửa chữa đường dây bị hư hỏng.")]
    read = ["Bão số 5 suy yếu thành áp thấp nhiệt đới", "Hà Nội ngập sâu nhiều tuyến phố sau mưa lớn", "Cảnh báo thời tiết nguy hiểm trên biển"]
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])} | Báo điện tử VOVTIN</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{A(a["standfirst"])}">
{pagekit.og(a, "vi_VN", site="Báo điện tử VOVTIN", image="https://media.vovtin.example.vn/sites/default/files/styles/og_image/public/2025-08")}
{news_ld(a, "vi", author=[{"@type": "Person", "name": a["author"]}])}
</head>
<body class="path-node page-node-type-article">
<div class="top-ticker"><span class="ticker-label">Tin nóng</span><div class="ticker-track">{"".join(f'<a href="/t/{token(t, n=5)}">{E(t)}</a> ' for t in ticker)}</div></div>
<div class="lang-bar"><a href="/">Tiếng Việt</a> <a href="/en">English</a> <a href="/zh">中文</a> <a href="/ru">Русский</a> <a href="/fr">Français</a></div>
<header class="site-header"><a class="logo" href="/">VOVTIN</a><div class="radio-channels"><span>Nghe trực tiếp:</span> {links(channels, "/radio/")}</div>
<nav class="main-menu">{links(nav, "/", "menu-item")}</nav></header>
<div class="layout-container"><div class="row">
<div class="col-main">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/xa-hoi/tin-tuc">Tin tức</a></li></ol>
<article class="node node--type-article">
<h1 class="article-title">{E(a["headline"])}</h1>
<div class="article-meta"><span class="date">{stamp}</span> <span class="share"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép liên kết</a></span></div>
<div class="audio-player"><span class="audio-label">Nghe bài viết</span> <button>Giọng nam miền Bắc</button> <button>Giọng nữ miền Nam</button> <span class="audio-time">00:00 / 04:12</span></div>
<div class="article-summary"><p>{E(a["standfirst"])}</p></div>
<div class="text-long">
{body}
<p style="text-align:right"><strong>{E(a["author"])}/VOV-Tây Bắc</strong></p>
</div>
<div class="article-tags"><span>Từ khóa:</span> {links(["lũ quét", "mưa lớn", "Mường Khoa", "thiên tai", "tìm kiếm cứu nạn"], "/tags/")}</div>
<div class="follow-google"><a href="https://news.google.com/">Theo dõi VOVTIN trên Google News</a></div>
<div class="comment-box"><h3>Bình luận</h3><form><textarea placeholder="Nhập bình luận của bạn"></textarea><input type="text" placeholder="Họ tên"> <button>Gửi bình luận</button></form></div>
</article>
<section class="same-category"><h2 class="block-title">Tin cùng chuyên mục</h2>{"".join(f'<div class="story"><a href="/xa-hoi/{token(t, n=8)}.vov"><h3>{E(t)}</h3></a><p class="sapo">{E(s)}</p></div>' for t, s in same)}</section>
</div>
<aside class="col-side"><div class="most-read"><h2>Đọc nhiều</h2><ol>{lis(read)}</ol></div><div class="ad-box"><span>Quảng cáo</span></div></aside>
</div></div>
<footer class="site-footer"><p>Cơ quan chủ quản: Đài Tiếng nói Việt Nam (ví dụ)</p><p>Giấy phép số 000/GP-BTTTT. Tổng biên tập: Nguyễn Văn A</p><p>© Bản quyền thuộc về VOVTIN. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
<div class="video-popup" style="display:none"><p>Video đang phát</p></div>
</body>
</html>
"""


# ================================================================ vi/laodong: a trade-union daily,
# 2025 layout, with an AI summary box (Lao Động-like)

def t_laodong(a, lang, k):
    d = when(a)
    stamp = f"{d.strftime('%d/%m/%Y %H:%M')} (GMT+7)"

    def fig(it, n):
        return (f'<figure class="insert-center-image">{img(a, n)}'
                f'<figcaption><p>{E(it[1])}</p><p class="author-img">Ảnh: {E(credit(a, n))}</p></figcaption></figure>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<p><strong>{E(it[1])}</strong></p>",
        "fig": fig,
    }
    inserts = {}
    s1 = slot(a, 0.5)
    add(inserts, s1, '<div class="related-in-article"><a href="/cong-doan/tong-lien-doan-de-xuat-lo-trinh-giam-gio-lam-1580012.ldo"><img src="https://cdn.example.com/rel/1.jpg" alt="">'
        '<h4>Tổng Liên đoàn đề xuất lộ trình giảm giờ làm cho người lao động</h4></a>'
        '<p>Theo đề xuất, giờ làm việc bình thường sẽ giảm dần xuống 44 giờ mỗi tuần trong giai đoạn 2027-2030, không giảm lương.</p></div>')
    body = blocks(a, R, inserts)
    nav = ["Thời sự", "Công đoàn", "Xã hội", "Thế giới", "Bạn đọc", "Pháp luật", "Kinh doanh", "Văn hóa", "Giải trí", "Thể thao", "Giáo dục", "Sức khỏe", "Xe", "Du lịch", "Bất động sản"]
    ai = ["Quốc hội thảo luận đề xuất giảm giờ làm từ 48 xuống 44 giờ/tuần.",
          "Một số đại biểu ủng hộ vì lợi ích gia đình người lao động.",
          "Có ý kiến lo ngại về chi phí của doanh nghiệp nhỏ."]
    cmts = [("Nguyễn Văn Hùng", "Công nhân chúng tôi rất mong đề xuất này được thông qua. Làm từ sáng đến tối thì không còn sức lo cho con cái nữa."),
            ("Lê Thị Mai", "Giảm giờ làm mà không giảm lương thì tốt, nhưng phải có cơ chế giám sát chứ không doanh nghiệp lại bắt tăng ca.")]
    latest = ["Tăng lương hưu từ ngày 1/7: Ai được hưởng?", "Công đoàn hỗ trợ 2.000 công nhân thuê nhà trọ", "Đề xuất nâng mức đóng bảo hiểm thất nghiệp"]
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>{E(a["headline"])} | Báo Lao Động Mới</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{A(a["standfirst"])}">
{pagekit.og(a, "vi_VN", site="Báo Lao Động Mới", image="https://media.laodongmoi.example.vn/Uploaded/2025/05/27")}
{news_ld(a, "vi", articleSection="Công đoàn")}
</head>
<body>
<div class="header-top"><span class="header-slogan">Cơ quan của Tổng Liên đoàn Lao động (ví dụ)</span> <span class="header-date">{pagekit.VI_DAYS[d.weekday()]}, {d.strftime('%d/%m/%Y')}</span> <a href="/dang-nhap">Đăng nhập</a></div>
<header class="header"><a class="logo" href="/">LAO ĐỘNG MỚI</a><nav class="menu">{links(nav, "/", "menu-link")}</nav></header>
<div class="main-wrapper">
<div class="detail-wrapper">
<div class="breadcrumbs"><a href="/cong-doan">Công đoàn</a> <a href="/cong-doan/chinh-sach">Chính sách</a></div>
<div class="detail-head">
<h1 class="title">{E(a["headline"])}</h1>
<div class="meta"><span class="author">{E(a["author"])}</span> <span class="time">{stamp}</span></div>
<div class="follow-gg"><a href="https://news.google.com/">Theo dõi Lao Động Mới trên Google News</a></div>
</div>
<div class="ai-summary" data-role="ai-summary"><div class="ai-summary-head">Tóm tắt nội dung bằng AI</div><ul>{lis(ai)}</ul><p class="ai-note">Nội dung tóm tắt do AI tạo ra, có thể chưa chính xác. Vui lòng đọc toàn bộ bài viết.</p></div>
<div class="chappeau"><p>LĐO | {E(a["standfirst"])}</p></div>
<div class="art-body" id="articleBody">
{body}
</div>
<div class="tags"><span>Tags:</span> {links(["Quốc hội", "giảm giờ làm", "Bộ luật Lao động", "người lao động"], "/tag/")}</div>
<div class="share-bottom"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a> <a href="#">In bài</a></div>
<div class="comment-section"><h3>Bình luận (12)</h3>{"".join(f'<div class="comment"><span class="c-name">{E(nm)}</span><p class="c-text">{E(t)}</p><span class="c-meta">2 giờ trước · Thích · Trả lời</span></div>' for nm, t in cmts)}<a class="more-cmt" href="#">Xem thêm bình luận</a></div>
</div>
<aside class="sidebar"><div class="box-latest"><h3>Tin mới nhất</h3><ul>{lis(latest)}</ul></div><div class="ad"><span>Quảng cáo</span></div></aside>
</div>
<footer class="footer"><p>Tổng Biên tập: Nguyễn Văn B. Giấy phép số 00/GP-BTTTT (ví dụ).</p><p>© Bản quyền thuộc Báo Lao Động Mới. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></footer>
</body>
</html>
"""


# ================================================================ vi/plo: a city legal daily
# (Pháp Luật TP.HCM-like), an interview part with PV: labels

def t_plo(a, lang, k):
    d = when(a)
    stamp = f"{d.strftime('%H:%M')} {d.strftime('%d/%m/%Y')}"

    def fig(it, n):
        return (f'<figure class="picture">{img(a, n)}'
                f'<figcaption class="caption"><p>{E(it[1])} Ảnh: {E(credit(a, n).upper())}</p></figcaption></figure>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
        "fig": fig,
        "ol": lambda it, n: f"<ol>{lis(it[1])}</ol>",
        "q": lambda it, n: f"<p><strong>{E(it[1])}</strong></p>",
    }
    inserts = {}
    s1 = slot(a, 0.1)
    add(inserts, s1, '<div class="article__related-inline"><div class="story"><a class="story__title" href="/nong-dan-mien-tay-thue-drone-phun-thuoc-post850112.html">Nông dân miền Tây thuê drone phun thuốc, tiết kiệm hàng triệu đồng mỗi vụ</a></div></div>')
    s2 = slot(a, 0.55, avoid={s1})
    add(inserts, s2, '<div class="ads-inline"><span class="ads-label">- Quảng cáo -</span><div id="adm_inpage"></div></div>')
    body = blocks(a, R, inserts)
    nav = ["Thời sự", "Pháp luật", "Quốc tế", "Kinh tế", "Đô thị", "Giáo dục", "Sức khỏe", "Thể thao", "Văn hóa", "Giải trí", "Bạn đọc", "Công nghệ", "Xe", "Địa ốc"]
    sugg = [("Nông nghiệp công nghệ cao: Doanh nghiệp đổ vốn, nông dân hưởng lợi", "Nhiều mô hình liên kết giúp nông dân ứng dụng công nghệ mà không phải tự bỏ vốn đầu tư ban đầu."),
            ("Trường nghề mở lớp đào tạo phi công drone nông nghiệp", "Khóa học kéo dài 3 tháng, học viên được thực hành trên đồng ruộng và cấp chứng chỉ sau khi hoàn thành.")]
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])} - Báo Pháp Luật Số</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{A(a["standfirst"])}">
{pagekit.og(a, "vi_VN", site="Báo Pháp Luật Số")}
{news_ld(a, "vi")}
</head>
<body class="page-detail">
<div class="site-header"><div class="header__top"><a class="header__logo" href="/">PHÁP LUẬT SỐ</a><span class="header__date">{pagekit.VI_DAYS[d.weekday()]}, ngày {d.day}/{d.month}/{d.year}</span> <a class="header__epaper" href="/bao-in">Báo in</a> <a href="/video">Video</a> <a href="/podcast">Podcast</a></div>
<nav class="header__nav"><ul class="menu">{lis(nav, ' class="menu__item"')}</ul></nav></div>
<div class="l-content"><div class="l-grid">
<div class="main-col content-col">
<div class="breadcrumb"><a href="/cong-nghe/">Công nghệ</a> <a href="/cong-nghe/chuyen-doi-so/">Chuyển đổi số</a></div>
<article class="article">
<div class="article__header">
<h1 class="article__title cms-title">{E(a["headline"])}</h1>
<div class="article__meta"><div class="article__author"><span class="name">{E(a["author"].upper())}</span></div><time class="time" datetime="{a["date"]}">{stamp}</time></div>
<div class="article__tools"><a href="#" class="zalo">Zalo</a> <a href="#" class="fb">Facebook</a> <a href="#" class="copy">Sao chép link</a> <button class="font">A-</button> <button class="font">A+</button></div>
<h2 class="article__sapo cms-desc">(PLS)- {E(a["standfirst"])}</h2>
</div>
<div class="article__body zce-content-body cms-body" itemprop="articleBody">
{body}
</div>
<div class="article__footer"><div class="article__tag"><span>Từ khóa:</span> {links(["drone", "nông nghiệp", "Đồng bằng sông Cửu Long", "chuyển đổi số"], "/tu-khoa/")}</div></div>
<div class="article__suggest"><h3 class="box-title">Đừng bỏ lỡ</h3>{"".join(f'<div class="story"><a class="story__title" href="/{token(t, n=7)}.html">{E(t)}</a><p class="story__summary">{E(s)}</p></div>' for t, s in sugg)}</div>
<div class="article__comment"><h3>Ý kiến bạn đọc</h3><form><textarea placeholder="Ý kiến của bạn sẽ được biên tập trước khi đăng"></textarea><button>Gửi</button></form><p class="comment-empty">Chưa có bình luận nào. Hãy là người đầu tiên bình luận.</p></div>
</article>
</div>
<aside class="sidebar"><div class="box-video"><h3>Video đang được xem nhiều</h3><p>Mời quý độc giả theo dõi các video đang được xem nhiều nhất từ Pháp Luật Số.</p></div><div class="box-mostread"><h3>Đọc nhiều</h3><ol><li>Khởi tố giám đốc doanh nghiệp lừa đảo bán đất nền</li><li>TP.HCM mở rộng giờ hoạt động xe buýt điện</li></ol></div></aside>
</div></div>
<footer class="site-footer"><p>Cơ quan chủ quản: (ví dụ). Tổng biên tập: Trần Văn C.</p><p>Giấy phép hoạt động báo điện tử số 00/GP-BTTTT. ® Ghi rõ nguồn "Pháp Luật Số" khi phát hành lại thông tin từ website này.</p></footer>
<div id="popup-notify" hidden><p>Bật thông báo để nhận tin tức mới nhất từ Pháp Luật Số.</p></div>
</body>
</html>
"""


# ================================================================ vi/ktdt: a city economic paper's
# legacy page in windows-1258, body of <br>-separated text (Kinh tế & Đô thị-like)

def t_ktdt(a, lang, k):
    d = when(a)
    stamp = d.strftime("%d/%m/%Y %H:%M")

    def fig(it, n):
        return (f'<div align="center" class="img-box">{img(a, n, 600, 400, BORDER0)}'
                f'<div class="img-caption"><i>{E(it[1])}</i><br>Ảnh: {E(credit(a, n))}</div></div>')

    R = {
        "p": lambda it, n: f"{E(it[1])}<br><br>",
        "h2": lambda it, n: f"<b>{E(it[1])}</b><br><br>",
        "fig": fig,
        "table": lambda it, n: f'<table class="tbl-content" border="1" cellpadding="4" cellspacing="0" width="100%">{table_rows(it[1])}</table><br>',
    }
    body = blocks(a, R)
    nav = ["Trang chủ", "Chính trị", "Kinh tế", "Đô thị", "Xã hội", "Văn hóa", "Du lịch", "Thể thao", "Bất động sản", "Ẩm thực"]
    others = [("Phố đi bộ ven hồ mở cửa trở lại từ tối thứ Sáu", "03/10/2025"), ("Làng lụa trăm tuổi đón khách nước ngoài", "01/10/2025"),
              ("Khai mạc triển lãm gốm cổ tại bảo tàng thành phố", "29/09/2025"), ("Gợi ý năm điểm cắm trại cuối tuần gần thành phố", "27/09/2025")]
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>{E(a["headline"])}</title>
<meta name="keywords" content="làng gốm, du lịch cuối tuần, sông Hồng">
<meta name="description" content="{A(a["standfirst"])}">
<link rel="stylesheet" href="/css/style.css" type="text/css">
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header"><div class="logo"><a href="/"><img src="/images/logo.gif" alt="Kinh tế và Đô thị (ví dụ)" border="0"></a></div>
<div class="header-info">Hà Nội 28°C · Giá vàng SJC: 118,5 - 120,5 triệu đồng/lượng · <a href="/rss">RSS</a></div></div>
<div id="menu"><ul>{lis(nav)}</ul></div>
<div id="main-content">
<div id="left-col">
<div class="path"><a href="/">Trang chủ</a> » <a href="/van-hoa">Văn hóa</a> » <a href="/van-hoa/du-lich">Du lịch</a></div>
<div class="detail-date">Cập nhật: {stamp}</div>
<div class="detail-title"><h1>{E(a["headline"])}</h1></div>
<div class="detail-sapo"><b>{E(a["standfirst"])}</b></div>
<div class="detail-content">
{body}
<div align="right"><b>{E(a["author"])}</b></div>
</div>
<div class="detail-tools"><a href="javascript:window.print()">In bài viết</a> | <a href="/gui-email">Gửi email</a> | <a href="#top">Lên đầu trang</a></div>
<div class="other-news"><div class="title">Các tin khác</div><ul>{"".join(f'<li><a href="/van-hoa/{token(t, n=6)}.html">{E(t)}</a> <span class="date">({dt})</span></li>' for t, dt in others)}</ul></div>
<div class="comment-form"><div class="title">Ý kiến của bạn</div><form action="/comment" method="post"><table><tr><td>Họ tên:</td><td><input type="text" name="name"></td></tr><tr><td>Email:</td><td><input type="text" name="email"></td></tr><tr><td>Nội dung:</td><td><textarea name="content" rows="5" cols="40"></textarea></td></tr></table><input type="submit" value="Gửi ý kiến"></form></div>
</div>
<div id="right-col"><div class="box"><div class="title">Tin đọc nhiều</div><ul><li><a href="/1">Thành phố khởi công cầu vượt sông mới</a></li><li><a href="/2">Giá nhà chung cư tiếp tục tăng</a></li></ul></div>
<div class="box adv"><a href="/qc"><img src="/images/qc-300x250.gif" alt="Quảng cáo" border="0"></a></div></div>
</div>
<div id="footer"><p>Cơ quan chủ quản: (ví dụ) · Tổng biên tập: Nguyễn Văn D</p><p>Giấy phép số 00/GP-BTTTT · Bản quyền thuộc về Kinh tế và Đô thị (ví dụ)</p></div>
</div>
</body>
</html>
"""


# ================================================================ zh/bjd: a city daily's app share
# page, div-only body (北京日报客户端-like)

def t_bjd(a, lang, k):
    d = when(a)
    stamp = d.strftime("%Y-%m-%d %H:%M")

    def fig(it, n):
        return (f'<div class="pic"><img src="https://ie.jinghuadaily.example.cn/img/{token(a["url"], n)}.jpg" alt=""></div>'
                f'<div class="pic-desc" style="text-align:center;color:#666">{E(it[1])}</div>'
                f'<div style="text-align:center;color:#999;font-size:12px">{E(credit(a, n))}</div>')

    R = {
        "p": lambda it, n: f'<div class="para">{E(it[1])}</div>',
        "h2": lambda it, n: f'<div class="para"><strong>{E(it[1])}</strong></div>',
        "fig": fig,
        "time": lambda it, n: "".join(f'<div class="para"><strong>{E(t)}</strong> {E(x)}</div>' for t, x in it[1]),
    }
    body = blocks(a, R)
    rel = [("全市启动防汛一级应急响应 山区景区全部关闭", "2025-07-29"), ("强降雨期间地铁部分地面站临时封闭", "2025-07-30"),
           ("防汛知识：遇到山洪怎么办？专家教你三招", "2025-07-28")]
    feed = [("暑期文化活动清单出炉 百余场演出等你来", "京华日报客户端", "1.2万阅读"), ("郊区新增十条骑行绿道", "京华日报客户端", "8601阅读"),
            ("新学期中小学课后服务将有这些变化", "京华日报客户端", "2.3万阅读")]
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>{E(a["headline"])}</title>
<meta name="description" content="{A(a["standfirst"])}">
<style>.para{{text-indent:2em;line-height:1.8;margin-bottom:15px}}.app-bar{{position:fixed;top:0}}</style>
</head>
<body>
<div class="app-bar"><img class="app-logo" src="https://ie.jinghuadaily.example.cn/static/logo.png" alt=""><span class="app-text">打开京华日报客户端，阅读体验更佳</span><a class="app-open" href="jinghua://article">打开APP</a></div>
<div class="detail-wrap">
<div class="title-box"><h1 class="title">{E(a["headline"])}</h1>
<div class="info"><span class="source">京华日报客户端</span> | <span class="reporter">记者 {E(a["author"])}</span> <span class="time">{stamp}</span></div></div>
<div class="summary-box"><div>{E(a["standfirst"])}</div></div>
<div class="detail-content" id="detailContent">
{body}
<div class="editor">编辑：赵一凡</div>
<div class="editor">流程编辑：u028</div>
</div>
<div class="copyright-note">版权声明：本文为京华日报原创，未经授权不得转载。</div>
<div class="like-bar"><span class="like">赞 2368</span> <span class="share">分享</span></div>
<div class="related"><div class="related-title">相关新闻</div>{"".join(f'<div class="related-item"><a href="https://ie.jinghuadaily.example.cn/share/{token(t, n=12)}.html">{E(t)}</a><span class="r-time">{dt}</span></div>' for t, dt in rel)}</div>
<div class="open-more"><a href="jinghua://home">更多精彩内容 请下载京华日报客户端</a></div>
<div class="feed"><div class="feed-title">推荐阅读</div>{"".join(f'<div class="feed-item"><div class="feed-t">{E(t)}</div><div class="feed-m">{E(s)} {E(r)}</div></div>' for t, s, r in feed)}</div>
</div>
<div class="wx-mask" style="display:none"><div>请点击右上角，选择在浏览器中打开</div></div>
</body>
</html>
"""


# ================================================================ zh/yicai: a financial daily's
# site (第一财经-like)

def t_yicai(a, lang, k):
    d = when(a)
    stamp = d.strftime("%Y-%m-%d %H:%M:%S")

    def fig(it, n):
        return (f'<p style="text-align:center"><img src="https://img.diyicaijing.example.com/{token(a["url"], n)}.jpg" alt=""></p>'
                f'<p class="img-title" style="text-align:center">{E(it[1])}<span class="img-source">（{E(credit(a, n))}）</span></p>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<h3>{E(it[1])}</h3>",
        "fig": fig,
    }
    inserts = {}
    s1 = slot(a, 0.55)
    add(inserts, s1, '<div class="m-ad-inline"><span class="ad-sign">广告</span><div id="yc_ad_text_1"></div></div>')
    body = blocks(a, R, inserts)
    nav = ["首页", "新闻", "直播", "视频", "商业", "金融", "城市", "产经", "科技", "全球", "地产", "健康", "一财号"]
    rel = [("多地出台低空经济行动方案 起降点建设提速", "今年以来，已有十余个城市发布低空经济专项政策，起降设施建设成为重点。", "2025-06-18"),
           ("无人机配送进社区：一单外卖的“空中旅程”", "在部分城市，无人机配送的平均时长已缩短至十五分钟以内。", "2025-06-09")]
    hot = ["央行开展逆回购操作 净投放资金规模扩大", "A股三大指数集体收涨 成交额重回万亿", "新能源车企半年销量榜出炉"]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])}</title>
<meta name="keywords" content="低空经济,人大常委会,条例,无人机">
<meta name="description" content="{A(a["standfirst"])}">
{pagekit.og(a, "zh_CN", site="第一财经（示例）")}
</head>
<body>
<div class="g-hd"><div class="m-top"><a class="logo" href="/">第一财经（示例）</a><ul class="m-nav">{lis(nav)}</ul><a class="m-app" href="/app">下载APP</a> <a class="m-login" href="/login">登录</a></div></div>
<div class="g-bd"><div class="m-container">
<div class="m-left">
<div class="m-title"><h1>{E(a["headline"])}</h1>
<div class="title-info"><span class="source">第一财经</span> <em>{stamp}</em></div>
<div class="title-info2"><span class="writer">作者：{E(a["author"])}</span> <span class="editor">责编：任晓</span> <a class="listen" href="javascript:;">聆听</a></div></div>
<div class="intro"><p>{E(a["standfirst"])}</p></div>
<div class="m-txt" id="multi-text">
{body}
</div>
<div class="m-report"><a href="javascript:;">举报</a></div>
<p class="m-copyright">此内容为第一财经（示例）原创，著作权归第一财经（示例）所有。未经第一财经（示例）书面授权，不得以任何方式加以使用，包括转载、摘编、复制或建立镜像。第一财经（示例）保留追究侵权者法律责任的权利。</p>
<p class="m-adcoop">如需获得授权请联系第一财经版权部：021-0000000；021-0000001。</p>
<div class="m-tags"><a href="/tag/1">低空经济</a> <a href="/tag/2">地方立法</a> <a href="/tag/3">无人机</a></div>
<div class="m-share"><span>分享到：</span><a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
<div class="m-relate"><h2>相关阅读</h2>{"".join(f'<div class="relate-item"><a href="/news/{token(t, n=9)}.html"><h3>{E(t)}</h3></a><p>{E(s)}</p><span class="time">{dt}</span></div>' for t, s, dt in rel)}</div>
</div>
<div class="m-right"><div class="m-hot"><h2>一财最热</h2><ol>{lis(hot)}</ol></div><div class="m-qr"><img src="/static/qr.png" alt=""><p>扫码下载第一财经APP</p></div><div class="m-ad"><span class="ad-sign">广告</span></div></div>
</div></div>
<div class="g-ft"><p>第一财经（示例）版权所有 沪ICP备00000000号</p><p>第一财经广告合作，请点击这里</p></div>
<div class="m-login-pop" style="display:none"><p>登录后可收藏文章、参与评论</p></div>
</body>
</html>
"""


# ================================================================ zh/infzm: a weekly's site with
# staff lines and an editor's note (南方周末-like)

def t_infzm(a, lang, k):
    d = when(a)
    stamp = d.strftime("%Y-%m-%d %H:%M:%S")

    def fig(it, n):
        return (f'<p class="img-p"><img src="https://img.nanfangzhoumo.example.com/{token(a["url"], n)}.jpg" alt=""></p>'
                f'<p class="img-caption"><span class="caption-text">{E(it[1])}</span><span class="caption-credit">{E(credit(a, n))}</span></p>')

    R = {
        "p": lambda it, n: f"<p>{E(it[1])}</p>",
        "h2": lambda it, n: f"<h2>{E(it[1])}</h2>",
        "fig": fig,
        "ul": lambda it, n: f"<ul>{lis(it[1])}</ul>",
        "note": lambda it, n: f'<blockquote class="editor-note"><p>{E(it[1])}</p></blockquote>',
    }
    inserts = {}
    s1 = slot(a, 0.6)
    add(inserts, s1, '<div class="nfzm-content__vip-tip"><p>开通南周会员，畅读全部深度报道</p><a href="/vip">立即开通</a></div>')
    body = blocks(a, R, inserts)
    nav = ["首页", "南周精选", "新闻", "经济", "文化", "评论", "科技", "图片", "视频", "南周知道"]
    rel = [("储能电站“爆发”之后：谁在赚钱，谁在亏钱", "2025-05-22"), ("锂价过山车：一个盐湖小镇的三年", "2024-12-05")]
    cmts = [("读者老李", "写得很扎实。希望后续能追踪一下钠电池在电动两轮车上的应用。", "128"),
            ("山风", "低温性能这点对北方太重要了，冬天锂电池续航掉一半。", "96")]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{E(a["headline"])} | 南方周末（示例）</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{A(a["standfirst"])}">
{pagekit.og(a, "zh_CN", site="南方周末（示例）")}
{news_ld(a, "zh-CN", author=[{"@type": "Person", "name": a["author"]}])}
</head>
<body>
<div class="nfzm-header"><a class="nfzm-logo" href="/">南方周末（示例）</a><ul class="nfzm-nav">{lis(nav)}</ul><div class="nfzm-user"><a href="/login">登录</a> | <a href="/subscribe">订阅</a> <a class="vip" href="/vip">开通会员</a></div></div>
<div class="nfzm-content">
<div class="nfzm-content__column"><a href="/contents?term_id=7">科技</a></div>
<div class="nfzm-content__title"><h1>{E(a["headline"])}</h1></div>
<div class="nfzm-content__author"><span>南方周末记者 {E(a["author"])}</span> <span>南方周末实习生 林悦</span></div>
<div class="nfzm-content__publish" data-time="{stamp}">发表于 {stamp}</div>
<div class="nfzm-content__info">全文共3126字，阅读大约需要6分钟</div>
<div class="nfzm-content__summary"><p>{E(a["standfirst"])}</p></div>
<div class="nfzm-content__content">
<div class="nfzm-content__fulltext">
{body}
</div>
<div class="nfzm-content__editor"><p>责任编辑 韩谦</p><p>网络编辑 苏晓</p></div>
<p class="nfzm-content__copyright">南方周末（示例）版权所有，未经授权不得转载。</p>
</div>
<div class="nfzm-content__tools"><a href="javascript:;">点赞 512</a> <a href="javascript:;">收藏</a> <a href="javascript:;">分享</a> <a href="javascript:;">字号</a></div>
<div class="nfzm-related"><h3>相关文章</h3><ul>{"".join(f'<li><a href="/content/{token(t, n=6)}">{E(t)}</a><span>{dt}</span></li>' for t, dt in rel)}</ul></div>
<div class="nfzm-comment"><h3>热门评论</h3>{"".join(f'<div class="comment-item"><span class="nick">{E(nm)}</span><p>{E(t)}</p><span class="like">赞 {c}</span></div>' for nm, t, c in cmts)}<a href="/comments">查看全部评论</a></div>
</div>
<div class="nfzm-sidebar"><div class="zhidao"><h3>南周知道</h3><p>为什么冬天手机电池掉电快？</p><p>储能电站会不会着火？</p></div><div class="qr"><img src="/qr.png" alt=""><p>扫码下载南方周末APP</p></div></div>
<div class="nfzm-footer"><p>南方周末（示例） 版权所有 粤ICP备00000000号</p></div>
<div class="nfzm-paywall" style="display:none"><p>本文为付费内容，开通会员后可阅读全文。</p></div>
</body>
</html>
"""


# ================================================================ zh/guangming: a national culture
# daily's site in GBK (光明网-like), captions with the credit in the caption's own line

def t_guangming(a, lang, k):
    d = when(a)
    stamp = d.strftime("%Y-%m-%d %H:%M")

    def fig(it, n):
        return (f'<p style="text-align: center;"><img src="https://img.guangmingwang.example.cn/{token(a["url"], n)}.jpg" alt="" border="0"></p>'
                f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">{E(it[1])}</span>　{E(credit(a, n))}</p>')

    R = {
        "p": lambda it, n: f"<p>　　{E(it[1])}</p>",
        "h2": lambda it, n: f"<p>　　<strong>{E(it[1])}</strong></p>",
        "fig": fig,
        "table": lambda it, n: f'<table border="1" cellpadding="5" cellspacing="0" align="center" style="width:90%;border-collapse:collapse">{table_rows(it[1])}</table>',
    }
    body = blocks(a, R)
    channels = ["时政", "国际", "时评", "理论", "文化", "科技", "教育", "经济", "生活", "法治", "军事", "卫生", "养生", "女人", "文娱", "博客", "读书"]
    rec = ["古镇里的非遗市集 吸引年轻人“打卡”", "秋季赏叶好去处 这份地图请收好", "博物馆夜场开放 观众“沉浸式”看展"]
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{E(a["headline"])}_光明网（示例）</title>
<meta name="keywords" content="古城,旅游,国庆假期">
<meta name="description" content="{A(a["standfirst"])}">
<meta name="filetype" content="0"><meta name="publishedtype" content="1"><meta name="pagetype" content="1">
<meta name="catalogs" content="文化">
</head>
<body>
<div class="g-top"><div class="m-topNav"><a href="/">光明网（示例）</a> | <a href="/app">客户端</a> | <a href="/en">English</a> | <a href="/wx">微信</a></div>
<div class="m-channel">{"".join(f'<a href="https://{token(x, n=4)}.guangmingwang.example.cn/">{E(x)}</a>' for x in channels)}</div></div>
<div class="g-main">
<div class="m-breadcrumb"><a href="/">首页</a> &gt; <a href="https://culture.guangmingwang.example.cn/">文化</a> &gt; 正文</div>
<div class="m-title-box"><h1 class="u-title">{E(a["headline"])}</h1>
<div class="m-con-info"><span class="m-con-source">来源：光明日报（示例）</span> <span class="m-con-time">{stamp}</span> <span class="m-con-author">作者：{E(a["author"])}</span></div></div>
<div class="m-fontsize">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></div>
<div id="articleBox" class="m-article">
<div class="u-mainText">
<p>　　<strong>{E(a["standfirst"])}</strong></p>
{body}
</div>
</div>
<div class="m-zbTool liability">[ 责编：王晓 ]</div>
<div class="m-share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
<div class="m-tjTit">推荐阅读</div><ul class="m-tjList">{lis(rec)}</ul>
<div class="m-picNews"><div class="tit">图片新闻</div><a href="/p/1"><img src="/p1.jpg" alt=""><span>秋日梯田层林尽染</span></a> <a href="/p/2"><img src="/p2.jpg" alt=""><span>古村落迎来写生季</span></a></div>
</div>
<div class="g-footer"><p>光明网（示例）版权所有</p><p>京ICP备00000000号</p></div>
<script type="text/javascript">var _zbs = "stat";</script>
</body>
</html>
"""


# ---------------------------------------------------------------- the pages

TEMPLATES = {"cbc": t_cbc, "hindu": t_hindu, "conversation": t_conversation, "blox": t_blox,
             "vov": t_vov, "laodong": t_laodong, "plo": t_plo, "ktdt": t_ktdt,
             "bjd": t_bjd, "yicai": t_yicai, "infzm": t_infzm, "guangming": t_guangming}

# (language, article of articles12.py, template, page name, extra fields)
PAGES = [
    ("en", "ice-storm", "cbc", "cbc-ice-storm", {}),
    ("en", "assembly", "hindu", "hindu-assembly", {}),
    ("en", "soil-sensors", "conversation", "conversation-soil-sensors", {}),
    ("en", "covered-bridges", "blox", "blox-covered-bridges-br", {}),
    ("vi", "lu-quet", "vov", "vov-lu-quet", {}),
    ("vi", "gio-lam", "laodong", "laodong-gio-lam", {}),
    ("vi", "drone-lua", "plo", "plo-drone-lua", {}),
    ("vi", "lang-gom", "ktdt", "ktdt-lang-gom-br-cp1258", {"encoding": "windows-1258"}),
    ("zh", "baoyu", "bjd", "bjd-baoyu-divs", {}),
    ("zh", "renda", "yicai", "yicai-renda", {}),
    ("zh", "nachi", "infzm", "infzm-nachi", {}),
    ("zh", "gucheng", "guangming", "guangming-gucheng-gbk", {"encoding": "gbk"}),
]


def prepare(template, a):
    """The blox page shows the story's first photo in a carousel over the body: its caption
    moves to the top of the body, so that the gold keeps page order."""
    if template != "blox":
        return a
    body = list(a["body"])
    first = next(n for n, x in enumerate(body) if x[0] == "fig")
    return dict(a, body=[body[first]] + body[:first] + body[first + 1:])


# The parser of the page check: besides the defaults, a self-closed non-void tag is an error.
Visible = functools.partial(PageText, self_closed=True)


def main():
    render = lambda template, a, lang, k: TEMPLATES[template](a, lang, k)  # noqa: E731
    for lang, name, _, a, n in build_pages(OUT, articles12.ARTICLES, PAGES, render, gold12, Visible, prepare):
        print(f"{lang}/{name}: {n} gold lines ({a.get('encoding', 'utf-8')})")


if __name__ == "__main__":
    main()
