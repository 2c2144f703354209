"""Round 13: from blind12's mistakes and probes of our own, Chinese urgency and false
emergencies first. A planned cut asked about is no outage (and a general question); the power
out now is urgent; a dry floor is no water cut and not a drop is no drip; dry now, a mark a
leak left and a month named date a leak; someone at it last night is gone; light out of a
socket is not water; records asked for are general; nothing wrong now, pests, no smoke, found
afterwards, a crack with nothing fallen, a worry, a mark with nothing dripping and a follow-up
calm the model; someone smoking in the lift is not trapped; water down a drain is not
spreading; broken glass alone is a repair; a tow today is urgent; fire naming equipment is no
fire; a gas pipe's leak is not water; a bracketed notice is a mass mailing. blind12 is
trained on since; blind13, this round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES


@pytest.mark.parametrize(
    "body",
    [
        "物业你好，下周二检修停电，电梯到时候还能坐吗？",
        "业主群说后天要停水，几点开始啊？",
        "通知说星期三计划停电，冰箱要不要提前清空？",
    ],
)
def test_a_planned_cut_asked_about_is_a_general_question(triage, body):
    """A cut announced for later, asked about, is no outage now: normal and general."""
    result = triage(body)
    assert result.urgency == "normal"
    assert result.category == "general"


def test_a_planned_outage_in_english_is_not_urgent(triage):
    """A scheduled outage asked about is not the power out now."""
    body = "Saw the notice of the planned power outage Thursday. Will the garage gate still open?"
    assert triage(body).urgency != "urgent"


@pytest.mark.parametrize(
    "body",
    [
        "我家突然停电了，邻居家有电，冰箱里好多菜。",
        "整栋楼没电了，楼道一片黑。",
        "Our building lost power about twenty minutes ago, the hallways are dark.",
        "The power went out in my unit only, the neighbors still have lights.",
    ],
)
def test_the_power_out_now_is_urgent(triage, body):
    """An outage now needs action today, whatever the model leans to (a strong phrase)."""
    assert triage(body).urgency == "urgent"


def test_the_power_out_with_someone_trapped_is_still_an_emergency(triage):
    """The strong urgent phrase does not hide an emergency phrase."""
    assert triage("停电了，电梯里困了两个人，按铃没反应。").urgency == "emergency"


def test_a_dry_floor_is_no_water_cut(triage):
    """地上没有水 says where water is not, not that the supply is off."""
    result = triage("洗手池龙头关不严，一直滴答，都滴进池子里了，柜子里没有水。")
    assert result.urgency == "normal"
    assert result.leak_related is True


def test_not_a_drop_is_no_drip(triage):
    """一滴水都没有 is a dry tap: no leak."""
    assert triage("厨房龙头拧开一滴水都没有，家里没水了。").leak_related is False


@pytest.mark.parametrize(
    "body",
    [
        "书房顶上是五月份楼上渗水弄的一块黄斑，现在摸着是干的，想重新刷一下。",
        "阳台顶上漏水留了一道印子，早就不漏了，麻烦安排补一下漆。",
    ],
)
def test_a_leak_dated_by_a_month_a_mark_or_dry_now_is_normal(triage, body):
    """A month named, a mark a leak left and dry now date the leak: normal, leak-related."""
    result = triage(body)
    assert result.urgency == "normal"
    assert result.leak_related is True


def test_a_leak_since_a_month_and_still_going_stays_an_emergency(triage):
    """The month dates nothing that goes on now."""
    result = triage("四月份开始楼上渗水，现在天花板一直往下滴水，越来越多。")
    assert result.urgency == "emergency"


def test_someone_at_the_cars_last_night_is_gone(triage):
    """Someone seen at it last night, with nobody there now, is no break-in in progress."""
    result = triage("前天晚上有人在车棚撬电动车的锁，今天早上才发现，调一下监控吧。")
    assert result.urgency != "emergency"
    assert result.category == "security"


def test_someone_at_the_door_now_stays_an_emergency(triage):
    """The past cue does not reach what is going on now."""
    assert triage("有个人正在撬隔壁的门，现在还在！").urgency == "emergency"


def test_light_out_of_a_socket_is_not_water(triage):
    """冒了一下蓝光 is a spark, not water coming out: an emergency, not leak-related."""
    result = triage("卧室墙上的开关刚才冒了一下蓝光，屋里有点焦糊味。")
    assert result.urgency == "emergency"
    assert result.leak_related is False


@pytest.mark.parametrize(
    "body",
    [
        "我们要把房子租出去，租客想看看以前的维修记录，物业能提供吗？",
        "Could you send us the repair history for unit 12? Our lender is asking.",
    ],
)
def test_records_asked_for_are_a_general_question(triage, body):
    assert triage(body).category == "general"


@pytest.mark.parametrize(
    "body",
    [
        "前天夜里楼下有动静，保安来看过了，现在没事，就是想晚上加强巡逻。",
        "小区里最近老鼠特别多，晚上在垃圾桶旁边窜来窜去。",
        "客厅的烟感半夜响了几声，没有烟也没有火，是不是坏了？",
        "We have roaches in the kitchen again, can you send the exterminator?",
    ],
)
def test_nothing_wrong_now_pests_and_no_smoke_are_no_emergency(triage, body):
    """Calming cues: the model alone does not make these emergencies."""
    assert triage(body).urgency != "emergency"


def test_a_smashed_car_window_found_in_the_morning_is_over(triage):
    """Found afterwards, with a police report: not an emergency now."""
    body = "Somebody broke my car window sometime overnight in the garage. Police report filed."
    assert triage(body).urgency != "emergency"


def test_someone_smoking_in_the_lift_is_not_trapped(triage):
    """电梯里有人抽烟 names someone in the lift doing something, not someone stuck."""
    assert triage("2栋电梯里老是有人抽烟，一进去全是烟味。").urgency != "emergency"


def test_someone_in_a_stopped_lift_stays_an_emergency(triage):
    assert triage("电梯停在两层中间，里面有人出不来。").urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "The kitchen faucet leaks a bit at the base but it all runs down the sink, no puddle.",
        "淋浴龙头关了还在滴，不过都流进地漏了，外面是干的。",
    ],
)
def test_water_going_down_a_drain_is_not_spreading(triage, body):
    """Water that goes down the drain or into the basin is contained: normal, leak-related."""
    result = triage(body)
    assert result.urgency == "normal"
    assert result.leak_related is True


def test_broken_glass_alone_is_a_repair_and_broken_by_someone_is_urgent(triage):
    """碎了 alone is no break-in; 被人砸碎了 is."""
    assert triage("楼道窗户的玻璃碎了一块，没伤到人，找人来换吧。").urgency == "normal"
    assert triage("我家一楼的窗户玻璃被人砸碎了，屋里东西不知道少没少。").urgency == "urgent"


def test_a_tow_set_for_today_is_urgent(triage):
    body = "A tow notice on my car says it goes at 4 today for the striping. I'm stuck at work."
    assert triage(body).urgency == "urgent"


@pytest.mark.parametrize(
    "body",
    [
        "The fire sprinkler pipe in the storage hallway drips a little into a pan we put there.",
        "The fire department came by for the annual inspection today and everything passed.",
    ],
)
def test_fire_naming_equipment_or_a_service_is_no_fire(triage, body):
    """A fire sprinkler, the fire department: look-alikes of a fire."""
    assert triage(body).urgency != "emergency"


def test_a_gas_pipe_leak_is_not_water(triage):
    """漏了 in a gas message (煤气味…是不是管子漏了) is gas: an emergency, not leak-related."""
    result = triage("灶台那边一股天然气味，是不是管子漏了，窗户已经打开了。")
    assert result.urgency == "emergency"
    assert result.leak_related is False


def test_a_gas_smell_and_a_water_pipe_leak_are_both_seen(triage):
    """The gas look-alike stops at water named between."""
    assert triage("燃气味很重，厨房水管也漏了，地上全是水。").leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "楼上厨房漏水，我家顶上有一小块印子，也没滴，想请人看看。",
        "燃气灶打不着，有点担心是不是漏气了，不过没闻到味。",
        "阳台顶上的瓷砖裂了一条缝，还没掉下来，找人看一下。",
        "上次楼上漏水的事情协调得怎么样了？一直没人回我。",
    ],
)
def test_a_mark_a_worry_a_crack_and_a_follow_up_are_no_emergency(triage, body):
    """Nothing dripping, a fear of a gas leak, nothing fallen, asking how a matter stands."""
    assert triage(body).urgency != "emergency"


def test_a_leak_with_nobody_caring_and_water_running_stays_an_emergency(triage):
    """没人管 is not 没滴: water going on now is still an emergency."""
    assert triage("楼上漏水没人管，水一直从天花板往下流。").urgency == "emergency"


def test_a_bracketed_notice_is_a_mass_mailing(triage):
    result = triage("【小区通知】本周四上午消防设施检测，警铃会响几次，请勿惊慌。")
    assert result.category == "non_human"
    assert result.urgency == "low"


@pytest.mark.parametrize(
    "body",
    [
        "The propane smell is gone now, the gas company came out and swapped the regulator.",
        "Our bike rack was cut sometime last night and two bikes are missing.",
        "Honestly you should fire the pool cleaning company, the water is never clear.",
        "The kids are so fired up about the new splash pad!",
    ],
)
def test_over_now_found_afterwards_and_fire_in_idioms_are_no_emergency(triage, body):
    """A smell gone and someone who fixed it, done sometime overnight, fire as a verb or an
    idiom: none is an emergency now."""
    assert triage(body).urgency != "emergency"


def test_a_detector_beeping_for_a_battery_is_a_repair(triage):
    """烟感一直响 with 应该是没电了: a battery to change, not smoke."""
    assert triage("走廊的烟感一直响，隔一会儿滴一下，估计是电池没电了。").urgency == "normal"


def test_the_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files (blind13, round 13's honest measure, was not
    then; round 14 studied it and trains on it); blind12, studied in round 13, is."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind12.jsonl" in TRAINING_FILES
