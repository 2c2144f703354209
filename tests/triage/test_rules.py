"""The rules layer, English and Chinese: triggers, negation, past events, look-alikes."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Water is pouring through my bathroom ceiling right now, please send someone!",
        "A pipe burst in the garage and there's water everywhere.",
        "I smell gas in the hallway outside 3B, it's strong.",
        "My neighbour is stuck in the elevator between floors.",
        "楼上漏水，我家卫生间天花板一直在往下滴水，越来越多。",
        "厨房水管爆了，水喷得到处都是，总阀关不上！",
        "楼道里燃气味很重，好像是燃气泄漏。",
        "9栋电梯困人了，里面有老人。",
    ],
)
def test_safety_hazards_are_emergencies(triage, body):
    """Given an active leak, gas, or an entrapment, when triaged, then it is an emergency."""
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    ("body", "leak"),
    [
        ("There is no leak, the dishwasher just won't start.", False),
        ("The pipes bang loudly but nothing is leaking.", False),
        ("没有漏水，就是水管响得很厉害。", False),
        ("热水器没有漏水，就是加热的时候砰砰响。", False),
    ],
)
def test_a_negated_leak_is_neither_leak_nor_emergency(triage, body, leak):
    """Given 'no leak' / '没有漏水', when triaged, then not leak-related and not an emergency."""
    result = triage(body)
    assert result.leak_related is leak
    assert result.urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for fixing the leak under our sink last week, everything is dry now.",
        "感谢王师傅上周修好了厨房的漏水，服务很好！",
    ],
)
def test_thanks_for_a_fixed_leak_is_leak_related_and_low(triage, body):
    """Given thanks about a leak that was fixed, then leak-related, low urgency, general."""
    result = triage(body)
    assert result.leak_related is True
    assert result.urgency == "low"
    assert result.category == "general"


@pytest.mark.parametrize(
    "body",
    [
        "We had a burst pipe two weeks ago; the plumber fixed it but the drywall is still open.",
        "两周前冻裂的水管已经修好了，但是墙上开的洞还没补。",
    ],
)
def test_a_past_burst_pipe_is_leak_related_but_not_an_emergency(triage, body):
    """Given a burst pipe that is over, then leak-related but not an emergency."""
    result = triage(body)
    assert result.leak_related is True
    assert result.urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "The gas fire pit by the pool won't light anymore.",
        "The flood lights over the back lot are out.",
        "I'm dying to know when the new gym bikes arrive!",
        "Our smoke detector keeps chirping, I think the battery is low.",
        "消防演练是这周六几点？",
    ],
)
def test_harmless_look_alikes_are_not_emergencies(triage, body):
    """Given 'fire pit', 'flood lights', 'dying to know', a chirping detector: not emergencies."""
    assert triage(body).urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "Our water bill doubled this month, can someone check the meter?",
        "这个月水费比平时高了一倍，麻烦查一下水表。",
    ],
)
def test_a_high_water_bill_is_billing_not_a_leak(triage, body):
    """Given a high water bill, then billing and not leak-related."""
    result = triage(body)
    assert result.category == "billing"
    assert result.leak_related is False


@pytest.mark.parametrize(
    "body", ["I smell gas in the kitchen, we opened the windows.", "厨房里有很重的天然气味。"]
)
def test_gas_is_an_emergency_but_not_leak_related(triage, body):
    """Given a gas smell, then an emergency in maintenance, but leak-related is about water."""
    result = triage(body)
    assert (result.urgency, result.category, result.leak_related) == (
        "emergency",
        "maintenance",
        False,
    )


def test_a_small_contained_drip_is_normal_but_leak_related(triage):
    """Given a dripping faucet, then normal urgency, leak-related."""
    result = triage("Our kitchen faucet drips constantly. Not urgent, whenever you can.")
    assert (result.urgency, result.leak_related) == ("normal", True)


def test_a_call_back_request_alone_does_not_make_a_message_urgent(triage):
    """Given a plain request to be called, then needs_callback and normal urgency."""
    result = triage("Nothing urgent, please call me at 714-555-0180 about the board election.")
    assert result.needs_callback is True
    assert result.urgency == "normal"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks, got it!\n\nOn Tue, Mar 4, 2025 at 9:12 AM Desk <care@x.example> wrote:\n"
        "> Water is pouring through your ceiling, a plumber is coming.",
        "Another question: can I get a second parking spot?\n\n> The garage flooding was cleaned.",
        "好的，收到，谢谢！\n\n------------------ 原始邮件 ------------------\n"
        "发件人：刘丽\n主题：漏水\n卫生间天花板一直在滴水，请马上派人。",
        "另外想问一下物业费。\n\n在 2025年3月4日 上午9:12，物业 写道：\n"
        "> 您家卫生间漏水的问题明天处理。",
    ],
)
def test_a_leak_only_in_quoted_history_does_not_count(triage, body):
    """Given a leak mentioned only in the quoted history, then not leak-related, no emergency."""
    result = triage(body, subject="Re: question")
    assert result.leak_related is False
    assert result.urgency != "emergency"


def test_reasons_point_at_the_phrase_in_the_text(triage):
    """Given a trigger in the body and the subject, the reasons' offsets slice out the phrase."""
    subject, body = "HELP burst pipe", "Since 6am water is gushing from the wall."
    result = triage(body, subject=subject)
    urgency = [r for r in result.reasons if r.field == "urgency"]
    assert urgency and all(r.value == "emergency" for r in urgency)
    for reason in result.reasons:
        if reason.source in ("subject", "body"):
            text = subject if reason.source == "subject" else body
            assert text[reason.start : reason.end] == reason.phrase
            assert reason.rule.startswith("default:")
    assert any(r.phrase.lower() == "burst pipe" for r in urgency)


def test_chinese_reasons_point_at_the_phrase(triage):
    """Given Chinese text, the offsets are in characters of the body as given."""
    body = "您好，5栋801厨房水管爆了，水一直往外喷。"
    result = triage(body)
    leak = [r for r in result.reasons if r.field == "leak_related" and r.source == "body"]
    assert leak and all(body[r.start : r.end] == r.phrase for r in leak)


def test_a_model_decided_field_says_so(triage):
    """Given a message no phrase decides, the reason of that field is the model's confidence."""
    result = triage("Where can I find the minutes of the last board meeting?")
    category = [r for r in result.reasons if r.field == "category"]
    assert category[0].source == "model" and category[0].rule.startswith("model: ")


def test_auto_replies_are_low_and_non_human(triage):
    """Given an out-of-office reply mentioning emergencies, then low and non_human."""
    result = triage(
        "This is an automatic reply. I am out of the office until Monday. "
        "For emergencies please call the office.",
        subject="Automatic reply: pool schedule",
    )
    assert (result.urgency, result.category) == ("low", "non_human")


def test_language_and_as_dict(triage):
    """The result tells the language and is JSON-ready."""
    result = triage("业主您好，请问物业费可以微信缴费吗？")
    data = result.as_dict()
    assert result.language == "zh"
    assert set(data) == {"urgency", "leak_related", "category", "needs_callback", "reasons"}
    assert isinstance(data["reasons"], list) and isinstance(data["reasons"][0], dict)


def test_triage_is_deterministic(triage):
    """The same message gives the same result twice."""
    body = "The toilet upstairs overflowed and water comes out of our light fixture."
    assert triage(body).as_dict() == triage(body).as_dict()
