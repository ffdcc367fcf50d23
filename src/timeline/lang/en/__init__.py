"""English: patterns, vocabulary and cues, and how a captured group becomes calendar parts."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from timeline.lang.en import cues
from timeline.lang.en import events as event_words
from timeline.lang.en import vocabulary as vocab
from timeline.lang.en.first_words import FIRST_WORDS
from timeline.lang.en.numbers import parse_count, parse_number, parse_ordinal, parse_year_words
from timeline.lang.en.patterns import RULES
from timeline.language import Cues, EventWords, Language, Particles
from timeline.parts import Unit

__all__ = ["LANGUAGE"]

Fields = list[tuple[str, object]]


def _key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split()).rstrip(".")


def _year(text: str) -> Fields:
    key = _key(text).lstrip("'")
    if key.isdigit():
        return [("year", int(key)), ("year_digits", len(key))]
    return [("year", parse_year_words(key))]


def _month(text: str) -> Fields:
    key = _key(text)
    return [("month", int(key) if key.isdigit() else vocab.MONTHS.get(key))]


def _day(text: str) -> Fields:
    return [("day", parse_ordinal(_key(text)))]


def _weekday(text: str) -> Fields:
    key = _key(text)
    return [("weekday", vocab.WEEKDAYS.get(key) or vocab.WEEKDAYS.get(key.rstrip("s")))]


def _part(text: str) -> Fields:
    key = _key(text)
    return [("part_of_day", vocab.PARTS_OF_DAY.get(key) or vocab.PARTS_OF_DAY.get(key.replace("-", "")))]


def _hour(text: str) -> Fields:
    key = _key(text)
    number = int(key) if key.isdigit() else parse_number(key)
    return [("hour", int(number) if number is not None else None)]


def _minute(text: str) -> Fields:
    """ "30" -> 30, "thirty" -> 30, "forty-five" -> 45, "oh five" -> 5."""
    key = _key(text)
    if key.isdigit():
        return [("minute", int(key))]
    number = parse_number(key.removeprefix("oh").strip(" -"))
    return [("minute", int(number) if number is not None and number < 60 else None)]


def _half_of_the_day(text: str) -> Fields:
    """The half of the day a part of it after a day tells: "half seven yesterday evening", "3 o'clock Thursday
    afternoon"."""
    return [("meridiem", "am" if _key(text).endswith("morning") else "pm")]


def _hour_before(text: str) -> Fields:
    """The hour before the one named: "a quarter to *nine*" is 8:45."""
    ((field, hour),) = _hour(text)
    return [(field, None if not isinstance(hour, int) else (hour - 2) % 12 + 1)]


def _bare_hour(text: str) -> Fields:
    """An hour said alone: one to six is in the afternoon ("the game's Saturday at one"), seven to
    eleven in the morning; an evening in the sentence moves it later."""
    ((field, hour),) = _hour(text)
    if not isinstance(hour, int):
        return [(field, None)]
    # (seven to eleven keep no meridiem, so an evening the sentence names can still move them: "Tonight at 9")
    return [(field, hour), ("meridiem", "pm")] if hour <= 6 or hour == 12 else [(field, hour)]


def _meridiem(text: str) -> Fields:
    key = _key(text).replace(".", "").replace(" ", "")
    if key in ("am", "inthemorning"):
        return [("meridiem", "am")]
    return [("meridiem", "pm")]


def _clock(text: str) -> Fields:
    hour, minute = vocab.CLOCK_WORDS[_key(text)]
    return [("hour", hour), ("minute", minute)]


def _relative_day(text: str) -> Fields:
    offset, part = vocab.RELATIVE_DAYS[_key(text)]
    return [("relative_day", offset), ("part_of_day", part)]


def _unit(text: str) -> Fields:
    key = _key(text)
    name = vocab.UNITS[key]
    return [("unit", Unit(name)), ("plural", (key != name and not key.startswith(name[:3])) or key.endswith("s"))]


def _period(text: str) -> Fields:
    """The period of a comparison ("the year-ago *quarter*"); "period" itself leaves it to the context."""
    name = vocab.UNITS.get(_key(text))
    return [("period", Unit(name) if name in ("day", "week", "month", "quarter", "half", "year") else None)]


def _count(text: str) -> Fields:
    count, vague = parse_count(_key(text))
    decimal = count is not None and count != int(count) and any(c.isdigit() for c in text) and "." in text
    return [("count", count), ("vague_count", vague), ("decimal_count", decimal)]


def _seasons_back(text: str) -> Fields:
    """ "two" in "two summers ago": the last summer, and one more year back."""
    count, _ = parse_count(_key(text))
    if count is None or count != int(count):
        raise ValueError(f"no number of seasons: {text!r}")  # "a few summers ago"
    return [("shift", -int(count))]


def _direction(text: str) -> Fields:
    key = _key(text)
    return [("direction", vocab.DIRECTIONS[key]), ("anaphoric_direction", key in vocab.ANAPHORIC_DIRECTIONS)]


#: "the 2000s" is the decade most often meant; "the 1600s", "the 1900s" the centuries.
_FIRST_YEAR_OF_THE_2000S = 2000


def _decade(text: str) -> Fields:
    key = _key(text).strip("'’")
    if key in vocab.DECADE_WORDS:
        return [("decade", vocab.DECADE_WORDS[key]), ("year_digits", 1)]
    digits = key.rstrip("s").strip("'’")
    if len(digits) == 2:
        return [("decade", int(digits) // 10), ("year_digits", 1)]
    if digits.endswith("00") and int(digits) < _FIRST_YEAR_OF_THE_2000S:
        return [("century", int(digits) // 100)]  # "the 1600s": the century of the sixteen-hundreds
    return [("decade", int(digits) // 10)]


def _spoken_decade(text: str) -> Fields:
    """ "eighteen-fifties" -> 185, "twenty-thirties" -> 203; "eighteen-hundreds" is the century of 1800-1899."""
    century, decade = _key(text).replace("-", " ").split()
    hundreds = vocab.ONES.get(century) or vocab.TENS[century]
    if decade == "hundreds":
        return [("century", hundreds)]
    return [("decade", hundreds * 10 + vocab.DECADE_WORDS[decade])]


def _century(text: str) -> Fields:
    ordinal = parse_ordinal(_key(text))
    return [("century", ordinal - 1 if ordinal else None)]


def _millennium(text: str) -> Fields:
    ordinal = parse_ordinal(_key(text))
    return [("millennium", ordinal - 1 if ordinal else None)]


def _every(text: str) -> Fields:
    return [("frequency", True)]


def _counted_frequency(text: str) -> Fields:
    """ "three-weekly" -> P3W, "six-monthly" -> P6M: the count of the periods between."""
    count, frequency = _key(text).split("-", 1)
    periods = int(count) if count.isdigit() else vocab.ONES[count]
    return [("value", vocab.FREQUENCIES[frequency].replace("1", str(periods), 1))]


def _table(field: str, table: Mapping[str, object]) -> Callable[[str], Fields]:
    def read(text: str) -> Fields:
        return [(field, table.get(_key(text)))]

    return read


_READERS: dict[str, Callable[[str], Fields]] = {
    "year": _year,
    "month": _month,
    "day": _day,
    "weekday": _weekday,
    "part": _part,
    "hour": _hour,
    "minute": _minute,
    "hour_before": _hour_before,
    "bare_hour": _bare_hour,
    "lands_on": lambda text: (
        # "twenty-five years ago tomorrow": counted from that day
        [("relative_day", vocab.RELATIVE_DAYS[_key(text)][0])]
        if _key(text) in ("tomorrow", "yesterday")
        else [
            ("period", {"this week": Unit.WEEK, "this month": Unit.MONTH}.get(_key(text), Unit.DAY)),
            # "tonight", "this morning": that part of the day
            ("part_of_day", vocab.PARTS_OF_DAY.get(_key(text).split()[-1])),
        ]
    ),
    "step": _table("anaphoric_shift", {"after": 1, "before": -1, "prior": -1}),
    "date_unit": lambda text: [("unit", Unit.DAY)],
    "to_the_day": lambda text: [("period", Unit.DAY)],
    "containing": lambda text: [("containing", Unit.WEEK if _key(text) == "week" else Unit.WEEKEND)],
    "day_part": lambda text: [("meridiem", "am" if _key(text).endswith("morning") else "pm"), ("relative_day", 0)],
    "relday_part": _half_of_the_day,
    "weekday_part": _half_of_the_day,
    # either side of midnight and noon: "quarter to midnight" is 11:45 p.m., "ten past noon" 12:10 p.m.
    "before_midnight": lambda text: [("hour", 11), ("meridiem", "pm")],
    "before_noon": lambda text: [("hour", 11), ("meridiem", "am")],
    "after_midnight": lambda text: [("hour", 12), ("meridiem", "am")],
    "after_noon": lambda text: [("hour", 12), ("meridiem", "pm")],
    "minutes_past": lambda text: [("minute", vocab.CLOCK_FRACTIONS[_key(text)])],
    "minutes_to": lambda text: [("minute", 60 - vocab.CLOCK_FRACTIONS[_key(text)])],
    "second": lambda text: [("second", int(text))],
    "meridiem": _meridiem,
    "zone": lambda text: [("zone", text.upper())],
    "clock": _clock,
    "relday": _relative_day,
    "this_day": lambda text: [("relative_day", 0)],
    "step_back": lambda text: [("anaphoric_shift", -1 if _key(text).startswith(("before", "prior")) else 1)],
    "shift": _table("shift", vocab.SHIFTS),
    "definite": lambda text: [("definite", True)],
    "year_shift": _table("year_shift", vocab.SHIFTS),
    "ashift": _table("anaphoric_shift", vocab.ANAPHORIC_SHIFTS),
    # the first night of a stay is the night of the day it began, the second the next day's
    "nth_day": lambda text: [("anaphoric_shift", vocab.ORDINALS[_key(text)] - 1)],
    "unit": _unit,
    "period": _period,
    "same": lambda text: [("same", True)],
    "count": _count,
    "ad_year": lambda text: [("year", int(text)), ("year_digits", 4)],
    "bc_year": lambda text: [("year", int(text.replace(",", ""))), ("year_digits", 4)],
    "spoken_decade": lambda text: _spoken_decade(text),
    "quarter_end": lambda text: [("quarter", {"mar": 1, "jun": 2, "sep": 3, "dec": 4}[_key(text)[:3]])],
    "half_end": lambda text: [("half", {"jun": 1, "dec": 2}[_key(text)[:3]])],
    "quarter_span": lambda text: [("quarter", {"jan": 1, "apr": 2, "jul": 3, "oct": 4}[_key(text)[:3]])],
    "nth_count": lambda text: [("count", parse_ordinal(_key(text)))],
    "weekends": lambda text: [("value", "XXXX-WXX-WE")],
    "weekdays": lambda text: [("value", "XXXX-WXX-WDTNI" if "night" in _key(text) else "XXXX-WXX-WD")],
    "extra_count": lambda text: [("extra_count", parse_count(_key(text))[0])],
    "extra_unit": lambda text: [("extra_unit", Unit(vocab.UNITS[_key(text)]))],
    "third_count": lambda text: [("third_count", parse_count(_key(text))[0])],
    "third_unit": lambda text: [("third_unit", Unit(vocab.UNITS[_key(text)]))],
    "fourth_count": lambda text: [("fourth_count", parse_count(_key(text))[0])],
    "fourth_unit": lambda text: [("fourth_unit", Unit(vocab.UNITS[_key(text)]))],
    "falls_on": lambda text: [],
    "hours_written": lambda text: [("count", int(text)), ("unit", Unit.HOUR)],
    "minutes_written": lambda text: [("extra_count", int(text)), ("extra_unit", Unit.MINUTE)],
    "and_half": lambda text: [("count_add", 0.5)],
    "and_quarter": lambda text: [("count_add", 0.25)],
    "and_three_quarters": lambda text: [("count_add", 0.75)],
    "direction": _direction,
    "apposed": lambda text: [("apposed_only", True)],
    "order_unsure": lambda text: [("order_unsure", True)],
    "day_first": lambda text: [("day_first", True)],
    "shift_direction": _table("direction", vocab.SHIFTS),
    "mod": _table("mod", vocab.PERIOD_MODS),
    "within": _table("within", {"earlier": -1, "later": 1}),
    "latest": lambda text: [("shift", -1)],
    "seasons_back": _seasons_back,
    "just_past": lambda text: [("shift", -1), ("just_past", True)],
    "coming_season": lambda text: [("shift", 1), ("ahead", True)],
    "approx": _table("quantity_mod", vocab.APPROXIMATIONS),
    "the_year": lambda text: [("year_shift", 0), ("definite", True)],
    "nth": lambda text: [("nth", -1 if _key(text) == "last" else parse_ordinal(_key(text)))],
    "event_nth": lambda text: [("event_nth", vocab.RUN_ENDS.get(_key(text)) or parse_ordinal(_key(text)))],
    "part_nth": lambda text: [("part_nth", -1 if _key(text) in ("last", "final") else parse_ordinal(_key(text)))],
    "part_unit": lambda text: [("part_unit", Unit(vocab.UNITS[_key(text)]))],
    "part_weekday": lambda text: [("part_weekday", vocab.WEEKDAYS[_key(text)])],
    "clock_approx": _table("quantity_mod", vocab.CLOCK_APPROXIMATIONS),
    "other": lambda text: [("count", 2)],
    "quarter": lambda text: [("quarter", parse_ordinal(_key(text)))],
    "half": lambda text: [("half", parse_ordinal(_key(text)))],
    "opening_half": lambda text: [("half", 1)],
    "closing_half": lambda text: [("half", 2)],
    "closing_quarter": lambda text: [("quarter", 4)],
    "season": _table("season", vocab.SEASONS),
    "decade": _decade,
    "century": _century,
    "millennium": _millennium,
    # "election night": the night of the election day
    "election": lambda text: [("holiday", vocab.HOLIDAYS["election day"])],
    "holiday": _table(
        "holiday",
        {
            **vocab.HOLIDAYS,
            **{name.lower(): holiday for name, holiday in vocab.HOLIDAYS_AS_WRITTEN.items()},
            **{name.lower(): holiday for name, holiday in vocab.HOLIDAY_SURNAMES.items()},
        },
    ),
    "fourth_of_july": lambda text: [("holiday", "us_independence_day")],
    "fiscal": lambda text: [("fiscal", True)],
    "frequency": lambda text: [("value", vocab.FREQUENCIES[_key(text)])],
    "counted_frequency": _counted_frequency,
    "vague": lambda text: [("value", vocab.VAGUE[_key(text)])],
    "every": _every,
    "plural": lambda text: [("plural", True), ("vague_count", True)],
    "stretch": lambda text: [("vague_count", True)],
    "times": _every,
}


def read_group(part: str, text: str) -> Fields:
    """Read the text a group captured into (part field, value) pairs."""
    return _READERS[part](text)


_VERB_FORMS = (
    frozenset(
        form
        for base in event_words.VERBS
        | set(event_words.IRREGULAR)
        | set(event_words.REPORTING_BASES)
        | cues.SCHEDULE_VERBS
        for form in event_words.inflections(base) | set(event_words.IRREGULAR.get(base, ()))
    )
    | event_words.REPORTING
)

#: English function words by the part they play in the grammar (see ``timeline.language.Particles``).
PARTICLES = Particles(
    infinitive="to",
    negation="not",
    negators=frozenset({"not", "never", "no"}),  # ("could no longer pay")
    negated_past_verbs=frozenset({"didn't", "wasn't", "weren't", "hadn't"}),
    past_do="did",
    be="be",
    been="been",
    perfect="have",
    causatives=frozenset({"have", "get"}),
    definite_article="the",
    next="next",
    intended_for="for",
    deadline="by",
    agent="by",
    dated_on="on",
    dated_in="in",
    released="out",
    present_copulas=frozenset({"is", "are"}),
    past_copulas=frozenset({"was", "were"}),
    complementizer="that",
    due="due",
    due_within="in",
    done_within="in",
    range_opener="from",
    complement_of="of",
    absolute_opener="with",
    conjunctions=frozenset({"and", "or", "but"}),
    joining=frozenset({"and", "or"}),
    addition="and",
    bare_articles=frozenset({"a", "an", "the"}),
    reported_future=frozenset({"would"}),
    contracted_is_after=frozenset({"that", "there", "what", "here"}),
    report_nouns=frozenset({"statement", "announcement", "report"}),
    verb_group_adverbs=frozenset({"also", "still", "already", "just", "then"}),
    saying=frozenset({"said", "says"}),
    source_prepositions=frozenset({"from", "by"}),
    past_ending="ed",
    not_past_endings=("eed",),
    participle_ending="ing",
    adverb_ending="ly",
    s_ending="s",
    not_plural_endings=("ss", "'s", "us"),
    negation_endings=("n't", "n’t"),
    future_ending="'ll",
    possessive_endings=("'s", "’s"),
    present_endings=("s", "es"),
    present_respellings=(("ies", "y"),),
    silent_ending="e",
    doubles_final_consonant=True,
    time_relative="when",
)

LANGUAGE = Language(
    code="en",
    name="English",
    rules=RULES,
    read_group=read_group,
    group_parts=frozenset(_READERS),
    cues=Cues(
        future=cues.FUTURE_MARKERS,
        future_needing_to=cues.FUTURE_MARKERS_NEEDING_TO,
        expecting=cues.EXPECTING,
        strong_breaks=cues.STRONG_BREAKS,
        relative_pronouns=cues.RELATIVE_PRONOUNS,
        calendar_placing=cues.CALENDAR_PLACING,
        past=cues.PAST_MARKERS,
        present=cues.PRESENT_MARKERS,
        not_past_ed=cues.NOT_PAST_ED,
        stative_before_to=cues.STATIVE_BEFORE_TO,
        reporting=cues.REPORTING_VERBS,
        addressing=cues.ADDRESSING_VERBS,
        abbreviations=cues.ABBREVIATIONS,
        participle_auxiliaries=cues.PARTICIPLE_AUXILIARIES,
        past_forms_not_participles=cues.PAST_NOT_PARTICIPLES,
        clause_breaks=cues.CLAUSE_BREAKS,
        quotes=cues.QUOTES,
        determiners=cues.DETERMINERS,
        past_auxiliaries=cues.PAST_AUXILIARIES,
        articles=cues.ARTICLES,
        name_modifiers=cues.NAME_MODIFIERS,
        prepositions=event_words.PREPOSITIONS,
        degree_adverbs=cues.DEGREE_ADVERBS,
        verbs=_VERB_FORMS,
        subject_pronouns=event_words.SUBJECT_PRONOUNS,
        personal_subjects=frozenset({"he", "she"}),
        clock_to_day=cues.CLOCK_TO_DAY,
        clock_adjective=cues.CLOCK_ADJECTIVE,
        clock_noun_to_day=cues.CLOCK_NOUN_TO_DAY,
        particles=PARTICLES,
        common_words=vocab.COMMON_WORDS,
        before_years=vocab.BEFORE_YEARS,
        person_titles=vocab.PERSON_TITLES,
        year_openers=vocab.YEAR_OPENERS,
        weekday_words=frozenset(name for name in vocab.WEEKDAYS if len(name) > 3),
        month_words=frozenset(vocab.MONTHS),
        day_introducers=cues.DAY_INTRODUCERS,
        advice_openers=frozenset({"so", "then"}),
        imperative_openers=frozenset({"please", "kindly", ":"}),
        planned_adjectives=cues.PLANNED_ADJECTIVES,
        requests=cues.REQUESTS,
        following_verbs=frozenset({"follow", "follows"}),
        unchanged_pasts=frozenset(base for base, (past, _) in event_words.IRREGULAR.items() if past == base),
        retrospective_openers=frozenset({"following", "after", "since"}),
        length_units=frozenset(vocab.UNITS),
        calendar_words=frozenset(
            word
            for table in (
                vocab.UNITS,
                vocab.PARTS_OF_DAY,
                vocab.CLOCK_WORDS,
                vocab.WEEKDAYS,
                vocab.MONTHS,
                vocab.SEASONS,
            )
            for phrase in table
            for word in phrase.split()
        ),
        firsts=cues.FIRSTS,
        length_comparatives=cues.LENGTH_COMPARATIVES,
        amount_openers=cues.AMOUNT_OPENERS,
        efforts=cues.EFFORTS,
        going_on=cues.GOING_ON,
        twenty_four_hour_zones=cues.TWENTY_FOUR_HOUR_ZONES,
        ranking_adjectives=cues.RANKING_ADJECTIVES | cues.FIRSTS,
        restatement=cues.CLOCK_RESTATEMENT,
        apposition=cues.APPOSITION,
        holiday_apposition=cues.HOLIDAY_APPOSITION,
        copula=cues.COPULA,
        split_year=cues.SPLIT_YEAR,
        split_year_turn=cues.SPLIT_YEAR_TURN,
        clause_openers=cues.CLAUSE_OPENERS,
        subordinate_openers=cues.SUBORDINATE_OPENERS,
        time_conjunctions=cues.TIME_CONJUNCTIONS,
        not_yet_bounds=cues.NOT_YET_BOUNDS,
        day_ordinal=cues.DAY_ORDINAL,
        negated_perfects=cues.NEGATED_PERFECTS,
        past_modals=cues.PAST_MODALS,
        planning=cues.PLANNING,
        coordinators=cues.COORDINATORS,
        participles=cues.PARTICIPLES,
        schedule_verbs=cues.SCHEDULE_VERBS,
        sequence_verbs=cues.SEQUENCE_VERBS,
        arranging=cues.ARRANGING,
        arranging_with_object=cues.ARRANGING_WITH_OBJECT,
        directives=cues.DIRECTIVES,
        aspirations=cues.ASPIRATIONS,
        open_aspirations=cues.OPEN_ASPIRATIONS,
        ability_modals=cues.ABILITY_MODALS,
        modals=cues.MODALS,
        base_form_markers=cues.BASE_FORM_MARKERS,
        past_perfect=cues.PAST_PERFECT,
        perfect_auxiliaries=cues.PERFECT_AUXILIARIES,
        finite_auxiliaries=cues.FINITE_AUXILIARIES,
        not_plurals=cues.NOT_PLURALS,
        irregular_plurals=cues.IRREGULAR_PLURALS,
        overtaken_adverbs=cues.OVERTAKEN_ADVERBS,
        conditions=cues.CONDITIONS,
        durative_past=cues.DURATIVE_PAST,
        finally_until=cues.FINALLY_UNTIL,
        counted_nouns=frozenset(vocab.COUNTED_NOUNS),
        number_words=frozenset({*vocab.ONES, *vocab.TENS, *vocab.MAGNITUDES, "dozen", "million", "billion"}),
        forecasting=cues.FORECASTING,
        preparing=cues.PREPARING,
        event_nouns=event_words.EVENT_NOUNS,
        showing=cues.SHOWING_VERBS,
        estimating=cues.ESTIMATING,
        ruled_out=cues.RULED_OUT,
        moved_event=cues.MOVED_EVENT,
        moved_to=cues.MOVED_TO,
        future_adjectives=cues.FUTURE_ADJECTIVES,
        permitting=cues.PERMITTING,
        retrospective=cues.RETROSPECTIVE,
        reaching_back=cues.REACHING_BACK,
        verb_particles=cues.VERB_PARTICLES,
        span_ends=cues.SPAN_ENDS,
        timetable_phrases=cues.TIMETABLE_PHRASES,
        delivery=cues.DELIVERY,
        range_opening=cues.RANGE_OPENING,
        warned_days=cues.WARNED_DAYS,
        run_into=cues.RUN_INTO,
        range_close=cues.RANGE_CLOSE,
        negated_past=cues.NEGATED_PAST,
        aspect_adverbs=cues.ASPECT_ADVERBS,
        year_clause=cues.YEAR_CLAUSE,
        year_after=cues.YEAR_AFTER,
        year_before=cues.YEAR_BEFORE,
        leading_to=cues.LEADING_TO,
        for_an_event=cues.FOR_AN_EVENT,
        foretold_of_a_day=cues.FORETOLD_OF_A_DAY,
        event_of_a_day=cues.EVENT_OF_A_DAY,
        leading_to_an_event_on=cues.LEADING_TO_AN_EVENT_ON,
        following_an_event_on=cues.FOLLOWING_AN_EVENT_ON,
        event_date_before=cues.EVENT_DATE_BEFORE,
        event_date_after=cues.EVENT_DATE_AFTER,
        announcing=cues.ANNOUNCING,
        title_small_words=cues.TITLE_SMALL_WORDS,
        period_to=cues.PERIOD_TO,
        period_owner=cues.PERIOD_OWNER,
        verbal_nouns=cues.VERBAL_NOUNS,
        following=cues.FOLLOWING,
        drawn_from=cues.DRAWN_FROM,
        compared_figure=cues.COMPARED_FIGURE,
        change_between_figures=cues.CHANGE_BETWEEN_FIGURES,
        close_of=cues.CLOSE_OF,
        fiscal=cues.FISCAL,
        coordinated_clause=cues.COORDINATED_CLAUSE,
        moving_ends=cues.MOVING_ENDS,
        date_set=cues.DATE_SET,
        declared_before=cues.DECLARED_BEFORE,
        declared_after=cues.DECLARED_AFTER,
        falls_on=cues.FALLS_ON,
        said_to_fall_on=cues.SAID_TO_FALL_ON,
        habitual=cues.HABITUAL,
        habitual_breaks=cues.HABITUAL_BREAKS,
        habitual_after=cues.HABITUAL_AFTER,
        moved_from=cues.MOVED_FROM,
        moved_within_a_week=cues.MOVED_WITHIN_A_WEEK,
        span_ends_words=cues.SPAN_END_WORDS,
        moved_into=cues.MOVED_INTO,
        compared_with=cues.COMPARED_WITH,
        compared_explicitly=cues.COMPARED_EXPLICITLY,
        compared_year=cues.COMPARED_YEAR,
        day_then_clock=cues.DAY_THEN_CLOCK,
        compared_level=cues.COMPARED_LEVEL,
        weekend_past=cues.WEEKEND_PAST,
        new_hours=cues.NEW_HOURS,
        earliest=cues.EARLIEST,
        earliest_unless_past=cues.EARLIEST_UNLESS_PAST,
        result_after=cues.RESULT_AFTER,
        result_before=cues.RESULT_BEFORE,
        listed_hours=cues.LISTED_HOURS,
        weekday_run=cues.WEEKDAY_RUN,
        hours_before=cues.HOURS_BEFORE,
        comparison_words=cues.COMPARISON_WORDS,
        past_adjectives=cues.PAST_ADJECTIVES,
        complement_verbs=cues.COMPLEMENT_VERBS,
        infinitive_auxiliaries=cues.INFINITIVE_AUXILIARIES,
        event_days=cues.EVENT_DAYS,
        historic_days=cues.HISTORIC_DAYS,
        historic_holidays=cues.HISTORIC_HOLIDAYS,
        nth_anniversary_of=cues.NTH_ANNIVERSARY_OF,
        country_names=cues.COUNTRY_NAMES,
        dateline=cues.DATELINE,
        national_holidays=cues.NATIONAL_HOLIDAYS,
        timetabled=cues.TIMETABLED,
        timetable_followers=cues.TIMETABLE_FOLLOWERS,
        due_times=cues.DUE_TIMES | frozenset(vocab.MONTHS),
        not_timetable_after_in=cues.NOT_TIMETABLE_AFTER_IN,
        clock_range=cues.CLOCK_RANGE,
        clock_on_its_day=cues.CLOCK_ON_ITS_DAY,
        morning_words=cues.MORNING_WORDS,
        standing_hours=cues.STANDING_HOURS,
        hours_through=cues.HOURS_THROUGH,
        regime_start=cues.REGIME_START,
        day_goes_on=cues.DAY_GOES_ON,
        clock_list=cues.CLOCK_LIST,
        list_join=cues.LIST_JOIN,
        clock_time_before=cues.CLOCK_TIME_BEFORE,
        clock_now=cues.CLOCK_NOW,
        starts_from=cues.STARTS_FROM,
        clause_closes=cues.CLAUSE_CLOSES,
        count_before_a_rate=cues.COUNT_BEFORE_A_RATE,
        before_a_length=vocab.BEFORE_A_LENGTH,
        not_in_a_count=vocab.NOT_IN_A_COUNT,
        after_a_length=cues.AFTER_A_LENGTH,
        span_join=cues.SPAN_JOIN,
        run_end=cues.RUN_END,
        span_edge=cues.SPAN_EDGE,
        stretch_length=cues.STRETCH_LENGTH,
        range_end=cues.RANGE_END,
        list_break=cues.LIST_BREAK,
        days_to_hours=cues.DAYS_TO_HOURS,
        hours_join=cues.HOURS_JOIN,
        function_words=event_words.FUNCTION_WORDS,
        game_words=cues.GAME_WORDS,
        figures_of_a_month=cues.FIGURES_OF_A_MONTH,
        course_words=cues.COURSE_WORDS,
        game_score=cues.GAME_SCORE,
        of_a_days_event=cues.OF_A_DAYS_EVENT,
        accounts_words=cues.ACCOUNTS_WORDS,
        reported_figures=cues.REPORTED_FIGURES,
        elapsed_since=cues.ELAPSED_SINCE,
        elapsed_until=cues.ELAPSED_UNTIL,
        benchmark=cues.BENCHMARK,
        usual_length=cues.USUAL_LENGTH,
        elsewhere_time=cues.ELSEWHERE_TIME,
        frame_opening=cues.FRAME_OPENING,
        contrast=cues.CONTRAST,
        turn_to_now=cues.TURN_TO_NOW,
        story_step_opening=cues.STORY_STEP_OPENING,
        anniversary=cues.ANNIVERSARY,
        measured_from_the_story=cues.MEASURED_FROM_THE_STORY,
        clause_frame_opening=cues.CLAUSE_FRAME_OPENING,
        year_of_a_plan=cues.YEAR_OF_A_PLAN,
        span_end=cues.SPAN_END,
        span_until=cues.SPAN_UNTIL,
        fronted_span_end=cues.FRONTED_SPAN_END,
        lead_up=cues.LEAD_UP,
        called_event=cues.CALLED_EVENT,
        verb_before=cues.VERB_BEFORE,
        passive_verb_before=cues.PASSIVE_VERB_BEFORE,
        period_reported=cues.PERIOD_REPORTED,
    ),
    events=EventWords(
        verbs=_VERB_FORMS,
        past_forms=frozenset(form for forms in event_words.IRREGULAR.values() for form in forms),
        auxiliaries=event_words.AUXILIARIES,
        future_auxiliaries=event_words.FUTURE_AUXILIARIES,
        past_auxiliaries=event_words.PAST_AUXILIARIES,
        present_auxiliaries=event_words.PRESENT_AUXILIARIES,
        hypothetical_auxiliaries=event_words.HYPOTHETICAL_AUXILIARIES,
        negations=event_words.NEGATIONS,
        planning=event_words.PLANNING,
        conditionals=event_words.CONDITIONALS,
        event_nouns=event_words.EVENT_NOUNS,
        event_noun_suffixes=event_words.EVENT_NOUN_SUFFIXES,
        not_event_nouns=event_words.NOT_EVENT_NOUNS,
        not_verbs=event_words.NOT_VERBS,
        function_words=event_words.FUNCTION_WORDS,
        determiners=event_words.DETERMINERS,
        subject_pronouns=event_words.SUBJECT_PRONOUNS,
        source_pronouns=event_words.SOURCE_PRONOUNS,
        subordinators=event_words.SUBORDINATORS,
        connectives=event_words.CONNECTIVES,
        reporting=event_words.REPORTING,
        i_action=event_words.I_ACTION,
        i_state=event_words.I_STATE,
        aspectual=event_words.ASPECTUAL,
        perception=event_words.PERCEPTION,
        state=event_words.STATE,
        attribution_phrases=event_words.ATTRIBUTION_PHRASES,
        boilerplate=event_words.BOILERPLATE,
        prepositions=event_words.PREPOSITIONS,
        particles=PARTICLES,
    ),
    first_words=FIRST_WORDS,
)
