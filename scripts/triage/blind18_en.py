# ruff: noqa: E501
# fmt: off
# Eighteenth blind held-out set, English half (written in round 18 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Pet addendum question","Quick one about the pet addendum for our cat. Also, not sure who to tell, but the dryer vent in the shared laundry on 2 is glowing orange behind the lint screen and the room is filling with grey haze.",E,False,M,False),
("pre","Phone message - Okafor",pre("Chidi Okafor","404-555-0193","Maple Court Apartments 7C","Says the kitchen ceiling just split open and water is dumping onto the stove and counters, the whole room is soaked. Call him right away."),E,True,M,True),
("portal","Unit C-22","My brother was loading his unit at the back of building C and a stack of shelving fell on his legs. He's pinned and says he can't feel his foot.",E,False,S,False),
("email","Clubhouse","Heads up, the gas fireplace in the clubhouse lounge has a hissing sound and the whole room reeks of rotten eggs. Nobody's lit it.",E,False,M,False),
("frontdesk","Front desk note - lobby","Front desk: a visitor collapsed near the mailboxes, not responding, a resident is doing CPR. 911 called.",E,False,S,False),
("email","Bathroom","The toilet tank cracked in half, water won't stop spraying out of the supply line and it's already going under the door into the bedroom carpet. I can't find a shutoff.",E,True,M,False),
("email","Strange smell","Not sure this matters, my two kids and I all have pounding headaches and feel dizzy, and the furnace closet smells like exhaust. We're sitting outside now.",E,False,M,False),
("portal","Railing","The metal railing on the third floor walkway of building B came loose from the wall and is hanging out over the parking lot. One push and it goes.",E,False,M,False),
("email","Someone at my door","There's a man I don't know trying to pry my sliding door with a screwdriver right now, I'm upstairs with the lights off.",E,False,S,False),
("email","Electrical room","Water is coming through the ceiling of the main electrical room behind the mail area and dripping on the breaker cabinets, they're buzzing loudly.",E,True,M,False),
("pre","Phone message - Liu",pre("Grace Liu","310-555-0148","Harbor View HOA","Her 4-year-old slipped through the pool gate, which doesn't latch, and was pulled out of the deep end coughing. Ambulance on the way. Wants the office to know."),E,False,AM,False),
("email","Furnace","Heater's been dead since Saturday, it's 39 degrees inside. My grandfather lives with us, he's 93 and just got out of the hospital.",E,False,M,False),
("email","Storm","The big oak in front of 22 Willow Ln just came down on my car and the branch is resting on the power line, the line is sagging and sparking.",E,False,M,False),
("email","Hallway","Grey smoke is seeping around the frame of 305's door into the corridor, their alarm has shrieked for ten minutes and knocking gets nothing.",E,False,M,False),
("email","Garage sale + one thing","Is the community garage sale still on the 14th? Oh, also, the sewer cleanout in our yard is spewing raw sewage and it's running into the neighbours' basement window well.",E,True,M,False),
# --- urgent ---
("email","Key fob","My fob stopped working at the garage and the front door, I'm stuck outside with groceries. Can someone let me in today?",U,False,A,False),
("email","Water heater","Water heater leaked a bit overnight, I shut the cold valve and it stopped. No hot water though, can someone come today?",U,True,M,False),
("email","Dead tree","There's a dead tree leaning toward the walkway by building 4, I'm worried it will fall in the next storm. Could someone deal with it before the weekend?",U,False,M,False),
("email","Back door","Building 9's back entry won't catch anymore, the strike plate fell off, so the door just drifts open all night. Can it be fixed today?",U,False,S,False),
("email","Fridge","Our fridge stopped cooling last night and my son's insulin is in there. Can someone come today?",U,False,M,False),
("pre","Phone message - Brandt",pre("Ellen Brandt","617-555-0107","Summit Self Storage","Her access code was deactivated and the truck rental is due back at 5. Please call back."),U,False,A,True),
# --- normal ---
("email","Old stain","There's a brown mark on the hallway ceiling from last winter's leak, totally dry and not spreading. Can someone paint over it sometime?",N,True,M,False),
("email","Statement","My statement shows two HOA dues payments taken in October. Can you refund one?",N,False,B,False),
("email","Slow drain","Bathroom sink drains really slowly. No rush.",N,False,M,False),
("email","Leaky faucet","Kitchen faucet drips from the spout all day, probably a washer. Whenever someone is around.",N,True,M,False),
("email","Gym","Two treadmills in the fitness room have had out-of-order signs for a week.",N,False,AM,False),
("email","Noise","Whoever is in 6D drags chairs and slams drawers past midnight all week.",N,False,C,False),
("email","RV parking","A camper van has sat on the Elm and 3rd corner lot, half on the grass, since October. Do the bylaws allow that?",N,False,V,False),
("email","Fence","Our cedar fence is rotting, so we're thinking white vinyl at the same height. Which paperwork does the design committee need?",N,False,AR,False),
("email","Package","Tracking claims my order went into the parcel lockers Tuesday, yet nobody sent me a pickup code.",N,False,P,False),
("email","Move out","We're moving out at the end of January. How do I schedule the walkthrough and when is the deposit returned?",N,False,MV,False),
("email","Ceiling fan","Bedroom ceiling fan wobbles a lot on high. Can maintenance tighten it?",N,False,M,False),
("email","Fire alarm test","The notice says the sprinkler inspection is Thursday; will the horns be sounding all morning? I sleep days after my shift.",N,False,G,False),
("email","Gate code","What's the guest gate code procedure for a party on Saturday?",N,False,A,False),
# --- low ---
("email","Thank you","Thanks to the crew for clearing the snow so early this morning.",L,False,G,False),
("email","Work order 7112","WO 7112: replaced wax ring on toilet in unit 12B, no more seepage at base, floor dry. Closed.",L,True,W,False),
("email","Automatic reply","Auto-reply: Hi, Dana here. I'm travelling for the holidays and back on the 3rd; for anything pressing please ring the leasing line.",L,False,NH,False),
("email","Newsletter","Your monthly HOA newsletter: holiday lights contest, pool closing dates, and more.",L,False,NH,False),
("email","Work order 7120","Work order 7120: hallway light on floor 5 replaced, working. Closing ticket.",L,False,W,False),
("email","Minutes","Where can I find the annual meeting minutes?",L,False,G,False),
]
