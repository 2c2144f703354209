# ruff: noqa: E501
# fmt: off
# Forty-ninth blind held-out set, English half (written after session 26 on main's system as an honest set; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("pre","Phone message - Okonkwo",pre("Adaeze Okonkwo","540-555-0193","Foxglove Meadows HOA","Calling from the harvest party: the tractor pulling the hayride slid off the lane and the wagon rolled onto its side in the ditch. At least two children are underneath it and the dads can't lift it. Please call her back right now."),E,False,M,True),
("portal","Playground - maybe nothing?","Maybe nothing, but my 2-year-old sat on a mound by the slide and she's covered in fire ants. We brushed them off, now she's puffing up in welts all over, her lips look fat and she's wheezing. We're at the Larkspur playground.",E,False,M,False),
("email","Ice on the pond + the shanty","Is the pond ice officially cleared for fishing yet? Also, two guys have been in the green ice shanty since dawn with a propane heater and the door shut. I knocked just now and one of them is slurring and can't stand up, the other is asleep and I can't wake him.",E,False,M,False),
("frontdesk","Rec area ramp","Front desk: a parent ran in to say the wooden skate ramp at the rec area caved in while kids were riding it. One boy is under the deck boards, he's conscious but says he can't feel his foot.",E,False,M,False),
("email","Paraglider on the courts","A paraglider came off the ridge way too low, clipped the fence and slammed onto tennis court 2. He's lying face down tangled in his lines and isn't answering us, the wing keeps dragging him when the wind gusts.",E,False,M,False),
("email","Thanks for the potluck","Thank you all for setting up the potluck, lovely turnout. Writing because the little boy from 14 ate a cookie with peanuts and his throat is closing; his mom used his EpiPen, it hasn't helped much and he's still gasping. We're in the clubhouse dining room.",E,False,M,False),
("frontdesk","Aisle 6 - mover down","Reception relays: one of the movers helping in aisle 6 (no air in there, 104 outside) has collapsed by unit 6-31. His skin is hot and dry, he doesn't know where he is and he's stopped making sense.",E,False,M,False),
("email","Re: Sugaring Saturday","The evaporator in the sugar shack boiled dry, the pan is glowing red and flames are running up the stovepipe into the roof. There are still kids inside watching.\n\n> On Tue, the social committee wrote:\n> Sugaring demo Saturday 9-1 at the sugar shack, bring a mug!",E,False,M,False),
("email","Camper on Linden Hill","Somebody's camper trailer came off the hitch at the top of Linden Hill and rolled all the way down into the mailbox kiosk. A woman who was getting her mail is pinned between the trailer and the boxes and she's screaming.",E,False,M,False),
("email","Boy in the culvert","A boy crawled into the big storm culvert under Ridge Road after a ball and he's wedged about twenty feet in. He can't go forward or back and he's starting to panic, his breathing sounds bad.",E,False,M,False),
("portal","Garage - someone taking a car","Level P2 right now: a man with a knife just pulled a woman out of her SUV and is trying to drive off in it. She's on the ground by the stairs. Please send someone, I'm hiding behind a pillar.",E,False,S,False),
("email","Recycling day?","Is recycling still on Thursdays? Sorry, that can wait. The man who stays with my neighbour in 3C is beating her in the hallway outside my door right now, she's crying for help and I can hear her hitting the wall.",E,False,S,False),
("email","Moving truck","The liftgate on the moving truck in front of building 2 came down on one of the movers. His hand is crushed flat under it, the gate won't go back up and there's a lot of blood.",E,False,M,False),
("email","Pickup on the soccer field","A pickup is tearing across the soccer field doing donuts while the under-8s are practicing. He's already clipped a goal and kids are scattering, the coaches can't get him to stop.",E,False,S,False),
# --- leaks among the emergencies ---
("email","Chapel downstairs","The church that rents the ground floor left the fill on in their baptism pool. It has gone over the edge and is pouring down into the basement storage cages and the elevator pit, and it hasn't slowed down.",E,True,M,False),
("email","Vet clinic water","The dog therapy tank at the vet clinic on the first floor cracked open. All that water is running out the back door into the garage electrical room and the panel in there is buzzing loudly.",E,True,M,False),
("pre","Phone message - Harlan",pre("Wes Harlan","252-555-0116","Bayside Marina Condos","Dock hand called: the water line at the fish cleaning station split and it's spraying straight onto the shore power pedestal. The pedestal is sparking with boats plugged in. Wants a call back."),E,True,M,True),
("email","Probably nothing - ceiling light","Probably nothing, but water is dripping out of the light fixture right above my son's crib. The ice cream shop on the mezzanine above us leaves its scoop sink running and it's coming through faster every minute. We moved him out.",E,True,M,False),
("email","Fw: grease trap","It's back up, and worse: raw sewage is welling out of the floor drain in the clubhouse kitchen and running down the stairs into the fitness room.\n\n> From: Lee (events)\n> The grease trap was pumped Friday, should be fine for the brunch.",E,True,M,False),
("email","Dues question - and the roof","Do the new dues start in January or March? And right now the big rainwater tote on the roof terrace split down the side; water is rushing down the stairwell onto the 5th floor and into the elevator doors.",E,True,M,False),
# --- urgent ---
("email","Nobody can get out","The reader at the garage exit is dead. Fobs do nothing, the arm stays down and there's a line of cars that can't leave for work. Elm Court Apartments.",U,False,A,False),
("email","Payoff letter needed by 3 pm","We close on the sale of 41 Sparrow Lane at 3 today and the title company still doesn't have the HOA payoff and status letter. Can someone send it this morning?",U,False,B,False),
("frontdesk","Cooler for 5B","Front desk: a cooler of frozen breast milk was delivered for 5B, who is away until tonight. The dry ice is almost gone and the office closes at 5. Where can it go?",U,False,P,False),
("email","Side gate padlock cut","The padlock on the bike-room side gate was cut overnight and two bikes are gone. The gate is hanging open onto the alley now.",U,False,S,False),
("email","Spraying by the creek","The contractor at 9 Alder is spraying weed killer along the shared creek bank right now, next to the sign that says no spraying, and it's running into the water. Can someone stop him today?",U,False,V,False),
("email","Dishwasher - floor warped","Our dishwasher leaked under the cabinet overnight. It's off and unplugged, I pulled the kickplate and the floor is warped, and the couple below says their ceiling is damp. Can someone look today?",U,True,M,False),
("email","Pool chlorine","The chlorine feeder at the pool quit; the test strip reads zero. Swim lessons start at 4 with about twenty kids.",U,False,AM,False),
("email","Movers in two hours","My movers arrive in two hours and the freight elevator is still keyed off. I've called the office twice with no answer.",U,False,MV,False),
("pre","Phone message - Ruiz",pre("Paola Ruiz","915-555-0171","SecureStore Self Storage, unit 218","Her gate code expired this morning and she's standing at the gate with a rental truck she's paying by the hour. Please call her back."),U,False,A,True),
("email","WO 7731 - stack at 4B","Plumber on WO 7731: the cast-iron stack behind the bathroom wall in 4B is cracked and seeping. We need access to 4B today to cut it out, or the tenants there can't use the toilet tonight.",U,True,W,False),
# --- normal ---
("email","Ring on the ceiling","A faint brown ring showed up on the bathroom ceiling after last week's storm. It's dry to the touch. Could someone check it when you have time?",N,True,M,False),
("email","Water bill","The October statement charges us for 19,000 gallons; we normally use about 8,000 and we were travelling for two weeks of it. Can the meter be re-read before autopay takes it?",N,False,B,False),
("email","Tennis court lights","Ever since the clocks changed, the court floodlights come on at 3 pm in broad daylight and switch off at 8, just as people start playing.",N,False,M,False),
("email","Fire pit Saturday","Could our book club have the lakeside fire pit from 7 to 10 on the 18th? We'd bring our own wood and a bucket of sand.",N,False,AM,False),
("email","Rain barrel","I'd like to put a rain barrel and a gutter diverter on the side of my house. Do I need ARC approval for that?",N,False,AR,False),
("email","Metal roof","We're replacing our cedar shakes with a standing-seam metal roof next spring. Which form do we need and how long does review take?",N,False,AR,False),
("email","Smoker next door","The owner at 22 has started curing brisket in an offset barrel cooker on his side porch, twelve hours each Saturday, right under our nursery window, and the room fills with smoke. Is there any rule about where those can sit?",N,False,C,False),
("email","Leasing office","The woman at the leasing office was really short with me when I asked about my deposit. I'd like someone else to go over it with me.",N,False,C,False),
("email","Lockbox on 17's gate","17 Heron seems to be rented out by the weekend: there's a lockbox on the gate and a different group every Friday. I thought rentals under 30 days weren't allowed.",N,False,V,False),
("email","Earthquake coverage","Our agent asked whether the building's master insurance includes earthquake. If a quake cracked the foundation, would the association's policy pay or mine?",N,False,G,False),
("email","Annual meeting","I'm new on Wren Court. Are last year's annual meeting minutes posted somewhere I can read them before the meeting in March?",N,False,G,False),
("email","Locker says delivered","Tracking says my shoes went into the Amazon Hub yesterday at 4:12, but no pickup code ever arrived by text or e-mail, and the clerk says the hub shows nothing for 2C.",N,False,P,False),
("email","Moving out","Our lease ends the 31st of next month and we won't renew. Is a 30-day written notice enough, and who do we talk to about getting the carpet cleaning off the deposit deduction?",N,False,MV,False),
("email","Two more remotes","Our teenage twins just got their licences. How do we order two clickers for the underground garage, and is it cash or on the account?",N,False,A,False),
("pre","Phone message - Osei",pre("Kofi Osei","404-555-0148","Riverbend Rentals","A car has been sitting by the dumpsters the last few nights with two people inside it until 2 or 3 am. Nothing has happened, he'd just like someone to keep an eye out. Asks for a call back."),N,False,S,True),
("email","12 Ridge - flashing","Roofer here: we patched the flashing at 12 Ridge where it was letting water in. Can you confirm with the owner that we can come back Thursday to replace the drip edge?",N,True,W,False),
("email","Hose bib","The hose bib by my front steps drips a little, maybe a cup an hour, into the flower bed. Not in a hurry.",N,True,M,False),
("email","Shower wall","The grout in our shower is cracked and water gets in behind the tiles when we shower; a couple of tiles feel loose. Could maintenance take a look?",N,True,M,False),
("email","Chirping","Our hallway detector gives a single beep every 60 seconds or so, the low-battery kind. The ceilings are 14 feet and we don't own a ladder that tall.",N,False,M,False),
("email","Prepaying storage","My storage rate is going up 12% next month. If I prepay six months, can I keep the old rate?",N,False,B,False),
# --- low ---
("email","Out of office","Auto-reply: Marisol Vega (Accounts Receivable) is on leave through January 6. Messages are not forwarded. Invoices may be sent to ar@pinecrestmgmt.example.",L,False,NH,False),
("email","Stop basement floods for good!","Homeowners: flood-proof your basement this winter! 50% off gutter guards and sump installs, this week only. Reply STOP to unsubscribe.",L,False,NH,False),
("email","Thanks","Shout-out to Dmitri, who had the building C lift running again before my mother's dialysis pickup yesterday. Much appreciated.",L,False,G,False),
("email","WO 7702 closed","Job complete: replaced the split supply line under the kitchen sink at 7C last Tuesday. Area dried out, cabinet floor replaced, no further action needed.",L,True,W,False),
("email","Lobby water - all sorted","Just to close the loop on the water in the lobby I reported yesterday: the plumber came, it's all dry now and nothing else is needed. Thanks!",L,True,G,False),
("email","Fall aeration","GreenLine Landscaping newsletter: core aeration starts the week of the 14th. Flags will mark the sprinkler heads. No action required.",L,False,NH,False),
("email","Break-ins solved","FYI, the police called: they caught the people behind the car break-ins last month. Nothing needed from you.",L,False,S,False),
("portal","Happy holidays","Wishing the whole office crew a restful break, and a big thank-you from the Nguyens at 9 Quarry Lane for a smooth year.",L,False,G,False),
("email","Found it","Never mind about my package, it was behind the planter all along. Thanks.",L,False,P,False),
("email","All moved in","Just letting you know we're all moved in to 3B. Everything went smoothly.",L,False,MV,False),
]
