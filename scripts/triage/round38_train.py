"""Write round38.jsonl: training lines of round 38's own for the kinds of blind37's mistakes
where the model was the cause, and for round 38's four conventions (fresh sentences, none copied
from a set; each kind beside its look-alike or its emergency, both languages). Trained on; never
a measure.
Usage: python scripts/triage/round38_train.py caredesk/triage/data/corpus"""

# ruff: noqa: E501
# fmt: off
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind4_en import AM, MV, C, E, G, L, M, N, P, S, U, W  # noqa: E402
from round36_train import rows_write  # noqa: E402

# (lang, channel, subject, body, urgency, leak, category, callback)
ROWS = [
    # a person hanging on at a height: an emergency, maintenance wherever (loose bolts asked today: urgent)
    ("en", "email", "Back stairs", "The wooden landing of the back stairs gave way under the mail carrier and she's dangling from the top rail by her arms, two floors up. We're holding her wrists.", E, False, M, False),
    ("en", "frontdesk", "Front desk note - rock wall", "Front desk: a boy on the rock wall in the rec center slipped out of his seat harness and is clinging to a hold near the ceiling. Staff can't reach him with the ladder.", E, False, M, False),
    ("en", "email", "Rear stair landing", "Two boards on the rear stair landing are cracked and bounce when you step on them. We've roped it off; could a carpenter come today?", U, False, M, False),
    ("zh", "email", "外挂楼梯", "3栋外面的铁楼梯平台整个往外歪了，一个送水的小伙子两只手扒着栏杆吊在半空，我们在下面托不住他。", E, False, M, False),
    ("zh", "email", "攀岩墙", "会所攀岩墙的保护绳卡住了，一个小姑娘倒挂在快到顶的地方，安全带在往下滑，教练够不着。", E, False, M, False),
    # fitness or play equipment broken, nobody hurt: the amenity's (round 38's convention)
    ("en", "email", "Climbing wall holds", "Three of the holds on the climbing wall in the rec center spin when you grab them. Nobody's hurt, but could they be tightened?", N, False, AM, False),
    ("zh", "email", "椭圆机", "会所健身房那台椭圆机的踏板松了，踩上去咯噔咯噔响，麻烦找人来修一下。", N, False, AM, False),
    # a window AC that rattles is no leak (one dripping inside is)
    ("en", "email", "Kitchen window unit", "The window unit in our kitchen has started buzzing and shaking in its frame when the compressor kicks on. Could someone take a look?", N, False, M, False),
    ("en", "email", "Water under the AC", "The window unit in the kitchen is leaking inside: water runs down the wall under it and the floorboards there are soft.", N, True, M, False),
    # a bathroom fan replaced is no leak (a fan dripping is)
    ("en", "email", "WO 3390", "WO 3390: range hood fan motor in unit 21 swapped and tested. Closed.", L, False, W, False),
    ("zh", "email", "工单4471", "工单4471：7栋302卫生间排风扇已更换，试机正常。关闭。", L, False, W, False),
    # whether the gym is open: the amenity's, even under a quoted notice
    ("en", "email", "Re: Elevator work Thursday", "Does that mean the fitness center is closed Thursday too?\n\n> On Mon, the office wrote:\n> Elevator 2 will be out of service Thursday for a cable replacement.", N, False, AM, False),
    ("zh", "email", "回复：周四电梯维保", "那周四会所健身房还开吗？\n\n> 周一，物业写道：\n> 周四2号电梯更换钢丝绳，停运一天。", N, False, AM, False),
    # a fence cut open is security (a fence leaning is a repair)
    ("en", "email", "Back fence", "Someone snipped a hole in the chain-link behind the tennis courts over the weekend, big enough for a bike to go through. Could it be patched?", N, False, S, False),
    ("en", "email", "Fence along the creek", "The wooden fence along the creek path is leaning after the rain and two posts have rotted at the base. Could it be repaired?", N, False, M, False),
    ("zh", "email", "围墙铁丝网", "北边围墙上的铁丝网被人剪开一个口子，能钻进一个人，麻烦尽快补上。", N, False, S, False),
    # a camera asked for is security (a parcel code not received is a parcel)
    ("zh", "email", "自行车棚", "自行车棚这个月丢了两辆车，能不能在棚子门口装个监控？", N, False, S, False),
    ("zh", "email", "取件码", "快递柜的取件码短信一直没收到，包裹显示已经放进去两天了，怎么取？", N, False, P, False),
    # one's personal details given out by the office: a complaint
    ("en", "email", "Who has my email?", "A roofing company emailed me by name about my unit number this week. The only place I gave that address was your resident portal. Did the office pass it on?", N, False, C, False),
    ("zh", "email", "住址信息", "最近总有装修公司上门推销，连我家门牌号和姓名都知道，物业是不是把业主资料给出去了？", N, False, C, False),
    # a cold parcel with the desk closing before one gets home: urgent (a question about holding parcels: normal)
    ("zh", "email", "生鲜包裹", "今天有一箱冻牛排送到了物业前台，得冷冻，前台五点半下班，我八点多才能回来，能先帮我放冰柜吗？", U, False, P, False),
    ("en", "email", "Holding packages", "Does the front desk hold packages that need refrigeration, or should I have them sent to my office?", N, False, P, False),
    # a move-out done, asking nothing: low (when to return keys: normal)
    ("en", "email", "All moved out", "We've officially moved out of 14B and the two mailbox keys are in the drop slot. It was a lovely place to live.", L, False, MV, False),
    ("zh", "email", "退租完成", "18栋2201已经退租，房子打扫干净了，交房手续都办好了，谢谢这两年的照顾。", L, False, MV, False),
    ("zh", "email", "还钥匙", "下周五退租，钥匙和门禁卡应该交给前台还是管家？", N, False, MV, False),
    # a vendor asking for the tenant home or a key: normal
    ("en", "email", "WO 2268 - unit 3F", "Brightline Electric: WO 2268, dead outlets in 3F. We need the resident there Monday after 1, or a key at the leasing office. Let us know.", N, False, W, False),
    # a fault there now, who repairs it: maintenance (round 38's convention; a hypothetical: general)
    ("en", "email", "Dishwasher in my rental", "The dishwasher in the condo I rent stopped draining last week. The owner says appliances are on me, but my lease says he maintains them. Who's supposed to fix it?", N, False, M, False),
    ("zh", "email", "租的房子洗衣机", "租的房子洗衣机不脱水了，房东说这种小毛病让我自己找人修，合同上写的是电器坏了房东负责，到底该谁修？", N, False, M, False),
    ("en", "email", "If the dryer dies", "If the washer-dryer that came with my rental ever breaks, is that the owner's job or mine?", N, False, G, False),
    # who installs CO detectors: general (a detector to replace: maintenance)
    ("en", "email", "CO detectors", "Are owners supposed to put in their own carbon monoxide alarms, or is that something the association provides?", N, False, G, False),
    ("zh", "email", "燃气报警器", "厨房的燃气报警器是业主自己买来装，还是物业统一给装？", N, False, G, False),
    ("zh", "email", "烟感过期", "我家客厅的烟感上写着2012年生产，是不是该换了？能派人来换一个吗？", N, False, M, False),
]


def main(path: str) -> None:
    rows_write(path, round_no=38, rows=ROWS)


if __name__ == "__main__":
    main(sys.argv[1])
