# ruff: noqa: E501
"""Round 47: from blind49's mistakes, with fresh sentences, each kind beside its look-alike or its
real emergency. An allergic reaction now (a throat closing, lips swelling with wheezing, an
EpiPen used) is an emergency whatever cue calms the message; people shut in with a heater and
now slurring or not waking are carbon monoxide, an emergency and maintenance; a chemical running
into a creek is no leak and no emergency; lights on a wrong timer are maintenance; a neighbour's
smoker or grill smoking a home out is a complaint, no fire; a child who swallowed a battery is
maintenance (zh); a utility's notice of a planned cut is low (zh). Round 46's leftovers: a
question about an outlet's test and reset buttons, and a burn of last month that has healed
(zh), are no emergency. blind49 is trained on since."""

from __future__ import annotations

import pytest

from caredesk.triage.training import NEVER_TRAINED, TRAINING_FILES

# (subject, body, field, expected)
ROWS = [
    # an allergic reaction now: emergency, whatever calms the message
    (
        "Dog park",
        "Not sure this is urgent, but my son stepped into a fire ant nest by the dog park. His legs are covered in welts, his lips are swollen and he's wheezing.",
        "urgency",
        "emergency",
    ),
    (
        "Thanks for the picnic",
        "Thanks so much for putting on the picnic. Writing because my daughter bit into a granola bar with cashews and her throat is tightening, she's gasping. We're at the pavilion.",
        "urgency",
        "emergency",
    ),
    (
        "Nut allergy",
        "Is the clubhouse kitchen kept nut-free? My son has a peanut allergy and we'd like to come to the chili cook-off.",
        "urgency",
        "normal",
    ),
    (
        "Ant hill",
        "A few fire ants got my daughter by the sandbox on Sunday, just itchy bumps now. Could the grounds crew treat the mound?",
        "urgency",
        "normal",
    ),
    # shut in with a heater and slurring or not waking: carbon monoxide, emergency, maintenance
    (
        "Boat launch + camper",
        "What time does the boat launch open tomorrow? Also my neighbours have been in their camper with a propane heater all night with the windows closed. I just opened the door and he's confused and throwing up and she won't wake up.",
        "urgency",
        "emergency",
    ),
    (
        "Lake ice + the hut",
        "Is the lake ice thick enough for skating yet? Also, two men have been in the blue ice fishing hut all morning with a kerosene heater and the door closed. One is slurring and can't stand up and I can't wake the other one.",
        "category",
        "maintenance",
    ),
    (
        "Boat launch + camper",
        "What time does the boat launch open tomorrow? Also my neighbours have been in their camper with a propane heater all night with the windows closed. I just opened the door and he's confused and throwing up and she won't wake up.",
        "category",
        "maintenance",
    ),
    (
        "Patio heater",
        "Are propane patio heaters allowed on the balconies? We'd like one for the winter evenings.",
        "urgency",
        "normal",
    ),
    # a chemical running into a creek: urgent, no leak
    (
        "Weed killer",
        "The landscaper for the house at 14 is spraying weed killer along the creek bank right now, beside the no-spray sign, and it's running into the creek. Can someone stop him today?",
        "urgency",
        "urgent",
    ),
    (
        "Weed killer",
        "The landscaper for the house at 14 is spraying weed killer along the creek bank right now, beside the no-spray sign, and it's running into the creek. Can someone stop him today?",
        "leak_related",
        False,
    ),
    (
        "Garage",
        "A pipe under the bike path burst and water is running into the parking garage, it's already ankle deep by the elevators.",
        "urgency",
        "emergency",
    ),
    (
        "Garage",
        "A pipe under the bike path burst and water is running into the parking garage, it's already ankle deep by the elevators.",
        "leak_related",
        True,
    ),
    # lights on a wrong timer: maintenance
    (
        "Pickleball lights",
        "The pickleball court lights turn on at 2 in the afternoon and go off at 7, right when everyone wants to play.",
        "category",
        "maintenance",
    ),
    (
        "Tennis court",
        "Can we book the tennis court for Saturday morning for a club match?",
        "category",
        "amenity",
    ),
    # a neighbour's smoker or grill smoking a home out: complaint, no emergency
    (
        "Smoker",
        "The tenant below has started running a charcoal smoker on his patio every Sunday, right under our nursery window, and the room fills with smoke. Is there a rule about where smokers can go?",
        "urgency",
        "normal",
    ),
    (
        "Smoker",
        "The tenant below has started running a charcoal smoker on his patio every Sunday, right under our nursery window, and the room fills with smoke. Is there a rule about where smokers can go?",
        "category",
        "complaint",
    ),
    (
        "Fire below",
        "The grill on the patio below caught fire and smoke is filling our bedroom, I can see flames.",
        "urgency",
        "emergency",
    ),
    # a child who swallowed a battery: maintenance, whatever fee was asked first (zh)
    (
        "物业费+电池",
        "物业费能不能在线上交？还有个急事：孩子刚才把玩具里的纽扣电池吞下去了，一直哭，我们马上去医院，能帮忙开一下大门吗？",
        "urgency",
        "emergency",
    ),
    (
        "物业费+电池",
        "物业费能不能在线上交？还有个急事：孩子刚才把玩具里的纽扣电池吞下去了，一直哭，我们马上去医院，能帮忙开一下大门吗？",
        "category",
        "maintenance",
    ),
    ("车位续费", "地库车位下个月的费用在哪里续费？", "category", "billing"),
    # a utility's notice of a planned cut: low (zh)
    (
        "停水通知",
        "【自来水公司】尊敬的用户：因管网改造，本周六8:00-18:00翠湖花园部分楼栋停水，请提前做好储水准备。",
        "urgency",
        "low",
    ),
    (
        "停电通知",
        "【供电局】尊敬的客户，由于设备检修，11月3日8:30-17:00锦绣苑全区停电，敬请谅解并提前做好准备。",
        "urgency",
        "low",
    ),
    ("停电了", "我家突然停电了，整栋楼都没电，电梯也停了。", "urgency", "urgent"),
    # round 46's leftovers: an outlet's buttons asked about, a burn that has healed (zh)
    (
        "Kitchen outlet",
        "Should the outlet next to my kitchen sink have the little test and reset buttons? Mine doesn't and I wondered if it's required.",
        "urgency",
        "normal",
    ),
    (
        "Outlet",
        "The outlet by the kitchen sink with the test and reset buttons is sparking and smells burnt.",
        "urgency",
        "emergency",
    ),
    (
        "烫手",
        "上个月在游泳池边的淋浴间被热水烫了一下手，现在已经好了。就是提醒一下那个热水阀门温度太高。",
        "urgency",
        "normal",
    ),
    (
        "烫伤",
        "在会所倒开水的时候水壶把手断了，开水全洒在手上，现在手上起了一大片水泡，疼得不行。",
        "urgency",
        "emergency",
    ),
    # a grill burning inside a closed unit stays an emergency (the smoker's look-alike)
    (
        "Storage unit",
        "Somebody is running a charcoal grill inside storage unit 208 with the roll-up door pulled down, smoke is seeping out under it and no one answers when I knock.",
        "urgency",
        "emergency",
    ),
    # kinds for lines the retrain on blind49 moved (each held by a phrase)
    (
        "Smoke alarm",
        "Just so you know, I burnt some bacon and set off my smoke alarm, all fine now, nobody needs to come.",
        "category",
        "maintenance",
    ),
    (
        "Fire alarm",
        "What set off the fire alarm in building C at 3am? We were outside for forty minutes.",
        "category",
        "general",
    ),
    (
        "谢谢",
        "谢谢师傅把热水器修好了！顺便说一下，厨房的水龙头开始滴了。",
        "category",
        "maintenance",
    ),
    (
        "Painting",
        "The bedroom walls are a dull grey. Can tenants paint them a lighter colour ourselves, or does it need approval?",
        "category",
        "general",
    ),
    (
        "儿童乐园马蜂",
        "儿童乐园滑梯旁边有一群黄蜂在蜇人，一个小女孩被蜇了好几下。",
        "category",
        "maintenance",
    ),
    ("泳池燃气表", "泳池更衣室旁边燃气表的外壳裂了，麻烦换个新的。", "category", "maintenance"),
    ("水费", "这个月水费比平时高了好几倍，是不是水表坏了？", "category", "billing"),
    (
        "会所吊灯",
        "会所的吊灯只剩一颗螺丝挂着在晃，下面一群小孩在办生日会。",
        "category",
        "maintenance",
    ),
    ("吊灯晃", "楼上天天半夜拍球，我家吊灯都在晃，能不能跟他们说一下。", "category", "complaint"),
    (
        "下周暴雨",
        "天气预报说下周一连三天暴雨，车库坡道口的挡水板能不能早点装好？前年就淹过。",
        "category",
        "maintenance",
    ),
    (
        "电话留言-钱女士",
        "来电人：钱女士\n电话：139****0001\n小区：锦绣苑\n留言：她说地下储藏室的除湿机没开，里面又闷又潮，她放着几箱字画。请回电。",
        "category",
        "maintenance",
    ),
    ("跳闸", "用吹风机的时候跳闸了，我自己推上去了，现在都正常。", "category", "maintenance"),
    (
        "球砸玻璃",
        "上周网球场打出来的球把我家客厅窗户玻璃砸裂了，换玻璃是物业出还是我们自己出？",
        "category",
        "maintenance",
    ),
    # a learner who swallowed water, the coach saying it is normal (zh; round 40's test, moved by the retrain)
    (
        "游泳课",
        "女儿第一次上游泳课，在浅水区呛了两口水，救生员说没事，很正常，下周的课还能照常上吗？",
        "urgency",
        "normal",
    ),
    ("深水区", "孩子在深水区沉下去了，一直没浮上来，救生员还没过来！", "urgency", "emergency"),
]


@pytest.mark.parametrize(("subject", "body", "name", "expected"), ROWS)
def test_round47_kinds(triage, subject, body, name, expected):
    result = triage(body, subject=subject)
    assert getattr(result, name) == expected


def test_blind49_is_trained_on():
    assert "blind49.jsonl" in TRAINING_FILES
    assert "blind49.jsonl" not in NEVER_TRAINED
