# ruff: noqa: E501
# fmt: off
# Sixteenth blind held-out set, English half (written in round 16 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain, understated, in passing ---
("email","Quick question about parking + something else","Hi, two things. Is guest parking still free after 6? Also, not a big deal probably, but there's a hissing sound behind the stove and the kitchen smells like rotten eggs since I got home. Kids are doing homework at the table.",E,False,M,False),
("portal","Laundry room","The pipe above the dryers in the basement laundry split open and it's spraying across the room onto the outlets. I turned the dryers off but I can't find a shutoff.",E,True,M,False),
("pre","Phone message - Okafor",pre("Ngozi Okafor","404-555-0198","Willow Bend Townhomes 14","Her neighbour's garage has smoke seeping out under the door and nobody answers. She's called 911 too but wants management there. Call her back."),E,False,M,True),
("email","Ceiling bulge","Hate to be dramatic but the ceiling in our son's bedroom is sagging like a balloon and water is dripping through the light fixture. He's asleep in the other room for now.",E,True,M,False),
("frontdesk","Front desk note - storage unit 228","Front desk: a renter says he can hear someone moaning inside unit 228 in building C, door is locked from outside. Unit holder not reachable.",E,False,S,False),
("email","Elevator","Hey, the north tower elevator jammed between floors with my mom inside, she's 79 and on oxygen. She says she's okay but the tank only has about an hour left.",E,False,M,False),
("portal","Breaker panel","The breaker panel in my unit is warm to the touch and buzzing loudly, and there's a faint burnt smell. Lights dim every couple of seconds. Should I be worried?",E,False,M,False),
("email","Pool gate / also water","Writing about the broken pool gate latch, which someone should look at this week. While I was out there I noticed water gushing out of the ground by the clubhouse sprinkler box, it's flooding the walkway and running into the clubhouse door.",E,True,M,False),
("pre","Phone message - Brennan",pre("Tom Brennan","617-555-0142","Harbor View HOA 9","Says the toilet upstairs overflowed and sewage is coming through his kitchen ceiling light. He shut the power to the kitchen. Wants a call right away."),E,True,M,True),
("email","No heat","Heat's been out since yesterday afternoon. It's 8 degrees outside and 49 in here. My husband just had surgery and can't really get out of bed. Just letting you know.",E,False,M,False),
("email","Someone in the stairwell","There's a man passed out in stairwell B on the 3rd floor landing, not responding when I talk to him, breathing is weird. I'm staying with him.",E,False,S,False),
("portal","Balcony railing","The balcony railing on 5C came loose in the storm and is hanging by one bolt over the front entrance. People are walking in and out underneath it.",E,False,M,False),
("email","smell","there's a really strong gas smell in the hallway on floor 2 near the meter closet, got stronger over the last hour. didn't want to call in case I'm wrong",E,False,M,False),
("email","Unit flooding","Water heater let go. There's about two inches of water in the hall closet and it's moving into the bedroom carpet, still pouring out the bottom.",E,True,M,False),
("frontdesk","Front desk - break-in","Front desk: resident in 210 reports someone is inside her apartment right now, she's hiding in the bathroom texting us. Police called.",E,False,S,False),
("email","Tree on the wires","A big branch came down on the power line behind building 4 and it's sparking on the wet grass where kids usually play.",E,False,M,False),
("email","Maybe nothing","Probably nothing, but the carbon monoxide alarm went off twice and now my daughter and I both have pounding headaches and feel dizzy. I opened a window.",E,False,M,False),
# --- urgent ---
("email","Locked out","Locked out of 3F with my dog inside, I'm in my running clothes. Can someone bring a key?",U,False,A,False),
("email","Fridge died","Fridge stopped cooling overnight, I have insulin in there that needs to stay cold.",U,False,M,False),
("pre","Phone message - Kaur",pre("Simran Kaur","206-555-0164","Pine Street Storage","Gate code not working and she has a moving truck booked by the hour waiting outside. Call back please."),U,False,A,True),
("email","Toilet","Only toilet in the unit won't stop running and now it won't flush at all. Nothing's overflowing.",U,False,M,False),
("email","Garage door stuck open","The parking garage door is stuck open since this morning, anyone can drive in.",U,False,S,False),
("email","AC","AC quit again, it's 97 out and upstairs is 88. My toddler is napping up there.",U,False,M,False),
("email","Dripping under sink, valve off","The pipe under my bathroom sink started dripping, I shut the valve and it stopped. Can someone come today? I need that sink.",U,True,M,False),
("email","Towing notice","My car has a tow sticker saying it goes at noon today but I have a valid permit on the mirror.",U,False,A,False),
# --- normal / tricky ---
("email","Past flood, insurance","Our basement flooded back in March, all fixed now. My insurer needs a letter from the HOA confirming the date.",N,True,G,False),
("email","Fire drill?","The notice said alarm testing Thursday between 10 and 2. Will the horns go the whole time? Trying to decide whether to take my anxious greyhound out for the day.",N,False,G,False),
("email","Smoke from grill","Pretty sure charcoal on the balconies is banned in our bylaws, but 3rd floor fires one up nightly and my bedroom fills with it.",N,False,V,False),
("email","Faint drip","There's a slow drip from the tub spout, maybe one drop every few seconds. No rush.",N,True,M,False),
("email","Old stain","Since the roof got fixed two winters ago there's been a tea-coloured outline over the bookcase. Bone dry. Any chance the painters could cover it when they do the halls?",N,True,M,False),
("email","Chirping","That high beep from the hallway ceiling thing started again, every sixty seconds or so. Pretty sure it wants a new 9-volt, ceilings are too tall for my step stool.",N,False,M,False),
("email","Statement","My ledger shows a $25 penalty for March but the bank says the transfer cleared on March 1. Can you take a look?",N,False,B,False),
("email","Autopay","How do I switch autopay to a different bank account?",N,False,B,False),
("email","Fence","Can we replace our wood fence with black aluminum? Need ARC approval?",N,False,AR,False),
("email","Package","My package shows delivered to the office on Friday but the office says they don't have it.",N,False,P,False),
("email","Move-out","Our lease is up at the end of next month and we're buying a house. Do I book the final inspection myself, and how long until the security deposit comes back?",N,False,MV,False),
("email","Gym","The cable machine in the gym has a frayed cable. Someone might get hurt eventually.",N,False,AM,False),
("email","Barking","Whoever lives under me leaves a husky alone all day and it howls from about nine to five. I work from home and it's constant.",N,False,C,False),
("email","Storage unit price","Got a letter that my unit's monthly rate is going up 18%. Is that right?",N,False,B,False),
("email","Elevator earlier","The elevator got stuck for a minute this morning but then kept going, everyone got out fine. Could it be checked?",N,False,M,False),
("email","Work order 5512","Work order 5512: replaced wax ring under toilet in unit 12, leak stopped. Subfloor dry. Closing ticket.",L,True,W,False),
("email","Auto-reply","Automatic reply: Priya is on parental leave through August. For HOA accounting questions write to the general finance inbox.",L,False,NH,False),
("email","Newsletter","Your monthly community newsletter is here: pool hours, board meeting dates and more!",L,False,NH,False),
("email","Cracked tile","A floor tile in my kitchen is cracked, it's been like that for a while. Just want it on the list.",N,False,M,False),
("email","Airbnb","Unit 7 seems to have a different group with suitcases every weekend.",N,False,V,False),
("email","Burning smell was toast","Earlier I reported a burning smell — it turned out to be my toaster, all good now, sorry!",N,False,M,False),
("email","Water bill","The shared water bill went way up this quarter. Is there a leak somewhere in the complex?",N,False,B,False),
("email","Clubhouse booking","Is the party room free Saturday the 14th in the afternoon? My daughter turns six and we'd have about twenty people.",N,False,AM,False),
("email","Camera","Someone knocked the side-gate CCTV so it now films the gravel. Been like that since before Thanksgiving.",N,False,S,False),
]
