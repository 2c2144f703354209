# ruff: noqa: E501
"""Round 48: from blind50's mistakes, with fresh sentences, each kind beside its look-alike or its
real emergency. False alarms: a vendor who found a leak's source and asks for access today (both
languages), a person seen last night, a ceiling seep falling drop by drop (zh), oil poured into a
storm drain (zh, no leak either). Leaks: rain water already under a door whatever the forecast, a
drip that has not come back since its fix, a vendor's closing notice of a waterproofing job (zh,
work_order_update, not a mass mailing). Category: people poisoned by a substance taken for food
(zh) and a child shut in a washing machine (zh) are maintenance. Round 47's leftovers: a gas
meter's cracked case with no smell is no emergency (zh); an allergic reaction is maintenance.
Kinds of lines the retrain on blind50 moved (water back on, an electrician's fix, an inspection
found sound, a vendor who could not get in, a wall or beam giving way, a main burst on the news,
a septic tank, a tap that will not shut off, sprinklers on a wrong timer). Round 48's label
convention (relabel_round48.py) and the sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from caredesk.triage.training import NEVER_TRAINED, TRAINING_FILES
from tests.triage.corpus_rows import relabel_dry_run, trained_rows

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"

# (subject, body, field, expected)
ROWS = [
    # a vendor who found a leak's source and asks for access today: urgent, no emergency
    (
        "Job 4471 - need entry",
        "Tech on site at Birch Court. Found the cause: the fridge's water line is leaking into the wall behind it and it's coming through 1A's ceiling. Need access to 2A today to cap it. Please set it up.",
        "urgency",
        "urgent",
    ),
    (
        "Job 4471 - need entry",
        "Tech on site at Birch Court. Found the cause: the fridge's water line burst in the wall and water is pouring through 1A's ceiling light, we can't find the shutoff. Need access to 2A now.",
        "urgency",
        "emergency",
    ),
    (
        "维修单-厨房水管",
        "8栋2单元厨房墙里的给水管接头一直在渗，需要今天下午进1202关阀换接头，请物业联系业主回来开门。",
        "urgency",
        "urgent",
    ),
    (
        "维修单-厨房水管",
        "8栋2单元厨房墙里的给水管爆了，水一直往外喷，楼下已经淹了，请物业马上联系业主开门。",
        "urgency",
        "emergency",
    ),
    # a person seen last night, reported after: normal
    (
        "Someone in the bike room",
        "Last night around 11 my husband saw a guy in a hoodie walking along the bike racks trying the locks. Nothing's missing as far as we know. Could you check the camera?",
        "urgency",
        "normal",
    ),
    (
        "Someone in the bike room",
        "Someone in the bike room is cutting a lock right now, he's still in there with bolt cutters.",
        "urgency",
        "emergency",
    ),
    # a ceiling seep falling drop by drop, asked about for today: urgent
    (
        "卫生间顶上滴水",
        "楼上卫生间往我家渗水，吊顶湿了一块，一滴一滴往下掉，楼上住户出差了联系不上，能不能今天帮忙联系一下？",
        "urgency",
        "urgent",
    ),
    (
        "阳台顶上滴水",
        "楼上阳台往我家渗水，刚开始一滴一滴往下掉，现在越来越快，顶上的灯里也在滴了。",
        "urgency",
        "emergency",
    ),
    # oil or chemicals poured into a storm drain: no emergency, no leak
    (
        "雨水口有人倒油",
        "南门那家汽修店的伙计现在正往路边雨水口里倒废机油，倒了好几桶，油一直流到小区外面的河里去了。",
        "urgency",
        "urgent",
    ),
    (
        "雨水口有人倒油",
        "南门那家汽修店的伙计现在正往路边雨水口里倒废机油，倒了好几桶，油一直流到小区外面的河里去了。",
        "leak_related",
        False,
    ),
    (
        "车库漏水",
        "车库顶上的消防水管爆了，水一直流到车位上，好几辆车都泡在水里。",
        "urgency",
        "emergency",
    ),
    # rain water already under a door: a leak whatever the forecast
    (
        "Water at my door",
        "The gutter drain by unit 12 is blocked and rainwater is pooled against my front door, some already under it onto the mat. More rain is forecast for tomorrow.",
        "leak_related",
        True,
    ),
    (
        "Drain before the storm",
        "The gutter drain by unit 12 looks blocked. Heavy rain is forecast for tomorrow, could someone clear it first?",
        "leak_related",
        False,
    ),
    # a drip that has not come back since its fix: leak-related
    (
        "Re: drip in the laundry",
        "Update on the laundry sink: Joe replaced the washer and it hasn't dripped since Friday. The shelf under it has swelled up, could someone swap it next week?",
        "leak_related",
        True,
    ),
    (
        "Faucet question",
        "Our bathroom faucet has never given trouble, I just want to know if we may swap it for a taller one ourselves.",
        "leak_related",
        False,
    ),
    # a vendor's closing notice of a waterproofing job: work_order_update, leak-related
    (
        "完工通知-703",
        "【完工通知】3栋703厨房地面防水已重做，闭水试验48小时后到603查看，吊顶干燥无渗漏，本单关闭。",
        "category",
        "work_order_update",
    ),
    (
        "完工通知-703",
        "【完工通知】3栋703厨房地面防水已重做，闭水试验48小时后到603查看，吊顶干燥无渗漏，本单关闭。",
        "leak_related",
        True,
    ),
    (
        "停水通知",
        "【物业通知】本周四上午9点至12点小区停水检修，请各位业主提前储水。",
        "category",
        "non_human",
    ),
    # people poisoned by a substance taken for food: maintenance
    (
        "来电-保洁班长",
        "来电人：李班长\n电话：138****1177\n小区：阳光嘉园\n留言：保洁休息室中午煮面，把一包亚硝酸盐当成盐放了，吃了面的两个阿姨嘴唇发紫，有一个已经站不稳了。请马上回电。",
        "category",
        "maintenance",
    ),
    (
        "来电-保洁班长",
        "来电人：李班长\n电话：138****1177\n小区：阳光嘉园\n留言：保洁阿姨在花园里晕倒了，叫不醒，嘴唇发紫。请马上回电。",
        "category",
        "security",
    ),
    # a child shut inside a washing machine: maintenance (entrapment)
    (
        "孩子在洗衣机里",
        "我家三岁的女儿钻进了滚筒洗衣机，门自己扣上了，现在锁死打不开，她在里面哭。7栋502。",
        "category",
        "maintenance",
    ),
    (
        "孩子在车里",
        "地库里一辆车里锁着一个小孩，车门打不开，孩子一直在哭，车主不知道去哪了。",
        "category",
        "security",
    ),
    # round 47's leftover: a gas meter's cracked case with no smell is no emergency
    ("泳池燃气表", "泳池入口旁边的煤气表表盖裂开了一条缝，刚发现的。", "urgency", "normal"),
    (
        "网球场边燃气表",
        "网球场旁边那个燃气表的表壳裂了，闻到很重的煤气味，还有嘶嘶的声音。",
        "urgency",
        "emergency",
    ),
    # round 47's leftover: an allergic reaction is maintenance
    (
        "Picnic at the pavilion",
        "Thanks for setting up the picnic! My son just ate a brownie that had walnuts and his lips are swelling and he's wheezing. We're at the pavilion.",
        "category",
        "maintenance",
    ),
    (
        "Bee at the picnic",
        "At the block picnic a man was stung by a bee and now his face is swelling up and he's gasping, someone bring an EpiPen.",
        "category",
        "maintenance",
    ),
    # kinds of lines the retrain moved: no leak
    (
        "Water's on",
        "Just confirming the water is back on in building C after this morning's shutoff. Thanks.",
        "leak_related",
        False,
    ),
    (
        "Water back in",
        "Since the shutoff ended the water is back and now it's running down the inside of my bathroom wall.",
        "leak_related",
        True,
    ),
    (
        "Thanks",
        "The electrician came by this afternoon and the porch light works fine now. Thanks, feel free to close it.",
        "leak_related",
        False,
    ),
    (
        "Thanks",
        "Thanks to the plumber who fixed the drip under my sink, the cabinet is dry now. Feel free to close it.",
        "leak_related",
        True,
    ),
    (
        "谢谢师傅",
        "电工师傅下午来过了，楼道的开关已经修好了，谢谢，可以结单。",
        "leak_related",
        False,
    ),
    (
        "外墙检查",
        "3栋外墙年度巡检已完成，防水层和窗边打胶都完好，无需处理。",
        "leak_related",
        False,
    ),
    (
        "Re WO 5120",
        "Re WO 5120: the technician was unable to get into the attic of unit 7 on Friday, the hatch was screwed shut. Please send two new dates.",
        "leak_related",
        False,
    ),
    (
        "Garden wall",
        "The brick wall behind the tennis court is bowing out after all that rain and a crack runs down it.",
        "leak_related",
        False,
    ),
    (
        "Wall after rain",
        "Rainwater is coming through the back wall of my basement unit and pooling on the floor.",
        "leak_related",
        True,
    ),
    (
        "会不会停水",
        "听说隔壁开发区的自来水总管爆了，我们小区会不会受影响？要不要先存点水？",
        "leak_related",
        False,
    ),
    ("地库水管爆了", "我们楼地库的水管爆了，水哗哗往外冒。", "leak_related", True),
    # kinds of lines the retrain moved: leak-related, and a timer's maintenance
    (
        "Septic smell",
        "The septic tank by the pool house is full and there's a sewer odor all around it, please get it pumped.",
        "leak_related",
        True,
    ),
    (
        "Tub faucet",
        "The tub faucet's handle cracked off with the hot water running and it won't turn off, the tub is filling.",
        "leak_related",
        True,
    ),
    (
        "Sprinklers at 2pm",
        "The sprinklers along the front lawn run at 2pm in the heat every day. Could the timer be changed to early morning?",
        "category",
        "maintenance",
    ),
]


ROWS += [
    # a call asked for with no hurry asks something of us: normal, not low
    (
        "",
        "No rush, but could you call me at 312-555-0199 about renting the clubhouse in June?",
        "urgency",
        "normal",
    ),
    (
        "",
        "Nothing urgent, please call me at 714-555-0122 about the holiday decorations vote.",
        "urgency",
        "normal",
    ),
]


@pytest.mark.parametrize(("subject", "body", "name", "expected"), ROWS)
def test_round48_kinds(triage, subject, body, name, expected):
    result = triage(body, subject=subject)
    assert getattr(result, name) == expected


# ---------------------------------------- round 48's label convention (relabel_round48.py)


def test_the_relabel_script_changes_nothing_more():
    assert "0 lines relabelled" in relabel_dry_run("relabel_round48.py")


def test_round48_convention_holds_in_the_corpus():
    rows = trained_rows()
    assert rows["b50-zh-001"]["category"] == "security"  # collapsed from cold, nothing named
    assert rows["urg-zh-166"]["category"] == "maintenance"  # the heating failed


# ---------------------------------------- the sets


def test_blind50_and_round48_are_trained_on():
    for name in ("blind50.jsonl", "round48.jsonl"):
        assert name in TRAINING_FILES
        assert name not in NEVER_TRAINED
