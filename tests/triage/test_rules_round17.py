"""Round 17: no heat with a frail person named in everyday words (老头, 老伴, 刚做完手术, 下不了床,
坐月子) is an emergency in Chinese too; water shooting up high or running into a room or a
building is an emergency; the only toilet out of use is urgent; "nothing's overflowing" is a
negation; a water bill that makes someone wonder about a leak is no leak. From blind16's two
missed Chinese emergencies (暖气停了…外头零下十二度…我老头刚做完手术下不了床; 地上往外冒水冒得老高，
水都流到会所门里去了), its Chinese urgency mistake (我们屋就一个厕所，马桶…按了不下水) and its
English and Chinese leak mistakes (Nothing's overflowing; 公摊水费涨了…哪里漏水了吗). blind16 is
trained on since; blind17, this round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# ------------------------------------------------ no heat, a frail person in everyday words


@pytest.mark.parametrize(
    "body",
    [
        "暖气停了两天了，外面零下八度，家里老伴上礼拜刚做完手术，躺床上动不了。",
        "供暖一直不热，屋里才十度，外头零下，我老头子有哮喘，晚上咳个不停。",
        "我家暖气片冰凉的，零下十几度，儿媳妇在坐月子，娃才二十天。",
    ],
)
def test_no_heat_with_a_frail_person_in_everyday_words_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


def test_no_heat_in_freezing_weather_alone_stays_urgent(triage):
    result = triage("暖气从早上就停了，外头零下五度，家里就我跟我老公，穿厚点还扛得住。")
    assert result.urgency == "urgent"


# ------------------------------------------------ water shooting up, water running into a room


@pytest.mark.parametrize(
    "body",
    [
        "说个事，小区北门绿化带那边地下往外冒水，冒得老高，路上全是水了。",
        "车库B区有根管子喷水喷得好高，已经往配电房那边流了。",
        "负一楼消防管那边水往外滋得老高，地上已经积了一层。",
        "顺便提一句，楼道里的水都流进电梯里去了，不知道哪来的。",
        "隔壁空房子水管漏了，水从门缝流到我家客厅里来了，越来越多。",
    ],
)
def test_water_shooting_up_or_running_into_a_room_is_an_emergency(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.leak_related


@pytest.mark.parametrize(
    "body",
    [
        "喷泉今天开了，冒得老高，小孩们都在看，挺好看的。",
        "草坪的喷头早上喷水喷得老高，把我停在旁边的车淋湿了，能不能调一下方向。",
        "上个月下大雨水流进车库了，后来排掉了，想问下墙上的水印谁来处理。",
    ],
)
def test_a_fountain_a_sprinkler_or_water_long_gone_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


# ------------------------------------------------ the only toilet


@pytest.mark.parametrize(
    "body",
    [
        "家里就一个卫生间，马桶堵了，冲不下去，没有漫出来。",
        "家里只有一个洗手间，马桶按了不下水，水也没涨，就是没法用。",
    ],
)
def test_the_only_toilet_out_of_use_is_urgent(triage, body):
    result = triage(body)
    assert result.urgency == "urgent"
    assert not result.leak_related


def test_the_only_bathroom_in_a_question_about_works_is_not_urgent(triage):
    assert triage("我们就一个卫生间，想把淋浴房换成浴缸，需要报备吗？").urgency == "normal"


# ------------------------------------------------ leak or not


@pytest.mark.parametrize(
    "body",
    [
        "Only bathroom we have, the toilet is clogged solid and won't flush. Nothing's spilling"
        " over, it's just unusable.",
        "Toilet handle broke, can't flush. Nobody's flooding anything, just need it fixed today.",
    ],
)
def test_nothing_s_is_a_negation(triage, body):
    result = triage(body)
    assert not result.leak_related
    assert result.urgency == "urgent"


@pytest.mark.parametrize(
    "body",
    [
        "Our HOA water charges jumped 40% this quarter. Could there be a leak somewhere on the"
        " main line?",
        "这个月水费比上个月多了一百多，是不是哪里漏水了？家里都看过没发现。",
    ],
)
def test_a_water_bill_that_makes_someone_wonder_about_a_leak_is_no_leak(triage, body):
    assert not triage(body).leak_related


@pytest.mark.parametrize(
    "body",
    [
        "Water's pouring through the kitchen ceiling light, nothing's turned off yet.",
        "Is there a leak upstairs? Water is dripping out of my bathroom ceiling fan right now.",
    ],
)
def test_water_coming_through_is_still_a_leak_and_an_emergency(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.leak_related


# ------------------------------------------------ fresh Chinese emergencies in plain words


@pytest.mark.parametrize(
    "body",
    [
        "管家，车位的事下次再说。刚才我爸在单元门口台阶上摔了，头磕破了在流血，我一个人扶不动。",
        "业主群有人说15栋3楼过道一股煤气味，越来越冲，有人在敲门没人应。",
        "跟你讲一下，我家卫生间吸顶灯里面在往下流水，灯还亮着。",
        "插座刚才啪的一声冒火花，然后整个屋跳闸了，墙上插座那块发黑还冒着烟。",
        "地下室的下水道往上反粪水，已经漫到楼梯口了，还在往外冒。",
        "6栋电梯卡在负一层和一层中间，里面有个抱着娃的妈妈。",
        "楼下垃圾房在冒烟，烟越来越大，味道呛得很。",
        "老太太一个人在家，刚才打电话说摔在厨房地上起不来了，门从里面反锁着。",
        "仓库里有股很浓的汽油味，地上流了一滩，旁边还有人在抽烟。",
    ],
)
def test_fresh_chinese_emergencies_in_plain_words(triage, body):
    assert triage(body).urgency == "emergency"


def test_the_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files (blind17, round 17's honest measure, was not
    then; round 18 studied it and trains on it); blind16, studied in round 17, is."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind16.jsonl" in TRAINING_FILES
