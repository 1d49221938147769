"""Noun phrases that name a source: :func:`parse_np` splits a phrase next to a speech cue into a *name* and a *role*.

The name is the last run of two or more capitalised words (with the particles, of-words and "and" of a name inside:
"Ruud van Dijk", "Administratie van Douane en Accijnzen", "the Ministry of Ports"), or one capitalised word after a
title or role noun; the name written first when the phrase is "Name, role of Organisation" or "Name of the
association"; the organisation after "a spokesperson for", "ein Sprecher der" (its kind is then organisation); for
an organisation named by common nouns, the phrase itself. The rest of the phrase is the role, as written. Words
of the language come from ``helpers/lexicon/<lang>/speech.py`` through :func:`helpers.extract.speakers.speech_lexicon`.
"""

from __future__ import annotations

import re

from helpers.extract.speakers import (_EDGE, _OF_WORDS, _TOKEN, Speaker, _clean, _is_name_word, _person_role, fold_word,
                                      is_role_word)


MEMO_SIZE = 20000
"""Phrases whose reading each lexicon remembers (emptied when full: the same phrases recur in every article)."""


def parse_np(text: str, start: int, end: int, lex) -> Speaker:
    """Name, role and kind of the noun phrase ``text[start:end]`` (see the module docstring). A written source
    ("a report by X", "un rapport de X", "een studie van X") names its author X. The reading depends on the phrase
    alone, so it is remembered per lexicon, with offsets relative to the phrase."""
    memo = lex.__dict__.setdefault("np_memo", {})
    phrase = text[start:end]
    hit = memo.get(phrase)
    if hit is None:
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        found = _parse_np(phrase, 0, len(phrase), lex)
        hit = memo[phrase] = (found.name, found.start, found.end, found.role, found.kind)
    name, a, b, role, kind = hit
    return Speaker(name=name, start=start + a if a >= 0 else a, end=start + b if b >= 0 else b, role=role, kind=kind)


def _parse_np(text: str, start: int, end: int, lex) -> Speaker:
    """:func:`parse_np` of ``text[start:end]``, read."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    tokens = _author_of_document([(w, s, e) for w, s, e in tokens if w.strip(_EDGE)], lex)
    tokens = _without_place(tokens, lex)
    if not tokens:
        return Speaker()
    runs = _runs(tokens, lex)
    chosen, org_of_role = _choose(runs, tokens, lex)
    np_start, np_end = tokens[0][1], tokens[-1][2]
    while np_end > np_start and text[np_end - 1] in _EDGE:
        np_end -= 1
    if chosen:
        return _named(text, tokens, chosen, org_of_role, np_start, np_end, lex)
    phrase = text[np_start:np_end]
    has_role = any(is_role_word(w, lex) for w, _, _ in tokens)
    kind = "person" if any(fold_word(_clean(w)) in lex.person_roles or is_role_word(w, lex) and
                           _person_role(w, lex) for w, _, _ in tokens) else "organisation"
    if not has_role or len(tokens) > 8 or phrase[:1].isdigit():
        return Speaker()  # no name and no role noun (or a figure: "000 square meters of the airport"): no source
    return Speaker(name=phrase, start=np_start, end=np_end, role=phrase if has_role else "", kind=kind)


def _without_place(tokens: list, lex) -> list:
    """The tokens without a place that ends the phrase after a person's role ("A spokeswoman in Hong Kong": the
    spokeswoman, not Hong Kong; :data:`PLACE_PREPOSITIONS`)."""
    for i in range(1, len(tokens) - 1):
        if fold_word(_clean(tokens[i][0])) in lex.place_prepositions and _person_role(tokens[i - 1][0], lex) and all(
                tokens[j][0][:1].isupper() for j in range(i + 1, len(tokens))):
            return tokens[:i]
    return tokens


def _author_of_document(tokens: list, lex) -> list:
    """The tokens after "a report by", "un rapport de", "een studie van" (the author of a written source)."""
    for i, (word, _, _) in enumerate(tokens[:4]):
        if fold_word(_clean(word)) in lex.document_nouns and i + 2 < len(tokens):
            nxt, a, b = tokens[i + 1]
            elided = re.match(r"^([dl]['\u2019])(.+)", nxt, re.IGNORECASE) if nxt[:1].islower() else None
            if elided and fold_word(elided.group(1)[0]) == "d":
                tokens = [(elided.group(2), a + 2, b)] + tokens[i + 2:]
            elif fold_word(_clean(nxt)) in _OF_WORDS:
                rest = tokens[i + 2:]
                lead = re.match(r"^([dl]['\u2019])(.+)", rest[0][0]) if rest else None
                tokens = ([(lead.group(2), rest[0][1] + 2, rest[0][2])] + rest[1:]) if lead else rest
            break
    return tokens


def _runs(tokens: list, lex) -> list[list[int]]:
    """Runs of token indices that may be names: capitalised words, with particles, of-words and "and" inside."""
    runs, current = [], []
    for i, (word, s, e) in enumerate(tokens):
        if _adjective_before_role(tokens, i, lex):
            if current:  # "De Chinese autobouwer X", "the Belgian subsidiary": a capitalised adjective before a
                runs.append(current)  # lower-case role noun presents the name, it is no part of one
            current = []
            continue
        if _is_name_word(word, lex) or (current and word[:1].isupper() and is_role_word(word, lex) and
                                         not _person_role(word, lex)) or (
                current and fold_word(_clean(tokens[i - 1][0])) in lex.name_particles and _name_part(word, lex)):
            current.append(i)
        elif not current and _name_part(word, lex) and i + 2 < len(tokens) and (fold_word(_clean(
                tokens[i + 1][0])) in _OF_WORDS or fold_word(_clean(tokens[i + 1][0])) in lex.name_prepositions) \
                and _name_part(tokens[i + 2][0], lex) and i > 0:
            current.append(i)  # "the Ministry of Ports", "l'Office des Ports": an organisation noun opens the name
        elif not current and word[:1].isupper() and fold_word(_clean(word)) in lex.name_particles and \
                i + 1 < len(tokens) and _is_name_word(tokens[i + 1][0], lex) and word[-1:] not in ",;:":
            current.append(i)
        elif current and (fold_word(_clean(word)) in lex.name_particles or (
                fold_word(_clean(word)) in _OF_WORDS or fold_word(_clean(word)) in lex.name_prepositions) and
                          is_role_word(tokens[current[0]][0], lex)) and i + 1 < len(tokens) and \
                _name_part(tokens[i + 1][0], lex) and not _person_then_organisation(tokens, current, i + 1, lex):
            current.append(i)
        elif current and fold_word(word) in lex.and_words and i + 1 < len(tokens) and _name_part(
                tokens[i + 1][0], lex) and any(fold_word(tokens[k][0]) in _OF_WORDS for k in current):
            current.append(i)  # "Administratie van Douane en Accijnzen"
        else:
            if current:
                runs.append(current)
            current = []
        if current and word[:1] == "(" and len(current) > 1:
            runs.append(current[:-1])  # "Sofie Van Acker (Groen)": a parenthesis is no part of the name
            current = [i]
        if current and (word[-1:] in ",;:()" or _POSSESSIVE_END.search(word)):
            runs.append(current)  # ("The Greens' Lena Brandt": the owner ends its own run)
            current = []
    if current:
        runs.append(current)
    return runs


def _adjective_before_role(tokens: list, i: int, lex) -> bool:
    """A capitalised word (no acronym, no role noun) right before a lower-case role noun that a name follows: an
    adjective of nationality or place ("De Chinese autobouwer X", "the Danish carrier X", "Flemish minister X"), no
    part of a name."""
    word = tokens[i][0]
    if not word[:1].isupper() or i + 1 >= len(tokens) or word[-1:] in ",;:()" or _acronym(_clean(word)):
        return False
    last = word.rsplit("-", 1)[-1]
    if "-" in word and last[:1].islower() and not is_role_word(last, lex) and _is_name_word(tokens[i + 1][0], lex):
        return True  # "Lisbon-based Meridian Freight Research", "Hamburg-listed X": a compound adjective
    nxt = tokens[i + 1][0]
    return nxt[:1].islower() and is_role_word(nxt, lex) and not is_role_word(word, lex) and i + 2 < len(tokens) \
        and _is_name_word(tokens[i + 2][0], lex)


_POSSESSIVE_END = re.compile(r"(?:['\u2019]s|s['\u2019])$")


_OF_THE = frozenset({"vom", "zum", "zur", "du", "des"})
"""Prepositions joined with an article: after a person's full name they open the organisation ("X vom Institut")."""


def _person_then_organisation(tokens: list, current: list[int], nxt: int, lex) -> bool:
    """Whether a particle joins a person's name to an organisation noun ("Elisabeth Hartmann-Seidel vom Institut
    ...", "Jan Peeters van de Haven"): the organisation is no part of the name."""
    if len(current) < 2 or not all(_is_name_word(tokens[k][0], lex) for k in current):
        return False
    particle = fold_word(_clean(tokens[nxt - 1][0]))
    return not _is_name_word(tokens[nxt][0], lex) or particle in _OF_THE or \
        fold_word(_clean(tokens[nxt][0])) in lex.determiners  # ("vom Zentrum", "du Port", "von der Behörde")


def _choose(runs: list[list[int]], tokens: list, lex) -> tuple[list[int] | None, bool]:
    """The run that names the source, and whether it is the organisation of a role ("a spokesperson for X")."""
    long_runs = [r for r in runs if len(r) >= 2]
    chosen = long_runs[-1] if long_runs else None
    lead = 0
    while lead < len(tokens) and fold_word(_clean(tokens[lead][0])) in lex.titles:
        lead += 1  # ("Dr. Helen Ward of the Transport Institute": the name first, after its title)
    if long_runs and long_runs[0][0] == lead and (tokens[long_runs[0][-1]][0].endswith(",") or (
            long_runs[0][-1] + 1 < len(tokens) and fold_word(_clean(tokens[long_runs[0][-1] + 1][0])) in _OF_WORDS)):
        chosen = long_runs[0]  # "Name, role of Organisation", "Name of the residents' association": the name first
    if chosen is None and runs and runs[-1][0] >= 2 and any(
            fold_word(_clean(w)) in lex.person_roles or is_role_word(w, lex) for w, _, _ in tokens[:runs[-1][0]]):
        # "a spokesperson for Alibaba", "ein Sprecher der Zollverwaltung dem Kurier": the organisation speaks
        chosen = _run_after_of(runs, tokens) or _org_noun_after_of(tokens, lex) or runs[-1]
        org_of_role = True
    else:
        org_of_role = chosen is not None and _after_role_of(tokens, chosen[0], lex)
    if chosen is None:
        chosen = _org_noun_after_of(tokens, lex)  # "ein Sprecher der Zollverwaltung": an organisation by its noun
        org_of_role = chosen is not None
    if chosen is None and runs:
        first = runs[-1][0]
        previous = fold_word(_clean(tokens[first - 1][0])) if first > 0 else ""
        if first > 0 and (previous in lex.titles or is_role_word(tokens[first - 1][0], lex)) or (
                len(runs) == 1 and first == 0):
            chosen = runs[-1]
        elif len(runs[-1]) == 1 and _acronym(tokens[first][0]) and (first == 0 or previous in lex.determiners):
            chosen = runs[-1]  # "la CGT", "de ACV", "die IG": an acronym names an organisation
    return chosen, org_of_role


def _acronym(word: str) -> bool:
    """A word in capitals of two to six letters ("CGT", "FNV", "AIVD")."""
    word = _clean(word)
    return 2 <= len(word) <= 6 and word.isupper() and word.isalpha()


def _named(text: str, tokens: list, chosen: list[int], org_of_role: bool, np_start: int, np_end: int,
           lex) -> Speaker:
    """The speaker named by the tokens of run ``chosen``; the rest of the phrase is its role."""
    if org_of_role or _after_role_of(tokens, chosen[0], lex):
        person = _person_after_portfolio(tokens, chosen, lex)
        if person:  # "minister van Economische Zaken Ruud van Dijk": the name ends the run
            chosen, org_of_role = person, False
    s, e = tokens[chosen[0]][1], tokens[chosen[-1]][2]
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    while s < e and text[s] in _EDGE:
        s += 1
    elided = _ELIDED_NAME.match(text[s:e])
    s += elided.end() if elided else 0
    name = text[s:e]
    if name.endswith(("'s", "\u2019s")):
        name, e = name[:-2], e - 2
    role = (text[np_start:s] + " " + text[e:np_end]).strip(" ,;:-\u2013\u2014")
    kind = "organisation" if org_of_role else _kind(name, role, tokens, chosen, lex)
    return Speaker(name=name, start=s, end=e, role=re.sub(r"\s+", " ", role), kind=kind)


_ELIDED_NAME = re.compile(r"[LlDd]['\u2019](?=[A-Z\u00c0-\u00dd])")


def _name_part(word: str, lex) -> bool:
    """A word that may continue a name after a particle: a name word or a capitalised organisation noun. Memoised
    per lexicon, as the word tests it reads."""
    hit = lex.memo.get(("part", word))
    if hit is None:
        elided = _ELIDED_NAME.match(word)
        bare = word[elided.end():] if elided else word  # "l'Office"
        hit = lex.memo[("part", word)] = _is_name_word(bare, lex) or (
            bare[:1].isupper() and is_role_word(bare, lex) and not _person_role(bare, lex))
    return hit


def _run_after_of(runs: list[list[int]], tokens) -> list[int] | None:
    """The first run right after an of-word ("ein Sprecher der Zollverwaltung dem Kurier": Zollverwaltung)."""
    for run in runs:
        if run[0] >= 1 and fold_word(_clean(tokens[run[0] - 1][0])) in _OF_WORDS:
            return run
    return None


def _person_after_portfolio(tokens, chosen: list[int], lex) -> list[int] | None:
    """The person's name that ends a run after a person's role and an of-word, after the capitalised words of a
    portfolio or an organisation ("Schepen van Economie Griet X", "minister van Economische Zaken Ruud van Dijk", "CEO
    of Alibaba Group Daniel Zhang"): the last two capitalised words that are name words (no organisation noun, no
    word of an organisation's name), with the particles between them ("Jan Van den Broeck"), when at least one
    capitalised word stands before them; else None."""
    caps = [i for i in chosen if tokens[i][0][:1].isupper() and fold_word(_clean(tokens[i][0])) not in
            lex.name_particles]
    if len(caps) < 3 or caps[-1] != chosen[-1]:
        return None
    if not all(_is_name_word(tokens[i][0], lex) and fold_word(_clean(tokens[i][0])) not in lex.org_name_words
               for i in caps[-2:]) or any(fold_word(_clean(tokens[i][0])) not in lex.name_particles for i in
                                          range(caps[-2] + 1, caps[-1])):
        return None
    return list(range(caps[-2], chosen[-1] + 1))


def _after_role_of(tokens, first: int, lex) -> bool:
    """Whether the name at token ``first`` follows a role noun and an of-word ("the spokeswoman for X", "de
    woordvoerster van X"): X is then the organisation the role belongs to."""
    k = first - 1
    if k >= 1 and fold_word(_clean(tokens[k][0])) in lex.determiners:
        k -= 1
    return k >= 1 and fold_word(_clean(tokens[k][0])) in _OF_WORDS and any(
        _person_role(w, lex) for w, _, _ in tokens[:k])


def _org_noun_after_of(tokens, lex) -> list[int] | None:
    """After a person's role and an of-word, a capitalised organisation noun and the name words after it
    ("Sprecher der Zollverwaltung", "porte-parole de la Douane")."""
    for k, (word, _, _) in enumerate(tokens[:-1]):
        if fold_word(_clean(word)) not in _OF_WORDS or not any(_person_role(w, lex) for w, _, _ in tokens[:k]):
            continue
        i = k + 1
        if i < len(tokens) - 1 and fold_word(_clean(tokens[i][0])) in lex.determiners:
            i += 1
        noun = tokens[i][0]
        if noun[:1].isupper() and is_role_word(noun, lex) and not _person_role(noun, lex):
            run = [i]
            while run[-1] + 1 < len(tokens) and _is_name_word(tokens[run[-1] + 1][0], lex):
                run.append(run[-1] + 1)
            return run
        return None
    return None


def _kind(name: str, role: str, tokens, chosen, lex) -> str:
    words = [fold_word(_clean(w)) for w in name.split()]
    if any(w in lex.role_nouns and w not in lex.person_roles or is_role_word(w, lex) and not _person_role(w, lex)
           for w in words) or any(
            w in lex.org_name_words for w in words[1:]) or any(
            len(w) >= 2 and _clean(x).isupper() for w, x in zip(words, name.split())):
        return "organisation"
    if len(words) >= 2 or any(fold_word(_clean(t[0])) in lex.person_roles or fold_word(_clean(t[0])) in lex.titles
                              for t in tokens[:chosen[0]]):
        return "person"
    return "organisation"
