"""Round 19: someone drowning, fallen into a pool or a pond or pulled out of the water and still
coughing or not breathing is an emergency (being pulled out does not end it); dizziness or
nausea next to a boiler, a gas water heater or a charcoal fire is an emergency in Chinese (carbon
monoxide until shown otherwise, even where 燃气热水器 names gas in an appliance); a child or a
pet shut in a car is an emergency and, like someone shut in a storage unit or a room, security;
peeling plaster with no water named is not leak-related. From blind18's missed emergencies (a
4-year-old pulled out of the deep end coughing; 一开暖气片就觉得恶心想吐…是不是壁挂炉有问题;
车里锁着个小孩，大人不在) and its leak mistake (墙皮起皮脱落), with fresh sentences. blind18 is
trained on since; blind19, this round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# ------------------------------------------------------------------------ in the water


@pytest.mark.parametrize(
    "body",
    [
        "A lifeguard dragged a little boy out of the pool, he swallowed a lot of water and is "
        "barely breathing.",
        "My neighbour's son was fished out of the retention pond behind building 3, paramedics "
        "are working on him.",
        "There's a man floating face down in the community pool, someone is jumping in now.",
        "Our toddler nearly drowned in the hot tub, the cover was left off. We're at the ER.",
        "An older guest was pulled from the spa unconscious, the attendant is doing CPR.",
        "小区景观池里掉进去一个小孩，刚被保安捞上来，脸都白了，还在吐水。",
        "泳池那边有个老人溺水了，救生员正在按压。",
        "我家孩子刚才在泳池深水区沉下去了，被人拉出来一直咳嗽，救护车在路上。",
    ],
)
def test_someone_in_the_water_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "Can we get the pool cover pulled out of the water before the lifeguard course?",
        "I'm drowning in paperwork for the lease renewal, can I send it Monday?",
        "Are there swim lessons for kids who are afraid of the deep end?",
        "下周社区有防溺水宣传，请问几点开始？",
        "手机掉进水池里了，物业有没有网兜可以借？",
        "The elevator stopped for a minute and we were pulled out by the tech, all fine now.",
    ],
)
def test_the_water_without_anyone_in_danger_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


# ----------------------------------------------------- carbon monoxide in everyday Chinese


@pytest.mark.parametrize(
    "body",
    [
        "一开燃气热水器洗澡就头晕恶心，我妈刚才洗完澡直接坐地上起不来了。",
        "家里壁挂炉开着，全家人都昏昏沉沉想吐，孩子叫也叫不醒。",
        "屋里烧着炭盆取暖，老人说头晕想吐。",
        "这几天一烧锅炉我们全家都恶心，老公刚才差点晕倒。",
    ],
)
def test_dizziness_next_to_a_boiler_or_a_gas_heater_is_an_emergency(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


@pytest.mark.parametrize(
    "body",
    [
        "暖气烧得太热了，屋里干，早上起来有点头疼，能调低一点吗？",
        "热水器打不着火，洗不了澡。",
        "燃气热水器的发票在哪里开？",
    ],
)
def test_a_heater_without_symptoms_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


# ------------------------------------------------------------------------ shut in a car


@pytest.mark.parametrize(
    "body",
    [
        "There's a baby locked in a silver sedan in lot B, windows up, it's 95 degrees and "
        "nobody is around.",
        "Someone left their dog shut inside a hot truck near the clubhouse, it's panting hard.",
        "停车场有辆白色的车里关着一条狗，车窗全关着，太阳晒着，狗在拼命叫。",
        "车库门口那辆SUV里锁着两个小孩，大人不知道去哪了，孩子在拍窗户。",
    ],
)
def test_a_child_or_a_pet_shut_in_a_car_is_a_security_emergency(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.category == "security"


@pytest.mark.parametrize(
    "body",
    [
        "The baby fell asleep in the car seat so we sat in the driveway a few minutes, do you "
        "need our plate for the guest pass?",
        "我把孩子的安全座椅落在车里了，明天再拿。",
    ],
)
def test_a_car_seat_or_a_nap_in_a_parked_car_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


def test_someone_shut_in_a_storage_unit_is_an_emergency_in_chinese(triage):
    """An emergency; `maintenance` since round 21 (a roll-up door that jammed shut is
    entrapment, issue 5), `security` in round 19."""
    result = triage("我弟弟在仓库里搬箱子，卷帘门卡死了，人被关在里面出不来。")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


# ------------------------------------------------------------- locked out, a baby asleep


@pytest.mark.parametrize(
    "body",
    [
        "Locked out and the baby's napping inside in her crib, can someone bring a key soon?",
        "Door shut behind me while I took the trash out, my infant is asleep inside. Please "
        "send someone with the key.",
        "孩子在屋里睡着了，我下楼拿快递门被风带上了，钥匙在里面，麻烦快点来开门。",
    ],
)
def test_locked_out_with_a_baby_asleep_inside_is_urgent(triage, body):
    """blind17's false alarm kind (locked out, a baby asleep inside): urgent, access."""
    result = triage(body)
    assert result.urgency == "urgent"
    assert result.category == "access"


# ------------------------------------------------------------------- plaster, not water


def test_peeling_plaster_is_not_a_leak(triage):
    assert not triage("客厅墙面有一块墙皮起皮掉渣了，想重新刷一下。").leak_related


def test_damp_plaster_is_still_a_leak(triage):
    assert triage("卫生间墙皮鼓包起泡，摸着湿湿的。").leak_related
    assert triage("阳台那面墙的墙皮起皮了，一摸湿乎乎的，像是哪里渗水。").leak_related


# ----------------------------------------- what the retrained model must not be left to say


@pytest.mark.parametrize(
    "body",
    [
        "我妈在单元门口的台阶上差点滑倒，幸好扶住了栏杆，台阶的瓷砖太滑了。",
        "My son nearly tripped on the lifted paver by the mailboxes but he's fine, can someone "
        "level it?",
    ],
)
def test_a_near_miss_is_no_emergency(triage, body):
    """A near miss with nobody hurt calms a model-only emergency (the retrained model gave
    round 14's 孩子在滑梯上差点摔倒，没摔倒 0.37)."""
    assert triage(body).urgency == "normal"


def test_someone_hurt_after_a_fall_is_still_an_emergency(triage):
    assert triage("楼上花盆掉下来砸到人了，头在流血。").urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "洗手盆下面的管子有点渗，水都滴进盆里了，地上是干的，有空来看看。",
        "厨房龙头底座一直漏，不过都淌到水槽里，台面和地上都是干的。",
    ],
)
def test_a_drip_down_the_drain_with_the_floor_dry_is_normal(triage, body):
    """The retrained model made round 13's 淋浴龙头…都流进地漏了，外面是干的 urgent."""
    result = triage(body)
    assert result.urgency == "normal"
    assert result.leak_related


def test_the_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files (blind19, round 19's honest measure, was not
    then; round 20 studied it and trains on it); blind18, studied in round 19, is."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind18.jsonl" in TRAINING_FILES
