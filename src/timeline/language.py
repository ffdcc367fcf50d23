"""Languages: the data a language gives the engine, and the registry that finds it by code."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping

import attrs

from timeline.errors import UnsupportedLanguageError
from timeline.rules import Rule

__all__ = ["Cues", "EventWords", "Language", "Particles", "available_languages", "get_language", "language_module"]

#: Reads one captured group (its part name and text) into (part field, value) pairs.
GroupReader = Callable[[str, str], list[tuple[str, object]]]


@attrs.frozen
class Particles:
    """The function words the engine's grammar checks one by one, each named by the part it plays (English words
    in the examples): the engine asks ``word == particles.infinitive``, never ``word == "to"``."""

    #: the infinitive's marker: "expects to close"
    infinitive: str
    #: the negation after an auxiliary: "did not notice", "not until Nov. 9"
    negation: str
    #: negations after a modal: "could not", "could never"
    negators: frozenset[str]
    #: past auxiliaries with the negation joined to them: "didn't", "wasn't"
    negated_past_verbs: frozenset[str]
    #: the past auxiliary of a negation or question: "did not"
    past_do: str
    #: the base form of the passive's auxiliary: "could be located"
    be: str
    #: the participle of the passive's auxiliary: "had been scheduled"
    been: str
    #: the auxiliary of a perfect after a modal or "to": "should have waited", "could have been done"
    perfect: str
    #: verbs whose object is then done by someone: "to have the fire contained", "to get the work done"
    causatives: frozenset[str]
    #: the definite article: "the next meeting" is no headline's "next meeting"
    definite_article: str
    #: the word for what comes next: a headline's "Next drawing Friday"
    next: str
    #: the preposition naming what a plan or a forecast is for: "scheduled for Monday"
    intended_for: str
    #: the preposition of a deadline: "by Friday"
    deadline: str
    #: the preposition of a passive's agent: "followed by a memorial service"
    agent: str
    #: the preposition of a day: "Legislators on Monday advanced"
    dated_on: str
    #: the preposition of a month or a year: "began in January"
    dated_in: str
    #: the adverb of a release: "out Tuesday"
    released: str
    #: present forms of "be" that put a thing on a timetable: "is out on Friday", "is to resume"
    present_copulas: frozenset[str]
    #: the past forms of the copula: "applications were due Aug. 1"
    past_copulas: frozenset[str]
    #: the conjunction that opens a reported clause: "said on Monday that"
    complementizer: str
    #: the adjective of a timetable: "due Friday"
    due: str
    #: the preposition after "due" that may make it a cause: "due in part to"
    due_within: str
    #: the preposition of the length a count of things takes: "nine rounds in four days"
    done_within: str
    #: the preposition that opens a range: "from March until the end of June"
    range_opener: str
    #: the preposition of a noun's complement: "the warrant of further detention"
    complement_of: str
    #: the word that opens an absolute clause: "with preorders opening Friday"
    absolute_opener: str
    #: conjunctions joining two verbs or clauses: "confirmed the talks and said"
    conjunctions: frozenset[str]
    #: conjunctions that join verbs of one form: "confirmed and said", "will or will not"
    joining: frozenset[str]
    #: the conjunction of addition: "and"
    addition: str
    #: the articles alone, without possessives: a source named with one ("a spokesman")
    bare_articles: frozenset[str]
    #: the modal of a future told in a report: "said the exercises would start"
    reported_future: frozenset[str]
    #: words after which "'s" is "is", not a possessive: "that's", "there's"
    contracted_is_after: frozenset[str]
    #: nouns of a report: "a statement on Tuesday"
    report_nouns: frozenset[str]
    #: adverbs that may stand inside a verb group: "has also said", "had already left"
    verb_group_adverbs: frozenset[str]
    #: the forms of the verb of saying that attribute a quote even when not read as verbs: "said", "says"
    saying: frozenset[str]
    #: prepositions that name a report's source: "a report from the Center", "a statement by the ministry"
    source_prepositions: frozenset[str]
    #: the ending of a regular past or participle: "proposed"
    past_ending: str
    #: endings of words that end like a past but are none: "need", "feed"
    not_past_endings: tuple[str, ...]
    #: the ending of a present participle or a gerund: "meeting"
    participle_ending: str
    #: the ending of an adverb of manner: "fully", "originally"
    adverb_ending: str
    #: the ending of a verb's third person and of a noun's plural: "meets", "talks"
    s_ending: str
    #: endings in that letter that make no plural: "gas", "bus", "Friday's"
    not_plural_endings: tuple[str, ...]
    #: the negation joined to an auxiliary: "couldn't"
    negation_endings: tuple[str, ...]
    #: the future joined to its subject: "he'll"
    future_ending: str
    #: the possessive, with either apostrophe: "Saturday's lineup"
    possessive_endings: tuple[str, ...]
    #: the endings a verb's third person adds to its base form: "opens", "finishes"
    present_endings: tuple[str, ...]
    #: the relative adverb of a time, whose clause tells what happened then: "at 9:37 a.m., when the Pentagon was
    #: struck"
    time_relative: str
    #: endings of a third person respelled from its base form's, with the base's: "flies" -> fly
    present_respellings: tuple[tuple[str, str], ...]
    #: the letter a base form drops before the participle's ending: "make", "making"
    silent_ending: str
    #: whether a base form doubles its last consonant before the participle's ending: "run", "running"
    doubles_final_consonant: bool

    def present_bases(self, verb: str) -> frozenset[str]:
        """The word and the base forms it has if it is a verb's third person: "finishes" -> finish, finishe;
        "flies" -> fly."""
        respelled = (verb[: -len(ending)] + base for ending, base in self.present_respellings if verb.endswith(ending))
        stripped = (verb[: -len(ending)] for ending in self.present_endings if verb.endswith(ending))
        return frozenset({verb, *stripped, *respelled})

    def participle_bases(self, stem: str) -> frozenset[str]:
        """The base forms of a present participle's stem (the participle without its ending): "mak" -> mak,
        make; "runn" -> runn, runne, run."""
        bases = {stem, stem + self.silent_ending}
        if self.doubles_final_consonant and len(stem) > 2 and stem[-1] == stem[-2]:
            bases.add(stem[:-1])
        return frozenset(bases)


@attrs.frozen
class Cues:
    """Words the engine looks for around an expression: tense, reporting, sentence ends."""

    future: frozenset[str]
    future_needing_to: frozenset[str]
    past: frozenset[str]
    present: frozenset[str]
    not_past_ed: frozenset[str]
    reporting: frozenset[str]
    abbreviations: frozenset[str]
    participle_auxiliaries: frozenset[str]
    past_forms_not_participles: frozenset[str]
    clause_breaks: frozenset[str]
    #: quotation marks: a clause's verb is not looked for past one
    quotes: frozenset[str]
    determiners: frozenset[str]
    past_auxiliaries: frozenset[str]
    #: articles and possessives: a form in -ed right after one is an adjective ("a proposed merger")
    articles: frozenset[str]
    #: possessives and indefinite articles: a name after one modifies a noun ("its March Madness run")
    name_modifiers: frozenset[str]
    #: adverbs that may stand between an article and its adjective ("a still unspecified date")
    degree_adverbs: frozenset[str]
    #: verb forms: after "to" they make an infinitive ("to meet"), other words a preposition ("to death")
    verbs: frozenset[str]
    #: pronouns that can be a verb's subject ("they meet")
    subject_pronouns: frozenset[str]
    #: ... of a person, whose next word in -s is a verb in the present: "she competes again on Monday"
    personal_subjects: frozenset[str]
    #: the text that may separate a clock time from the day it belongs to, named after it
    clock_to_day: re.Pattern[str]
    #: words written in lower case in running text: capitalised mid-sentence they belong to a name
    common_words: frozenset[str]
    #: the function words the grammar checks one by one
    particles: Particles
    #: words that make "in two years" look back ("the first talks in a year", "the highest in a decade")
    firsts: frozenset[str] = frozenset()
    #: adjectives that rank what a noun phrase names, before a participle in it: "a final televised debate"
    ranking_adjectives: frozenset[str] = frozenset()
    #: verbs whose simple present states a timetable: "the tour opens on 3 November", "talks resume Monday"
    schedule_verbs: frozenset[str] = frozenset()
    #: verbs of a timetable that say their day comes after one named before: "Trading resumes Tuesday, and the jobs
    #: report follows on Friday"
    sequence_verbs: frozenset[str] = frozenset()
    #: titles of persons (lower case, without a period): a weekday or month after one is a name ("Dr. Sunday
    #: Adeyemi", "Mrs. May", "Father Christmas")
    person_titles: frozenset[str] = frozenset()
    #: capitalised words that may stand right before a year without making it a name ("January 1998")
    before_years: frozenset[str] = frozenset()
    #: words besides function words that may open a sentence before a bare year ("Throughout 2023")
    year_openers: frozenset[str] = frozenset()
    #: the names of the days of the week, in lower case
    weekday_words: frozenset[str] = frozenset()
    #: words opening a clause that tells what came before the clause it hangs on: "..., following a move in January"
    retrospective_openers: frozenset[str] = frozenset()
    #: verbs in the present that say their subject comes after their object: "follows"
    following_verbs: frozenset[str] = frozenset()
    #: verbs whose simple past is written as their base form: "set", "cut", "put"
    unchanged_pasts: frozenset[str] = frozenset()
    #: verbs that ask for something by a deadline: "has sought a detailed report by Friday"
    requests: frozenset[str] = frozenset()
    #: adjectives of a plan that a day's possessive puts ahead: "Sunday's planned referendum"
    planned_adjectives: frozenset[str] = frozenset()
    #: words after a comma that may open an imperative: "..., so make it on Saturday"
    advice_openers: frozenset[str] = frozenset()
    #: what may stand right before an imperative inside a sentence: "Please put your tree out", "Tree collections: put
    #: your tree out"
    imperative_openers: frozenset[str] = frozenset()
    #: words that introduce a day besides prepositions and verbs: before one, a weekday is that day, not a name
    #: ("last Friday", "and Tuesday")
    day_introducers: frozenset[str] = frozenset()
    #: the names of the months, as words: "april", "sept"
    month_words: frozenset[str] = frozenset()
    #: reporting verbs whose first noun is the one addressed, not a subject: "told students on Tuesday to leave"
    addressing: frozenset[str] = frozenset()
    #: an article before a clock time, matched at its start: the clock time qualifies a noun ("the 10:55 p.m. red-eye")
    clock_adjective: re.Pattern[str] = re.compile(r"(?!)")
    #: the noun phrase between such a clock time and its day: "red-eye out of San Francisco on"
    clock_noun_to_day: re.Pattern[str] = re.compile(r"(?!)")
    #: the words of the calendar and the clock, in lower case: units, parts of day, weekdays, months, seasons
    calendar_words: frozenset[str] = frozenset()
    #: the words of units of time, singular and plural: "day", "weeks"
    length_units: frozenset[str] = frozenset()
    #: markers of the past that compare after a length of time: "will open an hour earlier"
    length_comparatives: frozenset[str] = frozenset()
    #: planning words whose object or "for" names a date still ahead: "planned a rally for Saturday"
    planning: frozenset[str] = frozenset()
    #: articles, prepositions, conjunctions and other words that cannot be a verb's subject
    function_words: frozenset[str] = frozenset()
    #: modals: the verb after one is the clause's finite verb
    modals: frozenset[str] = frozenset()
    #: modals that are also the past of an ability: "could not be reached" (but "fog could return Sunday")
    ability_modals: frozenset[str] = frozenset()
    #: words after which a verb is in its base form: "can put", "did not cut" (not the past forms)
    base_form_markers: frozenset[str] = frozenset()
    #: adjectives that put an event on a timetable when a time follows ("due on Tuesday", "due out Friday")
    timetabled: frozenset[str] = frozenset()
    #: the words after such an adjective that introduce the time
    timetable_followers: frozenset[str] = frozenset()
    #: times that "due" may name right after it: "the jobs report is due Friday"
    due_times: frozenset[str] = frozenset()
    #: words after "due in" that make it a cause ("due in part to"), not a time
    not_timetable_after_in: frozenset[str] = frozenset()
    #: holidays that name the day of an event a story may date ("election day"), with what follows a date
    #: naming that event ("the Nov. 5 election") and what precedes one ("the polls on 26 October")
    event_days: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = attrs.field(factory=dict)
    #: how the text names each country (code -> pattern), for holidays several countries keep
    country_names: dict[str, re.Pattern[str]] = attrs.field(factory=dict)
    #: the place a story opens with in capitals, matched at its start: "ISLAMABAD: Preparations are in full swing"
    dateline: re.Pattern[str] = re.compile(r"(?!)")
    #: holidays kept under one name by several countries: holiday -> country code -> that country's holiday
    national_holidays: dict[str, dict[str, str]] = attrs.field(factory=dict)
    #: days that name a historic event ("the Sept. 11 attacks"): (month, day) -> what follows, and the year
    historic_days: dict[tuple[int, int], tuple[re.Pattern[str], int]] = attrs.field(factory=dict)
    #: holidays that name one historic event, and its year: "D-Day" (1944)
    historic_holidays: dict[str, int] = attrs.field(factory=dict)
    #: what makes a day the day of an event that many years (group ``nth``) before its anniversary: "the 75th
    #: anniversary of VE Day"
    nth_anniversary_of: re.Pattern[str] = re.compile(r"(?!)")
    #: the auxiliary of the past perfect ("had urged residents to leave by Tuesday night")
    past_perfect: frozenset[str] = frozenset()
    #: the auxiliaries of the present perfect ("has been extended through Jan. 5")
    perfect_auxiliaries: frozenset[str] = frozenset()
    #: what opens a range whose end follows "and" ("between Thanksgiving and Christmas"), and what joins the two
    range_opening: re.Pattern[str] = re.compile(r"(?!)")
    #: what names the days a warning covers, after a verb that announces it: "has issued alerts for Thursday"
    warned_days: re.Pattern[str] = re.compile(r"(?!)")
    #: what ends a run into a weekend, matched before it: "from Thursday into the weekend"
    run_into: re.Pattern[str] = re.compile(r"(?!)")
    range_close: re.Pattern[str] = re.compile(r"(?!)")
    #: what follows the month of a futures contract ("for December delivery"): the coming one
    delivery: re.Pattern[str] = re.compile(r"(?!)")
    #: present verbs that with the words after them put a date on a timetable ("go on sale", "takes effect")
    timetable_phrases: dict[str, frozenset[tuple[str, ...]]] = attrs.field(factory=dict)
    #: words that end a span ahead ("until"), unless a negated past came before them
    span_ends: frozenset[str] = frozenset()
    #: a past negated in one word ("didn't", "never")
    negated_past: frozenset[str] = frozenset()
    #: adverbs that tell a plan as it first was ("was originally scheduled for the summer")
    overtaken_adverbs: frozenset[str] = frozenset()
    #: nouns a number counts ("10 votes", "3 points"): after a number they are no verbs
    counted_nouns: frozenset[str] = frozenset()
    #: what stands before a weekend that has passed whatever the tense: "strikes over the weekend"
    weekend_past: re.Pattern[str] = re.compile(r"(?!)")
    #: what follows clock times that take effect from a day on, and so recur: "close at 9 p.m. starting Tuesday"
    new_hours: re.Pattern[str] = re.compile(r"(?!)")
    #: numbers written in words: a verb form after one is a noun it counts ("two votes", "three shows")
    number_words: frozenset[str] = frozenset()
    #: time zones news tells on the 24-hour clock, as the parts read them: "11:20 UTC" is before noon
    twenty_four_hour_zones: frozenset[str] = frozenset()
    #: particles that make a verb go on: "went on until 2am", "dragged on until late June"
    going_on: frozenset[str] = frozenset()
    #: efforts in progress toward what follows "to": "were working to restore the rest by Thursday"
    efforts: frozenset[str] = frozenset()
    #: words that open an amount: "expect up to 20 centimetres", "about 5,000 visitors"
    amount_openers: frozenset[str] = frozenset()
    #: past verbs of an activity whose "until" tells when it ended ("worked until late Tuesday night")
    durative_past: frozenset[str] = frozenset()
    #: past verbs after which "until" says when something finally happened: "it took until Christmas Day to dig out"
    finally_until: frozenset[str] = frozenset()
    #: conjunctions that make a bare participle after them a condition still to be met ("if elected")
    conditions: frozenset[str] = frozenset()
    #: words of a forecast whose "for" names a time still ahead ("rain forecast for Wednesday")
    forecasting: frozenset[str] = frozenset()
    #: prepositions after which a gerund tells what has happened: "after tearing a ligament in Sunday's loss"
    #: words that reach back to the date after them, past whatever the clause's tense ("will be retroactive to")
    #: the particles of phrasal verbs, between a participle and its date ("to be handed out Saturday")
    verb_particles: frozenset[str] = frozenset()
    reaching_back: frozenset[str] = frozenset()
    retrospective: frozenset[str] = frozenset()
    #: participles that before "to" tell a state ("a presentation dedicated to the Switch 2 on April 2")
    stative_before_to: frozenset[str] = frozenset()
    #: verbs that let what their infinitive names happen then: "were allowed to reopen on May 11"
    permitting: frozenset[str] = frozenset()
    #: what ends right before a day one is ruled out of: "ruled Vick out of Sunday's finale"
    ruled_out: re.Pattern[str] = re.compile(r"(?!)")
    #: what moves or calls off an event named by its day's possessive: "moved Saturday's practice to 6 a.m."
    moved_event: re.Pattern[str] = re.compile(r"(?!)")
    #: ... and what follows such a day to where or when it is moved: "'s practice to 6 a.m."
    moved_to: re.Pattern[str] = re.compile(r"(?!)")
    #: markers of the future that are adjectives after an article or possessive: "their starting running back"
    future_adjectives: frozenset[str] = frozenset()
    #: verbs of getting ready: what is awaited "for" is still to come
    preparing: frozenset[str] = frozenset()
    #: nouns naming events: what a possessive's "next" one is lies ahead ("before its next meeting on Nov. 3"),
    #: unlike the next holder of a post ("named Menon its next provost on Friday")
    event_nouns: frozenset[str] = frozenset()
    #: words of an estimate, which may count a past range up to a day still ahead
    estimating: frozenset[str] = frozenset()
    #: verbs by which data are released: "official figures showed on Wednesday" reports the figures
    showing: frozenset[str] = frozenset()
    #: words in "s" that are no plurals ("gas", "news"): no base-form verb follows them as its subject
    not_plurals: frozenset[str] = frozenset()
    #: plurals not in "s" ("women", "people"): a base-form verb may follow them as its subject
    irregular_plurals: frozenset[str] = frozenset()
    #: finite verbs a plural noun may stand before as their subject ("U.N. forces were penned")
    finite_auxiliaries: frozenset[str] = frozenset()
    #: breaks after which a clause stands on its own ("...; by Tuesday night, turnout could ...")
    strong_breaks: frozenset[str] = frozenset()
    #: words that open a relative clause ("a strike on Thursday that shut down the network")
    relative_pronouns: frozenset[str] = frozenset()
    #: verbs of a relative clause that place its antecedent in the calendar: "Chinese New Year, which falls on Feb. 5"
    calendar_placing: frozenset[str] = frozenset()
    #: future markers that look ahead with an object too, in the present: "it expects a stronger second half"
    expecting: frozenset[str] = frozenset()
    #: adverbs between an auxiliary and its participle, besides those a suffix marks ("has already been")
    aspect_adverbs: frozenset[str] = frozenset()
    #: verbs that direct someone to do something: "ordered the agency to restore the data by Tuesday"
    directives: frozenset[str] = frozenset()
    #: past verbs of an aim or undertaking: "hoped to contain the blaze by Thursday"
    aspirations: frozenset[str] = frozenset()
    #: ... of which these look ahead whatever the preposition of the date: "hoped to restart in the autumn"
    open_aspirations: frozenset[str] = frozenset()
    #: verbs that arrange an event for a date named after "for": "called an election for July 4"
    arranging: frozenset[str] = frozenset()
    #: arranging verbs that arrange only with an object before "for": "issued an alert for Saturday" (but "the
    #: advisory issued for the weekend ended Sunday" is told)
    arranging_with_object: frozenset[str] = frozenset()
    #: irregular past participles: "may have been", "would have gone"
    participles: frozenset[str] = frozenset()
    #: modals that, followed by "have", speak of the past: "should have", "may have"
    past_modals: frozenset[str] = frozenset()
    #: conjunctions joining two verbs of one subject: "began Wednesday and runs through Saturday"
    coordinators: frozenset[str] = frozenset()
    #: words that open a new clause, like a clause break: "..., and the school year begins Wednesday"
    clause_openers: frozenset[str] = frozenset()
    #: conjunctions that open a clause of their own right before a date's words: the verb of "after Wednesday's
    #: attempt was scrubbed" dates Wednesday, not the main clause's
    subordinate_openers: frozenset[str] = frozenset()
    #: a day of the month written as an ordinal in figures: "on the 14th"
    day_ordinal: re.Pattern[str] = re.compile(r"(?!)")
    #: prepositions of a bound a negated present perfect has not reached yet: "has not lodged a return by 31 October"
    not_yet_bounds: frozenset[str] = frozenset()
    #: the present perfect's auxiliaries with the negation joined to them: "haven't"
    negated_perfects: frozenset[str] = frozenset()
    #: conjunctions of time, after which a present tells the future of a future main clause: "when it first sits"
    time_conjunctions: frozenset[str] = frozenset()
    #: what joins a clock time to the one day it is on, after it, in a sentence of recurring days: "data through 8 a.m.
    #: Eastern on Tuesday" (not "to 5 p.m. through Oct. 28", a bound)
    clock_on_its_day: re.Pattern[str] = re.compile(r"(?!)")
    #: ... unless the day goes on to another, of a range or a list: "Sunday through Thursday nights"
    day_goes_on: re.Pattern[str] = re.compile(r"(?!)")
    #: what makes the clock times of a clause the hours of a rule or a habit, of no one day: "must close by 1 a.m."
    standing_hours: re.Pattern[str] = re.compile(r"(?!)")
    #: what joins hours to the last day they are kept on: "open from 11 a.m. to 9 p.m. through the weekend"
    hours_through: re.Pattern[str] = re.compile(r"(?!)")
    #: what makes a day the first of a regime, matched right before it: "from Monday", "starting Feb. 16"
    regime_start: re.Pattern[str] = re.compile(r"(?!)")
    #: what tells of a morning or a night, keeping an early clock time without a.m. or p.m. in the small hours: "the
    #: next morning he was up at 4.30"
    morning_words: re.Pattern[str] = re.compile(r"(?!)")
    #: what joins two clock times of one range, besides ``clock_to_day``: "between 2 p.m. and 6 p.m."
    clock_range: re.Pattern[str] = re.compile(r"(?!)")
    #: what joins a clock time to the next of a list or its restatement, sharing the day after the last: "7:30 p.m.
    #: Eastern, 4:30 p.m. Pacific, on Saturday"
    clock_list: re.Pattern[str] = re.compile(r"(?!)")
    #: what joins the items of a list: "every Monday, Wednesday and Friday"
    list_join: re.Pattern[str] = re.compile(r"(?!)")
    #: a count of things right before a length of one unit, which makes it a rate ("one halibut a day"): matched at
    #: the end of the text before it, group ``last`` the word right before it
    #: what stands before four figures that, beside a clock time written with a leading zero, are one too: "finish
    #: at 1530" (matched at the end of the text before them)
    clock_time_before: re.Pattern[str] = re.compile(r"(?!)")
    #: what opens the day a thing begins on, matched before it: "apply from Monday"
    #: what tells a clock time of the moment of writing, matched before it: "it's now 7.20am"
    clock_now: re.Pattern[str] = re.compile(r"(?!)")
    starts_from: re.Pattern[str] = re.compile(r"(?!)")
    #: what closes a clause right after a date: punctuation, the end of the text, "onwards"
    clause_closes: re.Pattern[str] = re.compile(r"(?!)")
    count_before_a_rate: re.Pattern[str] = re.compile(r"(?!)")
    #: ... unless that word makes it a length ("two men spent a week")
    before_a_length: frozenset[str] = frozenset()
    #: ... or a word between the count and it does ("23 minutes and could top an hour")
    not_in_a_count: frozenset[str] = frozenset()
    #: ... or what follows it does ("a week after the storm", "a day early"), matched right after it
    after_a_length: re.Pattern[str] = re.compile(r"(?!)")
    #: what joins the two ends of a range of days or hours: "Monday through Friday", "9am-5pm"
    span_join: re.Pattern[str] = re.compile(r"(?!)")
    #: what ends a run of days, matched right before its last day: "runs through April 3"
    run_end: re.Pattern[str] = re.compile(r"(?!)")
    #: what makes a date open or close a stretch of days, matched before it: "Beginning Monday", "until March 31"
    span_edge: re.Pattern[str] = re.compile(r"(?!)")
    #: what makes a length of days or more the stretch of a clause, matched before it: "take about two weeks"
    stretch_length: re.Pattern[str] = re.compile(r"(?!)")
    #: what joins the start of a range of dates to its end: "from Nov. 15 through Jan. 10"
    range_end: re.Pattern[str] = re.compile(r"(?!)")
    #: what separates the entries of a listing: "Mon-Fri 9am-5pm; Sat 10am-4pm"
    list_break: re.Pattern[str] = re.compile(r"(?!)")
    #: what joins a range of days to the hours kept on them: "Monday through Friday, from 9 a.m. to 5 p.m."
    days_to_hours: re.Pattern[str] = re.compile(r"(?!)")
    #: ... and what joins the two ends of such hours besides ``span_join``: "between 8 a.m. and 4:30 p.m."
    hours_join: re.Pattern[str] = re.compile(r"(?!)")
    #: what opens a clock time restated in another zone: "2 p.m. EST (1900 GMT)"
    restatement: re.Pattern[str] = re.compile(r"(?!)")
    #: what joins a day counted from the story to the date that restates it: "the following Saturday, April 22"
    apposition: re.Pattern[str] = re.compile(r"(?!)")
    #: a school year or season across two years ("the 2025-26 school year"), and the month its second year starts
    split_year: re.Pattern[str] = re.compile(r"(?!)")
    split_year_turn: int = 7
    #: a copula right before a date: "the last day of school is June 4"
    copula: re.Pattern[str] = re.compile(r"(?!)")
    #: what joins a weekday to the holiday it falls on ("Monday's Memorial Day holiday", "Father's Day is Sunday")
    holiday_apposition: re.Pattern[str] = re.compile(r"(?!)")
    #: what joins a length of time to the date it counts from: "a year after the Oct. 7 attack"
    elapsed_since: re.Pattern[str] = re.compile(r"(?!)")
    #: what joins a length of time to the date it counts down to: "seven weeks to the Feb. 25 election"
    elapsed_until: re.Pattern[str] = re.compile(r"(?!)")
    #: what opens a benchmark after a superlative ("the lowest since April 2000"), matched before the date
    benchmark: re.Pattern[str] = re.compile(r"(?!)")
    #: what says, right after a clock time and its day, that they are told in another place's time: " local time",
    #: " in Hong Kong"
    elsewhere_time: re.Pattern[str] = re.compile(r"(?!)")
    #: what makes "in" and a length after it a usual span, not a date ahead: "more rain than the area normally gets in
    #: a month"
    usual_length: re.Pattern[str] = re.compile(r"(?!)")
    #: what may stand before a year that opens a sentence and frames its months: "In 2030, ..."; group ``named`` when
    #: the year names what the sentence is about ("The 2022 Games will be held from Feb. 4")
    frame_opening: re.Pattern[str] = re.compile(r"(?!)")
    #: what turns a sentence from the thing a year opening it names to another: "..., but this new set, out May 19"
    contrast: re.Pattern[str] = re.compile(r"(?!)")
    #: what turns a sentence opened by a year to the present: "Throughout 2020 ...; now, ... a December rush"
    turn_to_now: re.Pattern[str] = re.compile(r"(?!)")
    #: what may open a sentence before a weekday that moves a story on ("On Thursday, the fire destroyed")
    story_step_opening: re.Pattern[str] = re.compile(r"(?!)")
    #: what brings a story told years back to the present in a weekday's sentence: "their 75th anniversary"
    anniversary: re.Pattern[str] = re.compile(r"(?!)")
    #: a length after a weekday that measures it from the story's event: "On Monday, a month after the rescue,"
    measured_from_the_story: re.Pattern[str] = re.compile(r"(?!)")
    #: what ends a span, matched right before a date: "funded the government through Jan. 30"
    span_end: re.Pattern[str] = re.compile(r"(?!)")
    #: what ends a span running from now, matched right before a date: "runs until Dec. 31"
    span_until: re.Pattern[str] = re.compile(r"(?!)")
    #: ... and one fronted before its main clause, matched right before a date: "Until Monday, the museum was"
    fronted_span_end: re.Pattern[str] = re.compile(r"(?!)")
    #: the word that may govern a date, matched right before it (group ``word``): "said Thursday"
    verb_before: re.Pattern[str] = re.compile(r"(?!)(?P<word>)")
    #: ... when that word is a participle made passive: "had been admitted Feb. 26"
    passive_verb_before: re.Pattern[str] = re.compile(r"(?!)")
    #: what leads up to a date, matched right before it: "ahead of the Feb. 23 election"
    lead_up: re.Pattern[str] = re.compile(r"(?!)")
    #: the event a past clause called, right before its date: "paving the way for an election on July 2"
    called_event: re.Pattern[str] = re.compile(r"(?!)")
    #: what makes a year a fiscal one, which frames no calendar months: "fiscal 2026", "FY2026"
    fiscal: re.Pattern[str] = re.compile(r"(?!)")
    #: what makes a date the one a thing follows, matched right before it: "after Monday's election"
    following: re.Pattern[str] = re.compile(r"(?!)")
    #: what a day's event is a source of, before it: "a partial benefit from Wednesday's cut"
    drawn_from: re.Pattern[str] = re.compile(r"(?!)")
    #: what follows a day whose close a figure is set against, matched right after it: "Friday's closing price"
    close_of: re.Pattern[str] = re.compile(r"(?!)")
    #: what makes a date the time of a level compared with, matched right before it: "up from 3.1% in January"
    compared_figure: re.Pattern[str] = re.compile(r"(?!)")
    #: what makes a date the day of a change to come in a future clause, matched right before it: "will fall to
    #: 7.3% from 7.7% on Friday"
    change_between_figures: re.Pattern[str] = re.compile(r"(?!)")
    #: nouns in -ing made from timetable verbs, no participles: "the annual shareholder meeting on Thursday"
    verbal_nouns: frozenset[str] = frozenset()
    #: what joins a reporting period to the day it ends on: "the six months to December 31"
    period_to: re.Pattern[str] = re.compile(r"(?!)")
    #: what stands before such a period, matched right before its length: "the group's 52 weeks"
    period_owner: re.Pattern[str] = re.compile(r"(?!)")
    #: short words a title keeps in lower case: "Midnight in Paris"
    title_small_words: frozenset[str] = frozenset()
    #: verbs that announce a span to come, in the present perfect: "has issued a warning from 6pm Saturday"
    announcing: frozenset[str] = frozenset()
    #: what puts a date after the time of its clause, matched right before it: "ahead of Sunday's runoff"
    leading_to: re.Pattern[str] = re.compile(r"(?!)")
    #: what stands before a day's event its clause looks to, and what names the event after the day: "for
    #: Saturday's weigh-ins"
    #: what follows a weekday said to be something to come, right after a verb of saying: "said Thursday would be
    #: their busiest day"
    foretold_of_a_day: re.Pattern[str] = re.compile(r"(?!)")
    for_an_event: re.Pattern[str] = re.compile(r"(?!)")
    event_of_a_day: re.Pattern[str] = re.compile(r"(?!)")
    #: ... and the day of an event named after it: "ahead of the company's investor day on April 14"
    leading_to_an_event_on: re.Pattern[str] = re.compile(r"(?!)")
    #: what puts the day of an event named after it before the day its sentence named first: "after a 67 on Saturday"
    following_an_event_on: re.Pattern[str] = re.compile(r"(?!)")
    #: what a date of an event still to come stands between, matched before and after it: "the March 5 primary"
    event_date_before: re.Pattern[str] = re.compile(r"(?!)")
    event_date_after: re.Pattern[str] = re.compile(r"(?!)")
    #: what introduces the period a figure covers, matched right before it: "For the full year, revenue rose"
    period_reported: re.Pattern[str] = re.compile(r"(?!)")
    #: what makes a date the earliest a thing may happen, matched right before it: "as soon as Saturday"
    earliest: re.Pattern[str] = re.compile(r"(?!)")
    #: what joins a date to the weekday it falls on after it: "through New Year's Eve on Saturday"
    falls_on: re.Pattern[str] = re.compile(r"(?!)")
    #: what says a date falls on the weekday after it, whatever the clause's tense: "Australia Day falling on
    #: Wednesday"
    said_to_fall_on: re.Pattern[str] = re.compile(r"(?!)")
    #: what sets a date for something still to come, matched right before it: "has set a PDUFA date of July 24"
    date_set: re.Pattern[str] = re.compile(r"(?!)")
    #: what declares a day something, before it and after it: "declared Monday a public holiday"
    declared_before: re.Pattern[str] = re.compile(r"(?!)")
    declared_after: re.Pattern[str] = re.compile(r"(?!)")
    #: what makes a weekday the earliest a thing may happen unless the clause is past, matched right before it:
    #: "winds arriving as early as Tuesday night" (but "lined up as early as Monday")
    earliest_unless_past: re.Pattern[str] = re.compile(r"(?!)")
    #: what after a weekday's possessive tells the result of a game played that day, matched at its end: "Thursday's
    #: 0-0 draw"
    result_after: re.Pattern[str] = re.compile(r"(?!)")
    #: what right before a weekday tells the result of a game played that day: "after beating Baltimore 17-10 on
    #: Sunday"
    result_before: re.Pattern[str] = re.compile(r"(?!)")
    #: hours a listing gives right after a day, matched at its end: "Saturday 4-11 p.m."
    listed_hours: re.Pattern[str] = re.compile(r"(?!)")
    #: a run of weekdays that share hours, matched at its first day: "Monday through Saturday"
    weekday_run: re.Pattern[str] = re.compile(r"(?!)")
    #: what stands right before a weekday that clock times just given hold on: "from 8 a.m. to 8 p.m. Monday"
    hours_before: re.Pattern[str] = re.compile(r"(?!)")
    #: markers of the past that are adjectives after a determiner: "its last drinks"
    past_adjectives: frozenset[str] = frozenset()
    #: verbs whose object a past participle completes: "keep the government funded through Nov. 21"
    complement_verbs: frozenset[str] = frozenset()
    #: words after a comparative, which then neither dates nor marks a tense: "a week earlier than usual"
    comparison_words: frozenset[str] = frozenset()
    #: auxiliaries that make an infinitive after "to": "the first doses to be given on Monday"
    infinitive_auxiliaries: frozenset[str] = frozenset()
    #: what opens a clause about the year just named, matched after it: "since 2009, when it arrived on May 23"
    year_clause: re.Pattern[str] = re.compile(r"(?!)")
    #: what stands right before a time compared with: "to rise 11% from a year earlier"
    compared_with: re.Pattern[str] = re.compile(r"(?!)")
    #: ... of which those that can only be a comparison: "compared with October 2013", "than in 2019"
    compared_explicitly: re.Pattern[str] = re.compile(r"(?!)")
    #: what joins a date to a clock time written after it: "open June 2 at 9 a.m."
    day_then_clock: re.Pattern[str] = re.compile(r"(?!)")
    #: what stands right before a year compared with: "slightly less than in 2018"
    compared_year: re.Pattern[str] = re.compile(r"(?!)")
    #: what stands before a level of a past period compared with, searched before it: "up from $10 million a year ago"
    compared_level: re.Pattern[str] = re.compile(r"(?!)")
    #: prepositions: a form in -ed between one and a noun is an adjective ("on selected dates")
    prepositions: frozenset[str] = frozenset()
    #: verbs that move the end of a span: the end they give lies ahead ("extended the warning through Friday")
    moving_ends: frozenset[str] = frozenset()
    #: what gives the date a thing was moved from, matched right before it: "moving it from September 19"
    moved_from: re.Pattern[str] = re.compile(r"(?!)")
    #: what moves a day to another of its week, matched right before the first: "moved from Friday to Thursday"
    moved_within_a_week: re.Pattern[str] = re.compile(r"(?!)")
    #: words that end a span before a date: "through", "until"
    span_ends_words: frozenset[str] = frozenset()
    #: prepositions besides those that end a span before the date a thing is pushed into ("pushing shipments into
    #: August")
    moved_into: frozenset[str] = frozenset()
    #: what joins a clause with a subject of its own: ", and the sites will be closed Friday"
    coordinated_clause: re.Pattern[str] = re.compile(r"(?!)")
    #: a year said right after a date without one, which it places: "three days before Christmas in 2018" (group
    #: ``year``), or counted from the publication, "Jan. 3-5 this year" (groups ``ahead``, ``back`` for next, last)
    year_after: re.Pattern[str] = re.compile(r"(?!)")
    #: ... and such a year counted from the publication right before it: "next year's February half-term"
    year_before: re.Pattern[str] = re.compile(r"(?!)")
    #: what may open a later clause before a year that frames it: ", but this year it set in on 9th June"
    clause_frame_opening: re.Pattern[str] = re.compile(r"(?!)")
    #: a year ahead an event is put in, closing its clause, whose months a future clause after it falls in: matched
    #: over the year with the words before and after it ("will run three crossings in 2017, with departures in April")
    year_of_a_plan: re.Pattern[str] = re.compile(r"(?!)")
    #: words of a financial report, in whose sentence a future verb may report on a quarter already over
    reported_figures: frozenset[str] = frozenset()
    #: what follows a month whose figures are meant: "will release August GDP figures on Oct. 31"
    figures_of_a_month: re.Pattern[str] = re.compile(r"(?!)")
    #: words of a game, in whose sentence a bare "the second half" is the match's, not the year's
    game_words: frozenset[str] = frozenset()
    #: words of a round of golf, in whose sentence a bare "the 10th" is a hole, not a day of the month
    course_words: frozenset[str] = frozenset()
    #: a game's score: "to beat San Francisco 31-20"
    game_score: re.Pattern[str] = re.compile(r"(?!)")
    #: what makes a half or quarter before it part of a day's event: "the third quarter of Saturday night's loss"
    of_a_days_event: re.Pattern[str] = re.compile(r"(?!)")
    #: words of a company's accounts: beside them a quarter is of the year, whatever game the sentence names
    accounts_words: frozenset[str] = frozenset()
    #: words, and pairs of words joined by a space, that make the months after them in their clause any year's:
    #: "typically peaks in November", "held annually in June", "each year from Dec. 1"
    habitual: frozenset[str] = frozenset()
    #: words that end the reach of such a word: "usually held in April, but this year moved to May"
    habitual_breaks: frozenset[str] = frozenset()
    #: words of habit right after a month or a day of one, one to three words: "due on April 15 each year"
    habitual_after: frozenset[str] = frozenset()


@attrs.frozen
class EventWords:
    """Words the event stage looks for: verbs and their forms, auxiliaries, event nouns, classes."""

    verbs: frozenset[str]
    past_forms: frozenset[str]
    auxiliaries: frozenset[str]
    future_auxiliaries: frozenset[str]
    past_auxiliaries: frozenset[str]
    present_auxiliaries: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    negations: frozenset[str]
    planning: frozenset[str]
    conditionals: frozenset[str]
    event_nouns: frozenset[str]
    event_noun_suffixes: tuple[str, ...]
    not_event_nouns: frozenset[str]
    not_verbs: frozenset[str]
    function_words: frozenset[str]
    determiners: frozenset[str]
    subject_pronouns: frozenset[str]
    source_pronouns: frozenset[str]
    subordinators: frozenset[str]
    connectives: tuple[str, ...]
    reporting: frozenset[str]
    i_action: frozenset[str]
    i_state: frozenset[str]
    aspectual: frozenset[str]
    perception: frozenset[str]
    state: frozenset[str]
    attribution_phrases: tuple[str, ...]
    boilerplate: re.Pattern[str]
    prepositions: frozenset[str]
    #: the function words the grammar checks one by one (the same as the cues')
    particles: Particles


@attrs.frozen
class Language:
    """Everything the engine needs to read dates in one language."""

    code: str
    name: str
    rules: tuple[Rule, ...]
    read_group: GroupReader
    #: the parts (group names without their ``_N`` suffix) ``read_group`` can read
    group_parts: frozenset[str]
    cues: Cues
    events: EventWords
    #: the first two words each rule can start with, by pattern digest (see ``timeline.recognize``): a table
    #: generated from the rules, sparing a fresh process the parsing of every pattern; may be empty
    first_words: Mapping[str, str | None] = attrs.field(factory=dict)


#: Language code -> module defining ``LANGUAGE``.
_MODULES = {"en": "timeline.lang.en"}
_LOADED: dict[str, Language] = {}


def available_languages() -> tuple[str, ...]:
    return tuple(sorted(_MODULES))


def language_module(code: str) -> str:
    """The name of the module defining the language ``code`` (as :func:`get_language` reads it)."""
    return _MODULES[get_language(code).code]


def get_language(code: object) -> Language:
    """The language for ``code`` ("en", "EN", "en-US"); :class:`UnsupportedLanguageError` otherwise."""
    if not isinstance(code, str):
        raise UnsupportedLanguageError(code, available_languages())
    key = code.strip().lower().replace("_", "-").split("-")[0]
    if key not in _MODULES:
        raise UnsupportedLanguageError(code, available_languages())
    if key not in _LOADED:
        module = importlib.import_module(_MODULES[key])
        language = module.LANGUAGE
        if not isinstance(language, Language):
            raise TypeError(f"{_MODULES[key]}.LANGUAGE is not a Language")
        _LOADED[key] = language
    return _LOADED[key]
