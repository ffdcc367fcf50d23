"""English temporal vocabulary: words and what they mean. Data only.

The patterns in :mod:`timeline.lang.en.patterns` are written over these word lists (as macros), and
:mod:`timeline.lang.en` turns the words a pattern captured into calendar parts with these tables.
"""

from __future__ import annotations

# fmt: off
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "febr": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

#: Month names that are also common English words: matched only when capitalised.
AMBIGUOUS_MONTHS = ("March", "May")

WEEKDAYS: dict[str, int] = {  # ISO: Monday is 1
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "thursday": 4, "thu": 4,
    "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI", "midsummer": "SU", "midwinter": "WI",
}

#: Nouns a season stands before as their modifier, naming a kind of thing and not a time: "the winter storm", "winter
#: weather", "spring training", "the summer crowds", "the winter meetings", "spring turkey permits".
SEASON_THINGS = (
    "storm", "storms", "weather", "break", "breaks", "coat", "coats", "clothes", "clothing", "wardrobe", "crowd",
    "crowds", "meeting", "meetings", "training", "camp", "camps", "league", "leagues", "school", "sports", "tournament",
    "tournaments", "exhibition", "exhibitions", "merchandise", "wheat", "turkey", "crop", "crops", "squash", "fuel",
    "heating", "gale", "gales", "snow", "tires", "tyres", "menu", "collection", "collections", "drive", "blend",
    # (the day the season turns: "open for the autumn equinox")
    "equinox", "solstice",
)
#: What a season dates when it is someone's, or "the" one, before it: "postponed its spring tour", "the summer
#: season opens July 9", "a fix is coming in its spring update".
SEASON_EVENTS = (
    "tour", "tours", "season", "selling", "session", "sessions", "term", "semester", "schedule", "lineup", "line-up",
    "slate", "dates", "update", "release", "releases", "campaign", "concerts", "festival", "programme", "program",
    "exams", "intake", "staging", "sitting", "transfer", "window",
)
#: Words that describe a season as the one of a particular year: "after a dry spring", "the wettest summer on
#: record", "a difficult winter for hospitals". Not "hot" ("a hot spring" is water) and no decline ("a sharp fall").
SEASON_QUALITIES = (
    "dry", "wet", "cold", "mild", "warm", "cool", "rainy", "snowy", "stormy", "sunny", "harsh", "brutal", "severe",
    "soggy", "long", "busy", "quiet", "difficult", "tough", "challenging", "record", "bumper", "turbulent",
    "tumultuous", "eventful", "driest", "wettest", "hottest", "coldest", "warmest", "coolest", "mildest",
    "snowiest", "sunniest", "rainiest", "stormiest", "busiest", "quietest", "toughest", "longest", "scorching",
    "sweltering", "frigid", "chilly", "balmy", "humid", "muggy",
    # "a cooler-than-normal spring"
    *(
        f"{degree}{joint}than{joint}{norm}"
        for degree in ("cooler", "warmer", "colder", "hotter", "wetter", "drier", "snowier", "milder")
        for norm in ("normal", "average", "usual")
        for joint in ("-", " ")
    ),
)

#: ... and a month, whose name may be a verb or a person's: "after a dismal May", "a record March".
MONTH_QUALITIES = (
    *SEASON_QUALITIES, "hot", "dismal", "strong", "weak", "solid", "disappointing", "volatile", "rocky", "slow",
    "sluggish", "robust",
)

#: What follows a march or a person, not a thing "March" or "May" dates: "a March through the city", "the March for Our
#: Lives", "Britain's May said".
NOT_A_MONTHS_THING = (
    "of", "for", "on", "to", "against", "and", "or", "through", "across", "toward", "towards", "past", "into", "from",
    "in", "at", "by", "with", "along", "around", "down", "up", "over", "says", "said",
)
#: What a month's figures measure, and the figures: "the March jobs report", "May retail sales", "April data".
MONTHLY_MEASURES = (
    "GDP", "CPI", "PPI", "jobs", "job", "retail", "trade", "inflation", "employment", "unemployment", "payroll",
    "payrolls", "housing", "home", "consumer", "producer", "factory", "industrial", "manufacturing", "sales", "price",
    "prices",
)
MONTHLY_FIGURES = (
    "figures", "data", "numbers", "reading", "statistics", "sales", "payrolls", "inflation", "GDP", "CPI",
)

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "mornings": "MO", "midmorning": "MO", "mid-morning": "MO", "afternoon": "AF",
    "afternoons": "AF", "midafternoon": "AF", "mid-afternoon": "AF", "mid afternoon": "AF", "evening": "EV",
    "evenings": "EV", "night": "NI", "nights": "NI", "overnight": "NI", "tonight": "NI", "daytime": "DT",
    "sundown": "EV", "sunset": "EV", "dusk": "EV", "nightfall": "EV", "dawn": "MO", "daybreak": "MO", "sunrise": "MO",
    # (Australian "arvo", British "teatime", and the middle of the day)
    "arvo": "AF", "teatime": "EV", "lunchtime": "MI",
}

#: The parts of a day named after a weekday that may open a range of days: "between Friday evening and Sunday".
DAY_PARTS = ("morning", "afternoon", "evening", "night")

#: Clock words and the time they name.
CLOCK_WORDS: dict[str, tuple[int, int]] = {
    "noon": (12, 0), "midday": (12, 0), "mid-day": (12, 0), "midnight": (24, 0),
}

#: Minutes named before "past" or "to" in a clock time said in words: "half past ten", "a quarter to nine".
CLOCK_FRACTIONS: dict[str, int] = {
    "half": 30, "quarter": 15, "a quarter": 15, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25,
    "twenty five": 25,
}

#: Calendar units as they are written, singular and plural, mapped to the unit's name.
UNITS: dict[str, str] = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second", "minute": "minute", "minutes": "minute",
    "min": "minute", "mins": "minute", "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "day": "day",
    "days": "day", "night": "night", "nights": "night", "weekend": "weekend", "weekends": "weekend", "week": "week",
    "weeks": "week", "wk": "week", "wks": "week", "fortnight": "fortnight", "fortnights": "fortnight", "month": "month",
    "months": "month", "mos": "month", "quarter": "quarter", "quarters": "quarter", "season": "season",
    "seasons": "season", "year": "year", "years": "year", "yr": "year", "yrs": "year", "decade": "decade",
    "decades": "decade", "century": "century", "centuries": "century", "millennium": "millennium",
    "millennia": "millennium", "millenniums": "millennium",
}

#: Deictic shifts, relative to the reference date: "last week", "next year", "this month". "The
#: previous month" and "the prior year" count from the date under discussion: see ANAPHORIC_SHIFTS.
SHIFTS: dict[str, int] = {
    "last": -1, "past": -1, "next": 1, "coming": 1, "upcoming": 1, "this": 0,
    "current": 0, "present": 0, "this coming": 1, "this past": -1,
}

#: Anaphoric shifts, relative to the previous mention: "the next day", "that week".
ANAPHORIC_SHIFTS: dict[str, int] = {
    "next": 1, "following": 1, "succeeding": 1, "subsequent": 1, "previous": -1, "preceding": -1, "prior": -1,
    "that": 0, "same": 0, "that same": 0, "the same": 0, "the": 0,
}

#: Relative day names: offset in days from the reference date, and a part of day if any.
RELATIVE_DAYS: dict[str, tuple[int, str | None]] = {
    "today": (0, None), "tonight": (0, "NI"), "yesterday": (-1, None), "tomorrow": (1, None),
    "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
    # ... as posts and texts shorten them
    "tmrw": (1, None), "tmw": (1, None), "2moro": (1, None), "2morrow": (1, None), "2nite": (0, "NI"),
}

#: Directions of an offset from an anchor: "two years ago", "three days later".
DIRECTIONS: dict[str, int] = {
    "ago": -1, "back": -1, "earlier": -1, "before": -1, "previously": -1, "prior": -1, "previous": -1, "later": 1,
    "after": 1, "afterward": 1, "afterwards": 1, "from now": 1, "hence": 1, "from today": 1, "on": 1,
    "after that": 1, "before that": -1, "last": -1, "preceding": -1,
}

#: Offset directions that count from the previous mention rather than the reference date.
ANAPHORIC_DIRECTIONS = frozenset(
    {"earlier", "later", "before", "after", "afterward", "afterwards", "on", "after that", "before that", "preceding",
     "prior"}
)

#: Period modifiers and their TIMEX3 ``mod``.
PERIOD_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "beginning": "START", "start": "START", "dawn": "START", "mid": "MID",
    "middle": "MID", "late": "END", "later": "END", "end": "END", "close": "END", "first half": "START",
    "second half": "END", "latter half": "END", "back half": "END",
}

#: Quantity modifiers and their TIMEX3 ``mod``.
APPROXIMATIONS: dict[str, str] = {
    "about": "APPROX", "some": "APPROX", "almost": "LESS_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "well over": "MORE_THAN", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "nearly": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "just under": "LESS_THAN", "more than": "MORE_THAN", "upwards of": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "not more than": "EQUAL_OR_LESS", "not less than": "EQUAL_OR_MORE",
    "no fewer than": "EQUAL_OR_MORE", "not fewer than": "EQUAL_OR_MORE", "a good": "EQUAL_OR_MORE",
}

#: Approximations of a clock time: "about 3 p.m.", "shortly after midnight".
CLOCK_APPROXIMATIONS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "shortly before": "BEFORE",
    "just before": "BEFORE", "shortly after": "AFTER", "just after": "AFTER",
}

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
MAGNITUDES: dict[str, int] = {"hundred": 100, "thousand": 1000}
#: ... and after a number in figures, in the lengths of deep time: "185 million years", "4.6 billion years".
LARGE_MAGNITUDES: dict[str, int] = {"million": 10**6, "billion": 10**9}
#: Fractions written in one character after a number: "1½ hours", "10¾ miles".
FRACTION_CHARACTERS: dict[str, float] = {"½": 0.5, "¼": 0.25, "¾": 0.75}
#: Fractions added in words after a number: "two and a half years", "eight and three-quarter hours".
ADDED_FRACTIONS: dict[str, float] = {
    "and a half": 0.5, "and a quarter": 0.25, "and three-quarters": 0.75, "and three quarters": 0.75,
    "and three-quarter": 0.75, "and three quarter": 0.75,
}

#: Ordinal words: "the third quarter", "March eighth", "the 20th century".
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

#: Counts that are not numbers: None means the count is stated but unknown ("several years": PXY).
VAGUE_COUNTS: dict[str, float | None] = {
    "a": 1, "an": 1, "one": 1, "single": 1, "a couple of": 2, "a couple": 2, "couple of": 2, "a pair of": 2,
    "half a": 0.5, "a half": 0.5, "half an": 0.5, "a dozen": 12, "dozen": 12, "a few": None, "few": None,
    "several": None, "some": None, "many": None, "a number of": None, "numerous": None, "countless": None,
    "the next few": None, "a hundred": 100, "a thousand": 1000, "another": 1,
    "a quarter of a": 0.25, "a quarter of an": 0.25, "three quarters of a": 0.75, "three quarters of an": 0.75,
    "three-quarters of a": 0.75, "three-quarters of an": 0.75,
    # (a length of some units, as "several": "multi-year pledges")
    "multi": None,
}

#: Decades written as words: "the nineties".
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9, "noughties": 0,
}

#: Frequency adverbs and the TIMEX3 value of the set they name.
FREQUENCIES: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "annual": "P1Y",
    "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M", "half-hourly": "PT30M",
}

#: Vague references and their TIMEX3 value.
VAGUE: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "recently": "PAST_REF", "more recently": "PAST_REF", "until recently": "PAST_REF",
    "lately": "PAST_REF", "not long ago": "PAST_REF", "a while ago": "PAST_REF", "a while back": "PAST_REF",
    "the other day": "PAST_REF", "moments ago": "PAST_REF", "a moment ago": "PAST_REF",
    "at present": "PRESENT_REF", "the present day": "PRESENT_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the short term": "FUTURE_REF", "the near term": "FUTURE_REF",
}

#: Titles awarded "of the year", which is no date: "album of the year", "coach of the year".
AWARD_TITLES = (
    "album", "song", "record", "player", "coach", "manager", "rookie", "person", "car", "word", "artist", "athlete",
    "entertainer", "newcomer", "volunteer", "teacher", "employee", "sportsman", "sportswoman", "sportsperson",
    "executive", "breakthrough",
)

#: Words that make a plural unit an unknown stretch of time: "recent years", "coming weeks", "the weeks ahead".
VAGUE_STRETCHES = (
    "recent", "coming", "upcoming", "following", "ensuing", "past few", "last few", "next few", "first few",
)

#: Holiday names and the language-neutral holiday they name (dates: :data:`timeline.calendar.HOLIDAYS`).
HOLIDAYS: dict[str, str] = {
    "new year's day": "new_year", "new year's": "new_year", "new year": "new_year",
    "new year's eve": "new_years_eve", "valentine's day": "valentines_day", "groundhog day": "groundhog_day",
    "st. patrick's day": "st_patricks_day", "saint patrick's day": "st_patricks_day",
    "april fools' day": "april_fools_day", "april fool's day": "april_fools_day", "may day": "may_day",
    "cinco de mayo": "cinco_de_mayo", "flag day": "flag_day", "juneteenth": "juneteenth",
    "canada day": "canada_day", "independence day": "us_independence_day", "human rights day": "human_rights_day",
    "the fourth of july": "us_independence_day", "fourth of july": "us_independence_day",
    "july fourth": "us_independence_day", "bastille day": "bastille_day", "halloween": "halloween",
    "all saints' day": "all_saints_day", "veterans day": "veterans_day", "veterans' day": "veterans_day",
    "armistice day": "veterans_day", "remembrance day": "veterans_day", "christmas eve": "christmas_eve",
    "christmas day": "christmas", "christmas": "christmas", "xmas": "christmas", "boxing day": "boxing_day",
    "martin luther king day": "mlk_day", "martin luther king jr. day": "mlk_day",
    "martin luther king, jr. day": "mlk_day", "mlk day": "mlk_day", "MLK day": "mlk_day",
    "mlk holiday": "mlk_day", "MLK holiday": "mlk_day", "presidents' day": "presidents_day",
    "presidents day": "presidents_day", "president's day": "presidents_day", "mother's day": "mothers_day",
    "memorial day": "memorial_day", "father's day": "fathers_day", "labor day": "labor_day",
    "labour day": "labor_day", "columbus day": "columbus_day", "thanksgiving": "thanksgiving",
    "thanksgiving day": "thanksgiving", "black friday": "black_friday",
    "cyber monday": "cyber_monday", "giving tuesday": "giving_tuesday",
    "patriots' day": "patriots_day", "patriots day": "patriots_day",
    "small business saturday": "small_business_saturday",
    "election day": "us_election_day", "inauguration day": "us_inauguration_day",
    "super tuesday": "super_tuesday",
    "easter": "easter", "easter sunday": "easter", "easter day": "easter", "easter monday": "easter_monday",
    "good friday": "good_friday", "holy saturday": "holy_saturday", "palm sunday": "palm_sunday",
    "ash wednesday": "ash_wednesday", "maundy thursday": "maundy_thursday", "holy thursday": "maundy_thursday",
    "pentecost": "pentecost", "ascension day": "ascension_day", "epiphany": "epiphany", "whit monday": "whit_monday",
    "all souls' day": "all_souls_day",
    "whit sunday": "pentecost", "shrove tuesday": "shrove_tuesday", "mardi gras": "shrove_tuesday",
    "fat tuesday": "shrove_tuesday",
    "pancake day": "shrove_tuesday", "leap day": "leap_day", "arbor day": "arbor_day", "australia day": "australia_day",
    "anzac day": "anzac_day", "victoria day": "victoria_day", "bonfire night": "bonfire_night",
    "guy fawkes night": "bonfire_night", "remembrance sunday": "remembrance_sunday",
    "michaelmas": "michaelmas", "candlemas": "candlemas", "burns night": "burns_night",
    "st patrick's day": "st_patricks_day", "st. stephen's day": "boxing_day", "st stephen's day": "boxing_day",
    "saint stephen's day": "boxing_day", "waitangi day": "waitangi_day", "earth day": "earth_day",
    "three kings day": "epiphany", "three kings' day": "epiphany", "pi day": "pi_day",
    "orthodox christmas": "orthodox_christmas", "orthodox christmas day": "orthodox_christmas",
    "orthodox easter": "orthodox_easter", "orthodox easter sunday": "orthodox_easter",
    "hogmanay": "new_years_eve", "hallowe'en": "halloween", "gandhi jayanti": "gandhi_jayanti",
    "mothering sunday": "mothering_sunday", "day of german unity": "german_unity_day",
    "german unity day": "german_unity_day", "hangul day": "hangul_day", "showa day": "showa_day",
    "st. brigid's day": "st_brigids_day", "st brigid's day": "st_brigids_day", "saint brigid's day": "st_brigids_day",
    "melbourne cup day": "melbourne_cup_day",
    # the United Nations' observances the news dates stories by
    # ("world AIDS day" and "VE day" keep the capitals their title case is written with; both spellings read as one
    # key; TimeBank leaves "International Women's Day" untagged, as the name of a cause more than of a day)
    "world aids day": "world_aids_day", "world AIDS day": "world_aids_day",
    "world environment day": "world_environment_day", "world mental health day": "world_mental_health_day",
    "nelson mandela day": "mandela_day", "mandela day": "mandela_day",
    "discovery day": "discovery_day", "ve day": "ve_day", "VE day": "ve_day", "v-e day": "ve_day", "V-E day": "ve_day",
    "vj day": "vj_day", "VJ day": "vj_day", "v-j day": "vj_day", "V-J day": "vj_day",
    # the bank holidays named alike across Britain and Ireland, in title case (not the summer or August one, which
    # Scotland and Ireland keep at the start of August and England at its end)
    "early may bank holiday": "early_may_bank_holiday", "may bank holiday": "early_may_bank_holiday",
    "late may bank holiday": "spring_bank_holiday",
    "may day bank holiday": "early_may_bank_holiday", "spring bank holiday": "spring_bank_holiday",
    "june bank holiday": "june_bank_holiday", "october bank holiday": "october_bank_holiday",
}
#: Saints' days, with "St", "St." or "Saint": "St George's Day", "Saint Andrew's Day".
HOLIDAYS.update(
    {
        f"{title} {saint}'s day": f"st_{saint}s_day"
        for title in ("st", "st.", "saint")
        for saint in ("george", "andrew", "david", "crispin")
    }
)

#: Holidays of lunar and lunisolar calendars, as they are written (their dates:
#: :mod:`timeline.lunisolar`). "Ramadan" is also a surname, so it has a rule of its own.
HOLIDAYS_AS_WRITTEN: dict[str, str] = {
    "Lunar New Year": "lunar_new_year", "Chinese New Year": "lunar_new_year", "Spring Festival": "lunar_new_year",
    "Tet": "lunar_new_year", "Seollal": "lunar_new_year", "Dragon Boat Festival": "dragon_boat_festival",
    "Mid-Autumn Festival": "mid_autumn_festival", "Moon Festival": "mid_autumn_festival",
    "GivingTuesday": "giving_tuesday", "D-Day": "d_day",
    **{
        f"{eid}{link}{feast}": holiday
        for eid in ("Eid", "Id")
        for link in (" al-", " ul-", "-ul-", "-al-", " al ", " ul ", " el-", " Al-", " Al ", "-Al-", " El-")
        for feast, holiday in (("Fitr", "eid_al_fitr"), ("Adha", "eid_al_adha"), ("Azha", "eid_al_adha"))
    },
    # ... and in running text: "over the early May bank holiday"
    "early May bank holiday": "early_may_bank_holiday", "Early May bank holiday": "early_may_bank_holiday",
    "May bank holiday": "early_may_bank_holiday", "May Day bank holiday": "early_may_bank_holiday",
    "spring bank holiday": "spring_bank_holiday", "Spring bank holiday": "spring_bank_holiday",
    "late May bank holiday": "spring_bank_holiday",
    "June bank holiday": "june_bank_holiday", "October bank holiday": "october_bank_holiday",
    "Hari Raya Puasa": "eid_al_fitr", "Hari Raya Aidilfitri": "eid_al_fitr", "Lebaran": "eid_al_fitr",
    "Hari Raya Haji": "eid_al_adha", "Hari Raya Aidiladha": "eid_al_adha", "Bakrid": "eid_al_adha",
    "Bakri Eid": "eid_al_adha", "Islamic New Year": "islamic_new_year", "Hijri New Year": "islamic_new_year",
    # national days written in title case only ("a family day out" is no holiday)
    "Republic Day": "in_republic_day", "Freedom Day": "za_freedom_day",
    "Heritage Day": "za_heritage_day", "Workers' Day": "may_day", "Workers Day": "may_day",
    "International Workers' Day": "may_day", "Family Day": "family_day", "Civic Holiday": "civic_holiday",
    # (Manitoba and Prince Edward Island name the third Monday of February otherwise)
    "Louis Riel Day": "family_day", "Islander Day": "family_day",
    "the Civic Holiday": "civic_holiday", "Respect for the Aged Day": "respect_for_the_aged_day",
    "Fête nationale": "quebec_national_day", "Fête Nationale": "quebec_national_day",
    "Fete nationale": "quebec_national_day", "Saint-Jean-Baptiste Day": "quebec_national_day",
    "St-Jean-Baptiste Day": "quebec_national_day", "St. Jean Baptiste Day": "quebec_national_day",
    "National Day for Truth and Reconciliation": "truth_and_reconciliation_day",
    "the National Day for Truth and Reconciliation": "truth_and_reconciliation_day",
    "Orange Shirt Day": "truth_and_reconciliation_day",
    "August bank holiday": "summer_bank_holiday", "August Bank Holiday": "summer_bank_holiday",
    "summer bank holiday": "summer_bank_holiday", "Summer bank holiday": "summer_bank_holiday",
    "Summer Bank Holiday": "summer_bank_holiday",
    "Chuseok": "mid_autumn_festival", "Lantern Festival": "lantern_festival",
    "Passover": "passover", "Pesach": "passover", "Rosh Hashanah": "rosh_hashanah", "Rosh Hashana": "rosh_hashanah",
    "Jewish New Year": "rosh_hashanah", "Yom Kippur": "yom_kippur", "Hanukkah": "hanukkah", "Chanukah": "hanukkah",
    "Hanukah": "hanukkah", "Diwali": "diwali", "Deepavali": "diwali", "Divali": "diwali", "Holi": "holi",
    "Dhanteras": "dhanteras",
}

# "the Lunar New Year", "the Mid-Autumn Festival": the article belongs to these names
HOLIDAYS_AS_WRITTEN.update(
    {f"the {name}": holiday for name, holiday in HOLIDAYS_AS_WRITTEN.items() if name.endswith(("New Year", "Festival"))}
)

#: Names that are a holiday in some sentences and a person in others: "during Ramadan", "Tariq Ramadan".
HOLIDAY_SURNAMES: dict[str, str] = {"Ramadan": "ramadan", "Ramzan": "ramadan"}

#: Words that make "New Year" another calendar's: "Lunar New Year", "Jewish New Year".
OTHER_NEW_YEARS = ("Lunar", "Chinese", "Jewish", "Islamic", "Persian", "Iranian", "Vietnamese", "Tamil", "Sikh", "Thai")

#: Common time zone abbreviations written after clock times.
TIME_ZONES = (
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "GMT", "UTC", "BST", "CET",
    "CEST", "EET", "EEST", "MSK", "IST", "JST", "KST", "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT",
    "SAST", "WAT", "EAT", "CAT", "PKT", "HKT", "SGT", "WIB", "PHT", "ICT", "GST", "ET", "CT", "MT", "PT", "UT", "Z",
)

#: Things named after a part of day, which then dates nothing: "evening classes", "the morning rush".
PART_OF_DAY_THINGS = (
    "class", "classes", "course", "courses", "shift", "shifts", "news", "show", "shows", "rush", "commute",
    "programme", "program", "edition", "bulletin", "paper", "papers", "prayer", "prayers", "service", "services",
    "session", "sessions", "flight", "flights", "sun", "sky", "light", "routine", "school", "person",
    "people", "walk", "walks", "market", "markets", "train", "trains", "bus", "buses", "traffic", "peak",
)

#: Things named after a holiday, which then dates nothing: "a Christmas tree", "Easter Island".
HOLIDAY_THINGS = (
    "tree", "trees", "turkey", "turkeys", "egg", "eggs", "Island", "card", "cards", "lights", "carol", "carols",
    "ornament", "ornaments", "decorations", "bunny", "lily", "lilies", "basket", "baskets", "ham", "pudding",
    "cake", "cookies", "sweater", "sweaters", "stocking", "stockings", "wreath", "wreaths", "costume",
    "costumes", "candy", "platter", "movie", "film", "song", "songs", "Agreement", "Test", "Offensive", "War", "City",
    "market", "markets", "Honours", "Honors", "single", "singles", "album", "albums",
)

#: One-off events a weekday may date after "a": "before a Friday deadline" is a day, "a Sunday service" a kind.
DAY_EVENTS = ("deadline", "vote", "hearing", "summit", "debate", "election", "referendum", "launch", "kickoff")

#: Nouns counted by a number that therefore is not a year: "1990 people", "2000 troops"; or placed by it, as
#: an address: "the 2100 block of West 24th Street".
COUNTED_NOUNS = (
    "people", "persons", "men", "women", "children", "troops", "soldiers", "workers", "employees", "jobs", "votes",
    "voters", "seats", "members", "students", "residents", "refugees", "deaths", "casualties", "victims", "cases",
    "patients", "homes", "houses", "units", "cars", "vehicles", "planes", "aircraft", "ships", "tanks", "guns",
    "weapons", "missiles", "rounds", "shares", "stocks", "points", "percent", "pct", "dollars", "euros", "pounds",
    "yen", "francs", "marks", "rubles", "yuan", "cents", "tons", "tonnes", "barrels", "gallons", "liters", "litres",
    "miles", "kilometers", "kilometres", "km", "meters", "metres", "feet", "foot", "yards", "inches", "acres",
    "hectares", "square", "pages", "words", "copies", "items", "pieces", "times", "calories", "kg", "kilograms",
    "lbs", "mph", "degrees", "signatures", "stores", "branches", "offices", "companies", "firms", "banks", "loans",
    "contracts", "companies", "hours", "minutes", "seconds", "days", "weeks", "months", "employees", "delegates",
    "candidates", "participants", "protesters", "demonstrators", "police", "officers", "agents", "inmates",
    "prisoners", "hostages", "passengers", "visitors", "tourists", "fans", "spectators", "attendees", "others",
    "megawatts", "watts", "volts", "bytes", "gigabytes", "megabytes", "euro", "dollar", "block",
)

#: What is taken or given a measure at a time, after "of" ("two litres of water a day", "2GB of data a day", "150
#: minutes of exercise a week") or a possessive ("six hours' sleep a night"), and one thing counted "a" at a time ("a
#: mile a day", "an apple a day"): the unit after them makes a rate.
MEASURED_INTAKES = (
    "water", "sleep", "exercise", "data", "oxygen", "training", "alcohol", "sugar", "salt", "caffeine", "screen time",
)
COUNTED_SINGLY = ("mile", "kilometre", "kilometer", "glass", "cup", "pill", "tablet", "pack", "apple", "drink", "meal")
#: Units in the singular after a figure, whose amount "a" unit of time makes a rate: "growing by 1 kilogram a week",
#: "rising 1.5cm a month", "₹2 lakh a year".
UNITS_AFTER_A_FIGURE = (
    "kilogram", "kilo", "kg", "tonne", "ton", "centimetre", "centimeter", "cm", "millimetre", "millimeter", "mm",
    "inch", "metre", "meter", "m", "km", "foot", "pound", "lb", "litre", "liter", "gallon", "lakh", "crore", "cr",
)

#: Words that, placed just before a number, make it a name or a code rather than a year:
#: "Flight 1990", "Boeing 737", "Windows 2000", "Room 2001", "No. 1999".
NUMBER_NAMERS = (
    "flight", "route", "highway", "interstate", "no", "number", "room", "suite", "apartment", "box", "boeing",
    "airbus", "model", "version", "windows", "office", "article", "section", "chapter", "resolution", "page",
    "pages", "paragraph", "clause", "amendment", "bill", "precinct", "district", "gate", "platform", "track",
    "channel", "ward", "exit", "lot", "unit", "building", "block", "zip", "code", "pin", "extension", "ext", "tel",
    "phone", "fax", "call", "dial", "account", "item", "serial", "catalog", "catalogue", "patent", "rule", "form",
    "file", "case", "docket", "order", "decree", "law", "act", "proposition", "prop", "measure", "item", "lane",
    "street", "avenue", "road", "hall", "level", "floor", "grade", "class", "division", "jet", "jets", "engine",
    "engines", "type", "mark", "mk", "dow", "index", "nikkei", "ftse", "dax", "nasdaq", "sb", "hb", "ab", "hr",
    "ordinance", "sku", "upc", "batch", "iso",
    # ... and their plurals, before a list or range of them: "precincts 2020 through 2031", "models 1917 and 2020X"
    "flights", "routes", "rooms", "suites", "models", "versions", "articles", "sections", "chapters", "resolutions",
    "amendments", "bills", "precincts", "districts", "gates", "platforms", "tracks", "channels", "wards", "exits",
    "lots", "units", "buildings", "blocks", "paragraphs", "clauses", "items", "rules", "exhibit", "exhibits", "codes",
    "batches",
)

#: Words running text writes in lower case. Capitalised inside a sentence that is not itself in title
#: case, they are part of a name: ABC's "This Week", CBS's "60 Minutes", "High Noon", "VOA Today", "500
#: Days of Summer".
COMMON_WORDS = frozenset(
    word
    for table in (UNITS, PARTS_OF_DAY, CLOCK_WORDS, RELATIVE_DAYS, FREQUENCIES, VAGUE, SEASONS)
    for phrase in table
    for word in phrase.split()
    if word not in ("the", "more", "until", "these", "near", "long", "short")
)

#: Street names after a number make it an address, not a year: "1600 Pennsylvania Avenue", "2020 Main St."
STREET_TYPES = (
    "Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard", "Blvd.", "Parkway", "Pkwy.", "Lane", "Drive",
    "Dr.", "Way", "Place", "Court", "Ct.", "Highway", "Square", "Terrace", "Plaza", "Route", "Turnpike", "Tpke.",
    "Pike", "Trail", "Circle", "Expressway", "Freeway", "Broadway",
)

#: Words before "Court" naming a court of law, not a street: "a 2012 Supreme Court ruling".
COURT_KINDS = (
    "Supreme", "High", "District", "Appeals", "Circuit", "Superior", "Federal", "County", "Criminal", "Family",
    "Crown", "Juvenile", "Magistrates", "Constitutional", "Claims",
)

#: Vehicle makes: a year between a determiner and one of them is a model year, not a date ("the 2024 Toyota
#: Camry", "Kopp's 1987 Chevrolet Cavalier"); after a preposition it is still a year ("in 2019 Tesla sold ...").
#: Colours a vehicle is described by: "a silver 2008 Honda Accord".
COLOURS = (
    "black", "white", "silver", "gray", "grey", "red", "blue", "green", "tan", "gold", "maroon", "beige", "brown",
    "yellow", "orange", "purple", "dark", "light",
)

VEHICLE_MAKES = (
    "Acura", "Alfa Romeo", "Aston Martin", "Audi", "Bentley", "BMW", "Buick", "Cadillac", "Chevrolet", "Chevy",
    "Chrysler", "Citroen", "Dodge", "Ducati", "Ferrari", "Fiat", "Ford", "GMC", "Harley-Davidson", "Honda",
    "Hyundai", "Infiniti", "Jaguar", "Jeep", "Kawasaki", "Kia", "Lamborghini", "Land Rover", "Lexus", "Maserati",
    "Mazda", "Mercedes", "Mercedes-Benz", "Mitsubishi", "Nissan", "Oldsmobile", "Peugeot", "Pontiac", "Porsche",
    "Range Rover", "Renault", "Rolls-Royce", "Saab", "Subaru", "Suzuki", "Tesla", "Toyota", "Volkswagen", "Volvo",
    "VW", "Yamaha",
    # ... and makes and models of the past that classic cars are named by: "the 1941 Packard", "a 1967 Mustang"
    "Packard", "Holden", "Studebaker", "Datsun", "Vauxhall", "Opel", "Skoda", "DeLorean", "Mustang", "Corvette",
    "Camaro", "Thunderbird",
)

#: Nouns a model year stands before: "recalled 2014-2016 Kia Soul models", "Many 2018 models", "2024 Maverick
#: pickups".
VEHICLE_NOUNS = (
    "model year", "model years", "model", "models", "model-year", "model-years", "vehicle", "vehicles", "car",
    "cars", "pickup", "pickups", "truck", "trucks", "SUV", "SUVs", "sedan", "sedans", "minivan", "minivans",
    "motorcycles", "crossovers",
)
#: Words after a vehicle make that make it a company, not a model: "in 2008 Honda Motor", "since 2019 Tesla Inc."
MAKE_AS_COMPANY = ("Motor", "Motors", "Co", "Corp", "Inc", "Group", "Company", "Holdings", "America", "North")

#: Words for the weekends that open and close the run of an event: "its opening weekend", "the closing weekend".
RUN_ENDS = {"opening": 1, "last": -1, "final": -1, "closing": -1}

#: Capitalised words that make a weekday part of a title: "The Sunday Times", "Monday Night Football".
TITLE_HEADS = (
    "Times", "Telegraph", "Express", "Mirror", "Post", "Herald", "Star", "Mail", "Tribune", "Observer",
    "Independent", "Sport", "People", "Night", "Bloody", "Mass", "School", "Service", "Edition", "Show", "Market",
    "Club", "Company", "Co", "Holdings", "Group", "Inc", "Ticket",
)

#: Places and services that "24-hour" before them says are open around the clock: "a 24-hour diner", "its 24-hour
#: helpline" are no lengths of time.
ROUND_THE_CLOCK = (
    "diner", "diners", "store", "stores", "shop", "shops", "pharmacy", "pharmacies", "drugstore", "drugstores", "gym",
    "gyms", "restaurant", "restaurants", "supermarket", "supermarkets", "grocery", "laundromat", "cafe", "café",
    "convenience", "gas station", "petrol station", "fitness", "McDonald's", "helpline", "helplines", "hotline",
    "hotlines", "support", "customer", "emergency line", "outage line", "crisis line", "news",
)

#: Words that open a name ending in a weekday: "Ruby Tuesday", "TGI Fridays", "Sheffield Wednesday" (the club).
WEEKDAY_NAME_OPENERS = (
    "Ruby", "TGI", r"T\.G\.I\.", "Sheffield",
    # fixed names of a weekly custom or of a loyal helper: "Casual Friday", "Taco Tuesday", "his Man Friday"
    "Casual", "Taco", "Man", "Girl", "Manic", "Thirsty", "Throwback", "Meatless", "Joe",
    # common given names, before a weekday that is their surname: "said Mary Sunday, president of the association",
    # "co-founder Ben Friday" (not those that are also words opening a sentence: "Mark", "Will", "Grace", "Hope")
    "John", "Michael", "David", "James", "Robert", "William", "Richard", "Thomas", "Daniel", "Matthew", "Anthony",
    "Paul", "Steven", "Andrew", "Kevin", "Brian", "George", "Edward", "Timothy", "Jason", "Ryan", "Jacob", "Gary",
    "Nicholas", "Eric", "Jonathan", "Stephen", "Scott", "Frank", "Benjamin", "Ben", "Samuel", "Sam", "Patrick",
    "Peter", "Henry", "Nathan", "Nate", "Adam", "Noah", "Ethan", "Harry", "Jack", "Mike", "Tom", "Tony", "Steve",
    "Augustus", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
    "Karen", "Nancy", "Lisa", "Margaret", "Emily", "Michelle", "Amanda", "Rebecca", "Laura", "Anna", "Maria",
    "Emma", "Rachel", "Catherine", "Julia", "Olivia", "Sophia", "Hannah", "Alice", "Helen", "Ruth", "Jane",
)

#: Names that make "on Sunday" after them a Sunday paper's title: "the Mail on Sunday", "Scotland on Sunday".
SUNDAY_PAPERS = ("Mail", "Independent", "Scotland", "Wales")

#: Capitalised words after a month, weekday or season that make it a place: "April Lane", "Friday Harbor",
#: "Fall River".
PLACE_HEADS = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Drive", "Boulevard", "Blvd", "Way", "Court", "Place",
    "Square", "Harbor", "Harbour", "Bay", "Beach", "River", "Creek", "Island", "Hill", "Hills", "Valley", "Falls",
    "Springs", "Parkway", "Terrace", "Station", "Field", "Mountain", "Lake", "Garden", "Gardens",
)
#: Capitalised words that end the name of a firm: "Labor Day Motors", "Canada Day Fund Inc.", "Thanksgiving Coffee Co.".
FIRM_HEADS = (
    "Ltd", "Inc", "Corp", "LLC", "Co", "Plc", "PLC", "GmbH", "Motors", "Fund", "Records", "Brewing", "Brewery", "Spa",
    "Productions", "Studios",
)
#: Capitalised words after a month that make it part of a name other than a place: "March Madness" (the college
#: basketball tournament).
MONTH_NAME_HEADS = ("Madness",)

#: Words other than function words that may open a sentence before a bare year ("Late 2019 saw ...", "Throughout
#: 2023, ..."); another capitalised word there makes the year part of a name ("Euro 2020 kicks off", "Tokyo 2020 chief
#: executive", "Paris 2024 said").
YEAR_OPENERS = frozenset(
    {
        "many", "late", "early", "mid", "unlike", "throughout", "last", "next", "within", "beyond", "versus", "across",
        "along", "past", "approximately", "nearly", "almost", "roughly", "toward", "towards", "upon", "amid", "despite",
        "above", "below", "behind", "beside", "besides", "inside", "outside", "around", "about", "circa", "including",
        "excluding", "plus", "minus", "whereas", "once", "every", "each", "several", "few", "both", "either",
    }
)

#: Titles a person's name follows, written with or without a period ("Dr. Sunday Adeyemi", "Mrs. May", "Father
#: Christmas"). Not offices such as "Mayor" or "President", after which a date may follow a name left out.
PERSON_TITLES = frozenset(
    {
        "dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "rev", "reverend", "fr", "father", "sister",
        "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "det", "insp", "sir", "dame", "judge", "officer",
        "pastor", "coach",
    }
)

#: Capitalised words after which a year is still a year, not part of a name ("Beechcraft 1900"): months,
#: seasons, and the words of fiscal and calendar years.
BEFORE_YEARS = frozenset(
    {*MONTHS, *SEASONS, "fiscal", "fy", "year", "calendar", "christmas", "easter", "mid", "pre", "circa"}
)

#: Words that, right before "a day" or "a week", make it a length, not a rate of what was counted before it: verbs
#: whose object a length is ("two men spent a week", "the three firms have a month"), prepositions and bounds ("five
#: of them for a day", "two more than a year").
BEFORE_A_LENGTH = frozenset(
    {
        "is", "was", "were", "are", "be", "been", "being", "am", "has", "have", "had", "having", "spent", "spend",
        "spends", "spending", "took", "take", "takes", "taking", "taken", "lasted", "last", "lasts", "gave", "give",
        "gives", "given", "giving", "wait", "waits", "need", "needs", "get", "gets", "got", "allow", "allows", "serve",
        "serves", "stay", "stays", "remain", "remains", "meet", "meets", "mark", "marks", "celebrate", "celebrates",
        "for", "in", "within", "over", "after", "before", "about", "than", "only", "just", "nearly", "almost", "under",
        "around", "once", "every", "each", "at", "by", "to", "of", "on", "and", "or", "but", "that", "until", "till",
        "since", "during", "throughout", "more", "less", "least", "most", "another", "extra", "additional", "off",
        "out", "up", "down", "away", "back", "into", "roughly", "approximately", "some", "it",
        "them", "him", "her", "us", "you", "me", "this", "what", "which", "who", "there", "then", "still", "will",
        "would", "could", "should", "can", "may", "might", "must", "not", "do", "does", "did", "done",
    }
)
#: ... and those that cannot stand inside the words counted before it either ("waits average 23 minutes and could top
#: an hour"); "of" can ("15 free hours of childcare a week").
NOT_IN_A_COUNT = BEFORE_A_LENGTH - {"of", "more", "extra", "additional"}
