"""A triage model with fixed probabilities, for tests of the engine's limits.

The engine's rules (a phrase's model floor, the bare-model limit, the place veto) are decided
against the model's probabilities; these tests fix those probabilities so that each limit can be
tested on both of its sides, whatever the shipped model would say of the sentence."""

from __future__ import annotations

from caredesk.triage.engine import message_decide, message_prepare

CALM = {"emergency": 0.05, "urgent": 0.15, "normal": 0.7, "low": 0.1}


def urgency_with(p_emergency: float) -> dict[str, float]:
    """An urgency distribution with p_emergency, the rest mostly normal."""
    rest = 1.0 - p_emergency
    return {"emergency": p_emergency, "normal": rest * 0.6, "urgent": rest * 0.3, "low": rest * 0.1}


class FixedModel:
    """A model that gives the same probabilities to every message (with no p_emergency,
    CALM's urgency)."""

    rule_scale = 0.0

    def __init__(
        self,
        *,
        p_emergency: float | None = None,
        p_leak: float = 0.1,
        category: str = "maintenance",
        p_callback: float = 0.1,
    ) -> None:
        self.urgency = CALM if p_emergency is None else urgency_with(p_emergency)
        self.p_leak = p_leak
        self.category = category
        self.p_callback = p_callback

    def predict(self, *, text, rules=None):
        return {
            "urgency": self.urgency,
            "leak_related": {"false": 1 - self.p_leak, "true": self.p_leak},
            "category": {self.category: 0.9, "general": 0.1},
            "needs_callback": {"false": 1 - self.p_callback, "true": self.p_callback},
        }


def prepared(rules, body: str, subject: str = "", sender: str = ""):
    return message_prepare(
        rules=rules, channel="email", subject=subject, body=body, from_email=sender
    )


def fixed_decide(rules, body: str, *, subject: str = "", sender: str = "", **probabilities):
    """The engine's decision on an e-mail (from sender, if given) when the model says what
    probabilities give."""
    model = FixedModel(**probabilities)
    return message_decide(prepared=prepared(rules, body, subject, sender), model=model)


def field_hits(rules, body: str, field: str, subject: str = "") -> list:
    return [h for h in prepared(rules, body, subject).hits if h.phrase.field == field]
