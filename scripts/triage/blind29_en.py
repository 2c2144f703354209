# ruff: noqa: E501
# fmt: off
# Twenty-ninth blind held-out set, English half (written in round 29 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Bathroom wall","The hose on the washing machine upstairs popped off. Water is running down inside our bathroom wall and bubbling out under the baseboard. Nobody answers the door up there.",E,True,M,False),
("pre","Phone message - Lindqvist",pre("Erik Lindqvist","651-555-0138","Gateway Self Storage","A delivery van backed into the front of building A. The roll-up doors of 101 to 104 are caved in, the wall above them is cracking and dropping bricks, and people are standing right under it. Call him back."),E,False,M,True),
("email","Juniper Court","A power line came down across Juniper Court in the wind. One end is lying on a parked car and sparking, and kids from the bus stop are walking toward it.",E,False,M,False),
("portal","Exhaust fan smoking","Smoke is coming out of the bathroom exhaust fan grille, the fan has stopped and the room smells like burning wires.",E,False,M,False),
("email","Landscaping bid","Attached is the second quote for the front beds, about 12% below the first one. Sorry, one more thing: water just started pouring out of the light fixture in my hallway ceiling and the bulb went out.",E,True,M,False),
("frontdesk","Front desk note - window washers","Front desk: one cable of the window-washing platform snapped, the platform tipped and a worker is hanging from his harness outside the 14th floor.",E,False,M,False),
("email","Chimney","After this morning's earthquake the chimney on our townhouse is leaning away from the roof, and bricks keep dropping onto the driveway.",E,False,M,False),
("pre","Phone message - Osei",pre("Abena Osei","612-555-0173","Maple Court Rentals","Her mother in 2C is 79 and on home oxygen. The power is out in just that unit, the oxygen machine has stopped and the spare tank is almost empty. Please call her back."),E,False,M,True),
("email","Gas meter","The snowplow hit the gas meter outside building 6. The pipe is bent and there's a strong gas smell all along the walk.",E,False,M,False),
("email","Alarm again","Our carbon monoxide alarm went off, we opened the windows and it stopped, but ten minutes after closing them it's beeping again. My son has a headache and just threw up.",E,False,M,False),
("email","Willow by the pond","The big willow by the pond split in half in the storm. Half of it is leaning on the roof of the garage at number 8 and it's tearing the gutters off.",E,False,M,False),
("email","Doorbell app","I'm watching my doorbell app at work: two men are inside my apartment right now going through the drawers.",E,False,S,False),
("frontdesk","Front desk note - building D","Front desk: the ground-floor toilets in building D back up with sewage every time someone upstairs flushes, and it's spreading into the hallway carpet.",E,True,M,False),
("email","Still no heat","The heat's been out since Sunday. It's -15 outside and 51 in here, and my wife just came home from chemo and can't get warm.",E,False,M,False),
("pre","Phone message - Brandt",pre("Julia Brandt","414-555-0129","Harbor Point Condominiums","She's stuck in the garage elevator between P2 and P3 with her twin toddlers. The emergency button doesn't connect; she's calling from her cell. Call back."),E,False,M,True),
# --- urgent ---
("email","Flatbed","The tow driver already has my car up on his flatbed in the east lot and says he'll only drop it for $350 cash. I'm parked legally. Can someone come out?",U,False,A,False),
("portal","North lot gate","The exit gate arm at the north lot won't lift. Three other cars and I are stuck inside and I have to pick up my son at 3.",U,False,A,False),
("email","Water heater","The water heater dripped overnight. I shut the valve and it has stopped, but the drywall next to it is soaked through. Can someone check it today before it molds?",U,True,M,False),
("email","Unit C-40 door","The roll-up door on my unit C-40 jammed halfway and the latch won't catch, so I can't lock it. I leave town tonight with everything in there.",U,False,A,False),
("email","Only toilet","Our only toilet is clogged and won't flush; the plunger didn't help. There are two kids in the house.",U,False,M,False),
("pre","Phone message - Tran",pre("Linh Tran","480-555-0185","Desert Palms Apartments","Her AC quit this morning, it's 104 out and already 90 inside. She wants a tech today; please call back."),U,False,M,True),
("email","Lost fob","I lost my key fob and the building locks at 8 tonight. I have no other way in.",U,False,A,False),
# --- normal ---
("email","Library room","Burning question from our book club: can we reserve the clubhouse library on Tuesday evenings?",N,False,AM,False),
("email","After the fire","After last week's fire in building C, are the C residents allowed back in yet? My insurer wants a copy of the fire report; who do I ask?",N,False,G,False),
("portal","Wet windows","Every morning the inside of our bedroom windows is dripping with condensation and black spots are starting on the sills. Could someone check the bathroom fan?",N,True,M,False),
("email","Exhaust fan","The bathroom exhaust fan rattles like a helicopter whenever it's on. Can it be replaced?",N,False,M,False),
("email","Chickens","The tenants at 31 now keep chickens in the backyard. I thought the rules don't allow poultry?",N,False,V,False),
("email","Porch conversion","We want to turn our screened porch into a four-season room with windows. Does that need board approval, and how long does the review take?",N,False,AR,False),
("email","Double charge","The storage facility charged my card twice for December, $89 each time.",N,False,B,False),
("email","Barbecue smoke","Every evening the barbecue smoke from the ground-floor patio fills our whole stairwell. It's been going on all summer.",N,False,C,False),
("portal","Wrong door","The courier's 'delivered' photo shows a door that isn't mine. Could someone look in the mail room for it?",N,False,P,False),
("email","WO 8831","WO 8831: plumber replaced the wax ring under the toilet in 6F that was seeping into the ceiling below. The ceiling in 5F needs paint once it's dry; schedule for next week.",N,True,W,False),
("email","Lease to our son","We move out when the lease ends in June. Can our adult son take over the lease and stay on in the unit?",N,False,MV,False),
("email","Meter man","A man has been going door to door saying he's from the gas company and asking to come in and check the meters. Is that legitimate?",N,False,S,False),
("pre","Phone message - Walsh",pre("Deirdre Walsh","216-555-0147","Lakeshore Rentals","Moved out five weeks ago and her security deposit still hasn't arrived. Asks for a call back."),N,False,B,True),
("email","Pool grill","The gas grill by the pool is out of propane again. Can someone swap the tank before Saturday?",N,False,AM,False),
("email","Dryer","Our dryer needs three cycles to dry a load. Could the vent be clogged?",N,False,M,False),
# --- low ---
("email","Inspection","Just so you know, all our smoke alarms passed when the inspector came by today. Thanks for arranging it.",L,False,G,False),
("email","Your e-statement","Your e-statement for the account ending 4471 is now available in online banking. Please do not reply to this message.",L,False,NH,False),
("email","Willow Creek News","Willow Creek HOA News: sidewalks get pressure-washed Monday; on freezing nights, leave the sink cabinet doors open; the community yard sale is June 3.",L,False,NH,False),
("email","Thanks","Thank you for getting the cleanup crew out on Saturday after the sewer backed up. The basement smells normal again.",L,True,G,False),
("email","Automatic reply","Thank you for contacting Brightline Plumbing. Our office hours are 8 to 5, Monday to Friday. For after-hours service, dial our 24-hour emergency line.",L,False,NH,False),
("email","WO 9021 closed","WO 9021 closed: gutters at building A cleaned, downspouts running freely.",L,False,W,False),
("email","Re: Rescue drill","Got it, thanks.\n\n> On Mon, the office wrote:\n> The elevator company runs a rescue drill on Wednesday; a car may stop between floors for 15 minutes.",L,False,G,False),
("email","URGENT: domain expires today","URGENT: your domain listing expires today. Renew now to avoid losing your website and email.",L,False,NH,False),
]
