# ruff: noqa: E501
"""The Chinese inventory: the kinds main got wrong on zhvariety.jsonl, fixed as general phrases,
each with its look-alike (or the look-alike with its real emergency), in fresh sentences. Indoor
rain and drops soaking things; a lift stopped between floors with people in it (a receptionist's
note); dictated 没气味 for 煤气味; gas hissing, a valve shut and still hissing; a sealed
charcoal stove; idioms (祖坟冒青烟), a burnt-cooking smell, rubbish that smells of rotten eggs; a
hob's small flame, a rule about open flames, "what do we do if"; a gas alarm to install, a
cause guessed as a question; notices drowned in a chat group; a deadline today; a lift out with
someone who cannot climb; a parking space taken while one waits; a satisfied owner; a formal
letter's opening thanks; rain blowing in, dictated 楼水/身水, 水浸, a main pipe, water surging;
an anti-backflow drain, wet clothes, a gas valve (an air conditioner's water stays a leak); a rude guard, poor
service, tailgating, a dog biting, a barking dog, a gas card, an invoice, a violation notice;
traditional characters and Cantonese (煤氣, 瓦斯, 著火, 困𨋢, 水浸, 沒有, 上個月, 管理費, 水費);
a formal 被困于该电梯 and its 上月…所幸无恙; a pool drain in mixed Chinese and English."""

from __future__ import annotations

from caredesk.triage.training import TRAINING_FILES


def test_zhvariety_is_trained_on():
    assert "zhvariety.jsonl" in TRAINING_FILES


# ------------------------------------------------------------------ indoor rain, drops


def test_rain_indoors_is_an_emergency(triage):
    result = triage("天晴着呢，我家卧室里下起了小雨，被子上全是水点子。", subject="卧室")
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_damp_every_rainy_day_is_no_rain_indoors(triage):
    result = triage("家里一到下雨天北面墙就返潮，有空来看看外墙。", subject="返潮")
    assert result.urgency != "emergency"


def test_drops_from_a_ceiling_soaking_a_bed_are_an_emergency(triage):
    result = triage("卧室顶上的水珠不停往下掉，床上湿了一大片。", subject="顶上掉水")
    assert result.urgency == "emergency"


def test_condensation_after_a_shower_is_no_emergency(triage):
    result = triage(
        "每次洗完澡，卫生间顶上的水珠就往下掉几滴，是不是排风扇不好使？", subject="排风扇"
    )
    assert result.urgency != "emergency"
    assert result.leak_related is False


# --------------------------------------------------------------- a lift between floors


def test_a_lift_stopped_between_floors_with_people_in_it_is_an_emergency(triage):
    result = triage(
        "来电：6栋\n3号梯卡在10楼和11楼之间，里面有个送外卖的小伙子\n请回电",
        subject="来电记录",
        channel="pre",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_lift_stopped_between_floors_with_nobody_in_it_is_no_emergency(triage):
    result = triage("3号梯停在10楼和11楼之间了，里面没人，维保说下午到。", subject="3号梯")
    assert result.urgency != "emergency"


# ------------------------------------------------------------------------------ gas


def test_dictated_meiqi_smell_is_gas(triage):
    result = triage(
        "喂物业吗我们家灶台那边一股很重的没气味孩子说头疼你们快来看看", subject="语音留言"
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_no_smell_any_more_is_a_negation(triage):
    result = triage("燃气公司来换了阀门，现在没气味了，谢谢。", subject="燃气")
    assert result.urgency != "emergency"


def test_a_gas_meter_hissing_is_an_emergency(triage):
    result = triage("天然气表后面那根管子一直嘶嘶地响，站近了有股味。", subject="天然气表")
    assert result.urgency == "emergency"
    assert result.leak_related is False


def test_a_gas_valve_shut_and_still_hissing_is_an_emergency(triage):
    result = triage("我把燃气总阀关了还是在嘶嘶响，怎么办。", subject="燃气")
    assert result.urgency == "emergency"
    assert result.leak_related is False


def test_a_cylinder_that_will_not_close_and_hisses_is_an_emergency(triage):
    result = triage("煤气罐的开关拧不紧，一直呲呲地往外冒气，我们在楼道里。", subject="煤气罐")
    assert result.urgency == "emergency"


def test_a_kettle_hissing_is_no_gas(triage):
    result = triage("楼下那家每天早上烧水，水壶呲呲冒气的声音隔着墙都听得见。", subject="噪音")
    assert result.urgency != "emergency"


def test_the_hiss_gone_after_a_repair_is_no_emergency(triage):
    result = triage("燃气管接口那里不再嘶嘶响了，燃气公司已经修好。", subject="燃气")
    assert result.urgency != "emergency"


def test_a_charcoal_brazier_in_a_sealed_room_with_no_answer_is_an_emergency(triage):
    result = triage("楼下大爷屋里烧着炭盆，窗户关得死死的，叫了半天没动静。", subject="楼下大爷")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_coal_stove_smoking_on_a_balcony_is_a_complaint(triage):
    result = triage("隔壁每天在阳台上用煤炉烧水，烟老往我家卧室飘。", subject="煤炉")
    assert result.urgency != "emergency"


# ---------------------------------------------------------- idioms and everyday smells


def test_ancestral_graves_smoking_is_good_luck(triage):
    result = triage("女儿拿了全市第一，邻居都说我家祖坟冒青烟了，谢谢物业的横幅。", subject="谢谢")
    assert result.urgency == "low"
    assert result.category == "general"


def test_smoke_pouring_out_of_a_flat_is_still_an_emergency(triage):
    result = triage("12楼那户窗户里在冒青烟，屋里没人。", subject="冒烟")
    assert result.urgency == "emergency"


def test_a_burnt_cooking_smell_from_a_restaurant_is_a_complaint(triage):
    result = triage("楼下面馆中午一炒菜就一股煎糊了的焦味，熏得我们开不了窗。", subject="面馆")
    assert result.urgency != "emergency"


def test_a_burning_smell_in_a_breaker_box_is_still_an_emergency(triage):
    result = triage("电表箱里一股烧焦的味道，还在啪啪响。", subject="电表箱")
    assert result.urgency == "emergency"


def test_rubbish_smelling_of_rotten_eggs_is_no_gas(triage):
    result = triage("垃圾房一个星期没清了，一股臭鸡蛋味飘到一楼。", subject="垃圾房")
    assert result.urgency != "emergency"
    assert result.category != "maintenance"


def test_a_stairwell_smelling_of_rotten_eggs_is_gas(triage):
    result = triage("楼梯间一股臭鸡蛋味，越往上越重，有人在做饭吗？", subject="楼梯间")
    assert result.urgency == "emergency"


# ---------------------------------------------------------- flames, rules, what-ifs


def test_a_hob_with_a_small_flame_is_no_fire(triage):
    result = triage("我家煤气灶的火苗有点发红，是不是要清一下炉头？", subject="煤气灶")
    assert result.urgency != "emergency"


def test_a_tea_towel_on_fire_by_the_hob_is_a_fire(triage):
    result = triage("灶台边的抹布着了，火苗窜起来半米高。", subject="着火")
    assert result.urgency == "emergency"


def test_a_rule_about_open_flames_asked_is_no_fire(triage):
    result = triage("露台上用卡式炉涮火锅可以吗？明火是不是不让用？", subject="露台")
    assert result.urgency != "emergency"


def test_what_to_do_if_there_is_a_fire_is_a_question(triage):
    result = triage("家里有两个老人，请问着火怎么办，往哪边跑？", subject="消防")
    assert result.urgency != "emergency"


def test_a_gas_alarm_to_install_is_no_gas(triage):
    result = triage("想在厨房安装个燃气报警器，物业有推荐的牌子吗？", subject="报警器")
    assert result.urgency != "emergency"


def test_a_gas_alarm_going_off_is_gas(triage):
    result = triage("厨房的燃气报警器一直在叫，我闻到煤气味了。", subject="报警器")
    assert result.urgency == "emergency"


def test_a_cause_guessed_as_a_question_is_no_event(triage):
    result = triage("今天水压特别小，是不是哪条管子爆了？", subject="水压")
    assert result.urgency != "emergency"
    assert result.leak_related is False


def test_a_question_after_water_pouring_down_is_still_an_emergency(triage):
    result = triage("厨房墙上哗哗往下流水，是不是楼上管子爆了？", subject="厨房")
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_notices_drowned_in_a_chat_group_are_no_flood(triage):
    result = triage("群里闲聊太多，缴费通知都被淹没了，能不能只发公告？", subject="业主群")
    assert result.urgency != "emergency"
    assert result.leak_related is False


def test_a_garage_under_water_is_a_flood(triage):
    result = triage("地下车库被淹了，水已经没过车轮，还在往里灌。", subject="车库")
    assert result.urgency == "emergency"


# ------------------------------------------------------------------------ urgency


def test_a_deadline_today_is_urgent(triage):
    result = triage("装修押金今天下班前必须退回来，工人明早要结账。", subject="押金")
    assert result.urgency == "urgent"


def test_a_deadline_next_week_is_normal(triage):
    result = triage("装修押金下周内退回来就行。", subject="押金")
    assert result.urgency == "normal"


def test_a_lift_out_with_someone_who_cannot_climb_is_urgent(triage):
    result = triage("电梯坏了两天了，我爸坐轮椅，住十二楼，下不了楼。", subject="电梯")
    assert result.urgency == "urgent"


def test_a_parking_space_taken_while_one_waits_is_urgent(triage):
    result = triage("我的车位被一辆白色轿车停了，我停不进去，在路边等着呢。", subject="车位")
    assert result.urgency == "urgent"
    assert result.category == "access"


def test_a_parking_space_often_taken_is_normal(triage):
    result = triage("我的车位最近经常被外来车占，能不能加个地锁？", subject="车位")
    assert result.urgency == "normal"


def test_a_satisfied_owner_in_a_note_is_low(triage):
    result = triage(
        "来电：2栋1501\n厨房水槽下水已疏通，业主表示满意", subject="来电记录", channel="pre"
    )
    assert result.urgency == "low"


def test_a_formal_letters_opening_thanks_does_not_make_it_low(triage):
    result = triage(
        "尊敬的物业：\n首先感谢物业一年来的辛勤付出。建议在3栋门口增设一处快递柜，另外儿童乐园的秋千链条有点松。",
        subject="几点建议",
    )
    assert result.urgency == "normal"


# --------------------------------------------------------------------------- leaks


def test_rain_blowing_in_is_a_leak(triage):
    result = triage(
        "北边卧室窗户关不严，刮风下雨时雨都飘进来了，窗台下面湿了一片。", subject="窗户"
    )
    assert result.leak_related is True


def test_dictated_louishui_is_a_leak(triage):
    result = triage("喂我家厨房楼水了就在水池上面那块你们派人来看看", subject="语音留言")
    assert result.leak_related is True


def test_hong_kong_flooding_is_a_leak(triage):
    result = triage("浴室水浸呀，去水位塞咗，水一路漫出嚟。", subject="浴室")
    assert result.leak_related is True


def test_a_riser_burst_and_water_surging_is_a_leak(triage):
    result = triage(
        "工单8801：4栋管井立管爆裂，水正在往下涌，请物业马上关楼栋总阀。", subject="工单8801"
    )
    assert result.leak_related is True
    assert result.urgency == "emergency"


def test_an_anti_odour_drain_asked_about_is_no_leak(triage):
    result = triage("想把阳台的地漏换成防反臭的，物业能推荐师傅吗？", subject="地漏")
    assert result.leak_related is False


def test_a_floor_drain_overflowing_is_a_leak(triage):
    result = triage("阳台地漏往上冒水，已经淌进客厅了。", subject="地漏")
    assert result.leak_related is True


def test_clothes_wet_from_a_water_pistol_are_no_leak(triage):
    result = triage("楼下小孩玩水枪，我外套被溅湿了，家长也不说一声。", subject="水枪")
    assert result.leak_related is False


def test_a_worry_a_parcel_gets_wet_is_no_leak(triage):
    result = triage("快递能放前台吗？别放门口淋湿了。", subject="快递")
    assert result.leak_related is False


def test_a_gas_valve_shut_is_no_water(triage):
    result = triage("闻到煤气味，我已经把燃气阀门关了，人在楼下等你们。", subject="煤气")
    assert result.leak_related is False
    assert result.urgency == "emergency"


def test_an_air_conditioners_water_dripping_on_something_is_a_leak_but_no_emergency(triage):
    # the leak inventory's call: condensation that drips onto something is leak-related
    result = triage("楼上空调一直滴水，滴在我家遮阳棚上，吵得睡不着。", subject="空调")
    assert result.leak_related is True
    assert result.urgency != "emergency"


# ------------------------------------------------------------------------ categories


def test_a_guard_asleep_at_the_gate_is_a_complaint(triage):
    result = triage("凌晨一点回来，南门岗的保安在睡觉，按了半天喇叭才抬杆。", subject="门岗")
    assert result.category == "complaint"


def test_poor_service_is_a_complaint(triage):
    result = triage("你们前台服务真的太差了，问个事情爱答不理的。", subject="前台")
    assert result.category == "complaint"


def test_tailgating_strangers_are_security(triage):
    result = triage("最近晚上老有人尾随业主刷卡进单元门，请保安注意。", subject="单元门")
    assert result.category == "security"


def test_a_dog_biting_a_child_is_security(triage):
    result = triage("广场上一只狼狗扑上去咬了一个小孩，孩子手上在流血。", subject="狗")
    assert result.category == "security"
    assert result.urgency == "emergency"


def test_a_barking_dog_is_a_complaint(triage):
    result = triage("对门的狗白天一直叫，我上夜班白天睡不了觉。", subject="狗")
    assert result.category == "complaint"


def test_topping_up_a_gas_card_is_billing(triage):
    result = triage("昨天在手机上给燃气卡充值了两百，到现在还没到账。", subject="燃气卡")
    assert result.category == "billing"


def test_an_invoice_asked_for_is_billing(triage):
    result = triage("上次换水管的发票什么时候能开好？我要报销。", subject="发票")
    assert result.category == "billing"


def test_a_reply_to_a_violation_notice_is_a_violation(triage):
    result = triage(
        "收到了关于垃圾桶没收回的违规通知，已经收回车库，请撤销罚款。", subject="违规通知"
    )
    assert result.category == "violation"


# ---------------------------------------------------- traditional characters, Cantonese


def test_traditional_gas_smell_is_an_emergency(triage):
    result = triage("樓梯間有一股煤氣味，越來越濃，我們已經下樓了。", subject="煤氣")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_traditional_gas_bill_is_billing(triage):
    result = triage("這個月的瓦斯費怎麼這麼貴？", subject="瓦斯費")
    assert result.urgency != "emergency"
    assert result.category == "billing"


def test_taiwan_gas_leak_is_an_emergency(triage):
    result = triage("後陽台的瓦斯外洩，整個家都是味道。", subject="瓦斯")
    assert result.urgency == "emergency"


def test_traditional_fire_is_an_emergency(triage):
    result = triage("地下室機車著火了，黑煙一直冒上來。", subject="地下室")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_fire_drill_in_traditional_is_no_fire(triage):
    result = triage("請問下個月的消防演習是星期幾？", subject="演習")
    assert result.urgency != "emergency"


def test_hong_kong_lift_entrapment_is_an_emergency(triage):
    result = triage("三號𨋢困咗人，喺八樓同九樓之間，快啲嚟。", subject="困𨋢")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_hong_kong_flooding_at_home_is_an_emergency(triage):
    result = triage("單位水浸呀，洗衣機條喉甩咗，水不停噴出嚟。", subject="水浸")
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_a_traditional_negation_negates(triage):
    result = triage("師傅上來看過，天花板沒有漏水，只是舊水漬。", subject="天花板")
    assert result.urgency != "emergency"


def test_a_traditional_past_event_is_past(triage):
    result = triage("上個月電箱冒煙，已經處理好，想問維修費用怎麼算。", subject="電箱")
    assert result.urgency != "emergency"


def test_a_traditional_management_fee_is_billing(triage):
    result = triage("管理費可以半年繳一次嗎？收據要寄到哪裡？", subject="管理費")
    assert result.category == "billing"


def test_a_traditional_water_bill_is_no_leak(triage):
    result = triage("這期水費比上期多了三百，可以幫我查一下水錶嗎？", subject="水費")
    assert result.leak_related is False


# ------------------------------------------------------------- formal letters, mixed


def test_a_formal_entrapment_now_is_an_emergency(triage):
    result = triage(
        "致物业：\n本人岳父此刻被困于本楼二号电梯内已近半小时，其年逾八旬，望即刻派员施救。",
        subject="紧急求助",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_formal_entrapment_last_month_is_past(triage):
    result = triage(
        "致物业：\n上月本人岳父曾被困于本楼二号电梯内，所幸无恙。望贵处说明维保情况。",
        subject="电梯维保",
    )
    assert result.urgency != "emergency"


def test_about_the_lift_is_no_entrapment(triage):
    result = triage("关于电梯广告屏的音量，能不能调小一点？", subject="关于电梯")
    assert result.urgency != "emergency"


def test_a_pool_drain_holding_a_childs_arm_in_mixed_words_is_an_emergency(triage):
    result = triage("Spa 的 drain 把一个小男孩的手吸住了，他拔不出来，快来人！", subject="spa")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


# ------------------------------------------- found while checking main against this branch


def test_a_drain_turning_up_dirty_water_is_a_leak(triage):
    result = triage("卫生间下水口一直往上翻黑水，臭得不行，快漫出门了。", subject="地漏")
    assert result.leak_related is True


def test_a_floor_drain_named_alone_is_no_leak(triage):
    result = triage("阳台要不要多装一个地漏，物业有规定吗？", subject="地漏")
    assert result.leak_related is False


def test_flood_insurance_asked_about_is_no_leak(triage):
    result = triage("小区买的保险能不能赔水浸损失？随便问问。", subject="保险")
    assert result.leak_related is False


def test_a_lift_that_has_trapped_someone_is_maintenance(triage):
    result = triage("保安说5栋电梯困了两个小学生，已经十分钟了。", subject="快递柜")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_van_that_has_not_moved_for_months_is_normal(triage):
    result = triage("小区门口那辆面包车两个月没挪过地方了，是不是没人要了？", subject="面包车")
    assert result.urgency == "normal"


def test_a_car_being_towed_now_is_still_urgent(triage):
    result = triage("拖车正在把我的车拖走，我就停了十分钟！", subject="我的车")
    assert result.urgency == "urgent"


def test_a_water_fight_in_the_lobby_is_no_emergency(triage):
    result = triage("几个小孩在大堂打水仗，地上全是水，滑得很。", subject="大堂")
    assert result.urgency != "emergency"


def test_water_pouring_from_a_lobby_ceiling_is_still_an_emergency(triage):
    result = triage("大堂天花板一直在往下流水，地上全是水，小孩子还在旁边玩水枪。", subject="大堂")
    assert result.urgency == "emergency"
