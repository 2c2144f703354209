# ruff: noqa: E501
# fmt: off
"""Write caredesk/triage/data/corpus/engine36.jsonl: session 22's honest probe of four engine kinds.

Written before any change of the engine session (engine36 branch), labelled by issue 5's
conventions before anything was run; never trained on (not in TRAINING_FILES). Four kinds, each
beside its look-alike or its real emergency:
a. a negation inside or right before a trigger's span (no smoke, not leaking anymore, no gas
   smell, 没熄火, 没有煤气味, 不冒烟了), and negations that must not calm a real emergency;
b. Cantonese negation (唔, 冇, 未) and perfective (咗, 晒): 水浸咗, 唔漏喇, 冇水漏, 着咗火, 困咗喺𨋢度;
c. overlapping triggers of different fields (房车拖车 and 拖车, a gas leak and a leak, a burst pipe
   in a parking garage);
d. a burnt smell lingering after a fire that is out (normal, urgent when asked today) beside a
   burning smell now.
Usage: python scripts/triage/engine36_build.py caredesk/triage/data/corpus"""

import difflib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3_build import sender  # noqa: E402
from blind4_en import AM, A, C, E, G, L, M, N, U, V  # noqa: E402


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"


def pre_zh(name, phone, prop, msg):
    return f"来电人：{name}\n电话：{phone}\n小区：{prop}\n留言：{msg}"


# (channel, subject, body, urgency, leak, category, callback)
EN = [
# --- a. negation inside or before a trigger, each beside its real emergency ---
("email","Panel in the garage","Smoke is curling out of the breaker panel in my garage and it smells like hot plastic. I've shut the garage door and we're out on the driveway.",E,False,M,False),
("email","Breaker panel hum","The breaker panel in my garage hums loudly when the dryer runs. No smoke, nothing hot, nothing tripping. Could an electrician look at it when there's a slot next week?",N,False,M,False),
("portal","Under the sink","The trap under my kitchen sink is leaking badly, water keeps running out across the cabinet floor and onto the kitchen tiles.",E,True,M,False),
("email","Sink trap","The trap under the kitchen sink is not leaking anymore since I tightened the slip nut, but the cabinet bottom has swollen up. Could someone replace the panel sometime?",N,True,M,False),
("pre","Phone message - Ibsen",pre("Karin Ibsen","503-555-0148","Maple Court HOA","Strong smell of gas in the hallway outside 4C, she thinks it's coming from the meter closet. She's taken her kids outside. Please call back."),E,False,M,True),
("email","Gas check","The gas company did the yearly check on our row yesterday: no gas smell at any of the meters and nothing leaking. Just passing it on, nothing needed from you.",L,False,M,False),
("email","Bathroom ceiling","Water is coming through the bathroom ceiling from the unit above, dripping onto the floor in three places and the paint is bubbling.",E,True,M,False),
("email","Ceiling stain","There's no water coming through the bathroom ceiling any more since 5B had their tub resealed, but there's a brown ring on the paint. When could the painter come by?",N,True,M,False),
("email","Outlet by the fridge","The outlet behind our fridge just sparked with a pop and now there's a burning smell in the kitchen. I've turned off the breaker but the smell is getting stronger.",E,False,M,False),
("email","Loose outlet","The outlet by the fridge wobbles in the wall when I plug something in. It isn't sparking or warm. Could the handyman tighten it on his next visit?",N,False,M,False),
("frontdesk","Front desk note - elevator B","Front desk: elevator B stopped between the 3rd and 4th floors with a resident inside. She's pressing the alarm and says it's getting hot.",E,False,M,False),
("email","Elevator B","Elevator B is parked on the 4th floor with its doors open and won't move. Nobody is stuck in it, but elevator A is out for the upgrade and my husband uses a walker and we live on 9. Can it be fixed today?",U,False,M,False),
("email","Smoke detector chirp","The smoke detector in our hallway chirps every minute or so. There's no smoke and no fire, I think the battery is low. Can maintenance swap it this week? I can't reach the ceiling.",N,False,M,False),
("email","Smoke in the 2nd floor hall","Smoke is seeping out from under the door of 2D and the hallway detector is going off. Nobody answers when we knock.",E,False,M,False),
("email","Basement drain","The drain at the bottom of the basement ramp is half blocked with leaves. No flooding so far, but could grounds clear it before the rain this weekend?",N,False,M,False),
("email","Basement storage flooding","The basement storage room is flooding: water is coming in under the outside door, it's already over my ankles and still rising.",E,True,M,False),
("portal","Water heater","Our water heater is no longer dripping from the relief valve after the plumber's visit, but he said the tank is 14 years old. Should we plan to replace it before winter?",N,True,M,False),
("email","Dryer","Our dryer smoked for a minute last night. I unplugged it and it's not smoking anymore, no smell this morning either. Can someone check the vent before we use it again?",N,False,M,False),
("email","Window in the den","The water is no longer pouring in around the den window now that the rain has stopped, but the carpet underneath is soaked. Could someone bring a dehumidifier?",N,True,M,False),
("email","Ceiling light","It's not dripping anymore, it's pouring: water is gushing out of the ceiling light in the hall and the light just went dark.",E,True,M,False),
("email","Maple on my car","The big maple by the lot came down in the wind and is lying across my car and my neighbour's. No one is hurt, but some branches are resting on the power line.",E,False,M,False),
("email","Basement alarm","No smoke anywhere, but the carbon monoxide alarm in our basement is going off and my son says he's dizzy and has a headache.",E,False,M,False),
("email","Storage unit 212","My storage unit 212 isn't flooded, thank goodness, but water from the storm is coming in under the door of the unit next to it and spreading toward mine.",E,True,M,False),
("email","Pipe in the wall","The pipe in the wall isn't dripping any more since the plumber shut the riser valve, but he says the wall has to be opened today or the 3rd floor has no water tonight. Can you approve it?",U,True,M,False),
("email","Is it leaking?","Is the water heater leaking? There's a puddle under it that keeps growing and it's spreading into the hall.",E,True,M,False),
("email","Neighbour's grill","No smoke from the neighbour's grill today, finally! Thanks for talking to them.",L,False,G,False),
("email","Stove","The new stove doesn't smell of gas at all now that the installer came back and redid the fitting. Thanks for sending him so quickly.",L,False,G,False),
# --- d. a burnt smell lingering after a fire that is out, beside a burning smell now ---
("email","Smell after the fire","The kitchen fire in 6A was put out by the fire department yesterday. Our hallway still smells burnt from it. Is anyone arranging to air out the corridor or clean the carpet?",N,False,M,False),
("email","Burnt smell in the stairwell","Since Sunday's fire in unit 3C was put out, the stairwell still smells burnt and smoky. We have guests arriving tonight. Could someone bring an air scrubber today?",U,False,M,False),
("email","Burning smell now","There's a burning smell coming from the laundry room and it's getting stronger, and the light over the dryer is flickering. I can't see flames but there's a haze.",E,False,M,False),
("email","Re: Fire in the clubhouse","The clubhouse still reeks of smoke two days after the kitchen fire was put out. Will Saturday's party there be moved?",N,False,AM,False),
("email","It's smoking again","The fire department left at midnight after the fire on the balcony of 8F, but this morning smoke is coming out of the wall beside their sliding door again and it smells of burning.",E,False,M,False),
("email","Soot smell","Our unit was next to the one that burned last month. The walls still smell burnt even after we washed them. Does the association's restoration company do the neighbouring units too?",N,False,M,False),
("pre","Phone message - Abara",pre("Ngozi Abara","503-555-0161","Maple Court HOA","The fire in the unit next door was out hours ago but her apartment still smells burnt. She wants someone to come today to check her smoke detectors and air it out. Please call back."),U,False,M,True),
# --- c. overlapping triggers of different fields ---
("email","Gas at the pool grill","There's a gas leak at the propane line for the pool grill: you can hear it hissing and smell it all across the deck.",E,False,M,False),
("email","Boat trailer","A boat trailer has been parked in the visitor lot for three weeks. Isn't that against the rules?",N,False,V,False),
("email","Being towed","A tow truck is hooking up my car right now from my own assigned spot, space 41. Please call the tow company and stop them!",U,False,A,False),
("email","Sprinkler pipe in the garage","A sprinkler pipe burst in the parking garage on level 2 and water is spraying all over the cars.",E,True,M,False),
("email","RV trailer","Whose RV trailer is blocking the driveway out of the garage? We can't get our cars out and I have to leave for work now.",U,False,A,False),
("email","Gas water heater","Our gas water heater drips water from the bottom into its drain pan; the pan catches all of it and there's no gas smell. Could a plumber come this week?",N,True,M,False),
]

ZH = [
# --- a. 否定在触发词里面或前面，旁边是真的紧急情况 ---
("pre","电话留言-车库",pre_zh("周女士","138****6620","阳光嘉园","她家车库卷帘门关着，里面的车一直没熄火，她老公在车里睡着了，怎么叫都叫不醒。请马上回电。"),E,False,M,True),
("email","尾气","楼下那辆白色SUV每天早上没熄火就停在我家窗户下面热车，一停二十分钟，尾气全飘进屋里，能不能管一管？",N,False,C,False),
("email","燃气安检","昨天燃气公司上门安检，厨房没有煤气味，表和管子都正常，就是说软管快到期了。请问物业能不能统一安排更换？",N,False,M,False),
("email","厨房煤气味","厨房里一股很浓的煤气味，灶台都关着，我已经开窗带孩子下楼了，请赶紧派人来。",E,False,M,False),
("email","新装的燃气热水器","新装的燃气热水器用了一个礼拜，没气味也没异响，就是出热水要等很久，是不是装得离厨房太远了？",N,False,M,False),
("portal","三楼楼道","三楼楼道里有一股很大的没气味，好像是从302门口飘出来的，敲门没人开。",E,False,M,False),
("email","电饭煲插头","昨晚电饭煲插头冒了一下烟，拔掉以后就不冒烟了，插座看着也没烧黑。想请电工有空来检查一下插座。",N,False,M,False),
("email","配电箱","楼道配电箱一直在冒烟，还有噼啪的声音，灯忽明忽暗。",E,False,M,False),
("email","阳台水管","阳台那根水管师傅拧紧以后已经不漏了，就是墙角还有点潮，过几天再来看看就行。",N,True,M,False),
("email","阳台水管接头","阳台水管接头突然崩开了，水一直往外喷，地上全是水，流到客厅了，总阀找不到。",E,True,M,False),
("email","2栋电梯","2栋的电梯停在8楼不动了，里面没人被困，可是另一部在保养，我妈腿脚不好住18楼，今天能修好吗？",U,False,M,False),
("frontdesk","前台记录-电梯","前台：6栋电梯卡在11楼和12楼之间，里面困着一个送外卖的，按了警铃，说喘不上气。",E,False,M,False),
("email","电动车","楼下电动车充电的时候电池冒烟了，还没着火，但是烟越来越大，车就停在楼道口。",E,False,M,False),
("email","卫生间吊顶","楼上换了防水以后，卫生间吊顶没有再滴水了，就是吊顶板泡变形了，能不能安排换一下？",N,True,M,False),
("email","插座发黄","书房插座面板有点发黄，没有冒烟，也不烫手，能不能换一个新的？",N,False,M,False),
("email","门口的大树","台风把小区门口那棵大树刮倒了，压在两辆车上，没有人受伤，可是树枝搭在电线上了。",E,False,M,False),
# --- b. 粤语：唔、冇、未，咗、晒 ---
("email","屋企水浸","我屋企水浸咗，厨房条喉爆咗，水仲喺度喷，成地都系水，楼下都话漏落去喇。",E,True,M,False),
("email","厨房水喉","上个礼拜厨房水喉爆咗，师傅已经换咗新喉，而家唔漏喇，不过地板有啲起拱，想问下几时可以嚟整。",N,True,M,False),
("portal","冷气机","冷气机以前成日滴水，而家冇水漏喇，多谢你哋上次派人嚟整。",L,True,G,False),
("portal","冷气机去水喉","楼上冷气机条去水喉甩咗，啲水一路漏落嚟我露台，仲漏紧，流咗入客厅。",E,True,M,False),
("pre","电话留言-火警",pre_zh("陈太","9123****","海景花园","佢话隔篱屋着咗火，走廊好多烟，佢同两个细路困喺屋企出唔到去。请即刻回电。"),E,False,M,True),
("email","火警钟","隔篱单位煮嘢搞到火警钟响，其实冇着火，消防嚟睇过话冇事。想问下个火警钟系咪太敏感，可唔可以调一调？",N,False,M,False),
("frontdesk","前台记录-𨋢","前台：有位伯伯困咗喺𨋢度，部𨋢停喺5楼同6楼中间，佢话好焗，有心脏病。",E,False,M,False),
("email","𨋢坏咗","A座部𨋢坏咗成朝，冇人困喺入面，不过我阿妈坐轮椅，住20楼，今日可唔可以整好？",U,False,M,False),
("email","煤气检查","煤气公司今朝嚟检查，话冇煤气味，啲喉都冇问题，只系个表要换，想问几时换。",N,False,M,False),
("email","煤气味","成个厨房好大阵煤气味，我已经熄晒啲火开晒窗，带埋细路落咗楼下，快啲派人嚟！",E,False,M,False),
("email","天花水渍","天花啲水渍已经干晒，楼上整好咗个浴缸，未再滴过水，想约师傅嚟油返啲油。",N,True,M,False),
("email","天花漏水","天花一直滴水，未停过，已经摆咗三个桶，灯位都有水滴落嚟。",E,True,M,False),
("pre","电话留言-地库",pre_zh("黄生","6234****","海景花园","佢话地库停车场水浸，啲水未停，仲一路涌入嚟，几架车已经浸到半个辘。请回电。"),E,True,M,True),
("email","厕所水箱","厕所水箱一路流水唔停，唔系好急，得闲嚟整吓就得。",N,False,M,False),
("email","烟雾报警器","烟雾报警器半夜响咗两次，冇烟冇火，应该系电池就嚟冇电，可唔可以嚟换个？",N,False,M,False),
# --- d. 火灭了以后焦味还没散，旁边是现在的焦味 ---
("email","楼道焦味","前天隔壁厨房着火，消防已经扑灭了，可是楼道里的烧焦味还没散，能不能安排保洁清洗一下楼道？",N,False,M,False),
("email","家里烧焦味","昨晚楼下起火已经灭了，今天我家里烧焦味还是很重，孩子晚上要回来住，今天能不能派人来帮忙通风除味？",U,False,M,False),
("email","烧焦味越来越重","家里突然有一股烧焦味，越来越重，卧室插座那边在冒烟。",E,False,M,False),
("portal","会所","上周会所厨房失火后，现在进去还是一股焦糊味，下周六我订了会所办生日会，能换个地方吗？",N,False,AM,False),
# --- c. 不同字段的触发词重叠 ---
("email","房车拖车","有辆房车拖车在访客车位停了一个月了，谁家的？小区规定不是不让长期停吗？",N,False,V,False),
("email","车被拖","拖车现在正在拖我停在自己车位上的车，车位是我买的，快让他们停下！",U,False,A,False),
("email","地库水管","地下车库B2的消防水管爆了，水喷得到处都是，好几辆车都被淋了。",E,True,M,False),
("email","燃气管","厨房燃气管接口漏气，满屋煤气味，嘶嘶地响。",E,False,M,False),
("email","房车拖车挡路","一辆房车拖车横在3栋门口，把车库出口堵死了，我现在要开车送孩子上学出不去。",U,False,A,False),
]


def main(path: str) -> None:
    rng = random.Random(36)
    out = []
    for lang, rows in (("en", EN), ("zh", ZH)):
        for i, (channel, subject, body, urgency, leak, category, callback) in enumerate(rows, 1):
            name, email = sender(rng, lang, channel, category)
            out.append(
                {
                    "id": f"e36-{lang}-{i:03d}",
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
            )
    with open(f"{path}/engine36.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(EN), len(ZH), file=sys.stderr)
    novelty(out, path)


def novelty(rows: list[dict], path: str) -> None:
    """Print each line's closest body in the other corpus files (difflib ratio) at 0.60 or more."""
    earlier = []
    for file in sorted(Path(path).glob("*.jsonl")):
        if file.name != "engine36.jsonl":
            with open(file, encoding="utf-8") as f:
                earlier += [(file.stem, json.loads(line)["body"]) for line in f if line.strip()]
    worst = []
    for row in rows:
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(row["body"])
        best, where = 0.0, ""
        for stem, body in earlier:
            matcher.set_seq1(body)
            if matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best:
                continue
            if (ratio := matcher.ratio()) > best:
                best, where = ratio, stem
        worst.append((best, row["id"], where))
    worst.sort(reverse=True)
    for best, ident, where in worst:
        if best >= 0.60 or best == worst[0][0]:
            print(f"  {best:.2f} {ident} ~ {where}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
