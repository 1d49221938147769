"""Stage 1, text: what every later stage needs to know about a text before reading figures or speakers in it.

- :mod:`helpers.text.language` -- the language of an article (langdetect, seeded) and of a paragraph (py3langid).
- :mod:`helpers.text.furniture` -- page furniture (newsletter prompts, teasers, social links) told from the body.
"""
