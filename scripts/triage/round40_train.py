"""Write round40.jsonl: training lines of round 40's own for the kinds of blind39's mistakes
where the model was the cause, and for round 39's leftovers (animals under the eaves, a pipe that
burst last week asked about its cover), fresh sentences, none copied from a set; each kind beside
its look-alike, both languages. Trained on; never a measure.
Usage: python scripts/triage/round40_train.py caredesk/triage/data/corpus"""

# ruff: noqa: E501
# fmt: off
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind4_en import A, C, E, G, L, M, N, P, S, U, V  # noqa: E402
from round36_train import rows_write  # noqa: E402

# (lang, channel, subject, body, urgency, leak, category, callback)
ROWS = [
    # things driven or carried off right now: a theft in progress, emergency security (after the fact: normal)
    ("en", "frontdesk", "Front desk note - golf carts", "Front desk: a stranger is towing both of the community's golf carts off the cart pad behind the pro shop this minute, chain snapped on the ground. No staff booked them out.", E, False, S, False),
    ("en", "email", "Carts missing", "Both golf carts were gone from the cart pad when I walked by Sunday morning. Does anyone know if they were sent for service?", N, False, S, False),
    ("zh", "frontdesk", "前台记录-会所器材", "前台：有个陌生人正把会所的两台动感单车往一辆面包车上抬，会所今天没开门，门锁是被撬开的。", E, False, S, False),
    ("zh", "email", "器材少了", "周一去会所发现少了两台动感单车，不知道是不是拿去修了，麻烦问一下。", N, False, S, False),
    # scalding liquid over a child's skin now: emergency (an old scald now healed: low)
    ("zh", "email", "孩子烫到了", "刚才孩子打翻了一碗刚出锅的热汤，全泼在他肚子上，一片通红还起了水泡，他疼得直打滚。", E, False, M, False),
    ("zh", "email", "热汤", "上周孩子被热汤烫了一下，擦了药已经不红了，谢谢物业阿姨送来的药膏。", L, False, G, False),
    ("en", "email", "Burn", "My son knocked a pot of pasta water off the stove and it went across his feet. The skin is peeling and he won't stop screaming.", E, False, M, False),
    # lost and found: general, normal when a notice is asked
    ("zh", "email", "丢了钱包", "昨天傍晚在小区篮球场边上丢了一个黑色钱包，里面有银行卡和驾照，有人捡到的话麻烦联系我。", N, False, G, False),
    ("en", "email", "Found earbuds", "Someone's wireless earbuds were on the bench by the tennis courts. I left them with the concierge. Could you put a note in the lobby?", N, False, G, False),
    # a heads-up that people may see smoke, nothing to worry about: low (smoke with fire still burning: emergency)
    ("zh", "email", "烤全羊", "周六晚上我们家在院子里烤全羊，会有一些烟飘出去，是炭火的烟，邻居们别紧张。", L, False, G, False),
    ("en", "email", "Smoker Saturday", "Just a heads-up that I'm smoking a brisket in the backyard all day Saturday, so there'll be wood smoke drifting over. Nothing's on fire.", L, False, G, False),
    # something needed today (zh): urgent (needed next week: normal)
    ("zh", "email", "药送错了", "我的胰岛素快递被送到隔壁单元去了，今晚就得打针，能帮忙去问问吗？", U, False, P, False),
    ("zh", "email", "书送错了", "我订的几本书好像送到隔壁单元了，不着急，下周有空帮忙问问就行。", N, False, P, False),
    # a claim for a pipe that burst: a leak, general when it asks nothing
    ("en", "email", "Adjuster", "The adjuster signed off on our claim for the supply line that split behind the fridge in the fall. All settled, nothing from you.", L, True, G, False),
    ("zh", "email", "赔款", "冬天暖气管冻裂泡了地板，保险公司这周已经赔付了，跟物业说一声，不用再跟进。", L, True, G, False),
    # a reply that takes note of a notice with one's own plan: low (with a question: normal)
    ("en", "email", "Re: Parking lot sealing", "Understood, we'll leave the car on Maple Street both nights.\n\n> On Mon, the office wrote:\n> The lot will be sealed Tuesday and Wednesday nights; please park elsewhere.", L, False, G, False),
    ("en", "email", "Re: Parking lot sealing", "Understood. Where can guests park those two nights, though?\n\n> On Mon, the office wrote:\n> The lot will be sealed Tuesday and Wednesday nights; please park elsewhere.", N, False, A, False),
    # parcels locked in a locker whose code fails: parcel (a door code: access)
    ("en", "email", "Locker code", "The one-time code for the parcel lockers keeps coming back invalid. My daughter's birthday present is inside and her party is Saturday.", N, False, P, False),
    # open flames the rules ban: violation, no fire
    ("en", "email", "Fire bowl", "Our bylaws forbid open fires on patios, yet the townhouse at the end lights a fire bowl every weekend under the pine.", N, False, V, False),
    # animals under the eaves or in the attic: maintenance (a neighbour's pet: complaint)
    ("en", "email", "Squirrels", "Squirrels are chewing their way into the attic over our garage; we hear them scratching at dawn. Could a wildlife company be sent?", N, False, M, False),
    ("zh", "email", "屋檐下的马蜂窝", "我家阳台外面屋檐下有个马蜂窝，越来越大，孩子不敢上阳台，能安排人来摘掉吗？", N, False, M, False),
    ("zh", "email", "邻居的鹦鹉", "隔壁养的鹦鹉每天一早就尖叫，叫一两个小时，吵得没法睡。", N, False, C, False),
    # a pipe that burst last week asked about its cover: no emergency, a leak
    ("en", "email", "Last week's burst", "A pipe burst behind our shower two weeks ago and we had to open the wall. Would the association's insurance pick up any of that?", N, True, G, False),
]


def main(path: str) -> None:
    rows_write(path, round_no=40, rows=ROWS)


if __name__ == "__main__":
    main(sys.argv[1])
