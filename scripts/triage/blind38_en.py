# ruff: noqa: E501
# fmt: off
# Thirty-eighth blind held-out set, English half (written in round 38 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Slip 6 at the marina","The cable on the boat lift at slip 6 just snapped while Mr. Haldane was stepping off. The boat dropped sideways and his foot is crushed between the hull and the lift frame. He's standing in the lake up to his waist and we can't shift the boat.",E,False,M,False),
("pre","Phone message - Varga",pre("Ilona Varga","602-555-0148","Saguaro Self Storage, building C","There's smoke seeping out under the roll-up door of unit 318 next to hers, and the door is hot to the touch. It smells like hot varnish. The tenant refinishes furniture in there. Call her back right away."),E,False,M,True),
("email","Fitness room","One of the big mirror panels on the fitness room wall just came off its clips and fell on a woman who was doing lunges in front of it. She's on the floor under the broken glass with a deep gash on her arm and it's bleeding a lot.",E,False,M,False),
("email","Wall bed in 2C","The fold-down wall bed in our rental just sprang back up into its cabinet with our six-year-old lying on it. She's folded up inside and we can't pull it back down. She's crying that she can't breathe properly.",E,False,M,False),
("frontdesk","Front desk note - laundry chute, building A","Front desk: a boy climbed into the old laundry chute on the fourth floor of building A on a dare and slid down. He's wedged somewhere between the third and second floors. We can hear him calling but can't reach him.",E,False,M,False),
("email","Guest parking permit","How do I renew my guest parking permit online? The link in the portal is dead. Actually forget that for now, my roommate's 3D printer in the spare room just caught fire, the desk is burning and the curtain above it has gone up.",E,False,M,False),
("email","Treehouse on the common","The old treehouse in the big oak on the common just came down with three kids in it. Two got out but the smallest is trapped under the platform boards and isn't answering us.",E,False,M,False),
("email","Elevator B - my son","My son's backpack strap is caught in the elevator doors on 6 and the car started moving up. It's dragging him up against the doors and I can't get the strap loose. Please hurry.",E,False,M,False),
("email","Clubhouse cafe","The water line to the espresso machine behind the counter in the clubhouse cafe has burst. It's spraying the back wall, the floor outlets are under water and it's running under the door into the library.",E,True,M,False),
("email","Clubhouse basement","The sewage ejector pump in the clubhouse basement has died. Raw sewage is welling up out of the pit and spreading across the basement floor toward the boiler, and the smell is coming up the stairs.",E,True,M,False),
("portal","Window washers","The window washers' pressure washer has been blasting my bedroom window for ten minutes and the seal has given way. Water is streaming down the inside of the wall and across the floor into the hall. They can't hear me knocking on the glass.",E,True,M,False),
("email","TV on the wall","The handyman hanging our TV just drilled straight into a pipe in the living room wall. Water is spraying out of the hole across the room and onto the outlet underneath, and he can't find the shut-off.",E,True,M,False),
("email","Open lot, right now","Two men are siphoning gas out of the cars in the open lot behind building 2 right now with a hose and a couple of jerry cans. One of them pried the fuel door off a minivan.",E,False,S,False),
("frontdesk","Front desk note - building C laundry","Front desk: a man is prying the coin boxes off the washers in the building C laundry room with a crowbar right now. A resident is in there folding her clothes and she's too scared to walk past him.",E,False,S,False),
("frontdesk","Front desk note - behind building 2","Front desk: the tree crew's boom lift tipped over on the soft lawn behind building 2 and landed on a parked car. The operator is still in the basket, pinned under its rail, and moaning.",E,False,M,False),
("email","Special assessment","Can the special assessment be paid in two halves? And please send someone now: the rain barrels the garden club hooked together behind building 4 have burst at the bottom and the whole row is emptying against the basement window. Water is coming in over the sill into the laundry room, two inches deep and rising.",E,True,M,False),
("pre","Phone message - Lindqvist",pre("Karin Lindqvist","218-555-0136","Pine Hollow HOA, lot 40","Her husband was raking snow off the garage roof from a ladder. The ladder slid out and he's hanging from the gutter about twelve feet up, and the gutter is pulling away. Call back now."),E,False,M,True),
("email","Garage P1","The paver contractors are cutting stone with a gas-powered saw inside the closed garage on P1. The garage's CO alarm is going off and one of the workers just passed out next to the saw.",E,False,M,False),
("email","Stuck in the attic","My husband went up into the attic and the pull-down ladder's hinge snapped behind him. He can't get down, it's over 120 degrees up there and he says he's dizzy and seeing spots. I can't reach the hatch.",E,False,M,False),
("email","Re: Pool deck reopening","The deck looks great. But the gas fire table by the loungers has a split hose and flames are shooting out sideways across the deck. One of the lounge chairs is already burning.\n\n> On Fri, the pool committee wrote:\n> The deck reopens Saturday with new loungers and the gas fire table.",E,False,M,False),
# --- urgent ---
("email","Closet ceiling","The AC condensate line in the unit above us dripped through our bedroom closet ceiling last night. It stopped when they turned their AC off, but the drywall is soft and sagging a bit and they need the AC back on tonight. Could someone look at it today?",U,True,M,False),
("email","Hall carpet","Our washing machine's drain hose jumped out of the standpipe during the spin last night and soaked the hall carpet. It's off now and nothing is running, but the carpet and pad are wet through. Could someone bring drying fans today?",U,True,M,False),
("email","Lockbox on 11 Heron Way","The realtor's lockbox on 11 Heron Way won't open with the code the office gave us, and the buyers' final walkthrough is at 3 today. Can someone come and let us in?",U,False,A,False),
("email","Gate code - unit 1207","The keypad at the storage gate rejects my code this morning. I need my tools out of unit 1207 by 2 for a job. Can you reset it today?",U,False,A,False),
("email","Oak on the common","The owner of lot 17 has a tree crew setting up right now to cut down the big oak on the common land behind his lot. That tree belongs to the association and nobody approved it. Can someone stop them this morning?",U,False,V,False),
("email","Autopay amount","I set up autopay and typed $4,200 instead of $420 by mistake. It pulls tomorrow morning. Could you change it or stop it today?",U,False,B,False),
("pre","Phone message - Osei",pre("Kwabena Osei","404-555-0172","Peachtree Lofts","His passport came by courier and is in the parcel room. His flight is tonight and the office closes at 5; he can't get there before 6. Could someone hand it to him at 6? Please call back."),U,False,P,True),
("email","Loading dock","Our moving truck is booked for noon today and the roofers' dumpster is sitting across the loading dock. Could it be moved this morning so we can load?",U,False,MV,False),
("frontdesk","Front desk note - clubhouse kitchen","Front desk: the walk-in cooler in the clubhouse kitchen is reading 55 degrees. The caterer's food for tomorrow's wedding reception is in it. Could the refrigeration company come today?",U,False,AM,False),
("email","Cameras down","Our night patrol says every camera at the storage facility has been black since midnight, all forty of them. The alarm company can't come until Monday. Can you arrange a guard for tonight?",U,False,S,False),
# --- normal ---
("email","Dehumidifier charge","My statement has a $180 charge for a dehumidifier rental. That was for drying my ceiling after 5B's bathtub leaked through it in March. Shouldn't 5B's owner pay that?",N,True,B,False),
("pre","Phone message - Romano",pre("Gina Romano","917-555-0115","Harborview Towers","She'd like her dog walker added to the gate call box list, weekdays only. Please call her back."),N,False,A,True),
("email","Leaf blower","The people in 6 run their leaf blower at 7 on Sunday mornings, every Sunday, for half an hour. It wakes the whole row.",N,False,C,False),
("email","Deposit question","I've sent three emails about my security deposit since I moved out in August and nobody from the office has answered any of them.",N,False,C,False),
("email","Inflatable Santa","Lot 22 has had a twenty-foot inflatable Santa on the roof since last December. The rules allow holiday decorations from November 15 to January 15 only.",N,False,V,False),
("email","Laundry chute on 5","The laundry chute is sealed under the house rules, but someone on 5 has pried its little door open and keeps dropping trash bags down it. The whole stairwell smells.",N,False,V,False),
("email","Treehouse for the kids","We'd like to build a small treehouse in the maple behind lot 18 for our kids. Does that need architectural approval, and what should we send?",N,False,AR,False),
("email","Stone wall along the walk","We'd like to swap the shrubs along our front walk for a low stone wall, about two feet high. Does the architectural committee need plans for that?",N,False,AR,False),
("portal","Mirror by the squat rack","Could the gym get a mirror next to the squat rack? Nobody can check their form there.",N,False,AM,False),
("email","Gas siphoned","Someone siphoned the gas out of my car in the open lot last weekend; I only noticed on Monday when it wouldn't start. Could I see the footage from that corner?",N,False,S,False),
("email","Packages in the lobby","My packages keep getting left on the lobby floor instead of in the parcel room. Last week one sat right under the drip from the lobby ceiling and was soaked through. What should I tell the carriers?",N,True,P,False),
("email","Movers' insurance","Does the building need a certificate of insurance from our movers, and how far ahead do we have to book the service elevator?",N,False,MV,False),
("email","Holiday lights judging","How do I volunteer to judge the holiday lights contest in December? I'm free most evenings.",N,False,G,False),
("email","Board meeting","Which evening does the board meet this month, and can owners speak at it or only listen?",N,False,G,False),
("email","Window seal","The window cleaners were pressure washing yesterday and some water got in through my bedroom window seal, a few spoonfuls on the sill. I wiped it up. The seal looks cracked; could it be recaulked sometime?",N,True,M,False),
("email","Top floor hallway","Since the roof drain above the top floor hallway was cleared last month, the carpet by the end window still smells musty. Could someone check under it?",N,True,M,False),
("email","Oily rags in the garage","The painters left a pile of oily rags in an open bin by the garage stairs over the weekend. Nothing happened, but isn't that a fire risk? Could someone get rid of them?",N,False,M,False),
("email","WO 7741 - unit 4B","Dryline Restoration: WO 7741, ceiling leak in 4B. The drying equipment has to stay three more days. Please tell the owner not to unplug the dehumidifiers.",N,True,W,False),
("portal","Wall bed","The wall bed in our rental won't stay down: the piston is weak and it drifts back up by itself. It's not dangerous yet, but could someone look at it?",N,False,M,False),
("pre","Phone message - Brandt",pre("Otto Brandt","262-555-0190","Lakeshore HOA pool house","There's a wasp nest under the eave of the pool house. Nobody's been stung; he'd like it removed this week. Please call him back."),N,False,M,True),
# --- low ---
("email","Scuppers","The roofer you sent cleared the scuppers and sealed the parapet. It poured all night and my bedroom stayed bone dry. Thank you.",L,True,G,False),
("email","WO 9120 complete","WO 9120: sewage ejector pump in the clubhouse basement replaced, floor cleaned and sanitized, pit lid resealed. Closed.",L,True,W,False),
("email","Re: Plumber tomorrow","Great, thanks!\n\n> On Tue, the office wrote:\n> The plumber will repair the burst pipe in 5C tomorrow at 10; water to stack C will be off for an hour.",L,False,G,False),
("email","Lakeshore HOA summer newsletter","Summer newsletter: marina slip renewals are due June 1, wasp season tips, new pool hours and the Fourth of July parade route.",L,False,NH,False),
("email","Gutters overflowing?","Gutters overflowing? Leaks in the basement? Get 50% off gutter guards this month only from ClearFlow. Reply STOP to unsubscribe.",L,False,NH,False),
("email","Automatic reply: Ms. Ferreira","Automatic reply: Ms. Ferreira has left Lakeshore Property Management. Your message has been passed to her successor, who will answer within two business days.",L,False,NH,False),
("email","Mr. Alvarez","Our sympathies to the Alvarez family. Mr. Alvarez was a kind neighbor here for thirty years. There's a card at the front desk for anyone who'd like to sign it.",L,False,G,False),
("email","WO 4410","WO 4410: laundry chute door on the fifth floor of building A re-latched and locked. Closed.",L,False,W,False),
("email","Move-in date","Just confirming our move-in date of June 3 is on the calendar. Nothing else needed, see you then.",L,False,MV,False),
("email","Away for three weeks","FYI, I'll be away for three weeks from Friday. My neighbor in 12 has a key and will water the plants.",L,False,G,False),
]
