"""caredesk triage --jsonl IN [--out OUT] | eval FILE | train [--corpus FILE] [--out DIR] |
feedback --out FILE.jsonl | sync-phrases [--dry-run] | needles"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from tqdm import tqdm

from caredesk.triage.batch import jsonl_triage
from caredesk.triage.defaults import phrases_sync
from caredesk.triage.evaluation import evaluate, report_text
from caredesk.triage.model import Model, shipped_model_dir
from caredesk.triage.needles import shipped_needles_path, shipped_needles_write
from caredesk.triage.rules import RuleSet, default_phrases
from caredesk.triage.selectors import feedback_examples
from caredesk.triage.services import message_triage, model_current, rules_current, rules_forget
from caredesk.triage.training import (
    TRAINING_FILES,
    CorpusError,
    Example,
    corpus_read,
    model_train,
)

CORPUS_DIR = shipped_model_dir().parent / "corpus"


class Command(BaseCommand):
    help = _("Triage messages from JSON lines, evaluate, train the model, export CSR feedback.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--jsonl", type=Path, help=_("messages to triage, one JSON per line"))
        parser.add_argument(
            "--out", dest="jsonl_out", type=Path, help=_("where to write (default stdout)")
        )
        parser.add_argument("--model", type=Path, help=_("a model folder (default: shipped)"))
        parser.add_argument(
            "--shipped-phrases",
            action="store_true",
            help=_("use the phrases shipped in the package instead of the database's"),
        )
        commands = parser.add_subparsers(dest="action", required=False)
        evaluating = commands.add_parser("eval", help=_("score triage on labelled messages"))
        evaluating.add_argument("file", type=Path)
        evaluating.add_argument("--json", action="store_true", help=_("print one JSON object"))
        evaluating.add_argument("--mistakes", action="store_true", help=_("list the mistakes"))
        training = commands.add_parser("train", help=_("train the model on a labelled corpus"))
        training.add_argument("--corpus", type=Path, action="append", help=_("JSONL (repeatable)"))
        training.add_argument("--out", dest="model_out", type=Path, help=_("model folder"))
        training.add_argument("--no-progress", action="store_true")
        exporting = commands.add_parser("feedback", help=_("export CSR overrules as JSONL"))
        exporting.add_argument("--out", dest="feedback_out", type=Path, required=True)
        syncing = commands.add_parser(
            "sync-phrases",
            help=_(
                "add this release's default phrases and update unedited ones; phrases a lead "
                "edited or added are kept"
            ),
        )
        syncing.add_argument("--dry-run", action="store_true", help=_("count only, change nothing"))
        commands.add_parser(
            "needles",
            help=_("find the shipped phrases' needles again and write them into the package"),
        )

    def handle(self, *args, **options) -> None:
        action = options.get("action")
        if action == "eval":
            self.evaluate(options)
        elif action == "train":
            self.train(options)
        elif action == "feedback":
            self.feedback(options)
        elif action == "sync-phrases":
            self.sync_phrases(options)
        elif action == "needles":
            self.needles()
        elif options.get("jsonl"):
            self.triage_jsonl(options)
        else:
            raise CommandError(
                _("give --jsonl FILE, or one of: eval, train, feedback, sync-phrases, needles")
            )

    # ------------------------------------------------------------------ actions

    def triage_jsonl(self, options: dict) -> None:
        decide = self.decider(options)
        source = options["jsonl"]
        with ExitStack() as stack:
            lines = sys.stdin if str(source) == "-" else stack.enter_context(self.opened(source))
            out = (
                self.stdout
                if not options["jsonl_out"]
                else stack.enter_context(options["jsonl_out"].open("w", encoding="utf-8"))
            )
            decided, refused = jsonl_triage(lines=lines, out=out, err=self.stderr, decide=decide)
        if refused:
            raise CommandError(
                _("%(refused)d line(s) refused, %(decided)d triaged")
                % {"refused": refused, "decided": decided}
            )

    def evaluate(self, options: dict) -> None:
        examples = self.corpus([options["file"]])
        evaluation = evaluate(examples=examples, decide=self.decider(options))
        if options["json"]:
            self.stdout.write(json.dumps(evaluation.as_dict(), ensure_ascii=False, indent=1))
            return
        self.stdout.write(report_text(evaluation))
        if options["mistakes"]:
            for mistake in evaluation.mistakes:
                self.stdout.write("{id}: {field} {gold} -> {predicted}".format(**mistake))

    def train(self, options: dict) -> None:
        paths = options["corpus"] or [CORPUS_DIR / name for name in TRAINING_FILES]
        out = options["model_out"] or shipped_model_dir()
        examples = self.corpus(paths)
        started = time.perf_counter()
        with tqdm(
            total=len(examples) + 4,
            desc=_("Training"),
            unit=_("step"),
            disable=options["no_progress"] or None,
        ) as bar:
            model = model_train(examples=examples, rules=self.rules(options), progress=bar.update)
        model.save(out)
        if options["model_out"] is None:
            self.needles()  # the shipped phrases usually changed with the corpus
        languages = Counter(e.lang or "?" for e in examples)
        self.stdout.write(
            _(
                "trained on %(count)d messages (%(languages)s) in %(seconds).1f s; "
                "%(vocabulary)d n-grams; written to %(out)s"
            )
            % {
                "count": len(examples),
                "languages": ", ".join(f"{k} {v}" for k, v in sorted(languages.items())),
                "seconds": time.perf_counter() - started,
                "vocabulary": len(model.vocabulary),
                "out": out,
            }
        )
        for name, classes in model.classes.items():
            self.stdout.write(f"  {name}: {', '.join(classes)}")

    def feedback(self, options: dict) -> None:
        count = 0
        with options["feedback_out"].open("w", encoding="utf-8") as out:
            for line in feedback_examples(decide=message_triage):
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
                count += 1
        self.stdout.write(
            _("%(count)d labelled line(s) written to %(out)s")
            % {"count": count, "out": options["feedback_out"]}
        )

    def sync_phrases(self, options: dict) -> None:
        counts = phrases_sync(dry_run=options["dry_run"])
        rules_forget()
        text = _(
            "phrases: %(created)d created, %(updated)d updated, %(kept)d kept (edited or added "
            "by a lead), %(removed)d removed (no longer shipped), %(unchanged)d unchanged"
        ) % dict(counts)
        if options["dry_run"]:
            text += " " + _("(dry run: nothing changed)")
        self.stdout.write(text)

    def needles(self) -> None:
        count = shipped_needles_write()
        self.stdout.write(
            _("needles of %(count)d shipped phrase patterns written to %(path)s")
            % {"count": count, "path": shipped_needles_path()}
        )

    # ------------------------------------------------------------------ helpers

    def decider(self, options: dict):
        model = Model.load(options["model"]) if options.get("model") else model_current()
        rules = self.rules(options)

        def decide(example: Example):
            return message_triage(
                channel=example.channel,
                subject=example.subject,
                body=example.body,
                from_name=example.from_name,
                from_email=example.from_email,
                rules=rules,
                model=model,
            )

        return decide

    def rules(self, options: dict) -> RuleSet:
        if options.get("shipped_phrases"):
            return RuleSet.from_phrases(default_phrases())
        return rules_current()

    def corpus(self, paths: list[Path]) -> list[Example]:
        try:
            return corpus_read(paths)
        except (OSError, CorpusError) as error:
            raise CommandError(str(error)) from error

    def opened(self, path: Path):
        try:
            return path.open(encoding="utf-8")
        except OSError as error:
            raise CommandError(str(error)) from error
