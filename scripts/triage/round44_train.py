"""Write round44.jsonl: training lines of round 44's own for the kinds of blind45's mistakes
where the model was the cause (a wild animal among people at an amenity, someone fallen through a
ceiling with no water, an owner's crew building across a shared path now, a neighbour's exercise
noise asked about, a delivery needing a signature, a smaller unit asked for, a thank-you phone
message, a small drip fixed by the resident, fumes from a neighbour's work making people ill, an
animal inside a flat, smoke from a shop across the street, a vendor who could not get in or whose
parts arrived; and, for lines that round's retrain had moved, the building's own noises, taps run
dry and the grounds readied before a storm, all maintenance), fresh sentences, none copied from a set; each kind beside its look-alike, both
languages where the kind has them. Trained on; never a measure.
Usage: python scripts/triage/round44_train.py caredesk/triage/data/corpus"""

# ruff: noqa: E501
# fmt: off
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind4_en import AM, AR, MV, C, E, G, L, M, N, P, S, U, V, W, pre  # noqa: E402
from round36_train import rows_write  # noqa: E402

# (lang, channel, subject, body, urgency, leak, category, callback)
ROWS = [
    # a wild animal among people at an amenity: emergency, security (the amenity asked: amenity)
    ("en", "email", "Snake at the splash pad", "There's a big snake coiled under the bench at the splash pad and toddlers are running around it. Parents are trying to herd them out but it keeps moving toward the gate.", E, False, S, False),
    ("en", "email", "Splash pad hours", "Does the splash pad stay open after Labor Day, and are the restrooms next to it unlocked on weekends?", N, False, AM, False),
    ("zh", "email", "野猪进小区了", "一头野猪从后山冲进了小区儿童游乐场，几个小孩还在滑梯上没下来，它在沙坑边上拱来拱去，保安还没到。", E, False, S, False),
    # someone fallen through a ceiling with no water: emergency, no leak (a ceiling down from a leak: leak)
    ("en", "email", "Stuck in the ceiling", "The cable installer slipped off the attic joist and his leg went through our bedroom ceiling. He's wedged there up to the hip and can't pull himself free, and plaster keeps breaking around him.", E, False, M, False),
    ("en", "email", "Bedroom ceiling", "Water has been dripping from the bedroom ceiling since the storm and now a patch of it has sagged and fallen onto the bed.", E, True, M, False),
    # an owner's crew building across a shared path now: urgent, violation (approval asked: architectural)
    ("en", "email", "Shed on the easement", "A contractor for the owners at 9 Hollyhock is framing a shed right on the shared drainage easement this morning. They'll have the roof on by tonight. Please send someone to halt it.", U, False, V, False),
    ("en", "email", "Shed approval", "Before we order a prefab shed for the side yard: is there a size limit, and does the committee want drawings or just a catalog photo?", N, False, AR, False),
    # a neighbour's exercise noise asked about: normal, complaint
    ("en", "email", "Rowing machine at midnight", "Since January the tenant in 5B rows on a machine past midnight; the whir and clunk come straight through our bedroom wall. Is there anything in the lease about late exercise?", N, False, C, False),
    # the building's own noises (pests, pipes) asked about: normal, maintenance, beside the neighbour's noise above
    ("en", "email", "Mice in the wall", "Something scurries inside the wall behind our headboard every night after midnight, mice I'd bet. Could pest control put us on their next visit?", N, False, M, False),
    ("en", "portal", "Knocking radiator pipes", "The heating pipes knock like a hammer every night when the boiler kicks on, and the kids wake up. Can someone bleed them or look at it?", N, False, M, False),
    # no water from any tap: urgent, maintenance, no leak
    ("en", "email", "Taps dry", "Not a drop from any tap in our unit since 7 this morning. Is there work on the main? We have a newborn and need to boil bottles.", U, False, M, False),
    # the grounds readied before a storm: normal, maintenance
    ("en", "email", "Before the snow", "Snow is forecast for Thursday night. Will the plow contractor salt the lower lot and the mailbox path before it starts? It was a rink last time.", N, False, M, False),
    # a delivery needing a signature: normal, parcel
    ("en", "frontdesk", "Front desk note - signature", "Front desk: the resident in 4C is expecting a medication delivery on Tuesday that needs someone to sign. She asks if the desk can take it while she's at the hospital.", N, False, P, False),
    # a smaller unit asked for: normal, move
    ("en", "email", "Downsizing", "Now that the kids have moved out we'd like a two-bedroom instead of our four. Will any come up this summer, and can our lease transfer to it?", N, False, MV, False),
    ("zh", "email", "换小户型", "孩子出国了，家里三居室住不了，想问下小区里有没有两居室要出租，租约能不能直接转过去？", N, False, MV, False),
    # a thank-you phone message asking no call: low, general (a fault reported with no call asked: maintenance)
    ("en", "pre", "Phone message - Okafor", pre("Grace Okafor", "617-555-0193", "Linden Park HOA, 14 Aster Ln", "Rang to say the landscapers did a lovely job on the entry planters and she wanted the board to know. Nothing to follow up."), L, False, G, False),
    ("en", "pre", "Phone message - Delgado", pre("Luis Delgado", "617-555-0128", "Linden Park HOA", "The parking lot light by building 3 is flickering on and off all night. No need to return the call."), N, False, M, False),
    # a small drip fixed by the resident: low, general, leak-related
    ("en", "email", "Never mind the faucet", "Just so you know, the kitchen faucet drip I mentioned was a worn washer. My husband swapped it last night and it's dry now, so no need to send anyone.", L, True, G, False),
    # fumes from a neighbour's work making people ill: emergency, maintenance
    ("zh", "email", "楼下刷地坪漆", "楼下商铺在刷环氧地坪漆，一下午了，那股味道从楼道窗户飘进来，我爸开始呕吐，孩子说喘不上气。", E, False, M, False),
    # an animal inside a flat: emergency, security (seen outside: normal)
    ("zh", "email", "家里进了蛇", "一条一米多长的蛇从厨房窗户爬进来了，现在盘在冰箱后面，老人吓得不敢动，孩子在隔壁屋，快来人！", E, False, S, False),
    ("zh", "email", "草丛里有蛇", "昨天傍晚在5栋后面的草坪看见一条蛇，已经钻走了，能不能安排人处理一下草丛？", N, False, S, False),
    # smoke from a shop across the street: normal, complaint
    ("zh", "email", "对面餐馆油烟", "马路对面的火锅店排风口正对着我们3栋，每天晚上油烟往窗户里钻，衣服都晾不了，物业能不能出面沟通？", N, False, C, False),
    # a vendor who could not get in, or whose parts arrived: normal, work order
    ("en", "email", "WO 6604 no access", "Re WO 6604: the plumber was unable to get into the crawl space under unit 18 on Monday (panel blocked by stored boxes). Tenant to clear it; send us two dates that suit them.", N, False, W, False),
    ("zh", "email", "工单材料到了", "工单号31207：车库卷帘门的电机已经到货，周三下午来装，装的时候卷帘门要停用一个小时左右，请提前告知业主。", N, False, W, False),
    # a reply confirming a repair time: normal, maintenance
    ("en", "email", "Re: dishwasher repair", "Friday morning is fine. Could the technician call me twenty minutes before he arrives?\n\n> On Mon, Cedar Glen Maintenance wrote:\n> We can send someone Friday between 8 and 12 to fix your dishwasher.", N, False, M, False),
]


def main(path: str) -> None:
    rows_write(path, round_no=44, rows=ROWS)


if __name__ == "__main__":
    main(sys.argv[1])
