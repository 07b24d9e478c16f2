#!/usr/bin/env python3
"""Writes the news-shaped extraction set: pages/*.html and gold.json ({id: gold body text}).

Every word comes from this file: the sentences are composed from the phrases below (written for this
project), and the pages are laid out in the shapes English news sites use: headline, standfirst,
byline and date, key points, captions and credits, inline citation links, in-body promos, paywall
containers, related-story tails, newsletter and cookie boxes, footers. The gold text is what a
reader calls the article: the body paragraphs, subheadings, lists and quotes, closing lines and
embedded posts; never the headline, standfirst, byline, date, key points, captions or anything
around the article. Deterministic (seeded): `python3 generate.py OUT_DIR` rewrites the same set.
"""
import html
import json
import random
import sys
from pathlib import Path

TOPICS = [
    dict(place="Millbrook", body="the county council", thing="the flood barrier", people="residents", field="flood defences",
         nouns=["pumping station", "river wall", "drainage plan", "insurance scheme", "storm gauge"]),
    dict(place="Ashford Vale", body="the regional health board", thing="the vaccine trial", people="volunteers", field="public health",
         nouns=["clinic", "booster dose", "waiting list", "nurse rota", "trial site"]),
    dict(place="Port Elson", body="the harbour authority", thing="the fishing quota", people="skippers", field="fisheries",
         nouns=["cod stock", "landing fee", "trawler fleet", "catch limit", "fish market"]),
    dict(place="Kingsmere", body="the education department", thing="the school meals programme", people="parents", field="schools",
         nouns=["lunch menu", "kitchen budget", "free breakfast", "nutrition audit", "canteen"]),
    dict(place="Dunmore", body="the rail operator", thing="the timetable change", people="commuters", field="transport",
         nouns=["signal upgrade", "night service", "ticket price", "platform extension", "rolling stock"]),
    dict(place="Greyhaven", body="the energy regulator", thing="the solar farm", people="landowners", field="energy",
         nouns=["grid connection", "battery store", "planning appeal", "panel array", "substation"]),
    dict(place="Oakridge", body="the city library service", thing="the library renovation", people="readers", field="culture",
         nouns=["reading room", "archive", "opening hours", "book fund", "study space"]),
    dict(place="Westbury", body="the weather service", thing="the heat warning", people="outdoor workers", field="climate",
         nouns=["cooling centre", "water ration", "night temperature", "hospital admission", "shade plan"]),
    dict(place="Lowerton", body="the national museum", thing="the museum reopening", people="visitors", field="heritage",
         nouns=["gallery", "loan exhibition", "ticket system", "conservation lab", "roof repair"]),
    dict(place="Calder Bay", body="the electoral commission", thing="the recount", people="voters", field="elections",
         nouns=["ballot box", "postal vote", "count centre", "turnout figure", "polling station"]),
    dict(place="Fenwick", body="the software company", thing="the job cuts", people="staff", field="technology",
         nouns=["data centre", "chip order", "cloud contract", "design team", "support desk"]),
    dict(place="Hollins Cross", body="the water utility", thing="the hosepipe ban", people="gardeners", field="water",
         nouns=["reservoir", "leak repair", "meter scheme", "bore hole", "treatment works"]),
]
FIRST = ["Maria", "Tom", "Aisha", "Daniel", "Priya", "Owen", "Lucia", "Samuel", "Hannah", "Kwame", "Ines", "Rory",
         "Mei", "Jonas", "Fatima", "Callum", "Elena", "Marcus", "Nadia", "Felix"]
LAST = ["Okafor", "Lindqvist", "Brennan", "Castellano", "Whitfield", "Nakamura", "Adeyemi", "Harrow", "Duarte",
        "Kowalski", "Pemberton", "Salazar", "Thornbury", "Varga", "Ellison", "Mbeki", "Rowntree", "Iqbal"]
ROLES = ["the council leader", "a spokesperson", "the chief executive", "the project director", "an independent analyst",
         "the union representative", "the opposition spokesperson", "a local shopkeeper", "the head of operations",
         "a senior researcher"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SENTENCES = [
    "{Name}, {role}, said {body} had spent {n} months weighing the options before it settled on {thing}.",
    "The cost of {thing} has risen to {money}, up from {money2} when the plan was first put to {people}.",
    "Figures published on {day} show that {pct} percent of {people} in {place} expect the {noun} to be ready by {month}.",
    "\"We were told it would take weeks, and it has taken the best part of a year,\" said {Name}, who has lived in {place} since {year}.",
    "Critics say {body} moved too slowly, and that the {noun} should have been replaced long before {thing} was announced.",
    "A report by the {field} committee found that the {noun} had been inspected only twice in {n} years.",
    "{body_cap} insists the timetable is realistic and that work on the {noun} will start within {n} weeks.",
    "The change will affect about {count} {people}, most of them in the older streets north of the {noun}.",
    "Asked whether the {noun2} would close during the works, {Name} said no decision had been taken.",
    "Last {month}, a review of {field} in the region warned that spending had fallen by {pct} percent in real terms.",
    "Supporters of {thing} argue that it will save money over {n} years, even if the first bills are higher.",
    "{Name} said the biggest worry for {people} was not the {noun} itself but the uncertainty around it.",
    "Opposition members have asked for the full cost breakdown to be published before the next meeting on {day}.",
    "The {noun} was built in {year} and has been patched repeatedly since, according to records seen by this newspaper.",
    "Some {people} have already made their own arrangements, with {count} signing up to a voluntary scheme in {month} alone.",
    "In a statement, {body} said it recognised the frustration and would hold two public meetings in {place} next month.",
    "\"Nobody disputes that something has to change,\" {Name} said. \"The question is who pays for it.\"",
    "Independent experts contacted for this article were divided on whether the {noun} could be repaired rather than replaced.",
    "The figures do not include the cost of the {noun2}, which is being handled under a separate contract.",
    "By {month}, {body} hopes to have a clearer picture of how many {people} will need extra support.",
    "Neighbouring towns are watching closely: two of them have similar plans for their own {noun} and {noun2}.",
    "{Name}, who chairs a residents' group, said turnout at the last meeting was the highest she could remember.",
    "A consultation that closed on {day} drew {count} responses, roughly {pct} percent of them opposed to the timing.",
    "The government has so far declined to say whether it will cover any shortfall in {field} funding this year.",
    "Records show the {noun} failed an inspection in {year}, a finding that was not made public at the time.",
    "{Name} described the decision as overdue and said {people} deserved a straight answer about the {noun2}.",
    "Work is expected to continue through the winter, with the busiest phase planned for {month}.",
    "According to the minutes of the meeting, the vote on {thing} passed by {n} votes to {n2}.",
    "The scheme is modelled on one used in {place2}, where officials say it cut delays by about a third.",
    "For now, {people} are being asked to check the {noun} notices posted at the town hall and online.",
]
LINK_PHRASES = ["a report published last year", "the committee's findings", "an audit of the {noun}", "figures released on {day}",
                "the full consultation response", "a study by the {field} institute", "its own annual review",
                "data from the national statistics office"]
SHORT_LINES = ["The full ruling is {link}.", "Read the council's statement {link}.", "The audit can be read {link}.",
               "The minutes are {link}."]
SHORT_LINK_TEXT = ["available online", "here", "on its website", "in full here"]


class Writer:
    def __init__(self, rng, topic):
        self.rng = rng
        self.topic = topic
        self.people_names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(4)]
        self.used = set()

    def fill(self, template):
        r, t = self.rng, self.topic
        n = r.randint(2, 18)
        values = dict(
            Name=r.choice(self.people_names), role=r.choice(ROLES), body=t["body"], body_cap=t["body"][0].upper() + t["body"][1:],
            thing=t["thing"], people=t["people"], place=t["place"], field=t["field"], noun=r.choice(t["nouns"]),
            noun2=r.choice(t["nouns"]), n=n, n2=r.randint(1, n), pct=r.randint(3, 87), count=f"{r.randint(120, 9800):,}",
            money=f"£{r.randint(2, 90)}.{r.randint(1, 9)}m", money2=f"£{r.randint(1, 40)}.{r.randint(1, 9)}m",
            day=r.choice(DAYS), month=r.choice(MONTHS), year=r.randint(1962, 2021),
            place2=r.choice([x["place"] for x in TOPICS if x is not t]))
        return template.format(**values)

    def sentence(self):
        for _ in range(20):
            index = self.rng.randrange(len(SENTENCES))
            if index not in self.used:
                break
        self.used.add(index)
        if len(self.used) > len(SENTENCES) - 3:
            self.used.clear()
        return self.fill(SENTENCES[index])

    def paragraph(self, sentences=None):
        return " ".join(self.sentence() for _ in range(sentences or self.rng.randint(2, 3)))


def esc(text):
    return html.escape(text, quote=False)


def cls(rng, readable, obfuscated):
    """A class attribute: the readable name, or on some templates a generated one that says nothing."""
    return readable if not obfuscated else f"css-{rng.randrange(16**6):06x} e{rng.randint(1, 9)}x{rng.randint(10, 99)}"


def build_page(index, rng):
    topic = rng.choice(TOPICS)
    w = Writer(rng, topic)
    obf = rng.random() < 0.3  # generated class names, as CSS-in-JS sites have
    semantic = rng.random() < 0.6  # <article>/<main>/<header> or div soup
    site = rng.choice(["The Northern Ledger", "Harbour Daily", "Valley Courier", "Metro Post", "The Evening Standard-Bearer",
                       "County Gazette", "Wire Report", "The Civic Record"])
    headline = w.fill(rng.choice(["{Name} warns {thing} in {place} is running {n} months late",
                                  "{place} {people} face a long wait as {thing} stalls",
                                  "Why {thing} has divided {place}",
                                  "{body_cap} defends {thing} after {count} objections"]))
    headline = headline[0].upper() + headline[1:]
    standfirst = w.paragraph(1)
    author = rng.choice(w.people_names[:2]) if rng.random() < 0.5 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    month = rng.choice(MONTHS)
    date_text = f"{rng.randint(1, 28)} {month} 2025"
    iso = f"2025-{MONTHS.index(month) + 1:02d}-{rng.randint(1, 28):02d}T0{rng.randint(6, 9)}:30:00Z"

    gold = []  # body texts in order
    body = []  # html of the body

    def p(text, kept=True, attrs=""):
        body.append(f"<p{attrs}>{esc(text)}</p>")
        if kept:
            gold.append(text)

    features = {f: rng.random() < prob for f, prob in dict(
        keypoints=0.4, hero=0.6, midfigure=0.4, media=0.2, promo=0.35, verdict=0.12, citations=0.7, shortlink=0.3,
        brlist=0.15, tweet=0.15, noscript=0.25, paywall=0.2, sources=0.15, closing=0.4, related=0.7, newsletter=0.5,
        cookie=0.4, comments=0.3, poll=0.12, review=0.1, labels=0.3, digest=0.08, header_inside=0.5, subheads=0.5).items()}

    sections = [None]
    if features["digest"]:
        sections = [w.fill(t) for t in ["What happened in {place}", "The view from {body}", "What {people} say", "What comes next"]]
    paragraph_total = rng.randint(5, 11)
    paywall_at = rng.randint(2, 4) if features["paywall"] else None
    paywall_html = []
    for s_index, section in enumerate(sections):
        if section:
            body.append(f'<section class="{cls(rng, "digest-item", obf)}"><h2>{esc(section)}</h2>')
            gold.append(section)
        count = paragraph_total if section is None else rng.randint(2, 4)
        for i in range(count):
            if paywall_at is not None and i == paywall_at and section is None:
                paywall_html = body[:]
                body.clear()
            if features["subheads"] and section is None and i in (3, 7):
                sub = w.fill(rng.choice(["A {noun} under strain", "What {people} want", "The cost question", "Lessons from {place2}"]))
                body.append(f"<h2>{esc(sub)}</h2>")
                gold.append(sub)
            if features["citations"] and rng.random() < 0.35:
                # One inline citation link, sometimes the paragraph's opening words.
                phrase = w.fill(rng.choice(LINK_PHRASES))
                rest = w.paragraph(rng.randint(1, 2))
                if rng.random() < 0.4:
                    text_html = f'<a href="https://example.org/r/{rng.randrange(10**6)}">{esc(phrase[0].upper() + phrase[1:])}</a> {esc("suggests that " + rest[0].lower() + rest[1:])}'
                    text = phrase[0].upper() + phrase[1:] + " suggests that " + rest[0].lower() + rest[1:]
                else:
                    lead = w.sentence()
                    text_html = f'{esc(lead)} That is according to <a href="https://example.org/r/{rng.randrange(10**6)}">{esc(phrase)}</a>, which {esc(rest[0].lower() + rest[1:])}'
                    text = f"{lead} That is according to {phrase}, which {rest[0].lower() + rest[1:]}"
                body.append(f"<p>{text_html}</p>")
                gold.append(text)
            else:
                p(w.paragraph())
            if i == 1 and features["shortlink"] and section is None:
                template = rng.choice(SHORT_LINES)
                link_text = rng.choice(SHORT_LINK_TEXT)
                before, after = template.split("{link}")
                body.append(f'<p>{esc(before)}<a href="https://example.org/doc/{rng.randrange(10**5)}">{esc(link_text)}</a>{esc(after)}</p>')
                gold.append(before + link_text + after)
            if i == 1 and features["midfigure"]:
                cap = w.fill(rng.choice(["The {noun} in {place}, pictured in {month}.", "{people} at a meeting about {thing}."]))
                credit = f"Photograph: {rng.choice(FIRST)} {rng.choice(LAST)}/{rng.choice(['Agency', 'Staff', 'Pool'])}"
                body.append(f'<figure class="{cls(rng, "inline-image", obf)}"><img src="/img/{index}-{i}.jpg" alt="">'
                            f'<figcaption><span>{esc(cap)}</span> <span class="{cls(rng, "credit", obf)}">{esc(credit)}</span></figcaption></figure>')
            if i == 2 and features["media"]:
                body.append(f'<div class="{cls(rng, "media-player", obf)}"><div><span>Media playback is unsupported on your device</span></div>'
                            f'<div><span>{esc(w.fill("Watch: {people} on {thing}"))}</span> <span>{rng.randint(1, 4)}:{rng.randint(10, 59)}</span></div></div>')
            if i == 2 and features["promo"]:
                label = rng.choice(["DON'T MISS", "READ MORE", "RELATED", "MORE ON THIS STORY"])
                teaser = w.fill(rng.choice(["How {place2} fixed its {noun}", "{Name} on the {noun2} nobody wanted"]))
                if rng.random() < 0.5:
                    body.append(f'<p><strong>{label}:</strong> <a href="/news/{rng.randrange(10**6)}">{esc(teaser)}</a></p>')
                else:
                    body.append(f'<div class="{cls(rng, "inline-promo", obf)}"><h4>{label}</h4><ul><li><a href="/news/{rng.randrange(10**6)}">{esc(teaser)}</a></li>'
                                f'<li><a href="/news/{rng.randrange(10**6)}">{esc(w.fill("{place} votes on {thing}"))}</a></li></ul></div>')
            if i == 3 and features["verdict"]:
                claim = w.fill("Claim: {thing} will cost {people} nothing extra.")
                verdict = rng.choice(["Verdict: Misleading.", "Verdict: False.", "Our verdict: Needs context."])
                body.append(f'<div class="{cls(rng, "claim-box", obf)}"><p><strong>{esc(claim)}</strong></p><p>{esc(verdict)}</p></div>')
            if i == 3 and features["brlist"] and section is None:
                intro = w.fill("The changes agreed by {body} are:")
                items = [w.fill(x) for x in ["a new {noun} by {month}", "longer hours at the {noun2}", "a review of {field} spending in {year}"]]
                body.append("<p>" + esc(intro) + "<br>" + "<br>".join("- " + esc(x) for x in items) + "</p>")
                gold.append(intro + "\n" + "\n".join("- " + x for x in items))
            if i == 4 and features["tweet"]:
                tweet = w.fill("Another long meeting on {thing} tonight. {people} deserve answers, not more delay.")
                handle = rng.choice(LAST).lower() + str(rng.randint(1, 99))
                who = rng.choice(w.people_names)
                attribution = f"— {who} (@{handle}) {month} {rng.randint(1, 28)}, 2025"
                body.append(f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{esc(tweet)}</p>{esc(attribution.split(" (")[0])} (@{handle}) '
                            f'<a href="https://twitter.com/{handle}/status/{rng.randrange(10**12)}">{month} {attribution.rsplit(month, 1)[1].strip()}</a></blockquote>')
                gold.append(tweet)
                gold.append(attribution)
            if i == 1 and features["noscript"]:
                body.append(f'<noscript><img src="/img/{index}.jpg" alt="{esc(topic["thing"])}"></noscript>')
                body.append('<noscript><p>Please enable JavaScript to view this interactive chart.</p></noscript>')
        if section:
            body.append("</section>")
    if features["sources"]:
        intro = "Sources:"
        body.append(f"<p><strong>{intro}</strong></p><ol>")
        gold.append(intro)
        for _ in range(rng.randint(2, 4)):
            item = w.fill(rng.choice(["{body_cap}, annual {field} review, {year}", "Report of the {field} committee on the {noun}, {month} {year}"]))
            body.append(f'<li><a href="https://example.org/src/{rng.randrange(10**6)}">{esc(item)}</a></li>')
            gold.append(item)
        body.append("</ol>")
    if features["closing"]:
        line = rng.choice([f"Additional reporting by {rng.choice(FIRST)} {rng.choice(LAST)} in {topic['place']}; editing by {rng.choice(FIRST)} {rng.choice(LAST)}",
                           "This story has been published from a wire agency feed without modifications to the text.",
                           "The views expressed in this article are the author's own.",
                           f"This article was amended on {rng.randint(1, 28)} {month} 2025 to correct the date of the meeting."])
        body.append(f"<p><em>{esc(line)}</em></p>")
        gold.append(line)

    # The article's header: headline, standfirst, byline, date, key points.
    header = [f"<h1>{esc(headline)}</h1>",
              f'<p class="{cls(rng, rng.choice(["standfirst", "article-summary", "dek", "subheadline", "intro"]), obf)}">{esc(standfirst)}</p>']
    byline = (f'<div class="{cls(rng, "byline", obf)}">By <a href="/people/{author.lower().replace(" ", "-")}">{esc(author)}</a>'
              f'{", " + esc(rng.choice(["Health Correspondent", "Political Editor", "Reporter", "Transport Correspondent"])) if rng.random() < 0.5 else ""}</div>'
              f'<div class="{cls(rng, "timestamp", obf)}"><time datetime="{iso}">{date_text}</time>'
              f'{"<span> · " + str(rng.randint(3, 9)) + " min read</span>" if rng.random() < 0.4 else ""}</div>')
    header.insert(rng.choice([1, 2]), byline)
    if features["keypoints"]:
        label = rng.choice(["Key points", "Highlights", "At a glance", "In short"])
        points = "".join(f"<li>{esc(w.sentence())}</li>" for _ in range(3))
        header.append(f'<div class="{cls(rng, "key-points", obf)}"><h2>{label}</h2><ul>{points}</ul></div>')
    if features["hero"]:
        cap = w.fill(rng.choice(["{people} outside the {noun} in {place} on {day}.", "The site of {thing}."]))
        header.append(f'<figure><img src="/img/{index}.jpg" alt=""><figcaption>{esc(cap)} '
                      f'<span class="{cls(rng, "credit", obf)}">{esc(rng.choice(["Image: ", "Photo: ", ""]) + rng.choice(FIRST) + " " + rng.choice(LAST))}</span></figcaption></figure>')

    # The tail: where the article ends and the site begins.
    tail = []
    if features["labels"]:
        tail.append(f'<div class="{cls(rng, "ad-slot", obf)}"><span>Advertisement</span></div>')
    if features["newsletter"]:
        tail.append(f'<div class="{cls(rng, rng.choice(["newsletter-signup", "promo-box", "sign-up"]), obf)}"><h3>{esc(rng.choice(["Get the morning briefing", "Sign up for our daily newsletter"]))}</h3>'
                    f"<p>{esc(w.fill('The stories that matter in {place}, in your inbox every morning before seven.'))}</p>"
                    '<form><input type="email" placeholder="Email address"><button>Subscribe</button></form>'
                    "<p><small>By signing up you agree to our privacy policy. You can unsubscribe at any time.</small></p></div>")
    if features["poll"]:
        tail.append(f'<div class="{cls(rng, "poll", obf)}"><h3>{esc(w.fill("Should {body} go ahead with {thing}?"))}</h3>'
                    '<ul><li><label><input type="radio"> Yes</label></li><li><label><input type="radio"> No</label></li></ul><button>Vote</button></div>')
    if features["review"]:
        tail.append(f'<div class="{cls(rng, "rating-widget", obf)}"><p>How useful was this article?</p><p>★★★★★</p><p>{rng.randint(12, 400)} ratings</p></div>')
    if features["comments"]:
        tail.append(f'<div class="{cls(rng, "comment-policy", obf)}"><p>{esc("Comments are moderated and may take a few minutes to appear. Please keep the discussion civil and on topic; read our community guidelines before posting.")}</p></div>')
    related_html = ""
    if features["related"]:
        items = []
        for _ in range(rng.randint(3, 8)):
            other = rng.choice(TOPICS)
            ow = Writer(rng, other)
            title = ow.fill(rng.choice(["{place} {people} angry over {thing}", "{body_cap} to review {noun} plans", "What next for {thing}?"]))
            teaser = ow.sentence() if rng.random() < 0.7 else ""
            items.append(f'<li class="{cls(rng, "card", obf)}"><a href="/news/{rng.randrange(10**6)}"><h3>{esc(title[0].upper() + title[1:])}</h3></a>'
                         + (f"<p>{esc(teaser)}</p>" if teaser else "") + f'<span class="{cls(rng, "time", obf)}">{rng.randint(1, 23)} hours ago</span></li>')
        heading = rng.choice(["Related stories", "More from News", "Latest", "You may also like", "Most read"])
        related_html = f'<section class="{cls(rng, rng.choice(["related", "more-stories", "latest-news", "story-package"]), obf)}"><h2>{heading}</h2><ul>{"".join(items)}</ul></section>'
    cookie_html = ""
    if features["cookie"]:
        cookie_html = (f'<div class="{cls(rng, "cookie-banner", obf)}"><p>We use cookies to improve your experience and to show you relevant advertising. '
                       'By continuing to browse the site you agree to our use of cookies.</p><button>Accept</button><button>Manage settings</button></div>')

    nav = "".join(f'<li><a href="/{x.lower()}">{x}</a></li>' for x in ["News", "Politics", "Business", "Health", "Sport", "Culture", "Opinion", "Weather"])
    site_header = (f'<{"header" if semantic else "div"} class="{cls(rng, "site-header", obf)}"><a class="logo" href="/">{esc(site)}</a>'
                   f'<{"nav" if semantic else "div"} class="{cls(rng, "main-nav", obf)}"><ul>{nav}</ul></{"nav" if semantic else "div"}>'
                   f'<a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></{"header" if semantic else "div"}>')
    footer = (f'<{"footer" if semantic else "div"} class="{cls(rng, "site-footer", obf)}"><div><h4>Contact us</h4><p>Newsroom: 01632 960{rng.randint(100, 999)}</p>'
              f"<p>{esc(site)}, {rng.randint(1, 200)} {rng.choice(['High Street', 'Quay Road', 'Market Square'])}, {topic['place']}</p></div>"
              '<ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li></ul>'
              f"<p>© 2025 {esc(site)}. All rights reserved.</p></{'footer' if semantic else 'div'}>")
    sidebar = ""
    if rng.random() < 0.5:
        links = "".join(f'<li><a href="/news/{rng.randrange(10**6)}">{esc(Writer(rng, rng.choice(TOPICS)).fill("{place}: {thing} explained"))}</a></li>' for _ in range(5))
        sidebar = f'<{"aside" if semantic else "div"} class="{cls(rng, "sidebar", obf)}"><h3>Trending</h3><ol>{links}</ol></{"aside" if semantic else "div"}>'

    body_class = cls(rng, rng.choice(["article-body", "story-content", "entry-content", "c-article__body", "rich-text", "post-text"]), obf)
    article_tag = "article" if semantic else "div"
    header_html = "".join(header)
    if paywall_html:
        body_html = (f'<div class="{body_class}">{"".join(paywall_html)}</div>'
                     f'<div class="{cls(rng, rng.choice(["paywall", "premium-content", "piano-paywall"]), obf)}">{"".join(body)}</div>')
    else:
        body_html = f'<div class="{body_class}">{"".join(body)}</div>'
    if features["header_inside"]:
        inner = f'<{article_tag} class="{cls(rng, "article", obf)}">{header_html}{body_html}{"".join(tail)}</{article_tag}>'
    else:
        hdr = f'<{"header" if semantic else "div"} class="{cls(rng, "article-header", obf)}">{header_html}</{"header" if semantic else "div"}>'
        inner = f'{hdr}<{article_tag} class="{cls(rng, "article", obf)}">{body_html}{"".join(tail)}</{article_tag}>'
    main = f'<{"main" if semantic else "div"} class="{cls(rng, "content", obf)}"><div class="{cls(rng, "column", obf)}">{inner}</div>{sidebar}{related_html}</{"main" if semantic else "div"}>'

    jsonld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
                         "author": {"@type": "Person", "name": author}, "datePublished": iso})
    page = (f'<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><title>{esc(headline)} | {esc(site)}</title>'
            f'<meta name="description" content="{html.escape(standfirst)}"><meta property="og:title" content="{html.escape(headline)}">'
            f'<script type="application/ld+json">{jsonld}</script><script>window.dataLayer=[];</script></head>'
            f"<body>{cookie_html}{site_header}{main}{footer}</body></html>")
    return page, "\n\n".join(gold), dict(headline=headline, lead=standfirst, author=author, date=iso)


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    rng = random.Random(20251206)
    gold, meta = {}, {}
    for index in range(1, 61):
        page, text, fields = build_page(index, rng)
        name = f"news-{index:03d}"
        (out / "pages" / f"{name}.html").write_text(page + "\n", encoding="utf-8")
        gold[name] = text
        meta[name] = fields
    (out / "gold.json").write_text(json.dumps(gold, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "metadata.json").write_text(json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
