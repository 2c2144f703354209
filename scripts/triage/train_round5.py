# ruff: noqa: E501
# fmt: off
"""Append round 5's training messages to caredesk/triage/data/corpus/train.jsonl (once).

Written from the causes found in blind4, blind3b and heldout (never from blind5): greetings
are low, a vendor's scheduling note is normal, Chinese moisture and seepage wording, water
look-alikes (水费, 停水, 漏电, 漏气, 热水器不热), phone messages about an emergency that ask
for no call, and the small categories (billing, amenity, violation, architectural).
Usage: python train_round5.py"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from train_round4 import rows_append  # noqa: E402


def pre(name, phone, room, msg):
    return f"来电人：{name}\n电话：{phone}\n房号：{room}\n内容：{msg}"


# (lang, channel, subject, body, urgency, leak, category, callback)
ROWS = [
    # greetings and notes that ask nothing
    ("zh", "e", "元旦快乐", "元旦快乐！感谢物业这一年的辛苦付出。", "L", 0, "ge", 0),
    ("zh", "e", "端午安康", "祝物业的各位端午安康！", "L", 0, "ge", 0),
    ("zh", "e", "国庆快乐", "国庆快乐，祝管家和保安师傅们假期愉快！", "L", 0, "ge", 0),
    ("zh", "e", "拜年", "给物业的朋友们拜年了，祝新的一年万事如意。", "L", 0, "ge", 0),
    ("zh", "e", "知会", "跟物业说一声，下周三我家有人来装窗帘，不用你们做什么。", "L", 0, "ge", 0),
    ("zh", "e", "周末愉快", "事情都办好了，谢谢管家，周末愉快！", "L", 0, "ge", 0),
    ("en", "e", "Season's greetings", "Season's greetings from the Parkers in 12B!", "L", 0, "ge", 0),
    # a vendor's scheduling note asks for nothing now, but is no thank-you: normal
    ("zh", "e", "工单6120已排期", "工单6120（2栋楼道灯更换）：电工安排在下周二上午。", "N", 0, "wo", 0),
    ("zh", "e", "工单6133配件", "工单6133：单元门闭门器已下单，预计五天后到货安装。", "N", 0, "wo", 0),
    ("zh", "e", "工单6140需入户", "工单6140（8栋702卫生间渗水）：周五下午需入户查看，请提前通知业主。", "N", 1, "wo", 0),
    ("en", "e", "WO 6201 scheduled", "Work order 6201 (gutter cleaning, Bldg A): crew booked for Monday 8-12.", "N", 0, "wo", 0),
    ("en", "e", "WO 6210 backordered", "WO 6210: replacement intercom panel is backordered, new ETA two weeks.", "N", 0, "wo", 0),
    ("en", "e", "WO 6222 access", "Work order 6222 (ceiling leak, unit 5D): we need access Thursday morning to open the drywall. Please confirm with the resident.", "N", 1, "wo", 0),
    # Chinese moisture and seepage, not pressing
    ("zh", "e", "墙根潮湿", "一楼墙根一圈都是湿的，踢脚线都泡变形了，不知道哪里来的水。", "N", 1, "mt", 0),
    ("zh", "e", "衣柜后面发霉", "衣柜后面的墙全是黑色霉点，墙摸着潮潮的，是不是外墙渗漏？", "N", 1, "mt", 0),
    ("zh", "e", "墙皮起泡", "卫生间门口的墙皮起泡掉渣，底下的腻子是湿的，请来看看。", "N", 1, "mt", 0),
    ("zh", "e", "吊顶有黄印", "厨房吊顶上有一块黄印子，干的，估计是以前楼上漏的。", "N", 1, "mt", 0),
    ("zh", "e", "空调漏水", "客厅空调挂机滴水，滴到沙发上了，我放了个盆，请找人来看一下排水管。", "N", 1, "mt", 0),
    ("zh", "e", "暖气片渗水", "暖气片接头处有点渗水，地上湿了一小块，不严重。", "N", 1, "mt", 0),
    ("zh", "e", "楼上洗澡就渗", "楼上每次洗澡，我家卫生间顶角就湿一片，过一会就干了。", "N", 1, "mt", 0),
    ("zh", "e", "地漏返味返水", "下雨天阳台地漏会往上返一点水，平时没事。", "N", 1, "mt", 0),
    ("zh", "e", "车库墙渗水", "地下车库B2靠近出口的那面墙一直有水渍往下挂，地面常年湿滑。", "N", 1, "mt", 0),
    ("zh", "e", "储藏室返潮", "自助仓库的储藏间最近返潮很厉害，纸箱底部都软了。", "N", 1, "mt", 0),
    ("zh", "e", "马桶底座渗水", "马桶底座边上老是有一圈水，擦干了过一会儿又有。", "N", 1, "mt", 0),
    # Chinese water that is moving now
    ("zh", "e", "暖气管爆了", "卧室暖气管突然裂了，热水一直往外呲，地板全湿了！", "E", 1, "mt", 0),
    ("zh", "e", "雨水灌进来", "暴雨，雨水从阳台门底下往屋里灌，客厅已经进水了。", "E", 1, "mt", 0),
    ("zh", "o", "洗澡水漏下来", "楼上洗澡的水从我家卫生间顶上哗哗往下漏，已经流到走廊了。", "E", 1, "mt", 0),
    ("zh", "e", "马桶水箱进水管脱了", "马桶进水管脱落了，水一直往外喷，我找不到阀门在哪。", "E", 1, "mt", 0),
    # look-alikes of water
    ("zh", "e", "水费怎么算", "水费是按阶梯收的吗？我家这个月用了二十吨。", "N", 0, "bi", 0),
    ("zh", "e", "停水几点恢复", "今天停水到几点？家里要做饭。", "N", 0, "ge", 0),
    ("zh", "e", "插座漏电", "厨房插座摸着有点麻，可能漏电了，还没出事，请电工来看看。", "E", 0, "mt", 0),
    ("zh", "e", "热水器温度低", "热水器水温上不去，最多四十度，方便时来检修一下。", "N", 0, "mt", 0),
    ("zh", "e", "地下车库洗车", "有人在地下车库用水管洗车，弄得到处是水，这是不允许的吧？", "N", 0, "vi", 0),
    ("zh", "e", "电瓶车漏液", "楼道里的电瓶车漏液了，味道很刺鼻，请通知车主挪走。", "N", 0, "vi", 0),
    # phone messages about an emergency that ask for no call
    ("zh", "p", "电话留言：电梯困人", pre("物业前台", "13000001111", "阳光嘉园6栋", "6栋1号电梯困了两个人，维保正在赶来。"), "E", 0, "mt", 0),
    ("zh", "p", "电话留言：漏水", pre("林先生", "13122223333", "阳光嘉园3栋1203", "楼上漏水，从他家厨房顶上往下流，请立即派人。"), "E", 1, "mt", 0),
    ("zh", "p", "电话留言：着火", pre("保安", "13233334444", "阳光嘉园地下车库", "车库B1有辆车冒烟起火，已经打了119。"), "E", 0, "mt", 0),
    ("en", "p", "Phone message - Ruiz", "Caller: Ana Ruiz\nPhone: 555-0172\nProperty: Hillcrest #14\nMessage: Water coming through her kitchen ceiling, a lot of it. Send someone now.", "E", 1, "mt", 0),
    # small categories
    ("zh", "e", "停车费发票", "上个季度的停车费能开电子发票吗？", "N", 0, "bi", 0),
    ("zh", "e", "物业费涨价", "今年物业费为什么每平米涨了五毛？有没有业主大会的决议？", "N", 0, "bi", 0),
    ("zh", "e", "会所羽毛球场", "会所的羽毛球场晚上几点关门？能提前预订吗？", "N", 0, "am", 0),
    ("zh", "e", "泳池水不干净", "小区泳池的水最近有点浑，是不是该换水了？", "N", 0, "am", 0),
    ("zh", "e", "楼道堆放杂物", "三楼有户人家把鞋柜和纸箱堆在楼道里，影响通行，也违反规定。", "N", 0, "vi", 0),
    ("zh", "e", "群租", "我们楼下那户好像被改成群租了，住了十几个人。", "N", 0, "vi", 0),
    ("zh", "e", "换入户门", "想把入户门换成别的颜色的，需要物业或业委会同意吗？", "N", 0, "ar", 0),
    ("zh", "e", "围栏改造", "想把院子的木围栏换成铁艺的，要报什么审批？", "N", 0, "ar", 0),
    ("en", "e", "Paint color", "Does the HOA have approved exterior paint colors? We want to repaint the trim.", "N", 0, "ar", 0),
    ("en", "e", "Late fee", "Why was I charged a $25 late fee when autopay went through on the 3rd?", "N", 0, "bi", 0),
    ("en", "e", "Tennis court lights", "Are the tennis court lights on a timer? They go off at 9 in the middle of games.", "N", 0, "am", 0),
    ("en", "e", "Boat in driveway", "The neighbor at 18 Birch has kept a boat in his driveway for a month, which the covenants don't allow.", "N", 0, "vi", 0),
]



if __name__ == "__main__":
    rows_append(ROWS, prefix="t5", offset=80)
