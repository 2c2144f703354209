# ruff: noqa: E501
# fmt: off
# Twentieth blind held-out set, English half (written in round 20 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Autopay for dues","Is there a way to set HOA dues on autopay? Also, heads up, water is gushing out from under our dishwasher and it has already gone under the laminate in the dining area.",E,True,M,False),
("pre","Phone message - Okafor",pre("Ngozi Okafor","469-555-0182","Willow Park Apartments 7D","Her hallway smoke alarm is screaming and grey smoke is curling out from under the door of 7C next to her. Please call her back right away."),E,False,M,True),
("portal","Laundry room panel","The electrical panel in the shared laundry room is buzzing loud and one breaker has gone black, a thin line of smoke is coming off it.",E,False,M,False),
("frontdesk","Front desk note - east elevator","Front desk: two kids are shut in the east elevator, it jolted to a stop just above the lobby and the doors won't part. They're crying and pressing the bell.",E,False,M,False),
("email","Unit 2-230","Rain is running in under the roll-up door of my unit 2-230 and the cartons on the floor are soaked through. It's still coming in while I stand here.",E,True,M,False),
("email","CO alarm","The carbon monoxide alarm in the upstairs hall keeps sounding four beeps in a row and my son woke up with a pounding headache and is really drowsy.",E,False,M,False),
("email","Oak limb","During the storm a huge limb from the oak by the pool came down on my car in space 18 and caved in the windshield and roof.",E,False,M,False),
("email","Slider pried","Got home and the patio slider has been pried off its track. I can hear somebody walking around upstairs. I'm out on the sidewalk calling 911.",E,False,S,False),
("portal","Upstairs toilet","The upstairs toilet won't quit overflowing, it's spilling over the rim onto the tile and now dripping through the kitchen ceiling below.",E,True,M,False),
("email","Side of building C","Not sure who handles this but there's a heavy rotten egg smell next to the meters on the side of building C, right by where the school bus stops.",E,False,M,False),
("email","Heat off","Heat has been off since last night. It is 12 degrees outside and 51 in our living room, and my husband is 91 and on home oxygen.",E,False,M,False),
("email","Parking sticker","Got the new parking sticker, thank you. Also the garage ceiling over space 40 just dropped a slab of concrete, there's rusty rebar showing and little bits are still crumbling off.",E,False,M,False),
("pre","Phone message - Delgado",pre("Ramon Delgado","602-555-0119","Elm Court HOA","Says a power line came down across the sidewalk on Elm Court after the storm and it's throwing sparks on the wet pavement. Wants a call."),E,False,M,True),
("email","Retaining wall","The retaining wall behind building F is bulging out and a section just slid down onto the walkway. The fence on top is leaning over the parking lot.",E,False,M,False),
("email","Water heater closet","Our water heater closet: the valve on top is spraying and water is running out into the hallway. I can't find a shutoff anywhere.",E,True,M,False),
# --- urgent ---
("email","Locked out","Locked myself out and the kids get home from school at 3. Could maintenance let me in sometime today?",U,False,A,False),
("portal","Garage gate","The garage gate won't open for my remote or the keypad. I've been sitting in my car at the ramp for 20 minutes and can't get in.",U,False,A,False),
("email","Lobby door","The lock on our building's lobby door is broken, the door doesn't latch at all and anyone off the street can walk right in.",U,False,A,False),
("email","No hot water","Not a drop of hot water in our unit since this morning, kitchen or bath. Can someone come today?",U,False,M,False),
("email","Lien sale","My unit 4-118 is listed for the lien sale tomorrow morning, but I paid the balance in full at the office this afternoon. Receipt 55207. Please pull it.",U,False,B,False),
("email","Vanity","The drip under the bathroom vanity quit after I turned the angle stop off, but the particle board base is wet and puffing up. Could a tech swing by today?",U,True,M,False),
("email","Visitor row","They are towing from the visitor row as we speak and my sister's car, with a valid guest tag, is next on the hook!",U,False,A,False),
# --- normal ---
("email","Bathroom ceiling ring","There's a faint brown ring on the bathroom ceiling from when the tub upstairs overflowed last winter. Bone dry since. Can it be painted over?",N,True,M,False),
("email","Water bill","My water bill tripled from last month. Could the meter have been misread? I haven't changed anything.",N,False,B,False),
("email","Mailbox light","The flood light over the mailbox kiosk burned out, nobody can read the box numbers after dark.",N,False,M,False),
("email","Hot tub","Dying to find out when the hot tub is reopening after the new heater goes in.",N,False,AM,False),
("email","Shed at 22","The owners at 22 built a shed in their side yard with no approval. Isn't that against the CC&Rs?",N,False,V,False),
("email","Husky","The husky next door howls from 8 until noon whenever nobody is home, the whole row of townhomes can hear it.",N,False,C,False),
("email","Front windows","We are hoping to swap our beige front windows for black frames. Is there an approved colour list, and who signs off?",N,False,AR,False),
("email","Board minutes","Could you send me the minutes from last month's board meeting? I couldn't make it.",N,False,G,False),
("email","Kitchen faucet","Our single-handle kitchen faucet lets go of a drop every few seconds even shut off hard. No rush at all.",N,True,M,False),
("email","Charged twice","Can I get a copy of my ledger? I think March rent was taken out twice.",N,False,B,False),
("email","Moving out","Moving out on the 30th. When is the walk-through and where do I drop off the fobs?",N,False,MV,False),
("email","Parcel room","The carrier says my box was left in the parcel room but my code won't open the door.",N,False,P,False),
("email","Gate code","Could the pedestrian gate code be changed? Half the neighbourhood seems to know it.",N,False,A,False),
("email","Recycling room","Someone keeps propping the recycling room door and going through the bins at night. Could a camera go in there?",N,False,S,False),
("email","Fire pit","Whose job is it to refill the propane for the clubhouse fire pit? It has been sitting empty since Labor Day.",N,False,AM,False),
# --- low ---
("email","Thank you","Thank you to the crew who fixed the ceiling leak in 3B last week. Everything is dry and looks great.",L,True,G,False),
("email","Work order 5521","WO 5521: replaced the supply line to the toilet in unit 12, tested, no leaks. Closed.",L,True,W,False),
("email","Out of office","Auto-reply: thanks for your note. I'm on leave until the 20th; lease questions can go to the leasing inbox in the meantime.",L,False,NH,False),
("email","URGENT mailbox","URGENT: your mailbox storage is 99% full. Verify your account within 24 hours to avoid suspension.",L,False,NH,False),
("email","Away","Just so you know, I'll be travelling for two weeks starting Saturday. Nothing needed from you.",L,False,G,False),
("email","Work order 5530","WO 5530: annual fire extinguisher inspection done for building A, all tags updated.",L,False,W,False),
]
