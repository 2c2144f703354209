# ruff: noqa: E501
"""Engine fixes of session 22 (engine36), with fresh sentences, each kind beside its look-alike
or its real emergency:
a. a negation inside a trigger's span negates it only when it governs the phrase's next word
   (not the phrase's own "not", not across a clause, not before a word of stopping: 没熄火,
   未停过), and "no <noun>" before a trigger negates it;
b. Cantonese is read in Mandarin words, one character for one (唔 不, 冇 没, 咗 了, 喺 在; 唔该 is
   no negation; 有冇 asks);
c. a category trigger of just an 'any' look-alike's words is not hidden by it (房车拖车);
d. a burnt smell left by a fire that is out is a residue, normal (urgent when asked today).
engine36.jsonl is this session's honest probe and is never trained on."""

from __future__ import annotations

import pytest

from caredesk.triage.rules import text_lower
from caredesk.triage.training import TRAINING_FILES


def _hits(shipped_rules, text: str):
    return shipped_rules.match(text=text_lower(text), source="message")


def _statuses(shipped_rules, text: str, field: str, value: str) -> set[str]:
    return {
        h.status
        for h in _hits(shipped_rules, text)
        if h.phrase.field == field and h.phrase.value == value and h.phrase.kind == "trigger"
    }


def test_the_probe_is_never_trained_on():
    assert "engine36.jsonl" not in TRAINING_FILES


# ------------------------------------------------------------ a. negation inside a span


def test_a_negation_inside_the_span_before_the_event_negates_it(triage):
    result = triage(
        "The socket by the bathroom mirror isn't sparking, it just wobbles when I plug in the dryer. Could it be tightened on the next visit?",
        subject="Loose socket",
    )
    assert result.urgency != "emergency"


def test_the_socket_sparking_is_still_an_emergency(triage):
    result = triage(
        "The socket by the bathroom mirror is sparking and the plate is hot to the touch.",
        subject="Socket",
    )
    assert result.urgency == "emergency"


def test_a_negation_that_governs_another_word_in_the_span_does_not_negate(triage):
    result = triage(
        "The socket that nobody has used in months is sparking and crackling right now.",
        subject="Spare room socket",
    )
    assert result.urgency == "emergency"


def test_the_phrases_own_not_is_no_negation(triage):
    result = triage(
        "My father tripped on the loose stair rod and can't get up, he's lying at the bottom of the stairs.",
        subject="Fall",
    )
    assert result.urgency == "emergency"


def test_no_water_coming_through_the_ceiling_any_more(triage):
    result = triage(
        "There's no water coming down through the kitchen ceiling any more since 7C fixed their dishwasher, only a yellow ring. Who repaints it?",
        subject="Kitchen ceiling",
    )
    assert result.urgency != "emergency"
    assert result.leak_related is True


def test_water_coming_through_the_ceiling_now_is_an_emergency(triage):
    result = triage(
        "Water is coming down through the kitchen ceiling onto the stove and the counter, faster every minute.",
        subject="Kitchen ceiling",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_a_negation_in_an_earlier_clause_of_the_span_does_not_negate_zh(shipped_rules):
    # 没 governs 熄 (the engine is still running), not the person out cold: the phrase holds it
    statuses = _statuses(
        shipped_rules,
        "车库卷帘门拉下来了，里面的车一直没熄火，我爸在驾驶座上叫不醒。",
        "urgency",
        "emergency",
    )
    assert "active" in statuses


def test_an_engine_left_running_with_someone_out_cold_is_an_emergency_zh(triage):
    result = triage(
        "地库车位上那辆车没熄火，车窗关着，司机趴着叫不醒。",
        subject="地库",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_nobody_trapped_in_the_lift_is_still_negated_zh(triage):
    result = triage("3栋电梯里没有人被困，就是停在九楼不动了。", subject="3栋电梯")
    assert result.urgency != "emergency"


def test_a_negation_right_before_the_event_negates_it_zh(triage):
    result = triage("厨房热水器没有漏水，就是洗澡时水忽冷忽热，想约师傅看看。", subject="热水器")
    assert result.urgency != "emergency"
    assert result.leak_related is False


def test_the_water_heater_leaking_now_is_an_emergency_zh(triage):
    result = triage("厨房热水器底下一直在漏水，地上全湿了，水还在往客厅流。", subject="热水器")
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_a_water_heater_that_will_not_light_is_urgent_zh(triage):
    # round 10's phrase (热水器…打不着: no hot water is urgent) was negated by its own 不 until
    # session 22; round 14 had listed this sentence as normal on that account
    assert triage("家里水压特别低，热水器都打不着。").urgency == "urgent"


def test_a_stove_that_will_not_light_is_normal_zh(triage):
    assert (
        triage("燃气灶有一个眼打不着，其他的都好，没闻到味道，这周能来看看吗？").urgency == "normal"
    )


def test_a_branch_not_fallen_yet_stays_negated_zh(shipped_rules):
    # 没 right before 掉 (one of the phrase's words) negates the fallen-tree phrase
    statuses = _statuses(
        shipped_rules, "楼前的树枝被风刮断了，还没掉，车已经开走了。", "urgency", "emergency"
    )
    assert "active" not in statuses


# ------------------------------------------------------------ b. Cantonese


def test_cantonese_is_read_in_mandarin_words():
    assert text_lower("唔该快啲嚟，厨房水浸咗") == "麻烦快啲来，厨房水浸了"
    assert text_lower("佢困咗喺𨋢度") == "他困了在䢂度"
    assert len(text_lower("冇水漏喇，唔使嚟")) == len("冇水漏喇，唔使嚟")


def test_flooding_in_cantonese_is_an_emergency(triage):
    result = triage("洗手间水浸咗，水仲喺度漫出嚟，流咗落走廊。", subject="水浸")
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_a_leak_stopped_in_cantonese_is_no_emergency(triage):
    result = triage(
        "之前洗手间漏水，师傅已经整好咗，而家唔漏喇，想约人嚟睇吓墙身。", subject="漏水"
    )
    assert result.urgency != "emergency"
    assert result.leak_related is True


def test_a_fire_in_cantonese_is_an_emergency(triage):
    result = triage("楼下间铺头着咗火，成条走廊都系烟，我哋出唔到去。", subject="火")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_no_fire_in_cantonese_is_no_emergency(triage):
    result = triage(
        "楼下间铺头煎嘢搞到火警钟响，其实冇着火，想问个警钟可唔可以调吓。", subject="火警钟"
    )
    assert result.urgency != "emergency"


def test_trapped_in_a_lift_in_cantonese_is_an_emergency(triage):
    result = triage("我阿爷困咗喺𨋢度，部𨋢停喺七楼同八楼中间，佢话好焗。", subject="困𨋢")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_lift_out_with_nobody_inside_in_cantonese_is_no_emergency(triage):
    result = triage(
        "C座部𨋢坏咗，冇人困喺入面，不过我妈妈行唔到楼梯，今日可唔可以整好？", subject="𨋢"
    )
    assert result.urgency == "urgent"


def test_never_stopped_is_no_negation_in_cantonese(triage):
    result = triage("睡房天花一路滴水，未停过，个桶都满咗。", subject="天花")
    assert result.urgency == "emergency"


def test_not_dripped_again_is_a_negation_in_cantonese(triage):
    result = triage("睡房天花修好之后未再滴过水，想约人嚟油返。", subject="天花")
    assert result.urgency != "emergency"
    assert result.leak_related is True


@pytest.mark.parametrize("text", ["有冇水漏呀？我想确认吓。", "露台有没漏水？"])
def test_a_question_with_you_mei_is_no_negation(shipped_rules, text):
    assert "negated" not in _statuses(shipped_rules, text, "leak_related", "true")


# ------------------------------------------------------------ c. overlapping triggers


def test_an_rv_trailer_parked_for_weeks_is_a_violation_zh(triage):
    result = triage("一辆房车拖车在访客车位停了五个星期了，谁家的？", subject="访客车位")
    assert result.category == "violation"
    assert result.urgency == "normal"


def test_a_tow_under_way_is_still_urgent_access_zh(triage):
    result = triage("拖车正在把我停在自己车位上的车拖走，快叫他们停下！", subject="拖车")
    assert result.urgency == "urgent"
    assert result.category == "access"


# ------------------------------------------------------------ d. a smell left by a fire


def test_a_burnt_smell_after_a_fire_put_out_is_normal(triage):
    result = triage(
        "The fire in 5C was put out this morning. Our landing still smells burnt. Could someone air it out this week?",
        subject="Landing",
    )
    assert result.urgency == "normal"


def test_a_burnt_smell_after_a_fire_asked_today_is_urgent(triage):
    result = triage(
        "The fire in 5C was put out this morning and our landing still smells burnt. We have a newborn coming home tonight, could someone come today to air it out?",
        subject="Landing",
    )
    assert result.urgency in ("urgent", "normal")
    assert result.urgency != "emergency"


def test_a_smell_of_a_fire_a_day_gone_by_is_no_emergency(triage):
    result = triage("The lobby still smells of smoke from Tuesday's fire.", subject="Lobby")
    assert result.urgency != "emergency"


def test_a_burning_smell_growing_after_the_fire_is_an_emergency(triage):
    result = triage(
        "The fire in 5C was put out this morning, but now the burning smell on the landing is getting stronger again.",
        subject="Landing",
    )
    assert result.urgency == "emergency"


def test_a_melted_outlet_that_still_smells_is_an_emergency(triage):
    result = triage(
        "The outlet behind the fridge popped and melted. It still smells like burning plastic.",
        subject="Outlet",
    )
    assert result.urgency == "emergency"


def test_a_burnt_smell_after_a_fire_put_out_is_no_emergency_zh(triage):
    result = triage(
        "前天地库有辆车烧起来，消防已经扑灭了，今天地库里的焦味还没散，能不能多开一会儿排风？",
        subject="地库焦味",
    )
    assert result.urgency != "emergency"


def test_a_burning_smell_growing_with_smoke_is_an_emergency_zh(triage):
    result = triage(
        "前天地库有辆车烧起来，消防已经扑灭了，可是今天焦味越来越浓，配电箱又开始冒烟了。",
        subject="地库焦味",
    )
    assert result.urgency == "emergency"


def test_a_gas_smell_is_never_a_residue(triage):
    result = triage(
        "The small fire on the stove was put out, but the kitchen still smells of gas.",
        subject="Kitchen",
    )
    assert result.urgency == "emergency"
