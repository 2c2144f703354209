# ruff: noqa: E501
# fmt: off
# Thirty-fourth blind held-out set, English half (written in round 34 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Garage level P2","A delivery van just backed into the sprinkler riser on P2 and snapped it off. Water is blasting out of the pipe stub and running down the ramp to P3 where everyone's cars are parked.",E,True,M,False),
("email","Re: Parking sticker","Sorry, the sticker can wait. Some kids opened the fire hose reel on the fourth-floor landing and it's gushing, we can't get the wheel to close and water is pouring down the stairs toward the lobby.\n\n> On Tue, the office wrote:\n> Please pick up your 2025 parking sticker at the office by Friday.",E,True,M,False),
("portal","Roof terrace","The inflatable pool the people in 9B set up on the roof terrace just split open. A wall of water went across the terrace and it's running in under the door of 8B's bedroom right below.",E,True,M,False),
("pre","Phone message - Ostrowski",pre("Dana Ostrowski","817-555-0142","Willow Creek HOA","The bounce house at the fall festival tore loose from its stakes in the gust and is tumbling across the field with four or five kids still inside. Call back right away."),E,False,AM,True),
("frontdesk","Front desk note - lobby door","Front desk: the revolving door at tower A caught an elderly man's arm against the frame and the motor is still pushing. He is crying out and we can't find the stop switch.",E,False,M,False),
("email","Dumpster area","A man climbed into the trash compactor behind building D to get a bag he threw away by mistake and the ram has started cycling. We can hear him yelling inside.",E,False,M,False),
("email","Excavation next door","The excavator on the lot next door has punched its bucket through our garage wall on P1. Chunks of concrete are dropping onto the cars and the wall is bowing in further every minute.",E,False,M,False),
("pre","Phone message - Haddad",pre("Samir Haddad","713-555-0168","Orchard Park Townhomes","The utility crew's trench along Elm Walk caved in and one of the workers is buried up to his chest. The others are digging with their hands. Please call."),E,False,M,True),
("email","Parking lot","A little girl climbed into the clothing donation bin by the east gate and she's stuck head-down inside the chute. Her mother can only reach her ankles.",E,False,M,False),
("email","Unit 14 next door","They're fumigating the unit next to ours under a tent and the gas is coming through the shared wall. My husband and my daughter are both throwing up and our eyes are burning.",E,False,M,False),
("portal","Level 5 of the garage","A car just went through the barrier on the top level of the parking structure and is hanging over the edge with its front wheels in the air. The driver is still inside and afraid to move.",E,False,M,False),
("email","Package room hours","What are the package room hours over the holidays? Also, the big Christmas tree in the lobby is on fire, the lights must have shorted, and the flames are already at the ceiling. I'm pulling the alarm now.",E,False,M,False),
("email","Roofers","The roofers' tar kettle on the roof of building B has caught fire. Flames are coming up off the pot and licking the parapet and black smoke is blowing into the top-floor windows.",E,False,M,False),
("pre","Phone message - Kowalczyk",pre("Jan Kowalczyk","253-555-0111","SafeKeep Storage, 400 Harbor Rd","The forklift in the loading bay tipped over onto its side and the driver's leg is pinned under the frame. He's pale and bleeding. Call back please."),E,False,M,True),
("email","Garage bay 12","My neighbour was under his car changing the oil and the jack slipped. The car is down on his chest and he can barely breathe. Two of us are trying to lift it.",E,False,M,False),
# --- urgent ---
("email","Tower A entrance","The revolving door at tower A is jammed and the card reader on the side door is dead, so nobody can get into the building except through the garage. My mother uses a walker and can't manage the ramp.",U,False,A,False),
("email","Sprinkler riser","The fire department shut off the sprinkler riser the van hit on P2. The water is mopped up, but the garage has no sprinklers now. Can the fire-protection company come today?",U,True,M,False),
("portal","Trash chute","The compactor is jammed and the trash chute is backed up to the third floor. Bags are piling in the chute room and the smell is getting into the hallway.",U,False,M,False),
("pre","Phone message - Nakamura",pre("Yuki Nakamura","425-555-0175","SafeKeep Storage, 400 Harbor Rd","The freight lift is out of order and her movers are at the door to empty unit 412 on the third floor by noon. Please call her back."),U,False,MV,True),
("email","Barrier on level 5","The barrier the car went through on level 5 is still missing. There's just a gap and a five-storey drop, nothing blocking it off. Please get something across it today.",U,False,M,False),
("email","Roof terrace door","After the pool burst on the roof terrace our bedroom carpet is soaked and the baseboard is swelling. No more water is coming in, but we need someone to dry it out today.",U,True,M,False),
("frontdesk","Front desk note - gate remote","Front desk: resident of 12F says his gate remote died and he's been stuck outside the garage for half an hour with a car full of frozen food.",U,False,A,False),
# --- normal ---
("email","Birthday party","Can we rent a bounce house for my son's birthday and set it up on the lawn by the clubhouse? About fifteen kids.",N,False,AM,False),
("email","Donation bin","Is the clothing donation bin by the east gate run by the HOA or by a charity? I'd like to know where the clothes end up.",N,False,G,False),
("email","Termite treatment","When is the building's termite treatment this year? I'll need to arrange to be away with my parrot.",N,False,M,False),
("email","Balcony tree","May we keep a real Christmas tree on our balcony, or are only artificial trees allowed?",N,False,G,False),
("email","Open trench","The utility crew left their trench along Elm Walk open overnight with only a strip of tape round it. Can they put a proper barrier up before someone walks into it?",N,False,M,False),
("email","Tar smell","The smell of the roofers' tar comes in through our windows every afternoon. How many more weeks will this go on?",N,False,C,False),
("email","Vibration","The excavator next door shakes our building all day long. Two pictures have fallen off the wall. Can the HOA speak to the builder about the hours?",N,False,C,False),
("email","Car on jacks","For a week now 14C's sedan has been sitting on jack stands in a visitor space with its wheels off while he works on it. Aren't repairs in the guest spots against the rules?",N,False,V,False),
("email","Revolving door speed","The revolving door spins too fast and nearly clipped my mum's heels today. Could it be slowed down a little?",N,False,M,False),
("email","Compactor room","If someone got shut in the compactor room, is there a release handle on the inside of that door?",N,False,G,False),
("email","Key deposit","You charged my key deposit twice on the March statement. Please call me so we can sort out the refund.",N,False,B,True),
("email","Dry ice box","A box packed with dry ice was left at my door two days ago with someone else's name on it. Who should I give it to?",N,False,P,False),
("portal","Garage camera","The camera on level 5 of the garage got knocked sideways and now points at the wall.",N,False,S,False),
("email","Storm door","Our storm door is falling apart. Would a full-view glass one in the same bronze colour get approved, and is there a form for it?",N,False,AR,False),
("pre","Phone message - Ferreira",pre("Lucia Ferreira","503-555-0194","Orchard Park Townhomes","She wants to know whether the HOA insurance covers her car if something falls on it in the garage. Please call her back."),N,False,G,True),
# --- low ---
("email","The lobby tree","Thank you for moving the lobby Christmas tree away from the fireplace. It looks lovely where it is now.",L,False,G,False),
("email","WO 9120","WO 9120: sprinkler riser on P2 replaced and tested, garage system back in service, standing water cleared. Closed.",L,True,W,False),
("email","Automatic reply: Roof terrace","Out of office: I'm in Denver at a trade show through the 14th and checking mail once a day. Leasing questions go to Priya at the main office.",L,False,NH,False),
("email","Feeling trapped?","Feeling trapped by your mortgage? Our advisers can cut your payment in a single call. Reply STOP to opt out.",L,False,NH,False),
("email","Winter newsletter","Winter newsletter: the tree lighting in the lobby, a bounce house at the winter fair, and trench work on Elm Walk in January.",L,False,NH,False),
("email","Re: Revolving door","Great, thanks a lot.\n\n> On Fri, the office wrote:\n> The revolving door at tower A has been repaired and the emergency stop now works.",L,False,G,False),
("email","Donation bin","Thanks to the staff who got the little girl out of the donation bin yesterday. She's fine, just a few scrapes.",L,False,G,False),
("email","Brother's truck","Just so you know, my brother will park his pickup in my spot while I'm away this week. No need to do anything.",L,False,G,False),
]
