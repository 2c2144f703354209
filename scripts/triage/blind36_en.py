# ruff: noqa: E501
# fmt: off
# Thirty-sixth blind held-out set, English half (written in round 36 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, NH, A, B, C, E, G, L, M, N, P, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("frontdesk","Front desk note - building B walk","Front desk: a whole sheet of snow just slid off the metal roof of building B and buried the man who was shoveling the front walk. We can only see one boot. Residents are digging with their hands.",E,False,M,False),
("email","Re: Check-out time","We'll be out by eleven. But right now the pipe on the cabin's wood stove is glowing red from the stove to the ceiling and the pine boards behind it are turning black and smoking.\n\n> On Fri, Pinecrest Rentals wrote:\n> Check-out is at 11 am. Please leave the keys on the kitchen table.",E,False,M,False),
("portal","Laundry room","A vape pen just blew up in a teenager's jeans pocket in the laundry room. His leg is burning through the denim and there is melted plastic everywhere; we're pouring water on him.",E,False,M,False),
("email","Craft room","Somebody left the kiln in the clubhouse craft room running after the pottery class. The room is full of grey smoke, the shelf above the kiln has caught and the smoke alarm in the hall is going.",E,False,M,False),
("pre","Phone message - Lindqvist",pre("Karin Lindqvist","614-555-0192","Maple Court HOA clubhouse","The big chandelier in the ballroom has pulled out of the ceiling during the anniversary party and is hanging by its wires over the dance floor, plaster is coming down and it's swaying. There are about sixty people in the room. Call back now."),E,False,M,True),
("pre","Phone message - Osei",pre("Kwame Osei","904-555-0116","Egret Landing HOA","A golf cart rolled down the bank into the retention pond behind hole 7. The older man driving it is pinned underneath in the water up to his chest and can't move. Please call."),E,False,M,True),
("email","Bus stop wall","The old brick wall along the bus stop on Cedar Lane just fell over onto the sidewalk where the kids were waiting. Two of them are under the bricks and one is screaming.",E,False,M,False),
("email","Dues and the roof","Quick question first: are the quarterly dues still due on the 1st? Also the big air-conditioning unit on the clubhouse roof has been blown off its frame by this wind and is tipping over the edge right above the front entrance, where people are going in and out.",E,False,M,False),
("email","Koi pond","The liner of the koi pond outside the clubhouse has torn open. The whole pond is emptying down the slope and pouring through the lower-level door, and it's already at the door of the electrical room.",E,True,M,False),
("email","Garage ceiling","The fountain on the landscaped deck above the garage must have cracked: water is gushing through the garage ceiling right onto the electric car chargers in row A and they're sparking.",E,True,M,False),
("pre","Phone message - Hartmann",pre("Lena Hartmann","702-555-0163","Desert Vault Self Storage, 1200 Sahara Rd","Her husband was packing frozen meat with a lot of dry ice in their closed storage unit. He came out dizzy, fell down in the aisle and now he's hardly answering her. Please call back."),E,False,M,True),
("email","Playground","The cable of the zip line at the playground snapped with a girl on it. She fell about eight feet onto the wood frame and she isn't moving. Her mother is with her.",E,False,M,False),
("email","Balloon on the common","A hot-air balloon came down on the common and its basket is tangled in the power lines by the entrance. The lines are sparking and there are still two people in the basket.",E,False,M,False),
("email","Happy Thanksgiving","Happy Thanksgiving to the office! Sorry to spoil it: the people in 14 were frying a turkey on their wooden porch, the oil boiled over, and now the porch roof is on fire and it's spreading to 15.",E,False,M,False),
("email","Hallway ceiling","The swamp cooler on the roof of our fourplex is overflowing. Water is pouring through the hallway light into the stairwell, the light is buzzing and flickering and the carpet on the stairs is soaked.",E,True,M,False),
# --- urgent ---
("email","Snow on the roof edge","Thick slabs of snow are hanging over the edge of building B's metal roof right above the front door. Nobody's been hit. We put a chair out to steer people away. Can someone knock them down today?",U,False,M,False),
("email","Golf cart","The tow truck is in the clubhouse lot right now hooking up my golf cart. My mother needs it to get to her appointment at two. Please call them off!",U,False,A,False),
("pre","Phone message - Reyes",pre("Marisol Reyes","520-555-0137","Saguaro Flats (rental), unit 6","Her swamp cooler stopped working this morning and it's going to be 112 today. The apartment is already 95 inside. Can someone come today? Call her back."),U,False,M,True),
("frontdesk","Front desk note - lobby chandelier","Front desk: one arm of the lobby chandelier came loose and is dangling over the reception desk. Nobody under it; we've roped off the area. The wine tasting starts at six tonight.",U,False,M,False),
("email","Wall by the bus stop","After the storm the brick wall along the bus stop is bulging and leaning out. We've put tape around it. Could someone check it today before the kids wait there tomorrow?",U,False,M,False),
("portal","Koi pond pump","The pump of the clubhouse koi pond died overnight and the fish are gasping at the surface. Could somebody get it going today?",U,False,M,False),
# --- normal ---
("email","Cabin stove","The glass on the wood stove door in cabin 3 is cracked. We're not using it, the baseboard heaters are enough. Could it be replaced before the next guests?",N,False,M,False),
("pre","Phone message - Novak",pre("Petr Novak","702-555-0148","Desert Vault Self Storage, 1200 Sahara Rd","He wants to know whether he can keep his golf cart in a drive-up unit, battery and all, or if that is against the rules. Please call him back."),N,False,G,True),
("email","Kiln hours","I'd kill for more kiln time. Could the clubhouse studio open the kiln on Sunday afternoons as well?",N,False,AM,False),
("email","Sky lanterns","Are sky lanterns allowed at a wedding on the common? Our daughter would love to release some at the end of the evening.",N,False,G,False),
("email","Vaping next door","The vape clouds from the balcony next door come straight into our bedroom every night. It smells like candy floss and we can't keep the window open.",N,False,C,False),
("email","Payment plan","I know I'm skating on thin ice with the board after the fence business, but could I pay the fine in three installments?",N,False,B,False),
("email","Flyers","There's an avalanche of flyers in the mailroom every week. Could we get a recycling bin by the boxes?",N,False,G,False),
("email","Snow guards","Last winter a slab of snow came off building B's roof and flattened my mailbox post. Could the association put snow guards on that roof before this winter?",N,False,M,False),
("email","Koi pond","The koi pond by the clubhouse has gone green and smells. Could the landscapers clean it out?",N,False,M,False),
("email","Turkey fryer","Are turkey fryers allowed on the patios at Thanksgiving, or are they banned like charcoal grills?",N,False,G,False),
("email","Balloon festival","Hypothetically, if one of the festival's hot-air balloons came down on our common and broke something, who would pay for it?",N,False,G,False),
("email","Re: Storage cage","Thursday morning is fine for the cleaners.\n\n> On Tue, the office wrote:\n> The drain on the deck above the garage overflowed in the storm and water got into your storage cage. Cleaners can come Thursday.",N,False,M,False),
("email","Zip line","The zip line at the playground squeaks and the seat is worn smooth. Could somebody look at it?",N,False,M,False),
("email","Hallway ceiling","The swamp cooler on the roof dripped onto our hallway ceiling last month. It's dry now but there's a brown ring. Could it be painted?",N,True,M,False),
("email","Meal kit","The delivery driver left my meal kit on the third floor instead of the fifth. The dry ice in it has half gone. Who do I talk to?",N,False,P,False),
("email","Golf cart on the sidewalk","Somebody in 12 parks their golf cart on the sidewalk every night and strollers have to go out into the road.",N,False,V,False),
# --- low ---
("email","Roof snow","Thanks for getting the snow knocked off building B's roof so quickly this morning.",L,False,G,False),
("email","WO 9024","WO 9024: koi pond liner patched, clubhouse lower level extracted and dried, electrical room checked. Closed.",L,True,W,False),
("email","Egret Landing winter newsletter","Winter newsletter: the pond stays off-limits for skating, new kiln studio hours, turkey-fryer safety tips and the ice sculpture contest.",L,False,NH,False),
("email","An avalanche of savings","An avalanche of savings is headed your way! Snow-blower blowout, this weekend only. Unsubscribe anytime.",L,False,NH,False),
("email","Automatic reply: Balloon festival","Automatic reply: I'm at the balloon festival until Monday with no email. Urgent HOA matters go to the management office.",L,False,NH,False),
("email","Kiln booking","FYI, I booked the kiln for Saturday morning through the craft club. Nothing needed from you.",L,False,G,False),
("email","Re: The ballroom chandelier","Thank you, that's a relief.\n\n> On Sun, the office wrote:\n> The chandelier that came down in the ballroom has been removed and the ceiling made safe. Nobody was hurt.",L,False,G,False),
("email","Ice sculptures","Congratulations to the ice sculpture contest winners, the swan was amazing!",L,False,G,False),
]
