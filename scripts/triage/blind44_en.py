# ruff: noqa: E501
# fmt: off
# Forty-fourth blind held-out set, English half (written at the end of session 25 as a second honest set beside blind43; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("pre","Phone message - Delacroix",pre("Renée Delacroix","504-555-0139","Magnolia Court HOA, lot 52","Relayed by Tamsin at the front window: her husband went into the clubhouse sauna an hour ago and the wooden door handle snapped off in his hand. He can't get out, he's knocking weakly and the heater won't switch off from outside. Call her back right away."),E,False,M,True),
("email","Treadmill","A toddler followed his mom into the fitness room and got his fingers pulled under the back roller of the treadmill. It's stopped now but his hand is still stuck in it and he is screaming.",E,False,M,False),
("email","Pool filter","The lid of the pool's sand filter blew off with a bang while the pool tech was opening the valve. The clamp ring hit him in the face and he's lying on the pump room floor, bleeding from his head and not really making sense.",E,False,M,False),
("frontdesk","Front desk note - party room","Front desk: the helium tank for the party balloons tipped over in the party room and the valve snapped off. It went shooting across the floor and hit a little girl in the legs; she is on the floor screaming and the tank is still hissing in the corner.",E,False,M,False),
("email","Old fridge by the bulky trash","The kids were playing hide and seek by the bulky trash pickup spot and my nephew climbed into an old fridge someone dumped there. The door shut on him and we can't get it open. We can hear him knocking.",E,False,M,False),
("email","Game room","Some boys were climbing on the pool table in the clubhouse game room and it tipped over. The slate top is lying across one boy's chest and he can barely breathe. It's too heavy for us.",E,False,M,False),
("email","Pool balance tank","The pool's balance tank in the clubhouse basement is overflowing. Water is pouring over its rim, it's ankle deep, and it is running under the door of the electrical room next to it where the panel is buzzing.",E,True,M,False),
("email","Mechanical room","A chilled water pipe in the clubhouse mechanical room split. Cold water is spraying all over the elevator controller cabinet and the elevator stopped with two people inside.",E,True,M,False),
("email","Carpet cleaners upstairs","The carpet cleaners working in unit 12 had their hot water hose burst. Hot soapy water is streaming down the stairs and under our door, and our electrical panel by the door is wet and clicking.",E,True,M,False),
("portal","Splash pad","The supply line under the splash pad burst. The concrete lifted, water is shooting out of the pump vault onto the control panel and there are still kids running around on the pad.",E,True,M,False),
("email","Re: Valve replacement on 3","They left an hour ago and the new valve just blew off the line. Water is pouring down the hall and into the elevator shaft; the elevator has stopped between floors with someone in it.\n\n> On Mon, the office wrote:\n> Plumbers will replace the 3rd floor shutoff valve on Tuesday between 10 and 2.",E,True,M,False),
("email","Man at the playground","There's a man who has been following the kids around the playground taking pictures, and just now he tried to get a little girl to come to his van to see puppies. He's still parked by the swings.",E,False,S,False),
("email","Late fee and the wardrobe","Can the late fee on my November rent be waived, I paid two days late because of the bank holiday. Also the mirrored wardrobe door just shattered onto my son and he has a deep cut on his arm that won't stop bleeding. Who do I call?",E,False,M,False),
("email","Folding wall","Not a huge deal probably, but the folding partition wall in the community room came off its track and fell over onto a woman setting up chairs. She's under it, awake, but says she can't feel her legs.",E,False,M,False),
("frontdesk","Front desk note - elevator 3","Front desk: a resident's dog leash got caught in the doors of elevator 3 as it closed and the car is going up with the dog still outside. She's holding the leash and screaming.",E,False,M,False),
("email","Ping pong table","A toddler was playing under the folding ping pong table in the rec room and it collapsed shut on him. He's pinned between the two halves and he's gone quiet.",E,False,M,False),
("pre","Phone message - Varga",pre("István Varga","330-555-0162","Stonegate Self Storage, unit 44","Taken by the office assistant: a customer's roll-up door slammed down while her little boy was inside unit 44 and it won't open again. It's 95 degrees in there and he's stopped answering her. Please call back immediately."),E,False,M,True),
("email","Smell from unit 9","Sorry to bother you on a Sunday. There's a sharp chlorine-like smell coming from the storage unit next to mine, the air is yellowish, and my eyes and throat are burning. Another customer is coughing hard by the gate.",E,False,M,False),
("email","Seesaw","The handle bolt on the seesaw at the tot lot sheared off and a girl flew off and hit her head on the frame. She's lying there and not answering her mom.",E,False,M,False),
("email","Wine cellar","The cooling line for the wine cellar in our rental's basement burst. Water is spraying out of the wall onto the breaker panel, there's a crackling sound and the basement lights are flickering.",E,True,M,False),
# --- urgent ---
("email","Gate fob dead","My gate fob quit this morning and the pedestrian gate is the only way to my unit with my walker. Can someone let me in or send a new fob today?",U,False,A,False),
("email","Double rent charge","The portal charged my December rent twice, $1,840 each, and my account is now overdrawn. Rent for my car is due tonight. Can you reverse one today?",U,False,B,False),
("email","Movers at noon","Our movers show up at noon and the freight elevator still isn't keyed for us even though I booked it last week. Can someone key it this morning?",U,False,MV,False),
("portal","Insulin delivery","The pharmacy says my insulin was left at the leasing office yesterday, but the office is closed today and I have one pen left. Can someone get it to me today?",U,False,P,False),
("email","Tree removal next door","The owner at lot 23 has a crew cutting down the two oaks in the common buffer behind our homes right now. They're HOA trees. Can you stop them before they finish?",U,False,V,False),
("email","Under the kitchen sink","The plumber capped the dishwasher line and it's dry now, but we have no dishwasher and the cabinet floor is swollen and soft. Can someone come today to replace the valve and look at the cabinet?",U,True,M,False),
("email","Dripping through the light","Water keeps dripping out of the hallway ceiling light every time the upstairs tenant showers. I've turned the breaker off for now. Can someone look today?",U,True,M,False),
("email","Laundry drain","The shared laundry room floor drain is backing up with gray water whenever a washer empties. It's an inch deep by the machines. Could it be cleared today?",U,True,M,False),
("email","Storage gate stuck open","The main gate at the storage facility has been stuck open since this morning and anyone can drive in. I have tools in my unit. Can it be fixed before tonight?",U,False,A,False),  # round 20: an entry that will not close is access (set after the first run)
("email","Party room tonight","We booked the party room for our daughter's rehearsal dinner tonight at 6 and it's still locked with the tables folded away. Who can open it this afternoon?",U,False,AM,False),
# --- normal ---
("email","Statement question","There's a line on this quarter's HOA statement, $75 labelled 'processing', sitting under my regular dues. Nobody told us about a new charge. What's it for, and will it repeat?",N,False,B,False),
("pre","Phone message - Harlow",pre("Bea Harlow","419-555-0107","Magnolia Court HOA, lot 8","She set up autopay but it took her dues twice in October. Wants a call back about a refund."),N,False,B,True),
("email","Spare mailbox key","I only got one mailbox key at move-in. How can I get a second one cut?",N,False,A,False),
("email","Barking all day","Since the couple in 2C went back to the office their beagle howls and yaps through the wall right up until they come home around 5. I'm on video calls all day and clients can hear it.",N,False,C,False),
("email","Smoke through the vents","Cigarette smoke comes into our bedroom through the bathroom vent every night around 11. Can the neighbor be reminded of the no-smoking lease?",N,False,C,False),
("email","Boat in the driveway","A fishing boat has been parked on the front lawn of lot 61, half on the sidewalk, since Labor Day. Isn't there a rule about watercraft being kept out of sight?",N,False,V,False),
("email","Short-term guests","Unit 4B looks like an Airbnb, with a lockbox on the railing and new faces every few days. Is that allowed under our rules?",N,False,V,False),
("email","Solar panels","Our installer quoted 14 roof panels facing the greenbelt plus a battery on the side of the garage. Does the design committee need drawings from him, and how long does approval take?",N,False,AR,False),
("email","Front door color","Can we paint our front door a dark teal? It's currently white. Is there an approved color list?",N,False,AR,False),
("email","Tennis court lights","The lights on tennis court 2 go off at 8 pm now. Could they run until 10 again like last summer?",N,False,AM,False),
("email","Pool pass for my mother","My mother is staying with us for the summer. Can she get a guest pool pass?",N,False,AM,False),
("email","Package to the wrong unit","A package with my name went to unit 312 instead of 213. They say they left it in the mailroom but it isn't there. Could you look?",N,False,P,False),
("frontdesk","Front desk note - big box","Front desk: a resident asks whether we can hold a large furniture delivery arriving next Wednesday while she's out of town.",N,False,P,False),
("email","Notice to vacate","We'd like to give our 60-day notice to move out at the end of February. What form do you need?",N,False,MV,False),
("email","Recycling pickup","With the new trash company starting this month, did the blue bin day move? Our street's bins sat out full all week.",N,False,G,False),
("email","Porch light timer","Can the light by the mailboxes be put on a timer? It's pitch dark when I get my mail after work.",N,False,S,False),
("email","WO 7388 follow-up","Work order 7388 for the bathroom fan was marked done, but the fan still rattles. Could the technician come back?",N,False,W,False),
("email","Stain under the window","After the last storm a brown water stain showed up under the living room window. It's dry now but I'd like someone to check the seal.",N,True,M,False),
("email","Toilet runs","Our upstairs toilet keeps running and refilling every twenty minutes or so.",N,False,M,False),  # round 14: a running toilet is no leak (set after the first run)
("portal","Shower grout","Water gets behind the cracked grout in our shower and the tiles by the floor feel loose. Nothing urgent.",N,True,M,False),
# --- low ---
("email","Magnolia Court January news","January news: the new landscaping contract, the annual meeting date and the dog park's winter hours.",L,False,NH,False),
("email","Your storage account","Stonegate Self Storage: the monthly charge for unit 44 went through on your card ending 2290. Your next billing date is January 1. Automated notice.",L,False,NH,False),
("email","Flash sale on moving boxes","This week only: 20% off moving boxes and tape at the storage office. Reply STOP to unsubscribe.",L,False,NH,False),
("email","Thank you, Luis","Luis did a great job on our garbage disposal yesterday. Please pass on our thanks.",L,False,G,False),
("email","Re: Leak fixed","All good, the ceiling's dry and the painter finished this morning. Thanks again.\n\n> The office wrote:\n> The plumber replaced the supply line above your bathroom; the painter comes Friday.",L,True,G,False),
("email","WO 7402 complete","WO 7402: supply valve under unit 6's kitchen sink replaced, no further leak, cabinet floor dried. Closed.",L,True,W,False),
("email","WO 7415 scheduled","WO 7415: gutter cleaning for building C is scheduled for Friday morning. No action needed.",L,False,W,False),
("email","Holiday cards","Thanks for the holiday card from the office, it was a nice touch.",L,False,G,False),
("pre","Phone message - Osei",pre("Kwame Osei","937-555-0118","Magnolia Court HOA, lot 30","Just wanted to say the new benches by the pond look great. No call back needed."),L,False,G,False),
("email","Re: Parking lot sealing","Fine by us, the kids can walk the extra block.\n\n> The office wrote:\n> The south lot is being resurfaced Monday and Tuesday; cars left in it will be towed.",L,False,G,False),
]
