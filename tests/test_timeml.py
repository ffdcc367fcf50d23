"""TimeML reading and writing: plain text and offsets as the TempEval-3 scorer sees them."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline
from timeline.errors import TimelineError, TimeMLError
from timeline.model import Document, Granularity, TimeExpression, TimexType
from timeline.timeml import (
    EventInstance,
    GoldEvent,
    GoldTimex,
    TemporalLink,
    corpus_files,
    inline_expressions,
    parse_timeml,
    read_corpus,
    read_timeml,
    write_corpus,
    write_timeml,
)

# An excerpt in the shape of a TBAQ file (wsj_0006-like), with an entity, a SIGNAL, a mod and a DCT
# with a time of day.
SAMPLE = (
    '<?xml version="1.0" ?>\n'
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n\n'
    "<DOCID>wsj_sample</DOCID>\n\n"
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1989-11-02T08:17:00" temporalFunction="false" '
    'functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT>\n\n'
    "<TITLE>A &amp; B</TITLE>\n\n"
    "<TEXT>\n"
    'Pacific First Financial Corp. &amp; partners <EVENT eid="e1" class="REPORTING">said</EVENT> '
    'shareholders <EVENT eid="e2" class="OCCURRENCE">approved</EVENT> its acquisition '
    '<TIMEX3 tid="t1" type="DATE" value="1989-11-01" temporalFunction="true" functionInDocument="NONE" '
    'anchorTimeID="t0">yesterday</TIMEX3>, <SIGNAL sid="s1">after</SIGNAL> '
    '<TIMEX3 tid="t2" type="DURATION" value="P3M" mod="MORE_THAN" temporalFunction="false" '
    'functionInDocument="NONE">more than three months</TIMEX3> of talks (&lt;$5 a share&gt;).\n'
    "</TEXT>\n\n"
    '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>\n'
    '<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" modality="would" '
    'pos="VERB"/>\n'
    '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t1"/>\n'
    '<TLINK lid="l2" relType="AFTER" timeID="t1" relatedToEventInstance="ei1" signalID="s1"/>\n\n'
    "</TimeML>\n"
)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "wsj_sample.tml"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_plain_text_has_tags_removed_and_entities_unescaped(sample: Path) -> None:
    doc = read_timeml(sample)
    assert doc.id == "wsj_sample"
    assert doc.path == str(sample)
    assert doc.text.startswith("\nPacific First Financial Corp. & partners said shareholders approved")
    assert doc.text.endswith("of talks (<$5 a share>).\n")
    assert "<" not in doc.text.replace("(<$5", "")
    assert "&amp;" not in doc.text


def test_timex_offsets_index_the_plain_text(sample: Path) -> None:
    doc = read_timeml(sample)
    assert doc.timexes == (
        GoldTimex(
            "t1",
            doc.text.index("yesterday"),
            doc.text.index("yesterday") + 9,
            "yesterday",
            "DATE",
            "1989-11-01",
            None,
            "t0",
            "NONE",
        ),
        GoldTimex(
            "t2",
            doc.text.index("more than"),
            doc.text.index(" of talks"),
            "more than three months",
            "DURATION",
            "P3M",
            "MORE_THAN",
            None,
            "NONE",
        ),
    )
    for timex in doc.timexes:
        assert doc.text[timex.start : timex.end] == timex.text


def test_dct_is_parsed(sample: Path) -> None:
    doc = read_timeml(sample)
    assert doc.dct_value == "1989-11-02T08:17:00"
    assert doc.dct == dt.datetime(1989, 11, 2, 8, 17)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1998-02-27", dt.datetime(1998, 2, 27)),
        ("1998-02-27T08:17", dt.datetime(1998, 2, 27, 8, 17)),
        ("1998-02-27T08:17:00", dt.datetime(1998, 2, 27, 8, 17)),
        ("27 February 1998", None),
        ("", None),
    ],
)
def test_dct_forms(value: str, expected: dt.datetime | None) -> None:
    markup = f'<TimeML><DCT><TIMEX3 tid="t0" value="{value}">x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>'
    doc = parse_timeml(markup)
    assert doc.dct == expected
    assert doc.dct_value == value


def test_no_dct() -> None:
    doc = parse_timeml("<TimeML><TEXT>On Friday.</TEXT></TimeML>", source="x.tml")
    assert (doc.dct, doc.dct_value, doc.id) == (None, "", "x")


def test_events_instances_and_links(sample: Path) -> None:
    doc = read_timeml(sample)
    said = doc.text.index("said")
    approved = doc.text.index("approved")
    assert doc.events == (
        GoldEvent("e1", said, said + 4, "said", "REPORTING"),
        GoldEvent("e2", approved, approved + 8, "approved", "OCCURRENCE"),
    )
    assert doc.instances == (
        EventInstance("ei1", "e1", "PAST", "NONE", "POS", None, "VERB"),
        EventInstance("ei2", "e2", "PAST", "NONE", "POS", "would", "VERB"),
    )
    assert doc.tlinks == (
        TemporalLink("l1", "IS_INCLUDED", event_instance_id="ei2", related_to_time="t1"),
        TemporalLink("l2", "AFTER", time_id="t1", related_to_event_instance="ei1", signal_id="s1"),
    )
    assert [(link.source, link.target) for link in doc.tlinks] == [("ei2", "t1"), ("t1", "ei1")]


def test_windows_line_ends_read_as_newlines(tmp_path: Path) -> None:
    # like the scorer, which opens files with universal newlines
    path = tmp_path / "crlf.tml"
    path.write_bytes(b'<TimeML><TEXT>One\r\n<TIMEX3 tid="t1" type="DATE" value="2000">2000</TIMEX3>\r</TEXT>')
    doc = read_timeml(path)
    assert doc.text == "One\n2000\n"
    assert doc.timexes[0].text == "2000"


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT>"),
        ('<TimeML><TEXT>on <TIMEX3 tid="t1">Friday</TEXT></TimeML>', "unclosed"),
        ("<TimeML><TEXT>on Friday</TIMEX3></TEXT></TimeML>", "closes no open element"),
    ],
)
def test_malformed_input_raises_timeml_error_naming_the_file(tmp_path: Path, markup: str, reason: str) -> None:
    path = tmp_path / "bad.tml"
    path.write_text(markup, encoding="utf-8")
    with pytest.raises(TimeMLError, match=reason) as info:
        read_timeml(path)
    assert info.value.source == str(path)
    assert str(path) in str(info.value)
    assert isinstance(info.value, TimelineError)


def test_unreadable_input_raises_timeml_error(tmp_path: Path) -> None:
    with pytest.raises(TimeMLError, match="cannot read"):
        read_timeml(tmp_path / "missing.tml")
    latin = tmp_path / "latin.tml"
    latin.write_bytes("<TimeML><TEXT>caf\xe9</TEXT></TimeML>".encode("latin-1"))
    with pytest.raises(TimeMLError, match=r"latin\.tml"):
        read_timeml(latin)


# ---------------------------------------------------------------------------------------- corpora


def _corpus(root: Path) -> None:
    for relative in ("B/two.tml", "A/one.tml", "A/sub/three.tml", "top.tml", "A/notes.txt"):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"<TimeML><TEXT>{path.stem} on Friday</TEXT></TimeML>", encoding="utf-8")


def test_read_corpus_recurses_sorted_with_relative_paths(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    _corpus(root)
    listed = [(relative, doc.text) for relative, doc in read_corpus([root, root / "B" / "two.tml"])]
    assert listed == [
        ("A/one.tml", "one on Friday"),
        ("A/sub/three.tml", "three on Friday"),
        ("B/two.tml", "two on Friday"),
        ("top.tml", "top on Friday"),
        ("two.tml", "two on Friday"),
    ]
    groups = [(f.relative, f.group) for f in corpus_files([root, root / "B"])]
    assert groups == [
        ("A/one.tml", "A"),
        ("A/sub/three.tml", "A/sub"),
        ("B/two.tml", "B"),
        ("top.tml", "corpus"),
        ("two.tml", "B"),
    ]


def test_read_corpus_reports_a_missing_path_at_once(tmp_path: Path) -> None:
    with pytest.raises(TimeMLError, match="no such file or directory"):
        read_corpus([tmp_path / "nowhere"])


# ---------------------------------------------------------------------------------------- writing


def _expression(text: str, start: int, end: int, value: str, mod: str | None = None) -> TimeExpression:
    return TimeExpression(text[start:end], start, end, TimexType.DATE, value, Granularity.DAY, "test", mod=mod)


def _tuples(expressions: object) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, str(e.type), e.value) for e in expressions]  # type: ignore[attr-defined]


def test_write_then_read_gives_the_same_text_and_expressions() -> None:
    text = "Blinken said on Monday he would meet Lavrov on Friday & again next week, not in 2021 <sic>."
    doc = timeline.extract(text, "2022-01-19")
    assert len(doc.expressions) >= 3
    back = parse_timeml(write_timeml(doc))
    assert back.text == text
    assert _tuples(back.timexes) == _tuples(doc.expressions)
    assert [t.tid for t in back.timexes] == [f"t{i}" for i in range(1, len(doc.expressions) + 1)]
    assert [t.text for t in back.timexes] == [e.text for e in doc.expressions]


def test_written_timeml_is_well_formed_xml_with_escaped_text() -> None:
    text = "AT&T <b> said on Friday"
    doc = Document(text, dt.datetime(2022, 1, 19), "en", (_expression(text, 17, 23, "2022-01-21", "START"),), id="att")
    markup = write_timeml(doc)
    assert "AT&amp;T &lt;b&gt; said on " in markup
    assert '<TIMEX3 tid="t1" type="DATE" value="2022-01-21" mod="START">Friday</TIMEX3>' in markup
    assert "<DOCID>att</DOCID>" in markup
    assert markup.startswith('<?xml version="1.0" ?>\n<TimeML')
    root = ET.fromstring(markup)
    assert root.findtext("TEXT", default="").startswith("AT&T <b>")
    (dct,) = root.iter("DCT")
    assert dct[0].attrib == {
        "tid": "t0",
        "type": "DATE",
        "value": "2022-01-19",
        "temporalFunction": "false",
        "functionInDocument": "CREATION_TIME",
    }
    back = parse_timeml(markup)
    assert back.text == text
    assert back.timexes[0].mod == "START"
    assert back.dct == dt.datetime(2022, 1, 19)


@pytest.mark.parametrize(
    ("reference", "value"),
    [(dt.datetime(2022, 1, 19), "2022-01-19"), (dt.datetime(2022, 1, 19, 8, 30), "2022-01-19T08:30:00")],
)
def test_dct_value_is_the_date_or_the_date_and_time(reference: dt.datetime, value: str) -> None:
    markup = write_timeml(Document("x", reference, "en", ()), doc_id="d")
    assert f'value="{value}"' in markup
    assert parse_timeml(markup).dct == reference


def test_no_reference_writes_no_dct() -> None:
    markup = write_timeml(Document("On Friday.", None, "en", ()))
    assert "<DCT>" not in markup
    assert parse_timeml(markup).text == "On Friday."


def test_overlapping_expressions_are_left_out_not_nested() -> None:
    text = "from Friday, January 21 to Monday"
    first = _expression(text, 5, 23, "2022-01-21")
    inside = _expression(text, 13, 23, "2022-01-21")
    crossing = _expression(text, 20, 30, "X")
    last = _expression(text, 27, 33, "2022-01-24")
    doc = Document(text, None, "en", (last, inside, crossing, first))
    assert inline_expressions(doc) == (first, last)
    back = parse_timeml(write_timeml(doc))
    assert _tuples(back.timexes) == _tuples([first, last])


def test_carriage_returns_survive_a_file_round_trip(tmp_path: Path) -> None:
    text = "Monday\r\nand\rFriday"
    doc = timeline.extract(text, "2022-01-19")
    path = tmp_path / "cr.tml"
    path.write_text(write_timeml(doc), encoding="utf-8", newline="")
    back = read_timeml(path)
    assert back.text == text
    assert _tuples(back.timexes) == _tuples(doc.expressions)


def test_write_corpus_mirrors_the_gold_tree(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    _corpus(gold)
    out = tmp_path / "system"
    written = write_corpus([gold], out, timeline.Extractor(events=False))
    assert sorted(p.relative_to(out).as_posix() for p in written) == [
        "A/one.tml",
        "A/sub/three.tml",
        "B/two.tml",
        "top.tml",
    ]
    system = read_timeml(out / "A" / "one.tml")
    assert system.text == "one on Friday"
    assert [t.text for t in system.timexes] == ["Friday"]
    assert system.id == "one"


# Arbitrary text, with date phrases and XML-special characters mixed in so that most examples have
# expressions next to "&", "<", ">", '"' and line ends. Nothing needs excluding: the reader is
# regex-based like the scorer (characters XML forbids pass through), and "\r", which universal
# newlines would turn into "\n", is written as "&#13;".
_PIECES = st.sampled_from(
    [
        "on Friday",
        "last week",
        "January 21, 2022",
        "2021",
        " & ",
        "<",
        ">",
        '"',
        "\r\n",
        "\r",
        "&amp;",
        "</TEXT>",
        "<TIMEX3>",
        "two days ago",
        "this morning",
        "\x00",
        "\x0b",
    ]
)
_TEXT = st.lists(st.one_of(st.text(), _PIECES), max_size=8).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(), _TEXT))
def test_round_trip_property(text: str, tmp_path: Path) -> None:
    doc = timeline.extract(text, "2022-01-19")
    path = tmp_path / "doc.tml"
    path.write_text(write_timeml(doc), encoding="utf-8")
    back = read_timeml(path)
    assert back.text == text
    assert _tuples(back.timexes) == _tuples(inline_expressions(doc))
    assert inline_expressions(doc) == tuple(sorted(doc.expressions, key=lambda e: (e.start, e.end)))
