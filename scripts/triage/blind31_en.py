# ruff: noqa: E501
# fmt: off
# Thirty-first blind held-out set, English half (written in round 31 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Playground","The top bar of the climbing dome in the playground snapped and the whole frame is leaning over the sandbox. Kids are still playing under it.",E,False,M,False),
("pre","Phone message - Haddad",pre("Rana Haddad","720-555-0148","Cedar Hollow HOA","A girl's hair is caught in the suction drain of the clubhouse hot tub and the lifeguard can't pull her loose, even with the pump switched off. Call back now."),E,False,M,True),
("email","Courtyard power box","The big green power box in the courtyard is buzzing loudly, oil is running out from under it and a thin line of smoke is coming out of the seam.",E,False,M,False),
("email","Chimney","Flames are shooting out of the top of our chimney and it roars like a train inside the flue. We're all out on the lawn.",E,False,M,False),
("email","Put it out but","My husband put the grease fire out with the lid, but the cabinet above the stove is still smoking and too hot to touch.",E,False,M,False),
("email","Bedroom wall","It stopped raining an hour ago but water is still running down the inside of the bedroom wall under the window frame and soaking the carpet.",E,True,M,False),
("portal","Bike gate","The sliding gate at the bike entrance closed on a delivery rider and has him squeezed against the post. It won't reverse and he's struggling to breathe.",E,False,M,False),
("frontdesk","Front desk note - pool deck","Front desk: lightning split the big pine by the pool deck and half of it is lying on the cabana roof, which has caved in at one corner.",E,False,M,False),
("email","Landscapers","The landscapers' trencher cut into something by building E. There's a loud roaring hiss out of the ground and a strong smell of gas, and the crew ran off.",E,False,M,False),
("email","Lease renewal","Can I go month to month when my lease is up in April? Also, as I type this, dirty water is bubbling up out of the shower drain and the bathroom reeks of sewage. It's already over the lip of the tray.",E,True,M,False),
("email","Re: Annual inspection","Forget the inspection date for now, the ceiling in our hallway is bulging with water and it just started running out through the smoke detector.\n\n> On Mon, the office wrote:\n> Annual inspections are scheduled for the week of the 14th.",E,True,M,False),
("pre","Phone message - Pruitt",pre("Dale Pruitt","651-555-0133","Riverside Rentals","The outside stair landing at unit 5 has pulled away from the wall and drops an inch when you step on it. His elderly mother is upstairs and has no other way down. Call back."),E,False,M,True),
("email","Boiler room","The relief valve on the boiler in the basement is screaming and spraying scalding water and steam all over the room.",E,True,M,False),
("email","Bathroom fan","Every time we switch on the bathroom fan the lights dim, and tonight there was a pop, a blue flash at the switch plate, and now it smells like burning.",E,False,M,False),
("frontdesk","Front desk note - level B2","Front desk: a car is on fire on level B2 near space 114. Black smoke is coming up the ramp and the garage alarm is ringing.",E,False,M,False),
# --- urgent ---
("email","Front door","The contractor took our front door off its hinges to plane it and left for the day. The door is leaning in the hall and we can't close up the unit tonight.",U,False,A,False),
("email","Heated building","The heat in the climate-controlled building at the storage place has failed and my grandmother's piano is in unit 212. It's going down to 5 degrees tonight.",U,False,M,False),
("pre","Phone message - Castillo",pre("Ines Castillo","602-555-0119","Sunridge Self Storage","There's an overlock on unit 330 although she paid online last night. Her flea market stall opens at noon and all her stock is inside. Please call back."),U,False,A,True),
("email","Wheel clamp","Someone put a wheel clamp on my car in the residents' lot, and my permit is right on the dash. I have to pick up my kids from school at 3.",U,False,A,False),
("email","Patio door latch","The latch on our ground-floor sliding patio door broke off and the door won't lock at all. We fly out tonight for a week.",U,False,A,False),
("portal","Water still off","The water to building D was shut off at 8 this morning for the valve replacement and it still isn't back at 6 pm. We can't cook or flush.",U,False,M,False),
("frontdesk","Front desk note - 4F","Front desk: the fob of the resident of 4F stopped working and she is stuck down in the garage; the exit gate and the pedestrian door both need the fob.",U,False,A,False),
# --- normal ---
("email","Chimney sweep","After the small chimney fire we had last winter, could someone sweep and inspect the flue before we light it again this year?",N,False,M,False),
("email","Elevator hiccup","Nobody's stuck, but the elevator keeps pausing between the 3rd and 4th floors for a second before it moves on. Could it be looked at?",N,False,M,False),
("email","Rain barrel","May I put a rain barrel under the downspout next to my garage? It's a dark green 50-gallon one.",N,False,AR,False),
("email","Pool","The pool has been flooded with leaves and acorns since Sunday's wind and nobody has skimmed it.",N,False,AM,False),
("email","Insurance","My insurer wants the report from the water damage in my bathroom in March. Where can I get a copy?",N,True,G,False),
("email","Door handles","Someone has been trying the door handles of cars in the garage at night. My dashcam caught him at 2 am on Tuesday, hood up. Can security walk the garage?",N,False,S,False),
("email","Unit 118","The storage unit next to mine, 118, smells like something rotten and there are flies coming out of the gap under the door.",N,False,C,False),
("email","Late fee","I was charged a late fee this month, but I put a cashier's check in the night drop slot on the 1st.",N,False,B,False),
("email","Truck height","Our movers need to know the clearance of the garage entrance for their truck. We move in on the 3rd.",N,False,MV,False),
("portal","Frozen box","A box marked 'perishable, keep frozen' was signed for at the front desk for me. Could someone put it in a freezer until I'm home at 7?",N,False,P,False),
("email","Meeting point","If the fire alarm goes off at night, where is the meeting point for building B? My mother doesn't hear well.",N,False,G,False),
("email","Rooster","The rooster someone keeps behind building 6 crows from 4 am every single day. We can't sleep.",N,False,C,False),
("email","Water heater","Our water heater is 14 years old and there's rust around the bottom seam, though nothing is leaking. Should it be replaced before it fails?",N,False,M,False),
("pre","Phone message - Kim",pre("Grace Kim","971-555-0182","Lakeside Storage Center","Wants to know if she can pay the storage rent by bank transfer from abroad. Please call back."),N,False,B,True),
("email","Boat trailer","A boat trailer has been parked in the street in front of 22 for two weeks. The CC&Rs allow 72 hours.",N,False,V,False),
# --- low ---
("email","WO 6021","WO 6021: roofer found the source of the leak at the skylight flashing and put a tarp over it; he returns Friday with parts. Nothing needed from the office.",L,True,W,False),
("email","Public Works notice","Public Works notice: crews will smoke-test the sewer lines on Maple and Birch on Tuesday. Harmless white smoke may come out of roof vents and manholes. No action is needed.",L,False,NH,False),
("email","Out of office","I'm out of the office until Monday. For emergencies such as fire, flooding or a gas leak, call the 24-hour line at 555-0100.",L,False,NH,False),
("email","Sunday","Thank you to everyone who helped on Sunday when the gas smell turned out to be the neighbour's paint thinner. All fine now.",L,False,G,False),
("email","Leads","Flood your inbox with qualified leads! Our red-hot marketing list is on sale this week only.",L,False,NH,False),
("email","Re: Burst pipe in 3C","Got it, thanks for letting us know.\n\n> On Wed, the office wrote:\n> The burst pipe in 3C has been repaired and the water is back on in the B stack.",L,False,G,False),
("email","Dishwasher","FYI, the plumber comes on Thursday to hook up our new dishwasher, so his van may be in the visitor spot for an hour.",L,False,G,False),
("email","WO 6102 closed","WO 6102 closed: graffiti removed from the east fence and the boards repainted.",L,False,W,False),
]
