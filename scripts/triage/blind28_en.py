# ruff: noqa: E501
# fmt: off
# Twenty-eighth blind held-out set, English half (written in round 28 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Pool equipment room","The door to the pool equipment room is propped open and a sharp chlorine smell is rolling out of it. Two kids at the gate are coughing and their eyes are streaming, so I walked everyone out to the parking lot.",E,False,M,False),
("pre","Phone message - Ostrowski",pre("Dana Ostrowski","517-555-0164","Cedar Run Self Storage","A man is inside the aisle by unit 214 with an angle grinder cutting the padlocks off other units right now. She's hiding in her car and wants someone to call her back."),E,False,S,True),
("portal","Visitor lot","A hole about six feet across opened up in the visitor lot overnight and it's getting wider. The back wheels of a parked SUV are already hanging over the edge.",E,False,M,False),
("email","Proxy for the vote","Will proxies be accepted for the vote on the 12th? Separately, the folks next door run a generator inside their attached garage and our carbon monoxide detector now reads 140. My husband says he feels woozy.",E,False,M,False),
("email","Bedroom outlet","Water is dribbling out from behind the bedroom outlet cover and the lights flicker each time it drips. I haven't touched anything.",E,True,M,False),
("frontdesk","Front desk note - fence crew","Front desk: the fence contractor digging post holes on the east side hit a line. There is a loud hiss and a strong gas odor by unit 12; the crew has stopped work.",E,False,M,False),
("email","Platform lift","The wheelchair platform lift at the side entrance stopped halfway up with Mrs. Okafor on it. She can't get off and it's freezing out there.",E,False,M,False),
("email","Carport roof","The carport roof over row C buckled under last night's snow and came down onto four cars. A tenant was lifting his kid out of a back seat when it started to creak and he's still trapped by the door.",E,False,M,False),
("email","Garage charger","The charging cable on the EV station in the garage is melting at the plug, there's an orange glow and grey smoke curling up the wall.",E,False,M,False),
("pre","Phone message - Vance",pre("Karen Vance","303-555-0117","Aspen Ridge Apartments","Her father in 4A is 86 and lives alone. The furnace quit overnight, his thermostat reads 44 with 8 degrees outside and he sounds confused on the phone. Please call her right back."),E,False,M,True),
("email","Manhole overflowing","Raw sewage is coming up out of the manhole at the end of the cul-de-sac, running down the gutter and into the open garage of number 17.",E,True,M,False),
("email","Neighbor's grill","The grill on the balcony next door flared up and now their vinyl siding is burning, flames reaching up toward our window.",E,False,M,False),
("email","Radiator","A valve on the living room radiator blew off and scalding water and steam are spraying across the room. I can't get close enough to do anything.",E,True,M,False),
("email","Lake dock","Boards on the shared dock at the lake gave way under a teenager; he's stuck to his hip in the hole and his leg is bleeding a lot.",E,False,M,False),
("email","Parking sticker, and","Where do I pick up the new parking sticker for our second car? P.S. while I was typing this the alarm downstairs started shrieking and there's dark smoke coming from under the door of 1B.",E,False,M,False),
# --- urgent ---
("email","Fridge died","Our fridge stopped cooling sometime in the night, the milk is lukewarm and my son's insulin pens sit on the door shelf. Any chance of a repair visit today?",U,False,M,False),
("pre","Phone message - Adeyemi",pre("Funmi Adeyemi","919-555-0152","Longleaf Commons HOA","A wheel boot was put on her car in the HOA lot this morning even though her permit is on the mirror. She needs it off today to get to dialysis. Please call back."),U,False,A,True),
("email","No water","Not a drop from any tap in 3B since 7 this morning and the toilet won't refill. The neighbors have water.",U,False,M,False),
("frontdesk","Front desk note - B elevator","Front desk: the only elevator in building B is out of service (nobody inside). The resident in 9B uses a wheelchair and has a hospital appointment this afternoon.",U,False,M,False),
("email","Tow at 5 pm","Heads up from my neighbor: the list of cars to be hauled off at 5 this afternoon has my plate on it. I renewed my guest permit in person on Monday, so please get me off that list.",U,False,A,False),
("email","Building door keypad","The keypad on the storage building's main door has been blank since this morning and none of us tenants can get in to our units.",U,False,A,False),
("email","Frozen pipe","The kitchen pipe is frozen solid, nothing comes out. It hasn't split and nothing is wet yet. Could someone come out today?",U,False,M,False),
# --- normal ---
("email","Gas fireplace","The gas fireplace won't light. It clicks but no flame, and there's no gas smell at all. Could someone look at it this week?",N,False,M,False),
("email","After the gas company","We smelled gas yesterday; the gas company found a loose fitting behind the stove, tightened it and said all clear. Could maintenance put back the cabinet panel they took off?",N,False,M,False),
("email","Locker texts","The parcel lockers keep flooding my phone with pickup codes for packages that aren't mine, six today. I think my number is still on the last tenant's unit. Can you fix that?",N,False,P,False),
("email","Fire drill Thursday","Is Thursday's fire drill for every building or only the tower? I work nights and sleep during the day.",N,False,G,False),
("email","Assessment increase","Our HOA assessment jumped 18% but the budget summary shows reserves flat. Can the board explain where the increase goes?",N,False,B,False),
("email","Short-term rental","22 Birch seems to be run as a short-term rental; new groups with suitcases every weekend. Aren't rentals under 30 days banned?",N,False,V,False),
("email","Front door replacement","I'd like to replace our front door with a fiberglass one in a dark green. Is that color on the approved palette, and does it need a submission?",N,False,AR,False),
("email","Kayak rack","Is the kayak rack at the lake dock first come first served, or do we rent a slot for the season?",N,False,AM,False),
("email","Wind chimes","The neighbors hung about a dozen wind chimes on the shared fence and they clang all night whenever there's a breeze.",N,False,C,False),
("email","Hot tub","The hot tub at the clubhouse is cloudy and the jets won't come on.",N,False,AM,False),
("email","WO 5127","WO 5127: roofer resealed the flashing where the ceiling in 4D had been dripping. Need access to 4D Friday to replace the stained ceiling tile; please confirm with the tenant.",N,True,W,False),
("email","Moving in Saturday","We move in on Saturday. Can we book the freight elevator, and where should the truck park?",N,False,MV,False),
("email","Stairwell","A man I don't recognize has slept in the stairwell of building 3 the last two nights. He's gone by morning. Could security check?",N,False,S,False),
("email","Slow sink","The kitchen sink drains really slowly, about five minutes to empty, but nothing spills over.",N,False,M,False),
("pre","Phone message - Ruiz",pre("Hector Ruiz","305-555-0190","Bayside Rentals","Says he paid March rent on the 1st but got a late-fee notice. Asks for a call back."),N,False,B,True),
# --- low ---
("email","Grill station","The new clubhouse grill station is fire, honestly the best thing the board has done. Huge thanks to whoever picked it.",L,False,G,False),
("email","Cleaner","FYI, our cleaner will be using the garage code on Tuesdays from 9 to 1 starting next week.",L,False,G,False),
("email","Lakeview Monthly","Lakeview HOA Monthly: the pool opens May 25; a reminder to review your flood insurance; the gas company inspects lines on Elm Street next week.",L,False,NH,False),
("email","Automatic reply","This is an automatic reply. I'm on parental leave until March 3 and won't be checking email. For rent questions contact the leasing office.",L,False,NH,False),
("email","Pre-approved","You're pre-approved for a $25,000 personal loan! No credit check, funds in 24 hours. Reply YES now.",L,False,NH,False),
("email","Thank you","Thanks for coming out so fast when the kitchen flooded on Sunday. The floors are dry and the baseboards look brand new.",L,True,G,False),
("email","WO 6030 closed","WO 6030 closed: annual backflow test at the clubhouse passed, no leaks found.",L,False,W,False),
("email","Re: Gas odor report","Sounds good, see you Thursday.\n\n> On Tue, Aspen Ridge Apartments wrote:\n> About the gas smell you reported in the hallway, the utility will check the meters on Thursday.",L,False,G,False),
]
