# ruff: noqa: E501 (one message a line)
"""The urgent inventory: kinds of `urgent` message (issue 5: needs action today, but nothing is
being damaged now and nobody is in danger now), each beside its `emergency` twin, the same
message with one detail flipped (water still coming, someone trapped or inside, a vulnerable
person, something spreading, happening now).

Each kind has four messages: the urgent one and its emergency twin in English, then the same
in Chinese. A message is "channel|subject|body|urgency|category|callback|leak": channel e
(email), p (phone message, " // " between its lines), w (portal), f (front desk); urgency E, U,
N, L; category m maintenance, b billing, a access, c complaint, v violation, ar architectural,
am amenity, s security, pa parcel, mv move, g general, w work_order_update, n non_human;
callback 1 or 0; leak 1 or 0 (0 if left out). `python scripts/triage/urgent_inventory.py`
builds `caredesk/triage/data/corpus/urgent.jsonl` from them (ids urg-en-NNN / urg-zh-NNN, odd
the urgent message, even its twin). The judgement calls are in `urgent_inventory.md`.
"""

# (kind, group, what the pair tells apart, [en urgent, en twin, zh urgent, zh twin])
KINDS = [
    # ------------------------------------------------ lifts and power
    (
        "lift out of service, nobody inside",
        "lift",
        "lift stopped and empty / a person inside between floors",
        [
            "w|Elevator B down|Elevator B has been out of service since this morning and nobody is in it, but I live on 11 and have a physical therapy appointment at 3. Can the elevator company come today?|U|m|0",
            "p|Elevator B stopped|Caller from 11th floor: elevator B stopped between 6 and 7 about ten minutes ago // her husband is inside it and pressing the alarm // please send someone now|E|m|1",
            "w|3号楼电梯停了|3号楼的电梯从早上就停了，里面没人，但我住18楼，下午要推婴儿车出门，麻烦今天尽快修好。|U|m|0",
            "p|3号楼电梯困人|3号楼业主来电：电梯卡在9楼和10楼之间，她女儿还在里面出不来，按了警铃没人应，请马上派人。|E|m|1",
        ],
    ),
    (
        "freight lift for a move today",
        "lift",
        "service lift needed for movers today / a mover caught in the lift door",
        [
            "e|Service elevator today|Our movers arrive at 1pm and the service elevator is still locked on independent mode. Nothing's wrong, we just need it released for the afternoon, please.|U|mv|0",
            "p|Service elevator accident|Front desk: the service elevator door closed on a mover's arm and the car is now stuck a foot below the floor with him half in it // he can't pull free // call 911 and elevator tech|E|m|1",
            "w|货梯今天要用|今天下午两点搬家公司上门，货梯还锁着专用模式，麻烦今天给开一下，没有别的问题。|U|mv|0",
            "f|货梯夹人|前台：货梯门夹住了搬家师傅的胳膊，轿厢停在半层，人抽不出来，已经在叫他了，请马上派电梯维保过来。|E|m|0",
        ],
    ),
    (
        "power out in one unit",
        "power",
        "one unit dark, breaker fine / sparks from the panel",
        [
            "w|No power in 4C|Since about 8 this morning there is no power in my unit only, the hallway lights are on and the breakers all look normal. I work from home, can an electrician come today?|U|m|0",
            "w|Panel sparking in 4C|The power in my unit went out and now the breaker panel in the hall closet is popping and throwing sparks, and there's a burnt smell. I've stepped outside.|E|m|0",
            "w|我家单独没电|今天早上起来发现只有我家没电，楼道灯是亮的，电闸看着也正常，我在家办公，今天能派电工来看看吗？|U|m|0",
            "w|电箱冒火花|我家突然停电，门口电箱里噼啪响还在冒火花，有股烧焦味，我已经带孩子出门了。|E|m|0",
        ],
    ),
    (
        "power out, medical device on battery",
        "power",
        "power out with nothing depending on it / oxygen concentrator running down",
        [
            "p|Power out 2B|Tenant in 2B says power has been off since noon after the storm // no damage that she can see // wants to know when it'll be back, needs to charge her laptop for work|U|m|1",
            "p|Power out 2B oxygen|Tenant in 2B: power off since noon // her father's oxygen concentrator is on its backup battery, about an hour left // please call her right away|E|m|1",
            "p|12栋停电|12栋502业主来电：中午起家里停电了，看不出哪里坏，想问什么时候来电，她电脑要充电办公。|U|m|1",
            "p|12栋停电有制氧机|12栋502业主来电：中午起家里停电，老父亲的制氧机在用备用电池，只剩一个小时左右，请马上回电。|E|m|1",
        ],
    ),
    (
        "outlet dead in a room",
        "power",
        "kitchen outlets dead / an outlet scorched and smoking",
        [
            "w|Kitchen outlets dead|None of the outlets on the kitchen counter work since yesterday, the GFCI won't reset. The fridge is on another circuit so no food issue, but we can't cook. Today if possible.|U|m|0",
            "w|Kitchen outlet smoking|The outlet behind the toaster is black around the edges and a thin line of smoke is still coming out of it even after I unplugged everything. What do I do?|E|m|0",
            "w|厨房插座没电|厨房台面上的插座从昨天起都没电了，漏保复不了位，冰箱在别的线路上没事，就是没法做饭，今天能来修吗？|U|m|0",
            "w|插座冒烟|厨房烤箱后面的插座周围发黑，拔了插头以后还在往外冒烟，我该怎么办？|E|m|0",
        ],
    ),
    # ------------------------------------------------ water service, plumbing (no active damage)
    (
        "water shut off for a repair, not back on",
        "water",
        "water still off after a repair / the shutoff valve burst and sprays",
        [
            "e|Water still off|The plumber shut off water to our stack at 10 to replace a valve and it's now 4pm and still off. Nothing is leaking, we just have no water for the kids' dinner and baths. Can someone turn it back on today?|U|m|0|0",
            "e|Valve burst|The plumber shut off water to our stack at 10, and when he turned it back on the new valve blew apart. Water is spraying across the laundry room and he can't stop it.|E|m|0|1",
            "w|修完管子还没来水|上午十点师傅关了总阀换阀门，现在下午四点了还没来水，没有哪里漏，就是孩子晚饭洗澡都没水，今天能恢复吗？|U|m|0|0",
            "w|阀门爆了|上午师傅关阀换阀门，刚才一开水新装的阀门直接崩开了，水喷了一洗衣房，师傅也关不住。|E|m|0|1",
        ],
    ),
    (
        "toilet cistern not refilling",
        "water",
        "the only toilet won't refill, valve shut / the cistern's supply pipe came off spraying",
        [
            "w|Toilet won't refill|The fill valve in our only toilet broke, the cistern doesn't refill so we can't flush. I've turned the little valve off behind it, nothing is leaking. Can a plumber come today?|U|m|0|0",
            "w|Toilet pipe spraying|The supply pipe to our toilet cistern came off and water is spraying across the bathroom, the little valve behind it just spins and won't close.|E|m|0|1",
            "w|马桶水箱不进水|家里唯一的马桶进水阀坏了，水箱不进水没法冲，我已经把后面的角阀关了，没有漏水，今天能来水工吗？|U|m|0|0",
            "w|马桶进水管喷水|马桶水箱的进水软管脱落了，水喷得卫生间到处都是，后面的角阀空转关不上。|E|m|0|1",
        ],
    ),
    (
        "kitchen sink blocked",
        "water",
        "sink draining slowly, nothing overflowing / dirty water coming up in the sink and the tub",
        [
            "w|Kitchen sink won't drain|The kitchen sink is completely blocked since last night, water just sits in it. Nothing has spilled over. Could a plumber come today, we're hosting tomorrow.|U|m|0|0",
            "w|Sink and tub backing up|Grey sewage water is coming up in the kitchen sink and the bathtub at the same time and rising, it smells terrible and the tub's almost full.|E|m|0|1",
            "w|厨房水池堵死了|厨房水池从昨晚起堵死了，水一直积在池子里不下去，没有漫出来，明天家里请客，今天能来通一下吗？|U|m|0|0",
            "w|水池浴缸一起返污水|厨房水池和浴缸同时往上返黑水，越涨越高，味道特别大，浴缸快满了。|E|m|0|1",
        ],
    ),
    (
        "water heater pilot out",
        "water",
        "water heater out, nothing smells / gas smell at the water heater",
        [
            "p|Water heater out|Unit 7 tenant: water heater pilot went out overnight, tried relighting, won't stay lit // no smell of gas, just cold showers // would like someone today|U|m|1",
            "p|Water heater gas smell|Unit 7 tenant: water heater pilot went out and there's a strong gas smell in the utility closet now // she's opened windows // please send someone|E|m|1",
            "p|热水器打不着火|8栋301来电：燃气热水器昨晚开始打不着火，试了几次不行，没有闻到煤气味，就是没热水洗澡，希望今天来人。|U|m|1",
            "p|热水器旁煤气味|8栋301来电：热水器打不着火，阳台那边煤气味很重，已经开窗了，请马上派人来。|E|m|1",
        ],
    ),
    (
        "stopped leak needs an inspection",
        "water",
        "water stopped, ceiling must be checked today / ceiling bulging and still dripping",
        [
            "e|Ceiling after last night|Water came through our bathroom ceiling last night from the unit above; they turned their valve off and it hasn't dripped since 11pm. The ceiling looks stained but solid. Can someone inspect it today before we use the room?|U|m|0|1",
            "e|Ceiling bulging|Water came through our bathroom ceiling last night and it's still dripping this morning; the drywall is bulging down in the middle and getting heavier.|E|m|0|1",
            "w|楼上漏水已停|昨晚楼上漏水到我家卫生间吊顶，楼上关了阀门，十一点以后就没再滴了，吊顶有水印但没变形，今天能来人检查一下吗？|U|m|0|1",
            "w|吊顶鼓起来还在滴|昨晚楼上漏水到我家卫生间吊顶，今天早上还在滴，吊顶中间往下鼓，越来越沉。|E|m|0|1",
        ],
    ),
    (
        "washing machine hose replaced, floor wet",
        "water",
        "washer hose split, valve shut, mopped / water still pouring from the hose",
        [
            "w|Washer hose split|The washing machine inlet hose split this morning. I shut the valve behind it right away and mopped up. I can't do laundry until it's replaced, can maintenance bring a hose today?|N|m|0|1",
            "w|Washer hose pouring|The washing machine inlet hose split and the valve behind it is seized so I can't close it, water is pouring out across the laundry room floor.|E|m|0|1",
            "w|洗衣机进水管裂了|洗衣机进水管今天早上裂了，我马上把后面的阀门关了，地也拖干了，能今天帮忙换根管子吗？|N|m|0|1",
            "w|洗衣机进水管喷水|洗衣机进水管裂了，后面的阀门锈死关不上，水一直往外喷，洗衣间满地都是水。|E|m|0|1",
        ],
    ),
    (
        "sewer smell, no backup",
        "water",
        "a sewer smell from a floor drain / sewage coming up from it",
        [
            "w|Sewer smell in basement|There's a strong sewer smell coming from the floor drain in the basement laundry since this morning. Nothing is coming up, it's just the smell, but we can't use the room. Today?|U|m|0|1",
            "w|Sewage from floor drain|The basement floor drain is pushing up brown water and toilet paper, it's spreading toward the storage lockers.|E|m|0|1",
            "w|地漏反臭|地下室洗衣房的地漏从早上开始反臭味，很冲，没有往上冒水，就是味道大得没法进去，今天能处理吗？|U|m|0|1",
            "w|地漏冒污水|地下室洗衣房的地漏在往上冒黄黑色的污水，还带着卫生纸，正往储物间那边漫。|E|m|0|1",
        ],
    ),
    # ------------------------------------------------ heat and cold
    (
        "AC out in a heat wave",
        "heat",
        "AC out in heat, adults fine / AC out with a baby overheating",
        [
            "w|AC not cooling|Our AC stopped cooling last night and it's supposed to hit 104 today. We're both fine, working from the library for now, but please get HVAC here today.|U|m|0",
            "w|AC out, baby hot|Our AC stopped last night, it's 91 inside and rising, and our 4-month-old is flushed, lethargic and won't feed. Please send someone right now.|E|m|0",
            "w|空调不制冷|家里空调昨晚开始不制冷，今天预报40度，我们大人还好，先去商场待着，麻烦今天派空调师傅来。|U|m|0",
            "w|空调坏了宝宝发烫|家里空调昨晚坏了，屋里已经35度还在升，四个月的宝宝满脸通红没精神，也不吃奶，请马上派人。|E|m|0",
        ],
    ),
    (
        "furnace out, mild weather",
        "heat",
        "no heat on a cool night / no heat, freezing, elderly mother shivering",
        [
            "e|Furnace not starting|The furnace didn't come on last night. It's chilly but not freezing, and we have space heaters. Could you get someone out today?|U|m|0",
            "e|No heat, mother shivering|The furnace died last night, it's 9 below outside and 48 inside. My 88-year-old mother is shivering under three blankets and her lips look bluish.|E|m|0",
            "e|暖气不热|家里暖气片昨晚开始不热了，屋里有点凉但还不至于冻着，我们开了电暖器，今天能派人来看看吗？|U|m|0",
            "e|没暖气老人发抖|暖气昨晚彻底不热了，外面零下十五度，屋里只有九度，我家88岁的老母亲盖三床被子还在发抖，嘴唇发紫。|E|m|0",
        ],
    ),
    (
        "balcony door off its track",
        "outside",
        "a sliding door off its track, propped shut before rain / its glass shattered over a child",
        [
            "p|Slider off track|Resident in 14: the balcony sliding door jumped its track and won't close properly, she's wedged it shut with a chair // rain and wind tonight // wants someone today|U|m|1",
            "p|Slider glass shattered|Resident in 14: the balcony sliding door fell off its track and the glass shattered over her son, he has deep cuts on his legs and there's a lot of blood|E|m|1",
            "p|阳台推拉门脱轨|6栋来电：阳台推拉门从轨道上掉出来关不严，她先用椅子顶着，今晚有风雨，希望今天来人。|U|m|1",
            "p|推拉门玻璃砸到孩子|6栋来电：阳台推拉门从轨道上倒下来，玻璃碎在她儿子身上，腿上划了很深的口子，流了很多血。|E|m|1",
        ],
    ),
    # ------------------------------------------------ access
    (
        "key fob dead, resident outside",
        "access",
        "fob dead, resident waiting outside / child locked inside alone",
        [
            "p|Fob not working|Resident from 5A at the side door, his fob stopped working this afternoon // he's waiting outside with groceries // can someone buzz him in and reprogram it today|U|a|1",
            "p|Fob dead, toddler inside|Resident from 5A: fob stopped working and she's stuck outside the lobby door // her 2-year-old is alone in the unit upstairs, she only stepped out to the mailbox // please come now|E|a|1",
            "p|门禁卡失灵|5单元业主来电：门禁卡下午突然刷不开了，人在楼下拎着菜等，麻烦今天给开门并重新录卡。|U|a|1",
            "p|门禁卡失灵孩子在家|5单元业主来电：门禁刷不开进不了单元门，她两岁的孩子一个人在楼上家里，她只是下楼拿个快递，请马上来人。|E|a|1",
        ],
    ),
    (
        "storage unit lock jammed",
        "access",
        "can't open own unit, needs it today / someone heard knocking inside a unit",
        [
            "e|Lock jammed on 210|My padlock on unit 210 won't turn and I need my work tools out of there by tonight for a job tomorrow. Can you cut it today? I'll bring ID.|U|a|0",
            "e|Someone in unit 212|I'm at my unit 210 and I can hear knocking and a man's voice calling for help from inside 212 next door, the door is latched from outside.|E|s|0",
            "e|储物间锁打不开|我租的B区210号储物间挂锁拧不动了，明天要用的工具都在里面，今天能帮我剪开吗？我带身份证过去。|U|a|0",
            "e|储物间里有人喊救命|我在210号储物间门口，听见隔壁212里面有男的在敲门喊救命，门是从外面扣上的。|E|s|0",
        ],
    ),
    (
        "parking barrier stuck down",
        "access",
        "barrier won't lift, resident late / barrier came down on a cyclist",
        [
            "p|Garage barrier|Resident at the exit ramp: barrier arm won't go up, he's late for a flight // cars lining up behind him // please open it remotely|U|a|1",
            "p|Barrier hit cyclist|Garage exit: the barrier arm came down on a cyclist's head, she's on the ground and not answering properly // need ambulance and someone here|E|m|1",
            "p|道闸抬不起来|地库出口业主来电：道闸杆抬不起来，他赶飞机，后面车排着队，请远程开一下。|U|a|1",
            "p|道闸砸到人|地库出口：道闸杆落下砸到一个骑车的人头上，人倒地说话含糊，需要叫救护车，请马上来人。|E|m|1",
        ],
    ),
    (
        "car blocking the gate",
        "access",
        "a parked car blocks the exit / an ambulance can't get in",
        [
            "f|Car blocking exit gate|A grey van has been parked across the exit gate since 7 and residents can't drive out for work. No one answers the number in the window. Please have it moved today.|U|a|0",
            "f|Ambulance blocked|An ambulance is at the front gate for a cardiac call in building 2 and a van parked across the gate is blocking it, the crew is running in on foot with the stretcher.|E|a|0",
            "f|车堵住大门|一辆灰色面包车七点起就横停在小区出口，业主车开不出去上班，车窗上的电话没人接，今天请尽快处理。|U|a|0",
            "f|救护车被堵|救护车到小区大门接2号楼心脏病人，被一辆横停的面包车挡住进不来，医护只能抬担架跑进去。|E|a|0",
        ],
    ),
    (
        "towing today",
        "access",
        "car to be towed today / a child in a car being hooked up",
        [
            "p|Towing my car|Resident in 302: the tow truck is hooking up her car in the guest lot, she has a permit on the dash // please call the driver to stop before it leaves|U|a|1",
            "p|Child in towed car|Resident in 302: the tow truck is hooking up her car in the guest lot and her baby is asleep in the back seat, the driver won't listen // call right now|E|a|1",
            "p|车要被拖走|302业主来电：拖车正在访客车位挂她的车，她车前放了停车证，请马上联系司机别拖走。|U|a|1",
            "p|车里有孩子被拖|302业主来电：拖车在访客车位挂她的车，孩子还睡在后座，司机不听，请马上打电话。|E|a|1",
        ],
    ),
    (
        "front door lock broken",
        "access",
        "deadbolt broken, can't lock up / door forced and someone inside",
        [
            "w|Deadbolt broken|Our deadbolt snapped this morning and the door won't lock at all. Nobody tried to break in, it just wore out. We have to leave tonight for a funeral, can a locksmith come today?|U|a|0",
            "w|Door forced|Came home and our deadbolt is snapped, the door's ajar and I can hear someone moving around upstairs. I'm outside on the street.|E|s|0",
            "w|门锁坏了|家里防盗门锁芯今天早上断了，门完全锁不上，不是被撬，就是用坏了，我们今晚要出远门，今天能派锁匠吗？|U|a|0",
            "w|门被撬了|回家发现门锁被撬断，门虚掩着，楼上还有人走动的声音，我现在在楼下。|E|s|0",
        ],
    ),
    (
        "garage door stuck open overnight",
        "access",
        "the garage door won't close / the garage door came down on a car with a person under it",
        [
            "w|Garage door stuck open|My garage door is stuck fully open and won't close from the remote or the button. Nothing is damaged, but I can't leave it open overnight with my bikes in there. Today, please?|U|a|0",
            "w|Garage door on person|The garage door came down on my neighbour while he was under it fixing the sensor, it's resting on his chest and the opener won't reverse.|E|m|0",
            "w|车库门关不上|我家车库卷帘门卡在全开的位置，遥控器和按钮都关不上，没有东西坏，但晚上开着门不放心，里面有电动车，今天能修吗？|U|a|0",
            "w|车库门压住人|车库卷帘门落下来压在我邻居身上，他刚才在下面修感应器，门压在胸口，遥控也升不起来。|E|m|0",
        ],
    ),
    (
        "locked out with the stove off",
        "access",
        "locked out, nothing on / locked out with a pot on the stove",
        [
            "p|Locked out|Resident of 9D locked herself out after her jog // nothing left on, dog is fine inside // wants someone with a key in the next hour|U|a|1",
            "p|Locked out, stove on|Resident of 9D locked out // she left a pot of oil on a lit burner and the smoke alarm inside is going off // send someone with the key now|E|a|1",
            "p|锁在门外|9栋业主跑完步把自己锁在门外了，家里没开火也没开电器，狗在里面没事，希望一小时内有人送钥匙。|U|a|1",
            "p|锁门外锅在火上|9栋业主被锁在门外，灶上还开着火热着一锅油，屋里烟感已经在响了，请马上带钥匙来。|E|a|1",
        ],
    ),
    (
        "pedestrian gate won't latch",
        "access",
        "the pool gate won't self-close / a toddler found in the pool area",
        [
            "w|Pool gate not latching|The self-closing gate at the pool doesn't latch anymore, it swings open in the wind. Nobody's in there right now but with kids around it should be fixed today.|U|am|0",
            "w|Toddler at pool|The pool gate didn't latch and a toddler just wandered in alone and is standing at the edge of the deep end, I'm running over, where are the lifeguards?|E|am|0",
            "w|泳池门关不严|泳池那个自动闭合的小门锁不上了，风一吹就开，现在里面没人，但小孩多，今天最好修好。|U|am|0",
            "w|小孩跑进泳池|泳池的小门没锁上，一个两三岁的小孩自己跑进去了，正站在深水区边上，我正跑过去，救生员呢？|E|am|0",
        ],
    ),
    # ------------------------------------------------ outside
    (
        "tree limb cracked over a path",
        "outside",
        "limb cracked and hanging, path taped off / the limb falling now over people",
        [
            "w|Cracked limb|A big limb on the oak by the mailboxes cracked in the wind and is hanging. I put a chair under it so people walk around. Can the tree crew take it down today?|U|m|0",
            "w|Limb coming down|The big cracked limb on the oak by the mailboxes is tearing loose right now and there are kids waiting for the school bus underneath it.|E|m|0",
            "w|树枝裂了挂着|信报箱旁边那棵大树有根粗树枝被风刮裂了挂在上面，我在下面放了把椅子让人绕开走，今天能派园林来锯掉吗？|U|m|0",
            "w|树枝要砸下来|信报箱旁那根裂开的粗树枝正在往下断，下面一群孩子在等校车。|E|m|0",
        ],
    ),
    (
        "broken window after a storm",
        "outside",
        "a pane cracked, nothing coming in / glass fell and rain is pouring in",
        [
            "w|Cracked window|Last night's storm cracked the big pane in our living room. It's still in one piece, no rain getting in, nobody hurt. Can glass be boarded or replaced today before the next storm?|U|m|0",
            "w|Window blown in|The storm just blew in our living room window, glass is all over the floor and rain is pouring in across the carpet.|E|m|0|1",
            "w|窗户玻璃裂了|昨晚大风把客厅大玻璃吹裂了，玻璃还整块在框里，没进雨也没人受伤，今天能来封一下或者换掉吗？|U|m|0",
            "w|窗户被吹破|大风刚把客厅窗户吹破了，玻璃碎了一地，雨水正往屋里灌，地毯全湿了。|E|m|0|1",
        ],
    ),
    (
        "snow not plowed, appointment today",
        "outside",
        "lot not plowed, dialysis later / a resident fell on ice and can't get up",
        [
            "p|Lot not plowed|Resident in 118: lot still not plowed, her car is snowed in // she has a dialysis appointment at 2 and her ride can't get to the door // please get the plow out this morning|U|m|1",
            "p|Fell on ice|Resident in 118 calling: her neighbour slipped on the unplowed walk and is lying there, can't get up, says her hip // please call 911 and come|E|m|1",
            "p|雪没清|118业主来电：停车场雪还没清，车被埋了，她下午两点要去透析，接她的车开不到楼门口，请上午派人铲雪。|U|m|1",
            "p|老人冰上摔倒|118业主来电：邻居老人在没铲雪的路上滑倒了，躺着起不来，说胯骨疼，请马上叫120并派人来。|E|m|1",
        ],
    ),
    (
        "wasp nest by the door",
        "outside",
        "a wasp nest by the entrance / a child stung many times and swelling",
        [
            "w|Wasp nest at entrance|There's a wasp nest the size of a grapefruit over the building B entrance. My son is allergic, so I'd like it removed today if at all possible. Nobody's been stung.|U|m|0",
            "w|Child stung|My son walked under the wasp nest at building B and was stung several times, his face and throat are swelling and he's wheezing. I've called 911, please keep people away.|E|m|0",
            "w|门口马蜂窝|B栋单元门上面有个柚子大的马蜂窝，我儿子对蜂蜇过敏，希望今天就能摘掉，目前还没人被蜇。|U|m|0",
            "w|孩子被马蜂蜇|我儿子从B栋门口马蜂窝下走过被蜇了好几下，脸和脖子都肿起来了，喘不上气，我已经打120了，请把人拦开。|E|m|0",
        ],
    ),
    (
        "dead animal by the playground",
        "outside",
        "a dead raccoon to remove / a raccoon acting rabid biting at kids",
        [
            "w|Dead raccoon|There's a dead raccoon next to the playground fence. Please have it removed today before the kids are out after school.|U|m|0",
            "w|Raccoon attacking|A raccoon staggering around the playground in daylight just lunged at two kids and bit one on the ankle. It's still there.|E|s|0",
            "w|死猫要处理|儿童游乐场栏杆旁边有只死猫，麻烦今天放学前清理掉。|U|m|0",
            "w|狗咬人|游乐场一只没拴绳的大狗刚扑倒一个孩子咬了胳膊，流了很多血，狗还在那里转。|E|s|0",
        ],
    ),
    (
        "dumpster blocking the fire lane",
        "outside",
        "a roll-off dumpster left in the fire lane / a fire truck can't reach a fire",
        [
            "f|Dumpster in fire lane|The renovation company dropped a roll-off dumpster in the fire lane behind building C this morning. Please get it moved today, it shouldn't be there.|U|v|0",
            "f|Fire truck blocked|There's smoke coming from building C's top floor and the fire truck can't get around back because the renovation dumpster is in the fire lane.|E|m|0",
            "f|垃圾箱占消防通道|装修公司早上把一个大垃圾箱放在C栋后面的消防通道上了，请今天让他们挪走。|U|v|0",
            "f|消防车进不来|C栋顶楼在冒烟，消防车被消防通道上的装修垃圾箱挡住绕不到楼后面。|E|m|0",
        ],
    ),
    (
        "sinkhole starting in the lot",
        "outside",
        "a depression in the lot to cone off / the ground opening under a car",
        [
            "w|Dip in parking lot|A dip about a metre wide has opened up near space 40 overnight. Nothing's fallen in. Could someone cone it off today and have it looked at?|U|m|0",
            "w|Lot collapsing|The ground near space 40 is caving in right now, a car's front wheel has dropped into the hole and it keeps getting wider.|E|m|0",
            "w|停车场地面下陷|40号车位旁边一夜之间陷下去一米见方的坑，没东西掉进去，今天能先围起来再找人看看吗？|U|m|0",
            "w|停车场塌陷|40号车位旁边地面正在往下塌，一辆车前轮已经陷进坑里了，坑还在变大。|E|m|0",
        ],
    ),
    (
        "railing loose",
        "outside",
        "balcony railing wobbly, balcony closed off / a railing gave way, someone hanging",
        [
            "w|Balcony railing loose|The railing on our 4th floor balcony is loose at one post and wobbles. We're keeping the kids off the balcony, but please have it fixed today.|U|m|0",
            "w|Railing gave way|The railing on the 4th-floor stair landing just gave way and a man is hanging on to the edge, people are holding his arms.|E|m|0",
            "w|阳台栏杆松了|我家四楼阳台栏杆一根立柱松了，一推就晃，我们不让孩子上阳台了，请今天来修。|U|m|0",
            "w|栏杆断了人挂着|四楼楼梯平台栏杆突然断了，一个人挂在边上，大家正拉着他的胳膊。|E|m|0",
        ],
    ),
    # ------------------------------------------------ billing, notices, deadlines
    (
        "auction notice for a paid unit",
        "notice",
        "unit listed for auction by mistake / the auction crew cutting the lock with a person inside",
        [
            "e|Unit 340 on auction list|I got a notice that unit 340 goes to auction tomorrow morning but I paid the balance online on Friday, receipt attached. Please take it off the list today.|U|b|0",
            "e|Unit 340 being cut|The auction crew is cutting the lock on unit 340 right now and my father is inside sorting boxes, they won't listen and he's shouting.|E|s|0",
            "e|储物间要被拍卖|收到通知说我的340号储物间明天上午拍卖，可我周五已经在网上把欠款交清了，附上凭证，请今天把它撤下来。|U|b|0",
            "e|拍卖的人在剪锁|拍卖的人现在正在剪340号储物间的锁，我父亲还在里面整理东西，他们不听，他在里面喊。|E|s|0",
        ],
    ),
    (
        "notice taped on the door today",
        "notice",
        "a notice to pay or quit today / someone threatening at the door",
        [
            "e|Notice on my door|A 3-day notice was taped to my door this morning but I paid rent on the 1st, bank confirmation attached. I need this cleared today please, can someone call me?|U|b|1",
            "e|Man at my door|A man who says he's from a collection agency is pounding on my door, he's yelling that he'll break it down and he's kicking it now.|E|s|0",
            "e|门上贴了催缴通知|今天早上门上贴了三天内交租否则解约的通知，可我1号就交了房租，附上银行回单，请今天处理，方便的话给我回个电话。|U|b|1",
            "e|有人在踹门|一个自称催收的男人在使劲砸我家门，喊着要把门踹开，现在正在踹。|E|s|0",
        ],
    ),
    (
        "vendor needs approval today",
        "notice",
        "a vendor waits for approval to proceed / a vendor reports a live gas line hit",
        [
            "e|Re: WO 5581 approval|Our tech is on site at 12B. The compressor must be replaced, quote attached ($1,340). We need your written approval by 2pm today to get the part on this evening's truck.|U|w|0",
            "e|Re: WO 5581 gas line|Our tech drilling at 12B has hit a gas line behind the wall; gas is hissing out, he has evacuated the floor and called the gas company.|E|m|0",
            "e|工单5581需审批|我们师傅在12栋现场，压缩机必须更换，报价1340元见附件，今天下午两点前需要你们书面确认，才能赶上今晚的配件车。|U|w|0",
            "e|工单5581打到燃气管|我们师傅在12栋墙里打孔打到了燃气管，现在嘶嘶往外漏气，已经把那层的人撤出来，也打了燃气公司电话。|E|m|0",
        ],
    ),
    (
        "move-in day, no keys",
        "notice",
        "movers waiting, no keys / movers dropped a piano on a worker",
        [
            "p|Move-in keys|New tenant for 6F: movers are here and the keys aren't at the desk // truck is charging by the hour // please get keys to her within the hour|U|mv|1",
            "p|Mover injured|New tenant for 6F: the movers dropped the piano on the stairs and one is pinned under it, screaming // she called 911, please send anyone|E|m|1",
            "p|搬家拿不到钥匙|6栋新租户来电：搬家公司已经到了，前台没有钥匙，车按小时收费，请一小时内把钥匙送到。|U|mv|1",
            "p|搬家师傅被压|6栋新租户来电：搬家师傅在楼梯上把钢琴掉了，一个人被压在下面，正在叫，她已经打120了，请马上派人。|E|m|1",
        ],
    ),
    # ------------------------------------------------ fridges, appliances
    (
        "fridge dead with insulin",
        "appliance",
        "fridge dead, insulin moved to a cooler / fridge dead and the child's insulin gone bad during a low",
        [
            "w|Fridge died|Our fridge stopped cooling overnight. I've put my insulin in a cooler with ice so it's okay for now, but I need the fridge fixed or swapped today.|U|m|0",
            "w|Fridge died, son unwell|Our fridge died and my son's insulin went warm; his sugar is over 500 now, he's vomiting and confused, we're heading to the ER, please let someone in for the fridge.|E|m|0",
            "w|冰箱不制冷|家里冰箱昨晚不制冷了，我先把胰岛素放在装了冰的保温箱里，暂时没问题，但冰箱今天得修好或换一台。|U|m|0",
            "w|冰箱坏了孩子不舒服|冰箱坏了，孩子的胰岛素放热了，他现在血糖五百多，一直吐，说话也糊涂了，我们马上去急诊。|E|m|0",
        ],
    ),
    (
        "dryer not heating",
        "appliance",
        "dryer won't heat / dryer vent on fire",
        [
            "w|Dryer won't heat|The dryer runs but doesn't get hot anymore. We've got a baby and a pile of wet laundry, so I'd like it looked at today if you can.|N|m|0",
            "w|Dryer burning|Flames are coming out of the dryer vent on the outside wall and the laundry room is filling with smoke.|E|m|0",
            "w|烘干机不热|烘干机能转但不出热风了，家里有小宝宝，湿衣服堆了一大堆，今天能来看看吗？|N|m|0",
            "w|烘干机着火|外墙上烘干机的排风口在往外冒火，洗衣房里全是烟。|E|m|0",
        ],
    ),
    # ------------------------------------------------ alarms and detectors
    (
        "fire panel trouble signal",
        "alarm",
        "panel showing a trouble fault / the alarm sounding with smoke on the floor",
        [
            "f|Fire panel trouble|The fire alarm panel in the lobby has shown a 'trouble' light and a beep since 6am. No alarm, no smoke anywhere. The monitoring company says it needs a tech today.|U|m|0",
            "f|Alarm and smoke on 5|The fire alarm is sounding and there's smoke in the 5th floor corridor near the trash chute, residents are coming down the stairs.|E|m|0",
            "f|消防主机故障|大堂消防主机从早上六点起亮故障灯一直嘀嘀响，没有报警，哪里也没有烟，维保公司说今天得来人看。|U|m|0",
            "f|5楼报警有烟|消防报警响了，5楼垃圾道附近走廊全是烟，住户正从楼梯往下跑。|E|m|0",
        ],
    ),
    (
        "CO detector at end of life",
        "alarm",
        "a CO detector's end-of-life signal / CO alarm with headaches",
        [
            "w|CO detector beeping|The carbon monoxide detector in our hallway shows 'End' and beeps every 30 seconds. The manual says it's at end of life. Can maintenance replace it today? We'd rather not go a night without one.|N|m|0",
            "w|CO alarm and headaches|The carbon monoxide detector in our hallway is sounding its alarm pattern and reads 160, and all three of us have headaches and feel sick.|E|m|0",
            "w|一氧化碳报警器到期|走廊上的一氧化碳报警器屏幕显示End，每半分钟叫一声，说明书上说是寿命到了，今天能来换一个吗？不想一晚上没报警器。|N|m|0",
            "w|一氧化碳报警头疼|走廊上的一氧化碳报警器在连续报警，读数160，我们一家三口都头疼想吐。|E|m|0",
        ],
    ),
    (
        "sprinkler head knocked",
        "alarm",
        "sprinkler head bent, not leaking / the head knocked off, water pouring",
        [
            "w|Bent sprinkler head|My movers knocked the sprinkler head in the bedroom ceiling and it's bent at an angle now. It's not leaking. I'd feel better if someone checks it today.|U|m|0|0",
            "w|Sprinkler head off|My movers knocked the sprinkler head off the bedroom ceiling and water is pouring out full blast over everything.|E|m|0|1",
            "w|喷淋头碰歪了|搬家师傅把卧室天花板的喷淋头碰歪了，现在斜着，没漏水，今天能来人检查一下比较放心。|U|m|0|0",
            "w|喷淋头被撞掉|搬家师傅把卧室天花板的喷淋头撞掉了，水哗哗往下喷，东西全淋湿了。|E|m|0|1",
        ],
    ),
    # ------------------------------------------------ security, not in progress
    (
        "gate left propped open",
        "security",
        "the side gate propped open all day / strangers coming through it trying doors",
        [
            "f|Side gate propped|The side gate by the trash area has been propped open with a brick all day. Nobody has come through that I've seen, but please have it fixed today so it closes.|U|s|0",
            "f|Strangers at side gate|Two men came in through the propped side gate and are going along building D trying every door handle right now.|E|s|0",
            "f|侧门被顶开|垃圾站旁边的侧门一整天被砖头顶着开着，目前没看到有外人进来，但请今天修好让它能关上。|U|s|0",
            "f|陌生人挨家拧门|两个男的从被顶开的侧门进来了，现在在D栋挨家挨户拧门把手。|E|s|0",
        ],
    ),
    (
        "car broken into overnight",
        "security",
        "a car window smashed last night / a man breaking into cars right now",
        [
            "w|Car broken into|My car window was smashed in the garage overnight and my bag taken. I've filed a police report. I need the camera footage pulled today for my insurance claim.|U|s|0",
            "w|Break-in in garage|There's a man in the garage smashing car windows with a hammer right now, he's on level 2 near the stairs.|E|s|0",
            "w|车被砸了|我的车昨晚在地库被砸了车窗，包被拿走了，已经报警，今天需要调一下监控给保险公司。|U|s|0",
            "w|有人在砸车|地库负二层楼梯口有个男的正拿锤子一辆一辆砸车窗。|E|s|0",
        ],
    ),
    (
        "lost master key",
        "security",
        "a master key lost / someone using it to enter units",
        [
            "e|Lost master key|Our cleaner lost her ring with the master key somewhere in the building today. Nothing has happened, but we need the locks re-keyed or the key found today.|U|s|0",
            "e|Someone inside my unit|I came home and a stranger was in my unit with a key, he ran up to the roof and is still up there. Our master key went missing this week.|E|s|0",
            "e|总钥匙丢了|保洁阿姨今天在楼里把挂着总钥匙的钥匙串弄丢了，目前没出什么事，但今天得找到钥匙或者换锁芯。|U|s|0",
            "e|有人拿钥匙进我家|我回家发现一个陌生人拿着钥匙在我家里，他跑到楼顶去了现在还在上面，这周总钥匙刚丢了。|E|s|0",
        ],
    ),
    # ------------------------------------------------ more lifts, stairs, common areas
    (
        "only lift out, wheelchair user upstairs",
        "lift",
        "wheelchair user can't get down for an appointment / wheelchair user upstairs with smoke in the hall",
        [
            "e|Lift out again|The only lift in our block has been off since Sunday. My wife uses a wheelchair and has a hospital appointment at 4 today she can't get down to. She's safe at home, but we need it running or a carry-down arranged today.|U|m|0",
            "e|Smoke, wife can't get down|The lift is off and there's smoke in our 6th-floor hallway now, the alarm is going. My wife uses a wheelchair and can't get down the stairs. Please send help, we're in 6C.|E|m|0",
            "e|唯一的电梯又停了|我们单元唯一的电梯从周日就停了，我爱人坐轮椅，今天下午四点要去医院复查下不了楼，她在家没事，但今天要么修好要么安排人抬下去。|U|m|0",
            "e|楼道有烟下不了楼|电梯停着，现在我们六楼楼道里有烟，报警器在响，我爱人坐轮椅下不了楼梯，我们在6C，请马上来人。|E|m|0",
        ],
    ),
    (
        "stairwell lights out",
        "power",
        "stairwell dark, nobody hurt / someone fell down the dark stairs and is bleeding",
        [
            "f|Stairwell lights out|All the lights in the east stairwell are out since this afternoon. Nobody has fallen, but it's pitch black and people use it at night. Please fix before dark.|U|m|0",
            "f|Fell in dark stairwell|An older man fell down the dark east stairwell, he's at the bottom of the flight bleeding from the head and not making sense.|E|m|0",
            "f|楼梯间灯全灭了|东侧楼梯间的灯从下午起全不亮了，还没人摔着，但晚上黑漆漆的，天黑前请修好。|U|m|0",
            "f|有人在楼梯摔了|一位大爷在东侧黑着灯的楼梯间摔下去了，躺在平台上头在流血，说话不清楚。|E|m|0",
        ],
    ),
    (
        "generator test failed",
        "power",
        "backup generator failed its test, power is on / power out and the generator won't start, patient on a ventilator",
        [
            "e|Generator failed test|This morning's weekly generator test failed to start. Mains power is fine and nothing's out. With the storm forecast for tomorrow, can the generator tech come today?|U|m|0",
            "e|Generator won't start|The building has lost power and the backup generator won't start. The resident in 7A is on a home ventilator and its battery is running down.|E|m|0",
            "e|发电机试机失败|今天早上每周例行的发电机试机没启动起来，市电正常没停电，但明天有台风，今天能请发电机师傅来吗？|U|m|0",
            "e|停电发电机打不着|整栋楼停电了，备用发电机打不着火，7A的业主在家用呼吸机，电池快没电了。|E|m|0",
        ],
    ),
    (
        "intercom dead",
        "access",
        "the intercom dead, deliveries can't buzz / a resident fallen inside answers only through the door",
        [
            "w|Intercom not working|Our intercom handset doesn't ring anymore, visitors and deliveries can't buzz us. I have a pharmacy delivery coming this afternoon. Can it be fixed today?|U|a|0",
            "w|Neighbour fallen inside|My elderly neighbour in 3B is calling out through her door that she fell and can't get up, the intercom doesn't work and the door is locked. Please bring a key now.|E|s|0",
            "w|对讲机坏了|家里的可视对讲不响了，访客和快递按不进来，下午有药房送药，今天能修好吗？|U|a|0",
            "w|邻居摔倒在屋里|隔壁3B的独居老太太隔着门喊她摔倒了起不来，对讲机坏了，门反锁着，请马上拿钥匙来。|E|s|0",
        ],
    ),
    (
        "mail room door jammed",
        "parcel",
        "a medication parcel stuck behind a jammed door / a parcel leaking a chemical with fumes",
        [
            "f|Parcel room jammed|The parcel room door lock is jammed and my refrigerated medication delivery is inside, it needs to go in my fridge today. Can someone open it?|U|pa|0",
            "f|Parcel room fumes|A parcel in the parcel room is leaking a liquid with a chemical smell and two residents who went in are coughing and dizzy.|E|pa|0",
            "f|快递室门打不开|快递室的门锁卡死了，我的冷藏药品在里面，今天必须放冰箱，能来人开一下吗？|U|pa|0",
            "f|快递室有刺鼻气味|快递室里有个包裹在往外渗液体，味道很刺鼻，进去的两个业主一直咳嗽还头晕。|E|pa|0",
        ],
    ),
    (
        "trash chute jammed",
        "outside",
        "trash chute blocked / smoke coming out of the chute doors",
        [
            "f|Trash chute blocked|The trash chute is jammed from the 9th floor up and bags are piling in the chute rooms. Smells bad, nothing else. Please get it cleared today.|U|m|0",
            "f|Smoke from chute|Smoke is coming out of the trash chute doors on 8, 9 and 10 and it smells like burning plastic.|E|m|0",
            "f|垃圾道堵了|垃圾道从九楼往上堵住了，各层垃圾间都堆着袋子，有味道，别的没事，今天请疏通一下。|U|m|0",
            "f|垃圾道冒烟|8、9、10楼的垃圾道口都在往外冒烟，一股烧塑料的味道。|E|m|0",
        ],
    ),
    (
        "roof hatch left open",
        "security",
        "roof hatch left unlocked / a child on the roof edge",
        [
            "f|Roof hatch unlocked|The roof access hatch was left unlocked after the HVAC contractor's visit. Nobody's up there. Please lock it today.|U|s|0",
            "f|Child on roof|The roof hatch was left open and there's a kid up on the roof walking along the parapet edge, I can see him from the courtyard.|E|s|0",
            "f|天台门没锁|空调公司来过以后天台门没锁，上面没人，今天请锁上。|U|s|0",
            "f|小孩在天台边|天台门开着，有个小孩爬上天台在女儿墙边上走，我在院子里看得见。|E|s|0",
        ],
    ),
    (
        "gas shut off for work",
        "power",
        "gas still off after a test, no smell / a gas smell after the gas came back",
        [
            "e|Gas still off|The gas company shut our building's gas off yesterday for the meter swap and it isn't back on. No smell, nothing wrong, we just can't cook or heat water. Who do we call to get it back today?|U|m|0",
            "e|Gas smell after relight|The gas came back on an hour ago and now the whole 2nd floor hallway smells strongly of gas, worse near 2D.|E|m|0",
            "e|燃气还没恢复|昨天燃气公司换表把整栋楼的燃气关了，到现在还没通，没有味道，就是做不了饭烧不了热水，今天找谁能恢复？|U|m|0",
            "e|恢复供气后有燃气味|一个小时前刚恢复供气，现在二楼整个走廊燃气味很重，2D门口最浓。|E|m|0",
        ],
    ),
    (
        "gate motor dead, residents walking in",
        "access",
        "the vehicle gate open by hand / the gate came off its track onto a child",
        [
            "f|Vehicle gate motor|The main vehicle gate motor died this morning, we've chained it open so cars can get in and out. Can the gate company come today? Feels wrong to leave it open overnight.|U|a|0",
            "f|Gate fell on child|The main vehicle gate came off its track and fell over onto a boy on a scooter, he's trapped under it and people are trying to lift it.|E|m|0",
            "f|车辆大门电机坏了|小区车辆大门电机今天早上坏了，我们先用链子把门拴在开着的位置让车进出，今天能请厂家来吗？晚上开着不放心。|U|a|0",
            "f|大门倒了压住孩子|小区车辆大门从轨道上脱下来倒了，压住一个骑滑板车的男孩，大家正在抬。|E|m|0",
        ],
    ),
    (
        "hot water out for the building",
        "water",
        "the boiler off, no hot water anywhere / a scalding water leak in the boiler room",
        [
            "f|No hot water building-wide|No unit in building A has hot water since 5am, the boiler shows a fault code. Everything's dry, no smell. Residents are asking when it's back.|U|m|0|0",
            "f|Boiler room steam|The boiler room door is hot and steam and scalding water are pouring out underneath it into the corridor.|E|m|0|1",
            "f|整栋楼没热水|A栋从早上五点开始所有住户都没热水，锅炉显示故障代码，哪里都没漏，也没有异味，住户都在问什么时候恢复。|U|m|0|0",
            "f|锅炉房冒蒸汽|锅炉房的门摸着发烫，门缝下面往走廊里冒蒸汽和滚烫的热水。|E|m|0|1",
        ],
    ),
    # ------------------------------------------------ storms and weather
    (
        "storm coming, shutters stuck",
        "weather",
        "storm shutters jammed before a storm / the storm here and a window gone",
        [
            "w|Shutters stuck|Hurricane's due tomorrow evening and the storm shutters on our sliding door won't come down, the track's bent. Can maintenance get to it today?|U|m|0",
            "w|Slider blown in|The storm just blew in our sliding door, the wind is tearing through the unit and glass is everywhere, my husband has a cut arm.|E|m|0",
            "w|防台卷帘放不下来|台风明天晚上到，阳台推拉门的防风卷帘导轨弯了放不下来，今天能派人来修吗？|U|m|0",
            "w|台风把门吹破了|台风刚把阳台推拉门吹破了，风直往屋里灌，满地玻璃，我老公胳膊划了个口子。|E|m|0",
        ],
    ),
    (
        "drain clogged before rain",
        "weather",
        "a yard drain blocked with leaves before the rain / water rising against the door",
        [
            "w|Patio drain blocked|The patio drain outside our ground-floor unit is blocked with leaves and heavy rain is forecast tonight. Nothing's wet inside. Can grounds clear it today?|U|m|0|0",
            "w|Water at the door|The patio drain is blocked and the rain has water rising against our sliding door, it's started seeping under onto the floor.|E|m|0|1",
            "w|院子排水口堵了|我家一楼小院的排水口被树叶堵了，今晚有大雨，屋里现在是干的，今天能来清一下吗？|U|m|0|0",
            "w|水漫到门口|小院排水口堵了，雨水已经涨到推拉门口，开始从门缝底下往屋里渗。|E|m|0|1",
        ],
    ),
    (
        "power line down in the car park, not touching",
        "weather",
        "a cable hanging low after wind / a line down sparking on a car",
        [
            "f|Cable hanging low|A cable has come loose from the pole by the car park entrance and is hanging about head height. The utility says it's a phone line. Could someone tape it off today?|U|m|0",
            "f|Line down sparking|A power line came down across a parked car by the entrance and it's sparking and arcing, there's someone sitting in the car.|E|m|0",
            "f|线缆垂下来|停车场入口那根杆子上有条线缆松了，垂到人头那么高，运营商说是电话线，今天能先围起来吗？|U|m|0",
            "f|电线掉在车上打火|一根电线掉下来搭在入口停着的一辆车上，一直在打火冒电弧，车里还坐着人。|E|m|0",
        ],
    ),
    (
        "flood warning, sandbags wanted",
        "weather",
        "flood watch for tomorrow, asks for sandbags / water already coming into the garage",
        [
            "e|Sandbags before the flood watch|There's a flood watch for tomorrow afternoon and our underground garage took water last year. Can we get sandbags put at the ramp today?|U|m|0|1",
            "e|Garage flooding|Water from the street is pouring down the ramp into our underground garage, it's already over the wheels on level B1.|E|m|0|1",
            "e|明天暴雨要沙袋|预报明天下午有暴雨，去年地库进过水，今天能先在坡道口垒上沙袋吗？|U|m|0|1",
            "e|地库进水了|马路上的水正顺着坡道往地库灌，负一层的水已经没过车轮了。|E|m|0|1",
        ],
    ),
    (
        "ice on the front steps",
        "weather",
        "front steps iced, no one hurt, salt needed / a courier fell and is unconscious",
        [
            "p|Icy steps|Resident in building 4: front steps are a sheet of ice this morning, nobody's slipped yet // can someone salt them before the school run|U|m|1",
            "p|Courier fell|Building 4: a courier slipped on the icy front steps, hit his head and isn't responding // bleeding from the ear // call an ambulance|E|m|1",
            "p|台阶结冰|4号楼业主来电：楼门口台阶早上结了一层冰，还没人滑倒，送孩子上学前能撒点盐吗？|U|m|1",
            "p|快递员摔倒|4号楼来电：一个快递员在结冰的台阶上滑倒磕到头，叫不醒，耳朵在流血，请叫救护车。|E|m|1",
        ],
    ),
    # ------------------------------------------------ complaints and neighbours at the boundary
    (
        "neighbour's alarm clock beeping for hours",
        "neighbour",
        "an alarm in an empty unit for hours / no answer and a smell of gas from the unit",
        [
            "w|Alarm in 5F|An alarm clock or something has been beeping in 5F since 6am. They're away on holiday. Not a smoke alarm, just a beep-beep. Could someone go in today and turn it off?|N|c|0",
            "w|5F gas smell|There's a strong smell of gas coming from under the door of 5F and no one answers, their car is in the lot.|E|m|0",
            "w|隔壁闹钟响一天|5F家里从早上六点就有闹钟一样的声音一直嘀嘀响，他们出去旅游了，不是烟感，就是闹钟，今天能进去关一下吗？|N|c|0",
            "w|5F有燃气味|5F门缝里往外冒很浓的燃气味，敲门没人应，他家车还在楼下。|E|m|0",
        ],
    ),
    (
        "water running in an empty unit",
        "neighbour",
        "a tap heard running next door, nothing through the wall / water coming under their door into the hall",
        [
            "w|Tap running next door|I can hear a tap running in 8B next door for hours; they're away. Nothing is coming through our wall. Could someone check today?|U|m|0|0",
            "w|Water under 8B's door|Water is coming out under 8B's door into the corridor and spreading toward the lift, they're away.|E|m|0|1",
            "w|隔壁一直有流水声|隔壁8B家里一直有哗哗的流水声，已经好几个小时了，他们出门了，我家墙上没有水，今天能去看看吗？|U|m|0|0",
            "w|8B门缝往外流水|8B门缝底下往楼道里流水，已经流到电梯口了，他们家出门了没人。|E|m|0|1",
        ],
    ),
    (
        "smoke smell from outside",
        "neighbour",
        "a burnt smell from a neighbour's cooking earlier / smoke coming through the wall socket",
        [
            "w|Burnt smell in hallway|Someone burnt their dinner around noon and the whole hallway on 3 still smells. It's gone stale, no smoke. Can the hall be aired out today, we have guests tonight?|N|c|0",
            "w|Smoke through the wall|Smoke is coming through the light switch and socket on the wall we share with 3C and the wall feels warm.|E|m|0",
            "w|楼道一股焦糊味|中午谁家把饭烧糊了，三楼楼道到现在还一股焦味，没有烟了，就是味道，今晚家里来客，今天能通通风吗？|N|c|0",
            "w|墙上插座冒烟|我家和3C共用的那面墙上，开关和插座里往外冒烟，墙摸着发热。|E|m|0",
        ],
    ),
    (
        "neighbour's dog left alone",
        "neighbour",
        "a dog barking alone all day / a dog in a hot car",
        [
            "w|Dog barking all day|The dog in 4A has been barking and howling since they left at 7, it's now 3pm. Not an emergency but I work nights and need to sleep, can you contact them today?|N|c|0",
            "w|Dog in hot car|There's a dog locked in a black SUV in the visitor lot, windows up, it's 95 out and the dog is panting and collapsed against the glass.|E|s|0",
            "w|狗叫了一整天|4A家的狗从他们早上七点出门叫到现在下午三点，我上夜班白天要睡觉，不算急事，但今天能联系一下他们吗？|N|c|0",
            "w|狗被关在车里|访客车位一辆黑色SUV里锁着一条狗，车窗全关，外面35度，狗喘得厉害已经趴在玻璃上不动了。|E|s|0",
        ],
    ),
    (
        "construction noise on the weekend",
        "neighbour",
        "a contractor starting early against the rules / scaffolding swaying with workers on it",
        [
            "f|Drilling at 7am Sunday|The contractor in 12C started drilling at 7am on a Sunday, against the building rules. Please stop them today, the whole stack is awake.|N|v|0",
            "f|Scaffold collapsing|The scaffold on the north side is leaning and swaying with two workers on top, bolts are popping.|E|m|0",
            "f|周日早上七点装修|12C的装修队周日早上七点就开始打钻，违反小区装修规定，今天请让他们停下，整个单元都被吵醒了。|N|v|0",
            "f|脚手架要倒|北面的脚手架歪了在晃，上面还站着两个工人，螺栓一个个在崩。|E|m|0",
        ],
    ),
    # ------------------------------------------------ amenities
    (
        "pool chemicals off, pool closed",
        "amenity",
        "chlorine too high, pool should close today / swimmers coughing and a cloud of gas",
        [
            "w|Pool chlorine|The test strip at the pool shows chlorine way off the chart this morning. Nobody's in. Please close it today until the pool company checks it.|U|am|0",
            "w|Pool gas cloud|A cloud with a bleach smell rose off the pool after the chemical feeder ran, and several swimmers are coughing hard, one kid is struggling to breathe.|E|am|0",
            "w|泳池氯超标|早上泳池试纸显示余氯高得爆表，现在没人下水，今天请先关闭泳池等维保来查。|U|am|0",
            "w|泳池冒刺鼻气体|泳池加药机刚加完药，水面冒起一股漂白水味的气，好几个游泳的人咳得厉害，一个小孩喘不上气。|E|am|0",
        ],
    ),
    (
        "gym treadmill broken",
        "amenity",
        "a treadmill belt torn, taped off / a person collapsed on the treadmill",
        [
            "f|Treadmill belt torn|The belt on treadmill 2 in the gym has torn along the edge. I put a sign on it. Please have it repaired or removed today before someone trips.|U|am|0",
            "f|Man collapsed in gym|A man collapsed off treadmill 2 in the gym and isn't breathing, someone is doing CPR, where's the defibrillator?|E|am|0",
            "f|跑步机皮带裂了|健身房2号跑步机皮带边上撕裂了，我贴了条，请今天修好或者先搬走，别有人绊倒。|U|am|0",
            "f|有人在健身房晕倒|健身房一个男的从2号跑步机上倒下来，没有呼吸了，有人在做心肺复苏，除颤仪在哪？|E|am|0",
        ],
    ),
    (
        "clubhouse booking double-booked",
        "amenity",
        "clubhouse double-booked for tonight / the clubhouse ceiling fan falling during a party",
        [
            "e|Clubhouse tonight|I booked the clubhouse for my daughter's party tonight at 6 and now another resident says they have it too. Could someone sort this out today please, guests are coming.|U|am|0",
            "e|Clubhouse fan falling|The ceiling fan in the clubhouse is swinging loose from one bolt over a table of kids at a party and making a grinding sound.|E|m|0",
            "e|会所今晚重复预约|我订了今晚六点会所给女儿办生日会，现在另一个业主说他们也订了，今天请帮忙协调一下，客人都约好了。|U|am|0",
            "e|会所吊扇要掉|会所的吊扇只剩一颗螺丝吊着在晃，下面一桌小孩在开派对，还在发出咯吱声。|E|m|0",
        ],
    ),
    (
        "hot tub heater off",
        "amenity",
        "the spa heater off / a child's hair stuck in the spa drain",
        [
            "w|Spa not heating|The community spa is stone cold since yesterday, the heater seems off. We have guests this weekend. Can it be fixed today?|U|am|0",
            "w|Hair stuck in spa drain|A girl's hair is caught in the spa drain and her head is being held under, we can't pull her free, shut the pump!|E|m|0",
            "w|温泉池不热了|小区温泉池从昨天起冰凉，加热器好像停了，这周末有客人来，今天能修吗？|U|am|0",
            "w|头发被吸进池底|一个女孩的头发被温泉池底的排水口吸住了，头被按在水下，我们拉不出来，快关水泵！|E|m|0",
        ],
    ),
    # ------------------------------------------------ rentals and storage units
    (
        "storage unit door off its track",
        "storage",
        "the roll-up door off its track / the door fell on a customer",
        [
            "p|Unit door off track|Customer at unit 58: roll-up door came off its track halfway, he can't close it and his stuff is exposed // needs it fixed or locked today|U|a|1",
            "p|Door fell on customer|Unit 58: roll-up door came off its track and dropped on a customer's back, he's on the ground, can't move his legs // call 911|E|m|1",
            "p|储物间卷帘门脱轨|58号储物间客户来电：卷帘门拉到一半脱轨了，关不上，东西都露在外面，今天得修好或者锁上。|U|a|1",
            "p|卷帘门砸到客户|58号储物间：卷帘门脱轨掉下来砸在客户背上，人趴在地上说腿动不了，快叫120。|E|m|1",
        ],
    ),
    (
        "climate-controlled unit warm",
        "storage",
        "climate unit warming, nothing damaged yet / smoke out of a unit's door gap",
        [
            "e|Climate control off|My climate-controlled unit 4-112 is at 86 degrees today, the AC for that hallway seems off. Nothing looks damaged yet but there's a piano in there. Can it be fixed today?|U|am|0",
            "e|Smoke from unit 4-114|Smoke is coming out under the door of unit 4-114 next to mine and the hallway is getting hazy.|E|m|0",
            "e|恒温储物间变热|我租的恒温储物间4-112今天到了30度，那条走廊的空调好像停了，东西暂时没坏，但里面有架钢琴，今天能修好吗？|U|am|0",
            "e|隔壁储物间冒烟|我隔壁4-114储物间门底下在往外冒烟，走廊越来越呛。|E|m|0",
        ],
    ),
    (
        "rental handover tomorrow, no inspection",
        "storage",
        "an inspection needed before a move-out tomorrow / a tenant collapsed during the inspection",
        [
            "e|Move-out inspection|I hand back the keys to 2C tomorrow at 9 and nobody has booked the move-out inspection. Can someone come today so I get my deposit back?|U|mv|0",
            "e|Collapsed at walkthrough|During the move-out walkthrough at 2C the tenant collapsed, he's conscious but has chest pain and can't stand.|E|s|0",
            "e|明天退房还没验房|我明天上午九点交2C的钥匙，还没人约验房，今天能来人验一下吗？不然押金退不了。|U|mv|0",
            "e|验房时晕倒|在2C验房的时候租户突然倒下了，人还清醒，但胸口疼站不起来。|E|s|0",
        ],
    ),
    # ------------------------------------------------ the 阳光嘉园 compound (zh-led kinds, en twins in US properties)
    (
        "second-supply water pump off",
        "water",
        "upper floors with low pressure / the pump room flooding",
        [
            "f|Low pressure on upper floors|Floors 15 and up have had barely any water pressure since noon, the booster pump seems off. Nothing leaking. Residents can't shower. Today please.|U|m|0|0",
            "f|Pump room flooding|The booster pump room in the basement has water spraying from a split pipe and it's up to the pump motors.|E|m|0|1",
            "f|高层水压低|15楼以上从中午起水压特别小，二次供水泵好像停了，哪里都没漏，住户没法洗澡，今天请处理。|U|m|0|0",
            "f|泵房进水|地下二次供水泵房一根管子裂了在喷水，水已经淹到水泵电机了。|E|m|0|1",
        ],
    ),
    (
        "electric bike charging in the hall",
        "security",
        "a bike charging in the hallway against the rules / the battery smoking",
        [
            "f|E-bike charging in corridor|Someone on 7 has run an extension cord out to charge an e-bike in the corridor again. Against the rules, please have it removed today.|N|v|0",
            "f|E-bike battery smoking|The e-bike charging in the 7th-floor corridor is hissing and pouring white smoke from the battery.|E|m|0",
            "f|楼道里充电动车|7楼有人又从家里拉插线板在楼道里给电动车充电，违反规定，请今天让他搬走。|N|v|0",
            "f|电动车电瓶冒烟|7楼楼道里正在充电的电动车电瓶嘶嘶响，往外冒白烟。|E|m|0",
        ],
    ),
    (
        "fire door wedged open",
        "security",
        "a fire door propped open / smoke pouring through it",
        [
            "f|Fire door propped|The fire door between the stairwell and the 3rd floor corridor is wedged open with a doorstop again. Please remove it today and remind residents.|N|v|0",
            "f|Smoke through fire door|Smoke is pouring up the stairwell and through the 3rd floor fire door that's wedged open, the corridor is filling.|E|m|0",
            "f|防火门被顶开|三楼楼梯间的防火门又被门吸顶着常开，请今天拿掉，并提醒一下业主。|N|v|0",
            "f|烟从防火门灌进来|楼梯间往上冒烟，从三楼被顶开的防火门灌进走廊，走廊里越来越多烟。|E|m|0",
        ],
    ),
    (
        "heating water off, radiator valve stuck",
        "heat",
        "one radiator cold after bleeding / a radiator valve blown off spraying hot water",
        [
            "w|Radiator cold after bleeding|The radiator in the kids' room stays cold after we bled it. The rest of the flat is warm. Can a fitter come today before bedtime?|U|m|0|0",
            "w|Radiator valve blew off|The valve on the radiator in the kids' room blew off and hot water is shooting out onto the floor.|E|m|0|1",
            "w|暖气片放气后还不热|孩子屋里的暖气片放完气还是不热，其他屋子都热，今天睡觉前能派师傅来吗？|U|m|0|0",
            "w|暖气阀门崩了|孩子屋里暖气片的阀门崩掉了，热水直往地上喷。|E|m|0|1",
        ],
    ),
    (
        "owner abroad, window left open before a storm",
        "weather",
        "a window open in an empty flat before rain / rain already pouring in",
        [
            "e|Window open in 1203|I'm abroad and my cleaner left the balcony window of 1203 open. Heavy rain is forecast tonight. Could security close it today? Nothing has come in yet.|U|m|0|0",
            "e|Rain pouring into 1203|I'm abroad, a neighbour says rain is pouring into 1203 through the open balcony window and down to the flat below.|E|m|0|1",
            "e|家里窗户没关|我在国外，保洁把1203阳台窗户开着走了，今晚有大雨，今天能请保安帮忙关一下吗？现在还没进雨。|U|m|0|0",
            "e|雨往家里灌|我在国外，邻居说雨从1203开着的阳台窗户往里灌，已经漏到楼下了。|E|m|0|1",
        ],
    ),
    (
        "car battery dead in the garage",
        "access",
        "a car won't start, asks for a jump / exhaust from a running car in a closed garage",
        [
            "p|Dead battery B2|Resident on B2: car battery is dead, she has to pick up her son from school at 3 // asks if security has a jump starter|U|a|1",
            "p|Car running in closed garage|Resident reports a car running in a closed private garage on B2 for an hour, exhaust fumes seeping out, someone's slumped in the driver's seat|E|s|1",
            "p|车没电了|负二层业主来电：车电瓶没电打不着，她三点要去学校接孩子，问保安有没有搭电的设备。|U|a|1",
            "p|车库里车一直发动|业主反映负二层一个封闭的私家车库里有辆车发动了一个小时，尾气往外冒，驾驶座上有人趴着不动。|E|s|1",
        ],
    ),
    (
        "bathroom exhaust fan dead",
        "appliance",
        "a bathroom fan dead / a bathroom fan motor burning",
        [
            "w|Bathroom fan dead|The bathroom exhaust fan stopped working, no sound at all. We have no window in there. Could it be fixed today?|N|m|0",
            "w|Bathroom fan burning|The bathroom exhaust fan is making a screeching sound and there's a burning-plastic smell with smoke coming out of the grille.|E|m|0",
            "w|卫生间排风扇不转|卫生间排风扇不转了，一点声音没有，卫生间没窗户，今天能来修吗？|N|m|0",
            "w|排风扇烧起来|卫生间排风扇发出刺耳的尖叫声，一股烧塑料味，格栅里往外冒烟。|E|m|0",
        ],
    ),
    # ------------------------------------------------ urgent words without an emergency
    (
        "EMERGENCY in a subject for a lockout",
        "wording",
        "a resident who calls a lockout an emergency / a lockout with a baby in the bath",
        [
            "e|EMERGENCY!!! locked out|EMERGENCY - I'm locked out of 14B and my phone is at 5%. Everything's off inside, I just need to get in before my shift at 6. Please someone call me ASAP!!|U|a|1",
            "e|EMERGENCY locked out, baby inside|I'm locked out of 14B, the door slammed in the wind and my 9-month-old is in the bath upstairs with the water running. PLEASE come now.|E|a|0",
            "e|紧急！！被锁门外|紧急！！我被锁在14B门外了，手机只剩5%的电，屋里没开火没开电器，就是六点要上班前得进去，请尽快给我回电话！！|U|a|1",
            "e|紧急 宝宝在浴缸里|我被风把门带上锁在14B外面了，九个月的宝宝还在楼上浴缸里，水龙头还开着，求求你们马上来。|E|a|0",
        ],
    ),
    (
        "ASAP hot water with an old quoted leak",
        "wording",
        "no hot water asked ASAP, an old leak in the quoted text / the water heater tank now gushing",
        [
            "e|Re: water heater|Still no hot water since yesterday's visit, can you get the tech back ASAP today?\n\n> On Mon, Dispatch wrote:\n> Tech found the water heater leaking at the drain valve and a flooded closet, replaced valve.|U|m|0|0",
            "e|Re: water heater|The water heater tank itself has split now and it's gushing water out the bottom, the closet and hallway are flooding.\n\n> On Mon, Dispatch wrote:\n> Tech replaced the drain valve, unit back in service.|E|m|0|1",
            "e|回复：热水器|昨天师傅来过之后还是没有热水，今天能尽快再派人来吗？\n\n> 周一 维修调度 写道：\n> 师傅检查发现热水器泄水阀漏水，柜子里积水，已更换阀门。|U|m|0|0",
            "e|回复：热水器|现在热水器内胆裂了，水从底下哗哗往外涌，柜子和走廊都淹了。\n\n> 周一 维修调度 写道：\n> 已更换泄水阀，热水器恢复使用。|E|m|0|1",
        ],
    ),
    (
        "a resident who can't wait, nothing dangerous",
        "wording",
        "'really can't wait' for a broken shower valve / a shower valve stuck on scalding with a child",
        [
            "w|Shower handle broke|The shower handle snapped off and the water is shut off at the valve now, so we can't shower. Really can't wait till Monday with three kids, please send someone today.|U|m|0|0",
            "w|Shower stuck on scalding|The shower handle snapped with the water on full hot, it's scalding and steaming and won't turn off, my daughter got burned on her arm getting out.|E|m|0|1",
            "w|花洒把手断了|淋浴把手断了，我们已经把角阀关了，现在没法洗澡，三个孩子实在等不到周一了，今天能派人来吗？|U|m|0|0",
            "w|淋浴一直出开水|淋浴把手在开着最热档的时候断了，一直喷滚烫的水关不掉，冒着热气，我女儿出来的时候胳膊被烫了。|E|m|0|1",
        ],
    ),
    (
        "call back right away about a lock change",
        "wording",
        "call me right away to re-key after a breakup / the ex in the hallway threatening",
        [
            "p|Lock change|Resident in 10A wants her locks changed today, her ex-partner still has a key // he's not around, she's at work // call her back right away to set a time|U|a|1",
            "p|Ex in hallway|Resident in 10A: her ex is in the hallway outside her door right now, shouting threats and trying his old key // she's inside with the kids // call police and her|E|s|1",
            "p|要换锁|10A业主想今天换锁，前男友手里还有钥匙，人不在这，她在上班，请马上回电约时间。|U|a|1",
            "p|前男友在门口|10A业主来电：前男友现在就在她家门外楼道里，大喊威胁还拿旧钥匙开门，她和孩子在屋里，请报警并给她回电。|E|s|1",
        ],
    ),
    (
        "help needed today for an older neighbour, not in danger",
        "wording",
        "an elderly neighbour's heat off, she's at her daughter's / an elderly neighbour found confused in a cold flat",
        [
            "w|Mrs Lin's heating|Mrs Lin in 2F asked me to write: her heating has been off since last night. She's staying at her daughter's till it's fixed, so she's fine, but please send someone today. Key is with me.|U|m|0",
            "w|Mrs Lin very cold|I just checked on Mrs Lin in 2F, her heating's been off since last night, the flat is freezing and she's on the floor by the bed, confused and ice cold to touch.|E|m|0",
            "w|林阿姨家暖气|2F的林阿姨让我帮她发消息：她家暖气昨晚起不热了，她先去女儿家住着没事，但请今天派人修，钥匙在我这。|U|m|0",
            "w|林阿姨冻得神志不清|我刚去看了2F的林阿姨，她家暖气从昨晚起就不热，屋里冰冷，她倒在床边地上，迷迷糊糊的，身上冰凉。|E|m|0",
        ],
    ),
    # ------------------------------------------------ more outside and building fabric
    (
        "loose cladding panel",
        "outside",
        "a loose facade panel flapping, area fenced / a panel torn off and falling onto the street",
        [
            "f|Loose panel on facade|A cladding panel on the 9th floor corner is loose and flapping in the wind. We've fenced off the sidewalk below. Please get the facade contractor out today.|U|m|0",
            "f|Panel falling|A cladding panel just tore off the 9th floor in the wind and crashed onto the sidewalk, two more are swinging loose above people walking by.|E|m|0",
            "f|外墙板松了|9楼拐角一块外墙装饰板松了，风一吹就拍打，下面人行道已经围起来了，今天请外墙单位来处理。|U|m|0",
            "f|外墙板往下掉|9楼一块外墙板被风刮下来砸在人行道上，上面还有两块在晃，下面还有人走。|E|m|0",
        ],
    ),
    (
        "ceiling tile down in the lobby",
        "outside",
        "a single ceiling tile fell overnight / the lobby ceiling sagging and cracking",
        [
            "f|Lobby ceiling tile|A ceiling tile fell in the lobby overnight, nobody was there. The space above looks dry. I've put a cone under it, please replace it today.|N|m|0",
            "f|Lobby ceiling cracking|The lobby ceiling is sagging in the middle and cracking louder, plaster chunks are dropping near the mailboxes.|E|m|0",
            "f|大堂吊顶掉了一块|大堂吊顶昨晚掉下来一块板，当时没人，上面看着是干的，下面放了个锥桶，今天请补上。|N|m|0",
            "f|大堂天花板开裂下沉|大堂天花板中间往下塌，裂缝越响越大，信报箱那边一直在掉灰块。|E|m|0",
        ],
    ),
    (
        "crack found in a wall",
        "outside",
        "a hairline crack to inspect / a crack widening with doors jamming and creaking",
        [
            "w|New crack|I noticed a new hairline crack above the bedroom door frame this morning. It's not growing as far as I can tell. Could an engineer look at it today? I'm a bit uneasy.|N|m|0",
            "w|Crack widening fast|The crack above the bedroom door has widened to a finger's width in the last hour, the doors are jamming and the walls are creaking.|E|m|0",
            "w|墙上新裂缝|今天早上发现卧室门框上方有一条新的细裂缝，目前看没变大，今天能请工程师来看看吗？心里不踏实。|N|m|0",
            "w|裂缝越来越宽|卧室门上面的裂缝一个小时里裂到一指宽了，门都卡住关不上，墙在咯吱咯吱响。|E|m|0",
        ],
    ),
    (
        "playground equipment broken",
        "amenity",
        "a swing chain broken, taped off / a child's head caught in the climbing net",
        [
            "w|Swing broken|One of the swing chains snapped at the playground. I took the seat down and taped it. Please fix or remove it today.|N|am|0",
            "w|Child caught in net|A small child's head is caught in the climbing net at the playground, he's choking and we can't loosen it.|E|m|0",
            "w|秋千链子断了|游乐场一个秋千的链子断了，我把座板拿下来贴了警示条，今天请修好或者拆掉。|N|am|0",
            "w|孩子头卡在攀爬网|游乐场一个小孩的头卡在攀爬网里了，勒得喘不上气，我们解不开。|E|m|0",
        ],
    ),
    (
        "manhole cover missing",
        "outside",
        "a missing drain cover, coned off / someone fell into the open manhole",
        [
            "f|Drain cover missing|The cover of the drain on the footpath by building 6 is missing, I put a bin over it. Please replace it today before dark.|U|m|0",
            "f|Fell into manhole|A man fell into the open drain by building 6, he's down there calling out and says his leg is broken.|E|m|0",
            "f|井盖没了|6号楼旁边人行道上一个井盖没了，我拿垃圾桶先挡着，今天天黑前请补上。|U|m|0",
            "f|有人掉进井里|6号楼旁边那个没盖的井里掉进去一个人，他在下面喊，说腿断了。|E|m|0",
        ],
    ),
    (
        "garage ventilation off",
        "outside",
        "garage exhaust fans off, air fine / CO alarm in the garage and a worker dizzy",
        [
            "f|Garage fans off|The garage exhaust fans on B1 aren't running today, the panel shows a fault. The air seems fine. Can the mechanical contractor come today?|U|m|0",
            "f|Garage CO alarm|The CO alarm in the B1 garage is going off and the car wash attendant down there is dizzy and vomiting.|E|m|0",
            "f|地库排风机停了|负一层地库排风机今天没开，控制柜报故障，空气暂时还好，今天能请机电来看吗？|U|m|0",
            "f|地库一氧化碳报警|负一层地库一氧化碳报警器在响，在那洗车的师傅头晕还在吐。|E|m|0",
        ],
    ),
    (
        "pest in the unit",
        "outside",
        "a rat seen in the kitchen / a snake in the nursery",
        [
            "w|Rat in kitchen|We saw a rat run behind the fridge this morning. Nobody's hurt, we're just freaked out. Can pest control come today?|N|m|0",
            "w|Snake in nursery|There's a snake coiled under our baby's crib, it looks like a copperhead, the baby is in the crib and we're afraid to reach in.|E|s|0",
            "w|厨房有老鼠|今天早上看见一只老鼠从冰箱后面跑过去，没人受伤，就是吓坏了，今天能请灭鼠公司来吗？|N|m|0",
            "w|婴儿床下有蛇|宝宝的婴儿床底下盘着一条蛇，看着像有毒的，宝宝还在床上，我们不敢伸手。|E|s|0",
        ],
    ),
    (
        "bees in the wall",
        "outside",
        "bees going in and out of a wall / bees swarming into the flat and stinging",
        [
            "w|Bees in the wall|Bees are flying in and out of a gap under our bedroom window outside. None inside. Can a beekeeper or pest control come today?|N|m|0",
            "w|Bees swarming inside|Bees are pouring into the bedroom from the gap under the window, dozens inside now, my grandfather's been stung and is short of breath.|E|m|0",
            "w|墙缝里有蜜蜂|卧室窗户下面外墙缝里有蜜蜂进进出出，屋里没有，今天能请人来处理吗？|N|m|0",
            "w|蜜蜂涌进屋里|蜜蜂从窗户下面的缝里往卧室里涌，屋里已经几十只了，爷爷被蜇了，喘不上气。|E|m|0",
        ],
    ),
    # ------------------------------------------------ more access and parking
    (
        "visitor can't get in for a care visit",
        "access",
        "a nurse can't get past the gate for a routine visit / the nurse needed for someone who stopped breathing",
        [
            "p|Nurse at gate|Resident in 22 says her home nurse is at the gate and the code isn't working // routine dressing change, no rush beyond today // please let her in and reset the code|U|a|1",
            "p|Paramedics at gate|Resident in 22: her husband has stopped breathing, the paramedics are at the gate and the code isn't working // open it now|E|a|1",
            "p|护工进不来|22号业主来电：上门护士在大门口，门禁密码输不进去，只是例行换药，今天内就行，请帮忙开门并重置密码。|U|a|1",
            "p|急救人员进不来|22号业主来电：她老伴没呼吸了，急救人员到了大门口，门禁密码打不开，请马上开门。|E|a|1",
        ],
    ),
    (
        "reserved space taken on a hospital day",
        "access",
        "a car in the disabled bay, resident needs it today / the resident's car hit a pedestrian in the lot",
        [
            "w|Someone in my accessible bay|A car without a permit has been in my accessible parking bay since last night and I have a hospital appointment this afternoon. Please have it moved or towed today.|U|a|0",
            "w|Pedestrian hit in lot|A car reversing out of the accessible bays just hit an elderly woman in the lot, she's on the ground and not moving.|E|s|0",
            "w|无障碍车位被占|我的无障碍车位从昨晚起被一辆没证的车占着，我今天下午要去医院，请今天让他挪车或者拖走。|U|a|0",
            "w|停车场撞人了|一辆车从无障碍车位倒车出来撞了一位老太太，她躺在地上不动。|E|s|0",
        ],
    ),
    (
        "mailbox key lost, cheque inside",
        "access",
        "a mailbox key lost with a paycheque inside / the mailboxes pried open by a thief now",
        [
            "w|Mailbox key lost|I lost my mailbox key and my paycheque is in there, I need it today for rent. Can someone open box 118 for me?|U|a|0",
            "w|Mailboxes being pried|There's a guy at the mailboxes prying them open with a crowbar right now, three doors are already bent open.|E|s|0",
            "w|信箱钥匙丢了|信箱钥匙丢了，工资支票在里面，今天要拿去交房租，能帮我开一下118号信箱吗？|U|a|0",
            "w|有人在撬信箱|信报箱那边有个人现在正拿撬棍撬信箱，已经撬开三个了。|E|s|0",
        ],
    ),
    (
        "boot on the wrong car",
        "access",
        "a wheel clamp on a permitted car / a clamp fitter being attacked",
        [
            "p|Boot on my car|Resident in 31: a boot was put on her car this morning even though she has a valid sticker // she needs the car by 5 to collect her kids // please call the company to remove it today|U|a|1",
            "p|Fight at the lot|Resident in 31: a man is punching the boot installer in the lot, he's bleeding and on the ground // please send security|E|s|1",
            "p|车被锁了|31号业主来电：早上她的车被上了车轮锁，但她有有效停车证，五点要开车接孩子，请今天联系公司拆掉。|U|a|1",
            "p|停车场打人|31号业主来电：停车场有个男的在打上锁的工作人员，人倒在地上流血了，请马上派保安。|E|s|1",
        ],
    ),
    (
        "code to a locked bike room",
        "access",
        "a bike room code changed, resident can't get his bike / a bike room fire",
        [
            "w|Bike room code|The bike room code changed and I wasn't told, I need my bike to get to work this afternoon. Can I get the new code today?|U|a|0",
            "w|Fire in bike room|There's a fire in the bike room, flames from the e-bike rack and thick black smoke coming out of the door.|E|m|0",
            "w|车棚密码改了|自行车棚的密码改了没通知我，下午上班要骑车，今天能告诉我新密码吗？|U|a|0",
            "w|车棚着火了|自行车棚着火了，电动车那排火苗蹿起来，门口冒黑烟。|E|m|0",
        ],
    ),
    # ------------------------------------------------ kitchens and appliances
    (
        "oven won't turn off",
        "appliance",
        "an oven stuck on, breaker switched off / an oven with flames inside",
        [
            "w|Oven stuck on|The oven wouldn't turn off so I switched its breaker off. It's cool now and nothing is burning. We need it fixed today, I'm cooking for a wake tomorrow.|U|m|0",
            "w|Oven on fire|The oven won't turn off and there are flames inside it now, the door glass is black and smoke is filling the kitchen.|E|m|0",
            "w|烤箱关不掉|烤箱关不掉，我已经把它的电闸拉了，现在凉了，没有烧东西，明天家里办事要用，今天能修吗？|U|m|0",
            "w|烤箱里着火了|烤箱关不掉，现在里面起火了，玻璃门都熏黑了，厨房里全是烟。|E|m|0",
        ],
    ),
    (
        "dishwasher stuck with water",
        "appliance",
        "a dishwasher full of standing water / the dishwasher spilling water across the floor",
        [
            "w|Dishwasher full of water|The dishwasher stopped mid-cycle with dirty water sitting in the bottom. Nothing's leaking out. Can it be looked at today?|N|m|0|0",
            "w|Dishwasher spilling|The dishwasher is pouring water out of the door onto the kitchen floor and won't stop even switched off, it's running under the cabinets.|E|m|0|1",
            "w|洗碗机里积水|洗碗机洗到一半停了，底下积着脏水，没有往外漏，今天能来看看吗？|N|m|0|0",
            "w|洗碗机往外淌水|洗碗机门下面一直往厨房地上淌水，关了电源也不停，水流到橱柜底下去了。|E|m|0|1",
        ],
    ),
    (
        "range hood dead",
        "appliance",
        "a range hood dead / grease in the hood burning",
        [
            "w|Range hood dead|The range hood light and fan both died. Cooking without it fills the flat with smell. Could someone come today?|N|m|0",
            "w|Hood on fire|The grease in the range hood caught fire, flames are coming out of the filter and up toward the cabinets.|E|m|0",
            "w|油烟机不转|油烟机的灯和风扇都不工作了，不开油烟机做饭满屋子味道，今天能来修吗？|N|m|0",
            "w|油烟机着火|油烟机里的油着火了，火从滤网往外窜，快烧到吊柜了。|E|m|0",
        ],
    ),
    (
        "freezer dead with breast milk",
        "appliance",
        "a freezer dead, milk moved to a neighbour / the freezer's compressor smoking",
        [
            "w|Freezer stopped|Our freezer stopped overnight. A neighbour is keeping my stored breast milk for now, so nothing's lost, but please replace or fix it today.|U|m|0",
            "w|Freezer smoking|The freezer's compressor at the back is smoking and crackling and there's a smell of burning rubber.|E|m|0",
            "w|冰柜坏了|家里冰柜昨晚停了，存的母乳先放在邻居家，没坏，但请今天修好或者换一台。|U|m|0",
            "w|冰柜压缩机冒烟|冰柜后面的压缩机在冒烟，噼啪响，一股烧橡胶味。|E|m|0",
        ],
    ),
    # ------------------------------------------------ phone messages, front desk, short
    (
        "short phone message: no water",
        "water",
        "a PRE 'no water at all' / a PRE 'water pouring from the light'",
        [
            "p|No water 5D|5D - no water at all from any tap since 9 // no leak // pls call|U|m|1|0",
            "p|Water from light 5D|5D - water pouring out of the ceiling light in the kitchen // still coming // pls call|E|m|1|1",
            "p|5D没水|5D 所有水龙头都没水，九点开始，没有漏水，请回电。|U|m|1|0",
            "p|5D灯里流水|5D 厨房吊灯里往下淌水，还在流，请回电。|E|m|1|1",
        ],
    ),
    (
        "short phone message: door won't lock",
        "access",
        "a PRE 'balcony door won't lock' / a PRE 'someone climbing onto the balcony'",
        [
            "p|Balcony door lock 1C|1C - balcony door won't lock, ground floor, going away tonight // call back today|U|a|1",
            "p|Someone on balcony 1C|1C - a man is climbing onto her ground floor balcony right now trying the door // call back now|E|s|1",
            "p|1C阳台门锁|1C 一楼阳台门锁不上，今晚出门，请今天回电。|U|a|1",
            "p|1C有人爬阳台|1C 现在有个男的正在爬她家一楼阳台拉门，请马上回电。|E|s|1",
        ],
    ),
    (
        "front desk: a resident's car keys in the drop box",
        "access",
        "keys stuck in the drop box / a toddler's hand stuck in the drop box flap",
        [
            "f|Keys in drop box|Resident in 16 dropped his car keys in the rent drop box by mistake and needs them for an airport run at 3. Can someone with the box key come today?|U|a|0",
            "f|Child's hand stuck|A toddler's hand is stuck in the rent drop box flap in the lobby, she's screaming and it's swelling, we can't get it open.|E|m|0",
            "f|钥匙掉进收件箱|16号业主把车钥匙误投进了大堂交费箱，三点要开车去机场，今天能有人拿箱子钥匙来吗？|U|a|0",
            "f|小孩手卡住|大堂交费箱的投递口卡住了一个小孩的手，她一直哭，手肿起来了，我们打不开。|E|m|0",
        ],
    ),
    # ------------------------------------------------ more building services
    (
        "water softener salt / no water pressure from a tank",
        "water",
        "the rooftop tank float stuck, water low / the tank overflowing down the facade",
        [
            "f|Roof tank low|The rooftop water tank's float seems stuck, tank is nearly empty and top floors have little water. Nothing's leaking. Can a plumber come today?|U|m|0|0",
            "f|Roof tank overflowing|The rooftop water tank is overflowing and water is cascading down the side of the building into the top-floor windows.|E|m|0|1",
            "f|屋顶水箱缺水|屋顶水箱浮球好像卡住了，水箱快空了，顶楼几户水很小，哪里都没漏，今天能来水工吗？|U|m|0|0",
            "f|屋顶水箱溢水|屋顶水箱一直溢水，水顺着外墙往下流，灌进顶楼人家的窗户里了。|E|m|0|1",
        ],
    ),
    (
        "sump pump alarm, basement dry",
        "water",
        "a sump pump alarm with a dry basement / the sump pit overflowing",
        [
            "w|Sump alarm|The sump pump alarm in our basement went off this morning. The pit's only half full and the floor is dry, but rain is coming tonight. Can someone check the pump today?|U|m|0|1",
            "w|Sump overflowing|The sump pit is overflowing, the pump isn't running and water is spreading across the basement floor toward the furnace.|E|m|0|1",
            "w|集水坑报警|地下室集水坑水泵报警了，坑里才半满，地上是干的，但今晚有雨，今天能来检查一下水泵吗？|U|m|0|1",
            "w|集水坑漫出来了|地下室集水坑满了往外漫，水泵不转，水正朝锅炉那边漫。|E|m|0|1",
        ],
    ),
    (
        "lift phone dead",
        "lift",
        "the lift's emergency phone not working / a person stuck and the phone dead",
        [
            "f|Elevator phone dead|During the monthly test we found the emergency phone in elevator 2 doesn't connect. The elevator runs fine. The inspector says it must be fixed today.|U|m|0",
            "f|Stuck, phone dead|Someone is stuck in elevator 2 between floors, banging on the door, and the emergency phone in it doesn't connect.|E|m|0",
            "f|电梯五方通话不通|月检时发现2号电梯里的紧急电话打不通，电梯运行正常，检验员说今天必须修好。|U|m|0",
            "f|困人电话不通|2号电梯有人困在两层之间，在里面拍门，轿厢里的紧急电话打不通。|E|m|0",
        ],
    ),
    # ------------------------------------------------ billing, HOA, deadlines (urgent) vs danger
    (
        "double charge draining the account",
        "deadline",
        "rent charged twice, overdraft today / a caller says the office is on fire",
        [
            "e|Charged twice today|My rent was debited twice this morning and my account is overdrawn, my mortgage payment bounces tonight if it isn't reversed. Please fix it today and call me.|U|b|1",
            "e|Office on fire?|I'm walking past the leasing office and there's smoke and flames coming out of the back window, nobody seems to be inside. Calling 911.|E|m|0",
            "e|房租扣了两次|今天早上房租被扣了两次，账户透支了，今晚房贷扣不上就要逾期，请今天处理并给我回电话。|U|b|1",
            "e|物业办公室着火|我路过物业办公室，后窗在冒烟有火苗，里面好像没人，我在打119。|E|m|0",
        ],
    ),
    (
        "architectural approval before the crew arrives",
        "deadline",
        "a crew arriving tomorrow, approval needed today / a crew cutting through a gas line",
        [
            "e|Fence approval needed today|Our fence contractor is booked for 8am tomorrow and the ARC approval still hasn't come through. Can someone sign it off today so we don't lose the slot?|U|ar|0",
            "e|Contractor hit gas line|The fence contractor's auger just hit something next door's yard and there's a loud hiss and a strong gas smell, they're running off.|E|m|0",
            "e|围栏审批今天要批|明天早上八点施工队就来装围栏了，外观审批还没下来，今天能签一下吗？不然排期就没了。|U|ar|0",
            "e|施工打到燃气管|装围栏的施工队钻地的时候打到了东西，嘶嘶响，燃气味很冲，工人都跑了。|E|m|0",
        ],
    ),
    (
        "HOA closing documents today",
        "deadline",
        "a resale certificate due today / the seller's agent collapsed at a showing",
        [
            "e|Resale certificate today|Our closing is tomorrow and the title company still hasn't received the HOA resale certificate. Could it be sent today please? Happy to pay the rush fee.|U|b|0",
            "e|Agent collapsed at showing|During a showing at 41 Birch the agent collapsed on the stairs, he's grey and sweating and says his chest hurts.|E|s|0",
            "e|过户证明今天要|明天就要过户了，过户公司还没收到物业的无欠费证明，今天能发过去吗？加急费我们出。|U|b|0",
            "e|带看时中介晕倒|在41号带看房子的时候中介在楼梯上倒下了，脸色发灰一直出汗，说胸口疼。|E|s|0",
        ],
    ),
    (
        "late fee before a deadline",
        "deadline",
        "a payment portal down on the due date / someone threatening staff at the office",
        [
            "w|Portal down on due date|The payment portal has been down all day and rent is due today. I don't want a late fee. Can you take payment another way today?|U|b|0",
            "w|Man threatening staff|A man in the leasing office is screaming at the staff about his late fee and just pulled a knife.|E|s|0",
            "w|缴费系统打不开|缴费系统今天一整天都打不开，今天是最后缴费日，不想被收滞纳金，今天能换个方式交吗？|U|b|0",
            "w|有人持刀威胁|物业前台有个男的因为滞纳金冲工作人员大吼，刚刚掏出了一把刀。|E|s|0",
        ],
    ),
    (
        "lease renewal signature deadline",
        "deadline",
        "a renewal must be signed today / a resident threatening to jump",
        [
            "e|Renewal deadline today|My renewal offer expires today at 5 and the e-sign link is broken. Can you resend it today so I don't lose the rate?|U|g|0",
            "e|Resident on roof edge|A resident is standing on the roof edge saying he's going to jump, he's been evicted, someone's talking to him.|E|s|0",
            "e|续租今天截止|我的续租优惠今天下午五点到期，电子签名链接打不开，今天能重新发一个吗？不想错过这个价格。|U|g|0",
            "e|有人站在楼顶边|一个业主站在楼顶边上说要跳下去，说他被赶出来了，有人在跟他说话。|E|s|0",
        ],
    ),
    # ------------------------------------------------ parcels, move
    (
        "perishable parcel to collect",
        "parcel",
        "a box of frozen food left at the desk / a parcel smoking at the desk",
        [
            "f|Frozen food parcel|A box of frozen meals for 8C has been at the desk since 10am and the resident is away till tonight. Can someone put it in the staff freezer today?|U|pa|0",
            "f|Parcel smoking|A parcel at the desk for 8C has started smoking and popping, probably a lithium battery, the lobby smells of burning.|E|m|0",
            "f|冷冻快递要放冰箱|8C的一箱冷冻食品从上午十点就放在前台了，业主晚上才回来，今天能先放员工冰柜里吗？|U|pa|0",
            "f|快递冒烟|前台一个8C的包裹开始冒烟还噼啪响，可能是锂电池，大堂一股烧焦味。|E|m|0",
        ],
    ),
    (
        "moving truck blocked",
        "move",
        "a moving truck can't park / a moving truck rolling away down the hill",
        [
            "p|Moving truck can't park|New owner for 19: moving truck can't get into the loading bay, a car is parked in it // truck charges by the hour // please move the car today|U|mv|1",
            "p|Moving truck rolling|New owner for 19: the moving truck's brake failed and it's rolling backward down the drive toward the playground // people are running|E|m|1",
            "p|搬家车进不来|19号新业主来电：搬家车进不了装卸区，有辆私家车占着，按小时收费，请今天挪一下车。|U|mv|1",
            "p|搬家车溜车|19号新业主来电：搬家货车手刹坏了，正往坡下倒着溜向游乐场，大家都在跑。|E|m|1",
        ],
    ),
    (
        "move-out cleaning before inspection",
        "move",
        "a deposit at risk, cleaners not let in / a cleaner mixing chemicals and fainting",
        [
            "w|Cleaners need access|My cleaners are booked for 2pm today at 3A for the move-out clean but I've already handed my keys in. Can someone let them in today?|U|mv|0",
            "w|Cleaner fainted|My cleaner at 3A mixed bleach and another cleaner in the bathroom and fainted, the flat smells of chlorine and she's barely responding.|E|m|0",
            "w|保洁进不去|我约了今天下午两点保洁去3A做退房保洁，但钥匙已经交了，今天能有人给她们开门吗？|U|mv|0",
            "w|保洁晕倒了|保洁阿姨在3A卫生间把84和别的清洁剂混在一起用，晕过去了，屋里一股氯气味，叫她几乎没反应。|E|m|0",
        ],
    ),
    # ------------------------------------------------ the compound's daily things (zh-first wording)
    (
        "water meter card out of credit",
        "water",
        "the prepaid water card ran out / a pipe under the meter bursting",
        [
            "w|Prepaid water ran out|Our prepaid water meter ran out of credit overnight and the office was closed. We've got no water. Can you top it up or turn it on today?|U|b|0|0",
            "w|Pipe burst at meter|The pipe right after our water meter just burst, water is spraying out of the meter cupboard onto the landing and down the stairs.|E|m|0|1",
            "w|水卡没钱了停水|家里预付费水表昨晚没钱了自动停水，物业办公室下班了，今天能帮忙充值恢复供水吗？|U|b|0|0",
            "w|水表后面爆管|水表后面那截管子刚爆了，水从水表箱里喷出来，淌了一楼道，往楼梯下流。|E|m|0|1",
        ],
    ),
    (
        "electricity prepaid card",
        "power",
        "the prepaid electricity used up / the meter box burning",
        [
            "p|Prepaid power ran out|Resident in 305: her prepaid electricity ran out at noon and the app won't accept payment // nothing wrong with the wiring // please restore it today|U|b|1",
            "p|Meter box burning|Resident in 305: the electricity meter box on the landing is on fire, flames and black smoke, she's got the kids out|E|m|1",
            "p|电卡没电了|305业主来电：家里预付费电表中午没钱断电了，APP交不了费，线路没问题，今天请帮忙恢复。|U|b|1",
            "p|电表箱着火|305业主来电：楼道里电表箱着火了，有火苗冒黑烟，她已经带孩子出来了。|E|m|1",
        ],
    ),
    (
        "balcony drying rack broken",
        "outside",
        "the lifting clothes rack stuck / the rack fell from the 20th floor onto the path",
        [
            "w|Clothes rack stuck|Our balcony's lifting clothes rack is stuck halfway down and won't go up or down. Nothing fell. Can maintenance come today?|N|m|0",
            "w|Rack fell from 20th floor|A whole clothes rack just fell from a 20th floor balcony onto the path below, missed a woman by a metre, another one up there is hanging by one bracket.|E|m|0",
            "w|晾衣架卡住了|我家阳台升降晾衣架卡在半空，升不上去也降不下来，没掉东西，今天能来修吗？|N|m|0",
            "w|晾衣架从20楼掉下|20楼一户阳台的晾衣架整个掉到楼下小路上，差一米砸到一个阿姨，上面还有一个只剩一个支架挂着。|E|m|0",
        ],
    ),
    (
        "air-conditioner outdoor unit loose",
        "outside",
        "an AC outdoor bracket rusting / the unit tilting over the entrance in the wind",
        [
            "w|AC bracket rusty|The bracket holding our AC outdoor unit is badly rusted. It's not moving, but I'd like it checked today before the typhoon.|N|m|0",
            "w|AC unit tilting|The AC outdoor unit on the 12th floor is tilting off its bracket in the wind right above the building entrance.|E|m|0",
            "w|空调外机支架锈了|我家空调外机支架锈得很厉害，现在还没动，但台风要来了，今天能来检查一下吗？|N|m|0",
            "w|空调外机要掉|12楼的空调外机在风里歪出了支架，正好在单元门正上方。|E|m|0",
        ],
    ),
    (
        "window screen fallen",
        "outside",
        "a window screen fell to the courtyard, nobody below / a child sitting on a window sill without a screen",
        [
            "f|Screen fell|A window screen fell from somewhere above into the courtyard this morning, nobody was there. Please find which unit and refit it today.|N|m|0",
            "f|Child on window sill|A little child is sitting on the open window sill of a 7th floor unit with no screen, legs hanging outside.|E|s|0",
            "f|纱窗掉下来了|今天早上不知道哪家的纱窗掉到院子里了，当时没人，请今天查一下是哪户并装回去。|N|m|0",
            "f|孩子坐在窗台上|7楼一户人家开着窗，没有纱窗，一个小孩坐在窗台上，腿伸在外面。|E|s|0",
        ],
    ),
    (
        "security guard absent from the gate",
        "security",
        "the gate unmanned this afternoon / a stranger following a child in",
        [
            "f|Gate unmanned|There's been no guard at the east gate since lunchtime and delivery riders are walking straight in. Please get someone posted there today.|U|s|0",
            "f|Stranger following child|A man who doesn't live here followed a little girl in through the east gate and is trying to pull her by the arm.|E|s|0",
            "f|东门没保安|东门从中午开始就没保安值守，外卖员都直接往里走，今天请安排人站岗。|U|s|0",
            "f|陌生人拉小女孩|一个不是小区的男人跟着一个小女孩从东门进来，正在拽她的胳膊。|E|s|0",
        ],
    ),
    (
        "smoke alarm disabled by a tenant",
        "security",
        "a tenant removed a smoke detector / smoke in that unit now",
        [
            "e|Smoke detector removed|During today's inspection we found the tenant in 6B has taken down the bedroom smoke detector. Nothing burning. It needs to be reinstalled today.|U|v|0",
            "e|Smoke from 6B|Smoke is coming from under 6B's door and there's no alarm sounding inside, the tenant had removed the detector.|E|m|0",
            "e|烟感被拆了|今天巡检发现6B租户把卧室的烟感拆下来了，没有起火，今天要装回去。|U|v|0",
            "e|6B门缝冒烟|6B门缝底下在冒烟，屋里烟感没响，那家租户之前把烟感拆了。|E|m|0",
        ],
    ),
    # ------------------------------------------------ self-storage
    (
        "storage gate keypad dead",
        "storage",
        "the gate keypad dead after hours / a customer locked in the facility overnight",
        [
            "p|Keypad dead|Customer at the facility gate: keypad screen is blank // he needs to get his trailer out for a job tomorrow at 6am // please open it today|U|a|1",
            "p|Customer locked in|Customer calling from inside the facility: the gate locked at 10pm with him inside, he's diabetic and his insulin is in the truck outside the gate // please come|E|a|1",
            "p|大门密码器黑屏|一位客户在储物中心大门口：密码器黑屏了，明天早上六点要拉拖车出去干活，今天请帮忙开门。|U|a|1",
            "p|客户被锁在里面|一位客户在储物中心里面打来：晚上十点大门锁了把他关在里面，他有糖尿病，胰岛素在门外车里，请快来。|E|a|1",
        ],
    ),
    (
        "storage unit smells of fuel",
        "storage",
        "a faint fuel smell from a customer's mower / fuel pooling and someone lighting a cigarette",
        [
            "f|Fuel smell unit 77|Unit 77 smells faintly of petrol, probably the lawn mower the customer stores. Nothing spilled that I can see. Can we contact them today about the rules?|N|v|0",
            "f|Fuel pooling unit 77|Petrol is pooling out under the door of unit 77 across the aisle and the smell is overwhelming, a customer nearby just lit a cigarette.|E|m|0",
            "f|77号储物间有汽油味|77号储物间有一点汽油味，可能是客户放的割草机，没看到洒出来，今天能联系客户说一下规定吗？|N|v|0",
            "f|77号汽油流出来|77号储物间门底下汽油流到过道上一大摊，味道特别冲，旁边一个客户刚点了烟。|E|m|0",
        ],
    ),
    (
        "animal kept in a storage unit",
        "storage",
        "a customer seems to keep a cat in a unit / a person living in a unit found unresponsive",
        [
            "f|Cat in unit 134|We hear a cat meowing in unit 134 during walkthroughs. Food bowls by the door. Please reach the customer today.|N|v|0",
            "f|Person unresponsive in unit|The door of unit 134 is half open and there's a man lying on a mattress inside who won't wake up, there's a space heater running.|E|s|0",
            "f|134号储物间里有猫|巡查的时候听见134号储物间里有猫叫，门口还有猫碗，今天请联系一下客户。|N|v|0",
            "f|储物间里有人叫不醒|134号储物间门半开，里面床垫上躺着一个男的叫不醒，旁边电暖器还开着。|E|s|0",
        ],
    ),
    # ------------------------------------------------ vulnerable residents, today not now
    (
        "care alarm pendant battery",
        "vulnerable",
        "a fall pendant's battery low / the pendant pressed and no answer",
        [
            "p|Pendant battery low|Daughter of the resident in 1A: her mother's fall-alarm base unit is beeping low battery // mum is fine // can the warden swap the battery today|U|m|1",
            "p|Pendant pressed, no answer|Monitoring centre: the fall pendant in 1A was pressed five minutes ago, no voice on the line, no answer at the door // please go in now|E|s|1",
            "p|呼叫器电量低|1A老人的女儿来电：她妈妈的防跌倒呼叫器底座在报低电量，老人没事，今天管家能去换一下电池吗？|U|m|1",
            "p|呼叫器按了没人应|监控中心来电：1A的呼叫器五分钟前被按响，线路里没声音，敲门没人应，请马上进去看看。|E|s|1",
        ],
    ),
    (
        "welfare check requested, resident answered",
        "vulnerable",
        "family asks for a check, the resident is fine and answers / the resident doesn't answer and there's a fall sound",
        [
            "p|Check on Mr Park|Son of Mr Park in 12: hasn't reached his dad since morning, probably phone battery // dad answered the door to our concierge and is fine // son asks that someone helps charge the phone today|U|g|1",
            "p|Mr Park not answering|Son of Mr Park in 12: can't reach him since morning // concierge knocked, heard a thud and groaning inside but no answer // please open the door now|E|s|1",
            "p|看看朴大爷|12号朴大爷的儿子来电：从早上联系不上他爸，可能手机没电，管家去敲门大爷开门了没事，儿子希望今天有人帮忙给手机充上电。|U|g|1",
            "p|朴大爷不应门|12号朴大爷的儿子来电：从早上联系不上，管家敲门听见里面咚的一声还有呻吟，但没人应，请马上开门。|E|s|1",
        ],
    ),
    (
        "a stairlift stopped",
        "vulnerable",
        "a stairlift stopped, resident downstairs / the resident stuck on it halfway",
        [
            "w|Stairlift not working|My mother's stairlift stopped working. She's downstairs and fine on the sofa bed for now, but she can't get up to the bathroom. Can the engineer come today?|U|m|0",
            "w|Mum stuck on stairlift|My mother is stuck halfway up on her stairlift, it stopped and she's slipping off the seat, she can't hold on much longer.|E|m|0",
            "w|爬楼椅停了|我妈妈的爬楼椅不动了，她现在在楼下沙发床上没事，但上不了楼去卫生间，今天能请师傅来吗？|U|m|0",
            "w|妈妈卡在爬楼椅上|我妈妈坐爬楼椅上到一半卡住了，她正在从座椅上往下滑，快抓不住了。|E|m|0",
        ],
    ),
    # ------------------------------------------------ last batch: plainly urgent, varied channels
    (
        "no water to a unit after a neighbour's repair",
        "water",
        "a neighbour's plumber closed the wrong valve / the neighbour's plumber left a pipe open spraying",
        [
            "p|No water after 4B's repair|Resident 4A: no water since 4B's plumber was in this morning, she thinks he closed the shared valve // nothing leaking // wants it back on before evening|U|m|1|0",
            "p|4B's pipe open|Resident 4A: 4B's plumber left and there's an open pipe in 4B spraying, water is coming through her kitchen ceiling now|E|m|1|1",
            "p|邻居修完我家没水|4A业主来电：早上4B家请了水工，之后她家就没水了，估计关错了共用阀门，没有漏水，希望晚上前恢复。|U|m|1|0",
            "p|邻居家管子喷水|4A业主来电：4B的水工走了，4B家有根管子开着在喷水，现在水已经从她家厨房天花板往下滴了。|E|m|1|1",
        ],
    ),
    (
        "shower drain blocked",
        "water",
        "a shower draining so slowly it can't be used / sewage rising in the shower",
        [
            "w|Shower drain blocked|The shower drain is so slow that the tray fills to the brim in two minutes, we've stopped using it. Nothing has overflowed. Can a plumber come today?|U|m|0|0",
            "w|Sewage in shower|Sewage is coming up through the shower drain whenever upstairs flushes and it's already over the lip of the tray onto the bathroom floor.|E|m|0|1",
            "w|淋浴地漏堵了|淋浴地漏下水特别慢，两分钟就积满了，我们已经不敢用了，没有漫出来，今天能来疏通吗？|U|m|0|0",
            "w|淋浴返粪水|楼上一冲马桶，我家淋浴地漏就往上冒粪水，已经漫出淋浴房流到卫生间地上了。|E|m|0|1",
        ],
    ),
    (
        "front door won't close",
        "access",
        "the apartment door won't latch after a repair / it was kicked in and the intruder is still here",
        [
            "w|Door won't latch|Since the handyman fixed the hinges our front door won't latch shut, it swings open. We can't leave the flat unattended like this. Please send him back today.|U|a|0",
            "w|Door kicked in|Our front door was just kicked in and there's a man in our living room, we're locked in the bedroom.|E|s|0",
            "w|入户门关不上|师傅修完合页以后我家入户门关不严了，会自己弹开，家里不能没人，今天请他再来一趟。|U|a|0",
            "w|门被踹开了|我家门刚被人踹开，有个男的在客厅，我们躲在卧室把门锁上了。|E|s|0",
        ],
    ),
    (
        "lobby door stuck unlocked",
        "access",
        "the lobby door's magnetic lock off / someone sleeping in the lobby has overdosed",
        [
            "f|Lobby door unlocked|The lobby's magnetic lock isn't holding since the power blip, the door just pulls open. No one suspicious around. Please get the access company in today.|U|a|0",
            "f|Person overdosed in lobby|Someone came through the unlocked lobby door and is lying on the floor by the mailboxes, blue lips, not breathing well, a needle next to him.|E|s|0",
            "f|大堂门禁锁不住|刚才闪了一下电以后，大堂门的磁力锁吸不住了，一拉就开，目前没看到可疑人员，今天请门禁公司来修。|U|a|0",
            "f|大堂有人昏迷|有人从没锁的大堂门进来倒在信报箱旁边，嘴唇发紫，呼吸很弱，旁边有个针头。|E|s|0",
        ],
    ),
    (
        "car stuck in the car park after hours",
        "access",
        "the car park shutter closed with the car inside / a person shut in the car park and the CO alarm going",
        [
            "p|Car stuck in car park|Resident's car is locked inside the car park, the shutter closed at 11 // she needs it for a 6am flight // please send someone with the key tonight|U|a|1",
            "p|Shut in car park|Resident is shut inside the car park after the shutter closed, the CO alarm down there is sounding and she feels dizzy|E|m|1",
            "p|车被关在停车场|业主的车被关在停车场里了，卷帘门十一点落了，她明早六点赶飞机，今晚请派人带钥匙来开。|U|a|1",
            "p|人被关在停车场|业主在卷帘门落下后被关在停车场里了，里面一氧化碳报警器在响，她觉得头晕。|E|m|1",
        ],
    ),
    (
        "AC out in a server room / home office",
        "heat",
        "an AC out where a home business runs / AC out with a person with heatstroke",
        [
            "e|AC out, work from home|Our AC died this morning and I run a small daycare from home licensed for 6 kids; the kids are with their parents today so nobody's at risk, but I can't reopen until it's fixed. Today please.|U|m|0",
            "e|AC out, grandmother confused|Our AC died this morning, it's 97 inside and my grandmother has stopped sweating, she's confused and her skin is hot and dry.|E|m|0",
            "e|空调坏了家里托管班|家里空调今天早上坏了，我在家里办了个小托管班，今天孩子都让家长接走了，没人有危险，但修不好就没法开班，请今天来修。|U|m|0",
            "e|空调坏了奶奶中暑|家里空调早上坏了，屋里36度，奶奶不出汗了，迷迷糊糊的，皮肤又烫又干。|E|m|0",
        ],
    ),
    (
        "heat lamp in a bathroom stuck on",
        "power",
        "a bathroom heater stuck on, switched off at the breaker / it's scorching the ceiling",
        [
            "w|Bath heater stuck on|The bathroom ceiling heater wouldn't switch off so I turned off its breaker. It's fine now, but we need it fixed today, the kids bathe tonight.|U|m|0",
            "w|Bath heater scorching|The bathroom ceiling heater is stuck on, the plastic around it is melting and the ceiling above it is turning brown and smoking.|E|m|0",
            "w|浴霸关不掉|卫生间浴霸关不掉，我把空开拉了，现在没事，但今晚孩子要洗澡，今天能修吗？|U|m|0",
            "w|浴霸烤焦吊顶|浴霸关不掉，周围的塑料在化，上面的吊顶都烤黄了在冒烟。|E|m|0",
        ],
    ),
    (
        "boiler pressure low",
        "heat",
        "a combi boiler's pressure dropped, no heat / the boiler banging and hissing with a gas smell",
        [
            "w|Boiler pressure|Our combi boiler pressure has dropped below 0.5 and it's locked out, no heat or hot water. No smell, no noise. Can an engineer come today?|U|m|0",
            "w|Boiler banging|The boiler is banging loudly, hissing and there's a smell of gas in the kitchen since it tried to relight.|E|m|0",
            "w|壁挂炉压力低|壁挂炉水压掉到0.5以下锁机了，没暖气没热水，没味道也没异响，今天能来人吗？|U|m|0",
            "w|壁挂炉砰砰响|壁挂炉砰砰响，一直嘶嘶漏气，重新点火以后厨房有燃气味。|E|m|0",
        ],
    ),
    (
        "garage ramp heating off",
        "weather",
        "the ramp's snow-melt heater off before a frost / cars sliding into each other on the ramp",
        [
            "f|Ramp heater off|The garage ramp heating cable tripped off and tonight is forecast -8. The ramp's dry now. Please get the electrician in today.|U|m|0",
            "f|Cars sliding on ramp|The garage ramp has iced over and cars are sliding back down into each other, a driver is trapped in a crushed car at the bottom.|E|m|0",
            "f|坡道融雪加热停了|地库坡道融雪加热线跳闸了，今晚零下八度，坡道现在是干的，今天请电工来。|U|m|0",
            "f|坡道车溜下来撞了|地库坡道结冰了，车一辆辆往下溜撞在一起，坡底一辆车被挤扁了，司机卡在里面。|E|m|0",
        ],
    ),
    (
        "a key safe code not working for a carer",
        "access",
        "the key safe code wrong, carer waiting / the resident inside didn't answer the carer and is on the floor",
        [
            "p|Key safe code|Carer for 15C: the key safe code doesn't work, she's due in the flat at 4 for the evening visit // resident is fine, spoke to her through the door // please reset it today|U|a|1",
            "p|Resident on the floor|Carer for 15C: key safe code doesn't work and through the letterbox she can see the resident lying on the hall floor not moving // come now|E|s|1",
            "p|钥匙盒密码不对|15C护工来电：门口钥匙盒密码打不开，她四点要进屋做晚间护理，隔着门跟老人说过话，老人没事，请今天重置一下。|U|a|1",
            "p|老人躺在地上|15C护工来电：钥匙盒打不开，从门上的投信口看见老人躺在门厅地上一动不动，请马上来。|E|s|1",
        ],
    ),
    (
        "hot water scalding at the tap",
        "water",
        "hot water far too hot, mixing valve needs a fix / a child scalded now",
        [
            "w|Hot water too hot|The hot water at all our taps is suddenly far too hot, we're being careful and using cold only. Could someone adjust the mixing valve today? We have a toddler.|U|m|0",
            "w|Toddler scalded|The hot water came out scalding and my toddler put his hand under it, the skin is blistering and he's screaming.|E|m|0",
            "w|热水太烫了|家里所有水龙头的热水突然烫得不行，我们现在只开冷水很小心，家里有小孩，今天能来调一下混水阀吗？|U|m|0",
            "w|孩子被烫伤|水龙头里出来的热水烫得要命，我家孩子把手伸过去了，皮肤起了泡，一直在哭。|E|m|0",
        ],
    ),
    (
        "tree fallen across the drive, nobody hit",
        "outside",
        "a tree down across the drive, nothing under it / a tree on a car with a person inside",
        [
            "f|Tree across the drive|A tree came down across the entrance drive in the night, it missed everything, no cars, no wires. Nobody can drive out. Please get the tree crew today.|U|m|0",
            "f|Tree on car|A tree just came down on a car at the entrance drive and the driver is still inside, the roof is crushed.|E|m|0",
            "f|树倒在路上|昨晚一棵树倒在小区入口车道上，没砸到车也没压到电线，车都出不去，今天请园林来处理。|U|m|0",
            "f|树砸到车|一棵树刚砸在入口车道的一辆车上，车顶塌了，司机还在车里。|E|m|0",
        ],
    ),
]
