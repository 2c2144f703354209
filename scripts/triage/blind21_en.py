# ruff: noqa: E501
# fmt: off
# Twenty-first blind held-out set, English half (written in round 21 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Pool pass renewal","How do I renew our pool passes for the summer? Also, right now the ceiling over my stove has started raining, drops everywhere and the drywall is sagging down like a belly.",E,True,M,False),
("pre","Phone message - Haddad",pre("Lina Haddad","214-555-0147","Cedar Bluff Apartments","Strong gas odour in the stairwell of building 4 and she can hear a stove clicking in 4B with nobody answering. Asked for a call back."),E,False,M,True),
("portal","Unit 118","I'm inside my unit 118 and the roll-up door slammed down behind me. The latch caught on the outside and I can't lift it from in here. Phone is at 9 percent.",E,False,M,False),
("frontdesk","Front desk note - 3F","Front desk: resident of 3F called from her bathroom. A man she doesn't know is trying keys in her front door and rattling the handle right now.",E,False,S,False),
("email","Basement laundry","Brown water is backing up out of the floor drain in our basement laundry room, it's an inch deep now and still rising, smells like a septic tank.",E,True,M,False),
("email","Nursery heater","The heater in our daughter's room died overnight. It's minus 8 outside, the room reads 54 and she is five weeks old. The main furnace isn't kicking on either.",E,False,M,False),
("email","Dues check","I mailed my dues check last Monday, could you confirm you received it? Unrelated, the outlet behind our fridge just popped, there are black scorch marks on the wall plate and a burning plastic smell.",E,False,M,False),
("pre","Phone message - Brooks",pre("Terrell Brooks","480-555-0163","Sagebrush HOA","Says flames are coming out of the dryer vent on the back wall of building B. Left the message only, didn't ask for a call."),E,False,M,False),
("email","Courtyard pine","Last night's gusts snapped the courtyard pine in two. The top half punched through the roof over unit 12's bedroom, shingles are scattered down the walk.",E,False,M,False),
("email","Probably nothing","Probably nothing, but our water heater is making popping sounds and there's water across the garage floor, spreading toward the moving boxes.",E,True,M,False),
("portal","Balcony above","The balcony above mine is pulling away from the wall. The crack got wider since last night and chunks of stucco fell onto my patio this morning.",E,False,M,False),
("email","Monitor reads 210","The kids' plug-in carbon monoxide monitor is flashing red and reads 210. We're all out on the lawn, my daughter threw up twice.",E,False,M,False),
("email","Car windows","Someone smashed my car window in the garage and I can see him two rows over doing the same to a grey SUV right now.",E,False,S,False),
("email","Coat closet","A pipe inside the wall of our coat closet burst, water is shooting out through the baseboard and the hall carpet squishes when you step on it.",E,True,M,False),
("pre","Phone message - Nguyen",pre("Mai Nguyen","971-555-0128","Harbor View Condos","Elevator in building 2 stopped between 6 and 7 with her father inside, he's 82 with a heart condition. Please call her back."),E,False,M,True),
# --- urgent ---
("email","Keys","Lost my keys at the gym and my dog is inside. I need to get back in before my shift starts at 5 today.",U,False,A,False),
("portal","No hot water","Both showers and the kitchen only run cold since about 6 this morning, the water heater pilot seems out. Could someone come by today?",U,False,M,False),
("email","Unit 305 sale","The lien sale list posted at the office has my unit 305 for 9 am tomorrow. I settled up online last night, please take it off.",U,False,B,False),
("email","Guest lot","The wrecker driver has the chains on my Civic in visitor spot 3 this minute. My hang tag is right there on the mirror, please call him off!",U,False,A,False),
("email","Sink supply line","The supply line under my bathroom sink leaked overnight. I closed the valve and it's stopped, but the cabinet floor is warped and the neighbour below has a wet spot on her ceiling. Could someone check today?",U,True,M,False),
("email","AC","The condenser out back hums but nothing cold comes out. Thermometer on the porch says 109 and my wife is seven months along. Any chance of a tech today?",U,False,M,False),
("pre","Phone message - Ortiz",pre("Luis Ortiz","505-555-0190","Mesa Storage","Keypad at the storage gate won't take his code and he's stuck at the entrance with a truck full of furniture. Please call back."),U,False,A,True),
# --- normal ---
("email","Faucet","The bathroom faucet drips all night and keeps me awake. Not urgent, whenever someone is around.",N,True,M,False),
("email","Water bill","Why does the utility statement show $212 for water on a one-bedroom? Nobody lives there half the month.",N,False,B,False),
("email","Fire pit","Is the clubhouse patio with the gas fire pit free on the 18th? My son turns sixteen and we'd like it from 7 to 10.",N,False,AM,False),
("portal","Rear lot","Half the flood lights behind building K stopped working, and the dumpster corner is pitch black after 8.",N,False,M,False),
("email","Front door","We're thinking of a fiberglass entry door with a glass panel. Does it go through the design committee, and is there a form?",N,False,AR,False),
("email","Subwoofer","Whoever is in 14 has a subwoofer going until 2 am every weekend.",N,False,C,False),
("email","RV","A camper van has been living on the grass of 41 Juniper since the start of the month. Pretty sure the covenants forbid that.",N,False,V,False),
("email","Moving out","Our lease ends the 30th and the truck is booked. Who do I schedule the final inspection with, and do I leave the keys in the drop box?",N,False,MV,False),
("email","Missing parcel","The courier photo shows my box on the leasing office counter Tuesday afternoon. Today staff say it isn't in the back room.",N,False,P,False),
("email","Gym","Dying to know whether the rowing machines ever got ordered for the fitness room!",N,False,AM,False),
("email","Old ring","Above the bookshelf there's a tea-coloured ring left from the roof trouble in April. It hasn't grown and feels dry. Whose job is it to paint over it?",N,True,M,False),
("email","Chirping","One of the hardwired smoke alarms, the one over the linen closet, gives a single chirp every 45 seconds or so. Low battery I'm guessing, but it's 10 feet up. Can someone bring a ladder?",N,False,M,False),
("email","Mailroom camera","Could we get a camera in the mailroom? Two parcels walked off this month.",N,False,S,False),
# --- low ---
("email","Thanks","Big thanks to Luis, who crawled under the tub access panel and sealed the leaking drain joint. Two days later the subfloor is still dry.",L,True,G,False),
("email","WO 5512","Vendor update, ticket 5512: unit 9 hall bath, toilet reset on a new flange, seepage at the base gone after three flushes. Ticket closed.",L,True,W,False),
("email","Out of office","Automatic reply: I am travelling through the 14th. For anything about unit 22 please write to my husband.",L,False,NH,False),
("email","URGENT: account","URGENT: your resident account will be suspended in 24 hours. Click here to verify your password.",L,False,NH,False),
("email","Spring newsletter","The Sagebrush Bulletin - April: mulch delivery days, a new recycling hauler and our volunteer of the month. Manage your subscription here.",L,False,NH,False),
("email","See you","Perfect, Thursday at ten works for us.",L,False,G,False),
]
