"""Write round42.jsonl: training lines of round 42's own for the kinds of blind42's mistakes
and round 41's leftovers where the model was the cause (a person pinned under something that
dropped on them, a person hanging from a railing beside towels hung over one, a wild animal
cornering someone, gunfire, a drone at one's windows, a request for the community garden, an
event sign-up, a thanks with a new fault, a phone message that asks for no call), fresh
sentences, none copied from a set; each kind beside its look-alike, both languages where the
kind has them. Two rows drafted here (a flood in another town asked about, a quote after a
past dryer fire, both no leak) are DROPPED after the rows are written, so the others keep the
ids and senders they were drafted with: with the two the retrained model moved 14 leak
decisions of the training corpus away from their labels (README, round 42). Trained on; never a
measure.
Usage: python scripts/triage/round42_train.py caredesk/triage/data/corpus"""

# ruff: noqa: E501
# fmt: off
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind4_en import AM, A, C, E, G, M, N, S, U, V, W  # noqa: E402
from round36_train import rows_write  # noqa: E402

# (lang, channel, subject, body, urgency, leak, category, callback)
ROWS = [
    # a person pinned under something that dropped on them now: emergency (it dropped, nobody under it: urgent)
    ("en", "email", "Overhead door", "The overhead door of the shared garage slammed down on Mr. Ito's back as he walked under it. He's flat on the ground under it and can't get up.", E, False, M, False),
    ("en", "email", "Overhead door dropped", "The overhead door of the shared garage dropped shut by itself this morning and won't lift again. Nobody was near it, but our cars are stuck inside and we need them by evening.", U, False, M, False),
    ("en", "email", "Spa lid", "The hinge of the spa cover snapped as my neighbor raised it and the lid fell on her wrist. Her hand is crushed under it and the two of us can't budge it.", E, False, M, False),
    ("zh", "email", "车库门", "地库的卷闸门突然落下来砸在一个老人背上，他趴在地上起不来，门还压着他。", E, False, M, False),
    # a person hanging from a railing: emergency (towels hung over a railing: a violation)
    ("en", "email", "Third floor", "The railing on the third-floor walkway bent outward and a painter is dangling from the edge by his hands. His ladder fell away.", E, False, M, False),
    ("en", "email", "Beach towels", "The unit above ours keeps draping beach towels and a rug over the balcony railing, which the rules don't allow. Could someone remind them?", N, False, V, False),
    # a wild animal cornering a person: emergency, security (one that came through last night: normal)
    ("en", "frontdesk", "Front desk note - coyote", "Front desk: a coyote has a woman and her small dog backed against the mailbox kiosk and won't leave. She's screaming and holding the dog up.", E, False, S, False),
    ("en", "email", "Bear in the bins", "A bear tipped over the bins behind building 3 last night and spread trash everywhere. Could we get the latching kind before it comes back?", N, False, M, False),
    # gunfire: security whatever the message began with (fireworks: a complaint)
    ("en", "email", "Re: Gym hours", "Forget the gym hours for a second. Someone is shooting a pistol into the air by the dumpsters, we heard at least four bangs and everyone ran inside.", E, False, S, False),
    ("en", "email", "Fireworks again", "The house on the corner set off fireworks until 1 a.m. again. Loud enough to wake the baby. Can the board say something?", N, False, C, False),
    # a drone at one's windows: a complaint (asking the guards to look into it: security)
    ("zh", "email", "无人机", "这几天傍晚总有无人机在我们楼前飞来飞去，离阳台很近，挺烦人的。", N, False, C, False),
    ("zh", "email", "无人机偷拍", "有人用无人机贴着我家卧室窗户拍，能不能让保安查一下是谁放的？", N, False, S, False),
    # the community garden and an event sign-up: amenity
    ("en", "email", "Garden beds", "Is there still a raised bed free in the community garden for spring? We'd like to grow tomatoes.", N, False, AM, False),
    ("zh", "email", "元宵活动", "元宵节猜灯谜活动怎么报名？孩子想参加。", N, False, AM, False),
    # a flood elsewhere asked about: no leak, general
    ("en", "email", "Flood plan?", "I saw on the news that streets in Millbrook flooded on Sunday. Do we have a plan if the river gets that high here? Only asking.", N, False, G, False),
    # a restoration firm's quote after a past fire: normal, no leak
    ("en", "email", "Estimate: laundry closet 5B", "Following last month's dryer fire in 5B, our estimate to replace the laundry closet's drywall, door and vent is $3,400. Please approve so we can schedule.", N, False, W, False),
    # thanks for a fix with a new fault: the fault's maintenance
    ("zh", "portal", "", "谢谢师傅把热水器修好了！另外说一下，厨房的抽油烟机这两天开始嗡嗡响。", N, False, M, False),
    # a phone message that asks for nobody to call back: no call-back
    ("en", "pre", "Phone message - Ruiz", "Caller: Elena Ruiz\nPhone: 805-555-0417\nProperty: Harbor View 8\nMessage: Her son (7) is stuck in the elevator at building D between 3 and 4. Send someone now.", E, False, M, False),
    ("zh", "pre", "电话留言-钱先生", "来电人：钱先生\n电话：139****2271\n小区：阳光嘉园\n留言：钱先生出门时钥匙拧断了，半截卡在防盗门锁芯里拔不出来，回不了家，务必今天安排锁匠。", U, False, A, False),
]


# subjects of the rows dropped after the sweep (see above)
DROPPED = ("Flood plan?", "Estimate: laundry closet 5B")


def main(path: str) -> None:
    rows_write(path, round_no=42, rows=ROWS)
    target = Path(path) / "round42.jsonl"
    kept = [
        line
        for line in target.read_text(encoding="utf-8").splitlines()
        if json.loads(line)["subject"] not in DROPPED
    ]
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
