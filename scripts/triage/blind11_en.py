# ruff: noqa: E501
# fmt: off
# Eleventh blind held-out set, English half (written in round 11 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, said in plain words ---
("email","Kitchen ceiling sagging","Water from the unit above is coming through my kitchen ceiling, the drywall is bulging down and nobody answers upstairs. Harbor View 5C.",E,True,M,False),
("portal","Water heater split","The water heater in the hall closet split open at the bottom and water is spreading across the hallway toward the bedrooms.",E,True,M,False),
("pre","Phone message - Haddad",pre("Leila Haddad","312-555-0148","Willow Creek Rentals #22","Says there are flames inside the oven and the kitchen is filling with smoke. She is out on the balcony with her toddler. Asked us to call her back."),E,False,M,True),
("frontdesk","Guard desk note","Resident from 9C says the stairwell between floors 8 and 9 smells strongly of natural gas, it's getting stronger and she heard a hiss near the meter closet.",E,False,M,False),
("email","Son shut in the garage lift","My son just called me, he's shut inside the parking garage lift at level P2. It jolted and stopped and the doors stay closed.",E,False,M,False),
("email","Dryer cord glowing","The dryer power cord is glowing red at the plug, it's crackling and the wall plate has gone brown.",E,False,M,False),
("email","Man kicking in a door","A man is kicking at my neighbor's front door in 2B right now, she's away and the frame is splintering. I've called 911 too.",E,False,S,False),
("email","Concrete dropping in the deck","Chunks of concrete are dropping from the ceiling of parking level 1 onto the cars, one just missed a woman walking to the stairs.",E,False,M,False),
("email","Pine crushed my car","The wind knocked a pine over in the guest lot and it crushed the roof of my car, the trunk is across the exit lane.",E,False,M,False),
("portal","Furnace off, newborn","The furnace shut off overnight, it's below zero outside and we have a 3-week-old. The nursery is at 58.",E,False,M,False),
("email","Sewage in the basement","The floor drain in our basement is backing up with raw sewage, the smell is awful and it's creeping toward the furnace.",E,True,M,False),
("email","StoreSafe unit 210","I'm at StoreSafe unit 210 and water is coming through the ceiling panels onto my boxes. The floor is wet and it hasn't let up.",E,True,M,False),
("email","Yard line burst","The water line under our front lawn burst, water is shooting up out of the grass, the sidewalk is flooded and it's running into the garage. Lot 8, Aspen Ridge HOA.",E,True,M,False),
("email","CO alarm, kids sick","Our carbon monoxide alarm started screaming at 6 and both kids woke up with headaches and are throwing up.",E,False,M,False),
# --- urgent ---
("email","Keys inside","I locked my keys inside unit 14 and I have to leave for work in an hour. Can someone come open the door?",U,False,A,False),
("email","Garage door off its track","The parking garage door came off its track and is jammed shut, none of us can drive out and I have a flight in two hours.",U,False,A,False),
("email","AC dead, 104 today","Our air conditioning stopped this morning and it's supposed to hit 104 today. It's already 88 inside.",U,False,M,False),
("email","Pilot won't stay lit","No hot water at all since last night, the water heater pilot won't stay lit.",U,False,M,False),
("pre","Phone message - Novak",pre("Petra Novak","503-555-0113","Cedar Hills Rentals, Bldg 2 #6","The bathroom ceiling stopped dripping once the neighbor upstairs shut her valve, but the ceiling feels soft. Wants someone to inspect it today."),U,True,M,False),
("email","Lien sale tomorrow","My unit 3-117 is on the lien sale list for tomorrow morning, but I mailed the payment last week. Please stop it.",U,False,B,False),
# --- normal, some alarming-sounding ---
("email","Tennis court lights","The lights at the tennis courts have been out for a week, too dark to play after 7.",N,False,M,False),
("email","Sauna open yet?","Is the sauna back open yet? I'm dying for a steam after my runs.",N,False,AM,False),
("email","Ring on the closet ceiling","There's a brown ring on my closet ceiling from the leak upstairs in August. It's dry and has been fine since. Can it be painted?",N,True,M,False),
("email","End of life on the CO detector","The CO detector in the kids' room shows 'End of life' on its screen. How do I get a new one?",N,False,M,False),
("email","Hairline crack","There's a thin crack above my bedroom door, it hasn't changed in months. Should I be worried?",N,False,M,False),
("email","Sewer charge","The sewer charge on my utility statement is double what my neighbor pays for the same floor plan. Is that right?",N,False,B,False),
("email","Extinguisher tag","The extinguisher on the 2nd floor landing has an inspection tag from 2023. Is it still good?",N,False,M,False),
("email","Stove keeps clicking","A burner on my gas stove keeps clicking even with the knob off. No gas smell at all.",N,False,M,False),
("email","Incense through the vents","Someone downstairs burns incense all day and it comes up through our vents. My wife has asthma.",N,False,C,False),
("email","Dog off leash","The couple in 12 let their dog run loose on the common lawn every morning, and the HOA rules say leashes at all times.",N,False,V,False),
("email","Listed by the night","My neighbor's house is on a vacation rental site by the night, there are different cars in the driveway every two days.",N,False,V,False),
("email","Pergola","We'd like to build a cedar pergola over the back patio, about 10 by 12 feet. What do we send the board?",N,False,AR,False),
("email","Locker code invalid","The parcel locker texted me a pickup code yesterday but when I type it in, it says invalid.",N,False,P,False),
("email","Loading dock","We move in on the 15th. How do I reserve the loading dock and the elevator pads?",N,False,MV,False),
("email","Rooftop grill deck","Is the rooftop grill deck free to reserve for a small dinner on Sunday evening?",N,False,AM,False),
("email","Admin fee?","My statement shows a $35 'admin fee' I've never seen before. What is it for?",N,False,B,False),
("email","Car with no plates","A car with no plates has been parked by the dumpsters three nights running with someone sitting in it. Can security take a look?",N,False,S,False),
("portal","Disposal hums","The garbage disposal hums but doesn't spin.",N,False,M,False),
("email","Gutter cleaning","Vendor: gutter cleaning for the townhomes is set for Tuesday 8-12; please ask owners to leave the side gates unlocked.",N,False,W,False),
("email","Slab leak found","Plumber: we found the slab leak under unit 6 and need the owner to let us into the garage Friday; please arrange access.",N,True,W,False),
("email","Deposit question ignored","I've asked three times about my deposit refund and nobody writes back. This is really frustrating.",N,False,C,False),
("email","Contractor van","My contractor's van needs to park here for three days next week. Where can he leave it?",N,False,A,False),
("pre","Phone message - Brooks",pre("Dana Brooks","720-555-0166","Redstone Self Storage, unit 5-020","Asks why her storage rent went up $15 this month. Please call her back."),N,False,B,True),
("frontdesk","Walk-in: lost fob","Resident from 4D lost her fob at the gym, needs a new one and the old one turned off.",N,False,A,False),
# --- low ---
("email","Thank you Maria","Maria at the front desk was wonderful when my pipe leaked last week. Thank you!",L,True,G,False),
("email","Harbor View Monthly","Harbor View Monthly: spring cleanup, new recycling rules and board meeting dates. Unsubscribe here.",L,False,NH,False),
("email","Auto-reply","Auto-reply: travelling with no internet until the 9th. For the pool contract please write to my office.",L,False,NH,False),
("email","WO 8821 closed","WO 8821 closed: replaced the torn window screen in unit 7A. Nothing further needed.",L,False,W,False),
]
