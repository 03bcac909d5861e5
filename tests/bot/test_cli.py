"""The command line as a user runs it: real processes, real output, no traceback on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.wording import BYE, CHOOSE_STEP_FOOT

REPO = Path(__file__).resolve().parents[2]
ANSWER_KEYS = {"question", "kind", "answered", "matches", "deadlines", "reply"}


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )


def test_ask_json_has_the_documented_fields() -> None:
    result = run_cli(
        "ask", "--json", "--today", "2026-11-24", "how often should I visit a child on a CP plan?"
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert set(answer) >= ANSWER_KEYS
    assert answer["kind"] == "standard" and answer["answered"] is True
    assert answer["matches"][0]["id"] == "cp-03"
    assert {"id", "section", "title", "text", "score"} <= set(answer["matches"][0])
    assert "at least every 4 weeks" in answer["matches"][0]["text"]
    assert answer["reply"].splitlines()[0] == answer["matches"][0]["title"]


def test_ask_json_lists_the_guesses_when_it_does_not_answer() -> None:
    result = run_cli("ask", "--json", "--today", "2026-11-24", "is there a dress code for home visits?")
    answer = json.loads(result.stdout)
    assert answer["answered"] is False and answer["reason"] in ("no_match", "did_you_mean")
    assert 0 < len(answer["matches"]) <= 3
    assert [m["id"] for m in answer["matches"]] == [m["id"] for m in answer["suggestions"]]


def test_lint_names_questions_new_to_the_search(tmp_path: Path) -> None:
    import shutil

    pack = tmp_path / "pack"
    shutil.copytree(REPO / "knowledge" / "pack", pack)
    section = pack / "sections" / "03-traffords-obsessions.yaml"
    text = section.read_text(encoding="utf-8")
    section.write_text(text.replace("  questions:\n", "  questions:\n  - an invented new way to ask\n", 1))
    linted = run_cli("lint", "--pack", str(pack))
    assert linted.returncode == 0, linted.stderr
    assert "1 new or edited questions or `asks:` phrasings were embedded at start-up" in linted.stdout


def test_lint_names_step_phrasings_new_to_the_encoder(tmp_path: Path) -> None:
    import shutil

    pack = tmp_path / "pack"
    shutil.copytree(REPO / "knowledge" / "pack", pack)
    section = pack / "sections" / "10-child-protection-plans.yaml"
    text = section.read_text(encoding="utf-8")
    marker = "    - first core grp due\n"
    assert marker in text
    section.write_text(text.replace(marker, marker + "    - an invented way to ask for the core group\n"))
    linted = run_cli("lint", "--pack", str(pack))
    assert linted.returncode == 0, linted.stderr
    assert "1 new or edited questions or `asks:` phrasings were embedded at start-up" in linted.stdout


def test_ask_deadline_json() -> None:
    result = run_cli("ask", "--json", "--today", "2026-11-24", "strat was 19/12/25, when's the ICPC?")
    answer = json.loads(result.stdout)
    assert answer["kind"] == "deadline" and answer["answered"] is True
    first = answer["deadlines"][0]
    assert (first["from"], first["due"], first["unit"], first["n"]) == (
        "2025-12-19",
        "2026-01-14",
        "working_days",
        15,
    )
    assert {s["name"] for s in first["skipped"]} >= {"Christmas Day", "Boxing Day", "New Year's Day"}
    assert first["standard_id"] == answer["matches"][0]["id"] == "s47-14"
    assert "within working 15 days of the initial strategy discussion" in answer["matches"][0]["text"]


def test_batch_reads_one_question_per_line() -> None:
    questions = "what's a core group?\nwhat is the capital of peru\n  \nstrat was 19/12/25 when is the icpc\n"
    result = run_cli("ask", "--json", "--today", "2026-11-24", "-", stdin=questions)
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    # one line out per line in, the whitespace-only one included, so outputs line up with inputs
    assert [a["kind"] for a in answers] == ["glossary", "unknown", "help", "deadline"]
    assert [a["answered"] for a in answers] == [True, False, False, True]


def run_cli_bytes(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, cwd=REPO, env=env, timeout=60
    )


def test_batch_survives_any_line_and_writes_valid_utf8() -> None:
    lines = [
        b"strat was 31/12/9999 when is the icpc",  # the far edge of the calendar
        b"what's a core gr\xff\xfeoup?",  # not UTF-8
        b"deadline icpc 31/12/9999",
        b"\x00\x01\t",
        b"strat was 19/12/25 when is the icpc",
    ]
    result = run_cli_bytes("ask", "--json", "--today", "2026-11-24", "-", stdin=b"\n".join(lines) + b"\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")  # raises if any byte written is not UTF-8
    answers = [json.loads(line) for line in out.splitlines()]
    assert len(answers) == len(lines)
    assert all(("kind" in a) != ("error" in a) for a in answers)
    assert answers[-1]["kind"] == "deadline" and answers[-1]["deadlines"][0]["due"] == "2026-01-14"
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    "question",
    [
        "",
        "   ",
        "a" * 10_000,
        "🙂🙂🙂",
        "?!?!...",
        "¿Cuál es el plazo para la conferencia?",
        "<!channel> <@U123>",
        "\x07\x1b[2J",
    ],
    ids=["empty", "spaces", "10000-chars", "emoji", "punctuation", "spanish", "slack-markup", "control"],
)
def test_bad_input_gets_a_helpful_reply_not_a_traceback(question: str) -> None:
    result = run_cli("ask", "--json", question)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    answer = json.loads(result.stdout)
    assert answer["answered"] is False
    assert answer["kind"] in ("help", "unknown")
    assert len(answer["reply"]) > 20


def test_index_json_lists_every_entry() -> None:
    result = run_cli("index", "--json")
    entries = json.loads(result.stdout)
    assert len(entries) == 161
    assert {"id", "section", "title", "text"} <= set(entries[0])


def test_lint_passes_on_the_real_pack_and_fails_on_a_broken_one(tmp_path: Path) -> None:
    ok = run_cli("lint")
    assert ok.returncode == 0 and ok.stdout.startswith("OK: 161 entries")
    import shutil

    broken = tmp_path / "pack"
    shutil.copytree(REPO / "knowledge" / "pack", broken)
    (broken / "events.yaml").write_text("events:\n  - id: x\n    lable: typo\n", encoding="utf-8")
    failed = run_cli("lint", "--pack", str(broken))
    assert failed.returncode == 2
    assert "events.yaml, event x: unknown field `lable`" in failed.stderr
    assert "Traceback" not in failed.stderr


def test_deadline_and_rules_commands() -> None:
    result = run_cli("deadline", "icpc", "19/12/2025", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["deadlines"][0]["due"] == "2026-01-14"
    rules = json.loads(run_cli("rules", "--json").stdout)
    assert any(r["rule"] == "icpc" and r["standard_id"].startswith("s47-") for r in rules)
    unknown = run_cli("deadline", "icpcc", "19/12/2025", "--json")
    refused = json.loads(unknown.stdout)
    assert unknown.returncode == 1 and refused["reason"] == "unknown_rule"
    assert refused["choices"][0]["rule"] == "icpc"


def test_timeline_writes_an_ics_file(tmp_path: Path) -> None:
    ics = tmp_path / "timeline.ics"
    result = run_cli("timeline", "strategy-discussion", "19/12/2025", "--ics", str(ics))
    assert result.returncode == 0, result.stderr
    assert "Wednesday 14 January 2026" in result.stdout
    body = ics.read_text()
    assert body.startswith("BEGIN:VCALENDAR") and "DTSTART;VALUE=DATE:20260114" in body


def test_chat_answers_and_quits() -> None:
    result = run_cli("chat", stdin="what does SHOPBA stand for?\nquit\n")
    assert result.returncode == 0
    assert "Should be placed for adoption" in result.stdout
    assert result.stdout.rstrip().endswith(BYE)


def test_chat_numbers_the_steps_a_question_may_mean_and_a_number_picks_one() -> None:
    stdin = "ICPC on 08/12/2026, when does my report need to go out?\n2\nquit\n"
    result = run_cli("chat", "--today", "2026-11-24", stdin=stdin)
    assert result.returncode == 0, result.stderr
    first, _, picked = result.stdout.partition(CHOOSE_STEP_FOOT)
    options = {
        "ICPC report sent to the chair": "Thursday 3 December 2026",
        "ICPC report shared with the family": "Saturday 5 December 2026",
    }
    numbered = dict(line.split(". ", 1) for line in first.splitlines() if line[:2] in ("1.", "2."))
    labels = {line.split(":")[0]: line for line in numbered.values()}
    assert set(labels) == set(options)
    assert all(f"{label}: {day}" in labels[label] for label, day in options.items())
    second = numbered["2"].split(":")[0]
    assert f"{second}: due {options[second]}" in picked


def test_deadline_and_timeline_refuse_dates_outside_the_supported_years() -> None:
    for args in (("deadline", "icpc", "01/01/0001"), ("timeline", "strat", "31/12/9999")):
        result = run_cli(*args, "--json")
        assert result.returncode == 1 and "Traceback" not in result.stderr
        refused = json.loads(result.stdout)
        assert refused["reason"] == "date_problem" and not refused["deadlines"]
        assert [p["trouble"] for p in refused["problems"]] == ["out_of_range"]
