# ruff: noqa: E501
# fmt: off
# Twenty-second blind held-out set, English half (written in round 22 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Visitor stickers","Do the visitor parking stickers expire at the end of December? Separate thing: water is coming through the light over our dining table, the bulb flickered out and it is still dripping onto the tablecloth.",E,True,M,False),
("pre","Phone message - Okafor",pre("Chidi Okafor","832-555-0174","Willow Creek HOA","Hears a loud hiss and smells rotten eggs at the gas meter behind the clubhouse, kids are playing ball right next to it. Wants a call back."),E,False,M,True),
("portal","Unit 2207","My brother went into unit 2207 for his tools and the door rolled down and caught. He is pounding on it from inside, it will not budge from out here, and he has asthma.",E,False,M,False),
("frontdesk","Front desk note - 5th floor","Front desk: resident on 5 says two men in hoodies just kicked in the door of 5C across the hall and they are inside that unit now.",E,False,S,False),
("email","Upstairs toilet","The upstairs toilet will not stop filling, it is running over the rim, soaking through the floor and now coming out of the kitchen ceiling below.",E,True,M,False),
("email","Furnace quit","Furnace quit around 3 am. It is 6 degrees out and the thermostat says 51 in here. My mother is 93 and bedridden in the back room.",E,False,M,False),
("email","New fob","Thanks for mailing the new fob so fast. Oh, and the bathroom exhaust fan started smoking a few minutes ago, smells like melting plastic. I switched it off and there is still smoke coming out of the grille.",E,False,M,False),
("pre","Phone message - Reyes",pre("Ana Reyes","702-555-0139","Birch Lane Townhomes","The big maple on the corner of Birch Lane fell across a parked minivan, roof crushed flat, she can't tell if anyone was in it."),E,False,M,False),
("email","Hallway ceiling","Not sure this counts as a big deal, but the hallway ceiling has a bulge about the size of a beach ball and water is seeping out of the middle of it onto the runner.",E,True,M,False),
("email","CO reading 95","Our CO alarm will not stop shrieking and the screen says 95. My son has a pounding headache and feels woozy. Windows are open.",E,False,M,False),
("email","Carport","A guy with a flashlight is going car to car in the carport yanking door handles. He just climbed into a blue pickup at the end of the row.",E,False,S,False),
("email","Building F stairs","The outside stairs to the second-floor units of building F partly gave way. One tread snapped and the side rail is hanging loose. People will be using it for the school run in an hour.",E,False,M,False),
("email","Shower drain","Every time someone upstairs flushes, sewage wells up in our shower. It is over the lip now and across the bathroom floor.",E,True,M,False),
("portal","Bedroom outlet","The outlet beside the bed is buzzing, the cover plate is hot to touch and I just saw a small blue flash from it.",E,False,M,False),
("pre","Phone message - Kaur",pre("Simran Kaur","559-555-0112","Canyon Self Storage","Calling from inside the freight lift at the storage building. It dropped a foot, stopped, and the doors won't open. She is by herself."),E,False,M,False),
# --- urgent ---
("email","Garage gate","The garage gate won't open and my wife is stuck inside with the car. The opener clicks but nothing moves, and she has to pick up the kids at 3.",U,False,A,False),
("email","Locked out of 4D","Locked myself out of 4D, phone charger and wallet inside. Is anyone able to let me in today before the office closes?",U,False,A,False),
("portal","Cold water only","The water heater went cold last night, not a drop of warm water from any tap. Can a tech come out today?",U,False,M,False),
("email","Tow notice","There is a notice on my windshield saying the car gets towed at 4 pm today from the fire lane by building 2. I've already moved it, can you cancel the tow?",U,False,A,False),
("email","Dishwasher","The dishwasher leaked under the cabinet last night. Water is off and I mopped up, but the laminate is lifting at the seams. Could maintenance look today before it gets worse?",U,True,M,False),
("email","Unit 44 auction","I just saw unit 44 on tomorrow morning's auction list. I paid the balance at the front counter an hour ago, please pull it.",U,False,B,False),
("email","Lobby door","The lobby door lock on building C doesn't catch at all anymore, anyone can walk straight in. Can it be fixed today?",U,False,A,False),
# --- normal ---
("email","Kitchen tap","The kitchen tap has a slow drip from the spout. Whenever someone has a free moment.",N,True,M,False),
("email","Water charge","The last two utility statements put our water at almost twice what we used to pay, though nobody new lives here. Could someone double-check the meter?",N,False,B,False),
("portal","Driveway lights","Two of the flood lights over the storage driveway are out, hard to see the keypad after dark.",N,False,M,False),
("email","Lakeside fire pit","We would like the lakeside fire pit for our book club on Friday evening. Is there a fee?",N,False,AM,False),
("email","Barking","Since the new tenants in 210 moved in, their husky howls from noon till six on weekdays and it echoes across the courtyard.",N,False,C,False),
("email","Boat trailer","Unit 8 has kept a boat trailer in the driveway for three weeks. I thought trailers were limited to 72 hours.",N,False,V,False),
("email","Fence","We want to swap our wood fence for vinyl in the same colour. What goes to the ARC?",N,False,AR,False),
("email","Moving in","I move into 6B on the 3rd. Do I book the elevator pads ahead, and is there a move-in fee?",N,False,MV,False),
("email","Lost box","Tracking says left with the front desk yesterday, but I got no notice and nobody at the desk can find it.",N,False,P,False),
("email","Bathroom stain","Over our tub there's a tan outline left by the overflow upstairs in the spring of last year. Never damp since, just ugly. Who handles the repainting?",N,True,M,False),
("email","Pool opening","I'm dying to hear whether the pool opens Memorial Day weekend this year.",N,False,AM,False),
("email","CO detector battery","The CO detector in our hall keeps giving a low-battery beep. Can somebody swap the battery? We're fine, it's only the battery warning.",N,False,M,False),
("email","Bike racks","Could we get a camera or more lighting by the bike racks? Two seats were stolen this month.",N,False,S,False),
("email","WO 6610","Vendor: replaced the corroded shutoff under the unit 3 kitchen sink, tested, no leaks. Please approve the $240 invoice.",N,True,W,False),
# --- low ---
("email","Thank you","Just wanted to say thanks, the plumber found the leak behind the washing machine and the wall is finally drying out.",L,True,G,False),
("email","WO 7730","Closeout, job 7730: toilet in 14 pulled, flange repaired and reseated; seepage gone, floor dry after a dozen test flushes.",L,True,W,False),
("email","Out of office","Auto-reply: away at a conference in Denver until the 21st, replies will be slow. For board matters contact the secretary.",L,False,NH,False),
("email","ACTION REQUIRED","ACTION REQUIRED: your HOA payment portal has been locked. Confirm your card details within 12 hours to avoid late fees.",L,False,NH,False),
("email","Harbor View Monthly","Willow Creek Notes, June edition: pool towel policy, a reminder about trash cans and photos from the spring picnic. To stop receiving these, click here.",L,False,NH,False),
("email","Sounds good","Perfect, that slot works. Appreciate it.",L,False,G,False),
]
