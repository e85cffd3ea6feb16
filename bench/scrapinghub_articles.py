"""Article files for held-out set 14 (real English web news of November 2019) from the ground truth of
scrapinghub/article-extraction-benchmark (its `ground-truth.json`: page id -> url, articleBody).

    git clone https://github.com/scrapinghub/article-extraction-benchmark /tmp/aeb   # commit 11b407d
    .venv/bin/python -P bench/scrapinghub_articles.py /tmp/aeb/ground-truth.json OUT

The set: the first twelve news reports of 350-1,300 words, in the file's order, whose URL carries the
publication day (reviews, guides, opinion, product pages left out). Titles come from the URL slug, as the
ground truth has none. The texts stay out of the repo (the publishers' copyright). The judged set was
copied by hand from the stored file, so a byte or two may differ from what this script writes.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

SET_14 = {  # url -> (file name, title, published)
    "https://venturebeat.com/2019/11/18/new-york-state-attorney-general-investigating-wework-and-former-ceo/":
        ("venturebeat_wework_probe", "New York State Attorney General Investigating WeWork and Former CEO",
         "2019-11-18"),
    "https://www.latimes.com/entertainment-arts/business/story/2019-11-19/disney-plus-kevin-mayer":
        ("latimes_disney_plus", "Disney Plus Kevin Mayer", "2019-11-19"),
    "https://www.twincities.com/2019/11/19/parise-scores-2-goals-wild-beat-sabres-4-1/":
        ("twincities_wild_hockey", "Parise Scores 2 Goals, Wild Beat Sabres 4-1", "2019-11-19"),
    "https://www.cnbc.com/2019/11/20/emirates-inks-order-for-30-boeing-787-jets-talks-expansion-plans.html":
        ("cnbc_emirates_boeing", "Emirates Inks Order for 30 Boeing 787 Jets, Talks Expansion Plans", "2019-11-20"),
    "https://www.cbsnews.com/news/impeachment-hearings-key-moments-from-kurt-volkers-and-tim-morrisons-testimony"
    "-2019-11-19/":
        ("cbsnews_impeachment_hearing",
         "Impeachment Hearings: Key Moments From Kurt Volker's and Tim Morrison's Testimony", "2019-11-19"),
    "https://www.detroitnews.com/story/news/nation/2019/11/19/thousands-teachers-pack-indiana-statehouse-protest"
    "/40651467/":
        ("detroitnews_teachers_protest", "Thousands of Teachers Pack Indiana Statehouse in Protest", "2019-11-19"),
    "http://www.therepublic.com/2019/11/20/cpd_arrests_six_in_drug_investigation/":
        ("therepublic_drug_arrests", "CPD Arrests Six in Drug Investigation", "2019-11-20"),
    "https://nypost.com/2019/11/19/three-taliban-prisoners-flown-to-qatar-for-hostage-swap/":
        ("nypost_taliban_swap", "Three Taliban Prisoners Flown to Qatar for Hostage Swap", "2019-11-19"),
    "https://www.pv-magazine.com/2019/11/20/south-koreas-roadmap-to-drive-down-solar-costs/":
        ("pvmagazine_solar_costs", "South Korea's Roadmap to Drive Down Solar Costs", "2019-11-20"),
    "https://www.spokesman.com/stories/2019/nov/19/meth-were-on-it-spokane-ad-agencies-divided-on-sou/":
        ("spokesman_meth_campaign", "Meth, We're On It: Spokane Ad Agencies Divided", "2019-11-19"),
    "https://therealdeal.com/2019/11/18/thousands-of-wework-employees-to-be-laid-off-this-week/":
        ("therealdeal_wework_layoffs", "Thousands of WeWork Employees to Be Laid Off This Week", "2019-11-18"),
    "https://www.theverge.com/2019/11/19/20973355/noah-hawley-star-trek-4-chris-pine-write-direct-jj-abrams"
    "-paramount-report":
        ("theverge_star_trek", "Noah Hawley Star Trek 4 Chris Pine Write Direct JJ Abrams Paramount Report",
         "2019-11-19"),
}


def article_text(url: str, body: str) -> tuple[str, str]:
    """(file name, the article file's text) of one page of the set."""
    name, title, published = SET_14[url]
    domain = url.split("/")[2].removeprefix("www.")
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    head = f"Title: {title}\nSource: {domain} ({url})\nPublished: {published}\n\n"
    return name, head + "\n\n".join(paragraphs) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ground_truth", type=Path, help="the benchmark's ground-truth.json")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pages = json.loads(args.ground_truth.read_text(encoding="utf-8"))
    for page in pages.values():
        if page.get("url") in SET_14:
            name, text = article_text(page["url"], page.get("articleBody", ""))
            (args.out / f"{name}.txt").write_text(text, encoding="utf-8")
            print(args.out / f"{name}.txt", len(text.split()))


if __name__ == "__main__":
    main()
