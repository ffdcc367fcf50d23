"""Every rule of every language carries examples; each example must be found and resolved as stated."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import attrs
import pytest

import timeline
from timeline.language import available_languages, get_language
from timeline.model import TimexType
from timeline.parts import Build
from timeline.recognize import Recognizer, first_words_source, pattern_digest, read_first_words, word_keys
from timeline.rules import Example, Rule, expand, group_part

LANGUAGES = [get_language(code) for code in available_languages()]
RULES = [(language.code, rule) for language in LANGUAGES for rule in language.rules]
EXAMPLES = [
    pytest.param(code, rule, example, id=f"{code}-{rule.name}-{i}")
    for code, rule in RULES
    for i, example in enumerate(rule.examples)
]


@pytest.mark.parametrize(("code", "rule", "example"), EXAMPLES)
def test_example_is_found_and_resolved(code: str, rule: Rule, example: Example) -> None:
    document = timeline.extract(example.text, example.reference, language=code)
    found = [(e.text, e.value) for e in document.expressions]
    assert (example.found, example.value) in found, f"{rule.name}: {example.text!r} gave {found}"
    expression = next(e for e in document.expressions if e.text == example.found)
    if example.type is not None:
        assert expression.type is example.type
    expected_type = {Build.DURATION: TimexType.DURATION, Build.SET: TimexType.SET}.get(rule.build)
    if expected_type is not None and not expression.value.startswith("20"):
        assert expression.type is expected_type, f"{rule.name}: {example.found!r} typed {expression.type}"


@pytest.mark.parametrize(("code", "rule"), [pytest.param(c, r, id=f"{c}-{r.name}") for c, r in RULES])
def test_every_rule_has_examples(code: str, rule: Rule) -> None:
    assert rule.examples, f"rule {rule.name} has no examples"


@pytest.mark.parametrize(("code", "rule"), [pytest.param(c, r, id=f"{c}-{r.name}") for c, r in RULES])
def test_every_rule_dispatches_on_its_first_words(code: str, rule: Rule) -> None:
    # a rule whose first words cannot be listed would be tried at every word: too slow
    assert word_keys(rule.pattern) is not None


@pytest.mark.parametrize(("code", "rule"), [pytest.param(c, r, id=f"{c}-{r.name}") for c, r in RULES])
def test_every_group_fills_a_part_the_language_reads(code: str, rule: Rule) -> None:
    language = get_language(code)
    parts = {group_part(name) for name in re.compile(rule.pattern).groupindex}
    assert parts <= language.group_parts, f"rule {rule.name}: unknown parts {parts - language.group_parts}"


def test_examples_cover_the_rule_that_matched() -> None:
    """The example of a rule is matched by that rule, not only by another one."""
    for language in LANGUAGES:
        recognizer = Recognizer(language)
        for rule in language.rules:
            for example in rule.examples:
                names = [m.rule for m in recognizer.find(example.text) if m.text == example.found]
                assert rule.name in names, (rule.name, example.text, names)


def test_macro_expansion_leaves_quantifiers_alone() -> None:
    assert expand(r"{A}\d{1,2}", {"A": "x{B}", "B": "y"}) == r"xy\d{1,2}"
    with pytest.raises(KeyError):
        expand("{MISSING}", {})


@pytest.mark.parametrize(("code", "rule"), [pytest.param(c, r, id=f"{c}-{r.name}") for c, r in RULES])
def test_every_rule_compiles_with_named_groups_only(code: str, rule: Rule) -> None:
    assert rule.compile().groups == len(rule.compile().groupindex)


def test_rules_reject_unnamed_groups_and_invalid_patterns() -> None:
    with pytest.raises(ValueError, match="rule bad: 1 unnamed"):
        Rule("bad", r"(\d+) days", Build.DURATION).compile()
    with pytest.raises(ValueError, match="rule broken: invalid pattern"):
        Rule("broken", r"(?P<day>\d+ days", Build.DURATION).compile()


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_table_of_first_words_is_current(language: timeline.Language) -> None:
    """The generated table lists, for every rule, the words its pattern gives (else regenerate it: the command
    is in the table's docstring)."""
    listed = read_first_words(language.first_words)
    stale = [
        rule.name for rule in language.rules if listed.get(pattern_digest(rule.pattern), ()) != word_keys(rule.pattern)
    ]
    assert not stale, f"{language.code}: first words stale for {stale}"
    assert len(listed) == len({pattern_digest(rule.pattern) for rule in language.rules})
    generated: dict[str, object] = {}
    exec(first_words_source(language), generated)
    assert generated["FIRST_WORDS"] == dict(language.first_words)


#: How many first-word keys one rule may give: a pattern past it enumerates what follows its first word (a
#: lookbehind of ", wet " before "spring" with a lookahead "[a-z]+ed" gave 18 MB of keys), and loading that table
#: would slow every start.
_MOST_KEYS_OF_A_RULE = 5_000


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_no_rule_gives_an_unbounded_table_of_first_words(language: timeline.Language) -> None:
    crowded = [(rule.name, n) for rule in language.rules if (n := len(word_keys(rule.pattern))) > _MOST_KEYS_OF_A_RULE]
    assert not crowded, f"{language.code}: rules with too many first words: {crowded}"


@pytest.mark.parametrize(
    ("pattern", "keys"),
    [
        # a word is keyed by its first four letters, a number by its shape: its first five characters (digits
        # or not) and where it ends
        (r"\d{4}(?!\w)", {("#9999.",)}),
        (r"\d{1,2}(?:st|nd|rd|th)[ -]century", {("#9aa.", "cent"), ("#99aa.", "cent")}),
        (r"\d{5,}", {("#99999",)}),
        # a number the pattern ends in may go on in the text: "19" may be "1990s"
        (
            r"19",
            {("#99.",), ("#999.",), ("#99a.",), ("#9999.",), ("#999a.",), ("#99a9.",), ("#99aa.",)}
            | {("#99" + a + b + c,) for a in "9a" for b in "9a" for c in "9a"},
        ),
        # the text ahead must match a lookahead, so it gives the words after the match
        (r"(?<=\bat )\d(?=\s*p\.m\.)", {("#9.", "p"), ("#9a.", "m")}),
        (
            r"(?:late|early)(?=\s+(?:in\s+)?the\s+day)",
            {("late", "in"), ("late", "the"), ("earl", "in"), ("earl", "the")},
        ),
        # a lookahead that stops inside the first word tells nothing: the rest of the pattern does
        (r"(?=\w)may(?!\w)", {("may",)}),
    ],
)
def test_word_keys(pattern: str, keys: set[tuple[str, ...]]) -> None:
    assert word_keys(pattern) == frozenset(keys)


def test_keyed_recogniser_finds_what_trying_every_rule_finds() -> None:
    """The table of first words only spares work: the rules' examples and the negative cases are found the same
    whether a word tries the rules its key lists or every rule."""
    from test_negatives import NOT_DATES

    for language in LANGUAGES:
        keyed, every_rule = Recognizer(language), Recognizer(language, keyed=False)
        texts = [example.text for rule in language.rules for example in rule.examples]
        for text in [*texts, *NOT_DATES]:
            assert keyed.find(text) == every_rule.find(text), text


def test_a_rule_missing_from_the_table_still_dispatches() -> None:
    """A language without the table (or a rule added since it was made) has its words worked out when built."""
    english = get_language("en")
    bare = attrs.evolve(english, first_words={})
    text = "The talks resumed on Friday, Jan. 21, 2022, two weeks after they stalled; at 3 p.m. they broke up."
    assert Recognizer(bare).find(text) == Recognizer(english).find(text)
    assert [m.text for m in Recognizer(bare).find(text)] == ["Friday, Jan. 21, 2022", "two weeks", "3 p.m."]


#: The modules that read text: the words they look for come from the language, never from literals in the code.
_ENGINE_MODULES = ("context", "events", "resolve", "recognize", "extract")
#: Values of parts that ``read_group`` produces (a meridiem is read as "am" or "pm"), not words of the text.
_PART_VALUES = frozenset({"am", "pm"})


def _compared_words(source: str) -> list[tuple[int, str]]:
    """(line, word) for each lower-case word or ending a comparison, an ``endswith``/``startswith`` or a joining of
    strings in ``source`` holds as a literal: ``word == "to"``, ``following in ("not", "never")``,
    ``word.endswith("ed")``, ``stem + "e"``."""
    tree = ast.parse(source)
    operands = (
        [
            (node.lineno, operand)
            for node in ast.walk(tree)
            if isinstance(node, ast.Compare)
            for operand in (node.left, *node.comparators)
        ]
        + [
            (node.lineno, argument)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("endswith", "startswith")
            for argument in node.args
        ]
        + [
            (node.lineno, operand)
            for node in ast.walk(tree)
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add)
            for operand in (node.left, node.right)
        ]
    )
    return [
        (line, item.value)
        for line, operand in operands
        for item in (operand.elts if isinstance(operand, (ast.Tuple, ast.Set, ast.List)) else [operand])
        if isinstance(item, ast.Constant)
        and isinstance(item.value, str)
        and re.fullmatch(r"['’]?[a-z][a-z'’]*", item.value)
        and item.value not in _PART_VALUES
    ]


def test_literal_words_in_comparisons_are_seen() -> None:
    source = (
        'if word == "to" or following in ("not", "never") or p.meridiem == "pm" or c == ",":\n    pass\n'
        'if word.endswith(("ed", "ing")) or text.endswith(".") or w.startswith("\'s"):\n    pass\n'
        'bases = {stem + "e", stem + " ", prefix + stem}\n'
    )
    assert _compared_words(source) == [
        (1, "to"),
        (1, "not"),
        (1, "never"),
        (3, "ed"),
        (3, "ing"),
        (3, "'s"),
        (5, "e"),
    ]


@pytest.mark.parametrize("module", _ENGINE_MODULES)
def test_the_engine_compares_no_word_with_a_literal(module: str) -> None:
    """Rules are data: a comparison such as ``word == "to"`` or ``word.endswith("ed")`` in the engine would bake English
    into it. The grammar names the function words and endings it checks by the part they play, in
    ``timeline.language.Particles``."""
    source = Path(timeline.__file__).with_name(f"{module}.py").read_text(encoding="utf-8")
    assert _compared_words(source) == []


@pytest.mark.parametrize(
    ("verb", "bases"),
    [("opens", {"opens", "open"}), ("finishes", {"finishes", "finishe", "finish"}), ("open", {"open"})],
)
def test_a_present_verb_has_its_base_forms(verb: str, bases: set[str]) -> None:
    assert get_language("en").cues.particles.present_bases(verb) == bases


@pytest.mark.parametrize(
    ("stem", "base"),
    [("start", "start"), ("mak", "make"), ("runn", "run"), ("schedul", "schedule")],
)
def test_a_participle_stem_has_its_base_form(stem: str, base: str) -> None:
    assert base in get_language("en").cues.particles.participle_bases(stem)


def test_a_stem_without_a_doubled_consonant_keeps_its_last_letter() -> None:
    assert get_language("en").cues.particles.participle_bases("open") == {"open", "opene"}
