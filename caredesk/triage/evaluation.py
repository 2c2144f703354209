"""Scoring triage against labelled messages: per-class figures, confusion matrices and the
project's targets, split by language."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from caredesk.triage.engine import TriageResult
from caredesk.triage.text import language_detect
from caredesk.triage.training import LABELS, Example, label_text

LANGUAGES = ("en", "zh", "all")
MAX_GAP = 0.03  # Chinese within 3 points of English


@dataclass(frozen=True)
class Target:
    name: str
    minimum: float


TARGETS = (
    Target("emergency_recall", 0.97),
    Target("emergency_precision", 0.85),
    Target("leak_f1", 0.93),
    Target("urgency_accuracy", 0.85),
    Target("category_macro_f1", 0.80),
)


@dataclass
class FieldScore:
    """Gold and predicted values of one field, and what follows from them."""

    gold: list[str] = field(default_factory=list)
    predicted: list[str] = field(default_factory=list)

    def add(self, gold: str, predicted: str) -> None:
        self.gold.append(gold)
        self.predicted.append(predicted)

    @property
    def classes(self) -> list[str]:
        return sorted(set(self.gold) | set(self.predicted))

    def accuracy(self) -> float:
        right = sum(g == p for g, p in zip(self.gold, self.predicted, strict=True))
        return right / len(self.gold) if self.gold else 0.0

    def per_class(self, value: str) -> tuple[float, float, float, int]:
        """Precision, recall, F1 and support of one class."""
        pairs = list(zip(self.gold, self.predicted, strict=True))
        tp = sum(g == value and p == value for g, p in pairs)
        predicted = sum(p == value for _, p in pairs)
        support = sum(g == value for g, _ in pairs)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1, support

    def macro_f1(self) -> float:
        classes = self.classes
        return sum(self.per_class(c)[2] for c in classes) / len(classes) if classes else 0.0

    def confusion(self) -> dict[str, Counter]:
        matrix: dict[str, Counter] = {gold: Counter() for gold in self.classes}
        for gold, predicted in zip(self.gold, self.predicted, strict=True):
            matrix[gold][predicted] += 1
        return matrix


@dataclass
class Evaluation:
    """Scores per language ("en", "zh", "all") and field."""

    scores: dict[str, dict[str, FieldScore]] = field(
        default_factory=lambda: {
            lang: {name: FieldScore() for name in LABELS} for lang in LANGUAGES
        }
    )
    mistakes: list[dict] = field(default_factory=list)

    def add(self, *, example: Example, result: TriageResult) -> None:
        language = example.lang or language_detect(f"{example.subject}\n{example.body}")
        got = result.as_dict()
        for name in LABELS:
            gold, predicted = example.labels[name], label_text(got[name])
            for lang in (language, "all"):
                if lang in self.scores:
                    self.scores[lang][name].add(gold, predicted)
            if gold != predicted:
                self.mistakes.append(
                    {"id": example.id, "field": name, "gold": gold, "predicted": predicted}
                )

    def figures(self, lang: str) -> dict[str, float]:
        """The target figures of one language."""
        scores = self.scores[lang]
        precision, recall, _f1, _support = scores["urgency"].per_class("emergency")
        return {
            "emergency_recall": recall,
            "emergency_precision": precision,
            "leak_f1": scores["leak_related"].per_class("true")[2],
            "urgency_accuracy": scores["urgency"].accuracy(),
            "category_macro_f1": scores["category"].macro_f1(),
        }

    def count(self, lang: str) -> int:
        return len(self.scores[lang]["urgency"].gold)

    def targets_met(self) -> dict[str, bool]:
        """Each target on every language with messages, and the Chinese-English gap."""
        met = {}
        languages = [lang for lang in LANGUAGES if self.count(lang)]
        for target in TARGETS:
            met[target.name] = all(
                self.figures(lang)[target.name] >= target.minimum for lang in languages
            )
        if self.count("en") and self.count("zh"):
            en, zh = self.figures("en"), self.figures("zh")
            met["zh_within_3_points"] = all(
                abs(en[t.name] - zh[t.name]) <= MAX_GAP for t in TARGETS
            )
        return met

    def as_dict(self) -> dict:
        return {
            "count": {lang: self.count(lang) for lang in LANGUAGES},
            "figures": {lang: self.figures(lang) for lang in LANGUAGES if self.count(lang)},
            "targets_met": self.targets_met(),
            "mistakes": self.mistakes,
        }


def evaluate(
    *, examples: Iterable[Example], decide: Callable[[Example], TriageResult]
) -> Evaluation:
    evaluation = Evaluation()
    for example in examples:
        evaluation.add(example=example, result=decide(example))
    return evaluation


# --------------------------------------------------------------------------- the report


def report_text(evaluation: Evaluation) -> str:
    """The evaluation as text: figures per class, confusion matrices, targets met or not."""
    lines: list[str] = []
    for lang in LANGUAGES:
        if not evaluation.count(lang):
            continue
        lines.append(
            _("== language: %(lang)s (%(count)d messages) ==")
            % {"lang": lang, "count": evaluation.count(lang)}
        )
        for name in LABELS:
            lines += _field_lines(name, evaluation.scores[lang][name])
        lines.append("")
    lines += _target_lines(evaluation)
    return "\n".join(lines) + "\n"


def _field_lines(name: str, score: FieldScore) -> list[str]:
    lines = [
        f"-- {name}: "
        + _("accuracy %(accuracy).3f, macro-F1 %(f1).3f")
        % {"accuracy": score.accuracy(), "f1": score.macro_f1()}
    ]
    lines.append(
        f"   {_('class'):<20} {_('precision'):>9} {_('recall'):>9} {'F1':>9} {_('support'):>9}"
    )
    for value in score.classes:
        precision, recall, f1, support = score.per_class(value)
        lines.append(f"   {value:<20} {precision:>9.3f} {recall:>9.3f} {f1:>9.3f} {support:>9d}")
    classes = score.classes
    short = [c[:9] for c in classes]
    lines.append("   " + _("confusion (rows: labelled, columns: decided)"))
    lines.append("   " + " " * 20 + "".join(f"{c:>10}" for c in short))
    matrix = score.confusion()
    for gold in classes:
        lines.append(f"   {gold:<20}" + "".join(f"{matrix[gold][p]:>10d}" for p in classes))
    return lines


def _target_lines(evaluation: Evaluation) -> list[str]:
    languages = [lang for lang in LANGUAGES if evaluation.count(lang)]
    lines = [_("== targets ==")]
    lines.append(
        f"   {_('figure'):<22} {_('target'):>8}"
        + "".join(f"{lang:>9}" for lang in languages)
        + f"  {_('met')}"
    )
    met = evaluation.targets_met()
    for target in TARGETS:
        values = "".join(f"{evaluation.figures(lang)[target.name]:>9.3f}" for lang in languages)
        mark = _("yes") if met[target.name] else _("NO")
        lines.append(
            f"   {target.name:<22} {'>= ' + format(target.minimum, '.2f'):>8}{values}  {mark}"
        )
    if "zh_within_3_points" in met:
        mark = _("yes") if met["zh_within_3_points"] else _("NO")
        lines.append(f"   {_('Chinese within 3 points of English on each'):<50} {mark}")
    return lines
