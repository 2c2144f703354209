# ruff: noqa: E501
# fmt: off
# Nineteenth blind held-out set, English half (written in round 19 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Parking permit renewal","Renewal form for my parking permit is attached. Separately, the breaker box in my hall closet is crackling and there's a scorched smell coming out of it, the metal cover is warm.",E,False,M,False),
("pre","Phone message - Marsh",pre("Tina Marsh","512-555-0166","Brookside Rentals 14","Water is pouring out of the light fixture in her living room ceiling, the bulb just popped. She needs someone now, please call her."),E,True,M,True),
("portal","Unit 318","At my unit 318 right now and someone is banging and yelling inside the unit next to mine, the roll-up is latched from the outside. Sounds like a teenager.",E,False,S,False),
("email","Detector reading 180","Our carbon monoxide detector in the hall let out a long steady alarm and the display says 180. My wife feels sick to her stomach. We're opening windows.",E,False,M,False),
("frontdesk","Front desk note - elevator B","Front desk: a resident says elevator B stopped between 4 and 5 with the doors shut, her elderly father and his walker are inside and he is panicking.",E,False,M,False),
("email","Eucalyptus","Last night's wind split the neighbour's eucalyptus and half of it is lying across our roof. There's a hole and rain is getting into the kids' room.",E,True,M,False),
("email","Lawn geyser","The water main out front of building D burst, it's shooting out of the lawn and pouring down the ramp into the garage level.",E,True,M,False),
("email","Leasing office","Somebody smashed the leasing office window a couple of minutes ago and he's still in there going through drawers. I'm watching from across the street.",E,False,S,False),
("email","Stairwell","Probably not urgent, but the gas smell in the stairwell of building 2 is really strong today, like somebody left a burner on. I held my breath going down.",E,False,M,False),
("portal","Bathroom","Sewage is coming up through the shower drain and the toilet at once, it's all over the bathroom floor and creeping into the hall carpet.",E,True,M,False),
("email","Boiler out again","Boiler's out again. Thermostat reads 46, it's 8 below outside and our twins were born three weeks ago.",E,False,M,False),
("email","Balcony above","The balcony above mine is sagging, a crack opened across the concrete this morning and chunks keep dropping onto my patio where the kids play.",E,False,M,False),
("pre","Phone message - Haddad",pre("Sami Haddad","720-555-0131","Cedar Ridge Storage","Says the roof over row F caved in under the snow and water is streaming into the units. Call him back."),E,True,M,True),
("email","New recycling bins","Thanks for the new recycling bins! Unrelated: the outlet behind my dryer popped with a flash and there's flame on the cord, I'm grabbing the extinguisher.",E,False,M,False),
("frontdesk","Front desk note - spa","Front desk: a child's arm is stuck in the suction grate of the spa, the parents can't pull it free and the pump is still running.",E,False,AM,False),
# --- urgent ---
("email","Locked out","Keys are inside and my phone's at 4 percent. Can someone with a master key come by this afternoon?",U,False,A,False),
("email","Tow notice","There's a sticker on my car saying it gets towed at 3pm today, but I have a valid permit. Please stop it.",U,False,A,False),
("email","No hot water","Every tap in building K has run cold since around 6am, neighbours too. Any chance of a plumber today?",U,False,M,False),
("email","Locked out - baby inside","I stepped out to the mailbox and the door locked behind me. My daughter is asleep in her crib inside, she's fine for now but I need to get in soon.",U,False,A,False),
("email","AC","The AC quit and it's 108 out, 89 inside. My mom is staying with me. Can someone come today?",U,False,M,False),
("portal","Auction","Got a text that 2-044 goes up for bid at 9 tomorrow. I cleared what I owed through the app around 11 last night, so please take it off before then.",U,False,B,False),
# --- normal ---
("email","Closet ceiling","The stain on my closet ceiling from the spring roof leak never got painted. It's dry, just ugly.",N,True,M,False),
("email","Back lot lights","Those flood lights aimed at the rear lot burn straight through noon, somebody's timer must be off.",N,False,M,False),
("email","Water bill","Our water bill jumped to $240 this month, double the usual. Can you look at the charges?",N,False,B,False),
("email","Pool","Dying to know if the lap lanes will be roped off again once the resurfacing crew is gone, my swim group keeps asking.",N,False,AM,False),
("email","Fire pit","One of the stones on the clubhouse fire pit is cracked. Worth fixing before summer.",N,False,AM,False),
("email","Boat trailer","Lot 12 keeps leaving a boat trailer in the guest spaces for a week at a time; the rules say 48 hours.",N,False,V,False),
("email","Bass","The upstairs tenants play bass until 1am on weeknights.",N,False,C,False),
("email","Pergola","Thinking of a cedar shade structure over our rear slab, roughly ten by twelve. Is there a form, and how long do approvals take these days?",N,False,AR,False),
("email","Move-in","Moving in on the 1st. Can I reserve the freight elevator, and do you need a certificate of insurance from the movers?",N,False,MV,False),
("email","Package","UPS swears a box for 19B was signed for at your counter on Friday, and whoever was on shift today can't find it.",N,False,P,False),
("email","Shower","The shower head drips a little after it's turned off, I keep a cup under it. Not a big deal.",N,True,M,False),
("email","Late fee","Why is there a $50 penalty on my account? My check was dropped in the slot on the 3rd, two days before the cutoff.",N,False,B,False),
("email","Gate remote","Can we buy a second gate remote? Ours cracked.",N,False,A,False),
("email","Cameras","A car was broken into in lot C last month. Any plan to add cameras back there?",N,False,S,False),
# --- low ---
("email","Entrance","The new plantings by the entrance look fantastic.",L,False,G,False),
("email","Work order 8834","WO 8834: replaced P-trap under kitchen sink in 4F, no further drip. Closed.",L,True,W,False),
("email","Out of office","Automatic reply: I'm at a conference through the 14th and checking messages rarely. Urgent leasing matters go to the main office.",L,False,NH,False),
("email","Spring special","Exclusive offer: 30% off gutter cleaning this spring! Click to book.",L,False,NH,False),
("email","Thanks","Big thanks to Marco, who sorted out the drip from the bathroom ceiling in one visit; the patch is dry and we can shower without a bucket again.",L,True,G,False),
("email","Work order 8840","WO 8840: new batteries in the smoke detectors on floor 3, all tested OK.",L,False,W,False),
]
