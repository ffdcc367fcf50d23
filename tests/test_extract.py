"""The public entry points: extract(), Extractor, reference dates, languages, typed errors."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import errors
from timeline.context import Sentences
from timeline.language import get_language
from timeline.model import Anchor, Granularity, Interval, TimexType


def test_extract_returns_frozen_records_with_provenance() -> None:
    document = timeline.extract("Blinken will meet Lavrov on Friday.", "2022-01-19")
    (friday,) = document.expressions
    assert (friday.text, friday.start, friday.end) == ("Friday", 28, 34)
    assert friday.type is TimexType.DATE and friday.value == "2022-01-21"
    assert friday.granularity is Granularity.DAY
    assert friday.interval == Interval(dt.datetime(2022, 1, 21), dt.datetime(2022, 1, 22))
    assert friday.stated == ("weekday",) and friday.implied == ("year", "month", "day")
    assert friday.anchor is Anchor.REFERENCE
    assert friday.rule.startswith("weekday/")
    with pytest.raises(AttributeError):
        friday.value = "x"  # type: ignore[misc]


def test_fully_stated_dates_imply_nothing() -> None:
    (date,) = timeline.extract("It was signed on Jan. 19, 2022.").expressions
    assert date.value == "2022-01-19" and date.implied == () and date.anchor is Anchor.NONE
    assert set(date.stated) == {"year", "month", "day"}


@pytest.mark.parametrize(
    "reference",
    [
        "2022-01-19",
        "2022-01-19T08:30",
        "2022-01-19 08:30:00",
        "20220119",
        dt.date(2022, 1, 19),
        dt.datetime(2022, 1, 19, 8, 30),
        dt.datetime(2022, 1, 19, 8, 30, tzinfo=dt.timezone.utc),
    ],
)
def test_reference_forms(reference: object) -> None:
    document = timeline.extract("They met last week.", reference)  # type: ignore[arg-type]
    assert document.expressions[0].value == "2022-W02"
    assert document.reference is not None and document.reference.date() == dt.date(2022, 1, 19)


def test_without_reference_relative_expressions_stay_underspecified() -> None:
    document = timeline.extract("He said on Friday that sales fell last week and in March 2020.")
    values = {e.text: (e.value, e.anchor) for e in document.expressions}
    assert values["Friday"] == ("XXXX-WXX-5", Anchor.UNRESOLVED)
    assert values["last week"] == ("XXXX-WXX", Anchor.UNRESOLVED)
    assert values["March 2020"] == ("2020-03", Anchor.NONE)
    assert document.reference is None


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Updated 3:45 p.m. ET, Nov. 25.", "XXXX-11-25T15:45"),
        ("Polls close at 8 p.m. Tuesday.", "XXXX-XX-XXT20:00"),
        ("They meet a week from Thursday.", "XXXX-XX-XX"),
        ("It was founded two years ago.", "XXXX"),
    ],
)
def test_without_reference_stated_parts_are_kept(sentence: str, value: str) -> None:
    (expression,) = timeline.extract(sentence).expressions
    assert (expression.value, expression.anchor) == (value, Anchor.UNRESOLVED)


@pytest.mark.parametrize("bad", ["19/01/2022", "yesterday", "2022-13-01", "", 20220119, ["2022-01-19"]])
def test_bad_reference_is_a_clear_error(bad: object) -> None:
    with pytest.raises(errors.ReferenceDateError) as caught:
        timeline.extract("On Friday.", bad)  # type: ignore[arg-type]
    message = str(caught.value)
    assert repr(bad) in message and "ISO 8601" in message
    assert isinstance(caught.value, errors.TimelineError)


@pytest.mark.parametrize("bad", [b"On Friday", bytearray(b"x"), None, 42, ["On Friday"]])
def test_non_string_input_is_refused(bad: object) -> None:
    with pytest.raises(errors.InputTypeError) as caught:
        timeline.extract(bad, "2022-01-19")  # type: ignore[arg-type]
    assert type(bad).__name__ in str(caught.value)
    if isinstance(bad, (bytes, bytearray)):
        assert "decode" in str(caught.value)


@pytest.mark.parametrize("language", ["fr", "xx", "", 3])
def test_unsupported_language(language: object) -> None:
    with pytest.raises(errors.UnsupportedLanguageError) as caught:
        timeline.extract("On Friday.", "2022-01-19", language=language)  # type: ignore[arg-type]
    assert "en" in str(caught.value)


def test_language_codes_are_normalised() -> None:
    assert timeline.Extractor("EN-us").language.code == "en"


def test_control_characters_are_processed_not_refused() -> None:
    text = "On Friday\x00 they met.\x07 Last week\x1b sales fell."
    values = [e.value for e in timeline.extract(text, "2022-01-19").expressions]
    assert values == ["2022-01-14", "2022-W02"]


def test_narrative_policy_anchors_to_the_previous_mention() -> None:
    text = "In March 1990 the war began. On Friday the army crossed the river."
    news = timeline.Extractor(policy="news").extract(text, "2022-01-19")
    story = timeline.Extractor(policy=timeline.AnchorPolicy.NARRATIVE).extract(text, "2022-01-19")
    assert news.expressions[1].value == "2022-01-14"
    assert story.expressions[1].value.startswith("1990-0")
    assert story.expressions[1].anchor is Anchor.PREVIOUS


def test_two_years_of_a_range_are_two_expressions() -> None:
    values = [e.value for e in timeline.extract("The 2009-2010 season was cancelled.").expressions]
    assert values == ["2009", "2010"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Blinken To Meet Lavrov Next Week In Geneva", ["Next Week"]),
        ("MOSCOW (AP) Today the ministry said talks would resume.", ["Today"]),
        ("``Today, I'm here to tell you we have our suspect,'' he said.", ["Today"]),
        ("Turkeys are eaten on Thanksgiving Day by most families.", ["Thanksgiving Day"]),
    ],
)
def test_capitalised_common_words_count_in_headlines_and_at_sentence_starts(text: str, found: list[str]) -> None:
    assert [e.text for e in timeline.extract(text, "2022-01-19").expressions] == found


@pytest.mark.parametrize(
    "text",
    [
        "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
        "The truce took effect at 10:35 a.m. local time (0735 GMT) on Friday.",
    ],
)
def test_a_clock_time_falls_on_the_day_named_after_it(text: str) -> None:
    values = [e.value for e in timeline.extract(text, "1998-08-08").expressions]
    assert values == ["1998-08-07T10:35", "1998-08-07T07:35", "1998-08-07"]


def test_a_clock_time_does_not_reach_a_day_past_other_words() -> None:
    text = "Markets open at 9 a.m. and on Friday they close early."
    values = [e.value for e in timeline.extract(text, "1998-08-05").expressions]
    assert values == ["1998-08-05T09:00", "1998-08-07"]


def test_anaphora_counts_from_a_clock_time_not_its_restatement_in_another_zone() -> None:
    text = "The talks began at 2 p.m. EST (1900 GMT) on Friday. Half an hour later they broke up."
    values = [e.value for e in timeline.extract(text, "2022-01-21").expressions]
    assert values == ["2022-01-21T14:00", "2022-01-21T19:00", "2022-01-21", "2022-01-21T14:30"]


def test_a_later_offset_with_nothing_before_it_in_a_past_clause_keeps_only_its_length() -> None:
    text = "The jury found him guilty; three weeks later, the judge sentenced him."
    (expression,) = timeline.extract(text, "2022-10-14").expressions
    assert (expression.type, expression.value) == (TimexType.DURATION, "P3W")
    (anchored,) = timeline.extract("He left on Oct. 3. Three weeks later he came back.", "2022-10-14").expressions[1:]
    assert anchored.value == "2022-10-24"  # weeks counted from a day land on a day


@pytest.mark.parametrize(
    ("text", "reference", "found"),
    [
        ("A year after the Oct. 7 attack, Israelis gathered on Monday.", "2024-10-07", ("Oct. 7", "2023-10-07")),
        # written two days before the anniversary: the rounded year still reaches back to 2023
        ("Two years after the Oct. 7 attack, Israelis gather to mourn.", "2025-10-05", ("Oct. 7", "2023-10-07")),
        ("Two days after Tuesday's election, the count went on.", "2024-10-07", ("Tuesday", "2024-10-01")),
        # a countdown: the date is that long ahead
        (
            "With barely seven weeks to the February 25 election, the bank refused.",
            "2023-01-06",
            ("February 25", "2023-02-25"),
        ),
        ("With two days to go before Saturday's primary, she campaigned.", "2020-02-27", ("Saturday", "2020-02-29")),
        # ... but "N days before X" is no countdown, and "the 12 months to March" is a period ending then
        ("He worked two days before Friday's vote.", "2023-01-06", ("Friday", "2023-01-06")),
        ("Prices rose over the 12 months to the March quarter.", "2023-05-02", ("the March quarter", "2023-Q1")),
        # in a future clause the length runs forward from the date
        ("Payments will start six months after the Jan. 1 launch.", "2024-10-07", ("Jan. 1", "2025-01-01")),
    ],
)
def test_a_date_a_stated_length_of_time_away_is_an_anniversary_or_a_countdown(
    text: str, reference: str, found: tuple[str, str]
) -> None:
    assert found in [(e.text, e.value) for e in timeline.extract(text, reference).expressions]


@pytest.mark.parametrize(
    ("text", "reference", "found"),
    [
        # a planned thing's date is ahead, whatever the tense of the planning
        ("Protesters planned a large rally in Little Havana on Saturday.", "2000-01-07", ("Saturday", "2000-01-08")),
        ("The vote, scheduled for Monday, was delayed.", "2000-01-07", ("Monday", "2000-01-10")),
        # ... but the noun "plans" says nothing about the date
        ("On Friday, she set aside vacation plans for the trip.", "1998-08-17", ("Friday", "1998-08-14")),
        # "would have" + a noun is a future possession, "may have been" a past possibility
        (
            "Depositors would have access to their funds by Monday morning.",
            "2023-03-12",
            ("Monday morning", "2023-03-13TMO"),
        ),
        ("He may have been killed on Friday.", "2022-01-19", ("Friday", "2022-01-14")),
        # "comes a year after" is a distance, not a rate
        ("The ruling comes a year after the vote.", "2022-01-19", ("a year", "P1Y")),
        ("Police took a half-hour break.", "2022-01-19", ("half-hour", "PT30M")),
        # a modal capitalised after a lower-case word is a name, not a modal
        ("On the 12th and 13th of May it rained.", "2022-01-19", ("the 12th", "2021-05-12")),
        ("Actor Will Smith arrived Friday.", "2022-01-19", ("Friday", "2022-01-14")),
        ("Biden Will Visit Kyiv Friday", "2022-01-19", ("Friday", "2022-01-21")),
        # a timetable verb after a subject with a hyphenated modifier
        ("The 90-day deadline expires on Friday.", "2024-03-06", ("Friday", "2024-03-08")),
        # inside a quotation the reporting verb before it does not date what is said
        ('She said: "Hopefully in May."', "2024-03-06", ("May", "2024-05")),
        # a bare verb after a modal carries no tense of its own ("last" is not the past here)
        ("The bitter cold will last through Sunday.", "2024-01-18", ("Sunday", "2024-01-21")),
        # "is sentenced" is a passive present, not a perfect
        ("He faces 25 years in prison when he is sentenced on May 18.", "2022-03-02", ("May 18", "2022-05-18")),
        # a superlative's yardstick ("the lowest since April 2000") is no anchor for "a year earlier"
        (
            "The rate fell to 3.8% in May, the lowest since April 2000. Pay rose 2.7% from a year earlier.",
            "2018-08-03",
            ("a year earlier", "2017-05"),
        ),
        # "effective", "starting": an onset still ahead, whatever the tense of the report
        ("It created an office of the chairman, effective Feb. 1.", "1989-10-26", ("Feb. 1", "1990-02-01")),
        ("Trump announced a travel ban, starting at midnight on Friday.", "2020-03-12", ("Friday", "2020-03-13")),
        # an infinitive after the date hanging on a noun does not date it; the finite verb does
        ("On Saturday, a person claiming to be the hacker posted a sample.", "2022-09-26", ("Saturday", "2022-09-24")),
        # a clock time ("05:00") is one word, not a clause break at its colon
        (
            "Cuts would be implemented from 16:00 today until 05:00 on Friday, after units tripped.",
            "2022-09-07",
            ("Friday", "2022-09-09"),
        ),
        # a quarter in a future clause is still to come, unless the sentence reports its figures
        ("The company will launch the product in the fourth quarter.", "2025-03-11", ("the fourth quarter", "2025-Q4")),
        ("The company will report fourth-quarter results next week.", "2025-01-21", ("fourth-quarter", "2024-Q4")),
        # "this Thursday" written at the weekend is the coming one; on a weekday, this week's
        ("This Thursday, my daughter will make it.", "2025-11-23", ("This Thursday", "2025-11-27")),
        ("The vote is this Thursday.", "2025-11-18", ("this Thursday", "2025-11-20")),
        ("Volunteers will mark Earth Day on Tuesday.", "2025-04-20", ("Earth Day", "2025-04-22")),
        # "in about an hour" with no clock time known: its length, as TBAQ writes "in less than one hour"
        ("In about an hour the new president takes office.", "2017-01-20", ("about an hour", "PT1H")),
        # "expected X to continue": the plan's "to" may follow a short object; a preposition "to" does not count
        (
            "Airlines said they expected disruptions to continue through Saturday.",
            "2022-12-23",
            ("Saturday", "2022-12-24"),
        ),
        (
            "On Friday, she set aside plans for the hastily planned trip to East Africa.",
            "1998-08-17",
            ("Friday", "1998-08-14"),
        ),
        # "that" as a relative subject: "a calendar that starts classes Aug. 27"
        ("The board approved a calendar that starts classes Aug. 27.", "2025-01-09", ("Aug. 27", "2025-08-27")),
        # a range from a clock time on a day runs forward to the next day named
        (
            "A flood watch runs from 8 p.m. Monday through Wednesday morning.",
            "2022-05-23",
            ("Wednesday morning", "2022-05-25TMO"),
        ),
        # an infinitive whose base is also a past form ("to cut") still looks ahead
        ("The Fed signaled it was not yet ready to cut in March.", "2024-01-31", ("March", "2024-03")),
        (
            "Officials will meet on the first Monday in February.",
            "2025-12-28",
            ("the first Monday in February", "2026-02-02"),
        ),
        # a past clause reports a month not yet begun only just ahead; the end of a span may lie farther
        ("The operator changed to a calendar year in December.", "1989-10-27", ("December", "1988-12")),
        ("Prices fell as low as $27 a barrel in January.", "2016-11-30", ("January", "2016-01")),
        ("That measure funded the government through Jan. 30.", "2025-12-28", ("Jan. 30", "2026-01-30")),
        # a participle after a linking verb is an adjective: the modal dates the clause
        ("Schools in six parishes will stay closed through Friday.", "2021-09-05", ("Friday", "2021-09-10")),
        # "7am" is a clock time, not the verb "am"
        ("Services resumed at 7am on Friday, but delays lasted all day.", "2026-05-19", ("Friday", "2026-05-15")),
        # a subject with a complement, or a name, before a timetable verb
        (
            "The warrant of further detention expires on Monday morning.",
            "2022-01-22",
            ("Monday morning", "2022-01-24TMO"),
        ),
        ("The city said tests on Thursday had ruled it out.", "2023-05-22", ("Thursday", "2023-05-18")),
        # an event arranged "for" a date is still to come; one merely planned somewhere may have been cancelled
        ("On Wednesday Sunak called a general election for July 4.", "2024-05-22", ("July 4", "2024-07-04")),
        ("A service planned at the church for Saturday was canceled.", "1999-10-24", ("Saturday", "1999-10-23")),
        # a name before a timetable verb is its subject; a possessive or an aside is not
        ("Disney+ launches Tuesday with 500 films.", "2019-11-11", ("Tuesday", "2019-11-12")),
        ("New York, 62-45, opens a series in Philadelphia on Friday.", "2024-07-31", ("Friday", "2024-08-02")),
        ("City face United at Wembley on Saturday.", "2024-05-20", ("Saturday", "2024-05-25")),
        ("Daylight saving time begins at 2 a.m. Sunday.", "2024-03-08", ("2 a.m. Sunday", "2024-03-10T02:00")),
        ("Tuesday's vote in the Senate was the first test.", "2024-07-24", ("Tuesday", "2024-07-23")),
        ("On Wednesday, Ricardo Alarcon, head of the assembly, said so.", "2000-02-10", ("Wednesday", "2000-02-09")),
        # "could" looks ahead, unless it is the past of an ability ("could not be reached", "could be located")
        (
            "Forecasters warned that fog could return on Sunday morning.",
            "2015-11-20",
            ("Sunday morning", "2015-11-22TMO"),
        ),
        ("His relatives could be located Wednesday in Cardenas.", "2000-01-06", ("Wednesday", "2000-01-05")),
        ("The minister could not be reached on Monday.", "2000-01-06", ("Monday", "2000-01-03")),
        # "since" opens a stretch that runs until now; "targeting" plans ahead
        ("Brent rose to its highest since February.", "2021-01-08", ("February", "2020-02")),
        ("NASA is targeting a launch window on Saturday.", "2021-10-12", ("Saturday", "2021-10-16")),
        ("The judge ordered the agency to restore the data by Tuesday.", "2019-09-30", ("Tuesday", "2019-10-01")),
        # weeks counted from a day land on a day; "overnight Friday" is Friday night
        (
            "The deal was agreed on Sept. 30 and closed six weeks later.",
            "2024-12-18",
            ("six weeks later", "2024-11-11"),
        ),
        ("Rain overnight Friday damped the flames.", "2023-08-21", ("overnight Friday", "2023-08-18TNI")),
        # with no quarter named, "the year-earlier quarter" is the last one completed, a year back
        ("Revenue doubled from the year-earlier quarter.", "2021-11-09", ("the year-earlier quarter", "2020-Q3")),
        ("He was elected in 1990 and resigned in March of that year.", "2022-01-19", ("March of that year", "1990-03")),
        # a bare verb after "can" or "did" is not a past form; "can" and "hope to" look ahead
        (
            "New contribution limits take effect Thursday: workers can put more in.",
            "2025-12-31",
            ("Thursday", "2026-01-01"),
        ),
        (
            "Residents can learn more at an open house at 6 p.m. Tuesday.",
            "2024-10-04",
            ("6 p.m. Tuesday", "2024-10-08T18:00"),
        ),
        ("Trustees hope to put a bond issue on the ballot in November.", "2021-05-05", ("November", "2021-11")),
        # a span in a present clause runs from now; a birthday or anniversary is on a timetable
        ("Early voting continues through Friday.", "2020-10-26", ("Friday", "2020-10-30")),
        ("Hip-hop turns 50 on Friday.", "2023-08-10", ("Friday", "2023-08-11")),
        # "due" with a time after it is a timetable (but "due in part to" is a cause)
        ("Earnings, due after the bell on Tuesday, should beat forecasts.", "2021-07-21", ("Tuesday", "2021-07-27")),
        ("The delay was due in part to the storm on Tuesday.", "2021-07-21", ("Tuesday", "2021-07-20")),
        # a modal's verb is the finite one: "jobs report" after it is a noun
        ("Investors will get the January jobs report on Friday.", "2022-01-26", ("Friday", "2022-01-28")),
        # a day of the month still to come is not taken from a month already past
        (
            "Talks resumed, the third round since April. The next is due on the 14th.",
            "2018-07-31",
            ("the 14th", "2018-08-14"),
        ),
        # a period in apposition to a date is that date; "two years later" moves a story on
        ("She joined in 1957, the year the country won independence.", "2024-12-30", ("the year", "1957")),
        (
            "In 1950 she moved, and two years later she found work. The following year she joined a union.",
            "2021-06-13",
            ("The following year", "1953"),
        ),
        # "election day" is the day of the election the story dates, else the US one
        (
            "Voters go to the polls on 26 October. Stations open at 7am on election day.",
            "2017-10-14",
            ("election day", "2017-10-26"),
        ),
        (
            "The Senate race heads to a runoff on Dec. 6, four weeks after election day.",
            "2022-11-09",
            ("election day", "2022-11-08"),
        ),
        # what a past clause led up to may lie more than a month ahead
        ("The party promised tighter controls ahead of the Feb. 23 election.", "2025-01-19", ("Feb. 23", "2025-02-23")),
        # a directive given before a past moment set a date now past
        ("Officials had urged residents to leave by Tuesday night.", "2024-10-10", ("Tuesday night", "2024-10-08TNI")),
        # a verb in -ing after a verb is no subject for a timetable
        ("The agency began accepting returns on Monday.", "2020-01-31", ("Monday", "2020-01-27")),
        # "the year" a past clause reports on in the first months is the year just ended
        ("For the full year, revenue climbed 6.2%.", "2024-02-09", ("the full year", "2023")),
        ("The bank will lift rates at its first meeting of the year.", "2023-01-25", ("the year", "2023")),
        # the end of a compound adjective is no verb; an adverb does not hide a plan's past auxiliary
        ("Shares will begin trading on a split-adjusted basis on June 10.", "2024-05-06", ("June 10", "2024-06-10")),
        ("The repairs were originally scheduled for the summer.", "2024-10-04", ("the summer", "2024-SU")),
        # "spending" is a noun here, and "next year" counts from the publication
        (
            "It gave no guidance for 2021 but said capital spending next year would be flat.",
            "2020-11-04",
            ("next year", "2021"),
        ),
        # a zone named by a place joins a clock time to its day
        ("The offer will expire at 5 p.m. New York time on Dec. 22.", "2015-11-24", ("5 p.m.", "2015-12-22T17:00")),
        ("Talks resume at 1400 GMT (1500 CET) later on Friday.", "2017-06-14", ("1500 CET", "2017-06-16T15:00")),
        # a title in quotation marks is a subject; a forecast's participle looks ahead
        ('"Oppenheimer" opens Friday in 3,600 theaters.', "2023-07-19", ("Friday", "2023-07-21")),
        ("The school's staging of 'Catch-22' opens Friday.", "2017-04-12", ("Friday", "2017-04-14")),
        # a capitalised past form inside a name is no verb
        (
            "Students in the Riverside Unified district return Wednesday, and classes start at 8 a.m.",
            "2024-08-10",
            ("Wednesday", "2024-08-14"),
        ),
        # an anaphoric night before an infinitive; an hour before a part of the day after "until", "after"
        (
            "The strike began July 14. Stars left the premiere the night before to join pickets.",
            "2023-07-24",
            ("the night before", "2023-07-13TNI"),
        ),
        # a bare participle after "if" is a condition still to be met
        (
            "The candidate promised to freeze rents for four years if elected in November.",
            "2025-03-09",
            ("November", "2025-11"),
        ),
        # a forecast "for" a day looks ahead; an infinitive on a noun after the date does not
        (
            "Officials said on Sunday that rain forecast for Wednesday might help.",
            "2018-07-23",
            ("Wednesday", "2018-07-25"),
        ),
        ("The government on Tuesday set a binding target to cut emissions.", "2021-10-06", ("Tuesday", "2021-10-05")),
        # years later in the present, counted past it, have come up to the present; in a historical present not
        (
            "When she was 9, a coach spotted her. Twelve years later, she is an Olympic finalist.",
            "2016-08-12",
            ("Twelve years later", "2016"),
        ),
        ("He founds the firm in 1998. Ten years later he sells it.", "2016-08-12", ("Ten years later", "2008")),
        # a golfer's tee time and a race's start are on a timetable ("goes" is a form of "go")
        ("Scheffler tees off at 1:38 p.m. on Thursday.", "2025-04-09", ("Thursday", "2025-04-10")),
        (
            "The first race on Tuesday, the Queen Anne Stakes, goes off at 2:30 p.m.",
            "2025-04-09",
            ("Tuesday", "2025-04-15"),
        ),
        # days listed before one with its year are in that year; a forecast through a month looks ahead
        ("Over 18 hours on May 31 and June 1, 1921, 35 blocks burned.", "2017-05-31", ("May 31", "1921-05-31")),
        ("Up to 17 named storms are expected through November.", "2023-06-01", ("November", "2023-11")),
        # "p.m." before a capitalised function word ends the sentence: the set after it is not this clock's
        (
            "Polls open at 7 a.m. tomorrow and close at 8 p.m. The drop box will be emptied every hour.",
            "2024-11-04",
            ("8 p.m.", "2024-11-05T20:00"),
        ),
        # "until" after a past activity tells when it ended; a closure "until" a day still runs
        ("Negotiators worked until late Tuesday night.", "1998-10-21", ("late Tuesday night", "1998-10-20TNI")),
        ("Authorities ordered all schools closed until Sunday.", "2017-11-08", ("Sunday", "2017-11-12")),
        # a school year across two years places its months: from July in the first, before in the second
        (
            "The board approved a calendar for the 2025-26 school year that starts Aug. 27 and ends June 12.",
            "2025-01-09",
            ("June 12", "2026-06-12"),
        ),
        # hours counted from a clock time with minutes keep them
        (
            "The quake struck at 4:17 a.m. on Monday. Nine hours later, another hit.",
            "2023-02-07",
            ("Nine hours later", "2023-02-06T13:17"),
        ),
        # "a year earlier" after figures reported on a day compares the figures' month
        (
            "Home sales fell 4.1% in October, the association said Tuesday. Prices rose 3.4% from a year earlier.",
            "2023-11-21",
            ("a year earlier", "2022-10"),
        ),
        # a date after a present copula is the next such day
        (
            "Winter break runs Dec. 21 through Jan. 5, and the last day of school is June 4.",
            "2019-08-09",
            ("June 4", "2020-06-04"),
        ),
        # a weekday joined to the holiday it falls on is that holiday's date
        ("Because of Monday's Memorial Day holiday, pickup is delayed.", "2024-05-28", ("Monday", "2024-05-27")),
        ("Father's Day is Sunday.", "2023-06-13", ("Sunday", "2023-06-18")),
        # a window ending at a date before a modal is ahead
        ("Savings bonds bought through October will earn 9.62%.", "2022-04-29", ("October", "2022-10")),
        # a title ends at its closing quote; a number ends a name; a passive's participle is no present verb
        ("Max premieres the documentary 'Long Shot' on Sunday.", "2025-06-05", ("Sunday", "2025-06-08")),
        (
            "BBC Radio 3 broadcasts the launch live from 7 p.m. Thursday.",
            "2019-02-11",
            ("7 p.m. Thursday", "2019-02-14T19:00"),
        ),
        ("Support for Windows 10 ends in October.", "2025-03-03", ("October", "2025-10")),
        # a verb form after a number, or inside a name an article opens, is no verb
        ("The government survived two no-confidence votes on Monday.", "2023-03-21", ("Monday", "2023-03-20")),
        (
            "Swift played the final show of the Eras Tour on Sunday night.",
            "2024-12-09",
            ("Sunday night", "2024-12-08TNI"),
        ),
        # what a present perfect has called for lies ahead
        ("Unions have called for fresh demonstrations on Thursday.", "2024-03-04", ("Thursday", "2024-03-07")),
        # "has been postponed to" looks ahead; "due" before a month and day is timetabled
        ("Coachella has been postponed to October, organizers said.", "2020-03-13", ("October", "2020-10")),
        ("Her sixth album, Reputation, is due Nov. 10.", "2017-08-25", ("Nov. 10", "2017-11-10")),
        # the weekend in a present clause is the coming one, unless it is what happened over it
        ("Highs climb into the 60s by the weekend.", "2025-03-31", ("the weekend", "2025-W14-WE")),
        ("Oil swings after strikes on nuclear sites over the weekend.", "2025-06-23", ("the weekend", "2025-W25-WE")),
        # clock times taking effect from a day recur; one before "and close at ... Tuesday" is on that Tuesday
        (
            "Kroger said its stores would close at 9 p.m. starting Tuesday.",
            "2020-03-16",
            ("9 p.m.", "XXXX-XX-XXT21:00"),
        ),
        ("Polls open at 6 a.m. and close at 7 p.m. Tuesday.", "2024-10-31", ("6 a.m.", "2024-11-05T06:00")),
        # a past sentence does not count from a date still to come; a story goes on from its day, not its report's
        (
            "Swift revealed on Thursday that the album will arrive Aug. 23. A day later, she released a single.",
            "2019-06-17",
            ("A day later", "2019-06-14"),
        ),
        (
            "The festival opens Tuesday, organizers said on Monday. Cruise will present a film the following evening.",
            "2025-05-12",
            ("the following evening", "2025-05-14TEV"),
        ),
        # "the next day" after a month steps from the day named before it
        (
            "Charles was crowned on Saturday, 70 years after his mother's coronation in June 1953. The next day, "
            "10,000 street parties were held.",
            "2023-05-08",
            ("The next day", "2023-05-07"),
        ),
        # "a year ago" is the quarter's only when it dates a level compared with
        (
            "Profit fell in the first quarter, hurt by the liquidation of Toys R Us a year ago.",
            "2019-04-19",
            ("a year ago", "2018"),
        ),
        (
            "Third-quarter sales fell to $1.27 billion from $1.43 billion a year ago.",
            "1989-10-26",
            ("a year ago", "1988-Q3"),
        ),
        ("Videotape of the trial was broadcast Tuesday night.", "1989-12-27", ("Tuesday night", "1989-12-26TNI")),
        (
            "The runway stays closed until four this afternoon.",
            "2019-08-09",
            ("four this afternoon", "2019-08-09T16:00"),
        ),
        # a range of hours that ends earlier in the day than it starts began the day before; a restatement in
        # another zone is no range
        (
            "He ordered a curfew from noon until 5 a.m. Thursday after the protests.",
            "2022-07-13",
            ("noon", "2022-07-13T12:00"),
        ),
        ("Mandela walked out at 4:14 pm (1414 GMT) on Sunday.", "1990-02-12", ("4:14 pm", "1990-02-11T16:14")),
        (
            "Stage 6 runs from 16:00 until 05:00 on Thursday, the utility said.",
            "2023-02-14",
            ("16:00", "2023-02-15T16:00"),
        ),
        # what is expected is still to come; a zone in brackets joins a clock time to its day
        ("Orders picked up in April and it expects a stronger second half.", "2024-05-02", ("second half", "2024-H2")),
        (
            "The company will hold a call at 8:00 a.m. (ET) on Thursday, February 16, 2017.",
            "2017-01-31",
            ("8:00 a.m.", "2017-02-16T08:00"),
        ),
        ("The December jobs report is due Friday.", "2026-01-04", ("Friday", "2026-01-09")),
        # a deadline is still to come, and after a semicolon a date opens its own clause
        (
            "Over the past week, 20 million ballots were cast; by Tuesday night, turnout could approach 160 million.",
            "2020-10-31",
            ("Tuesday night", "2020-11-03TNI"),
        ),
        # a month listed before one with its year is in that year, or the one before
        ("Sales fell in November and December of 2019.", "2022-04-01", ("November", "2019-11")),
        ("Prices rose from October to March 2021.", "2022-04-01", ("October", "2020-10")),
        # a release is still to come
        ("Her new novel, out Tuesday, follows three sisters.", "2023-01-20", ("Tuesday", "2023-01-24")),
        # a premium to a day's closing price is set against the last close
        (
            "Holders will receive $52 a share, a 31 percent premium to Friday's closing price.",
            "2025-09-15",
            ("Friday", "2025-09-12"),
        ),
        # what is previewed or awaited lies ahead; a relative clause in the past dates the noun before it
        ("Surrogates previewed Tuesday's debate in Philadelphia.", "2024-09-08", ("Tuesday", "2024-09-10")),
        (
            "The walkouts will follow a strike on Thursday that shut down most of the network.",
            "2023-01-13",
            ("Thursday", "2023-01-12"),
        ),
        # the subject of a sentence's verb frames none of its dates
        (
            "The year ends Sunday, and the holiday falls the next day: New Year's Day is Monday, Jan. 1.",
            "2017-12-29",
            ("New Year's Day", "2018-01-01"),
        ),
        # the end of the year a past clause reports on in its first months is the year just ended
        ("Occupancy reached 96.1% at year-end.", "2022-03-03", ("year-end", "2021")),
        # "past" before a day of a month is no shift; years before "calendar years" are named, not counted
        ("Wet fields may delay planting past May 31.", "2019-03-29", ("May 31", "2019-05-31")),
        ("The deal covers the 2025, 2026 and 2027 calendar years.", "2024-12-30", ("2027", "2027")),
        # an anniversary brings a story told years back to the present
        (
            "Lt. Brody was on duty the night of Jan. 30, 1969, when the hotel burned. On Wednesday, the 50th "
            "anniversary, he laid a wreath.",
            "2019-01-31",
            ("Wednesday", "2019-01-30"),
        ),
        # a possessive opens a subject as an article does
        ("Saturday's lineup includes a car show from 9 a.m.", "2018-07-27", ("9 a.m.", "2018-07-28T09:00")),
        ("Highs near 27C, with the warmest weather expected on Sunday.", "2025-05-29", ("Sunday", "2025-06-01")),
        # a span in the present perfect runs from now
        ("The run has already been extended through Jan. 5.", "2019-10-30", ("Jan. 5", "2020-01-05")),
        ("Retailers have extended many deals through Wednesday.", "2019-12-02", ("Wednesday", "2019-12-04")),
        # a 24-hour clock is never moved to the evening of an evening sentence
        ("Power cuts run from 16:00 tonight until 05:00 on Saturday.", "2023-02-10", ("05:00", "2023-02-11T05:00")),
        # a comparison of lengths: "more readers in a day than ..."
        ("An artist can reach more readers in a day than Schulz did.", "2017-10-10", ("a day", "P1D")),
        # a past clause on the day of publication reports the midnight that began it; a capitalised word
        # after a name is more of the name ("at Mace Head"), not a verb
        (
            "Gusts were recorded at Mace Head shortly before midnight.",
            "2024-01-22",
            ("shortly before midnight", "2024-01-21T24:00"),
        ),
        ("The offer expires at midnight.", "2024-01-22", ("midnight", "2024-01-22T24:00")),
        # an infinitive with "be"; "as soon as" names the earliest day ahead; an aside between commas
        # belongs to the clause it adds to; "earlier than" compares
        ("The first doses are to be given on Monday.", "2020-12-30", ("Monday", "2021-01-04")),
        (
            "It set up a final vote as soon as Saturday afternoon.",
            "2018-10-05",
            ("Saturday afternoon", "2018-10-06TAF"),
        ),
        (
            "They intend to finish on time, by May 2, unlike in 2023, when the session ran late.",
            "2025-02-28",
            ("May 2", "2025-05-02"),
        ),
        ("The Budget will come a week earlier than usual, on 3 May.", "2016-03-21", ("3 May", "2016-05-03")),
        # "set for" a date arranges it, unless a past auxiliary says the plan was overtaken
        ("Commencement, set for May 17, has not been canceled.", "2020-03-11", ("May 17", "2020-05-17")),
        ("A trial date was initially set for March, but was pushed back.", "2019-06-18", ("March", "2019-03")),
        # an entry stamp takes the day of the day heading before it, else the day of publication
        ("Updates\n3:15 p.m. — The committee met.", "2024-01-23", ("3:15 p.m.", "2024-01-23T15:15")),
        ("MONDAY, March 24\n\n9:14 a.m. — A car was reported stolen.", "2025-03-31", ("9:14 a.m.", "2025-03-24T09:14")),
        (
            "The outage began at 3:12 p.m. Eastern on Wednesday.",
            "2024-09-06",
            ("3:12 p.m. Eastern", "2024-09-04T15:12"),
        ),
        # a timetable verb after an aside; "last" after a determiner is an adjective; a participle that
        # completes an object ("keep the government funded") leaves the tense to the verb before
        ("The album, recorded last spring in a barn, arrives Friday.", "2020-02-06", ("Friday", "2020-02-07")),
        ("The bar will pour its last drinks Saturday night.", "2025-02-28", ("Saturday night", "2025-03-01TNI")),
        ("The House voted to keep the government funded through Nov. 21.", "2019-09-19", ("Nov. 21", "2019-11-21")),
        ("The restored film screens at 7 p.m. Tuesday.", "2018-05-25", ("7 p.m. Tuesday", "2018-05-29T19:00")),
        (
            "Skies stay sunny, with rain likely on Wednesday afternoon.",
            "2025-04-25",
            ("Wednesday afternoon", "2025-04-30TAF"),
        ),
        # a weekday restated as a date in brackets; a length "for 30 days from Friday"
        ("Borders reopen at 11.59pm SGT on Thursday (March 31).", "2022-03-24", ("Thursday", "2022-03-31")),
        ("Flags will fly at half-mast for 30 days from Friday.", "2016-10-14", ("30 days", "P30D")),
        ("Sisi won a third term in the Dec 10-12 election.", "2023-12-18", ("12", "2023-12-12")),
        # a historic day is that day of its year
        ("He was asked about the Jan. 6 riot.", "2024-01-17", ("Jan. 6", "2021-01-06")),
        ("The clause was invoked after the Sept. 11 attacks.", "2018-02-27", ("Sept. 11", "2001-09-11")),
        # "this weekend" in a past clause written on a Monday is the one just past
        ("Residents began returning home this weekend.", "2018-10-01", ("this weekend", "2018-W39-WE")),
        ("Officials said the notices could be lifted this weekend.", "2021-02-19", ("this weekend", "2021-W07-WE")),
        # "go on sale", "takes effect", "with effect from": a timetable, whatever the subject
        ("Five counties are locked down with effect from midnight on Sunday.", "2021-03-26", ("Sunday", "2021-03-28")),
        ("Season passes for next winter go on sale Tuesday.", "2017-04-03", ("Tuesday", "2017-04-04")),
        (
            "Stamps rise when the largest increase since 1991 takes effect Sunday.",
            "2019-01-25",
            ("Sunday", "2019-01-27"),
        ),
        # a participle after a compound modifier is an adjective
        (
            "Freelancers should make their third-quarter estimated payment by Friday.",
            "2017-09-13",
            ("Friday", "2017-09-15"),
        ),
        # the start of a range takes the year of its end
        ("The park will require passes from May 26 through Sept. 10, 2018.", "2017-12-08", ("May 26", "2018-05-26")),
        ("Instalments due between March 1 and May 31 may be deferred.", "2020-03-27", ("May 31", "2020-05-31")),
        # the end of a range of holidays runs forward from its start
        ("Only 26 days fell between Thanksgiving and Christmas.", "2024-11-15", ("Christmas", "2024-12-25")),
        ("Stores close from Christmas to New Year's Day.", "2024-11-15", ("New Year's Day", "2025-01-01")),
        # the month of a futures contract is the coming one
        ("Brent crude for December delivery slipped 12 cents.", "2025-10-01", ("December", "2025-12")),
        # a phrase without a verb between commas belongs to the clause before it
        (
            "The party will vote on April 12, weeks before the June 3 elections, officials said on Saturday.",
            "2026-03-21",
            ("June 3", "2026-06-03"),
        ),
        # "until" after a negated past says when it finally happened
        ("The buses did not arrive until Friday.", "2015-08-29", ("Friday", "2015-08-28")),
        ("Guards didn't notice until Monday.", "2018-02-17", ("Monday", "2018-02-12")),
        ("The store is open until Friday.", "2015-08-26", ("Friday", "2015-08-28")),
        # an aim with a deadline looks ahead, unless it has since been overtaken
        ("Officials said they hoped to contain the blaze by Thursday.", "2000-07-03", ("Thursday", "2000-07-06")),
        (
            "The utility initially said it hoped to restore service by Friday night, but that target slipped.",
            "2023-01-30",
            ("Friday night", "2023-01-27TNI"),
        ),
        ("UBS agreed to buy Credit Suisse on Sunday.", "2023-03-20", ("Sunday", "2023-03-19")),
        ("Officials said they hoped to clear the backlog by Thursday.", "2000-12-26", ("Thursday", "2000-12-28")),
        # a participle ending "to have" and its object is part of the infinitive
        (
            "Officials said they hoped to have the blaze contained by Thursday.",
            "2000-07-03",
            ("Thursday", "2000-07-06"),
        ),
        # a weekday in the present after a day still ahead in its sentence falls after it
        ("Trading resumes Tuesday, and the jobs report follows on Friday.", "2023-12-29", ("Friday", "2024-01-05")),
        # a plan told as it first was is overtaken
        ("The hearing was first set for Sept. 14.", "2021-12-10", ("Sept. 14", "2021-09-14")),
        ("Starfield had been scheduled for Nov. 11.", "2022-05-13", ("Nov. 11", "2022-11-11")),
        ("The vote had been scheduled for Monday.", "2022-05-11", ("Monday", "2022-05-09")),
        # a participle moving the end of a span gives an end still ahead
        (
            "A judge granted a continuance, pushing the trial from June to early September.",
            "2016-06-03",
            ("early September", "2016-09"),
        ),
        # "until" fronted before its main clause: the main clause says whether the span is over
        ("Until Monday, the museum was closed to visitors.", "1999-05-07", ("Monday", "1999-05-03")),
        ("Until Monday, the road will remain closed.", "1999-05-07", ("Monday", "1999-05-10")),
        ("But until Thursday, the museum is closed.", "1999-05-07", ("Thursday", "1999-05-13")),
        # a plural noun before a finite verb is its subject, not a verb in the present
        ("On Friday, U.N. forces were penned inside Busan.", "2020-06-25", ("Friday", "2020-06-19")),
        ("On Friday, a gas station clerk told police.", "2020-06-25", ("Friday", "2020-06-19")),
        # a verb that moves a span's end gives an end still ahead
        (
            "Forecasters extended the heat warning through 11 p.m. Friday.",
            "2024-07-24",
            ("11 p.m. Friday", "2024-07-26T23:00"),
        ),
        # a conjunction with a verb of its own opens the clause that dates its day
        (
            "SpaceX will try again on Saturday after Wednesday's attempt was scrubbed.",
            "2020-05-29",
            ("Wednesday", "2020-05-27"),
        ),
        (
            "He will be out until April after undergoing surgery on Monday, the club said.",
            "2025-02-04",
            ("Monday", "2025-02-03"),
        ),
        # "expect" with its object before "to", an imperative, a planning verb with its object, a passive arrangement
        ("Doctors expect cases to peak in late January.", "2016-12-30", ("late January", "2017-01")),
        ("Expect a cool, cloudy start Wednesday.", "2025-09-30", ("Wednesday", "2025-10-01")),
        ("Senate leaders scheduled another vote for Thursday.", "2025-10-01", ("Thursday", "2025-10-02")),
        ("Sentencing was set for Aug. 4.", "1993-04-18", ("Aug. 4", "1993-08-04")),
        (
            "Officials said evacuation orders could be lifted by the weekend.",
            "2020-09-02",
            ("the weekend", "2020-W36-WE"),
        ),
        # a name after "its" modifies a noun; "beat" is a past
        (
            "Duke opened its March Madness run with a rout on Friday, and will face Baylor.",
            "2025-03-22",
            ("Friday", "2025-03-21"),
        ),
        ("England beat Australia at the Oval on Sunday to draw the series.", "2019-09-16", ("Sunday", "2019-09-15")),
        # a year said after a date places it
        ("The last shutdown began three days before Christmas in 2018.", "2025-10-01", ("Christmas", "2018-12-25")),
        # what a clause leads up to lies after its day, or ahead of a present clause, or near a past one
        (
            "Boric and Kast held their final rallies on Thursday ahead of Sunday's runoff.",
            "2021-12-17",
            ("Sunday", "2021-12-19"),
        ),
        (
            "The candidates wrapped up their campaigns on Saturday, three days before Tuesday's election.",
            "2022-08-06",
            ("Tuesday", "2022-08-09"),
        ),
        ("Petro and Hernández are tied ahead of Sunday's runoff.", "2022-06-15", ("Sunday", "2022-06-19")),
        ("Markets closed early ahead of Tuesday's holiday.", "2018-12-24", ("Tuesday", "2018-12-25")),
        ("Stocks rose on Monday ahead of Tuesday's Fed decision.", "2018-12-20", ("Tuesday", "2018-12-18")),
        # (but a stretch before a day is no time before it)
        ("Shoppers held back in the weeks before Christmas.", "2023-12-29", ("Christmas", "2023-12-25")),
        # an absolute clause has no tense of its own
        (
            "Apple on Tuesday introduced four models, with preorders opening Friday.",
            "2023-09-12",
            ("Friday", "2023-09-15"),
        ),
        (
            "Flights were canceled, with crews working through Saturday night.",
            "2019-12-23",
            ("Saturday night", "2019-12-21TNI"),
        ),
        # a directive given before a past moment, past an adverb, is past
        ("The agency had already ordered staff to leave the country in April.", "2018-06-22", ("April", "2018-04")),
        # a passive verb that moves an end gives an end still ahead
        ("In four counties, polling was postponed to Saturday.", "2017-10-26", ("Saturday", "2017-10-28")),
        # a date in the subject of a reported clause takes that clause's verb
        (
            "Forecasters said the Monday morning commute is likely to be a mess.",
            "2026-02-06",
            ("Monday morning", "2026-02-09TMO"),
        ),
        ("He said the Monday meeting was productive.", "2026-02-04", ("Monday", "2026-02-02")),
        # a weekday joined to a day just named falls in the days after it, unless a past clause lists backwards
        ("Fed policy makers meet next Tuesday and Wednesday.", "1999-06-23", ("Wednesday", "1999-06-30")),
        ("Following are statements made Friday and Thursday.", "1998-02-06", ("Thursday", "1998-02-05")),
        # a season just over is "this" one
        ("Police sought a man who attacked two women last summer.", "2022-09-03", ("last summer", "2021-SU")),
        # a reporting period named by its length ends on the day after "to", begun by the publication
        (
            "Sasol warned that earnings for the six months to December 31 would fall.",
            "2024-02-28",
            ("December 31", "2023-12-31"),
        ),
        ("It kept its forecast for the three months to March unchanged.", "2026-01-15", ("March", "2026-03")),
        ("The group's 52 weeks to Feb. 26 were hit by power cuts.", "2023-05-24", ("Feb. 26", "2023-02-26")),
        # a span a present perfect announced begins on the nearest such day
        (
            "The Met Office has issued an amber warning for snow from 6pm Saturday until midday Sunday.",
            "2026-01-16",
            ("6pm Saturday", "2026-01-17T18:00"),
        ),
        # a span a past clause began ends on the nearest such day
        ("Airlines waived change fees for travel through Wednesday.", "2026-01-26", ("Wednesday", "2026-01-28")),
        ("The exhibit ran through Sunday.", "2026-01-27", ("Sunday", "2026-01-25")),
        # a story recalled years back in a clause the sentence's verb follows dates no later weekday
        (
            "A man who led rioters into the Capitol on Jan. 6, 2021, was sentenced Tuesday to 14 years.",
            "2023-09-12",
            ("Tuesday", "2023-09-12"),
        ),
        # a weekday in the present after a part of a day named in its sentence falls after it
        (
            "If they win, they play again Sunday afternoon; a loss sends them to the losers' bracket Monday evening.",
            "2017-06-21",
            ("Monday evening", "2017-06-26TEV"),
        ),
        # "as early as" a weekday looks ahead, unless the clause is past
        (
            "Landfall is expected Wednesday afternoon, with strong winds arriving as early as Tuesday night.",
            "2018-10-09",
            ("Tuesday night", "2018-10-09TNI"),
        ),
        ("Shoppers lined up as early as Thursday.", "2018-11-24", ("Thursday", "2018-11-22")),
        # a day told before "that" dates the reporting verb, not what was reported
        (
            "President Bush told the nation Wednesday night that he would send 21,500 more troops to Iraq.",
            "2007-01-11",
            ("Wednesday night", "2007-01-10TNI"),
        ),
        # "with" after a verb is its object, not an absolute clause without tense
        (
            "The week began with Lehman Brothers filing for bankruptcy on Monday.",
            "2008-09-19",
            ("Monday", "2008-09-15"),
        ),
        # a team's timetable after its record in parentheses, a relative clause, or its first verb's day
        ("The Bulldogs (8-3) return to conference play Friday at Lakeview.", "2026-01-07", ("Friday", "2026-01-09")),
        (
            "England, who beat Iran 6-2 on Monday, face the United States on Friday.",
            "2022-11-24",
            ("Friday", "2022-11-25"),
        ),
        (
            "Nigeria were held 1-1 by Lesotho on Thursday and play Zimbabwe in Butare, Rwanda, on Sunday.",
            "2023-11-17",
            ("Sunday", "2023-11-19"),
        ),
        # ... but a noun in apposition to a name, or after "and", is no verb
        (
            "On Wednesday, Ricardo Alarcon, head of Cuba's National Assembly, said the convictions prove it.",
            "2000-02-10",
            ("Wednesday", "2000-02-09"),
        ),
        (
            "Saudi Arabia reopened its airspace and land border late Monday.",
            "2021-01-06",
            ("late Monday", "2021-01-04"),
        ),
        # an offset in apposition to a day is that day
        (
            "The Treasury warned on Monday. Biden invited the leaders to meet on May 9, eight days later.",
            "2023-05-02",
            ("eight days later", "2023-05-09"),
        ),
        # a result after a weekday's possessive tells a game played
        (
            "Argentina go into the final matchday on Tuesday needing a win after Thursday's 0-0 draw with Peru.",
            "2017-10-06",
            ("Thursday", "2017-10-05"),
        ),
        # a condition in the present is still to be met; bare "past" before a weekday is a preposition
        ("If it lasts past Saturday, it will break the record.", "2019-01-07", ("Saturday", "2019-01-12")),
        # a holiday a preposition governs is not the one a weekday after "is" names
        (
            "The deadline for mail to arrive by Christmas is Saturday, and Priority Mail must go out by Monday.",
            "2022-12-16",
            ("Saturday", "2022-12-17"),
        ),
        ("This year Christmas is Sunday.", "2022-12-16", ("Christmas", "2022-12-25")),
        # a date a clause leads up to that restates the day just named is that day
        (
            "Dior has released Lunar New Year capsules ahead of Jan. 22, the start of the Year of the Rabbit.",
            "2023-01-10",
            ("Jan. 22", "2023-01-22"),
        ),
        # "that week" after a month reaches back to the week named before it
        (
            "Sales rose in the first week of December after a warm November. They rose 18% that week.",
            "2025-12-12",
            ("that week", "2025-W49"),
        ),
        # a year naming what the sentence is about frames its dates, until the sentence turns to something else
        ("The 2022 Games will be held from Feb. 4 to Feb. 20.", "2015-07-31", ("Feb. 4", "2022-02-04")),
        (
            "The 2015 reissue added two bonus tracks, but this new box set, out May 19, is the definitive version.",
            "2023-05-09",
            ("May 19", "2023-05-19"),
        ),
        # a past participle after a verb's bare form is an adjective on its object
        (
            "Both parties will hold televised debates there on Saturday night.",
            "2008-01-04",
            ("Saturday night", "2008-01-05TNI"),
        ),
    ],
)
def test_tense_and_reading_cues(text: str, reference: str, found: tuple[str, str]) -> None:
    assert found in [(e.text, e.value) for e in timeline.extract(text, reference).expressions]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The tablet, which dates to about 1800 BC, was returned on Monday.",
            [("1800 BC", "BC1800"), ("Monday", "2024-06-24")],
        ),
        ("The city was a port from roughly 1550 to 1270 BC.", [("1550", "BC1550"), ("1270 BC", "BC1270")]),
        ("It was built between 1000 and 800 B.C.", [("1000", "BC1000"), ("800 B.C.", "BC0800")]),
        ("Dates place the burial between 2460 and 2290 cal BC.", [("2460", "BC2460"), ("2290 cal BC", "BC2290")]),
        ("Cleopatra died in 30 BC.", [("30 BC", "BC0030")]),
        (
            "The scrolls were written from the third century BCE to the first century CE.",
            [("the third century BCE", "BC02"), ("the first century", "00")],
        ),
        ("The temple was begun in the mid-sixth century BC.", [("the mid-sixth century BC", "BC05")]),
        (
            "Farming reached Britain in the fourth millennium BC, some 6,000 years ago.",
            [("the fourth millennium BC", "BC3"), ("some 6,000 years ago", "BC3977")],
        ),
        ("Celebrations marked the third millennium.", [("the third millennium", "2")]),
        ("Coins were minted between AD 364 and 378.", [("AD 364", "0364"), ("378", "0378")]),
        ("It dates from the revolt of A.D. 132-136.", [("A.D. 132", "0132"), ("136", "0136")]),
        (
            "A penny was struck between 1280 and 1281, and the nave was built before 1100.",
            [("1280", "1280"), ("1281", "1281"), ("1100", "1100")],
        ),
    ],
)
def test_years_centuries_and_millennia_of_either_era(text: str, found: list[tuple[str, str]]) -> None:
    """Before the common era a value has no calendar interval (Python's calendar starts at year 1): it is written
    as TIMEX2 and HeidelTime write it, and keeps its granularity; ranges give their first number the era of the
    second."""
    expressions = timeline.extract(text, "2024-06-28").expressions
    assert [(e.text, e.value) for e in expressions] == found
    bc = [e for e in expressions if e.value.startswith("BC")]
    assert all(e.interval is None and e.rule.endswith("before-common-era") for e in bc)


def test_a_weekday_already_dated_as_news_keeps_its_day_after_a_story_date() -> None:
    text = "He was charged Thursday. He was last seen Nov. 3. Until Thursday, police had not called him a suspect."
    values = [e.value for e in timeline.extract(text, "1999-05-07").expressions]
    assert values == ["1999-05-06", "1998-11-03", "1999-05-06"]
    # without the news of Thursday, the story's Thursday follows its date
    story = "He was last seen Nov. 3. On Thursday, police called him a suspect."
    assert [e.value for e in timeline.extract(story, "1999-05-07").expressions] == ["1998-11-03", "1998-11-05"]


def test_a_weekday_in_apposition_to_a_date_is_that_date_and_anaphora_count_from_it() -> None:
    text = "The shooting happened shortly after 2 a.m. on Aug. 12, a Saturday. He was arrested four days later."
    found = [(e.text, e.value) for e in timeline.extract(text, "2023-09-29").expressions]
    assert found[2:] == [("a Saturday", "2023-08-12"), ("four days later", "2023-08-16")]
    # a weekday that does not fit the date is read on its own
    text = "The vote was held on Aug. 12, a Tuesday."
    assert [e.value for e in timeline.extract(text, "2023-09-29").expressions] == ["2023-08-12", "2023-09-26"]


@pytest.mark.parametrize(
    ("text", "reference", "found"),
    [
        # the first weekend on or after the day a run opens, the last on or before the day it ends
        ("The event runs from Aug. 14 to Aug. 25, with the final on the closing weekend.", "2024-07-31", "2024-W34-WE"),
        (
            "The wing opens on Saturday, Oct. 6, with longer hours through the opening weekend.",
            "2018-09-10",
            "2018-W40-WE",
        ),
        # the nth counts from the opening day, unless the day is named for that weekend itself
        ("The film opened on Friday, July 21. Its second weekend should be quieter.", "2023-07-24", "2023-W30-WE"),
        ("Styles returns on April 22 for the second weekend.", "2022-04-18", "2022-W16-WE"),
        # without a run, the weekend the clause looks to
        ("The film earned $162 million in its opening weekend.", "2023-07-24", "2023-W29-WE"),
        ("On Wednesday, she bought ads. She will spend the final weekend on a bus tour.", "2021-10-25", "2021-W43-WE"),
        # "last weekend" is the one before this
        ("He was injured last weekend.", "2023-07-24", "2023-W29-WE"),
    ],
)
def test_weekends_of_the_run_of_an_event(text: str, reference: str, found: str) -> None:
    weekends = [e.value for e in timeline.extract(text, reference).expressions if e.value.endswith("-WE")]
    assert weekends == [found]


def test_weekdays_labelling_the_entries_of_a_list_follow_each_other() -> None:
    text = (
        "THE WEEK AHEAD\n\nMonday: Automakers report October sales.\nTuesday: Earnings from Pfizer.\n"
        "Wednesday: Fed Chair Janet Yellen testifies.\nFriday: The Labor Department releases the jobs report."
    )
    days = [e.value for e in timeline.extract(text, "2015-10-31").expressions if e.rule.startswith("weekday")]
    assert days == ["2015-11-02", "2015-11-03", "2015-11-04", "2015-11-06"]


def test_weekdays_of_a_schedule_ahead_follow_each_other_and_fall_in_the_week_named() -> None:
    text = "Officials sit down in Geneva on Monday, followed by talks in Brussels on Wednesday and Vienna on Thursday."
    assert [e.value for e in timeline.extract(text, "2022-01-09").expressions] == [
        "2022-01-10",
        "2022-01-12",
        "2022-01-13",
    ]
    text = "The festival returns to the park next weekend. It runs Saturday and Sunday."
    assert [e.value for e in timeline.extract(text, "2022-04-16").expressions] == [
        "2022-W16-WE",
        "2022-04-23",
        "2022-04-24",
    ]
    # a day of the past is no schedule: the weekday after it keeps its own tense
    text = "Protesters marched on Saturday against a government that was sworn in on Friday."
    assert [e.value for e in timeline.extract(text, "2000-02-06").expressions] == ["2000-02-05", "2000-02-04"]


def test_a_day_a_length_is_counted_from_leaves_the_story_where_the_length_reaches() -> None:
    text = "Air quality turned severe on Monday, a day after Diwali, with the index at 450 at 8 am."
    clock = timeline.extract(text, "2023-11-13").expressions[-1]
    assert (clock.text, clock.value) == ("8 am", "2023-11-13T08:00")


@pytest.mark.parametrize(
    ("text", "reference", "found"),
    [
        ("In 2030, it begins first in January and again in late December.", "2026-03-19", ("late December", "2030-12")),
        ("Last year, Eid al-Fitr fell on 30 March.", "2026-03-19", ("30 March", "2025-03-30")),
        (
            "It has not been so cold since January 2019, when it hit 23 below on Jan. 30.",
            "2024-01-18",
            ("Jan. 30", "2019-01-30"),
        ),
        ("Eighty years ago this week, waters crested on Jan. 24.", "2017-01-24", ("Jan. 24", "1937-01-24")),
        ("It is the earliest onset since 2009, when it arrived on May 23.", "2025-05-24", ("May 23", "2009-05-23")),
        # a year inside the sentence frames nothing, nor does a list of recent dates
        ("Last October it recalled SUVs, and in January it recalled hybrids.", "2017-05-25", ("January", "2017-01")),
        ("He was born in 1946 and died in March.", "2026-05-01", ("March", "2026-03")),
        ("Members of the Class of 2025 arrive on campus in August.", "2021-06-21", ("August", "2021-08")),
    ],
)
def test_a_year_opening_the_sentence_or_the_month_just_named_places_a_date(
    text: str, reference: str, found: tuple[str, str]
) -> None:
    assert found in [(e.text, e.value) for e in timeline.extract(text, reference).expressions]


def test_a_clock_time_in_the_small_hours_after_an_evening_one_is_past_midnight() -> None:
    story = "Polls closed at 8 p.m. Tuesday. At 1:35 a.m., AP called the race."
    assert [e.value for e in timeline.extract(story, "2016-11-09").expressions] == [
        "2016-11-08T20:00",
        "2016-11-09T01:35",
    ]
    story = "The blast happened at 9 p.m. Friday. Earlier, at 3 p.m., police arrived."
    assert [e.value for e in timeline.extract(story, "2016-11-09").expressions][-1] == "2016-11-04T15:00"


def test_anaphora_and_clock_times_reach_past_a_coarser_date_to_the_day() -> None:
    story = "He takes his oath on Thursday. Duterte, in office since 2016, will fly home the same day."
    assert timeline.extract(story, "2022-06-27").expressions[-1].value == "2022-06-30"
    story = "We learn more tomorrow, when the September jobs report is released at 8:30 a.m."
    assert timeline.extract(story, "2022-10-06").expressions[-1].value == "2022-10-07T08:30"


def test_a_clock_time_in_a_future_clause_does_not_take_a_past_day() -> None:
    story = "Scott Morrison called the election on 10 April. Polling booths close at 6pm local time."
    assert timeline.extract(story, "2022-05-21").expressions[-1].value == "2022-05-21T18:00"


def test_a_clock_time_takes_the_day_named_earlier_in_its_paragraph_or_in_a_story_told_in_the_past() -> None:
    story = "On Sunday, Irma made landfall. It weakened. Winds fell. At 11 p.m., it was near Tampa."
    assert [e.value for e in timeline.extract(story, "2017-09-11").expressions][-1] == "2017-09-10T23:00"
    story = "On Sunday, Irma made landfall.\n\nIt weakened. Winds fell. At 11 p.m., it was near Tampa."
    assert [e.value for e in timeline.extract(story, "2017-09-11").expressions][-1] == "2017-09-10T23:00"
    # beyond its paragraph, a story brought up to now no longer gives the day
    story = "On Sunday, Irma made landfall.\n\nIt has weakened. Winds fell. At 11 p.m., it was near Tampa."
    assert [e.value for e in timeline.extract(story, "2017-09-11").expressions][-1] == "2017-09-11T23:00"
    story = "On Sunday, Irma made landfall.\n\nIt weakened. Winds fell. At 11 p.m., it is expected near Tampa."
    assert [e.value for e in timeline.extract(story, "2017-09-11").expressions][-1] == "2017-09-11T23:00"


def test_a_year_after_a_capitalised_word_is_a_year_only_after_a_month_season_or_a_word_opening_a_sentence() -> None:
    text = (
        "Sales rose in January 1998 and Fiscal 1999. In 1990 they fell. Spring 2001 was calm. Throughout 2003, "
        "prices rose. Starting 2005, cars must comply. Euro 2004 kicked off in Porto. Athens 2004 said it sold out."
    )
    assert [e.text for e in timeline.extract(text, "2016-12-31").expressions] == [
        "January 1998",
        "Fiscal 1999",
        "1990",
        "Spring 2001",
        "2003",
        "2005",
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The market is open daily except Mondays from noon to 8 p.m.", ("8 p.m.", "XXXX-XX-XXT20:00")),
        ("Farmers market: Saturdays from 10 a.m. to 2 p.m., May through October.", ("10 a.m.", "XXXX-XX-XXT10:00")),
        ("Hours are 10:30 a.m. to 5 p.m. daily.", ("10:30 a.m.", "XXXX-XX-XXT10:30")),
        # a recurrence in another clause, or a rate of a measure, leaves the clock on its day
        ("By 6 p.m. wind chills had fallen, and crews took breaks every 15 minutes.", ("6 p.m.", "2022-12-23T18:00")),
        ("The fee is $5 a year, payable at 3 p.m.", ("3 p.m.", "2022-12-23T15:00")),
    ],
)
def test_a_clock_time_that_recurs_has_no_day(text: str, found: tuple[str, str]) -> None:
    assert found in [(e.text, e.value) for e in timeline.extract(text, "2022-12-23").expressions]


def test_a_day_without_a_year_in_a_story_told_years_back_keeps_the_story_s_year() -> None:
    text = (
        "On the night of 14 April 1912, the Titanic struck an iceberg.\n\n"
        "The liner had left Southampton at noon on 10 April. The stern slipped under at 2.20am on 15 April.\n\n"
        "A memorial service will be held on 15 April."
    )
    found = [(e.text, e.value) for e in timeline.extract(text, "2022-04-10").expressions]
    assert ("10 April", "1912-04-10") in found
    assert ("2.20am", "1912-04-15T02:20") in found
    # a future clause is not part of the story
    assert found[-1] == ("15 April", "2022-04-15")


def test_an_offset_in_days_reaches_past_a_decade_to_the_day_named_before() -> None:
    text = (
        "Fifty years ago today, at 9:32 a.m., a Saturn V lifted off. It was a bright morning. "
        'Kennedy had set the goal "before this decade is out." Four days later, on July 20, Eagle landed.'
    )
    found = [(e.text, e.value) for e in timeline.extract(text, "2019-07-16").expressions]
    assert ("Four days later", "1969-07-20") in found
    assert ("July 20", "1969-07-20") in found


def test_that_before_a_weekday_after_a_verb_is_a_conjunction() -> None:
    text = "The RAC is warning that Tuesday and Saturday could be the busiest days."
    assert [e.text for e in timeline.extract(text, "2025-12-23").expressions] == ["Tuesday", "Saturday"]
    text = "A car was seen leaving at 11.26pm that Sunday, and on that Monday police came."
    assert [e.text for e in timeline.extract(text, "2022-01-22").expressions][1:] == ["that Sunday", "that Monday"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Members would walk out a week on Friday.", ("a week on Friday", "2023-10-27")),
        ("The inquest was adjourned until this day fortnight.", ("this day fortnight", "2023-11-01")),
        ("Police patrols will be stepped up over the coming fortnight.", ("the coming fortnight", "P2W")),
        ("It was postponed for the third time in a week on Sunday.", ("Sunday", "2023-10-15")),
    ],
)
def test_british_weeks_and_fortnights(text: str, found: tuple[str, str]) -> None:
    assert found in [(e.text, e.value) for e in timeline.extract(text, "2023-10-18").expressions]


def test_a_clock_time_in_a_story_told_years_back_keeps_the_story_s_day_across_a_paragraph() -> None:
    text = (
        "Shortly before 7pm on 9 November 1989, a spokesman told a press conference that citizens could travel.\n\n"
        "Within hours, crowds had gathered. At about 11.30pm the officer opened the gates. By midnight thousands "
        "were streaming across, and by the next morning people were chipping at the wall."
    )
    found = [(e.text, e.value) for e in timeline.extract(text, "2019-11-09").expressions]
    assert ("about 11.30pm", "1989-11-09T23:30") in found
    assert ("the next morning", "1989-11-10TMO") in found


def test_dates_labelling_a_timeline_take_the_nearest_year_and_keep_their_clock_times() -> None:
    text = (
        "How the dispute unfolded: Oct. 30: Union members vote to authorize a strike. Nov. 20: Workers walk "
        "off the job at 6 a.m. Dec. 22: A tentative deal is reached."
    )
    found = [(e.text, e.value) for e in timeline.extract(text, "2018-01-02").expressions]
    assert found == [
        ("Oct. 30", "2017-10-30"),
        ("Nov. 20", "2017-11-20"),
        ("6 a.m.", "2017-11-20T06:00"),
        ("Dec. 22", "2017-12-22"),
    ]


def test_weekdays_listed_after_a_recurring_one_recur() -> None:
    text = "Buses run every Monday, Wednesday and Friday, and the clinic opens every Tuesday and on Saturday."
    found = [(e.text, e.type.value, e.value) for e in timeline.extract(text, "2024-02-29").expressions]
    assert found[:3] == [
        ("every Monday", "SET", "XXXX-WXX-1"),
        ("Wednesday", "SET", "XXXX-WXX-3"),
        ("Friday", "SET", "XXXX-WXX-5"),
    ]
    assert ("Saturday", "DATE", "2024-03-02") in found  # "and on Saturday" is a day of its own


@pytest.mark.parametrize(
    ("reference", "value"),
    [("2022-01-28", "2022-W05"), ("2022-01-23", "2022-W04"), ("2022-01-24", "2022-W04")],
)
def test_the_week_ahead_is_the_week_most_of_the_next_seven_days_fall_in(reference: str, value: str) -> None:
    found = [(e.text, e.value) for e in timeline.extract("In the week ahead, earnings pour in.", reference).expressions]
    assert found == [("the week ahead", value)]


def test_the_year_ahead_is_this_year_in_january_and_the_next_in_december() -> None:
    assert timeline.extract("The year ahead looks hard.", "2024-01-03").expressions[0].value == "2024"
    assert timeline.extract("The year ahead looks hard.", "2024-12-20").expressions[0].value == "2025"


def test_a_story_told_years_back_keeps_its_own_time_for_months_weekdays_and_periods() -> None:
    text = (
        "The freeway collapsed at 4:31 a.m. on Jan. 17, 1994. Crews worked through that night. It reopened in "
        "April. The boys vanished on Sunday, Nov. 14, 1976, and their camp was found on Nov. 15. On Thursday, the "
        "sheriff scaled back the search, and by the end of the month the volunteers had gone home."
    )
    found = [(e.text, e.value) for e in timeline.extract(text, "2026-01-17").expressions]
    assert ("April", "1994-04") in found
    assert ("Thursday", "1976-11-18") in found
    assert ("the end of the month", "1976-11") in found


def test_one_past_event_recalled_does_not_make_a_story() -> None:
    text = (
        "They were charged in the Dec. 21, 1988, bombing. The two were removed after Libya agreed in April to a trial."
    )
    found = [(e.text, e.value) for e in timeline.extract(text, "1999-06-07").expressions]
    assert ("April", "1999-04") in found


def test_a_story_moves_on_by_whole_years_and_decades() -> None:
    text = (
        "In the spring of 1950 she moved to Sao Paulo, and two years later she found work. "
        "She opened a shop in January 1998. A decade later, she moved."
    )
    found = [(e.text, e.value) for e in timeline.extract(text, "2021-06-13").expressions]
    assert ("two years later", "1952") in found
    assert ("A decade later", "2008") in found


@pytest.mark.parametrize(
    ("text", "reference", "found"),
    [
        ("Last modified on Mon 4 Dec 2023 11.20 GMT", "2023-12-04", ("Mon 4 Dec 2023 11.20 GMT", "2023-12-04T11:20")),
        ("Published 16:05 BST, 3 June 2023", "2023-06-03", ("16:05 BST, 3 June 2023", "2023-06-03T16:05")),
        ("Posted: Mar 1, 2021 / 05:32 PM EST", "2021-03-01", ("Mar 1, 2021", "2021-03-01")),
        ("The release will resume on 2024/03/12.", "2024-03-08", ("2024/03/12", "2024-03-12")),
        ("Published on: 08/02/2023. Modified: 09/02/2023.", "2023-02-08", ("09/02/2023", "2023-02-09")),
        ("She died on 23/11/2020; the will was read on 02/12/2020.", "2021-01-01", ("02/12/2020", "2020-12-02")),
        ("The memo is dated 02/09/2022.", "2022-01-19", ("02/09/2022", "2022-02-09")),
        ("Members of the team of '05 gathered on Saturday.", "2015-06-20", ("'05", "2005")),
        ("Tonight: Clear. Wednesday: Sunny, high 63. Thursday: Showers.", "2017-03-28", ("Thursday", "2017-03-30")),
        (
            "How it unfolded. WEDNESDAY: After markets closed, SVB said it sold bonds.",
            "2023-03-12",
            ("WEDNESDAY", "2023-03-08"),
        ),
        (
            "The transition period runs until Dec. 31, and rules will not change.",
            "2020-01-31",
            ("Dec. 31", "2020-12-31"),
        ),
        ("The union spoke shortly after 11:30.", "2024-03-06", ("11:30", "2024-03-06T11:30")),
    ],
)
def test_bylines_numeric_dates_and_listings(text: str, reference: str, found: tuple[str, str]) -> None:
    assert found in [(e.text, e.value) for e in timeline.extract(text, reference).expressions]


def test_a_clock_time_in_a_past_clause_does_not_take_a_day_still_to_come_from_an_earlier_sentence() -> None:
    text = "The group will meet again on Oct. 5. Brent futures were up 0.8% at $66.02 by 0900 GMT."
    found = [(e.text, e.value) for e in timeline.extract(text, "2025-09-08").expressions]
    assert ("0900 GMT", "2025-09-08T09:00") in found


def test_a_clock_written_with_a_dot_after_a_date_needs_its_zone() -> None:
    found = [
        (e.text, e.value) for e in timeline.extract("On 3 June 2023 16.50 euros were paid.", "2023-06-05").expressions
    ]
    assert found == [("3 June 2023", "2023-06-03")]


def test_a_historic_day_states_its_month_and_day_and_takes_its_year_from_the_event() -> None:
    (day,) = timeline.extract("He was asked about the Jan. 6 riot.", "2024-01-17").expressions
    assert (day.stated, day.implied, day.anchor, day.rule) == (
        ("month", "day"),
        ("year",),
        timeline.Anchor.EVENT,
        "month_day_year/historic-day",
    )


def test_timetable_days_and_hours_recur_but_dated_days_do_not() -> None:
    values = [
        (e.text, e.value) for e in timeline.extract("Hours: Mon-Fri 9am-5pm; Sat 10am-4pm.", "2018-04-04").expressions
    ]
    assert values == [
        ("Mon", "XXXX-WXX-1"),
        ("Fri", "XXXX-WXX-5"),
        ("9am", "XXXX-XX-XXT09:00"),
        ("5pm", "XXXX-XX-XXT17:00"),
        ("Sat", "XXXX-WXX-6"),
        ("10am", "XXXX-XX-XXT10:00"),
        ("4pm", "XXXX-XX-XXT16:00"),
    ]
    dated = [e.value for e in timeline.extract("The talks ran Monday to Wednesday.", "2018-04-04").expressions]
    assert dated == ["2018-04-02", "2018-04-04"]


def test_a_year_that_says_when_a_day_falls_is_an_expression_of_its_own() -> None:
    found = [
        (e.text, e.value) for e in timeline.extract("The shower peaks Aug. 12 this year.", "2018-07-28").expressions
    ]
    assert found == [("Aug. 12", "2018-08-12"), ("this year", "2018")]
    found = [
        (e.text, e.value)
        for e in timeline.extract("Black Friday falls on Nov. 24 this year.", "2017-11-19").expressions
    ]
    assert found[1:] == [("Nov. 24", "2017-11-24"), ("this year", "2017")]
    joined = [
        (e.text, e.value) for e in timeline.extract("The plant closed on Dec. 3 last year.", "2017-11-19").expressions
    ]
    assert joined == [("Dec. 3 last year", "2016-12-03")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Narendra Modi hoisted the tricolour at the Red Fort on Independence Day.", "2024-08-15"),
        ("Pakistan marked Independence Day with parades in Islamabad and Lahore.", "2024-08-14"),
        ("Zelensky spoke in Kyiv on Independence Day.", "2024-08-24"),
        # no country, or two named as often: the language's own holiday
        ("Fireworks lit up the sky on Independence Day.", "2024-07-04"),
        ("Americans celebrated Independence Day, and India too.", "2024-07-04"),
        ("Johannesburg marked Human Rights Day.", "2024-03-21"),
        ("The UN marked Human Rights Day.", "2023-12-10"),
    ],
)
def test_a_holiday_several_countries_keep_is_that_of_the_country_the_story_names(text: str, value: str) -> None:
    (holiday,) = timeline.extract(text, "2024-08-30").expressions
    assert holiday.text in ("Independence Day", "Human Rights Day")
    assert holiday.value == value


@pytest.mark.parametrize(
    ("text", "reference", "found"),
    [
        ("Travel peaks before the Lunar New Year holiday.", "2024-02-01", ("the Lunar New Year", "2024-02-10")),
        ("Sales rose ahead of Chinese New Year.", "2025-01-10", ("Chinese New Year", "2025-01-29")),
        ("Families gathered for Eid al-Fitr prayers.", "2024-04-12", ("Eid al-Fitr", "2024-04-10")),
        ("Markets will shut for Eid ul-Adha.", "2024-06-10", ("Eid ul-Adha", "2024-06-16")),
        ("Restaurants open after sunset during Ramadan.", "2024-03-20", ("Ramadan", "2024-03-11")),
        ("Lamps were lit across India for Diwali.", "2023-11-14", ("Diwali", "2023-11-12")),
        ("Holi celebrations filled the streets.", "2024-03-26", ("Holi", "2024-03-25")),
        ("Families will gather for Passover.", "2024-04-15", ("Passover", "2024-04-23")),
        ("Synagogues were full on Yom Kippur.", "2023-09-27", ("Yom Kippur", "2023-09-25")),
        ("The shofar is blown on Rosh Hashanah.", "2024-09-30", ("Rosh Hashanah", "2024-10-03")),
        # the Hebrew and Islamic days begin at sundown: the first night is the evening before the first day
        (
            "The menorah was lit on the first night of Hanukkah.",
            "2023-12-10",
            ("the first night of Hanukkah", "2023-12-07TNI"),
        ),
        ("Banks reopen on the third day of Eid al-Fitr.", "2023-04-18", ("the third day of Eid al-Fitr", "2023-04-23")),
        # a year the tables do not reach: the year is known, the day is not
        ("Diwali 1995 was celebrated quietly.", "2023-11-14", ("Diwali 1995", "1995-XX-XX")),
    ],
)
def test_holidays_of_lunar_calendars(text: str, reference: str, found: tuple[str, str]) -> None:
    (holiday,) = timeline.extract(text, reference).expressions
    assert (holiday.text, holiday.value) == found


@pytest.mark.parametrize(
    ("text", "reference", "values"),
    [
        ("The exhibit ran from Nov. 15 through Jan. 10.", "2026-01-14", ["2025-11-15", "2026-01-10"]),
        ("Talks ran Dec. 30 - Jan. 2.", "2026-01-14", ["2025-12-30", "2026-01-02"]),
        (
            "Purchases made in the period beginning Jan. 1 and ending June 30.",
            "2026-01-14",
            ["2026-01-01", "2026-06-30"],
        ),
        (
            "The lanes will be closed from 9 p.m. Friday to 5 a.m. Monday.",
            "2017-06-19",
            ["2017-06-23T21:00", "2017-06-26T05:00"],
        ),
    ],
)
def test_the_end_of_a_range_runs_forward_from_its_start(text: str, reference: str, values: list[str]) -> None:
    assert [e.value for e in timeline.extract(text, reference).expressions][-2:] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Participants were followed for a median of 7.2 years.", "P7.2Y"),
        ("Survival rose to 14.5 months.", "P14.5M"),
        ("The average trip would last 3.2 days.", "P3.2D"),
        ("The war lasted three and a half years.", "P3.5Y"),
        ("The talks went on for a day and a half.", "P1.5D"),
        ("The speech ran an hour and a half.", "PT1H30M"),
        ("He was gone for half a year.", "P6M"),
    ],
)
def test_a_fraction_of_a_calendar_unit_is_a_decimal_and_of_an_hour_a_smaller_unit(text: str, value: str) -> None:
    assert timeline.extract(text, "2022-01-19").expressions[-1].value == value


def test_a_story_told_step_by_step_a_month_back_dates_its_weekdays_itself() -> None:
    text = (
        "On the evening of Tuesday, May 7, Ana Ruiz did not come home from work. The next morning, her car was "
        "found at a rest stop. Two days later, a neighbor reported seeing her at a bus station. By the weekend, "
        "flyers were up across the county.\n\n"
        "The following Monday, a clerk in Fairview called a tip line. A man had rented a room three nights "
        "earlier under a false name. Police arrived early the next morning.\n\n"
        "Prosecutors said Friday they would not seek the death penalty."
    )
    found = [(e.text, e.value) for e in timeline.extract(text, "2024-06-22").expressions]
    assert ("the weekend", "2024-W19-WE") in found
    assert ("The following Monday", "2024-05-13") in found
    # a flashback in the past perfect leaves the story where it was
    assert ("three nights earlier", "2024-05-10") in found
    assert ("the next morning", "2024-05-14TMO") in found
    # a reporting verb dates the report, not the story
    assert found[-1] == ("Friday", "2024-06-21")


def test_a_story_told_step_by_step_over_the_last_weeks_reaches_the_present() -> None:
    text = (
        "The first boys were brought out of the cave on July 8. The coach was found nine days earlier by "
        "British divers, and the rescue began a week later. The last four boys were brought out on Tuesday "
        "evening."
    )
    assert timeline.extract(text, "2018-07-11").expressions[-1].value == "2018-07-10TEV"


def test_a_story_told_weeks_back_is_not_followed_across_a_paragraph() -> None:
    text = (
        "Dr. Slepian was killed last October, and his name was crossed out that same day.\n\n"
        "The company said it was informed Friday that it violated the host's policy."
    )
    assert timeline.extract(text, "1999-02-06").expressions[-1].value == "1999-02-05"


def test_a_story_told_years_back_step_by_step_is_followed_across_a_paragraph() -> None:
    text = (
        "The first drops came on the afternoon of Dec. 26, 1996. Shortly before 2 a.m. the next day, the tower "
        "buckled.\n\n"
        "By the weekend, the Guard had opened shelters. On New Year's Eve, half the county was still dark."
    )
    found = [(e.text, e.value) for e in timeline.extract(text, "2021-12-30").expressions]
    assert ("the weekend", "1996-W52-WE") in found
    assert ("New Year's Eve", "1996-12-31") in found


def test_a_season_places_a_story_for_the_rest_of_its_paragraph() -> None:
    text = (
        "North Korea invaded on June 25, 1950. The first American troops went into action on July 5, near "
        "Osan. By the end of the summer, U.N. "
        "forces were penned inside a small perimeter. In mid-September, MacArthur landed at Incheon.\n\n"
        "Staff had raised concerns as early as the summer of 2019.\n\n"
        "The manager, who was convicted in May, will serve half of her sentence."
    )
    found = [(e.text, e.value) for e in timeline.extract(text, "2022-07-28").expressions]
    assert ("the end of the summer", "1950-SU") in found
    assert ("mid-September", "1950-09") in found
    assert found[-1] == ("May", "2022-05")


def test_a_part_of_day_after_a_month_counts_from_the_day_named_before() -> None:
    text = (
        "The earthquake struck at 4:31 a.m. on Jan. 17, 1994. The freeway reopened in April, weeks ahead of "
        "schedule.\n\nEngineers say the lessons of that morning still shape building codes."
    )
    assert timeline.extract(text, "2026-01-17").expressions[-1].value == "1994-01-17TMO"


def test_a_date_a_few_weeks_after_a_story_told_step_by_step_is_the_story_s_next_step() -> None:
    text = (
        "The fire broke out on the night of March 3, 2023. Pike was questioned the next day and released. "
        "Then, on April 19, a gas station clerk told detectives that a man had filled a canister there."
    )
    assert timeline.extract(text, "2024-05-20").expressions[-1].value == "2023-04-19"
    # months after the story's day it is read from the publication
    text = "The bank failed on April 3, 2020. He was arrested a week later. The trial began Oct. 4."
    assert timeline.extract(text, "2021-10-15").expressions[-1].value == "2021-10-04"


@pytest.mark.parametrize(
    ("text", "reference", "found"),
    [
        # a plan told in the simple past still stands
        (
            "The owners met hours before the agreement was set to expire at 11:59 p.m. on Wednesday.",
            "2021-11-30",
            ("Wednesday", "2021-12-01"),
        ),
        # in the past perfect, or told as it first was, it was overtaken
        ("The talks, which had been scheduled to end on Saturday, ran on.", "2020-07-21", ("Saturday", "2020-07-18")),
        (
            "The repairs were originally scheduled for the summer but were pushed back.",
            "2024-10-04",
            ("the summer", "2024-SU"),
        ),
    ],
)
def test_a_plan_told_in_the_past_stands_unless_told_as_overtaken(
    text: str, reference: str, found: tuple[str, str]
) -> None:
    assert found in [(e.text, e.value) for e in timeline.extract(text, reference).expressions]


def test_a_day_after_a_month_is_a_day_of_that_month() -> None:
    text = "A doctor was killed last October, and his name was crossed out that same day."
    assert timeline.extract(text, "1999-02-06").expressions[-1].value == "1998-10-XX"


def test_the_following_season_after_a_year_is_in_the_next_year() -> None:
    text = "In 1946 she married, and the couple moved the following spring. She joined the library that summer."
    found = [(e.text, e.value) for e in timeline.extract(text, "2018-03-09").expressions]
    assert found[1:] == [("the following spring", "1947-SP"), ("that summer", "1947-SU")]


def test_within_a_length_after_that_is_a_length() -> None:
    text = "The judge ordered the data restored by 5 p.m. Tuesday and compliance certified within 48 hours after that."
    found = [(e.text, e.value) for e in timeline.extract(text, "2019-09-30").expressions]
    assert found[-1] == ("48 hours", "PT48H")


def test_the_next_week_in_a_past_clause_follows_the_date_told() -> None:
    text = (
        "Trial opened on Dec. 2. By Friday, the government had rested. The defense called two witnesses the next week."
    )
    assert timeline.extract(text, "2019-12-31").expressions[-1].value == "2019-W50"
    # in a future clause it counts from now
    assert timeline.extract("The board will meet the next week.", "2019-12-31").expressions[-1].value == "2020-W02"


def test_a_flashback_in_the_past_perfect_leaves_the_story_where_it_was() -> None:
    text = (
        "The test began at 1:23 a.m. on April 26, 1986. It had been postponed from the previous afternoon. "
        "By that evening, radiation levels were high."
    )
    assert timeline.extract(text, "2016-04-26").expressions[-1].value == "1986-04-26TEV"


def test_small_hours_after_a_night_are_the_next_day_but_not_past_the_publication() -> None:
    text = "Talks ran late into Sunday night, and at 2am the board called in administrators."
    assert timeline.extract(text, "2019-09-25").expressions[-1].value == "2019-09-23T02:00"
    text = '"Nobody is going home tonight." Alvarez told supporters shortly after 1 a.m. that she would win.'
    assert timeline.extract(text, "2022-11-09").expressions[-1].value == "2022-11-09T01:00"


@pytest.mark.parametrize(
    ("text", "reference", "found"),
    [
        # "that Monday" after a verb that is not one of saying is a demonstrative, and the story moves on
        (
            "Counting was paused for Thanksgiving. When it resumed that Monday, lawyers objected.",
            "2016-12-24",
            ("that Monday", "2016-11-28"),
        ),
        (
            "The heat began on July 23. Cooling centers opened that Monday morning.",
            "2022-08-31",
            ("that Monday morning", "2022-07-25TMO"),
        ),
        # ... or the one already named
        (
            "He was found on Sunday 16 January. On Monday police spoke; a car was seen at 11.26pm that Sunday.",
            "2022-01-22",
            ("that Sunday", "2022-01-16"),
        ),
    ],
)
def test_that_weekday_is_the_one_named_or_the_next_in_the_story(
    text: str, reference: str, found: tuple[str, str]
) -> None:
    assert found in [(e.text, e.value) for e in timeline.extract(text, reference).expressions]


def test_a_future_in_the_past_and_a_weekend_carry_a_story_told_years_back() -> None:
    text = (
        "On Friday, Sept. 12, 2008, officials told the banks to find a buyer by the weekend. Talks ran through "
        "Saturday night. On Sunday afternoon, Barclays pulled out."
    )
    found = [(e.text, e.value) for e in timeline.extract(text, "2018-09-15").expressions]
    assert found[1:] == [
        ("the weekend", "2008-W37-WE"),
        ("Saturday night", "2008-09-13TNI"),
        ("Sunday afternoon", "2008-09-14TAF"),
    ]


def test_a_story_told_step_by_step_a_month_back_crosses_a_paragraph_unless_a_report_follows() -> None:
    text = (
        "Evacuation orders went out on Sept. 8. Many residents left that afternoon.\n\n"
        "Delia made landfall at 9:10 a.m. Sunday. By Monday morning, millions were without power."
    )
    found = [(e.text, e.value) for e in timeline.extract(text, "2017-10-16").expressions]
    assert found[-2:] == [("9:10 a.m. Sunday", "2017-09-10T09:10"), ("Monday morning", "2017-09-11TMO")]
    text = (
        "Dr. Slepian was killed on Oct. 23, and his name was crossed out that same day.\n\n"
        "The company said it was informed Friday that it broke the host's rules."
    )
    assert timeline.extract(text, "1999-02-06").expressions[-1].value == "1999-02-05"


def test_a_season_after_a_season_of_a_year_told_is_the_next_one() -> None:
    text = "In the spring of 1918, the first cases were reported. By the fall, a deadlier wave was sweeping the globe."
    assert timeline.extract(text, "2018-03-11").expressions[-1].value == "1918-FA"


def test_a_weekday_opening_a_paragraph_goes_on_with_a_story_of_last_month_not_an_anniversary() -> None:
    text = (
        "The ransom note appeared at about 2 a.m. on Friday, May 7. Within hours, billing was shut down.\n\n"
        "Over the weekend, engineers worked in 12-hour shifts."
    )
    assert timeline.extract(text, "2021-06-28").expressions[-2].value == "2021-W18-WE"
    text = "Germany was reunified on Oct. 3, 1990.\n\nOn Saturday, the chancellor joined the leaders of Poland."
    assert timeline.extract(text, "2019-11-09").expressions[-1].value == "2019-11-09"
    text = "On May 6, Kopp was charged with the slaying.\n\nSunday's service drew 300 people."
    assert timeline.extract(text, "1999-10-24").expressions[-1].value == "1999-10-24"


def test_a_range_of_hours_across_midnight_begins_the_evening_before_the_day_named() -> None:
    text = "Tube travel is free between 11.45pm and 4.30am on New Year's Day."
    found = [(e.text, e.value) for e in timeline.extract(text, "2023-12-29").expressions]
    assert found[:2] == [("11.45pm", "2023-12-31T23:45"), ("4.30am", "2024-01-01T04:30")]


def _found(text: str, reference: str) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in timeline.extract(text, reference).expressions]


def test_that_weekday_takes_the_side_of_the_report_its_clause_s_tense_allows() -> None:
    # the latest date is the day of the report itself ("released Monday"): a past clause's day is the story's
    text = (
        "The board received the proposal on April 24, according to a filing released Monday. Directors met that "
        "Friday and again on May 2."
    )
    assert ("that Friday", "2018-04-27") in _found(text, "2018-05-14")
    # ... and a future clause's day is not counted from a date of the past ("closed since March 17")
    text = (
        "The county will enter Phase 2 on Friday, officials announced Tuesday. Gyms, which have been closed since "
        "March 17, will be able to reopen the following Monday."
    )
    assert ("the following Monday", "2020-06-01") in _found(text, "2020-05-26")


def test_a_short_past_form_is_a_past_verb_before_an_infinitive() -> None:
    assert _found("The department sued on Friday to block the merger.", "2016-08-15") == [("Friday", "2016-08-12")]


@pytest.mark.parametrize(
    ("text", "reference", "found"),
    [
        ("Shares rose 4% Fri.", "2023-10-27", ("Fri.", "2023-10-27")),
        ("BREAKING: Senate votes Tues. on the bill.", "2023-10-27", ("Tues.", "2023-10-31")),
        ("Frost advisory until 9 a.m. Sat. for Franklin County.", "2023-10-27", ("9 a.m. Sat.", "2023-10-28T09:00")),
        ("SVB FALLOUT\n\nSUN. — Signature Bank shut.", "2023-03-13", ("SUN.", "2023-03-12")),
    ],
)
def test_a_weekday_abbreviated_with_its_period_stands_alone(text: str, reference: str, found: tuple[str, str]) -> None:
    assert found in _found(text, reference)


def test_an_anniversary_n_years_ago_on_a_weekday_is_that_day_years_back() -> None:
    text = (
        "DALLAS — Sixty years ago Wednesday, President John F. Kennedy was shot as his motorcade passed through "
        "Dealey Plaza at 12:30 p.m."
    )
    assert _found(text, "2023-11-22") == [
        ("Sixty years ago Wednesday", "1963-11-22"),
        ("12:30 p.m.", "1963-11-22T12:30"),
    ]
    # the weekday nearest the report, whatever the tense of the event recalled
    assert _found("Prohibition began 100 years ago Friday.", "2020-01-16") == [("100 years ago Friday", "1920-01-17")]


def test_years_back_from_a_day_name_a_year_and_years_on_in_apposition_restate_the_day_s_year() -> None:
    text = "The Rams beat Cincinnati on Sunday. They had lost the Super Bowl three years earlier to New England."
    assert ("three years earlier", "2019") in _found(text, "2022-02-14")
    text = (
        "At 4:40 a.m. on Sept. 1, 1939, German bombers struck the town. On Sunday, 80 years later, Germany's "
        "president stood in its main square."
    )
    assert ("80 years later", "2019") in _found(text, "2019-09-01")


def test_a_copula_before_a_weekday_or_a_range_of_hours_names_the_next_one() -> None:
    assert _found("The parade is Saturday.", "2025-11-26") == [("Saturday", "2025-11-29")]
    assert _found("The Holiday Craft Fair is 9 a.m.-4 p.m. Saturday and Sunday.", "2025-11-26")[1:] == [
        ("4 p.m.", "2025-11-29T16:00"),
        ("Saturday", "2025-11-29"),
        ("Sunday", "2025-11-30"),
    ]
    # (the day an offset counts from is read after its "from")
    assert _found("The Iowa caucuses are two weeks from Monday.", "2024-01-02") == [
        ("two weeks from Monday", "2024-01-15")
    ]


def test_a_result_before_a_weekday_tells_a_game_played() -> None:
    text = "The Chiefs will play in the Super Bowl on Feb. 11 after beating Baltimore 17-10 on Sunday."
    assert ("Sunday", "2024-01-28") in _found(text, "2024-01-29")
    text = "Texas stayed No. 1 on Sunday after a 34-3 rout of Oklahoma on Saturday."
    assert ("Saturday", "2024-10-12") in _found(text, "2024-10-13")
    # a record in parentheses is no result
    assert _found("The Bulldogs (8-3) return Friday.", "2024-01-29") == [("Friday", "2024-02-02")]


def test_that_before_a_weekday_s_possessive_is_a_conjunction() -> None:
    text = "HBO said Monday that Sunday night's series finale drew 19.3 million viewers."
    assert _found(text, "2019-05-21") == [("Monday", "2019-05-20"), ("Sunday night", "2019-05-19TNI")]


def test_a_year_before_a_noun_opening_a_sentence_frames_its_months() -> None:
    text = "The 2021 show, held in April because of the pandemic, drew 10.4 million."
    assert ("April", "2021-04") in _found(text, "2022-03-29")


def test_clock_times_with_seconds() -> None:
    assert _found("The counter overflows at 03:14:07 UTC on Jan. 19, 2038.", "2025-08-15")[0] == (
        "03:14:07 UTC",
        "2038-01-19T03:14:07",
    )
    assert _found("The quake struck at 2:14:07 p.m.", "2025-08-15") == [("2:14:07 p.m.", "2025-08-15T14:14:07")]


def test_a_day_past_told_in_the_past_dates_clock_times_across_a_paragraph() -> None:
    text = (
        "At 14:12 UTC on Thursday, a configuration change began routing traffic to old servers. Error rates climbed "
        "to 38% within five minutes.\n\nThe on-call engineer was paged at 14:15 UTC."
    )
    assert _found(text, "2024-10-14")[-1] == ("14:15 UTC", "2024-10-10T14:15")
    # ... unless a present or a present perfect has brought the story up to now
    text = (
        "Boris Johnson has become prime minister after winning the leadership contest on Tuesday. Theresa May had "
        "announced her departure two months earlier.\n\nHe arrived at Buckingham Palace at 15:30."
    )
    assert _found(text, "2019-07-24")[-1] == ("15:30", "2019-07-24T15:30")


def test_a_headline_s_next_event_lies_ahead() -> None:
    text = "Fed cuts rates, first cut since December; next meeting Oct. 28-29"
    assert _found(text, "2025-09-17")[1:] == [("Oct. 28", "2025-10-28"), ("29", "2025-10-29")]
    assert _found("MEGA MILLIONS: No jackpot winner. Next drawing Friday.", "2022-07-27") == [("Friday", "2022-07-29")]
    # (not "the next game" of a story told in the past)
    assert _found("In the next game Sunday, Boston lost 4-3.", "2025-09-17") == [("Sunday", "2025-09-14")]


def test_a_listing_without_a_verb_gives_the_days_ahead_their_hours() -> None:
    text = "Oktoberfest at St. Joseph's: Saturday 4-11 p.m. and Sunday noon-6 p.m., with polka bands."
    assert [v for t, v in _found(text, "2018-10-11") if t in ("Saturday", "Sunday")] == ["2018-10-13", "2018-10-14"]
    # a clause with a verb keeps its tense ("were told to reopen by 9 a.m. Thursday", written on a Friday)
    assert _found("Agencies were told to reopen by 9 a.m. Thursday.", "2025-11-14") == [
        ("9 a.m. Thursday", "2025-11-13T09:00")
    ]


def test_a_clock_time_in_figures_after_one_in_the_evening_is_in_the_evening() -> None:
    text = (
        "Storms forced organizers to halt the festival at 8:40 p.m. Saturday. Fans waited for nearly two hours "
        "before the show was called off at 10:30."
    )
    assert _found(text, "2019-07-24")[-1] == ("10:30", "2019-07-20T22:30")


def test_a_quarter_beside_a_company_s_accounts_is_of_the_year_whatever_game_the_sentence_names() -> None:
    text = "Revenue rose 12 percent in the third quarter, and Truist Park will host the All-Star Game next July."
    assert ("the third quarter", "2024-Q3") in _found(text, "2024-11-06")
    assert _found("He scored twice in the third quarter of the game.", "2024-11-06") == []


def test_a_day_in_a_story_told_over_months_years_back_takes_the_story_s_year() -> None:
    text = (
        "Hitler's armies reached the outskirts of Moscow in late November 1941. Then came the winter of 1941-42, and "
        "a Soviet counteroffensive launched on Dec. 5 drove the Germans back."
    )
    assert _found(text, "2020-03-16")[-1] == ("Dec. 5", "1941-12-05")
    # a date given with its weekday keeps to a story's day when the weekday fits it
    text = (
        "Protests at Kent State University began on Friday, May 1, 1970. That Saturday night, the ROTC building was "
        "set ablaze. At 12:24 p.m. on Monday, May 4, guardsmen fired 67 shots."
    )
    assert _found(text, "2020-05-04")[-1] == ("Monday, May 4", "1970-05-04")


def test_the_day_before_as_an_adverb_before_a_place() -> None:
    text = "The Cardinals beat the Cubs 7-5 on Sunday. The Cubs had won the opener 9-1 the day before in front of fans."
    assert _found(text, "2023-06-26")[-1] == ("the day before", "2023-06-24")


def test_a_year_back_from_a_time_of_day_is_that_day() -> None:
    text = "Britain fell silent at noon on Tuesday. A year earlier, Johnson had ordered the first lockdown."
    assert ("A year earlier", "2020-03-23") in _found(text, "2021-03-23")


def test_a_past_sentence_counts_back_from_the_day_of_the_report_not_a_date_to_come() -> None:
    text = (
        "President Trump on Thursday signed proclamations imposing tariffs. The duties will take effect on March 23. "
        "Canada will be exempt for now. Two days earlier, his top adviser had announced he would resign."
    )
    assert _found(text, "2018-03-08")[-1] == ("Two days earlier", "2018-03-06")


def test_an_ordinal_in_words_after_after_is_one_of_a_series() -> None:
    assert _found("A second quake struck about nine hours after the first.", "2023-02-06") == [("nine hours", "PT9H")]
    assert _found("The rent is due on the first.", "2023-02-06") == [("the first", "2023-03-01")]


def test_a_date_given_with_its_weekday_is_looked_for_a_few_years_out() -> None:
    text = "The Jubilee will be celebrated from Thursday 2 June to Sunday 5 June 2022, the government said."
    assert _found(text, "2020-11-12")[0] == ("Thursday 2 June", "2022-06-02")


def test_what_is_said_of_a_subject_holding_a_date_is_dated_by_its_own_verb() -> None:
    assert _found("Hilton said sales in the fourth quarter will rise.", "2022-08-31") == [
        ("the fourth quarter", "2022-Q4")
    ]
    # (not the one addressed: "told students on Tuesday to leave campus by Sunday")
    text = "The university told students on Tuesday to leave campus by Sunday and said classes would move online."
    assert ("Sunday", "2020-03-15") in _found(text, "2020-03-11")


def test_a_clock_time_qualifying_a_noun_takes_the_day_after_it() -> None:
    text = "I boarded the 10:55 p.m. red-eye out of San Francisco on Sunday, Jan. 13, hoping to sleep."
    assert _found(text, "2019-02-11")[0] == ("10:55 p.m.", "2019-01-13T22:55")
    assert _found("The clubs finished with a 12:35 p.m. game Sunday.", "2021-09-22")[0] == (
        "12:35 p.m.",
        "2021-09-19T12:35",
    )


def test_a_stretch_ahead_that_a_change_is_spread_over_is_a_length() -> None:
    assert _found("A successor will be named within the next month.", "2021-03-15") == [("the next month", "P1M")]
    assert _found("Both networks will carry all 64 matches over the next month.", "2018-06-15") == [
        ("the next month", "P1M")
    ]
    # (but what is planned for the unit ahead names it, and "the coming year" counts from the writer)
    assert _found("A deposition is scheduled for the next week.", "2026-03-06") == [("the next week", "2026-W11")]
    text = "He bought the house in 1948. Asked about his plans for the coming year, he laughed."
    assert _found(text, "2016-09-05")[-1] == ("the coming year", "2017")


def test_a_weekday_after_a_date_centuries_back_is_the_writer_s() -> None:
    text = "The city where Karl Marx was born on 5 May 1818 will unveil a bronze statue of him on Saturday."
    assert _found(text, "2018-05-02")[-1] == ("Saturday", "2018-05-05")
    text = (
        "Two centuries after Andrew Jackson's army routed the British at Chalmette on Jan. 8, 1815, reenactors "
        "fired volleys across the same fields Thursday morning."
    )
    assert _found(text, "2015-01-08")[-1] == ("Thursday morning", "2015-01-08TMO")
    # (a future seen from the story's past stays in it)
    text = "On Jan. 24, 1937, a day residents would remember as Black Sunday, the river swamped the tanks."
    assert ("Sunday", "1937-01-24") in _found(text, "2017-01-24")


def test_a_month_goes_on_from_a_season_of_a_story_in_its_sentence() -> None:
    text = "Soldiers who spent the winter of 1777-78 at Valley Forge died of disease, most between January and April."
    assert _found(text, "2018-02-19")[-2:] == [("January", "1778-01"), ("April", "1778-04")]
    text = "The summer of 1858 was unusually hot, and by June the stench from the Thames was unbearable."
    assert _found(text, "2018-06-25")[-1] == ("June", "1858-06")
    # (not past a semicolon, nor in a past perfect summing up since)
    text = "The last shutdown began in December 2018; this one could stretch well into October."
    assert _found(text, "2025-10-01")[-1] == ("October", "2025-10")
    text = "The original Switch, released in March 2017, had sold 146 million units by the end of September."
    assert _found(text, "2025-01-16")[-1] == ("the end of September", "2024-09")


def test_a_weekday_after_the_report_s_day_told_in_the_past_is_not_listed_ahead() -> None:
    text = "LONDON (Reuters) - Oil prices rose on Thursday, extending Wednesday's 3% gain as supplies tightened."
    assert _found(text, "2024-01-04")[-1] == ("Wednesday", "2024-01-03")


def test_a_clock_time_ending_a_sentence_keeps_to_its_own_sentence_s_day() -> None:
    text = "Celebrations begin Tuesday with a free concert at 7 p.m. On Wednesday, the center will host readings."
    assert _found(text, "2026-06-29")[1] == ("7 p.m.", "2026-06-30T19:00")


def test_months_listed_before_a_contract_are_still_to_come() -> None:
    text = "The spread between Brent's December and January contracts widened on Wednesday."
    assert _found(text, "2023-09-27")[:2] == [("December", "2023-12"), ("January", "2024-01")]


def test_hours_that_hold_on_a_run_of_weekdays_recur() -> None:
    text = "Parking meters will be enforced from 9 a.m. to 9 p.m. Monday through Saturday, up from 6 p.m."
    assert _found(text, "2022-01-03")[:3] == [
        ("9 a.m.", "XXXX-XX-XXT09:00"),
        ("9 p.m.", "XXXX-XX-XXT21:00"),
        ("Monday", "XXXX-WXX-1"),
    ]
    assert _found("Happy hour runs 4 to 6 p.m. Monday through Friday.", "2019-06-01")[1] == ("Monday", "2019-06-03")
    # (not a span that runs from a time on one day to another day's part)
    text = "A flood watch is in effect from 8 p.m. Monday through Wednesday morning."
    assert _found(text, "2022-05-23")[0] == ("8 p.m. Monday", "2022-05-23T20:00")


def test_the_hours_of_weekdays_named_as_recurring_may_follow_a_comma() -> None:
    text = "Her office will hold walk-in hours every Saturday in April, from 9 a.m. to noon."
    assert _found(text, "2026-03-31")[-2:] == [("9 a.m.", "XXXX-XX-XXT09:00"), ("noon", "XXXX-XX-XXT12:00")]
    # (not into a clause of its own)
    text = "Disney+ shifted its release day to Wednesdays this month, and the finale drops at 3 a.m. ET next Wednesday."
    assert ("3 a.m. ET", "2021-06-23T03:00") in _found(text, "2021-06-17")


def test_hours_beside_any_recurrence_of_days_recur() -> None:
    text = "Customers can choose a delivery window between 7 a.m. and 10 p.m., seven days a week, the grocer said."
    assert _found(text, "2023-08-15")[:2] == [("7 a.m.", "XXXX-XX-XXT07:00"), ("10 p.m.", "XXXX-XX-XXT22:00")]
    text = "Visitors can watch the sea lion training sessions twice a day, at 11:30 a.m. and 3 p.m."
    assert _found(text, "2025-09-01")[1:] == [("11:30 a.m.", "XXXX-XX-XXT11:30"), ("3 p.m.", "XXXX-XX-XXT15:00")]
    text = "The dumpling bar will trade later, until 9pm, on Fridays."
    assert ("9pm", "XXXX-XX-XXT21:00") in _found(text, "2019-12-05")
    # a recurrence further on, in words of its own, or one of years or hours, leaves the clock on its day
    text = "Tickets go on sale on Monday at 10 a.m., with performances every Thursday, Friday and Saturday."
    assert ("10 a.m.", "2023-04-17T10:00") in _found(text, "2023-04-14")
    text = "The resort welcomed its first guests of 2024 at 12:01 a.m., a couple who stay there every New Year's."
    assert ("12:01 a.m.", "2024-01-01T00:01") in _found(text, "2024-01-01")
    text = "Leap Day party at the Planetarium: 8 p.m. Saturday till 1 a.m., with a laser show every hour on the hour."
    assert ("1 a.m.", "2020-03-01T01:00") in _found(text, "2020-02-26")


def test_a_year_earlier_after_a_report_counts_from_the_month_reported_not_the_one_compared_with() -> None:
    text = (
        "Sales of previously owned homes rose 1.2% in October from September, the National Association of "
        "Realtors said Thursday. Sales were up 1.7% from a year earlier."
    )
    assert _found(text, "2025-11-20")[-1] == ("a year earlier", "2024-10")


def test_that_year_after_a_year_a_record_is_counted_from_is_that_year() -> None:
    text = "The Open returns this week for the first time since 2014. The champion that year, Rory McIlroy, was 25."
    assert _found(text, "2023-07-20")[-1] == ("that year", "2014")


def test_that_morning_after_a_day_reported_in_its_own_sentence_is_that_day_s() -> None:
    text = "Fox's Grease drew 12.2 million viewers Sunday night, the network said Monday. A storm that morning hit."
    assert _found(text, "2016-02-01")[-1] == ("that morning", "2016-01-31TMO")
    # (but a report of news of its own day dates what follows it)
    text = "Guards fired on Sunday. The ministry said on Monday that it revoked a license. Rice called that evening."
    assert _found(text, "2007-09-18")[-1] == ("that evening", "2007-09-17TEV")


def test_the_year_after_a_year_named_in_its_past_sentence_is_that_year() -> None:
    text = "Mortgage rates ended 2014 near their lowest levels of the year."
    assert _found(text, "2015-01-02")[-1] == ("the year", "2014")
    # (not one compared with)
    text = "Refunds were slightly less than in 2018, as workers saw bigger paychecks throughout the year."
    assert _found(text, "2020-01-31")[-1] == ("the year", "2019")  # the year just ended, reported in January


def test_the_day_before_may_stand_before_the_verb_of_the_noun_it_follows() -> None:
    text = "Grease aired Sunday. Rehearsals the day before had been cut short by rain."
    assert _found(text, "2016-02-01")[-1] == ("the day before", "2016-01-30")


def test_a_clock_time_takes_the_day_written_beside_it() -> None:
    text = "Applications open June 2 at 9 a.m. and close at 5 p.m. on June 13."
    assert _found(text, "2025-05-30")[1:3] == [("9 a.m.", "2025-06-02T09:00"), ("5 p.m.", "2025-06-13T17:00")]


def test_a_passive_verb_of_saying_before_a_date_makes_no_report() -> None:
    text = (
        "A patient who walked out on Friday was found safe Sunday, police said. The man had been admitted Feb. 26 on "
        "a 72-hour hold, which was extended the next day."
    )
    assert _found(text, "2018-03-06")[-1] == ("the next day", "2018-02-27")


def test_that_day_after_a_day_reported_in_its_own_sentence_is_that_day() -> None:
    text = (
        "An exposure at the hospital on Feb. 6 may have put patients at risk, officials said Thursday. Anyone who was "
        "in the waiting room between 4 p.m. and 11 p.m. that day should watch for symptoms."
    )
    assert _found(text, "2025-02-14")[2:] == [
        ("4 p.m.", "2025-02-06T16:00"),
        ("11 p.m.", "2025-02-06T23:00"),
        ("that day", "2025-02-06"),
    ]


def test_a_date_in_quotation_marks_is_kept_unless_a_title_holds_it() -> None:
    assert _found('"We meet again on Friday," she said.', "2021-04-14") == [("Friday", "2021-04-16")]
    assert _found('"Maybe in 2030," she said.', "2021-04-14") == [("2030", "2030")]
    assert _found('Shoppers braced for "Black Friday" crowds.', "2021-11-20") == [("Black Friday", "2021-11-26")]
    assert _found('A coin bearing the date "31 January 2020" goes on sale.', "2020-01-30") == [
        ("31 January 2020", "2020-01-31")
    ]
    assert _found('He reread "A Year in Provence" last week.', "2021-04-14") == [("last week", "2021-W14")]


def test_a_season_beginning_and_seasons_back() -> None:
    text = "Spring officially begins with the vernal equinox Thursday."
    assert _found(text, "2025-03-19")[0] == ("Spring", "2025-SP")
    assert _found("The oak fell in a storm two summers ago.", "2018-04-27") == [("two summers ago", "2016-SU")]
    assert _found("It came back in the spring of last year.", "2022-12-05") == [("the spring of last year", "2021-SP")]
    assert _found("Forecasters expect a cooler-than-normal spring.", "2025-03-06") == [("spring", "2025-SP")]
    # (a season as any season is no date: "Fall is for planting")
    assert _found("Fall is for planting.", "2021-10-08") == []


def test_a_superlative_counts_a_length_back() -> None:
    text = "Tuesday's equinox comes at 11:06 p.m., the earliest start to spring in 128 years."
    assert _found(text, "2024-03-18")[-1] == ("128 years", "P128Y")


def test_a_period_ended_is_not_the_verb_ended() -> None:
    found = _found("Profit rose in the year ended Aug. 31.", "2021-10-01")
    assert found == [("the year", "P1Y"), ("Aug. 31", "2021-08-31")]
    assert all(text != "The year" for text, _ in _found("The year ended on a dry note.", "2026-01-02"))


def test_a_season_opening_a_sentence_frames_its_months_across_the_turn_of_the_year() -> None:
    assert _found("Last winter, the first inch did not come until Dec. 10.", "2025-12-01")[-1] == (
        "Dec. 10",
        "2024-12-10",
    )
    assert _found("Last winter, the first inch came in February.", "2025-12-01")[-1] == ("February", "2025-02")


def test_the_month_after_a_day_named_in_its_past_sentence_is_that_day_s_month() -> None:
    text = (
        "The novel came out March 5, 2019. Two weeks later it entered the list, and by the end of the month it had "
        "climbed."
    )
    assert _found(text, "2019-12-20")[-1] == ("the end of the month", "2019-03")


def test_addresses_courts_and_numbers_of_a_series() -> None:
    assert _found("A 2012 Supreme Court ruling barred it.", "2026-01-30") == [("2012", "2012")]
    assert _found("They met at 1600 Pennsylvania Avenue in 2019.", "2026-01-30") == [("2019", "2019")]
    assert _found("A 2019 County Court decision stands.", "2026-01-30") == [("2019", "2019")]
    assert _found("In 2019 Route 66 turned 93.", "2026-01-30") == [("2019", "2019")]


def test_what_is_rescheduled_for_a_day_lies_ahead() -> None:
    text = "The final was rained out Monday and rescheduled for 5 p.m. Wednesday."
    assert _found(text, "2021-06-01") == [("Monday", "2021-05-31"), ("5 p.m. Wednesday", "2021-06-02T17:00")]


def test_a_day_moved_to_another_stays_in_its_week() -> None:
    text = "Next week's game has been moved from Friday to Thursday night."
    assert _found(text, "2021-09-04")[-2:] == [("Friday", "2021-09-10"), ("Thursday night", "2021-09-09TNI")]
    # (what is postponed goes later)
    assert _found("The vote was postponed from Friday to Monday.", "2021-09-04")[-1] == ("Monday", "2021-09-06")


def test_a_clock_time_takes_a_day_written_in_british_order() -> None:
    text = "Junior doctors will strike for six days from 7am Wednesday 3 January."
    assert _found(text, "2023-12-06")[-1] == ("7am Wednesday 3 January", "2024-01-03T07:00")


def test_a_record_s_day_dates_neither_the_clock_times_nor_the_weekdays_after_it() -> None:
    text = (
        "Sacramento hit 116 degrees on Tuesday, breaking a high that had stood since July 17, 1925, as residents were "
        "urged to cut power use between 4 p.m. and 9 p.m."
    )
    assert _found(text, "2022-09-06")[-2:] == [("4 p.m.", "2022-09-06T16:00"), ("9 p.m.", "2022-09-06T21:00")]
    # (but a clause about that day is its own: "since Dec. 10, when the sun set at 4:18 p.m.")
    text = "Evenings have been getting lighter since Dec. 10, when the sun set at 4:18 p.m."
    assert _found(text, "2018-01-03")[-1] == ("4:18 p.m.", "2017-12-10T16:18")
    text = (
        "Montpelier got 5.28 inches of rain on Monday, topping the 5.27 inches that fell on Aug. 28, 2011. The river "
        "crested early Tuesday morning."
    )
    assert _found(text, "2023-07-12")[-1] == ("early Tuesday morning", "2023-07-11TMO")


def test_as_early_as_a_weekday_with_a_modal_lies_ahead_even_in_reported_speech() -> None:
    text = "Prison officials said he could be processed out as early as Monday."
    assert _found(text, "2026-01-30") == [("Monday", "2026-02-02")]


def test_not_until_after_a_past_verb_says_when_it_finally_happened() -> None:
    text = "My first frost came late this year - not until Nov. 9. The night before, I picked every green tomato."
    assert _found(text, "2017-11-17")[1:] == [("Nov. 9", "2017-11-09"), ("The night before", "2017-11-08TNI")]
    assert _found("Relief will come, but not until Friday.", "2017-11-14") == [("Friday", "2017-11-17")]


def test_a_run_from_a_day_into_the_weekend_reaches_that_day_s_weekend() -> None:
    text = "The Met Office expects a hard frost from Thursday (11 January) into the weekend."
    assert _found(text, "2024-01-05")[-1] == ("the weekend", "2024-W02-WE")


def test_the_month_in_a_past_clause_is_the_month_told_of_just_before() -> None:
    text = (
        "February ended on Monday, Feb. 29, with a high of 61 degrees. The snowfall was light. The month itself "
        "averaged 35.6 degrees."
    )
    assert _found(text, "2016-03-01")[-1] == ("The month", "2016-02")


def test_a_date_named_before_its_event_is_the_event_s_in_a_past_clause_too() -> None:
    text = "Candidate filing for the March 5 primary closed Tuesday with 14 candidates."
    assert _found(text, "2024-01-03") == [("March 5", "2024-03-05"), ("Tuesday", "2024-01-02")]
    # (but an event of the past keeps its date)
    assert _found("Families of victims of the Oct. 7 attack marched.", "2024-10-20") == [("Oct. 7", "2023-10-07")]


def test_march_opening_a_sentence_before_a_verb_no_marcher_takes_is_the_month() -> None:
    assert _found("March brings a double album from Iris Kane.", "2026-01-02") == [("March", "2026-03")]


def test_a_date_naming_an_event_years_back_does_not_date_the_weekdays_after_it() -> None:
    text = "Only two survivors of the Dec. 7, 1941, attack attended Wednesday's ceremony."
    assert _found(text, "2022-12-07")[-1] == ("Wednesday", "2022-12-07")
    text = "Cpl. Ellis, who was killed in November 1950, was accounted for in June, the agency said Tuesday."
    assert _found(text, "2022-09-13")[1] == ("June", "2022-06")


def test_a_month_in_a_clause_of_now_does_not_go_on_from_a_story_month() -> None:
    text = "Interest resumes Friday, and the first bills since the pause began in March 2020 are due in October."
    assert _found(text, "2023-08-30")[-1] == ("October", "2023-10")


def test_quoted_speech_is_no_title() -> None:
    assert _found('She said: "Hopefully in May."', "2024-03-06") == [("May", "2024-05")]
    assert _found('"Maybe In March," she said.', "2024-03-06") == [("March", "2024-03")]
    assert _found('Faulkner\'s "Light in August." sat on the shelf.', "2024-03-06") == []


# From probes 140-147


def test_the_formal_date_of_notices_and_deeds() -> None:
    text = "Notice is hereby given that on the 15th day of March, 2024, at 10:00 o'clock A.M., the trustee will sell."
    assert _found(text, "2024-02-20") == [
        ("the 15th day of March, 2024", "2024-03-15"),
        ("10:00 o'clock A.M.", "2024-03-15T10:00"),
    ]
    assert _found("Dated this 20th day of January, 2023.", "2023-01-26") == [
        ("this 20th day of January, 2023", "2023-01-20")
    ]
    text = "Executed as of the Twenty-Second day of September, Two Thousand Fifteen."
    assert _found(text, "2015-10-13") == [("the Twenty-Second day of September, Two Thousand Fifteen", "2015-09-22")]
    # (a year in words after a month stays a year only in capitals or a formal date: "on 3 March, twenty two years ago")
    assert _found("He died on 3 March, twenty two years ago.", "2024-02-20")[0] == ("3 March", "2024-03-03")


def test_a_number_written_in_words_and_figures_counts_once() -> None:
    text = "Bids must be held firm for sixty (60) days, and notice published for four (4) consecutive weeks."
    assert _found(text, "2020-01-06") == [("sixty (60) days", "P60D"), ("four (4) consecutive weeks", "P4W")]
    text = "The last publication must be not less than fourteen (14) days before the hearing."
    assert _found(text, "2016-02-08") == [("not less than fourteen (14) days", "P14D")]


def test_military_time_after_at_is_a_clock_time() -> None:
    text = "At approximately 2340 hours on Sunday, March 13, 2016, officers responded to a report of shots fired."
    assert _found(text, "2016-03-14")[0] == ("approximately 2340 hours", "2016-03-13T23:40")
    # (but hours logged are a length)
    assert _found("The pilot has logged 2340 hours.", "2016-03-14") == [("2340 hours", "PT2340H")]


def test_until_after_took_or_waited_says_when_it_finally_happened() -> None:
    assert _found("Ranchers said it took until Christmas Day to dig out.", "2022-12-27") == [
        ("Christmas Day", "2022-12-25")
    ]
    assert _found("The company waited until Friday to disclose the breach.", "2022-12-27") == [("Friday", "2022-12-23")]
    # (a wait that should have been had no end)
    text = "Opponents said the city should have waited until Friday."
    assert _found(text, "2024-06-25") == [("Friday", "2024-06-28")]


def test_a_form_in_ed_after_a_subject_and_on_a_date_is_its_past_verb() -> None:
    text = "Federal wildlife officials on Friday proposed allowing hunters to take two pintails."
    assert _found(text, "2015-09-14") == [("Friday", "2015-09-11")]
    assert _found("Legislators on Monday advanced a bill.", "2023-02-28") == [("Monday", "2023-02-27")]


def test_a_stretch_spent_named_as_a_date_stays_a_date() -> None:
    assert _found("She spent last week wondering.", "2023-02-16") == [("last week", "2023-W06")]
    assert _found("Teams have spent the past week reshaping rosters.", "2025-03-14") == [("the past week", "P1W")]


def test_the_month_after_a_day_ahead_in_its_clause_is_that_day_s_month() -> None:
    text = "The late Canada goose season reopens Jan. 8 and runs through the end of the month."
    assert _found(text, "2021-12-29")[-1] == ("the end of the month", "2022-01")
    # (not across a comma: "where the rains normally arrive around June 11, could see showers by the end of the month")
    text = "Mumbai, where the rains normally arrive around June 11, could see showers by the end of the month."
    assert _found(text, "2025-05-24")[-1] == ("the end of the month", "2025-05")


def test_a_weekday_listed_after_the_day_before_it_is_the_next_day() -> None:
    text = "Schools canceled classes Tuesday and Wednesday as a winter storm brought snow."
    assert _found(text, "2025-01-21") == [("Tuesday", "2025-01-21"), ("Wednesday", "2025-01-22")]
    # (a list in no order keeps each day's own reading)
    assert _found("They met Friday and Thursday.", "2025-01-21") == [
        ("Friday", "2025-01-17"),
        ("Thursday", "2025-01-16"),
    ]


def test_a_clock_time_of_a_report_told_after_a_day_ahead_is_not_that_day_s() -> None:
    text = (
        "Irma was expected to reach South Florida by Sunday morning, the National Hurricane Center said in its 11 a.m. "
        "advisory."
    )
    assert _found(text, "2017-09-06")[-1] == ("11 a.m.", "2017-09-06T11:00")
    # (an absolute clause reports nothing)
    text = "The final will be broadcast at 8pm on Saturday, with the winner revealed shortly before 10.30pm."
    assert _found(text, "2019-12-02")[-1] == ("shortly before 10.30pm", "2019-12-07T22:30")


def test_the_next_day_listed_and_days_before_an_ordinary_word() -> None:
    text = "Students were out Jan. 26 and 27 during last week's winter storm."
    assert _found(text, "2026-02-02")[:2] == [("Jan. 26", "2026-01-26"), ("27", "2026-01-27")]


def test_a_participle_in_an_aside_after_the_subject_is_no_verb_of_the_sentence() -> None:
    text = "The iPhone 8 and 8 Plus, announced at the same event, arrive a week from Friday."
    assert _found(text, "2017-09-12") == [("a week from Friday", "2017-09-22")]
    assert _found("The firm, founded in 1976, opens its store Friday.", "2017-09-12")[-1] == ("Friday", "2017-09-15")
    # (a past verb after an appositive is the sentence's own)
    text = "Nick Dunlap, a 20-year-old amateur, won on Sunday, becoming the first amateur to win on tour in 33 years."
    assert _found(text, "2024-01-21") == [("Sunday", "2024-01-21"), ("33 years", "P33Y")]


def test_a_live_blog_stamp_alone_on_its_line_and_past_midnight() -> None:
    text = "10:58 p.m. ET\n\nFlorida is called.\n\n2:02 a.m. ET\n\nPodesta tells supporters to go.\n\n2:31 a.m. ET"
    assert _found(text, "2016-11-08") == [
        ("10:58 p.m. ET", "2016-11-08T22:58"),
        ("2:02 a.m. ET", "2016-11-09T02:02"),
        ("2:31 a.m. ET", "2016-11-09T02:31"),
    ]
    text = "12:45 BST\n\nThe new prime minister has arrived."
    assert _found(text, "2024-07-05") == [("12:45 BST", "2024-07-05T12:45")]
    # (a time of the morning after one of the afternoon is the same day's when neither is late: a blog newest first)
    assert _found("16:30 BST\n\nThe pound fell.\n\n10:05 BST\n\nThe chancellor rises.", "2022-09-23")[1] == (
        "10:05 BST",
        "2022-09-23T10:05",
    )
    # (a price alone on its line is no stamp)
    assert _found("Coffee\n2.50\nTea\n1.80", "2022-09-23") == []


def test_a_range_of_clock_times_past_midnight_ends_the_next_morning() -> None:
    text = "Kyiv's mayor announces a curfew in the capital from 22:00 until 07:00."
    assert _found(text, "2022-02-24") == [("22:00", "2022-02-24T22:00"), ("07:00", "2022-02-25T07:00")]
    # (one put on the evening before the day named after it ends on that day)
    assert _found("The shop was raided between 11.45pm and 4.30am on New Year's Day.", "2022-01-03")[:2] == [
        ("11.45pm", "2021-12-31T23:45"),
        ("4.30am", "2022-01-01T04:30"),
    ]


def test_the_end_of_a_range_after_a_year_and_a_comma_keeps_the_year() -> None:
    assert _found("She died between March 1, 2015, and March 2.", "2016-08-04") == [
        ("March 1, 2015", "2015-03-01"),
        ("March 2", "2015-03-02"),
    ]


def test_a_story_recalled_in_a_report_of_the_week_does_not_move_the_week_s_days() -> None:
    text = (
        "On Tuesday, an arson investigator testified that the blaze started on Feb. 11, 2024. On Wednesday, the "
        "defense suggested that a space heater was to blame."
    )
    assert _found(text, "2025-10-24") == [
        ("Tuesday", "2025-10-21"),
        ("Feb. 11, 2024", "2024-02-11"),
        ("Wednesday", "2025-10-22"),
    ]


def test_days_later_count_from_the_day_a_report_s_sentence_told() -> None:
    text = (
        "She bought antifreeze on May 2, 2020, a store clerk testified Friday. Three days later, her husband was "
        "hospitalized."
    )
    assert _found(text, "2022-07-15")[-1] == ("Three days later", "2020-05-05")
    # (but a report that is itself the story's step is counted from)
    text = "The FBI said on Dec. 19 that North Korea was responsible. Three days later, its internet went dark."
    assert _found(text, "2015-01-02")[-1] == ("Three days later", "2014-12-22")


def test_the_date_of_an_event_a_past_clause_called_or_moved_from_is_the_nearest() -> None:
    text = "Cosgrove dissolved both houses this morning, paving the way for a double dissolution election on July 2."
    assert _found(text, "2016-05-09")[-1] == ("July 2", "2016-07-02")
    text = "Ardern today delayed the general election by four weeks, moving it from September 19 to October 17."
    assert _found(text, "2020-08-17")[-2:] == [("September 19", "2020-09-19"), ("October 17", "2020-10-17")]
    # (what a past clause did before an event says nothing of it: "before the April primary" is the one past)
    text = "Local Democrats say voters changed their registration before the April primary."
    assert _found(text, "2016-11-09") == [("April", "2016-04")]


def test_a_length_in_years_and_days() -> None:
    text = "She answered her final questions three years and 11 days after taking office."
    assert _found(text, "2019-07-24") == [("three years and 11 days", "P3Y11D")]


def test_orthodox_christmas_and_eid_written_with_a_capital() -> None:
    text = "Putin ordered a cease-fire for Orthodox Christmas, which the Russian Orthodox Church celebrates on Jan. 7."
    assert _found(text, "2023-01-05") == [("Orthodox Christmas", "2023-01-07"), ("Jan. 7", "2023-01-07")]
    assert _found("Eid Al Fitr will be celebrated on Sunday.", "2023-04-19")[0] == ("Eid Al Fitr", "2023-04-21")


def test_an_imperative_opening_the_sentence_looks_ahead() -> None:
    assert _found("Start on Monday with three runs in the first week.", "2017-08-16") == [("Monday", "2017-08-21")]


def test_moments_ago_and_a_bare_length_joined_to_another() -> None:
    assert _found("Moments ago, the referee blew the final whistle.", "2022-12-18") == [("Moments ago", "PAST_REF")]
    assert _found("Aftershocks could continue for days or even weeks.", "2023-02-07") == [
        ("days", "PXD"),
        ("weeks", "PXW"),
    ]


def test_a_unit_give_or_take_keeps_or_so() -> None:
    assert _found("Sales should recover in the next year or so.", "1989-06-01") == [("the next year or so", "1990")]


def test_a_weekday_right_before_a_clock_time_is_one_time() -> None:
    assert _found("The vote closes Friday 8 p.m.", "2025-02-09") == [("Friday 8 p.m.", "2025-02-14T20:00")]
    # (not the first of days that share hours)
    assert _found("Open Monday-Friday 9 a.m.-5 p.m.", "2025-02-09")[1][0] == "Friday"


def test_midnight_of_a_level_compared_with_is_the_one_that_began_the_day() -> None:
    text = "More than 1 million customers are without power, up from about 400,000 at midnight."
    assert _found(text, "2017-09-10") == [("midnight", "2017-09-09T24:00")]


def test_an_hour_after_an_afternoon_clock_is_read_in_the_afternoon_on_that_day() -> None:
    text = "The women's race starts at 3:21 p.m. and the men's at 4:11 p.m., on a tide that turns shortly after 4.30."
    assert _found(text, "2024-03-30")[-1] == ("4.30", "2024-03-30T16:30")


def test_a_story_told_in_order_does_not_step_back_months_for_a_date_without_a_year() -> None:
    text = (
        "They met at Georgetown Law in August 2009. They began dating two years later, and he proposed in October "
        "2014. They were married May 28 at the Newport Marriott."
    )
    assert _found(text, "2016-05-31")[-1] == ("May 28", "2016-05-28")
    # (a few days back is a story's own step)
    text = (
        "The earthquake struck off Sumatra at 7:58 a.m. on Dec. 26, 2004. Within half an hour, waves had smashed into "
        "Banda Aceh. About two hours later they reached Thailand.\n\nBy New Year's Day, the death toll had passed "
        "100,000. The first large aid flights landed in Aceh on Dec. 28, two days after the disaster."
    )
    assert ("Dec. 28", "2004-12-28") in _found(text, "2024-12-26")


def test_spoken_days_before_last_and_a_week_from_a_weekday() -> None:
    assert _found("We flew out the Thursday before last.", "2023-10-16") == [("the Thursday before last", "2023-10-05")]
    assert _found("The night before last, the alarm went off.", "2017-04-05") == [
        ("The night before last", "2017-04-03TNI")
    ]
    # a week from the coming Friday, or from a day just past
    assert _found("My kid's graduating a week from Friday.", "2023-06-05") == [("a week from Friday", "2023-06-16")]
    assert _found("Mississippi heads to a runoff three weeks from Tuesday.", "2018-11-07") == [
        ("three weeks from Tuesday", "2018-11-27")
    ]


def test_a_holiday_with_its_year_after_a_comma_and_a_day_of_the_month_after_till() -> None:
    assert _found("We met on Valentine's Day, 2007, at a diner.", "2018-02-14") == [
        ("Valentine's Day, 2007", "2007-02-14")
    ]
    assert _found("I'm in Tokyo till the fourth, then Seoul.", "2025-09-29") == [("the fourth", "2025-10-04")]


def test_what_was_forecast_to_happen_is_still_to_come() -> None:
    text = "The Kennebec River was forecast to crest near 29 feet Tuesday afternoon."
    assert _found(text, "2023-12-18") == [("Tuesday afternoon", "2023-12-19TAF")]


def test_a_forecast_s_labels_and_an_almanac_s_clock_times() -> None:
    text = "TONIGHT...Snow.\nSATURDAY NIGHT...Mostly cloudy. Lows around 12.\nSUNDAY...Partly sunny."
    assert _found(text, "2019-02-08") == [
        ("TONIGHT", "2019-02-08TNI"),
        ("SATURDAY NIGHT", "2019-02-09TNI"),
        ("SUNDAY", "2019-02-10"),
    ]
    text = "Tide times for Padstow, Saturday 22 June 2024: high water 05:41 (6.3m) and 18:02 (6.5m)."
    assert _found(text, "2024-06-21")[1:] == [("05:41", "2024-06-22T05:41"), ("18:02", "2024-06-22T18:02")]
    # (an ordinal in words after a weekday and a comma heads an appositive)
    text = "Hilary could reach California as a tropical storm by Sunday, the first to do so since 1997."
    assert _found(text, "2023-08-18")[0] == ("Sunday", "2023-08-20")


def test_four_figure_clock_times_before_their_day() -> None:
    text = (
        "The vessel left Peel at 0400 on 9 October 2022. At about 2340 that night, a wave swept over the stern. The "
        "deckhands were rescued just before 0300 the next day."
    )
    found = _found(text, "2023-07-13")
    assert found[0] == ("0400", "2022-10-09T04:00")
    assert ("about 2340", "2022-10-09T23:40") in found
    assert ("0300", "2022-10-10T03:00") in found
    assert _found("The aircraft took off at 1012 hrs.", "2016-08-03") == [("1012 hrs", "2016-08-03T10:12")]
    # (a year and an address are no clock times)
    assert _found("Emissions will fall by 2030 on current trends.", "2023-07-13")[0] == ("2030", "2030")
    assert _found("He lives at 1600 Pennsylvania Avenue.", "2023-07-13") == []


def test_a_title_s_abbreviation_ends_no_sentence_and_a_range_of_years_in_short() -> None:
    text = "On Monday, the Rev. Alma Petit will preach her last sermon at Bethel AME."
    assert _found(text, "2023-09-15") == [("Monday", "2023-09-18")]
    text = "HALVORSEN, Kari Anne; Ambassador to Japan, 2009–13; Permanent Representative to the UN, 2014–19."
    assert _found(text, "2022-07-01") == [("2009", "2009"), ("13", "2013"), ("2014", "2014"), ("19", "2019")]


def test_that_christmas_and_the_following_easter_are_the_story_s() -> None:
    text = "Grace Liu met Peter Huang in the spring of 1955. He proposed that Christmas; they wed the following June."
    assert _found(text, "2016-07-20")[1:] == [("that Christmas", "1955-12-25"), ("the following June", "1956-06")]
    assert _found("She arrived in March 1990. The following Easter, she was baptized.", "2016-07-20")[-1] == (
        "The following Easter",
        "1990-04-15",
    )
    # (a holiday after a "that" that opens a clause is the holiday itself)
    assert _found("Retailers said that Christmas sales rose 4%.", "2016-01-05") == [("Christmas", "2015-12-25")]


def test_a_holiday_in_a_past_clause_after_a_date_years_back_is_the_story_s() -> None:
    text = "She was born Dec. 30, 1863, and was baptized on New Year's Day."
    assert _found(text, "2025-09-29")[-1] == ("New Year's Day", "1864-01-01")


def test_a_week_of_the_year_by_its_number() -> None:
    text = "The ministry reported 1,204 new dengue cases in epidemiological week 32, up 18% from the previous week."
    assert _found(text, "2024-08-16") == [("epidemiological week 32", "2024-W32"), ("the previous week", "2024-W31")]
    assert _found("Between EW 1 and EW 17 of 2025, 212 cases were reported.", "2025-05-05") == [
        ("EW 1", "2025-W01"),
        ("EW 17 of 2025", "2025-W17"),
    ]


def test_a_date_takes_the_year_of_its_month_named_earlier_in_the_sentence() -> None:
    text = "The show will again be held this September, organizers said Tuesday, with public days running Sept. 16-24."
    assert _found(text, "2023-01-03")[2] == ("Sept. 16", "2023-09-16")
    # (not past a date of another year)
    text = (
        "The October Revolution took place on Nov. 7, 1917, by the Western calendar; under the Julian calendar the "
        "date was Oct. 25."
    )
    assert _found(text, "2017-10-25")[-1] == ("Oct. 25", "1917-10-25")


def test_a_pronoun_s_arranging_verb_without_to_or_for_is_past() -> None:
    text = "It expects to complete the sale in the first quarter of 2025, later than the target it set in August."
    assert _found(text, "2024-12-31")[-1] == ("August", "2024-08")
    assert _found("The company is set to report results on Thursday.", "2024-12-31") == [("Thursday", "2025-01-02")]


def test_follow_puts_its_day_on_a_timetable_after_the_day_before_it() -> None:
    text = "The Labor Department releases prices on Wednesday. Retail sales follow on Thursday."
    assert _found(text, "2025-01-12") == [("Wednesday", "2025-01-15"), ("Thursday", "2025-01-16")]
    text = "Trading resumes Tuesday, and the jobs report follows on Friday."
    assert _found(text, "2023-12-29")[-1] == ("Friday", "2024-01-05")
    # (but a possessive day right after it dates the object: "follows Tuesday's declaration")
    text = "The GM move follows Tuesday's declaration by Ford."
    assert _found(text, "1989-10-27") == [("Tuesday", "1989-10-24")]


def test_a_year_opening_the_sentence_frames_its_quarters_and_halves() -> None:
    assert _found("Last year, Q3 revenue was down 6% sequentially.", "2024-07-30") == [
        ("Last year", "2023"),
        ("Q3", "2023-Q3"),
    ]
    text = "For 2026, we expect to reach GAAP profitability at some point in the second half."
    assert _found(text, "2026-01-29") == [("2026", "2026"), ("the second half", "2026-H2")]


def test_a_date_fronted_in_a_reported_clause_is_dated_by_the_verb_after_it() -> None:
    text = "The government said yesterday that from the end of September, proof of vaccination will be needed."
    assert _found(text, "2021-07-20") == [("yesterday", "2021-07-19"), ("the end of September", "2021-09")]
    text = "Police said that on Friday, officers found a body in the river."
    assert _found(text, "2021-07-20") == [("Friday", "2021-07-16")]


def test_british_bank_holidays_hogmanay_and_weeks_commencing() -> None:
    text = "Library opening hours over the early May bank holiday: all branches will be closed on Monday 6 May."
    assert _found(text, "2024-05-03") == [("early May bank holiday", "2024-05-06"), ("Monday 6 May", "2024-05-06")]
    assert _found("Traffic was heavy over the spring bank holiday.", "2024-06-03") == [
        ("spring bank holiday", "2024-05-27")
    ]
    assert _found("Flights are full for the June bank holiday.", "2025-05-29") == [("June bank holiday", "2025-06-02")]
    assert _found("A warning covers Scotland from 6pm on Hogmanay.", "2025-12-30") == [
        ("6pm", "2025-12-31T18:00"),
        ("Hogmanay", "2025-12-31"),
    ]
    text = "Kent County Council will resurface the A28 in the week commencing 19 August."
    assert _found(text, "2024-08-09") == [("the week commencing 19 August", "2024-W34")]
    assert _found("The Dáil will rise for its summer recess on Thursday fortnight.", "2018-06-25") == [
        ("Thursday fortnight", "2018-07-12")
    ]


def test_the_same_day_last_year_is_the_day_just_named_a_year_back() -> None:
    text = "Shoppers flocked to the Boxing Day sales yesterday, with footfall up 6.7% on the same day last year."
    assert _found(text, "2023-12-27")[-1] == ("the same day last year", "2022-12-26")


def test_a_clipped_year_after_fiscal_or_calendar() -> None:
    assert _found("Is it mostly a fiscal '19 issue, or does it linger?", "2018-10-31") == [("fiscal '19", "2019")]
    assert _found("We expect the deal to close in the second half of calendar 2026.", "2026-03-03") == [
        ("the second half of calendar 2026", "2026-H2")
    ]


def test_a_past_form_right_after_an_article_is_an_adjective() -> None:
    text = "If the forecast holds, the wind drops on Thursday and I can make up the lost miles over the weekend."
    assert _found(text, "2018-11-20") == [("Thursday", "2018-11-22"), ("the weekend", "2018-W47-WE")]


def test_a_relative_clause_s_own_present_verb_puts_its_date_on_a_timetable() -> None:
    text = "The chain warned that its first quarter, which ends May 4, would come in below its prior outlook."
    assert _found(text, "2024-03-08")[-1] == ("May 4", "2024-05-04")


def test_a_clock_time_is_on_the_day_of_the_event_not_of_the_report_after_it() -> None:
    text = "First Saturdays return May 2, the Brooklyn Museum said Thursday, with free admission from 5 to 11 p.m."
    assert _found(text, "2026-05-01")[-2:] == [("5", "2026-05-02T17:00"), ("11 p.m.", "2026-05-02T23:00")]
    text = (
        "The quake that jolted Taiwan early Tuesday has killed 1,700 people, officials said Wednesday. The quake "
        "struck at 1:47 a.m. local time."
    )
    assert _found(text, "1999-09-22")[-1] == ("1:47 a.m.", "1999-09-21T01:47")
    # (a report's day alone in its sentence still dates the clock time after it)
    text = "Police said Thursday that the suspect was arrested at 3 p.m. near the station."
    assert _found(text, "2026-05-01") == [("Thursday", "2026-04-30"), ("3 p.m.", "2026-04-30T15:00")]


def test_a_range_of_weekdays_told_in_the_past_has_ended_by_the_report() -> None:
    text = "Thames Valley Police made 38 arrests between Wednesday and Monday, down from 60 last year."
    assert _found(text, "2019-08-30")[:2] == [("Wednesday", "2019-08-21"), ("Monday", "2019-08-26")]
    # (but one that began on the day of the report runs on from it)
    text = "AAA projects 43 million travelers between Thursday and Monday."
    assert _found(text, "2019-05-23") == [("Thursday", "2019-05-23"), ("Monday", "2019-05-27")]


def test_a_range_of_days_running_now_is_this_year_s() -> None:
    text = "Medicare Advantage open enrollment runs from Jan. 1 through March 31, giving members one chance to switch."
    assert _found(text, "2019-02-20") == [("Jan. 1", "2019-01-01"), ("March 31", "2019-03-31")]
    assert _found("The exhibit will run from March 5 to Sept. 1.", "2019-02-20") == [
        ("March 5", "2019-03-05"),
        ("Sept. 1", "2019-09-01"),
    ]
    # (but not when its sentence names the year it is in)
    text = "Status earned during the 2025 qualification year, which runs from Jan. 1 to Dec. 31, is valid for a year."
    assert _found(text, "2024-10-15")[1:3] == [("Jan. 1", "2025-01-01"), ("Dec. 31", "2025-12-31")]


def test_an_aside_after_the_subject_is_dated_by_the_sentence_s_present_verb() -> None:
    text = "The show, on view through Jan. 6, brings together some 60 prints made between 1870 and 1895."
    assert _found(text, "2018-09-14")[0] == ("Jan. 6", "2019-01-06")
    # (but not by a past form in -s after it)
    text = "The first attempt, on Monday, was called off because of a faulty sensor."
    assert _found(text, "2022-09-04") == [("Monday", "2022-08-29")]


def test_may_between_a_day_and_a_year_is_the_month_not_a_modal() -> None:
    text = "He flew the first airmail route on 3 May 1927 and, the next month, set an altitude record."
    assert _found(text, "2021-01-27") == [("3 May 1927", "1927-05-03"), ("the next month", "1927-06")]


def test_a_day_counted_from_the_story_is_the_date_that_restates_it() -> None:
    text = "In case of rain, the event moves to the following Saturday, April 22."
    assert _found(text, "2017-04-10") == [("the following Saturday", "2017-04-22"), ("April 22", "2017-04-22")]


def test_a_holiday_weekend_and_a_day_of_it_named_after() -> None:
    text = (
        "AAA expects 46.9 million Americans to travel over the Thanksgiving holiday weekend, and airlines say Sunday "
        "will be the busiest day."
    )
    assert _found(text, "2015-11-25") == [("Thanksgiving holiday weekend", "2015-W48-WE"), ("Sunday", "2015-11-29")]


def test_a_month_after_its_own_past_verb_has_begun() -> None:
    text = "Since the program began in January, more than 59,000 asylum seekers have been returned to Mexico."
    assert _found(text, "2019-12-10") == [("January", "2019-01")]
    # (but a month still expected lies ahead)
    assert _found("The sale is expected in January.", "2019-12-10") == [("January", "2020-01")]


def test_a_passive_infinitive_is_still_to_come() -> None:
    text = "Sea levels rose faster than estimated, according to a study to be published Wednesday in Nature."
    assert _found(text, "2015-01-05") == [("Wednesday", "2015-01-07")]
    # (but not one reported, nor one dating a possessive)
    assert _found("He was said to be killed on Wednesday.", "2015-01-05") == [("Wednesday", "2014-12-31")]
    text = "The keeper was fined for refusing to be substituted in Sunday's final."
    assert _found(text, "2019-02-26") == [("Sunday", "2019-02-24")]


def test_a_possessive_day_after_an_arranging_verb_dates_its_noun() -> None:
    text = "Russia fired 75 missiles, in what Putin called retaliation for Saturday's blast on the Crimean bridge."
    assert _found(text, "2022-10-10") == [("Saturday", "2022-10-08")]


def test_a_year_counted_from_a_day_ahead_is_not_brought_up_to_the_present() -> None:
    text = "The new funding period begins July 1, and the first progress report is due a year later."
    assert _found(text, "2026-03-31") == [("July 1", "2026-07-01"), ("a year later", "2027")]
    text = "When she was 9, a coach noticed her. Twelve years later, she is an Olympic finalist."
    assert _found(text, "2016-08-12") == [("Twelve years later", "2016")]


def test_a_deadline_that_was_due_lies_either_side_of_the_report() -> None:
    assert _found("Applications for the fall semester were due Aug. 1.", "2024-09-16")[1] == ("Aug. 1", "2024-08-01")


def test_a_participle_joined_to_a_passive_shares_its_auxiliary() -> None:
    text = "Winners will be notified by email in mid-June and honored at a ceremony on July 12."
    assert _found(text, "2023-05-31") == [("mid-June", "2023-06"), ("July 12", "2023-07-12")]


def test_the_shopping_days_after_thanksgiving() -> None:
    text = "Nonprofits are bracing for a weaker Giving Tuesday, after a quiet Small Business Saturday."
    assert _found(text, "2025-11-28") == [("Giving Tuesday", "2025-12-02"), ("Small Business Saturday", "2025-11-29")]


def test_a_short_name_in_quotation_marks_is_no_quotation() -> None:
    text = 'Sunday\'s "ring of fire" eclipse will be visible from central Africa.'
    assert _found(text, "2020-06-19") == [("Sunday", "2020-06-21")]
    # (but words spoken are: the verb after them dates the day)
    assert _found('On Friday "we will win" he said.', "2020-06-19") == [("Friday", "2020-06-19")]


def test_a_weekday_a_night_runs_into_follows_the_day_before_it() -> None:
    text = "The Geminid meteor shower will peak Saturday night, Dec. 13, into Sunday morning."
    assert _found(text, "2025-12-01")[1:] == [("Dec. 13", "2025-12-13"), ("Sunday morning", "2025-12-14TMO")]


def test_a_holiday_placed_by_its_relative_clause() -> None:
    text = "Shipping lines have announced blank sailings for three weeks after Chinese New Year, which falls on Feb. 5."
    assert _found(text, "2018-12-31")[1] == ("Chinese New Year", "2019-02-05")


def test_the_same_day_in_a_past_clause_is_no_day_ahead() -> None:
    text = (
        "Microsoft opened its E3 briefing on Sunday with a trailer. Cyberpunk 2077, the actor announced on stage, "
        "will release April 16, 2020. Preorders opened the same day."
    )
    assert _found(text, "2019-06-11")[-1] == ("the same day", "2019-06-09")
    # (but one in a sentence looking ahead may be)
    text = "REI will close its stores on Black Friday. Online orders placed that day won't be processed until Monday."
    assert _found(text, "2015-10-28")[1] == ("that day", "2015-11-27")


def test_what_is_braced_for_is_still_to_come() -> None:
    text = "Shelter directors said they were bracing for a surge in arrivals over the weekend."
    assert _found(text, "2023-05-11") == [("the weekend", "2023-W19-WE")]


def test_a_compound_verb_after_its_subject_is_past() -> None:
    text = "Retailers front-loaded imports in the first quarter to beat the duties."
    assert _found(text, "2025-04-14") == [("the first quarter", "2025-Q1")]
    # (but a day of the publication's own morning is no day ahead of it)
    text = "By 5am, Labour had passed the 326 seats needed. The final tally, confirmed later that morning, gave it 412."
    assert _found(text, "2024-07-05")[-1] == ("later that morning", "2024-07-05TMO")


def test_an_aside_of_what_was_done_to_the_subject_is_past() -> None:
    text = "The rule, blocked by federal judges in October, could take effect next month."
    assert _found(text, "2019-12-31") == [("October", "2019-10"), ("next month", "2020-01")]
    # (but not one of what follows it)
    text = "The service, followed by a reception at 3 p.m. Friday, will be held at the church."
    assert _found(text, "2019-12-31") == [("3 p.m. Friday", "2020-01-03T15:00")]


def test_a_part_of_a_weekday_restated_by_a_date_is_that_date_s() -> None:
    text = "The Geminid meteor shower will peak Saturday night, Dec. 13, into Sunday morning."
    assert _found(text, "2025-12-01")[0] == ("Saturday night", "2025-12-13TNI")


def test_a_clock_time_reaches_its_day_past_sharp_and_a_place() -> None:
    text = "The hunt itself begins at 10 a.m. sharp on Saturday, rain or shine."
    assert _found(text, "2018-03-26")[0] == ("10 a.m.", "2018-03-31T10:00")
    text = "Polls close at 7 p.m. Eastern in Georgia on Tuesday."
    assert _found(text, "2022-11-07")[0] == ("7 p.m. Eastern", "2022-11-08T19:00")


def test_a_gerund_after_after_tells_what_has_happened() -> None:
    text = "Banks will miss the rest of the season after tearing a ligament in his knee in Sunday's loss at Seattle."
    assert _found(text, "2015-11-23") == [("Sunday", "2015-11-22")]
    text = "Petrov will miss the start of the season after having surgery on a broken finger Monday."
    assert _found(text, "2024-10-01") == [("Monday", "2024-09-30")]


def test_an_alert_issued_for_a_day_looks_ahead_but_one_issued_for_it_is_told() -> None:
    text = "The air district issued a Spare the Air alert for Saturday and Sunday."
    assert _found(text, "2017-07-14") == [("Saturday", "2017-07-15"), ("Sunday", "2017-07-16")]
    text = "The heat advisory issued for the weekend ended at 8 p.m. Sunday."
    assert _found(text, "2019-07-22")[0] == ("the weekend", "2019-W29-WE")


def test_a_gerund_clause_is_dated_by_the_clause_it_hangs_on() -> None:
    text = (
        "Pope Francis arrives in Havana on Saturday afternoon for a four-day visit before flying to Washington on "
        "Tuesday, the Vatican said on Friday."
    )
    assert _found(text, "2015-09-18")[2] == ("Tuesday", "2015-09-22")


def test_a_third_person_in_ies_is_its_verb_in_y() -> None:
    assert _found("He flies to Beirut on Sunday.", "2025-11-21") == [("Sunday", "2025-11-23")]


def test_an_almanac_s_years_frame_their_entries() -> None:
    text = (
        "On this day\n\n1066: Edward the Confessor died.\n\n1929: The crash on Black Tuesday, Oct. 29, wiped out money."
    )
    assert _found(text, "2017-10-31") == [("1066", "1066"), ("1929", "1929"), ("Tuesday, Oct. 29", "1929-10-29")]
    # (a framing year is taken by a date with its weekday only if the weekday fits)
    assert _found("In 1930, the vote on Tuesday, Oct. 29, mattered.", "2017-10-31")[1] != (
        "Tuesday, Oct. 29",
        "1930-10-29",
    )


def test_what_was_allowed_to_happen_happened() -> None:
    text = "Fertility clinics in England were allowed to reopen on May 11 after a six-week shutdown."
    assert _found(text, "2020-11-12")[0] == ("May 11", "2020-05-11")
    assert _found("Stores will be allowed to reopen on May 11.", "2020-11-12") == [("May 11", "2021-05-11")]


def test_what_one_is_ruled_out_of_is_still_to_come() -> None:
    text = "The Cowboys on Friday ruled rookie safety Damon Vick out of Sunday's regular-season finale."
    assert _found(text, "2016-12-30") == [("Friday", "2016-12-30"), ("Sunday", "2017-01-01")]
    text = "The Knicks ruled out center Obi Nwankwo for Saturday's Game 3 against Boston."
    assert _found(text, "2025-05-09") == [("Saturday", "2025-05-10")]


def test_a_possessive_s_next_event_lies_ahead_but_its_next_holder_is_named_then() -> None:
    text = "The bank stopped short of an emergency hike before its next scheduled meeting on Nov. 3."
    assert _found(text, "2022-09-26") == [("Nov. 3", "2022-11-03")]
    text = "The university named Dr. Priya Menon its next provost on Friday."
    assert _found(text, "2022-12-19") == [("Friday", "2022-12-16")]


def test_a_noun_after_an_article_opening_a_sentence_is_no_name_with_a_verb() -> None:
    assert _found("The vote on Thursday was the culmination of a campaign.", "2020-02-03") == [
        ("Thursday", "2020-01-30")
    ]


def test_a_month_s_range_of_days_ends_before_any_word() -> None:
    text = "A poll conducted Oct. 4-9 found the nominee ahead."
    assert _found(text, "2016-10-14") == [("Oct. 4", "2016-10-04"), ("9", "2016-10-09")]
    # (not a score after a day: "On Oct. 1, a 31-28 overtime loss")
    assert _found("Sunday's 24-13 loss at Arizona dropped Detroit to 0-4.", "2015-10-05") == [("Sunday", "2015-10-04")]


def test_a_length_over_days_from_a_day_starts_then() -> None:
    text = "NHK's poll, conducted over three days from Friday, showed Kono ahead."
    assert _found(text, "2021-09-13") == [("three days", "P3D"), ("Friday", "2021-09-10")]


def test_a_year_earlier_compares_the_month_data_showed() -> None:
    text = (
        "Saudi crude exports fell to 6.0 million barrels per day in March from 6.3 million bpd in February, official "
        "data showed on Sunday. Exports were down 19% from a year earlier."
    )
    assert _found(text, "2024-05-19")[-1] == ("a year earlier", "2023-03")


def test_a_quarter_in_a_sentence_with_a_score_is_the_game_s() -> None:
    text = "The Chiefs rallied from a 10-point deficit in the fourth quarter to beat San Francisco 31-20."
    assert _found(text, "2020-02-03") == []
    assert _found("The Falcons had led 28-3 midway through the third quarter.", "2017-02-06") == []
    # (a range of percentages is no score)
    text = "Inflation rose in the June quarter, still below the bank's 2-3 per cent target band."
    assert _found(text, "2019-07-31") == [("the June quarter", "2019-Q2")]


def test_an_estimate_may_count_a_past_range_up_to_a_day_ahead() -> None:
    text = "The sequel took in an estimated $38.6 million from Friday through Monday, according to estimates Sunday."
    assert _found(text, "2024-02-18")[:2] == [("Friday", "2024-02-16"), ("Monday", "2024-02-19")]
    # (without one, a past range has ended by the report)
    assert _found("Police made 38 arrests between Wednesday and Monday.", "2024-02-16")[:2] == [
        ("Wednesday", "2024-02-07"),
        ("Monday", "2024-02-12"),
    ]


def test_quoted_titles_joined_by_and_take_a_plural_verb() -> None:
    text = "“Wicked” and “Gladiator II” open Friday, and “Moana 2” follows next Wednesday."
    assert _found(text, "2024-11-20")[0] == ("Friday", "2024-11-22")


def test_an_anniversary_to_the_day_is_that_day() -> None:
    text = "Her last call came on Sept. 28, 1994. Thirty years to the day later, on Saturday, her brother returned."
    assert _found(text, "2024-09-30")[1:] == [
        ("Thirty years to the day later", "2024-09-28"),
        ("Saturday", "2024-09-28"),
    ]
    text = "On May 30, 1978, a fisherman found a suitcase. Forty years later to the day, she was identified."
    assert _found(text, "2018-05-31")[1] == ("Forty years later to the day", "2018-05-30")
    # (a length counted to the day from an event stays a length)
    text = "Ida made landfall on Aug. 29, 16 years to the day after Hurricane Katrina."
    assert _found(text, "2021-08-30")[1] == ("16 years", "P16Y")


def test_a_holiday_s_part_of_the_day_may_take_its_year_after_a_comma() -> None:
    assert _found("Halloween night, 1975. A boy disappeared.", "2025-10-31") == [
        ("Halloween night, 1975", "1975-10-31TNI")
    ]


def test_a_benchmark_s_holder_may_stand_between_since_and_its_year() -> None:
    text = (
        "Clemson routed Alabama 44-16 on Monday night, the first major college team to win 15 games in a season "
        "since Penn in 1897. The Tigers also beat the Crimson Tide in the title game two years earlier."
    )
    assert _found(text, "2019-01-08")[-1] == ("two years earlier", "2017")


def test_an_absolute_clause_s_participle_is_dated_by_the_clause_it_hangs_on() -> None:
    text = "The restaurant will serve dinner Tuesday through Saturday, with lunch added in the fall."
    assert _found(text, "2024-06-28")[-1] == ("the fall", "2024-FA")
    # (a timetable's participle keeps its own reading)
    text = "Temperatures will reach 27C over the weekend, with the warmest weather expected on Sunday afternoon."
    assert _found(text, "2025-05-29")[-1] == ("Sunday afternoon", "2025-06-01TAF")


def test_the_year_is_the_year_just_named() -> None:
    text = "The departure caps a turbulent 2025 for the company, which cut jobs in the second half of the year."
    assert _found(text, "2026-01-02")[-1] == ("the second half of the year", "2025-H2")
    assert _found("Sales rose in 2019. In the first half of the year, margins fell.", "2026-01-02")[-1] == (
        "the first half of the year",
        "2019-H1",
    )
    # (not one compared with, nor the end of a range)
    text = (
        "The FDA approved 37 medicines in 2022, down from 50 in 2021. The slowdown was steepest in the first half of "
        "the year."
    )
    assert _found(text, "2023-01-03")[-1] == ("the first half of the year", "2023-H1")
    assert _found("Sales will rise in the second half of the year.", "2026-01-02") == [
        ("the second half of the year", "2026-H2")
    ]


def test_the_decade_is_the_decade_just_named() -> None:
    text = "Disney ended the 2010s with nine of the decade's 10 highest-grossing films."
    assert _found(text, "2020-01-06") == [("the 2010s", "201"), ("the decade", "201")]
    # (but a decade long gone is not the one a promise looks to)
    text = "In the mid-1980s the town had three cinemas; a multiplex is promised for the end of the decade."
    assert _found(text, "2019-03-30")[-1] == ("the end of the decade", "201")


def test_an_irregular_past_with_a_prefix_is_past() -> None:
    text = "The Patriots overcame a 25-point deficit Sunday night to beat Atlanta 34-28."
    assert _found(text, "2017-02-06") == [("Sunday night", "2017-02-05TNI")]


def test_a_benchmark_a_clause_goes_on_to_tell_of_is_the_story_s() -> None:
    text = (
        "It is the company's second major security incident since 2016, when attackers stole data on 57 million "
        "users. The company did not disclose that breach until a year later."
    )
    assert _found(text, "2022-09-19") == [("2016", "2016"), ("a year later", "2017")]


def test_the_start_of_a_record_is_a_benchmark() -> None:
    text = (
        "Pay grew 6.7%, the strongest growth since records began in 2001, the ONS said on Tuesday. Adjusted for "
        "inflation, pay fell 2.5% on the year."
    )
    assert _found(text, "2023-02-14")[-1] == ("the year", "2023")


def test_what_a_day_follows_is_no_later_step_of_a_list() -> None:
    text = "Schools are closed today and Tuesday for the cleanup after Sunday's blizzard."
    assert _found(text, "2026-02-23")[-1] == ("Sunday", "2026-02-22")


def test_a_demonstrative_opening_a_sentence_reads_a_weekday_s_possessive() -> None:
    text = (
        "March 15, which was to be a staff development day, will now be a full student day. That Friday's sessions "
        "will move to the following Monday."
    )
    assert _found(text, "2019-02-25")[-2:] == [("That Friday", "2019-03-15"), ("the following Monday", "2019-03-18")]


def test_the_year_of_a_report_is_the_year_it_is_about() -> None:
    text = (
        "Homicides in the city reached 188 in 2016, the department said Monday.\n\nThe year started badly: 17 people "
        "were killed in January."
    )
    assert ("The year", "2016") in _found(text, "2017-01-03")
    # (not one listed among those compared with, nor a year still to come)
    text = (
        "There were 188 killings last year, compared with 231 in 2024 and 276 in 2023. The decline was steepest in "
        "the second half of the year."
    )
    assert _found(text, "2026-01-02")[-1] == ("the second half of the year", "2026-H2")
    text = "Members will elect a chair for 2017. The board's last regular meeting of the year was brief."
    assert _found(text, "2016-12-29")[-1] == ("the year", "2016")


def test_the_year_before_counts_from_the_year_reported_not_the_report() -> None:
    text = (
        "Broadway grossed a record $1.37 billion in 2015, the Broadway League said Monday, up 2 percent from the year "
        "before."
    )
    assert _found(text, "2016-01-04")[-1] == ("the year before", "2014")


def test_a_date_recalled_in_an_aside_is_not_the_day_of_the_main_clause() -> None:
    text = "Olsen, who was born March 3, 1919, in a farmhouse, celebrated her 100th birthday Sunday with cake."
    assert _found(text, "2019-03-04")[-1] == ("Sunday", "2019-03-03")
    text = "The monarch, who became queen on Feb. 6, 1952, appeared on the balcony at about 1 p.m."
    assert _found(text, "2022-06-02")[-1] == ("about 1 p.m.", "2022-06-02T13:00")
    # (a date in the main clause keeps its times: "woken at about 6 a.m. on 20 June 1837 to be told that her uncle,
    # William IV, had died")
    text = (
        "Victoria was woken at about 6 a.m. on 20 June 1837 to be told that her uncle, William IV, had died in the "
        "night."
    )
    assert _found(text, "2017-06-20")[-1] == ("the night", "1837-06-20TNI")


def test_a_weekend_s_friday_is_its_eve() -> None:
    text = (
        "The musical returns this weekend for four performances. Friday's 7 p.m. show is sold out, but tickets remain "
        "for the Saturday and Sunday matinees."
    )
    assert _found(text, "2022-12-12")[1:] == [
        ("Friday", "2022-12-16"),
        ("7 p.m.", "2022-12-16T19:00"),
        ("Saturday", "2022-12-17"),
        ("Sunday", "2022-12-18"),
    ]


def test_the_weekday_of_a_date_just_named_is_that_date() -> None:
    text = (
        "The guild will present 'Carmen' on Oct. 17 and 19. Tickets for the Friday performance are nearly gone, but "
        "seats remain for the Sunday matinee."
    )
    assert _found(text, "2025-10-02")[2:] == [("Friday", "2025-10-17"), ("Sunday", "2025-10-19")]


def test_march_before_the_thing_it_dates_after_an_owner_is_the_month() -> None:
    assert _found("Samsung began rolling out its March security patch on Monday.", "2022-03-07")[0] == (
        "March",
        "2022-03",
    )
    assert _found("The March jobs report is due Friday.", "2022-03-07")[0] == ("March", "2022-03")
    # (since an owner's month, a stretch up to now began before it)
    assert _found("The stock has gained 71% since its March low.", "2021-02-02") == [("March", "2020-03")]


def test_a_range_s_start_after_since_keeps_its_end() -> None:
    text = "City extended its unbeaten run to 15 matches, its longest since the 2017-18 season."
    assert _found(text, "2020-12-31")[-2:] == [("2017", "2017"), ("18", "2018")]


def test_fat_tuesday_is_shrove_tuesday() -> None:
    assert _found("Parades roll all day Monday and on Fat Tuesday.", "2018-02-12")[-1] == ("Fat Tuesday", "2018-02-13")


def test_a_clock_time_on_the_dot_reaches_its_day() -> None:
    text = "The first baby of 2022 was born at 12:00 a.m. on the dot Saturday."
    assert _found(text, "2022-01-03")[1] == ("12:00 a.m.", "2022-01-01T00:00")


def test_a_year_back_from_a_weekday_or_a_run_of_days_is_that_year() -> None:
    text = "Entries for the Seoul Marathon closed on Friday with 31,271 applications, up 3 percent on a year earlier."
    assert _found(text, "2019-01-28")[-1] == ("a year earlier", "2018")
    text = "Holiday sales from Nov. 1 through Dec. 24 rose 3.1% from a year earlier, Mastercard said."
    assert _found(text, "2023-12-27")[-1] == ("a year earlier", "2022")
    # a day the calendar keeps has a same day a year back
    text = "DNA-kit activations on Christmas Day were up 18 percent from a year earlier."
    assert _found(text, "2025-01-02")[-1] == ("a year earlier", "2023-12-25")


def test_a_past_verb_after_a_hyphenated_subject_is_a_verb() -> None:
    text = "A bus and a tractor-trailer collided on Interstate 70 shortly after midnight Sunday, killing the driver."
    assert _found(text, "2017-08-14") == [("shortly after midnight Sunday", "2017-08-13T00:00")]
    # (a participle between a compound modifier and its noun is still an adjective)
    text = "Send their third-quarter estimated tax payment by Jan. 18."
    assert _found(text, "2022-01-14")[-1] == ("Jan. 18", "2022-01-18")


def test_last_and_the_month_just_over_is_a_year_back() -> None:
    # said in May, the April just over would be "last month"
    assert _found("The plant closed last April.", "2019-05-07") == [("last April", "2018-04")]
    assert _found("The plant closed last April.", "2019-06-01") == [("last April", "2019-04")]
    # (and "last December" said in January is still the December just over)
    assert _found("The plant closed last December.", "2019-01-07") == [("last December", "2018-12")]


def test_a_game_one_is_listed_as_doubtful_for_is_still_to_come() -> None:
    text = "The Bills listed their left tackle as doubtful for Sunday's AFC Championship Game."
    assert _found(text, "2026-01-20") == [("Sunday", "2026-01-25")]
    # ("starting" after a possessive is an adjective, and the downgrade was told on the day before the game)
    text = "The Ravens downgraded their starting running back to out for Sunday's game on Saturday afternoon."
    assert _found(text, "2021-10-17") == [("Sunday", "2021-10-17"), ("Saturday afternoon", "2021-10-16TAF")]


def test_a_weekday_measured_from_the_story_s_event_is_the_news() -> None:
    text = (
        "The avalanche came down on Saturday, Feb. 9. He woke up on Feb. 17. On Wednesday, nearly six weeks after "
        "the slide, he walked out of hospital on his own."
    )
    assert _found(text, "2019-03-21")[2] == ("Wednesday", "2019-03-20")
    # (without the length, the story goes on)
    text = "The avalanche came down on Saturday, Feb. 9. He woke up on Feb. 17. On Wednesday, he walked out."
    assert _found(text, "2019-03-21")[2] == ("Wednesday", "2019-02-20")


def test_a_participle_after_a_ranking_adjective_modifies_its_noun() -> None:
    text = "Lula and Bolsonaro will face off in a final televised debate on Friday night, two days before the runoff."
    assert _found(text, "2022-10-26")[0] == ("Friday night", "2022-10-28TNI")
    # (an ordinal standing for its noun is the subject of the verb after it)
    text = (
        "The Garcias' first child was born on Jan. 1, 2024. Their second arrived on the same date two years later, at "
        "3:16 a.m. Thursday."
    )
    assert _found(text, "2026-01-05")[-1] == ("3:16 a.m. Thursday", "2026-01-01T03:16")


def test_a_past_clause_moves_on_from_a_past_date_not_one_still_to_come() -> None:
    text = (
        "The jury convicted him of a crash on July 9, 2022. Sentencing is scheduled for Dec. 12. Wyoming lawmakers "
        "passed a bill the following year."
    )
    assert _found(text, "2025-10-08")[-1] == ("the following year", "2023")


def test_the_same_time_last_year_is_compared_with_not_gone_on_from() -> None:
    text = (
        "A crash killed two near Dubbo early yesterday. It is the 12th death on roads in the district this year, "
        "compared with seven at the same time last year. The highway reopened at 9.30am."
    )
    assert _found(text, "2024-08-17")[2:] == [("the same time last year", "2023-08-17"), ("9.30am", "2024-08-16T09:30")]


def test_months_joined_by_an_ampersand_are_months() -> None:
    assert [text for text, _ in _found("Sales rose in March & April.", "2022-06-10")] == ["March", "April"]


def test_a_weekday_after_a_span_into_next_week_is_in_this_one() -> None:
    text = (
        "Scotland's coldest spell in a decade is set to continue into next week, with temperatures that could drop to "
        "minus 18C on Thursday night."
    )
    assert _found(text, "2026-02-10")[-1] == ("Thursday night", "2026-02-12TNI")
    # (nor past a day of another week: the next week named before it is not its week)
    text = (
        "Exams were postponed until next week, and schools were closed on Friday. In Paris, where temperatures are "
        "forecast to reach 37C on Saturday, cars were banned."
    )
    assert _found(text, "2019-06-28")[-1] == ("Saturday", "2019-06-29")
    # (but "The festival returns next week. It runs Saturday and Sunday")
    assert _found("The festival returns next week. It runs Saturday and Sunday.", "2019-06-24")[1] == (
        "Saturday",
        "2019-07-06",
    )


def test_an_event_moved_by_its_day_s_possessive_was_due_near_the_report() -> None:
    text = "The Desert Hawks moved Saturday's practice to 6 a.m. after the forecast called for a heat index of 115."
    assert _found(text, "2023-07-12") == [("Saturday", "2023-07-15"), ("6 a.m.", "2023-07-15T06:00")]
    # (but what happened after it tells it in the past)
    text = "Rain postponed Friday night's game, so the teams played a split doubleheader Saturday."
    assert _found(text, "2021-09-22")[0] == ("Friday night", "2021-09-17TNI")


def test_a_past_form_before_a_subject_and_its_modal_is_an_adjective() -> None:
    text = "Beginning Nov. 1, affected employees will remain on payroll for a 90-day notice period."
    assert _found(text, "2021-09-21")[0] == ("Nov. 1", "2021-11-01")


def test_the_day_of_an_event_a_clause_leads_up_to_lies_ahead() -> None:
    text = "Analysts said the move was aimed at protecting margins ahead of the company's investor day on April 14."
    assert _found(text, "2026-02-25") == [("April 14", "2026-04-14")]


def test_a_past_state_until_a_time_ran_then() -> None:
    text = "A cyclist was struck at about 7:30 a.m. Saturday. The intersection was closed until early afternoon."
    assert _found(text, "2021-07-18")[-1] == ("early afternoon", "2021-07-17TAF")
    # (but what was adjourned until a day is moved ahead)
    text = "The trial was adjourned until 10am on Monday after a juror fell ill."
    assert _found(text, "2021-11-26") == [("10am", "2021-11-29T10:00"), ("Monday", "2021-11-29")]


def test_a_step_from_a_week_counts_from_the_day_named_before_it() -> None:
    text = (
        "Iowa Republicans will gather at 7 p.m. Central Monday for caucuses. The state party said last week it had no "
        "plans to move the date. The results will set the tone for the New Hampshire primary eight days later."
    )
    assert _found(text, "2024-01-15")[-1] == ("eight days later", "2024-01-23")


def test_an_evening_after_midnight_ending_a_day_is_that_day_s() -> None:
    text = "Voters can cast ballots until midnight Monday; polls close at 9:30 p.m. Eastern time in Ontario."
    assert _found(text, "2025-04-25") == [
        ("midnight Monday", "2025-04-28T24:00"),
        ("9:30 p.m. Eastern time", "2025-04-28T21:30"),
    ]
    # (the small hours after it are the next day's)
    text = "The curfew began at midnight Monday. At 6 a.m., troops withdrew."
    assert _found(text, "2025-04-30")[-1] == ("6 a.m.", "2025-04-29T06:00")


def test_a_bounded_wait_and_a_phased_length_are_lengths() -> None:
    text = "The Tokyo Games begin in less than four weeks, and the plan will be phased in over five years."
    assert _found(text, "2021-06-28") == [("less than four weeks", "P4W"), ("five years", "P5Y")]
    # (but "expires in two years" names the year)
    assert _found("The contract expires in two years.", "2021-06-28") == [("two years", "2023")]


def test_a_past_clause_after_a_time_and_when_does_not_date_it() -> None:
    text = (
        "On Saturday, family members will begin reading the names at 8:40 a.m. The ceremony pauses six times: at "
        "8:46 a.m., when the first plane hit the north tower, and at 9:03 a.m."
    )
    assert _found(text, "2021-09-10")[2:] == [("8:46 a.m.", "2021-09-11T08:46"), ("9:03 a.m.", "2021-09-11T09:03")]
    # (a clause after "when" that looks ahead still may)
    text = "Look west an hour after sunset on Tuesday, when Venus and Jupiter will appear a third of a degree apart."
    assert _found(text, "2015-06-29")[-1] == ("Tuesday", "2015-06-30")


def test_spoken_british_and_australian_times_of_day() -> None:
    text = "Gardai were called at half seven yesterday evening, and crowds are expected this arvo."
    assert _found(text, "2022-09-19") == [
        ("half seven yesterday evening", "2022-09-18T19:30"),
        ("this arvo", "2022-09-19TAF"),
    ]
    assert _found("The crash happened at ten to eleven yesterday morning.", "2022-11-07") == [
        ("ten to eleven yesterday morning", "2022-11-06T10:50")
    ]
    assert _found("The result is expected by lunchtime.", "2016-11-14") == [("lunchtime", "2016-11-14TMI")]


def test_midnight_tonight_in_a_past_clause_is_the_night_ahead() -> None:
    text = "Modi announced a complete lockdown for 21 days from midnight tonight."
    assert _found(text, "2020-03-24")[-1] == ("midnight tonight", "2020-03-24T24:00")


def test_what_was_hoped_for_lies_ahead() -> None:
    text = "The producers said on Friday that they hoped to restart in the autumn."
    assert _found(text, "2020-03-30")[-1] == ("the autumn", "2020-FA")


def test_a_month_opening_a_range_takes_the_year_shift_of_its_end() -> None:
    text = "Shooting took place in Mumbai between March and June last year."
    assert _found(text, "2018-06-20") == [("March", "2017-03"), ("June last year", "2017-06")]


def test_an_abbreviated_amount_a_year_is_a_rate() -> None:
    assert _found("The contract is worth about £220m a year.", "2024-03-05") == [("a year", "P1Y")]
    document = timeline.extract("The contract is worth about £220m a year.", "2024-03-05")
    assert document.expressions[0].type.value == "SET"


def test_the_new_end_of_what_was_moved_lies_near_the_report() -> None:
    text = "The opt-out period, originally due to end on 15 October, has been extended by a month to 15 November."
    assert _found(text, "2018-09-27")[-1] == ("15 November", "2018-11-15")
    text = "The administration on Wednesday extended the repayment moratorium for another 90 days, until May 1."
    assert _found(text, "2021-12-22")[-1] == ("May 1", "2022-05-01")


def test_a_present_verb_after_an_apposition_to_its_subject_dates_the_day() -> None:
    text = "Modi's monthly radio address, Mann Ki Baat, reaches its 100th episode on Sunday."
    assert _found(text, "2023-04-28")[-1] == ("Sunday", "2023-04-30")


def test_the_month_in_an_absolute_clause_is_the_month_just_named() -> None:
    text = "July was the driest in England since 1935, with only 8.8mm of rain falling during the month."
    assert _found(text, "2022-08-15")[-1] == ("the month", "2022-07")


def test_the_season_of_someone_s_event_is_a_date() -> None:
    assert _found("The band postponed its spring tour on Tuesday.", "2019-04-18") == [
        ("spring", "2019-SP"),
        ("Tuesday", "2019-04-16"),
    ]
    assert _found("The Hollis Theater's summer season opens July 9.", "2025-06-29")[0] == ("summer", "2025-SU")
    # (not when the owner is itself a time, which dates the event already)
    text = "Carvers worked ahead of last weekend's winter festival, which drew 30,000 people."
    assert _found(text, "2019-02-04") == [("last weekend", "2019-W05-WE")]


def test_words_with_accented_letters_are_whole_words_for_the_tense() -> None:
    text = "Negotiators gather in Belém on Monday, and the café reopened Friday."
    words = [w for w, _, _ in Sentences(text, get_language("en").cues).tokens_at(0).words]
    assert "belém" in words and "café" in words and "m" not in words


def test_a_word_in_capitals_among_words_in_lower_case_is_a_name_not_a_verb() -> None:
    # "SAT" is the test, not the past of "sit": the future verb dates the day
    text = "Students taking the redesigned SAT on Saturday will face a shorter test."
    assert _found(text, "2016-03-04") == [("Saturday", "2016-03-05")]


def test_a_name_after_a_count_in_a_hyphenated_adjective_is_no_subject() -> None:
    # "a 12-date North American tour": "American tour" is no team on its timetable
    text = "The band announced a 12-date North American tour on Thursday, starting Oct. 3 in Seattle."
    assert _found(text, "2015-06-12")[0] == ("Thursday", "2015-06-11")


def test_a_month_after_a_word_of_habit_is_any_year_s() -> None:
    text = "Bald eagle viewing typically peaks in November and December, but birders counted 40 eagles this week."
    assert _found(text, "2026-02-13")[:2] == [("November", "XXXX-11"), ("December", "XXXX-12")]
    text = "Royal Ascot, held annually in June since 1711, opened on Tuesday."
    assert _found(text, "2019-06-18")[1] == ("June", "XXXX-06")
    text = "The harvest, which typically runs from late August into early November, was projected to be large."
    assert _found(text, "2019-10-26")[:2] == [("late August", "XXXX-08"), ("early November", "XXXX-11")]
    # a habit told as this year's exception, or in another clause, leaves the month in its year
    text = "Quarterly payments normally due on April 18 are now due May 15."
    assert _found(text, "2023-02-24")[0] == ("April 18", "2023-04-18")
    text = "The festival is usually held in April, but this year it moves to May."
    assert ("May", "2026-05") in _found(text, "2026-02-02")


def test_a_period_ending_on_a_day_told_in_the_past_is_the_one_just_over() -> None:
    text = "Figures show 53 ambulances were delayed by more than an hour in the seven days to Sunday."
    assert _found(text, "2017-12-21")[-1] == ("Sunday", "2017-12-17")
    # (but a half year told in the past in its last weeks is still this one)
    text = "The brewer said its board had approved an interim dividend for the half year to June 30."
    assert _found(text, "2016-06-15")[-1] == ("June 30", "2016-06-30")


def test_the_weekday_of_a_story_s_week_passes_over_a_month_named_since() -> None:
    text = (
        "The singer has pulled out of the festival this weekend after announcing she is expecting a child in "
        "December. She was due to play on the Sunday afternoon."
    )
    assert _found(text, "2023-06-21")[-1] == ("the Sunday afternoon", "2023-06-25TAF")


def test_going_live_is_on_a_timetable() -> None:
    assert _found("Patch 14.23, which goes live Wednesday, trims 23 champions.", "2024-11-14") == [
        ("Wednesday", "2024-11-20")
    ]


def test_a_capitalised_past_form_opening_a_name_is_no_verb() -> None:
    text = "Vogue confirmed Wednesday that the couple will co-chair this year's Met Gala on Monday."
    assert _found(text, "2022-04-27")[-1] == ("Monday", "2022-05-02")


def test_a_day_that_brings_a_release_is_on_the_timetable() -> None:
    assert _found("Thursday brings weekly jobless claims and the ISM survey.", "2024-01-28")[0] == (
        "Thursday",
        "2024-02-01",
    )
    text = "On Thursday, the Central Statistics Office publishes September's live register figures."
    assert _found(text, "2019-10-06")[0] == ("Thursday", "2019-10-10")


def test_a_round_the_clock_service_is_no_length() -> None:
    text = "Customers can get help from a 24-hour helpline, and its 24-hour support line stays open."
    assert _found(text, "2015-11-18") == []
    assert _found("Unions called a 24-hour strike.", "2015-11-18") == [("24-hour", "PT24H")]


def test_an_anniversary_of_a_part_of_a_day_and_the_news_told_beside_it() -> None:
    text = "Twenty years ago this morning, the first plane struck the north tower at 8:46 a.m."
    assert _found(text, "2021-09-11") == [
        ("Twenty years ago this morning", "2001-09-11TMO"),
        ("8:46 a.m.", "2001-09-11T08:46"),
    ]
    text = "Eighty years ago today, Allied troops came ashore in Normandy, and on Thursday the King joined veterans."
    assert _found(text, "2024-06-06") == [("Eighty years ago today", "1944-06-06"), ("Thursday", "2024-06-06")]


def test_a_participle_on_a_sum_of_money_is_no_verb() -> None:
    text = "Kohl's will offer store credit for every $50 spent from Nov. 25 through Dec. 2."
    assert _found(text, "2024-09-12") == [("Nov. 25", "2024-11-25"), ("Dec. 2", "2024-12-02")]


def test_a_date_set_for_something_lies_ahead() -> None:
    text = "The FDA has set a PDUFA date of July 24 for the company's migraine drug, the company said Tuesday."
    assert _found(text, "2015-03-10")[0] == ("July 24", "2015-07-24")
    text = "The agency granted priority review, setting an action date of May 28, the company said."
    assert _found(text, "2017-01-17") == [("May 28", "2017-05-28")]


def test_the_hundreds_of_a_year_before_2000_are_its_century() -> None:
    assert _found("Puck Fair has opened every August since the 1600s.", "2017-08-10")[-1] == ("the 1600s", "16")
    assert _found("Sales boomed in the 2000s.", "2017-08-10") == [("the 2000s", "200")]


def test_a_weekday_a_date_falls_on_is_that_date() -> None:
    text = "Sales continue at most stores through New Year's Eve on Saturday."
    assert _found(text, "2022-12-27") == [("New Year's Eve", "2022-12-31"), ("Saturday", "2022-12-31")]
    # (not a date against the clause's tense: the Orthodox Easter is not the one just past)
    text = "Orthodox Christians will celebrate Easter on Sunday, a week after Catholics."
    assert ("Sunday", "2023-04-16") in _found(text, "2023-04-14")


def test_an_adverb_between_the_auxiliary_and_its_participle() -> None:
    text = "Bills could reach a record when the cap is next changed in October, analysts said on Monday."
    assert _found(text, "2022-06-27")[0] == ("October", "2022-10")


def test_a_clause_on_the_subject_does_not_date_a_fronted_month() -> None:
    text = "Beginning in June, customers enrolled in the off-peak plan will pay 9 cents per kilowatt-hour."
    assert _found(text, "2024-04-10") == [("June", "2024-06")]
    # (but a verb with an object after its subject does)
    text = "On Monday, officials said they would reopen the bridge."
    assert _found(text, "2024-04-10") == [("Monday", "2024-04-08")]


def test_a_list_of_months_takes_the_year_written_after_its_last() -> None:
    text = "The trust declared a dividend of 19 cents for each of April, May and June 2016."
    assert _found(text, "2016-02-18") == [("April", "2016-04"), ("May", "2016-05"), ("June 2016", "2016-06")]
    text = "Riots broke out on May 30, May 31 and June 1, 1921."
    assert _found(text, "2021-05-30") == [
        ("May 30", "1921-05-30"),
        ("May 31", "1921-05-31"),
        ("June 1, 1921", "1921-06-01"),
    ]
    # (the months before a turn of the year are of the year before)
    text = "Sales were weak in November, December and January 2017."
    assert [value for _, value in _found(text, "2017-03-01")] == ["2016-11", "2016-12", "2017-01"]


def test_a_change_between_figures_in_a_future_clause_is_dated_by_its_day() -> None:
    text = "Interest on the loans will fall to 7.3% from 7.7% on Friday, the government said."
    assert _found(text, "2023-08-30") == [("Friday", "2023-09-01")]
    # (a level compared with is the level then)
    assert _found("Unemployment fell to 3.9 percent from 4 percent in June.", "2023-08-30") == [("June", "2023-06")]


def test_a_rate_of_money_from_a_figure_or_a_date() -> None:
    doc = timeline.extract("Telstra said plans will rise by $3 to $4 a month from 28 June.", "2022-05-18")
    assert [(e.text, e.type.value, e.value) for e in doc.expressions] == [
        ("a month", "SET", "P1M"),
        ("28 June", "DATE", "2022-06-28"),
    ]
    # (but a length counted from a moment ends then)
    doc = timeline.extract("The plan will cost $20 a month from now.", "2022-05-18")
    assert [(e.text, e.type.value, e.value) for e in doc.expressions] == [("a month from now", "DATE", "2022-06")]


def test_a_day_of_a_month_with_a_word_of_habit_after_it_is_any_years() -> None:
    assert _found("Interest is paid on 1 April each year.", "2020-10-14")[0] == ("1 April", "XXXX-04-01")
    assert _found("The fair is held in June of every year.", "2020-10-14")[0] == ("June", "XXXX-06")
    # (a clause of its own is no habit of the month)
    assert _found("Sales rose in June, and each year since.", "2020-10-14")[0] == ("June", "2020-06")


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("India celebrated its 74th Republic Day on Thursday.", "2023-01-26", ("Republic Day", "2023-01-26")),
        ("Freedom Day on Thursday falls days before Workers' Day.", "2023-04-26", ("Freedom Day", "2023-04-27")),
        ("Family Day on Monday gives Ontarians a long weekend.", "2020-02-14", ("Family Day", "2020-02-17")),
        ("Most Ontarians get Monday off for the Civic Holiday.", "2018-08-03", ("the Civic Holiday", "2018-08-06")),
        ("Melbourne Cup Day is a public holiday in Melbourne.", "2019-11-04", ("Melbourne Cup Day", "2019-11-05")),
        (
            "Japan's Respect for the Aged Day comes as centenarians hit a record.",
            "2024-09-13",
            ("Respect for the Aged Day", "2024-09-16"),
        ),
        ("Shops will close for Chuseok.", "2025-10-02", ("Chuseok", "2025-10-06")),
        ("Factories stay shut until the Lantern Festival.", "2026-02-02", ("the Lantern Festival", "2026-03-03")),
        (
            "Germans will mark the Day of German Unity with celebrations.",
            "2015-10-02",
            ("the Day of German Unity", "2015-10-03"),
        ),
        ("Hallowe'en falls on a Friday this year.", "2025-10-24", ("Hallowe'en", "2025-10-31")),
        ("St Brigid's Day falls on Wednesday.", "2023-01-30", ("St Brigid's Day", "2023-02-01")),
    ],
)
def test_national_days_and_festivals(text: str, reference: str, expected: tuple[str, str]) -> None:
    found = _found(text, reference)
    assert any(expected[1] == value and expected[0].endswith(name) for name, value in found), found


def test_a_holiday_several_countries_keep_is_the_one_of_the_country_its_text_names() -> None:
    # the country's word right before the name
    text = "While the Scottish summer bank holiday falls on Monday, workers in England and Wales must wait."
    assert _found(text, "2017-08-04")[0] == ("summer bank holiday", "2017-08-07")
    # the country its sentence names
    text = "Canada Post says there will be no mail delivery today for Thanksgiving."
    assert _found(text, "2024-10-14")[-1] == ("Thanksgiving", "2024-10-14")
    # the country the story names more than once, a dateline in capitals included
    text = "ISLAMABAD: Preparations are in full swing for Independence Day on Monday. Karachi will hold a parade."
    assert _found(text, "2017-08-12")[0] == ("Independence Day", "2017-08-14")
    # (named once in passing, a country does not make the story its own)
    text = "The CDC told consumers to throw away romaine lettuce before Thanksgiving. Canadian officials agreed."
    assert _found(text, "2018-11-21")[0] == ("Thanksgiving", "2018-11-22")
    # Britain keeps Mother's Day on Mothering Sunday
    text = "Clocks go forward in Britain this Sunday, which is also Mother's Day."
    assert _found(text, "2025-03-26")[-1] == ("Mother's Day", "2025-03-30")


def test_a_weekday_a_date_is_said_to_fall_on_is_that_date_whatever_the_tense() -> None:
    text = "With Australia Day falling on Wednesday, the council has warned residents about bin collections."
    assert _found(text, "2022-01-24")[:2] == [("Australia Day", "2022-01-26"), ("Wednesday", "2022-01-26")]


def test_clock_times_in_spelled_zones_and_their_restatements_share_the_day_after_them() -> None:
    text = "The game will tip off at 7:30 p.m. Eastern, 4:30 p.m. Pacific, on Saturday."
    assert _found(text, "2023-03-09") == [
        ("7:30 p.m. Eastern", "2023-03-11T19:30"),
        ("4:30 p.m. Pacific", "2023-03-11T16:30"),
        ("Saturday", "2023-03-11"),
    ]
    text = "Join us for a webinar at 11 a.m. PT / 2 p.m. ET / 7 p.m. GMT on Wednesday, Nov. 6."
    assert [value for _, value in _found(text, "2024-10-30")][:3] == [
        "2024-11-06T11:00",
        "2024-11-06T14:00",
        "2024-11-06T19:00",
    ]
    # (not a place named after the zone)
    assert _found("We met at 3 p.m. Central Park.", "2024-02-09") == [("3 p.m.", "2024-02-09T15:00")]


def test_a_day_s_event_its_clause_looks_to_is_the_nearest_or_the_next() -> None:
    # a day named before it in the sentence: the first after that day
    text = "Fans queued from early Friday for Saturday's weigh-ins."
    assert _found(text, "2023-02-10")[-1] == ("Saturday", "2023-02-11")
    # a past clause: the nearest such day; a present one: the next
    assert _found("Tickets for Saturday's UFC 231 sold out in 20 minutes.", "2018-12-06")[0] == (
        "Saturday",
        "2018-12-08",
    )
    assert _found("The mare is 9-2 for Friday's showpiece.", "2026-03-11") == [("Friday", "2026-03-13")]
    assert _found("Fans thanked the club for Saturday's parade.", "2017-10-16") == [("Saturday", "2017-10-14")]
    # (no event: what one is fined for is past)
    assert _found("He was fined for Saturday's incident.", "2020-03-18") == [("Saturday", "2020-03-14")]


def test_a_weekday_said_to_be_something_to_come_is_the_next() -> None:
    text = "Ferry operators said Thursday would be their busiest day of the year."
    assert _found(text, "2024-03-27")[0] == ("Thursday", "2024-03-28")
    # (but the day of saying, before its clause's subject)
    assert _found("Officials said Thursday it would be their busiest day.", "2024-03-27") == [
        ("Thursday", "2024-03-21")
    ]


def test_the_weekend_a_future_clause_goes_on_after_is_the_next() -> None:
    assert _found("Workers will go back to work after the weekend.", "2026-04-21") == [("the weekend", "2026-W17-WE")]
    # (an event the clause follows is the one just past)
    assert _found("Talks will resume after Monday's vote.", "2026-04-21") == [("Monday", "2026-04-20")]


def test_the_following_weekday_a_date_is_said_to_fall_on_is_that_date() -> None:
    text = "Quebecers celebrate on Saturday, and because Canada Day falls the following Saturday, movers are busy."
    assert _found(text, "2023-06-23")[-1] == ("the following Saturday", "2023-07-01")


def test_a_month_after_the_quarter_or_half_of_a_year_that_holds_it_is_of_that_year() -> None:
    text = "TKO said Wednesday that it expects a stronger first half of 2025, helped by WrestleMania 41 in April."
    assert _found(text, "2025-02-27")[-1] == ("April", "2025-04")
    # (a fiscal quarter holds no calendar month)
    text = (
        "The Navy expects the carrier to be ready in the first quarter of fiscal 2025, after work that began in March."
    )
    assert _found(text, "2023-06-21")[-1] == ("March", "2023-03")


def test_the_first_half_of_a_month_is_that_month() -> None:
    doc = timeline.extract("Officials expect the next round of talks in the first half of January.", "2025-12-31")
    assert [(e.text, e.value, e.mod) for e in doc.expressions] == [("the first half of January", "2026-01", "START")]


def test_a_timetable_step_after_a_day_named_is_the_first_such_day_after_it() -> None:
    text = "Supermarkets will close at 4pm on Christmas Eve and reopen at 9am on Saturday."
    assert _found(text, "2026-12-18")[2:] == [("9am", "2026-12-26T09:00"), ("Saturday", "2026-12-26")]


def test_hours_that_take_effect_from_a_season_on_recur() -> None:
    text = "The board voted Thursday to push the first bell from 7:25 a.m. to 8:30 a.m. starting next fall."
    assert _found(text, "2017-11-11")[1:3] == [("7:25 a.m.", "XXXX-XX-XXT07:25"), ("8:30 a.m.", "XXXX-XX-XXT08:30")]
    # (not across a sentence: "... to 6 p.m. Beginning next week, ...")
    text = "The museum will be open on New Year's Day from noon to 6 p.m. Beginning next week, hours extend."
    assert _found(text, "2024-12-30")[1:3] == [("noon", "2025-01-01T12:00"), ("6 p.m.", "2025-01-01T18:00")]


def test_a_length_written_with_a_decimal_keeps_it_and_one_in_words_is_split() -> None:
    text = "Adults slept 6.9 hours a night, up from 6.5 hours, and the race took two and a half hours."
    assert [
        (e.text, e.value) for e in timeline.extract(text, "2022-02-10").expressions if e.type.value == "DURATION"
    ] == [
        ("6.9 hours", "PT6.9H"),
        ("6.5 hours", "PT6.5H"),
        ("two and a half hours", "PT2H30M"),
    ]


def test_a_modal_capitalised_inside_a_sentence_is_a_name_and_the_verb_after_it_is_finite() -> None:
    text = "Theresa May announced on Thursday that a public inquiry would be held."
    assert _found(text, "2017-06-16") == [("Thursday", "2017-06-15")]


def test_a_bare_form_after_an_owner_s_month_is_the_thing_it_dates() -> None:
    text = "Shares dropped on Monday as the lock-up expired, roughly six months after the company's April debut."
    assert _found(text, "2017-10-03")[-1] == ("April", "2017-04")
    # (after a preposition it is the verb: "Retail sales for June follow on Friday")
    assert _found("Retail sales for June follow on Friday.", "2023-07-23")[-1] == ("Friday", "2023-07-28")


def test_a_span_up_to_a_day_s_close_ends_at_the_last_close() -> None:
    text = "Companies that went public in the third quarter have returned 28% through Tuesday's close."
    assert _found(text, "2018-09-26")[-1] == ("Tuesday", "2018-09-25")


def test_a_date_a_future_clause_puts_ahead_is_not_of_a_month_gone_by() -> None:
    text = "The shares, which debuted in September, have lost a third, and a lock-up expires on Sept. 15."
    assert _found(text, "2015-07-30") == [("September", "2014-09"), ("Sept. 15", "2015-09-15")]


def test_a_zone_in_brackets_between_a_clock_time_and_its_day() -> None:
    text = "Its shares will commence trading at 11:00am (AEDT) on Monday, 23 March 2026."
    assert _found(text, "2026-03-19")[0] == ("11:00am", "2026-03-23T11:00")


def test_an_event_called_for_a_day_after_a_longer_object_lies_ahead() -> None:
    assert _found("Unions have called another day of mass protests for Thursday.", "2020-01-06")[-1] == (
        "Thursday",
        "2020-01-09",
    )
    # ... and so does what one is appealed to to do
    text = "The Shahi Imam appealed to Muslims to offer Eid prayers at home on Friday."
    assert _found(text, "2021-05-13") == [("Friday", "2021-05-14")]


def test_a_noun_after_an_article_and_an_adjective_in_ing_is_no_timetable_verb() -> None:
    text = "Pat Cummins hit the winning runs at Edgbaston at 7.37pm on Tuesday."
    assert _found(text, "2023-06-21") == [("7.37pm", "2023-06-20T19:37"), ("Tuesday", "2023-06-20")]


def test_a_weekday_before_midnight_or_noon_is_that_day_s() -> None:
    assert _found("Drivers have stayed off the roads since Sunday midnight.", "2018-10-24") == [
        ("Sunday midnight", "2018-10-21T24:00")
    ]
    # (not the start of the day's hours)
    text = "Oktoberfest: Saturday 4-11 p.m. and Sunday noon-6 p.m."
    assert ("Sunday", "2018-10-14") in _found(text, "2018-10-11")


def test_a_day_declared_something_lies_ahead() -> None:
    text = "Delhi's government has declared Monday a public holiday for the festival."
    assert _found(text, "2023-11-17") == [("Monday", "2023-11-20")]


def test_what_a_future_clause_draws_from_a_day_s_event_is_the_nearest() -> None:
    text = "Mortgage holders will see only a partial benefit from Wednesday's cut."
    assert _found(text, "2015-07-16") == [("Wednesday", "2015-07-15")]
    # (the publication's own weekday is its day)
    text = "The team will open the playoffs on Wednesday or Thursday, depending on the result of Sunday's game."
    assert _found(text, "2016-05-08")[-1] == ("Sunday", "2016-05-08")


def test_earlier_after_a_length_compares_and_the_verb_decides() -> None:
    text = "The Book of Kells exhibition will open an hour earlier, at 8.30am, from Monday to cope with the crowds."
    assert ("Monday", "2017-06-05") in _found(text, "2017-06-02")


def test_a_timetable_verb_after_an_adverb_or_a_name_ending_in_a_number() -> None:
    text = "China's first grand prix since 2019 also hosts the season's first sprint on Saturday."
    assert ("Saturday", "2024-04-20") in _found(text, "2024-04-17")
    assert _found("Matrix Fight Night 12 returns to Delhi on Saturday.", "2023-11-30") == [("Saturday", "2023-12-02")]
    # (a number in lower-case running text counts what follows it)
    assert _found("England beat India by 22 runs at Lord's on Monday.", "2025-07-15") == [("Monday", "2025-07-14")]


def test_a_compound_adjective_is_no_time_a_clock_time_takes_its_day_from() -> None:
    text = (
        "Thieves broke into the vault shortly before 5 a.m. on Monday and escaped with 18th-century jewellery. "
        "Police said the burglars had cut the power. A guard alerted police at 4:59 a.m."
    )
    assert ("4:59 a.m.", "2019-11-25T04:59") in _found(text, "2019-11-26")


def test_hours_kept_each_day_of_a_stretch_recur() -> None:
    text = "Crews will mill and pave Route 6A overnight from June 16 through June 20, working from 7 p.m. to 6 a.m."
    assert _found(text, "2025-06-13")[-2:] == [("7 p.m.", "XXXX-XX-XXT19:00"), ("6 a.m.", "XXXX-XX-XXT06:00")]
    text = "Beginning Monday, July 13, each patient may designate one visitor, who may visit between 10 a.m. and 7 p.m."
    assert _found(text, "2020-07-06")[-2:] == [("10 a.m.", "XXXX-XX-XXT10:00"), ("7 p.m.", "XXXX-XX-XXT19:00")]
    # (the sentence before may tell the stretch, if it names no day of its own)
    text = "The overnight parking ban lasts until March 31. Cars may not be parked between 2 a.m. and 6 a.m."
    assert _found(text, "2019-12-09")[-2:] == [("2 a.m.", "XXXX-XX-XXT02:00"), ("6 a.m.", "XXXX-XX-XXT06:00")]


def test_hours_of_a_day_named_or_told_in_the_past_do_not_recur() -> None:
    # a day of the hours' own, beside a stretch
    text = "Early voting runs through Feb. 27. Polls will be open on Tuesday from 7 a.m. to 7 p.m."
    assert _found(text, "2026-02-14")[-2:] == [("7 a.m.", "2026-02-17T07:00"), ("7 p.m.", "2026-02-17T19:00")]
    # a stretch after the hours in a clause of its own
    text = "Polls are open from 7am until 10pm, and counting will not begin until Friday morning."
    assert _found(text, "2026-05-07")[:2] == [("7am", "2026-05-07T07:00"), ("10pm", "2026-05-07T22:00")]
    # a stretch told in the past
    text = "Talks have dragged on for more than a year. Parents should make other arrangements from 9am until 3pm."
    assert [value for _, value in _found(text, "2019-05-28")[-2:]] == ["2019-05-28T09:00", "2019-05-28T15:00"]


def test_a_stretch_after_a_date_starts_then() -> None:
    text = "It awarded contracts to guarantee medicine supplies for six months after March 29."
    assert ("March 29", "2019-03-29") in _found(text, "2019-03-01")


def test_a_quarter_after_a_year_ahead_just_named_is_of_that_year() -> None:
    text = "Analysts expect congestion to persist into 2022, and say rates will not ease before the fourth quarter."
    assert _found(text, "2021-12-30")[-1] == ("the fourth quarter", "2022-Q4")


def test_a_count_of_things_in_a_length_is_no_date() -> None:
    text = "The Irish Championship returns to Dublin next month, with nine rounds in four days."
    assert ("four days", "P4D") in _found(text, "2023-07-19")


def test_an_event_a_subject_has_on_a_day_lies_ahead() -> None:
    assert _found("The team has a game on Wednesday.", "2025-01-21") == [("Wednesday", "2025-01-22")]


def test_a_verb_after_an_age_between_commas_is_the_subject_s() -> None:
    assert _found("Gukesh, 18, qualified by winning the Candidates in April.", "2024-11-25") == [("April", "2024-04")]


def test_a_range_a_past_verb_ran_over_is_past() -> None:
    text = "The squad trained online from March until the end of June."
    assert _found(text, "2025-07-16") == [("March", "2025-03"), ("the end of June", "2025-06")]
    # (a warning issued, in the present perfect, runs ahead)
    text = "Met Éireann has issued a red wind warning from 2am until 10am on Friday."
    assert _found(text, "2025-01-23")[-1] == ("Friday", "2025-01-24")


def test_an_amount_expected_by_a_day_lies_ahead() -> None:
    assert _found("Forecasters expect up to 20 centimetres by Monday.", "2019-02-01") == [("Monday", "2019-02-04")]


def test_a_clock_time_in_a_clause_of_when_after_a_day_is_that_day_s() -> None:
    text = (
        "Traffic will be restricted from 6 a.m. to midnight each day through Sunday, when the race starts at 3:30 p.m."
    )
    assert _found(text, "2022-05-06")[-1] == ("3:30 p.m.", "2022-05-08T15:30")


def test_next_month_s_name_said_just_before_it_is_a_year_on() -> None:
    # the month about to begin is "next month"; "next June" said in May is the June after it
    assert _found("Tickets will be valid next June, the promoter said.", "2021-05-14") == [("next June", "2022-06")]
    assert _found("Tickets will be valid next August.", "2021-05-14") == [("next August", "2021-08")]


def test_a_year_long_gone_frames_no_date_a_future_clause_names() -> None:
    text = "The 1851 Great Exhibition is the subject of a new display, which opens on 14 October."
    assert _found(text, "2015-10-08")[-1] == ("14 October", "2015-10-14")


def test_an_hour_in_utc_or_beside_an_afternoon_on_the_24_hour_clock_is_as_written() -> None:
    text = "The network said its API began failing at about 11:20 UTC Tuesday, with errors into the evening."
    assert _found(text, "2025-11-19")[0] == ("about 11:20 UTC", "2025-11-18T11:20")
    text = "Fans queued from 9:15 and the gates opened at 13:30, though the concert ran into the night."
    assert _found(text, "2025-11-19")[0] == ("9:15", "2025-11-19T09:15")


def test_a_holiday_naming_a_kind_of_record_is_no_date() -> None:
    text = "Perth singer Kira Dunn's Christmas single will be released on Friday."
    assert _found(text, "2016-11-14") == [("Friday", "2016-11-18")]


def test_a_record_s_start_a_few_words_long_is_a_benchmark_anaphora_skips() -> None:
    text = "2015 was the warmest year since modern record-keeping began in 1880, beating the mark set a year earlier."
    assert _found(text, "2016-01-20")[-1] == ("a year earlier", "2014")


def test_a_length_an_end_moved_by_is_no_period_ending_at_it() -> None:
    text = "The album, originally due March 29, has been pushed back a week to April 5, his label said late Monday."
    assert ("April 5", "2024-04-05") in _found(text, "2024-03-12")


def test_a_run_of_days_without_a_verb_is_the_run_nearest_the_publication() -> None:
    text = "WINTER STORM WATCH from late Saturday night through Monday morning."
    assert _found(text, "2026-02-27") == [("late Saturday night", "2026-02-28TNI"), ("Monday morning", "2026-03-02TMO")]
    text = "The sequel set a record, earning $225 million from Wednesday through Sunday."
    assert _found(text, "2024-12-02") == [("Wednesday", "2024-11-27"), ("Sunday", "2024-12-01")]


def test_an_effort_in_progress_toward_a_deadline_looks_ahead() -> None:
    text = "The company said on Tuesday that engineers were working to restore the rest by Thursday."
    assert _found(text, "2023-12-20") == [("Tuesday", "2023-12-19"), ("Thursday", "2023-12-21")]


def test_a_span_a_past_verb_went_on_for_ends_in_the_past() -> None:
    text = "The team was called out over the weekend, including a rescue that went on until 2am on Sunday."
    assert _found(text, "2021-08-16")[-2:] == [("2am", "2021-08-15T02:00"), ("Sunday", "2021-08-15")]


def test_a_possibility_that_opens_on_a_day_lies_ahead() -> None:
    text = "The board said on Wednesday that hall tickets could be downloaded from Monday."
    assert _found(text, "2023-05-31") == [("Wednesday", "2023-05-31"), ("Monday", "2023-06-05")]


def test_an_ability_lost_by_a_day_is_past() -> None:
    text = "The attack was detected last Thursday. By Friday, residents could no longer pay their bills online."
    assert _found(text, "2018-03-27")[-1] == ("Friday", "2018-03-23")


def test_a_compound_verb_after_a_name_opening_its_clause_is_past() -> None:
    text = "Drake surprise-released a mixtape late Thursday night, and analysts say it is on pace to sell well."
    assert _found(text, "2015-02-17") == [("late Thursday night", "2015-02-12TNI")]


def test_a_date_moved_to_in_the_past_perfect_is_the_nearest() -> None:
    text = "NASA said Tuesday the launch, originally set for Friday, had been moved up a day to Thursday."
    assert _found(text, "2018-02-06")[-1] == ("Thursday", "2018-02-08")
    text = "The actors' contract had been extended to 11:59 p.m. Wednesday, and the board voted Thursday to strike."
    assert _found(text, "2023-07-14")[0] == ("11:59 p.m. Wednesday", "2023-07-12T23:59")


def test_a_date_an_event_is_being_moved_to_lies_ahead() -> None:
    text = "The festival moved once in March, when the board voted to shift the three-day event to Sept. 4."
    assert _found(text, "2020-07-21")[-1] == ("Sept. 4", "2020-09-04")
    text = "Production had been delayed by roughly six weeks, pushing first shipments into August."
    assert _found(text, "2017-06-14")[-1] == ("August", "2017-08")


def test_the_date_an_event_was_moved_from_far_back_in_a_range_is_the_nearest() -> None:
    text = "Organizers of the expo have pushed the three-day event back from March 3 to May 10, citing a clash."
    assert _found(text, "2016-01-14")[1:] == [("March 3", "2016-03-03"), ("May 10", "2016-05-10")]


def test_a_day_an_overtaken_plan_was_set_for_is_the_nearest() -> None:
    text = "The strike, which had been due to begin at 7am on Tuesday, has been pushed back 48 hours, the union said."
    assert _found(text, "2024-02-24")[:2] == [("7am", "2024-02-27T07:00"), ("Tuesday", "2024-02-27")]
    text = "The run, which was due to start in Glasgow on Saturday, will now take place next spring."
    assert ("Saturday", "2024-09-07") in _found(text, "2024-09-05")
    # a plan told in the simple past still stands, and a past clause's day is past
    text = "The run started in Glasgow on Saturday."
    assert _found(text, "2024-09-05") == [("Saturday", "2024-08-31")]


def test_a_recurrence_within_the_hours_of_a_day_named_leaves_them_that_day_s() -> None:
    text = (
        "Fireworks start at 9:15 p.m. Thursday, and the trolley will run every 20 minutes from 5 p.m. until midnight."
    )
    assert _found(text, "2019-07-03")[2:] == [("5 p.m.", "2019-07-04T17:00"), ("midnight", "2019-07-04T24:00")]
    # with no day named before it, or a day that opens a stretch, the hours recur
    text = "Starting today, the ferry runs every 30 minutes from 7 a.m. until 11 p.m."
    assert _found(text, "2021-07-01")[2:] == [("7 a.m.", "XXXX-XX-XXT07:00"), ("11 p.m.", "XXXX-XX-XXT23:00")]
    text = "Skate sessions start every two hours beginning at 10 a.m., and the rink will be closed Christmas Day."
    assert ("10 a.m.", "XXXX-XX-XXT10:00") in _found(text, "2016-12-02")


def test_lengths_with_fractions_in_words_or_one_character() -> None:
    text = "The flight took two and a quarter hours, the final an hour and three-quarters, and rescuers 27½ hours."
    assert _found(text, "2024-05-02") == [
        ("two and a quarter hours", "PT2H15M"),
        ("an hour and three-quarters", "PT1H45M"),
        ("27½ hours", "PT27H30M"),
    ]
    text = "The 1½-hour meeting ended; the pipe will be replaced within the next year and a half."
    assert _found(text, "2019-11-18") == [("1½-hour", "PT1H30M"), ("the next year and a half", "P1.5Y")]
    text = "A second outing is planned in about a week and a half."
    assert _found(text, "2018-04-16") == [("about a week and a half", "P1.5W")]


def test_an_irregular_plural_is_the_subject_of_a_timetable_present() -> None:
    text = "England's women open their campaign against Austria at Old Trafford on Wednesday night."
    assert _found(text, "2022-07-05") == [("Wednesday night", "2022-07-06TNI")]


def test_a_day_named_that_none_follows_closely_leaves_a_lead_up_to_the_nearest() -> None:
    text = "The next chancellor is unlikely to be sworn in before Easter, analysts said ahead of Sunday's election."
    assert _found(text, "2025-02-20") == [("Easter", "2025-04-20"), ("Sunday", "2025-02-23")]


def test_a_target_with_an_object_looks_ahead() -> None:
    text = "The agency said Tuesday it had again delayed the flyby, now targeting no earlier than April."
    assert _found(text, "2026-02-10") == [("Tuesday", "2026-02-10"), ("now", "PRESENT_REF"), ("April", "2026-04")]


def test_a_time_moved_to_an_earlier_hour_is_no_range_past_midnight() -> None:
    text = "Saturday's 5K run has been moved from 9 a.m. to 7 a.m., and packet pickup will open at 6 a.m."
    assert _found(text, "2021-07-30")[1:] == [
        ("9 a.m.", "2021-07-31T09:00"),
        ("7 a.m.", "2021-07-31T07:00"),
        ("6 a.m.", "2021-07-31T06:00"),
    ]


def test_a_weekday_before_an_ordinal_day_in_figures_is_that_day() -> None:
    text = "The fair opens Saturday 8th and closes Sun 9th."
    assert _found(text, "2024-06-01") == [("Saturday 8th", "2024-06-08"), ("Sun 9th", "2024-06-09")]
    # a place in a table is no day
    assert _found("He finished Saturday 8th in the standings.", "2024-06-01") == [("Saturday", "2024-06-01")]


def test_days_and_units_as_posts_shorten_them() -> None:
    text = "Launch is tmrw 10am, the show 2nite at 9, and the refit takes 3 mos; back in 2 wks."
    found = _found(text, "2024-02-10")
    assert ("tmrw", "2024-02-11") in found
    assert ("2nite", "2024-02-10TNI") in found
    assert ("3 mos", "P3M") in found
    assert ("2 wks", "2024-W08") in found


def test_a_code_of_a_number_and_a_letter_ends_a_name_before_its_verb() -> None:
    text = "The Minute Man Diner on Route 2A reopens Saturday after a two-month renovation."
    assert _found(text, "2019-04-18")[0] == ("Saturday", "2019-04-20")


def test_a_date_in_the_subject_is_dated_by_the_verb_after_it() -> None:
    # a finite verb after the date makes the word before it a noun, however much it looks like a verb
    assert _found("The Senate vote on Tuesday was 51-49.", "2024-03-06") == [("Tuesday", "2024-03-05")]
    assert _found("The Senate vote on Tuesday will be close.", "2024-03-06") == [("Tuesday", "2024-03-12")]
    text = "The mall says the holiday weekend was its quietest of the year."
    assert _found(text, "2015-11-30")[0] == ("the holiday weekend", "2015-W48-WE")


def test_a_fixture_in_the_present_lies_ahead() -> None:
    assert _found("Ireland tackle France on Saturday.", "2024-03-06") == [("Saturday", "2024-03-09")]
    assert _found("United welcome Chelsea on Sunday.", "2024-03-06") == [("Sunday", "2024-03-10")]
    text = "Europe's railways switch to their new timetables on Sunday."
    assert _found(text, "2024-12-14") == [("Sunday", "2024-12-15")]


def test_a_weekday_followed_on_after_a_day_ahead_is_after_it() -> None:
    text = "The draft opens in Detroit on Thursday, April 25, followed by rounds two and three on Friday."
    assert _found(text, "2024-04-17")[-1] == ("Friday", "2024-04-26")


def test_the_month_after_a_month_ahead_in_its_sentence_is_that_month() -> None:
    text = "Drivers will hold stoppages in November, starting on the first Monday of the month."
    assert _found(text, "2021-10-25") == [("November", "2021-11"), ("the first Monday of the month", "2021-11-01")]
    assert _found("Drivers will strike in November, until the end of the month.", "2021-10-25")[1] == (
        "the end of the month",
        "2021-11",
    )


def test_weekdays_counted_back_and_on_step_whole_weeks() -> None:
    text = "The memo went out two Fridays ago; the hearing is the Monday after next."
    assert _found(text, "2025-02-26") == [("two Fridays ago", "2025-02-14"), ("the Monday after next", "2025-03-10")]


def test_a_length_after_in_and_a_word_of_habit_is_a_usual_span() -> None:
    text = "The storm dropped more rain than the area normally gets in a month."
    assert _found(text, "2021-07-19") == [("a month", "P1M")]
    assert _found("The plant will reopen in a month.", "2021-07-19") == [("a month", "2021-08")]


def test_a_time_something_is_expected_into_lies_ahead() -> None:
    text = "Polls opened at 7am today, with most results expected overnight and into Friday afternoon."
    assert _found(text, "2024-05-02")[-1] == ("Friday afternoon", "2024-05-03TAF")
    text = "The ruling left the subsidies intact, with a decision on marriage expected as early as Friday."
    assert _found(text, "2015-06-25") == [("Friday", "2015-06-26")]


def test_a_weekday_a_preposition_or_a_verb_introduces_is_a_day_before_a_name() -> None:
    text = "On Monday President Biden said the plan was fine, and officials said Tuesday Germany would join."
    assert _found(text, "2024-05-01") == [("Monday", "2024-04-29"), ("Tuesday", "2024-04-30")]


def test_a_holiday_kept_by_several_countries_falls_on_the_day_named_beside_it() -> None:
    text = "City hall will be closed Monday, Oct. 12, for Thanksgiving, and regular hours resume Tuesday."
    assert ("Thanksgiving", "2020-10-12") in _found(text, "2020-10-08")
    assert ("Thanksgiving", "2025-10-13") in _found("Gym closed today for Thanksgiving.", "2025-10-13")
    # a day further off is another day: "their next meeting, on Oct. 12, and ... before Thanksgiving"
    text = "They will meet again on Oct. 12, and said that a return to classrooms before Thanksgiving is possible."
    assert ("Thanksgiving", "2020-11-26") in _found(text, "2020-09-29")


def test_advice_after_so_is_an_imperative_that_looks_ahead() -> None:
    text = "The braise tastes better the next day, so make it on Saturday and serve it Sunday."
    assert _found(text, "2026-01-09")[1:] == [("Saturday", "2026-01-10"), ("Sunday", "2026-01-11")]
    # a past verb after "then" is no advice
    text = "The team practiced on Christmas Eve morning, then won the Smoky Mountain Duals on Saturday."
    assert _found(text, "2025-01-01")[-1] == ("Saturday", "2024-12-28")


def test_a_span_begun_on_the_day_of_the_report_runs_on_after_it() -> None:
    text = "Texas driver license offices reopened Monday with extended hours through Saturday."
    assert _found(text, "2021-02-22") == [("Monday", "2021-02-22"), ("Saturday", "2021-02-27")]


def test_years_decades_and_lengths_in_words() -> None:
    text = (
        "The colonies broke away in seventeen seventy-six, and the trend may last into the twenty-thirties; the "
        "voyage took a hundred and seventy-eight days, and the show ran twenty-odd minutes."
    )
    assert _found(text, "2021-06-21") == [
        ("seventeen seventy-six", "1776"),
        ("the twenty-thirties", "203"),
        ("a hundred and seventy-eight days", "P178D"),
        ("twenty-odd minutes", "PT20M"),
    ]
    # a year in words after a day joins it, but a count of things does not
    assert _found("They landed on the sixth of June, nineteen forty-four.", "2024-06-06") == [
        ("the sixth of June, nineteen forty-four", "1944-06-06")
    ]
    assert _found("On the 9th of May, two thousand people marched.", "2024-06-06") == [("the 9th of May", "2024-05-09")]
    # a length after a compound that ends in "final" is counted back: "a semi-final twenty-eight years ago"
    text = "England last reached a World Cup semi-final twenty-eight years ago."
    assert _found(text, "2018-07-11") == [("twenty-eight years ago", "1990")]
    # a name is no year: "The Eleven Eleven bar"
    assert _found("The Eleven Eleven bar was packed.", "2021-10-15") == []


def test_an_aside_of_expectation_does_not_date_what_the_sentence_follows() -> None:
    text = (
        "Disruption on the West Coast Main Line, expected to last into Saturday morning, follows Wednesday's amber "
        "warning for snow and ice across Cumbria."
    )
    assert _found(text, "2023-12-01") == [("Saturday morning", "2023-12-02TMO"), ("Wednesday", "2023-11-29")]


def test_an_infinitive_on_the_noun_a_day_owns_does_not_date_the_day() -> None:
    text = "After Thursday's vote to leave the EU, sterling sank to a 31-year low on Friday."
    assert _found(text, "2016-06-27")[0] == ("Thursday", "2016-06-23")


def test_a_day_s_planned_event_lies_ahead() -> None:
    text = "European leaders scrambled to respond to Sunday's planned referendum."
    assert _found(text, "2015-07-02") == [("Sunday", "2015-07-05")]


def test_what_is_asked_for_by_a_deadline_lies_ahead() -> None:
    text = "The regulator has sought a detailed report by 6pm on Friday."
    assert _found(text, "2024-05-09") == [("6pm", "2024-05-10T18:00"), ("Friday", "2024-05-10")]
    assert _found("Democrats want the full report by Tuesday.", "2019-03-29") == [("Tuesday", "2019-04-02")]
    # a request made by a date tells when it was made
    text = "Taxpayers who requested an automatic extension by April 15 must file by midnight."
    assert _found(text, "2024-10-15")[0] == ("April 15", "2024-04-15")
    # an agent is no deadline
    assert _found("It was opened by the mayor on Friday.", "2024-05-09") == [("Friday", "2024-05-03")]


def test_a_clock_time_restated_in_another_zone_with_its_day_takes_that_day() -> None:
    text = "CBS will air the ceremony live from Los Angeles at 8 p.m. ET/5 p.m. PT Sunday."
    assert _found(text, "2024-02-01") == [("8 p.m. ET", "2024-02-04T20:00"), ("5 p.m. PT Sunday", "2024-02-04T17:00")]


def test_a_day_told_in_another_place_s_time_may_be_the_day_after_the_publication() -> None:
    text = "The quake struck at 1:12 a.m. Wednesday local time off the coast of Miyagi."
    assert _found(text, "2025-03-18") == [("1:12 a.m. Wednesday", "2025-03-19T01:12")]
    text = "The decision landed at 2 p.m. ET, which was 2 a.m. Thursday in Hong Kong."
    assert _found(text, "2023-03-22")[1] == ("2 a.m. Thursday", "2023-03-23T02:00")
    # without another place's time, a past clause looks back a week
    assert _found("The quake struck at 1:12 a.m. Wednesday.", "2025-03-18") == [
        ("1:12 a.m. Wednesday", "2025-03-12T01:12")
    ]


def test_an_aim_from_a_day_looks_ahead() -> None:
    text = "Trump has threatened to impose tariffs on all Mexican goods from Monday."
    assert _found(text, "2019-06-05") == [("Monday", "2019-06-10")]


def test_a_report_s_aside_does_not_date_the_clause_after_it() -> None:
    text = (
        "The claims portal will stay open through New Year's Day, the administrator said Tuesday, before closing at "
        "5 p.m. Central on Thursday."
    )
    assert _found(text, "2024-12-31")[-2:] == [("5 p.m. Central", "2025-01-02T17:00"), ("Thursday", "2025-01-02")]
    # ... unless that clause tells what came before
    text = "Google will ban the ads from June, the company said on Wednesday, following a similar move in January."
    assert _found(text, "2018-03-14")[-1] == ("January", "2018-01")


def test_what_is_due_over_a_day_or_forecast_for_it_lies_ahead() -> None:
    text = "PM to visit flood-hit towns as the Environment Agency warns more rain is due over the weekend."
    assert _found(text, "2024-01-09") == [("the weekend", "2024-W02-WE")]
    text = "The fireworks will go ahead tonight as Thursday's forecast high of 45 degrees looms."
    assert _found(text, "2019-12-31")[-1] == ("Thursday", "2020-01-02")
    # what was expected, compared with what came, is no timetable
    text = "The beta drew more players than expected over the weekend."
    assert _found(text, "2023-03-20") == [("the weekend", "2023-W11-WE")]


def test_a_headline_s_infinitive_after_its_subject_is_the_future() -> None:
    text = "Cyclone Alfred to cross coast late Thursday or early Friday, BoM warns"
    assert _found(text, "2025-03-05") == [("late Thursday", "2025-03-06"), ("early Friday", "2025-03-07")]
    text = "First day of Lord's Test washed out; play to start at 10.30am Thursday if the rain clears"
    assert _found(text, "2019-08-14") == [("10.30am Thursday", "2019-08-15T10:30")]
    # a clause with a finite verb is no headline
    assert _found("The decision to close on Friday was criticised.", "2025-03-05") == [("Friday", "2025-02-28")]


def test_a_past_written_as_its_base_after_a_subject_and_its_day_is_the_past() -> None:
    text = "A federal judge in Boston on Tuesday set a hearing for Monday, March 10."
    assert _found(text, "2025-02-26") == [("Tuesday", "2025-02-25"), ("Monday, March 10", "2025-03-10")]


def test_a_ranked_cut_or_hit_after_an_article_is_a_noun() -> None:
    text = "Economists now expect a second cut at the July 24 announcement."
    assert _found(text, "2024-06-06")[-1] == ("July 24", "2024-07-24")


def test_what_a_thing_follows_lies_either_side_of_the_report() -> None:
    text = "The results, published on Thursday, follow figures from TotalEnergies on Wednesday."
    assert _found(text, "2023-07-27") == [("Thursday", "2023-07-27"), ("Wednesday", "2023-07-26")]
    # a time it follows at is its own
    text = "The Federal Reserve announces on Wednesday, and the Bank of England follows at noon on Thursday."
    assert _found(text, "2021-11-01")[-1] == ("Thursday", "2021-11-04")


def test_a_past_written_as_its_base_after_a_modal_is_its_base() -> None:
    assert _found("Will the Bank of England cut rates before Easter?", "2026-02-18") == [("Easter", "2026-04-05")]
    # the month is no modal: "hail in May cut the harvest"
    text = "Frost in late April and hail in May cut the harvest by a third."
    assert _found(text, "2016-10-07") == [("late April", "2016-04"), ("May", "2016-05")]


def test_an_evening_named_in_a_later_clause_does_not_tell_the_half_of_the_day() -> None:
    text = (
        "This morning members loosed a volley at a quarter past eleven, and a lecture will be given at seven o'clock "
        "on Tuesday evening."
    )
    assert ("a quarter past eleven", "2025-10-25T11:15") in _found(text, "2025-10-25")
    text = "Tonight's ceremony begins at nine o'clock."
    assert _found(text, "2025-10-25")[-1] == ("nine o'clock", "2025-10-25T21:00")


def test_an_expectation_told_in_the_past_perfect_was_overtaken() -> None:
    text = "The jurors had been expected to reach a verdict by Wednesday, but on Thursday afternoon they sent a note."
    assert _found(text, "2025-10-24")[0] == ("Wednesday", "2025-10-22")
    # an expectation that stands looks ahead
    assert _found("The river was forecast to crest Tuesday afternoon.", "2025-10-24") == [
        ("Tuesday afternoon", "2025-10-28TAF")
    ]


def test_a_move_in_the_present_perfect_past_an_adverb_lies_ahead() -> None:
    text = "The minister was going to announce the package yesterday, but the launch has now been moved to Monday."
    assert _found(text, "2018-02-08")[-1] == ("Monday", "2018-02-12")
    assert _found("The games have been pushed back to Monday.", "2018-02-08") == [("Monday", "2018-02-12")]
    # a move in the past perfect was overtaken, either side of the report
    assert _found("The vote had already been moved to Monday.", "2018-02-08") == [("Monday", "2018-02-05")]


def test_a_count_of_things_done_within_a_length_is_the_length() -> None:
    text = "By tomorrow night, the relay team will have run 1,000 kilometres in eight days."
    assert _found(text, "2015-02-26")[-1] == ("eight days", "P8D")


def test_a_present_in_a_clause_of_time_on_a_future_is_the_future() -> None:
    text = "Labour will command a majority of about 170 when the new Parliament first sits on Tuesday."
    assert _found(text, "2024-07-05") == [("Tuesday", "2024-07-09")]
    assert _found("Once the bill passes on Tuesday, the rules will take effect.", "2024-07-05") == [
        ("Tuesday", "2024-07-09")
    ]
    # a clause of time on a past is past
    assert _found("The rules took effect when the bill passed on Tuesday.", "2024-07-05") == [("Tuesday", "2024-07-02")]


def test_what_is_now_expected_on_a_day_lies_ahead() -> None:
    text = "A decision on the merger is now expected Tuesday or Wednesday, two people familiar with the talks said."
    assert _found(text, "2017-07-21")[-2:] == [("Tuesday", "2017-07-25"), ("Wednesday", "2017-07-26")]
    # what was expected was looked for then
    assert _found("A decision was expected Tuesday, but it was delayed.", "2017-07-21") == [("Tuesday", "2017-07-18")]


def test_days_a_warning_covers_lie_ahead_and_a_list_after_a_day_ahead_goes_on() -> None:
    text = "The Met Office has issued yellow heat-health alerts for Thursday, Friday and Saturday."
    assert _found(text, "2025-06-18") == [
        ("Thursday", "2025-06-19"),
        ("Friday", "2025-06-20"),
        ("Saturday", "2025-06-21"),
    ]
    # a possessive after the list's comma opens a subject of its own
    text = "The cold forced organizers to postpone the fair until Feb. 1, and Sunday's races were pushed back."
    assert _found(text, "2025-01-20")[-1] == ("Sunday", "2025-01-19")


def test_an_inverted_past_perfect_is_a_past_condition() -> None:
    text = "Had a few thousand votes in Pennsylvania gone the other way on Tuesday, the race might have been closer."
    assert _found(text, "2016-11-09") == [("Tuesday", "2016-11-08")]
    text = "Had Atlanta run the ball Sunday night, the Falcons would have won."
    assert _found(text, "2017-02-06") == [("Sunday night", "2017-02-05TNI")]


def test_a_day_compared_with_and_told_in_a_past_clause_after_it_is_past() -> None:
    text = "Roads were not expected to be busier than on Friday, when 2.1 million cars left London."
    assert _found(text, "2024-12-23") == [("Friday", "2024-12-20")]


def test_a_clock_time_before_a_day_counted_from_another_falls_on_that_day() -> None:
    text = "The fire started on Tuesday. It had been reported at 10pm the previous night."
    assert _found(text, "2022-05-12")[1:] == [("10pm", "2022-05-09T22:00"), ("the previous night", "2022-05-09TNI")]


def test_a_day_or_period_prior_counts_back_from_the_one_named() -> None:
    text = "He left on Tuesday, and had called her the day prior."
    assert _found(text, "2021-10-20") == [("Tuesday", "2021-10-19"), ("the day prior", "2021-10-18")]
    text = "He left on Tuesday. The Friday prior, he had called."
    assert _found(text, "2021-10-20") == [("Tuesday", "2021-10-19"), ("The Friday prior", "2021-10-15")]
    # a length before an event stays a length
    assert _found("Visitation one hour prior.", "2021-10-20") == [("one hour", "PT1H")]


def test_a_day_counted_from_an_event_in_apposition_restates_the_day() -> None:
    text = "Facebook shares lost about 19% on Thursday, the day after the company warned that growth would slow."
    assert _found(text, "2018-07-26") == [("Thursday", "2018-07-26"), ("the day after", "2018-07-26")]
    # the date itself, where a length counted from it moved the story on
    text = "Eight trading days after Oct. 12, the day before the stock market plunge, the index had fallen 4.3%."
    assert _found(text, "1989-11-01")[1:] == [("Oct. 12", "1989-10-12"), ("the day before", "1989-10-12")]
    # ... and a day before a cause or a circumstance counts from the day named
    text = "Tillman practiced fully Thursday after being limited the day before with a sore hamstring."
    assert _found(text, "2020-01-31") == [("Thursday", "2020-01-30"), ("the day before", "2020-01-29")]


def test_ordinal_days_listed_after_an_ordinal_day_continue_it() -> None:
    text = "In November, recycling will be collected on the 4th, 11th and 18th rather than on Thursdays."
    assert _found(text, "2022-10-12")[1:4] == [
        ("the 4th", "2022-11-04"),
        ("11th", "2022-11-11"),
        ("18th", "2022-11-18"),
    ]
    text = "Scotland and Wales will limit gatherings from December 26 and 27 respectively."
    assert _found(text, "2021-12-20") == [("December 26", "2021-12-26"), ("27", "2021-12-27")]


def test_a_bound_a_negated_present_perfect_has_not_reached_lies_ahead() -> None:
    assert _found("Ministers have not ruled out tougher measures before Christmas.", "2020-10-07") == [
        ("Christmas", "2020-12-25")
    ]
    text = "Anyone who has not lodged their tax return by 31 October faces a penalty."
    assert _found(text, "2025-05-13") == [("31 October", "2025-10-31")]
    # what has not happened since a day is still past
    assert _found("He has not been seen since Christmas.", "2021-02-08") == [("Christmas", "2020-12-25")]


def test_a_condition_in_the_present_lies_ahead() -> None:
    text = "Powell said a hike was possible if inflation does not cool over the summer."
    assert _found(text, "2023-07-27") == [("the summer", "2023-SU")]


def test_the_days_and_hours_a_warning_runs_lie_ahead() -> None:
    text = "The National Weather Service has issued a blizzard warning from 4 a.m. to 7 p.m. Thursday."
    assert _found(text, "2017-02-08") == [("4 a.m.", "2017-02-09T04:00"), ("7 p.m. Thursday", "2017-02-09T19:00")]


def test_a_weekday_tells_the_order_of_a_day_and_month_in_figures() -> None:
    text = "The favourite lines up at Sandown on Sat 8/3, with the off at 3.15pm."
    assert _found(text, "2025-03-06") == [("Sat 8/3", "2025-03-08"), ("3.15pm", "2025-03-08T15:15")]
    assert _found("Community cleanup: Sat 8/3, 9am to noon.", "2024-07-29")[0] == ("Sat 8/3", "2024-08-03")


def test_a_text_that_writes_its_days_first_reads_dates_in_figures_day_first() -> None:
    text = "Bus Éireann suspended services from Wednesday, 28th February. The orals, due on 12/3/2018, will go ahead."
    assert _found(text, "2018-03-02")[-1] == ("12/3/2018", "2018-03-12")
    text = "A-level results are out next Thursday (17 Aug), with GCSE results following on 24/8."
    assert _found(text, "2023-08-10")[-1] == ("24/8", "2023-08-24")
    # without such a date, figures read month first
    assert _found("The memo is dated 02/09/2022.", "2024-03-05") == [("02/09/2022", "2022-02-09")]


def test_dates_in_dashed_and_dotted_figures_and_abbreviated_months() -> None:
    text = "Revised schedule: ETA Felixstowe 4-Mar-25, berth window 5-Mar-25."
    assert _found(text, "2025-02-14") == [("4-Mar-25", "2025-03-04"), ("5-Mar-25", "2025-03-05")]
    text = "The court said its ruling, scheduled for 2025.03.14, would be broadcast live."
    assert _found(text, "2025-03-05") == [("2025.03.14", "2025-03-14")]
    text = "The bank will announce its decision on 4 Mar, a day earlier than usual."
    assert _found(text, "2025-03-03")[0] == ("4 Mar", "2025-03-04")


def test_united_nations_observances_and_yukon_s_discovery_day() -> None:
    assert _found("Every World AIDS Day, volunteers light candles.", "2025-08-14") == [
        ("Every World AIDS Day", "XXXX-12-01")
    ]
    assert _found("Yukon marks Discovery Day on Monday.", "2025-08-14")[0] == ("Discovery Day", "2025-08-18")


def test_alternate_days_recur_every_second_day() -> None:
    assert _found("Water will be supplied on alternate days until the reservoir refills.", "2019-06-04") == [
        ("alternate days", "P2D")
    ]


def test_following_before_a_weekday_s_possessive_is_a_preposition() -> None:
    text = "Staff would be paid for the next two weeks following Monday's collapse."
    assert [e.text for e in timeline.extract(text, "2018-01-17").expressions] == ["the next two weeks", "Monday"]


def test_a_length_in_four_units_and_a_recurring_fiscal_year() -> None:
    text = "Wild Oats XI holds the race record of one day, 18 hours, 23 minutes and 12 seconds."
    assert _found(text, "2015-12-17") == [("one day, 18 hours, 23 minutes and 12 seconds", "P1DT18H23M12S")]
    assert _found("The audit is repeated each fiscal year.", "2015-12-17") == [("each fiscal year", "P1Y")]


def test_what_is_expected_in_a_number_and_what_a_causative_completes_lie_ahead() -> None:
    text = "The airport expects 120,000 passengers on Sunday, and a further 110,000 the following day."
    assert _found(text, "2025-12-20")[:2] == [("Sunday", "2025-12-21"), ("the following day", "2025-12-22")]
    text = "Officials hoped to have most of the remaining 750,000 tallied by Friday."
    assert _found(text, "2020-11-05") == [("Friday", "2020-11-06")]
    # a simple past that is no participle completes nothing
    text = "Fans hoping to get into Wimbledon without a ticket began joining the Queue on Sunday afternoon."
    assert _found(text, "2025-06-30") == [("Sunday afternoon", "2025-06-29TAF")]


def test_election_night_is_the_night_of_the_election_the_story_dates() -> None:
    text = "The election was set for Nov. 17. On election night, early returns showed the recall passing."
    assert _found(text, "2020-12-04") == [("Nov. 17", "2020-11-17"), ("election night", "2020-11-17TNI")]
    assert _found("A winner may not be known on election night.", "2022-11-06") == [("election night", "2022-11-08TNI")]
    assert _found("Election night brought surprises.", "2022-11-10") == [("Election night", "2022-11-08TNI")]
    assert _found("Markets are shut for MLK Day.", "2024-01-10") == [("MLK Day", "2024-01-15")]


def test_a_month_after_a_superlative_and_a_team_s_second_verb_after_a_dated_first() -> None:
    assert _found("After the driest May on record, dry conditions persist.", "2019-06-21") == [("May", "2019-05")]
    text = "Leicester lost 2-1 at Arsenal on the 14th and host Norwich on Saturday."
    assert _found(text, "2016-02-26") == [("the 14th", "2016-02-14"), ("Saturday", "2016-02-27")]


def test_the_next_quarter_century_the_shifts_one_works_and_ve_day() -> None:
    assert _found("The deal will shape the town for the next quarter-century.", "2023-03-08") == [
        ("the next quarter-century", "P25Y")
    ]
    assert _found("Mary worked nights at Mercy Hospital for 27 years.", "2018-06-13")[0] == ("nights", "XXXX-XX-XXTNI")
    assert _found("Veterans will gather on VE Day.", "2025-04-30") == [("VE Day", "2025-05-08")]
    assert _found("Cummings won a stage on Nelson Mandela Day.", "2015-07-19") == [("Nelson Mandela Day", "2015-07-18")]


def test_a_date_reached_back_to_is_past_whatever_the_clause_s_tense() -> None:
    assert _found("Approved freezes will be retroactive to Jan. 1.", "2023-08-02") == [("Jan. 1", "2023-01-01")]
    assert _found("The rises will be backdated to April 6.", "2023-08-02") == [("April 6", "2023-04-06")]
    assert _found("The rises will be paid from April 6.", "2023-03-02") == [("April 6", "2023-04-06")]


def test_a_benchmark_s_bound_leaves_the_clause_its_own_tense() -> None:
    text = "Britain will see its deepest solar eclipse since 1999 on Friday morning."
    assert _found(text, "2015-03-18") == [("1999", "1999"), ("Friday morning", "2015-03-20TMO")]
    assert _found("Security zones, in force since 6 a.m. Thursday, remain.", "2023-05-05") == [
        ("6 a.m. Thursday", "2023-05-04T06:00")
    ]


def test_a_plural_after_a_gerund_is_its_object_not_a_verb_on_a_timetable() -> None:
    assert _found("The IRS began accepting electronic returns on Tuesday.", "2015-01-22") == [("Tuesday", "2015-01-20")]
    assert _found("Daylight saving time ends on Sunday.", "2024-10-28") == [("Sunday", "2024-11-03")]


def test_advice_on_when_to_go_holds_for_any_year() -> None:
    text = "Glencoe is best visited between May and September, when the midges are bearable."
    assert _found(text, "2016-11-19") == [("May", "XXXX-05"), ("September", "XXXX-09")]
    assert _found("The Draconids are best watched in the evening on Oct. 8.", "2018-10-05")[-1] == (
        "Oct. 8",
        "2018-10-08",
    )


def test_what_is_given_to_those_counted_is_a_length_not_a_rate() -> None:
    (month,) = timeline.extract("The board gave businesses a month more to comply.", "2015-09-24").expressions
    assert (month.text, month.type, month.value) == ("a month", TimexType.DURATION, "P1M")
    (rate,) = timeline.extract("Bills will rise by £4 a month.", "2015-09-24").expressions
    assert (rate.text, rate.type, rate.value) == ("a month", TimexType.SET, "P1M")


def test_a_stamp_on_the_24_hour_clock_opening_a_sentence_is_the_live_blog_s_day() -> None:
    text = "Avanti will run no trains until tomorrow morning. 12:15 GMT — More than 400,000 homes are without power."
    assert _found(text, "2022-02-18") == [("tomorrow morning", "2022-02-19TMO"), ("12:15 GMT", "2022-02-18T12:15")]
    text = "Here is a timeline of events on Saturday night: 8:12 p.m. - Power fails. 8:20 p.m. - Officials halt play."
    assert _found(text, "2017-10-02")[1:] == [("8:12 p.m.", "2017-09-30T20:12"), ("8:20 p.m.", "2017-09-30T20:20")]


def test_a_night_of_a_stay_counts_from_the_day_it_began() -> None:
    text = "We left Galway on Friday, and by late afternoon we were on Inis Mór, where we spent the first night."
    assert _found(text, "2019-08-11")[-1] == ("the first night", "2019-08-09TNI")
    assert _found("The tractor pull is on the first night of the fair.", "2022-08-05") == []


def test_a_length_of_minutes_in_apposition_to_a_time_restates_it() -> None:
    text = "The problem began at 04:09 UTC, and the company had reverted the change by 05:27 UTC, 78 minutes later."
    assert _found(text, "2024-07-19")[-1] == ("78 minutes later", "2024-07-19T05:27")
    assert _found("It began at 04:09 UTC. Two hours later, the fix was out.", "2024-07-19")[-1] == (
        "Two hours later",
        "2024-07-19T06:09",
    )


def test_a_part_of_the_day_falls_on_the_day_named_right_after_it() -> None:
    assert _found("The vote will be held in the evening on Oct. 8.", "2018-10-05") == [
        ("the evening", "2018-10-08TEV"),
        ("Oct. 8", "2018-10-08"),
    ]


def test_last_after_an_article_or_a_possessive_ranks_a_part_of_the_day() -> None:
    assert _found("It was our last night in Rome.", "2018-11-10") == []
    text = "Nearly 3,000 men were killed on Nov. 11, 1918, the last morning of the war. Ellison was shot at 9.30am."
    assert _found(text, "2018-11-10")[-1] == ("9.30am", "1918-11-11T09:30")
    assert _found("Shots were heard last night.", "2018-11-10") == [("last night", "2018-11-09TNI")]


def test_years_back_count_from_the_year_their_sentence_reports_on_over_a_half_before_it() -> None:
    text = (
        "Credits appear on the second-half bill. Last year, 4,200 households applied, up from 3,100 two years earlier."
    )
    assert _found(text, "2023-08-02")[-1] == ("two years earlier", "2020")


def test_live_blog_stamps_after_a_headline_s_dash_or_the_post_s_age() -> None:
    text = "Live: Cameron returns — 08:12 Ed Miliband is expected to make a statement."
    assert _found(text, "2015-05-08") == [("08:12", "2015-05-08T08:12")]
    assert _found("2h ago 14:32 AEDT — The bureau issued a warning.", "2024-01-26") == [
        ("14:32 AEDT", "2024-01-26T14:32")
    ]


def test_orthodox_easter_is_dated_by_the_julian_computus() -> None:
    assert _found("Ukrainians marked Orthodox Easter on Sunday.", "2024-05-05") == [
        ("Orthodox Easter", "2024-05-05"),
        ("Sunday", "2024-05-05"),
    ]
    assert _found("Orthodox Easter will be celebrated in Kyiv.", "2025-03-01") == [("Orthodox Easter", "2025-04-20")]


def test_dhanteras_opens_diwali_two_days_before_its_main_day() -> None:
    text = "Gold sales are expected to peak around Dhanteras on November 10."
    assert _found(text, "2023-10-19") == [("Dhanteras", "2023-11-10"), ("November 10", "2023-11-10")]


def test_the_best_time_for_a_thing_is_any_year_s_but_its_deadline_this_year_s() -> None:
    text = "Overseed lawns each fall, ideally from late August to mid-October."
    assert _found(text, "2024-10-31")[1:] == [("late August", "XXXX-08"), ("mid-October", "XXXX-10")]
    text = "The CDC recommends a flu shot, ideally by the end of October."
    assert _found(text, "2025-09-19") == [("the end of October", "2025-10")]


def test_that_year_is_the_year_a_sentence_is_about_not_one_it_compares_with() -> None:
    text = "In 2013 rangers recorded 40,000 pairs, a drop of 12 per cent from 2008, after storms in May of that year."
    assert _found(text, "2018-07-09")[-1] == ("May of that year", "2013-05")
    assert _found("From 2008, the bank lost money. That year, it cut jobs.", "2018-07-09")[-1] == ("That year", "2008")


def test_sums_counted_in_crores_tell_an_indian_story() -> None:
    text = '"Stree 2", which released on Independence Day, collected 55 crore rupees on its opening day.'
    assert _found(text, "2024-08-16") == [("Independence Day", "2024-08-15")]


def test_a_passive_still_to_come_may_end_in_the_particle_of_a_phrasal_verb() -> None:
    text = "The festival has been dominated by talk of contenders, with the Golden Lion to be handed out Saturday."
    assert _found(text, "2025-09-02") == [("Saturday", "2025-09-06")]


def test_a_reported_clause_is_dated_by_its_own_verb_after_the_date() -> None:
    text = "Hauliers report that trucks arriving at the port on Monday were turned back."
    assert _found(text, "2021-01-08") == [("Monday", "2021-01-04")]
    text = "Hauliers report that trucks arriving at the port on Monday will be turned back."
    assert _found(text, "2021-01-08") == [("Monday", "2021-01-11")]


def test_a_past_clause_does_not_go_on_from_a_future_a_plan_was_told_of() -> None:
    text = (
        "A phone bought this month would get its final patch in October 2027. "
        "Samsung, by comparison, moved to four years of upgrades in February."
    )
    assert _found(text, "2022-10-26")[-1] == ("February", "2022-02")


def test_earlier_bounding_a_range_of_versions_is_no_marker_of_the_past() -> None:
    text = "The app will drop support for Android 9 and earlier from July 1, the agency said on Tuesday."
    assert _found(text, "2025-05-28") == [("July 1", "2025-07-01"), ("Tuesday", "2025-05-27")]


def test_a_range_of_amounts_is_no_game_score_that_puts_a_quarter_in_a_match() -> None:
    text = "Orsted booked impairments in the third quarter and now expects to install 35-38 GW by 2030."
    assert _found(text, "2023-11-01")[0] == ("the third quarter", "2023-Q3")
    text = "Lead times are still 40-52 weeks, and relief is not expected before Q2/Q3 2023."
    assert _found(text, "2022-06-15")[-2:] == [("Q2", "2023-Q2"), ("Q3 2023", "2023-Q3")]


def test_an_event_a_past_verb_arranged_and_named_by_its_date_is_the_nearest() -> None:
    text = "The band have moved their Boxing Day gig to 30 December."
    assert _found(text, "2019-11-21")[0] == ("Boxing Day", "2019-12-26")
    assert _found("Coldplay have added a Republic Day concert.", "2024-11-13") == [("Republic Day", "2025-01-26")]
    assert _found("Fans packed the Boxing Day match.", "2019-11-21") == [("Boxing Day", "2018-12-26")]


def test_the_day_of_an_event_a_past_clause_leads_up_to_is_ahead_of_it() -> None:
    text = (
        "Police on Friday issued an advisory ahead of Punjabi singer Arjun Sekhon's two concerts at Jawaharlal "
        "Nehru Stadium on Saturday and Sunday."
    )
    assert _found(text, "2024-10-25")[1:] == [("Saturday", "2024-10-26"), ("Sunday", "2024-10-27")]


def test_the_day_of_an_event_a_clause_comes_after_is_up_to_the_clause_s_day() -> None:
    text = "DeChambeau takes a three-shot lead into the final round Sunday at Pinehurst after a 67 on Saturday."
    assert _found(text, "2024-06-16") == [("Sunday", "2024-06-16"), ("Saturday", "2024-06-15")]
    assert _found("The talks resume Monday after a break on Friday.", "2024-06-12") == [
        ("Monday", "2024-06-17"),
        ("Friday", "2024-06-14"),
    ]
    text = "Bolt, who took bronze in Saturday's final, will bow out after the relay on Saturday."
    assert _found(text, "2017-08-07") == [("Saturday", "2017-08-05"), ("Saturday", "2017-08-12")]


def test_an_age_or_birthday_reached_brings_a_story_told_years_back_to_the_present() -> None:
    text = "Born on May 8, 1945, the day Germany surrendered, Klaus Weber turned 74 on Wednesday."
    assert _found(text, "2019-05-09")[-1] == ("Wednesday", "2019-05-08")
    text = "A woman born at 11.59pm on 31 December 1999 turned 21 on New Year's Eve with a party."
    assert _found(text, "2021-01-04")[-1] == ("New Year's Eve", "2020-12-31")


def test_what_was_cancelled_for_a_day_was_still_to_come() -> None:
    text = "Japan Airlines cancelled all domestic flights at Haneda and Narita for Saturday."
    assert _found(text, "2019-10-11") == [("Saturday", "2019-10-12")]


def test_a_fronted_range_before_a_clause_in_the_past_is_past() -> None:
    text = "From 10 p.m. Friday until 5 a.m. Monday, trains ran every 20 minutes."
    assert _found(text, "2019-05-06")[:2] == [
        ("10 p.m. Friday", "2019-05-03T22:00"),
        ("5 a.m. Monday", "2019-05-06T05:00"),
    ]
    text = "From 12:01 a.m. Friday until 11:59 p.m. Sunday, shoes priced under $100 are exempt."
    assert _found(text, "2019-08-01")[0] == ("12:01 a.m. Friday", "2019-08-02T00:01")


def test_what_a_past_verb_cancelled_for_a_day_follows_the_story_it_was_cancelled_in() -> None:
    text = "The district cancelled classes for Monday and Tuesday while buildings are inspected."
    assert _found(text, "2018-12-01") == [("Monday", "2018-12-03"), ("Tuesday", "2018-12-04")]
    text = (
        "Teachers arrived on Monday, Aug. 25, to find that none of the computers would start. The night before, "
        "hackers had encrypted the servers.\n\nThe district canceled classes for Tuesday and Wednesday."
    )
    assert _found(text, "2025-10-11")[2:] == [("Tuesday", "2025-08-26"), ("Wednesday", "2025-08-27")]


def test_a_plan_told_as_it_first_was_in_an_aside_is_overtaken() -> None:
    text = "The government's September jobs report, originally due Oct. 3, was delayed by the shutdown."
    assert _found(text, "2025-11-13") == [("September", "2025-09"), ("Oct. 3", "2025-10-03")]


def test_the_month_figures_measure_has_begun() -> None:
    text = "Statistics Canada will release August GDP figures on Oct. 31."
    assert _found(text, "2019-10-25") == [("August", "2019-08"), ("Oct. 31", "2019-10-31")]
    text = "Traders expect the agency to cut that estimate in its September report."
    assert _found(text, "2020-08-14") == [("September", "2020-09")]


def test_a_participle_completing_the_object_of_see_leaves_the_verb_its_tense() -> None:
    text = "Network Rail's works programme will see London Euston closed from December 25 to December 27 inclusive."
    assert _found(text, "2024-11-05") == [("December 25", "2024-12-25"), ("December 27", "2024-12-27")]


def test_the_first_week_of_the_year_begun_is_this_year_s() -> None:
    text = "The app was downloaded 1.2 million times in the first week of the year."
    assert _found(text, "2020-01-06") == [("the first week of the year", "2020-W01")]
    # (but the year's last week, told early in the next, is the year just ended's)
    assert _found("Revenue rose in the last week of the year.", "2020-02-03") == [
        ("the last week of the year", "2019-W52")
    ]


def test_what_a_directive_came_after_had_happened() -> None:
    text = "Queensland Health has warned swimmers to stay out of the water after shark sightings over the weekend."
    assert _found(text, "2018-01-22") == [("the weekend", "2018-W03-WE")]
    # (not the bound of the directive's own time, nor a clause still to come)
    assert _found("Police ordered residents to leave after 6 p.m. Tuesday.", "2018-01-22") == [
        ("6 p.m. Tuesday", "2018-01-23T18:00")
    ]
    text = "Officials urged residents to stay home after the gates open on Saturday."
    assert _found(text, "2018-01-22") == [("Saturday", "2018-01-27")]


def test_a_part_of_a_stated_fiscal_year_is_marked_fiscal_and_anchors_nothing() -> None:
    doc = timeline.extract("Orders rose in the third quarter of FY26 and in Q2 FY25.", "2025-10-06")
    assert [(e.text, e.value, e.interval) for e in doc.expressions] == [
        ("the third quarter of FY26", "FY2026-Q3", None),
        ("Q2 FY25", "FY2025-Q2", None),
    ]
    text = "Revenue rose to Rs 14,820 crore in Q2 FY25 from Rs 13,290 crore in the year-ago quarter."
    assert _found(text, "2024-10-28") == [("Q2 FY25", "FY2025-Q2"), ("the year-ago quarter", "2023-Q3")]
    # (the fiscal year alone, and a fiscal quarter of no stated year, keep calendar values)
    assert _found("Sales rose in fiscal 2026 and in the fiscal first quarter.", "1989-10-26") == [
        ("fiscal 2026", "2026"),
        ("the fiscal first quarter", "1989-Q1"),
    ]


def test_a_month_in_the_past_perfect_looks_back_from_a_story_told_years_back() -> None:
    text = (
        "Fifty years ago today, King was shot in Memphis. He had come to the city in March to support striking "
        "sanitation workers, and on April 3 he delivered his last speech."
    )
    assert _found(text, "2018-04-04") == [
        ("Fifty years ago today", "1968-04-04"),
        ("March", "1968-03"),
        ("April 3", "1968-04-03"),
    ]
    # (not from a month recalled in an aside: "had been delayed from December")
    text = (
        "The company had reached orbit four times since its first flight in January 2021. The launch had been "
        "delayed from December."
    )
    assert _found(text, "2023-01-09")[-1] == ("December", "2022-12")


def test_a_weekday_in_the_clause_of_a_story_day_that_falls_on_it_is_that_day() -> None:
    text = "Ten years ago today, on what became known as Black Saturday, fires swept through Victoria."
    assert _found(text, "2019-02-07") == [("Ten years ago today", "2009-02-07"), ("Saturday", "2009-02-07")]
    # (not a clause of its own that brings the story to the present)
    text = "Eighty years ago today, troops came ashore in Normandy, and on Thursday the King joined veterans."
    assert _found(text, "2024-06-06")[-1] == ("Thursday", "2024-06-06")


def test_a_unit_after_a_count_in_words_an_intake_or_one_thing_is_a_rate() -> None:
    doc = timeline.extract(
        "Adults get less than six hours' sleep a night and drink a litre of water a day.", "2020-01-01"
    )
    assert [(e.text, e.type.value) for e in doc.expressions][1:] == [("a night", "SET"), ("a day", "SET")]
    # (a length spent, or counted from, stays a length)
    doc = timeline.extract("He spent a day in hospital; one came home a day later.", "2020-01-01")
    assert [e.type.value for e in doc.expressions] == ["DURATION", "DURATION"]


def test_what_was_called_off_for_a_day_was_still_to_come() -> None:
    text = "Qualifying, called off for Saturday because of the typhoon, will be held at 10 a.m. Sunday."
    assert _found(text, "2019-10-10")[0] == ("Saturday", "2019-10-12")


def test_what_a_move_told_in_the_passive_pushed_into_lies_ahead() -> None:
    text = "Voting, scheduled to end at 2pm, was extended into Sunday in some parts of the country."
    assert _found(text, "2015-03-28")[-1] == ("Sunday", "2015-03-29")
    # (not a move told in the active, in a story of the past)
    text = "The year before, it closed nine times and extended the school year into late June."
    assert _found(text, "2020-11-23")[-1] == ("late June", "2019-06")


def test_what_a_future_clause_must_come_before_lies_ahead() -> None:
    text = "Trams should start running through O'Connell Street before Christmas, officials said at the weekend."
    assert _found(text, "2017-01-30")[0] == ("Christmas", "2017-12-25")


def test_the_particle_of_a_verb_after_its_object_is_no_verb() -> None:
    text = (
        "With the fiscal year ending at midnight Wednesday, Hale called members back for a rare Tuesday night session."
    )
    assert _found(text, "2021-06-29")[-1] == ("Tuesday night", "2021-06-29TNI")


def test_a_participle_after_its_adverb_and_a_first_is_an_adjective() -> None:
    text = "Voters in Limerick will elect the country's first directly elected mayor on 7 June."
    assert _found(text, "2024-05-02") == [("7 June", "2024-06-07")]


def test_a_day_a_stretch_has_run_since_is_past() -> None:
    text = "Starfield, which premium-edition owners have been playing since Friday, officially launches today."
    assert _found(text, "2023-09-06")[0] == ("Friday", "2023-09-01")


def test_a_participle_telling_what_a_thing_is_given_to_dates_nothing() -> None:
    text = "Nintendo will hold a presentation dedicated to the Switch 2 on April 2, the company said Thursday."
    assert _found(text, "2025-01-30")[0] == ("April 2", "2025-04-02")


def test_the_month_a_clause_added_with_with_goes_on_about_is_the_day_ahead_s() -> None:
    text = "The Assembly will debate the bill on 10 and 11 July, with the NCOP to pass it by the end of the month."
    assert _found(text, "2024-06-27")[-1] == ("the end of the month", "2024-07")


def test_a_day_a_verbless_notice_gives_hours_is_ahead() -> None:
    text = (
        "Reposing at the Funeral Home on Thursday evening from 5pm. Funeral Mass on Friday at 11am, burial afterwards."
    )
    assert _found(text, "2019-05-08")[-2:] == [("Friday", "2019-05-10"), ("11am", "2019-05-10T11:00")]
    assert _found("Open house Sunday from 2 to 4 p.m. at the Ukrainian Hall.", "2024-06-27")[0] == (
        "Sunday",
        "2024-06-30",
    )


def test_a_month_after_a_or_before_its_figures_is_a_month() -> None:
    assert _found("In 2022, a March heatwave cut yields by a fifth.", "2023-04-05") == [
        ("2022", "2022"),
        ("March", "2022-03"),
    ]
    assert _found("Most automakers reported March sales on Monday.", "2017-04-03") == [
        ("March", "2017-03"),
        ("Monday", "2017-04-03"),
    ]


def test_following_without_an_article_before_a_named_day_is_a_preposition() -> None:
    text = "A man was found injured in the early hours, following St Patrick's Day celebrations."
    assert _found(text, "2019-03-18")[-1] == ("St Patrick's Day", "2019-03-17")


def test_a_date_pencilled_in_lies_ahead() -> None:
    text = "The Queen's Speech, pencilled in for May 27, might have to be delayed."
    assert _found(text, "2015-04-23") == [("May 27", "2015-05-27")]


def test_the_stretch_since_an_event_is_a_length() -> None:
    text = "In the week since the invasion began, more than a million people have fled."
    assert _found(text, "2022-03-03") == [("the week", "P1W")]


def test_deep_time_is_counted_in_millions_of_years() -> None:
    text = "The cliffs record 185 million years of history, over the past 4.6 billion years."
    assert _found(text, "2018-05-20") == [
        ("185 million years", "P185000000Y"),
        ("the past 4.6 billion years", "P4600000000Y"),
    ]


def test_an_amount_of_a_unit_after_a_figure_a_unit_of_time_is_a_rate() -> None:
    assert _found("The ground has been rising by about 1.5cm a month.", "2025-05-13") == [("a month", "P1M")]
    assert _found("Borrowers can claim up to ₹2 lakh a year.", "2025-05-22") == [("a year", "P1Y")]


def test_an_hour_said_alone_after_tonight_is_in_the_evening() -> None:
    assert _found("Tonight at 9, we meet the families.", "2019-08-22") == [
        ("Tonight", "2019-08-22TNI"),
        ("9", "2019-08-22T21:00"),
    ]


def test_hours_on_the_night_of_a_day_begin_that_evening() -> None:
    text = "Officers want to speak to two men seen between 10pm and 2am on the night of Monday 18 July."
    assert _found(text, "2016-07-20")[:2] == [("10pm", "2016-07-18T22:00"), ("2am", "2016-07-19T02:00")]


def test_a_clock_time_before_the_one_day_it_is_on_does_not_recur() -> None:
    text = "The map, updated every Thursday, reflects data through 8 a.m. Eastern on Tuesday."
    assert _found(text, "2022-03-24")[1:] == [("8 a.m. Eastern", "2022-03-22T08:00"), ("Tuesday", "2022-03-22")]
    text = "Work will take place from 7 p.m. to 6 a.m. Sunday through Thursday nights until it is finished."
    assert _found(text, "2023-07-18")[:2] == [("7 p.m.", "XXXX-XX-XXT19:00"), ("6 a.m.", "XXXX-XX-XXT06:00")]


def test_the_hour_of_a_standing_rule_or_habit_is_of_no_one_day() -> None:
    text = "Bars and restaurants in the city must now shut by 1 am, the excise department said on Monday."
    assert ("1 am", "XXXX-XX-XXT01:00") in _found(text, "2017-05-09")
    assert _found("The guide usually leaves the hut at 4 a.m.", "2024-07-01") == [("4 a.m.", "XXXX-XX-XXT04:00")]
    # (a day of its own keeps the hour on that day)
    assert _found("Guests must leave by 6 a.m. on Friday.", "2020-08-05")[0] == ("6 a.m.", "2020-08-07T06:00")


def test_a_time_compared_with_is_no_anchor() -> None:
    text = "Average U.S. rents were flat in November from October and down 1.1% from a year earlier."
    assert _found(text, "2025-12-10")[-1] == ("a year earlier", "2024-11")
    text = (
        "Californians reduced water use by 26.1 percent in October compared with October 2013, meeting the mandate "
        "set by the Governor in April."
    )
    assert _found(text, "2015-12-01")[-1] == ("April", "2015-04")


def test_a_year_told_by_its_distance_after_a_semicolon_frames_its_clause() -> None:
    text = "Last year our fundraiser sent £12,400; this year we're aiming for £20,000 by Easter."
    assert _found(text, "2024-01-07")[-1] == ("Easter", "2024-03-31")
    text = "Anglers needed a license Monday, when 2017 licenses expired; 2018 licenses went on sale in early December."
    assert _found(text, "2018-01-02")[-1] == ("early December", "2017-12")


def test_an_early_clock_time_with_its_minutes_is_in_the_afternoon_unless_a_morning_is_told() -> None:
    text = "Racegoers at Musselburgh today will see the first race at 1.45 and the last at 5.20."
    assert _found(text, "2016-04-09")[1:] == [("1.45", "2016-04-09T13:45"), ("5.20", "2016-04-09T17:20")]
    assert _found("The next morning he was up at 4.30 as usual.", "2016-04-09")[-1] == ("4.30", "2016-04-10T04:30")


def test_an_evening_of_another_day_leaves_a_clock_time_in_the_morning() -> None:
    text = "Tonight, families will gather ahead of Monday's opening session, which begins at 10.30."
    assert _found(text, "2021-07-02")[-1] == ("10.30", "2021-07-05T10:30")
    text = "The session begins tomorrow at 10 o'clock and is expected to last until Thursday evening."
    assert _found(text, "2017-03-19")[1] == ("10 o'clock", "2017-03-20T10:00")
    # (but the evening of its own day is its half of the day)
    text = "This morning a volley was loosed, and a lecture will be given at seven o'clock on Tuesday evening."
    assert ("seven o'clock", "2025-10-28T19:00") in _found(text, "2025-10-25")


def test_a_weekday_after_and_listed_after_a_recurring_one_recurs() -> None:
    assert _found("The commission has held hearings every Monday and Tuesday since February.", "2025-05-14")[:2] == [
        ("every Monday", "XXXX-WXX-1"),
        ("Tuesday", "XXXX-WXX-2"),
    ]


def test_a_time_a_thing_is_moved_from_runs_no_range() -> None:
    text = "Officials asked organisers to move the start from 6 am to 5.30 am."
    assert _found(text, "2024-11-20") == [("6 am", "2024-11-20T06:00"), ("5.30 am", "2024-11-20T05:30")]


def test_a_year_opening_a_later_clause_frames_its_dates() -> None:
    text = "For a decade he planned the climb, and in the autumn of 1975 his team topped out on September 24."
    assert _found(text, "2018-07-18")[-1] == ("September 24", "1975-09-24")


def test_a_year_ahead_an_event_is_put_in_frames_the_months_after_it() -> None:
    text = "The firm will run three crossings in 2017, with departures in late April, mid-May and early June."
    assert _found(text, "2016-06-01") == [
        ("2017", "2017"),
        ("late April", "2017-04"),
        ("mid-May", "2017-05"),
        ("early June", "2017-06"),
    ]
    # (not a year before a noun: the plans are sold before the year they cover)
    text = "Open enrollment for 2024 marketplace plans runs Nov. 1 to Jan. 15."
    assert _found(text, "2023-10-16")[1] == ("Nov. 1", "2023-11-01")
    # (nor a month that may start another clause)
    text = "Retail sales rose 0.3% in May, and April's figure was revised up, the department said Thursday."
    assert _found(text, "2023-06-15")[:2] == [("May", "2023-05"), ("April", "2023-04")]


def test_a_length_of_one_unit_after_a_count_of_things_is_a_rate() -> None:
    assert _found("Anglers will be limited to one halibut a day.", "2026-02-03") == [("a day", "P1D")]
    assert _found("Parents can claim 15 free hours of childcare a week.", "2024-02-21")[-1] == ("a week", "P1W")
    assert [e.type.value for e in timeline.extract("The bag limit is five trout a day.", "2023-09-12").expressions] == [
        "SET"
    ]
    # (a length: the object of a verb, or counted from an event)
    for text in (
        "Two men spent a week in jail.",
        "Five people died a week after the storm.",
        "They gave us a full week.",
    ):
        assert [e.type.value for e in timeline.extract(text, "2023-09-12").expressions] == ["DURATION"], text


def test_a_verb_in_s_after_he_or_she_is_in_the_present() -> None:
    assert _found("She competes again on Monday.", "2024-08-03") == [("Monday", "2024-08-05")]


def test_a_day_of_the_month_something_is_on_lies_ahead() -> None:
    assert _found("Parole hearing number five is on the 29th.", "2026-12-13") == [("the 29th", "2026-12-29")]


def test_a_part_of_a_day_s_event_is_not_drawn_from_it() -> None:
    text = "The team will be honored at halftime of Friday's football game."
    assert _found(text, "2023-09-02") == [("Friday", "2023-09-08")]


def test_a_clock_time_opening_a_range_takes_the_day_of_its_end() -> None:
    text = "Streets will be closed from 5 a.m. until roughly 2 p.m. Sunday for the marathon."
    assert _found(text, "2017-05-05") == [("5 a.m.", "2017-05-07T05:00"), ("roughly 2 p.m. Sunday", "2017-05-07T14:00")]
    # (but a clock time of the small hours told on a night is past its midnight)
    text = "A retro arcade will be open until 1am on Saturday night."
    assert _found(text, "2022-10-26")[0] == ("1am", "2022-10-30T01:00")


def test_a_weekday_and_day_opening_a_range_take_the_month_after_it() -> None:
    assert _found("The Autumn Cup runs from Friday 7 to Sunday 9 November.", "2025-10-16") == [
        ("Friday 7", "2025-11-07"),
        ("Sunday 9 November", "2025-11-09"),
    ]


def test_a_habit_keeps_its_clock_times_to_no_day() -> None:
    text = "She rarely leaves before 5pm."
    assert _found(text, "2017-03-30") == [("5pm", "XXXX-XX-XXT17:00")]


def test_four_figures_beside_a_clock_time_with_a_leading_zero_are_a_clock_time() -> None:
    text = "She starts at 0700, is meant to finish at 1530, and rarely leaves before 1700."
    assert [value[11:] for _, value in _found(text, "2017-03-30")] == ["07:00", "15:30", "17:00"]
    assert _found("The church was built in 1530, and mass starts at 0930.", "2017-03-30")[0] == ("1530", "1530")


def test_lengths_with_an_adjective_or_a_bound_and_every_couple_of_days() -> None:
    assert _found("The meadows are at their best for a few short weeks.", "2018-05-30") == [
        ("a few short weeks", "PXW")
    ]
    assert _found("It took a good three hours.", "2018-05-30") == [("a good three hours", "PT3H")]
    assert _found("Harvest every couple of days.", "2018-05-30") == [("every couple of days", "P2D")]


def test_the_same_period_of_a_year_is_the_period_under_discussion_then() -> None:
    text = "Sales in the first half of 2023 fell compared with the same period of 2019."
    assert _found(text, "2023-09-13")[-1] == ("the same period of 2019", "2019-H1")


def test_what_begins_on_a_day_told_in_the_present_begins_ahead() -> None:
    assert _found("The new rules apply from Monday.", "2018-09-13") == [("Monday", "2018-09-17")]
    # (but a run of days, or a day in the perfect, is read as it stands)
    assert _found("The office was closed from Monday to Wednesday.", "2018-09-13")[0] == ("Monday", "2018-09-10")
    assert _found("He has been off work from Monday.", "2018-09-13") == [("Monday", "2018-09-10")]


def test_a_clock_time_it_is_now_is_of_the_day_of_the_report() -> None:
    text = "I've been awake since 4 yesterday afternoon and it's now 7.20am."
    assert _found(text, "2022-10-15")[-1] == ("7.20am", "2022-10-15T07:20")


def test_a_weekday_ending_a_run_of_clock_times_follows_its_start() -> None:
    text = "Swell waves are forecast from 5.30 pm on Wednesday to 11.30 pm on Thursday."
    assert _found(text, "2019-04-17")[-2:] == [("11.30 pm", "2019-04-18T23:30"), ("Thursday", "2019-04-18")]
    text = "The tip will close at 1pm on Saturday and stay shut until 9am on Tuesday."
    assert _found(text, "2015-03-30")[-1] == ("Tuesday", "2015-04-07")
    # (a list of days after a clock time is no run: "ran past midnight on Tuesday and Wednesday")
    text = "MSPs passed the bill on Thursday after a sitting that ran past midnight on Tuesday and Wednesday."
    assert _found(text, "2022-12-23")[-1] == ("Wednesday", "2022-12-21")


def test_a_range_of_hours_before_a_range_of_days_is_a_timetable() -> None:
    text = "They will trade from 8am to 6pm, Monday to Saturday."
    assert _found(text, "2019-02-04") == [
        ("8am", "XXXX-XX-XXT08:00"),
        ("6pm", "XXXX-XX-XXT18:00"),
        ("Monday", "XXXX-WXX-1"),
        ("Saturday", "XXXX-WXX-6"),
    ]
    text = "The office will accept applications Monday through Friday between 8 a.m. and 4:30 p.m."
    assert [value for _, value in _found(text, "2015-03-02")] == [
        "XXXX-WXX-1",
        "XXXX-WXX-5",
        "XXXX-XX-XXT08:00",
        "XXXX-XX-XXT16:30",
    ]


def test_a_length_of_something_in_which_things_happen_is_a_length() -> None:
    text = "This year's race, which ends on Sunday, will have had six summit finishes in 16 days of racing."
    assert _found(text, "2021-08-31")[-1] == ("16 days", "P16D")
    assert _found("The plant will reopen in two weeks.", "2021-08-31") == [("two weeks", "2021-W37")]


def test_exactly_a_year_ago_is_this_day_a_year_back() -> None:
    assert _found("Exactly a year ago, May triggered Article 50.", "2018-03-29") == [
        ("Exactly a year ago", "2017-03-29")
    ]
    # (but after a year it restates that year)
    text = "Paris last hosted the Games in 1924, exactly 100 years ago."
    assert _found(text, "2024-07-13")[-1] == ("100 years ago", "1924")


def test_four_figures_opening_a_range_to_a_clock_time_with_a_leading_zero_are_a_clock_time() -> None:
    text = "Night navigation will be suspended between 2100 and 0600 each night."
    assert _found(text, "2026-02-26")[:2] == [("2100", "XXXX-XX-XXT21:00"), ("0600", "XXXX-XX-XXT06:00")]
    assert _found("The population grew between 1990 and 2000.", "2026-02-26") == [("1990", "1990"), ("2000", "2000")]


def test_an_hour_after_one_read_in_the_afternoon_from_its_words_is_in_the_afternoon() -> None:
    text = "Low water will be at about 1.15 this afternoon, so do not attempt the causeway after 3 o'clock."
    assert _found(text, "2016-12-28")[-1] == ("3 o'clock", "2016-12-28T15:00")
    # (but not on another day: "back at 7.45 tomorrow")
    text = "We started at 8 and by 6.15 tonight had done 412. I'll be back at 7.45 tomorrow."
    assert _found(text, "2020-12-16")[-1] == ("7.45 tomorrow", "2020-12-17T07:45")


def test_just_after_midnight_after_an_evening_is_early_the_next_day() -> None:
    text = "Low tide this evening at around ten past six, then high water just after midnight."
    assert _found(text, "2016-07-22")[-1] == ("just after midnight", "2016-07-23T00:00")
    assert _found("Police were called just after midnight.", "2016-07-22") == [
        ("just after midnight", "2016-07-22T00:00")
    ]


def test_a_holiday_in_a_story_told_years_back_takes_the_year_of_its_month() -> None:
    text = "The breakthrough came in December 1978, when a student left a reaction running over Christmas."
    assert _found(text, "2019-10-12")[-1] == ("Christmas", "1978-12-25")
    text = "Recorded in February 1971, the album was mixed over the Easter weekend and released that June."
    assert _found(text, "2021-05-05")[-2:] == [("Easter weekend", "1971-W14-WE"), ("that June", "1971-06")]
    # (but not after a day: "born Dec. 30, 1863, and baptized on New Year's Day" is the next one)
    text = "She was born Dec. 30, 1863, and baptized on New Year's Day."
    assert _found(text, "2025-09-29")[-1] == ("New Year's Day", "1864-01-01")


def test_an_imperative_after_please_or_a_colon_looks_ahead() -> None:
    text = "Christmas tree collections: put your real tree out between 6 and 17 January."
    assert _found(text, "2019-12-02") == [("6", "2020-01-06"), ("17 January", "2020-01-17")]
    assert _found("Please put your tree out on 6 January.", "2019-12-02") == [("6 January", "2020-01-06")]
    assert _found("Update: police said on Monday that he had left.", "2019-12-04") == [("Monday", "2019-12-02")]


def test_the_end_of_a_range_of_months_runs_forward_from_its_start() -> None:
    text = "The 2026/27 service costs £60 for the year, covering collections from April to the end of November."
    assert _found(text, "2026-03-19")[-2:] == [("April", "2026-04"), ("the end of November", "2026-11")]
    assert _found("Sales rose from October to February.", "2026-03-19") == [
        ("October", "2025-10"),
        ("February", "2026-02"),
    ]


def test_a_day_a_run_heads_into_lies_ahead() -> None:
    text = "Girard won on Bastille Day, as the race headed into Tuesday's rest day."
    assert _found(text, "2025-07-14")[-1] == ("Tuesday", "2025-07-15")


def test_hours_after_a_run_of_dates_are_kept_on_each_of_them() -> None:
    text = "Kids swim free from Saturday 22 October to Sunday 30 October between 12pm and 4pm."
    assert [value for _, value in _found(text, "2022-10-13")][2:] == ["XXXX-XX-XXT12:00", "XXXX-XX-XXT16:00"]


def test_hours_kept_daily_or_changed_for_good_are_of_no_day() -> None:
    assert _found("The OPD will function from 8 am to 2 pm on all working days.", "2016-11-02") == [
        ("8 am", "XXXX-XX-XXT08:00"),
        ("2 pm", "XXXX-XX-XXT14:00"),
    ]
    text = "The last bus from the city centre will leave at 23:40 from Monday, an hour earlier than now."
    assert _found(text, "2017-03-24")[0] == ("23:40", "XXXX-XX-XXT23:40")
    text = "Collections will be made at 9am rather than 5.30pm from Monday."
    assert _found(text, "2017-12-08")[:2] == [("9am", "XXXX-XX-XXT09:00"), ("5.30pm", "XXXX-XX-XXT17:30")]
    # (but not a time of the day a sentence names: "The meeting will be at 9am rather than 5pm tomorrow")
    text = "The meeting will be at 9am rather than 5pm tomorrow."
    assert not _found(text, "2017-12-08")[0][1].startswith("XXXX")


def test_hours_a_service_keeps_from_the_day_it_begins_are_of_no_day() -> None:
    text = "The corporation will resume night services from October 10, with buses running between 11 pm and 5 am."
    assert _found(text, "2020-10-06")[1:] == [("11 pm", "XXXX-XX-XXT23:00"), ("5 am", "XXXX-XX-XXT05:00")]
    # (but not the hour of that day, nor a day a thing was moved from)
    assert _found("The road will close from 9am on Monday.", "2020-09-11")[0] == ("9am", "2020-09-14T09:00")
    text = "He will speak at a press conference at 4pm, delayed from earlier in the day."
    assert _found(text, "2020-10-31")[0] == ("4pm", "2020-10-31T16:00")


def test_days_listed_after_a_date_the_clock_times_are_on_continue_it() -> None:
    text = "Visiting hours are extended from 10am to 9pm on December 24, 25 and 26, the trust said."
    assert _found(text, "2023-11-25")[-2:] == [("25", "2023-12-25"), ("26", "2023-12-26")]


def test_a_day_a_heading_is_for_lies_ahead() -> None:
    text = "Tide times for Saturday: Whitby HW 05:36 (5.6m) and 17:58 (5.4m)."
    assert _found(text, "2015-08-28")[0] == ("Saturday", "2015-08-29")
    # (but a day a verb dates is read by its tense: "He was jailed for Saturday's attack")
    assert _found("He was jailed for Saturday's attack.", "2015-08-28") == [("Saturday", "2015-08-22")]


def test_a_frequency_before_once_recurs() -> None:
    text = "National offices collect annuities annually once the patent has been validated."
    assert _found(text, "2024-04-10") == [("annually", "P1Y")]


def test_a_financial_year_is_a_fiscal_year() -> None:
    text = "Arrears for the past six months will be paid in the current financial year."
    assert _found(text, "2016-06-29")[-1] == ("the current financial year", "2016")


def test_the_fall_of_something_is_no_season() -> None:
    text = "June's session will feature a talk on the 1979 fall of Skylab."
    assert _found(text, "2026-06-11")[-1] == ("1979", "1979")


def test_an_ordinal_second_before_what_it_ranks_is_no_length() -> None:
    assert _found("A spent Falcon 9 second stage re-entered on Thursday.", "2020-11-07") == [("Thursday", "2020-11-05")]


def test_universal_time_is_a_zone() -> None:
    text = "The stage broke apart at around 04:30 UT this morning."
    assert _found(text, "2025-01-22") == [("around 04:30 UT this morning", "2025-01-22T04:30")]


def test_a_month_before_a_year_of_the_middle_ages_dates_it() -> None:
    text = "The conclave, held after the death of Clement IV in November 1268, dragged on until September 1271."
    assert _found(text, "2025-03-10") == [("November 1268", "1268-11"), ("September 1271", "1271-09")]
    # (but not after "may" or "march", which may be verbs)
    assert _found("Prices may 1200 units higher.", "2025-03-10") == []


def test_numbers_after_paragraphs_are_no_years() -> None:
    text = "Counsel took the court to paragraphs 1940 to 1945 of the brief."
    assert ("1940", "1940") not in _found(text, "2024-12-10")


def test_that_year_after_a_year_stated_is_that_year() -> None:
    text = (
        "The library will screen Buster Keaton's 1926 film at 2 p.m. Saturday, Jan. 8, followed by a talk on why "
        "works from that year became free to use."
    )
    assert _found(text, "2022-01-04")[-1] == ("that year", "1926")


def test_a_sentence_turned_to_the_present_leaves_its_opening_year() -> None:
    text = (
        "Throughout 2020 the departure halls stood empty; now, with travel lanes reopening, the airport is planning "
        "for a December rush."
    )
    assert _found(text, "2021-09-14")[-1] == ("December", "2021-12")
    # (without the turn, the year frames it)
    assert _found("Throughout 2020 the halls stood empty, and in December they closed.", "2021-09-14")[-1] == (
        "December",
        "2020-12",
    )


def test_a_period_about_to_begin_ends_ahead() -> None:
    text = "Airlines expect about 2.7 million passengers over the 10 days to Aug. 20."
    assert _found(text, "2023-08-05")[-1] == ("Aug. 20", "2023-08-20")
    # (a period just over, whose figures are awaited, still ends behind)
    text = "The firm expects headline earnings for the six months to July 31 to fall."
    assert _found(text, "2023-08-05")[-1] == ("July 31", "2023-07-31")


def test_overnight_is_the_night_its_clause_runs_through() -> None:
    assert _found("Snow fell overnight on the camp.", "2021-01-27") == [("overnight", "2021-01-26TNI")]
    assert _found("It expected the backlog to clear overnight.", "2022-07-23") == [("overnight", "2022-07-23TNI")]
    text = "Forecasters expect 15 centimetres overnight into Sunday."
    assert _found(text, "2025-02-15")[0] == ("overnight", "2025-02-15TNI")


def test_overnight_as_suddenly_is_no_night() -> None:
    assert _found("Cash use fell by half almost overnight.", "2020-12-13") == []
    assert _found("People think this happened overnight.", "2022-03-13") == []
    assert _found("She booked an overnight stay.", "2022-03-13") == []


def test_a_superlative_season_so_far_is_this_years() -> None:
    text = "Queenstown Airport is preparing for its busiest winter yet."
    assert _found(text, "2024-06-23") == [("winter", "2024-WI")]


def test_a_range_of_war_years_ends_in_its_two_figures() -> None:
    text = "The memorial bears 43 names from 1914-18 and nine from 1939-45."
    assert [value for _, value in _found(text, "2015-11-07")] == ["1914", "1918", "1939", "1945"]


def test_the_midnight_sun_and_midnight_mass_are_no_clock_times() -> None:
    assert _found("In Longyearbyen the midnight sun returns on Wednesday.", "2016-04-20") == [
        ("Wednesday", "2016-04-20")
    ]
    assert _found("Midnight Mass will begin at 10 p.m.", "2019-12-23") == [("10 p.m.", "2019-12-23T22:00")]
    # (but "the noon Mass" is said at noon, and "noon Sun." is Sunday's noon)
    assert _found("The bishop will celebrate the noon Mass.", "2024-02-12") == [("noon", "2024-02-12T12:00")]


def test_the_season_of_an_equinox_is_no_season_named() -> None:
    assert _found("Stonehenge will open on Monday 22 September for the autumn equinox.", "2025-09-15") == [
        ("Monday 22 September", "2025-09-22")
    ]


def test_the_day_an_anniversary_is_of_lies_that_many_years_back() -> None:
    text = "Britain marked the 75th anniversary of VE Day on Friday with a two-minute silence."
    assert _found(text, "2020-05-08")[0] == ("VE Day", "1945-05-08")
    text = "Saturday's 75th anniversary of VJ Day will be marked with a service."
    assert _found(text, "2020-08-12")[1] == ("VJ Day", "1945-08-15")
    # (and the story does not move to it: "A day earlier" is the day before the commemoration)
    text = (
        "Leaders met in Portsmouth on Wednesday to commemorate the 75th anniversary of D-Day. "
        "A day earlier, he had held talks."
    )
    assert _found(text, "2019-06-05")[-1] == ("A day earlier", "2019-06-04")


def test_d_day_is_the_day_of_the_normandy_landings() -> None:
    assert _found("My grandpa landed at Normandy on D-Day.", "2019-11-12") == [("D-Day", "1944-06-06")]
    # (not a day of decision written in lower case)
    assert _found("It was D-day for the economy.", "2019-11-12") == []


def test_trading_sessions_and_hours_kept_currently_are_of_no_day() -> None:
    text = "The ASX trading day runs from 10am to 4pm, with a closing auction at 4.10pm."
    assert [value for _, value in _found(text, "2018-07-15")][:2] == ["XXXX-XX-XXT10:00", "XXXX-XX-XXT16:00"]
    text = "The RSL club's gaming room, which currently trades until 6am, will have to shut."
    assert ("6am", "XXXX-XX-XXT06:00") in _found(text, "2025-06-03")


def test_a_date_in_figures_day_first_with_a_two_figure_year() -> None:
    text = "Registry offices were booked out, with 26/01/2025 the most popular date since 22/2/22."
    assert _found(text, "2025-01-26") == [("26/01/2025", "2025-01-26"), ("22/2/22", "2022-02-22")]


def test_a_list_of_days_continues_before_a_modal() -> None:
    text = "Anyone who ate there on May 2, 3 or 9 should get vaccinated."
    assert _found(text, "2026-05-14") == [("May 2", "2026-05-02"), ("3", "2026-05-03"), ("9", "2026-05-09")]


def test_the_next_decade_after_a_part_of_it_counts_from_the_story() -> None:
    text = "The 2000s were golden; by the middle of the next decade, budgets had killed the genre."
    assert _found(text, "2020-02-27")[-1] == ("the middle of the next decade", "201")


def test_a_month_after_a_year_counted_in_the_possessive() -> None:
    text = "Prices for next year's February half-term are already up."
    assert _found(text, "2026-02-17") == [("next year", "2027"), ("February", "2027-02")]


def test_the_coming_season_is_the_next_to_begin() -> None:
    text = "The company expects season-pass sales for the coming winter to rise."
    assert _found(text, "2023-11-07") == [("the coming winter", "2023-WI")]
    # (where "next winter" in November is the one after)
    assert _found("Prices will rise next winter.", "2023-11-07") == [("next winter", "2024-WI")]


def test_numbers_after_codes_and_the_period_before_its_dates_are_no_dates() -> None:
    assert ("1711", "1711") not in _found("Affected product: batch codes 1711 and 1712.", "2018-01-19")
    text = "The cap will rise for the period 1 January to 31 March 2025."
    assert [text for text, _ in _found(text, "2024-11-22")] == ["1 January", "31 March 2025"]


def test_the_coming_bank_holiday_weekend_is_this_weeks() -> None:
    text = "Officers will have an increased presence over the coming bank holiday weekend."
    assert _found(text, "2023-05-02") == [("the coming bank holiday weekend", "2023-W18-WE")]


def test_a_day_just_after_a_day_dated_in_full_shares_its_year_in_the_past() -> None:
    text = "I paid my bill online late on 31 January 2025, but HMRC says it arrived on 1 February."
    assert _found(text, "2026-01-26")[-1] == ("1 February", "2025-02-01")
    # (not a deadline still to come: "have until Aug. 14 to file")
    text = "Under the act, signed into law on Aug. 10, 2022, veterans have until Aug. 14 to file."
    assert _found(text, "2023-08-01")[-1] == ("Aug. 14", "2023-08-14")


def test_hours_kept_through_a_day_are_each_days_up_to_it() -> None:
    text = "The restaurant will be open from 11 a.m. to 9 p.m. through the weekend."
    assert [value for _, value in _found(text, "2019-05-16")][:2] == ["XXXX-XX-XXT11:00", "XXXX-XX-XXT21:00"]
    text = "Several said they would keep shorter hours, from noon to 10 pm, till November 15."
    assert [value for _, value in _found(text, "2016-11-04")][:2] == ["XXXX-XX-XXT12:00", "XXXX-XX-XXT22:00"]
    # (but one stretch from a clock time to a day is that day's: "closed from 10 p.m. until Monday")
    assert not _found("It is closed from 10 p.m. until Monday.", "2019-05-16")[0][1].startswith("XXXX")


def test_a_day_a_warning_is_of_lies_ahead() -> None:
    text = "Forecasters warned of minor to moderate geomagnetic activity from Monday through Wednesday."
    assert _found(text, "2025-08-22") == [("Monday", "2025-08-25"), ("Wednesday", "2025-08-27")]
    text = "The grid operator has warned of a lack of reserve between 4pm and 7pm on Friday."
    assert _found(text, "2018-01-18")[-1] == ("Friday", "2018-01-19")
