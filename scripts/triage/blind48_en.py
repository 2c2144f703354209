# ruff: noqa: E501
# fmt: off
# Forty-eighth blind held-out set, English half (written in session 26 on its final system as its fourth honest set; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("pre","Phone message - Lindqvist",pre("Maja Lindqvist","612-555-0187","Birch Hollow HOA, lot 8","Taken by the office temp: at the fall festival on the green the cider press came down on a volunteer's hand and they can't get the screw to back off. His fingers are flattened and he's going grey. Please call her back now."),E,False,M,True),
("email","Hay bales at the festival","The stack of hay bales by the hayride wagon slid over and two kids were climbing it. One is out, the other is under three bales and we can only see one shoe. He isn't answering.",E,False,M,False),
("email","Painter's finger","Probably nothing, but the painter in the hallway caught his fingertip in front of the airless paint sprayer nozzle. It's a tiny hole and he wants to keep working, but his whole finger is swelling up white and he says it's throbbing up to his wrist.",E,False,M,False),
("email","Archive room shelves","A tenant in the storage center's business archive room got caught between the rolling shelving carriages when someone cranked them shut from the other end. He's squeezed between two units at chest height and can hardly talk.",E,False,M,False),
("email","Snowbank in lot C","A neighbor was pulling a stuck car out of the snowbank in lot C with a tow strap and it snapped. The metal hook flew back through his windshield and hit him in the face. He's slumped over the wheel and not responding.",E,False,M,False),
("email","Rent question + recliner","When does January rent need to be in this year, the 1st or the 5th? And separately, the power recliner that came with the furnished unit just folded shut on my toddler while she was crawling behind the footrest. Her neck is caught and the button does nothing.",E,False,M,False),
("frontdesk","Front desk note - pond rink","Front desk: a parent ran in from the pond rink. A boy took a hockey puck to the temple, got up and skated off, and now he's collapsed on the ice throwing up and won't answer.",E,False,M,False),
("email","Wedding in the party room","At the wedding reception in the party room a confetti cannon went off pointing straight into a guest's face. She has her hand over one eye, there's blood running out between her fingers and she says she can't see.",E,False,M,False),
("email","Petting zoo at the fair","One of the goats at the HOA fair's petting zoo got loose from the pen and butted a little girl in the head. She went down hard against the fence post and she's having some kind of fit.",E,False,M,False),
("email","Lake","Someone on a jet ski ran over a swimmer by the HOA beach. The swimmer is floating face down near the buoys and the jet ski guy is just circling.",E,False,M,False),
("email","Smoothie stand at the pool","The teenager working the smoothie stand at the pool put her hand into the blender to clear it and it started up. Her fingers are badly cut and blood is everywhere.",E,False,M,False),
("email","Deer in the leasing office","Not sure who to tell. A deer just crashed through the glass door of the leasing office and is thrashing around inside. The agent is on the floor behind her desk with a deep cut on her leg and can't get out past it.",E,False,M,False),
("email","Pontoon","The pontoon boat tied at the community dock has smoke and flames coming from the motor and there's a family still on board at the far end. They seem frozen.",E,False,M,False),
("email","Parking stickers, and the lawn darts","Quick one: do we need new parking stickers for 2027? Also, the kids next door were throwing lawn darts over the fence and one hit my son in the top of the head. It is still stuck in and he's drowsy.",E,False,M,False),
("email","Tattoo studio downstairs","The supply line at the tattoo studio on the ground floor burst. Water is running down into the basement storage and straight over the building's main switchgear. It is sparking and smells like burning.",E,True,M,False),
("email","Unit 212 - florist","The florist who rents unit 212 has a misting line that burst overnight. Water is pouring under the roll-up door into the hallway and onto the gate keypad box, which is smoking.",E,True,M,False),
("portal","Through the ceiling","Water from the frozen yogurt shop under us came up through... no, sorry, it's from the shop above. Their machine line burst and it's coming through our ceiling right onto the wall heater, which is popping and sparking.",E,True,M,False),
("email","Dog groomers","The dog grooming place next to the lobby had a tub hose burst. Water is under the door of the fire alarm room, the panel is beeping and the room has a burnt smell.",E,True,M,False),
("pre","Phone message - Achterberg",pre("Joost Achterberg","414-555-0126","Harbor Row Apartments, basement units","Relayed by the answering service: the bakery's boiler feed burst, scalding water is flowing down the stairs to the basement units and his neighbor slipped in it and is burned on both legs. Call back right away."),E,True,M,True),
("email","Garage level 2","The physio clinic's therapy pool on the first floor is draining through the garage ceiling onto the EV charging station. A car is plugged in, the charger is sparking and the water keeps coming.",E,True,M,False),
# --- urgent ---
("email","Storage gate code","My gate code at the storage center stopped working last night and my work tools are in unit 19. I need them for a job at 7 tomorrow morning. Can you reset it today?",U,False,A,False),
("email","Auction notice on my unit","Unit 63 is listed for tomorrow's lien sale, but my card was charged in full on the 3rd (receipt attached). Please pull it from the sale today.",U,False,B,False),
("email","Move-in today","We're supposed to move into 14B today and the last tenant's couch, mattress and boxes are still in there. The truck arrives at three. What do we do?",U,False,MV,False),
("portal","Passport in the locker","My passport was delivered to the parcel locker but the code in the text doesn't open it. My flight is early tomorrow. Can someone open the locker today?",U,False,P,False),
("email","Concrete in the storm drain","The builder on lot 41 is washing out his concrete truck straight into the storm drain right now. Grey sludge is running down to the pond. Can someone stop them?",U,False,V,False),
("email","Garage stairwell door","The door from the garage to stairwell B has been propped with a brick since the car break-ins last night, and its closer is snapped. Anyone can walk in. Can it be fixed today?",U,False,S,False),
("email","Water heater pan","The relief valve on our water heater is dribbling into the pan and the pan is almost full. No flooding yet. Can someone come out today?",U,True,M,False),
("email","Storage unit roof","Since yesterday's rain the roof of unit 7 drips onto my boxes. I've moved what I can. Could maintenance look today before the next rain tonight?",U,True,M,False),
("email","Toilet valve","The shutoff under our only toilet is weeping. I've closed the main so nothing's running, but we can't use water at all. Could a plumber come today?",U,True,M,False),
("email","Fridge quit","Our fridge stopped cooling overnight, it's 60 degrees inside and we just did the week's shopping. Can it be repaired or swapped today?",U,False,M,False),
# --- normal ---
("email","HOA dues autopay","I switched banks. How do I change the account the HOA dues are drafted from before next month?",N,False,B,False),
("email","Storage rate increase","Unit 88's monthly charge jumped from $112 to $130 on this statement and I never got a letter about it. Was that a mistake or a scheduled increase?",N,False,B,False),
("email","Pool key card","My pool key card beeps red since the new season. Can I get it reactivated when I stop by Saturday?",N,False,A,False),
("email","Basketball at night","The kids on the court behind building D play until after eleven and the bouncing carries straight into our bedroom. Could quiet hours be posted there?",N,False,C,False),
("email","Rude staff member","The weekend office attendant rolled her eyes and cut me off when I asked about my deposit refund. Please put this on record; it wasn't the first time.",N,False,C,False),
("email","Boat in the driveway","Lot 17 keeps a fishing boat on its trailer in the driveway, three weeks now. I thought trailers had to be garaged. Can you send them a reminder?",N,False,V,False),
("email","Shed plans","I'd like to put an 8x10 shed behind my house, same color as the siding. What do I need to submit?",N,False,AR,False),
("email","Replacing windows","We're replacing our windows with black frames instead of white. Is that allowed, and does it need committee approval?",N,False,AR,False),
("email","Clubhouse for a birthday","Can I reserve the clubhouse on March 14 for my daughter's 10th birthday, afternoon only?",N,False,AM,False),
("email","Grill area","The gas grill by the pool has had no propane for two weeks. Could it be refilled?",N,False,AM,False),
("email","Camera by the mailboxes","Is the camera by the mailboxes recording? Someone keeps taking flyers out of my box and I'd like to know before I ask.",N,False,S,False),
("email","Wrong parcel name","We keep getting parcels for a former tenant named Ortiz. What should we do with them?",N,False,P,False),
("email","Moving out in April","We plan to move out April 30. Do we need to book the elevator for moving day, and when is the final inspection?",N,False,MV,False),
("email","Office hours","Are you open on Presidents' Day or closed like a bank?",N,False,G,False),
("email","WO 8120","Work order 8120 for the sticking patio door says complete, but it still sticks. Can the tech come back this week?",N,False,W,False),
("email","Ceiling spot in the closet","There's a yellowish spot on the closet ceiling that wasn't there last month. It feels dry. Could someone check for a slow leak from above?",N,True,M,False),
("email","Sink drip","The kitchen faucet drips a little from the base when it's running. Not urgent, but could it be on someone's list?",N,True,M,False),
("portal","Window sill","Rain gets in around the bedroom window in heavy storms and the sill paint is bubbling. Can the window be resealed?",N,True,M,False),
("email","Closet door off track","The sliding closet door in the second bedroom came off its track. Could someone rehang it?",N,False,M,False),
("email","Lost and found","I left a blue scarf in the clubhouse at the holiday party. Did anyone hand it in?",N,False,G,False),
# --- low ---
("email","Birch Hollow winter newsletter","Birch Hollow Winter Bulletin: plow routes by street, the board's budget meeting on Jan 12, and where to drop off your tree after the holidays.",L,False,NH,False),
("email","Payment received","Harbor Row Apartments: we received $1,615.00 for unit 4C, December rent. Ref HR-22841. Replies to this address are not monitored.",L,False,NH,False),
("email","New message in your account","Reminder from Stonegate Self Storage: your online account has a new message. Log in to view. Automated notice.",L,False,NH,False),
("email","Thanks to the snow crew","The snow crew had our street cleared by six this morning. Much appreciated.",L,False,G,False),
("email","Re: Lobby painting","Sounds good, we'll use the side door.\n\n> The office wrote:\n> The lobby will be painted Thursday; please use the side entrance.",L,False,G,False),
("email","WO 8133 closed","WO 8133: drip at the laundry sink trap fixed, trap replaced, floor dry. Closed.",L,True,W,False),
("email","WO 8140 scheduled","WO 8140: dryer vents in building 2 get cleaned Monday 8-12. Residents don't need to be home.",L,False,W,False),
("pre","Phone message - Feld",pre("Hannah Feld","608-555-0141","Birch Hollow HOA, lot 22","Wanted the board to know the resurfaced tennis courts are lovely to play on. She doesn't need a call."),L,False,G,False),
("email","Re: Pool cover","Thanks, glad it's on before the freeze.\n\n> The office wrote:\n> The winter pool cover went on today.",L,False,G,False),
("email","Nice job on the gate","The new entry gate looks great and finally closes quietly. Thanks.",L,False,G,False),
]
