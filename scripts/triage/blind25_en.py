# ruff: noqa: E501
# fmt: off
# Twenty-fifth blind held-out set, English half (written in round 25 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Sunday pool hours","What time does the pool open on Sundays? And while I'm writing: the fan coil in our hall closet is pouring water onto the floor right now, it has already reached the bedroom carpet.",E,True,M,False),
("pre","Phone message - Moreau",pre("Claire Moreau","971-555-0163","Birchwood Commons HOA","Flames coming out of the neighbor's dryer vent on the outside wall of 22 Alder Court, siding is starting to melt. Fire department is on the way. Please call her back."),E,False,M,True),
("email","Stairwell B","A rotten egg smell is all through stairwell B and it gets much stronger by the second floor utility closet. I told the people on my floor to go outside.",E,False,M,False),
("email","Alarm in the hallway","The CO alarm in our hallway is doing four long beeps and the screen says 210. We opened the windows and the kids and I are waiting in the parking lot.",E,False,M,False),
("email","Garage panel","The breaker panel in my garage is crackling and blue sparks jumped off the main breaker when I opened the little door. I haven't touched anything since.",E,False,M,False),
("portal","Storage unit 88","Water is running under the door into my unit 88 from the unit beside it and the cardboard boxes on the floor are soaking it up. It's still coming in.",E,True,M,False),
("email","Laundry room bldg 4","In building 4's laundry room the floor drain is backing up with toilet waste, an inch deep already and spreading toward the storage cages.",E,True,M,False),
("frontdesk","Front desk note - 612","Front desk: resident of 612 called down, the ceiling over her bathtub is bulging and dripping fast and the bulge keeps getting bigger.",E,True,M,False),
("email","Heat out","Our heat has been off since yesterday afternoon. The thermostat says 48 indoors, it's minus 10 outside, and my father is 91 and can't get out of bed.",E,False,M,False),
("pre","Phone message - Haddad",pre("Rami Haddad","480-555-0188","Lakeview Tower","Three people stuck in elevator 2 between floors 5 and 6 for about twenty minutes. One of them is having a panic attack. The alarm button gets no answer."),E,False,M,False),
("email","Someone is in my apartment","I'm hiding in the bathroom. Someone just smashed the patio slider and is walking around in my living room. I've called 911.",E,False,S,False),
("email","Carport","The carport roof over spaces 20 to 26 just caved in under the snow onto three cars, and a neighbor was sitting in hers when it came down.",E,False,M,False),
("email","Guest lot","A tall pine just came down across my Honda in the guest lot and crushed the roof. There are wires tangled up in the branches.",E,False,M,False),
("email","Clubhouse gym","A man just collapsed next to the rowing machines in the clubhouse gym and isn't responding. Someone is doing CPR and an ambulance was called. Is there a defibrillator in there?",E,False,AM,False),
("email","Trash room","Thick smoke is pouring out of the trash chute room on the third floor and it smells like burning plastic. The hallway alarm hasn't gone off yet.",E,False,M,False),
("email","Gate is fixed, but","Thanks for getting the side gate fixed. Separate thing: the pipe under my kitchen sink just burst and it's spraying everywhere, and I can't find a shutoff.",E,True,M,False),
# --- urgent ---
("pre","Phone message - Brooks",pre("Tanya Brooks","254-555-0109","Keystone Self Storage","Her gate code stopped working at the keypad and the movers are waiting in the truck with her furniture. Please call back."),U,False,A,True),
("email","Pilot light","Showers ran cold for everyone in our house this morning; the tank's flame keeps going out a few seconds after I relight it. I don't smell anything.",U,False,M,False),
("email","AC out","Our AC quit this morning. It's supposed to hit 109 today and it's already 90 inside. Can a tech come today?",U,False,M,False),
("email","Kitchen light","Water dripped out of our kitchen light fixture last night. The upstairs neighbor shut off their washer and it stopped, but the fixture is still damp. Could someone check it today?",U,True,M,False),
("email","Lien sale","Got an email that my space 5-212 goes to the auctioneer at 10 tomorrow. The clerk took my card over the phone last Friday, so please stop it.",U,False,B,False),
("email","Tow truck","A tow truck is hooking up cars in the back lot right now, the driver says they're unpermitted. My permit is hanging on the mirror. Can someone come out?",U,False,A,False),
("frontdesk","Front desk note - side door","Front desk: the side entrance by the mailroom won't latch, the magnetic lock is dead. We've wedged it shut with a chair for now.",U,False,A,False),
# --- normal ---
("email","Shutters","We'd like to repaint our shutters a dark navy. Is that on the approved palette, or do we need to send in a request?",N,False,AR,False),
("email","Fire pit reservation","My daughter turns ten next month. How far ahead do we have to book the fire pit patio behind the clubhouse, and is there a fee?",N,False,AM,False),
("email","Basement wall","Our basement flooded in the big storm last spring. Since then the paint along the bottom of the wall has started bubbling. Could someone look at it when convenient?",N,True,M,False),
("email","Off-leash dog","The dog from number 14 runs off-leash on the common green every morning and keeps doing its business on our lawn.",N,False,V,False),
("email","Bass through the ceiling","The bass from the unit above comes through our ceiling until 1 am on weeknights.",N,False,C,False),
("email","Water bill","Why did our water bill jump to $210? Nothing in the house is leaking as far as we know.",N,False,B,False),
("pre","Phone message - Novak",pre("Petra Novak","616-555-0147","Maple Run HOA","Wants to know if she may put a small storage shed in her backyard and what the size limit is. Asks for a call back."),N,False,AR,True),
("email","Locker code","The parcel locker code I got by text says invalid. The package has been in there two days.",N,False,P,False),
("email","Notice to vacate","This is my 60-day notice: we'll be out of 3C by the end of March. Is there a move-out checklist?",N,False,MV,False),
("email","WO 8812","WO 8812, ceiling stain in 204: the wax ring on the toilet in 304 above has failed. We need access to 304 on Tuesday to reset it; please notify that resident.",N,True,W,False),
("email","Cigars","The neighbor on the patio below smokes cigars every evening and it drifts right into our bedroom window.",N,False,C,False),
("email","Mailbox kiosk","Three neighbors have had parcels walk off from the mailbox kiosk since August. Is the board willing to mount a camera over there?",N,False,S,False),
("email","Fireplace","Our gas fireplace won't light anymore. The igniter clicks but nothing catches. No smell at all. Can someone be scheduled?",N,False,M,False),
# --- low ---
("email","Thanks!","Big thanks to the plumber who came Saturday. The bathroom ceiling leak is gone and the patch looks great.",L,True,G,False),
("email","WO 4410 complete","Work order 4410 completed: replaced cracked condensate pan in the unit 7 air handler, flushed the drain line, no water present. Closing ticket.",L,True,W,False),
("email","Re: garage pipe","Got it, I'll be home Wednesday.\n\n> On Mon, Oak Hill Management wrote:\n> We received your report of the burst pipe in your garage and a plumber is scheduled for Wednesday.",L,False,G,False),
("email","Harbor Pointe Monthly","Harbor Pointe Monthly: pool season schedule, fall landscaping, and a reminder about holiday decorations. Unsubscribe here.",L,False,NH,False),
("email","Mailbox not monitored","This mailbox is no longer monitored. Please contact leasing at our new address for assistance.",L,False,NH,False),
("email","You've won","WINNER ALERT: your number was drawn for a 7-night Caribbean voyage at no cost. Text YES within 24 hours to lock it in.",L,False,NH,False),
("email","Away","FYI, I'll be out of town the next two weeks; my sister will be checking on the condo.",L,False,G,False),
]
