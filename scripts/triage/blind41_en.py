# ruff: noqa: E501
# fmt: off
# Forty-first blind held-out set, English half (written in round 41 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("pre","Phone message - Haldane",pre("Greta Haldane","802-555-0193","Larkspur Commons HOA clubhouse","Someone draped a towel over the sauna stove to dry it and it went up. The sauna's cedar bench is burning now and the changing room is filling with smoke. Please call her back right away."),E,False,M,True),
("email","Pump room at the pool","The lifeguard opened the pool pump room and a cloud of chlorine came out at her. She's coughing so hard she can barely stand and her eyes are streaming. There are kids in the water right next to the door.",E,False,M,False),
("frontdesk","Front desk note - unit 112","Front desk: the roll-up door of storage unit 112 slammed down on a customer while she was loading. Her foot is pinned under the bottom bar and the door won't go back up.",E,False,M,False),
("email","Smoke detector is dripping","Water is coming out of the smoke detector on our hallway ceiling, a steady stream onto the floor, and the ceiling around it is bulging. The people upstairs aren't home.",E,True,M,False),
("pre","Phone message - Brandt",pre("Oskar Brandt","262-555-0131","Keystone Self Storage, front gate","A delivery van rolled into the fire hydrant at the entrance and knocked it off. Water is shooting up in a column and running down the driveway into the ground-floor units. Call him back now."),E,True,M,True),
("email","Headaches and the alarm","We lost power so my husband is running the generator inside the attached garage. Now the CO detector in the kitchen is beeping and both kids say their heads hurt and they feel sick.",E,False,M,False),
("email","Re: Fire drill on Friday","Forget Friday's drill for a second: the gas line to the pool heater is hissing loudly and the whole pool deck reeks of gas. The swim team is warming up twenty feet away.\n\n> On Mon, the board wrote:\n> The annual fire drill is Friday at 10.",E,False,M,False),
("email","Oak by the mailboxes","The big oak by the mailbox cluster split down the middle and half of it is lying across Mrs. Ramirez's car. She's still in the driver's seat and the door is crushed shut.",E,False,M,False),
("email","Balcony railing","The railing on our fourth-floor balcony came off its posts when my son leaned on it. He grabbed the edge and pulled himself back but the railing is hanging over the sidewalk by one bolt and people are walking under it.",E,False,M,False),
("email","Laundry room drain","Sewage is bubbling up out of the floor drain in the laundry room of the rental we manage for you. It's across the whole floor and seeping under the door into the bedroom.",E,True,M,False),
("email","Attic smoke","Lightning hit our roof about ten minutes ago. There's smoke coming out of the attic hatch now and a hot electrical smell in the upstairs hallway.",E,False,M,False),
("pre","Phone message - Ostrowski",pre("Maja Ostrowski","414-555-0168","88 Linden St (rental)","The ceiling fan in the living room came down and hit her father on the head. He is bleeding a lot and seems confused. Please call her back immediately."),E,False,M,True),
("email","Third floor right now","There is a man on our third floor going from door to door trying a ring of keys in every lock. He just got 3F open and walked in. The couple in 3F are away.",E,False,S,False),
("portal","Camera alert on my unit","My camera app just showed someone inside my storage unit 407 right now, going through my boxes with a headlamp. I'm at home across town and nobody else has my code.",E,False,S,False),
("email","Balcony planter","A candle on our neighbor's balcony tipped into a planter full of dry peat moss. The planter is burning and the flames are licking up the vinyl siding between our balconies.",E,False,M,False),
("email","Washer hose","Our washing machine hose burst while we were out to dinner. There's an inch of water in our place and the downstairs neighbor says it's coming through her ceiling lights.",E,True,M,False),
("email","Meter by building C","A delivery truck backed into the gas meter on the side of building C and snapped the pipe. Gas is hissing out and you can smell it on every floor.",E,False,M,False),
("portal","Hot tub drain","A girl's hair got sucked into the hot tub drain at the clubhouse and she can't lift her head above the water. Her dad is holding her up and shouting for help.",E,False,M,False),
("email","Basement beam","There was a loud crack from the basement a minute ago. The main beam has split, the living room floor above is sagging in the middle and the doors upstairs won't close.",E,False,M,False),
("email","Parking garage question","I had a question about my guest permit, but the sprinkler riser in the garage stairwell just blew a fitting and is gushing water down the stairs into the elevator pit.",E,True,M,False),
# --- urgent ---
("pre","Phone message - Navarro",pre("Luis Navarro","505-555-0126","Keystone Self Storage, unit 233","His padlock key snapped off inside the lock and his rental truck is due back by 6 tonight with everything still in the unit. He needs the lock cut today. Call him back."),U,False,A,True),
("email","Ceiling after the washer","The washer upstairs was shut off an hour ago and nothing is dripping now, but there is a big damp patch on our bedroom ceiling. Can someone look at it today?",U,True,M,False),
("email","Stuck inside the garage","The garage gate's tag reader stopped recognizing my sticker this morning. I got in behind another car, but now it won't let me out and I have to pick my daughter up from school at 3.",U,False,A,False),
("email","No hot water, building 5","There has been no hot water in the whole of building 5 since last night. I have twins who need a bath before daycare tomorrow. Can it be fixed today?",U,False,M,False),
("email","Renewal deposit","The renewal letter says my lease renewal is void if the deposit isn't paid today, but the payment page gives an error every time. What do I do before tonight?",U,False,B,False),
("email","Passport in the package room","My passport came back from the consulate by courier and the front desk signed for it, but the desk is closed for the holiday and I fly out at 7 tonight. Can someone open the package room?",U,False,P,False),
("email","Freight elevator today","We're moving in today and the concierge says our freight elevator booking isn't on his list. The movers are waiting downstairs and charging by the hour.",U,False,MV,False),
("email","Garage side door","The pedestrian door into the garage has been wedged open with a block and its latch is broken, so anyone can walk in. Two cars were broken into last month. Can it be fixed today?",U,False,S,False),
("email","Fridge died","The refrigerator in our rental died overnight. My son's insulin and a week of pumped breast milk are in it, in a cooler with ice for now. Can it be fixed or swapped today?",U,False,M,False),
("email","Only toilet","I shut the supply valve on our toilet this morning because it was running over. It's the only toilet in the unit and now the valve won't open again. Can a plumber come today?",U,True,M,False),
# --- normal ---
("email","Solar screens","Do I need approval to put dark solar screens on our west-facing windows?",N,False,AR,False),
("email","Front walkway","We'd like to replace our concrete front walkway with pavers. Is there a form for the committee?",N,False,AR,False),
("email","Hens at lot 12","Lot 12 has built a coop in the backyard and keeps six hens there. I believe the covenants don't allow poultry.",N,False,V,False),
("email","Laundry on the rail","The tenant in 2C hangs her laundry over the balcony rail every day. The house rules don't allow that.",N,False,V,False),
("email","Barking alarm","The townhouse next to ours has a motion-activated barking-dog alarm that goes off every time someone walks past on the path, day and night.",N,False,C,False),
("email","Treadmill at 5 am","The unit above ours runs a treadmill at 5 am every day and the thumping wakes the baby.",N,False,C,False),
("email","Roof deck fire pit","Is the gas fire pit on the roof deck open after 10 pm, or does it shut off automatically?",N,False,AM,False),
("email","Pool pass for our nanny","Can our nanny get her own pool pass so she can take the kids while we're at work?",N,False,AM,False),
("portal","Held at the office?","I got a notice that a package for me has been held at the office since last week, but the office says it doesn't have it. Could you check the log?",N,False,P,False),
("email","Bigger apartment","When our lease ends in June, could we transfer from 4B to a two-bedroom in building 6?",N,False,MV,False),
("email","Flood insurance","Our lender is asking whether the association carries flood insurance on the buildings. Who could send me the certificate?",N,False,G,False),
("email","Skylight drops","The skylight in our upstairs hallway fogs up and a few drops fall from it on rainy days. We keep a bucket under it.",N,True,M,False),
("email","Hollow tiles","The grout behind our shower has gone black and two of the tiles sound hollow when I tap them. The installer told us water may be getting in behind them.",N,True,M,False),
("email","WO 7712 - slab line","Pinpoint Leak Detection: WO 7712. At 9 Willow Way we found a pinhole in the hot water line under the slab. We recommend rerouting it through the attic; estimate attached for your approval.",N,True,W,False),
("email","Elevator inspection","Summit Elevator: the annual inspection of the building 2 elevator is Thursday. It will be out of service 9 to 12.",N,False,W,False),
("email","Notary","Is there a notary at the management office, or do you know one nearby? I need an addendum to my lease notarized.",N,False,G,False),
("email","Loading bay","A stranger has been sleeping in the covered loading bay of the storage facility several nights this week. He's gone before opening, but he leaves bottles behind.",N,False,S,False),
("email","Fobs for a caregiver","My mother's new caregiver needs a building fob and a garage remote. How do I request them?",N,False,A,False),
("pre","Phone message - Achebe",pre("Ngozi Achebe","404-555-0152","Larkspur Commons HOA, lot 51","She is behind on two months of dues and would like to set up a payment plan. Please call her back."),N,False,B,True),
("email","Tub caulk","The caulk around our bathtub has cracked and water seeps out onto the floor tiles when we shower. Could someone recaulk it?",N,True,M,False),
# --- low ---
("email","Larkspur Commons autumn newsletter","Autumn newsletter: leaf pickup dates, the clubhouse's new gym hours and the results of the board election.",L,False,NH,False),
("email","Protect your stored belongings","Your items deserve better! Get a StoreSafe contents policy from $9/month. Reply YES for a quote or UNSUB to opt out.",L,False,NH,False),
("email","Read: Clubhouse deposit","Your message 'Clubhouse deposit' to the amenities coordinator was read on 4/12 at 9:14 AM.",L,False,NH,False),
("email","All dry","Thank you for sending the crew so quickly for the burst pipe in the storage hallway. Everything is dry and none of my things got wet.",L,True,G,False),
("email","WO 8802 complete","WO 8802: sprinkler head on floor 2 replaced, hallway and units 210-214 extracted and dried. Closed.",L,True,W,False),
("email","Second car","Just so you know, our daughter passed her driving test, so you'll see a second car with our permit sticker in the lot. Nothing needed.",L,False,G,False),
("email","Re: Garage flooding","Got it, thanks. We'll park on the street.\n\n> On Wed, the office wrote:\n> Level P1 of the garage flooded overnight. Please move your cars by 8.",L,False,G,False),
("email","For your records","For your records: the insurance claim for last winter's burst pipe in our unit is closed and paid. Nothing else is needed.",L,True,G,False),
("email","Payment sent","Your Zelle payment of $1,850.00 to Larkspur Property Mgmt was sent. Reference 88213. Replies to this address go nowhere.",L,False,NH,False),
("email","Automatic reply: Dana Cole","Dana is on parental leave until March 3 and messages to this address are not forwarded. Leasing questions can go to the leasing team's shared inbox.",L,False,NH,False),
]
