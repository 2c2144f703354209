"""Write round41.jsonl: training lines of round 41's own for the kinds of blind40's and blind41's
mistakes where the model was the cause (a structure or a fire with no water read as a leak, a
vendor's notice of a service off read as low, a leg pinned under equipment read as urgent, a
gate that will not let one out, a payment due today, an event about to start), fresh sentences,
none copied from a set; each kind beside its look-alike, both languages. Trained on; never a
measure.
Usage: python scripts/triage/round41_train.py caredesk/triage/data/corpus"""

# ruff: noqa: E501
# fmt: off
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind4_en import A, B, E, L, M, N, U, V, W  # noqa: E402
from round36_train import rows_write  # noqa: E402

# (lang, channel, subject, body, urgency, leak, category, callback)
ROWS = [
    # a structure giving way with no water: no leak (a beam rotted by a slow leak: a leak)
    ("en", "email", "Floor joist", "Something in the crawl space gave a sharp bang and now the kitchen floor dips by the island. The cabinet doors have stopped lining up and a crack is running across the tile.", E, False, M, False),
    ("en", "email", "Soft beam", "The contractor opened the bathroom floor and says the joist under the tub rotted from a slow drip over the years. He wants approval to sister a new one.", N, True, M, False),
    ("zh", "email", "楼板响", "刚才楼下咔的一声巨响，客厅中间的地板往下沉了一块，门都关不上了，墙角裂开一条缝。", E, False, M, False),
    ("zh", "email", "龙骨烂了", "师傅拆开卫生间地面，说下面的龙骨是常年渗水泡烂的，要换，让我们先确认一下费用。", N, True, M, False),
    # smoke from an outlet or a wall after hot work: a fire, no leak (an outlet wet from a drip: a leak)
    ("en", "email", "Outlet by the window", "The electrician soldered in the wall this afternoon and left. Now there's a thin stream of smoke coming out of the switch plate and the paint around it is bubbling.", E, False, M, False),
    ("en", "email", "Outlet is wet", "Water from the unit upstairs is running down inside our wall and the outlet by the bed is wet and crackling. We flipped the breaker.", E, True, M, False),
    ("zh", "email", "插座冒烟", "下午工人在墙上用热风枪除旧漆，人走了以后插座面板里一直往外冒青烟，墙摸着发烫。", E, False, M, False),
    # a vendor's notice of a service off for hours: normal, to pass on (a job done and closed: low)
    ("en", "email", "Boiler service", "Northline Mechanical: we will service the boiler at 40 Birch on Monday. Heat and hot water will be off from 8 to 1. Please let the residents know.", N, False, W, False),
    ("en", "email", "WO 6120 complete", "Northline Mechanical: WO 6120, boiler serviced, burner cleaned, heat back on at 12:40. Closed.", L, False, W, False),
    ("zh", "email", "供暖检修通知", "华北暖通：下周一上午8点到12点检修12栋换热站，期间暂停供暖，请物业转告住户。", N, False, W, False),
    ("zh", "email", "工单完成", "华北暖通：工单5520，12栋换热站检修完毕，已恢复供暖。", L, False, W, False),
    # a leg or an arm pinned under equipment now: emergency (the equipment stuck, nobody under it: urgent)
    ("en", "frontdesk", "Front desk note - trash compactor", "Front desk: the compactor's ram came forward while the porter was clearing a jam. His arm is pinned against the chute and he's yelling.", E, False, M, False),
    ("en", "frontdesk", "Front desk note - loading dock", "Front desk: the dock leveler is stuck halfway up and the movers can't get their truck close. Nobody's hurt, but they have to load today.", U, False, M, False),
    # a gate that will not let one out: urgent access (slow but working: normal)
    ("en", "email", "Exit gate", "I drove in at noon and now the exit arm of the storage lot won't let me out, my code just beeps. I have to be at work by 2.", U, False, A, False),
    ("en", "email", "Slow gate", "The exit gate at the storage lot takes four or five tries to read my code. It opens in the end, but could it be looked at?", N, False, A, False),
    ("zh", "email", "出不去了", "我开车进了仓储园区，现在出口道闸不认我的车牌，车出不去，下午三点还要接孩子。", U, False, A, False),
    # a payment that must be made today: urgent (due next week: normal)
    ("en", "email", "Pay by tonight", "The notice says my parking spot goes to the waitlist if the fee isn't paid by tonight, and the payment page keeps timing out. How else can I pay?", U, False, B, False),
    ("en", "email", "Dues portal", "The payment page timed out twice when I tried to pay next month's dues. Is there another way to pay before the 1st?", N, False, B, False),
    # an event about to start without approval: urgent today (next month's: normal)
    ("en", "email", "Bounce house on the green", "Renters at lot 8 are inflating a bounce house on the common green for a party at 3 this afternoon. They never asked the board. Can someone stop by before it starts?", U, False, V, False),
    ("en", "email", "Party on the green", "The renters at lot 8 told me they plan a party with a bounce house on the common green next month. Do they need to ask the board?", N, False, V, False),
]


def main(path: str) -> None:
    rows_write(path, round_no=41, rows=ROWS)


if __name__ == "__main__":
    main(sys.argv[1])
