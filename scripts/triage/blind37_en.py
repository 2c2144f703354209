# ruff: noqa: E501
# fmt: off
# Thirty-seventh blind held-out set, English half (written in round 37 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("frontdesk","Front desk note - garage P2","Front desk: the garage attendant says two men are under the cars on level P2 right now with a battery saw, cutting the catalytic converters off. A third one is standing at the top of the ramp watching. They've done three cars already.",E,False,S,False),
("portal","Upstairs hall light","The recessed light in our upstairs hallway went out with a pop, and now smoke is curling out around its trim and there's a hot, burning smell coming down from the attic hatch. I think the insulation up there around the fixture is smoldering.",E,False,M,False),
("pre","Phone message - Brennan",pre("Siobhan Brennan","412-555-0174","212 Elm St (rental), rear building","The old iron fire escape on the back of the building has pulled away from the bricks at the third-floor landing. Her neighbor was out there watering his plants and is hanging onto the railing; it leans out further every minute. Call her back."),E,False,M,True),
("email","Cabin 5","In cabin 5 the top bunk just came down onto the bottom bunk with my younger son in it. He's pinned under the frame and the mattress and says he can't get his breath. We're trying to lift it off him.",E,False,M,False),
("email","Creekside Court","The beaver dam upstream on Mill Creek must have given way. The creek is over its banks and pouring into the lower townhouses on Creekside Court; it's knee-deep in number 3's living room and still coming up.",E,True,M,False),
("email","Clubhouse","There's someone inside the clubhouse right now, after hours. From our balcony we can see him smashing the vending machine with a metal bar, and now he's swinging it at the office door. The lights are off in there.",E,False,S,False),
("email","Wash bay","The pipe that feeds the RV wash bay at the storage lot has split at the wall. Water is shooting across the aisle into the indoor units, it's running under the doors of 101 to 105 and the outlet strip by 103 is sitting in it.",E,True,M,False),
("email","4th Street sidewalk","A window air conditioner just fell out of a fifth-floor window of our building onto the sidewalk and hit a delivery man. He's lying on the ground bleeding from the head and he's not really answering us.",E,False,M,False),
("email","Backyard at lot 31","The heat lamp in the Parkers' chicken coop at lot 31 fell into the straw and the whole coop is in flames. It's right against their wooden fence and the fire is running along the fence toward our garage.",E,False,M,False),
("email","Kitchen, unit 8","The range hood in my kitchen just ripped off the wall and fell onto the stove with the burner on. The wires are hanging out of the wall and sparking over the pan and I can't get to the knob.",E,False,M,False),
("email","Re: Fourth of July picnic","Thanks for organizing. But right now at the picnic somebody's fireworks rack tipped over and it's firing rockets sideways into the crowd. One went into the food tent and the tent is on fire.\n\n> On Mon, the social committee wrote:\n> Bring a dish to share! The picnic starts at 5 on the common.",E,False,M,False),
("email","Basketball court","The glass backboard at the community court shattered when a kid hung on the rim and the whole hoop came down on him. He's underneath it with glass all over him and there's a lot of blood.",E,False,M,False),
("email","Driveway, units 2 and 4","The landscapers' water truck parked up on the hill lost the fitting on its hose and the whole tank is emptying down the driveway. It's running in under the garage doors of units 2 and 4, an inch deep inside already and still coming.",E,True,M,False),
("email","Pet fee","Is the pet fee per stay or per night? And the outdoor shower at the beach house just burst when I turned it on: water is gushing up against the wall and running in under the back door into the bedroom. I can't find a shut-off.",E,True,M,False),
("pre","Phone message - Dube",pre("Thandi Dube","720-555-0129","Foothill Ridge HOA clubhouse","The auto-belay on the climbing wall in the clubhouse gym jammed and a twelve-year-old girl is hanging upside down near the top, about twenty feet up. Her harness is slipping and nobody can get her down. Call back now."),E,False,M,True),
("frontdesk","Front desk note - clubhouse entrance","Front desk: the big lighted wreath on the front of the clubhouse shorted out and caught fire. Burning pieces are dropping onto the wooden entrance canopy, which has started to smoke.",E,False,M,False),
("pre","Phone message - Okafor",pre("Chidi Okafor","503-555-0187","Riverbend Commons, library wing","The green roof over the library wing has flooded in the storm: its drains are full of soil. Water is pouring out of the light fixtures and the smoke detectors in the library and the ceiling is bulging. Please call."),E,True,M,True),
("email","Pool deck","The hammock stand on the pool deck tipped over and its steel bar came down across a toddler's chest. She's under it crying and the two of us can't lift it off her.",E,False,M,False),
("email","Soccer field","The metal bleachers by the soccer field just collapsed during the game with parents on them. People are trapped under the bench planks and one man is screaming that his leg is stuck.",E,False,M,False),
("email","Fitness center","The tanning bed in the fitness center is smoking. Two of the lamps popped and now there's smoke pouring out from under the lid and the whole room smells of burning plastic.",E,False,M,False),
# --- urgent ---
("email","Garage bollards","The rising bollards at the garage exit are stuck up and nobody can drive out. I have to get my wife to dialysis at noon. Can someone lower them today, this morning if possible?",U,False,A,False),
("email","Water heater closet","The water heater in our rental's hall closet leaked overnight. I shut the valve on top and it's stopped, but the floor is wet, the baseboard is swelling and we have no hot water. Could someone check it today?",U,True,M,False),
("email","Fire escape bolts","The bottom bolts of the fire escape at the back of our building have worked loose and the lowest ladder wobbles. Nobody is using it. The fire inspector comes tomorrow; could it be fixed today?",U,False,M,False),
("pre","Phone message - Ahmadi",pre("Reza Ahmadi","818-555-0151","Cypress Grove HOA clubhouse","The magnetic lock on the clubhouse back door has failed and the door won't lock tonight. All the party rental equipment is inside. He needs a locksmith out today. Please call back."),U,False,A,True),
("email","Pool water","The chlorine feeder on the community pool is off and the water has gone cloudy. The swim meet is tomorrow at 8 am; could the pool company come today?",U,False,AM,False),
("email","Insulin delivery","My refrigerated insulin shipment was signed for at the leasing office, and the office closes at 5 today. I'm stuck at work until 6. Could someone hold it in the fridge or let me in tonight?",U,False,P,False),
("email","Move-out inspection","Our move-out inspection is supposed to be today at 3 and nobody has confirmed it. Our flight is tonight and the keys have to be handed over first. Can you confirm today?",U,False,MV,False),
("email","Storage fence","We found the chain-link fence behind building C at the storage lot cut open this morning, a gap big enough to walk through. Nothing seems taken. Could it be closed off today?",U,False,S,False),
("frontdesk","Front desk note - bleachers","Front desk: two planks on the bleachers by the soccer field have snapped and one end is sagging. Nobody's on them; we've taped them off. The tournament is tomorrow at 8 am. Can someone look at them today?",U,False,M,False),
("email","Basement unit","The people in the basement unit say their sump pump stopped and there's an inch of water by the drain. They mopped it and it isn't coming back for now, but it's supposed to rain all night. Could a plumber come today?",U,True,M,False),
# --- normal ---
("email","Card fee","The payment portal added a 3% card fee to my dues this quarter. I thought card payments were free since January. Which is right? No need to call, email is fine.",N,False,B,False),
("email","Water damage charge","My rent statement has a $120 charge for 'water damage repair' after the leak from 3B's dishwasher in October. That came from upstairs, not from us. Please take it off.",N,True,B,False),
("portal","Garage remote","Could I get a second garage remote? Mine stopped working after I changed the battery, and my partner needs one too.",N,False,A,False),
("pre","Phone message - Lindgren",pre("Erik Lindgren","651-555-0193","NorthStar Self Storage","He's asking if the facility will let his brother into his unit on Saturday with a signed letter from him. Please call him back."),N,False,A,True),
("email","Bagpipes","The couple in 17 practise the bagpipes in their garage every evening from 7 to 9 with the door open. The whole cul-de-sac hears it.",N,False,C,False),
("email","My phone number","Someone at the office leaked my phone number to a realtor. I get calls every day now asking if I want to sell. Who gave it out?",N,False,C,False),
("email","Balcony hot tub","Unit 14 has put a full-size hot tub on their second-floor balcony. The rules say nothing heavier than patio furniture on balconies. Can the board look into it?",N,False,V,False),
("email","Chickens at lot 9","Lot 9 is keeping chickens in the backyard, which the CC&Rs don't allow, and now there's a rooster as well.",N,False,V,False),
("email","Free library box","We'd like to put a little free library box on a post next to our mailbox. Does the architectural committee need to approve that?",N,False,AR,False),
("email","EV charger","Architectural request: we'd like to mount a Level 2 EV charger on the outside wall of our garage, with the conduit painted to match the siding. Drawing attached.",N,False,AR,False),
("email","Catalytic converter","The catalytic converter was stolen off my car in the garage sometime last week; I only found out on Monday. Could I get the camera footage for my insurance claim?",N,False,S,False),
("email","Parcels while between places","I'm between apartments for a month. Can I have my parcels delivered to the storage office and pick them up with my unit key?",N,False,P,False),
("email","Moving in on the 20th","We're moving in on the 20th with a 26-foot truck. Will it clear the garage entrance, or should it park on the street for the day?",N,False,MV,False),
("email","Flood insurance","Do renters here need their own flood insurance, or does the building's master policy cover flooding?",N,False,G,False),
("portal","Sprayer hose","The pull-out sprayer hose under the kitchen sink weeps a little where it joins the faucet. A folded paper towel catches it. No rush.",N,True,M,False),
("email","Closet ceiling","The washing machine upstairs overflowed back in August. It's long dry, but there's a yellow ring on my closet ceiling. Could someone paint over it?",N,True,M,False),
("email","Re: Water shut-off Tuesday","Will the gym be open on Wednesday then?\n\n> On Thu, the office wrote:\n> Water will be shut off on Tuesday from 9 to 3 to repair the leaking riser in stack C.",N,False,AM,False),
("email","Bedroom AC","The window AC in the back bedroom rattles when it runs and the bracket under it looks rusty. It hasn't moved, but could someone check it?",N,False,M,False),
("email","WO 5512 - unit 7C","Acme Plumbing: WO 5512, leak under the kitchen sink in 7C. We need the tenant home Thursday between 9 and 12, or a key left at the office. Please confirm which.",N,True,W,False),
("email","Trees along the creek","Beavers have been chewing the trees along Mill Creek behind Creekside Court; two trunks are half gnawed through. Could the landscapers wrap the rest?",N,False,M,False),
# --- low ---
("email","Shower valve","Just wanted to say the man you sent found the drip behind the shower wall in ten minutes. Bone dry ever since, thank you.",L,True,G,False),
("email","WO 6107 complete","WO 6107: split supply pipe at the RV wash bay replaced, units 101-105 extracted and dried, outlet strip replaced. Closed.",L,True,W,False),
("email","Foothill Ridge spring newsletter","Spring newsletter: pickleball ladder sign-ups, how to protect your catalytic converter, pool opening day and the garage sale on May 9.",L,False,NH,False),
("email","Free roof check!","Hail in your area? Get a FREE roof inspection this week from StormPro Roofing. Reply STOP to opt out.",L,False,NH,False),
("email","Automatic reply: Unit 214","Automatic reply: Thank you for contacting Harbor Self Storage. The office is closed for the holiday on Monday; gate hours stay the same.",L,False,NH,False),
("email","Pickleball","Congratulations to our pickleball league on winning the county tournament!",L,False,G,False),
("email","WO 8830","WO 8830: bathroom exhaust fan replaced in unit 12. Closed.",L,False,W,False),
("frontdesk","Front desk note - night patrol","Front desk log: night patrol done at 2 and 4 am, all doors and gates checked, nothing to report.",L,False,G,False),
("email","Keys returned","Confirming we handed in all four keys and both fobs today and the move-out is done. Our forwarding address is 88 Birch Lane, Apt 2.",L,False,MV,False),
("email","Re: Water in the storage aisle","Thanks, you were right, it was the roof drain, and now it's fixed. Everything in our unit is dry.\n\n> On Wed, the office wrote:\n> We found the blocked roof drain above aisle D and cleared it.",L,True,G,False),
]
