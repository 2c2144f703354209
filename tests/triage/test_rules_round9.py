"""Round 9: general concepts rather than phrases — water spreading now or how far it has got,
a fixture throwing water, sewage in plain words, someone inside a stopped elevator, forced
entry with someone there now, climbing in, something loose over people, pieces falling, a live
wire down, no heat with small children or a named old age, a tree lying on something, and in
Chinese water in plain words; from blind8's mistakes: a hypothetical (万一水管爆了) is no
event, things that happened several times lately and a card that works again are past, praise
in more words, trees are maintenance, a rule cited or a short-term rental is a violation, a
parcel locker is about parcels, a door propped open is security. blind8 is trained on since;
blind9, this round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# --------------------------------------------------------------------------- emergencies


@pytest.mark.parametrize(
    "body",
    [
        "The dishwasher flooded and the water keeps spreading toward the hallway.",
        "Sump pump stopped and the crawl space is taking on water.",
        "There's about a foot of water in the storage room by the office.",
        "The hose bib on the side of the house is spewing water everywhere.",
        "Grey water is backing up out of the shower drain.",
        "My neighbour's kid is in the lift, it's stuck between the 2nd and 3rd floor.",
        "The padlock on unit 40 has been cut and two guys are still inside loading a van.",
        "A man is climbing in through the window of the ground floor unit next door.",
        "A section of gutter came loose and is swinging over the entrance in the wind.",
        "Chunks of stucco are dropping off the wall above the front steps.",
        "An electric cable is lying across the path and sparking.",
        "The furnace died, it's 10 below, and I have two small kids at home.",
        "A maple blew over onto the garage roof of number 12.",
        "My son just got shocked touching the light switch in the laundry room.",
    ],
)
def test_english_concepts_find_emergencies_in_new_words(triage, body):
    """Given an emergency said in words no single phrase lists, the concept finds it."""
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "热水器坏了，水已经流到客厅了，地板全泡了。",
        "车库积水有三十公分了，车都泡着。",
        "厨房下水口往上翻脏水，臭死了。",
        "洗衣机那里的水还在往外涌，关了阀门也没用。",
        "楼顶的广告牌松动了，一直在晃，下面就是小区大门。",
        "仓库门锁被剪断了，里面有人正在往外搬东西。",
        "地下室的配电箱漏电，保安刚才被电到了。",
    ],
)
def test_chinese_concepts_find_emergencies_in_new_words(triage, body):
    """Given an emergency said in plain Chinese words no single phrase lists, it is found."""
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "A tree branch is hanging low over the sidewalk.",
        "The heat is off in the clubhouse this weekend, is that on purpose?",
        "How many inches of snow before the plows come?",
        "The water in the pool is getting deeper green every day, can it be cleaned?",
        "我下个月出国三个月，要是家里水管爆了找谁？",
        "最近地下车库好几辆自行车被偷了，能查一下监控吗？",
    ],
)
def test_concepts_leave_look_alikes_alone(triage, body):
    """A low branch, a heating schedule, snow, a green pool, a hypothetical burst and thefts
    that happened lately are not emergencies."""
    assert triage(body).urgency != "emergency"


# --------------------------------------------------------------------------- leaks in Chinese


@pytest.mark.parametrize(
    ("body", "leak"),
    [
        ("卧室窗户关不严，下雨的时候窗台会进一点水。", True),
        ("每次洗衣服，洗衣机底下都会有一小摊水。", True),
        ("卫生间门口的墙皮底下是湿的，摸着凉凉的。", True),
        ("阳台的雨水管往外溢，溅到台阶上。", True),
        ("万一家里水管爆了，总阀在哪里？", False),
    ],
)
def test_chinese_leaks_in_plain_words(triage, body, leak):
    """Water where it should not be, said plainly, is leak-related; a hypothetical burst is
    not."""
    assert triage(body).leak_related is leak


@pytest.mark.parametrize(
    ("body", "leak"),
    [
        ("The carpet by the closet feels damp and smells musty.", True),
        ("Came home and the drywall behind the toilet is soaking wet.", True),
        ("The pool deck is wet and slippery every morning.", False),
        ("Please put up a wet paint sign by the front door.", False),
    ],
)
def test_english_wet_where_it_should_be_dry_is_a_leak(triage, body, leak):
    """Wet carpet or drywall is leak-related; a wet pool deck or wet paint is not."""
    assert triage(body).leak_related is leak


# --------------------------------------------------------------------------- from blind8


def test_a_card_that_works_again_is_not_urgent(triage):
    """Given a card that failed yesterday and works today, nothing is urgent."""
    assert triage("昨天门禁卡刷不开，今天又能用了，不用处理了。").urgency != "urgent"


@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("The tree by the tennis courts has a dead limb, could someone trim it?", "maintenance"),
        ("Unit 8 is on Airbnb every weekend, and the bylaws say 30 days minimum.", "violation"),
        ("The package locker says my pickup code is invalid.", "parcel"),
        ("The back door of building 2 is propped open, anyone can walk in.", "security"),
        ("隔壁在阳台外面装了个大雨棚，不用物业批准吗？", "violation"),
    ],
)
def test_general_category_fixes(triage, body, category):
    """Trees are maintenance, a rule cited or a nightly rental a violation, a parcel locker
    parcels, a door propped open security, a neighbour's unapproved work a violation."""
    assert triage(body).category == category


def test_praise_in_more_words_is_thanks(triage):
    """Given praise of a person and nothing asked, the message is general."""
    assert triage("Your new night guard is so helpful, just wanted you to know.").category == (
        "general"
    )


# --------------------------------------------------------------------------- the sets


def test_blind9_and_the_other_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files; blind8, studied in round 9, is (blind9,
    round 9's honest measure, is trained on since round 10)."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind8.jsonl" in TRAINING_FILES
