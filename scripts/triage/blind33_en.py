# ruff: noqa: E501
# fmt: off
# Thirty-third blind held-out set, English half (written in round 33 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Fish tank","Our 150-gallon fish tank just split down the side. Water is sheeting across the living room floor and the neighbour below is shouting that it's coming through her kitchen light.",E,True,M,False),
("pre","Phone message - Delgado",pre("Marisol Delgado","305-555-0177","Bayview Lofts","The escalator from the garage level to the lobby chewed up a step and a man's shoe and foot are caught in the gap at the top. The red stop button isn't stopping it. Call back now."),E,False,M,True),
("portal","Parking lift","The mechanical parking lift in bay 3 came down while a man was standing under the upper platform wiping his car. He's stuck between the two platforms and can't get out.",E,False,M,False),
("email","Balcony above the playground","A kid on one of the top floors of tower B is throwing flowerpots and glass bottles off the balcony right now. They're smashing on the path by the playground where the little ones are.",E,False,S,False),
("frontdesk","Front desk note - machine room","Front desk: the elevator tech says the battery cabinet in the machine room is swollen and hissing, white vapour with a sharp acid smell is pouring out and he felt faint after a minute in there.",E,False,M,False),
("email","Roof panels","Flames are coming out of the junction box next to the solar inverter on the clubhouse roof and the cables along the parapet are melting.",E,False,M,False),
("pre","Phone message - Fenwick",pre("Arthur Fenwick","602-555-0139","StowRight Self Storage, 9 Mesa Rd","Customer reporting that somebody seems to be living in unit 311: there's a charcoal grill burning inside with the roll-up door pulled nearly shut, smoke is rolling out along the floor, and nobody answers when he bangs on it. Please call back."),E,False,M,True),
("email","Utility vault","One of the cable contractors went down the ladder into the utility vault by the west gate and collapsed at the bottom. There's a rotten-egg smell and his partner is about to climb in after him.",E,False,M,False),
("email","Restaurant basement","The CO2 alarm in the restaurant's basement drink room under our building is sounding, and the delivery driver who was down there came up gasping and sat down on the curb. The stairwell from there goes up to our units.",E,False,M,False),
("portal","Slope behind C","The hillside behind building C is sliding. A boulder just rolled against the back wall of unit 3, the fence is gone, and the ground is still cracking and moving.",E,False,M,False),
("email","Park","The soccer goal in the community park tipped over in the wind and a boy is pinned under the crossbar. Three of us can't lift it.",E,False,M,False),
("pre","Phone message - O'Hara",pre("Kevin O'Hara","414-555-0190","12 Birch Lane (rental)","The heating oil tank in the basement has split at the seam and oil is spreading across the floor toward the furnace. The smell is overpowering upstairs. Call back as soon as you can."),E,False,M,True),
("email","Re: HOA dues statement","Forget the dues for now. The waterbed in the unit above us just burst and water is streaming out of our bedroom light fixture and down the wall.\n\n> On Mon, the office wrote:\n> Your quarterly statement is attached. Dues are payable by the 15th.",E,True,M,False),
("frontdesk","Front desk note - pool deck","Front desk: the tower crane on the lot next door just dropped a bundle of rebar into our parking lot, and it's still swinging loads over the pool deck where people are sunbathing.",E,False,M,False),
("email","Rent receipt","Could you resend my May receipt? Also, the float in the rooftop water tank must be stuck: water has been cascading down the stairwell from the roof for an hour and it's running under the doors on the 6th floor.",E,True,M,False),
# --- urgent ---
("email","Car on the lift","The parking lift in bay 2 stopped with my car on the upper platform. I start a shift at the hospital at 7 and have no other way to get there.",U,False,A,False),
("email","Unit 140","Your staff cut the lock on my unit 140 by mistake during the lien checks. It's been standing open since this morning with everything I own in it. I need it relocked today.",U,False,A,False),
("portal","Aquarium crack","Our fish tank cracked last night. We drained it and it's not leaking any more, but the carpet is soaked and the lady below says there's a brown patch on her ceiling. Can someone look today?",U,True,M,False),
("pre","Phone message - Lindqvist",pre("Erik Lindqvist","480-555-0126","Cedar Hollow HOA","A tow truck is hooking up his car in the visitor spot right now and his permit is on the dash. Please call him back."),U,False,A,True),
("email","Out of oil","We ran out of heating oil and the furnace shut off. It's 58 inside and dropping; it's just the two of us adults. Can you get a delivery out today?",U,False,M,False),
("email","Escalator stopped","The garage escalator has been switched off since this morning and the older residents can't manage the stairs up to the lobby with their shopping. Please get the technician in today.",U,False,M,False),
("frontdesk","Front desk note - movers","Front desk: the movers for 7A arrive at 2 today and the service elevator key isn't in the key box. Resident is moving out this afternoon.",U,False,MV,False),
# --- normal ---
("email","Inverter error","The display on our solar inverter shows error 34 and the panels have produced nothing since Tuesday. No smoke, no smell, just no power from them.",N,False,M,False),
("email","Aquarium","Can I keep a 75-gallon aquarium in my second-floor apartment? The lease only mentions waterbeds.",N,False,G,False),
("email","Window unit","Are we allowed to put a window AC unit in the front bedroom window, or does that need board approval?",N,False,AR,False),
("email","Soccer goal","The soccer goal in the park isn't anchored and it rocks when kids hang off the bar. Could it be staked down before someone gets hurt?",N,False,M,False),
("email","Crack in the slope","Since last week's rain there's a new crack along the top of the slope behind building C. It hasn't moved as far as we can tell. Could the geotechnical engineer take a look?",N,False,M,False),
("email","Rugs","The people above me shake their rugs over the balcony rail every morning and the dust lands on my table and chairs. I believe the rules forbid it.",N,False,V,False),
("email","Crane over the pool","The crane next door swings over our pool during the day. Is the pool going to be closed while they work?",N,False,AM,False),
("email","Re: Board meeting","Thanks for the minutes. When is the next board meeting, and can owners speak at it?\n\n> On Thu, Dana wrote:\n> Sorry to miss it - the ceiling in our bathroom is pouring water, I'm waiting for the plumber.",N,False,G,False),
("email","Late fee","You charged me a $75 late fee for March, but the autopay went through on the 1st. Please call me to sort it out.",N,False,B,True),
("portal","Mail for the old tenant","Packages for the previous tenant keep arriving at my door. What should I do with them?",N,False,P,False),
("email","Bass","The subwoofer in 7C shakes my ceiling light every night after eleven. I've asked them twice.",N,False,C,False),
("email","Patio screen","We're hoping to swap the cedar privacy screen on our patio for horizontal slatted composite panels, no taller than now. Which forms does design review want?",N,False,AR,False),
("portal","Bike room camera","Since the painters left, the camera above the bike room door shows nothing but a white smear. I think they sprayed its lens.",N,False,S,False),
("pre","Phone message - Baptiste",pre("Renee Baptiste","504-555-0183","Bayview Lofts","This rent increase is killing me. She'd like to talk about a payment plan. Please call her back."),N,False,B,True),
("email","Evacuation","If the slope behind us ever did give way, which route are we supposed to take out of the community?",N,False,G,False),
# --- low ---
("email","Crane","Thank you for getting the builders to stop swinging loads over our pool. Much appreciated.",L,False,G,False),
("email","WO 8121","WO 8121: resealed the sleeve around the window AC unit in 5F, no more draft. Closed.",L,False,W,False),
("email","WO 8122","WO 8122: the waterbed leak in 4A is cleaned up, subfloor dried with fans, moisture readings normal. Closed.",L,True,W,False),
("email","Automatic reply: Fish tank","I'm on parental leave until March 3 and won't be reading mail. My colleague Sam covers leasing questions in the meantime.",L,False,NH,False),
("email","Solar","Your roof could be burning money! Book a free solar check today and save up to 40% on power.",L,False,NH,False),
("email","Spring newsletter","Spring newsletter: new planting on the slope behind building C, escalator servicing dates, and the pool opens on Memorial Day.",L,False,NH,False),
("email","Re: Parking lift","Perfect, thank you.\n\n> On Wed, the office wrote:\n> The parking lift in bay 3 was repaired this morning and is back in service.",L,False,G,False),
("email","House-sitter","Just so you know, my nephew is house-sitting and feeding the cat until the 20th. You don't need to do anything.",L,False,G,False),
]
