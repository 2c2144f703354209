# ruff: noqa: E501
# fmt: off
# Tenth blind held-out set, English half (written in round 10 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, said in plain words ---
("email","Laundry room","The washer hose popped off behind the machine and there's an inch of water across the laundry room floor, still gushing. I can't find the valve.",E,True,M,False),
("portal","Light fixture dripping","Water is dripping out of the light fixture in the hallway ceiling, faster every minute, and the light flickered twice.",E,True,M,False),
("pre","Phone message - Okafor",pre("Chidi Okafor","404-555-0172","Maple Court HOA, 17 Birch Ln","Says there's smoke coming out of the dryer vent on the outside wall and it smells like burning plastic. Family is outside. Please call back right away."),E,False,M,True),
("email","Rotten egg smell by the boiler","Whole basement hallway smells like rotten eggs near the boiler room, my eyes are watering. Building 3, Cedar Hills Rentals.",E,False,M,False),
("frontdesk","Lobby walk-in","Resident came to the desk: her husband and a delivery man are stuck in the freight elevator between 6 and 7, the alarm bell is ringing and nobody answers the phone inside.",E,False,M,False),
("email","Grandpa dizzy, detector chirping numbers","The carbon monoxide detector in the hall is showing 180 and beeping nonstop, my grandfather says he's dizzy and confused.",E,False,M,False),
("email","Outlet melting","The outlet behind the TV is black and melting, there was a pop and a flash and it's still smoking a little.",E,False,M,False),
("email","Someone in my garage right now","Someone just broke the side window of my garage and is in there right now, I can hear them. I'm upstairs with the door locked. Lot 12, Foxglen HOA.",E,False,S,False),
("portal","Balcony railing","The balcony railing on the 4th floor above the entrance tore away from the wall and is hanging down over the front steps.",E,False,M,False),
("email","Oak on the roof","The big oak behind our unit split and half of it is lying on our roof, there's a hole over the kids' room.",E,False,M,False),
("email","No heat, 91-year-old mother","The heater quit last night and it's 14 degrees outside. My mother is 91 and lives with us, it's 55 in the living room.",E,False,M,False),
("email","Sewer coming up in the shower","The shower drain is pushing up dirty sewer water and it's over the lip of the shower onto the bathroom floor.",E,True,M,False),
("email","Storage unit soaked","At Redstone Self Storage unit B-44 there's water streaming down the back wall from the roof and pooling around my furniture right now.",E,True,M,False),
("email","Wires sparking in the lot","After that gust a cable snapped off the pole by building 5 and it's lying on the asphalt throwing sparks, cars parked right beside it.",E,False,M,False),
# --- urgent ---
("email","Fob dead, can't get in","My fob stopped working and I can't get into the building, I've been out here in the cold for 20 minutes.",U,False,A,False),
("pre","Phone message - Lindqvist",pre("Erik Lindqvist","651-555-0190","Northwood Rentals #3","Says the shower has only cold water since yesterday. Family of four. Please call him back."),U,False,M,True),
("email","Sink leak stopped, cabinet swollen","The plumber stopped the leak under my bathroom sink this morning but the cabinet bottom is soaked and swollen. Can someone check for damage today?",U,True,M,False),
("email","Back door won't latch","The deadbolt on our back door snapped and the door won't stay shut, we can't secure the house tonight.",U,False,A,False),
("email","Storage auction Friday","My unit C-18 is listed for auction this Friday but I paid the balance yesterday. Please pull it from the auction.",U,False,B,False),
("email","Being towed","They're towing my car from my own spot right now, I have a permit sticker!",U,False,A,False),
# --- normal, alarming-sounding ---
("email","Stairwell bulb","The bulb on the 3rd floor landing in stairwell B is out, it's pretty dark at night.",N,False,M,False),
("email","Window stuck open","The bedroom window is stuck open about two inches and won't slide closed. Rain is forecast this weekend.",N,False,M,False),
("email","Old flood stain","After the burst pipe last spring there's still a faint tide mark on the hallway baseboards. Could it be repainted?",N,True,M,False),
("email","Faucet drip in a bowl","The kitchen faucet drips slowly, I put a bowl under it. Whenever someone is free.",N,True,M,False),
("email","What if the pipes freeze","If the pipes freeze while we're on vacation in January, who is responsible for the damage?",N,False,G,False),
("email","Smoke alarm test","When is the next smoke alarm test in building 2? I work nights.",N,False,G,False),
("email","Firepit rules","Are propane firepits allowed on the patios, or only the shared one?",N,False,AM,False),
("email","Gas grill on balcony","Upstairs fires up a charcoal kettle on his balcony each evening and my bedroom fills with the fumes.",N,False,C,False),
("email","Trash cans out all week","Number 22 never brings its bins back from the street, they've sat out since last Tuesday. I believe the bylaws say same day.",N,False,V,False),
("email","Short-term rental","Unit 9 has a new group with suitcases every weekend, it looks like they're renting it out by the night.",N,False,V,False),
("email","Fence stain color","We want to stain our fence dark walnut. Is that on the approved color list?",N,False,AR,False),
("email","Tennis court net","The net on tennis court 2 is torn and sagging.",N,False,AM,False),
("email","Package marked delivered","Tracking claims a courier dropped my order with the concierge on Tuesday, the concierge has no record of it.",N,False,P,False),
("email","Move-out inspection","I'm moving out on the 30th. When can we schedule the walk-through?",N,False,MV,False),
("email","Gate code changed?","Did the pedestrian gate code change? Mine stopped working last week, I've been using the car gate.",N,False,A,False),
("email","Charged twice","I was charged the HOA dues twice this month on my card.",N,False,B,False),
("email","Car rummaged overnight","Someone went through my unlocked car in the garage overnight, nothing big taken. Can you check the cameras?",N,False,S,False),
("email","Still waiting on dishwasher","It's been three weeks since I reported the dishwasher and no one has called me.",N,False,C,False),
("email","Pest control","Vendor: quarterly pest control for buildings A to D is scheduled for Wednesday; please notify residents.",N,False,W,False),
("email","Roof leak repair quote","Roofer: the leak over unit 31 is from cracked flashing. Quote attached, $1,150; please confirm with the owner before we schedule.",N,True,W,False),
("email","Water heater age","How old are the water heaters in the townhomes? Ours is making popping noises.",N,False,M,False),
# --- low ---
("email","Job complete","Work order 7712 complete: replaced the wax ring on the upstairs toilet, no more seepage, area dried. No action needed.",L,True,W,False),
("email","Thanks for the quick fix","Thanks so much for fixing the leaking pipe in the laundry room so fast yesterday!",L,True,G,False),
("email","Pool party flyer","Join us for the end-of-summer pool party! RSVP by Friday. Reply STOP to unsubscribe.",L,False,NH,False),
("email","Out of office","Automatic reply: I return on the 12th and will answer your message then.",L,False,NH,False),
("email","FYI new phone number","FYI, my new cell number is 555-0134. Nothing else needed.",L,False,G,False),
]
