# ruff: noqa: E501
# fmt: off
# Thirtieth blind held-out set, English half (written in round 30 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Balcony railing glass","A glass panel of the balcony railing on the 9th floor shattered and dropped onto the sidewalk by the playground entrance. The panel next to it is cracked all over and bowing outward.",E,False,M,False),
("pre","Phone message - Okafor",pre("Chidi Okafor","602-555-0191","Sunridge Self Storage","His six-year-old pulled the roll-up door of unit 214 shut from inside while playing and the latch dropped. They can hear her crying in there and it is 98 degrees today. Call him back right away."),E,False,M,True),
("email","Bike room","One of the e-bike batteries in the bike room has puffed up, it's hissing and throwing off white smoke. I shut the door and came upstairs.",E,False,M,False),
("email","Yoga schedule","Could the Thursday yoga class move to 7 pm? Also, grey water is gushing up out of the laundry room floor drain right now and has reached the door of 1B.",E,True,M,False),
("email","Retaining wall","After all this rain the retaining wall behind building 3 is bulging out, soil is sliding down against the back wall and the cracks in our patio get wider every hour.",E,False,M,False),
("portal","Someone climbing","A man is climbing up the balconies right now, he's on the railing of 4C above us and pulling at their slider. They're on vacation.",E,False,S,False),
("email","Hallway closet","The breaker panel in our hallway closet is crackling, and the closet door is hot when I touch it.",E,False,M,False),
("frontdesk","Front desk note - elevator 2","Front desk: the doors of elevator 2 opened on the 3rd floor with no car behind them. The shaft is wide open and the doors won't close again.",E,False,M,False),
("email","Storm","A huge oak limb came down through our bedroom ceiling in the storm. Rain is pouring in on the bed and there's insulation everywhere.",E,True,M,False),
("pre","Phone message - Dubois",pre("Marie Dubois","503-555-0162","Cedar Hollow HOA","The propane tank on the grill on her neighbour's deck is hissing, the valve is white with frost and she can smell gas through her window. Please call back."),E,False,M,True),
("email","Lower garage","The creek came over its bank and muddy water is running down the ramp into the lower garage. It's already over the tires of the cars on P1.",E,True,M,False),
("email","Scaffolding","The scaffolding on the west side of the tower is swaying in the wind and a plank just fell onto the walkway to the parking lot.",E,False,M,False),
("email","Unit below","Hot water is flowing out from under the door of 207 and the hallway is full of steam. The owners are away for the month.",E,True,M,False),
("email","Probably nothing","Probably nothing, but the outlet behind our fridge has a brown scorch mark around it, it buzzes, and the kitchen smells like hot plastic.",E,False,M,False),
("frontdesk","Front desk note - lobby","Front desk: a car drove through the glass wall of the lobby. The driver is still in the car, and big pieces of glass are hanging from the frame above the entrance.",E,False,M,False),
# --- urgent ---
("email","Gate code","My gate code at the storage facility stopped working this morning and I have a rental truck until 5 today with all my furniture in it.",U,False,A,False),
("email","Deadbolt","The deadbolt on our front door snapped off in my hand and the door won't lock. I work the night shift and leave at 9 tonight.",U,False,A,False),
("pre","Phone message - Novak",pre("Tomas Novak","651-555-0177","Riverside Rentals","The plumber stopped the leak under his tub yesterday but the bathroom floor is soft and sagging. He wants someone to look at it today. Call back."),U,True,M,True),
("email","Plate not in system","The patrol guy says my plate isn't in their system and the truck is coming for my car at 6 tonight. I've lived here two years.",U,False,A,False),
("portal","Intercom","The intercom at the front gate is dead, so my home health aide can't buzz in, and she is due at 1.",U,False,A,False),
("frontdesk","Front desk note - 12A","Front desk: the resident of 12A is locked out in her slippers; her keys are inside and she asks whether the office has the spare.",U,False,A,False),
("email","Blocked in","A moving truck is parked across the alley behind my garage and nobody is with it. I can't get my car out and my son has surgery at 11.",U,False,A,False),
# --- normal ---
("email","Fire pit burner","Is the gas burner at the fire pit allowed after 10 pm? The rules sheet in the clubhouse doesn't say.",N,False,AM,False),
("email","5 am","Someone upstairs drops weights on the floor at 5 every morning. It shakes the light fixture over our bed.",N,False,C,False),
("email","Water bill","Our water bill doubled this quarter. A plumber came out and found no leak anywhere. Could you have the meter checked?",N,False,B,False),
("email","Peephole","The peephole in our front door is fogged up on the inside and we can't see through it. Could it be replaced?",N,False,M,False),
("email","Garage door colour","I'd like to paint my garage door dark green. Which colours are on the approved list?",N,False,AR,False),
("email","Dog","The dog from 18 was off leash in the courtyard again and charged at my daughter. Leashes are required here.",N,False,V,False),
("portal","Wrong building","The courier put my parcel in the locker of the building next door; the text says building 8 but I live in 3. How do I get it?",N,False,P,False),
("email","WO 4410","WO 4410: electrician replaced the GFCI in the 2B kitchen. Needs access to 2A tomorrow morning to trace the circuit; please arrange with the owner.",N,False,W,False),
("pre","Phone message - Greer",pre("Alma Greer","480-555-0104","Sunridge Self Storage","Wants to know how to transfer her storage unit into her brother's name. Please call back."),N,False,MV,True),
("email","Garden contest","Dying to find out who won the balcony garden contest! When are the results posted?",N,False,G,False),
("email","Sink","There's a small drip from the trap under my kitchen sink. I put a bowl under it for now. Could maintenance tighten it this week?",N,True,M,False),
("email","Damp patch","Since the heavy rain there's a damp patch on the wall under our living-room window, about the size of a plate. Nothing is dripping.",N,True,M,False),
("email","Car in visitor lot","A grey van has been in the visitor lot for three days and someone seems to be sleeping in it at night.",N,False,S,False),
("email","Autopay","The new portal shows my December autopay as both 'pending' and 'failed'. Was I charged or not?",N,False,B,False),
("email","Hallway lights","The motion-sensor lights on the 6th floor hallway stay on all night. Can the timer be checked?",N,False,M,False),
# --- low ---
("email","Thanks","Thanks to the plumber who fixed the leak under our sink so quickly on Tuesday. Everything's dry.",L,True,G,False),
("email","Oakmont Newsletter","Oakmont HOA Newsletter: new flood lights in the tennis courts, fire safety week starts on the 9th, and the burning of leaves is not allowed.",L,False,NH,False),
("email","Mailbox not monitored","This mailbox is no longer monitored. Please resend your message to accounts@lakeviewcpa.example.",L,False,NH,False),
("email","Hot deals","Hot deals burning up! Get 70% off smoke-free e-cigarettes today only.",L,False,NH,False),
("email","WO 5120 closed","WO 5120 closed: keypad at gate 2 replaced and tested.",L,False,W,False),
("email","Parents","FYI, my parents will stay in our unit this weekend while we're in Denver. They have their own key.",L,False,G,False),
("email","Re: Entrapment drill","Noted, thank you.\n\n> On Tue, the office wrote:\n> The fire department runs an elevator entrapment drill on Thursday between 10 and 11.",L,False,G,False),
("email","Your parcel","Your parcel has been delivered to the front desk. This is an automated message.",L,False,NH,False),
]
