"""Write round43.jsonl: training lines of round 43's own for the kinds of blind43's and
blind44's mistakes where the model was the cause (water blasting out during a pump or hydrant
test, a theft under way with a chain or a lock cut, a person pinned under a toppled rack or
table, a child caught in a folding chair, a drip that comes each time upstairs showers, an
owner's crew cutting the association's trees, a courier's own notice), fresh sentences, none
copied from a set; each kind beside its look-alike, both languages where the kind has them. Two
thanks drafted here (a repair that names no water) were left out before the first retrain: with
them the model made 9 maintenance lines of the training corpus general. Trained on; never a
measure.
Usage: python scripts/triage/round43_train.py caredesk/triage/data/corpus"""

# ruff: noqa: E501
# fmt: off
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind4_en import AM, NH, E, G, L, M, N, S, U, V  # noqa: E402
from round36_train import rows_write  # noqa: E402

# (lang, channel, subject, body, urgency, leak, category, callback)
ROWS = [
    # water blasting out during a test: emergency (the test announced for a day: normal)
    ("en", "email", "Hydrant flushing gone wrong", "The city crew flushing the hydrant at our entrance knocked the cap off a service line and water is shooting across the lobby floor toward the elevators.", E, True, M, False),
    ("en", "email", "Generator test Friday", "The standby generator will be load-tested Friday between 8 and 10 am. Lights in the halls may flicker briefly; no need to do anything.", L, False, G, False),
    # a theft under way: emergency, security (found afterwards: normal)
    ("en", "frontdesk", "Front desk note - bike cage", "Front desk: a resident says two guys with bolt cutters just opened the bike cage in garage B and are wheeling bikes out to a van at the ramp.", E, False, S, False),
    ("en", "email", "Kayak gone", "Our kayak was taken from the rack by the marina sometime this week; the cable was cut. Could the office check the dock camera?", N, False, S, False),
    # a person pinned under a toppled rack or table: emergency, maintenance (nobody under it: normal)
    ("zh", "email", "货架倒了", "地下室的铁货架突然倒了，把正在搬箱子的保洁师傅压在下面，腿抽不出来，我们几个人抬不动。", E, False, M, False),
    ("zh", "email", "货架歪了", "地下室有个铁货架往一边歪，好像有颗螺丝掉了，还没倒，麻烦这周派人来加固一下。", N, False, M, False),
    ("en", "email", "Card table", "A folding banquet table in the party room collapsed while kids were sitting on it and the metal edge landed on a boy's fingers. They're trapped and bleeding and we can't lift it off.", E, False, M, False),
    ("en", "email", "Party room tables", "Some of the folding tables in the party room wobble. Could a couple be replaced before the holiday potluck?", N, False, AM, False),
    # a child caught in a folding thing after a fee question: emergency, maintenance
    ("zh", "email", "停车费和折叠椅", "想问一下下个月车位费涨不涨？还有活动室的折叠椅突然合上，把一个小孩的手指夹在里面，拉不出来，孩子哭得很厉害，快派人来。", E, False, M, False),
    # a drip that comes each time upstairs showers: urgent, a leak
    ("en", "email", "Drips when they shower", "Whenever the tenants above us shower, drops come through the bathroom ceiling around the vent. It stops afterwards. Could a plumber check it today?", U, True, M, False),
    ("zh", "email", "楼上冲厕所就渗水", "住我们上面那户只要一冲厕所，我们厨房吊顶角上就渗出水来一滴一滴往下掉，过一会儿又停了。今天有师傅能上门查一下吗？", U, True, M, False),
    # an owner's crew cutting the association's trees: urgent, violation (a trim asked: maintenance)
    ("en", "email", "Pines behind us", "Chainsaws out back: the homeowner at 41 Elm brought in a tree service and they're removing the association's pines along the greenbelt right now. Please get someone to stop them before they finish.", U, False, V, False),
    ("en", "email", "Trim the pines", "The pines on the common strip behind 41 Elm are brushing our gutters. Could the landscapers trim them back this fall?", N, False, M, False),
    # a courier's own notice: low, non_human (a resident's parcel shown signed for: parcel)
    ("zh", "email", "包裹已送达", "您的包裹已放入阳光嘉园3栋丰巢柜，取件码 7-2-1188，请于48小时内取件。", L, False, NH, False),
]


def main(path: str) -> None:
    rows_write(path, round_no=43, rows=ROWS)


if __name__ == "__main__":
    main(sys.argv[1])
