"""Round 14: from blind13's mistakes and probes of our own, English false emergencies and leak
false positives first. Water that stays where it belongs (a toilet that keeps running, a slow
drain, the tap's pressure, a fountain, irrigation, rain in the forecast) is no leak; a machine's
message is about no leak and asks no call; a smoke alarm set off by cooking, smoke bombs, an
event named as a time reference, the water heater's pilot, a smell that went away, someone let
out of the lift and "but now" after a fire that was put out are no emergency; asking whether it
is normal, nothing hit, slow damage, a cleaning smell, now and then, a drop at a time calm the
model; a mild temperature, car doors tried last night, a lift button that sticks and weak
pressure are `normal`; an open lift shaft is an emergency. blind13 is trained on since;
blind14, this round's honest measure, never is."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"
RELABEL = ROOT / "scripts/triage/relabel_round14.py"

# --------------------------------------------------------------------------- water, no leak


@pytest.mark.parametrize(
    "body",
    [
        "Our upstairs toilet runs nonstop after you flush, you can hear it from the bedroom.",
        "The guest toilet keeps refilling by itself every half hour. Floor is dry.",
        "楼下卫生间的马桶水箱老是自己放水，嘶嘶响个不停，麻烦换个配件。",
        "马桶冲完水一直在进水，停不下来，地面是干的。",
    ],
)
def test_a_toilet_that_keeps_running_is_no_leak(triage, body):
    """Its water goes into the bowl: a repair, not leak-related, no emergency."""
    result = triage(body)
    assert result.leak_related is False
    assert result.urgency != "emergency"


def test_a_toilet_that_runs_onto_the_floor_is_still_a_leak(triage):
    """A 'true' phrase of the same message wins over the weak 'false' one."""
    body = "The toilet keeps running and now there's water on the floor behind it."
    assert triage(body).leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "The bathroom sink is slow to drain, it takes ages and gurgles.",
        "Our kitchen drain is clogged, the water just sits in the sink.",
        "卫生间洗手池下水特别慢，水半天下不去。",
        "洗碗池的下水道堵了，水下不去。",
    ],
)
def test_a_slow_or_clogged_drain_is_no_leak(triage, body):
    result = triage(body)
    assert result.leak_related is False
    assert result.urgency != "emergency"


def test_a_clogged_drain_spilling_over_is_still_an_emergency(triage):
    body = "The kitchen drain is clogged and dirty water is spilling over onto the floor right now."
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "The water pressure upstairs is really low since the weekend.",
        "Tap water has a funny taste lately, is it safe to drink?",
        "The fountain by the leasing office splashes onto the path whenever it's windy.",
        "Could the irrigation run before sunrise? It soaks our car every afternoon.",
        "A big storm is forecast for tomorrow night, will someone check the roof drains first?",
        "家里水压很低，洗澡水都是细细的。",
        "会所门口的喷泉水都发臭了，能不能换一下水？",
    ],
)
def test_pressure_taste_fountains_irrigation_and_forecasts_are_no_leak(triage, body):
    result = triage(body)
    assert result.leak_related is False
    assert result.urgency != "emergency"


def test_a_sprinkler_head_spraying_indoors_is_a_leak(triage):
    body = "The sprinkler head over the storage aisle is spraying all over the units."
    result = triage(body)
    assert result.leak_related is True
    assert result.urgency == "emergency"


def test_a_lawn_sprinkler_spraying_the_sidewalk_is_no_leak(triage):
    body = "One of the lawn sprinklers by the pool is spraying across the sidewalk all morning."
    assert triage(body).leak_related is False


@pytest.mark.parametrize(
    "body",
    [
        "The delivery box sat on my porch all afternoon in the rain and got soaked.",
        "快递在门口被雨淋湿了，以后放门岗吧。",
        "早上去跑步，绿化带刚浇过水，鞋子全湿了。",
    ],
)
def test_things_left_out_in_the_rain_are_no_leak(triage, body):
    assert triage(body).leak_related is False


@pytest.mark.parametrize(
    "body",
    [
        "The washer on the 2nd floor won't spin, our clothes come out soaking.",
        "洗衣机甩不干了，每次洗完都要手拧。",
    ],
)
def test_an_appliance_that_will_not_spin_is_no_leak(triage, body):
    assert triage(body).leak_related is False


def test_water_into_the_bowl_is_no_flood(triage):
    """水一直往马桶里流: the water stays in the toilet."""
    result = triage("水箱的水一直往马桶里流，关不住。")
    assert result.urgency != "emergency"
    assert result.leak_related is False


def test_a_negation_reaches_over_or(triage):
    """'no A or B' denies B too: no leak and no water on the floor."""
    body = "No leak or puddle anywhere, the dishwasher just hums loudly after each cycle."
    assert triage(body).leak_related is False
    assert triage("No smoke or flames, the oven just ticks loudly as it heats.").urgency != (
        "emergency"
    )


def test_a_neighbours_smoke_every_single_night_is_no_emergency(triage):
    body = "Cigar smoke from the unit below drifts up into our bedroom every single night."
    result = triage(body, subject="Smoke drifting in")
    assert result.urgency != "emergency"


def test_rained_on_outdoors_is_no_leak(triage):
    assert triage("外卖放在门口，一场阵雨全淋透了，以后请放门岗。").leak_related is False


# --------------------------------------------------------------------------- machines


@pytest.mark.parametrize(
    "subject,body",
    [
        ("Out of office", "Out of office until the 9th. For burst pipes or floods call 555-0100."),
        (
            "Spring newsletter",
            "Spring newsletter: how to spot a leak under your sink. Unsubscribe.",
        ),
        ("自动回复", "自动回复：我在休假，漏水等急事请致电24小时热线。"),
    ],
)
def test_a_machines_message_is_no_leak_and_asks_no_call(triage, subject, body):
    result = triage(body, subject=subject)
    assert result.category == "non_human"
    assert result.leak_related is False
    assert result.needs_callback is False


# --------------------------------------------------------------------------- not happening now


@pytest.mark.parametrize(
    "body",
    [
        "Our smoke alarm goes off every time my husband fries bacon. Can it be moved?",
        "The kids were setting off smoke bombs behind the tennis courts, isn't that banned?",
        "After last month's garage fire, can we get better lighting down there?",
        "The pilot on the water heater lights and goes out again after a minute.",
        "There was a gas smell by the meters this morning but it went away within minutes.",
        "My son got stuck in the lift for a few minutes yesterday, the guard got him out.",
        "We had a small oven fire, I smothered it, but now the kitchen smells awful.",
        "The outlet by the bed sparked once when I pulled the plug, it's been fine since.",
        "厨房烟感一炒菜就叫，能不能换个位置？",
        "业主群里有人说3栋着火了，是真的吗？",
        "隔壁小区前两天电梯出事了，我们这边的电梯检修过吗？",
        "昨天电梯把我困了几分钟，后来物业的人把我放出来了。",
        "早上楼道里有一股煤气味，过了一会儿就没了。",
        "刚才闻到焦味，开窗以后现在没味道了。",
    ],
)
def test_an_event_over_or_a_look_alike_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


def test_a_fire_going_on_after_a_but_stays_an_emergency(triage):
    """'but now' reaches a trigger after it: the fire is burning now."""
    body = "We thought the fire was out, but now flames are coming out of the vent again."
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "The basement smells a bit moldy and the carpet is damp near the wall, is that normal?",
        "A branch came down in the wind last night, it's on the lawn, not touching anything.",
        "The laminate by the dishwasher is swollen and lifting, it must have been wet for a while.",
        "Strong paint fumes in the stairwell, I guess they are painting the doors.",
        "The ceiling vent drips now and then, a drop every minute or so.",
        "A man was sleeping by the dumpsters overnight, he didn't seem dangerous.",
        "卫生间门口的地板翘起来了，踩上去软软的。",
        "楼道里消毒水味特别重，熏得头疼。",
        "大风把树枝吹断了，掉在草地上，没砸到东西。",
        "墙上有条裂缝，这正常吗？",
    ],
)
def test_calming_cues_keep_the_model_alone_from_an_emergency(triage, body):
    assert triage(body).urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "AC is on but it's only cooling to 79 inside, could someone look this week?",
        "Someone was pulling on car door handles in the lot last night, caught on my camera.",
        "The lobby button for the elevator sticks and you have to press it hard.",
        "Water pressure in the kitchen has been weak all week.",
        "Hot water takes forever to come to the upstairs bathroom.",
        "空调不太凉，屋里二十六度，有空来看看。",
        "昨天半夜有人在地库挨个拉车门，监控拍到了。",
        "电梯里18楼的按键按了不亮。",
        # session 22: "家里水压特别低，热水器都打不着。" left this list: a water heater that will
        # not light is no hot water, urgent (round 10's phrase; seven corpus lines label it so);
        # the phrase's own 不 had negated it until then (tests/triage/test_engine36.py)
    ],
)
def test_a_phrase_that_says_nothing_presses_is_normal(triage, body):
    """A steady phrase: the model alone makes it neither urgent nor an emergency."""
    assert triage(body).urgency == "normal"


def test_a_steady_phrase_does_not_hide_an_emergency(triage):
    """A mild temperature next to smoke from the vents: the emergency phrase wins."""
    body = "It's 72 inside but smoke is pouring out of the heater vents."
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "The elevator doors on 3 opened and there was no car, just the open shaft!",
        "5栋电梯门开了，里面是空的，下面就是电梯井，赶紧来人。",
    ],
)
def test_an_open_lift_shaft_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "An older man slipped on the wet lobby tiles and can't get up, he's holding his hip.",
        "外婆在楼梯口摔倒了，爬不起来，快派人过来帮忙。",
    ],
)
def test_someone_hurt_and_unable_to_get_up_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


def test_someone_who_did_not_fall_is_no_emergency(triage):
    assert triage("孩子在滑梯上差点摔倒，没摔倒，就是滑梯有点松。").urgency != "emergency"


def test_rain_only_on_rainy_days_is_not_pressing(triage):
    """天花板雨天就渗水: a leak that comes with the rain, not an emergency now."""
    result = triage("次卧天花板雨天就往下渗水，晴天是干的。")
    assert result.urgency == "normal"
    assert result.leak_related is True


def test_te_bie_is_no_negation(triage):
    """别 of 特别 negates nothing: 墙面特别潮 is still about moisture."""
    assert triage("北面墙特别潮，摸上去潮潮的，柜子里也有霉味。").leak_related is True


def test_a_break_in_days_ago_is_not_urgent(triage):
    body = "Two cars were broken into in the back lot over the weekend. Are the cameras working?"
    assert triage(body).urgency == "normal"


def test_the_word_emergency_does_not_make_a_topic_one(triage):
    """A weak 'emergency' word does not keep the model from a topic emergencies never have."""
    result = triage("Emergency!! The clubhouse TV doesn't work and the game is tonight.")
    assert result.urgency != "emergency"


# --------------------------------------------------------------------------- access, thanks, calls


def test_in_anyway_is_nobody_shut_out(triage):
    body = "My fob stopped working this morning. I got in with a neighbor, but I need it by Friday."
    assert triage(body).urgency == "normal"


def test_someone_in_my_space_is_access(triage):
    body = "A grey van has been parking in my reserved spot every night this week."
    assert triage(body).category == "access"


def test_calling_to_say_thanks_is_general(triage):
    body = "Called in to say thanks, the new gate clicker works perfectly."
    result = triage(body, channel="pre")
    assert result.category == "general"


def test_a_bathroom_door_handle_is_no_access(triage):
    assert triage("卫生间的门把手掉了，门关不上。").category != "access"


def test_a_repair_nobody_came_for_is_a_complaint(triage):
    body = "厨房灯报修十几天了，物业说排上了，到现在也没人来。"
    assert triage(body).category == "complaint"


def test_call_her_asks_for_a_call_and_someone_calling_me_does_not(triage):
    assert triage("楼下说天花板在滴水，麻烦派人看看，打她电话就行。").needs_callback is True
    assert triage("我老公刚给我打电话说家门口有人一直敲门。").needs_callback is False
    body = "物业，家里好像进贼了，儿子在家，刚刚给我打电话说听到响声。"
    assert triage(body).needs_callback is False


@pytest.mark.parametrize(
    "body",
    [
        "跟管家说一声，周末有朋友开车来，不用安排什么。",
        "各位管家过年好！",
        "夜班巡查：地库、楼道、消防通道均正常，无异常情况。",
    ],
)
def test_a_notice_a_greeting_and_a_night_log_are_low(triage, body):
    assert triage(body).urgency == "low"


def test_a_detectors_battery_asked_about_is_no_outage(triage):
    assert triage("烟感隔一会儿叫一声，是不是没电了？").urgency == "normal"


# --------------------------------------------------------------------------- the corpus


def _relabel():
    spec = importlib.util.spec_from_file_location("relabel_round14", RELABEL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.relabel


def test_the_corpus_follows_round_14s_label_convention():
    """A toilet that keeps running is not leak-related in every set: the script changes
    nothing more."""
    relabel = _relabel()
    for file in sorted(CORPUS.glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert relabel(row) == row, (file.name, row["id"])


def test_the_convention_relabels_what_it_names():
    relabel = _relabel()
    row = {
        "subject": "马桶",
        "body": "马桶水箱一直在流水，请换个配件。",
        "urgency": "normal",
        "leak_related": True,
    }
    assert relabel(row)["leak_related"] is False
    row["body"] = "马桶水箱一直在流水，地上都湿了。"
    assert relabel(row)["leak_related"] is True


def test_the_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files (blind14, round 14's honest measure, was not
    then; round 15 studied it and trains on it); blind13, studied in round 14, is."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind13.jsonl" in TRAINING_FILES
