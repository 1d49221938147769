"""Generate a synthetic corpus of N articles in English, French and Dutch, laid out like ``data/raw/``.

The sentences follow the patterns of the real articles (jobs promised and created, investment, area, export flows,
espionage fears, quotes with speech verbs, page furniture), with numbers, names and dates varied by a seeded random
generator, so the same seed always gives the same corpus. Most body sentences are number-free context, quotes and
reactions (:data:`CONTEXT`), so that figures are about as dense as in the real articles (bench/README.md). It exists to measure the build at scale
(``bench/bench_build.py``); its texts are not evidence of anything.

    python bench/make_corpus.py --articles 10000 --out bench/out/corpus-10000 [--seed 0]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
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
CONTEXT = {
    "en": [
        "Wallonia hoped to score a strong blow and create jobs for its population.",
        "The benefits of this installation are still difficult to pinpoint, critics say.",
        "{speaker} believes that Wallonia was naive in believing that Alibaba might support the Belgian economy.",
        "“The Chinese government has been very transparent regarding its intentions,” analyzes {speaker}.",
        "According to our expert, Alibaba has also never hidden its intentions to conquer the European market.",
        "Official documents would clearly state these ambitions, the report adds.",
        "Moreover, the Chinese products brought by the platform may meet different standards than ours.",
        "The report also states that the company collects data that can be very valuable to businesses and governments alike.",
        "{speaker} is optimistic and believes that the collaboration is a “chance” for the economic development of the region.",
        "Opposition MPs have repeatedly asked the government to look into the security risks.",
        "The airport authority rejected the accusations and said it follows every European rule.",
        "“We have nothing to hide, the doors are open to anyone who wants to visit,” {speaker} told reporters.",
        "Local residents complain about night flights and the noise over the villages around the runway.",
        "The justice minister said the security services were following the matter closely.",
        "Trade unions want guarantees on working conditions before any further expansion.",
        "The hub is part of a wider strategy to bring Chinese goods faster to European consumers.",
        "Critics fear that small Belgian retailers will struggle to compete with the platform.",
        "The regional government defended its choice and pointed to the logistics know-how of the region.",
    ],
    "fr": [
        "Les visages étaient détendus et souriants lors de la cérémonie de signature.",
        "Les personnalités se sont succédé pour commenter l'événement.",
        "« C'est une reconnaissance pour l'aéroport et pour l'eCommerce en Wallonie », estime {speaker}.",
        "{speaker} y voit une belle preuve de l'attractivité de la Wallonie dans le secteur logistique.",
        "À l'époque, personne ne parlait des éventuelles répercussions négatives sur le plan social ou environnemental.",
        "Pourtant, depuis lors, la société civile s'organise pour dénoncer une implantation contestée.",
        "Ainsi est né le collectif Watching Alibaba et son slogan « Alibaba, on n'en veut pas ».",
        "Mais finalement, que craignent les détracteurs du géant chinois ?",
        "La position stratégique de la région, au cœur de l'Europe, a été déterminante dans ce choix.",
        "Les riverains dénoncent les nuisances sonores des vols de nuit au-dessus des villages.",
        "Les syndicats réclament des garanties sur les conditions de travail des futurs employés.",
        "« Nous suivons le dossier de près », assure {speaker}, qui se veut rassurant.",
        "L'opposition demande au gouvernement wallon de rendre publics les accords signés.",
        "Le projet doit aider les PME à vendre leurs produits dans le monde entier.",
        "Les services de renseignement n'ont pas souhaité réagir à ces informations.",
        "Pour ses partisans, l'arrivée du groupe devrait booster le commerce international entre la Chine et la Belgique.",
        "Le ministre de la Justice a été interpellé au Parlement sur les risques d'espionnage.",
        "Les travaux avancent selon le calendrier annoncé, indique la direction de l'aéroport.",
    ],
    "nl": [
        "De Waalse regering hoopte op nieuwe banen en extra export voor Belgische bedrijven.",
        "Critici vrezen dat kleine Belgische winkels de concurrentie niet aankunnen.",
        "“We hebben niets te verbergen, iedereen is welkom voor een bezoek”, zegt {speaker}.",
        "Volgens {speaker} was Wallonië naïef in de omgang met het Chinese bedrijf.",
        "De luchthaven wijst de beschuldigingen van de hand en zegt alle Europese regels te volgen.",
        "Omwonenden klagen over nachtvluchten en lawaai boven de dorpen rond de startbaan.",
        "De vakbonden willen garanties over de arbeidsvoorwaarden voor er verder wordt uitgebreid.",
        "De minister van Justitie zegt dat de veiligheidsdiensten de zaak van nabij volgen.",
        "Oppositiepartijen vragen de regering om de gesloten akkoorden openbaar te maken.",
        "Het centrum maakt deel uit van een bredere strategie om Chinese goederen sneller in Europa te krijgen.",
        "“Dit is een kans voor de economische ontwikkeling van de regio”, vindt {speaker}.",
        "De inlichtingendiensten wilden niet reageren op de berichtgeving.",
        "Het project moet kmo's helpen om hun producten wereldwijd te verkopen.",
        "Volgens de onderzoeker heeft het bedrijf zijn ambities nooit verborgen gehouden.",
        "De strategische ligging van de regio, in het hart van Europa, gaf de doorslag.",
        "Het Vlaams Parlement debatteerde over de veiligheidsrisico's van de hub.",
        "De werken verlopen volgens plan, laat de directie van de luchthaven weten.",
        "Niet iedereen is overtuigd van de voordelen voor de Belgische economie.",
    ],
}
"""Number-free sentences in the style of the real articles (context, quotes, reactions): press text states a figure
now and then, not in every sentence."""

NUMBER_SHARE = 0.06
"""Share of body sentences drawn from the patterns with numbers; the rest are number-free context sentences. Tuned so
that the synthetic corpus states about as many quantities per character of body as the real one (bench/README.md)."""

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
    """One article: a title, 7 to 12 body paragraphs of 1 to 4 sentences (about one in sixteen with numbers, the rest
    number-free context), and 1 to 4 furniture lines."""
    patterns = PATTERNS[language]
    lines = [rng.choice(patterns["title"]).format(**slots(rng))]
    for _ in range(rng.randint(7, 12)):
        sentences = []
        for _ in range(rng.randint(1, 4)):
            pool = patterns["body"] if rng.random() < NUMBER_SHARE else CONTEXT[language]
            sentences.append(rng.choice(pool).format(**slots(rng)))
        lines.append(" ".join(sentences))
    lines += [rng.choice(patterns["furniture"]).format(**slots(rng)) for _ in range(rng.randint(1, 4))]
    return "\n\n".join(lines) + "\n"


def make_corpus(n_articles: int, out: Path, seed: int = 0) -> Path:
    """Write ``out/articles/*.txt``, ``out/catalog.csv`` and ``out/SHA256SUMS`` for ``n_articles`` articles; returns ``out``."""
    rng = random.Random(seed)
    articles = out / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    rows, digests = [], []
    for number in range(n_articles):
        language = ("en", "fr", "nl")[number % 3]
        name = f"synthetic_{number:06d}_{language}.txt"
        data = make_article(rng, language).encode("utf-8")
        (articles / name).write_bytes(data)
        digests.append(f"{hashlib.sha256(data).hexdigest()}  {name}\n")
        rows.append(dict(file=name, outlet=rng.choice(OUTLETS[language]),
                         published=f"{rng.randint(2018, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    with open(out / "catalog.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "outlet", "published"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    (out / "SHA256SUMS").write_text("".join(digests), encoding="utf-8")
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
