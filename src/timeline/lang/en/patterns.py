"""English temporal patterns: one place for every rule, each with examples the tests run.

Patterns are regular expressions matched case-insensitively (``(?-i:...)`` marks the parts that must
keep their case), written over the macros below. Group names say which part a capture fills (see
:mod:`timeline.lang.en` for how each part is read). The reference date of the examples is Wednesday
19 January 2022 unless an example gives its own. Guards against non-dates live in the patterns
themselves, as lookarounds built from :mod:`timeline.lang.en.vocabulary`.
"""

from __future__ import annotations

from timeline.lang.en import cues
from timeline.lang.en import vocabulary as vocab
from timeline.model import TimexType
from timeline.parts import Build, Unit
from timeline.rules import Example, Rule, after_any_of, alternation, expand

__all__ = ["MACROS", "RULES"]

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


def _title(phrase: str) -> str:
    small = {"of", "the", "de", "and"}
    words = phrase.split(" ")
    return " ".join(w if (w in small and i) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _not_after(words: tuple[str, ...] | list[str]) -> str:
    """Lookbehinds refusing a match right after any of ``words`` (and one space)."""
    return "".join(f"(?<!\\b{w} )" for w in sorted(set(words)) if w.isalpha())


def _after_a_month_day_range() -> str:
    """Lookbehinds requiring a month, a day, a dash and a day right before the match: "Oct. 4-9", "March 13-22"."""
    months = [*vocab.MONTHS, *(f"{m}." for m in vocab.MONTHS if len(m) <= 4 and m not in ("may", "june", "july"))]
    return "(?:" + "|".join(after_any_of(months, rf"\d{{{a}}}-\d{{{b}}}") for a in (1, 2) for b in (1, 2)) + ")"


def _after(words: tuple[str, ...] | list[str]) -> str:
    """A lookbehind requiring one of ``words`` and one space right before the match."""
    return "(?:" + "|".join(f"(?<=\\b{w} )" for w in sorted(set(words))) + ")"


_UNAMBIGUOUS_MONTHS = [m for m in vocab.MONTHS if m not in ("march", "mar", "may")]
_MONTH_ABBREVIATIONS = [m for m in _UNAMBIGUOUS_MONTHS if len(m) <= 4 and m not in ("june", "july")]
_DAY_ORDINAL_WORDS = [
    *[w for w, n in vocab.ORDINALS.items() if n <= 31],
    *[f"twenty{sep}{w}" for sep in ("-", " ") for w, n in vocab.ORDINALS.items() if n < 10],
    *[f"thirty{sep}first" for sep in ("-", " ")],
]
_NUMBER_WORD = (
    r"(?:(?:(?:{TENS_W})(?:[\s-](?:{ONES_W}))?|(?:{ONES_W}))"
    r"(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:(?:{TENS_W})(?:[\s-](?:{ONES_W}))?|(?:{ONES_W})))?)?"
    # "a hundred and seventy-eight" ("a hundred" alone is a count of its own)
    r"|a\s+(?:hundred|thousand)\s+and\s+(?:(?:{TENS_W})(?:[\s-](?:{ONES_W}))?|(?:{ONES_W}))"
    # ... and a round number give or take: "twenty-odd minutes", "sixty-odd years"
    r"|(?:{TENS_W})-odd)"
    r"(?:\s+{ADDED_FRACTION})?"
)

#: What may follow "before" or "after" closing a date: the end of a clause, or an adverb before a place ("had won the
#: opener 9-1 the day before in front of 54,662 fans"), or the verb of the noun it follows ("rehearsals the day before
#: had been cut short").
_STEP_END = (
    r"(?=\s*(?:[.,;:!?)”]|[\"'](?![A-Za-z])|$|and\b|but\b|or\b|when\b|in\s+front\b|at\s+(?-i:[A-Z])"
    # (or before a cause or a circumstance: "limited the day before with a sore hamstring", "the day before because of
    # high winds")
    r"|(?:with|because|amid|despite)\b"
    r"|(?:had|was|were)\s+(?!(?:the|a|an)\b)[a-z]"
    r"|to\s+(?!(?:the|a|an|that|this)\b)[a-z]))"
)

MACROS: dict[str, str] = {
    "MONTH": (
        "(?:"
        + alternation([m for m in _UNAMBIGUOUS_MONTHS if m not in _MONTH_ABBREVIATIONS])
        + "|"
        + alternation(_MONTH_ABBREVIATIONS, boundary=False)
        + r"(?:\.|(?!\w))"
        # "Mar" without its period only before a day ("Posted: Mar 1, 2021", "runs Mar 3-7") or after one ("on 4 Mar",
        # "Sun 9th Mar")
        + r"|(?-i:March|MARCH|May|MAY)(?!\w)|(?-i:Mar)\.|(?-i:Mar|MAR)(?=[ \t]+\d)"
        + r"|(?:(?<=\d[ \t])|(?<=\d(?:st|nd|rd|th)[ \t]))(?-i:Mar|MAR)(?!\w))"
    ),
    "MONTH_FULL": alternation([m for m in _UNAMBIGUOUS_MONTHS if len(m) > 4 or m in ("june", "july")]),
    "AMBIGUOUS_MONTH": r"(?-i:March|May)(?!\w)",
    "WEEKDAY": alternation([d for d in vocab.WEEKDAYS if len(d) > 5]),
    # "Mon., Nov. 23": an abbreviated weekday counts only with its period, before a date
    "WEEKDAY_ABBREVIATION": r"(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.",
    # a weekday abbreviated with its period stands alone in headlines, alerts and listings ("shares +6.8% Fri.",
    # "9 a.m. Sat.", "FRI. — Regulators seize ..."); "Sat.", "Sun." and "Wed." only in title case and not after
    # "the" or a capitalised word, where they are words or names ("He sat.", "the Baltimore Sun.")
    "WEEKDAY_SHORT": (
        r"(?:(?-i:Mon|Tue|Tues|Thu|Thur|Thurs|Fri|MON|TUE|TUES|THU|THUR|THURS|FRI)"
        r"|(?<!\bthe\s)(?<!\bThe\s)"
        + "".join(f"(?<!\\b(?-i:[A-Z][A-Za-z]{{{n}}})\\s)" for n in range(1, 16))
        + r"(?-i:Sat|Sun|Wed))\.(?!\w)"
    ),
    # in a timestamp, before a day and a month, a weekday is abbreviated without its period: "Mon 4 Dec 2023"
    "STAMP_WEEKDAY": r"(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)",
    "AFTER_STAMP_WEEKDAY": "(?:"
    + "|".join(f"(?<={d}[-–])" for d in ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"))
    + ")",
    # "falls on Nov. 24 this year": the year says when the day falls, it does not name the day (see the
    # conditional tails that refuse it after this group)
    "FALLS_ON": r"(?P<falls_on>(?<=\bfalls on )|(?<=\bfell on )|(?<=\bfall on )|(?<=\bfalling on ))?",
    # "Aug. 12 last year" is one date; "this year" after a day is an expression of its own ("peaks Aug. 12
    # this year"), which still gives the day its year
    "YEAR_SHIFT_TAIL": (
        r"(?=\s+(?P<year_shift_2>this)\s+year(?!\w))"
        r"|(?(falls_on)(?=\s+(?P<year_shift_1>last|next)\s+year(?!\w))"
        r"|\s+(?P<year_shift>last|next)\s+year(?!\w))"
    ),
    "WEEKDAY_STEM": alternation([d for d in vocab.WEEKDAYS if len(d) > 5], boundary=False),
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%])(?![.,/:]\d)",
    # a day of the month as a bare number, and as an ordinal in figures ("21st")
    "DAY_NUMBER": r"(?:3[01]|[12]\d|0?[1-9])",
    "DAY_ORDINAL": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)",
    "DAY_WORD": alternation(_DAY_ORDINAL_WORDS),
    "YEAR4": (
        "{NOT_NAMED}"
        # not a dimension ("2880 x 1800"), a bill ("H.R. 1628", "S.B. 1047"), a number ("No. 1999"), a year's
        # graduates ("the Class of 2020") or a bettor's odds ("backed UMBC at +2000")
        r"(?<![\w$€£¥#.,:/+])(?<!\d{3}\s)(?<!\bflight [A-Z]{2} )(?<![x×]\s)(?<!\b[HSA]\.[RB]\.\s)(?<!\bNo\.\s)"
        r"(?<!\bclass of )"
        r"(?:(?<!-)|(?<=(?:1[5-9]|20)\d\d-)|(?<=mid-)|(?<=pre-)|(?<=post-)|(?<=end-)|(?<=start-))(?:(?:1[5-9]|20)\d\d|2100)(?!\w)"
        # (nor a number of a series: "inmate 1984-0032", "case 2019-00417", "Job ID 2024-1187")
        # (nor a reference or the start of a range of numbers: "complaint 2016/044", "CAS 2025/A/11062", "bibs 2000 to
        # 2499")
        r"(?!/(?:\d{3}|[A-Za-z]))(?!\s*(?:to|through|[-–])\s*(?:2[2-9]\d\d|[3-9]\d\d\d)(?!\d))"
        r"(?![.,]\d)(?!-\d\d-)(?![-–]0\d\d)(?![-–](?!(?:1[5-9]|20)\d\d(?!\d))\d{3})(?!\s*{BC})(?!{MODEL_YEAR})(?!\s?[x×]\s?\d)"
        r"(?!\s*(?:%|percent\b|per\s+cent\b))"
        # (nor a score: "a perfect 1600 on the SAT", "a 1520 SAT score", "the 1600-point scale"; nor a key's length:
        # "2048-bit keys", "shorter than 2048 bits")
        # (nor a phone number's first group: "on 1800 666 111", "1300-555-012")
        r"(?![ -]\d{3,4}[ -]\d{3,4}(?!\d))"
        r"(?!-point\b)(?!-?\s?bits?\b)(?!\s+(?:on\s+the\s+)?(?-i:SAT|ACT|PSAT|LSAT|MCAT|GMAT|GRE)\b)"
        "(?!\\s+(?:{COUNTED})(?!\\w))(?!\\s+(?-i:{ZONE})(?!\\w))"
        # (an address: "1600 Pennsylvania Avenue", "1515 S. Main St.", "4180 County Rd. 9", "1600 Route 22"; but
        # not a court, "a 2012 Supreme Court ruling", nor a year after "in" or "since", "In 2019 Route 66 turned 93")
        r"(?:(?<=\b[Ii]n\s\d{4})|(?<=\b[Ss]ince\s\d{4})"
        r"|(?!\s+(?-i:(?:[NSEW]\.|[A-Z][a-z]+)\s+){0,2}(?-i:(?!Court\b)(?:{STREET})|{NOT_A_COURT}Court)(?!\w)))"
    ),
    "YEAR2": r"['’]\d\d(?!\w)",
    # a fiscal year's code after its quarter or half, written with two digits or four: "FY26", "FY 2025", "FY'24"
    "FY_CODE": r"(?-i:FY)\s?['’]?",
    "FY_DIGITS": r"(?:(?:1[5-9]|20)\d\d|\d\d)(?!\w)(?![.,]\d)",
    "ANNO_DOMINI": r"(?:A\.\s?D\.|AD(?!\w))",
    # "this" before the ordinal day of a formal date: "this 20th day of January"
    "THIS_DAY_OF": r"this\s+(?=\S+\s+day\s+of\s)",
    "YEAR_WORDS": (
        r"(?:(?:eighteen|nineteen)[\s-]+(?:hundred(?:\s+and)?\s+)?(?:(?:{TENS_W})(?:[\s-](?:{ONES_W}))?|(?:{ONES_W}))"
        r"|two\s+thousand(?:\s+(?:and\s+)?(?:{ONES_W}|(?:{TENS_W})(?:[\s-](?:{ONES_W}))?))?"
        r"|twenty[\s-]+(?:(?:{TENS_W})(?:[\s-](?:{ONES_W}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        r"|seventeen|eighteen|nineteen)|{OH_YEAR})(?!\w)"
    ),
    # the spoken short form of 2001-2009, hyphenated as transcripts write it: "back in oh-eight"
    # ("one-oh-four" is a score)
    "OH_YEAR": r"(?<!\w-)oh-(?:one|two|three|four|five|six|seven|eight|nine)",
    "YEAR_WORDS_TAIL": r"(?:hundred(?:\s+and)?\s+)?(?:(?:{TENS_W})(?:[\s-](?:{ONES_W}))?|(?:{ONES_W}))(?!\w)",
    "YEAR": "(?:{YEAR4}|{YEAR2})",
    # a year before 1500 after a day and month, where only a year can stand: "on 15 June 1215", "October 14, 1066"
    "EARLY_YEAR4": r"1[0-4]\d\d(?!\w)(?![.,]\d)(?!\s*{BC})(?!\s+(?:{COUNTED})(?!\w))",
    # years and centuries before Christ are not read (rather than read as AD)
    "ROUND_THE_CLOCK": alternation(vocab.ROUND_THE_CLOCK),
    "BC": r"(?:BCE?|B\.C\.(?:E\.)?)(?!\w)",
    # a year before the common era, as written before "BC": "1800", "10,000"; radiocarbon years are "cal BC"
    "BC_NUMBER": r"(?:\d{1,3}(?:,\d{3})+|\d{1,5})",
    "CAL_BC": r"(?:cal\.?\s+)?{BC}",
    "APPROXIMATELY": r"(?:about|around|circa|c\.|ca\.|roughly|some)",
    "COUNTED": alternation(vocab.COUNTED_NOUNS, boundary=False),
    "NOT_NAMED": "",
    "ZONE": "|".join(vocab.TIME_ZONES),
    "DAY_EVENT": alternation(vocab.DAY_EVENTS),
    "HOLIDAY_THING": alternation(vocab.HOLIDAY_THINGS),
    "SEASON_THING": alternation(vocab.SEASON_THINGS),
    "SEASON_EVENT": alternation(vocab.SEASON_EVENTS),
    "HOLIDAY_SURNAME": alternation([*vocab.HOLIDAY_SURNAMES, *map(str.upper, vocab.HOLIDAY_SURNAMES)]),
    "AFTER_AUXILIARY": _after(
        ["will", "would", "to", "could", "can", "may", "might", "should", "must", "did", "does", "do"]
    ),
    "NOT_A_COURT": "".join(f"(?<!(?-i:{kind})\\s)" for kind in vocab.COURT_KINDS),
    "STREET": "|".join(w.replace(".", r"\.") for w in vocab.STREET_TYPES),
    "TITLE_HEADS": "|".join([*vocab.TITLE_HEADS, *vocab.PLACE_HEADS]),
    "PLACE_HEAD": "(?-i:" + "|".join([*vocab.PLACE_HEADS, *vocab.MONTH_NAME_HEADS]) + r")\b",
    # the word that ends a firm's name, maybe after one more: "Labor Day Motors", "Boxing Day Sales Ltd"
    "FIRM_HEAD": "(?-i:(?:[A-Z][a-z]+\\s+)?(?:" + "|".join(vocab.FIRM_HEADS) + r"))\b",
    # a month before a capitalised word with a possessive or an age is a person: "May Stevens's portraits", "and
    # June Okafor, 41,"
    "NOT_A_PERSON": r"(?!\s+(?-i:[A-Z][a-z]+)(?:['’]s\b|,\s+\d{1,3},))",
    "ONES_W": alternation(vocab.ONES),
    # "two and a half", "eight and three-quarter" (not "a quarter of", a fraction of what follows)
    "ADDED_FRACTION": r"(?:and\s+(?:a\s+half|a\s+quarter(?!\s+of\b)|three[\s-]quarters?)(?!\w))",
    "TENS_W": alternation(vocab.TENS),
    "NUMBER_WORD": _NUMBER_WORD,
    # a number starts at its first digit group: matching from inside "1,000,000,..." would rescan the rest
    "NUMBER": (
        # ("185 million years", "4.6 billion years": the lengths of deep time, not "1.2 billion minutes viewed")
        r"(?<![\d,])(?:\d+(?:\.\d+)?\s+" + alternation(vocab.LARGE_MAGNITUDES) + r"(?=\s+years\b)|"
        r"\d{1,3}(?:,\d{3}){1,4}|\d+(?:\.\d+)?(?:\s+\d/\d|[½¼¾]|\s+{ADDED_FRACTION})?|"
        + _NUMBER_WORD
        # (a notice writes the number in figures too: "sixty (60) days")
        + r"(?:\s+\(\d{1,4}\))?"
        + r")(?!\w)(?![.,]\d)"
    ),
    "COUNT": "(?:{NUMBER}|" + alternation([w for w in vocab.VAGUE_COUNTS if w != "the next few"]) + ")",
    "UNIT": alternation(vocab.UNITS),
    "UNIT_SINGULAR": alternation([u for u in vocab.UNITS if vocab.UNITS[u] == u]),
    # (abbreviations in lower case count as plurals, "Active time: 35 min", but not a match's minute, "68 min:",
    # nor the SEC)
    "UNIT_PLURAL": "(?:"
    + alternation([u for u in vocab.UNITS if vocab.UNITS[u] != u and u.endswith(("s", "a"))])
    + r"|(?-i:min|hr|yr)(?![\w:]))",
    "COUNT_ONE": r"(?:a|an|one|another|1|half\s+an?|a\s+half|(?:a|three)[\s-]quarters?\s+of\s+an?|a\s+single"
    r"|single|half"
    r"|\d{1,2}|{NUMBER_WORD})(?!\w)",
    "DURATION_ADJECTIVE": r"(?:(?:more|additional|further|straight|consecutive|full|long|short|extra|successive|trading"
    r"|business|working|calendar|school|sitting|Earth)\s+)?",
    "PART_OF_DAY_THING": alternation(vocab.PART_OF_DAY_THINGS, boundary=False),
    "CAL_UNIT": alternation(["week", "weekend", "month", "year", "quarter", "decade", "century", "half"]),
    # "the next Winter Olympics", "the Summer Games" name an event, not a season
    # ... nor does a "spring tide", the sea's largest range at any time of year
    "SEASON": alternation(vocab.SEASONS)
    + r"(?!\s+(?-i:Olympics|Olympic|Games|Paralympics|Paralympic)\b)(?![\s-]tides?\b)",
    "PART": alternation(["morning", "afternoon", "evening", "night", "overnight", "arvo", "lunchtime", "teatime"]),
    "PARTS": alternation(["mornings", "afternoons", "evenings", "nights"]),
    "RELDAY": alternation(vocab.RELATIVE_DAYS),
    "SHIFT": alternation(vocab.SHIFTS),
    "CAL_SHIFT": alternation(["last", "next", "this", "this coming", "this past", "coming", "past"]),
    "THAT_CLAUSE": after_any_of(cues.THAT_CLAUSE_WORDS),
    "AWARD_OF": after_any_of(f"{title} of" for title in vocab.AWARD_TITLES),
    "ASHIFT": alternation(["next", "following", "previous", "preceding", "prior", "same", "that", "that same"]),
    "APPROX": alternation(vocab.APPROXIMATIONS),
    "CLOCK_APPROX": alternation(vocab.CLOCK_APPROXIMATIONS),
    "VAGUE_STRETCH": alternation(vocab.VAGUE_STRETCHES),
    # a duration's span leaves out the looser approximations ("about [two weeks]", "over [three years]")
    "DURATION_APPROX": alternation(
        [w for w in vocab.APPROXIMATIONS if w not in ("about", "some", "almost", "over", "just over", "well over")]
    ),
    "DIRECTION": alternation(["ago", "earlier", "later", "from now", "hence", "back", "previously"]),
    # "two years after." (but not "55 years after 'To Kill a Mockingbird' was published", a length)
    # ... and before an infinitive: "walked out of the premiere the night before to join the pickets"
    "BEFORE_AFTER": r"(?:before|after|afterwards?)" + _STEP_END,
    # ... and after a day or a period only, "prior": "the week prior", "the Friday prior" (but "one hour prior" is a
    # length before an event)
    "STEP": r"(?:before|after|afterwards?|prior)" + _STEP_END,
    "ORDINAL4": alternation(["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"]),
    "ORDINAL_WORD": alternation(vocab.ORDINALS),
    "DECADE_WORD": alternation(vocab.DECADE_WORDS),
    "FREQUENCY": alternation([w for w in vocab.FREQUENCIES if w != "annual"]),
    "VAGUE": alternation(vocab.VAGUE),
    # in title case, or in the capitals of a headline ("PRESIDENTS' DAY SALE")
    "HOLIDAY": "(?-i:"
    + alternation(
        [
            *map(_title, vocab.HOLIDAYS),
            *map(str.upper, vocab.HOLIDAYS),
            # in sentence case, as a sentence opens with it: "Leap day brought one more primary"
            *(h[:1].upper() + h[1:] for h in vocab.HOLIDAYS if " " in h and not h.startswith("the ")),
            *vocab.HOLIDAYS_AS_WRITTEN,
            *map(str.upper, vocab.HOLIDAYS_AS_WRITTEN),
            *("the " + _title(h[4:]) for h in vocab.HOLIDAYS if h.startswith("the ")),
        ]
    )
    + ")",
    # the day a clock time is on: "8 p.m. Tuesday", "3:45 p.m. ET, Nov. 25, 2026", "noon tomorrow"
    "CLOCK_DAY": (
        # (not the label of the next entry in a timeline: "walk off the job at 6 a.m. Dec. 22: A deal is reached")
        r"(?:,?\s+(?:(?:(?P<weekday_1>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s*(?P<day>{DAY})"
        r"(?:,\s*(?P<year>{YEAR4}))?(?![ \t]*:(?!\d))"
        # ... and in British order: "from 7am Wednesday 3 January"
        r"|(?:(?P<weekday_2>{WEEKDAY}),?\s+)?(?P<day_1>{DAY})\s+(?P<month_1>{MONTH})(?:,?\s+(?P<year_1>{YEAR4}))?"
        r"(?![ \t]*:(?!\d))"
        r"|(?P<weekday>{WEEKDAY}|{WEEKDAY_SHORT})"
        # (nor the first of days that share the hours: "from 8 a.m. to 8 p.m. Monday through Saturday", "noon to 8
        # p.m. Saturday and Sunday")
        r"(?!\.?\s*(?:through|thru|to|-|–|and|or)\s*(?:{WEEKDAY}|{WEEKDAY_SHORT})(?!\s+(?:{PART})\b))"
        # ... with its part, which tells the half of the day: "half past nine Thursday night"
        r"(?:\s+(?P<weekday_part>morning|afternoon|evening|night)(?!\w))?"
        r"|(?P<relday>today|tonight|yesterday|tomorrow)"
        # ... with its part, which tells the half of the day: "half seven yesterday evening", "half past eight tomorrow
        # night"
        r"(?:\s+(?P<relday_part>morning|afternoon|evening|night)(?!\w))?))?"
    ),
    # "deadlines that fall between March 16 and May 31": the verb, not the season
    # the month twelve months are counted up to: "in the year to February", "the year to the March quarter"
    "TO_A_MONTH": r"\s+to\s+(?:the\s+(?:end\s+of\s+)?)?{MONTH}(?!\w)",
    # the second of two years a season or a year of business spans, after the first: "-96", "/24"
    "SECOND_YEAR": r"(?:[-–/]\d\d(?![\w-]))",
    "FALL_AS_VERB": (
        r"(?<=fall)\s+(?:between|on|in|within|under|below|into|short|back|behind|through|outside|off|to|from|by"
        r"|apart|foul|afoul|prey|victim|due|silent|ill|flat|sharply|steeply|further)\b"
    ),
    "HOUR_WORD": alternation([word for word, number in vocab.ONES.items() if 1 <= number <= 12]),
    # a 24-hour clock hour in words: "fourteen hundred hours", "twenty-two hundred hours"
    # the zone a broadcast says a clock time in: "eight o'clock Eastern", "ten o'clock Central time"
    "REGION_ZONE": (
        r"(?:(?-i:Eastern|Central|Mountain|Pacific)(?:\s+(?:standard\s+|daylight\s+)?time)?|local\s+time)(?!\w)"
    ),
    "SPOKEN_ZONE": r"(?:(?-i:{ZONE})|Greenwich\s+Mean\s+Time|Universal\s+Time)(?!\w)",
    "HOUR24_WORD": (
        r"(?:twenty[\s-](?:one|two|three)|"
        + alternation([word for word, number in vocab.ONES.items() if 1 <= number <= 19], boundary=False)
        + ")"
    ),
    "CENTURY_ORDINAL": r"(?:\d{1,2}(?:st|nd|rd|th)|{ORDINAL_WORD})",
    "MINUTE_WORD": (
        r"(?:oh[\s-](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen"
        r"|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six"
        r"|seven|eight|nine))?)(?!\w)"
    ),
    "MERIDIEM": r"(?:[ap]\.\s?m\.?|[ap]m\b|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)",
    "PERIOD_MOD": (
        r"(?:(?P<mod>early|mid|late)(?:\s*-\s*|\s+)|(?P<mod_2>end|start)-(?=\d)"
        # (leaving "the" of "the next" to the period, which may then count from the story: "the end of the next decade")
        r"|(?:the\s+)?(?P<mod_1>beginning|start|middle|end|close)\s+of\s+(?:the\s+(?!next\s))?|{PART_OF_PERIOD})"
    ),
    # "the last day of", "the first week of": a part of the period named after it
    "PART_OF_PERIOD": (
        r"the\s+(?P<part_nth>first|second|third|fourth|last|final)\s+(?:(?P<part_unit>day|week|weekend)"
        r"|(?P<part_weekday>{WEEKDAY}))\s+of\s+"
    ),
    # "the first half of January": a part of a month (of a year, a half of its own: see "half")
    "HALF_OF_A_MONTH": r"(?:the\s+)?(?P<mod_3>(?:first|second|latter|back)\s+half)\s+of\s+",
    "WITHIN": r"(?:(?P<within>earlier|later)\s+)",
    # a stretch of time ahead that a state lasts for or a change is spread over: a length, not a calendar unit
    # ("stayed for the next decade", "for most of the next year", "will roll out over the next year", "named
    # within the next month"; but "a deposition is scheduled for the following week", "plans for the coming
    # year" and "over the following week", told in the past, are the calendar unit after)
    "STRETCH_AHEAD": r"(?:(?<=\bfor\s)the\s+(?:next|following|ensuing|coming)\s+(?:decade|century)"
    r"|(?:(?<=\bfor\smuch\sof\s)|(?<=\bfor\smost\sof\s)|(?<=\bfor\sall\sof\s))"
    # (but a week of a story told is that week: "the animal vanished for most of the following week")
    r"the\s+(?:(?:next|coming)\s+(?:week|month|year|decade|century)|(?:following|ensuing)\s+(?:decade|century))"
    r"|(?:(?<=\bover\s)|(?<=\bwithin\s))the\s+(?:next|coming)\s+(?:week|month|year|decade|century)"
    # "over the next year or so": the calendar unit, give or take
    r"(?!\s+or\s+(?:two|so)\b))(?!\w)",
    "LEADING_PREPOSITION": _after(
        [
            "in",
            "of",
            "on",
            "since",
            "until",
            "till",
            "by",
            "through",
            "from",
            "before",
            "after",
            "during",
            "to",
            "and",
            "or",
            "between",
            "early",
            "late",
            "mid",
            "for",
            "last",
            "next",
            "this",
            "that",
            "the",
        ]
    ),
    "NOT_A_NAMED_WEEKDAY": "".join(f"(?<!\\b(?-i:{name})\\s)" for name in vocab.WEEKDAY_NAME_OPENERS),
    # what a change by a fraction stands after: "cut by a quarter", "down about a quarter"
    "BEFORE_A_FRACTION": "|".join(
        f"(?<=\\b{change}\\s{approx})"
        for change in ("by", "down", "up", "off")
        for approx in ("", "roughly\\s", "about\\s", "nearly\\s", "almost\\s", "some\\s", "around\\s")
    ),
    # after a bare length, the one joined to it: "could continue for days or even weeks"
    "AFTER_A_BARE_LENGTH": "|".join(
        f"(?<=\\b{unit}{join})"
        for unit in ("years", "months", "weeks", "days", "hours", "minutes")
        for join in (" or ", ", or ", " or even ", ", or even ", " if not ", ", if not ")
    ),
    "NOT_A_SUNDAY_PAPER": "".join(f"(?<!(?-i:{name}) on Sunday)" for name in vocab.SUNDAY_PAPERS),
    # ("after a dismal May", and after a superlative, "After the driest May on record"; not "the Long March")
    "QUALIFIED_MONTH": _after(
        [
            *(f"a {quality}" for quality in vocab.MONTH_QUALITIES),
            *(
                f"{article} {quality}"
                for article in ("the", "its", "their", "our")
                for quality in vocab.MONTH_QUALITIES
                if quality.endswith("est")
            ),
        ]
    ),
    # (an owner in the possessive that is itself a time dates the event already: "last weekend's winter festival")
    "SEASON_OWNER": _after(["its", "his", "her", "their", "our", "the"])
    + "|(?<=['’]s )"
    + "".join(f"(?<!\\b{unit}['’]s )" for unit in ("day", "night", "week", "weekend", "month", "year", "season")),
    "QUALIFIED_SEASON": _after(
        # (or an owner's: "the UK had just recorded its warmest spring since the series began")
        [
            f"{article} {quality}"
            for article in ("a", "an", "the", "its", "their", "our")
            for quality in vocab.SEASON_QUALITIES
        ]
        # (the last of a list of them: "after a cold, wet spring")
        + [f", {quality}" for quality in vocab.SEASON_QUALITIES]
    ),
    "SEASON_PREPOSITION": _after(
        [
            "spring and",
            "summer and",
            "autumn and",
            "fall and",
            "winter and",
            "spring or",
            "summer or",
            "autumn or",
            "fall or",
            "winter or",
            "as",
            "spend",
            "spends",
            "spent",
            "spending",
            "take",
            "takes",
            "took",
            "taking",
            "in",
            "during",
            "by",
            "since",
            "until",
            "till",
            "through",
            "throughout",
            "over",
            "for",
            "of",
            "into",
            "before",
            "after",
            # ("drought entering the winter meant some fires could smoulder")
            "entering",
            "enters",
            "entered",
            "toward",
            "towards",
            "this",
            "that",
            "last",
            "next",
        ]
    ),
    "AFTER_QUANTITY": (
        r"(?:(?<=\d )|(?<=\d% )|(?<=\d more )|(?<=\d less )|(?<=million )|(?<=billion )|(?<=trillion )"
        # (an amount abbreviated: "worth about £220m a year", "$1.2bn a year")
        r"|(?<=\dm )|(?<=\dbn )|(?<=\dk )"
        r"|(?<=thousand )|(?<=hundred )"
        r"|(?<=cents )|(?<=dollars )|(?<=percent )|(?<=per cent )|(?<=times )|(?<=once )|(?<=twice )|(?<=pounds )"
        # (a quantity given as a bound: "lose 20 hours or more a week")
        r"|(?<=\bor more )|(?<=\bor less )"
        # (a plural counted, regular or not: "eight performances a week", "135,000 people a week")
        r"|(?<=euros )|(?<=yen )|(?<=\bpeople )|(?<=\bmen )|(?<=\bwomen )|(?<=\bchildren )"
        # (a count in words, a measure of an intake, one thing at a time, a unit after a figure: "roughly six a day",
        # "two hours of screen time a day", "walking a mile a day", "1.5cm a month")
        r"|{AFTER_NUMBER_WORD}|{AFTER_INTAKE}|{AFTER_UNIT_OF_A_FIGURE}"
        r"|(?<=[a-z]s )(?<!\bwas )(?<!\bhas )(?<!\bis )(?<!\bhis )(?<!\bits )(?<!\bthis )"
        r"(?<!\bas )(?<!\bus )(?<!\byes )(?<!\bthus )(?<!\bless )(?<!\bacross )"
        # (nor a verb a length is the object of: "which marks a year in orbit on December 1", "spends a week there")
        r"(?<!\bmarks )(?<!\bspends )(?<!\btakes )(?<!\blasts )(?<!\bcelebrates )(?<!\bneeds )(?<!\bwaits )"
        # (what is given to those counted is a length: "giving businesses a month more to comply")
        r"(?!an?\s+\w+\s+(?:more|longer|extra)\b)"
        r"{NOT_SPEED})"
    ),
    # a speed is no rate or length of time: "140 miles an hour"
    "NOT_SPEED": r"(?<!\bmiles )(?<!\bkilometers )(?<!\bkilometres )(?<!\bknots )",
}
MACROS["NOT_NAMED"] = _not_after(vocab.NUMBER_NAMERS)
MACROS["AFTER_NUMBER_WORD"] = after_any_of([*vocab.ONES, *vocab.TENS, "dozen"])
MACROS["AFTER_INTAKE"] = after_any_of(
    [
        *(f"{before} {intake}" for before in ("of", "'", "’") for intake in vocab.MEASURED_INTAKES),
        *(f"{article} {thing}" for article in ("a", "an") for thing in vocab.COUNTED_SINGLY),
    ]
)
MACROS["AFTER_A_MARKET_LEVEL"] = "|".join(
    rf"(?<=\b{verb} at )" for verb in ("closed", "opened", "ended", "settled", "finished", "traded", "stood", "fixed")
)
MACROS["AFTER_UNIT_OF_A_FIGURE"] = (
    "(?:" + "|".join(rf"(?<=\d{unit} )|(?<=\d\s{unit} )" for unit in vocab.UNITS_AFTER_A_FIGURE) + ")"
)
MACROS["AFTER_MONTH_DAY_RANGE"] = _after_a_month_day_range()
#: A word after "March" or "May" that shows a march or a person, not a thing the month dates.
MACROS["NOT_A_MONTHS_THING"] = alternation(vocab.NOT_A_MONTHS_THING, boundary=False)
#: A month's figures after it: " jobs report", " retail sales", " data".
MACROS["MONTH_FIGURES"] = (
    rf"\s+(?:(?:{alternation(vocab.MONTHLY_MEASURES)})\s+)+report\b"
    rf"|\s+(?:(?:{alternation(vocab.MONTHLY_MEASURES)})\s+)*(?:{alternation(vocab.MONTHLY_FIGURES)})\b"
)
# a year after a determiner (or a colour) and before a vehicle make is a model year ("the 2024 Toyota Camry",
# "a silver 2008 Honda Accord"), and so is one, or a range of them, before a make and its model ("recalled
# 2014-2016 Kia Soul models"), or before what a maker sells ("Many 2018 models", "2024 Maverick pickups"; not
# after a preposition: "in 2018 vehicles were")
_OWNERS = ("a", "an", "the", "his", "her", "its", "their", "my", "our", "your", "'s", "’s", *vocab.COLOURS)
_MAKES = "|".join(w.replace("-", r"\-") for w in vocab.VEHICLE_MAKES)
_YEAR_PREPOSITIONS = ("in", "since", "by", "during", "until", "till", "before", "after", "from", "through", "around")
MACROS["MODEL_YEAR"] = (
    "(?:{owners})\\s+(?-i:{makes})(?!\\w)"
    "|(?:[-–](?:19|20)?\\d\\d)?\\s+(?-i:{makes})\\s+(?!(?-i:{companies})\\b)(?-i:[A-Z0-9][\\w-]*)"
    "|{not_after}(?:[-–](?:19|20)?\\d\\d)?\\s+(?:(?-i:[A-Z][\\w-]*)\\s+){{0,2}}(?:{nouns})(?!\\w)"
).format(
    owners="|".join(rf"(?<=\b{w} \d{{4}})" for w in _OWNERS),
    makes=_MAKES,
    companies="|".join(vocab.MAKE_AS_COMPANY),
    not_after="".join(rf"(?<!\b{w} \d{{4}})" for w in _YEAR_PREPOSITIONS),
    nouns="|".join(vocab.VEHICLE_NOUNS),
)
MACROS["BETWEEN_DAY_AND"] = "|".join(f"(?<=between {day} and )" for day in vocab.WEEKDAYS if len(day) > 5)
#: ... and past a part of the first day: "between Friday evening and Sunday morning", "from Friday night to Monday"
MACROS["DAY_PART_TO"] = "|".join(
    [
        *(f"(?<=day {part} {join} )" for part in vocab.DAY_PARTS for join in ("through", "to", "until", "till")),
        *(f"(?<=between {day} {part} and )" for day in vocab.WEEKDAYS if len(day) > 5 for part in vocab.DAY_PARTS),
    ]
)
_FULL_WEEKDAYS = {number: day for day, number in vocab.WEEKDAYS.items() if len(day) > 5}
#: a weekday listed right after the one before it: "canceled classes Tuesday and Wednesday" names two days in a row
MACROS["NEXT_DAY_AND"] = "|".join(
    f"(?<=\\b{day} and )(?={_FULL_WEEKDAYS[number % 7 + 1]}\\b)" for number, day in sorted(_FULL_WEEKDAYS.items())
)
MACROS["NOT_OTHER_NEW_YEAR"] = "".join(f"(?<!{w} )" for w in vocab.OTHER_NEW_YEARS) + "(?<!(?-i:Year) )"


def rule(
    name: str,
    template: str,
    build: Build,
    *examples: tuple[str, str, str] | tuple[str, str, str, str],
    type: TimexType | None = None,
    value: str | None = None,
    parts: tuple[tuple[str, object], ...] = (),
) -> Rule:
    return Rule(
        name=name,
        pattern=expand(template, MACROS),
        build=build,
        examples=tuple(
            Example(e[0], e[1], e[2], type=type, reference=e[3])
            if len(e) == 4
            else Example(e[0], e[1], e[2], type=type)
            for e in examples
        ),
        type=type,
        value=value,
        parts=parts,
    )


CALENDAR, OFFSET, DURATION_B, SET_B, VAGUE_B = Build.CALENDAR, Build.OFFSET, Build.DURATION, Build.SET, Build.VAGUE

RULES: tuple[Rule, ...] = (
    # ---------------------------------------------------------------- absolute calendar dates
    rule(
        "month_day_year",
        # "the night of Nov. 9, 1989" is one time, as annotators of news write it
        # ("early March 26": early on that day)
        r"{FALLS_ON}(?:(?P<mod>early|late)\s+(?:on\s+)?(?={MONTH}\s*\d))?"
        # ("the weekend of June 8": the weekend of that day's week)
        r"(?:the\s+(?:(?P<part_3>morning|afternoon|evening|night)|(?P<unit>weekend))\s+of\s+)?"
        r"(?:(?:(?:this\s+coming|this\s+past|this|next|last|coming)\s+)?(?P<weekday>{WEEKDAY}),?\s+"
        r"|(?P<weekday_1>{WEEKDAY_ABBREVIATION}),?\s*"
        r"|(?P<shift>last|next|this)\s+)?(?P<month>{MONTH})(?:(?<=\.)\s*|\s+)(?:the\s+)?(?P<day>{DAY}|{DAY_WORD})"
        r"(?:(?:,\s*|\s+)(?P<year>{YEAR}|{EARLY_YEAR4})|{YEAR_SHIFT_TAIL}"
        r"|(?=\s*(?:-|–|and|to|through)\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,\s*(?P<year_1>{YEAR4})))?",
        CALENDAR,
        ("The first phase is scheduled to begin on February 9.", "February 9", "2022-02-09"),
        ("Talks ran March 3-5, 2020, in Geneva.", "March 3", "2020-03-03"),
        ("It was signed on Jan. 19, 2022.", "Jan. 19, 2022", "2022-01-19"),
        ("William landed on October 14, 1066.", "October 14, 1066", "1066-10-14"),
        ("The vote is set for Feb. 9 2022 in Kyiv.", "Feb. 9 2022", "2022-02-09"),
        ("Sales slumped on Friday, Oct. 13, 1989.", "Friday, Oct. 13, 1989", "1989-10-13"),
        ("He arrived on Nov. 25.", "Nov. 25", "2021-11-25"),
        ("The guards opened the gates on the night of Nov. 9, 1989.", "the night of Nov. 9, 1989", "1989-11-09TNI"),
        ("The championship will be played on the weekend of June 8.", "the weekend of June 8", "2022-W23-WE"),
        ("It began on the morning of Saturday, Jan. 15.", "the morning of Saturday, Jan. 15", "2022-01-15TMO"),
        ("Voters go to the polls this coming Sunday, March eighth.", "this coming Sunday, March eighth", "2022-03-08"),
        ("Shares rose on Sept. 30.", "Sept. 30", "2021-09-30"),
        ("The bridge fell early March 26, closing the port.", "early March 26", "2021-03-26"),
        (
            "It would be paid on a still unspecified date to holders of record Dec. 21.",
            "Dec. 21",
            "1989-12-21",
            "1989-10-26",
        ),
        ("Payments resume June 30, 1990.", "June 30, 1990", "1990-06-30"),
        ("He was shot to death last Oct. 23 at his home.", "last Oct. 23", "2021-10-23"),
        ("The plant closed on Dec. 3 last year.", "Dec. 3 last year", "2021-12-03"),
        ("The vote was held on May 5, '89.", "May 5, '89", "1989-05-05"),
        ("The hearing is set for Mon., Jan. 24.", "Mon., Jan. 24", "2022-01-24"),
        # the year tells when the day falls, and is an expression of its own
        ("Lunar New Year falls on Feb. 1 this year.", "Feb. 1", "2022-02-01"),
    ),
    rule(
        "day_month_year",
        r"{FALLS_ON}(?:the\s+(?:(?P<part_3>morning|afternoon|evening|night)|(?P<unit>weekend))\s+of\s+)?"
        # (a day in words takes its "of": "the first November since 2010" is no date)
        r"(?:(?P<weekday>{WEEKDAY}),?\s+)?(?:the\s+|{THIS_DAY_OF})?"
        # (a day in figures right before its month is written day first, as British and Commonwealth outlets write
        # dates in figures too: "9 May")
        r"(?:(?P<day>{DAY})(?:\s+day\s+of|\s+of|(?P<day_first>))|(?P<day_1>{DAY_WORD})\s+(?:day\s+)?of)\s+"
        r"(?P<month>{MONTH})(?!\s+{PLACE_HEAD})(?:,?\s+(?:{ANNO_DOMINI}\s*)?(?P<year>{YEAR4}|{EARLY_YEAR4}|(?<=,\s)(?=(?-i:[A-Z])){YEAR_WORDS})"
        # ("the sixth of June, nineteen forty-four"; not "the 9th of May, two thousand people")
        r"|,\s+(?P<year_1>(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[\s-]+{YEAR_WORDS_TAIL}|{YEAR_WORDS})"
        r"(?!\s+(?:{COUNTED})(?!\w))"
        r"|{YEAR_SHIFT_TAIL})?",
        CALENDAR,
        ("The open is held on the weekend of 10 August.", "the weekend of 10 August", "2022-W32-WE"),
        # the formal date of notices and deeds
        ("Sale on the 15th day of March, 2024, at 10 a.m.", "the 15th day of March, 2024", "2024-03-15"),
        ("Dated this 20th day of January, 2023.", "this 20th day of January, 2023", "2023-01-20"),
        ("WITNESS my hand this 2nd day of March, A.D. 2015.", "this 2nd day of March, A.D. 2015", "2015-03-02"),
        (
            "Executed as of the Twenty-Second day of September, Two Thousand Fifteen.",
            "the Twenty-Second day of September, Two Thousand Fifteen",
            "2015-09-22",
        ),
        ("The treaty was signed on 9 February 2022.", "9 February 2022", "2022-02-09"),
        (
            "On the night of 14 April 1912, the Titanic struck an iceberg.",
            "the night of 14 April 1912",
            "1912-04-14TNI",
        ),
        ("He was arrested on 14 August last year.", "14 August last year", "2021-08-14"),
        ("They will meet on the 9th of February.", "the 9th of February", "2022-02-09"),
        (
            "Veterans recalled the sixth of June, nineteen forty-four.",
            "the sixth of June, nineteen forty-four",
            "1944-06-06",
        ),
        ("Talks ended on Monday 17 January.", "Monday 17 January", "2022-01-17"),
        # a timetable in the present: the next 3 November, not the last
        ("The tour opens in Perth on 3 November.", "3 November", "2022-11-03"),
        ("Matariki falls on Friday 14 July this year.", "Friday 14 July", "2022-07-14"),
    ),
    rule(
        "nth_weekday_of_month",
        r"the\s+(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?:(?P<weekday>{WEEKDAY})|(?P<unit>weekend))"
        r"\s+(?:in|of)\s+"
        r"(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR4}))?",
        CALENDAR,
        ("Officials will meet on the first Monday in February.", "the first Monday in February", "2022-02-07"),
        ("Polls open on the last Sunday of May 2021.", "the last Sunday of May 2021", "2021-05-30"),
        ("The fair took place on the first weekend of June.", "the first weekend of June", "2021-W22-WE"),
    ),
    rule(
        "day_of_month",
        r"(?:(?<=\bon )|(?<=\bby )|(?<=\buntil )|(?<=\btill )|(?<=\bsince )|(?<=\bfrom )|(?<=\bbefore )|(?<=\bafter )"
        r"|(?<=\bto ))"
        # (an ordinal in words after "after", "before", "since", "from" or "to" is one of a series: "struck nine
        # hours after the first")
        r"(?!(?<!\bon )(?<!\bby )(?<!\buntil )(?<!\btill )the\s+(?:first|second|third)\b)"
        # (or before the subject of the clause it opens: "On the 23rd we touched Camp 3")
        # (not one of ordinals before their noun: "applies to the 3rd and 14th districts")
        r"the\s+(?P<day>{DAY_ORDINAL}|{DAY_WORD})(?=\s*(?:[.,;:!?)]|$"
        r"|(?:and|or)\b(?!\s+(?:the\s+)?(?:{DAY_ORDINAL}|{DAY_WORD})\s+(?!of\b)(?-i:[a-z]))"
        # (nor one of a series that ends there: "on the fourth and final day")
        r"(?!\s+(?:final|last|deciding|closing|concluding)\b)|at\b|in\s+(?-i:[A-Z]))"
        r"|\s+(?:we|he|she|they|I|it)\s"
        # (or, in figures, before the end of a range of days: "sat at the depot from the 3rd to the 11th")
        r"|(?<=\d[a-z][a-z])\s+(?:to|until|till|through)\s+the\s+{DAY_ORDINAL}(?!\s+(?-i:[a-z]))"
        # (or, in figures, before the verb of the clause it is the subject of: "A full moon on the 14th will be the
        # closest"; but "a rook on the seventh is worth a pawn" is a rank)
        r"|(?<=\d[a-z][a-z])\s+(?:will|would|could|should|might|may|was|were|is|are|has|had)\s)"
        # "on the 12th and 13th of May": the month named after the second day
        r"(?:(?=\s*(?:and|or|to|-|–)\s*(?:{DAY_ORDINAL}|{DAY_WORD})\s+of\s+(?P<month>{MONTH})(?!\w)))?"
        # "the sixth or the seventh of September", wherever it stands
        r"|the\s+(?P<day_1>{DAY_ORDINAL}|{DAY_WORD})(?=\s+(?:or|and|to|through)\s+(?:the\s+)?(?:{DAY_ORDINAL}|{DAY_WORD})"
        r"\s+of\s+(?P<month_1>{MONTH})(?!\w))"
        # ... and a day a thing is set for, before a place or the end of a clause: "talks are scheduled for the
        # twenty-fifth in Cairo" (not "for the seventh and final phase")
        r"|(?<=\bfor )the\s+(?P<day_2>{DAY_ORDINAL}|{DAY_WORD})(?=\s*(?:[.,;:!?)]|$)|\s+in\s+(?-i:[A-Z]))"
        # ... and a part of such a day: "reached London on the night of the twenty-first."
        r"|(?:(?<=\bon )|(?<=\bby )|(?<=\buntil ))the\s+(?P<part>morning|afternoon|evening|night)\s+of\s+the\s+"
        r"(?P<day_3>{DAY_ORDINAL}|{DAY_WORD})(?=\s*(?:[.,;:!?)]|$))",
        CALENDAR,
        ("Shipments go out the sixth or the seventh of September.", "the sixth", "2022-09-06"),
        ("The deal closed on the 9th.", "the 9th", "2022-01-09"),
        ("We left on Jan. 4. On the 7th we reached the pole.", "the 7th", "2022-01-07"),
        ("I'm in Tokyo till the fourth, then Seoul.", "the fourth", "2022-02-04"),
        ("The parcel sat at the depot from the 3rd to the 11th.", "the 3rd", "2022-01-03"),
        ("The deal closes on the 9th.", "the 9th", "2022-02-09"),
        ("A full moon on the 14th will be the closest since 1948.", "the 14th", "2022-02-14"),
        ("It rained on the 12th and 13th of May.", "the 12th", "2021-05-12"),
        ("They met on the fourth and fifth of May.", "the fourth", "2021-05-04"),
        ("Polls close on the twenty-first, officials said.", "the twenty-first", "2022-01-21"),
        ("The next round is scheduled for the twenty-fifth in Cairo.", "the twenty-fifth", "2022-01-25"),
        ("We left on Jan. 4. News reached us on the night of the 7th.", "the night of the 7th", "2022-01-07TNI"),
    ),
    rule(
        "weekday_the_day",
        # "Friday the thirteenth", "on Monday the 6th": the nearest month in which that day is that weekday
        # (an ordinal in words before "and" or "in" is an appositive: "on Friday, the second and final day of the
        # summit")
        r"(?P<weekday>{WEEKDAY})(?:,?\s+the\s+(?P<day>{DAY_ORDINAL})(?!\w)"
        r"(?=\s*(?:[.,;:!?)\"”]|$|(?:and|at|in|when|to|until|is|was|will|this|next)\b))"
        # (in words, after a comma, it heads an appositive: "by Sunday, the first to do so since 1997")
        r"|\s+the\s+(?P<day_1>{DAY_WORD})(?!\w)(?=\s*(?:[.,;:!?)\"”]|$|(?:at|when|to|until|is|was|will)\b)))"
        # ... and without "the", the day an ordinal in figures, as listings write it: "Saturday 8th", "Sun 9th"
        r"|(?P<weekday_1>{WEEKDAY}|{STAMP_WEEKDAY})\s+(?P<day_2>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))(?!\w)"
        # (not a place in a table: "finished Saturday 8th in the standings")
        r"(?=\s*(?:[.,;:!?)\"”&–-]|$|\d|(?:and|at|when|to|until|from|is|was|will)\b))",
        CALENDAR,
        ("The vote is on Friday the thirteenth.", "Friday the thirteenth", "2022-05-13"),
        ("Polls close on Monday the 6th at 8 p.m.", "Monday the 6th", "2022-06-06"),
        ("A full moon will rise on Friday the 13th this month.", "Friday the 13th", "2022-05-13"),
        ("The fair opens Saturday 5th and closes Sun 6th.", "Saturday 5th", "2022-02-05"),
    ),
    rule(
        "day_of_shifted_month",
        r"the\s+(?P<day>{DAY_ORDINAL}|{DAY_WORD})\s+of\s+(?P<shift>this|next|last)\s+(?P<unit>month)(?!\w)",
        CALENDAR,
        ("The ballot closed on the 4th of this month.", "the 4th of this month", "2022-01-04"),
        ("Rents rise on the first of next month.", "the first of next month", "2022-02-01"),
    ),
    rule(
        "day_range_start",
        # "from 26 to 30 October", "between 3 and 5 March", "26-30 October": the first day takes the month
        # (and year) written after the second
        # (or of a list: "walkouts on 3, 4, 6 and 7 January")
        # (with their weekdays: "from Friday 7 to Sunday 9 November")
        r"(?:(?<=\bfrom )|(?<=\bbetween )|(?<![\w.,/:-]))(?:(?P<weekday>{WEEKDAY})\.?,?\s+)?(?P<day>{DAY_NUMBER})"
        r"(?:st|nd|rd|th)?(?=(?:,\s*{DAY_NUMBER}(?:st|nd|rd|th)?(?!\d))*,?\s*(?:-|–|to|and|or|until|through)\s*"
        r"(?:{WEEKDAY}\.?,?\s+)?{DAY_NUMBER}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH})(?!\w)"
        r"(?:,?\s+(?P<year>{YEAR4}))?)",
        CALENDAR,
        ("The half-term break runs from 26 to 30 October.", "26", "2022-10-26"),
        ("The cup runs from Friday 4 to Sunday 6 November.", "Friday 4", "2022-11-04"),
        ("The festival runs 3-5 March 2023.", "3", "2023-03-03"),
        ("Walkouts are planned on 3, 4, 6 and 7 January.", "4", "2022-01-04"),
        ("There were no collections on 26 or 27 December.", "26", "2021-12-26"),
    ),
    rule(
        "continued_day",
        # (not the second year of a range after a four-figure year: "Ambassador to Japan, 2009-13")
        r"(?<!\d{4}-)(?<!\d{4}–)"
        r"(?:(?<=\d-)|(?<=\d–)|(?<=\d and )|(?<=\d or )|(?<=\d to )|(?<=\d through ))"
        r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)(?![.,/:]\d)(?:,\s*(?P<year>{YEAR4}))?"
        r"(?=\s*(?:[.,;:!?)\"”'’]|$|(?:in|at|on|and|or|but|when|with|for|from|of|the|as|to|will|were|was|during|after"
        r"|before|while|amid|because|had|respectively|should|would|could|must|can|may|might|is|are|has|have"
        r"|(?:this|next|last)\s+year)\b)"
        # ... or before the event it dates: "the Dec 10-12 election"
        r"|\s+(?:{DAY_EVENT}|meeting|conference|talks|festival|tournament|session|visit|strike)\b"
        # ... and, closing a range, before any word in lower case that counts nothing: "a poll conducted Oct. 4-9
        # found", "was conducted Aug. 28-31 by Selzer"
        r"|{AFTER_MONTH_DAY_RANGE}\s+(?!(?:{COUNTED})\b)(?-i:[a-z]))"
        # ... and inside a list of them: "walk out on June 21, 23 and 25"
        r"|(?<=\d, )(?P<day_1>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?=,\s*\d|\s+(?:and|or)\s+\d)"
        # ... and ordinals listed after an ordinal day, whatever follows: "on the 4th, 11th and 18th rather than",
        # "bookings for the 23rd and 24th had fallen" (a list of anything else has no day to continue)
        r"|(?:(?<=\d(?:st|nd|rd|th), )|(?<=\d(?:st|nd|rd|th) and )|(?<=\d(?:st|nd|rd|th) or ))"
        r"(?P<day_2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?!\w)",
        CALENDAR,
        ("The summit will be held on April 24 and 25 in Washington.", "25", "2022-04-25"),
        ("Rail workers will walk out on June 21, 23 and 25.", "23", "2022-06-23"),
        ("Sisi won a third term in the Dec 10-12 election.", "12", "2021-12-12"),
        ("Talks ran March 3-5, 2021, in Geneva.", "5, 2021", "2021-03-05"),
        ("Polls open on Feb. 9 and 10.", "10", "2022-02-10"),
        ("Spring break runs March 8-16 this year.", "16", "2022-03-16"),
        ("A poll conducted Oct. 4-9 found the nominee ahead.", "9", "2021-10-09"),
        ("In March, bins will be collected on the 4th, 11th and 18th rather than on Thursdays.", "11th", "2022-03-11"),
        parts=(("continues", True),),
    ),
    rule(
        "continued_weekday",
        # a range runs forward; a list ("made Friday and Thursday") need not, unless "between" opens it
        r"(?:(?<=day through )|(?<=day to )|(?<=day until )|(?<=day till )|(?<=day-)|(?<=day–)|{BETWEEN_DAY_AND}"
        r"|{DAY_PART_TO}|{NEXT_DAY_AND})"
        r"(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?(?!\s+(?-i:{TITLE_HEADS})\b)"
        r"|{AFTER_STAMP_WEEKDAY}(?P<weekday_1>{STAMP_WEEKDAY})(?!\w)",
        CALENDAR,
        ("Highs are expected between Tuesday and Thursday.", "Thursday", "2022-01-20", "2022-01-16"),
        ("Rain is due between Friday evening and Sunday morning.", "Sunday morning", "2021-11-14TMO", "2021-11-12"),
        ("The desk is staffed Mon-Fri this week.", "Fri", "2022-01-21"),
        ("The museum was closed from Friday through Monday.", "Monday", "2022-01-17"),
        ("Schools canceled classes Tuesday and Wednesday.", "Wednesday", "2025-01-22", "2025-01-21"),
        parts=(("continues", True),),
    ),
    rule(
        "iso_date",
        r"(?<![\w/.-])(?P<year>(?:1[5-9]|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
        r"(?:[T\s](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d{1,9})?)?"
        # a machine timestamp's zone stays in the span; the value keeps the clock as written
        r"(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?(?![\w-])",
        CALENDAR,
        ("The filing is dated 2022-02-09.", "2022-02-09", "2022-02-09"),
        ("Logged at 2021-12-31T23:15.", "2021-12-31T23:15", "2021-12-31T23:15"),
        ("Live | 2024-03-12T14:30Z", "2024-03-12T14:30Z", "2024-03-12T14:30"),
        ("Updated 2024-03-12T14:30:05.120+01:00", "2024-03-12T14:30:05.120+01:00", "2024-03-12T14:30:05"),
    ),
    rule(
        "numeric_date",
        # slashes are month first (US) and dots day first (Europe), unless only the other order is a date
        # (either order may be meant where both numbers could be months: a text that writes its days first elsewhere
        # reads them day first)
        r"(?<![\w/.$-])(?:(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|1[0-2])/(?P<year>(?:1[5-9]|20)\d\d|\d\d)"
        r"(?P<order_unsure>)"
        r"|(?P<month_8>0?[1-9]|1[0-2])/(?P<day_8>1[3-9]|2\d|3[01])/(?P<year_8>(?:1[5-9]|20)\d\d|\d\d)"
        r"|(?P<day_2>1[3-9]|2\d|3[01])/(?P<month_2>0?[1-9]|1[0-2])/(?P<year_2>(?:1[5-9]|20)\d\d|\d\d)(?P<day_first>)"
        r"|(?P<day_1>0?[1-9]|[12]\d|3[01])\.(?P<month_1>0?[1-9]|1[0-2])\.(?P<year_1>(?:1[5-9]|20)\d\d)"
        r"|(?P<month_3>0?[1-9]|1[0-2])\.(?P<day_3>1[3-9]|2\d|3[01])\.(?P<year_3>(?:1[5-9]|20)\d\d)"
        # year first, as East Asian outlets write: "2024/03/12", "2025.03.14" (dotted with two figures each, which a
        # version number seldom has)
        r"|(?P<year_4>(?:1[5-9]|20)\d\d)/(?P<month_4>0?[1-9]|1[0-2])/(?P<day_4>0?[1-9]|[12]\d|3[01])"
        r"|(?P<year_7>(?:19|20)\d\d)\.(?P<month_7>0[1-9]|1[0-2])\.(?P<day_7>0[1-9]|[12]\d|3[01])"
        # dashes, with a year of four digits, in the order slashes take: "a notification dated 15-03-2024"
        r"|(?P<month_5>0?[1-9]|1[0-2])-(?P<day_5>0?[1-9]|1[0-2])-(?P<year_5>(?:1[5-9]|20)\d\d)(?P<order_unsure_1>)"
        r"|(?P<month_9>0?[1-9]|1[0-2])-(?P<day_9>1[3-9]|2\d|3[01])-(?P<year_9>(?:1[5-9]|20)\d\d)"
        r"|(?P<day_6>1[3-9]|2\d|3[01])-(?P<month_6>0?[1-9]|1[0-2])-(?P<year_6>(?:1[5-9]|20)\d\d)(?P<day_first_1>))"
        r"(?![\w/-])(?!\.\d)",
        CALENDAR,
        ("The memo is dated 02/09/2022.", "02/09/2022", "2022-02-09"),
        ("Dateline 11/02/89 New York.", "11/02/89", "1989-11-02"),
        ("Signed 19.01.2022 in Vienna.", "19.01.2022", "2022-01-19"),
        ("She died on 23/11/2020 in London.", "23/11/2020", "2020-11-23"),
        ("The most popular wedding date this year is 18/8/18.", "18/8/18", "2018-08-18", "2018-04-30"),
        ("He was born on 11.23.1990 in Ohio.", "11.23.1990", "1990-11-23"),
        ("The release will resume on 2024/03/12.", "2024/03/12", "2024-03-12"),
        ("The court said its ruling, scheduled for 2025.03.14, would be broadcast.", "2025.03.14", "2025-03-14"),
        ("The department, in a notification dated 15-03-2024, closed schools.", "15-03-2024", "2024-03-15"),
        (
            "Bus Éireann suspended services from Wednesday, 28th February. The orals, due on 12/3/2018, will go ahead.",
            "12/3/2018",
            "2018-03-12",
        ),
    ),
    rule(
        "dashed_day_month_year",
        # a day, a month's abbreviation and a year joined by dashes, as schedules and manifests print them
        r"(?<![\w-])(?P<day>0?[1-9]|[12]\d|3[01])-(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)-"
        r"(?P<year>(?:1[5-9]|20)\d\d|\d\d)(?![\w-])",
        CALENDAR,
        ("Revised schedule: ETA Felixstowe 4-Mar-25, berth window 5-Mar-25.", "4-Mar-25", "2025-03-04"),
        ("The note matures on 15-SEP-2031.", "15-SEP-2031", "2031-09-15"),
    ),
    rule(
        "weekday_numeric_date",
        # a weekday before a day and a month in figures, as listings and notices write them ("Sat 8/3", "Tues., 3/4"):
        # the weekday tells which number is the month, unless only one order is a date ("Fri 30/8")
        r"(?:(?P<weekday>{WEEKDAY})|(?P<weekday_1>{STAMP_WEEKDAY})\.?),?[ \t]+"
        r"(?:(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|1[0-2])(?P<order_unsure>)"
        r"|(?P<day_1>1[3-9]|2\d|3[01])/(?P<month_1>0?[1-9]|1[0-2])"
        r"|(?P<month_2>0?[1-9]|1[0-2])/(?P<day_2>1[3-9]|2\d|3[01]))"
        r"(?:/(?P<year>(?:1[5-9]|20)\d\d|\d\d))?(?![\w/-])(?!\.\d)",
        CALENDAR,
        (
            "The favourite lines up at Sandown on Sat 8/3, with the off at 3.15pm.",
            "Sat 8/3",
            "2025-03-08",
            "2025-03-06",
        ),
        ("Community cleanup: Sat 8/3, 9am to noon.", "Sat 8/3", "2024-08-03", "2024-07-29"),
        ("The store will close Friday 3/7 for its inventory.", "Friday 3/7", "2025-03-07", "2025-03-03"),
        ("The minister announced the date on Wed 30/8 in Adelaide.", "Wed 30/8", "2023-08-30", "2023-10-13"),
    ),
    rule(
        "numeric_month_year",
        # a month and a year of four digits, as expiry and best-by dates are printed: "expiration dates from
        # 12/2021 to 06/2022" (not a decree's number, "Law No. 12/2021", nor a shutter speed, "1/2000 sec")
        r"{NOT_NAMED}(?<![\w/.$#-])(?<!\bNo\.\s)(?P<month>0?[1-9]|1[0-2])/(?P<year>(?:19|20)\d\d)(?![\w/-])(?!\.\d)"
        r"(?!\s*(?:of|sec|secs|second|seconds|s)\b)",
        CALENDAR,
        ("The recalled lots have expiration dates from 12/2021 to 06/2022.", "12/2021", "2021-12"),
        ("Cards expiring 3/2025 will be replaced.", "3/2025", "2025-03"),
    ),
    rule(
        "month_slash_day",
        # a month and day without a year, US style, where a date is expected: "before the 12/31 deadline",
        # "the sale ends 12/31" (not a fraction, "3/4 of a point", nor the attacks of "9/11")
        # (after "the" only before the event it dates: not "robbed the 7/11", "the 5/2 favourite")
        r"(?:(?<=\bon )|(?<=\bby )|(?<=\bbefore )|(?<=\bafter )|(?<=\buntil )|(?<=\bthrough )"
        r"|(?<=\bsince )|(?<=\bstarting )|(?<=\beffective )|(?<=\bends )|(?<=\bending )"
        r"|(?<=\bthe )(?=\d+/\d+\s+(?:{DAY_EVENT}|show|concert|game|meeting|release|sale)\b))"
        r"(?!9/11\b)(?:(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|1[0-2])(?P<order_unsure>)"
        r"|(?P<month_1>0?[1-9]|1[0-2])/(?P<day_1>1[3-9]|2\d|3[01])"
        # ... and day first where only that order is a date: "GCSE results follow on 24/8"
        r"|(?P<day_2>1[3-9]|2\d|3[01])/(?P<month_2>0?[1-9]|1[0-2])(?P<day_first>))(?![\w/-])(?!\.\d)"
        r"(?!\s*(?:of|inch|inches|in\.|mile|miles|cup|cups|teaspoons?|tablespoons?|pounds?|lbs?|oz|tons?|points?"
        r"|percent|percentage|per)\b)",
        CALENDAR,
        ("Applicants must file before the 12/31 deadline.", "12/31", "2024-12-31", "2024-12-09"),
        ("Tickets for the 5/6 show sold out.", "5/6", "2022-05-06", "2022-05-10"),
        ("The sale ends 12/31.", "12/31", "2024-12-31", "2024-12-09"),
        (
            "A-level results are out next Thursday, with GCSE results following on 24/8.",
            "24/8",
            "2023-08-24",
            "2023-08-10",
        ),
    ),
    rule(
        "month_year",
        r"(?:{PERIOD_MOD})?(?P<month>{MONTH}),?\s+(?:of\s+)?(?:(?P<year>{YEAR}|{YEAR_WORDS})"
        # ... and a year of the middle ages after a month that is no verb: "the death of Clement IV in November 1268"
        r"|(?<!\bmay\s)(?<!\bmarch\s)(?<!\bmay,\s)(?<!\bmarch,\s)(?P<year_1>1[0-4]\d\d)(?![\w,.]\d)"
        r"(?!\s*(?:%|per\b|percent\b)))",
        CALENDAR,
        ("Clement IV died in November 1268.", "November 1268", "1268-11"),
        ("Profits fell in July 1988.", "July 1988", "1988-07"),
        ("Prices peaked in late November 1998.", "late November 1998", "1998-11"),
        ("It began in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"),
        ("The plant opened in March 2020.", "March 2020", "2020-03"),
    ),
    rule(
        "month_of_shifted_year",
        r"(?:{PERIOD_MOD})?(?P<month>{MONTH})\s+(?:of\s+)?(?P<year_shift>last|this|next)\s+year(?!\w)",
        CALENDAR,
        ("Talks began in January this year.", "January this year", "2022-01"),
        ("The law passed in June last year.", "June last year", "2021-06"),
    ),
    rule(
        "month",
        # a month name before a capitalised word is a first name ("April Ryan", "August Wilson") unless a
        # preposition or article shows it is a month ("in June Congress passed ...")
        # (without a preposition, a month in apposition to someone is a person: "April, a reader in Ohio, wrote in")
        # (nor "and" or "or" before one: "June Park and April Lee shared the lead")
        r"(?!(?:(?<=\band )|(?<=\bor )){MONTH_FULL}\s+(?-i:[A-Z][a-z]))"
        r"(?:{PERIOD_MOD}|{HALF_OF_A_MONTH}|{LEADING_PREPOSITION}|(?!{MONTH_FULL}\s+(?-i:[A-Z][a-z]))"
        r"(?!{MONTH_FULL},\s+an?\s+(?-i:[a-z]+)\s+(?:in|from|of|at|with)\s))"
        # (nor one a person is named: "a cashier named June")
        r"(?<!\bnamed\s)(?<!\bcalled\s)"
        r"(?P<month>{MONTH_FULL}|(?:jan|feb|aug|sept?|oct|nov|dec)\.)(?!\s+{PLACE_HEAD}){NOT_A_PERSON}(?!\s*&(?!\s*{MONTH}))",
        CALENDAR,
        ("Inflation slowed in December.", "December", "2021-12"),
        ("Exports rose in early September.", "early September", "2021-09"),
        ("Output fell in mid-November.", "mid-November", "2021-11"),
        ("The summit will be held in June.", "June", "2022-06"),
        ("A January report found gaps.", "January", "2022-01"),
        ("Sales picked up by the end of October.", "the end of October", "2021-10"),
        ("Talks are expected in the first half of January.", "the first half of January", "2022-01"),
        ("In June Congress passed the bill.", "June", "2021-06"),
        # a part of the month: its ISO week with most days in it, its day
        ("He left in the first week of June.", "the first week of June", "2021-W22"),
        ("The last day of June was hot.", "The last day of June", "2021-06-30"),
    ),
    rule(
        "ambiguous_month",
        r"(?:{PERIOD_MOD}(?P<month>{AMBIGUOUS_MONTH})|{LEADING_PREPOSITION}(?P<month_1>{AMBIGUOUS_MONTH})"
        # the first month of a range: "May through October", "March to June"
        r"|(?P<month_2>{AMBIGUOUS_MONTH})(?=\s+(?:through|thru|to|until|till)\s+(?:{MONTH})(?!\w))"
        r"|(?P<month_3>{AMBIGUOUS_MONTH})(?=[-–](?:{MONTH})(?!\w))"
        # ... and the last: "shrank in January-March"
        r"|(?<=[a-z.][-–])(?P<month_5>{AMBIGUOUS_MONTH})(?!\w)(?!-)"
        # ... and of a list: "by April, May, June", "in March and April"
        r"|(?P<month_4>{AMBIGUOUS_MONTH})(?=,?\s+(?:and\s+|or\s+|&\s+)?(?:{MONTH})(?!\w)(?!\s*\d{1,2}(?!\d)))"
        # "March's weak gain was revised down": the month's (not "May's", a person's)
        r"|(?P<month_10>(?-i:March))(?=['’]s\b)"
        # "could stretch into May" (but "an inquiry into May's handling" is about a person)
        r"|(?<=\binto )(?P<month_6>{AMBIGUOUS_MONTH})(?!['’])"
        # "could begin raising rates as soon as March", "tests every week until at least March"
        r"|(?:(?<=\bas soon as )|(?<=\bas early as )|(?<=\bas late as )|(?<=\bas recently as )|(?<=\bat least ))"
        r"(?P<month_13>{AMBIGUOUS_MONTH})(?!['’])"
        # "March was the deadliest month": the subject of a verb that no march or marcher takes ("May was"
        # may be Theresa May)
        r"|(?:(?<=[.!?]\s)|(?<=\n)|^)(?-i:(?P<month_7>March))"
        r"(?=\s+(?:was|has\s+been|saw|brought|marked|brings|marks|will\s+bring)\b)"
        # "after a dismal May"; a market's month: "U.S. crude ended March down 54%"
        r"|{QUALIFIED_MONTH}(?P<month_8>{AMBIGUOUS_MONTH})"
        r"|(?:(?<=\bended )|(?<=\bclosed )|(?<=\bfinished ))(?P<month_9>{AMBIGUOUS_MONTH})"
        r"(?=\s+(?:up|down|higher|lower)\b)"
        # a month before the thing it dates, after an article or owner: "its March security patch", "the March jobs
        # report" (not "the March for Our Lives"; nor "the May government", Theresa May's)
        # ("a March heatwave"; not after an owner: "the Women's March organizers", "Britain's May said")
        r"|(?:(?<=\bthe )|(?<=\bits )|(?<=\btheir )|(?<=\bour )|(?<=\bhis )|(?<=\bher )|(?<=\ba ))"
        r"(?P<month_11>(?-i:March))(?=\s+(?!{NOT_A_MONTHS_THING}\b)(?-i:[a-z]))"
        r"|(?:(?<=\bits )|(?<=\btheir )|(?<=\bour )|(?<=\ba ))(?P<month_12>(?-i:May))"
        r"(?=\s+(?!{NOT_A_MONTHS_THING}\b)(?-i:[a-z]))"
        # ... and before its figures, whatever comes first: "will publish March data", "May retail sales rose"
        r"|(?P<month_14>{AMBIGUOUS_MONTH})(?={MONTH_FIGURES}))"
        # ("the March & Sons warehouse", "May Day Brewing": a firm's name)
        r"(?!\s+{PLACE_HEAD})(?!\s+{FIRM_HEAD}){NOT_A_PERSON}(?!\s*&(?!\s*{MONTH}))"
        # "the March of Dimes", "the March for Our Lives", "the March on Washington": a march named (with or without
        # its article: "in support of March of Dimes")
        r"(?!(?<=\bthe March)\s+(?:of|for|on|to|against)\s+(?!{MONTH}|{WEEKDAY})(?-i:[A-Z]))"
        r"(?!(?<=March)\s+(?:of|for)\s+(?!{MONTH}|{WEEKDAY}|(?:this|that|last|next|the|each|every)\b)(?-i:[A-Z][a-z]))",
        CALENDAR,
        ("March was the deadliest month of the outbreak.", "March", "2021-03"),
        ("The suspension could stretch into May.", "May", "2022-05"),
        ("Officials could begin raising rates as soon as March.", "March", "2022-03"),
        ("Groups want tests every week until at least March.", "March", "2022-03"),
        ("As recently as March the film was unfinished.", "March", "2021-03"),
        ("The plant closed in May.", "May", "2021-05"),
        ("Farmers market: Saturdays, May through October.", "May", "2022-05"),
        ("By April, May, June, we'll be able to vaccinate most people.", "May", "2022-05"),
        ("The trust declared a dividend for each of April, May and June 2016.", "May", "2016-05", "2016-02-18"),
        ("Elections are due in March.", "March", "2022-03"),
        ("Prices rose in late March.", "late March", "2021-03"),
        ("The economy shrank in January-March.", "March", "2018-03", "2018-05-16"),
        ("Employers added 287,000 jobs after a dismal May.", "May", "2016-05", "2016-07-08"),
        ("March's weak gain was revised down to 85,000.", "March", "2015-03", "2015-05-08"),
        ("U.S. crude ended March down 54%, its worst month ever.", "March", "2020-03", "2020-03-31"),
        ("The agency will publish March data on Friday.", "March", "2022-03", "2022-04-05"),
        ("May retail sales rose 0.3%.", "May", "2021-05", "2021-06-15"),
        ("In 2022, a March heatwave cut yields.", "March", "2022-03"),
        ("Labour is pressing for a May poll.", "May", "2022-05"),
    ),
    rule(
        "shifted_month",
        # (not "delay planting past May 31", a day)
        r"(?:{PERIOD_MOD})?(?P<shift>{CAL_SHIFT})\s+(?P<month>{MONTH})(?!\.?\s+\d{1,2}(?!\d))",
        CALENDAR,
        ("Troops arrived last October.", "last October", "2021-10"),
        ("The plan takes effect next March.", "next March", "2022-03"),
        ("Prices rose this January.", "this January", "2022-01"),
        ("Holders approved the plan last April.", "last April", "1989-04", "1989-10-27"),
    ),
    rule(
        "before_common_era",
        # (there is no calendar interval before year 1: the value alone is given)
        r"(?<![\w.,$#])(?P<bc_year>{BC_NUMBER})\s*{CAL_BC}"
        # the first year of a range takes the era of the second: "from 1550 to 1270 BC", "between 4000 and 3500 BC"
        r"|(?<![\w.,$#])(?P<bc_year_1>{BC_NUMBER})(?=\s*(?:-|–|to|and|or)\s*(?:{APPROXIMATELY}\s+)?{BC_NUMBER}\s*{CAL_BC})"
        r"|(?:the\s+)?(?:(?P<mod>early|mid|late)(?:\s*-\s*|\s+))?(?P<century>{CENTURY_ORDINAL})[\s-]+century\s*{BC}"
        r"|(?:the\s+)?(?P<millennium>{CENTURY_ORDINAL})[\s-]+millennium\s*{BC}",
        CALENDAR,
        ("The tablet dates to about 1800 BC.", "1800 BC", "BC1800"),
        ("The ship is believed to have sunk around 65 B.C.", "65 B.C.", "BC0065"),
        ("The city was a busy port from roughly 1550 to 1270 BC.", "1550", "BC1550"),
        ("The burial dates to between 2460 and 2290 cal BC.", "2290 cal BC", "BC2290"),
        ("The objects come from the fifth century BC.", "the fifth century BC", "BC04"),
        ("The foundations were laid in the mid-sixth century BCE.", "the mid-sixth century BCE", "BC05"),
        ("Farming reached Britain in the fourth millennium BC.", "the fourth millennium BC", "BC3"),
        ("The site was settled around 9600 BC.", "9600 BC", "BC9600"),
        parts=(("before_common_era", True),),
    ),
    rule(
        "year",
        r"(?:{PERIOD_MOD}|(?:pre|post)-)?(?:(?:the\s+)?(?P<fiscal>fiscal(?:\s+year)?|FY)\s*)?(?:the\s+year\s+)?(?P<year>{YEAR4})",
        CALENDAR,
        ("He moved to Paris in 1988.", "1988", "1988"),
        ("Earnings for fiscal 1989 rose.", "fiscal 1989", "1989"),
        ("The bonds mature by the end of 1993.", "the end of 1993", "1993"),
        ("Rates fell in early 1990.", "early 1990", "1990"),
        ("From 2009-2010 the plan stalled.", "2009", "2009"),
        ("From 2009-2010 the plan stalled.", "2010", "2010"),
        ("Growth resumed in mid-1991.", "mid-1991", "1991"),
        ("Seas could rise a metre by 2100.", "2100", "2100"),
    ),
    rule(
        "fiscal_year_code",
        # written as one word ("FY2021", "FY'23"); "FY 2022" is the year rule's
        r"(?<![\w-])(?-i:FY)['’]?(?P<year>(?:1[5-9]|20)\d\d|\d\d)(?!\w)(?![.,]\d)",
        CALENDAR,
        ("FY2021 revenue rose 4%.", "FY2021", "2021"),
        ("It expects FY23 growth.", "FY23", "2023"),
        ("Targets for FY'22 were cut.", "FY'22", "2022"),
        parts=(("fiscal", True),),
    ),
    rule(
        "early_year",
        # years before 1500 only after a preposition, and never before a counted noun ("in 1200 homes", "between
        # 1200 and 1300 people")
        r"(?:(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\baround )|(?<=\bcirca )|(?<=\bbefore )|(?<=\bafter )"
        r"|(?<=\bbetween )|(?<=\bfrom )"
        # ... or labelling an entry of an almanac: "1066: Edward the Confessor died"
        r"|(?<![^\n])(?=1[0-4]\d\d:\s))(?P<year>1[0-4]\d\d)(?!\w)(?![.,]\d)"
        r"(?!\s*(?:%|percent\b))(?!\s+(?:{COUNTED})(?!\w))(?!\s*{BC})"
        r"(?!\s*(?:-|–|and|to|or)\s*\d+\s+(?:{COUNTED})(?!\w))",
        CALENDAR,
        ("The Normans invaded England in 1066.", "1066", "1066"),
        ("Parts of the nave were built before 1100.", "1100", "1100"),
        ("It has been dated to between 1430 and 1530.", "1430", "1430"),
        ("On this day\n\n1066: Edward the Confessor died.", "1066", "1066"),
    ),
    rule(
        "far_year",
        # years after 2100 on the same terms, and after "by": "will not come again until 2144", "by 2150"
        r"(?:(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\btill )|(?<=\bby )|(?<=\baround )|(?<=\bbefore )"
        r"|(?<=\bafter )|(?<=\bbetween )|(?<=\bfrom ))(?P<year>2(?:1(?:0[1-9]|[1-9]\d)|[2-9]\d\d))(?!\w)(?![.,]\d)"
        r"(?!\s*(?:%|percent\b))(?!\s+(?:{COUNTED})(?!\w))"
        r"(?!\s*(?:-|–|and|to|or)\s*\d+\s+(?:{COUNTED})(?!\w))",
        CALENDAR,
        ("The next total eclipse here will not come until 2144.", "2144", "2144"),
        ("The comet will next return in 2126.", "2126", "2126"),
    ),
    rule(
        "continued_early_year",
        # the end of a range of years before 1500 (or of the common era) after its first: "struck between 1280 and
        # 1281", "the revolt of A.D. 132-136"
        # (or the next of a list of them: "reissued in 1216, 1217 and 1225")
        r"(?:(?<=\d-)|(?<=\d–)|(?<=\d and )|(?<=\d to )|(?<=\d or )|(?<=\b1[0-4]\d\d, )(?=1[0-4]\d\d))"
        r"(?P<year>1[0-4]\d\d|[1-9]\d\d)(?!\w)(?![.,]\d)"
        r"(?!\s*(?:%|percent\b))(?!\s+(?:{COUNTED})(?!\w))(?!\s*{BC})",
        CALENDAR,
        ("The penny was struck between 1280 and 1281.", "1281", "1281"),
        ("The coins were minted between AD 364 and 378.", "378", "0378"),
        ("It dates from the revolt of A.D. 132-136.", "136", "0136"),
        ("Magna Carta was reissued in 1216, 1217 and 1225.", "1217", "1217"),
        parts=(("continues", True),),
    ),
    rule(
        "clipped_year",
        # a year clipped to two digits after an apostrophe: "since the '98 team", "since '69" (not a year's
        # graduates, as with four digits: "the Class of '92")
        # and after the kind of year it is ("a fiscal '19 issue", "a calendar '17 event")
        r"(?:{LEADING_PREPOSITION}|(?<=\bthe\s)|(?<=\binto\s)|(?:(?P<fiscal>fiscal)|calendar)\s+)(?<!\bclass of )"
        r"['’](?P<year>\d\d)(?![\w'’%/:-])(?![.,]\d)(?!\s*(?:percent|per\s+cent)\b)",
        CALENDAR,
        ("The franchise has not won this many games since the '98 team.", "'98", "1998"),
        ("He has lived there since '69.", "'69", "1969"),
        ("Is it mostly a fiscal '19 issue?", "fiscal '19", "2019"),
        ("Is that a calendar '17 event?", "calendar '17", "2017"),
        ("The run rate improves once you get into '19.", "'19", "2019"),
    ),
    rule(
        "anno_domini",
        r"(?<![\w.])(?:AD|A\.D\.)\s?(?P<ad_year>\d{1,4})(?!\w)(?![.,]\d)"
        # ... and after it, in capitals, after a preposition: "the killing of Imam Hussein in 680 AD", "in 476 CE" (not
        # "a $680 ad", "Version 2 CE")
        r"|(?:(?<=\bin )|(?<=\bof )|(?<=\bby )|(?<=\baround )|(?<=\bcirca )|(?<=\bc\. )|(?<=\bfrom )|(?<=\bto )"
        r"|(?<=\buntil )|(?<=\bsince )|(?<=\bbefore )|(?<=\bafter )|(?<=\band ))"
        r"(?P<ad_year_1>[1-9]\d{0,3})\s?(?-i:AD|A\.D\.|CE|C\.E\.)(?!\w)(?!\.\w)",
        CALENDAR,
        ("Vesuvius destroyed Pompeii in AD 79.", "AD 79", "0079"),
        ("Ashura commemorates the killing of Imam Hussein in 680 AD.", "680 AD", "0680"),
        ("Rome fell in 476 CE.", "476 CE", "0476"),
    ),
    rule(
        "year_in_words",
        # spoken years from 2000 on stand alone only after a preposition ("in two thousand and eight")
        r"(?:(?:the\s+)?year\s+(?P<year>{YEAR_WORDS})|(?P<year_1>(?:eighteen|nineteen)[\s-]+{YEAR_WORDS_TAIL})"
        # ("twenty-two" is a number; the year 2002 is "two thousand two")
        r"|{LEADING_PREPOSITION}(?P<year_2>two\s+thousand(?:\s+and)?\s+{YEAR_WORDS_TAIL}"
        # (earlier centuries too: "since seventeen seventy-six", "the plot of sixteen hundred and five")
        # (in lower case, and not after "the": "The Eleven Eleven bar" is a name)
        # (nor before a hyphen: "eleven thirty-year-olds")
        r"|(?<!\bthe\s)(?-i:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[\s-]+{YEAR_WORDS_TAIL}(?!-)"
        r"|twenty[\s-]+(?:(?:{TENS_W})(?:[\s-](?:{ONES_W}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        r"|seventeen|eighteen|nineteen)(?!\w)|{OH_YEAR}(?!\w))"
        r"(?!\s+(?:{COUNTED})(?!\w))"
        # ... or standing as a clause of its own: "Two thousand fifteen, maybe", "Twenty twenty-three was rough"
        r"|(?P<year_3>two\s+thousand(?:\s+and)?\s+{YEAR_WORDS_TAIL}"
        r"|twenty\s+(?:(?:{TENS_W})(?:[\s-](?:{ONES_W}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        r"|seventeen|eighteen|nineteen)(?!\w)|{OH_YEAR}(?!\w))"
        r"(?=\s*(?:[.,;:!?]|$)|\s+(?:was|is|will|were|had|has)\b)"
        # "twenty" before a teen or a ten is no number, only a year: "as twenty seventeen begins"
        r"|(?P<year_4>twenty[\s-]+(?:(?:{TENS_W})(?:[\s-](?:{ONES_W}))?|ten|eleven|twelve|thirteen|fourteen|fifteen"
        r"|sixteen|seventeen|eighteen|nineteen))(?!\w)(?![\s-]+(?:{ONES_W}|times|{COUNTED})\b))",
        CALENDAR,
        ("Just hours left of twenty sixteen, a year many will be glad to see the back of.", "twenty sixteen", "2016"),
        ("Planning for the year two thousand began.", "the year two thousand", "2000"),
        ("It happened in nineteen ninety-six.", "nineteen ninety-six", "1996"),
        ("He was elected in two thousand and eight.", "two thousand and eight", "2008"),
        ("The colonies broke away in seventeen seventy-six.", "seventeen seventy-six", "1776"),
        ("Bonfires recall the plot of sixteen hundred and five.", "sixteen hundred and five", "1605"),
        ("The games return in twenty twenty-eight.", "twenty twenty-eight", "2028"),
        ("Twenty twenty-three was rough for the team.", "Twenty twenty-three", "2023"),
        ("I started this company back in oh-eight, right when the economy fell.", "oh-eight", "2008"),
        ("It was the fall of oh-nine? No, oh-eight.", "oh-eight", "2008"),
    ),
    rule(
        "decade",
        r"(?:the\s+)?(?:(?P<mod>early|mid|late)(?:\s*-\s*|\s+))?"
        r"(?:(?P<decade>(?:1[0-9]|20)\d0)['’]?s|['’](?P<decade_1>\d0)['’]?s"
        # a decade of two digits after one of four it goes on from: "in the 1970s and 80s", "the 1960s-70s" (alone
        # "in the 90s" may be temperatures)
        r"|(?:(?<=\d\d\d0s and )|(?<=\d\d\d0s or )|(?<=\d\d\d0s to )|(?<=\d\d\d0s-)|(?<=\d\d\d0s–))(?P<decade_3>\d0)s"
        r"|(?:(?<=the )|(?<=the early )|(?<=the mid )|(?<=the late ))(?P<decade_2>{DECADE_WORD})"
        # ("the early nineteen-nineties", "the twenty-thirties", and a century: "the eighteen-hundreds")
        r"|(?:(?<=the )|(?<=the early )|(?<=the mid )|(?<=the late ))(?P<spoken_decade>(?:eleven|twelve|thirteen"
        r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[\s-]+(?:{DECADE_WORD}|hundreds)))(?!\w)",
        CALENDAR,
        ("Debt soared in the 1990s.", "the 1990s", "199"),
        ("Prices peaked in the late 1980s.", "the late 1980s", "198"),
        ("Wage growth is the strongest since the late noughties.", "the late noughties", "200"),
        ("Music of the '60s returned.", "the '60s", "196"),
        ("In the 1970s and 80s, runaways were rarely treated as high-risk.", "80s", "198"),
        ("That was in the nineties.", "the nineties", "199"),
        ("The spire had stood since the eighteen-fifties.", "the eighteen-fifties", "185"),
        ("Orders last fell this long in the early nineteen-nineties.", "the early nineteen-nineties", "199"),
        ("The trend may last well into the twenty-thirties.", "the twenty-thirties", "203"),
        ("The mill was built in the eighteen-hundreds.", "the eighteen-hundreds", "18"),
    ),
    rule(
        "century",
        r"(?:the\s+)?(?:(?P<mod>early|mid|late)(?:\s*-\s*|\s+))?(?P<century>\d{1,2}(?:st|nd|rd|th)|{ORDINAL_WORD}"
        r"|(?:twenty|thirty)[\s-]first)[\s-]+century(?!\w)(?!\s*{BC})"
        # "the 12th and 13th centuries": both, the first named before the plural
        r"|(?:the\s+)?(?P<century_1>\d{1,2}(?:st|nd|rd|th)|{ORDINAL_WORD})(?=\s+(?:and|or|to)\s+{CENTURY_ORDINAL}\s+centuries\b)"
        r"|(?:(?<=(?:st|nd|rd|th) and )|(?<=(?:st|nd|rd|th) or )|(?<=(?:st|nd|rd|th) to ))"
        r"(?P<century_2>{CENTURY_ORDINAL})\s+centuries"
        r"(?!\w)(?!\s*{BC})",
        CALENDAR,
        ("Art of the 20th century.", "the 20th century", "19"),
        ("The nineteenth century saw railways spread.", "The nineteenth century", "18"),
        ("It was rebuilt in the 12th and 13th centuries.", "the 12th", "11"),
        ("It was rebuilt in the 12th and 13th centuries.", "13th centuries", "12"),
    ),
    rule(
        "millennium",
        r"(?:the\s+)?(?P<millennium>{CENTURY_ORDINAL})[\s-]+millennium(?!\w)(?!\s*{BC})",
        CALENDAR,
        ("Celebrations marked the start of the third millennium.", "the third millennium", "2"),
    ),
    rule(
        "quarter",
        r"(?:the\s+(?!(?:{YEAR4}\s+|fiscal[\s-]+)?{ORDINAL4}-))?(?:(?P<year>{YEAR4})\s+|(?P<year_shift>last|this|next)\s+year['’]s\s+)?"
        r"(?:(?P<fiscal>fiscal)[\s-]+)?(?P<quarter>{ORDINAL4})[\s-]+(?:(?P<fiscal_1>fiscal)[\s-]+)?quarter(?!s)(?!\w)"
        r"(?![\s-]+finals?\b)"  # "a first quarter-final win"
        r"(?:\s+of\s+(?:(?:the|its)\s+)?(?:(?:(?P<fiscal_2>fiscal)|calendar)\s+(?:year\s+)?)?(?P<year_1>{YEAR4})"
        r"|\s+of\s+(?P<year_shift_1>last|this|next)\s+year(?!\w)|\s+of\s+(?P<the_year>the\s+year)(?!\w)"
        r"|(?:\s+of)?\s+(?:the\s+)?(?P<fiscal_3>{FY_CODE})(?P<year_3>{FY_DIGITS})"
        r"|\s+(?:(?P<fiscal_4>fiscal)\s+(?:year\s+)?)?(?P<year_2>{YEAR4}))?",
        CALENDAR,
        ("Profit rose in the third quarter.", "the third quarter", "2021-Q3"),
        ("Third-quarter earnings fell.", "Third-quarter", "2021-Q3"),
        ("The third-quarter results were weak.", "third-quarter", "2021-Q3"),
        ("Sales in the fourth quarter of 1989 rose.", "the fourth quarter of 1989", "1989-Q4"),
        ("Shipments start in the first quarter of calendar 2025.", "the first quarter of calendar 2025", "2025-Q1"),
        ("It expects a loss in the fiscal first quarter.", "the fiscal first quarter", "2022-Q1"),
        ("This year's third quarter was weak.", "This year's third quarter", "2022-Q3"),
        ("The 1988 second quarter was strong.", "The 1988 second quarter", "1988-Q2"),
        ("It earned $5 million in the fiscal first quarter.", "the fiscal first quarter", "1989-Q1", "1989-10-26"),
        ("Margins widened in the third quarter of FY26.", "the third quarter of FY26", "FY2026-Q3"),
        ("It reported second-quarter fiscal 2026 results.", "second-quarter fiscal 2026", "FY2026-Q2"),
    ),
    rule(
        "month_span_quarter",
        r"the\s+(?P<quarter_span>jan(?:uary|\.)?[-–]mar(?:ch|\.)?|apr(?:il|\.)?[-–]june?|jul(?:y|\.)?[-–]sep(?:t(?:ember)?)?\.?"
        r"|oct(?:ober|\.)?[-–]dec(?:ember|\.)?)\s+(?:quarter|period|months)(?!\w)",
        CALENDAR,
        ("Sales rose in the April-June quarter.", "the April-June quarter", "2021-Q2"),
    ),
    rule(
        "month_end_quarter",
        # Australia, New Zealand, India: a quarter named by the month it ends in ("the March quarter")
        r"(?:the\s+)?(?P<quarter_end>march|june|sept(?:ember)?|dec(?:ember)?)(?:[\s-]+(?P<year>{YEAR4}))?(?:[\s-]+ending)?"
        r"[\s-]+quarter(?!\w)(?:\s+of\s+(?P<year_1>{YEAR4}))?",
        CALENDAR,
        ("Consumer prices rose 7 per cent over the 12 months to the March quarter.", "the March quarter", "2022-Q1"),
        ("Exports fell in the June 2023 quarter.", "the June 2023 quarter", "2023-Q2"),
        ("It forecast June-quarter earnings of $2 a share.", "June-quarter", "2022-Q2"),
    ),
    rule(
        "month_end_half",
        # ... and a half-year by the month it ends in: "net profit fell in the June half", "the December 2023 half"
        # (with its article: "By June half the block was coming out" halves no year)
        r"the\s+(?P<half_end>june|dec(?:ember)?)(?:[\s-]+(?P<year>{YEAR4}))?[\s-]+half(?![\w-])"
        r"(?!\s+(?:of|an?|the)\b)",
        CALENDAR,
        ("Sales rose 5% in the June half.", "the June half", "2022-H1"),
        ("Profit fell in the December 2023 half.", "the December 2023 half", "2023-H2"),
    ),
    rule(
        "quarter_code",
        # (with an analyst's short year: "3Q24", "Q3 '24")
        r"(?<![\w-])(?:Q(?P<quarter_2>[1-4])\s?['’]|(?P<quarter_3>[1-4])Q['’]?)(?P<year_1>\d\d)(?!\w)"
        # (with a part: "by end-Q3", "mid-Q2 2026")
        r"|(?<![\w-])(?:(?P<mod>mid)-|(?P<mod_2>end|start)-)?(?:Q(?P<quarter>[1-4])|(?P<quarter_1>[1-4])Q)"
        # (the first of two takes the year written after the second: "before Q2/Q3 2023", "in Q1 and Q2 2023")
        r"(?:\s*(?P<year>{YEAR4})|\s*(?P<fiscal>{FY_CODE})(?P<year_3>{FY_DIGITS})"
        r"|(?=\s*(?:/|and|or|to|-|–)\s*Q[1-4]\s*(?P<year_2>{YEAR4})(?!\w)))?(?!\w)",
        CALENDAR,
        ("Revenue in Q3 2021 rose.", "Q3 2021", "2021-Q3"),
        ("No relief is expected before Q2/Q3 2023.", "Q2", "2023-Q2"),
        ("The terminal will enter service by end-Q3.", "end-Q3", "2022-Q3"),
        ("Goldman raised its 3Q24 Brent forecast.", "3Q24", "2024-Q3"),
        ("Margins in Q4 '23 fell.", "Q4 '23", "2023-Q4"),
        ("Orders in Q2 FY25 rose 9%.", "Q2 FY25", "FY2025-Q2"),
    ),
    rule(
        "half_code",
        r"(?<![\w-])(?:H(?P<half>[12])|(?P<half_1>[12])H)\s*(?P<year>{YEAR4})(?!\w)"
        # written digit first, as analysts do, it needs no year ("2H margins", "1H22"); "H2" alone is hydrogen
        r"|(?<![\w-])(?-i:(?P<half_2>[12])H)(?P<year_1>\d\d)?(?![\w-])"
        # ... and written letter first, where it can only be a half: before its figures ("full H1 figures are due"),
        # or ending a span ("budgeted for longer routings through H1")
        r"|(?<![\w-])(?-i:H(?P<half_3>[12]))"
        r"(?=\s+(?:results|figures|earnings|sales|revenues?|profits?|guidance|numbers|margins?)\b)"
        r"|(?:(?<=\bthrough )|(?<=\bthroughout )|(?<=\bduring )|(?<=\buntil )|(?<=\bexiting ))"
        r"(?-i:H(?P<half_4>[12]))(?![\w-])",
        CALENDAR,
        ("Profit fell in H1 2021, the company said.", "H1 2021", "2021-H1"),
        ("Management expects 2H margins to improve.", "2H", "2022-H2"),
        ("Revenue in 1H22 rose.", "1H22", "2022-H1"),
        ("Full H1 figures are due on 25 July.", "H1", "2022-H1"),
        ("The carrier has budgeted for Cape routings through H1.", "H1", "2022-H1"),
    ),
    rule(
        "continued_year",
        # "2023-24", "1999/2000": the second year of a season or fiscal year, after the first
        r"(?:(?<=\d{4}-)|(?<=\d{4}–)|(?<=\d{4}/))(?P<year>\d\d)(?!\w)(?![-/.:,]\d)",
        CALENDAR,
        ("The 2021-22 season was cancelled.", "22", "2022"),
        ("The 1999-00 budget passed.", "00", "2000"),
        ("She was ambassador to Japan, 2009-13.", "13", "2013"),
        parts=(("continues", True),),
    ),
    rule(
        "half",
        r"(?:the\s+)?(?P<half>first|second|1st|2nd)[\s-]+half(?!\w)"
        r"(?:\s+of\s+(?:(?:the\s+)?(?:(?P<fiscal>fiscal)|calendar)\s+(?:year\s+)?)?(?P<year>{YEAR4})"
        r"|\s+of\s+(?:the\s+)?(?P<fiscal_1>{FY_CODE})(?P<year_1>{FY_DIGITS})"
        r"|\s+of\s+(?P<year_shift>last|this|next)\s+year(?!\w)|\s+of\s+(?P<the_year>the\s+year)(?!\w))?",
        CALENDAR,
        ("Growth slowed in the first half of 2021.", "the first half of 2021", "2021-H1"),
        ("The deal should close in the second half of calendar 2026.", "the second half of calendar 2026", "2026-H2"),
        ("Demand will recover in the second half of the year.", "the second half of the year", "2022-H2"),
        ("Output will recover in the second half of next year.", "the second half of next year", "2023-H2"),
        ("Volumes fell in the first half of FY25.", "the first half of FY25", "FY2025-H1"),
    ),
    rule(
        "holiday_quarter",
        # retailers' and device makers' October-December quarter
        r"the\s+holiday(?:[\s-]+season)?\s+quarter(?!\w)",
        CALENDAR,
        ("Apple reported record sales for the holiday quarter.", "the holiday quarter", "2021-Q4"),
        parts=(("quarter", 4),),
    ),
    rule(
        "part_of_year",
        # only with the year named: "the last quarter" alone is the one before this
        r"(?:the\s+)?(?:(?P<closing_half>last|latter|final|back)\s+half|(?P<closing_half_1>last|final)\s+two\s+quarters"
        r"|(?P<opening_half>first)\s+two\s+quarters|(?P<closing_quarter>last|final|closing)\s+quarter)"
        r"\s+of\s+(?:(?:(?:the\s+)?(?P<fiscal>fiscal)\s+(?:year\s+)?)?(?P<year>{YEAR4})(?!\w)"
        r"|(?P<year_shift>last|this|next)\s+year(?!\w)|(?P<the_year>the\s+year)(?!\w))",
        CALENDAR,
        ("Earnings will be lower for the last half of 1989.", "the last half of 1989", "1989-H2"),
        ("Demand picked up in the latter half of the year.", "the latter half of the year", "2022-H2"),
        ("The slump will last through the first two quarters of 1990.", "the first two quarters of 1990", "1990-H1"),
        ("Sales rose in the final quarter of 2019.", "the final quarter of 2019", "2019-Q4"),
    ),
    rule(
        "season",
        # (a winter or a southern summer spans two years, and is named by the first: "the winter of 1995-96")
        r"(?:{PERIOD_MOD})?(?:the\s+)?(?P<season>{SEASON})\s+(?:(?:of\s+)?(?P<year>{YEAR4}|{YEAR2}|{YEAR_WORDS})"
        r"(?:(?<=\d\d\d\d){SECOND_YEAR})?"
        r"|of\s+(?P<year_shift>last|this|next)\s+year(?!\w))"
        # ... and the year first, before a season of climbing or trade ("the 2015 autumn season", "the 2023-24
        # winter"), not a name ("the 2024 Summer Olympics")
        r"|(?:the\s+)?(?P<year_1>{YEAR4}){SECOND_YEAR}?\s+(?!(?-i:Spring|Summer|Autumn|Fall|Winter)\s+(?-i:[A-Z]))"
        r"(?P<season_1>spring|summer|autumn|fall|winter)(?:\s+season)?(?!\w)"
        # ("the 1979 fall of Skylab" is its descent)
        r"(?!(?<=fall)\s+of\s)",
        CALENDAR,
        ("It opened in the summer of 1990.", "the summer of 1990", "1990-SU"),
        ("He flew 17 rescue missions in the 2015 autumn season.", "the 2015 autumn season", "2015-FA"),
        ("Gas use fell over the winter of 2022-23.", "the winter of 2022-23", "2022-WI"),
        ("Demand peaked during the 2023-24 winter.", "the 2023-24 winter", "2023-WI"),
        ("It returned in the spring of last year.", "the spring of last year", "2021-SP"),
        ("Students occupied the campus in the spring of '68.", "the spring of '68", "1968-SP"),
        ("The winter of nineteen ninety-four was cold.", "The winter of nineteen ninety-four", "1994-WI"),
        ("It was, I want to say, the fall of oh-nine.", "the fall of oh-nine", "2009-FA"),
    ),
    rule(
        "bare_season",
        # (a season capitalised before a capitalised word names a thing: "the Winter Classic", "the Spring Framework")
        # (and the season weather starts: "after a cold start to winter", but "prices could start to fall")
        # (and "the summer", "the winter" or "the autumn" as the subject or object of a verb: "the summer as a whole is
        # on course to be the warmest on record")
        r"(?:{SEASON_PREPOSITION}|(?<=\bstart to )(?!fall\b)|(?=the\s+(?:summer|winter|autumn)"
        r"(?:\s*(?:[.,;:!?)]|$)|['’]s\b|\s+(?:as|was|is|has|had|will|would|could|may|might|came|comes|saw|sees|brought"
        r"|brings|began|begins|ended|ends|proved|turned|looks|looked|promises|arrived|arrives|went|goes|ahead|when|beyond"
        r"|without|to|at|unless|before|after|with|for|in|on|than)\b)))"
        r"(?:the\s+)?(?:{PERIOD_MOD})?(?!(?-i:Spring|Summer|Autumn|Fall|Winter)\s+(?-i:[A-Z][a-z]))"
        r"(?P<season>{SEASON})(?!\s+(?:of\s+)?\d)(?!\s+of\b)"
        # ("the start of spring break": a school's holiday, which the calendar's season does not date; "the winter
        # storm", "spring training": a kind of thing)
        r"(?!{FALL_AS_VERB})(?!\s+{PLACE_HEAD})(?!\s+(?:{SEASON_THING})\b)(?!\s+bank\s+holiday\b)",
        CALENDAR,
        ("Elections are expected in the spring.", "the spring", "2022-SP"),
        ("Construction will start in late summer.", "late summer", "2022-SU"),
        ("Prices rose after a cold start to winter.", "winter", "2021-WI"),
        ("The summer was the hottest on record.", "The summer", "2021-SU"),
        ("Prices rose in the fall, after the fall of the government.", "the fall", "2021-FA"),
        ("More observations are planned for this spring and autumn.", "autumn", "2022-FA"),
        ("She plans to take the summer off.", "the summer", "2022-SU"),
        ("A ruling will come as late as the fall.", "the fall", "2022-FA"),
        ("Most could be vaccinated by late spring or early summer.", "early summer", "2022-SU"),
    ),
    rule(
        "season_moved_to",
        # a season something moves to or from, with its article and before the end of the clause: "postponed to the
        # fall", "moved from the spring" (not "expected to fall", "to the spring thaw", "to the fall of Rome")
        r"(?:(?<=\bto )|(?<=\bfrom )|(?<=\btoward )|(?<=\btowards ))"
        r"the\s+(?P<season>spring|summer|autumn|fall|winter)(?!\w)"
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|when|as|because|after|before|in|at|with|so|but|rather|instead)\b)"
        # ... and both ends of a move between seasons without their articles: "pushed from summer to fall"
        r"|(?<=\bfrom )(?P<season_1>spring|summer|autumn|fall|winter)(?=\s+to\s+(?:spring|summer|autumn|fall|winter)\b)"
        r"|(?:(?<=\bspring to )|(?<=\bsummer to )|(?<=\bautumn to )|(?<=\bfall to )|(?<=\bwinter to ))"
        r"(?P<season_2>spring|summer|autumn|fall|winter)(?!\w)",
        CALENDAR,
        ("The conference has been postponed to the fall.", "the fall", "2022-FA"),
        ("The studio pushed the film from summer to fall.", "fall", "2022-FA"),
        ("The vote was moved to the spring, officials said.", "the spring", "2022-SP"),
    ),
    rule(
        # the season beginning, at the equinox or solstice or as a thing of nature: "Spring officially begins with the
        # vernal equinox", "when winter arrives" (but "Fall is for planting" is any fall)
        "season_arriving",
        r"(?:(?<=[.!?]\s)|(?<=\n)|^|(?<=\bwhen\s)|(?<=\bonce\s)|(?<=\bas\s))"
        r"(?P<season>spring|summer|autumn|fall|winter)"
        r"(?=\s+(?:officially\s+|astronomically\s+|finally\s+)?(?:begins|arrives|starts|comes|sets\s+in)\b"
        # ... or is here: "Autumn is here!", "Spring has finally arrived"
        r"|\s+(?:is|has)\s+(?:finally\s+)?(?:here|arrived)\b)",
        CALENDAR,
        ("Spring officially begins with the vernal equinox at 5:01 a.m. Thursday.", "Spring", "2025-SP", "2025-03-19"),
        ("Fall arrives at 9:31 a.m. today.", "Fall", "2020-FA", "2020-09-22"),
        ("Spring begins March 20 regardless.", "Spring", "2026-SP", "2026-02-02"),
        ("Cover the roses when winter sets in.", "winter", "2021-WI", "2021-10-12"),
        ("Autumn is here! I counted 300 geese.", "Autumn", "2017-FA", "2017-10-03"),
    ),
    rule(
        # the season of someone's event, or of "the" event: "postponed its spring tour", "The Hollis Theater's summer
        # season opens July 9" (a season in lower case only: "the Summer Olympics" is no season, and "the Spring
        # Festival" a holiday of its own)
        "season_of_an_event",
        r"(?:{SEASON_OWNER})(?P<season>(?-i:spring|summer|autumn|fall|winter))(?=\s+(?:{SEASON_EVENT})\b)",
        CALENDAR,
        ("The band postponed its spring tour on Tuesday.", "spring", "2019-SP", "2019-04-18"),
        ("The Hollis Theater's summer season opens July 9.", "summer", "2025-SU", "2025-06-29"),
        ("The spring selling season will tell us a lot.", "spring", "2025-SP", "2025-01-07"),
        ("A fix is coming in its spring update.", "spring", "2024-SP", "2024-02-10"),
    ),
    rule(
        # a season described as the one of a year, before a break or a season of trade: "after a dry spring", "a
        # busy spring selling season"
        "qualified_season",
        r"{QUALIFIED_SEASON}(?P<season>(?-i:spring|summer|autumn|winter))"
        r"(?=\s*[.,;:!?)]|\s+(?:and|or|on|in|for|since|that|as|after|before|when|with|than|yet|ever"
        r"|(?:selling\s+|travel\s+)?season)\b"
        # (or the subject of a verb in the past: "after a wet winter filled soil profiles", "a cold spring kept cattle
        # indoors")
        r"|\s+(?:\w+ed|kept|left|brought|meant|cut|hit|sent|made|gave)\s)",
        CALENDAR,
        ("Colorado has seen fewer cases this summer after a dry spring.", "spring", "2024-SP", "2024-08-20"),
        ("Seeding is behind after a cold, wet spring.", "spring", "2022-SP", "2022-05-27"),
        ("Harvest began early after a wet winter filled soil profiles.", "winter", "2021-WI", "2022-01-12"),
        ("Agents expect a busy spring selling season.", "spring", "2022-SP"),
        ("Ministers are preparing for a difficult winter for the NHS.", "winter", "2021-WI", "2021-10-12"),
        ("Aemet said it was the driest spring on record.", "spring", "2023-SP", "2023-06-02"),
        ("The UK has just recorded its warmest spring since 1884.", "spring", "2025-SP", "2025-06-02"),
        ("The airport is preparing for its busiest winter yet.", "winter", "2024-WI", "2024-06-23"),
    ),
    rule(
        "shifted_season",
        # ("the coming winter" is the next to begin, even one about to: see "next summer" below)
        r"(?:{PERIOD_MOD})?(?:(?P<just_past>this\s+past)|(?P<coming_season>(?:the\s+|this\s+)?(?:coming|upcoming))"
        r"|(?P<shift>{CAL_SHIFT}))\s+(?P<season>{SEASON})",
        CALENDAR,
        ("Season-pass sales for the coming winter should rise.", "the coming winter", "2023-WI", "2023-11-07"),
        ("A man was killed by a sniper last fall.", "last fall", "2021-FA"),
        ("Talks resume this summer.", "this summer", "2022-SU"),
        ("The strike began this past spring.", "this past spring", "1989-SP", "1989-10-30"),
        # a season just over or about to begin is "this" one: "last summer" said in September is the year before's
        ("Two women were attacked on the trail last summer.", "last summer", "2021-SU", "2022-09-03"),
        ("His contract expires next summer.", "next summer", "2025-SU", "2024-05-20"),
        ("The ordinance would take effect next fall.", "next fall", "2017-FA", "2017-02-13"),
    ),
    rule(
        "seasons_ago",
        r"(?P<seasons_back>{COUNT})\s+(?P<season>summer|winter|spring|autumn|fall)s\s+ago(?!\w)",
        CALENDAR,
        ("The oak was toppled by a storm two summers ago.", "two summers ago", "2016-SU", "2018-04-27"),
        ("Three winters ago the lake froze over.", "Three winters ago", "2019-WI", "2022-09-10"),
    ),
    rule(
        "holiday",
        # ("Father Christmas" is Santa Claus; "an all-Christmas format" is a kind of music)
        # ("the evening of Christmas Eve" is one time, as "the night of Nov. 9" is)
        r"(?:the\s+(?P<part_2>morning|afternoon|evening|night)\s+of\s+)?"
        r"(?:(?P<shift>last|next|this|this\s+past|this\s+coming)\s+)?{NOT_OTHER_NEW_YEAR}(?<!\bFather\s)(?<!\ball-)"
        r"(?P<holiday>{HOLIDAY})"
        # (its year after a comma too: "Valentine's Day, 2007", "Easter Monday, nineteen sixteen")
        r"(?:,?\s+(?P<year>{YEAR4})|,\s+(?P<year_2>{YEAR_WORDS})(?!\s+(?:{COUNTED})(?!\w)))?"
        r"(?:\s+(?:(?:long|(?:bank\s+)?holiday)\s+(?=weekend))?(?P<containing>weekend|week)(?!\w)|\s+(?P<part>{PART})"
        # (and after its part of the day: "Halloween night, 1975")
        r"(?(year)|(?:,\s+(?P<year_1>{YEAR4}))?))?"
        # "a Christmas tree", "the Thanksgiving turkey", "Easter Island": a thing named after the holiday; "Labor Day
        # Motors", "Boxing Day Sales Ltd": a firm
        r"(?!\s+(?:{HOLIDAY_THING})\b)(?!\s+{PLACE_HEAD})(?!\s+{FIRM_HEAD})",
        CALENDAR,
        ("Traffic peaks over Memorial Day weekend.", "Memorial Day weekend", "2022-W21-WE"),
        ("Police made 40 arrests over the Easter bank holiday weekend.", "Easter bank holiday weekend", "2021-W13-WE"),
        ("Roads will be busy over the Memorial Day holiday weekend.", "Memorial Day holiday weekend", "2022-W21-WE"),
        (
            "Canadians heading into the Thanksgiving long weekend face delays.",
            "Thanksgiving long weekend",
            "2022-W40-WE",
            "2022-10-07",
        ),
        ("Millions will travel during Thanksgiving week.", "Thanksgiving week", "2022-W47"),
        ("A boy was struck by a car on Halloween night.", "Halloween night", "2021-10-31TNI"),
        ("Halloween night, 1975. A boy disappeared.", "Halloween night, 1975", "1975-10-31TNI"),
        ("Gas prices peak heading into the Fourth of July weekend.", "the Fourth of July weekend", "2022-W26-WE"),
        ("Stores were busy on Christmas Eve.", "Christmas Eve", "2021-12-24"),
        ("The walkout runs from the evening of Christmas Eve.", "the evening of Christmas Eve", "2021-12-24TEV"),
        ("We met on Valentine's Day, 2007, at a diner.", "Valentine's Day, 2007", "2007-02-14"),
        ("The Rising began on Easter Monday, nineteen sixteen.", "Easter Monday, nineteen sixteen", "1916-04-24"),
        ("The turkeys were pardoned before Thanksgiving.", "Thanksgiving", "2021-11-25"),
        ("The fireworks on Independence Day will draw crowds.", "Independence Day", "2022-07-04"),
        ("Easter 2022 falls in April.", "Easter 2022", "2022-04-17"),
        ("Sales jumped last Thanksgiving.", "last Thanksgiving", "2021-11-25"),
        ("Crowds gathered on Australia Day.", "Australia Day", "2022-01-26"),
        ("Unions will strike on Ascension Day.", "Ascension Day", "2022-05-26"),
        ("Epiphany was celebrated with a procession.", "Epiphany", "2022-01-06"),
        ("The shop stays open through Three Kings Day.", "Three Kings Day", "2022-01-06"),
        ("Pizzerias will sell $3.14 slices on Pi Day.", "Pi Day", "2022-03-14"),
        ("The club planted its 1,000th tree on Arbor Day.", "Arbor Day", "2021-04-30", "2021-05-03"),
        ("Biden swept the South on Super Tuesday.", "Super Tuesday", "2020-03-03", "2020-03-04"),
        ("The marathon is run on Patriots' Day.", "Patriots' Day", "2022-04-18", "2022-04-10"),
        ("Flags flew for St George's Day.", "St George's Day", "2022-04-23", "2022-04-25"),
        ("The hiring fair was held at Michaelmas.", "Michaelmas", "2021-09-29"),
        ("Winnipeg buses run a Sunday schedule on Louis Riel Day.", "Louis Riel Day", "2026-02-16", "2026-02-12"),
        ("Donations peaked on GivingTuesday.", "GivingTuesday", "2024-12-03", "2024-12-05"),
        ("Extra trains run through Whit Monday.", "Whit Monday", "2022-06-06"),
        ("Parishioners visited cemeteries for All Souls' Day.", "All Souls' Day", "2021-11-02"),
        ("Stores close early before Victoria Day.", "Victoria Day", "2022-05-23"),
        ("PRESIDENTS' DAY SALE ENDS MONDAY", "PRESIDENTS' DAY", "2019-02-18", "2019-02-15"),
    ),
    rule(
        "holiday_day",
        r"the\s+(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|1st|2nd|3rd|[4-8]th)\s+"
        r"(?:day|(?P<part>night|evening))\s+of\s+(?P<holiday>{HOLIDAY}|{HOLIDAY_SURNAME})(?:\s+(?P<year>{YEAR4}))?(?![\w-])",
        CALENDAR,
        ("The rabbi lit the menorah on the first night of Hanukkah.", "the first night of Hanukkah", "2021-11-28TNI"),
        ("Markets reopen on the second day of Eid al-Fitr.", "the second day of Eid al-Fitr", "2022-05-03"),
    ),
    rule(
        "holiday_or_surname",
        # "during Ramadan", "this Ramadan", but not "Tariq Ramadan said"
        r"(?:(?P<shift>last|next|this)\s+|"
        + _after(["during", "in", "of", "for", "before", "after", "since", "until", "till", "through", "throughout"])
        + r")(?-i:(?P<holiday>{HOLIDAY_SURNAME}))(?:\s+(?P<year>{YEAR4}))?(?![\w-])(?!\s+(?:{HOLIDAY_THING})\b)",
        CALENDAR,
        ("Shops stay open late during Ramadan.", "Ramadan", "2022-04-02", "2022-04-10"),
        ("The truce held through Ramadan 2024.", "Ramadan 2024", "2024-03-11"),
    ),
    rule(
        "weekday_by_holiday",
        r"the\s+(?:(?P<weekday>{WEEKDAY})|(?P<date_unit>day))\s+(?P<direction>after|before)\s+(?P<holiday>{HOLIDAY})"
        r"(?:\s+(?P<year>{YEAR4}))?(?!\w)(?!\s+(?:weekend|Eve)\b)",
        CALENDAR,
        ("Return volumes peaked on the day after Christmas.", "the day after Christmas", "2021-12-26"),
        ("Stores could open on the Saturday after Thanksgiving.", "the Saturday after Thanksgiving", "2022-11-26"),
        (
            "Parliament will rise the Friday before Christmas.",
            "the Friday before Christmas",
            "2022-12-23",
            "2022-10-01",
        ),
    ),
    rule(
        "election_day",
        # written in lower case it is the day of the election the story is about, else the US one
        # (not "a fixture of election day", a kind of day)
        r"(?:(?<=\bon )|(?<=\bbefore )|(?<=\bafter )|(?<=\buntil )|(?<=\btill )|(?<=\bby )|(?<=\bsince ))"
        # (and its night: "the result may not be known on election night")
        r"(?-i:(?P<holiday>[Ee]lection\s+day)|(?P<election>[Ee]lection)\s+(?P<part>night))(?![\w-])"
        r"|(?:(?<=[.!?]\s)|(?<=\n)|^)(?-i:(?P<holiday_1>Election\s+day)|(?P<election_1>Election)\s+(?P<part_1>night))"
        r"(?![\w-])",
        CALENDAR,
        ("Polls open at 7 a.m. on election day.", "election day", "2022-11-08"),
        ("A winner may not be known on election night.", "election night", "2022-11-08TNI"),
        ("Before the Oct. 9 election, polls will open at 7 a.m. on election day.", "election day", "2022-10-09"),
    ),
    rule(
        "the_fourth",
        # US: "fireworks for the Fourth"; written with a capital, not "the Fourth of ...", "the Fourth Estate"
        r"(?<=\s)(?-i:the\s+(?P<fourth_of_july>Fourth))(?![\w-])(?!\s+(?:of\b|(?-i:[A-Z])))",
        CALENDAR,
        ("Fireworks return to the National Mall for the Fourth after a scaled-back show.", "the Fourth", "2022-07-04"),
    ),
    # ---------------------------------------------------------------- weekdays and named days
    rule(
        "listed_weekday",
        # timetables and listings abbreviate weekdays without a period: "Mon-Fri", "Sat 10am-4pm",
        # "Wed — sentencing"; elsewhere "Sat" and "Sun" are words
        r"(?<![\w.-])(?<!\bthe )(?<!\ba )(?P<weekday>{STAMP_WEEKDAY})(?=[-–]{STAMP_WEEKDAY}(?!\w)"
        r"|\s+(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*[ap]\.?m\b|\s+(?:[01]\d|2[0-3]):[0-5]\d(?!\w))"
        # an entry of a list: at the start of a line or after a colon or semicolon, before a dash
        r"|(?:(?<![^\n])|(?<=[:;] ))"
        r"(?P<weekday_1>(?:{STAMP_WEEKDAY}|(?-i:MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN))\.?)(?=\s+[—–]\s)",
        CALENDAR,
        ("The desk is staffed Mon-Fri.", "Mon", "2022-01-17"),
        ("Last week's hearings: Mon — bail application; Fri — sentencing.", "Fri", "2022-01-14"),
        ("Opening hours: Mon-Fri 9am-5pm; Sat 10am-4pm.", "Sat", "XXXX-WXX-6"),
    ),
    rule(
        "weekday",
        # "a Sunday service", "a new Saturday route": a kind of thing, not a day
        r"(?!(?<=\ba\s){WEEKDAY}\s+(?!(?:{PART}|{DAY_EVENT})\b)(?-i:[a-z]))"
        # the weekday of a date just given: "on Aug. 12, a Saturday"
        r"(?:(?<=\d, )a\s+(?={WEEKDAY}(?![\w-])(?!\s+(?-i:[a-z]))))?"
        r"(?:(?P<mod>early|late)\s+(?:on\s+)?|{WITHIN}|(?P<part_1>overnight|sundown|sunset|dusk|nightfall|dawn|daybreak"
        r"|sunrise)\s+)?(?<!\bGood\s){NOT_A_NAMED_WEEKDAY}(?P<weekday>{WEEKDAY}|{WEEKDAY_SHORT})"
        # (a Sunday paper's name: "the Mail on Sunday", "Scotland on Sunday")
        r"{NOT_A_SUNDAY_PAPER}"
        # (a church's class: "Sunday school for children at 9 a.m.")
        r"(?!(?<=(?<!\bon\s)[Ss]unday)\s+schools?\b)"
        # (joined by a hyphen before a noun: "Glastonbury's Sunday-afternoon slot")
        r"(?!\s+(?-i:{TITLE_HEADS})\b)(?:(?:\s+|-(?=(?:{PART})\s+\w))(?P<part>{PART}))?",
        CALENDAR,
        ("Rain overnight Friday damped the flames.", "overnight Friday", "2022-01-14TNI"),
        ("Minogue played the Sunday-afternoon slot yesterday.", "Sunday-afternoon", "2022-01-16TAF"),
        ("Passover begins at sundown Friday.", "sundown Friday", "2022-01-21TEV"),
        ("Lukashenko said on Monday that the exercises would start.", "Monday", "2022-01-17"),
        ("Blinken will meet Lavrov on Friday.", "Friday", "2022-01-21"),
        ("Mr Blinken told the embassy earlier Wednesday.", "earlier Wednesday", "2022-01-19"),
        ("Officials met Friday morning.", "Friday morning", "2022-01-14TMO"),
        ("They hope to pass it before a Friday deadline.", "Friday", "2022-01-21"),
        ("Police arrested him early Tuesday.", "early Tuesday", "2022-01-18"),
        ("The storm hit late on Monday.", "late on Monday", "2022-01-17"),
        ("The Wednesday meeting went well.", "Wednesday", "2022-01-19"),
        ("The Sunday Times said on Sunday that talks failed.", "Sunday", "2022-01-16"),
        ("The shares are to resume trading Monday.", "Monday", "2022-01-24"),
        ("On Friday, “we will win,” he said.", "Friday", "2022-01-14"),
        ("The hearing starts on Thursday.", "Thursday", "2022-01-20"),
        ("The school year begins on Friday.", "Friday", "2022-01-21"),
        ("“He leaves at noon (1700 GMT) Friday,” she said.", "Friday", "2022-01-21"),
        ("The shooting happened on Jan. 8, a Saturday.", "a Saturday", "2022-01-08"),
    ),
    rule(
        "shifted_weekday",
        # (bare "past" before a weekday is a preposition: "if the shutdown lasts past Saturday")
        r"(?!past\s)(?P<shift>{CAL_SHIFT})\s+(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?",
        CALENDAR,
        ("The deal closed last Friday.", "last Friday", "2022-01-14"),
        ("They will meet next Monday.", "next Monday", "2022-01-24"),
        ("The vote is this Thursday.", "this Thursday", "2022-01-20"),
        ("It rained this past Sunday.", "this past Sunday", "2022-01-16"),
    ),
    rule(
        "weekday_next",
        # British and Irish notices: "Anniversary Mass on Sunday next at 11am" (not "Friday next week")
        r"(?P<weekday>{WEEKDAY})\s+(?P<shift>next)(?=\s*(?:[,.;:)]|$)|\s+(?:at|in|from)\b)",
        CALENDAR,
        ("Anniversary Mass on Sunday next at 11am.", "Sunday next", "2022-01-23"),
    ),
    rule(
        "weekday_of_shifted_week",
        # "Monday last week", "Thursday next week"; Nigerian and Ghanaian "last week Thursday"
        # (not the end of a range of days: "Monday through Friday next week" is two days of next week; but "will move
        # to Saturday next week")
        r"(?<!day through )(?<!day to )(?<!day until )(?<!day and )(?<![-–])"
        r"(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?\s+(?P<shift>last|next|this)\s+(?P<unit>week)(?!\w)"
        r"|(?P<shift_1>last|next)\s+(?P<unit_1>week)\s+(?P<weekday_1>{WEEKDAY})(?!\w)",
        CALENDAR,
        ("The minister resigned on Monday last week.", "Monday last week", "2022-01-10"),
        ("The strike starts next week Wednesday.", "next week Wednesday", "2022-01-26"),
        ("Collections will move to Saturday next week.", "Saturday next week", "2022-01-29"),
    ),
    rule(
        "relative_day",
        # (not the newspaper "USA Today")
        r"(?:(?P<mod>early|late)\s+|{WITHIN})?(?<!\bUSA\s)(?P<relday>{RELDAY})(?:\s+(?P<part>{PART}))?"
        r"|(?:(?P<mod_1>early|late)\s+)?(?P<part_1>{PART}|mid-?afternoon|mid-?morning)\s+(?P<relday_1>yesterday|today|tomorrow)",
        CALENDAR,
        ("The minister resigned yesterday.", "yesterday", "2022-01-18"),
        ("The talks resume tomorrow morning.", "tomorrow morning", "2022-01-20TMO"),
        ("The results came late yesterday.", "late yesterday", "2022-01-18"),
        ("He spoke earlier today.", "earlier today", "2022-01-19"),
        ("The vote is tonight.", "tonight", "2022-01-19TNI"),
        ("Markets rallied mid-afternoon yesterday.", "mid-afternoon yesterday", "2022-01-18TAF"),
    ),
    rule(
        "earlier_in_the_day",
        # the day under discussion, like "later that day"
        r"(?P<within>earlier|later)\s+in\s+the\s+(?P<unit>day)(?!\w)",
        CALENDAR,
        ("Rebels took the town on Friday. Earlier in the day they shelled it.", "Earlier in the day", "2022-01-14"),
        parts=(("anaphoric_shift", 0),),
    ),
    rule(
        "shifted_part_of_day",
        # (after an article or a possessive, "last" ranks: "on the last morning of the war", "our last night in Rome")
        r"(?<!\bthe\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bour\s)(?<!\bmy\s)"
        r"(?<!\byour\s)"
        r"{WITHIN}?(?P<shift>this|last)\s+(?P<part>morning|afternoon|evening|night|arvo|lunchtime|teatime)(?!\w)",
        CALENDAR,
        ("Shots were heard last night.", "last night", "2022-01-18TNI"),
        ("Crowds are expected at the dawn service this arvo.", "this arvo", "2022-01-19TAF"),
        ("He arrived this morning.", "this morning", "2022-01-19TMO"),
        ("A statement is due later this afternoon.", "later this afternoon", "2022-01-19TAF"),
    ),
    rule(
        "part_of_day",
        r"(?:(?:(?<=\bin )|(?<=\bby )|(?<=\bduring )|(?<=\buntil )|(?<=\btill )|(?<=\bthrough )|(?<=\bthroughout )"
        r"|(?<=\bfor )|(?<=\bspent )|(?<=\bspend )|(?<=\bspending )|(?<=\binto )|(?<=\bmost of )|(?<=\brest of )"
        r"|(?<=\bpart of ))"
        r"(?:the\s+)?"
        # "suspended from early afternoon" (but "tapes from the night the plane went down" name a night by an event)
        r"|(?<=\bfrom )|(?<=\bsince )"
        # ("at lunchtime", "at teatime": a time of the day as "at noon" is)
        r"|(?<=\bat )(?=(?:early\s+|late\s+)?(?:lunchtime|teatime)\b))"
        r"(?:(?P<mod>early|late)\s+)?"
        r"(?P<part>morning|afternoon|evening|night|mid-?morning|mid-?afternoon|mid\s+afternoon|mid\s+morning"
        r"|lunchtime|teatime|arvo)(?!\w)"
        r"(?!\s+of\b)"  # "the morning of May 8": the date is what is tagged
        # "enrolled in evening classes", "in the morning rush": a kind of thing named after the part of day
        r"(?!\s+(?:{PART_OF_DAY_THING})\b)",
        CALENDAR,
        ("The vote was held on Friday, and by mid afternoon the count was done.", "mid afternoon", "2022-01-14TAF"),
        ("Buyers placed orders in the morning.", "the morning", "2022-01-19TMO"),
        ("On Friday, storms grounded a helicopter for most of the afternoon.", "the afternoon", "2022-01-14TAF"),
        ("Train services were suspended from early afternoon.", "early afternoon", "2022-01-19TAF"),
        ("Traffic eased by the evening, after the morning rush.", "the evening", "2022-01-19TEV"),
        ("Police fired tear gas throughout the afternoon.", "the afternoon", "2022-01-19TAF"),
        ("Results are due by lunchtime.", "lunchtime", "2022-01-19TMI"),
    ),
    rule(
        "overnight",
        # the night a clause's events ran through: "plows cleared the main routes overnight", "expected the backlog to
        # clear overnight" (not a kind of thing: "an overnight stay", "overnight trading"; nor a change that comes
        # suddenly: "cash use fell by half almost overnight", "it didn't happen overnight")
        r"(?<![\w-])(?<!\ban\s)(?<!\bthe\s)(?<!\balmost\s)(?<!\bnearly\s)(?<!\bvirtually\s)(?<!\bpractically\s)"
        r"(?<!\bliterally\s)(?<!\bseemingly\s)(?<!\bhappen\s)(?<!\bhappens\s)(?<!\bhappened\s)"
        r"(?P<part>overnight)"
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|in|at|on|into|to|from|after|before|as|while|when|with|by|until|amid"
        r"|across|for|because|though|although|then|near|over|through|under)\b)",
        CALENDAR,
        ("Plows cleared the main routes overnight.", "overnight", "2022-01-18TNI"),
        ("Forecasters expect conditions to ease overnight.", "overnight", "2022-01-19TNI"),
        parts=(("through_the_night", True),),
    ),
    # ---------------------------------------------------------------- deictic periods
    rule(
        "past_unit_length",
        # "over the past decade" is the last ten years; "last decade" alone can be the previous one
        r"the\s+(?:past|last)\s+(?P<unit>decade|century|millennium)(?!\w)"
        # ... and "over the past year", "for most of the past week" the twelve months (seven days) up to now, as
        # "the past 12 months" is; "last year" and "this past year" name the calendar year
        r"|the\s+past\s+(?P<unit_1>year|month|week)(?![\w-])",
        DURATION_B,
        ("Wages stagnated over the past decade.", "the past decade", "P10Y"),
        ("It is the worst disaster of the last century.", "the last century", "P100Y"),
        ("Ratings fell 20% over the past year.", "the past year", "P1Y"),
        ("Buyers have waived inspections for most of the past week.", "the past week", "P1W"),
        parts=(("count", 1.0),),
    ),
    rule(
        "coming_weekend",
        # the first weekend ahead: "curtailed services for the coming weekend", written on a Monday, is that week's
        r"(?:the\s+|this\s+)?(?:coming|upcoming)\s+(?:(?:long|holiday|bank\s+holiday)\s+)?(?P<unit>weekend)(?!\w)",
        CALENDAR,
        ("Services are curtailed for the coming weekend.", "the coming weekend", "2022-W03-WE"),
        ("Heavy traffic is expected this coming weekend.", "this coming weekend", "2022-W03-WE"),
        parts=(("ahead", True),),
    ),
    rule(
        "shifted_unit",
        # a stretch spent is a length ("spent the past week"), but not a date named ("spent last week wondering",
        # "capital spending next year")
        r"(?!(?:(?<=\bspent\s)|(?<=\bspend\s)|(?<=\bspends\s))the\s)"
        # "stayed for the next decade": a length (see stretch_of_a_unit); "first and last month's rent": ordinals
        r"(?!{STRETCH_AHEAD})(?!(?<=\bfirst and )last\s)"
        r"(?:{PERIOD_MOD}|{WITHIN})?(?:(?P<definite>the\s+(?=next\s))|the\s+)?(?:(?P<just_past>this\s+past)|(?P<shift>{SHIFT}))\s+"
        # ("the next year or so": the unit, give or take)
        # ("this calendar year" is the year itself, "this holiday weekend" or "next long weekend" the weekend)
        r"(?:(?P<fiscal>fiscal|financial(?=\s+year\b))\s+|calendar\s+(?=year\b)|(?:long\s+|bank\s+)?holiday\s+(?=weekend\b)"
        r"|long\s+(?=weekend\b))?(?P<unit>{CAL_UNIT})(?!-\w)(?:\s+or\s+so(?!\w))?",
        CALENDAR,
        ("The company expects to buy back shares this calendar year.", "this calendar year", "2022"),
        ("Officials met in Geneva last week.", "last week", "2022-W02"),
        ("Sales should recover in the next year or so.", "the next year or so", "2023"),
        ("Fires burning in Greece this week - a sign of heat - spread.", "this week", "2022-W03"),
        ("US officials this week said troops moved.", "this week", "2022-W03"),
        ("A plane was diverted last year.", "last year", "2021"),
        # "this past year" written in December: the year now ending
        ("This past year brought the town a new fire station.", "This past year", "2021", "2022-03-02"),
        ("This past year brought the town a new fire station.", "This past year", "2017", "2017-12-29"),
        ("Sales will grow next year.", "next year", "2023"),
        ("Prices rose earlier this month.", "earlier this month", "2022-01"),
        ("Growth should pick up early next year.", "early next year", "2023"),
        ("Profit fell last quarter.", "last quarter", "2021-Q4"),
        ("They met last weekend.", "last weekend", "2022-W02-WE"),
        ("Storms could delay concerts this holiday weekend.", "this holiday weekend", "2022-W03-WE"),
        ("The law passed this century.", "this century", "20"),
        ("Budgets grow in the next fiscal year.", "the next fiscal year", "2023"),
        ("Arrears will be paid in the current financial year.", "the current financial year", "2022"),
        # in a past clause, "the next week" is the week after the date just told
        ("The trial opened on Dec. 2, 2019. The defense rested the next week.", "the next week", "2019-W50"),
        # ... but "the coming year" is always the one ahead of the writer
        ("He bought the house in 1948. Asked about plans for the coming year, he laughed.", "the coming year", "2023"),
    ),
    rule(
        "unit_ahead",
        r"the\s+(?P<unit>week|month|quarter|year)\s+ahead(?!\w)",
        CALENDAR,
        ("In the week ahead, investors get the jobs report.", "the week ahead", "2022-W03"),
        ("Analysts are cautious about the year ahead.", "the year ahead", "2022"),
        parts=(("ahead", True),),
    ),
    rule(
        "after_next",
        r"the\s+(?P<unit>week|weekend|month|year)\s+after\s+next(?!\w)",
        CALENDAR,
        ("The vote was postponed to the week after next.", "the week after next", "2022-W05"),
        parts=(("shift", 2),),
    ),
    rule(
        "numbered_week",
        # a week of the year by its number, as surveillance reports count them: "in epidemiological week 32", "from
        # EW 1 to EW 18 of 2023", "week 9 of 2018"
        r"(?:(?:epidemiological|epidemiologic|epi|MMWR|ISO|surveillance|calendar)\s+week|(?-i:EW))\s?"
        r"(?P<part_nth>[1-9]|[1-4]\d|5[0-3])(?!\w)(?:\s+of\s+(?P<year>{YEAR4}))?"
        r"|(?<![\w-])week\s+(?P<part_nth_1>[1-9]|[1-4]\d|5[0-3])\s+of\s+(?P<year_1>{YEAR4})"
        # ... and, in lower case after a preposition, as shippers and retailers count them: "bookings for week 32",
        # "peak in week 32" (not the weeks of something else, "in week 2 of the trial", nor a league's "Week 3")
        r"|(?:(?<=\bin )|(?<=\bfor )|(?<=\bfrom )|(?<=\bby )|(?<=\buntil )|(?<=\bto )|(?<=\bduring )|(?<=\bthrough ))"
        r"(?-i:week)\s+(?P<part_nth_2>[1-9]|[1-4]\d|5[0-3])(?![\w.,]\d)(?!\w)(?!\s+of\b)",
        CALENDAR,
        ("The ministry reported 1,204 dengue cases in epidemiological week 32.", "epidemiological week 32", "2022-W32"),
        ("From EW 1 to EW 18 of 2023, cases rose.", "EW 18 of 2023", "2023-W18"),
        ("In week 9 of 2018, 61 cases were confirmed.", "week 9 of 2018", "2018-W09"),
        ("Bookings for week 32 are already 95% full.", "week 32", "2022-W32"),
        ("Output in calendar week 28 fell.", "calendar week 28", "2022-W28"),
        parts=(("part_unit", Unit.WEEK), ("unit", Unit.YEAR), ("shift", 0)),
    ),
    rule(
        "before_last",
        r"the\s+(?P<unit>week|weekend|month|year)\s+before\s+last(?!\w)",
        CALENDAR,
        ("The complaint was lodged the week before last.", "the week before last", "2022-W01"),
        parts=(("shift", -2),),
    ),
    rule(
        "night_before_last",
        # the night before last night
        r"the\s+(?P<part>night)\s+before\s+last(?!\w)",
        CALENDAR,
        ("The night before last, the alarm went off.", "The night before last", "2022-01-17TNI"),
        parts=(("relative_day", -2),),
    ),
    rule(
        "weekday_before_last",
        # the one before last Thursday
        r"the\s+(?P<weekday>{WEEKDAY})\s+before\s+last(?!\w)",
        CALENDAR,
        ("We flew out the Thursday before last.", "the Thursday before last", "2022-01-06"),
        parts=(("shift", -2),),
    ),
    rule(
        "weekday_after_next",
        # the one after next Thursday
        r"the\s+(?P<weekday>{WEEKDAY})\s+after\s+next(?!\w)",
        CALENDAR,
        ("The hearing resumes the Monday after next.", "the Monday after next", "2022-01-31"),
        parts=(("shift", 2),),
    ),
    rule(
        "weekdays_ago",
        r"(?P<seasons_back>{COUNT})\s+(?P<weekday>{WEEKDAY_STEM})s\s+ago(?!\w)",
        CALENDAR,
        ("The driver struck a cyclist two Saturdays ago.", "two Saturdays ago", "2022-10-01", "2022-10-12"),
        ("Three Fridays ago the plant shut.", "Three Fridays ago", "2022-09-23", "2022-10-12"),
    ),
    rule(
        "weekend",
        # "the holiday weekend", "the long weekend", "the bank holiday weekend": a weekend with a holiday in it
        r"(?:(?P<mod>early|late)\s+)?the\s+(?:long\s+)?(?:bank\s+)?(?:holiday\s+)?(?P<unit>weekend)(?!\w)",
        CALENDAR,
        ("Talks continued over the weekend.", "the weekend", "2022-W02-WE"),
        ("Many investors were away for the holiday weekend.", "the holiday weekend", "2022-W02-WE"),
        ("They will meet at the weekend.", "the weekend", "2022-W03-WE"),
    ),
    rule(
        "event_weekend",
        # "its opening weekend", "the closing weekend": a weekend of the run of an event (not "last weekend", nor
        # "the first weekend of June", a part of a period)
        r"(?:(?<![\w-])(?:the|its|their|his|her)\s+(?P<event_nth>opening|first|second|third|final|closing|last)"
        r"|(?<![\w-])(?P<event_nth_1>opening))\s+(?P<unit>weekend)(?!\w)(?!\s+(?:of|in)\b)(?!['’]s)",
        CALENDAR,
        (
            "The show runs through Jan. 30, and its final weekend draws the biggest crowds.",
            "its final weekend",
            "2022-W04-WE",
        ),
        (
            "The wing opens on Saturday, Jan. 22, with longer hours through the opening weekend.",
            "the opening weekend",
            "2022-W03-WE",
        ),
        ("The film earned $162 million in its opening weekend.", "its opening weekend", "2022-W02-WE"),
        ("Both films are expected to hold well in their second weekend.", "their second weekend", "2022-W03-WE"),
    ),
    rule(
        "year_end",
        r"(?:(?P<year_shift>last|this|next)\s+)?(?P<unit>year)(?:['’]s\s+|[\s-])(?P<mod>end)(?!\w)",
        CALENDAR,
        ("The deal should close by year-end.", "year-end", "2022"),
        ("Prices have risen since last year-end.", "last year-end", "2021"),
        parts=(("shift", 0),),
    ),
    rule(
        "discourse_period",
        # "album of the year" is a title; "other days of the week" names no week
        r"(?!(?=the\s+year){AWARD_OF})(?!(?<=\bdays\sof\s)the\s+week\b)(?!(?<=\bday\sof\s)the\s+week\b)"
        r"(?:(?P<mod>early|late)\s+in\s+the\s+|the\s+(?P<mod_1>beginning|start|middle|end|close)\s+of\s+the\s+"
        r"|{PART_OF_PERIOD}the\s+|(?P<within>earlier|later)\s+in\s+the\s+|the\s+)"
        r"(?:(?P<latest>latest|most\s+recent)\s+|(?:full|entire|whole)\s+|calendar\s+(?=year\b))?(?:(?P<fiscal>fiscal)\s+)?"
        r"(?:(?P<unit>quarter|year|month|week|decade|century)|(?P<period>period))(?!\w)(?!-(?:finals?|final-)\b)"
        # (a quarter of something else: "the quarter-point cut", "the quarter-mile")
        r"(?!(?<=quarter)-(?!end\b))"
        r"(?![\s-]+(?:end(?:ed|ing)|earlier|ago|to\s+date|old|long)\b)(?!\s+{BEFORE_AFTER})(?!['’]s\s+end)(?!-to-)"
        # "a dividend for the period from November 15 through February 14": the dates that follow say which; "the
        # period of national mourning" is named by what follows
        r"(?!(?<=period)\s+(?:from|between|of|\d|(?:{MONTH})(?!\w)))"
        # ("in the year to February" is the twelve months up to it, and "in the week since the invasion" the stretch
        # up to now: see stretch_of_a_unit)
        r"(?!(?<=\bthe\syear){TO_A_MONTH})"
        r"(?!(?:(?<=\bthe\sweek)|(?<=\bthe\syear)|(?<=\bthe\smonth)|(?<=\bthe\sdecade))\s+since\s)",
        CALENDAR,
        ("Sales rose 5% in the third quarter. Profit in the quarter doubled.", "the quarter", "2021-Q3"),
        ("Analysts expect profit for the year to rise.", "the year", "2022"),
        ("Its shares rose in the latest quarter.", "the latest quarter", "2021-Q4"),
        ("Debt fell by the end of the year.", "the end of the year", "2022"),
        ("She will present a plan by the end of the calendar year.", "the end of the calendar year", "2022"),
        ("Shares had fallen since the start of the year before Tuesday.", "the start of the year", "2022"),
        ("Emissions must halve by the end of the decade.", "the end of the decade", "202"),
        ("Seas will rise by the middle of the century.", "the middle of the century", "20"),
        ("She won album of the year; sales will rise for the year.", "the year", "2022"),
        ("Returns slowed after the first week of the year.", "the first week of the year", "2022-W01"),
        ("The weather service said Monday, the last day of the month.", "the last day of the month", "2022-01-31"),
        ("Shops stay open late until the last Friday of the month.", "the last Friday of the month", "2022-01-28"),
        parts=(("discourse", True),),
    ),
    rule(
        "day_end",
        # (not the idiom "at the end of the day": "in the end")
        r"(?:(?<=\bby\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\btill\s))"
        # (nor a day's shift: "shortly before the end of the day shift")
        r"the\s+(?P<mod>end|close)\s+of\s+the\s+(?P<unit>day)(?!\w)"
        r"(?![ \t]+(?!(?:on|in|at|and|or|to|for|as|when|if|but|so|with|from)\b)(?-i:[a-z]))",
        CALENDAR,
        ("Stores should have the jars off shelves by the end of the day.", "the end of the day", "2022-01-19"),
        ("Payments would be processed before the close of the day.", "the close of the day", "2022-01-19"),
        parts=(("discourse", True),),
    ),
    rule(
        "mid_century",
        r"(?<![\w-])(?P<mod>mid)(?:[\s-](?P<unit>century)|-?(?P<unit_1>week|month|year|decade))(?![\w-])",
        CALENDAR,
        ("Emissions must reach net zero by mid-century.", "mid-century", "20"),
        ("Forecasters expect heat through mid-month.", "mid-month", "2022-01"),
        ("The river should fall by midweek.", "midweek", "2022-W03"),
        parts=(("discourse", True),),
    ),
    rule(
        "discourse_period_in_year",
        r"the\s+(?P<year>{YEAR4})\s+(?:(?P<fiscal>fiscal)\s+)?(?:(?P<unit>quarter)|(?P<period>period))(?!\w)",
        CALENDAR,
        ("Profit rose in the third quarter of 2021, but the 2020 period had a gain.", "the 2020 period", "2020-Q3"),
        parts=(("discourse", True),),
    ),
    rule(
        "week_of",
        # (British: "the week commencing 16 June", "the week beginning Monday 5 September")
        r"the\s+(?:(?:entire|whole|full)\s+)?week\s+(?:of|commencing|beginning|starting)\s+(?:{WEEKDAY},?\s+)?"
        r"(?:(?P<month>{MONTH})\s*(?P<day>{DAY})|(?P<day_1>{DAY})\s+(?P<month_1>{MONTH})(?!\s*\d))"
        r"(?:,?\s+(?P<year>{YEAR4}))?",
        CALENDAR,
        ("A hearing is set for the week of March 7.", "the week of March 7", "2022-W10"),
        ("The road closes in the week commencing 16 June.", "the week commencing 16 June", "2022-W24"),
        ("They return in the week beginning Monday 5 September.", "the week beginning Monday 5 September", "2022-W36"),
        ("Schools close the entire week of Nov. 24.", "the entire week of Nov. 24", "2025-W48", "2025-11-12"),
        parts=(("unit", Unit.WEEK), ("containing", Unit.WEEK)),
    ),
    rule(
        "new_year",
        # "in the new year": the year a New Year's Day opens, the next one or the last as the tense says
        # ("knighted in the New Year Honours", the list published at the new year)
        r"the\s+new\s+year(?!\w)(?!['’]s)(?!\s+(?:holiday|day|eve|celebrations?|festivities|honours|honors)\b)",
        CALENDAR,
        ("Talks will resume in the new year.", "the new year", "2023", "2022-12-20"),
        ("Prices have risen so far in the new year.", "the new year", "2024", "2024-01-05"),
        ("Please don't start the new year with a hospital visit.", "the new year", "2022", "2021-12-31"),
        parts=(("holiday", "new_year"), ("containing", Unit.YEAR)),
    ),
    rule(
        "period_ended",
        r"the\s+(?:(?P<fiscal>fiscal)\s+)?(?P<unit>year|quarter|month|week|half)"
        r"(?=\s+end(?:ed|ing)\b(?:\s+(?P<month>{MONTH})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR4}))?)?)"
        # (not the verb: "The year ended on a dry note", "the week ended with a rally")
        r"(?!\s+ended\s+(?:on|with)\s+(?:a|an)\b)",
        DURATION_B,
        ("Profit rose in the year ended Aug. 31.", "the year", "P1Y"),
        ("Profit rose in the quarter ended Sept. 30.", "the quarter", "2021-Q3"),
        ("Sales fell in the year ended Dec. 31, 2020.", "the year", "2020"),
    ),
    # ---------------------------------------------------------------- anaphoric references
    rule(
        "anaphoric_unit",
        # "that Friday" after a verb of saying or thinking is a conjunction and a weekday ("warning that Tuesday
        # and Saturday could be the busiest days"), elsewhere a demonstrative ("resumed that Monday")
        r"(?!(?=that\s){THAT_CLAUSE}that\s+(?:{WEEKDAY}|{HOLIDAY}))"
        # ... and so is "that" before a weekday's possessive: "HBO said Monday that Sunday night's finale drew" (but
        # not opening a sentence: "That Friday's sessions will move")
        r"(?!(?-i:that)\s+{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?['’]s(?!\w))"
        r"(?!{STRETCH_AHEAD})"
        # ... and "following" before a weekday's possessive without an article is a preposition: "paid for the next two
        # weeks following Monday's collapse" (but "the following Monday's meeting" counts on)
        r"(?!following\s+{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?['’]s(?!\w))"
        # ... and before a name of a day or a month: "celebrations following St Patrick's Day", "Following March's vote"
        r"(?!(?<!\bthe\s)(?<!\bThe\s)(?<!\bthat\s)following\s+(?:{HOLIDAY}|{MONTH}|{SEASON})(?![\w-]))"
        # ("the next quarter-century" is a length)
        r"{WITHIN}?(?:(?:the|that)\s+)?(?P<ashift>{ASHIFT})\s+(?:(?P<unit>day|week|weekend|month|year|quarter(?![-\s]centur))"
        r"|(?P<part>morning|afternoon|evening|night)|(?P<weekday>{WEEKDAY})(?:\s+(?P<part_2>morning|afternoon|evening|night))?"
        r"|(?P<date_unit>date)"
        # "that summer", "the following spring", "that February": named in the year the story is in
        # ("deadlines that fall between March 16 and May 31": a verb; "that Dec. 28": a date after a conjunction)
        r"|(?P<season>{SEASON})(?!{FALL_AS_VERB})|(?P<month>{MONTH})(?!\.?\s*(?:{DAY}|{YEAR4}))"
        # ... and "that Christmas (morning)", "the following Easter" (but "the next Leap Day" is the coming one)
        r"|(?<!\bnext\s)(?P<holiday>{HOLIDAY})(?!\s+(?:{HOLIDAY_THING})\b)(?:\s+(?P<part_3>morning|afternoon|evening|night))?)"
        r"(?![\w-])(?!\s+or\s+(?:two|so)\b)"
        # "the week after that", "the day before that"
        r"|the\s+(?P<unit_1>day|week|month|year)\s+(?P<step>after|before)\s+that(?!\w)"
        # "the following decade", "that decade" ("the next decade" counts from now)
        r"|(?:(?:the|that)\s+)?(?P<ashift_1>following|previous|preceding|prior|same|that)\s+(?P<unit_2>decade)(?!\w)"
        # "a rally the Friday before", "late the night before", "the morning after"
        r"|the\s+(?:(?P<weekday_1>{WEEKDAY})|(?P<part_1>morning|afternoon|evening|night))\s+(?P<step_1>{STEP})"
        # British narrative: "driven to Edinburgh on the Sunday", "By the Thursday, managers had drafted in staff",
        # "Elton John on the Sunday night": the story's (not "the Sunday before Easter", "on the Sunday Times
        # website", "by the Tuesday deadline")
        r"|(?:(?<=\b[Oo]n )|(?<=\b[Bb]y ))(?P<ashift_2>the)\s+(?P<weekday_3>{WEEKDAY})"
        r"(?:\s+(?P<part_4>morning|afternoon|evening|night))?(?![\w'’])"
        r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:and|or|but|when|as|in|at|to|with|for|from|that|the|a|an)\b)"
        # a night or day of a stay counted from the day it began: "We left Galway on Friday ... where we spent the
        # first night in a hostel", "by the third evening we had seen whales" (not "the first night of the
        # festival", whose day is the festival's, nor "the first night session")
        r"|(?:the|that)\s+(?P<nth_day>first|second|third|fourth|fifth)\s+(?P<part_5>morning|afternoon|evening|night)"
        r"(?![\w-])(?!\s+(?:of|session|sessions|shift|shifts|show|shows|performance|game|games|match|race)\b)",
        CALENDAR,
        ("The ship sank on Jan. 9. The crew was rescued the next day.", "the next day", "2022-01-10"),
        (
            "We left Galway on Friday, Jan. 7, and spent the first night in a hostel.",
            "the first night",
            "2022-01-07TNI",
        ),
        ("We set off on Jan. 3, and by the third evening we had seen whales.", "the third evening", "2022-01-05TEV"),
        ("He left in 1990 and returned the following year.", "the following year", "1991"),
        ("He spent the 1970s in Sweden and the following decade at Stanford.", "the following decade", "198"),
        ("She moved to Chicago in 1962. That decade, she wrote four novels.", "That decade", "196"),
        ("Rebels took the town on Friday. Later that day they withdrew.", "Later that day", "2022-01-14"),
        ("Shares fell on Friday, Jan. 14, from the previous Friday.", "the previous Friday", "2022-01-07"),
        ("The storm hit on Jan. 7. That Friday, schools closed.", "That Friday", "2022-01-07"),
        ("They met in the spring of 1955. He proposed that Christmas.", "that Christmas", "1955-12-25"),
        ("The auditor quit on Jan. 13. That Friday, shares fell.", "That Friday", "2022-01-14"),
        ("The Queen died on 8 September. Her coffin went to Edinburgh on the Sunday.", "the Sunday", "2021-09-12"),
        (
            "Arctic Monkeys play on Friday 23 June and Elton John on the Sunday night.",
            "the Sunday night",
            "2023-06-25TNI",
            "2023-03-16",
        ),
        ("It opened on March 3, 2021 and closed that same day.", "that same day", "2021-03-03"),
        ("He flew to the moon in 1969, and that summer he landed.", "that summer", "1969-SU"),
        ("The plant closed in fall 2009. The following spring it reopened.", "The following spring", "2010-SP"),
        ("They meet on Aug. 7 and again the week after that.", "the week after that", "2022-W32"),
        ("The sit-in began on Nov. 3, announced at a rally the Friday before.", "the Friday before", "2021-10-29"),
        ("The strike began on Jan. 10 after talks collapsed the night before.", "the night before", "2022-01-09TNI"),
        ("The polls closed on Nov. 8. The morning after, the count resumed.", "The morning after", "2021-11-09TMO"),
        ("Jobless claims rose in October from the previous month.", "the previous month", "2021-09"),
        (
            "Margins rose in the third quarter of 2021 from the third quarter of 2020 and the previous quarter.",
            "the previous quarter",
            "2021-Q2",
        ),
    ),
    rule(
        "month_of_anaphoric_year",
        # "July 1 of that year", "in March of the following year": the month in the year the story is in
        r"(?P<month>{MONTH}|{AMBIGUOUS_MONTH})(?:\s+(?P<day>{DAY}))?,?\s+of\s+(?:the\s+)?(?P<ashift>{ASHIFT})\s+"
        r"(?P<unit>year)(?!\w)",
        CALENDAR,
        (
            "The law took effect in 2019, and enforcement began on July 1 of that year.",
            "July 1 of that year",
            "2019-07-01",
        ),
        ("It opened in 1995 and closed in March of the following year.", "March of the following year", "1996-03"),
    ),
    rule(
        "anaphoric_offset",
        r"(?:the\s+(?=day)|a\s+)(?P<unit>day|night|week|month|year)\s+(?P<direction>{STEP})"
        # ... and one counted from an event, in apposition to the day it dates: "on Thursday, the day after the company
        # warned"
        r"|(?<=, )the\s+(?P<unit_1>day)\s+(?P<direction_1>before|after)(?=\s+(?:the\s+)?[a-z])(?P<apposed>)"
        # ... and the day before an event the text has just dated (annotators leave "the day after" it untagged): "The
        # show is Feb. 14. Unsold seats will be released the day before the show", "ending Sunday, June 2. The auction
        # will be held the day before the fair closes", "members can preview the hall the day before it opens"
        r"|the\s+(?P<unit_2>day)\s+(?P<direction_2>before)"
        r"(?=\s+(?:(?:the|its|their)\s+(?-i:[a-z])|(?:it|they)\s+(?-i:[a-z]+s)\b))",
        OFFSET,
        ("He arrived on Feb. 9, 2022, and left the day after.", "the day after", "2022-02-10"),
        ("Shares fell 19% on Thursday, the day after the company warned on growth.", "the day after", "2022-01-13"),
        ("The show is Feb. 14. Unsold seats go on sale the day before the show.", "the day before", "2022-02-13"),
    ),
    rule(
        "anaphoric_period",
        # "148 cases the week before": the week before the one just named, not seven days back
        r"the\s+(?P<unit>week|weekend|month|year|quarter)\s+(?P<step_back>{STEP})",
        CALENDAR,
        ("Cases rose in the week ending Oct. 14, up from 148 the week before.", "the week before", "2021-W40"),
        ("Schools close on Monday, Jan. 24; stock up by the weekend before.", "the weekend before", "2022-W03-WE"),
        ("Sales fell in March, after rising the month before.", "the month before", "2021-02"),
        ("Cases rose in the week ending Oct. 14, up from 148 the week prior.", "the week prior", "2021-W40"),
    ),
    # ---------------------------------------------------------------- offsets
    rule(
        "offset",
        # "open for more than an hour afterward", "within 48 hours after that": a length, not a point in time
        r"(?<!\bfor )(?<!\bwithin )(?:(?P<approx>{APPROX})\s+)?(?P<count>{COUNT})\s+(?:more\s+)?(?P<unit>{UNIT})"
        r"(?P<and_half>\s+and\s+a\s+half)?"
        r"(?:\s+or\s+(?:so|more|two|three))?"
        # (an anniversary to the day: "Thirty years to the day later", "Forty years later to the day")
        # (not "16 years to the day after Katrina", a length before what it is counted from)
        r"(?:(?P<to_the_day>\s+to\s+the\s+day)(?=\s+{DIRECTION}))?"
        r"\s+(?P<direction>{DIRECTION}|{BEFORE_AFTER}|(?:after|before)\s+that(?=\s*(?:[.,;:!?)”]|$|and\b|but\b)))"
        # (a comparison, once or every time: "15 minutes earlier than usual", "going to bed 15 minutes earlier each
        # night")
        r"(?!\s+(?:than|each|every)\b)"
        # ("missed six weeks earlier this season": a length, then when in the season)
        r"(?!(?:(?<=earlier)|(?<=later))\s+(?:this|last)\s+(?:season|year|month|week|summer|winter|spring|fall|autumn"
        r"|quarter|term|decade|century)\b)"
        r"(?P<to_the_day_1>\s+to\s+the\s+day(?!\w))?",
        OFFSET,
        ("The company was founded two years ago.", "two years ago", "2020"),
        ("Prices rose three days ago.", "three days ago", "2022-01-16"),
        ("She was hired six weeks ago.", "six weeks ago", "2021-W49"),
        ("He was arrested on Jan. 9. Three days later he was freed.", "Three days later", "2022-01-12"),
        ("The first blast came on Jan. 12; two days after that, a second hit.", "two days after that", "2022-01-14"),
        ("It happened a week or so ago.", "a week or so ago", "2022-W02"),
        ("Almost four years ago the war began.", "Almost four years ago", "2018"),
        ("The plant closed a year and a half ago.", "a year and a half ago", "2020-07"),
        ("The jet left on Friday; a minute and a half later it fell.", "a minute and a half later", "PT1M30S"),
        ("The blast came at 3 p.m.; two hours later police arrived.", "two hours later", "2022-01-19T17:00"),
        (
            "She vanished on Sept. 28, 1994. Thirty years to the day later, he returned.",
            "Thirty years to the day later",
            "2024-09-28",
        ),
    ),
    rule(
        "offset_from_day",
        # (not the rate of "three days a week from Monday")
        r"(?<!\bdays\s)(?<!\btimes\s)(?<!\bnights\s)(?<!\bhours\s)"
        # (not "flags will fly for 30 days from Friday", "a poll conducted over three days from Friday": a length
        # starting then)
        r"(?<!\bfor\s)(?<!\bover\s)(?:(?!over\b)(?P<approx>{APPROX})\s+)?(?P<count>{COUNT})\s+(?P<unit>{UNIT})\s+from\s+"
        r"(?:(?P<relday>today|tomorrow|yesterday)|(?P<weekday>{WEEKDAY}))(?!\w)",
        OFFSET,
        ("The vote is two weeks from today.", "two weeks from today", "2022-02-02"),
        ("They meet a week from Thursday.", "a week from Thursday", "2022-01-27"),
        parts=(("direction", 1),),
    ),
    rule(
        "same_time_shifted",
        r"(?:this|that|the\s+(?P<same>same))\s+time\s+(?P<shift_direction>last|next)\s+(?P<unit>year|month|week)(?!\w)",
        OFFSET,
        ("This time last year, prices were falling.", "This time last year", "2021-01-19"),
        ("By the same time next year the plant will be open.", "the same time next year", "2023-01-19"),
        parts=(("period", Unit.DAY),),
    ),
    rule(
        "ago_today",
        # an anniversary: "fifty years ago today" is this day, fifty years back
        r"(?:exactly\s+)?(?:(?P<approx>{APPROX})\s+)?(?P<count>{COUNT})\s+(?P<unit>{UNIT})\s+(?P<direction>ago)\s+"
        r"(?:(?P<lands_on>today|tonight|tomorrow|yesterday|this\s+(?:week|month|morning|afternoon|evening))(?!\w)"
        # AP's anniversaries: "Sixty years ago Wednesday, President John F. Kennedy was shot"
        r"|(?<=years ago )(?P<weekday>{WEEKDAY})(?![\w-]))"
        # ... and "exactly": "Exactly a year ago, Theresa May triggered Article 50" is this day a year back (but "in
        # 1924, exactly 100 years ago" restates the year)
        r"|(?<!\d, )(?P<to_the_day>exactly)\s+(?P<count_1>{COUNT})\s+(?P<unit_1>years?|months?)\s+"
        r"(?P<direction_1>ago)(?!\w)"
        r"(?!\s+(?:today|tonight|tomorrow|yesterday|this|{WEEKDAY})\b)",
        OFFSET,
        ("Fifty years ago today, Apollo 11 lifted off.", "Fifty years ago today", "1972-01-19"),
        ("Twenty years ago tomorrow, euro notes went into circulation.", "Twenty years ago tomorrow", "2002-01-20"),
        ("Thirty years ago tonight, the Wall fell.", "Thirty years ago tonight", "1992-01-19TNI"),
        ("Twenty years ago this morning, a plane struck.", "Twenty years ago this morning", "2002-01-19TMO"),
        ("The Berlin Wall fell 30 years ago this week.", "30 years ago this week", "1992-W03"),
        ("Sixty years ago Wednesday, Kennedy was shot in Dallas.", "Sixty years ago Wednesday", "1962-01-19"),
        ("The war began 100 years ago Thursday.", "100 years ago Thursday", "1922-01-20"),
        ("Exactly a year ago, Theresa May triggered Article 50.", "Exactly a year ago", "2021-01-19"),
    ),
    rule(
        "this_day_in_year",
        # "on this date in 1944", "this day in 1969": the publication's day of the year, that year
        r"(?:this|that)\s+(?:day|date)\s+in\s+(?P<year>{YEAR4})",
        CALENDAR,
        ("Allied troops landed in Normandy on this date in 1944.", "this date in 1944", "1944-01-19"),
        parts=(("relative_day", 0),),
    ),
    rule(
        "weekday_week",
        # British: "Friday week" is a week after the coming Friday
        r"(?<!\ba )(?<!\bthe )(?P<weekday>{WEEKDAY})\s+(?P<unit>week|fortnight)(?![\w-])(?!['’]s)",
        OFFSET,
        ("The inquiry will resume on Friday week.", "Friday week", "2022-01-28"),
        ("He could make his debut on Saturday week.", "Saturday week", "2022-01-29"),
        ("The Dáil will rise for its summer recess on Thursday fortnight.", "Thursday fortnight", "2022-02-03"),
        parts=(("count", 1.0), ("direction", 1), ("shift", 1)),
    ),
    rule(
        "week_on_weekday",
        # British: "a week on Friday", "a fortnight on Saturday": that long after the coming weekday
        # (not "the third time in a week on Sunday", a length and a day)
        r"(?<!\bin )(?<!\bfor )(?<!\bwithin )(?<!\bthan )(?<!\bover )"
        r"a\s+(?P<unit>week|fortnight)\s+on\s+(?P<weekday>{WEEKDAY})(?!\w)(?!['’]s)",
        OFFSET,
        ("Members will walk out a week on Friday.", "a week on Friday", "2022-01-28"),
        parts=(("count", 1.0), ("direction", 1), ("shift", 1)),
    ),
    rule(
        "day_week_hence",
        # British: "today fortnight", "this day fortnight", "a week today", "a week tomorrow"
        r"(?:(?P<relday>today|tomorrow)|(?P<this_day>this\s+day))\s+(?P<unit>week|fortnight)(?!\w)"
        r"|a\s+(?P<unit_1>week|fortnight)\s+(?P<relday_1>today|tomorrow)(?!\w)",
        OFFSET,
        ("The inquest was adjourned until this day fortnight.", "this day fortnight", "2022-02-02"),
        ("The strike starts a week tomorrow.", "a week tomorrow", "2022-01-27"),
        parts=(("count", 1.0), ("direction", 1)),
    ),
    rule(
        "year_ago_period",
        # (not a comparison: "will open a year earlier than planned")
        r"(?:(?:the|a)\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:(?P<unit>year)[\s-](?P<direction>earlier|ago)(?!\w)"
        r"(?!\s+than\b)"
        r"(?:\s+(?:(?P<quarter>{ORDINAL4})[\s-]+)?(?P<period>period|quarter|month|levels?|results|figures?))?"
        # "the prior-year quarter": only before the period it compares ("the prior year" alone is anaphoric)
        r"|(?P<direction_1>prior|previous)-(?P<unit_1>year)\s+(?:(?P<quarter_1>{ORDINAL4})[\s-]+)?"
        r"(?P<period_1>period|quarter|month)"
        # "the same period last year", "the corresponding quarter a year earlier": the period under discussion,
        # a year back (or that year, when no period is under discussion)
        r"|(?:(?:the\s+)?(?P<same>same|corresponding|comparable|equivalent)\s+(?P<period_2>period|quarter|half|month|week|day)"
        r"|the\s+(?P<period_7>quarter|half))\s+(?:(?:of|in)\s+)?(?:(?P<direction_2>last)\s+(?P<unit_2>year)"
        r"|a\s+(?P<unit_3>year)\s+(?P<direction_3>earlier|ago|before)"
        r"|the\s+(?P<direction_4>previous|prior|preceding)\s+(?P<unit_4>year)"
        r"|the\s+(?P<unit_5>year)\s+(?P<direction_5>before))"
        # "last year's quarter": the quarter under discussion, a year back
        r"|(?P<direction_6>last)\s+(?P<unit_6>year)['’]s\s+(?P<period_6>period|quarter|half)"
        # "the same period of 2019": the period under discussion, in the year named
        r"|(?:the\s+)?(?P<same_2>same|corresponding|comparable|equivalent)\s+(?P<period_8>period|quarter|half|month|week)"
        r"\s+(?:of|in)\s+(?P<year>{YEAR4}))(?![\w-])",
        OFFSET,
        (
            "Profit rose in the third quarter of 2021 from the year-earlier period.",
            "the year-earlier period",
            "2020-Q3",
        ),
        ("Third-quarter sales of 2021 beat the year-ago quarter.", "the year-ago quarter", "2020-Q3"),
        ("Footfall rose 6.7% on the same day last year.", "the same day last year", "2021-01-19"),
        ("It lost $5 million in the third quarter, compared with a year-earlier loss.", "a year-earlier", "2020-Q3"),
        (
            "Sales in the fourth quarter rose from the comparable year-ago quarter.",
            "the comparable year-ago quarter",
            "2020-Q4",
        ),
        ("Margins widened in the third quarter from the prior-year quarter.", "the prior-year quarter", "2020-Q3"),
        (
            "Net income in the third quarter rose from $2 million in the same period last year.",
            "the same period last year",
            "2020-Q3",
        ),
        ("Exports rose 8% in May from the same month a year earlier.", "the same month a year earlier", "2020-05"),
        ("Entries fell in the first half of 2023 from the same period of 2019.", "the same period of 2019", "2019-H1"),
        ("Since January, arrivals are down 22% from the same period last year.", "the same period last year", "2021"),
        (
            "Third-quarter profit rose to $5 million from $3 million in last year's quarter.",
            "last year's quarter",
            "2020-Q3",
        ),
        ("Profit in the third quarter beat that of the quarter a year ago.", "the quarter a year ago", "2020-Q3"),
        parts=(("compared", True),),
    ),
    rule(
        "in_offset",
        # "in a quarter that produced a loss" describes a period, it does not count one off
        # (and "more readers in a day than ..." compares lengths)
        # ("to be phased in over five years": the particle of a verb before a length)
        r"(?<=\bin )(?<!\bphased in )(?<!\bphase in )(?<!\bphasing in )(?<!\bphases in )"
        r"(?:(?P<approx>{APPROX})\s+)?(?P<count>{COUNT})\s+(?P<unit>{UNIT})(?![\w-])"
        r"(?:(?P<and_half>\s+and\s+a\s+half)(?!\w))?"
        # ("73 home runs in a season" counts a sports season; "fold in a quarter of the sugar" a fraction)
        r"(?<!season)(?<!seasons)(?!(?<=quarter)\s+of\b)"
        # ("remained in a second wallet": an ordinal before its noun)
        r"(?!(?<=\ba second)\s+(?!(?:or|and)\b)[a-z])"
        r"(?!\s+(?:that|which|when|where|in\s+which|than)\b)"
        # "penciled in three quarter-point cuts": a fraction of a percentage point
        r"(?!(?:(?<=quarter)|(?<=half))[\s-]+(?:percentage[\s-]+)?points?\b)",
        OFFSET,
        ("The contract will expire in two years.", "two years", "2024"),
        ("Prices rose for the first time in three years.", "three years", "P3Y"),
        ("They will hold their first talks in a year.", "a year", "P1Y"),
        ("Rates will reach their highest level in a decade.", "a decade", "P10Y"),
        ("A second outing is planned in about a week and a half.", "about a week and a half", "P1.5W"),
    ),
    # ---------------------------------------------------------------- durations
    rule(
        "rate",
        # "per" makes a rate of money ("$9.99 per month"), not of a measure ("58 kilometers per second")
        # a count of times is a rate whatever follows: "has met twice a week since July"
        r"(?P<times>once|twice|thrice|(?:{NUMBER})\s+times)\s+(?:a|an|per)\s+"
        r"(?P<unit_2>year|month|fortnight|week|day|hour|night|quarter|minute|decade|century)(?!\w)(?!\s+(?:ago|later|earlier)\b)"
        r"|(?:{AFTER_QUANTITY}(?:a|an)"
        r"|(?:(?<=\d )|(?<=cents )|(?<=dollars )|(?<=pounds )|(?<=euros )|(?<=yen )|(?<=million )|(?<=billion ))per)\s+"
        r"(?P<unit>year|month|fortnight|week|day|hour|night|quarter|minute)(?![\w-])"
        # ("plans a day of action" names an event; "closes a month-long run" names a length; "a year from now" counts
        # from a moment; but "eight performances a week since its opening" and "$11.99 a month from $10.99" or "from
        # next Monday" are rates)
        r"(?!\s+(?:after(?!\s+tax)|before(?!\s+tax)|ago|later|earlier|of)\b)"
        r"(?!\s+from\s+(?:now|today|tonight|then|that|this|when|the\s+(?:date|day|time|moment))\b)"
        # days that recur within a longer unit: "return to the office three days a week from Monday"
        r"|(?P<times_1>(?:{NUMBER})\s+(?:days|nights))\s+(?:a|an|per)\s+(?P<unit_1>week|month|year)(?!\w)"
        r"(?!\s+(?:after|before|ago|later|earlier)\b)"
        # ... and either before a noun: "the twice-a-year clock change", "a four-night-a-week residency"
        r"|(?P<times_2>once|twice|thrice|(?:{NUMBER})-(?:day|night|times?))-(?:a|an|per)-"
        r"(?P<unit_3>year|month|fortnight|week|day|decade)(?![\w-])",
        SET_B,
        ("The fee is $5 a year.", "a year", "P1Y"),
        ("Staff return three days a week from Monday.", "three days a week", "P1W"),
        ("Borrowers will pay roughly $30 more a fortnight.", "a fortnight", "P2W"),
        ("Children should have no more than two hours of screen time a day.", "a day", "P1D"),
        ("The hospital delivers roughly six a day.", "a day", "P1D"),
        ("She was walking a mile a day by May.", "a day", "P1D"),
        ("The board meets twice a year.", "twice a year", "P1Y"),
        ("Such heat was once expected once a century.", "once a century", "P100Y"),
        ("Officers do dozens of interviews a day.", "a day", "P1D"),
        ("It has held meetings with workers twice a week since July.", "twice a week", "P1W"),
        ("The show has played eight performances a week since its opening.", "a week", "P1W"),
        ("The service expects to vaccinate about 135,000 people a week.", "a week", "P1W"),
        ("Ontario voted to end the twice-a-year clock change.", "twice-a-year", "P1Y"),
        ("The festival is a once-a-decade event.", "once-a-decade", "P10Y"),
        ("The plan will cost $11.99 a month from $10.99.", "a month", "P1M"),
        ("Bills will rise by £4 a month from 31 March.", "a month", "P1M"),
        ("He will earn around €30m a year after tax.", "a year", "P1Y"),
        ("Late payers owe interest of 1 per cent a month.", "a month", "P1M"),
        ("Workers who lose 20 hours or more a week qualify.", "a week", "P1W"),
    ),
    rule(
        "stretch_of_a_unit",
        # "the coming fortnight": a fortnight has no calendar of its own, so only its length is known; and
        # a stretch one spends is a length: "Teams have spent the last week reshaping rosters"
        # (but "at the last minute" is an idiom)
        r"the\s+(?:next|coming|past|last|previous|following|first|final)\s+(?P<unit>fortnight|hour|minute)(?!\w)"
        r"(?<!\blast\sminute)(?<!\bfinal\sminute)(?P<and_half>\s+and\s+a\s+half(?!\w))?"
        r"|(?:(?<=\bspent\s)|(?<=\bspend\s)|(?<=\bspends\s)|(?<=\bspending\s))"
        r"the\s+(?:next|coming|past|last|previous|following|first|final)\s+(?P<unit_1>week|month|year|day|decade)(?!\w)"
        # ... and so is one a state lasts for or a change is spread over: "stayed for the next decade", "toured for
        # much of the next decade", "will roll out over the next year" (see STRETCH_AHEAD)
        # ... and so is a stretch with its half: "within the next year and a half", "over the past month and a half"
        r"|the\s+(?:next|coming|past|last|previous|following|first|final)\s+(?P<unit_3>day|week|month|year|decade)"
        r"(?P<and_half_1>\s+and\s+a\s+half)(?!\w)"
        r"|(?=(?:{STRETCH_AHEAD}))the\s+(?:next|following|ensuing|coming)\s+(?P<unit_2>week|month|year|decade|century)(?!\w)"
        # ... and the twelve months up to a month, as statisticians count them: "fell to zero in the year to February",
        # "in the year to the March quarter"
        r"|the\s+(?P<unit_4>year)(?={TO_A_MONTH})"
        # ... and the stretch from an event to now: "In the week since the invasion began", "the year since his death"
        r"|the\s+(?P<unit_5>week|fortnight|month|year|decade)(?=\s+since\s)",
        DURATION_B,
        ("Patrols will be stepped up over the coming fortnight.", "the coming fortnight", "P2W"),
        ("Coming up in the next hour: the best of this year's music.", "the next hour", "PT1H"),
        ("The eclipse sweeps across the country over the next hour and a half.", "the next hour and a half", "PT1H30M"),
        ("Teams have spent the last week reshaping rosters.", "the last week", "P1W"),
        ("In the week since the invasion began, a million people fled.", "the week", "P1W"),
        ("Little has changed in the year since his death.", "the year", "P1Y"),
        ("She joined the bureau in 1972 and stayed for the next decade.", "the next decade", "P10Y"),
        ("A successor will be named within the next month.", "the next month", "P1M"),
        ("Rates must rise sharply over the next decade.", "the next decade", "P10Y"),
        ("The line will be closed for the next year and a half.", "the next year and a half", "P1.5Y"),
        ("Prices fell to zero in the year to February.", "the year", "P1Y"),
        parts=(("count", 1.0),),
    ),
    rule(
        "modal_one_day",
        # "will one day be": after a modal, "one day" is some time to come, not a length of time
        _after(["will", "would", "could", "might", "may", "can", "shall", "should", "must"]) + r"one\s+day(?!\w)",
        VAGUE_B,
        ("Islam will one day be the second largest religion.", "one day", "FUTURE_REF"),
        value="FUTURE_REF",
    ),
    rule(
        "military_clock",
        # police and military time, four figures and "hours" after "at" (listed before "duration", which would read a
        # length of 2,340 hours): "at approximately 2340 hours" (but "logged 2340 hours" is a length)
        r"(?:(?<=\bat\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
        r"(?:(?P<clock_approx>{CLOCK_APPROX})\s+)?(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s+(?:hours|hrs)(?!\w)"
        r"(?:\s+(?P<zone>(?-i:{ZONE}))(?!\w))?{CLOCK_DAY}"
        # ... and without "hours" before the day it is on: "left Peel at 0400 on 9 October 2022", "at about 2340 that
        # night", "just before 0300 the next day"
        r"|(?:(?<=\bat\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\buntil\s)|(?<=\baround\s))"
        r"(?:(?P<clock_approx_1>{CLOCK_APPROX})\s+)?(?P<hour_1>[01]\d|2[0-3])(?P<minute_1>[0-5]\d)"
        r"(?=\s+(?:on\s+(?:\d|{WEEKDAY}|{MONTH})|that\s+(?:night|morning|evening|afternoon|day)\b"
        r"|the\s+(?:next|following|previous)\s+(?:day|morning|night|evening)\b))"
        # ... and with its zone ("by 0500 AEDT"), or with a leading zero no year has ("until 0730", "at 0900")
        r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\baround\s)|(?<=\bfrom\s)"
        # (or closing a range from four figures: "between 2100 and 0600 each night")
        r"|(?<=\bbetween\s)|(?<=\d{4}\sand\s)|(?<=\d{4}\sto\s))"
        r"(?:(?P<clock_approx_2>{CLOCK_APPROX})\s+)?"
        # (GMT and UTC are read wherever they stand: see clock_24h)
        r"(?:(?P<hour_2>[01]\d|2[0-3])(?P<minute_2>[0-5]\d)\s*(?!(?-i:GMT|UTC|Z)\b)(?P<zone_1>(?-i:{ZONE}))(?!\w)"
        r"|(?P<hour_3>0\d)(?P<minute_3>[0-5]\d)(?!\w)(?![.,:/-]\d)(?!\s+local\s+time\b))",
        CALENDAR,
        ("Officers responded at approximately 2340 hours.", "approximately 2340 hours", "2022-01-19T23:40"),
        ("Residents had been told to leave by 0500 AEDT.", "0500 AEDT", "2022-01-19T05:00"),
        ("The ferry will not depart until 0730.", "0730", "2022-01-19T07:30"),
        ("Navigation is suspended between 2100 and 0600 each night.", "0600", "XXXX-XX-XXT06:00"),
        ("The search resumed at 0600 hours Sunday.", "0600 hours Sunday", "2022-01-16T06:00"),
        ("The aircraft took off at 1012 hrs.", "1012 hrs", "2022-01-19T10:12"),
        ("The ceasefire came into force from 1700 hours IST.", "1700 hours IST", "2022-01-19T17:00"),
        ("The vessel left Peel at 0400 on 9 October 2021.", "0400", "2021-10-09T04:00"),
        type=TIME,
    ),
    rule(
        "duration",
        # ("rocks possibly as old as 4.28 billion years": an age)
        r"(?<!\bold\sas\s){NOT_SPEED}(?!(?:a|an|the|one)\s+second(?!s))(?!(?:a|an)\s+quarter\s+of(?!\s+an?\s+{UNIT_SINGULAR}\b))"
        # a length in title case inside a sentence is a name: "Thirty Seconds to Mars", "Five Nights at Freddy's"
        r"(?!(?:(?<=, )|(?<=(?-i:[a-z]) ))(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)(?!\w))"
        # "could have cut exports by a quarter", "fell by roughly a quarter", "down about a quarter": a fraction
        r"(?!(?:{BEFORE_A_FRACTION})(?:(?:roughly|about|nearly|almost|some|around)\s+)?(?:a|one)\s+quarter\b)"
        # "the general sale following four days later": a participle before an offset, not "the following four days"
        r"(?!following\s+(?:\S+\s+){1,3}(?:later|earlier)\b)"
        # "the 2025, 2026 and 2027 calendar years" are years named, not a count of them
        r"(?!(?:1[5-9]|20)\d\d\s+(?:calendar|fiscal|financial|school|academic|tax)\s+years\b)"
        # ("a months-long inquiry" counts no months)
        r"(?!(?:a|an)\s+{UNIT_PLURAL}\b)"
        # "will last 1 hour and 43 minutes", "will begin at 3:13 p.m. and last 3 minutes": the verb, not "the last
        # hour"
        r"(?!{AFTER_AUXILIARY}last\s)(?!(?<=\band\s)last\s)"
        r"(?!(?<=\bat\s){CLOCK_APPROX}\s+(?:(?:zero|oh)\s+)?{HOUR24_WORD}\s+hundred\s+hours\b)"
        # (not the end of a compound: "reached a semi-final twenty-eight years ago")
        r"(?:(?P<approx>{DURATION_APPROX})\s+(?!the\b))?(?:the\s+)?(?:(?<![\w-])(?:past|last|next|first|final|coming"
        r"|previous|initial|latest|remaining|following|entire|whole|same|additional|further)\s+(?!an?\s))?"
        # "at twenty-two hundred hours" is a clock time
        r"(?!(?<=\bat\s)(?:(?:zero|oh)\s+)?{HOUR24_WORD}\s+hundred\s+hours\b)"
        r"(?!(?:(?:zero|oh)\s+)?{HOUR24_WORD}\s+hundred(?:\s+hours)?\s+{SPOKEN_ZONE})"
        # (years of accounts are counted, but "a fiscal year" is a kind of year: "changed from a fiscal year to a
        # calendar year")
        r"(?:(?P<count>{COUNT})\s+{DURATION_ADJECTIVE}(?:(?:fiscal|financial|academic)\s+(?=years\b))?"
        r"(?P<unit>{UNIT_PLURAL})"
        r"|(?<![-–/.])(?P<count_1>{COUNT_ONE})\s+{DURATION_ADJECTIVE}(?P<unit_1>{UNIT_SINGULAR})"
        r"(?:(?P<and_half>\s+and\s+a\s+half)|(?P<and_quarter>\s+and\s+a\s+quarter)(?!\s+of\b)"
        r"|(?P<and_three_quarters>\s+and\s+three[\s-]quarters))?)"
        # (an age: "a 45-year-old", "98 years young", "Aged 78 years", "everyone 6 months and older")
        r"(?!\w)(?![\s-]+(?:old|young)\b)(?!\s+(?:and|or)\s+(?:older|over|up(?!\s+to\b)|younger)\b)"
        r"(?<!\baged\s\d\d\syears)(?<!\baged\s\d\d\d\syears)"
        # "three seasons in Boston", "capped a season that began badly": sports seasons, not quarters of a year
        r"(?<!season)(?<!seasons)"
        # "the Falcon 9 second stage", "a 2 second half": an ordinal before what it ranks
        r"(?!(?<=\ssecond)\s+(?:stage|half|round|leg|place|term|tier|phase|floor|innings|wave|generation|series)\b)"
        # "a day-care unit", "a day hike", "a night owl": a kind of thing named after a length
        r"(?!-(?!long\b)[A-Za-z])"
        r"(?!\s+(?:hike|trip|job|pass|ticket|tour|visitor|care|school|student|owl|shift|club|bus|flight|nurse)s?\b)"
        # ("a night out" is an outing)
        r"(?!(?<=night)\s+out\b)"
        # "three quarters of the vote" is a fraction; "eight straight quarters of growth" a length
        r"(?!(?<=quarter)\s+of\b)(?!(?:(?<=\btwo[\s-]quarters)|(?<=\bthree[\s-]quarters)|(?<=\b2\squarters)"
        r"|(?<=\b3\squarters))\s+of\b)"
        # "a quarter would accept a pay cut", "paying about a quarter less": a fraction of people or of an amount
        r"(?!(?<=\ba\squarter)\s+(?:would|will|said|say|says|were|are|less|more|fewer)\b)"
        # "a quarter to a third of them", "a half or more": a fraction, not three months
        r"(?!(?<=quarter)\s+(?:to|or)\s+(?:a|one|two)\s+(?:third|half|fifth|quarter)s?\b)"
        # "two and a quarter miles": a fraction of a measure
        r"(?!(?<=quarter)\s+(?:{COUNTED})(?!\w))"
        # "a quarter point", "a half-point cut": a fraction of a percentage point
        r"(?!(?:(?<=quarter)|(?<=half))[\s-]+(?:percentage[\s-]+)?points?\b)"
        r"(?:\s+or\s+(?:so|more))?",
        DURATION_B,
        ("The war lasted three years.", "three years", "P3Y"),
        ("Sales rose over the past two months.", "the past two months", "P2M"),
        ("He spent 18 months in jail.", "18 months", "P18M"),
        ("Marinate for at least 4 hours or up to 2 days.", "at least 4 hours", "PT4H"),
        ("Active time: 35 min. Total time: 2 hours.", "35 min", "PT35M"),
        ("The lander works for one lunar day, about 14 Earth days.", "14 Earth days", "P14D"),
        ("Losses in the first nine months narrowed.", "the first nine months", "P9M"),
        ("It will restate results for the previous two fiscal years.", "the previous two fiscal years", "P2Y"),
        ("Talks lasted a few days.", "a few days", "PXD"),
        ("It took several years.", "several years", "PXY"),
        ("It will last at least 20 more years.", "at least 20 more years", "P20Y"),
        ("Polls closed at 7 p.m., but sites stayed open for more than an hour afterward.", "more than an hour", "PT1H"),
        ("They waited 1 1/2 hours.", "1 1/2 hours", "PT1H30M"),
        ("It ended eight straight quarters of growth.", "eight straight quarters", "P24M"),
        ("The pilot called after a minute and a half.", "a minute and a half", "PT1M30S"),
        ("Talks lasted an hour and a half.", "an hour and a half", "PT1H30M"),
        ("The fire burned for a quarter of an hour.", "a quarter of an hour", "PT15M"),
        ("It took nearly a quarter of a century.", "nearly a quarter of a century", "P25Y"),
        ("The hearing lasted an hour and a quarter.", "an hour and a quarter", "PT1H15M"),
        ("The final lasted an hour and three-quarters.", "an hour and three-quarters", "PT1H45M"),
        ("The flight took two and a quarter hours.", "two and a quarter hours", "PT2H15M"),
        ("The shift ran eight and three-quarter hours.", "eight and three-quarter hours", "PT8H45M"),
        ("Rescuers worked for 27½ hours.", "27½ hours", "PT27H30M"),
        ("The final lasted 38½ minutes.", "38½ minutes", "PT38M30S"),
        ("The speech ran three quarters of an hour.", "three quarters of an hour", "PT45M"),
        ("They were jailed for 22 and a half years.", "22 and a half years", "P22.5Y"),
        # a comparison, not an offset ("a year later" than a date): "a year" is a length
        ("The stadium opened on Friday, a year later than planned.", "a year", "P1Y"),
        ("The strike lasted three and a half weeks.", "three and a half weeks", "P3.5W"),
        ("The repairs are expected to last a year and a half.", "a year and a half", "P1.5Y"),
        ("He has lived there for a decade.", "a decade", "P10Y"),
        ("The strike lasted twenty-four hours.", "twenty-four hours", "PT24H"),
        ("Markets will be watched over the next half hour.", "the next half hour", "PT30M"),
        ("Prices fell for eight trading days.", "eight trading days", "P8D"),
        ("It marks 40 years of the blockade.", "40 years", "P40Y"),
        ("He farmed the same land for sixty-odd years.", "sixty-odd years", "P60Y"),
        ("The voyage lasted a hundred and seventy-eight days.", "a hundred and seventy-eight days", "P178D"),
        ("Funds hold more than a quarter of the market; losses lasted two quarters.", "two quarters", "P6M"),
        # not "in a quarter" from now: the relative clause describes the quarter (see in_offset)
        ("Taxes would be minimal in a quarter that produced a loss.", "a quarter", "P3M"),
    ),
    rule(
        # the count before the word that places it: "revised its figures for the two previous months"
        "counted_then_placed",
        r"the\s+(?P<count>{COUNT})\s+(?:previous|preceding|prior|past|following|next|coming)\s+(?P<unit>{UNIT_PLURAL})(?!\w)",
        DURATION_B,
        ("The department revised its figures for the two previous months.", "the two previous months", "P2M"),
        ("Rain is expected over the three following days.", "the three following days", "P3D"),
    ),
    rule(
        "compound_duration",
        # a length in two units, the larger first: "four hours and 42 minutes", "3 years 6 months", "4 hours, 57
        # minutes"
        r"(?:(?P<approx>{DURATION_APPROX})\s+)?(?:the\s+)?(?P<count>{NUMBER}|an?|one)\s+(?:"
        r"(?P<unit>years?)(?:\s*,)?\s+(?:and\s+)?(?P<extra_count>{NUMBER})\s+(?:(?P<extra_unit>months?)"
        r"(?:(?:\s*,)?\s+(?:and\s+)?(?P<third_count_2>{NUMBER})\s+(?P<third_unit_2>days?))?|(?P<extra_unit_6>days?))"
        r"|(?P<unit_1>months?)(?:\s*,)?\s+(?:and\s+)?(?P<extra_count_1>{NUMBER})\s+(?P<extra_unit_1>(?:weeks?|days?))"
        r"|(?P<unit_2>weeks?)(?:\s*,)?\s+(?:and\s+)?(?P<extra_count_2>{NUMBER})\s+(?P<extra_unit_2>days?)"
        r"|(?P<unit_3>days?)(?:\s*,)?\s+(?:and\s+)?(?P<extra_count_3>{NUMBER})\s+(?P<extra_unit_3>hours?)"
        r"(?:(?:\s*,)?\s+(?:and\s+)?(?P<third_count>{NUMBER})\s+(?P<third_unit>minutes?)"
        r"(?:(?:\s*,)?\s+(?:and\s+)?(?P<fourth_count>{NUMBER})\s+(?P<fourth_unit>seconds?))?)?"
        r"|(?P<unit_4>hours?)(?:\s*,)?\s+(?:and\s+)?(?P<extra_count_4>{NUMBER})\s+(?P<extra_unit_4>minutes?)"
        r"(?:(?:\s*,)?\s+(?:and\s+)?(?P<third_count_1>{NUMBER})\s+(?P<third_unit_1>seconds?))?"
        r"|(?P<unit_5>minutes?)(?:\s*,)?\s+(?:and\s+)?(?P<extra_count_5>{NUMBER})\s+(?P<extra_unit_5>seconds?)"
        r")(?!\w)",
        DURATION_B,
        ("The match lasted four hours and 42 minutes.", "four hours and 42 minutes", "PT4H42M"),
        ("Totality lasts up to 4 minutes and 28 seconds.", "up to 4 minutes and 28 seconds", "PT4M28S"),
        ("He served 3 years 6 months in prison.", "3 years 6 months", "P3Y6M"),
        ("She left office three years and 11 days after taking it.", "three years and 11 days", "P3Y11D"),
        ("He reigned 63 years, 7 months and 2 days.", "63 years, 7 months and 2 days", "P63Y7M2D"),
        ("The final lasted 4 hours, 57 minutes.", "4 hours, 57 minutes", "PT4H57M"),
        ("She ran it in 4 hours, 51 minutes and 12 seconds.", "4 hours, 51 minutes and 12 seconds", "PT4H51M12S"),
        (
            "The crew spent eight days, three hours and 18 minutes in orbit.",
            "eight days, three hours and 18 minutes",
            "P8DT3H18M",
        ),
        ("The strike lasted two weeks and three days.", "two weeks and three days", "P17D"),
        ("The flight took a day and 10 hours.", "a day and 10 hours", "P1DT10H"),
        (
            "The race record is one day, 18 hours, 23 minutes and 12 seconds.",
            "one day, 18 hours, 23 minutes and 12 seconds",
            "P1DT18H23M12S",
        ),
        ("Tonight's eclipse will last 1 hour and 43 minutes.", "1 hour and 43 minutes", "PT1H43M"),
        ("Totality will begin at 3:13 p.m. and last 3 minutes and 51 seconds.", "3 minutes and 51 seconds", "PT3M51S"),
    ),
    rule(
        "quarter_century",
        # a length after its article ("its quarter-century low" describes a level)
        r"(?:(?P<approx>{DURATION_APPROX})\s+)?(?:a|the\s+(?:past|last|next|coming))\s+quarter(?:[\s-]+|\s+of\s+a\s+)century(?!\w)"
        r"(?![\s-]+old\b)",
        DURATION_B,
        ("An investor who bought at the peak waited a quarter-century to break even.", "a quarter-century", "P25Y"),
        ("For the past quarter-century, they have fed the town.", "the past quarter-century", "P25Y"),
        ("The last quarter of a century was hard.", "The last quarter of a century", "P25Y"),
        ("The deal will shape the town for the next quarter-century.", "the next quarter-century", "P25Y"),
        parts=(("count", 25), ("unit", Unit.YEAR)),
    ),
    rule(
        "written_clock_length",
        # a length as timetables and race results write it: "delayed 1h15m", "a 2h 30min wait"
        r"(?<![\w.:])(?P<hours_written>\d{1,2})h\s?(?P<minutes_written>[0-5]?\d)(?:m|min|mins)(?!\w)",
        DURATION_B,
        ("Flight BA117 is delayed 1h15m.", "1h15m", "PT1H15M"),
        ("Expect a 2h 30min wait at the border.", "2h 30min", "PT2H30M"),
    ),
    rule(
        "duration_adjective",
        # "an eight-season run" counts TV or sports seasons, not quarters of the year; "the 14th Five-Year
        # Plan" is a name
        r"(?!(?-i:[A-Z][a-z]+-[A-Z][a-z]+\s+[A-Z]))"
        # ("the twenty-second" is an ordinal; "reached his half-century" is cricket's fifty runs)
        r"(?!(?<=\bthe )[a-z]+-second\b)"
        r"(?!(?:(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<=\bmaiden )|(?<=\bbrisk )|(?<=\bquick )|(?<=\bfluent )"
        r"|(?<=\bfighting ))half-century\b)"
        # ("a zero-day flaw" is one not yet known to its maker, "a zero-hour contract" one without set hours)
        r"(?<![\d,.])(?!zero-)(?P<count>\d{1,3}[½¼¾]?|{NUMBER_WORD}|several|multi|half)(?P<and_half>-and-a-half)?-(?!season)"
        r"(?P<unit>{UNIT_SINGULAR})(?:-long)?(?!-?\w)"
        # "a one-day series", "one-day world champions": cricket's fifty-over game, not a length
        r"(?!(?<=\bone-day)\s+(?:series|internationals?|world|cup|format|side|team|squad|captain|cricket|champions"
        r"|games?|match|matches)\b)"
        # "a 24-hour diner", "the 24-hour Wawa": open around the clock, no length of time
        r"(?!(?<=\b24-hour)\s+(?:(?:{ROUND_THE_CLOCK})\b|(?-i:[A-Z])))"
        # "the 24-hour clock", "a 12-hour format": a way of telling the time
        r"(?!(?:(?<=\b24-hour)|(?<=\b12-hour))\s+(?:clock|format|time|display|notation|system|dial|bezel)\b)",
        DURATION_B,
        ("He signed a two-year contract.", "two-year", "P2Y"),
        ("The probe flies past Pluto after a nine-and-a-half-year journey.", "nine-and-a-half-year", "P9.5Y"),
        ("After a 10-day strike, talks resumed.", "10-day", "P10D"),
        ("The 1½-hour meeting ended without a deal.", "1½-hour", "PT1H30M"),
        ("A five-hour meeting ended.", "five-hour", "PT5H"),
    ),
    rule(
        "vague_stretch_of_units",
        r"(?:(?:the|these)\s+)?(?P<stretch>{VAGUE_STRETCH})\s+(?P<unit>{UNIT_PLURAL})(?!\w)"
        # ("in past years" alone is the past, PAST_REF)
        r"|(?:the|these)\s+(?P<stretch_1>past)\s+(?P<unit_3>{UNIT_PLURAL})(?!\w)"
        r"|the\s+(?P<unit_1>{UNIT_PLURAL})\s+ahead"
        r"|a\s+matter\s+of\s+(?P<unit_2>{UNIT_PLURAL})(?!\w)",
        DURATION_B,
        ("Sales fell in recent years.", "recent years", "PXY"),
        ("Officials expect the pause to last a matter of days.", "a matter of days", "PXD"),
        ("Talks continue in the coming weeks.", "the coming weeks", "PXW"),
        ("Prices may rise in the months ahead.", "the months ahead", "PXM"),
        ("These past months have tested every one of us.", "These past months", "PXM"),
        parts=(("vague_count", True),),
    ),
    rule(
        "the_plural_units",
        # "over the years", "in the years that followed", "in the early years,": an unknown stretch
        r"(?:(?<=\bover )|(?<=\bin )|(?<=\bduring )|(?<=\bthrough ))the\s+(?:(?:early|later|final|first)\s+)?"
        r"(?P<unit>years|decades|months|weeks)(?=\s+(?:that\s+)?followed\b|\s+since\b|\s*[,.;:]"
        r"|\s+(?:many|more|most|the|a|an|it|he|she|they|we|his|her|their|its)\b)",
        DURATION_B,
        ("Over the years, the town grew.", "the years", "PXY"),
        ("In the years that followed, the rebels won.", "the years", "PXY"),
        parts=(("vague_count", True),),
    ),
    rule(
        "long_adjective",
        r"(?P<unit>day|week|month|year|decade|hour|century)(?P<plural>s)?-?long(?!\w)",
        DURATION_B,
        ("It was their third day-long meeting.", "day-long", "P1D"),
        ("The decades-long feud ended.", "decades-long", "PXDE"),
        ("It followed a yearlong pilot.", "yearlong", "P1Y"),
    ),
    rule(
        "vague_stretch",
        r"(?<=\bfor )(?:a\s+(?:long\s+|short\s+|little\s+)?while|some\s+time|a\s+(?:long|short)\s+time)(?!\w)",
        DURATION_B,
        ("They will stay for some time.", "some time", "PXX"),
        ("We have to live without it for a while.", "a while", "PXX"),
        value="PXX",
    ),
    rule(
        "bare_plural_duration",
        r"(?:(?<=\bfor )|(?<=\bin )|(?<=\bwithin )|(?<=\btake )|(?<=\btakes )|(?<=\btook )|(?<=\btaking )"
        r"|(?<=\btaken )|(?<=\blasted )|(?<=\blasts )|(?<=\blasting )|(?<=\bspent )|(?<=\bspend )|(?<=\bspends )"
        r"|(?<=\bspending )|(?<=\bonly )|(?<=\bjust )|(?<=\bwaited )|(?<=\bwaiting )|{AFTER_A_BARE_LENGTH}"
        # (what a change was measured by: "set back the programme by years", "delayed by months"; not "by years' end")
        r"|(?<=\bby ))"
        r"(?P<unit>years|months|weeks|days|decades|hours|minutes|seconds|centuries)"
        # (a distance between two times is no length of its own: "bombings only minutes apart")
        r"(?![\w'’])(?!\s+(?:of|ago|later|earlier|before|after|apart)\b)(?!\s+to\s+{COUNT})"
        # (not a distance: "a red dwarf about 100 light-years away")
        r"|(?<![\w-])(?P<unit_1>years|months|weeks|days|hours|minutes)"
        r"(?=\s+(?:away|ahead\s+of|behind\s+schedule|early|late|in\s+advance|(?:earlier|later|sooner)\s+than)\b)"
        # "within hours of the swearing-in"
        r"|(?<=\bwithin )(?P<unit_3>years|months|weeks|days|hours|minutes)(?=\s+of\b)"
        # "in 1976, weeks after the uprising", "stayed close for hours after the polls closed", "it could be weeks
        # before the channel reopens"
        r"|(?:(?<=, )|(?<=\. )|(?<=\bfor )|(?<=\bjust )|(?<=\bonly )|(?<=\bbe )|(?<![\s\S])"
        # (or right after a verb in the past: "crashed minutes after taking off", "died days after the attack")
        r"|(?<=[a-z]ed ))"
        r"(?P<unit_2>years|months|weeks|days|hours|minutes|decades|centuries)(?=\s+(?:after|before)\b)"
        # a stretch of something: "ending months of speculation", "after weeks of tension", "Weeks of heat" (not "the
        # days of the week", "years of age")
        r"|(?:(?<=\bafter )|(?<=\bending )|(?<=\bended )|(?<=\bends )|(?<=\bend )|(?<=\bcapping )|(?<=\bcapped )"
        r"|(?<=\bfollows )|(?<=\bfollowed )|(?<=\bfollowing )|(?<=\bby )|(?<=\bamid )|(?<=\bdespite )|(?<=\bfaces )"
        r"|(?<=\bface )|(?<=\bfacing )|(?<=\bincluded )|(?<=\bendured )|(?<=\bculmination of )|(?<=\. )|(?<![\s\S]))"
        r"(?P<unit_4>years|months|weeks|days|decades)(?=\s+of\s+(?!(?:the|this|that|these|those|a|an|his|her|its|their"
        r"|our|my|your|age)\b)[a-z])",
        DURATION_B,
        ("They have fought for years.", "years", "PXY"),
        ("The strikes set the programme back by years.", "years", "PXY"),
        ("The airliner crashed minutes after taking off.", "minutes", "PTXM"),
        ("She was expelled in 1976, weeks after the Soweto uprising.", "weeks", "PXW"),
        ("A ceasefire was still months away.", "months", "PXM"),
        ("Prices rose for the first time in years.", "years", "PXY"),
        ("A deal could take weeks.", "weeks", "PXW"),
        ("Aftershocks could continue for days or even weeks.", "weeks", "PXW"),
        ("The society has spent months raising money.", "months", "PXM"),
        ("Six nominees were confirmed within hours of the swearing-in.", "hours", "PTXH"),
        ("Volunteers book places months in advance.", "months", "PXM"),
        ("Planting will start weeks later than usual.", "weeks", "PXW"),
        ("The team had only weeks to map the ruins.", "weeks", "PXW"),
        ("The collaboration sold out in seconds.", "seconds", "PTXS"),
        ("Some outages could end up lasting weeks.", "weeks", "PXW"),
        ("The announcement ended months of speculation.", "months", "PXM"),
        ("Weeks of heat and almost no rain have parched the fields.", "Weeks", "PXW"),
        ("Officials said it could be weeks before the channel reopens.", "weeks", "PXW"),
        ("Some migrants had waited months to get an appointment.", "months", "PXM"),
    ),
    # ---------------------------------------------------------------- sets
    rule(
        "frequency",
        # (not a paper: "a weekly," "the quarterly.")
        r"(?<!\ba )(?<!\bthe )(?P<frequency>{FREQUENCY})(?=\s*(?:[.,;:!?)\"”']|$)|\s+(?:and|or|but|in|at|on|by|for|to"
        r"|from|with|since|until|during|basis|through|across|over|as|if|when|while|because|after|before|until"
        r"|rather|instead|than|unless|once)\b)"
        # after "twice", "three times" the word is an adverb, whatever follows: "exercise twice weekly are"
        r"|(?:once|twice|thrice|(?:two|three|four|five|six|\d)\s+times)[\s-]+(?P<frequency_1>{FREQUENCY})(?!\w)"
        # a count joined to it counts the periods between: "three-weekly collections" (every three weeks), "six-monthly
        # reviews"
        r"|(?P<counted_frequency>(?:two|three|four|five|six|eight|ten|twelve|[2-9]|1[0-2])-(?:hourly|daily|weekly"
        r"|monthly|yearly))(?!\w)"
        # the periods up to a month also before a noun: "a daily briefing", "hourly buses", "six monthly
        # installments" (but a "quarterly dividend" or an "annual report" names a kind of thing: TimeBank tags
        # "quarterly" there once in ten), except after "average", where it is the basis of a measure ("average
        # daily volume")
        r"|(?<!\baverage )\b(?P<frequency_2>half-hourly|daily|hourly|nightly|weekly|biweekly|fortnightly|monthly)"
        r"(?=\s+[A-Za-z])"
        # ... but a rate of pay or those paid by it is no recurrence: "the hourly minimum", "hourly workers"
        r"(?!\s+(?:wages?|pay|rates?|earnings|minimum|workers|employees|staff|members|jobs|positions)\b)",
        SET_B,
        ("The index is published daily.", "daily", "P1D"),
        ("The governor holds a daily briefing.", "daily", "P1D"),
        ("The route is served by hourly buses.", "hourly", "PT1H"),
        ("Services will return to a half-hourly pattern.", "half-hourly", "PT30M"),
        ("The loan is repaid in six monthly installments.", "monthly", "P1M"),
        ("People who exercise twice weekly live longer.", "twice weekly", "P1W"),
        ("The twice-yearly indexation adds 1.5 cents.", "twice-yearly", "P1Y"),
        ("Most councils have moved to three-weekly collections.", "three-weekly", "P3W"),
        ("Reviews are held six-monthly.", "six-monthly", "P6M"),
        ("Dividends are paid quarterly.", "quarterly", "P3M"),
        ("The cap will be updated quarterly rather than every six months.", "quarterly", "P3M"),
        ("Interest is compounded annually, the bank said.", "annually", "P1Y"),
        ("National offices collect fees annually once the patent is validated.", "annually", "P1Y"),
    ),
    rule(
        "every_unit",
        r"(?P<every>every|each)\s+(?:single\s+)?(?:(?P<other>other|alternate)\s+|(?P<count_2>half)\s+|(?P<nth_count>{ORDINAL_WORD})\s+"
        r"|(?P<stretch>few|several)\s+|(?P<count_3>couple\s+of)\s+)?"
        r"(?:(?P<count>{NUMBER})\s+)?(?!(?:night|morning|evening|afternoon)\b)"
        # ("each fiscal year", "every school year")
        r"(?:(?:fiscal|financial|calendar|school|academic|tax)\s+(?=years?\b)|calendar\s+(?=months?\b)"
        # ("every second business day")
        r"|(?:business|working|school|trading|sitting)\s+(?=days?\b))?(?P<unit>{UNIT})(?!\w)"
        # "every other night": every second day
        r"|(?P<every_1>every)\s+(?P<other_1>other)\s+(?P<unit_1>night)(?!\w)"
        # ... as are "alternate days": "dialysis on alternate days", "bins emptied on alternate weeks"
        r"|(?<=\bon )(?P<other_2>alternate)\s+(?P<unit_2>day|week|month|year|night)s(?!\w)",
        SET_B,
        ("She runs every day.", "every day", "P1D"),
        ("Games will air every other night.", "every other night", "P2D"),
        ("Fogging has been ordered every alternate day.", "every alternate day", "P2D"),
        ("Posties will deliver every second business day.", "every second business day", "P2D"),
        ("Water will be supplied on alternate days until the reservoir refills.", "alternate days", "P2D"),
        ("The board meets every two weeks.", "every two weeks", "P2W"),
        ("Harvest every couple of days.", "every couple of days", "P2D"),
        ("Revenue rose each year.", "each year", "P1Y"),
        ("The audit is repeated each fiscal year.", "each fiscal year", "P1Y"),
        ("Claimants are paid every calendar month.", "every calendar month", "P1M"),
        ("I lost money every single month.", "every single month", "P1M"),
        ("Tickets sell out each season.", "each season", "P1Y"),
        ("The council meets every other week.", "every other week", "P2W"),
        ("Buses leave every half hour.", "every half hour", "PT30M"),
        ("Every few months, a network promises a fix.", "Every few months", "PXM"),
        ("The games are held every fourth year.", "every fourth year", "P4Y"),
        ("The bridge closes every weekend.", "every weekend", "XXXX-WXX-WE"),
    ),
    rule(
        "monthly_day",
        # a day of every month: "every 24th of the month", "on the 14th of every month", "the first of each month"
        r"(?:every|each)\s+(?P<day>{DAY_ORDINAL}|{DAY_WORD})\s+(?:day\s+)?of\s+the\s+month(?!\w)"
        r"|the\s+(?P<day_1>{DAY_ORDINAL}|{DAY_WORD})\s+(?:day\s+)?of\s+(?:every|each)\s+month(?!\w)",
        SET_B,
        ("Relatives gather at the memorial every 24th of the month.", "every 24th of the month", "XXXX-XX-24"),
        ("The board meets on the 14th of every month.", "the 14th of every month", "XXXX-XX-14"),
        ("We have paid on the first of every month for 11 years.", "the first of every month", "XXXX-XX-01"),
    ),
    rule(
        "every_named",
        # ("every second Friday", "every third Tuesday": a weekday of every second or third week)
        r"(?P<every>every|each)\s+(?:other\s+|(?:second|third|fourth)\s+(?={WEEKDAY}))?"
        r"(?:(?P<holiday>{HOLIDAY})|(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?"
        r"|(?P<month>{MONTH})(?:\s*(?P<day>{DAY}))?|(?P<day_1>{DAY})\s+(?P<month_1>{MONTH})"
        # ("every other night" is every second day: see every_unit)
        r"|(?<!other )(?P<part_1>{PART})|(?P<season>{SEASON}))",
        SET_B,
        ("The market opens every Tuesday.", "every Tuesday", "XXXX-WXX-2"),
        ("The festival is held each July.", "each July", "XXXX-07"),
        ("He jogs every morning.", "every morning", "XXXX-XX-XXTMO"),
        ("Bins are emptied every other Tuesday.", "every other Tuesday", "XXXX-WXX-2"),
        ("Improvers play every second Friday.", "every second Friday", "XXXX-WXX-5"),
        ("The family gathers every Christmas Eve.", "every Christmas Eve", "XXXX-12-24"),
        ("A lantern ceremony is held every Jan. 17.", "every Jan. 17", "XXXX-01-17"),
        ("He has waved from the balcony every 17 May since 1991.", "every 17 May", "XXXX-05-17"),
    ),
    rule(
        "plural_weekday",
        r"(?:{NOT_A_NAMED_WEEKDAY}(?P<weekday>{WEEKDAY_STEM})s(?!\w)(?:\s+(?P<part>{PART}))?"
        r"|(?P<weekday_1>{WEEKDAY})\s+(?P<part_1>{PARTS})"
        # "quilts most afternoons", "on many evenings", and the shifts one works: "worked nights at the hospital"
        r"|(?:(?<=\bmost )|(?<=\bmany )|(?<=\bworked )|(?<=\bworks )|(?<=\bwork )|(?<=\bworking ))"
        r"(?P<part_2>{PARTS})(?!\w)"
        # "open 8:30 a.m. to 4:30 p.m. weekdays", "airs weeknights at 11:35", "will run weekends only" (not "within
        # five weekdays", a length, or "the weekends", some of them)
        r"|(?<!\bthe )(?<!\bof )(?<!\bthese )(?<!\bthose )(?<!\bfew )(?<!\bseveral )(?<!\bmany )(?<!\d )"
        r"(?<!\btwo )(?<!\bthree )(?<!\bfour )(?<!\bfive )(?<!\bten )"
        r"(?:(?P<weekends>weekends)|(?P<weekdays>(?:every|each)\s+week(?:day|night)|weekdays|weeknights))(?!\w))",
        SET_B,
        ("The shop is closed on Mondays.", "Mondays", "XXXX-WXX-1"),
        ("Bingo is held Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("She quilts most afternoons.", "afternoons", "XXXX-XX-XXTAF"),
        ("Mary worked nights at Mercy Hospital for 27 years.", "nights", "XXXX-XX-XXTNI"),
        ("The market is open on weekends.", "weekends", "XXXX-WXX-WE"),
        ("She played in Camden pubs at weekends.", "weekends", "XXXX-WXX-WE"),
        ("The charge will be extended to weekends from May.", "weekends", "XXXX-WXX-WE"),
        ("The drive-in will run weekends only until Memorial Day.", "weekends", "XXXX-WXX-WE"),
        ("The clerk's office is open 8:30 a.m. to 4:30 p.m. weekdays.", "weekdays", "XXXX-WXX-WD"),
        ("The show airs weeknights at 11:35 p.m.", "weeknights", "XXXX-WXX-WDTNI"),
        ("She has eaten lunch there every weekday since 2003.", "every weekday", "XXXX-WXX-WD"),
        ("She will go live every weeknight at 8 p.m.", "every weeknight", "XXXX-WXX-WDTNI"),
    ),
    # ---------------------------------------------------------------- clock times
    rule(
        "clock_time",
        # a weekday right before a clock time, without "at", is its day: "Updated Monday 9:12 a.m.", "closes Friday 8
        # p.m." (not the first of days sharing hours: "Monday-Friday 9 a.m.-5 p.m.")
        r"(?:(?P<weekday_9>{WEEKDAY}|{STAMP_WEEKDAY})\.?,?\s+"
        r"(?=(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*{MERIDIEM}(?!\w)(?!\.?(?:\w|\s*[-–]|\s+(?:to|until)\b))))?"
        r"(?:(?P<clock_approx>{CLOCK_APPROX})\s+)?"
        r"(?P<hour>1[0-2]|0?[1-9]|{ONES_W})(?:[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?"
        r"(?:\s+o['’]\s?clock)?\s*(?P<meridiem>{MERIDIEM})"
        r"(?:\s+(?P<zone>(?-i:{ZONE}))(?!\w)"
        # ... or spelled: "7:30 p.m. Eastern", "8 p.m. Pacific time" (not "3 p.m. Central Park")
        r"|\s+(?P<zone_1>(?-i:Eastern|Central|Mountain|Pacific)(?:\s+(?-i:Standard\s+|Daylight\s+)?(?-i:[Tt]ime))?)"
        # (a day in words after a spelled zone stands alone: "at 5:00 p.m. Eastern Time today")
        r"(?!\w)(?!\s+(?!(?:{WEEKDAY}|{MONTH})(?!\w))(?-i:[A-Z]))(?!\s+(?:today|tonight|yesterday|tomorrow)\b))?"
        r"{CLOCK_DAY}",
        CALENDAR,
        ("Bids will be opened at 10:00 o'clock A.M.", "10:00 o'clock A.M.", "2022-01-19T10:00"),
        ("Polls close at 8 p.m. EST Tuesday.", "8 p.m. EST Tuesday", "2022-01-25T20:00"),
        ("The session opens at 9:30 a.m.", "9:30 a.m.", "2022-01-19T09:30"),
        ("The bomb exploded at 10:30 in the morning.", "10:30 in the morning", "2022-01-19T10:30"),
        ("Polls close at 7 p.m. Tuesday, Feb. 8.", "7 p.m. Tuesday, Feb. 8", "2022-02-08T19:00"),
        ("Updated 3:45 p.m. ET, Jan. 18, 2022.", "3:45 p.m. ET, Jan. 18, 2022", "2022-01-18T15:45"),
        ("Updated Monday 9:12 a.m.: The city says the parade is Friday.", "Monday 9:12 a.m.", "2022-01-17T09:12"),
        ("Doors open Fri 9pm.", "Fri 9pm", "2022-01-21T21:00"),
        ("The game will tip off at 7:30 p.m. Eastern on Saturday.", "7:30 p.m. Eastern", "2022-01-22T19:30"),
    ),
    rule(
        "clock_range_start",
        # "from 4 to 7 p.m.", "at 8 and 10 a.m.": the first hour takes the meridiem written after the second
        r"(?:(?<=\bfrom )|(?<=\bbetween )|(?<=\bat ))(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?"
        # (the second hour may have its minutes after a point, or be a time "o'clock": "between 4 and 5.30pm",
        # "between 9 and 11 o'clock on Friday night")
        r"(?=\s*(?:-|–|to|and|until)\s*(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:(?P<meridiem>{MERIDIEM})|o['’]clock\b))"
        # written with its minutes it is a clock time anywhere: "hours are 5:30 to 8 p.m."
        r"|(?<![\w:.,])(?P<hour_1>1[0-2]|0?[1-9]):(?P<minute_1>[0-5]\d)"
        r"(?=\s*(?:-|–|to|until|and|or)\s*(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?P<meridiem_1>{MERIDIEM}))",
        CALENDAR,
        ("Polls are open from 4 to 7 p.m.", "4", "2022-01-19T16:00"),
        ("Trick-or-treating hours are 5:30 to 8 p.m.", "5:30", "2022-01-19T17:30"),
        ("Restaurants offer two seatings, at 5:30 and 8:30 p.m.", "5:30", "2022-01-19T17:30"),
        ("The office is staffed between 9 and 11 a.m.", "9", "2022-01-19T09:00"),
        ("A driver was seen between 4 and 5.30pm on Thursday.", "4", "2022-01-13T16:00"),
        ("Eid prayers will be held Friday, at 8 and 10 a.m.", "8", "2022-01-21T08:00"),
    ),
    rule(
        "timestamp",
        # a byline's date and 24-hour clock, one point in time: "Mon 4 Dec 2023 11.20 GMT", "16:05 BST, 3 June 2023"
        r"(?:(?P<weekday>{WEEKDAY}|{STAMP_WEEKDAY})\.?,?\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH})\.?,?\s+(?P<year>{YEAR4}),?"
        # (written with a dot, the clock needs its zone: "3 June 2023 16.50 euros" is a price)
        r"\s+(?:at\s+)?(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d)(?:\s*(?P<zone>(?-i:{ZONE}))(?!\w))?"
        r"|\.(?P<minute_2>[0-5]\d)\s*(?P<zone_2>(?-i:{ZONE}))(?!\w))"
        r"(?![\d%])(?![.,:]\d)(?!\s*(?:percent|per\s+cent)\b)"
        r"|(?P<hour_1>[01]?\d|2[0-3])[:.](?P<minute_1>[0-5]\d)\s*(?P<zone_1>(?-i:{ZONE})),?\s+"
        r"(?:(?P<weekday_1>{WEEKDAY}|{STAMP_WEEKDAY})\.?,?\s+)?(?P<day_1>{DAY})\s+(?P<month_1>{MONTH})\.?,?\s+(?P<year_1>{YEAR4})"
        r"(?!\w)",
        CALENDAR,
        ("Last modified on Mon 4 Dec 2023 11.20 GMT", "Mon 4 Dec 2023 11.20 GMT", "2023-12-04T11:20"),
        ("Published 16:05 BST, 3 June 2023", "16:05 BST, 3 June 2023", "2023-06-03T16:05"),
    ),
    rule(
        "clock_24h",
        r"(?:(?<=\bat )|(?<=\bby )|(?<=\buntil )|(?<=\baround )|(?<=\bfrom )|(?<=\bafter )|(?<=\bbefore )"
        r"|(?<=\bbetween )"
        # the end of a span, written in full: "from 07:00 to 22:00", "between 18:00 and 20:00" (not "rose to 12.50")
        r"|(?:(?<=\bto )|(?<=\band )|(?<=\btill ))(?=\d\d:\d\d)"
        # a bound: "would reopen no earlier than 16:00"
        r"|(?:(?<=\bearlier than )|(?<=\blater than ))(?=\d\d:\d\d)"
        # an almanac's and a tide table's: "sunrise 05:02", "high water 05:41"
        r"|(?<=\bsunrise )|(?<=\bsunset )|(?<=\bmoonrise )|(?<=\bmoonset )|(?<=\bhigh water )|(?<=\blow water )"
        r"|(?<=\bhigh tide )|(?<=\blow tide )|(?<=\bHW )|(?<=\bLW )"
        # written with a leading zero, a clock wherever it stands: "the harbour gate opens roughly 05:10 to 09:10" (but
        # not a train named by it, "the 06:52 from Sevenoaks", nor a recording's counter, "[00:12:34]")
        r"|(?<=[\w,;:] )(?<!\bthe )(?=(?:{CLOCK_APPROX}\s+)?0\d:[0-5]\d(?![\d:]))"
        # a layout's clock: after a date and a dash or bar ("08/02/2023 - 18:40"), in brackets ("(14:00)")
        r"|(?<=\d\d\d\d - )|(?<=\d\d\d\d – )|(?<=\d\d\d\d \| )|(?<=\()(?=\d\d:\d\d\)))"
        r"(?:(?P<clock_approx>{CLOCK_APPROX})\s+(?=(?:[01]?\d|2[0-3])[:.][0-5]\d))?"
        # (not a decimal below one: "risen by about 0.25 deg C per decade"; nor a price a market closed at: "the ETF
        # closed at 13.59")
        r"(?!0\.\d)(?!(?:{AFTER_A_MARKET_LEVEL})\d\d?\.\d)"
        r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
        r"(?:\s*(?P<zone>(?-i:{ZONE}))(?!\w))?(?!\s*[ap]\.?m)(?!\s+(?:million|billion|trillion|percentage|basis|{COUNTED})(?!\w))"
        r"(?![\d%°])(?!\s*(?:%|percent\b|per\s+cent\b|pc\b|pct\b|bn\b|m\b|c\b|f\b|k?g\b|[kcm]m\b|lbs?\b|deg\b|degrees?\b))"
        r"(?!\s+(?:of|into)\s+the\s+\w+\s+(?:period|half|quarter))"
        # a decimal before a ticker or a range to another decimal: "from 6.25 BTC", "from 6.25 to 3.125 bitcoin"
        r"(?!(?<=\.\d\d)\s+(?-i:[A-Z]{3,5})(?!\w))(?!\s+(?:to|and)\s+\d+\.(?:\d{3}|\d(?!\d)))"
        r"(?:\s+(?P<relday>today|tonight|tomorrow|yesterday)\b|\s+(?P<day_part>this\s+(?:morning|afternoon|evening))\b)?"
        r"|(?P<hour_1>[01]\d|2[0-3]):?(?P<minute_1>[0-5]\d)(?:\s*(?P<zone_1>(?-i:GMT|UTC|Z))(?!\w)|(?=\s+local\s+time\b))"
        # restated in another zone, in brackets: "at 1400 GMT (1500 CET)"
        r"|(?<=\()(?P<hour_2>[01]\d|2[0-3]):?(?P<minute_2>[0-5]\d)\s*(?P<zone_2>(?-i:{ZONE}))(?!\w)"
        # a time set for an event: "the address he had scheduled for 20:00"
        r"|(?<=\bfor )(?P<hour_3>[01]\d|2[0-3]):(?P<minute_3>[0-5]\d)(?![\d%:])"
        # a live blog's entry stamp, opening a line: "14:05 BST: The governor is due to speak" (or, with a colon,
        # a sentence run on from the entry before, after a headline's dash or the post's age: "... without power.
        # 12:15 GMT — Forecasters said", "Live: Cameron returns — 08:12 Ed Miliband is expected", "2h ago 14:32 AEDT")
        r"|(?:(?<![^\n])|(?:(?<=[.!?] )|(?<=— )|(?<=\bago ))(?=\d\d:))"
        r"(?P<hour_4>[01]?\d|2[0-3])[:.](?P<minute_4>[0-5]\d)"
        r"(?:\s*(?P<zone_4>(?-i:{ZONE}))(?!\w)|\s+local(?:\s+time)?(?!\w)|\s+(?-i:[A-Z][a-z]+)\s+time(?!\w))?"
        # (with a mark after it, or, written with two digits, without one: "05:55 Putin announces an operation")
        r"(?=\s*[:—–]\s|\s+-\s|(?<=\d\d[:.]\d\d)[ \t]+(?!(?-i:{ZONE})(?!\w))(?-i:[A-Z]))"
        # ... or standing alone on the line above its entry: "12:45 BST\n\nThe new prime minister has arrived"
        r"|(?<![^\n])(?P<hour_5>[01]?\d|2[0-3])"
        r"(?::(?P<minute_5>[0-5]\d)(?:\s*(?P<zone_5>(?-i:{ZONE}))(?!\w))?|[.](?P<minute_6>[0-5]\d)\s*(?P<zone_6>(?-i:{ZONE}))(?!\w))"
        r"(?=[ \t]*(?:\r?\n|$))",
        CALENDAR,
        ("Trading halted at 14:30 GMT.", "14:30 GMT", "2022-01-19T14:30"),
        ("Homes are without power. 16:05 BST — The queue has closed.", "16:05 BST", "2022-01-19T16:05"),
        ("Padstow: high water 05:41 (6.3m) and 18:02 (6.5m). Sunrise 05:02.", "05:41", "2022-01-19T05:41"),
        ("The harbour gate opens roughly 05:10 to 09:10 today.", "roughly 05:10", "2022-01-19T05:10"),
        ("Whitby HW 17:58 (5.4m); LW 11:49 (0.9m).", "11:49", "2022-01-19T11:49"),
        ("The counter overflows at 03:14:07 UTC on Jan. 19, 2038.", "03:14:07 UTC", "2038-01-19T03:14:07"),
        ("The ceasefire began at 1500 GMT.", "1500 GMT", "2022-01-19T15:00"),
        ("The quake struck at 0833 local time.", "0833", "2022-01-19T08:33"),
        ("Talks resume at 1400 GMT (1500 CET) on Friday.", "1500 CET", "2022-01-21T15:00"),
        ("The fire was first reported at about 18:50.", "about 18:50", "2022-01-19T18:50"),
        ("He was struck at about 23:15.", "about 23:15", "2022-01-19T23:15"),
        ("Polling stations are open from 07:00 to 22:00.", "22:00", "2022-01-19T22:00"),
        ("The vote will be held between 18:00 and 20:00.", "20:00", "2022-01-19T20:00"),
        ("Macron postponed the address he had scheduled for 20:00.", "20:00", "2022-01-19T20:00"),
        ("The harbour master said the port would reopen no earlier than 16:00.", "16:00", "2022-01-19T16:00"),
        ("Live updates\n14:05 GMT: The governor is due to speak.", "14:05 GMT", "2022-01-19T14:05"),
        ("Live updates\n\n12:45 BST\n\nThe new prime minister has arrived.", "12:45 BST", "2022-01-19T12:45"),
        ("05:55 Kyiv time: Vladimir Putin announces a military operation.", "05:55 Kyiv time", "2022-01-19T05:55"),
        ("08:30 local: The ceasefire was due to take effect now.", "08:30 local", "2022-01-19T08:30"),
        ("LIVE\n\n09:10 Ukraine's border guard says troops have crossed.", "09:10", "2022-01-19T09:10"),
        ("Published on: 19/01/2022 - 18:40", "18:40", "2022-01-19T18:40"),
        ("Today's hearings: bail application (10:00); sentencing (14:00).", "14:00", "2022-01-19T14:00"),
    ),
    rule(
        "clock_word",
        # (not the album "Midnights")
        # (nor the sun that does not set in an Arctic summer, nor the Mass of Christmas night, said in the evening)
        r"(?:(?P<clock_approx>{CLOCK_APPROX})\s+)?(?P<clock>noon|midnight|midday)(?!\w)(?!\s+(?-i:sun)\b)"
        r"(?!(?<=(?-i:Midnight))\s+(?-i:Mass)\b)"
        r"{CLOCK_DAY}"
        # ... and after its day: "have stayed off the roads since Sunday midnight" (not the start of its hours:
        # "Sunday noon-6 p.m.")
        r"|(?P<weekday_9>{WEEKDAY})\s+(?P<clock_1>noon|midnight|midday)(?!\w)(?!\s*(?:-|–|to\b|until\b|till\b))",
        CALENDAR,
        ("The deadline is noon Thursday.", "noon Thursday", "2022-01-20T12:00"),
        ("They met at midday.", "midday", "2022-01-19T12:00"),
        ("The blast came just after midnight on Tuesday.", "just after midnight", "2022-01-18T00:00"),
        ("The offer expires at midnight Friday, Jan. 28.", "midnight Friday, Jan. 28", "2022-01-28T24:00"),
        ("Drivers have stayed off the roads since Sunday midnight.", "Sunday midnight", "2022-01-16T24:00"),
    ),
    rule(
        "clock_in_words",
        # "half past ten", "a quarter to nine", "eleven thirty tonight"; hour and minutes alone ("eleven
        # thirty") only after "at" or before a meridiem or a day, since they may as well be two counts
        r"(?:(?P<clock_approx>{CLOCK_APPROX})\s+)?"
        r"(?:(?:(?P<minutes_past>half|(?:a\s+)?quarter|five|ten|twenty(?:[\s-]five)?)"
        # ("seventeen minutes past three", "one minute past six")
        r"|(?P<minute_3>{MINUTE_WORD}|one|two|three|four|five|six|seven|eight|nine)\s+minutes?)"
        r"\s+past\s+(?P<hour>{HOUR_WORD})"
        r"|(?<!\bfrom\s)(?P<minutes_to>(?:a\s+)?quarter|five|ten|twenty(?:[\s-]five)?)\s+to\s+(?P<hour_before>{HOUR_WORD})"
        r"(?=\s*(?:[.,;:!?)]|$|o['’]clock|{MERIDIEM}|tonight|tomorrow|yesterday|this\b|on\b|at\b|and\b|local\b"
        r"|here\b))"
        # ... and so on either side of midnight and noon: "quarter to midnight", "two minutes past midnight"
        r"|(?P<minutes_to_1>(?:a\s+)?quarter|five|ten|twenty(?:[\s-]five)?)\s+to\s+"
        r"(?:(?P<before_midnight>midnight)|(?P<before_noon>noon))(?!\w)"
        r"|(?:(?P<minutes_past_2>half|(?:a\s+)?quarter|five|ten|twenty(?:[\s-]five)?)"
        r"|(?P<minute_2>{MINUTE_WORD}|one|two|three|four|five|six|seven|eight|nine|[1-9]|[1-5]\d)\s+minutes?)"
        r"\s+past\s+(?:(?P<after_midnight>midnight)|(?P<after_noon>noon))(?!\w)"
        # ... and British "half seven" (half past), before what ends a clock time
        r"|(?<!\ba\s)(?<!\bby\s)(?<!\bin\s)(?P<minutes_past_1>half)\s+(?P<hour_3>{HOUR_WORD})"
        r"(?=\s*(?:[.,;:!?)]|$|tonight|tomorrow|yesterday|this\b|on\b|at\b|and\b|local\b))"
        # ... or where a clock time is announced: "It's six thirty-two.", "It is now seven-forty in the East"
        r"|(?:(?<=\bat\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\babout\s)|(?<=\baround\s)|(?<=\bnow\s)"
        r"|(?<=\bfor\s)|(?<=\bit's\s)|(?<=\bit’s\s))(?P<hour_1>{HOUR_WORD})[\s-](?P<minute>{MINUTE_WORD})"
        r"(?=\s*(?:[.,;:!?)]|$|{MERIDIEM}|tonight|this\b|on\b|{REGION_ZONE}|(?-i:{ZONE})|in\s+the\s+(?-i:East|West)\b))"
        r"|(?P<hour_2>{HOUR_WORD})[\s-](?P<minute_1>{MINUTE_WORD})"
        # (or before a day and its part: "seven-thirty Saturday evening")
        r"(?=\s*(?:{MERIDIEM}|tonight\b|this\s+(?:morning|afternoon|evening)\b|{WEEKDAY}\s+(?:{PART})\b)))"
        r"(?:\s*(?P<meridiem>{MERIDIEM})|\s+(?P<day_part>this\s+(?:morning|afternoon|evening)))?"
        r"(?:\s+(?P<zone>(?-i:{ZONE})(?!\w)|{REGION_ZONE}))?{CLOCK_DAY}",
        CALENDAR,
        ("The polls close at half past nine.", "half past nine", "2022-01-19T09:30"),
        ("The blasts were heard at about five-thirty local time.", "about five-thirty local time", "2022-01-19T05:30"),
        ("It's six thirty-two.", "six thirty-two", "2022-01-19T06:32"),
        ("Kickoff is set for six-thirty Eastern this evening.", "six-thirty Eastern", "2022-01-19T18:30"),
        ("The train left at a quarter to nine on Tuesday.", "a quarter to nine", "2022-01-18T08:45"),
        ("The bar closed at half past nine Thursday night.", "half past nine Thursday night", "2022-01-13T21:30"),
        ("The last train leaves at quarter to midnight.", "quarter to midnight", "XXXX-XX-XXT23:45"),
        ("The result was declared at two minutes past midnight.", "two minutes past midnight", "2022-01-19T00:02"),
        (
            "The craft landed at seventeen minutes past three in the afternoon.",
            "seventeen minutes past three in the afternoon",
            "2022-01-19T15:17",
        ),
        ("Talks broke up at ten past noon.", "ten past noon", "2022-01-19T12:10"),
        ("Doors open at half seven tonight.", "half seven tonight", "2022-01-19T19:30"),
        ("The President speaks at eleven thirty tonight.", "eleven thirty tonight", "2022-01-19T23:30"),
        ("Doors open at seven fifteen p.m.", "seven fifteen p.m.", "2022-01-19T19:15"),
        ("The parade starts at seven-thirty Saturday evening.", "seven-thirty Saturday evening", "2022-01-22T19:30"),
        ("The ferry leaves at half past eight tomorrow night.", "half past eight tomorrow night", "2022-01-20T20:30"),
    ),
    rule(
        "spoken_24h_clock",
        # police and military time: "at approximately twenty-two hundred hours", "oh six hundred hours"
        # (after "at", "by", "until", "from": "logged fifteen hundred hours" is a length)
        r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
        r"(?:(?P<clock_approx>{CLOCK_APPROX})\s+)?(?:(?:zero|oh)\s+)?(?P<hour>{HOUR24_WORD})\s+hundred\s+hours(?!\w)"
        r"{CLOCK_DAY}"
        # ... and wherever a zone follows: "The time is eighteen hundred hours Greenwich Mean Time"
        r"|(?:(?:zero|oh)\s+)?(?P<hour_1>{HOUR24_WORD})\s+hundred(?:\s+hours)?\s+(?P<zone_1>{SPOKEN_ZONE})",
        CALENDAR,
        (
            "Officers responded at approximately twenty-two hundred hours.",
            "approximately twenty-two hundred hours",
            "2022-01-19T22:00",
        ),
        ("The patrol left at oh six hundred hours on Monday.", "oh six hundred hours", "2022-01-17T06:00"),
        ("It's thirteen hundred GMT, and this is the news.", "thirteen hundred GMT", "2022-01-19T13:00"),
        (
            "The time is eighteen hundred hours Greenwich Mean Time.",
            "eighteen hundred hours Greenwich Mean Time",
            "2022-01-19T18:00",
        ),
    ),
    rule(
        "bare_hour",
        # an hour with no "o'clock" or meridiem, where only a clock time can stand: after a day and "at"
        # ("reconvene Monday at nine", "the game's Saturday at one") or "just after", "shortly before"
        r"(?:(?<=day at )|(?<=tomorrow at )|(?<=today at )|(?<=tonight at )|(?<=morning at )|(?<=evening at )"
        r"|(?P<clock_approx>just\s+after|shortly\s+after|just\s+before|shortly\s+before|right\s+after)\s+)"
        r"(?P<bare_hour>1[0-2]|[1-9]|{HOUR_WORD})(?![\w:.,]\d|\w|\s*%)"
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:here|local|on|this|tonight|and|when|sharp)\b)"
        r"(?!\s+(?:this\s+(?:morning|afternoon|evening)|tonight)\b)"
        # ... or before the part of the day: "the final kicks off at eight this evening", "at nine tonight",
        # "closed until four this afternoon", "shortly after six this morning"
        r"|(?:(?<=\bat )|(?<=\buntil )|(?<=\btill )|(?<=\bafter )|(?<=\bbefore )|(?<=\bby )|(?<=\bfrom ))"
        r"(?P<bare_hour_1>1[0-2]|[1-9]|{HOUR_WORD})\s+"
        r"(?P<day_part>this\s+(?:morning|afternoon|evening)|tonight)(?!\w)",
        CALENDAR,
        ("We'll reconvene Monday at nine.", "nine", "2022-01-24T09:00"),
        ("The final kicks off at eight this evening.", "eight this evening", "2022-01-19T20:00"),
        ("The speech is at nine tonight.", "nine tonight", "2022-01-19T21:00"),
        ("The runway stays closed until four this afternoon.", "four this afternoon", "2022-01-19T16:00"),
        ("Agents moved in shortly after six this morning.", "six this morning", "2022-01-19T06:00"),
        ("The game will be played Saturday at one.", "one", "2022-01-22T13:00"),
        ("Crews shut off the main shortly before 8, officials said.", "shortly before 8", "2022-01-19T08:00"),
    ),
    rule(
        "oclock",
        # (not the flower: "four o'clocks and moonflowers")
        # (nor a title: "the Seven O'Clock Swing Orchestra", "Twelve O'Clock High")
        r"(?P<hour>1[0-2]|0?[1-9]|{ONES_W})\s+(?-i:o['’]clock|O['’]CLOCK)(?!s\b)(?:\s+(?P<meridiem>{MERIDIEM})|\s+(?P<day_part>this\s+(?:morning|afternoon|evening)))?"
        r"(?:\s+(?P<zone>{REGION_ZONE}))?{CLOCK_DAY}",
        CALENDAR,
        ("The meeting starts at ten o'clock.", "ten o'clock", "2022-01-19T10:00"),
        ("The hearing resumes at 3 o'clock Thursday afternoon.", "3 o'clock Thursday afternoon", "2022-01-20T15:00"),
        ("Tonight's ceremony begins at nine o'clock.", "nine o'clock", "2022-01-19T21:00"),
        ("The briefing is at two o'clock this afternoon.", "two o'clock this afternoon", "2022-01-19T14:00"),
        ("He speaks after ten o'clock Central time.", "ten o'clock Central time", "2022-01-19T10:00"),
    ),
    # ---------------------------------------------------------------- vague references
    rule(
        "turn_of_the_millennium",
        r"the\s+turn\s+of\s+the\s+millennium(?!\w)",
        CALENDAR,
        ("Prices soared at the turn of the millennium.", "the turn of the millennium", "2000"),
        parts=(("year", 2000),),
    ),
    rule(
        "the_present",
        # "from 1919 to the present", but not "to the present government"
        r"(?:(?<=\bto )|(?<=\buntil )|(?<=\bthrough ))the\s+present(?![\w-])(?!\s+[a-z])",
        VAGUE_B,
        ("The series runs from 1920 to the present.", "the present", "PRESENT_REF"),
        ("It jumps forward to the present, to a reunion.", "the present", "PRESENT_REF"),
        value="PRESENT_REF",
    ),
    rule(
        "those_days",
        r"(?<=\bin )(?:those|these)\s+days(?!\s+of\b)",
        VAGUE_B,
        ("In those days, reporters filed on typewriters.", "those days", "PAST_REF"),
        value="PAST_REF",
    ),
    rule(
        "vague",
        # ("Back to the Future" is a title; "as recently as January", "most recently in November" date by the date)
        r"(?!the\s+(?-i:Future))(?!(?:(?<=\bas )|(?<=\bmost ))recently\b)"
        # ("four of the past five titles", "the past two seasons": an adjective before a count)
        r"(?!the\s+past\s+(?:\d|{NUMBER_WORD}|few|several|couple)\b)"
        # ("buy now, pay later" names a kind of credit)
        r"(?!(?<=\bbuy )now,?\s+pay\s+later\b)"
        # ("current and former employees": a standing, not a time)
        r"(?!current\s+(?:and|or)\s+(?:former|past|retired)\b)"
        # ("the future Edward VII", "the future King", "the future Mrs. Obama": one who was yet to become it)
        r"(?!the\s+future\s+(?-i:[A-Z]))(?P<vague>{VAGUE})(?!-)",
        VAGUE_B,
        ("Prices are now rising.", "now", "PRESENT_REF"),
        ("He recently met the minister.", "recently", "PAST_REF"),
        ("Talks will continue in the future.", "the future", "FUTURE_REF"),
        ("Troops are currently deployed.", "currently", "PRESENT_REF"),
        ("At present, there is no cure; he met her a while ago.", "At present", "PRESENT_REF"),
        ("The saga runs from 1919 to the present day.", "the present day", "PRESENT_REF"),
        ("I saw him the other day.", "the other day", "PAST_REF"),
    ),
)
