"""One piece of speech found in a text (:class:`Event`), shared by the reading rules."""

from __future__ import annotations

from dataclasses import dataclass

from helpers.extract.speakers import Speaker


@dataclass
class Event:
    """Speech in a text: ``type`` direct, mixed or reported, over ``text[start:end]``, said by ``speaker``."""

    start: int
    end: int
    type: str
    speaker: Speaker
    cue: str = ""
    rule: str = ""
