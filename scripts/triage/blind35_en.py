# ruff: noqa: E501
# fmt: off
# Thirty-fifth blind held-out set, English half (written in round 35 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Visitor lot","A sinkhole just opened up in the visitor lot next to building 4. The back end of a parked SUV has dropped into it and the edge keeps crumbling toward the sidewalk where the school bus stops.",E,False,M,False),
("pre","Phone message - Brennan",pre("Tom Brennan","312-555-0187","Lakeshore Towers","One of the cables on the window cleaners' platform snapped and it's hanging nose-down outside the 11th floor. Two men are dangling from their harnesses. Please call back now."),E,False,M,True),
("portal","Mezzanine lift","A resident in a wheelchair is stuck on the platform lift halfway between the lobby and the mezzanine. It stopped with a clunk, the call button does nothing, and she has been on it for twenty minutes getting more and more panicky.",E,False,M,False),
("email","Re: Pool pass renewal","I'll renew our passes next week. Right now, though, a lady is shut inside the clubhouse steam room: the door handle came off in her hand and the steam is still running full blast. We can hear her pounding on the glass.\n\n> On Mon, the office wrote:\n> Pool passes for the summer can be renewed at the clubhouse from May 1.",E,False,M,False),
("email","Pond fountain","The lights in the fountain at the entrance pond are shorting out. A boy put his hand in the water and got a jolt that knocked him onto his back, and the water is still live: you can hear it buzzing when you get close.",E,False,M,False),
("pre","Phone message - Dlamini",pre("Grace Dlamini","407-555-0129","Heron Bay HOA","The lift station next to the pool deck is alarming and raw sewage is bubbling up out of the cover and spreading across the deck toward the pool. Please call right back."),E,True,M,True),
("email","Roof cooling tower","The cooling tower on our roof has split a seam and water is pouring over the parapet onto the top-floor balconies and running in under the sliding doors of 14A and 14B.",E,True,M,False),
("frontdesk","Front desk note - mailboxes","Front desk: a dog got loose from the dog run and is attacking a delivery man by the mailboxes. He's down on the ground holding his arm and the owner can't pull the dog off him.",E,False,S,False),
("email","Clubhouse ballroom","The supply hose on the ice machine behind the clubhouse bar has popped off. Water is spreading across the ballroom floor toward the floor outlets where the DJ has all his gear plugged in.",E,True,M,False),
("pre","Phone message - Okafor",pre("Ada Okafor","602-555-0150","StoreRight Self Storage, 88 Mesa Dr","Her teenage son was inside unit 233 when the roll-up door came down and latched from the outside. He's banging on it and says it's getting really hot in there, and she can't find her key. Call back."),E,False,M,True),
("email","Restaurant downstairs","The restaurant on the ground floor of our condo building has a grease fire in its kitchen hood. Flames are coming out of the exhaust stack on the roof right next to our balconies.",E,False,M,False),
("email","Flagpole","A boy climbed the flagpole by the clubhouse and his leg is caught in the rope and pulley up at the top, about twenty feet up. He can't get it free and he's starting to slip.",E,False,M,False),
("email","Question about the dues increase","Why are the dues going up 8% next year? I'd like to see the budget. Also, the candle lanterns someone put on the clubhouse porch have set the canvas curtains alight and the fire is running up toward the roof. Somebody is calling 911.",E,False,M,False),
("portal","Balcony glass","A pane of the glass balcony railing on the floor above us just shattered. Glass is raining down onto the patio where the kids are eating and the rest of the panel is hanging by one clip and swinging.",E,False,M,False),
("email","Behind building C","The green transformer box behind building C blew with a loud bang. It's on fire now and burning oil is spreading across the grass toward the parked cars.",E,False,M,False),
# --- urgent ---
("email","Stairwell skylight","The hail last night cracked the skylight over our stairwell. It's taped up and not letting any water in yet, but there are more storms tonight. Could someone board it over today?",U,False,M,False),
("pre","Phone message - Varga",pre("Eszter Varga","602-555-0133","StoreRight Self Storage, 88 Mesa Dr","The roll-up door of her unit is jammed half open and won't lock, so everything inside is on show. She leaves town tonight. Please call her."),U,False,A,True),
("email","Platform lift","The platform lift to the mezzanine has been out since this morning and my father can't get up to his apartment in his wheelchair. He's waiting in the lobby. Can a technician come today?",U,False,M,False),
("email","Dog in the hallway","Yesterday the dog from 5C nipped my daughter in the hallway (she's fine). Today it's off the leash again and lunging at people by the elevator. Please deal with it today.",U,False,V,False),
("email","Garage door","The spring on my garage door snapped with a bang this morning. The door won't lift, my car is inside and I have to drive to a medical appointment at one.",U,False,M,False),
("frontdesk","Front desk note - fire lane","Front desk: the tow truck is hooking up cars in the fire lane right now for the repaving. The blue Honda belongs to 3B, who's at work. Can we reach her before it's gone?",U,False,A,False),
# --- normal ---
("email","Pool cover","The winter cover on the community pool has a pool of rainwater sitting on it and it's sagging in the middle. Should it be pumped off before it tears?",N,False,AM,False),
("email","Dip in the asphalt","There's a dip forming in the asphalt of the visitor lot by building 4, about a foot across and a little deeper each week. Could someone take a look?",N,False,M,False),
("email","Window cleaning","When are the window cleaners coming this spring? I need to move my plants off the sills first.",N,False,G,False),
("email","Lease","I feel trapped in this lease. Is there any way to end it early? My company is transferring me to Austin in June.",N,False,MV,False),
("email","Fire sale","The clubhouse yard sale flyer promises 'fire sale prices'. Do we need to sign up for a table, and is there a fee?",N,False,AM,False),
("email","Steam room hours","Could the clubhouse steam room stay open until ten on weekends? It closes at eight now.",N,False,AM,False),
("email","Re: Window replacement","Yes, Tuesday at 9 works for the installer.\n\n> On Mon, you wrote:\n> Water came in around the bedroom window frame during the storm and the sill is soaked. We'll send the window company.",N,False,M,False),
("email","Bees","A swarm of bees has settled on the mailbox cluster by the pool. Nobody has been stung. Could you get a beekeeper out to move them?",N,False,M,False),
("email","Off-leash dog","The couple in 7D walk their dog off the leash around the pond every morning. I thought the rules said dogs must be leashed on common ground.",N,False,V,False),
("email","Unit sizes","Does a 10x10 unit come with climate control, and what's the difference in monthly price?",N,False,G,False),
("email","Balance","Your office line must be flooded with calls, I was on hold forty minutes. I only want to know my current balance.",N,False,B,False),
("email","Crawlspace pipes","Last winter the pipes in our crawlspace froze and burst. Should we have them insulated before the cold snap this year, and who pays for that?",N,True,M,False),
("pre","Phone message - Alvarez",pre("Rafael Alvarez","407-555-0171","Heron Bay HOA","He wants to know whether he needs architectural approval to put a trampoline with a safety net in his back yard. Please call him back."),N,False,AR,True),
("email","Garage door noise","My garage door grinds and goes up very slowly. Could maintenance grease it next time they're around?",N,False,M,False),
("email","Parcel locker","The parcel locker says my package is in slot 14, but the door won't open with the code from the text. Could you look?",N,False,P,False),
("email","Roof stairwell","Someone has been sleeping at the top of the stairs by the roof door. I found a blanket and food wrappers there this morning.",N,False,S,False),
# --- low ---
("email","Skylight","Thank you for replacing the stairwell skylight so fast after the hailstorm. No more drips on the landing.",L,True,G,False),
("email","WO 7713","WO 7713: lift station pump replaced, alarm cleared, overflow area by the pool deck disinfected. Closed.",L,True,W,False),
("email","Automatic reply: Unit sizes","Automatic reply: I'm on jury duty this week with limited email. For leasing questions please contact the StoreRight front office.",L,False,NH,False),
("email","Plug the leak in your budget","Plug the leak in your budget! Refinance today and save hundreds a month. Reply STOP to opt out.",L,False,NH,False),
("email","Heron Bay spring newsletter","Spring newsletter: the pond fountain is fixed, window cleaning dates for each building, and a new bee-friendly garden by the clubhouse.",L,False,NH,False),
("email","Storage key","FYI, my sister will use my storage unit key on Saturday to pick up the camping gear. Nothing needed from you.",L,False,G,False),
("email","Re: The dog by the mailboxes","Thanks, all sorted now.\n\n> On Wed, the office wrote:\n> The owner of the dog that attacked the courier has been fined and the dog must be muzzled on common ground.",L,False,G,False),
("email","Election","Congratulations to the new board on the election results, and thanks to everyone who volunteered at the polls.",L,False,G,False),
]
