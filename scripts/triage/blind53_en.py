# ruff: noqa: E501
# fmt: off
# Fifty-third blind held-out set, English half (written after round 49 as an honest set; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain, in passing, hedged, relayed ---
("pre","Phone message - Okonkwo",pre("Adaeze Okonkwo","512-555-0139","Juniper Flats HOA, fall fair on the green","Her daughter leaned over the cotton candy machine at the fair booth and her hair got wound into the spinning head. They pulled the plug but the hair is still wrapped tight and her scalp is bleeding. Asks for a call back now, nobody at the booth knows how to take the head off."),E,False,M,True),
("email","Not sure who to tell","Not sure if this goes to you or the clubhouse. At tonight's axe throwing night one of the axes bounced off the target board and caught Greg Paulsen in the shin. It's a deep cut and blood is pulsing out through the towel we're pressing on it. We're in the back room of the clubhouse.",E,False,M,False),
("email","Attic ladder in 12B","The folding attic ladder in our rental gave way at the hinge while my father was climbing down with a box. He landed flat on his back on the hallway floor and says he can't feel or move his legs. We haven't moved him. 12B Cedar Walk.",E,False,M,False),
("email","Landscaper by the entry","One of your landscapers was using a long pole hedge trimmer under the power line at the main entry and it touched the wire. He's on the grass and doesn't seem to be breathing, and the trimmer is still smoking next to him. His coworker is afraid to touch him.",E,False,M,False),
("email","Mowing the back slope","My 14 year old was mowing the slope behind lot 31 and ran over a ground nest of hornets. He's been stung all over, his face and lips are swelling up and he's wheezing and saying his throat feels tight.",E,False,M,False),
("email","Sledding hill by the pond","On the sledding hill by the retention pond a boy's toboggan went under the bottom rail of the split-rail fence and the rail caught him across the throat. He's making a whistling sound when he breathes and can barely talk.",E,False,M,False),
("email","Balcony across from the pool","A man on a third floor balcony of building F is firing steel balls from a slingshot at people on the pool deck. A woman was hit in the temple and she's down on the deck. He's still up there shooting.",E,False,S,False),
("email","Fight in the loading bay","Two men are fighting in the loading bay of the storage building. One of them had a stun gun and the other is lying on the concrete jerking and not answering. The one with the stun gun is still walking around the bay.",E,False,S,False),
("email","Probably fine, just FYI","Probably fine, but the chiminea on the deck of 7 Marsh Lane tipped over in the wind and the hot coals rolled under the deck boards. There's smoke coming up between the boards along the siding of the house and nobody is home there.",E,False,M,False),
("email","Salt truck at the mailboxes","The driver of the HOA salt truck reached into the spreader at the back while it was running and the spinner pulled his glove and hand in. It's jammed with his arm in it and he's screaming. Truck is by the mailbox cluster on Pine.",E,False,M,False),
("email","Re: Fishing derby on Saturday","Writing from the derby. A boy casting off the dock hooked another kid right in the eye, the hook is sunk in the eyeball and the line is still on it. She won't let anyone near it and is screaming.\n\n> 8:00 check-in at the boathouse\n> 9:00 derby starts, ages 6-14\n> 11:30 weigh-in and prizes",E,False,M,False),
("email","Leaf blower on fire","The landscaper's backpack leaf blower caught fire while he was wearing it behind building 3. He got it off but his shirt and back were burning and his skin looks melted. The blower is still burning on the mulch beside the wall.",E,False,M,False),
("frontdesk","Front desk note - Mrs. Feld","Front desk: Mrs. Feld's son called from 4A. The stair lift in her townhouse jammed halfway up and her foot is pinned between the footrest and the wall. She's 88, in a lot of pain, and he can't release it or reverse it.",E,False,M,False),
("email","Tire swing","The chain on the tire swing at the Maple playground snapped and a little girl fell backwards onto the roots. She's not waking up properly, her eyes are rolling and she threw up once. Parents are with her.",E,False,M,False),
# --- emergencies, leaks ---
("pre","Phone message - Brewhouse",pre("Dario Mendes","720-555-0164","Riverside Commons mixed-use, unit 1B","Manager of the taproom. The hose on their keg washer split and water is shooting across the floor, under the wall and into the building's meter room next door. He can hear popping from the meters and sees sparks. Call him back immediately."),E,True,M,True),
("email","Ice rink hose","The flood hose for the community ice rink ruptured in the clubhouse basement. Water is spraying all over the room where the pool's electrical panel is and it's already ankle deep. The panel is crackling and the lights down there keep cutting out.",E,True,M,False),
("email","Below the restaurant","I'm at the dental office on the ground floor. The restaurant above us just had its dish machine line let go, and water is pouring out of our ceiling light over the treatment chair. The light sparked and went out and we have a patient in the chair with numbing in.",E,True,M,False),
("email","Basement unit at 40 Orchard","The storm drain backed up and sewage is coming up through the floor drain in the basement apartment at 40 Orchard. It's knee deep and rising. The tenant down there uses a wheelchair and can't get up the stairs. Her son is trying to lift her.",E,True,M,False),
("email","Hole in the road","Don't know if this counts as HOA. The water main under the entrance road broke and the asphalt caved in. A car dropped into the hole with the driver still inside, water is filling up around the car and she's banging on the window.",E,True,M,False),
("email","Slip fees, and the wash rack","Quick question about slip fees for next year. Also, right now the pressure line on the boat wash rack split and it's spraying straight onto the breaker box at the head of the dock. The box is buzzing, the dock lights are flickering and there are kids fishing off the end.",E,True,M,False),
# --- urgent ---
("email","Dishwasher line","The supply line to our dishwasher started spraying under the sink. I found the little valve but it only turns halfway and it's still dribbling into the cabinet. Towels down. Can a plumber come today?",U,True,M,False),
("email","Garage floor drain","Every time someone upstairs runs their washing machine, grey water comes up out of the floor drain in our garage and spreads toward the water heater. It smells. It's happened three times today. Can someone come this afternoon?",U,True,M,False),
("portal","Burst pipe in garage, no water","The line to the outdoor faucet froze and split inside the garage wall of our rental last night. I shut the main so it stopped, but now the whole house has no water and we have three little kids. Need a plumber today please.",U,True,M,False),
("pre","Phone message - Lindqvist",pre("Karin Lindqvist","612-555-0197","Stonegate Rentals, 88 Alder","The smart lock on her front door shows a red light and won't take her code. She's been outside two hours, her dog is inside alone and she has no spare key. Please call her back."),U,False,A,True),
("email","Storage gate won't open","The gate at the storage facility keeps saying my code is invalid. I have a rented moving truck that has to be returned by 6 tonight and all my things are in unit D-14. Can someone let me in today?",U,False,A,False),
("email","Someone at my door at night","For two nights in a row, around 3am, someone has tried the handle of my door on the fourth floor and then walked off when I turned on the light. Could the hallway camera footage be checked today before it's recorded over?",U,False,S,False),
("email","Party at the pool","The short-term rental at 9 Cove has about thirty people on the pool deck after hours with a DJ, and they're throwing bottles into the pool. There's broken glass in the water and swim lessons start at 7am.",U,False,V,False),
("portal","Medication in a locker","My chemo medication was delivered to parcel locker 22 this afternoon and has to be refrigerated. The locker screen is frozen and won't take the code. Can someone open it today?",U,False,P,False),
("email","Elevator out in B","There's been an out-of-service sign on the only elevator in building B since breakfast. Mom lives on 5 with her walker and has a cardiology follow-up at 8 tomorrow, and she can't manage the stairs. Any chance it's running by tonight?",U,False,M,False),
("email","Water shut-off notice","I got a notice that our water will be shut off tomorrow morning for non-payment, but I paid the balance last week. Confirmation number is in the attached screenshot. Please stop the shut-off.",U,False,B,False),
# --- normal ---
("email","Puddle once behind the washer","Last Sunday there was a small puddle behind the washer after a load, maybe a cup of water. Haven't seen it since. Could someone check the standpipe and drain hose when convenient?",N,True,M,False),
("email","Outdoor faucet drip","The outdoor faucet on the side of the house drips about once a minute even when it's fully off. It just goes into the flower bed. Could maintenance replace the washer sometime?",N,True,M,False),
("email","Paint bubbling","Under the bathroom window in our rental the paint has bubbled and there's a musty smell. It's dry to the touch now. Maybe from the heavy rain a few weeks ago? Could someone take a look?",N,True,M,False),
("email","Why the admin fee?","Why was I charged a $25 administrative fee on my statement this month? I didn't request anything.",N,False,B,False),
("pre","Phone message - Haddad",pre("Sami Haddad","214-555-0121","Prairie Oaks HOA, 15 Thistle","Got the letter about the $1,800 special assessment for the pool resurfacing. Wants to know if the board allows quarterly payments. Asks for a call back once someone has the answer, it isn't pressing."),N,False,B,True),
("email","Fob for our nanny","We have a new nanny starting Monday. How do we get her a key fob for the building and the garage?",N,False,A,False),
("email","Vape smell at night","Whoever lives below us in 2C vapes on their patio late at night and the sweet fruity smell fills our bedroom. We left a polite note but nothing changed. Is there anything the office can do?",N,False,C,False),
("email","EMERGENCY!!!","EMERGENCY!!! The pool is closed AGAIN on a 95 degree day with no notice. Third time this month. Who is in charge of this?",N,False,C,False),
("email","Boat trailer","The boat trailer at 31 Heron has been sitting in their driveway for three weeks. The rules say 48 hours. Could someone send a notice?",N,False,V,False),
("email","Bright red garage door","The house at 5 Elm just painted their garage door bright red. I thought colors had to be approved? It's not on the palette.",N,False,V,False),
("email","Matte black door","Is a matte black front door with brass hardware allowed, or does it have to go to the design committee first?",N,False,AR,False),
("email","Level 2 charger","We're getting a Level 2 charger for our new car and the electrician wants to mount it on the front of the garage beside the door. Do we file anything with the ARC?",N,False,AR,False),
("email","Clubhouse kitchen","Could I reserve the clubhouse kitchen for a baby shower on the 22nd, about 30 guests? Is there a cleaning deposit?",N,False,AM,False),
("email","Sauna lukewarm","The sauna in the fitness room only gets lukewarm lately, it never goes above about 120. Could someone check the heater?",N,False,AM,False),
("frontdesk","Front desk note - dog park gate","Front desk: a resident stopped by to say the side gate by the dog park is propped open with a rock every evening, so anyone can walk in from the trail. She asked whether security can keep an eye on it.",N,False,S,False),
("portal","Mail for D. Whitfield","Mail and boxes addressed to a D. Whitfield are piling up at 3C. She moved out before we came in June. Should I bring them to the office or mark them return to sender?",N,False,P,False),
("email","Atlas crew on the 3rd","The Atlas crew shows up on the 3rd around 9. Do we reserve the freight elevator and its quilted pads ahead of time, and is there a refundable deposit?",N,False,MV,False),
("email","Returning keys","We move out on the 30th. Where do we drop the keys and fobs, and do we need to be present for the inspection?",N,False,MV,False),
("email","Re: WO 9104","Electrician here. I'll need the breaker room on level P1 unlocked Tuesday morning for the panel upgrade. Who has the key?",N,False,W,False),
("portal","Smoke detector chirping","Burnt popcorn set off the smoke detector in my unit last night. It's quiet now, but since then it chirps every minute or so. Can someone check it?",N,False,M,False),
# --- low ---
("email","Ceiling stayed dry","Just wanted to say the roof patch held through the big storm this weekend and the bedroom ceiling stayed completely dry. Thanks to the crew.",L,True,G,False),
("email","WO 9120 complete","WO 9120: the P-trap under the kitchen sink in 2B was cracked at the slip nut. Swapped it for PVC, ran the tap ten minutes, dry underneath. Closing.",L,True,W,False),
("email","WO 9133 finished","Parking stripes in lot B have been repainted. Work order 9133 can be closed.",L,False,W,False),
("email","Automatic reply: Hollis Roofing","Automatic reply: thanks for contacting Hollis Roofing. Our crews are in the field and a scheduler will reach out within two business days. Your reference is HR-20518.",L,False,NH,False),
("email","Action required: portal password","Your Caredesk resident portal password expires today. Click here to keep your account active. Failure to act will suspend your access.",L,False,NH,False),
("email","Juniper Flats newsletter - April","This month: the spring yard sale, pool opening weekend, a reminder about trash can storage, and a recipe from the potluck.",L,False,G,False),
("email","Boardwalk lights","Whoever strung the lights along the boardwalk for the winter walk: it looked beautiful. Our whole street went down there after dinner.",L,False,G,False),
("email","Dog food","Grabbed the big box of dog food from the mailroom shelf on my way in. Appreciate you signing for it.",L,False,P,False),
("email","Tucson","Heading to my sister's in Tucson until the 18th. Mail is on hold, lamps are on timers, and the Nguyens at 14 have a key.",L,False,G,False),
("email","Sorry about last night","Sorry for calling the after-hours line last night about a gas smell. It turned out to be the durian my neighbor brought home. All fine.",L,False,G,False),
]
