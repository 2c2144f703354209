# ruff: noqa: E501
# fmt: off
# Thirty-ninth blind held-out set, English half (written in round 39 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("pre","Phone message - Whitcombe",pre("Dana Whitcombe","503-555-0127","14 Larch Lane (rental)","The pellet stove's hopper is on fire, flames coming up out of the lid and the wall behind it is scorched black. Her kids are outside on the lawn. Please call her back right now."),E,False,M,True),
("email","Marina walkway","The aluminum gangway down to the floating docks just tore loose from its hinge and dropped into the lake. A woman was halfway down it and she's in the water underneath, holding on to the float, and she can't pull herself up. Her lips are going blue.",E,False,M,False),
("email","Unit 77 - my father","The steel shelving my father bolted to the wall of our storage unit 77 came down on him when he pulled a box off the top shelf. He's lying on the concrete under the whole frame, he can't get his legs out and he's groaning.",E,False,M,False),
("email","Utility closet","The relief valve on the tankless water heater in our utility closet just blew and it's shooting scalding water against the door. It's already out into the hallway carpet and steaming, and I can't reach the shut-off without getting burned.",E,True,M,False),
("email","Lot 12 pool","The pool company draining the pool at lot 12 aimed their discharge hose down the slope toward our house. Water is pouring in under our walkout patio door and spreading across the whole finished basement, it's already around the furnace.",E,True,M,False),
("frontdesk","Front desk note - storage building D","Front desk: a hoverboard someone left charging in unit D-19 burst into flames. Smoke is pouring out of the door gap and the sprinkler hasn't gone off. The tenant next door is trying to get his van out of the aisle.",E,False,M,False),
("email","Dues increase","Why is the reserve contribution going up again this year? Sorry, never mind that right now: the new pizza oven next door has set their cedar siding alight and the flames are climbing toward our shared eave.",E,False,M,False),
("email","Block party","One of the tiki torches along the common path got knocked into the bark mulch at the block party. The mulch and the dry hedge are burning and it's spreading toward the fences behind lots 3 and 4.",E,False,M,False),
("portal","Under the kitchen sink","The housing on the reverse osmosis filter under my sink cracked apart. Water is gushing out of the cabinet across the kitchen floor and the neighbor downstairs says it's running down her wall.",E,True,M,False),
("pre","Phone message - Pryor",pre("Lonnie Pryor","406-555-0183","9 Sawmill Road (rental)","The heat tape on the pipes in the crawl space is smoking and there's a burning smell coming up through the floor vents. He can see an orange glow through the crawl space hatch. Call back immediately."),E,False,M,True),
("email","Community garden","The glass roof of the garden club's greenhouse caved in under the wet snow. Mrs. Abbott was inside watering and she's on the ground under the broken panes and the frame, cut and not answering us.",E,False,M,False),
("email","Paddle boats","A paddle boat flipped over near the HOA beach and a little boy is trapped underneath it. His dad is trying to lift it but keeps slipping. Send help.",E,False,M,False),
("email","Someone at my door","Someone is crouched at my front door right now with a long wire pushed through the mail slot, hooking for the lever on the inside to open it. I'm home alone upstairs and I'm watching on the doorbell camera.",E,False,S,False),
("frontdesk","Front desk note - maintenance barn","Front desk: two men with a trailer are driving the association's riding mowers out of the maintenance barn right now. The padlock is lying cut on the ground. Nobody from grounds is working today.",E,False,S,False),
("email","Bathroom in 8D","The electric bidet seat is sparking where the cord goes into it and the plastic is melting. Our bathroom is full of grey smoke that smells like burning wires.",E,False,M,False),
("email","Steam shower","The line to the steam shower's generator burst behind the tiled bench. Water is coming out of the grout and under the bathroom door, and the ceiling of the unit below has started to drip through the light fixture.",E,True,M,False),
("email","Parking gate","The parking gate arm came down on a motorcyclist's head as he rode under it and knocked him off. He's lying on the ramp, not moving, and there's blood coming from his ear.",E,False,M,False),
("email","Re: Lobby holiday display","Quick one: the menorah on the lobby display table tipped over and the tablecloth is on fire. It's spreading to the paper garland on the wall.\n\n> On Mon, the social committee wrote:\n> The holiday display goes up in the lobby this week, with the menorah and the tree.",E,False,M,False),
("email","Server closet","The mini-split in our small office closet is hissing refrigerant. Two of us were in there and we're both dizzy with headaches, and the IT guy is sitting on the floor feeling sick.",E,False,M,False),
("frontdesk","Front desk note - greenway bridge","Front desk: the little wooden footbridge over the creek on the greenway gave way under a jogger. She's down in the creek bed with her leg bent the wrong way and the broken beams on top of her.",E,False,M,False),
# --- urgent ---
("email","No hot water","Our tankless water heater is showing error code 11 and won't fire. There's no hot water at all and we've got a two-week-old baby to bathe. Can a plumber come today?",U,False,M,False),
("email","RO filter - shut off","Our drinking-water filter system (the RO tank and cartridges) seeped into the cabinet overnight. Turning its feed valve fixed the seeping, yet the particleboard base is sodden and lifting. Would today work for someone to look?",U,True,M,False),
("email","Steam shower - today please","The steam generator for the shower sits above the linen closet and it leaked there overnight. With the breaker off there's no more dripping, though a brown bulge has formed in the closet ceiling. Could someone check it today before it gives?",U,True,M,False),
("email","Toilet supply line","The braided hose feeding our one and only toilet split around midnight. The little valve behind it is closed and the floor is mopped, but we have no working toilet with three kids. Can a plumber replace it today?",U,True,M,False),
("email","Moving truck stuck","The gate arm at the storage facility exit is stuck down and my rental truck is inside. The truck is due back by 4 this afternoon. Can someone open it?",U,False,A,False),
("pre","Phone message - Kowalczyk",pre("Tomasz Kowalczyk","920-555-0139","Birch Meadow HOA, lot 21","A tow truck is hooking up his boat trailer in his own driveway right now. The board gave him until Friday to move it. He wants someone to call them off. Call him back."),U,False,A,True),
("email","Auction tomorrow","My space 214 shows up in the lien sale notice for tomorrow at 9. The late rent and fees went through on my card yesterday at 4:40, receipt attached. Please pull it from the sale today.",U,False,B,False),
("pre","Phone message - Baptiste",pre("Renee Baptiste","504-555-0161","Crescent Row Apartments","The parcel room code isn't working this evening. Her heart medication was delivered today and it's locked in there; she needs tonight's dose. Please call her back."),U,False,P,True),
("email","Service elevator","Our movers arrive in an hour and the service elevator is locked out with a key switch. Nobody at the desk has the key. Can someone come with it?",U,False,MV,False),
("email","AC out","Our AC quit this morning and it's going to hit 109. We're at work until 6 and the dog is home. Can someone come today?",U,False,M,False),
("email","Fire lane","Lot 26 has a concrete truck and a pump parked across the fire lane by the pool, unattended. They're pouring a patio nobody approved. Can someone deal with it today?",U,False,V,False),
# --- normal ---
("email","Water bill","My water bill for October is double September's. I've checked for leaks and found none. Can someone review the meter reading?",N,False,B,False),
("pre","Phone message - Haldor",pre("Erik Haldor","651-555-0104","Birch Meadow HOA, lot 48","He'd like to set up a payment plan for the last two quarters of dues. Please call him back."),N,False,B,True),
("portal","RO faucet","The little reverse osmosis faucet at my sink drips every few seconds after I close it. Not urgent.",N,True,M,False),
("email","Pizza oven","Planning a brick wood-fired pizza oven with a short chimney at the corner of our back patio. Is that something the design review committee signs off on first, and what drawings do they want?",N,False,AR,False),
("email","Greenhouse","We're thinking of a small glass greenhouse behind lot 31. How big can it be without committee approval?",N,False,AR,False),
("email","Tiki torches","Lot 9 keeps tiki torches burning all night in the common mulch beds. The rules ban open flames on common land.",N,False,V,False),
("email","Hoverboards in the hall","The kids in 3F race hoverboards up and down the hallway every evening, banging into doors until nine. Could someone speak to the family?",N,False,C,False),
("email","Pellet smoke","Every evening the pellet stove next door sends smoke straight into our bedroom window. It's been going on all winter.",N,False,C,False),
("email","Paddle boat life jackets","The life jackets at the paddle boat rack are torn and mildewed. Can the HOA buy new ones before summer?",N,False,AM,False),
("email","Splash pad","When does the splash pad come back on for the season? The kids are asking.",N,False,AM,False),
("frontdesk","Front desk note - bike rack","Front desk: the resident of 2C says her bike was taken from the rack behind building 2 some time on Tuesday night. She'd like to see the footage.",N,False,S,False),
("portal","Missing package","A package marked delivered on Thursday isn't in the parcel room. Can you check the log?",N,False,P,False),
("email","Second fob","Can I get a second fob for our nanny? She starts Monday.",N,False,A,False),
("email","Transfer to a two-bedroom","We'd like to transfer our lease to a two-bedroom when one opens up. How do we go about it?",N,False,MV,False),
("email","Toast","The smoke alarm went off last night because of burnt toast. It's fine now, but it goes off every time we cook. Could someone check whether it's too sensitive?",N,False,M,False),
("email","Damp wall in unit 142","After the storm the back wall of my storage unit 142 had a damp patch, and the bottoms of my boxes are damp. Could someone look at it?",N,True,M,False),
("email","Crawl space","Since the heavy rains there's standing water under the vapor barrier in the crawl space. Could someone pump it out?",N,True,M,False),
("email","WO 2285 - access","Crestline Restoration: WO 2285. We need access to 4B on Thursday to remove the drying fans after the ceiling leak. Please tell the owner.",N,True,W,False),
("email","WO 6610 - filter change","Clearwell Water: WO 6610. We'll be at unit 3 on Thursday between 10 and 12 to change the RO filters. Please let the tenant know.",N,False,W,False),
("email","Bulk trash","What day is bulk trash pickup this month?",N,False,G,False),
# --- low ---
("email","Ceiling fixed","Thank you for sorting out the steam shower leak. The ceiling below is patched and painted and looks like new.",L,True,G,False),
("email","WO 8803 complete","WO 8803: tankless water heater relief valve replaced, closet dried and carpet cleaned. Closed.",L,True,W,False),
("email","Birch Meadow winter newsletter","Winter newsletter: heat tape tips for exposed pipes, the holiday party schedule and the new snow removal contractor.",L,False,NH,False),
("email","Mold in your basement?","Mold in your basement? Book a free moisture inspection this week with DryWall Pros. Reply STOP to unsubscribe.",L,False,NH,False),
("email","Automatic reply: Maintenance","Automatic reply: the maintenance coordinator mailbox is not monitored over the long weekend. Messages will be read Tuesday; for a water or fire problem phone the after-hours line.",L,False,NH,False),
("email","Re: Fire alarm test","Got it, I'll keep the dog at my sister's that morning.\n\n> On Wed, the office wrote:\n> The fire alarms in building B will be tested Thursday from 9 to 11.",L,False,G,False),
("email","Halloween","Heads up: I'll be testing my fog machine for Halloween this weekend, so you may see smoke drifting from my patio. Nothing to worry about.",L,False,G,False),
("email","Claim closed","FYI, the insurance adjuster closed my claim for the pipe that burst in March. Nothing needed from the office.",L,True,G,False),
("email","WO 5512","WO 5512: greenhouse roof vents serviced and lubricated. Closed.",L,False,W,False),
]
