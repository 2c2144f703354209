# ruff: noqa: E501
# fmt: off
# Forty-fifth blind held-out set, English half (written in session 26 as the honest set beside blind43 and blind44; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("pre","Phone message - Lindqvist",pre("Greta Lindqvist","651-555-0187","Birchwood Hollow HOA, 9 Tamarack Ln","Passed on by the office assistant: the big spring on their garage door snapped with a bang and the door came straight down on her husband's shin. He's pinned under the bottom panel and the opener keeps grinding against him. She needs a call right now."),E,False,M,True),
("email","Please help - blind cord","My 2-year-old was napping by the window in our rental and the cord from the mini blinds is wrapped around his neck. It's knotted and I can't get it loose, he's gasping. I'm holding him up.",E,False,M,False),
("frontdesk","Front desk note - movie night","Front desk: during movie night in the clubhouse theater the ceiling projector and its bracket came down on a man in the second row. His scalp is split open, he's bleeding a lot and he keeps asking where he is.",E,False,M,False),
("email","Kite","Probably fine, but I thought I should say something. The boys flew a kite on the common and the string got caught on the overhead line along the path. The line has come down low to the wet grass and it pops and throws sparks every time the wind tugs it. One of them still has the spool in his hand.",E,False,M,False),
("email","Concrete truck","The concrete truck for the patio at lot 14 rolled backwards down their driveway and punched into the Moreaus' garage. The garage wall is bowing in and the ceiling is cracking over the car, and Mr. Moreau was in there working when it hit.",E,False,M,False),
("portal","Dumpster swap at the storage yard","The hauler was sliding the full roll-off container off his truck by the back fence and it came off the rails early. It landed on the driver's legs and he can't move; he's white and shaking.",E,False,M,False),
("email","Pets and the stove","Two questions. Is a second cat allowed under our lease? And the glass top of our electric stove just burst while a pot was heating. The coil under the crack is glowing bright red, sparking, and the knob won't turn it off.",E,False,M,False),
("email","Insulation next door","The crew spraying foam insulation in the townhouse attached to ours has been at it since 8. The smell is coming through our shared attic and both kids have thrown up and say their heads are spinning. My husband is dizzy too.",E,False,M,False),
("email","Pool deck right now","An alligator has come up out of the retention pond onto the pool deck. It's lying between the pool gate and the loungers, kids are still in the water and a mom with a stroller is stuck in the corner by the fence.",E,False,S,False),
("email","Lifeguard","The lifeguard chair at the pool tipped over backwards with the guard sitting in it. He hit the back of his head on the concrete, his eyes are open but he isn't answering anyone.",E,False,M,False),
("email","My husband is through the ceiling","My husband was putting boxes in the attic, missed the board and stepped between the joists. He went through the ceiling up to his waist and is hanging over the hallway. He can't push himself back up and the drywall around him keeps giving.",E,False,M,False),
("pre","Phone message - Abernathy",pre("Doreen Abernathy","918-555-0126","Redbud Self Storage, unit C-17","Her father, 81, was sorting his unit and the stack of boxes along the back wall came down on him. She can hear him under them, faintly, but they're filing cabinets and books and she can't shift them. Please call back immediately."),E,False,M,True),
("email","The TV","The TV came off the wall mount in the living room of our rental and landed on my daughter, she's 3. She's under it screaming and there is blood coming from her ear. I don't want to move her.",E,False,M,False),
("email","Laundry room","My son climbed into one of the front-loading washers in the building laundry room and the door latched behind him. Someone had put coins in and it's started filling with water. We can't open the door.",E,False,M,False),
("email","Re: Pool closing for the season","The pool company's backwash hose came out of the storm drain. Pool water is blasting against the clubhouse and pouring through the basement window onto the floor where the electrical panel is, a couple of inches already.\n\n> On Thu, the office wrote:\n> The pool closes for the season on Monday. The pool company will drain and winterize it on Tuesday.",E,True,M,False),
("email","Plumbers on the stack","The plumbers replacing the drain stack tested it from the roof and their rubber plug blew out down below. Dirty water and sewage are shooting out of the cleanout in our hallway closet and across the carpet. They're up on the roof and not answering.",E,True,M,False),
("email","Pot filler","The pot filler tap over our stove snapped off at the wall. Hot water is spraying across the cooktop and into the outlet beside it, which just flashed. I can't find a shutoff anywhere in the kitchen.",E,True,M,False),
("email","Bathroom ceiling","Our upstairs neighbors filled their jetted tub and the hose to the jet pump must have come loose. Water is coming down through our bathroom fan and the light, the drywall is sagging, and they're not answering the door.",E,True,M,False),
("email","Building B ceiling","In the climate-controlled building, the air handler's drain pan above the hallway ceiling is overflowing. Water is raining through the light fixtures onto the doors of units B-4 to B-9 and the lights are buzzing and flickering.",E,True,M,False),
("email","Cabana shower","Not sure it's urgent, but the pipe to the rinse shower by the pool cabana split at the base. Water is running under the door into the pool equipment room and it's already up to the pump motors and the breaker box.",E,True,M,False),
# --- urgent ---
("email","Paid, still locked out","I paid my overdue balance online at 8 this morning but the keypad at the storage gate still says my account is locked. My movers are parked outside waiting and charge by the hour.",U,False,A,False),
("email","Dues from the wrong account","Your autopay took this quarter's dues from my son's tuition account instead of mine, and his tuition payment will bounce tomorrow. Can you refund it today? I'll pay from the right account.",U,False,B,False),
("email","Move-out inspection","We were told the move-out walkthrough was at 10 today and nobody came. We have to hand in the keys by 5 and our flight is tonight. Can someone do it this afternoon?",U,False,MV,False),
("email","Passport envelope","The courier left the envelope with my renewed passport in the package room, but the door code I was sent no longer works. I fly at 7 tomorrow morning. Can someone open it for me today?",U,False,P,False),
("email","Fence across the path","The owners at 22 Fernway have a crew putting a fence across the shared walking path right now. They've dug post holes across it and the concrete truck comes this afternoon. Can you stop them today?",U,False,V,False),
("email","Vanity","Water was running out from under the bathroom vanity this morning. I shut the little valve under the sink and it's mostly stopped, but the valve still weeps and the vanity base is soaked through. Can a plumber come today?",U,True,M,False),
("portal","Soft spot over the tub","The ceiling over our tub has a wet, soft brown patch. It dripped last night while upstairs showered and stopped when they did. They're home again tonight. Could someone look at it today?",U,True,M,False),
("email","No hot water, building C","No one in building C has had hot water since early this morning. I've got a newborn and can't bathe her. Is someone coming today?",U,False,M,False),
("pre","Phone message - Yusuf",pre("Amina Yusuf","614-555-0109","14 Orchard Row (rental)","The garage door won't open with the remote or the wall button and her car is inside. She has a hospital appointment at 2. Please call."),U,False,A,True),
("frontdesk","Front desk note - guest spot","Front desk: a tow truck is hooking up a resident's car in guest spot 6 right now. She says she has a valid guest pass on the dash and is asking us to stop it.",U,False,A,False),
# --- normal ---
("email","Wind chimes","Since October the house behind ours has a row of big metal chimes under the eaves. With any breeze it sounds like a church bell at 2 am and my husband works early shifts.",N,False,C,False),
("email","Treadmill at 5 am","The tenant above us runs on a treadmill every morning at 5, and the thumping wakes the whole family. Is there a quiet hours rule for that?",N,False,C,False),
("email","Chickens","The family on the corner of Aspen and 3rd has started keeping chickens in the backyard; there's a coop and we hear a rooster. Is that allowed here?",N,False,V,False),
("email","Parking spot rented out","The owner of unit 11 is renting her assigned parking spot to someone who doesn't live here. Isn't that against the rules?",N,False,V,False),
("email","Deck boards","We'd like to replace our worn wood deck with composite boards, same size and shape. Does that need approval from the committee?",N,False,AR,False),
("email","Retractable awning","We want to put a retractable awning over the back patio, in tan. What do you need from us to apply?",N,False,AR,False),
("email","Party room for my sister","My sister is expecting in April. Is the party room free the last Saturday of March, and can we bring our own caterer and decorations for about 30 people?",N,False,AM,False),
("email","Pickleball bookings","Is there a way to reserve the pickleball courts ahead of time? Every morning they're full by 7.",N,False,AM,False),
("email","Delivered to the office?","FedEx has a photo of my box sitting on the counter at the storage office Tuesday afternoon. Staff there say it never came in. Is there a sign-in sheet I could look at?",N,False,P,False),
("frontdesk","Front desk note - wine","Front desk: a resident asks whether we can sign for a case of wine arriving Friday that needs an adult signature. She'll be at work.",N,False,P,False),
("email","Switching units","With our daughter off to college we don't need three bedrooms anymore. Is there a one-bedroom coming free on the ground floor around May, and would our deposit carry over?",N,False,MV,False),
("email","Statement question","My HOA statement lists the roof assessment twice this quarter. Could you take a look and tell me what I actually owe?",N,False,B,False),
("email","Annual meeting","When is the annual meeting this year, and can I vote by proxy if I'm away?",N,False,G,False),
("email","Cars gone through","Someone went through several cars in the east lot overnight; my glove box was emptied onto the seat. Nothing big missing. Can the cameras be checked?",N,False,S,False),
("email","WO 8121 access","WO 8121: our technician couldn't get into the attic at unit 5 on Thursday; the hatch is inside a locked closet. Please ask the resident for another time.",N,False,W,False),
("portal","Kitchen faucet","Our pull-down kitchen tap keeps dribbling from the spray head after we shut it, a drop every couple of seconds. Whenever you have someone free.",N,True,M,False),
("email","Damp spot by the heater closet","There's a small damp patch on the carpet next to the water heater closet. It's barely wet each morning, I've put a towel down. Could someone check it this week?",N,True,M,False),
("email","Boxes got wet","After last week's rain the boxes along the back of my unit were damp at the bottom. It's dry now. Could someone check the roof over unit D-12 before the next storm?",N,True,M,False),
("email","Chirping upstairs","Something on our landing ceiling beeps every sixty seconds or so, the round white thing by the attic hatch. My ladder is too short. Can whoever does batteries stop by?",N,False,M,False),
("email","Slow garage door","Our garage door goes up very slowly now and grinds, and the opener guy said the spring is worn. Is the spring ours to replace or the association's?",N,False,M,False),
# --- low ---
("email","Birchwood Hollow winter newsletter","Winter newsletter: snow removal zones, the board election calendar, and the holiday lights contest winners.",L,False,NH,False),
("email","Automatic reply: Gate remote","Hola, this is Marisol's inbox. I'm at a training course in Denver through the 14th and reading mail in the evenings only. Duane at the gatehouse can help with remotes.",L,False,NH,False),
("email","Payment received","Redbud Self Storage: we received your payment of $145.00 for unit C-17. Thank you. This is an automated receipt.",L,False,NH,False),
("email","Thanks for the quick help","Thanks to whoever came out so fast for our kitchen leak last week. The cabinet has dried out and everything's fine.",L,True,G,False),
("email","WO 8140 complete","WO 8140 (Redbud Plumbing): unit 9 fridge pulled out, cracked icemaker tubing swapped for braided line, checked dry after an hour. Invoice to follow.",L,True,W,False),
("email","WO 8152 scheduled","WO 8152: exterminator booked for building A, all units, Tues 8-11. Tenants were notified by the vendor; nothing for the office to do.",L,False,W,False),
("email","Entrance lights","The holiday lights at the entrance are lovely this year. Just wanted to say so.",L,False,G,False),
("email","Re: Water shut-off Thursday","Noted. Grandma will be at our place that morning anyway.\n\n> The office wrote:\n> Building A: no water Thursday 9-1 (riser valve work). Sorry for the trouble.",L,False,G,False),
("pre","Phone message - Castellano",pre("Rosa Castellano","702-555-0154","Birchwood Hollow HOA, 31 Larch Ct","Wanted to say the new gate guard on weekends has been very kind to her mother. No need to call back."),L,False,G,False),
("email","Drip sorted","FYI, the drip under our bathroom sink was just a loose nut. My brother tightened it and it's dry. Nothing needed from you.",L,True,G,False),
]
