"""Round 5: greetings are low, calls that are not asked of us, condensation and flat
batteries, the job named in a work order's reference, something about to fall."""

from __future__ import annotations

import pytest

# --------------------------------------------------------------------------- greetings


@pytest.mark.parametrize(
    "body",
    [
        "新年快乐！祝物业全体工作人员身体健康！",
        "停车的事多谢帮忙，周末愉快！",
        "给大家拜个早年，春节快乐！",
        "Happy holidays to everyone at the office!",
        "Merry Christmas and thanks for a great year.",
    ],
)
def test_a_greeting_with_nothing_asked_is_low(triage, body):
    """Given only good wishes, then low."""
    assert triage(body).urgency == "low"


@pytest.mark.parametrize(
    "body",
    [
        "新年快乐！厨房水龙头坏了，能不能这周来修一下？",
        "Happy new year! The kitchen faucet is broken, could someone look at it this week?",
    ],
)
def test_a_greeting_before_a_request_is_not_low(triage, body):
    """Given good wishes followed by a request, then the request decides."""
    assert triage(body).urgency != "low"


def test_a_greeting_does_not_calm_an_emergency(triage):
    """Given good wishes and water pouring through the ceiling, then still an emergency."""
    result = triage("新年快乐，客厅天花板在往下哗哗流水，越来越多！")
    assert result.urgency == "emergency"


# --------------------------------------------------------------------------- call-back


@pytest.mark.parametrize(
    "body",
    [
        "我儿子一个人被困在6栋电梯里了，他打电话给我一直哭，请马上派人！",
        "我目前休假，邮件暂时无法回复，紧急事项请联系我的同事。",
        "A tow truck is hooking up my car in the guest lot right now. Please call them off!",
        "They're towing my car right now. Please call the tow company!",
    ],
)
def test_a_call_not_asked_of_us_is_no_call_back(triage, body):
    """Given a call someone made, or one asked of a third party, then no call-back."""
    assert triage(body).needs_callback is False


@pytest.mark.parametrize(
    "body",
    ["水管漏了，请打个电话给我，13812345678。", "Please call me back about the leak."],
)
def test_a_call_asked_of_us_is_still_a_call_back(triage, body):
    assert triage(body).needs_callback is True


# --------------------------------------------------------------------------- look-alikes


def test_a_flat_smoke_detector_battery_is_not_urgent(triage):
    """Given 烟感 ... 没电了 a few words apart, then not a power cut."""
    result = triage("卧室的烟感一直滴滴响，应该是没电了，没有烟，能来换个电池吗？")
    assert result.urgency == "normal"


def test_condensation_is_moisture_not_a_flood(triage):
    """Given 很多水汽 on a window, then leak-related (moisture) but not an emergency."""
    result = triage("冬天卧室窗户每天早上都有很多水汽，窗台有点发霉。")
    assert result.urgency != "emergency"
    assert result.leak_related is True


def test_an_advert_is_not_a_flood(triage):
    """Given 水漫金山 in an advert, then not a leak (an advert says nothing is wet)."""
    result = triage("水漫金山大促销！全场三折，仅限本周末。")
    assert result.leak_related is False
    assert result.urgency != "emergency"


def test_the_idiom_at_home_is_still_a_flood(triage):
    """Given 水漫金山 said of one's home (the usual sense), then a flood."""
    result = triage("家里水漫金山了，客厅全是水！")
    assert result.leak_related is True
    assert result.urgency == "emergency"


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "工单5630需要入户",
            "工单5630（9栋903天花板漏水）：明天上午9点需要入户开吊顶，请和业主确认。",
        ),
        (
            "WO 7712",
            "Work order 7712 (water pouring through ceiling, unit 4): access needed Friday.",
        ),
    ],
)
def test_the_job_named_in_a_work_order_reference_is_not_happening_now(triage, subject, body):
    """Given a vendor's update naming the leak it is about, then not an emergency, still a leak."""
    result = triage(body, subject=subject)
    assert result.urgency != "emergency"
    assert result.leak_related is True


def test_something_about_to_fall_is_an_emergency(triage):
    body = "大风把阳台的玻璃窗吹松了，整扇窗在晃，下面就是主干道，随时可能掉下去。"
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "来电人：保安\n电话：13044445555\n房号：阳光嘉园8栋\n内容：8栋电表井冒烟，整栋楼停电。",
        "来电人：周女士\n电话：13566667777\n房号：9栋502\n内容：厨房一直有煤气味，请马上派人。",
    ],
)
def test_a_phone_message_that_asks_for_no_call_is_no_call_back(triage, body):
    """Given a PRE about an emergency with no call asked for, then the model alone (which
    leans toward a call for PREs) does not decide a call-back."""
    assert triage(body, subject="电话留言", channel="pre").needs_callback is False


def test_a_call_asked_for_through_someone_else_is_a_call_back(triage):
    body = "Caller: Ed Moss\nPhone: 555-0432\nMessage: Wants the manager to call about his roses."
    assert triage(body, channel="pre").needs_callback is True


# --------------------------------------------------------------------------- slow damage


@pytest.mark.parametrize(
    "body",
    [
        "卫生间的墙皮鼓包了，一碰就掉。",
        "次卧的墙纸鼓起来了，里面好像有水。",
        "北面墙角发霉了，还有点潮。",
    ],
)
def test_slow_damage_is_leak_related_but_not_an_emergency(triage, body):
    """Given a bubbling wall, mould or damp and no water moving, then the model alone does
    not make an emergency of it (a 'contained' cue of weight 1.5 calms the message)."""
    result = triage(body)
    assert result.urgency != "emergency"
    assert result.leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "客厅天花板往下流水，墙都发霉了。",
        "天花板在滴水，越滴越快，墙皮都鼓包了。",
        "卧室墙角突然往外冒水，墙皮鼓包破了，水流到地板上。",
    ],
)
def test_slow_damage_does_not_calm_water_moving_now(triage, body):
    """Given water moving now next to mould or a bubbling wall, then still an emergency (a
    cue of weight 1.5 calms only the weak triggers of its sentence)."""
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body", ["楼上洗澡的时候我家卫生间顶上会滴几滴水。", "下雨天窗框偶尔滴几滴水进来。"]
)
def test_a_few_drops_now_and_then_are_not_an_emergency(triage, body):
    result = triage(body)
    assert result.urgency != "emergency"
    assert result.leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "楼上邻居家的空调水一直滴到我家窗外的铁架上，叮叮当当的。",
        "淋浴房的玻璃门下面老是往外渗水，洗完澡地上一滩。",
        "暖气片的放气阀一直在滴水，我放了个杯子。",
        "燃气热水器下面有水滴，不多。",
        "地下室墙壁一直潮乎乎的，有股霉味。",
        "空调管穿墙的洞下雨会渗水进来，墙上有一道水痕。",
    ],
)
def test_chinese_drips_damp_and_habits_are_not_emergencies(triage, body):
    """Given air-conditioner water, a drip caught in a cup, damp, or water only after a
    shower or when it rains, then leak-related but not an emergency."""
    result = triage(body)
    assert result.urgency != "emergency"
    assert result.leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "楼上漏水，水顺着我家中央空调出风口往下流，地上湿了一大片，还在流。",
        "天花板漏水好几个月了，今天突然开始哗哗往下流。",
        "客厅天花板在往下滴水，越滴越快，放了个盆接着。",
        "墙上的水印越来越大，现在开始往下淌水了。",
        "用盆接都接不住，天花板的水越来越多。",
    ],
)
def test_chinese_water_moving_now_stays_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "楼道里的消防栓玻璃碎了，有安全隐患。",
        "外墙有一块瓷砖松了，还没掉。",
        "小区游乐场的滑梯有个螺丝掉了，怕孩子受伤。",
    ],
)
def test_a_hazard_or_a_fear_of_harm_is_not_an_emergency(triage, body):
    assert triage(body).urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    ["孩子在游乐场摔倒受伤了，在流血。", "电线冒烟了，担心会着火，现在有焦味。"],
)
def test_harm_happening_is_still_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "The smoke detector in the hallway was installed crooked, can someone fix it?",
        "A tree branch is hanging low over the sidewalk.",
        "The caulk around my tub is cracked and water gets behind the tiles.",
        "My water heater is making popping noises and there's a tiny puddle under it.",
    ],
)
def test_english_slow_damage_and_risks_are_not_emergencies(triage, body):
    assert triage(body).urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "The smoke detector is going off and I smell something burning.",
        "My smoke detector went off and the kitchen is full of smoke.",
        "There is mold everywhere and now water is pouring through the ceiling.",
    ],
)
def test_english_emergencies_next_to_those_words_stay(triage, body):
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body, expected",
    [
        ("方便的话给我来个电话，谢谢。", True),
        ("能不能请管家联系一下我？", True),
        ("请转告维修师傅，来之前先打电话给我老婆，她在家。", False),
        ("维修师傅到了以后给我打个电话，我下楼开门。", False),
    ],
)
def test_chinese_call_back_wording(triage, body, expected):
    assert triage(body).needs_callback is expected
