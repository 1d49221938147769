"""The raw articles are the sources' own files, byte for byte: every file has its recorded digest, every digest its
file (however many articles there are)."""

import hashlib

from helpers.io.paths import ARTICLES_DIR, CHECKSUMS_FILE
from tests.conftest import SEED_ARTICLES


def recorded_digests() -> dict[str, str]:
    lines = CHECKSUMS_FILE.read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split(maxsplit=1) for line in lines if line.strip())}


def test_every_article_matches_its_recorded_sha256():
    on_disk = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in ARTICLES_DIR.glob("*.txt")}
    recorded = recorded_digests()
    assert sorted(on_disk) == sorted(recorded), "an article without a digest, or a digest without its article"
    changed = [name for name in on_disk if on_disk[name] != recorded[name]]
    assert not changed, f"changed since their digest was recorded: {changed}"


def test_the_seed_articles_are_there():
    assert set(SEED_ARTICLES) <= set(recorded_digests())
