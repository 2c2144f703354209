# ruff: noqa: E501
# fmt: off
# Twelfth blind held-out set, English half (written in round 12 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, said in plain words ---
("email","Bathroom fan dripping water","Water is pouring out of the bathroom exhaust fan right now and the light next to it flickered. Lakeside Commons 3B, upstairs tenant is away.",E,True,M,False),
("portal","Toilet overflowing sewage","Every time the upstairs unit flushes, brown water comes up out of our tub drain. The bathroom floor is covered and it stinks.",E,True,M,False),
("pre","Phone message - Ortiz",pre("Luis Ortiz","303-555-0141","Pine Ridge HOA, 18 Aspen Ct","Says the dryer vent is smoking and the laundry room smells like burning plastic. Kids are outside. Call him now."),E,False,M,True),
("frontdesk","Walk-in: rotten egg smell","Resident from building C came down to say the whole third floor hallway smells like rotten eggs and it's getting stronger near the meter closet.",E,False,M,False),
("email","Mom stuck in lift","My mother is stuck in the east elevator between 6 and 7, the doors won't open and she's panicking. She's 81.",E,False,M,False),
("email","Outlet popping","The outlet behind the fridge just popped with a blue flash and now there's a scorched smell in the kitchen.",E,False,M,False),
("email","Someone climbing in","There's a guy climbing through the back window of the empty unit next door right now. I can see him from my balcony.",E,False,S,False),
("email","Balcony railing gave way","The balcony above mine partly collapsed this morning, chunks of concrete are on my patio and the railing is hanging loose.",E,False,M,False),
("email","Oak on the roof","The big oak by the clubhouse came down in the wind and it's lying across the roof of unit 14. There's a hole in the roof.",E,False,M,False),
("email","No heat, newborn","Heat's been out since about midnight. Minus five outside, our son is two weeks old and his room reads 55.",E,False,M,False),
("email","Storage unit flooding","Unit 4-112 at Redstone Self Storage has an inch of water on the floor and more is running in under the roll-up door. My furniture is in there.",E,True,M,False),
("email","Main burst in the yard","The water line burst under our front yard, water is shooting up and flowing into the neighbor's basement window.",E,True,M,False),
("email","CO detector and dizzy","The carbon monoxide plug-in is shrieking, my husband feels woozy and sick. We all went out to the car.",E,False,M,False),
# --- urgent ---
("email","Locked out before shift","I locked my keys in the apartment, my baby is with the sitter next door, I just need in before my shift at 3. Unit 210.",U,False,A,False),
("email","Garage gate dead","The garage gate won't open at all and I'm stuck inside with a dentist appointment in an hour.",U,False,A,False),
("email","AC out, 104 degrees","AC is blowing warm and it's supposed to be 104 today. My dad is staying with us.",U,False,M,False),
("email","No hot water since morning","Unit 9 tenant: the shower has run cold all day and the heater display just shows E1.",U,False,M,False),
("pre","Phone message - Kim",pre("Grace Kim","720-555-0188","Harbor View 11A","The leak under her sink stopped after she shut the valve but the cabinet floor is warped and she wants someone to look today."),U,True,M,True),
("email","Towing this afternoon","Got a tow warning taped to my windshield for this afternoon because of the repaving. I'm at work an hour away - please don't let them take it.",U,False,A,False),
# --- normal, some alarming-sounding ---
("email","Old ceiling stain","There's a brown ring on the living room ceiling from the leak in March. It's dry, just want it painted.",N,True,M,False),
("email","Fire drill question","When is the next fire drill? I work nights and want to know ahead of time.",N,False,G,False),
("email","Slow drip","The tub spout drips a little when it's off. It's going into the drain, no mess.",N,True,M,False),
("email","Water shutoff notice?","I heard there's a planned water shutoff Thursday. What hours?",N,False,G,False),
("email","Cracked window","My bedroom window has a crack from a stone the mower threw. Nobody hurt, but it needs replacing.",N,False,M,False),
("email","Smoke from next door","The guy next door chain-smokes on his patio and my bedroom reeks of it every night.",N,False,C,False),
("email","Dog barking","Since the new tenants moved into 5D their husky howls all afternoon.",N,False,C,False),
("email","Trash cans out all week","Number 22's bins have been sitting at the curb since last Monday. Isn't there an HOA rule about that?",N,False,V,False),
("email","New front door color","Could we paint our front door dark green? What's the approval process?",N,False,AR,False),
("email","Clubhouse booking","Is the clubhouse free on the 14th for a baby shower?",N,False,AM,False),
("email","Package marked delivered","Tracking says my package was delivered to the lockers yesterday but I never got a code.",N,False,P,False),
("email","Move-out inspection","Our lease ends on the 30th - who do I contact to book the final inspection?",N,False,MV,False),
("email","Double charged","I was charged twice for October's rent on the portal.",N,False,B,False),
("email","Broken light in stairwell","The light in the north stairwell on floor 2 is out.",N,False,M,False),
("email","Gate code for guests","What's the guest code for the side gate? My parents visit Saturday.",N,False,A,False),
("email","Vendor: roof leak repair scheduled","Roofer: we'll repair the roof leak over building B on Monday, need access to the attic hatch in unit B4.",N,True,W,False),
("pre","Phone message - Patel",pre("Raj Patel","303-555-0177","Pine Ridge HOA, 7 Birch Ln","Wants to know about the special assessment letter. Please call back."),N,False,B,True),
# --- low ---
("email","Thanks for the quick fix","Thanks to the plumber who fixed our leaking water heater yesterday. All dry now!",L,True,G,False),
("email","Pine Ridge newsletter","Pine Ridge News: autumn leaf pickup, holiday lights contest and a recipe corner. Click to unsubscribe.",L,False,NH,False),
("email","Out of office","Out of office until Monday. For storage billing questions contact billing@redstone.example.",L,False,NH,False),
("email","WO 9340 completed","WO 9340 completed: replaced the smoke detector battery in 2C. No further action.",L,False,W,False),
]
