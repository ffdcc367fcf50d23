"""English grammatical cues: tense markers, reporting verbs, modality and sentence boundaries. Data only."""

from __future__ import annotations

import re

from timeline.lang.en import vocabulary as vocab

# fmt: off
#: Words that put the clause around them in the future.
FUTURE_MARKERS = frozenset(
    {
        "will", "'ll", "’ll", "shall", "won't", "won’t", "wo", "gonna", "scheduled", "slated", "due", "planned",
        "plans", "plan", "planning", "intends", "intend", "intended", "expects", "expect", "expected", "set",
        "aims", "aiming", "targeting", "hopes", "hope", "hoping", "can", "upcoming", "tomorrow", "let's", "lets",
        "would", "likely", "unlikely",
        "might", "may", "should", "must", "payable", "could",
        "until", "effective", "starting",
        "till", "pencilled", "penciled", "poised",
    }
)
#: Modals: the verb after one is the clause's finite verb ("will get the January jobs report on Friday").
MODALS = frozenset(
    {"will", "'ll", "’ll", "shall", "would", "should", "might", "may", "must", "could", "can", "wo", "won't", "won’t"}
)
#: Modals that with "have" speak of the past ("may have been killed Friday").
PAST_MODALS = frozenset({"would", "should", "might", "may", "could", "must"})
#: Modals that are also the past of an ability: "could not be reached", "could be located Wednesday" report
#: what was (not) possible then; otherwise "could" looks ahead ("fog could return on Sunday morning").
ABILITY_MODALS = frozenset({"could", "couldn't"})
#: Words after which a verb is in its base form: "workers can put", "did not cut" (not the past "put", "cut").
BASE_FORM_MARKERS = frozenset(
    {"can", "cannot", "can't", "can’t", "do", "does", "don't", "don’t", "doesn't", "doesn’t", "did", "didn't", "didn’t"}
)
#: Planning words whose object or "for" names a date still ahead: "planned a rally for Saturday",
#: "scheduled for Monday" (not "set", as in "set a record on Monday").
PLANNING = frozenset({"plan", "plans", "planned", "planning", "scheduled", "slated", "targeting"})
#: Adjectives that put an event on a timetable without "to" when a time follows them: "earnings, due after
#: the bell on Tuesday", "due out Friday", "due in March" (but "due in part to" gives a cause); so does a
#: forecast's participle or adjective: "with the warmest weather expected on Sunday afternoon", "rain likely on
#: Wednesday afternoon".
TIMETABLED = frozenset({"due", "expected", "likely", "unlikely"})
#: Words of a forecast whose "for" names a time still ahead: "rain forecast for Wednesday might help", "storms
#: predicted for the weekend", "the forecast for Friday".
FORECASTING = frozenset({"forecast", "forecasts", "predicted", "projected", "expected"})
#: Prepositions after which a gerund tells what has happened: "will miss the season after tearing a ligament in
#: Sunday's loss".
RETROSPECTIVE = frozenset({"after", "since"})
#: Verbs of getting ready, before "for" and what is awaited: "were bracing for a surge in arrivals over the weekend".
PREPARING = frozenset(
    {"bracing", "braced", "brace", "braces", "preparing", "prepared", "prepare", "prepares", "readying", "gearing"}
)
#: Words besides prepositions and verbs that introduce a day: a weekday after one is that day, not a name ("early
#: Friday", "and Tuesday", "every Sunday").
DAY_INTRODUCERS = frozenset(
    {
        "last", "next", "this", "coming", "past", "every", "each", "early", "late", "and", "or", "to", "till", "til",
        "until", "than", "but", "then", "today", "yesterday", "tomorrow", "tonight", "again", "also", "as", "from",
    }
)
TIMETABLE_FOLLOWERS = frozenset(
    {
        "on", "by", "at", "after", "before", "out", "back", "next", "this", "later", "early", "late", "in", "through",
        "into", "overnight", "until", "from", "around", "tonight", "tomorrow", "as", "over",
    }
)
#: Times that a timetable's "due" may name right after it: "the jobs report is due Friday" (and months: "her sixth
#: album, due Nov. 10").
DUE_TIMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "tonight"}
)
NOT_TIMETABLE_AFTER_IN = frozenset({"part", "large", "no", "some", "great", "small", "turn"})
#: Verbs that direct someone to do something: the infinitive after them ("ordered the agency to restore the data
#: by 5 p.m. Tuesday", "asked residents to conserve power through Tuesday") looks ahead of the order.
#: What one is ruled out of, or listed as doubtful for, is still to come: "ruled rookie safety Damon Vick out of
#: Sunday's finale", "ruled out center Obi Nwankwo for Saturday's Game 3", "listed their left tackle as doubtful for
#: Sunday's AFC Championship Game", "downgraded him to out for Sunday's game".
RULED_OUT = re.compile(
    r"\bruled(?:[ \t]+[\w'’.-]+){0,5}?[ \t]+out[ \t]+(?:of|for)[ \t]+$"
    r"|\bruled[ \t]+out(?:[ \t]+[\w'’.-]+){1,5}?[ \t]+(?:of|for)[ \t]+$"
    r"|\b(?:doubtful|questionable|probable|inactive|(?:is|are|was|were|be|been|as|to)[ \t]+out)[ \t]+for[ \t]+$",
    re.IGNORECASE,
)
#: Verbs that let what their infinitive names happen then: "Fertility clinics were allowed to reopen on May 11".
PERMITTING = frozenset({"allowed", "permitted", "cleared", "enabled"})
DIRECTIVES = frozenset(
    {
        "ordered", "asked", "told", "urged", "instructed", "directed", "required", "advised", "warned", "reminded",
        "called", "invited", "encouraged", "appealed",
    }
)
#: Verbs that ask for something to be done or delivered: a deadline after them ("has sought a report by Friday",
#: "demands payment by March 1") is the deadline of what is asked.
REQUESTS = frozenset(
    {
        "seek", "seeks", "sought", "demand", "demands", "demanded", "request", "requests", "requested", "want", "wants",
        "wanted",
    }
)
#: Past verbs of an aim or an undertaking: the infinitive after them looks ahead of them to a deadline ("officials
#: said they hoped to contain the blaze by Thursday", "agreed to hand over the data by Friday").
ASPIRATIONS = frozenset(
    {"hoped", "promised", "pledged", "vowed", "aimed", "sought", "agreed", "threatened", "offered", "undertook"}
)
#: ... of which these look ahead whatever the date's preposition ("said they hoped to restart in the autumn"; but
#: "agreed to buy Credit Suisse on Sunday" is dated itself).
OPEN_ASPIRATIONS = frozenset({"hoped"})
#: Verbs that arrange an event for the date after "for": "called a general election for July 4", "setting
#: the vote for Oct. 19".
ARRANGING = frozenset(
    {
        "called", "calling", "set", "setting", "fixed", "booked", "scheduled", "rescheduled", "slated", "issued",
        "pencilled", "penciled",
        "issuing", "cancelled", "canceled", "cancelling", "canceling",
    }
)
#: Those of them that arrange only with their object before "for": "issued a Spare the Air alert for Saturday",
#: "cancelled all domestic flights for Saturday".
ARRANGING_WITH_OBJECT = frozenset({"issued", "issuing", "cancelled", "canceled", "cancelling", "canceling"})
#: Irregular past participles, after "may have", "would have".
PARTICIPLES = frozenset(
    {
        "been", "gone", "done", "seen", "taken", "given", "made", "had", "won", "lost", "come", "become", "begun",
        "run", "left", "got", "gotten", "known", "thought", "told", "said", "found", "held", "kept", "sent", "spent",
        "brought", "bought", "fallen", "risen", "grown", "shown", "written", "spoken", "broken", "chosen", "driven",
        "born",
    }
)
#: Future markers that are adjectives after an article or possessive: "their starting running back", "the starting
#: lineup".
FUTURE_ADJECTIVES = frozenset({"starting"})
#: Adjectives of a plan: after a day's possessive the day lies ahead ("Sunday's planned referendum", "Monday's upcoming
#: summit").
PLANNED_ADJECTIVES = frozenset(
    {
        "planned", "scheduled", "upcoming", "forthcoming", "proposed", "expected", "looming", "impending", "slated",
        "forecast",
    }
)
#: Future markers that only count when directly followed by "to" ("plans to", "is set to").
FUTURE_MARKERS_NEEDING_TO = frozenset(
    {
        "planned", "plans", "plan", "planning", "intends", "intend", "intended", "expects", "expect", "expected",
        "set", "aims", "aiming", "targeting", "hopes", "hope", "hoping", "due", "scheduled", "slated", "likely",
        "unlikely", "poised",
    }
)
#: ... of which these look ahead with an object too, in the present: "it expects a stronger second half",
#: "administrators expect another decline in the spring", "they expect results by 10 p.m. on Monday", "now
#: targeting no earlier than April".
EXPECTING = frozenset({"expect", "expects", "expecting", "targeting"})
#: Markers of a past event, beside verbs in -ed.
PAST_MARKERS = frozenset(
    {
        "was", "were", "had", "did", "said", "told", "ago", "last", "yesterday", "since", "earlier", "met", "went",
        "came", "took", "gave", "saw", "made", "began", "left", "held", "sold", "bought", "won", "lost", "fell",
        "rose", "paid", "spent", "sent", "kept", "brought", "thought", "found", "became", "got", "hit", "put",
        "cut", "led", "ran", "struck", "shot", "fled", "fought", "flew", "drove", "wrote", "spoke", "broke",
        "chose", "froze", "stole", "woke", "wore", "swore", "tore", "knew", "grew", "threw", "drew", "blew",
        "shook", "forbade", "forgave", "hid", "slid", "bit", "lit", "fed", "bled", "sped", "slept", "wept", "swept",
        "crept", "dealt", "felt", "meant", "heard", "stood", "understood", "withdrew", "overtook", "undertook",
        "upheld", "withheld", "sank", "sang", "rang", "drank", "swam", "sat", "laid", "lay", "arose", "reported",
        "announced", "died", "killed", "wasn't", "weren't", "didn't", "hadn't", "closed", "beat", "upset", "quit",
        "shut", "ate", "bent", "built", "caught", "dug", "forgot", "hung", "rode", "shrank", "sought", "spun", "stuck",
        "swung", "taught", "sued", "owed", "eyed", "axed", "tied", "vied",
        # irregular pasts with a prefix: "overcame a 25-point deficit Sunday night"
        "overcame", "overran", "overthrew", "overrode", "outran", "outgrew", "outdid", "oversaw", "underwent",
        "withstood", "foresaw", "mistook", "overheard", "retook", "rebuilt",
    }
)
#: Words that reach back to the date after them, past whatever the clause's tense: "approved freezes will be
#: retroactive to Jan. 1", "the rise will be backdated to April 6".
REACHING_BACK = frozenset({"retroactive", "retroactively", "backdated"})
#: The particles of phrasal verbs, which may stand between a participle and its date: "to be handed out Saturday".
VERB_PARTICLES = frozenset({"out", "up", "off", "down", "back", "over", "away"})
#: Auxiliaries after which a past participle is passive or perfect: the tense is the auxiliary's.
#: Linking verbs count too: in "will stay closed through Friday" the participle is an adjective.
PARTICIPLE_AUXILIARIES = frozenset(
    {
        "be", "been", "being", "to", "is", "are", "was", "were",
        "stay", "stays", "remain", "remains", "get", "gets", "become", "becomes", "seem", "seems",
    }
)
#: Simple past forms that are not participles: "is said" is not a perfect ("has said" is, via -ed rules).
PAST_NOT_PARTICIPLES = frozenset({"was", "were", "did", "went", "came", "began", "saw", "ran", "drew", "flew"})
#: The auxiliaries of the present perfect: "has been extended through Jan. 5" runs up to now.
PERFECT_AUXILIARIES = frozenset({"has", "have", "'ve", "hasn't", "haven't"})
#: Adverbs that may stand between an auxiliary and its participle, besides those in -ly: "has already been".
ASPECT_ADVERBS = frozenset({"already", "just", "also", "again", "ever", "never", "since", "now", "not", "still"})
#: The auxiliary of the past perfect: what "had" happened came before a past moment.
PAST_PERFECT = frozenset({"had"})
#: What may open a sentence before a weekday that moves a story on: "On Thursday, the fire destroyed 112
#: homes", "By Wednesday, 80 volunteers had joined", "Then, on Friday, ...".
STORY_STEP_OPENING = re.compile(
    r"[\"“'‘(\s]*(?:(?:then|later|and|but)\s*,?\s+)?(?:(?:on|by|over|until|early|late)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
#: What brings a story told years back to the present in the sentence of a weekday: "celebrated their 75th
#: anniversary Saturday", "On Monday, 82 years later, he celebrated", "kept his ticket stub for 65 years, and on
#: Tuesday donated it", "Two centuries after Jackson's army routed the British ..., reenactors fired volleys
#: Thursday".
ANNIVERSARY = re.compile(
    r"\b(?:anniversary|(?:bi|ter|sesqui|semiquin)?(?:centenary|centennial)|jubilee"
    r"|(?:years|decades|centuries|century|millennia|millennium)\s+(?:later|on|since|after)"
    # "Eighty years ago today, troops came ashore in Normandy, and on Thursday the King joined veterans"
    r"|(?:years|decades|centuries|century)\s+ago\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week))"
    r"|for\s+(?:more\s+than\s+|nearly\s+|almost\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years|decades)"
    # ... and an age or a length reached today: "turned 74 on Wednesday", "celebrated her 110th birthday", "marked 50
    # years of marriage", "received his Purple Heart on Tuesday after a wait of 55 years"
    r"|birthday|turn(?:s|ed|ing)?\s+\d{2,3}|\d+\s+years\s+(?:of|in)|(?:wait|gap)\s+of\s+(?:\d+|[a-z]+)\s+(?:years|decades))\b",
    re.IGNORECASE,
)
#: A length right after a weekday that measures the weekday from the story's event, and so brings the story to the
#: present: "On Monday, a month after the rescue, the company said", "On Tuesday, almost 32 years to the day after
#: Benning disappeared, he pleaded guilty".
MEASURED_FROM_THE_STORY = re.compile(
    r"[ \t]*,[ \t]*(?:(?:almost|nearly|about|roughly|some|just|exactly|more[ \t]+than|less[ \t]+than)[ \t]+)?"
    r"(?:a|an|one|\d+|[a-z]+(?:-[a-z]+)?)[ \t]+(?:days?|weeks?|months?|years?|decades?)"
    r"(?:[ \t]+(?:almost[ \t]+|nearly[ \t]+)?to[ \t]+the[ \t]+(?:day|week))?[ \t]+(?:after|since)\b",
    re.IGNORECASE,
)
#: Finite verbs that a plural noun may stand before as their subject: in "U.N. forces were penned", "the talks
#: have stalled", "forces" and "talks" are nouns, not verbs.
FINITE_AUXILIARIES = frozenset(
    {"was", "were", "had", "has", "have", "is", "are", "will", "would", "could", "can", "may", "might", "must"}
)
#: Words ending in "s" that are no plurals, so no present-tense verb in the base form follows them as its
#: subject: "a gas station clerk told detectives", "the news conference", "a bus stop". (Words in "-us" and
#: "-ss" are left out by their ending: "the virus", "the class".)
NOT_PLURALS = frozenset({"gas", "news", "series", "species", "this", "yes", "lens", "atlas", "canvas", "chaos"})
#: Plurals not ending in "s", which a present-tense verb in the base form may follow as its subject: "England's
#: women open their campaign on Wednesday night".
IRREGULAR_PLURALS = frozenset({"women", "men", "children", "people", "police", "feet", "teeth", "mice", "geese"})
#: Verbs in the present that, with the words after them, put a date on a timetable whatever their subject:
#: "Season passes for next winter go on sale Tuesday", "the increase takes effect Sunday", "with effect from
#: midnight on Sunday", "Patch 14.23, which goes live Wednesday".
_ON_SALE = frozenset({("on", "sale")})
_IN_EFFECT = frozenset({("effect",), ("effect", "on"), ("effect", "at"), ("effect", "from")})
_INTO_FORCE = frozenset({("into", "effect"), ("into", "force")})
_LIVE = frozenset({("live",)})
TIMETABLE_PHRASES = {
    "go": _ON_SALE | _INTO_FORCE | _LIVE, "goes": _ON_SALE | _INTO_FORCE | _LIVE,
    "take": _IN_EFFECT, "takes": _IN_EFFECT, "come": _INTO_FORCE, "comes": _INTO_FORCE,
    "with": frozenset({("effect", "from")}),
}
#: Words that end a span, and put it ahead unless a negated past came before ("did not arrive until Sept. 1").
SPAN_ENDS = frozenset({"until", "till"})
#: Past verbs after which "until" says when something finally happened: "it took until Christmas Day to dig out",
#: "the company waited until Friday to disclose the breach".
FINALLY_UNTIL = frozenset({"took", "waited"})
#: Verbs that move the end of a span, which then lies ahead: "extended an excessive heat warning through 11 p.m.
#: Friday", "postponed the vote until Thursday".
MOVING_ENDS = frozenset(
    {
        "extended", "prolonged", "postponed", "delayed", "deferred", "adjourned", "pushed", "shifted", "moved",
        "rescheduled", "extending", "postponing", "delaying", "deferring", "pushing", "shifting", "moving",
        "rescheduling", "extend", "prolong", "postpone", "delay", "defer", "adjourn", "push", "shift", "move",
        "reschedule",
    }
)
#: What puts a day moved to another of its week, matched right before the first: "the game has been moved from
#: Friday to Thursday night", "switched from Tuesday to Saturday" (but "postponed from Friday to Monday" lies after).
MOVED_WITHIN_A_WEEK = re.compile(
    r"\b(?:moved|moving|switched|switching|shifted|shifting|changed|changing)[ \t]+(?:up[ \t]+|back[ \t]+)?from[ \t]+$",
    re.IGNORECASE,
)
#: What gives the date a thing was moved from, matched right before it: "delayed the election by four weeks, moving it
#: from September 19 to October 17", "postponed the hearing from March 3": that date may lie either side of the report.
MOVED_FROM = re.compile(
    r"\b(?:move[ds]?|moving|postpone[ds]?|postponing|delay(?:ed|s)?|delaying|push(?:ed|es)?|pushing"
    r"|reschedule[ds]?|rescheduling|shift(?:ed|s)?|shifting|defer(?:red|s)?|deferring)"
    r"(?:[ \t]+[\w'’-]+){0,5}?[ \t]+from[ \t]+$",
    re.IGNORECASE,
)
#: What moves or calls off an event named right after it by its day's possessive: "moved Saturday's practice to 6
#: a.m.", "canceled Friday's game". The event was due near the report, either side of it.
MOVED_EVENT = re.compile(
    r"\b(?:moved|moving|postponed|postponing|rescheduled|rescheduling|delayed|delaying|pushed[ \t]+back|canceled"
    r"|cancelled|canceling|cancelling|called[ \t]+off|calling[ \t]+off|scrapped|shifted)[ \t]+$",
    re.IGNORECASE,
)
#: ... and what follows that day to the place or time the event is moved to: "'s practice to 6 a.m.", "'s game between
#: the Buffalo Bills and Cleveland Browns to Detroit's Ford Field".
MOVED_TO = re.compile(r"['’]s(?:[ \t]+[\w'’.-]+){1,8}?[ \t]+(?:to|until|till)\b", re.IGNORECASE)
#: Words that end a span, or give the new date of something moved, right before the date.
SPAN_END_WORDS = frozenset({"through", "thru", "until", "till", "to"})
#: ... and the preposition a date is pushed into: "delayed by six weeks, pushing first shipments into August".
MOVED_INTO = frozenset({"into"})
#: A past negated in one word: "didn't arrive until Sept. 1", "never reopened until spring".
NEGATED_PAST = frozenset({"didn't", "didn’t", "wasn't", "wasn’t", "weren't", "weren’t", "hadn't", "hadn’t", "never"})
#: Adverbs that tell a plan as it first was, since overtaken: "was originally scheduled for the summer".
OVERTAKEN_ADVERBS = frozenset({"originally", "initially", "previously", "first", "once"})
#: Past verbs of an activity that went on until a time, which "until" after them dates as past: "negotiators
#: worked until late Tuesday night" (not "had until the end of June", "ordered schools closed until Sunday").
DURATIVE_PAST = frozenset(
    {
        "worked", "waited", "lasted", "continued", "stayed", "remained", "talked", "negotiated", "deliberated",
        "met", "sat", "slept", "played", "fought", "raged", "burned", "burnt", "danced", "queued", "partied",
        "celebrated", "searched", "debated", "argued", "lingered", "stood", "marched", "rallied",
    }
)
#: Conjunctions before a bare participle that make it a condition still to be met: "if elected in November".
CONDITIONS = frozenset({"if", "unless"})
#: Auxiliaries that may put a following "scheduled to", "due to" in the past.
PAST_AUXILIARIES = frozenset({"was", "were", "had", "been"})
#: Words that start a noun phrase: after them "to" is a preposition, not an infinitive marker.
DETERMINERS = frozenset(
    {
        "the", "a", "an", "another", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
        "those",
        "some", "any", "each", "every", "all", "both", "no", "one", "two", "three", "about", "around", "more",
        "less", "date", "day", "today", "tomorrow", "yesterday", "me", "him", "them", "us", "it", "whom", "what",
        "which", "where", "when",
    }
)
#: Articles and possessives: a form in -ed right after one modifies a noun ("the expected loss").
ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "these", "those"})
#: Words before a name that make it the modifier of a noun, not a verb's subject: "its March Madness run",
#: "a New York court".
NAME_MODIFIERS = frozenset({"a", "an", "its", "his", "her", "their", "our", "my", "your"})
#: Adverbs that may stand between an article and an adjective in -ed ("a still unspecified date").
DEGREE_ADVERBS = frozenset({"still", "very", "so", "not", "now", "once", "long", "much", "more", "most", "less"})
#: Words that end a clause for the purpose of finding its verb.
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "''", "``", "—", "–", "--"})
#: Breaks after which a clause stands on its own: in "...; by Tuesday night, turnout could approach 160 million"
#: the date opens the clause after it, not an aside of the one before.
STRONG_BREAKS = frozenset({";", ":"})
#: Words that open a relative clause: "a strike on Thursday that shut down the network".
RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
#: Verbs of a relative clause after a date that place it in the calendar, dating it by their own tense: "blank
#: sailings after Chinese New Year, which falls on Feb. 5".
CALENDAR_PLACING = frozenset({"falls", "is"})
#: Quotation marks, straight, curly and typewriter (``...'').
QUOTES = frozenset({'"', "“", "”", "''", "``"})
#: What joins a date to a clock time written after it: "open June 2 at 9 a.m.".
DAY_THEN_CLOCK = re.compile(r",?[ \t]+at[ \t]+", re.IGNORECASE)
#: What may stand between a clock time and the day it belongs to, written after it: "10:35 a.m. (0735
#: GMT) Friday", "3 p.m., Tuesday", "noon on Saturday", "7 a.m. local time (0400 GMT) on Sunday",
#: "5 p.m. New York time on Dec. 22", "3:12 p.m. Eastern on Wednesday", "from 7 a.m. until 10 p.m. on
#: Thursday", "at 1400 GMT later on Friday" (other clock times in between are skipped). A blank line (a new
#: paragraph) is never crossed.
CLOCK_TO_DAY = re.compile(
    # (past a "sharp": "begins at 10 a.m. sharp on Saturday", "born at 12:00 a.m. on the dot Saturday")
    r"[ \t,()\[\]]*(?:(?:sharp|on[ \t]+the[ \t]+dot)[ \t,]+)?"
    r"(?:(?:local|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})[ \t]+[Tt]ime[ \t,()\[\]]*"
    r"|(?:Eastern|Central|Mountain|Pacific)[ \t,]+"
    # a zone in brackets, as press releases write it: "at 8:00 a.m. (ET) on Thursday, February 16", "at 11:00am (AEDT)
    # on Monday, 23 March 2026"
    r"|(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|A[ECW][SD]T|NZ[SD]T|IST|SGT|HKT|JST|KST)[ \t,()\[\]]+)?"
    # (past the place the clock is read in, before "on" its day: "Polls close at 7 p.m. Eastern in Georgia on Tuesday")
    r"(?:in[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?=on[ \t]))?"
    r"(?:(?:to|until|till|through|-|–)[ \t]+)?"
    r"(?:\n[ \t,()\[\]]*)?(?:(?i:later|earlier)[ \t]+(?i:on)[ \t]+|(?:(?i:on)[ \t]+)?)"
)
#: A clock time an article makes an adjective, and the noun phrase between it and its day: "the 10:55 p.m. red-eye out
#: of San Francisco on Sunday, Jan. 13", "a 12:35 p.m. game Sunday".
CLOCK_ADJECTIVE = re.compile(r"\b(?:a|an|the)[ \t]+$", re.IGNORECASE)
CLOCK_NOUN_TO_DAY = re.compile(r"(?:[ \t]+[A-Za-z][\w'’-]*){1,6}?[ \t]+(?:(?i:on)[ \t]+)?")
#: What joins a clock time to the one day it is on, after it: "through 8 a.m. Eastern on Tuesday", "at 9 a.m., Friday".
CLOCK_ON_ITS_DAY = re.compile(
    r"[ \t]*(?:(?:Eastern|Central|Mountain|Pacific|(?:local|[A-Z][a-z]+)[ \t]+time|[ECMP][SD]?T|GMT|UTC|BST)[ \t]*)?"
    r",?[ \t]*(?:on[ \t]+)?"
)
#: What stands before a clock time in four figures, beside another written with a leading zero: "finish at 1530",
#: "between 0700 and 1900" (matched at the end of the text before it).
CLOCK_TIME_BEFORE = re.compile(
    r"\b(?:at|by|before|after|until|till|and|to|from|between|past)[ \t]+(?:about[ \t]+|around[ \t]+)?$|[-–][ \t]*$",
    re.IGNORECASE,
)
#: What makes the clock times of its clause the hours of a standing rule or a habit, not of one day: "must close by 1
#: a.m.", "usually leaving the hut at 4 a.m.", "last orders at 11pm" (not "will be allowed to vote", "will have to
#: wait until about 9 p.m.", "announces a curfew from 22:00", told of one day as often as of a rule).
#: What makes a day the first of a regime, matched right before it: "will run 300 more buses from Monday, with services
#: starting at 5 am".
REGIME_START = re.compile(
    r"\b(?:beginning|starting|from|effective|commencing|as[ \t]+of)[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?$", re.IGNORECASE
)
STANDING_HOURS = re.compile(
    r"\b(?:must|usually|typically|normally|generally|routinely|often|rarely|seldom"
    r"|(?:most|on[ \t]+weekdays?|each|every|on[ \t]+all)[ \t]+(?:(?:working|week)[ \t]+)?(?:days?|mornings?|evenings?"
    r"|nights?|weekdays?|weeknights?|weeks?|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)"
    r"|always|these[ \t]+days|lockouts?|last[ \t]+orders|until[ \t]+further[ \t]+notice|opening[ \t]+hours"
    r"|barred|banned|trading[ \t]+(?:hours|days?)|currently"
    # ... and hours kept every day or changed for good: "visiting is from 2pm to 8pm daily", "will open at 7am instead
    # of 8am from Monday", "the last bus will leave at 23:40, an hour earlier than now"
    r"|daily|nightly|visiting|(?:first|last)[ \t]+(?:bus|train|tram|ferry|departure|service)"
    r"|rather[ \t]+than|instead[ \t]+of|than[ \t]+(?:now|at[ \t]+present|usual|the[ \t]+present))\b",
    re.IGNORECASE,
)
#: What joins hours to the last day they are kept on, which makes them each day's up to it: "will be open from 11
#: a.m. to 9 p.m. through the weekend", "keep shorter hours, from noon to 10 pm, till November 15".
HOURS_THROUGH = re.compile(r"[ \t]*,?[ \t]*(?:through|thru|till|until)[ \t]+(?:the[ \t]+)?", re.IGNORECASE)
#: What tells of a morning or a night, or of a clock read the world over, keeping an early clock time without a.m. or
#: p.m. in the small hours: "the next morning he was up at 4.30", "an overnight downpour ... began at 1.30".
MORNING_WORDS = re.compile(
    r"\b(?:mornings?|dawn|daybreak|sunrise|breakfast|overnight|night|early[ \t]+hours|woken?|wakes?|waking|alarm"
    r"|[ap]\.?m\b|UTC|GMT)",
    re.IGNORECASE,
)
#: What goes on from a day to another, of a range or a list: "Sunday through Thursday nights", "Fri.-Sat.".
DAY_GOES_ON = re.compile(r"\.?[ \t]*(?:[-–&/]|(?:to|through|thru|until|till|and|or)\b)", re.IGNORECASE)
#: What joins two clock times of one range, besides what may join a clock time to its day: "between 2 p.m. and
#: 6 p.m. on July 20".
CLOCK_RANGE = re.compile(r"[ \t]+and[ \t]+(?:[a-z]+[ \t]+at[ \t]+)?")
#: What joins a clock time to the next of a list, or to its restatement in another zone, which share the day named
#: after the last: "at 7:30 p.m. Eastern, 4:30 p.m. Pacific, on Saturday", "at 11 a.m. PT / 2 p.m. ET on Wednesday".
CLOCK_LIST = re.compile(r"[ \t]*[,/(][ \t]*")
#: What joins the two ends of a range of days or of hours: "Monday through Friday", "Mon-Fri", "9am-5pm".
SPAN_JOIN = re.compile(r"[ \t]*(?:-|–|—|(?:through|thru|to|until|till|into)(?![\w-]))[ \t]*", re.IGNORECASE)
#: What ends a run of days right before its last day: "runs through April 3", "from Aug. 14 to Aug. 25".
RUN_END = re.compile(r"(?:-|–|—|\b(?:through|thru|to|until|till))[ \t]*$", re.IGNORECASE)
#: What makes a date open or close a stretch of days: "Beginning Monday, July 13, each patient may visit between 10
#: a.m. and 7 p.m.", "overnight from June 16 through June 20", "lasts until March 31", "the week commencing 19 August".
SPAN_EDGE = re.compile(
    r"\b(?:beginning|starting|from|effective|effect|commencing|as[ \t]+of|through|thru|until|till|ending)"
    r"[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?$",
    re.IGNORECASE,
)
#: What makes a length of days or more the stretch a clause runs over: "will take about two weeks", "For the first
#: two weeks, ambassadors will be stationed", "remain in place for six months" (not "results within five days").
STRETCH_LENGTH = re.compile(
    r"\b(?:for|over|during|throughout|takes?|taking|lasts?|lasting)[ \t]+(?:(?-i:[a-z]+)[ \t]+){0,2}$", re.IGNORECASE
)
#: What joins the start of a range of dates to its end: "from Nov. 15 through Jan. 10", "beginning Jan. 1 and
#: ending June 30".
RANGE_END = re.compile(
    r"[ \t]*(?:-|–|—|(?:through|thru|to|until|till)(?![\w-])"
    r"|and[ \t]+(?:ending|running[ \t]+(?:through|to|until)))[ \t]*",
    re.IGNORECASE,
)
#: What ends a run into a weekend, matched before "the weekend": "a hard frost from Thursday into the weekend".
RUN_INTO = re.compile(r"\b(?:into|through|thru|until|till)[ \t]+$", re.IGNORECASE)
#: What opens a range whose end follows "and" or "to": "between Thanksgiving and Christmas".
RANGE_OPENING = re.compile(r"\b(?:between|from)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
#: What tells a clock time of the moment of writing, matched before it: "it's now 7.20am", "It is now almost noon".
CLOCK_NOW = re.compile(
    r"\b(?:it['’]s|it[ \t]+is)[ \t]+now[ \t]+"
    r"(?:(?:about|almost|nearly|around|just[ \t]+(?:after|before|gone)|gone)[ \t]+)?$",
    re.IGNORECASE,
)
#: What opens the day a thing begins on, matched before it: "The new rules apply from Monday".
STARTS_FROM = re.compile(r"\bfrom[ \t]+$", re.IGNORECASE)
#: What closes a clause right after a date: punctuation, the end of the text, or "onwards".
CLAUSE_CLOSES = re.compile(r"[ \t]*(?:[.,;:!?)\]\"”]|$|onwards?\b)", re.IGNORECASE)
#: What names the days a warning covers: "The Met Office has issued yellow heat-health alerts for Thursday".
WARNED_DAYS = re.compile(
    r"\b(?:warnings?|alerts?|watch(?:es)?|advisor(?:y|ies))[ \t]+"
    # ... or the hours it runs: "a blizzard warning from 4 a.m. to 7 p.m. Thursday"
    r"(?:for|from[ \t]+[\w.:]+(?:[ \t]+[ap]\.?m\.?)?[ \t]+(?:to|until)"
    r"|between[ \t]+[\w.:]+(?:[ \t]+[ap]\.?m\.?)?[ \t]+and)"
    r"[ \t]+$",
    re.IGNORECASE,
)
#: What joins the start of such a range to its end (after a year, with a comma: "between March 1, 2015, and March 2").
RANGE_CLOSE = re.compile(r"(?:(?<=\d),)?[ \t]+(?:and|to|through|until)[ \t]+(?:the[ \t]+)?", re.IGNORECASE)
#: What joins a range of days to the hours kept on them: "Monday through Friday, from 9 a.m. to 5 p.m.",
#: "Mon-Fri 9am-5pm". Days with opening hours recur: they are a timetable, not one week.
DAYS_TO_HOURS = re.compile(r"[ \t]*,?[ \t]*(?:(?:from|between)[ \t]+)?", re.IGNORECASE)
#: ... and what joins the ends of the hours besides a span's join: "Monday through Friday between 8 a.m. and 4:30 p.m."
HOURS_JOIN = re.compile(r"[ \t]+and[ \t]+", re.IGNORECASE)
#: What separates the entries of a listing: "Mon-Fri 9am-5pm; Sat 10am-4pm".
LIST_BREAK = re.compile(r"[ \t]*[;,][ \t]*")
#: What joins the items of a list: "every Monday, Wednesday and Friday" (each day recurs).
LIST_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or|&)[ \t]+)")
#: What joins a length of time to a date it counts from: "a year after the Oct. 7 attack", "six months
#: since the March 11 quake". The date is then about that long before the reference: an anniversary.
ELAPSED_SINCE = re.compile(
    r"[ \t]+(?:after|since|on[ \t]+from)[ \t]+(?:the[ \t]+)?(?:(?-i:[A-Za-z][\w.-]*)['’]s[ \t]+)?", re.IGNORECASE
)
#: What joins a length of time to a date it counts down to: "with seven weeks to the Feb. 25 election",
#: "two days to go before Saturday's primary".
ELAPSED_UNTIL = re.compile(
    r"[ \t]+(?:(?:left|remaining|to[ \t]+go)[ \t]+(?:to|until|till|before)|to)[ \t]+(?:the[ \t]+)?", re.IGNORECASE
)
#: What opens a benchmark after a superlative: "the lowest since April 2000". The date is a yardstick, not
#: a time the story moves to, so later anaphora ("a year earlier") does not count from it. The one who set it may
#: come between: "the first team to win 15 games since Penn in 1897", and so may the start of a record: "the strongest
#: growth since records began in 2001", "the lowest since modern polling began in the 1940s", or an owner: "has gained
#: 71% since its March low".
#: What tells, right after a clock time and its day, that they are another place's: "1:12 a.m. Wednesday local time",
#: "2 a.m. Thursday in Hong Kong".
ELSEWHERE_TIME = re.compile(r"[ \t]+(?:local[ \t]+time\b|in[ \t]+(?-i:[A-Z])[\w'’-]*)", re.IGNORECASE)
#: A word of habit, a few words before "in" and a length: "than the area normally gets in a month", "what a driver
#: typically earns in a year" (a habit has no date ahead).
USUAL_LENGTH = re.compile(
    r"\b(?:normally|usually|typically|generally|ordinarily|often|on[ \t]+average)"
    r"(?:[ \t]+[\w'’-]+){0,4}?[ \t]+in[ \t]+$",
    re.IGNORECASE,
)
BENCHMARK = re.compile(
    r"\bsince[ \t]+(?:(?:its|their|the)[ \t]+|(?:(?-i:[A-Z][\w.'’-]*)[ \t]+){0,3}?"
    r"|(?:[\w'’-]+[ \t]+){1,3}?(?:began|started)[ \t]+)"
    r"(?:(?<=[ \t])in[ \t]+)?$",
    re.IGNORECASE,
)
#: What ends a span before a date: "funded the government through Jan. 30". A span begun in a past clause may
#: end after the publication, so such a date keeps the weaker preference for the past.
SPAN_END = re.compile(
    # (but "should have waited until the fall" had no end)
    "".join(rf"(?<!(?<!\bhave )\b{verb} )" for verb in sorted(FINALLY_UNTIL))
    + r"\b(?:through|thru|until|till)[ \t]+$",
    re.IGNORECASE,
)
#: ... and what ends one that runs until then from now, in a future clause ("a transition period that runs until
#: Dec. 31"; "through Oct. 19" also counts a year to date), or what it must come before ("trams should start running
#: before Christmas", said in January).
SPAN_UNTIL = re.compile(r"\b(?:until|till|before)[ \t]+$", re.IGNORECASE)
#: ... and one fronted before its main clause, which then says whether the span is over: "Until Monday, the
#: museum was closed" (past), "Until Monday, the road will stay closed" (ahead).
FRONTED_SPAN_END = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n)[\"“‘']?(?:(?:but|and|yet)[ \t]+)?(?:until|till)[ \t]+$", re.IGNORECASE
)
#: The word that may govern a date right before it, past an adverb and "on": "said Thursday", "said privately on
#: Friday".
VERB_BEFORE = re.compile(r"(?P<word>\w+)[ \t]+(?:\w+ly[ \t]+)?(?:on[ \t]+)?$")
#: The word before the verb VERB_BEFORE found, when it makes the verb passive: "had been admitted Feb. 26" is no report.
PASSIVE_VERB_BEFORE = re.compile(
    r"\b(?:be|been|being|is|are|was|were)[ \t]+(?:\w+ly[ \t]+)?\w+[ \t]+(?:\w+ly[ \t]+)?(?:on[ \t]+)?$", re.IGNORECASE
)
#: What makes a date the earliest a thing may happen, matched right before it: "a vote as soon as Saturday"
#: ("buying costumes as early as July" tells how early something was done).
EARLIEST = re.compile(r"\bas[ \t]+soon[ \t]+as[ \t]+$", re.IGNORECASE)
#: What sets a date for something still to come, right before the date: "The FDA has set a PDUFA date of July 24",
#: "setting an action date of May 28", "set a deadline of Friday".
DATE_SET = re.compile(
    r"\b(?:set|sets|setting|fixed|fixes|fixing|gave|given|giving)[ \t]+(?:a|an|the|its|their)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}(?:date|deadline)[ \t]+(?:of[ \t]+)?$",
    re.IGNORECASE,
)
#: What declares a day something, around the day: "has declared Monday a public holiday", "declared Monday the first
#: day of Shawwal": a day still to come.
DECLARED_BEFORE = re.compile(r"\b(?:declared|declares|declare|declaring|designated|designates)[ \t]+$", re.IGNORECASE)
DECLARED_AFTER = re.compile(r"[ \t]+(?:a|an|the)[ \t]", re.IGNORECASE)
#: What after a weekday's possessive tells a result, so a game played: "after Thursday's 0-0 draw", "Sunday's 3-1 win"
#: (not hours: "Friday's 7-10 p.m. show").
RESULT_AFTER = re.compile(
    r"['’]s[ \t]+(?:[A-Za-z]+[ \t]+)?\d{1,3}[-–]\d{1,3}(?![\d:.])(?![ \t]*[ap]\.?m\b)", re.IGNORECASE
)
#: A result a few words before a weekday, so a game played: "after beating Baltimore 17-10 on Sunday", "after a
#: 34-3 rout of Oklahoma on Saturday", "38-0 in the Cotton Bowl on Thursday night" (not a record in parentheses:
#: "The Bulldogs (8-3) return Friday"; not hours: "6-9 p.m. Monday").
RESULT_BEFORE = re.compile(
    r"(?<![\d.,:$/-])\d{1,3}[-–]\d{1,3}(?![\d:./-])(?![ \t]*[ap]\.?m\b)"
    r"(?:[ \t]+[^\s.;,:\d()]+){0,6}[ \t]+(?:on[ \t]+)?$",
    re.IGNORECASE,
)
#: Hours a listing gives right after a day: "Saturday 4-11 p.m.", "Friday-Sunday, 7-10 p.m.", "Sunday noon-6 p.m.".
LISTED_HOURS = re.compile(
    r"(?:[-–][A-Za-z]+\.?)?[ \t]*,?[ \t]*(?:(?:from|at)[ \t]+)?"
    r"(?:\d{1,2}(?:[:.][0-5]\d)?[ \t]*(?:[ap]\.?m\b|[-–]|(?:to|until)[ \t]+\d)|noon\b)",
    re.IGNORECASE,
)
EARLIEST_UNLESS_PAST = re.compile(r"\bas[ \t]+early[ \t]+as[ \t]+$", re.IGNORECASE)
#: Markers of the past that are adjectives after a determiner: "its last drinks".
PAST_ADJECTIVES = frozenset({"last"})
#: Verbs whose object a participle completes: "keep the government funded through Nov. 21".
COMPLEMENT_VERBS = frozenset(
    {
        "keep", "keeps", "keeping", "leave", "leaves", "leaving", "get", "gets", "getting",
        # "will see London Euston closed from December 25", "wants the road reopened by Friday"
        "see", "sees", "seeing", "saw", "want", "wants", "wanted",
    }
)
#: Words after a comparative: "a week earlier than usual" compares, it does not date.
COMPARISON_WORDS = frozenset({"than"})
#: Auxiliaries after "to" that make an infinitive: "the first doses to be given on Monday".
INFINITIVE_AUXILIARIES = frozenset({"be", "have"})
#: What a date of an event still to come is written between, in a past clause as in any: "Candidate filing for the
#: March 5 primary closed Tuesday", "Tickets for the contest's May 13 grand final sold out" (the day is the event's).
EVENT_DATE_BEFORE = re.compile(r"(?:\b(?:the|its|their)|['’]s)[ \t]+$", re.IGNORECASE)
EVENT_DATE_AFTER = re.compile(
    r"[ \t]+(?:grand[ \t]+)?(?:primary|primaries|runoff|run-off|final|election|referendum|caucus|caucuses|premiere"
    r"|auction|debate|summit|launch|kickoff|deadline)\b",
    re.IGNORECASE,
)
#: What leads up to a date: "promised tighter controls ahead of the Feb. 23 election". What a past clause did
#: before it says nothing of how far ahead the date lies.
_CALLED_EVENT = r"(?:election|elections|vote|referendum|polls|summit|trial|hearing)[ \t]+(?:on|for)"
LEAD_UP = re.compile(
    r"\b(?:(?:ahead[ \t]+of|in[ \t]+the[ \t]+run-up[ \t]+to|before)(?:[ \t]+the)?"
    # ... and so does the event a past clause called: "triggering a snap election on April 28"
    rf"|{_CALLED_EVENT})[ \t]+$",
    re.IGNORECASE,
)
#: The event a past clause called or set up, right before its date, which may lie either side of the report: "dissolved
#: Parliament, paving the way for an election on July 2" (but "changed their registration before the April primary").
#: ... and an event a verb of arranging added or moved, named by its date: "have added a Republic Day concert", "moved
#: their Boxing Day gig to 30 December".
CALLED_EVENT = re.compile(
    rf"\b(?:{_CALLED_EVENT}|(?:added|moved|rescheduled|postponed|announced|scheduled|booked|cancell?ed)"
    r"[ \t]+(?:a|an|the|their|its|his|her)(?:[ \t]+(?:second|third|new|extra|special))?)[ \t]+$",
    re.IGNORECASE,
)
#: What puts a date after the time of its clause: "held their final rallies on Thursday ahead of Sunday's runoff",
#: "on Saturday, three days before Tuesday's election", "weeks before the November midterms" (not "shoppers held
#: back in the weeks before Christmas": a stretch before it, not a time before it).
LEADING_TO = re.compile(
    r"\b(?:ahead[ \t]+of|in[ \t]+the[ \t]+run-up[ \t]+to|(?<!the[ \t])(?:hours?|days?|weeks?|months?)[ \t]+before"
    # ... and what awaits it: "surrogates previewed Tuesday's debate", "investors awaited Friday's jobs report",
    # "Tickets for Saturday's UFC 231 sold out"
    r"|previewed|previewing|previews|awaited|awaiting|awaits|tickets?[ \t]+for|build-?up[ \t]+to|countdown[ \t]+to"
    # ... and what a run goes on into: "as the race headed into Tuesday's rest day"
    r"|(?:heading|headed|heads|going)[ \t]+into)"
    r"(?:[ \t]+the)?[ \t]+$",
    re.IGNORECASE,
)
#: What follows a weekday said to be something to come, right after a verb of saying: "Ferry operators said Thursday
#: would be their busiest day" (the day is the subject of what was said, not the day of saying).
FORETOLD_OF_A_DAY = re.compile(
    r"[ \t]+(?:will|would|could|should|might|(?:is|was)[ \t]+(?:expected|likely|set|due)[ \t]+to)[ \t]+be\b",
    re.IGNORECASE,
)
#: What makes a day's event one its clause looks to, before the day and after it: "queued from early Friday for
#: Saturday's weigh-ins", "is 9-2 for Friday's showpiece", "moved first post for Sunday's card" (an event is held;
#: "fined for Saturday's incident" tells of no event).
FOR_AN_EVENT = re.compile(r"\bfor[ \t]+$", re.IGNORECASE)
EVENT_OF_A_DAY = re.compile(
    r"['’]s[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:games?|match(?:es)?|fights?|bouts?|card|races?|showpiece|finals?"
    r"|semifinals?|weigh-ins?|meeting|session|vote|election|ceremony|parade|concert|show|opener|clash|derby|fixture"
    r"|contest|premiere|debate|summit|hearing|launch|kickoff|deadline|rally|runoff|primary|auction|draw|festival)\b",
    re.IGNORECASE,
)
#: ... and what puts the day of an event named after it there: "ahead of the company's investor day on April 14", "ahead
#: of Punjabi singer Arjun Sekhon's two concerts at Jawaharlal Nehru Stadium on Saturday"; so does a warning of what
#: is to come: "has warned of a lack of reserve between 4pm and 7pm on Friday", "warned of minor to moderate
#: geomagnetic activity from Monday through Wednesday".
LEADING_TO_AN_EVENT_ON = re.compile(
    r"\b(?:ahead[ \t]+of|in[ \t]+the[ \t]+run-up[ \t]+to)(?:[ \t]+[\w'’-]+){1,10}?[ \t]+on[ \t]+$"
    r"|\bwarn(?:ed|s|ing)?[ \t]+of(?:[ \t]+[\w'’-]+){1,10}?[ \t]+(?:on|from)[ \t]+$",
    re.IGNORECASE
)
#: What puts the day of an event before the day its sentence named first: "takes a three-shot lead into the final
#: round Sunday after a 67 on Saturday".
#: (an event named by a noun phrase, not a clause with a verb of its own: "after the board approved the calendar on
#: Thursday", "after beating Baltimore 17-10 on Sunday")
FOLLOWING_AN_EVENT_ON = re.compile(
    r"\bafter[ \t]+(?:a|an|the|his|her|its|their)(?:[ \t]+(?!(?:and|but|or|was|were|had|said)\b)"
    r"(?![\w'’-]*(?:ed|ing)\b)[\w'’-]+){1,4}?[ \t]+on[ \t]+$",
    re.IGNORECASE,
)
#: What makes a year a fiscal one: "For fiscal 2026, which began in October" does not put October in 2026.
FISCAL = re.compile(r"\bfiscal\b|(?-i:FY)", re.IGNORECASE)
#: What makes a date the one a thing follows: "will form a minority government after Monday's election" (said on a
#: Tuesday) says nothing of whether Monday is still to come.
FOLLOWING = re.compile(r"(?<!until[ \t])\bafter(?:[ \t]+the)?[ \t]+$", re.IGNORECASE)
#: What a day's event is a source of, before it: "will see only a partial benefit from Wednesday's cut", "will pass on
#: only 20 basis points of Tuesday's cut" (what comes of an event just past); not a part of the event ("will be honored
#: at halftime of Friday's game").
DRAWN_FROM = re.compile(
    r"\b(?:from|(?<!\bhalftime[ \t])(?<!\bhalf-time[ \t])(?<!\bstart[ \t])(?<!\bend[ \t])(?<!\beve[ \t])"
    r"(?<!\bopening[ \t])(?<!\bkickoff[ \t])(?<!\bday[ \t])(?<!\bnight[ \t])(?<!\bmorning[ \t])of)[ \t]+$",
    re.IGNORECASE,
)
#: What follows a day whose close a figure is set against, matched right after it: "a 31 percent premium to Friday's
#: closing price", "over Thursday's close" (the last close, past).
CLOSE_OF = re.compile(r"['’]s[ \t]+(?:closing|close)\b", re.IGNORECASE)
#: What makes a date the time of a level compared with: "up from 3.1 percent in January", "from N25,000 in January",
#: "up from about 400,000 at midnight".
_FIGURE = (
    r"(?:(?:about|around|roughly|nearly|some)[ \t]+)?[A-Z$€£¥₦]{0,3}\d[\d,.]*"
    # (a count of millions may name its unit: "fell to 6.0 million barrels per day in March from 6.3 million bpd in
    # February")
    r"(?:%|[ \t]+(?:percent|per[ \t]+cent|points?|(?:million|billion)(?:[ \t]+(?!(?:in|on|at)\b)[A-Za-z]+)?))?"
)
COMPARED_FIGURE = re.compile(r"\b(?:from|than|versus)[ \t]+" + _FIGURE + r"[ \t]+(?:in|on|at)[ \t]+$", re.IGNORECASE)
#: What makes a date the day of a change to come rather than the time of the level it starts from, in a future
#: clause: "will fall to 7.3% from 7.7% on Friday" (but "will receive $52, up from $40 in January": a level then).
CHANGE_BETWEEN_FIGURES = re.compile(
    r"\bto[ \t]+" + _FIGURE + r"[ \t]+from[ \t]+" + _FIGURE + r"[ \t]+(?:in|on|at)[ \t]+$", re.IGNORECASE
)
#: Nouns in -ing made from timetable verbs: "held its annual shareholder meeting on Thursday" is no timetable.
VERBAL_NOUNS = frozenset(
    {"meeting", "opening", "closing", "screening", "landing", "ending", "hearing", "turning", "going", "coming"}
)
#: What joins a reporting period to the day it ends on: "the six months to December 31", "its 52 weeks to Feb. 26".
PERIOD_TO = re.compile(r"[ \t]+to[ \t]+", re.IGNORECASE)
#: What stands before such a period, which is then no countdown ("with seven weeks to the election"): "the group's
#: 52 weeks", "for 26 weeks".
PERIOD_OWNER = re.compile(r"(?:['’]s|\b(?:the|its|their|his|her|our|for|in|over))[ \t]+$", re.IGNORECASE)
#: Short words a title keeps in lower case: a date word opening '"Midnight in Paris"' names a film.
TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "from", "by"}
)
#: Verbs that announce a span to come: "The Met Office has issued an amber warning from 6pm Saturday" (but "prices
#: have risen from Monday").
ANNOUNCING = frozenset({"issued", "declared", "announced", "imposed", "extended", "ordered", "posted", "put"})
#: What follows a month a futures contract is for: "Brent for December delivery" is the coming December, and so
#: are the months listed before the word: "Brent's December and January contracts".
DELIVERY = re.compile(
    # (a few months at most: a long list of capitalised words is read once, not once per month in it)
    r"(?:[ \t]*(?:,|and|or|/|-)[ \t]*(?-i:[A-Z][a-z]{2,8})\.?){0,4}"
    r"[ \t]+(?:delivery|deliveries|contracts?|futures|expiry|expiration)\b",
    re.IGNORECASE,
)
#: What introduces the period a figure covers: "For the full year, revenue climbed", "saw bigger paychecks
#: throughout the year", "for much of the year", "the yield ended the year at 6.48 percent" (not "its first
#: meeting of the year").
PERIOD_REPORTED = re.compile(
    r"\b(?:(?:for|in|during|throughout|over)(?:[ \t]+(?:much|most|all|part|the[ \t]+rest)[ \t]+of)?"
    r"|ended|finished|closed)[ \t]+$",
    re.IGNORECASE,
)
#: What may stand before a year that opens a sentence and frames it ("In 2030, ...", "Last year, ...",
#: "By 2019 ...", "The 2022 Games ..."): months and dates later in the sentence without a year of their own are in
#: that year.
FRAME_OPENING = re.compile(
    r"[\"“'‘(\s]*(?:(?:in|during|by|throughout|for)\s+(?:the\s+year\s+)?|(?P<named>the)\s+)?", re.IGNORECASE
)
#: What turns from the thing a year opening the sentence names to another: "The 2015 reissue added two tracks, but
#: this new set, out May 19, ...".
CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though|yet)\b", re.IGNORECASE)
#: What turns a sentence opened by a year to the present, whose months are then the present's: "Throughout 2020 the
#: halls stood empty; now, ... the airport is planning for a December rush".
TURN_TO_NOW = re.compile(r"(?:[;:,.—–]|\b(?:and|but))[ \t]*(?:now|today|these[ \t]+days)\b", re.IGNORECASE)
#: What opens a clause about the year just named, whose dates fall in it: "since 2009, when it arrived on May 23".
YEAR_CLAUSE = re.compile(r"[ \t]*,[ \t]*when\b", re.IGNORECASE)
#: What stands before a weekend that has passed, whatever the clause's tense: "the ransomware, which spread over the
#: weekend, encrypts files".
WEEKEND_PAST = re.compile(r"\b(?:over|during|at)[ \t]+$", re.IGNORECASE)
#: A run of weekdays that share hours, matched at its first day ("Monday through Saturday", "Tues.-Sun."; not "Monday
#: through Wednesday morning", a span).
_WEEKDAY_RUN = (
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?[ \t]*(?:through|thru|to|-|–)[ \t]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
    r"(?![ \t]+(?:morning|afternoon|evening|night)\b)"
)
WEEKDAY_RUN = re.compile(_WEEKDAY_RUN, re.IGNORECASE)
#: What follows clock times that take effect from a day or a season on, or hold on a run of days, and so recur:
#: "stores would close at 9 p.m. starting Tuesday", "opening from 7 a.m. to 8:30 p.m. starting Sunday", "push the first
#: bell to 8:30 a.m. starting next fall", "meters will be enforced from 8 a.m. to 8 p.m. Monday through Saturday".
NEW_HOURS = re.compile(
    r"(?:[ \t]+(?-i:[A-Z]{2,4}))?,?[ \t]+(?:(?:starting|beginning)[ \t]+(?:on[ \t]+)?(?-i:[A-Z])"
    # (in lower case: "6 p.m. Beginning next week" opens a sentence of its own)
    r"|(?-i:starting|beginning)[ \t]+(?:in[ \t]+)?(?:next|this|the)[ \t]+"
    r"(?:fall|autumn|spring|summer|winter|week|month|year|semester|term|school[ \t]+year)\b|"
    + _WEEKDAY_RUN
    + ")",
    re.IGNORECASE,
)
#: What stands right before a weekday that clock times just given hold on: "from 8 a.m. to 8 p.m. Monday through
#: Saturday", "runs 4 to 6 p.m. Monday through Friday".
HOURS_BEFORE = re.compile(
    r"(?:\d|noon|midnight)[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+(?-i:[A-Z]{2,4}))?,?[ \t]+$", re.IGNORECASE
)
#: What stands right before a year compared with: "slightly less than in 2018", "up from 2019", "versus 2020".
COMPARED_YEAR = re.compile(
    r"\b(?:from|than|versus|vs\.?|over|compared[ \t]+(?:with|to))(?:[ \t]+in)?[ \t]+$", re.IGNORECASE
)
#: What stands right before a time compared with: "expect sales to rise 11% from a year earlier" (the whole of what
#: joins two times, one compared with the other: "flat in November from October").
COMPARED_WITH = re.compile(r"(?:[ \t]+|\b)(?:from|than|versus|vs\.?)[ \t]+$", re.IGNORECASE)
#: ... and one that can only be a comparison ("from" also opens a stretch): "in October compared with October 2013".
COMPARED_EXPLICITLY = re.compile(r"\b(?:than|versus|vs\.?|compared[ \t]+(?:with|to))[ \t]+$", re.IGNORECASE)
#: What stands before a level of a past period it is compared with: "up from $10 million a year ago", "a loss of $9
#: million, or 18 cents a share, a year ago", "lower than a year ago" (not "hurt by the liquidation of Toys R Us a
#: year ago", an event).
COMPARED_LEVEL = re.compile(
    r"(?:\b(?:from|than|versus|vs\.?|compared[ \t]+(?:with|to))[ \t]+(?:[^ \t.;:]+[ \t]+){0,8}"
    r"|\d[\d,.]*%?[ \t]+(?:(?:percent|per[ \t]+cent|million|billion|points?|[A-Za-z]+[ \t]+a[ \t]+share),?[ \t]+)?"
    r"|\ba[ \t]+share,[ \t]+)$",
    re.IGNORECASE,
)
#: What joins a clause with a subject of its own: "would review the data next week, and the sites will be closed".
COORDINATED_CLAUSE = re.compile(r"[,;][ \t]*(?:and|but|while|although)[ \t]|;")
#: A year said right after a date without one, which it places: "three days before Christmas in 2018".
YEAR_AFTER = re.compile(
    r"[ \t]+in[ \t]+(?P<year>[12]\d{3})(?![\w-])"
    # ... or the year counted from the publication: "runs Jan. 3-5 this year", "on March 2 next year"
    r"|(?:[ \t]*-[ \t]*\d{1,2})?[ \t]+(?:this|(?P<ahead>next)|(?P<back>last))[ \t]+year\b",
    re.IGNORECASE,
)
#: ... and a year counted from the publication whose month or holiday follows, matched right before it: "next year's
#: February half-term", "last year's Easter".
YEAR_BEFORE = re.compile(r"\b(?:this|(?P<ahead>next)|(?P<back>last))[ \t]+year['’]s[ \t]+$", re.IGNORECASE)
#: What may open a later clause before a year that frames its dates: "..., but this year it set in on 9th June".
#: A year ahead an event is put in, closing its clause, matched over the year and the words around it: "will run three
#: crossings in 2017, with departures in late April" (not a year that qualifies a noun, "2024 marketplace plans", nor
#: a fiscal year).
YEAR_OF_A_PLAN = re.compile(r"\bin[ \t]+(?:the[ \t]+year[ \t]+)?[12]\d{3}[ \t]*[,;]")
CLAUSE_FRAME_OPENING = re.compile(r"\s*(?:but|and|while|whereas|yet)\s+(?:(?:in|during|by)\s+)?", re.IGNORECASE)
#: Participles that before "to" tell what a thing is given to, not when something happened: "will hold a presentation
#: dedicated to the Switch 2 on April 2".
STATIVE_BEFORE_TO = frozenset({"dedicated", "devoted", "linked", "related", "attached", "confined"})
#: Present-tense auxiliaries and verbs; a clause in the present leaves a weekday to the default.
PRESENT_MARKERS = frozenset({"is", "are", "am", "isn't", "aren't", "'s", "'re"})
#: A count of things right before "a day", "a week" or "a month" (the words counted between them), which makes it a
#: rate: "limited to one halibut a day", "15 free hours of childcare a week", "2 million litres of wine a year".
#: Matched at the end of the text before it; group ``last`` is the word right before it.
COUNT_BEFORE_A_RATE = re.compile(
    r"(?:(?<![\w.,])(?:" + "|".join(sorted([*vocab.ONES, *vocab.TENS], key=len, reverse=True)) + r")"
    r"|(?<![\w.,/:-])\d[\d,]*(?:\.\d+)?(?:[ \t]+(?:million|billion|thousand|hundred))?)"
    r"(?:[ \t]+[A-Za-z0-9][\w'’-]*){0,3}[ \t]+(?P<last>[A-Za-z][\w'’-]*)[ \t]+$",
    re.IGNORECASE,
)
#: What after "a day" or "a week" makes it a length or a point, not a rate: "a week after the storm", "a day early",
#: "a year of talks", "a month from Friday".
AFTER_A_LENGTH = re.compile(
    r"[ \t]*(?:-|(?:after|before|ago|later|earlier|early|late|of|away|longer|shorter|more|less|old|or|and"
    r"|in[ \t]+advance|too|from[ \t]+(?:now|today|tonight|then|that|this|when|the))\b)",
    re.IGNORECASE,
)
#: Words in -ed that are not past-tense verbs.
NOT_PAST_ED = frozenset(
    {
        "need", "speed", "seed", "bed", "red", "hundred", "indeed", "feed", "creed", "weed", "shed", "bred",
        "breed", "greed", "united", "limited", "based", "proposed", "so-called", "detailed", "advanced",
        "concerned", "interested", "related", "involved", "armed", "alleged", "reed", "sled", "fled", "wed", "ted",
        "ed", "fred", "ned", "med", "proceed", "succeed", "exceed", "scheduled", "expected", "planned", "intended",
        "unexpected", "unprecedented", "embed",
        # adjectives in un-: "leave rates unchanged on Wednesday"
        "unchanged", "unidentified", "unnamed", "undisclosed", "unspecified", "unemployed", "unopposed",
        "unmanned", "unarmed", "unaffected", "unresolved", "unsolved", "undecided", "unscathed", "unharmed",
        "unvaccinated", "unregistered", "unlicensed", "unauthorized", "unauthorised", "unrelated", "unmarked",
    }
)

#: Verbs of saying, in every form, for event kinds and attribution.
#: Words of an estimate: a past clause so hedged may count a range of days up to one still ahead ("taking in an
#: estimated $38.6 million from Friday through Monday", written on the Sunday of a holiday weekend).
ESTIMATING = frozenset({"estimated", "estimate", "estimates", "projected", "projection", "projections"})
#: Verbs by which data are released, reported like a statement: "official figures showed on Wednesday".
SHOWING_VERBS = frozenset({"showed", "shows", "show"})
REPORTING_VERBS = frozenset(
    {
        "said", "say", "says", "saying", "told", "tell", "tells", "telling", "announced", "announce", "announces",
        "reported", "report", "reports", "stated", "state", "states", "added", "add", "adds", "noted", "note",
        "notes", "declared", "declare", "declares", "confirmed", "confirm", "confirms", "claimed", "claim",
        "claims", "insisted", "insists", "warned", "warn", "warns", "predicted", "predicts", "estimated",
        "estimates", "argued", "argues", "explained", "explains", "acknowledged", "acknowledges", "admitted",
        "admits", "denied", "denies", "revealed", "reveals", "disclosed", "discloses", "quoted", "wrote", "writes",
        "asserted", "asserts", "reiterated", "reiterates", "indicated", "indicates", "suggested", "suggests",
        "testified", "testifies", "commented", "comments", "replied", "replies", "responded", "responds",
        "stressed", "stresses", "emphasized", "emphasizes", "observed", "recalled", "recalls", "complained",
        "complains",
    }
)

#: Reporting verbs whose first noun is the one addressed, not the subject of what is said: "told students on Tuesday
#: to leave campus by Sunday".
ADDRESSING_VERBS = frozenset({"told", "tell", "tells", "telling", "warned", "warn", "warns", "warning"})

#: Words a clause with "that" follows, where "that" is a conjunction, not a demonstrative: "warning that
#: Tuesday and Saturday could be the busiest days" (but "resumed that Monday", "on duty that Tuesday").
THAT_CLAUSE_WORDS = REPORTING_VERBS | frozenset(
    {
        "expect", "expects", "expected", "believe", "believes", "believed", "think", "thinks", "thought", "hope",
        "hopes", "hoped", "fear", "fears", "feared", "know", "knows", "knew", "ensure", "ensures", "ensured",
        "mean", "means", "meant", "show", "shows", "showed", "agree", "agrees", "agreed", "decide", "decides",
        "decided", "learn", "learns", "learned", "realize", "realizes", "realized", "promise", "promises",
        "promised", "vow", "vows", "vowed", "pledge", "pledges", "pledged", "signal", "signals", "signaled",
        "warning", "so", "such", "now", "given", "except", "than", "fact", "is", "was", "are", "were", "be",
    }
)

#: Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "maj", "st", "jr",
        "sr", "inc", "corp", "co", "ltd", "no", "vs", "u.s", "u.n", "u.k", "e.u", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "mt", "ft", "ave", "blvd", "dept", "est",
        "approx", "etc", "e.g", "i.e", "fig", "vol", "rev", "fr", "msgr", "hon", "atty", "det", "cpl", "pvt", "adm",
        "cmdr", "supt", "insp", "rd", "hwy",
    }
)

#: Time zones news tells on the 24-hour clock (as the parts write them): "began failing at about 11:20 UTC".
TWENTY_FOUR_HOUR_ZONES = frozenset({"UTC", "GMT", "Z"})
#: Particles that make a verb go on: "a rescue that went on until 2am on Sunday".
GOING_ON = frozenset({"on"})
#: Efforts in progress toward what follows "to": "engineers were working to restore the rest by Thursday".
EFFORTS = frozenset({"working", "racing", "scrambling", "rushing", "striving", "struggling", "trying", "battling"})
#: Words that open an amount: "Forecasters expect up to 20 centimetres by Monday", "expect about 5,000 visitors".
AMOUNT_OPENERS = frozenset(
    {"up", "about", "around", "roughly", "nearly", "almost", "some", "over", "more", "fewer", "less", "at", "as"}
)
#: Markers of the past that compare after a length of time ("will open an hour earlier, from Monday") or bound a
#: range of numbered versions after "and" or "or" ("drop support for Android 9 and earlier from July 1").
LENGTH_COMPARATIVES = frozenset({"earlier"})

#: Adjectives that rank what a noun phrase names, and may stand between its article and a participle: "a final
#: televised debate", "the first confirmed case", "the last scheduled game".
RANKING_ADJECTIVES = frozenset({"final", "last", "next", "previous", "new", "latest"})
#: Firsts and superlatives: "in N years" after one is a stretch looking back ("the first talks in a
#: year", "the highest level in a decade"), not a date N years ahead.
FIRSTS = frozenset(
    {
        "first", "second", "third", "fourth", "fifth", "only", "highest", "lowest", "biggest", "largest",
        "smallest", "best", "worst", "strongest", "weakest", "fastest", "slowest", "longest", "shortest",
        "sharpest", "steepest", "deepest", "most", "least", "record", "coldest", "hottest", "warmest",
        "wettest", "driest", "snowiest", "windiest", "deadliest", "busiest", "heaviest", "cheapest", "earliest",
        "latest", "fewest", "safest", "quietest", "greatest", "lightest", "mildest", "calmest",
        "tightest", "closest", "brightest", "darkest", "rarest", "widest", "toughest", "hardest", "easiest",
        "oldest", "richest", "poorest", "clearest", "loudest",
    }
)

#: A school year or season that runs across two years, "the 2025-26 school year": a month without a year in its
#: sentence is in the first year from July on, in the second before.
SPLIT_YEAR = re.compile(
    r"\b(?P<first>(?:19|20)\d\d)[-–/](?P<second>\d\d(?:\d\d)?)[ \t]+"
    r"(?:school[ \t]+year|academic[ \t]+year|school[ \t]+calendar|season)\b",
    re.IGNORECASE,
)
#: The month from which a split year's months are in its first year.
SPLIT_YEAR_TURN = 7
#: A copula right before a date, which a present clause then names as the next such day: "the last day of
#: school is June 4", "The craft fair is 9 a.m.-4 p.m. Saturday" (past the opening of a range of hours).
COPULA = re.compile(
    r"\b(?:is|are)[ \t]+(?:on[ \t]+)?(?:(?:[01]?\d(?:[:.][0-5]\d)?[ \t]*(?:[ap]\.?m\.?)?|noon)[ \t]*[-–][ \t]*)?$",
    re.IGNORECASE,
)
#: What joins a weekday to the holiday it falls on: "Monday's Memorial Day holiday", "Father's Day is Sunday".
HOLIDAY_APPOSITION = re.compile(r"['’]s[ \t]+|[ \t]+is[ \t]+")
#: What separates a clock time from its restatement in another zone: "2 p.m. EST (1900 GMT)". Later
#: anaphora ("half an hour later") counts from the first, in the zone of the story.
CLOCK_RESTATEMENT = re.compile(r"[ \t]*[(\[][ \t]*")
#: What joins a day counted from the story to the date that restates it: "the following Saturday, April 22".
APPOSITION = re.compile(r"[ \t]*,[ \t]*")
#: What joins a date to the weekday it falls on after it: "Sales continue through New Year's Eve on Saturday".
FALLS_ON = re.compile(r"[ \t]+on[ \t]+", re.IGNORECASE)
#: ... and what says so, whatever the tense of the clause around it: "With Australia Day falling on Wednesday, ...
#: has warned", "Canada Day falls Tuesday".
SAID_TO_FALL_ON = re.compile(r"[ \t]+(?:falls|falling|fell|fall)[ \t]+(?:on[ \t]+)?", re.IGNORECASE)

#: Conjunctions and subordinators after which a new clause, with its own subject, may begin.
#: Conjunctions that open a subordinate clause: a date's own clause starts there ("after Wednesday's attempt was
#: scrubbed", "after undergoing surgery on Monday, the club confirmed").
SUBORDINATE_OPENERS = frozenset(
    {"after", "before", "when", "while", "because", "although", "though", "whereas", "once"}
)
#: The prepositions of a bound that a negated present perfect has not yet reached: "have not ruled out tougher
#: measures before Christmas", "anyone who has not lodged a return by 31 October".
NOT_YET_BOUNDS = frozenset({"by", "before"})
#: The auxiliaries of the present perfect with the negation joined to them.
NEGATED_PERFECTS = frozenset({"hasn't", "haven't", "hasn’t", "haven’t"})
#: A day of the month written as an ordinal in figures, the end of a date: "lost at Arsenal on the 14th and host
#: Norwich on Saturday".
DAY_ORDINAL = re.compile(r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)", re.IGNORECASE)
#: Conjunctions of time: a verb in the present after them tells the future when the clause they hang on does ("will
#: command a majority when the new Parliament first sits on Tuesday").
TIME_CONJUNCTIONS = frozenset({"when", "once", "after", "before", "until", "till", "whenever"})
CLAUSE_OPENERS = frozenset({"and", "but", "or", "so", "yet", "while", "when", "as", "because", "although", "though"})

#: Verbs whose simple present states a timetable, so that the day it names is still to come: "the tour
#: opens in Perth on 3 November", "talks resume Monday", "the law takes effect Jan. 1".
SCHEDULE_VERBS = frozenset(
    {
        "open", "begin", "start", "resume", "reopen", "close", "end", "expire", "launch", "arrive", "depart",
        "leave", "convene", "reconvene", "premiere", "debut", "kick", "wrap", "run", "take", "return", "finish",
        "conclude", "air", "meet", "vote", "face", "host", "visit", "travel", "fly", "head", "play", "come", "go",
        "hit", "release", "land", "get", "fall", "turn", "mark", "celebrate", "culminate", "screen", "headline",
        "perform", "tour", "stream", "tee", "broadcast", "follow", "bring", "publish", "tackle",
        "welcome", "entertain", "switch",
    }
)

#: Timetable verbs that put their day after one named before: "Trading resumes Tuesday, and the jobs report follows on
#: Friday", "will close at 4pm on Christmas Eve and reopen at 9am on Saturday".
SEQUENCE_VERBS = frozenset(
    {
        "follow", "follows", "followed", "reopen", "reopens", "resume", "resumes", "restart", "restarts", "return",
        "returns",
    }
)

#: Conjunctions that join a second verb to the same subject: "began Wednesday and runs through Saturday".
COORDINATORS = frozenset({"and", "but"})

#: Words of a game: in their sentence a bare "the second half" (or "first half", "third quarter") is part
#: of the match ("equalized early in the second half"), not of the year.
GAME_WORDS = frozenset(
    {
        "scored", "equalized", "equalised", "equalizer", "equaliser", "halftime", "kickoff",
        "touchdown", "touchdowns", "innings", "inning", "wicket", "wickets", "goalkeeper", "goalie",
        "referee", "striker", "substitute", "rebounds", "quarterback", "defenders", "midfielder",
        "blew", "overtime", "buzzer", "assists", "turnovers", "three-pointers", "3-pointers", "fumble", "fumbles",
        "interceptions", "match", "matches", "game", "games", "fixture", "fixtures", "limped", "aggregate",
        # "with 10.9 seconds left in the third quarter", "a fadeaway jumper"
        "seconds", "jumper", "layup", "dunk",
        # a bet on a part of a game: "a parlay on the first-half line", "the 2nd-quarter under 10.5"
        "parlay", "moneyline", "bettors", "sportsbook", "sportsbooks",
    }
)

#: Words of a round of golf: in their sentence a bare ordinal is a hole, not a day of the month ("made five straight
#: birdies from the 10th").
COURSE_WORDS = frozenset(
    {
        "birdie", "birdies", "birdied", "bogey", "bogeys", "bogeyed", "eagled", "putt", "putts", "putted", "fairway",
        "fairways", "par-3", "par-4", "par-5", "hole-in-one",
    }
)

#: A game's score, which puts a bare quarter or half in its sentence in the match: "rallied from a 10-point
#: deficit in the fourth quarter to beat San Francisco 31-20", "had led 28-3 midway through the third quarter"
#: (not a share of votes, a percentage range or a range of amounts: "install 35-38 GW of capacity").
GAME_SCORE = re.compile(
    r"(?<![\w.,/$-])\d{1,3}[-–]\d{1,3}(?![\w%/-])(?![.,]\d)"
    r"(?![ \t]+(?:vote|votes|ruling|decision|majority|per[ \t]*cent|percent|percentage|million|billion|trillion"
    r"|thousand|degrees|tonnes|tons|barrels|people|seats|years|months|weeks|days|hours|minutes|cents|dollars|pounds"
    r"|euros|feet|inches|metres|meters|miles|kilometres|kilometers|(?-i:GW|MW|kW|GWh|MWh|TWh|kWh|GB|TB|mph|km|kg|bn))\b)"
)

#: What follows a half or quarter of a day's event, a game's: "in the third quarter of Saturday night's loss", "during
#: the first half of Saturday's final" (a year's quarter is of a year: "the third quarter of 2021").
OF_A_DAYS_EVENT = re.compile(
    r"[ \t]+of[ \t]+(?:(?:last|this|next)[ \t]+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?['’]s\b",
    re.IGNORECASE,
)

#: Words of a company's accounts: in their sentence a quarter is of the year even beside a game ("revenue rose 12
#: percent in the third quarter, and Truist Park will host the All-Star Game").
ACCOUNTS_WORDS = frozenset(
    {"revenue", "revenues", "earnings", "profit", "profits", "income", "sales", "eps", "dividend"}
)

#: Words of a financial report: in their sentence a future verb may still report on a quarter that has
#: ended ("expects to report a third-quarter loss"), so the nearest quarter stands.
REPORTED_FIGURES = frozenset(
    {
        "report", "reports", "reported", "reporting", "results", "earnings", "loss", "losses", "profit",
        "profits", "income", "charge", "charges", "revenue", "revenues", "dividend", "eps", "sales", "orders",
        "figures", "figure", "data", "numbers", "statistics", "gdp", "growth", "estimate", "reading", "print",
    }
)

#: What follows a month the figures of which are meant: "will release August GDP figures on Oct. 31", "the September
#: jobs report".
#: (not a report published in the month: "expect the agency to cut that estimate in its September report")
_MEASURES = "(?:" + "|".join(vocab.MONTHLY_MEASURES) + r")[ \t]+"
FIGURES_OF_A_MONTH = re.compile(
    rf"[ \t]+(?:(?:{_MEASURES})+report|(?:{_MEASURES})*(?:" + "|".join(vocab.MONTHLY_FIGURES) + r"))\b",
    re.IGNORECASE,
)

#: Holidays that name the day of an event a story may date itself: "election day" after "the Nov. 5
#: election", "Sunday's vote", "go to the polls on 26 October" or "setting the vote for Oct. 19" is that day,
#: not the US one. For each: what follows a date naming the event, and what precedes one.
_ELECTION = r"(?:elections?|primary|primaries|referendum|vote|polls|ballot)"
EVENT_DAYS = {
    "us_election_day": (
        re.compile(
            r"(?:['’]s)?[ \t]+(?:(?:general|presidential|parliamentary|legislative|national|local|snap|mayoral"
            r"|midterm|special|primary)[ \t]+)?" + _ELECTION + r"\b",
            re.IGNORECASE,
        ),
        # ("the election was set for Nov. 17")
        re.compile(
            r"\b" + _ELECTION + r"(?:[ \t]+(?:is|was|will[ \t]+be))?[ \t]+(?:on|for|set[ \t]+for|due[ \t]+on)[ \t]+$",
            re.IGNORECASE,
        ),
    ),
}

#: Days that name a historic event: "the Sept. 11 attacks", "the Jan. 6 riot" are those days of one year,
#: whenever the story is written. For each (month, day): what follows the date, and the year.
HISTORIC_DAYS = {
    (9, 11): (
        re.compile(
            r"(?:['’]s)?[ \t]+(?:terror(?:ist)?[ \t]+)?(?:attacks?|hijack(?:ers|ings)|commission)\b", re.IGNORECASE
        ),
        2001,
    ),
    (1, 6): (
        re.compile(
            r"(?:['’]s)?[ \t]+(?:attack|riot|insurrection|rally|committee|panel|rioters|hearings|defendants|"
            r"Capitol[ \t]+(?:attack|riot|breach))\b",
            re.IGNORECASE,
        ),
        2021,
    ),
    (10, 7): (re.compile(r"(?:['’]s)?[ \t]+(?:Hamas[ \t]+)?(?:attacks?|massacre|assault|raid)\b", re.IGNORECASE), 2023),
}

#: Days that name one historic event whenever the story is written: "landed on Gold Beach on D-Day", "the 80th
#: anniversary of D-Day".
HISTORIC_HOLIDAYS = {"d_day": 1944}

#: What makes a day or holiday the day of an event that many years before its anniversary: "the 75th anniversary of
#: VE Day" (1945), "the 79th anniversary of the June 6 landings".
NTH_ANNIVERSARY_OF = re.compile(
    r"\b(?P<nth>\d{1,3})(?:st|nd|rd|th)[ \t]+anniversar(?:y|ies)[ \t]+of[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)

#: Holidays several countries keep under one name, on different days: which country's the story means is
#: told by the country it names most (by these words); with none named, the first holiday stands.
_COUNTRY_WORDS = {
    "in": r"India|Indian|Indians|New\s+Delhi|Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Lok\s+Sabha|Modi|Red\s+Fort"
    # (counted in the Indian system, or made by its cinema)
    r"|crore|crores|lakh|lakhs|Bollywood",
    "pk": r"Pakistan|Pakistani|Pakistanis|Islamabad|Karachi|Lahore",
    "bd": r"Bangladesh|Bangladeshi|Dhaka",
    "ng": r"Nigeria|Nigerian|Nigerians|Abuja|Lagos",
    "gh": r"Ghana|Ghanaian|Ghanaians|Accra",
    "ke": r"Kenya|Kenyan|Kenyans|Nairobi",
    "ua": r"Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev|Zelensky[iy]?",
    "mx": r"Mexico|Mexican|Mexicans",
    "ph": r"Philippines|Philippine|Filipino|Filipinos|Manila",
    "il": r"Israel|Israeli|Israelis|Jerusalem|Tel\s+Aviv",
    "za": r"South\s+Africa|South\s+African|South\s+Africans|Johannesburg|Pretoria|Cape\s+Town|Durban|Soweto",
    "us": r"United\s+States|U\.S\.|US|America|American|Americans|Washington",
    "ca": r"Canada|Canadian|Canadians|Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Ontario|Quebec"
    r"|Alberta|Manitoba|Saskatchewan|Ontarians|Quebecers|Albertans",
    "gb": r"Britain|British|Britons|U\.K\.|UK|England|English|London|Wales|Welsh|Manchester|Birmingham|Liverpool",
    "ie": r"Ireland|Irish|Dublin|Cork|Galway|Limerick",
    "sc": r"Scotland|Scottish|Scots|Edinburgh|Glasgow|Aberdeen",
}
COUNTRY_NAMES = {code: re.compile(rf"\b(?:{words})\b") for code, words in _COUNTRY_WORDS.items()}
#: The place a story opens with in capitals: "ISLAMABAD: Preparations are in full swing", "VATICAN CITY, Dec 31".
DATELINE = re.compile(r"[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)*(?=[ \t]*[,:(—–-])")
_INDEPENDENCE_DAYS = ("in", "pk", "bd", "ng", "gh", "ke", "ua", "mx", "ph", "il")
NATIONAL_HOLIDAYS = {
    "us_independence_day": {code: f"{code}_independence_day" for code in _INDEPENDENCE_DAYS},
    # the UN's Human Rights Day is Dec. 10; South Africa keeps its own on March 21
    "human_rights_day": {"za": "za_human_rights_day"},
    # Canada gives thanks on the second Monday of October
    "thanksgiving": {"ca": "ca_thanksgiving"},
    # Britain and Ireland keep Mother's Day on Mothering Sunday
    "mothers_day": {"gb": "mothering_sunday", "ie": "mothering_sunday", "sc": "mothering_sunday"},
    # Ireland and Scotland keep the August bank holiday on the first Monday of August, England on the last
    "summer_bank_holiday": {"ie": "first_monday_of_august", "sc": "first_monday_of_august"},
}

#: What makes the months after it in its clause any year's, not one year's: "Bald eagle viewing typically peaks in
#: November", "Royal Ascot, held annually in June", "closes each year from Dec. 1 to March 31". ("normally" and
#: "often" tell this year's exception as often as the rule: "payments normally due on April 18")
HABITUAL = frozenset(
    {
        "typically", "usually", "traditionally", "customarily", "ordinarily", "annually",
        "every year", "each year", "typical year", "tend to", "tends to",
        # (the best time for a thing is any year's, but its deadline this year's: "ideally by the end of October")
        "ideally from", "ideally between", "ideally in", "ideally during",
        # advice on when to go holds for any year: "Glencoe is best visited between May and September" (not the sky's
        # "best watched on Oct. 8", a night of this year)
        "best visited", "best driven", "best walked", "best hiked", "best tackled", "best explored", "best enjoyed",
        "best avoided", "best time", "best months",
    }
)
#: Words that end the reach of such a word: "usually held the last weekend of April, but this year on May 3".
HABITUAL_BREAKS = frozenset({"but", "than", "this", "next", "last"})
#: Words of habit right after a month or a day of one: "interest is paid on 1 April each year", "held in June of
#: every year".
HABITUAL_AFTER = frozenset({"each year", "every year", "annually", "yearly", "of each year", "of every year"})
