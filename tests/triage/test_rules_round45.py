# ruff: noqa: E501
"""Round 45: from blind46's mistakes, with fresh sentences, each with its harmless look-alike or
its real emergency. A child who swallowed bait, poison or pills and is sick now is an emergency
however the sender hedges, and the compound's bait swallowed is maintenance (zh); a person who
fell into a drained pool and lies hurt is an emergency and maintenance, not the pool's amenity; a
hand cut or caught in a machine is maintenance whatever clubhouse it stands in; a numbered
bulletin is a mailing, non_human, whatever repair it reports; water rushing into a garage is a
leak whatever truck it comes from (zh); an owner having the trees on common ground cut is a
violation (zh); a leak fixed that has not come back is leak-related (zh). Two kinds for lines the
retrain on blind46 moved: a gas hose that came off is no water leak, and a manhole cover stolen is
maintenance (zh), and a quote to replace a water heater beyond repair is no leak. blind46 is trained
on since."""

from __future__ import annotations

from caredesk.triage.training import NEVER_TRAINED, TRAINING_FILES

# ---------------------------------------- emergency: bait or poison swallowed, sick now


def test_a_toddler_sick_after_rat_bait_is_an_emergency_however_hedged(triage):
    result = triage(
        "Probably nothing, but my little girl was playing by the hedge where the exterminator put the black boxes and I found green pellets in her mouth. She threw up in the car and now she's very drowsy.",
        subject="Question about the bait boxes",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_child_who_swallowed_pills_and_is_vomiting_is_an_emergency(triage):
    result = triage(
        "Sorry to bother you on a Sunday. My son swallowed some of grandma's pills he found on the bench by the lobby and he keeps vomiting.",
        subject="Lobby bench",
    )
    assert result.urgency == "emergency"


def test_bait_stations_put_out_stay_calm(triage):
    result = triage(
        "The pest company set new bait stations along the fence by the tot lot yesterday. Are they locked so a child can't open them?",
        subject="Bait stations",
    )
    assert result.urgency != "emergency"


def test_a_child_sick_after_rat_poison_is_an_emergency_and_maintenance_zh(triage):
    result = triage(
        "顺便问一下车位费怎么交。还有，我女儿刚才在花坛边捡了几粒蓝色的小颗粒放进嘴里，应该是物业放的老鼠药，她现在一直呕吐，没精神。",
        subject="车位费",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_rat_poison_put_out_asked_about_stays_calm_zh(triage):
    result = triage(
        "看到花坛边放了灭鼠的药盒，家里有小孩，会不会误食？能不能放远一点？",
        subject="鼠药",
    )
    assert result.urgency != "emergency"


# ---------------------------------------- a person fallen into a drained pool: maintenance


def test_a_man_lying_in_a_drained_pool_is_an_emergency_and_maintenance(triage):
    result = triage(
        "Not sure this is for you, it can probably wait. The pool is empty for retiling and a jogger cut across the deck in the dark and fell into the deep end. He's lying on the tiles and says he can't move his leg.",
        subject="Pool deck",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_pool_drained_for_resurfacing_asked_about_stays_amenity(triage):
    result = triage(
        "The clubhouse pool has been drained for resurfacing. When will it be filled again and open for laps?",
        subject="Pool reopening",
    )
    assert result.urgency != "emergency"
    assert result.category == "amenity"


def test_a_woman_fallen_into_an_empty_pool_is_maintenance_zh(triage):
    result = triage(
        "会所的泳池放干了在修，晚上灯也没开，一个阿姨散步没看清，掉进了池底，现在躺在那里起不来，说腰很疼。",
        subject="会所泳池",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_pool_emptied_for_painting_asked_about_stays_amenity_zh(triage):
    result = triage("会所泳池放空刷漆要多久？下个月能开放吗？", subject="泳池")
    assert result.urgency != "emergency"
    assert result.category == "amenity"


# ---------------------------------------- a hand cut in a machine: maintenance


def test_a_hand_cut_on_a_slicer_in_the_clubhouse_is_maintenance(triage):
    result = triage(
        "Is the clubhouse free Friday? Also one of the cooks just sliced his finger on the bread slicer in the clubhouse kitchen and it won't stop bleeding.",
        subject="Clubhouse kitchen",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_slicer_asked_about_for_an_event_stays_amenity(triage):
    result = triage(
        "For the clubhouse brunch on Sunday, may we use the meat slicer in the clubhouse kitchen, or should we bring our own?",
        subject="Clubhouse brunch",
    )
    assert result.urgency != "emergency"
    assert result.category == "amenity"


# ---------------------------------------- a numbered bulletin: non_human


def test_a_numbered_bulletin_reporting_a_repair_is_non_human(triage):
    result = triage(
        "Maple Run Bulletin, issue 9: the tennis court lights are fixed, the spring yard sale is on April 12, and meet our new gardener.",
        subject="Maple Run Bulletin #9",
    )
    assert result.category == "non_human"


def test_a_resident_quoting_a_bulletin_about_a_repair_stays_maintenance(triage):
    result = triage(
        "The bulletin said the streetlights on Elm Court were fixed, but two of them are still dark tonight. Can someone look again?",
        subject="Streetlights",
    )
    assert result.category == "maintenance"


# ---------------------------------------- leak: water rushing into a garage (zh)


def test_water_rushing_into_a_garage_from_a_truck_is_a_leak_zh(triage):
    result = triage(
        "小区的洒水车停在车库入口，阀门坏了一直放水，水不停往地库里灌，已经淹到第一排车的轮胎了。",
        subject="地库进水",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_a_water_truck_watering_the_lawn_stays_no_leak_zh(triage):
    result = triage("洒水车每天早上六点浇绿化，声音太吵了，能不能晚一点？", subject="洒水车")
    assert result.urgency != "emergency"
    assert result.leak_related is False


# ---------------------------------------- violation: an owner cutting the common trees (zh)


def test_an_owner_cutting_the_common_trees_is_a_violation_zh(triage):
    result = triage(
        "3栋二楼那家叫了两个工人在锯楼下公共绿地里的香樟树，说挡他家光线，已经锯掉一半了，快去看看。",
        subject="有人锯树",
    )
    assert result.urgency == "urgent"
    assert result.category == "violation"


def test_the_property_pruning_the_common_trees_stays_maintenance_zh(triage):
    result = triage(
        "物业的园林工人今天在修剪公共绿地的树，剪下来的树枝堆在路边好几天了，什么时候能清走？",
        subject="修剪树枝",
    )
    assert result.category == "maintenance"


# ---------------------------------------- leak-related: a leak fixed that has not come back (zh)


def test_thanks_for_a_pipe_that_has_not_leaked_since_is_leak_related_zh(triage):
    result = triage("谢谢王师傅，卫生间的水管换好之后一直没漏过，很满意。", subject="感谢")
    assert result.urgency == "low"
    assert result.leak_related is True
    assert result.category == "general"


def test_thanks_for_a_door_fixed_stays_no_leak_zh(triage):
    result = triage("谢谢师傅，单元门修好以后再也没卡过。", subject="感谢")
    assert result.leak_related is False


# ---------------------------------------- lines the retrain moved: a gas hose, a manhole cover


def test_a_propane_hose_that_came_off_is_an_emergency_and_no_leak(triage):
    result = triage(
        "The fuel truck's hose came off while it was filling the generator tank behind the gym. Diesel smell everywhere and a hiss from the coupling.",
        subject="Generator refuel",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is False


def test_a_water_hose_that_came_off_stays_a_leak(triage):
    result = triage(
        "The washer's hose came off behind the machine and water is all over the laundry room floor.",
        subject="Laundry",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_a_stolen_manhole_cover_is_maintenance_zh(triage):
    result = triage("菜市场门口那个井盖被盗了，晚上黑乎乎一个洞，老人容易踩空。", subject="井盖")
    assert result.category == "maintenance"


def test_a_stolen_bicycle_stays_security_zh(triage):
    result = triage("车棚里我的电动车昨晚被偷了，能调一下监控吗？", subject="电动车被偷")
    assert result.category == "security"


def test_a_quote_to_replace_a_water_heater_beyond_repair_is_no_leak(triage):
    result = triage(
        "WO 6120: the water heater at 7 Larch Ln has a cracked burner assembly and is beyond repair. A new 50-gallon unit is $1,290 installed; please approve.",
        subject="WO 6120 quote",
    )
    assert result.leak_related is False
    assert result.category == "work_order_update"


def test_a_water_heater_leaking_to_be_replaced_stays_a_leak(triage):
    result = triage(
        "WO 6121: the water heater in unit 3 is beyond repair, the tank is leaking from the bottom and the closet floor is wet. Replacement is $1,340.",
        subject="WO 6121 quote",
    )
    assert result.leak_related is True


# ---------------------------------------- the sets


def test_blind46_is_trained_on():
    assert "blind46.jsonl" in TRAINING_FILES
    assert "blind46.jsonl" not in NEVER_TRAINED
