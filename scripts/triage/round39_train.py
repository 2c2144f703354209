"""Write round39.jsonl: training lines of round 39's own for the kinds of blind38's mistakes
where the model was the cause, and for round 38's leftovers (a flag hanging upside down, a thing
one would like checked), fresh sentences, none copied from a set; each kind beside its look-alike,
both languages. Trained on; never a measure.
Usage: python scripts/triage/round39_train.py caredesk/triage/data/corpus"""

# ruff: noqa: E501
# fmt: off
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind4_en import AR, C, G, L, M, N, P, S, U, V, W  # noqa: E402
from round36_train import rows_write  # noqa: E402

# (lang, channel, subject, body, urgency, leak, category, callback)
ROWS = [
    # a power tool or a blower waking people: a nuisance, complaint (a rule cited: violation)
    ("en", "email", "Chainsaw at dawn", "Whoever lives at 41 starts splitting firewood with a chainsaw before six most mornings. My toddler is up every time.", N, False, C, False),
    ("en", "email", "Trailer on the street", "The family at 41 has kept a utility trailer on the street for three weeks; the covenants say trailers go in garages.", N, False, V, False),
    ("zh", "email", "电锯声", "对面那户一大早六点多就用电锯锯木头，吵得孩子天天早醒，能不能去说一说。", N, False, C, False),
    ("zh", "email", "门口堆木料", "对面那户把一大堆木料堆在单元门口公共区域两个多星期了，按规约不能占用公共区域。", N, False, V, False),
    # something closed by the rules used anyway: violation (asking whether it is allowed: general)
    ("en", "email", "Roof hatch", "The roof hatch on building C is supposed to stay shut per the association rules, yet a couple of tenants keep climbing up there at night to drink.", N, False, V, False),
    ("en", "email", "Roof hatch question", "Are residents ever allowed up through the roof hatch, say to watch fireworks? Just asking before July.", N, False, G, False),
    ("zh", "email", "地下室储物间", "地下室那间公共储物间物业规定是锁着不给用的，可是有住户配了钥匙，往里面堆满了旧家具。", N, False, V, False),
    # what workers left to take away: maintenance (a neighbour's clutter against the rules: violation)
    ("en", "email", "Left in the lobby", "After resealing the lobby floor the crew left a row of half-empty sealer buckets and a roll of plastic by the elevators. Could they be taken away?", N, False, M, False),
    ("zh", "email", "楼道里的废料", "换窗户的工人走的时候把拆下来的旧窗框和碎玻璃都扔在楼道拐角了，麻烦安排人清一下。", N, False, M, False),
    # sympathies asking nothing: low and general
    ("en", "email", "With sympathy", "Sending heartfelt condolences to the Ortiz family. Tomas coached half the kids on this street at soccer.", L, False, G, False),
    ("zh", "email", "悼念", "惊悉12栋的李阿姨昨晚去世，深切哀悼，愿家属节哀。", L, False, G, False),
    # a load-bearing wall coming down now: urgent violation (asking first: architectural)
    ("zh", "email", "楼上在凿墙", "楼上2201的装修队现在正用电镐凿卧室那堵剪力墙，整栋楼都在震，这属于违规装修吧，请马上去叫停。", U, False, V, False),
    ("en", "email", "Wall between kitchen and den", "We'd like to open up the wall between the kitchen and den. How do we find out whether it's structural, and what does the committee need?", N, False, AR, False),
    # documents held at the front desk by a courier: parcel (a key left there: access)
    ("zh", "email", "合同文件", "我的购房合同用顺丰寄到物业服务中心了，我出差要周五才回来，能先帮我收着吗？", N, False, P, False),
    ("en", "email", "Title papers", "The title company's overnight envelope with my closing papers went to the management office. Could someone sign for it and hold it until Monday?", N, False, P, False),
    # the office's phone always busy, with displeasure: complaint
    ("zh", "email", "热线没人接", "物业热线连着打了五天都没人接，留言也没人回，对这个服务很有意见。", N, False, C, False),
    ("en", "email", "Nobody picks up", "I've rung the management line every day this week and it rings out each time. Frankly I'm fed up with the service.", N, False, C, False),
    # a vendor asking for the owner at home: normal (the job closed: low)
    ("zh", "email", "工单 7720", "安泰水电：工单7720，11栋803厨房下水返味，需要业主周五下午在家开门，麻烦物业转告。", N, False, W, False),
    ("zh", "email", "工单 7720 完成", "安泰水电：工单7720，11栋803厨房下水已疏通并加装存水弯，已完工。", L, False, W, False),
    # a banner or a card of thanks: general
    ("zh", "frontdesk", "前台记录-表扬信", "前台：12栋的业主写了一封表扬信，谢谢电工师傅周末加班帮她修好了电闸，已经转给工程部。", L, False, G, False),
    # cameras dark with a guard wanted tonight: urgent (a camera out for weeks, fixed when possible: normal)
    ("en", "email", "Back lot cameras", "The back lot's cameras went blank around noon and the installer is booked until Thursday. Could a guard walk the lot tonight?", U, False, S, False),
    ("zh", "email", "单车棚摄像头", "单车棚那个摄像头坏了好几个星期了，有空的时候安排人看看吧。", N, False, S, False),
    # a flag or a sign hanging upside down is nobody hanging (a worker hanging from a height is)
    ("en", "email", "Flag at the gate", "Small thing: the flag on the pole by the front gate is flying upside down since the wind last night.", N, False, M, False),
    ("en", "email", "Clubhouse sign", "The clubhouse sign is hanging crooked from one chain after the storm. Could it be straightened?", N, False, M, False),
    # a thing one would like checked: maintenance (a question of rules alone: general)
    ("en", "email", "Furnace filter", "Does the landlord change the furnace filters, or is that on us? Ours looks grey and I'd like it checked.", N, False, M, False),
]


def main(path: str) -> None:
    rows_write(path, round_no=39, rows=ROWS)


if __name__ == "__main__":
    main(sys.argv[1])
