"""Round 6: Chinese look-alikes of an emergency (a running cistern, old traces of water, a
residual-current breaker, air-conditioner condensate, a planned water cut), recurring or
small or finished events, a past intruder, paint bubbling; and a stove left burning behind a
locked door."""

from __future__ import annotations

import pytest

# --------------------------------------------------------------------------- look-alikes


@pytest.mark.parametrize(
    "body",
    [
        "卫生间马桶水箱不停在流水，晚上听得很清楚，麻烦换个进水阀。",
        "储藏间墙角有漏水的痕迹，现在是干的，想知道原因。",
        "厨房的漏电开关一用微波炉就跳，请派电工看看。",
        "楼上的空调滴水到我家雨棚上，声音很响，能不能跟他们说一下。",
        "下周三要停水吗？几点恢复？",
    ],
)
def test_a_chinese_look_alike_is_not_an_emergency(triage, body):
    """Given a cistern, a trace, a breaker, condensate or a planned cut, then no emergency."""
    assert triage(body).urgency != "emergency"


# --------------------------------------------------------------------------- recurring, small, over


@pytest.mark.parametrize(
    "body",
    [
        "楼上一洗澡，每次我家卫生间顶上就渗水，量不大，想请物业协调一下。",
        "楼上漏水到我家已经第二次了，这次不大，请帮忙找他们谈谈。",
        "昨天暴雨车库入口有积水，现在已经退了，地上有泥，请安排保洁。",
        "洗衣机排水时卫生间顶上往下渗水，现在停了，请查一下原因。",
        "昨晚我的自行车被偷了，麻烦调一下监控。",
    ],
)
def test_a_recurring_small_or_finished_chinese_leak_is_not_an_emergency(triage, body):
    """Given water that comes every time, is small, has gone down or stopped, then no
    emergency."""
    assert triage(body).urgency not in ("emergency", "urgent")


@pytest.mark.parametrize(
    "body",
    [
        "每次楼上冲马桶，污水就从我家地漏往上冒，现在越来越多，已经漫到客厅了！",
        "楼上又漏水了，已经第三次了，水还在哗哗往下流！",
        "天花板在往下漏水，一直在滴，越来越快。",
    ],
)
def test_a_recurring_leak_going_on_now_is_still_an_emergency(triage, body):
    """Given a recurring leak that is getting worse now, then still an emergency."""
    assert triage(body).urgency == "emergency"


# --------------------------------------------------------------------------- English


def test_a_person_seen_last_night_is_not_an_emergency(triage):
    """Given someone seen trying car doors last night, then no emergency."""
    body = "A guy was trying car door handles in the garage last night. Could you add patrols?"
    assert triage(body).urgency != "emergency"


def test_someone_breaking_in_now_is_still_an_emergency(triage):
    """Given someone in a unit right now, then an emergency."""
    body = "Someone is inside unit 4B right now, the door is smashed and the owners are away."
    assert triage(body).urgency == "emergency"


def test_bubbling_paint_is_not_an_emergency(triage):
    """Given paint blistering by the shower and a guess at water, then no emergency."""
    body = "The paint by the shower is blistering and soft. Could be moisture behind it?"
    assert triage(body).urgency != "emergency"


# --------------------------------------------------------------------------- a stove left on


@pytest.mark.parametrize(
    "body",
    [
        "我家老人把自己反锁在屋里了，叫不应，屋里还开着煤气灶！",
        "燃气灶还开着，孩子把门锁在里面了，我进不去！",
    ],
)
def test_a_stove_burning_behind_a_locked_door_is_an_emergency(triage, body):
    """Given someone locked in with the stove on, then an emergency."""
    assert triage(body).urgency == "emergency"
