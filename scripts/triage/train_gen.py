# ruff: noqa: E501
"""Append template-made training messages (round 2) to caredesk/triage/data/corpus/train.jsonl.

Written from general knowledge of how residents, receptionists and vendors write, not from the
held-out or blind sets. Each situation has several wordings; each wording is wrapped in a
channel (email, phone message, portal, front desk) with varied openings, places and closings.
Run once: python scripts/triage/train_gen.py (it refuses when the "tg-" rows are there).
"""

import json
import random
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "caredesk/triage/data/corpus/train.jsonl"
M, S, A, B, G, W, NH, C, AM, P, MV, V, AR = (
    "maintenance",
    "security",
    "access",
    "billing",
    "general",
    "work_order_update",
    "non_human",
    "complaint",
    "amenity",
    "parcel",
    "move",
    "violation",
    "architectural",
)

# (situation wordings, urgency, leak, category)
EN = [
    (
        [
            "water is pouring through the ceiling in the {room}",
            "the {room} ceiling is dripping fast, we have buckets everywhere",
            "water is coming down through the light fixture in the {room}",
            "there's water running out of the ceiling fan in the {room}",
            "water leaking through the ceiling from the unit above, steady stream",
            "water coming thru the {room} ceiling, upstairs not home",
        ],
        "emergency",
        True,
        M,
    ),
    (
        [
            "a pipe burst under the {room} sink and water is spraying everywhere",
            "the washer hose popped off and water is all over the floor",
            "the supply line to the toilet snapped, water is shooting out and we can't shut it off",
            "burst pipe in the {room} wall, water gushing out",
            "the water heater split open and is dumping water into the hall",
        ],
        "emergency",
        True,
        M,
    ),
    (
        [
            "sewage is backing up into the {room} tub",
            "the floor drain is overflowing with sewage",
            "toilet water with sewage is coming up in the shower and spreading",
            "raw sewage coming out of the cleanout in the yard, it's all over",
        ],
        "emergency",
        True,
        M,
    ),
    (
        [
            "the {room} is flooding and the water keeps rising",
            "there's about two inches of water across the {room} floor",
            "our storage unit is filling up with water from under the door",
            "the garage is under water after the storm and it's getting into the units",
        ],
        "emergency",
        True,
        M,
    ),
    (
        [
            "I smell gas in the hallway, very strong",
            "strong rotten egg smell by the stove, it's off",
            "gas smell outside by the meters, something is hissing",
            "it smells like propane near the grills and it's getting stronger",
        ],
        "emergency",
        False,
        M,
    ),
    (
        [
            "the carbon monoxide alarm is going off and won't stop",
            "CO detector reading 90 ppm and beeping",
            "our CO alarm went off and my son has a headache, we're outside",
        ],
        "emergency",
        False,
        M,
    ),
    (
        [
            "the outlet in the {room} is sparking and smells burnt",
            "the breaker panel is buzzing and smoking",
            "the light switch sparked and now there's a burning plastic smell",
            "an extension cord melted and the wall plate is scorched",
            "a power line is down and sparking in the parking lot",
        ],
        "emergency",
        False,
        M,
    ),
    (
        [
            "there's smoke coming out of the dryer vent",
            "the hallway is filling with smoke",
            "smoke is pouring out of the unit next door",
            "the dumpster behind building B is on fire",
            "flames coming from the balcony on the third floor",
            "the microwave caught fire and the kitchen is full of smoke",
        ],
        "emergency",
        False,
        M,
    ),
    (
        [
            "the elevator stopped between floors with two people inside",
            "my mother is stuck in the elevator, the doors won't open",
            "people trapped in the lift in building C",
            "elevator is stuck with a kid inside, he's pressing the alarm",
        ],
        "emergency",
        False,
        M,
    ),
    (
        [
            "someone is trying to break into the unit next door right now",
            "a man is prying the lock on a storage unit as we speak",
            "there's an intruder in the clubhouse right now",
            "someone is going through cars in the garage trying door handles",
            "a guy just smashed the lobby window and is inside",
        ],
        "emergency",
        False,
        S,
    ),
    (
        [
            "a tree fell on my car in the lot",
            "a big branch came down on the carport and crushed two cars",
            "the oak by building 3 fell onto the roof",
            "a limb broke off and went through our bedroom window",
        ],
        "emergency",
        False,
        M,
    ),
    (
        [
            "part of the {room} ceiling collapsed",
            "the balcony railing gave way",
            "a chunk of the ceiling fell in the {room} and it's still crumbling",
            "the stairs to the second floor are cracking and about to give way",
        ],
        "emergency",
        False,
        M,
    ),
    (
        [
            "the heat is out, it's below freezing outside and we have a newborn",
            "no heat and my 90 year old father is here, it's 50 inside",
            "furnace died overnight, single digits outside, two small kids",
        ],
        "emergency",
        False,
        M,
    ),
]
EN_NOT = [
    (
        [
            "there's no leak, the water was from a spilled bucket",
            "the plumber found no leak at all, it was condensation",
            "no water came through, false alarm",
        ],
        "low",
        False,
        M,
    ),
    (
        [
            "the {room} ceiling leaked last week but it's dry now, can someone paint the stain",
            "the leak under the sink was fixed yesterday, just a stain left to look at",
            "our bathroom flooded last month and the floor is still warped",
            "the garage isn't flooding anymore, please check the drain when you can",
        ],
        "normal",
        True,
        M,
    ),
    (
        [
            "thank you for fixing the leak so quickly",
            "thanks, the plumber repaired the burst pipe and everything is dry",
            "appreciate the fast response on the flooding, all good now",
        ],
        "low",
        True,
        G,
    ),
    (
        [
            "the gas smell is gone, the gas company fixed the meter",
            "the CO alarm was a dead battery, no problem now",
            "the smoke was from burnt toast, no need to send anyone",
        ],
        "low",
        False,
        M,
    ),
    (
        [
            "the faucet in the {room} drips slowly",
            "small drip under the {room} sink, I put a bowl under it, not urgent",
            "there's an old water stain on the {room} ceiling",
        ],
        "normal",
        True,
        M,
    ),
    (
        ["can we use the fire pit Saturday night", "I'm dying to know when the gym reopens"],
        "normal",
        False,
        AM,
    ),
    (
        [
            "the flood lights by the pool are out",
            "the smoke detector in the {room} is chirping, needs a battery",
        ],
        "normal",
        False,
        M,
    ),
    (
        [
            "my water bill doubled this month, can you check it",
            "the gas bill on my statement looks wrong",
        ],
        "normal",
        False,
        B,
    ),
    (["when is the fire drill", "does the HOA insurance cover flood damage"], "normal", False, G),
]
EN_URGENT = [
    (
        [
            "I'm locked out, my keys are inside",
            "the gate won't open and I can't get my car out",
            "we have no hot water since this morning",
            "the AC is out and it's 105 outside",
            "my unit is scheduled for auction tomorrow but I paid",
            "my car is being towed right now and I have a permit",
            "the front door lock is broken and won't lock",
            "the leak stopped but the ceiling is soaked, can someone inspect today",
        ],
        "urgent",
        None,
        None,
    ),
]
URGENT_META = {
    0: (False, A),
    1: (False, A),
    2: (False, M),
    3: (False, M),
    4: (False, B),
    5: (False, A),
    6: (False, M),
    7: (True, M),
}
EN_ROOMS = ["kitchen", "bathroom", "bedroom", "hallway", "laundry room", "living room", "basement"]
EN_PLACES = [
    "Unit 4B, Cedar Point",
    "22 Birch Lane",
    "Lakeside Apartments #310",
    "StoreSafe unit 1182",
    "Harbor View #7",
    "Oak Hollow bldg 2, apt 14",
]
EN_NAMES = [
    "Dana Price",
    "Luis Ortega",
    "Mei Lin",
    "Sam Becker",
    "Aisha Bello",
    "Tom Walsh",
    "Grace Kim",
    "Ray Fischer",
]

ZH = [
    (
        [
            "{room}天花板一直往下滴水，越来越多",
            "楼上漏水，水顺着{room}的灯往下流",
            "水从{room}吊顶往下淌，地上全是水",
            "{room}顶上哗哗地流水，楼上没人",
        ],
        "emergency",
        True,
        M,
    ),
    (
        [
            "{room}的水管爆了，水一直在喷",
            "洗衣机进水管脱落了，水流了一地，关不住",
            "热水器爆了，水往外冒",
            "暖气片裂了，热水喷出来了",
        ],
        "emergency",
        True,
        M,
    ),
    (
        [
            "地漏往上冒污水，卫生间全是",
            "马桶反水，粪水流了一地",
            "下水道倒灌，污水流进屋里了",
            "化粪池满了，污水漫到院子里",
        ],
        "emergency",
        True,
        M,
    ),
    (
        [
            "地下车库进水了，水已经没过脚踝",
            "储物间被淹了，水还在往里灌",
            "家里水漫金山，客厅全是水",
        ],
        "emergency",
        True,
        M,
    ),
    (
        [
            "厨房有很重的煤气味",
            "楼道里闻到燃气味，像臭鸡蛋",
            "燃气报警器一直在响",
            "燃气管那里嘶嘶响，味道很冲",
        ],
        "emergency",
        False,
        M,
    ),
    (
        ["一氧化碳报警器响了，家人头晕", "一氧化碳报警器一直在叫，我们已经出门了"],
        "emergency",
        False,
        M,
    ),
    (
        [
            "{room}插座冒火花，有烧焦味",
            "配电箱冒烟了，啪啪响",
            "电线烧焦了，有股塑料味",
            "电动车在楼道里充电着火了",
        ],
        "emergency",
        False,
        M,
    ),
    (
        ["楼道里冒黑烟", "隔壁家冒烟了，烟很大", "垃圾房着火了", "{room}油烟机起火了"],
        "emergency",
        False,
        M,
    ),
    (
        ["电梯困人，里面有老人", "我孩子被困在电梯里了", "电梯卡在两层中间，里面有两个人"],
        "emergency",
        False,
        M,
    ),
    (
        [
            "有人正在撬隔壁的门",
            "有个陌生人在车库里拉车门把手",
            "小偷翻窗进了一楼住户家，现在还在里面",
        ],
        "emergency",
        False,
        S,
    ),
    (
        [
            "大树被风刮倒了，砸在车上",
            "树枝断了，压在我家阳台上",
            "门口的树倒了，砸坏了车棚和两辆车",
        ],
        "emergency",
        False,
        M,
    ),
    (
        ["{room}天花板塌了一块", "外墙瓷砖往下掉，下面有人走", "阳台护栏松动要掉下来了"],
        "emergency",
        False,
        M,
    ),
    (
        [
            "暖气停了，外面零下十度，家里有刚出生的宝宝",
            "没有暖气，家里有八十岁老人，屋里只有十二度",
        ],
        "emergency",
        False,
        M,
    ),
]
ZH_NOT = [
    (
        ["师傅看过了，没有漏水，是冷凝水", "不是漏水，是拖地的水", "并未漏水，虚惊一场"],
        "low",
        False,
        M,
    ),
    (
        [
            "上周{room}漏过水，现在已经干了，墙上留了水印，麻烦有空来看看",
            "昨天漏水已经修好了，就是地板有点起鼓",
            "去年漏水留下的霉斑，想问谁负责处理",
            "现在不漏了，但请下周来检查一下管子",
        ],
        "normal",
        True,
        M,
    ),
    (
        ["谢谢师傅修好了漏水", "感谢物业及时处理爆管，现在都正常了", "漏水问题已经解决了，谢谢"],
        "low",
        True,
        G,
    ),
    (
        [
            "燃气味已经没了，燃气公司修好了",
            "烟感是电池没电，已经换好了，没事了",
            "刚才是炒菜烟大，不是着火，不用派人",
        ],
        "low",
        False,
        M,
    ),
    (
        [
            "{room}水龙头有点滴水",
            "{room}下面有一点点渗水，我用盆接着，不着急",
            "墙上有块旧的水渍，已经干了",
        ],
        "normal",
        True,
        M,
    ),
    (["消防演练是几点", "想问一下防汛演练需要参加吗"], "normal", False, G),
    (["燃气费怎么这么高", "这个月水费比上个月多了很多"], "normal", False, B),
    (["烧烤区周末能用吗"], "normal", False, AM),
    (["烟感一直滴滴响，应该是没电了"], "normal", False, M),
]
ZH_URGENT = [
    (
        [
            "钥匙锁在家里了，进不去",
            "小区大门道闸打不开，车出不去",
            "家里从早上起就没有热水",
            "空调坏了，外面三十九度",
            "储物间明天要拍卖，但我已经交了钱",
            "我的车正在被拖走，我有停车证",
            "入户门锁坏了，门锁不上",
            "漏水已经停了，但吊顶全湿了，请今天来检查",
        ],
        "urgent",
        None,
        None,
    ),
]
ZH_ROOMS = ["厨房", "卫生间", "卧室", "客厅", "阳台", "储藏室"]
ZH_PLACES = [
    "阳光嘉园3栋1201",
    "阳光嘉园8栋502",
    "阳光嘉园12栋2301",
    "阳光嘉园地下储物间B-17",
    "阳光嘉园5栋101",
]
ZH_NAMES = ["王女士", "李先生", "张阿姨", "陈先生", "刘小姐", "赵先生"]

SUBJ_EN = {
    "emergency": ["URGENT", "Emergency", "Help please", "Need someone now", "{short}"],
    "urgent": ["Need help today", "Today please", "{short}"],
    "normal": ["Question", "Maintenance request", "{short}"],
    "low": ["Thanks", "FYI", "Update", "{short}"],
}
SUBJ_ZH = {
    "emergency": ["紧急", "急！", "请马上派人", "{short}"],
    "urgent": ["今天能处理吗", "{short}"],
    "normal": ["报修", "咨询", "{short}"],
    "low": ["谢谢", "告知一下", "{short}"],
}

# everyday messages per category (normal or low), to widen what the model has seen
EN_EVERYDAY = [
    (
        [
            "can I reserve the clubhouse for a baby shower on the 14th",
            "the pool gate latch is sticking, kids can't open it",
            "are guests allowed in the gym after 9pm",
            "the tennis court net is torn",
            "the hot tub has been cold all week",
        ],
        "normal",
        False,
        AM,
    ),
    (
        [
            "my package says delivered but it's not in the locker",
            "the parcel room is full and I can't get my box",
            "a package for unit 9 was left at my door by mistake",
            "can you hold a delivery for me while I'm away",
        ],
        "normal",
        False,
        P,
    ),
    (
        [
            "we're moving in on the 1st, how do we book the elevator",
            "here is my 30 day notice to vacate",
            "what do I need for the move-out inspection",
            "I'd like to transfer to a bigger storage unit",
        ],
        "normal",
        False,
        MV,
    ),
    (
        [
            "the neighbor in 12 parks his boat in the driveway, which the rules don't allow",
            "someone keeps leaving trash bags outside their door",
            "unit 5 has a satellite dish on the common roof without approval",
            "dogs are being walked off leash in the courtyard again",
        ],
        "normal",
        False,
        V,
    ),
    (
        [
            "I'd like approval to replace my front door with a new color",
            "can I put up a fence in the backyard, what are the rules",
            "submitting plans for a patio cover for committee review",
            "is a second story deck allowed under the architectural guidelines",
        ],
        "normal",
        False,
        AR,
    ),
    (
        [
            "the music from upstairs goes until 2am every weekend",
            "the neighbor's dog barks for hours when they leave",
            "cigarette smoke from the unit below comes into our bedroom",
            "the landscapers start leaf blowers at 6am",
        ],
        "normal",
        False,
        C,
    ),
    (
        [
            "my bike was stolen from the bike room last week",
            "the garage camera by the exit seems to be off",
            "a stranger was hanging around the mailboxes yesterday, just letting you know",
            "can I get footage from Saturday night, my car was scratched",
        ],
        "normal",
        False,
        S,
    ),
    (
        [
            "why is there a late fee on my account, I paid on the 1st",
            "can I set up autopay for my dues",
            "please send me a copy of my ledger",
            "I was charged twice for the storage rent this month",
        ],
        "normal",
        False,
        B,
    ),
    (
        [
            "my gate code stopped working",
            "I need a new fob, mine is lost",
            "a car has been parked in my assigned spot all day",
            "how do I get a guest parking pass",
        ],
        "normal",
        False,
        A,
    ),
    (
        [
            "the dishwasher won't drain",
            "the garbage disposal is jammed",
            "a light in the stairwell is out",
            "the bedroom window won't close all the way",
            "the bathroom fan is very loud",
        ],
        "normal",
        False,
        M,
    ),
    (
        [
            "thanks so much for your help yesterday",
            "got it, thank you",
            "appreciate the quick reply",
            "see you Tuesday then",
        ],
        "low",
        False,
        G,
    ),
    (
        [
            "work order 4410 is complete, the disposal was replaced",
            "we are scheduled for the gutter cleaning on Friday",
            "parts are on order for WO 5521, we'll follow up next week",
        ],
        "low",
        False,
        W,
    ),
    (
        [
            "estimate attached for the fence repair, please approve",
            "quote for the roof patch is $900, let us know if we can proceed",
        ],
        "normal",
        False,
        W,
    ),
    (
        [
            "This is an automatic reply. I'm out of the office until Monday.",
            "Delivery Status Notification (Failure): the message could not be delivered",
            "Your monthly statement is ready to view online. Do not reply to this email.",
            "You're invited to our webinar on smart home savings, register now",
        ],
        "low",
        False,
        NH,
    ),
]
ZH_EVERYDAY = [
    (
        [
            "想预订会所办生日聚会，这周六可以吗",
            "游泳池的门锁有点卡，小孩打不开",
            "健身房晚上几点关门",
            "网球场的网破了",
            "儿童乐园的滑梯有个螺丝松了",
        ],
        "normal",
        False,
        AM,
    ),
    (
        [
            "快递显示已签收，但快递柜里没有",
            "快递室满了，我的包裹放不进去",
            "别人的快递放到我家门口了",
            "出差期间能帮我代收一下快递吗",
        ],
        "normal",
        False,
        P,
    ),
    (
        [
            "我们下个月1号搬进来，怎么预约电梯",
            "这是我的退租通知，月底搬走",
            "退房检查需要准备什么",
            "想换一个大一点的储物间",
        ],
        "normal",
        False,
        MV,
    ),
    (
        [
            "12号住户把房车停在车道上，违反小区规定",
            "有人总把垃圾袋放在门口",
            "5栋有人在公共屋顶装了卫星锅，没有申请",
            "又有人在花园里遛狗不拴绳",
        ],
        "normal",
        False,
        V,
    ),
    (
        [
            "想把入户门换个颜色，需要申请吗",
            "后院想装个围栏，有什么规定",
            "提交阳台雨棚的图纸，请审核",
            "能不能在露台加建一个玻璃房",
        ],
        "normal",
        False,
        AR,
    ),
    (
        [
            "楼上每个周末放音乐到半夜两点",
            "邻居家的狗一出门就叫几个小时",
            "楼下抽烟的烟味飘到我家卧室",
            "绿化工人早上六点就开始用吹叶机",
        ],
        "normal",
        False,
        C,
    ),
    (
        [
            "我的自行车上周在车棚被偷了",
            "车库出口的监控好像坏了",
            "昨天有个陌生人在信箱附近转悠，跟你们说一声",
            "想调一下周六晚上的监控，我的车被划了",
        ],
        "normal",
        False,
        S,
    ),
    (
        [
            "我1号就交了物业费，为什么还有滞纳金",
            "物业费可以设置自动扣款吗",
            "请发一份我的缴费明细",
            "这个月储物间租金扣了两次",
        ],
        "normal",
        False,
        B,
    ),
    (
        [
            "我的门禁密码不能用了",
            "门禁卡丢了，想补办一张",
            "有车一整天停在我的车位上",
            "访客停车证怎么办理",
        ],
        "normal",
        False,
        A,
    ),
    (
        [
            "洗碗机不排水",
            "垃圾处理器卡住了",
            "楼梯间有一盏灯不亮",
            "卧室窗户关不严",
            "卫生间排气扇声音很大",
        ],
        "normal",
        False,
        M,
    ),
    (["谢谢你们昨天的帮助", "收到，谢谢", "感谢及时回复", "好的，那就周二见"], "low", False, G),
    (
        [
            "工单4410已完工，垃圾处理器已更换",
            "周五安排清理排水沟",
            "工单5521配件已订货，下周跟进",
        ],
        "low",
        False,
        W,
    ),
    (["围栏维修报价见附件，请确认", "屋面修补报价九百元，确认后安排施工"], "normal", False, W),
    (
        [
            "自动回复：我休假中，下周一回来。",
            "邮件投递失败：无法送达收件人",
            "您的月度账单已生成，请登录查看，请勿回复此邮件",
            "诚邀您参加智能家居节能讲座，立即报名",
        ],
        "low",
        False,
        NH,
    ),
]


def wrap_en(rng, text, urgency, callback):
    place = rng.choice(EN_PLACES)
    name = rng.choice(EN_NAMES)
    channel = rng.choice(["email", "email", "pre", "portal", "frontdesk"])
    sentence = text[0].upper() + text[1:]
    call = " Please call me back." if callback else ""
    if channel == "pre":
        short = "caller says " + text if rng.random() < 0.5 else sentence
        body = f"Caller: {name}\nPhone: 555-01{rng.randint(10, 99)}\nProperty: {place}\nMessage: {short}.{' Call back.' if callback else ''}"
        return (
            channel,
            f"Phone message - {name.split()[1]}",
            body,
            "Reception Desk",
            "reception@caredesk-demo.example",
        )
    if channel == "frontdesk":
        body = f"Resident from {place} came to the desk: {text}.{call}"
        return channel, "Front desk note", body, "Front Desk", "frontdesk@caredesk-demo.example"
    opener = rng.choice(["", "Hi, ", "Hello, ", "Good morning, "])
    body = f"{opener}{sentence if not opener else text}. {place}.{call}"
    subject = rng.choice(SUBJ_EN[urgency]).format(short=sentence[:40])
    return channel, subject, body, name, f"resident{rng.randint(100, 999)}@mail.example"


def wrap_zh(rng, text, urgency, callback):
    place = rng.choice(ZH_PLACES)
    name = rng.choice(ZH_NAMES)
    channel = rng.choice(["email", "email", "pre", "portal", "frontdesk"])
    call = "请回电。" if callback else ""
    if channel == "pre":
        body = f"来电人：{name}\n电话：138{rng.randint(10000000, 99999999)}\n房号：{place}\n内容：{text}。{call}"
        return channel, f"电话留言：{name}", body, "前台", "reception@caredesk-demo.example"
    if channel == "frontdesk":
        body = f"{place}业主到前台反映：{text}。{call}"
        return channel, "前台记录", body, "前台值班", "frontdesk@caredesk-demo.example"
    opener = rng.choice(["", "物业你好，", "您好，", "你好，"])
    body = f"{opener}我是{place}的业主，{text}。{call}"
    subject = rng.choice(SUBJ_ZH[urgency]).format(short=text[:12])
    return channel, subject, body, name, f"resident{rng.randint(100, 999)}@163.example"


def plain_mail(rng, lang, text, category):
    """An email as a vendor or a machine sends it: its own words, its own sender."""
    if category == NH:
        name, email = (
            "",
            rng.choice(
                ["noreply@notify.example", "mailer-daemon@mail.example", "news@offers.example"]
            ),
        )
    elif lang == "en":
        name, email = rng.choice(
            [
                ("Reliable Plumbing", "dispatch@reliableplumbing.example"),
                ("GreenScape", "office@greenscape.example"),
            ]
        )
    else:
        name, email = rng.choice(
            [("安居维修", "dispatch@anju.example"), ("绿城园林", "office@lvcheng.example")]
        )
    subject = text.split("，")[0].split(",")[0][:40]
    return (
        "email",
        subject,
        text if text[-1] in ".。!！" else text + ("." if lang == "en" else "。"),
        name,
        email,
    )


def rows_for(lang, groups, urgent_groups, rooms, wrap, rng, copies):
    out = []
    for wordings, urgency, leak, category in groups:
        for wording in wordings:
            for _ in range(copies):
                text = wording.format(room=rng.choice(rooms))
                callback = rng.random() < 0.25 and category not in (W, NH)
                if category in (W, NH):  # vendors and machines write their own mail
                    message = plain_mail(rng, lang, text, category)
                else:
                    message = wrap(rng, text, urgency, callback)
                out.append((message, urgency, leak, category, callback))
    for wordings, urgency, _leak, _category in urgent_groups:
        for i, wording in enumerate(wordings):
            leak, category = URGENT_META[i]
            for _ in range(copies):
                callback = rng.random() < 0.3
                out.append(
                    (wrap(rng, wording, urgency, callback), urgency, leak, category, callback)
                )
    return [(lang, *row) for row in out]


def main() -> int:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    if any('"tg-' in line for line in lines):
        print("already appended")
        return 1
    rng = random.Random(2026)
    made = rows_for("en", EN + EN_NOT, EN_URGENT, EN_ROOMS, wrap_en, rng, 2)
    made += rows_for("zh", ZH + ZH_NOT, ZH_URGENT, ZH_ROOMS, wrap_zh, rng, 2)
    made += rows_for("en", EN_EVERYDAY, [], EN_ROOMS, wrap_en, rng, 1)
    made += rows_for("zh", ZH_EVERYDAY, [], ZH_ROOMS, wrap_zh, rng, 1)
    for n, (
        lang,
        (channel, subject, body, name, email),
        urgency,
        leak,
        category,
        callback,
    ) in enumerate(made, start=1):
        record = {
            "id": f"tg-{n:04d}",
            "channel": channel,
            "from_name": name,
            "from_email": email,
            "subject": subject,
            "body": body,
            "urgency": urgency,
            "leak_related": leak,
            "category": category,
            "needs_callback": callback,
            "lang": lang,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    CORPUS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"appended {len(made)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
