# ruff: noqa: E501
"""The second emergency inventory (scripts/triage/emergency_inventory2.md): the phrases written
for the kinds its first run missed and for its false alarms, each with fresh sentences (not the
corpus lines of inventory2.jsonl): the emergency and its harmless look-alike or its urgent
neighbour. inventory2.jsonl is trained on."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# ------------------------------------------------------------------ emergencies now caught

EMERGENCIES = [
    # a ceiling 'raining a little waterfall', understated (zh)
    "没什么大事，就是客厅吊顶在下小瀑布，正好浇在电视上，嘿嘿。",
    # 'they can't put it out' is no past
    "The kids' bonfire spread into the hedge by building 4 and the dads can't put it out, the flames are near the fence.",
    # a floor full of smoke, and fire or a lift entrapment in pinyin
    "8号楼三楼楼道里全是黑烟，什么都看不见。",
    "zhao huo le at block 6 kitchen, lots of smoke, come quick",
    "7号楼 dianti kun ren le，两个小孩在里面哭。",
    # someone slumped and not moving (zh)
    "地库B区一辆车里有个男的趴着不动，车窗关着，车还开着空调。",
    # someone throwing things down from a high floor now (zh)
    "5栋高层有人正在往楼下扔砖头，已经砸坏一辆车了，下面还有人走。",
    # a leg pinned (zh)
    "仓库的铁货架倒下来，搬运工的腿被压住了，几个人都抬不动。",
    # a building moving, cracks opening as one watches (zh)
    "地铁施工挖到我们楼下，整栋楼在往下沉，墙上的裂缝眼看着开裂变宽。",
    # a door that has caught a child's hand
    "The automatic door at the gym caught my daughter's fingers and it is still pressing on them.",
    # someone locked in a compactor room or a freezer
    "Our cook is locked inside the walk-in freezer at the clubhouse and the handle inside snapped off.",
    # a lift entrapment in shorthand
    "FD NOTE: ELEVATOR B STOPPED BTWN 2 & 3, MAN W/ WHEELCHAIR INSIDE, ALARM RINGING",
    # someone confused or burning up in the heat
    "It's 40 degrees and the AC in 6A has been off all day; my grandmother is confused and burning up.",
    "连着几天高温，隔壁独居的阿婆家没开空调，刚才去看她已经说胡话了。",
    # many people vomiting after a meal
    "After the potluck in the community room several of the guests are vomiting and one boy can't stand up.",
    "业主聚餐后好几个人都在吐，有个老人已经站不起来了。",
    # a wild animal among people now
    "A black bear is in the dumpster corral right now and a group of kids is standing ten feet away.",
    # a bat bite (zh)
    "半夜卧室里飞进来一只蝙蝠，老公手背上有两个小咬痕。",
    # a small child alone at the water's edge
    "A little boy is wandering by the lake on his own, right at the edge of the water, no parent in sight.",
    "有个小朋友一个人跑到了小区人工湖边上，周围没有大人。",
    # a child under the pool cover
    "My nephew went under the spa cover and I can't lift it off him!",
    "孩子从游泳池盖布下面钻进去了，我们掀不开。",
    # petrol running out near a lit cigarette (zh)
    "地库里那辆摩托车在漏汽油，流到了过道中间，旁边有个人正在抽烟。",
    # someone who has just fainted
    "A guest at the front desk just fainted and hit her head on the counter.",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_the_kinds_the_first_run_missed_are_emergencies(triage, text):
    assert triage(text, subject="").urgency == "emergency"


# -------------------------------------------------------------- look-alikes, no emergency

LOOKALIKES = [
    # a fire hose cabinet, a fire exit door or the fire rules are no fire
    ("Can the fire hose reel on level 3 be moved? It sticks out into the walkway.", ""),
    ("Is a rug in front of the fire exit door against the rules?", ""),
    # 漏 as 'missed out' is no leak (zh)
    ("这个月保洁又漏了我们这户，门口的垃圾没收。", ""),
    ("快递员老是漏送我们家那件，麻烦问一下。", ""),
    # a CO alarm with a flat battery (zh)
    ("", "一氧化碳报警器电量低一直叫"),
    # a barrier dented by a car is no one hit by a car (zh)
    ("车库入口的防撞柱被车撞歪了一点，有空扶正一下。", ""),
    # a 'bomb' in a joke or a figure of speech (zh)
    ("物业费涨价简直是重磅炸弹，大家都在群里讨论。", ""),
    # a smell of rotten eggs after the bin men is the bins
    (
        "The alley reeks of rotten eggs after the garbage truck comes on Tuesdays, can it be washed?",
        "",
    ),
    ("每次清运完，垃圾站门口都是一股臭鸡蛋味，能不能冲一冲？", ""),
    # a DJ who set the place alight is noise
    ("The band at the party in 3C set the place on fire last night, bass until 1 am.", ""),
    ("楼下酒吧的歌手把全场都点燃了，一直唱到凌晨。", ""),
    # 'if we ever smell gas' is a question
    ("In case anyone smells gas at night, is there an emergency number for the building?", ""),
    ("要是以后闻到燃气味，第一时间该关哪个阀门？", ""),
]


@pytest.mark.parametrize(("body", "subject"), LOOKALIKES)
def test_the_look_alikes_are_no_emergency(triage, body, subject):
    assert triage(body, subject=subject).urgency != "emergency"


def test_the_things_still_an_emergency_beside_their_look_alikes(triage):
    assert (
        triage("The fire exit stairwell is full of smoke and we can hear crackling.").urgency
        == "emergency"
    )
    assert triage("楼上卫生间又漏了，水顺着灯往下滴，越滴越多。").urgency == "emergency"
    assert triage("", subject="一氧化碳报警器响了，全家都头疼").urgency == "emergency"
    assert triage("小区门口一个老人被车撞倒了，躺在地上起不来。").urgency == "emergency"
    assert (
        triage("There's a strong smell of rotten eggs by the gas meter on building 2.").urgency
        == "emergency"
    )


# ------------------------------------------------------------------- urgent neighbours


def test_a_lift_stopped_with_nobody_in_it_is_urgent(triage):
    en = triage(
        "The service elevator in tower B stopped between floors overnight; no one was inside, but movers are booked today."
    )
    assert en.urgency != "emergency"
    zh = triage("3号楼的电梯卡在五楼六楼之间了，里面没人，今天老人上下楼不方便。")
    assert zh.urgency != "emergency"


def test_a_lift_stopped_with_someone_inside_is_still_an_emergency(triage):
    zh = triage("3号楼的电梯卡在五楼六楼之间了，里面有人在拍门喊救命。")
    assert zh.urgency == "emergency"


def test_the_gas_shut_off_and_safe_now_is_no_emergency(triage):
    result = triage(
        "煤气公司来查过漏气，师傅把燃气表关了，现在安全了，就是今天做不了饭，麻烦安排修。"
    )
    assert result.urgency != "emergency"


def test_a_septic_tank_nearly_full_is_no_overflow(triage):
    assert triage("小区东边的化粪池快要满了，今天能不能叫车来抽？").urgency != "emergency"
    assert triage("东边的化粪池满了，粪水从井盖往外冒。").urgency == "emergency"


def test_a_fire_put_out_is_still_past(triage):
    result = triage("Small fire on the stove earlier, my husband put it out with a lid, no damage.")
    assert result.urgency != "emergency"


# ------------------------------------------------------------------ other fields


def test_a_ceiling_waterfall_is_a_leak(triage):
    assert triage("卧室天花板在下瀑布，床都湿了。").leak_related is True


def test_pinyin_fire_is_maintenance(triage):
    assert triage("qi huo le in bldg 2 car park, black smoke").category == "maintenance"


def test_a_question_about_the_newsletter_is_no_newsletter(triage):
    result = triage(
        "Could the newsletter also list the pool hours? Also the hallway light on 4 is out.",
        subject="Pool hours",
    )
    assert result.category != "non_human"


def test_inventory2_is_trained_on():
    assert "inventory2.jsonl" in TRAINING_FILES


@pytest.mark.parametrize(
    "body",
    [
        "保洁上周漏了我们那片，楼道没拖。",
        "The underwater camera at the dive pool stopped recording, can the vendor look?",
        "The recycling bins behind block C are overflowing, could pickup come early?",
        "The gas company engineer came about the leak on the street main and left a card.",
        "年底了事情多得要把我淹没了，物业费能下个月再交吗？",
        "出差前想问问总阀在哪，防止家里漏水没人知道。",
    ],
)
def test_no_water_in_these(triage, body):
    assert triage(body).leak_related is False


def test_water_still_a_leak_beside_those(triage):
    assert triage("楼上又漏了，厨房顶上在滴水。").leak_related is True
    assert (
        triage(
            "The pool pump room is flooding and water is running out under the door."
        ).leak_related
        is True
    )
