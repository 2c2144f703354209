# ruff: noqa: E501
# fmt: off
# Twenty-sixth blind held-out set, English half (written in round 26 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Parking permit renewal","How do I renew my parking permit for next year? Also, water is running down behind the light switch plate in our upstairs hallway right now and the drywall around it is soaked.",E,True,M,False),
("pre","Phone message - Okafor",pre("Grace Okafor","503-555-0129","Heron Way Townhomes HOA","Flames are showing in the attic vent of the townhouse next to hers at 9 Heron Way and smoke is rolling off the roof. 911 has been called. Wants a call back."),E,False,M,True),
("email","Meter room","I went down to the storage cages and there's a strong natural gas odor by the meter bank, and I can hear a hiss from one of the pipes. I didn't touch any light switches on the way out.",E,False,M,False),
("email","Detector shrieking","Our carbon monoxide detector started shrieking about ten minutes ago and my son says he feels sick and dizzy. We're all standing out on the sidewalk.",E,False,M,False),
("email","Outlet behind the couch","The outlet behind our couch just shot out sparks; there's a black scorch mark on the wall and a hot burning smell that hasn't gone away even after I flipped the breaker.",E,False,M,False),
("portal","Unit C14","Just got to my unit C14 and there's an inch of water on the floor, and more is dripping from the ceiling seam onto my boxes as I type this.",E,True,M,False),
("email","Basement shower","Raw sewage is coming up out of our basement shower drain and the toilet, and it rises higher every time someone upstairs flushes.",E,True,M,False),
("frontdesk","Front desk note - P2","Front desk: a big pipe in the P2 garage ceiling split open and water is gushing onto the cars parked in rows F and G.",E,True,M,False),
("email","Furnace","The furnace stopped working overnight. It's 52 in the apartment and 8 degrees outside, and we have a two-week-old baby.",E,False,M,False),
("pre","Phone message - Lindqvist",pre("Erik Lindqvist","612-555-0174","Cedar Point Apartments","His elderly mother has been trapped in the north elevator since 3:40, the doors won't open, she uses a walker and is very frightened."),E,False,M,False),
("email","HELP back door","Someone is trying to kick in my back door right now, I can see him through the kitchen window. I'm upstairs with my kids and on the phone with police.",E,False,S,False),
("email","Balcony 14B","The second-floor balcony at 14B just tore away from the wall and is hanging by one corner over the patio where people sit.",E,False,M,False),
("email","Oak limb","The wind brought a huge limb off the oak in front of building 3 down onto unit 3A, and it punched right through their bedroom roof.",E,False,M,False),
("email","Pool","A teenage girl just dove into the shallow end of the community pool and hit her head. She's bleeding and confused. The lifeguard called 911.",E,False,AM,False),
("email","Electrical room","Smoke is seeping out from under the door of the electrical room on level 2 and it smells like hot wiring.",E,False,M,False),
("email","Landscapers, and the garage","Thanks for sending the landscapers last week. Unrelated: our water heater tank just split open and water is flooding across the garage floor into the laundry room.",E,True,M,False),
# --- urgent ---
("pre","Phone message - Salazar",pre("Ana Salazar","702-555-0116","Desert Sun Self Storage","Her key fob won't open the roll-up gate at the storage facility and she has to return the rental truck by 5 today. Please call back."),U,False,A,True),
("email","No hot water","We've had no hot water since last night and the kids need baths before school. Nothing is leaking, the heater just isn't heating.",U,False,M,False),
("email","AC died","The air conditioning died at noon. It's 112 outside and already 94 in the apartment. Is there any way someone can come this afternoon?",U,False,M,False),
("email","Bathroom sink","The supply line under our bathroom sink leaked overnight. I shut the valve and it's dry now, but the cabinet bottom is swollen. Can a plumber look at it today?",U,True,M,False),
("email","Tow notice","Orange sticker on my Subaru: tow at 4 pm today, reason expired plates. The DMV renewal went through yesterday and I have the receipt on my phone. Please call off the tow.",U,False,A,False),
("email","Unit 317","The auction notice for storage unit 317 says tomorrow morning. I paid the balance online this afternoon, please pull it from the sale.",U,False,B,False),
("frontdesk","Front desk note - bldg C","Front desk: the lobby door lock in building C got bent by the movers and the door won't close; anyone can walk in off the street.",U,False,A,False),
("email","Locked out","I locked myself out of my condo; wallet and phone charger are inside and I'm sitting in the hallway. Can someone with a master key come?",U,False,A,False),
# --- normal ---
("email","Extinguisher tag","Noticed the pressure needle on the extinguisher by the elevator on floor 6 sits in the red zone. Probably wants a recharge or swap.",N,False,M,False),
("email","Tennis court lights","The lights over the tennis courts stay on until 2 am and glare straight into our bedroom.",N,False,C,False),
("email","Closet ceiling","There's a brown ring on our closet ceiling from the roof leak two winters ago. It's bone dry. Could it be painted over in the next round of repairs?",N,True,M,False),
("email","Sewer charge","Our quarterly statement has a sewer charge of $180 that wasn't there before. What is it for?",N,False,B,False),
("email","Fence","We'd like to replace our wood fence with black aluminum, same height. What do we submit to the architectural committee?",N,False,AR,False),
("email","Trash in the hall","The people in 5D keep leaving their trash bags in the hallway overnight and the whole floor smells.",N,False,V,False),
("email","Howling","Their husky in the unit beside ours starts howling the minute the car pulls out each morning and keeps at it till lunchtime.",N,False,C,False),
("pre","Phone message - Whitaker",pre("Dan Whitaker","317-555-0192","Maple Ridge Apartments","Wants to know why he got a late fee when his autopay went through on the 1st. Please call him back."),N,False,B,True),
("email","Missing package","FedEx shows my box signed for by 'OFFICE' on Friday, yet the leasing staff searched the back room twice and came up empty.",N,False,P,False),
("email","Move-in on the 15th","Our lease in 1207 starts on the 15th. How do we book the freight elevator pads and the loading dock for the movers?",N,False,MV,False),
("email","WO 9023 update","WO 9023 update: moisture readings behind the shower wall in 118 are high and the tile has to come off. Parts arrive Monday; we need resident approval to enter Tuesday.",N,True,W,False),
("email","Toast","My kid set off the smoke alarm making toast. It's fine now, nothing burning, but how do I hush it next time without pulling it off the ceiling?",N,False,M,False),
("email","Grills","Are propane grills allowed on second floor balconies, or only electric ones?",N,False,G,False),
("email","Visitor lot","Someone has been trying car door handles in the visitor lot at night; a neighbor caught it on a doorbell camera Tuesday.",N,False,S,False),
("email","Pool reopening","Any word on the resurfacing crew? We're dying to know if the pool will be open by Memorial Day weekend for my son's swim party.",N,False,AM,False),
("email","CO detector light","The CO detector in the hallway has a yellow light blinking and the screen says END. No alarm sound. Who replaces it?",N,False,M,False),
# --- low ---
("email","Thank you","Thank you to the crew who replaced the cracked pipe in our crawlspace. Everything's dry and the floor is back to normal.",L,True,G,False),
("email","WO 7715 closed","WO 7715 closed: smoke detectors in units 201-208 tested and batteries replaced, all functional.",L,False,W,False),
("email","Re: ceiling","Sounds good, Thursday works for me.\n\n> On Tue, Pinecrest Property wrote:\n> A plumber will come Thursday about the water leaking from your bedroom ceiling.",L,False,G,False),
("email","Willow Creek Gazette","The Willow Creek Gazette, October: Halloween parade route, leaf pickup dates and board election results. Manage your preferences.",L,False,NH,False),
("email","Automatic reply","Auto-response: Thank you for contacting Ridgeview Leasing. Our office is closed for the Thanksgiving holiday and will reopen Friday.",L,False,NH,False),
("email","Rate drop","Lower your mortgage rate today! Your pre-approved offer expires at midnight, click to claim.",L,False,NH,False),
("email","Dog sitter","Just letting you know our dog sitter will be coming in through the side gate while we're away this week.",L,False,G,False),
]
