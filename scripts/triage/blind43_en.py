# ruff: noqa: E501
# fmt: off
# Forty-third blind held-out set, English half (written in session 25 as a second honest set beside blind42; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("pre","Phone message - Okonkwo",pre("Adaeze Okonkwo","614-555-0177","Briarwood Flats (rental), apt 2B","Taken by Jess at reception: her roommate opened the electric pressure cooker before it had let off its steam and the lid flew off. Boiling stew went over his face and chest and he is screaming in the shower. She asked for someone to call her straight back."),E,False,M,True),
("email","Cold plunge at the gym","Maybe I'm overreacting, but two people got a jolt stepping into the cold plunge tub at the clubhouse gym just now, and the second one slipped and is lying on the mat not really answering us. The tub's chiller is humming louder than usual.",E,False,M,False),
("email","Re: Rodent treatment in building 6","The scratching we told you about has turned into something worse: there's a crackle in the ceiling over our kitchen, grey smoke is seeping out around the light fixture and it smells like melting plastic. I think they chewed through a wire.\n\n> On Tue, the office wrote:\n> Cedar Pest Control will set bait stations in building 6 on Thursday.",E,False,M,False),
("frontdesk","Front desk note - tower B","Front desk: one of the cables holding the window washers' platform on tower B let go. The platform is hanging almost straight down at about the 14th floor with two men clipped to it, swinging against the glass.",E,False,M,False),
("email","Clubhouse roof","The whole sheet of snow on the clubhouse roof slid off at once and came down on a boy waiting by the entrance. We can see one of his boots. Four of us are digging with our hands.",E,False,M,False),
("email","Assessment invoice and the door","Quick question on the special assessment invoice, is the second half due in March? Also please send someone: the sliding barn door in our rental's hallway jumped off its rail and fell on my daughter. She's flat under it and we can't lift it off her.",E,False,M,False),
("email","Garage riser","The valve on the sprinkler riser in the unheated parking garage just cracked with a bang. Water is roaring out of it, the alarm bell is ringing and it's running down the ramp into the storage cages on P2.",E,True,M,False),
("email","Pink stuff in the garage","Not sure how urgent this is. Pinkish liquid is spraying out of the pipes in the garage ceiling where the driveway heating system runs. The floor is an inch deep in it and it's spreading toward the furnace and the water heater.",E,True,M,False),
("portal","Utility closet","The little pump on the hot water pipe in our utility closet blew apart. Hot water and steam are spraying out of the closet and the water is already under the door and across the hallway carpet.",E,True,M,False),
("email","Park gazebo","A gust lifted the roof off the gazebo in the HOA park and dropped it on a family having a picnic. The mother is trapped under one corner of it and the kids are screaming.",E,False,M,False),
("email","Hill behind building 3","After the rain, the slope behind building 3 let go. Mud and rocks pushed through the back wall of 3A's bedroom and the wall is still bowing in. The tenant's elderly father lives in that room.",E,False,M,False),
("email","Re: Thanksgiving potluck at the clubhouse","The Hendersons' turkey fryer on the clubhouse patio boiled over and the oil caught. The fire is running across the wood deck toward the clubhouse doors and people are still inside eating.\n\n> The social committee wrote:\n> Potluck Thursday 4 pm, bring a dish to share!",E,False,M,False),
("email","Someone at 18 Alder","A man just crawled in through the dog door of 18 Alder Ct, the rental next to us. The owners are away and I can see a flashlight moving around their living room.",E,False,S,False),
("email","RV lot","Two guys cut the chain on the RV storage lot gate and are hitching somebody's boat trailer to their pickup right now. They're about to drive out the back gate.",E,False,S,False),
("pre","Phone message - Lindqvist",pre("Soren Lindqvist","907-555-0140","Fernhill HOA, 6 Fernhill Rd","His neighbour Mrs. Bauer's door is locked, there's a burning smell and haze coming from under it, and he can hear her calling that her heating pad is smoking in the bed and she can't get up. Please call him back now."),E,False,M,True),
("frontdesk","Front desk note - propane","Front desk: the propane delivery truck's hose came off while it was filling the tank behind the clubhouse. Gas is spraying out with a loud hiss and a white cloud is drifting toward the pool.",E,False,M,False),
("email","Kids' ride-on car","The battery in the kids' ride-on toy car that was charging in our garage is on fire. Black smoke is pouring under the door into the kitchen and we've taken the kids outside.",E,False,M,False),
("email","Storage facility test","During the fire pump test at the storage facility the valve on the test outlet broke off. Water is blasting across the lot, through the office door and into the row of units by the office.",E,True,M,False),
("email","Tub spout","I was changing the tub spout and the pipe snapped off inside the wall. Water is pouring out of the hole into the tub and over the side, and I can't find where to shut it off.",E,True,M,False),
("email","Dish on building 2","Probably not a big deal, but the satellite dish on building 2's roof tore loose in the wind and is swinging by its cable over the main entrance, smashing into the awning. People keep walking in under it.",E,False,M,False),
# --- urgent ---
("email","Garage heating loop","The driveway heating system was shut down last night after a pipe let go, and nothing is spraying now. There's still a sticky pink film over half the garage floor. Can someone clean it up and check the loop today before it freezes?",U,True,M,False),
("pre","Phone message - Vasquez",pre("Rafael Vasquez","520-555-0119","Keystone Self Storage, unit 318","He paid his balance this morning but his gate code is still locked out. His tools for a job this afternoon are in the unit. Please call him back."),U,False,A,True),
("email","No water since the spout","The plumber capped the broken tub spout pipe last night and shut the water to our unit. Nothing is leaking now, but we have no water at all. Can the repair be done today?",U,True,M,False),
("email","Stove clicking","The igniter on our gas range won't stop clicking even with the knobs off. There's no gas smell and we've switched the breaker off, but now we have no stove. Can someone come today?",U,False,M,False),
("email","Walkthrough today","Our move-out walkthrough was booked for 2 pm today and no one came. We have to hand the keys back by 5 or we're charged another month.",U,False,MV,False),
("frontdesk","Front desk note - leasing office","Front desk: the leasing office's front window was smashed overnight. Nobody is inside and nothing seems to be missing, but it's open to the street. Can it be boarded up today?",U,False,S,False),
("email","Payoff letter","Our title company needs the HOA payoff letter for 14 Birch Ln by 3 pm today or the closing falls through. Who can send it?",U,False,B,False),
("portal","Locker code","My pump supplies were put in the parcel locker but the code text never came, and I run out of insulin pods tonight. Can someone open it today?",U,False,P,False),
("email","Lot 7 driveway","The owner of lot 7 has a concrete truck pouring a driveway extension over the common drainage swale right now. It wasn't approved. Can someone stop it today?",U,False,V,False),
("email","Wet carpet pad","Heavy rain came in under our patio door last night. It has stopped, but the carpet pad along that wall is soaked. Could someone bring fans or extract it today before it starts to smell?",U,True,M,False),
# --- normal ---
("email","Cold plunge on the patio","My wife wants a cold plunge tub out on our back patio, which means an electrician running a new outlet there. Is that something the committee signs off on first?",N,False,AR,False),
("email","Backyard gazebo","Our lot backs onto the greenbelt and we're hoping to put up a cedar gazebo near the fence line. Does that go to design review, and how long does it usually take?",N,False,AR,False),
("email","Food truck at lot 40","The owner of lot 40 keeps a food truck in his driveway and runs its generator on weekends. I thought commercial vehicles weren't allowed.",N,False,V,False),
("email","Suitcases every weekend","Unit 5D seems to be rented out by the night; different people with suitcases every weekend. The bylaws say rentals must be at least 30 days.",N,False,V,False),
("email","Saturday pressure washing","The house next to ours pressure washes its driveway at 7 am every Saturday. It's incredibly loud.",N,False,C,False),
("email","Hookah smoke","Whoever is below us smokes a hookah most evenings, and the sweet smell comes up into our bathroom through the fan grille. Our towels reek of it.",N,False,C,False),
("email","Cold plunge back?","Is the cold plunge at the clubhouse gym working again? It had an out-of-order sign last week.",N,False,AM,False),
("email","Gazebo for a birthday","Is the gazebo in the park free this Saturday from noon? My son turns six and we'd like to book it.",N,False,AM,False),
("frontdesk","Front desk note - wrong building","Front desk: a resident in building 19 says the carrier marked her package delivered to building 9. Could someone check building 9's shelf?",N,False,P,False),
("email","60 days' notice","This is our 60 days' notice. Our lease ends March 31 and we'll be moving out then.",N,False,MV,False),
("email","Snow removal fee","Why is there a $75 snow removal charge on my statement? Our driveway is shared.",N,False,B,False),
("email","Zoom or in person?","Is next Tuesday's HOA meeting in person or on Zoom?",N,False,G,False),
("email","Pump by the heater","The small pump on our hot water pipe has a bead of water around its fitting, a few drops a day into a tray. Can someone look at it?",N,True,M,False),
("portal","Closet ceiling","A brownish ring appeared on the closet ceiling in the spare room after the thaw. I pressed it and it's not damp, but I'd like it looked at.",N,True,M,False),
("email","WO 5531 - garage valve","Apex Fire Protection: WO 5531. The dry sprinkler valve in the parking garage is corroded and weeping slightly. We recommend replacing it; quote attached for approval.",N,True,W,False),
("email","Scratching at night","Every night around midnight something runs back and forth above the bedroom ceiling. My guess is rats. When is the exterminator next in our building?",N,False,M,False),
("email","Prowler in the lot","Twice this week a car has crept through the parking lot with its lights off at 2 am, slowing by each car. Could security patrol more?",N,False,S,False),
("email","New garage remote","My garage remote stopped working for good. How do I get a new one and what does it cost?",N,False,A,False),
("pre","Phone message - Adeyemi",pre("Tunde Adeyemi","216-555-0184","Fernhill HOA, lot 19","His accountant needs every dues payment he made in 2025 listed on one sheet. Please call him back about getting that."),N,False,B,True),
("email","Hose bib","The outdoor faucet by our back door drips steadily even when it's turned off hard.",N,True,M,False),
# --- low ---
("email","Fernhill winter newsletter","Winter newsletter: snow plow routes, the holiday lights contest and the budget meeting date.",L,False,NH,False),
("email","Keep mice out of your unit","Rodents chew through boxes! Add our PestShield kit to your storage unit for $12/month. Reply STOP to opt out.",L,False,NH,False),
("email","Out of office","I'm out of the office until January 4 with limited e-mail. For maintenance requests please use the resident portal.",L,False,NH,False),
("email","Thanks for Sunday","Thanks to the crew who came out on Sunday for the driveway heating leak. The garage floor is clean and the system is running again.",L,True,G,False),
("email","WO 7120 closed","WO 7120: circulation pump replaced in unit 14's utility closet, wet drywall cut out, dried and patched. Closed.",L,True,W,False),
("email","Away for the holidays","FYI, we're away December 20 to January 3. My brother will check on the house. Nothing needed.",L,False,G,False),
("email","Re: Water shut-off Thursday","OK, we'll shower early that day.\n\n> The office wrote:\n> Crews are replacing the main valve for building 2 on Thursday; no water from 9 until about 1.",L,False,G,False),
("email","Payment receipt","Receipt: $325.00 paid to Fernhill HOA on 12/01. Confirmation 55012. This mailbox is not monitored.",L,False,NH,False),
("email","Your package was delivered","Your package was delivered to the parcel room at 2:14 PM. Track other orders in the app.",L,False,NH,False),
("pre","Phone message - Kim",pre("Mrs. Hye-jin Kim","808-555-0126","Fernhill HOA, lot 3","The poinsettia the board left on her porch made her week, she says. No need to call back."),L,False,G,False),
]
