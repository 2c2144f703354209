"""Write round37.jsonl: training lines of round 37's own for the kinds of blind36's mistakes
where the model was the cause (fresh sentences, none copied from a set; each kind beside its
look-alike or its emergency, both languages). Trained on; never a measure.
Usage: python scripts/triage/round37_train.py caredesk/triage/data/corpus"""

# ruff: noqa: E501
# fmt: off
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind4_en import AM, A, B, C, E, G, L, M, N, P, U  # noqa: E402
from round36_train import rows_write  # noqa: E402

# (lang, channel, subject, body, urgency, leak, category, callback)
ROWS = [
    # a fixture pulled out of a ceiling is no water (water through a light fixture is a leak)
    ("en", "email", "Dining room light", "The dining room pendant tore loose from its box and is dangling by the wires over the table. Nobody is under it now; can an electrician come today?", U, False, M, False),
    ("en", "email", "Stair light", "The globe of the light over our stairs has filled up with water and it is spilling onto the steps; the plaster around it is bulging.", E, True, M, False),
    ("zh", "email", "客厅吊灯", "客厅的吊灯连着一块石膏板从顶上脱下来了，靠电线吊着，下面没人，今天能派电工来吗？", U, False, M, False),
    ("zh", "email", "过道灯", "楼上漏水，水顺着过道的灯往下滴，灯罩里都积满了，顶上湿的那片还在扩大。", E, True, M, False),
    # a vehicle down a bank into water with someone pinned: an emergency, maintenance (carts by a pond asked about: general)
    ("en", "pre", "Phone message - Varga", "Caller: Ilona Varga\nPhone: 330-555-0142\nProperty: Heron Bay HOA\nMessage: A maintenance cart slid down the grass bank into the duck pond and the groundskeeper is stuck under it with his head barely above the water. Please call.", E, False, M, True),
    ("en", "email", "Carts by the pond", "Can golf carts be left overnight on the path by the duck pond, or only in the cart barn?", N, False, G, False),
    ("zh", "email", "景观湖", "一辆送货的三轮车从坡上冲进了景观湖，司机被压在车底下，水都到他脖子了，我们几个拉不动。", E, False, M, False),
    # a pond's water let loose into a building: an emergency and a leak; a pond's pump or algae: maintenance; fishing in it: amenity
    ("en", "email", "Reflecting pool", "The reflecting pool by the entrance has cracked along one side and its water is running across the plaza and in under the lobby doors. The carpet inside is soaked.", E, True, M, False),
    ("en", "email", "Duck pond", "The aerator in the duck pond hasn't run for a week and there's a film of algae on the water. Could the pond service come out?", N, False, M, False),
    ("en", "email", "Fishing", "Are residents allowed to fish in the pond behind the clubhouse, catch and release only?", N, False, AM, False),
    ("zh", "email", "荷花池", "荷花池的增氧机坏了一个礼拜了，水面上一层绿藻，什么时候派人来修？", N, False, M, False),
    ("zh", "email", "钓鱼", "小区的人工湖可以钓鱼吗？周末想带孩子去玩玩。", N, False, AM, False),
    ("zh", "email", "鱼池", "会所鱼池里好几条锦鲤翻着肚皮漂着，是不是水质出问题了？麻烦看一下。", N, False, M, False),
    # flyers piling up in the mailroom: a general ask (a mailbox door off its hinge is a repair)
    ("en", "email", "Mailroom", "The mailroom is buried in takeout menus every week. Could the board ask the post office about a no-flyers sign?", N, False, G, False),
    ("en", "email", "Mailbox door", "The little door on mailbox 14 hangs off one hinge and flaps open in the wind. Could it be fixed?", N, False, M, False),
    # a delivery left at the wrong door: parcel
    ("en", "email", "Wrong apartment", "The courier dropped my box of frozen groceries at 2C instead of 6C and nobody noticed until this morning. What can I do?", N, False, P, False),
    # a statue to clean: maintenance (who made it: general)
    ("zh", "email", "石雕", "小区门口的石雕上贴满了小广告，还有胶印，能安排人清洗一下吗？", N, False, M, False),
    ("zh", "email", "石雕", "小区门口那个石雕是哪位艺术家的作品？孩子学校要写一篇介绍。", N, False, G, False),
    # asking whether something needs approval: normal, a call asked
    ("zh", "pre", "电话留言-车位", "来电人：蒋先生\n电话：133****6120\n小区：阳光嘉园\n留言：他在地库有个产权车位，打算加装一个遥控升降的挡车器，想先弄清楚物业这边要不要登记备案。麻烦回个电话。", N, False, A, True),
    # cleaning chemicals mixed: fumes, no water
    ("zh", "email", "地下室", "保洁把洁厕灵和消毒液混在一个桶里了，地下室一股刺鼻的气味，两个保洁头晕想吐，已经扶到外面了，还在吐。", E, False, M, False),
    # congratulations, nothing asked: low, general
    ("en", "email", "Garden club", "Congratulations to the garden club on the new planters by the gate, they look wonderful.", L, False, G, False),
    ("zh", "email", "乒乓球队", "恭喜小区乒乓球队拿下街道比赛冠军，给队员们点赞！", L, False, G, False),
    # idioms and cooking fumes: no emergency
    ("zh", "email", "分期", "最近房贷压得我喘不过气，这个季度的物业费能不能分两次交？", N, False, B, False),
    ("zh", "email", "烧烤店", "楼下烧烤店的油烟太大了，每天晚上熏得我们不敢开窗。", N, False, C, False),
]


def main(path: str) -> None:
    rows_write(path, round_no=37, rows=ROWS)


if __name__ == "__main__":
    main(sys.argv[1])
