"""Generate a synthetic corpus of N articles in English, French and Dutch, laid out like ``data/raw/``.

The sentences follow the patterns of the real articles (jobs promised and created, investment, area, export flows,
espionage fears, quotes with speech verbs, page furniture), with numbers, names and dates varied by a seeded random
generator, so the same seed always gives the same corpus. It exists to measure the build at scale
(``bench/bench_build.py``); its texts are not evidence of anything.

    python bench/make_corpus.py --articles 10000 --out bench/out/corpus-10000 [--seed 0]
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

SPEAKERS = ["Jonathan Holslag", "Michel Kempeneers", "Vincent Van Quickenborne", "Samuel Cogolati", "Luc Partoune",
            "Pierre-Yves Jeholet", "Charles Michel", "Kris Peeters", "Daniel Zhang"]
OUTLETS = {"en": ["Brussels Times", "Politico Europe", "Reuters"], "fr": ["Le Soir", "La Libre", "RTBF", "L'Echo"],
           "nl": ["De Standaard", "De Tijd", "VRT NWS", "Het Nieuwsblad"]}

PATTERNS = {
    "en": {
        "title": ["Alibaba's hub in Liège: {jobs} jobs and counting", "Espionage fears over Cainiao hub at Liège Airport",
                  "Liège bets on Chinese e-commerce with a {area} ha hub"],
        "body": [
            "A little over a year ago, the Chinese giant Alibaba moved to Liège airport, promising {jobs} jobs.",
            "Today, barely {jobs_small} jobs have been created in Belgium and the benefits are still difficult to pinpoint.",
            "{speaker} puts forward some figures: “Over the past {years} years, Belgian air exports have decreased by {money_small} million euros while Chinese exports rose by {money} million euros.”",
            "Alibaba's investment of {money} million euros was at first well regarded as a way of helping the region.",
            "The new logistics centre, installed on {area_m2} square meters of the airport, is expected to come on stream this year.",
            "“In practice, they could have access to sensitive and secure areas of the airport,” {speaker} warned.",
            "The company was recently fined nearly $ {fine} billion for abusing its dominant position.",
            "China imposed sanctions on {officials} senior European officials, including a Belgian MP.",
            "According to {speaker}, the hub should ultimately create {jobs} jobs in Belgium.",
            "Parcels are to be delivered within {hours} hours anywhere in Europe, the company said on {weekday}.",
        ],
        "furniture": ["Sign up for our newsletter", "Read also", "Share this article", "{n} comments", "Back to top"],
    },
    "fr": {
        "title": ["Alibaba à Liège : {jobs} emplois promis", "La face cachée du hub de Cainiao à Bierset",
                  "{money} millions d'euros et {area}ha pour le projet"],
        "body": [
            "{money} millions d'euros et {area}ha pour un projet initial dont le but avoué est de concurrencer Amazon.",
            "Selon {speaker}, à peine {jobs_small} emplois ont été créés depuis l'ouverture du hub.",
            "« C'est un grand jour pour nous ! », déclare {speaker}, qui table sur environ {jobs} emplois d'ici à {year}.",
            "Le {day} {month_fr} {year_past}, deux accords étaient signés entre Alibaba et le gouvernement fédéral.",
            "L'objectif est la livraison des colis internationaux dans un délai de {hours} heures maximum.",
            "Les exportations wallonnes hors UE ont augmenté de {percent},{decimal} % au premier semestre.",
            "Le centre s'étend sur {area_m2_fr} m² et emploiera plus de {jobs} personnes, estime {speaker}.",
            "D'après le collectif, {percent} % des colis viendraient directement de Chine.",
            "La visite de Jack Ma le {day} juillet dernier a précédé la signature du protocole d'accord.",
        ],
        "furniture": ["Abonnez-vous à notre infolettre", "Lire aussi", "Retrouvez-nous sur : facebook twitter",
                      "{n} commentaires", "En savoir plus"],
    },
    "nl": {
        "title": ["Alibaba in Luik: {jobs} banen beloofd", "Spionagevrees rond Cainiao-hub op luchthaven Luik",
                  "{money} miljoen euro voor Chinees distributiecentrum"],
        "body": [
            "Volgens {speaker} zijn er in Luik amper {jobs_small} banen bijgekomen sinds de opening van de hub.",
            "Het distributiecentrum van {area_m2_nl} vierkante meter moet uiteindelijk {jobs} banen opleveren.",
            "“Chinese inlichtingendiensten kunnen toegang krijgen tot gevoelige zones van de luchthaven”, zei {speaker}.",
            "Alibaba investeert ongeveer {money} miljoen euro in het project, verklaarde {speaker} vorige week.",
            "De Belgische luchtvrachtexport daalde in {years} jaar met {money_small} miljoen euro.",
            "Op {day} december {year_past} ondertekenden de federale regering en Alibaba twee akkoorden.",
            "Meer dan {percent} procent van de pakjes komt rechtstreeks uit China, aldus de onderzoeker.",
            "Pakjes worden binnen {hours} uur geleverd, zegt het bedrijf.",
            "De boete van bijna {fine_nl} miljard dollar toont dat Peking het bedrijf niet altijd spaart.",
        ],
        "furniture": ["Schrijf je in voor onze nieuwsbrief", "Lees ook", "Volg ons op Facebook", "{n} reacties",
                      "Lees meer"],
    },
}
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def slots(rng: random.Random) -> dict[str, object]:
    """Random values for every slot of every pattern."""
    area_m2 = rng.choice([120, 180, 220, 250, 380]) * 1000
    return dict(
        jobs=rng.choice([300, 500, 900, 1000, 2000, 3000]), jobs_small=rng.randint(80, 450),
        money=rng.choice([75, 100, 120, 600, 750]), money_small=rng.randint(20, 90), area=area_m2 // 10000,
        area_m2=f"{area_m2:,}", area_m2_fr=f"{area_m2:,}".replace(",", "\u202f"), area_m2_nl=f"{area_m2:,}".replace(",", "."),
        years=rng.choice([2, 3, 4, 5]), fine=f"{rng.randint(10, 40) / 10:.1f}",
        fine_nl=f"{rng.randint(10, 40) / 10:.1f}".replace(".", ","), officials=rng.randint(3, 12),
        hours=rng.choice([48, 72, 96]), weekday=rng.choice(WEEKDAYS), percent=rng.randint(5, 98),
        decimal=rng.randint(0, 9), day=rng.randint(1, 28), month_fr=rng.choice(MONTHS_FR),
        year=rng.choice([2021, 2022, 2023, 2025]), year_past=rng.choice([2016, 2017, 2018, 2019]),
        speaker=rng.choice(SPEAKERS), n=rng.randint(0, 250),
    )


def make_article(rng: random.Random, language: str) -> str:
    """One article: a title, 8 to 14 body paragraphs (some repeated with new numbers), and 1 to 4 furniture lines."""
    patterns = PATTERNS[language]
    lines = [rng.choice(patterns["title"]).format(**slots(rng))]
    for _ in range(rng.randint(8, 14)):
        paragraph = " ".join(rng.choice(patterns["body"]).format(**slots(rng)) for _ in range(rng.randint(1, 3)))
        lines.append(paragraph)
    lines += [rng.choice(patterns["furniture"]).format(**slots(rng)) for _ in range(rng.randint(1, 4))]
    return "\n\n".join(lines) + "\n"


def make_corpus(n_articles: int, out: Path, seed: int = 0) -> Path:
    """Write ``out/articles/*.txt`` and ``out/catalog.csv`` for ``n_articles`` articles; returns ``out``."""
    rng = random.Random(seed)
    articles = out / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    rows = []
    for number in range(n_articles):
        language = ("en", "fr", "nl")[number % 3]
        name = f"synthetic_{number:06d}_{language}.txt"
        (articles / name).write_text(make_article(rng, language), encoding="utf-8")
        rows.append(dict(file=name, outlet=rng.choice(OUTLETS[language]),
                         published=f"{rng.randint(2018, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    with open(out / "catalog.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "outlet", "published"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args()
    make_corpus(arguments.articles, arguments.out, arguments.seed)
    print(f"wrote {arguments.articles} articles to {arguments.out}")


if __name__ == "__main__":
    main()
