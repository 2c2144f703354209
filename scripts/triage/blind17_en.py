# ruff: noqa: E501
# fmt: off
# Seventeenth blind held-out set, English half (written in round 17 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","HOA dues autopay + one more thing","Can you switch my dues to autopay from the first of the month? Unrelated, but the outlet behind our fridge just popped and there are little black scorch marks climbing the wall, and it still smells hot. I flipped nothing yet.",E,False,M,False),
("pre","Phone message - Delgado",pre("Rosa Delgado","512-555-0177","Cedar Row Rentals 3B","Water is pouring out of the hallway smoke detector and the ceiling above it is bowing. Her upstairs neighbour isn't home. Please call her back now."),E,True,M,True),
("portal","Storage unit 14","My dad went into his unit in row D about forty minutes ago and the roll-up door came down behind him. He's banging but it won't lift from the inside. He's 81.",E,False,S,False),
("email","Sidewalk by building 6","Didn't want to make a fuss, but an older lady slipped on the ice outside building 6 and she can't get up, her hip looks wrong. A neighbour is sitting with her.",E,False,S,False),
("frontdesk","Front desk note - garage","Front desk: resident says the car in space 112 on P2 has smoke coming from under the hood and it's getting thicker. No driver around.",E,False,S,False),
("email","basement","So the grate in our laundry room floor is burbling up brown muck, about an inch over the tile already and spreading toward the furnace. Smells like a porta-potty.",E,True,M,False),
("email","Kinda weird","Probably nothing, but the carbon monoxide alarm in the hallway keeps chirping in long beeps and my husband threw up twice this morning. Windows are open now.",E,False,M,False),
("portal","Balcony above","The glass panel on the balcony above ours (unit 804) is cracked right through and swaying in this wind. It's over the pool deck where the kids swim.",E,False,M,False),
("email","stairwell door","Someone propped open the stairwell door on 3 with a fire extinguisher and now I hear a guy yelling and kicking doors in the corridor, he tried my handle. I'm in the bathroom with my phone.",E,False,S,False),
("email","pipe in the garage ceiling","A pipe along the garage ceiling on level 1 burst, it's gushing right onto the electrical panel by the stairs.",E,True,M,False),
("pre","Phone message - Huang",pre("Kevin Huang","206-555-0131","Lakeside Commons 212","His toddler got her hand caught in the lobby's automatic door and it won't release. Fire department called. Asks someone from the office come down."),E,False,M,False),
("email","no heat","Heat's been off since yesterday, it's 44 in here. My mother is 90 and on dialysis. Just letting you know.",E,False,M,False),
("email","Laundry room ceiling light","Just a heads up, water is running down out of the light fixture in the 2nd floor laundry room and the light is flickering. I didn't touch anything.",E,True,M,False),
# --- urgent ---
("email","Locked out","Locked myself out, my baby's asleep in the crib inside. Can someone bring the master key asap?",U,False,A,False),
("email","Dishwasher","Dishwasher leaked a puddle overnight, I mopped it and turned it off at the valve under the sink. Can someone look today? It's dry now.",U,True,M,False),
("email","Front gate","The resident-only barrier arm at the Oak St entrance is frozen in the up position since lunch; delivery vans and randoms are cutting through.",U,False,S,False),
("email","Fridge","Fridge died overnight, everything's warm. Need someone today if possible.",U,False,M,False),
("pre","Phone message - Park",pre("Sun Park","720-555-0112","Pine Hollow Self Storage","Keypad at the gate won't take her code and her movers are waiting on the clock. Call back."),U,False,A,True),
("email","Only toilet","Handle on our only commode snapped off inside the tank this morning, so there's no way to flush. Bowl's normal, floor's dry.",U,False,M,False),
("email","AC out","AC quit, it's 97 out and 88 upstairs. Nobody's sick, just miserable.",U,False,M,False),
# --- normal, leak vs not leak ---
("email","Water stain","Since the roof repair in March the yellow ring above our tub hasn't grown and it's bone dry. Could a painter cover it whenever convenient?",N,True,M,False),
("email","Water bill","Why did my water bill double this month? I haven't changed anything.",N,False,B,False),
("email","Pressure","Upstairs shower head barely sputters since the city worked on the main last Tuesday. Downstairs taps are fine.",N,False,M,False),
("email","Drip","The bathtub faucet drips a little even when it's off tight. Not urgent.",N,True,M,False),
("email","Pool","Spa heater at the Ridgeview clubhouse seems out, the water was lukewarm Monday through Thursday.",N,False,AM,False),
("email","Neighbours","The tenants in 5C have a dog that barks for hours when they're out.",N,False,C,False),
("email","Trash cans","Lot 47 on Briar Lane has had a boat trailer parked on the front lawn since Labor Day; I thought the covenants say no.",N,False,V,False),
("email","Solar panels","My wife and I are pricing rooftop solar for 18 Heron Ct. Is there a form for the design review board, and do they care about black vs silver frames?",N,False,AR,False),
("email","Parcel","A box addressed to me was signed for by someone named Jay. Not me.",N,False,P,False),
("email","Moving in","Our movers arrive the 12th around 8. Do I need to put a deposit down to pad the service lift, and who holds the key?",N,False,MV,False),
("email","Gutter","Every storm the downspout by our garage spills over the top and water sheets down the siding onto the porch steps.",N,True,M,False),
("email","Late fee","My ledger shows a $35 penalty for November though the bank cleared my check on the 3rd, inside the grace window.",N,False,B,False),
("email","Window condensation","Our windows fog up every morning on the inside, is that a seal problem?",N,False,M,False),
("email","Parking sticker","How do I get a second parking sticker for my partner's car?",N,False,A,False),
# --- low ---
("email","Thanks","Shout-out to Marcus who came by to rehang our mailbox door. Appreciate it.",L,False,G,False),
("email","Work order 6034","WO #6034 complete - swapped the braided hose feeding the 4A kitchen faucet; dripping fixed, base cabinet dried with fan. Ticket closed.",L,True,W,False),
("email","Out of office","Auto-response: Thank you for writing to Greenfield Leasing. Our team replies within two business days; this mailbox is not monitored on weekends.",L,False,NH,False),
("email","Question","Is the board meeting minutes from October posted anywhere?",L,False,G,False),
("email","Marketing","Save 20% on gutter cleaning this fall! Book your slot today.",L,False,NH,False),
("email","Work order 6051","Work order 6051: smoke detector batteries replaced in unit 9, tested OK. Closing.",L,False,W,False),
]
