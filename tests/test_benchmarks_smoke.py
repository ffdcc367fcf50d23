"""The benchmark scripts keep working: their generators and measuring functions on tiny inputs.

Nothing here asserts a time or a speed; the benchmarks themselves are run by hand (see
``benchmarks/README.md``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"benchmarks_{name}", BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def adversarial() -> Iterator[ModuleType]:
    module = _load("adversarial")
    yield module
    sys.modules.pop(module.__name__, None)


@pytest.fixture(scope="module")
def throughput() -> Iterator[ModuleType]:
    module = _load("throughput")
    yield module
    sys.modules.pop(module.__name__, None)


# ------------------------------------------------------------------------------------------ adversarial


def test_every_generator_gives_its_size_deterministically(adversarial: ModuleType) -> None:
    assert len(adversarial.CASES) >= 15
    assert len(adversarial.CASES_BY_NAME) == len(adversarial.CASES)  # names are unique
    for case in adversarial.CASES:
        assert case.large == 10 * case.small
        for size in (0, 1, 57, 300):
            text = adversarial.generate(case.name, size)
            assert isinstance(text, str)
            assert len(text) == size, case.name
            assert text == adversarial.generate(case.name, size), case.name


def test_generators_make_what_they_say(adversarial: ModuleType) -> None:
    assert " " not in adversarial.generate("no_space_line", 2000)
    assert set(adversarial.generate("digits_separators", 2000)) <= set("0123456789-/.:, ")
    assert adversarial.generate("on_on_on", 9) == "on on on "
    assert adversarial.generate("year_chain", 15) == "1900-1901-1902-"
    unicode = adversarial.generate("unicode_mix", 5000)
    assert any("\u0590" <= ch <= "\u05ff" for ch in unicode)  # Hebrew
    assert any("\u0600" <= ch <= "\u06ff" for ch in unicode)  # Arabic
    assert any(ord(ch) >= 0x1F300 for ch in unicode)  # emoji
    assert any("\u0300" <= ch <= "\u036f" for ch in unicode)  # combining marks


def test_measure_case_in_process(adversarial: ModuleType) -> None:
    case = adversarial.CASES_BY_NAME["weekday_month_names"]
    records = list(adversarial.measure_case(case, (200, 2000), events=False, repeat=2))
    events = [r["event"] for r in records]
    assert events == ["warm", *["start", "run"] * 4, "result", "result"]
    assert [r["size"] for r in records if r["event"] == "run"] == [200, 2000, 200, 2000]  # sizes take turns
    results = [r for r in records if r["event"] == "result"]
    assert [r["size"] for r in results] == [200, 2000]
    assert all(r["seconds"] >= 0 and r["bytes"] >= r["size"] for r in results)
    assert results[1]["expressions"] > 0


def test_time_extract(adversarial: ModuleType) -> None:
    extractor = adversarial.make_extractor(False)
    seconds, found = adversarial.time_extract(extractor, "They met on Friday and again last week.")
    assert seconds >= 0 and found >= 1


def test_measure_case_with_events(adversarial: ModuleType) -> None:
    case = adversarial.CASES_BY_NAME["next_day_chain"]
    records = list(adversarial.measure_case(case, (100, 1000), events=True, repeat=1))
    assert records[-1]["event"] == "result"


def test_subprocess_runner_and_report(adversarial: ModuleType, tmp_path: Path) -> None:
    case = adversarial.CASES_BY_NAME["ones"]
    outcome = adversarial.run_in_subprocess(case, (100, 1000), events=False, repeat=1, timeout=60.0, stop_ratio=1e9)
    assert outcome.stopped is None, outcome.stopped
    assert outcome.small_seconds is not None and outcome.large_seconds is not None
    assert outcome.ratio is not None
    report = adversarial.format_report([outcome], events=False, load=adversarial.load_average())
    assert "ones" in report
    assert "worst case: ones" in report.splitlines()[-1]
    json.dumps(outcome.as_dict())


def test_verdicts_and_worst_case(adversarial: ModuleType, tmp_path: Path) -> None:
    outcome = adversarial.Outcome
    fine = outcome("ones", 100, 1000, small_seconds=0.1, large_seconds=1.0)
    slow = outcome("on_on_on", 100, 1000, small_seconds=0.1, large_seconds=2.0)
    stopped = outcome("jan_dot", 100, 1000, small_seconds=0.1, stopped="stopped", ratio_at_least=50.0)
    unfinished = outcome(
        "a_few",
        100,
        1000,
        stopped="stopped",
        diagnostic=outcome("a_few", 1, 10, small_seconds=0.01, large_seconds=1.0),
    )
    assert not fine.failed and slow.failed and stopped.failed and unfinished.failed
    assert unfinished.estimate == pytest.approx(100.0)
    assert adversarial.worst([fine, slow]) is slow
    assert adversarial.worst([fine, slow, stopped, unfinished]) is unfinished
    report = adversarial.format_report([fine, slow, stopped, unfinished], events=False)
    assert "3 of 4 cases FAIL" in report.splitlines()[-1]
    written = adversarial.dump_inputs([fine, unfinished], tmp_path)
    assert [p.name for p in written] == ["a_few-100.txt"]
    assert written[0].read_text(encoding="utf-8") == adversarial.generate("a_few", 100)


def test_adversarial_cli_lists_cases(adversarial: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert adversarial.main(["--list"]) == 0
    assert "no_space_line" in capsys.readouterr().out


@pytest.fixture(scope="module")
def startup() -> Iterator[ModuleType]:
    module = _load("startup")
    yield module
    sys.modules.pop(module.__name__, None)


# ------------------------------------------------------------------------------------------ throughput


def _texts(throughput: ModuleType) -> list[Any]:
    text = throughput.Text
    return [
        text("a", "Blinken will meet Lavrov on Friday. They met last week.", "2022-01-19"),
        text("b", "Sales rose 5% in the third quarter of 1998 from a year earlier.", None),
        text("c", "The vote was held on May 5, '89, two days after the strike began.", "1989-05-09"),
    ]


def test_throughput_measures_every_component(throughput: ModuleType) -> None:
    texts = _texts(throughput)
    components, peer = throughput.run_benchmark(texts, repeat=2, peer_sample=2, warmup=1)
    assert [r.component for r in components] == ["expressions", "events", "full pipeline"]
    assert components[0].error is None, components[0].error
    assert len(components[0].passes) == 2
    assert components[0].kb == pytest.approx(sum(t.size for t in texts) / 1024)
    assert peer.component == "dateparser" and peer.documents == 2
    checks = throughput.check_targets(components, peer)
    assert {c["target"] for c in checks} >= {"expressions >= 1,000 KB/s", "full pipeline >= 500 KB/s"}
    report = throughput.format_report(components, peer, checks, throughput.machine(), "tiny")
    assert "expressions" in report and "dateparser" in report and "Python" in report
    json.dumps([r.as_dict(peer) for r in components])


def test_throughput_reports_a_failing_component(throughput: ModuleType) -> None:
    def broken() -> object:
        raise RuntimeError("stage unavailable")

    result = throughput.measure("broken", broken, _texts(throughput), repeat=1)
    assert result.error == "RuntimeError: stage unavailable"
    assert result.passes == [] and result.kb_per_s is None


def test_peer_subset_is_deterministic(throughput: ModuleType) -> None:
    texts = [throughput.Text(str(i), "x") for i in range(10)]
    assert [t.id for t in throughput.peer_subset(texts, 3)] == ["0", "3", "6"]
    assert throughput.peer_subset(texts, None) == texts
    assert throughput.peer_subset(texts, 50) == texts


def test_throughput_on_the_corpus(throughput: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = throughput.DEFAULT_CORPUS
    if not corpus.is_dir():
        pytest.skip(f"TBAQ corpus not available at {corpus}")
    texts = throughput.load_corpus(corpus)
    assert len(texts) > 100
    assert all(t.text for t in texts[:5])
    code = throughput.main(["--limit", "2", "--repeat", "1", "--warmup", "1", "--json", "--quiet"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert [c["documents"] for c in report["components"]] == [2, 2, 2]
    assert report["peer"]["component"] == "dateparser"


# ------------------------------------------------------------------------------------------ startup


def test_startup_times_every_stage_in_fresh_processes(
    startup: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Blinken will meet Lavrov on Friday. They met last week.", encoding="utf-8")
    assert startup.main(["--runs", "1", "--text", str(article), "--reference", "2022-01-19", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    for name in ("timeline", "dateparser"):
        assert set(results[name]) == set(startup.STAGES)
        assert all(seconds >= 0 for seconds in results[name].values())
        # "ready" is import, build and first document together
        parts = results[name]["import"] + results[name]["build"] + results[name]["first document"]
        assert results[name]["ready"] == pytest.approx(parts)
    assert results["command line"]["ready"] > 0
    report = startup.report(results, article, 1)
    assert "timeline" in report and "dateparser" in report and "command line" in report
