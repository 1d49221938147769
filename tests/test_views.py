"""highlight_quantities: article text becomes escaped HTML, with each quantity marked where it stands."""

import re

import pandas as pd
import pytest

from helpers.views import OUTLET_VOICE, format_value, highlight_quantities, quantity_label

HOSTILE = 'Intro <script>alert(1)</script> & co.\nBarely 300 jobs & "R&D" <b>75 millions</b> d\'euros.'


def spans(text, *rows):
    """Quantity rows for the given surfaces (first occurrence), with the other columns filled."""
    records = []
    for surface, value, unit, qualifier, actor in rows:
        start = text.index(surface)
        records.append({"start": start, "end": start + len(surface), "surface": surface, "value": value,
                        "value_high": float("nan"), "unit": unit, "qualifier": qualifier, "actor": actor})
    return pd.DataFrame(records)


def test_markup_in_the_text_is_escaped_and_marks_wrap_the_right_spans():
    quantities = spans(HOSTILE, ("300 jobs", 300.0, "count", "barely", ""),
                       ("75 millions", 75e6, "EUR", "", "Luc <Partoune> \"CEO\""))
    out = highlight_quantities(HOSTILE, quantities)
    assert "<script>" not in out and "</script>" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co." in out
    assert "&amp; &quot;R&amp;D&quot; &lt;b&gt;" in out
    marks = re.findall(r'<mark title="([^"]*)">(.*?)</mark>', out)
    assert marks == [("300 count, barely, the outlet", "300 jobs"),
                     ("75,000,000 EUR, Luc &lt;Partoune&gt; &quot;CEO&quot;", "75 millions")]
    assert out.count("<p>") == 2  # one paragraph per line


def test_a_mark_wraps_a_surface_that_itself_holds_markup_characters():
    text = "Budget: 5 <€> & more"
    out = highlight_quantities(text, pd.DataFrame([{"start": 8, "end": 13, "value": 5.0, "unit": "EUR",
                                                     "qualifier": "", "actor": ""}]))
    assert '<mark title="5 EUR, the outlet">5 &lt;€&gt;</mark> &amp; more' in out


def test_plain_text_round_trips_when_tags_are_removed_and_entities_decoded():
    import html

    quantities = spans(HOSTILE, ("300 jobs", 300.0, "count", "barely", ""))
    out = highlight_quantities(HOSTILE, quantities, title="A <title> & more")
    assert "<h4>A &lt;title&gt; &amp; more</h4>" in out
    paragraphs = re.findall(r"<p>(.*?)</p>", out)
    plain = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in paragraphs]
    assert plain == HOSTILE.split("\n")


def test_no_quantities_and_blank_lines():
    out = highlight_quantities("One.\n\n  \nTwo.", pd.DataFrame(columns=["start", "end"]))
    assert re.findall(r"<p>(.*?)</p>", out) == ["One.", "Two."] and "<mark" not in out


def test_bad_spans_are_refused():
    text = "300 jobs and 900 jobs"
    with pytest.raises(ValueError, match="overlap"):
        highlight_quantities(text, pd.DataFrame({"start": [0, 4], "end": [8, 12], "value": [1.0, 2.0]}))
    with pytest.raises(ValueError, match="not inside"):
        highlight_quantities(text, pd.DataFrame({"start": [10], "end": [99], "value": [1.0]}))


def test_labels():
    assert format_value(2.8e9) == "2,800,000,000" and format_value(2.5) == "2.5"
    assert format_value(2.0, 3.0) == "2–3" and format_value(2.0, "") == "2"
    assert quantity_label({"value": 72.0, "unit": "hour", "qualifier": "at_most", "actor": ""}) == \
        f"72 hour, at_most, {OUTLET_VOICE}"


def test_add_sentences_finds_the_sentence_of_each_quantity():
    from helpers.views import add_sentences

    text = "First sentence here. Then 300 jobs were created. Last one."
    quantities = pd.DataFrame({"file": ["a.txt"], "start": [text.index("300")]})
    out = add_sentences(quantities, {"a.txt": text})
    assert out["sentence"].tolist() == ["Then 300 jobs were created."]
    assert "sentence" not in quantities.columns  # a copy


def test_figures_by_speaker_table_and_chart():
    import matplotlib.pyplot as plt

    from helpers.views import SPEAKER_OUTLET, figures_by_speaker_chart, figures_by_speaker_table

    quantities = pd.DataFrame({"file": ["a", "a", "b", "b"], "actor": ["", "X", "", ""],
                               "kind": ["money", "count", "money", "area"]})
    table = figures_by_speaker_table(quantities)
    assert table.index.tolist() == [SPEAKER_OUTLET, "X"]
    assert table.columns.tolist() == ["money", "area", "count", "total"]
    assert table["total"].tolist() == [3, 1]
    articles = pd.DataFrame({"file": ["a", "b", "c"], "outlet_short": ["A", "B", "C"],
                             "published": ["2020", "2021-05", "2022"]})
    figure = figures_by_speaker_chart(quantities, articles)
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [SPEAKER_OUTLET, "X"]
    assert sum(p.get_width() for p in ax.patches) == 4
    assert any(t.get_text() == "Source: A (2020); B (2021-05)" for t in figure.texts)
    plt.close(figure)
