"""The raw articles are the sources' own files, byte for byte."""

import hashlib

from helpers.io.paths import ARTICLES_DIR, CHECKSUMS_FILE


def test_every_article_matches_its_recorded_sha256():
    recorded = dict(reversed(line.split()) for line in CHECKSUMS_FILE.read_text(encoding="utf-8").splitlines())
    on_disk = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in ARTICLES_DIR.glob("*.txt")}
    assert on_disk == recorded
    assert len(recorded) == 5
