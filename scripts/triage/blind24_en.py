# ruff: noqa: E501
# fmt: off
# Twenty-fourth blind held-out set, English half (written in round 24 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Parking sticker","Where do I pick up next year's parking sticker? Also, right now water is gushing out around the hallway ceiling light and the light just flickered off.",E,True,M,False),
("pre","Phone message - Okafor",pre("James Okafor","614-555-0142","Cedar Hollow Rentals","Smoke detector in the kids' room going off and smoke coming out of the baseboard heater. Whole family is out on the lawn. Wants a call back."),E,False,M,True),
("portal","Unit C-41","I'm at unit C-41 and the roll-up door dropped on my brother's forearm. It's pinned under it and the two of us can't lift it.",E,False,M,False),
("email","Mailboxes","Walking to the cluster mailboxes just now I smelled a heavy gas odor by the meter bank at building 6 and could hear a hiss.",E,False,M,False),
("frontdesk","Front desk note - garage","Front desk: resident of 4C says her toddler is locked in her car on garage level 1, keys on the seat, engine off and it's getting hot in there.",E,False,S,False),
("email","After the storm","The big oak between 12 and 14 came down an hour ago and is lying on the roof of number 12, limbs through the upstairs bedroom window.",E,False,M,False),
("email","Next door","The guy in 208 is kicking his girlfriend's door and shouting that he'll hurt her. I can hear her screaming through the wall.",E,False,S,False),
("email","Detector","Our carbon monoxide detector has been beeping and now reads 150. My husband has a pounding headache and feels dizzy.",E,False,M,False),
("email","Furnace","The furnace has been blowing cold air since last night. It's 5 degrees outside and 51 in here, and we have a three-month-old and my mother on oxygen.",E,False,M,False),
("email","Hello from the 3rd floor","Sorry to bother you, I think a pipe let go inside the wall behind the dishwasher. Water is spraying out of the drywall and it's across the whole kitchen floor.",E,True,M,False),
("email","Bedroom outlet","The bedroom outlet popped loudly, it's black around the plate, the breaker won't reset and the room still smells of burning plastic.",E,False,M,False),
("pre","Phone message - Patel",pre("Anika Patel","602-555-0119","Harbor View Apartments","Tenant in 2B says water is coming through her living room ceiling from 3B onto the TV and couch, nobody answers the door at 3B."),E,True,M,False),
("email","Garage elevator","My dad is stuck in the garage elevator at P2. The doors won't open and the emergency phone inside just rings and rings.",E,False,M,False),
("email","Crack","A wide crack opened across our living room wall overnight, the balcony door frame has bent and the ceiling looks like it is sagging toward the middle.",E,False,M,False),
("email","Downstairs bath","Brown, foul water keeps bubbling out of the shower pan and up around the toilet base downstairs, it's creeping under the door into the den.",E,True,M,False),
("email","Pool house","It's 2 am, the alarm at the pool house is going off and I can see two people inside with flashlights.",E,False,S,False),
# --- urgent ---
("pre","Phone message - Reyes",pre("Carlos Reyes","520-555-0177","Pine Terrace HOA","Locked out of his townhouse, phone almost dead, sitting on the front step. Asks if someone with a master key can come. Please call back."),U,False,A,True),
("email","Garage gate","Clicker does nothing, code does nothing, and the exit arm of the garage is down with me idling behind it. Shift starts in 20 minutes.",U,False,A,False),
("email","No hot water","Since around 6 this morning every tap in building D runs cold only, kitchen and shower alike, and we have four kids to get ready.",U,False,M,False),
("email","AC closet","Water came out of the AC closet overnight. I switched the unit off and mopped, nothing is coming out now, but the carpet is soaked. Can someone check today?",U,True,M,False),
("email","Towing notice","Orange stickers on the windshields in lot B say anything left there after 3 this afternoon is towed for repaving. First we've heard of it, and I'm stuck at the hospital until my shift ends at 6.",U,False,A,False),
("email","Entrance door","The lock on our building's front entrance is broken and the door just swings open. Can it be fixed today?",U,False,A,False),
("email","Unit 219","Just read that the contents of 219 are listed for the online sale ending tomorrow at 9. My check went in the mail on the 2nd and my late grandmother's things are in there.",U,False,B,False),
# --- normal ---
("email","October minutes","Has anyone posted what was decided at the October board meeting? I looked on the portal and only found the agenda.",N,False,G,False),
("email","Closet ceiling","Above the coats in our hall closet there's a brownish ring, bone dry, probably years old. Would maintenance touch it up with paint when they're around?",N,True,M,False),
("email","Parking lot lights","Two of the tall flood lights along the north row of visitor parking stay dark after sunset now; my wife has to walk to the car with her phone torch.",N,False,M,False),
("email","Rooftop","Our book club meets on the rooftop deck. Is a small tabletop fire pit running on a propane canister permitted up there?",N,False,AM,False),
("email","Barking","From about 8 till 5 the husky in 7C howls, on and off, the whole time nobody is home. I work nights and can't sleep.",N,False,C,False),
("email","Trash bins","The bins at 31 go out for Friday pickup and then sit at the curb until the next Thursday, lids open, every single week.",N,False,V,False),
("email","Front door color","We picked out a forest green fiberglass entry door with a half-moon glass top. Before ordering, which form does the design committee want from us?",N,False,AR,False),
("email","Wrong building","UPS photo shows my box on a doormat, but the doormat is at building 9 and I live in 3. Can someone at the office help track it down?",N,False,P,False),
("email","Transfer","Baby number two is coming, so when my lease is up in March we'd love to hop over to a bigger place here instead of leaving. Who handles that?",N,False,MV,False),
("email","Bathroom fan","No leak or anything like that, but the bathroom fan is very loud and rattles.",N,False,M,False),
("email","Water bill","Our water bill doubled this month. Was there a rate change?",N,False,B,False),
("email","Pool","My kids are dying to know: any date yet for swimming again now that the resurfacing crew has left?",N,False,AM,False),
("email","WO 7730 approval","WO 7730 (leaking water heater, unit 5): the tank is rusted through and needs replacing, 1,450 dollars. Please approve so we can order it.",N,True,W,False),
("pre","Phone message - Lin",pre("Dana Lin","503-555-0130","Juniper Ridge HOA","Her cousin wants to stay in her condo for a few weeks and pay her something; is that allowed under the bylaws or does it count as a short-term rental? She would like a call back."),N,False,G,True),
# --- low ---
("email","Thank you Marco","Marco sorted out the drip under the kitchen sink within an hour of my call, cabinet is dry today. Please tell him we appreciate it!",L,True,G,False),
("email","WO 5521","Ticket 6604 - Kessler Plumbing. Swapped corroded angle stop feeding unit 14 water heater, pressure tested 20 min, dry. Job closed, invoice to follow.",L,True,W,False),
("email","Re: fob","Picked up the replacement fob at lunch, both lobby doors and the bike room open with it. Cheers!\n\n> On Tue, Oct 3, Harbor View Management wrote:\n> Regarding the water coming through your ceiling, the plumber will be there at 9.",L,False,G,False),
("email","Out of office","Auto-reply: I'm at a conference in Denver and back on the 19th. For anything about the Oakmont account please write to my colleague Sam.",L,False,NH,False),
("email","Lower your rate","Refinance today! Rates as low as you've ever seen. Click to get your quote.",L,False,NH,False),
("email","Inspection","Sounds good, Thursday at 10 works for the inspection.",L,False,G,False),
]
