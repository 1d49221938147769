"""CPU seconds of the build's per-article stages on a synthetic corpus, in one process (no workers, no wall clocks).

``bench/bench_build.py`` prints each stage's seconds as wall clocks summed inside the workers: on a machine shared
with other jobs they grow with the load. This script runs the same per-article work as
:func:`helpers.build.stages.process_subset` (reading and checking each file, :func:`helpers.io.corpus.read_article`)
and :func:`helpers.build.stages.article_rows` (language and furniture, extraction, attribution: mentions, the
reading and the speakers, who states each figure) on the first N articles of ``bench/out/corpus-N-seed0`` (made by
``bench/bench_build.py`` or here, by ``bench/make_corpus.py``) and prints the CPU seconds of each stage
(``time.process_time``), after a warm-up on 20 articles (models and lexicons loaded). ``--src`` measures another
checkout's ``src/`` (run before and after a change, alternated); ``--profile STAGE`` prints that stage's cProfile.

    .venv/bin/python bench/bench_stage_cpu.py --articles 2000
    .venv/bin/python bench/bench_stage_cpu.py --articles 2000 --src /tmp/before/src
    .venv/bin/python bench/bench_stage_cpu.py --articles 2000 --profile attribution --sort tottime
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import sys
import time
from collections import Counter
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
STAGES = ("loading", "language_and_furniture", "extraction", "attribution")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--src", type=Path, default=BENCH_DIR.parent / "src", help="the src/ folder to measure")
    parser.add_argument("--profile", choices=STAGES, default=None)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--top", type=int, default=40)
    arguments = parser.parse_args()
    sys.path.insert(0, str(arguments.src.resolve()))
    sys.path.insert(1, str(BENCH_DIR))
    from bench_build import actors_only_annotations, corpus_for

    from helpers.build.stages import _body_paragraph_numbers
    from helpers.coding.annotations import load_actors
    from helpers.extract.attribution import attribution_rows
    from helpers.extract.mentions import mention_rows
    from helpers.extract.quantities import quantity_rows
    from helpers.extract.speech_tables import article_speech
    from helpers.io.corpus import describe_article, read_article

    folder, _ = corpus_for(arguments.articles, arguments.seed)
    files = sorted((folder / "articles").iterdir())[:arguments.articles]
    limit = 10 ** 9
    actors = load_actors(actors_only_annotations() / "actors.csv")
    profile = cProfile.Profile() if arguments.profile else None
    cpu: Counter = Counter()

    def timed(stage: str, work, *args):
        profiling = profile is not None and stage == arguments.profile
        clock = time.process_time()
        if profiling:
            profile.enable()
        try:
            return work(*args)
        finally:
            if profiling:
                profile.disable()
            cpu[stage] += time.process_time() - clock

    def attribution(file: str, text: str, lang: str, quantities: list[dict]):
        mentions = mention_rows(text, actors)
        reading, speech = article_speech(file, text, lang, actors, mentions)
        spans = [(row["start"], row["end"]) for row in quantities]
        return mentions, speech, attribution_rows(text, spans, reading=reading) if spans else []

    def one(path: Path):
        file, text = path.name, timed("loading", read_article, path, limit)
        article, paragraphs = timed("language_and_furniture", describe_article, file, text)
        found = timed("extraction", quantity_rows, text, article["language"])
        quantities = [row for row, number in zip(found, _body_paragraph_numbers(found, paragraphs)) if number > 0]
        return article, paragraphs, quantities, timed("attribution", attribution, file, text, article["language"],
                                                      quantities)

    for path in files[:20]:
        one(path)
    cpu.clear()
    if profile is not None:
        profile = cProfile.Profile()
    outputs = [one(path) for path in files]
    digest = hashlib.sha256(repr(outputs).encode()).hexdigest()[:16]
    print(f"{arguments.src}: {len(files):,} articles, CPU s: "
          + "  ".join(f"{stage} {cpu[stage]:.2f}" for stage in STAGES)
          + f"  (sum {sum(cpu.values()):.2f}; rows sha256 {digest})", flush=True)
    if profile is not None:
        pstats.Stats(profile).sort_stats(arguments.sort).print_stats(arguments.top)


if __name__ == "__main__":
    main()
