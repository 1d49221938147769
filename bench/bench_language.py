"""CPU seconds of the build's language stage (``describe_article``: paragraphs, page furniture, paragraph and article
languages) over a corpus, in one process, and a digest of everything it returns.

Run it on two source trees at the same time to compare them on the same load (the digests must match):

    git archive <commit> src | tar -x -C /tmp/before
    PYTHONPATH=/tmp/before/src python bench/bench_language.py bench/out/corpus-10000-seed0 &
    python bench/bench_language.py bench/out/corpus-10000-seed0
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path, help="a raw folder (articles/*.txt), e.g. bench/out/corpus-10000-seed0")
    arguments = parser.parse_args()
    import helpers
    from helpers.io.corpus import describe_article

    texts = [(path.name, path.read_text(encoding="utf-8")) for path in sorted(arguments.raw.glob("articles/*.txt"))]
    started = time.process_time()
    describe_article(*texts[0])  # the models are loaded on first use
    loaded = time.process_time()
    digest = hashlib.sha256()
    for name, text in texts:
        digest.update(json.dumps(describe_article(name, text), sort_keys=True).encode())
    done = time.process_time()
    print(f"{Path(helpers.__file__).parents[1]}: {len(texts):,} articles, models {loaded - started:.2f} CPU s, then "
          f"{done - loaded:.2f} CPU s ({(done - loaded) / len(texts) * 1000:.2f} ms per article); "
          f"outputs sha256 {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
