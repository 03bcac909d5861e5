"""`practice-guide`: the command line over the one answering core (no Slack import on the ask path)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from bot.answer import Answer
from bot.slack.settings import DEFAULT_HOST, port_number
from knowledge.errors import PackError


def _today(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"--today takes a date as YYYY-MM-DD, not {text!r}") from exc


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="practice-guide", description="Answers from Trafford's Social Work Practice Standards."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    ask = commands.add_parser(
        "ask", help="answer one question (or, with --json -, one per line of standard input)"
    )
    ask.add_argument(
        "question", nargs="+", help="the question; `-` with --json reads one per line from stdin"
    )
    ask.add_argument("--json", action="store_true", help="print the Answer as JSON")
    ask.add_argument("--today", type=_today, help="fix today's date (YYYY-MM-DD), for tests")

    commands.add_parser("chat", help="a conversation in the terminal")

    index = commands.add_parser("index", help="every entry of the index")
    index.add_argument("--json", action="store_true", required=True)

    lint = commands.add_parser("lint", help="validate the knowledge pack and report every problem")
    lint.add_argument("--pack", type=Path, default=None, help="a pack folder other than the installed one")

    deadline = commands.add_parser(
        "deadline", help="count one rule from one date, e.g. deadline icpc 19/12/2025"
    )
    deadline.add_argument("rule")
    deadline.add_argument("date", nargs="+")
    deadline.add_argument("--json", action="store_true")
    deadline.add_argument("--today", type=_today)

    rules = commands.add_parser("rules", help="every timescale rule with the standard that sets it")
    rules.add_argument("--json", action="store_true")

    timeline = commands.add_parser("timeline", help="every deadline that follows one event")
    timeline.add_argument("event")
    timeline.add_argument("date", nargs="+")
    timeline.add_argument("--ics", type=Path, help="also write the deadlines as an iCalendar file")
    timeline.add_argument("--json", action="store_true")
    timeline.add_argument("--today", type=_today)

    serve = commands.add_parser("serve", help="run the Slack app (Socket Mode, or --http)")
    serve.add_argument(
        "--http", action="store_true", help="serve /slack/events over HTTP instead of Socket Mode"
    )
    serve.add_argument("--port", type=port_number, help="HTTP port, 1 to 65535 (default 3000)")
    serve.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help="address to listen on in HTTP mode (default 127.0.0.1, behind a reverse proxy; 0.0.0.0 for all)",
    )

    commands.add_parser("start", help="the Slack app when Slack settings are present, else the terminal chat")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except PackError as exc:
        print("The knowledge pack has problems:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _run(args: argparse.Namespace) -> int:
    from bot.core import PracticeGuide

    if args.command == "lint":
        guide = PracticeGuide.load(args.pack) if args.pack else PracticeGuide.load()
        pack = guide.pack
        print(
            f"OK: {len(pack.entries)} entries, {len(pack.timescales)} timescales, {len(pack.glossary)} glossary terms."
        )
        return 0
    if args.command == "serve":
        from bot.slack.run import serve

        return serve(http=args.http, port=args.port, host=args.host)
    if args.command == "start":
        from bot.slack.run import serve
        from bot.slack.settings import slack_configured

        if slack_configured(os.environ):
            return serve(http="SLACK_APP_TOKEN" not in os.environ, port=None)
        from bot.chat import chat

        return chat(PracticeGuide.load())
    guide = PracticeGuide.load()
    if args.command == "chat":
        from bot.chat import chat

        return chat(guide)
    if args.command == "ask":
        return _ask(guide, args)
    if args.command == "index":
        _print_json(
            [
                {
                    "id": e.id,
                    "section": e.section,
                    "subsection": e.subsection,
                    "title": e.title,
                    "text": e.text,
                    "note": e.note,
                    "questions": list(e.questions),
                    "rules": [t.rule for t in e.timescales],
                }
                for e in guide.pack.entries
            ]
        )
        return 0
    if args.command == "rules":
        if args.json:
            _print_json(
                [
                    {
                        "rule": t.rule,
                        "label": t.label,
                        "count": str(t.count),
                        "n": t.n,
                        "from": t.start_event,
                        "standard_id": t.standard_id,
                    }
                    for t in guide.rules()
                ]
            )
        else:
            from bot.replies import rules_list

            print(rules_list(guide.rules()))
        return 0
    if args.command == "deadline":
        answer = guide.answer(f"deadline {args.rule} {' '.join(args.date)}", today=args.today)
        _show(answer, as_json=args.json)
        return 0 if answer.answered else 1
    if args.command == "timeline":
        answer = guide.answer(f"timeline {args.event} {' '.join(args.date)}", today=args.today)
        _show(answer, as_json=args.json)
        if args.ics and answer.deadlines:
            from calculators.ics import to_ics

            args.ics.write_bytes(to_ics(answer.deadlines, title=answer.reply.splitlines()[0]))
            print(f"Wrote {len(answer.deadlines)} deadlines to {args.ics}", file=sys.stderr)
        return 0 if answer.answered else 1
    raise AssertionError(args.command)


def _ask(guide: object, args: argparse.Namespace) -> int:
    from bot.core import PracticeGuide

    assert isinstance(guide, PracticeGuide)
    if args.question == ["-"]:
        if not args.json:
            print(
                "Reading questions from standard input needs --json (one JSON object per line).",
                file=sys.stderr,
            )
            return 2
        for line in sys.stdin:
            if line.strip():
                print(
                    json.dumps(
                        guide.answer(line.rstrip("\n"), today=args.today).to_json(), ensure_ascii=False
                    ),
                    flush=True,
                )
        return 0
    _show(guide.answer(" ".join(args.question), today=args.today), as_json=args.json)
    return 0


def _show(answer: Answer, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
    else:
        print(answer.reply)


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))
