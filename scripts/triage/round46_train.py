"""Write round46.jsonl: training lines of round 46's own for two lines the retrain on blind47
and blind48 moved away from `normal` where the model alone was the cause (damp boxes found in a
storage unit today, asked about; a fire door held open against the rules, to be cleared today
with a reminder) and one a test holds (cupped floorboards, a leak under the leak phrases' model floor), fresh sentences, none copied from a set; each kind beside its look-alike (water
coming in now, urgent; a propped door with strangers coming in, security), both languages.
Trained on; never a measure.
Usage: python scripts/triage/round46_train.py caredesk/triage/data/corpus"""

# ruff: noqa: E501
# fmt: off
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind4_en import M, N, S, U, V  # noqa: E402
from round36_train import rows_write  # noqa: E402

# (lang, channel, subject, body, urgency, leak, category, callback)
ROWS = [
    # damp things found in a storage unit, asked where water gets in: normal, leak-related
    ("en", "email", "Unit 52 smells musty", "Stopped by my unit this afternoon and two of the cardboard cartons along the side wall have gone soft at the bottom and feel clammy. Could the roof or the door seal be letting moisture in?", N, True, M, False),
    ("zh", "email", "储物间纸箱受潮", "今天下午去地下储物间拿东西，发现靠墙放的几个纸箱底部都软了，摸着潮乎乎的，是不是哪里渗水进来了？", N, True, M, False),
    # ...and water running in now: urgent
    ("en", "email", "Water under my roll-up door", "Rainwater is running under the roll-up door of unit 31 right now and the cartons on the floor are soaking it up. Can someone come by today to look at the threshold?", U, True, M, False),
    # a fire door held open against the rules, to clear today and remind people: normal, violation
    ("en", "frontdesk", "Front desk note - fire door on 2", "Front desk: the fire door off the second-floor landing keeps being held open with a rubber wedge. Please pull the wedge out today and post a reminder that fire doors stay shut.", N, False, V, False),
    ("zh", "email", "防火门又被挡住", "五楼楼梯间的防火门又有人用凳子挡着不让关，麻烦今天去把凳子拿走，再在群里提醒一下防火门要常闭。", N, False, V, False),
    # ...and a back door propped open with strangers getting in: urgent, security
    ("en", "email", "Back door and strangers", "The back door by the bike room has been propped open with a cinder block all evening and two men I've never seen just walked in and went upstairs. Can security check now?", U, False, S, False),
    # floorboards buckling or cupping is water under them, a leak ; at the end so the earlier rows keep their senders
    ("en", "email", "Floor by the dishwasher", "Since the dishwasher was replaced, the wood floor in front of it has cupped and a few planks are lifting at the joints. Is water getting under them?", N, True, M, False),
]


def main(path: str) -> None:
    rows_write(path, round_no=46, rows=ROWS)


if __name__ == "__main__":
    main(sys.argv[1])
