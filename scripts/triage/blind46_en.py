# ruff: noqa: E501
# fmt: off
# Forty-sixth blind held-out set, English half (written in session 26 as the second honest set beside blind45; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("pre","Phone message - Lindgren",pre("Marit Lindgren","612-555-0184","Cedar Bluff HOA, lot 17","Taken down by Jorge at reception: the steel storage rack bolted to the ceiling of her garage tore loose while her husband was under it getting the cooler down. The rack and all the bins are on top of him, he's talking but says his chest hurts when he breathes. Please call her right back."),E,False,M,True),
("email","Roofers on building 3","One of the roofers on building 3 fired his nail gun through the edge of the roof sheathing and the nail went into the leg of the man walking his dog below. There's a nail sticking out of his thigh and he's bleeding through his jeans. The crew is still up there.",E,False,M,False),
("email","Re: Pest control visit","I don't want to overreact, but our two-year-old was by the green box next to the tot lot and had blue pellets in his mouth when I picked him up. He's thrown up twice and is getting very sleepy.\n\n> On Thu, the office wrote:\n> The pest control company will place bait stations around the playground and dumpster areas on Friday.",E,False,M,False),
("email","Someone shooting arrows","The man at 412 Heron Way is shooting a crossbow from his back deck at a target on the common green. One bolt just went past the target and stuck in the slide where three kids were playing. He's still loading it.",E,False,S,False),
("email","Hobby garage","In the residents' hobby garage a car slid off the two-post lift while its owner was underneath changing the oil. The back end is down on his legs. We jacked it a little but can't get him out.",E,False,M,False),
("email","Horse loose on the trail","One of the horses from the community stable got out and kicked a boy on the bridle path. He's lying in the dirt holding his stomach and the horse is running loose toward the main road.",E,False,S,False),
("frontdesk","Front desk note - garage roof","Front desk: teenagers on the top level of the parking garage are shooting BB guns at people crossing the lot. A woman was just hit near the eye and is bleeding; they're still up there shooting.",E,False,S,False),
("email","Drone on my balcony","A drone crashed onto our wooden balcony about five minutes ago and its battery is burning. The deck boards are on fire now and the flames are reaching the patio chairs. I'm on the 2nd floor, unit 214.",E,False,M,False),
("email","Pool gate left open?","Not sure who handles this, maybe it can wait till Monday. The clubhouse pool was drained for resurfacing and an older man walked through the open gate last night and fell into the deep end. He's lying at the bottom and hasn't moved much since we found him just now.",E,False,M,False),
("email","Summer concert","During the concert on the green the tall stack of speakers beside the stage toppled over onto the front row. A woman is under one of the cabinets and isn't answering, and the sound guy is still trying to unplug everything.",E,False,M,False),
("email","Garage level 2","The cleaning crew's ride-on floor scrubber rolled away on the ramp in the garage and pinned a woman against the wall by the stairwell. The driver jumped off and the machine is still pressing on her.",E,False,M,False),
("email","Clubhouse kitchen and the potluck","Do we need a permit for the potluck on Saturday? Also, a volunteer just cut her hand badly on the meat slicer in the clubhouse kitchen. It's deep, it won't stop bleeding and she's very pale.",E,False,M,False),
("portal","Waterslide","The top section of the pool waterslide just broke away from the tower while a boy was going down. He fell with it onto the concrete deck and his arm is bent the wrong way. The lifeguard is with him but the tower is leaning over the kids in line.",E,False,M,False),
("email","Hot tub cover","The hydraulic cover lifter on the clubhouse hot tub sprang back and the lid slammed down on a woman who was getting out. She's stuck between the lid and the edge with her head just above the water.",E,False,M,False),
("email","Pet wash room","The hose at the dog wash station in the pet spa room came off its fitting and is spraying everywhere. Water is running under the wall into the clubhouse network closet and onto the battery backup, which is beeping.",E,True,M,False),
("email","Patio misters","The misting line along the pool patio roof burst. It's spraying straight into the outdoor kitchen's outlets and the grill lights are flickering; one outlet just popped with a spark.",E,True,M,False),
("email","Heated driveway","Something under our heated driveway broke. Warm pinkish water is gushing out of the joint at the garage door, the garage floor is covered, and it's running toward the water heater and the outlets by the workbench.",E,True,M,False),
("pre","Phone message - Achterberg",pre("Joost Achterberg","480-555-0127","Sunridge Self Storage, building F","The eyewash station in the maintenance shop is stuck on full blast and nobody can shut it off. Water has run out under the shop door into the hallway and is going under the doors of units F-101 to F-104. Wants a call back now."),E,True,M,True),
("email","Restaurant downstairs","The lobster tank in the seafood restaurant under our apartment cracked open. Water flooded their dining room and is coming up through the floor drain of our basement storage room next to theirs. Their staff is mopping but it keeps rising around our boxes and the furnace.",E,True,M,False),
("email","Lobby plant wall","The living plant wall in the lobby has water spraying out from behind the panels, a line must have come loose. It's soaking the fire alarm panel next to it and the panel is showing a trouble light.",E,True,M,False),
# --- urgent ---
("email","Walker and the side gate","The code for the side gate was changed last night and nobody sent me the new one. With my walker I can't use the front steps, so I'm stuck in the car outside. Can someone give me the code today?",U,False,A,False),
("portal","Deposit withdrawn twice","Your portal took my security deposit twice yesterday and my account is overdrawn. My car payment comes out tomorrow morning. Please refund one of them today.",U,False,B,False),
("email","Truck arriving at 2","The moving truck will be here at 2 this afternoon and the loading dock still has the contractor's dumpster in it. Can it be moved before then?",U,False,MV,False),
("email","Oxygen supplies","The delivery company left my mother's oxygen tubing and cannulas in the parcel room, but my key card doesn't open it. She needs them by tonight.",U,False,P,False),
("email","Digging in the easement","The new owners at 19 Larch are digging a pool in the drainage easement behind our yards today. They've already cut through the berm. Can someone stop them before they pour anything?",U,False,V,False),
("email","Ceiling dripping after shower","The spot in our bathroom ceiling drips whenever the people upstairs shower. It stops when they're done. The ceiling paint is starting to bubble. Could a plumber come today?",U,True,M,False),
("email","Pinhole in the tank","The tank in our utility closet sprang a pinhole this morning. My husband closed the inlet valve and towelled the floor, so nothing's coming out now, but the baby's bath water is cold. Could a replacement be put in today?",U,True,M,False),
("email","Soggy carpet in unit 38","The carpet along the back wall of my storage unit 38 is soaked and the boxes there are damp, but I don't see any water coming in right now. I'm out of town tomorrow. Could someone check it today?",U,True,M,False),
("email","Clubhouse booking today","We reserved the clubhouse for a memorial gathering at 5 today, but another family says they booked it for the same time and our booking isn't on the calendar. Can someone sort this out before this afternoon?",U,False,AM,False),
("frontdesk","Front desk note - visitor lot","Front desk: a resident from 7C is at the window, upset. The towing company is winching her car onto a flatbed in the visitor lot, even with the visitor pass hanging from the mirror. She wants it stopped before they drive off.",U,False,A,False),
# --- normal ---
("email","Reserve fund line","Our HOA statement shows a new $40 'reserve contribution' on top of dues. Was this voted on? I don't remember a meeting about it.",N,False,B,False),
("pre","Phone message - Okoro",pre("Ada Okoro","614-555-0173","Elm Row Rentals, unit 6","Her lease says the rent is locked until July, but the portal now shows $35 more starting next month. She'd like someone to phone her after 4 to explain."),N,False,B,True),
("email","Extra garage remote","We have two drivers and only one garage remote. How much is a second one and where do I pick it up?",N,False,A,False),
("email","Loud treadmill above","The tenant above me runs on a treadmill at 5:30 every morning. The thumping wakes my kids. Could someone talk to him?",N,False,C,False),
("email","Blinking lights on the fence","Our neighbor strung blue blinking LED lights along the fence between our yards and leaves them flashing until 2 a.m., right under the kids' window. Could someone ask him to switch them off at night?",N,False,C,False),
("email","Horse trailer in the cul-de-sac","A horse trailer has been sitting in the cul-de-sac on Aspen Court since the 2nd, blocking the mail truck's turnaround. Aren't trailers supposed to be stored off-site?",N,False,V,False),
("email","Chickens next door","The house behind us is keeping chickens in their backyard. I didn't think livestock was allowed in our community.",N,False,V,False),
("email","Louvered roof","We want to put up a freestanding louvered roof over part of the backyard, with aluminum posts set in concrete. Does that count as a structure the committee has to approve?",N,False,AR,False),
("email","Replacing our windows","We're replacing our windows with black-framed ones. Do we need approval since the frames will be a different color?",N,False,AR,False),
("email","Pickleball hours","Can the pickleball courts open at 7 instead of 8 on weekdays? A lot of us play before work.",N,False,AM,False),
("email","Guest at the fitness room","My brother is visiting for two weeks. Can he use the fitness room with me if I sign him in?",N,False,AM,False),
("email","Parcel on top of the lockers","The carrier's photo shows my parcel sitting on top of the lockers instead of inside one, and now it's gone. Does the office have it, or can someone check the cameras?",N,False,P,False),
("email","Tide mark in the hallway","The plumber fixed 4B's shower pan back in April, but the tide mark it left across our hallway ceiling is still there. It's bone dry. Can it go on the painter's list for the summer?",N,True,M,False),
("email","Closing on a house","Our house purchase closes March 28, so we'll be out of the apartment by then. Is a letter enough for notice, and who sets up the walkthrough?",N,False,MV,False),
("email","Transfer to a bigger unit","Is there a 10x20 unit coming up soon? I'd like to move my things from my 10x10 into a bigger one.",N,False,MV,False),
("email","Dues by credit card","Can I pay the annual dues by credit card, and is there a fee for that?",N,False,B,False),
("email","Damp smell in closet","My hall closet smells musty and the bottom of the wall feels a little damp. Nothing is dripping. Could someone look at it next week?",N,True,M,False),
("email","Ticket 8120","Ticket 8120 says resolved, yet the bathroom tap still drips about once a second; the plumber only swapped the handle. Can he come back and change the cartridge this week?",N,True,W,False),
("frontdesk","Front desk note - new fob","Front desk: resident asks when the new key fobs for the gym will be handed out.",N,False,A,False),
("email","Fence paint vote","I heard the board voted on the fence paint color last month. Are the minutes posted anywhere so I can read what was decided?",N,False,G,False),
# --- low ---
("email","Cedar Bluff Bulletin #14","Cedar Bluff Bulletin, issue 14: the pond aerator is running again, meet the two new board members, and the chili cook-off winner shares her recipe.",L,False,NH,False),
("email","Auto-reply","Thanks for your email. Our accounts team reads messages Monday to Thursday; anything sent on a Friday is answered the following week.",L,False,NH,False),
("email","Please thank Tomasz","Please pass our thanks to Tomasz. Since he rebuilt the valve under the bathroom sink the cabinet has stayed bone dry.",L,True,G,False),
("email","Thank you!","Just wanted to say the new lights in the parking lot make a big difference. Thanks!",L,False,G,False),
("email","WO 8133 closed","WO 8133 closed: the tech traced the drip in 5B to the dishwasher's drain loop, tightened the clamp and wiped the cabinet dry. Nothing else for the resident to do.",L,True,W,False),
("email","WO 8140 scheduled","WO 8140: technicians will swap the furnace filters in every building 2 unit on March 3 between 9 and 3. Residents need not be home.",L,False,W,False),
("email","Cheap storage boxes","Limited offer: heavy-duty storage boxes 30% off this week only at BoxMart. Click to shop.",L,False,NH,False),
("portal","Received, thanks","Got the pool pass in the mail today. Thank you.",L,False,G,False),
("pre","Phone message - Ferris",pre("Dana Ferris","480-555-0199","Sunridge Self Storage, unit C-12","Just letting you know she's paid for the next three months at the counter. No call back needed."),L,False,B,False),
("email","Re: Lot sealing Thursday","Sounds good, we'll park on the street Thursday.",L,False,G,False),
]
