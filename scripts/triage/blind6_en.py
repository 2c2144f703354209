# ruff: noqa: E501
# fmt: off
# Sixth blind held-out set, English half (written in round 6 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies ---
("email","Kitchen ceiling pouring","Water is pouring through the kitchen ceiling around the light, the pots are full already. Unit 5D, Willow Park.",E,True,M,False),
("pre","Phone message - Haynes",pre("Doris Haynes","214-555-0177","Oak Hollow HOA #12","Says the laundry room is flooding from a split hose and water is running into the hallway. Call her back now."),E,True,M,True),
("portal","Sewer coming up","Raw sewage is bubbling out of the floor drain in our basement and spreading toward the furnace.",E,True,M,False),
("email","Gas smell outside","Strong rotten egg smell by the gas meters behind building C, it gets worse near the door. Nobody has called it in yet.",E,False,M,False),
("frontdesk","Fire alarm and smoke","Desk note: smoke coming out of the trash chute on floor 4, fire alarm on, residents leaving by the stairs.",E,False,M,False),
("email","Outlet melting","The outlet behind my dryer is black and melting and I can smell burning. I flipped the breaker, it's still warm.",E,False,M,False),
("email","Stuck in the lift","My son and his friend are stuck in the north lift at the rental building on 9th Street. The phone in the lift does not work.",E,False,M,False),
("email","No heat, newborn","Heat has been out since last night, it's 12 degrees outside and we have a two-week-old baby. Inside is 54.",E,False,M,False),
("email","Someone breaking in","Someone is trying to force the sliding door of unit 2A right now, I can see him from my balcony. I called 911.",E,False,S,False),
("email","Tree on my roof","The storm dropped the big oak onto our roof, there's a hole in the bedroom ceiling and rain is coming in.",E,True,M,False),
("portal","Storage unit water","Water is flowing under the wall into my self-storage unit 44 from the unit next door, my furniture is sitting in it.",E,True,M,False),
("email","CO detector beeping","CO detector in the hallway is going off with the numbers climbing, my husband has a headache. We're outside now.",E,False,M,False),
("email","Balcony cracking","The balcony above mine has a big crack and pieces of concrete fell onto my patio, it's sagging.",E,False,M,False),
("pre","Phone message - Ruiz",pre("Tom Ruiz","702-555-0140","Desert Palms Rentals, 14 Elm","Water heater burst, water is everywhere in the garage, can't find the shutoff."),E,True,M,True),
("email","Water through light switch","Water is coming out of the light switch in the bathroom and the lights are buzzing.",E,True,M,False),
# --- urgent ---
("email","Locked out with kids","I'm locked out of my townhouse with my two kids, the keypad code isn't working. Can someone come today?",U,False,A,False),
("email","Garage door stuck","The garage gate won't open and I'm stuck inside, I need to get to work.",U,False,A,False),
("email","No hot water","No hot water since this morning in unit 3F, can someone look at it today?",U,False,M,False),
("email","AC out in heat","AC stopped blowing cold, it's 108 outside and 90 in here. Please send someone today.",U,False,M,False),
("email","Leak stopped, needs a look","The upstairs neighbour turned off their water and it stopped dripping, but my ceiling is soft and stained. Can someone inspect today?",U,True,M,False),
("email","Auction notice","I got a notice my storage unit goes to auction tomorrow morning. I paid online last night, please stop it.",U,False,B,False),
("email","Car being towed","A tow truck is hooking up my car in my own assigned space right now, I have the permit on the mirror.",U,False,A,False),
# --- normal, alarming-sounding ---
("email","Fire pit rules","Are we allowed to use a propane fire pit on the patio? I want to check before the weekend.",N,False,AM,False),
("email","Smoke detector chirping","The smoke detector in the hallway keeps chirping every minute, I think it needs a new battery. Not urgent.",N,False,M,False),
("email","Old water stain","There's an old dry water stain on the closet ceiling from last winter. Could it be painted sometime?",N,True,M,False),
("email","Dripping faucet","Bathroom faucet drips a little at night, whenever a plumber is around.",N,True,M,False),
("email","Fire drill question","When is the next fire drill in the tower? My mother uses a walker and needs to plan.",N,False,G,False),
("email","Flood lights out","The flood lights in the east parking lot are out, it's dark at night.",N,False,M,False),
("email","Emergency contact update","Please update my emergency contact to my brother, same phone as before.",N,False,G,False),
("email","Gas bill question","My gas bill doubled this month, is it included in the HOA fee or separate?",N,False,B,False),
("email","Water bill too high","The water bill is way too high for a one-bedroom, could you check the meter reading?",N,False,B,False),
("email","Killing me","This noise from the gym upstairs is killing me, every morning at 5am they drop weights.",N,False,C,False),
("email","Barbecue smoke","Neighbor in 4C grills on the balcony every evening and the smoke comes into my bedroom.",N,False,C,False),
("email","Shutoff valve already closed","Toilet supply line was leaking, I closed the valve and it's dry now. Please replace the line this week.",N,True,M,False),
("email","Gutter hanging loose","The gutter over unit 8 is hanging loose after the wind, nothing has fallen. Can it be reattached?",N,False,M,False),
("email","Alarm system question","How do I set up the new alarm panel in my unit? The manual is confusing.",N,False,S,False),
("portal","Broken window latch","The window latch in the bedroom is broken, it won't lock. Please fix when possible.",N,False,M,False),
("email","Storage door sticks","The roll-up door on unit 12 sticks halfway, I can still get in, just hard to close.",N,False,M,False),
("email","Fence request","I'd like to put up a 4-foot picket fence in my backyard. What do I need to submit?",N,False,AR,False),
("email","Boat in driveway","The house at 22 Birch has had a boat in the driveway for three weeks, against the rules.",N,False,V,False),
("email","Moving out","I'll be moving out at the end of next month; what do I need to do for the deposit?",N,False,MV,False),
("email","Package missing","My package shows delivered but it's not in the locker room.",N,False,P,False),
("email","Pool hours","Will the pool be open on the holiday Monday?",N,False,AM,False),
("email","New fob","My fob stopped working at the side door, front door still works. Can I get a new one?",N,False,A,False),
("pre","Phone message - Lin",pre("Grace Lin","415-555-0166","Bayview Rentals #7","Wants to know about the late fee on her statement, please call her back."),N,False,B,True),
("email","Mold in bathroom","Some black mold is growing around the shower from condensation, can someone check the fan?",N,True,M,False),
("email","Sprinkler timer","The lawn sprinklers come on at noon every day in full sun, could the timer be moved to early morning?",N,False,M,False),
("email","Suspicious car","There's been an unfamiliar car parked by the mailboxes for a few nights, just FYI for security.",N,False,S,False),
("email","Elevator slow","The elevator in building B makes a grinding noise and is slow, nobody is stuck, just worried.",N,False,M,False),
("email","Vendor update","Plumbing vendor: replaced the cracked drain pipe under the sink at unit 6A, leak repaired, invoice to follow.",N,True,W,False),
("email","Vendor needs access","ABC HVAC: we need access to units 301 and 302 Thursday to finish the furnace work, please notify tenants.",N,False,W,False),
# --- low ---
("email","Thanks for the fix","Thanks so much for fixing the leak under the sink so quickly, all dry now.",L,True,G,False),
("email","Thank you","Thank you to the front desk for holding my parcels while I was away.",L,False,G,False),
("email","Out of office","I am out of the office until Monday with limited access to email.",L,False,NH,False),
("email","Newsletter","Spring newsletter: landscaping schedule, pool opening dates and a note from the board.",L,False,NH,False),
("email","You won","Congratulations! You've won a free cruise, click here to claim your prize.",L,False,NH,False),
("email","Dying to know","Just dying to know when the new gym equipment arrives, no rush!",L,False,AM,False),
("email","FYI repaired","FYI the gate that was stuck last week is working fine now, nothing needed.",L,False,A,False),
("email","Flooded with emails","Sorry, I have been flooded with emails this week, did you get my pet registration form?",N,False,G,False),
("email","Delivery receipt","Automatic notification: your message was delivered.",L,False,NH,False),
]
