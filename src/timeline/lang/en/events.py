"""English words for finding events: verbs and their forms, event nouns, event classes, attribution,
modality and boilerplate. Data only; :mod:`timeline.events` applies it."""

from __future__ import annotations

import re


# fmt: off
def inflections(base: str) -> set[str]:
    """Regular forms of a verb: ``meet`` -> meets, meeted (harmless), meeting; ``try`` -> tries, tried."""
    forms = {base}
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith(("ee", "ye", "oe")):  # "agree" -> agrees, agreed, agreeing
        forms |= {base + "s", base + "d", base + "ing"}
    elif base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "x", "z", "ch", "sh")) or (base.endswith("o") and base[-2:-1] not in "aeiou"):
        # "go" -> goes, "veto" -> vetoes, vetoed
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
        if (
            len(base) <= 4
            and base[-1] not in "aeiouwxy"
            and base[-2] in "aeiou"
            and base[-3:-2] not in ("a", "e", "i", "o", "u")
        ):
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


#: Irregular verbs: base -> (past, past participle).
IRREGULAR: dict[str, tuple[str, str]] = {
    "be": ("was", "been"), "have": ("had", "had"), "do": ("did", "done"), "go": ("went", "gone"),
    "come": ("came", "come"), "take": ("took", "taken"), "give": ("gave", "given"), "see": ("saw", "seen"),
    "make": ("made", "made"), "begin": ("began", "begun"), "leave": ("left", "left"), "hold": ("held", "held"),
    "sell": ("sold", "sold"), "buy": ("bought", "bought"), "win": ("won", "won"), "lose": ("lost", "lost"),
    "fall": ("fell", "fallen"), "rise": ("rose", "risen"), "pay": ("paid", "paid"), "spend": ("spent", "spent"),
    "send": ("sent", "sent"), "keep": ("kept", "kept"), "bring": ("brought", "brought"),
    "think": ("thought", "thought"), "find": ("found", "found"), "become": ("became", "become"),
    "get": ("got", "gotten"), "hit": ("hit", "hit"), "put": ("put", "put"), "cut": ("cut", "cut"),
    "lead": ("led", "led"), "run": ("ran", "run"), "strike": ("struck", "struck"), "shoot": ("shot", "shot"),
    "flee": ("fled", "fled"), "fight": ("fought", "fought"), "fly": ("flew", "flown"), "drive": ("drove", "driven"),
    "write": ("wrote", "written"), "speak": ("spoke", "spoken"), "break": ("broke", "broken"),
    "choose": ("chose", "chosen"), "freeze": ("froze", "frozen"), "steal": ("stole", "stolen"),
    "know": ("knew", "known"), "grow": ("grew", "grown"), "throw": ("threw", "thrown"), "draw": ("drew", "drawn"),
    "blow": ("blew", "blown"), "shake": ("shook", "shaken"), "hide": ("hid", "hidden"), "feed": ("fed", "fed"),
    "feel": ("felt", "felt"), "mean": ("meant", "meant"), "hear": ("heard", "heard"), "stand": ("stood", "stood"),
    "understand": ("understood", "understood"), "withdraw": ("withdrew", "withdrawn"), "tell": ("told", "told"),
    "say": ("said", "said"), "meet": ("met", "met"), "set": ("set", "set"), "let": ("let", "let"),
    "sit": ("sat", "sat"), "lay": ("laid", "laid"), "lie": ("lay", "lain"), "sink": ("sank", "sunk"),
    "sing": ("sang", "sung"), "ring": ("rang", "rung"), "swim": ("swam", "swum"), "drink": ("drank", "drunk"),
    "arise": ("arose", "arisen"), "build": ("built", "built"), "deal": ("dealt", "dealt"),
    "seek": ("sought", "sought"), "teach": ("taught", "taught"), "catch": ("caught", "caught"),
    "bear": ("bore", "borne"), "swear": ("swore", "sworn"), "tear": ("tore", "torn"), "wear": ("wore", "worn"),
    "forbid": ("forbade", "forbidden"), "forgive": ("forgave", "forgiven"), "overtake": ("overtook", "overtaken"),
    "undertake": ("undertook", "undertaken"), "uphold": ("upheld", "upheld"), "withhold": ("withheld", "withheld"),
    "bid": ("bid", "bid"), "quit": ("quit", "quit"), "shut": ("shut", "shut"), "spread": ("spread", "spread"),
    "cost": ("cost", "cost"), "hurt": ("hurt", "hurt"), "sleep": ("slept", "slept"), "sweep": ("swept", "swept"),
    "lend": ("lent", "lent"), "bend": ("bent", "bent"), "light": ("lit", "lit"), "slide": ("slid", "slid"),
    "bite": ("bit", "bitten"), "wake": ("woke", "woken"), "ride": ("rode", "ridden"),
    "rise up": ("rose up", "risen up"), "forecast": ("forecast", "forecast"),
    "broadcast": ("broadcast", "broadcast"), "upset": ("upset", "upset"), "beat": ("beat", "beaten"),
    "eat": ("ate", "eaten"), "forget": ("forgot", "forgotten"), "show": ("showed", "shown"),
    "read": ("read", "read"), "wind": ("wound", "wound"), "stick": ("stuck", "stuck"), "swing": ("swung", "swung"),
    "hang": ("hung", "hung"), "dig": ("dug", "dug"), "spin": ("spun", "spun"), "split": ("split", "split"),
    "shrink": ("shrank", "shrunk"),
}

#: Common verbs of news text, in the base form (regular inflections are derived).
VERBS = frozenset(
    {
        "accept", "accuse", "achieve", "acquire", "act", "add", "address", "admit", "adopt", "affect", "agree",
        "aim", "allow", "announce", "appeal", "appear", "apply", "appoint", "approve", "argue", "arrest", "arrive",
        "ask", "assault", "attack", "attempt", "attend", "avoid", "back", "ban", "bar", "base", "block", "blame",
        "bomb", "boost", "borrow", "call", "cancel", "capture", "carry", "cause", "celebrate", "change", "charge",
        "claim", "clash", "close", "collapse", "comment", "commit", "compare", "complain", "complete", "concede",
        "conclude", "condemn", "conduct", "confirm", "consider", "continue", "control", "convict", "cooperate",
        "culminate", "screen",
        "cover", "crash", "create", "cross", "cry", "dance", "decide", "declare", "decline", "defeat", "defend",
        "delay", "deliver", "demand", "deny", "deploy", "describe", "destroy", "detain", "develop", "die",
        "disclose", "discover", "discuss", "dismiss", "drop", "earn", "elect", "emerge", "employ", "end", "enter",
        "escape", "establish", "estimate", "evacuate", "examine", "expand", "expect", "expire", "explain",
        "explode", "express", "extend", "face", "fail", "file", "fill", "finish", "fire", "follow", "force", "form",
        "free", "gain", "gather", "guarantee", "halt", "handle", "happen", "head", "help", "hire", "hope", "host",
        "identify", "ignore", "impose", "improve", "include", "increase", "indicate", "injure", "insist", "intend",
        "interview", "introduce", "invade", "invest", "investigate", "invite", "involve", "issue", "join", "jump",
        "kill", "kidnap", "land", "last", "launch", "learn", "leak", "limit", "list", "live", "look", "mark",
        "march", "merge", "miss", "move", "name", "need", "negotiate", "note", "notice", "object", "observe",
        "obtain", "occur", "offer", "open", "operate", "oppose", "order", "organize", "own", "pass", "plan",
        "plead", "pledge", "post", "postpone", "predict", "prepare", "present", "press", "prevent", "produce",
        "promise", "propose", "protect", "protest", "prove", "provide", "publish", "pull", "push", "raise", "rally",
        "reach", "react", "receive", "recall", "record", "reduce", "refuse", "reject", "release", "remain",
        "remove", "repeat", "replace", "report", "request", "require", "rescue", "resign", "resolve", "respond",
        "rest", "restore", "resume", "retire", "return", "reveal", "review", "rule", "sanction", "save", "schedule",
        "score", "search", "seize", "serve", "settle", "sign", "slash", "slip", "slow", "slump", "soar", "solve",
        "start", "state", "stay", "step", "stop", "strengthen", "study", "submit", "suffer", "suggest", "supply",
        "support", "surge", "survive", "suspend", "talk", "target", "test", "testify", "threaten", "top", "total",
        "trade", "train", "transfer", "travel", "treat", "trigger", "try", "turn", "urge", "use", "veto", "visit",
        "vote", "vow", "wait", "walk", "want", "warn", "watch", "welcome", "wish", "work", "worry", "approach",
        "bypass", "station", "reassure", "modernize", "relocate", "renew", "neutralize", "destabilize",
        "manufacture", "demonstrate", "reiterate", "formulate", "stage", "tumble", "plunge", "climb", "advance",
        "retreat", "rebound", "recover", "fluctuate", "decrease", "double", "triple", "halve", "narrow", "widen",
        "purchase", "redeem", "repay", "refinance", "distribute", "convert", "mature", "exercise",
        "surrender", "ship", "unveil", "sentence", "finalize", "finalise", "reopen", "ratify", "enact", "implement",
        "inaugurate", "swear", "certify", "audit", "recount", "adjourn", "reconvene", "cool", "ease", "peak",
        "soften", "weaken", "stabilize", "stabilise", "dip", "warm", "lift", "lower", "worsen", "deteriorate",
        "stall", "falter", "accelerate", "shrink", "lapse", "thaw", "recede", "subside", "heal", "drain", "contain",
    }
)

#: Auxiliaries and modals.
AUXILIARIES = frozenset(
    {
        "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "have", "has", "had", "having",
        "'ve", "'d", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "'ll", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't", "don't", "doesn't",
        "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
    }
)
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "won't"})
PAST_AUXILIARIES = frozenset({"was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't"})
PRESENT_AUXILIARIES = frozenset(
    {
        "is", "are", "am", "'s", "'re", "'m", "has", "have", "do", "does", "isn't", "aren't", "hasn't", "haven't",
        "don't", "doesn't",
    }
)
HYPOTHETICAL_AUXILIARIES = frozenset(
    {"would", "could", "might", "may", "should", "must", "can", "wouldn't", "couldn't", "can't", "shouldn't"}
)
NEGATIONS = frozenset({"not", "never", "no", "n't"})
#: "scheduled to", "plans to": the event that follows is planned.
PLANNING = frozenset(
    {
        "scheduled", "planned", "plans", "plan", "planning", "expected", "expects", "expect", "due", "set",
        "slated", "intends", "intend", "intended", "aims", "aim", "hopes", "hope", "hoping", "wants", "want",
        "going", "prepared", "preparing", "ready", "agreed", "promised", "vowed", "pledged", "decided",
    }
)
#: Words that introduce a condition: the clause they open is hypothetical.
CONDITIONALS = frozenset({"if", "unless", "whether"})

#: Nouns that name events: "the meeting on Thursday", "Wednesday's talks".
EVENT_NOUNS = frozenset(
    {
        "meeting", "meetings", "talks", "talk", "visit", "visits", "trip", "tour", "summit", "election",
        "elections", "vote", "votes", "referendum", "attack", "attacks", "bombing", "bombings", "shooting",
        "explosion", "explosions", "blast", "blasts", "crash", "strike", "strikes", "protest", "protests", "rally",
        "rallies", "march", "demonstration", "demonstrations", "ruling", "decision", "hearing", "hearings", "trial",
        "verdict", "sentence", "deadline", "ceremony", "funeral", "speech", "address", "conference", "session",
        "agreement", "deal", "accord", "merger", "acquisition", "sale", "offer", "bid", "report", "announcement",
        "statement", "launch", "release", "invasion", "war", "ceasefire", "cease-fire", "exercises", "drills",
        "debate", "interview", "arrest", "arrests", "raid", "raids", "operation", "offensive", "earthquake",
        "storm", "fire", "flood", "outbreak", "payment", "dividend", "auction", "closing", "opening", "trading",
        "results", "earnings", "loss", "losses", "profit", "revenue", "sales", "flight", "flights", "killing",
        "killings", "murder", "slaying", "death", "deaths", "incident", "incidents", "crisis", "negotiations",
        "consultations", "discussions", "celebrations", "celebration", "commemoration", "anniversary",
        "inauguration", "resignation", "appointment", "nomination", "confirmation", "approval", "veto", "signing",
        "reunion", "return", "departure", "arrival", "withdrawal", "deployment", "crackdown", "coup", "uprising",
        "riot", "riots", "clashes", "fighting", "battle", "assault", "test", "tests", "launches", "hike", "cut",
        "cuts", "increase", "decline", "drop", "rise", "gain", "gains", "plunge", "rebound", "surge", "offering",
        "filing", "bankruptcy", "default", "takeover", "buyout", "split", "settlement", "lawsuit", "suit",
        "indictment", "conviction", "execution", "appeal", "inquiry", "investigation", "probe", "review", "audit",
        "broadcast", "program", "show", "match", "game", "race", "final", "shipments", "deliveries", "production",
        "tally", "count", "census", "poll", "polls",
    }
)

#: Endings of nouns that name events ("negotiation", "settlement", "appearance", "departure").
EVENT_NOUN_SUFFIXES = (
    "tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ence", "ences", "ure", "ures",
)
#: Nouns with those endings that do not name events.
NOT_EVENT_NOUNS = frozenset(
    {
        "government", "governments", "department", "departments", "nation", "nations", "station", "stations",
        "population", "position", "positions", "administration", "commission", "mission", "apartment", "equipment",
        "parliament", "management", "information", "question", "questions", "section", "region", "million",
        "billion", "nature", "future", "picture", "structure", "culture", "measure", "measures", "figure",
        "figures", "ministry", "presence", "evidence", "influence", "experience", "science", "audience", "distance",
        "balance", "alliance", "finance", "insurance", "importance", "sense", "percent", "element", "elements",
        "instrument", "statement", "document", "documents", "moment", "moments", "comment", "comments", "union",
        "portion", "option", "options", "condition", "conditions", "tradition", "institution", "institutions",
        "foundation", "organization", "organizations", "location", "relation", "relations", "nationals", "fashion",
        "pressure", "temperature", "legislature", "procedure", "agriculture", "literature", "signature", "sentence",
        "fence", "defence", "independence", "conference", "intelligence", "lecture", "creature", "feature",
        "features", "mixture", "furniture", "capture",
    }
)

#: Event classes by trigger word (TimeML classes; OCCURRENCE is the default).
I_ACTION = frozenset(
    f
    for base in (
        "try", "attempt", "seek", "plan", "promise", "offer", "agree", "decide", "ask", "urge", "demand", "order",
        "approve", "allow", "refuse", "delay", "postpone", "cancel", "propose", "vow", "threaten", "pledge",
        "authorize", "request", "call", "appeal", "prevent", "avoid", "block", "ban", "permit", "persuade",
        "convince", "encourage", "invite", "investigate", "consider", "announce",
    )
    for f in inflections(base) | set(IRREGULAR.get(base, ()))
) | {"sought"}
I_STATE = frozenset(
    f
    for base in (
        "want", "hope", "expect", "believe", "fear", "intend", "need", "wish", "doubt", "think", "feel", "like",
        "prefer", "worry", "suspect", "assume", "anticipate", "predict",
    )
    for f in inflections(base) | set(IRREGULAR.get(base, ()))
)
ASPECTUAL = frozenset(
    f
    for base in (
        "begin", "start", "continue", "end", "finish", "stop", "resume", "complete", "halt", "cease", "launch",
        "initiate", "terminate", "conclude", "keep", "quit", "interrupt",
    )
    for f in inflections(base) | set(IRREGULAR.get(base, ()))
)
PERCEPTION = frozenset(
    f
    for base in ("see", "hear", "watch", "observe", "notice", "witness", "spot", "view", "listen")
    for f in inflections(base) | set(IRREGULAR.get(base, ()))
)
STATE = frozenset(
    f
    for base in (
        "be", "have", "remain", "own", "live", "stay", "exist", "know", "contain", "belong", "lack", "depend",
        "include", "involve", "seem", "appear", "resemble", "consist", "cost", "weigh", "equal", "hold",
    )
    for f in inflections(base) | set(IRREGULAR.get(base, ()))
) | {"is", "are", "am", "was", "were", "been", "has", "had"}

#: Verbs that attribute a statement to a source (all forms).
REPORTING_BASES = (
    "say", "tell", "announce", "report", "state", "add", "note", "declare", "confirm", "claim", "insist", "warn",
    "predict", "estimate", "argue", "explain", "acknowledge", "admit", "deny", "reveal", "disclose", "quote",
    "write", "assert", "reiterate", "indicate", "suggest", "testify", "comment", "reply", "respond", "stress",
    "emphasize", "observe", "recall", "complain", "tell", "brief", "caution", "concede", "contend", "maintain",
    "allege", "assure", "remark", "mention", "predict",
)
REPORTING = frozenset(f for base in REPORTING_BASES for f in inflections(base) | set(IRREGULAR.get(base, ())))
#: Nouns that attribute a statement: "according to a statement", "in an interview".
ATTRIBUTION_PHRASES = ("according to",)

#: Words that are never verbs although they look like one (-ed adjectives, -ing nouns, proper names).
NOT_VERBS = frozenset(
    {
        "united", "limited", "based", "so-called", "detailed", "advanced", "concerned", "interested", "related",
        "armed", "alleged", "red", "bed", "need", "speed", "seed", "hundred", "indeed", "feed", "shed", "bred",
        "greed", "reed", "fred", "ted", "ed", "ned", "wed", "sled", "creed", "weed", "morning", "evening", "during",
        "nothing", "something", "anything", "everything", "thing", "things", "king", "ring", "spring", "string",
        "wing", "bring", "sing", "ping", "building", "beijing", "meaning", "ceiling", "darling", "sterling",
        "pudding", "wedding", "viking", "viewing", "according", "including", "regarding", "concerning", "following",
        "pending", "notwithstanding", "hundreds", "thousands", "millions", "billions", "reportedly",
        "unprecedented", "unexpected", "scheduled", "expected", "planned", "set", "due", "slated",
    }
)
#: Words that end a noun phrase or start a new one: never an event trigger by themselves.
FUNCTION_WORDS = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "by", "to", "from", "with",
        "without", "into", "onto", "over", "under", "about", "around", "after", "before", "since", "until", "till",
        "through", "during", "against", "among", "between", "as", "than", "like", "per", "via", "near", "which",
        "who", "whom", "whose", "what", "when", "where", "while", "why", "how", "if", "unless", "whether",
        "because", "although", "though", "not", "no", "also", "only", "just", "even", "still", "already", "then",
        "there", "here", "very", "more", "most", "less", "least", "some", "any", "each", "every", "all", "both",
        "either", "neither", "other", "another", "such", "own", "same", "he", "she", "it", "they", "we", "i", "you",
        "him", "them", "us", "me", "itself", "themselves", "himself", "herself", "up", "down", "out", "off", "away",
        "back", "again", "ago", "later", "earlier", "now", "today", "yesterday", "tomorrow", "tonight", "meanwhile",
        "however", "instead", "too", "well",
    }
)
DETERMINERS = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "'s",
        "another", "each", "every", "any", "some", "no",
    }
)
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "let's", "lets"})
PREPOSITIONS = frozenset(
    {
        "of", "in", "on", "at", "by", "for", "from", "with", "without", "into", "onto", "over", "under", "about",
        "after", "before", "since", "until", "through", "during", "against", "among", "between", "toward",
        "towards", "upon", "despite", "amid", "following",
    }
)
#: Pronouns a source may be given as; they are resolved to the last named source.
SOURCE_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
#: Words that open a subordinate clause: the left search for a verb stops there.
SUBORDINATORS = frozenset(
    {
        "that", "which", "who", "whom", "whose", "when", "while", "where", "because", "although", "though", "if",
        "unless", "after", "before", "since", "as", "until",
    }
)
#: Sentence openers that are not part of the event: "But", "Meanwhile,".
CONNECTIVES = (
    "but", "and", "so", "yet", "still", "meanwhile", "however", "also", "then", "moreover", "furthermore",
    "in addition", "separately", "nevertheless", "nonetheless", "in contrast", "by contrast",
)

#: Lines that are page furniture, not news: no event comes from them.
BOILERPLATE = re.compile(
    r"copyright|©|\(c\)\s*\d{4}|all rights reserved|^share this|^like this|leave a reply|^write to |"
    r"^photo(?:graph)?s?\s*(?::|/|by\b)|^(?:video|image|graphic)s?\s*:|subscribe|click here|sign up|"
    r"^related\s*:|^advertisement$|bloggers like this|required fields|will not be published|^read more|"
    r"^follow (?:us|@)|^(?:tel|phone|fax|e-?mail)\s*:",
    re.IGNORECASE,
)
