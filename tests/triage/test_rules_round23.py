"""Round 23: no heat said as gone (暖气都没有，暖气没了) is no negation of the no-heat phrase;
someone shut in a room or a storeroom shouting or banging from inside, or a door that will not
open from inside with someone in, is an emergency and `maintenance`; a repair watched with no
seepage seen (观察…未见渗水) is still about a leak; rotten eggs or a hissing gas meter is
`maintenance` in English too; a vendor asking to approve an invoice or a quote is `normal`; a
work order closed with nothing wet named is no leak by the model alone (the model retrained with
blind22 said leak to two such closeouts).
From blind22's two missed Chinese emergencies, its Chinese leak mistake and its English urgency
and category mistakes, with fresh sentences. blind22 is trained on since; blind23, this round's
honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# ----------------------------------------------------------- no heat said as gone


@pytest.mark.parametrize(
    "body",
    [
        "暖气没了，外头零下十度，家里有个刚满月的宝宝。",
        "供暖一点都没有，外面零下二十度，我爷爷八十多了。",
        "屋里暖气也没有了，老伴刚做完手术躺在床上。",
        "暖气片一点热乎气都没有，外面零下，家里有个八个月的宝宝。",
    ],
)
def test_no_heat_said_as_gone_with_someone_frail_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


def test_heat_that_works_is_no_emergency(triage):
    assert triage("暖气挺热的，没有问题，就是想问下今年供暖费什么时候交。").urgency != "emergency"


def test_a_negation_before_what_it_negates_still_negates(triage):
    result = triage("热水器没有漏水，就是打火有点慢，有空来看看。")
    assert result.urgency != "emergency"


# ------------------------------------------------- shut in a room, shouting from inside


@pytest.mark.parametrize(
    "body",
    [
        "我妈进了车库旁边的小仓库，门锁卡死了，她在里面拍门。",
        "杂物间的门把手坏了，从里面拧不开，我女儿在里头一直哭。",
        "地下室那间储物室的门从里面拉不开，我公公在里面一直敲门。",
    ],
)
def test_someone_shut_in_a_room_calling_from_inside_is_an_emergency(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


@pytest.mark.parametrize(
    "body",
    [
        "卫生间门锁从里面打不开，有空换一个吧。",
        "隔壁孩子在里面哭了一晚上，吵死了。",
    ],
)
def test_a_door_that_sticks_with_nobody_in_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


# ------------------------------------------------------ watched, no seepage seen


@pytest.mark.parametrize(
    "body",
    [
        "工单4410：3栋802阳台地漏重新做了防水，放水观察一个小时未见渗漏，已完工。",
        "维修回访：楼上卫生间换了新的软管，通水后未发现渗水，住户满意。",
    ],
)
def test_a_repair_watched_with_no_seepage_seen_is_about_a_leak(triage, body):
    result = triage(body)
    assert result.leak_related is True
    assert result.urgency in ("low", "normal")


# --------------------------------------------------------- rotten eggs, a hissing meter


@pytest.mark.parametrize(
    "body",
    [
        "Hears hissing and smells rotten eggs near the gas meter by the clubhouse pool.",
        "Booked the party room for Saturday, but right now the propane line behind the "
        "tennis courts is hissing loudly and it stinks like rotten egg.",
    ],
)
def test_rotten_eggs_or_a_hissing_gas_meter_is_a_maintenance_emergency(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


# ------------------------------------------------------- approve an invoice or a quote


@pytest.mark.parametrize(
    "body",
    [
        "Vendor: swapped the leaking P-trap in unit 12, tested, no leaks. Please approve "
        "invoice 5521 for 180 dollars.",
        "Closeout WO 3310: gutter guards installed on building 2. Invoice attached, pending "
        "board approval.",
        "工单5520：12栋楼顶防水层修补完成，淋水试验无渗漏，结算单请审批。",
    ],
)
def test_a_vendor_asking_to_approve_an_invoice_is_normal(triage, body):
    assert triage(body).urgency == "normal"


def test_a_closeout_asking_nothing_is_still_low(triage):
    result = triage("Work order 4471 complete: replaced the flapper in unit 6, no further running.")
    assert result.urgency == "low"


# ------------------------------------------------- a work order closed with nothing wet


@pytest.mark.parametrize(
    "body",
    [
        "Work order 6620 complete: new closer fitted on the pool gate, swings shut by itself now.",
        "Job 4418 closed: furnace filter changed and the igniter cleaned at 7 Aspen Way.",
    ],
)
def test_a_work_order_closed_with_nothing_wet_is_no_leak(triage, body):
    assert triage(body).leak_related is False


def test_a_work_order_closed_after_a_leak_is_still_a_leak(triage):
    result = triage("WO 5120 closed: resealed the tub surround in 3C, no more seepage, wall dry.")
    assert result.leak_related is True


# ------------------------------------------------------------------ the honest sets


def test_blind3b_and_heldout_are_never_trained_on():
    """blind3b and heldout are not training files; blind22, studied this round, is (blind23,
    round 23's honest measure, is trained on since round 24)."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind22.jsonl" in TRAINING_FILES
