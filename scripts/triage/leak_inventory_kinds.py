# ruff: noqa: E501 (one message a line)
"""The leak inventory: kinds of leak-related message (issue 5: water intrusion, leak, drip,
flood, moisture, water stain, burst pipe or sewage, active or past) in indirect words, and the
look-alikes that use water's words without being one (a water bill, a pressure-washing notice,
'flooded with calls', 水费, 洗车, a drink spilled, oil, gas, smoke, a leak only quoted).

Each kind has four messages: a leak-related one and its look-alike in English, then the same in
Chinese. A message is "channel|subject|body|urgency|category|callback": channel e (email),
p (phone message, " // " between its lines), w (portal), f (front desk); urgency E, U, N, L;
category m maintenance, b billing, a access, c complaint, v violation, ar architectural,
am amenity, s security, pa parcel, mv move, g general, w work_order_update, n non_human;
callback 1 or 0. `python scripts/triage/leak_inventory.py` builds
`caredesk/triage/data/corpus/leaks.jsonl` from them. The judgement calls (condensation, ice
dams, a running toilet, humidity, a sprinkler test, ...) are in `leak_inventory.md`.
"""

# (kind, group, what the pair tells apart, [en leak, en look-alike, zh leak, zh look-alike])
KINDS = [
    # ------------------------------------------------ indirect wording of a leak (misses)
    (
        "damp carpet by a wall",
        "indirect",
        "damp with no spill named / carpet damp after shampooing",
        [
            "w|Carpet by the tub|The carpet strip along the bathroom wall is damp again every morning, and nobody has spilled anything there. Could a plumber take a look this week?|N|m|0",
            "e|Carpet drying time|The carpet cleaners you sent yesterday did a great job. The living room is still a little damp underfoot, how long does it usually take to dry? No problem otherwise.|N|g|0",
            "w|卫生间门口地毯|卫生间门口那条地毯每天早上摸着都是潮的，我们谁也没在那洒过水，麻烦这周派师傅来看看。|N|m|0",
            "e|洗地毯|昨天请的保洁把客厅地毯洗得很干净，就是现在踩上去还有点潮，一般多久能干透？其他都挺好。|N|g|0",
        ],
    ),
    (
        "musty storage unit",
        "indirect",
        "musty smell with soft boxes / a smell of the last renter's mothballs",
        [
            "e|Unit C-118 smells|My storage unit C-118 has started to smell musty and the bottom row of cardboard boxes has gone soft. I haven't been in for a month. Can someone check the roof or the wall?|N|m|0",
            "e|Unit C-122 smell|The unit I just rented, C-122, reeks of the mothballs the last renter must have used. Is there anything you can do before I move my things in?|N|g|0",
            "w|储物间有霉味|地下储物间B-09最近一开门就一股霉味，最底下一层纸箱都软塌塌的，麻烦物业查一下是不是哪里渗水。|N|m|0",
            "w|储物间有樟脑味|刚租的地下储物间B-12一股很冲的樟脑丸味，应该是上一个租户留下的，能不能先帮忙通通风再交给我？|N|g|0",
        ],
    ),
    (
        "bubbling paint by the tub",
        "indirect",
        "paint bubbling next to a shower / a front door's paint blistered by the sun",
        [
            "w|Bathroom wall|The paint on the wall behind the shower has bubbled up in three spots and one of them is soft when I press it. Please send someone this week.|N|m|0",
            "e|Front door colour|The paint on our front door has blistered from the afternoon sun. We'd like to strip it and repaint in the approved slate grey - do we need an architectural form for that?|N|ar|0",
            "w|卫生间墙皮起泡|淋浴间外面那面墙的墙皮起了好几个泡，有一个按下去是软的，这周能派人来看一下吗？|N|m|0",
            "e|入户门重新喷漆|我家入户门的漆被太阳晒得起泡了，想刮掉重新喷成小区规定的深灰色，需要先提交外观申请吗？|N|ar|0",
        ],
    ),
    (
        "soft drywall under a window",
        "indirect",
        "drywall soft and darker / a hole from a doorknob",
        [
            "w|Window wall|Under the bedroom window the drywall has gone soft and darker than the rest of the wall, and the baseboard is swelling. We noticed it after the storm.|N|m|0",
            "w|Hole in drywall|The door stopper fell off and the doorknob punched a hole in the hallway drywall. Can maintenance patch it when they're next in the building?|N|m|0",
            "w|窗下墙面发软|卧室窗户下面那块石膏板摸着发软，颜色比旁边深，踢脚线也胀起来了，是上次大雨以后发现的。|N|m|0",
            "w|墙上被门把手撞了个洞|门吸掉了，门把手把走廊的石膏板墙撞出一个洞，维修师傅下次来楼里时能顺便补一下吗？|N|m|0",
        ],
    ),
    (
        "warped floor by the dishwasher",
        "indirect",
        "boards cupping by an appliance / a squeaking plank",
        [
            "e|Kitchen floor|The floorboards in front of the dishwasher have cupped and lifted at the edges over the last two weeks, and the one by the door feels spongy. Can someone find out what's under there?|N|m|0",
            "e|Squeaky floor|One plank in the hallway squeaks every time we step on it and it wakes the baby. Is there a fix that doesn't mean pulling up the floor?|N|m|0",
            "w|洗碗机前面的地板|洗碗机前面的木地板这两周慢慢拱起来了，边上翘着，门口那块踩上去软软的，想请人看看下面是什么情况。|N|m|0",
            "w|地板吱吱响|走廊有一块木地板一踩就吱吱响，老把孩子吵醒，有没有不用撬地板的修法？|N|m|0",
        ],
    ),
    (
        "sagging ceiling with a ring",
        "indirect",
        "a ceiling patch sagging with a brown ring / a ceiling fan wobbling",
        [
            "w|Bedroom ceiling|A patch of the bedroom ceiling has started to sag and there's a brownish ring round it that wasn't there last week. Nothing dripping yet but I don't want to sleep under it. Can someone come today?|U|m|0",
            "w|Ceiling fan|The ceiling fan in the bedroom wobbles on high and makes a clicking sound. Could it be tightened next time someone is around?|N|m|0",
            "w|卧室天花板下垂|卧室天花板有一块开始往下坠，周围一圈发黄的印子，上周还没有，现在还没滴水，但我不敢睡在下面，今天能来人吗？|U|m|0",
            "w|吊扇晃|卧室吊扇开到最大档就晃，还有咔咔的声音，下次师傅来的时候能帮忙紧一紧吗？|N|m|0",
        ],
    ),
    (
        "mould after rain",
        "indirect",
        "black spots after the rain / mouldy food in the clubhouse fridge",
        [
            "e|North wall|Since last week's rain, black spots have spread along the north bedroom wall behind the wardrobe. We wipe them and they come back.|N|m|0",
            "e|Clubhouse fridge|Whoever used the clubhouse on Saturday left a tray of fruit in the fridge and it's all gone mouldy. Could the cleaners empty it before the book club on Thursday?|N|am|0",
            "w|北墙长黑斑|上周下完雨以后，北边卧室衣柜后面的墙上长了一片黑点，擦掉过几天又长出来。|N|m|0",
            "e|会所冰箱|周六用会所的人在冰箱里留了一盘水果，现在全长毛了，周四读书会之前能请保洁清一下吗？|N|am|0",
        ],
    ),
    (
        "yellowing ceiling",
        "indirect",
        "a yellow ring spreading over a shower / a ceiling yellow from cooking",
        [
            "w|Yellow ring|There's a yellow ring on the ceiling above our shower that gets a bit bigger every week. The unit above just had their bathroom redone.|N|m|0",
            "e|Repainting the kitchen|The kitchen ceiling over the stove has gone yellow from years of frying. Are tenants allowed to repaint it ourselves, and is there a set colour?|N|g|0",
            "w|天花板发黄|淋浴间上方的天花板有一圈发黄的印子，每周都大一点，楼上刚重新装修过卫生间。|N|m|0",
            "e|厨房天花板重新刷|灶台上面的天花板被油烟熏黄了，租户可以自己刷吗？有没有规定的颜色？|N|g|0",
        ],
    ),
    (
        "a drip heard inside a wall",
        "indirect",
        "drip-drip inside a wall at night / a radiator ticking at night",
        [
            "w|Noise in the wall|At night we can hear a steady drip, drip inside the wall behind the toilet. Nothing shows on the wall yet. Could a plumber check it this week?|N|m|0",
            "w|Radiator noise|The radiator in the bedroom ticks and clicks for about twenty minutes every night when the heat comes on. Is that normal?|N|m|0",
            "w|墙里有滴答声|晚上能听到马桶后面墙里一直滴答滴答的水声，墙面上还看不出来，这周能请师傅来查一下吗？|N|m|0",
            "w|暖气片响|卧室暖气片每天晚上来热的时候咔哒咔哒响二十来分钟，这正常吗？|N|m|0",
        ],
    ),
    (
        "sewer smell from a drain",
        "indirect",
        "a sewer smell from the floor drain / a smell from the bin room",
        [
            "w|Laundry drain smell|There's a sewer smell coming up from the laundry floor drain most evenings. Nothing has backed up. Could someone look at it?|N|m|0",
            "w|Bin room smell|The bin room on the ground floor smells terrible in this heat. Could it be hosed out more often than once a week?|N|c|0",
            "w|地漏反味|阳台地漏这几天老往上反下水道的臭味，没有冒水，能派人看看吗？|N|m|0",
            "w|垃圾房很臭|一楼垃圾房天一热就特别臭，能不能多冲洗几次，不要一周才一次？|N|c|0",
        ],
    ),
    (
        "white bloom on a basement wall",
        "indirect",
        "efflorescence on a damp wall / drywall dust after sanding",
        [
            "e|Basement wall|A white crusty bloom has come up along the bottom of the basement wall and the concrete there feels cold and damp. Should we be worried?|N|m|0",
            "e|Dust|After the crew sanded the drywall in the hallway there's white dust on every step. Could the cleaners do the stairs again?|N|m|0",
            "w|地下室墙根返碱|地下室墙根泛起一层白色的碱，摸着又凉又潮，需要处理吗？|N|m|0",
            "w|楼道里全是白灰|师傅在楼道里打磨石膏板以后，每一级台阶上都是白灰，保洁能再扫一次吗？|N|m|0",
        ],
    ),
    (
        "an old water mark to paint",
        "indirect",
        "a dry water mark from a fixed leak / scuffs on a wall",
        [
            "e|Paint over the mark|The leak from upstairs was fixed in August and the ceiling has been dry since, but the brown mark is still there. When can the painter come?|N|m|0",
            "e|Scuffs|The movers left scuffs all along the hallway walls. When can the painter come?|N|m|0",
            "e|补刷水印|楼上八月份漏水已经修好了，天花板一直是干的，但那块黄印子还在，油漆师傅什么时候能来刷？|N|m|0",
            "e|墙面蹭花了|搬家公司把走廊的墙蹭得一道一道的，油漆师傅什么时候能来补一下？|N|m|0",
        ],
    ),
    (
        "window condensation with mildew",
        "indirect",
        "window sweats and the sill grows mildew / windows fog while cooking and clear",
        [
            "w|Window sills|Every morning the bedroom windows are streaming with condensation and the sills have grown black mildew. We open them daily. Is the fan broken?|N|m|0",
            "w|Fogged windows|Our windows fog up for a few minutes when we boil pasta and then clear. Nothing gets wet. Is that normal in these units?|N|g|0",
            "w|窗户结露发霉|卧室窗户每天早上都是水珠，窗台上长了一层黑霉，我们每天开窗通风，是不是排风扇坏了？|N|m|0",
            "w|煮饭时窗户起雾|煮面的时候窗户会起一层雾，几分钟就散了，哪儿也没湿，这在我们这种户型正常吗？|N|g|0",
        ],
    ),
]
KINDS += [
    # ------------------------------------------------ judgement calls
    (
        "air-conditioner drip onto a neighbour",
        "judgement",
        "an AC line dripping onto the balcony below / an AC blowing warm air",
        [
            "e|AC water on my balcony|The air conditioner of the unit above drips onto my balcony chairs all afternoon and the decking is stained. Could you ask them to reroute the line?|N|m|0",
            "e|AC not cooling|Our air conditioner runs all day but only blows lukewarm air. Could a technician come this week?|N|m|0",
            "w|楼上空调滴水|楼上空调的水一下午都滴在我家阳台椅子上，木地板都泡出印子了，能不能让他们把管子改一下？|N|m|0",
            "w|空调不制冷|空调开一整天吹出来都是温的，这周能派人来看看吗？|N|m|0",
        ],
    ),
    (
        "ice dam",
        "judgement",
        "meltwater coming in under an ice dam / icicles over an entrance",
        [
            "p|Phone message - Varga|Caller: Ilona Varga // Phone: 262-555-0148 // Property: Pine Crest HOA, 17 Ridge Ct // Message: The ice dam over the bay window is pushing meltwater inside, it is running down inside the wall and the carpet under the window is getting soaked. Please call back.|E|m|1",
            "w|Icicles|There are long icicles hanging over the side entrance of building B. Could someone knock them down before they fall on someone?|N|m|0",
            "p|电话留言-韩阿姨|来电人：韩阿姨 // 电话：139****5521 // 房号：阳光嘉园12栋顶楼1801 // 内容：屋檐上结了一大块冰，化的水从飘窗上面往屋里渗，顺着墙往下流，地毯已经湿了一大片。请回电。|E|m|1",
            "w|冰凌|B栋侧门上面挂着好几根长冰凌，能不能找人敲掉，别砸到人。|N|m|0",
        ],
    ),
    (
        "running toilet",
        "judgement",
        "a toilet that overflowed onto the floor / a cistern that keeps running",
        [
            "w|Toilet overflowed|The toilet overflowed this morning and the bathroom floor was covered. I shut the valve behind it and mopped up, but it's still blocked and we only have the one bathroom.|U|m|0",
            "w|Toilet keeps running|Our toilet keeps running for a minute after every flush and hisses at night. Nothing spills. Whenever a plumber is free.|N|m|0",
            "w|马桶溢出来了|今天早上马桶满出来了，卫生间地上全是水，我关了角阀也拖干了，但还是堵着，家里就这一个卫生间。|U|m|0",
            "w|马桶一直流水|马桶每次冲完都要哗哗流一分钟，晚上还嘶嘶响，地上没水，师傅有空来看看就行。|N|m|0",
        ],
    ),
    (
        "humidity in a storage unit",
        "judgement",
        "boxes damp in a storage unit / a question about climate control",
        [
            "e|Unit 214 damp|I opened unit 214 today and my boxes along the back wall are damp to the touch and the mattress bag has beads of water inside. Is water getting in somewhere?|N|m|0",
            "e|Climate control|Before I rent a unit for my piano, can you tell me whether the units on the second floor are climate controlled and what humidity you keep them at?|N|g|0",
            "e|214号仓受潮|今天打开214号仓，靠后墙的纸箱摸着都是潮的，床垫的包装袋里面还有水珠，是不是哪里进水了？|N|m|0",
            "e|恒温恒湿|想租一个仓放钢琴，请问二楼的仓是恒温恒湿的吗？湿度一般控制在多少？|N|g|0",
        ],
    ),
    (
        "fire sprinkler test",
        "judgement",
        "a sprinkler head knocked off and spraying / a sprinkler inspection notice",
        [
            "p|Phone message - Ortiz|Caller: Dan Ortiz // Phone: 520-555-0162 // Property: SecureStow, 40 Hwy 9 // Message: A moving dolly knocked a sprinkler head in the row D corridor and it is spraying water down the hallway and under the unit doors. Call right back.|E|m|1",
            "e|Sprinkler inspection Tuesday|Our fire safety contractor will test the sprinkler system on Tuesday from 9 to 12. Alarms may sound briefly; no action is needed from renters.|L|g|0",
            "p|电话留言-物业前台|来电人：保安小王 // 电话：136****7730 // 房号：阳光嘉园地下车库 // 内容：一辆货车把车库顶上的消防喷淋头撞掉了，水一直往下喷，车位已经积了一层水。请马上回电。|E|m|1",
            "e|消防喷淋检测通知|本周二上午9点到12点消防公司将对喷淋系统进行检测，期间警铃可能短暂响起，住户无需任何操作。|L|g|0",
        ],
    ),
    (
        "water heater",
        "judgement",
        "a water heater seeping into its pan / a quote to replace an old water heater",
        [
            "w|Water heater pan|The drain pan under our water heater has about an inch of water in it and the floor around it is wet. It's still giving hot water. Can someone look before it gets worse?|U|m|0",
            "e|Quote - water heater 12 Elm|Quote for replacing the 14-year-old 40-gallon water heater at 12 Elm St: unit, haul-away and permit $1,480. Let us know if you'd like us to schedule it.|N|w|0",
            "w|热水器底盘有水|热水器下面的接水盘里有一指深的水，周围地面也湿了，现在还能出热水，能在更糟之前来看一下吗？|U|m|0",
            "e|报价-热水器更换|12号楼301用了十四年的热水器更换报价：设备、拆旧、安装共计3,200元，如需安排请回复。|N|w|0",
        ],
    ),
    (
        "pressure washing",
        "judgement",
        "pressure-washing water through an open vent / a pressure-washing notice",
        [
            "e|Carpet soaked after the washers|The crew pressure washing building C this morning sprayed straight through our open bathroom vent and the water ran down onto the carpet in the hall. It's soaked.|N|m|0",
            "e|Pressure washing Monday|Reminder: the walkways and balconies of buildings A to D will be pressure washed on Monday. Please bring in mats and plants the night before.|L|g|0",
            "e|外墙清洗把水打进屋了|今天上午清洗C栋外墙的工人直接把水冲进了我家开着的卫生间排气口，水顺着流到走廊地毯上，湿透了。|N|m|0",
            "e|冲洗通知|温馨提示：周一将冲洗A至D栋的人行道和阳台，请前一晚把地垫和花盆收进屋。|L|g|0",
        ],
    ),
    (
        "irrigation",
        "judgement",
        "irrigation water running under a patio door / a request to move the watering times",
        [
            "w|Sprinklers into my unit|The lawn sprinklers outside 104 were aimed at my patio door all night and water ran under the door. The laminate by the door is wet and lifting.|N|m|0",
            "w|Sprinkler times|The lawn sprinklers outside 104 come on at 5 am and the noise wakes us. Could they be set for later?|N|c|0",
            "w|绿化喷头把水喷进屋|104门口的绿化喷头一整晚对着我家阳台门喷，水从门底下流进来了，门口的复合地板都湿了翘起来了。|N|m|0",
            "w|浇水时间|104门口的绿化喷头每天早上五点就开，声音把我们吵醒，能不能调晚一点？|N|c|0",
        ],
    ),
    (
        "pool water",
        "judgement",
        "the pool leaking into the clubhouse basement / the pool level low",
        [
            "e|Clubhouse basement|The clubhouse basement under the pool has an inch of water on the floor again and it tastes of chlorine. The pool level has dropped two inches since Friday.|U|m|0",
            "e|Pool level|The pool looks a couple of inches low after the hot week and the skimmer is sucking air. Could the pool company top it up before Saturday's party?|N|am|0",
            "e|会所地下室有水|泳池下面的会所地下室地上又积了一层水，有股漂白水的味道，泳池的水位从周五到现在降了五厘米。|U|m|0",
            "e|泳池水位|这周太热，泳池水位低了好几厘米，撇渣口都在吸空气了，周六活动前能让泳池公司补点水吗？|N|am|0",
        ],
    ),
    (
        "flooded with calls",
        "judgement",
        "the leasing office flooded after a storm / the office flooded with calls",
        [
            "e|Leasing office|The leasing office flooded in last night's storm - about two inches across the carpet and the file cabinets are standing in it. Water is still coming under the back door.|E|m|0",
            "e|Office phones|Since the rent notices went out we've been flooded with calls and the voicemail is full. If you've left a message, please email instead.|L|g|0",
            "e|物业办公室进水|昨晚暴雨，物业办公室被淹了，地毯上有五六厘米的水，文件柜都泡在水里，后门底下还在往里进水。|E|m|0",
            "e|电话太多|缴费通知发出去以后咨询电话太多，把我们都淹没了，语音信箱也满了，留过言的业主请改发邮件。|L|g|0",
        ],
    ),
    (
        "a high water bill",
        "judgement",
        "a water bill and a supply line found dripping / a high water bill alone",
        [
            "e|Water bill and a drip|Our water bill doubled, so I looked under the sinks and the supply line to the bathroom tap is dripping steadily into the cabinet. The bottom of the cabinet is swollen. Can you fix it and look at the bill?|N|m|0",
            "e|Water bill|Our water bill doubled this quarter and nobody new has moved in. Could you check whether the meter was read correctly?|N|b|0",
            "e|水费高了还发现滴水|这个月水费翻倍了，我看了一下洗手盆下面，进水管一直在往柜子里滴，柜子底板都泡胀了，能帮忙修一下再看看水费吗？|N|m|0",
            "e|水费|这个季度水费翻了一倍，家里也没多人住，能查一下是不是抄表抄错了？|N|b|0",
        ],
    ),
    (
        "car washing",
        "judgement",
        "car-wash water running into a storage unit / washing a car in the garage",
        [
            "e|Water in F-12|The car wash bay at the end of row F drains toward my unit and water got under the door of F-12 last night. The boxes on the floor are wet through.|N|m|0",
            "w|Car washing in the garage|Someone in space 31 washes their car in the garage every Sunday with buckets and a hose. Isn't that against the rules?|N|v|0",
            "e|洗车的水流进仓库|F排尽头的洗车位的水往我的仓库这边流，昨晚从F-12的卷帘门底下流进去了，地上的纸箱都湿透了。|N|m|0",
            "w|车库里洗车|31号车位的业主每周日都在地下车库用水管洗车，这不是违反规定吗？|N|v|0",
        ],
    ),
    (
        "closed-water test",
        "judgement",
        "water seeping down from a renovation upstairs / a 48-hour waterproofing water test announced",
        [
            "w|楼上装修渗水|楼上在装修卫生间，今天我家卫生间顶上开始往下渗水，吊顶边上湿了一圈，麻烦联系一下他们。|E|m|0",
            "e|闭水试验通知|15栋602装修卫生间，今天起做48小时闭水试验，期间请楼下住户如发现异常及时联系物业。|L|g|0",
            "w|Water from the reno upstairs|The unit above is redoing its bathroom and since this morning water has been seeping through our bathroom ceiling around the vent. Please get in touch with them.|E|m|0",
            "e|Shower pan test in 602|Unit 602's contractor is doing a 48-hour flood test of the new shower pan starting today. Residents below, please let the office know if anything looks unusual.|L|g|0",
        ],
    ),
    (
        "humid weather",
        "judgement",
        "walls sweating and damp in humid weather / a notice about the humid season",
        [
            "w|一楼墙面返潮|回南天一楼客厅的墙面一直返潮，墙纸都起皮了，地砖上一层水，擦了又有，能想想办法吗？|N|m|0",
            "e|回南天温馨提示|近期回南天，请各位业主关好门窗，有条件的可以开除湿机，地面湿滑注意防滑。|L|g|0",
            "w|Ground floor walls damp|In this muggy spell the living room walls of our ground-floor unit are damp to the touch and the wallpaper is lifting at the seams. Is there anything that can be done?|N|m|0",
            "e|Muggy week ahead|A humid week is forecast: keep windows closed in the afternoon and run the bathroom fans. Stay cool!|L|g|0",
        ],
    ),
    (
        "sweating pipe",
        "judgement",
        "a sweating cold pipe dripping onto stored goods / beads on a cold pipe that wet nothing",
        [
            "e|Pipe over my unit|The cold water pipe that runs over unit 31 sweats so much that it drips onto the boxes on my top shelf, and two of them are stained and soft.|N|m|0",
            "e|Pipe question|There are little beads on the outside of the cold water pipe in my basement storage room in summer but nothing underneath is wet. Is that just normal?|N|g|0",
            "e|水管冒汗滴到东西上|31号仓顶上过的冷水管夏天一直冒汗，滴到我最上层的纸箱上，已经有两个箱子湿软了，还有水印。|N|m|0",
            "e|水管外面有水珠|夏天地下储物间的冷水管外面挂着一些小水珠，下面什么都没湿，这正常吗？|N|g|0",
        ],
    ),
]
KINDS += [
    # ------------------------------------------------ rain, roofs, storage
    (
        "a window that lets rain in",
        "rain",
        "rain coming in round a window frame / rain in the forecast",
        [
            "w|Window in the storm|Every time it rains hard, water comes in round the top corner of the living room window frame and runs down the wall. It did it again last night; it's dry now.|N|m|0",
            "e|Storm this weekend|With the storm forecast for the weekend, should we take the patio furniture inside or will the HOA do the common areas?|N|g|0",
            "w|窗框进雨|每次下大雨客厅窗框左上角就往里进水，顺着墙往下流，昨晚又这样了，现在是干的。|N|m|0",
            "e|周末有暴雨|天气预报说周末有暴雨，阳台上的桌椅需要收进去吗？公共区域的东西物业会处理吗？|N|g|0",
        ],
    ),
    (
        "a roof leaking over stored goods",
        "storage",
        "rain dripping onto stored goods now / the roof replacement schedule",
        [
            "p|Phone message - Nguyen|Caller: Thu Nguyen // Phone: 713-555-0186 // Property: Bayou Self Storage, unit 5C // Message: Rain is dripping through the roof of unit 5C right now, straight onto her grandmother's sofa and the photo albums. She's moving what she can. Please call her back.|E|m|1",
            "e|Roof work on building 5|Building 5's roof will be replaced from the 3rd to the 14th. Access to units stays open; expect some noise during the day.|L|g|0",
            "p|电话留言-顺安仓储|来电人：马女士 // 电话：158****3306 // 房号：顺安自助仓储5号楼C仓 // 内容：雨正从仓库顶上往下漏，直接滴在她奶奶的沙发和相册上，她在抢着搬东西，请尽快回电。|E|m|1",
            "e|5号楼屋面翻新|5号楼屋面将于3日至14日翻新，期间仓库正常开放，白天会有一些噪音。|L|g|0",
        ],
    ),
    (
        "a skylight drip in a bucket",
        "rain",
        "a skylight dripping into a bucket / a skylight blind broken",
        [
            "w|Skylight|The skylight over the stairs drips when it rains, about a cup an hour into the bucket we put under it. Not urgent, but it needs resealing before winter.|N|m|0",
            "w|Skylight blind|The pull cord on the skylight blind over the stairs snapped and the blind is stuck open. Whenever someone can get a ladder up there.|N|m|0",
            "w|天窗滴水|楼梯上面的天窗一下雨就滴水，一小时大概一杯，我们拿桶接着，不急，但入冬前得重新打胶。|N|m|0",
            "w|天窗遮阳帘|楼梯上面天窗的遮阳帘拉绳断了，帘子卡在上面拉不下来，有梯子的时候来弄一下就行。|N|m|0",
        ],
    ),
    (
        "snowmelt off cars",
        "judgement",
        "water coming through the garage ceiling / snowmelt off cars on the garage floor",
        [
            "w|Garage ceiling|Water is coming through a crack in the parking garage ceiling under the plaza planters and dripping on the cars in spaces 40 to 44, with rust-coloured streaks down the pillar.|E|m|0",
            "w|Slippery garage|The snow melting off everyone's cars leaves puddles by the garage entrance and it gets icy at night. Could someone put salt down?|N|m|0",
            "w|车库顶上漏水|地下车库顶板在花坛下面有一条缝在往下滴水，滴在40到44号车位的车上，柱子上流下来一道道锈水印子。|E|m|0",
            "w|车库门口很滑|大家车上化下来的雪水在车库入口积了几滩，晚上结冰很滑，能撒点盐吗？|N|m|0",
        ],
    ),
    (
        "a mopped lobby floor",
        "judgement",
        "water on the lobby floor from a ceiling tile / a freshly mopped lobby floor",
        [
            "f|Front desk note - lobby|Front desk: water is dripping from a stained ceiling tile by the mailboxes and there is a puddle under it. Cone put out; the tile is sagging.|E|m|0",
            "f|Front desk note - lobby|Front desk: a resident slipped on the freshly mopped lobby floor this morning, she is fine. Asking the cleaners to put the wet floor sign out every time.|N|c|0",
            "f|前台记录-大堂|前台：信报箱旁边吊顶有一块发黄的板在往下滴水，下面一滩水，已放警示牌，板子往下坠了。|E|m|0",
            "f|前台记录-大堂|前台：早上一位住户在刚拖过的大堂地面滑了一下，人没事，请保洁以后拖地都放上小心地滑的牌子。|N|c|0",
        ],
    ),
    (
        "grout and water behind tiles",
        "indirect",
        "cracked grout letting water behind the tiles / discoloured grout",
        [
            "w|Shower grout|The grout in our shower has cracked along the bottom row and the wall on the other side, in the closet, is damp and stained.|N|m|0",
            "w|Grout colour|The grout in our shower has gone grey and patchy. Would the HOA allow us to regrout it ourselves in white?|N|m|0",
            "w|淋浴间瓷砖缝|淋浴间最下面一排瓷砖缝裂了，墙另一边衣柜里的墙面潮了，还有水印。|N|m|0",
            "w|瓷砖缝发黑|淋浴间的瓷砖缝发灰发黑了，我们可以自己重新勾成白色的吗？|N|m|0",
        ],
    ),
    (
        "a washer hose",
        "appliance",
        "the washer's drain hose popped out / a washer that will not spin",
        [
            "w|Washer|The washing machine's drain hose popped out of the standpipe mid-cycle and water went all over the laundry room and under the wall into the hallway. I stopped the machine, but the hallway carpet is soaked.|U|m|0",
            "w|Washer won't spin|Our washing machine stops before the spin cycle and the clothes come out heavy. Could someone look this week?|N|m|0",
            "w|洗衣机排水管|洗衣机排水管洗到一半从下水口里弹出来了，洗衣房一地水，还从墙根流到走廊去了，我把机器停了，可走廊地毯全湿了。|U|m|0",
            "w|洗衣机不甩干|洗衣机每次到甩干就停，衣服拿出来沉甸甸的，这周能来看看吗？|N|m|0",
        ],
    ),
    (
        "a dishwasher leaking",
        "appliance",
        "water under the dishwasher after each load / dishes left wet",
        [
            "w|Dishwasher|Each time we run the dishwasher a small puddle forms under the front edge and the kickboard is starting to swell. We've stopped using it for now.|N|m|0",
            "w|Dishwasher|The dishwasher finishes its cycle but the dishes come out wet and a bit gritty. Could maintenance look at it?|N|m|0",
            "w|洗碗机漏水|每次用洗碗机前面底下都会有一小滩水，踢脚板开始泡胀了，我们先不用了。|N|m|0",
            "w|洗碗机洗不干净|洗碗机洗完碗还是湿的，还有点沙沙的，能请师傅看看吗？|N|m|0",
        ],
    ),
    (
        "a fridge water line",
        "appliance",
        "the fridge's water line dripping behind it / the ice maker making no ice",
        [
            "w|Fridge|When I pulled the fridge out to clean I found the water line to the ice maker dripping and the floor behind it stained dark. I pushed it back. Can someone replace the line?|N|m|0",
            "w|Ice maker|The ice maker in our fridge stopped making ice a week ago. The water dispenser still works.|N|m|0",
            "w|冰箱后面滴水|我把冰箱拉出来打扫，发现制冰机的进水管在滴水，后面的地板都变黑了，又推回去了，能来换根管子吗？|N|m|0",
            "w|制冰机不出冰|冰箱制冰机一周前就不出冰了，出水口倒是还能用。|N|m|0",
        ],
    ),
    (
        "a floor-heating loop",
        "heating",
        "floor heating leaking under the tiles / floor heating not warm",
        [
            "w|地暖漏水|客厅地暖的分水器接头在漏，下面的地砖缝里一直往外渗水，压力表掉到零了，我先把分水器的阀门都关了。|U|m|0",
            "w|地暖不热|客厅地暖开了一天还是凉的，分水器那里压力正常，麻烦派人来调一下。|N|m|0",
            "w|Radiant floor|The manifold for our radiant floor is leaking at a fitting, water is seeping out between the tiles and the pressure gauge has dropped to zero. I've closed the manifold valves for now.|U|m|0",
            "w|Radiant floor cold|Our radiant floor has been on all day and is still cold. The pressure gauge looks normal. Could someone come and balance it?|N|m|0",
        ],
    ),
    (
        "a radiator valve",
        "heating",
        "a radiator valve weeping onto the floor / a cold radiator",
        [
            "w|Radiator valve|The valve on the bedroom radiator has been weeping and there's a dark patch on the floorboards under it. I put a towel down.|N|m|0",
            "w|Cold radiator|The bedroom radiator stays cold even when the others are hot. I tried bleeding it with a key, nothing came out.|N|m|0",
            "w|暖气阀门渗水|卧室暖气片的阀门一直在渗水，下面地板上有一块深色的印子，我先垫了条毛巾。|N|m|0",
            "w|暖气片不热|卧室那组暖气片一直是凉的，别的都热，我用钥匙放过气，什么也没出来。|N|m|0",
        ],
    ),
    (
        "a balcony drain backing up",
        "rain",
        "rainwater backing up through a balcony drain into the room / a drain grate missing",
        [
            "w|Balcony in the storm|The balcony drain couldn't take the storm and rainwater came up over the threshold into the bedroom. It's stopped now but the carpet edge is wet.|N|m|0",
            "w|Balcony drain grate|The little grate on our balcony drain is missing; I'm afraid something will fall in. Could one be fitted?|N|m|0",
            "w|阳台地漏倒灌|昨晚大雨，阳台地漏排不过来，雨水漫过门槛进了卧室，现在停了，地毯边上湿了。|N|m|0",
            "w|阳台地漏盖子|阳台地漏的盖子不见了，怕东西掉进去，能帮忙配一个吗？|N|m|0",
        ],
    ),
    (
        "an outside tap left dripping",
        "outdoor",
        "an outside tap dripping against the foundation / a hose left across a walkway",
        [
            "e|Outside tap|The outside tap by unit 6's garage won't shut off completely and has been dripping against the foundation for weeks. The crawl space under that corner smells damp now.|N|m|0",
            "e|Hose on the walkway|Unit 6 leaves their garden hose stretched across the shared walkway every evening and someone is going to trip.|N|v|0",
            "e|室外水龙头滴水|6号车库旁边的室外水龙头关不严，几周来一直往墙根滴，那个角下面的架空层现在有股潮味。|N|m|0",
            "e|水管横在路上|6号每天晚上都把浇花的水管横在公共步道上，迟早有人会被绊倒。|N|v|0",
        ],
    ),
    (
        "a gutter overflowing into a window well",
        "rain",
        "an overflowing gutter filling a window well / gutter cleaning scheduled",
        [
            "w|Window well|The gutter over our bedroom overflows in every storm and pours straight into the basement window well. Water got in round the basement window last night.|N|m|0",
            "e|Gutter cleaning|When are the gutters being cleaned this autumn? Ours are full of pine needles.|N|m|0",
            "w|采光井进水|卧室上面的天沟一下大雨就往外溢，直接灌到地下室的采光井里，昨晚水从地下室窗户边上渗进来了。|N|m|0",
            "e|天沟清理|今年秋天什么时候清理天沟？我们家的天沟里全是松针。|N|m|0",
        ],
    ),
    (
        "water in a light fixture",
        "ceiling",
        "water in a ceiling light fixture / a light fixture shaking from footsteps",
        [
            "w|Light fixture|The dome light in the bathroom has water in it, you can see it sloshing in the glass, and it's dripping from the edge. I've turned the switch off.|E|m|0",
            "w|Light fixture shaking|The people upstairs stomp around so much that the light fixture over our dining table shakes. Can you speak to them?|N|c|0",
            "w|灯罩里有水|卫生间吸顶灯的灯罩里积了水，能看到在晃，边上还在往下滴，我已经把开关关了。|E|m|0",
            "w|吊灯被震得晃|楼上走路太重，餐桌上面的吊灯都被震得直晃，能跟他们说一下吗？|N|c|0",
        ],
    ),
    (
        "water through the ceiling, not noise",
        "ceiling",
        "water coming through the ceiling / music coming through the ceiling",
        [
            "p|Phone message - Kowalski|Caller: Anna Kowalski // Phone: 630-555-0115 // Property: Maple Court, unit 204 // Message: Water is coming through her kitchen ceiling round the vent and running down the cabinets. Nobody answers upstairs. Please call her back.|E|m|1",
            "e|Music through the ceiling|The music from 304 comes through our ceiling every night until 2 am. We've knocked twice.|N|c|0",
            "p|电话留言-吴女士|来电人：吴女士 // 电话：135****6620 // 房号：阳光嘉园6栋204 // 内容：厨房天花板排风口那里在往下流水，顺着橱柜往下淌，楼上敲门没人开。请回电。|E|m|1",
            "e|楼上音乐太吵|304每天晚上音乐放到两点，声音从天花板传下来，我们敲过两次门了。|N|c|0",
        ],
    ),
]
KINDS += [
    # ------------------------------------------------ other liquids and figures of speech
    (
        "flooding someone's phone",
        "figurative",
        "a unit flooded / a locker system flooding a phone with texts",
        [
            "w|Unit flooded|Came home from a week away to find the unit flooded from the water heater closet, an inch over the kitchen and hall. I've turned the water off at the main.|U|m|0",
            "w|Locker texts|The package lockers keep flooding my phone with pickup texts for a neighbour's deliveries. Could you take my number off apartment 9?|N|pa|0",
            "w|家里被淹了|出差一周回来发现家里被淹了，热水器那个柜子漏的，厨房和过道一层水，我已经把总阀关了。|U|m|0",
            "w|快递柜短信|快递柜天天给我发取件短信，都是邻居的快递，短信都把我手机刷屏了，能把我的号码从9号房移掉吗？|N|pa|0",
        ],
    ),
    (
        "a pool full of leaves",
        "figurative",
        "the pool pump room flooded / the pool full of leaves",
        [
            "e|Pool pump room|The pool pump room is flooded almost to the bottom of the motor, a fitting on the filter has split and water is still spraying out.|E|m|0",
            "e|Pool|The pool has been swamped with leaves and seed pods since the windy night, and nobody has skimmed it in four days.|N|am|0",
            "e|泳池泵房进水|泳池泵房被淹了，水快没到电机底下了，过滤器上一个接头裂了，还在往外喷水。|E|m|0",
            "e|泳池里全是叶子|刮了一晚上大风以后泳池里漂满了树叶，四天了都没人捞。|N|am|0",
        ],
    ),
    (
        "drowning in paperwork",
        "figurative",
        "a storage unit under water / a sender drowning in paperwork",
        [
            "e|Unit 77 under water|Unit 77 is under water - at least two inches across the floor after the storm and it's still coming in under the door. Everything on the floor is ruined.|E|m|0",
            "e|Our HOA move|We're drowning in paperwork with the new management transfer, so the annual statement will be a week late. Apologies to all owners.|L|g|0",
            "e|77号仓被淹|77号仓被淹了，暴雨以后地上至少五六厘米水，门底下还在往里灌，地上的东西全泡坏了。|E|m|0",
            "e|年度账目晚一周|这次物业交接的资料太多，我们都快被文件淹没了，年度账目会晚一周发，向各位业主致歉。|L|g|0",
        ],
    ),
    (
        "a parcel wet from a broken bottle",
        "other liquid",
        "parcels soaked by the mailroom ceiling / a parcel wet from a broken bottle inside",
        [
            "f|Front desk note - mailroom|Front desk: the mailroom ceiling leaked overnight and the parcels on the bottom shelf are soaked, some labels are unreadable. Water has stopped; the tile above is stained.|U|m|0",
            "f|Front desk note - 12C|Front desk: 12C's parcel came in dripping, a bottle of olive oil broke in the box. She'd like us to refuse it.|N|pa|0",
            "f|前台记录-收发室|前台：收发室吊顶昨晚漏水，最下层货架上的快递都泡湿了，有几张面单看不清了，现在不滴了，上面那块板有水印。|U|m|0",
            "f|前台记录-12C|前台：12C的快递到的时候一直在滴，是箱子里一瓶酱油碎了，她希望我们拒收。|N|pa|0",
        ],
    ),
    (
        "oil under a car",
        "other liquid",
        "water dripping on a car from a pipe / oil dripping from a neighbour's car",
        [
            "w|Pipe over space 18|A pipe in the garage ceiling over space 18 drips onto my windshield all day and there's a wet patch spreading on the concrete.|E|m|0",
            "w|Oil in space 18|The car in space 19 leaks oil and it's running into my space 18, I keep stepping in it.|N|v|0",
            "w|18号车位顶上滴水|车库18号车位上面的水管一整天往我挡风玻璃上滴水，地上湿了一片还在变大。|E|m|0",
            "w|邻居车漏油|19号车位那辆车一直漏机油，都流到我18号车位来了，老踩到。|N|v|0",
        ],
    ),
    (
        "a heating-oil tank",
        "other liquid",
        "the boiler's water tank split / a heating-oil tank split",
        [
            "p|Phone message - Brennan|Caller: Liam Brennan // Phone: 508-555-0133 // Property: 9 Orchard Way (rental) // Message: The expansion tank on the boiler split and water is pouring out across the basement toward the electrical panel. Call back right away.|E|m|1",
            "p|Phone message - Brennan|Caller: Liam Brennan // Phone: 508-555-0133 // Property: 9 Orchard Way (rental) // Message: The heating oil tank has a seam weeping oil onto the basement floor, the smell is strong upstairs. Call back right away.|E|m|1",
            "p|电话留言-邵师傅|来电人：邵师傅 // 电话：137****8814 // 房号：阳光嘉园锅炉房 // 内容：锅炉膨胀水箱裂了，水哗哗往外流，朝着配电柜那边漫过去了。请马上回电。|E|m|1",
            "p|电话留言-邵师傅|来电人：邵师傅 // 电话：137****8814 // 房号：阳光嘉园锅炉房 // 内容：柴油罐的焊缝裂了，柴油一直往地上渗，锅炉房里味道很冲。请马上回电。|E|m|1",
        ],
    ),
    (
        "paint spilled in a unit",
        "other liquid",
        "rainwater spilling into a unit / paint spilled by a renter",
        [
            "e|Water in 22B|There's water spreading across the floor of unit 22B from under the back wall. My rug and the legs of the dresser are standing in it.|E|m|0",
            "e|Paint in the aisle|The renter of 22A knocked over a gallon of paint in the aisle and it has dried in a big grey puddle outside my door.|N|c|0",
            "e|22B仓进水|22B仓后墙底下在往里渗水，地上一片水还在扩大，我的地毯和柜子腿都泡在水里了。|E|m|0",
            "e|过道里洒了油漆|22A的租户把一桶油漆打翻在过道里，干成一大摊灰色的，就在我门口。|N|c|0",
        ],
    ),
    (
        "coolant on a garage floor",
        "other liquid",
        "a puddle from the AC closet / a puddle of coolant",
        [
            "w|Puddle by the closet|There's a puddle spreading out of the AC closet into the hallway every afternoon. I think the drain line is blocked. I mop it up twice a day.|N|m|0",
            "w|Green puddle|Someone's car left a bright green puddle of coolant in visitor space 3. The dogs go past there every morning and it's toxic to them.|N|v|0",
            "w|空调柜流出水|每天下午空调柜里都有一滩水往走廊漫，可能是排水管堵了，我一天拖两次。|N|m|0",
            "w|绿色的防冻液|访客车位3号有辆车漏了一滩绿色的防冻液，每天早上都有人在那儿遛狗，狗舔了会中毒。|N|v|0",
        ],
    ),
    (
        "a gas leak",
        "not water",
        "a water leak at the meter / a gas leak at the meter",
        [
            "p|Phone message - Amari|Caller: Joy Amari // Phone: 404-555-0151 // Property: Linden Row 14 // Message: The water meter connection by the front walk is leaking, water bubbling up through the grass and running onto the sidewalk. Please call back.|U|m|1",
            "p|Phone message - Amari|Caller: Joy Amari // Phone: 404-555-0151 // Property: Linden Row 14 // Message: There's a strong gas smell at the meter by the front walk and a hissing sound. She has gone across the street. Please call back.|E|m|1",
            "p|电话留言-蒋先生|来电人：蒋先生 // 电话：133****4412 // 房号：阳光嘉园3栋门口 // 内容：单元门口的水表井在往外冒水，从草地里冒出来流到人行道上了。请回电。|U|m|1",
            "p|电话留言-蒋先生|来电人：蒋先生 // 电话：133****4412 // 房号：阳光嘉园3栋门口 // 内容：单元门口燃气表那里一股很浓的煤气味，还有嘶嘶的声音，他已经走到马路对面了。请回电。|E|m|1",
        ],
    ),
    (
        "air through a window",
        "not water",
        "rain through a window seal / a draught through a window seal",
        [
            "w|Window seal|The seal round the big living room window has shrunk and rain gets through it, there's a wet line along the sill every storm.|N|m|0",
            "w|Window draught|The seal round the big living room window has shrunk and a cold draught comes through it, we can feel it from the sofa.|N|m|0",
            "w|窗户密封条漏雨|客厅大窗的密封条缩了，一下雨就从缝里进水，每次窗台上都湿一条。|N|m|0",
            "w|窗户漏风|客厅大窗的密封条缩了，一直漏风，坐在沙发上都能感觉到冷风。|N|m|0",
        ],
    ),
    (
        "a refrigerant leak",
        "not water",
        "the AC's condensate coming through a ceiling / an AC low on refrigerant",
        [
            "w|AC water from the ceiling|Water is dripping out of the ceiling grille of the air handler in the hall, there's a bucket under it that fills every two hours.|U|m|0",
            "e|AC service report|Technician found the condenser low on refrigerant, likely a small leak at the service valve; recharge and leak search quoted at $390. Please approve.|N|w|0",
            "w|空调出风口滴水|走廊空调的出风口在往下滴水，下面放了个桶，两个小时就满。|U|m|0",
            "e|空调维修报告|师傅检测外机冷媒不足，可能是检修阀处有轻微泄漏，补冷媒加查漏报价680元，请审批。|N|w|0",
        ],
    ),
    (
        "electric leakage",
        "not water",
        "water getting into a socket / a breaker that trips",
        [
            "w|Water in the outlet|Water is running down the wall from the unit above and into the outlet by the bed, and it crackled. I switched off the breaker for that room.|E|m|0",
            "w|Breaker trips|The bathroom GFCI trips every time the hair dryer and the heater are on together. Could an electrician look?|N|m|0",
            "w|水流进插座了|楼上的水顺着墙往下流，流进了床头的插座里，还啪啪响，我已经把那个房间的空开关了。|E|m|0",
            "w|漏电开关老跳|卫生间的漏电开关一开吹风机和浴霸就跳闸，能派电工来看看吗？|N|m|0",
        ],
    ),
    (
        "smoke out of a storage unit",
        "not water",
        "water pouring out under a storage door / smoke pouring out under a storage door",
        [
            "f|Front desk note - row K|Front desk: a customer reports water pouring out under the door of K-7 into the aisle, the unit is locked and the renter doesn't answer. Manager going with the bolt cutters.|E|m|0",
            "f|Front desk note - row K|Front desk: a customer reports smoke pouring out under the door of K-7 into the aisle, the unit is locked and nobody answers. 911 called.|E|m|0",
            "f|前台记录-K排|前台：有客户说K-7仓卷帘门底下一直往外流水，流到过道里了，仓是锁着的，租户电话打不通，经理拿剪锁钳过去了。|E|m|0",
            "f|前台记录-K排|前台：有客户说K-7仓卷帘门底下一直往外冒烟，仓是锁着的，没人应，已经报了119。|E|m|0",
        ],
    ),
    (
        "steam from hot water",
        "not water",
        "hot water with steam under a door / steam from a dryer vent",
        [
            "f|Front desk note - 3rd floor|Front desk: hot water is running out from under the door of 311 into the corridor and the hall is full of steam. The owner is away; we're going in with the master key.|E|m|0",
            "f|Front desk note - outside|Front desk: a resident asked why steam is blowing out of a vent by the bike racks. It's the laundry room's dryer vent; told her that's normal.|L|g|0",
            "f|前台记录-3楼|前台：311门底下正往外流热水，走廊里全是蒸汽，业主不在家，我们拿总钥匙进去了。|E|m|0",
            "f|前台记录-室外|前台：有住户问车棚旁边的管子为什么往外冒白气，是洗衣房烘干机的排气口，已经跟她解释是正常的。|L|g|0",
        ],
    ),
    (
        "a dog's accident",
        "other liquid",
        "a wet hallway carpet from a leak / a dog's accident on the hallway carpet",
        [
            "e|Hall carpet|The hallway carpet outside 508 is wet right across, and it's wetter every time I check. I think it's coming from inside the wall.|E|m|0",
            "e|Hall carpet|Someone's dog had an accident on the hallway carpet outside 508 again and nobody cleaned it up.|N|c|0",
            "e|走廊地毯湿了|508门口的走廊地毯整条都湿了，每次去看都更湿，感觉是从墙里出来的。|E|m|0",
            "e|走廊地毯上有狗尿|又有人的狗在508门口的走廊地毯上尿了，没人清理。|N|c|0",
        ],
    ),
    (
        "a spilled drink in the elevator",
        "other liquid",
        "water in the elevator pit / a spilled drink in the elevator",
        [
            "f|Front desk note - elevator|Front desk: the elevator technician says there's a foot of water in the pit of car 2 and it's still rising; car taken out of service.|E|m|0",
            "f|Front desk note - elevator|Front desk: someone spilled a large soda in elevator 2 and the floor is sticky. Housekeeping called.|N|m|0",
            "f|前台记录-电梯|前台：电梯维保说2号梯底坑里积了三十多厘米的水，还在涨，电梯已经停用。|E|m|0",
            "f|前台记录-电梯|前台：有人在2号电梯里打翻了一大杯奶茶，地上黏糊糊的，已经叫保洁了。|N|m|0",
        ],
    ),
]
KINDS += [
    # ------------------------------------------------ issue 5's conventions
    (
        "thanks for a fixed leak",
        "convention",
        "thanks for a fixed leak (low, leak-related) / thanks for a fixed gate",
        [
            "e|Thank you|Just wanted to say thank you to Marco for sorting out the leak under our kitchen sink so quickly on Friday. All dry since.|L|g|0",
            "e|Thank you|Just wanted to say thank you to Marco for sorting out the back gate so quickly on Friday. It closes properly now.|L|g|0",
            "e|谢谢师傅|谢谢周五来的李师傅，厨房水槽下面漏水修得又快又好，到现在一直是干的。|L|g|0",
            "e|谢谢师傅|谢谢周五来的李师傅，后门修得又快又好，现在能关严了。|L|g|0",
        ],
    ),
    (
        "a vendor's update about a leak",
        "convention",
        "a plumber's update on a leak job / an electrician's update on a light job",
        [
            "e|WO 7312 - 4B ceiling|WO 7312: found the leak at the shower valve of 5B feeding the stain in 4B's ceiling. Part on order, back Thursday 9 am; need access to both units.|N|w|0",
            "e|WO 7313 - 4B hall light|WO 7313: the hall light in 4B needs a new ballast. Part on order, back Thursday 9 am; need access to the unit.|N|w|0",
            "e|工单7312-4B天花板|工单7312：已查到5B淋浴龙头阀芯漏水，导致4B天花板水印。配件已订，周四上午9点再来，需要两户都开门。|N|w|0",
            "e|工单7313-4B过道灯|工单7313：4B过道灯需要更换镇流器，配件已订，周四上午9点再来，需要住户开门。|N|w|0",
        ],
    ),
    (
        "a leak repair closed as dry",
        "convention",
        "a repair closed after a water test / a routine inspection closed with nothing found",
        [
            "e|WO 9050 closed|WO 9050: replaced the wax ring and flange bolts on the unit 3 toilet, flushed ten times, floor dry underneath. Closed.|L|w|0",
            "e|WO 9051 closed|WO 9051: annual backflow preventer test at the pool house passed, readings within limits. Closed.|L|w|0",
            "e|工单9050已完成|工单9050：3号房马桶更换了密封圈和地脚螺栓，冲水十次，底下是干的，已关闭。|L|w|0",
            "e|工单9051已完成|工单9051：会所倒流防止器年度测试合格，数值在范围内，已关闭。|L|w|0",
        ],
    ),
    (
        "an inspection that found no leak",
        "convention",
        "a camera inspection that found the crack that leaked / a roof survey with nothing to report",
        [
            "e|Drain camera results|Camera inspection of the building B main drain found a cracked joint under the laundry room that has been leaking into the soil; we recommend relining. Quote attached.|N|w|0",
            "e|Roof survey results|Annual roof survey of building B is complete: membrane and flashings in good order, nothing to report until next year.|L|w|0",
            "e|管道检测结果|B栋主排水管内窥检测发现洗衣房下面一个接口开裂，一直往土里漏，建议做内衬修复，报价见附件。|N|w|0",
            "e|屋面年检结果|B栋屋面年度检查已完成，防水层和泛水都完好，明年再查。|L|w|0",
        ],
    ),
    (
        "a small contained drip",
        "convention",
        "a dripping tap (normal, leak-related) / a stiff tap",
        [
            "w|Kitchen tap|The kitchen tap drips about once a second when it's turned off. No rush, any day next week is fine.|N|m|0",
            "w|Kitchen tap|The kitchen tap is very stiff to turn and squeaks. No rush, any day next week is fine.|N|m|0",
            "w|厨房龙头|厨房水龙头关上以后大概一秒滴一滴，不急，下周哪天来都行。|N|m|0",
            "w|厨房龙头|厨房水龙头拧起来特别紧，还吱吱响，不急，下周哪天来都行。|N|m|0",
        ],
    ),
    (
        "a valve already shut",
        "convention",
        "a leak under the sink stopped at the valve (urgent) / a valve handle broken",
        [
            "w|Sink leak stopped|The pipe under the bathroom sink started leaking this morning. I closed the little valve and it's stopped, but we have no water at that sink and the cabinet is wet. Can someone come today?|U|m|0",
            "w|Valve handle|The handle of the little valve under the bathroom sink came off in my hand when I was cleaning. Nothing leaking, the water still works.|N|m|0",
            "w|洗手盆下面漏水|今天早上洗手盆下面的管子漏水，我把角阀关了，不漏了，但洗手盆没水用了，柜子也湿了，今天能来人吗？|U|m|0",
            "w|角阀把手掉了|打扫的时候洗手盆下面的角阀把手掉了，没有漏水，水还能用。|N|m|0",
        ],
    ),
    (
        "a leak only in quoted text",
        "convention",
        "a new leak reported over a quoted parking thread / a parking question over a quoted leak",
        [
            "e|Re: Parking permits|Separate thing - the ceiling in our closet is dripping again since this morning, same spot as last spring.\n\n> On Tue the office wrote:\n> Parking permits for 2027 are now available at the office.|U|m|0",
            "e|Re: Leak in 3C|Thanks, all sorted. Can I pick up my 2027 parking permit this week?\n\n> On Tue, 3C wrote:\n> Water is dripping from the closet ceiling again, same spot as last spring.|N|a|0",
            "e|回复：停车证|另外一个事，我家衣帽间天花板从今天早上又开始滴水了，和去年春天同一个地方。\n\n> 周二物业写道：\n> 2027年停车证可以到物业办公室领取了。|U|m|0",
            "e|回复：3C漏水|谢谢，已经好了。请问这周可以去领2027年的停车证吗？\n\n> 周二3C写道：\n> 衣帽间天花板又开始滴水了，和去年春天同一个地方。|N|a|0",
        ],
    ),
    (
        "a bounce quoting a leak",
        "convention",
        "a real leak message / a bounce quoting a leak subject",
        [
            "e|Water coming in at 18|Water is coming in at the back door of 18 under the threshold and across the kitchen tiles.|E|m|0",
            "e|Undeliverable: Water coming in at 18|Delivery has failed to these recipients: maint-old@pinecrest.example. The mailbox does not exist.\n\nOriginal subject: Water coming in at 18|L|n|0",
            "e|18号后门进水|18号后门门槛底下在往里进水，已经漫到厨房地砖上了。|E|m|0",
            "e|退信：18号后门进水|您发送的邮件无法送达：weixiu@old-yangguang.example，收件人不存在。\n\n原邮件主题：18号后门进水|L|n|0",
        ],
    ),
    (
        "a hypothetical freeze",
        "convention",
        "pipes split while away / what if the pipes freeze while away",
        [
            "p|Phone message - Holm|Caller: Erik Holm // Phone: 612-555-0177 // Property: Lakeview HOA, 31 Shore Dr // Message: Back from two weeks away, a pipe in the utility room froze and split and water is running across the basement. He can't find the shutoff. Call right back.|E|m|1",
            "e|Away in January|We'll be away for all of January. If the pipes freeze while we're gone, who pays for the damage, us or the HOA?|N|g|0",
            "p|电话留言-许先生|来电人：许先生 // 电话：186****2019 // 房号：阳光嘉园18栋101 // 内容：出门两周回来，设备间的水管冻裂了，水在地下室满地流，找不到总阀。请马上回电。|E|m|1",
            "e|一月不在家|我们一月份整月不在家，要是水管冻裂了，损失是我们自己承担还是物业承担？|N|g|0",
        ],
    ),
    (
        "a frozen pipe",
        "convention",
        "a frozen pipe that split / a frozen pipe with nothing wet",
        [
            "w|Frozen pipe|The pipe to the kitchen froze overnight and now it has split, water is dripping out of the crack under the sink as it thaws.|E|m|0",
            "w|Frozen pipe|The pipe to the kitchen sink is frozen, nothing comes out of the tap. It hasn't cracked and nothing is wet. Could someone come today with a heater?|U|m|0",
            "w|水管冻裂了|厨房水管昨晚冻住了，现在裂了，一化冻水就从水槽下面的裂缝往外滴。|E|m|0",
            "w|水管冻住了|厨房水管冻住了，水龙头一滴水都不出，没有冻裂，哪儿也没湿，今天能带个暖风机来吗？|U|m|0",
        ],
    ),
    (
        "a leak detector",
        "convention",
        "a leak detector sounding with water on the floor / a leak detector chirping for its battery",
        [
            "w|Leak alarm|The leak sensor under the water heater is shrieking and there's a small puddle under the tank. I can't see where it's coming from.|U|m|0",
            "w|Leak sensor chirp|The leak sensor under the water heater chirps every minute, I think the battery is low. What size does it take?|N|m|0",
            "w|漏水报警器响|热水器下面的漏水报警器一直在叫，热水器底下有一小滩水，看不出是哪里来的。|U|m|0",
            "w|漏水报警器没电|热水器下面的漏水报警器每分钟滴一声，应该是没电了，用的是几号电池？|N|m|0",
        ],
    ),
    (
        "insurance after a leak",
        "convention",
        "a claim for last month's water damage / flood insurance asked about",
        [
            "e|Incident report|For our insurance claim we need the incident report for the water damage from 5C's washer last month. Who should we ask?|N|g|0",
            "e|Flood insurance|Does the HOA master policy include flood insurance, or do owners in the low row need their own?|N|g|0",
            "e|出险证明|上个月5C洗衣机漏水把我家泡了，保险理赔需要物业出一份事故证明，找谁开？|N|g|0",
            "e|洪水险|小区的公共保险包不包括洪水险？低洼那排的业主要不要自己买？|N|g|0",
        ],
    ),
    (
        "who pays for water damage",
        "convention",
        "who pays for repairing an old leak's damage / who pays for a broken window",
        [
            "e|Ceiling repair cost|The leak from 7D last winter left our ceiling stained and cracked. It's dry now. Who pays for the repair, 7D, the HOA or us?|N|m|0",
            "e|Window cost|A ball from the playground cracked our window last week. Who pays for the new glass, the HOA or us?|N|m|0",
            "e|维修费用谁出|去年冬天7D漏水把我家天花板泡出了水印和裂缝，现在干了，修理费用该7D出、物业出还是我们自己出？|N|m|0",
            "e|玻璃谁赔|上周游乐场的球把我家窗户玻璃砸裂了，换玻璃是物业出还是我们自己出？|N|m|0",
        ],
    ),
    (
        "a waterproofing advert",
        "convention",
        "a real leak asked about / a waterproofing advert",
        [
            "e|卫生间渗水|我家卫生间地面好像在往楼下渗水，楼下说他家吊顶湿了一块，能不能派人来查一下防水？|N|m|0",
            "e|专业防水补漏|专业防水补漏，卫生间不砸砖，十年质保，欢迎来电咨询！|L|n|0",
            "e|Bathroom floor|Our bathroom floor seems to be leaking into the unit below, they say a patch of their ceiling is damp. Can someone check the waterproofing?|N|m|0",
            "e|Leaky basement? We fix it|Leaky basement? Our crews waterproof it in a day, lifetime warranty. Click here for a free estimate!|L|n|0",
        ],
    ),
    (
        "a newsletter about pipes",
        "convention",
        "a real burst last night / a newsletter's tip on pipes",
        [
            "e|Burst in the laundry|A pipe burst in the laundry room of building 2 last night; it's shut off now but the floor and the lower cabinets are soaked. Can someone get a dryer fan in there?|U|m|0",
            "e|Winter newsletter|Winter newsletter: keep the heat at 55°F or more when you travel, open the cabinet doors under sinks on cold nights, and know where your shutoff is. Happy holidays!|L|n|0",
            "e|洗衣房爆管|昨晚2栋洗衣房的水管爆了，现在关了，但地面和下面的柜子都泡湿了，能不能拿几台吹干机来？|U|m|0",
            "e|冬季简报|冬季简报：出门时室温不要低于13度，冷的夜里打开水槽下的柜门，记住自家总阀在哪里。节日快乐！|L|n|0",
        ],
    ),
]
KINDS += [
    # ------------------------------------------------ emergencies of water and their dry twins
    (
        "a crack with water",
        "dry twin",
        "a ceiling crack with water coming through / a ceiling crack growing with no water",
        [
            "w|Ceiling crack|The crack across our living room ceiling opened up this morning and water is dripping out along it onto the sofa.|E|m|0",
            "w|Ceiling crack|The crack across our living room ceiling has doubled in length since yesterday and bits of plaster are falling on the sofa. No water anywhere.|E|m|0",
            "w|天花板裂缝滴水|客厅天花板那条裂缝今天早上变宽了，水顺着缝往下滴，滴到沙发上了。|E|m|0",
            "w|天花板裂缝变长|客厅天花板那条裂缝一天就长了一倍，还往沙发上掉石膏渣，哪儿都没水。|E|m|0",
        ],
    ),
    (
        "an alarm in a basement",
        "dry twin",
        "a flood alarm with water rising / a CO alarm with someone dizzy",
        [
            "p|Phone message - Haddad|Caller: Sami Haddad // Phone: 216-555-0129 // Property: Elm Terrace (rental) // Message: The sump pump alarm is going and water is rising in the basement, already over the bottom stair. Please call back now.|E|m|1",
            "p|Phone message - Haddad|Caller: Sami Haddad // Phone: 216-555-0129 // Property: Elm Terrace (rental) // Message: The CO alarm in the basement is going and his wife is dizzy. They're outside now. Please call back now.|E|m|1",
            "p|电话留言-董先生|来电人：董先生 // 电话：132****7783 // 房号：阳光嘉园别墅区22号 // 内容：地下室集水井的报警器在响，水位在涨，已经漫过最下面一级台阶了。请马上回电。|E|m|1",
            "p|电话留言-董先生|来电人：董先生 // 电话：132****7783 // 房号：阳光嘉园别墅区22号 // 内容：地下室一氧化碳报警器在响，他爱人头晕，一家人已经到屋外了。请马上回电。|E|m|1",
        ],
    ),
    (
        "a slope sliding, or water coming down it",
        "dry twin",
        "muddy water pouring off a slope into a garage / a slope slipping",
        [
            "w|Slope behind 9|Muddy water is pouring off the slope behind building 9 and in under the garage doors, the garage floor is covered.|E|m|0",
            "w|Slope behind 9|The slope behind building 9 is slipping, the fence has leaned over and cracks are opening in the lawn at the top.|E|m|0",
            "w|9栋后面山坡|9栋后面的山坡上泥水直往下冲，从车库门底下灌进去了，车库地面全是水。|E|m|0",
            "w|9栋后面山坡|9栋后面的山坡在往下滑，围栏已经歪了，坡顶草地上裂开好几道缝。|E|m|0",
        ],
    ),
    (
        "sewage up a shower drain",
        "dry twin",
        "sewage coming up the shower drain / septic pumping scheduled",
        [
            "w|Shower drain|Dark, foul water is coming up through the shower drain and spreading over the bathroom floor every time the upstairs flushes.|E|m|0",
            "e|Septic pumping|Septic tanks on Cedar Loop will be pumped on the 9th between 8 and 2. Please keep the access lids clear.|L|g|0",
            "w|淋浴地漏冒黑水|楼上一冲马桶，我家淋浴间地漏就往上冒黑臭水，卫生间地上全是。|E|m|0",
            "e|化粪池清掏|本月9日8点至14点清掏雪松路化粪池，请勿在检查井盖上堆放物品。|L|g|0",
        ],
    ),
    (
        "water in an electrical room",
        "dry twin",
        "water running into the electrical room / the breaker panel humming",
        [
            "f|Front desk note - B1|Front desk: water is running down the wall of the B1 electrical room from the garage ramp and pooling under the main panel. Electrician and plumber called.|E|m|0",
            "f|Front desk note - B1|Front desk: the main panel in the B1 electrical room hums louder than usual. Electrician asked to look this week.|N|m|0",
            "f|前台记录-B1|前台：地库坡道的水顺着墙流进B1配电房，在总配电柜底下积起来了，已叫电工和水工。|E|m|0",
            "f|前台记录-B1|前台：B1配电房的总配电柜嗡嗡声比平时大，已请电工这周来看。|N|m|0",
        ],
    ),
    (
        "a window well filling",
        "dry twin",
        "a basement window well filling with rain / a window well cover broken",
        [
            "w|Window well|The window well outside our basement bedroom is filling with rainwater and it's already up to the bottom of the window. Water is seeping in at the corner.|E|m|0",
            "w|Window well cover|The clear cover over our basement window well cracked in the hail. Could it be replaced?|N|m|0",
            "w|采光井积水|地下室卧室外面的采光井积满了雨水，已经到窗户底边了，墙角开始往里渗水。|E|m|0",
            "w|采光井盖板|地下室采光井的透明盖板被冰雹砸裂了，能换一块吗？|N|m|0",
        ],
    ),
    (
        "a shower pan leaking below",
        "dry twin",
        "a shower pan leaking into the unit below / a weak shower",
        [
            "e|Shower in 6A|Every time 6A showers, water drips from our bathroom fan below. It has stained the ceiling around it.|N|m|0",
            "e|Shower pressure|Our shower barely trickles since the water was turned back on on Tuesday. The sinks are fine.|N|m|0",
            "e|楼上洗澡就滴水|6A每次洗澡，我家卫生间的排风扇那里就往下滴水，周围的天花板都有水印了。|N|m|0",
            "e|花洒水小|周二恢复供水以后淋浴花洒的水就特别小，洗手盆正常。|N|m|0",
        ],
    ),
    (
        "water back after a cut",
        "dry twin",
        "a joint leaking after the water came back / the water not back after a cut",
        [
            "w|After the water came back|Since the water came back on after today's shutoff, the joint above our water meter has been spraying a fine mist and the cupboard is wet.|U|m|0",
            "w|Water still off|The water was meant to be back on at 4 pm after the riser work and it's 6 now, still nothing from the taps in 3F.|U|m|0",
            "w|来水以后接头漏了|今天停水检修完来水以后，水表上面那个接头一直往外呲水雾，柜子里都湿了。|U|m|0",
            "w|还没来水|说好检修完下午四点来水，现在六点了，3F还是一滴水都没有。|U|m|0",
        ],
    ),
    (
        "a hydrant sheared",
        "dry twin",
        "a hydrant knocked over gushing / hydrant flushing announced",
        [
            "w|Hydrant|A delivery truck sheared off the hydrant by the garage ramp and water is gushing down the ramp into the parking garage.|E|m|0",
            "e|Hydrant flushing|The city will flush hydrants on our street Wednesday night. Tap water may look cloudy for a few hours; run the cold tap until clear.|L|g|0",
            "w|消防栓被撞|送货的卡车把车库坡道旁边的消防栓撞断了，水一直往坡道下面冲，灌进地下车库了。|E|m|0",
            "e|市政冲洗消防栓|周三晚上市政冲洗本路段消防栓，自来水可能会浑浊几个小时，放一会儿冷水就好了。|L|g|0",
        ],
    ),
    (
        "a rooftop tank",
        "dry twin",
        "a rooftop tank overflowing down the stairwell / a tank cleaning notice",
        [
            "f|Front desk note - stairwell|Front desk: the rooftop tank's overflow is pouring down the north stairwell, the steps from 12 down to 9 are running with water. Engineer on the way up.|E|m|0",
            "e|Tank cleaning Saturday|The rooftop water tanks will be cleaned on Saturday from 9 to 3; water will be off to floors 10 to 18 during that time.|L|g|0",
            "f|前台记录-楼梯间|前台：楼顶水箱溢水，顺着北边楼梯间往下淌，12楼到9楼台阶上全是水，工程部已经上去了。|E|m|0",
            "e|周六清洗水箱|本周六9点至15点清洗楼顶水箱，10至18层届时停水。|L|g|0",
        ],
    ),
    (
        "a pool leaking, a pool refill",
        "dry twin",
        "the pool being drained and refilled / the pool liner leaking into the plant room",
        [
            "e|Pool plant room|The pool liner must be leaking: the plant room next to it has water seeping through the wall and the floor is wet every morning.|N|m|0",
            "e|Pool refill|The pool will be drained and refilled next week for its annual clean; it reopens on the 21st.|L|am|0",
            "e|泳池漏水|泳池内衬应该是漏了，旁边设备间的墙在往外渗水，每天早上地都是湿的。|N|m|0",
            "e|泳池换水|下周泳池放水换水做年度清洁，21日重新开放。|L|am|0",
        ],
    ),
    (
        "a fountain",
        "dry twin",
        "the fountain pump leaking into the clubhouse / the fountain turned off",
        [
            "e|Fountain pump|The pump of the entrance fountain is leaking into the clubhouse storage room underneath, there's a wet patch across the ceiling and the boxes below are damp.|N|m|0",
            "e|Fountain off|Why has the entrance fountain been turned off for two weeks? It looked lovely.|N|am|0",
            "e|喷泉水泵漏水|小区门口喷泉的水泵往会所下面的储藏室里漏，天花板湿了一大片，底下的箱子都潮了。|N|m|0",
            "e|喷泉没开|门口的喷泉为什么关了两个礼拜？开着挺好看的。|N|am|0",
        ],
    ),
    (
        "watering plants while away",
        "dry twin",
        "watering plants ran through to the unit below / an FYI that a neighbour will water plants",
        [
            "e|Water from 8B's balcony|Whoever waters 8B's plants while they're away overdid it: water ran down through the balcony gap and dripped onto our balcony couch, which is soaked.|N|m|0",
            "e|FYI - plant watering|FYI, my neighbour Ruth has a key and will water the plants in 8B while I'm away until the 20th.|L|g|0",
            "e|楼上浇花漏到我家|8B出门期间帮他们浇花的人浇多了，水从阳台缝里流下来滴到我家阳台沙发上，沙发湿透了。|N|m|0",
            "e|知会一下|知会一下，我出门到20号，邻居王阿姨有钥匙，会来8B帮我浇花。|L|g|0",
        ],
    ),
]
KINDS += [
    # ------------------------------------------------ more indirect wording, each with a dry twin
    (
        "a skirting board going black",
        "indirect",
        "a skirting board black and swollen / a skirting board loose",
        [
            "w|踢脚线发黑|卫生间外面的踢脚线发黑了，还胀起来一截，木头摸着潮乎乎的。|N|m|0",
            "w|踢脚线松了|客厅的踢脚线松了一截，一碰就晃，有空来钉一下。|N|m|0",
            "w|Baseboard|The baseboard outside the bathroom has gone black and swollen along one stretch, and the wood feels clammy.|N|m|0",
            "w|Baseboard loose|A length of baseboard in the living room has come loose and wobbles when you knock it. Whenever someone's free.|N|m|0",
        ],
    ),
    (
        "a door swollen at the bottom",
        "indirect",
        "a bathroom door swollen at the bottom / a door that sticks after repainting",
        [
            "w|卫生间门泡胀了|卫生间木门的门脚泡胀了，下面一截发黑起皮，门口地上老是湿的，找不到哪里漏。|N|m|0",
            "w|门关不上|卧室门刷完漆以后有点卡，关门要使劲推，能帮忙刨一下吗？|N|m|0",
            "w|Bathroom door|The bottom of the bathroom door has swollen and gone black and flaky, and the floor by it is always wet. We can't find where from.|N|m|0",
            "w|Door sticks|Since the painters were in, the bedroom door sticks and we have to shove it shut. Could someone plane it?|N|m|0",
        ],
    ),
    (
        "clothes mouldy in a wardrobe",
        "indirect",
        "clothes mouldy against an outside wall / a wardrobe door off its track",
        [
            "w|衣柜里的衣服发霉|靠外墙的那个衣柜里，挂着的衣服背面全长了白毛，柜子后板摸着是潮的。|N|m|0",
            "w|衣柜门掉了|衣柜推拉门从轨道上掉下来了，推不回去，麻烦来个师傅。|N|m|0",
            "w|Clothes gone mouldy|In the wardrobe against the outside wall, the backs of our coats have white fuzz on them and the back panel feels damp.|N|m|0",
            "w|Wardrobe door|The sliding wardrobe door has come off its track and we can't get it back on.|N|m|0",
        ],
    ),
    (
        "a sink cabinet rotted",
        "indirect",
        "the base of the sink cabinet rotted / a sink cabinet hinge broken",
        [
            "w|水槽柜子底板烂了|厨房水槽下面柜子的底板都泡烂了，一按就塌，里面一股霉味，看着像是下水管接口的问题。|N|m|0",
            "w|柜门合页坏了|厨房水槽下面的柜门合页坏了，门歪着关不上。|N|m|0",
            "w|Under the sink|The base of the cabinet under the kitchen sink has rotted through, it gives when you press it and smells of mildew. Looks like the drain joint.|N|m|0",
            "w|Cabinet hinge|The hinge on the cabinet door under the kitchen sink broke and the door hangs crooked.|N|m|0",
        ],
    ),
    (
        "water welling from tile joints",
        "indirect",
        "water welling up from floor tile joints / a hollow-sounding floor tile",
        [
            "w|地砖缝冒水|卫生间门口的地砖缝一直往外冒水，擦干了过一会儿又湿了，楼下说他家吊顶也有水印。|U|m|0",
            "w|地砖空鼓|客厅有两块地砖踩上去空空的响，会不会裂？|N|m|0",
            "w|Water from the tile joints|Water keeps welling up between the floor tiles outside the bathroom; we dry it and an hour later it's wet again. The unit below has a mark on their ceiling too.|U|m|0",
            "w|Hollow tiles|Two floor tiles in the living room sound hollow when we walk on them. Are they going to crack?|N|m|0",
        ],
    ),
    (
        "rain over a balcony threshold",
        "rain",
        "rain coming in over the balcony door threshold / the balcony door rollers broken",
        [
            "w|阳台门进雨|一刮大风下雨，雨水就从阳台推拉门的门槛底下往屋里进，客厅木地板边上已经发黑了。|N|m|0",
            "w|阳台门推不动|阳台推拉门的滑轮坏了，推起来特别费劲，还咯咯响。|N|m|0",
            "w|Balcony door|Whenever rain blows in, water comes in under the balcony slider's threshold and the edge of the wood floor has gone dark.|N|m|0",
            "w|Balcony door|The rollers of our balcony slider are shot, it grinds and takes two hands to open.|N|m|0",
        ],
    ),
    (
        "an indoor AC unit dripping",
        "appliance",
        "the indoor AC unit dripping down the wall / the indoor AC unit rattling",
        [
            "w|空调内机漏水|卧室空调内机下面往墙上流水，墙面湿了一长条，地板上要放盆接。|N|m|0",
            "w|空调内机异响|卧室空调内机一开就咔啦咔啦响，吵得睡不着。|N|m|0",
            "w|AC head dripping|Water runs down the wall from under the bedroom AC unit, there's a long damp stripe and we keep a bowl on the floor.|N|m|0",
            "w|AC rattle|The bedroom AC unit rattles as soon as it's switched on and we can't sleep.|N|m|0",
        ],
    ),
    (
        "a fire main dripping",
        "dry twin",
        "the fire main in a stairwell dripping / the hose cabinet door broken",
        [
            "f|前台记录-7栋|前台：7栋3楼楼道的消防水管接头在滴水，地上一小滩，已放桶接着。|N|m|0",
            "f|前台记录-7栋|前台：7栋3楼楼道的消防栓箱玻璃裂了一道。|N|m|0",
            "f|Front desk note - bldg 7|Front desk: the fire standpipe joint on the 3rd floor landing of building 7 is dripping, a small puddle, bucket put under it.|N|m|0",
            "f|Front desk note - bldg 7|Front desk: the glass front of the fire hose cabinet on the 3rd floor landing of building 7 is cracked.|N|m|0",
        ],
    ),
    (
        "an outside wall letting water in",
        "rain",
        "rain soaking through an outside wall / rope workers cleaning the outside wall",
        [
            "w|外墙渗水|每次下雨东边卧室外墙就往里渗水，内墙上一大片水印，墙纸都起鼓了。|N|m|0",
            "e|外墙清洗|下周一至周三高空作业清洗外墙，请各位业主关好窗户，拉上窗帘。|L|g|0",
            "w|Wall soaking through|Every time it rains the east bedroom's outside wall soaks through and there's a big stained patch inside, the wallpaper bubbling.|N|m|0",
            "e|Window washers|Rope-access crews will clean the outside of the tower Monday to Wednesday. Please keep windows shut and blinds down.|L|g|0",
        ],
    ),
    (
        "a renovation upstairs",
        "dry twin",
        "water dripping from a renovation upstairs / drilling noise from a renovation upstairs",
        [
            "w|楼上装修漏水|楼上装修把水管打穿了，我家厨房顶上在往下滴水，已经滴了一个多小时，滴在灶台上。|E|m|0",
            "w|楼上装修太吵|楼上装修每天早上七点就开始打电钻，规定不是八点以后吗？|N|v|0",
            "w|Renovation upstairs|The renovation upstairs drilled through a pipe and water has been dripping out of our kitchen ceiling for over an hour, onto the stove.|E|m|0",
            "w|Drilling upstairs|The renovation upstairs starts drilling at 7 every morning. Isn't work only allowed after 8?|N|v|0",
        ],
    ),
    (
        "black spots in a corner",
        "indirect",
        "black spots in a corner that come back / a black scuff from furniture",
        [
            "w|墙角黑斑|次卧墙角一到梅雨季就长黑斑，擦掉又长，床靠着的那面墙摸着凉凉潮潮的。|N|m|0",
            "w|墙角黑印子|搬家时柜子把次卧墙角蹭了一道黑印子，能补一下漆吗？|N|m|0",
            "w|Black spots|Every wet season black spots come back in the corner of the spare room, and the wall behind the bed feels cold and clammy.|N|m|0",
            "w|Black mark|The movers' dresser left a black scuff in the corner of the spare room. Can it be touched up?|N|m|0",
        ],
    ),
    (
        "a storage unit's floor wet at the back",
        "storage",
        "the back of a unit's floor wet after rain / a unit's door hard to lift",
        [
            "e|Unit 408|After every rain the back third of unit 408's floor is wet and my rug rolled against the wall has a tide mark on it.|N|m|0",
            "e|Unit 408 door|The roll-up door on unit 408 is really hard to lift now, it sticks halfway.|N|m|0",
            "e|408号仓|每次下完雨408号仓后面三分之一的地面都是湿的，靠墙卷着的地毯上一圈水印。|N|m|0",
            "e|408号仓门|408号仓的卷帘门现在特别难拉，拉到一半就卡住。|N|m|0",
        ],
    ),
    (
        "a hallway ceiling tile in an office",
        "ceiling",
        "an office ceiling tile water-stained and soft / a ceiling tile missing after cable work",
        [
            "e|Management office|One of the ceiling tiles over the copier in the management office is water-stained and soft, and there's a brown drip line down the wall below it.|N|m|0",
            "e|Management office|The cable installers left a ceiling tile out over the copier in the management office. Could someone put it back?|N|m|0",
            "e|物业办公室吊顶|物业办公室复印机上面有一块吊顶板有水渍还发软，下面墙上有一道褐色的水流印。|N|m|0",
            "e|物业办公室吊顶|装宽带的师傅把复印机上面的一块吊顶板拿下来没放回去，能找人装回去吗？|N|m|0",
        ],
    ),
]
KINDS += [
    # ------------------------------------------------ words of water in other senses, and a few trades
    (
        "wet paint",
        "figurative",
        "drywall wet to the touch / a wet-paint sign",
        [
            "w|Closet wall|The back wall of the hall closet is wet to the touch from the floor up to my knee and the paint is coming off on my fingers.|N|m|0",
            "f|Front desk note - lobby|Front desk: a resident asks how long the 'wet paint' signs will stay on the lobby railings; her son got grey paint on his sleeve.|N|g|0",
            "w|衣帽间墙是湿的|走廊衣帽间后墙从地面到膝盖那么高摸着都是湿的，一摸墙漆就掉在手上。|N|m|0",
            "f|前台记录-大堂|前台：有住户问大堂栏杆上“油漆未干”的牌子要挂到什么时候，她儿子袖子上蹭了灰漆。|N|g|0",
        ],
    ),
    (
        "water under the bridge",
        "figurative",
        "water under the bathroom floor / an old quarrel that is water under the bridge",
        [
            "w|Bathroom floor|When I step on the bathroom floor by the tub it squelches, and water comes up round the edge of one tile.|N|m|0",
            "e|Thanks for the mediation|Thanks for the mediation with 4D. The parking argument is water under the bridge now and we're on good terms again.|L|g|0",
            "w|卫生间地面|踩到浴缸旁边的卫生间地面会咕叽一声，有一块瓷砖边上会冒出水来。|N|m|0",
            "e|谢谢调解|谢谢你们帮我们和4D调解，停车的事都过去了，翻篇了，现在关系挺好的。|L|g|0",
        ],
    ),
    (
        "soaked through",
        "figurative",
        "a mattress soaked from a ceiling leak / a resident soaked walking the dog",
        [
            "p|Phone message - Patel|Caller: Ravi Patel // Phone: 346-555-0108 // Property: Cypress Point 2C // Message: Water came through the bedroom ceiling overnight and the mattress is soaked through. It has slowed to a drip. He'd like a call back about a dehumidifier.|U|m|1",
            "p|Phone message - Patel|Caller: Ravi Patel // Phone: 346-555-0108 // Property: Cypress Point 2C // Message: He got soaked walking the dog because the awning over the side door is gone. He'd like a call back about when it'll be replaced.|N|m|1",
            "p|电话留言-彭先生|来电人：彭先生 // 电话：139****6015 // 房号：阳光嘉园2栋2C // 内容：卧室天花板昨晚漏水，床垫全湿透了，现在变成一滴一滴的了，想回个电话问问能不能借台除湿机。|U|m|1",
            "p|电话留言-彭先生|来电人：彭先生 // 电话：139****6015 // 房号：阳光嘉园2栋2C // 内容：侧门上面的雨棚没了，他遛狗回来淋成了落汤鸡，想回个电话问问什么时候装回去。|N|m|1",
        ],
    ),
    (
        "leaked minutes",
        "figurative",
        "a leak in the meeting room / the board minutes leaked",
        [
            "e|Clubhouse meeting room|There's a leak in the clubhouse meeting room ceiling right over the board table, we had to move tonight's meeting.|N|m|0",
            "e|Board minutes|Someone leaked the draft board minutes to the neighbourhood Facebook group before they were approved. Who has access to them?|N|g|0",
            "e|会所会议室漏水|会所会议室天花板漏水，正好在会议桌上面，今晚的业委会只好换地方开。|N|m|0",
            "e|会议纪要外泄|业委会会议纪要还没通过就被人发到业主群里了，谁有权限看到这份文件？|N|g|0",
        ],
    ),
    (
        "a fish tank",
        "dry twin",
        "a fish tank cracked and leaking / a question whether fish tanks are allowed",
        [
            "w|Aquarium|Our 40-gallon aquarium has a crack at the bottom seam and it's losing water onto the floor, we're bailing it into buckets.|E|m|0",
            "e|Saltwater tank|Do the rental rules say anything about saltwater aquariums? Ours would sit on a stand by the living room window.|N|g|0",
            "w|鱼缸漏水|家里的鱼缸底边裂了，水一直往地上流，我们正拿桶往外舀。|E|m|0",
            "e|海水缸|我们想在客厅窗边的架子上养一缸海水鱼，租房的规定里对这个有要求吗？|N|g|0",
        ],
    ),
    (
        "a hot tub on a balcony",
        "dry twin",
        "a balcony hot tub leaking into the unit below / a question whether balcony hot tubs are allowed",
        [
            "e|Hot tub upstairs|The hot tub on 9C's balcony is leaking, water is dripping through our balcony ceiling and running down our patio door.|E|m|0",
            "e|Balcony hot tub|Is an inflatable hot tub allowed on a balcony? The bylaws don't say.|N|g|0",
            "e|楼上阳台泡池漏水|9C阳台上的泡池漏水了，水从我家阳台顶上滴下来，顺着推拉门往下流。|E|m|0",
            "e|阳台泡池|阳台上可以放充气泡池吗？管理规约里没写。|N|g|0",
        ],
    ),
    (
        "water hammer",
        "dry twin",
        "pipes banging and now a joint dripping / pipes banging",
        [
            "w|Pipes banging|The pipes bang every time the washer fills, and now the joint above the washer has started dripping down the wall.|N|m|0",
            "w|Pipes banging|The pipes bang every time the washer fills, loud enough to wake us. Is there a fix?|N|m|0",
            "w|水管咣咣响|洗衣机一进水水管就咣咣响，现在洗衣机上面那个接头开始顺着墙往下滴水了。|N|m|0",
            "w|水管咣咣响|洗衣机一进水水管就咣咣响，声音大得能把人吵醒，有办法吗？|N|m|0",
        ],
    ),
    (
        "a drain snaked",
        "dry twin",
        "the pipe under the sink dripping after the drain was snaked / a drain snaked and running fine",
        [
            "e|After the plumber|After the plumber snaked the kitchen drain yesterday, the pipe underneath now drips into the cabinet whenever we run the tap.|N|m|0",
            "e|Drain fixed|The plumber snaked the kitchen drain yesterday and it's running fine now. Thanks!|L|g|0",
            "e|通完下水以后|昨天师傅通完厨房下水以后，现在一开水龙头水槽下面的管子就往柜子里滴水。|N|m|0",
            "e|下水通了|昨天师傅把厨房下水通好了，现在很顺畅，谢谢！|L|g|0",
        ],
    ),
    (
        "a heating system filled",
        "dry twin",
        "a radiator leaking when the heating was filled / a notice that the heating will be filled",
        [
            "w|暖气试水漏了|今天暖气注水试压，我家客厅暖气片接头呲水，地上全湿了，我关了阀门，现在不漏了，能尽快来换吗？|U|m|0",
            "e|暖气注水试压通知|本周四起各楼暖气注水试压，请业主在家留意暖气片及阀门，如有异常及时联系物业。|L|g|0",
            "w|Radiator when the heat was filled|They filled the heating system today and the living room radiator's union sprayed water everywhere. I shut its valves and it stopped; can someone replace it soon?|U|m|0",
            "e|Heating fill Thursday|From Thursday the heating system will be filled and pressure tested building by building. Please keep an eye on your radiators and valves and call the office if anything looks wrong.|L|g|0",
        ],
    ),
    (
        "a slab leak",
        "dry twin",
        "a warm wet patch on a slab floor / a warm floor above the boiler room",
        [
            "w|Warm spot|There's a warm spot on the slab floor in the hallway and the carpet over it is damp, with the water heater running nonstop. Could it be a pipe under the slab?|N|m|0",
            "w|Warm floor|The floor of our ground-floor unit is warm in one corner, right above the boiler room. Is that normal?|N|g|0",
            "w|地面发热发潮|过道地面有一块是热的，上面的地毯是潮的，热水器一直在烧，会不会是地下的热水管漏了？|N|m|0",
            "w|地面发热|一楼我家一个角落的地面是热的，正好在锅炉房上面，这正常吗？|N|g|0",
        ],
    ),
    (
        "a spitting steam radiator",
        "heating",
        "a steam radiator spitting water onto the floor / a steam radiator hissing",
        [
            "w|Radiator spitting|The steam radiator in the front room spits water out of its air vent onto the floor every morning, the floorboards there are staining.|N|m|0",
            "w|Radiator hissing|The steam radiator in the front room hisses loudly every morning when the heat comes up. Is that normal?|N|m|0",
            "w|暖气放气阀喷水|前屋的暖气片放气阀每天早上往地上喷水，那块地板已经有印子了。|N|m|0",
            "w|暖气嘶嘶响|前屋的暖气片每天早上来热时嘶嘶响得很大声，正常吗？|N|m|0",
        ],
    ),
    (
        "a roof hatch left open",
        "rain",
        "rain in through a roof hatch left open / pigeons in through a roof hatch left open",
        [
            "f|Front desk note - top floor|Front desk: the roof hatch was left open after the satellite installer's visit and rain has been coming down the ladder onto the top-floor carpet all night.|E|m|0",
            "f|Front desk note - top floor|Front desk: the roof hatch was left open after the satellite installer's visit and pigeons got into the top-floor corridor.|N|m|0",
            "f|前台记录-顶楼|前台：装卫星天线的师傅走后屋顶检修口没关，雨顺着爬梯往下灌了一夜，顶楼走廊地毯湿了一片。|E|m|0",
            "f|前台记录-顶楼|前台：装卫星天线的师傅走后屋顶检修口没关，鸽子飞进了顶楼走廊。|N|m|0",
        ],
    ),
    (
        "a bathroom fan dripping",
        "indirect",
        "a bathroom fan dripping when it's cold / a noisy bathroom fan",
        [
            "w|Bathroom fan|On cold nights the bathroom fan drips brown water from the grille and the ceiling round it has a rust-coloured ring.|N|m|0",
            "w|Bathroom fan|The bathroom fan has started grinding loudly. Could it be replaced?|N|m|0",
            "w|排风扇滴水|天一冷卫生间排风扇格栅就往下滴黄水，周围天花板一圈锈色的印子。|N|m|0",
            "w|排风扇很吵|卫生间排风扇最近转起来咯咯响，能换一个吗？|N|m|0",
        ],
    ),
    (
        "a water softener",
        "appliance",
        "the softener's brine tank overflowing / a salt delivery for the softener",
        [
            "w|Softener|The water softener's brine tank overflowed into the utility room and the water is creeping under the wall into the garage.|E|m|0",
            "w|Softener salt|Does the HOA deliver salt for the water softeners or do we buy our own?|N|g|0",
            "w|软水机溢水|软水机的盐箱满出来了，设备间一地水，顺着墙根往车库那边渗。|E|m|0",
            "w|软水盐|软水机用的盐是物业统一送还是我们自己买？|N|g|0",
        ],
    ),
    (
        "a downspout disconnected",
        "outdoor",
        "a downspout pouring against the foundation with a damp basement / a downspout extension asked for",
        [
            "e|Downspout|The downspout at the back corner has come apart and pours against the foundation, and now the basement wall on that side is damp and smells.|N|m|0",
            "e|Downspout extension|May we add a longer extension to our downspout so it reaches the flower bed? Do we need an architectural request for that?|N|ar|0",
            "e|落水管脱开|屋后角上的落水管脱开了，雨水直接冲墙根，现在那一侧的地下室墙面潮了，还有味。|N|m|0",
            "e|落水管加长|我们想把落水管加长一截通到花坛里，需要提交外观申请吗？|N|ar|0",
        ],
    ),
    (
        "a window AC sleeve resealed",
        "convention",
        "an AC sleeve resealed so no more rain comes in / an AC sleeve resealed so no more draught",
        [
            "e|WO 8410|WO 8410: resealed the sleeve round the window AC in 5F, hose test done, no more water getting in at the sill. Closed.|L|w|0",
            "e|WO 8411|WO 8411: resealed the sleeve round the window AC in 5G, no more draught at the sill. Closed.|L|w|0",
            "e|工单8410|工单8410：5F窗式空调四周重新打胶，淋水试验合格，窗台不再进水。已关闭。|L|w|0",
            "e|工单8411|工单8411：5G窗式空调四周重新打胶，窗台不再漏风。已关闭。|L|w|0",
        ],
    ),
    (
        "a deposit for a stained carpet",
        "convention",
        "a deposit deduction for leak damage not caused by the tenant / for a wine-stained carpet",
        [
            "e|Deposit deduction|You took $300 from my deposit for the stained carpet in the bedroom, but that stain is from the leak from upstairs in March that I reported. Please refund it.|N|b|0",
            "e|Deposit deduction|You took $300 from my deposit for the stained carpet in the bedroom. It was one glass of red wine; surely a clean doesn't cost that much?|N|b|0",
            "e|押金扣款|退租时扣了我300块押金说卧室地毯有污渍，可那块印子是三月份楼上漏水留下的，我当时报修过，请退还。|N|b|0",
            "e|押金扣款|退租时扣了我300块押金说卧室地毯有污渍，就是洒了一杯红酒，洗一下要这么多钱吗？|N|b|0",
        ],
    ),
    (
        "an ice machine overflowing",
        "appliance",
        "the clubhouse ice machine overflowing onto the floor / the ice machine empty",
        [
            "e|Clubhouse ice machine|The ice machine in the clubhouse kitchen is overflowing and there's water across the kitchen floor seeping under the door into the hall.|E|m|0",
            "e|Clubhouse ice machine|The ice machine in the clubhouse kitchen has been empty all weekend. Is it broken?|N|am|0",
            "e|会所制冰机溢水|会所厨房的制冰机在往外溢水，厨房地上一层水，从门底下往大厅渗。|E|m|0",
            "e|会所制冰机|会所厨房的制冰机整个周末都没有冰，是坏了吗？|N|am|0",
        ],
    ),
]
KINDS += [
    (
        "a tree through a roof",
        "dry twin",
        "a branch through the roof with rain coming in / a branch on the roof with nothing in",
        [
            "p|Phone message - Lindqvist|Caller: Greta Lindqvist // Phone: 971-555-0140 // Property: Fir Hollow HOA, 5 Alder Ln // Message: A big limb came down through the roof over the spare room and rain is pouring in through the hole onto the bed. Call back please.|E|m|1",
            "p|Phone message - Lindqvist|Caller: Greta Lindqvist // Phone: 971-555-0140 // Property: Fir Hollow HOA, 5 Alder Ln // Message: A big limb is lying on the roof over the spare room since the wind last night. Nothing came through and it's dry inside. Call back please about getting it removed.|E|m|1",
            "p|电话留言-钟阿姨|来电人：钟阿姨 // 电话：150****2276 // 房号：阳光嘉园别墅区5号 // 内容：一根大树枝把次卧顶上砸穿了，雨从洞里往床上灌。请回电。|E|m|1",
            "p|电话留言-钟阿姨|来电人：钟阿姨 // 电话：150****2276 // 房号：阳光嘉园别墅区5号 // 内容：昨晚大风一根大树枝掉在次卧屋顶上了，没砸穿，屋里是干的，想回个电话问问什么时候能弄走。|E|m|1",
        ],
    ),
    (
        "a sewer smoke test",
        "convention",
        "the sewer backing up through a floor drain / a sewer smoke test announced",
        [
            "w|Floor drain|The basement floor drain is backing up with sewage and it's spreading toward the laundry machines. It smells awful.|E|m|0",
            "e|Sewer smoke test|The city will smoke-test the sewer lines on Birch St on Thursday. Harmless white smoke may come out of roof vents; no action needed.|L|g|0",
            "w|地漏返污水|地下室地漏在往上返污水，快漫到洗衣机那边了，臭得不行。|E|m|0",
            "e|污水管烟雾检测|周四市政对桦树路污水管做烟雾检测，屋顶通气管可能冒出无害白烟，无需处理。|L|g|0",
        ],
    ),
    (
        "rain through a broken lobby door",
        "rain",
        "rain blowing in through a broken lobby door / wet umbrellas dripping in the lobby",
        [
            "f|Front desk note - lobby|Front desk: the glass in the lobby side door is broken and rain is blowing in, there's water spreading across the tiles toward the elevators.|E|m|0",
            "f|Front desk note - lobby|Front desk: residents' wet umbrellas drip all over the lobby on rainy days. Could we get an umbrella stand or bag dispenser by the door?|N|g|0",
            "f|前台记录-大堂|前台：大堂侧门的玻璃碎了，雨往里飘，地砖上的水往电梯那边漫。|E|m|0",
            "f|前台记录-大堂|前台：下雨天住户的湿雨伞滴得大堂到处是水，能不能在门口放个伞架或者伞套机？|N|g|0",
        ],
    ),
    (
        "drip irrigation",
        "dry twin",
        "a pipe dripping in a planter room / the drip irrigation schedule",
        [
            "e|Planter room|The supply pipe in the roof-garden planter room drips steadily and the wall below it, in unit 1204, has a brown streak.|N|m|0",
            "e|Drip irrigation|The new drip irrigation on the roof garden runs at 6 am and 6 pm. Owners with planters of their own can ask to be added.|L|am|0",
            "e|屋顶花园水管滴水|屋顶花园种植间的供水管一直在滴，下面1204的墙上有一道褐色的印子。|N|m|0",
            "e|滴灌时间|屋顶花园新装的滴灌每天早6点和晚6点开，自家有花箱的业主可以申请接上。|L|am|0",
        ],
    ),
    (
        "snow melting off a balcony",
        "rain",
        "snowmelt on the balcony running in under the door / snow to shovel off a balcony",
        [
            "w|Balcony snow|The snow piled on our balcony is melting in the sun and running in under the balcony door, the carpet inside is wet along the door.|N|m|0",
            "w|Balcony snow|Are we allowed to shovel the snow off our balcony over the railing, or does it have to be carried down?|N|g|0",
            "w|阳台积雪化了|阳台上堆的雪一晒就化，水从阳台门底下流进来了，门口的地毯湿了一条。|N|m|0",
            "w|阳台积雪|阳台上的雪可以直接从栏杆往下铲吗？还是得搬下去？|N|g|0",
        ],
    ),
]
