"""English: month and weekday names, and the words of date expressions (read by helpers.extract.dates).

Every table is read in every language (an English "last year" in a French article is still a date); the language
whose table holds the matched cue is recorded in the date row. Keys are lower case; a space matches any run of
white space, an apostrophe any apostrophe, and a trailing "." is optional.
"""

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
"""Month names, January first."""

MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                       "oct": 10, "nov": 11, "dec": 12}
"""Abbreviated (and unaccented) month names -> month number. Read as a date only next to a day or a year."""

MONTHS_ALSO_WORDS = ("may",)
"""Month names that are also common words: read as a month only when capitalised, in figures ("May 7")."""

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""Weekday names, Monday first."""

DAY_SUFFIXES = ("st", "nd", "rd", "th")
"""Endings written after a day number ("7th")."""

DAY_DETERMINERS = ("the", "on")
"""Words before a day number that belong to the date ("on 7 May 2021")."""

MONTH_BEFORE_DAY = True
"""Whether the language also writes the month before the day ("May 7, 2021")."""

MONTH_PREPOSITIONS = ("in",)
"""Words before "month year" that belong to the date ("in May 2021")."""

MONTH_YEAR_JOINERS = ("of",)
"""Words between a month, a half or a quarter and the year ("May of 2021", "first half of 2018")."""

PAST_MARKS = ("last",)
"""Words after a day and month ("12 February last") that put it before publication; before it in languages that
write the month first ("last February 12")."""

NEXT_MARKS = ("next",)
"""Words that put a day and month after publication."""

THIS_MARKS = ("this",)
"""Words before "month day" that put it in the publication year ("this February 12")."""

WEEKDAY_BEFORE = {"on": "this", "this": "this", "last": "last", "past": "last", "next": "next"}
"""Words before a weekday that make it a date: last (the last such day before publication), next (the next one
after), this (the latest such day on or before publication). A bare weekday is not read."""

WEEKDAY_AFTER = {}
"""Words after a weekday that make it a date (French "vendredi dernier")."""

PARTS_OF_YEAR = {"early": "early", "late": "late", "mid-": "mid", "mid": "mid", "half": "mid"}
"""Words before a year naming a part of it: early (January-April), mid (May-August), late (September-December),
course (the whole year)."""

PART_OF_YEAR_JOINERS = ("of",)
"""Words between a part of the year and the year ("début de l'année 2018")."""

ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "fourth": 4}
"""Ordinals before a half or a quarter."""

HALF_AND_QUARTER_WORDS = {"half": 6, "quarter": 3}
"""Half-year and quarter words -> length in months."""

HALF_AND_QUARTER_DETERMINERS = ("the", "during the")

YEAR_RANGE_OPENERS = ("from", "between")

YEAR_RANGE_CONNECTORS = ("to", "and")

YEAR_PREPOSITIONS = {
    "in": "in", "the": "in", "year": "in", "during": "in",
    "since": "since",
    "by": "by", "before": "by",
    "until": "until",
}
"""Words before a year and what they make of it: in (the calendar year), since (from that year to publication),
by (a deadline: from publication to the end of that year), until (a period from publication to the end of that
year)."""

RELATIVE_PERIODS = {
    "this year": ("year", 0), "last year": ("year", -1), "next year": ("year", 1),
    "this week": ("week", 0), "last week": ("week", -1), "next week": ("week", 1),
    "this month": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
}
"""Phrases naming the publication's year, week or month, or the one before or after: (unit, offset)."""

PARTS_OF_THIS_YEAR = {"earlier this year": "earlier", "later this year": "later"}
"""Phrases naming the part of the publication year before or after publication."""

END_OF_YEAR = ("the end of the year", "the end of this year", "at the end of the year", "at the end of this year")
"""Phrases naming the end of the publication year (October-December)."""

DEADLINE_WORDS = ("by", "before")
"""Words before END_OF_YEAR that make it a deadline ("by the end of the year")."""

DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
"""Words naming the publication day or a day next to it."""

UNIT_WORDS = {"year": "year", "years": "year", "month": "month", "months": "month", "week": "week",
              "weeks": "week", "day": "day", "days": "day"}
"""Units of time in "N units ago", "over the past N units", "within N units"."""

INDEFINITE_ONE = ("a", "an")
"""Words that count one unit ("a year ago")."""

AGO_AFTER = ("ago",)
"""Words after "N units" that put it before publication ("three years ago")."""

AGO_BEFORE = ()
"""Words before "N units" that put it before publication (French "il y a", German "vor")."""

AGO_HEDGES = {"a little over": "little_over", "a little more than": "little_over", "just over": "little_over",
              "more than": "more_than", "a bit more than": "more_than", "over": "more_than",
              "just under": "just_under", "about": "approx", "around": "approx", "some": "approx",
              "nearly": "approx", "almost": "approx", "roughly": "approx"}
"""Hedges before "N units ago": little_over (N to N and a half), more_than (N to 2N), just_under (N minus half a
unit to N), approx (N plus or minus half a unit, as without a hedge)."""

PAST_PERIOD_PREPOSITIONS = ("over", "in", "during", "for")
"""Words before PAST_PERIOD_WORDS that belong to the expression ("over the past three years")."""

PAST_PERIOD_WORDS = ("the past", "the last")
"""Words before "(N) units" that name the period up to publication ("the past three years")."""

PAST_PERIOD_OPENERS = ()
"""Words before "N <PAST_PERIOD_ADJECTIVES> units" (French "au cours des trois dernières années")."""

PAST_PERIOD_ADJECTIVES = ()

WITHIN = ("within",)
"""Words before "N units" that make a deadline ("within two years")."""

RECENTLY = ("recently",)
"""Words meaning "recently" (by convention the six months up to publication)."""

NOT_DATES = ()
"""Words of this language that another language's date lexicon holds (none known in English)."""

BARE_YEAR_AFTER = ()
"""What after a year with no preposition makes it a date (none in English: "2000 jobs" is a count)."""
