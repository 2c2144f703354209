"""Round 10: from blind9's mistakes. A hypothetical question, a noise and a small fitting that
fell off are no emergencies; AC out in extreme heat and no hot water are urgent whatever the
model says; a business run from a home is a violation; a stranger sleeping on the property is
security; a request nobody answered is a complaint; drops from a fixture and a leak tested as
fixed are leak-related, emails one is flooded with and the gas main shut are not water;
something heard of elsewhere and a planned water cut announced are not happening here; nobody
hurt is no harm. blind9 is trained on since; blind10, this round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# --------------------------------------------------------------------------- urgency


@pytest.mark.parametrize(
    "body",
    [
        "What do we do if the sump pump fails while we're away over the holidays?",
        "What happens if the power goes out during a freeze and the boiler shuts down?",
        "Who is responsible if a pipe bursts in the wall between our two units?",
        "The freight elevator is making a loud squealing noise going up past the 4th floor.",
        "The garbage disposal makes a grinding sound and then stops.",
        "The towel bar in the guest bath came loose and the cabinet door fell off its hinge.",
    ],
)
def test_hypotheticals_noises_and_loose_fittings_are_not_emergencies(triage, body):
    """Given a question about what might happen, a noise or a fitting that came off, it is
    not an emergency."""
    assert triage(body).urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "Our air conditioning quit yesterday and it's 108 out today, please send someone.",
        "Heat wave all week and the AC is not working in unit 12.",
        "家里没热水了，洗不了澡。",
        "燃气热水器一打开就显示故障码，一点热水都没有。",
    ],
)
def test_ac_out_in_extreme_heat_and_no_hot_water_are_urgent(triage, body):
    """Given AC out in extreme heat or no hot water, and nobody vulnerable named, it is urgent."""
    assert triage(body).urgency == "urgent"


def test_nobody_hurt_is_no_harm_in_chinese(triage):
    """没人受伤 names harm only to say there is none."""
    assert triage("单元门的玻璃被风吹碎了，好在没人受伤，麻烦换一块。").urgency != "emergency"


def test_a_fire_heard_of_elsewhere_is_not_one_here(triage):
    """听说 … 着火了 is news of elsewhere: no emergency and not a maintenance job here."""
    result = triage("听说旁边那个小区昨晚起火了，我们楼的消防通道能检查一下吗？")
    assert result.urgency != "emergency"


def test_a_planned_water_cut_announced_is_not_an_outage(triage):
    """A notice of a water cut between two times, with water to store first, is not urgent."""
    body = "温馨提示：本周三下午一点至五点小区停水维修，请各位业主提前储水。"
    assert triage(body).urgency != "urgent"


# --------------------------------------------------------------------------- leak


@pytest.mark.parametrize(
    "body",
    [
        "The shower head lets a few drops fall for an hour after we turn it off.",
        "Plumber: replaced the cracked fitting behind the toilet, no leaks after the retest.",
        "谢谢保安半夜帮我们关了总水阀，地板没泡坏。",
    ],
)
def test_drops_a_tested_repair_and_the_water_shut_off_are_leak_related(triage, body):
    """Drops from a fixture, a leak tested as fixed and the water main shut are about water."""
    assert triage(body).leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "I've been flooded with notifications from the new portal, can I turn them off?",
        "煤气味很重，我已经关了总阀，开了窗。",
    ],
)
def test_emails_one_is_flooded_with_and_the_gas_main_are_not_water(triage, body):
    """Being flooded with notifications and shutting the gas main are not leaks."""
    assert triage(body).leak_related is False


# --------------------------------------------------------------------------- category


@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("The tenant in 2C is operating a daycare out of her apartment.", "violation"),
        ("Someone has been camping behind the storage units for a week.", "security"),
        ("No one has responded to my four emails about the parking lot lights.", "complaint"),
        ("窗户坏了，反映了两个星期都没人来修。", "complaint"),
    ],
)
def test_a_home_business_a_camper_and_an_unanswered_request(triage, body, category):
    """A business at home is a violation, a stranger camping is security, a request nobody
    answered is a complaint."""
    assert triage(body).category == category


# --------------------------------------------------------------------------- the sets


def test_the_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files (blind10, round 10's honest measure, was not
    until round 11 studied it); blind9, studied in round 10, is."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind9.jsonl" in TRAINING_FILES
