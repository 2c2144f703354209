"""The emergency inventory (scripts/triage/emergency_inventory.md): kinds of emergency written
down ahead of any honest set that shows them, each with its harmless look-alike. These are fresh
sentences, neither the inventory's probes nor the training messages of inventory.jsonl: the
emergency is one, and its look-alike (past, negated, a question, a notice, advice) is not."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

EMERGENCIES_EN = [
    # a shed or a hedge alight
    "The neighbours' wooden shed behind the pool is on fire and the wind is pushing it our way.",
    "Someone's cigarette set the bushes by the back gate alight and they're burning fast.",
    # through the ice, a car in the water
    "A boy has fallen through the ice on the lake behind building F, people are trying to reach"
    " him.",
    "An SUV skidded off the road into the canal by our gate and the driver is still inside.",
    # heat
    "My uncle looks like he has heat stroke, the AC in his unit has been out for two days.",
    # a gate or a door closing on someone
    "The parking gate came down on an old man's walker and it's still pressing on him.",
    # dogs, bees
    "Two loose dogs are mauling a cat by the mailboxes and now they're going after a kid.",
    "Hornets are stinging everyone at the pool, a lifeguard got stung several times.",
    # breathing, a shock
    "My husband is gasping for air after the fumes from the garage came in.",
    "I just got a jolt from the railing on the second-floor walkway, the whole rail is live.",
    # a child locked in, a stove left on, shut in a freezer
    "Our 2-year-old locked herself in the bathroom and the bath water is still running.",
    "I left the oven on with the roast inside and I'm at the office until 7, please go in.",
    "A contractor is trapped in the walk-in cooler at the clubhouse and can't open it.",
    # locks cut, a welfare check
    "A man with an angle grinder is cutting padlocks on the units in row K right now.",
    "Nobody has seen Mrs. Ruiz in 3A for a week and there's a strong odor at her door.",
]

LOOKALIKES_EN = [
    "Are we allowed to burn leaves in a metal bin behind the sheds in the fall?",
    "Please put up thin-ice warning signs by the lake before winter.",
    "The parking gate arm is bent a little, could the vendor straighten it next visit?",
    "Could pest control remove the hornet nest under the pool roof sometime this month?",
    "My 2-year-old keeps locking the bathroom door, can you swap the knob for one without a lock?",
    "Do owners need an approval before getting a locksmith to change the unit lock?",
]

EMERGENCIES_ZH = [
    # something alight, fumes, gas
    "楼下有人烧纸把晾着的被子点着了，火越烧越大。",
    "地下车库的废气倒灌进电梯厅，好几个人头晕。",
    "泳池加药间漏氯气了，值班的师傅呛得直咳。",
    # a shock, masonry, something hanging
    "小孩摸了单元门口的铁门被电到了，那个门带电。",
    "外墙上的碎石一直往下掉，砸在快递柜上。",
    "大堂的吊灯只剩一根电线吊着，下面有人在排队取快递。",
    "后山的挡土墙裂开了，正往外推。",
    # lift shaft, collapse, breathing
    "7楼电梯门开了但轿厢不在，下面就是空的电梯井。",
    "楼道里有个老人突然倒地不动了，好像没有呼吸。",
    "我婆婆哮喘犯了，呼吸困难，嘴唇发紫。",
    # a child or a worker shut in, a smell, cut locks
    "我五岁的女儿把自己反锁在屋里，厨房的燃气还开着。",
    "仓库里锁着一个搬货的师傅，门从外面锁了，他在里面出不来。",
    "隔壁储物间一股腐臭味，门口飞着好多苍蝇。",
    "有两个人在用角磨机割储物间的锁，火花直冒。",
    # petrol, a package, heat, dogs, bees, a manhole, self-harm, an explosion
    "有人在车库里泼汽油，嘴里说要烧了这栋楼。",
    "地库电梯口放着一个可疑的箱子，上面缠着胶带和电线。",
    "我爸在高温天中暑了，现在意识不太清楚。",
    "小区里一条大狗扑倒了一个老人，还在咬他。",
    "一群马蜂在儿童乐园蜇人，两个小孩被蜇了。",
    "小区门口的井盖不见了，晚上黑，刚才有人差点掉下去。",
    "楼上的小伙子说不想活了，把自己关在阳台上。",
    "地下室的液化气罐炸了，整层都在冒烟。",
    "我出门忘关燃气灶了，锅还在上面，我人在外地，能派人进去吗？",
]

LOOKALIKES_ZH = [
    "一氧化碳报警器要装在哪里比较好？",
    "小区那棵银杏树老掉叶子砸车，能不能修剪一下？",
    "建议物业提醒大家：千万别把孩子单独留在车里。",
    "昨天走廊里有股焦味，现在已经散了，应该是谁家烧菜糊了。",
    "请问储物间能不能放灭火器和几桶机油？",
    "小区的挡土墙多久检查一次？想看看报告。",
]


def test_the_inventory_is_trained_on():
    """Given the training files, the inventory's messages are among them."""
    assert "inventory.jsonl" in TRAINING_FILES


@pytest.mark.parametrize("body", EMERGENCIES_EN)
def test_english_inventory_kinds_are_emergencies(triage, body):
    """Given a kind of emergency from the inventory in fresh English words, it is one."""
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize("body", LOOKALIKES_EN)
def test_english_inventory_lookalikes_are_not_emergencies(triage, body):
    """Given the harmless look-alike of an inventory kind, it is no emergency."""
    assert triage(body).urgency != "emergency"


@pytest.mark.parametrize("body", EMERGENCIES_ZH)
def test_chinese_inventory_kinds_are_emergencies(triage, body):
    """Given a kind of emergency from the inventory in fresh Chinese words, it is one."""
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize("body", LOOKALIKES_ZH)
def test_chinese_inventory_lookalikes_are_not_emergencies(triage, body):
    """Given the harmless look-alike of an inventory kind, it is no emergency."""
    assert triage(body).urgency != "emergency"


@pytest.mark.parametrize(
    "body, channel",
    [
        (
            "Caller: Dee Warren\nPhone: 555-0182\nMessage: Her dog bit through the leash and is "
            "attacking a delivery man in the courtyard. Call her back.",
            "pre",
        ),
        ("来电人：周先生\n电话：13900001111\n内容：物业办公室门口有人想纵火，请马上来人。", "pre"),
    ],
)
def test_phone_messages_of_inventory_kinds_are_emergencies(triage, body, channel):
    """Given a phone message about an inventory kind, it is an emergency."""
    assert triage(body, channel=channel).urgency == "emergency"
