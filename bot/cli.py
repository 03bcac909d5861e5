"""`practice-guide`: the command line over the one answering core (no Slack import on the ask path)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from bot.answer import Answer
from bot.clock import day_of
from bot.slack.settings import DEFAULT_HOST, port_number
from calculators.errors import PracticeGuideError
from knowledge.errors import PackError

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from bot.core import PracticeGuide


def _today(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"--today takes a date as YYYY-MM-DD, not {text!r}") from exc


def _guide(args: argparse.Namespace) -> PracticeGuide:
    from bot.core import PracticeGuide

    pack = getattr(args, "pack", None)
    return PracticeGuide.load(pack) if pack else PracticeGuide.load()


def _lint(args: argparse.Namespace) -> int:
    guide = _guide(args)
    pack = guide.pack
    print(
        f"OK: {len(pack.entries)} entries, {len(pack.timescales)} timescales, {len(pack.glossary)} glossary terms."
    )
    meaning = guide.steps.meaning  # built here, so that new `asks:` phrasings are counted too
    new = guide.index.embedded_at_load + (meaning.embedded_at_load if meaning else 0)
    if new:
        print(
            f"{new} new or edited questions or `asks:` phrasings were embedded at start-up; "
            "`practice-guide embed` saves them so the bot starts faster."
        )
    return 0


def _embed(args: argparse.Namespace) -> int:
    from knowledge.embeddings import refresh

    print(refresh(args.pack))
    return 0


def _serve(args: argparse.Namespace) -> int:
    from bot.slack.run import serve

    return serve(http=args.http, port=args.port, host=args.host)


def _start(args: argparse.Namespace) -> int:
    from bot.slack.run import serve
    from bot.slack.settings import slack_configured

    if slack_configured(os.environ):
        return serve(http="SLACK_APP_TOKEN" not in os.environ, port=None)
    return _chat(args)


def _chat(args: argparse.Namespace) -> int:
    from bot.chat import chat

    return chat(_guide(args), today=getattr(args, "today", None))


def _ask(args: argparse.Namespace) -> int:
    guide = _guide(args)
    if args.question == ["-"]:
        if not args.json:
            print(
                "Reading questions from standard input needs --json (one JSON object per line).",
                file=sys.stderr,
            )
            return 2
        _answer_batch(guide, sys.stdin.buffer, sys.stdout.buffer, today=args.today)
        return 0
    _show(guide.answer(" ".join(args.question), today=args.today), as_json=args.json)
    return 0


def _answer_batch(guide: PracticeGuide, lines: Iterable[bytes], out: BinaryIO, *, today: date | None) -> None:
    """One JSON line out per line in, whatever the line holds: a line that can't be answered gets an
    error object instead of ending the batch; bytes that are not UTF-8 are replaced, so out is UTF-8."""
    from bot.render.as_json import answer_json

    for number, raw in enumerate(lines, start=1):
        question = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        try:
            result: dict[str, object] = answer_json(guide.answer(question, today=today))
        except Exception as exc:  # one bad line must not cost the rest of the batch its answers
            # The trace goes to stderr for whoever runs the batch; the line itself is never logged.
            logger.exception("could not answer line %d of the batch", number)
            result = {"line": number, "error": f"could not answer this line ({type(exc).__name__})"}
        out.write(json.dumps(result, ensure_ascii=False).encode("utf-8", errors="replace") + b"\n")
        out.flush()


def _index(args: argparse.Namespace) -> int:
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
            for e in _guide(args).pack.entries
        ]
    )
    return 0


def _rules(args: argparse.Namespace) -> int:
    guide = _guide(args)
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
        _show(guide.answer("rules"), as_json=False)
    return 0


def _deadline(args: argparse.Namespace) -> int:
    answer = _guide(args).deadline_from_words(args.rule, " ".join(args.date), today=args.today or day_of())
    _show(answer, as_json=args.json)
    return 0 if answer.answered else 1


def _timeline(args: argparse.Namespace) -> int:
    answer = _guide(args).timeline_from_words(
        " ".join([args.event, *args.date]), today=args.today or day_of()
    )
    _show(answer, as_json=args.json)
    if args.ics and answer.deadlines:
        from bot.render.ics import to_ics
        from bot.wording import calendar_title

        title = calendar_title(answer.events)
        args.ics.write_bytes(to_ics(answer.deadlines, title=title))
        print(f"Wrote {len(answer.deadlines)} deadlines to {args.ics}", file=sys.stderr)
    return 0 if answer.answered else 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="practice-guide", description="Answers from Trafford's Social Work Practice Standards."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, run: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help)
        sub.set_defaults(run=run)
        return sub

    ask = command("ask", _ask, "answer one question (or, with --json -, one per line of standard input)")
    ask.add_argument(
        "question", nargs="+", help="the question; `-` with --json reads one per line from stdin"
    )
    ask.add_argument("--json", action="store_true", help="print the Answer as JSON")
    ask.add_argument("--today", type=_today, help="fix today's date (YYYY-MM-DD), for tests")

    chat = command("chat", _chat, "a conversation in the terminal")
    chat.add_argument("--today", type=_today, help="fix today's date (YYYY-MM-DD) for relative dates")

    index = command("index", _index, "every entry of the index")
    index.add_argument("--json", action="store_true", required=True)

    lint = command("lint", _lint, "validate the knowledge pack and report every problem")
    lint.add_argument("--pack", type=Path, default=None, help="a pack folder other than the installed one")

    embed = command("embed", _embed, "save the embeddings of new or edited entries and questions")
    embed.add_argument("--pack", type=Path, default=None, help="a pack folder other than the installed one")

    deadline = command("deadline", _deadline, "count one rule from one date, e.g. deadline icpc 19/12/2025")
    deadline.add_argument("rule")
    deadline.add_argument("date", nargs="+")
    deadline.add_argument("--json", action="store_true")
    deadline.add_argument("--today", type=_today)

    rules = command("rules", _rules, "every timescale rule with the standard that sets it")
    rules.add_argument("--json", action="store_true")

    timeline = command("timeline", _timeline, "every deadline that follows one event")
    timeline.add_argument("event")
    timeline.add_argument("date", nargs="+")
    timeline.add_argument("--ics", type=Path, help="also write the deadlines as an iCalendar file")
    timeline.add_argument("--json", action="store_true")
    timeline.add_argument("--today", type=_today)

    serve = command("serve", _serve, "run the Slack app (Socket Mode, or --http)")
    serve.add_argument(
        "--http", action="store_true", help="serve /slack/events over HTTP instead of Socket Mode"
    )
    serve.add_argument("--port", type=port_number, help="HTTP port, 1 to 65535 (default 3000)")
    serve.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help="HTTP mode's listening address (default 127.0.0.1, behind a reverse proxy; 0.0.0.0 for all)",
    )

    command("start", _start, "the Slack app when Slack settings are present, else the terminal chat")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except PackError as exc:
        print("The knowledge pack has problems:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    except PracticeGuideError as exc:
        print(f"Practice Guide can't do that: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _show(answer: Answer, *, as_json: bool) -> None:
    if as_json:
        from bot.render.as_json import answer_json

        print(json.dumps(answer_json(answer), ensure_ascii=False, indent=2))
    else:
        from bot.render.text import render_text

        print(render_text(answer))


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))
